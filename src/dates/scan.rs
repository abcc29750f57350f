//! The grammar: from the classified tokens to temporal expressions with their meaning.
//!
//! The scanner walks the tokens once. At a token that can begin an expression (its
//! class is not empty: a number, or a word the index knows) it tries the patterns and
//! keeps the longest match, then jumps past it; elsewhere it moves on at once. Patterns
//! are small functions over token positions (`i` is the next token to read, every
//! function returns the position after what it read), so a match costs a handful of
//! array reads and nothing is allocated until an expression is found.

use super::lex::{Cls, Compound, Entry, Index, Num};
use super::{Feast, Mod, Pod, Ref, Unit, Word};
use crate::calendar::Date;
use crate::context::Context;
use crate::document::{QuoteMark, Token, TokenKind};

/// The bits of the kinds of words named (see [`super::kinds`]): `k!(Det | This)`.
macro_rules! k {
    ($($kind:ident)|+) => {
        0 $(| super::kinds::$kind)+
    };
}

/// How a date without its year (or a weekday) is placed around the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// On or before the reference (past-tense clause).
    Past,
    /// On or after the reference (future-tense clause).
    Future,
    /// Strictly before (`lundi dernier`, `last May`).
    Last,
    /// Strictly after (`lundi prochain`, `next May`).
    Next,
    /// The closest to the reference (no cue).
    Closest,
    /// The reference's own year / week (`cette année`, bare months).
    This,
    /// Past, told by the verb of the date's own clause (`il a payé en janvier`): a day or
    /// month ten months back stays in the past (a cue of another clause, such as the
    /// reporting verb of `said it is calling for the redemption on Dec. 7`, is only a
    /// hint, see `resolve`).
    ClausePast,
    /// Future, told by the verb of the date's own clause (`il paiera en janvier`).
    ClauseFuture,
}

impl Dir {
    /// The same direction, without the strength of the date's own clause.
    pub fn plain(self) -> Dir {
        match self {
            Dir::ClausePast => Dir::Past,
            Dir::ClauseFuture => Dir::Future,
            d => d,
        }
    }
}

/// An amount: a number, or unspecified (`plusieurs`, `several`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    N(f64),
    X,
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tod {
    Clock(u8, u8),
    Part(Pod),
}

/// What an expression means, before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sem {
    Year(i32),
    YearMonth(i32, u8),
    Day(i32, u8, u8),
    /// `199` for the 1990s.
    Decade(i32),
    /// `19` for the 1900s (the 20th century).
    Century(i32),
    DayMonth(u8, u8, Dir),
    Month(u8, Dir),
    /// A month of the year n years from the reference's (`July last year`).
    MonthOfYear(u8, i32),
    /// Season 0–3, with its year if given; `None` + `Dir::This` = generic (`XXXX-SU`)
    /// when `generic`.
    Season(u8, Option<i32>, Dir, bool),
    Weekday(u8, Dir),
    /// A weekday with its day of the month and no month (`mardi 14`, `Tuesday the
    /// 14th`): the date near the reference that has both.
    WeekdayDay(u8, u8, Dir),
    /// The unit holding the reference, moved by n (`hier`: Day -1; `last week`: Week -1).
    Rel(Unit, i32),
    /// A day of the month alone after a date of its sentence (`on December 5 and … on
    /// the 9th`, « le 3 décembre, puis le 17 »): that day in the earlier date's month (the
    /// next month when it comes before it).
    DayAfterDate(u8),
    /// Quarter / half n of a year (the reference's if `None`).
    Part(Unit, u8, Option<i32>),
    /// Quarter / half n without its year, placed by the clause's tense: the coming one in
    /// a future clause (`will close in the first quarter`, written in November: next
    /// year's), else the last one begun (`profits fell in the fourth quarter`, written in
    /// February: last year's).
    PartNear(Unit, u8, Dir),
    /// Quarter / half n of the year n years from the reference's (`of last year`).
    PartRel(Unit, u8, i32),
    /// Moved by n units from an earlier date of the text (`le lendemain`), else from the
    /// reference.
    Anchored(Unit, f64),
    /// Moved by an amount from the reference (`il y a trois jours`, `dans deux semaines`):
    /// sign carried by `back`.
    Shift(Unit, Amount, bool),
    Ref(Ref),
    Duration(Unit, Amount),
    /// A recurrence every n units.
    SetEvery(Unit, u32),
    SetWeekday(u8),
    SetMonth(u8),
    SetPart(Pod),
    /// Only a time of day: the day of an earlier date of the same paragraph, else the
    /// reference's day.
    TimeOnly,
    /// The weekend nearest the reference in the clause's direction.
    Weekend(Dir),
    /// The period a financial report is about (`the quarter`, `the latest period`: the
    /// last quarter named in the text, else the quarter before the reference's), moved by
    /// n years (`the year-ago quarter`, `year-earlier`).
    Period(i8),
    /// The report's quarter in a given year (`the 1988 period`).
    PeriodIn(i32),
    /// A moving holiday, in a given year or placed around the reference.
    Feast(Feast, Option<i32>, Dir),
}

/// One expression found: byte span, meaning, modifier, time of day.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    /// Byte offset where the expression's paragraph starts (an earlier date of the same
    /// paragraph gives a bare time its day).
    pub scope: usize,
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<super::Mod>,
    pub time: Option<Tod>,
    /// The ISO week holding the day (`the week of March 6`, `la semaine du 6 mars`).
    pub week_of: bool,
    /// Days to add to the day (`la veille du 14 juillet`: -1).
    pub day_shift: i8,
    /// The first end of a range of clock times (`2` in `between 2 and 3 p.m. on
    /// Monday`): it takes the day of the expression after it, the second end.
    pub to_next: bool,
    /// A time of day alone in a past clause (`the result was announced at 10:45 p.m.`):
    /// without a day in its paragraph, it is the lead's day, not the reference's.
    pub past: bool,
}

/// A match in token positions: `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct M {
    end: usize,
    /// Tokens at the start left out of the span (`avant` in `avant 2019`).
    lead: usize,
    /// An adjective (`71-year-old`, `two-year`): a determiner before it belongs to the
    /// noun it qualifies, not to the expression.
    adjective: bool,
    /// Only an expression when a day was named earlier in the paragraph (`la nuit`
    /// after `Le 24 mars`; alone, `la nuit` is generic).
    needs_day: bool,
    sem: Sem,
    modifier: Option<Mod>,
    time: Option<Tod>,
    /// The ISO week holding the day.
    week_of: bool,
    /// Days to add to the day (`la veille du 14 juillet`).
    day_shift: i8,
    /// The first end of a range of clock times (see [`Found::to_next`]).
    to_next: bool,
}

impl M {
    fn new(end: usize, sem: Sem) -> M {
        M {
            end,
            lead: 0,
            adjective: false,
            needs_day: false,
            sem,
            modifier: None,
            time: None,
            week_of: false,
            day_shift: 0,
            to_next: false,
        }
    }
}

struct Scanner<'a, 'd> {
    toks: &'a [Token<'d>],
    cls: &'a [Cls],
    index: &'a Index,
    text: &'d str,
    /// The article's year, if known: the century of a two-digit year (`en 97`).
    year: Option<i32>,
}

/// Every expression of the document, in text order, non-overlapping.
pub fn scan(ctx: &Context, index: &Index, classes: &[Cls], skip: &[bool]) -> Vec<Found> {
    let s = Scanner {
        toks: &ctx.doc.tokens,
        cls: classes,
        index,
        text: ctx.doc.text,
        year: ctx.reference.map(|d| d.year),
    };
    let n = s.toks.len();
    // (about one expression per 65 tokens in news text: most texts' without a growth)
    let mut out = Vec::with_capacity(n / 32);
    let mut i = 0;
    while i < n {
        // (the tokens [`Cls::skips`] rules out, most of them, from one byte each)
        while skip.get(i) == Some(&true) {
            i += 1;
        }
        if i >= n {
            break;
        }
        let c = &s.cls[i];
        // A range in one token (`1982-1990`, `mars-avril`): its two ends, as two
        // expressions.
        if matches!(c.num, Num::YearRange(..)) || c.month_range.is_some() {
            if let Some(pair) = s.range_token(i, ctx.reference) {
                out.extend(pair);
                i += 1;
                continue;
            }
        }
        // Quick rejection: most tokens cannot open an expression, and function words
        // (`la`, `the`, `a`) open one only before another known word.
        let word_only = c.num == Num::None && c.prefix.is_none() && c.compound.is_none();
        let before_unit = c.e.before_unit && s.unit(i + 1, None).is_some();
        if c.is_empty()
            || word_only
                && !before_unit
                && (!c.opens() || !c.alone() && s.cls.get(i + 1).is_none_or(Cls::is_empty))
        {
            i += 1;
            continue;
        }
        match s.start(i) {
            Some(m) if m.end > i && (!m.needs_day || day_before(ctx, &out, s.toks[i].start)) => {
                let end_tok = m.end.min(n);
                let first = (i + m.lead).min(end_tok - 1);
                let start = s.toks[first].start;
                // (the paragraph: a bare time's day, a week's anchor week, come from it)
                let scope = match m.sem {
                    Sem::TimeOnly | Sem::Anchored(Unit::Week | Unit::Fortnight, _) => ctx
                        .doc
                        .sentence_at(start)
                        .and_then(|k| ctx.doc.sentences.get(k))
                        .and_then(|se| ctx.doc.paragraphs.get(se.paragraph))
                        .map_or(0, |p| p.start),
                    _ => 0,
                };
                out.push(Found {
                    scope,
                    start,
                    end: s.toks[end_tok - 1].end,
                    sem: m.sem,
                    modifier: m.modifier,
                    time: m.time,
                    week_of: m.week_of,
                    day_shift: m.day_shift,
                    to_next: m.to_next,
                    past: m.sem == Sem::TimeOnly
                        && matches!(
                            s.clause_dir(first, end_tok, Dir::This),
                            Dir::Past | Dir::ClausePast
                        ),
                });
                i = end_tok;
                // April 24 and 25, March 3 to 5: the second day, in the same month
                if let Some((k, sem)) = s.second_day(end_tok, m.sem) {
                    if let Some(t) = s.toks.get(k) {
                        out.push(Found {
                            scope,
                            start: t.start,
                            end: t.end,
                            sem,
                            modifier: None,
                            time: None,
                            week_of: false,
                            day_shift: 0,
                            to_next: false,
                            past: false,
                        });
                        i = k + 1;
                    }
                }
            }
            _ => i += 1,
        }
    }
    out
}

impl Scanner<'_, '_> {
    /// The two ends of a range written as one token: `1982-1990` (two 4-digit years),
    /// `mars-avril`. Each end is its own expression with its own span.
    fn range_token(&self, i: usize, reference: Option<Date>) -> Option<[Found; 2]> {
        let t = self.toks.get(i)?;
        let c = self.c(i)?;
        let (a, b) = match (c.num, c.month_range) {
            (Num::YearRange(a, b), _) => {
                let sep = t.text.find(['-', '/'])?;
                if t.text.len() != sep + 5 {
                    return None; // "1982-83": too often a season or fiscal year
                }
                (Sem::Year(a), Sem::Year(b))
            }
            (_, Some((ma, mb))) => {
                let dir = self.clause_dir(i, i + 1, Dir::Past);
                match reference {
                    // the second month follows the first: `novembre-janvier` crosses
                    // into the next year
                    Some(r) => {
                        let y = super::resolve::place_month(r, ma, dir);
                        let y2 = if mb > ma { y } else { y + 1 };
                        (Sem::YearMonth(y, ma), Sem::YearMonth(y2, mb))
                    }
                    None => (Sem::Month(ma, dir), Sem::Month(mb, dir)),
                }
            }
            _ => return None,
        };
        let sep = t.text.find(['-', '/'])?;
        let found = |start: usize, end: usize, sem: Sem| Found {
            scope: 0,
            start,
            end,
            sem,
            modifier: None,
            time: None,
            week_of: false,
            day_shift: 0,
            to_next: false,
            past: false,
        };
        Some([
            found(t.start, t.start + sep, a),
            found(t.start + sep + 1, t.end, b),
        ])
    }
}

/// How far (in tokens, each way) the tense cues of a date are looked for in its sentence.
const TENSE_WINDOW: usize = 16;

/// A quotation of at most this many tokens between its marks is a few words quoted
/// inside the reporter's sentence, not a clause of its own.
const SHORT_QUOTE: usize = 6;

fn is_day(n: u32) -> bool {
    (1..=31).contains(&n)
}

fn is_year(n: u32) -> bool {
    (1000..=2100).contains(&n)
}

impl<'a, 'd> Scanner<'a, 'd> {
    fn c(&self, i: usize) -> Option<&Cls> {
        self.cls.get(i)
    }

    fn entry(&self, i: usize) -> Entry {
        self.cls.get(i).map(|c| c.e).unwrap_or_default()
    }

    fn num(&self, i: usize) -> Num {
        self.cls.get(i).map(|c| c.num).unwrap_or_default()
    }

    /// A meaning of token `i` (a phrase starting there first) accepted by `f`, and the
    /// position after it. `kinds` ([`k!`]) names every kind of word `f` accepts: a token
    /// with none of them is answered at once (most questions, at most tokens).
    fn word<T>(&self, i: usize, kinds: u64, f: impl Fn(Word) -> Option<T>) -> Option<(T, usize)> {
        let c = self.c(i)?;
        if c.kinds & kinds == 0 {
            debug_assert!(self.word_in_full(c, i, &f).is_none(), "kinds of {i}");
            return None;
        }
        self.word_in_full(c, i, &f)
    }

    /// [`Scanner::word`] without the test of the kinds.
    fn word_in_full<T>(
        &self,
        c: &Cls,
        i: usize,
        f: &impl Fn(Word) -> Option<T>,
    ) -> Option<(T, usize)> {
        if c.prefix.is_some() {
            return None;
        }
        if let Some((k, n)) = c.phrase {
            if let Some(t) = self.index.phrase_words(k).iter().find_map(|w| f(*w)) {
                return Some((t, i + n as usize));
            }
        }
        self.index
            .meanings(&c.e)
            .iter()
            .find_map(|w| f(*w))
            .map(|t| (t, i + 1))
    }

