//! The output contract: what [`crate::analyze`] returns and what the JSON looks like.
//!
//! The keys documented in `docs/schema.md` (and checked by `docs/analysis.schema.json`)
//! are fixed: the evaluation, the page and the widget depend on them. More keys may be
//! added; none may be renamed or removed.
//!
//! **Offsets.** Inside the core, every `start`/`end` is a *byte* offset into the original
//! text. [`Analysis::into_utf16`] converts every span once, at the very end of
//! `analyze`, into UTF-16 code units (what JavaScript's `String.slice` uses), end
//! exclusive. Extractors therefore fill these structs with byte offsets and never convert.

use serde::Serialize;

/// Entity types (CoNLL style).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    PER,
    ORG,
    LOC,
    MISC,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::PER => "PER",
            EntityType::ORG => "ORG",
            EntityType::LOC => "LOC",
            EntityType::MISC => "MISC",
        }
    }
}

/// A piece of the text: where it is and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl TextSpan {
    /// A span over `text[start..end]` (byte offsets; must lie on char boundaries).
    pub fn new(text: &str, start: usize, end: usize) -> TextSpan {
        TextSpan {
            start,
            end,
            text: text.get(start..end).unwrap_or("").to_string(),
        }
    }
}

/// One mention of an entity in the text.
pub type Mention = TextSpan;

/// A title, function or apposition the text gives an entity ("ministre russe des
/// Affaires étrangères").
pub type Role = TextSpan;

#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// Index of this entity in `Analysis::entities` (stable within one analysis).
    pub id: usize,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical name: the fullest form found in the text.
    pub name: String,
    pub mentions: Vec<Mention>,
    pub roles: Vec<Role>,
    /// The country a nationality adjective in the entity's roles points to, as the
    /// language's table names it (`russe` in « ministre russe » → `Russie`).
    pub nationality: Option<String>,
    /// Higher is more central to the article; entities are sorted by it, descending.
    pub salience: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

