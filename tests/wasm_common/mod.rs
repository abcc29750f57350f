//! Checks shared by `wasm_node.rs` and `wasm_browser.rs`: the same behaviour must hold
//! in Node and in a browser. Each function is one test body; the two files only say
//! where they run.

use js_sys::{JsString, JSON};
use lede::wasm::analyze_js;
use serde_json::Value;
use wasm_bindgen::prelude::*;

pub const FR: &str = "Le gouvernement présente son budget\n\n30 décembre 2018 à 07h19\n\nPar Anne Berthier\n\nPARIS (AFP) - « Nous tiendrons nos engagements », a déclaré hier le Premier ministre, Édouard Philippe, devant les députés.";
pub const EN: &str = "Senate passes spending bill\n\nDecember 30, 2018 07:19\n\nBy Tom Harris\n\nWASHINGTON — \"We kept our promise,\" said Senator Jane Whitfield on Friday.";

/// Analyzes through the JS face and returns the result as JSON (via `JSON.stringify`,
/// so what is checked is exactly what JavaScript sees).
pub fn analyze(text: &str, options: JsValue) -> Result<Value, String> {
    match analyze_js(JsValue::from_str(text), options) {
        Ok(v) => {
            let s = JSON::stringify(&v)
                .map_err(|_| "JSON.stringify failed".to_string())?
                .as_string()
                .unwrap_or_default();
            serde_json::from_str(&s).map_err(|e| e.to_string())
        }
        Err(e) => {
            let v: JsValue = e.into();
            assert!(v.is_instance_of::<js_sys::Error>(), "throws a JS Error");
            Err(js_sys::Error::from(v).message().into())
        }
    }
}

/// Options from a JSON literal.
pub fn opts(json: &str) -> JsValue {
    JSON::parse(json).expect("valid JSON in the test")
}

