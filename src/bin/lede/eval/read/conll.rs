//! CoNLL-2003 (`TOKEN POS CHUNK NER`, IOB1 or IOB2, `-DOCSTART-` between documents).
//!
//! The original spacing is lost, so the text is rebuilt: tokens joined by
//! [`detokenize`]'s rules, **one sentence per paragraph** (`\n\n` between sentences),
//! which matches Reuters' short paragraphs, and keeps the headline and the dateline
//! (`LONDON 1996-08-30`) on their own lines as in an article. The first `YYYY-MM-DD`
//! token of the first three sentences is the reference date.

use super::super::model::*;

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let mut docs = Vec::new();
    // (token, tag) per sentence, per document.
    let mut doc: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut sent: Vec<(&str, &str)> = Vec::new();
    let mut doc_line = 1;
    let mut bad = false;
    let mut flush = |doc: &mut Vec<Vec<(&str, &str)>>, line: usize, bad: bool| {
        if !doc.is_empty() && !bad {
            let n = docs.len() + 1;
            docs.push(build(doc, corpus, line, n));
        }
        doc.clear();
    };
    for (i, line) in content.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.starts_with("-DOCSTART-") {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            flush(&mut doc, doc_line, bad);
            bad = false;
            doc_line = i + 1;
            continue;
        }
        if line.trim().is_empty() {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (Some(tok), Some(tag)) = (cols.first(), cols.last()) else {
            continue;
        };
        if cols.len() < 2 || !(*tag == "O" || tag.starts_with("B-") || tag.starts_with("I-")) {
            errors.push(ReadError::new(
                path,
                Some(i + 1),
                format!("expected `TOKEN … TAG` with an IOB tag, got {line:?}; document skipped"),
            ));
            bad = true;
            continue;
        }
        sent.push((tok, tag));
    }
    if !sent.is_empty() {
        doc.push(sent);
    }
    flush(&mut doc, doc_line, bad);
    docs
}

fn build(sents: &[Vec<(&str, &str)>], corpus: &str, line: usize, n: usize) -> Doc {
    let mut text = String::new();
    let mut entities = Vec::new();
    let mut reference = None;
    for (si, sent) in sents.iter().enumerate() {
        if si > 0 {
            text.push_str("\n\n");
        }
        let toks: Vec<&str> = sent.iter().map(|t| t.0).collect();
        let spans = detokenize(&mut text, &toks);
        if si < 3 && reference.is_none() {
            reference = toks.iter().find(|t| is_iso_date(t)).map(|t| t.to_string());
        }
        // IOB1 or IOB2: an entity starts at B-, or at I- after O or another type.
        let mut open: Option<(usize, usize, &str)> = None; // start, end, type
        for ((_, tag), &(s, e)) in sent.iter().zip(&spans) {
            let (bi, ty) = match tag.split_once('-') {
                Some((bi, ty)) => (bi, ty),
                None => ("O", ""),
            };
            let continues = bi == "I" && open.is_some_and(|o| o.2 == ty);
            if continues {
                if let Some(o) = open.as_mut() {
                    o.1 = e;
                }
                continue;
            }
            if let Some((os, oe, ot)) = open.take() {
                entities.push(entity(os, oe, ot));
            }
            if bi != "O" {
                open = Some((s, e, ty));
            }
        }
        if let Some((os, oe, ot)) = open.take() {
            entities.push(entity(os, oe, ot));
        }
    }
    Doc {
        id: format!("{corpus}/doc{n:03}@line{line}"),
        corpus: corpus.to_string(),
        language: if corpus.ends_with("_fr") { "fr" } else { "en" }.to_string(),
        text,
        reference_date: reference,
        entities: Some(entities),
        timexes: None,
        quotes: None,
        scored_until: None,
        direct_only: false,
    }
}

fn entity(start: usize, end: usize, ty: &str) -> GoldEntity {
    GoldEntity {
        start,
        end,
        kind: match ty {
            "PER" | "PERS" => "PER",
            "ORG" => "ORG",
            "LOC" => "LOC",
            _ => "MISC",
        }
        .to_string(),
        group: None,
    }
}

pub fn is_iso_date(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}
