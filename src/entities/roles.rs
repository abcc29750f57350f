//! Roles: the titles and appositions the text gives a person (or an organization).
//!
//! Three places are read around each mention:
//! - a title inside the capitalized run, cut off by the candidates step
//!   (`US President Donald Trump` → `US President`);
//! - a title chain just before the mention, in lower case, possibly followed by a comma
//!   (`le ministre russe des Affaires étrangères Sergueï Lavrov`, `son homologue turc,
//!   Hulusi Akar`): title words, their modifiers, nationality adjectives, portfolio
//!   words and connectors, which must hold at least one title word;
//! - an apposition after the mention, between commas (`Donald Trump, président
//!   américain,`, `Tim Cook, the chief executive of Apple,`).
//!
//! A nationality adjective inside a role (`russe`, `American`) gives the entity's
//! `nationality`: the country's name as the language table writes it (`Russie`).

use super::group::Groups;
use super::words::{mask, push_lower, Words, L};
use super::{Cand, Lexicon};
use crate::analysis::{Entity, EntityType, TextSpan};
use crate::context::Context;
use crate::document::{Token, TokenKind};

/// Longest title chain looked at, in tokens.
const MAX_CHAIN: usize = 10;

enum Part {
    Title,
    Modifier,
    Connector,
    No,
}

fn part(w: &mut Words, i: usize) -> Part {
    const TITLE: u64 = mask(&[L::Title, L::Occupation]);
    const MODIFIER: u64 = mask(&[L::Modifier, L::Portfolio, L::Demonym]);
    const CONNECTOR: u64 = mask(&[L::Connector, L::TitleLink]);
    // (One look at the token's bits; most tokens are in none of these lists.)
    if !w.any(i, TITLE | MODIFIER | CONNECTOR) {
        Part::No
    } else if w.any(i, TITLE) {
        Part::Title
    } else if w.any(i, MODIFIER) {
        Part::Modifier
    } else {
        Part::Connector
    }
}

/// The lower-case title chain ending right before token `t0`, as a token range.
fn before(w: &mut Words, toks: &[Token], t0: usize, floor: usize) -> Option<(usize, usize)> {
    let mut end = t0;
    // an honorific between them: "son avocate, Me Claire Benhamou", "M. le maire"
    if end > floor && toks.get(end - 1).is_some_and(|t| t.is_punct(".")) {
        if end - 1 > floor && w.is(end - 2, L::Honorific) {
            end -= 2;
        }
    } else if end > floor && w.is(end - 1, L::Honorific) {
        end -= 1;
    }
    if end > floor && toks.get(end - 1).is_some_and(|t| t.is_punct(",")) {
        end -= 1;
    }
    // "le député de La France insoumise (LFI) Antoine Berthelot": an acronym in
    // parentheses between the title and the name
    if end > floor + 2 && toks.get(end - 1).is_some_and(|t| t.is_punct(")")) {
        if let Some(open) = (end.saturating_sub(5).max(floor)..end - 1)
            .rev()
            .find(|&k| toks.get(k).is_some_and(|t| t.is_punct("(")))
        {
            end = open;
        }
    }
    let mut k = end;
    let mut first_title = None;
    let mut leftmost = None;
    while k > floor && end - k < MAX_CHAIN {
        let t = &toks[k - 1];
        match part(w, k - 1) {
            Part::Title => {
                first_title = Some(k - 1);
                leftmost = Some(k - 1);
            }
            Part::Modifier => leftmost = Some(k - 1),
            Part::Connector => {}
            Part::No => {
                // The noun completing the title, last in the chain ("présidente de la
                // cour", "directeur de l'usine"): a lower-case word after a connector,
                // an article between or not.
                let complement = leftmost.is_none()
                    && t.kind == TokenKind::Word
                    && !t.is_capitalized()
                    && k >= 2
                    && (w.is(k - 2, L::Connector)
                        || k >= 3 && w.is(k - 2, L::Article) && w.is(k - 3, L::Connector));
                if complement {
                    leftmost = Some(k - 1);
                    k -= 1;
                    continue;
                }
                // An adjective of a place right after the title: "l'entraîneur lensois
                // Will Still", "le maire lyonnais".
                let adjective = leftmost.is_none()
                    && k == end
                    && k >= 2
                    && matches!(part(w, k - 2), Part::Title)
                    && w.name_adjective(k - 1);
                if adjective {
                    leftmost = Some(k - 1);
                    k -= 1;
                    continue;
                }
                // Capitalized portfolio words inside the chain ("des Affaires étrangères"),
                // and the lower-case words of a name there ("de La France insoumise").
                // (not a verb of saying after a name: "Political scientist Laura Kim said
                // Delgado …" gives Delgado no role)
                let in_name = k >= 2
                    && toks
                        .get(k - 2)
                        .is_some_and(|p| p.kind == TokenKind::Word && p.is_capitalized())
                    && !w.is(k - 1, L::PersonVerb);
                if !(t.kind == TokenKind::Word
                    && (t.is_capitalized() || in_name)
                    && first_title.is_none())
                {
                    break;
                }
            }
        }
        k -= 1;
    }
    let start = leftmost?;
    first_title?;
    // The chain must not start with a connector or hold only modifiers.
    (start < end).then_some((start, end))
}

