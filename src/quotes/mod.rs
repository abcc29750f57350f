//! Quotes: direct quotations and reported speech, each tied to its speaker and cue.
//!
//! What it does, in order (one left-to-right pass each, see `docs/quotes.md`):
//!
//! 1. [`marks`] pairs quotation marks paragraph by paragraph (every style: `« »`, `“ ”`,
//!    `„ “`, `‘ ’`, straight quotes), bounding an unclosed mark by its paragraph.
//! 2. [`direct`] turns pairs into direct quotes: splits a quote cut by an incise, drops
//!    scare quotes and titles, finds each quote's cue and speaker ([`speakers`]), gives
//!    unattributed continuation paragraphs to the previous speaker, and recovers a
//!    first-person paragraph whose marks were lost upstream.
//! 3. [`reported`] finds reported speech (`X a déclaré que …`, `selon X, …`,
//!    `…, a source said`) outside direct quotes.
//!
//! What it doesn't do: parse syntax. Speakers and contents are found from the speech-verb
//! tables of the language (`src/language/*/quotes.rs`), punctuation and the entities
//! already found; a sentence the patterns don't cover gives no quote rather than a guess.
//! Every scan is bounded (a window of tokens, or the sentence) so the stage is linear in
//! the text.

mod direct;
mod lexicon;
mod marks;
mod reported;
mod speakers;

pub use lexicon::{phrasal, Gender, Lexicon, Number, Phrasal, Verb, VerbKind};

use crate::analysis::{Entity, EntityType, Quote, QuoteKind, Speaker, TextSpan};
use crate::context::Context;
use crate::document::{Document, Token, TokenKind};
use lexicon::{Class, Index};

/// Every quote of the text in text order, with byte offsets. Speakers refer to `entities`.
pub fn extract(ctx: &Context, entities: &[Entity]) -> Vec<Quote> {
    if ctx.doc.tokens.is_empty() {
        return Vec::new();
    }
    let stage = Stage::new(ctx, entities);
    let mut quotes = direct::extract(&stage);
    drop_overlapping_direct(&mut quotes);
    let mut reported = reported::extract(&stage, &quotes);
    // Speech reported inside a direct quote is the quoted speaker's, not annotated
    // apart (marked quotes are skipped by the reported stage itself; this catches the
    // quotes without marks: dialogue turns, lost marks — whose words the reported stage
    // would otherwise read as a clause of the reporter's).
    let text = ctx.doc.text;
    let marked = |d: &Quote| {
        text.get(..d.start)
            .and_then(|x| x.trim_end().chars().next_back())
            .is_some_and(|c| matches!(c, '«' | '“' | '"' | '‘' | '\'' | '„' | '‹' | '»'))
    };
    // (the direct quotes no longer overlap, so in start order their ends grow too: the
    // first one ending after `r.start` is the only one to test — no scan per pair, which
    // would grow as direct × reported on a text of many quotes)
    let unmarked: Vec<(usize, usize)> = quotes
        .iter()
        .filter(|d| d.kind == QuoteKind::Direct && !marked(d))
        .map(|d| (d.start, d.end))
        .collect();
    reported.retain(|r| {
        let k = unmarked.partition_point(|d| d.1 <= r.start);
        unmarked.get(k).is_none_or(|d| d.0 >= r.end)
    });
    // A partial quote inside reported speech that found no speaker of its own
    // ("on affirme que la liste sera dévoilée « avant la fin du mois »") is that
    // speech's: same speaker, same cue. (The nearest few reported contents starting
    // before it are enough: they nest little; this keeps 100k quotes linear.)
    crate::sort::by_key(&mut reported, |r| r.start);
    // A partial quote whose own cue lies in another sentence (the next one's "She
    // said …", an "According to X" further on) is the reported speech's too, when that
    // speech names its speaker: the verb of the sentence holding it introduces it.
    let sentence_at = |pos: usize| {
        let t = ctx.doc.token_at(pos);
        stage.sentence_of.get(t).copied()
    };
    for d in quotes.iter_mut() {
        let foreign_cue = d
            .cue
            .as_ref()
            .is_some_and(|c| d.speaker.is_some() && sentence_at(c.start) != sentence_at(d.start));
        if d.kind != QuoteKind::Direct || d.speaker.is_some() && !foreign_cue {
            continue;
        }
        let k = reported.partition_point(|r| r.start <= d.start);
        let within = reported[..k]
            .iter()
            .rev()
            .take(16)
            .filter(|r| r.speaker.is_some() && d.end <= r.end)
            .min_by_key(|r| r.end - r.start);
        // (over a speaker of its own, only a named one: a description is a poorer answer)
        let named = |r: &&Quote| r.speaker.as_ref().is_some_and(|w| w.entity.is_some());
        if let Some(r) = within.filter(|r| !foreign_cue || named(r)) {
            d.speaker = r.speaker.clone();
            d.cue = r.cue.clone();
        }
    }
    // A definite nationality noun that spoke ("a réagi le Brésilien") is the person of
    // that nationality named last.
    for q in quotes.iter_mut().chain(reported.iter_mut()) {
        let Some(sp) = &q.speaker else { continue };
        let Some(noun) = sp.entity.and_then(|e| entities.get(e)) else {
            continue;
        };
        if noun.kind == crate::analysis::EntityType::MISC && noun.nationality.is_some() {
            if let Some(w) = stage.national(sp.start, sp.end, noun) {
                q.speaker = Some(w);
            }
        }
    }
    quotes.extend(reported);
    crate::sort::by_key(&mut quotes, |q| {
        (q.start, q.end, q.kind == QuoteKind::Indirect)
    });
    quotes.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.kind == b.kind);
    quotes
}

