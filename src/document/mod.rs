//! The document model every extractor reads: paragraphs, sentences and tokens, each with
//! byte spans into the original text.
//!
//! What it does: segmentation only. It does not normalize the text (spans always point
//! into the caller's string, untouched), and it knows no entity, date or quote: those
//! stages read the tokens and sentences built here. It does pair quotation marks
//! ([`Document::quote_pairs`]), because a sentence does not end inside a quotation that
//! goes on, and the quotes stage can reuse that pairing.
//!
//! Language-specific knowledge the segmenter needs (abbreviations that don't end a
//! sentence, elisions, words kept whole, function words) comes from
//! [`crate::language::Tables`]. The rules and their reasons are in `docs/document.md`.
//!
//! Every step is one left-to-right pass: the cost is linear in the text, whatever it
//! holds (a 1 MB line without spaces, 100 000 quotation marks, binary junk).

mod segment;
mod token;

pub use segment::paragraphs;
pub use token::{eq_lower, QuoteMark, Token, TokenKind};

use crate::language::Tables;

/// A paragraph: a run of text between blank lines, or a line of its own (text pasted
/// from a web page puts one paragraph per line); hard-wrapped lines are joined. The
/// span is trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// Sentence index range `[first, last)` into `Document::sentences`.
    pub sentences: (usize, usize),
    /// Token index range `[first, last)` into `Document::tokens`.
    pub tokens: (usize, usize),
}

/// A sentence within one paragraph (a sentence never crosses a paragraph boundary).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Token index range `[first, last)` into `Document::tokens`.
    pub tokens: (usize, usize),
}

/// The segmented text. Tokens borrow from the text.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token<'a>>,
    /// Quotation marks paired by the segmenter: `(opening token, closing token)`
    /// indices into `tokens`, sorted by the opening one. Pairs never cross a paragraph;
    /// a mark left unpaired (a quotation running over several paragraphs, a stray
    /// mark) is in no pair. Nested pairs are all listed.
    pub quote_pairs: Vec<(usize, usize)>,
    /// `quote_pairs` as `(closing, opening)`, sorted, for [`Document::quote_partner`].
    by_close: Vec<(usize, usize)>,
    /// The folds ([`Document::lower`]) that differ from their token's text, end to end.
    folded: String,
    /// Per token, the span of its fold in `folded`; `(0, 0)` when the fold is the
    /// token's text itself (most tokens: already lower case). (`u32`s: 8 bytes a token,
    /// read by every stage's word lookups; past 4 GB of folds a token's fold is its text.)
    folds: Vec<(u32, u32)>,
}

impl<'a> Document<'a> {
    /// Segments `text` with the given language tables.
    pub fn parse(text: &'a str, tables: &Tables) -> Document<'a> {
        segment::parse(text, tables)
    }

    /// Token `i` folded for comparison with the (lower-case) words of the tables: lower
    /// case, `’` made a straight `'` (`L’État` → `l'état`). Computed once when the text
    /// is parsed, so a stage compares it with `==` instead of lower-casing again; empty
    /// if there is no such token.
    pub fn lower(&self, i: usize) -> &str {
        match self.folds.get(i) {
            Some(&(0, 0)) | None => self.tokens.get(i).map_or("", |t| t.text),
            Some(&(a, b)) => self.folded.get(a as usize..b as usize).unwrap_or(""),
        }
    }

    /// The tokens of sentence `i` (empty if there is no such sentence).
    pub fn sentence_tokens(&self, i: usize) -> &[Token<'a>] {
        self.sentences
            .get(i)
            .and_then(|s| self.tokens.get(s.tokens.0..s.tokens.1))
            .unwrap_or(&[])
    }

    /// The tokens of paragraph `i` (empty if there is no such paragraph).
    pub fn paragraph_tokens(&self, i: usize) -> &[Token<'a>] {
        self.paragraphs
            .get(i)
            .and_then(|p| self.tokens.get(p.tokens.0..p.tokens.1))
            .unwrap_or(&[])
    }

    /// The text of a byte span (empty if the span is not on char boundaries).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    /// The text of paragraph `i`.
    pub fn paragraph_text(&self, i: usize) -> &'a str {
        self.paragraphs
            .get(i)
            .map_or("", |p| self.slice(p.start, p.end))
    }

    /// The text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &'a str {
        self.sentences
            .get(i)
            .map_or("", |s| self.slice(s.start, s.end))
    }

    /// Index of the sentence holding byte offset `pos` (the next one when `pos` falls
    /// between sentences, the last one if past the end).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let i = self.sentences.partition_point(|s| s.end <= pos);
        Some(i.min(self.sentences.len() - 1))
    }

    /// Index of the paragraph holding byte offset `pos` (the next one when `pos` falls
    /// between paragraphs, the last one if past the end).
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        if self.paragraphs.is_empty() {
            return None;
        }
        let i = self.paragraphs.partition_point(|p| p.end <= pos);
        Some(i.min(self.paragraphs.len() - 1))
    }

    /// Index of the first token that ends after `pos` (`tokens.len()` if none).
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= pos)
    }

    /// Index of the token whose span holds byte offset `pos`, if any (`None` on
    /// whitespace or past the end).
    pub fn token_index_at(&self, pos: usize) -> Option<usize> {
        let i = self.token_at(pos);
        self.tokens
            .get(i)
            .filter(|t| t.start <= pos && pos < t.end)
            .map(|_| i)
    }

    /// Token index range `[first, last)` of the tokens lying wholly inside the byte span.
    pub fn tokens_in(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.tokens.partition_point(|t| t.start < start);
        let b = self.tokens.partition_point(|t| t.end <= end).max(a);
        (a, b)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of_token(&self, i: usize) -> Option<usize> {
        if i >= self.tokens.len() {
            return None;
        }
        let k = self.sentences.partition_point(|s| s.tokens.1 <= i);
        (k < self.sentences.len()).then_some(k)
    }

    /// Index of the paragraph holding token `i`.
    pub fn paragraph_of_token(&self, i: usize) -> Option<usize> {
        if i >= self.tokens.len() {
            return None;
        }
        let k = self.paragraphs.partition_point(|p| p.tokens.1 <= i);
        (k < self.paragraphs.len()).then_some(k)
    }

    /// The closing mark paired with the opening mark at token `i`, or the opening mark
    /// paired with the closing one (see [`Document::quote_pairs`]).
    pub fn quote_partner(&self, i: usize) -> Option<usize> {
        if let Ok(k) = self.quote_pairs.binary_search_by_key(&i, |p| p.0) {
            return self.quote_pairs.get(k).map(|p| p.1);
        }
        let k = self.by_close.binary_search_by_key(&i, |p| p.0).ok()?;
        self.by_close.get(k).map(|p| p.1)
    }
}
