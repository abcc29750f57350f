//! Gazetteers: the word lists of `data/`, compiled into the binary as sorted text and
//! searched in place by binary search (no index, no start-up cost, no allocation).
//!
//! Every key is *folded* ([`fold`]): lower case, Latin diacritics removed, so that
//! `Çavuşoğlu`, `CAVUSOGLU` and `Cavusoglu` meet, and so do `Téhéran` and `Teheran`.
//! The Python script `data/build_gazetteers.py` writes the lists with the same folding.

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
pub struct SortedLines(pub &'static str);

impl SortedLines {
    /// The value part of the line whose key is `key` (`""` when the line has no value).
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let text = self.0;
        let bytes = text.as_bytes();
        let (mut lo, mut hi) = (0usize, bytes.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |p| lo + p + 1);
            let end = bytes[start..hi]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(hi, |p| start + p);
            let line = &bytes[start..end];
            let k = line.iter().position(|&b| b == b'\t').unwrap_or(line.len());
            match key.as_bytes().cmp(&line[..k]) {
                std::cmp::Ordering::Equal => {
                    return text.get(start + (k + 1).min(line.len())..end);
                }
                std::cmp::Ordering::Less => hi = start,
                std::cmp::Ordering::Greater => lo = end + 1,
            }
        }
        None
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// Places: countries, continents, US states, cities (`key\tKIND\tgroup`).
pub static PLACES: SortedLines = SortedLines(include_str!("../../data/places.tsv"));
/// Given names of many languages (folded).
pub static GIVEN_NAMES: SortedLines = SortedLines(include_str!("../../data/given_names.txt"));
/// Surnames of many languages (folded), without the ones that are also given names.
pub static SURNAMES: SortedLines = SortedLines(include_str!("../../data/surnames.txt"));
/// Well-known organizations, places and others, hand-written (`key\tTYPE\tgroup`).
pub static KNOWN: SortedLines = SortedLines(include_str!("../../data/known.tsv"));

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
        for line in s.0.lines() {
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
        for line in KNOWN.0.lines().chain(PLACES.0.lines().step_by(97)) {
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
        for line in KNOWN.0.lines() {
            let g = line.rsplit('\t').next().unwrap_or("");
            assert!(g.len() <= 3);
        }
        for line in PLACES.0.lines() {
            let g = line.rsplit('\t').next().unwrap_or("");
            assert!(
                g == "-" || g.len() >= 4 || g.chars().any(|c| c.is_ascii_uppercase()),
                "{line}"
            );
        }
    }
}
