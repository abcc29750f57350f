//! Reported speech (kind `indirect`): content in the reporter's words, introduced by a
//! verb or phrase of saying.
//!
//! Patterns, per sentence, outside direct quotes:
//! - `X a déclaré que …`, `X said (that) …`, `X told reporters (that) …`: content = the
//!   clause after the complementizer (or, where the language allows, right after the
//!   verb and its addressee);
//! - `X a annoncé la tenue d'un sommet …`, `ajoutant avoir discuté …`: a noun phrase or
//!   infinitive after verbs that take one;
//! - `X urged voters to …`, `a appelé les électeurs à …`: directives;
//! - `selon X, …` / `…, selon X.` / `according to X, …`;
//! - `…, a source said.` / `…, said the official.`: the clause before the attribution.
//!
//! Cognition verbs, decisions and acts are not in the verb tables, so never cues. A
//! content runs to the end of its clause: the sentence end, a `;`, or a comma opening
//! another attribution (`, ajoutant …`). Scans are bounded, so the stage stays linear.

use super::direct::{coordinated_subject, gerund_subject};
use super::{Class, Cue, Gender, Stage, VerbKind, Who};
use crate::analysis::{EntityType, Quote, QuoteKind};
use crate::document::TokenKind;

/// The longest content read, in tokens.
const CONTENT_MAX: usize = 160;
/// How far after a verb a complementizer is looked for.
const THAT_WINDOW: usize = 12;

pub fn extract(st: &Stage, direct: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut history: Vec<Who> = Vec::new();
    // The speakers of the direct quotes are earlier speakers too: a pronoun after
    // "« … », a martelé M. Barrot. Il a ajouté que …" stands for the one who spoke, not
    // for a person named farther up as a subject. They join the history in text order,
    // as the scan passes them.
    let mut seeds: Vec<Who> = direct
        .iter()
        .filter_map(|q| {
            // (a quote without a cue speaks for someone the text did not make speak)
            q.cue.as_ref()?;
            let sp = q.speaker.as_ref()?;
            let (gender, person) = match sp.entity {
                Some(ent) => (
                    st.genders.get(ent).copied().unwrap_or(Gender::Unknown),
                    st.entities.get(ent)?.kind == EntityType::PER,
                ),
                // a description is a person when a role noun heads it ("le magistrat")
                None => {
                    let (a, b) = (st.doc.token_at(sp.start), st.doc.token_at(sp.end));
                    let role = (a..b).find_map(|k| st.role_at(k))?;
                    (role, true)
                }
            };
            Some(Who {
                name: sp.name.clone(),
                entity: sp.entity,
                start: sp.start,
                end: sp.end,
                gender,
                plural: false,
                person,
            })
        })
        .collect();
    crate::sort::by_key(&mut seeds, |w| w.end);
    let mut seeds = seeds.into_iter().peekable();
    for (si, sent) in st.doc.sentences.iter().enumerate() {
        if st.non_body.get(sent.paragraph).copied().unwrap_or(false) {
            continue;
        }
        let (sa, sb) = sent.tokens;
        let _ = si;
        let mut i = sa;
        while i < sb {
            // (most tokens: neither a verb of saying nor an attribution, skipped at once)
            match st.next_report(i, sb) {
                Some(k) => i = k,
                None => break,
            }
            let here = st.tok(i).map_or(0, |t| t.start);
            while let Some(w) = seeds.next_if(|w| w.end <= here) {
                history.push(w);
            }
            // (the quote first, then the speaker moved into the history: no copy of
            // its name)
            if let Some(q) = attribution(st, i, sa, sb, &history) {
                out.push(st.quote(
                    QuoteKind::Indirect,
                    q.0 .0,
                    q.0 .1,
                    q.1.as_ref(),
                    Some(&q.2),
                ));
                history.extend(q.1);
                i += 1;
                continue;
            }
            if let Some((span, who, cue)) = verb(st, i, sa, sb, &history) {
                out.push(st.quote(
                    QuoteKind::Indirect,
                    span.0,
                    span.1,
                    who.as_ref(),
                    Some(&cue),
                ));
                history.extend(who);
            }
            i += 1;
        }
    }
    out
}

type Found = ((usize, usize), Option<Who>, Cue);

