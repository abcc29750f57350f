//! Entities: mentions of people, organizations, places and others (PER, ORG, LOC, MISC),
//! grouped into entities with their roles and a salience score.
//!
//! Rule-based, one pass per step, left to right (see `docs/entities.md`):
//!
//! 1. [`candidates`]: runs of capitalized words (with the inner connectors of names:
//!    `de`, `of`, `el-`…), split on titles and honorifics; sentence-initial capitals,
//!    all-caps headlines and datelines, glued agencies (`Syrie.AFPa`) and acronyms in
//!    parentheses handled there.
//! 2. [`classify`]: a type per candidate from the gazetteers (`data/`), name keywords
//!    (`Ministère`, `Inc.`, `Street`…), titles, given names and context, then made
//!    consistent across the document (a surname takes the type of its full name).
//! 3. [`group`]: mentions of one entity joined (surname → full name, spelling variants,
//!    acronym ↔ expansion, language forms of a place); the canonical name is the fullest.
//! 4. [`roles`]: titles and appositions around person mentions.
//! 5. [`salience`]: a score per entity; entities are sorted by it.
//!
//! What it does not do: no statistical model, no nesting (the outermost name only), no
//! pronoun or nominal coreference ("le ministre" alone is not linked to Lavrov).
//! Words of a language live in `src/language/*/entities.rs` ([`Lexicon`]); large lists in
//! `data/` ([`gazetteer`]).

mod candidates;
mod classify;
pub mod gazetteer;
mod group;
mod roles;
mod salience;
mod words;

use crate::analysis::{DateExpr, Entity, EntityType};
use crate::context::Context;

