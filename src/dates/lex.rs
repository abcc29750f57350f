//! The word index of one language (built once from its tables) and the classification of
//! every token: a word's meanings, a number's shape.
//!
//! Classification is the only per-token work of the stage: one lower-casing into a reused
//! buffer and one hash lookup per word, one byte scan per number. Everything the grammar
//! asks later is answered from the resulting [`Cls`] array, without allocating.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::swar::{load4, load8, KeyTable};

use super::{Lexicon, Mod, Unit, Word};
use crate::document::{Document, TokenKind};
use crate::language::Tables;

/// The lazily built word index of a [`Lexicon`] (a field of the lexicon so that each
/// language's index is built once per process).
pub struct Cache(OnceLock<Index>);

impl Cache {
    pub const fn new() -> Cache {
        Cache(OnceLock::new())
    }
}

impl Default for Cache {
    fn default() -> Self {
        Cache::new()
    }
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

/// What the index knows of one lower-case word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// Meanings: `meanings[start..start + len]`.
    start: u16,
    len: u8,
    /// Phrases starting with this word: `phrases[pstart..pstart + plen]`.
    pstart: u16,
    pub plen: u8,
    /// Month 1–12 (0: not a month name).
    pub month: u8,
    /// The month name is also an ordinary word or a name (`may`, `mars`).
    pub weak_month: bool,
    /// The month name comes from another language's table.
    pub foreign: bool,
    /// The month name is an abbreviation of a longer one (`déc`, `Sept`).
    pub abbrev: bool,
    /// Weekday 1–7, Monday = 1 (0: not a weekday name).
    pub weekday: u8,
    /// The word can open an expression: [`Entry::own_opens`], or it starts phrases.
    pub opens: bool,
    /// The word can be a whole expression by itself (`hier`, `now`, `Tuesday`), or it
    /// starts phrases; other openers need a known word after them.
    pub alone: bool,
    /// `opens` and `alone` without the phrases (a month, a weekday, a meaning of its
    /// own): at a token where none of its phrases is written ([`Cls::phrase`] empty), the
    /// grammar sees only these, so the scanner's quick rejection asks them there (`de`,
    /// `the`, `à`, `il` start phrases, and most of the time none).
    pub own_opens: bool,
    pub own_alone: bool,
    /// The word opens an expression only before a unit (`that` in `that year`): checked
    /// in the scanner's quick rejection, so that the frequent `that` costs one lookup.
    pub before_unit: bool,
    /// The kinds of its meanings ([`super::kinds`]).
    pub kinds: u64,
}

impl Entry {
    pub fn is_empty(&self) -> bool {
        self.len == 0 && self.plen == 0 && self.month == 0 && self.weekday == 0
    }
}

struct Phrase {
    /// The words after the first one.
    rest: Vec<&'static str>,
    /// Where their key numbers start in [`Index::rest_keys`].
    keys_at: usize,
    /// Its meanings, in table order (`jusqu'à`: a year cue, a clock cue, a deadline).
    words: Vec<Word>,
    /// The kinds of `words` ([`super::kinds`]).
    kinds: u64,
}

pub struct Index {
    pub lex: &'static Lexicon,
    words: Keys,
    meanings: Vec<Word>,
    phrases: Vec<Phrase>,
    /// The key numbers of the phrases' later words, end to end (every word of a phrase
    /// is a key), compared with the tokens' [`Lower`] instead of the strings.
    rest_keys: Vec<Lower>,
    /// By the number of the first phrase of a word's group (`Entry::pstart`): a bit per
    /// [`Lower::bit`] of the second words of the group's phrases, so that a word that
    /// starts phrases (`de`, `the`) followed by none of their second words (most of the
    /// time) is passed over without comparing each phrase.
    next_bits: Vec<u64>,
    /// Longest key, in bytes: longer tokens are rejected without hashing.
    max_len: usize,
    /// Shortest and longest weekday name, in bytes: only a word of that length plus `s`
    /// is looked up as a plural weekday (`lundis`, `Mondays`).
    weekday_len: (usize, usize),
}

/// The index's keys ([`KeyTable`], shared with the quotes stage's word table): at most
/// half full, the language's function words numbered first (see [`reordered`]) so that
/// the slots most tokens hit share few cache lines. A key's number, plus one, is the
/// token's [`Lower`] (no table has 65,534 words).
type Keys = KeyTable<Entry>;

/// An empty key table for at most `n` keys (at most half full: runs stay short).
fn keys_for(n: usize) -> Keys {
    KeyTable::new(n * 2)
}

/// The entry of `key`, added empty if it is not there yet (`None` only when the table is
/// full).
fn entry<'t>(keys: &'t mut Keys, key: &str) -> Option<&'t mut Entry> {
    let k = match keys.find(key) {
        Some((k, _)) => k,
        None => keys.insert(key, Entry::default())?,
    };
    keys.value_mut(usize::from(k))
}

/// The same keys numbered again, the language's function words first (`common`), so that
/// the slots most tokens hit share few cache lines.
fn reordered(keys: Keys, common: &[&str]) -> Keys {
    let mut t = keys_for(keys.len());
    for hot in [true, false] {
        for (key, e) in keys.iter() {
            if common.contains(&key) == hot {
                t.insert(key, *e);
            }
        }
    }
    t
}

