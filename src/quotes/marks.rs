//! Pairing quotation marks, paragraph by paragraph, in one pass.
//!
//! Each mark belongs to a family (`« »`, `“ ”`, `„ “`, `‘ ’`, `‹ ›`, straight `"` and
//! `'`). A closing mark closes the nearest open mark of its family; marks of other
//! families opened after it are dropped as unbalanced. One stack with a count per family
//! makes this amortized O(1) per mark, so 100k marks stay linear.
//!
//! A paragraph bounds every pair: an opener still open at the end of its paragraph
//! yields a quote running to the paragraph end (a quote continued over paragraphs, or a
//! lost closing mark), never one that swallows the rest of the article. A closer with
//! no opener before it in its paragraph is reported as stray (a lost opening mark).

use crate::document::{Document, QuoteMark, Token, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Guillemet,
    Curly,
    Low,
    Single,
    Angle,
    Straight,
    StraightSingle,
}

const FAMILIES: usize = 7;

impl Family {
    fn idx(self) -> usize {
        self as usize
    }
}

/// A pair of marks (or an opener left open to its paragraph's end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the paragraph ended first.
    pub close: Option<usize>,
    pub family: Family,
    pub paragraph: usize,
    /// Number of pairs enclosing this one.
    pub depth: usize,
}

/// Every pair of the document, in order of their opening mark, and stray closers
/// (token indices).
pub struct Marks {
    pub pairs: Vec<Pair>,
    pub stray: Vec<usize>,
}

enum Role {
    Open(Family),
    Close(Family),
    /// Closes the family if open, else opens it.
    Either(Family),
    Ignore,
}

fn role(toks: &[Token], i: usize, counts: &[usize; FAMILIES], para_first: bool) -> Role {
    let t = &toks[i];
    let TokenKind::Quote(kind) = t.kind else {
        return Role::Ignore;
    };
    let next = toks.get(i + 1);
    let space_after = next.is_none_or(|n| n.space_before);
    let word_after = next.is_some_and(|n| !n.space_before && n.kind != TokenKind::Punct);
    match t.text {
        "«" => Role::Open(Family::Guillemet),
        // French usage may reopen a continued paragraph with »
        "»" if counts[Family::Guillemet.idx()] == 0 && para_first => Role::Open(Family::Guillemet),
        "»" => Role::Close(Family::Guillemet),
        "‹" => Role::Open(Family::Angle),
        "›" => Role::Close(Family::Angle),
        "„" => Role::Open(Family::Low),
        "‚" => Role::Open(Family::Single),
        "“" => {
            if counts[Family::Low.idx()] > 0 && !t.space_before && !word_after {
                Role::Close(Family::Low)
            } else {
                Role::Open(Family::Curly)
            }
        }
        "”" => {
            if counts[Family::Curly.idx()] > 0 {
                Role::Close(Family::Curly)
            } else if counts[Family::Low.idx()] > 0 {
                Role::Close(Family::Low)
            } else if counts[Family::Straight.idx()] > 0 && !t.space_before {
                // mixed marks in one text: "no evidence” closes the straight one
                Role::Close(Family::Straight)
            } else if t.space_before && word_after {
                Role::Open(Family::Curly)
            } else {
                Role::Close(Family::Curly)
            }
        }
        "‘" => Role::Open(Family::Single),
        "’" => {
            if counts[Family::Single.idx()] > 0 {
                Role::Close(Family::Single)
            } else {
                Role::Ignore // an apostrophe
            }
        }
        "'" => {
            let open = counts[Family::StraightSingle.idx()] > 0;
            if open && !t.space_before && (space_after || !word_after) {
                Role::Close(Family::StraightSingle)
            } else if t.space_before && word_after {
                Role::Open(Family::StraightSingle)
            } else {
                Role::Ignore
            }
        }
        "\"" if counts[Family::Straight.idx()] == 0
            && counts[Family::Curly.idx()] > 0
            && !t.space_before
            && !word_after =>
        {
            // “work-related" : a straight mark closing a curly one
            Role::Close(Family::Curly)
        }
        _ => match kind {
            QuoteMark::Ambiguous => Role::Either(Family::Straight),
            QuoteMark::Open => Role::Open(Family::Curly),
            QuoteMark::Close => Role::Close(Family::Curly),
        },
    }
}

/// Pairs the marks of every paragraph of `doc`.
pub fn pair(doc: &Document) -> Marks {
    // (the document's own pairs of quotation marks: about as many as found here)
    let mut out = Marks {
        pairs: Vec::with_capacity(doc.quote_pairs.len()),
        stray: Vec::new(),
    };
    // (one stack for every paragraph: allocated once, not once per quoted paragraph)
    let mut stack: Vec<(Family, usize, usize)> = Vec::new();
    let toks = &doc.tokens;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let first = doc.sentences.get(para.sentences.0).map(|s| s.tokens.0);
        let last = para
            .sentences
            .1
            .checked_sub(1)
            .and_then(|s| doc.sentences.get(s))
            .map(|s| s.tokens.1);
        let (Some(a), Some(b)) = (first, last) else {
            continue;
        };
        stack.clear();
        pair_paragraph(toks, a, b, p, &mut out, &mut stack);
    }
    out.pairs.retain(|pr| pr.depth != usize::MAX);
    out
}