#[derive(Debug, Clone, Serialize)]
pub struct Speaker {
    /// The speaking entity's canonical name, or a short lower-case description
    /// ("une source policière") when it is not an entity.
    pub name: String,
    /// Index into `Analysis::entities`, when the speaker is one.
    pub entity: Option<usize>,
    /// What stands for the speaker at this quote: the name, the role noun, or the pronoun.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The content, without the quotation marks.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The verb or phrase of saying, as written.
    pub cue: Option<TextSpan>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DateType {
    DATE,
    TIME,
    DURATION,
    SET,
}

/// What a date expression's value was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Anchor {
    /// Absolute: the text alone gives the value.
    None,
    /// Resolved against the analysis's reference date.
    Reference { value: String },
    /// Resolved against another date expression of the text (index into `dates`): an
    /// earlier one, or the day told right after a clock time (`9:30 a.m. on March 18`).
    Date { index: usize, value: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct DateExpr {
    #[serde(rename = "type")]
    pub kind: DateType,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// TIMEX3 value (`2018-12-30`, `2018-W51`, `P7Y`, `PRESENT_REF`…); `None` when it
    /// cannot be resolved (a relative date without a reference date).
    pub value: Option<String>,
    /// TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, MORE_THAN, LESS_THAN…
    #[serde(rename = "mod")]
    pub modifier: Option<&'static str>,
    pub anchor: Anchor,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceSource {
    /// Given by the caller (`Options::reference_date`).
    Option,
    /// Found in the article's date line.
    Dateline,
    /// The place dateline's day and month (`GENEVA, June 12 (Reuters) -`), in the latest
    /// year that puts them on or before the caller's `Options::today`.
    #[serde(rename = "dateline_year")]
    DatelineYear,
    /// Neither: relative dates stay unresolved.
    None,
}

/// The article's layout as found by [`crate::layout`].
#[derive(Debug, Clone, Default, Serialize)]
pub struct LayoutInfo {
    pub headline: Option<TextSpan>,
    /// The date (and time) line printed by the outlet.
    pub dateline: Option<DateLine>,
    /// The place dateline opening the body ("MOSCOU (AFP) -").
    pub place: Option<PlaceLine>,
    pub byline: Option<TextSpan>,
    pub captions: Vec<TextSpan>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateLine {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `YYYY-MM-DD`, when the line holds a full date.
    pub date: Option<String>,
    /// `HH:MM`, when it holds a time.
    pub time: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceLine {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The place itself ("MOSCOU").
    pub place: TextSpan,
    /// The agency in parentheses ("AFP"), if any.
    pub agency: Option<TextSpan>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// Minutes at 230 words a minute, rounded up (0 for an empty text).
    pub reading_minutes: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// ISO 639-1 code, or `"und"` when the language could not be told.
    pub language: String,
    /// Whether `language` was detected (true) or given by the caller (false).
    pub language_detected: bool,
    /// `YYYY-MM-DD` used to resolve relative dates, or `null`.
    pub reference_date: Option<String>,
    pub reference_source: ReferenceSource,
    pub layout: LayoutInfo,
    pub stats: Stats,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateExpr>,
}

impl Analysis {
    /// Converts every span from byte offsets into `text` to UTF-16 code unit offsets.
    /// Called exactly once, by [`crate::analyze`].
    pub fn into_utf16(self, text: &str) -> Analysis {
        self.into_utf16_with(&Utf16Map::new(text))
    }

    /// [`Analysis::into_utf16`] with the text's map already made.
    pub fn into_utf16_with(mut self, map: &Utf16Map) -> Analysis {
        let fix = |s: &mut usize| *s = map.get(*s);
        let mut span = |t: &mut TextSpan| {
            fix(&mut t.start);
            fix(&mut t.end);
        };
        if let Some(h) = self.layout.headline.as_mut() {
            span(h);
        }
        if let Some(b) = self.layout.byline.as_mut() {
            span(b);
        }
        self.layout.captions.iter_mut().for_each(&mut span);
        if let Some(p) = self.layout.place.as_mut() {
            span(&mut p.place);
            if let Some(a) = p.agency.as_mut() {
                span(a);
            }
        }
        for e in &mut self.entities {
            e.mentions.iter_mut().for_each(&mut span);
            e.roles.iter_mut().for_each(&mut span);
        }
        for q in &mut self.quotes {
            if let Some(c) = q.cue.as_mut() {
                span(c);
            }
        }
        let fix = |s: &mut usize| *s = map.get(*s);
        if let Some(d) = self.layout.dateline.as_mut() {
            fix(&mut d.start);
            fix(&mut d.end);
        }
        if let Some(p) = self.layout.place.as_mut() {
            fix(&mut p.start);
            fix(&mut p.end);
        }
        for q in &mut self.quotes {
            fix(&mut q.start);
            fix(&mut q.end);
            if let Some(s) = q.speaker.as_mut() {
                fix(&mut s.start);
                fix(&mut s.end);
            }
        }
        for d in &mut self.dates {
            fix(&mut d.start);
            fix(&mut d.end);
        }
        self
    }
}

/// Byte offset → UTF-16 offset, after one O(n) pass that only stops at non-ASCII bytes.
/// For pure-ASCII text (the common case) no table is built. A byte inside a char maps to
/// the char's start. A lookup starts at the first non-ASCII char of the byte's 64-byte
/// block (a table per block) and steps over the few such chars before the byte: no binary
/// search over the whole text's chars.
pub struct Utf16Map {
    /// The text's length in bytes and in UTF-16 code units.
    len: usize,
    len16: usize,
    /// Per non-ASCII char, in text order: its start and end bytes, and how many fewer
    /// UTF-16 units than UTF-8 bytes the text has up to its end (the offset of any byte
    /// from there on, until the next such char, is that much smaller).
    chars: Vec<(u32, u32, u32)>,
    /// Per 64-byte block of the text, how many of `chars` end at or before its start
    /// (empty when `chars` is).
    blocks: Vec<u32>,
    /// The text's length in chars.
    count: usize,
}

/// Bytes per block of [`Utf16Map::blocks`], as a shift.
const BLOCK_SHIFT: usize = 6;

/// The first byte at or after `i` that is not ASCII: eight bytes at a time.
fn next_non_ascii(bytes: &[u8], mut i: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = <[u8; 8]>::try_from(chunk).map_or(HIGH, u64::from_le_bytes) & HIGH;
        if word != 0 {
            return Some(i + word.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(|b| !b.is_ascii()).map(|k| i + k)
}

impl Utf16Map {
    pub fn new(text: &str) -> Utf16Map {
        let bytes = text.as_bytes();
        let mut chars = Vec::new();
        let mut saved = 0usize;
        // bytes that are not the first of their char
        let mut extra = 0usize;
        let mut i = 0;
        while let Some(start) = next_non_ascii(bytes, i) {
            // A run of non-ASCII chars, each told by its first byte (the text is UTF-8 and
            // `j` always at a char's start: 0xC0.. two bytes, 0xE0.. three, 0xF0.. four, a
            // surrogate pair in UTF-16).
            let mut j = start;
            while let Some(&b) = bytes.get(j) {
                if b < 0x80 {
                    break;
                }
                let (len, units) = match b {
                    0xF0.. => (4, 2),
                    0xE0.. => (3, 1),
                    _ => (2, 1),
                };
                saved += len - units;
                extra += len - 1;
                chars.push((j as u32, (j + len) as u32, saved as u32));
                j += len;
            }
            i = j;
        }
        let mut blocks = Vec::new();
        if !chars.is_empty() {
            blocks.reserve_exact((text.len() >> BLOCK_SHIFT) + 1);
            let mut k = 0usize;
            for b in 0..=text.len() >> BLOCK_SHIFT {
                let at = b << BLOCK_SHIFT;
                while chars.get(k).is_some_and(|c| c.1 as usize <= at) {
                    k += 1;
                }
                blocks.push(k as u32);
            }
        }
        Utf16Map {
            len: text.len(),
            len16: text.len() - saved,
            chars,
            blocks,
            count: text.len() - extra,
        }
    }

    /// The text's length in chars (`str::chars().count()`).
    pub fn chars(&self) -> usize {
        self.count
    }

    pub fn get(&self, byte: usize) -> usize {
        // (ASCII text: every offset is its own, even past the end, as it always was)
        if self.chars.is_empty() {
            return byte;
        }
        if byte >= self.len {
            return self.len16;
        }
        // the non-ASCII chars that end at or before `byte`: those before its block, then
        // the few in the block up to it
        let mut k = self
            .blocks
            .get(byte >> BLOCK_SHIFT)
            .map_or(0, |&k| k as usize);
        while self.chars.get(k).is_some_and(|c| c.1 as usize <= byte) {
            k += 1;
        }
        let saved = |k: usize| self.chars.get(k).map_or(0, |c| c.2 as usize);
        let before = k.checked_sub(1).map_or(0, saved);
        match self.chars.get(k) {
            // inside char k: its start
            Some(&(start, _, _)) if start as usize <= byte => start as usize - before,
            _ => byte - before,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_map_counts_surrogate_pairs() {
        let t = "a😀é b";
        let m = Utf16Map::new(t);
        assert_eq!(m.get(0), 0);
        assert_eq!(m.get(1), 1); // 😀 starts
        assert_eq!(m.get(5), 3); // é starts after a surrogate pair
        assert_eq!(m.get(7), 4);
        assert_eq!(m.get(t.len()), 6);
        assert_eq!(m.get(t.len() + 5), 6);
        assert_eq!(m.get(3), 1); // inside 😀: its start
    }

    #[test]
    fn utf16_map_agrees_with_a_count_at_every_byte() {
        for t in [
            "",
            "abc",
            "é",
            "aé😀b",
            "l’État «x» 😀😀 ñ\u{10FFFF}z",
            "日本語のテキスト",
            // several blocks: chars on both sides of block boundaries
            &"l’État «x» 😀😀 ñ\u{10FFFF}z abcdefg é".repeat(9),
            &format!("{}é{}😀", "a".repeat(63), "b".repeat(62)),
        ] {
            let m = Utf16Map::new(t);
            for b in 0..=t.len() + 2 {
                // the char holding byte b (or the end): its start's offset
                let start = (0..=b.min(t.len()))
                    .rev()
                    .find(|&k| t.is_char_boundary(k))
                    .unwrap_or(0);
                let want: usize = if t.is_ascii() {
                    b
                } else {
                    t[..start].chars().map(char::len_utf16).sum()
                };
                assert_eq!(m.get(b), want, "{t:?} {b}");
            }
            assert_eq!(m.chars(), t.chars().count(), "{t:?}");
        }
    }
}
