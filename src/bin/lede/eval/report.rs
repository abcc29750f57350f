//! Printing scores: aligned text tables, Markdown tables (for `docs/accuracy.md`) and a
//! JSON summary (`--json`).

use super::score::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub type Scores = BTreeMap<(String, String), Score>;

struct Table {
    title: &'static str,
    head: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn text(&self) -> String {
        let mut w: Vec<usize> = self.head.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                w[i] = w[i].max(c.chars().count());
            }
        }
        let line = |cells: Vec<&str>| {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let pad = w[i].saturating_sub(c.chars().count());
                    if i < 3 {
                        format!("{c}{}", " ".repeat(pad))
                    } else {
                        format!("{}{c}", " ".repeat(pad))
                    }
                })
                .collect::<Vec<_>>()
                .join("  ")
                .trim_end()
                .to_string()
        };
        let mut s = format!("{}\n{}\n", self.title, line(self.head.clone()));
        for r in &self.rows {
            s.push_str(&line(r.iter().map(String::as_str).collect()));
            s.push('\n');
        }
        s
    }

    fn markdown(&self) -> String {
        let mut s = format!("### {}\n\n| {} |\n|", self.title, self.head.join(" | "));
        for i in 0..self.head.len() {
            s.push_str(if i < 3 { "---|" } else { "---:|" });
        }
        s.push('\n');
        for r in &self.rows {
            s.push_str(&format!("| {} |\n", r.join(" | ")));
        }
        s
    }
}

fn f(x: f64) -> String {
    format!("{x:.3}")
}

fn acc(a: usize, b: usize) -> String {
    if b == 0 {
        "–".into()
    } else {
        f(ratio(a, b))
    }
}

fn tables(scores: &Scores) -> Vec<Table> {
    let mut ent = Table {
        title: "Entities (exact span and type, CoNLL style; F1 per type; grouping = share of pairs joined)",
        head: vec![
            "corpus", "lang", "docs", "gold", "Lede", "P", "R", "F1", "untyped F1", "overlap F1", "PER", "ORG",
            "LOC", "MISC", "group gold→Lede", "group Lede→gold",
        ],
        rows: vec![],
    };
    let mut dat = Table {
        title: "Dates (TempEval-3 style: strict = exact span, relaxed = overlap; type/value accuracy on relaxed matches)",
        head: vec![
            "corpus", "lang", "docs", "gold", "Lede", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
            "relaxed F1", "type acc", "value acc", "value F1",
        ],
        rows: vec![],
    };
    let mut quo = Table {
        title: "Quotes (match = overlap ≥ half the union; speaker accuracy on matches, right by name or by span; end-to-end = matched with the right speaker)",
        head: vec![
            "corpus", "lang", "kind", "docs", "gold", "Lede", "P", "R", "F1", "exact F1", "speaker acc",
            "by name", "by span", "e2e F1",
        ],
        rows: vec![],
    };
    for ((corpus, lang), s) in scores {
        if let Some(e) = &s.entities {
            let t = |k: &str| {
                e.per_type
                    .get(k)
                    .map(|p| f(p.f1()))
                    .unwrap_or_else(|| "–".into())
            };
            ent.rows.push(vec![
                corpus.clone(),
                lang.clone(),
                e.docs.to_string(),
                e.strict.gold().to_string(),
                e.strict.predicted().to_string(),
                f(e.strict.p()),
                f(e.strict.r()),
                f(e.strict.f1()),
                f(e.untyped.f1()),
                f(e.overlap.f1()),
                t("PER"),
                t("ORG"),
                t("LOC"),
                t("MISC"),
                acc(e.gold_pairs_joined, e.gold_pairs),
                acc(e.pred_pairs_joined, e.pred_pairs),
            ]);
        }
        if let Some(d) = &s.dates {
            dat.rows.push(vec![
                corpus.clone(),
                lang.clone(),
                d.docs.to_string(),
                d.strict.gold().to_string(),
                d.strict.predicted().to_string(),
                f(d.strict.p()),
                f(d.strict.r()),
                f(d.strict.f1()),
                f(d.relaxed.p()),
                f(d.relaxed.r()),
                f(d.relaxed.f1()),
                acc(d.type_ok, d.matched),
                acc(d.value_ok, d.matched),
                f(d.value.f1()),
            ]);
        }
        if let Some(q) = &s.quotes {
            for (k, name) in QUOTE_KINDS.iter().enumerate() {
                let x = &q.kinds[k];
                // Nothing scored for this kind (a corpus of direct speech only).
                if x.overlap.tp + x.overlap.fp + x.overlap.fn_ == 0 {
                    continue;
                }
                quo.rows.push(vec![
                    corpus.clone(),
                    lang.clone(),
                    name.to_string(),
                    q.docs.to_string(),
                    x.overlap.gold().to_string(),
                    x.overlap.predicted().to_string(),
                    f(x.overlap.p()),
                    f(x.overlap.r()),
                    f(x.overlap.f1()),
                    f(x.exact.f1()),
                    acc(x.speaker_ok, x.speaker_eligible),
                    acc(x.speaker_name_ok, x.speaker_eligible),
                    acc(x.speaker_span_ok, x.span_eligible),
                    f(x.e2e.f1()),
                ]);
            }
        }
    }
    [ent, dat, quo]
        .into_iter()
        .filter(|t| !t.rows.is_empty())
        .collect()
}

