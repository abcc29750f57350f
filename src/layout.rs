//! Layout: the parts of an article around its body — headline, date line (and from it
//! the reference date), place dateline, byline, photo captions and credits.
//!
//! Reads the document's paragraphs and tokens; knows no entity, date expression or
//! quote. The date line is parsed here with the month and weekday names of the language
//! tables (`Common::months`), because the reference date it gives must exist before the
//! dates stage runs. An outlet may print its date line or its credits in another
//! language than the article (the seed: a French article under "December 30, 2018
//! 07:19"), so every supported language's tables are tried, the article's first.
//!
//! Conservative by design: a body paragraph must never be taken for a headline or a
//! caption, because the later stages skip or down-weight non-body paragraphs. Each rule
//! asks for positive evidence (a position near the top, a length, a cue word followed
//! by a name, a credit mark) and gives up on doubt.
//!
//! Cost: each paragraph is looked at once, and only its first few hundred bytes.

use crate::analysis::{DateLine, LayoutInfo, PlaceLine, TextSpan};
use crate::calendar::Date;
use crate::document::{Document, Token, TokenKind};
use crate::language::Tables;

/// The layout found, with byte offsets, plus the parsed date-line date.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub info: LayoutInfo,
    /// The date the date line gives, if any.
    pub date: Option<Date>,
    /// The day and month a place dateline gives without a year (`GENEVA, June 12
    /// (Reuters) -`): (month, day).
    pub month_day: Option<MonthDay>,
    /// Paragraph indices that are not body text (headline, date line, byline, captions),
    /// sorted, without duplicates. The place dateline's paragraph is body text.
    pub non_body: Vec<usize>,
}

impl Layout {
    /// Is paragraph `i` body text (not headline, date line, byline or caption)?
    pub fn is_body(&self, i: usize) -> bool {
        self.non_body.binary_search(&i).is_err()
    }
}

/// A time of day as (hour, minute), when the line gives one.
pub type Time = Option<(u8, u8)>;

/// A month and a day, (month, day), without a year.
pub type MonthDay = (u8, u8);

/// Paragraphs from the top where a date line or byline may stand.
const HEAD_ZONE: usize = 6;
/// Longest date line, byline and headline, in chars.
const MAX_DATELINE: usize = 160;
const MAX_BYLINE: usize = 160;
const MAX_HEADLINE: usize = 200;
/// Longest caption paragraph, in chars.
const MAX_CAPTION: usize = 400;

/// The tables to try for layout words: the article's, then the other supported ones.
fn all_tables(tables: &'static Tables) -> impl Iterator<Item = &'static Tables> {
    std::iter::once(tables).chain(
        crate::language::SUPPORTED
            .iter()
            .map(|c| crate::language::tables(c))
            .filter(move |t| t.code != tables.code),
    )
}

/// Finds the layout of `doc`.
pub fn detect(doc: &Document, tables: &'static Tables) -> Layout {
    let mut layout = Layout::default();
    let paras = &doc.paragraphs;
    if paras.is_empty() {
        return layout;
    }
    // Is paragraph `i` at most `max` chars long? (A char is 1 to 4 bytes: the byte
    // length mostly answers without counting.)
    let short = |i: usize, max: usize| {
        let t = doc.paragraph_text(i);
        t.len() <= max || t.len() <= 4 * max && t.chars().count() <= max
    };

    // Date line: among the first paragraphs, a short one made only of a date, a time and
    // the words around them; or a byline paragraph that ends with such a part.
    for (i, p) in paras.iter().enumerate().take(HEAD_ZONE) {
        let text = doc.paragraph_text(i);
        // a date line is short and has digits (see `parse_dateline`): the byte length
        // first (a body paragraph is never scanned), then the digits eight bytes at a time
        if text.len() > 4 * MAX_DATELINE
            || !has_ascii_digit(text.as_bytes())
            || !short(i, MAX_DATELINE)
        {
            continue;
        }
        let found = all_tables(tables).find_map(|t| {
            parse_dateline(text, t)
                .map(|(d, tm)| (d, tm, 0))
                .or_else(|| dateline_in_parts(text, t))
        });
        if let Some((date, time, offset)) = found {
            layout.date = Some(date);
            layout.info.dateline = Some(DateLine {
                start: p.start + offset,
                end: p.end,
                text: doc.slice(p.start + offset, p.end).to_string(),
                date: Some(date.iso()),
                time: time.map(|(h, m)| format!("{h:02}:{m:02}")),
            });
            // A line that carries the date after a separator ("Par X - Publié le …",
            // "Monde | 30/12/2018") is not body text either.
            layout.non_body.push(i);
            break;
        }
    }

    // Byline: near the top, short, "Par"/"By" followed by a capitalized name.
    for (i, p) in paras.iter().enumerate().take(HEAD_ZONE) {
        if is_byline(doc.paragraph_tokens(i), tables) && short(i, MAX_BYLINE) {
            let end = match &layout.info.dateline {
                Some(d) if d.start > p.start && d.start < p.end => {
                    trim_separator(doc.text, p.start, d.start)
                }
                _ => p.end,
            };
            layout.info.byline = Some(TextSpan::new(doc.text, p.start, end));
            layout.non_body.push(i);
            break;
        }
    }

    // Captions and credits, anywhere (the cheap cue tests before counting chars).
    for (i, p) in paras.iter().enumerate() {
        if is_caption(doc, i, tables) && short(i, MAX_CAPTION) {
            layout
                .info
                .captions
                .push(TextSpan::new(doc.text, p.start, p.end));
            layout.non_body.push(i);
        }
    }

    // Headline: the first paragraph, when it is short, does not read as a sentence of
    // the body, and more text follows.
    if paras.len() > 1
        && !layout.non_body.contains(&0)
        && short(0, MAX_HEADLINE)
        && is_headline(doc, 0)
        && find_place(doc, 0, tables).is_none()
    {
        let p = paras[0];
        layout.info.headline = Some(TextSpan::new(doc.text, p.start, p.end));
        layout.non_body.push(0);
    }

    crate::sort::natural(&mut layout.non_body);
    layout.non_body.dedup();
    // Place dateline: opens one of the first two body paragraphs (the first may be a
    // headline or standfirst too plain to be told from body text).
    let place = (0..paras.len().min(HEAD_ZONE + 2))
        .filter(|&i| layout.is_body(i))
        .take(2)
        .find_map(|i| find_place(doc, i, tables));
    if let Some((line, date, month_day)) = place {
        // (a date line of its own comes first)
        layout.date = layout.date.or(date);
        layout.month_day = month_day;
        layout.info.place = Some(line);
    }
    layout
}

/// Does `text` hold an ASCII digit? Eight bytes at a time.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        if crate::swar::between(x, b'0' - 1, b'9' + 1) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// The end of `start..end` with a trailing separator (` - `, `|`, `,`) removed.
fn trim_separator(text: &str, start: usize, end: usize) -> usize {
    let s = text.get(start..end).unwrap_or("");
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | ',' | '·' | '•' | '/')
    });
    start + t.len()
}

