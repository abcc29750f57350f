//! The document model from the outside: paragraphs, sentences and tokens on French and
//! English fixtures written for these tests.

use lede::document::{Document, QuoteMark, TokenKind};
use lede::language::tables;

fn doc<'a>(text: &'a str, lang: &str) -> Document<'a> {
    Document::parse(text, tables(lang))
}

fn tokens(text: &str, lang: &str) -> Vec<String> {
    doc(text, lang)
        .tokens
        .iter()
        .map(|t| t.text.to_string())
        .collect()
}

fn sentences(text: &str, lang: &str) -> Vec<String> {
    let d = doc(text, lang);
    (0..d.sentences.len())
        .map(|i| d.sentence_text(i).to_string())
        .collect()
}

fn paragraphs(text: &str) -> Vec<String> {
    let d = doc(text, "fr");
    (0..d.paragraphs.len())
        .map(|i| d.paragraph_text(i).to_string())
        .collect()
}

/// Every token, sentence and paragraph span must slice the text to what it claims.
fn check_spans(text: &str, lang: &str) {
    let d = doc(text, lang);
    for t in &d.tokens {
        assert_eq!(text.get(t.start..t.end), Some(t.text));
        assert!(!t.text.is_empty());
    }
    for w in d.tokens.windows(2) {
        assert!(w[0].end <= w[1].start, "tokens overlap");
    }
    for (i, s) in d.sentences.iter().enumerate() {
        assert!(s.start < s.end && text.get(s.start..s.end).is_some());
        let p = d.paragraphs[s.paragraph];
        assert!(p.start <= s.start && s.end <= p.end);
        assert!(s.tokens.0 < s.tokens.1);
        for k in s.tokens.0..s.tokens.1 {
            assert_eq!(d.sentence_of_token(k), Some(i));
            assert_eq!(d.paragraph_of_token(k), Some(s.paragraph));
        }
    }
    for (i, p) in d.paragraphs.iter().enumerate() {
        assert!(
            p.sentences.0 < p.sentences.1,
            "paragraph {i} without sentence"
        );
        assert_eq!(
            d.paragraph_tokens(i).first().map(|t| t.start),
            Some(p.start)
        );
        assert_eq!(d.paragraph_tokens(i).last().map(|t| t.end), Some(p.end));
    }
}

// ---------------------------------------------------------------- paragraphs

#[test]
fn paragraphs_blank_lines_and_web_paste() {
    let t = "Un titre court\n\nPremier paragraphe. Il continue.\n\n\n  Deuxième paragraphe.  \n";
    assert_eq!(
        paragraphs(t),
        [
            "Un titre court",
            "Premier paragraphe. Il continue.",
            "Deuxième paragraphe."
        ]
    );
    // pasted from a web page: one paragraph per line
    let t = "Le titre de l'article\nPar Jean Dupont\nLe gouvernement a tranché. Les syndicats protestent.\nLa suite demain.";
    assert_eq!(paragraphs(t).len(), 4);
    // Windows and old Mac line ends, U+2029
    let t = "Titre\r\n\r\nCorps du texte.\rAutre ligne.\u{2029}Dernier.";
    assert_eq!(
        paragraphs(t),
        ["Titre", "Corps du texte.", "Autre ligne.", "Dernier."]
    );
}

