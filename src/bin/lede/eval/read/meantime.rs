//! NewsReader MEANTIME (CAT XML): tokens with sentence numbers, `ENTITY_MENTION`s
//! (typed through `REFERS_TO` → `ENTITY ent_type`) and `TIMEX3`s anchored on tokens, the
//! `CREATION_TIME` TIMEX3 (the date line) as the reference date.
//!
//! - Text: tokens joined by [`detokenize`], one sentence per paragraph (sentence 0 is the
//!   title, sentence 1 the date line).
//! - Only sentences 0–5 are annotated in MEANTIME, so `scored_until` ends the scored part
//!   after sentence 5 (predictions beyond it are not counted as false alarms).
//! - Entities: only proper-name mentions (`syntactic_type` NAM and PRE.NAM); types
//!   PER/ORG/LOC kept, PRO (products), FIN (financial) and MIX → MISC. When name mentions
//!   nest, only the outermost is kept (as in the project's guidelines). Mentions of one
//!   `ENTITY` form a group. MEANTIME's spans include determiners and titles ("the
//!   iPhone"): look at the untyped and overlap figures beside strict.
//! - Timexes: every TIMEX3 with tokens (the date line's included: it is in the text).

use super::super::model::*;
use super::super::xml::{attr, decode, Event, Reader};
use super::timeml::file_stem;
use std::collections::HashMap;

