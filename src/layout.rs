//! Layout: the parts of an article around its body — headline, date line (and from it
//! the reference date), place dateline, byline, photo captions and credits.
//!
//! Reads the document's paragraphs; knows no entity, date expression or quote. The date
//! line is parsed here with the language's month names (`Common::months`), because the
//! reference date it gives must exist before the dates stage runs.

use crate::analysis::{DateLine, LayoutInfo, PlaceLine, TextSpan};
use crate::calendar::Date;
use crate::document::Document;
use crate::language::Tables;

/// The layout found, with byte offsets, plus the parsed date-line date.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub info: LayoutInfo,
    /// The date the date line gives, if any.
    pub date: Option<Date>,
    /// Paragraph indices that are not body text (headline, date line, byline, captions).
    pub non_body: Vec<usize>,
}

/// Finds the layout of `doc`.
pub fn detect(doc: &Document, tables: &Tables) -> Layout {
    let mut layout = Layout::default();
    let paras = &doc.paragraphs;
    if paras.is_empty() {
        return layout;
    }
    // Date line: among the first paragraphs, a short one that parses as a date.
    for (i, p) in paras.iter().enumerate().take(4) {
        let text = doc.slice(p.start, p.end);
        if text.len() > 80 {
            continue;
        }
        // An outlet may print its date line in another language than the article
        // (the seed: a French article under "December 30, 2018 07:19").
        let parsed = std::iter::once(tables)
            .chain(
                crate::language::SUPPORTED
                    .iter()
                    .map(|c| crate::language::tables(c)),
            )
            .find_map(|t| parse_dateline(text, t));
        if let Some((date, time)) = parsed {
            layout.date = Some(date);
            layout.info.dateline = Some(DateLine {
                start: p.start,
                end: p.end,
                text: text.to_string(),
                date: Some(date.to_string()),
                time: time.map(|(h, m)| format!("{h:02}:{m:02}")),
            });
            layout.non_body.push(i);
            break;
        }
    }
    // Headline: the first paragraph, if short, without a final full stop, and followed by more.
    let first = paras[0];
    let first_text = doc.slice(first.start, first.end);
    if paras.len() > 1
        && first_text.chars().count() <= 200
        && !first_text.ends_with('.')
        && !layout.non_body.contains(&0)
    {
        layout.info.headline = Some(TextSpan::new(doc.text, first.start, first.end));
        layout.non_body.push(0);
    }
    for (i, p) in paras.iter().enumerate() {
        let text = doc.slice(p.start, p.end);
        let lower = text.to_lowercase();
        let starts_with_any = |words: &[&str]| {
            words
                .iter()
                .any(|w| lower.starts_with(w) && lower[w.len()..].starts_with([' ', ':', '\u{a0}']))
        };
        if i < 6
            && layout.info.byline.is_none()
            && text.len() < 120
            && starts_with_any(tables.common.byline_words)
        {
            layout.info.byline = Some(TextSpan::new(doc.text, p.start, p.end));
            layout.non_body.push(i);
        } else if starts_with_any(tables.common.caption_words) {
            layout
                .info
                .captions
                .push(TextSpan::new(doc.text, p.start, p.end));
            layout.non_body.push(i);
        }
    }
    layout.info.place = find_place(doc, &layout);
    layout
}

/// A place dateline opening the first body paragraph: `MOSCOU (AFP) -`, `WASHINGTON —`.
fn find_place(doc: &Document, layout: &Layout) -> Option<PlaceLine> {
    let (i, p) = doc
        .paragraphs
        .iter()
        .enumerate()
        .find(|(i, _)| !layout.non_body.contains(i))?;
    let _ = i;
    let text = doc.slice(p.start, p.end);
    let dash = text.find([' ', '\u{a0}']).and_then(|_| {
        ["—", "–", " - ", "-"]
            .iter()
            .filter_map(|d| text.find(d).map(|k| (k, d.len())))
            .min()
    })?;
    let (k, dlen) = dash;
    if k > 60 {
        return None;
    }
    let head = text[..k].trim_end();
    let (place_part, agency) = match head.find('(') {
        Some(o) => {
            let close = head[o..].find(')')? + o;
            (head[..o].trim_end(), Some((o + 1, close)))
        }
        None => (head, None),
    };
    let letters: Vec<char> = place_part.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || letters.iter().any(|c| c.is_lowercase()) {
        return None;
    }
    Some(PlaceLine {
        start: p.start,
        end: p.start + k + dlen,
        text: text[..k + dlen].to_string(),
        place: TextSpan::new(doc.text, p.start, p.start + place_part.len()),
        agency: agency.map(|(a, b)| TextSpan::new(doc.text, p.start + a, p.start + b)),
    })
}