/// The words of one language this stage reads (see `src/language/*/entities.rs`).
/// Every list is lower case and sorted by bytes (kept tidy by a test; the stage looks
/// words up in one hash map per language built from all the lists, see `words.rs`).
#[derive(Debug)]
pub struct Lexicon {
    /// Honorifics before a name, without their dot: `m`, `mme`, `mr`, `dr`.
    pub honorifics: &'static [&'static str],
    /// Titles and functions of people: `ministre`, `président`, `homologue`, `senator`.
    pub titles: &'static [&'static str],
    /// Words that go with a title: `ancien`, `premier`, `former`, `prime`, `foreign`.
    pub title_modifiers: &'static [&'static str],
    /// Words of a portfolio named inside a job title (not entities there):
    /// `affaires`, `étrangères`, `défense`, `state`, `treasury`.
    pub portfolios: &'static [&'static str],
    /// Lower-case words that may sit inside a name between capitalized words: `de`, `of`.
    pub connectors: &'static [&'static str],
    /// Articles left out of a name's span: `le`, `la`, `l'`, `the`.
    pub articles: &'static [&'static str],
    /// First words of organization names: `ministère`, `parti`, `university`.
    pub org_heads: &'static [&'static str],
    /// Last words of organization names: `inc`, `ltd`, `sa`, `group`, `party`.
    pub org_suffixes: &'static [&'static str],
    /// Nouns that are no entity alone, even capitalized: institutions (`l'État`, `the
    /// Government`) and acronyms of common nouns (`BTP`, `PIB`, `GDP`, `Double-A`).
    pub generic: &'static [&'static str],
    /// Among `generic`, the institutions whose capitalized short form inside a sentence
    /// names one (`le Parlement`, `la Commission`, `the Senate`, `Congress`): ORG.
    pub institutions: &'static [&'static str],
    /// Roles held in an organization: a name no list knows right after one and a
    /// place preposition is that organization, not a place (`secrétaire général de
    /// SUD-Rail`, `président de Velorama`; but `maire de Tinqueux`).
    pub org_titles: &'static [&'static str],
    /// Words that are not names even when capitalized at the start of a sentence.
    pub not_names: &'static [&'static str],
    /// Prepositions that introduce places: `à`, `en`, `in`.
    pub place_preps: &'static [&'static str],
    /// Prepositions of being somewhere (`à`, `in`, `at`): a town after them stays a place
    /// even in a sports article.
    pub locative_preps: &'static [&'static str],
    /// Lower-case words of sports reports (`match`, `entraîneur`, `league`, `innings`):
    /// in an article holding several, a town's name is its team (ORG).
    pub sport_words: &'static [&'static str],
    /// Head words of sports clubs named by a place's adjective after them (`Stade` in
    /// `Stade toulousain`, `Élan` in `Élan béarnais`): with that adjective, a club (ORG).
    pub club_heads: &'static [&'static str],
    /// Verbs of saying right after a name, a hint of a person: `said`, `déclare`.
    pub person_verbs: &'static [&'static str],
    /// Nationality adjectives and nouns (masculine singular, lower case) → country name
    /// in this language. Feminine and plural forms are derived (`-e`, `-ne`, `-s`).
    pub demonyms: &'static [(&'static str, &'static str)],
    /// Endings of the inhabitants' nouns of towns and regions, plural (`-ois` in `les
    /// Lensois`, `-iens` in `des Brasiliens`): after a [`Lexicon::plural_determiners`]
    /// word, an unknown capitalized word so ending is such a noun (MISC).
    pub demonym_suffixes: &'static [&'static str],
    /// Combining forms, with their hyphen, before a nationality word in a compound
    /// (`franco-` in `Franco-Marocain`): the compound is a nationality noun.
    pub demonym_prefixes: &'static [&'static str],
    /// Plural determiners before an inhabitants' noun: `les`, `des`, `the`.
    pub plural_determiners: &'static [&'static str],
    /// Endings of lower-case adjectives that may continue a name (`État islamique`).
    pub name_adjective_suffixes: &'static [&'static str],
    /// Whether names continue with lower-case adjectives (French: `Assemblée nationale`).
    pub lowercase_tail: bool,
    /// Whether an acronym opening a longer unknown name makes it an organisation's
    /// (French clubs and firms: `ASM Clermont Auvergne`, `JDA Dijon`; English writes
    /// events and products so too: `PGA Tour`, `RMS Titanic`).
    pub acronym_orgs: bool,
    /// First words of event/work/law names: `coupe`, `festival`, `grand`.
    pub misc_heads: &'static [&'static str],
    /// Last words of event/work/law names: `cup`, `open`, `act`.
    pub misc_suffixes: &'static [&'static str],
    /// First words of place names: `rue`, `mont`, `lake`.
    pub loc_heads: &'static [&'static str],
    /// Last words of place names: `street`, `river`, `county`.
    pub loc_suffixes: &'static [&'static str],
    /// Lower-case heads that make one MISC name with the name after them (`loi Evin`).
    pub lower_misc_heads: &'static [&'static str],
    /// Lower-case heads that make one place name with the name after them (`rue
    /// Garibaldi`, `rue de la République`).
    pub lower_loc_heads: &'static [&'static str],
    /// Lower-case heads of facilities, named right after them without a connector
    /// (`salle Jean-Mathieu`, `parc Verneau`): one place name (LOC) with the head.
    pub lower_place_heads: &'static [&'static str],
    /// Lower-case heads of businesses and schools, named right after them without a
    /// connector (`boulangerie Leroy`, `école Notre-Dame`): one ORG name with the head.
    pub lower_org_heads: &'static [&'static str],
    /// Lower-case heads of facilities and districts that make one place name with a
    /// connector, an article and a name no list knows (`gare de la Part-Dieu`,
    /// `quartier de la Croix-Rousse`; not `centre de la Croix-Rousse`, "the middle of").
    pub connected_place_heads: &'static [&'static str],
    /// Abbreviations of states and provinces written after a town and a comma, with
    /// their dot (`calif` in `Sacramento, Calif.`).
    pub place_abbreviations: &'static [&'static str],
    /// Lower-case tails of compounds made on a name, left out of its span (`based` in
    /// `Chicago-based`, `born` in `Kent-born`).
    pub compound_suffixes: &'static [&'static str],
    /// Inner parts of hyphenated place names (`-sur-` in `Dammarie-sur-Saulx`).
    pub place_infixes: &'static [&'static str],
    /// First parts of hyphenated place names (`saint-` in `Saint-Dizier`).
    pub place_prefixes: &'static [&'static str],
    /// Honours and degrees after a person's name, left out of the span (`KC`, `QC`,
    /// `MP`): the minimal span is the name.
    pub post_nominals: &'static [&'static str],
    /// Lower-case nouns just before a name that say it is an organization, left out of
    /// its span (`company` in `the company Vexa`, `groupe` in `le groupe Vexa`).
    pub org_cues_before: &'static [&'static str],
    /// Lower-case words just after a name that say it is a company (`shares` in `Vexa
    /// shares`).
    pub org_cues_after: &'static [&'static str],
    /// Lower-case nouns just before a name (a connector may sit between) that say it is
    /// a place, left out of its span (`town` in `the town of Bistra`, `capitale` in `la
    /// capitale Tripoli`).
    pub loc_cues_before: &'static [&'static str],
    /// Conjunctions an organization's name may hold (`and` in `Department for Culture,
    /// Media and Sport`).
    pub conjunctions: &'static [&'static str],
    /// Occupations and standings that make a role in an apposition or before a name
    /// (`infirmière`, `syndicaliste`, `teacher`, `resident`) but, unlike
    /// [`Lexicon::titles`], are not cut off a capitalized name.
    pub occupations: &'static [&'static str],
    /// Prepositions that tie a title to its portfolio or place besides the connectors
    /// (`aux` in `ministre délégué aux Transports`, `at` in `a nurse at St Mary's`).
    pub title_links: &'static [&'static str],
    /// Words that end an apposition: what follows is a clause, not the role
    /// (`qui`, `dont`, `who`, `which`).
    pub role_ends: &'static [&'static str],
    /// Complementizers: a bare title word right before one is a verb (`Léa Bonnin, juge
    /// que …`), not a role.
    pub clause_openers: &'static [&'static str],
    /// Possessive determiners that may open an apposition (`son`, `his`).
    pub possessives: &'static [&'static str],
    /// Prepositions fused with an article, and that article (`au` → `le`, `du` → `le`):
    /// a name after one may be known with its article (`au Parisien` → `Le Parisien`,
    /// `au Mans` → `Le Mans`).
    pub fused_articles: &'static [(&'static str, &'static str)],
}

