//! Tokens: the smallest units extractors look at, each a slice of the original text.

/// How a quotation mark can act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    /// Only opens: « “ „ ‹ ‘ ‚ (and 「 『 ❝).
    Open,
    /// Only closes: » ” › ’ (when not an apostrophe) (and 」 』 ❞).
    Close,
    /// Either, decided by context: straight " and ' (and ＂). See
    /// [`crate::document::Document::quote_pairs`] for the pairing the segmenter found.
    Ambiguous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits, combining marks, soft hyphens), with inner hyphens and
    /// apostrophes (`Jean-Marie`, `aujourd'hui`, `a-t-il`, `O'Brien`, `COVID-19`).
    /// Also a clitic split off a word: an elided article or pronoun ending in its
    /// apostrophe (`l'`, `qu'`, `jusqu’`), the English possessive `'s`, and a lone
    /// possessive apostrophe after a plural (`the ministers’` → `ministers` + `’`).
    Word,
    /// Digits, with inner separators (`2 000`, `2,000`, `3.5`, `07:19`, `30/12/2018`,
    /// `2018-12-30`, `7h19`), possibly with a short letter suffix (`1er`, `3rd`, `19h`).
    Number,
    /// A quotation mark.
    Quote(QuoteMark),
    /// Any other punctuation (one char, or a run of dots as an ellipsis).
    Punct,
    Url,
    Email,
    /// Anything else (symbols, emoji, stray marks, U+FFFD).
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offsets into the original text.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace (or the start of the paragraph) comes right before this token.
    pub space_before: bool,
    /// Made of ASCII letters and digits only (`Paris`, `2019`, `covid19`; most words): no
    /// hyphen, apostrophe or accented letter to look for. Set by the tokenizer, which
    /// reads every byte anyway (in the padding of the struct: no larger for it).
    pub alnum: bool,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// Any quotation mark.
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Quote(_))
    }

    /// The quotation mark's role, if this is one.
    pub fn quote_mark(&self) -> Option<QuoteMark> {
        match self.kind {
            TokenKind::Quote(q) => Some(q),
            _ => None,
        }
    }

    /// First char is uppercase (or titlecase).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// First char is a lowercase letter.
    pub fn starts_lowercase(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase)
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

    /// One uppercase letter (an initial such as the `J` of `J. K. Rowling`).
    pub fn is_initial(&self) -> bool {
        let mut it = self.text.chars();
        matches!((it.next(), it.next()), (Some(c), None) if c.is_uppercase())
    }

    /// The token text in lower case (allocates; see [`Token::eq_lower`]).
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// Does the token, lowercased, equal `lower` (which must be lower case)? No
    /// allocation: `Token("Moscou").eq_lower("moscou")` is true. Straight and curly
    /// apostrophes compare equal (`l’` matches `l'`).
    pub fn eq_lower(&self, lower: &str) -> bool {
        eq_lower(self.text, lower)
    }

    /// Does the token, lowercased, equal one of `words` (all lower case)?
    pub fn in_lower(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.eq_lower(w))
    }

    pub fn is_punct(&self, s: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == s
    }

    /// Byte length of the token.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Never true for a token of a parsed document (tokens are non-empty).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// `text` lowercased equals `lower` (lower case), without allocating; `’` and `'` are
