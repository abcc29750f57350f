//! Times the document model, language detection and layout on large and odd inputs:
//! `cargo run --release --example segbench -- tests/fixtures/fr-article.txt`.
use std::time::Instant;

fn time(name: &str, text: &str) {
    let t0 = Instant::now();
    let lang = lede::language::detect::detect(text);
    let t1 = Instant::now();
    let tables = lede::language::tables(lang.map_or("en", |d| d.code));
    let doc = lede::document::Document::parse(text, tables);
    let t2 = Instant::now();
    let layout = lede::layout::detect(&doc, tables);
    let t3 = Instant::now();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{name:<28} {mb:>6.2} MB  detect {:>8.2?}  document {:>9.2?} ({:>6.1} MB/s)  layout {:>8.2?}  tokens {:>8} sentences {:>7} non_body {}",
        t1 - t0,
        t2 - t1,
        mb / (t2 - t1).as_secs_f64(),
        t3 - t2,
        doc.tokens.len(),
        doc.sentences.len(),
        layout.non_body.len()
    );
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures/fr-article.txt".into());
    let one = std::fs::read_to_string(&path).unwrap_or_default();
    time("article x1", &one);
    if !one.is_empty() {
        time("article to 10 MB", &one.repeat(10_000_000 / one.len()));
    }
    let mut x = 88172645463325252u64;
    let bytes: Vec<u8> = (0..10_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    time("binary junk 10 MB", &String::from_utf8_lossy(&bytes));
    time("100k «", &"«".repeat(100_000));
    time("100k \" ", &"\" ".repeat(100_000));
    time("1 MB line a", &"a".repeat(1_000_000));
    time("1 MB line a.", &"a.".repeat(500_000));
    time("1 MB line l'", &"l'".repeat(500_000));
    time("1 MB line 1 ", &"1 ".repeat(500_000));
    time("10 MB whitespace", &" \n".repeat(5_000_000));
}
