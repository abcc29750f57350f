//! Segmentation: paragraphs, then tokens, then quotation pairs and sentences — one
//! left-to-right pass each, per paragraph. See `docs/document.md` for the rules and
//! their reasons.

use super::{Document, Paragraph, QuoteMark, Sentence, Token, TokenKind};
use crate::language::Tables;

pub fn parse<'a>(text: &'a str, tables: &Tables) -> Document<'a> {
    let mut doc = Document {
        text,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        tokens: Vec::new(),
        quote_pairs: Vec::new(),
        by_close: Vec::new(),
        folded: String::new(),
        folds: Vec::new(),
    };
    // about one token per 5 bytes of news text (a little more is reserved), one
    // sentence per 100: one allocation each instead of a dozen
    doc.tokens.reserve(text.len() / 4);
    doc.folds.reserve(text.len() / 4);
    doc.sentences.reserve(text.len() / 64);
    doc.folded.reserve(text.len() / 8);
    // (the line scan notes the first '@' of the text on its way: see `tokenize`)
    let (spans, first_at) = paragraphs_at(text);
    doc.paragraphs.reserve_exact(spans.len());
    // (the quotation pairing's tables, reused from paragraph to paragraph)
    let mut pairs = Pairs::default();
    // the next '@' in the text (see `tokenize`)
    let mut at_sign = first_at.unwrap_or(usize::MAX);
    for (start, end) in spans {
        let first_token = doc.tokens.len();
        let quotes = tokenize(
            text,
            (start, end),
            (tables, &mut at_sign),
            &mut doc.tokens,
            (&mut doc.folded, &mut doc.folds),
        );
        let toks = doc.tokens.get(first_token..).unwrap_or(&[]);
        let folds = Folds {
            text: &doc.folded,
            spans: doc.folds.get(first_token..).unwrap_or(&[]),
        };
        if quotes {
            pair_quotes(toks, &mut pairs);
        } else {
            // (most paragraphs: no quotation mark, no pair; the tables read as empty)
            pairs.clear();
        }
        let first_sentence = doc.sentences.len();
        let p = doc.paragraphs.len();
        split_sentences(
            toks,
            &folds,
            first_token,
            p,
            tables,
            &pairs,
            &mut doc.sentences,
        );
        doc.quote_pairs.extend(
            pairs
                .pairs
                .iter()
                .map(|(a, b)| (a + first_token, b + first_token)),
        );
        doc.paragraphs.push(Paragraph {
            start,
            end,
            sentences: (first_sentence, doc.sentences.len()),
            tokens: (first_token, doc.tokens.len()),
        });
    }
    crate::sort::natural(&mut doc.quote_pairs);
    doc.by_close = doc.quote_pairs.iter().map(|&(a, b)| (b, a)).collect();
    crate::sort::natural(&mut doc.by_close);
    doc
}

/// Whitespace, and the invisible characters that behave like it (zero-width space, BOM,
/// word joiner, bidi marks and embeddings).
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // (what `is_whitespace` answers for ASCII, without its call: asked of the first
        // char of every token)
        return matches!(c, '\t'..='\r' | ' ');
    }
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{200E}' | '\u{200F}' | '\u{202A}'
                ..='\u{202E}' | '\u{2066}'
                ..='\u{2069}'
        )
}

// ---------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------

/// One line of the text: its trimmed content span, or blank.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    /// Ends with U+2029 PARAGRAPH SEPARATOR: a paragraph break whatever follows.
    hard_break: bool,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.start == self.end
    }

    /// Length in chars of the trimmed content (counted when asked: most lines are not).
    fn chars(&self, text: &str) -> usize {
        text.get(self.start..self.end)
            .map_or(0, |t| t.chars().count())
    }
}

/// Lines, split at `\n`, `\r\n`, `\r`, U+2028 and U+2029; streamed, so that a text
/// of millions of empty lines costs no memory.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    done: bool,
    /// The first '@' of the lines read so far (the tokenizer looks for e-mail addresses
    /// only near one): noted by the scan for line breaks, which reads every byte anyway,
    /// instead of another pass over the text.
    first_at: Option<usize>,
}

fn lines(text: &str) -> Lines<'_> {
    Lines {
        text,
        pos: 0,
        done: false,
        first_at: None,
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.done {
            return None;
        }
        let b = self.text.as_bytes();
        let s = self.pos;
        let mut i = s;
        let (e, brk, hard_break) = loop {
            i = next_break_candidate(b, i);
            let Some(&c) = b.get(i) else {
                self.done = true;
                break (b.len(), 0, false);
            };
            match c {
                b'\n' => break (i, 1, false),
                b'\r' => break (i, if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 }, false),
                0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA8) => {
                    break (i, 3, false)
                }
                0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA9) => {
                    break (i, 3, true)
                }
                b'@' => {
                    self.first_at = self.first_at.or(Some(i));
                    i += 1;
                }
                _ => i += 1,
            }
        };
        self.pos = e + brk;
        let raw = self.text.get(s..e).unwrap_or("");
        let trimmed = raw.trim_start_matches(is_space);
        let start = s + (raw.len() - trimmed.len());
        let trimmed = trimmed.trim_end_matches(is_space);
        Some(Line {
            start,
            end: start + trimmed.len(),
            hard_break,
        })
    }
}

/// The first byte at or after `i` that may end a line: `\n`, `\r`, or 0xE2 (the first
/// byte of U+2028 and U+2029) — or another control char below U+000E (a tab), or an `@`
/// (noted by the caller), which the caller passes over; `b.len()` if none. Eight bytes at a time: a byte loop
/// with a `match` was most of the paragraph splitter's time.
fn next_break_candidate(b: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // high bit set in the bytes equal to `x` (and maybe in bytes above one that is: the
    // lowest set bit is always a true match)
    let eq = |v: u64, x: u8| {
        let t = v ^ (LO * u64::from(x));
        t.wrapping_sub(LO) & !t & HI
    };
    // high bit set in the bytes below 0x0E, `\n` and `\r` among them (same caveat;
    // another control char found first is passed over by the caller): one test for both
    let low = |v: u64| v.wrapping_sub(LO * 0x0E) & !v & HI;
    while let Some(chunk) = b.get(i..i + 8) {
        let v = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let m = low(v) | eq(v, 0xE2) | eq(v, b'@');
        if m != 0 {
            return i + m.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if matches!(c, b'\n' | b'\r' | 0xE2 | b'@') {
            return i;
        }
        i += 1;
    }
    b.len()
}

/// Does the text look hard-wrapped (e-mail, wire copy: every line cut near a fixed
/// width)? Then a line that fills the width continues on the next one. Two streamed
/// passes: the longest line, then how many lines come near it.
fn wrap_width(text: &str) -> Option<usize> {
    let (mut count, mut max) = (0usize, 0usize);
    for l in lines(text).filter(|l| !l.is_blank()) {
        count += 1;
        max = max.max(l.chars(text));
        if max > 110 {
            return None;
        }
    }
    if count < 4 || max < 40 {
        return None;
    }
    let near = lines(text)
        .filter(|l| !l.is_blank() && l.chars(text) * 4 >= max * 3)
        .count();
    (near * 2 >= count).then_some(max)
}

fn ends_sentence_or_block(s: &str) -> bool {
    s.ends_with([
        '.', '!', '?', '…', '»', '"', '”', ':', '›', '’', ')', ']', '|',
    ])
}

fn is_bullet(s: &str) -> bool {
    let mut it = s.chars();
    matches!(
        (it.next(), it.next()),
        (Some('-' | '•' | '*' | '–' | '—' | '▪' | '►' | '·'), Some(c)) if is_space(c)
    )
}

/// Paragraph spans (trimmed, non-empty).
///
/// A blank line always separates paragraphs, and so does U+2029. A single line break
/// does too (text pasted from a web page puts each paragraph on one line), unless the
/// line looks cut: it does not end a sentence and either the next line starts in lower
/// case, or the line ends with `,` `;` or an opening bracket, or the whole text is
/// hard-wrapped ([`wrap_width`]) and the line fills the width. A line starting with a
/// bullet is always a paragraph of its own.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    paragraphs_at(text).0
}

