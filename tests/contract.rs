//! The output contract, natively: real analyses serialize to JSON that has exactly the
//! keys and types of `docs/analysis.schema.json` (checked by the small validator in
//! `tests/common/`, for the part of JSON Schema that file uses; `tests/node/schema.test.mjs`
//! checks the same with ajv), the schema keeps the fixed keys of the contract, every span's `text` is
//! the UTF-16 slice of the input, and bad options give clear errors.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_spans, assert_valid, check, schema};
use serde_json::Value;

fn analyze_json(text: &str, options: &lede::Options) -> Value {
    let a = lede::analyze(text, options).expect("analyzes");
    serde_json::to_value(&a).expect("serializes")
}

/// The project's own sample articles: `tests/samples/*.txt` (odd cases) and the page's
/// `www/samples/*.txt` (full articles, so entities, quotes and dates are all exercised).
fn samples() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for dir in ["tests/samples", "www/samples"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        out.extend(
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .map(|p| {
                    let text = std::fs::read_to_string(&p).expect("sample is UTF-8");
                    (p.display().to_string(), text)
                }),
        );
    }
    out.sort();
    assert!(out.len() >= 4, "the samples are there");
    out
}

#[test]
fn samples_match_the_schema_and_spans_are_utf16_slices() {
    let mut found = [0usize; 3];
    for (name, text) in samples() {
        let v = analyze_json(&text, &lede::Options::default());
        assert_valid(&v, &name);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_spans(&v, &units, &name);
        for (n, key) in found.iter_mut().zip(["entities", "quotes", "dates"]) {
            *n += v[key].as_array().map_or(0, Vec::len);
        }
    }
    // Once the extractors exist, the samples exercise every part of the contract.
    assert!(
        found.iter().all(|&n| n > 0),
        "entities, quotes, dates found: {found:?}"
    );
}

#[test]
fn layout_offsets_count_utf16_units_after_emoji() {
    let plain = "Titre du jour\n\n30 décembre 2018 à 07h19\n\nPARIS (AFP) - Le texte.";
    let emoji = format!("🇫🇷😀 {plain}");
    let a = analyze_json(plain, &lede::Options::default());
    let b = analyze_json(&emoji, &lede::Options::default());
    let start = |v: &Value| v["layout"]["dateline"]["start"].as_u64();
    // 🇫🇷 is 4 UTF-16 units, 😀 2, the space 1 (bytes would be 8 + 4 + 1).
    assert_eq!(start(&b), start(&a).map(|s| s + 7));
    let units: Vec<u16> = emoji.encode_utf16().collect();
    assert!(assert_spans(&b, &units, "emoji") >= 1);
}

