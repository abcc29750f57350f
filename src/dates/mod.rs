//! Dates: finding temporal expressions and resolving their TIMEX3 values.
//!
//! What it does: one left-to-right pass over the document's tokens finds every date,
//! time, duration and set a careful reader would mark (see `docs/dates.md` and the
//! annotation guidelines §5), and gives each its TIMEX3 type, value and mod, resolved
//! against the reference date (or against an earlier date of the text for "le
//! lendemain", "two days later"…).
//!
//! What it doesn't: it knows no entity or quote (it runs before them), reads no clock,
//! and resolves a quotation's "today" against the time of the utterance only for a part
//! of the day the lead tells (« Ce soir, … » after `dimanche soir` in the lead: the
//! quotation marks come from the document).
//!
//! The work is split in the order the data flows:
//!
//! * [`lex`] — the per-language word index (built once from the tables) and the
//!   classification of each token (a word's meanings, a number's shape);
//! * [`scan`] — the grammar: at each token that can begin an expression, the longest
//!   pattern that matches, as a [`scan::Found`] (span + meaning);
//! * [`resolve`] — meaning + reference date (+ earlier dates) → TIMEX3 value.
//!
//! Every word comes from the language tables (`src/language/*/dates.rs` and the
//! months/weekdays of `Common`); the code names none.

mod lex;
mod resolve;
mod scan;

use crate::analysis::{Anchor, DateExpr};
use crate::context::Context;

pub use lex::Cache;

/// Time units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    /// Half a year (semester, "half" as a period).
    Half,
    Year,
    Decade,
    Century,
}

/// Parts of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pod {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

/// TIMEX3 modifiers, as words give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mod {
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    MoreThan,
    LessThan,
    EqualOrMore,
    EqualOrLess,
}

impl Mod {
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::MoreThan => "MORE_THAN",
            Mod::LessThan => "LESS_THAN",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
        }
    }
}

/// Vague references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    Past,
    Present,
    Future,
}

