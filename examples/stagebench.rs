//! Times the document model and the dates stage alone, many times over, on texts dumped by
//! `lede eval --dump-docs DIR` (for profiling those two stages without the others):
//! `cargo run --profile quick --example stagebench -- DIR/docs.jsonl [REPEATS] [DUMP]`.
//! With DUMP, writes every token (span, kind, fold), sentence, paragraph, quote pair and
//! date found to that file, to check that a speed change changes nothing.
//!
//! It also times every stage of the whole analysis (`lede::analyze_timed`, language and
//! reference date as given in the file: a `null` language is detected), best of REPEATS
//! per stage — the per-document fixed costs show on many tiny texts.
use std::fmt::Write as _;
#[path = "../src/bin/lede/clock.rs"]
mod clock;

use lede::context::Context;
use lede::document::Document;

#[path = "common/docs.rs"]
mod docs;

fn main() {
    let (path, repeats, dump) = docs::args();
    let mut out = String::new();
    let docs = docs::load(&path);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    let (mut tdoc, mut tdates) = (Vec::new(), Vec::new());
    let mut found = 0;
    let clock = clock::Clock::new();
    for _ in 0..repeats {
        let (mut a, mut b) = (0.0, 0.0);
        found = 0;
        for d in &docs {
            let tables = lede::language::tables(d.language);
            let t0 = clock.now();
            let doc = Document::parse(&d.text, tables);
            let t1 = clock.now();
            let layout = lede::layout::detect(&doc, tables);
            let ctx = Context {
                doc: &doc,
                language: d.language,
                tables,
                layout: &layout,
                reference: d.reference.or(layout.date),
            };
            let t2 = clock.now();
            let dates = lede::dates::extract(&ctx);
            let t3 = clock.now();
            found += dates.len();
            if dump.is_some() && out.len() < usize::MAX / 2 && tdoc.is_empty() {
                for (i, t) in doc.tokens.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "{} {} {:?} {} {:?}",
                        t.start,
                        t.end,
                        t.kind,
                        t.space_before,
                        doc.lower(i)
                    );
                }
                let _ = writeln!(
                    out,
                    "{:?}\n{:?}\n{:?}",
                    doc.sentences, doc.paragraphs, doc.quote_pairs
                );
                for d in &dates {
                    let _ = writeln!(out, "{d:?}");
                }
            }
            a += (t1 - t0).as_secs_f64();
            b += (t3 - t2).as_secs_f64();
        }
        tdoc.push(a);
        tdates.push(b);
    }
    if let Some(path) = dump {
        let _ = std::fs::write(path, &out);
    }
    // every stage of the whole analysis, best of `repeats` per stage
    let names: Vec<&str> = lede::STAGES.iter().copied().chain(["output"]).collect();
    let mut best = vec![f64::MAX; names.len()];
    for _ in 0..repeats {
        let mut stages = vec![0.0f64; names.len()];
        for d in &docs {
            let mut last = clock.now();
            let mut i = 0;
            let r = lede::analyze_timed(&d.text, &d.options, &mut |_| {
                let now = clock.now();
                if let Some(s) = stages.get_mut(i) {
                    *s += (now - last).as_secs_f64();
                }
                last = now;
                i += 1;
            });
            let end = clock.now();
            if let Some(s) = stages.last_mut() {
                *s += (end - last).as_secs_f64();
            }
            std::hint::black_box(r.ok());
        }
        for (b, s) in best.iter_mut().zip(&stages) {
            *b = b.min(*s);
        }
    }
    let line: Vec<String> = names
        .iter()
        .zip(&best)
        .map(|(n, t)| format!("{n} {:.2}", t * 1e3))
        .collect();
    println!("whole analysis, ms: {}", line.join(", "));
    tdoc.sort_by(f64::total_cmp);
    tdates.sort_by(f64::total_cmp);
    let (a, b) = (tdoc[0], tdates[0]);
    println!(
        "{} texts, {mb:.2} MB, best of {repeats}, {}: document {:.1} ms ({:.1} MB/s), dates {:.1} ms ({:.1} MB/s), {found} dates",
        docs.len(),
        clock.kind(),
        a * 1e3,
        mb / a,
        b * 1e3,
        mb / b
    );
}