#[test]
fn schema_keeps_the_fixed_keys_of_the_contract() {
    // The keys the evaluation and the widget depend on (issue 2, "the output contract").
    let root = schema();
    let required = |v: &Value| -> Vec<String> {
        v["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|k| k.as_str().map(String::from))
            .collect()
    };
    let has = |v: &Value, keys: &[&str], what: &str| {
        let r = required(v);
        for k in keys {
            assert!(r.iter().any(|x| x == k), "{what} must require {k:?}");
        }
    };
    let d = &root["$defs"];
    has(
        &root,
        &["language", "reference_date", "entities", "quotes", "dates"],
        "analysis",
    );
    has(&d["entity"], &["type", "name", "mentions"], "entity");
    has(&d["span"], &["start", "end", "text"], "span");
    has(
        &d["quote"],
        &["kind", "start", "end", "text", "speaker", "cue"],
        "quote",
    );
    has(
        &d["quote"]["properties"]["speaker"]["anyOf"][0],
        &["name", "start", "end"],
        "speaker",
    );
    has(
        &d["date"],
        &["type", "start", "end", "text", "value", "mod"],
        "date",
    );
    assert_eq!(
        d["entity"]["properties"]["type"]["enum"],
        serde_json::json!(["PER", "ORG", "LOC", "MISC"])
    );
    assert_eq!(
        d["quote"]["properties"]["kind"]["enum"],
        serde_json::json!(["direct", "indirect"])
    );
    assert_eq!(
        d["date"]["properties"]["type"]["enum"],
        serde_json::json!(["DATE", "TIME", "DURATION", "SET"])
    );
}

#[test]
fn the_validator_rejects_what_it_should() {
    let root = schema();
    let good = analyze_json("", &lede::Options::default());
    let mut errs = Vec::new();
    check(&root, &root, &good, "", &mut errs);
    assert!(errs.is_empty(), "{errs:?}");
    let mut bad = good.clone();
    bad["surprise"] = Value::Bool(true);
    bad["quotes"] = serde_json::json!([{ "kind": "shouted", "start": 0, "end": 1, "text": "x", "speaker": null, "cue": null }]);
    bad["dates"] = serde_json::json!([{ "type": "DATE", "start": -1, "end": 1, "text": "x", "value": null, "mod": null, "anchor": { "kind": "reference" } }]);
    bad.as_object_mut().map(|o| o.remove("entities"));
    let mut errs = Vec::new();
    check(&root, &root, &bad, "", &mut errs);
    let all = errs.join("\n");
    for want in ["surprise", "shouted", "-1", "anchor", "\"entities\""] {
        assert!(
            all.contains(want),
            "expected an error about {want}; got:\n{all}"
        );
    }
}

#[test]
fn empty_and_blank_text_give_an_empty_analysis() {
    for text in ["", " ", "\n\n\t \r\n", "\u{a0}\u{2009}"] {
        let v = analyze_json(text, &lede::Options::default());
        assert_valid(&v, &format!("{text:?}"));
        for k in ["entities", "quotes", "dates"] {
            assert_eq!(v[k], serde_json::json!([]), "{k} for {text:?}");
        }
        assert_eq!(v["language"], "und");
        assert_eq!(v["stats"]["words"], 0);
        assert_eq!(v["layout"]["headline"], Value::Null);
    }
}

#[test]
fn a_text_of_only_quotation_marks_is_fine() {
    let text = "« » “ ” „ ‹ › \" ' « « » » \"\"\" ‘’ «\n\n»\"".repeat(200);
    let v = analyze_json(&text, &lede::Options::default());
    assert_valid(&v, "quotation marks");
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_spans(&v, &units, "quotation marks");
}

#[test]
fn bad_date_is_a_clear_error() {
    for d in ["30/12/2018", "2018-02-30", "2018-12-3", "", "yesterday"] {
        let o = lede::Options {
            reference_date: Some(d.into()),
            ..Default::default()
        };
        let e = lede::analyze("Un texte.", &o).expect_err(d);
        assert!(matches!(e, lede::Error::BadDate(_)), "{d}: {e:?}");
        let msg = e.to_string();
        assert!(
            msg.contains(&format!("{d:?}")) && msg.contains("YYYY-MM-DD"),
            "{msg}"
        );
    }
    let ok = lede::Options {
        reference_date: Some("2020-02-29".into()),
        ..Default::default()
    };
    let v = analyze_json("Un texte.", &ok);
    assert_eq!(v["reference_date"], "2020-02-29");
    assert_eq!(v["reference_source"], "option");
}

#[test]
fn unknown_language_is_a_clear_error() {
    for l in ["xx", "french", "zh", ""] {
        let o = lede::Options {
            language: Some(l.into()),
            ..Default::default()
        };
        let e = lede::analyze("Un texte.", &o).expect_err(l);
        assert!(matches!(e, lede::Error::BadLanguage(_)), "{l}: {e:?}");
        let msg = e.to_string();
        assert!(
            msg.contains(&format!("{l:?}")) && msg.contains("fr") && msg.contains("en"),
            "{msg}"
        );
    }
    // Case and spaces around a known code are forgiven.
    let o = lede::Options {
        language: Some(" FR ".into()),
        ..Default::default()
    };
    assert_eq!(analyze_json("Some text.", &o)["language"], "fr");
}

#[test]
fn too_large_is_a_clear_error_and_the_limit_is_settable() {
    let text = "Le texte. ".repeat(100); // 1000 bytes
    let o = lede::Options {
        max_bytes: 999,
        ..Default::default()
    };
    let e = lede::analyze(&text, &o).expect_err("over the limit");
    assert_eq!(
        e,
        lede::Error::TooLarge {
            bytes: 1000,
            limit: 999
        }
    );
    let msg = e.to_string();
    assert!(
        msg.contains("1000 bytes") && msg.contains("999 bytes"),
        "{msg}"
    );
    let o = lede::Options {
        max_bytes: 1000,
        ..Default::default()
    };
    assert!(
        lede::analyze(&text, &o).is_ok(),
        "exactly at the limit is fine"
    );
    assert_eq!(lede::Options::default().max_bytes, 16 * 1024 * 1024);
    let big = lede::analyze(
        "",
        &lede::Options {
            max_bytes: 0,
            ..Default::default()
        },
    );
    assert!(big.is_ok(), "an empty text fits any limit");
}
