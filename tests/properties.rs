//! Property tests: `lede::analyze` never fails, never panics, and keeps the contract's
//! invariants (see `common::problems`) on generated text — arbitrary Unicode, mixed
//! scripts, long lines, runs of quotation marks, digits and punctuation, and article-like
//! French and English built from pieces written here (names, « » and “ ” quotes, dates,
//! speech verbs, datelines, bylines), cut and spliced at random places.
//!
//! Each property runs 256 cases by default so that `cargo test` stays quick in debug
//! builds; `PROPTEST_CASES=5000 cargo test --release --test properties` runs more. A
//! failure prints the shrunk input: add it to `tests/regressions/` (see
//! `docs/robustness.md`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::invariants;
use proptest::prelude::*;
use proptest::sample::select;

fn cases() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        // No failure-persistence files in the source tree: failures go to
        // tests/regressions/ by hand, minimized.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Options a caller may give: with or without a reference date and a language.
fn options() -> impl Strategy<Value = lede::Options> {
    (
        prop_oneof![
            Just(None),
            Just(Some("2018-12-30".to_string())),
            Just(Some("2024-02-29".to_string())),
            Just(Some("0001-01-01".to_string())),
            Just(Some("9999-12-31".to_string())),
        ],
        prop_oneof![
            3 => Just(None),
            1 => Just(Some("fr".to_string())),
            1 => Just(Some("en".to_string())),
            1 => Just(Some("de".to_string())),
        ],
    )
        .prop_map(|(reference_date, language)| lede::Options {
            reference_date,
            language,
            ..Default::default()
        })
}

// ------------------------------------------------------------------ pieces of text

#[rustfmt::skip]
const QUOTE_MARKS: &[&str] = &[
    "«", "»", "« ", " »", "«\u{a0}", "\u{a0}»", "\u{202f}»", "“", "”", "„", "‟", "‹", "›", "\"",
    "'", "‘", "’", "‚", "`", "´", "「", "」", "『", "』", "''", "``", "—", "–", "-", "\n", " ",
];

#[rustfmt::skip]
const DIGITS_PUNCT: &[&str] = &[
    "0", "1", "2", "9", "12", "30", "1999", "2018", "31", "24", "00", "2e", "1er", "XXe", ".", ",",
    ":", ";", "/", "-", "–", "—", "h", "H", "'", "’", "(", ")", "[", "]", "!", "?", "…", "%", "€",
    "$", "+", "#", "&", "*", " ", " ", "\n", "\n\n", "\t", "\u{a0}", "\u{202f}", "·", "ème", "e",
    "er", "am", "pm", "T", "Z", "°",
];

#[rustfmt::skip]
const SCRIPTS: &[&str] = &[
    "Москва", "Сергей Лавров", "مصر", "القاهرة", "東京", "北京市", "서울", "ελληνικά", "Ελλάδα", "עברית",
    "हिन्दी", "ไทย", "😀", "🇫🇷", "👩‍👩‍👧", "e\u{301}", "A\u{30a}", "\u{200b}", "\u{200d}", "\u{200e}",
    "\u{200f}", "\u{202e}", "\u{feff}", "\u{0}", "\u{7}", "\u{1b}", "\r", "\r\n", "\u{2028}",
    "\u{2029}", "\u{85}", "\u{fffd}", "\u{10ffff}", "ǅ", "ß", "İ", "ﬁ", "Ⅻ", "ＡＢＣ", "１２", "١٢٣",
    "۱۲", "𝔄𝔟", "Ünïcödé", "ÉLYSÉE", "Œuvre", "l'", "L’", "d'", "qu’", "aujourd'hui", " ", "\n",
    "\n\n", ".", "«", "»", "“", "”", "Paris", "Jean", "M.", "Mme", "Dr.", "U.S.", "2018",
];

#[rustfmt::skip]
const NAMES: &[&str] = &[
    "Emmanuel Macron", "Macron", "Sergueï Lavrov", "Lavrov", "Anne Hidalgo", "Hidalgo",
    "Jean-Pierre Raffarin", "Marie Dupont", "Dupont", "M. Dupont", "Mme Durand", "Angela Merkel",
    "Joe Biden", "President Biden", "Biden", "Jane Whitfield", "Senator Whitfield", "Tom Harris",
    "Dr. Alan Brooks", "Mr. Brooks", "Ms. Chen", "Kim Jong-un", "Ursula von der Leyen",
    "Charles de Gaulle", "l'Élysée", "Matignon", "la SNCF", "l'ONU", "les Nations unies", "Renault",
    "Google", "the White House", "the United Nations", "the European Union", "l'Union européenne",
    "Paris", "Moscou", "Washington", "New York", "Saint-Étienne", "Lyon", "la France", "la Russie",
    "l'Ukraine", "China", "Britain", "the U.S.", "les États-Unis", "Le Monde", "Reuters", "l'AFP",
    "Coupe du monde", "Jeux olympiques", "Brexit",
];

