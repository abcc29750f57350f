//! `lede eval`: scores Lede (or a system's predictions) against gold corpora in their
//! original formats. Native only; nothing here is part of the library or the wasm.
//!
//! ```text
//! lede eval [PATH…] [--format NAME] [--json] [--markdown] [--errors] [--max-errors N]
//!           [--predictions FILE.jsonl] [--dump-docs DIR]
//! ```
//!
//! With no PATH, every dev corpus (`$LEDE_CORPORA`, default `../shared/corpora`, each
//! `*/dev`), the seed gold (`$LEDE_GOLD`, default `../shared/gold`) and the project's own
//! gold articles (`tests/gold`, labelled `lede_gold`) are scored.

pub mod model;
pub mod predict;
pub mod read;
pub mod report;
pub mod score;
pub mod xml;

use model::{Doc, Predicted};
use report::Scores;
use score::ErrorItem;
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

/// The default inputs: every `*/dev` folder of the corpora and the gold articles.
pub fn default_paths() -> Vec<String> {
    let corpora = std::env::var("LEDE_CORPORA").unwrap_or_else(|_| "../shared/corpora".into());
    let gold = std::env::var("LEDE_GOLD").unwrap_or_else(|_| "../shared/gold".into());
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&corpora) {
        let mut dirs: Vec<_> = rd
            .filter_map(|e| e.ok().map(|e| e.path().join("dev")))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        out.extend(dirs.into_iter().map(|p| p.to_string_lossy().into_owned()));
    }
    if std::path::Path::new(&gold).is_dir() {
        out.push(gold);
    }
    // The project's own gold articles, written for Lede (tests/gold/README.md).
    if std::path::Path::new("tests/gold").is_dir() {
        out.push("tests/gold".into());
    }
    out
}

struct Args {
    paths: Vec<String>,
    format: Option<read::Format>,
    json: bool,
    markdown: bool,
    errors: bool,
    max_errors: usize,
    predictions: Option<String>,
    dump: Option<String>,
    gold_as_predictions: bool,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut a = Args {
        paths: vec![],
        format: None,
        json: false,
        markdown: false,
        errors: false,
        max_errors: usize::MAX,
        predictions: None,
        dump: None,
        gold_as_predictions: false,
    };
    let mut it = args.iter();
    while let Some(x) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match x.as_str() {
            "--format" => {
                let v = value("--format")?;
                a.format = Some(read::Format::parse(&v).ok_or(format!(
                    "unknown format {v:?}: expected one of {}",
                    read::FORMATS
                ))?);
            }
            "--json" => a.json = true,
            "--markdown" => a.markdown = true,
            "--errors" => a.errors = true,
            "--max-errors" => {
                let v = value("--max-errors")?;
                a.max_errors = v
                    .parse()
                    .map_err(|_| format!("--max-errors needs a number, got {v:?}"))?;
                a.errors = true;
            }
            "--predictions" => a.predictions = Some(value("--predictions")?),
            "--dump-docs" => a.dump = Some(value("--dump-docs")?),
            "--gold-as-predictions" => a.gold_as_predictions = true,
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.paths.push(x.clone()),
        }
    }
    if a.paths.is_empty() {
        a.paths = default_paths();
        if a.paths.is_empty() {
            return Err(
                "no PATH given and no corpora found at $LEDE_CORPORA or ../shared/corpora".into(),
            );
        }
    }
    Ok(a)
}

/// Runs `f` on every document, on all cores.
pub fn par_map<T: Send>(docs: &[Doc], f: impl Fn(&Doc) -> T + Sync) -> Vec<T> {
    let n = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(docs.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut out: Vec<Option<T>> = (0..docs.len()).map(|_| None).collect();
    let results = std::sync::Mutex::new(&mut out);
    std::thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(d) = docs.get(i) else { break };
                let r = f(d);
                if let Ok(mut g) = results.lock() {
                    g[i] = Some(r);
                }
            });
        }
    });
    out.into_iter().flatten().collect()
}

/// Reads `--predictions`: JSON Lines, each an `Analysis`-shaped object with an `"id"`
/// naming the document (as written by `--dump-docs`).
fn read_predictions(
    path: &str,
) -> Result<std::collections::HashMap<String, serde_json::Value>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = std::collections::HashMap::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{path}:{}: not valid JSON: {e}", i + 1))?;
        let id = v
            .get("id")
            .and_then(|x| x.as_str())
            .ok_or(format!("{path}:{}: no \"id\"", i + 1))?;
        out.insert(id.to_string(), v);
    }
    Ok(out)
}

