//! Tokens: the smallest units extractors look at, each a slice of the original text.

/// How a quotation mark can act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    /// Only opens: « “ „ ‹ ‘ (and ‚).
    Open,
    /// Only closes: » ” › ’ (when not an apostrophe).
    Close,
    /// Either, decided by context: " and ' (straight), and “ ” used the German way.
    Ambiguous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner hyphens and apostrophes (`Jean-Marie`, `aujourd'hui`,
    /// `a-t-il`), or an elided article/pronoun ending in its apostrophe (`l'`, `qu'`).
    Word,
    /// Digits, with inner separators (`2 000`, `2,000`, `3.5`, `07:19`, `30/12/2018`),
    /// possibly with a letter suffix (`1er`, `XIXe` is a Word).
    Number,
    /// A quotation mark.
    Quote(QuoteMark),
    /// Any other punctuation (one char, or a run of dots as an ellipsis).
    Punct,
    Url,
    Email,
    /// Anything else (symbols, emoji, stray marks).
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// First char is uppercase.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// At least two letters and no lowercase letter (`MOSCOU`, `AFP`, `U.S.`).
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        letters >= 2
    }

    /// The token text in lower case.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn is_punct(&self, s: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == s
    }
}