/// The index of a language's tables, built on first use.
pub fn index(tables: &'static Tables) -> &'static Index {
    tables.dates.cache.0.get_or_init(|| Index::build(tables))
}

/// Can a word with this meaning open an expression?
fn opens(w: Word) -> bool {
    !matches!(
        w,
        Word::YearCue
            | Word::ClockCue
            | Word::DurationCue
            | Word::SeasonCue(_)
            | Word::Of
            | Word::And
            | Word::PastCue
            | Word::FutureCue
            | Word::Pluperfect
            | Word::Passive
            | Word::PeriodPrep
            | Word::Deadline(_)
            | Word::NameAfter
            | Word::NameBefore
            | Word::TimeZone
            | Word::HourMark
            | Word::AmPm(_)
            | Word::CenturyWord
            | Word::Lasting
            | Word::Ago
            | Word::Following(_)
            | Word::PartOfDay(_)
            | Word::PeriodNoun
            | Word::PeriodAdj
            | Word::Ended
            | Word::Extra
            | Word::ClauseStart
            | Word::Present(_)
            | Word::Infinitive
            | Word::Postponed
            | Word::Since
            | Word::RangeTo
            | Word::That
    )
}

/// Can a word with this meaning be a whole expression alone?
fn alone(w: Word) -> bool {
    matches!(
        w,
        Word::DayRel(_)
            | Word::DayPod(..)
            | Word::Ref(_)
            | Word::Holiday(..)
            | Word::Feast(_)
            | Word::SetWord(_)
            | Word::Clock(_)
            | Word::Season(_)
            | Word::Unit(_, true)
            | Word::YearEnd
            | Word::PartName(..)
    )
}

/// Splits a table phrase into the tokens the segmenter makes of it: words at spaces, an
/// elided article (`l'`) split off its word, and a possessive `'s` split off its noun.
fn phrase_tokens(p: &'static str, elisions: &[&str]) -> Vec<&'static str> {
    let mut out = Vec::new();
    for w in p.split(' ').filter(|w| !w.is_empty()) {
        match w.find('\'') {
            Some(k) if k + 1 < w.len() && elisions.contains(&&w[..k]) => {
                out.push(&w[..k + 1]);
                out.push(&w[k + 1..]);
            }
            // the segmenter splits a possessive off its word: year's → year + 's
            Some(k) if k > 0 && &w[k..] == "'s" => {
                out.push(&w[..k]);
                out.push(&w[k..]);
            }
            _ => out.push(w),
        }
    }
    out
}

impl Index {
    fn build(tables: &'static Tables) -> Index {
        let lex = tables.dates;
        // (a fixed hasher: the map's order, and so the keys' numbers, the phrase filter's
        // bits and the slots' order, are the same in every run, and so is the cost of a
        // lookup; a random one moved the stage by up to 10 M instructions a run)
        let mut staged: HashMap<&'static str, (Vec<Word>, Vec<usize>), crate::hash::FnvBuild> =
            HashMap::default();
        let mut phrases = Vec::new();
        for &(text, word) in lex.words {
            let toks = phrase_tokens(text, tables.common.elisions);
            if toks.len() <= 1 {
                staged.entry(text).or_default().0.push(word);
            } else {
                let first = toks[0];
                for w in &toks[1..] {
                    staged.entry(w).or_default();
                }
                let rest = toks[1..].to_vec();
                let slot = staged.entry(first).or_default();
                // the same phrase again: one more meaning of it
                let same = slot
                    .1
                    .iter()
                    .copied()
                    .find(|&k| phrases.get(k).is_some_and(|p: &Phrase| p.rest == rest));
                match same.and_then(|k| phrases.get_mut(k)) {
                    Some(p) => {
                        p.words.push(word);
                        p.kinds |= word.kind();
                    }
                    None => {
                        phrases.push(Phrase {
                            rest,
                            keys_at: 0,
                            words: vec![word],
                            kinds: word.kind(),
                        });
                        slot.1.push(phrases.len() - 1);
                    }
                }
            }
        }
        let mut meanings = Vec::new();
        // (every key the loops below may add)
        let others = crate::language::SUPPORTED
            .iter()
            .map(|&code| crate::language::tables(code).common.months.len())
            .sum::<usize>();
        let mut words = keys_for(
            staged.len() + tables.common.months.len() + tables.common.weekdays.len() + others,
        );
        // Reorder the phrases so that each first word's phrases are contiguous, longest first.
        let mut ordered: Vec<Phrase> = Vec::with_capacity(phrases.len());
        let mut slots: Vec<Option<Phrase>> = phrases.into_iter().map(Some).collect();
        for (key, (ms, ps)) in staged {
            let start = meanings.len() as u16;
            meanings.extend(ms.iter().copied());
            let pstart = ordered.len() as u16;
            let mut group: Vec<Phrase> = ps
                .iter()
                .filter_map(|&k| slots.get_mut(k).and_then(Option::take))
                .collect();
            crate::sort::by_key(&mut group, |p| std::cmp::Reverse(p.rest.len()));
            let plen = group.len() as u8;
            ordered.extend(group);
            if let Some(e) = entry(&mut words, key) {
                *e = Entry {
                    start,
                    len: ms.len() as u8,
                    pstart,
                    plen,
                    ..Entry::default()
                };
            }
        }
        let months = tables.common.months;
        for &(name, m) in months {
            let Some(e) = entry(&mut words, name) else {
                continue;
            };
            e.month = m;
            e.weak_month = lex.weak_months.contains(&name);
            e.abbrev = months
                .iter()
                .any(|(o, m2)| *m2 == m && o.len() > name.len() && o.starts_with(name));
        }
        for &(name, d) in tables.common.weekdays {
            if let Some(e) = entry(&mut words, name) {
                e.weekday = d + 1;
            }
        }
        // Month names of the other languages, for absolute dates ("December 30, 2018" at
        // the head of a French article).
        for code in crate::language::SUPPORTED {
            let other = crate::language::tables(code);
            if other.code == tables.code {
                continue;
            }
            for &(name, m) in other.common.months {
                let Some(e) = entry(&mut words, name) else {
                    continue;
                };
                if e.month == 0 {
                    e.month = m;
                    e.foreign = true;
                    e.abbrev = other
                        .common
                        .months
                        .iter()
                        .any(|(o, m2)| *m2 == m && o.len() > name.len() && o.starts_with(name));
                }
            }
        }
        for e in words.values_mut() {
            let ms = meanings
                .get(e.start as usize..e.start as usize + e.len as usize)
                .unwrap_or(&[]);
            e.own_opens = e.month > 0 || e.weekday > 0 || ms.iter().any(|w| opens(*w));
            e.own_alone = e.month > 0 || e.weekday > 0 || ms.iter().any(|w| alone(*w));
            e.opens = e.plen > 0 || e.own_opens;
            e.alone = e.plen > 0 || e.own_alone;
            e.before_unit = ms.iter().any(|w| matches!(w, Word::That));
            e.kinds = ms.iter().fold(0, |k, w| k | w.kind());
        }
        // A token is looked up by its fold with `ʼ` made `'`: `classify` relies on no key
        // holding a `ʼ` (tables write `'`; a test checks every language).
        debug_assert!(words.iter().all(|(k, _)| !k.contains('ʼ')));
        let max_len = words.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        let wd = || {
            words
                .iter()
                .filter(|(_, e)| e.weekday > 0)
                .map(|(k, _)| k.len())
        };
        let weekday_len = (wd().min().unwrap_or(0), wd().max().unwrap_or(0));
        let words = reordered(words, tables.common.stopwords);
        let mut rest_keys = Vec::new();
        let mut next_bits = vec![0u64; ordered.len()];
        for p in &mut ordered {
            p.keys_at = rest_keys.len();
            for w in &p.rest {
                rest_keys.push(words.find(w).map_or(Lower::NEVER, |(k, _)| Lower::key(k)));
            }
        }
        for (_, e) in words.iter() {
            let (first, n) = (usize::from(e.pstart), usize::from(e.plen));
            let group = ordered.get(first..first + n).unwrap_or(&[]);
            let bits = group.iter().fold(0, |b, p| {
                b | rest_keys.get(p.keys_at).map_or(u64::MAX, |&l| l.bit())
            });
            if let Some(x) = next_bits.get_mut(first).filter(|_| n > 0) {
                *x = bits;
            }
        }
        Index {
            lex,
            words,
            meanings,
            phrases: ordered,
            rest_keys,
            next_bits,
            max_len,
            weekday_len,
        }
    }

    pub fn get(&self, lower: &str) -> Option<Entry> {
        self.key_value(lower).map(|(_, e)| *e)
    }

    /// The number of the key equal to `lower` and its entry. (Not inlined in the wasm
    /// build: `classify` asks it at two places, and the page's size is budgeted.)
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn key_value(&self, lower: &str) -> Option<(u16, &Entry)> {
        if lower.len() > self.max_len {
            return None;
        }
        self.words.find(lower)
    }

    pub fn meanings(&self, e: &Entry) -> &[Word] {
        self.meanings
            .get(e.start as usize..e.start as usize + e.len as usize)
            .unwrap_or(&[])
    }

    /// The meanings of the phrase numbered `k` (see [`Cls::phrase`]).
    pub fn phrase_words(&self, k: u16) -> &[Word] {
        self.phrases.get(k as usize).map_or(&[], |p| &p.words)
    }

    /// The longest phrase starting at token `i` (whose entry is `e`): its number, the
    /// number of tokens it covers and the kinds of its meanings.
    fn phrase_at(&self, e: &Entry, lowers: &[Lower], i: usize) -> Option<(u16, usize, u64)> {
        let first = e.pstart as usize;
        let next = lowers.get(i + 1)?;
        if self
            .next_bits
            .get(first)
            .is_none_or(|b| b & next.bit() == 0)
        {
            return None;
        }
        let group = self.phrases.get(first..first + e.plen as usize)?;
        'next: for (n, p) in group.iter().enumerate() {
            let keys = self.rest_keys.get(p.keys_at..p.keys_at + p.rest.len());
            for (k, &w) in keys.unwrap_or(&[Lower::NEVER]).iter().enumerate() {
                match lowers.get(i + 1 + k) {
                    Some(&l) if l == w => {}
                    _ => continue 'next,
                }
            }
            return Some(((first + n) as u16, p.rest.len() + 1, p.kinds));
        }
        None
    }
}

/// The key a word token's fold is, kept only for words the index knows (a phrase's
/// later words): the key's number in [`Keys`] plus one, 0 for other tokens (two bytes a
/// token, compared as numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Lower(u16);

impl Lower {
    /// What no token is ([`Keys`] numbers fewer keys).
    const NEVER: Lower = Lower(u16::MAX);

    fn key(k: u16) -> Lower {
        Lower(k.saturating_add(1))
    }

    /// One bit of 64 for the key (see `Index::next_bits`).
    fn bit(self) -> u64 {
        1 << (self.0 & 63)
    }
}

/// The shape of a number token.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Num {
    #[default]
    None,
    /// Plain digits: value and digit count.
    Int(u32, u8),
    /// `1er`, `2e`, `3rd`, `XIXe`.
    Ordinal(u32),
    /// `30,4`, `3.5`.
    Decimal(f64),
    /// A quantity that is never a date (`2 000`, `2,000`).
    Quantity,
    /// A clock time: hours, minutes; `true` when written with an hour mark or colon.
    Time(u8, u8),
    /// A numeric date (year, month, day).
    Date(i32, u8, u8),
    /// `1999-2000`.
    YearRange(i32, i32),
    /// `1990s` → 199 ; `90s` → 199.
    Decade(i32),
    /// `3pm`: hours already in 24 h.
    TimeAmPm(u8, u8),
    /// Anything else (scores `3-1`, phone numbers).
    Other,
}