/// The first paragraph as a headline: starts with a capital (or a digit or a quotation
/// mark), ends without a full stop, is not a caption or byline, holds at least two words.
fn is_headline(doc: &Document, i: usize) -> bool {
    let toks = doc.paragraph_tokens(i);
    let text = doc.paragraph_text(i);
    let words = toks.iter().filter(|t| t.is_word()).count();
    // leading quotation marks and emoji (a flag before a headline) are not the start
    let Some(first) = toks
        .iter()
        .find(|t| !t.is_quote() && t.kind != TokenKind::Symbol)
    else {
        return false;
    };
    let starts_well = first.is_capitalized() || first.is_number();
    // A full stop at the end reads as body text; a headline may end with ? ! or a quote.
    let ends_well = !text.ends_with(['.', ':', ',', ';']) || text.ends_with("...");
    let (s0, s1) = doc.paragraphs[i].sentences;
    words >= 2 && starts_well && ends_well && s1 - s0 <= 2
}

/// Is this paragraph a byline: `Par Jean Dupont`, `By Jane Smith and John Doe`,
/// `Par Marie X, envoyée spéciale à Kiev`? The cue word must be followed by a capitalized
/// word that is not a month or weekday ("By Monday, …" opens a body sentence), and the
/// paragraph must not end like a sentence.
fn is_byline(toks: &[Token], tables: &'static Tables) -> bool {
    let (Some(cue), Some(name)) = (toks.first(), toks.get(1)) else {
        return false;
    };
    // (the name's token flags first: most first words are followed by no capitalized
    // word, and need no table)
    if !(name.is_word() && name.is_capitalized()) {
        return false;
    }
    let cue_ok = all_tables(tables).any(|t| cue.in_lower(t.common.byline_words));
    if !cue_ok {
        return false;
    }
    let calendar_word = all_tables(tables).any(|t| {
        t.common.months.iter().any(|(m, _)| name.eq_lower(m))
            || t.common.weekdays.iter().any(|(w, _)| name.eq_lower(w))
    });
    let name_ok = name.is_word() && name.is_capitalized() && !calendar_word;
    let last = toks.last().map_or("", |t| t.text);
    let sentence_end = matches!(last, "." | "!" | "?") && !toks.iter().any(|t| t.is_all_caps());
    cue_ok && name_ok && !sentence_end && toks.len() <= 40
}

/// A caption cue of some language's tables, split into its words.
struct Cue {
    head: &'static str,
    /// The words after the first one (empty for a one-word cue).
    rest: Vec<&'static str>,
}

/// The caption cues of every supported language (layout words are tried in all of
/// them), built once; and a quick rejection: the first bytes and lengths of their first
/// words.
struct Cues {
    cues: Vec<Cue>,
    first_bytes: [bool; 256],
    /// Bit `n` set when some first word is `n` bytes long (all are shorter than 64).
    lens: u64,
    max_len: usize,
}

fn caption_cues() -> &'static Cues {
    static CUES: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = Vec::new();
        let mut first_bytes = [false; 256];
        let mut max_len = 0;
        let mut lens = 0u64;
        for code in crate::language::SUPPORTED {
            for w in crate::language::tables(code).common.caption_words {
                let mut parts = w.split(' ');
                let head = parts.next().unwrap_or("");
                if let Some(&b) = head.as_bytes().first() {
                    first_bytes[usize::from(b)] = true;
                }
                max_len = max_len.max(head.len());
                lens |= 1u64.checked_shl(head.len() as u32).unwrap_or(0);
                cues.push(Cue {
                    head,
                    rest: parts.collect(),
                });
            }
        }
        Cues {
            cues,
            first_bytes,
            lens,
            max_len,
        }
    })
}