/// What a word (or a phrase of several words) means to the dates stage. A word may have
/// several meanings (`second`: an ordinal and a unit); the grammar asks for the one it
/// needs where it needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Word {
    /// A unit of time; `true` when plural (`jours`, `years`).
    Unit(Unit, bool),
    /// A cardinal number word (`deux`, `twelve`; `a`/`un` = 1).
    Number(u32),
    /// An ordinal word (`premier`, `third`).
    Ordinal(u32),
    /// `demi`, `half`: half a unit, or "and a half".
    Half,
    /// An unspecified amount (`plusieurs`, `several`, `a few`).
    Vague,
    /// An unspecified amount only before units of a day or more (`des années`, not
    /// `des heures scolaires`).
    VagueWeak,
    /// A day relative to the reference: `hier` = -1, `aujourd'hui` = 0, `demain` = +1.
    DayRel(i8),
    /// A day relative to the reference with its part of day (`tonight`, `cette nuit`).
    DayPod(i8, Pod),
    /// Before or after a unit: the previous one (`dernier`, `last`, `past`).
    Last,
    /// The next one (`prochain`, `next`, `coming`).
    Next,
    /// The current one (`ce`, `cette`, `this`).
    This,
    /// A determiner that may open an expression (`le`, `la`, `l'`, `les`, `the`).
    Det,
    /// After an amount: that long before the reference (`ago`).
    Ago,
    /// Before an amount: that long before the reference (`il y a`); `true` for a verb
    /// that says it and stays out of the span (`remonte à` in « le dernier titre remonte
    /// à trois ans »).
    AgoBefore(bool),
    /// Before an amount: that long after the reference (`dans`).
    InFuture,
    /// After an amount: that long after the anchor (`later`, `plus tard`).
    Later,
    /// After an amount: that long before the anchor (`earlier`, `auparavant`).
    Earlier,
    /// The day after / before the anchor date (`le lendemain` +1, `la veille` -1).
    DayAfter(i8),
    /// After a unit: the one after / before the anchor (`suivant` +1, `précédent` -1,
    /// `the following week`).
    Following(i8),
    /// A part of the day (`matin`, `evening`).
    PartOfDay(Pod),
    /// A season: 0 spring, 1 summer, 2 fall, 3 winter.
    Season(u8),
    /// A modifier before the expression (`début`, `early`, `environ`, `more than`).
    Mod(Mod),
    /// A vague reference (`récemment`, `now`).
    Ref(Ref),
    /// `chaque`, `every`, `tous les`.
    Every,
    /// `par`, `per`, `a` in "$10 a year".
    Per,
    /// A set adverb or adjective (`daily`, `quotidien`).
    SetWord(Unit),
    /// A clock time as a word (`midi` 12, `minuit` 24).
    Clock(u8),
    /// The hour mark after a number (`h` in `7 h 19`).
    HourMark,
    /// `a.m.` (false) / `p.m.` (true).
    AmPm(bool),
    /// A time-zone label (`GMT`, `EST`).
    TimeZone,
    /// `siècle`, `century`.
    CenturyWord,
    /// `années` in `les années 1990`.
    DecadeWord,
    /// A decade said by its tens (`nineties` = 9: the 1990s, after a determiner).
    DecadeName(u8),
    /// A year said in words whose last digits follow (`two thousand`, `deux mille`),
    /// read only after the word for year (`the year two thousand`).
    SpelledYear(u16),
    /// After a unit in a hyphenated adjective: lasting one unit (`day-long`, `week-long`).
    Lasting,
    /// The end of the current year as one noun (`year-end`, `year's end`): the year with
    /// mod END, after a preposition.
    YearEnd,
    /// Words before a bare 4-digit number that make it a year (`en`, `in`, `since`, `fiscal`).
    YearCue,
    /// Prepositions before a number + hour unit that make it a clock time (`à`, `at`).
    ClockCue,
    /// Prepositions before a bare plural unit that make it a duration (`pendant`, `for`).
    DurationCue,
    /// Prepositions that make a bare season name a season (`en été`, `in summer`), not a
    /// verb or participle (`a été`, `continue to fall`); `true` for a preposition fused
    /// with the article (`au printemps`), which names one season as `the spring` does.
    SeasonCue(bool),
    /// Linking `de`, `du`, `d'`, `of`.
    Of,
    /// Linking `et`, `and`.
    And,
    /// A fixed-date holiday: month, day.
    Holiday(u8, u8),
    /// A holiday whose date moves with the year (`Easter`, `Thanksgiving`, `Pentecôte`).
    Feast(Feast),
    /// A word of the past tense (auxiliary, participle) for weekday resolution.
    PastCue,
    /// A word of the future (`will`, `va`, `prochain`) for weekday resolution.
    FutureCue,
    /// A pluperfect auxiliary (`had`, `avait`): a future word right after it is a plan
    /// seen from the past (`had been scheduled to expire Friday`).
    Pluperfect,
    /// A preposition before `the year` / `the month` that makes them the current one
    /// (`for the year`, `earlier in the month`).
    PeriodPrep,
    /// A passive auxiliary of the present or future (`be`, `is`): the participle after it
    /// is not a past tense (`will be closed Friday`).
    Passive,
    /// A deadline preposition right before a date puts it in the future (`by March`,
    /// `effective Jan. 1`). With `true`, the end of a state (`until`, `jusqu'à`): ahead
    /// unless the verb of the date's own clause tells a past (`He worked there until
    /// January`).
    Deadline(bool),
    /// A word after a weekday or month that makes it part of a name (`gras`).
    NameAfter,
    /// A word before a month that makes it a name (`Mrs`, `Theresa`: titles).
    NameBefore,
    /// A noun for the period a company reports on (`period`): `the latest period`.
    PeriodNoun,
    /// Adjectives between a determiner and a reporting period (`latest`, `current`,
    /// `fiscal`, `full`, `comparable`): `the latest quarter`, `the full year`.
    PeriodAdj,
    /// After a period, its end date follows (`the year ended June 30`): a length.
    Ended,
    /// A demonstrative pointing back at a date of the text (`that`: `that year`, `later
    /// that day`).
    That,
    /// Between the two ends of a range of days (`du 19 au 23 juillet`, `June 3 to 5`).
    RangeTo,
    /// Between an amount and its unit, adds nothing to the length (`two more weeks`,
    /// `an additional year`).
    Extra,
    /// A word opening another clause (`que`, `qui`, `that`, `which`, `but`): a tense cue
    /// beyond it is that clause's, not the date's.
    ClauseStart,
    /// A finite verb of the present (`is`, `has`, `est`, `sont`): a tense cue beyond it is
    /// another clause's (`said it is calling for the redemption on Dec. 7`). With `true`,
    /// followed by a participle (`participle_suffixes`) it makes a compound past (`est
    /// arrivé`, `s'est réuni`).
    Present(bool),
    /// Before an infinitive (`to`; `de`, `pour` before a word ending like an infinitive):
    /// the date after it may be the plan's, not the time of the verb before.
    Infinitive,
    /// A verb of postponing (`renvoyé`, `postponed`): with a preposition of the target
    /// between it and the date (`renvoyé au 28 mars`, `adjourned to March 3`), the date is
    /// the new one, ahead.
    Postponed,
    /// A preposition of a starting point (`since`, `depuis`): the date right after it
    /// is past, whatever the tense (`lowered its forecast for the third time since
    /// March`).
    Since,
    /// A quarter by its short name (`Q3`): of the year told after it (`Q3 2024`), else
    /// of the reference's year.
    PartName(Unit, u8),
}

