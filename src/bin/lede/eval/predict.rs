//! Predictions: Lede's analysis (or another system's, read from `--predictions`) turned
//! into [`Predicted`] with byte offsets. Both go through the same JSON shape — the
//! `Analysis` JSON of `docs/schema.md`, offsets in UTF-16 code units — so a system scored
//! from a file is scored exactly like Lede.

use super::model::*;
use serde_json::Value;

/// Reads an `Analysis`-shaped JSON value. A missing key (`"quotes"`) means the system
/// does not do that task.
pub fn from_json(v: &Value, text: &str) -> Predicted {
    let map = Utf16Map::new(text);
    let span = |o: &Value| -> Option<Range> {
        let s = map.byte(o.get("start")?.as_u64()? as usize)?;
        let e = map.byte(o.get("end")?.as_u64()? as usize)?;
        (s <= e).then_some((s, e))
    };
    let str_of = |o: &Value, k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
    let entities = v.get("entities").and_then(Value::as_array).map(|ents| {
        let mut out = Vec::new();
        for (i, e) in ents.iter().enumerate() {
            let kind = str_of(e, "type").unwrap_or_else(|| "MISC".into());
            let group = e
                .get("id")
                .and_then(Value::as_u64)
                .map(|x| x as usize)
                .unwrap_or(i);
            for m in e
                .get("mentions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some((start, end)) = span(m) {
                    out.push(PredEntity {
                        start,
                        end,
                        kind: kind.clone(),
                        group,
                    });
                }
            }
        }
        out.sort_by_key(|m| (m.start, m.end));
        out
    });
    let timexes = v.get("dates").and_then(Value::as_array).map(|ds| {
        ds.iter()
            .filter_map(|d| {
                let (start, end) = span(d)?;
                Some(PredTimex {
                    start,
                    end,
                    kind: str_of(d, "type").unwrap_or_else(|| "DATE".into()),
                    value: str_of(d, "value"),
                    modifier: str_of(d, "mod"),
                })
            })
            .collect()
    });
    let quotes = v.get("quotes").and_then(Value::as_array).map(|qs| {
        qs.iter()
            .filter_map(|q| {
                let (start, end) = span(q)?;
                let sp = q.get("speaker").filter(|s| !s.is_null());
                Some(PredQuote {
                    start,
                    end,
                    direct: q.get("kind").and_then(Value::as_str) == Some("direct"),
                    speaker: sp.and_then(|s| str_of(s, "name")),
                    speaker_span: sp.and_then(span).filter(|s| s.0 < s.1),
                })
            })
            .collect()
    });
    Predicted {
        entities,
        timexes,
        quotes,
    }
}

/// Options Lede is run with on a gold document: its language and reference date.
pub fn options(doc: &Doc) -> lede::Options {
    let valid_date = doc
        .reference_date
        .as_ref()
        .filter(|d| {
            lede::analyze(
                "",
                &lede::Options {
                    reference_date: Some((*d).clone()),
                    ..Default::default()
                },
            )
            .is_ok()
        })
        .cloned();
    let language =
        Some(doc.language.clone()).filter(|l| lede::language::DETECTABLE.contains(&l.as_str()));
    lede::Options {
        reference_date: valid_date,
        language,
        ..Default::default()
    }
}

/// Runs Lede on one document.
pub fn lede(doc: &Doc) -> Result<Predicted, String> {
    let analysis = lede::analyze(&doc.text, &options(doc)).map_err(|e| e.to_string())?;
    let v = serde_json::to_value(&analysis).map_err(|e| e.to_string())?;
    Ok(from_json(&v, &doc.text))
}

/// The gold itself as predictions (`lede eval --gold-as-predictions`): checks the readers
/// and the scorer — every figure must come out 1.0.
pub fn from_gold(doc: &Doc) -> Predicted {
    let mut groups: std::collections::HashMap<&str, usize> = Default::default();
    let entities = doc.entities.as_ref().map(|es| {
        es.iter()
            .enumerate()
            .map(|(i, e)| {
                let n = groups.len();
                let group = match e.group.as_deref() {
                    Some(g) => *groups.entry(g).or_insert(n + es.len()),
                    None => i,
                };
                PredEntity {
                    start: e.start,
                    end: e.end,
                    kind: e.kind.clone(),
                    group,
                }
            })
            .collect()
    });
    let timexes = doc.timexes.as_ref().map(|ts| {
        ts.iter()
            .map(|t| PredTimex {
                start: t.start,
                end: t.end,
                kind: t.kind.clone(),
                value: t.values.first().cloned(),
                modifier: t.modifier.clone(),
            })
            .collect()
    });
    let quotes = doc.quotes.as_ref().map(|qs| {
        qs.iter()
            .map(|q| {
                let (start, end) = q.hull();
                PredQuote {
                    start,
                    end,
                    direct: q.direct,
                    speaker: q.speaker.clone(),
                    speaker_span: q.speaker_span,
                }
            })
            .collect()
    });
    Predicted {
        entities,
        timexes,
        quotes,
    }
}