    fn is(&self, i: usize, kinds: u64, f: impl Fn(Word) -> bool) -> Option<usize> {
        self.word(i, kinds, |w| f(w).then_some(())).map(|(_, j)| j)
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(p))
    }

    /// Token `b` is on the same line as token `a` (a headline's weekday is not joined
    /// with the date line under it).
    fn same_line(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.end <= y.start => self
                .text
                .get(x.end..y.start)
                .is_some_and(|gap| !gap.contains('\n')),
            _ => false,
        }
    }

    /// Skips one `,` at `i`.
    fn comma(&self, i: usize) -> usize {
        if self.punct(i, ",") {
            i + 1
        } else {
            i
        }
    }

    /// Skips a `.` glued to the previous token (`Dec.`, `sept.`).
    fn abbr_dot(&self, i: usize) -> usize {
        match self.toks.get(i) {
            Some(t) if t.is_punct(".") && !t.space_before => i + 1,
            _ => i,
        }
    }

    // ----- entry points -------------------------------------------------------------

    /// The longest expression starting at token `i`.
    fn start(&self, i: usize) -> Option<M> {
        let m = self.start_inner(i)?;
        let m = self.period_after(m).unwrap_or(m);
        Some(self.join(i, m))
    }

    /// A reporting period after a year: `this year's third quarter`, `last year's
    /// quarter`, `the 1988 period`; a year after a period: `the corresponding period last
    /// year`, `the quarter a year ago`.
    fn period_after(&self, m: M) -> Option<M> {
        let j = m.end;
        match m.sem {
            Sem::Rel(Unit::Year, n) | Sem::Year(n) if m.modifier.is_none() => {
                let absolute = matches!(m.sem, Sem::Year(_));
                let k = if absolute {
                    j
                } else {
                    let t = self.toks.get(j)?;
                    let poss = t.text.len() <= 4
                        && t.text.ends_with(['s', 'S'])
                        && t.text.starts_with(['\'', '\u{2019}']);
                    if !poss {
                        return None;
                    }
                    j + 1
                };
                let part = self.ordinal(k).and_then(|(o, k2)| {
                    let (u, k3) = self.unit(k2, Some(false))?;
                    (u == Unit::Quarter && (1..=4).contains(&o)).then_some((o, k3))
                });
                let part = part.or_else(|| match self.c(k)?.compound? {
                    Compound::Ordinal(o @ 1..=4, Unit::Quarter) => Some((o, k + 1)),
                    _ => None,
                });
                if let Some((o, end)) = part {
                    let sem = if absolute {
                        Sem::Part(Unit::Quarter, o as u8, Some(n))
                    } else {
                        Sem::PartRel(Unit::Quarter, o as u8, n)
                    };
                    return Some(M::new(end, sem));
                }
                let noun = self
                    .unit(k, Some(false))
                    .filter(|(u, _)| *u == Unit::Quarter)
                    .map(|(_, e)| e)
                    .or_else(|| self.is(k, k!(PeriodNoun), |w| matches!(w, Word::PeriodNoun)))?;
                if self.is(noun, k!(Of), |w| matches!(w, Word::Of)).is_some() {
                    return None;
                }
                let sem = if absolute {
                    Sem::PeriodIn(n)
                } else {
                    Sem::Period(n.clamp(-9, 9) as i8)
                };
                Some(M::new(noun, sem))
            }
            Sem::Period(0) => {
                let after = self.start_inner(j)?;
                let n = match after.sem {
                    Sem::Rel(Unit::Year, n @ -9..=-1) => n,
                    Sem::Shift(Unit::Year, Amount::N(n), true) if n.fract() == 0.0 && n <= 9.0 => {
                        -(n as i32)
                    }
                    _ => return None,
                };
                Some(M::new(after.end, Sem::Period(n as i8)))
            }
            _ => None,
        }
    }

    fn start_inner(&self, i: usize) -> Option<M> {
        // A modifier before the expression.
        if let Some(m) = self.modified(i) {
            return Some(m);
        }
        // A determiner or demonstrative.
        if let Some(j) = self.is(i, k!(Det), |w| matches!(w, Word::Det)) {
            if let Some(m) = self.modified(j) {
                if m.lead == 0 {
                    return Some(m);
                }
            }
            if let Some(m) = self.core(j, Ctx::Det) {
                // "the Oct. 23 vote", "the 1988 period": the determiner is the noun's
                let noun_det = matches!(m.sem, Sem::Year(_) | Sem::YearMonth(..))
                    && matches!(self.num(j), Num::Int(..))
                    || self.c(j).is_some_and(|c| c.e.month > 0);
                if !m.adjective && !noun_det {
                    return Some(m);
                }
            }
        }
        if let Some(j) = self.is(i, k!(This), |w| matches!(w, Word::This)) {
            if let Some(m) = self.core(j, Ctx::This) {
                return Some(m);
            }
        }
        if let Some(m) = self.that_unit(i) {
            return Some(m);
        }
        self.core(i, Ctx::Bare)
    }

    /// `that year`, `that same day`: the unit holding the last date of the text.
    fn that_unit(&self, i: usize) -> Option<M> {
        let j = self.is(i, k!(That), |w| matches!(w, Word::That))?;
        let j = self
            .is(j, k!(PeriodAdj), |w| matches!(w, Word::PeriodAdj))
            .unwrap_or(j);
        let (u, plural, k) = self.unit_plural(j)?;
        if plural || matches!(u, Unit::Hour | Unit::Minute | Unit::Second | Unit::Half) {
            return None;
        }
        Some(M::new(k, Sem::Anchored(u, 0.0)))
    }

    /// `début 2019`, `early next year`, `plus de deux ans`, `vers 20 heures`,
    /// `au début de l'année prochaine`, `mid-1990s`, `earlier this month`.
    fn modified(&self, i: usize) -> Option<M> {
        let c = self.c(i)?;
        if let Some(pm) = c.prefix {
            // mi-juillet, mid-1990s: the token itself is the rest.
            let m = self.prefixed(i)?;
            return Some(M {
                modifier: Some(pm),
                ..m
            });
        }
        let (md, mut j) = self
            .word(i, k!(Mod), |w| match w {
                Word::Mod(m) => Some(m),
                _ => None,
            })
            .or_else(|| {
                // earlier this month / later this year
                let (m, j) = self.word(i, k!(Later | Earlier), |w| match w {
                    Word::Earlier => Some(Mod::Start),
                    Word::Later => Some(Mod::End),
                    _ => None,
                })?;
                self.is(j, k!(This | That), |w| matches!(w, Word::This | Word::That))
                    .map(|_| (m, j))
            })?;
        // `over` is also a preposition of duration: "more than" only after another
        // preposition or `last` (`for over a week`, `lasted over`… `last over a week`);
        // after a verb or a noun it is `during` and stays out (`used over three years`,
        // `deliberated nine hours over two days`), as TimeBank marks it
        if j == i + 1
            && self
                .is(i, k!(DurationCue), |w| matches!(w, Word::DurationCue))
                .is_some()
            && !self.prev_is(i, k!(DurationCue | YearCue | Last), |w| {
                matches!(w, Word::DurationCue | Word::YearCue | Word::Last)
            })
        {
            return None;
        }
        let point = matches!(md, Mod::Start | Mod::Mid | Mod::End);
        let m = if point {
            // début de l'année, late on Friday, en fin d'après-midi, the late 1980s
            if let Some(k) = self.is(j, k!(ClockCue | Of), |w| {
                matches!(w, Word::Of | Word::ClockCue)
            }) {
                j = k;
            }
            if let Some(k) = self.is(j, k!(Det), |w| matches!(w, Word::Det)) {
                self.core(k, Ctx::Modified)
                    .or_else(|| self.core(k, Ctx::Det))
                    .or_else(|| self.core(j, Ctx::Bare))
            } else if let Some(k) = self.is(j, k!(This), |w| matches!(w, Word::This)) {
                self.core(k, Ctx::This)
            } else if self.is(j, k!(That), |w| matches!(w, Word::That)).is_some() {
                self.that_unit(j)
            } else {
                self.core(j, Ctx::Modified)
            }
        } else if matches!(md, Mod::Before | Mod::After) {
            // avant 2019, after Tuesday: as the expression would be without it
            self.start_inner(j)
        } else {
            self.core(j, Ctx::Modified)
        }?;
        let ok = match m.sem {
            Sem::Duration(..) => !point && !matches!(md, Mod::Before | Mod::After),
            // "later that year" (the year itself, late in it); not "early two days later"
            Sem::Anchored(_, 0.0) => true,
            Sem::Shift(..) | Sem::Anchored(..) => !point,
            Sem::SetEvery(..) | Sem::SetWeekday(_) | Sem::SetMonth(_) | Sem::SetPart(_) => false,
            Sem::Ref(_) => false,
            _ => {
                point
                    || m.time.is_some()
                    || matches!(md, Mod::Approx | Mod::Before | Mod::After)
                    || matches!(m.sem, Sem::Year(_) | Sem::Decade(_) | Sem::Century(_))
            }
        };
        if !ok || m.modifier.is_some() {
            return None;
        }
        // Before / after: the preposition stays out of the span (prepositions are left
        // out), the modifier is kept.
        let lead = if matches!(md, Mod::Before | Mod::After) {
            j - i + m.lead
        } else {
            0
        };
        Some(M {
            modifier: Some(md),
            lead,
            ..m
        })
    }

    /// The rest of a `mi-`/`mid-` token: a month, a year, a decade, a part of day.
    fn prefixed(&self, i: usize) -> Option<M> {
        let c = self.c(i)?;
        if c.e.month > 0 {
            let j = i + 1;
            if let Some((y, k)) = self.year_after(j) {
                return Some(M::new(k, Sem::YearMonth(y, c.e.month)));
            }
            return Some(M::new(
                j,
                Sem::Month(c.e.month, self.clause_dir(i, j, Dir::Past)),
            ));
        }
        match c.num {
            Num::Int(y, 4) if is_year(y) => return Some(M::new(i + 1, Sem::Year(y as i32))),
            Num::Decade(d) => return Some(M::new(i + 1, Sem::Decade(d))),
            _ => {}
        }
        let pod = self.index.meanings(&c.e).iter().find_map(|w| match w {
            Word::PartOfDay(p) => Some(*p),
            _ => None,
        })?;
        Some(M {
            time: Some(Tod::Part(pod)),
            ..M::new(i + 1, Sem::TimeOnly)
        })
    }

    // ----- the core of an expression -------------------------------------------------

    fn core(&self, i: usize, ctx: Ctx) -> Option<M> {
        let c = self.c(i)?;
        if c.is_empty() {
            return None;
        }
        if c.prefix.is_some() {
            return None;
        }
        // Numbers first: dates, times, durations.
        if c.num != Num::None {
            if let Some(m) = self.numeric(i, ctx) {
                return Some(m);
            }
            // `numeric` asked the clock and the amount patterns of these numbers, all
            // that `worded` would ask of a number without a word meaning: not again
            let asked = match c.num {
                Num::Int(n, digits) => !(digits == 4 && (1900..=2100).contains(&n)),
                Num::Decimal(_)
                | Num::Time(..)
                | Num::TimeAmPm(..)
                | Num::Other
                | Num::YearRange(..) => true,
                _ => false,
            };
            let word = c.e.kinds != 0 || c.e.month > 0 || c.e.weekday > 0;
            if asked && !word && c.compound.is_none() {
                debug_assert!(self.worded(i, ctx).is_none(), "numeric at {i}");
                return None;
            }
        }
        if let Some(comp) = c.compound {
            return self.compound(i, comp);
        }
        if c.e.weekday > 0 {
            if let Some(m) = self.weekday(i, ctx) {
                return Some(m);
            }
        }
        if c.e.month > 0 {
            if let Some(m) = self.month(i, ctx) {
                return Some(m);
            }
        }
        self.worded(i, ctx)
    }

    /// Expressions opened by a word that is neither a month nor a weekday.
    fn worded(&self, i: usize, ctx: Ctx) -> Option<M> {
        // Every pattern below starts with a number at `i` or a word of one of these kinds
        // (most tokens asked have none: a determiner, a preposition).
        const OPENS: u64 = k!(YearEnd
            | DayRel
            | DayPod
            | DayAfter
            | Ref
            | Holiday
            | Feast
            | Every
            | Per
            | SetWord
            | AgoBefore
            | InFuture
            | DecadeWord
            | Ordinal
            | Last
            | Season
            | Following
            | Next
            | Unit
            | PartOfDay
            | Clock
            | Number
            | Vague
            | VagueWeak
            | Half
            | PeriodAdj
            | PeriodNoun
            | DecadeName
            | PartName);
        let c = self.c(i)?;
        let number = !matches!(
            c.num,
            Num::None | Num::Other | Num::Date(..) | Num::YearRange(..)
        );
        if !number && c.compound.is_none() && c.kinds & OPENS == 0 {
            debug_assert!(self.worded_all(i, ctx).is_none(), "worded at {i}");
            return None;
        }
        self.worded_all(i, ctx)
    }

    /// [`Scanner::worded`] without the quick rejection.
    fn worded_all(&self, i: usize, ctx: Ctx) -> Option<M> {
        let det = ctx == Ctx::Det;
        let this = ctx == Ctx::This;
        if det {
            if let Some(m) = self.period(i) {
                return Some(m);
            }
            // the nineties
            if let Some((n, j)) = self.word(i, k!(DecadeName), |w| match w {
                Word::DecadeName(n) => Some(n),
                _ => None,
            }) {
                return Some(M::new(j, Sem::Decade(190 + n as i32)));
            }
            // the week of March 6, la semaine du 6 mars: that day's week
            if let Some(j) = self.is(i, k!(Unit), |w| matches!(w, Word::Unit(Unit::Week, false))) {
                if let Some(k) = self.is(j, k!(Of), |w| matches!(w, Word::Of)) {
                    if let Some(m) = self.core(k, Ctx::Bare) {
                        if matches!(m.sem, Sem::Day(..) | Sem::DayMonth(..))
                            && m.time.is_none()
                            && m.lead == 0
                        {
                            return Some(M { week_of: true, ..m });
                        }
                    }
                }
            }
            // the year two thousand, l'an deux mille
            if let Some(j) = self.is(i, k!(Unit), |w| matches!(w, Word::Unit(Unit::Year, false))) {
                if let Some((y, k)) = self.spelled_year(j).or_else(|| self.thousands_year(j)) {
                    if self.unit(k, None).is_none() {
                        return Some(M::new(k, Sem::Year(y)));
                    }
                }
            }
        }
        // by year-end, since year's end, en fin d'année (not "une fête de fin d'année":
        // after `of` it qualifies a noun)
        if let Some(j) = self.is(i, k!(YearEnd), |w| matches!(w, Word::YearEnd)) {
            if ctx == Ctx::Bare
                && self.prev_is(i, k!(Mod | YearCue | Deadline), |w| {
                    matches!(w, Word::YearCue | Word::Mod(_) | Word::Deadline(_))
                })
                && !self.prev_is(i, k!(Of), |w| matches!(w, Word::Of))
            {
                return Some(M {
                    modifier: Some(Mod::End),
                    ..M::new(j, Sem::Rel(Unit::Year, 0))
                });
            }
            return None;
        }
        // Q3, Q3 2024
        if let Some(((u, n), j)) = self.word(i, k!(PartName), |w| match w {
            Word::PartName(u, n) => Some((u, n)),
            _ => None,
        }) {
            let (year, k) = self.of_year(j);
            return Some(M::new(k, self.part(u, n, year, i, k)));
        }
        // A relative day: hier, aujourd'hui, tomorrow, the day before yesterday.
        if let Some((n, j)) = self.word(i, k!(DayRel), |w| match w {
            Word::DayRel(n) => Some(n),
            _ => None,
        }) {
            if det || this || self.deictic_in_name(i, j) {
                return None;
            }
            return Some(M::new(j, Sem::Rel(Unit::Day, n as i32)));
        }
        if let Some(((n, p), j)) = self.word(i, k!(DayPod), |w| match w {
            Word::DayPod(n, p) => Some((n, p)),
            _ => None,
        }) {
            return Some(M {
                time: Some(Tod::Part(p)),
                ..M::new(j, Sem::Rel(Unit::Day, n as i32))
            });
        }
        // le lendemain, la veille
        if let Some((n, j)) = self.word(i, k!(DayAfter), |w| match w {
            Word::DayAfter(n) => Some(n),
            _ => None,
        }) {
            if let Some(k) = self.is(j, k!(Of), |w| matches!(w, Word::Of)) {
                // la veille du 14 juillet, le lendemain de Noël: from that day
                let day = self.start_inner(k).filter(|m| {
                    m.time.is_none()
                        && m.lead == 0
                        && m.modifier.is_none()
                        && matches!(
                            m.sem,
                            Sem::Day(..) | Sem::DayMonth(..) | Sem::Weekday(..) | Sem::Feast(..)
                        )
                });
                // à la veille des élections, au lendemain du comité: an event's, not
                // marked (guidelines)
                return day.map(|m| M { day_shift: n, ..m });
            }
            return Some(M::new(j, Sem::Anchored(Unit::Day, n as f64)));
        }
        // Vague references.
        if let Some((r, j)) = self.word(i, k!(Ref), |w| match w {
            Word::Ref(r) => Some(r),
            _ => None,
        }) {
            let phrase = j > i + 1;
            if !this
                && (phrase || !det)
                && !self.amount_or_unit_at(j)
                && !self.deictic_in_name(i, j)
            {
                return Some(M::new(j, Sem::Ref(r)));
            }
        }
        // Holidays.
        if let Some(((mo, d), j)) = self.word(i, k!(Holiday), |w| match w {
            Word::Holiday(m, d) => Some((m, d)),
            _ => None,
        }) {
            let next_cap = self.c(j).is_some_and(|c| c.cap)
                && self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word);
            if !next_cap {
                if let Some((y, k)) = self.year_after(j) {
                    return Some(M::new(k, Sem::Day(y, mo, d)));
                }
                return Some(M::new(j, Sem::DayMonth(mo, d, Dir::Closest)));
            }
        }
        if let Some((f, j)) = self.word(i, k!(Feast), |w| match w {
            Word::Feast(f) => Some(f),
            _ => None,
        }) {
            // "Easter Island", "Thanksgiving Day Parade": a name
            let next_cap = self.c(j).is_some_and(|c| c.cap && !c.sent_start)
                && self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word);
            if !next_cap {
                if let Some((y, k)) = self.year_after(j) {
                    return Some(M::new(k, Sem::Feast(f, Some(y), Dir::This)));
                }
                return Some(M::new(
                    j,
                    Sem::Feast(f, None, self.clause_dir(i, j, Dir::Closest)),
                ));
            }
            return None;
        }
        // Sets: chaque année, every Monday, tous les lundis.
        if let Some(j) = self.is(i, k!(Every), |w| matches!(w, Word::Every)) {
            return self.every(j);
        }
        if let Some(j) = self.is(i, k!(Per), |w| matches!(w, Word::Per)) {
            if let Some((
                Unit::Year
                | Unit::Month
                | Unit::Week
                | Unit::Day
                | Unit::Hour
                | Unit::Quarter
                | Unit::Half,
                k,
            )) = self.unit(j, Some(false))
            {
                let u = self.unit(j, Some(false))?.0;
                // "a year" is a rate only after an amount ("$10 a year", "40% a year").
                let per_word = self
                    .is(i, k!(Number), |w| matches!(w, Word::Number(_)))
                    .is_none();
                let shifted = self
                    .is(k, k!(Ago | Later | Earlier), |w| {
                        matches!(w, Word::Ago | Word::Later | Word::Earlier)
                    })
                    .is_some();
                // "par semestre" is a rate; "a half" is not
                let half_ok = u != Unit::Half || per_word;
                if !shifted && half_ok && (per_word || self.amount_before(i)) {
                    return Some(M::new(k, Sem::SetEvery(u, 1)));
                }
            }
        }
        if let Some((u, j)) = self.word(i, k!(SetWord), |w| match w {
            Word::SetWord(u) => Some(u),
            _ => None,
        }) {
            // "le quotidien", "the Daily Mail": a noun or a name, not a rate.
            let name = self.c(i).is_some_and(|c| c.cap && !c.sent_start)
                // "the party daily Granma": a newspaper
                || self.c(j).is_some_and(|c| c.cap && !c.sent_start)
                    && self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word);
            if !det
                && !name
                && !self.prev_is(i, k!(Number | Det), |w| {
                    matches!(w, Word::Number(_) | Word::Det)
                })
            {
                return Some(M::new(j, Sem::SetEvery(u, 1)));
            }
            return None;
        }
        // il y a trois jours / dans deux semaines
        if let Some((verb, j)) = self.word(i, k!(AgoBefore), |w| match w {
            Word::AgoBefore(v) => Some(v),
            _ => None,
        }) {
            let (a, u, k) = self.amount_unit(j)?;
            if sub_day(u) {
                return None; // "il y a deux heures": the clock is unknown; the duration is marked
            }
            return Some(M {
                lead: if verb { j - i } else { 0 },
                ..M::new(k, shift(u, a, true))
            });
        }
        if self.index.lex.in_amount_is_date {
            if let Some(j) = self.is(i, k!(InFuture), |w| matches!(w, Word::InFuture)) {
                let (a, u, k) = self.amount_unit(j)?;
                if !sub_day(u)
                    && self
                        .is(k, k!(Ago | Later | Earlier), |w| {
                            matches!(w, Word::Ago | Word::Later | Word::Earlier)
                        })
                        .is_none()
                {
                    return Some(M::new(k, shift(u, a, false)));
                }
                return None;
            }
        }
        // Centuries and decades: le XIXe siècle, the 19th century, les années 1990.
        if let Some(j) = self.is(i, k!(DecadeWord), |w| matches!(w, Word::DecadeWord)) {
            if let Num::Int(n, d @ (0 | 2 | 4)) = self.num(j) {
                // 0 digits: a number word (quatre-vingt-dix)
                let dec = if d == 4 {
                    (is_year(n) && n % 10 == 0).then_some(n as i32 / 10)
                } else {
                    (n % 10 == 0 && (10..=90).contains(&n)).then_some(190 + n as i32 / 10)
                };
                if let Some(dec) = dec {
                    return Some(M::new(j + 1, Sem::Decade(dec)));
                }
            }
            // les années quatre-vingt-dix, les années vingt
            if let Some((n, k)) = self.word(j, k!(Number), |w| match w {
                Word::Number(n @ 10..=90) if n % 10 == 0 => Some(n),
                _ => None,
            }) {
                return Some(M::new(k, Sem::Decade(190 + n as i32 / 10)));
            }
            return None;
        }
        // the last half (of 1989): the second
        let last_half = || {
            let j = self.is(i, k!(Last), |w| matches!(w, Word::Last))?;
            let (u, _) = self.unit(j, Some(false))?;
            (u == Unit::Half).then_some((2, j))
        };
        if let Some((o, j)) = self.ordinal(i).or_else(last_half) {
            if let Some(k) = self.is(j, k!(CenturyWord), |w| matches!(w, Word::CenturyWord)) {
                if (1..=30).contains(&o) {
                    return Some(M::new(k, Sem::Century(o as i32 - 1)));
                }
            }
            // the third quarter (of 1998), le premier trimestre 2019, the first half
            if let Some((u @ (Unit::Quarter | Unit::Half), k)) = self.unit(j, Some(false)) {
                let max = if u == Unit::Quarter { 4 } else { 2 };
                let cue = self.prev_is(i, k!(YearCue), |w| matches!(w, Word::YearCue));
                // not "the first half hour"
                let unit_after = u == Unit::Half && self.unit(k, None).is_some();
                // an ordinal quarter is a period even after adjectives ("the seasonally
                // slow third quarter", "a flat second quarter")
                let quarter = u == Unit::Quarter;
                // …and a half with its year ("les ventes du premier semestre 2026")
                let dated = || self.of_year(k).0.is_some();
                if (1..=max).contains(&o)
                    && (det || cue || quarter || ctx == Ctx::Modified || dated())
                    && !unit_after
                {
                    if let Some((n, k2)) = self.of_rel_year(k) {
                        return Some(M::new(k2, Sem::PartRel(u, o as u8, n)));
                    }
                    let (year, k) = self.of_year(k);
                    return Some(M::new(k, self.part(u, o as u8, year, i, k)));
                }
            }
            // the first nine months
            if det {
                if let Some((a, u, k)) = self.amount_unit(j) {
                    return Some(M::new(k, Sem::Duration(u, a)));
                }
            }
        }
        // Seasons.
        if let Some((s, j)) = self.word(i, k!(Season), |w| match w {
            Word::Season(s) => Some(s),
            _ => None,
        }) {
            return self.season(s, j, ctx);
        }
        // the following year, the previous week
        if let Some((s, j)) = self.word(i, k!(Following), |w| match w {
            Word::Following(s) => Some(s),
            _ => None,
        }) {
            if det {
                if let Some((u, false, k)) = self.unit_plural(j) {
                    return Some(M::new(k, Sem::Anchored(u, s as f64)));
                }
                let e = self.entry(j);
                if e.weekday > 0 && s < 0 {
                    return Some(M::new(j + 1, Sem::Weekday(e.weekday - 1, Dir::Last)));
                }
            }
            return None;
        }
        // last week, next year, the past three months, the coming weeks
        if let Some((sign, j)) = self.word(i, k!(Last | Next), |w| match w {
            Word::Last => Some(-1),
            Word::Next => Some(1),
            _ => None,
        }) {
            return self.last_next(i, sign, j, ctx);
        }
        // Units: la semaine dernière, cette année, l'année 2019, le week-end
        if let Some((u, j)) = self.unit(i, None) {
            if let Some(m) = self.unit_led(i, u, j, ctx) {
                return Some(m);
            }
            if u != Unit::Half {
                return None;
            }
            // half an hour, half a year: an amount
        }
        // Parts of the day: ce matin, this evening, last night (via Last), la nuit dernière
        if let Some((p, j)) = self.word(i, k!(PartOfDay), |w| match w {
            Word::PartOfDay(p) => Some(p),
            _ => None,
        }) {
            if this {
                return Some(M {
                    time: Some(Tod::Part(p)),
                    ..M::new(j, Sem::Rel(Unit::Day, 0))
                });
            }
            if let Some((s, k)) = self.word(j, k!(Last), |w| match w {
                Word::Last => Some(-1),
                _ => None,
            }) {
                return Some(M {
                    time: Some(Tod::Part(p)),
                    ..M::new(k, Sem::Rel(Unit::Day, s))
                });
            }
            if ctx == Ctx::Modified {
                return Some(M {
                    time: Some(Tod::Part(p)),
                    ..M::new(j, Sem::TimeOnly)
                });
            }
            // la nuit de samedi à dimanche, la nuit du 5 au 6 mai, the night of March 5:
            // that part of the first day
            if det && self.index.lex.part_of_day_of {
                if let Some(m) = self.part_of_day_of(j, p) {
                    return Some(m);
                }
            }
            if det && !self.punct(j, "-") {
                return Some(M {
                    time: Some(Tod::Part(p)),
                    needs_day: true,
                    ..M::new(j, Sem::TimeOnly)
                });
            }
            return None;
        }
        // Clock words: midi, minuit, noon.
        if let Some((h, j)) = self.word(i, k!(Clock), |w| match w {
            Word::Clock(h) => Some(h),
            _ => None,
        }) {
            if self.c(i).is_some_and(|c| c.cap && !c.sent_start) {
                return None; // le Midi (the south of France)
            }
            return Some(M {
                time: Some(Tod::Clock(h, 0)),
                ..M::new(j, Sem::TimeOnly)
            });
        }
        // Number words on a clock: "à sept heures", the first end of `from nine to noon`.
        if self
            .is(i, k!(Number), |w| matches!(w, Word::Number(1..=12)))
            .is_some()
        {
            if let Some(m) = self.clock_range_start(i) {
                return Some(m);
            }
        }
        if let Some(m) = self.clock(i) {
            return Some(m);
        }
        // A spelled-out year: "in nineteen ninety-one", "Atlanta, nineteen ninety-six."
        if let Some((y, k)) = self.spelled_year(i) {
            if self.unit(k, None).is_none() {
                return Some(M::new(k, Sem::Year(y)));
            }
        }
        // Vague amounts and number words: plusieurs années, two weeks, a year ago.
        if let Some(m) = self.amount_led(i, ctx) {
            return Some(m);
        }
        None
    }

    /// After a part of the day and its determiner (`la nuit`, at `j`): `de samedi (à
    /// dimanche)`, `du 5 (au 6) mai`, `of March 5`: that part of the (first) day.
    fn part_of_day_of(&self, j: usize, p: Pod) -> Option<M> {
        let k = self.is(j, k!(Of), |w| matches!(w, Word::Of))?;
        let c = self.c(k)?;
        let day = if c.e.weekday > 0 {
            self.weekday(k, Ctx::Bare)?
        } else if matches!(c.num, Num::Int(..) | Num::Ordinal(_)) || c.e.month > 0 {
            self.core(k, Ctx::Bare)?
        } else {
            return None;
        };
        if day.time.is_some()
            || day.lead > 0
            || !matches!(day.sem, Sem::Weekday(..) | Sem::Day(..) | Sem::DayMonth(..))
        {
            return None;
        }
        // the second day of the night: `à dimanche`, `au 6 mai`
        let mut end = day.end;
        if let Some(k2) = self.is(end, k!(RangeTo | ClockCue), |w| {
            matches!(w, Word::RangeTo | Word::ClockCue)
        }) {
            if let Some(c2) = self.c(k2) {
                if c2.e.weekday > 0 && !c2.plural {
                    end = k2 + 1;
                } else if let Some(m2) = self.core(k2, Ctx::Bare) {
                    if matches!(m2.sem, Sem::Day(..) | Sem::DayMonth(..)) && m2.time.is_none() {
                        end = m2.end;
                    }
                }
            }
        }
        Some(M {
            end,
            time: Some(Tod::Part(p)),
            ..day
        })
    }

    // ----- numbers ----------------------------------------------------------------------

    fn numeric(&self, i: usize, ctx: Ctx) -> Option<M> {
        match self.num(i) {
            Num::Int(n, digits) => {
                // A day of the month: 3 mai, le 30 décembre 2018.
                if digits <= 2 && is_day(n) {
                    if let Some(m) = self.day_month(i, n as u8) {
                        return Some(m);
                    }
                    if let Some(m) = self.range_start(i, n as u8) {
                        return Some(m);
                    }
                    // « le 3 décembre, puis le 17. »: a number alone before punctuation
                    if ctx == Ctx::Det
                        && self
                            .toks
                            .get(i + 1)
                            .is_none_or(|t| t.kind == TokenKind::Punct)
                    {
                        if let Some(m) = self.day_after_date(i, n as u8) {
                            return Some(m);
                        }
                    }
                }
                if let Some(m) = self.clock_range_start(i) {
                    return Some(m);
                }
                if let Some(m) = self.clock(i) {
                    return Some(m);
                }
                if digits == 4 && is_year(n) {
                    // the 1988 second quarter
                    if let Some((o, j)) = self.ordinal(i + 1) {
                        if let Some((u @ (Unit::Quarter | Unit::Half), k)) =
                            self.unit(j, Some(false))
                        {
                            if (1..=4).contains(&o) {
                                return Some(M::new(k, Sem::Part(u, o as u8, Some(n as i32))));
                            }
                        }
                    }
                    if self.year_context(i, ctx) {
                        return Some(M::new(i + 1, Sem::Year(n as i32)));
                    }
                    if (1900..=2100).contains(&n) {
                        return None; // not "1988 seconds"
                    }
                }
                // "deux ruptures en 97 (…), rien en 98": two digits after a year cue and
                // before punctuation are a year (not a count: `en 48 heures`), in the
                // century that puts it nearest the article's year
                if digits == 2
                    && i > 0
                    && self.index.lex.short_year_cues.iter().any(|w| {
                        self.toks
                            .get(i - 1)
                            .is_some_and(|t| crate::document::eq_lower(t.text, w))
                    })
                    && self
                        .toks
                        .get(i + 1)
                        .is_none_or(|t| t.kind == TokenKind::Punct && !t.is_punct("%"))
                {
                    let y = self.year.unwrap_or(1970);
                    let n = n as i32;
                    let century = (y - n + 50).div_euclid(100) * 100;
                    return Some(M::new(i + 1, Sem::Year(century + n)));
                }
                self.amount_led(i, ctx)
            }
            Num::Ordinal(n) => {
                if is_day(n) {
                    if let Some(m) = self.day_month(i, n as u8) {
                        return Some(m);
                    }
                    // "on the 9th" after "on December 5"; not "the 25th anniversary",
                    // "the 11th Circuit": a word after it is one of the tables' (`and`,
                    // `at`, `for`)
                    let next_ok = self.toks.get(i + 1).is_none_or(|t| {
                        t.kind != TokenKind::Word || self.c(i + 1).is_some_and(|c| !c.is_empty())
                    });
                    if ctx == Ctx::Det && next_ok {
                        return self.day_after_date(i, n as u8);
                    }
                }
                None
            }
            Num::Decimal(_) => self.amount_led(i, ctx),
            Num::Time(..) | Num::TimeAmPm(..) => {
                self.clock_range_start(i).or_else(|| self.clock(i))
            }
            Num::Date(y, m, d) => Some(M::new(i + 1, Sem::Day(y, m, d))),
            Num::Decade(d) => {
                // 1990s, the '90s
                let _ = ctx;
                Some(M::new(i + 1, Sem::Decade(d)))
            }
            _ => None,
        }
    }

    /// Day then month (then year): `3 mai`, `1er janvier 2019`, `30th of December`.
    /// The day `day` at `i` (after its article) when a month is named earlier in its
    /// sentence: [`Sem::DayAfterDate`].
    fn day_after_date(&self, i: usize, day: u8) -> Option<M> {
        let (lo, _) = self.tense_window(i);
        (lo..i.saturating_sub(1))
            .any(|k| self.c(k).is_some_and(|c| c.e.month > 0))
            .then(|| M::new(i + 1, Sem::DayAfterDate(day)))
    }

    fn day_month(&self, i: usize, day: u8) -> Option<M> {
        let mut j = i + 1;
        if let Some(k) = self.is(j, k!(Of), |w| matches!(w, Word::Of)) {
            if matches!(self.num(i), Num::Ordinal(_)) {
                j = k;
            }
        }
        let e = self.entry(j);
        if e.month == 0 {
            return None;
        }
        let month = e.month;
        let j = if e.abbrev {
            self.abbr_dot(j + 1)
        } else {
            j + 1
        };
        if let Some((y, k)) = self.year_after(self.comma_year(j)) {
            return Some(M::new(k, Sem::Day(y, month, day)));
        }
        let (dir, k) = match self.word(j, k!(Last | Next), |w| match w {
            Word::Last => Some(Dir::Last),
            Word::Next => Some(Dir::Next),
            _ => None,
        }) {
            Some((d, k)) => (d, k),
            None => (self.clause_dir(i, j, Dir::Closest), j),
        };
        Some(M::new(k, Sem::DayMonth(month, day, dir)))
    }

    /// `and` / `to` at `j`, then a day number later than `day` (the second day of `du 19
    /// au 23`, `April 24 and 25`): the number's token and value.
    fn later_day(&self, j: usize, day: u8) -> Option<(usize, u32)> {
        let k = self.is(j, k!(And | RangeTo), |w| {
            matches!(w, Word::And | Word::RangeTo)
        })?;
        let Num::Int(d2, 1 | 2) = self.num(k) else {
            return None;
        };
        (is_day(d2) && d2 > day as u32).then_some((k, d2))
    }

    /// The first day of a range or pair of days sharing the month of the second: `19` in
    /// `du 19 au 23 juillet`, `6` in `les 6 et 13 avril` (the second is read on its own).
    fn range_start(&self, i: usize, day: u8) -> Option<M> {
        let (k, d2) = self.later_day(i + 1, day)?;
        let sem = match self.day_month(k, d2 as u8)?.sem {
            Sem::Day(y, m, _) => Sem::Day(y, m, day),
            Sem::DayMonth(m, _, dir) => Sem::DayMonth(m, day, dir),
            _ => return None,
        };
        Some(M::new(i + 1, sem))
    }

    /// The bare day after a full date and `and` / `to` (`April 24 and 25`): its token and
    /// meaning. Not a count (`May 3 and 25 delegates`), not a day with its own month (`3
    /// and 25 May` is read whole elsewhere).
    fn second_day(&self, j: usize, first: Sem) -> Option<(usize, Sem)> {
        let day = match first {
            Sem::Day(_, _, d) | Sem::DayMonth(_, d, _) => d,
            _ => return None,
        };
        let (k, d2) = self.later_day(j, day)?;
        if self
            .toks
            .get(k + 1)
            .is_some_and(|t| t.kind != TokenKind::Punct)
        {
            return None;
        }
        let sem = match first {
            Sem::Day(y, m, _) => Sem::Day(y, m, d2 as u8),
            // the first day's year, whatever it resolves to: counted from it
            _ => Sem::Anchored(Unit::Day, f64::from(d2 - day as u32)),
        };
        Some((k, sem))
    }

    /// A `,` before a year (`May 3, 2019`), skipped only when a year follows.
    fn comma_year(&self, j: usize) -> usize {
        if self.punct(j, ",") && self.year_after(j + 1).is_some() {
            j + 1
        } else {
            j
        }
    }

    /// A year right at `j`: 4 digits, or 2 digits (`octobre 98`).
    fn year_after(&self, j: usize) -> Option<(i32, usize)> {
        match self.num(j) {
            Num::Int(y, 4) if is_year(y) => Some((y as i32, j + 1)),
            Num::Int(y, 2) if self.toks.get(j).is_some_and(|t| t.space_before) => {
                // A two-digit year only where a year is expected (after a month), and not
                // a count ("mai 98 personnes" is not a thing; "mai 98" is).
                if self.c(j + 1).is_some_and(|c| !c.is_empty())
                    || self
                        .toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                {
                    return None;
                }
                Some((
                    if y < 50 {
                        2000 + y as i32
                    } else {
                        1900 + y as i32
                    },
                    j + 1,
                ))
            }
            _ => self.spelled_year(j).or_else(|| {
                // "in two thousand", not "two thousand people"
                self.thousands_year(j)
                    .filter(|&(_, k)| self.toks.get(k).is_none_or(|t| t.kind != TokenKind::Word))
            }),
        }
    }

    /// A year said in words, as broadcasts write them: `nineteen ninety-six` (a number word
    /// from eleven to twenty, then one from ten to ninety-nine).
    fn spelled_year(&self, j: usize) -> Option<(i32, usize)> {
        let (hi, k) = self.word(j, k!(Number), |w| match w {
            Word::Number(n @ 11..=20) => Some(n),
            _ => None,
        })?;
        let (lo, mut end) = match self.num(k) {
            Num::Int(n @ 10..=99, 0) => (n, k + 1),
            _ => self.word(k, k!(Number), |w| match w {
                Word::Number(n @ 10..=90) => Some(n),
                _ => None,
            })?,
        };
        let mut lo = lo;
        // "ninety six" in two words
        if lo >= 20 && lo % 10 == 0 {
            if let Some((u, e)) = self.word(end, k!(Number), |w| match w {
                Word::Number(u @ 1..=9) => Some(u),
                _ => None,
            }) {
                lo += u;
                end = e;
            }
        }
        let y = hi * 100 + lo;
        is_year(y).then_some((y as i32, end))
    }

    /// A year said as thousands and units: `two thousand`, `two thousand one`, `deux mille
    /// dix`.
    fn thousands_year(&self, j: usize) -> Option<(i32, usize)> {
        let (y, k) = self.word(j, k!(SpelledYear), |w| match w {
            Word::SpelledYear(y) => Some(y as u32),
            _ => None,
        })?;
        let (lo, end) = self
            .word(k, k!(Number), |w| match w {
                Word::Number(n @ 1..=99) => Some(n),
                _ => None,
            })
            .unwrap_or((0, k));
        let y = y + lo;
        is_year(y).then_some((y as i32, end))
    }

    /// `of this year`, `de l'année dernière`, `of last year`: years from the reference's.
    fn of_rel_year(&self, j: usize) -> Option<(i32, usize)> {
        let k = self.is(j, k!(Of), |w| matches!(w, Word::Of))?;
        if let Some(k2) = self.is(k, k!(This), |w| matches!(w, Word::This)) {
            let (u, k3) = self.unit(k2, Some(false))?;
            return (u == Unit::Year).then_some((0, k3));
        }
        if let Some((s, k2)) = self.word(k, k!(Last | Next), |w| match w {
            Word::Last => Some(-1),
            Word::Next => Some(1),
            _ => None,
        }) {
            let (u, k3) = self.unit(k2, Some(false))?;
            return (u == Unit::Year).then_some((s, k3));
        }
        let k2 = self.is(k, k!(Det), |w| matches!(w, Word::Det))?;
        let (u, k3) = self.unit(k2, Some(false))?;
        if u != Unit::Year {
            return None;
        }
        match self.word(k3, k!(Last | Next), |w| match w {
            Word::Last => Some(-1),
            Word::Next => Some(1),
            _ => None,
        }) {
            Some((s, k4)) => Some((s, k4)),
            None => Some((0, k3)),
        }
    }

    /// `of 1998`, `de 2019`, ` 2019`, `de l'année` (none: the reference's year).
    fn of_year(&self, j: usize) -> (Option<i32>, usize) {
        if let Some((y, k)) = self.year_after(j) {
            return (Some(y), k);
        }
        if let Some(k) = self.is(j, k!(Of), |w| matches!(w, Word::Of)) {
            if let Some((y, k2)) = self.year_after(k) {
                return (Some(y), k2);
            }
        }
        (None, j)
    }

    /// Is a bare 4-digit number at `i` a year? Only in a year context: after a
    /// preposition or cue (`en`, `in`, `since`, `fiscal`), after a modifier, before a
    /// season word, or alone between punctuation.
    fn year_context(&self, i: usize, ctx: Ctx) -> bool {
        if ctx == Ctx::Modified {
            return true;
        }
        // Followed by a unit word or anything numeric: a count ("2019 soldats" aside,
        // "1500 hommes", "2000 years").
        let next = self.c(i + 1);
        if self.toks.get(i + 1).is_some_and(|t| t.is_punct("%")) {
            return false;
        }
        if self.unit(i + 1, None).is_some() {
            // ... but "the 1988 quarter" (a singular unit): the year's quarter
            let singular =
                self.unit(i + 1, Some(false)).is_some() && self.unit(i + 1, Some(true)).is_none();
            let det = ctx == Ctx::Det || self.prev_is(i, k!(Det), |w| matches!(w, Word::Det));
            if !(singular && det && (1900..=2100).contains(&self.int(i))) {
                return false;
            }
        }
        if i > 0
            && self
                .is(i - 1, k!(Mod | YearCue), |w| {
                    matches!(w, Word::YearCue | Word::Mod(_))
                })
                .is_some()
        {
            return true;
        }
        if i > 0 && self.c(i - 1).is_some_and(|c| c.e.month > 0) {
            return true;
        }
        // A list of years: "in 1994, 1995 and 1997", "en 2001 et 2002"
        if i >= 2
            && (self.punct(i - 1, ",") || self.prev_is(i, k!(And), |w| matches!(w, Word::And)))
            && matches!(self.num(i - 2), Num::Int(y, 4) if is_year(y))
        {
            return true;
        }
        // A possessive: "the company's 1989 results"
        if i >= 1
            && self.toks.get(i - 1).is_some_and(|t| {
                matches!(t.text, "'s" | "’s" | "'S" | "’S" | "s'" | "s’")
                    || t.text == "s"
                        && i >= 2
                        && self
                            .toks
                            .get(i - 2)
                            .is_some_and(|q| matches!(q.text, "'" | "’"))
            })
            && (1900..=2100).contains(&self.int(i))
        {
            return true;
        }
        let prev_tok = i.checked_sub(1).and_then(|k| self.toks.get(k));
        let next_tok = self.toks.get(i + 1);
        let prev_open = prev_tok.is_none_or(|t| {
            t.is_punct("(") || t.is_punct(",") || t.is_punct("–") || t.is_punct("—")
        }) || self.c(i).is_some_and(|c| c.sent_start);
        let next_close = next_tok.is_none_or(|t| {
            matches!(t.kind, TokenKind::Punct) && !t.is_punct("%") && !t.is_punct("-")
                || self.c(i + 1).is_some_and(|c| c.e.month > 0)
        });
        // "(2019)", ", 2019,", "2019." at the end of a clause after a comma.
        if prev_open && next_close {
            return true;
        }
        // A recent year closing a clause after a word: "le budget 2019.", "Budget 2019"
        let clause_end = !self.same_line(i, i + 1)
            || next_tok.is_none_or(|t| {
                t.kind == TokenKind::Punct
                    && matches!(t.text, "." | "," | ";" | ":" | "!" | "?" | ")" | "»")
                    || matches!(t.kind, TokenKind::Quote(_))
            });
        if clause_end
            && (1950..=2050).contains(&self.int(i))
            && prev_tok.is_some_and(|t| t.kind == TokenKind::Word)
        {
            return true;
        }
        // After a determiner / possessive: "the 1998 budget", "le budget 2019".
        if (ctx == Ctx::Det || self.prev_is(i, k!(Det), |w| matches!(w, Word::Det)))
            && (1900..=2100).contains(&self.int(i))
        {
            return next.is_none_or(|c| c.num == Num::None);
        }
        false
    }

    fn int(&self, i: usize) -> u32 {
        match self.num(i) {
            Num::Int(n, _) => n,
            _ => 0,
        }
    }

    /// A clock time at `i`: `07:19`, `19h30`, `7 h 19`, `20 heures` (after `à`),
    /// `3 p.m.`, `10:15 AM EST`.
    fn clock(&self, i: usize) -> Option<M> {
        // a bare hour before its part of the day: "4 in the morning", "at 11 at night"
        let bare_hour = |h: u32, j: usize| -> Option<(u8, u8, usize)> {
            if !(1..=12).contains(&h) {
                return None;
            }
            let (p, e) = self.pod_after(j)?;
            // "in the morning", "at night"; not "dimanche 5 au soir" (the 5th)
            let said_of_hour = self
                .is(j, k!(ClockCue), |w| matches!(w, Word::ClockCue))
                .is_some()
                || self
                    .is(j + 1, k!(Det), |w| matches!(w, Word::Det))
                    .is_some();
            if !said_of_hour {
                return None;
            }
            let cue = i > 0
                && self
                    .is(i - 1, k!(ClockCue | Mod), |w| {
                        matches!(w, Word::ClockCue | Word::Mod(_))
                    })
                    .is_some();
            // not "killed 4 in the morning attack"
            let ends = self.toks.get(e).is_none_or(|t| {
                t.kind != TokenKind::Word || !self.c(e).is_some_and(|c| c.e.is_empty())
            });
            if !cue && !ends {
                return None;
            }
            Some((pod_hour(h as u8, p)?, 0, e))
        };
        let mut ampm = false;
        let (h, m, j) = match self.num(i) {
            // 24h/24: "all the time", not a clock
            Num::Time(..) if self.punct(i + 1, "/") => return None,
            Num::Time(h, m) => {
                // 12:30 then am/pm
                match self.word(i + 1, k!(AmPm), |w| match w {
                    Word::AmPm(pm) => Some(pm),
                    _ => None,
                }) {
                    Some((pm, k)) if (1..=12).contains(&h) => {
                        ampm = true;
                        (h % 12 + 12 * pm as u8, m, k)
                    }
                    _ => {
                        // `7h` followed by minutes: `7h 30`? rare; a bare `19h` is a time.
                        (h, m, i + 1)
                    }
                }
            }
            Num::TimeAmPm(h, m) => {
                ampm = true;
                (h, m, i + 1)
            }
            Num::None => {
                // "à sept heures", "at seven o'clock": a number word after a clock word
                let (h, j) = self.word(i, k!(Number), |w| match w {
                    Word::Number(n) if (1..=24).contains(&n) => Some(n as u8),
                    _ => None,
                })?;
                let cue = self.clock_cue_before(i);
                let am_pm = self.word(j, k!(AmPm), |w| match w {
                    Word::AmPm(pm) => Some(pm),
                    _ => None,
                });
                if let (Some((pm, k)), 1..=12) = (am_pm, h) {
                    // "ten p.m."
                    ampm = true;
                    (h % 12 + 12 * pm as u8, 0, k)
                } else if let Some(k) = self.is(j, k!(HourMark), |w| matches!(w, Word::HourMark)) {
                    (h, 0, k)
                } else if let (true, true, Some((Unit::Hour, k))) =
                    (cue, self.index.lex.hour_is_clock, self.unit(j, None))
                {
                    (h, 0, k)
                } else {
                    return bare_hour(u32::from(h), j).map(|(h, m, e)| M {
                        time: Some(Tod::Clock(h, m)),
                        ..M::new(e, Sem::TimeOnly)
                    });
                }
            }
            Num::Int(h, d) if d <= 2 && h <= 24 => {
                if let Some((pm, k)) = self.word(i + 1, k!(AmPm), |w| match w {
                    Word::AmPm(pm) => Some(pm),
                    _ => None,
                }) {
                    if !(1..=12).contains(&h) {
                        return None;
                    }
                    ampm = true;
                    (h as u8 % 12 + 12 * pm as u8, 0, k)
                } else if let Some(k) =
                    self.is(i + 1, k!(HourMark), |w| matches!(w, Word::HourMark))
                {
                    // 7 h 19, 20 h, 3 o'clock
                    match self.num(k) {
                        Num::Int(mm, 2) if mm < 60 => (h as u8, mm as u8, k + 1),
                        _ => (h as u8, 0, k),
                    }
                } else if let (true, Some((Unit::Hour, k))) =
                    (self.index.lex.hour_is_clock, self.unit(i + 1, None))
                {
                    // "à 20 heures", "18 heures 30": a clock only after a clock preposition
                    // or with its minutes.
                    match self.num(k) {
                        Num::Int(mm, 2) if mm < 60 => (h as u8, mm as u8, k + 1),
                        _ if self.clock_cue_before(i) => (h as u8, 0, k),
                        // "10 heures du matin": its part of the day makes it a clock
                        _ if self.pod_after(k).is_some() => (h as u8, 0, k),
                        _ => return None,
                    }
                } else {
                    let (h, m, e) = bare_hour(h, i + 1)?;
                    return Some(M {
                        time: Some(Tod::Clock(h, m)),
                        ..M::new(e, Sem::TimeOnly)
                    });
                }
            }
            _ => return None,
        };
        if h > 24 || m > 59 {
            return None;
        }
        // its part of the day: "à 4 heures du matin", "6:30 in the evening"
        let (h, mut j) = match self.pod_after(j) {
            Some((p, e)) if !ampm => match pod_hour(h, p) {
                Some(h2) => (h2, e),
                None => (h, j),
            },
            _ => (h, j),
        };
        if let Some(k) = self.is(j, k!(TimeZone), |w| matches!(w, Word::TimeZone)) {
            j = k;
        }
        Some(M {
            time: Some(Tod::Clock(h, m)),
            ..M::new(j, Sem::TimeOnly)
        })
    }

    /// A clock preposition ends right before `i`: one word (`à`, `vers`) or a phrase
    /// (`à partir de`).
    fn clock_cue_before(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i)
            .any(|k| self.is(k, k!(ClockCue), |w| matches!(w, Word::ClockCue)) == Some(i))
    }

    /// The first end of a range of clock times (`between 2 and 3 p.m.`, `from 10 to
    /// 11:30 p.m.`, `from 9 a.m. to noon`, `de 14 h à 16 h`, `entre 8 et 10 heures du
    /// matin`): the time at `i`, in the part of the day the second end gives when it says
    /// none itself (the latest of `h` and `h + 12` before the second end), to take the
    /// second end's day ([`Found::to_next`]). The second end is read on its own after it.
    /// A bare number needs `between`, `from`, `entre`, `de` before it; a second end that
    /// is a number of hours alone (`entre 8 et 10 heures`) is a range of lengths.
    fn clock_range_start(&self, i: usize) -> Option<M> {
        let lex = self.index.lex;
        // a number word (`from nine to eleven in the morning`)
        let mut word = false;
        let (h, mi, j, unit) = match self.clock(i) {
            Some(M {
                time: Some(Tod::Clock(h, mi)),
                end,
                sem: Sem::TimeOnly,
                ..
            }) => (h, mi, end, true),
            Some(_) => return None,
            None => {
                if !self.prev_is(i, k!(YearCue | ClockCue), |w| {
                    matches!(w, Word::YearCue | Word::ClockCue)
                }) {
                    return None;
                }
                let h = match self.num(i) {
                    Num::Int(h, 1 | 2) => h,
                    _ => {
                        word = true;
                        self.word(i, k!(Number), |w| match w {
                            Word::Number(n @ 1..=12) => Some(n),
                            _ => None,
                        })?
                        .0
                    }
                };
                match self.unit(i + 1, None) {
                    Some((Unit::Hour, k)) if lex.hour_is_clock => (h as u8, 0, k, true),
                    _ => (h as u8, 0, i + 1, false),
                }
            }
        };
        if h > 24 {
            return None;
        }
        // `to`, `and`, `à`, `et`, a dash between spaces (`2:00 - 2:30 p.m.`)
        let dash = (self.punct(j, "-") || self.punct(j, "–"))
            && self.toks.get(j + 1).is_some_and(|t| t.space_before && unit);
        let k = if dash {
            j + 1
        } else {
            self.is(j, k!(RangeTo | And), |w| {
                matches!(w, Word::RangeTo | Word::And)
            })?
        };
        let second = self.clock_at(k)?;
        let Some(Tod::Clock(h2, mi2)) = second.time else {
            return None;
        };
        // `entre 8 et 10 heures`: lengths, unless the first end has its unit too
        let hours_alone = matches!(self.num(k), Num::Int(..))
            && matches!(self.unit(k + 1, None), Some((Unit::Hour, e)) if e == second.end);
        if hours_alone && !unit {
            return None;
        }
        // a number word is an hour only when the second end is surely a clock time: it
        // says its part of the day or is a clock word (`from nine to noon`); not `rose
        // from nine to eleven`
        if word
            && !unit
            && !self.says_part_of_day(k, second.end)
            && self
                .is(k, k!(Clock), |w| matches!(w, Word::Clock(_)))
                .is_none()
        {
            return None;
        }
        // the second end's part of the day (`3 p.m.`, `10 heures du matin`), when the
        // first says none
        let h = if self.says_part_of_day(i, j) || h == 0 || h > 12 {
            h
        } else if self.says_part_of_day(k, second.end) {
            let before =
                |c: u8| u32::from(c) * 60 + u32::from(mi) < u32::from(h2) * 60 + u32::from(mi2);
            [h % 12 + 12, h % 12]
                .into_iter()
                .find(|&c| before(c))
                .unwrap_or(h)
        } else {
            h
        };
        Some(M {
            time: Some(Tod::Clock(h, mi)),
            to_next: true,
            ..M::new(j, Sem::TimeOnly)
        })
    }

    /// Do the tokens `[i, end)` of a clock time say its part of the day (`a.m.`, `p.m.`,
    /// `du matin`, `in the evening`)?
    fn says_part_of_day(&self, i: usize, end: usize) -> bool {
        matches!(self.num(i), Num::TimeAmPm(..))
            || (i..end).any(|t| {
                self.c(t)
                    .is_some_and(|c| c.kinds & k!(AmPm | PartOfDay) != 0)
            })
    }

    /// A part of the day after a clock time, with its linking words (`du matin`, `de
    /// l'après-midi`, `le soir`, `in the morning`, `at night`): the part and the position
    /// after it.
    fn pod_after(&self, j: usize) -> Option<(Pod, usize)> {
        let k = self
            .is(j, k!(Of | YearCue | ClockCue), |w| {
                matches!(w, Word::Of | Word::YearCue | Word::ClockCue)
            })
            .unwrap_or(j);
        let k2 = self.is(k, k!(Det), |w| matches!(w, Word::Det)).unwrap_or(k);
        if k2 == j || !self.same_line(j.saturating_sub(1), k2) {
            return None;
        }
        self.word(k2, k!(PartOfDay), |w| match w {
            Word::PartOfDay(p @ (Pod::Morning | Pod::Afternoon | Pod::Evening | Pod::Night)) => {
                Some(p)
            }
            _ => None,
        })
    }

    // ----- months and weekdays -----------------------------------------------------------

    fn month(&self, i: usize, ctx: Ctx) -> Option<M> {
        let e = self.entry(i);
        let month = e.month;
        let j = if e.abbrev {
            self.abbr_dot(i + 1)
        } else {
            i + 1
        };
        // Month day (, year): December 30, 2018 ; Dec. 30 ; Sept. 30th
        let day = match self.num(j) {
            Num::Int(d, 1 | 2) if is_day(d) => Some(d as u8),
            Num::Ordinal(d) if is_day(d) => Some(d as u8),
            // Jan. 28-29: a span of days, valued by its first
            Num::Other => self.toks.get(j).and_then(|t| {
                let (a, b) = t.text.split_once(['-', '–'])?;
                let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
                (is_day(a) && is_day(b) && a < b && a < 100).then_some(a as u8)
            }),
            _ => None,
        };
        if let Some(d) = day {
            // Not "May 15,000" (a quantity is not an Int) nor "March 3-1".
            let k = self.comma_year(j + 1);
            if let Some((y, k2)) = self.year_after(k) {
                return Some(M::new(k2, Sem::Day(y, month, d)));
            }
            return Some(M::new(
                j + 1,
                Sem::DayMonth(month, d, self.clause_dir(i, j + 1, Dir::Closest)),
            ));
        }
        // Month year: décembre 2018, December of 2018
        let (year, k) = self.of_year(j);
        if let Some(y) = year {
            if k > j + 1 && e.foreign {
                return None;
            }
            return Some(M::new(k, Sem::YearMonth(y, month)));
        }
        if e.foreign {
            return None;
        }
        // juin dernier, mai prochain; July last year, juin l'an prochain
        if let Some((d, k)) = self.word(j, k!(Last | Next), |w| match w {
            Word::Last => Some(Dir::Last),
            Word::Next => Some(Dir::Next),
            _ => None,
        }) {
            if let Some((Unit::Year, k2)) = self.unit(k, Some(false)) {
                let n = if d == Dir::Last { -1 } else { 1 };
                return Some(M::new(k2, Sem::MonthOfYear(month, n)));
            }
            return Some(M::new(k, Sem::Month(month, d)));
        }
        // February this year, octobre de l'année dernière, May of next year
        if let Some(k) = self.is(j, k!(This), |w| matches!(w, Word::This)) {
            if let Some((Unit::Year, k2)) = self.unit(k, Some(false)) {
                return Some(M::new(k2, Sem::MonthOfYear(month, 0)));
            }
        }
        if let Some((n, k)) = self.of_rel_year(j) {
            return Some(M::new(k, Sem::MonthOfYear(month, n)));
        }
        if !self.bare_month_ok(i, ctx) {
            return None;
        }
        let end = self.month_end(i, j);
        // "a February forecast", "the October slaying": the month names the time of a
        // noun, mostly a past event, not the clause's (`expects … down from a February
        // forecast`): past, as a hint
        let attributive = self.prev_is(i, k!(Det | Number), |w| {
            matches!(w, Word::Det | Word::Number(1))
        }) && self
            .toks
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && self
                .c(end)
                .is_some_and(|c| !c.e.opens && !c.cap && c.num == Num::None);
        let dir = if ctx == Ctx::This {
            Dir::This
        } else if attributive {
            Dir::Past
        } else {
            self.clause_dir(i, end, Dir::Past)
        };
        Some(M::new(end, Sem::Month(month, dir)))
    }

    /// A one-word deictic `[i, j)` (`today`, `now`) capitalized inside a sentence, next
    /// to a capitalized word or after a determiner, is a word of a name: "USA Today",
    /// "Clean Rivers Now", "the Today programme".
    fn deictic_in_name(&self, i: usize, j: usize) -> bool {
        let word_cap = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && self.c(k).is_some_and(|c| c.cap && !c.sent_start)
        };
        j == i + 1
            && word_cap(i)
            && (i > 0 && word_cap(i - 1)
                || self.prev_is(i, k!(Det), |w| matches!(w, Word::Det))
                || word_cap(j))
    }

    /// `Dec.` keeps its dot only when the token is an abbreviation.
    fn month_end(&self, i: usize, j: usize) -> usize {
        if j > i + 1 && self.toks.get(i).is_some_and(|t| t.text.len() <= 4) {
            j
        } else {
            i + 1
        }
    }

    /// A month name alone is a month unless it is also a word or a name in this use.
    fn bare_month_ok(&self, i: usize, ctx: Ctx) -> bool {
        let c = match self.c(i) {
            Some(c) => *c,
            None => return false,
        };
        let tok = match self.toks.get(i) {
            Some(t) => t,
            None => return false,
        };
        // Abbreviations (Dec, janv) stand alone only in tables and lists: not here.
        if c.e.abbrev {
            return false;
        }
        let lower_lang = self.index.lex.lowercase_months;
        if lower_lang && c.cap && !c.sent_start && !tok.is_all_caps() {
            return false; // Mars the planet, Mai a first name
        }
        if !lower_lang && !c.cap {
            return false; // may, march
        }
        let cue = ctx != Ctx::Bare
            || i > 0
                && self
                    .is(i - 1, k!(Last | Next | Mod | YearCue | Of), |w| {
                        matches!(
                            w,
                            Word::YearCue | Word::Mod(_) | Word::Of | Word::Last | Word::Next
                        )
                    })
                    .is_some();
        if c.e.weak_month && !cue {
            return false;
        }
        // A capitalized word before (Theresa May, Mrs May): a name.
        if !lower_lang && i > 0 {
            if let Some(p) = self.c(i - 1) {
                if p.cap
                    && !p.sent_start
                    && self
                        .is(i - 1, k!(YearCue), |w| matches!(w, Word::YearCue))
                        .is_none()
                {
                    return false;
                }
            }
            if self
                .is(i - 1, k!(NameBefore), |w| matches!(w, Word::NameBefore))
                .is_some()
            {
                return false;
            }
        }
        if self
            .is(i + 1, k!(NameAfter), |w| matches!(w, Word::NameAfter))
            .is_some()
        {
            return false;
        }
        true
    }

    fn weekday(&self, i: usize, ctx: Ctx) -> Option<M> {
        let c = *self.c(i)?;
        let wd = c.e.weekday - 1;
        if c.plural {
            return None;
        }
        if self
            .is(i + 1, k!(NameAfter), |w| matches!(w, Word::NameAfter))
            .is_some()
            || self.prev_is(i, k!(NameBefore), |w| matches!(w, Word::NameBefore))
        {
            return None; // mardi gras, Black Monday
        }
        let mut j = self.comma(i + 1);
        // nothing after the weekday on its line (a headline ending in `until Friday`
        // above the date line): it stands alone
        let alone = !self.same_line(i, j);
        if alone {
            j = i + 1;
        }
        // lundi 3 mars (2019) ; Tuesday, March 3
        if let Some(k) = self.is(j, k!(Det), |w| matches!(w, Word::Det)) {
            if !alone && matches!(self.num(k), Num::Int(..) | Num::Ordinal(_)) {
                j = k;
            }
        }
        match self.num(j) {
            _ if alone => {}
            Num::Int(d, 1 | 2) | Num::Ordinal(d) if is_day(d) => {
                if let Some(m) = self.day_month(j, d as u8) {
                    return Some(m);
                }
                // mardi 14, dimanche 5 au soir: the day of the month without the month
                // (not a clock, `mardi 9 h`, nor a count, `lundi 3 personnes`)
                // what may follow the day: punctuation, the end, a linking word (`à 18
                // h`, `au soir`); not a noun (`lundi 3 personnes`)
                let next_free = match self.toks.get(j + 1) {
                    None => true,
                    Some(t) if t.kind == TokenKind::Word => self
                        .is(j + 1, k!(YearCue | Of), |w| {
                            matches!(w, Word::YearCue | Word::Of)
                        })
                        .is_some(),
                    Some(t) => t.kind != TokenKind::Number,
                };
                if ctx != Ctx::Det && next_free && self.clock(j).is_none() {
                    let dir = self.clause_dir(i, j + 1, Dir::Closest).plain();
                    return Some(M::new(j + 1, Sem::WeekdayDay(wd, d as u8, dir)));
                }
            }
            Num::Date(y, m, d) => return Some(M::new(j + 1, Sem::Day(y, m, d))),
            _ => {}
        }
        if !alone && self.entry(j).month > 0 {
            if let Some(m) = self.month(j, Ctx::Modified) {
                if matches!(m.sem, Sem::Day(..) | Sem::DayMonth(..)) {
                    return Some(m);
                }
            }
        }
        if ctx == Ctx::Det {
            return None; // "le lundi" alone: a habit, not a date
        }
        let j = i + 1;
        if let Some((d, k)) = self.word(j, k!(Last | Next), |w| match w {
            Word::Last => Some(Dir::Last),
            Word::Next => Some(Dir::Next),
            _ => None,
        }) {
            return Some(M::new(k, Sem::Weekday(wd, d)));
        }
        // Without a tense cue (`Dir::This` here): the same weekday named earlier in the
        // text if any, else the last one (see `resolve`).
        let dir = if ctx == Ctx::This {
            self.clause_dir(i, j, Dir::Closest).plain()
        } else {
            self.clause_dir(i, j, Dir::This).plain()
        };
        Some(M::new(j, Sem::Weekday(wd, dir)))
    }

    // ----- units --------------------------------------------------------------------------

    /// A unit word at `i` (plural or not as asked).
    fn unit(&self, i: usize, plural: Option<bool>) -> Option<(Unit, usize)> {
        let (u, j) = self.word(i, k!(Unit), |w| match w {
            Word::Unit(u, p) if plural.is_none_or(|q| q == p) => Some(u),
            _ => None,
        })?;
        (!self.counts_things(u, j)).then_some((u, j))
    }

    /// "une quinzaine d'échanges": the unit at the token before `j` counts things (of a
    /// noun that is no unit), it is no span of time.
    fn counts_things(&self, u: Unit, j: usize) -> bool {
        u == Unit::Fortnight
            && self
                .is(j, k!(Of), |w| matches!(w, Word::Of))
                .is_some_and(|k| {
                    self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                        && self
                            .is(k, k!(Unit), |w| matches!(w, Word::Unit(..)))
                            .is_none()
                })
    }

    fn unit_plural(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let ((u, p), j) = self.word(i, k!(Unit), |w| match w {
            Word::Unit(u, p) => Some((u, p)),
            _ => None,
        })?;
        if self.counts_things(u, j) {
            return None;
        }
        let invariable = self
            .word(i, k!(Unit), |w| match w {
                Word::Unit(u2, p2) if u2 == u && p2 != p => Some(()),
                _ => None,
            })
            .is_some();
        if !invariable {
            return Some((u, p, j));
        }
        // An invariable noun (`mois`): plural when a word before it agrees in the plural
        // (`les`, `ces derniers`, `deux`).
        let plural = (i.saturating_sub(2)..i).any(|k| {
            self.toks.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word && (t.text.ends_with('s') || t.text.ends_with('x'))
            })
        });
        Some((u, plural, j))
    }

    fn unit_led(&self, i: usize, u: Unit, j: usize, ctx: Ctx) -> Option<M> {
        let _ = i;
        let (_, plural, _) = self.unit_plural(i)?;
        match ctx {
            Ctx::This if !plural => {
                if matches!(u, Unit::Day) {
                    return None;
                }
                if u == Unit::Weekend {
                    return Some(M::new(j, Sem::Weekend(self.tense_dir(i, Dir::Past))));
                }
                Some(M::new(j, Sem::Rel(u, 0)))
            }
            Ctx::This => {
                // ces derniers jours is Last-led; "ces jours" alone: nothing.
                None
            }
            Ctx::Det | Ctx::Modified => {
                // la semaine dernière, l'an prochain, la semaine suivante, l'année 2019
                if let Some((s, k)) = self.word(j, k!(Last | Next), |w| match w {
                    Word::Last => Some(-1),
                    Word::Next => Some(1),
                    _ => None,
                }) {
                    if plural {
                        return None;
                    }
                    if u == Unit::Day {
                        return Some(M::new(k, Sem::Anchored(u, s as f64)));
                    }
                    return Some(M::new(k, Sem::Rel(u, s)));
                }
                if let Some((s, k)) = self.word(j, k!(Following), |w| match w {
                    Word::Following(s) => Some(s),
                    _ => None,
                }) {
                    if plural {
                        return None;
                    }
                    return Some(M::new(k, Sem::Anchored(u, s as f64)));
                }
                if u == Unit::Year && !plural {
                    if let Some((y, k)) = self.year_after(j) {
                        return Some(M::new(k, Sem::Year(y)));
                    }
                    if ctx == Ctx::Modified && self.prev_is(i, k!(Det), |w| matches!(w, Word::Det))
                    {
                        // début de l'année: the reference's year ("fin d'année" is generic)
                        return Some(M::new(j, Sem::Rel(Unit::Year, 0)));
                    }
                }
                // the end of the decade, la fin du siècle: the reference's
                if ctx == Ctx::Modified
                    && !plural
                    && matches!(u, Unit::Decade | Unit::Century)
                    && (self.prev_is(i, k!(Det), |w| matches!(w, Word::Det))
                        || i >= 2 && self.prev_is(i, k!(Of), |w| matches!(w, Word::Of)))
                    && self.is(j, k!(Of), |w| matches!(w, Word::Of)).is_none()
                {
                    return Some(M::new(j, Sem::Rel(u, 0)));
                }
                // for the year, earlier in the month: the current one (not "the year
                // before", "the month ended")
                if ctx == Ctx::Det
                    && !plural
                    && matches!(u, Unit::Year | Unit::Month)
                    && !self.c(i).is_some_and(|c| c.cap) // Player of the Year
                    && i >= 2
                    && self.prev_is(i, k!(Det), |w| matches!(w, Word::Det))
                    && self.prev_is(i - 1, k!(PeriodPrep), |w| matches!(w, Word::PeriodPrep))
                    && !self.amount_or_unit_at(j)
                    && self
                        .is(j, k!(Ago | Later | Earlier | Following | Of | Ended), |w| {
                            matches!(
                                w,
                                Word::Ago
                                    | Word::Earlier
                                    | Word::Later
                                    | Word::Ended
                                    | Word::Following(_)
                                    // the month of May, the year of the flood
                                    | Word::Of
                            )
                        })
                        .is_none()
                    // "the year before." but not "earlier in the year by heavy rains"
                    && !(self.is(j, k!(YearCue), |w| matches!(w, Word::YearCue)).is_some()
                        && self
                            .toks
                            .get(j + 1)
                            .is_none_or(|t| t.kind != TokenKind::Word))
                {
                    return Some(M::new(j, Sem::Rel(u, 0)));
                }
                // la fin de la semaine; la fin du mois (`du` holds the article: the
                // determiner before the modifier says it is this month, not a generic `fin
                // de mois`)
                // (or fused in the preposition: "au début du mois")
                let det_of = i >= 3
                    && self.prev_is(i, k!(Of), |w| matches!(w, Word::Of))
                    && self.prev_is(i - 2, k!(Det | SeasonCue), |w| {
                        matches!(w, Word::Det | Word::SeasonCue(true))
                    });
                if ctx == Ctx::Modified
                    && !plural
                    && matches!(u, Unit::Month | Unit::Week)
                    && (self.prev_is(i, k!(Det), |w| matches!(w, Word::Det)) || det_of)
                {
                    // "la fin du mois de janvier", "au début du mois d'avril": the month
                    // named after it, not this one
                    if u == Unit::Month {
                        if let Some(k) = self.is(j, k!(Of), |w| matches!(w, Word::Of)) {
                            if self.c(k).is_some_and(|c| c.e.month > 0) {
                                return self.month(k, Ctx::Modified);
                            }
                        }
                    }
                    return Some(M::new(j, Sem::Rel(u, 0)));
                }
                if u == Unit::Weekend && !plural && ctx == Ctx::Det {
                    return Some(M::new(j, Sem::Weekend(self.tense_dir(i, Dir::Past))));
                }
                // "over the years", "for the months": unspecified durations (not "for the
                // years 2001 to 2005", "over the months of June and July")
                if plural
                    && ctx == Ctx::Det
                    && !matches!(u, Unit::Weekend)
                    && i >= 2
                    && self.prev_is(i, k!(Det), |w| matches!(w, Word::Det))
                    && self.prev_is(i - 1, k!(DurationCue), |w| matches!(w, Word::DurationCue))
                    && self.num(j) == Num::None
                    && self.is(j, k!(Of), |w| matches!(w, Word::Of)).is_none()
                {
                    return Some(M::new(j, Sem::Duration(u, Amount::X)));
                }
                None
            }
            Ctx::Bare => {
                // "for years", "pendant des années": unspecified durations
                if plural
                    && i > 0
                    && self
                        .is(i - 1, k!(DurationCue), |w| matches!(w, Word::DurationCue))
                        .is_some()
                    && !matches!(u, Unit::Weekend)
                {
                    return Some(M::new(j, Sem::Duration(u, Amount::X)));
                }
                None
            }
        }
    }

    /// After `last`/`next`/`past`/`coming` at `i` (its end `j`).
    fn last_next(&self, i: usize, sign: i32, j: usize, ctx: Ctx) -> Option<M> {
        let _ = i;
        // the past three months, les 3 derniers jours (FR order is handled by amount_led)
        // "the past three months"; without a determiner "last" may be the verb ("and
        // last seven years")
        if let Some((a, u, k)) = self.amount_unit(j) {
            if ctx != Ctx::Bare {
                return Some(M::new(k, Sem::Duration(u, a)));
            }
        }
        if let Some((u, plural, k)) = self.unit_plural(j) {
            if plural {
                // ces derniers jours, the coming weeks, recent years
                return Some(M::new(k, Sem::Duration(u, Amount::X)));
            }
            if ctx == Ctx::Det {
                // the past year: a duration; the next day: the day after the anchor
                if sign < 0 {
                    return Some(M::new(k, Sem::Duration(u, Amount::N(1.0))));
                }
                return Some(M::new(k, Sem::Anchored(u, 1.0)));
            }
            if matches!(u, Unit::Day | Unit::Hour | Unit::Minute | Unit::Second) {
                return None; // "dernière minute", "last day": not calendar units here
            }
            return Some(M::new(k, Sem::Rel(u, sign)));
        }
        if ctx == Ctx::Det {
            // the next morning
            if let Some((p, k)) = self.word(j, k!(PartOfDay), |w| match w {
                Word::PartOfDay(p) => Some(p),
                _ => None,
            }) {
                if sign > 0 {
                    return Some(M {
                        time: Some(Tod::Part(p)),
                        ..M::new(k, Sem::Anchored(Unit::Day, 1.0))
                    });
                }
            }
            return None;
        }
        // last Monday, next May, last summer, last night
        let e = self.entry(j);
        let dir = if sign < 0 { Dir::Last } else { Dir::Next };
        if e.weekday > 0 && !self.cls.get(j).is_some_and(|c| c.plural) {
            return Some(M::new(j + 1, Sem::Weekday(e.weekday - 1, dir)));
        }
        if e.month > 0 && !e.foreign {
            // last Oct. 23, next March 5: that day
            let k = if e.abbrev {
                self.abbr_dot(j + 1)
            } else {
                j + 1
            };
            if let Num::Int(d, 1 | 2) | Num::Ordinal(d) = self.num(k) {
                if is_day(d) {
                    if let Some((y, k2)) = self.year_after(self.comma_year(k + 1)) {
                        return Some(M::new(k2, Sem::Day(y, e.month, d as u8)));
                    }
                    return Some(M::new(k + 1, Sem::DayMonth(e.month, d as u8, dir)));
                }
            }
            return Some(M::new(j + 1, Sem::Month(e.month, dir)));
        }
        if let Some((f, k)) = self.word(j, k!(Feast), |w| match w {
            Word::Feast(f) => Some(f),
            _ => None,
        }) {
            return Some(M::new(k, Sem::Feast(f, None, dir)));
        }
        if let Some((s, k)) = self.word(j, k!(Season), |w| match w {
            Word::Season(s) => Some(s),
            _ => None,
        }) {
            return Some(M::new(k, Sem::Season(s, None, dir, false)));
        }
        if let Some((p, k)) = self.word(j, k!(PartOfDay), |w| match w {
            Word::PartOfDay(p) => Some(p),
            _ => None,
        }) {
            if sign < 0 {
                return Some(M {
                    time: Some(Tod::Part(p)),
                    ..M::new(k, Sem::Rel(Unit::Day, -1))
                });
            }
        }
        None
    }

    /// Quarter / half `n` of `year`; without one, placed by the tense of the clause of
    /// `[i, end)`.
    fn part(&self, u: Unit, n: u8, year: Option<i32>, i: usize, end: usize) -> Sem {
        match year {
            Some(_) => Sem::Part(u, n, year),
            None => Sem::PartNear(u, n, self.clause_dir(i, end, Dir::This)),
        }
    }

    fn season(&self, s: u8, j: usize, ctx: Ctx) -> Option<M> {
        if let Some((y, k)) = self.year_after(j) {
            return Some(M::new(k, Sem::Season(s, Some(y), Dir::This, false)));
        }
        if let Some(k) = self.is(j, k!(Of), |w| matches!(w, Word::Of)) {
            if let Some((y, k2)) = self.year_after(k) {
                return Some(M::new(k2, Sem::Season(s, Some(y), Dir::This, false)));
            }
        }
        if let Some((d, k)) = self.word(j, k!(Last | Next), |w| match w {
            Word::Last => Some(Dir::Last),
            Word::Next => Some(Dir::Next),
            _ => None,
        }) {
            return Some(M::new(k, Sem::Season(s, None, d, false)));
        }
        match ctx {
            // "l'été", "the summer": in a past clause, the last one ("Au cours de l'été,
            // les prix ont grimpé"); otherwise this year's (a future cue is weaker
            // evidence: "to meet demand well into the summer")
            // "au printemps": the article fused in the preposition, read as `le printemps`
            Ctx::Det | Ctx::Bare
                if ctx == Ctx::Det
                    || j >= 2
                        && self
                            .is(j - 2, k!(SeasonCue), |w| matches!(w, Word::SeasonCue(true)))
                            .is_some() =>
            {
                // the tense seen from the article (`until the fall`: a deadline before it)
                let at = j.saturating_sub(2);
                // the future of its own clause: the coming one or the one under way
                // (`attendu au printemps`, written in November: next spring's); a future
                // of another clause is weaker evidence (`will be unable to meet demand
                // well into the summer`)
                // (a deadline seen from no past points ahead whatever the verb: "serait
                // lancée d'ici l'été", "will stay open until the summer"; not "stayed open
                // until the summer")
                let ahead = || match self.clause_dir(at, j, Dir::This) {
                    Dir::ClauseFuture => true,
                    Dir::Future => self.deadline_before(at),
                    _ => false,
                };
                let dir = match self.tense_dir(at, Dir::This) {
                    Dir::Past => Dir::Past,
                    Dir::Future if ahead() => Dir::Future,
                    _ => Dir::This,
                };
                Some(M::new(j, Sem::Season(s, None, dir, false)))
            }
            Ctx::This | Ctx::Modified => Some(M::new(j, Sem::Season(s, None, Dir::This, false))),
            // "en été", "in summer"; not "a été" (a past participle) nor "prices fall"
            Ctx::Bare
                if j >= 2
                    && self.prev_is(j - 1, k!(SeasonCue), |w| matches!(w, Word::SeasonCue(_))) =>
            {
                Some(M::new(j, Sem::Season(s, None, Dir::This, true)))
            }
            Ctx::Det | Ctx::Bare => None,
        }
    }

    // ----- amounts: durations, ago, later -----------------------------------------------

    /// An amount at `i`: digits, number words, `a`/`un`, vague words; `et demi`.
    fn amount(&self, i: usize) -> Option<(Amount, usize)> {
        let (a, j) = self.amount_whole(i)?;
        let Amount::N(n) = a else {
            return Some((a, j));
        };
        // 2 1/2 years
        if let Some(t) = self
            .toks
            .get(j)
            .filter(|t| t.space_before && n.fract() == 0.0)
        {
            let frac = match t.text {
                "1/2" | "½" => Some(0.5),
                "1/4" | "¼" => Some(0.25),
                "3/4" | "¾" => Some(0.75),
                _ => None,
            };
            if let Some(f) = frac {
                return Some((Amount::N(n + f), j + 1));
            }
        }
        // two and a half years (the unit after: `deux ans et demi` is read in
        // `amount_unit`)
        if let Some(k) = self.is(j, k!(And), |w| matches!(w, Word::And)) {
            let k2 = self
                .is(k, k!(Number), |w| matches!(w, Word::Number(1)))
                .unwrap_or(k);
            if let Some(k3) = self.is(k2, k!(Half), |w| matches!(w, Word::Half)) {
                if self.unit(k3, None).is_some() && n.fract() == 0.0 {
                    return Some((Amount::N(n + 0.5), k3));
                }
            }
        }
        Some((a, j))
    }

    /// An amount without its fraction.
    fn amount_whole(&self, i: usize) -> Option<(Amount, usize)> {
        match self.num(i) {
            Num::Int(n, _) => return Some((Amount::N(n as f64), i + 1)),
            Num::Decimal(f) => return Some((Amount::N(f), i + 1)),
            Num::Quantity => {
                // 2 000, 2,000: the digits alone
                let t = self.toks.get(i)?.text;
                let mut v: f64 = 0.0;
                for b in t.bytes().filter(u8::is_ascii_digit) {
                    v = v * 10.0 + (b - b'0') as f64;
                }
                return Some((Amount::N(v), i + 1));
            }
            _ => {}
        }
        if let Some(j) = self.is(i, k!(Vague), |w| matches!(w, Word::Vague)) {
            return Some((Amount::X, j));
        }
        if let Some(j) = self.is(i, k!(VagueWeak), |w| matches!(w, Word::VagueWeak)) {
            if self
                .unit(j, Some(true))
                .is_some_and(|(u, _)| !matches!(u, Unit::Hour | Unit::Minute | Unit::Second))
                // "des années vingt" is the decade, not "years"
                && !(self.is(j, k!(DecadeWord), |w| matches!(w, Word::DecadeWord)).is_some()
                    && (matches!(self.num(j + 1), Num::Int(..))
                        || self.is(j + 1, k!(Number), |w| matches!(w, Word::Number(_))).is_some()))
            {
                return Some((Amount::X, j));
            }
        }
        if let Some((n, j)) = self.word(i, k!(Number), |w| match w {
            Word::Number(n) => Some(n),
            _ => None,
        }) {
            // "twenty four", "vingt et un" written as two words
            if (20..100).contains(&n) && n % 10 == 0 {
                let k = self.is(j, k!(And), |w| matches!(w, Word::And)).unwrap_or(j);
                if let Some((u, k2)) = self.word(k, k!(Number), |w| match w {
                    Word::Number(u) if (1..=9).contains(&u) => Some(u),
                    _ => None,
                }) {
                    return Some((Amount::N((n + u) as f64), k2));
                }
            }
            return Some((Amount::N(n as f64), j));
        }
        if let Some(j) = self.is(i, k!(Half), |w| matches!(w, Word::Half)) {
            return Some((Amount::N(0.5), j));
        }
        None
    }

    /// Amount then unit (`trois jours`, `48 heures`, `deux ans et demi`, `a few weeks`).
    fn amount_unit(&self, i: usize) -> Option<(Amount, Unit, usize)> {
        let (a, j) = self.amount(i)?;
        let j = self
            .is(j, k!(Extra), |w| matches!(w, Word::Extra))
            .unwrap_or(j);
        let (u, plural, mut k) = self.unit_plural(j)?;
        // "the 1988 quarter": a year before a singular unit, not 1988 quarters
        if let (Amount::N(n), Num::Int(_, 4), false) = (a, self.num(i), plural) {
            if n > 1.0 {
                return None;
            }
        }
        if u == Unit::Half {
            // a half hour, a half year
            if let (Amount::N(n), Some((u2 @ (Unit::Hour | Unit::Year), false, k2))) =
                (a, self.unit_plural(k))
            {
                return Some((Amount::N(n * 0.5), u2, k2));
            }
            return None; // "a half", "two halves": not a duration
        }
        if u == Unit::Quarter && self.is(k, k!(Of), |w| matches!(w, Word::Of)).is_some() {
            return None; // "a quarter of the shares": a fraction
        }
        // "a second consecutive day", "la seconde fois": an ordinal before a noun
        if self.ordinal(j).is_some() && self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
        {
            return None;
        }
        // les années 1990: a decade, not "years"
        if self
            .is(j, k!(DecadeWord), |w| matches!(w, Word::DecadeWord))
            .is_some()
            && matches!(self.num(k), Num::Int(..))
        {
            return None;
        }
        // et demi / and a half
        let mut a = a;
        if let Some(k2) = self.is(k, k!(And), |w| matches!(w, Word::And)) {
            let k3 = self
                .is(k2, k!(Number), |w| matches!(w, Word::Number(1)))
                .unwrap_or(k2);
            if let Some(k4) = self.is(k3, k!(Half), |w| matches!(w, Word::Half)) {
                if let Amount::N(n) = a {
                    a = Amount::N(n + 0.5);
                    k = k4;
                }
            }
        }
        Some((a, u, k))
    }

    /// Durations and shifts opened by an amount.
    fn amount_led(&self, i: usize, ctx: Ctx) -> Option<M> {
        // FR: les trois derniers mois, les 24 dernières heures
        if let Some((a, j)) = self.amount(i) {
            // six to eight months, de six à huit mois: one length, at least the first (as
            // TimeBank marks `two to three weeks`: P2W, EQUAL_OR_MORE); between two and
            // six days: each end on its own, the first with the unit of the second
            if let (Amount::N(n1), Some((to, k))) = (
                a,
                self.word(j, k!(RangeTo | And), |w| match w {
                    Word::RangeTo => Some(true),
                    Word::And => Some(false),
                    _ => None,
                }),
            ) {
                if let Some((Amount::N(n2), u, end)) = self.amount_unit(k) {
                    if n1 < n2 && n1.fract() == 0.0 && !matches!(self.num(i), Num::Int(_, 4)) {
                        if !to {
                            return Some(M::new(j, Sem::Duration(u, a)));
                        }
                        return Some(M {
                            modifier: Some(Mod::EqualOrMore),
                            ..M::new(end, Sem::Duration(u, a))
                        });
                    }
                }
            }
            if let Some(k) = self.is(j, k!(Ordinal | Last | Next), |w| {
                matches!(w, Word::Last | Word::Next | Word::Ordinal(1))
            }) {
                // les trois derniers mois, les six premiers mois
                if let Some((u, true, k2)) = self.unit_plural(k) {
                    return Some(M::new(k2, Sem::Duration(u, a)));
                }
            }
            // 71-year-old, 52-week: number, hyphen, compound
            if self.punct(j, "-") && self.toks.get(j).is_some_and(|t| !t.space_before) {
                if let Some(c) = self.c(j + 1) {
                    if let Some(Compound::UnitWith(u, _)) = c.compound {
                        return Some(M {
                            adjective: true,
                            ..M::new(j + 2, Sem::Duration(u, a))
                        });
                    }
                    if let Some((u, k)) = self.unit(j + 1, Some(false)) {
                        return Some(M {
                            adjective: true,
                            ..M::new(k, Sem::Duration(u, a))
                        });
                    }
                }
            }
        }
        let (a, u, k) = self.amount_unit(i)?;
        // "un an" as a plain article + unit: fine ("pendant un an"); "a day" likewise.
        if let Some(k2) = self.is(k, k!(Ago), |w| matches!(w, Word::Ago)) {
            if !sub_day(u) {
                return Some(M::new(k2, shift(u, a, true)));
            }
        }
        if let Some((s, k2)) = self.word(k, k!(Later | Earlier), |w| match w {
            Word::Later => Some(1.0),
            Word::Earlier => Some(-1.0),
            _ => None,
        }) {
            // "trois jours après." ends the clause; "three days after the vote" is
            // anchored on an event: only the duration is marked.
            let also_prep = self
                .is(k, k!(Mod), |w| {
                    matches!(w, Word::Mod(Mod::Before | Mod::After))
                })
                .is_some();
            let clause_end = self.toks.get(k2).is_none_or(|t| t.kind == TokenKind::Punct);
            let day_or_more = !matches!(u, Unit::Hour | Unit::Minute | Unit::Second);
            if let (Amount::N(n), true, true) = (a, !also_prep || clause_end, day_or_more) {
                return Some(M::new(k2, Sem::Anchored(u, s * n)));
            }
        }
        if ctx == Ctx::This {
            return None;
        }
        // A weekend is not counted in durations here ("two weekends").
        if u == Unit::Weekend {
            return None;
        }
        Some(M::new(k, Sem::Duration(u, a)))
    }

    /// A compound word alone: `two-year`, `third-quarter`, `year-earlier`.
    fn compound(&self, i: usize, comp: Compound) -> Option<M> {
        match comp {
            Compound::Amount(n, u) => Some(M {
                adjective: true,
                ..M::new(i + 1, Sem::Duration(u, Amount::N(n)))
            }),
            Compound::UnitWith(Unit::Year, Some(Word::Earlier | Word::Ago)) => self.period(i),
            // a day-long meeting, an hour-long speech
            Compound::Vague(u) => Some(M {
                adjective: true,
                ..M::new(i + 1, Sem::Duration(u, Amount::X))
            }),
            Compound::UnitWith(u, Some(Word::Lasting)) => Some(M {
                adjective: true,
                ..M::new(i + 1, Sem::Duration(u, Amount::N(1.0)))
            }),
            Compound::Ordinal(o, u @ (Unit::Quarter | Unit::Half)) => {
                let max = if u == Unit::Quarter { 4 } else { 2 };
                (1..=max)
                    .contains(&o)
                    .then(|| M::new(i + 1, self.part(u, o as u8, None, i, i + 1)))
            }
            _ => None,
        }
    }

    /// Reporting periods of financial news, after a determiner or from a `year-ago`
    /// compound: `the quarter`, `the latest period`, `the year-ago quarter`, `the
    /// year-earlier third quarter`, `year-earlier` (profit), `the full year`, `the fiscal
    /// year ended June 30` (a length: its end date follows).
    fn period(&self, i: usize) -> Option<M> {
        let mut j = i;
        let mut adj = false;
        let mut dy = 0i8;
        loop {
            if let Some(k) = self.is(j, k!(PeriodAdj), |w| matches!(w, Word::PeriodAdj)) {
                adj = true;
                j = k;
            } else if let Some(Compound::UnitWith(Unit::Year, Some(Word::Earlier | Word::Ago))) =
                self.c(j).and_then(|c| c.compound)
            {
                dy = -1;
                j += 1;
            } else {
                break;
            }
            if j > i + 4 {
                return None;
            }
        }
        if j == i + 1 && dy < 0 {
            // year-earlier, the year-earlier quarter, the year-ago third quarter
            if let Some((o, k)) = self.ordinal(j) {
                if let Some((Unit::Quarter, k2)) = self.unit(k, Some(false)) {
                    if (1..=4).contains(&o) {
                        return Some(M::new(k2, Sem::PartRel(Unit::Quarter, o as u8, -1)));
                    }
                }
            }
        }
        if let Some(Compound::Ordinal(o @ 1..=4, Unit::Quarter)) =
            self.c(j).and_then(|c| c.compound)
        {
            if dy < 0 {
                return Some(M::new(j + 1, Sem::PartRel(Unit::Quarter, o as u8, -1)));
            }
        }
        let cap = self.c(j).is_some_and(|c| c.cap);
        if let Some((u, k)) = self.unit(j, Some(false)) {
            // "the Latin Quarter", "a quarter of the shares": not periods
            let of = self.is(k, k!(Of), |w| matches!(w, Word::Of)).is_some();
            match u {
                Unit::Quarter if !cap && !of => return Some(M::new(k, Sem::Period(dy))),
                Unit::Year
                    if dy == 0
                        && self
                            .is(k, k!(Ended), |w| matches!(w, Word::Ended))
                            .is_some() =>
                {
                    return Some(M::new(k, Sem::Duration(Unit::Year, Amount::N(1.0))));
                }
                Unit::Year if dy == 0 && adj && !of => {
                    return Some(M::new(k, Sem::Rel(Unit::Year, 0)));
                }
                _ => {}
            }
        }
        if let Some(k) = self.is(j, k!(PeriodNoun), |w| matches!(w, Word::PeriodNoun)) {
            if adj || dy < 0 {
                return Some(M::new(k, Sem::Period(dy)));
            }
        }
        // "year-earlier profit", "the year-ago results": the compound alone, an adjective
        if dy < 0 && !adj && j == i + 1 {
            return Some(M {
                adjective: true,
                ..M::new(j, Sem::Period(dy))
            });
        }
        None
    }

    /// After `chaque`/`every`/`tous les`: a unit, a weekday, a month, a part of day,
    /// or an amount + unit (`tous les deux ans`).
    fn every(&self, j: usize) -> Option<M> {
        if let Some((u, _, k)) = self.unit_plural(j) {
            return Some(M::new(k, Sem::SetEvery(u, 1)));
        }
        if let Some((Amount::N(n), u, k)) = self.amount_unit(j) {
            if n.fract() == 0.0 && n >= 1.0 {
                return Some(M::new(k, Sem::SetEvery(u, n as u32)));
            }
        }
        let e = self.entry(j);
        if e.weekday > 0 {
            return Some(M::new(j + 1, Sem::SetWeekday(e.weekday - 1)));
        }
        if e.month > 0 && !e.foreign {
            return Some(M::new(j + 1, Sem::SetMonth(e.month)));
        }
        if let Some((p, k)) = self.word(j, k!(PartOfDay), |w| match w {
            Word::PartOfDay(p) => Some(p),
            _ => None,
        }) {
            return Some(M::new(k, Sem::SetPart(p)));
        }
        None
    }

    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Num::Ordinal(o) = self.num(i) {
            return Some((o, i + 1));
        }
        self.word(i, k!(Ordinal), |w| match w {
            Word::Ordinal(o) => Some(o),
            _ => None,
        })
    }

    // ----- context ------------------------------------------------------------------------

    fn prev_is(&self, i: usize, kinds: u64, f: impl Fn(Word) -> bool) -> bool {
        i > 0 && self.is(i - 1, kinds, f).is_some()
    }

    /// A number or currency in the few tokens before `i` ("$10 a year", "3 % par an").
    fn amount_before(&self, i: usize) -> bool {
        // "$60 billion a month", "3 % par an", "eight times a year"
        let lo = i.saturating_sub(4);
        (lo..i).any(|k| {
            self.toks
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Number)
        }) || (i.saturating_sub(2)..i).any(|k| {
            // "eight times a year", "twice a year"
            self.is(k, k!(Number), |w| matches!(w, Word::Number(_)))
                .is_some()
        })
    }

    /// Is there an amount or a unit at `j` (then "the past" is not PAST_REF)?
    fn amount_or_unit_at(&self, j: usize) -> bool {
        self.amount(j).is_some()
            || self.unit(j, None).is_some()
            || self.c(j).is_some_and(|c| c.e.month > 0 || c.e.weekday > 0)
    }

    /// A deadline word right before `i`, or before a clock preposition there (`until
    /// Monday`, `starting at noon`); a verb of postponing and the preposition of its
    /// target (`renvoyé au 28 mars`, `adjourned to March 3`).
    fn deadline_before(&self, i: usize) -> bool {
        self.deadline_at(i).is_some()
    }

    /// [`Scanner::deadline_before`], with the position of the deadline word and whether
    /// it ends a state (`until`, `jusqu'à`: [`Word::Deadline`]`(true)`).
    fn deadline_at(&self, i: usize) -> Option<(usize, bool)> {
        // (a deadline of several tokens ends right there: "d'ici", "no later than")
        let deadline = |to: usize, postponed: bool| {
            (to.saturating_sub(3)..to).rev().find_map(|k| {
                self.word(k, k!(Deadline | Postponed), |w| match w {
                    Word::Deadline(end) => Some(end),
                    Word::Postponed if postponed => Some(false),
                    _ => None,
                })
                .filter(|&(_, j)| j == to)
                .map(|(end, _)| (k, end))
            })
        };
        if i >= 1 {
            if let Some(d) = deadline(i, false) {
                return Some(d);
            }
        }
        if i >= 2
            && self.prev_is(i, k!(ClockCue | RangeTo), |w| {
                matches!(w, Word::ClockCue | Word::RangeTo)
            })
        {
            return deadline(i - 1, true);
        }
        None
    }

    /// The direction the clause's tense gives a date without its year or a weekday:
    /// the nearest past or future cue in the sentence around token `i`, else `default`.
    fn tense_dir(&self, i: usize, default: Dir) -> Dir {
        if self.deadline_before(i) {
            // "had filed their reports by Wednesday", "until Thursday, they had not": a
            // deadline seen from the past
            if self.pluperfect_near(i) {
                return Dir::Past;
            }
            return Dir::Future;
        }
        self.nearest_cue(i).map_or(default, |(_, d)| d)
    }

    /// [`Scanner::tense_dir`] for the expression `[i, end)`, firm ([`Dir::ClausePast`],
    /// [`Dir::ClauseFuture`]) when the cue is the verb of the date's own clause: nothing
    /// that opens another clause lies between them (`Il a payé en janvier`; not `said it
    /// is calling for the redemption on Dec. 7`, `announced an agreement to acquire the
    /// bank in January`).
    fn clause_dir(&self, i: usize, end: usize, default: Dir) -> Dir {
        if self.deadline_before(i) {
            // the new date of a postponed event is after the reference, however far
            let postponed = i >= 2
                && self
                    .is(i - 2, k!(Postponed), |w| matches!(w, Word::Postponed))
                    .is_some();
            if postponed {
                return Dir::Next;
            }
            // "had filed their reports by Wednesday": a deadline seen from the past
            if self.pluperfect_near(i) {
                return Dir::Past;
            }
            // the end of a state points ahead (`le trafic restera perturbé jusqu'à
            // mercredi`), unless the verb before it in the date's own clause tells a past
            // (`He worked there until January`, `Il a travaillé là-bas jusqu'en janvier`)
            return match self.deadline_at(i) {
                Some((at, true)) if self.past_until(at, i, end) => Dir::ClausePast,
                _ => Dir::Future,
            };
        }
        // after `since`, `depuis`: a starting point, past (an article or the day's
        // number may stand between: "depuis le 4 octobre")
        let mut k = i;
        while k > 0
            && i - k < 2
            && self.prev_is(k, k!(Det | Number), |w| {
                matches!(w, Word::Det | Word::Number(_))
            })
        {
            k -= 1;
        }
        if self.prev_is(k, k!(Since), |w| matches!(w, Word::Since)) {
            return Dir::ClausePast;
        }
        // a participle right before the date tells a past event whatever the main verb
        // (`La grève lancée mardi … devrait se poursuivre`, `la loi adoptée lundi`)
        if i >= 1 && self.participle_before(i - 1) {
            return Dir::ClausePast;
        }
        // so do a participle and a preposition of time (`le plan annoncé en juillet
        // permettra`, `the plan announced in July would save`: the verb after the date is
        // the plan's, not the date's); English has no participle ending of its own: a past
        // form (not a passive's participle: `will be paid in January`)
        if i >= 2
            && self.prev_is(i, k!(SeasonCue), |w| matches!(w, Word::SeasonCue(_)))
            && (self.participle_before(i - 2)
                || self.index.lex.participle_suffixes.is_empty()
                    && self.tense_of(i - 2) == Some(Dir::Past))
        {
            return Dir::ClausePast;
        }
        let own = self.own_cue(i, end);
        if !matches!(own, Some((_, Clause::Same | Clause::Infinitive, _))) && self.then_future(i) {
            return Dir::ClauseFuture;
        }
        match own {
            Some((k, clause, d)) => match (clause, d) {
                (Clause::Same, Dir::Past) => Dir::ClausePast,
                (Clause::Same, Dir::Future) => Dir::ClauseFuture,
                // "agreed to acquire the bank in January", "urged colleagues to put it to a
                // vote in November": the date is the plan's, told from the past; the
                // closest
                (Clause::Infinitive, Dir::Past) if k < i => Dir::Closest,
                // only a cue of another clause: as without a cue (`les résultats du
                // recensement de mars-avril, qui devraient être affinés`)
                (Clause::Other, _) => default,
                (_, d) => d,
            },
            None => default,
        }
    }

    /// Is the date at `i` in a verb phrase joined by a `then_words` word to a clause of
    /// the future (`doit s'exprimer demain, puis se rendre jeudi`, `will speak tomorrow,
    /// then travel to Brussels on Thursday`)? Its verb is an infinitive sharing the modal
    /// before the comma.
    fn then_future(&self, i: usize) -> bool {
        let lex = self.index.lex;
        let Some(c) = (i.saturating_sub(8)..i).rev().find(|&t| self.punct(t, ",")) else {
            return false;
        };
        let then = self.toks.get(c + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && lex
                    .then_words
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(t.text))
        });
        // (a finite verb between them would be the date's own: none)
        if !then || self.clause_of(c + 1, i, i) != Clause::Same {
            return false;
        }
        // the nearest cue before the comma, in its sentence (the first verb phrase may be
        // long: `doit se déplacer mercredi sur le parquet de l'AS Monaco, leader du
        // championnat, puis recevoir …`)
        let mut k = c;
        while k > 0 && k + 2 * TENSE_WINDOW > c && !self.c(k).is_some_and(|x| x.sent_start) {
            k -= 1;
            if let Some(d) = self.tense_of(k) {
                return d == Dir::Future;
            }
        }
        false
    }

    /// The tense cue that governs the expression `[i, end)`: the nearest cue of its own
    /// clause, else the nearest (`Il a été élu en janvier et prendra ses fonctions en
    /// février`: `a` for janvier); its position, where it stands, and its direction.
    fn own_cue(&self, i: usize, end: usize) -> Option<(usize, Clause, Dir)> {
        let cues = self.cues_around(i);
        let own = cues
            .iter()
            .flatten()
            .filter(|(k, _)| self.clause_of(*k, i, end) == Clause::Same)
            .min_by_key(|(k, _)| k.abs_diff(i));
        let nearest = cues.iter().flatten().min_by_key(|(k, _)| k.abs_diff(i));
        let (k, d) = own.or(nearest).copied()?;
        Some((k, self.clause_of(k, i, end), d))
    }

    /// Does a past verb of the clause of `[i, end)`, before its deadline word at `at`,
    /// tell that the state ended (`He worked there until January`)? Not a participle
    /// right before the deadline, which describes the state (`markets to remain closed
    /// until Friday`, `trains disrupted until Wednesday`), nor a cue after the date (`talks
    /// that are supposed to conclude by May, invited…`).
    fn past_until(&self, at: usize, i: usize, end: usize) -> bool {
        let [Some((k, Dir::Past)), _] = self.cues_around(i) else {
            return false;
        };
        if self.clause_of(k, i, end) != Clause::Same {
            return false;
        }
        // a verb known as a past (`was`, `a`, `avait`), or a past by its ending with a word
        // between it and the deadline
        let known = self
            .is(k, k!(PastCue | Present), |w| {
                matches!(w, Word::PastCue | Word::Present(true))
            })
            .is_some();
        known || k + 1 < at
    }

    /// Token `k` is a past participle standing alone (no auxiliary or passive before it,
    /// no plan word): `lancée` in `la grève lancée mardi`.
    fn participle_before(&self, k: usize) -> bool {
        let lex = self.index.lex;
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let lone = t.kind == TokenKind::Word
            && self.c(k).is_some_and(|c| c.e.is_empty() && !c.cap)
            && ends_with_any(t.text, lex.participle_suffixes);
        lone && self.tense_of(k).is_none()
            && !self.prev_is(k, k!(Passive), |w| matches!(w, Word::Passive))
            // a noun after its determiner: "recevra les salariés jeudi", "le comité"
            && !(k > 0 && self.c(k - 1).is_some_and(|c| c.kinds & k!(This | Det) != 0))
            && !(k >= 1 && self.tense_of(k - 1).is_some())
    }

    /// The nearest tense cue before token `i` and the nearest after it, in its sentence
    /// ([`TENSE_WINDOW`] tokens each way): position and direction.
    fn cues_around(&self, i: usize) -> [Option<(usize, Dir)>; 2] {
        let (lo, hi) = self.tense_window(i);
        let find = |k: usize| self.tense_of(k).map(|d| (k, d));
        let left = (lo..i).rev().find_map(find);
        let right = (i + 1..hi).find_map(find);
        [left, right]
    }

    /// The tokens where the tense cues of token `i` are looked for: [`TENSE_WINDOW`] each way, in its
    /// sentence (a headline without a full stop ends at its line: the body under it is
    /// another sentence).
    fn tense_window(&self, i: usize) -> (usize, usize) {
        let starts = |k: usize| self.c(k).is_some_and(|c| c.sent_start);
        // a full stop ends the sentence; not the dot of an abbreviation (`on Feb. 12 and
        // hold its meeting in May`), which the segmenter left inside it
        let is_end = |k: usize| {
            self.toks.get(k).is_some_and(|t| {
                t.kind == TokenKind::Punct
                    && (t.text == "." || t.text == "?" || t.text == "!")
                    && (k + 1 >= self.toks.len() || starts(k + 1))
            })
        };
        let mut lo = i;
        while lo > i.saturating_sub(TENSE_WINDOW) && !starts(lo) && !is_end(lo - 1) {
            lo -= 1;
        }
        let mut hi = i + 1;
        while hi < (i + TENSE_WINDOW).min(self.toks.len()) && !starts(hi) && !is_end(hi) {
            hi += 1;
        }
        (lo, hi)
    }

    /// The nearest tense cue in the sentence around token `i` ([`TENSE_WINDOW`] tokens each way): its
    /// position and direction (the earlier of two as near).
    fn nearest_cue(&self, i: usize) -> Option<(usize, Dir)> {
        let [left, right] = self.cues_around(i);
        match (left, right) {
            (Some(l), Some(r)) => Some(if i - l.0 <= r.0 - i { l } else { r }),
            (l, r) => l.or(r),
        }
    }

    /// Are the cue at `k` and the expression `[i, end)` in one clause? Not when a
    /// clause-opening word, a finite verb of the present, an infinitive or punctuation
    /// that closes a clause lies between them. A comma right after the expression is
    /// its own (`En janvier, il a payé`).
    fn clause_of(&self, k: usize, i: usize, end: usize) -> Clause {
        let (lo, hi) = if k < i {
            (k + 1, i)
        } else if self.punct(end, ",") {
            (end + 1, k)
        } else {
            (end, k)
        };
        let mut out = Clause::Same;
        // `and` before a cue after the date opens a second clause (`elected in January and
        // will take office in February`), unless inside a name (`the National Abortion
        // and Reproductive Rights League plans`); before the date it may join two nouns
        // (`paid salaries and bonuses in January`)
        if k > i
            && (lo..hi).any(|t| {
                self.is(t, k!(And), |w| matches!(w, Word::And)).is_some()
                    && !self.c(t + 1).is_some_and(|c| c.cap)
            })
        {
            return Clause::Other;
        }
        for t in lo..hi {
            match self.clause_break(t) {
                Clause::Same => {}
                Clause::Infinitive => out = Clause::Infinitive,
                Clause::Other => return Clause::Other,
            }
        }
        out
    }

    /// Does token `t` end the clause a tense cue governs, and how?
    fn clause_break(&self, t: usize) -> Clause {
        let Some(tok) = self.toks.get(t) else {
            return Clause::Other;
        };
        let other = |b: bool| if b { Clause::Other } else { Clause::Same };
        match tok.kind {
            // a few words quoted inside the reporter's sentence are still its clause
            // (`un plan qui sera présenté « avant l'été »`)
            TokenKind::Quote(QuoteMark::Open) => {
                let after = self.toks.get(t + 1..).unwrap_or_default();
                return other(
                    !after
                        .iter()
                        .take(SHORT_QUOTE)
                        .any(|n| n.kind == TokenKind::Quote(QuoteMark::Close)),
                );
            }
            TokenKind::Quote(QuoteMark::Close) => {
                let before = self.toks.get(t.saturating_sub(SHORT_QUOTE)..t);
                return other(
                    !before
                        .unwrap_or_default()
                        .iter()
                        .any(|n| n.kind == TokenKind::Quote(QuoteMark::Open)),
                );
            }
            TokenKind::Quote(_) => return Clause::Other,
            TokenKind::Punct => {
                return other(matches!(
                    tok.text,
                    "," | ";" | ":" | "(" | ")" | "—" | "–" | "«" | "»" | "\"" | "“" | "”"
                ))
            }
            TokenKind::Word => {}
            _ => return Clause::Same,
        }
        let Some(c) = self.c(t) else {
            return Clause::Same;
        };
        if c.kinds & k!(ClauseStart | Present | Infinitive) == 0 {
            return Clause::Same;
        }
        if self
            .is(t, k!(ClauseStart | Present), |w| {
                matches!(w, Word::ClauseStart | Word::Present(_))
            })
            .is_some()
        {
            return Clause::Other;
        }
        // `to` + a word, `de` + a word ending like an infinitive (`de payer`); not a
        // determiner or other word of the dates tables (`to a calendar year`, `d'hier`),
        // nor a name (`to Paris`)
        let sufs = self.index.lex.infinitive_suffixes;
        let infinitive = self.toks.get(t + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && self.c(t + 1).is_some_and(|c| c.e.is_empty() && !c.cap)
                && (sufs.is_empty() || ends_with_any(n.text, sufs))
        });
        if infinitive {
            Clause::Infinitive
        } else {
            Clause::Same
        }
    }

    /// A pluperfect auxiliary in the sentence around token `i` (within the tense window).
    fn pluperfect_near(&self, i: usize) -> bool {
        let (lo, hi) = self.tense_window(i);
        (lo..hi).filter(|&k| k != i).any(|k| {
            self.is(k, k!(Pluperfect), |w| matches!(w, Word::Pluperfect))
                .is_some()
        })
    }

    fn tense_of(&self, k: usize) -> Option<Dir> {
        let t = self.toks.get(k)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let lex = self.index.lex;
        // "will be closed Friday", "are closed Monday": a passive, not a past tense
        let passive = || self.prev_is(k, k!(Passive), |w| matches!(w, Word::Passive));
        if let Some(d) = self.word(k, k!(PastCue | FutureCue), |w| match w {
            Word::PastCue => Some(Dir::Past),
            Word::FutureCue => Some(Dir::Future),
            _ => None,
        }) {
            // "the plan", "the scheduled vote": a noun or adjective, not a verb
            if self.prev_is(k, k!(This | Det), |w| matches!(w, Word::Det | Word::This)) {
                return None;
            }
            // "made it difficult to meet demand": an infinitive, not the present of a
            // scheduled event (`the committee meets`); the plan word before it, if any
            // (`set to`, `plans to`), is the cue
            if d.0 == Dir::Future
                && self.prev_is(k, k!(Infinitive), |w| matches!(w, Word::Infinitive))
            {
                return None;
            }
            // "had been scheduled to expire", "avait été prévu": a plan seen from the past
            let past_aux =
                |j: usize| self.prev_is(j, k!(Pluperfect), |w| matches!(w, Word::Pluperfect));
            if d.0 == Dir::Future && (past_aux(k) || k >= 1 && past_aux(k - 1)) {
                return Some(Dir::Past);
            }
            // "will be paid in January": the participle of a passive; "Rose", "Won" inside
            // a sentence: names
            if d.0 == Dir::Past && (passive() || self.c(k).is_some_and(|c| c.cap && !c.sent_start))
            {
                return None;
            }
            return Some(d.0);
        }
        // "est arrivé", "s'est réuni": a compound past with the auxiliary of the present
        if self
            .is(k, k!(Present), |w| matches!(w, Word::Present(true)))
            .is_some()
        {
            let participle = self.toks.get(k + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && self.c(k + 1).is_some_and(|c| c.e.is_empty())
                    && ends_with_any(n.text, lex.participle_suffixes)
            });
            return participle.then_some(Dir::Past);
        }
        if self.c(k).is_some_and(|c| !c.e.is_empty()) || t.text.len() > 30 {
            return None;
        }
        // a capitalized word inside a sentence is a name, not a verb ("the United States")
        if self.c(k).is_some_and(|c| c.cap && !c.sent_start) {
            return None;
        }
        // no lower-casing (an allocation per word of the window): the suffixes are lower
        // case, compared ignoring ASCII case
        if ends_with_any(t.text, lex.future_suffixes) {
            return Some(Dir::Future);
        }
        if ends_with_any(t.text, lex.past_suffixes)
            && !passive()
            && !lex
                .past_suffix_exceptions
                .iter()
                .any(|e| e.eq_ignore_ascii_case(t.text))
        {
            return Some(Dir::Past);
        }
        None
    }

    // ----- joining a date with its time of day ------------------------------------------

    /// After a day-precise date: a part of the day (`samedi soir`, `hier en début de
    /// soirée`) or a clock time (`December 30, 2018 07:19`, `mardi à 9 heures`).
    fn join(&self, i: usize, m: M) -> M {
        if m.end == 0 || !self.same_line(m.end - 1, m.end) {
            return m;
        }
        // A time then its day: "noon Thursday", "10 p.m. Wednesday", "mid-afternoon
        // yesterday".
        if m.sem == Sem::TimeOnly {
            let k = self.comma(m.end);
            let day = self
                .c(k)
                .filter(|c| c.e.weekday > 0 && !c.plural)
                .and_then(|_| self.weekday(k, Ctx::Bare))
                .or_else(|| {
                    // 14 heures ce mardi, 9 a.m. this Friday
                    let k2 = self.is(k, k!(This), |w| matches!(w, Word::This))?;
                    self.c(k2)
                        .filter(|c| c.e.weekday > 0 && !c.plural)
                        .and_then(|_| self.weekday(k2, Ctx::This))
                })
                .or_else(|| {
                    // 8h ce matin, 10 p.m. this evening
                    let k2 = self.is(k, k!(This), |w| matches!(w, Word::This))?;
                    let (_, k3) = self.word(k2, k!(PartOfDay), |w| match w {
                        Word::PartOfDay(p) => Some(p),
                        _ => None,
                    })?;
                    Some(M::new(k3, Sem::Rel(Unit::Day, 0)))
                })
                .or_else(|| {
                    // 10 p.m. yesterday, 11:30 p.m. tonight (the clock says the hour)
                    let (n, k2) = self.word(k, k!(DayRel | DayPod), |w| match w {
                        Word::DayRel(n) | Word::DayPod(n, _) => Some(n),
                        _ => None,
                    })?;
                    Some(M::new(k2, Sem::Rel(Unit::Day, n as i32)))
                })
                .or_else(|| {
                    // 5 p.m. EST Nov. 9
                    let e = self.entry(k);
                    if e.month == 0 {
                        return None;
                    }
                    let d = self.month(k, Ctx::Modified)?;
                    matches!(d.sem, Sem::Day(..) | Sem::DayMonth(..)).then_some(d)
                });
            if let Some(d) = day {
                if d.time.is_none() {
                    // "until 9 a.m. Tuesday", "starting at noon Saturday": ahead
                    let sem = match d.sem {
                        Sem::Weekday(wd, Dir::Past | Dir::Closest | Dir::This)
                            if self.deadline_before(i) =>
                        {
                            Sem::Weekday(wd, Dir::Future)
                        }
                        s => s,
                    };
                    return M {
                        end: d.end,
                        sem,
                        ..m
                    };
                }
            }
            return m;
        }
        let dayish = matches!(
            m.sem,
            Sem::Day(..)
                | Sem::DayMonth(..)
                | Sem::Weekday(..)
                | Sem::WeekdayDay(..)
                | Sem::Rel(Unit::Day, _)
                | Sem::Anchored(Unit::Day, _)
        );
        let mut m = m;
        if dayish && m.time.is_none() {
            // part of day right after: samedi soir, yesterday morning, le 2 octobre au
            // matin (a linking word of one token before it)
            let after_link = self
                .is(m.end, k!(YearCue), |w| matches!(w, Word::YearCue))
                .and_then(|k| {
                    let (p, e) = self.word(k, k!(PartOfDay), |w| match w {
                        Word::PartOfDay(p) => Some(p),
                        _ => None,
                    })?;
                    // not "Tuesday in the morning session": only a part of the day alone
                    self.toks
                        .get(e)
                        .is_none_or(|t| t.kind != TokenKind::Word)
                        .then_some((p, e))
                });
            if let Some((p, k)) = self
                .word(m.end, k!(PartOfDay), |w| match w {
                    Word::PartOfDay(p) => Some(p),
                    _ => None,
                })
                .or(after_link)
            {
                m.time = Some(Tod::Part(p));
                m.end = k;
            } else {
                // hier en début d'après-midi
                let k0 = self
                    .is(m.end, k!(YearCue), |w| matches!(w, Word::YearCue))
                    .unwrap_or(m.end);
                if let Some((md @ (Mod::Start | Mod::Mid | Mod::End), k1)) =
                    self.word(k0, k!(Mod), |w| match w {
                        Word::Mod(md) => Some(md),
                        _ => None,
                    })
                {
                    let k2 = self.is(k1, k!(Of), |w| matches!(w, Word::Of)).unwrap_or(k1);
                    if let Some((p, k3)) = self.word(k2, k!(PartOfDay), |w| match w {
                        Word::PartOfDay(p) => Some(p),
                        _ => None,
                    }) {
                        if m.modifier.is_none() {
                            m.modifier = Some(md);
                            m.time = Some(Tod::Part(p));
                            m.end = k3;
                        }
                    }
                }
            }
        }
        let can_take_clock = dayish && !matches!(m.time, Some(Tod::Clock(..)));
        if can_take_clock {
            let mut k = m.end;
            if self.punct(k, ",")
                || self.punct(k, "-")
                || self.punct(k, "–")
                || self.punct(k, "/")
                || self.punct(k, "|")
            {
                k += 1;
            } else if let Some(k2) = self.is(k, k!(ClockCue), |w| matches!(w, Word::ClockCue)) {
                k = k2;
            }
            if let Some(t) = self.clock_at(k) {
                m.time = t.time;
                m.end = t.end;
            }
        }
        m
    }

    /// A clock at `k`, also after a clock preposition there (`à 20 heures`).
    fn clock_at(&self, k: usize) -> Option<M> {
        let c = self.c(k)?;
        match c.num {
            Num::Int(..) | Num::Time(..) | Num::TimeAmPm(..) => {
                // After a date, "20 heures" needs no preposition.
                if let Some(m) = self.clock(k) {
                    return Some(m);
                }
                if let (Num::Int(h, 1 | 2), Some((Unit::Hour, k2)), true) =
                    (c.num, self.unit(k + 1, None), self.index.lex.hour_is_clock)
                {
                    if h <= 24 {
                        return Some(M {
                            time: Some(Tod::Clock(h as u8, 0)),
                            ..M::new(k2, Sem::TimeOnly)
                        });
                    }
                }
                None
            }
            _ => {
                if let Some(m) = self.clock(k) {
                    return Some(m);
                }
                let (h, k2) = self.word(k, k!(Clock), |w| match w {
                    Word::Clock(h) => Some(h),
                    _ => None,
                })?;
                Some(M {
                    time: Some(Tod::Clock(h, 0)),
                    ..M::new(k2, Sem::TimeOnly)
                })
            }
        }
    }
}