/// `selon X, …`, `…, selon X.`, `according to X, …`.
fn attribution(st: &Stage, i: usize, sa: usize, sb: usize, history: &[Who]) -> Option<Found> {
    let head = i == sa || (i == sa + 1 && st.tok(sa).is_some_and(|t| t.is_word()));
    let cue = st.attribution_at(i, head)?;
    let (na, mut nb) = speaker_np(st, cue.last, sb);
    // the source's name goes on to its end, over the words that stop a phrase (`selon
    // le Service départemental d'incendie et de secours`)
    if let Some(t) = nb
        .checked_sub(1)
        .filter(|&x| x >= na)
        .and_then(|x| st.tok(x))
    {
        if let Some((_, end, _)) = st.entity_at(t.start, t.end) {
            if end > t.end {
                nb = st.doc.token_at(end).min(sb).max(nb);
            }
        }
    }
    // "According to two people familiar with the matter, …", "Selon des sources
    // proches du dossier, …": the source's own complement, up to the comma (a few words,
    // no verb, no quotation mark)
    let mut complement = false;
    if i <= sa + 1 && !st.is_punct(nb, ",") {
        if let Some(c) = (nb + 1..sb.min(nb + 7)).find(|&x| st.is_punct(x, ",")) {
            if plain_words(st, nb, c) {
                nb = c;
                complement = true;
            }
        }
    }
    let mut who = if complement {
        st.resolve(na, nb, false, history)?
    } else {
        st.source(cue.last, sb, history)?
    };
    // "according to the UN Children's Fund (UNICEF), …": an acronym in brackets
    if st.is_punct(nb, "(") {
        if let Some(c) = (nb + 1..sb.min(nb + 6)).find(|&x| st.is_punct(x, ")")) {
            nb = c + 1;
        }
    }
    if st.is_punct(nb, ",") && i <= sa + 1 {
        // "Selon la directrice, Anne Morvan, …": the name in apposition is no content
        let mut after = nb + 1;
        let (ma, mb) = st.np_right(after, sb);
        let named = ma < mb
            && mb - ma <= 4
            && (ma..mb).all(|k| {
                st.tok(k)
                    .is_some_and(|t| t.is_capitalized() || !t.is_word())
            });
        // (or after a description whose complement ran to the comma: "Selon le médiateur
        // pour les droits humains, Kofi Mensah, …": the name speaks)
        if named
            && st.is_punct(mb, ",")
            && (complement || (na..nb).any(|k| st.role_at(k).is_some()))
        {
            after = mb + 1;
            if who.entity.is_none() {
                if let Some(w) = st
                    .resolve(ma, mb, false, history)
                    .filter(|w| w.person && w.entity.is_some())
                {
                    who = w;
                }
            }
        } else {
            // "Selon Jean Roux, délégué de la CGT à Lyon, « … »": nor is the role the
            // entities stage found in apposition to the name
            // (a role is listed once, at its first place: compared by its words)
            if let Some(e) = who.entity.and_then(|e| st.entities.get(e)) {
                let r = st.tok(after).map_or(usize::MAX, |t| t.start);
                let rest = st.text.get(r..).unwrap_or("");
                if let Some(role) = e.roles.iter().find(|x| rest.starts_with(x.text.as_str())) {
                    let end = st.doc.token_at(r + role.text.len());
                    if st.is_punct(end, ",") {
                        after = end + 1;
                    }
                }
            }
            if after == nb + 1 {
                if let Some(c) = apposition_end(st, after, sb) {
                    // "Selon la CGT, majoritaire sur le site, …", "Pour X, analyste chez
                    // Y, …": an apposition of the source is no content
                    after = c + 1;
                }
            }
        }
        let span = content(st, after, sb)?;
        // "Selon X, « … »": the quotation is the speech, reported by nobody else
        if wholly_quoted(st, span.0, span.1) {
            return None;
        }
        return Some((span, Some(who), cue));
    }
    if i > sa && st.is_punct(i - 1, ",") {
        let stop = |k: usize| {
            k >= sb
                || st
                    .tok(k)
                    .is_some_and(|t| t.kind == TokenKind::Punct && t.text != ",")
        };
        // "…, according to a person familiar with the plans.": the source's own
        // complement, to the sentence's end (a few words, no verb)
        if !stop(nb) && !complement {
            if let Some(c) = (nb + 1..sb.min(nb + 7)).find(|&x| stop(x)) {
                if plain_words(st, nb, c) {
                    nb = c;
                    who = st.resolve(na, nb, false, history)?;
                }
            }
        }
        let ends = stop(nb);
        let (Some(ft), Some(ct)) = (st.tok(sa), st.tok(i - 1)) else {
            return None;
        };
        if ends {
            let (s, e) = st.trim(ft.start, ct.start);
            if s < e && !all_quoted(st, s, e) {
                return Some(((s, e), Some(who), cue));
            }
        } else if st.is_punct(nb, ",") {
            // "Le projet, selon elle, a été mal préparé": the whole clause
            let span = content(st, sa, sb)?;
            return Some((span, Some(who), cue));
        }
    }
    None
}

/// An apposition starting at token `k` (`majoritaire sur le site,`, `analyste chez
/// Oddo BHF,`): a few words without a verb, not opening with a preposition, a number or
/// a quotation mark, up to a comma; the comma's token.
fn apposition_end(st: &Stage, k: usize, sb: usize) -> Option<usize> {
    let first = st.tok(k)?;
    if !first.is_word()
        || st.word_in(k, Class::AdjunctPrepositions)
        || st.is_adverb(k)
        || st.pronoun_at(k).is_some()
        || st.word_in(k, Class::ClauseStops)
    {
        return None;
    }
    // (a role goes on longer: "a professor of antitrust law at Stanford University,")
    let role =
        st.role_at(k).is_some() || st.word_in(k, Class::Determiners) && st.role_at(k + 1).is_some();
    let window = if role { 12 } else { 7 };
    let c = (k + 1..sb.min(k + window)).find(|&x| st.is_break(x))?;
    let verb = (k..c).any(|x| {
        st.auxiliary_at(x).is_some() || st.verb_at(x).is_some() || st.word_in(x, Class::Copulas)
    });
    (st.is_punct(c, ",") && !verb && c + 1 < sb).then_some(c)
}

/// The span is one quotation, marks included ("« … »", "“…”."): nothing but quoted words.
fn wholly_quoted(st: &Stage, s: usize, e: usize) -> bool {
    let Some(text) = st.text.get(s..e) else {
        return false;
    };
    let mark = |c: char| matches!(c, '«' | '»' | '“' | '”' | '"' | '„');
    let inner = text
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'))
        .strip_suffix(mark)
        .and_then(|t| t.strip_prefix(mark));
    match inner {
        Some(inner) => {
            // (`inner` is a slice of `text`: its offset there)
            let off = inner.as_ptr() as usize - text.as_ptr() as usize;
            let words = inner.trim();
            let a = s + off + (inner.len() - inner.trim_start().len());
            !words.is_empty() && all_quoted(st, a, a + words.len())
        }
        None => all_quoted(st, s, e),
    }
}

