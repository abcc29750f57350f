//! PolNeAR (brat standoff): `text/<article>.txt` and `attributions/<article>_<annotator>.ann`;
//! each attribution event (`E… Attribution:T Content:T Cue:T Source:T`) becomes a quote.
//!
//! - Content → the quote's span. Discontinuous contents: a direct one gives one quote per
//!   piece (a quote interrupted by an incise), an indirect one the span from its first to
//!   its last piece.
//! - Source → the speaker (the words as written, often a pronoun) and its span: the
//!   scorer accepts a speaker by name or by overlap of Lede's speaker span with it.
//!   `Attribution-no-source` → no speaker.
//! - **direct** when every piece of the content sits inside quotation marks (it starts
//!   with, or follows, an opening mark and ends with, or is followed by, the closing mark,
//!   with no other mark inside); the marks and a trailing comma are then left out of the
//!   span, as in the project's guidelines. Otherwise indirect (PolNeAR does not label the
//!   kind, and includes attributed beliefs, which Lede's guidelines leave out); a quoted
//!   fragment of three words or more inside an indirect content is also a direct quote of
//!   the same speaker (the guidelines' "partial quote inside reported speech gets both").
//! - Articles annotated by several annotators (agreement study): the first `.ann` in name
//!   order is used.
//! - Reference date: `publication_date` of `metadata.tsv` (in the folder above `text/`).
//!
//! brat offsets count code points; they are checked against the covered text given in
//! the `.ann` and converted to bytes.

use super::super::model::*;
use std::collections::HashMap;
use std::path::Path;

const OPEN: &[char] = &['"', '“', '«', '‘', '\'', '„'];
const CLOSE: &[char] = &['"', '”', '»', '’', '\'', '“'];

pub fn article_of(ann: &Path) -> Option<String> {
    let stem = ann.file_stem()?.to_string_lossy().into_owned();
    Some(match stem.rsplit_once('_') {
        Some((a, who)) if who.len() <= 6 && who.chars().all(|c| c.is_ascii_alphanumeric()) => {
            a.to_string()
        }
        _ => stem,
    })
}

fn metadata_date(dir: &Path, article: &str) -> Option<String> {
    let meta = std::fs::read_to_string(dir.join("metadata.tsv")).ok()?;
    let mut lines = meta.lines();
    let head: Vec<&str> = lines.next()?.split('\t').collect();
    let fname = head.iter().position(|h| *h == "filename")?;
    let date = head.iter().position(|h| *h == "publication_date")?;
    lines
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .find(|c| c.get(fname) == Some(&article))
        .and_then(|c| c.get(date).map(|d| d.to_string()))
        .filter(|d| d.len() >= 10)
        .map(|d| d[..10].to_string())
}

