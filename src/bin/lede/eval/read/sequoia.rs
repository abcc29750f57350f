//! Sequoia with the PARSEME-FR named-entity layer (`.frsemcor`, CoNLL-U plus): French
//! named entities in column 11 (`PARSEME:MWE`).
//!
//! - Text: each sentence's `# text` line (original spacing); tokens are located in it in
//!   order (a multi-word token `4-5 au` gives both words its span).
//! - Entities: expressions whose category is `NE-<TYPE>.final` (the `.prim` metonymy
//!   readings are ignored); PERS→PER, ORG→ORG, LOC→LOC, PROD/EVE→MISC; a nested
//!   expression inside another is dropped (outermost kept).
//! - **Articles**: Sequoia has no document boundaries. Sentences are grouped into
//!   articles: a new article starts at a headline-like sentence (one that does not end
//!   with `. ! ? … : ; » " )`) following a sentence that does, or when the source prefix
//!   of the sentence id changes (`annodis.er`, `Europar.550`, `frwiki_50.1000`, `emea-fr-dev`…).
//!   Sentences are joined one per paragraph (`\n\n`), so a headline stays on its own.
//!   Sub-headings inside an article start a new pseudo-article, which only costs the
//!   analyzer some context. No reference date (the corpus gives none).

use super::super::model::*;
use super::timeml::file_stem;

struct Sentence {
    id: String,
    text: String,
    /// (start, end, type) in the sentence's text.
    entities: Vec<(usize, usize, String)>,
    line: usize,
}

fn headline_like(s: &str) -> bool {
    !s.trim_end()
        .ends_with(['.', '!', '?', '…', ':', ';', '»', '"', ')'])
}

fn source_of(id: &str) -> &str {
    id.trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches('_')
}

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let mut sentences = Vec::new();
    let mut block: Vec<(usize, &str)> = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            if !block.is_empty() {
                match sentence(&block) {
                    Ok(s) => sentences.push(s),
                    Err((l, m)) => errors.push(ReadError::new(
                        path,
                        Some(l),
                        format!("{m}; sentence skipped"),
                    )),
                }
                block.clear();
            }
        } else {
            block.push((i + 1, line));
        }
    }
    if !block.is_empty() {
        match sentence(&block) {
            Ok(s) => sentences.push(s),
            Err((l, m)) => errors.push(ReadError::new(
                path,
                Some(l),
                format!("{m}; sentence skipped"),
            )),
        }
    }
    // Group into articles.
    let mut docs = Vec::new();
    let mut cur: Vec<Sentence> = Vec::new();
    for s in sentences {
        let new_article = cur.last().is_some_and(|p| {
            source_of(&p.id) != source_of(&s.id)
                || (headline_like(&s.text) && !headline_like(&p.text))
        });
        if new_article {
            docs.push(article(std::mem::take(&mut cur), corpus, path));
        }
        cur.push(s);
    }
    if !cur.is_empty() {
        docs.push(article(cur, corpus, path));
    }
    docs
}

fn article(sents: Vec<Sentence>, corpus: &str, path: &str) -> Doc {
    let mut text = String::new();
    let mut entities = Vec::new();
    for s in &sents {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let base = text.len();
        text.push_str(&s.text);
        for (a, b, t) in &s.entities {
            entities.push(GoldEntity {
                start: base + a,
                end: base + b,
                kind: t.clone(),
                group: None,
            });
        }
    }
    let first = sents
        .first()
        .map(|s| (s.id.clone(), s.line))
        .unwrap_or_default();
    Doc {
        id: format!("{corpus}/{}@{}:{}", first.0, file_stem(path), first.1),
        corpus: corpus.to_string(),
        language: "fr".into(),
        reference_date: None,
        text,
        entities: Some(entities),
        timexes: None,
        quotes: None,
        scored_until: None,
        direct_only: false,
    }
}

fn sentence(lines: &[(usize, &str)]) -> Result<Sentence, (usize, String)> {
    let first_line = lines.first().map(|l| l.0).unwrap_or(0);
    let mut id = String::new();
    let mut text: Option<&str> = None;
    // expression number → (token spans, category)
    let mut exprs: std::collections::BTreeMap<u32, (Vec<Range>, Option<String>)> =
        Default::default();
    let mut cursor = 0usize;
    let mut mwt: Option<(u32, u32, Range)> = None;
    for &(ln, line) in lines {
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(v) = c.strip_prefix("sent_id =") {
                id = v.trim().to_string();
            } else if let Some(v) = c.strip_prefix("text =") {
                text = Some(v.strip_prefix(' ').unwrap_or(v));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 11 {
            return Err((
                ln,
                format!("expected 12 tab-separated columns, found {}", cols.len()),
            ));
        }
        let t = text.ok_or((ln, "token before the `# text =` line".to_string()))?;
        let (idc, form) = (cols[0], cols[1]);
        if idc.contains('.') {
            continue; // empty node
        }
        let locate = |cursor: &mut usize| -> Result<Range, (usize, String)> {
            let from = *cursor;
            let at = t
                .get(from..)
                .and_then(|r| r.find(form))
                .ok_or((ln, format!("token {form:?} not found in the sentence text")))?;
            let s = from + at;
            *cursor = s + form.len();
            Ok((s, s + form.len()))
        };
        if let Some((a, b)) = idc.split_once('-') {
            let (a, b) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
            mwt = Some((a, b, locate(&mut cursor)?));
            continue;
        }
        let n: u32 = idc
            .parse()
            .map_err(|_| (ln, format!("bad token id {idc:?}")))?;
        let span = match mwt {
            Some((a, b, r)) if n >= a && n <= b => r,
            _ => locate(&mut cursor)?,
        };
        let mwe = cols[10];
        if mwe == "*" || mwe == "_" {
            continue;
        }
        for item in mwe.split(';') {
            let (num, rest) = match item.split_once(':') {
                Some((n, r)) => (n, Some(r)),
                None => (item, None),
            };
            let Ok(num) = num.trim().parse::<u32>() else {
                continue;
            };
            let e = exprs.entry(num).or_default();
            e.0.push(span);
            if let Some(r) = rest {
                e.1 = r.split('|').nth(1).map(str::to_string);
            }
        }
    }
    let text = text
        .ok_or((first_line, "sentence without a `# text =` line".to_string()))?
        .to_string();
    let mut ents: Vec<(usize, usize, String)> = exprs
        .into_values()
        .filter_map(|(spans, cat)| {
            let cat = cat?;
            let ty = cat.strip_prefix("NE-")?.strip_suffix(".final")?;
            let kind = match ty {
                "PERS" => "PER",
                "ORG" => "ORG",
                "LOC" => "LOC",
                _ => "MISC",
            };
            let s = spans.iter().map(|r| r.0).min()?;
            let e = spans.iter().map(|r| r.1).max()?;
            Some((s, e, kind.to_string()))
        })
        .collect();
    ents.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize, String)> = Vec::new();
    for e in ents {
        if kept.last().is_some_and(|k| e.0 < k.1) {
            continue;
        }
        kept.push(e);
    }
    Ok(Sentence {
        id,
        text,
        entities: kept,
        line: first_line,
    })
}
