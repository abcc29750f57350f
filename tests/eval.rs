//! `lede eval` from the outside: the scorer on small fixtures written for these tests
//! (`tests/fixtures/eval/`), never corpus text.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval")
}

/// Runs `lede eval ARGS --json`; returns (exit code, summary, stderr).
fn eval(args: &[&str]) -> (i32, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .arg("eval")
        .args(args)
        .arg("--json")
        .output()
        .expect("lede runs");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code().unwrap_or(-1),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn corpus<'a>(v: &'a Value, lang: &str) -> &'a Value {
    v["corpora"]
        .as_array()
        .and_then(|a| a.iter().find(|c| c["language"] == lang))
        .unwrap_or(&Value::Null)
}

fn gold_dir() -> String {
    fixtures().join("gold").to_string_lossy().into_owned()
}

fn read_gold(name: &str) -> Value {
    let p = fixtures().join("gold").join(name);
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// Code points → UTF-16 units, as Lede's JSON counts.
fn utf16(text: &str, cp: u64) -> u64 {
    text.chars()
        .take(cp as usize)
        .map(|c| c.len_utf16() as u64)
        .sum()
}

/// The gold of a fixture turned into an `Analysis`-shaped prediction (UTF-16 offsets),
/// with `shift` code points added to every date's start and end.
fn prediction_from_gold(g: &Value, shift: i64) -> Value {
    let text = g["text"].as_str().unwrap();
    let off = |x: &Value, d: i64| json!(utf16(text, (x.as_i64().unwrap() + d) as u64));
    let mut by_canonical: Vec<(String, Value)> = vec![];
    for e in g["entities"].as_array().unwrap() {
        let c = e["canonical"].as_str().unwrap().to_string();
        let m = json!({"start": off(&e["start"], 0), "end": off(&e["end"], 0)});
        match by_canonical.iter_mut().find(|(k, _)| *k == c) {
            Some((_, ent)) => ent["mentions"].as_array_mut().unwrap().push(m),
            None => by_canonical.push((
                c.clone(),
                json!({"type": e["type"], "name": c, "mentions": [m]}),
            )),
        }
    }
    let entities: Vec<Value> = by_canonical.into_iter().map(|x| x.1).collect();
    let dates: Vec<Value> = g["timexes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| json!({"type": t["type"], "start": off(&t["start"], shift), "end": off(&t["end"], shift), "value": t["value"], "mod": t["mod"]}))
        .collect();
    let quotes: Vec<Value> = g["quotes"]
        .as_array()
        .map(|qs| {
            qs.iter()
                .map(|q| json!({"kind": q["kind"], "start": off(&q["start"], 0), "end": off(&q["end"], 0), "speaker": {"name": q["speaker"], "start": 0, "end": 0}}))
                .collect()
        })
        .unwrap_or_default();
    json!({"id": format!("gold/{}", g["id"].as_str().unwrap()), "entities": entities, "dates": dates, "quotes": quotes})
}

fn write_predictions(name: &str, preds: &[Value]) -> String {
    let dir = std::env::temp_dir().join(format!("lede-eval-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    let body: Vec<String> = preds.iter().map(|v| v.to_string()).collect();
    std::fs::write(&p, body.join("\n")).unwrap();
    p.to_string_lossy().into_owned()
}

fn f1(v: &Value) -> f64 {
    v["f1"].as_f64().unwrap_or(-1.0)
}

#[test]
fn gold_against_itself_scores_one_everywhere() {
    let (code, v, err) = eval(&[&gold_dir(), "--gold-as-predictions"]);
    assert_eq!(code, 0, "{err}");
    for lang in ["en", "fr"] {
        let c = corpus(&v, lang);
        assert_eq!(f1(&c["entities"]["strict"]), 1.0, "{lang}: {c}");
        assert_eq!(f1(&c["entities"]["untyped"]), 1.0);
        assert_eq!(f1(&c["dates"]["strict"]), 1.0);
        assert_eq!(f1(&c["dates"]["value"]), 1.0);
        assert_eq!(c["dates"]["type_accuracy"], 1.0);
    }
    let en = corpus(&v, "en");
    assert_eq!(en["entities"]["grouping"]["gold_to_lede"], 1.0);
    for kind in ["direct", "indirect", "all"] {
        let k = &en["quotes"]["kinds"][kind];
        assert_eq!(f1(&k["overlap"]), 1.0, "{kind}");
        assert_eq!(f1(&k["exact"]), 1.0);
        assert_eq!(k["speaker_accuracy"], 1.0);
        assert_eq!(f1(&k["end_to_end"]), 1.0);
    }
}

#[test]
fn predictions_in_utf16_after_an_emoji_shift_nothing() {
    // en-01 opens with emoji (two UTF-16 units each) before its first mention and quote:
    // predictions written in Lede's UTF-16 offsets must land on the same characters.
    let g = read_gold("en-01.json");
    assert!(g["text"].as_str().unwrap().starts_with('🌉'));
    let preds = write_predictions("emoji.jsonl", &[prediction_from_gold(&g, 0)]);
    let (code, v, err) = eval(&[&gold_dir(), "--predictions", &preds]);
    assert_eq!(code, 0, "{err}");
    let en = corpus(&v, "en");
    assert_eq!(en["docs"], 1, "only documents with predictions are scored");
    assert_eq!(f1(&en["entities"]["strict"]), 1.0, "{en}");
    assert_eq!(f1(&en["dates"]["strict"]), 1.0);
    assert_eq!(f1(&en["quotes"]["kinds"]["all"]["exact"]), 1.0);
    assert_eq!(en["quotes"]["kinds"]["all"]["speaker_accuracy"], 1.0);
}

#[test]
fn a_shifted_span_fails_strict_and_passes_relaxed() {
    let g = read_gold("en-01.json");
    let preds = write_predictions("shift.jsonl", &[prediction_from_gold(&g, 1)]);
    let (_, v, _) = eval(&[&gold_dir(), "--predictions", &preds]);
    let d = &corpus(&v, "en")["dates"];
    assert_eq!(f1(&d["strict"]), 0.0, "{d}");
    assert_eq!(f1(&d["relaxed"]), 1.0);
    assert_eq!(d["value_accuracy"], 1.0);
}

#[test]
fn a_document_without_a_layer_is_not_counted_for_it() {
    // fr-01 has no "quotes" key: not annotated for quotes, so no quote row for fr.
    let (_, v, _) = eval(&[&gold_dir(), "--gold-as-predictions"]);
    let fr = corpus(&v, "fr");
    assert_eq!(fr["docs"], 1);
    assert!(fr["entities"].is_object() && fr["dates"].is_object());
    assert!(fr["quotes"].is_null(), "{fr}");
    // And a system that does no quotes is not scored on them either.
    let g = read_gold("en-01.json");
    let mut p = prediction_from_gold(&g, 0);
    p.as_object_mut().unwrap().remove("quotes");
    let preds = write_predictions("noquotes.jsonl", &[p]);
    let (_, v, _) = eval(&[&gold_dir(), "--predictions", &preds]);
    assert!(corpus(&v, "en")["quotes"].is_null());
}

#[test]
fn an_unreadable_file_is_reported_by_name_and_line_and_the_rest_scored() {
    let dir = fixtures().join("broken");
    let (code, v, err) = eval(&[&dir.to_string_lossy(), "--gold-as-predictions"]);
    assert_eq!(code, 1, "unreadable files make the run fail");
    assert!(err.contains("bad.tml:3:"), "{err}");
    assert!(err.contains("bad.json:3:"), "{err}");
    assert_eq!(v["documents"], 1, "good.tml is still scored");
    assert_eq!(v["read_errors"].as_array().map(Vec::len), Some(2));
    let en = corpus(&v, "en");
    assert_eq!(en["dates"]["strict"]["tp"], 2, "{en}");
}

#[test]
fn lede_itself_runs_on_every_fixture() {
    let (code, v, err) = eval(&[&gold_dir()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["documents"], 2);
}
