//! Candidates: where names are in the text, before their type is decided.
//!
//! A name is a run of capitalized words, with the lower-case connectors names hold
//! (`Banque de France`, `Bank of America`, `Bachar el-Assad`) and, in French, the
//! lower-case adjectives that follow an organization's head (`Assemblée nationale`,
//! `Ministère turc des Affaires étrangères`) or that an acronym in parentheses confirms
//! (`État islamique (EI)`). Each run is then trimmed: articles, sentence-initial function
//! words, honorifics (`M.`, `Mr`) and titles (`US President`) are cut off — a title is
//! kept as the candidate's role.
//!
//! Special places: the place dateline (`MOSCOU (AFP) -`, found by the layout), all-caps
//! sentences (headlines: only names the gazetteers know are taken, so that a shouted
//! headline does not flood), agencies glued to the previous word (`Syrie.AFPa`), names
//! inside hyphenated compounds (`anti-Trump`) and lower-case heads of laws (`loi Evin`).
//! Date expressions, months and weekdays are never part of a candidate.

use super::gazetteer;
use super::words::{char_len, fold_into, mask, pack, AllCaps, Words, L};
use super::{Cand, Lexicon, CONTEXT, KEYWORD, LISTED, TITLED};
use crate::analysis::{DateExpr, EntityType};
use crate::context::Context;
use crate::document::{Token, TokenKind};

/// Longest run of tokens looked at as one name (a guard for odd inputs).
const MAX_RUN: usize = 12;

struct Scan<'c, 'w, 'a> {
    ctx: &'c Context<'a>,
    w: &'w mut Words<'c, 'a>,
    lex: &'static Lexicon,
    toks: &'c [Token<'a>],
    blocked: Vec<bool>,
    /// Per token, [`Scan::is_name_tok`]: [`NAME`], [`NOT_NAME`], [`HYPHENATED`] (0: not
    /// yet known); it
    /// is asked several times of most tokens. Filled only once `blocked` is final.
    name_tok: Vec<u8>,
    /// The last span looked up (with `shouting`) and the answer.
    last: Option<(usize, usize, bool, Option<gazetteer::Known>)>,
    out: Vec<Cand>,
    low: String,
    fold: String,
    /// [`Scan::known_with_lower_tail`]'s folds of a run and the words after it, and
    /// `(t0, t1, len)`: `tail_fold[..len]` is the fold of the run `[t0, t1)`.
    tail_fold: String,
    run_fold: Option<(usize, usize, usize)>,
    sentence: usize,
    /// The current sentence is in capitals (a headline, a dateline).
    shouting: bool,
    /// Whether the current sentence is a table of names and numbers (computed once).
    table: Option<bool>,
}

pub(crate) fn find<'c, 'a>(
    ctx: &'c Context<'a>,
    lex: &'static Lexicon,
    w: &mut Words<'c, 'a>,
    dates: &[DateExpr],
) -> Vec<Cand> {
    let doc = ctx.doc;
    let toks = &doc.tokens[..];
    let mut blocked = vec![false; toks.len()];
    for d in dates {
        let mut i = doc.token_at(d.start);
        while let Some(t) = toks.get(i) {
            if t.start >= d.end {
                break;
            }
            blocked[i] = true;
            i += 1;
        }
    }
    let mut s = Scan {
        ctx,
        w,
        lex,
        toks,
        blocked,
        name_tok: Vec::new(),
        last: None,
        // (Sized for most texts at once: a buffer grown push by push costs a reallocation
        // each time.)
        out: Vec::with_capacity(toks.len() / 8 + 4),
        low: String::with_capacity(64),
        fold: String::with_capacity(128),
        tail_fold: String::with_capacity(128),
        run_fold: None,
        sentence: 0,
        shouting: false,
        table: None,
    };
    // The outlet's date line ("December 30, 2018 07:19") holds no entity.
    if let Some(d) = ctx.layout.info.dateline.as_ref() {
        let mut i = doc.token_at(d.start);
        while toks.get(i).is_some_and(|t| t.start < d.end) {
            s.blocked[i] = true;
            i += 1;
        }
    }
    s.dateline();
    s.name_toks();
    for (si, sent) in doc.sentences.iter().enumerate() {
        s.sentence = si;
        s.table = None;
        let (a, b) = sent.tokens;
        s.shouting = s.is_shouting(a, b);
        if s.shouting {
            s.shouting_sentence(a, b);
        } else if s.is_title_case_headline(a, b) {
            // (Capitals tell nothing there either: what the lists know.)
            s.shouting_sentence(a, b);
        } else {
            s.sentence_runs(a, b);
        }
    }
    s.ordinal_streets();
    s.numbered_names();
    s.products();
    s.fused_articles();
    s.out
}

/// A model designation (`A350`, `A321neo`, `F-16`, `C-130`, `AK-47s`): one to three
/// capitals, a hyphen or not, two to four digits (three at least without a hyphen: `G20`,
/// `M6` are no models), then at most a few letters.
fn model_code(s: &str) -> bool {
    let b = s.as_bytes();
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let hyphen = b.get(caps) == Some(&b'-');
    let from = caps + usize::from(hyphen);
    let digits = b
        .get(from..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let tail = b.get(from + digits..).unwrap_or(&[]);
    (1..=3).contains(&caps)
        && (2..=4).contains(&digits)
        && (hyphen || digits >= 3)
        && tail.len() <= 4
        && tail.iter().all(u8::is_ascii_alphabetic)
}

/// Is a sentence of these tokens a table of names and numbers (results, standings)?
pub(crate) fn numbers_table(ts: &[Token]) -> bool {
    let numbers = ts.iter().filter(|t| t.kind == TokenKind::Number).count();
    // (Most sentences hold fewer than two numbers: their words are not counted.)
    if numbers < 2 {
        return false;
    }
    let lower = ts
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase))
        .count();
    lower * 4 <= numbers
}

/// A model number after a brand (`787` in `Boeing 787`): two to four digits, not a year.
fn model_number(t: &Token) -> bool {
    let b = t.text.as_bytes();
    // (The kind first: asked of the token after most names, a word.)
    t.kind == TokenKind::Number
        && t.space_before
        && (2..=4).contains(&b.len())
        && b.iter().all(u8::is_ascii_digit)
        && !(b.len() == 4
            && t.text
                .parse::<u16>()
                .is_ok_and(|y| (1800..2100).contains(&y)))
}

fn lower_into<'b>(buf: &'b mut String, s: &str) -> &'b str {
    buf.clear();
    if s.is_ascii() {
        buf.push_str(s);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(s.chars().flat_map(char::to_lowercase));
    }
    buf.as_str()
}

fn fold_str<'b>(buf: &'b mut String, s: &str) -> &'b str {
    buf.clear();
    fold_into(s, buf);
    buf.as_str()
}

/// [`Scan::name_tok`] values: a name token; not one; not one, but a lower-case word
/// with a hyphen (`anti-Trump`: [`Scan::lone_word`] looks for a name in it).
const NAME: u8 = 2;
const NOT_NAME: u8 = 1;
const HYPHENATED: u8 = 3;

/// Does the word hold a `-`? Eight bytes at a time for a word of up to 16 bytes (most).
#[inline]
fn has_hyphen(b: &[u8]) -> bool {
    if b.len() > 16 {
        return b.contains(&b'-');
    }
    // (The packed words' padding is zero, never a hyphen.)
    let (k0, k1) = pack(b);
    crate::swar::has_byte(k0, b'-') || crate::swar::has_byte(k1, b'-')
}

/// `s.split_once('-')`, by a byte search (asked of most tokens: faster on short words).
fn split_hyphen(s: &str) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == b'-')?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `s.split_once(['\'', '’'])`, by a byte search (asked of every capitalized word).
fn split_apostrophe(s: &str) -> Option<(&str, &str)> {
    // ('’' is E2 80 99 in UTF-8; E2 only ever starts a char.)
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(k) = b.get(from..)?.iter().position(|&x| x == b'\'' || x == 0xE2) {
        let i = from + k;
        let rest = s.get(i..)?;
        if let Some(tail) = rest.strip_prefix('\'') {
            return Some((s.get(..i)?, tail));
        }
        if let Some(tail) = rest.strip_prefix('’') {
            return Some((s.get(..i)?, tail));
        }
        // Another char that starts with E2 (a dash, a bullet): on after it.
        from = i + 1;
    }
    None
}

/// `s.chars().nth(1).is_some()`: at least two chars (five bytes hold two, a char
/// being at most four; one byte, less).
#[inline]
fn two_chars(s: &str) -> bool {
    match s.len() {
        0 | 1 => false,
        // (An ASCII first byte is a char of its own.)
        2..=4 => s.as_bytes().first().is_some_and(u8::is_ascii) || s.chars().nth(1).is_some(),
        _ => true,
    }
}

