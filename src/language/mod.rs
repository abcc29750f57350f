//! Languages: detection, and one table of words per language.
//!
//! Every word Lede knows about a language — months, weekdays, abbreviations, titles,
//! speech verbs, demonyms — lives in that language's folder (`fr/`, `en/`), split by
//! the stage that reads it (`fr/dates.rs` is read by [`crate::dates`]). The algorithms
//! never name a word of a language. Adding a language means adding a folder and one
//! line in [`tables`].
//!
//! Languages that Lede can *detect* but has no extraction tables for yet (de, es, it, pt,
//! nl) are reported as such and analyzed with the English tables' language-neutral
//! parts (numeric dates, quotation marks, capitalized names); see `docs/languages.md`.

pub mod detect;
pub mod en;
pub mod fr;
pub mod others;

/// Words the segmenter and the layout read, per language.
#[derive(Debug)]
pub struct Common {
    /// Abbreviations that do not end a sentence, without their final dot, lower case
    /// (`m`, `mme`, `dr`, `etc`…).
    pub abbreviations: &'static [&'static str],
    /// Elided words split off with their apostrophe (`l`, `d`, `qu`…), lower case.
    pub elisions: &'static [&'static str],
    /// Words with an inner apostrophe that stay whole (`aujourd'hui`), lower case.
    pub whole_words: &'static [&'static str],
    /// Month names and their abbreviations, lower case, with month number 1–12.
    pub months: &'static [(&'static str, u8)],
    /// Weekday names, lower case, Monday = 0.
    pub weekdays: &'static [(&'static str, u8)],
    /// Abbreviations among `abbreviations` that may also end a sentence (`etc`, `inc`):
    /// after them a capitalized function word (`Le`, `The`) starts a new sentence.
    pub final_abbreviations: &'static [&'static str],
    /// Frequent function words, lower case, for language detection (and the
    /// segmenter's "does a new sentence start here?" test). An elided form is written
    /// with its apostrophe (`l'`).
    pub stopwords: &'static [&'static str],
    /// Word endings typical of the language (`ment`, `tion`), for language detection.
    pub endings: &'static [&'static str],
    /// Letters or letter groups typical of the language (`ç`, `œ`), for detection.
    pub letters: &'static [&'static str],
    /// Words opening a byline (`par`, `by`), lower case.
    pub byline_words: &'static [&'static str],
    /// Words opening a photo caption or credit (`photo`, `crédit`), lower case.
    pub caption_words: &'static [&'static str],
    /// Words that may stand in a date line besides the date and time (`publié le`,
    /// `mis à jour`, `updated`, `at`), lower case; multi-word entries are split on spaces.
    pub dateline_words: &'static [&'static str],
    /// Words after a count in a date line that make the count no day (`min`, `minutes`),
    /// lower case; they may stand in a date line too (`Lecture 5 min`).
    pub dateline_units: &'static [&'static str],
    /// Markers after a time meaning before / after noon (`a.m.`, `pm`), lower case,
    /// without their final dot.
    pub am_words: &'static [&'static str],
    pub pm_words: &'static [&'static str],
}

/// All the tables of one language.
#[derive(Debug)]
pub struct Tables {
    /// ISO 639-1 code.
    pub code: &'static str,
    pub common: &'static Common,
    pub dates: &'static crate::dates::Lexicon,
    pub entities: &'static crate::entities::Lexicon,
    pub quotes: &'static crate::quotes::Lexicon,
}

/// Languages Lede can detect (ISO 639-1).
pub const DETECTABLE: &[&str] = &["fr", "en", "de", "es", "it", "pt", "nl"];

/// Languages with their own extraction tables.
pub const SUPPORTED: &[&str] = &["fr", "en"];

/// The tables for a language code; languages without tables get the English ones
/// (see the module docs).
pub fn tables(code: &str) -> &'static Tables {
    match code {
        "fr" => &fr::TABLES,
        _ => &en::TABLES,
    }
}

/// Is this a code Lede accepts in `Options::language`?
pub fn is_known(code: &str) -> bool {
    DETECTABLE.contains(&code)
}