/// the same apostrophe.
pub fn eq_lower(text: &str, lower: &str) -> bool {
    // The common case, both ASCII: byte by byte (an ASCII text never lowercases to a
    // non-ASCII char, and `’` is not ASCII, so this is exact).
    if text.is_ascii() && lower.is_ascii() {
        return text.len() == lower.len()
            && text
                .bytes()
                .zip(lower.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b);
    }
    // An ASCII text lowercases to ASCII: it cannot equal a word with another non-ASCII
    // char than the apostrophe `’` (which compares equal to `'`).
    if text.is_ascii() && !lower.contains('’') {
        return false;
    }
    let norm = |c: char| if c == '’' { '\'' } else { c };
    let mut a = text.chars().flat_map(char::to_lowercase).map(norm);
    let mut b = lower.chars().map(norm);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// Appends the fold of `text` to `buf` if it differs from `text`: lower case
/// (`str::to_lowercase`), with `’` made a straight `'`. Returns whether it did: a text
/// already folded (most tokens) costs one scan and no copy.
pub(crate) fn fold_into(text: &str, buf: &mut String) -> bool {
    // Already folded, told from the bytes (most words): ASCII without a capital, and the
    // lower-case Latin-1 letters é, è, à, ç… (U+00DF–U+00FF, C3 9F–C3 BF in UTF-8, each
    // its own lower case: see the test), without decoding a char.
    let b = text.as_bytes();
    let mut i = 0;
    let folded = loop {
        match b.get(i) {
            None => break true,
            Some(&x) if x.is_ascii() => {
                if x.is_ascii_uppercase() {
                    break false;
                }
                i += 1;
            }
            Some(0xC3) if b.get(i + 1).is_some_and(|&y| y >= 0x9F) => i += 2,
            _ => break false,
        }
    };
    if folded {
        return false;
    }
    if text.is_ascii() {
        let a = buf.len();
        buf.push_str(text);
        if let Some(s) = buf.get_mut(a..) {
            s.make_ascii_lowercase();
        }
        return true;
    }
    // (a lowercase char is its own lower case, and so is every char of U+00DF–U+00FF,
    // the accented lowercase Latin letters and ÷: checked for every char in the tests)
    let unchanged = text.chars().all(|c| {
        c != '’'
            && (c.is_ascii_lowercase()
                || ('\u{DF}'..='\u{FF}').contains(&c)
                || !c.is_ascii() && c.is_lowercase()
                || {
                    let mut l = c.to_lowercase();
                    l.next() == Some(c) && l.next().is_none()
                })
    });
    if unchanged {
        return false;
    }
    if text.contains('Σ') {
        // (`str::to_lowercase` gives a final sigma its own form: the one char it does
        // not lower-case on its own)
        let lower = text.to_lowercase();
        buf.push_str(&lower.replace('’', "'"));
        return true;
    }
    // char by char into `buf`: the same as `str::to_lowercase` but for Σ, without a
    // `String` per word
    for c in text.chars() {
        match c {
            '’' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(text: &str) -> Token<'_> {
        Token {
            text,
            start: 0,
            end: text.len(),
            kind: TokenKind::Word,
            space_before: true,
            alnum: text.bytes().all(|b| b.is_ascii_alphanumeric()),
        }
    }

    #[test]
    fn a_lowercase_char_is_its_own_lower_case() {
        // what `fold_into`'s fast path relies on
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.is_lowercase() {
                let mut l = c.to_lowercase();
                assert_eq!((l.next(), l.next()), (Some(c), None), "{c:?}");
            }
        }
        for c in '\u{DF}'..='\u{FF}' {
            let mut l = c.to_lowercase();
            assert_eq!((l.next(), l.next()), (Some(c), None), "{c:?}");
        }
        let mut buf = String::new();
        assert!(!fold_into("armée", &mut buf));
        assert!(fold_into("ÉTÉ", &mut buf));
        assert!(fold_into("Paris", &mut buf));
        assert_eq!(buf, "étéparis");
        for w in ["ΟΔΟΣ", "Σ", "L’ÉTAT", "İstanbul", "ǅemal"] {
            buf.clear();
            assert!(fold_into(w, &mut buf));
            assert_eq!(buf, w.to_lowercase().replace('’', "'"), "{w}");
        }
        buf.clear();
        assert!(fold_into("L’État", &mut buf));
        assert_eq!(buf, "l'état");
    }

    #[test]
    fn fold_into_folds_what_lower_case_changes() {
        // (the byte shortcut for ASCII and Latin-1 lower case beside every other path)
        let chars = (0..=0x24Fu32)
            .filter_map(char::from_u32)
            .chain(['’', 'ʼ', 'Σ', 'œ', 'Œ', 'İ', 'ǅ', '—', '«']);
        for c in chars {
            for w in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}é"),
                format!("É{c}z"),
            ] {
                let mut buf = String::from("x");
                let want = w.to_lowercase().replace('’', "'");
                assert_eq!(fold_into(&w, &mut buf), want != w, "{w:?}");
                if want != w {
                    assert_eq!(buf, format!("x{want}"), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn case_helpers() {
        assert!(tok("Moscou").eq_lower("moscou"));
        assert!(tok("ÉTAT").eq_lower("état"));
        assert!(tok("L’").eq_lower("l'"));
        assert!(!tok("Moscou").eq_lower("mosco"));
        assert!(!tok("Mosco").eq_lower("moscou"));
        assert!(tok("Le").in_lower(&["la", "le"]));
        assert!(tok("MOSCOU").is_all_caps());
        assert!(!tok("A").is_all_caps());
        assert!(tok("J").is_initial());
        assert!(!tok("Je").is_initial());
        assert!(tok("Élysée").is_capitalized());
        assert!(tok("élysée").starts_lowercase());
    }
}