/// Where a tense cue stands from a date (see [`Scanner::clause_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clause {
    /// In the date's own clause.
    Same,
    /// Before an infinitive whose complement holds the date (`agreed to pay in January`).
    Infinitive,
    /// In another clause.
    Other,
}

/// How the expression was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Bare,
    /// After a determiner (`la`, `the`).
    Det,
    /// After a demonstrative (`cette`, `this`).
    This,
    /// After a modifier (`début`, `early`).
    Modified,
}

/// Was a day named earlier in the paragraph holding byte `pos`?
fn day_before(ctx: &Context, out: &[Found], pos: usize) -> bool {
    let para_start = ctx
        .doc
        .sentence_at(pos)
        .and_then(|k| ctx.doc.sentences.get(k))
        .and_then(|se| ctx.doc.paragraphs.get(se.paragraph))
        .map_or(pos, |p| p.start);
    // The last few expressions only: a paragraph with thousands of them stays linear.
    out.iter()
        .rev()
        .take(64)
        .take_while(|f| f.start >= para_start)
        .any(|f| {
            matches!(
                f.sem,
                Sem::Day(..)
                    | Sem::DayMonth(..)
                    | Sem::Weekday(..)
                    | Sem::WeekdayDay(..)
                    | Sem::Rel(Unit::Day, _)
                    | Sem::Anchored(Unit::Day, _)
            )
        })
}

