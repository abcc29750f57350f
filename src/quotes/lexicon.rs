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

/// The index's words ([`KeyTable`], shared with the dates stage's index: 8 bits of the
/// hash, the key's length and number per position, the slots dense beside it; a lookup
/// hashes the word with a few loads and one multiply and reads a slot only when the
/// entry matches), at most three quarters full: 16 KB of positions for French, 8 for
/// English. (A `HashMap<String, _>` hashed byte by byte and followed a pointer to each
/// key compared: that was most of the cost of a lookup.)
type WordTable = KeyTable<Slot>;

#[derive(Clone, Copy, Default)]
struct Slot {
    /// [`Index::token`] of a token whose text lower-cases to this key, with [`EXACT`]
    /// set when that holds for every token whose fold is this key (the key has no
    /// apostrophe, so the fold is the text's lower case, which the list lookups read).
    info: TokenBits,
    /// The verb of saying the key is a form of (see [`Entry`]).
    verb: Option<(u16, bool)>,
}

/// In a slot's `info`, the bit telling it holds for every token of this fold (the bit
/// the stage sets for quoted tokens: [`TokenBits::with`] overwrites it).
const EXACT: u64 = 1 << 63;

use crate::swar::KeyTable;

/// The table of `map`'s words, in key order (the same table from run to run), the words
/// of the function-word lists first, so that the slots most tokens hit share few cache
/// lines.
fn word_table(map: HashMap<String, Entry, crate::hash::FnvBuild>) -> WordTable {
    // at most three quarters full (a free entry ends every run), and rather less than
    // twice the keys: the French table was 32 KB, a quarter full, its probes cache misses
    let mut t = WordTable::new(map.len() * 3 / 2 + 1);
    let common = Class::Stopwords.bit()
        | Class::Determiners.bit()
        | Class::Auxiliaries.bit()
        | Class::Pronouns.bit()
        | Class::NpLinks.bit()
        | Class::ClauseStops.bit();
    let mut list: Vec<(String, Entry)> = map.into_iter().collect();
    crate::sort::by(&mut list, |a, b| {
        let rare = |e: &Entry| e.classes & common == 0;
        (rare(&a.1), &a.0).cmp(&(rare(&b.1), &b.0))
    });
    for (w, entry) in list {
        // (no table word is empty or over 255 bytes; no table has 65,536 words)
        t.insert(
            &w,
            Slot {
                info: TokenBits(u64::from(entry.classes)),
                verb: entry.verb,
            },
        );
    }
    t
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
    /// Reports speech only with the impersonal pronoun glued to it, its source after it
    /// (`…, a-t-on appris auprès de la préfecture`); alone it reports nothing (`il a
    /// appris la nouvelle`).
    Impersonal,
    /// A cue only as part of one of the language's [`Phrasal`] cues (`shot back`,
    /// `fired back`, `appealed for`); alone it is no verb of saying (`police shot a man`,
    /// `appealed the ruling`).
    Particle,
    /// Content right after the cue's last word, a preposition, whatever it starts with
    /// (`called for calm`, `warned of higher prices`, `a appelé à la grève`): only as a
    /// [`Phrasal`] cue's kind.
    Object,
}

/// A verb that is a cue together with the words right after it, which belong to the cue
/// and give it its kind: `call` + `for` (`called for an inquiry`, content after `for`),
/// `shoot` + `back` (`shot back that …`), `mettre` + `en garde contre`.
#[derive(Debug, Clone, Copy)]
pub struct Phrasal {
    /// The verb's lemma, as in [`Lexicon::verbs`] (where it must be listed).
    pub lemma: &'static str,
    /// The words after the verb, lower case.
    pub words: &'static [&'static str],
    pub kind: VerbKind,
}