/// One bit per kind of [`Word`] (its variant, whatever its payload): a token's kinds are
/// tested before the grammar asks for a meaning of one kind, so that the many questions
/// about a token that has none of that kind cost one test.
#[allow(non_upper_case_globals)]
pub mod kinds {
    pub const Unit: u64 = 1 << 0;
    pub const Number: u64 = 1 << 1;
    pub const Ordinal: u64 = 1 << 2;
    pub const Half: u64 = 1 << 3;
    pub const Vague: u64 = 1 << 4;
    pub const VagueWeak: u64 = 1 << 5;
    pub const DayRel: u64 = 1 << 6;
    pub const DayPod: u64 = 1 << 7;
    pub const Last: u64 = 1 << 8;
    pub const Next: u64 = 1 << 9;
    pub const This: u64 = 1 << 10;
    pub const Det: u64 = 1 << 11;
    pub const Ago: u64 = 1 << 12;
    pub const AgoBefore: u64 = 1 << 13;
    pub const InFuture: u64 = 1 << 14;
    pub const Later: u64 = 1 << 15;
    pub const Earlier: u64 = 1 << 16;
    pub const DayAfter: u64 = 1 << 17;
    pub const Following: u64 = 1 << 18;
    pub const PartOfDay: u64 = 1 << 19;
    pub const Season: u64 = 1 << 20;
    pub const Mod: u64 = 1 << 21;
    pub const Ref: u64 = 1 << 22;
    pub const Every: u64 = 1 << 23;
    pub const Per: u64 = 1 << 24;
    pub const SetWord: u64 = 1 << 25;
    pub const Clock: u64 = 1 << 26;
    pub const HourMark: u64 = 1 << 27;
    pub const AmPm: u64 = 1 << 28;
    pub const TimeZone: u64 = 1 << 29;
    pub const CenturyWord: u64 = 1 << 30;
    pub const DecadeWord: u64 = 1 << 31;
    pub const DecadeName: u64 = 1 << 32;
    pub const SpelledYear: u64 = 1 << 33;
    pub const Lasting: u64 = 1 << 34;
    pub const YearEnd: u64 = 1 << 35;
    pub const YearCue: u64 = 1 << 36;
    pub const ClockCue: u64 = 1 << 37;
    pub const DurationCue: u64 = 1 << 38;
    pub const SeasonCue: u64 = 1 << 39;
    pub const Of: u64 = 1 << 40;
    pub const And: u64 = 1 << 41;
    pub const Holiday: u64 = 1 << 42;
    pub const Feast: u64 = 1 << 43;
    pub const PastCue: u64 = 1 << 44;
    pub const FutureCue: u64 = 1 << 45;
    pub const Pluperfect: u64 = 1 << 46;
    pub const PeriodPrep: u64 = 1 << 47;
    pub const Passive: u64 = 1 << 48;
    pub const Deadline: u64 = 1 << 49;
    pub const NameAfter: u64 = 1 << 50;
    pub const NameBefore: u64 = 1 << 51;
    pub const PeriodNoun: u64 = 1 << 52;
    pub const PeriodAdj: u64 = 1 << 53;
    pub const Ended: u64 = 1 << 54;
    pub const That: u64 = 1 << 55;
    pub const RangeTo: u64 = 1 << 56;
    pub const Extra: u64 = 1 << 57;
    pub const ClauseStart: u64 = 1 << 58;
    pub const Present: u64 = 1 << 59;
    pub const Infinitive: u64 = 1 << 60;
    pub const Postponed: u64 = 1 << 61;
    pub const PartName: u64 = 1 << 62;
    pub const Since: u64 = 1 << 63;
}

