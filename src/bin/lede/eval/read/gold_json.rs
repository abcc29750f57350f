//! Gold JSON (`../shared/gold/*.json`, the format of `GUIDELINES.md`): one article per file,
//! offsets in code points, converted here to bytes. A missing layer key (`"quotes"`
//! absent) means "not annotated"; an empty list means "annotated, nothing there".

use super::super::model::*;
use serde_json::Value;

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let v: Value = match serde_json::from_str(content) {
        Ok(v) => v,
        Err(e) => {
            errors.push(ReadError::new(
                path,
                Some(e.line()),
                format!("not valid JSON: {e}"),
            ));
            return Vec::new();
        }
    };
    match parse(&v, corpus) {
        Ok(doc) => vec![doc],
        Err(msg) => {
            errors.push(ReadError::new(path, None, msg));
            Vec::new()
        }
    }
}

fn s<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn parse(v: &Value, corpus: &str) -> Result<Doc, String> {
    let text = s(v, "text").ok_or("no \"text\" string")?.to_string();
    let id = s(v, "id").unwrap_or("?").to_string();
    let map = CharMap::new(&text);
    // Code-point offsets → bytes, checking that the span reproduces the annotated text.
    let span = |a: &Value, layer: &str, i: usize| -> Result<(usize, usize), String> {
        let at = |k: &str| {
            a.get(k)
                .and_then(Value::as_u64)
                .ok_or(format!("{layer}[{i}]: no integer \"{k}\""))
        };
        let (cs, ce) = (at("start")? as usize, at("end")? as usize);
        let (Some(bs), Some(be)) = (map.byte(cs), map.byte(ce)) else {
            return Err(format!(
                "{layer}[{i}]: offsets {cs}..{ce} lie outside the text"
            ));
        };
        if bs > be {
            return Err(format!("{layer}[{i}]: start {cs} after end {ce}"));
        }
        if let Some(t) = s(a, "text") {
            if text.get(bs..be) != Some(t) {
                return Err(format!(
                    "{layer}[{i}]: text[{cs}:{ce}] is {:?}, not {t:?} (offsets must count code points)",
                    text.get(bs..be).unwrap_or("")
                ));
            }
        }
        Ok((bs, be))
    };
    let list = |key: &str| v.get(key).and_then(Value::as_array);
    let entities = match list("entities") {
        None => None,
        Some(a) => Some(
            a.iter()
                .enumerate()
                .map(|(i, e)| {
                    let (start, end) = span(e, "entities", i)?;
                    Ok(GoldEntity {
                        start,
                        end,
                        kind: s(e, "type").unwrap_or("MISC").to_string(),
                        group: s(e, "canonical").map(str::to_string),
                    })
                })
                .collect::<Result<Vec<_>, String>>()?,
        ),
    };
    let timexes = match list("timexes") {
        None => None,
        Some(a) => Some(
            a.iter()
                .enumerate()
                .map(|(i, t)| {
                    let (start, end) = span(t, "timexes", i)?;
                    Ok(GoldTimex {
                        start,
                        end,
                        kind: s(t, "type").unwrap_or("DATE").to_string(),
                        values: s(t, "value")
                            .map(|v| vec![v.to_string()])
                            .unwrap_or_default(),
                        modifier: s(t, "mod").map(str::to_string),
                    })
                })
                .collect::<Result<Vec<_>, String>>()?,
        ),
    };
    let quotes = match list("quotes") {
        None => None,
        Some(a) => Some(
            a.iter()
                .enumerate()
                .map(|(i, q)| {
                    let part = span(q, "quotes", i)?;
                    Ok(GoldQuote {
                        parts: vec![part],
                        direct: s(q, "kind") == Some("direct"),
                        speaker: s(q, "speaker").map(str::to_string),
                        speaker_span: None,
                        cue: s(q, "cue").map(str::to_string),
                        speaker_annotated: true,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?,
        ),
    };
    Ok(Doc {
        id: format!("{corpus}/{id}"),
        corpus: corpus.to_string(),
        language: s(v, "language").unwrap_or("und").to_string(),
        reference_date: s(v, "reference_date").map(str::to_string),
        text,
        entities,
        timexes,
        quotes,
        scored_until: None,
        direct_only: false,
    })
}
