//! Classification: a type for every candidate, then made consistent over the document.
//!
//! Evidence, strongest first: the gazetteers (3); honorifics and titles before the name,
//! name keywords (`Ministère …`, `… Inc`, `… Street`, `Coupe …`), a given name followed
//! by another name (2); a lone given name or surname, a place preposition before, a
//! verb of saying after, an acronym (1); a guess by shape (0). A candidate whose capital
//! only comes from the start of its sentence is dropped when its lower-case form occurs
//! elsewhere in the text and no list knows it. Then, over the document, every mention of
//! one surface takes the strongest type any of them got, and a lone surname takes the
//! type of the full name it ends (`Lavrov` after `Sergueï Lavrov`).

use super::words::fold_into;
use super::words::Words;
use super::words::{
    char_len, contains_short, ends_with, last_word, mask, push_lower, shape_bit, split_spaces,
    word_hash, AllCaps, L,
};
use super::{Cand, Lexicon, CONTEXT, GUESS, KEYWORD, LISTED_MINOR, TITLED};
use crate::analysis::EntityType;
use crate::context::Context;
use crate::document::{Document, Token, TokenKind};

/// Each candidate's folded text (its key for grouping), in one buffer, and a number
/// per distinct key. Keys are numbered by a hash table (open addressing over a hash of
/// the key, the key compared on equal hashes: a probe or two a candidate); should a
/// probe run long (keys crafted to share slots), by sorting instead, so that no input
/// can make the maps built on them slow. The numbers themselves mean nothing: every
/// map built on them is read by candidate.
pub(crate) struct Keys {
    buf: String,
    /// Per candidate: its key's byte range in `buf`, its key's hash and number.
    spans: Vec<(usize, usize)>,
    hashes: Vec<u64>,
    ids: Vec<usize>,
    /// Per key number, one candidate holding it (in key order when `sorted`).
    uniq: Vec<usize>,
    /// Numbered by the hash table: `table` is it (a key's number + 1 per slot, 0 for
    /// none), no key further than `probe` slots from its hash's. Sorted (`sorted`):
    /// `table` is direct-mapped by the top bits of the key's hash, the key's number + 1
    /// or [`MULTI`] when several keys share the slot (then a binary search of `uniq`).
    table: Vec<u32>,
    shift: u32,
    probe: usize,
    sorted: bool,
}

const MULTI: u32 = u32::MAX;

/// The longest probe [`Keys`] accepts before numbering by sorting instead (a half-full
/// table of ordinary keys probes one or two slots).
const MAX_PROBE: usize = 32;

impl Keys {
    fn new(ctx: &Context, cands: &[Cand]) -> Keys {
        let mut buf = String::with_capacity(cands.len() * 16);
        let mut spans = Vec::with_capacity(cands.len());
        for c in cands {
            let at = buf.len();
            // (A one-token ASCII key is the token's lower case, made when the text was
            // parsed: `Document::lower`, the same bytes.)
            match ctx.doc.tokens.get(c.t0) {
                Some(t)
                    if c.t1 == c.t0 + 1
                        && (t.start, t.end) == (c.start, c.end)
                        && (t.alnum || t.text.is_ascii()) =>
                {
                    buf.push_str(ctx.doc.lower(c.t0));
                }
                _ => fold_into(ctx.doc.slice(c.start, c.end), &mut buf),
            }
            spans.push((at, buf.len()));
        }
        let mut keys = Keys {
            buf,
            spans,
            hashes: Vec::new(),
            ids: Vec::new(),
            uniq: Vec::new(),
            table: Vec::new(),
            shift: 0,
            probe: 0,
            sorted: false,
        };
        keys.hashes = (0..cands.len())
            .map(|i| word_hash(keys.get(i).as_bytes()))
            .collect();
        if !keys.number_by_table() {
            keys.number_by_sort();
        }
        keys
    }

    /// Numbers the keys with a hash table (see [`Keys`]); false if a probe ran past
    /// [`MAX_PROBE`] (then nothing is kept).
    fn number_by_table(&mut self) -> bool {
        let n = self.spans.len();
        let size = (n * 2).next_power_of_two().max(16);
        let mask = size - 1;
        self.shift = 64 - size.trailing_zeros();
        let mut table = vec![0u32; size];
        let mut uniq: Vec<usize> = Vec::with_capacity(n);
        let mut ids = vec![0; n];
        for (i, id) in ids.iter_mut().enumerate() {
            let h = self.hashes.get(i).copied().unwrap_or(0);
            let mut at = (h >> self.shift) as usize;
            let mut steps = 0;
            loop {
                let Some(slot) = table.get_mut(at) else {
                    return false;
                };
                if *slot == 0 {
                    *id = uniq.len();
                    uniq.push(i);
                    *slot = uniq.len() as u32;
                    break;
                }
                let k = *slot as usize - 1;
                let u = uniq.get(k).copied().unwrap_or(0);
                if self.hashes.get(u) == Some(&h) && self.get(u) == self.get(i) {
                    *id = k;
                    break;
                }
                steps += 1;
                if steps > MAX_PROBE {
                    return false;
                }
                at = (at + 1) & mask;
            }
            self.probe = self.probe.max(steps);
        }
        self.table = table;
        self.ids = ids;
        self.uniq = uniq;
        true
    }