/// [`paragraphs`], and the first '@' of the text.
fn paragraphs_at(text: &str) -> (Vec<(usize, usize)>, Option<usize>) {
    let width = wrap_width(text);
    // (news paragraphs average ~170 bytes: room for most texts' paragraphs without a
    // growth, four a text before)
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut cur: Option<(usize, usize)> = None;
    let mut prev: Option<Line> = None;
    let mut all = lines(text);
    for line in all.by_ref() {
        if line.is_blank() {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            prev = None;
            continue;
        }
        let content = text.get(line.start..line.end).unwrap_or("");
        let joined = match (cur, prev) {
            (Some(_), Some(pl)) if !pl.hard_break && !is_bullet(content) => {
                let ptext = text.get(pl.start..pl.end).unwrap_or("");
                let cut = !ends_sentence_or_block(ptext);
                let lower_next = content.chars().next().is_some_and(char::is_lowercase);
                let dangling = ptext.ends_with([',', ';', '(', '[', '«', '“']);
                let fills = width.is_some_and(|w| pl.chars(text) * 4 >= w * 3);
                cut && (lower_next || dangling || fills)
            }
            _ => false,
        };
        match cur {
            Some((s, _)) if joined => cur = Some((s, line.end)),
            Some(p) => {
                out.push(p);
                cur = Some((line.start, line.end));
            }
            None => cur = Some((line.start, line.end)),
        }
        if line.hard_break {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            prev = None;
            continue;
        }
        prev = Some(line);
    }
    if let Some(p) = cur {
        out.push(p);
    }
    (out, all.first_at)
}

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

/// The role a quotation-mark character plays on its own (before context).
fn quote_mark(c: char) -> Option<QuoteMark> {
    Some(match c {
        '«' | '“' | '„' | '‟' | '‹' | '‘' | '‚' | '‛' | '❝' | '「' | '『' => {
            QuoteMark::Open
        }
        '»' | '”' | '›' | '’' | '❞' | '」' | '』' => QuoteMark::Close,
        '"' | '\'' | '＂' => QuoteMark::Ambiguous,
        _ => return None,
    })
}

/// Quotation-mark families: a closer only closes an opener of its own family.
fn family(c: char) -> u8 {
    match c {
        '«' | '»' => 0,
        '“' | '”' | '„' | '‟' | '❝' | '❞' => 1,
        '‹' | '›' => 2,
        '‘' | '’' | '‚' | '‛' => 3,
        '"' | '＂' => 4,
        '\'' => 5,
        '「' | '」' => 6,
        _ => 7,
    }
}

/// An apostrophe between letters (the ‘ is a common typing slip for it).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Letters, digits and combining marks continue a word; so does a soft hyphen.
fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_mark(c) || c == '\u{AD}'
}

/// `char::is_alphanumeric`, answered at once for ASCII, the accented Latin letters
/// (U+00C0–U+024F but × and ÷, all letters), Latin-1 and the general punctuation block
/// (checked for every char in the tests), which the std looks up in its Unicode tables.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return c != '×' && c != '÷';
    }
    // Latin-1 signs (« » ° …) and general punctuation (’ — “ ” …): the marks of news
    // text, answered without the Unicode tables
    if c < '\u{C0}' {
        return matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾');
    }
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

/// `char::is_alphabetic`, with the same fast paths as [`is_alphanumeric`].
fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return c != '×' && c != '÷';
    }
    if c < '\u{C0}' {
        return matches!(c, 'ª' | 'µ' | 'º');
    }
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    c.is_alphabetic()
}

fn is_mark(c: char) -> bool {
    // (below U+0300, the first mark, at once: nearly every char asked)
    (c as u32) >= 0x0300
        && matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The char at byte `pos`, without allocation.
fn peek(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        // an ASCII byte is a char of its own (and always on a char boundary)
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(pos..).and_then(|s| s.chars().next()),
    }
}