fn all_quoted(st: &Stage, s: usize, e: usize) -> bool {
    st.inside_quote(s) || st.inside_quote(e.saturating_sub(1)) && st.inside_quote(s + 1)
}

/// A verb of saying at token `i` and its content.
fn verb(st: &Stage, i: usize, sa: usize, sb: usize, history: &[Who]) -> Option<Found> {
    st.tok(i)?;
    let form = st.verb_at(i)?;
    if form.kind == VerbKind::QuoteOnly {
        return None;
    }
    if i > sa && st.word_in(i - 1, Class::InfinitiveMarker) {
        return None; // "refused to say"
    }
    // a noun: "the report" — but not a past form after an object pronoun that is also
    // a determiner, after a preposition: "a source close to her said"
    let object_pronoun = || {
        i > sa + 1
            && (st.word_in(i - 2, Class::AdjunctPrepositions) || st.word_in(i - 2, Class::NpLinks))
            && (st.past_form(i)
                || form.lemma != st.low(i) && !form.gerund && !st.low(i).ends_with('s'))
    };
    if i > sa && st.word_in(i - 1, Class::Determiners) && !object_pronoun() {
        return None;
    }
    if i > sa
        && (st.tok(i - 1).is_some_and(|t| t.kind == TokenKind::Number)
            || st.lex.number_words.contains(&st.low(i - 1)))
    {
        return None; // a noun: "shed 156.65 points", "by nine points", "3 reports"
    }
    let cue = st.cue_at(i)?;
    // (the impersonal pronoun is the one glued pronoun of no gender: "a-t-on appris")
    if form.kind == VerbKind::Impersonal
        && !cue
            .inverted
            .is_some_and(|(_, _, g, _)| g == super::Gender::Unknown)
    {
        return None;
    }
    let speaker = |st: &Stage| -> Option<Who> {
        if cue.gerund {
            // "Trump is claiming that …": a progressive has its subject right before it
            let progressive = cue.first < i;
            let left = if progressive {
                st.speaker_of(&cue, false, history)
            } else {
                None
            };
            return left.or_else(|| gerund_subject(st, &cue, history));
        }
        st.speaker_of(&cue, false, history)
            .or_else(|| coordinated_subject(st, &cue, history))
    };
    // content to the right
    // (a clause after `que`/`that` is speech whatever its words)
    let act =
        |c0: usize| !(c0 > 0 && st.word_in(c0 - 1, Class::Complementizers)) && act_object(st, c0);
    // "…, election officials said early Wednesday.": a time adjunct to the sentence's
    // end is no content (the clause before is)
    let adjunct_only = |c0: usize| {
        let end = (c0..sb)
            .find(|&k| st.tok(k).is_some_and(|t| matches!(t.text, "." | "!" | "?")))
            .unwrap_or(sb);
        end > c0
            && end - c0 <= 4
            && (c0..end).all(|k| {
                st.is_adverb(k)
                    || st.is(k, Class::Months)
                    || st.word_in(k, Class::AdjunctPrepositions)
                    || st.tok(k).is_some_and(|t| t.kind == TokenKind::Number)
            })
    };
    if let Some(c0) = content_start(st, &cue, form.kind, sb)
        .filter(|&c0| !act(c0))
        .filter(|&c0| !adjunct_only(c0))
    {
        if cue.inverted.is_none() || cue.gerund {
            let who = speaker(st)?;
            // (inside a relative clause set off by commas, the content ends at its
            // closing comma: "The mayor, who said the road was safe, left")
            let relative = cue.first >= 2
                && st.word_in(cue.first - 1, Class::Relatives)
                && st.is_punct(cue.first - 2, ",");
            let end = match relative {
                true => (c0 + 1..sb)
                    .find(|&k| st.is_punct(k, ",") && !st.tok_quoted(k))
                    .unwrap_or(sb),
                false => sb,
            };
            let span = content(st, c0, end)?;
            return Some((span, Some(who), cue));
        }
    }
    // an insertion: "Many of the visitors, she said, were older": the whole clause
    if cue.first > sa + 2 && st.is_punct(cue.last, ",") && !cue.gerund {
        let (la, _) = st.np_left(cue.first, sa);
        if la < cue.first && la > sa + 1 && st.is_punct(la - 1, ",") {
            if let Some(who) = st.resolve(la, cue.first, true, history) {
                if let Some(span) = content(st, sa, sb) {
                    if !all_quoted(st, span.0, span.1) {
                        return Some((span, Some(who), cue));
                    }
                }
            }
        }
    }
    // trailing attribution: "…, a source said." / "…, said the official." / ", a-t-il dit."
    // (a verb telling a finding needs its `que`: "X, s'est montré plus mesuré")
    if cue.first > sa + 2 && form.kind != VerbKind::That {
        let (la, _) = st.np_left(cue.first, sa);
        let comma = la.checked_sub(1).filter(|&k| st.is_punct(k, ","))?;
        // nothing but adjuncts may follow to the sentence end
        let mut k = cue.last;
        let who = if la < cue.first {
            st.resolve(la, cue.first, true, history)
        } else if cue.inverted.is_some() {
            st.speaker_of(&cue, true, history)
        } else {
            // a speaker after the verb is a name, a role or a source, not any noun
            // phrase: "La pièce, mise en scène par X, raconte l'exil d'une famille"
            let (a, b) = speaker_np(st, cue.last, sb);
            if holds_clause(st, a, b) {
                return None;
            }
            k = b;
            // ("la direction de la SNCF": one who speaks for a name)
            let fits = |w: &Who| w.entity.is_some() || w.person || speakerish(st, a, b);
            // "said the company's chief executive, Anne Roe, on Thursday": the name
            // in apposition is the speaker
            let named = apposition(st, b, sb).and_then(|(c, d, next)| {
                let w = st
                    .resolve(c, d, false, history)
                    .filter(|w| w.entity.is_some() && w.person)?;
                k = next;
                Some(w)
            });
            named
                .or_else(|| st.resolve(a, b, false, history).filter(fits))
                // (a role, then a name no list knows: "said the presiding judge, Ann Reyes")
                .or_else(|| {
                    st.speaker_of(&cue, true, history)
                        .filter(|w| w.entity.is_some() || w.person)
                })
        }?;
        // "…, a spokesman told reporters.": the addressee of a `tell`-verb
        // (or a name: "…, Ana Ruiz told the BBC on Monday.")
        if cue.kind == VerbKind::Tell {
            if let Some(j) = addressee_end(st, k, sb) {
                k = j;
            }
        }
        // ("…, officials said early Wednesday.", "…, Tanjug reported late on Friday.")
        let mut k2 = k;
        while k2 < sb
            && k2 < k + 4
            && (st.is_adverb(k2) || st.word_in(k2, Class::AdjunctPrepositions))
        {
            k2 += 1;
        }
        if k2 > k && (k2 >= sb || st.tok(k2).is_some_and(|t| t.kind == TokenKind::Punct)) {
            k = k2;
        }
        let tail_ok = k >= sb
            || st.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Punct && matches!(t.text, "." | "!" | "?" | "," | ";")
            })
            || st.word_in(k, Class::AdjunctPrepositions)
            // ("…, indique-t-on de source judiciaire": the frame of the impersonal cue)
            || cue.inverted.is_some() && st.lex.frame_prepositions.contains(&st.low(k));
        // …and only a short adjunct: "said on Tuesday", not "said on Tuesday that …"; a
        // clause after a comma is the reporter's ("…, lawmakers said Friday, as they
        // bristled at …"), and so are an apposition to the whole clause and a participle
        // of saying ("…, the agency said last week, the lowest reading in four years",
        // "…, the agency said on Tuesday, urging parents to …")
        let tail_end = (k..sb.min(k + 11))
            .find(|&x| {
                st.is_punct(x, ",")
                    && (st.word_in(x + 1, Class::ClauseStops)
                        || st.word_in(x + 1, Class::Determiners)
                        || st.verb_at(x + 1).is_some())
            })
            .unwrap_or(sb);
        let short_tail = tail_end.saturating_sub(k) <= 10
            && (k..tail_end).all(|x| !st.word_in(x, Class::Complementizers));
        if !tail_ok || !short_tail {
            return None;
        }
        // the content is a clause, not an adverbial ("During his years in office, …") nor
        // a participle and its agent ("Interrogé par France 3, le maire a répondu")
        if comma < sa + 4
            || st.word_in(sa, Class::AdjunctPrepositions)
            || st.word_in(sa + 1, Class::AgentPrepositions)
            || st.word_in(sa, Class::ClauseStops) && !st.word_in(sa, Class::NpStops)
        {
            return None;
        }
        let (Some(ft), Some(ct)) = (st.tok(sa), st.tok(comma)) else {
            return None;
        };
        let (s, e) = st.trim(ft.start, ct.start);
        let e = strip_end(st, s, e);
        let quote_edge = |k: usize| {
            st.tok(k)
                .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
        };
        if s < e && !all_quoted(st, s, e) && !quote_edge(sa) && !quote_edge(comma.saturating_sub(1))
        {
            return Some(((s, e), Some(who), cue));
        }
    }
    None
}