/// Writes `docs.jsonl` into `dir`: one line per document with its id, corpus, language,
/// reference date, text and whether each task is annotated — what another system needs to
/// produce predictions for exactly the same texts.
fn dump_docs(dir: &str, docs: &[Doc]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    let path = std::path::Path::new(dir).join("docs.jsonl");
    let mut f = std::io::BufWriter::new(
        std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?,
    );
    for d in docs {
        let line = serde_json::json!({
            "id": d.id, "corpus": d.corpus, "language": d.language,
            "reference_date": predict::options(d).reference_date, "text": d.text,
            "tasks": {"entities": d.entities.is_some(), "dates": d.timexes.is_some(), "quotes": d.quotes.is_some()},
        });
        writeln!(f, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Scores `docs` against `preds` (same order), grouped by corpus and language.
pub fn score_all(
    docs: &[Doc],
    preds: &[Option<Predicted>],
    mut errors: Option<&mut Vec<ErrorItem>>,
) -> Scores {
    let mut scores = Scores::new();
    for (d, p) in docs.iter().zip(preds) {
        let Some(p) = p else { continue };
        let acc = scores
            .entry((d.corpus.clone(), d.language.clone()))
            .or_default();
        score::score_doc(d, p, acc, errors.as_deref_mut());
    }
    scores
}

pub fn run(args: &[String]) -> ExitCode {
    let a = match parse_args(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("lede eval: {e}");
            return ExitCode::from(2);
        }
    };
    let t0 = Instant::now();
    let mut read_errors = Vec::new();
    let docs = read::collect(&a.paths, a.format, &mut read_errors);
    for e in &read_errors {
        eprintln!("lede eval: cannot read {e}");
    }
    if let Some(dir) = &a.dump {
        if let Err(e) = dump_docs(dir, &docs) {
            eprintln!("lede eval: {e}");
            return ExitCode::from(1);
        }
        eprintln!(
            "lede eval: wrote {} documents to {dir}/docs.jsonl",
            docs.len()
        );
        return ExitCode::SUCCESS;
    }
    let mut failures = 0usize;
    let preds: Vec<Option<Predicted>> = match &a.predictions {
        _ if a.gold_as_predictions => docs.iter().map(|d| Some(predict::from_gold(d))).collect(),
        Some(path) => match read_predictions(path) {
            Ok(map) => docs
                .iter()
                .map(|d| map.get(&d.id).map(|v| predict::from_json(v, &d.text)))
                .collect(),
            Err(e) => {
                eprintln!("lede eval: {e}");
                return ExitCode::from(1);
            }
        },
        None => par_map(&docs, |d| match predict::lede(d) {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("lede eval: {}: Lede failed: {e}", d.id);
                None
            }
        }),
    };
    if a.predictions.is_none() {
        // Lede failed on these (a document missing from a predictions file is just skipped).
        failures += preds.iter().filter(|p| p.is_none()).count();
    }
    let mut errs = Vec::new();
    let scores = score_all(&docs, &preds, a.errors.then_some(&mut errs));
    let secs = t0.elapsed().as_secs_f64();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = if a.json {
        let v = serde_json::json!({
            "corpora": report::json(&scores),
            "documents": docs.len(),
            "read_errors": read_errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
            "seconds": secs,
        });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        )
    } else if a.markdown {
        writeln!(out, "{}", report::markdown(&scores))
    } else {
        writeln!(
            out,
            "{}\n{} documents scored in {secs:.1} s{}",
            report::text(&scores),
            docs.len(),
            if read_errors.is_empty() {
                String::new()
            } else {
                format!("; {} unreadable (see above)", read_errors.len())
            }
        )
    };
    if result.is_err() {
        return ExitCode::from(1);
    }
    if a.errors {
        for e in errs.iter().take(a.max_errors) {
            let _ = writeln!(out, "{}\t{}\t{}\t{}", e.doc, e.task, e.what, e.context);
        }
        if errs.len() > a.max_errors {
            let _ = writeln!(out, "… {} more", errs.len() - a.max_errors);
        }
    }
    if read_errors.is_empty() && failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