    /// Numbers the keys by sorting them (by hash, then key: most comparisons are of
    /// two integers), with a direct-mapped table for [`Keys::find`].
    fn number_by_sort(&mut self) {
        let keys = &*self;
        let mut at: Vec<(u64, usize)> = keys.hashes.iter().copied().zip(0..).collect();
        // (The crate's small sort: only crafted keys come here, and a standard sort
        // would cost the page ~1.5 KB.)
        crate::sort::by(&mut at, |a, b| {
            a.0.cmp(&b.0).then_with(|| keys.get(a.1).cmp(keys.get(b.1)))
        });
        let mut uniq: Vec<usize> = Vec::with_capacity(keys.spans.len());
        let mut ids = vec![0; keys.spans.len()];
        let mut prev: Option<(u64, usize)> = None;
        for &(h, i) in &at {
            if prev.is_none_or(|(ph, p)| ph != h || keys.get(p) != keys.get(i)) {
                uniq.push(i);
            }
            prev = Some((h, i));
            ids[i] = uniq.len() - 1;
        }
        let size = (uniq.len() * 2).next_power_of_two().max(16);
        self.shift = 64 - size.trailing_zeros();
        self.table = vec![0; size];
        for (id, &u) in uniq.iter().enumerate() {
            let slot = (self.hashes.get(u).copied().unwrap_or(0) >> self.shift) as usize;
            if let Some(x) = self.table.get_mut(slot) {
                *x = if *x == 0 { id as u32 + 1 } else { MULTI };
            }
        }
        self.ids = ids;
        self.uniq = uniq;
        self.sorted = true;
    }

    /// Candidate `i`'s key.
    pub(crate) fn get(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(a, b)| self.buf.get(a..b))
            .unwrap_or("")
    }

    /// Candidate `i`'s key number (`0..self.count()`).
    pub(crate) fn id(&self, i: usize) -> usize {
        self.ids.get(i).copied().unwrap_or(0)
    }

    /// How many distinct keys.
    pub(crate) fn count(&self) -> usize {
        self.uniq.len()
    }

    /// Candidate `i`'s key's hash and key: the order of [`Keys::uniq`] when sorted.
    fn entry(&self, i: usize) -> (u64, &str) {
        (self.hashes.get(i).copied().unwrap_or(0), self.get(i))
    }

    /// The number of key `s`, if a candidate has it.
    pub(crate) fn find(&self, s: &str) -> Option<usize> {
        let key = (word_hash(s.as_bytes()), s);
        let mut at = (key.0 >> self.shift) as usize;
        if !self.sorted {
            // (Every key sits at most `probe` slots after its hash's.)
            for _ in 0..=self.probe {
                let id = (*self.table.get(at)? as usize).checked_sub(1)?;
                let u = self.uniq.get(id)?;
                if self.entry(*u) == key {
                    return Some(id);
                }
                at = (at + 1) & (self.table.len() - 1);
            }
            return None;
        }
        match self.table.get(at).copied() {
            Some(0) | None => None,
            Some(MULTI) => self
                .uniq
                .binary_search_by(|&u| self.entry(u).cmp(&key))
                .ok(),
            Some(x) => {
                let id = x as usize - 1;
                let u = self.uniq.get(id)?;
                (self.entry(*u) == key).then_some(id)
            }
        }
    }
}

/// Types the candidates; returns each one's folded text (its key for grouping).
pub(crate) fn classify(ctx: &Context, lex: &Lexicon, w: &mut Words, cands: &mut [Cand]) -> Keys {
    drop_common_initials(ctx, w, cands);
    let toks = &ctx.doc.tokens[..];
    let mut scratch = Scratch::default();
    for c in cands.iter_mut() {
        if c.strength < LISTED_MINOR && c.kind != Some(EntityType::MISC) {
            guess(ctx, lex, w, toks, c, &mut scratch);
        }
    }
    results_tables(ctx, cands);
    let keys = Keys::new(ctx, cands);
    consistency(cands, &keys);
    sports_teams(ctx, w, cands, &keys);
    confirm_initials(cands, &keys, &ctx.doc.tokens, w);
    keys
}

/// Sports results (`Bolton 1 Arsenal 2`, `Essex 372 and 100-5`): in a line made of
/// names and numbers, a town's name right before a score is its team (ORG). Countries
/// stay places (national sides are named by their country).
fn results_tables(ctx: &Context, cands: &mut [Cand]) {
    let toks = &ctx.doc.tokens[..];
    let mut table: Option<(usize, bool)> = None;
    for c in cands.iter_mut() {
        if c.kind != Some(EntityType::LOC) || c.major {
            continue;
        }
        let is_table = match table {
            Some((s, t)) if s == c.sentence => t,
            _ => {
                let t = ctx.doc.sentences.get(c.sentence).is_some_and(|s| {
                    super::candidates::numbers_table(
                        toks.get(s.tokens.0..s.tokens.1).unwrap_or(&[]),
                    )
                });
                table = Some((c.sentence, t));
                t
            }
        };
        if is_table && toks.get(c.t1).is_some_and(|t| t.kind == TokenKind::Number) {
            // As sure as a title: the town's other mentions in this text are the team.
            c.kind = Some(EntityType::ORG);
            c.strength = TITLED;
        }
    }
}