/// Direct quotes never overlap (the contract): when two rules claim overlapping text
/// (odd marks such as a doubled apostrophe, or a recovered quote without marks around a
/// marked one), the one starting first — the longer, at equal starts — is kept.
fn drop_overlapping_direct(quotes: &mut Vec<Quote>) {
    crate::sort::by_key(quotes, |q| (q.start, std::cmp::Reverse(q.end)));
    let mut last_end = 0usize;
    quotes.retain(|q| {
        if q.kind != QuoteKind::Direct {
            return true;
        }
        let keep = q.start >= last_end;
        if keep {
            last_end = q.end;
        }
        keep
    });
}

/// What every step reads: the document, the word index, the entities and their mentions.
pub(crate) struct Stage<'a> {
    pub doc: &'a Document<'a>,
    pub text: &'a str,
    pub ix: &'static Index,
    pub lex: &'static Lexicon,
    pub entities: &'a [Entity],
    /// (start, end, entity index) of every mention, sorted by start.
    pub mentions: Vec<(usize, usize, usize)>,
    /// Gender of each entity, as its honorifics and role nouns tell it.
    pub genders: Vec<Gender>,
    /// Paragraphs that are not body text (headline, date line, byline, captions).
    pub non_body: Vec<bool>,
    /// Sentence index of each token.
    pub sentence_of: Vec<u32>,
    /// The paired quotation marks.
    pub marks: marks::Marks,
    /// Tokens that are paired quotation marks (not apostrophes).
    pub paired: Vec<bool>,
    /// Byte spans inside top-level quotation marks, sorted.
    pub quoted: Vec<(usize, usize)>,
    /// The place dateline opening the body (`LYON —`, `PARIS (AFP) -`): no part of a
    /// content.
    pub place_line: Option<(usize, usize)>,
    /// What the index knows of each token ([`Index::token`]), found in one pass when the
    /// stage is built: the steps ask about the same tokens many times.
    info: Vec<lexicon::TokenBits>,
}

/// A found speaker, before it becomes a [`Speaker`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Who {
    pub name: String,
    pub entity: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub gender: Gender,
    pub plural: bool,
    /// A person (not an organisation, place or description).
    pub person: bool,
}

impl Who {
    pub fn speaker(&self) -> Speaker {
        Speaker {
            name: self.name.clone(),
            entity: self.entity,
            start: self.start,
            end: self.end,
        }
    }
}

/// A cue: token range of the verb phrase (or attribution phrase), byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub first: usize,
    /// Exclusive token index.
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub kind: VerbKind,
    /// The subject pronoun glued to the cue (`a-t-il`, `explique-t-elle`): byte span,
    /// gender, number.
    pub inverted: Option<(usize, usize, Gender, Number)>,
    pub gerund: bool,
    /// An attribution phrase (`selon`, `according to`) rather than a verb.
    pub attribution: bool,
}