#[test]
fn paragraphs_hard_wrapped() {
    // a line cut mid-sentence continues when the next starts in lower case
    let t = "Le ministre des Affaires étrangères a rencontré son\nhomologue turc à Moscou.";
    assert_eq!(paragraphs(t).len(), 1);
    // wire copy wrapped at a fixed width: full lines continue even before a capital
    let t = "Le président a annoncé mardi soir une série de mesures destinées à\n\
             soutenir le pouvoir d'achat des ménages les plus modestes, selon\n\
             plusieurs sources proches de l'Élysée. Le Premier ministre doit les\n\
             présenter jeudi devant l'Assemblée nationale, où la majorité reste\n\
             fragile depuis les élections.\n\
             \n\
             Les syndicats ont salué un premier pas mais réclament davantage de\n\
             garanties sur les salaires dans la fonction publique.";
    let p = paragraphs(t);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].ends_with("élections."));
    // an English line ending in a comma continues
    let t = "The minister, who arrived on Monday,\nMoscow's envoy said.";
    assert_eq!(paragraphs(t).len(), 1);
    // bullets are their own paragraphs
    let t = "Les mesures :\n- une baisse des taxes\n- une aide aux familles";
    assert_eq!(paragraphs(t).len(), 3);
}

// ---------------------------------------------------------------- sentences

#[test]
fn sentences_french_abbreviations_and_numbers() {
    let s = sentences(
        "M. Dupont et Mme Martin sont arrivés. Le Dr. Durand, de St. Louis, les attendait. \
         Ils ont acheté des pommes, des poires, etc. et sont repartis.",
        "fr",
    );
    assert_eq!(s.len(), 3, "{s:#?}");
    let s = sentences(
        "Le taux est passé de 3.5 à 3,5 %. Les 2 000 soldats rentreront. Il est 07:19.",
        "fr",
    );
    assert_eq!(s.len(), 3, "{s:#?}");
    let s = sentences(
        "Il a cité J.-M. Le Pen et J. K. Rowling. Puis il est parti.",
        "fr",
    );
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s[0].ends_with("Rowling."));
    let s = sentences("Des fruits, des légumes, etc. Le marché ouvre à 8 h.", "fr");
    assert_eq!(s.len(), 2, "{s:#?}");
    // a one-letter name (the network X) before a long function word ends a sentence; an
    // initial before a surname particle or an elided article does not, nor `M.`
    let s = sentences(
        "Il l'a écrit sur X. Pour la maire, c'est trop tard. Il a vu J. De Souza et M. L'Ambert.",
        "fr",
    );
    assert_eq!(s.len(), 3, "{s:#?}");
    assert!(s[0].ends_with("sur X."));
    // dotted initials after a hyphen ("(R-S.C.)", "theU.S." pasted without its space)
    // are no sentence end
    let s = sentences(
        "Rep. Trey Gowdy (R-S.C.) said the claim was false. He left the jurisdiction of theU.S. court system.",
        "en",
    );
    assert_eq!(s.len(), 2, "{s:#?}");
}

#[test]
fn sentences_english_abbreviations() {
    let s = sentences(
        "Mr. Smith met Dr. Jones in St. Petersburg. The U.S. Army said nothing. \
         He moved to the U.S. The move was quick.",
        "en",
    );
    assert_eq!(s.len(), 4, "{s:#?}");
    assert_eq!(s[2], "He moved to the U.S.");
    let s = sentences(
        "Shares rose 3.5 percent to $2,000. Apple Inc. The company said so.",
        "en",
    );
    assert_eq!(s.len(), 3, "{s:#?}");
    let s = sentences(
        "See No. 10 Downing Street. It opened at 10 a.m. on Monday.",
        "en",
    );
    assert_eq!(s.len(), 2, "{s:#?}");
}

#[test]
fn sentences_ellipses() {
    let s = sentences("Il hésite… puis il part. Nous verrons... Nous irons.", "fr");
    assert_eq!(
        s,
        ["Il hésite… puis il part.", "Nous verrons...", "Nous irons."]
    );
    let s = sentences("Il a dit (…) Paris est loin.", "fr");
    assert_eq!(s.len(), 1);
}