/// In a sports report (at least [`SPORT_WORDS`] of the language's sport words), a town's
/// name is the team it names (`Lens renverse Rennes`, `he joined Newcastle`), unless a
/// locative preposition puts the game there (`à Marseille`, `at Leeds`) or it opens its
/// sentence before a comma or a number (a dateline). Countries and regions stay places
/// (national sides are named by their country, as the guidelines keep metonymy LOC).
fn sports_teams(ctx: &Context, w: &mut Words, cands: &mut [Cand], keys: &Keys) {
    let toks = &ctx.doc.tokens[..];
    let mut sports: Option<bool> = None;
    for (i, c) in cands.iter_mut().enumerate() {
        if c.end <= c.start || c.kind.is_none() {
            continue;
        }
        let Some(first) = toks.get(c.t0) else {
            continue;
        };
        // "RC Lens", "Dynamo Moscow", "Real Madrid": a word and a town, not known whole
        // nor titled, is a club in a sports report.
        if c.t1 == c.t0 + 2
            && c.strength <= KEYWORD
            && matches!(c.kind, Some(EntityType::PER | EntityType::LOC))
        {
            // (The town last, "Dynamo Moscow", or first if a city the lists link to its
            // other names, "Paris Saint-Germain": a small town first is often a given
            // name, "Albert".)
            let mut is_town = |i: usize, linked: bool| {
                toks.get(i).is_some_and(|t| {
                    t.is_capitalized()
                        && w.gaz_tok(i, || t.all_caps()).is_some_and(|k| {
                            k.kind == EntityType::LOC && !k.major && (!linked || k.group.is_some())
                        })
                })
            };
            let town = is_town(c.t0 + 1, false) || is_town(c.t0, true);
            // ("Hugo Viana", "Paulo Braga": a person's given name before a small town's
            // name is a person, as the classifier said.)
            let mut given =
                || c.kind == Some(EntityType::PER) && !first.all_caps() && w.given_tok(c.t0);
            // ("RC", "AS", "FC": a club's initials before its town.)
            let initials = first.all_caps() && (2..=4).contains(&first.text.len());
            let opens = opens_sentence(ctx, c.t0);
            if (town || initials)
                && !given()
                && !(opens && toks.get(c.t1).is_some_and(|t| t.is_punct(",")))
                && !w.is(c.t0 + 1, L::MiscSuffix)
                && first.is_capitalized()
                && !w.is(c.t0, L::LocHead)
                && *sports.get_or_insert_with(|| is_sports_report(w, toks))
            {
                c.kind = Some(EntityType::ORG);
            }
            continue;
        }
        if c.kind != Some(EntityType::LOC) || c.major {
            continue;
        }
        if !first.is_capitalized() {
            continue; // "stade Bollaert": a facility
        }
        if c.t0 > 0 && w.tok_in(c.t0 - 1, L::LocativePrep) {
            continue;
        }
        // A dateline or a venue heading ("LONDON 1996-08-30", "NICE, France",
        // "Leicester: Leicestershire beat Somerset"); a score after it is already a team.
        let opens = opens_sentence(ctx, c.t0);
        let next = toks.get(c.t1);
        let dated = next.is_some_and(|t| {
            t.kind == TokenKind::Number && t.text.bytes().filter(|b| *b == b'-').count() == 2
        });
        let place_after = toks.get(c.t1 + 1).is_some_and(|t| t.is_capitalized());
        if dated
            || opens
                && next.is_some_and(|t| {
                    (t.is_punct(",") && place_after)
                        || matches!(t.text, "(" | ":" | "-" | "–" | "—")
                })
        {
            continue;
        }
        // "(at Edgbaston, Birmingham)": the town of a venue.
        if venue_town(w, toks, c.t0) {
            continue;
        }
        // Towns of the gazetteer, or a word typed a place only by a preposition elsewhere
        // ("à Lens" → "Lens").
        let town = match w.gaz(keys.get(i), first.all_caps()) {
            Some(k) => k.kind == EntityType::LOC && !k.major,
            // (Or the dateline's place, "LENS -", spread to the word by consistency.)
            None => c.t1 == c.t0 + 1,
        };
        if !town {
            continue;
        }
        if !*sports.get_or_insert_with(|| is_sports_report(w, toks)) {
            continue;
        }
        c.kind = Some(EntityType::ORG);
    }
}

/// Does token `t0` open a sentence? (Found by the token, not the candidate's sentence
/// number: the place dateline's candidate is made before the sentences are walked.)
fn opens_sentence(ctx: &Context, t0: usize) -> bool {
    ctx.doc
        .sentences
        .binary_search_by(|s| s.tokens.0.cmp(&t0))
        .is_ok()
}

/// Is the name at `t0` the town after a venue: a locative preposition, a capitalized
/// name, a comma (`at Edgbaston, Birmingham`, `à Bollaert, Lens`)?
fn venue_town(w: &mut Words, toks: &[Token], t0: usize) -> bool {
    if t0 < 3 || !toks.get(t0 - 1).is_some_and(|t| t.is_punct(",")) {
        return false;
    }
    let mut k = t0 - 1;
    while k > 0 && t0 - k <= 4 {
        k -= 1;
        let Some(t) = toks.get(k) else { return false };
        if t.kind != TokenKind::Word {
            return false;
        }
        if !t.is_capitalized() {
            return k + 2 < t0 && w.is(k, L::LocativePrep);
        }
    }
    false
}

/// How many sport words make an article a sports report.
const SPORT_WORDS: usize = 2;
/// How many tokens are read for them.
const SPORT_SCAN: usize = 400;

