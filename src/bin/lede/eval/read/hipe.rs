//! HIPE-2020 TSV (historical French newspapers, OCR): one token per line, documents opened
//! by `# document_id` comments with `# date`, IOB tags in `NE-COARSE-LIT`.
//!
//! - Text: tokens joined by a space unless the MISC column says `NoSpaceAfter`; OCR line
//!   ends (`EndOfLine`) become spaces and a word hyphenated at a line end (`¬`) is kept as
//!   printed; sentences (`PySBDSegment`) are kept in one paragraph — the OCR gives no
//!   paragraphs.
//! - Entities (coarse, literal): pers→PER, org→ORG, loc→LOC, prod→MISC; `time` is not an
//!   entity in Lede (dates are scored separately) and is dropped. Mentions linked to the
//!   same Wikidata id (`NEL-LIT`, not `NIL`) form a group. HIPE person spans include titles
//!   and appositions ("M. Hagenbeck, le célèbre marchand…"), unlike Lede's guidelines: a
//!   secondary measure.
//! - Reference date: `# date`.

use super::super::model::*;

#[derive(Default)]
struct Building {
    id: String,
    date: Option<String>,
    language: String,
    text: String,
    entities: Vec<GoldEntity>,
    open: Option<(usize, usize, String, Option<String>)>,
    space: bool,
}

impl Building {
    fn close(&mut self) {
        if let Some((s, e, kind, link)) = self.open.take() {
            if kind != "time" {
                let kind = match kind.as_str() {
                    "pers" => "PER",
                    "org" => "ORG",
                    "loc" => "LOC",
                    _ => "MISC",
                };
                self.entities.push(GoldEntity {
                    start: s,
                    end: e,
                    kind: kind.into(),
                    group: link,
                });
            }
        }
    }
    fn finish(mut self, corpus: &str) -> Option<Doc> {
        self.close();
        if self.text.is_empty() {
            return None;
        }
        Some(Doc {
            id: format!("{corpus}/{}", self.id),
            corpus: corpus.to_string(),
            language: if self.language.is_empty() {
                "fr".into()
            } else {
                self.language
            },
            reference_date: self.date,
            text: self.text,
            entities: Some(self.entities),
            timexes: None,
            quotes: None,
            scored_until: None,
            direct_only: false,
        })
    }
}

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut cur = Building::default();
    let mut header: Vec<&str> = Vec::new();
    let mut pending_meta: Vec<(String, String)> = Vec::new();
    for (i, line) in content.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if i == 0 && line.starts_with("TOKEN") {
            header = line.split('\t').collect();
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        if let Some(c) = line.strip_prefix("# ") {
            if let Some((k, v)) = c.split_once(" = ") {
                pending_meta.push((k.trim().to_string(), v.trim().to_string()));
                continue;
            }
        }
        // A metadata block before tokens opens a new document when it has a document_id.
        if pending_meta.iter().any(|(k, _)| k == "document_id") {
            if let Some(d) = std::mem::take(&mut cur).finish(corpus) {
                docs.push(d);
            }
        }
        for (k, v) in pending_meta.drain(..) {
            match k.as_str() {
                "document_id" => cur.id = v,
                "date" => cur.date = Some(v),
                "language" => cur.language = v,
                _ => {}
            }
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let col =
            |name: &str, default: usize| header.iter().position(|h| *h == name).unwrap_or(default);
        let (Some(tok), Some(tag)) = (cols.first(), cols.get(col("NE-COARSE-LIT", 1))) else {
            continue;
        };
        if cols.len() < 3 {
            errors.push(ReadError::new(
                path,
                Some(i + 1),
                format!(
                    "expected {} tab-separated columns, got {line:?}",
                    header.len().max(10)
                ),
            ));
            continue;
        }
        let misc = cols.get(col("MISC", 9)).copied().unwrap_or("_");
        let link = cols
            .get(col("NEL-LIT", 7))
            .filter(|l| l.starts_with('Q'))
            .map(|l| l.to_string());
        if cur.space {
            cur.text.push(' ');
        }
        let start = cur.text.len();
        cur.text.push_str(tok);
        let end = cur.text.len();
        cur.space = !misc.split('|').any(|m| m == "NoSpaceAfter");
        let (bi, ty) = tag.split_once('-').unwrap_or(("O", ""));
        match bi {
            "I" if cur.open.as_ref().is_some_and(|o| o.2 == ty) => {
                if let Some(o) = cur.open.as_mut() {
                    o.1 = end;
                }
            }
            "B" | "I" => {
                cur.close();
                cur.open = Some((start, end, ty.to_string(), link));
            }
            _ => cur.close(),
        }
    }
    if let Some(d) = cur.finish(corpus) {
        docs.push(d);
    }
    docs
}