#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "a déclaré", "a dit", "a affirmé", "a assuré", "a estimé", "a expliqué", "a ajouté",
    "a-t-il déclaré", "a-t-elle ajouté", "selon", "d'après", "a-t-il dit", "estime", "juge", "said",
    "says", "told reporters", "added", "according to", "explained", "warned", "insisted",
    "said on Monday", "a prévenu", "a martelé", "a confié",
];

#[rustfmt::skip]
const DATES: &[&str] = &[
    "hier", "aujourd'hui", "demain", "lundi", "mardi dernier", "le 3 mars", "le 1er janvier 2019",
    "30 décembre 2018", "en 2017", "la semaine dernière", "l'an prochain", "depuis trois ans",
    "il y a deux jours", "dans un mois", "à 14h30", "vers 7 heures", "ce matin", "cet été",
    "au printemps", "en mars", "le mois dernier", "chaque lundi", "tous les ans", "mi-juillet",
    "fin 2019", "début mars", "yesterday", "today", "tomorrow", "on Monday", "last week",
    "next year", "March 3", "March 3, 2019", "in 2017", "two years ago", "for three years",
    "at 2:30 p.m.", "every Monday", "this morning", "last summer", "since 2015", "the 1990s",
    "les années 1990", "2018-12-30", "30/12/2018", "12/30/2018", "Dec. 30", "le XXe siècle",
    "the 20th century", "mid-July", "late 2019", "early March", "now", "maintenant",
];

#[rustfmt::skip]
const WORDS: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "que", "qui", "pour", "dans", "sur",
    "gouvernement", "ministre", "président", "réforme", "budget", "sommet", "accord", "crise",
    "the", "a", "of", "and", "that", "in", "on", "government", "minister", "president", "deal",
    "summit", "reform", "budget", "crisis", "nous", "we", "will", "not", "pas", "ne", "il", "elle",
    "he", "she", "they", "ils", "a", "est", "is", "was", "était", "sera", "will be", "has",
];

fn pick(set: &'static [&'static str]) -> impl Strategy<Value = String> {
    select(set).prop_map(str::to_string)
}

/// Concatenations of `n` pieces drawn from `piece`.
fn text_of(
    piece: impl Strategy<Value = String>,
    n: std::ops::Range<usize>,
) -> impl Strategy<Value = String> {
    prop::collection::vec(piece, n).prop_map(|v| v.concat())
}

/// One sentence of a news article: plain, with a direct quote (in several styles, with
/// incises and lost closing marks), or with reported speech; a date somewhere.
fn sentence() -> impl Strategy<Value = String> {
    let words = || prop::collection::vec(pick(WORDS), 1..10).prop_map(|w| w.join(" "));
    (
        0..9u8,
        pick(NAMES),
        pick(SPEECH),
        pick(DATES),
        words(),
        words(),
    )
        .prop_map(|(shape, name, verb, date, w1, w2)| match shape {
            0 => format!("{name} {verb} {date} que {w1}. "),
            1 => format!("« {w1} », {verb} {name} {date}. "),
            2 => format!("« {w1}, {verb} {name}, {w2} » "),
            3 => format!("\"{w1},\" {name} {verb} {date}. "),
            4 => format!("“{w1}” — {name}. "),
            5 => format!("{date}, {name} {verb} : « {w1}. "),
            6 => format!("{verb} {name}, “{w1} ‘{w2}’ {w1}.” "),
            7 => format!("{name}, {w1}, {verb} {date} that {w2}. "),
            _ => format!("{w1} {date} {w2}. "),
        })
}

/// Article-like text: an optional headline, date line, byline and place dateline, then
/// paragraphs of generated sentences.
fn article() -> impl Strategy<Value = String> {
    let para = prop::collection::vec(sentence(), 1..6).prop_map(|s| s.concat());
    (
        prop::option::of(pick(NAMES)),
        prop::option::of(pick(DATES)),
        prop::option::of(pick(NAMES)),
        prop::option::of(select(
            &["PARIS (AFP) - ", "MOSCOU (Reuters) – ", "WASHINGTON — "][..],
        )),
        prop::collection::vec(para, 1..6),
    )
        .prop_map(|(head, dateline, by, place, paras)| {
            let mut t = String::new();
            if let Some(h) = head {
                t += &format!("{h} annonce un sommet\n\n");
            }
            if let Some(d) = dateline {
                t += &format!("Publié le {d} à 07h19\n\n");
            }
            if let Some(b) = by {
                t += &format!("Par {b}\n\n");
            }
            if let Some(p) = place {
                t += p;
            }
            t += &paras.join("\n\n");
            t
        })
}