/// A hyphenated compound (`two-year`, `third-quarter`, `71-year-old` after its number).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Compound {
    /// `two-year`, `six-month`: amount + unit.
    Amount(f64, Unit),
    /// `third-quarter`: ordinal + unit.
    Ordinal(u32, Unit),
    /// `several-year`, `multi-year`: an unspecified amount + unit.
    Vague(Unit),
    /// `year-old`, `year-earlier`: a unit glued to a word (`-old`, `-earlier`…); the
    /// meaning of the second word.
    UnitWith(Unit, Option<Word>),
}

/// What the grammar knows of one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cls {
    pub e: Entry,
    pub num: Num,
    /// A glued prefix modifier (`mi-`, `mid-`): `e`/`num` describe what follows it.
    pub prefix: Option<Mod>,
    pub compound: Option<Compound>,
    /// First letter upper case.
    pub cap: bool,
    /// The token is the first of its sentence.
    pub sent_start: bool,
    /// A plural weekday (`lundis`, `Mondays`).
    pub plural: bool,
    /// The longest phrase of the index starting at this token (its number, for
    /// [`Index::phrase_words`], and its length in tokens), found once here rather than at
    /// every question the grammar asks.
    pub phrase: Option<(u16, u8)>,
    /// Two months joined by a hyphen (`mars-avril`, `March-April`): a range, read as two
    /// expressions (as TimeML reads `from March to April`).
    pub month_range: Option<(u8, u8)>,
    /// The kinds of the meanings of `e` and of `phrase` ([`super::kinds`]): the grammar
    /// asks for a meaning of a kind only when the token has it.
    pub kinds: u64,
}