/// A [`Phrasal`] cue, for the language tables.
pub const fn phrasal(
    lemma: &'static str,
    words: &'static [&'static str],
    kind: VerbKind,
) -> Phrasal {
    Phrasal { lemma, words, kind }
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
    /// Number words: a verb's form right after one is a noun (`nine points`).
    pub number_words: &'static [&'static str],
    /// Cues of a verb and the words after it (`shot back`, `called for`, `a appelé à`).
    pub phrasal: &'static [Phrasal],
    /// Among `clause_stops`, the coordinating conjunctions (`and`, `et`): a verb of saying
    /// right after one is a new attribution (`said … and urged`); after a subordinator
    /// it is a participle of the content (`… when asked to do so`).
    pub coordinators: &'static [&'static str],
    /// Adverbial phrases of several words, treated like `adverbs` inside a cue or
    /// between a cue and its content (`par ailleurs`, `de son côté`).
    pub adverb_phrases: &'static [&'static [&'static str]],
    /// Nouns naming an organisation (`agence`, `club`, `agency`, `company`): `the
    /// agency said` is the organisation named last before, when there is one.
    pub org_nouns: &'static [&'static str],
    /// Among `org_nouns`, institutions that go by that noun (`ministère`, `ministry`,
    /// `court`): `the ministry said` is an organisation whose name holds the noun, or
    /// stays a description — never the nearest organisation of another kind.
    pub named_org_nouns: &'static [&'static str],
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
    /// Endings of regular past-tense verbs written without an auxiliary (`ed`: `declined`),
    /// so that a participle's subject is found before a verb the tables do not list.
    pub past_endings: &'static [&'static str],
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
    /// Nouns that, as the object of a verb of saying, make it an act rather than speech
    /// (`declared a state of emergency`, `declared war`, `a proclamé l'indépendance`):
    /// no reported content. Lower case.
    pub act_objects: &'static [&'static str],
    /// Role nouns of those who speak for an organisation (`spokesman`, `porte-parole`):
    /// `a spokesman for the ministry` speaks as the ministry, which is the speaker when
    /// it is an entity. Lower case.
    pub mouthpieces: &'static [&'static str],
    /// Broader role nouns and the roles they cover (`élu` → `député`, `maire`…): a
    /// speaker described by the broader noun is the person just named with a narrower
    /// one. Lower case.
    pub role_hypernyms: &'static [(&'static str, &'static [&'static str])],
    /// Impersonal subject pronouns (`on`): `À l'Élysée, on assure que …` — the place or
    /// group the sentence opens with speaks.
    pub impersonal_pronouns: &'static [&'static str],
    /// Prepositions opening that frame (`à`, `chez`, `dans`).
    pub frame_prepositions: &'static [&'static str],
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
    /// The verb has [`Phrasal`] cues (`call`: `called for`).
    pub phrasal: bool,
    /// How many words after the verb belong to the cue (a [`Phrasal`] cue's words).
    pub extra: u8,
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

// Every class needs one of the 32 bits of the mask (`TokenBits` keeps them in bits
// 0–31); `Months` is the last.
const _: () = assert!((Class::Months as u32) < 32);

/// What the index knows of one word: its [`Class`] mask and the verb of saying it is a
/// form of (index into `Lexicon::verbs`, and whether it is a present participle).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub classes: u32,
    verb: Option<(u16, bool)>,
}

/// A token's verb of saying: index into `Lexicon::verbs`, present participle, inverted
/// pronoun.
type TokenVerb = (u16, bool, Option<(Gender, Number)>);

/// Everything the stage asks of one token's words, found once per token when the stage
/// is built ([`Index::token`]), and kept packed ([`TokenBits`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct TokenInfo {
    /// The [`Class`] mask of the fold.
    classes: u32,
    /// The verb of saying.
    verb: Option<TokenVerb>,
    /// [`Index::honorific`] of the text, asked only of the words it can be.
    honorific: Option<Gender>,
    /// [`Index::auxiliary`] of the text, likewise.
    auxiliary: Option<Option<(Gender, Number)>>,
    /// [`Index::role`] of the text, likewise.
    role: Option<Gender>,
    /// [`Index::pronoun`] of the text, likewise.
    pronoun: Option<(Gender, Number)>,
}

/// A [`TokenInfo`] in 64 bits, with two flags the stage sets (word, inside quotation
/// marks): the stage keeps one per token and reads it at nearly every question, so it
/// is small, and passed in a register. Bits: 0–31 the class mask; 32–47 the verb's index
/// plus one (0: none); 48 gerund; 49–51 inverted pronoun; 52–53 honorific; 54–56 auxiliary;
/// 57–58 role; 59–61 pronoun; 62 word; 63 quoted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct TokenBits(u64);

fn gender_code(g: Gender) -> u64 {
    match g {
        Gender::Masculine => 0,
        Gender::Feminine => 1,
        Gender::Unknown => 2,
    }
}