fn is_sports_report(w: &mut Words, toks: &[Token]) -> bool {
    let mut n = 0;
    // A sports report says so early (headline, lead): the first words are enough, and
    // a long text costs no more than a short one.
    for (i, t) in toks.iter().enumerate().take(SPORT_SCAN) {
        // (Sport words are lower case; one lookup per word, at most once per article.)
        if t.kind == TokenKind::Word
            && (3..=14).contains(&t.text.len())
            && t.text.starts_with(char::is_lowercase)
            && w.is_sport_word(i)
        {
            n += 1;
            if n >= SPORT_WORDS {
                return true;
            }
        }
    }
    false
}

/// Sentence-initial single words whose lower-case form is used elsewhere in the text
/// ("Prices", "Nous") are common words, not names — unless a list knows them.
fn drop_common_initials(ctx: &Context, w: &mut Words, cands: &mut [Cand]) {
    let toks = &ctx.doc.tokens;
    // The lower-case forms wanted, in one buffer, sorted (looked up by binary search:
    // no hashing of the input's words, and no input can make it slow).
    let mut buf = String::with_capacity(cands.len() * 8);
    // (And per such candidate, its word's lower case in `buf`.)
    let mut mine: Vec<(usize, (usize, usize))> = Vec::with_capacity(cands.len() / 4);
    for (i, c) in cands.iter().enumerate() {
        if common_initial_candidate(c) {
            if let Some(t) = toks.get(c.t0) {
                let at = buf.len();
                push_lower(&mut buf, t.text);
                mine.push((i, (at, buf.len())));
            }
        }
    }
    if mine.is_empty() {
        return;
    }
    let mut wanted: Vec<(usize, usize)> = mine.iter().map(|m| m.1).collect();
    let text = |r: &(usize, usize)| buf.get(r.0..r.1).unwrap_or("");
    // (std sort: hot; see src/sort.rs)
    wanted.sort_unstable_by(|a, b| text(a).cmp(text(b)));
    wanted.dedup_by(|a, b| text(a) == text(b));
    let find = |s: &str| wanted.binary_search_by(|r| text(r).cmp(s)).ok();
    // A filter on length, first and last byte: most tokens are passed over without a
    // search.
    let mut filter = [0u64; 64];
    for r in &wanted {
        let b = filter_bit(text(r));
        filter[b / 64] |= 1 << (b % 64);
    }
    // Behind the filter, each wanted word in a direct-mapped table by a hash of its
    // bytes: a slot holds the word's number + 1, or `MULTI` when several words share it
    // (then a binary search). A long text passes many tokens through the filter; the
    // table answers each with one comparison, and crafted words that share slots cost
    // no more than the search.
    let size = (wanted.len() * 4).next_power_of_two().clamp(64, 1 << 16);
    let shift = 64 - size.trailing_zeros();
    let slot_of = |s: &str| (word_hash(s.as_bytes()) >> shift) as usize;
    let mut table = vec![0u32; size];
    for (k, r) in wanted.iter().enumerate() {
        if let Some(x) = table.get_mut(slot_of(text(r))) {
            *x = if *x == 0 { k as u32 + 1 } else { MULTI };
        }
    }
    // A word's number among the wanted, if it is one.
    let lookup = |s: &str| match table.get(slot_of(s)).copied().unwrap_or(0) {
        0 => None,
        MULTI => find(s),
        x => {
            let k = x as usize - 1;
            wanted.get(k).is_some_and(|r| text(r) == s).then_some(k)
        }
    };
    // The wanted words' lengths by first byte (a bit per length, the last for 31 bytes
    // and more): a token of another first byte or length is passed over before its
    // shape is hashed (most words: a first byte alone lets through the many words that
    // start like a wanted one).
    let mut lens = [0u32; 256];
    let len_bit = |n: usize| 1u32 << n.min(31);
    for r in &wanted {
        let w = text(r);
        if let Some(&c) = w.as_bytes().first() {
            lens[usize::from(c)] |= len_bit(w.len());
        }
    }
    let mut seen = vec![false; wanted.len()];
    for t in toks.iter() {
        // (Only a word in lower case counts, below: the others are passed over first.)
        if t.kind != TokenKind::Word {
            continue;
        }
        let c = match t.text.as_bytes().first() {
            Some(&c) if c.is_ascii_lowercase() => c,
            Some(c) if c.is_ascii() => continue,
            Some(&c) if t.text.starts_with(char::is_lowercase) => c,
            _ => continue,
        };
        if lens[usize::from(c)] & len_bit(t.text.len()) == 0 {
            continue;
        }
        let b = filter_bit(t.text);
        if filter[b / 64] & (1 << (b % 64)) == 0 {
            continue;
        }
        if let Some(x) = lookup(t.text).and_then(|k| seen.get_mut(k)) {
            *x = true;
        }
    }
    for &(i, r) in &mine {
        let Some(c) = cands.get_mut(i) else { continue };
        if toks.get(c.t0).is_none() {
            continue;
        }
        let low = text(&r);
        let seen = lookup(low).is_some_and(|k| seen.get(k).copied().unwrap_or(false));
        // (The name lists are asked only when the answer matters.)
        let t0 = c.t0;
        let mut listed = || w.given_tok(t0) || w.surname_tok(t0);
        if (seen && !listed())
            || (!w.listed(low, L::Demonym)
                && (w.listed(low, L::Title)
                    || w.listed(low, L::Honorific)
                    || w.listed(low, L::PersonVerb)))
        {
            c.t1 = c.t0; // dropped
            c.kind = None;
            c.strength = 0;
            c.end = c.start;
        }
    }
}

/// A bit of [`drop_common_initials`]' filter (of 4096) for a word.
fn filter_bit(s: &str) -> usize {
    shape_bit(s.as_bytes())
}

