//! What each token is for the lexicon (a title? a connector? a nationality?), computed
//! once per token: the steps ask the same questions of the same tokens many times.
//!
//! Every list of a language's [`Lexicon`] (and its stop words) is folded, once per
//! process, into one table from word to a bit set of the lists holding it
//! ([`WordTable`]: open addressing, words of up to 16 bytes held in the slot), so a token
//! costs one probe of its fold (made when the text was parsed), whatever is asked of it
//! later. Also here: the small byte-wise helpers the steps share (lower-casing and
//! folding into a buffer, splitting keys into words, shape filters, a word hash).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::gazetteer::{self, Known};
use super::Lexicon;
use crate::document::{Document, Token, TokenKind};
use crate::language::Tables;

/// The lists a token can be looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum L {
    Title = 0,
    Modifier,
    Portfolio,
    Connector,
    Article,
    NotName,
    Honorific,
    OrgHead,
    OrgSuffix,
    Generic,
    LowerMiscHead,
    MiscHead,
    /// The language's frequent function words (`Common::stopwords`).
    Stop,
    /// A nationality word (`russe`, `américaines`, `German`): a key of
    /// `Lexicon::demonyms` or one of its derived forms (same endings as
    /// `Lexicon::demonym`).
    Demonym,
    /// A month or weekday name (`Common::months`, `Common::weekdays`), never an entity.
    MonthDay,
    MiscSuffix,
    LocHead,
    LocSuffix,
    PlacePrep,
    PersonVerb,
    PostNominal,
    LowerLocHead,
    LowerPlaceHead,
    LowerOrgHead,
    LocativePrep,
    SportWord,
    PluralDet,
    PlaceAbbrev,
    CompoundSuffix,
    OrgCueBefore,
    OrgCueAfter,
    LocCueBefore,
    Conjunction,
    Institution,
    OrgTitle,
    Occupation,
    TitleLink,
    RoleEnd,
    Possessive,
    ConnectedPlaceHead,
    ClauseOpener,
    ClubHead,
}

/// Bit 63: the token's bits are computed.
const DONE: u64 = 1 << 63;
// (Every list needs a bit of its own below the memo bits.)
const _: () = assert!((L::ClubHead as u32) < 56);

/// Per-token answers of the name lists, remembered in the token's bits apart from
/// [`DONE`] (the same token is asked again by several rules, and each probe of a list
/// is a cache miss: its filter alone is 32–64 KB): whether its fold was asked of the
/// given names and the answer, the same for the surnames, and "in neither the
/// well-known list nor the places".
const GIVEN_ASKED: u64 = 1 << 56;
const GIVEN: u64 = 1 << 57;
const SURNAME_ASKED: u64 = 1 << 58;
const SURNAME: u64 = 1 << 59;
const GAZ_ABSENT: u64 = 1 << 60;
const MEMO: u64 = GIVEN_ASKED | GIVEN | SURNAME_ASKED | SURNAME | GAZ_ABSENT;

type WordBits = HashMap<Box<str>, u64, BuildHasherDefault<WordHash>>;

/// A hash for the word maps, eight bytes at a time (FxHash's mixing). The maps hold our
/// own tables, fixed once built: a lookup costs at most the table's own probe length,
/// so input words cannot make it slow whatever they hash to.
#[derive(Default)]
pub(crate) struct WordHash(u64);

impl WordHash {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a) ^ (rest.len() as u64) << 59);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
}

const fn bit(l: L) -> u64 {
    1 << (l as u32)
}

/// The bits of several lists, for [`Words::any`].
pub(crate) const fn mask(ls: &[L]) -> u64 {
    let mut m = 0;
    let mut k = 0;
    while k < ls.len() {
        m |= bit(ls[k]);
        k += 1;
    }
    m
}

