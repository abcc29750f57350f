//! The regression corpus: every file in `tests/regressions/` (inputs that once broke
//! the analysis — found by the fuzzer, the property tests or by hand, see the README
//! there) and the fuzz seed corpus `fuzz/corpus/analyze/`, analyzed with every invariant
//! of the contract checked (`tests/common/mod.rs`), each well within a time bound.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    out.sort();
    out
}

/// Analyzes the file's bytes whole and without their first byte (a fuzz artifact's
/// options byte), with and without a reference date; every invariant must hold.
fn run(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let whole = String::from_utf8_lossy(&bytes).into_owned();
    let rest = String::from_utf8_lossy(bytes.get(1..).unwrap_or_default()).into_owned();
    for text in [&whole, &rest] {
        for o in [
            lede::Options::default(),
            lede::Options {
                reference_date: Some("2018-12-30".into()),
                ..Default::default()
            },
        ] {
            let t = Instant::now();
            let outcome = std::panic::catch_unwind(|| common::invariants(text, &o));
            let took = t.elapsed();
            match outcome {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err("panicked (see above)".into()),
            }
            // Every file here is small: seconds would mean something went quadratic.
            if took > Duration::from_secs(10) {
                return Err(format!("took {took:?}"));
            }
        }
    }
    Ok(())
}

fn run_all(dir: &str, at_least: usize) {
    let files = files(dir);
    assert!(files.len() >= at_least, "{dir} has {} files", files.len());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|p| run(p).err().map(|e| format!("{}: {e}", p.display())))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} inputs in {dir} fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn regression_inputs_hold() {
    run_all("tests/regressions", 0);
}

#[test]
fn fuzz_seed_corpus_holds() {
    run_all("fuzz/corpus/analyze", 10);
}
