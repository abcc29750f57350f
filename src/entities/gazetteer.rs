//! Gazetteers: the word lists of `data/`, compiled into the binary as compact text
//! (front-coded sorted keys, one line per city and its other-language forms) and
//! indexed once per process, on the first lookup, by a hash table of the folded keys.
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

/// How a text of `data/` is written (see `data/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// `key` or `key\tvalue` a line.
    Lines,
    /// Keys only, sorted, one after the other: the first whole, each next one after a
    /// separator ([`shared_after`]) that says how many bytes it shares with the key before
    /// and ends that key. One char for both, not a newline and a digit: 5-7 % smaller once
    /// gzipped (and about a quarter smaller than the plain list).
    FrontCoded,
    /// One entity a line, its forms written as in [`Format::FrontCoded`] (`|` for a form
    /// that shares nothing with the one before); each form's value is its line.
    Forms,
}

/// How many bytes the key after `b` shares with the key before, when `b` separates
/// two keys of a [`Format::FrontCoded`] or [`Format::Forms`] text: the newline and `|`
/// none, the other control chars 1–29 (`\u{1}` 1 … `\u{9}` 9, `\u{b}` 10, `\u{c}` 11,
/// `\u{e}` 12 … `\u{1f}` 29: newline and carriage return are skipped).
fn shared_after(b: u8) -> Option<usize> {
    match b {
        b'\n' | b'|' => Some(0),
        1..=9 => Some(usize::from(b)),
        11..=12 => Some(usize::from(b) - 1),
        14..=31 => Some(usize::from(b) - 2),
        _ => None,
    }
}

/// A gazetteer: one or more texts of `data/` compiled in, indexed on first use.
///
/// The texts are written to be small in the download (front coding, no ids); the index,
/// built once per process on the first lookup (about 4 ms native for all the lists;
/// 1.7 MB), is a hash table of the folded keys behind a small Bloom filter, so a lookup
/// is one hash and one filter word, then usually one probe — and a miss, the common case
/// (most words are in no list), mostly stops at the filter.
pub struct SortedLines {
    parts: &'static [(&'static str, Format)],
    index: OnceLock<Index>,
}

/// One key of the index.
struct Entry {
    /// End of the key in [`Index::keys`] (it starts where the previous one ends).
    key_end: u32,
    /// The value: `parts[part].0[val_start..val_start + val_len]`.
    val_start: u32,
    val_len: u16,
    part: u8,
}

impl Entry {
    /// The entry of a key that ends at `key_end` in [`Index::keys`], whose value is
    /// `value` in the text of part `part`.
    fn new(key_end: usize, value: std::ops::Range<usize>, part: usize) -> Entry {
        Entry {
            key_end: key_end as u32,
            val_start: value.start as u32,
            val_len: value.len().min(usize::from(u16::MAX)) as u16,
            part: part as u8,
        }
    }
}

/// Decodes a [`Format::FrontCoded`] or [`Format::Forms`] text (part `part` of a
/// gazetteer): appends each key to `keys` and its entry to `entries`.
fn decode_front_coded(
    text: &str,
    format: Format,
    part: usize,
    keys: &mut String,
    entries: &mut Vec<Entry>,
) {
    let bytes = text.as_bytes();
    // The previous key in `keys`, how many bytes of it the next key shares, where the
    // next key's own bytes start in `text`, and (forms) the line it is in: its value
    // (`None` at the start of a line: found from `start`).
    let (mut prev, mut shared, mut start, mut line) = (0..0, 0, 0, None);
    while start <= bytes.len() {
        let rest = bytes.get(start..).unwrap_or(&[]);
        let len = rest
            .iter()
            .position(|&b| b < 0x20 || b == b'|')
            .unwrap_or(rest.len());
        let end = start + len;
        let sep = bytes.get(end).copied().unwrap_or(b'\n');
        let value = match format {
            Format::Forms => line
                .get_or_insert_with(|| {
                    start..start + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
                })
                .clone(),
            _ => start..start,
        };
        let own = text.get(start..end).unwrap_or("");
        if !own.is_empty() || shared > 0 {
            let at = keys.len();
            let cut = (prev.start + shared).min(prev.end);
            if keys.is_char_boundary(cut) {
                keys.extend_from_within(prev.start..cut);
            }
            keys.push_str(own);
            prev = at..keys.len();
            entries.push(Entry::new(keys.len(), value, part));
        }
        (shared, start) = (shared_after(sep).unwrap_or(0), end + 1);
        if sep == b'\n' {
            line = None;
        }
    }
}