#[test]
fn sentences_and_quotations() {
    // a quotation that goes on is not cut
    let s = sentences(
        "« Nous sommes prêts. Nous irons », a-t-il dit. Puis il est parti.",
        "fr",
    );
    assert_eq!(
        s,
        [
            "« Nous sommes prêts. Nous irons », a-t-il dit.",
            "Puis il est parti."
        ]
    );
    // a closing mark after the ender belongs to the sentence
    let s = sentences(
        "Il a déclaré : « Nous sommes prêts. » Le public a applaudi.",
        "fr",
    );
    assert_eq!(
        s,
        [
            "Il a déclaré : « Nous sommes prêts. »",
            "Le public a applaudi."
        ]
    );
    let s = sentences(
        "« Êtes-vous prêts ? » a-t-il lancé. « Oui ! » Ils sont partis.",
        "fr",
    );
    assert_eq!(
        s,
        [
            "« Êtes-vous prêts ? » a-t-il lancé.",
            "« Oui ! »",
            "Ils sont partis."
        ]
    );
    let s = sentences(
        "\"We are ready,\" he said. \"Are you?\" She nodded. \"Yes!\" he shouted.",
        "en",
    );
    assert_eq!(
        s,
        [
            "\"We are ready,\" he said.",
            "\"Are you?\"",
            "She nodded.",
            "\"Yes!\" he shouted."
        ]
    );
    let s = sentences(
        "“We will win. We always do,” she said. Then she left.",
        "en",
    );
    assert_eq!(s.len(), 2, "{s:#?}");
    // an unclosed quotation (it goes on in the next paragraph) does not swallow the rest
    let s = sentences("« Nous irons. Nous vaincrons. Rien ne nous arrêtera.", "fr");
    assert_eq!(s.len(), 3, "{s:#?}");
}

#[test]
fn sentence_glued_to_the_next_word() {
    // the seed: a sentence end glued to an agency name glued to a verb
    let t = "la menace terroriste en Syrie.AFPa déclaré aujourd'hui le ministre.";
    assert_eq!(
        tokens(t, "fr"),
        [
            "la",
            "menace",
            "terroriste",
            "en",
            "Syrie",
            ".",
            "AFPa",
            "déclaré",
            "aujourd'hui",
            "le",
            "ministre",
            "."
        ]
    );
    assert_eq!(sentences(t, "fr").len(), 2);
}

// ---------------------------------------------------------------- tokens

#[test]
fn french_tokens() {
    assert_eq!(
        tokens(
            "L'armée d'Assad s'est retirée jusqu'à Idlib aujourd'hui, qu’il dit.",
            "fr"
        ),
        [
            "L'",
            "armée",
            "d'",
            "Assad",
            "s'",
            "est",
            "retirée",
            "jusqu'",
            "à",
            "Idlib",
            "aujourd'hui",
            ",",
            "qu’",
            "il",
            "dit",
            "."
        ]
    );
    assert_eq!(
        tokens(
            "Jean-Marie Bachar el-Assad a-t-il ajoute-t-elle peut-être",
            "fr"
        ),
        [
            "Jean-Marie",
            "Bachar",
            "el-Assad",
            "a-t-il",
            "ajoute-t-elle",
            "peut-être"
        ]
    );
    assert_eq!(
        tokens("Aujourd’hui lorsqu'elle", "fr"),
        ["Aujourd’hui", "lorsqu'", "elle"]
    );
}

#[test]
fn english_tokens() {
    assert_eq!(
        tokens(
            "Trump's aide, O'Brien, didn't go to the ministers’ meeting.",
            "en"
        ),
        [
            "Trump",
            "'s",
            "aide",
            ",",
            "O'Brien",
            ",",
            "didn't",
            "go",
            "to",
            "the",
            "ministers",
            "’",
            "meeting",
            "."
        ]
    );
    let d = doc("the ministers’ meeting", "en");
    assert_eq!(
        d.tokens[2].kind,
        TokenKind::Word,
        "possessive apostrophe, not a quote"
    );
    // a closing single quote after a plural, when one is open, is a quote
    let d = doc("He called it ‘the talks’ today.", "en");
    let q: Vec<_> = d
        .tokens
        .iter()
        .filter(|t| t.is_quote())
        .map(|t| t.text)
        .collect();
    assert_eq!(q, ["‘", "’"]);
    assert_eq!(d.quote_pairs.len(), 1);
}

