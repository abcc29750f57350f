//! The shape of a language's quote table, and the index built from it once per call.
//!
//! The tables (`src/language/*/quotes.rs`) list speech verbs by lemma with a few
//! conjugation rules; [`Index`] expands them into every written form so the stage can
//! look a token up in O(1). Nothing here names a word of a language.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// `word` in lower case with typographic apostrophes made straight, borrowed when it
/// already is (the common case: no allocation).
pub(crate) fn lower_straight(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        let lower = word.to_lowercase();
        // One allocation, not two: most words have no typographic apostrophe.
        if lower.contains('’') {
            Cow::Owned(lower.replace('’', "'"))
        } else {
            Cow::Owned(lower)
        }
    }
}

/// `word` in lower case, borrowed when it already is.
fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Grammatical gender, as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    /// Not told (or both).
    Unknown,
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Singular,
    Plural,
}

/// What a verb of saying can introduce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbKind {
    /// A direct quote, or reported speech in a `que`/`that` clause (say, déclarer).
    Say,
    /// As `Say`, with an addressee that may come bare before the content
    /// (`told reporters that …`, `warned voters that …`).
    Tell,
    /// Reported speech only in a `that` clause, never a bare one (`the poll shows that`,
    /// `pointed out that`): documents and findings as sources.
    That,
    /// As `Say`, and also a noun-phrase or infinitive content (announce, annoncer:
    /// `a annoncé la tenue d'un sommet`).
    Announce,
    /// A directive: content is `X to …`, `X à …`, `à X de …` (urge, appeler).
    Directive,
    /// Only a cue for a direct quote (lâcher, s'exclamer, shout): no reported speech.
    QuoteOnly,
}

/// A verb of saying.
#[derive(Debug, Clone, Copy)]
pub struct Verb {
    /// The lemma (infinitive, lower case).
    pub lemma: &'static str,
    pub kind: VerbKind,
}