#[derive(Default)]
struct Markable {
    tag: String,
    attrs: String,
    tokens: Vec<String>,
}

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    // token id → (sentence, text)
    let mut tokens: Vec<(String, usize, String)> = Vec::new();
    let mut cur_token: Option<(String, usize, String)> = None;
    let mut markables: Vec<Markable> = Vec::new();
    let mut cur: Option<Markable> = None;
    let mut in_markables = false;
    let mut in_relations = false;
    let mut refers: Vec<(Vec<String>, Option<String>)> = Vec::new(); // sources → target
    let mut cur_rel: Option<(Vec<String>, Option<String>)> = None;
    let mut entity_type: HashMap<String, String> = HashMap::new();
    let mut lang: Option<String> = None;
    for ev in Reader::new(content) {
        let (pos, ev) = match ev {
            Ok(e) => e,
            Err((pos, msg)) => {
                errors.push(ReadError::new(path, Some(line_of(content, pos)), msg));
                return Vec::new();
            }
        };
        match ev {
            Event::Start { name, attrs, empty } => match name {
                "token" => {
                    let id = attr(attrs, "t_id").unwrap_or_default();
                    let Some(sent) = attr(attrs, "sentence").and_then(|s| s.parse().ok()) else {
                        errors.push(ReadError::new(
                            path,
                            Some(line_of(content, pos)),
                            "token without a sentence number",
                        ));
                        return Vec::new();
                    };
                    cur_token = Some((id, sent, String::new()));
                    if empty {
                        tokens.extend(cur_token.take());
                    }
                }
                "Document" => lang = attr(attrs, "lang"),
                "Markables" => in_markables = true,
                "Relations" => in_relations = true,
                "ENTITY" if in_markables => {
                    if let (Some(id), Some(t)) = (attr(attrs, "m_id"), attr(attrs, "ent_type")) {
                        entity_type.insert(id, t);
                    }
                }
                "token_anchor" => {
                    if let (Some(m), Some(id)) = (cur.as_mut(), attr(attrs, "t_id")) {
                        m.tokens.push(id);
                    }
                }
                "ENTITY_MENTION" | "TIMEX3" if in_markables => {
                    let m = Markable {
                        tag: name.to_string(),
                        attrs: attrs.to_string(),
                        tokens: Vec::new(),
                    };
                    if empty {
                        markables.push(m);
                    } else {
                        cur = Some(m);
                    }
                }
                "REFERS_TO" if in_relations => cur_rel = Some((Vec::new(), None)),
                "source" => {
                    if let (Some(r), Some(id)) = (cur_rel.as_mut(), attr(attrs, "m_id")) {
                        r.0.push(id);
                    }
                }
                "target" => {
                    if let (Some(r), Some(id)) = (cur_rel.as_mut(), attr(attrs, "m_id")) {
                        r.1 = Some(id);
                    }
                }
                _ => {}
            },
            Event::End { name } => match name {
                "token" => tokens.extend(cur_token.take()),
                "Markables" => in_markables = false,
                "Relations" => in_relations = false,
                "ENTITY_MENTION" | "TIMEX3" => markables.extend(cur.take()),
                "REFERS_TO" => refers.extend(cur_rel.take()),
                _ => {}
            },
            Event::Text(t) => {
                if let Some(tok) = cur_token.as_mut() {
                    tok.2.push_str(decode(t).trim());
                }
            }
        }
    }
    if tokens.is_empty() {
        errors.push(ReadError::new(
            path,
            None,
            "no <token> elements: not a MEANTIME CAT document",
        ));
        return Vec::new();
    }
    // Rebuild the text, a sentence per paragraph.
    let mut text = String::new();
    let mut span_of: HashMap<&str, Range> = HashMap::new();
    let mut scored_until = None;
    let mut i = 0;
    while i < tokens.len() {
        let sent = tokens[i].1;
        let j = i + tokens[i..].iter().take_while(|t| t.1 == sent).count();
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        if sent > 5 && scored_until.is_none() {
            scored_until = Some(text.len());
        }
        let words: Vec<&str> = tokens[i..j].iter().map(|t| t.2.as_str()).collect();
        let spans = detokenize(&mut text, &words);
        for (k, t) in tokens[i..j].iter().enumerate() {
            span_of.insert(t.0.as_str(), spans[k]);
        }
        i = j;
    }
    let mention_entity: HashMap<&str, &str> = refers
        .iter()
        .filter_map(|(s, t)| t.as_deref().map(|t| (s, t)))
        .flat_map(|(s, t)| s.iter().map(move |x| (x.as_str(), t)))
        .collect();
    let range = |m: &Markable| -> Option<Range> {
        let s = m
            .tokens
            .iter()
            .filter_map(|t| span_of.get(t.as_str()))
            .map(|r| r.0)
            .min()?;
        let e = m
            .tokens
            .iter()
            .filter_map(|t| span_of.get(t.as_str()))
            .map(|r| r.1)
            .max()?;
        Some((s, e))
    };
    let mut reference = None;
    let mut entities: Vec<GoldEntity> = Vec::new();
    let mut timexes = Vec::new();
    for m in &markables {
        let Some((start, end)) = range(m) else {
            continue;
        };
        if m.tag == "TIMEX3" {
            if attr(&m.attrs, "functionInDocument").as_deref() == Some("CREATION_TIME") {
                // One dev file writes its creation time "03-02-2009": only ISO dates count.
                reference = attr(&m.attrs, "value")
                    .filter(|v| v.get(..10).is_some_and(super::conll::is_iso_date));
            }
            timexes.push(GoldTimex {
                start,
                end,
                kind: attr(&m.attrs, "type").unwrap_or_else(|| "DATE".into()),
                values: attr(&m.attrs, "value")
                    .filter(|v| !v.is_empty())
                    .into_iter()
                    .collect(),
                modifier: attr(&m.attrs, "mod").filter(|v| !v.is_empty()),
            });
            continue;
        }
        let syn = attr(&m.attrs, "syntactic_type").unwrap_or_default();
        if syn != "NAM" && syn != "PRE.NAM" {
            continue;
        }
        let id = attr(&m.attrs, "m_id").unwrap_or_default();
        let Some(target) = mention_entity.get(id.as_str()) else {
            continue;
        };
        let Some(t) = entity_type.get(*target) else {
            continue;
        };
        let kind = match t.as_str() {
            "PER" | "ORG" | "LOC" => t.clone(),
            _ => "MISC".into(),
        };
        entities.push(GoldEntity {
            start,
            end,
            kind,
            group: Some(target.to_string()),
        });
    }
    // Keep only outermost name mentions (and one of identical spans).
    entities.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<GoldEntity> = Vec::new();
    for e in entities {
        if kept.last().is_some_and(|k| e.start < k.end) {
            continue;
        }
        kept.push(e);
    }
    timexes.sort_by_key(|t| (t.start, t.end));
    // The date line is sentence 1; when its TIMEX3 is not marked CREATION_TIME, use the
    // first timex of the first two sentences that is a full date.
    if reference.is_none() {
        reference = timexes
            .iter()
            .flat_map(|t| t.values.first())
            .find(|v| v.len() >= 10)
            .cloned();
    }
    vec![Doc {
        id: format!("{corpus}/{}", file_stem(path)),
        corpus: corpus.to_string(),
        language: lang.unwrap_or_else(|| "en".into()),
        reference_date: reference.and_then(|d| d.get(..10).map(str::to_string)),
        text,
        entities: Some(kept),
        timexes: Some(timexes),
        quotes: None,
        scored_until,
        direct_only: false,
    }]
}
