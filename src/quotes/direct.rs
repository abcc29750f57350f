//! Direct quotes: from paired marks to quotes with speaker and cue.
//!
//! For each outermost pair (inner quotes stay inside their quote):
//! - a quote cut by an incise (`« A, explique-t-il. B »`) becomes two quotes, A and B,
//!   sharing the incise's speaker and cue;
//! - the cue is looked for right after the closing mark (`», a-t-il déclaré`,
//!   `," said X`, `," X said`, `», selon X`), then right before the opening mark
//!   (`X a déclaré : «`), then elsewhere in the same sentence (`X a dit que le projet
//!   « … »`);
//! - one or two words, or a short noun phrase, are a quote only when presented as a whole
//!   utterance (a cue right beside them, or a sentence of their own); otherwise they
//!   are scare quotes or names and dropped. Titles in Title Case and works the entities
//!   stage found are dropped too;
//! - a quote left without cue takes the speaker of the quote before it in its
//!   paragraph (same cue), or, if it opens its paragraph, of the last quote of the
//!   previous paragraph (no cue) — never from farther.
//!
//! Then, in paragraphs without any mark, a first-person statement followed by an
//! inverted cue and its speaker (`… en Syrie. a déclaré le ministre X`) is recovered as a
//! quote whose marks were lost upstream.

use super::marks::Pair;
use super::{Class, Cue, Stage, VerbKind, Who};
use crate::analysis::{EntityType, Quote, QuoteKind};
use crate::document::TokenKind;

/// How far (tokens) a cue is looked for around a quote.
const NEAR: usize = 10;
const FAR: usize = 40;

/// Cue and speaker told by an incise inside the marks.
type Incise = Option<(Cue, Option<Who>)>;

#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    open: Option<usize>,
    close: Option<usize>,
    para: usize,
    /// Token range of the content.
    toks: (usize, usize),
    incise: Incise,
    /// The speaker named by a transcript label inside the marks (`"PENCE: …"`).
    label: Option<Who>,
    /// This part continues a quote open in the previous paragraph.
    continues: bool,
    /// Index of the candidate this one continues (multi-paragraph quote).
    chain: Option<usize>,
    /// A dialogue turn (a paragraph opened by a dash): the next paragraph's turn is
    /// another speaker's, so it never inherits this one's.
    dialogue: bool,
}

struct Attribution {
    cue: Option<Cue>,
    who: Option<Who>,
    /// The cue touches the marks: the verb right before the opening mark (or a colon
    /// between), or right after the closing one: the quote is its whole object.
    touching: bool,
}

pub fn extract(st: &Stage) -> Vec<Quote> {
    let cands = candidates(st);
    // (sized for every candidate: grown push by push, a reallocation and a copy of the
    // large entries each time)
    let mut out: Vec<(Cand, Option<Cue>, Option<Who>)> = Vec::with_capacity(cands.len());
    let mut history: Vec<Who> = Vec::with_capacity(cands.len());
    for c in cands {
        let att = match &c.incise {
            Some((cue, who)) => Attribution {
                cue: Some(*cue),
                who: who.clone(),
                touching: true,
            },
            None => match &c.label {
                Some(w) => Attribution {
                    cue: None,
                    who: Some(w.clone()),
                    touching: true,
                },
                None => attribute(st, &c, &history),
            },
        };
        let mut att = att;
        if att.who.is_none() && att.cue.is_none() {
            att.who = subject_source(st, &c, &history);
        }
        if !is_quote(st, &c, &att) {
            continue;
        }
        if let Some(w) = &att.who {
            history.push(w.clone());
        }
        out.push((c, att.cue, att.who));
    }
    continuations(st, &mut out);
    let mut quotes: Vec<Quote> = out
        .iter()
        .map(|(c, cue, who)| {
            st.quote(
                QuoteKind::Direct,
                c.start,
                c.end,
                who.as_ref(),
                cue.as_ref(),
            )
        })
        .collect();
    let turns: Vec<usize> = out
        .iter()
        .filter(|o| o.0.dialogue)
        .map(|o| o.0.para)
        .collect();
    quotes.extend(lost_marks(st, &history, &turns));
    quotes
}

