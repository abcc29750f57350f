//! Gazetteers: the word lists of `data/`, compiled into the binary as sorted text and
//! searched in place by binary search (no index, no start-up cost, no allocation).
//!
//! Every key is *folded* ([`fold`]): lower case, Latin diacritics removed, so that
//! `Çavuşoğlu`, `CAVUSOGLU` and `Cavusoglu` meet, and so do `Téhéran` and `Teheran`.
//! The Python script `data/build_gazetteers.py` writes the lists with the same folding.

use std::sync::OnceLock;

use crate::analysis::EntityType;

/// Lower case, Latin diacritics removed (`Çavuşoğlu` → `cavusoglu`), typographic
/// apostrophe made straight. Appends to `out` (so callers can reuse one buffer).
pub fn fold_into(s: &str, out: &mut String) {
    // U+00C0..U+017F, lower-cased then stripped; '?' = keep the char itself.
    const TABLE: &[u8; 192] = b"aaaaaaaceeeeiiiidnooooo?ouuuuytsaaaaaaaceeeeiiiidnooooo?ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkk?llllll??llnnnnnn???oooooooorrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzz?";
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'þ' | 'Þ' => out.push_str("th"),
            '’' | 'ʼ' | '‘' => out.push('\''),
            '\u{300}'..='\u{36f}' => {}
            _ => {
                let cp = c as u32;
                if (0xC0..0x180).contains(&cp) {
                    let m = TABLE[(cp - 0xC0) as usize];
                    if m != b'?' {
                        out.push(m as char);
                        continue;
                    }
                }
                for l in c.to_lowercase() {
                    if !('\u{300}'..='\u{36f}').contains(&l) {
                        out.push(l);
                    }
                }
            }
        }
    }
}

/// [`fold_into`] into a new string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// A list of lines sorted by their bytes, each `key` or `key\tvalue`.
///
/// Searched by binary search over its lines. The line starts are indexed once per
/// process (on first use: one pass over the text), with the range of lines for each
/// first byte, so a lookup is a dozen probes at most.
pub struct SortedLines {
    text: &'static str,
    index: OnceLock<Index>,
}

struct Index {
    /// Byte offset of each line's start.
    starts: Vec<u32>,
    /// For each first byte: the range of line numbers starting with it.
    by_first: Vec<(u32, u32)>,
    /// A Bloom filter of the keys (two bits each): most words looked up are in no
    /// list, and one hash tells so without a search.
    bloom: Vec<u64>,
}

/// Bits of each list's Bloom filter (2^18 = 32 KB of memory at run time, none in the
/// binary): a few per cent of false positives for the largest list.
const BLOOM_BITS: u32 = 18;

fn fnv(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The two bit positions of a key in a Bloom filter.
fn bloom_bits(key: &[u8]) -> [usize; 2] {
    let h = fnv(key);
    let mask = (1u64 << BLOOM_BITS) - 1;
    [(h & mask) as usize, ((h >> 32) & mask) as usize]
}

impl SortedLines {
    pub const fn new(text: &'static str) -> SortedLines {
        SortedLines {
            text,
            index: OnceLock::new(),
        }
    }

    /// The whole text (one entry a line).
    pub fn text(&self) -> &'static str {
        self.text
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut starts = Vec::new();
            let mut at = 0usize;
            while at < bytes.len() {
                starts.push(at as u32);
                at = bytes[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |p| at + p + 1);
            }
            let mut by_first = vec![(0u32, 0u32); 256];
            let mut i = 0usize;
            while i < starts.len() {
                let b = bytes[starts[i] as usize];
                let j = i + starts[i..].partition_point(|&s| bytes[s as usize] == b);
                by_first[b as usize] = (i as u32, j as u32);
                i = j;
            }
            let mut bloom = vec![0u64; 1 << (BLOOM_BITS - 6)];
            for &st in &starts {
                let line = &bytes[st as usize..];
                let k = line
                    .iter()
                    .position(|&b| b == b'\t' || b == b'\n')
                    .unwrap_or(line.len());
                for bit in bloom_bits(&line[..k]) {
                    bloom[bit / 64] |= 1 << (bit % 64);
                }
            }
            Index {
                starts,
                by_first,
                bloom,
            }
        })
    }

    /// Line `i`'s key and value (value `""` when the line has none).
    fn line(&self, idx: &Index, i: usize) -> (&'static [u8], usize, usize) {
        let bytes = self.text.as_bytes();
        let start = idx.starts[i] as usize;
        let end = idx
            .starts
            .get(i + 1)
            .map_or(bytes.len(), |&e| (e as usize).saturating_sub(1).max(start));
        let line = &bytes[start..end];
        let k = line.iter().position(|&b| b == b'\t').unwrap_or(line.len());
        (&line[..k], start + (k + 1).min(line.len()), end)
    }

    /// The value part of the line whose key is `key` (`""` when the line has no value).
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let first = *key.as_bytes().first()?;
        let idx = self.index();
        if bloom_bits(key.as_bytes())
            .iter()
            .any(|&bit| idx.bloom[bit / 64] & (1 << (bit % 64)) == 0)
        {
            return None;
        }
        let (lo, hi) = idx.by_first[first as usize];
        let (mut lo, mut hi) = (lo as usize, hi as usize);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (k, vs, ve) = self.line(idx, mid);
            match key.as_bytes().cmp(k) {
                std::cmp::Ordering::Equal => return self.text.get(vs..ve),
                std::cmp::Ordering::Less => hi = mid,
                std::cmp::Ordering::Greater => lo = mid + 1,
            }
        }
        None
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// Places: countries, continents, US states, cities (`key\tKIND\tgroup`).
pub static PLACES: SortedLines = SortedLines::new(include_str!("../../data/places.tsv"));
/// Given names of many languages (folded).
pub static GIVEN_NAMES: SortedLines = SortedLines::new(include_str!("../../data/given_names.txt"));
/// Surnames of many languages (folded), without the ones that are also given names.
pub static SURNAMES: SortedLines = SortedLines::new(include_str!("../../data/surnames.txt"));
/// Well-known organizations, places and others, hand-written (`key\tTYPE\tgroup`).
pub static KNOWN: SortedLines = SortedLines::new(include_str!("../../data/known.tsv"));

