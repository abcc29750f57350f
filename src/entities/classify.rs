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

use super::gazetteer::fold;
use super::words::Words;
use super::{has, Cand, Lexicon, CONTEXT, GUESS, KEYWORD, LISTED_MINOR, TITLED};
use crate::analysis::EntityType;
use crate::context::Context;
use crate::document::{Token, TokenKind};

/// Types the candidates; returns each one's folded text (its key for grouping).
pub(crate) fn classify(
    ctx: &Context,
    lex: &Lexicon,
    w: &mut Words,
    cands: &mut [Cand],
) -> Vec<String> {
    drop_common_initials(ctx, lex, w, cands);
    let toks = &ctx.doc.tokens[..];
    for c in cands.iter_mut() {
        if c.strength < LISTED_MINOR && c.kind != Some(EntityType::MISC) {
            guess(ctx, lex, w, toks, c);
        }
    }
    results_tables(ctx, cands);
    let keys: Vec<String> = cands
        .iter()
        .map(|c| fold(ctx.doc.slice(c.start, c.end)))
        .collect();
    consistency(cands, &keys);
    sports_teams(ctx, lex, w, cands, &keys);
    confirm_initials(cands, &keys);
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
                    let ts = toks.get(s.tokens.0..s.tokens.1).unwrap_or(&[]);
                    let numbers = ts.iter().filter(|t| t.kind == TokenKind::Number).count();
                    let lower = ts
                        .iter()
                        .filter(|t| {
                            t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase)
                        })
                        .count();
                    numbers >= 2 && lower * 4 <= numbers
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
fn sports_teams(ctx: &Context, lex: &Lexicon, w: &mut Words, cands: &mut [Cand], keys: &[String]) {
    let toks = &ctx.doc.tokens[..];
    let mut sports: Option<bool> = None;
    for (c, key) in cands.iter_mut().zip(keys) {
        if c.kind != Some(EntityType::LOC) || c.major || c.end <= c.start {
            continue;
        }
        let Some(first) = toks.get(c.t0) else {
            continue;
        };
        if !first.is_capitalized() {
            continue; // "stade Bollaert": a facility
        }
        if c.t0 > 0
            && toks
                .get(c.t0 - 1)
                .is_some_and(|t| has(lex.locative_preps, &lower(t.text)))
        {
            continue;
        }
        // A dateline or a venue heading ("LONDON 1996-08-30", "NICE, France",
        // "Leicester: Leicestershire beat Somerset"); a score after it is already a team.
        let opens = ctx
            .doc
            .sentences
            .get(c.sentence)
            .is_some_and(|s| s.tokens.0 == c.t0);
        let next = toks.get(c.t1);
        let dated = next.is_some_and(|t| {
            t.kind == TokenKind::Number && t.text.bytes().filter(|b| *b == b'-').count() == 2
        });
        if dated
            || opens && next.is_some_and(|t| t.is_punct(",") || t.is_punct("(") || t.is_punct(":"))
        {
            continue;
        }
        // "(at Edgbaston, Birmingham)": the town of a venue.
        if venue_town(lex, toks, c.t0) {
            continue;
        }
        // Only towns of the gazetteer: an unknown word after "à" was typed by it.
        let town = w
            .gaz(key, first.is_all_caps())
            .is_some_and(|k| k.kind == EntityType::LOC && !k.major);
        if !town {
            continue;
        }
        if !*sports.get_or_insert_with(|| is_sports_report(lex, toks)) {
            return;
        }
        c.kind = Some(EntityType::ORG);
    }
}

/// Is the name at `t0` the town after a venue: a locative preposition, a capitalized
/// name, a comma (`at Edgbaston, Birmingham`, `à Bollaert, Lens`)?
fn venue_town(lex: &Lexicon, toks: &[Token], t0: usize) -> bool {
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
            return k + 2 < t0 && has(lex.locative_preps, &lower(t.text));
        }
    }
    false
}

/// How many sport words make an article a sports report.
const SPORT_WORDS: usize = 2;