impl Word {
    /// This word's bit in [`kinds`].
    pub const fn kind(&self) -> u64 {
        match self {
            Word::Unit(..) => kinds::Unit,
            Word::Number(..) => kinds::Number,
            Word::Ordinal(..) => kinds::Ordinal,
            Word::Half => kinds::Half,
            Word::Vague => kinds::Vague,
            Word::VagueWeak => kinds::VagueWeak,
            Word::DayRel(..) => kinds::DayRel,
            Word::DayPod(..) => kinds::DayPod,
            Word::Last => kinds::Last,
            Word::Next => kinds::Next,
            Word::This => kinds::This,
            Word::Det => kinds::Det,
            Word::Ago => kinds::Ago,
            Word::AgoBefore(_) => kinds::AgoBefore,
            Word::InFuture => kinds::InFuture,
            Word::Later => kinds::Later,
            Word::Earlier => kinds::Earlier,
            Word::DayAfter(..) => kinds::DayAfter,
            Word::Following(..) => kinds::Following,
            Word::PartOfDay(..) => kinds::PartOfDay,
            Word::Season(..) => kinds::Season,
            Word::Mod(..) => kinds::Mod,
            Word::Ref(..) => kinds::Ref,
            Word::Every => kinds::Every,
            Word::Per => kinds::Per,
            Word::SetWord(..) => kinds::SetWord,
            Word::Clock(..) => kinds::Clock,
            Word::HourMark => kinds::HourMark,
            Word::AmPm(..) => kinds::AmPm,
            Word::TimeZone => kinds::TimeZone,
            Word::CenturyWord => kinds::CenturyWord,
            Word::DecadeWord => kinds::DecadeWord,
            Word::DecadeName(..) => kinds::DecadeName,
            Word::SpelledYear(..) => kinds::SpelledYear,
            Word::Lasting => kinds::Lasting,
            Word::YearEnd => kinds::YearEnd,
            Word::YearCue => kinds::YearCue,
            Word::ClockCue => kinds::ClockCue,
            Word::DurationCue => kinds::DurationCue,
            Word::SeasonCue(_) => kinds::SeasonCue,
            Word::Of => kinds::Of,
            Word::And => kinds::And,
            Word::Holiday(..) => kinds::Holiday,
            Word::Feast(..) => kinds::Feast,
            Word::PastCue => kinds::PastCue,
            Word::FutureCue => kinds::FutureCue,
            Word::Pluperfect => kinds::Pluperfect,
            Word::PeriodPrep => kinds::PeriodPrep,
            Word::Passive => kinds::Passive,
            Word::Deadline(_) => kinds::Deadline,
            Word::NameAfter => kinds::NameAfter,
            Word::NameBefore => kinds::NameBefore,
            Word::PeriodNoun => kinds::PeriodNoun,
            Word::PeriodAdj => kinds::PeriodAdj,
            Word::Ended => kinds::Ended,
            Word::That => kinds::That,
            Word::RangeTo => kinds::RangeTo,
            Word::Extra => kinds::Extra,
            Word::ClauseStart => kinds::ClauseStart,
            Word::Present(_) => kinds::Present,
            Word::Infinitive => kinds::Infinitive,
            Word::Postponed => kinds::Postponed,
            Word::Since => kinds::Since,
            Word::PartName(..) => kinds::PartName,
        }
    }
}