/// What a gazetteer knows about a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    pub kind: EntityType,
    /// Links the forms of one entity (`Moscou`/`Moscow`, `EI`/`État islamique`); `None`
    /// when the list gives no link.
    pub group: Option<&'static str>,
    /// A country (or continent/region): outranks other readings.
    pub major: bool,
}

/// Looks a folded name up in the well-known list, then in the places. `caps`: the name
/// is written in capitals (acronyms of the well-known list match only then: `UN`, not
/// the article `Un`).
pub fn lookup(folded: &str, caps: bool) -> Option<Known> {
    if let Some(v) = KNOWN.get(folded) {
        let (t, g) = v.split_once('\t').unwrap_or((v, ""));
        let (t, acronym) = match t.strip_suffix('!') {
            Some(t) => (t, true),
            None => (t, false),
        };
        if acronym && !caps {
            return None;
        }
        let kind = match t {
            "ORG" => EntityType::ORG,
            "LOC" => EntityType::LOC,
            "PER" => EntityType::PER,
            _ => EntityType::MISC,
        };
        return Some(Known {
            kind,
            // The two lists' ids never collide: well-known ids are base-36 line
            // numbers of at most 3 chars; place ids are country codes (upper case),
            // `US-xx`, `Xcc` or base-36 ids of 4+ chars (`tests::group_ids_do_not_collide`).
            group: Some(g).filter(|g| !g.is_empty()),
            major: true,
        });
    }
    let v = PLACES.get(folded)?;
    let (k, g) = v.split_once('\t').unwrap_or((v, "-"));
    Some(Known {
        kind: EntityType::LOC,
        group: (g != "-").then_some(g),
        major: k != "T",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(s: &SortedLines) {
        let mut prev: Option<&str> = None;
        for line in s.text().lines() {
            let k = line.split('\t').next().unwrap_or("");
            if let Some(p) = prev {
                assert!(p.as_bytes() < k.as_bytes(), "{p:?} !< {k:?}");
            }
            prev = Some(k);
        }
    }

    #[test]
    fn lists_are_sorted() {
        sorted(&PLACES);
        sorted(&GIVEN_NAMES);
        sorted(&SURNAMES);
        sorted(&KNOWN);
    }

    #[test]
    fn folds_like_the_build_script() {
        assert_eq!(fold("Çavuşoğlu"), "cavusoglu");
        assert_eq!(fold("Téhéran"), "teheran");
        assert_eq!(fold("MOSCOU"), "moscou");
        assert_eq!(fold("Œuvre d’Orient"), "oeuvre d'orient");
    }

    #[test]
    fn finds_every_line() {
        for line in KNOWN
            .text()
            .lines()
            .chain(PLACES.text().lines().step_by(97))
        {
            let k = line.split('\t').next().unwrap_or("");
            assert!(KNOWN.contains(k) || PLACES.contains(k), "{k}");
        }
        assert!(!PLACES.contains("zzzz-not-a-place"));
        assert!(!PLACES.contains(""));
    }

    #[test]
    fn links_language_forms() {
        let a = lookup("moscou", false).unwrap();
        let b = lookup("moscow", false).unwrap();
        assert_eq!(a.kind, EntityType::LOC);
        assert_eq!(a.group, b.group);
        assert!(a.group.is_some());
        assert_eq!(lookup("afp", true).unwrap().kind, EntityType::ORG);
        assert!(lookup("un", false).is_none());
        assert_eq!(lookup("russie", false).unwrap().group, Some("RU"));
    }

    #[test]
    fn group_ids_do_not_collide() {
        for line in KNOWN.text().lines() {
            let g = line.rsplit('\t').next().unwrap_or("");
            assert!(g.len() <= 3);
        }
        for line in PLACES.text().lines() {
            let g = line.rsplit('\t').next().unwrap_or("");
            assert!(
                g == "-" || g.len() >= 4 || g.chars().any(|c| c.is_ascii_uppercase()),
                "{line}"
            );
        }
    }
}
