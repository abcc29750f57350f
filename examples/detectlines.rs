//! Prints the detected language of each input line ("und" when unknown), for outside
//! scorers: `cat lines.txt | cargo run --example detectlines`.
use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let line = line.replace("\\n", "\n");
        let code = lede::language::detect::detect(&line).map_or("und", |d| d.code);
        println!("{code}");
    }
}