/// A holiday whose date moves with the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// Days after Easter Sunday (Gregorian computus): Easter 0, Good Friday -2,
    /// Ascension 39, Pentecost 49.
    Easter(i8),
    /// The n-th weekday (0 = Monday) of a month (n = -1: the last), plus some days (US
    /// Election Day: the Tuesday after the first Monday of November).
    Nth {
        month: u8,
        weekday: u8,
        n: i8,
        plus: i8,
    },
}

impl Feast {
    /// Its date in `year`.
    pub fn date(self, year: i32) -> Option<crate::calendar::Date> {
        use crate::calendar::{days_in_month, Date};
        match self {
            Feast::Easter(plus) => {
                // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
                let y = year;
                let a = y.rem_euclid(19);
                let b = y.div_euclid(100);
                let c = y.rem_euclid(100);
                let d = b / 4;
                let e = b % 4;
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15).rem_euclid(30);
                let i = c / 4;
                let k = c % 4;
                let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
                let m = (a + 11 * h + 22 * l) / 451;
                let month = (h + l - 7 * m + 114) / 31;
                let day = (h + l - 7 * m + 114) % 31 + 1;
                Date::new(y, month as u8, day as u8)?.add_days(plus as i64)
            }
            Feast::Nth {
                month,
                weekday,
                n,
                plus,
            } => {
                let first = Date::new(year, month, 1)?;
                let day = if n > 0 {
                    let to = (weekday as i64 - first.weekday() as i64).rem_euclid(7);
                    first.add_days(to + 7 * (n as i64 - 1))?
                } else {
                    let last = Date::new(year, month, days_in_month(year, month))?;
                    let back = (last.weekday() as i64 - weekday as i64).rem_euclid(7);
                    last.add_days(-back)?
                };
                (day.month == month).then_some(day)?.add_days(plus as i64)
            }
        }
    }
}

/// The words of one language this stage reads (see `src/language/*/dates.rs`).
#[derive(Debug)]
pub struct Lexicon {
    /// Words and phrases (words separated by one space), lower case, apostrophes
    /// written `'`, with their meaning. A word may appear several times.
    pub words: &'static [(&'static str, Word)],
    /// Prefixes glued to what they modify (`mi-juillet`, `mid-1990s`), with the hyphen.
    pub prefixes: &'static [(&'static str, Mod)],
    /// Month names are written in lower case in running text (French): a capitalized
    /// month name inside a sentence is something else (`Mars` the planet).
    pub lowercase_months: bool,
    /// Month names that are also ordinary words or names (`may`, `mars`, `sept`); they
    /// are months only next to a day or year number, or after a modifier.
    pub weak_months: &'static [&'static str],
    /// Numeric dates are month first (`12/30/2018`, US English) unless the day is over 12.
    pub month_first: bool,
    /// A bare amount + unit after `dans`/`in` is a date in the future (French `dans deux
    /// semaines`), not a duration.
    pub in_amount_is_date: bool,
    /// A number + the hour unit after a clock preposition is a clock time (`à 20
    /// heures`), not a duration.
    pub hour_is_clock: bool,
    /// A part of the day + `de` + a day is one expression (`la nuit de samedi à
    /// dimanche`, `la nuit du 5 au 6 mai`: that part of the first day). Off for English,
    /// where TimeBank marks only the day of `the night of Oct. 23`.
    pub part_of_day_of: bool,
    /// Verb endings of the future tense (`-ront`), with the minimal word length.
    pub future_suffixes: &'static [(&'static str, usize)],
    /// Verb endings of the past tense (`-ed`), with the minimal word length.
    pub past_suffixes: &'static [(&'static str, usize)],
    /// Words with a past-tense ending that are not verbs (`portrait`, `retrait`).
    pub past_suffix_exceptions: &'static [&'static str],
    /// Endings of a past participle after a [`Word::Present`]`(true)` auxiliary (`est
    /// arrivé`), with the minimal word length.
    pub participle_suffixes: &'static [(&'static str, usize)],
    /// Endings of an infinitive after a [`Word::Infinitive`] word (`de payer`); empty: the
    /// word alone marks one (`to`).
    pub infinitive_suffixes: &'static [(&'static str, usize)],
    /// Words before which two digits and punctuation are a year (`en 97,`): French
    /// writes years so; English uses the apostrophe (`in '97`), and `in 12,` is a count.
    pub short_year_cues: &'static [&'static str],
    /// Words joining a second verb phrase to the first (`puis`, `then`): `doit
    /// s'exprimer demain, puis se rendre jeudi` — the infinitive after one shares the
    /// modal before, and so does its date.
    pub then_words: &'static [&'static str],
    /// The word index, built on first use from these tables.
    pub cache: Cache,
}

