//! The output contract, natively: real analyses serialize to JSON that has exactly the
//! keys and types of `docs/analysis.schema.json` (checked here by a small validator for
//! the part of JSON Schema that file uses; `tests/node/schema.test.mjs` checks the same
//! with ajv), the schema keeps the fixed keys of the contract, every span's `text` is
//! the UTF-16 slice of the input, and bad options give clear errors.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{Map, Value};

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/analysis.schema.json");
    let text = std::fs::read_to_string(path).expect("docs/analysis.schema.json is readable");
    serde_json::from_str(&text).expect("docs/analysis.schema.json is JSON")
}

/// Validates `v` against `s`, for the keywords the schema uses; collects every problem.
fn check(root: &Value, s: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
    let Some(s) = s.as_object() else {
        errs.push(format!("{path}: schema node is not an object"));
        return;
    };
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        match root["$defs"].get(name) {
            Some(def) => check(root, def, v, path, errs),
            None => errs.push(format!("{path}: unknown $ref {r}")),
        }
    }
    for (key, n_ok) in [("anyOf", 1..usize::MAX), ("oneOf", 1..2)] {
        if let Some(alts) = s.get(key).and_then(Value::as_array) {
            let ok = alts
                .iter()
                .filter(|a| {
                    let mut e = Vec::new();
                    check(root, a, v, path, &mut e);
                    e.is_empty()
                })
                .count();
            if !n_ok.contains(&ok) {
                errs.push(format!("{path}: {ok} of the {key} alternatives match {v}"));
            }
        }
    }
    if let Some(t) = s.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            "integer" => v.is_u64() || v.is_i64(),
            "number" => v.is_number(),
            _ => false,
        };
        if !ok {
            errs.push(format!("{path}: expected {t}, got {v}"));
            return;
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errs.push(format!("{path}: {v} is not one of {e:?}"));
        }
    }
    if let Some(c) = s.get("const") {
        if c != v {
            errs.push(format!("{path}: expected {c}, got {v}"));
        }
    }
    if let (Some(m), Some(n)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < m {
            errs.push(format!("{path}: {n} < minimum {m}"));
        }
    }
    if let (Some(items), Some(a)) = (s.get("items"), v.as_array()) {
        for (i, x) in a.iter().enumerate() {
            check(root, items, x, &format!("{path}/{i}"), errs);
        }
    }
    if let Some(o) = v.as_object() {
        let empty = Map::new();
        let props = s
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let r = r.as_str().unwrap_or_default();
            if !o.contains_key(r) {
                errs.push(format!("{path}: missing key {r:?}"));
            }
        }
        for (k, x) in o {
            match props.get(k) {
                Some(ps) => check(root, ps, x, &format!("{path}/{k}"), errs),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errs.push(format!("{path}: key {k:?} is not in the schema"))
                }
                None => {}
            }
        }
    }
}

fn assert_valid(v: &Value, what: &str) {
    let root = schema();
    let mut errs = Vec::new();
    check(&root, &root, v, "", &mut errs);
    assert!(
        errs.is_empty(),
        "{what}: output does not match docs/analysis.schema.json (update src/analysis.rs, \
         the schema, docs/schema.md and www/lede-types.d.ts together):\n  {}",
        errs.join("\n  ")
    );
}

/// `text[start..end]` in UTF-16 code units, as JavaScript's `slice` would give it.
fn utf16_slice(units: &[u16], start: usize, end: usize) -> Option<String> {
    String::from_utf16(units.get(start..end)?).ok()
}

/// Checks every span (object with numeric start/end) lies on the text, and that its
/// `text` is the UTF-16 slice. Returns how many spans there were.
fn assert_spans(v: &Value, units: &[u16], path: &str) -> usize {
    let mut n = 0;
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                n += assert_spans(x, units, &format!("{path}/{i}"));
            }
        }
        Value::Object(o) => {
            if let (Some(s), Some(e)) = (
                o.get("start").and_then(Value::as_u64),
                o.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= units.len(),
                    "{path}: [{s}, {e}) off the text"
                );
                if let Some(t) = o.get("text").and_then(Value::as_str) {
                    assert_eq!(
                        Some(t.to_string()),
                        utf16_slice(units, s, e),
                        "{path}: text is not the UTF-16 slice [{s}, {e})"
                    );
                }
                n += 1;
            }
            for (k, x) in o {
                n += assert_spans(x, units, &format!("{path}/{k}"));
            }
        }
        _ => {}
    }
    n
}

fn analyze_json(text: &str, options: &lede::Options) -> Value {
    let a = lede::analyze(text, options).expect("analyzes");
    serde_json::to_value(&a).expect("serializes")
}

fn samples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("tests/samples")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("sample is UTF-8");
            (p.display().to_string(), text)
        })
        .collect();
    out.sort();
    assert!(out.len() >= 4, "the samples are there");
    out
}

#[test]
fn samples_match_the_schema_and_spans_are_utf16_slices() {
    for (name, text) in samples() {
        let v = analyze_json(&text, &lede::Options::default());
        assert_valid(&v, &name);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_spans(&v, &units, &name);
    }
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
    assert!(assert_spans(&b, &units, "emoji") >= 2);
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