/// The tokens of paragraph `start..end`, appended to `out`, with their folds (see
/// [`Document::lower`]) appended to `folded` and `folds`. `at_sign` is the first '@' of
/// the text at or after some byte before `start` (`usize::MAX` if none), kept from
/// paragraph to paragraph. Returns whether the paragraph holds a quotation mark (only
/// then is there anything to pair).
fn tokenize<'a>(
    text: &'a str,
    (start, end): (usize, usize),
    (tables, at_sign_in): (&Tables, &mut usize),
    out: &mut Vec<Token<'a>>,
    (folded, folds): (&mut String, &mut Vec<(u32, u32)>),
) -> bool {
    let Some(para) = text.get(..end) else {
        return false;
    };
    let mut quotes = false;
    let bytes = para.as_bytes();
    let mut pos = start;
    let mut space_before = true;
    let first = out.len();
    // Opening single quotes (‘, or ' before a word) not yet closed: a ’ after a word
    // then closes one rather than being a possessive apostrophe.
    let mut single_open = 0usize;
    // The next '@' at or after `pos` (`usize::MAX` if none): an e-mail address is only
    // looked for near one. Found again only once passed, so the whole text is searched
    // once. (Near one, the tokens take the full path, which finds what the quick one
    // would: an '@' past the paragraph's end only costs that.)
    let mut at_sign = *at_sign_in;
    while pos < end {
        let Some(&b) = bytes.get(pos) else { break };
        // ASCII spaces and line breaks, the most frequent chars between tokens
        if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            pos += 1;
            space_before = true;
            continue;
        }
        let Some(c) = peek(para, pos) else { break };
        if is_space(c) {
            pos += c.len_utf8();
            space_before = true;
            continue;
        }
        if at_sign < pos {
            at_sign = text
                .get(pos..)
                .and_then(|r| r.find('@'))
                .map_or(usize::MAX, |k| pos + k);
        }
        let near_at = at_sign < pos + 65;
        // (the end of an elision found by the quick path, see `elision`)
        let mut elided = None;
        // The most frequent tokens, at once: a word of letters and digits (see
        // `simple_word`) and one char of ASCII punctuation — what `scan_token` would find,
        // when no URL, e-mail address (@) or dotted initials (a dot after the first
        // letter) starts here.
        if !near_at
            && bytes.get(pos + c.len_utf8()) != Some(&b'.')
            // (every address `scan_url` knows has a t or w second: http, ftp, www)
            && !(matches!(b, b'h' | b'H' | b'w' | b'W' | b'f' | b'F')
                && matches!(bytes.get(pos + 1), Some(b't' | b'T' | b'w' | b'W'))
                && para.get(pos..).and_then(scan_url).is_some())
        {
            // (a dot here is one: a run of them, an ellipsis, failed the test above)
            let simple = if is_alphabetic(c) {
                simple_word(para, pos).map(|w| (w, TokenKind::Word))
            } else if b.is_ascii_punctuation() && !matches!(b, b'"' | b'\'') {
                let one = Simple {
                    end: pos + 1,
                    ascii: true,
                    upper: false,
                };
                Some((one, TokenKind::Punct))
            } else {
                None
            };
            // (a word `simple_word` leaves to `scan_word`: joined to what follows by a
            // hyphen or an apostrophe)
            let joined = simple.is_none() && b.is_ascii_alphabetic();
            if let Some((
                Simple {
                    end: e,
                    ascii,
                    upper,
                },
                kind,
            )) = simple
            {
                if let Some(t) = para.get(pos..e) {
                    out.push(Token {
                        text: t,
                        start: pos,
                        end: e,
                        kind,
                        space_before,
                        // (a word of ASCII letters and digits, or one char of punctuation)
                        alnum: ascii && kind == TokenKind::Word,
                    });
                    let a = folded.len();
                    // an ASCII word is its own fold unless it has a capital
                    let fold = if !ascii {
                        super::token::fold_into(t, folded)
                    } else if upper {
                        folded.push_str(t);
                        if let Some(f) = folded.get_mut(a..) {
                            f.make_ascii_lowercase();
                        }
                        true
                    } else {
                        false
                    };
                    folds.push(if fold {
                        fold_span(a, folded.len())
                    } else {
                        (0, 0)
                    });
                    space_before = false;
                    pos = e;
                    continue;
                }
            }
            // A French elision (`l'`, `qu’`, `d'`: ~5 % of French words): what `scan_word`
            // finds, without its tests of every other shape (the token is made below).
            if joined {
                elided = elision(para, pos, tables.common);
            }
        }
        let prev = if out.len() > first { out.last() } else { None };
        let around = Around {
            prev,
            space_before,
            single_open,
            near_at,
        };
        let (tok_end, kind) = match elided {
            Some(e) => (e, TokenKind::Word),
            None => scan_token(para, pos, c, tables, &around),
        };
        let tok_end = tok_end.max(pos + c.len_utf8()).min(end);
        if let TokenKind::Quote(_) = kind {
            quotes = true;
            match c {
                '‘' if kind == TokenKind::Quote(QuoteMark::Open) => single_open += 1,
                '\'' if space_before => single_open += 1,
                '’' | '\'' if !space_before => single_open = single_open.saturating_sub(1),
                _ => {}
            }
        }
        if let Some(t) = para.get(pos..tok_end) {
            out.push(Token {
                text: t,
                start: pos,
                end: tok_end,
                kind,
                space_before,
                alnum: t.bytes().all(|b| b.is_ascii_alphanumeric()),
            });
            let a = folded.len();
            let fold = if super::token::fold_into(t, folded) {
                fold_span(a, folded.len())
            } else {
                (0, 0)
            };
            folds.push(fold);
        }
        space_before = false;
        pos = tok_end;
    }
    *at_sign_in = at_sign;
    quotes
}

/// ASCII letters and digits: bit 1; capitals also bit 2.
const ASCII_WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() as u8 | (c.is_ascii_uppercase() as u8) << 1;
        b += 1;
    }
    t
};

/// A word [`simple_word`] found: its end, and whether it is all ASCII and has a capital
/// (what its fold needs).
struct Simple {
    end: usize,
    ascii: bool,
    upper: bool,
}

/// The end of the word starting at `pos` (a letter) when it is made of word chars only
/// ([`is_word_char`]) and ends at the end of the paragraph or at a char that neither
/// continues a word nor joins two (not a hyphen or an apostrophe): there [`scan_word`]
/// would stop too. `None` when the word needs `scan_word`'s rules (a hyphen or an
/// apostrophe follows), or may be dotted initials (see the caller).
fn simple_word(text: &str, pos: usize) -> Option<Simple> {
    let bytes = text.as_bytes();
    let mut i = pos;
    let (mut ascii, mut flags) = (true, 0u8);
    // Eight bytes at a time while they are all ASCII letters and digits (most words
    // are); the byte loop below then decides at the byte that stopped the run.
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let upper = crate::swar::between(v, b'A' - 1, b'Z' + 1);
        let word = crate::swar::between(v, b'a' - 1, b'z' + 1)
            | upper
            | crate::swar::between(v, b'0' - 1, b'9' + 1);
        if word == crate::swar::HI {
            flags |= if upper != 0 { 2 } else { 0 };
            i += 8;
            continue;
        }
        // the bytes before the first that is not a letter or digit
        let n = (!word & crate::swar::HI).trailing_zeros() / 8;
        let before = (1u64 << (8 * n)).wrapping_sub(1);
        flags |= if upper & before != 0 { 2 } else { 0 };
        i += n as usize;
        // the byte that stopped the run: ASCII but a hyphen or an apostrophe, it ends the
        // word here (what the byte loop below would find at once, most words)
        let stop = (v >> (8 * n)) as u8;
        if stop.is_ascii() && stop != b'-' && stop != b'\'' {
            return Some(Simple {
                end: i,
                ascii,
                upper: flags & 2 != 0,
            });
        }
        break;
    }
    loop {
        match bytes.get(i) {
            None => break,
            Some(&b) if b.is_ascii() => {
                let class = ASCII_WORD[usize::from(b)];
                if class != 0 {
                    flags |= class;
                    i += 1;
                    continue;
                }
                if b == b'-' || b == b'\'' {
                    return None;
                }
                break;
            }
            Some(_) => {
                let c = text.get(i..).and_then(|r| r.chars().next())?;
                if is_word_char(c) {
                    ascii = false;
                    i += c.len_utf8();
                    continue;
                }
                if is_hyphen(c) || is_apostrophe(c) {
                    return None;
                }
                break;
            }
        }
    }
    Some(Simple {
        end: i,
        ascii,
        upper: flags & 2 != 0,
    })
}

