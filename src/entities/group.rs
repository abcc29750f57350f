//! Grouping: which mentions are one entity, and its canonical name.
//!
//! Joined: mentions with the same folded surface (case and accents aside:
//! `Cavusoglu`/`Çavuşoğlu`, `MOSCOU`/`Moscou`) and type; forms the gazetteers link
//! (`Moscou`/`Moscow`, `ONU`/`Nations unies`); an acronym and the name it follows in
//! parentheses, or whose initials it spells; a lone surname (or given name) and the
//! nearest full name before it that ends (or starts) with it — the first one after it
//! when none comes before. Overlapping mentions are resolved first (the earlier, then
//! the longer, wins), so that no two mentions share a character.
//!
//! The canonical name is the fullest form: most words, then not all capitals, then
//! longest; its type is the entity's type.

use std::collections::HashMap;

use super::{has, Cand, Lexicon, CONTEXT};
use crate::analysis::{Entity, EntityType, TextSpan};
use crate::context::Context;

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        // The earlier candidate stays the root (stable, deterministic).
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[hi] = lo;
    }
}

/// Drops (kind = None) candidates that overlap an earlier or longer one.
fn resolve_overlaps(cands: &mut [Cand]) {
    let mut order: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].kind.is_some() && cands[i].end > cands[i].start)
        .collect();
    order.sort_by_key(|&i| (cands[i].start, std::cmp::Reverse(cands[i].end)));
    let mut last_end = 0usize;
    for i in order {
        if cands[i].start < last_end {
            cands[i].kind = None;
        } else {
            last_end = cands[i].end;
        }
    }
}

/// Groups of candidate indices, one per entity, in order of first mention.
pub(crate) fn group(
    ctx: &Context,
    lex: &Lexicon,
    cands: &mut [Cand],
    keys: &[String],
) -> Vec<Vec<usize>> {
    resolve_overlaps(cands);
    let live: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].kind.is_some())
        .collect();
    let mut parent: Vec<usize> = (0..cands.len()).collect();
    // The words of each mention (folded, connectors left out).
    let words: Vec<Vec<&str>> = keys
        .iter()
        .map(|k| k.split(' ').filter(|w| !has(lex.connectors, w)).collect())
        .collect();
    // Same surface and type; same gazetteer group.
    let mut by_key: HashMap<(&str, EntityType), usize> = HashMap::default();
    let mut by_group: HashMap<&str, usize> = HashMap::default();
    for &i in &live {
        let k = cands[i].kind.unwrap_or(EntityType::MISC);
        match by_key.get(&(keys[i].as_str(), k)) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_key.insert((keys[i].as_str(), k), i);
            }
        }
        if let Some(g) = cands[i].group {
            match by_group.get(g) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    by_group.insert(g, i);
                }
            }
        }
    }
    // An organization with and without its legal suffix: "Northwind Foods Inc." and
    // "Northwind Foods" (which, guessed alone, takes the organization's type).
    let mut bases: HashMap<String, usize> = HashMap::default();
    for &i in &live {
        let n = words[i].len();
        if cands[i].kind != Some(EntityType::ORG) || n < 3 {
            continue;
        }
        let last = words[i][n - 1].trim_end_matches('.');
        if has(lex.org_suffixes, last) {
            bases.entry(words[i][..n - 1].join(" ")).or_insert(i);
        }
    }
    if !bases.is_empty() {
        for &j in &live {
            let Some(&i) = bases.get(&keys[j]) else {
                continue;
            };
            if cands[j].kind == Some(EntityType::ORG) || cands[j].strength <= CONTEXT {
                cands[j].kind = Some(EntityType::ORG);
                union(&mut parent, i, j);
            }
        }
    }
    // Acronyms: in parentheses after their expansion, or spelling its initials.
    let mut expansions: HashMap<String, usize> = HashMap::default();
    for &i in &live {
        if cands[i].kind == Some(EntityType::ORG) && words[i].len() >= 2 {
            let initials: String = words[i].iter().filter_map(|w| w.chars().next()).collect();
            expansions.entry(initials).or_insert(i);
        }
    }
    for &i in &live {
        if let Some(j) = cands[i].acronym_of {
            if cands.get(j).is_some_and(|c| c.kind.is_some()) {
                union(&mut parent, i, j);
                continue;
            }
        }
        let text = ctx.doc.slice(cands[i].start, cands[i].end);
        if words[i].len() == 1
            && text.chars().count() >= 2
            && text.chars().all(|c| c.is_uppercase())
        {
            if let Some(&j) = expansions.get(&keys[i]) {
                union(&mut parent, i, j);
            }
        }
    }
    // Lone surnames and given names → the nearest full name before (else the first
    // after). Full names are indexed by their last and first word, in text order.
    let mut full: HashMap<&str, Vec<usize>> = HashMap::default();
    for &i in &live {
        if cands[i].kind == Some(EntityType::PER) && words[i].len() >= 2 {
            if let (Some(f), Some(l)) = (words[i].first(), words[i].last()) {
                full.entry(l).or_default().push(i);
                if f != l {
                    full.entry(f).or_default().push(i);
                }
            }
        }
    }
    for list in full.values_mut() {
        list.sort_by_key(|&j| cands[j].start);
    }
    for &i in &live {
        if cands[i].kind != Some(EntityType::PER) || words[i].len() != 1 {
            continue;
        }
        let Some(list) = full.get(words[i][0]) else {
            continue;
        };
        let before = list.partition_point(|&j| cands[j].start < cands[i].start);
        let j = if before > 0 {
            list[before - 1]
        } else {
            list[0]
        };
        union(&mut parent, i, j);
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::default();
    let mut sorted = live.clone();
    sorted.sort_by_key(|&i| cands[i].start);
    for i in sorted {
        let r = find(&mut parent, i);
        let g = *slot.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

/// The entity of one group (salience and roles come later).
pub(crate) fn to_entity(ctx: &Context, cands: &[Cand], g: &[usize]) -> Entity {
    let canon = g
        .iter()
        .copied()
        .max_by_key(|&i| {
            // Most words, then not all capitals, then longest, then first.
            let c = &cands[i];
            let text = ctx.doc.slice(c.start, c.end);
            let words = text.bytes().filter(|&b| b == b' ').count();
            let caps = text.bytes().any(|b| b.is_ascii_lowercase())
                || !text.is_ascii() && text.chars().any(char::is_lowercase);
            (words, caps, c.end - c.start, std::cmp::Reverse(c.start))
        })
        .unwrap_or(0);
    let c = &cands[canon];
    Entity {
        id: 0,
        kind: c.kind.unwrap_or(EntityType::MISC),
        name: ctx.doc.slice(c.start, c.end).to_string(),
        mentions: g
            .iter()
            .map(|&i| TextSpan::new(ctx.doc.text, cands[i].start, cands[i].end))
            .collect(),
        roles: Vec::new(),
        nationality: None,
        salience: 0.0,
    }
}