/// `text` cut at a random char boundary, and a random piece spliced in at another.
fn mangled() -> impl Strategy<Value = String> {
    (
        article(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        prop_oneof![
            pick(QUOTE_MARKS),
            pick(SCRIPTS),
            pick(DIGITS_PUNCT),
            any::<String>()
        ],
    )
        .prop_map(|(text, cut, at, junk)| {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let cut = bounds[cut.index(bounds.len())];
            let text = &text[..cut];
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let at = bounds[at.index(bounds.len())];
            format!("{}{junk}{}", &text[..at], &text[at..])
        })
}

// ------------------------------------------------------------------ properties

/// The invariants as a proptest result, so that a failure is reported once, shrunk,
/// rather than at every shrinking step.
fn holds(text: &str, o: &lede::Options) -> Result<(), TestCaseError> {
    invariants(text, o).map(|_| ()).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn arbitrary_unicode(text in any::<String>(), o in options()) {
        holds(&text, &o)?;
    }

    #[test]
    fn arbitrary_chars_weighted_to_odd_ones(
        text in prop::collection::vec(
            prop_oneof![
                any::<char>(),
                select(&['«', '»', '“', '”', '"', '\'', '’', '\n', ' ', '.', 'A', 'é', '\u{0}',
                         '\u{301}', '\u{200d}', '\u{feff}', '\u{fffd}', '😀'][..]),
            ],
            0..400,
        ).prop_map(|v| v.into_iter().collect::<String>()),
        o in options(),
    ) {
        holds(&text, &o)?;
    }

    #[test]
    fn mixed_scripts(text in text_of(pick(SCRIPTS), 0..120), o in options()) {
        holds(&text, &o)?;
    }

    #[test]
    fn runs_of_quotation_marks(
        text in text_of(prop_oneof![4 => pick(QUOTE_MARKS), 1 => pick(WORDS), 1 => pick(NAMES)], 0..300),
        o in options(),
    ) {
        holds(&text, &o)?;
    }

    #[test]
    fn digits_and_punctuation(
        text in text_of(prop_oneof![4 => pick(DIGITS_PUNCT), 1 => pick(DATES), 1 => pick(WORDS)], 0..300),
        o in options(),
    ) {
        holds(&text, &o)?;
    }

    #[test]
    fn long_lines(
        piece in prop_oneof![pick(WORDS), pick(NAMES), pick(DIGITS_PUNCT), pick(QUOTE_MARKS), pick(SCRIPTS)],
        sep in select(&["", " ", "-", ".", "'", "«", "\u{a0}"][..]),
        n in 1usize..3000,
    ) {
        let text = vec![piece; n].join(sep);
        holds(&text, &lede::Options::default())?;
    }

    #[test]
    fn article_like(text in article(), o in options()) {
        holds(&text, &o)?;
    }

    #[test]
    fn article_like_cut_and_spliced(text in mangled(), o in options()) {
        holds(&text, &o)?;
    }

    /// The same text and options give the same analysis (no hidden state between calls:
    /// caches, memo tables).
    #[test]
    fn same_input_same_output(text in mangled(), o in options()) {
        let a = invariants(&text, &o).map_err(TestCaseError::fail)?;
        let other = invariants("Autre texte : « Oui », a dit Marie Durand hier.", &o)
            .map_err(TestCaseError::fail)?;
        let b = invariants(&text, &o).map_err(TestCaseError::fail)?;
        prop_assert_eq!(a, b, "other analysis in between: {}", other["quotes"]);
    }

    #[test]
    fn everything_mixed(
        text in text_of(
            prop_oneof![
                pick(WORDS), pick(NAMES), pick(SPEECH), pick(DATES), pick(QUOTE_MARKS),
                pick(DIGITS_PUNCT), pick(SCRIPTS), sentence(),
            ],
            0..150,
        ),
        o in options(),
    ) {
        holds(&text, &o)?;
    }
}

/// The checker itself: a broken analysis must be caught (else the properties prove
/// nothing).
#[test]
fn the_invariant_checker_catches_what_it_should() {
    let text = "Jean Dupont a dit « oui » hier.";
    let good = common::assert_invariants(text, &lede::Options::default());
    let mut bad = good.clone();
    let ent = |id: u64, name: &str, s: u64, e: u64| {
        serde_json::json!({ "id": id, "type": "PER", "name": name,
            "mentions": [{ "start": s, "end": e, "text": &text[s as usize..e as usize] }],
            "roles": [], "salience": 1.0 })
    };
    bad["entities"] = serde_json::json!([ent(0, "Jean Dupont", 0, 11), ent(1, "Dupont", 5, 11)]);
    bad["quotes"] = serde_json::json!([{ "kind": "direct", "start": 20, "end": 23, "text": "oui",
        "speaker": { "name": "Jean", "entity": 0, "start": 0, "end": 4 }, "cue": null },
        { "kind": "direct", "start": 19, "end": 22, "text": "wrong",
        "speaker": { "name": "X", "entity": 7, "start": 0, "end": 1 }, "cue": null }]);
    let all = common::problems(text, &bad).join("\n");
    for want in [
        "entity mentions overlap",
        "direct quotes overlap",
        "not entity 0's name",
        "entity 7 does not exist",
        "not the UTF-16 slice",
        "not in text order",
    ] {
        assert!(
            all.contains(want),
            "expected a problem about {want:?}; got:\n{all}"
        );
    }
}