pub fn text(scores: &Scores) -> String {
    tables(scores)
        .iter()
        .map(Table::text)
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn markdown(scores: &Scores) -> String {
    tables(scores)
        .iter()
        .map(Table::markdown)
        .collect::<Vec<_>>()
        .join("\n")
}

fn prf(p: &Prf) -> Value {
    json!({"tp": p.tp, "fp": p.fp, "fn": p.fn_, "p": p.p(), "r": p.r(), "f1": p.f1()})
}

fn opt_ratio(a: usize, b: usize) -> Value {
    if b == 0 {
        Value::Null
    } else {
        json!(ratio(a, b))
    }
}

pub fn json(scores: &Scores) -> Value {
    let mut out = Vec::new();
    for ((corpus, lang), s) in scores {
        let mut o = json!({"corpus": corpus, "language": lang, "docs": s.docs, "bytes": s.bytes});
        if let Some(e) = &s.entities {
            let per_type: serde_json::Map<String, Value> = e
                .per_type
                .iter()
                .map(|(k, v)| (k.clone(), prf(v)))
                .collect();
            o["entities"] = json!({
                "docs": e.docs, "strict": prf(&e.strict), "untyped": prf(&e.untyped),
                "overlap": prf(&e.overlap), "per_type": per_type,
                "grouping": {
                    "gold_pairs": e.gold_pairs, "gold_pairs_joined_by_lede": e.gold_pairs_joined,
                    "gold_to_lede": opt_ratio(e.gold_pairs_joined, e.gold_pairs),
                    "lede_pairs": e.pred_pairs, "lede_pairs_joined_in_gold": e.pred_pairs_joined,
                    "lede_to_gold": opt_ratio(e.pred_pairs_joined, e.pred_pairs),
                }
            });
        }
        if let Some(d) = &s.dates {
            o["dates"] = json!({
                "docs": d.docs, "strict": prf(&d.strict), "relaxed": prf(&d.relaxed),
                "matched": d.matched,
                "type_accuracy": opt_ratio(d.type_ok, d.matched),
                "value_accuracy": opt_ratio(d.value_ok, d.matched),
                "mod_accuracy": opt_ratio(d.mod_ok, d.matched),
                "value": prf(&d.value),
            });
        }
        if let Some(q) = &s.quotes {
            let mut kinds = serde_json::Map::new();
            for (k, name) in QUOTE_KINDS.iter().enumerate() {
                let x = &q.kinds[k];
                // Nothing scored for this kind (a corpus of direct speech only).
                if x.overlap.tp + x.overlap.fp + x.overlap.fn_ == 0 {
                    continue;
                }
                kinds.insert(
                    name.to_string(),
                    json!({
                        "overlap": prf(&x.overlap), "exact": prf(&x.exact), "matched": x.matched,
                        "speaker_accuracy": opt_ratio(x.speaker_ok, x.speaker_eligible),
                        "speaker_name_accuracy": opt_ratio(x.speaker_name_ok, x.speaker_eligible),
                        "speaker_span_accuracy": opt_ratio(x.speaker_span_ok, x.span_eligible),
                        "end_to_end": prf(&x.e2e),
                    }),
                );
            }
            o["quotes"] = json!({"docs": q.docs, "kinds": kinds});
        }
        out.push(o);
    }
    Value::Array(out)
}