impl Lexicon {
    /// The country a nationality word (any case, gender or number) points to.
    pub fn demonym(&self, lower: &str) -> Option<&'static str> {
        let find = |w: &str| {
            self.demonyms
                .binary_search_by(|(k, _)| k.cmp(&w))
                .ok()
                .and_then(|i| self.demonyms.get(i))
                .map(|(_, c)| *c)
        };
        if let Some(c) = find(lower) {
            return Some(c);
        }
        // Plural, feminine: -s, -es, -e, -ne, -nes (russes, turques, américaines, syriennes).
        for suffix in ["nes", "ne", "es", "s", "e"] {
            if let Some(stem) = lower.strip_suffix(suffix) {
                if let Some(c) = find(stem) {
                    return Some(c);
                }
            }
        }
        None
    }
}

/// How sure a candidate's type is, weakest first: a guess by shape; a hint from the
/// context (a place preposition, a verb of saying); a name keyword or a given name; a
/// small town of the gazetteer; a title or honorific before the name; a country, linked
/// city or well-known name.
pub(crate) const GUESS: u8 = 0;
pub(crate) const CONTEXT: u8 = 1;
pub(crate) const KEYWORD: u8 = 2;
pub(crate) const LISTED_MINOR: u8 = 3;
pub(crate) const TITLED: u8 = 4;
pub(crate) const LISTED: u8 = 5;

/// A mention found, before grouping (byte span, type, and what tells it).
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub start: usize,
    pub end: usize,
    /// Token range `[t0, t1)` (for a glued agency, the one token holding it).
    pub t0: usize,
    pub t1: usize,
    pub kind: Option<EntityType>,
    /// How sure the type is: [`GUESS`] … [`LISTED`].
    pub strength: u8,
    /// A country, region or well-known name (outranks the other readings of the word).
    pub major: bool,
    /// Gazetteer link between forms of one entity.
    pub group: Option<&'static str>,
    /// Index of the candidate this acronym abbreviates (`(EI)` → `État islamique`).
    pub acronym_of: Option<usize>,
    /// A title written inside the capitalized run (`US President`), as a byte span.
    pub role: Option<(usize, usize)>,
    /// Starts its sentence (or a quotation), so its capital says little.
    pub initial: bool,
    pub sentence: usize,
}

impl Cand {
    /// A candidate of bytes `[start, end)`, tokens `[t0, t1)`, in sentence `sentence`,
    /// that nothing has told anything about yet.
    pub(crate) fn new(start: usize, end: usize, t0: usize, t1: usize, sentence: usize) -> Cand {
        Cand {
            start,
            end,
            t0,
            t1,
            kind: None,
            strength: 0,
            major: false,
            group: None,
            acronym_of: None,
            role: None,
            initial: false,
            sentence,
        }
    }

    /// Takes what a gazetteer knows: type, link, rank.
    pub(crate) fn set_known(&mut self, k: gazetteer::Known) {
        self.kind = Some(k.kind);
        self.group = k.group;
        self.major = k.major;
        self.strength = if k.major || k.group.is_some() {
            LISTED
        } else {
            LISTED_MINOR
        };
    }
}

