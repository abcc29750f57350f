//! What each token is for the lexicon (a title? a connector? a nationality?), computed
//! once per token: the steps ask the same questions of the same tokens many times.
//!
//! Every list of a language's [`Lexicon`] (and its stop words) is folded, once per
//! process, into one hash map from word to a bit set of the lists holding it, so a token
//! costs one lower-casing and one hash lookup, whatever is asked of it later.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::gazetteer::{self, Known};
use super::Lexicon;
use crate::document::{Token, TokenKind};
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
    /// A nationality word (`russe`, `américaines`, `German`).
    Demonym,
    /// A month or weekday name (`Common::months`, `Common::weekdays`), never an entity.
    MonthDay,
}

/// Bit 15: the token's bits are computed.
const DONE: u16 = 1 << 15;
/// Bit 15 in the maps (where [`DONE`] is never stored): a key of the demonym table.
const DEMONYM_KEY: u16 = 1 << 15;

type WordBits = HashMap<&'static str, u16, crate::hash::FnvBuild>;

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
                let lists: [(L, &[&'static str]); 13] = [
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
                ];
                for (l, list) in lists {
                    for w in list {
                        *m.entry(*w).or_insert(0) |= 1 << (l as u16);
                    }
                }
                for (w, _) in lex.demonyms {
                    *m.entry(*w).or_insert(0) |= DEMONYM_KEY;
                }
                let names = t.common.months.iter().chain(t.common.weekdays);
                for (w, _) in names {
                    *m.entry(*w).or_insert(0) |= 1 << (L::MonthDay as u16);
                }
                (lex as *const Lexicon as usize, m)
            })
            .collect()
    })
}

pub(crate) struct Words<'c, 'a> {
    toks: &'c [Token<'a>],
    lex: &'static Lexicon,
    map: Option<&'static WordBits>,
    /// Per token: the lists holding it (bits `L`), and [`DONE`].
    bits: Vec<u16>,
    low: String,
    /// Gazetteer answers by folded name: names recur in an article, and a lookup is a
    /// binary search over tens of thousands of lines.
    /// (SipHash: the keys come from the input, which could be made to collide.)
    memo: HashMap<String, Memo>,
}

#[derive(Default, Clone, Copy)]
struct Memo {
    plain: Option<Option<Known>>,
    caps: Option<Option<Known>>,
    given: Option<bool>,
    surname: Option<bool>,
}

impl<'c, 'a> Words<'c, 'a> {
    pub fn new(toks: &'c [Token<'a>], lex: &'static Lexicon) -> Words<'c, 'a> {
        let key = lex as *const Lexicon as usize;
        Words {
            toks,
            lex,
            map: maps().iter().find(|(k, _)| *k == key).map(|(_, m)| m),
            bits: vec![0; toks.len()],
            low: String::new(),
            memo: HashMap::default(),
        }
    }

    /// Is word token `i`, lower-cased, in list `l`?
    pub fn is(&mut self, i: usize, l: L) -> bool {
        let Some(&b) = self.bits.get(i) else {
            return false;
        };
        let b = if b & DONE != 0 { b } else { self.compute(i) };
        b & (1 << (l as u16)) != 0
    }

    fn compute(&mut self, i: usize) -> u16 {
        let t = &self.toks[i];
        let mut b = DONE;
        if t.kind == TokenKind::Word {
            self.low.clear();
            if t.text.is_ascii() {
                self.low
                    .extend(t.text.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                self.low.extend(t.text.chars().flat_map(char::to_lowercase));
            }
            let w = self.low.as_str();
            if let Some(m) = self.map {
                // "Sept." and "Jan." are months too.
                let month = 1 << (L::MonthDay as u16);
                if let Some(x) = w.strip_suffix('.').and_then(|s| m.get(s)) {
                    b |= x & month;
                }
                b |= m.get(w).copied().unwrap_or(0) & !DEMONYM_KEY;
                // "Ltd." and "Inc." keep their dot in some texts.
                if let Some(x) = w.strip_suffix('.').and_then(|s| m.get(s)) {
                    b |= x & (1 << (L::OrgSuffix as u16));
                }
                // Nationality words: the table's form, or its feminine or plural
                // (same endings as `Lexicon::demonym`).
                let key = |s: &str| m.get(s).is_some_and(|x| x & DEMONYM_KEY != 0);
                if key(w)
                    || ["nes", "ne", "es", "s", "e"]
                        .iter()
                        .any(|suf| w.strip_suffix(suf).is_some_and(key))
                {
                    b |= 1 << (L::Demonym as u16);
                }
            } else if self.lex.demonym(w).is_some() {
                b |= 1 << (L::Demonym as u16);
            }
        }
        self.bits[i] = b;
        b
    }

    /// Reads, updates and stores the memo of `folded` (allocating only for a new name).
    fn with_memo<T: Copy>(&mut self, folded: &str, f: impl FnOnce(&mut Memo) -> T) -> T {
        if let Some(m) = self.memo.get_mut(folded) {
            return f(m);
        }
        let mut m = Memo::default();
        let r = f(&mut m);
        self.memo.insert(folded.to_string(), m);
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
        let mut w = Words::new(&doc.tokens, t.entities);
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
