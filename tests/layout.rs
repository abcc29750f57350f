//! Layout from the outside: headline, date line and reference date, place dateline,
//! byline, captions — on French and English fixtures written for these tests.

use lede::{analyze, Options};

fn run(text: &str) -> lede::Analysis {
    analyze(text, &Options::default()).expect("analysis")
}

fn run_lang(text: &str, lang: &str) -> lede::Analysis {
    analyze(
        text,
        &Options {
            language: Some(lang.into()),
            ..Default::default()
        },
    )
    .expect("analysis")
}

/// UTF-16 span → the text it covers.
fn cut(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[test]
fn french_article_layout() {
    let text = include_str!("fixtures/fr-article.txt");
    let a = run(text);
    assert_eq!(a.language, "fr");
    let l = &a.layout;
    let h = l.headline.as_ref().expect("headline");
    assert_eq!(
        h.text,
        "Inondations : la vallée de la Loue attend toujours les secours"
    );
    assert_eq!(cut(text, h.start, h.end), h.text);
    let d = l.dateline.as_ref().expect("date line");
    assert_eq!(d.date.as_deref(), Some("2021-05-12"));
    assert_eq!(d.time.as_deref(), Some("18:30"));
    assert_eq!(a.reference_date.as_deref(), Some("2021-05-12"));
    let b = l.byline.as_ref().expect("byline");
    assert_eq!(b.text, "Par Marie Lefèvre, envoyée spéciale à Ornans");
    let p = l.place.as_ref().expect("place dateline");
    assert_eq!(p.place.text, "BESANÇON");
    assert_eq!(cut(text, p.place.start, p.place.end), "BESANÇON");
    assert_eq!(p.agency.as_ref().map(|s| s.text.as_str()), Some("AFP"));
    assert_eq!(p.text, "BESANÇON (AFP) -");
    let caps: Vec<&str> = l.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(caps, ["Photo : Jean Martin / AFP"]);
}

#[test]
fn english_article_layout() {
    let text = include_str!("fixtures/en-article.txt");
    let a = run(text);
    assert_eq!(a.language, "en");
    let l = &a.layout;
    assert_eq!(
        l.headline.as_ref().map(|h| h.text.as_str()),
        Some("Storm leaves thousands without power across New England")
    );
    let d = l.dateline.as_ref().expect("date line");
    assert_eq!(d.date.as_deref(), Some("2025-03-03"));
    assert_eq!(d.time.as_deref(), Some("10:15"));
    assert_eq!(a.reference_date.as_deref(), Some("2025-03-03"));
    assert_eq!(
        l.byline.as_ref().map(|b| b.text.as_str()),
        Some("By Jane Smith and John Doe")
    );
    let p = l.place.as_ref().expect("place");
    assert_eq!(p.place.text, "BOSTON");
    assert_eq!(p.agency.as_ref().map(|s| s.text.as_str()), Some("AP"));
    let caps: Vec<&str> = l.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(caps, ["(Photo by Tom Baker/Getty Images)"]);
}

#[test]
fn caller_date_wins_over_date_line() {
    let text = include_str!("fixtures/en-article.txt");
    let a = analyze(
        text,
        &Options {
            reference_date: Some("2020-01-01".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(a.reference_date.as_deref(), Some("2020-01-01"));
    assert_eq!(
        a.layout.dateline.as_ref().and_then(|d| d.date.as_deref()),
        Some("2025-03-03")
    );
}

/// A headline, then `line`, then a body paragraph: the date and time found.
fn dateline_of(line: &str, lang: &str) -> (Option<String>, Option<String>) {
    let body = if lang == "fr" {
        "Le gouvernement a annoncé mardi une série de mesures pour les ménages."
    } else {
        "The government announced on Tuesday a set of measures for households."
    };
    let text = format!("Un titre pour l'article\n\n{line}\n\n{body}");
    let a = run_lang(&text, lang);
    match a.layout.dateline {
        Some(d) => (d.date, d.time),
        None => (None, None),
    }
}

#[test]
fn date_lines_french_and_english() {
    let cases = [
        (
            "fr",
            "30 décembre 2018 à 07h19",
            "2018-12-30",
            Some("07:19"),
        ),
        (
            "fr",
            "Publié le 30/12/2018 à 14h05",
            "2018-12-30",
            Some("14:05"),
        ),
        ("fr", "Mis à jour le lundi 3 mars 2025", "2025-03-03", None),
        ("fr", "2018-12-30", "2018-12-30", None),
        ("fr", "Le 12/05/2021 à 18:30", "2021-05-12", Some("18:30")),
        (
            "fr",
            "Publié le 1er janvier 2019 à 9h",
            "2019-01-01",
            Some("09:00"),
        ),
        ("fr", "dimanche 30 déc. 2018", "2018-12-30", None),
        ("en", "December 30, 2018 07:19", "2018-12-30", Some("07:19")),
        (
            "en",
            "Updated: March 3, 2025, 10:15 a.m. EST",
            "2025-03-03",
            Some("10:15"),
        ),
        (
            "en",
            "Published 7:19 PM EDT, Sun December 30, 2018",
            "2018-12-30",
            Some("19:19"),
        ),
        ("en", "Dec. 30, 2018", "2018-12-30", None),
        (
            "en",
            "Monday, March 3rd, 2025 at 3:45 pm",
            "2025-03-03",
            Some("15:45"),
        ),
        // a French article under an English date line, and the other way round
        ("fr", "December 30, 2018 07:19", "2018-12-30", Some("07:19")),
        (
            "en",
            "30 décembre 2018 à 07h19",
            "2018-12-30",
            Some("07:19"),
        ),
    ];
    for (lang, line, date, time) in cases {
        let (d, t) = dateline_of(line, lang);
        assert_eq!(d.as_deref(), Some(date), "{lang}: {line}");
        assert_eq!(t.as_deref(), time, "{lang}: {line}");
    }
}

#[test]
fn date_line_shared_with_byline() {
    let text = "Un titre\n\nPar Jean Dupont - Publié le 30/12/2018 à 14h05\n\nLe texte commence ici. Il continue.";
    let a = run(text);
    assert_eq!(a.reference_date.as_deref(), Some("2018-12-30"));
    assert_eq!(
        a.layout.byline.as_ref().map(|b| b.text.as_str()),
        Some("Par Jean Dupont")
    );
    let d = a.layout.dateline.as_ref().unwrap();
    assert_eq!(d.text, "Publié le 30/12/2018 à 14h05");
    assert_eq!(cut(text, d.start, d.end), d.text);
}

#[test]
fn date_line_after_a_byline_without_separator() {
    let cases = [
        (
            "Par Le Figaro avec AFP Publié le 30/12/2018 à 14:05",
            "Par Le Figaro avec AFP",
            "2018-12-30",
            "14:05",
        ),
        (
            "By Jane Smith, CNN Updated 7:19 AM EST, Sun December 30, 2018",
            "By Jane Smith, CNN",
            "2018-12-30",
            "07:19",
        ),
    ];
    for (line, byline, date, time) in cases {
        let text =
            format!("A headline for the test\n\n{line}\n\nLe texte commence ici. Il continue.");
        let a = run(&text);
        assert_eq!(
            a.layout.byline.map(|b| b.text).as_deref(),
            Some(byline),
            "{line}"
        );
        let d = a.layout.dateline.expect("date line");
        assert_eq!(d.date.as_deref(), Some(date), "{line}");
        assert_eq!(d.time.as_deref(), Some(time), "{line}");
        assert_eq!(a.reference_date.as_deref(), Some(date));
    }
}

#[test]
fn body_sentences_are_not_date_lines() {
    for (lang, line) in [
        (
            "fr",
            "Le 30 décembre 2018, Moscou a annoncé un sommet avec Ankara.",
        ),
        (
            "fr",
            "Il était 07h19 quand la première explosion a retenti.",
        ),
        (
            "en",
            "On December 30, 2018, Moscow announced a summit with Ankara.",
        ),
        ("en", "At 7:19 a.m. the first blast was heard."),
    ] {
        let (d, _) = dateline_of(line, lang);
        assert_eq!(d, None, "{line}");
    }
}

#[test]
fn place_datelines() {
    let cases = [
        (
            "fr",
            "MOSCOU (AFP) - La Russie a annoncé un sommet.",
            "MOSCOU",
            Some("AFP"),
        ),
        (
            "en",
            "WASHINGTON — The Senate voted on Tuesday.",
            "WASHINGTON",
            None,
        ),
        (
            "fr",
            "PARIS, 3 mars (Reuters) - Le gouvernement a tranché.",
            "PARIS",
            Some("Reuters"),
        ),
        (
            "en",
            "NEW YORK (AP) — Stocks fell on Monday.",
            "NEW YORK",
            Some("AP"),
        ),
        (
            "en",
            "WASHINGTON, March 3 (Reuters) - The Senate voted.",
            "WASHINGTON",
            Some("Reuters"),
        ),
        (
            "fr",
            "Moscou (AFP) - La Russie a annoncé un sommet.",
            "Moscou",
            Some("AFP"),
        ),
        (
            "en",
            "ST. LOUIS (AP) — A storm hit the city.",
            "ST. LOUIS",
            Some("AP"),
        ),
        // a US state or a region after the city in capitals
        (
            "en",
            "SALEM, Ore. — The council voted 4-1 on Wednesday.",
            "SALEM",
            None,
        ),
        (
            "en",
            "EL PASO, Texas, March 3 (AP) — The border crossing reopened.",
            "EL PASO",
            Some("AP"),
        ),
    ];
    for (lang, para, place, agency) in cases {
        let text = format!("A headline here\n\n{para}");
        let a = run_lang(&text, lang);
        let p = a.layout.place.unwrap_or_else(|| panic!("{para}"));
        assert_eq!(p.place.text, place, "{para}");
        assert_eq!(p.agency.map(|s| s.text), agency.map(String::from), "{para}");
    }
    for para in [
        "Le ministre - qui était arrivé la veille - a parlé.",
        "La Russie et la Turquie coordonneront leurs opérations.",
        "Jean Dupont - le maire - a parlé.",
        "The minister — who arrived on Monday — spoke.",
        "Yesterday, Smith — who arrived on Monday — spoke.",
    ] {
        let text = format!("A headline here\n\n{para}");
        assert!(run(&text).layout.place.is_none(), "{para}");
    }
}

#[test]
fn bylines() {
    for (line, lang) in [
        ("Par Jean Dupont", "fr"),
        ("By Jane Smith and John Doe", "en"),
        ("Par Marie X, envoyée spéciale à Kiev", "fr"),
        ("By JANE SMITH, Associated Press", "en"),
    ] {
        let text = format!("Un titre\n\n{line}\n\nLe corps de l'article commence ici.");
        let a = run_lang(&text, lang);
        assert_eq!(a.layout.byline.map(|b| b.text).as_deref(), Some(line));
    }
    for line in [
        "Par ailleurs, le ministre a confirmé sa venue.",
        "By Monday, the storm had moved out to sea.",
        "Par la suite, les discussions ont repris.",
    ] {
        let text = format!("Un titre\n\n{line}\n\nLe corps de l'article commence ici.");
        assert!(run(&text).layout.byline.is_none(), "{line}");
    }
}

#[test]
fn captions_and_credits() {
    for line in [
        "Photo : Jean Martin / AFP",
        "Photo: AFP",
        "(Photo by Tom Baker/Getty Images)",
        "Crédit : Ministère de la Défense",
        "Crédit photo : Jean Martin",
        "© AFP",
        "Photo AFP",
        "Le ministre à Moscou, le 29 décembre. Photo : Jean Martin / AFP",
        "The minister in Moscow on Dec. 29. (Photo: John Smith/Reuters)",
        // a caption glued to its credit, as pasted: no space after the colon, final dot
        "Les deux ministres se serrent la main à Moscou. Photo\u{a0}:Ministère de la Défense.",
        // the agencies' way: the photographer in capitals, a slash, the agency
        "Des manifestants défilent à Paris, le 19 février 2027. STEPHANE DE SAKUTIN / AFP",
        "Firefighters at the scene in Martigues on Monday. JOHN SMITH/REUTERS",
    ] {
        let text = format!(
            "Un titre\n\nLe corps de l'article commence ici.\n\n{line}\n\nLa suite du texte."
        );
        let a = run(&text);
        let caps: Vec<String> = a.layout.captions.into_iter().map(|c| c.text).collect();
        assert_eq!(caps, [line], "{line}");
    }
    for line in [
        "Photos of the event circulated widely on social media.",
        "Le photographe a saisi l'instant. Il a ensuite quitté les lieux.",
        "Image is everything, the adviser said.",
        "The vote was 52/48. The NATO allies / partners disagreed.",
    ] {
        let text = format!("Un titre\n\nLe corps de l'article commence ici.\n\n{line}");
        assert!(run(&text).layout.captions.is_empty(), "{line}");
    }
}

#[test]
fn body_paragraphs_are_never_headlines() {
    for text in [
        // a single paragraph
        "Le gouvernement a annoncé mardi une série de mesures.",
        // first paragraph ends with a full stop: a body sentence
        "Le gouvernement a annoncé mardi une série de mesures.\n\nLes syndicats protestent.",
        // a long first paragraph
        &format!("{}\n\nSuite.", "Un mot ".repeat(60)),
        // a place dateline opening the text
        "MOSCOU (AFP) - La Russie a annoncé un sommet\n\nLa suite.",
        // starts in lower case
        "et puis il est parti sans rien dire\n\nLa suite.",
    ] {
        assert!(run(text).layout.headline.is_none(), "{text}");
    }
    let a = run("Une question ?\n\nLe texte suit.");
    assert_eq!(
        a.layout.headline.map(|h| h.text).as_deref(),
        Some("Une question ?")
    );
}

#[test]
fn odd_inputs_give_an_empty_layout() {
    for text in ["", "   ", "\n\n", "«««««", "12345", "😀😀😀"] {
        let a = run(text);
        assert!(a.layout.headline.is_none());
        assert!(a.layout.dateline.is_none());
        assert!(a.layout.captions.is_empty());
    }
}

#[test]
fn headline_after_emoji_and_place_in_second_body_paragraph() {
    let text = "🇫🇷😀 Un titre du jour\n\nUne phrase d'accroche sans fin\n\nPARIS (AFP) - Le texte commence.";
    let a = run_lang(text, "fr");
    assert_eq!(
        a.layout.headline.map(|h| h.text).as_deref(),
        Some("🇫🇷😀 Un titre du jour")
    );
    assert_eq!(
        a.layout.place.map(|p| p.place.text).as_deref(),
        Some("PARIS")
    );
}

#[test]
fn a_place_dateline_with_a_full_date_gives_the_reference_date() {
    let a = run_lang(
        "Les vendanges s'achèvent\n\nDIJON, 3 octobre 2025 (AFP) - Les vendanges se sont \
         achevées lundi en Côte-d'Or.",
        "fr",
    );
    assert_eq!(a.reference_date.as_deref(), Some("2025-10-03"));
    assert_eq!(
        a.reference_source,
        lede::analysis::ReferenceSource::Dateline
    );
    let lundi = a.dates.iter().find(|d| d.text == "lundi").expect("lundi");
    assert_eq!(lundi.value.as_deref(), Some("2025-09-29"));
    let a = run_lang(
        "Talks stall\n\nGENEVA, March 5, 2026 (Reuters) - Talks stalled on Thursday.",
        "en",
    );
    assert_eq!(a.reference_date.as_deref(), Some("2026-03-05"));
    // Without a year, the line gives no reference date.
    let a = run_lang(
        "Talks stall\n\nGENEVA, March 5 (Reuters) - Talks stalled on Thursday.",
        "en",
    );
    assert_eq!(a.reference_date, None);
    assert!(a.layout.place.is_some());
}

#[test]
fn a_place_dateline_without_a_year_takes_it_from_today() {
    let text = "Talks resume\n\nGENEVA, June 12 (Reuters) - The talks resumed on Thursday.";
    let with = |today: &str| {
        analyze(
            text,
            &Options {
                today: Some(today.into()),
                ..Default::default()
            },
        )
        .expect("analysis")
    };
    let a = with("2026-11-29");
    assert_eq!(a.reference_date.as_deref(), Some("2026-06-12"));
    assert_eq!(
        serde_json::to_value(a.reference_source).unwrap(),
        "dateline_year"
    );
    // before June 12 (a day of margin aside), the day is last year's
    assert_eq!(
        with("2026-06-13").reference_date.as_deref(),
        Some("2026-06-12")
    );
    assert_eq!(
        with("2026-06-11").reference_date.as_deref(),
        Some("2026-06-12")
    );
    assert_eq!(
        with("2026-06-10").reference_date.as_deref(),
        Some("2025-06-12")
    );
    // French: "PARIS, 3 mars (AFP) -"
    let fr = analyze(
        "Grève\n\nPARIS, 3 mars (AFP) - La grève a commencé hier.",
        &Options {
            today: Some("2027-01-10".into()),
            ..Default::default()
        },
    )
    .expect("analysis");
    assert_eq!(fr.reference_date.as_deref(), Some("2026-03-03"));
    // the caller's reference date still wins, and nothing changes without today
    let opt = analyze(
        text,
        &Options {
            today: Some("2026-11-29".into()),
            reference_date: Some("2020-01-01".into()),
            ..Default::default()
        },
    )
    .expect("analysis");
    assert_eq!(opt.reference_date.as_deref(), Some("2020-01-01"));
    assert_eq!(run(text).reference_date, None);
    // a bad today is a clear error
    let e = analyze(
        text,
        &Options {
            today: Some("29/11/2026".into()),
            ..Default::default()
        },
    )
    .expect_err("bad today");
    assert!(matches!(e, lede::Error::BadToday(_)), "{e:?}");
}

#[test]
fn a_wire_dateline_with_the_department_in_brackets_gives_the_date() {
    let a = run_lang(
        "Incendie dans un entrepôt\n\nVÉNISSIEUX (Rhône), 15 mars 2026 (AFP) - Un violent \
         incendie a ravagé dans la nuit de samedi à dimanche un entrepôt, a-t-on appris.",
        "fr",
    );
    assert_eq!(a.reference_date.as_deref(), Some("2026-03-15"));
    let place = a.layout.place.as_ref().expect("place dateline");
    assert_eq!(place.place.text, "VÉNISSIEUX");
    assert_eq!(place.agency.as_ref().map(|s| s.text.as_str()), Some("AFP"));
}

#[test]
fn a_place_then_a_date_on_its_own_line_is_the_date_line() {
    for (line, lang, date) in [
        ("Nîmes, 14 juillet 2026", "fr", "2026-07-14"),
        (
            "Saint-Étienne, le 3 mars 2026 à 18 h 30",
            "fr",
            "2026-03-03",
        ),
        ("London, March 3, 2026", "en", "2026-03-03"),
        ("Villeneuve d'Ascq, 3 mars 2026", "fr", "2026-03-03"),
    ] {
        let text = format!(
            "Heatwave grips the region\n\n{line}\n\nThe authorities raised the alert level on \
             Monday, officials said."
        );
        let a = run_lang(&text, lang);
        assert_eq!(a.reference_date.as_deref(), Some(date), "{line}");
        assert_eq!(
            a.layout.dateline.as_ref().and_then(|d| d.date.as_deref()),
            Some(date)
        );
    }
    // a sentence with a comma and a date is no date line
    let a = run_lang("Il est parti hier, le 3 mars 2014.", "fr");
    assert_eq!(a.reference_date, None);
    let a = run_lang(
        "Titre\n\nLe maire, élu le 3 mars 2026, a démissionné.\n\nSuite du texte.",
        "fr",
    );
    assert_eq!(a.reference_date, None);
}