/// Every entity of the text, sorted by salience (descending), with byte offsets.
/// `dates` are the temporal expressions already found (never entities).
pub fn extract(ctx: &Context, dates: &[DateExpr]) -> Vec<Entity> {
    let lex = ctx.tables.entities;
    let mut words = words::Words::new(ctx.doc, lex);
    let mut cands = candidates::find(ctx, lex, &mut words, dates);
    let keys = classify::classify(ctx, lex, &mut words, &mut cands);
    let groups = group::group(ctx, &words, &mut cands, &keys);
    let mut entities: Vec<Entity> = groups
        .iter()
        .map(|g| group::to_entity(ctx, &cands, g))
        .collect();
    roles::attach(ctx, lex, &mut words, &cands, &groups, &mut entities);
    salience::score(ctx, &mut entities);
    // (std sort: hot; see src/sort.rs)
    entities.sort_by(|a, b| {
        b.salience.total_cmp(&a.salience).then(
            a.mentions
                .first()
                .map(|m| m.start)
                .cmp(&b.mentions.first().map(|m| m.start)),
        )
    });
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    entities
}

#[cfg(test)]
mod tests {
    fn check_sorted(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{name}: {:?} !< {:?}", w[0], w[1]);
        }
        for w in list {
            assert_eq!(w.to_lowercase(), *w, "{name}: {w} not lower case");
        }
    }

    #[test]
    fn lexicons_are_sorted_and_lower_case() {
        for t in [crate::language::tables("fr"), crate::language::tables("en")] {
            let l = t.entities;
            for (name, list) in [
                ("honorifics", l.honorifics),
                ("titles", l.titles),
                ("title_modifiers", l.title_modifiers),
                ("portfolios", l.portfolios),
                ("connectors", l.connectors),
                ("articles", l.articles),
                ("org_heads", l.org_heads),
                ("org_suffixes", l.org_suffixes),
                ("generic", l.generic),
                ("institutions", l.institutions),
                ("org_titles", l.org_titles),
                ("not_names", l.not_names),
                ("place_preps", l.place_preps),
                ("person_verbs", l.person_verbs),
                ("locative_preps", l.locative_preps),
                ("sport_words", l.sport_words),
                ("club_heads", l.club_heads),
                ("name_adjective_suffixes", l.name_adjective_suffixes),
                ("demonym_suffixes", l.demonym_suffixes),
                ("demonym_prefixes", l.demonym_prefixes),
                ("plural_determiners", l.plural_determiners),
                ("misc_heads", l.misc_heads),
                ("misc_suffixes", l.misc_suffixes),
                ("loc_heads", l.loc_heads),
                ("loc_suffixes", l.loc_suffixes),
                ("lower_misc_heads", l.lower_misc_heads),
                ("place_infixes", l.place_infixes),
                ("lower_loc_heads", l.lower_loc_heads),
                ("lower_place_heads", l.lower_place_heads),
                ("lower_org_heads", l.lower_org_heads),
                ("connected_place_heads", l.connected_place_heads),
                ("place_abbreviations", l.place_abbreviations),
                ("compound_suffixes", l.compound_suffixes),
                ("place_prefixes", l.place_prefixes),
                ("post_nominals", l.post_nominals),
                ("org_cues_before", l.org_cues_before),
                ("org_cues_after", l.org_cues_after),
                ("loc_cues_before", l.loc_cues_before),
                ("conjunctions", l.conjunctions),
                ("occupations", l.occupations),
                ("title_links", l.title_links),
                ("role_ends", l.role_ends),
                ("clause_openers", l.clause_openers),
                ("possessives", l.possessives),
            ] {
                check_sorted(&format!("{} {name}", t.code), list);
            }
            let keys: Vec<&str> = l.demonyms.iter().map(|(k, _)| *k).collect();
            check_sorted(&format!("{} demonyms", t.code), &keys);
            let keys: Vec<&str> = l.fused_articles.iter().map(|(k, _)| *k).collect();
            check_sorted(&format!("{} fused_articles", t.code), &keys);
        }
    }

    #[test]
    fn demonym_forms() {
        let fr = crate::language::tables("fr").entities;
        assert_eq!(fr.demonym("russes"), Some("Russie"));
        assert_eq!(fr.demonym("turque"), Some("Turquie"));
        assert_eq!(fr.demonym("syriennes"), Some("Syrie"));
        assert_eq!(fr.demonym("américaine"), Some("États-Unis"));
        assert_eq!(fr.demonym("maison"), None);
        let en = crate::language::tables("en").entities;
        assert_eq!(en.demonym("americans"), Some("United States"));
    }
}