/// The direct-quote candidates: outermost pairs, split at incises.
fn candidates(st: &Stage) -> Vec<Cand> {
    let pairs: Vec<&Pair> = st.marks.pairs.iter().filter(|p| p.depth == 0).collect();
    let mut out: Vec<Cand> = Vec::with_capacity(pairs.len());
    // Dialogue turns, merged in text order; marks inside a turn are quotes inside it.
    let mut turns = dialogue_turns(st).into_iter().peekable();
    let mut in_turn = vec![false; st.doc.paragraphs.len()];
    for (n, p) in pairs.iter().enumerate() {
        while let Some(t) = turns.next_if(|t| t.para <= p.paragraph) {
            if let Some(x) = in_turn.get_mut(t.para) {
                *x = true;
            }
            out.push(t);
        }
        if in_turn.get(p.paragraph).copied().unwrap_or(false) {
            continue;
        }
        let (pa, pb) = st.paragraph(p.paragraph);
        let first = p.open + 1;
        let last = p.close.unwrap_or(pb);
        if first >= last {
            continue;
        }
        let continues = p.open == pa
            && n > 0
            && pairs.get(n - 1).is_some_and(|q| {
                q.close.is_none() && q.paragraph + 1 == p.paragraph && q.family == p.family
            });
        let chain = if continues {
            out.iter().rposition(|c| c.para + 1 == p.paragraph)
        } else {
            None
        };
        // A transcript's speaker label: "PENCE: Well, …"
        let mut first = first;
        let mut label: Option<Who> = None;
        let caps = (first..last.min(first + 4))
            .take_while(|&k| st.tok(k).is_some_and(|t| t.is_word() && t.is_all_caps()))
            .count();
        if caps > 0 && st.is_punct(first + caps, ":") && first + caps + 1 < last {
            label = st.resolve(first, first + caps, false, &[]);
            if label.is_some() {
                first += caps + 1;
            }
        }
        let mut seg_start = first;
        let mut k = first;
        let mut parts: Vec<(usize, usize, Incise)> = Vec::new();
        while k < last {
            if st.is_punct(k, ",") {
                if let Some((cue, end)) = incise(st, k + 1, last) {
                    // the incise must leave words on both sides
                    if k > seg_start && end + 1 < last {
                        let who = st.speaker_of(&cue, true, &[]);
                        parts.push((seg_start, k, Some((cue, who))));
                        seg_start = end + 1;
                        k = end + 1;
                        continue;
                    }
                }
            }
            k += 1;
        }
        let last_inc = parts.last().and_then(|p| p.2.clone());
        parts.push((seg_start, last, last_inc));
        for (a, b, inc) in parts {
            let Some((s, e)) = part_span(st, a, b) else {
                continue;
            };
            out.push(Cand {
                start: s,
                end: e,
                open: Some(p.open),
                close: p.close,
                para: p.paragraph,
                toks: (a, b),
                incise: inc,
                label: label.clone(),
                continues,
                chain,
                dialogue: false,
            });
        }
    }
    out.extend(turns);
    out
}

/// The trimmed byte span of the tokens `[a, b)` of a quote's part (`None` when empty).
fn part_span(st: &Stage, a: usize, b: usize) -> Option<(usize, usize)> {
    let (ta, tb) = (st.tok(a)?, st.tok(b.checked_sub(1)?)?);
    let (s, e) = st.trim(ta.start, tb.end);
    (s < e).then_some((s, e))
}

/// An incise starting at token `i` (after a comma) inside marks ending at `limit`: an
/// inverted cue (`explique-t-il`, `a-t-elle ajouté`) or a cue followed by a name
/// (`explique le ministre`), closed by `,` `.` or `;`. Returns the cue and the token
/// index of the closing punctuation.
fn incise(st: &Stage, i: usize, limit: usize) -> Option<(Cue, usize)> {
    let cue = st.cue_from(i)?;
    if cue.gerund {
        return None;
    }
    let mut end = cue.last;
    if cue.inverted.is_none() {
        // "dit alors le directeur": adverbs between the verb and its subject
        let mut from = cue.last;
        while from < limit && from < cue.last + 3 && st.is_adverb(from) {
            from += 1;
        }
        let (a, b) = st.np_right(from, limit);
        if a >= b || b - a > 8 {
            return None;
        }
        // a name, a role, or a short description ("explique un habitant", "criait la
        // dame")
        let described = b - a <= 4 && st.word_in(a, Class::Determiners);
        let has_name = (a..b).any(|k| st.tok(k).is_some_and(|t| t.is_capitalized()))
            || (a..b).any(|k| st.role_at(k).is_some())
            || described;
        if !has_name {
            return None;
        }
        end = b;
        // adjuncts after a named speaker: "dit Clara en résistant à sa mère," (a
        // description must end the incise: "le metteur en scène" is cut at `en`)
        let named = !described
            || (a..b)
                .any(|k| st.tok(k).is_some_and(|t| t.is_capitalized()) || st.role_at(k).is_some());
        let mut k = end;
        while named && k < limit && k < end + 8 && !st.is_break(k) {
            k += 1;
        }
        // an apposition, no verb in it, to a full stop: a name after a description ("a
        // assuré le directeur régional, Olivier Ferrand. Nous …"), a description after a
        // name ("raconte Mireille Fabre, une voisine venue aider. Hier soir, …"; not "dit
        // Paul, le reste est à faire.")
        if st.is_punct(k, ",")
            && if described {
                st.tok(k + 1).is_some_and(|t| t.is_capitalized())
            } else {
                st.word_in(k + 1, Class::Determiners)
            }
        {
            let mut x = k + 2;
            while x < limit && x < k + 12 && !st.is_break(x) && st.verb_at(x).is_none() {
                x += 1;
            }
            if st.is_punct(x, ".") && (k + 1..x).all(|y| st.auxiliary_at(y).is_none()) {
                k = x;
            }
        }
        end = k;
    } else {
        // adjuncts after an inverted cue: "dit-il à l'AFP"
        let mut k = end;
        while k < limit && k < end + 6 && !st.is_break(k) {
            k += 1;
        }
        end = k;
    }
    (end < limit
        && st
            .tok(end)
            .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "." | ";")))
    .then_some((cue, end))
}

fn same_para(st: &Stage, a: usize, b: usize) -> bool {
    st.paragraph_of(a) == st.paragraph_of(b)
}

fn is_dash(st: &Stage, i: usize) -> bool {
    st.tok(i)
        .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "—" | "–" | "-"))
}

