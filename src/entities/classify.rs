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

use std::collections::{HashMap, HashSet};

use super::gazetteer::{self, fold};
use super::{has, Cand, Lexicon};
use crate::analysis::EntityType;
use crate::context::Context;
use crate::document::{Token, TokenKind};

pub(crate) fn classify(ctx: &Context, lex: &Lexicon, cands: &mut [Cand]) {
    drop_common_initials(ctx, lex, cands);
    let toks = &ctx.doc.tokens[..];
    for c in cands.iter_mut() {
        if c.strength < 3 && c.kind != Some(EntityType::MISC) {
            guess(ctx, lex, toks, c);
        }
    }
    consistency(ctx, cands);
    confirm_initials(ctx, cands);
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Name tokens of a candidate (connectors and dots left out).
fn words<'a>(toks: &'a [Token<'a>], c: &Cand) -> impl Iterator<Item = &'a Token<'a>> {
    toks.get(c.t0..c.t1)
        .unwrap_or(&[])
        .iter()
        .filter(|t| t.kind == TokenKind::Word && (t.is_capitalized() || t.text.contains('-')))
}

/// Sentence-initial single words whose lower-case form is used elsewhere in the text
/// ("Prices", "Nous") are common words, not names — unless a list knows them.
fn drop_common_initials(ctx: &Context, lex: &Lexicon, cands: &mut [Cand]) {
    let toks = &ctx.doc.tokens;
    let mut wanted: HashSet<String> = HashSet::new();
    let mut lens = [false; 64];
    for c in cands.iter() {
        if common_initial_candidate(c) {
            if let Some(t) = toks.get(c.t0) {
                let l = lower(t.text);
                lens[l.len() % 64] = true;
                wanted.insert(l);
            }
        }
    }
    if wanted.is_empty() {
        return;
    }
    let mut seen: HashSet<&str> = HashSet::new();
    for t in toks.iter() {
        if t.kind == TokenKind::Word
            && lens[t.text.len() % 64]
            && t.text.starts_with(char::is_lowercase)
            && wanted.contains(t.text)
        {
            seen.insert(t.text);
        }
    }
    for c in cands.iter_mut() {
        if !common_initial_candidate(c) {
            continue;
        }
        let Some(t) = toks.get(c.t0) else { continue };
        let l = lower(t.text);
        let f = fold(t.text);
        let listed = gazetteer::GIVEN_NAMES.contains(&f) || gazetteer::SURNAMES.contains(&f);
        if (seen.contains(l.as_str()) && !listed)
            || (lex.demonym(&l).is_none()
                && (has(lex.titles, &l) || has(lex.honorifics, &l) || has(lex.person_verbs, &l)))
        {
            c.t1 = c.t0; // dropped
            c.kind = None;
            c.strength = 0;
            c.end = c.start;
        }
    }
}

/// A sentence-initial single word that no list links to an entity.
fn common_initial_candidate(c: &Cand) -> bool {
    c.initial && c.t1 == c.t0 + 1 && c.group.is_none() && c.strength < 2
        || c.initial && c.t1 == c.t0 + 1 && c.kind.is_none()
}

/// A sentence-initial single word keeps its capital's promise only when the document
/// confirms it: the same word as a name elsewhere (not at a sentence start), or the
/// last word of a person's full name. Gazetteer names and titled people need no proof.
fn confirm_initials(ctx: &Context, cands: &mut [Cand]) {
    let toks = &ctx.doc.tokens[..];
    let mut confirmed: HashSet<String> = HashSet::new();
    for c in cands.iter() {
        if c.kind.is_none() || c.end <= c.start {
            continue;
        }
        if !c.initial {
            confirmed.insert(fold(ctx.doc.slice(c.start, c.end)));
        }
        for w in words(toks, c) {
            if c.t1 > c.t0 + 1 {
                confirmed.insert(fold(w.text));
            }
        }
    }
    for c in cands.iter_mut() {
        if c.initial && c.strength < 2 && c.kind.is_some() {
            let key = fold(ctx.doc.slice(c.start, c.end));
            if !confirmed.contains(&key) {
                c.kind = None;
            }
        }
    }
}

fn guess(ctx: &Context, lex: &Lexicon, toks: &[Token], c: &mut Cand) {
    if c.t1 <= c.t0 || c.end <= c.start {
        return;
    }
    let ws: Vec<&Token> = words(toks, c).collect();
    let n = ws.len();
    let Some(first) = ws.first() else {
        c.kind = None;
        return;
    };
    let last = ws.last().unwrap_or(first);
    let (fl, ll) = (lower(first.text), lower(last.text));
    let forced_per = c.kind == Some(EntityType::PER) && c.strength >= 2;
    let set = |c: &mut Cand, k: EntityType, s: u8| {
        if s >= c.strength || c.kind.is_none() {
            c.kind = Some(k);
            c.strength = s;
        }
    };
    // Nationality words: the noun (capitalized in French; plural or after an article in
    // English) is MISC, the adjective is no entity.
    if n == 1 && !forced_per && lex.demonym(&fl).is_some() {
        {
            let plural = fl.ends_with('s') && lex.demonym(fl.trim_end_matches('s')).is_some();
            let article_before = c.t0 > 0
                && toks
                    .get(c.t0 - 1)
                    .is_some_and(|t| has(lex.articles, &lower(t.text)));
            if lex.lowercase_tail || plural || article_before {
                set(c, EntityType::MISC, 2);
            } else {
                c.kind = None;
                c.strength = 0;
            }
            return;
        }
    }
    if forced_per {
        return;
    }
    if n >= 2 {
        if has(lex.org_suffixes, ll.trim_end_matches('.')) || has(lex.org_heads, &fl) {
            return set(c, EntityType::ORG, 2);
        }
        if has(lex.misc_heads, &fl) || has(lex.misc_suffixes, &ll) {
            return set(c, EntityType::MISC, 2);
        }
        if has(lex.loc_heads, &fl) || has(lex.loc_suffixes, &ll) {
            return set(c, EntityType::LOC, 2);
        }
        let given =
            first.text.chars().count() >= 2 && gazetteer::GIVEN_NAMES.contains(&fold(first.text));
        let initial = first.text.chars().count() == 1;
        if given || initial || gazetteer::SURNAMES.contains(&fold(last.text)) {
            return set(c, EntityType::PER, 2);
        }
        // Known last word: "Greater Manchester", "Moscow Region".
        if let Some(k) = gazetteer::lookup(&fold(last.text), last.is_all_caps()) {
            if k.kind != EntityType::PER && n == 2 && k.major {
                return set(c, k.kind, 1);
            }
        }
    }
    let prev = c.t0.checked_sub(1).and_then(|i| toks.get(i));
    let next = toks.get(c.t1);
    if n == 1 && first.text.chars().count() == 1 {
        c.kind = None;
        return;
    }
    if n == 1 {
        let f = fold(first.text);
        if first.is_all_caps() && first.text.chars().count() <= 6 {
            return set(c, EntityType::ORG, 1);
        }
        if gazetteer::GIVEN_NAMES.contains(&f) || gazetteer::SURNAMES.contains(&f) {
            return set(c, EntityType::PER, 1);
        }
        if prev.is_some_and(|t| has(lex.place_preps, &lower(t.text))) {
            return set(c, EntityType::LOC, 1);
        }
    }
    if next.is_some_and(|t| has(lex.person_verbs, &lower(t.text))) {
        return set(c, EntityType::PER, 1);
    }
    let _ = ctx;
    if n >= 4 || n == 1 {
        set(c, EntityType::ORG, 0)
    } else {
        set(c, EntityType::PER, 0)
    }
}

/// One surface, one type; a lone surname is its full name's type.
fn consistency(ctx: &Context, cands: &mut [Cand]) {
    let toks = &ctx.doc.tokens[..];
    let mut best: HashMap<String, (u8, EntityType)> = HashMap::new();
    let mut surnames: HashMap<String, (u8, EntityType)> = HashMap::new();
    for c in cands.iter() {
        let Some(k) = c.kind else { continue };
        let key = fold(ctx.doc.slice(c.start, c.end));
        let e = best.entry(key).or_insert((c.strength, k));
        if c.strength > e.0 {
            *e = (c.strength, k);
        }
        if k == EntityType::PER && c.strength >= 1 {
            let ws: Vec<&Token> = words(toks, c).collect();
            if ws.len() >= 2 {
                if let Some(l) = ws.last() {
                    let e = surnames.entry(fold(l.text)).or_insert((c.strength, k));
                    e.0 = e.0.max(c.strength);
                }
            }
        }
    }
    for c in cands.iter_mut() {
        let Some(k) = c.kind else { continue };
        let key = fold(ctx.doc.slice(c.start, c.end));
        if c.strength < 3 || c.group.is_none() {
            if let Some(&(s, pk)) = surnames.get(&key) {
                if s >= c.strength && k != EntityType::PER {
                    c.kind = Some(pk);
                    c.strength = s.min(2);
                    continue;
                }
            }
        }
        if let Some(&(s, bk)) = best.get(&key) {
            if s > c.strength {
                c.kind = Some(bk);
                c.strength = s;
            }
        }
    }
}