impl Cls {
    pub fn is_empty(&self) -> bool {
        self.e.is_empty()
            && matches!(self.num, Num::None)
            && self.prefix.is_none()
            && self.compound.is_none()
            && self.month_range.is_none()
    }

    /// The word can open an expression here: a phrase of the index starts at this token,
    /// or the word opens one by itself ([`Entry::own_opens`]; its phrases that are not
    /// written here do not count: the grammar sees a phrase only through `phrase`).
    pub fn opens(&self) -> bool {
        self.phrase.is_some() || self.e.own_opens
    }

    /// The word can be a whole expression here (see [`Cls::opens`]).
    pub fn alone(&self) -> bool {
        self.phrase.is_some() || self.e.own_alone
    }

    /// The part of the scanner's quick rejection that reads only this token: no
    /// expression can start here, whatever follows (no meaning, or a word that neither
    /// opens one here nor may open one before a unit; not a range in one token).
    fn skips(&self) -> bool {
        self.month_range.is_none()
            && (self.is_empty()
                || self.num == Num::None
                    && self.prefix.is_none()
                    && self.compound.is_none()
                    && !self.e.before_unit
                    && !self.opens())
    }
}

/// The classes of a document's tokens, and for each the answer of [`Cls::skips`] (a
/// byte a token: the scanner reads these first, and a whole [`Cls`] only for the few
/// tokens that may start an expression).
pub struct Classes {
    pub cls: Vec<Cls>,
    pub skip: Vec<bool>,
}

/// Does `b` hold a `-` or a 0xCA byte? Natively eight bytes at a time, with overlapping
/// loads for the tail: a byte loop's exit, at a different length for every word, is a
/// mispredicted branch. (The wasm build, whose size is budgeted, keeps the byte loop.)
fn has_dash_or_ca(b: &[u8]) -> bool {
    if cfg!(target_arch = "wasm32") {
        return b.iter().any(|&c| c == b'-' || c == 0xCA);
    }
    let found = |v: u64| crate::swar::has_byte(v, b'-') || crate::swar::has_byte(v, 0xCA);
    let n = b.len();
    if n >= 8 {
        let mut chunks = b.chunks_exact(8);
        if chunks.by_ref().any(|c| found(load8(c))) {
            return true;
        }
        // the last eight bytes (overlapping the last chunk)
        found(load8(b.get(n - 8..).unwrap_or(&[])))
    } else if n >= 4 {
        let tail = b.get(n - 4..).unwrap_or(&[]);
        found(load4(b) | (load4(tail) << 32))
    } else {
        // up to three bytes; the others 0, never `-` or 0xCA
        let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
        n > 0 && found(at(0) | (at(n / 2) << 8) | (at(n - 1) << 16))
    }
}