fn attribute(st: &Stage, c: &Cand, history: &[Who]) -> Attribution {
    let none = Attribution {
        cue: None,
        who: None,
        touching: false,
    };
    // 1. right after the closing mark
    if let Some(cl) = c.close {
        let mut k = cl + 1;
        // the second half of a doubled mark ('' …  '')
        while st
            .tok(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)) && !t.space_before)
        {
            k += 1;
        }
        // a signature: "…” ― Pamela Padilla" ending the paragraph
        if st.tok(k).is_some_and(|t| matches!(t.text, "―" | "—" | "–")) {
            let (_, pb) = st.paragraph(st.paragraph_of(cl));
            let (a, b) = st.np_right(k + 1, pb);
            if b >= pb || st.is_break(b) && b + 1 >= pb {
                if let Some(who) = st.local_name(a, b, false) {
                    return Attribution {
                        cue: None,
                        who: Some(who),
                        touching: true,
                    };
                }
            }
        }
        if is_dash(st, k) {
            k += 1;
        }
        // a sentence ending after the mark: what follows is another sentence's
        // ("«…». Le Premier ministre a fait savoir …")
        let ends = st
            .tok(k)
            .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | "?" | ";"))
            && st.is_break(k);
        // …or a full stop inside the marks, and a new sentence opening after them with
        // someone else ("called it “a shell game.” Finance director Bill McCarty told …",
        // "…everything." The official added that …; but "… “hard times.” She said …" goes
        // on with the same speaker, and "…faith." Lavrov said." is only its attribution)
        let ends = ends
            || cl > 0
                && st.is_punct(cl - 1, ".")
                && st.sentence(k).0 == k
                && st.sentence(cl).0 != st.sentence(k).0
                && st.pronoun_at(k).is_none()
                && (st.sentence(k).1 > k + 6
                    || (k..st.sentence(k).1)
                        .any(|x| st.word_in(x, Class::Complementizers) || st.is_punct(x, ":")));
        if k < st.tok_count() && same_para(st, cl, k) && !ends {
            if let Some(cue) = st.cue_from(k).filter(|c| !c.gerund) {
                let who = st.speaker_of(&cue, true, history);
                if who.is_some() || cue.inverted.is_some() {
                    return Attribution {
                        cue: Some(cue),
                        who,
                        touching: true,
                    };
                }
                // "said in a statement": the speaker is elsewhere; keep the cue
                let before = before_cue(st, c, history);
                return Attribution {
                    cue: Some(cue),
                    who: before.and_then(|b| b.who),
                    touching: true,
                };
            }
            if let Some(cue) = st.attribution_at(k, false) {
                let (_, sb) = st.sentence(k);
                return Attribution {
                    cue: Some(cue),
                    who: st.source(cue.last, sb, history),
                    touching: true,
                };
            }
            // "," X said / the spokesman added / Name, a long apposition, said
            let named = st.tok(k).is_some_and(|t| t.is_capitalized());
            let mut first_comma: Option<usize> = None;
            let mut j = k + 1;
            while j < k + FAR && j < st.tok_count() {
                if st.is_punct(j, "(") {
                    // "Rep. Gwen Moore (D-Wis.) said"
                    match (j + 1..j + 8).find(|&x| st.is_punct(x, ")")) {
                        Some(x) => {
                            j = x + 1;
                            continue;
                        }
                        None => break,
                    }
                }
                if st.is_punct(j, ",") && named {
                    first_comma.get_or_insert(j);
                    j += 1;
                    continue;
                }
                if st.is_break(j) || st.word_in(j, Class::ClauseStops) {
                    break;
                }
                if let Some(cue) = st.cue_from(j).filter(|c| !c.gerund) {
                    if first_comma.is_none() && j > k + NEAR {
                        break;
                    }
                    let end = first_comma.unwrap_or(cue.first);
                    let mut who = st.resolve(k, end, true, history);
                    // ("Ofwat's chief executive, David Marsh, told": a description, then
                    // the named person in apposition)
                    if first_comma.is_some() && who.as_ref().is_some_and(|w| w.entity.is_none()) {
                        if let Some(w) = st
                            .resolve(end + 1, cue.first, true, history)
                            .filter(|w| w.person && w.entity.is_some())
                        {
                            who = Some(w);
                        }
                    }
                    if who.is_some() {
                        return Attribution {
                            cue: Some(cue),
                            who,
                            touching: true,
                        };
                    }
                    break;
                }
                j += 1;
            }
        }
    }
    // 2. before the opening mark
    if let Some(a) = before_cue(st, c, history) {
        return a;
    }
    // 3. later in the same sentence: "…», selon elle", "…" he said later
    if let Some(cl) = c.close {
        let (_, sb) = st.sentence(cl);
        let mut k = cl + 1;
        while k < sb && k < cl + FAR {
            if st.is_quote(k) {
                break;
            }
            if let Some(cue) = st.attribution_at(k, false) {
                return Attribution {
                    cue: Some(cue),
                    who: st.source(cue.last, sb, history),
                    touching: false,
                };
            }
            // "''…'' of the proposals, Mr. Holtz-Eakin said."
            let verb = st
                .tok(k)
                .is_some_and(|t| t.is_word() && st.verb_at(k).is_some_and(|v| !v.gerund));
            if verb && !(k > 0 && st.word_in(k - 1, Class::InfinitiveMarker)) {
                if let Some(cue) = st.cue_at(k) {
                    let who = st
                        .speaker_of(&cue, false, history)
                        .or_else(|| coordinated_subject(st, &cue, history))
                        .or_else(|| {
                            // "said X" — but not "a annoncé que le défenseur X …"
                            if st.word_in(cue.last, Class::Complementizers) {
                                None
                            } else {
                                st.speaker_of(&cue, true, history)
                            }
                        });
                    if who.is_some() {
                        return Attribution {
                            cue: Some(cue),
                            who,
                            touching: false,
                        };
                    }
                }
            }
            k += 1;
        }
    }
    none
}