/// Does the phrase at token `c0` name an act's object (`a state of emergency`, `war on
/// …`, `l'état d'urgence`): the verb then performs an act, it reports no speech. Its
/// first few words are looked at, up to a punctuation mark or an auxiliary (`said the
/// floods had caused an emergency` reports speech).
fn act_object(st: &Stage, c0: usize) -> bool {
    let list = st.lex.act_objects;
    (c0..c0 + 5)
        .take_while(|&k| st.tok(k).is_some_and(|t| t.is_word()) && st.auxiliary_at(k).is_none())
        // (followed by an auxiliary or a past, the noun is a clause's subject: "said a
        // curfew would continue", "said test results showed …")
        .any(|k| {
            list.contains(&st.low(k)) && st.auxiliary_at(k + 1).is_none() && !past_after(st, k)
        })
}

/// The word after token `k` is a past tense by its ending (`showed`) or a verb of saying.
fn past_after(st: &Stage, k: usize) -> bool {
    st.past_form(k + 1)
        || st.verb_at(k + 1).is_some()
            && st
                .tok(k + 1)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
}

/// Where the content of a cue starts, to its right.
fn content_start(st: &Stage, cue: &Cue, kind: VerbKind, sb: usize) -> Option<usize> {
    let mut k = cue.last;
    if cue.inverted.is_some() && !cue.gerund {
        return None;
    }
    // a complementizer within a few tokens: "a déclaré dans un communiqué que"
    let mut j = k;
    while j < sb && j < k + THAT_WINDOW {
        let t = st.tok(j)?;
        // a subject pronoun right after the verb opens the clause already ("says she
        // hopes …, but she knows that …"), in a language whose clauses may go without
        // a complementizer; not the addressee of a `tell` verb ("told him that …")
        if j == k && st.lex.bare_clauses && kind != VerbKind::Tell && st.pronoun_at(j).is_some() {
            break;
        }
        if st.is_quote(j)
            || t.kind == TokenKind::Punct && matches!(t.text, "." | ";" | ":" | "!" | "?")
        {
            break;
        }
        if st.word_in(j, Class::Complementizers) {
            // a relative pronoun, not a complementizer: "answer the questions that have
            // swirled", "states that would be hurt" (no subject before the verb)
            // (right after a plural in -s too: "new rules that could close plants")
            let noun_s = j == k
                && k > 0
                && st.tok(k - 1).is_some_and(|p| p.text.ends_with('s'))
                && !st.lex.irregular.iter().any(|(f, _)| *f == st.low(k - 1));
            let relative = (j > k && st.tok(j - 1).is_some_and(|p| p.is_word()) || noun_s)
                && (st.auxiliary_at(j + 1).is_some() || st.verb_at(j + 1).is_some());
            if relative {
                // the words before it are the verb's object, not a clause
                return None;
            }
            return (j + 1 < sb).then_some(j + 1);
        }
        // another verb, or an auxiliary opening a clause already ("said construction
        // would begin … and that …": the clause starts at once, not at the later `that`)
        // (not a possessive: "told the council's budget committee that"; "it's" is)
        let clause_aux = st.auxiliary_at(j).is_some()
            && !(possessive(st, j) && st.pronoun_at(j - 1).is_none())
            && st.tok(j - 1).is_some_and(|p| p.is_word())
            && !st.word_in(j - 1, Class::ClauseStops)
            && !st.word_in(j + 1, Class::Complementizers);
        // (a verb that only sets off quotations is often a noun there: "on a conference
        // call that …")
        let verb = st.verb_at(j).is_some_and(|f| f.kind != VerbKind::QuoteOnly);
        if j > k && t.is_word() && (verb || clause_aux) {
            break;
        }
        j += 1;
    }
    while k < sb && st.is_adverb(k) {
        k += 1;
    }
    let next = st.tok(k)?;
    if k >= sb {
        return None;
    }
    // "…, a annoncé la direction de la SNCF.", "…, said the company's chief executive,
    // Anne Roe, on Thursday.": after a comma, a noun phrase running to the sentence end
    // is the speaker of the clause before, not a content (the trailing attribution).
    // (A participle's subject is before it: ", ajoutant avoir rencontré les syndicats".)
    if !cue.gerund
        && cue
            .first
            .checked_sub(1)
            .is_some_and(|c| st.is_punct(c, ","))
        && speaker_to_end(st, k, sb)
    {
        return None;
    }
    match kind {
        VerbKind::Directive => {
            // "urged voters to stay home", "a appelé les électeurs à voter"
            let mut j = k;
            while j < sb && j < k + 6 && !st.is_break(j) {
                if j > k && st.word_in(j, Class::DirectiveLinks) {
                    return Some(k);
                }
                j += 1;
            }
            None
        }
        VerbKind::Announce if st.word_in(k, Class::Determiners) => Some(k),
        // "called for calm", "warned of rising prices", "a appelé à la grève": after the
        // cue's preposition, the words that follow are its content
        // (a quotation opening it only when the phrase goes on after it: `called for
        // "realistic" proposals`; a whole quotation, `warned against "holding passengers
        // to ransom"`, is a direct quote of its own)
        VerbKind::Object
            if next.is_word() || next.kind == TokenKind::Number || quoted_head(st, k, sb) =>
        {
            Some(k)
        }
        // "warned jurors not to read…", "told him to leave": a telling verb, its
        // addressee, then an infinitive's link — a directive, content from the addressee
        // (not after a relative pronoun, whose speaker is found farther up)
        VerbKind::Tell
            if !cue
                .first
                .checked_sub(1)
                .is_some_and(|r| st.word_in(r, Class::Relatives))
                && st.any_word_in(k + 1, sb.min(k + 4), Class::DirectiveLinks)
                && plain_words(st, k, sb.min(k + 3)) =>
        {
            Some(k)
        }
        _ if cue.gerund || kind == VerbKind::Announce => {
            // an infinitive: "ajoutant avoir discuté", "promised to"
            if infinitive(st, k) {
                return Some(k);
            }
            if st.word_in(k, Class::InfinitiveMarker)
                || st.word_in(k, Class::DirectiveLinks) && infinitive(st, k + 1)
            {
                return Some(k);
            }
            bare_clause(st, cue, k, kind, sb)
        }
        // "Le témoin affirme avoir vu le suspect", "a dit suivre la situation": an
        // infinitive right after a verb of saying carries the content (languages whose
        // infinitives the table knows by their ending)
        VerbKind::Say
            if infinitive(st, k)
                && !st.word_in(k, Class::AdjunctPrepositions)
                && !st.word_in(k, Class::NpLinks)
                && !st.word_in(k, Class::Determiners) =>
        {
            Some(k)
        }
        _ => {
            let _ = next;
            bare_clause(st, cue, k, kind, sb)
        }
    }
}