#[test]
fn numbers_tokens() {
    assert_eq!(
        tokens(
            "les 2 000 soldats, 2\u{a0}000 euros, 1\u{202f}500 km, 2,000 people, 3.5 %, 3,5 %",
            "fr"
        ),
        [
            "les",
            "2 000",
            "soldats",
            ",",
            "2\u{a0}000",
            "euros",
            ",",
            "1\u{202f}500",
            "km",
            ",",
            "2,000",
            "people",
            ",",
            "3.5",
            "%",
            ",",
            "3,5",
            "%"
        ]
    );
    assert_eq!(
        tokens(
            "à 07:19 le 30/12/2018 ou 2018-12-30 vers 14h05, le 1er mars",
            "fr"
        ),
        [
            "à",
            "07:19",
            "le",
            "30/12/2018",
            "ou",
            "2018-12-30",
            "vers",
            "14h05",
            ",",
            "le",
            "1er",
            "mars"
        ]
    );
    let d = doc("2 000", "fr");
    assert_eq!(d.tokens[0].kind, TokenKind::Number);
}

#[test]
fn quotation_marks_each_a_token() {
    let t = "« a » “b” „c“ ‹d› \"e\" 'f' ‘g’";
    let d = doc(t, "fr");
    let q: Vec<(&str, QuoteMark)> = d
        .tokens
        .iter()
        .filter_map(|t| t.quote_mark().map(|m| (t.text, m)))
        .collect();
    use QuoteMark::*;
    assert_eq!(
        q,
        [
            ("«", Open),
            ("»", Close),
            ("“", Open),
            ("”", Close),
            ("„", Open),
            ("“", Close),
            ("‹", Open),
            ("›", Close),
            ("\"", Ambiguous),
            ("\"", Ambiguous),
            ("'", Ambiguous),
            ("'", Ambiguous),
            ("‘", Open),
            ("’", Close),
        ]
    );
    // and they are paired
    assert_eq!(d.quote_pairs.len(), 7, "{:?}", d.quote_pairs);
    for &(o, c) in &d.quote_pairs {
        assert_eq!(d.quote_partner(o), Some(c));
        assert_eq!(d.quote_partner(c), Some(o));
    }
}

#[test]
fn nested_quotes_pair_by_family() {
    let t = "« Il a dit “non” hier », note-t-il.";
    let d = doc(t, "fr");
    let pairs: Vec<(&str, &str)> = d
        .quote_pairs
        .iter()
        .map(|&(a, b)| (d.tokens[a].text, d.tokens[b].text))
        .collect();
    assert_eq!(pairs, [("«", "»"), ("“", "”")]);
}

#[test]
fn urls_and_emails() {
    let t = "Voir https://example.org/a?b=1, www.example.fr. Écrire à jean.dupont@example.fr.";
    let d = doc(t, "fr");
    let kinds: Vec<(&str, TokenKind)> = d
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Url | TokenKind::Email))
        .map(|t| (t.text, t.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("https://example.org/a?b=1", TokenKind::Url),
            ("www.example.fr", TokenKind::Url),
            ("jean.dupont@example.fr", TokenKind::Email)
        ]
    );
}

#[test]
fn helpers() {
    let t = "Le ministre parle.\n\nMoscou répond. Ankara attend.";
    let d = doc(t, "fr");
    let k = d.token_index_at(t.find("Ankara").unwrap()).unwrap();
    assert_eq!(d.tokens[k].text, "Ankara");
    assert!(d.tokens[k].eq_lower("ankara"));
    assert_eq!(d.sentence_of_token(k), Some(2));
    assert_eq!(d.paragraph_of_token(k), Some(1));
    assert_eq!(d.paragraph_at(t.find("Ankara").unwrap()), Some(1));
    assert_eq!(d.sentence_at(t.find("répond").unwrap()), Some(1));
    assert_eq!(d.token_index_at(t.find(' ').unwrap()), None);
    let (a, b) = d.tokens_in(t.find("Moscou").unwrap(), t.find(" Ankara").unwrap());
    let texts: Vec<&str> = d.tokens[a..b].iter().map(|t| t.text).collect();
    assert_eq!(texts, ["Moscou", "répond", "."]);
    assert_eq!(d.sentence_tokens(99), []);
    assert_eq!(d.sentence_of_token(999), None);
}