/// The end of a French elision starting at `pos` (`l'`, `qu’`, `jusqu'`, after its
/// apostrophe), when `scan_word` would end the token there for being one: a table elision
/// of ASCII letters, a straight or curly apostrophe, then a space, or a letter or digit
/// that starts no word kept whole (`aujourd'hui`: those are left to `scan_word`). `None`
/// for anything else (`scan_word` decides). Asked only where [`simple_word`] stopped, at
/// a word whose first char is an ASCII letter and is not followed by a dot.
fn elision(para: &str, pos: usize, common: &crate::language::Common) -> Option<usize> {
    if common.elisions.is_empty() {
        return None;
    }
    let b = para.as_bytes();
    // (`scan_word` reads an elision only up to 8 bytes long)
    let head = b
        .get(pos..)?
        .iter()
        .take(9)
        .take_while(|x| x.is_ascii_alphanumeric())
        .count();
    if head == 0 || head > 8 {
        return None;
    }
    let j = pos + head;
    let after = match b.get(j..) {
        Some([b'\'', ..]) => j + 1,
        Some([0xE2, 0x80, 0x99, ..]) => j + 3,
        _ => return None,
    };
    let word = b.get(pos..j)?;
    // (`eq_lower` of an ASCII word: its bytes lower-cased; a table word with another
    // byte never equals it)
    let is_elision = common.elisions.iter().any(|e| {
        e.len() == head
            && e.bytes()
                .zip(word)
                .all(|(e, w)| w.to_ascii_lowercase() == e)
    });
    if !is_elision {
        return None;
    }
    let next = peek(para, after)?;
    if is_space(next) {
        return Some(after);
    }
    if !is_alphanumeric(next) {
        return None;
    }
    // `scan_word` tries the words kept whole first: any that may start here, it decides
    let first = word.first()?.to_ascii_lowercase();
    let whole = common
        .whole_words
        .iter()
        .any(|w| match w.as_bytes().first() {
            Some(w0) if w0.is_ascii_alphanumeric() => *w0 == first,
            _ => true,
        });
    (!whole).then_some(after)
}

/// What the tokenizer knows around the token it scans.
struct Around<'t, 'a> {
    /// The paragraph's previous token.
    prev: Option<&'t Token<'a>>,
    space_before: bool,
    /// Opening single quotes not yet closed.
    single_open: usize,
    /// An '@' lies within 65 bytes.
    near_at: bool,
}

fn scan_token(
    text: &str,
    pos: usize,
    c: char,
    tables: &Tables,
    around: &Around,
) -> (usize, TokenKind) {
    let &Around {
        prev,
        space_before,
        single_open,
        near_at,
    } = around;
    let rest = &text[pos..];
    let one = pos + c.len_utf8();
    if matches!(c, 'h' | 'H' | 'w' | 'W' | 'f' | 'F') {
        if let Some(e) = scan_url(rest) {
            return (pos + e, TokenKind::Url);
        }
    }
    // an e-mail address needs an @ within its first 65 bytes: a cheap test first
    if near_at && is_alphanumeric(c) {
        if let Some(e) = scan_email(rest) {
            return (pos + e, TokenKind::Email);
        }
    }
    if c.is_ascii_digit() {
        return (pos + scan_number(rest), TokenKind::Number);
    }
    if is_alphabetic(c) || is_mark(c) && !space_before {
        return (pos + scan_word(rest, tables), TokenKind::Word);
    }
    if c == '.' {
        let n = rest.bytes().take_while(|&b| b == b'.').count();
        return (pos + n.max(1), TokenKind::Punct);
    }
    if c == '…' {
        return (one, TokenKind::Punct);
    }
    if let Some(q) = quote_mark(c) {
        let next = peek(text, one);
        let glued_after_word = !space_before && prev.is_some_and(|p| p.kind == TokenKind::Word);
        let ends_here = next.is_none_or(|n| !is_word_char(n));
        // English possessive or contraction split off a word: Trump's → Trump + 's
        if matches!(c, '’' | '\'' | 'ʼ') && glued_after_word && matches!(next, Some('s' | 'S')) {
            let after_s = one + 1;
            if !peek(text, after_s).is_some_and(is_word_char) {
                return (after_s, TokenKind::Word);
            }
        }
        // A ' or ’ right after a word and before a non-letter: a closing single quote
        // if one is open, else a possessive apostrophe after a plural (`ministers’`).
        if matches!(c, '’' | '\'') && glued_after_word && ends_here && single_open == 0 {
            let plural = prev.is_some_and(|p| p.text.ends_with(['s', 'S', 'z', 'x']));
            if plural {
                return (one, TokenKind::Word);
            }
        }
        // “ used as a closer (German „…“, or a typing slip): glued after a word and
        // followed by a space, punctuation or the end.
        if c == '“' && !space_before && prev.is_some_and(|p| !p.is_quote()) && ends_here {
            return (one, TokenKind::Quote(QuoteMark::Close));
        }
        return (one, TokenKind::Quote(q));
    }
    if c.is_ascii_punctuation() || is_unicode_punct(c) {
        return (one, TokenKind::Punct);
    }
    (one, TokenKind::Symbol)
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '–' | '—'
            | '―'
            | '‐'
            | '‑'
            | '•'
            | '·'
            | '¿'
            | '¡'
            | '§'
            | '°'
            | '€'
            | '£'
            | '¥'
            | '‰'
            | '′'
            | '″'
            | '†'
            | '‡'
            | '¶'
            | '、'
            | '。'
            | '，'
            | '！'
            | '？'
            | '：'
            | '；'
    )
}

/// `http://…`, `https://…`, `ftp://…`, `www.…` up to whitespace, minus trailing
/// punctuation.
fn scan_url(s: &str) -> Option<usize> {
    let head = s.as_bytes().get(..8).unwrap_or(s.as_bytes());
    let starts = |p: &str| {
        head.len() >= p.len()
            && head
                .iter()
                .zip(p.bytes())
                .all(|(a, b)| a.eq_ignore_ascii_case(&b))
    };
    if !(starts("http://") || starts("https://") || starts("ftp://") || starts("www.")) {
        return None;
    }
    let mut e = s
        .find(|c: char| {
            is_space(c) || matches!(c, '«' | '»' | '“' | '”' | '"' | '<' | '>' | '‹' | '›')
        })
        .unwrap_or(s.len());
    while let Some(last) = s[..e].chars().next_back() {
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
        ) {
            e -= last.len_utf8();
        } else {
            break;
        }
    }
    // "www." alone, or "http://" with nothing after, is no address.
    let after_scheme = s[..e].find("//").map_or(4, |k| k + 2);
    (e > after_scheme).then_some(e)
}

