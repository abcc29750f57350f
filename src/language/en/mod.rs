//! English tables.

mod dates;
mod entities;
mod quotes;

use super::{Common, Tables};

pub static TABLES: Tables = Tables {
    code: "en",
    common: &COMMON,
    dates: &dates::DATES,
    entities: &entities::ENTITIES,
    quotes: &quotes::QUOTES,
};

pub static COMMON: Common = Common {
    abbreviations: &[
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt",
        "gov", "sen", "rep", "rev", "hon", "pres", "etc", "vs", "inc", "ltd", "co", "corp", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
        "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "ave", "blvd", "mt", "ft",
        "approx", "dept", "est", "fig", "pp", "vol", "ch", "ed", "eds", "jan", "govt", "supt",
        "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n",
    ],
    elisions: &[],
    whole_words: &[],
    months: &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ],
    weekdays: &[
        ("monday", 0),
        ("tuesday", 1),
        ("wednesday", 2),
        ("thursday", 3),
        ("friday", 4),
        ("saturday", 5),
        ("sunday", 6),
    ],
    final_abbreviations: &[
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "a.m", "p.m", "u.s", "u.k", "u.n", "est",
    ],
    stopwords: &[
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "he",
        "she", "as", "at", "by", "from", "his", "her", "they", "have", "has", "had", "be", "are",
        "were", "been", "this", "which", "or", "an", "not", "but", "said", "who", "will", "would",
        "their", "after", "about", "also", "its", "than", "more", "we", "you", "i", "there",
        "what", "when", "could", "into", "out", "up", "if", "do", "did", "does", "can", "our",
        "them", "him", "these", "those", "over", "while", "because", "before", "should", "says",
    ],
    endings: &[
        "ing", "ed", "ly", "ness", "ship", "ould", "ight", "ough", "ity", "ful", "less", "ies",
        "ers", "ward", "ous", "ity",
    ],
    letters: &["th", "wh", "ght", "ea", "ow", "ay", "ey", "w", "y"],
    byline_words: &["by"],
    caption_words: &[
        "photo",
        "photos",
        "photograph",
        "image",
        "credit",
        "credits",
        "caption",
        "picture",
        "illustration",
        "video",
    ],
    dateline_words: &[
        "published on",
        "updated on",
        "posted on",
        "first published on",
        "last updated on",
        "last modified on",
        "at",
        "and",
        "the",
    ],
    am_words: &["a.m", "am"],
    pm_words: &["p.m", "pm"],
};