fn gender_of(c: u64) -> Gender {
    match c {
        0 => Gender::Masculine,
        1 => Gender::Feminine,
        _ => Gender::Unknown,
    }
}

/// `None` → 0, `Some(g)` → 1 to 3.
fn opt_gender_code(g: Option<Gender>) -> u64 {
    g.map_or(0, |g| gender_code(g) + 1)
}

fn opt_gender_of(c: u64) -> Option<Gender> {
    c.checked_sub(1).map(gender_of)
}

/// `None` → 0, `Some((g, n))` → 1 to 6.
fn opt_gn_code(x: Option<(Gender, Number)>) -> u64 {
    x.map_or(0, |(g, n)| {
        gender_code(g) * 2 + u64::from(n == Number::Plural) + 1
    })
}

fn opt_gn_of(c: u64) -> Option<(Gender, Number)> {
    let c = c.checked_sub(1)?;
    let n = if c % 2 == 1 {
        Number::Plural
    } else {
        Number::Singular
    };
    Some((gender_of(c / 2), n))
}

impl TokenBits {
    fn pack(x: &TokenInfo) -> TokenBits {
        let mut b = u64::from(x.classes);
        if let Some((i, gerund, inv)) = x.verb {
            // (indices are below u16::MAX: `Index::new` numbers at most that many verbs)
            b |= u64::from(i.saturating_add(1)) << 32;
            b |= u64::from(gerund) << 48;
            b |= opt_gn_code(inv) << 49;
        }
        b |= opt_gender_code(x.honorific) << 52;
        let aux = match x.auxiliary {
            None => 0,
            Some(inv) => opt_gn_code(inv) + 1,
        };
        b |= aux << 54;
        b |= opt_gender_code(x.role) << 57;
        b |= opt_gn_code(x.pronoun) << 59;
        TokenBits(b)
    }

    fn field(self, at: u32, bits: u32) -> u64 {
        (self.0 >> at) & ((1 << bits) - 1)
    }

    pub(crate) fn classes(self) -> u32 {
        self.0 as u32
    }

    fn verb(self) -> Option<TokenVerb> {
        let i = u16::try_from(self.field(32, 16)).ok()?.checked_sub(1)?;
        Some((i, self.field(48, 1) == 1, opt_gn_of(self.field(49, 3))))
    }

    /// A verb of saying (any form)?
    pub(crate) fn has_verb(self) -> bool {
        self.field(32, 16) != 0
    }

    pub(crate) fn honorific(self) -> Option<Gender> {
        opt_gender_of(self.field(52, 2))
    }

    pub(crate) fn auxiliary(self) -> Option<Option<(Gender, Number)>> {
        self.field(54, 3).checked_sub(1).map(opt_gn_of)
    }

    pub(crate) fn role(self) -> Option<Gender> {
        opt_gender_of(self.field(57, 2))
    }

    pub(crate) fn pronoun(self) -> Option<(Gender, Number)> {
        opt_gn_of(self.field(59, 3))
    }

    pub(crate) fn word(self) -> bool {
        self.field(62, 1) == 1
    }

    pub(crate) fn quoted(self) -> bool {
        self.field(63, 1) == 1
    }

    /// With the stage's flags set.
    pub(crate) fn with(self, word: bool, quoted: bool) -> TokenBits {
        TokenBits(self.0 & !(3 << 62) | u64::from(word) << 62 | u64::from(quoted) << 63)
    }
}