pub fn read(path: &str, content: &str, corpus: &str, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let p = Path::new(path);
    let Some(article) = article_of(p) else {
        return Vec::new();
    };
    let dir = p.parent().unwrap_or(Path::new("."));
    // Several annotators: only the first file in name order counts.
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut same: Vec<String> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|q| {
                q.extension().is_some_and(|x| x == "ann")
                    && article_of(q).as_deref() == Some(&article)
            })
            .map(|q| q.to_string_lossy().into_owned())
            .collect();
        same.sort();
        if same
            .first()
            .is_some_and(|f| Path::new(f).file_name() != p.file_name())
        {
            return Vec::new();
        }
    }
    let base = dir.parent().unwrap_or(Path::new("."));
    let text_path = base.join("text").join(format!("{article}.txt"));
    let text = match std::fs::read_to_string(&text_path) {
        Ok(t) => t,
        Err(e) => {
            errors.push(ReadError::new(
                path,
                None,
                format!("its text {}: {e}", text_path.display()),
            ));
            return Vec::new();
        }
    };
    let map = CharMap::new(&text);
    // T id → (type, pieces)
    let mut spans: HashMap<&str, (&str, Vec<Range>)> = HashMap::new();
    let mut events: Vec<(usize, Vec<(&str, &str)>)> = Vec::new();
    for (i, line) in content.lines().enumerate() {
        let mut cols = line.split('\t');
        let (Some(id), Some(mid)) = (cols.next(), cols.next()) else {
            continue;
        };
        let covered = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let (ty, offs) = mid.split_once(' ').unwrap_or((mid, ""));
            let mut pieces = Vec::new();
            for frag in offs.split(';') {
                let mut nums = frag.split_whitespace().map(|n| n.parse::<usize>());
                let (Some(Ok(s)), Some(Ok(e))) = (nums.next(), nums.next()) else {
                    errors.push(ReadError::new(
                        path,
                        Some(i + 1),
                        format!("bad offsets {offs:?}; annotation skipped"),
                    ));
                    pieces.clear();
                    break;
                };
                match (map.byte(s), map.byte(e)) {
                    (Some(bs), Some(be)) if bs <= be => pieces.push((bs, be)),
                    _ => {
                        errors.push(ReadError::new(
                            path,
                            Some(i + 1),
                            format!("offsets {s}..{e} outside the text; annotation skipped"),
                        ));
                        pieces.clear();
                        break;
                    }
                }
            }
            if pieces.is_empty() {
                continue;
            }
            let got: Vec<&str> = pieces.iter().map(|&(s, e)| &text[s..e]).collect();
            if !covered.is_empty() && got.join(" ") != covered && got.concat() != covered {
                errors.push(ReadError::new(
                    path,
                    Some(i + 1),
                    format!(
                        "offsets give {:?}, the file says {covered:?}; annotation skipped",
                        got.join(" ")
                    ),
                ));
                continue;
            }
            spans.insert(id, (ty, pieces));
        } else if id.starts_with('E') {
            let roles = mid
                .split_whitespace()
                .filter_map(|r| r.split_once(':'))
                .collect();
            events.push((i + 1, roles));
        }
    }
    let mut quotes = Vec::new();
    for (_, roles) in &events {
        let get = |prefix: &str| -> Vec<&(&str, Vec<Range>)> {
            roles
                .iter()
                .filter(|(r, _)| r.starts_with(prefix))
                .filter_map(|(_, t)| spans.get(t))
                .collect()
        };
        let contents = get("Content");
        if contents.is_empty() {
            continue;
        }
        let mut parts: Vec<Range> = contents.iter().flat_map(|c| c.1.iter().copied()).collect();
        parts.sort();
        parts.retain(|&(s, e)| !text[s..e].trim().is_empty());
        if parts.is_empty() {
            continue;
        }
        let parts: Vec<Range> = parts.into_iter().map(|(s, e)| trim(&text, s, e)).collect();
        let direct = parts.iter().all(|&(s, e)| quoted(&text, s, e).is_some());
        // A direct quote interrupted by an incise ("A," he said, "B") is one quote per
        // piece (as in the guidelines); reported speech around an inserted attribution
        // ("The plan, she says, will fail") is one span over the whole clause.
        let pieces: Vec<Vec<Range>> = if direct {
            parts
                .iter()
                .filter_map(|&(s, e)| quoted(&text, s, e))
                .map(|r| vec![r])
                .collect()
        } else {
            let hull = (
                parts.iter().map(|p| p.0).min().unwrap_or(0),
                parts.iter().map(|p| p.1).max().unwrap_or(0),
            );
            vec![vec![hull]]
        };
        let source = get("Source").first().and_then(|s| {
            let (a, b) = (s.1.first()?.0, s.1.last()?.1);
            Some((text[a..b].to_string(), (a, b)))
        });
        let cue = get("Cue").first().and_then(|c| {
            let (a, b) = (c.1.first()?.0, c.1.last()?.1);
            Some(text[a..b].to_string())
        });
        // A partial quote inside reported speech is also a direct quote in the project's
        // guidelines; PolNeAR annotates only the mixed attribution around it. Quoted
        // fragments of three words or more inside an indirect content are added as direct
        // quotes of the same speaker.
        let mut pieces: Vec<(Vec<Range>, bool)> = pieces.into_iter().map(|p| (p, direct)).collect();
        if !direct {
            let hull = pieces
                .first()
                .and_then(|p| p.0.first().copied())
                .unwrap_or((0, 0));
            for r in inner_quotes(&text, hull.0, hull.1) {
                pieces.push((vec![r], true));
            }
        }
        for (parts, direct) in pieces {
            quotes.push(GoldQuote {
                parts,
                direct,
                speaker: source.as_ref().map(|s| s.0.clone()),
                speaker_span: source.as_ref().map(|s| s.1),
                cue: cue.clone(),
                speaker_annotated: true,
            });
        }
    }
    quotes.sort_by_key(|q| q.hull());
    vec![Doc {
        id: format!("{corpus}/{article}"),
        corpus: corpus.to_string(),
        language: "en".into(),
        reference_date: metadata_date(base, &article),
        text,
        entities: None,
        timexes: None,
        quotes: Some(quotes),
        scored_until: None,
        direct_only: false,
    }]
}