/// `stack`: empty, of (family, token, index in `out.pairs`).
fn pair_paragraph(
    toks: &[Token],
    a: usize,
    b: usize,
    p: usize,
    out: &mut Marks,
    stack: &mut Vec<(Family, usize, usize)>,
) {
    let mut counts = [0usize; FAMILIES];
    let b = b.min(toks.len());
    let mut i = a;
    while i < b {
        // (straight to the next quotation mark: most tokens are none)
        let Some(k) = toks
            .get(i..b)
            .and_then(|r| r.iter().position(|t| matches!(t.kind, TokenKind::Quote(_))))
        else {
            break;
        };
        let here = i + k;
        i = here + 1;
        // Two straight apostrophes '' stand for a double quotation mark (some outlets):
        // the opener is the second one, the closer the first one.
        let doubled = toks[here].text == "'"
            && toks
                .get(here + 1)
                .is_some_and(|n| n.text == "'" && !n.space_before);
        let r = if doubled {
            i += 1;
            Role::Either(Family::Straight)
        } else {
            role(toks, here, &counts, here == a)
        };
        let (fam, closing) = match r {
            Role::Ignore => continue,
            Role::Open(f) => (f, false),
            Role::Close(f) => (f, true),
            Role::Either(f) => (f, counts[f.idx()] > 0),
        };
        let (open_at, close_at) = if doubled {
            (here + 1, here)
        } else {
            (here, here)
        };
        if closing {
            if counts[fam.idx()] == 0 {
                out.stray.push(close_at);
                continue;
            }
            // pop to the nearest opener of this family; others opened since are dropped
            while let Some((f, _, k)) = stack.pop() {
                counts[f.idx()] -= 1;
                if f == fam {
                    if let Some(pair) = out.pairs.get_mut(k) {
                        pair.close = Some(close_at);
                    }
                    break;
                }
                // an unbalanced inner opener: forget it
                if let Some(pair) = out.pairs.get_mut(k) {
                    pair.depth = usize::MAX;
                }
            }
        } else {
            let depth = stack.len();
            stack.push((fam, open_at, out.pairs.len()));
            counts[fam.idx()] += 1;
            out.pairs.push(Pair {
                open: open_at,
                close: None,
                family: fam,
                paragraph: p,
                depth,
            });
        }
    }
    // Openers left at the paragraph end: only the outermost one stays, running to the end.
    for (n, (_, _, k)) in stack.iter().enumerate() {
        if n > 0 {
            if let Some(pair) = out.pairs.get_mut(*k) {
                pair.depth = usize::MAX;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::tables;

    fn pairs(text: &str) -> Vec<(String, bool, usize)> {
        let doc = Document::parse(text, tables("fr"));
        let m = pair(&doc);
        m.pairs
            .iter()
            .map(|p| {
                let s = doc.tokens[p.open].end;
                let e = p
                    .close
                    .map(|c| doc.tokens[c].start)
                    .unwrap_or(doc.paragraphs[p.paragraph].end);
                (text[s..e].trim().to_string(), p.close.is_some(), p.depth)
            })
            .collect()
    }

    #[test]
    fn nested_and_families() {
        let v = pairs("Il a dit : « Elle m'a crié “ va-t'en ” hier », puis il est parti.");
        assert_eq!(v[0], ("Elle m'a crié “ va-t'en ” hier".into(), true, 0));
        assert_eq!(v[1], ("va-t'en".into(), true, 1));
    }

    #[test]
    fn straight_and_german() {
        let v = pairs("He said \"yes\" and \"no\". Sie sagte „nein“ dazu.");
        assert_eq!(v.len(), 3);
        assert_eq!(v[0].0, "yes");
        assert_eq!(v[1].0, "no");
        assert_eq!(v[2].0, "nein");
    }

    #[test]
    fn unclosed_is_bounded_by_paragraph() {
        let v = pairs("« Ceci ne ferme pas.\n\nAutre paragraphe « fermé ».");
        assert_eq!(v[0], ("Ceci ne ferme pas.".into(), false, 0));
        assert_eq!(v[1], ("fermé".into(), true, 0));
    }

    #[test]
    fn doubled_apostrophes() {
        let v = pairs("He said ''this is not reform,'' and left.");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0, "this is not reform,");
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let v = pairs("The voters’ choice was ‘clear’, they said.");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].0, "clear");
    }
}