/// A fragment quoted inside the reporter's sentence without a verb of saying ("Reid has
/// gone after Trump as a “…”"): its source is the subject of the sentence, when that
/// is a named entity or a person (no cue). Fragments of fewer than three words are left
/// alone (scare quotes).
fn subject_source(st: &Stage, c: &Cand, history: &[Who]) -> Option<Who> {
    let o = c.open?;
    let (sa, _) = st.sentence(o);
    let (a, b) = c.toks;
    let words = (a..b)
        .filter(|&k| st.tok(k).is_some_and(|t| t.is_word()))
        .take(3)
        .count();
    if words < 3 {
        return None;
    }
    if o <= sa + 1 {
        return previous_person(st, c, sa);
    }
    st.sentence_subject(sa, o, history)
        .filter(|w| w.entity.is_some())
}

/// A quotation opening its sentence, without a cue, right after a sentence of its
/// paragraph that holds no quotation and names one person only, at its start or after
/// a frame and a comma ("Au pied de l'immeuble, Fatou Diallo, 42 ans, serre son fils
/// contre elle. « On a tout perdu. »"): that person speaks.
fn previous_person(st: &Stage, c: &Cand, sa: usize) -> Option<Who> {
    let (pa, _) = st.paragraph(c.para);
    if sa <= pa {
        return None;
    }
    let (ps, pe) = st.sentence(sa - 1);
    if ps < pa || (ps..pe).any(|k| st.tok(k).is_some_and(|t| st.inside_quote(t.start))) {
        return None;
    }
    let (bs, be) = (st.tok(ps)?.start, st.tok(pe.checked_sub(1)?)?.end);
    let k = st.mentions.partition_point(|m| m.0 < bs);
    let mut person: Option<(usize, usize, usize)> = None;
    for &(ms, me, ent) in st.mentions.get(k..)?.iter().take_while(|m| m.0 < be) {
        let entity = st.entities.get(ent)?;
        match entity.kind {
            EntityType::PER => match person {
                Some(p) if p.2 != ent => return None,
                Some(_) => {}
                None => person = Some((ms, me, ent)),
            },
            EntityType::ORG => return None,
            _ => {}
        }
    }
    let (ms, me, ent) = person?;
    // at the sentence start, or after a comma
    let m = st.doc.token_at(ms);
    if m != ps && !(m > ps && st.is_punct(m - 1, ",")) {
        return None;
    }
    let entity = st.entities.get(ent)?;
    Some(Who {
        name: st.bare_name(&entity.name),
        entity: Some(ent),
        start: ms,
        end: me,
        gender: st
            .genders
            .get(ent)
            .copied()
            .unwrap_or(super::Gender::Unknown),
        plural: false,
        person: true,
    })
}

/// A cue before the opening mark: adjacent (`X a déclaré : «`) or in the same sentence.
fn before_cue(st: &Stage, c: &Cand, history: &[Who]) -> Option<Attribution> {
    let o = c.open?;
    let (sa, _) = st.sentence(o);
    let pa = st.paragraph(st.paragraph_of(o)).0;
    let floor = sa.max(pa);
    let mut j = o;
    while j > floor
        && st
            .tok(j - 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
    {
        j -= 1;
    }
    // a quote opening its paragraph after "X continued:" ending the previous one
    if j == pa && pa > 0 {
        let prev_end = pa - 1;
        if st.is_punct(prev_end, ":") && st.paragraph_of(prev_end) + 1 == st.paragraph_of(o) {
            let (psa, _) = st.sentence(prev_end);
            let mut k = prev_end;
            while k > psa && k + NEAR > prev_end {
                k -= 1;
                if let Some(t) = st.tok(k) {
                    if t.is_word() && st.verb_at(k).is_some() {
                        let cue = st.cue_at(k)?;
                        let who = st.speaker_of(&cue, false, history).or_else(|| {
                            let (a, b) = st.np_right(cue.last, prev_end);
                            st.resolve(a, b, false, history)
                        });
                        return Some(Attribution {
                            cue: Some(cue),
                            who,
                            touching: false,
                        });
                    }
                }
            }
        }
    }
    let mut colon = false;
    if j > floor
        && st
            .tok(j - 1)
            .is_some_and(|t| t.is_punct(":") || t.is_punct(","))
    {
        colon = true;
        j -= 1;
    }
    let mut k = j;
    let mut steps = 0;
    while k > floor && steps < FAR {
        k -= 1;
        steps += 1;
        let Some(t) = st.tok(k) else { break };
        if st.tok_quoted(k) || st.is_quote(k) {
            // another quote between: its cue is its own
            if steps > 1 {
                break;
            }
            continue;
        }
        if t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | "?" | ";") {
            break;
        }
        if let Some(cue) = st.attribution_at(k, k == floor) {
            let who = st.source(cue.last, o, history);
            if who.is_some() {
                return Some(Attribution {
                    cue: Some(cue),
                    who,
                    touching: false,
                });
            }
        }
        if !t.is_word() {
            continue;
        }
        let Some(form) = st.verb_at(k) else {
            continue;
        };
        // "X said Pellow had shown “…”": a verb telling a finding is a cue only with
        // its `that`/`que`; the speaker is the subject of the speech verb farther left
        if form.kind == VerbKind::That && !st.word_in(k + 1, Class::Complementizers) {
            continue;
        }
        // "to say" is no report ("a promis de poursuivre les efforts « … »" neither);
        // "le prévenu", "the report" are nouns
        if k > 0
            && (st.word_in(k - 1, Class::InfinitiveMarker)
                || st.word_in(k - 1, Class::Determiners)
                || st.word_in(k - 1, Class::DirectiveLinks) && super::reported::infinitive(st, k))
        {
            continue;
        }
        let cue = st.cue_at(k)?;
        let who = if cue.gerund {
            // "He's claiming that …": a progressive has its subject right before it
            let progressive = cue.first < k;
            let left = if progressive {
                st.speaker_of(&cue, false, history)
            } else {
                None
            };
            left.or_else(|| gerund_subject(st, &cue, history))
        } else {
            st.speaker_of(&cue, false, history)
                .or_else(|| coordinated_subject(st, &cue, history))
        };
        let touching = cue.last == j;
        return Some(Attribution {
            cue: Some(cue),
            who,
            touching,
        });
    }
    // "X is rolling out a new message: “…”": the subject, without cue
    if colon && st.is_punct(j, ":") {
        // (or a named person opening the sentence, whatever verb follows: "L'entraîneur
        // Franck Aubertin, arrivé l'été dernier, savoure : « … »")
        // (a name inside it, past the sentence's first word: a cheap test first)
        let opener = || {
            let (c, d) = st.np_right(sa, j);
            (sa + 1..d)
                .any(|k| st.tok(k).is_some_and(|t| t.is_capitalized()))
                .then(|| st.resolve(c, d, false, history))
                .flatten()
                .filter(|w| w.person && w.entity.is_some())
        };
        if let Some(who) = st.sentence_subject(sa, j, history).or_else(opener) {
            return Some(Attribution {
                cue: None,
                who: Some(who),
                touching: false,
            });
        }
    }
    None
}