/// A word of up to 16 bytes as two 8-byte words: the first and the last eight bytes
/// (overlapping when shorter than 16; for fewer than 8 bytes, the first and last four,
/// or the bytes one by one). With the length, the pair names one word.
#[inline]
pub(crate) fn pack(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    let le8 = |i: usize| {
        b.get(i..i + 8)
            .and_then(|s| <[u8; 8]>::try_from(s).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let le4 = |i: usize| {
        b.get(i..i + 4)
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map_or(0, |a| u64::from(u32::from_le_bytes(a)))
    };
    if n >= 8 {
        (le8(0), le8(n - 8))
    } else if n >= 4 {
        (le4(0), le4(n - 4))
    } else {
        let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        (at(0) | at(1) << 8 | at(2) << 16, 0)
    }
}

/// A hash of a word's bytes, cheap for short words (two loads and two multiplications
/// up to 16 bytes); its top bits vary.
pub(crate) fn word_hash(b: &[u8]) -> u64 {
    if b.len() > 16 {
        return gazetteer::key_hash(b);
    }
    let (k0, k1) = pack(b);
    mix(k0, k1, b.len())
}

#[inline]
fn mix(k0: u64, k1: u64, n: usize) -> u64 {
    (k0.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ k1 ^ n as u64).wrapping_mul(0x517C_C1B7_2722_0A95)
}

/// One slot of [`WordTable`]: the packed key, and the bits with the key's length in
/// the top byte (0: an empty slot; a word in the table has a length and a bit).
#[derive(Default, Clone, Copy)]
struct Entry {
    k0: u64,
    k1: u64,
    meta: u64,
}

/// Bits of [`Entry::meta`] holding the lists.
const LIST_BITS: u64 = (1 << 56) - 1;
const _: () = assert!((L::Conjunction as u32) < 56);

/// The words of every list of one language with their bit sets: open addressing over
/// keys of up to 16 bytes held in the slot itself (one cache line per lookup, two
/// integer comparisons), longer words in a map. The table is ours, built once and at
/// most half full: a lookup costs at most its own longest probe, whatever the input.
pub(crate) struct WordTable {
    /// A filter of the sport words ([`L::SportWord`]) by length, first and last byte
    /// ([`shape_bit`]): most lower-case words are told apart from them without a lookup.
    sport: [u64; 64],
    /// The longest connector's length in bytes ([`Words::is_connector_word`]).
    connector_len: usize,
    /// A bit per hash of the words up to 16 bytes ([`filter_bit`]), 8 KB: a word whose
    /// bit is unset is in no list, told from this small array, which stays in cache,
    /// instead of a slot of the table (196 KB for French: a cache miss), for most words
    /// asked that are in no list.
    filter: Vec<u64>,
    slots: Vec<Entry>,
    /// `64 - log2(slots.len())`: a slot is the hash's top bits.
    shift: u32,
    long: WordBits,
}

impl WordTable {
    fn new(words: WordBits) -> WordTable {
        let short = words.keys().filter(|k| k.len() <= 16).count();
        let size = (short * 2).max(16).next_power_of_two();
        let mut t = WordTable {
            sport: [0; 64],
            connector_len: 0,
            filter: vec![0; FILTER_BITS / 64],
            slots: vec![Entry::default(); size],
            shift: 64 - size.trailing_zeros(),
            long: WordBits::default(),
        };
        let mut all_sport = false;
        for (k, bits) in words {
            let b = k.as_bytes();
            if b.is_empty() || bits == 0 {
                continue;
            }
            if bits & bit(L::Connector) != 0 {
                t.connector_len = t.connector_len.max(b.len());
            }
            if bits & bit(L::SportWord) != 0 {
                let x = shape_bit(b);
                t.sport[x / 64] |= 1 << (x % 64);
                if k.chars().any(|c| c == '’' || c > '\u{24F}') {
                    // (Not a word `is_sport_word` can tell by its fold: no filter.)
                    all_sport = true;
                }
            }
            if b.len() > 16 {
                t.long.insert(k, bits);
                continue;
            }
            let (k0, k1) = pack(b);
            let f = filter_bit(mix(k0, k1, b.len()));
            if let Some(x) = t.filter.get_mut(f / 64) {
                *x |= 1 << (f % 64);
            }
            let mask = size - 1;
            let mut i = t.slot(k0, k1, b.len());
            while t.slots[i].meta != 0 {
                i = (i + 1) & mask;
            }
            t.slots[i] = Entry {
                k0,
                k1,
                meta: bits | (b.len() as u64) << 56,
            };
        }
        if all_sport {
            t.sport = [u64::MAX; 64];
        }
        t
    }

    #[inline]
    fn slot(&self, k0: u64, k1: u64, n: usize) -> usize {
        (mix(k0, k1, n) >> self.shift) as usize
    }

    /// The lists holding `word` (0 if none).
    #[inline]
    pub(crate) fn get(&self, word: &str) -> u64 {
        let b = word.as_bytes();
        let n = b.len();
        if n > 16 {
            return self.long.get(word).copied().unwrap_or(0);
        }
        if n == 0 {
            return 0;
        }
        let (k0, k1) = pack(b);
        let h = mix(k0, k1, n);
        let f = filter_bit(h);
        if self
            .filter
            .get(f / 64)
            .is_none_or(|x| x & (1 << (f % 64)) == 0)
        {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize;
        // (Never more probes than slots: the table is at most half full.)
        for _ in 0..self.slots.len() {
            let Some(e) = self.slots.get(i) else { break };
            if e.meta == 0 {
                break;
            }
            if e.k0 == k0 && e.k1 == k1 && (e.meta >> 56) as usize == n {
                return e.meta & LIST_BITS;
            }
            i = (i + 1) & mask;
        }
        0
    }
}

/// Bits in a [`WordTable`]'s filter.
const FILTER_BITS: usize = 1 << 16;

/// A hash's bit in a [`WordTable`]'s filter (bits of [`mix`] the slot, its top bits,
/// does not use).
#[inline]
fn filter_bit(h: u64) -> usize {
    (h >> 24) as usize % FILTER_BITS
}

/// A bit of a 4096-bit filter for a word by its length, first and last byte.
pub(crate) fn shape_bit(b: &[u8]) -> usize {
    let (first, last) = (b.first().copied(), b.last().copied());
    shape_of(b.len(), first.unwrap_or(0), last.unwrap_or(0))
}

/// [`shape_bit`] of a word of `len` bytes from `first` to `last`.
fn shape_of(len: usize, first: u8, last: u8) -> usize {
    let h = u32::from(first) | u32::from(last) << 8 | (len as u32 & 0xffff) << 16;
    (h.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// The bit sets of every supported language, keyed by the lexicon's address.
fn maps() -> &'static Vec<(usize, WordTable)> {
    static MAPS: OnceLock<Vec<(usize, WordTable)>> = OnceLock::new();
    MAPS.get_or_init(|| {
        crate::language::SUPPORTED
            .iter()
            .map(|code| {
                let t: &Tables = crate::language::tables(code);
                let lex = t.entities;
                let mut m = WordBits::default();
                let lists: [(L, &[&'static str]); 40] = [
                    (L::ClauseOpener, lex.clause_openers),
                    (L::ConnectedPlaceHead, lex.connected_place_heads),
                    (L::Possessive, lex.possessives),
                    (L::Occupation, lex.occupations),
                    (L::TitleLink, lex.title_links),
                    (L::RoleEnd, lex.role_ends),
                    (L::OrgTitle, lex.org_titles),
                    (L::Institution, lex.institutions),
                    (L::Title, lex.titles),
                    (L::Modifier, lex.title_modifiers),
                    (L::Portfolio, lex.portfolios),
                    (L::Connector, lex.connectors),
                    (L::Article, lex.articles),
                    (L::NotName, lex.not_names),
                    (L::Honorific, lex.honorifics),
                    (L::OrgHead, lex.org_heads),
                    (L::OrgSuffix, lex.org_suffixes),
                    (L::Generic, lex.generic),
                    (L::LowerMiscHead, lex.lower_misc_heads),
                    (L::MiscHead, lex.misc_heads),
                    (L::Stop, t.common.stopwords),
                    (L::MiscSuffix, lex.misc_suffixes),
                    (L::LocHead, lex.loc_heads),
                    (L::LocSuffix, lex.loc_suffixes),
                    (L::PlacePrep, lex.place_preps),
                    (L::PersonVerb, lex.person_verbs),
                    (L::PostNominal, lex.post_nominals),
                    (L::LowerLocHead, lex.lower_loc_heads),
                    (L::LowerPlaceHead, lex.lower_place_heads),
                    (L::LowerOrgHead, lex.lower_org_heads),
                    (L::LocativePrep, lex.locative_preps),
                    (L::SportWord, lex.sport_words),
                    (L::ClubHead, lex.club_heads),
                    (L::PluralDet, lex.plural_determiners),
                    (L::PlaceAbbrev, lex.place_abbreviations),
                    (L::CompoundSuffix, lex.compound_suffixes),
                    (L::OrgCueBefore, lex.org_cues_before),
                    (L::OrgCueAfter, lex.org_cues_after),
                    (L::LocCueBefore, lex.loc_cues_before),
                    (L::Conjunction, lex.conjunctions),
                ];
                for (l, list) in lists {
                    for w in list {
                        *m.entry(Box::from(*w)).or_insert(0) |= bit(l);
                    }
                }
                // Nationality words with their feminine and plural forms, so that a
                // token costs one lookup (`Lexicon::demonym` strips these endings).
                for (w, _) in lex.demonyms {
                    for suffix in ["", "nes", "ne", "es", "s", "e"] {
                        let form = format!("{w}{suffix}");
                        *m.entry(form.into_boxed_str()).or_insert(0) |= bit(L::Demonym);
                    }
                }
                let names = t.common.months.iter().chain(t.common.weekdays);
                for (w, _) in names {
                    *m.entry(Box::from(*w)).or_insert(0) |= bit(L::MonthDay);
                }
                (lex as *const Lexicon as usize, WordTable::new(m))
            })
            .collect()
    })
}

/// Appends `s.to_lowercase()` to `buf` (allocating only for non-ASCII text).
pub(crate) fn push_lower(buf: &mut String, s: &str) {
    if s.is_ascii() {
        let at = buf.len();
        buf.push_str(s);
        if let Some(tail) = buf.get_mut(at..) {
            tail.make_ascii_lowercase();
        }
    } else if s.contains('Σ') {
        // (`str::to_lowercase` gives a final sigma its own form.)
        buf.push_str(&s.to_lowercase());
    } else {
        buf.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// `word.ends_with(suffix)`, byte by byte from the end (the suffixes asked are a few
/// bytes long, and most words differ from them in their last byte: no `memcmp` call).
#[inline]
pub(crate) fn ends_with(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && suffix
            .bytes()
            .rev()
            .zip(word.bytes().rev())
            .all(|(a, b)| a == b)
}

/// `hay.contains(needle)` for short words: a comparison at each place of the needle's
/// first byte (`str::contains` sets up a two-way searcher first).
pub(crate) fn contains_short(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    h.iter()
        .enumerate()
        .any(|(i, &b)| b == first && h.get(i..i + n.len()) == Some(n))
}

/// `s.split(' ')`, by a byte loop (keys are short: `str::split` sets up a searcher).
pub(crate) fn split_spaces(s: &str) -> impl Iterator<Item = &str> {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let at = from?;
        let rest = s.as_bytes().get(at..)?;
        match rest.iter().position(|&c| c == b' ') {
            Some(p) => {
                from = Some(at + p + 1);
                s.get(at..at + p)
            }
            None => {
                from = None;
                s.get(at..)
            }
        }
    })
}

/// The last word of `s` (`s.rsplit(' ').next()`, by a byte loop).
pub(crate) fn last_word(s: &str) -> &str {
    match s.as_bytes().iter().rposition(|&c| c == b' ') {
        Some(p) => s.get(p + 1..).unwrap_or(""),
        None => s,
    }
}

/// [`gazetteer::fold_into`], with a fast path for ASCII text (the same result).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        if let Some(tail) = out.get_mut(at..) {
            tail.make_ascii_lowercase();
        }
    } else {
        gazetteer::fold_into(s, out);
    }
}

/// How many chars token `t` holds (`alnum`, most words: its length, without decoding).
#[inline]
pub(crate) fn char_len(t: &Token) -> usize {
    if t.alnum {
        t.text.len()
    } else {
        t.text.chars().count()
    }
}

/// [`Token::is_all_caps`] (at least two letters, none lower case), answered byte by
/// byte for an ASCII token: the same answer, without decoding chars.
pub(crate) trait AllCaps {
    fn all_caps(&self) -> bool;
}

impl AllCaps for Token<'_> {
    #[inline]
    fn all_caps(&self) -> bool {
        // (A lower-case ASCII letter among the first two bytes says no at once: most
        // words asked are capitalized, `Macron`.)
        let b = self.text.as_bytes();
        if b.first().is_some_and(u8::is_ascii_lowercase)
            || b.get(1).is_some_and(u8::is_ascii_lowercase)
        {
            return false;
        }
        if !self.text.is_ascii() {
            return self.is_all_caps();
        }
        let mut letters = 0;
        for &b in self.text.as_bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        letters >= 2
    }
}

pub(crate) struct Words<'c, 'a> {
    doc: &'c Document<'a>,
    toks: &'c [Token<'a>],
    lex: &'static Lexicon,
    map: Option<&'static WordTable>,
    /// Per token: the lists holding it (bits `L`), and [`DONE`].
    bits: Vec<u64>,
    low: String,
    /// A non-ASCII token's fold ([`Words::tok_fold`]).
    fold: String,
}

impl<'c, 'a> Words<'c, 'a> {
    pub fn new(doc: &'c Document<'a>, lex: &'static Lexicon) -> Words<'c, 'a> {
        let key = lex as *const Lexicon as usize;
        let toks = &doc.tokens[..];
        Words {
            doc,
            toks,
            lex,
            map: maps().iter().find(|(k, _)| *k == key).map(|(_, m)| m),
            bits: vec![0; toks.len()],
            low: String::with_capacity(32),
            // (Only non-ASCII tokens are folded here: allocated when one is.)
            fold: String::new(),
        }
    }

    /// Is word token `i`, lower-cased, in list `l`? (Tokens other than words are in
    /// no list.)
    #[inline]
    pub fn is(&mut self, i: usize, l: L) -> bool {
        let Some(&b) = self.bits.get(i) else {
            return false;
        };
        let b = if b & DONE != 0 { b } else { self.compute(i) };
        b & bit(l) != 0
    }

    /// Is word token `i` in any of the lists of `mask` ([`mask`])? [`Words::is`] of
    /// each, with one look at the token's bits.
    #[inline]
    pub fn any(&mut self, i: usize, mask: u64) -> bool {
        let Some(&b) = self.bits.get(i) else {
            return false;
        };
        let b = if b & DONE != 0 { b } else { self.compute(i) };
        b & mask & LIST_BITS != 0
    }

    /// Is word token `i` a sport word ([`L::SportWord`])? [`Words::is`], but a token
    /// whose fold ([`Document::lower`]) has a length, first and last byte no sport word
    /// has is answered without a lookup (most words are none). (A token is a sport word
    /// only when its lower case is one, and then its fold is that same word: the lists'
    /// words hold no `’` and no Greek, the only chars the two differ on.)
    pub fn is_sport_word(&mut self, i: usize) -> bool {
        if let Some(m) = self.map {
            let x = shape_bit(self.doc.lower(i).as_bytes());
            if m.sport[x / 64] & (1 << (x % 64)) == 0 {
                return false;
            }
        }
        self.is(i, L::SportWord)
    }

    /// Is `word` (lower case) a connector ([`L::Connector`])? [`Words::listed`], but a
    /// word longer than every connector is answered without a lookup.
    pub fn is_connector_word(&self, word: &str) -> bool {
        match self.map {
            Some(m) if word.len() > m.connector_len => false,
            _ => self.listed(word, L::Connector),
        }
    }

    /// Is token `i` a capitalized compound nationality noun (`Franco-Marocain`,
    /// `Lexicon::demonym_prefixes`)? Asked only where a nationality word is read before
    /// a name: not a list bit, which every token would pay for.
    // (One copy for its two callers: the page's size.)
    #[inline(never)]
    pub fn compound_demonym_tok(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // (`alnum`: no hyphen; the combining forms start with an ASCII letter)
        !t.alnum
            && t.text
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_uppercase)
            && self
                .lex
                .demonym_prefixes
                .iter()
                .find_map(|p| self.doc.lower(i).strip_prefix(p))
                .and_then(|x| self.lex.demonym(x))
                .is_some()
    }

    /// Is `word` (lower case) in list `l`? The same answer as a search of the list
    /// (for [`L::Demonym`], as `Lexicon::demonym`), in one hash lookup.
    pub fn listed(&self, word: &str, l: L) -> bool {
        match self.map {
            Some(m) => m.get(word) & bit(l) != 0,
            None => l == L::Demonym && self.lex.demonym(word).is_some(),
        }
    }

    /// Is token `i` (of any kind), lower-cased, in list `l`? For a word, [`Words::is`];
    /// other tokens are looked up as they are (`&` is a connector).
    pub fn tok_in(&mut self, i: usize, l: L) -> bool {
        match self.toks.get(i) {
            Some(t) if t.kind != TokenKind::Word => {
                let mut low = std::mem::take(&mut self.low);
                low.clear();
                push_lower(&mut low, t.text);
                let r = self.listed(&low, l);
                self.low = low;
                r
            }
            _ => self.is(i, l),
        }
    }

    #[inline(never)]
    fn compute(&mut self, i: usize) -> u64 {
        let t = &self.toks[i];
        let mut b = DONE;
        if t.kind == TokenKind::Word {
            let doc = self.doc;
            // (`alnum`: ASCII letters and digits only, most words: no scan of the bytes.)
            let w = if t.alnum || t.text.is_ascii() || !t.text.contains(['’', 'Σ']) {
                // A token's fold, made once when the text was parsed, is its lower
                // case, but for `’` (straightened there, kept by the lists) and a final
                // sigma (`str::to_lowercase`'s own form there, not here).
                doc.lower(i)
            } else {
                self.low.clear();
                self.low.extend(t.text.chars().flat_map(char::to_lowercase));
                self.low.as_str()
            };
            if let Some(m) = self.map {
                b |= m.get(w);
                if let Some(x) = w.strip_suffix('.').map(|s| m.get(s)) {
                    // "Sept." and "Jan." are months too; "Ltd." and "Inc." keep their
                    // dot in some texts.
                    b |= x & (bit(L::MonthDay) | bit(L::OrgSuffix));
                }
            } else if self.lex.demonym(w).is_some() {
                b |= bit(L::Demonym);
            }
        }
        // (The memo bits stay.)
        let b = b | self.bits[i] & MEMO;
        self.bits[i] = b;
        b
    }

    /// [`gazetteer::lookup`]. (Not remembered: a lookup is a hash probe, and most names
    /// are asked once or twice; a cache cost more than it saved, measured.)
    pub fn gaz(&self, folded: &str, caps: bool) -> Option<Known> {
        gazetteer::lookup(folded, caps)
    }

    /// [`Words::gaz`], with `caps` asked only when the answer needs it.
    pub fn gaz_lazy(&self, folded: &str, caps: impl FnOnce() -> bool) -> Option<Known> {
        gazetteer::listed(folded).known(caps)
    }

    /// Token `i`'s fold: for an ASCII token its lower case, made when the text was
    /// parsed ([`Document::lower`], the same bytes); otherwise folded into `buf`.
    fn tok_fold<'b>(doc: &'b Document, buf: &'b mut String, i: usize) -> &'b str {
        match doc.tokens.get(i) {
            Some(t) if t.alnum || t.text.is_ascii() => doc.lower(i),
            Some(t) => {
                buf.clear();
                fold_into(t.text, buf);
                buf.as_str()
            }
            None => "",
        }
    }

    /// Token `i` is a lower-case word ending like an adjective of a name
    /// (`name_adjective_suffixes`: `lensois`, `lyonnaise`).
    pub fn name_adjective(&mut self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word || t.is_capitalized() {
            return false;
        }
        // (an ASCII token's lower case was made when the text was parsed)
        let l = if t.alnum || t.text.is_ascii() {
            self.doc.lower(i)
        } else {
            self.low.clear();
            push_lower(&mut self.low, t.text);
            self.low.as_str()
        };
        self.lex
            .name_adjective_suffixes
            .iter()
            .any(|s| l.len() > s.len() + 2 && ends_with(l, s))
    }

    /// [`Words::gaz`] of token `i`'s fold (remembered when no list holds it).
    pub fn gaz_tok(&mut self, i: usize, caps: impl FnOnce() -> bool) -> Option<Known> {
        self.listed_tok(i).known(caps)
    }

    /// [`gazetteer::listed`] of token `i`'s fold (remembered when no list holds it).
    // (One copy for the many callers: the page's size.)
    #[inline(never)]
    fn listed_tok(&mut self, i: usize) -> gazetteer::Listed {
        if self.bits.get(i).is_some_and(|b| b & GAZ_ABSENT != 0) {
            return gazetteer::Listed::No;
        }
        let l = gazetteer::listed(Self::tok_fold(self.doc, &mut self.fold, i));
        if l == gazetteer::Listed::No {
            if let Some(b) = self.bits.get_mut(i) {
                *b |= GAZ_ABSENT;
            }
        }
        l
    }

    /// [`Words::given`] of token `i`'s fold (remembered).
    pub fn given_tok(&mut self, i: usize) -> bool {
        self.name_tok(i, GIVEN_ASKED, GIVEN, &gazetteer::GIVEN_NAMES)
    }

    /// [`Words::surname`] of token `i`'s fold (remembered).
    pub fn surname_tok(&mut self, i: usize) -> bool {
        self.name_tok(i, SURNAME_ASKED, SURNAME, &gazetteer::SURNAMES)
    }

    fn name_tok(&mut self, i: usize, asked: u64, yes: u64, list: &gazetteer::SortedLines) -> bool {
        let Some(&b) = self.bits.get(i) else {
            return list.contains(Self::tok_fold(self.doc, &mut self.fold, i));
        };
        if b & asked != 0 {
            return b & yes != 0;
        }
        let found = list.contains(Self::tok_fold(self.doc, &mut self.fold, i));
        if let Some(b) = self.bits.get_mut(i) {
            *b |= asked | if found { yes } else { 0 };
        }
        found
    }

    /// Is this folded word a given name? (Of a token, the rules ask
    /// [`Words::given_tok`] and [`Words::surname_tok`].)
    pub fn given(&self, folded: &str) -> bool {
        gazetteer::GIVEN_NAMES.contains(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    #[test]
    fn splits_like_str() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a",
            "a ",
            "a  b",
            "jean de la fontaine",
            "é è",
        ] {
            let ours: Vec<&str> = split_spaces(s).collect();
            let std: Vec<&str> = s.split(' ').collect();
            assert_eq!(ours, std, "{s:?}");
            assert_eq!(Some(last_word(s)), s.rsplit(' ').next(), "{s:?}");
        }
    }

    #[test]
    fn answers_like_the_lists() {
        let t = crate::language::tables("fr");
        let doc = Document::parse("Le ministre russe des Affaires Ltd. de", t);
        let mut w = Words::new(&doc, t.entities);
        assert!(w.is(0, L::Article));
        assert!(w.is(1, L::Title));
        assert!(w.is(2, L::Demonym));
        assert!(w.is(3, L::Connector));
        assert!(w.is(4, L::Portfolio));
        assert!(!w.is(4, L::Title));
        assert!(w.is(doc.tokens.len() - 1, L::Stop));
        assert!(!w.is(999, L::Title));
    }
}
