//! Cues and speakers: finding the verb (or phrase) of saying next to a quote, and the
//! words standing for its speaker, then mapping those words to an entity.
//!
//! A speaker phrase is read from the tokens beside the cue (leftwards for `X a déclaré`,
//! `X said`; rightwards for `a déclaré X`, `said X`, `selon X`), bounded by punctuation,
//! clause words and a few tokens. Inside it, in order: an entity mention (a person
//! first), a pronoun (resolved to the nearest fitting person before it, in the same or
//! the previous paragraph), a capitalized name the entities stage did not give, a role
//! noun (→ the entity holding that role), or a short lower-case description
//! (`une source policière`, `a spokesman`).

use super::reported::possessive;
use super::{Class, Cue, Gender, Number, Stage, VerbKind, Who};
use crate::analysis::{Entity, EntityType, Speaker};
use crate::document::TokenKind;

/// A pronoun glued to a cue: its byte span, gender and number.
type Glued = (usize, usize, Gender, Number);

/// The longest speaker phrase read, in tokens.
const NP_MAX: usize = 12;

impl<'a> Stage<'a> {
    pub fn is_adverb(&self, i: usize) -> bool {
        self.is(i, Class::Adverbs)
            || self.is(i, Class::Weekdays)
            || self.is(i, Class::AdverbPhraseWords) && self.in_adverb_phrase(i)
    }

    /// Token `i` is part of one of the language's adverbial phrases (`par ailleurs`).
    fn in_adverb_phrase(&self, i: usize) -> bool {
        let w = self.low(i);
        // (the words compared by length and first byte first: most differ there)
        let same = |x: &str, y: &str| {
            x.len() == y.len() && x.as_bytes().first() == y.as_bytes().first() && x == y
        };
        self.lex.adverb_phrases.iter().any(|p| {
            p.iter().enumerate().any(|(n, x)| {
                same(x, w)
                    && i >= n
                    && p.iter()
                        .enumerate()
                        .all(|(m, y)| m == n || same(self.low(i - n + m), y))
            })
        })
    }

    /// An auxiliary at token `i`: the byte where it starts (after a glued credit such as
    /// `AFPa`), and the inverted pronoun glued to it.
    fn aux_at(&self, i: usize) -> Option<(usize, Option<Glued>)> {
        let t = self.tok(i)?;
        if !t.is_word() {
            return None;
        }
        if self.name_clitic(i) {
            return None;
        }
        // "May told him": a capitalized word inside a sentence is a name, not "may"
        let initial = self.sentence(i).0 == i;
        if let Some(inv) = self
            .auxiliary_at(i)
            .filter(|_| initial || !t.is_capitalized())
        {
            return Some((t.start, inv.map(|(g, n)| self.pronoun_in(i, g, n))));
        }
        // A credit glued to the auxiliary when the marks were lost ("AFPa déclaré"):
        // the token starts with two capitals.
        let caps = t.text.chars().take(2).filter(|c| c.is_uppercase()).count() == 2;
        for aux in self.lex.auxiliaries.iter().filter(|_| caps) {
            if aux.len() < t.text.len() && t.text.ends_with(aux) {
                let prefix = &t.text[..t.text.len() - aux.len()];
                if prefix.chars().count() >= 2 && prefix.chars().all(char::is_uppercase) {
                    return Some((t.end - aux.len(), None));
                }
            }
        }
        None
    }