/// `X a décidé … et a déclaré` / `ajoutant` : the subject of the sentence.
pub(super) fn coordinated_subject(st: &Stage, cue: &Cue, history: &[Who]) -> Option<Who> {
    let (sa, _) = st.sentence(cue.first);
    let k = cue.first.checked_sub(1)?;
    let prev = st.tok(k)?;
    let linked = st.word_in(k, Class::ClauseStops) || prev.is_punct(",");
    if !linked || k <= sa {
        return None;
    }
    // "The mayor, who said …", "Le maire, qui a affirmé …": the antecedent of a subject
    // relative set off by a comma (a restrictive one, "officials who said X were
    // wrong", ends its content nowhere the words tell)
    // (the speaker stands where the relative does, as a pronoun's does)
    if st.word_in(k, Class::Relatives) && st.is_punct(k - 1, ",") {
        let (a, b) = st.np_left(k - 1, sa);
        if a >= b {
            return None;
        }
        let w = st.resolve(a, b, true, history)?;
        return Some(Who {
            start: prev.start,
            end: prev.end,
            ..w
        });
    }
    st.sentence_subject(sa, cue.first, history)
}

pub(super) fn gerund_subject(st: &Stage, cue: &Cue, history: &[Who]) -> Option<Who> {
    let (sa, _) = st.sentence(cue.first);
    // "« … », he said, adding that …", "said Luca Ferri, adding": the speaker of the
    // cue just before the participle, in its sentence (not a subject inside the quote)
    let just_said = history.last().filter(|w| {
        let (first, after, c) = (st.doc.token_at(w.start), st.doc.token_at(w.end), cue.first);
        first >= sa
            && after < c
            && c - after <= 3
            && st.is_punct(c - 1, ",")
            && (first.saturating_sub(1)..c).any(|x| st.verb_at(x).is_some())
    });
    if let Some(w) = just_said {
        return Some(w.clone());
    }
    st.sentence_subject(sa, cue.first, history)
        .or_else(|| {
            // "The ministry declined to give details, saying only that …": the phrase
            // opening the sentence, up to a past tense the tables need not list as a
            // verb, the participle set off by a comma
            // (a parenthesis after the name may come first: "Sen. Elizabeth Warren
            // (D-Mass.) criticized the decision, saying …")
            let (s, e) = st.np_right(sa, cue.first);
            let e = st.after_parenthesis(e, cue.first).unwrap_or(e);
            let to = (s + 6).max(e + 3);
            let past = (s + 1..cue.first.min(to)).find(|&k| st.past_form(k))?;
            (cue.first > past + 1 && st.is_punct(cue.first - 1, ","))
                .then(|| st.resolve(s, past, false, history))
                .flatten()
        })
        .or_else(|| {
            // "Trump left the stage, saying that …": a name opening the sentence, then a
            // lower-case word (a verb the tables need not list), the participle set off by
            // a comma
            let mut e = sa;
            while e < cue.first && st.tok(e).is_some_and(|t| t.is_word() && t.is_capitalized()) {
                e += 1;
            }
            let verb_next = st
                .tok(e)
                .is_some_and(|t| t.is_word() && t.text.starts_with(char::is_lowercase));
            // (or a pronoun: "He spoke to industry leaders, promising to …")
            let pronoun = e == sa + 1 && st.pronoun_at(sa).is_some();
            (e > sa && verb_next && cue.first > e + 1 && st.is_punct(cue.first - 1, ","))
                .then(|| st.resolve(sa, e, false, history))
                .flatten()
                .filter(|w| w.entity.is_some() || pronoun)
        })
        .or_else(|| {
            // "“…,” Blige sings to Clinton before asking her, “…”": the speaker just named
            let floor = st.tok(sa)?.start;
            history
                .last()
                .filter(|w| w.start >= floor && w.end <= st.tok(cue.first).map_or(0, |t| t.start))
                .cloned()
        })
}