/// Is the word at `toks[k]` a caption cue ("Photo", "Crédit photo", "Credit")? Returns
/// the index after the cue. `toks` are the document's tokens from index `base` on. The
/// cues of every supported language are tried (the longest wins, so their order does
/// not matter).
fn caption_cue(doc: &Document, base: usize, toks: &[Token], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if !t.is_word() {
        return None;
    }
    // folded once by the document: compared with `==`
    let low = |j: usize| doc.lower(base + j);
    let first = low(k);
    let cues = caption_cues();
    // most words: not a cue's first letter or longer than any cue (checked before the list)
    let b = first.as_bytes().first().copied().unwrap_or(0);
    if first.len() > cues.max_len
        || !cues.first_bytes[usize::from(b)]
        || cues.lens.checked_shr(first.len() as u32).unwrap_or(0) & 1 == 0
    {
        return None;
    }
    // the longest cue wins ("crédit photo" over "crédit")
    let mut best = None;
    for cue in &cues.cues {
        // the first word decides most cues: look at the rest only when it matches
        if first != cue.head {
            continue;
        }
        // multi-word cues ("crédit photo")
        let mut j = k + 1;
        let mut ok = true;
        for part in &cue.rest {
            match toks.get(j) {
                Some(x) if low(j) == *part && x.space_before => j += 1,
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && best.is_none_or(|b| j > b) {
            best = Some(j);
        }
    }
    best
}

/// After a caption cue: `:`, `/`, `©`, or a byline word ("Photo by", "Photo par").
fn credit_follows(toks: &[Token], j: usize, tables: &'static Tables) -> bool {
    match toks.get(j) {
        Some(t) if t.kind == TokenKind::Punct || t.kind == TokenKind::Symbol => {
            matches!(t.text, ":" | "/" | "©" | "-" | "–" | "—" | "|")
        }
        Some(t) if t.is_word() => all_tables(tables).any(|tb| t.in_lower(tb.common.byline_words)),
        _ => false,
    }
}

/// A photo credit written the agencies' way: a name in capitals (one to five words), a
/// slash, the agency or outlet in one to three capitalized words (`LUDOVIC MARIN / AFP`,
/// `JANE DOE/REUTERS`).
fn photo_credit(toks: &[Token]) -> bool {
    let toks = match toks.last() {
        Some(t) if t.is_punct(".") => &toks[..toks.len() - 1],
        _ => toks,
    };
    // (the slash among the last five tokens: a paragraph's words are not all read)
    let from = toks.len().saturating_sub(5);
    let Some(j) = toks[from..]
        .iter()
        .position(|t| t.text == "/")
        .map(|j| from + j)
    else {
        return false;
    };
    let (name, agency) = (&toks[..j], &toks[j + 1..]);
    (1..=5).contains(&name.len())
        && (1..=3).contains(&agency.len())
        && name.iter().all(|t| t.is_word() && t.is_all_caps())
        && name.iter().map(|t| t.text.len()).sum::<usize>() >= 4
        && agency.iter().all(|t| t.is_word() && t.is_capitalized())
}

/// Is paragraph `i` a photo caption or credit?
/// - it opens with a cue followed by a credit mark: `Photo : …`, `Photo: AFP`,
///   `(Photo by …/Getty Images)`, `Crédit : …`, `© AFP`;
/// - or a short cue line without a final full stop: `Photo AFP`;
/// - or its last sentence is such a credit (the seed: a caption paragraph ending with
///   `Photo :Ministère turc des Affaires étrangères.`), or it ends with one in brackets.
fn is_caption(doc: &Document, i: usize, tables: &'static Tables) -> bool {
    let toks = doc.paragraph_tokens(i);
    let text = doc.paragraph_text(i);
    let p = doc.paragraphs[i];
    let opens_with_credit = |toks: &[Token], base: usize| {
        let k = usize::from(toks.first().is_some_and(|t| t.is_punct("(")));
        if toks.get(k).is_some_and(|t| t.text == "©") {
            return true;
        }
        caption_cue(doc, base, toks, k).is_some_and(|j| credit_follows(toks, j, tables))
    };
    // (the cue at the first token, asked once for the two tests that need it)
    let cue0 = caption_cue(doc, p.tokens.0, toks, 0);
    let opens = match toks.first() {
        Some(t) if t.is_punct("(") => opens_with_credit(toks, p.tokens.0),
        _ => {
            toks.first().is_some_and(|t| t.text == "©")
                || cue0.is_some_and(|j| credit_follows(toks, j, tables))
        }
    };
    if opens {
        return true;
    }
    // "Photo AFP": a cue and a few capitalized words, nothing like a sentence
    if cue0.is_some()
        && toks.len() <= 8
        && !text.ends_with('.')
        && toks
            .iter()
            .skip(1)
            .all(|t| !t.is_word() || t.is_capitalized())
    {
        return true;
    }
    // The last sentence is a credit, or the paragraph ends with "(Photo …)".
    let (s0, s1) = p.sentences;
    if s1 > s0 + 1 {
        let last = doc.sentence_tokens(s1 - 1);
        let base = doc.sentences.get(s1 - 1).map_or(0, |s| s.tokens.0);
        if opens_with_credit(last, base) && last.len() <= 16 {
            return true;
        }
    }
    // "Des manifestants à Paris, le 19 février. STEPHANE DE SAKUTIN / AFP": the
    // photographer's name in capitals, a slash, the agency
    // (a slash near the paragraph's end first: most paragraphs have none)
    let tail = text.as_bytes();
    let near_end = &tail[tail.len().saturating_sub(64)..];
    if s1 > s0 && near_end.contains(&b'/') && photo_credit(doc.sentence_tokens(s1 - 1)) {
        return true;
    }
    let closed = toks.last().is_some_and(|t| t.is_punct(")"))
        || toks.len() >= 2 && toks[toks.len() - 2].is_punct(")");
    if !closed {
        return false;
    }
    // (a tail of at most 16 tokens: the last "(" is looked for among the last 16 only)
    let from = toks.len().saturating_sub(16);
    let last_open = toks
        .get(from..)
        .and_then(|t| t.iter().rposition(|t| t.is_punct("(")));
    if let Some(open) = last_open.map(|r| from + r) {
        let tail = &toks[open..];
        if open > 0 && tail.len() <= 16 && opens_with_credit(tail, p.tokens.0 + open) {
            return true;
        }
    }
    false
}

/// A place dateline opening paragraph `i`: `MOSCOU (AFP) -`, `WASHINGTON —`,
/// `PARIS, 3 mars (Reuters) -`, `NEW YORK (AP) —`, `Moscou (AFP) -`.
///
/// The place is in capitals, or capitalized words followed by an agency in brackets; an
/// optional date after a comma; the agency in brackets; then a dash.
/// The place dateline opening paragraph `i`, with the date it gives, if a full one, or
/// its month and day.
fn find_place(
    doc: &Document,
    i: usize,
    tables: &'static Tables,
) -> Option<(PlaceLine, Option<Date>, Option<MonthDay>)> {
    let toks = doc.paragraph_tokens(i);
    let p = doc.paragraphs.get(i)?;
    // the dash within the first 16 tokens
    let dash = toks
        .iter()
        .take(16)
        .position(|t| matches!(t.text, "-" | "–" | "—" | "--") && t.kind == TokenKind::Punct)?;
    if dash == 0 || !toks.get(dash + 1).is_some_and(|t| t.space_before) {
        return None;
    }
    let head = &toks[..dash];
    // place words up to "(" or ","
    let place_end = head
        .iter()
        .position(|t| t.is_punct("(") || t.is_punct(","))
        .unwrap_or(head.len());
    let place = &head[..place_end];
    if place.is_empty() || place.len() > 6 {
        return None;
    }
    let word_like = |t: &Token| t.is_word() || matches!(t.text, "-" | "'" | "’" | ".");
    if !place.iter().all(word_like) || !place.first().is_some_and(|t| t.is_capitalized()) {
        return None;
    }
    let all_caps = place
        .iter()
        .filter(|t| t.is_word())
        .all(|t| t.is_all_caps() || t.is_initial());
    // optional ", Ore." / ", Texas" (a region, after a place in capitals), then
    // optional ", 3 mars" / ", March 3"
    let mut k = place_end;
    let is_month = |t: &Token| {
        all_tables(tables).any(|tb| tb.common.months.iter().any(|(m, _)| t.eq_lower(m)))
    };
    if all_caps && head.get(k).is_some_and(|t| t.is_punct(",")) {
        let region = head[k + 1..]
            .iter()
            .take_while(|t| (t.is_word() && t.is_capitalized() && !is_month(t)) || t.is_punct("."))
            .count();
        if (1..=4).contains(&region) && head.get(k + 1).is_some_and(Token::is_word) {
            k += 1 + region;
        }
    }
    // optional "(Rhône)": the department or state in brackets, before the date or the
    // agency ("VÉNISSIEUX (Rhône), 15 mars 2026 (AFP) -")
    if head.get(k).is_some_and(|t| t.is_punct("(")) {
        if let Some(close) = head[k..]
            .iter()
            .position(|t| t.is_punct(")"))
            .map(|c| c + k)
        {
            let inner = &head[k + 1..close];
            let region = (1..=4).contains(&inner.len())
                && inner
                    .iter()
                    .all(|t| t.is_word() && t.is_capitalized() && !is_month(t) || t.text == "-");
            if region
                && head
                    .get(close + 1)
                    .is_some_and(|t| t.is_punct(",") || t.is_punct("("))
            {
                k = close + 1;
            }
        }
    }
    let mut date = None;
    let mut month_day = None;
    if head.get(k).is_some_and(|t| t.is_punct(",")) {
        k += 1;
        let date_start = k;
        while let Some(t) = head.get(k) {
            // ("March 5, 2026": a comma before the year)
            let year_comma = t.is_punct(",") && head.get(k + 1).is_some_and(Token::is_number);
            if t.is_number() || is_month(t) || t.is_punct(".") || year_comma {
                k += 1;
            } else {
                break;
            }
        }
        if k == date_start {
            return None;
        }
        // "NOUMÉA, 14 octobre 2025 (AFP) -": a full date is the article's date
        let (a, b) = (head[date_start].start, head[k - 1].end);
        date = all_tables(tables).find_map(|t| parse_dateline(doc.slice(a, b), t).map(|d| d.0));
        // "GENEVA, June 12 (Reuters) -", "PARIS, 3 mars (AFP) -": a month and the day
        // next to it, no year
        if date.is_none() {
            let part = &head[date_start..k];
            let day = |t: Option<&Token>| {
                t.filter(|t| t.is_number() && t.text.len() <= 2)
                    .and_then(|t| t.text.parse::<u8>().ok())
                    .filter(|d| (1..=31).contains(d))
            };
            month_day = part.iter().enumerate().find_map(|(n, t)| {
                let month = all_tables(tables).find_map(|tb| {
                    tb.common
                        .months
                        .iter()
                        .find(|(m, _)| t.eq_lower(m))
                        .map(|(_, x)| *x)
                })?;
                let after = part[n + 1..].iter().find(|t| !t.is_punct("."));
                let d = day(n.checked_sub(1).and_then(|b| part.get(b))).or(day(after))?;
                Some((month, d))
            });
        }
    }
    // optional "(AGENCY)"
    let mut agency = None;
    if head.get(k).is_some_and(|t| t.is_punct("(")) {
        let close = head[k..].iter().position(|t| t.is_punct(")"))? + k;
        let inner = &head[k + 1..close];
        if inner.is_empty()
            || inner.len() > 5
            || !inner
                .iter()
                .all(|t| t.is_capitalized() || !t.is_word() && !t.is_number())
        {
            return None;
        }
        agency = Some((inner[0].start, inner[inner.len() - 1].end));
        k = close + 1;
    }
    if k != head.len() || !(all_caps || agency.is_some()) {
        return None;
    }
    let (ps, pe) = (place.first()?.start, place.last()?.end);
    let end = toks[dash].end;
    Some((
        PlaceLine {
            start: p.start,
            end,
            text: doc.slice(p.start, end).to_string(),
            place: TextSpan::new(doc.text, ps, pe),
            agency: agency.map(|(a, b)| TextSpan::new(doc.text, a, b)),
        },
        date,
        month_day,
    ))
}

/// A date line after a separator inside a longer line: `Par Jean Dupont - Publié le
/// 30/12/2018 à 14h05`. Returns the date, the time and the byte offset of the part.
fn dateline_in_parts(text: &str, tables: &Tables) -> Option<(Date, Time, usize)> {
    // every date line has a digit: none from here on, none found (see `parse_dateline`)
    let last_digit = text.bytes().rposition(|b| b.is_ascii_digit())?;
    // Every part tried below runs to the end of the text, after whitespace: its last word
    // is the text's. A last word no date line can hold rules them all out (most lines:
    // a headline, a sentence), whatever comes before it.
    let owned;
    let words = match LineWords::cached(tables) {
        Some(w) => w,
        None => {
            owned = LineWords::new(tables.common);
            &owned
        }
    };
    let last = line_word_split(text).next_back()?;
    line_word(last, None, tables, words)?;
    let seps = [" - ", " – ", " — ", " | ", " · ", " • ", "\n"];
    // the first separator at or after `from` (they start with a space or are a line
    // break, and no two start at the same place): one pass over the bytes
    let next_sep = |from: usize| {
        let rest = text.as_bytes().get(from..)?;
        rest.iter()
            .enumerate()
            .filter(|(_, &b)| b == b' ' || b == b'\n')
            .find_map(|(k, _)| {
                let at = text.get(from + k..)?;
                let sep = seps.iter().find(|s| at.starts_with(*s))?;
                Some((from + k, sep.len()))
            })
    };
    let mut from = 0;
    while let Some((k, len)) = next_sep(from) {
        if k > last_digit {
            break;
        }
        let part = text.get(k + len..)?;
        if let Some((d, t)) = parse_dateline(part, tables) {
            return Some((d, t, k + len));
        }
        from = k + len;
    }
    // A place before the date: `Nîmes, 14 juillet 2026`, `Saint-Étienne, le 3 mars 2026
    // à 18 h`, `London, March 3, 2026` — a short capitalized name without digits, then a
    // comma
    if let Some(k) = text.find(", ").filter(|&k| k < last_digit) {
        let place = text.get(..k)?;
        // (every word capitalized, an elided article's word after its apostrophe:
        // `Villeneuve d'Ascq`; not a sentence, `Il est parti hier, le 3 mars 2014.`)
        let capitalized = place.split(' ').all(|w| {
            let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
            w.chars().next().is_some_and(char::is_uppercase)
        });
        // (not a byline: `By Jane Smith, CNN Updated …` is read below, from its cue)
        let byline = place.split(' ').next().is_some_and(|w| {
            tables
                .common
                .byline_words
                .iter()
                .any(|b| crate::document::eq_lower(w, b))
        });
        if capitalized
            && !byline
            && place.split(' ').count() <= 4
            && !place.bytes().any(|b| b.is_ascii_digit() || b == b'\n')
        {
            if let Some((d, t)) = text.get(k + 2..).and_then(|p| parse_dateline(p, tables)) {
                return Some((d, t, k + 2));
            }
        }
    }
    // No separator: a date line may start at a cue word ("Par Le Figaro avec AFP Publié
    // le 30/12/2018 à 14:05", "By Jane Smith, CNN Updated 7:19 AM EST…"). The cues are
    // the first words of the tables' multi-word date-line entries.
    let mut at = 0;
    for word in text.split(' ') {
        let start = at;
        at += word.len() + 1;
        if start > last_digit {
            break;
        }
        if start == 0 {
            continue;
        }
        let w = word.trim_end_matches(':');
        // equal words start with the same letter: compare that one first
        let f = first_folded(w);
        if words
            .cues
            .iter()
            .any(|&(c, cue)| Some(c) == f && crate::document::eq_lower(w, cue))
        {
            if let Some((d, t)) = text.get(start..).and_then(|p| parse_dateline(p, tables)) {
                return Some((d, t, start));
            }
        }
    }
    None
}

/// The first char of `s` lower-cased (its first lower-case char), `’` as `'`.
fn first_folded(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    let c = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next()?
    };
    Some(if c == '’' { '\'' } else { c })
}

/// A language's date-line words as the parser reads them, built once per language: the
/// single words of its entries (`publié le` gives `publié` and `le`), and the first words
/// of its multi-word entries (cues a date line may start at) with their first char.
struct LineWords {
    parts: Vec<&'static str>,
    cues: Vec<(char, &'static str)>,
    /// Per first byte, bit `n` set when some word a line may hold without a digit
    /// (am/pm, month, weekday or its abbreviation, date-line word) starts with that byte
    /// and is `n` bytes long (`n` < 32): most words of a line that is no date line are
    /// none of these, told at once.
    shapes: [u32; 256],
}

impl LineWords {
    /// Can `w` (lower case, no digit) be an am/pm word, a month, a weekday or a
    /// date-line word? `false` only when it certainly is none.
    fn may_be_word(&self, w: &str) -> bool {
        let Some(&b) = w.as_bytes().first() else {
            return true;
        };
        w.len() >= 32 || self.shapes[usize::from(b)] >> w.len() & 1 == 1
    }
}

impl LineWords {
    fn new(common: &'static crate::language::Common) -> LineWords {
        let mut parts: Vec<&'static str> = common
            .dateline_words
            .iter()
            .flat_map(|w| w.split(' '))
            .collect();
        crate::sort::natural(&mut parts);
        parts.dedup();
        let cues = common
            .dateline_words
            .iter()
            .filter_map(|w| w.split_once(' ').map(|(first, _)| first))
            .filter_map(|c| Some((first_folded(c)?, c)))
            .collect();
        let mut shapes = [0u32; 256];
        let mut mark = |w: &str, lens: std::ops::RangeInclusive<usize>| {
            if let Some(&b) = w.as_bytes().first() {
                for n in lens.filter(|&n| n < 32) {
                    shapes[usize::from(b)] |= 1 << n;
                }
            }
        };
        for w in common.am_words.iter().chain(common.pm_words).chain(&parts) {
            mark(w, w.len()..=w.len());
        }
        for (w, _) in common.months {
            mark(w, w.len()..=w.len());
        }
        // a weekday or any prefix of at least three chars (three bytes at least)
        for (w, _) in common.weekdays {
            mark(w, 3.min(w.len())..=w.len());
        }
        LineWords {
            parts,
            cues,
            shapes,
        }
    }

    /// The words of a supported language's tables (`None` for other tables).
    fn cached(tables: &Tables) -> Option<&'static LineWords> {
        static ALL: std::sync::OnceLock<Vec<(&'static str, LineWords)>> =
            std::sync::OnceLock::new();
        let all = ALL.get_or_init(|| {
            crate::language::SUPPORTED
                .iter()
                .map(|c| {
                    let t = crate::language::tables(c);
                    (t.code, LineWords::new(t.common))
                })
                .collect()
        });
        all.iter()
            .find(|(code, _)| {
                *code == tables.code && std::ptr::eq(crate::language::tables(code), tables)
            })
            .map(|(_, w)| w)
    }
}

/// Parses a date line: `December 30, 2018 07:19`, `30 décembre 2018 à 07h19`,
/// `Publié le 30/12/2018 à 14h05`, `Mis à jour le lundi 3 mars 2025`, `2018-12-30`,
/// `Updated: March 3, 2025, 10:15 a.m. EST`, `Le 12/05/2021 à 18:30`. Returns the first
/// full date and the time that goes with it.
///
/// Every word must be part of a date or time, a date-line word of the tables
/// (`publié`, `updated`), or a time-zone abbreviation; anything else means this is not
/// a date line. A line with two dates (`Publié le … - Mis à jour le …`) gives the first,
/// the publication date.
pub fn parse_dateline(text: &str, tables: &Tables) -> Option<(Date, Time)> {
    // every date it reads has digits (a year, a day, a numeric date): none, no date line
    if text.len() > 4 * MAX_DATELINE || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let owned;
    let line_words = match LineWords::cached(tables) {
        Some(w) => w,
        None => {
            owned = LineWords::new(tables.common);
            &owned
        }
    };
    // the words, read lazily: most lines tried are no date line and fail at their first
    // word (a clone of the iterator peeks at the next word)
    let mut words = line_word_split(text).enumerate();
    let mut date: Option<Date> = None;
    let mut time: Option<(u8, u8)> = None;
    let (mut month, mut year) = (None::<u8>, None::<i32>);
    // the month's word index, and the day numbers with theirs: the day is the number
    // next to the month ("3 mars", "March 3"), not a number elsewhere ("Lecture 5 min")
    let mut month_at = usize::MAX;
    let mut days: Vec<(usize, u8)> = Vec::new();
    let mut zones = 0;
    while let Some((n, w0)) = words.next() {
        let next = words.clone().next().map(|(_, w)| w);
        let have_date = date.is_some() || year.is_some() && month.is_some() && !days.is_empty();
        match line_word(w0, next, tables, line_words)? {
            LinePart::Skip => {}
            LinePart::Iso(d, t) => {
                if !have_date {
                    date = Some(d);
                    if t.is_some() {
                        time = t;
                    }
                }
            }
            LinePart::Date(d) => {
                if !have_date {
                    date = Some(d);
                }
            }
            LinePart::Time(t) => {
                if time.is_none() {
                    time = Some(t);
                }
            }
            LinePart::Month(m) => {
                if month.is_none() {
                    month = Some(m);
                    month_at = n;
                }
            }
            LinePart::Year(y) => {
                if year.is_none() {
                    year = Some(y);
                }
            }
            LinePart::Day(d) => days.push((n, d)),
            LinePart::Zone => {
                if zones >= 2 {
                    return None;
                }
                zones += 1;
            }
        }
    }
    if date.is_none() {
        let next_to_month = |k: usize| days.iter().find(|(i, _)| *i == k).map(|d| d.1);
        let day =
            next_to_month(month_at.wrapping_sub(1)).or(next_to_month(month_at.wrapping_add(1)));
        date = Date::new(year?, month?, day?);
    }
    date.map(|d| (d, time))
}

/// The words of a date line: split at whitespace and `,` `|` `(` `)` `·` `•` `[` `]`.
fn line_word_split(text: &str) -> impl DoubleEndedIterator<Item = &str> + Clone {
    text.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '·' | '•' | '[' | ']')
    })
    .filter(|w| !w.is_empty())
}

