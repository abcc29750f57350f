//! `lede bench`: native throughput of the whole analysis and of each stage.
//!
//! ```text
//! lede bench [PATH…] [--runs N] [--json] [--markdown] [--dump FILE]
//! ```
//!
//! `--dump FILE` also writes every analysis (JSON Lines: `{"id":…,"analysis":…}`, in the
//! order measured) — the proof that a speed change left the output as it was
//! (`cmp` the dumps of the two builds).
//!
//! PATHs are gold corpora (read as `lede eval` reads them: the same rebuilt texts) or plain
//! text files; with none, every dev corpus and the gold articles. Each run analyzes every
//! text once, on one thread, timing the stages through `lede::analyze_timed`; after one
//! warm-up run, the median of `--runs` runs (default 5) is reported. MB = 10⁶ bytes of UTF-8.
//! The whole is timed in a run of its own, without the stages' clock reads (a system call
//! each, eight a text: about 3 % of the dev texts' time).
//!
//! Time is the thread's **CPU time** where the platform gives it (Linux), so that other
//! jobs on a shared machine do not count as Lede's time; the wall time of the whole is
//! reported beside it. Elsewhere, wall time only.

use crate::clock::Clock;
use crate::eval::{self, model::Doc};
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

struct Args {
    paths: Vec<String>,
    runs: usize,
    json: bool,
    markdown: bool,
    dump: Option<String>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args {
        paths: vec![],
        runs: 5,
        json: false,
        markdown: false,
        dump: None,
    };
    let mut it = args.iter();
    while let Some(x) = it.next() {
        match x.as_str() {
            "--runs" => {
                let v = it.next().ok_or("--runs needs a number, such as --runs 5")?;
                a.runs = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(format!("--runs needs a positive number, got {v:?}"))?;
            }
            "--dump" => {
                a.dump = Some(it.next().ok_or("--dump needs a file name")?.clone());
            }
            "--json" => a.json = true,
            "--markdown" => a.markdown = true,
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => a.paths.push(x.clone()),
        }
    }
    if a.paths.is_empty() {
        a.paths = eval::default_paths();
    }
    if a.paths.is_empty() {
        return Err(
            "no PATH given and no corpora found at $LEDE_CORPORA or ../shared/corpora".into(),
        );
    }
    Ok(a)
}

/// Texts to measure: gold documents, or plain files as they are.
fn load(paths: &[String]) -> (Vec<Doc>, usize) {
    let mut docs = Vec::new();
    let mut unreadable = 0;
    for p in paths {
        let path = std::path::Path::new(p);
        let is_gold = path.is_dir()
            || std::fs::read_to_string(path)
                .map(|c| eval::read::detect(path, &c).is_some())
                .unwrap_or(false);
        if is_gold {
            let mut errors = Vec::new();
            docs.extend(eval::read::collect(
                std::slice::from_ref(p),
                None,
                &mut errors,
            ));
            for e in &errors {
                eprintln!("lede bench: cannot read {e}");
            }
            unreadable += errors.len();
        } else {
            match std::fs::read_to_string(path) {
                Ok(text) => docs.push(Doc {
                    id: p.clone(),
                    corpus: "files".into(),
                    language: String::new(),
                    text,
                    ..Default::default()
                }),
                Err(e) => {
                    eprintln!("lede bench: {p}: {e}");
                    unreadable += 1;
                }
            }
        }
    }
    (docs, unreadable)
}

/// One run: total time and time per stage (the last entry, "output", is what follows the
/// last stage: offsets to UTF-16 and building the result).
fn run_once(docs: &[(Doc, lede::Options)], clock: Clock) -> (Duration, Duration, Vec<Duration>) {
    let mut stages = vec![Duration::ZERO; lede::STAGES.len() + 1];
    let wall = Instant::now();
    let start = clock.now();
    for (d, opts) in docs {
        let mut last = clock.now();
        let mut i = 0;
        let r = lede::analyze_timed(&d.text, opts, &mut |_stage| {
            let now = clock.now();
            if let Some(s) = stages.get_mut(i) {
                *s += now.saturating_sub(last);
            }
            last = now;
            i += 1;
        });
        let end = clock.now();
        if let Some(s) = stages.last_mut() {
            *s += end.saturating_sub(last);
        }
        std::hint::black_box(r.ok());
    }
    (clock.now().saturating_sub(start), wall.elapsed(), stages)
}

/// One run of the whole analysis alone: thread CPU and wall time, with no clock read
/// between texts. (Reading the thread's CPU clock is a system call; the per-stage run
/// reads it eight times a text: about 3 % of the whole on the dev texts, measured —
/// time that is the benchmark's, not Lede's.)
fn run_whole(docs: &[(Doc, lede::Options)], clock: Clock) -> (Duration, Duration) {
    let wall = Instant::now();
    let start = clock.now();
    for (d, opts) in docs {
        std::hint::black_box(lede::analyze(&d.text, opts).ok());
    }
    (clock.now().saturating_sub(start), wall.elapsed())
}

