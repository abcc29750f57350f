//! AADS-French (direct speech in French fiction; `token sentstart token_idx label file`, a
//! pandas TSV whose fields may be CSV-quoted and span lines): direct-speech runs as
//! direct quotes **without speakers** (the corpus has none: speaker figures skip them).
//!
//! - Text: each token put back at its `(start, end)` character offset in its file, gaps
//!   filled with spaces (whitespace and newline tokens are in the corpus), one document
//!   per `file`.
//! - Quotes: maximal runs of `DS` tokens, cut at line breaks (a quotation over several
//!   paragraphs is one quote per paragraph, as in the guidelines), without the quotation
//!   marks and dialogue dashes at their ends. Fiction, not news: a secondary measure of
//!   French direct-speech detection.

use super::super::model::*;

/// Splits pandas' tab-separated output into records (quoted fields may hold tabs,
/// newlines and doubled quotes). Returns (first line of the record, fields).
fn records(content: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut rec_line = 1;
    let mut chars = content.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if at_start && c == '"' {
            // Quoted field.
            while let Some(q) = chars.next() {
                if q == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        break;
                    }
                } else {
                    if q == '\n' {
                        line += 1;
                    }
                    field.push(q);
                }
            }
            at_start = false;
            continue;
        }
        match c {
            '\t' => {
                fields.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\n' => {
                fields.push(std::mem::take(&mut field));
                out.push((rec_line, std::mem::take(&mut fields)));
                line += 1;
                rec_line = line;
                at_start = true;
            }
            '\r' => {}
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        out.push((rec_line, fields));
    }
    out
}

fn parse_offsets(s: &str) -> Option<(usize, usize)> {
    let inner = s.trim().strip_prefix('(')?.strip_suffix(')')?;
    let (a, b) = inner.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

struct Token {
    start: usize,
    end: usize,
    text: String,
    ds: bool,
}

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let mut files: Vec<(String, Vec<Token>)> = Vec::new();
    for (line, f) in records(content).into_iter().skip(1) {
        if f.len() < 5 {
            if f.iter().any(|x| !x.is_empty()) {
                errors.push(ReadError::new(
                    path,
                    Some(line),
                    format!("expected 5 fields, got {}", f.len()),
                ));
            }
            continue;
        }
        if f[3] == "EOF" {
            continue;
        }
        let Some((start, end)) = parse_offsets(&f[2]) else {
            errors.push(ReadError::new(
                path,
                Some(line),
                format!("bad offsets {:?}; token skipped", f[2]),
            ));
            continue;
        };
        let tok = Token {
            start,
            end,
            text: f[0].clone(),
            ds: f[3] == "DS",
        };
        match files.last_mut() {
            Some((name, toks)) if *name == f[4] => toks.push(tok),
            _ => files.push((f[4].clone(), vec![tok])),
        }
    }
    files
        .into_iter()
        .map(|(name, toks)| build(&name, toks, corpus))
        .collect()
}

fn build(name: &str, toks: Vec<Token>, corpus: &str) -> Doc {
    // Rebuild the text in characters, then convert token offsets to bytes.
    let mut chars: Vec<char> = Vec::new();
    for t in &toks {
        if chars.len() < t.start {
            chars.resize(t.start, ' ');
        }
        for (i, c) in t.text.chars().enumerate() {
            let at = t.start + i;
            if at < chars.len() {
                chars[at] = c;
            } else {
                chars.push(c);
            }
        }
    }
    let text: String = chars.iter().collect();
    let map = CharMap::new(&text);
    let mut quotes = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    let mut close = |run: &mut Option<(usize, usize)>| {
        if let Some((s, e)) = run.take() {
            if let (Some(bs), Some(be)) = (map.byte(s), map.byte(e)) {
                let piece = &text[bs..be];
                let marks: &[char] = &['«', '»', '—', '–', '“', '”', '"', ' ', '\u{a0}', '\n', '-'];
                let lead = piece.len() - piece.trim_start_matches(marks).len();
                let trail = piece.len() - piece.trim_end_matches(marks).len();
                if lead + trail < piece.len() {
                    quotes.push(GoldQuote {
                        parts: vec![(bs + lead, be - trail)],
                        direct: true,
                        speaker: None,
                        speaker_span: None,
                        cue: None,
                        speaker_annotated: false,
                    });
                }
            }
        }
    };
    for t in &toks {
        if t.ds && !t.text.contains('\n') {
            run = Some(match run {
                Some((s, _)) => (s, t.end),
                None => (t.start, t.end),
            });
        } else {
            close(&mut run);
        }
    }
    close(&mut run);
    Doc {
        id: format!("{corpus}/{name}"),
        corpus: corpus.to_string(),
        language: "fr".into(),
        text,
        reference_date: None,
        entities: None,
        timexes: None,
        quotes: Some(quotes),
        scored_until: None,
        direct_only: true,
    }
}