/// A sentence-initial single word that no list links to an entity.
fn common_initial_candidate(c: &Cand) -> bool {
    c.initial && c.t1 == c.t0 + 1 && (c.kind.is_none() || (c.strength <= LISTED_MINOR && !c.major))
}

/// A sentence-initial single word keeps its capital's promise only when the document
/// confirms it: the same word as a name elsewhere (not at a sentence start), or the
/// last word of a person's full name, or — for a word the name lists know — a
/// possessive glued to it (`Johnson's lawyer said`; not `Women's 100 metres`). Gazetteer
/// names and titled people need no proof.
fn confirm_initials(cands: &mut [Cand], keys: &Keys, toks: &[Token], w: &mut Words) {
    let unproven =
        |c: &Cand| c.initial && c.strength < KEYWORD && c.kind.is_some() && c.t1 == c.t0 + 1;
    // (A text without such a candidate has nothing to confirm: no key split into words.)
    if !cands.iter().any(unproven) {
        return;
    }
    let mut confirmed = vec![false; keys.count()];
    // (a word opening two sentences or more, one of them as the subject of a verb of
    // saying, is a name too: "Ofwat said …. Ofwat's chief executive …"; per key: how
    // often seen, and whether it spoke)
    let mut initials = vec![(0u8, false); keys.count()];
    for (i, c) in cands.iter().enumerate() {
        if c.kind.is_none() || c.end <= c.start {
            continue;
        }
        if !c.initial {
            confirmed[keys.id(i)] = true;
        } else if c.t1 == c.t0 + 1 {
            let x = &mut initials[keys.id(i)];
            x.0 = x.0.saturating_add(1);
            x.1 |= w.tok_in(c.t1, L::PersonVerb);
        }
        if c.t1 > c.t0 + 1 {
            for word in split_spaces(keys.get(i)) {
                if let Some(k) = keys.find(word) {
                    confirmed[k] = true;
                }
            }
        }
    }
    let mut possessive = |c: &Cand| {
        super::candidates::glued_possessive(toks, c.t1).is_some()
            && (w.given_tok(c.t0) || w.surname_tok(c.t0))
    };
    for (i, c) in cands.iter_mut().enumerate() {
        if unproven(c)
            && !confirmed[keys.id(i)]
            && !possessive(c)
            && !matches!(initials[keys.id(i)], (2.., true))
        {
            c.kind = None;
        }
    }
}

/// Reusable buffers for [`guess`].
#[derive(Default)]
struct Scratch {
    /// Token indices of the candidate's name words.
    ws: Vec<usize>,
    low: String,
    fold: String,
}

impl Scratch {
    fn fold(&mut self, s: &str) -> &str {
        self.fold.clear();
        fold_into(s, &mut self.fold);
        &self.fold
    }

    fn lower(&mut self, s: &str) -> &str {
        self.low.clear();
        push_lower(&mut self.low, s);
        &self.low
    }

    /// [`Scratch::lower`] of token `i` (for an ASCII token, [`Document::lower`]).
    fn lower_tok<'s>(&'s mut self, doc: &'s Document, i: usize) -> &'s str {
        match doc.tokens.get(i) {
            Some(t) if t.alnum || t.text.is_ascii() => doc.lower(i),
            Some(t) => self.lower(t.text),
            None => "",
        }
    }
}