/// A quotation opens at token `k` and a word that is no clause stop follows its close.
fn quoted_head(st: &Stage, k: usize, sb: usize) -> bool {
    st.is_quote(k)
        && (k + 1..sb.min(k + 12))
            .find(|&j| st.is_quote(j))
            .is_some_and(|c| {
                st.tok(c + 1).is_some_and(|t| t.is_word()) && !st.word_in(c + 1, Class::ClauseStops)
            })
}

/// The noun phrase from token `k`, a possessor included ("the company's chief
/// executive").
fn speaker_np(st: &Stage, k: usize, sb: usize) -> (usize, usize) {
    let (a, b) = st.np_right(k, sb);
    (a, past_possessor(st, a, b, sb))
}

/// The end of the noun phrase `[a, b)` carried over a possessive and a short noun
/// phrase after it (`the company` + `'s chief executive`); `b` when there is none (a
/// long one, "'s statement didn't clarify the matter", is a clause).
fn past_possessor(st: &Stage, a: usize, b: usize, sb: usize) -> usize {
    if a < b && possessive(st, b) {
        let (c, d) = st.np_right(b + 1, sb);
        if c < d && d - c <= 3 {
            return d;
        }
    }
    b
}

/// An English possessive `'s` (a token of its own).
pub(super) fn possessive(st: &Stage, x: usize) -> bool {
    st.tok(x)
        .is_some_and(|t| matches!(t.text, "'s" | "’s" | "'S" | "’S"))
}

