//! Segmentation: paragraphs, then tokens, then sentences — one left-to-right pass each.

use super::{Document, Paragraph, QuoteMark, Sentence, Token, TokenKind};
use crate::language::Tables;

pub fn parse<'a>(text: &'a str, tables: &Tables) -> Document<'a> {
    let mut doc = Document {
        text,
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        tokens: Vec::new(),
    };
    for (start, end) in paragraphs(text) {
        let first_token = doc.tokens.len();
        tokenize(text, start, end, tables, &mut doc.tokens);
        let first_sentence = doc.sentences.len();
        let p = doc.paragraphs.len();
        split_sentences(&doc.tokens, first_token, p, tables, &mut doc.sentences);
        doc.paragraphs.push(Paragraph {
            start,
            end,
            sentences: (first_sentence, doc.sentences.len()),
        });
    }
    doc
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Paragraph spans (trimmed, non-empty). A blank line always separates paragraphs. A
/// single line break does too, unless it looks like a hard wrap: the line before does not
/// end a sentence and the next line starts in lower case.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut last_line_end = 0usize;
    let mut pos = 0usize;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_matches(is_space);
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push((s, last_line_end));
            }
            continue;
        }
        let lead = content.len() - content.trim_start_matches(is_space).len();
        let cstart = line_start + lead;
        let cend = cstart + trimmed.len();
        if let Some(s) = para_start {
            let prev = &text[s..last_line_end];
            let wrapped = !prev.ends_with(['.', '!', '?', '…', '»', '"', '”', ':'])
                && trimmed.chars().next().is_some_and(char::is_lowercase);
            if !wrapped {
                out.push((s, last_line_end));
                para_start = Some(cstart);
            }
        } else {
            para_start = Some(cstart);
        }
        last_line_end = cend;
    }
    if let Some(s) = para_start {
        out.push((s, last_line_end));
    }
    out
}

fn quote_mark(c: char) -> Option<QuoteMark> {
    Some(match c {
        '«' | '“' | '„' | '‹' | '‘' | '‚' => QuoteMark::Open,
        '»' | '”' | '›' | '’' => QuoteMark::Close,
        '"' | '\'' | '＂' => QuoteMark::Ambiguous,
        _ => return None,
    })
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Letters and combining marks continue a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
}

/// Characters at `pos` and after, without allocation.
fn peek(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

fn tokenize<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    tables: &Tables,
    out: &mut Vec<Token<'a>>,
) {
    let mut pos = start;
    let mut space_before = true;
    while pos < end {
        let Some(c) = peek(text, pos) else { break };
        if is_space(c) {
            pos += c.len_utf8();
            space_before = true;
            continue;
        }
        let (tok_end, kind) = scan_token(text, pos, end, c, tables);
        let tok_end = tok_end.max(pos + c.len_utf8()).min(end);
        out.push(Token {
            text: &text[pos..tok_end],
            start: pos,
            end: tok_end,
            kind,
            space_before,
        });
        space_before = false;
        pos = tok_end;
    }
}

fn scan_token(text: &str, pos: usize, end: usize, c: char, tables: &Tables) -> (usize, TokenKind) {
    let rest = &text[pos..end];
    if let Some(e) = scan_url(rest) {
        return (pos + e, TokenKind::Url);
    }
    if c.is_alphanumeric() {
        if let Some(e) = scan_email(rest) {
            return (pos + e, TokenKind::Email);
        }
    }
    if c.is_ascii_digit() {
        return (pos + scan_number(rest), TokenKind::Number);
    }
    if c.is_alphabetic() {
        return (pos + scan_word(rest, tables), TokenKind::Word);
    }
    if c == '.' || c == '…' {
        let n = rest.bytes().take_while(|&b| b == b'.').count();
        if n >= 2 {
            return (pos + n, TokenKind::Punct);
        }
        return (pos + c.len_utf8(), TokenKind::Punct);
    }
    if let Some(q) = quote_mark(c) {
        return (pos + c.len_utf8(), TokenKind::Quote(q));
    }
    if c.is_ascii_punctuation() || is_unicode_punct(c) {
        return (pos + c.len_utf8(), TokenKind::Punct);
    }
    (pos + c.len_utf8(), TokenKind::Symbol)
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '–' | '—' | '―' | '‐' | '‑' | '•' | '·' | '¿' | '¡' | '§' | '°' | '€' | '£' | '¥'
    )
}

/// `http://…`, `https://…`, `www.…` up to whitespace, minus trailing punctuation.
fn scan_url(s: &str) -> Option<usize> {
    let lower_start = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    if !(lower_start.starts_with("http://")
        || lower_start.starts_with("https://")
        || lower_start.starts_with("www."))
    {
        return None;
    }
    let mut e = s
        .find(|c: char| is_space(c) || matches!(c, '«' | '»' | '“' | '”' | '"' | '<' | '>'))
        .unwrap_or(s.len());
    while e > 0 {
        let last = s[..e].chars().next_back()?;
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\'' | '’') {
            e -= last.len_utf8();
        } else {
            break;
        }
    }
    (e > 4).then_some(e)
}