/// What one word of a date line is.
enum LinePart {
    /// A date-line word, a dash, am/pm, a weekday, a unit after a count: nothing to keep.
    Skip,
    /// An ISO date, with the time glued to it (`2018-12-30T07:19:00Z`).
    Iso(Date, Time),
    /// A numeric date (`30/12/2018`).
    Date(Date),
    /// A time of day, made 24-hour by an `a.m.`/`p.m.` after it.
    Time((u8, u8)),
    Month(u8),
    Year(i32),
    Day(u8),
    /// An upper-case time-zone abbreviation (`EST`, `GMT+1`): at most two in a line.
    Zone,
}

/// Reads word `w0` of a date line (`next`: the word after it); `None` when the word
/// cannot stand in a date line, whatever comes before it.
fn line_word(
    w0: &str,
    next: Option<&str>,
    tables: &Tables,
    line_words: &LineWords,
) -> Option<LinePart> {
    let common = tables.common;
    let month_first = tables.code == "en";
    // a time zone: EST, GMT, CET, GMT+1, UTC+01:00
    let z = w0.trim_end_matches(['.', ';', ':']);
    let letters = z.bytes().take_while(u8::is_ascii_uppercase).count();
    let upper_zone = (2..=5).contains(&letters)
        && z[letters..].starts_with(['+', '-']) == (z.len() > letters)
        && z.bytes()
            .skip(letters + 1)
            .all(|b| b.is_ascii_digit() || b == b':');
    // lower case: a short ASCII word (nearly all) on the stack, else a new `String`
    let mut stack = [0u8; 32];
    let owned: String;
    let w: &str = match stack.get_mut(..w0.len()) {
        Some(buf) if w0.is_ascii() => {
            buf.copy_from_slice(w0.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or("")
        }
        _ => {
            owned = w0.to_lowercase();
            &owned
        }
    };
    let w = w.trim_end_matches([':', '.', ';']);
    let w = w.trim_start_matches(':');
    if w.is_empty() || matches!(w, "-" | "–" | "—" | "/" | "h") {
        return Some(LinePart::Skip);
    }
    // an ISO or numeric date, a time and a number all have an ASCII digit
    let has_digit = w.bytes().any(|b| b.is_ascii_digit());
    if has_digit {
        if let Some(d) = w.get(..10).and_then(Date::parse_iso) {
            return Some(LinePart::Iso(d, w.get(11..).and_then(parse_time)));
        }
        if let Some(d) = parse_numeric_date(w, month_first) {
            return Some(LinePart::Date(d));
        }
        if let Some(mut t) = parse_time(w) {
            // "10:15 a.m." / "7:19 PM"
            if let Some(next) = next {
                let nx = next.to_lowercase();
                let nx = nx.trim_end_matches('.');
                if common.pm_words.contains(&nx) && t.0 < 12 {
                    t.0 += 12;
                } else if common.am_words.contains(&nx) && t.0 == 12 {
                    t.0 = 0;
                }
            }
            return Some(LinePart::Time(t));
        }
    }
    // Without a digit, a word is an am/pm word, a month, a weekday, a date-line word or
    // a time zone (the number test below needs a digit): most words of a line that is
    // no date line are none of the first four, told by their first byte and length.
    if !has_digit && !line_words.may_be_word(w) {
        return upper_zone.then_some(LinePart::Zone);
    }
    if common.am_words.contains(&w) || common.pm_words.contains(&w) {
        return Some(LinePart::Skip);
    }
    if let Some(&(_, m)) = common.months.iter().find(|(name, _)| *name == w) {
        return Some(LinePart::Month(m));
    }
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    if !digits.is_empty()
        && matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th")
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        return match digits.parse::<u32>() {
            Ok(y @ 1900..=2100) if suffix.is_empty() => Some(LinePart::Year(y as i32)),
            Ok(d @ 1..=31) => Some(LinePart::Day(d as u8)),
            // "Lecture 12 min": a small number may count something else
            Ok(_) if next.is_some_and(|x| is_unit_word(x, common)) => Some(LinePart::Skip),
            _ => None,
        };
    }
    // weekdays, also abbreviated ("Sun", "lun.")
    let three_chars = w.chars().nth(2).is_some();
    if common
        .weekdays
        .iter()
        .any(|(name, _)| *name == w || three_chars && name.starts_with(w))
        || line_words.parts.contains(&w)
    {
        return Some(LinePart::Skip);
    }
    upper_zone.then_some(LinePart::Zone)
}