fn ends_sentence(st: &Stage, b: usize, sb: usize) -> bool {
    b >= sb || st.tok(b).is_some_and(|t| matches!(t.text, "." | "!" | "?"))
}

/// An apposition right after token `b` (`, Anne Roe,` or `, Anne Roe.`): its noun
/// phrase and the token after it.
fn apposition(st: &Stage, b: usize, sb: usize) -> Option<(usize, usize, usize)> {
    if !st.is_punct(b, ",") {
        return None;
    }
    let (c, d) = st.np_right(b + 1, sb);
    if c >= d {
        return None;
    }
    if ends_sentence(st, d, sb) {
        Some((c, d, d))
    } else {
        st.is_punct(d, ",").then_some((c, d, d + 1))
    }
}

/// Could the words from `a` to `b` name a speaker: a name, a role, a source, an
/// organisation's noun?
fn speakerish(st: &Stage, a: usize, b: usize) -> bool {
    (a..b).any(|x| {
        st.role_at(x).is_some()
            || st.word_in(x, Class::Sources)
            || st.word_in(x, Class::OrgNouns)
            || st
                .tok(x)
                .is_some_and(|t| st.entity_at(t.start, t.end).is_some())
    })
}

/// A noun phrase from token `k` that runs to the sentence end: the speaker of the
/// clause before the comma that precedes the verb (`…, said Mayor Ruth Calloway.`).
/// When it names one (a name, a role, a source), an apposition (`, Anne Roe,`) and a
/// short adjunct (`on Thursday`, `dans un communiqué`) may follow it. No verb, no
/// auxiliary and no complementizer on the way.
fn speaker_to_end(st: &Stage, k: usize, sb: usize) -> bool {
    let (a, b) = st.np_right(k, sb);
    if a >= b || holds_clause(st, a, b) {
        return false;
    }
    if ends_sentence(st, b, sb) {
        return true;
    }
    let mut b = past_possessor(st, a, b, sb);
    let plain = |x: usize| {
        possessive(st, x)
            || !st.word_in(x, Class::Complementizers)
                && st.verb_at(x).is_none()
                && st.auxiliary_at(x).is_none()
    };
    if !speakerish(st, a, b) || !(a..b).all(plain) {
        return false;
    }
    if let Some((_, _, next)) = apposition(st, b, sb) {
        b = next;
    }
    ends_sentence(st, b, sb)
        || st.word_in(b, Class::AdjunctPrepositions) && sb - b <= 8 && (b..sb).all(plain)
}

/// Does the phrase `[a, b)` hold a clause: a regular past form right after a capitalized
/// word, with words after it (`…, said Washington backed the plan`)? The name is then the
/// subject of a clause, which the noun phrase reader, knowing only the verbs of saying,
/// would take as one phrase. In a language whose clauses go without a complementizer,
/// a determiner's noun then a past form then its object is one too (`…, said the board
/// accepted it`), where a participle would go on with a preposition (`said a source
/// briefed on the talks`).
fn holds_clause(st: &Stage, a: usize, b: usize) -> bool {
    (a + 1..b.saturating_sub(1)).any(|x| {
        st.past_form(x)
            && st.tok(x).is_some_and(|t| t.text.len() > 4)
            && st.tok(x - 1).is_some_and(|p| p.is_word())
            && (st.tok(x - 1).is_some_and(|p| p.is_capitalized())
                || st.lex.bare_clauses
                    && x >= a + 2
                    && st.word_in(x - 2, Class::Determiners)
                    && (st.pronoun_at(x + 1).is_some() || st.word_in(x + 1, Class::Determiners)))
    })
}

pub(super) fn infinitive(st: &Stage, k: usize) -> bool {
    st.tok(k).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalized()
            && t.text.chars().nth(3).is_some()
            && st
                .lex
                .infinitive_endings
                .iter()
                .any(|e| t.text.ends_with(e))
    })
}

