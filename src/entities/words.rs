//! What each token is for the lexicon (a title? a connector? a nationality?), computed
//! once per token and list, on demand: the steps ask the same questions of the same
//! tokens many times, and a binary search with a lower-casing each time was the
//! stage's main cost.

use std::collections::HashMap;

use super::gazetteer::{self, Known};
use super::{has, Lexicon};
use crate::document::{Token, TokenKind};

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
}

pub(crate) struct Words<'c, 'a> {
    toks: &'c [Token<'a>],
    lex: &'static Lexicon,
    stop: &'static [&'static str],
    /// Bit `l` set: list `l` was looked up for this token.
    asked: Vec<u16>,
    /// Bit `l` set: the token is in list `l`.
    found: Vec<u16>,
    low: String,
    /// Gazetteer answers by folded name: names recur in an article, and a lookup is a
    /// binary search over tens of thousands of lines.
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
    pub fn new(
        toks: &'c [Token<'a>],
        lex: &'static Lexicon,
        stop: &'static [&'static str],
    ) -> Words<'c, 'a> {
        Words {
            toks,
            lex,
            stop,
            asked: vec![0; toks.len()],
            found: vec![0; toks.len()],
            low: String::new(),
            memo: HashMap::new(),
        }
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

    /// Is word token `i`, lower-cased, in list `l`?
    pub fn is(&mut self, i: usize, l: L) -> bool {
        let bit = 1u16 << (l as u16);
        let Some(asked) = self.asked.get(i).copied() else {
            return false;
        };
        if asked & bit != 0 {
            return self.found[i] & bit != 0;
        }
        let t = &self.toks[i];
        let yes = t.kind == TokenKind::Word && {
            self.low.clear();
            if t.text.is_ascii() {
                self.low
                    .extend(t.text.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                self.low.extend(t.text.chars().flat_map(char::to_lowercase));
            }
            let w = self.low.as_str();
            let lex = self.lex;
            match l {
                L::Title => has(lex.titles, w),
                L::Modifier => has(lex.title_modifiers, w),
                L::Portfolio => has(lex.portfolios, w),
                L::Connector => has(lex.connectors, w),
                L::Article => has(lex.articles, w),
                L::NotName => has(lex.not_names, w),
                L::Honorific => has(lex.honorifics, w),
                L::OrgHead => has(lex.org_heads, w),
                L::OrgSuffix => has(lex.org_suffixes, w.trim_end_matches('.')),
                L::Generic => has(lex.generic, w),
                L::LowerMiscHead => has(lex.lower_misc_heads, w),
                L::MiscHead => has(lex.misc_heads, w),
                L::Stop => self.stop.contains(&w),
                L::Demonym => lex.demonym(w).is_some(),
            }
        };
        self.asked[i] |= bit;
        if yes {
            self.found[i] |= bit;
        }
        yes
    }
}