/// `local@domain.tld` (local part up to 64 bytes, domain up to 255: bounded work per
/// token, so a long run of letters costs nothing here).
fn scan_email(s: &str) -> Option<usize> {
    let local = s
        .char_indices()
        .take(64)
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    if !s[local..].starts_with('@') || s[..local].ends_with('.') {
        return None;
    }
    let dom_start = local + 1;
    let dom = &s[dom_start..];
    let mut e = dom
        .char_indices()
        .take(255)
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | '-'))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    while dom[..e].ends_with(['.', '-']) {
        e -= 1;
    }
    let d = &dom[..e];
    let tld = d.rsplit('.').next().unwrap_or("");
    if !d.contains('.') || d.starts_with('.') || tld.chars().count() < 2 {
        return None;
    }
    Some(dom_start + e)
}

/// Digits with inner separators: `2 000` (space, no-break or narrow no-break space,
/// groups of three), `2,000`, `3.5`, `3,5`, `07:19`, `30/12/2018`, `7h19`,
/// `2018-12-30`, plus a short letter suffix (`1er`, `3rd`, `19h`, `1990s`).
fn scan_number(s: &str) -> usize {
    let b = s.as_bytes();
    let digits = |i: usize| {
        b.get(i..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let mut i = digits(0);
    let mut group = i;
    while let Some(&c) = b.get(i) {
        // thousands separated by a space: only groups of exactly three digits
        let rest = &s[i..];
        let sep_len = if c == b' ' {
            1
        } else if rest.starts_with('\u{A0}') {
            2
        } else if rest.starts_with('\u{202F}') || rest.starts_with('\u{2009}') {
            3
        } else {
            0
        };
        if sep_len > 0 {
            let n = digits(i + sep_len);
            let after = i + sep_len + n;
            if n == 3 && group <= 3 && !b.get(after).is_some_and(|c| c.is_ascii_alphanumeric()) {
                i = after;
                group = 3;
                continue;
            }
            break;
        }
        if matches!(c, b',' | b'.' | b':' | b'/' | b'-' | b'h' | b'H') {
            let n = digits(i + 1);
            if n > 0 {
                i += 1 + n;
                group = n;
                continue;
            }
        }
        break;
    }
    // short letter suffix: 1er, 2e, 3rd, 10th, 19h, 2nde, 1990s
    let mut n = 0;
    let mut len = 0;
    for c in s[i..].chars() {
        if !is_alphabetic(c) {
            break;
        }
        n += 1;
        len += c.len_utf8();
        if n > 3 {
            break;
        }
    }
    if n > 0 && n <= 3 {
        i += len;
    }
    i
}

/// Does `s` start with `w` (lower case), case-insensitively, as a whole word?
fn starts_with_word(s: &str, w: &str) -> Option<usize> {
    let mut si = s.char_indices();
    let mut wi = w.chars();
    let norm = |c: char| if is_apostrophe(c) { '\'' } else { c };
    let mut end = 0;
    for wc in wi.by_ref() {
        let (i, sc) = si.next()?;
        let mut low = sc.to_lowercase();
        if low.next().map(norm) != Some(norm(wc)) || low.next().is_some() {
            return None;
        }
        end = i + sc.len_utf8();
    }
    match si.next() {
        Some((_, c)) if is_word_char(c) => None,
        _ => Some(end),
    }
}

/// A word: letters and digits, with inner hyphens (`Jean-Marie`, `a-t-il`) and inner
/// apostrophes, except that a French elision (`l'`, `qu'`) ends the token after its
/// apostrophe and an English `'s` is split off. Dotted initials (`U.S.`, `J.-M.`) stay
/// one token with their final dot.
fn scan_word(s: &str, tables: &Tables) -> usize {
    if let Some(e) = scan_dotted(s) {
        return e;
    }
    let common = tables.common;
    // the ASCII letters and digits the word starts with (most of it, in most words)
    let ascii = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    // Most words end there, at an ASCII char that neither continues a word nor joins
    // two (not a hyphen or an apostrophe), or at the end: the loop below would stop at
    // once.
    match s.as_bytes().get(ascii) {
        None => return ascii,
        Some(&b) if b.is_ascii() && b != b'-' && b != b'\'' => return ascii,
        _ => {}
    }
    let mut i = ascii;
    let rest = s.get(ascii..).unwrap_or("");
    for (j, c) in rest.char_indices().map(|(j, c)| (j + ascii, c)) {
        if is_word_char(c) {
            i = j + c.len_utf8();
            continue;
        }
        let after = j + c.len_utf8();
        let next = peek(s, after);
        if is_hyphen(c) && next.is_some_and(is_alphanumeric) && j > 0 {
            i = after;
            continue;
        }
        // an elision typed with a space after its apostrophe ("l’ armée") stays an elision
        if is_apostrophe(c)
            && j > 0
            && next.is_some_and(is_space)
            && j <= 8
            && common.elisions.iter().any(|e| super::eq_lower(&s[..j], e))
        {
            return after;
        }
        if is_apostrophe(c) && j > 0 && next.is_some_and(is_alphanumeric) {
            // words kept whole: aujourd'hui, prud'hommes
            // (an ASCII first letter lower-cases to itself only: a word kept whole that
            // starts with another letter is passed over without comparing)
            let first = s.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
            if let Some(e) = common
                .whole_words
                .iter()
                .filter(|w| match w.as_bytes().first() {
                    Some(w0) if w0.is_ascii_alphanumeric() && first.is_ascii() => *w0 == first,
                    _ => true,
                })
                .find_map(|w| starts_with_word(s, w))
            {
                return e;
            }
            let head = &s[..j];
            if head.len() <= 8 && common.elisions.iter().any(|e| super::eq_lower(head, e)) {
                return after;
            }
            // English possessive or contraction 's: split off
            let mut rest = s[after..].chars();
            if matches!(rest.next(), Some('s' | 'S')) && !rest.next().is_some_and(is_word_char) {
                return j;
            }
            // names and contractions stay whole: O'Brien, don't, dell'anno
            i = after;
            continue;
        }
        break;
    }
    i
}

/// Dotted initials or abbreviation: single letters each followed by a dot, at least two
/// (`U.S.`, `e.g.`, `J.-M.`).
fn scan_dotted(s: &str) -> Option<usize> {
    // most words: no dot after the first letter (the loop below would find none)
    let first = peek(s, 0)?;
    if s.as_bytes().get(first.len_utf8()) != Some(&b'.') {
        return None;
    }
    let mut pos = 0usize;
    let mut count = 0;
    loop {
        let c = peek(s, pos)?;
        if !is_alphabetic(c) || peek(s, pos + c.len_utf8()) != Some('.') {
            break;
        }
        count += 1;
        pos += c.len_utf8() + 1;
        match peek(s, pos) {
            Some('-') if peek(s, pos + 1).is_some_and(is_alphabetic) => pos += 1,
            Some(a) if is_alphabetic(a) => {}
            _ => break,
        }
        // the next letter must itself be followed by a dot
        let a = peek(s, pos)?;
        if peek(s, pos + a.len_utf8()) != Some('.') {
            // J.-Marie: give back the hyphen, keep J. alone
            if s[..pos].ends_with('-') {
                pos -= 1;
            }
            break;
        }
    }
    // A last single letter without its dot belongs to it: "G.P.S", "S.A.R.L".
    if count >= 2 {
        if let Some(a) = peek(s, pos).filter(|a| is_alphabetic(*a)) {
            if !peek(s, pos + a.len_utf8()).is_some_and(is_word_char) {
                return Some(pos + a.len_utf8());
            }
        }
    }
    // A following word means a word glued after a dot ("U.S.Army"): not dotted.
    (count >= 2 && !peek(s, pos).is_some_and(is_word_char)).then_some(pos)
}

// ---------------------------------------------------------------------------------------
// Quotation pairs
// ---------------------------------------------------------------------------------------

/// The quotation marks of one paragraph, paired (token indices local to the paragraph).
#[derive(Default)]
struct Pairs {
    pairs: Vec<(usize, usize)>,
    /// Nesting depth at each token (how many pairs strictly enclose it).
    depth: Vec<u32>,
    /// Token is the closing mark of a pair.
    closer: Vec<bool>,
    /// Token is the opening mark of a pair.
    opener: Vec<bool>,
    /// Scratch: the open marks (token, family), and the depth changes per token.
    stack: Vec<(usize, u8)>,
    diff: Vec<i64>,
}

/// Pairs quotation marks with a stack. A closer closes the innermost open mark of its
/// family (dropping unclosed marks inside it); a closer with no open mark of its family
/// is ignored, and so is an opener never closed in the paragraph. Straight marks open
/// before a word and close after one. Linear: each mark is pushed and popped once, and
/// per-family counts make a closer with nothing to close cost O(1).
///
impl Pairs {
    /// No pair: the tables a paragraph without quotation marks reads (depth 0, no
    /// opener or closer).
    fn clear(&mut self) {
        self.pairs.clear();
        self.depth.clear();
        self.closer.clear();
        self.opener.clear();
        self.stack.clear();
    }
}

/// Fills `out` (its tables are cleared first, and reused: one set per document).
fn pair_quotes(toks: &[Token], out: &mut Pairs) {
    let n = toks.len();
    out.clear();
    let Pairs {
        pairs,
        depth,
        closer,
        opener,
        stack,
        diff,
    } = out;
    let mut open_in_family = [0usize; 8];
    for (i, t) in toks.iter().enumerate() {
        let TokenKind::Quote(q) = t.kind else {
            continue;
        };
        let Some(c) = t.text.chars().next() else {
            continue;
        };
        let fam = family(c);
        let next_glued = toks.get(i + 1).is_some_and(|n| !n.space_before);
        let prev_opening = i == 0
            || t.space_before
            || toks
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_quote() || matches!(p.text, "(" | "[" | "—" | "–" | "-"));
        let role = match q {
            QuoteMark::Open => QuoteMark::Open,
            QuoteMark::Close => QuoteMark::Close,
            QuoteMark::Ambiguous => {
                let pending = open_in_family[fam as usize] > 0;
                if pending && (!t.space_before || !next_glued) {
                    QuoteMark::Close
                } else if prev_opening && next_glued {
                    // A straight mark cannot nest inside its own kind: one that opens
                    // while another is pending means that one was never closed (a
                    // quotation going on into the next paragraph, a typo). Drop it.
                    if pending {
                        while let Some((_, f)) = stack.pop() {
                            open_in_family[f as usize] -= 1;
                            if f == fam {
                                break;
                            }
                        }
                    }
                    QuoteMark::Open
                } else if pending {
                    QuoteMark::Close
                } else {
                    continue;
                }
            }
        };
        match role {
            QuoteMark::Open => {
                stack.push((i, fam));
                open_in_family[fam as usize] += 1;
            }
            _ => {
                if open_in_family[fam as usize] == 0 {
                    continue;
                }
                while let Some((o, f)) = stack.pop() {
                    open_in_family[f as usize] -= 1;
                    if f == fam {
                        pairs.push((o, i));
                        break;
                    }
                }
            }
        }
    }
    if pairs.is_empty() {
        // no pair (most paragraphs): empty tables read as depth 0, no opener or closer
        return;
    }
    diff.clear();
    diff.resize(n + 1, 0);
    closer.resize(n, false);
    opener.resize(n, false);
    for &(o, c) in pairs.iter() {
        diff[o + 1] += 1;
        diff[c] -= 1;
        closer[c] = true;
        opener[o] = true;
    }
    depth.reserve(n);
    let mut d = 0i64;
    for x in diff.iter().take(n) {
        d += x;
        depth.push(d.max(0) as u32);
    }
    crate::sort::natural(pairs);
}

// ---------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------

/// A fold's span in the folds' text as stored (`(0, 0)`, the token's own text, past
/// 4 GB of folds: see [`super::Document`]'s `folds`).
#[inline]
fn fold_span(a: usize, b: usize) -> (u32, u32) {
    match (u32::try_from(a), u32::try_from(b)) {
        (Ok(a), Ok(b)) => (a, b),
        _ => (0, 0),
    }
}

/// The folds of one paragraph's tokens (see [`Document::lower`]).
struct Folds<'f> {
    text: &'f str,
    spans: &'f [(u32, u32)],
}