struct Index {
    /// Every key, decoded, one after the other.
    keys: String,
    entries: Vec<Entry>,
    /// Open addressing, linear probing, at most half full: 0 = empty, else the entry's
    /// number + 1 in the low [`SLOT_BITS`] bits and the top bits of its hash above, so
    /// that most misses are told without reading a key.
    slots: Vec<u32>,
    /// A blocked Bloom filter of the keys (two bits in one 64-bit word, four bits a slot:
    /// 8–14 bits a key, a few per cent false positives), small enough to stay in cache:
    /// most words looked up are in no list, and the table is too big for the cache
    /// (measured: the slot load was most of a lookup's time; then the filter's own load,
    /// when it had twice the bits: 16–28 a key, 128 KB for the three large lists).
    filter: Vec<u64>,
    /// A Bloom filter (same layout) of every key's prefixes that end with a separator
    /// (an ASCII byte neither letter nor digit: `new `, `new york `, `saint-`), so that
    /// "could a key start with this name and a space?" — asked after every capitalized
    /// run, before looking it up with the lower-case words after it — mostly stops here.
    /// Only keys of several words have such prefixes: a few thousand, a few kilobytes.
    prefixes: Vec<u64>,
}

/// The word and the two bits of a hash in a [`Index::filter`] of `words` words (a power
/// of two). Bits of the hash the slot and the tag do not use.
fn filter_bits(h: u64, words: usize) -> (usize, u64) {
    let word = (h >> 20) as usize & (words - 1);
    let bits = (1u64 << ((h >> 40) & 63)) | (1u64 << ((h >> 46) & 63));
    (word, bits)
}

const SLOT_BITS: u32 = 20;
const SLOT_MASK: u32 = (1 << SLOT_BITS) - 1;

/// A fast hash of a short key, eight bytes at a time (keys are names: most fit in one or
/// two words; faster than FNV's byte at a time). Its low bits pick the slot, its top
/// bits are the tag (both vary: `probestats` in the tests).
fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (key.len() as u64).wrapping_mul(K);
    let mut chunks = key.chunks_exact(8);
    // (Each chunk read as a little-endian word: its first byte lowest.)
    for c in &mut chunks {
        let w = <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes);
        h = (h ^ w).wrapping_mul(K);
        h ^= h >> 32;
    }
    let rest = chunks.remainder();
    let mut a = [0u8; 8];
    if let Some(d) = a.get_mut(..rest.len()) {
        d.copy_from_slice(rest);
    }
    let w = u64::from_le_bytes(a);
    h = (h ^ w).wrapping_mul(K);
    h ^ (h >> 29)
}

/// The tag kept in a slot: the hash's top bits.
fn tag(h: u64) -> u32 {
    ((h >> (32 + SLOT_BITS)) as u32) << SLOT_BITS
}

impl Index {
    fn key(&self, i: usize) -> &str {
        let start = match i.checked_sub(1) {
            Some(p) => self.entries.get(p).map_or(0, |e| e.key_end as usize),
            None => 0,
        };
        let end = self.entries.get(i).map_or(start, |e| e.key_end as usize);
        self.keys.get(start..end).unwrap_or("")
    }

    /// The entry whose key is `key`.
    fn find(&self, key: &str) -> Option<&Entry> {
        self.find_hashed(key, hash(key.as_bytes()))
    }

    /// [`Index::find`] with the key's [`hash`] already computed.
    fn find_hashed(&self, key: &str, h: u64) -> Option<&Entry> {
        let (word, bits) = filter_bits(h, self.filter.len());
        if self.filter.get(word).is_none_or(|w| w & bits != bits) {
            return None;
        }
        let mask = self.slots.len().checked_sub(1)?;
        let t = tag(h);
        let mut at = h as usize & mask;
        loop {
            let s = *self.slots.get(at)?;
            if s == 0 {
                return None;
            }
            let i = (s & SLOT_MASK) as usize;
            if s & !SLOT_MASK == t && self.key(i - 1) == key {
                return self.entries.get(i - 1);
            }
            at = (at + 1) & mask;
        }
    }

