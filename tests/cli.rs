//! `lede analyze` from the outside: one file gives one JSON document, several give JSON
//! Lines (each naming its file), no file reads stdin; a missing file, bytes that are not
//! UTF-8 or a bad option give a clear message on stderr and a non-zero exit, and nothing
//! is lost from the other files.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const FR: &str = "Le port de Marseille rouvre après la grève\n\n12 avril 2023 à 10h30\n\nMARSEILLE (AFP) - Le trafic a repris mercredi, a annoncé la direction du port.";
const EN: &str = "Bridge reopens after repairs\n\nApril 12, 2023 10:30\n\nThe bridge reopened on Wednesday, officials said.";

fn lede(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs lede");
    if let Some(bytes) = stdin {
        // lede may exit before reading (bad options): a broken pipe is fine then.
        let _ = child.stdin.take().expect("stdin").write_all(bytes);
    }
    child.wait_with_output().expect("lede finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory of this test's own (tests run in parallel).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lede-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("writes fixture");
    p.display().to_string()
}

#[test]
fn one_file_gives_one_json_document() {
    let dir = scratch("one");
    let f = write(&dir, "fr.txt", FR.as_bytes());
    let o = lede(&["analyze", &f], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "compact JSON on one line");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["language"], "fr");
    assert_eq!(v["reference_date"], "2023-04-12");
    assert_eq!(v["reference_source"], "dateline");
    assert!(v.get("file").is_none(), "no file key for a single file");
}

#[test]
fn pretty_prints_indented_json() {
    let dir = scratch("pretty");
    let f = write(&dir, "en.txt", EN.as_bytes());
    let o = lede(&["analyze", "--pretty", &f], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().count() > 10, "indented");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["language"], "en");
}

#[test]
fn stdin_when_no_file_or_dash() {
    for args in [vec!["analyze"], vec!["analyze", "-"]] {
        let o = lede(&args, Some(EN.as_bytes()));
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
        assert_eq!(v["language"], "en");
        assert_eq!(v["reference_date"], "2023-04-12");
    }
    let o = lede(&["analyze"], Some(b""));
    assert!(o.status.success(), "empty stdin is an empty analysis");
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["entities"], serde_json::json!([]));
}

#[test]
fn options_take_effect_in_both_spellings() {
    for args in [
        vec!["analyze", "--date", "2024-01-31", "--lang", "fr"],
        vec!["analyze", "--date=2024-01-31", "--lang=fr"],
    ] {
        let o = lede(&args, Some(EN.as_bytes()));
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
        assert_eq!(v["reference_date"], "2024-01-31");
        assert_eq!(v["reference_source"], "option");
        assert_eq!(v["language"], "fr");
        assert_eq!(v["language_detected"], false);
    }
}

#[test]
fn several_files_give_json_lines_and_a_failure_loses_nothing() {
    let dir = scratch("several");
    let a = write(&dir, "a.txt", FR.as_bytes());
    let bad = write(&dir, "latin1.txt", b"Le caf\xe9 de la gare\n");
    let missing = dir.join("missing.txt").display().to_string();
    let b = write(&dir, "b.txt", EN.as_bytes());
    let o = lede(&["analyze", &a, &missing, &bad, &b, "--pretty"], None);
    assert_eq!(
        o.status.code(),
        Some(1),
        "a failed file makes the exit non-zero"
    );
    let out = stdout(&o);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "both readable files analyzed, one line each"
    );
    assert_eq!(lines[0]["file"], a.as_str());
    assert_eq!(lines[0]["language"], "fr");
    assert_eq!(lines[1]["file"], b.as_str());
    assert_eq!(lines[1]["language"], "en");
    let err = stderr(&o);
    assert!(err.contains(&format!("{missing}: no such file")), "{err}");
    assert!(
        err.contains(&format!(
            "{bad}: not valid UTF-8 text (invalid bytes at byte offset 6)"
        )),
        "{err}"
    );
}

#[test]
fn bad_options_fail_before_reading_with_exit_2() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["analyze", "--date", "30/12/2018"],
            "invalid reference date \"30/12/2018\"",
        ),
        (&["analyze", "--date=2023-02-29"], "YYYY-MM-DD"),
        (&["analyze", "--lang", "xx"], "unknown language \"xx\""),
        (&["analyze", "--date"], "--date needs a value"),
        (&["analyze", "--colour"], "unknown option --colour"),
    ];
    for (args, want) in cases {
        let o = lede(args, Some(FR.as_bytes()));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stdout(&o).is_empty(), "{args:?}: nothing on stdout");
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn a_directory_or_junk_is_reported_not_a_crash() {
    let dir = scratch("junk");
    let junk: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
    let j = write(&dir, "junk.bin", &junk);
    let d = dir.display().to_string();
    let o = lede(&["analyze", &j, &d], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    let err = stderr(&o);
    assert!(err.contains("not valid UTF-8"), "{err}");
    assert!(err.contains(&format!("{d}: is a directory")), "{err}");
    // Control characters and NULs are valid UTF-8: analyzed, not refused.
    let o = lede(&["analyze"], Some(b"\0\x01\x02 abc \x7f\n\n\0"));
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn unknown_command_and_help() {
    let o = lede(&["analyse"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown command \"analyse\""));
    let o = lede(&["--help"], None);
    assert!(o.status.success());
    assert!(stdout(&o).contains("lede analyze"));
}
