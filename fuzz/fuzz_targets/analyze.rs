//! Fuzz target on `lede::analyze`: any bytes (read as UTF-8, bad bytes replaced by
//! U+FFFD, as the wasm face does for lone surrogates), with options picked by the first
//! byte. Fails on a panic (the release profile here keeps overflow checks off, as
//! shipped; debug assertions are on under cargo fuzz by default) and on any broken
//! invariant of the contract (the same checks as the property tests:
//! `tests/common/mod.rs`). Run: `cargo +nightly fuzz run analyze` (docs/robustness.md).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
#[allow(dead_code, unused_imports)]
mod common;

const DATES: [Option<&str>; 4] = [
    None,
    Some("2018-12-30"),
    Some("0001-01-01"),
    Some("9999-12-31"),
];
const LANGUAGES: [Option<&str>; 4] = [None, None, Some("fr"), Some("en")];

fuzz_target!(|data: &[u8]| {
    let (pick, rest) = match data.split_first() {
        Some((b, rest)) => (*b, rest),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let options = lede::Options {
        reference_date: DATES[(pick & 3) as usize].map(String::from),
        language: LANGUAGES[((pick >> 2) & 3) as usize].map(String::from),
        ..Default::default()
    };
    if let Err(e) = common::invariants(&text, &options) {
        panic!("{e}");
    }
});
