//! TimeML `.tml` (TempEval-3 TBAQ, French TimeBank): the text of the `TEXT` element with
//! its tags removed, the `TIMEX3` elements inside it (type, value, mod), and the `DCT`
//! (document creation time, outside `TEXT` in both corpora) as the reference date.
//! Other elements (`EVENT`, `SIGNAL`, links) are ignored.

use super::super::model::*;
use super::super::xml::{attr, decode, Event, Reader};

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let mut text = String::new();
    let mut in_text = false;
    let mut seen_text = false;
    let mut in_dct = false;
    let mut dct: Option<String> = None;
    let mut docid: Option<String> = None;
    let mut in_docid = false;
    let mut open: Vec<(usize, String)> = Vec::new(); // (start, attrs) of open TIMEX3s
    let mut timexes = Vec::new();
    for ev in Reader::new(content) {
        let (_, ev) = match ev {
            Ok(e) => e,
            Err((pos, msg)) => {
                errors.push(ReadError::new(path, Some(line_of(content, pos)), msg));
                return Vec::new();
            }
        };
        match ev {
            Event::Start { name, attrs, empty } => match name {
                "TEXT" => {
                    in_text = !empty;
                    seen_text = true;
                }
                "DCT" => in_dct = !empty,
                "DOCID" => in_docid = !empty,
                "TIMEX3" if in_dct && dct.is_none() => dct = attr(attrs, "value"),
                "TIMEX3" if in_text && !empty => open.push((text.len(), attrs.to_string())),
                _ => {}
            },
            Event::End { name } => match name {
                "TEXT" => in_text = false,
                "DCT" => in_dct = false,
                "DOCID" => in_docid = false,
                "TIMEX3" if in_text => {
                    if let Some((start, attrs)) = open.pop() {
                        let (s, e) = trim(&text, start, text.len());
                        if s < e {
                            let value = attr(&attrs, "value").filter(|v| !v.is_empty());
                            timexes.push(GoldTimex {
                                start: s,
                                end: e,
                                kind: attr(&attrs, "type").unwrap_or_else(|| "DATE".into()),
                                values: value.into_iter().collect(),
                                modifier: attr(&attrs, "mod").filter(|m| !m.is_empty()),
                            });
                        }
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                if in_text {
                    text.push_str(&decode(t));
                } else if in_docid {
                    docid = Some(t.trim().to_string());
                }
            }
        }
    }
    if !seen_text {
        errors.push(ReadError::new(
            path,
            None,
            "no <TEXT> element: not a TimeML document",
        ));
        return Vec::new();
    }
    timexes.sort_by_key(|t| (t.start, t.end));
    let name = docid.unwrap_or_else(|| file_stem(path));
    let language = if corpus.contains("fr") { "fr" } else { "en" };
    vec![Doc {
        id: format!("{corpus}/{name}"),
        corpus: corpus.to_string(),
        language: language.to_string(),
        reference_date: dct.and_then(|d| d.get(..10).map(str::to_string)),
        text,
        entities: None,
        timexes: Some(timexes),
        quotes: None,
        scored_until: None,
        direct_only: false,
    }]
}

/// Shrinks `[s, e)` so it neither starts nor ends with whitespace.
pub fn trim(text: &str, s: usize, e: usize) -> (usize, usize) {
    let piece = text.get(s..e).unwrap_or("");
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead == piece.len() {
        return (s, s);
    }
    (s + lead, e - trail)
}

pub fn file_stem(path: &str) -> String {
    std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}