/// The words the quotes stage reads for one language. Every word is lower case.
#[derive(Debug)]
pub struct Lexicon {
    /// Verbs of saying by lemma.
    pub verbs: &'static [Verb],
    /// Regular conjugation: a lemma ending and the endings that replace it
    /// (`("er", &["e", "é", "ait", …])`: `déclarer` → `déclare`, `déclaré`, `déclarait`).
    pub conjugations: &'static [(&'static str, &'static [&'static str])],
    /// Irregular forms: (form, lemma) (`("dit", "dire")`, `("said", "say")`).
    pub irregular: &'static [(&'static str, &'static str)],
    /// Auxiliaries of compound tenses, alone or inverted (`a`, `ont`, `a-t-il`, `has`).
    pub auxiliaries: &'static [&'static str],
    /// Suffixes of an inverted subject pronoun glued to a verb (`-t-il`, `-elle`), with
    /// the pronoun's gender and number.
    pub inversions: &'static [(&'static str, Gender, Number)],
    /// Words that may stand between the parts of a cue, or between a cue and its
    /// speaker, without belonging to either (`également`, `hier`, `also`, `later`).
    pub adverbs: &'static [&'static str],
    /// Phrases attributing content to a source placed after them (`selon`, `d'après`,
    /// `according to`), as sequences of token texts.
    pub attributions: &'static [&'static [&'static str]],
    /// Attributions that only count at the head of a sentence followed by a comma
    /// (`pour X, …`): elsewhere the word has other uses.
    pub weak_attributions: &'static [&'static [&'static str]],
    /// Complementizers opening a reported clause (`que`, `qu'`, `that`).
    pub complementizers: &'static [&'static str],
    /// Subject pronouns that can stand for a speaker.
    pub pronouns: &'static [(&'static str, Gender, Number)],
    /// Honorifics before a name (`m.`, `mme`, `mr`, `mrs`), without their dot.
    pub honorifics: &'static [(&'static str, Gender)],
    /// Nouns of role or function that can stand for a speaker (`ministre`,
    /// `porte-parole`, `spokesman`), with the gender they tell when they do.
    pub roles: &'static [(&'static str, Gender)],
    /// Nouns naming an anonymous or collective source (`source`, `témoin`, `officials`).
    pub sources: &'static [&'static str],
    /// Determiners and possessives that may open a speaker's noun phrase.
    pub determiners: &'static [&'static str],
    /// Definite determiners pointing back to something named before (`le`, `the`).
    pub definite_determiners: &'static [&'static str],
    /// Forms of a light verb that may stand inside a cue before the verb of saying
    /// (`faire` in `a fait savoir`, `fait valoir`).
    pub light_verbs: &'static [&'static str],
    /// Verbs of `verbs` that are verbs of saying only right after a light verb
    /// (`savoir`, `valoir`: `a fait savoir que`).
    pub after_light_verb: &'static [&'static str],
    /// Adverbial phrases of several words, treated like `adverbs` inside a cue or
    /// between a cue and its content (`par ailleurs`, `de son côté`).
    pub adverb_phrases: &'static [&'static [&'static str]],
    /// Nouns naming an organisation (`agence`, `club`, `agency`, `company`): `the
    /// agency said` is the organisation named last before, when there is one.
    pub org_nouns: &'static [&'static str],
    /// Feminine determiners (`la`, `une`), telling the gender of a role noun.
    pub feminine_determiners: &'static [&'static str],
    /// First-person words: a paragraph of them ending on a speech verb is a quotation
    /// whose marks were lost.
    pub first_person: &'static [&'static str],
    /// Object pronouns that may stand between an incise's comma and its inverted cue
    /// (`, lui dis-je`, `, me dit-elle`).
    pub object_clitics: &'static [&'static str],
    /// Words that end a speaker's noun phrase read rightwards (prepositions opening an
    /// adjunct: `après`, `lors`, `in`, `during`), and conjunctions.
    pub np_stops: &'static [&'static str],
    /// Words linking a name to its description, kept inside a speaker phrase
    /// (`de`, `des`, `of`).
    pub np_links: &'static [&'static str],
    /// Words marking the start of a relative or subordinate clause: a speaker phrase
    /// read leftwards stops there (`qui`, `who`, `and`, `et`).
    pub clause_stops: &'static [&'static str],
    /// Relative pronouns opening a non-restrictive clause after a comma (`which`,
    /// `qui`): the reporter's addition, not reported content.
    pub relatives: &'static [&'static str],
    /// Addressee phrases that may follow a cue before its content (`à la presse`,
    /// `reporters`), as sequences of token texts.
    pub addressees: &'static [&'static [&'static str]],
    /// Prepositions that, right after a cue, open an adjunct rather than the content
    /// (`in`, `on`, `dans`, `sur`): `said in a statement`.
    pub adjunct_prepositions: &'static [&'static str],
    /// The infinitive marker (`to`), for directive content and for English infinitive
    /// content; empty when infinitives are told by their ending.
    pub infinitive_marker: &'static [&'static str],
    /// Endings of an infinitive (`er`, `ir`, `re`), when the language marks it so.
    pub infinitive_endings: &'static [&'static str],
    /// Prepositions that open the content of a directive (`à`, `de`, `to`).
    pub directive_links: &'static [&'static str],
    /// A reported clause may follow the verb without complementizer (`said he would`).
    pub bare_clauses: bool,
    /// Reflexive clitics that may precede a cue (`s'`, `se`): `s'est dit`.
    pub reflexives: &'static [&'static str],
    /// Participle prefix forms of the copula used with reflexives (`est`): `s'est dit`.
    pub copulas: &'static [&'static str],
    /// Forms of the passive auxiliary (`est`, `été`, `sera`; `was`, `been`): a cue
    /// after one is passive (`la liste sera dévoilée`), its subject no speaker.
    pub passive_auxiliaries: &'static [&'static str],
    /// The preposition that introduces a passive verb's agent (`par`, `by`).
    pub agent_prepositions: &'static [&'static str],
    /// Conjugation endings (as listed in `conjugations`) that make a present
    /// participle (`ant`, `ing`): `ajoutant avoir discuté`, `adding that`. Its subject is
    /// the subject of the clause it hangs on.
    pub gerund_endings: &'static [&'static str],
    /// Irregular present participles (`disant`, `saying`).
    pub gerunds: &'static [&'static str],
    /// Letters and titles written after a name (`KC`, `Jr.`): left out of a speaker's
    /// name (`Martin Hale KC` → `Martin Hale`).
    pub post_nominals: &'static [&'static str],
    /// Phrases opening a time adjunct that ends at a unit (`il y a` … `jours`), skipped
    /// between a cue and the speaker after it (`a indiqué il y a trois jours la Métropole`).
    pub ago_openers: &'static [&'static [&'static str]],
    /// The time units closing such an adjunct.
    pub time_units: &'static [&'static str],
}

/// What a token is, for this stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForm {
    pub lemma: &'static str,
    pub kind: VerbKind,
    /// The subject pronoun glued to the form (`déclare-t-il`), if any.
    pub inverted: Option<(Gender, Number)>,
    /// A present participle (`ajoutant`, `adding`).
    pub gerund: bool,
}

