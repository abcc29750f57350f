//! The wasm face in headless Chromium (`wasm-pack test --headless --chrome`). The checks themselves are in
//! `wasm_common/`, shared with `wasm_node.rs`.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn french_sample() {
    wasm_common::french_sample();
}

#[wasm_bindgen_test]
fn english_sample_with_options() {
    wasm_common::english_sample_with_options();
}

#[wasm_bindgen_test]
fn offsets_are_utf16() {
    wasm_common::offsets_are_utf16();
}

#[wasm_bindgen_test]
fn bad_options_throw_clear_errors() {
    wasm_common::bad_options_throw_clear_errors();
}

#[wasm_bindgen_test]
fn empty_and_blank_text() {
    wasm_common::empty_and_blank_text();
}

#[wasm_bindgen_test]
fn lone_surrogates() {
    wasm_common::lone_surrogates();
}

#[wasm_bindgen_test]
fn only_quotation_marks() {
    wasm_common::only_quotation_marks();
}