/// The lookups the stage makes, built from a [`Lexicon`].
pub struct Index {
    /// Every written form of a verb of saying and every word of the lists of [`Class`]:
    /// one hash lookup tells all the stage asks of a token.
    words: WordTable,
    /// (length, first byte) of each inverted-pronoun suffix, see
    /// [`Index::inversion_suffix`].
    inversion_starts: Vec<(usize, u8)>,
    /// An inverted-pronoun suffix is empty (none is: it would match every word).
    empty_inversion: bool,
    /// The last bytes of the inverted-pronoun suffixes, as a bit set.
    inversion_ends: [u64; 4],
    /// [`Index::token`] of the one-byte ASCII folds but the apostrophe (whose token's
    /// text may be `’`), by byte.
    single: Vec<Option<TokenBits>>,
    /// [`Index::token`] of the two-letter folds of `a`–`z` (`de`, `la`, `of`, `to`: one
    /// word token in seven), at `26 * first + second`: a fold of ASCII letters is its
    /// text's lower case, which the list lookups read, so the answer is the fold's
    /// alone, worked out once — no hash, filter and probe for these tokens.
    pairs: Vec<TokenBits>,
    /// By verb number: the verb has [`Phrasal`] cues (few do: the others are never
    /// compared with them).
    phrasal: Vec<bool>,
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
        let mut inversion_starts: Vec<(usize, u8)> = Vec::new();
        for (s, _, _) in lex.inversions {
            let start = match s.as_bytes().first() {
                Some(&f) => (s.len(), f),
                None => continue,
            };
            if !inversion_starts.contains(&start) {
                inversion_starts.push(start);
            }
        }
        let mut inversion_ends = [0u64; 4];
        for b in lex
            .inversions
            .iter()
            .filter_map(|(s, _, _)| s.as_bytes().last())
        {
            inversion_ends[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        let mut ix = Index {
            words: word_table(words),
            lex,
            inversion_starts,
            empty_inversion: lex.inversions.iter().any(|(s, _, _)| s.is_empty()),
            inversion_ends,
            single: Vec::new(),
            pairs: Vec::new(),
            phrasal: lex
                .verbs
                .iter()
                .map(|v| lex.phrasal.iter().any(|p| p.lemma == v.lemma))
                .collect(),
        };
        // what a token whose fold is a key is, worked out once per key
        let infos: Vec<Option<TokenBits>> = (0..ix.words.len())
            .map(|k| {
                let key = ix.words.key(k)?;
                let s = ix.words.value(k)?;
                let entry = Entry {
                    classes: s.info.classes(),
                    verb: s.verb,
                };
                let exact = !key.contains('\'') && key.to_lowercase() == key;
                let info = ix.token_with(key, key, entry);
                Some(TokenBits(info.0 | if exact { EXACT } else { 0 }))
            })
            .collect();
        for (s, x) in ix.words.values_mut().zip(infos) {
            if let Some(info) = x {
                s.info = info;
            }
        }
        // (after the slots: `token` reads them)
        let single: Vec<Option<TokenBits>> = (0..128u8)
            .map(|b| {
                if b == b'\'' {
                    return None;
                }
                let c = char::from(b);
                let mut buf = [0u8; 4];
                let w: &str = c.encode_utf8(&mut buf);
                Some(ix.token(w, w))
            })
            .collect();
        ix.single = single;
        // (with `pairs` still empty: `token` takes the general path)
        let mut pairs = Vec::with_capacity(26 * 26);
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                let w = [a, b];
                let w = std::str::from_utf8(&w).unwrap_or("");
                pairs.push(ix.token(w, w));
            }
        }
        ix.pairs = pairs;
        ix
    }

    /// What the stage asks of a token, from its fold `lower`
    /// ([`crate::document::Document::lower`]) and its `text`: one hash lookup, and the
    /// list lookups only for the words whose class says they may answer.
    #[inline(always)]
    pub(crate) fn token(&self, lower: &str, text: &str) -> TokenBits {
        // a one-byte fold other than the apostrophe (punctuation, mostly): known from
        // the fold alone, worked out once
        match *lower.as_bytes() {
            [b] => {
                if let Some(&Some(x)) = self.single.get(usize::from(b)) {
                    return x;
                }
            }
            // a two-letter word of ASCII letters: worked out once, likewise
            [a @ b'a'..=b'z', b @ b'a'..=b'z'] => {
                let k = usize::from(a - b'a') * 26 + usize::from(b - b'a');
                if let Some(&x) = self.pairs.get(k) {
                    return x;
                }
            }
            _ => {}
        }
        self.token_lookup(lower, text)
    }

    /// [`Index::token`] without the tables of short folds: the word table, the list
    /// lookups.
    #[inline(always)]
    fn token_lookup(&self, lower: &str, text: &str) -> TokenBits {
        match self.words.get(lower) {
            Some(s) if s.info.0 & EXACT != 0 => TokenBits(s.info.0 & !EXACT),
            Some(s) => {
                let entry = Entry {
                    classes: s.info.classes(),
                    verb: s.verb,
                };
                self.token_with(lower, text, entry)
            }
            // no key, no inverted pronoun, no abbreviation: nothing to tell (most words)
            None if !lower.ends_with('.') && !self.inversion_suffix(lower) => TokenBits::default(),
            None => self.token_with(lower, text, Entry::default()),
        }
    }

    /// [`Index::token`] of a token whose fold has the entry `entry`.
    fn token_with(&self, lower: &str, text: &str, entry: Entry) -> TokenBits {
        let has = |c: Class| entry.classes & c.bit() != 0;
        let inversion = self.inversion_suffix(lower);
        let verb = match entry.verb {
            Some((i, gerund)) => Some((i, gerund, None)),
            None if inversion => self.inverted_verb(lower),
            None => None,
        };
        let honorific = if has(Class::Honorifics) || lower.ends_with('.') {
            self.honorific(text)
        } else {
            None
        };
        let auxiliary = if has(Class::Auxiliaries) || inversion {
            self.auxiliary(text)
        } else {
            None
        };
        let role = if has(Class::Roles) {
            self.role(text)
        } else {
            None
        };
        let pronoun = if has(Class::Pronouns) {
            self.pronoun(text)
        } else {
            None
        };
        TokenBits::pack(&TokenInfo {
            classes: entry.classes,
            verb,
            honorific,
            auxiliary,
            role,
            pronoun,
        })
    }

    /// The verb of saying of a token's [`TokenInfo`].
    pub(crate) fn verb_form(&self, info: TokenBits) -> Option<VerbForm> {
        let (i, gerund, inverted) = info.verb()?;
        self.form((i, gerund), inverted)
    }

    /// Does `lower` end with one of the inverted-pronoun suffixes (`-t-il`)? Only when
    /// the byte where a suffix would start is that suffix's first byte (`-`) are the
    /// suffixes compared: most words end with none.
    #[inline]
    fn inversion_suffix(&self, lower: &str) -> bool {
        let b = lower.as_bytes();
        let last = b.last().copied().unwrap_or(0);
        if !self.empty_inversion
            && self.inversion_ends[usize::from(last >> 6)] & (1 << (last & 63)) == 0
        {
            return false;
        }
        let may = self.empty_inversion
            || self.inversion_starts.iter().any(|&(len, first)| {
                b.len()
                    .checked_sub(len)
                    .is_some_and(|k| b.get(k) == Some(&first))
            });
        may && self
            .lex
            .inversions
            .iter()
            .any(|(s, _, _)| b.ends_with(s.as_bytes()))
    }

    /// [`Index::inverted`] as a [`TokenInfo`] verb.
    fn inverted_verb(&self, lower: &str) -> Option<TokenVerb> {
        for (suffix, g, n) in self.lex.inversions {
            if let Some(stem) = lower.strip_suffix(suffix) {
                if let Some((i, gerund)) = self.words.get(stem).and_then(|s| s.verb) {
                    if self.lex.verbs.get(usize::from(i)).is_some() {
                        return Some((i, gerund, Some((*g, *n))));
                    }
                }
            }
        }
        None
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
            phrasal: self.phrasal.get(usize::from(i)).copied().unwrap_or(false),
            extra: 0,
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
        // (a word of no role is told by its class, without a scan of the list)
        let role = Class::Roles.bit();
        if self
            .words
            .get(&lower)
            .is_none_or(|s| s.info.classes() & role == 0)
        {
            return None;
        }
        self.lex
            .roles
            .iter()
            .find(|(p, _)| *p == lower)
            .map(|(_, g)| *g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::tables;

    fn index(lang: &str) -> &'static Index {
        Index::cached(tables(lang))
    }

    /// Every key of the table, with its entry.
    fn keys(ix: &Index) -> Vec<(String, Entry)> {
        (0..ix.words.len())
            .filter_map(|k| {
                let s = ix.words.value(k)?;
                let e = Entry {
                    classes: s.info.classes(),
                    verb: s.verb,
                };
                Some((ix.words.key(k)?.to_string(), e))
            })
            .collect()
    }

    #[test]
    fn token_bits_keep_every_fact() {
        let genders = [Gender::Masculine, Gender::Feminine, Gender::Unknown];
        let numbers = [Number::Singular, Number::Plural];
        let mut gn: Vec<Option<(Gender, Number)>> = vec![None];
        for g in genders {
            for n in numbers {
                gn.push(Some((g, n)));
            }
        }
        let og: Vec<Option<Gender>> = std::iter::once(None)
            .chain(genders.iter().copied().map(Some))
            .collect();
        for &inv in &gn {
            for &h in &og {
                for aux in std::iter::once(None).chain(gn.iter().map(|x| Some(*x))) {
                    for &p in &gn {
                        let x = TokenInfo {
                            classes: u32::MAX,
                            verb: Some((1234, true, inv)),
                            honorific: h,
                            auxiliary: aux,
                            role: h,
                            pronoun: p,
                        };
                        let b = TokenBits::pack(&x).with(true, false);
                        assert_eq!(b.classes(), x.classes);
                        assert_eq!(b.verb(), x.verb);
                        assert_eq!(b.honorific(), h);
                        assert_eq!(b.auxiliary(), aux);
                        assert_eq!(b.role(), h);
                        assert_eq!(b.pronoun(), p);
                        assert!(b.word() && !b.quoted());
                    }
                }
            }
        }
        assert_eq!(TokenBits::pack(&TokenInfo::default()), TokenBits::default());
        // every class has a bit of the 32 below the verb's (bits 0–31)
        assert!((Class::Months as u32) < 32);
    }

    #[test]
    fn short_folds_read_from_their_tables_as_from_the_word_table() {
        // the two-letter (and one-letter) tables give what the general path gives, for
        // every fold and the texts it may come from (lower, capitalized, upper case)
        for lang in ["fr", "en"] {
            let ix = index(lang);
            for a in b'a'..=b'z' {
                let mut words = vec![vec![a]];
                words.extend((b'a'..=b'z').map(|b| vec![a, b]));
                for w in words {
                    let lower = String::from_utf8(w).unwrap_or_default();
                    let cap = lower[..1].to_uppercase() + &lower[1..];
                    for text in [lower.clone(), cap, lower.to_uppercase()] {
                        assert_eq!(
                            ix.token(&lower, &text),
                            ix.token_lookup(&lower, &text),
                            "{lang}: {lower:?} ({text:?})"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_table_finds_every_key_and_nothing_else() {
        for lang in ["fr", "en"] {
            let ix = index(lang);
            let all = keys(ix);
            assert!(all.len() > 300, "{lang}: {}", all.len());
            for (k, e) in &all {
                let s = ix.words.get(k).unwrap_or_else(|| panic!("{lang}: {k}"));
                assert_eq!(s.info.classes(), e.classes, "{k}");
                assert_eq!(s.verb, e.verb, "{k}");
            }
            for w in [
                "zzzz",
                "xylophone",
                "qwertyuiopasdfghjklzxcvbnmqwertyuiop",
                "",
                "Ø",
                "dit\u{0}",
                "1234",
            ] {
                assert!(
                    ix.words.get(w).is_none() || all.iter().any(|(k, _)| k == w),
                    "{w}"
                );
            }
        }
    }

    /// `Index::token` (the per-key answers worked out once, the one-byte array) says
    /// what the list lookups say of the same token.
    #[test]
    fn token_answers_as_the_lookups_do() {
        for lang in ["fr", "en"] {
            let ix = index(lang);
            let mut words: Vec<(String, String)> = Vec::new();
            for (k, _) in keys(ix) {
                let mut cap = k.clone();
                if let Some(c) = k.chars().next() {
                    cap = c.to_uppercase().chain(k.chars().skip(1)).collect();
                }
                words.push((k.clone(), cap));
                words.push((k.clone(), k.clone()));
                for (suffix, _, _) in ix.lex.inversions {
                    words.push((format!("{k}{suffix}"), format!("{k}{suffix}")));
                }
                words.push((format!("{k}."), format!("{k}.")));
            }
            for b in 0..128u8 {
                let w = char::from(b).to_string();
                words.push((w.to_lowercase(), w));
            }
            words.push(("l'état".into(), "L’État".into()));
            words.push(("aujourd'hui".into(), "aujourd’hui".into()));
            for (lower, text) in &words {
                let entry = match ix.words.get(lower) {
                    Some(s) => Entry {
                        classes: s.info.classes(),
                        verb: s.verb,
                    },
                    None => Entry::default(),
                };
                let slow = ix.token_with(lower, text, entry);
                assert_eq!(ix.token(lower, text), slow, "{lang}: {lower:?} {text:?}");
                // and the verb is the one `verb_lower` gives
                assert_eq!(
                    ix.verb_form(slow),
                    ix.verb_lower(lower),
                    "{lang}: {lower:?}"
                );
            }
        }
    }
}
