//! The scorer: compares one document's gold layers with what was predicted, and adds the
//! counts to a running total. All spans are byte offsets into the same text.
//!
//! Definitions (also in `docs/accuracy.md`):
//! - **entities** — CoNLL style: a mention counts only with exact span and type; per
//!   type; "untyped" = exact span, any type; "overlap" = spans overlap, any type (one to
//!   one). Grouping: of the gold pairs of found mentions that name one entity, the share
//!   Lede also puts in one entity, and the reverse (of Lede's pairs, the share gold joins).
//! - **dates** — TempEval-3 style: strict = exact span, relaxed = overlapping spans (one to
//!   one); type and value accuracy on relaxed matches; value F1 = relaxed match with the
//!   right value, over all predicted (P) and all gold (R) expressions.
//! - **quotes** — for direct, indirect and both together: a match needs overlap ≥ half the
//!   union of the two spans (one to one, best first); exact = same span; speaker accuracy
//!   on matches (names compared without case or accents, a surname matches the full name,
//!   or — when the corpus gives the speaker's span — Lede's speaker span overlaps it);
//!   end-to-end = matched and speaker right.

use super::model::*;
use std::collections::{BTreeMap, HashMap};

/// True/false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Prf {
        Prf {
            tp,
            fp: predicted.saturating_sub(tp),
            fn_: gold.saturating_sub(tp),
        }
    }
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }
    pub fn predicted(&self) -> usize {
        self.tp + self.fp
    }
    pub fn p(&self) -> f64 {
        ratio(self.tp, self.predicted())
    }
    pub fn r(&self) -> f64 {
        ratio(self.tp, self.gold())
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `a / b`, and 0 when there is nothing to divide (a system that finds nothing and a
/// gold with nothing both score 0, never NaN).
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone, Default)]
pub struct EntityScore {
    pub docs: usize,
    pub strict: Prf,
    pub untyped: Prf,
    pub overlap: Prf,
    pub per_type: BTreeMap<String, Prf>,
    /// Gold pairs (both mentions found) naming one entity, and how many Lede joins too.
    pub gold_pairs: usize,
    pub gold_pairs_joined: usize,
    /// Lede's pairs (both mentions in gold, with a gold group), and how many gold joins.
    pub pred_pairs: usize,
    pub pred_pairs_joined: usize,
}

#[derive(Debug, Clone, Default)]
pub struct DateScore {
    pub docs: usize,
    pub strict: Prf,
    pub relaxed: Prf,
    /// Relaxed matches, and among them right type / right value / right mod.
    pub matched: usize,
    pub type_ok: usize,
    pub value_ok: usize,
    pub mod_ok: usize,
    pub value: Prf,
}

#[derive(Debug, Clone, Default)]
pub struct KindScore {
    pub overlap: Prf,
    pub exact: Prf,
    pub matched: usize,
    /// Matches whose gold names a speaker (all but AADS): the base of speaker accuracy.
    pub speaker_eligible: usize,
    pub speaker_ok: usize,
    pub speaker_name_ok: usize,
    /// Matches whose gold gives the speaker's span, and among them those where Lede's
    /// speaker span overlaps it.
    pub span_eligible: usize,
    pub speaker_span_ok: usize,
    pub e2e: Prf,
}

#[derive(Debug, Clone, Default)]
pub struct QuoteScore {
    pub docs: usize,
    /// direct, indirect, all
    pub kinds: [KindScore; 3],
}

pub const QUOTE_KINDS: [&str; 3] = ["direct", "indirect", "all"];

/// Everything measured on one group of documents (a corpus in one language).
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub docs: usize,
    pub bytes: usize,
    pub entities: Option<EntityScore>,
    pub dates: Option<DateScore>,
    pub quotes: Option<QuoteScore>,
}

/// One miss or false alarm, for `--errors`.
#[derive(Debug, Clone)]
pub struct ErrorItem {
    pub doc: String,
    pub task: &'static str,
    pub what: String,
    pub context: String,
}

fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The text around `[s, e)` on one line, the span in ⟦ ⟧.
pub fn context(text: &str, s: usize, e: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (s, e) = (floor(s), floor(e.max(s)));
    let a = floor(s.saturating_sub(50));
    let b = floor((e + 50).min(text.len()));
    let clean = |t: &str| t.replace(['\n', '\r', '\t'], " ");
    format!(
        "…{}⟦{}⟧{}…",
        clean(&text[a..s]),
        clean(&text[s..e]),
        clean(&text[e..b])
    )
}