/// Is the candidate a quote, given its attribution? Drops scare quotes, names and titles.
fn is_quote(st: &Stage, c: &Cand, att: &Attribution) -> bool {
    let (a, b) = c.toks;
    let wordish = |k: &usize| {
        st.tok(*k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    };
    let words = (a..b).filter(wordish).count();
    if words == 0 {
        return false;
    }
    // a stage direction: "(CROSSTALK.)"
    if st.is_punct(a, "(") && (b.saturating_sub(2)..b).any(|k| st.is_punct(k, ")")) {
        return false;
    }
    // a work or name the entities stage found, exactly between the marks
    if let Some(m) = st.entity_at(c.start, c.end) {
        if m.0 == c.start && m.1 == c.end {
            let misc = st
                .entities
                .get(m.2)
                .is_some_and(|e| e.kind == EntityType::MISC);
            if misc || words <= 3 {
                return false;
            }
        }
    }
    let whole = whole_utterance(st, c);
    if words <= 2 && c.incise.is_none() {
        // what a speaker says she is, right after a pronominal cue ("s'est dite « très
        // préoccupée » par la situation"): her words, even with the clause going on
        let object = att.cue.is_some_and(|cue| {
            c.open.is_some_and(|o| cue.last == o) && st.word_in(cue.first, Class::Reflexives)
        });
        // a cue after the closing mark makes it the whole utterance only when it opens
        // its clause ("« Scandaleux », a-t-il lâché"), not when it qualifies a noun of
        // the reporter's ("un coût « pharaonique », estimé à…")
        let trailing = att
            .cue
            .is_some_and(|cue| c.close.is_some_and(|cl| cue.first > cl));
        let opens = c.open.is_some_and(|o| {
            o == st.sentence(o).0
                || st
                    .tok(o - 1)
                    .is_some_and(|t| !t.is_word() && t.kind != TokenKind::Number && t.text != ",")
        });
        // (a speaker named in that attribution, "\"too little,\" he added", keeps it)
        let named_after = att.who.as_ref().is_some_and(|w| w.start >= c.end);
        if trailing && !opens && !named_after {
            return whole;
        }
        return whole || att.touching && att.cue.is_some() && (ends_clause(st, c) || object);
    }
    let ends_sentence = st
        .text
        .get(c.start..c.end)
        .is_some_and(|t| t.ends_with(['.', '!', '?', '…']));
    // Title Case (every word but short function words capitalized) without sentence
    // punctuation: a title of a work, a programme, a slogan — unless it ends like a
    // sentence (the cheap tests first: most quotes are long sentences)
    let title = words <= 8
        && !ends_sentence
        && !(a..b.saturating_sub(1)).any(|k| {
            st.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | "?" | ",")
            })
        })
        && {
            // (a content word: over three chars, not a stopword)
            let content = (a..b).filter(wordish).filter(|&k| {
                st.tok(k)
                    .is_some_and(|t| t.text.chars().nth(3).is_some() && !st.is(k, Class::Stopwords))
            });
            let (n, capitalized) = content.fold((0usize, true), |(n, all), k| {
                (n + 1, all && st.tok(k).is_some_and(|t| t.is_capitalized()))
            });
            n >= 2 && capitalized
        };
    if title {
        return false;
    }
    // a fragment inside the reporter's sentence, with no source found: a term or a
    // name the writer sets off, not a quotation of anyone identifiable
    if !whole && att.cue.is_none() && att.who.is_none() && words <= 6 && !ends_sentence {
        return false;
    }
    true
}

/// The closing mark ends a clause (punctuation or the paragraph end follows it).
fn ends_clause(st: &Stage, c: &Cand) -> bool {
    let Some(cl) = c.close else { return true };
    // "“I would,” Melanie said": the punctuation closing the clause sits inside the marks
    if cl > 0
        && st.tok(cl - 1).is_some_and(|t| {
            t.kind == TokenKind::Punct && matches!(t.text, "," | "." | "!" | "?" | "…")
        })
    {
        return true;
    }
    let (_, sb) = st.sentence(cl);
    cl + 1 >= sb || st.tok(cl + 1).is_some_and(|t| t.kind == TokenKind::Punct)
}

/// The quote stands as a sentence or paragraph of its own.
fn whole_utterance(st: &Stage, c: &Cand) -> bool {
    let Some(o) = c.open else { return true };
    let (sa, sb) = st.sentence(o);
    let starts = o == sa;
    let ends = match c.close {
        None => true,
        Some(cl) => {
            let mut k = cl + 1;
            while k < sb
                && st.tok(k).is_some_and(|t| {
                    t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | "?" | "…")
                })
            {
                k += 1;
            }
            k >= sb
        }
    };
    starts && ends
}