/// Lower-cases `s` into `buf`, writing every apostrophe as `'`.
fn lower_into(s: &str, buf: &mut String) {
    buf.clear();
    for c in s.chars() {
        if c == '’' || c == 'ʼ' {
            buf.push('\'');
        } else if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// Classifies every token of the document.
pub fn classify(doc: &Document, index: &Index) -> Classes {
    let n = doc.tokens.len();
    let mut cls = vec![Cls::default(); n];
    let mut skip = vec![true; n];
    let mut lowers = vec![Lower::default(); n];
    // the tokens whose entry starts phrases
    let mut starts: Vec<usize> = Vec::with_capacity(n / 4);
    let mut buf = String::with_capacity(32);
    for s in &doc.sentences {
        if let Some(c) = cls.get_mut(s.tokens.0) {
            c.sent_start = true;
        }
    }
    for ((i, t), c) in doc.tokens.iter().enumerate().zip(cls.iter_mut()) {
        match t.kind {
            TokenKind::Number => {
                c.num = parse_number(t.text, index.lex.month_first);
                if let Some(x) = skip.get_mut(i) {
                    *x = c.skips();
                }
            }
            TokenKind::Word => {
                if t.text.len() > 40 {
                    continue;
                }
                c.cap = match t.text.as_bytes().first() {
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => t.text.chars().next().is_some_and(char::is_uppercase),
                };
                // The document's fold (lower case, `’` as `'`); the rare other
                // apostrophe `ʼ` is made `'` here. It is looked for only when the fold is
                // not a key: no key holds a `ʼ` (`Index::build` checks), so a fold that is
                // one has none. Half the words are keys, and a byte loop per word costs a
                // mispredicted branch at its exit (a different length every time).
                let folded = doc.lower(i);
                let mut key: &str = folded;
                let mut hit = index.key_value(key);
                // a `-` (hyphenated words, below) or the lead byte of `ʼ` (CA BC in UTF-8,
                // CA only ever a leading byte): one loop for both
                // (none in a word of ASCII letters and digits, most words: not looked for)
                let special = hit.is_none() && !t.alnum && has_dash_or_ca(folded.as_bytes());
                if special
                    && folded
                        .as_bytes()
                        .windows(2)
                        .any(|w| w[0] == 0xCA && w[1] == 0xBC)
                {
                    lower_into(t.text, &mut buf);
                    key = &buf;
                    hit = index.key_value(key);
                }
                if let Some((k, e)) = hit {
                    c.e = *e;
                    if let Some(l) = lowers.get_mut(i) {
                        *l = Lower::key(k);
                    }
                } else if classify_unknown(key, t.text, special, index, c) {
                    // (what `skips` asks of a word that is no key but has a meaning; a
                    // word with none keeps `true`, a key: below)
                    if let Some(x) = skip.get_mut(i) {
                        *x = c.skips();
                    }
                }
                if let Some(x) = skip.get_mut(i).filter(|_| hit.is_some()) {
                    // a key alone: no number, prefix, compound or range, and an entry
                    // with no meaning neither opens nor may open before a unit (a phrase
                    // written here makes it open: below)
                    *x = !c.e.own_opens && !c.e.before_unit;
                }
                c.kinds = c.e.kinds;
                if c.e.plen > 0 {
                    starts.push(i);
                }
            }
            _ => {}
        }
    }
    // the phrases, once every token's key is known (a phrase's later words)
    for &i in &starts {
        let Some(c) = cls.get_mut(i) else { continue };
        if let Some((k, n, kinds)) = index.phrase_at(&c.e, &lowers, i) {
            c.kinds |= kinds;
            c.phrase = u8::try_from(n).ok().map(|n| (k, n));
            if let Some(x) = skip.get_mut(i) {
                *x = c.skips();
            }
        }
    }
    Classes { cls, skip }
}

/// A word token whose fold is no key: a plural weekday, a hyphenated compound, a roman
/// ordinal. `false` when it is none of these (`c` left as it was).
fn classify_unknown(lower: &str, text: &str, special: bool, index: &Index, c: &mut Cls) -> bool {
    let (wmin, wmax) = index.weekday_len;
    if let Some(e) = lower
        .strip_suffix('s')
        .filter(|stem| (wmin..=wmax).contains(&stem.len()))
        .and_then(|stem| index.get(stem))
        .filter(|e| e.weekday > 0)
    {
        // lundis, Mondays: only weekdays take a plural this way.
        c.e = Entry {
            weekday: e.weekday,
            ..Entry::default()
        };
        c.plural = true;
    } else if special && lower.bytes().any(|b| b == b'-') {
        classify_hyphenated(lower, text, index, c);
    } else if let Some(o) = roman_ordinal(text) {
        c.num = Num::Ordinal(o);
    } else {
        return false;
    }
    true
}

/// `mois-ci`, `mi-juillet`, `mid-1990s`, `two-year`, `third-quarter`, `dix-huit`.
fn classify_hyphenated(lower: &str, raw: &str, index: &Index, c: &mut Cls) {
    for suffix in ["-ci", "-là"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if let Some(e) = index.get(stem) {
                c.e = e;
                return;
            }
        }
    }
    for &(p, m) in index.lex.prefixes {
        if let Some(rest) = lower.strip_prefix(p) {
            if rest.is_empty() {
                continue;
            }
            let raw_rest = raw.get(p.len()..).unwrap_or("");
            if let Some(e) = index.get(rest) {
                c.e = e;
                c.prefix = Some(m);
                return;
            }
            if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                let n = parse_number(raw_rest, index.lex.month_first);
                if !matches!(n, Num::Other | Num::None) {
                    c.num = n;
                    c.prefix = Some(m);
                    return;
                }
            }
        }
    }
    // Hyphenated number words: dix-huit, vingt-deux, twenty-five, quatre-vingt-dix.
    if let Some(v) = number_words(lower, index) {
        c.e = Entry::default();
        c.num = Num::Int(v, 0);
        // Number words are not digits: digit count 0 marks them.
        return;
    }
    let mut parts = lower.split('-');
    let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
        return;
    };
    let third = parts.next();
    if parts.next().is_some() {
        return;
    }
    if third.is_none() {
        let month = |w: &str| index.get(w).map_or(0, |e| e.month);
        let (ma, mb) = (month(a), month(b));
        if ma > 0 && mb > 0 && ma != mb {
            c.month_range = Some((ma, mb));
            return;
        }
    }
    let unit_of = |w: &str| -> Option<Unit> {
        let e = index.get(w)?;
        index.meanings(&e).iter().find_map(|m| match m {
            Word::Unit(u, false) => Some(*u),
            _ => None,
        })
    };
    // year-old, year-earlier, year-ago; not `second-quarter` (an ordinal, though
    // `second` is also a unit)
    if let Some(u) = unit_of(a).filter(|_| unit_of(b).is_none()) {
        let second = index
            .get(b)
            .and_then(|e| index.meanings(&e).first().copied());
        if third.is_none() {
            c.compound = Some(Compound::UnitWith(u, second));
        }
        return;
    }
    let Some(u) = unit_of(b) else { return };
    if u == Unit::Half {
        return; // "one-half" is a fraction, not a duration
    }
    if third.is_some_and(|t| index.get(t).is_none() && t != "old" && t != "long") {
        return;
    }
    if let Some(e) = index.get(a) {
        for m in index.meanings(&e) {
            match *m {
                Word::Number(n) => {
                    c.compound = Some(Compound::Amount(n as f64, u));
                    return;
                }
                Word::Ordinal(o) => {
                    c.compound = Some(Compound::Ordinal(o, u));
                    return;
                }
                Word::Half => {
                    c.compound = Some(Compound::Amount(0.5, u));
                    return;
                }
                Word::Vague => {
                    c.compound = Some(Compound::Vague(u));
                    return;
                }
                _ => {}
            }
        }
    }
    if let Some(v) = number_words(a, index) {
        c.compound = Some(Compound::Amount(v as f64, u));
    }
}