fn item(doc: &Doc, task: &'static str, what: String, s: usize, e: usize) -> ErrorItem {
    ErrorItem {
        doc: doc.id.clone(),
        task,
        what,
        context: context(&doc.text, s, e),
    }
}

/// One-to-one matching of overlapping spans: every candidate pair with `weight > 0`,
/// best weight first. Spans are few per document, and candidates are found through a
/// sort by start, so this stays near-linear for ordinary documents.
fn match_overlaps(
    gold: &[Range],
    pred: &[Range],
    weight: impl Fn(usize, usize) -> f64,
) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..pred.len()).collect();
    order.sort_by_key(|&i| pred[i].0);
    // Longest predicted span, to bound the backward search.
    let max_len = pred
        .iter()
        .map(|p| p.1.saturating_sub(p.0))
        .max()
        .unwrap_or(0);
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let lo = order.partition_point(|&i| pred[i].0 + max_len < g.0);
        for &pi in &order[lo..] {
            if pred[pi].0 >= g.1 {
                break;
            }
            let w = weight(gi, pi);
            if w > 0.0 {
                cands.push((w, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut g_used = vec![false; gold.len()];
    let mut p_used = vec![false; pred.len()];
    let mut out = Vec::new();
    for (_, gi, pi) in cands {
        if !g_used[gi] && !p_used[pi] {
            g_used[gi] = true;
            p_used[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

/// One-to-one exact matching on a key (multiset intersection).
fn match_exact<K: std::hash::Hash + Eq>(gold: &[K], pred: &[K]) -> Vec<(usize, usize)> {
    let mut by_key: HashMap<&K, Vec<usize>> = HashMap::new();
    for (pi, k) in pred.iter().enumerate().rev() {
        by_key.entry(k).or_default().push(pi);
    }
    let mut out = Vec::new();
    for (gi, k) in gold.iter().enumerate() {
        if let Some(v) = by_key.get_mut(k) {
            if let Some(pi) = v.pop() {
                out.push((gi, pi));
            }
        }
    }
    out
}

fn pairs(n: usize) -> usize {
    n * n.saturating_sub(1) / 2
}

pub fn score_entities(
    doc: &Doc,
    gold: &[GoldEntity],
    pred: &[PredEntity],
    acc: &mut EntityScore,
    errors: Option<&mut Vec<ErrorItem>>,
) {
    acc.docs += 1;
    let gk: Vec<(usize, usize, &str)> = gold
        .iter()
        .map(|g| (g.start, g.end, g.kind.as_str()))
        .collect();
    let pk: Vec<(usize, usize, &str)> = pred
        .iter()
        .map(|p| (p.start, p.end, p.kind.as_str()))
        .collect();
    let strict = match_exact(&gk, &pk);
    acc.strict
        .add(Prf::new(strict.len(), pred.len(), gold.len()));
    let gs: Vec<Range> = gold.iter().map(|g| (g.start, g.end)).collect();
    let ps: Vec<Range> = pred.iter().map(|p| (p.start, p.end)).collect();
    let untyped = match_exact(&gs, &ps);
    acc.untyped
        .add(Prf::new(untyped.len(), pred.len(), gold.len()));
    let over = match_overlaps(&gs, &ps, |g, p| overlap(gs[g], ps[p]) as f64);
    acc.overlap
        .add(Prf::new(over.len(), pred.len(), gold.len()));
    let mut types: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for g in gold {
        types.entry(&g.kind).or_default().2 += 1;
    }
    for p in pred {
        types.entry(&p.kind).or_default().1 += 1;
    }
    for &(gi, _) in &strict {
        types.entry(&gold[gi].kind).or_default().0 += 1;
    }
    for (t, (tp, np, ng)) in types {
        acc.per_type
            .entry(t.to_string())
            .or_default()
            .add(Prf::new(tp, np, ng));
    }
    // Grouping, over mentions found with the exact span and grouped in gold.
    let mut cells: HashMap<(&str, usize), usize> = HashMap::new();
    let mut by_gold: HashMap<&str, usize> = HashMap::new();
    let mut by_pred: HashMap<usize, usize> = HashMap::new();
    for &(gi, pi) in &untyped {
        if let Some(g) = gold[gi].group.as_deref() {
            *cells.entry((g, pred[pi].group)).or_default() += 1;
            *by_gold.entry(g).or_default() += 1;
            *by_pred.entry(pred[pi].group).or_default() += 1;
        }
    }
    let joined: usize = cells.values().map(|&n| pairs(n)).sum();
    acc.gold_pairs += by_gold.values().map(|&n| pairs(n)).sum::<usize>();
    acc.pred_pairs += by_pred.values().map(|&n| pairs(n)).sum::<usize>();
    acc.gold_pairs_joined += joined;
    acc.pred_pairs_joined += joined;

    let Some(errors) = errors else { return };
    let mut g_ok = vec![false; gold.len()];
    let mut p_ok = vec![false; pred.len()];
    for &(g, p) in &strict {
        g_ok[g] = true;
        p_ok[p] = true;
    }
    let over_g: HashMap<usize, usize> = over.iter().copied().collect();
    let over_p: HashMap<usize, usize> = over.iter().map(|&(g, p)| (p, g)).collect();
    for (gi, g) in gold.iter().enumerate().filter(|(i, _)| !g_ok[*i]) {
        let what = match over_g.get(&gi).map(|&p| &pred[p]) {
            Some(p) if (p.start, p.end) == (g.start, g.end) => {
                format!("wrong type: gold {}, Lede {}", g.kind, p.kind)
            }
            Some(p) => format!(
                "wrong span: gold {} {:?}, Lede {} {:?}",
                g.kind,
                doc.text.get(g.start..g.end).unwrap_or(""),
                p.kind,
                doc.text.get(p.start..p.end).unwrap_or("")
            ),
            None => format!("missed {}", g.kind),
        };
        errors.push(item(doc, "entities", what, g.start, g.end));
    }
    for (pi, p) in pred.iter().enumerate().filter(|(i, _)| !p_ok[*i]) {
        if !over_p.contains_key(&pi) {
            errors.push(item(
                doc,
                "entities",
                format!("false alarm {}", p.kind),
                p.start,
                p.end,
            ));
        }
    }
}

/// TIMEX3 values compared after normalisations that change the notation, never the
/// value: upper case; `:00` seconds dropped (`T14:35:00` = `T14:35`); an hour alone gets
/// its minutes (`T17` = `T17:00`, `T24` = `T24:00`); ISO week numbers get their leading
/// zero (`2000-W8` = `2000-W08`); a decade or century padded with `X` loses the padding
/// (`199X` = `199`, `19XX` = `19`); decades and centuries as duration units become years
/// (`P1E` = `P10Y`, `P2C` = `P200Y`); decimal amounts become whole units (`P2.5Y` =
/// `P2Y6M`, `PT1.5H` = `PT1H30M`). Granularity is kept apart: `1949-XX` (some month
/// of 1949) is not `1949`.
pub fn norm_value(v: &str) -> String {
    let mut v = v.trim().to_ascii_uppercase();
    if v.len() >= 19 && v.contains('T') && v.ends_with(":00") && v.matches(':').count() == 2 {
        v.truncate(v.len() - 3);
    }
    // `YYYY-MM-DDTHH` → `YYYY-MM-DDTHH:00`.
    let b = v.as_bytes();
    if b.len() == 13 && b[10] == b'T' && b[11..].iter().all(u8::is_ascii_digit) {
        v.push_str(":00");
    }
    // `YYYY-Wn…` → `YYYY-W0n…`.
    if let Some(at) = v.find("-W") {
        let rest = &v[at + 2..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 1 {
            v.insert(at + 2, '0');
        }
    }
    // `199X` → `199`, `19XX` → `19` (not `XXXX`).
    let digits = v.bytes().take_while(u8::is_ascii_digit).count();
    if (1..4).contains(&digits) && v.len() == 4 && v[digits..].bytes().all(|c| c == b'X') {
        v.truncate(digits);
    }
    // `P1E` → `P10Y`, `P2C` → `P200Y`.
    if let Some(n) = v.strip_prefix('P').and_then(|r| {
        let (num, unit) = r.split_at(r.len().checked_sub(1)?);
        let n: u64 = num.parse().ok()?;
        match unit {
            "E" => n.checked_mul(10),
            "C" => n.checked_mul(100),
            _ => None,
        }
    }) {
        v = format!("P{n}Y");
    }
    // a decimal amount as whole units: `P2.5Y` → `P2Y6M`, `PT1.5H` → `PT1H30M`
    if let Some((t, rest)) = v
        .strip_prefix("PT")
        .map(|r| ("T", r))
        .or_else(|| v.strip_prefix('P').map(|r| ("", r)))
    {
        let split = rest.len().saturating_sub(1);
        let (num, unit) = (rest.get(..split), rest.get(split..));
        let sub = match (t, unit) {
            ("", Some("Y")) => Some(("Y", 12.0, "M")),
            ("T", Some("H")) => Some(("H", 60.0, "M")),
            ("T", Some("M")) => Some(("M", 60.0, "S")),
            _ => None,
        };
        if let (Some(num), Some((u, per, next))) = (num.filter(|n| n.contains('.')), sub) {
            if let Ok(x) = num.parse::<f64>() {
                let small = x.fract() * per;
                if small.fract() == 0.0 && x < 1e6 {
                    let (whole, small) = (x.trunc() as u64, small as u64);
                    v = match (whole, small) {
                        (0, s) => format!("P{t}{s}{next}"),
                        (w, 0) => format!("P{t}{w}{u}"),
                        (w, s) => format!("P{t}{w}{u}{s}{next}"),
                    };
                }
            }
        }
    }
    v
}

pub fn score_dates(
    doc: &Doc,
    gold: &[GoldTimex],
    pred: &[PredTimex],
    acc: &mut DateScore,
    errors: Option<&mut Vec<ErrorItem>>,
) {
    acc.docs += 1;
    let gs: Vec<Range> = gold.iter().map(|g| (g.start, g.end)).collect();
    let ps: Vec<Range> = pred.iter().map(|p| (p.start, p.end)).collect();
    let strict = match_exact(&gs, &ps);
    acc.strict
        .add(Prf::new(strict.len(), pred.len(), gold.len()));
    let relaxed = match_overlaps(&gs, &ps, |g, p| overlap(gs[g], ps[p]) as f64);
    acc.relaxed
        .add(Prf::new(relaxed.len(), pred.len(), gold.len()));
    let value_right = |g: &GoldTimex, p: &PredTimex| {
        p.value
            .as_deref()
            .is_some_and(|v| g.values.iter().any(|gv| norm_value(gv) == norm_value(v)))
    };
    let mut value_ok = 0;
    for &(gi, pi) in &relaxed {
        let (g, p) = (&gold[gi], &pred[pi]);
        acc.matched += 1;
        acc.type_ok += (g.kind == p.kind) as usize;
        acc.mod_ok += (g.modifier == p.modifier) as usize;
        value_ok += value_right(g, p) as usize;
    }
    acc.value_ok += value_ok;
    acc.value.add(Prf::new(value_ok, pred.len(), gold.len()));

    let Some(errors) = errors else { return };
    let rg: HashMap<usize, usize> = relaxed.iter().copied().collect();
    let rp: HashMap<usize, usize> = relaxed.iter().map(|&(g, p)| (p, g)).collect();
    for (gi, g) in gold.iter().enumerate() {
        let gv = g.values.join("|");
        match rg.get(&gi).map(|&p| &pred[p]) {
            None => errors.push(item(
                doc,
                "dates",
                format!("missed {} {gv}", g.kind),
                g.start,
                g.end,
            )),
            Some(p) => {
                let mut what = Vec::new();
                if (p.start, p.end) != (g.start, g.end) {
                    what.push(format!(
                        "span: Lede {:?}",
                        doc.text.get(p.start..p.end).unwrap_or("")
                    ));
                }
                if p.kind != g.kind {
                    what.push(format!("type: gold {}, Lede {}", g.kind, p.kind));
                }
                if !value_right(g, p) {
                    what.push(format!(
                        "value: gold {gv}, Lede {}",
                        p.value.as_deref().unwrap_or("none")
                    ));
                }
                if !what.is_empty() {
                    errors.push(item(doc, "dates", what.join("; "), g.start, g.end));
                }
            }
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if !rp.contains_key(&pi) {
            let v = p.value.as_deref().unwrap_or("none");
            errors.push(item(
                doc,
                "dates",
                format!("false alarm {} {v}", p.kind),
                p.start,
                p.end,
            ));
        }
    }
}

/// Lower case, accents removed, punctuation turned into spaces, leading articles dropped.
pub fn fold_name(s: &str) -> Vec<String> {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'ñ' | 'ń' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ý' | 'ÿ' => 'y',
            'š' | 'ś' | 'ş' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ğ' => 'g',
            'ł' => 'l',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        out.push(base);
    }
    const ARTICLES: &[&str] = &["the", "a", "an", "le", "la", "les", "l", "un", "une", "des"];
    let mut words: Vec<String> = out.split_whitespace().map(str::to_string).collect();
    while words.len() > 1 && ARTICLES.contains(&words[0].as_str()) {
        words.remove(0);
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "s") {
        words.pop(); // possessive 's
    }
    words
}

/// Same speaker? Case- and accent-insensitive; a single word (a surname) matches a longer
/// name ending with it.
pub fn same_speaker(gold: &str, pred: &str) -> bool {
    let (g, p) = (fold_name(gold), fold_name(pred));
    if g.is_empty() || p.is_empty() {
        return false;
    }
    if g == p {
        return true;
    }
    let (short, long) = if g.len() < p.len() {
        (&g, &p)
    } else {
        (&p, &g)
    };
    short.len() == 1 && long.last() == short.last()
}

pub fn score_quotes(
    doc: &Doc,
    gold: &[GoldQuote],
    pred: &[PredQuote],
    acc: &mut QuoteScore,
    mut errors: Option<&mut Vec<ErrorItem>>,
) {
    acc.docs += 1;
    for k in 0..QUOTE_KINDS.len() {
        // A corpus of direct speech only says nothing about indirect speech.
        if doc.direct_only && k == 1 {
            continue;
        }
        let keep_g = |q: &&GoldQuote| k == 2 || q.direct == (k == 0);
        let keep_p = |q: &&PredQuote| {
            if k == 2 {
                q.direct || !doc.direct_only
            } else {
                q.direct == (k == 0)
            }
        };
        let g: Vec<&GoldQuote> = gold.iter().filter(keep_g).collect();
        let p: Vec<&PredQuote> = pred.iter().filter(keep_p).collect();
        let gh: Vec<Range> = g.iter().map(|q| q.hull()).collect();
        let ph: Vec<Range> = p.iter().map(|q| (q.start, q.end)).collect();
        // Overlap of the (possibly discontinuous) gold content with Lede's span, over
        // their union: matched when ≥ 1/2.
        let iou = |gi: usize, pi: usize| {
            let pr = ph[pi];
            let inter: usize = g[gi].parts.iter().map(|&x| overlap(x, pr)).sum();
            let glen: usize = g[gi].parts.iter().map(|x| x.1.saturating_sub(x.0)).sum();
            let union = glen + pr.1.saturating_sub(pr.0) - inter;
            let r = ratio(inter, union);
            if r >= 0.5 {
                r
            } else {
                0.0
            }
        };
        let m = match_overlaps(&gh, &ph, iou);
        let ks = &mut acc.kinds[k];
        ks.overlap.add(Prf::new(m.len(), p.len(), g.len()));
        ks.exact
            .add(Prf::new(match_exact(&gh, &ph).len(), p.len(), g.len()));
        let mut e2e = 0;
        for &(gi, pi) in &m {
            let (gq, pq) = (g[gi], p[pi]);
            ks.matched += 1;
            if !gq.speaker_annotated {
                e2e += 1;
                continue;
            }
            ks.speaker_eligible += 1;
            let name_ok = match (&gq.speaker, &pq.speaker) {
                (Some(a), Some(b)) => same_speaker(a, b),
                (None, None) => true,
                _ => false,
            };
            let span_ok = match (gq.speaker_span, pq.speaker_span) {
                (Some(a), Some(b)) => overlap(a, b) > 0,
                _ => false,
            };
            if gq.speaker_span.is_some() {
                ks.span_eligible += 1;
                ks.speaker_span_ok += span_ok as usize;
            }
            ks.speaker_name_ok += name_ok as usize;
            let ok = name_ok || span_ok;
            ks.speaker_ok += ok as usize;
            e2e += ok as usize;
            if !ok && k == 2 {
                if let Some(errors) = errors.as_deref_mut() {
                    errors.push(item(
                        doc,
                        "quotes",
                        format!(
                            "wrong speaker: gold {:?}, Lede {:?}",
                            gq.speaker.as_deref().unwrap_or("none"),
                            pq.speaker.as_deref().unwrap_or("none")
                        ),
                        gh[gi].0,
                        gh[gi].1,
                    ));
                }
            }
        }
        ks.e2e.add(Prf::new(e2e, p.len(), g.len()));
        if k != 2 {
            continue;
        }
        let Some(errors) = errors.as_deref_mut() else {
            continue;
        };
        let mg: HashMap<usize, usize> = m.iter().copied().collect();
        let mp: HashMap<usize, usize> = m.iter().map(|&(a, b)| (b, a)).collect();
        for (gi, q) in g.iter().enumerate() {
            match mg.get(&gi) {
                None => {
                    let kind = if q.direct { "direct" } else { "indirect" };
                    let sp = q.speaker.as_deref().unwrap_or("none");
                    errors.push(item(
                        doc,
                        "quotes",
                        format!("missed {kind} ({sp})"),
                        gh[gi].0,
                        gh[gi].1,
                    ));
                }
                Some(&pi) if p[pi].direct != q.direct => {
                    errors.push(item(
                        doc,
                        "quotes",
                        "kind: gold and Lede disagree on direct/indirect".into(),
                        gh[gi].0,
                        gh[gi].1,
                    ));
                }
                _ => {}
            }
        }
        for (pi, q) in p.iter().enumerate() {
            if !mp.contains_key(&pi) {
                let kind = if q.direct { "direct" } else { "indirect" };
                let sp = q.speaker.as_deref().unwrap_or("none");
                errors.push(item(
                    doc,
                    "quotes",
                    format!("false alarm {kind} ({sp})"),
                    q.start,
                    q.end,
                ));
            }
        }
    }
}

/// Scores one document into `acc`: only the tasks the document is annotated for and the
/// system predicted. Predictions after `doc.scored_until` are dropped first.
pub fn score_doc(
    doc: &Doc,
    pred: &Predicted,
    acc: &mut Score,
    mut errors: Option<&mut Vec<ErrorItem>>,
) {
    acc.docs += 1;
    acc.bytes += doc.text.len();
    let limit = doc.scored_until.unwrap_or(usize::MAX);
    if let (Some(g), Some(p)) = (&doc.entities, &pred.entities) {
        let p: Vec<PredEntity> = p.iter().filter(|x| x.start < limit).cloned().collect();
        score_entities(
            doc,
            g,
            &p,
            acc.entities.get_or_insert_with(Default::default),
            errors.as_deref_mut(),
        );
    }
    if let (Some(g), Some(p)) = (&doc.timexes, &pred.timexes) {
        let p: Vec<PredTimex> = p.iter().filter(|x| x.start < limit).cloned().collect();
        score_dates(
            doc,
            g,
            &p,
            acc.dates.get_or_insert_with(Default::default),
            errors.as_deref_mut(),
        );
    }
    if let (Some(g), Some(p)) = (&doc.quotes, &pred.quotes) {
        let p: Vec<PredQuote> = p.iter().filter(|x| x.start < limit).cloned().collect();
        score_quotes(
            doc,
            g,
            &p,
            acc.quotes.get_or_insert_with(Default::default),
            errors,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc {
        Doc {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn speakers_match_without_case_accents_or_first_name() {
        assert!(same_speaker("Sergueï Lavrov", "LAVROV"));
        assert!(same_speaker("Sergueï Lavrov", "serguei lavrov"));
        assert!(same_speaker("a source", "the source"));
        assert!(!same_speaker("Sergueï Lavrov", "Sergueï Choïgou"));
        assert!(!same_speaker("Sergueï Lavrov", "Sergueï"));
    }

    #[test]
    fn quotes_match_on_half_the_union() {
        let d = doc("0123456789012345678901234567890123456789");
        let g = vec![GoldQuote {
            parts: vec![(0, 20)],
            direct: true,
            speaker: Some("Ana Ruiz".into()),
            speaker_span: None,
            cue: None,
            speaker_annotated: true,
        }];
        let pq = |s, e| PredQuote {
            start: s,
            end: e,
            direct: true,
            speaker: Some("Ruiz".into()),
            speaker_span: None,
        };
        let mut acc = QuoteScore::default();
        score_quotes(&d, &g, &[pq(0, 10)], &mut acc, None); // 10/20 = half: matched
        score_quotes(&d, &g, &[pq(0, 9)], &mut acc, None); // 9/20: not
        let all = &acc.kinds[2];
        assert_eq!(all.overlap.tp, 1);
        assert_eq!(all.overlap.fp, 1);
        assert_eq!(all.speaker_ok, 1);
        assert_eq!(all.exact.tp, 0);
        assert_eq!(acc.kinds[1].overlap.gold(), 0, "no indirect quotes");
    }

    #[test]
    fn grouping_counts_pairs_both_ways() {
        let d = doc("Ana Ruiz met Ruiz and Ana.");
        let ge = |s, e, g: &str| GoldEntity {
            start: s,
            end: e,
            kind: "PER".into(),
            group: Some(g.into()),
        };
        let pe = |s, e, g| PredEntity {
            start: s,
            end: e,
            kind: "PER".into(),
            group: g,
        };
        let gold = vec![
            ge(0, 8, "Ana Ruiz"),
            ge(13, 17, "Ana Ruiz"),
            ge(22, 25, "Ana Ruiz"),
        ];
        // Lede joins the first two and keeps "Ana" apart.
        let pred = vec![pe(0, 8, 0), pe(13, 17, 0), pe(22, 25, 1)];
        let mut acc = EntityScore::default();
        score_entities(&d, &gold, &pred, &mut acc, None);
        assert_eq!(acc.strict.f1(), 1.0);
        assert_eq!((acc.gold_pairs_joined, acc.gold_pairs), (1, 3));
        assert_eq!((acc.pred_pairs_joined, acc.pred_pairs), (1, 1));
    }

    #[test]
    fn dates_accept_any_listed_value_and_ignore_seconds() {
        let d = doc("tomorrow at 10");
        let g = vec![GoldTimex {
            start: 0,
            end: 14,
            kind: "TIME".into(),
            values: vec!["2016-11-08T10:00:00".into(), "2016-11-08T22:00".into()],
            modifier: None,
        }];
        let p = vec![PredTimex {
            start: 0,
            end: 8,
            kind: "TIME".into(),
            value: Some("2016-11-08T10:00".into()),
            modifier: None,
        }];
        let mut acc = DateScore::default();
        let mut errs = Vec::new();
        score_dates(&d, &g, &p, &mut acc, Some(&mut errs));
        assert_eq!(acc.strict.tp, 0);
        assert_eq!(acc.relaxed.tp, 1);
        assert_eq!(acc.value.tp, 1);
        assert_eq!(errs.len(), 1, "the span difference is listed");
    }

    #[test]
    fn date_values_compare_by_value_not_notation() {
        for (a, b) in [
            ("2000-W8", "2000-W08"),
            ("2000-w8-WE", "2000-W08-WE"),
            ("1989-11-06T17", "1989-11-06T17:00"),
            ("1989-10-27T24", "1989-10-27T24:00"),
            ("199X", "199"),
            ("19XX", "19"),
            ("P1E", "P10Y"),
            ("P2C", "P200Y"),
            ("P2.5Y", "P2Y6M"),
            ("PT1.5H", "PT1H30M"),
            ("PT0.5H", "PT30M"),
            ("P1.0Y", "P1Y"),
            ("2016-11-08T10:00:00", "2016-11-08T10:00"),
        ] {
            assert_eq!(norm_value(a), norm_value(b), "{a} = {b}");
        }
        for (a, b) in [
            ("2000-W18", "2000-W08"),
            ("1949-XX", "1949"),
            ("XXXX", "XX"),
            ("PXE", "PXY"),
            ("1998-02-17TNI", "1998-02-17T00:00"),
            ("P1D", "PT24H"),
            ("P2.5Y", "P2Y5M"),
        ] {
            assert_ne!(norm_value(a), norm_value(b), "{a} ≠ {b}");
        }
    }
}