/// Unattributed quotes take the speaker of the quote before them in their paragraph
/// (with its cue), or, opening their paragraph, of the last quote of the previous
/// paragraph (without cue). A multi-paragraph quote shares its speaker.
fn continuations(st: &Stage, out: &mut [(Cand, Option<Cue>, Option<Who>)]) {
    // backward: a chain takes the speaker found on a later part
    for i in (0..out.len()).rev() {
        if out[i].2.is_none() {
            continue;
        }
        let mut link = out[i].0.chain;
        let who = out[i].2.clone();
        while let Some(j) = link {
            if j >= out.len() || out[j].2.is_some() {
                break;
            }
            out[j].2 = who.clone();
            link = out[j].0.chain;
        }
    }
    for i in 1..out.len() {
        if out[i].2.is_some() {
            continue;
        }
        let (prev, cur) = out.split_at_mut(i);
        let Some(p) = prev.last() else { continue };
        let c = &mut cur[0];
        if p.2.is_none() {
            continue;
        }
        if p.0.para == c.0.para {
            c.1 = p.1;
            c.2 = p.2.clone();
        } else if p.0.para + 1 == c.0.para && !c.0.dialogue && !p.0.dialogue {
            let opens = c.0.open.is_some_and(|o| o == st.paragraph(c.0.para).0);
            if opens || c.0.continues {
                c.2 = p.2.clone();
            }
        }
    }
}

/// Paragraphs whose marks were lost: a first-person statement followed by a cue at the
/// start of a sentence (or after a comma) and the speaker (`… en Syrie. a déclaré
/// le ministre X`, `Nous gagnerons, a déclaré X.`).
fn lost_marks(st: &Stage, history: &[Who], turns: &[usize]) -> Vec<Quote> {
    let mut out = Vec::new();
    for p in 0..st.doc.paragraphs.len() {
        // (`turns`: paragraphs read as dialogue turns, sorted)
        if st.non_body.get(p).copied().unwrap_or(false) || turns.binary_search(&p).is_ok() {
            continue;
        }
        let (a, b) = st.paragraph(p);
        // (nothing comes of a paragraph without a first-person word: told from the
        // token table at once, most paragraphs)
        if !st.any_word_in(a, b, Class::FirstPerson) {
            continue;
        }
        let mut first_person = 0usize;
        let mut words = 0usize;
        let mut sent_start = a;
        for i in a..b {
            let Some(t) = st.tok(i) else { break };
            if st.is_quote(i) {
                // a paragraph with marks is handled by the pairs
                if !t.text.contains('\'') && t.text != "’" {
                    break;
                }
            }
            if t.is_word() {
                words += 1;
                // ("Me Hélène Carpentier": the lawyer's honorific, not "me")
                let honorific = st.honorific_at(i).is_some()
                    && st.tok(i + 1).is_some_and(|n| n.is_capitalized());
                if st.word_in(i, Class::FirstPerson) && !honorific {
                    first_person += 1;
                }
            }
            let end_punct = t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | "?" | "…");
            let comma = t.is_punct(",");
            if !(end_punct || comma) || first_person == 0 || words < 6 {
                if end_punct {
                    sent_start = i + 1;
                }
                continue;
            }
            let Some(cue) = st.cue_from(i + 1) else {
                if end_punct {
                    sent_start = i + 1;
                }
                continue;
            };
            if cue.gerund || cue.attribution {
                continue;
            }
            // after a full stop, the cue must not start a sentence of its own normally
            // (a capital would): lower case, or glued to a credit
            let next = st.tok(i + 1);
            let lowered = next.is_some_and(|n| !n.is_capitalized() || cue.start > n.start);
            if end_punct && !lowered {
                sent_start = i + 1;
                continue;
            }
            let who = st.speaker_of(&cue, true, history);
            let Some(who) = who else { continue };
            if !who.person && who.entity.is_none() {
                continue;
            }
            let from = if comma { sent_start } else { a };
            let (Some(ft), Some(lt)) = (st.tok(from), st.tok(i)) else {
                continue;
            };
            let end = if comma { lt.start } else { lt.end };
            let (s, e) = st.trim(ft.start, end);
            if s < e {
                out.push(st.quote(QuoteKind::Direct, s, e, Some(&who), Some(&cue)));
            }
            break;
        }
    }
    out
}

/// Dialogue turns: a body paragraph opened by a dash (`— Tiens, dit-elle, l'année
/// prochaine…`), the way French narratives and interviews set off speech without
/// quotation marks. The turn runs to the paragraph's end; an incise (`, dit-elle,`,
/// `! s'écria-t-il`, `, lui dis-je.`) cuts it in two parts sharing the incise's cue, and
/// one closed by a full stop ends the speech (what follows is narration). A dash after a
/// full stop inside the paragraph opens the next speaker's turn.
///
/// A dash paragraph is speech only with evidence: an incise, a paragraph ending with a
/// colon before it, or a neighbouring dash paragraph while the turn speaks in the first
/// person or asks or exclaims. Lists set off by dashes (`— 3 000 emplois supprimés ;`)
/// have none of these.
/// A part of a dialogue turn: its dash, its token range, the incise that attributes it.
type TurnPart = (usize, usize, usize, Incise);