/// Writes every analysis (or its error) as a JSON line, in the order measured.
fn dump(docs: &[(Doc, lede::Options)], path: &str) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (d, opts) in docs {
        let value = match lede::analyze(&d.text, opts) {
            Ok(a) => serde_json::json!({ "id": d.id, "analysis": a }),
            Err(e) => serde_json::json!({ "id": d.id, "error": e.to_string() }),
        };
        writeln!(out, "{value}")?;
    }
    out.flush()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

pub fn run(args: &[String]) -> ExitCode {
    let a = match parse(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("lede bench: {e}");
            return ExitCode::from(2);
        }
    };
    let (docs, unreadable) = load(&a.paths);
    if docs.is_empty() {
        eprintln!("lede bench: no text to measure");
        return ExitCode::from(1);
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let docs: Vec<(Doc, lede::Options)> = docs
        .into_iter()
        .map(|d| {
            let o = eval::predict::options(&d);
            (d, o)
        })
        .collect();
    if let Some(path) = &a.dump {
        if let Err(e) = dump(&docs, path) {
            eprintln!("lede bench: {path}: {e}");
            return ExitCode::from(1);
        }
    }
    let clock = Clock::new();
    run_once(&docs, clock); // warm-up
    let mut totals = Vec::new();
    let mut walls = Vec::new();
    let mut per_stage: Vec<Vec<Duration>> = vec![Vec::new(); lede::STAGES.len() + 1];
    for _ in 0..a.runs {
        // the whole, uninstrumented; then the stages (their sum includes the clock reads)
        let (t, w) = run_whole(&docs, clock);
        totals.push(t);
        walls.push(w);
        let (_, _, s) = run_once(&docs, clock);
        for (k, d) in s.into_iter().enumerate() {
            per_stage[k].push(d);
        }
    }
    let total = median(totals);
    let wall = median(walls);
    let clock_name = format!("{} time", clock.kind());
    let mbs = |d: Duration| {
        let s = d.as_secs_f64();
        if s > 0.0 {
            bytes as f64 / 1e6 / s
        } else {
            f64::INFINITY
        }
    };
    let names: Vec<&str> = lede::STAGES.iter().copied().chain(["output"]).collect();
    let stages: Vec<(&str, Duration)> = names
        .iter()
        .copied()
        .zip(per_stage.into_iter().map(median))
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let threads = 1;
    let res = if a.json {
        let v = serde_json::json!({
            "documents": docs.len(), "bytes": bytes, "runs": a.runs, "threads": threads,
            "clock": clock_name, "seconds": total.as_secs_f64(), "mb_per_s": mbs(total),
            "wall_seconds": wall.as_secs_f64(), "wall_mb_per_s": mbs(wall),
            "stages": stages.iter().map(|(n, d)| serde_json::json!({
                "stage": n, "seconds": d.as_secs_f64(), "mb_per_s": mbs(*d),
                "share": d.as_secs_f64() / total.as_secs_f64().max(1e-12),
            })).collect::<Vec<_>>(),
        });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).unwrap_or_default()
        )
    } else {
        let mut s = String::new();
        let md = a.markdown;
        if md {
            s.push_str("| stage | median time (ms) | MB/s | share |\n|---|---:|---:|---:|\n");
        } else {
            s.push_str(&format!(
                "{} texts, {:.2} MB, median of {} runs, one thread, {clock_name}\n{:<10} {:>12} {:>10} {:>7}\n",
                docs.len(),
                bytes as f64 / 1e6,
                a.runs,
                "stage",
                "time (ms)",
                "MB/s",
                "share"
            ));
        }
        let mut row = |name: &str, d: Duration| {
            let share = 100.0 * d.as_secs_f64() / total.as_secs_f64().max(1e-12);
            let ms = d.as_secs_f64() * 1e3;
            if md {
                s.push_str(&format!(
                    "| {name} | {ms:.1} | {:.1} | {share:.0}% |\n",
                    mbs(d)
                ));
            } else {
                s.push_str(&format!(
                    "{name:<10} {ms:>12.1} {:>10.1} {share:>6.0}%\n",
                    mbs(d)
                ));
            }
        };
        for (n, d) in &stages {
            row(n, *d);
        }
        row("whole", total);
        if clock.cpu {
            row("wall", wall);
        }
        if md {
            s.push_str(&format!(
                "\n{} texts, {:.2} MB, median of {} runs (after one warm-up run), one thread, {clock_name}.\n",
                docs.len(),
                bytes as f64 / 1e6,
                a.runs
            ));
        }
        write!(out, "{s}")
    };
    if res.is_err() {
        return ExitCode::from(1);
    }
    if unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