impl<'a> Stage<'a> {
    fn new(ctx: &'a Context<'a>, entities: &'a [Entity]) -> Stage<'a> {
        let lex = ctx.tables.quotes;
        let doc = ctx.doc;
        // (sized first: collected from a `flat_map`, the list grew by doubling)
        let mut mentions: Vec<(usize, usize, usize)> =
            Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
        mentions.extend(
            entities
                .iter()
                .enumerate()
                .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i))),
        );
        // (std sort: hot, in entity order; see src/sort.rs)
        mentions.sort_unstable();
        let mut non_body = vec![false; doc.paragraphs.len()];
        for &i in &ctx.layout.non_body {
            if let Some(x) = non_body.get_mut(i) {
                *x = true;
            }
        }
        // (built by pushes, not zeroed then filled: sentences come in token order; a
        // token in no sentence reads 0, a later sentence overrides an earlier one)
        let n = doc.tokens.len();
        let mut sentence_of: Vec<u32> = Vec::with_capacity(n);
        for (s, sent) in doc.sentences.iter().enumerate() {
            let s = u32::try_from(s).unwrap_or(u32::MAX);
            let (a, b) = (sent.tokens.0.min(n), sent.tokens.1.min(n));
            let have = sentence_of.len();
            for x in sentence_of.iter_mut().take(b).skip(a) {
                *x = s;
            }
            sentence_of.resize(have.max(a), 0);
            sentence_of.resize(have.max(a).max(b), s);
        }
        sentence_of.resize(n, 0);
        let marks = marks::pair(doc);
        let mut quoted: Vec<(usize, usize)> = Vec::new();
        for p in marks.pairs.iter().filter(|p| p.depth == 0) {
            let s = doc.tokens.get(p.open).map(|t| t.end).unwrap_or(0);
            let e = match p.close {
                Some(c) => doc.tokens.get(c).map(|t| t.start).unwrap_or(s),
                None => doc.paragraphs.get(p.paragraph).map(|x| x.end).unwrap_or(s),
            };
            if e > s {
                quoted.push((s, e));
            }
        }
        quoted.sort_unstable();
        let mut paired = vec![false; doc.tokens.len()];
        for p in &marks.pairs {
            for t in std::iter::once(p.open).chain(p.close) {
                if let Some(x) = paired.get_mut(t) {
                    *x = true;
                }
            }
        }
        for &t in &marks.stray {
            if let Some(x) = paired.get_mut(t) {
                *x = true;
            }
        }
        let mut stage = Stage {
            doc,
            text: doc.text,
            ix: Index::cached(ctx.tables),
            lex,
            entities,
            mentions,
            genders: vec![Gender::Unknown; entities.len()],
            non_body,
            sentence_of,
            marks,
            paired,
            quoted,
            place_line: ctx.layout.info.place.as_ref().map(|p| (p.start, p.end)),
            info: Vec::new(),
        };
        stage.info = stage.token_info();
        stage.genders = stage.entity_genders();
        stage
    }

    /// Is byte `pos` inside a pair of quotation marks?
    pub fn inside_quote(&self, pos: usize) -> bool {
        let k = self.quoted.partition_point(|q| q.0 <= pos);
        k > 0 && self.quoted.get(k - 1).is_some_and(|q| pos < q.1)
    }

    pub fn tok(&self, i: usize) -> Option<&Token<'a>> {
        self.doc.tokens.get(i)
    }

    /// Lower-case text of token `i`, apostrophes made straight.
    pub fn low(&self, i: usize) -> &str {
        self.doc.lower(i)
    }

    /// [`Index::token`] of every token, with its word and quotation flags.
    fn token_info(&self) -> Vec<lexicon::TokenBits> {
        let toks = &self.doc.tokens;
        let mut out: Vec<lexicon::TokenBits> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| self.ix.token(self.low(i), t.text).with(t.is_word(), false))
            .collect();
        // A token is quoted when the last span starting at or before it (what
        // `inside_quote(start)` finds) runs past its start: for span `j`, the tokens
        // starting in `[start_j, min(end_j, start_j+1))` — found by two binary searches
        // per span (few) rather than a test per token.
        for (j, s) in self.quoted.iter().enumerate() {
            let hi = self.quoted.get(j + 1).map_or(s.1, |n| n.0.min(s.1));
            if hi <= s.0 {
                continue;
            }
            let a = toks.partition_point(|t| t.start < s.0);
            let b = toks.partition_point(|t| t.start < hi);
            for x in out.iter_mut().take(b).skip(a) {
                *x = x.with(x.word(), true);
            }
        }
        out
    }

    /// What the stage knows of token `i` (nothing past the end).
    fn info(&self, i: usize) -> lexicon::TokenBits {
        self.info.get(i).copied().unwrap_or_default()
    }

    /// Is token `i`'s fold a word of the list `class`?
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.info(i).classes() & class.bit() != 0
    }

    /// Is token `i` a word, and its fold a word of the list `class`?
    pub fn word_in(&self, i: usize, class: Class) -> bool {
        let x = self.info(i);
        x.word() && x.classes() & class.bit() != 0
    }

    /// Is some token of `[a, b)` a word of the list `class` ([`Stage::word_in`] of one of
    /// them)? One walk of the token facts.
    pub fn any_word_in(&self, a: usize, b: usize, class: Class) -> bool {
        let bit = class.bit();
        self.info
            .get(a..b.min(self.info.len()))
            .is_some_and(|r| r.iter().any(|x| x.word() && x.classes() & bit != 0))
    }

    /// The first token of `[i, end)` that can open reported speech, if any: a word
    /// outside quotation marks that is a verb of saying or the first word of an
    /// attribution phrase (`reported` asks nothing of the others, most tokens: one walk
    /// of the token facts skips them).
    pub fn next_report(&self, i: usize, end: usize) -> Option<usize> {
        let rest = self.info.get(i..end.min(self.info.len()))?;
        let may = |x: &lexicon::TokenBits| {
            x.word()
                && !x.quoted()
                && (x.has_verb() || x.classes() & Class::AttributionHeads.bit() != 0)
        };
        rest.iter().position(may).map(|d| i + d)
    }

    /// Does token `i` start inside a pair of quotation marks (`inside_quote` of its
    /// start)?
    pub fn tok_quoted(&self, i: usize) -> bool {
        self.info(i).quoted()
    }

    /// The role noun token `i` is, if any (`Index::role` of its text).
    pub fn role_at(&self, i: usize) -> Option<Gender> {
        self.info(i).role()
    }

    /// The subject pronoun token `i` is, if any (`Index::pronoun` of its text).
    pub fn pronoun_at(&self, i: usize) -> Option<(Gender, Number)> {
        self.info(i).pronoun()
    }

    /// The honorific token `i` is, if any (`Index::honorific` of its text).
    pub fn honorific_at(&self, i: usize) -> Option<Gender> {
        self.info(i).honorific()
    }

    /// The auxiliary token `i` is, if any (`Index::auxiliary` of its text).
    pub fn auxiliary_at(&self, i: usize) -> Option<Option<(Gender, Number)>> {
        self.info(i).auxiliary()
    }

    /// The verb of saying token `i` is, if any (`Index::verb` of its fold).
    pub fn verb_at(&self, i: usize) -> Option<lexicon::VerbForm> {
        let mut form = self.ix.verb_form(self.info(i))?;
        // A phrasal cue (`called for`, `shot back`) takes its words and its kind; `fire`,
        // `shooting` alone are nouns or other verbs: a verb of saying only with its words
        // (`fired back`)
        // (a day may stand between the verb and its words: "called on Thursday for a
        // strike", "a appelé mardi à la grève")
        let day = |k: usize| self.is(k, Class::Weekdays);
        let skip = if form.phrasal && day(i + 1) {
            1
        } else if form.phrasal && self.word_in(i + 1, Class::AdjunctPrepositions) && day(i + 2) {
            2
        } else {
            0
        };
        let words = |p: &&lexicon::Phrasal| {
            p.lemma == form.lemma
                && p.words.iter().enumerate().all(|(k, w)| {
                    let at = i + 1 + skip + k;
                    self.tok(at).is_some_and(|t| t.is_word()) && self.low(at) == *w
                })
        };
        let phrasal = match form.phrasal {
            true => self.lex.phrasal.iter().find(words),
            false => None,
        };
        if let Some(p) = phrasal {
            form.kind = p.kind;
            form.extra = (skip + p.words.len()) as u8;
        } else if form.kind == VerbKind::Particle {
            return None;
        }
        Some(form)
    }

    /// Token `i` is a lower-case word with a regular past ending (`showed`, `backed`): a
    /// verb the tables need not list.
    pub fn past_form(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.is_word()
                && !t.is_capitalized()
                && self.lex.past_endings.iter().any(|x| t.text.ends_with(x))
        })
    }

    /// How many tokens a possessive at token `i` takes: `'s` (one) or `'` `s` (two); 0
    /// when there is none.
    pub fn possessive_at(&self, i: usize) -> usize {
        match self.tok(i).map(|t| t.text) {
            Some("'s" | "’s") => 1,
            Some("'" | "’") if self.low(i + 1) == "s" => 2,
            _ => 0,
        }
    }

    pub fn is_punct(&self, i: usize, s: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(s))
    }

    /// Is token `i` a quotation mark (paired, or a stray closer), not an apostrophe?
    pub fn is_quote(&self, i: usize) -> bool {
        self.paired.get(i).copied().unwrap_or(false)
    }

    /// Is token `i` punctuation that ends a phrase (anything but an abbreviation's dot,
    /// a hyphen or an apostrophe)?
    pub fn is_break(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return true };
        match t.kind {
            TokenKind::Quote(_) => self.is_quote(i),
            TokenKind::Punct => {
                if t.text == "." && !t.space_before && i > 0 && self.is_abbrev(i - 1) {
                    return false;
                }
                !matches!(t.text, "-" | "'" | "’" | "&")
            }
            _ => false,
        }
    }

    /// A short token a dot may follow without ending anything (`M.`, `Mr.`, `J.`).
    pub fn is_abbrev(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        t.is_word()
            && (self.honorific_at(i).is_some()
                || t.text.chars().nth(1).is_none() && !t.text.is_empty() && t.is_capitalized())
    }

    /// Token range `[a, b)` of the sentence holding token `i`.
    pub fn sentence(&self, i: usize) -> (usize, usize) {
        let s = self.sentence_of.get(i).map_or(0, |&s| s as usize);
        self.doc
            .sentences
            .get(s)
            .map(|s| s.tokens)
            .unwrap_or((i, i + 1))
    }

    /// Token range `[a, b)` of paragraph `p`.
    pub fn paragraph(&self, p: usize) -> (usize, usize) {
        let Some(para) = self.doc.paragraphs.get(p) else {
            return (0, 0);
        };
        let a = self
            .doc
            .sentences
            .get(para.sentences.0)
            .map(|s| s.tokens.0)
            .unwrap_or(0);
        let b = para
            .sentences
            .1
            .checked_sub(1)
            .and_then(|s| self.doc.sentences.get(s))
            .map(|s| s.tokens.1)
            .unwrap_or(a);
        (a, b)
    }

    /// Byte offset where the paragraph `back` paragraphs before paragraph `p` starts (the
    /// text's start when there are fewer): the floor of a backward search.
    pub fn paragraph_start_back(&self, p: usize, back: usize) -> usize {
        self.doc
            .paragraphs
            .get(p.saturating_sub(back))
            .map(|x| x.start)
            .unwrap_or(0)
    }

    pub fn paragraph_of(&self, i: usize) -> usize {
        let s = self.sentence_of.get(i).map_or(0, |&s| s as usize);
        self.doc.sentences.get(s).map(|s| s.paragraph).unwrap_or(0)
    }

    /// The entity a mention of which covers byte span `[s, e)`, with that mention.
    pub fn entity_at(&self, s: usize, e: usize) -> Option<(usize, usize, usize)> {
        let k = self.mentions.partition_point(|m| m.0 <= s);
        // mentions starting at or before s that reach e, or starting inside [s, e)
        let back = self.mentions[..k].iter().rev().take(4);
        for m in back {
            if m.0 <= s && m.1 >= e {
                return Some(*m);
            }
        }
        self.mentions[k..]
            .iter()
            .take_while(|m| m.0 < e)
            .find(|m| m.1 <= e)
            .copied()
    }

    fn entity_genders(&self) -> Vec<Gender> {
        let mut g = vec![Gender::Unknown; self.entities.len()];
        // (mentions are sorted by start: `token_at` of each by one walk of the tokens)
        let mut i = 0usize;
        for &(s, _, ent) in &self.mentions {
            while self.doc.tokens.get(i).is_some_and(|t| t.end <= s) {
                i += 1;
            }
            // honorific right before the mention: "Mme Dupont", "Mr. Smith"
            let mut j = i;
            if j > 0 && self.is_punct(j - 1, ".") {
                j -= 1;
            }
            if j > 0 {
                if let Some(h) = self.honorific_at(j - 1) {
                    if h != Gender::Unknown {
                        if let Some(x) = g.get_mut(ent) {
                            *x = h;
                        }
                    }
                }
            }
        }
        for (k, e) in self.entities.iter().enumerate() {
            if g[k] != Gender::Unknown {
                continue;
            }
            for r in &e.roles {
                for w in r.text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                    if let Some(x) = self.ix.role(w) {
                        if x != Gender::Unknown {
                            g[k] = x;
                        }
                    }
                }
            }
        }
        self.pronoun_genders(&mut g);
        g
    }

    /// A singular subject pronoun opening a sentence right after a sentence that names
    /// one person only tells that person's gender: "Delgado told supporters … She
    /// promised …". Read only for people of unknown gender; two contrary pronouns leave
    /// it unknown.
    fn pronoun_genders(&self, g: &mut [Gender]) {
        // (bit 1: masculine, bit 2: feminine; made at the first evidence only)
        let mut seen: Vec<u8> = Vec::new();
        let sents = &self.doc.sentences;
        for (prev, sent) in sents.iter().zip(sents.iter().skip(1)) {
            let bit = match self.pronoun_at(sent.tokens.0) {
                Some((Gender::Masculine, Number::Singular)) => 1u8,
                Some((Gender::Feminine, Number::Singular)) => 2,
                _ => continue,
            };
            let (Some(x), Some(y)) = (self.tok(prev.tokens.0), self.tok(sent.tokens.0)) else {
                continue;
            };
            let k = self.mentions.partition_point(|m| m.0 < x.start);
            let mut one = None;
            for m in self.mentions.get(k..).unwrap_or(&[]) {
                if m.0 >= y.start {
                    break;
                }
                if self
                    .entities
                    .get(m.2)
                    .is_some_and(|e| e.kind == EntityType::PER)
                {
                    if one.is_some_and(|o| o != m.2) {
                        one = None;
                        break;
                    }
                    one = Some(m.2);
                }
            }
            if let Some(o) = one {
                if seen.is_empty() {
                    seen = vec![0u8; g.len()];
                }
                if let Some(x) = seen.get_mut(o) {
                    *x |= bit;
                }
            }
        }
        for (x, bits) in g.iter_mut().zip(seen) {
            match bits {
                1 if *x == Gender::Unknown => *x = Gender::Masculine,
                2 if *x == Gender::Unknown => *x = Gender::Feminine,
                _ => {}
            }
        }
    }

    pub fn quote(
        &self,
        kind: QuoteKind,
        start: usize,
        end: usize,
        who: Option<&Who>,
        cue: Option<&Cue>,
    ) -> Quote {
        Quote {
            kind,
            start,
            end,
            text: self.text.get(start..end).unwrap_or("").to_string(),
            speaker: who.map(Who::speaker),
            cue: cue.map(|c| TextSpan::new(self.text, c.start, c.end)),
        }
    }

    /// Trims spaces, a leading dialogue dash, and a trailing comma, from a byte span.
    pub fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        let t = self.text;
        if let Some((a, b)) = self.place_line {
            if a <= s && s < b && b < e {
                s = b;
            }
        }
        while s < e {
            let Some(c) = t.get(s..e).and_then(|x| x.chars().next()) else {
                break;
            };
            let dash = matches!(c, '—' | '–')
                && t.get(s + c.len_utf8()..e)
                    .and_then(|x| x.chars().next())
                    .is_some_and(char::is_whitespace);
            if c.is_whitespace() || dash {
                s += c.len_utf8();
            } else {
                break;
            }
        }
        while e > s {
            let Some(c) = t.get(s..e).and_then(|x| x.chars().next_back()) else {
                break;
            };
            if c.is_whitespace() || c == ',' {
                e -= c.len_utf8();
            } else {
                break;
            }
        }
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{EntityType, TextSpan};
    use crate::document::Document;
    use crate::language::tables;

    /// An entity whose mentions are every occurrence of each of `surfaces`.
    fn entity(
        text: &str,
        id: usize,
        kind: EntityType,
        name: &str,
        surfaces: &[&str],
        roles: &[&str],
    ) -> Entity {
        let spans = |words: &[&str]| -> Vec<TextSpan> {
            let mut v: Vec<TextSpan> = words
                .iter()
                .flat_map(|w| {
                    text.match_indices(w)
                        .map(|(i, _)| TextSpan::new(text, i, i + w.len()))
                })
                .collect();
            crate::sort::by_key(&mut v, |s| s.start);
            v
        };
        Entity {
            id,
            kind,
            name: name.into(),
            mentions: spans(surfaces),
            roles: spans(roles),
            nationality: None,
            salience: 1.0,
        }
    }

    fn run(text: &str, lang: &str, entities: &[Entity]) -> Vec<Quote> {
        let t = tables(lang);
        let doc = Document::parse(text, t);
        let layout = crate::layout::detect(&doc, t);
        let ctx = Context {
            doc: &doc,
            language: lang,
            tables: t,
            layout: &layout,
            reference: None,
        };
        extract(&ctx, entities)
    }

    #[test]
    fn role_noun_maps_to_the_entity_holding_the_role() {
        let text = "Un titre\n\nLe ministre de l'Intérieur Jean Castel était à Lyon.\n\nLe ministre a déclaré que la loi serait retirée.";
        let ents = [entity(
            text,
            0,
            EntityType::PER,
            "Jean Castel",
            &["Jean Castel"],
            &["ministre de l'Intérieur"],
        )];
        let q = run(text, "fr", &ents);
        let q: Vec<&Quote> = q.iter().filter(|q| q.kind == QuoteKind::Indirect).collect();
        assert_eq!(q.len(), 1, "{q:?}");
        let sp = q[0].speaker.as_ref().unwrap();
        assert_eq!(sp.name, "Jean Castel");
        assert_eq!(sp.entity, Some(0));
        assert_eq!(&text[sp.start..sp.end], "ministre");
        assert!(sp.start > text.find("Le ministre a").unwrap());
    }

    #[test]
    fn pronouns_follow_gender_from_honorifics() {
        let text = "Un titre\n\nMme Durand et M. Petit ont débattu hier soir.\n\n« Je refuse ce compromis », a-t-elle déclaré. « Moi aussi », a-t-il répondu.";
        let ents = [
            entity(text, 0, EntityType::PER, "Claire Durand", &["Durand"], &[]),
            entity(text, 1, EntityType::PER, "Luc Petit", &["Petit"], &[]),
        ];
        let q = run(text, "fr", &ents);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].speaker.as_ref().unwrap().name, "Claire Durand");
        assert_eq!(q[1].speaker.as_ref().unwrap().name, "Luc Petit");
        let sp = q[0].speaker.as_ref().unwrap();
        assert_eq!(&text[sp.start..sp.end], "elle");
    }

    #[test]
    fn mentions_give_the_canonical_name_and_places_can_speak() {
        let text = "Un titre\n\nCavusoglu a confirmé que les deux pays coopéreraient. Moscou a annoncé la tenue d'un sommet.";
        let ents = [
            entity(
                text,
                0,
                EntityType::PER,
                "Mevlut Cavusoglu",
                &["Cavusoglu"],
                &[],
            ),
            entity(text, 1, EntityType::LOC, "Moscou", &["Moscou"], &[]),
        ];
        let q = run(text, "fr", &ents);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].speaker.as_ref().unwrap().name, "Mevlut Cavusoglu");
        assert_eq!(q[0].speaker.as_ref().unwrap().entity, Some(0));
        assert_eq!(q[1].speaker.as_ref().unwrap().name, "Moscou");
        assert_eq!(q[1].text, "la tenue d'un sommet");
    }

    #[test]
    fn english_pronoun_resolves_to_person_entity_not_place() {
        let text = "A headline\n\nJohn Reyes spoke in Chicago on Monday.\n\n\"We are not done yet,\" he said.";
        let ents = [
            entity(text, 0, EntityType::PER, "John Reyes", &["John Reyes"], &[]),
            entity(text, 1, EntityType::LOC, "Chicago", &["Chicago"], &[]),
        ];
        let q = run(text, "en", &ents);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.as_ref().unwrap().name, "John Reyes");
    }
}