    /// Could a key start with `prefix`, which ends with a separator (see
    /// [`Index::prefixes`])? False means surely not.
    fn may_start(&self, prefix_hash: u64) -> bool {
        let (word, bits) = filter_bits(prefix_hash, self.prefixes.len());
        self.prefixes.get(word).is_some_and(|w| w & bits == bits)
    }

    fn build(parts: &[(&'static str, Format)]) -> Index {
        let size: usize = parts.iter().map(|(t, _)| t.len()).sum();
        let mut keys = String::with_capacity(size);
        // (Keys take 6-17 bytes of text on average, a line of the tables or a front-coded
        // key: the entries are shrunk to fit below.)
        let mut entries = Vec::with_capacity(size / 6);
        for (p, &(text, format)) in parts.iter().enumerate() {
            if format != Format::Lines {
                decode_front_coded(text, format, p, &mut keys, &mut entries);
                continue;
            }
            let mut at = 0;
            for line in text.split_terminator('\n') {
                let line_at = at;
                at += line.len() + 1;
                let (k, v) = line.split_once('\t').unwrap_or((line, ""));
                keys.push_str(k);
                let v_at = line_at + (k.len() + 1).min(line.len());
                entries.push(Entry::new(keys.len(), v_at..v_at + v.len(), p));
            }
        }
        // Every entry has a number that fits in a slot (the lists hold tens of thousands).
        entries.truncate(SLOT_MASK as usize - 1);
        entries.shrink_to_fit();
        keys.shrink_to_fit();
        let size = (2 * entries.len()).next_power_of_two().max(2);
        let mut index = Index {
            keys,
            entries,
            slots: vec![0; size],
            filter: vec![0; (size / 16).max(1)],
            prefixes: Vec::new(),
        };
        let is_sep = |b: &u8| b.is_ascii() && !b.is_ascii_alphanumeric();
        let seps = index.keys.bytes().filter(is_sep).count();
        // About sixteen bits a prefix.
        let mut prefixes = vec![0u64; (seps / 4).next_power_of_two().max(1)];
        for i in 0..index.entries.len() {
            let key = index.key(i).as_bytes();
            for (p, _) in key.iter().enumerate().filter(|(_, b)| is_sep(b)) {
                let h = hash(&key[..=p]);
                let (word, bits) = filter_bits(h, prefixes.len());
                if let Some(w) = prefixes.get_mut(word) {
                    *w |= bits;
                }
            }
        }
        index.prefixes = prefixes;
        // A key met twice (in two parts) is found at its first entry: linear probing puts
        // the second one further along the same run of slots.
        for i in 0..index.entries.len() {
            let h = hash(index.key(i).as_bytes());
            let (word, bits) = filter_bits(h, index.filter.len());
            if let Some(w) = index.filter.get_mut(word) {
                *w |= bits;
            }
            let mut at = h as usize & (size - 1);
            while index.slots.get(at).is_some_and(|&s| s != 0) {
                at = (at + 1) & (size - 1);
            }
            if let Some(slot) = index.slots.get_mut(at) {
                *slot = tag(h) | (i as u32 + 1);
            }
        }
        index
    }
}

impl SortedLines {
    const fn new(parts: &'static [(&'static str, Format)]) -> SortedLines {
        SortedLines {
            parts,
            index: OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self.parts))
    }

    /// The part the key is in, and its value (`""` when it has none); `h` = its [`hash`].
    fn get_in(&self, key: &str, h: u64) -> Option<(usize, &'static str)> {
        let e = self.index().find_hashed(key, h)?;
        let part = usize::from(e.part);
        let text = self.parts.get(part)?.0;
        let start = e.val_start as usize;
        Some((part, text.get(start..start + usize::from(e.val_len))?))
    }

    /// The value of the key (`""` when it has none).
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.get_in(key, hash(key.as_bytes())).map(|(_, v)| v)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.index().find(key).is_some()
    }

    /// Every key, decoded, in the order of the texts (for tests).
    #[cfg(test)]
    fn keys(&self) -> Vec<String> {
        let idx = self.index();
        (0..idx.entries.len())
            .map(|i| idx.key(i).to_string())
            .collect()
    }
}