impl Folds<'_> {
    /// The fold of local token `k` (whose text is `tok`).
    fn get<'t>(&'t self, k: usize, tok: &'t Token) -> &'t str {
        match self.spans.get(k) {
            Some(&(0, 0)) | None => tok.text,
            Some(&(a, b)) => self.text.get(a as usize..b as usize).unwrap_or(""),
        }
    }
}

/// Is this word, folded, one of the tables' words (an abbreviation without its dot, a
/// stopword)?
fn in_table(tok: &Token, fold: &str, list: &[&str]) -> bool {
    // (the first byte before the whole word: most table words differ there, and a
    // string comparison is a call)
    let first = fold.as_bytes().first();
    tok.len() <= 12
        && list
            .iter()
            .any(|w| w.len() == fold.len() && w.as_bytes().first() == first && *w == fold)
}

/// The dotted token without its final dot, for table lookup (`U.S.` → `u.s`).
fn dotted_in_table(tok: &Token, list: &[&str]) -> bool {
    let t = tok.text.strip_suffix('.').unwrap_or(tok.text);
    t.len() <= 12 && list.iter().any(|a| super::eq_lower(t, a))
}

/// Could `t` open a sentence? Capitalized or uncased word, number, opening quote,
/// dash or bracket.
fn can_start(t: &Token, opener: bool) -> bool {
    match t.kind {
        // uppercase, or a letter of a script without case (Arabic, Chinese…)
        TokenKind::Word => t
            .text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase()),
        TokenKind::Symbol => false,
        TokenKind::Number => true,
        TokenKind::Quote(q) => opener || q == QuoteMark::Open || t.space_before,
        TokenKind::Punct => matches!(t.text, "—" | "–" | "-" | "(" | "[" | "¿" | "¡" | "•"),
        TokenKind::Url | TokenKind::Email => false,
    }
}

