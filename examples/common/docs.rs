//! The texts the stage benchmarks read (`lede eval --dump-docs DIR` writes them as
//! `DIR/docs.jsonl`), shared by `examples/stagebench.rs`, `quotebench.rs` and
//! `entbench.rs` (included by path).

use lede::calendar::Date;

/// One dev text: its language (the one given, else detected; `und` when neither), its
/// reference date, and the options `lede::analyze` would get.
#[allow(dead_code)] // (not every benchmark reads every field)
pub struct DevDoc {
    pub text: String,
    pub language: &'static str,
    pub reference: Option<Date>,
    pub options: lede::Options,
}

/// The benchmarks' arguments: `DOCS.jsonl [REPEATS] [DUMP]` (defaults `/tmp/docs.jsonl`,
/// 5, none).
pub fn args() -> (String, usize, Option<String>) {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "/tmp/docs.jsonl".into());
    let repeats = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    (path, repeats, args.next())
}

/// Every text of a `docs.jsonl` (unreadable lines are passed over).
pub fn load(path: &str) -> Vec<DevDoc> {
    let content = std::fs::read_to_string(path).unwrap_or_default();
    content
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let text = v["text"].as_str().unwrap_or("").to_string();
            let l = v["language"].as_str().unwrap_or("");
            let language = lede::language::DETECTABLE
                .iter()
                .find(|c| **c == l)
                .copied()
                .or_else(|| lede::language::detect::detect(&text).map(|d| d.code))
                .unwrap_or("und");
            let reference = v["reference_date"].as_str().and_then(Date::parse_iso);
            let options = lede::Options {
                language: v["language"].as_str().map(str::to_string),
                reference_date: v["reference_date"].as_str().map(str::to_string),
                ..Default::default()
            };
            DevDoc {
                text,
                language,
                reference,
                options,
            }
        })
        .collect()
}