/// Longest apposition looked at, in tokens.
const MAX_APPOSITION: usize = 14;

/// The apposition after token `t1`: `, président américain,`, `, délégué de la
/// CGT-Cheminots à Lyon,`, `, a teacher who lives nearby` (the role ends before the
/// relative clause). It opens with a title or an occupation (an article or a possessive
/// may come first) and must be closed by punctuation or a word that starts a clause.
fn after(w: &mut Words, toks: &[Token], t1: usize, ceil: usize) -> Option<(usize, usize)> {
    if !toks.get(t1).is_some_and(|t| t.is_punct(",")) {
        return None;
    }
    let mut k = t1 + 1;
    // An article or a possessive may open it: "le", "the", "a", "son", "his".
    if w.tok_in(k, L::Article) || w.tok_in(k, L::Possessive) {
        k += 1;
    }
    // and a possessor before the title: "the agency's deputy director", "Apple's chief
    // executive" (the role is what follows it)
    let possessor = toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.text, "'s" | "’s"));
    if possessor {
        k += 2;
    }
    let start = k;
    if start >= ceil || !matches!(part(w, start), Part::Title | Part::Modifier) {
        return None;
    }
    // "Léa Bonnin, juge que …": a verb, not a bare title
    if start == t1 + 1 && w.tok_in(start + 1, L::ClauseOpener) {
        return None;
    }
    let mut has_title = false;
    let mut last = None;
    let mut closed = false;
    while k < ceil && k - start < MAX_APPOSITION {
        let t = &toks[k];
        if t.kind != TokenKind::Word && t.kind != TokenKind::Number {
            // Hyphens and apostrophes are inside words; any other mark ends it.
            closed = matches!(t.kind, TokenKind::Punct | TokenKind::Quote(_));
            break;
        }
        if w.is(k, L::RoleEnd) {
            closed = true;
            break;
        }
        match part(w, k) {
            Part::Title => {
                has_title = true;
                last = Some(k);
            }
            Part::Modifier => last = Some(k),
            Part::Connector => {}
            Part::No => {
                if !has_title {
                    break;
                }
                // After the title, the words of its complement: `de l'usine`, `à
                // l'hôpital Édouard-Herriot`, `of the Boston Red Sox`.
                if !w.tok_in(k, L::Article) {
                    last = Some(k);
                }
            }
        }
        k += 1;
    }
    if k >= ceil {
        // The sentence's end closes it.
        closed = true;
    }
    let last = last?;
    // ", le ministre de la Défense, Sergueï Choïgou": a title before the next name,
    // not an apposition of this one.
    if toks.get(last + 1).is_some_and(|t| t.is_punct(","))
        && toks
            .get(last + 2)
            .is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized())
    {
        return None;
    }
    (has_title && closed).then_some((start, last + 1))
}

pub(crate) fn attach(
    ctx: &Context,
    lex: &Lexicon,
    w: &mut Words,
    cands: &[Cand],
    groups: &Groups,
    entities: &mut [Entity],
) {
    let toks = &ctx.doc.tokens[..];
    let text = ctx.doc.text;
    let mut low = String::with_capacity(32);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (g, e) in groups.iter().zip(entities.iter_mut()) {
        // A nationality noun ("le Brésilien", MISC) points to its country too: the
        // quotes stage reads it to find the person it stands for.
        if e.kind == EntityType::MISC && !e.name.contains(' ') {
            e.nationality = country(w, lex, &mut low, &e.name);
        }
        if e.kind != EntityType::PER {
            continue;
        }
        spans.clear();
        for &i in g {
            let c = &cands[i];
            if let Some(r) = c.role {
                spans.push(r);
            }
            let Some(sent) = ctx.doc.sentences.get(c.sentence) else {
                continue;
            };
            let (sa, sb) = sent.tokens;
            if let Some((a, b)) = before(w, toks, c.t0, sa) {
                spans.push((toks[a].start, toks[b - 1].end));
            }
            if let Some((a, b)) = after(w, toks, c.t1, sb) {
                spans.push((toks[a].start, toks[b - 1].end));
            }
        }
        for &(s, t) in &spans {
            let role = TextSpan::new(text, s, t);
            if e.nationality.is_none() {
                e.nationality = country(w, lex, &mut low, &role.text);
            }
            if !e.roles.iter().any(|r| r.text == role.text) {
                e.roles.push(role);
            }
        }
    }
}

/// The country the first nationality word of `text` points to.
#[inline(never)]
fn country(w: &mut Words, lex: &Lexicon, low: &mut String, text: &str) -> Option<String> {
    text.split(|c: char| !c.is_alphabetic() && c != '-')
        .find_map(|x| {
            low.clear();
            push_lower(low, x);
            // (The word map knows every form `demonym` reads: one lookup for the words
            // that are none.)
            w.listed(low, L::Demonym)
                .then(|| lex.demonym(low))
                .flatten()
        })
        // (A religion's or a people's word names no country.)
        .filter(|c| !c.is_empty())
        .map(str::to_string)
}