/// Every temporal expression in the text, in text order, non-overlapping, with byte
/// offsets.
pub fn extract(ctx: &Context) -> Vec<DateExpr> {
    let index = lex::index(ctx.tables);
    let classes = lex::classify(ctx.doc, index);
    let found = scan::scan(ctx, index, &classes.cls, &classes.skip);
    let mut out: Vec<DateExpr> = Vec::with_capacity(found.len());
    let mut state = resolve::State::default();
    for (i, f) in found.iter().enumerate() {
        let mut r = resolve::resolve(f, ctx.reference, &out, &mut state);
        // "at 9:30 a.m. on March 18", "à 18 h, le 3 mars": a clock time takes the day
        // told right after it (one short word at most between), not an earlier one.
        if matches!(f.sem, scan::Sem::TimeOnly) {
            if let Some(g) = found.get(i + 1) {
                let gap = ctx.doc.slice(f.end, g.start);
                let short_gap = |gap: &str| {
                    gap.len() <= 5
                        && gap
                            .chars()
                            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == ',')
                };
                // "at 10:35 a.m. (0735 GMT) Friday": past a short parenthesis
                let after_paren = gap
                    .trim_start()
                    .strip_prefix('(')
                    .and_then(|r| r.split_once(')'))
                    .is_some_and(|(inside, rest)| {
                        inside.len() <= 24 && !inside.contains('\n') && short_gap(rest)
                    });
                // "at 4 in the morning (4 a.m. EDT Thursday)": the restatement's day
                let restated = gap.trim() == "(";
                if (short_gap(gap) || after_paren) && g.time.is_none() || restated {
                    let next =
                        resolve::resolve(g, ctx.reference, &out, &mut resolve::State::default());
                    let day = next
                        .value
                        .as_deref()
                        .and_then(|v| v.get(..10))
                        .filter(|d| crate::calendar::Date::parse_iso(d).is_some());
                    let clock = r
                        .value
                        .as_deref()
                        .and_then(|v| v.get(10..))
                        .filter(|t| t.starts_with('T'));
                    if let (Some(day), Some(clock)) = (day, clock) {
                        r.value = Some(format!("{day}{clock}"));
                        r.anchor = Some(Anchor::Date {
                            index: i + 1,
                            value: next.value.clone().unwrap_or_default(),
                        });
                    }
                }
            }
        }
        let text = ctx.doc.slice(f.start, f.end).to_string();
        out.push(DateExpr {
            kind: r.kind,
            start: f.start,
            end: f.end,
            text,
            value: r.value,
            modifier: f.modifier.map(Mod::as_str),
            anchor: r.anchor.unwrap_or(Anchor::None),
        });
    }
    for (i, f) in found.iter().enumerate() {
        if f.to_next {
            clock_range_day(&mut out, i);
        }
    }
    lead_day(ctx, &found, &mut out);
    sentence_year(ctx, &found, &mut out);
    out
}