fn trim(text: &str, s: usize, e: usize) -> Range {
    super::timeml::trim(text, s, e)
}

/// Quoted fragments of at least three words inside `text[s..e]` (curly or straight double
/// quotation marks, or guillemets), without their marks and a trailing comma.
pub fn inner_quotes(text: &str, s: usize, e: usize) -> Vec<Range> {
    let mut out = Vec::new();
    let piece = &text[s..e];
    let mut open: Option<(usize, char)> = None;
    for (i, c) in piece.char_indices() {
        match (open, c) {
            (None, '“' | '"' | '«') => open = Some((i + c.len_utf8(), c)),
            (Some((a, o)), '”' | '"' | '»')
                if (o == '“' && c == '”') || (o == '"' && c == '"') || (o == '«' && c == '»') =>
            {
                let inner = &piece[a..i];
                let kept = inner.trim_end().trim_end_matches(',').trim_end();
                if kept.split_whitespace().count() >= 3 {
                    let (x, y) = trim(text, s + a, s + a + kept.len());
                    if x < y {
                        out.push((x, y));
                    }
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// When `text[s..e]` is a quotation (inside marks, its own or the surrounding ones), the
/// span of what lies between the marks — final `. ! ? …` kept, a trailing comma dropped.
pub fn quoted(text: &str, s: usize, e: usize) -> Option<Range> {
    let piece = &text[s..e];
    let (mut a, mut b) = (s, e);
    // Opening mark: first char of the piece, or just before it.
    if piece.starts_with(OPEN) {
        a += piece.chars().next()?.len_utf8();
    } else {
        let before = text[..s].trim_end_matches(' ');
        if !before.ends_with(OPEN) {
            return None;
        }
    }
    // Closing mark: at the end of the piece (maybe followed by punctuation), or just after.
    let inner = &text[a..b];
    let tail_punct = inner.len() - inner.trim_end_matches(['.', ',', ';', ':', '!', '?']).len();
    let core_end = b - tail_punct;
    if text[a..core_end].ends_with(CLOSE) && core_end > a {
        let mark = text[a..core_end].chars().last()?.len_utf8();
        b = core_end - mark;
    } else {
        let after = text[e..].trim_start_matches(' ');
        let after = after.trim_start_matches([',', '.', '!', '?']);
        if !after.starts_with(CLOSE) && !text[e..].starts_with(CLOSE) {
            return None;
        }
    }
    let inner = &text[a..b];
    // A mark inside means a mixed quote ("A" and "B"), not one quotation.
    if inner.contains(['"', '“', '”', '«', '»']) {
        return None;
    }
    let inner_trim = inner.trim_end().trim_end_matches(',').trim_end();
    let (a2, b2) = trim(text, a, a + inner_trim.len());
    (a2 < b2).then_some((a2, b2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_spans_lose_their_marks() {
        let t = "He said “we will win.” Then: “Not now,” she said. Not “quoted” here.";
        let s = t.find("we").unwrap();
        let e = t.find(".”").unwrap() + ".”".len();
        let (a, b) = quoted(t, s, e).unwrap();
        assert_eq!(&t[a..b], "we will win.");
        let s = t.find("Not now").unwrap();
        let e = s + "Not now,".len();
        let (a, b) = quoted(t, s, e).unwrap();
        assert_eq!(&t[a..b], "Not now");
        let s = t.find("Not “").unwrap();
        assert_eq!(quoted(t, s, t.len() - 1), None);
    }

    #[test]
    fn partial_quotes_inside_reported_speech_are_found() {
        let t = "She said the plan would “keep the details under wraps,” and “fail”.";
        let r = inner_quotes(t, 0, t.len());
        assert_eq!(r.len(), 1, "one-word fragments are not quotes");
        assert_eq!(&t[r[0].0..r[0].1], "keep the details under wraps");
    }
}