/// The word lists of a [`Lexicon`] the stage asks "is token `i` one of these?" about,
/// as bits of one mask per word (see [`Index::classes`]): one hash lookup per token
/// instead of a scan of each list at every question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    AdjunctPrepositions,
    ClauseStops,
    Complementizers,
    Copulas,
    Determiners,
    DirectiveLinks,
    FeminineDeterminers,
    FirstPerson,
    InfinitiveMarker,
    /// Object pronouns before an inverted cue in an incise (`lui dis-je`).
    ObjectClitics,
    PassiveAuxiliaries,
    AgentPrepositions,
    NpLinks,
    NpStops,
    Reflexives,
    Relatives,
    Sources,
    TimeUnits,
    Adverbs,
    Definite,
    OrgNouns,
    LightVerbs,
    AfterLightVerb,
    /// A word of one of `adverb_phrases`.
    AdverbPhraseWords,
    /// The first word of an attribution phrase (`selon`, `according`), weak ones too.
    AttributionHeads,
    /// Words of `pronouns`, `honorifics` (without the dot) and `roles`: a token of none
    /// of them need not be looked up there.
    Pronouns,
    Honorifics,
    Roles,
    Auxiliaries,
    /// From the language's common tables.
    Stopwords,
    Weekdays,
    Months,
}

impl Class {
    /// The bit of this class in a word's mask.
    pub(crate) fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// What the index knows of one word: its [`Class`] mask and the verb of saying it is a
/// form of (index into `Lexicon::verbs`, and whether it is a present participle).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub classes: u32,
    /// (Kept small: the stage holds one per token.)
    verb: Option<(u16, bool)>,
}

/// The lookups the stage makes, built from a [`Lexicon`].
pub struct Index {
    /// Every written form of a verb of saying and every word of the lists of [`Class`]:
    /// one hash lookup tells all the stage asks of a token.
    words: HashMap<String, Entry, crate::hash::FnvBuild>,
    lex: &'static Lexicon,
}

