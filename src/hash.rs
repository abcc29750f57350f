//! FNV-1a, for the maps keyed by Lede's own word tables (speech-verb forms, lexicon
//! lists): short keys, none from the input, so the DoS-resistant (and slower) SipHash
//! is not needed there. Maps keyed by the input's words keep std's SipHash, which
//! crafted input cannot make collide.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The `BuildHasher` for `HashMap`s keyed by our own tables.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;