    /// Token `i` is a clitic glued to a name and followed by a verb of saying (`'s` in
    /// `McDonald's said`, `Moody's said`): the name's end, not `has` (its speaker is the
    /// name either way).
    fn name_clitic(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.text.starts_with(['\'', '’'])
                && !t.space_before
                && i > 0
                && self.verb_at(i + 1).is_some()
                && self
                    .tok(i - 1)
                    .and_then(|p| self.entity_at(p.start, p.end))
                    .is_some_and(|m| m.1 <= t.start && m.1 + 1 > t.start)
        })
    }

    /// Byte span of the pronoun glued to token `i` (`a-t-il` → `il`).
    fn pronoun_in(&self, i: usize, g: Gender, n: Number) -> Glued {
        let t = self.tok(i).copied();
        match t {
            Some(t) => {
                let k = t.text.rfind('-').map(|k| k + 1).unwrap_or(0);
                (t.start + k, t.end, g, n)
            }
            None => (0, 0, g, n),
        }
    }

    fn verb_cue(&self, first: usize, start: usize, v: usize) -> Option<Cue> {
        let t = self.tok(v)?;
        if !t.is_word() {
            return None;
        }
        // a capitalized word inside a sentence is a name, not a verb ("the United
        // States", "Tom Said")
        if t.is_capitalized() && self.sentence(v).0 != v {
            return None;
        }
        let form = self.verb_at(v)?;
        let (mut first, mut start) = (first, start);
        // `savoir` is a verb of saying only in `faire savoir`
        if self.is(v, Class::AfterLightVerb) {
            if v == 0 || !self.word_in(v - 1, Class::LightVerbs) {
                return None;
            }
            if first == v {
                first = v - 1;
                start = self.tok(v - 1)?.start;
            }
        }
        // A phrasal cue's words (`shot back`, `called for`: `verb_at` found them) are
        // the cue's end
        let extra = usize::from(form.extra);
        let (last, end, kind) = match extra {
            0 => (v + 1, t.end, form.kind),
            _ => (v + 1 + extra, self.tok(v + extra)?.end, form.kind),
        };
        Some(Cue {
            first,
            last,
            start,
            end,
            kind,
            inverted: form.inverted.map(|(g, n)| self.pronoun_in(v, g, n)),
            gerund: form.gerund,
            attribution: false,
        })
    }

    /// A cue starting at token `i`, read rightwards: `a déclaré`, `a-t-il également
    /// déclaré`, `explique-t-elle`, `said`, `s'est dit`, `has said`.
    pub fn cue_from(&self, i: usize) -> Option<Cue> {
        let t = self.tok(i)?;
        if self.word_in(i, Class::Reflexives) && self.word_in(i + 1, Class::Copulas) {
            let mut j = i + 2;
            while j < i + 5 && self.is_adverb(j) {
                j += 1;
            }
            return self.verb_cue(i, t.start, j);
        }
        // a pronominal verb: "s'agace", "s'inquiète"
        if self.word_in(i, Class::Reflexives) {
            if let Some(c) = self.verb_cue(i, t.start, i + 1) {
                return Some(c);
            }
        }
        if let Some((start, inv)) = self.aux_at(i) {
            let mut j = i + 1;
            while j < i + 5 && (self.is_adverb(j) || self.word_in(j, Class::LightVerbs)) {
                j += 1;
            }
            if let Some(mut c) = self.verb_cue(i, start, j) {
                if c.inverted.is_none() {
                    c.inverted = inv;
                }
                return Some(c);
            }
            return None;
        }
        self.verb_cue(i, t.start, i)
    }

    /// The cue whose verb is token `v`, extended leftwards to its auxiliary.
    pub fn cue_at(&self, v: usize) -> Option<Cue> {
        let mut cue = self.verb_cue(v, self.tok(v)?.start, v)?;
        let mut k = cue.first;
        let mut steps = 0;
        // (a light verb without an auxiliary opens the cue: "Le ministère fait savoir",
        // "Le maire veut rappeler que")
        let mut light: Option<usize> = None;
        while k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            if self.word_in(k, Class::LightVerbs) {
                light = Some(k);
            }
            if let Some((start, inv)) = self.aux_at(k) {
                if k + 1 < self.tok_count() && self.paragraph_of(k) == self.paragraph_of(v) {
                    cue.first = k;
                    cue.start = start;
                    if cue.inverted.is_none() {
                        cue.inverted = inv;
                    }
                    if k >= 2
                        && self.word_in(k - 2, Class::Reflexives)
                        && self.word_in(k - 1, Class::Copulas)
                    {
                        cue.first = k - 2;
                        cue.start = self.tok(k - 2).map(|t| t.start).unwrap_or(start);
                    }
                }
                break;
            }
            if self.word_in(k, Class::Copulas) && k > 0 && self.word_in(k - 1, Class::Reflexives) {
                cue.first = k - 1;
                cue.start = self.tok(k - 1).map(|t| t.start).unwrap_or(cue.start);
                break;
            }
            if !self.is_adverb(k) && !self.word_in(k, Class::LightVerbs) {
                if let Some(l) = light {
                    cue.first = l;
                    cue.start = self.tok(l).map_or(cue.start, |t| t.start);
                }
                break;
            }
        }
        Some(cue)
    }

    pub fn tok_count(&self) -> usize {
        self.doc.tokens.len()
    }

    /// An attribution phrase starting at token `i` (`selon`, `d'après`, `according to`).
    /// `weak` also accepts the weak ones (`pour`).
    #[inline]
    pub fn attribution_at(&self, i: usize, weak: bool) -> Option<Cue> {
        // (asked at every word: the class bit rules out nearly all at once)
        if !self.is(i, Class::AttributionHeads) {
            return None;
        }
        self.attribution_phrase(i, weak)
    }

    fn attribution_phrase(&self, i: usize, weak: bool) -> Option<Cue> {
        let lists: &[&[&[&str]]] = if weak {
            &[self.lex.attributions, self.lex.weak_attributions]
        } else {
            &[self.lex.attributions]
        };
        // (asked at every `de`, `à`, `aux`: the token's fold read once, the phrases'
        // other words only after their first one matched)
        let head = self.low(i);
        for list in lists {
            for phrase in *list {
                let Some((first, rest)) = phrase.split_first() else {
                    continue;
                };
                let ok = first.as_bytes().first() == head.as_bytes().first()
                    && *first == head
                    && rest
                        .iter()
                        .enumerate()
                        .all(|(k, w)| self.low(i + 1 + k) == *w);
                if ok {
                    let first = self.tok(i)?;
                    let last = self.tok(i + phrase.len() - 1)?;
                    return Some(Cue {
                        first: i,
                        last: i + phrase.len(),
                        start: first.start,
                        end: last.end,
                        kind: VerbKind::Say,
                        inverted: None,
                        gerund: false,
                        attribution: true,
                    });
                }
            }
        }
        None
    }

    fn is_verbish(&self, i: usize) -> bool {
        if self.name_clitic(i) {
            return false;
        }
        self.tok(i).is_some_and(|t| {
            // a capitalized word inside a sentence is a name ("Helen May", "Tom Said")
            let name = t.is_capitalized() && self.sentence(i).0 != i;
            t.is_word() && !name && (self.verb_at(i).is_some() || self.auxiliary_at(i).is_some())
        })
    }

    /// The speaker phrase read rightwards from token `i`: skips adverbs and dates, stops
    /// at punctuation, a preposition opening an adjunct, a verb.
    pub fn np_right(&self, i: usize, limit: usize) -> (usize, usize) {
        let mut a = i;
        let mut guard = 0;
        while a < limit && guard < 4 && self.is_adverb(a) && !self.starts_name(a) {
            a += 1;
            guard += 1;
        }
        // "a indiqué jeudi 12 mars 2026 le parquet": the day's number, month and year
        // before the speaker
        let day = |k: usize| self.tok(k).is_some_and(|t| t.kind == TokenKind::Number);
        while a < limit && guard < 8 {
            let date = self.is(a, Class::Months) && (a > i && day(a - 1) || day(a + 1))
                || day(a)
                    && (self.is(a + 1, Class::Months) || a > i && self.is(a - 1, Class::Months));
            if !date {
                break;
            }
            a += 1;
            guard += 1;
        }
        // "a indiqué il y a trois jours la Métropole": a time adjunct before the speaker
        for opener in self.lex.ago_openers {
            if opener
                .iter()
                .enumerate()
                .all(|(n, w)| self.low(a + n) == *w)
            {
                let from = a + opener.len();
                if let Some(u) =
                    (from..limit.min(from + 3)).find(|&x| self.word_in(x, Class::TimeUnits))
                {
                    a = u + 1;
                }
                break;
            }
        }
        let mut b = a;
        while b < limit && b < a + NP_MAX {
            if b > a && self.is_punct(b, "(") {
                // "le député de La France insoumise (LFI) Antoine Berthelot": step over
                // the parenthesis to the name it precedes
                // (not to a verb: "Elizabeth Warren (D-Mass.) criticized …")
                match self.after_parenthesis(b, limit) {
                    Some(n)
                        if n < limit
                            && !self.is_break(n)
                            && !self.past_form(n)
                            && !self.is_verbish(n) =>
                    {
                        b = n;
                        continue;
                    }
                    _ => break,
                }
            }
            if self.is_break(b) {
                break;
            }
            let t = match self.tok(b) {
                Some(t) => t,
                None => break,
            };
            if b > a && !t.is_capitalized() && self.word_in(b, Class::NpStops) {
                break;
            }
            // (a verb's form right after a determiner is a noun: "the report")
            if b > a
                && self.is_verbish(b)
                && !t.is_capitalized()
                && !self.word_in(b - 1, Class::Determiners)
            {
                break;
            }
            b += 1;
        }
        (a, b)
    }

    /// The source named after an attribution cue ending before token `k` (`selon`,
    /// `according to`, `pour`): its noun phrase, or the name in apposition to the role
    /// it holds (`Selon la directrice, Anne Morvan, …` → Anne Morvan).
    pub fn source(&self, k: usize, limit: usize, history: &[Who]) -> Option<Who> {
        let (a, b) = self.np_right(k, limit);
        // "selon nos informations", "according to our reporting": the writer's own
        // finding, nobody's words
        if self.word_in(a, Class::FirstPerson) {
            return None;
        }
        let who = self.resolve(a, b, false, history)?;
        if self.is_punct(b, ",") && (a..b).any(|x| self.role_at(x).is_some()) {
            let (c, d) = self.np_right(b + 1, limit);
            if c < d && d - c <= 4 && self.is_punct(d, ",") {
                let named = self
                    .resolve(c, d, false, history)
                    .filter(|w| w.entity.is_some() && w.person);
                if named.is_some() {
                    return named;
                }
            }
        }
        Some(who)
    }

    /// [`description_name`] of the bytes `[s, e)`. A first word that is no determiner,
    /// followed by a capitalized word, opens a name and keeps its capital
    /// (`Northfield Water's chairman`; `The company's chairman` → `the company's …`).
    fn description_name(&self, s: usize, e: usize) -> Option<String> {
        let text = self.text.get(s..e)?;
        let k = self.doc.token_at(s);
        // (one word no table knows, opening the sentence, is a name too: "Trump
        // addressed the crowd, saying"; "Police said" → "police")
        let alone = self.tok(k).is_some_and(|t| t.end >= e)
            && self.role_at(k).is_none()
            && self.pronoun_at(k).is_none()
            && self.info(k).classes() == 0
            && !self.lex.impersonal_pronouns.contains(&self.low(k))
            && !self.low(k).ends_with('s');
        let name = !self.word_in(k, Class::Determiners)
            && self
                .tok(k)
                .is_some_and(|t| t.is_word() && t.is_capitalized())
            && (alone
                || self
                    .tok(k + 1)
                    .is_some_and(|t| t.is_word() && t.is_capitalized() && t.end <= e));
        Some(match name {
            true => text.to_string(),
            false => description_name(text),
        })
    }

    /// The token after the `)` of a parenthesis opened at token `k` (within eight
    /// tokens, before `limit`).
    pub fn after_parenthesis(&self, k: usize, limit: usize) -> Option<usize> {
        if !self.is_punct(k, "(") {
            return None;
        }
        (k + 1..limit.min(k + 8))
            .find(|&x| self.is_punct(x, ")"))
            .map(|c| c + 1)
    }

    fn starts_name(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_capitalized())
            && self.tok(i + 1).is_some_and(|t| t.is_capitalized())
    }

    /// The speaker phrase read leftwards from before token `end`.
    pub fn np_left(&self, end: usize, floor: usize) -> (usize, usize) {
        // a day between the subject and its verb is no part of the subject: "The
        // ministry on Monday said", "the agency Tuesday urged", "Le ministère, lundi, a"
        let mut end = end;
        if end > floor + 3
            && self.is_punct(end - 1, ",")
            && self.is(end - 2, Class::Weekdays)
            && self.is_punct(end - 3, ",")
        {
            end -= 3;
        } else if end > floor + 1 && self.is(end - 1, Class::Weekdays) {
            end -= 1;
            if end > floor + 1 && self.word_in(end - 1, Class::AdjunctPrepositions) {
                end -= 1;
            }
        }
        // nor are adverbs: "He also said", "the president later told"
        while end > floor + 1
            && self.is_adverb(end - 1)
            && self.tok(end - 2).is_some_and(|t| t.is_word())
        {
            end -= 1;
        }
        let mut a = end;
        while a > floor && a + NP_MAX > end {
            let k = a - 1;
            if self.is_punct(k, ")") {
                // "Gov. Mike Pence (R-IN) said": step over the parenthesis
                let open = (k.saturating_sub(8).max(floor)..k)
                    .rev()
                    .find(|&x| self.is_punct(x, "("));
                match open {
                    Some(o) => {
                        a = o;
                        continue;
                    }
                    None => break,
                }
            }
            if self.is_break(k) {
                break;
            }
            let Some(t) = self.tok(k) else { break };
            if self.word_in(k, Class::ClauseStops) {
                break;
            }
            // a possessive glued to the word before it, inside the phrase (not right
            // before the verb: "He's said"), is no auxiliary: "Johnson's lawyer said"
            let possessive =
                k + 1 < end && k > floor && !t.space_before && self.possessive_at(k) == 1;
            if self.is_verbish(k) && !t.is_capitalized() && !possessive {
                break;
            }
            a = k;
        }
        (a, end)
    }

    /// The speaker the tokens `[a, b)` stand for. `last` prefers the name nearest the
    /// end (a phrase read leftwards from its cue).
    pub fn resolve(&self, a: usize, b: usize, last: bool, history: &[Who]) -> Option<Who> {
        // a description headed by a common noun first; failing one, the name in it
        self.resolve_as(a, b, last, history, true)
            .or_else(|| self.resolve_as(a, b, last, history, false))
    }

    fn resolve_as(
        &self,
        a: usize,
        b: usize,
        last: bool,
        history: &[Who],
        headed: bool,
    ) -> Option<Who> {
        if a >= b {
            return None;
        }
        let (mut a, b) = (a, b.min(self.tok_count()));
        // the place dateline is no part of the subject after it ("DAKAR (AFP) - La
        // coalition a dénoncé…": the coalition speaks, not the agency)
        if let Some((_, pe)) = self.place_line {
            let mut k = a;
            while k < b && self.tok(k).is_some_and(|t| t.start < pe) {
                k += 1;
            }
            if k < b {
                a = k;
            }
        }
        // a pronoun with a contraction glued after it ("He’s claiming")
        let mut b = b;
        while b > a + 1
            && (self.low(b - 1) == "s"
                && self.tok(b - 2).is_some_and(|t| matches!(t.text, "'" | "’")))
        {
            b -= 2;
        }
        // an impersonal pronoun after a frame opening the sentence ("Dans l'entourage de
        // l'accusé, on assure …", "Chez Renault, on affirme …"): the frame speaks
        if b - a == 1 && self.lex.impersonal_pronouns.contains(&self.low(a)) && headed {
            if let Some(w) = self.frame_speaker(a, history) {
                return Some(w);
            }
        }
        // a lone pronoun
        if b - a == 1 {
            let t = self.tok(a)?;
            if let Some((g, n)) = self.pronoun_at(a) {
                return Some(self.resolve_pronoun(t.start, t.end, g, n, history));
            }
        }
        // an entity mention, persons first
        let role_at = (a..b).rev().find(|&k| self.role_at(k).is_some());
        let mut best: Option<(u8, usize, (usize, usize, usize))> = None;
        for i in a..b {
            let Some(t) = self.tok(i) else { continue };
            if !t.is_word() {
                continue;
            }
            if let Some(m) = self.entity_at(t.start, t.end) {
                let Some(e) = self.entities.get(m.2) else {
                    continue;
                };
                let mut rank = match e.kind {
                    EntityType::PER => 4,
                    EntityType::ORG => 3,
                    EntityType::LOC => 2,
                    EntityType::MISC => 1,
                };
                // a name inside a title ("secrétaire générale de la CGT", "head of the
                // caucus") is not the speaker when something else is there
                let ms = self.doc.token_at(m.0);
                let linked = ms > a && self.word_in(ms - 1, Class::NpLinks)
                    || ms > a + 1
                        && self.word_in(ms - 1, Class::Determiners)
                        && self.word_in(ms - 2, Class::NpLinks);
                // a possessor is not the speaker: "Pellow's barrister"
                let me = self.doc.token_at(m.1);
                let n = self.possessive_at(me);
                let possessor = n > 0 && me + n < b;
                // a place qualifying the role noun after it, in a phrase opened by a
                // determiner, is no speaker: "a senior U.S. official", "the New York
                // businessman" — the description speaks
                // "a spokesman for the ministry", "le porte-parole du Quai d'Orsay": the
                // organisation speaks through its mouthpiece
                let link = if ms > a && self.word_in(ms - 1, Class::NpLinks) {
                    Some(ms - 1)
                } else if ms > a + 1
                    && self.word_in(ms - 1, Class::Determiners)
                    && self.word_in(ms - 2, Class::NpLinks)
                {
                    Some(ms - 2)
                } else {
                    None
                };
                let voiced = e.kind == EntityType::ORG
                    && link
                        .is_some_and(|l| l > a && self.lex.mouthpieces.contains(&self.low(l - 1)));
                let linked = linked && !voiced;
                let qualifies = e.kind == EntityType::LOC
                    && role_at.is_some_and(|r| ms < r)
                    && self.word_in(a, Class::Determiners);
                if linked || possessor || qualifies {
                    rank = 0;
                } else if role_at.is_some_and(|r| ms > r) {
                    // "Raymond James analyst Teresa Vogel": the name after the role noun
                    rank += 5;
                }
                let better = match best {
                    None => true,
                    Some((r, _, _)) => rank > r || (rank == r && last),
                };
                if better {
                    best = Some((rank, i, m));
                }
            }
        }
        // only names inside titles or possessors: the phrase's head is elsewhere — a
        // role, or a common noun before the link ("le centre hospitalier de Nantes",
        // "the head of the agency": the description speaks, not the place)
        let common_head = |ms: usize| {
            (a..ms).any(|k| {
                // (a sentence's first word is capitalized whatever it is: "Residents of
                // Colonial Place said" — a common noun when no entity starts there)
                self.tok(k).is_some_and(|t| {
                    t.is_word()
                        && (!t.is_capitalized()
                            || self.sentence(k).0 == k && self.entity_at(t.start, t.end).is_none())
                }) && !self.word_in(k, Class::Determiners)
                    && !self.word_in(k, Class::NpLinks)
                    && !self.is_adverb(k)
            })
        };
        let best = best.filter(|(r, _, m)| {
            *r > 0 || role_at.is_none() && !(headed && common_head(self.doc.token_at(m.0)))
        });
        if let Some((_, _, (s, e, ent))) = best {
            let entity = self.entities.get(ent)?;
            return Some(Who {
                name: self.bare_name(&entity.name),
                entity: Some(ent),
                start: s,
                end: e,
                gender: self.genders.get(ent).copied().unwrap_or(Gender::Unknown),
                plural: false,
                person: entity.kind == EntityType::PER,
            });
        }
        // a definite description of an organisation ("the agency", "le club", "the
        // British utility"): the organisation named last before, when there is one near
        if (2..=4).contains(&(b - a))
            && self.word_in(a, Class::Definite)
            && self.word_in(b - 1, Class::OrgNouns)
            && (a + 1..b - 1).all(|k| self.tok(k).is_some_and(|t| t.is_word()))
        {
            if let Some(w) = self.org_antecedent(a, b, history) {
                return Some(w);
            }
        }
        // a capitalized name the entities stage did not give
        if let Some(w) = self.local_name(a, b, last) {
            return Some(w);
        }
        // a role noun: the entity holding that role, else a description
        let desc = self.description(a, b);
        for i in a..b {
            let Some(t) = self.tok(i) else { continue };
            // a role noun in a complement is not the speaker: "un proche de la
            // ministre", "the cabinet of the minister"
            let complement = i > a
                && (self.word_in(i - 1, Class::NpLinks)
                    || i > a + 1
                        && self.word_in(i - 1, Class::Determiners)
                        && self.word_in(i - 2, Class::NpLinks));
            if complement {
                continue;
            }
            if let Some(mut g) = self.role_at(i) {
                if g == Gender::Unknown && i > a && self.word_in(i - 1, Class::FeminineDeterminers)
                {
                    g = Gender::Feminine;
                }
                // a word qualifying the role noun ("Premier ministre", "deputy
                // director") must be in the holder's role too
                let modifier = (i > a
                    && self.tok(i - 1).is_some_and(|p| p.is_word())
                    && !self.word_in(i - 1, Class::Determiners)
                    && !self.word_in(i - 1, Class::NpLinks))
                .then(|| self.low(i - 1));
                let definite = i > a && self.word_in(i - 1, Class::Definite);
                // A bare definite role noun (`the official`, `le syndicaliste`) may stand
                // for the one who spoke last, in this paragraph or the one before: that
                // speaker, at this noun.
                let bare = definite && b == a + 2 && i == a + 1;
                let last_speaker = history.last().filter(|w| {
                    bare && self.paragraph_of(self.doc.token_at(w.start)) + 1
                        >= self.paragraph_of(a)
                });
                let here = |w: &Who| Who {
                    start: t.start,
                    end: t.end,
                    ..w.clone()
                };
                // "A senior European official said … The official added": the
                // description that spoke, when its last word is this noun (before any
                // holder of a broader role)
                let again = last_speaker.filter(|w| {
                    w.entity.is_none()
                        && w.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|x| x.eq_ignore_ascii_case(t.text))
                });
                if let Some(w) = again {
                    return Some(here(w));
                }
                // a role noun with only an age after it ("le joueur de 24 ans a ajouté",
                // "l'élue de 51 ans") stands for the person just named, as a pronoun does
                let aged = definite
                    && i == a + 1
                    && b == a + 5
                    && g != Gender::Unknown
                    && self.word_in(i + 1, Class::NpLinks)
                    && (self.tok(i + 2).is_some_and(|t| t.kind == TokenKind::Number)
                        || self.lex.number_words.contains(&self.low(i + 2)));
                if aged {
                    let w = self.resolve_pronoun(t.start, t.end, g, Number::Singular, history);
                    if w.entity.is_some() && w.person {
                        return Some(w);
                    }
                }
                if let Some(ent) =
                    self.role_holder(&t.text.to_lowercase(), modifier, definite, t.start)
                {
                    let entity = self.entities.get(ent)?;
                    return Some(Who {
                        name: self.bare_name(&entity.name),
                        entity: Some(ent),
                        start: t.start,
                        end: t.end,
                        gender: g,
                        plural: false,
                        person: true,
                    });
                }
                // "« … », a-t-il déclaré. Le syndicaliste a rappelé que …": right after a
                // named person spoke, that person again (no one in the text holds the
                // role by name)
                let person = last_speaker.filter(|w| {
                    w.person
                        && !w.plural
                        && w.entity.is_some()
                        && (g == Gender::Unknown || w.gender == Gender::Unknown || w.gender == g)
                });
                if let Some(w) = person {
                    return Some(here(w));
                }
                let (s, e) = desc?;
                return Some(Who {
                    name: self.description_name(s, e)?,
                    entity: None,
                    start: s,
                    end: e,
                    gender: g,
                    plural: false,
                    person: true,
                });
            }
        }
        // a description is a noun phrase: it opens with a determiner, or names a
        // source ("officials"), or is a short bare noun phrase
        let first_ok =
            self.word_in(a, Class::Determiners) || (a..b).any(|k| self.word_in(k, Class::Sources));
        let bare_ok = b - a <= 3
            && !(a..b).any(|k| {
                self.word_in(k, Class::AdjunctPrepositions)
                    || self.word_in(k, Class::NpStops)
                    || self.word_in(k, Class::ClauseStops)
                    || self.is_adverb(k)
                    || self.is_verbish(k)
                    || self.low(k).ends_with("ly")
            });
        if !(first_ok || bare_ok) {
            return None;
        }
        let (s, e) = desc?;
        let plural = self
            .tok(b - 1)
            .is_some_and(|t| t.text.ends_with('s') && t.text.len() > 3);
        Some(Who {
            name: self.description_name(s, e)?,
            entity: None,
            start: s,
            end: e,
            gender: Gender::Unknown,
            plural,
            person: false,
        })
    }

    /// The frame opening the sentence of the impersonal pronoun at token `a`, when a
    /// comma ends it right before the pronoun: `Dans l'entourage de l'accusé,` →
    /// `l'entourage de l'accusé`; `Chez Renault,` → Renault.
    fn frame_speaker(&self, a: usize, history: &[Who]) -> Option<Who> {
        let (sa, _) = self.sentence(a);
        if a < sa + 3 || !self.is_punct(a - 1, ",") {
            return None;
        }
        if !self.lex.frame_prepositions.contains(&self.low(sa)) {
            return None;
        }
        let (na, nb) = self.np_right(sa + 1, a - 1);
        if nb != a - 1 || na >= nb {
            return None;
        }
        self.resolve(na, nb, false, history)
    }

    /// An entity's name as a speaker's: without the letters written after it
    /// (`Martin Hale KC` → `Martin Hale`), never down to nothing.
    pub(super) fn bare_name(&self, name: &str) -> String {
        let mut n = name.trim_end();
        while let Some((head, last)) = n.rsplit_once(' ') {
            let last = last.trim_end_matches(',');
            if head.trim_end().is_empty() || !self.lex.post_nominals.contains(&last) {
                break;
            }
            n = head.trim_end().trim_end_matches(',');
        }
        n.to_string()
    }

    /// A short description from the phrase `[a, b)`: at most eight words (`a spokesperson
    /// for the German finance ministry`), starting at its
    /// first word, with at least one word that is not a determiner or adverb.
    fn description(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let b = b.min(a + 8);
        let mut content = false;
        let mut last = a;
        for i in a..b {
            let t = self.tok(i)?;
            if !t.is_word() && t.kind != TokenKind::Number {
                if t.kind == TokenKind::Punct && matches!(t.text, "-" | "'" | "’") {
                    continue;
                }
                break;
            }
            if !self.word_in(i, Class::Determiners)
                && !self.is_adverb(i)
                && self.pronoun_at(i).is_none()
            {
                content = true;
            }
            last = i + 1;
        }
        if !content {
            return None;
        }
        Some((self.tok(a)?.start, self.tok(last - 1)?.end))
    }

    /// The entity whose roles name `noun`, mentioned last before byte `pos` (else the
    /// first after).
    fn role_holder(
        &self,
        noun: &str,
        modifier: Option<&str>,
        definite: bool,
        pos: usize,
    ) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        // The roles a broader noun covers ("l'élu" for a "député", "the lawmaker" for a
        // "senator"): after a definite article only ("an official" is someone new), held
        // by someone named shortly before (two paragraphs up).
        let narrower: &[&str] = self
            .lex
            .role_hypernyms
            .iter()
            .find(|(h, _)| *h == noun && definite)
            .map_or(&[], |(_, n)| n);
        let floor = if narrower.is_empty() {
            0
        } else {
            self.paragraph_start_back(self.paragraph_of(self.doc.token_at(pos)), 2)
        };
        for (k, e) in self.entities.iter().enumerate() {
            let mut broad = false;
            let holds = e.roles.iter().any(|r| {
                let low = r.text.to_lowercase();
                let mut words = low.split(|c: char| !c.is_alphanumeric() && c != '-');
                // "Premier ministre" is not held by a "ministre de la Santé"
                if words.clone().any(|w| w == noun) {
                    return modifier.is_none_or(|m| words.any(|w| w == m));
                }
                broad = modifier.is_none() && words.any(|w| narrower.contains(&w));
                broad
            });
            if !holds {
                continue;
            }
            let before = e
                .mentions
                .iter()
                .filter(|m| m.start < pos)
                .map(|m| m.start)
                .max()
                .unwrap_or(0);
            if broad && (before < floor || before == 0) {
                continue;
            }
            if best.is_none_or(|(b, _)| before > b) {
                best = Some((before, k));
            }
        }
        best.map(|(_, k)| k)
    }

    /// Is token `i` a capitalized word that can be part of a name?
    fn namey(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if !t.is_word() || !t.is_capitalized() {
            return false;
        }
        let w = self.low(i);
        !(self.is(i, Class::Determiners)
            || self.is(i, Class::FirstPerson)
            || self.lex.impersonal_pronouns.contains(&w)
            || self.pronoun_at(i).is_some()
            || self.honorific_at(i).is_some()
            || self.is(i, Class::Sources)
            || self.role_at(i).is_some()
            || self.is(i, Class::ClauseStops)
            || self.is(i, Class::NpStops)
            || self.is_adverb(i)
            || self.is_verbish(i)
            || self.is(i, Class::AttributionHeads)
                && self.lex.attributions.iter().any(|p| p.first() == Some(&w)))
    }

    /// A run of capitalized words inside `[a, b)` not introduced by `de`/`of` (so
    /// `ministre des Affaires étrangères Sergueï Lavrov` gives `Sergueï Lavrov`).
    pub fn local_name(&self, a: usize, b: usize, last: bool) -> Option<Who> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = a;
        while i < b {
            if self.is_punct(i, "(") {
                // a parenthesis is no name: "Gwen Moore (D-Wis.)"
                while i < b && !self.is_punct(i, ")") {
                    i += 1;
                }
                i += 1;
                continue;
            }
            if self.namey(i) {
                let s = i;
                let mut e = i + 1;
                while e < b && (self.namey(e) || self.is_punct(e, ".") && self.is_abbrev(e - 1)) {
                    e += 1;
                }
                // "des Affaires", "de l'Intérieur": a name inside a title, not the speaker
                let linked = s > a && self.word_in(s - 1, Class::NpLinks)
                    || s > a + 1
                        && self.word_in(s - 1, Class::Determiners)
                        && self.word_in(s - 2, Class::NpLinks);
                // one capitalized word opening a sentence is a name only as a subject
                // ("Trump also said": adverbs may come between)
                let mut v = e;
                while v < e + 3 && self.is_adverb(v) {
                    v += 1;
                }
                let initial = e == s + 1 && self.sentence(s).0 == s && !self.is_verbish(v);
                // (month names are never a speaker's name)
                // …unless it is the subject of a verb ("May told him")
                let month = e == s + 1
                    && self.is(s, Class::Months)
                    && !(self.is_verbish(e)
                        && s > 0
                        && !self.word_in(s - 1, Class::AdjunctPrepositions));
                let initial = initial || month;
                // capitalized words before a role noun are part of the title ("le Premier
                // ministre", "the New York businessman", "The Prime Minister"), not a name
                let in_title = self.role_at(e).is_some();
                // a possessor is not the speaker: "Johnson's lawyer"
                let n = self.possessive_at(e);
                let possessor = n > 0 && e + n < b;
                if !linked && !initial && !in_title && !possessor {
                    runs.push((s, e));
                }
                i = e;
            } else {
                i += 1;
            }
        }
        // a full name (two words or more) before a lone capitalized word
        // ("la Première ministre Claire Vautrin")
        let long = |r: &&(usize, usize)| r.1 - r.0 >= 2;
        let (s, e) = if last {
            runs.iter().rev().find(long).or(runs.last())?
        } else {
            runs.iter().find(long).or(runs.first())?
        };
        let (s, e) = (*s, *e);
        let mut e2 = e;
        while e2 > s && self.is_punct(e2 - 1, ".") {
            e2 -= 1;
        }
        let start = self.tok(s)?.start;
        let end = self.tok(e2 - 1)?.end;
        let mut gender = Gender::Unknown;
        let mut h = s;
        if h > 0 && self.is_punct(h - 1, ".") {
            h -= 1;
        }
        if h > 0 {
            if let Some(g) = self.honorific_at(h - 1) {
                gender = g;
            }
        }
        Some(Who {
            name: self.text.get(start..end)?.to_string(),
            entity: None,
            start,
            end,
            gender,
            plural: false,
            person: true,
        })
    }

    /// A person mention at bytes `[ms, me)` that can be the antecedent of a subject
    /// pronoun: an earlier speaker, the opening of its sentence, or followed by a verb
    /// (possibly after an apposition or a parenthesis it is the subject of).
    fn prominent(&self, ms: usize, me: usize, ent: usize, history: &[Who]) -> bool {
        if history.iter().rev().take(20).any(|w| w.entity == Some(ent)) {
            return true;
        }
        let first = self.doc.token_at(ms);
        let (sa, sb) = self.sentence(first);
        // opening the sentence, after honorifics, role words and determiners
        let mut j = first;
        while j > sa
            && j + 8 > first
            && (self.word_in(j - 1, Class::Determiners)
                || self.word_in(j - 1, Class::Roles)
                || self.word_in(j - 1, Class::Honorifics)
                || self.is_punct(j - 1, ".")
                || self.tok(j - 1).is_some_and(|t| t.is_capitalized()))
        {
            j -= 1;
        }
        if j == sa {
            return true;
        }
        // followed by its verb, possibly after a parenthesis ("Smith (D-Ohio) said")
        let mut i = self.doc.token_at(me);
        // or after an apposition of a role between commas ("Yannick Briand, président de
        // l'association, soutient …"): on to the closing comma (a few words, no verb)
        if self.is_punct(i, ",")
            && (self.role_at(i + 1).is_some()
                || self.word_in(i + 1, Class::Determiners) && self.role_at(i + 2).is_some())
        {
            if let Some(c) = (i + 2..sb.min(i + 12)).find(|&c| self.is_punct(c, ",")) {
                if !(i + 1..c).any(|k| self.is_verbish(k)) {
                    i = c;
                }
            }
        }
        if self.is_punct(i, "(") {
            let mut d = 0;
            while i < sb && d < 8 && !self.is_punct(i, ")") {
                i += 1;
                d += 1;
            }
            i += 1;
        }
        // an apposition ("Son entraîneur, Franck Delorme, s'est montré …")
        if self.is_punct(i, ",") {
            i += 1;
        }
        while i < sb && (self.is_adverb(i) || self.word_in(i, Class::Reflexives)) {
            i += 1;
        }
        // its verb, known or not: a lower-case word that does not continue a noun
        // phrase or open an adjunct ("Mehta visited", "Delorme s'est montré")
        i < sb
            && (self.is_verbish(i)
                || self
                    .tok(i)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    && !self.word_in(i, Class::NpLinks)
                    && !self.word_in(i, Class::Determiners)
                    && !self.word_in(i, Class::AdjunctPrepositions)
                    && !self.word_in(i, Class::Roles)
                    && !self.word_in(i, Class::Sources)
                    // ("a loss to Carlton Town that was greeted by boos", "told Ruiz
                    // that": an object before its clause)
                    && !self.word_in(i, Class::Complementizers))
    }

    /// The person a definite nationality noun at bytes `[s, e)` stands for ("a réagi
    /// le Brésilien", "the Brazilian said"): the person of that nationality named last.
    pub(crate) fn national(&self, s: usize, e: usize, noun: &Entity) -> Option<Speaker> {
        let ms = self.doc.token_at(s);
        if ms == 0 || !self.word_in(ms - 1, Class::Definite) || noun.name.ends_with('s') {
            return None;
        }
        let k = self.mentions.partition_point(|m| m.0 < s);
        let &(_, _, ent) = self.mentions[..k].iter().rev().take(200).find(|m| {
            self.entities
                .get(m.2)
                .is_some_and(|p| p.kind == EntityType::PER && p.nationality == noun.nationality)
        })?;
        Some(Speaker {
            name: self.entities.get(ent)?.name.clone(),
            entity: Some(ent),
            start: s,
            end: e,
        })
    }

    /// Entity mentions that start before byte `before` and at or after `floor`, nearest
    /// first (at most 200 looked at), outside quotations: `(start, end, entity index,
    /// entity)`, the candidates of every backward search for an antecedent.
    fn recent_mentions(
        &self,
        before: usize,
        floor: usize,
    ) -> impl Iterator<Item = (usize, usize, usize, &Entity)> + '_ {
        let k = self.mentions.partition_point(|m| m.0 < before);
        self.mentions[..k]
            .iter()
            .rev()
            .take(200)
            .take_while(move |m| m.0 >= floor)
            .filter(|m| !self.inside_quote(m.0))
            .filter_map(|&(ms, me, ent)| self.entities.get(ent).map(|e| (ms, me, ent, e)))
    }

    /// The organisation a definite description at token `a` stands for: the nearest
    /// organisation mentioned before it (outside quotations) in its paragraph or the two
    /// before, that is a subject or an earlier speaker.
    fn org_antecedent(&self, a: usize, b: usize, history: &[Who]) -> Option<Who> {
        let t = self.tok(a)?;
        let p = self.paragraph_of(a);
        // "Le ministère a refusé…": an institution that goes by its noun is one whose
        // name holds it ("ministère de la Santé"), any mention eight paragraphs up; none,
        // and the description speaks (not the union named in the sentence before)
        let noun = self.low(b - 1);
        let named = self.lex.named_org_nouns.contains(&noun);
        let floor = self.paragraph_start_back(p, if named { 8 } else { 2 });
        // only a subject or an earlier speaker: an organisation inside an adjunct
        // ("au stade de la Meinau") is too often not the one meant
        let (_, _, ent, entity) =
            self.recent_mentions(t.start, floor)
                .find(|&(ms, me, ent, e)| {
                    e.kind == EntityType::ORG
                        && if named {
                            e.name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
                        } else {
                            self.prominent(ms, me, ent, history)
                        }
                })?;
        let end = self.tok(b - 1)?.end;
        Some(Who {
            name: self.bare_name(&entity.name),
            entity: Some(ent),
            start: t.start,
            end,
            gender: Gender::Unknown,
            plural: false,
            person: false,
        })
    }

    /// Resolves a pronoun at bytes `[s, e)` to the nearest fitting person before it, in
    /// its paragraph or the previous one; unresolved, the pronoun itself stands.
    pub fn resolve_pronoun(
        &self,
        s: usize,
        e: usize,
        g: Gender,
        n: Number,
        history: &[Who],
    ) -> Who {
        let unresolved = Who {
            name: description_name(self.text.get(s..e).unwrap_or("")),
            entity: None,
            start: s,
            end: e,
            gender: g,
            plural: n == Number::Plural,
            person: false,
        };
        let tok = self.doc.token_at(s);
        let p = self.paragraph_of(tok);
        let floor = self.paragraph_start_back(p, 1);
        let fits = |x: Gender| g == Gender::Unknown || x == Gender::Unknown || x == g;
        let want_person = n == Number::Singular && g != Gender::Unknown;
        // the pronoun, standing for entity `ent`
        let stands_for = |ent: usize, entity: &Entity| Who {
            name: self.bare_name(&entity.name),
            entity: Some(ent),
            start: s,
            end: e,
            gender: g,
            plural: n == Number::Plural,
            person: entity.kind == EntityType::PER,
        };
        // "Asked about Ruiz's warning, she said …": a person whose possessive is the last
        // name before the pronoun's comma is someone else (the same person would be
        // "her warning").
        let other = if want_person && tok > 0 && self.is_punct(tok - 1, ",") {
            let k = self.mentions.partition_point(|m| m.0 < s);
            k.checked_sub(1)
                .and_then(|k| self.mentions.get(k))
                .filter(|m| possessive(self, self.doc.token_at(m.1)))
                .map(|m| m.2)
        } else {
            None
        };
        let mut cand: Option<Who> = None;
        // For a person pronoun, the nearest fitting person who is a subject (followed by
        // its verb, or opening its sentence) or an earlier speaker is preferred to a
        // nearer one sitting in an object or a prepositional phrase ("… from the
        // Department for Rural Affairs. He said …": not "Rural Affairs").
        let mut fallback: Option<Who> = None;
        for (ms, me, ent, entity) in self.recent_mentions(s, floor) {
            let ok = if n == Number::Plural {
                entity.kind == EntityType::ORG
            } else if want_person {
                entity.kind == EntityType::PER
                    && other != Some(ent)
                    && fits(self.genders.get(ent).copied().unwrap_or(Gender::Unknown))
            } else {
                entity.kind == EntityType::ORG
            };
            if ok {
                let who = stands_for(ent, entity);
                if !want_person || self.prominent(ms, me, ent, history) {
                    cand = Some(who);
                    break;
                }
                if fallback.is_none() {
                    fallback = Some(who);
                }
            }
        }
        if cand.is_none() {
            cand = fallback;
        }
        // speakers already found (names the entities stage did not give)
        let from_history = history.iter().rev().take(20).find(|w| {
            w.end <= s
                && w.end >= floor
                && (other.is_none() || w.entity != other)
                && if n == Number::Plural {
                    w.plural
                } else if want_person {
                    w.person && fits(w.gender) && !w.plural
                } else {
                    !w.person && !w.plural
                }
        });
        // the candidate's nearest mention before the pronoun
        let k = self.mentions.partition_point(|m| m.0 < s);
        let cand_pos = cand.as_ref().map(|_| {
            self.mentions[..k]
                .iter()
                .rev()
                .find(|m| Some(m.2) == cand.as_ref().and_then(|c| c.entity))
                .map(|m| m.0)
                .unwrap_or(0)
        });
        // A person described by a role noun, subject of the sentence before, nearer than
        // the named candidate: "L'avocat général a requis… « … », a-t-il martelé"
        if want_person {
            if let Some(w) = self.described_subject_before(tok, floor, cand_pos, history) {
                if fits(w.gender) {
                    return Who {
                        start: s,
                        end: e,
                        ..w
                    };
                }
            }
        }
        if let Some(h) = from_history {
            // (a person named after the speaker in the speaker's own sentence is most
            // often inside what was said or its addressee: "Prosecutor X told the jury
            // that Alan Marsh had lied. She said …" — she is X)
            let in_speech = |c: usize| {
                c > h.start
                    && self.sentence_of.get(self.doc.token_at(c))
                        == self.sentence_of.get(self.doc.token_at(h.start))
            };
            if cand_pos.is_none_or(|c| h.start > c || in_speech(c))
                && (h.entity.is_some() || h.person || n == Number::Plural)
            {
                let mut w = h.clone();
                w.start = s;
                w.end = e;
                if h.entity.is_none() && !h.person && n == Number::Plural {
                    return unresolved;
                }
                return w;
            }
        }
        if let Some(c) = cand {
            return c;
        }
        // Nothing in the window: an interview's dialogue keeps its interviewee farther
        // up ("— Je ne tiens plus, répond-elle" three short turns after her name): the
        // one person who fits the pronoun and is a subject, four paragraphs up (two
        // such people: no guess).
        if want_person {
            let far = self.paragraph_start_back(p, 4);
            let mut found: Option<usize> = None;
            let mut several = false;
            for (ms, me, ent, entity) in self.recent_mentions(floor, far) {
                let gender = self.genders.get(ent).copied().unwrap_or(Gender::Unknown);
                // (not the byline's author, nor a caption's name)
                let body = !self
                    .non_body
                    .get(self.paragraph_of(self.doc.token_at(ms)))
                    .copied()
                    .unwrap_or(false);
                if entity.kind == EntityType::PER
                    && body
                    && other != Some(ent)
                    && fits(gender)
                    && self.prominent(ms, me, ent, history)
                {
                    match found {
                        Some(f) if f != ent => several = true,
                        _ => found = Some(ent),
                    }
                }
            }
            if let (Some(ent), false) = (found, several) {
                if let Some(entity) = self.entities.get(ent) {
                    return stands_for(ent, entity);
                }
            }
        }
        // no entities at all: the nearest capitalized name before, in the window
        if self.entities.is_empty() && want_person {
            let mut i = tok;
            let mut steps = 0;
            while i > 0 && steps < 150 {
                i -= 1;
                steps += 1;
                let Some(t) = self.tok(i) else { break };
                if t.start < floor {
                    break;
                }
                if !t.is_capitalized() || self.tok_quoted(i) || !self.namey(i) {
                    continue;
                }
                let mut a = i;
                while a > 0 && self.namey(a - 1) {
                    a -= 1;
                }
                // a place looks like a name too: keep names that act as a subject,
                // follow an honorific or role noun, or have two words
                let subject = self.is_verbish(i + 1);
                let titled = a > 0
                    && (self.role_at(a - 1).is_some() || self.honorific_at(a - 1).is_some())
                    || a > 1 && self.is_punct(a - 1, ".") && self.is_abbrev(a - 2);
                if !(subject || titled || i > a) {
                    i = a;
                    continue;
                }
                if let Some(w) = self.local_name(a, i + 1, true) {
                    if fits(w.gender) {
                        return Who {
                            start: s,
                            end: e,
                            ..w
                        };
                    }
                }
                i = a;
            }
        }
        unresolved
    }

    /// The subject of the sentence starting at token `a`: its first phrase, read up to
    /// the first verb.
    /// The subject of the sentence before token `tok` (within the window from byte
    /// `floor`), when it is a person described by a role noun and no entity (`l'avocat
    /// général`), and starts after byte `after` (the named candidate's mention).
    fn described_subject_before(
        &self,
        tok: usize,
        floor: usize,
        after: Option<usize>,
        history: &[Who],
    ) -> Option<Who> {
        let (sa, _) = self.sentence(tok);
        if sa == 0 {
            return None;
        }
        let (pa, pb) = self.sentence(sa - 1);
        let start = self.tok(pa)?.start;
        if start < floor || after.is_some_and(|c| start <= c) {
            return None;
        }
        if !(pa..pb.min(pa + 4)).any(|k| self.role_at(k).is_some()) {
            return None;
        }
        self.sentence_subject(pa, pb, history)
            .filter(|w| w.entity.is_none() && w.person)
    }

    pub fn sentence_subject(&self, a: usize, limit: usize, history: &[Who]) -> Option<Who> {
        let (s, e) = self.np_right(a, limit);
        // a named person after a possessor ("Qatar's Prime Minister X told …, but
        // warned": X; the `'s` is no auxiliary there)
        if s < e && possessive(self, e) {
            let (c, d) = self.np_right(e + 1, limit);
            let named = self
                .resolve(c, d, false, history)
                .filter(|w| w.person && w.entity.is_some());
            if c < d && self.is_verbish(d) {
                // ("Britain's health security agency urged …, warning": the whole
                // phrase, whose possessor is not the speaker)
                return named.or_else(|| self.resolve(s, d, false, history));
            }
        }
        let verb_at = |k: usize| k < limit && (self.is_verbish(k) || self.is_adverb(k));
        // "Son avocate, Claire Benhamou, a plaidé …, estimant": the name in apposition
        if self.is_punct(e, ",") {
            let (c, d) = self.np_right(e + 1, limit);
            // (a second apposition may follow the name: "Le gérant, Philippe Daumas, 58
            // ans, a reconnu …")
            let second = || {
                (d + 2..limit.min(d + 6))
                    .find(|&x| self.is_punct(x, ","))
                    .filter(|&x| verb_at(x + 1))
            };
            let verb_after =
                c < d && self.is_punct(d, ",") && (verb_at(d + 1) || second().is_some());
            if verb_after {
                let named = self
                    .resolve(c, d, false, history)
                    .filter(|w| w.person && w.entity.is_some());
                return named.or_else(|| self.resolve(s, e, false, history));
            }
        }
        // the phrase must end at a verb (the subject's verb), past a parenthesis ("Sen.
        // Elizabeth Warren (D-Mass.) criticized …, saying")
        let v = self.after_parenthesis(e, limit).unwrap_or(e);
        if !verb_at(v) {
            return None;
        }
        self.resolve(s, e, false, history)
    }

    /// The speaker of a cue: the glued pronoun, the phrase after it (`a déclaré X`,
    /// `said X`), or the phrase before it (`X a déclaré`).
    pub fn speaker_of(&self, cue: &Cue, after: bool, history: &[Who]) -> Option<Who> {
        if let Some((s, e, g, n)) = cue.inverted {
            // "…, indique-t-on à Matignon", "assure-t-on dans l'entourage du ministre":
            // the place or circle after an impersonal pronoun's cue speaks
            let impersonal = self.text.get(s..e).is_some_and(|p| {
                self.lex
                    .impersonal_pronouns
                    .iter()
                    .any(|x| p.eq_ignore_ascii_case(x))
            });
            // (alone, it stands for nobody in particular)
            if impersonal {
                // (a day or an adverb may come first: "a-t-on appris jeudi auprès de …")
                let mut p = cue.last;
                while p < cue.last + 2 && self.is_adverb(p) {
                    p += 1;
                }
                if !self.lex.frame_prepositions.contains(&self.low(p)) {
                    return None;
                }
                let (_, sb) = self.sentence(cue.first);
                let mut p = p + 1;
                // ("auprès de la préfecture": the preposition's own link)
                if self.word_in(p, Class::NpLinks) {
                    p += 1;
                }
                let (a, b) = self.np_right(p, sb);
                return self.resolve(a, b, false, history);
            }
            return Some(self.resolve_pronoun(s, e, g, n, history));
        }
        let (sa, sb) = self.sentence(cue.first);
        if after {
            let (mut a, b) = self.np_right(cue.last, sb);
            // "a déclaré dans un communiqué le ministère", "a réagi sur X le maire": an
            // adjunct between the cue and its subject; the subject starts at the next
            // determiner that follows the adjunct's own noun (not one after `de`)
            if self.word_in(a, Class::AdjunctPrepositions) {
                let mut noun = false;
                for k in a + 1..b {
                    let det = self.word_in(k, Class::Determiners);
                    let linked = self.word_in(k - 1, Class::NpLinks)
                        || self.word_in(k - 1, Class::AdjunctPrepositions);
                    if det && noun && !linked {
                        a = k;
                        break;
                    }
                    noun |= self.tok(k).is_some_and(|t| t.is_word())
                        && !det
                        && !self.word_in(k, Class::NpLinks);
                }
            }
            // "…, estime la secrétaire générale de la CGT, Marie Lenoir.": a role, then
            // the name in apposition
            // (or a description: "a répété le prévenu, Marc Aubry.")
            let role = (a..b).any(|k| self.role_at(k).is_some())
                || b > a + 1 && self.word_in(a, Class::Determiners);
            if role && self.is_punct(b, ",") {
                let (na, nb) = self.np_right(b + 1, sb);
                let ends = nb >= sb || self.is_break(nb);
                if na < nb && nb - na <= 4 && ends {
                    if let Some(w) = self.local_name(na, nb, false).or_else(|| {
                        self.resolve(na, nb, false, history)
                            .filter(|w| w.entity.is_some())
                    }) {
                        let w = match self.entity_at(w.start, w.end) {
                            Some(_) => self.resolve(na, nb, false, history).unwrap_or(w),
                            None => w,
                        };
                        return Some(w);
                    }
                }
            }
            return self.resolve(a, b, false, history);
        }
        if let Some(agent) = self.passive_agent(cue) {
            // "la liste sera dévoilée par le parti": the agent speaks, the subject not
            return agent.and_then(|(a, b)| self.resolve(a, b, false, history));
        }
        // "Il leur a assuré que …": object pronouns between the subject and its verb
        let mut first = cue.first;
        while first > sa + 1 && self.word_in(first - 1, Class::ObjectClitics) {
            first -= 1;
        }
        let (a, b) = self.np_left(first, sa);
        if a < b {
            return self.resolve(a, b, true, history);
        }
        self.appositive_subject(cue.first, sa, history)
    }

    /// `Some` when the cue's verb is passive (`sera dévoilée`, `was announced`, not
    /// `s'est dit`): with the agent's phrase after `par`/`by` if the sentence names one.
    fn passive_agent(&self, cue: &Cue) -> Option<Option<(usize, usize)>> {
        if cue.gerund || cue.attribution || cue.last == 0 {
            return None;
        }
        // (the verb, before a phrasal cue's words: `were warned of`)
        let mut v = cue.last - 1;
        while v > cue.first && self.verb_at(v).is_none() {
            v -= 1;
        }
        let mut k = v;
        while k > 0 && v - k < 4 {
            k -= 1;
            if self.is_adverb(k) {
                continue;
            }
            let reflexive = k > 0 && self.word_in(k - 1, Class::Reflexives);
            if !self.word_in(k, Class::PassiveAuxiliaries) || reflexive {
                return None;
            }
            let (_, sb) = self.sentence(v);
            let mut j = cue.last;
            while j < sb && j < cue.last + 4 && self.is_adverb(j) {
                j += 1;
            }
            if !self.word_in(j, Class::AgentPrepositions) {
                return Some(None);
            }
            let (a, b) = self.np_right(j + 1, sb);
            return Some((a < b).then_some((a, b)));
        }
        None
    }

    /// `Richard Roe, director of the institute, said`: the name before the commas of an
    /// apposition that ends right before the cue at token `first`.
    fn appositive_subject(&self, first: usize, sa: usize, history: &[Who]) -> Option<Who> {
        if first == 0 || !self.is_punct(first - 1, ",") {
            return None;
        }
        let mut commas = 0;
        let mut k = first - 1;
        let floor = sa.max(first.saturating_sub(40));
        while k > floor && commas < 4 {
            k -= 1;
            let t = self.tok(k)?;
            if self.is_quote(k)
                || t.kind == TokenKind::Punct && matches!(t.text, ";" | ":" | "!" | "?")
            {
                return None;
            }
            if t.is_punct(",") {
                commas += 1;
                // "Pellow's barrister, Martin Hale KC, said": the apposition is the name
                // (not a participle's agent: "Les loyalistes, emmenés par la députée X,")
                let opens = self.tok(k + 1).is_some_and(|t| t.is_capitalized())
                    || self.word_in(k + 1, Class::Determiners)
                    || self.role_at(k + 1).is_some()
                    || self.honorific_at(k + 1).is_some();
                if commas == 1 && first >= k + 2 && opens {
                    if let Some(w) = self.resolve(k + 1, first - 1, false, history) {
                        let person = w.person
                            && (w.entity.is_some()
                                || self
                                    .tok(self.doc.token_at(w.start))
                                    .is_some_and(|t| t.is_capitalized()));
                        // (or an organisation's name, the whole apposition, its article
                        // first or not, after no named person: "GM's electronics unit,
                        // GM Hughes Electronics, said", "the union representing …, the
                        // International Brotherhood of Electrical Workers, said"; not
                        // "an economist at New York University", nor "Steve Jobs, the
                        // Apple Chief Executive Officer")
                        let lead = k + 1 + usize::from(self.word_in(k + 1, Class::Determiners));
                        let whole = self.tok(lead).is_some_and(|t| t.start == w.start)
                            && self.tok(first - 2).is_some_and(|t| t.end == w.end);
                        let org = whole
                            && w.entity
                                .and_then(|e| self.entities.get(e))
                                .is_some_and(|e| e.kind == EntityType::ORG)
                            && {
                                let (a, b) = self.np_left(k, sa);
                                !self
                                    .resolve(a, b, true, history)
                                    .is_some_and(|p| p.person && p.entity.is_some())
                            };
                        if person || org {
                            return Some(w);
                        }
                    }
                }
                let (a, b) = self.np_left(k, sa);
                if a < b {
                    // (a relative clause set off by the commas holds the phrase before
                    // as the subject, whatever it names: "One juror, who declined to give
                    // her name, said")
                    let relative = commas == 1 && self.word_in(k + 1, Class::Relatives);
                    if let Some(w) = self.resolve(a, b, true, history) {
                        // (or a group: "Les loyalistes, emmenés par …, estiment")
                        if w.entity.is_some() || w.person || w.plural && a + 2 == b || relative {
                            return Some(w);
                        }
                    }
                }
            }
        }
        None
    }
}

/// A description as a speaker's name: its words as written, but for the capital that
/// only opens the sentence (`Le syndicaliste` → `le syndicaliste`; `la direction de la
/// SNCF` keeps its acronym).
fn description_name(text: &str) -> String {
    // (a name's possessive keeps its capital: "Johnson's lawyer")
    let first_word = text.split(' ').next().unwrap_or("");
    if first_word.ends_with("'s") || first_word.ends_with("’s") {
        return text.to_string();
    }
    let mut chars = text.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return text.to_lowercase();
    };
    if first.is_uppercase() && !second.is_uppercase() {
        first
            .to_lowercase()
            .chain(text[first.len_utf8()..].chars())
            .collect()
    } else {
        text.to_string()
    }
}