/// Number words, possibly hyphenated (`dix-huit`, `quatre-vingt-dix`, `twenty-five`).
fn number_words(lower: &str, index: &Index) -> Option<u32> {
    let mut total: u32 = 0;
    let mut current: u32 = 0;
    let mut parts = 0;
    for p in lower.split('-') {
        if p == "et" || p == "and" {
            continue;
        }
        let e = index.get(p)?;
        let v = index.meanings(&e).iter().find_map(|m| match m {
            Word::Number(n) => Some(*n),
            _ => None,
        })?;
        parts += 1;
        if v == 100 || v == 1000 {
            current = current.max(1).saturating_mul(v);
            if v == 1000 {
                total = total.saturating_add(current);
                current = 0;
            }
        } else if v == 20 && current > 1 && current < 10 {
            current *= 20; // quatre-vingt
        } else {
            current = current.saturating_add(v);
        }
    }
    (parts >= 2).then_some(total.saturating_add(current))
}

/// `XIXe`, `XXIe`, `IIIe` (upper-case Roman numeral + ordinal suffix) → 19, 21, 3.
fn roman_ordinal(raw: &str) -> Option<u32> {
    // most words: not a numeral letter first (a cheap test before the suffixes)
    if !matches!(
        raw.as_bytes().first(),
        Some(b'I' | b'V' | b'X' | b'L' | b'C')
    ) {
        return None;
    }
    let body = raw
        .strip_suffix("ème")
        .or_else(|| raw.strip_suffix("e"))
        .or_else(|| raw.strip_suffix("è"))?;
    if body.is_empty() || body.len() > 6 {
        return None;
    }
    let mut total = 0i32;
    let mut prev = 0i32;
    for c in body.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (1..=30).contains(&total).then_some(total as u32)
}

fn digits_value(s: &[u8]) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0u32, |a, &d| a * 10 + (d - b'0') as u32))
}