/// Sentences of one paragraph's tokens (`toks`, starting at document index `first`).
///
/// A sentence ends at `.` `!` `?` or an ellipsis (with the closing quotes and brackets
/// right after it), when the next token can open a sentence and the position is not
/// inside a quotation that goes on. Abbreviations, initials and dotted abbreviations
/// end a sentence only before a capitalized function word (`etc. Le…`, `the U.S. The…`),
/// initials only before a longer one (`sur X. Pour…`; never `J. K. Rowling`, `J.-M. Le
/// Pen`), titles never (`M. Dupont`).
fn split_sentences(
    toks: &[Token],
    folds: &Folds,
    first: usize,
    paragraph: usize,
    tables: &Tables,
    pairs: &Pairs,
    out: &mut Vec<Sentence>,
) {
    if toks.is_empty() {
        return;
    }
    let common = tables.common;
    let stopword_next =
        |j: usize, n: &Token| n.is_capitalized() && in_table(n, folds.get(j, n), common.stopwords);
    let mut start = 0usize;
    let mut i = 0usize;
    while i < toks.len() {
        let t = &toks[i];
        // Most tokens end nothing: a word unless it ends with a dot, any other token
        // unless it starts like . ! ? … ！ ？ 。 (a byte test before the comparisons).
        let may_end = match t.kind {
            // (a word of letters and digits only, most, has no dot: its text not read)
            TokenKind::Word => !t.alnum && t.text.len() > 2 && t.text.ends_with('.'),
            _ => matches!(
                t.text.as_bytes().first(),
                Some(b'.' | b'!' | b'?' | 0xE2 | 0xEF | 0xE3)
            ),
        };
        if !may_end {
            i += 1;
            continue;
        }
        let is_dot = t.kind == TokenKind::Punct && t.text.starts_with('.');
        let is_ellipsis =
            t.kind == TokenKind::Punct && (t.text == "…" || t.text.len() >= 2 && is_dot);
        let is_bang = t.is_punct("!")
            || t.is_punct("?")
            || t.text == "！"
            || t.text == "？"
            || t.text == "。";
        let dotted = t.kind == TokenKind::Word && t.text.len() > 2 && t.text.ends_with('.');
        if !(is_dot || is_ellipsis || is_bang || dotted) {
            i += 1;
            continue;
        }
        // absorb closing quotes and brackets, and more ! ? . right after the ender
        let mut j = i + 1;
        while let Some(n) = toks.get(j) {
            let closes = pairs.closer.get(j).copied().unwrap_or(false)
                || n.kind == TokenKind::Quote(QuoteMark::Close)
                || n.kind == TokenKind::Quote(QuoteMark::Ambiguous) && !n.space_before;
            let glued = !n.space_before
                && n.kind == TokenKind::Punct
                && matches!(n.text, ")" | "]" | "!" | "?" | "." | "…")
                || n.text.starts_with("..") && !n.space_before;
            if closes || glued {
                j += 1;
            } else {
                break;
            }
        }
        let Some(next) = toks.get(j) else {
            break;
        };
        let opener = pairs.opener.get(j).copied().unwrap_or(false);
        let inside = pairs.depth.get(j).copied().unwrap_or(0) > 0;
        let prev = i.checked_sub(1).and_then(|k| toks.get(k));
        let glued_dot = is_dot && !is_ellipsis && !t.space_before;
        // "(R-S.C.)": dotted initials after a hyphen, the next initial glued to the dot
        let initials_go_on = glued_dot
            && next.is_initial()
            && !next.space_before
            && toks
                .get(j + 1)
                .is_some_and(|d| d.is_punct(".") && !d.space_before);
        let ends = if inside || !can_start(next, opener) || initials_go_on {
            false
        } else if dotted {
            // J.-M. Le Pen: initials of a compound given name never end a sentence
            !t.text.contains('-') && stopword_next(j, next)
        } else if glued_dot && prev.is_some_and(|p| p.kind == TokenKind::Word) {
            let p = prev.unwrap_or(t);
            // An initial or abbreviation stands alone: after a space, the paragraph start
            // or an opening bracket or quote — not glued to a symbol ("25 °C.", "ml/min.").
            let k = i - 1;
            let free = p.space_before
                || k.checked_sub(1).and_then(|x| toks.get(x)).is_some_and(|b| {
                    b.is_punct("(") || b.is_punct("[") || b.quote_mark() == Some(QuoteMark::Open)
                });
            if !free {
                true
            } else if p.is_initial() {
                // "écrit sur X. Pour la candidate": a function word longer than the
                // particles that open surnames (`J. Le Pen`, `A. De Souza`, `F. Van Dam`)
                // starts a sentence
                // (`M.` is an abbreviation; `L’Ambert` an elided article)
                next.kind == TokenKind::Word
                    && next.text.len() > 3
                    && next.text.bytes().all(|b| b.is_ascii_alphabetic())
                    && !in_table(p, folds.get(k, p), common.abbreviations)
                    && stopword_next(j, next)
            } else if in_table(p, folds.get(k, p), common.abbreviations) {
                let final_ok = in_table(p, folds.get(k, p), common.final_abbreviations)
                    || p.starts_lowercase();
                final_ok && stopword_next(j, next)
            } else {
                true
            }
        } else if is_ellipsis {
            let bracketed = prev.is_some_and(|p| p.is_punct("(") || p.is_punct("["));
            !bracketed && (stopword_next(j, next) || j > i + 1)
        } else if glued_dot && i == start + 1 && t_is_list_number(prev) {
            // "1. Le premier point": a list number, not a sentence
            false
        } else {
            // "No. 5", "p. 12": an abbreviation before a number
            !(next.kind == TokenKind::Number
                && glued_dot
                && prev.is_some_and(|p| dotted_in_table(p, common.abbreviations)))
        };
        if ends {
            push(out, toks, first, start, j, paragraph);
            start = j;
        }
        i = j;
    }
    if start < toks.len() {
        push(out, toks, first, start, toks.len(), paragraph);
    }
}

/// A short number opening a sentence ("1." of a numbered list).
fn t_is_list_number(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.is_number() && t.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()))
}

