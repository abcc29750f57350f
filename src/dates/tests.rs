//! Unit tests of the whole stage on short made-up sentences (see also `tests/dates.rs`).