/// Every text of `data/` compiled in, as one string, then cut into the lists: so the
/// lists sit in the module in this order, names next to names, and gzip finds what
/// neighbouring lists share within its 32 KB window (the city forms and the cities,
/// the given names and the surnames). Session 8, wasm gzip -9: 588,872 bytes with the
/// order the compiler chose, 586,896 so (six orders tried: 586,896-587,356).
const DATA: &str = concat!(
    include_str!("../../data/city_forms.txt"),
    include_str!("../../data/cities.txt"),
    include_str!("../../data/given_names.txt"),
    include_str!("../../data/surnames.txt"),
    include_str!("../../data/known.tsv"),
    include_str!("../../data/countries.tsv"),
);
const CITY_FORMS: (&str, &str) = DATA.split_at(include_str!("../../data/city_forms.txt").len());
const CITIES: (&str, &str) = CITY_FORMS
    .1
    .split_at(include_str!("../../data/cities.txt").len());
const GIVEN: (&str, &str) = CITIES
    .1
    .split_at(include_str!("../../data/given_names.txt").len());
const SUR: (&str, &str) = GIVEN
    .1
    .split_at(include_str!("../../data/surnames.txt").len());
const KNOWN_TSV: (&str, &str) = SUR.1.split_at(include_str!("../../data/known.tsv").len());

/// Places: countries, continents and US states (`key\tKIND\tgroup`), the cities with
/// other-language forms (one a line, linked by their line), the other cities.
pub static PLACES: SortedLines = SortedLines::new(&[
    (KNOWN_TSV.1, Format::Lines),
    (CITY_FORMS.0, Format::Forms),
    (CITIES.0, Format::FrontCoded),
]);
/// Given names of many languages (folded).
pub static GIVEN_NAMES: SortedLines = SortedLines::new(&[(GIVEN.0, Format::FrontCoded)]);
/// Surnames of many languages (folded), without the ones that are also given names.
pub static SURNAMES: SortedLines = SortedLines::new(&[(SUR.0, Format::FrontCoded)]);
/// Well-known organizations, places and others, hand-written (`key\tTYPE\tgroup`).
pub static KNOWN: SortedLines = SortedLines::new(&[(KNOWN_TSV.0, Format::Lines)]);

/// The lists' hash of any bytes (also good for other tables of short words: its top
/// bits vary).
pub(crate) fn key_hash(b: &[u8]) -> u64 {
    hash(b)
}

/// Could a key that [`lookup`] finds start with `folded[..=at]`? Only answered when
/// `folded[at]` is a separator (an ASCII byte neither letter nor digit, as a space);
/// otherwise true. False means surely not: no need to look up any longer text that
/// starts so.
pub fn may_extend(folded: &str, at: usize) -> bool {
    let bytes = folded.as_bytes();
    match (bytes.get(at), bytes.get(..=at)) {
        (Some(b), Some(prefix)) if b.is_ascii() && !b.is_ascii_alphanumeric() => {
            let h = hash(prefix);
            KNOWN.index().may_start(h) || PLACES.index().may_start(h)
        }
        _ => true,
    }
}

/// `v.split_once('\t')`, by a byte search (values are a few bytes: no searcher).
fn split_tab(v: &str) -> Option<(&str, &str)> {
    let i = v.bytes().position(|b| b == b'\t')?;
    Some((v.get(..i)?, v.get(i + 1..)?))
}

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
    listed(folded).known(|| caps)
}

/// What the lists hold for a folded name ([`listed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Listed {
    /// In no list: whether the name is in capitals changes nothing (callers may
    /// remember it).
    No,
    Name(Known),
    /// An acronym of the well-known list: a name only when written in capitals.
    Acronym(Known),
}

impl Listed {
    /// [`lookup`]'s answer; `caps` (is the name in capitals?) asked only of an acronym.
    #[inline]
    pub(crate) fn known(self, caps: impl FnOnce() -> bool) -> Option<Known> {
        match self {
            Listed::No => None,
            Listed::Name(k) => Some(k),
            Listed::Acronym(k) => caps().then_some(k),
        }
    }
}