/// Written in capitals (`UN`, `AFP`, `MOSCOU`).
fn is_caps(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase);
    }
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// `XIXe`, `IIIe`, `XXIst`: a Roman numeral with an ordinal ending.
fn is_roman_ordinal(s: &str) -> bool {
    // (Its second byte is a numeral or an ending's first byte — `e`, `è`/`é` (C3), `t`,
    // `s`, `n`, `r` —: most capitalized words, `Macron`, are told by it.)
    let b = s.as_bytes();
    let numeral =
        |c: Option<&u8>| matches!(c, Some(b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'));
    let ending = |c: Option<&u8>| matches!(c, Some(b'e' | b't' | b's' | b'n' | b'r' | 0xC3));
    if !numeral(b.first()) || !(numeral(b.get(1)) || ending(b.get(1))) {
        return false;
    }
    let digits = s.trim_end_matches(|c: char| c.is_lowercase());
    let suffix = &s[digits.len()..];
    !digits.is_empty()
        && matches!(
            suffix,
            "e" | "er" | "ère" | "ème" | "eme" | "è" | "th" | "st" | "nd" | "rd"
        )
        && digits
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// A capital after a lower-case letter inside a word (`JetBlue`, `PayPal`): a brand's
/// name by its shape (not `McCain`, `MacLeod`, `DeVos`: a surname's prefix).
fn camel_case(word: &str) -> bool {
    let b = word.as_bytes();
    // (The shape first: most words have no inner capital.)
    b.len() >= 4
        && b.windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        && !["Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "O"]
            .iter()
            .any(|p| word.starts_with(p) && b.get(p.len()).is_some_and(u8::is_ascii_uppercase))
}

/// A single capital letter (an initial: `J`).
fn is_initial(t: &Token) -> bool {
    let mut c = t.text.chars();
    matches!((c.next(), c.next()), (Some(x), None) if x.is_uppercase())
}

impl<'c, 'w, 'a> Scan<'c, 'w, 'a> {
    fn text(&self, start: usize, end: usize) -> &'a str {
        self.ctx.doc.slice(start, end)
    }

    /// Can token `i` be part of a name? A capitalized word (`Lavrov`, `AFP`, `G7`), or
    /// one with a lower-case particle before a hyphen (`el-Assad`, `al-Baghdadi`).
    fn is_name_tok(&mut self, i: usize) -> bool {
        match self.name_tok.get(i) {
            Some(&NAME) => true,
            Some(0) | None => self.name_tok_uncached(i) == NAME,
            Some(_) => false,
        }
    }

    /// Every token's [`Scan::is_name_tok`], in one pass (once `blocked` is final).
    fn name_toks(&mut self) {
        let toks = self.toks;
        let mut v = vec![NOT_NAME; toks.len()];
        for (i, t) in toks.iter().enumerate() {
            // (Most tokens, answered here: punctuation, numbers, and lower-case words
            // without a hyphen — a word of ASCII letters and digits only, `alnum`, holds
            // none; the others are searched, eight bytes at a time. A search of the whole
            // text for hyphens, then a token lookup per hyphen, cost more: measured.)
            let answer = if t.kind != TokenKind::Word {
                NOT_NAME
            } else if t
                .text
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_lowercase)
                && (t.alnum || !has_hyphen(t.text.as_bytes()))
            {
                continue;
            } else {
                self.name_tok_uncached(i)
            };
            if let Some(x) = v.get_mut(i) {
                *x = answer;
            }
        }
        self.name_tok = v;
    }

    /// [`NAME`], [`NOT_NAME`] or [`HYPHENATED`].
    fn name_tok_uncached(&mut self, i: usize) -> u8 {
        let Some(t) = self.toks.get(i) else {
            return NOT_NAME;
        };
        if t.kind != TokenKind::Word || self.blocked[i] {
            return NOT_NAME;
        }
        let cap = match t.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => t.is_capitalized(),
        };
        if !cap {
            if !has_hyphen(t.text.as_bytes()) {
                return NOT_NAME;
            }
            match split_hyphen(t.text) {
                Some((p, rest))
                    if rest.starts_with(char::is_uppercase)
                        && self.w.listed(lower_into(&mut self.low, p), L::Connector) => {}
                _ => return HYPHENATED,
            }
        }
        // Centuries in Roman numerals are no names ("XIXe siècle"); "Le" and "De" are
        // articles and particles ("Yanis Le Goff"), not the 50th and the 500th.
        if cap
            && is_roman_ordinal(t.text)
            && !self.w.is(i, L::Article)
            && !self.w.is(i, L::Connector)
        {
            return NOT_NAME;
        }
        // "I've", "I'm", "We'll": a function word with a short lower-case contraction.
        // (`alnum`: no apostrophe to look for.)
        if cap && !t.alnum {
            if let Some((head, tail)) = split_apostrophe(t.text) {
                if !head.is_empty()
                    && (1..=2).contains(&tail.len())
                    && tail.bytes().all(|b| b.is_ascii_lowercase())
                    && self.w.listed(lower_into(&mut self.low, head), L::Stop)
                {
                    return NOT_NAME;
                }
            }
        }
        // Months and weekdays are never names ("Mars", "Monday"), except as the surname
        // right after a given name ("Theresa May").
        if cap && t.text.len() <= 12 && self.w.is(i, L::MonthDay) {
            let surname = i > 0
                && self.toks[i - 1].kind == TokenKind::Word
                && self.toks[i - 1].is_capitalized()
                && !self.w.is(i - 1, L::MonthDay)
                && self.is_given(i - 1);
            return if surname { NAME } else { NOT_NAME };
        }
        NAME
    }

    fn push(&mut self, c: Cand) -> usize {
        self.out.push(c);
        self.out.len() - 1
    }

    fn cand(&self, t0: usize, t1: usize) -> Cand {
        let start = self.toks.get(t0).map_or(0, |t| t.start);
        let end = self.toks.get(t1.saturating_sub(1)).map_or(start, |t| t.end);
        Cand::new(start, end, t0, t1, self.sentence)
    }

    /// The place dateline (`MOSCOU (AFP) -`): a place and an agency.
    fn dateline(&mut self) {
        let Some(p) = self.ctx.layout.info.place.as_ref() else {
            return;
        };
        // "SOCCER - JAPAN GET LUCKY WIN": a shouted headline's topic before a dash is no
        // place dateline unless a gazetteer knows it or an agency follows.
        let after = self.ctx.doc.token_at(p.end);
        let para_end = self
            .ctx
            .doc
            .paragraphs
            .iter()
            .find(|q| q.start <= p.start && p.start < q.end)
            .map_or(after, |q| self.ctx.doc.token_at(q.end));
        let shouted = after < para_end && self.is_shouting(after, para_end.min(self.toks.len()));
        let t0 = self.ctx.doc.token_at(p.place.start);
        let mut t1 = t0;
        while self.toks.get(t1).is_some_and(|t| t.end <= p.place.end) {
            t1 += 1;
        }
        self.shouting = true;
        let known = self.lookup_span(t0, t1).is_some();
        self.shouting = false;
        if shouted && p.agency.is_none() && !known {
            return;
        }
        let spans = [
            (Some(&p.place), EntityType::LOC),
            (p.agency.as_ref(), EntityType::ORG),
        ];
        for (span, kind) in spans {
            let Some(span) = span else { continue };
            let t0 = self.ctx.doc.token_at(span.start);
            let mut t1 = t0;
            while self.toks.get(t1).is_some_and(|t| t.end <= span.end) {
                t1 += 1;
            }
            if t1 == t0 || self.blocked[t0..t1].iter().any(|b| *b) {
                continue;
            }
            let mut c = self.cand(t0, t1);
            self.shouting = true; // datelines are in capitals: no acronym filter
            match self.lookup_span(t0, t1) {
                Some(k) => c.set_known(k),
                None => {
                    c.kind = Some(kind);
                    c.strength = LISTED;
                }
            }
            self.shouting = false;
            self.push(c);
            self.blocked[t0..t1].iter_mut().for_each(|b| *b = true);
        }
    }

    /// Is the sentence `[a, b)` a results table ("Lotte 6 Hyundai 2"): numbers, and few
    /// lower-case words? (Once per sentence.)
    fn is_table(&mut self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        *self
            .table
            .get_or_insert_with(|| numbers_table(toks.get(a..b).unwrap_or(&[])))
    }

    /// Mostly upper-case words: a shouted headline or a dateline.
    fn is_shouting(&self, a: usize, b: usize) -> bool {
        let (mut caps, mut words) = (0, 0);
        let toks = self.toks.get(a..b).unwrap_or(&[]);
        for (k, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            // (A word that starts with an ASCII lower-case letter is in no capitals, and
            // has two chars when it has two bytes.)
            let lower = t
                .text
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_lowercase);
            if !(if lower {
                t.text.len() >= 2
            } else {
                two_chars(t.text)
            }) {
                continue;
            }
            words += 1;
            if !lower && t.all_caps() {
                // (The test below is asked at the other words only: what it weighs
                // never grows from token to token, so a loss it misses here is seen at
                // the next word, or by the final test: the same answer.)
                caps += 1;
                continue;
            }
            // Already lost: even if every token left were a word in capitals.
            let most_caps = caps + (toks.len() - k - 1);
            if most_caps * 3 < (words - caps) * 7 {
                return false;
            }
        }
        words >= 2 && caps * 10 >= words * 7
    }

    /// A headline in title case ("Western Allies Weigh Response As Houthis Strike
    /// Again", « Les Houthis Frappent Un Pétrolier »): four words or more, nearly all
    /// capitalized, with a capitalized function word inside.
    fn is_title_case_headline(&mut self, a: usize, b: usize) -> bool {
        let Some(h) = self.ctx.layout.info.headline.as_ref() else {
            return false;
        };
        let toks = self.toks.get(a..b).unwrap_or(&[]);
        if toks
            .first()
            .is_none_or(|t| t.start < h.start || t.end > h.end)
        {
            return false;
        }
        let (mut words, mut caps, mut function) = (0, 0, false);
        for (k, t) in toks.iter().enumerate() {
            if t.kind == TokenKind::Word && two_chars(t.text) {
                words += 1;
                if t.is_capitalized() {
                    caps += 1;
                    function |= k > 0 && self.w.is(a + k, L::Stop);
                }
            }
        }
        function && words >= 4 && caps * 10 >= words * 8
    }

    /// In an all-caps sentence, only what the gazetteers know (or a given name and the
    /// word after it) is taken; a paragraph's opening all-caps words before a comma, a
    /// number or a dash are a place dateline (`LONDON 1996-08-30`).
    fn shouting_sentence(&mut self, a: usize, b: usize) {
        let para_start = self.paragraph_start();
        let mut i = a;
        while i < b {
            if !self.is_name_tok(i) {
                i += 1;
                continue;
            }
            let mut found = None;
            for n in (1..=3).rev() {
                if i + n > b
                    || (i..i + n).any(|k| !self.is_name_tok(k) && !self.w.is(k, L::Connector))
                {
                    continue;
                }
                if let Some(k) = self.lookup_span(i, i + n) {
                    found = Some((n, k.kind, Some(k), LISTED));
                    break;
                }
                if n == 2 && self.w.given_tok(i) && self.w.surname_tok(i + 1) {
                    found = Some((2, EntityType::PER, None, KEYWORD));
                    break;
                }
            }
            if found.is_none() && para_start && i == a {
                // Dateline: the opening upper-case words up to a comma, number or dash.
                let mut j = i;
                while j < b && j < i + 4 && self.is_name_tok(j) {
                    j += 1;
                }
                let next = self.toks.get(j);
                // (Not a dash: "SOCCER - JAPAN WIN" is a headline's topic.)
                if j < b
                    && next.is_some_and(|t| {
                        t.is_punct(",") || t.kind == TokenKind::Number || t.is_punct("(")
                    })
                {
                    found = Some((j - i, EntityType::LOC, None, CONTEXT));
                }
            }
            match found {
                Some((n, kind, known, strength)) => {
                    let mut c = self.cand(i, i + n);
                    c.kind = Some(kind);
                    c.strength = strength;
                    if let Some(k) = known {
                        c.set_known(k);
                    }
                    self.push(c);
                    i += n;
                }
                None => i += 1,
            }
        }
    }

    /// Does the current sentence open a body paragraph (where a place dateline sits)?
    fn paragraph_start(&self) -> bool {
        let doc = self.ctx.doc;
        let Some(p) = doc.sentences.get(self.sentence).map(|s| s.paragraph) else {
            return false;
        };
        let headline = self.ctx.layout.info.headline.as_ref();
        doc.paragraphs.get(p).is_some_and(|para| {
            para.sentences.0 == self.sentence && headline.is_none_or(|h| h.start != para.start)
        })
    }

    /// `LONDON 1996-08-30`, `NICE, France`: all-caps words opening a body paragraph,
    /// before a comma, a number, a dash or a bracket.
    fn dateline_run(&self, s: usize, e: usize) -> bool {
        let a = self
            .ctx
            .doc
            .sentences
            .get(self.sentence)
            .map_or(0, |x| x.tokens.0);
        s == a
            && self.toks.get(e).is_some_and(|t| {
                t.is_punct(",")
                    || t.kind == TokenKind::Number
                    || t.is_punct("(")
                    || t.is_punct("-")
                    || t.text == "—"
            })
            && self.paragraph_start()
            && self.toks[s..e]
                .iter()
                .all(|t| t.all_caps() || t.kind != TokenKind::Word)
    }

    /// Is token `i` where a clause starts (so its capital says little)? The sentence's
    /// first word, or the first after an opening quote, a colon or a dash.
    fn clause_start(&self, i: usize, a: usize) -> bool {
        let mut k = i;
        while k > a {
            let p = &self.toks[k - 1];
            match p.kind {
                TokenKind::Quote(_) => return true,
                TokenKind::Punct
                    if matches!(
                        p.text,
                        ":" | "—" | "–" | "-" | "(" | "•" | "*" | "…" | "..." | "." | "!" | "?"
                    ) =>
                {
                    return true
                }
                TokenKind::Punct | TokenKind::Symbol
                    if matches!(p.text, "«" | "“" | "\"" | "[" | "`" | "``" | "'" | "‘") =>
                {
                    return true
                }
                TokenKind::Punct | TokenKind::Symbol | TokenKind::Number if k - 1 == a => {
                    k -= 1;
                    continue;
                }
                _ => return false,
            }
        }
        true
    }

    /// "34th Street", "Fifth Avenue"'s numbered kin: a street word alone after an
    /// ordinal written in digits takes the ordinal into its name (a number token that
    /// ends in letters, right before it in the same sentence).
    fn ordinal_streets(&mut self) {
        for i in 0..self.out.len() {
            let c = &self.out[i];
            let t0 = c.t0;
            if c.t1 != t0 + 1 || t0 == 0 || self.blocked.get(t0 - 1).copied().unwrap_or(true) {
                continue;
            }
            let prev = &self.toks[t0 - 1];
            let ordinal = prev.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && prev
                    .text
                    .as_bytes()
                    .last()
                    .is_some_and(u8::is_ascii_alphabetic)
                && prev.text.len() <= 6;
            if ordinal && self.w.is(t0, L::LocSuffix) {
                let start = prev.start;
                let c = &mut self.out[i];
                c.t0 = t0 - 1;
                c.start = start;
                // (whatever the street word alone was taken for, the whole is a place)
                c.kind = Some(EntityType::LOC);
                c.strength = KEYWORD;
            }
        }
    }

    /// Names the lists know with a number after them (`France 2`, `France 24`, `Canal
    /// 9`): the run and the number are one name.
    fn numbered_names(&mut self) {
        let mut key = String::with_capacity(64);
        for i in 0..self.out.len() {
            let Some(c) = self.out.get(i) else { break };
            let (t1, s0) = (c.t1, c.start);
            let Some(n) = self.toks.get(t1) else { continue };
            if c.end <= c.start || n.kind != TokenKind::Number || !n.space_before {
                continue;
            }
            if self.blocked.get(t1).copied().unwrap_or(true) || n.text.len() > 3 {
                continue;
            }
            let end = n.end;
            key.clear();
            fold_into(self.text(s0, end), &mut key);
            if let Some(k) = self.w.gaz(&key, false) {
                if let Some(c) = self.out.get_mut(i) {
                    c.t1 = t1 + 1;
                    c.end = end;
                    c.set_known(k);
                }
            }
        }
    }

    /// A name after a preposition fused with an article (`au Parisien`, `du Monde`,
    /// `au Mans`) that the lists know only with that article (`Le Parisien`): it takes
    /// what they know (a newspaper is an organization, not an inhabitants' noun).
    fn fused_articles(&mut self) {
        let fused = self.lex.fused_articles;
        if fused.is_empty() {
            return;
        }
        let mut key = String::with_capacity(64);
        for i in 0..self.out.len() {
            let Some(c) = self.out.get(i) else { break };
            let (t0, t1) = (c.t0, c.t1);
            if t1 <= t0 || t0 == 0 || c.end <= c.start || c.strength >= LISTED {
                continue;
            }
            let prev = self.ctx.doc.lower(t0 - 1);
            let Some((_, article)) = fused.iter().find(|(p, _)| *p == prev) else {
                continue;
            };
            let (s0, s1) = (c.start, c.end);
            key.clear();
            key.push_str(article);
            key.push(' ');
            fold_into(self.text(s0, s1), &mut key);
            if let Some(k) = self.w.gaz(&key, false) {
                if let Some(c) = self.out.get_mut(i) {
                    c.set_known(k);
                }
            }
        }
    }

    /// Products named by their model (`Airbus A350`, `Boeing 787`, `le 737 MAX`, `the
    /// F-16`): one MISC name, the brand alone staying an organization. A brand is a
    /// name the lists know as an organization (or, before a designation, any name
    /// they do not know as a place or person); a model, a designation
    /// ([`model_code`]) or a number after it, with a capitalized word right after a
    /// number (`737 MAX`, `787 Dreamliner`). Not in a table of results, where a name
    /// and a number are a team and its score.
    fn products(&mut self) {
        let mut tables: Option<(usize, bool)> = None;
        for i in 0..self.out.len() {
            let Some(c) = self.out.get(i) else { break };
            let (t0, t1) = (c.t0, c.t1);
            if t1 <= t0 || c.end <= c.start {
                continue;
            }
            // (a table of results is names and scores: "Samsung 10 Haitai 3"; asked
            // once per sentence, and only of sentences with a number beside a name)
            let si = c.sentence;
            let beside_number = [t0.wrapping_sub(1), t1, t0 + 1].iter().any(|&k| {
                self.toks
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            });
            if beside_number {
                let table = match tables {
                    Some((s, t)) if s == si => t,
                    _ => {
                        let sentence = self.ctx.doc.sentences.get(si).map(|x| x.tokens);
                        let t = sentence.is_some_and(|(a, b)| {
                            numbers_table(self.toks.get(a..b).unwrap_or(&[]))
                        });
                        tables = Some((si, t));
                        t
                    }
                };
                if table {
                    continue;
                }
            }
            let code = |s: &Self, k: usize| s.toks.get(k).is_some_and(|t| model_code(t.text));
            let brand = |s: &mut Self| {
                s.lookup_span(t0, t0 + 1)
                    .is_some_and(|k| k.kind == EntityType::ORG)
            };
            // "Airbus A350", "Alpine A110": a name and a designation in one run (the
            // name no list knows as a person or a place)
            let known_not_brand = |s: &mut Self| {
                s.lookup_span(t0, t0 + 1)
                    .is_some_and(|k| k.kind != EntityType::ORG)
            };
            if t1 == t0 + 2 && code(self, t0 + 1) && !known_not_brand(self) {
                self.set_product(i, t0, t1);
                continue;
            }
            // "Boeing 787 (Dreamliner|MAX)": a number after the brand, and a
            // capitalized word right after it
            if t1 == t0 + 1 && self.toks.get(t1).is_some_and(model_number) && brand(self) {
                let end = self.model_tail(i, t1 + 1);
                self.set_product(i, t0, end);
                continue;
            }
            // "l'A350", "the F-16": a designation alone
            if t1 == t0 + 1 && code(self, t0) {
                self.set_product(i, t0, t1);
                continue;
            }
            // "le 737 MAX", "the 787 Dreamliner": a number after an article, then a
            // name no list knows
            if t1 == t0 + 1
                && t0 >= 2
                && self
                    .toks
                    .get(t0 - 1)
                    .is_some_and(|t| model_number(t) && t.text.len() >= 3)
                && self.w.is(t0 - 2, L::Article)
                && !self.w.is(t0, L::Demonym)
                && self.out.get(i).is_some_and(|c| c.kind.is_none())
                && self
                    .toks
                    .get(t0)
                    .is_some_and(|t| t.space_before && t.text.chars().nth(1).is_some())
            {
                self.set_product(i, t0 - 1, t1);
            }
        }
    }

    /// After a model number ending at token `k`: the capitalized word right after it
    /// (`MAX`, `Dreamliner`), when it is the one-word candidate following candidate
    /// `i`, taken in (that candidate dropped); then a short variant number (`MAX 8`).
    /// Returns the product's end token.
    fn model_tail(&mut self, i: usize, k: usize) -> usize {
        let Some(next) = self.out.get(i + 1) else {
            return k;
        };
        if next.t0 != k || next.t1 != k + 1 || next.kind.is_some() {
            return k;
        }
        if let Some(n) = self.out.get_mut(i + 1) {
            n.t1 = n.t0; // dropped: part of the product
            n.end = n.start;
            n.kind = None;
            n.strength = 0;
        }
        let variant = self
            .toks
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before && t.text.len() <= 2);
        if variant {
            k + 2
        } else {
            k + 1
        }
    }

    fn set_product(&mut self, i: usize, t0: usize, t1: usize) {
        let (Some(a), Some(b)) = (self.toks.get(t0), self.toks.get(t1.saturating_sub(1))) else {
            return;
        };
        let (start, end) = (a.start, b.end);
        if let Some(c) = self.out.get_mut(i) {
            c.t0 = t0;
            c.t1 = t1;
            c.start = start;
            c.end = end;
            c.kind = Some(EntityType::MISC);
            c.strength = KEYWORD;
            c.group = None;
            c.major = false;
        }
    }

    fn sentence_runs(&mut self, a: usize, b: usize) {
        let mut i = a;
        while i < b {
            // (Straight to the next token that is not plainly no name: most are not.)
            if let Some(k) = self
                .name_tok
                .get(i..b)
                .and_then(|v| v.iter().position(|&x| x != NOT_NAME))
            {
                i += k;
            } else if self.name_tok.len() >= b {
                return;
            }
            if !self.is_name_tok(i) {
                // (Only a hyphenated lower-case word can hold a name there.)
                if self.name_tok.get(i) == Some(&HYPHENATED) {
                    self.lone_word(i, a);
                }
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i + 1;
            while j < b && j - start < MAX_RUN {
                if self.is_name_tok(j) {
                    j += 1;
                    continue;
                }
                // "J. Smith", "M. Dupont", "Sen. McCain": a dot after an initial or an
                // honorific, inside the name.
                let prev = &self.toks[j - 1];
                // (not a function word opening the next sentence: "a-t-il écrit sur X.
                // Pour la candidate …")
                if self.toks[j].is_punct(".")
                    && !self.toks[j].space_before
                    && j + 1 < b
                    && self.is_name_tok(j + 1)
                    && (!self.w.is(j + 1, L::Stop) || self.w.is(j + 1, L::Connector))
                    && (is_initial(prev)
                        || self.w.is(j - 1, L::Honorific)
                        || self.w.is(j - 1, L::Title)
                        // "Providence St. Vincent Medical Center", "Mt. Hood"
                        || prev.text.len() == 2 && self.w.is(j - 1, L::LocHead))
                {
                    j += 2;
                    continue;
                }
                // Connectors: "Banque de France", "Bank of the West", "Conseil d'État".
                let mut k = j;
                while k < b
                    && k < j + 2
                    && self.w.is(k, L::Connector)
                    && !self.toks[k].is_capitalized()
                {
                    k += 1;
                }
                // (not to a nationality adjective before a lower-case noun: "a fee with
                // Porto for Brazilian winger X")
                // (nor from a party's or union's acronym alone to a place: "député LR de
                // l'Yonne", "sénateur PS du Finistère" are the party and the place)
                if k > j
                    && k < b
                    && self.is_name_tok(k)
                    && !self.toks[j].is_punct("&")
                    && !(j == start + 1
                        && prev.all_caps()
                        && self
                            .lookup_span(start, j)
                            .is_some_and(|kn| kn.kind == EntityType::ORG)
                        && self
                            .lookup_span(k, k + 1)
                            .is_some_and(|kn| kn.kind == EntityType::LOC))
                    // (not to a nationality adjective before a lower-case noun, in a
                    // language that capitalizes them: "with Porto for Brazilian winger X")
                    && !(!self.lex.lowercase_tail
                        && self.toks.get(k + 1).is_some_and(|t| {
                            t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase)
                        })
                        && self.w.is(k, L::Demonym))
                {
                    j = k + 1;
                    continue;
                }
                if self.toks[j].text == "&" && j + 1 < b && self.is_name_tok(j + 1) {
                    j += 2;
                    continue;
                }
                // "O' Leary", "D' Alema": an Irish or Italian particle written with a space
                // after its apostrophe, inside the surname.
                if matches!(self.toks[j].text, "'" | "’")
                    && !self.toks[j].space_before
                    && matches!(prev.text, "O" | "D")
                    && j + 1 < b
                    && self.is_name_tok(j + 1)
                {
                    j += 2;
                    continue;
                }
                // "UN Children's Fund", "People's Party", "Mother's Day": a possessive
                // inside a name whose next word is an organization's or event's last word.
                // (Not after a person's name: "Ivan Lendl's Grand Slam".)
                if let Some(n) = self.possessive_len(j).filter(|_| !self.is_given(start)) {
                    let k = j + n;
                    if k < b
                        && self.is_name_tok(k)
                        && (self.w.is(k, L::OrgSuffix) || self.w.is(k, L::MiscSuffix))
                    {
                        j = k + 1;
                        continue;
                    }
                }
                if let Some(k) = self.org_conjunction(start, j, b) {
                    j = k;
                    continue;
                }
                break;
            }
            // "Maine et Loire": a place the lists know hyphenated ("Maine-et-Loire").
            if let Some(e) = self.spaced_place(start, j, b) {
                i = e;
                continue;
            }
            i = self.run(start, j, a, b);
        }
    }

    /// Where a name run `[start, j)` goes on over the comma or conjunction at `j`, when
    /// they are inside an organization's name: after an organization's head and a
    /// preposition (`Department for Environment, Food and Rural Affairs`, `Ministère de
    /// l'Europe et des Affaires étrangères`), or before words ending with an
    /// organization's last word, after an article (`the Test and County Cricket Board`). Never over a word the
    /// lists know as a place, an organization or a given name (`the Ministry of
    /// Defence and Britain`), nor after a person's name (`Blair and Labour Party`).
    fn org_conjunction(&mut self, start: usize, j: usize, b: usize) -> Option<usize> {
        let comma = self.toks.get(j)?.is_punct(",");
        let conj = |s: &mut Self, k: usize| {
            s.w.is(k, L::Conjunction) && !s.toks.get(k).is_some_and(|t| t.is_capitalized())
        };
        if !comma && !conj(self, j) {
            return None;
        }
        // Words that are names of their own: the run must not swallow them.
        // (An acronym is one: "Conseil de l'Europe et de l'OSCE".)
        let own_name = |s: &mut Self, k: usize| {
            s.toks[k].all_caps()
                || s.is_given(k)
                || s.lookup_span(k, k + 1).is_some_and(|kn| {
                    kn.kind == EntityType::ORG
                        || kn.kind == EntityType::PER
                        || (kn.kind == EntityType::LOC && kn.major)
                })
        };
        // A word that starts a name of its own: "Banque de France et Coupe de France".
        let new_head = |s: &mut Self, k: usize| {
            s.w.is(k, L::OrgHead)
                || s.w.is(k, L::MiscHead)
                || s.w.is(k, L::LocHead)
                || s.w.is(k, L::Title)
                || s.w.is(k, L::Honorific)
        };
        // ("The Department for …" at a sentence start: the article is no part of it.)
        let h = if self.w.is(start, L::Article) {
            start + 1
        } else {
            start
        };
        let head = self.w.is(h, L::OrgHead)
            && (h + 1..j).any(|p| self.w.is(p, L::Connector) && !self.toks[p].is_capitalized());
        if comma {
            if !head || !self.is_name_tok(j + 1) {
                return None;
            }
            // A list that ends with the conjunction: ", Food and Rural Affairs".
            let mut k = j + 1;
            while k < b && k < j + 10 && (self.is_name_tok(k) || self.toks[k].is_punct(",")) {
                if self.is_name_tok(k)
                    && (own_name(self, k) || (self.toks[k - 1].is_punct(",") && new_head(self, k)))
                {
                    return None;
                }
                k += 1;
            }
            return (k < b && conj(self, k)).then_some(j + 1);
        }
        let mut n = j + 1;
        while n < b && n < j + 3 && self.w.is(n, L::Connector) && !self.toks[n].is_capitalized() {
            n += 1;
        }
        if n >= b || !self.is_name_tok(n) || new_head(self, n) {
            return None;
        }
        let mut m = n;
        let mut own = false;
        while m < b && m < n + 6 && self.is_name_tok(m) {
            own |= own_name(self, m);
            m += 1;
        }
        // A name the lists know whole: "Securities and Exchange Commission", "Bosnia and
        // Herzegovina".
        if m - h <= 6 && self.lookup_span(h, m).is_some() {
            return Some(n);
        }
        if own {
            return None;
        }
        if head {
            return Some(n);
        }
        let prev = j.checked_sub(1)?;
        let ends_as_org = n == j + 1 && m - n >= 2 && self.w.is(m - 1, L::OrgSuffix);
        // ("Shanghai Airlines and Xiamen Airlines", "Kansai Electric Power and Kansai
        // Airport": two names, each whole; one name has its article: "the Test and
        // County Cricket Board".)
        let article = self.w.is(start, L::Article) || start > 0 && self.w.is(start - 1, L::Article);
        (ends_as_org
            && article
            && !self.w.is(prev, L::OrgSuffix)
            && !own_name(self, prev)
            && !self.is_surname(prev))
        .then_some(n)
    }

    /// A lower-case token that holds a name: a hyphenated compound (`anti-Trump`) or a
    /// glued agency (`Syrie.AFPa`).
    fn lone_word(&mut self, i: usize, _a: usize) {
        let Some(t) = self.toks.get(i).copied() else {
            return;
        };
        if t.kind != TokenKind::Word || self.blocked[i] {
            return;
        }
        if let Some((p, rest)) = split_hyphen(t.text) {
            if p.chars().all(char::is_lowercase)
                && p.chars().count() <= 5
                && rest.starts_with(char::is_uppercase)
                && !rest.contains('-')
                && !self.w.listed(lower_into(&mut self.low, p), L::Connector)
            {
                let mut c = self.cand(i, i + 1);
                c.start = t.start + p.len() + 1;
                // Kept only when a list or the rest of the text confirms the name.
                c.initial = true;
                let folded = fold_str(&mut self.fold, rest);
                if let Some(k) = self.w.gaz(folded, is_caps(rest)) {
                    c.set_known(k);
                } else {
                    c.kind = Some(EntityType::PER);
                }
                self.push(c);
            }
        }
    }

    /// Glued agency: `AFPa` right after `Syrie.` — the upper-case prefix is a known
    /// organization, the lower-case rest a short word stuck to it.
    fn glued(&mut self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).copied() else {
            return false;
        };
        if t.space_before || i == 0 {
            return false;
        }
        let upper = t
            .text
            .find(|c: char| !c.is_uppercase())
            .unwrap_or(t.text.len());
        let rest = &t.text[upper..];
        if upper < 2 || rest.is_empty() || rest.len() > 4 || !rest.chars().all(char::is_lowercase) {
            return false;
        }
        let folded = fold_str(&mut self.fold, &t.text[..upper]);
        match self.w.gaz(folded, true) {
            Some(k) if k.kind == EntityType::ORG => {
                let mut c = self.cand(i, i + 1);
                c.end = t.start + upper;
                c.set_known(k);
                self.push(c);
                true
            }
            _ => false,
        }
    }

    /// What the gazetteers know of tokens `[t0, t1)`. A function word is no name,
    /// whatever town bears it (`Un`, `Il`); an acronym (one all-caps word in running
    /// text) is only taken as a place when it is a country or a linked city: small
    /// towns' names are not acronyms (`OSCE`).
    fn lookup_span(&mut self, t0: usize, t1: usize) -> Option<gazetteer::Known> {
        // The same span is often asked again right away (before and after trimming).
        if let Some((q0, q1, shouting, k)) = self.last {
            if (q0, q1, shouting) == (t0, t1, self.shouting) {
                return k;
            }
        }
        let k = self.lookup_span_uncached(t0, t1);
        self.last = Some((t0, t1, self.shouting, k));
        k
    }

    fn lookup_span_uncached(&mut self, t0: usize, t1: usize) -> Option<gazetteer::Known> {
        if t1 <= t0 {
            return None;
        }
        let single = t1 == t0 + 1;
        // ("US" in running text is the country, not the pronoun.)
        const FUNCTION: u64 = mask(&[L::NotName, L::Article, L::Connector, L::Stop]);
        if single && self.w.any(t0, FUNCTION) && (self.shouting || !self.toks[t0].all_caps()) {
            return None;
        }
        let (s0, s1) = (self.toks[t0].start, self.toks[t1 - 1].end);
        let span_text = self.text(s0, s1);
        // (Whether it is in capitals is asked only when a list holds the name; a single
        // token's answer is remembered when none does.)
        let k = if single {
            self.w.gaz_tok(t0, || is_caps(span_text))?
        } else {
            // (The run's fold is often there already, made by `known_with_lower_tail`.)
            let folded = match self.run_fold {
                Some((a, b, len)) if (a, b) == (t0, t1) => self.tail_fold.get(..len).unwrap_or(""),
                _ => fold_str(&mut self.fold, span_text),
            };
            self.w.gaz_lazy(folded, || is_caps(span_text))?
        };
        if single
            && !self.shouting
            && k.kind == EntityType::LOC
            && !k.major
            && k.group.is_none()
            && is_caps(span_text)
        {
            return None;
        }
        Some(k)
    }

    /// Can the capitalized word `i` start a name with a preposition after it: a given
    /// name (`Jean de La Fontaine`), a known name, or an organization, event or place
    /// head (`Banque`, `Coupe`, `Place`)?
    fn heads_a_name(&mut self, i: usize) -> bool {
        const HEADS: u64 = mask(&[L::OrgHead, L::MiscHead, L::Title, L::Honorific]);
        const PLACE_HEADS: u64 = mask(&[
            L::LocHead,
            L::LowerLocHead,
            L::LowerPlaceHead,
            L::LowerOrgHead,
        ]);
        if self.is_given(i) || self.w.any(i, HEADS) || self.lookup_span(i, i + 1).is_some() {
            return true;
        }
        // an acronym heads its institution's name (`CHU de Nîmes`, `IUT de Lannion`)
        if !self.shouting
            && self
                .toks
                .get(i)
                .is_some_and(|t| t.text.len() >= 2 && t.all_caps())
        {
            return true;
        }
        self.w.any(i, PLACE_HEADS) || self.w.surname_tok(i)
    }

    /// Is token `i` a given name? (Not an article or a particle that the list also holds:
    /// the `Le` of `Yanis Le Goff`, the `de` of `Aravinda de Silva`.)
    fn is_given(&mut self, i: usize) -> bool {
        match self.toks.get(i) {
            Some(t) if char_len(t) >= 2 => {
                !self.w.is(i, L::Article) && !self.w.is(i, L::Connector) && self.w.given_tok(i)
            }
            _ => false,
        }
    }

    fn is_surname(&mut self, i: usize) -> bool {
        match self.toks.get(i) {
            Some(t) if char_len(t) >= 2 => self.w.surname_tok(i),
            _ => false,
        }
    }

    /// Is token `i` part of a title stretch (`US President`, `Secretary of State`)?
    fn title_part(&mut self, i: usize) -> (bool, bool) {
        let Some(t) = self.toks.get(i) else {
            return (false, false);
        };
        if t.is_punct(".") {
            return (true, false);
        }
        if self.w.is(i, L::Title) {
            return (true, true);
        }
        // "Major-General", "Vice-Premier": every part a title word or a modifier.
        if !t.alnum && has_hyphen(t.text.as_bytes()) {
            let w = &*self.w;
            let l = lower_into(&mut self.low, t.text);
            let parts = || l.split('-');
            if parts().any(|p| w.listed(p, L::Title))
                && parts().all(|p| w.listed(p, L::Title) || w.listed(p, L::Modifier))
            {
                return (true, true);
            }
        }
        const PART: u64 = mask(&[L::Modifier, L::Portfolio, L::Connector, L::Demonym]);
        (self.w.any(i, PART), false)
    }

    /// How many of the (up to 3) lower-case words after the run `[s, e)` make, with it,
    /// a name the gazetteers know (the most that do; 0 if none). Asked after every run,
    /// so done with one folding: a shorter span's folded text is a prefix of the longer's.
    fn known_with_lower_tail(&mut self, s: usize, e: usize, b: usize) -> usize {
        // An article alone is no name's start: "La défense plaide…" is the defence, not
        // La Défense (a name keeps its capitals: "La Défense").
        if e == s + 1 && self.w.is(s, L::Article) {
            return 0;
        }
        let mut m = 0;
        while m < 3
            && e + m < b
            && self.toks.get(e + m).is_some_and(|t| {
                t.kind == TokenKind::Word && !t.is_capitalized() && !self.blocked[e + m]
            })
        {
            m += 1;
        }
        if m == 0 {
            return 0;
        }
        let (Some(first), Some(last)) = (self.toks.get(s), self.toks.get(e - 1)) else {
            return 0;
        };
        let (start, mut end) = (first.start, last.end);
        let first_alnum = first.alnum;
        self.run_fold = None;
        self.tail_fold.clear();
        let mut ends = [(0usize, 0usize); 3];
        // Nearly all of these lookups miss: a key of n words after the run must start
        // with the run and its first n - 1 words, each with the separator after it. The
        // run and the char after it are folded first — mostly, no key starts so — and
        // the words after it only when one may.
        let run_text = self.text(start, end);
        if e == s + 1 && (first_alnum || run_text.is_ascii()) {
            // (A one-word ASCII run, most: its fold is the token's lower case, made when
            // the text was parsed, `Document::lower`.)
            self.tail_fold.push_str(self.ctx.doc.lower(s));
        } else {
            fold_into(run_text, &mut self.tail_fold);
        }
        let run_len = self.tail_fold.len();
        self.run_fold = Some((s, e, run_len));
        let after = self.ctx.doc.text.get(end..).and_then(|r| r.chars().next());
        if let Some(c) = after {
            if c.is_ascii() {
                self.tail_fold.push(c.to_ascii_lowercase());
            } else {
                fold_into(c.encode_utf8(&mut [0; 4]), &mut self.tail_fold);
            }
            if !gazetteer::may_extend(&self.tail_fold, run_len) {
                return 0;
            }
            self.tail_fold.truncate(run_len);
        }
        for (k, slot) in ends.iter_mut().enumerate().take(m) {
            let t_end = self.toks[e + k].end;
            fold_into(self.text(end, t_end), &mut self.tail_fold);
            end = t_end;
            *slot = (end, self.tail_fold.len());
        }
        let m = (1..m)
            .find(|&k| !gazetteer::may_extend(&self.tail_fold, ends[k - 1].1))
            .unwrap_or(m);
        for n in (1..=m).rev() {
            let (span_end, folded_len) = ends[n - 1];
            let caps = is_caps(self.text(start, span_end));
            let folded = self.tail_fold.get(..folded_len).unwrap_or("");
            // (Spans of several words: none of `lookup_span`'s single-word checks.)
            if gazetteer::lookup(folded, caps).is_some() {
                return n;
            }
        }
        0
    }

    /// Trims a run `[s, e)` and pushes its candidate(s). Returns where scanning resumes.
    fn run(&mut self, s: usize, mut e: usize, a: usize, b: usize) -> usize {
        let lex = self.lex;
        if e - s == 1 && self.glued(s) {
            return e;
        }
        let start = s;
        let mut s = s;
        // A second name after this one, in the same run (scanned after it).
        let mut tail: Option<(usize, usize)> = None;
        if self.dateline_run(s, e) {
            let mut c = self.cand(s, e);
            match self.lookup_span(s, e) {
                Some(k) => c.set_known(k),
                None => {
                    c.kind = Some(EntityType::LOC);
                    c.strength = KEYWORD;
                }
            }
            self.push(c);
            return e;
        }
        // A known name that goes on in lower case: "Cour des comptes", "La France
        // insoumise", "Seconde Guerre mondiale".
        let full = e;
        e += self.known_with_lower_tail(s, e, b);
        let mut initial = self.clause_start(s, a);
        // "le parquet national financier (PNF)": an acronym in brackets that spells the
        // lower-case words before it names an institution, whatever its capital says
        if initial && e == s + 1 && self.spells_words_before(s, a) {
            initial = false;
        }
        let mut forced: Option<EntityType> = None;
        // (after an honorific: "Mme Léon" is a person even where a town is so named)
        let mut honored = false;
        let mut role: Option<(usize, usize)> = None;
        // A name the gazetteers know whole (with its article: "Les Républicains").
        let mut known = self.lookup_span(s, e);
        if known.is_none() {
            // « Les Oiseaux de passage », "The Long Road Home": a quoted name that starts
            // with a capitalized article is a title (of a work, a show: MISC), the
            // article and the lower-case words up to the closing quote included.
            if let Some(q) = self.quoted_title(s, e, b) {
                let mut c = self.cand(s, q);
                c.kind = Some(EntityType::MISC);
                c.strength = KEYWORD;
                self.push(c);
                return q;
            }
            // Articles and function words at the start: "La Russie", "Outre Lavrov".
            for _ in 0..3 {
                // "A. Fraser": an initial, not the article.
                let initial_dot = self
                    .toks
                    .get(s + 1)
                    .is_some_and(|t| t.is_punct(".") && !t.space_before);
                // ("US" in capitals is the country, not the pronoun.)
                // ("A. Dale", "I. Healy": an initial is never a function word.)
                // "Former England captain X", "Ancien ministre": a title's modifier opening
                // the sentence, before a name and a lower-case title.
                let modifier = initial
                    && e - s >= 2
                    && self.w.is(s, L::Modifier)
                    && !self.w.is(s, L::OrgHead)
                    && self
                        .toks
                        .get(e)
                        .is_some_and(|t| t.text.starts_with(char::is_lowercase))
                    && self.w.is(e, L::Title);
                let cut = modifier
                    || !initial_dot
                        && (self.w.is(s, L::Article)
                            || (initial
                                && (self.w.is(s, L::NotName) || self.w.is(s, L::Stop))
                                && (self.shouting || !self.toks[s].all_caps())));
                // "Selon Le Monde": a name the lists know with its article stays whole
                // once the word before is cut.
                if !cut || s > start && self.w.is(s, L::Article) && self.lookup_span(s, e).is_some()
                {
                    break;
                }
                // After an article, the next word's capital is a real one.
                initial = initial && !self.w.is(s, L::Article);
                s += 1;
                if s >= e {
                    return e;
                }
            }
            // "Fullback Andre Joubert", "Economist Lynn Reaser": at a sentence start, an
            // unknown word before a given name and a surname is a common noun.
            if initial
                && e - s >= 3
                && !self.is_given(s)
                && self.is_given(s + 1)
                && self.lookup_span(s, s + 1).is_none()
                && !self.w.is(s, L::Honorific)
            {
                s += 1;
                initial = false;
            }
            // "Décès de Guy Hosneld", "Budget de la Sécurité sociale": at a sentence start,
            // an unknown word before a preposition is a common noun, unless it heads a
            // name ("Banque de France", "Coupe de France", "Place de la Bastille").
            if initial
                && e - s >= 3
                && self.w.is(s + 1, L::Connector)
                && !self.toks[s + 1].is_capitalized()
                && !self.heads_a_name(s)
            {
                s += 1;
                while s + 1 < e && self.w.is(s, L::Connector) && !self.toks[s].is_capitalized() {
                    s += 1;
                }
                initial = false;
            }
            // What was cut leaves no preposition at the start: "Décès de Guy Hosneld",
            // "Parti de Cholet" → the name after "de" (but "de Silva", "van Dyke": a
            // particle before a surname stays).
            let mut n = s;
            while n + 1 < e && self.w.is(n, L::Connector) && !self.toks[n].is_capitalized() {
                n += 1;
            }
            if n > s
                && (self.is_given(n)
                    || self
                        .lookup_span(n, e)
                        .is_some_and(|k| k.kind != EntityType::PER))
            {
                s = n;
                initial = false;
            }
            // Honorifics: "M. Dupont", "Mme Dupont", "Mr Smith".
            if e - s >= 2 && self.w.is(s, L::Honorific) {
                s += 1;
                if self.toks[s].is_punct(".") {
                    s += 1;
                }
                // "Madame la Présidente", "Monsieur le Commissaire": an address, no name
                let t = s + usize::from(s < e && self.w.is(s, L::Article));
                if e == t + 1 && self.w.is(t, L::Title) {
                    return e;
                }
                forced = Some(EntityType::PER);
                honored = true;
                initial = false;
            }
            // Titles inside the run: "US President Donald Trump", "Foreign Minister X".
            if forced.is_none() {
                let mut k = s;
                let mut last_title = None;
                while k < e {
                    let (part, title) = self.title_part(k);
                    if !part {
                        break;
                    }
                    if title {
                        last_title = Some(k);
                    }
                    k += 1;
                }
                if let Some(lt) = last_title {
                    // The name starts after the stretch (skipping connectors and dots).
                    let mut n = k.max(lt + 1);
                    while n < e && (self.toks[n].is_punct(".") || self.w.is(n, L::Connector)) {
                        n += 1;
                    }
                    let mut rest_is_org = e > n && self.w.is(e - 1, L::OrgSuffix);
                    // "Detective Inspector Sam Okoye of Greater Manchester Police": a
                    // person, then the organization after a preposition.
                    if rest_is_org && self.is_given(n) {
                        if let Some(k) = (n + 1..e - 1)
                            .find(|&k| self.w.is(k, L::Connector) && !self.toks[k].is_capitalized())
                        {
                            let mut t = k;
                            while t < e && self.w.is(t, L::Connector) {
                                t += 1;
                            }
                            tail = Some((t, e));
                            e = k;
                            rest_is_org = false;
                        }
                    }
                    if !rest_is_org {
                        // Countries inside the title are names of their own ("US").
                        for p in s..lt {
                            if self.toks[p].is_capitalized() {
                                if let Some(kn) = self.lookup_span(p, p + 1) {
                                    if kn.kind == EntityType::LOC && kn.major {
                                        let mut c = self.cand(p, p + 1);
                                        c.set_known(kn);
                                        self.push(c);
                                    }
                                }
                            }
                        }
                        let role_end = self.toks[n.min(e) - 1].end;
                        role = Some((self.toks[s].start, role_end));
                        if n >= e {
                            return e;
                        }
                        s = n;
                        forced = Some(EntityType::PER);
                        initial = false;
                    }
                }
            }
            // A title inside the run after another name: "Apple CEO Tim Cook", "Nordbank
            // Chief Executive Officer Helen Okafor" — the name before it is the
            // organization (or place) the title is of, the name after it a person.
            if forced.is_none() && known.is_none() && tail.is_none() && e - s >= 3 {
                if let Some(ks) = self.inner_title(s, e) {
                    let kn = self.lookup_span(s, ks);
                    let mut c = self.cand(s, ks);
                    c.initial = initial;
                    match kn {
                        Some(k) => c.set_known(k),
                        None => {
                            c.kind = Some(EntityType::ORG);
                            c.strength = CONTEXT;
                        }
                    }
                    self.push(c);
                    return self.run(ks, e, a, b);
                }
            }
            // A nationality word before a name is a word of its own: "le Brésilien
            // Rafael Nunes" (a noun, MISC), "Brazilian Rafael Nunes" (an adjective).
            // (Not before an organization's words: "the Catalan Water Agency", "the
            // German Foreign Ministry" are one name, as `Ministère turc des Affaires
            // étrangères` is; nor an event's: "the African Nations' Cup".)
            // (Asked last, after the cheap tests: the given-name lookup.)
            let org_words = |x: &mut Self| {
                (x.w.is(e - 1, L::OrgSuffix)
                    || x.w.is(e - 1, L::MiscSuffix)
                    || x.w.is(s + 1, L::OrgHead))
                    && !x.is_given(s + 1)
            };
            if forced.is_none()
                && e - s >= 2
                && (self.w.is(s, L::Demonym) || self.w.compound_demonym_tok(s))
                && !org_words(self)
                && self.toks[s + 1].is_capitalized()
                && (self.is_given(s + 1) || (s > a && self.w.is(s - 1, L::Article)))
                && self.lookup_span(s, e).is_none()
                && self.lookup_span(s, s + 1).is_none()
            {
                let mut c = self.cand(s, s + 1);
                c.initial = initial;
                // (a compound, `Franco-Marocain`, is a noun: MISC)
                if !self.w.is(s, L::Demonym) {
                    c.kind = Some(EntityType::MISC);
                    c.strength = KEYWORD;
                }
                self.push(c);
                s += 1;
                initial = false;
            }
            known = self.lookup_span(s, e);
            // ("Budget de la Sécurité sociale": the name after the cut goes on.)
            if known.is_none() && s > start && e == full {
                e += self.known_with_lower_tail(s, e, b);
                known = self.lookup_span(s, e);
            }
        }
        // After a title in lower case ("le ministre de la Défense", "le président de la
        // République Emmanuel Macron"), portfolio words belong to the title.
        // (also a known name made only of portfolio words: "ministre des Outre-mer",
        // "ministre de l'Europe")
        let portfolio_only = known.is_some()
            && (s..e).all(|k| self.w.is(k, L::Portfolio) || self.w.is(k, L::Connector));
        if let Some(person) = (known.is_none() || portfolio_only)
            .then(|| self.after_title(s))
            .flatten()
        {
            // (a capitalized particle starts the name: "analyst Ben Okoro")
            while s < e
                && (self.w.is(s, L::Portfolio)
                    || self.w.is(s, L::Connector) && !self.toks[s].is_capitalized())
            {
                s += 1;
            }
            if s >= e {
                return e;
            }
            if person {
                forced = forced.or(Some(EntityType::PER));
            }
            known = self.lookup_span(s, e);
        }
        // French: lower-case adjectives after an organization's head ("Assemblée
        // nationale"), or confirmed by an acronym in parentheses ("État islamique (EI)").
        // ("L'Union africaine", not the town L'Union: a small town's name made of an
        // article and an organization's head, when the head's lower-case tail follows.)
        let town_head = known.is_some_and(|k| k.kind == EntityType::LOC && !k.major)
            && e == s + 2
            && self.w.is(s, L::Article)
            && self.w.is(s + 1, L::OrgHead);
        if lex.lowercase_tail && (known.is_none() || town_head) && forced.is_none() {
            let from = s + usize::from(town_head);
            let tail = self.lowercase_tail(from, e, b);
            if !town_head || tail > e {
                s = from;
                e = tail;
                known = self.lookup_span(s, e);
            }
        }
        // A name made of a known name and a person's name: "Renault Carlos Ghosn" (not
        // one ending as an organization's: "Manchester Royal Infirmary").
        if known.is_none() && e - s >= 3 && !self.w.is(e - 1, L::OrgSuffix) {
            for k in s + 1..e - 1 {
                if self.is_name_tok(k)
                    && self.toks[k].is_capitalized()
                    && self.is_given(k)
                    && !self.is_given(k - 1)
                    && self.lookup_span(s, k).is_some()
                {
                    let kn = self.lookup_span(s, k);
                    let mut c = self.cand(s, k);
                    if let Some(kn) = kn {
                        c.set_known(kn);
                    }
                    self.push(c);
                    s = k;
                    forced = Some(EntityType::PER);
                    break;
                }
            }
        }
        // "Keith Adams of Norwich City", "Joel Marsh de la Société générale": a given name
        // and a surname, then a preposition and another name (two words or more, or one
        // the lists know as no person, or an organization's head) — the person, then that
        // name, scanned on its own.
        // ("Charles de Gaulle", "Juan Carlos de la Vega": the particle follows the given
        // name(s) and one word follows it: one person.)
        if known.is_none() && tail.is_none() && e - s >= 4 && self.is_given(s) {
            if let Some(k) = (s + 2..e - 1)
                .find(|&k| self.w.is(k, L::Connector) && !self.toks[k].is_capitalized())
            {
                let mut t = k;
                while t < e && self.w.is(t, L::Connector) && !self.toks[t].is_capitalized() {
                    t += 1;
                }
                // (a surname that is a given name too, "Laura Kim of the University of
                // Arizona": an organization's head after the particle ends the person)
                let person = (s + 1..k)
                    .all(|p| self.toks[p].is_capitalized() && !self.w.is(p, L::Connector))
                    && (!self.is_given(k - 1) || t < e && self.w.is(t, L::OrgHead));
                if person
                    && t < e
                    && self.toks[t].is_capitalized()
                    && (e - t >= 2
                        || self.w.is(t, L::OrgHead)
                        || self.lookup_span(t, e).is_some_and(|kn| {
                            kn.kind == EntityType::ORG || (kn.kind == EntityType::LOC && kn.major)
                        }))
                {
                    tail = Some((t, e));
                    e = k;
                }
            }
        }
        // "US$ 40 billion", "C$": a currency, not the country.
        if e - s == 1
            && self
                .toks
                .get(e)
                .is_some_and(|t| !t.space_before && matches!(t.text, "$" | "€" | "£"))
        {
            return e;
        }
        // "la classe de CM2 de Jacky Hedin", "CE2 de Mme Philippe": a person after a
        // preposition is a name of its own (unless the name starts as a person's:
        // "Charles de Gaulle").
        if known.is_none() && forced.is_none() && e - s >= 3 && !self.is_given(s) {
            if let Some(k) = self.person_after_connector(s, e) {
                e = k;
            }
        }
        // A lower-case common noun before that makes one name with it: "rue de la
        // République", "salle Jean-Mathieu", "boulangerie Leroy".
        let head = if s > a && forced.is_none() {
            self.lower_head(s, a, known.map(|k| k.kind))
        } else {
            None
        };
        // "ministère des Affaires étrangères": an institution's portfolio keeps its
        // lower-case adjectives.
        if head.is_some_and(|(h, k)| k == EntityType::ORG && h + 1 < s) && self.lex.lowercase_tail {
            let mut n = 0;
            while e < b && n < 2 && self.adjective_like(e) && !self.w.is(e, L::Demonym) {
                e += 1;
                n += 1;
            }
        }
        // "église Notre-Dame de Void-Vacon": the town after a facility's name is a name
        // of its own (scanning resumes at the preposition).
        if head.is_some() && known.is_none() {
            for k in s + 1..e.saturating_sub(1) {
                let Some(t) = self.past_connectors(k, e) else {
                    continue;
                };
                // (A known place, or one word: a village the lists need not know.)
                if t < e
                    && (t + 1 == e
                        || self
                            .lookup_span(t, e)
                            .is_some_and(|kn| kn.kind == EntityType::LOC))
                {
                    e = k;
                    break;
                }
            }
        }
        // Generic institution nouns alone: "l'État", "the Government" — but a
        // capitalized short form inside a sentence names an institution: "le
        // Parlement", "the Senate" (ORG).
        if e - s == 1 && known.is_none() && head.is_none() && self.w.is(s, L::Generic) {
            if !self.w.is(s, L::Institution) || self.clause_start(s, a) {
                return e;
            }
            forced = Some(EntityType::ORG);
        }
        // Title words and honorifics alone ("President", "Premier", "Monsieur le
        // Président") are no names; nor is a function word alone, wherever a capital
        // puts it (a line broken mid-sentence: "Il", "Cette"; not "l'Est").
        if e - s == 1
            && known.is_none()
            && (self.w.any(s, mask(&[L::Title, L::Honorific]))
                || self.w.is(s, L::Stop)
                    && !self.toks[s].all_caps()
                    && !(s > 0 && self.w.is(s - 1, L::Article)))
        {
            return e;
        }
        // Honours after a person's name stay out of it: "Martin Hale KC".
        let run_end = e;
        if e - s >= 3 && known.is_none() && self.toks[e - 1].all_caps() {
            let l = lower_into(&mut self.low, self.toks[e - 1].text);
            if self.w.listed(l, L::PostNominal) {
                e -= 1;
                if forced.is_none() {
                    forced = Some(EntityType::PER);
                }
            }
        }
        let mut c = self.cand(s, e);
        // An organization's abbreviated suffix keeps its dot: "Northwind Foods Inc.".
        let mut dot = 0;
        if e - s >= 2 && self.w.is(e - 1, L::OrgSuffix) {
            let l = lower_into(&mut self.low, self.toks[e - 1].text);
            if self.ctx.tables.common.final_abbreviations.contains(&l)
                && self
                    .toks
                    .get(e)
                    .is_some_and(|t| t.is_punct(".") && !t.space_before)
            {
                c.end = self.toks[e].end;
                dot = 1;
            }
        }
        // "Ligue 1", "Division 2": an organization's or event's head and a small number
        // name a competition (MISC).
        let mut numbered = false;
        if dot == 0
            && e == s + 1
            && known.is_none()
            && forced.is_none()
            && head.is_none()
            && !self.toks[s].all_caps()
            && (self.w.is(s, L::OrgHead) || self.w.is(s, L::MiscHead))
            && self.toks.get(e).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.space_before
                    && !self.blocked[e]
                    && t.text.len() <= 4
                    && t.text.bytes().all(|b| b.is_ascii_digit())
            })
            && self
                .toks
                .get(e + 1)
                .is_none_or(|t| t.kind != TokenKind::Number && !t.is_punct("%"))
            && !self.is_table(a, b)
        {
            c.end = self.toks[e].end;
            c.t1 = e + 1;
            dot = 1;
            numbered = true;
        }
        // "Canal+", "Disney+": a glued plus belongs to the name (a channel, a service).
        let plus = dot == 0
            && self
                .toks
                .get(e)
                .is_some_and(|t| t.text == "+" && !t.space_before)
            && self
                .toks
                .get(e + 1)
                .is_none_or(|t| t.space_before || t.kind != TokenKind::Word);
        if plus {
            c.end = self.toks[e].end;
            dot = 1;
        }
        // "Sacramento, Calif.": a state's abbreviation after a town keeps its dot.
        let mut abbreviated_place = false;
        if dot == 0
            && e == s + 1
            && s >= 2
            && self.toks[s - 1].is_punct(",")
            && self.toks[s - 2].is_capitalized()
            && self
                .toks
                .get(e)
                .is_some_and(|t| t.is_punct(".") && !t.space_before)
            && self.w.is(s, L::PlaceAbbrev)
        {
            c.end = self.toks[e].end;
            dot = 1;
            abbreviated_place = true;
        }
        // "Chicago-based", "Kent-born": the name without the compound's tail.
        let mut tail_cut = None;
        let last_text = self.toks[e - 1].text;
        let hyphen = (!self.toks[e - 1].alnum && has_hyphen(last_text.as_bytes()))
            .then(|| last_text.rsplit_once('-'));
        if let Some((head, tail)) = hyphen.flatten() {
            if !head.is_empty()
                && tail.starts_with(char::is_lowercase)
                && self
                    .w
                    .listed(lower_into(&mut self.low, tail), L::CompoundSuffix)
            {
                c.end = self.toks[e - 1].start + head.len();
                let text = self.text(c.start, c.end);
                let caps = is_caps(text);
                let folded = fold_str(&mut self.fold, text);
                tail_cut = Some(self.w.gaz(folded, caps));
            }
        }
        c.initial = initial;
        c.role = role;
        if let Some(k) = tail_cut {
            known = k;
        }
        if numbered {
            c.kind = Some(EntityType::MISC);
            c.strength = KEYWORD;
        } else if abbreviated_place {
            c.kind = Some(EntityType::LOC);
            c.strength = KEYWORD;
        } else if plus && known.is_none() {
            c.kind = Some(EntityType::ORG);
            c.strength = KEYWORD;
        } else if known.is_none()
            && forced.is_none()
            && c.t1 == c.t0 + 1
            && camel_case(self.toks[c.t0].text)
        {
            // "JetBlue", "PayPal", "YouTube": a brand by its shape, even at a sentence
            // start.
            c.kind = Some(EntityType::ORG);
            c.strength = KEYWORD;
        } else if let Some(k) = known.filter(|k| !honored || k.kind == EntityType::PER) {
            c.set_known(k);
        } else if let Some(f) = forced {
            c.kind = Some(f);
            c.strength = TITLED;
        }
        // A lower-case head of a law or an affair just before: "loi Evin".
        if s > a
            && forced.is_none()
            && self.w.is(s - 1, L::LowerMiscHead)
            && !self.toks[s - 1].is_capitalized()
        {
            c.start = self.toks[s - 1].start;
            c.t0 = s - 1;
            c.kind = Some(EntityType::MISC);
            c.strength = KEYWORD;
            c.initial = false;
        }
        if let Some((h, kind)) = head {
            let t = self.toks[h];
            c.start = t.start;
            c.t0 = h;
            c.kind = Some(kind);
            c.strength = TITLED;
            c.group = None;
            c.major = false;
            c.initial = false;
        }
        let idx = self.push(c);
        if let Some((ts, te)) = tail {
            return if ts < te { self.run(ts, te, a, b) } else { te };
        }
        // An acronym in parentheses right after: "État islamique (EI)".
        let e = (e + dot).max(run_end);
        // Written as a word the French way (`Cnous`, `Insee`), only when the initials
        // are exactly its letters.
        if e + 2 < b
            && self.toks[e].is_punct("(")
            && self.toks[e + 2].is_punct(")")
            && !self.blocked[e + 1]
            && (self.toks[e + 1].all_caps()
                || word_acronym(self.toks[e + 1])
                    && self.initials_exact(s, e, self.toks[e + 1].text))
        {
            let acr = self.toks[e + 1].text;
            let mut ac = self.cand(e + 1, e + 2);
            if self.initials_match(s, e, acr) {
                ac.acronym_of = Some(idx);
            }
            if let Some(k) = self.lookup_span(e + 1, e + 2) {
                ac.set_known(k);
            }
            self.push(ac);
            return e + 3;
        }
        e
    }

    /// `Maine et Loire`, `Saint Dié des Vosges`: the name `[s, j)`, a lower-case word
    /// that the language's hyphenated place names hold (`-et-`), and a name, known to the
    /// gazetteers as one place once hyphenated. Pushes it and returns its end.
    fn spaced_place(&mut self, s: usize, j: usize, b: usize) -> Option<usize> {
        let mid = self.toks.get(j)?;
        if j + 1 >= b
            || j < s + 1
            || mid.kind != TokenKind::Word
            || mid.is_capitalized()
            || !self.is_name_tok(j + 1)
        {
            return None;
        }
        let w = mid.text;
        let infix = self.lex.place_infixes.iter().any(|p| {
            p.len() == w.len() + 2
                && p.starts_with('-')
                && p.ends_with('-')
                && &p[1..p.len() - 1] == w
        });
        if !infix {
            return None;
        }
        let (first, last) = (self.toks[s], self.toks[j - 1]);
        self.fold.clear();
        fold_into(self.text(first.start, last.end), &mut self.fold);
        self.fold.push('-');
        fold_into(w, &mut self.fold);
        self.fold.push('-');
        fold_into(self.toks[j + 1].text, &mut self.fold);
        let k = self
            .w
            .gaz(&self.fold, false)
            .filter(|k| k.kind == EntityType::LOC)?;
        let mut c = self.cand(s, j + 2);
        c.set_known(k);
        self.push(c);
        Some(j + 2)
    }

    /// The closing quote's index when `[s, e)` starts with a capitalized article right
    /// after an opening quote, and only words (at most 8) lead from it to a closing quote.
    fn quoted_title(&mut self, s: usize, e: usize, b: usize) -> Option<usize> {
        let first = self.toks.get(s)?;
        if s == 0 || e < s + 2 || !first.is_capitalized() || !self.w.is(s, L::Article) {
            return None;
        }
        let opening =
            |t: &Token| matches!(t.kind, TokenKind::Quote(_)) || matches!(t.text, "«" | "“" | "\"");
        let closing =
            |t: &Token| matches!(t.kind, TokenKind::Quote(_)) || matches!(t.text, "»" | "”" | "\"");
        if !opening(&self.toks[s - 1]) {
            return None;
        }
        let mut q = e;
        while q < b && q < s + 10 {
            let t = &self.toks[q];
            if closing(t) {
                // « Les Malouins n'ont jamais été consultés », a-t-il regretté; « … », a
                // déclaré X: a comma then an inverted verb (lower-case, hyphenated) or a
                // verb of saying within three words — the words of a speaker, not a title
                let incise = self.toks.get(q + 1).is_some_and(|c| c.is_punct(","))
                    && (self.toks.get(q + 2).is_some_and(|v| {
                        v.kind == TokenKind::Word && !v.is_capitalized() && v.text.contains('-')
                    }) || (q + 2..(q + 5).min(self.toks.len()))
                        .any(|k| self.w.is(k, L::PersonVerb)));
                return (!incise).then_some(q);
            }
            if t.kind != TokenKind::Word || self.blocked[q] {
                return None;
            }
            q += 1;
        }
        None
    }

    /// How many tokens a glued possessive at `j` takes (`'s` or `'` `s`), if it is one.
    fn possessive_len(&self, j: usize) -> Option<usize> {
        if let Some(n) = glued_possessive(self.toks, j) {
            return Some(n);
        }
        let t = self.toks.get(j)?;
        match t.text {
            // a plural's: "Workers' Union", "Supporters' Trust"
            "'" | "’"
                if !t.space_before
                    && j > 0
                    && self.toks[j - 1].text.ends_with('s')
                    && self.toks.get(j + 1).is_some_and(|n| n.space_before) =>
            {
                Some(1)
            }
            _ => None,
        }
    }

    /// Where a capitalized title stretch starts inside `[s, e)`, after a name and before
    /// another (`Apple CEO Tim Cook` → the index of `CEO`).
    fn inner_title(&mut self, s: usize, e: usize) -> Option<usize> {
        let k = (s + 1..e - 1).find(|&k| self.toks[k].is_capitalized() && self.title_part(k).1)?;
        // The stretch: back over title words and modifiers (not the name before it)…
        let mut ks = k;
        while ks > s + 1 && {
            let (part, _) = self.title_part(ks - 1);
            part && self.toks[ks - 1].is_capitalized() && !self.w.is(ks - 1, L::Demonym)
        } {
            ks -= 1;
        }
        // …and on to the person's name.
        let mut m = k + 1;
        while m < e && self.title_part(m).0 {
            m += 1;
        }
        let person = m < e && self.toks[m].is_capitalized() && !self.w.is(m, L::Connector);
        (person && ks > s).then_some(ks)
    }

    /// If token `k` opens a run of lower-case connectors (`de`, `de la`), the index just
    /// past the run (at most `e`).
    fn past_connectors(&mut self, k: usize, e: usize) -> Option<usize> {
        if !self.w.is(k, L::Connector) || self.toks[k].is_capitalized() {
            return None;
        }
        let mut t = k;
        while t < e && self.w.is(t, L::Connector) && !self.toks[t].is_capitalized() {
            t += 1;
        }
        Some(t)
    }

    /// Where a person's name starts inside `[s, e)` after a lower-case connector (a given
    /// name and another name, or an honorific): the connector's index.
    fn person_after_connector(&mut self, s: usize, e: usize) -> Option<usize> {
        for k in s + 1..e.saturating_sub(1) {
            let Some(t) = self.past_connectors(k, e) else {
                continue;
            };
            let person = t + 1 < e
                && (self.w.is(t, L::Honorific)
                    || (self.is_given(t) && self.toks[t + 1].is_capitalized()));
            if person {
                return Some(k);
            }
        }
        None
    }

    /// A lower-case common noun right before the name at `s` that makes one name with it,
    /// and the name's type: a street (`rue Garibaldi`, `rue de la République`: connectors
    /// allowed), a facility (`salle Jean-Mathieu`, `parc Verneau`) → LOC; a business or a
    /// school (`boulangerie Leroy`, `école primaire Jules-Romains`: one adjective allowed)
    /// → ORG. After a connector a person stays a person (`à la place de Jean Dupont`), and
    /// a known organization stays itself (`le groupe Renault`); `known`: the name's type
    /// in the gazetteers.
    fn lower_head(
        &mut self,
        s: usize,
        a: usize,
        known: Option<EntityType>,
    ) -> Option<(usize, EntityType)> {
        let per = known == Some(EntityType::PER);
        let mut k = s;
        while k > a && k + 2 >= s && self.w.is(k - 1, L::Connector) {
            k -= 1;
        }
        // "ministère de la Santé", "de l'Intérieur": an article after the connector
        // (no person's given name comes after one: `Santé` is no `Sante` there)
        let article = s > a && self.w.is(s - 1, L::Article);
        if k == s && k > a + 1 && article && self.w.is(k - 2, L::Connector) {
            k -= 2;
        }
        if k <= a {
            return None;
        }
        let via_connector = k < s;
        let mut h = k - 1;
        if via_connector {
            // After a connector, only a place's head, or an institution's before a
            // portfolio ("ministère de la Culture"); the given-name lookup is asked last
            // (most words head nothing).
            let t = self.toks[h];
            if per || t.kind != TokenKind::Word || t.is_capitalized() {
                return None;
            }
            // "ministère iranien des Affaires étrangères": the head's nationality between
            if h > a && self.w.is(h, L::Demonym) && self.w.is(h - 1, L::LowerOrgHead) {
                h -= 1;
            }
            let found = if self.w.is(h, L::LowerLocHead) {
                Some((h, EntityType::LOC))
            } else if article && known.is_none() && self.w.is(h, L::ConnectedPlaceHead) {
                // "gare de la Part-Dieu", "stade de la Mosson": a facility named after
                // an article is one place with its head (a known name stays itself:
                // "la gare de Lyon" is said of many towns)
                Some((h, EntityType::LOC))
            } else if self.w.is(h, L::LowerOrgHead) && self.w.is(s, L::Portfolio) {
                Some((h, EntityType::ORG))
            } else {
                None
            };
            return found.filter(|_| article || !self.is_given(s));
        }
        for step in 0..2 {
            let t = self.toks[h];
            if t.kind != TokenKind::Word || t.is_capitalized() {
                return None;
            }
            if self.w.is(h, L::LowerLocHead) {
                return Some((h, EntityType::LOC));
            }
            if self.w.is(h, L::LowerPlaceHead) {
                return Some((h, EntityType::LOC));
            }
            if known != Some(EntityType::ORG) && self.w.is(h, L::LowerOrgHead) {
                return Some((h, EntityType::ORG));
            }
            // "école primaire Jules-Romains": one adjective between.
            if step > 0 || h <= a || !self.adjective_like(h) {
                return None;
            }
            h -= 1;
        }
        None
    }

    /// Does a lower-case title chain end right before token `s` ("le ministre russe de
    /// la", "son homologue turc,")?
    fn after_title(&mut self, s: usize) -> Option<bool> {
        let mut k = s;
        let mut steps = 0;
        // Whether the name follows a connector ("chief executive of Nordbank"): then it
        // names what the title is of, not the person.
        let mut of = None;
        while k > 0 && steps < 8 {
            k -= 1;
            steps += 1;
            let t = self.toks[k];
            if t.is_punct(",") && k + 1 == s {
                of = Some(false);
                continue;
            }
            if t.kind != TokenKind::Word || t.is_capitalized() && !self.w.is(k, L::Portfolio) {
                return None;
            }
            // ("ministre délégué aux Transports": a title's link is a connector here.)
            let connector = self.w.is(k, L::Connector) || self.w.is(k, L::TitleLink);
            of.get_or_insert(connector);
            if self.w.is(k, L::Title) {
                return Some(of == Some(false));
            }
            if !(self.w.is(k, L::Modifier)
                || self.w.is(k, L::Portfolio)
                || connector
                || self.w.is(k, L::Demonym))
            {
                return None;
            }
        }
        None
    }

    fn adjective_like(&mut self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word || t.is_capitalized() || self.blocked[i] {
            return false;
        }
        if self.w.is(i, L::Stop) || self.w.is(i, L::Connector) {
            return false;
        }
        self.w.is(i, L::Demonym) || self.w.name_adjective(i)
    }

    /// Extends a French name over the lower-case words that belong to it.
    fn lowercase_tail(&mut self, s: usize, e: usize, b: usize) -> usize {
        let org_head = self.w.is(s, L::OrgHead) || self.w.is(s, L::MiscHead);
        // Confirmed by an acronym: up to 8 lower-case words, then "(XX)" whose letters are
        // the words' initials ("Syndicat national des contrôleurs du trafic aérien (SNCTA)").
        let mut k = e;
        while k < b
            && k < e + 8
            && self.toks[k].kind == TokenKind::Word
            && !self.toks[k].is_capitalized()
        {
            k += 1;
        }
        // (the name may end with a place's capitals: "Fédération des employeurs de
        // France (FEF)")
        if k > e {
            let mut j = k;
            while j < b
                && j < k + 3
                && self.toks[j].kind == TokenKind::Word
                && self.toks[j].is_capitalized()
            {
                j += 1;
            }
            if j > k && j + 2 < b && self.toks[j].is_punct("(") && self.toks[j + 2].is_punct(")") {
                k = j;
            }
        }
        if k > e && k + 2 < b && self.toks[k].is_punct("(") && self.toks[k + 2].is_punct(")") {
            let acr = self.toks[k + 1].text;
            // (or written as a word, the French way — `Cnous`, `Insee` — when the
            // initials are exactly its letters)
            if self.toks[k + 1].all_caps() && self.initials_match(s, k, acr)
                || word_acronym(self.toks[k + 1]) && self.initials_exact(s, k, acr)
            {
                return k;
            }
        }
        if !org_head {
            // "Stade toulousain", "Élan béarnais": a club's head and its place's adjective
            if e == s + 1 && e < b && self.w.is(s, L::ClubHead) && self.adjective_like(e) {
                return e + 1;
            }
            return e;
        }
        let mut e = e;
        let mut added = 0;
        while e < b && added < 6 {
            if self.adjective_like(e) {
                e += 1;
                added += 1;
                continue;
            }
            // "des Affaires étrangères", "de la Santé": connectors then a capital.
            let mut c = e;
            while c < b && c < e + 2 && self.w.is(c, L::Connector) {
                c += 1;
            }
            if c > e && self.is_name_tok(c) {
                e = c + 1;
                added += 1;
                while e < b && self.is_name_tok(e) {
                    e += 1;
                }
                continue;
            }
            // "Agence régionale de santé", "Office national des forêts": after the head's
            // adjective, one connector and one lower-case noun, when the name ends there
            // (punctuation, a verb's auxiliary…) or goes on with a name ("… de santé des
            // Pays de la Loire").
            // "Front de libération nationale kanak et socialiste": right after the head,
            // one connector and a lower-case noun that an adjective follows
            if added == 0
                && c == e + 1
                && c + 1 < b
                && self.w.is(s, L::OrgHead)
                && self.adjective_like(c + 1)
            {
                let t = &self.toks[c];
                let noun = t.kind == TokenKind::Word
                    && !t.is_capitalized()
                    && !self.blocked[c]
                    && !self.w.is(c, L::Stop)
                    && t.text.chars().count() > 3;
                if noun {
                    e = c + 2;
                    added += 2;
                    // "… kanak et socialiste": a last adjective after the conjunction
                    while e < b && self.adjective_like(e) {
                        e += 1;
                    }
                    if e + 1 < b && self.w.is(e, L::Conjunction) && self.adjective_like(e + 1) {
                        e += 2;
                    }
                    continue;
                }
            }
            if added > 0 && c == e + 1 && c < b {
                let noun = {
                    let t = &self.toks[c];
                    t.kind == TokenKind::Word
                        && !t.is_capitalized()
                        && !self.blocked[c]
                        && !self.w.is(c, L::Stop)
                        && !self.w.is(c, L::Connector)
                        && t.text.chars().count() > 3
                };
                let after = c + 1;
                let ends = after >= b
                    || matches!(self.toks[after].kind, TokenKind::Punct)
                    || (self.w.is(after, L::Connector)
                        && after + 1 < b
                        && self.is_name_tok(after + 1));
                if noun && ends {
                    e = after;
                    added += 1;
                    continue;
                }
            }
            break;
        }
        e
    }

    /// Is token `s` an acronym in brackets (`(PNF)`) whose letters are the initials of
    /// the lower-case words right before the bracket (sentence start `a`)?
    fn spells_words_before(&mut self, s: usize, a: usize) -> bool {
        // (the brackets first: most single words at a clause start have none)
        if s < a + 2
            || !self.toks[s - 1].is_punct("(")
            || !self.toks.get(s + 1).is_some_and(|t| t.is_punct(")"))
        {
            return false;
        }
        let t = self.toks[s];
        if !(2..=6).contains(&t.text.chars().count()) || !t.all_caps() {
            return false;
        }
        let open = s - 1;
        let mut k = open;
        while k > a && open - k < 8 {
            let w = self.toks[k - 1];
            if w.kind != TokenKind::Word || w.is_capitalized() {
                break;
            }
            k -= 1;
            // (headed by an institution's noun, each word's initial: not "le taux de
            // filtration glomérulaire (TFG)", nor "intraveineuse (IV)")
            let head = self.w.is(k, L::OrgHead) || self.w.is(k, L::LowerOrgHead);
            if head && self.initials_exact(k, open, t.text) {
                return true;
            }
        }
        false
    }

    /// Do the words `[s, e)` (connectors skipped) start with the letters of `acr`?
    fn initials_match(&mut self, s: usize, e: usize, acr: &str) -> bool {
        if self.initials_exact(s, e, acr) {
            return true;
        }
        let want = gazetteer::fold(acr);
        // Letters picked inside the words, in order, from the first initial on:
        // "Northwind Foods (NWF)", "Médecins sans frontières (MSF)".
        let (Some(first), Some(last)) = (self.toks.get(s), self.toks.get(e.saturating_sub(1)))
        else {
            return false;
        };
        let mut i0 = String::new();
        if let Some(c0) = first.text.chars().next() {
            fold_into(c0.encode_utf8(&mut [0; 4]), &mut i0);
        }
        if want.chars().count() < 2 || i0.chars().next() != want.chars().next() {
            return false;
        }
        let name = gazetteer::fold(self.ctx.doc.text.get(first.start..last.end).unwrap_or(""));
        let mut rest = name.chars();
        want.chars().all(|w| rest.any(|c| c == w))
    }

    /// Are the letters of `acr` the initials of the words `[s, e)` (connectors and
    /// articles skipped), or their first ones?
    fn initials_exact(&mut self, s: usize, e: usize, acr: &str) -> bool {
        let mut initials = String::new();
        for i in s..e {
            // (`et`, `and` too: "… universitaires et scolaires (Cnous)")
            if self.w.is(i, L::Connector)
                || self.w.is(i, L::Article)
                || self.w.is(i, L::Conjunction)
            {
                continue;
            }
            if let Some(t) = self.toks.get(i) {
                for part in t.text.split('-') {
                    if let Some(c) = part.chars().next() {
                        // (one letter an initial: `œuvres` gives o)
                        let at = initials.len();
                        fold_into(c.encode_utf8(&mut [0; 4]), &mut initials);
                        if let Some(first) = initials.get(at..).and_then(|f| f.chars().next()) {
                            initials.truncate(at + first.len_utf8());
                        }
                    }
                }
            }
        }
        let want = gazetteer::fold(acr);
        initials == want || (want.len() >= 2 && initials.starts_with(&want))
    }
}