/// The shape of a number token (see [`Num`]).
pub fn parse_number(text: &str, month_first: bool) -> Num {
    let b = text.as_bytes();
    let nd = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if nd == 0 {
        return Num::Other;
    }
    let (digits, rest) = b.split_at(nd);
    let Some(v) = digits_value(digits) else {
        return Num::Other;
    };
    if rest.is_empty() {
        return Num::Int(v, nd as u8);
    }
    // Letter suffix straight after the digits.
    if rest.iter().all(u8::is_ascii_alphabetic) || text[nd..].chars().all(char::is_alphabetic) {
        let suf = text[nd..].to_lowercase();
        return match suf.as_str() {
            "er" | "re" | "e" | "ème" | "eme" | "st" | "nd" | "rd" | "th" | "nde" | "è" => {
                Num::Ordinal(v)
            }
            "h" if v <= 24 => Num::Time(v as u8, 0),
            "s" if nd == 4 && v % 10 == 0 => Num::Decade(v as i32 / 10),
            "s" if nd == 2 && v % 10 == 0 => Num::Decade(190 + v as i32 / 10),
            "am" | "pm" if (1..=12).contains(&v) => {
                let h = (v % 12) as u8 + if suf == "pm" { 12 } else { 0 };
                Num::TimeAmPm(h, 0)
            }
            _ => Num::Other,
        };
    }
    let sep = rest[0];
    let parts: Vec<&[u8]> = b.split(|c| *c == sep).collect();
    match sep {
        b':' => {
            // 07:19, 07:19:30, 10:15am
            let h = v;
            let mpart = parts.get(1).copied().unwrap_or(&[]);
            let mdig: Vec<u8> = mpart
                .iter()
                .copied()
                .take_while(u8::is_ascii_digit)
                .collect();
            let tail = &mpart[mdig.len()..];
            let Some(m) = digits_value(&mdig) else {
                return Num::Other;
            };
            if mdig.len() != 2 || h > 24 || m > 59 || parts.len() > 3 {
                return Num::Other;
            }
            if tail.is_empty() {
                Num::Time(h as u8, m as u8)
            } else if (tail.eq_ignore_ascii_case(b"am") || tail.eq_ignore_ascii_case(b"pm"))
                && (1..=12).contains(&h)
            {
                let pm = tail.eq_ignore_ascii_case(b"pm");
                Num::TimeAmPm((h % 12) as u8 + if pm { 12 } else { 0 }, m as u8)
            } else {
                Num::Other
            }
        }
        b'h' | b'H' => {
            let m = parts.get(1).and_then(|p| digits_value(p));
            match m {
                Some(m) if parts.len() == 2 && v <= 24 && m < 60 && parts[1].len() == 2 => {
                    Num::Time(v as u8, m as u8)
                }
                _ => Num::Other,
            }
        }
        b'/' | b'.' | b'-' if parts.len() == 3 => {
            let vals: Vec<Option<u32>> = parts.iter().map(|p| digits_value(p)).collect();
            let (Some(a), Some(bb), Some(c)) = (vals[0], vals[1], vals[2]) else {
                return Num::Other;
            };
            let lens = (parts[0].len(), parts[1].len(), parts[2].len());
            if lens.0 == 4 && lens.1 <= 2 && lens.2 <= 2 && sep != b'.' {
                // 2018-12-30, 2018/12/30
                return date_num(a as i32, bb, c);
            }
            if lens.0 <= 2 && lens.1 <= 2 && (lens.2 == 4 || lens.2 == 2) {
                let y = if lens.2 == 2 {
                    if c < 50 {
                        2000 + c as i32
                    } else {
                        1900 + c as i32
                    }
                } else {
                    c as i32
                };
                let (d, m) = if month_first && a <= 12 && sep == b'/' {
                    (bb, a)
                } else {
                    (a, bb)
                };
                return date_num(y, m, d);
            }
            Num::Other
        }
        b'-' | b'/' if parts.len() == 2 => {
            // 1999-2000, 1999-00, 2019/20
            let (Some(a), Some(c)) = (digits_value(parts[0]), digits_value(parts[1])) else {
                return Num::Other;
            };
            if nd == 4 && (1000..=2100).contains(&a) {
                let y2 = match parts[1].len() {
                    4 => c as i32,
                    2 => (a as i32 / 100) * 100 + c as i32,
                    _ => return Num::Other,
                };
                if y2 > a as i32 && y2 - a as i32 <= 10 {
                    return Num::YearRange(a as i32, y2);
                }
            }
            Num::Other
        }
        b',' | b'.' => {
            if parts.len() == 2 {
                let frac = parts[1];
                // English thousands: 2,000 ; French thousands 2.000
                if frac.len() == 3 && ((sep == b',' && month_first) || sep == b'.' && !month_first)
                {
                    return Num::Quantity;
                }
                return match decimal(parts[0], frac) {
                    Some(f) => Num::Decimal(f),
                    None => Num::Other,
                };
            }
            Num::Quantity
        }
        b' ' | 0xC2 | 0xE2 => Num::Quantity,
        _ => Num::Other,
    }
}

/// `int.frac` (both ASCII digits, `frac` possibly empty) as the nearest f64, the value
/// `str::parse::<f64>` gives, without linking the standard float parser (its tables
/// weigh about 10 KB gzip in the page's wasm). Exact: with at most 15 digits the
/// mantissa and 10^k (k ≤ 15) are exact doubles, and one division rounds correctly.
/// Longer numbers (no date amount has them) are refused.
fn decimal(int: &[u8], frac: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let mut m: u64 = 0;
    let mut n = 0;
    for &c in int.iter().chain(frac) {
        if !c.is_ascii_digit() || n == 15 {
            return None;
        }
        m = m * 10 + u64::from(c - b'0');
        n += 1;
    }
    if n == 0 {
        return None;
    }
    Some(m as f64 / POW10.get(frac.len())?)
}