/// Looks a folded name up in the well-known list, then in the places ([`lookup`]
/// without the question of capitals).
pub(crate) fn listed(folded: &str) -> Listed {
    let h = hash(folded.as_bytes());
    if let Some((_, v)) = KNOWN.get_in(folded, h) {
        let (t, g) = split_tab(v).unwrap_or((v, ""));
        let (t, acronym) = match t.strip_suffix('!') {
            Some(t) => (t, true),
            None => (t, false),
        };
        let kind = match t {
            "ORG" => EntityType::ORG,
            "LOC" => EntityType::LOC,
            "PER" => EntityType::PER,
            _ => EntityType::MISC,
        };
        let k = Known {
            kind,
            // The two lists' ids never collide: well-known ids are base-36 line
            // numbers of at most 3 chars; place ids are country codes (upper case),
            // `US-xx`, `Xcc` or base-36 ids of 4+ chars (`tests::group_ids_do_not_collide`).
            group: Some(g).filter(|g| !g.is_empty()),
            major: true,
        };
        return if acronym {
            Listed::Acronym(k)
        } else {
            Listed::Name(k)
        };
    }
    let Some((part, v)) = PLACES.get_in(folded, h) else {
        return Listed::No;
    };
    Listed::Name(match part {
        // Countries, continents, US states: `KIND\tgroup`.
        0 => {
            let g = split_tab(v).map_or("-", |(_, g)| g);
            Known {
                kind: EntityType::LOC,
                group: (g != "-").then_some(g),
                major: true,
            }
        }
        // A city with other forms, linked by their line. The lists' ids never collide
        // (`tests::group_ids_do_not_collide`).
        1 => Known {
            kind: EntityType::LOC,
            group: Some(v),
            major: false,
        },
        _ => Known {
            kind: EntityType::LOC,
            group: None,
            major: false,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_decoded() {
        for part in PLACES
            .parts
            .iter()
            .chain(GIVEN_NAMES.parts)
            .chain(SURNAMES.parts)
            .chain(KNOWN.parts)
        {
            let (text, format) = *part;
            if format == Format::Forms {
                continue;
            }
            let list = SortedLines::new(std::slice::from_ref(part));
            let keys = list.keys();
            let count = match format {
                Format::Lines => text.lines().count(),
                _ => text.bytes().filter(|&b| shared_after(b).is_some()).count(),
            };
            assert_eq!(keys.len(), count);
            for w in keys.windows(2) {
                assert!(
                    w[0].as_bytes() < w[1].as_bytes(),
                    "{:?} !< {:?}",
                    w[0],
                    w[1]
                );
            }
            // Decoded keys are folded names, never a stray prefix char.
            assert!(keys.iter().all(|k| !k.is_empty() && !k.contains('\t')));
        }
        assert!(GIVEN_NAMES.contains("john") && GIVEN_NAMES.contains("marie"));
        assert!(SURNAMES.contains("dupont") || SURNAMES.contains("smith"));
    }

    /// The formats as `data/build_gazetteers.py` writes them (`front_coded`,
    /// `forms_line`): shares of 1-29 bytes, newline and carriage return skipped.
    #[test]
    fn decodes_the_formats() {
        fn decode(text: &'static str, format: Format) -> Vec<(String, &'static str)> {
            let (mut keys, mut entries) = (String::new(), Vec::new());
            decode_front_coded(text, format, 0, &mut keys, &mut entries);
            let mut start = 0;
            entries
                .iter()
                .map(|e| {
                    let k = keys[start..e.key_end as usize].to_string();
                    start = e.key_end as usize;
                    let v = e.val_start as usize;
                    (k, &text[v..v + usize::from(e.val_len)])
                })
                .collect()
        }
        let keys = |d: Vec<(String, &str)>| d.into_iter().map(|(k, _)| k).collect::<Vec<_>>();
        let text = "a\u{1}bcdefghijklmnopqrstuvwxyzabcde\u{1f}x\u{1f}xy\u{e}x\u{c}x\u{b}x\u{2}x\nb\u{1}té\u{4}z\n";
        let l = "abcdefghijklmnopqrstuvwxyzabcde";
        assert_eq!(
            keys(decode(text, Format::FrontCoded)),
            [
                "a".to_string(),
                l.to_string(),
                format!("{}x", &l[..29]),
                format!("{}xy", &l[..29]),
                format!("{}x", &l[..12]),
                format!("{}x", &l[..11]),
                format!("{}x", &l[..10]),
                "abx".to_string(),
                "b".to_string(),
                "bté".to_string(),
                "btéz".to_string(),
            ]
        );
        let forms = decode("moscou\u{5}w|x\naa|b\u{1}c\n", Format::Forms);
        assert_eq!(
            forms,
            [
                ("moscou".to_string(), "moscou\u{5}w|x"),
                ("moscow".to_string(), "moscou\u{5}w|x"),
                ("x".to_string(), "moscou\u{5}w|x"),
                ("aa".to_string(), "aa|b\u{1}c"),
                ("b".to_string(), "aa|b\u{1}c"),
                ("bc".to_string(), "aa|b\u{1}c"),
            ]
        );
    }

    #[test]
    fn folds_like_the_build_script() {
        assert_eq!(fold("Çavuşoğlu"), "cavusoglu");
        assert_eq!(fold("Téhéran"), "teheran");
        assert_eq!(fold("MOSCOU"), "moscou");
        assert_eq!(fold("Œuvre d’Orient"), "oeuvre d'orient");
    }

    #[test]
    fn finds_every_key() {
        for list in [&PLACES, &GIVEN_NAMES, &SURNAMES, &KNOWN] {
            let keys = list.keys();
            assert!(keys.len() > 500);
            for k in &keys {
                assert!(list.contains(k), "{k}");
            }
        }
        assert!(PLACES.contains("paris") && PLACES.contains("montreal"));
        assert!(!PLACES.contains("zzzz-not-a-place"));
        assert!(!PLACES.contains(""));
        assert!(!GIVEN_NAMES.contains("zzzz"));
    }

    /// Every prefix of a key that ends with a separator passes the prefix filter; most
    /// names followed by a space do not.
    #[test]
    fn prefix_filter_has_every_prefix() {
        for list in [&PLACES, &KNOWN] {
            for k in list.keys() {
                for (p, b) in k.bytes().enumerate() {
                    if b.is_ascii() && !b.is_ascii_alphanumeric() {
                        assert!(list.index().may_start(hash(&k.as_bytes()[..=p])), "{k}");
                        assert!(may_extend(&k, p), "{k}");
                    }
                }
            }
        }
        assert!(may_extend("new york city", 3) && may_extend("new york city", 8));
        assert!(may_extend("barack", 2), "not a separator: true");
        let misses = ["barack obama ", "jean dupont ", "emmanuel macron ", "zzzz "]
            .iter()
            .filter(|p| !may_extend(p, p.len() - 1))
            .count();
        assert!(misses >= 3, "{misses}");
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
        let mut ids = std::collections::HashSet::new();
        for line in KNOWN.parts[0].0.lines() {
            let g = line.rsplit('\t').next().unwrap_or("");
            assert!(!g.is_empty() && !g.chars().any(|c| c.is_ascii_uppercase()));
            ids.insert(g);
        }
        // Countries' ids: codes in capitals (`FR`, `US-TX`, `XEU`).
        for line in PLACES.parts[0].0.lines() {
            let g = line.rsplit('\t').next().unwrap_or("");
            assert!(
                g == "-" || g.chars().any(|c| c.is_ascii_uppercase()),
                "{line}"
            );
        }
        // A city's id is its line of forms: lower case, and none is a well-known id.
        for line in PLACES.parts[1].0.lines() {
            assert!(!line.chars().any(|c| c.is_ascii_uppercase()), "{line}");
            assert!(!ids.contains(line), "{line}");
        }
    }

    #[test]
    fn cities_and_their_forms() {
        let paris = lookup("paris", false).unwrap();
        assert_eq!(paris.kind, EntityType::LOC);
        assert!(!paris.major && paris.group.is_some());
        let k = lookup("france", false).unwrap();
        assert!(k.major);
        assert_eq!(k.group, Some("FR"));
        // A city without other forms: no group.
        let first = PLACES.parts[2].0.split(|c| c < ' ').next().unwrap();
        let c = lookup(first, false).unwrap();
        assert!(c.group.is_none() && !c.major);
    }

    /// The hash spreads the keys: a lookup probes about 1.4 slots on average.
    #[test]
    fn probestats() {
        for list in [&PLACES, &GIVEN_NAMES, &SURNAMES, &KNOWN] {
            let idx = list.index();
            let mask = idx.slots.len() - 1;
            let (mut total, mut most) = (0, 0);
            for i in 0..idx.entries.len() {
                let mut at = hash(idx.key(i).as_bytes()) as usize & mask;
                let mut probes = 1;
                while idx.slots[at] != 0 && idx.slots[at] & SLOT_MASK != i as u32 + 1 {
                    at = (at + 1) & mask;
                    probes += 1;
                }
                assert_ne!(idx.slots[at], 0, "{}", idx.key(i));
                total += probes;
                most = most.max(probes);
            }
            assert!(total * 10 <= idx.entries.len() * 16, "{total}");
            assert!(most <= 40, "{most}");
        }
    }
}