fn guess(
    ctx: &Context,
    lex: &Lexicon,
    w: &mut Words,
    toks: &[Token],
    c: &mut Cand,
    x: &mut Scratch,
) {
    if c.t1 <= c.t0 || c.end <= c.start {
        return;
    }
    // Name tokens of the candidate (connectors and dots left out).
    x.ws.clear();
    if toks.get(c.t0..c.t1).is_some() {
        x.ws.extend((c.t0..c.t1).filter(|&i| {
            toks.get(i).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && (t.is_capitalized() || !t.alnum && t.text.as_bytes().contains(&b'-'))
            })
        }));
    }
    let n = x.ws.len();
    let (Some(&fi), Some(&li)) = (x.ws.first(), x.ws.last()) else {
        c.kind = None;
        return;
    };
    let (Some(first), Some(last)) = (toks.get(fi), toks.get(li)) else {
        c.kind = None;
        return;
    };
    let forced_per = c.kind == Some(EntityType::PER) && c.strength >= TITLED;
    let set = |c: &mut Cand, k: EntityType, s: u8| {
        if s >= c.strength || c.kind.is_none() {
            c.kind = Some(k);
            c.strength = s;
        }
    };
    // (a word in lower case around the name: a cue word, a connector)
    let lower_at = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase))
    };
    let first_demonym = w.is(fi, L::Demonym);
    // Nationality words: the noun (capitalized in French; plural or after an article in
    // English) is MISC, the adjective is no entity.
    // ("Iraqi Kurds", "Bosnian Serb": two nationality words are one, read by the last.)
    let two_demonyms = n == 2 && first_demonym && w.is(li, L::Demonym);
    if (n == 1 || two_demonyms) && !forced_per && first_demonym {
        let fl = x.lower_tok(ctx.doc, li);
        let plural = fl.ends_with('s') && lex.demonym(fl.trim_end_matches('s')).is_some();
        let article_before = c.t0 > 0 && w.tok_in(c.t0 - 1, L::Article);
        // "the Dutch police": an adjective still, before a lower-case noun.
        let noun_after = toks
            .get(c.t1)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase));
        if lex.lowercase_tail || plural || (article_before && !noun_after) {
            set(c, EntityType::MISC, KEYWORD);
        } else {
            c.kind = None;
            c.strength = 0;
        }
        return;
    }
    if forced_per {
        return;
    }
    // "les Lensois", "les jeunes Verdunoises", "the Bostonians": an unknown capitalized
    // plural with an inhabitants' ending after a plural determiner (MISC).
    if n == 1 && inhabitants(lex, w, ctx.doc, c.t0, fi, x) {
        return set(c, EntityType::MISC, KEYWORD);
    }
    if n >= 2 {
        let ll = x.lower_tok(ctx.doc, li).trim_end_matches('.');
        if w.listed(ll, L::OrgSuffix)
            || w.is(fi, L::OrgHead)
            || w.is(fi, L::ClubHead) && last.text.starts_with(char::is_lowercase)
        {
            return set(c, EntityType::ORG, KEYWORD);
        }
        if w.is(fi, L::MiscHead) || w.is(li, L::MiscSuffix) {
            return set(c, EntityType::MISC, KEYWORD);
        }
        if w.is(fi, L::LocHead) || w.is(li, L::LocSuffix) {
            return set(c, EntityType::LOC, KEYWORD);
        }
        // "Douglas & Lomason", "Procter & Gamble": an ampersand joins a firm's names.
        if toks
            .get(c.t0..c.t1)
            .is_some_and(|ts| ts.iter().any(|t| t.text == "&"))
        {
            return set(c, EntityType::ORG, KEYWORD);
        }
        // "Raymond James analyst Teresa Vogel": a name before a lower-case role noun and a
        // person's name holds the role, even when its words are given names.
        if toks
            .get(c.t1)
            .is_some_and(|t| t.text.starts_with(char::is_lowercase))
            && w.tok_in(c.t1, L::Title)
            && toks.get(c.t1 + 1).is_some_and(|t| t.is_capitalized())
            && !first_demonym
        {
            return set(c, EntityType::ORG, CONTEXT);
        }
        let given = char_len(first) >= 2 && w.given_tok(fi);
        let initial = char_len(first) == 1;
        // "ASM Clermont Auvergne", "JDA Dijon", "BTP Bâtir-Rhône": an acronym, then more
        // name — a club or a firm, not a person
        let acronym = lex.acronym_orgs
            && (3..=5).contains(&first.text.len())
            && first.text.bytes().all(|b| b.is_ascii_uppercase());
        if acronym && !last.all_caps() && !given {
            return set(c, EntityType::ORG, CONTEXT);
        }
        // A first word no list knows as a given name, and an organization's context or
        // four capitalized words: a last word that is a surname too ("Branch",
        // "Ledger") does not make a person.
        if !given && !initial && ((n >= 4 && !first.all_caps()) || org_context(w, toks, c.t0, c.t1))
        {
            return set(c, EntityType::ORG, CONTEXT);
        }
        // "JPMorgan Chase", "Goldman Sachs Group": a known organization's name, then more
        // name (a last word that is a surname too does not make a person)
        if !given
            && w.gaz_tok(fi, || first.all_caps())
                .is_some_and(|k| k.kind == EntityType::ORG)
        {
            return set(c, EntityType::ORG, KEYWORD);
        }
        // "the former mayor of Aurora Springs", "le maire de Vallon Rouge": a place's cue
        // word and its connector before say a town as surely as the gazetteer's small
        // towns do, over a given name (and over the name's other mentions)
        if c.t0 > 1
            && lower_at(c.t0 - 1)
            && lower_at(c.t0 - 2)
            && w.is(c.t0 - 1, L::Connector)
            && w.is(c.t0 - 2, L::LocCueBefore)
        {
            return set(c, EntityType::LOC, LISTED_MINOR);
        }
        if given || initial || w.surname_tok(li) {
            return set(c, EntityType::PER, KEYWORD);
        }
        // "la FNSEA de la Vienne", "la CGT du Nord": an organisation's acronym, then its
        // branch's place
        if first.all_caps()
            && !last.all_caps()
            && (2..=6).contains(&char_len(first))
            && w.is(fi + 1, L::Connector)
            && w.gaz_tok(fi, || true)
                .is_none_or(|k| k.kind == EntityType::ORG)
        {
            return set(c, EntityType::ORG, CONTEXT);
        }
        // "la coalition Taxawu Sénégal", "le syndicat Samu-Urgences de France": an
        // organization's cue word before outweighs a known place at the end, and, as
        // sure as a keyword, the name's weaker readings elsewhere ("le gérant de BTP
        // Garonne" after "la société BTP Garonne").
        if c.t0 > 0
            && toks[c.t0 - 1].text.starts_with(char::is_lowercase)
            && w.is(c.t0 - 1, L::OrgCueBefore)
        {
            return set(c, EntityType::ORG, KEYWORD);
        }
        // Known last word: "Greater Manchester", "Moscow Region".
        if let Some(k) = w.gaz_tok(li, || last.all_caps()) {
            if k.kind != EntityType::PER && n == 2 && k.major {
                return set(c, k.kind, CONTEXT);
            }
        }
        // A place, then more name: "Kansas City Royals", "Boston Red Sox", "Moscow
        // Narodny Bank" — a team or a company named after its town.
        for k in (1..n).rev() {
            let Some(b) = x.ws.get(k - 1).and_then(|&i| toks.get(i)) else {
                continue;
            };
            let text = ctx.doc.slice(first.start, b.end);
            x.fold.clear();
            fold_into(text, &mut x.fold);
            if w.gaz(&x.fold, false)
                .is_some_and(|k| k.kind == EntityType::LOC)
            {
                return set(c, EntityType::ORG, CONTEXT);
            }
        }
    }
    // "Ericsson spokesman Per Zetterquist": the name before a role noun holds the role.
    if toks
        .get(c.t1)
        .is_some_and(|t| t.text.starts_with(char::is_lowercase))
        && w.tok_in(c.t1, L::Title)
        && !first_demonym
    {
        return set(c, EntityType::ORG, CONTEXT);
    }
    // "Aquareg's chief executive": a one-word name no name list knows, whose possessive
    // holds a role, is the organization the role is in (as sure as a keyword: it
    // outweighs "Aquareg said" elsewhere)
    if n == 1 && !w.given_tok(fi) && !w.surname_tok(fi) {
        if let Some(p) = super::candidates::glued_possessive(toks, c.t1) {
            let r = c.t1 + p;
            if lower_at(r) && w.tok_in(r, L::Title) && !first_demonym {
                return set(c, EntityType::ORG, KEYWORD);
            }
        }
    }
    if n == 1 && char_len(first) == 1 {
        c.kind = None;
        return;
    }
    if n == 1 && !first.alnum && first.text.contains('-') {
        let l = x.lower(first.text);
        if lex.place_infixes.iter().any(|p| contains_short(l, p))
            || lex.place_prefixes.iter().any(|p| l.starts_with(p))
        {
            return set(c, EntityType::LOC, CONTEXT);
        }
        let head = first.text.split('-').next().unwrap_or("");
        if first
            .text
            .split('-')
            .all(|p| p.starts_with(char::is_uppercase))
            && w.given(x.fold(head))
        {
            return set(c, EntityType::PER, CONTEXT);
        }
    }
    if n == 1 {
        if first.all_caps() && char_len(first) <= 6 {
            return set(c, EntityType::ORG, CONTEXT);
        }
        if w.given_tok(fi) || w.surname_tok(fi) {
            return set(c, EntityType::PER, CONTEXT);
        }
        // "du Syndicat national des pilotes": one capital, but a head word of
        // organizations with its lower-case tail is the organization, not a place.
        if c.t1 > fi + 1 && w.is(fi, L::OrgHead) {
            return set(c, EntityType::ORG, KEYWORD);
        }
        if c.t0 > 0 && w.tok_in(c.t0 - 1, L::PlacePrep) {
            // "secrétaire général de SUD-Rail": a role in an organization before
            if c.t0 > 1 && w.tok_in(c.t0 - 2, L::OrgTitle) {
                return set(c, EntityType::ORG, CONTEXT);
            }
            return set(c, EntityType::LOC, CONTEXT);
        }
    }
    // "the airline Vexa Lumen", "le groupe Vexa", "Vexa shares": a company's cue word
    // next to a name no list knows as a person's.
    // "the town of Bistra", "la capitale Tripoli", "over Lockerbie, Scotland": a place's
    // cue word before, or a known region or country after a comma.
    let mut p = c.t0;
    while p > 0 && c.t0 - p < 2 && lower_at(p - 1) && w.is(p - 1, L::Connector) {
        p -= 1;
    }
    let place_cue = p > 0 && lower_at(p - 1) && w.is(p - 1, L::LocCueBefore);
    let in_region = toks.get(c.t1).is_some_and(|t| t.is_punct(","))
        && toks.get(c.t1 + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.is_capitalized()
                && w.gaz_tok(c.t1 + 1, || t.all_caps())
                    .is_some_and(|k| k.kind == EntityType::LOC && k.major)
        })
        && toks
            .get(c.t1 + 2)
            .is_none_or(|t| !(t.kind == TokenKind::Word && t.is_capitalized()) && t.text != "'s");
    if place_cue || in_region {
        return set(c, EntityType::LOC, CONTEXT);
    }
    if (c.t0 > 0 && lower_at(c.t0 - 1) && w.is(c.t0 - 1, L::OrgCueBefore))
        || (lower_at(c.t1) && w.is(c.t1, L::OrgCueAfter))
    {
        return set(c, EntityType::ORG, CONTEXT);
    }
    if w.tok_in(c.t1, L::PersonVerb) {
        return set(c, EntityType::PER, CONTEXT);
    }
    // "Cercle de Nantes", "Arts de Nantes": a name of a known place after a connector,
    // the first word no given name — an institution of that place, not a person
    // ("Paul de Nantes" stays a person).
    let of_place = li > 0
        && w.is(li - 1, L::Connector)
        && !w.given_tok(fi)
        && w.gaz_tok(li, || last.all_caps())
            .is_some_and(|k| k.kind == EntityType::LOC);
    if n >= 4 || n == 1 || of_place {
        set(c, EntityType::ORG, GUESS)
    } else {
        set(c, EntityType::PER, GUESS)
    }
}