fn is_sports_report(lex: &Lexicon, toks: &[Token]) -> bool {
    let mut n = 0;
    for t in toks {
        // (Sport words are lower case; a binary search over a short list, at most once
        // per article.)
        if t.kind == TokenKind::Word
            && (3..=14).contains(&t.text.len())
            && t.text.starts_with(char::is_lowercase)
            && has(lex.sport_words, t.text)
        {
            n += 1;
            if n >= SPORT_WORDS {
                return true;
            }
        }
    }
    false
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
fn drop_common_initials(ctx: &Context, lex: &Lexicon, w: &mut Words, cands: &mut [Cand]) {
    let toks = &ctx.doc.tokens;
    let mut wanted: HashSet<String> = HashSet::default();
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
    let mut seen: HashSet<&str> = HashSet::default();
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
        let listed = w.given(&f) || w.surname(&f);
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
    c.initial && c.t1 == c.t0 + 1 && (c.kind.is_none() || (c.strength <= LISTED_MINOR && !c.major))
}

/// A sentence-initial single word keeps its capital's promise only when the document
/// confirms it: the same word as a name elsewhere (not at a sentence start), or the
/// last word of a person's full name. Gazetteer names and titled people need no proof.
fn confirm_initials(cands: &mut [Cand], keys: &[String]) {
    let mut confirmed: HashSet<&str> = HashSet::default();
    for (c, key) in cands.iter().zip(keys) {
        if c.kind.is_none() || c.end <= c.start {
            continue;
        }
        if !c.initial {
            confirmed.insert(key);
        }
        if c.t1 > c.t0 + 1 {
            confirmed.extend(key.split(' '));
        }
    }
    for (c, key) in cands.iter_mut().zip(keys) {
        if c.initial
            && c.strength < KEYWORD
            && c.kind.is_some()
            && c.t1 == c.t0 + 1
            && !confirmed.contains(key.as_str())
        {
            c.kind = None;
        }
    }
}

fn guess(ctx: &Context, lex: &Lexicon, w: &mut Words, toks: &[Token], c: &mut Cand) {
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
    let forced_per = c.kind == Some(EntityType::PER) && c.strength >= TITLED;
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
            // "the Dutch police": an adjective still, before a lower-case noun.
            let noun_after = toks.get(c.t1).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase)
            });
            if lex.lowercase_tail || plural || (article_before && !noun_after) {
                set(c, EntityType::MISC, KEYWORD);
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
    // "les Lensois", "les jeunes Verdunoises", "the Bostonians": an unknown capitalized
    // plural with an inhabitants' ending after a plural determiner (MISC).
    if n == 1 && inhabitants(lex, toks, c.t0, &fl) {
        return set(c, EntityType::MISC, KEYWORD);
    }
    if n >= 2 {
        if has(lex.org_suffixes, ll.trim_end_matches('.')) || has(lex.org_heads, &fl) {
            return set(c, EntityType::ORG, KEYWORD);
        }
        if has(lex.misc_heads, &fl) || has(lex.misc_suffixes, &ll) {
            return set(c, EntityType::MISC, KEYWORD);
        }
        if has(lex.loc_heads, &fl) || has(lex.loc_suffixes, &ll) {
            return set(c, EntityType::LOC, KEYWORD);
        }
        let given = first.text.chars().count() >= 2 && w.given(&fold(first.text));
        let initial = first.text.chars().count() == 1;
        if given || initial || w.surname(&fold(last.text)) {
            return set(c, EntityType::PER, KEYWORD);
        }
        // Known last word: "Greater Manchester", "Moscow Region".
        if let Some(k) = w.gaz(&fold(last.text), last.is_all_caps()) {
            if k.kind != EntityType::PER && n == 2 && k.major {
                return set(c, k.kind, CONTEXT);
            }
        }
        // A place, then more name: "Kansas City Royals", "Boston Red Sox", "Moscow
        // Narodny Bank" — a team or a company named after its town.
        let head: Vec<&Token> = ws.iter().take(n - 1).copied().collect();
        for k in (1..head.len() + 1).rev() {
            let (Some(a), Some(b)) = (head.first(), head.get(k - 1)) else {
                continue;
            };
            let text = ctx.doc.slice(a.start, b.end);
            if w.gaz(&fold(text), false)
                .is_some_and(|x| x.kind == EntityType::LOC)
            {
                return set(c, EntityType::ORG, CONTEXT);
            }
        }
    }
    // "Ericsson spokesman Per Zetterquist": the name before a role noun holds the role.
    if toks
        .get(c.t1)
        .is_some_and(|t| t.text.starts_with(char::is_lowercase) && has(lex.titles, &lower(t.text)))
        && lex.demonym(&fl).is_none()
    {
        return set(c, EntityType::ORG, CONTEXT);
    }
    let prev = c.t0.checked_sub(1).and_then(|i| toks.get(i));
    let next = toks.get(c.t1);
    if n == 1 && first.text.chars().count() == 1 {
        c.kind = None;
        return;
    }
    if n == 1 && first.text.contains('-') {
        let l = lower(first.text);
        if lex.place_infixes.iter().any(|x| l.contains(x))
            || lex.place_prefixes.iter().any(|x| l.starts_with(x))
        {
            return set(c, EntityType::LOC, CONTEXT);
        }
        let head = first.text.split('-').next().unwrap_or("");
        if first
            .text
            .split('-')
            .all(|p| p.starts_with(char::is_uppercase))
            && w.given(&fold(head))
        {
            return set(c, EntityType::PER, CONTEXT);
        }
    }
    if n == 1 {
        let f = fold(first.text);
        if first.is_all_caps() && first.text.chars().count() <= 6 {
            return set(c, EntityType::ORG, CONTEXT);
        }
        if w.given(&f) || w.surname(&f) {
            return set(c, EntityType::PER, CONTEXT);
        }
        if prev.is_some_and(|t| has(lex.place_preps, &lower(t.text))) {
            return set(c, EntityType::LOC, CONTEXT);
        }
    }
    if next.is_some_and(|t| has(lex.person_verbs, &lower(t.text))) {
        return set(c, EntityType::PER, CONTEXT);
    }
    let _ = ctx;
    if n >= 4 || n == 1 {
        set(c, EntityType::ORG, GUESS)
    } else {
        set(c, EntityType::PER, GUESS)
    }
}

