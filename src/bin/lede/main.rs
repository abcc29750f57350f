//! `lede` — the command line: `analyze`, `eval`, `bench`. Native only; thin over the core.

mod bench;
mod clock;
mod eval;

use std::io::{Read, Write};

// The analysis makes many small allocations (each stage's tables, the output's strings);
// mimalloc serves them faster than the system allocator (docs/performance.md, session 5).
// The CLI's choice only: the library and the wasm keep their platform's allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

const USAGE: &str = "\
lede — who, what was said, and when, in a news article

USAGE:
    lede analyze [FILE…] [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--lang xx] [--pretty]
        Prints the analysis as JSON (JSON Lines for several files; stdin when no file).
        --today: the reader's date, for a date line without a year (GENEVA, June 12).
    lede eval [PATH…] [--format NAME] [--json | --markdown] [--errors] [--max-errors N]
              [--predictions FILE.jsonl] [--dump-docs DIR] [--gold-as-predictions]
        Scores Lede against gold corpora (all dev corpora when no PATH; see docs/accuracy.md).
    lede bench [PATH…] [--runs N] [--json | --markdown]
        Measures throughput, whole and per stage (see docs/performance.md).
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("lede: unknown command {other:?}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn analyze(args: &[String]) -> ExitCode {
    let mut files = Vec::new();
    let mut options = lede::Options::default();
    let mut pretty = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        // `--date=2018-12-30` as well as `--date 2018-12-30`.
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        match flag {
            "--date" => match inline.or_else(|| it.next().cloned()) {
                Some(d) => options.reference_date = Some(d),
                None => return usage_error("--date needs a value, such as --date 2018-12-30"),
            },
            "--today" => match inline.or_else(|| it.next().cloned()) {
                Some(d) => options.today = Some(d),
                None => return usage_error("--today needs a value, such as --today 2026-11-29"),
            },
            "--lang" => match inline.or_else(|| it.next().cloned()) {
                Some(l) => options.language = Some(l),
                None => return usage_error("--lang needs a value, such as --lang fr"),
            },
            "--pretty" => pretty = true,
            // Everything after `--` is a file, even if it starts with `-`.
            "--" => files.extend(it.by_ref().cloned()),
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ => files.push(a.clone()),
        }
    }
    // Check the options once, before reading anything.
    if let Err(e) = lede::analyze("", &options) {
        eprintln!("lede: {e}");
        return ExitCode::from(2);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    // Several files give JSON Lines, one analysis per line, each with a leading "file"
    // key so a reader can tell which line is which even when a file failed.
    let lines = files.len() > 1;
    let inputs: Vec<Option<&String>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(Some).collect()
    };
    for input in inputs {
        let input = input.filter(|p| p.as_str() != "-");
        let name = input.map(String::as_str).unwrap_or("<stdin>");
        let text = match read_input(input) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("lede: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let analysis = match lede::analyze(&text, &options) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("lede: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let json = if pretty && !lines {
            serde_json::to_string_pretty(&analysis)
        } else {
            serde_json::to_string(&analysis)
        };
        let json = match json {
            Ok(j) if lines => match (serde_json::to_string(name), j.strip_prefix('{')) {
                (Ok(n), Some(rest)) => format!("{{\"file\":{n},{rest}"),
                _ => j,
            },
            Ok(j) => j,
            Err(e) => {
                eprintln!("lede: {name}: {e}");
                failed = true;
                continue;
            }
        };
        if writeln!(out, "{json}").and_then(|_| out.flush()).is_err() {
            // stdout is closed (a pipe into `head`): nothing more can be delivered.
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn read_input(path: Option<&String>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::IsADirectory => "is a directory, not a text file".to_string(),
                _ => e.to_string(),
            })?;
        }
        None => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())?;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 text (invalid bytes at byte offset {}); convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8",
            e.utf8_error().valid_up_to()
        )
    })
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("lede: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}