/// Parses a date line: `December 30, 2018 07:19`, `30 décembre 2018 à 07h19`,
/// `Publié le 30/12/2018`, `2018-12-30`. Returns the date and the time if any.
pub fn parse_dateline(text: &str, tables: &Tables) -> Option<(Date, Option<(u8, u8)>)> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    let mut date: Option<Date> = None;
    let mut time: Option<(u8, u8)> = None;
    let mut day: Option<u8> = None;
    let mut month: Option<u8> = None;
    let mut year: Option<i32> = None;
    let mut unknown = 0;
    for w in &words {
        let w = w.trim_end_matches('.');
        if let Some(d) = Date::parse_iso(w.get(..10).unwrap_or(w)) {
            date = Some(d);
            if let Some(t) = w.get(11..).and_then(parse_time) {
                time = Some(t);
            }
            continue;
        }
        if let Some(d) = parse_numeric_date(w, tables.code == "en") {
            date = Some(d);
            continue;
        }
        if let Some(t) = parse_time(w) {
            time = Some(t);
            continue;
        }
        if let Some(&(_, m)) = tables.common.months.iter().find(|(name, _)| *name == w) {
            month = Some(m);
            continue;
        }
        let digits = w.trim_end_matches("er");
        if let Ok(n) = digits.parse::<u32>() {
            if (1000..=9999).contains(&n) {
                year = Some(n as i32);
            } else if (1..=31).contains(&n) {
                day = Some(n as u8);
            }
            continue;
        }
        if tables.common.weekdays.iter().any(|(name, _)| *name == w)
            || tables
                .common
                .dateline_words
                .iter()
                .any(|dw| dw.split(' ').any(|x| x == w))
            || matches!(w, "à" | "at" | "h" | "-" | "—" | "on" | "le")
            || w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_alphabetic())
                && w.len() <= 4
                && w.len() >= 2
                && unknown < 1
        {
            if !(tables.common.weekdays.iter().any(|(name, _)| *name == w)) {
                unknown += usize::from(
                    w.len() <= 4
                        && w.chars().all(|c| c.is_ascii_alphabetic())
                        && !matches!(w, "à" | "at" | "on" | "le"),
                );
            }
            continue;
        }
        return None;
    }
    if date.is_none() {
        date = Date::new(year?, month?, day?);
    }
    date.map(|d| (d, time))
}

/// `07:19`, `07h19`, `7h`, `19h30`.
fn parse_time(w: &str) -> Option<(u8, u8)> {
    let (h, m) = w.split_once([':', 'h'])?;
    let h: u8 = h.parse().ok()?;
    let m: u8 = if m.is_empty() {
        0
    } else {
        m.get(..2)?.parse().ok()?
    };
    (h < 24 && m < 60 && !w.starts_with(':')).then_some((h, m))
}

/// `30/12/2018` (day first), `12/30/2018` (US English: month first unless day > 12).
fn parse_numeric_date(w: &str, month_first: bool) -> Option<Date> {
    let parts: Vec<&str> = w.split(['/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
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
    Date::new(y, m as u8, d as u8)
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
            ("fr", "2018-12-30", "2018-12-30", None),
        ];
        for (lang, line, date, time) in cases {
            let (d, t) = parse_dateline(line, tables(lang)).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(d.to_string(), date, "{line}");
            assert_eq!(t, time, "{line}");
        }
        assert!(parse_dateline(
            "La Russie et la Turquie unissent leurs forces",
            tables("fr")
        )
        .is_none());
    }
}
