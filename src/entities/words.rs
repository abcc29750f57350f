//! What each token is for the lexicon (a title? a connector? a nationality?), computed
//! once per token: the steps ask the same questions of the same tokens many times.
//!
//! Every list of a language's [`Lexicon`] (and its stop words) is folded, once per
//! process, into one hash map from word to a bit set of the lists holding it, so a token
//! costs one lower-casing and one hash lookup, whatever is asked of it later.

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
}

/// Bit 63: the token's bits are computed.
const DONE: u64 = 1 << 63;
// (Every list needs a bit of its own below `DONE`.)
const _: () = assert!((L::Conjunction as u32) < 63);

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

/// The bit sets of every supported language, keyed by the lexicon's address.
fn maps() -> &'static Vec<(usize, WordBits)> {
    static MAPS: OnceLock<Vec<(usize, WordBits)>> = OnceLock::new();
    MAPS.get_or_init(|| {
        crate::language::SUPPORTED
            .iter()
            .map(|code| {
                let t: &Tables = crate::language::tables(code);
                let lex = t.entities;
                let mut m = WordBits::default();
                let lists: [(L, &[&'static str]); 31] = [
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
                (lex as *const Lexicon as usize, m)
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
    } else {
        buf.push_str(&s.to_lowercase());
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

pub(crate) struct Words<'c, 'a> {
    doc: &'c Document<'a>,
    toks: &'c [Token<'a>],
    lex: &'static Lexicon,
    map: Option<&'static WordBits>,
    /// Per token: the lists holding it (bits `L`), and [`DONE`].
    bits: Vec<u64>,
    low: String,
    /// Gazetteer answers by folded name: names recur in an article, and a lookup is a
    /// binary search over tens of thousands of lines. A direct-mapped cache (one slot
    /// per hash, the last name wins): no key can cost more than a fresh lookup, so
    /// crafted input that makes hashes collide only loses the cache, never goes
    /// quadratic — and a cheap hash will do.
    memo: Vec<Slot>,
    /// The keys of the memo's slots, one after the other (cleared when it grows large).
    keys: String,
}

#[derive(Default, Clone, Copy)]
struct Memo {
    plain: Option<Option<Known>>,
    caps: Option<Option<Known>>,
    given: Option<bool>,
    surname: Option<bool>,
}

/// One cache slot: the key's hash (0 = empty), where the key is in `Words::keys`.
#[derive(Default, Clone, Copy)]
struct Slot {
    hash: u64,
    key: (u32, u32),
    memo: Memo,
}

/// Slots of the memo: enough for the distinct names of a long article, no more (memory
/// stays bounded on huge inputs; a miss only costs a lookup).
const MIN_SLOTS: usize = 64;
const MAX_SLOTS: usize = 1 << 14;
/// Longer keys are not remembered (a long run of capitals is seldom looked up twice).
const MAX_KEY_LEN: usize = 256;
/// Bytes of keys kept before the memo is emptied and starts again.
const MAX_KEY_BYTES: usize = 1 << 20;

/// FNV-1a of the key, never 0 (0 marks an empty slot).
fn memo_hash(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h | 1
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
            low: String::new(),
            memo: Vec::new(),
            keys: String::new(),
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

    /// Is `word` (lower case) in list `l`? The same answer as a search of the list
    /// (for [`L::Demonym`], as `Lexicon::demonym`), in one hash lookup.
    pub fn listed(&self, word: &str, l: L) -> bool {
        match self.map {
            Some(m) => m.get(word).is_some_and(|b| b & bit(l) != 0),
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
            let w = if t.text.is_ascii() {
                // An ASCII token's fold, made once when the text was parsed, is its
                // lower case (other folds also straighten `’`, which the lists keep).
                doc.lower(i)
            } else {
                self.low.clear();
                self.low.extend(t.text.chars().flat_map(char::to_lowercase));
                self.low.as_str()
            };
            if let Some(m) = self.map {
                b |= m.get(w).copied().unwrap_or(0);
                if let Some(x) = w.strip_suffix('.').and_then(|s| m.get(s)) {
                    // "Sept." and "Jan." are months too; "Ltd." and "Inc." keep their
                    // dot in some texts.
                    b |= x & (bit(L::MonthDay) | bit(L::OrgSuffix));
                }
            } else if self.lex.demonym(w).is_some() {
                b |= bit(L::Demonym);
            }
        }
        self.bits[i] = b;
        b
    }

    /// Reads, updates and stores the memo of `folded`.
    fn with_memo<T: Copy>(&mut self, folded: &str, f: impl FnOnce(&mut Memo) -> T) -> T {
        if folded.len() > MAX_KEY_LEN {
            return f(&mut Memo::default());
        }
        if self.memo.is_empty() {
            let n = (self.toks.len() / 2)
                .clamp(MIN_SLOTS, MAX_SLOTS)
                .next_power_of_two();
            self.memo = vec![Slot::default(); n];
        }
        let h = memo_hash(folded);
        let i = (h as usize ^ (h >> 32) as usize) & (self.memo.len() - 1);
        let keys = &self.keys;
        let slot = &mut self.memo[i];
        if slot.hash == h && keys.get(slot.key.0 as usize..slot.key.1 as usize) == Some(folded) {
            return f(&mut slot.memo);
        }
        if self.keys.len() + folded.len() > MAX_KEY_BYTES {
            self.keys.clear();
            self.memo.iter_mut().for_each(|s| *s = Slot::default());
        }
        let start = self.keys.len();
        self.keys.push_str(folded);
        let mut memo = Memo::default();
        let r = f(&mut memo);
        self.memo[i] = Slot {
            hash: h,
            key: (start as u32, self.keys.len() as u32),
            memo,
        };
        r
    }

    /// [`gazetteer::lookup`], remembered.
    pub fn gaz(&mut self, folded: &str, caps: bool) -> Option<Known> {
        self.with_memo(folded, |m| {
            let slot = if caps { &mut m.caps } else { &mut m.plain };
            *slot.get_or_insert_with(|| gazetteer::lookup(folded, caps))
        })
    }

    /// Is this folded word a given name?
    pub fn given(&mut self, folded: &str) -> bool {
        self.with_memo(folded, |m| {
            *m.given
                .get_or_insert_with(|| gazetteer::GIVEN_NAMES.contains(folded))
        })
    }

    /// Is this folded word a surname?
    pub fn surname(&mut self, folded: &str) -> bool {
        self.with_memo(folded, |m| {
            *m.surname
                .get_or_insert_with(|| gazetteer::SURNAMES.contains(folded))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

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