/// A clause right after the verb (languages that drop the complementizer: English
/// `said he would`): starts with a subject-like word.
fn bare_clause(st: &Stage, cue: &Cue, mut k: usize, kind: VerbKind, sb: usize) -> Option<usize> {
    if !st.lex.bare_clauses || kind == VerbKind::That {
        return None;
    }
    // A plain present form is often a noun too ("the swing states", "remarks"): without
    // an auxiliary it needs a complementizer, unless the table lists it as irregular
    // ("says", "tells").
    let verb = cue
        .last
        .checked_sub(1)
        .map(|v| st.low(v))
        .unwrap_or_default();
    let listed = st.lex.irregular.iter().any(|(f, _)| *f == verb);
    let plain = !listed
        && st.ix.verb(verb).is_some_and(|f| {
            verb == f.lemma
                || verb
                    .strip_suffix('s')
                    .is_some_and(|x| x.len() + 2 >= f.lemma.len())
        });
    // …but after a pronoun, a name or a plural noun it is a verb ("critics say")
    let subject_before = cue.first.checked_sub(1).is_some_and(|b| {
        st.tok(b).is_some_and(|t| {
            t.is_word()
                && (st.pronoun_at(b).is_some()
                    || t.is_capitalized()
                    || t.text.ends_with('s') && !st.word_in(b, Class::Determiners))
        })
    });
    if plain && cue.first + 1 == cue.last && !subject_before {
        return None;
    }
    if kind == VerbKind::Tell {
        // skip the addressee: "told reporters", "told CNN", "told the crowd"
        if let Some(j) = addressee_end(st, k, sb) {
            k = j;
        } else {
            // a bare plural noun before the content's own subject: "told lawmakers the
            // budget was balanced", "told investors that…"
            let plural = st.tok(k).is_some_and(|t| {
                t.is_word()
                    && t.text.len() > 3
                    && t.text.ends_with('s')
                    && st.verb_at(k).is_none()
                    && st.pronoun_at(k).is_none()
                    && !st.word_in(k, Class::Determiners)
            });
            let next = k + 1;
            let opens = st.word_in(next, Class::Complementizers)
                || st.word_in(next, Class::Determiners)
                || st.pronoun_at(next).is_some()
                || st.tok(next).is_some_and(|t| t.is_capitalized());
            if !(plural && opens) {
                return None;
            }
            k = next;
        }
        while k < sb && st.is_adverb(k) {
            k += 1;
        }
        if st.word_in(k, Class::Complementizers) {
            k += 1;
        }
    }
    // A short adjunct between the verb and the clause's pronoun subject: "said on
    // Tuesday it had agreed…", "said in a statement he would…". (Only a subject pronoun
    // closes it: a noun there could still be the adjunct's.)
    if st.word_in(k, Class::AdjunctPrepositions) {
        if let Some(j) = (k + 2..sb.min(k + 5)).find(|&j| st.pronoun_at(j).is_some()) {
            if plain_words(st, k + 1, j) {
                k = j;
            }
        }
        // …or a determiner after a one-word time adjunct ("said on Monday the government
        // would …": a weekday is no noun the determiner's phrase could depend on)
        if st.word_in(k, Class::AdjunctPrepositions)
            && st.is_adverb(k + 1)
            && st.word_in(k + 2, Class::Determiners)
        {
            k += 2;
        }
    }
    // a quotation opening the clause ("said \"budget reforms\" and … would help"):
    // the content starts at its mark, the subject inside it
    // (a short one, the clause going on after it: its verb, or `and` and another
    // subject — not a whole quoted sentence, nor `"…" and left`)
    let start = k;
    let close = (k + 1..sb.min(k + 6)).find(|&j| st.is_quote(j));
    let goes_on = |c: usize| {
        st.tok(c + 1).is_some_and(|t| t.is_word())
            && (!st.word_in(c + 1, Class::ClauseStops)
                || st.lex.coordinators.contains(&st.low(c + 1))
                    && st.word_in(c + 2, Class::Determiners))
    };
    if st.is_quote(k) && st.tok(k + 1).is_some_and(|t| t.is_word()) && close.is_some_and(goes_on) {
        k += 1;
    }
    let t = st.tok(k)?;
    if k >= sb || !(t.is_word() || t.kind == TokenKind::Number) {
        return None;
    }
    // a subject: a pronoun, a determiner, a name, a number, or a bare noun
    // ("said officials were…") — not a preposition, adverb or conjunction
    // ("said about 61% of voters had …": an amount's word before its number)
    let amount = !st.word_in(k, Class::AdjunctPrepositions)
        && st.tok(k + 1).is_some_and(|t| t.kind == TokenKind::Number);
    let function_word = !amount
        && (st.word_in(k, Class::AdjunctPrepositions)
            || st.word_in(k, Class::NpLinks)
            || st.word_in(k, Class::ClauseStops)
            || st.word_in(k, Class::NpStops)
            || st.is_adverb(k)
            || st.word_in(k, Class::Complementizers)
            || st.verb_at(k).is_some());
    let subjectish = st.pronoun_at(k).is_some()
        || st.word_in(k, Class::FirstPerson)
        || st.word_in(k, Class::Determiners)
        || t.kind == TokenKind::Number
        || !function_word;
    if !subjectish || st.word_in(k, Class::AdjunctPrepositions) {
        return None;
    }
    // the clause needs a few words
    (k + 3 <= sb).then_some(start)
}

/// The end of a telling verb's addressee at token `k`: a phrase of the language's list
/// (`reporters`), or a name — a determiner, then up to four capitalized words (`CNN`,
/// `the BBC`). `None` when neither stands there.
fn addressee_end(st: &Stage, k: usize, sb: usize) -> Option<usize> {
    if let Some(p) = st
        .lex
        .addressees
        .iter()
        .find(|p| p.iter().enumerate().all(|(n, w)| st.low(k + n) == *w))
    {
        return Some(k + p.len());
    }
    let name = k + usize::from(st.word_in(k, Class::Determiners));
    let mut j = name;
    while j < sb && j < name + 4 && st.tok(j).is_some_and(|t| t.is_word() && t.is_capitalized()) {
        j += 1;
    }
    (j > name).then_some(j)
}