fn date_num(y: i32, m: u32, d: u32) -> Num {
    if crate::calendar::Date::new(y, m as u8, d as u8).is_some() {
        Num::Date(y, m as u8, d as u8)
    } else {
        Num::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_is_the_standard_parse() {
        for (i, f) in [
            ("30", "4"),
            ("1", "1"),
            ("0", "3"),
            ("2", ""),
            ("12345", "6789"),
            ("7", "0000001"),
            ("99999999", "9999999"),
            ("0", "1"),
            ("1", "005"),
        ] {
            let text = format!("{i}.{f}");
            let want = text.parse::<f64>().ok();
            assert_eq!(decimal(i.as_bytes(), f.as_bytes()), want, "{text}");
        }
        assert_eq!(decimal(b"1234567890", b"1234567"), None);
        assert_eq!(decimal(b"2", b"5km"), None);
    }

    #[test]
    fn number_shapes() {
        assert_eq!(parse_number("2018", false), Num::Int(2018, 4));
        assert_eq!(parse_number("2 000", false), Num::Quantity);
        assert_eq!(parse_number("2,000", true), Num::Quantity);
        assert_eq!(parse_number("30,4", false), Num::Decimal(30.4));
        assert_eq!(parse_number("07:19", false), Num::Time(7, 19));
        assert_eq!(parse_number("19h", false), Num::Time(19, 0));
        assert_eq!(parse_number("7h19", false), Num::Time(7, 19));
        assert_eq!(parse_number("3pm", true), Num::TimeAmPm(15, 0));
        assert_eq!(parse_number("1er", false), Num::Ordinal(1));
        assert_eq!(parse_number("1990s", true), Num::Decade(199));
        assert_eq!(parse_number("2018-12-30", false), Num::Date(2018, 12, 30));
        assert_eq!(parse_number("30/12/2018", false), Num::Date(2018, 12, 30));
        assert_eq!(parse_number("12/30/2018", true), Num::Date(2018, 12, 30));
        assert_eq!(parse_number("03/04/2018", true), Num::Date(2018, 3, 4));
        assert_eq!(parse_number("03/04/2018", false), Num::Date(2018, 4, 3));
        assert_eq!(parse_number("3-1", false), Num::Other);
        assert_eq!(parse_number("1999-2000", false), Num::YearRange(1999, 2000));
    }

    #[test]
    fn no_key_holds_the_other_apostrophe() {
        for code in crate::language::SUPPORTED {
            let index = index(crate::language::tables(code));
            assert!(index.words.iter().all(|(k, _)| !k.contains('ʼ')), "{code}");
        }
    }

    #[test]
    fn the_key_table_finds_every_key_and_nothing_else() {
        for code in crate::language::SUPPORTED {
            let index = index(crate::language::tables(code));
            let keys: Vec<&str> = index.words.iter().map(|(k, _)| k).collect();
            assert!(keys.len() < usize::from(u16::MAX - 1), "{code}");
            for (n, k) in keys.iter().enumerate() {
                let (found, _) = index.words.find(k).expect(k);
                assert_eq!(usize::from(found), n, "{code} {k}");
                // near misses: a word that is no key is not found, one that is finds itself
                let mut near = vec![format!("{k}x"), format!("x{k}"), k.to_uppercase()];
                near.extend(k.char_indices().map(|(i, c)| {
                    let mut w = k.to_string();
                    w.replace_range(i..i + c.len_utf8(), if c == 'e' { "a" } else { "e" });
                    w
                }));
                near.extend(k.char_indices().skip(1).map(|(i, _)| k[..i].to_string()));
                for w in near {
                    let got = index
                        .words
                        .find(&w)
                        .and_then(|(f, _)| keys.get(usize::from(f)));
                    assert_eq!(
                        got.copied(),
                        keys.contains(&w.as_str()).then_some(w.as_str())
                    );
                }
            }
            assert!(index.words.find("").is_none());
            let long = "a".repeat(300);
            assert!(index.words.find(&long).is_none());
        }
    }

    #[test]
    fn the_skip_bytes_are_what_cls_skips_says() {
        let texts = [
            ("fr", "Le 3 mars 2024, lundi, il y a deux ans, mi-juillet, les lundis, au XIXe siècle, mars-avril 1990-1991, la semaine dernière à 15 h 30, l'an deux mille."),
            ("en", "On Monday, March 3, 2024, two years ago, mid-1990s, a two-year-old plan, that year, Mondays at 3pm, the nineties, Q3 2024, year-end, 1999-2000."),
        ];
        for (code, text) in texts {
            let tables = crate::language::tables(code);
            let doc = Document::parse(text, tables);
            let c = classify(&doc, index(tables));
            assert_eq!(c.skip.len(), c.cls.len());
            for (i, (s, x)) in c.skip.iter().zip(&c.cls).enumerate() {
                assert_eq!(*s, x.skips(), "{code} token {i}: {:?}", doc.tokens.get(i));
            }
            assert!(c.skip.iter().any(|s| !s) && c.skip.iter().any(|s| *s));
        }
    }

    #[test]
    fn dash_or_ca_is_the_byte_loop() {
        let pool: &[u8] = b"ab-\xca\xbcz\x00\xff";
        let mut seed = 7u64;
        for len in 0..40 {
            for k in 1..=pool.len() {
                for _ in 0..50 {
                    let v: Vec<u8> = (0..len)
                        .map(|_| {
                            seed = seed
                                .wrapping_mul(6364136223846793005)
                                .wrapping_add(1442695040888963407);
                            pool[(seed >> 33) as usize % k]
                        })
                        .collect();
                    let want = v.iter().any(|&c| c == b'-' || c == 0xCA);
                    assert_eq!(has_dash_or_ca(&v), want, "{v:?}");
                }
            }
        }
    }

    #[test]
    fn roman() {
        assert_eq!(roman_ordinal("XIXe"), Some(19));
        assert_eq!(roman_ordinal("XXIe"), Some(21));
        assert_eq!(roman_ordinal("Xe"), Some(10));
        assert_eq!(roman_ordinal("Me"), None);
    }
}