impl Index {
    /// The index of `lex`, built on first use and kept for the life of the process
    /// (the tables are static: building it per document cost more than the analysis of
    /// a short text).
    pub fn cached(tables: &'static crate::language::Tables) -> &'static Index {
        type Cache = Mutex<Vec<(usize, &'static Index)>>;
        static CACHE: OnceLock<Cache> = OnceLock::new();
        let key = tables as *const crate::language::Tables as usize;
        let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
        let mut list = match cache.lock() {
            Ok(l) => l,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some((_, ix)) = list.iter().find(|(k, _)| *k == key) {
            return ix;
        }
        // One per language table: a bounded, deliberate leak.
        let ix: &'static Index = Box::leak(Box::new(Index::new(tables.quotes, tables.common)));
        list.push((key, ix));
        ix
    }

    /// The index of a quotes lexicon, with the words of the language's common tables
    /// the stage asks about (stopwords, weekdays, months).
    pub fn new(lex: &'static Lexicon, common: &'static crate::language::Common) -> Index {
        let mut words: HashMap<String, Entry, crate::hash::FnvBuild> = HashMap::default();
        for (i, v) in lex.verbs.iter().enumerate() {
            let Ok(i) = u16::try_from(i) else { break };
            let mut form = |w: String, gerund: bool| {
                let e = words.entry(w).or_default();
                e.verb = e.verb.or(Some((i, gerund)));
            };
            form(v.lemma.to_string(), false);
            for (ending, replacements) in lex.conjugations {
                if let Some(stem) = v.lemma.strip_suffix(ending) {
                    for r in *replacements {
                        form(format!("{stem}{r}"), lex.gerund_endings.contains(r));
                    }
                    break;
                }
            }
        }
        // irregular forms win over regular ones
        for (form, lemma) in lex.irregular {
            let i = lex.verbs.iter().position(|v| v.lemma == *lemma);
            if let Some(i) = i.and_then(|i| u16::try_from(i).ok()) {
                let e = words.entry(form.to_string()).or_default();
                e.verb = Some((i, lex.gerunds.contains(form)));
            }
        }
        let mut add = |class: Class, list: &mut dyn Iterator<Item = &'static str>| {
            for w in list {
                words.entry(w.to_string()).or_default().classes |= class.bit();
            }
        };
        let lists: [(Class, &'static [&'static str]); 23] = [
            (Class::PassiveAuxiliaries, lex.passive_auxiliaries),
            (Class::AgentPrepositions, lex.agent_prepositions),
            (Class::ObjectClitics, lex.object_clitics),
            (Class::AdjunctPrepositions, lex.adjunct_prepositions),
            (Class::ClauseStops, lex.clause_stops),
            (Class::Complementizers, lex.complementizers),
            (Class::Copulas, lex.copulas),
            (Class::Determiners, lex.determiners),
            (Class::DirectiveLinks, lex.directive_links),
            (Class::FeminineDeterminers, lex.feminine_determiners),
            (Class::FirstPerson, lex.first_person),
            (Class::InfinitiveMarker, lex.infinitive_marker),
            (Class::NpLinks, lex.np_links),
            (Class::NpStops, lex.np_stops),
            (Class::Reflexives, lex.reflexives),
            (Class::Relatives, lex.relatives),
            (Class::Sources, lex.sources),
            (Class::TimeUnits, lex.time_units),
            (Class::Adverbs, lex.adverbs),
            (Class::Definite, lex.definite_determiners),
            (Class::OrgNouns, lex.org_nouns),
            (Class::LightVerbs, lex.light_verbs),
            (Class::AfterLightVerb, lex.after_light_verb),
        ];
        add(
            Class::AdverbPhraseWords,
            &mut lex.adverb_phrases.iter().flat_map(|p| p.iter().copied()),
        );
        for (class, list) in lists {
            add(class, &mut list.iter().copied());
        }
        let heads = lex.attributions.iter().chain(lex.weak_attributions);
        add(
            Class::AttributionHeads,
            &mut heads.filter_map(|p| p.first().copied()),
        );
        add(Class::Pronouns, &mut lex.pronouns.iter().map(|p| p.0));
        add(
            Class::Honorifics,
            &mut lex.honorifics.iter().map(|p| p.0.trim_end_matches('.')),
        );
        add(Class::Roles, &mut lex.roles.iter().map(|p| p.0));
        add(Class::Auxiliaries, &mut lex.auxiliaries.iter().copied());
        add(Class::Stopwords, &mut common.stopwords.iter().copied());
        add(Class::Weekdays, &mut common.weekdays.iter().map(|w| w.0));
        add(Class::Months, &mut common.months.iter().map(|m| m.0));
        Index { words, lex }
    }

    /// What the index knows of a word already folded
    /// ([`crate::document::Document::lower`]).
    pub(crate) fn entry(&self, lower: &str) -> Entry {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// [`Index::verb_lower`] of a word whose [`Index::entry`] is known.
    pub(crate) fn verb_of(&self, entry: Entry, lower: &str) -> Option<VerbForm> {
        if let Some(v) = entry.verb.and_then(|v| self.form(v, None)) {
            return Some(v);
        }
        self.inverted(lower)
    }

    /// The verb of saying a token is, if any: `déclaré`, `explique-t-elle`, `said`.
    pub fn verb(&self, word: &str) -> Option<VerbForm> {
        self.verb_lower(&lower_straight(word))
    }

    /// [`Index::verb`] of a word already lower-cased by [`lower_straight`] (as
    /// `Stage::low` gives it).
    pub fn verb_lower(&self, lower: &str) -> Option<VerbForm> {
        if let Some(v) = self.lookup(lower, None) {
            return Some(v);
        }
        self.inverted(lower)
    }

    /// A verb form with an inverted pronoun glued to it (`explique-t-elle`).
    fn inverted(&self, lower: &str) -> Option<VerbForm> {
        for (suffix, g, n) in self.lex.inversions {
            if let Some(stem) = lower.strip_suffix(suffix) {
                if let Some(v) = self.lookup(stem, Some((*g, *n))) {
                    return Some(v);
                }
            }
        }
        None
    }

    fn lookup(&self, w: &str, inverted: Option<(Gender, Number)>) -> Option<VerbForm> {
        self.form(self.words.get(w)?.verb?, inverted)
    }

    fn form(
        &self,
        (i, gerund): (u16, bool),
        inverted: Option<(Gender, Number)>,
    ) -> Option<VerbForm> {
        let v = self.lex.verbs.get(usize::from(i))?;
        Some(VerbForm {
            lemma: v.lemma,
            kind: v.kind,
            inverted,
            gerund,
        })
    }

    /// An auxiliary, possibly with an inverted pronoun (`a-t-il`): the pronoun's
    /// gender/number if inverted.
    pub fn auxiliary(&self, word: &str) -> Option<Option<(Gender, Number)>> {
        let lower = lower(word);
        if self.lex.auxiliaries.contains(&&*lower) {
            return Some(None);
        }
        for (suffix, g, n) in self.lex.inversions {
            if let Some(stem) = lower.strip_suffix(suffix) {
                if self.lex.auxiliaries.contains(&stem) {
                    return Some(Some((*g, *n)));
                }
            }
        }
        None
    }

    pub fn pronoun(&self, word: &str) -> Option<(Gender, Number)> {
        let lower = lower(word);
        self.lex
            .pronouns
            .iter()
            .find(|(p, _, _)| *p == lower)
            .map(|(_, g, n)| (*g, *n))
    }

    pub fn honorific(&self, word: &str) -> Option<Gender> {
        let lower = lower(word);
        let lower = lower.trim_end_matches('.');
        self.lex
            .honorifics
            .iter()
            .find(|(p, _)| *p == lower)
            .map(|(_, g)| *g)
    }

    pub fn role(&self, word: &str) -> Option<Gender> {
        let lower = lower(word);
        self.lex
            .roles
            .iter()
            .find(|(p, _)| *p == lower)
            .map(|(_, g)| *g)
    }
}
