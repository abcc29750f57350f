//! Times the entities stage alone, many times over, on texts dumped by
//! `lede eval --dump-docs DIR` (each text's document, layout and dates made outside the
//! clock): `cargo run --profile quick --example entbench -- DIR/docs.jsonl [REPEATS]`.
//! For profiling: `perf record -F 2000 ./target/quick/examples/entbench DIR/docs.jsonl 20`.
#[path = "../src/bin/lede/clock.rs"]
mod clock;
#[path = "common/docs.rs"]
mod docs;

use lede::context::Context;
use lede::document::Document;

fn main() {
    let (path, repeats, _) = docs::args();
    let texts = docs::load(&path);
    let bytes: usize = texts.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    // The gazetteers' indexes are built on first use, once per process: built here, so
    // that the figures (and a callgrind count of `entities::extract`) are the stage's.
    let _ = lede::entities::gazetteer::lookup("paris", false);
    let _ = lede::entities::gazetteer::GIVEN_NAMES.contains("jean");
    let _ = lede::entities::gazetteer::SURNAMES.contains("dupont");
    let clock = clock::Clock::new();
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..repeats {
        found = 0;
        let mut total = 0.0;
        // Each text is parsed right before its entities are found, as in `analyze`
        // (so its tokens are in the cache, as they are there); only the stage is timed.
        for d in &texts {
            let (language, reference) = (d.language, d.reference);
            let tables = lede::language::tables(language);
            let doc = Document::parse(&d.text, tables);
            let layout = lede::layout::detect(&doc, tables);
            let ctx = Context {
                doc: &doc,
                language,
                tables,
                layout: &layout,
                reference: reference.or(layout.date),
            };
            let dates = lede::dates::extract(&ctx);
            let t0 = clock.now();
            found += lede::entities::extract(&ctx, &dates).len();
            total += (clock.now() - t0).as_secs_f64();
        }
        times.push(total);
    }
    times.sort_by(f64::total_cmp);
    let best = times.first().copied().unwrap_or(0.0);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    println!(
        "{} texts, {mb:.2} MB, {repeats} runs, {}: entities best {:.1} ms ({:.1} MB/s), median {:.1} ms, {found} entities",
        texts.len(),
        clock.kind(),
        best * 1e3,
        mb / best,
        median * 1e3,
    );
}