/// An acronym written as a word, the French way (`Cnous`, `Insee`, `Unédic`): a capital,
/// then at least two lower-case letters.
fn word_acronym(t: Token) -> bool {
    let mut cs = t.text.chars();
    cs.next().is_some_and(char::is_uppercase)
        && t.text.chars().count() >= 3
        && cs.all(char::is_lowercase)
}

/// How many tokens a singular possessive glued to the word before token `j` takes:
/// `'s` (one token) or `'` `s` (two).
pub(super) fn glued_possessive(toks: &[Token], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    if t.space_before {
        return None;
    }
    match t.text {
        "'s" | "’s" => Some(1),
        "'" | "’"
            if toks
                .get(j + 1)
                .is_some_and(|n| n.text == "s" && !n.space_before) =>
        {
            Some(2)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_roman_ordinal`] without its first-bytes test.
    fn roman_ordinal_slow(s: &str) -> bool {
        if !s.starts_with(['I', 'V', 'X', 'L', 'C', 'D', 'M']) {
            return false;
        }
        let digits = s.trim_end_matches(|c: char| c.is_lowercase());
        let suffix = &s[digits.len()..];
        !digits.is_empty()
            && matches!(
                suffix,
                "e" | "er" | "ère" | "ème" | "eme" | "è" | "th" | "st" | "nd" | "rd"
            )
            && digits
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
    }

    #[test]
    fn roman_ordinals_told_by_their_first_bytes_alike() {
        let endings = [
            "", "e", "er", "ère", "ème", "eme", "è", "é", "th", "st", "nd", "rd",
        ];
        let heads = [
            "I", "V", "X", "L", "C", "D", "M", "XIX", "III", "XXI", "Ma", "Mé", "Le", "De", "Li",
            "Cé", "Xi", "É", "i", "", "MCM", "Dr",
        ];
        for h in heads {
            for e in endings {
                for tail in ["", "s", "x"] {
                    let w = format!("{h}{e}{tail}");
                    assert_eq!(is_roman_ordinal(&w), roman_ordinal_slow(&w), "{w:?}");
                }
            }
        }
        assert!(is_roman_ordinal("XIXe") && is_roman_ordinal("Ier") && is_roman_ordinal("XXIst"));
        assert!(!is_roman_ordinal("Macron") && !is_roman_ordinal("Mars"));
    }

    #[test]
    fn split_apostrophe_is_split_once() {
        for s in [
            "I've",
            "L’État",
            "d'Ivoire",
            "a—b’c",
            "——’",
            "—",
            "x•y'z",
            "",
            "'",
            "’",
            "abc",
            "é’è'",
        ] {
            assert_eq!(split_apostrophe(s), s.split_once(['\'', '’']), "{s:?}");
        }
    }

    #[test]
    fn two_chars_is_nth_1() {
        for s in [
            "", "a", "ab", "é", "éa", "aé", "a€", "€", "€a", "𝄞", "𝄞a", "abcde", "ééé",
        ] {
            assert_eq!(two_chars(s), s.chars().nth(1).is_some(), "{s:?}");
        }
    }

    #[test]
    fn has_hyphen_is_contains() {
        for s in [
            "",
            "-",
            "a",
            "ab-",
            "abc",
            "a-bc",
            "abcd",
            "abcde-",
            "-abcdefg",
            "abcdefgh",
            "abcdefg-h",
            "abcdefghijklmno-",
            "abcdefghijklmnop",
            "abcdefghijklmnop-",
            "é-è",
            "abcdefghijklmnopq",
        ] {
            assert_eq!(has_hyphen(s.as_bytes()), s.contains('-'), "{s:?}");
        }
    }
}
