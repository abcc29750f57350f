//! # Lede — who, what was said, and when, in a news article
//!
//! ```
//! let analysis = lede::analyze(
//!     "Moscou a annoncé hier un sommet.",
//!     &lede::Options { reference_date: Some("2018-12-30".into()), ..Default::default() },
//! ).unwrap();
//! assert_eq!(analysis.language, "fr");
//! ```
//!
//! The flow is one-way, one pass per stage:
//!
//! ```text
//! text → Document (paragraphs, sentences, tokens) → Layout (headline, date line, byline…)
//!      → dates → entities → quotes → Analysis (offsets turned into UTF-16 code units)
//! ```
//!
//! A later stage may read what an earlier one found; an earlier stage never calls a later
//! one. Everything language-specific lives in [`language`]'s tables. The core is pure
//! Rust: the browser face is `wasm.rs`, the command line `src/bin/lede/`.

pub mod analysis;
pub mod calendar;
pub mod context;
pub mod dates;
pub mod document;
pub mod entities;
mod hash;
pub mod language;
pub mod layout;
pub mod quotes;
mod sort;
mod swar;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::Analysis;

use analysis::{ReferenceSource, Stats};
use calendar::Date;
use context::Context;
use document::{Document, TokenKind};

/// Default maximum input size, in bytes of UTF-8 (see `docs/limits.md`).
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

/// How to analyze a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `YYYY-MM-DD` that relative dates resolve against. When `None`, the date found in
    /// the article's date line is used, if any.
    pub reference_date: Option<String>,
    /// ISO 639-1 code (`fr`, `en`, …). When `None`, the language is detected.
    pub language: Option<String>,
    /// Inputs longer than this many bytes (UTF-8) are refused with [`Error::TooLarge`].
    pub max_bytes: usize,
    /// `YYYY-MM-DD`, the reader's own date (the page passes the day it runs). A place
    /// dateline with a day and month but no year (`GENEVA, June 12 (Reuters) -`) is then
    /// read in the latest year that puts it on or before this day (a day later is
    /// allowed: time zones), and gives the reference date.
    pub today: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            reference_date: None,
            language: None,
            max_bytes: DEFAULT_MAX_BYTES,
            today: None,
        }
    }
}

/// What can go wrong. Every message says what was wrong and what is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// `reference_date` is not a valid `YYYY-MM-DD` date.
    BadDate(String),
    /// `today` is not a valid `YYYY-MM-DD` date.
    BadToday(String),
    /// `language` is not a code Lede knows.
    BadLanguage(String),
    /// The text is longer than `max_bytes`.
    TooLarge { bytes: usize, limit: usize },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::BadDate(d) => write!(
                f,
                "invalid reference date {d:?}: expected a calendar date written YYYY-MM-DD, such as \"2018-12-30\""
            ),
            Error::BadToday(d) => write!(
                f,
                "invalid today {d:?}: expected the reader's date written YYYY-MM-DD, such as \"2026-11-29\""
            ),
            Error::BadLanguage(l) => write!(
                f,
                "unknown language {l:?}: expected one of {} (or none, to detect it)",
                language::DETECTABLE.join(", ")
            ),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "text too large: {bytes} bytes, the limit is {limit} bytes{}; split the text or raise the limit",
                if *limit >= 1024 * 1024 {
                    format!(" ({} MiB)", limit / (1024 * 1024))
                } else {
                    String::new()
                }
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Checked options, ready for the pipeline.
struct Checked {
    reference: Option<Date>,
    today: Option<Date>,
    language: Option<&'static str>,
}

