//! Times the quotes stage alone, many times over, on texts dumped by
//! `lede eval --dump-docs DIR` (the earlier stages run once per text, outside the timing):
//! `cargo run --profile quick --example quotebench -- DIR/docs.jsonl [REPEATS] [DUMP]`.
//! With DUMP, writes every quote found to that file (Debug form), to check that a speed
//! change changes nothing. For profiling: `perf record ./target/quick/examples/quotebench …`.
use std::fmt::Write as _;
#[path = "../src/bin/lede/clock.rs"]
mod clock;

use lede::context::Context;
use lede::document::Document;

#[path = "common/docs.rs"]
mod docs;

fn main() {
    let (path, repeats, dump) = docs::args();
    let docs = docs::load(&path);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    // the stages before quotes, once
    let parsed: Vec<_> = docs
        .iter()
        .map(|d| {
            let tables = lede::language::tables(d.language);
            let doc = Document::parse(&d.text, tables);
            let layout = lede::layout::detect(&doc, tables);
            (d, tables, doc, layout)
        })
        .collect();
    let prepared: Vec<_> = parsed
        .iter()
        .map(|(d, tables, doc, layout)| {
            let ctx = Context {
                doc,
                language: d.language,
                tables,
                layout,
                reference: d.reference.or(layout.date),
            };
            let dates = lede::dates::extract(&ctx);
            let entities = lede::entities::extract(&ctx, &dates);
            (ctx, entities)
        })
        .collect();
    let clock = clock::Clock::new();
    let mut times = Vec::new();
    let mut found = 0;
    let mut out = String::new();
    for r in 0..repeats.max(1) {
        found = 0;
        let t0 = clock.now();
        for (ctx, entities) in &prepared {
            let quotes = lede::quotes::extract(ctx, entities);
            found += quotes.len();
            if r == 0 && dump.is_some() {
                for q in &quotes {
                    let _ = writeln!(out, "{q:?}");
                }
                out.push('\n');
            }
        }
        times.push((clock.now() - t0).as_secs_f64());
    }
    if let Some(path) = dump {
        let _ = std::fs::write(path, &out);
    }
    times.sort_by(f64::total_cmp);
    let best = times[0];
    let median = times[times.len() / 2];
    println!(
        "{} texts, {mb:.2} MB, {repeats} runs, {}: quotes best {:.2} ms ({:.1} MB/s), median {:.2} ms, {found} quotes",
        docs.len(),
        clock.kind(),
        best * 1e3,
        mb / best,
        median * 1e3,
    );
}