/// Every span (object with numeric start/end) in `v`, with its path.
fn spans<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                spans(x, format!("{path}/{i}"), out);
            }
        }
        Value::Object(o) => {
            if o.get("start").is_some_and(Value::is_u64) && o.get("end").is_some_and(Value::is_u64)
            {
                out.push((path.clone(), v));
            }
            for (k, x) in o {
                spans(x, format!("{path}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// Checks every span's text is the JS (UTF-16) slice of `js_text`; returns how many
/// spans there were.
pub fn assert_spans_are_utf16_slices(a: &Value, js_text: &JsString) -> usize {
    let mut all = Vec::new();
    spans(a, String::new(), &mut all);
    for (path, s) in &all {
        let start = s["start"].as_u64().unwrap_or(0) as u32;
        let end = s["end"].as_u64().unwrap_or(0) as u32;
        assert!(
            start <= end && end <= js_text.length(),
            "{path}: [{start}, {end}) off the text"
        );
        if let Some(t) = s.get("text").and_then(Value::as_str) {
            let slice: String = js_text.slice(start, end).into();
            assert_eq!(t, slice, "{path}: text is not the UTF-16 slice");
        }
    }
    all.len()
}

pub fn french_sample() {
    let a = analyze(FR, JsValue::UNDEFINED).expect("analyzes");
    assert_eq!(a["language"], "fr");
    assert_eq!(a["reference_date"], "2018-12-30");
    assert_eq!(a["reference_source"], "dateline");
    assert_eq!(a["layout"]["dateline"]["time"], "07:19");
    for key in ["entities", "quotes", "dates"] {
        assert!(a[key].is_array(), "{key} is an array");
    }
    let n = assert_spans_are_utf16_slices(&a, &JsString::from(FR));
    assert!(n >= 2, "headline and date line at least");
}

pub fn english_sample_with_options() {
    let a = analyze(
        EN,
        opts(r#"{"referenceDate":"2019-01-02","language":"en"}"#),
    )
    .expect("analyzes");
    assert_eq!(a["language"], "en");
    assert_eq!(a["language_detected"], false);
    assert_eq!(a["reference_date"], "2019-01-02");
    assert_eq!(a["reference_source"], "option");
    assert_eq!(a["layout"]["dateline"]["date"], "2018-12-30");
    assert_spans_are_utf16_slices(&a, &JsString::from(EN));
}

/// An emoji (two UTF-16 units, four UTF-8 bytes) before everything: offsets must be
/// what `String.slice` expects, not bytes nor code points.
pub fn offsets_are_utf16() {
    let text = format!("😀🇫🇷 {FR}");
    let js = JsString::from(text.as_str());
    let a = analyze(&text, JsValue::UNDEFINED).expect("analyzes");
    let dateline = &a["layout"]["dateline"];
    let at = js.index_of("30 décembre", 0);
    assert_eq!(
        dateline["start"].as_i64(),
        Some(at as i64),
        "date line start in UTF-16 units"
    );
    // 😀 = 2 units and 🇫🇷 = 4 units: the date line moved by 7 (with the space).
    let plain = analyze(FR, JsValue::UNDEFINED).expect("analyzes");
    assert_eq!(
        dateline["start"].as_u64(),
        plain["layout"]["dateline"]["start"].as_u64().map(|s| s + 7)
    );
    assert_spans_are_utf16_slices(&a, &js);
}

pub fn bad_options_throw_clear_errors() {
    let cases: [(&str, &str); 8] = [
        (r#"{"referenceDate":"30/12/2018"}"#, "YYYY-MM-DD"),
        (
            r#"{"referenceDate":"2018-13-01"}"#,
            "invalid reference date \"2018-13-01\"",
        ),
        (r#"{"language":"klingon"}"#, "expected one of fr, en"),
        (
            r#"{"reference_date":"2018-12-30"}"#,
            "unknown key \"reference_date\"",
        ),
        (
            r#"{"maxBytes":-5}"#,
            "maxBytes must be a whole, non-negative number",
        ),
        (r#"{"maxBytes":3}"#, "the limit is 3 bytes"),
        (r#""fr""#, "expected an object, got string"),
        (r#"{"language":42}"#, "language must be a string"),
    ];
    for (o, want) in cases {
        let err = analyze(FR, opts(o)).expect_err(o);
        assert!(
            err.contains(want),
            "options {o}: message {err:?} should contain {want:?}"
        );
    }
    assert!(
        analyze(FR, JsValue::NULL).is_ok(),
        "null options are the defaults"
    );
    let err =
        analyze_js(JsValue::from_f64(1.0), JsValue::UNDEFINED).expect_err("a number is no text");
    let msg: String = js_sys::Error::from(JsValue::from(err)).message().into();
    assert!(msg.contains("expected a string"), "{msg}");
}

pub fn empty_and_blank_text() {
    for text in ["", "   \n\n\t  ", "\u{feff}"] {
        let a = analyze(text, JsValue::UNDEFINED).expect("no error on empty text");
        assert_eq!(a["language"], "und", "{text:?}");
        for key in ["entities", "quotes", "dates"] {
            assert_eq!(a[key], Value::Array(vec![]), "{key} of {text:?}");
        }
        assert_eq!(a["stats"]["words"], 0);
    }
}

/// Lone surrogates cannot be UTF-8: wasm-bindgen hands Rust U+FFFD instead, one UTF-16
/// unit for one, so offsets still fit the caller's string.
pub fn lone_surrogates() {
    let units: Vec<u16> =
        "\u{0}Titre\u{0}\n\n30 décembre 2018 à 07h19\n\nLe \u{0} gouvernement a parlé."
            .encode_utf16()
            .collect();
    // Put lone surrogates where the NULs are.
    let lone = [0xD83Du16, 0xDC00, 0xDBFF];
    let mut k = 0;
    let units: Vec<u16> = units
        .into_iter()
        .map(|u| {
            if u == 0 {
                k += 1;
                lone[k - 1]
            } else {
                u
            }
        })
        .collect();
    let js = JsString::from_char_code(&units);
    assert_eq!(js.length() as usize, units.len());
    let v = analyze_js(js.clone().into(), JsValue::UNDEFINED).expect("no error on lone surrogates");
    let s = JSON::stringify(&v)
        .expect("stringify")
        .as_string()
        .unwrap_or_default();
    let a: Value = serde_json::from_str(&s).expect("JSON");
    let at = js.index_of("30 décembre", 0);
    assert_eq!(a["layout"]["dateline"]["start"].as_i64(), Some(at as i64));
    let replaced: Vec<u16> = units
        .iter()
        .map(|&u| {
            if (0xD800..0xE000).contains(&u) {
                0xFFFD
            } else {
                u
            }
        })
        .collect();
    assert_spans_are_utf16_slices(&a, &JsString::from_char_code(&replaced));
}

pub fn only_quotation_marks() {
    let text = "« » “ ” „ ‹ › \" ' « « » » \"\"\" ‘’ «\n\n»\"".repeat(50);
    let a = analyze(&text, JsValue::UNDEFINED).expect("no error");
    assert!(a["quotes"].is_array());
    assert_spans_are_utf16_slices(&a, &JsString::from(text.as_str()));
}
