//! Eight bytes at a time: the two tests the tokenizer, the layout, the dates word
//! index and the entities' word shapes share. Each is exact for every byte (tested here
//! over every byte value in every position). Also the loads, the short-word key and the
//! multiply-fold of the word table the dates and quotes stages share ([`KeyTable`]).

pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is ASCII and strictly between `m` and `n`
/// (`m < n <= 128`), exact for every byte (no carry crosses bytes: each byte's low
/// seven bits are at most 127, and the sums stay below 256).
pub(crate) const fn between(x: u64, m: u8, n: u8) -> u64 {
    let t = x & (LO * 127);
    (LO * (127 + n as u64) - t) & !x & (t + LO * (127 - m as u64)) & HI
}

/// Does some byte of `x` equal `byte`? (The classic zero-byte test of `x ^ byte…`:
/// exact as a yes/no answer.)
pub(crate) const fn has_byte(x: u64, byte: u8) -> bool {
    let v = x ^ (LO * byte as u64);
    v.wrapping_sub(LO) & !v & HI != 0
}

/// The first eight bytes of `b`, little-endian (0 when it is shorter).
#[inline]
pub(crate) fn load8(b: &[u8]) -> u64 {
    b.get(..8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map_or(0, u64::from_le_bytes)
}

/// The first four bytes of `b`, little-endian (0 when it is shorter).
#[inline]
pub(crate) fn load4(b: &[u8]) -> u64 {
    b.get(..4)
        .and_then(|s| <[u8; 4]>::try_from(s).ok())
        .map_or(0, |a| u64::from(u32::from_le_bytes(a)))
}

/// A word's first and last 8 bytes (4 for a word of 4 to 7 bytes; the first, middle and
/// last byte of a shorter one): with its length, they are the whole word when it has at
/// most 16 bytes. (The dates and quotes word tables' key.)
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn key_words(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    let tail = |k: usize| w.get(n.saturating_sub(k)..).unwrap_or(&[]);
    if n >= 8 {
        (load8(w), load8(tail(8)))
    } else if n >= 4 {
        (load4(w), load4(tail(4)))
    } else {
        let at = |k: usize| u64::from(w.get(k).copied().unwrap_or(0));
        (
            (at(0) << 16) | (at(n / 2) << 8) | at(n.saturating_sub(1)),
            0,
        )
    }
}

/// The 128-bit product of `a` and `b` folded to 64 bits: every bit of the result depends
/// on every bit of the inputs (the tables use both the low and the high bits).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub(crate) fn fold_mul(a: u64, b: u64) -> u64 {
    let m = u128::from(a) * u128::from(b);
    (m as u64) ^ ((m >> 64) as u64)
}

/// [`fold_mul`]'s mix in the wasm, which has no 64×64→128-bit multiply (`u128` is a call
/// to `__multi3` there): two 64-bit products, the high half folded onto the low. Another
/// hash than natively's, which only the tables' probes see (they compare the keys).
#[cfg(target_arch = "wasm32")]
#[inline]
pub(crate) fn fold_mul(a: u64, b: u64) -> u64 {
    let x = a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    x ^ (x >> 29)
}

/// A word's hash from its [`key_words`] and length: one folded multiply (the middle bytes
/// of a word over 16 bytes are not read: a collision only costs a comparison).
#[inline]
fn key_hash((a, b): (u64, u64), n: usize) -> u64 {
    fold_mul(
        a ^ 0x51_7c_c1_b7_27_22_0a_95,
        b ^ (n as u64) ^ 0x2d35_8dcc_aa6c_78a5,
    )
}

/// Bits in a [`KeyTable`]'s filter (2 KB).
const KEY_FILTER_BITS: usize = 1 << 14;

