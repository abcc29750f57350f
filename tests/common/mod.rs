//! Checks shared by the native test files (`contract.rs`, `properties.rs`,
//! `adversarial.rs`, `regressions.rs`): a small validator for the part of JSON Schema
//! that `docs/analysis.schema.json` uses, and the span checks (every span lies on the
//! text and its `text` is the UTF-16 slice). Each test file includes it with `mod common;`
//! and uses what it needs.
#![allow(dead_code)]

#[path = "../../src/bin/lede/clock.rs"]
pub mod clock;

use serde_json::{Map, Value};

pub fn schema() -> Value {
    // Read and parsed once per test binary: the property tests validate hundreds of
    // analyses.
    static SCHEMA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            // Included relative to this file, so that the fuzz crate (`fuzz/`), which
            // includes this module too, finds it as well.
            let text = include_str!("../../docs/analysis.schema.json");
            serde_json::from_str(text).expect("docs/analysis.schema.json is JSON")
        })
        .clone()
}

/// Validates `v` against `s`, for the keywords the schema uses; collects every problem.
pub fn check(root: &Value, s: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
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

pub fn assert_valid(v: &Value, what: &str) {
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
pub fn utf16_slice(units: &[u16], start: usize, end: usize) -> Option<String> {
    String::from_utf16(units.get(start..end)?).ok()
}

/// Checks every span (object with numeric start/end) lies on the text, and that its
/// `text` is the UTF-16 slice. Returns how many spans there were.
pub fn assert_spans(v: &Value, units: &[u16], path: &str) -> usize {
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

/// Every invariant of the contract on one analysis of `text`, as a list of problems
/// (empty when all hold): the JSON validates against the schema; every span lies on the
/// text and its `text` is the UTF-16 slice; entity mentions don't overlap each other
/// (across all entities), nor dates, nor direct quotes; entities' `id` is their index,
/// they are sorted by finite salience, and mentions are in text order; a speaker's
/// `entity` exists and has the speaker's name; a date anchored on a date points to an
/// earlier one; `stats.characters` counts code points.
pub fn problems(text: &str, v: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    let root = schema();
    check(&root, &root, v, "", &mut errs);
    let units: Vec<u16> = text.encode_utf16().collect();
    if let Err(e) = std::panic::catch_unwind(|| assert_spans(v, &units, "")) {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        errs.push(format!("spans: {msg}"));
    }
    let span =
        |x: &Value| -> Option<(u64, u64)> { Some((x["start"].as_u64()?, x["end"].as_u64()?)) };
    let empty = Vec::new();
    let arr = |k: &str| v[k].as_array().unwrap_or(&empty).clone();
    let entities = arr("entities");
    let quotes = arr("quotes");
    let dates = arr("dates");

    // No overlap within a kind: sort by start, each must end before the next starts.
    let mut overlaps = |what: &str, mut spans: Vec<(u64, u64)>| {
        spans.sort();
        for w in spans.windows(2) {
            if w[0].1 > w[1].0 {
                errs.push(format!("{what} overlap: {:?} and {:?}", w[0], w[1]));
            }
        }
        for s in &spans {
            if s.0 >= s.1 {
                errs.push(format!("{what}: empty span {s:?}"));
            }
        }
    };
    let mentions: Vec<(u64, u64)> = entities
        .iter()
        .flat_map(|e| {
            e["mentions"]
                .as_array()
                .unwrap_or(&empty)
                .iter()
                .filter_map(span)
        })
        .collect();
    overlaps("entity mentions", mentions);
    overlaps("dates", dates.iter().filter_map(span).collect());
    overlaps(
        "direct quotes",
        quotes
            .iter()
            .filter(|q| q["kind"] == "direct")
            .filter_map(span)
            .collect(),
    );

    let mut last_salience = f64::INFINITY;
    for (i, e) in entities.iter().enumerate() {
        if e["id"].as_u64() != Some(i as u64) {
            errs.push(format!("entities/{i}: id is {}, not its index", e["id"]));
        }
        let s = e["salience"].as_f64().unwrap_or(f64::NAN);
        if !s.is_finite() || s > last_salience {
            errs.push(format!(
                "entities/{i}: salience {s} not finite or not sorted (previous {last_salience})"
            ));
        }
        last_salience = s;
        let ms: Vec<(u64, u64)> = e["mentions"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .filter_map(span)
            .collect();
        if ms.is_empty() {
            errs.push(format!("entities/{i}: no mention"));
        }
        if ms.windows(2).any(|w| w[0] > w[1]) {
            errs.push(format!("entities/{i}: mentions not in text order: {ms:?}"));
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        let sp = &q["speaker"];
        if let Some(k) = sp["entity"].as_u64() {
            match entities.get(k as usize) {
                None => errs.push(format!(
                    "quotes/{i}: speaker entity {k} does not exist ({} entities)",
                    entities.len()
                )),
                Some(e) if e["name"] != sp["name"] => errs.push(format!(
                    "quotes/{i}: speaker name {} is not entity {k}'s name {}",
                    sp["name"], e["name"]
                )),
                Some(_) => {}
            }
        }
    }
    let starts = |xs: &[Value]| xs.iter().filter_map(span).map(|s| s.0).collect::<Vec<_>>();
    for (what, xs) in [("quotes", &quotes), ("dates", &dates)] {
        let s = starts(xs);
        if s.windows(2).any(|w| w[0] > w[1]) {
            errs.push(format!("{what} not in text order: {s:?}"));
        }
    }
    for (i, d) in dates.iter().enumerate() {
        if d["anchor"]["kind"] == "date" {
            // an earlier expression, or the next one: the day told right after a clock
            // time ("9:30 a.m. on March 18")
            let k = d["anchor"]["index"].as_u64().unwrap_or(u64::MAX);
            let next_day = k == i as u64 + 1 && d["type"] == "TIME";
            if k >= i as u64 && !next_day {
                errs.push(format!(
                    "dates/{i}: anchored on date {k}, not an earlier one or the next day"
                ));
            }
        }
    }
    let chars = text.chars().count() as u64;
    if v["stats"]["characters"].as_u64() != Some(chars) {
        errs.push(format!(
            "stats.characters is {}, the text has {chars}",
            v["stats"]["characters"]
        ));
    }
    errs
}

/// Analyzes `text` with `options` and serializes it; every broken invariant (see
/// [`problems`]) is an error that names them and shows the input.
pub fn invariants(text: &str, options: &lede::Options) -> Result<Value, String> {
    let a = lede::analyze(text, options)
        .map_err(|e| format!("analyze failed on {:?}: {e}", short(text)))?;
    let v =
        serde_json::to_value(&a).map_err(|e| format!("the analysis does not serialize: {e}"))?;
    let errs = problems(text, &v);
    if errs.is_empty() {
        Ok(v)
    } else {
        Err(format!(
            "invariants broken on {:?}:\n  {}",
            short(text),
            errs.join("\n  ")
        ))
    }
}

/// [`invariants`], panicking on the first broken one.
pub fn assert_invariants(text: &str, options: &lede::Options) -> Value {
    invariants(text, options).unwrap_or_else(|e| panic!("{e}"))
}

/// The text, cut for messages.
pub fn short(text: &str) -> String {
    if text.chars().count() <= 300 {
        text.to_string()
    } else {
        let head: String = text.chars().take(300).collect();
        format!("{head}… ({} bytes)", text.len())
    }
}
