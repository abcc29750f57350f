fn main() {
    let path = std::env::args().nth(1).unwrap();
    let lang = std::env::args().nth(2).unwrap_or("fr".into());
    let text = std::fs::read_to_string(path).unwrap();
    let d = lede::document::Document::parse(&text, lede::language::tables(&lang));
    for (i, p) in d.paragraphs.iter().enumerate() {
        println!("## P{i}");
        for s in p.sentences.0..p.sentences.1 {
            println!("  [{}]", d.sentence_text(s));
        }
    }
}