/// `local@domain.tld`.
fn scan_email(s: &str) -> Option<usize> {
    let local = s
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    if !s[local..].starts_with('@') {
        return None;
    }
    let dom_start = local + 1;
    let dom = &s[dom_start..];
    let mut e = dom
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '.' | '-'))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    while dom[..e].ends_with('.') {
        e -= 1;
    }
    let d = &dom[..e];
    if !d.contains('.') || d.starts_with('.') {
        return None;
    }
    Some(dom_start + e)
}

/// Digits with inner separators: `2 000`, `2,000`, `3.5`, `07:19`, `30/12/2018`, `7h19`,
/// `2018-12-30`, plus a short letter suffix (`1er`, `3rd`, `19h`).
fn scan_number(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut group = digits(0);
    i += group;
    loop {
        if i >= b.len() {
            break;
        }
        let c = b[i];
        // thousands separated by a space / no-break space: only groups of exactly 3
        let sep_len = if c == b' ' {
            1
        } else if s[i..].starts_with('\u{A0}') {
            2
        } else if s[i..].starts_with('\u{202F}') {
            3
        } else {
            0
        };
        if sep_len > 0 {
            let n = digits(i + sep_len);
            let after = i + sep_len + n;
            if n == 3 && group <= 3 && !b.get(after).is_some_and(|c| c.is_ascii_digit()) {
                i = after;
                group = 3;
                continue;
            }
            break;
        }
        if matches!(c, b',' | b'.' | b':' | b'/' | b'-' | b'h' | b'H') {
            let n = if i + 1 < b.len() { digits(i + 1) } else { 0 };
            if n > 0 {
                i += 1 + n;
                group = n;
                continue;
            }
        }
        break;
    }
    // short letter suffix: 1er, 2e, 3rd, 10th, 19h, 2nde
    let suffix: usize = s[i..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    if suffix > 0 && s[i..].chars().take_while(|c| c.is_alphabetic()).count() <= 3 {
        i += suffix;
    }
    i
}

/// A word: letters and digits, with inner hyphens (`Jean-Marie`, `a-t-il`) and inner
/// apostrophes, except that a French elision (`l'`, `qu'`) ends the token after its
/// apostrophe and an English `'s` is split off. Dotted initials (`U.S.`, `J.-M.`) stay one
/// token with their final dot.
fn scan_word(s: &str, tables: &Tables) -> usize {
    // dotted abbreviation: single letters each followed by a dot, at least two (U.S., e.g.)
    if let Some(e) = scan_dotted(s) {
        return e;
    }
    let mut i = 0;
    let chars = s.char_indices();
    for (j, c) in chars {
        if is_word_char(c) {
            i = j + c.len_utf8();
            continue;
        }
        let next = s[j + c.len_utf8()..].chars().next();
        let next_is_letter = next.is_some_and(|n| n.is_alphabetic());
        if (c == '-' || c == '‑') && next.is_some_and(is_word_char) {
            i = j + c.len_utf8();
            continue;
        }
        if is_apostrophe(c) && next_is_letter {
            let word = s[..j].to_lowercase();
            let common = tables.common;
            if common.elisions.contains(&word.as_str()) {
                // "l'" — unless the whole thing is a word kept whole (aujourd'hui)
                let whole = common.whole_words.iter().find(|w| {
                    s.get(..w.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(w) || p.to_lowercase() == **w)
                });
                if let Some(w) = whole {
                    return w.len();
                }
                return j + c.len_utf8();
            }
            if let Some(w) = common
                .whole_words
                .iter()
                .find(|w| s.get(..w.len()).is_some_and(|p| p.to_lowercase() == **w))
            {
                return w.len();
            }
            // English possessive: split off 's
            let after = &s[j + c.len_utf8()..];
            let mut it = after.chars();
            if matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(is_word_char) {
                return j;
            }
            // French text without elision match (rare: "prud'hommes" handled above);
            // English contractions and names (don't, O'Brien) stay whole.
            i = j + c.len_utf8();
            continue;
        }
        break;
    }
    i
}

fn scan_dotted(s: &str) -> Option<usize> {
    let mut it = s.char_indices();
    let mut count = 0;
    let mut end = 0;
    loop {
        let (_, c) = it.next()?;
        if !c.is_alphabetic() {
            break;
        }
        let (j, d) = match it.next() {
            Some(x) => x,
            None => break,
        };
        if d != '.' {
            break;
        }
        count += 1;
        end = j + 1;
        // next must be a letter followed by '.', else stop here
        let rest = &s[end..];
        let mut r = rest.chars();
        match (r.next(), r.next()) {
            (Some(a), Some('.')) if a.is_alphabetic() => continue,
            (Some('-'), _) if rest[1..].starts_with(|c: char| c.is_alphabetic()) => {
                // J.-M.
                it.next();
                continue;
            }
            _ => break,
        }
    }
    (count >= 2).then_some(end)
}

/// Is this token an abbreviation (or initial) whose dot does not end a sentence?
fn is_abbreviation(tok: &Token, tables: &Tables) -> bool {
    let t = tok.text.trim_end_matches('.');
    if t.chars().count() == 1 && t.chars().all(char::is_uppercase) {
        return true; // initial: "J. Smith"
    }
    if tok.text.ends_with('.') && tok.text.len() > 2 {
        return true; // dotted: "U.S."
    }
    let lower = t.to_lowercase();
    tables.common.abbreviations.contains(&lower.as_str())
}

/// Sentences of the tokens from `first` on (all of one paragraph).
fn split_sentences(
    tokens: &[Token],
    first: usize,
    paragraph: usize,
    tables: &Tables,
    out: &mut Vec<Sentence>,
) {
    let toks = &tokens[first..];
    if toks.is_empty() {
        return;
    }
    let mut start = 0usize;
    let mut depth: i32 = 0; // open quotation marks
    let mut straight_open = false;
    let mut i = 0usize;
    while i < toks.len() {
        let t = &toks[i];
        match t.kind {
            TokenKind::Quote(QuoteMark::Open) => depth += 1,
            TokenKind::Quote(QuoteMark::Close) if t.text != "’" || depth > 0 => {
                depth = (depth - 1).max(0)
            }
            TokenKind::Quote(QuoteMark::Ambiguous) if t.text == "\"" => {
                straight_open = !straight_open;
            }
            _ => {}
        }
        let ender = t.kind == TokenKind::Punct
            && (matches!(t.text, "!" | "?" | "…") || t.text.starts_with('.'))
            || (t.kind == TokenKind::Word && t.text.ends_with('.') && i + 1 < toks.len());
        if ender {
            // abbreviation dot ("M.", "Dr.") glued as Punct after a Word
            let prev_abbrev = t.text == "."
                && i > 0
                && !toks[i].space_before
                && is_abbreviation(&toks[i - 1], tables);
            let word_abbrev = t.kind == TokenKind::Word; // "U.S." — only ends if next is clearly new
                                                         // absorb closing quotes/brackets right after the ender
            let mut j = i + 1;
            while j < toks.len()
                && !toks[j].space_before
                && (matches!(
                    toks[j].kind,
                    TokenKind::Quote(QuoteMark::Close) | TokenKind::Quote(QuoteMark::Ambiguous)
                ) || toks[j].is_punct(")"))
            {
                j += 1;
            }
            let closes_quote = j > i + 1;
            let inside = (depth > 0 || straight_open) && !closes_quote;
            let next = toks.get(j);
            let next_starts = next.is_some_and(|n| {
                n.is_capitalized()
                    || n.kind == TokenKind::Number && !prev_abbrev
                    || matches!(n.kind, TokenKind::Quote(_))
                    || n.is_punct("-")
                    || n.is_punct("—")
            });
            let ellipsis_continues = (t.text == "…" || t.text.starts_with(".."))
                && !next.is_some_and(|n| n.is_capitalized());
            let dotted_continues =
                word_abbrev && !next.is_some_and(|n| word_abbrev_sentence_end(&toks[i], n));
            if next.is_some()
                && next_starts
                && !inside
                && !prev_abbrev
                && !ellipsis_continues
                && !dotted_continues
            {
                push(out, toks, first, start, j, paragraph);
                start = j;
                if closes_quote {
                    depth = 0;
                    straight_open = false;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < toks.len() {
        push(out, toks, first, start, toks.len(), paragraph);
    }
}

/// After a dotted abbreviation such as "U.S.", a new sentence starts only before a
/// capitalized function word ("The", "Il") — a heuristic: proper nouns follow "U.S." often.
fn word_abbrev_sentence_end(_tok: &Token, next: &Token) -> bool {
    matches!(
        next.text,
        "The"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "In"
            | "But"
            | "Le"
            | "La"
            | "Les"
            | "Il"
            | "Elle"
            | "Ils"
            | "Mais"
    )
}

fn push(
    out: &mut Vec<Sentence>,
    toks: &[Token],
    first: usize,
    a: usize,
    b: usize,
    paragraph: usize,
) {
    out.push(Sentence {
        start: toks[a].start,
        end: toks[b - 1].end,
        paragraph,
        tokens: (first + a, first + b),
    });
}