#[test]
fn spans_are_consistent_on_varied_text() {
    let texts = [
        include_str!("fixtures/fr-article.txt"),
        include_str!("fixtures/en-article.txt"),
        "Émoji 😀👍🏽 et accents combinés: e\u{301}te\u{301}, \u{FFFD} ; مرحبا بالعالم. שלום.",
        "« » “ ” „ ‹ › \" ' ‘ ’ « « » »",
        "...!!!???…… - — – ( ) [ ]",
    ];
    for t in texts {
        check_spans(t, "fr");
        check_spans(t, "en");
    }
}

#[test]
fn fixture_articles_segment_plausibly() {
    let fr = include_str!("fixtures/fr-article.txt");
    let d = doc(fr, "fr");
    let s: Vec<String> = (0..d.sentences.len())
        .map(|i| d.sentence_text(i).to_string())
        .collect();
    // no sentence starts in lower case, none is cut after a title or an initial
    for x in &s {
        let first = x.chars().next().unwrap();
        assert!(!first.is_lowercase(), "{x:?}");
        assert!(
            !x.ends_with(" M.") && !x.ends_with(" J.") && !x.ends_with("Mme"),
            "{x:?}"
        );
    }
    let en = include_str!("fixtures/en-article.txt");
    let d = doc(en, "en");
    for i in 0..d.sentences.len() {
        let x = d.sentence_text(i);
        assert!(!x.chars().next().unwrap().is_lowercase(), "{x:?}");
        assert!(!x.ends_with("Mr.") && !x.ends_with("Dr."), "{x:?}");
    }
}

// ---------------------------------------------------------------- robustness

/// Parses, detects the language and finds the layout; every span must hold; the whole
/// must take well under `secs` seconds (a quadratic step on these inputs would take
/// minutes even in a release build).
fn survive(text: &str, secs: u64) {
    let t0 = std::time::Instant::now();
    let _ = lede::language::detect::detect(text);
    // one table is enough: both run the same code, only the word lists differ
    for lang in ["fr"] {
        let d = doc(text, lang);
        for t in &d.tokens {
            assert_eq!(text.get(t.start..t.end), Some(t.text));
        }
        for s in &d.sentences {
            assert!(text.get(s.start..s.end).is_some());
        }
        let _ = lede::layout::detect(&d, tables(lang));
    }
    let took = t0.elapsed();
    assert!(
        took < std::time::Duration::from_secs(secs),
        "{} bytes took {took:?}",
        text.len()
    );
}

