//! Readers: gold in its original formats → [`Doc`]s with byte offsets.
//!
//! A path is a file or a folder (walked recursively, in name order). The format is named
//! with `--format` or detected from the file's name and first bytes. The corpus label
//! (what scores are grouped by) is the folder above `dev/` (`tempeval3_en`), `gold` for
//! the gold articles, plus a part for Sequoia (`/estrepublicain`, `/other`).

pub mod aads;
pub mod conll;
pub mod gold_json;
pub mod hipe;
pub mod meantime;
pub mod polnear;
pub mod recognizers;
pub mod sequoia;
pub mod timeml;

use super::model::{Doc, ReadError};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    GoldJson,
    Conll,
    TimeMl,
    Meantime,
    Sequoia,
    Hipe,
    Polnear,
    Recognizers,
    Aads,
}

pub const FORMATS: &str =
    "gold, conll, timeml, meantime, sequoia, hipe, polnear, recognizers, aads";

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "gold" | "json" | "gold-json" => Format::GoldJson,
            "conll" | "conll2003" => Format::Conll,
            "timeml" | "tml" | "tempeval" => Format::TimeMl,
            "meantime" | "cat" => Format::Meantime,
            "sequoia" | "parseme" | "frsemcor" => Format::Sequoia,
            "hipe" | "hipe2020" => Format::Hipe,
            "polnear" | "brat" => Format::Polnear,
            "recognizers" | "recognizers-text" => Format::Recognizers,
            "aads" => Format::Aads,
            _ => return None,
        })
    }
}

/// Files that are documentation, not data.
fn ignored(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with('.')
        || lower.starts_with("readme")
        || lower.starts_with("license")
        || lower.ends_with(".md")
        || lower.ends_with(".py")
        || lower.ends_with(".pdf")
        || lower == "metadata.tsv"
        || lower == "original_docs"
}

/// Detects a file's format from its name and content; `None` = not a gold file.
pub fn detect(path: &Path, content: &str) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let head: String = content
        .trim_start_matches('\u{feff}')
        .chars()
        .take(4000)
        .collect();
    let trimmed = head.trim_start();
    if name.ends_with(".tml") || head.contains("<TimeML") {
        return Some(Format::TimeMl);
    }
    if head.contains("<Document") && head.contains("<token") {
        return Some(Format::Meantime);
    }
    if name.ends_with(".ann") {
        return Some(Format::Polnear);
    }
    if name.ends_with(".json") {
        return Some(if trimmed.starts_with('[') {
            Format::Recognizers
        } else {
            Format::GoldJson
        });
    }
    if head.starts_with("token\tsentstart\ttoken_idx\tlabel") {
        return Some(Format::Aads);
    }
    if head.starts_with("TOKEN\tNE-COARSE-LIT") {
        return Some(Format::Hipe);
    }
    if head.contains("# global.columns") || name.ends_with(".frsemcor") || name.ends_with(".cupt") {
        return Some(Format::Sequoia);
    }
    if head.contains("-DOCSTART-") {
        return Some(Format::Conll);
    }
    None
}

/// The corpus label for a file.
pub fn corpus_of(path: &Path) -> String {
    let comps: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let mut label = match comps.iter().rposition(|c| c == "dev") {
        Some(i) if i > 0 => comps[i - 1].clone(),
        _ => {
            // The project's own gold articles (tests/gold) apart from the shared seed.
            if comps.windows(2).any(|w| w[0] == "tests" && w[1] == "gold") {
                "lede_gold".to_string()
            } else if comps.iter().any(|c| c == "gold") {
                "gold".to_string()
            } else {
                path.parent()
                    .and_then(|p| p.file_name())
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "files".into())
            }
        }
    };
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if label.starts_with("sequoia") || name.contains("frsemcor") {
        if name.contains("estrepublicain") {
            label.push_str("/estrepublicain");
        } else if name.contains("other") {
            label.push_str("/other");
        }
    }
    label
}

fn walk(path: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<ReadError>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                errors.push(ReadError::new(&path.to_string_lossy(), None, e.to_string()));
                return;
            }
        };
        entries.sort();
        for e in entries {
            let name = e
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !ignored(&name) {
                walk(&e, out, errors);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// Reads every gold document under `paths`. Files that cannot be read are reported in
/// `errors` (by name and line) and skipped; files of no known format are skipped silently
/// when found in a folder and reported when named directly.
pub fn collect(paths: &[String], format: Option<Format>, errors: &mut Vec<ReadError>) -> Vec<Doc> {
    let mut docs = Vec::new();
    for p in paths {
        let root = Path::new(p);
        if !root.exists() {
            errors.push(ReadError::new(p, None, "no such file or folder"));
            continue;
        }
        let mut files = Vec::new();
        walk(root, &mut files, errors);
        let named = files.len() == 1 && !root.is_dir();
        for f in files {
            let fname = f.to_string_lossy().into_owned();
            let bytes = match std::fs::read(&f) {
                Ok(b) => b,
                Err(e) => {
                    errors.push(ReadError::new(&fname, None, e.to_string()));
                    continue;
                }
            };
            let content = match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => {
                    let valid = e.utf8_error().valid_up_to();
                    let line = e.as_bytes()[..valid]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count()
                        + 1;
                    errors.push(ReadError::new(&fname, Some(line), "not valid UTF-8"));
                    continue;
                }
            };
            let content = content.trim_start_matches('\u{feff}');
            let Some(fmt) = format.or_else(|| detect(&f, content)) else {
                if named {
                    errors.push(ReadError::new(
                        &fname,
                        None,
                        format!("unknown format; name one with --format ({FORMATS})"),
                    ));
                }
                continue;
            };
            let corpus = corpus_of(&f);
            let before = errors.len();
            let mut got = read_one(fmt, &f, content, &corpus, errors);
            if got.is_empty() && errors.len() == before && named {
                errors.push(ReadError::new(&fname, None, "no document found"));
            }
            docs.append(&mut got);
        }
    }
    docs
}

fn read_one(
    fmt: Format,
    path: &Path,
    content: &str,
    corpus: &str,
    errors: &mut Vec<ReadError>,
) -> Vec<Doc> {
    let name = path.to_string_lossy();
    match fmt {
        Format::GoldJson => gold_json::read(&name, content, corpus, errors),
        Format::Conll => conll::read(&name, content, corpus, errors),
        Format::TimeMl => timeml::read(&name, content, corpus, errors),
        Format::Meantime => meantime::read(&name, content, corpus, errors),
        Format::Sequoia => sequoia::read(&name, content, corpus, errors),
        Format::Hipe => hipe::read(&name, content, corpus, errors),
        Format::Polnear => polnear::read(&name, content, corpus, errors),
        Format::Recognizers => recognizers::read(&name, content, corpus, errors),
        Format::Aads => aads::read(&name, content, corpus, errors),
    }
}