/// A month, day, season or quarter without its year, in a sentence that opens on a year
/// (`In 2019, the company paid its suppliers in January`, « Il y a vingt ans, on
/// vendangeait en octobre », `Last year, sales peaked in March`), is in that year: the
/// sentence tells a story of that year. Only a year at the head of the sentence (one
/// preposition at most before it, no modifier) counts: a year told further on is often
/// another event's (`Born in 1950, he died in March`, `He died in March, ten years
/// after he retired in 2009`).
fn sentence_year(ctx: &Context, found: &[scan::Found], out: &mut [DateExpr]) {
    use scan::{Dir, Sem};
    fn four(v: &str) -> Option<&str> {
        v.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
    }
    // a year (`2019`, `last year`), or a date the text wrote with its year (`March
    // 2019`); not a day placed from the reference (`On Tuesday, it said it would pay in
    // January`)
    let year_of = |e: &DateExpr| -> Option<String> {
        let v = e.value.as_deref()?;
        let y = four(v)?;
        let exact = v.len() == 4 && e.kind == crate::analysis::DateType::DATE;
        let written = matches!(e.anchor, Anchor::None) && v.as_bytes().get(4) == Some(&b'-');
        (exact || written).then(|| y.to_string())
    };
    // the sentence whose head is a year, and that year (updated by the sentence's own
    // years: `In 2019 sales fell, and in 2020 they rose in March`)
    let mut current: Option<(usize, String, usize)> = None;
    for (i, f) in found.iter().enumerate() {
        let Some(e) = out.get(i) else {
            break;
        };
        let Some(s) = ctx.doc.sentence_at(e.start) else {
            continue;
        };
        if current.as_ref().is_some_and(|c| c.0 != s) {
            current = None;
        }
        let yearless = match f.sem {
            // not a plan told then (`Last year, it said it would pay in January`)
            Sem::Month(_, d)
            | Sem::DayMonth(_, _, d)
            | Sem::Season(_, None, d, false)
            | Sem::PartNear(_, _, d) => {
                !matches!(d, Dir::Last | Dir::Next | Dir::Future | Dir::ClauseFuture)
            }
            _ => false,
        };
        if !yearless {
            if let Some(y) = year_of(e) {
                let head = ctx
                    .doc
                    .sentences
                    .get(s)
                    .is_some_and(|sent| ctx.doc.token_at(e.start) <= sent.tokens.0 + 1)
                    && e.modifier.is_none();
                if head {
                    current = Some((s, y, i));
                } else if let Some(c) = current.as_mut() {
                    c.1 = y;
                    c.2 = i;
                }
            }
            continue;
        }
        let Some((_, year, k)) = current.as_ref() else {
            continue;
        };
        let Some(v) = e.value.as_deref() else {
            continue;
        };
        if four(v).is_none_or(|y| y == year) {
            continue;
        }
        // February 29 of a year without one: left as it was
        if let Sem::DayMonth(m, d, _) = f.sem {
            let y = year.parse().ok();
            if y.and_then(|y| crate::calendar::Date::new(y, m, d))
                .is_none()
            {
                continue;
            }
        }
        let nv = format!("{year}{}", v.get(4..).unwrap_or(""));
        let hv = out
            .get(*k)
            .and_then(|h| h.value.clone())
            .unwrap_or_default();
        if let Some(e) = out.get_mut(i) {
            e.value = Some(nv);
            e.anchor = Anchor::Date {
                index: *k,
                value: hv,
            };
        }
    }
}