fn dialogue_turns(st: &Stage) -> Vec<Cand> {
    // (no dash in the text, no turn: two memchr passes instead of a test per token)
    if !st.text.contains('—') && !st.text.contains('–') {
        return Vec::new();
    }
    let n = st.doc.paragraphs.len();
    let dash_at = |k: usize| {
        st.tok(k)
            .is_some_and(|t| matches!(t.text, "—" | "–") && t.kind == TokenKind::Punct)
    };
    let opens: Vec<bool> = (0..n)
        .map(|p| {
            let (pa, pb) = st.paragraph(p);
            pb > pa + 1 && dash_at(pa) && !st.non_body.get(p).copied().unwrap_or(true)
        })
        .collect();
    // (paragraph, its parts, evidence of its own)
    let mut found: Vec<(usize, Vec<TurnPart>, bool)> = Vec::new();
    // "Elle me dit :" — a colon after a verb of saying, not a list's heading: `c` is
    // the colon's token
    let colon_cue = |c: usize, floor: usize| {
        st.is_punct(c, ":") && (c.saturating_sub(5).max(floor)..c).any(|k| st.cue_at(k).is_some())
    };
    // a dash opening a turn inside a paragraph: after a colon or a sentence's end
    let turn_dash = |k: usize| {
        dash_at(k)
            && k > 0
            && st
                .tok(k - 1)
                .is_some_and(|x| matches!(x.text, "." | "!" | "?" | "…" | ":"))
    };
    for p in 0..n {
        if st.non_body.get(p).copied().unwrap_or(true) {
            continue;
        }
        let (pa, pb) = st.paragraph(p);
        let opened = opens.get(p).copied().unwrap_or(false);
        // the first dash of the paragraph's dialogue: its first token, or one after a
        // colon or a sentence end ("… dit à ses témoins : — Ce Turc m'ennuie.")
        let Some(first) = (if opened {
            Some(pa)
        } else {
            (pa + 1..pb).find(|&k| turn_dash(k))
        }) else {
            continue;
        };
        let before_colon = if opened {
            p > 0 && {
                let (qa, qb) = st.paragraph(p - 1);
                qb > qa && colon_cue(qb - 1, qa)
            }
        } else {
            colon_cue(first - 1, pa)
        };
        let neighbour = opened
            && ((p > 0 && opens.get(p - 1).copied().unwrap_or(false))
                || opens.get(p + 1).copied().unwrap_or(false));
        let mut parts: Vec<TurnPart> = Vec::new();
        let mut dash = first;
        let mut seg = first + 1;
        let mut k = first + 1;
        let mut speaking = true;
        while k < pb {
            let Some(t) = st.tok(k) else { break };
            // a new turn after a full stop or a colon: "… ? — Non."
            if k > seg && turn_dash(k) {
                if speaking && k > seg {
                    parts.push((dash, seg, k, None));
                }
                dash = k;
                seg = k + 1;
                speaking = true;
                k += 1;
                continue;
            }
            if speaking
                && t.kind == TokenKind::Punct
                && matches!(t.text, "," | ";" | "!" | "?" | "…")
            {
                // the incise's cue may follow an object pronoun: "lui dis-je", "me dit-elle"
                let at = if st.word_in(k + 1, Class::ObjectClitics) {
                    k + 2
                } else {
                    k + 1
                };
                if let Some((cue, end)) = incise(st, at, pb) {
                    let cut = if t.text == "," || t.text == ";" {
                        k
                    } else {
                        k + 1
                    };
                    if cut > seg {
                        let who = st.speaker_of(&cue, true, &[]);
                        // earlier parts without a cue of their own share this one
                        for part in parts.iter_mut().rev() {
                            if part.0 != dash || part.3.is_some() {
                                break;
                            }
                            part.3 = Some((cue, who.clone()));
                        }
                        parts.push((dash, seg, cut, Some((cue, who))));
                    }
                    seg = end + 1;
                    k = end + 1;
                    // an incise closed by a full stop ends the speech, unless what
                    // follows speaks in the first person ("…, soupire-t-elle. On m'a
                    // répondu en octobre."; not "…, lui dis-je. C'était un madrigal.")
                    // (a bounded look: a paragraph of a thousand incises stays linear)
                    speaking = !st.is_punct(end, ".")
                        || (end + 1..pb.min(end + 40))
                            .take_while(|&x| !turn_dash(x))
                            .any(|x| st.word_in(x, Class::FirstPerson));
                    continue;
                }
            }
            k += 1;
        }
        if speaking && pb > seg {
            let inc = parts
                .last()
                .filter(|q| q.0 == dash)
                .and_then(|q| q.3.clone());
            parts.push((dash, seg, pb, inc));
        }
        let evidence = before_colon
            || neighbour
                && parts.iter().any(|&(_, a, b, _)| {
                    (a..b).any(|x| {
                        st.word_in(x, Class::FirstPerson)
                            || st.is_punct(x, "?")
                            || st.is_punct(x, "!")
                    })
                });
        found.push((p, parts, evidence));
    }
    // A text whose dash paragraphs carry incises sets its dialogue that way: every dash
    // paragraph in it is a turn.
    let incises = found
        .iter()
        .any(|(_, parts, _)| parts.iter().any(|q| q.3.is_some()));
    let mut out = Vec::new();
    for (p, parts, evidence) in found {
        // (on the text's dialogue alone, a turn reads as a sentence: capital, full stop)
        let sentence = || {
            let (_, pb) = st.paragraph(p);
            st.tok(parts.first().map(|q| q.1).unwrap_or(pb))
                .is_some_and(|t| t.is_capitalized() || t.kind != TokenKind::Word)
                && st
                    .tok(pb.saturating_sub(1))
                    .is_some_and(|t| matches!(t.text, "." | "!" | "?" | "…" | "»" | "”" | "\""))
        };
        if !(evidence || incises && sentence()) {
            continue;
        }
        for (d, a, b, inc) in parts {
            let Some((s, e)) = part_span(st, a, b) else {
                continue;
            };
            out.push(Cand {
                start: s,
                end: e,
                open: Some(d),
                close: None,
                para: p,
                toks: (a, b),
                incise: inc,
                label: None,
                continues: false,
                chain: None,
                dialogue: true,
            });
        }
    }
    out
}
