//! The document model every extractor reads: paragraphs, sentences and tokens, each with
//! byte spans into the original text.
//!
//! What it does: segmentation only. It does not normalize the text (spans always point
//! into the caller's string, untouched), and it knows no entity, date or quote: those
//! stages read the tokens and sentences built here.
//!
//! Language-specific knowledge the segmenter needs (abbreviations that don't end a
//! sentence, elisions, words kept whole) comes from [`crate::language::Tables`].

mod segment;
mod token;

pub use token::{QuoteMark, Token, TokenKind};

use crate::language::Tables;

/// A paragraph: a run of text between blank lines (or single line breaks — see
/// `segment::paragraphs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    /// Sentence index range `[first, last)` into `Document::sentences`.
    pub sentences: (usize, usize),
}

/// A sentence within one paragraph.
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
}

impl<'a> Document<'a> {
    /// Segments `text` with the given language tables.
    pub fn parse(text: &'a str, tables: &Tables) -> Document<'a> {
        segment::parse(text, tables)
    }

    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token<'a>] {
        let (a, b) = self.sentences[i].tokens;
        &self.tokens[a..b]
    }

    /// The text of a byte span (empty if the span is not on char boundaries).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or("")
    }

    /// Index of the sentence holding byte offset `pos` (the last one if past the end).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        if self.sentences.is_empty() {
            return None;
        }
        let i = self.sentences.partition_point(|s| s.end <= pos);
        Some(i.min(self.sentences.len() - 1))
    }

    /// Index of the first token that ends after `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= pos)
    }
}