/// A time of day alone in a past clause, in a paragraph that names no day, was given the
/// reference's day; in a story whose lead tells a past day (`The council voted late
/// Monday …`, then paragraphs later `the result was announced at 10:45 p.m.`), it is that
/// day: the story's event. The lead is the first paragraph of body text; its first
/// expression with a day before the reference (within a week) gives the day. So is a part
/// of today inside a quotation (« Ce soir, le public a été notre douzième homme ») when
/// the lead tells that part of its day (`s'est imposé dimanche soir`): the words were said
/// then (the guidelines: a quotation's today is the time of the utterance).
fn lead_day(ctx: &Context, found: &[scan::Found], out: &mut [DateExpr]) {
    use crate::calendar::Date;
    use scan::{Sem, Tod};
    let Some(r) = ctx.reference else {
        return;
    };
    let tonight = |f: &scan::Found| {
        matches!(f.sem, Sem::Rel(Unit::Day, 0)) && matches!(f.time, Some(Tod::Part(_)))
    };
    if !found.iter().any(|f| f.past || tonight(f)) {
        return;
    }
    let Some(lead) = (0..ctx.doc.paragraphs.len()).find(|&p| ctx.layout.is_body(p)) else {
        return;
    };
    let para = |pos: usize| ctx.doc.paragraph_at(pos);
    let rd = r.to_days();
    let Some((k, day, value)) = out
        .iter()
        .enumerate()
        .take_while(|(_, e)| para(e.start).is_some_and(|p| p <= lead))
        .filter(|(_, e)| para(e.start) == Some(lead))
        .find_map(|(k, e)| {
            let v = e.value.as_deref()?;
            let d = v.get(..10).and_then(Date::parse_iso)?;
            (d.to_days() < rd && d.to_days() >= rd - 7).then(|| (k, d, v.to_string()))
        })
    else {
        return;
    };
    for (i, f) in found.iter().enumerate().skip(k + 1) {
        let Some(e) = out.get_mut(i) else {
            break;
        };
        if para(f.start).is_none_or(|p| p <= lead) {
            continue;
        }
        let Some(clock) = e.value.as_deref().and_then(|v| v.get(10..)) else {
            continue;
        };
        // (a part of today: inside the pair of marks opened last before it, the lead's
        // same part)
        let quoted = tonight(f) && clock == value.get(10..).unwrap_or_default() && {
            let t = ctx.doc.token_at(f.start);
            let pairs = &ctx.doc.quote_pairs;
            let n = pairs.partition_point(|p| p.0 < t);
            n > 0 && pairs.get(n - 1).is_some_and(|p| p.1 > t)
        };
        if !quoted && (!f.past || !matches!(e.anchor, Anchor::Reference { .. })) {
            continue;
        }
        // an hour before dawn in the lead's night is on the day after (« dans la nuit de
        // samedi à dimanche » …, then « vers 3 h 30 du matin »: Sunday), as in `resolve`
        let dawn =
            value.ends_with("TNI") && matches!(clock.as_bytes(), [b'T', b'0', h, ..] if *h < b'6');
        let d = if dawn {
            day.add_days(1).unwrap_or(day)
        } else {
            day
        };
        let mut v = String::with_capacity(16);
        d.push_iso(&mut v);
        v.push_str(clock);
        e.value = Some(v);
        e.anchor = Anchor::Date {
            index: k,
            value: value.clone(),
        };
    }
}

/// The first end of a range of clock times (`out[i]`) takes the day of the second
/// (`between 2 and 3 p.m. on Monday`: Monday 14:00). A range over midnight (`de 22 heures
/// à 6 heures du matin`) ends on the day after it starts: the second end moves a day
/// ahead, unless its day was told after it (`from 10 p.m. to 2 a.m. Saturday`: the first
/// end is on Friday).
fn clock_range_day(out: &mut [DateExpr], i: usize) {
    let (Some(first), Some(second)) = (out.get(i), out.get(i + 1)) else {
        return;
    };
    let (Some(v1), Some(v2)) = (first.value.as_deref(), second.value.as_deref()) else {
        return;
    };
    fn clock(v: &str) -> Option<&str> {
        v.get(10..).filter(|t| t.len() == 6 && t.starts_with('T'))
    }
    let day = |v: &str| v.get(..10).and_then(crate::calendar::Date::parse_iso);
    let (Some(t1), Some(t2), Some(d2)) = (clock(v1), clock(v2), day(v2)) else {
        return;
    };
    let (t1, t2) = (t1.to_string(), t2.to_string());
    let told_after = match second.anchor {
        Anchor::Date { index, .. } => index > i + 1,
        Anchor::None => true,
        _ => false,
    };
    let (d1, d2) = if t1 > t2 {
        if told_after {
            (d2.add_days(-1).unwrap_or(d2), d2)
        } else {
            (d2, d2.add_days(1).unwrap_or(d2))
        }
    } else {
        (d2, d2)
    };
    let mut v = String::with_capacity(16);
    d1.push_iso(&mut v);
    v.push_str(&t1);
    let anchor = Anchor::Date {
        index: i + 1,
        value: v2.to_string(),
    };
    let mut own = anchor;
    if let Some(f) = out.get_mut(i) {
        f.value = Some(v);
        std::mem::swap(&mut f.anchor, &mut own);
    }
    if let Some(s) = out.get_mut(i + 1) {
        let mut v = String::with_capacity(16);
        d2.push_iso(&mut v);
        v.push_str(&t2);
        s.value = Some(v);
        // the second end took its day from the first (a day told earlier in the
        // paragraph): it has the first's own anchor, not a loop between the two
        if matches!(s.anchor, Anchor::Date { index, .. } if index == i) {
            s.anchor = own;
        }
    }
}

#[cfg(test)]
mod tests;