/// Is the capitalized word at `t0` (lower-cased `l`) an inhabitants' noun: a demonym
/// ending, after a plural determiner (one lower-case adjective may sit between: "les
/// jeunes Lensois")?
fn inhabitants(lex: &Lexicon, toks: &[Token], t0: usize, l: &str) -> bool {
    if !lex
        .demonym_suffixes
        .iter()
        .any(|s| l.ends_with(s) && l.len() >= s.len() + 3)
    {
        return false;
    }
    let det = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && has(lex.plural_determiners, &lower(t.text))
        })
    };
    let Some(p) = t0.checked_sub(1) else {
        return false;
    };
    det(p)
        || (p > 0
            && det(p - 1)
            && toks.get(p).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase)
            }))
}

/// One surface, one type; a lone surname is its full name's type.
fn consistency(cands: &mut [Cand], keys: &[String]) {
    let mut best: HashMap<&str, (u8, EntityType)> = HashMap::default();
    let mut surnames: HashMap<&str, (u8, EntityType)> = HashMap::default();
    for (c, key) in cands.iter().zip(keys) {
        let Some(k) = c.kind else { continue };
        let e = best.entry(key).or_insert((c.strength, k));
        if c.strength > e.0 {
            *e = (c.strength, k);
        }
        // (Only names known as people: a guessed "Ville de Marseille" must not make
        // every "Marseille" a person.)
        if k == EntityType::PER && c.strength >= KEYWORD && c.t1 > c.t0 + 1 {
            if let Some(last) = key.rsplit(' ').next() {
                let e = surnames.entry(last).or_insert((c.strength, k));
                e.0 = e.0.max(c.strength);
            }
        }
    }
    for (c, key) in cands.iter_mut().zip(keys) {
        let Some(k) = c.kind else { continue };
        if c.strength < TITLED && !c.major {
            if let Some(&(_, pk)) = surnames.get(key.as_str()) {
                if k != EntityType::PER {
                    c.kind = Some(pk);
                    c.strength = KEYWORD;
                    continue;
                }
            }
        }
        if let Some(&(s, bk)) = best.get(key.as_str()) {
            if s > c.strength {
                c.kind = Some(bk);
                c.strength = s;
            }
        }
    }
}