/// Are the tokens `[a, b)` words that neither are a verb, an auxiliary nor a
/// complementizer (a short phrase between a cue and what follows)?
#[inline(never)]
fn plain_words(st: &Stage, a: usize, b: usize) -> bool {
    (a..b).all(|x| {
        st.tok(x).is_some_and(|t| t.is_word())
            && st.verb_at(x).is_none()
            && st.auxiliary_at(x).is_none()
            && !st.word_in(x, Class::Complementizers)
    })
}

/// The content from token `c0` to its clause end, as a trimmed byte span.
fn content(st: &Stage, c0: usize, sb: usize) -> Option<(usize, usize)> {
    // (an incidental phrase right after the complementizer: "say that, in addition to
    // Scott, he would …" — the content starts after its comma)
    let c0 = if st.is_punct(c0, ",") { c0 + 1 } else { c0 };
    let limit = sb.min(c0 + CONTENT_MAX);
    let mut end = limit;
    let mut k = c0;
    while k < limit {
        let t = st.tok(k)?;
        if t.is_punct(";") {
            end = k;
            break;
        }
        // a coordinated attribution without a comma: "said … and urged colleagues
        // to …", "a regretté … et a annoncé que …": the second verb has its own content
        if k > c0
            && st.word_in(k, Class::ClauseStops)
            && !st.word_in(k, Class::Relatives)
            && !st.tok_quoted(k)
            && st.lex.coordinators.contains(&st.low(k))
        {
            let mut j = k + 1;
            while j < limit && j < k + 4 && st.is_adverb(j) {
                j += 1;
            }
            // (not a verb that only sets off quotations: "said that Clinton once
            // described the deal as …" goes on; nor a bare plain form, often a noun or
            // an infinitive: "violated federal and state law")
            let plain = |c: &Cue| {
                c.first + 1 == c.last
                    && st
                        .verb_at(c.first)
                        .is_some_and(|f| f.lemma == st.low(c.first))
            };
            if st.cue_from(j).is_some_and(|c| {
                !c.gerund
                    && c.inverted.is_none()
                    && !matches!(c.kind, VerbKind::That | VerbKind::QuoteOnly)
                    && !plain(&c)
            }) {
                end = k;
                break;
            }
        }
        let separator = t.kind == TokenKind::Punct && matches!(t.text, "," | "—" | "–");
        if separator && !st.tok_quoted(k) && k > c0 {
            // a non-restrictive relative clause is the reporter's: ", which forced her…"
            // — unless it sits in the content's subject, before its verb ("that the
            // rules, which force developers to pay, serve no purpose"): on past it
            if st.word_in(k + 1, Class::Relatives) {
                // (a verb's form after a determiner is a noun: "the rules")
                let verb = |x: usize| {
                    st.verb_at(x).is_some()
                        && !st.word_in(x - 1, Class::Determiners)
                        && !possessive(st, x - 1)
                        || st.auxiliary_at(x).is_some() && !possessive(st, x)
                };
                // (the clause's closing comma, before any other stop: "30%" is none)
                let close = (k + 2..limit.min(k + 24))
                    .find(|&x| st.is_break(x) && !st.is_punct(x, "%"))
                    .filter(|&x| st.is_punct(x, ",") && !st.tok_quoted(x));
                match close {
                    Some(x) if !(c0..k).any(verb) => {
                        k = x + 1;
                        continue;
                    }
                    _ => {
                        end = k;
                        break;
                    }
                }
            }
            // a new attribution: "— and he noted that …"
            let mut j = k + 1;
            while j < limit && j < k + 5 && !st.is_break(j) {
                let verb = st
                    .tok(j)
                    .is_some_and(|t| t.is_word() && st.verb_at(j).is_some());
                if verb && j > k + 1 && st.word_in(k + 1, Class::ClauseStops) {
                    end = k;
                    break;
                }
                j += 1;
            }
            if end == k {
                break;
            }
        }
        // another attribution starts after a comma: ", ajoutant", ", a-t-il dit", ",
        // selon X"; the same after a comma kept inside the quotation marks (`a system,"
        // noting`), the closing mark then staying in the content
        let attribution_after = |k: usize| {
            st.cue_from(k + 1)
                .is_some_and(|c| c.gerund || c.inverted.is_some())
                || st.attribution_at(k + 1, false).is_some()
        };
        if k > c0
            && st.is_quote(k)
            && st.tok(k - 1).is_some_and(|p| p.is_punct(","))
            && attribution_after(k)
        {
            end = k + 1;
            break;
        }
        if t.is_punct(",") && !st.tok_quoted(k) && attribution_after(k) {
            end = k;
            break;
        }
        k += 1;
    }
    let s = st.tok(c0)?.start;
    let e = st.tok(end.checked_sub(1)?)?.end;
    let (s, e) = st.trim(s, e);
    let e = strip_end(st, s, e);
    (s < e).then_some((s, e))
}

/// Drops final sentence punctuation (not inside quotation marks).
fn strip_end(st: &Stage, s: usize, mut e: usize) -> usize {
    while e > s {
        let Some(c) = st.text.get(s..e).and_then(|x| x.chars().next_back()) else {
            break;
        };
        if matches!(c, '.' | '!' | '?' | ':' | ',' | ' ' | '…') {
            e -= c.len_utf8();
        } else {
            break;
        }
    }
    e
}