fn check(text: &str, options: &Options) -> Result<Checked, Error> {
    if text.len() > options.max_bytes {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: options.max_bytes,
        });
    }
    let reference = match &options.reference_date {
        Some(d) => Some(Date::parse_iso(d.trim()).ok_or_else(|| Error::BadDate(d.clone()))?),
        None => None,
    };
    let today = match &options.today {
        Some(d) => Some(Date::parse_iso(d.trim()).ok_or_else(|| Error::BadToday(d.clone()))?),
        None => None,
    };
    let language = match &options.language {
        Some(l) => {
            // (the codes are lower-case ASCII: no lower-cased copy of the option needed)
            let l = l.trim();
            Some(
                *language::DETECTABLE
                    .iter()
                    .find(|c| c.eq_ignore_ascii_case(l))
                    .ok_or_else(|| {
                        Error::BadLanguage(options.language.clone().unwrap_or_default())
                    })?,
            )
        }
        None => None,
    };
    Ok(Checked {
        reference,
        today,
        language,
    })
}

/// The day `(month, day)` in the latest year that puts it on or before `today`, a day of
/// margin allowed (the article may come from a time zone already a day ahead).
fn year_before(today: Date, (month, day): (u8, u8)) -> Option<Date> {
    let limit = today.add_days(1)?;
    // (29 February waits for a leap year: at most eight years back)
    (0..9).find_map(|back| Date::new(today.year - back, month, day).filter(|d| *d <= limit))
}

/// Analyzes `text`: its layout, dates, entities and quotes. Offsets in the result are
/// UTF-16 code units (see [`analysis`]).
///
/// Empty or blank text gives an empty analysis. Errors only for bad options or a text
/// over `options.max_bytes`.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_timed(text, options, &mut |_| {})
}

/// The stages of the pipeline, in order (for benchmarks).
pub const STAGES: [&str; 5] = ["document", "layout", "dates", "entities", "quotes"];

/// [`analyze`], calling `lap(stage)` after each stage so a caller can time them
/// (`lede bench`). The core reads no clock itself, so it stays free of platform calls.
pub fn analyze_timed(
    text: &str,
    options: &Options,
    lap: &mut dyn FnMut(&'static str),
) -> Result<Analysis, Error> {
    let checked = check(text, options)?;
    let detected = match checked.language {
        Some(_) => None,
        None => language::detect::detect(text),
    };
    let code: &str = checked
        .language
        .or(detected.map(|d| d.code))
        .unwrap_or("und");
    let tables = language::tables(code);

    let doc = Document::parse(text, tables);
    lap("document");
    let layout = layout::detect(&doc, tables);
    lap("layout");

    let (reference, reference_source) = match (checked.reference, layout.date) {
        (Some(d), _) => (Some(d), ReferenceSource::Option),
        (None, Some(d)) => (Some(d), ReferenceSource::Dateline),
        (None, None) => match checked.today.zip(layout.month_day) {
            Some((today, md)) => (year_before(today, md), ReferenceSource::DatelineYear),
            None => (None, ReferenceSource::None),
        },
    };
    let reference_source = match reference {
        Some(_) => reference_source,
        None => ReferenceSource::None,
    };
    let ctx = Context {
        doc: &doc,
        language: code,
        tables,
        layout: &layout,
        reference,
    };
    let dates = dates::extract(&ctx);
    lap("dates");
    let entities = entities::extract(&ctx, &dates);
    lap("entities");
    let quotes = quotes::extract(&ctx, &entities);
    lap("quotes");

    let words = doc
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count();
    // (the UTF-16 map of the offsets counts the chars on its way)
    let map = analysis::Utf16Map::new(text);
    let analysis = Analysis {
        language: code.to_string(),
        language_detected: checked.language.is_none(),
        reference_date: reference.map(Date::iso),
        reference_source,
        // (the stages are done with the layout: its parts move into the result)
        layout: layout.info,
        stats: Stats {
            characters: map.chars(),
            words,
            sentences: doc.sentences.len(),
            paragraphs: doc.paragraphs.len(),
            reading_minutes: words.div_ceil(230),
        },
        entities,
        quotes,
        dates,
    };
    Ok(analysis.into_utf16_with(&map))
}