/// The word tables of the dates and quotes stages: table words (never the input's) to a
/// value, numbered in the order they were added. Open addressing of small entries (8
/// bits of the hash, the key's length, its number), the keys' slots dense beside it: a
/// lookup, made once per word token, hashes the word with a few loads and one multiply,
/// and reads a slot only when the tag matches; the slot tells its key by the key's first
/// and last 8 bytes ([`key_words`]), which are the whole key up to 16 bytes (longer keys
/// are compared whole). A filter of a bit per hash answers most words that are no key
/// from 2 KB that stay in cache, without a probe. (A `HashMap<&str, _>` compared the
/// key's length and called `bcmp` for every hit.)
///
/// The table always keeps a free entry, which ends every probe: a lookup's cost is
/// bounded whatever the word.
pub(crate) struct KeyTable<V> {
    filter: Vec<u64>,
    /// Per position, 0 if free, else the tag of its key << 16 | its number.
    table: Vec<u32>,
    /// By number: the key's words and its value (together: one cache line a hit).
    slots: Vec<(u64, u64, V)>,
    /// The keys end to end, and where each ends (read only for keys over 16 bytes).
    keys: String,
    ends: Vec<u32>,
    mask: usize,
}

impl<V> KeyTable<V> {
    /// An empty table of `size` positions (rounded up to a power of two, at least 16),
    /// for at most `size - 1` keys; fewer keep the probes short.
    pub(crate) fn new(size: usize) -> KeyTable<V> {
        let size = size.next_power_of_two().max(16);
        KeyTable {
            filter: vec![0; KEY_FILTER_BITS / 64],
            table: vec![0; size],
            slots: Vec::new(),
            keys: String::new(),
            ends: Vec::new(),
            mask: size - 1,
        }
    }

    /// A hash's bit in the filter (bits of the hash the table position does not use).
    #[inline]
    fn filter_bit(h: u64) -> usize {
        (h >> 32) as usize % KEY_FILTER_BITS
    }

    /// A key's tag: its length (1 to 255, so never 0) and the top 8 bits of its hash.
    #[inline]
    fn tag(h: u64, n: u8) -> u32 {
        u32::from(((h >> 56) as u16) << 8 | u16::from(n))
    }

    /// Adds `key`, which must not be there yet, with its value; its number, or `None`
    /// when it is empty or over 255 bytes (no table word is), or when the table is full.
    pub(crate) fn insert(&mut self, key: &str, value: V) -> Option<u16> {
        let b = key.as_bytes();
        let n = u8::try_from(b.len()).ok().filter(|&n| n > 0)?;
        let num = u16::try_from(self.slots.len()).ok()?;
        // (one entry always stays free: it ends every probe)
        if self.slots.len() + 1 >= self.table.len() {
            return None;
        }
        let words = key_words(b);
        let h = key_hash(words, b.len());
        let f = Self::filter_bit(h);
        if let Some(x) = self.filter.get_mut(f / 64) {
            *x |= 1 << (f % 64);
        }
        let mut i = h as usize & self.mask;
        while self.table.get(i).is_some_and(|&x| x != 0) {
            i = (i + 1) & self.mask;
        }
        let x = self.table.get_mut(i)?;
        *x = Self::tag(h, n) << 16 | u32::from(num);
        self.slots.push((words.0, words.1, value));
        self.keys.push_str(key);
        self.ends
            .push(u32::try_from(self.keys.len()).unwrap_or(u32::MAX));
        Some(num)
    }