/// Does the context of the name `[t0, t1)` say it is an organization? An
/// organization's noun ends an apposition right after it ("Open Ledger, a nonprofit
/// budget watchdog,", "Northway Haulage, the Wigan firm that") or follows it after a
/// determiner ("the Tech Workers Forward group"); a role in an organization and a
/// place preposition come before it ("an analyst at Brightline Research").
fn org_context(w: &mut Words, toks: &[Token], t0: usize, t1: usize) -> bool {
    // (An organization's noun is the head: punctuation, a function word or a verb of
    // saying after it, not another noun, "a group leader". The words around the name
    // are in lower case: a capitalized one would have joined it.)
    let head_ends = |w: &mut Words, k: usize| {
        toks.get(k).is_none_or(|t| t.kind == TokenKind::Punct)
            || w.any(k, mask(&[L::Stop, L::PersonVerb]))
    };
    if t0 > 0 {
        // (After the name, with a determiner before it: "the … group", not "Reçoit La
        // Croix chez lui".)
        if w.any(t0 - 1, mask(&[L::Article, L::Possessive]))
            && w.is(t1, L::OrgCueBefore)
            && head_ends(w, t1 + 1)
        {
            return true;
        }
        if t0 > 1 && w.is(t0 - 1, L::PlacePrep) && w.is(t0 - 2, L::OrgTitle) {
            return true;
        }
    }
    if !(toks.get(t1).is_some_and(|t| t.is_punct(",")) && w.is(t1 + 1, L::Article)) {
        return false;
    }
    for k in t1 + 2..t1 + 6 {
        if !toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            || w.any(k, mask(&[L::Connector, L::PlacePrep]))
        {
            return false;
        }
        if w.is(k, L::OrgCueBefore) && head_ends(w, k + 1) {
            return true;
        }
    }
    false
}

