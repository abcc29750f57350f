//! Prints the sentence spans (byte offsets) of each input line-group as JSON, for
//! outside scorers: reads text from stdin, language from argv[1].
use std::io::Read;
fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "fr".into());
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return;
    }
    let d = lede::document::Document::parse(&text, lede::language::tables(&lang));
    let spans: Vec<String> = d
        .sentences
        .iter()
        .map(|s| format!("[{},{}]", s.start, s.end))
        .collect();
    println!("[{}]", spans.join(","));
}