    /// The number of the key `w` and its value. (Inlined natively only: the page's size
    /// is budgeted.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub(crate) fn find(&self, w: &str) -> Option<(u16, &V)> {
        let b = w.as_bytes();
        let n = u8::try_from(b.len()).ok().filter(|&n| n > 0)?;
        let words = key_words(b);
        let h = key_hash(words, b.len());
        let f = Self::filter_bit(h);
        if self
            .filter
            .get(f / 64)
            .is_none_or(|x| x & (1 << (f % 64)) == 0)
        {
            return None;
        }
        let want = Self::tag(h, n);
        let mut i = h as usize & self.mask;
        for _ in 0..self.table.len() {
            let x = *self.table.get(i)?;
            if x == 0 {
                return None;
            }
            if x >> 16 == want {
                let k = (x & 0xffff) as u16;
                let s = self.slots.get(usize::from(k))?;
                // same length and words: the same word, if it has at most 16 bytes
                if (s.0, s.1) == words
                    && (n <= 16 || self.key(usize::from(k)).map(str::as_bytes) == Some(b))
                {
                    return Some((k, &s.2));
                }
            }
            i = (i + 1) & self.mask;
        }
        None
    }

    /// The value of the key `w`.
    #[inline(always)]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        self.find(w).map(|(_, v)| v)
    }

    /// How many keys.
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    /// The key numbered `k`.
    pub(crate) fn key(&self, k: usize) -> Option<&str> {
        let start = k
            .checked_sub(1)
            .map_or(Some(0), |j| self.ends.get(j).map(|&e| e as usize))?;
        let end = *self.ends.get(k)? as usize;
        self.keys.get(start..end)
    }

    /// The value of the key numbered `k`.
    pub(crate) fn value(&self, k: usize) -> Option<&V> {
        self.slots.get(k).map(|s| &s.2)
    }

    /// The value of the key numbered `k`, to change it.
    pub(crate) fn value_mut(&mut self, k: usize) -> Option<&mut V> {
        self.slots.get_mut(k).map(|s| &mut s.2)
    }

    /// The values, by number, to change them.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.slots.iter_mut().map(|s| &mut s.2)
    }

    /// The keys and their values, by number.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        (0..self.slots.len()).filter_map(|k| Some((self.key(k)?, self.value(k)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_table_finds_its_keys_and_nothing_else() {
        let keys: Vec<String> = (0..300)
            .map(|k| {
                "abcdefghijklmnopqrstuvwxyz".repeat(3)[..1 + k % 40].to_string() + &k.to_string()
            })
            .collect();
        let mut t = KeyTable::new(keys.len() * 2);
        for (k, w) in keys.iter().enumerate() {
            assert_eq!(t.insert(w, k), Some(k as u16));
        }
        assert_eq!(t.len(), keys.len());
        for (k, w) in keys.iter().enumerate() {
            assert_eq!(t.find(w), Some((k as u16, &k)), "{w}");
            assert_eq!(t.key(k), Some(w.as_str()));
            // a longer key with the same first and last 16 bytes is another key
            let other = format!("{}x{}", &w[..w.len() / 2], &w[w.len() / 2..]);
            assert!(t
                .find(&other)
                .is_none_or(|(j, _)| keys[j as usize] == other));
        }
        assert_eq!(t.find(""), None);
        assert_eq!(t.iter().count(), keys.len());
        // full: one entry stays free
        let mut small = KeyTable::new(16);
        let n = (0..40)
            .filter(|k| small.insert(&k.to_string(), ()).is_some())
            .count();
        assert_eq!(n, 15);
        assert_eq!(small.find("39"), None);
    }

    #[test]
    fn eight_byte_tests_are_exact() {
        // every byte value in every position, beside bytes of every kind
        let fill = [0u8, b'a', b'Z', b'9', 0x7F, 0x80, 0xC3, 0xFF, b'-', b' '];
        for pos in 0..8 {
            for &f in &fill {
                for b in 0..=255u8 {
                    let mut bytes = [f; 8];
                    bytes[pos] = b;
                    let v = u64::from_le_bytes(bytes);
                    for (m, n) in [
                        (b'a' - 1, b'z' + 1),
                        (b'A' - 1, b'Z' + 1),
                        (b'0' - 1, b'9' + 1),
                    ] {
                        let got = between(v, m, n);
                        for (k, &x) in bytes.iter().enumerate() {
                            let want = x > m && x < n;
                            assert_eq!(got >> (8 * k + 7) & 1 == 1, want, "{bytes:?} {m} {n}");
                        }
                    }
                    for probe in [b'-', 0xCA, b, f] {
                        assert_eq!(
                            has_byte(v, probe),
                            bytes.contains(&probe),
                            "{bytes:?} {probe}"
                        );
                    }
                }
            }
        }
    }
}