fn push(
    out: &mut Vec<Sentence>,
    toks: &[Token],
    first: usize,
    a: usize,
    b: usize,
    paragraph: usize,
) {
    let (Some(s), Some(e)) = (toks.get(a), b.checked_sub(1).and_then(|k| toks.get(k))) else {
        return;
    };
    out.push(Sentence {
        start: s.start,
        end: e.end,
        paragraph,
        tokens: (first + a, first + b),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_found_eight_bytes_at_a_time() {
        let t = "ab\ncd\r\nxx\u{2028}y\u{2029}\u{e2}\u{e9}zzzz@zzzz\tzzzzzzz\u{0}zz\u{0d}z\n\u{0e}\u{0f}\u{1f}zzzzzzzz@";
        let b = t.as_bytes();
        for i in 0..=b.len() {
            let naive = (i..b.len())
                .find(|&k| matches!(b[k], 0..=0x0D | 0xE2 | b'@'))
                .unwrap_or(b.len());
            assert_eq!(next_break_candidate(b, i), naive, "{i}");
        }
    }

    #[test]
    fn the_line_scan_notes_the_first_at_sign() {
        for t in [
            "",
            "@",
            "no sign here\n\nat all",
            "a@b.fr",
            "one\r\ntwo\u{2028}three x@y.com and z@w.org",
            "\n\n\tlast line, then jean.dupont@exemple.fr",
            "12345678901234567890 a line longer than a chunk @ its end",
            "«  » \u{2029} é@é @@",
        ] {
            assert_eq!(paragraphs_at(t).1, t.find('@'), "{t:?}");
        }
    }

    #[test]
    fn the_tokenizer_shortcut_finds_what_scan_token_finds() {
        // Random texts of tricky pieces: every word or punctuation token must be what
        // `scan_token` gives at its start (the shortcut in `tokenize` skips it).
        let pieces = [
            "a",
            "B",
            "é",
            "É",
            "-",
            "'",
            "’",
            "ʼ",
            ".",
            ",",
            " ",
            "\n",
            "1",
            "h",
            "w",
            "f",
            "http://x.fr",
            "www.",
            "\u{301}",
            "«",
            "»",
            "\u{AD}",
            "ñ",
            "ß",
            "‐",
            "x",
            "ΣΑ",
            "ttp",
            "ww",
            "(",
            "!",
            "\u{a0}",
            "日",
            "U.S.",
            "l'",
            "aujourd'hui",
            "s",
            "...",
            "Ftp://a.b",
            "wWw.x",
            "hT",
            // elisions (`tokenize`'s shortcut) and what is near them
            "L",
            "qu",
            "QU’",
            "d’",
            "jusqu",
            "presqu'île",
            "prud",
            "c",
            "abcdefgh",
            "abcdefghi",
            "l’ ",
            "t' ",
            "2",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for lang in ["fr", "en"] {
                let doc = Document::parse(&text, tables(lang));
                for p in &doc.paragraphs {
                    let para = &text[..p.end];
                    for t in doc.tokens.get(p.tokens.0..p.tokens.1).unwrap_or(&[]) {
                        let alnum = t.text.bytes().all(|b| b.is_ascii_alphanumeric());
                        assert_eq!(t.alnum, alnum, "{text:?} at {}", t.start);
                        let c = t.text.chars().next().unwrap_or(' ');
                        let b = t.text.as_bytes()[0];
                        let simple = is_alphabetic(c)
                            || b.is_ascii_punctuation() && !matches!(b, b'"' | b'\'');
                        if !simple {
                            continue;
                        }
                        let around = Around {
                            prev: None,
                            space_before: t.space_before,
                            single_open: 0,
                            near_at: false,
                        };
                        let (e, kind) = scan_token(para, t.start, c, tables(lang), &around);
                        let e = e.max(t.start + c.len_utf8()).min(p.end);
                        assert_eq!((e, kind), (t.end, t.kind), "{text:?} at {}", t.start);
                    }
                }
            }
        }
    }

    #[test]
    fn fast_space_test_agrees() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let old = c.is_whitespace()
                || matches!(
                    c,
                    '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{200E}' | '\u{200F}' | '\u{202A}'
                        ..='\u{202E}' | '\u{2066}'
                        ..='\u{2069}'
                );
            assert_eq!(is_space(c), old, "{c:?}");
        }
    }

    #[test]
    fn fast_letter_tests_agree_with_std() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
    use crate::language::tables;

    fn toks(text: &str, lang: &str) -> Vec<String> {
        Document::parse(text, tables(lang))
            .tokens
            .iter()
            .map(|t| t.text.to_string())
            .collect()
    }

    fn sents(text: &str, lang: &str) -> Vec<String> {
        let d = Document::parse(text, tables(lang));
        (0..d.sentences.len())
            .map(|i| d.sentence_text(i).to_string())
            .collect()
    }

    #[test]
    fn elisions_and_whole_words() {
        assert_eq!(
            toks("l'armée d’Assad qu'il jusqu'à aujourd'hui", "fr"),
            [
                "l'",
                "armée",
                "d’",
                "Assad",
                "qu'",
                "il",
                "jusqu'",
                "à",
                "aujourd'hui"
            ]
        );
        assert_eq!(toks("L'EI Aujourd’hui", "fr"), ["L'", "EI", "Aujourd’hui"]);
        assert_eq!(toks("l’ armée", "fr"), ["l’", "armée"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks(
                "2 000 2\u{a0}000 2\u{202f}000 2,000 3.5 3,5 07:19 30/12/2018 2018-12-30 7h19",
                "fr"
            ),
            [
                "2 000",
                "2\u{a0}000",
                "2\u{202f}000",
                "2,000",
                "3.5",
                "3,5",
                "07:19",
                "30/12/2018",
                "2018-12-30",
                "7h19"
            ]
        );
        assert_eq!(
            toks("en 2018 200 morts", "fr"),
            ["en", "2018", "200", "morts"]
        );
        assert_eq!(
            toks("le 1er mars, 3rd", "fr"),
            ["le", "1er", "mars", ",", "3rd"]
        );
    }

    #[test]
    fn dotted() {
        assert_eq!(
            toks("U.S. J.-M. e.g. G.P.S", "en"),
            ["U.S.", "J.-M.", "e.g.", "G.P.S"]
        );
        assert_eq!(toks("Syrie.AFPa", "fr"), ["Syrie", ".", "AFPa"]);
    }

    #[test]
    fn paragraphs_rules() {
        let t = "Titre\n\nUne ligne\ncoupée ici.\nUne autre.";
        let p: Vec<&str> = paragraphs(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(p, ["Titre", "Une ligne\ncoupée ici.", "Une autre."]);
    }

    #[test]
    fn sentences_basic() {
        assert_eq!(
            sents("M. Dupont est là. Il parle.", "fr"),
            ["M. Dupont est là.", "Il parle."]
        );
    }
}