/// Is the name at `t0` (its word `fi`) an inhabitants' noun: a
/// demonym ending, after a plural determiner (one lower-case adjective may sit between:
/// "les jeunes Lensois")? (The determiner first: most names follow none, and their
/// lower case is then not made.)
fn inhabitants(
    lex: &Lexicon,
    w: &mut Words,
    doc: &Document,
    t0: usize,
    fi: usize,
    x: &mut Scratch,
) -> bool {
    let toks = &doc.tokens;
    let Some(p) = t0.checked_sub(1) else {
        return false;
    };
    let det = w.is(p, L::PluralDet)
        || (p > 0
            && w.is(p - 1, L::PluralDet)
            && toks.get(p).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase)
            }));
    if !det {
        return false;
    }
    let l = x.lower_tok(doc, fi);
    lex.demonym_suffixes
        .iter()
        .any(|s| l.len() >= s.len() + 3 && ends_with(l, s))
}

/// One surface, one type; a lone surname is its full name's type.
fn consistency(cands: &mut [Cand], keys: &Keys) {
    let mut best: Vec<Option<(u8, EntityType)>> = vec![None; keys.count()];
    let mut surnames: Vec<Option<(u8, EntityType)>> = vec![None; keys.count()];
    for (i, c) in cands.iter().enumerate() {
        let Some(k) = c.kind else { continue };
        let e = best[keys.id(i)].get_or_insert((c.strength, k));
        if c.strength > e.0 {
            *e = (c.strength, k);
        }
        // (Only names known as people: a guessed "Ville de Marseille" must not make
        // every "Marseille" a person.)
        if k == EntityType::PER && c.strength >= KEYWORD && c.t1 > c.t0 + 1 {
            // (A last word that is no candidate's key is never looked up.)
            if let Some(last) = keys.find(last_word(keys.get(i))) {
                let e = surnames[last].get_or_insert((c.strength, k));
                e.0 = e.0.max(c.strength);
            }
        }
    }
    for (i, c) in cands.iter_mut().enumerate() {
        let Some(k) = c.kind else { continue };
        let id = keys.id(i);
        if c.strength < TITLED && !c.major {
            if let Some((_, pk)) = surnames[id] {
                if k != EntityType::PER {
                    c.kind = Some(pk);
                    c.strength = KEYWORD;
                    continue;
                }
            }
        }
        if let Some((s, bk)) = best[id] {
            if s > c.strength {
                c.kind = Some(bk);
                c.strength = s;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    /// The hash table and the sort number the keys alike: equal keys, equal numbers;
    /// and [`Keys::find`] answers every key (and no other) either way.
    #[test]
    fn keys_numbered_alike_by_table_and_by_sort() {
        let tables = crate::language::tables("fr");
        let text = "Paris Lyon PARIS Pâris paris Nice Lyon Marseille Nice Nîmes nimes Paris";
        let doc = Document::parse(text, tables);
        let layout = crate::layout::detect(&doc, tables);
        let ctx = Context {
            doc: &doc,
            language: "fr",
            tables,
            layout: &layout,
            reference: None,
        };
        let cands: Vec<Cand> = doc
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| Cand::new(t.start, t.end, i, i + 1, 0))
            .collect();
        let by_table = Keys::new(&ctx, &cands);
        assert!(!by_table.sorted);
        let mut by_sort = Keys::new(&ctx, &cands);
        by_sort.number_by_sort();
        assert!(by_sort.sorted);
        assert_eq!(by_table.count(), by_sort.count());
        for i in 0..cands.len() {
            for j in 0..cands.len() {
                let same = by_table.get(i) == by_table.get(j);
                assert_eq!(by_table.id(i) == by_table.id(j), same);
                assert_eq!(by_sort.id(i) == by_sort.id(j), same);
            }
            let key = by_table.get(i);
            assert_eq!(by_table.find(key), Some(by_table.id(i)));
            assert_eq!(by_sort.find(key), Some(by_sort.id(i)));
        }
        for absent in ["", "lille", "paris lyon", "parisx"] {
            assert_eq!(by_table.find(absent), None);
            assert_eq!(by_sort.find(absent), None);
        }
    }
}