/// Does `text` end with one of the suffixes (lower case, compared ignoring ASCII case),
/// being at least as long as the suffix's minimal word length?
fn ends_with_any(text: &str, sufs: &[(&str, usize)]) -> bool {
    let b = text.as_bytes();
    sufs.iter().any(|(s, min)| {
        b.len() >= *min
            && b.len()
                .checked_sub(s.len())
                .and_then(|k| b.get(k..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(s.as_bytes()))
    })
}

/// The hour `h` of a 12-hour clock in part of the day `p` (`4` in the afternoon: 16), or
/// `None` when they do not agree (`10 heures du soir` is 22, `10 in the afternoon` is
/// nothing known).
fn pod_hour(h: u8, p: Pod) -> Option<u8> {
    match (p, h) {
        (_, 13..=24) => {
            let fits = match p {
                Pod::Morning => false,
                Pod::Afternoon => h <= 18,
                Pod::Evening => h >= 17,
                Pod::Night => h >= 20,
                Pod::Midday => false,
            };
            fits.then_some(h)
        }
        (Pod::Morning, 1..=11) => Some(h),
        (Pod::Morning, 12) => Some(0),
        (Pod::Afternoon, 12) => Some(12),
        (Pod::Afternoon, 1..=6) => Some(h + 12),
        (Pod::Evening, 5..=11) => Some(h + 12),
        (Pod::Night, 8..=11) => Some(h + 12),
        (Pod::Night, 12) => Some(24),
        (Pod::Night, 1..=5) => Some(h),
        _ => None,
    }
}

/// Hours, minutes, seconds: shifts by these need a clock the article rarely gives.
fn sub_day(u: Unit) -> bool {
    matches!(u, Unit::Hour | Unit::Minute | Unit::Second)
}

fn shift(u: Unit, a: Amount, back: bool) -> Sem {
    Sem::Shift(u, a, back)
}
