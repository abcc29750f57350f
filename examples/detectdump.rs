//! The language detected for every text of a `lede eval --dump-docs DIR` file (the
//! language it names ignored), one line per text, and the time detection takes (best of 7):
//! `cargo run --profile quick --example detectdump -- DIR/docs.jsonl OUT.txt`. Compare two
//! OUT files to check that a change to detection changes no answer.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let out = std::env::args().nth(2).unwrap_or_default();
    let content = std::fs::read_to_string(&path).unwrap_or_default();
    let texts: Vec<String> = content
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["text"].as_str().unwrap_or("").to_string())
        .collect();
    let mut s = String::new();
    for t in &texts {
        let d = lede::language::detect::detect(t);
        s.push_str(&format!("{:?}\n", d));
    }
    std::fs::write(&out, s).ok();
    let mut best = f64::MAX;
    for _ in 0..7 {
        let t0 = std::time::Instant::now();
        let mut n = 0;
        for t in &texts {
            n += lede::language::detect::detect(t).map_or(0, |d| d.code.len());
        }
        std::hint::black_box(n);
        best = best.min(t0.elapsed().as_secs_f64() * 1e3);
    }
    eprintln!("detect: {best:.1} ms");
}
