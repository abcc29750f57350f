//! Eight bytes at a time: the two tests the tokenizer, the layout, the dates word
//! index and the entities' word shapes share. Each is exact for every byte (tested here
//! over every byte value in every position). Also the loads, the short-word key and the
//! multiply-fold that the dates and quotes word tables share.

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
#[inline]
pub(crate) fn fold_mul(a: u64, b: u64) -> u64 {
    let m = u128::from(a) * u128::from(b);
    (m as u64) ^ ((m >> 64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

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