/// A word of the tables' date-line words that follows a count ("5 min", "3 minutes").
fn is_unit_word(w: &str, common: &crate::language::Common) -> bool {
    let w = w.to_lowercase();
    let w = w.trim_end_matches(['.', ':']);
    common.dateline_units.contains(&w)
}

/// `07:19`, `07h19`, `7h`, `19h30`, `07:19:00`, `07.19`.
fn parse_time(w: &str) -> Option<(u8, u8)> {
    let (h, m) = w.split_once([':', 'h', '.'])?;
    // "07.19" (the Guardian's style) needs exactly two digits after the dot
    if w.as_bytes().get(h.len()) == Some(&b'.') && m.len() != 2 {
        return None;
    }
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: u8 = h.parse().ok()?;
    let mm = m.get(..2.min(m.len()))?;
    let m: u8 = if m.is_empty() {
        0
    } else if mm.len() == 2 && mm.bytes().all(|b| b.is_ascii_digit()) {
        let rest = &m[2..];
        if !(rest.is_empty() || rest.starts_with(':') || rest.starts_with('z')) {
            return None;
        }
        mm.parse().ok()?
    } else {
        return None;
    };
    (h < 24 && m < 60).then_some((h, m))
}

/// `30/12/2018` (day first), `12/30/2018` (US English: month first unless the first
/// number cannot be a month), `30.12.2018`.
fn parse_numeric_date(w: &str, month_first: bool) -> Option<Date> {
    // three parts, read without allocating (a fourth one fails)
    let mut split = w.split(['/', '.']);
    let parts = [split.next()?, split.next()?, split.next()?];
    if split.next().is_some()
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
        || !matches!(parts[2].len(), 2 | 4)
    {
        return None;
    }
    let a: u32 = parts[0].parse().ok()?;
    let b: u32 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    let y = if parts[2].len() == 2 { 2000 + y } else { y };
    let (d, m) = if month_first && a <= 12 {
        (b, a)
    } else {
        (a, b)
    };
    Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::tables;

    #[test]
    fn datelines() {
        let cases = [
            ("en", "December 30, 2018 07:19", "2018-12-30", Some((7, 19))),
            (
                "fr",
                "30 décembre 2018 à 07h19",
                "2018-12-30",
                Some((7, 19)),
            ),
            ("fr", "Publié le 30/12/2018", "2018-12-30", None),
            (
                "fr",
                "Publié le 30/12/2018 à 14h05",
                "2018-12-30",
                Some((14, 5)),
            ),
            ("fr", "Mis à jour le lundi 3 mars 2025", "2025-03-03", None),
            ("fr", "2018-12-30", "2018-12-30", None),
            ("fr", "Le 12/05/2021 à 18:30", "2021-05-12", Some((18, 30))),
            (
                "en",
                "Updated: March 3, 2025, 10:15 a.m. EST",
                "2025-03-03",
                Some((10, 15)),
            ),
            (
                "en",
                "Published 7:19 PM EDT, Sun December 30, 2018",
                "2018-12-30",
                Some((19, 19)),
            ),
            ("en", "2018-12-30T07:19:00Z", "2018-12-30", Some((7, 19))),
            ("fr", "Samedi 1er décembre 2018", "2018-12-01", None),
            (
                "en",
                "Last modified on Sun 30 Dec 2018 07.19 GMT",
                "2018-12-30",
                Some((7, 19)),
            ),
            (
                "en",
                "Dec 30, 2018, 7:19 AM ET",
                "2018-12-30",
                Some((7, 19)),
            ),
            (
                "fr",
                "30 décembre 2018 à 07:19 GMT+1",
                "2018-12-30",
                Some((7, 19)),
            ),
            (
                "fr",
                "Mis à jour le 30/12/18 à 07:19",
                "2018-12-30",
                Some((7, 19)),
            ),
            (
                "fr",
                "Lecture 5 min - 3 mars 2025 à 10h15",
                "2025-03-03",
                Some((10, 15)),
            ),
            (
                "fr",
                "Temps de lecture : 12 min. Publié le 3 mars 2025",
                "2025-03-03",
                None,
            ),
            ("en", "5 min read | March 3, 2025", "2025-03-03", None),
            (
                "fr",
                "Publié le 12/05/2021 à 18h30 - Mis à jour le 13/05/2021 à 07h05",
                "2021-05-12",
                Some((18, 30)),
            ),
        ];
        for (lang, line, date, time) in cases {
            let (d, t) = parse_dateline(line, tables(lang)).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(d.to_string(), date, "{line}");
            assert_eq!(t, time, "{line}");
        }
        for not in [
            "La Russie et la Turquie unissent leurs forces",
            "Le 30 décembre 2018, Moscou a annoncé un sommet.",
            "Il est 07:19",
            "3 mars",
            "",
        ] {
            assert!(parse_dateline(not, tables("fr")).is_none(), "{not}");
            assert!(parse_dateline(not, tables("en")).is_none(), "{not}");
        }
    }

    #[test]
    fn digits_found_eight_bytes_at_a_time() {
        // every byte value, at every position of a chunk and in the remainder
        for b in 0..=255u8 {
            for len in 1..=17 {
                for at in 0..len {
                    let mut v = vec![b'a'; len];
                    v[at] = b;
                    assert_eq!(has_ascii_digit(&v), b.is_ascii_digit(), "{b} {len} {at}");
                    // beside non-ASCII bytes (no carry from a neighbour)
                    let mut w = vec![0xFFu8; len];
                    w[at] = b;
                    assert_eq!(has_ascii_digit(&w), b.is_ascii_digit(), "{b} {len} {at}");
                }
            }
        }
        assert!(!has_ascii_digit(b""));
    }

    #[test]
    fn line_word_shapes_keep_every_table_word() {
        for code in crate::language::SUPPORTED {
            let common = tables(code).common;
            let lw = LineWords::new(common);
            let mut words: Vec<String> = Vec::new();
            words.extend(
                common
                    .am_words
                    .iter()
                    .chain(common.pm_words)
                    .map(|w| w.to_string()),
            );
            words.extend(lw.parts.iter().map(|w| w.to_string()));
            words.extend(common.months.iter().map(|(w, _)| w.to_string()));
            for (w, _) in common.weekdays {
                // the weekday and its prefixes of three chars or more
                let chars: Vec<char> = w.chars().collect();
                for n in 3..=chars.len() {
                    words.push(chars[..n].iter().collect());
                }
                words.push(w.to_string());
            }
            for w in &words {
                assert!(lw.may_be_word(w), "{code} {w:?}");
            }
            assert!(!lw.may_be_word("qzxw"), "{code}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("07:19"), Some((7, 19)));
        assert_eq!(parse_time("7h"), Some((7, 0)));
        assert_eq!(parse_time("19h30"), Some((19, 30)));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time(":30"), None);
        assert_eq!(parse_time("1h2"), None);
        assert_eq!(parse_time("07.19"), Some((7, 19)));
        assert_eq!(parse_time("3.5"), None);
        assert_eq!(parse_time("7."), None);
        assert_eq!(parse_time("07:19:00.000z"), Some((7, 19)));
    }
}
