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
use std::hash::BuildHasherDefault;

use super::classify::Keys;
use super::words::{split_spaces, WordHash, Words, L};
use super::{Cand, CONTEXT};
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
    // (Filtered lists sized up front: collected, they grow by doubling, a reallocation
    // each time.)
    let mut order: Vec<usize> = Vec::with_capacity(cands.len());
    order.extend(
        (0..cands.len()).filter(|&i| cands[i].kind.is_some() && cands[i].end > cands[i].start),
    );
    // (std sorts here: hot; see src/sort.rs)
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

/// Groups the candidates: one group per entity.
pub(crate) fn group(ctx: &Context, w: &Words, cands: &mut [Cand], keys: &Keys) -> Groups {
    resolve_overlaps(cands);
    let mut live: Vec<usize> = Vec::with_capacity(cands.len());
    live.extend((0..cands.len()).filter(|&i| cands[i].kind.is_some()));
    let mut parent: Vec<usize> = (0..cands.len()).collect();
    // The words of each live mention (folded, connectors left out), one after the other.
    let mut flat: Vec<&str> = Vec::with_capacity(live.len() * 3);
    let mut at: Vec<(usize, usize)> = vec![(0, 0); cands.len()];
    for &i in &live {
        let a = flat.len();
        let key = keys.get(i);
        if key.as_bytes().contains(&b' ') {
            flat.extend(split_spaces(key).filter(|x| !w.is_connector_word(x)));
        } else if !w.is_connector_word(key) {
            // (one word, most keys: pushed without the splitting iterator)
            flat.push(key);
        }
        at[i] = (a, flat.len());
    }
    let words =
        |i: usize| -> &[&str] { at.get(i).and_then(|&(a, b)| flat.get(a..b)).unwrap_or(&[]) };
    // Same surface and type; same gazetteer group.
    let mut by_key: Vec<[Option<usize>; 4]> = vec![[None; 4]; keys.count()];
    // (Keyed by the data's ids, not the input's words: a fast hash will do.)
    let mut by_group: HashMap<&str, usize, BuildHasherDefault<WordHash>> = HashMap::default();
    for &i in &live {
        let k = cands[i].kind.unwrap_or(EntityType::MISC);
        match &mut by_key[keys.id(i)][k as usize] {
            Some(j) => union(&mut parent, i, *j),
            slot => *slot = Some(i),
        }
        // (Gazetteer link ids: the data's own strings, not the input's.)
        if let Some(g) = cands[i].group {
            match by_group.get(g) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    by_group.insert(g, i);
                }
            }
        }
    }
    // Lone surnames and given names → the nearest full name before (else the first
    // after). Full names are indexed by their last and first word, in text order
    // (sorted by word, then position: found by binary search).
    let mut full: Vec<(&str, usize, usize)> = Vec::with_capacity(live.len() * 2);
    for &i in &live {
        let ws = words(i);
        if cands[i].kind == Some(EntityType::PER) && ws.len() >= 2 {
            if let (Some(f), Some(l)) = (ws.first(), ws.last()) {
                full.push((l, cands[i].start, i));
                if f != l {
                    full.push((f, cands[i].start, i));
                }
            }
        }
    }
    full.sort_unstable();
    // An organization with and without its legal suffix: "Northwind Foods Inc." and
    // "Northwind Foods" (which, guessed alone, takes the organization's type),
    // "Brightwell Semiconductor" and "Brightwell".
    // (By key number: a base that is no candidate's key is never looked up.)
    let mut bases: Vec<Option<usize>> = Vec::new();
    let mut base = String::with_capacity(64);
    for &i in &live {
        let ws = words(i);
        let n = ws.len();
        // (two words: "Halvorsen Foods" and "Halvorsen", when the name was found by its
        // suffix, not a list: "Manchester United" is no "Manchester")
        if cands[i].kind != Some(EntityType::ORG)
            || n < 2
            || n == 2 && cands[i].strength != super::KEYWORD
        {
            continue;
        }
        // every base left by cutting suffixes off the end: "Harbor Freight Lines Inc",
        // "Harbor Freight Lines", "Harbor Freight"
        let mut m = n;
        while m >= 2 && w.listed(ws[m - 1].trim_end_matches('.'), L::OrgSuffix) {
            m -= 1;
            base.clear();
            for (k, x) in ws[..m].iter().enumerate() {
                if k > 0 {
                    base.push(' ');
                }
                base.push_str(x);
            }
            if let Some(id) = keys.find(&base) {
                if bases.is_empty() {
                    bases = vec![None; keys.count()];
                }
                bases[id].get_or_insert(i);
            }
        }
    }
    if !bases.is_empty() {
        // (a word of a person's full name)
        let surname_of_full = |j: usize| {
            words(j).first().is_some_and(|x| {
                let lo = full.partition_point(|f| f.0 < *x);
                full.get(lo).is_some_and(|f| f.0 == *x)
            })
        };
        for &j in &live {
            let Some(i) = bases[keys.id(j)] else {
                continue;
            };
            // (a two-word base is a guessed name, never a person's surname: "Keith
            // Dunmore" and "Dunmore Construction" are two)
            let two = words(j).len() == 1;
            if two
                && (cands[j].strength > CONTEXT
                    || cands[j].kind == Some(EntityType::PER) && surname_of_full(j))
            {
                continue;
            }
            if cands[j].kind == Some(EntityType::ORG) || cands[j].strength <= CONTEXT {
                cands[j].kind = Some(EntityType::ORG);
                union(&mut parent, i, j);
            }
        }
    }
    // Acronyms: in parentheses after their expansion, or spelling its initials.
    let mut expansions: Vec<Option<usize>> = vec![None; keys.count()];
    let mut initials = String::with_capacity(16);
    for &i in &live {
        if cands[i].kind == Some(EntityType::ORG) && words(i).len() >= 2 {
            initials.clear();
            initials.extend(words(i).iter().filter_map(|w| w.chars().next()));
            if let Some(id) = keys.find(&initials) {
                expansions[id].get_or_insert(i);
            }
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
        if words(i).len() == 1
            && text.chars().count() >= 2
            && text.chars().all(|c| c.is_uppercase())
        {
            if let Some(j) = expansions[keys.id(i)] {
                union(&mut parent, i, j);
            }
        }
    }
    // Lone surnames and given names → the nearest full name before (else the first
    // after), with the full names indexed above.
    for &i in &live {
        let ws = words(i);
        if cands[i].kind != Some(EntityType::PER) || ws.len() != 1 {
            continue;
        }
        let word = ws[0];
        let lo = full.partition_point(|x| x.0 < word);
        let hi = lo + full[lo..].partition_point(|x| x.0 == word);
        let list = &full[lo..hi];
        let Some(first) = list.first() else {
            continue;
        };
        let before = list.partition_point(|x| x.1 < cands[i].start);
        let j = if before > 0 {
            list[before - 1].2
        } else {
            first.2
        };
        union(&mut parent, i, j);
    }
    // Numbered in order of first mention, then laid out one after the other (no vector
    // per group).
    let mut slot: Vec<usize> = vec![usize::MAX; cands.len()];
    let mut sorted = live;
    sorted.sort_by_key(|&i| cands[i].start);
    let mut of = Vec::with_capacity(sorted.len());
    let mut sizes: Vec<usize> = Vec::with_capacity(sorted.len());
    for &i in &sorted {
        let r = find(&mut parent, i);
        if slot[r] == usize::MAX {
            slot[r] = sizes.len();
            sizes.push(0);
        }
        sizes[slot[r]] += 1;
        of.push(slot[r]);
    }
    let mut bounds = Vec::with_capacity(sizes.len());
    let mut at = 0;
    for n in sizes {
        bounds.push((at, at));
        at += n;
    }
    let mut members = vec![0; sorted.len()];
    for (&i, &k) in sorted.iter().zip(&of) {
        let b = &mut bounds[k];
        members[b.1] = i;
        b.1 += 1;
    }
    Groups { members, bounds }
}

/// Groups of candidate indices, one per entity, in order of first mention; each
/// group's members in text order.
pub(crate) struct Groups {
    /// The members of every group, one group after the other.
    members: Vec<usize>,
    /// Per group, its range in `members`.
    bounds: Vec<(usize, usize)>,
}

impl Groups {
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[usize]> + '_ {
        self.bounds
            .iter()
            .map(|&(a, b)| self.members.get(a..b).unwrap_or(&[]))
    }
}

/// The entity of one group (salience and roles come later).
pub(crate) fn to_entity(ctx: &Context, cands: &[Cand], g: &[usize]) -> Entity {
    // (A lone mention is its own canonical form: nothing to compare.)
    let canon = match g {
        [only] => Some(*only),
        _ => g.iter().copied().max_by_key(|&i| {
            // Most words, then not all capitals, then longest, then first.
            let c = &cands[i];
            let text = ctx.doc.slice(c.start, c.end);
            let words = text.bytes().filter(|&b| b == b' ').count();
            let caps = text.bytes().any(|b| b.is_ascii_lowercase())
                || !text.is_ascii() && text.chars().any(char::is_lowercase);
            (words, caps, c.end - c.start, std::cmp::Reverse(c.start))
        }),
    }
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
