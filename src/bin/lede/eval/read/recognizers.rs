//! Microsoft Recognizers-Text date-time specs (`DateTimeModel.json`): one short sentence
//! per case, a reference date (`Context.ReferenceDateTime`, 2016-11-07 when absent, as the
//! library's tests assume), and the expected mentions with inclusive character offsets.
//!
//! - Type: date, daterange → DATE; time, timerange, datetime, datetimerange → TIME;
//!   duration → DURATION; set → SET.
//! - Values: every `timex` listed, plus the resolved `value` of dates and date-times
//!   (`2016-11-07 10:00:00` → `2016-11-07T10:00`); a case with ambiguous past/future
//!   lists several, and any of them is right. Ranges keep their timex
//!   (`(2016-11-07,2016-11-14,P1W)`), which a TIMEX3 value cannot equal: on ranges only
//!   the span and type can be right.
//! - Language: from the folder (`French` → fr, otherwise en).
//! - A case with no results is annotated "nothing here" (a find there is a false alarm).
//! - A case without `Context` that the reference implementation does not run
//!   (`NotSupported` lists `dotnet`) is left out: such cases (352 of the 446 French dev
//!   cases) were carried over from the English file with their expected values but not
//!   their reference dates (values in 2018–2020 where 2016-11-07 would be assumed), and no
//!   port ever checks them, so their values cannot be reproduced from the text. (Such a
//!   case with no results is kept: it only says "nothing here".)

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
    let Some(cases) = v.as_array() else {
        errors.push(ReadError::new(
            path,
            Some(1),
            "expected a JSON array of cases",
        ));
        return Vec::new();
    };
    let lower = path.to_ascii_lowercase();
    let language = if lower.contains("french") || lower.contains("/fr") {
        "fr"
    } else {
        "en"
    };
    let mut docs = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let Some(text) = c.get("Input").and_then(Value::as_str) else {
            errors.push(ReadError::new(
                path,
                None,
                format!("case {i}: no \"Input\"; skipped"),
            ));
            continue;
        };
        let unchecked = c
            .get("NotSupported")
            .and_then(Value::as_str)
            .is_some_and(|p| p.contains("dotnet"));
        let has_results = c
            .get("Results")
            .and_then(Value::as_array)
            .is_some_and(|r| !r.is_empty());
        if unchecked && has_results && c.get("Context").is_none() {
            continue;
        }
        let reference = c
            .pointer("/Context/ReferenceDateTime")
            .and_then(Value::as_str)
            .and_then(|d| d.get(..10))
            .unwrap_or("2016-11-07");
        let map = CharMap::new(text);
        let mut timexes = Vec::new();
        let mut bad = false;
        for r in c
            .get("Results")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let want = r.get("Text").and_then(Value::as_str).unwrap_or("");
            let start = r.get("Start").and_then(Value::as_u64).map(|x| x as usize);
            let end = r.get("End").and_then(Value::as_u64).map(|x| x as usize + 1);
            let mut range = match (
                start.and_then(|s| map.byte(s)),
                end.and_then(|e| map.byte(e)),
            ) {
                (Some(s), Some(e))
                    if text.get(s..e).is_some_and(|t| t.eq_ignore_ascii_case(want)) =>
                {
                    Some((s, e))
                }
                _ => None,
            };
            // Some cases count offsets differently: find the text itself, nearest first.
            if range.is_none() && !want.is_empty() {
                let lower = text.to_lowercase();
                if lower.len() == text.len() {
                    range = lower
                        .find(&want.to_lowercase())
                        .map(|s| (s, s + want.len()));
                }
            }
            let Some((s, e)) = range else {
                errors.push(ReadError::new(
                    path,
                    None,
                    format!("case {i}: {want:?} not found in {text:?}; case skipped"),
                ));
                bad = true;
                break;
            };
            let type_name = r.get("TypeName").and_then(Value::as_str).unwrap_or("");
            let kind = match type_name.rsplit('.').next().unwrap_or("") {
                "date" | "daterange" => "DATE",
                "duration" => "DURATION",
                "set" => "SET",
                _ => "TIME",
            };
            let mut values: Vec<String> = Vec::new();
            for val in r
                .pointer("/Resolution/values")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(t) = val.get("timex").and_then(Value::as_str) {
                    values.push(t.to_string());
                }
                let ty = val.get("type").and_then(Value::as_str).unwrap_or("");
                if ty == "date" || ty == "datetime" {
                    if let Some(v) = val.get("value").and_then(Value::as_str) {
                        let mut v = v.replacen(' ', "T", 1);
                        if v.len() == 19 && v.ends_with(":00") {
                            v.truncate(16);
                        }
                        values.push(v);
                    }
                }
            }
            values.dedup();
            timexes.push(GoldTimex {
                start: s,
                end: e,
                kind: kind.into(),
                values,
                modifier: None,
            });
        }
        if bad {
            continue;
        }
        timexes.sort_by_key(|t| (t.start, t.end));
        docs.push(Doc {
            id: format!("{corpus}/{language}-{i:04}"),
            corpus: corpus.to_string(),
            language: language.into(),
            reference_date: Some(reference.to_string()),
            text: text.to_string(),
            entities: None,
            timexes: Some(timexes),
            quotes: None,
            scored_until: None,
            direct_only: false,
        });
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_without_their_reference_date_are_left_out() {
        let json = r#"[
          {"Input": "Je reviendrai demain", "Context": {"ReferenceDateTime": "2018-03-14T00:00:00"},
           "Results": [{"Text": "demain", "Start": 14, "End": 19, "TypeName": "datetimeV2.date",
             "Resolution": {"values": [{"timex": "2018-03-15", "type": "date", "value": "2018-03-15"}]}}]},
          {"Input": "Je reviendrai demain", "NotSupported": "dotnet, javascript, python, java",
           "Results": [{"Text": "demain", "Start": 14, "End": 19, "TypeName": "datetimeV2.date",
             "Resolution": {"values": [{"timex": "2019-07-30", "type": "date", "value": "2019-07-30"}]}}]},
          {"Input": "8/1.5 est une formule", "NotSupported": "dotnet, javascript, python, java", "Results": []}
        ]"#;
        let mut errors = Vec::new();
        let docs = read("French/DateTimeModel.dev.json", json, "rt", &mut errors);
        assert!(errors.is_empty());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].reference_date.as_deref(), Some("2018-03-14"));
        assert_eq!(docs[0].language, "fr");
        let t = docs[0].timexes.as_ref().map(|t| t[0].values.clone());
        assert_eq!(t, Some(vec!["2018-03-15".to_string()]));
        // the "nothing here" case stays
        assert_eq!(docs[1].text, "8/1.5 est une formule");
        assert_eq!(docs[1].timexes.as_ref().map(Vec::len), Some(0));
    }
}