/// Deterministic pseudo-random bytes (xorshift).
fn junk(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn empty_and_blank() {
    for t in ["", " ", "\n\n\n", " \t\r\n\u{a0}\u{202f}\u{200b}\u{feff}"] {
        let d = doc(t, "fr");
        assert!(d.paragraphs.is_empty() && d.sentences.is_empty() && d.tokens.is_empty());
        assert_eq!(lede::language::detect::detect(t), None);
        survive(t, 1);
    }
}

#[test]
fn big_article_is_linear() {
    let one = include_str!("fixtures/fr-article.txt");
    let big = one.repeat(2_000_000 / one.len());
    survive(&big, 20);
    let d = doc(&big, "fr");
    let per = doc(one, "fr").sentences.len();
    assert_eq!(d.sentences.len(), per * (2_000_000 / one.len()));
}

#[test]
fn binary_junk() {
    for seed in 1..3u64 {
        let bytes = junk(600_000, seed * 7919);
        let text = String::from_utf8_lossy(&bytes);
        survive(&text, 20);
    }
}

#[test]
fn many_quote_marks() {
    for q in ["«", "»", "\"", "'", "’", "‘", "« » ", "«’", "\" ", "‘«"] {
        let t = q.repeat(100_000);
        survive(&t, 20);
    }
    // 100 000 unclosed openers then closers of another family: no quadratic scan
    let t = format!("{}{}", "« ".repeat(100_000), "’ ".repeat(100_000));
    survive(&t, 20);
}

/// Long lines without spaces: each unit repeated to `n` bytes.
fn long_lines(units: &[&str], n: usize) {
    for unit in units {
        let t = unit.repeat(n / unit.len());
        survive(&t, 20);
    }
}

#[test]
fn one_megabyte_lines_without_spaces() {
    long_lines(&["a", "l'", "1.", "a@"], 1_000_000);
    let url = format!("https://{}", "a".repeat(1_000_000));
    survive(&url, 20);
}

#[test]
fn long_lines_of_punctuation_and_symbols() {
    long_lines(
        &[
            "a.", "A.", "a'", "1 ", "1,", "a-", ".", "…", "😀", "\u{FFFD}", "\u{200e}",
        ],
        256_000,
    );
}

#[test]
fn long_lines_of_letters_and_addresses() {
    long_lines(&["é", "e\u{301}", "ש", "@a.", "ab.cd@"], 256_000);
    let email = format!("{}@{}.fr", "a".repeat(128_000), "b".repeat(128_000));
    survive(&email, 20);
}

#[test]
fn odd_scripts_and_marks() {
    let t = "مرحبا بكم. هذا نص عربي. \u{200f}שלום עולם.\u{200e} 今天很好。明天也好。 Zalgo: z\u{336}a\u{335}l\u{334}g\u{337}o\u{338}. 👨‍👩‍👧‍👦 🇫🇷 \u{FFFD}\u{FFFD}";
    survive(t, 2);
    let d = doc(t, "fr");
    assert!(d.sentences.len() >= 3, "{}", d.sentences.len());
}

#[test]
fn units_and_references_do_not_look_like_initials() {
    let s = sentences(
        "Conserver à 25 °C. Le flacon se garde au frais. La clairance est de 35 ml/min. Aucun ajustement n'est requis.",
        "fr",
    );
    assert_eq!(s.len(), 4, "{s:#?}");
    let s = sentences(
        "Voir Vol. XVII, No. 3, pp. 571-597. La suite est ailleurs.",
        "fr",
    );
    assert_eq!(s.len(), 2, "{s:#?}");
    // a straight quotation left open does not swallow the next ones
    let s = sentences(
        "Il a dit \"nous irons loin. Le reste suit. Puis \"nous verrons\", a-t-il ajouté.",
        "fr",
    );
    assert_eq!(s.len(), 3, "{s:#?}");
}

#[test]
fn numbered_list_items() {
    let s = sentences("1. Le premier point est clair. 2. Le second aussi.", "fr");
    assert_eq!(s, ["1. Le premier point est clair.", "2. Le second aussi."]);
}

#[test]
fn language_through_analyze() {
    let a = lede::analyze(include_str!("fixtures/fr-article.txt"), &Default::default()).unwrap();
    assert_eq!(a.language, "fr");
    assert!(a.language_detected);
    let a = lede::analyze(include_str!("fixtures/en-article.txt"), &Default::default()).unwrap();
    assert_eq!(a.language, "en");
    for text in [
        "Министр заявил, что ситуация в регионе находится под контролем.",
        "部长说，该地区的局势已得到控制。",
        "1234 5678 90 — 12/12/2012",
        "",
    ] {
        let a = lede::analyze(text, &Default::default()).unwrap();
        assert_eq!(a.language, "und", "{text}");
    }
}
