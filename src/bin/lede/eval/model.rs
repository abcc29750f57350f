//! What the readers produce and the scorer consumes: gold documents and Lede's predictions,
//! both with **byte** offsets into the document's text.
//!
//! Every reader converts its own offsets (code points, tokens, UTF-16) into byte offsets
//! once, so the scorer never has to know where a document came from.

/// A half-open byte range `[start, end)` into a document's text.
pub type Range = (usize, usize);

/// One gold entity mention.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldEntity {
    pub start: usize,
    pub end: usize,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub kind: String,
    /// Which entity the mention names (a canonical name, a link, an id), when the corpus
    /// says; mentions with the same group are one entity (for the grouping scores).
    pub group: Option<String>,
}

/// One gold temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// Acceptable TIMEX3 values (usually one; Recognizers-Text cases may list several;
    /// empty when the corpus gives none).
    pub values: Vec<String>,
    pub modifier: Option<String>,
}

/// One gold quote (direct or reported speech).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    /// The content; several pieces when it is discontinuous (PolNeAR), in text order.
    pub parts: Vec<Range>,
    pub direct: bool,
    /// The speaker's name or description, when known.
    pub speaker: Option<String>,
    /// Where the speaker is written at this quote (PolNeAR's Source span).
    pub speaker_span: Option<Range>,
    pub cue: Option<String>,
    /// False when the corpus does not annotate speakers (AADS): the quote then counts for
    /// spans but not for speaker accuracy, and end-to-end only needs the span.
    pub speaker_annotated: bool,
}

impl GoldQuote {
    /// From the first piece's start to the last piece's end.
    pub fn hull(&self) -> Range {
        let start = self.parts.iter().map(|p| p.0).min().unwrap_or(0);
        let end = self.parts.iter().map(|p| p.1).max().unwrap_or(0);
        (start, end)
    }
}

/// One gold document. A layer that is `None` is not annotated in this corpus (the
/// document is not counted for that task); `Some(vec![])` means "annotated, nothing there".
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Unique within a run: `<corpus>/<document>`.
    pub id: String,
    /// Corpus label used to group scores (`tempeval3_en`, `sequoia_fr/estrepublicain`…).
    pub corpus: String,
    /// ISO 639-1.
    pub language: String,
    pub text: String,
    /// `YYYY-MM-DD`, passed to Lede as the reference date when known.
    pub reference_date: Option<String>,
    pub entities: Option<Vec<GoldEntity>>,
    pub timexes: Option<Vec<GoldTimex>>,
    pub quotes: Option<Vec<GoldQuote>>,
    /// Only `text[..scored_until]` is annotated (MEANTIME's first six sentences):
    /// predictions starting after it are ignored.
    pub scored_until: Option<usize>,
    /// The corpus marks only direct speech (AADS): indirect predictions are not scored,
    /// and the document does not count for indirect speech.
    pub direct_only: bool,
}

/// One predicted entity mention.
#[derive(Debug, Clone, PartialEq)]
pub struct PredEntity {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    /// The predicted entity this mention belongs to.
    pub group: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PredTimex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: Option<String>,
    pub modifier: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PredQuote {
    pub start: usize,
    pub end: usize,
    pub direct: bool,
    pub speaker: Option<String>,
    pub speaker_span: Option<Range>,
}

/// What Lede (or another system, through `--predictions`) found in one document.
/// A layer that is `None` was not predicted (that task is skipped for this system).
#[derive(Debug, Clone, Default)]
pub struct Predicted {
    pub entities: Option<Vec<PredEntity>>,
    pub timexes: Option<Vec<PredTimex>>,
    pub quotes: Option<Vec<PredQuote>>,
}

/// A file (or a record in it) that could not be read: reported, then skipped.
#[derive(Debug, Clone)]
pub struct ReadError {
    pub path: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl ReadError {
    pub fn new(path: &str, line: Option<usize>, message: impl Into<String>) -> ReadError {
        ReadError {
            path: path.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Offsets counted in code points (Python `str` indices) → byte offsets. `None` when an
/// offset lies past the end of the text.
pub struct CharMap {
    bytes: Vec<usize>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharMap { bytes }
    }
    pub fn byte(&self, char_offset: usize) -> Option<usize> {
        self.bytes.get(char_offset).copied()
    }
}

/// Offsets counted in UTF-16 code units (Lede's JSON, JavaScript) → byte offsets.
pub struct Utf16Map {
    /// `bytes[u]` = byte offset of UTF-16 unit `u` (the second unit of a surrogate pair
    /// maps to the character's start).
    bytes: Vec<usize>,
}

impl Utf16Map {
    pub fn new(text: &str) -> Utf16Map {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            for _ in 0..c.len_utf16() {
                bytes.push(b);
            }
        }
        bytes.push(text.len());
        Utf16Map { bytes }
    }
    pub fn byte(&self, unit: usize) -> Option<usize> {
        self.bytes.get(unit).copied()
    }
}

/// 1-based line number of byte `pos` in `s`.
pub fn line_of(s: &str, pos: usize) -> usize {
    s.as_bytes()
        .iter()
        .take(pos.min(s.len()))
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Joins tokens into natural text ("Smith , 34 ." → "Smith, 34.") and returns the byte
/// span of each token. Used for CoNLL and MEANTIME, whose original spacing is lost: a
/// space goes between tokens except before closing punctuation and clitics and after
/// opening brackets, currency signs and opening quotes (a `"` token alternates open/close).
pub fn detokenize(out: &mut String, tokens: &[&str]) -> Vec<Range> {
    const NO_SPACE_BEFORE: &[&str] = &[
        ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't", "N'T", "'re", "'ve",
        "'ll", "'d", "'m", "''", "...", "'",
    ];
    const NO_SPACE_AFTER: &[&str] = &["(", "[", "{", "$", "``", "#"];
    let mut spans = Vec::with_capacity(tokens.len());
    let mut prev: Option<&str> = None;
    let mut quote_open = false;
    for tok in tokens {
        let mut space = prev.is_some();
        if NO_SPACE_BEFORE.contains(tok) {
            space = false;
        }
        if let Some(p) = prev {
            if NO_SPACE_AFTER.contains(&p) {
                space = false;
            }
            if p == "\"" && quote_open {
                space = false;
            }
        }
        if *tok == "\"" {
            if quote_open {
                space = false;
            }
            quote_open = !quote_open;
        }
        if space {
            out.push(' ');
        }
        let start = out.len();
        out.push_str(tok);
        spans.push((start, out.len()));
        prev = Some(tok);
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detokenize_is_natural() {
        let mut s = String::new();
        let spans = detokenize(
            &mut s,
            &[
                "He", "said", "\"", "no", "\"", "(", "twice", ")", ",", "Smith", "'s", "$", "5",
                ".",
            ],
        );
        assert_eq!(s, "He said \"no\" (twice), Smith's $5.");
        assert_eq!(&s[spans[9].0..spans[9].1], "Smith");
    }

    #[test]
    fn maps_convert_offsets() {
        let t = "a😀é b";
        let c = CharMap::new(t);
        assert_eq!(c.byte(2), Some(5));
        assert_eq!(c.byte(5), Some(t.len()));
        assert_eq!(c.byte(6), None);
        let u = Utf16Map::new(t);
        assert_eq!(u.byte(3), Some(5));
        assert_eq!(u.byte(6), Some(t.len()));
    }
}
