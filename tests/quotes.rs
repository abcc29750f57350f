//! Behaviour tests of the quotes stage, through the public API, on sentences written for
//! these tests (French and English).

use lede::analysis::{Quote, QuoteKind};

fn analyze(text: &str, lang: &str) -> Vec<Quote> {
    lede::analyze(
        text,
        &lede::Options {
            language: Some(lang.into()),
            reference_date: Some("2024-03-12".into()),
            ..Default::default()
        },
    )
    .expect("analysis")
    .quotes
}

/// The UTF-16 offsets of the output, back to a string slice of `text`.
fn slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start..end])
}

fn direct(qs: &[Quote]) -> Vec<&Quote> {
    qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect()
}

fn indirect(qs: &[Quote]) -> Vec<&Quote> {
    qs.iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect()
}

fn speaker(q: &Quote) -> String {
    q.speaker
        .as_ref()
        .map(|s| s.name.clone())
        .unwrap_or_default()
}

fn cue(q: &Quote) -> String {
    q.cue.as_ref().map(|c| c.text.clone()).unwrap_or_default()
}

const HEAD_FR: &str = "Un titre sans point\n\n";
const HEAD_EN: &str = "A headline without a stop\n\n";

#[test]
fn guillemets_with_spaces_and_inverted_cue() {
    let t = format!(
        "{HEAD_FR}« Nous ne céderons rien sur les retraites », a déclaré mardi la Première ministre Claire Vautrin devant les députés."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "Nous ne céderons rien sur les retraites");
    assert!(speaker(d[0]).contains("Vautrin"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[0]), "a déclaré");
    // offsets are UTF-16 and point at the content
    assert_eq!(slice(&t, d[0].start, d[0].end), d[0].text);
    let sp = d[0].speaker.as_ref().unwrap();
    assert!(slice(&t, sp.start, sp.end).contains("Vautrin"));
}

#[test]
fn guillemets_without_spaces_after_colon() {
    let t = format!("{HEAD_FR}Le maire Antoine Berthier a déclaré : «Le pont rouvrira en juin.»");
    let d = analyze(&t, "fr");
    let d = direct(&d);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].text, "Le pont rouvrira en juin.");
    assert!(speaker(d[0]).contains("Berthier"));
    assert_eq!(cue(d[0]), "a déclaré");
}

#[test]
fn curly_quotes_pronoun_resolved_by_honorific_and_trailing_comma_excluded() {
    let t = format!(
        "{HEAD_EN}Mrs. Alvarez met Mr. Brooks on Monday.\n\n“We will not sign this deal,” she said after the meeting."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "We will not sign this deal");
    assert!(speaker(d[0]).contains("Alvarez"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[0]), "said");
    // the speaker span is the pronoun at this quote
    let sp = d[0].speaker.as_ref().unwrap();
    assert_eq!(slice(&t, sp.start, sp.end), "she");
}

#[test]
fn straight_quotes_pair_right_and_said_x() {
    let t = format!(
        "{HEAD_EN}\"The budget is balanced,\" said Governor Tom Ellison. \"Nobody believed it,\" he added, \"but we did it.\""
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    let texts: Vec<&str> = d.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "The budget is balanced",
            "Nobody believed it",
            "but we did it."
        ]
    );
    for q in &d {
        assert!(speaker(q).contains("Ellison"), "{q:?}");
    }
    assert_eq!(cue(d[0]), "said");
    assert_eq!(cue(d[1]), "added");
}

#[test]
fn nested_quotes_stay_inside() {
    let t = format!(
        "{HEAD_EN}“My father told me ‘never give up’ when I was ten,” said Dana Whitfield."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(
        d[0].text,
        "My father told me ‘never give up’ when I was ten"
    );
    assert!(speaker(d[0]).contains("Whitfield"));
}

#[test]
fn german_low_high_quotes() {
    let t = format!("{HEAD_EN}„We are ready for the vote“, said Anna Keller.");
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "We are ready for the vote");
    assert!(speaker(d[0]).contains("Keller"));
}

#[test]
fn quote_over_several_paragraphs_gives_one_quote_each() {
    let t = format!(
        "{HEAD_FR}Le syndicaliste Marc Olivier a déclaré : « Nous avons attendu trois ans.\n\n« Les salariés sont épuisés.\n\n« Nous irons jusqu'au bout. »\n\nLa direction n'a pas répondu."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    let texts: Vec<&str> = d.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Nous avons attendu trois ans.",
            "Les salariés sont épuisés.",
            "Nous irons jusqu'au bout."
        ]
    );
    for q in &d {
        assert!(speaker(q).contains("Olivier"), "{q:?}");
    }
    // only the paragraph holding the cue has it
    assert_eq!(cue(d[0]), "a déclaré");
    assert_eq!(cue(d[2]), "");
}

#[test]
fn incise_cuts_a_quote_in_two() {
    let t = format!(
        "{HEAD_FR}La présidente de la région, Sophie Marchand, était à Lille.\n\n« Ce projet est vital, explique-t-elle. Sans lui, la vallée se vide. »"
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(d[0].text, "Ce projet est vital");
    assert_eq!(d[1].text, "Sans lui, la vallée se vide.");
    for q in &d {
        assert!(speaker(q).contains("Marchand"), "{q:?}");
        assert_eq!(cue(q), "explique-t-elle");
    }
}

#[test]
fn unclosed_mark_is_bounded_by_its_paragraph() {
    let t = format!(
        "{HEAD_FR}Le ministre Paul Garnier a lancé : « Il faut réformer l'école maintenant.\n\nLes enseignants sont partagés.\n\n« Nous attendons des moyens », a déclaré la syndicaliste Anne Roux."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(d[0].text, "Il faut réformer l'école maintenant.");
    assert!(speaker(d[0]).contains("Garnier"));
    assert_eq!(d[1].text, "Nous attendons des moyens");
    assert!(speaker(d[1]).contains("Roux"));
}

#[test]
fn stray_closing_mark_does_not_break_the_rest() {
    let t = format!(
        "{HEAD_EN}The plan » was approved on Friday.\n\n“It is a good day,” said Mayor Lena Ortiz."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "It is a good day");
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let fr = format!(
        "{HEAD_FR}Le gouvernement a reconnu une «erreur grossière» dans le calcul des aides."
    );
    assert!(direct(&analyze(&fr, "fr")).is_empty());
    let en = format!(
        "{HEAD_EN}The so-called \"peace plan\" was discussed after a screening of “The Long Road Home” at the festival."
    );
    assert!(
        direct(&analyze(&en, "en")).is_empty(),
        "{:?}",
        analyze(&en, "en")
    );
}

#[test]
fn short_quote_as_whole_utterance_is_a_quote() {
    let t = format!(
        "{HEAD_FR}Le député Hugo Lemaire a quitté la séance.\n\n« Scandaleux », a-t-il lâché."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "Scandaleux");
    assert!(speaker(d[0]).contains("Lemaire"));
    assert_eq!(cue(d[0]), "a-t-il lâché");
}

#[test]
fn partial_quote_inside_reporters_sentence() {
    let t = format!(
        "{HEAD_FR}Pour l'opposante Julie Faure, le projet «a été très mal préparé», selon elle."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "a été très mal préparé");
    assert!(speaker(d[0]).contains("Faure"), "{:?}", d[0].speaker);
}

#[test]
fn lost_marks_first_person_paragraph_before_inverted_cue() {
    let t = format!(
        "{HEAD_FR}Rome et Paris veulent relancer le dialogue.\n\nNous soutenons pleinement ce plan de paix. Il faut maintenant que nos partenaires agissent vite.AFPa déclaré mardi le ministre italien des Affaires étrangères Paolo Rinaldi devant la presse.\n\nLe texte sera présenté jeudi."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(
        d[0].text,
        "Nous soutenons pleinement ce plan de paix. Il faut maintenant que nos partenaires agissent vite."
    );
    assert!(speaker(d[0]).contains("Rinaldi"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[0]), "a déclaré");
}

#[test]
fn continuation_paragraph_takes_the_previous_speaker_without_cue() {
    let t = format!(
        "{HEAD_EN}“We lost the vote,” said senator Mark Hale.\n\n“We will be back next year.”\n\nThe chamber adjourned at noon.\n\n“Nobody expected this.”"
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 3, "{qs:?}");
    assert!(speaker(d[1]).contains("Hale"));
    assert_eq!(cue(d[1]), "");
    // a quote two paragraphs away from any speaker stays unattributed
    assert!(d[2].speaker.is_none(), "{:?}", d[2]);
}

#[test]
fn attributions_selon_dapres_according_to() {
    let t = format!(
        "{HEAD_FR}Selon le procureur Louis Perrin, l'enquête durera plusieurs mois.\n\nD'après la direction, les ventes ont reculé de dix pour cent."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    assert_eq!(i[0].text, "l'enquête durera plusieurs mois");
    assert!(speaker(i[0]).contains("Perrin"));
    assert_eq!(cue(i[0]), "Selon");
    assert_eq!(i[1].text, "les ventes ont reculé de dix pour cent");
    assert_eq!(speaker(i[1]), "la direction");

    let t = format!(
        "{HEAD_EN}The factory will close in May, according to a company spokesman.\n\nAccording to Sheriff Dan Cole, “the suspect fled on foot.”"
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i[0].text, "The factory will close in May");
    assert_eq!(speaker(i[0]), "a company spokesman");
    assert_eq!(cue(i[0]), "according to");
    let d = direct(&qs);
    assert_eq!(d.len(), 1);
    assert!(speaker(d[0]).contains("Cole"));
}

#[test]
fn told_reporters_and_said_that() {
    let t = format!(
        "{HEAD_EN}Senator Ruth Baker told reporters that the bill would pass. Her aide said the vote was close."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    assert_eq!(i[0].text, "the bill would pass");
    assert!(speaker(i[0]).contains("Baker"));
    assert_eq!(cue(i[0]), "told");
    assert_eq!(i[1].text, "the vote was close");
    assert_eq!(speaker(i[1]), "her aide");
}

#[test]
fn trailing_attribution_a_source_said() {
    let t = format!("{HEAD_EN}The talks collapsed late on Sunday, a source said.");
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "The talks collapsed late on Sunday");
    assert_eq!(speaker(i[0]), "a source");
    assert_eq!(cue(i[0]), "said");
}

#[test]
fn reported_speech_french_patterns() {
    let t = format!(
        "{HEAD_FR}La ministre Élise Caron a également confirmé que le budget serait voté, ajoutant avoir rencontré les syndicats. Lyon a annoncé hier la création d'un nouveau parc."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    let got: Vec<(&str, String, String)> = i
        .iter()
        .map(|q| (q.text.as_str(), speaker(q), cue(q)))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].0, "le budget serait voté");
    assert!(got[0].1.contains("Caron"));
    assert_eq!(got[0].2, "a également confirmé");
    assert_eq!(got[1].0, "avoir rencontré les syndicats");
    assert!(got[1].1.contains("Caron"));
    assert_eq!(got[1].2, "ajoutant");
    assert_eq!(got[2].0, "la création d'un nouveau parc");
    assert_eq!(got[2].1, "Lyon");
    assert_eq!(got[2].2, "a annoncé");
}

#[test]
fn directive_and_bare_clause() {
    let t = format!(
        "{HEAD_EN}Governor Amy Tran urged voters to stay home on Tuesday. Officials said they expected snow."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    assert_eq!(i[0].text, "voters to stay home on Tuesday");
    assert!(speaker(i[0]).contains("Tran"));
    assert_eq!(i[1].text, "they expected snow");
    assert_eq!(speaker(i[1]), "officials");
}

#[test]
fn cognition_decisions_and_acts_are_not_reported_speech() {
    let fr = format!(
        "{HEAD_FR}Le ministre pense que la réforme passera. Le conseil a décidé de fermer l'usine. Le président a signé un accord."
    );
    assert!(indirect(&analyze(&fr, "fr")).is_empty());
    let en = format!(
        "{HEAD_EN}The mayor believes that the plan will work. The board decided to close the plant."
    );
    assert!(indirect(&analyze(&en, "en")).is_empty());
}

#[test]
fn role_only_speaker_is_a_description_without_entity() {
    let t = format!("{HEAD_FR}Le ministre a déclaré que la loi serait retirée.");
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1);
    assert_eq!(speaker(i[0]), "le ministre");
}

#[test]
fn role_then_name_in_apposition_after_the_cue() {
    let t = format!(
        "{HEAD_FR}« C'est une provocation », estime de son côté la secrétaire générale du syndicat, Marie Lenoir. Elle s'est dit « très inquiète pour l'avenir ». « Nous ferons le point demain », poursuit-elle."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 3, "{qs:?}");
    for q in &d {
        assert!(speaker(q).contains("Lenoir"), "{q:?}");
    }
    assert_eq!(cue(d[0]), "estime");
    assert_eq!(cue(d[1]), "s'est dit");
    assert_eq!(cue(d[2]), "poursuit-elle");
}

#[test]
fn transcript_labels_name_the_speaker() {
    let t = format!(
        "{HEAD_EN}Part of the interview follows:\n\n\"HOST: Will you run again next year?\n\n\"KLEIN: Of course I will, and I will win."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(d[0].text, "Will you run again next year?");
    assert_eq!(speaker(d[0]).to_lowercase(), "host");
    assert_eq!(d[1].text, "Of course I will, and I will win.");
    assert!(speaker(d[1]).to_lowercase().contains("klein"));
}

#[test]
fn mixed_straight_and_curly_marks_pair() {
    let t = format!(
        "{HEAD_EN}The mayor said there was “no evidence\" yet that the fire was set on purpose."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    // two words: a term inside the reporter's sentence, not a quote — but the pairing
    // must not run on to the end of the paragraph
    assert!(d.iter().all(|q| !q.text.contains("on purpose")), "{qs:?}");
}

#[test]
fn reported_content_leaves_out_a_relative_clause_and_a_new_attribution() {
    let t = format!(
        "{HEAD_EN}Fowler said he expects the senator to recover quickly, which surprised his aides. Officials said the bridge would reopen soon — and they noted that repairs had begun."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i[0].text, "he expects the senator to recover quickly");
    assert!(speaker(i[0]).contains("Fowler"));
    assert_eq!(i[1].text, "the bridge would reopen soon");
    assert_eq!(speaker(i[1]), "officials");
}

#[test]
fn short_quote_closed_by_its_own_comma_then_speaker() {
    let t = format!(
        "{HEAD_EN}The crowd cheered.\n\n“I would,” Melanie said to the screen. “I would, Donald.”"
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(d[0].text, "I would");
    assert!(speaker(d[0]).contains("Melanie"));
    // the next quote of the paragraph continues with the same speaker and cue
    assert!(speaker(d[1]).contains("Melanie"));
    assert_eq!(cue(d[1]), "said");
}

#[test]
fn never_panics_on_odd_marks() {
    for t in [
        "«",
        "»",
        "« »",
        "\"",
        "“”",
        "'' ''",
        "a « b « c » d",
        "» « » « »»",
        "« , a-t-il dit",
        "“…,” said",
        ", said X.",
        "AFPa déclaré",
    ] {
        let _ = analyze(t, "fr");
        let _ = analyze(t, "en");
    }
}

/// Time spent in the quotes stage alone (other stages are timed by their own tests):
/// the best of a few runs, since the machine may be shared.
fn time(text: &str) -> std::time::Duration {
    let opts = lede::Options {
        language: Some("fr".into()),
        ..Default::default()
    };
    let mut best = std::time::Duration::MAX;
    for _ in 0..3 {
        let mut t0 = std::time::Instant::now();
        let mut quotes = std::time::Duration::ZERO;
        let _ = lede::analyze_timed(text, &opts, &mut |stage| {
            if stage == "quotes" {
                quotes = t0.elapsed();
            }
            t0 = std::time::Instant::now();
        });
        best = best.min(quotes);
    }
    best
}

#[test]
fn many_quote_marks_take_linear_time() {
    // Attributed quotes (50 marks to a paragraph), unclosed openers in one paragraph,
    // and one-quote paragraphs, with 10,000, 20,000 and 100,000 marks. Growth is
    // judged from 20k to 100k (five times the input): linear gives about 5 times the
    // time, quadratic 25; below 20k the caches flatter the small input.
    let pairs = |n: usize| format!("{}\n\n", "« oui », a-t-il dit. ".repeat(25)).repeat(n / 50);
    let open = |n: usize| "« ".repeat(n);
    let paras = |n: usize| "« Non. »\n\n".repeat(n / 2);
    for make in [pairs, open, paras] {
        let t10 = time(&make(10_000));
        assert!(t10.as_secs_f64() < 2.0, "10k marks: {t10:?}");
        let small = make(20_000);
        let big = make(100_000);
        // alternate the two sizes so that a busy machine slows both alike
        let (mut ts, mut tb) = (std::time::Duration::MAX, std::time::Duration::MAX);
        for _ in 0..3 {
            ts = ts.min(time(&small));
            tb = tb.min(time(&big));
        }
        assert!(
            tb.as_secs_f64() < 15.0 * ts.as_secs_f64().max(0.005),
            "20k: {ts:?}, 100k: {tb:?} ({})",
            &small[..12]
        );
    }
}

#[test]
fn random_mixtures_never_panic_and_spans_hold() {
    // A small deterministic generator: no dependency, same cases every run.
    let pieces = [
        "«",
        "»",
        "“",
        "”",
        "„",
        "‘",
        "’",
        "\"",
        "'",
        "''",
        " ",
        " ",
        " ",
        "\n\n",
        "\n",
        ",",
        ".",
        ":",
        "—",
        "(",
        ")",
        "a-t-il",
        "déclaré",
        "a",
        "said",
        "he",
        "she",
        "selon",
        "according",
        "to",
        "que",
        "that",
        "AFPa",
        "Nous",
        "We",
        "M.",
        "Mme",
        "Dupont",
        "Smith",
        "é",
        "😀",
        "ministre",
        "told",
        "reporters",
        "ajoutant",
        "avoir",
        "il",
        "elle",
        "source",
        "une",
        "the",
        "explique-t-elle",
        "urged",
        "voters",
        "\u{a0}",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..400 {
        let mut text = String::new();
        let n = 5 + (seed % 60) as usize;
        for _ in 0..n {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if seed.is_multiple_of(3) {
                text.push(' ');
            }
        }
        for lang in ["fr", "en"] {
            for q in analyze(&text, lang) {
                assert!(q.start <= q.end, "{text:?}");
                assert_eq!(slice(&text, q.start, q.end), q.text, "{text:?}");
                if let Some(c) = &q.cue {
                    assert_eq!(slice(&text, c.start, c.end), c.text, "{text:?}");
                }
            }
        }
    }
}

#[test]
fn trailing_finding_verb_or_plot_is_not_reported_speech() {
    // a reflexive "s'est montré" without `que` is an attitude, not speech
    let t = format!(
        "{HEAD_FR}Son adjointe, Martine Roussel, s'est montrée plus prudente après la séance."
    );
    let qs = analyze(&t, "fr");
    assert!(indirect(&qs).is_empty(), "{qs:?}");
    // a work's plot: the noun phrase after the verb is not a speaker
    let t = format!(
        "{HEAD_FR}Le film, tourné par Léa Marchand, raconte le retour d'un soldat dans son village natal."
    );
    let qs = analyze(&t, "fr");
    assert!(indirect(&qs).is_empty(), "{qs:?}");
    let t = format!(
        "{HEAD_EN}The novel, written by Tom Ellery in prison, describes the collapse of a small mining town."
    );
    let qs = analyze(&t, "en");
    assert!(indirect(&qs).is_empty(), "{qs:?}");
    // a named speaker after the verb still counts
    let t = format!("{HEAD_EN}The bridge will reopen in June, said Mayor Ruth Calloway.");
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert!(speaker(r[0]).contains("Calloway"), "{qs:?}");
}

#[test]
fn partial_quote_after_a_finding_verb_goes_to_the_speaker() {
    let t = format!(
        "{HEAD_EN}Judge Alma Brennan said the accused had shown \"a total disregard for the victims\" during the trial."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert!(speaker(d[0]).contains("Brennan"), "{qs:?}");
    let t = format!(
        "{HEAD_FR}La juge Odile Ferrand a estimé que le prévenu avait montré « un mépris total pour les victimes » lors du procès."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert!(speaker(d[0]).contains("Ferrand"), "{qs:?}");
}

#[test]
fn letters_after_a_name_are_left_out_of_the_speaker() {
    let t = format!(
        "{HEAD_EN}The defence barrister, Julia Stroud KC, said her client would appeal the verdict."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Julia Stroud", "{qs:?}");
    let t = format!(
        "{HEAD_FR}Robert Garnier Jr, avocat du groupe, a déclaré que l'usine resterait ouverte."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Robert Garnier", "{qs:?}");
}

#[test]
fn bare_clause_is_not_skipped_for_a_later_that() {
    let t = format!(
        "{HEAD_EN}Mayor Dana Whitlow spoke after the vote. She said work would start in March and that the pool should open by summer."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert!(r[0].text.starts_with("work would start in March"), "{qs:?}");
    assert!(r[0].text.ends_with("open by summer"), "{qs:?}");
    // French: a complementizer after the cue still opens the content
    let t = format!(
        "{HEAD_FR}La maire Dana Vidal a indiqué lundi aux habitants que la piscine ouvrirait en juin."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(r[0].text, "la piscine ouvrirait en juin");
}

#[test]
fn speaker_phrase_read_rightwards_steps_over_a_parenthesis() {
    let t = format!(
        "{HEAD_FR}Pour la sénatrice du Parti socialiste (PS) Hélène Marchal, la réforme a été « bâclée du début à la fin »."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert!(speaker(r[0]).contains("Marchal"), "{qs:?}");
    let t =
        format!("{HEAD_EN}The bill is badly drafted, said Green Party (GP) senator Rhona Tait.");
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert!(speaker(r[0]).contains("Tait"), "{qs:?}");
}

#[test]
fn time_adjunct_between_cue_and_speaker_is_skipped() {
    let t = format!(
        "{HEAD_FR}Les travaux du pont reprendront au printemps, a annoncé il y a deux semaines la SNCF."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(r[0].text, "Les travaux du pont reprendront au printemps");
    assert!(speaker(r[0]).contains("SNCF"), "{qs:?}");
    // English puts the adjunct after: the speaker is read as before
    let t = format!(
        "{HEAD_EN}Work on the bridge will resume in spring, the county council said two weeks ago."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert!(speaker(r[0]).contains("council"), "{qs:?}");
}

/// Found by the property tests: a doubled apostrophe opening a quote that runs on, around
/// a second attribution, gave two overlapping direct quotes.
#[test]
fn direct_quotes_never_overlap() {
    let text = "''Emmanuel Macron, le, a déclaré hier that nous. leEmmanuel Macron, le, a déclaré on Monday that le. ";
    let a = lede::analyze(
        text,
        &lede::Options {
            language: Some("fr".into()),
            ..Default::default()
        },
    )
    .expect("analysis");
    let mut direct: Vec<(usize, usize)> = a
        .quotes
        .iter()
        .filter(|q| q.kind == lede::analysis::QuoteKind::Direct)
        .map(|q| (q.start, q.end))
        .collect();
    direct.sort();
    for w in direct.windows(2) {
        assert!(
            w[0].1 <= w[1].0,
            "overlapping direct quotes {:?} and {:?}",
            w[0],
            w[1]
        );
    }
}

// A subject pronoun goes to the person who is the subject (or earlier speaker) of the
// sentences before, not to a nearer person sitting in an object or an adjunct.
#[test]
fn pronoun_prefers_the_previous_subject_en() {
    let text = "Anil Mehta met Sarah Cole on Monday to discuss the harbour works.\n\n\
                He said the first phase would start in the spring and cost about £4m.";
    let qs = indirect(&analyze(text, "en"))
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(speaker(&qs[0]), "Anil Mehta");
}

#[test]
fn pronoun_prefers_the_previous_subject_fr() {
    let text = "Pierre Lambert a longuement reçu Jean Morel dans son bureau mardi matin.\n\n\
                « Nous avons trouvé un terrain d'entente sur le calendrier », a-t-il déclaré.";
    let qs = analyze(text, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Pierre Lambert");
}

// An apposition after a role noun is still the subject: "Son entraîneur, X, s'est montré…".
#[test]
fn pronoun_after_an_apposed_subject_fr() {
    let text = "« Nous avons eu de la chance en fin de match », a confié Hugo Marchal après la rencontre.\n\n\
                Son entraîneur, Luc Berthier, s'est montré plus prudent. « Il reste beaucoup de travail avant la reprise », a-t-il prévenu.";
    let qs = analyze(text, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(speaker(d[0]), "Hugo Marchal");
    assert_eq!(speaker(d[1]), "Luc Berthier");
}

// A definite description of an organisation ("the agency", "le club") is the
// organisation named just before, a subject preferred to one inside an adjunct.
#[test]
fn definite_org_description_links_to_the_organisation_en() {
    let text = "The Coastal Monitoring Agency has installed new sensors along the estuary, \
                with funding from the Greenfield Trust.\n\n\
                The agency said the readings would be published every week from June.";
    let qs = analyze(text, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Coastal Monitoring Agency");
    let s = r[0].speaker.as_ref().expect("speaker");
    assert!(s.entity.is_some(), "{s:?}");
}

#[test]
fn definite_org_description_links_to_the_organisation_fr() {
    let text =
        "Le club de l'Union sportive de Valmont a été racheté lundi par le groupe Ferrand.\n\n\
                Selon le club, plus de 12 000 abonnés ont renouvelé leur carte cet été.";
    let qs = analyze(text, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Union sportive de Valmont");
}

// Without an organisation named before, the description stays a description.
#[test]
fn definite_org_description_without_antecedent_stays_a_description() {
    let text = "Heavy rain closed several roads on Tuesday.\n\n\
                The agency said the roads would reopen on Thursday morning.";
    let qs = analyze(text, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "the agency");
}

// `faire savoir` / `faire valoir` are verbs of saying; `savoir` alone is not.
#[test]
fn faire_savoir_and_faire_valoir_are_cues() {
    let text = "Le maire a fait savoir de son côté qu'il ne signerait pas le permis.\n\n\
                La directrice a fait valoir que le budget ne permettait aucune embauche.\n\n\
                Les habitants veulent savoir que les travaux seront finis avant l'hiver.";
    let qs = analyze(text, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(
        r[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("a fait savoir")
    );
    assert_eq!(speaker(r[0]), "le maire");
    assert!(slice(text, r[0].start, r[0].end).starts_with("il ne signerait"));
    assert_eq!(
        r[1].cue.as_ref().map(|c| c.text.as_str()),
        Some("a fait valoir")
    );
}

// An adverbial phrase of several words may sit inside the cue.
#[test]
fn adverbial_phrase_inside_the_cue() {
    let text = "La préfecture a par ailleurs annoncé qu'elle rouvrirait le pont dès jeudi.";
    let qs = analyze(text, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(
        r[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("a par ailleurs annoncé")
    );
    assert!(slice(text, r[0].start, r[0].end).starts_with("elle rouvrirait"));
}

// A cue in the next sentence is not the cue of a quote ending the one before; a
// qualified role ("Premier ministre", "prime minister") is not held by another minister.
#[test]
fn qualified_role_and_next_sentence_cue_fr() {
    let text = "La ministre de la Santé, Claire Dumont, a reçu les syndicats lundi.\n\n\
                Le sénateur Paul Ravel a jugé mercredi que le texte restait «inacceptable en l'état». \
                Le Premier ministre a fait savoir qu'il ne modifierait pas le calendrier.";
    let qs = analyze(text, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Paul Ravel");
    let r = indirect(&qs);
    let pm = r
        .iter()
        .find(|q| slice(text, q.start, q.end).starts_with("il ne modifierait"))
        .expect("reported speech of the prime minister");
    assert_eq!(speaker(pm), "le Premier ministre");
}

#[test]
fn qualified_role_is_not_held_by_another_minister_en() {
    let text = "Health Minister Ana Sousa visited the clinic in the capital on Monday.\n\n\
                The prime minister said the government would release new funds next week.";
    let qs = analyze(text, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "the prime minister");
}

// Two coordinated verbs of saying share the subject and each has its own content.
#[test]
fn coordinated_cues_split_the_content_en() {
    let text = "Council member Dana Holt said the city was taking too much risk and urged \
                colleagues to delay the vote until May.";
    let qs = analyze(text, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(
        slice(text, r[0].start, r[0].end),
        "the city was taking too much risk"
    );
    assert_eq!(
        slice(text, r[1].start, r[1].end),
        "colleagues to delay the vote until May"
    );
    assert!(r.iter().all(|q| speaker(q) == "Dana Holt"), "{r:?}");
}

#[test]
fn coordinated_cues_split_the_content_fr() {
    let text = "Le maire Jean Castel a déclaré que la fête serait maintenue et a précisé que \
                le défilé partirait de la gare à 15 heures.";
    let qs = analyze(text, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(
        slice(text, r[0].start, r[0].end),
        "la fête serait maintenue"
    );
    assert!(slice(text, r[1].start, r[1].end).starts_with("le défilé partirait"));
    assert!(r.iter().all(|q| speaker(q) == "Jean Castel"), "{r:?}");
}

// A month name that is the subject of a verb of saying is a person's name.
#[test]
fn month_name_as_the_subject_of_a_cue_is_a_speaker() {
    let text = "\"You spent money that belonged to the families of this town,\" May told him. \
                \"You should be ashamed.\"\n\nThe hearing ended in May after two weeks.";
    let qs = analyze(text, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert!(d.iter().all(|q| speaker(q) == "May"), "{d:?}");
    assert_eq!(d[0].cue.as_ref().map(|c| c.text.as_str()), Some("told"));
}

// A trailing attribution may name the addressee of a tell-verb.
#[test]
fn trailing_attribution_told_reporters() {
    let text = "The works will resume in September once the permits are signed, \
                a spokesman for the council told reporters.";
    let qs = analyze(text, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(
        slice(text, r[0].start, r[0].end),
        "The works will resume in September once the permits are signed"
    );
    assert_eq!(speaker(r[0]), "a spokesman for the council");
}

// A capitalized word inside a sentence is a name, never a verb of saying ("United States").
#[test]
fn capitalized_word_inside_a_name_is_not_a_cue() {
    let text =
        "An arbitration panel found last year the United States was in breach of the treaty.";
    let qs = analyze(text, "en");
    assert!(
        qs.iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "States")),
        "{qs:?}"
    );
}

// Demands are speech acts with their content: `réclamer`, `exiger`, `demand`.
#[test]
fn demands_are_reported_speech() {
    let text = "Plusieurs élus de l'opposition ont réclamé un report du vote au mois de juin.";
    let qs = analyze(text, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(
        slice(text, r[0].start, r[0].end),
        "un report du vote au mois de juin"
    );
    let text = "The teachers' union demanded an apology from the school board after the vote.";
    let qs = analyze(text, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(r[0].cue.as_ref().map(|c| c.text.as_str()), Some("demanded"));
}

// A fragment quoted inside the reporter's sentence, with no verb of saying, is given to
// the subject of the sentence when it is a named entity (no cue).
#[test]
fn partial_quote_without_cue_goes_to_the_named_subject() {
    let text = "Senator Ruth Calder has gone after the governor as a \"reckless gambler with public money\" in recent weeks.";
    let qs = analyze(text, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Ruth Calder");
    assert!(d[0].cue.is_none(), "{:?}", d[0]);
    let text = "L'entraîneur Julien Morel a regretté une équipe «qui a cessé de jouer après la pause» dimanche soir.";
    let qs = analyze(text, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Julien Morel");
}

// `that` right before a verb, after a noun, is a relative pronoun: no reported clause.
#[test]
fn relative_that_is_not_a_complementizer() {
    let text = "The mayor answered the questions that have followed the audit for months.";
    let qs = analyze(text, "en");
    assert!(indirect(&qs).is_empty(), "{qs:?}");
    let text = "The mayor answered that the audit had found no fraud in the accounts.";
    let qs = analyze(text, "en");
    assert_eq!(indirect(&qs).len(), 1, "{qs:?}");
}

#[test]
fn dialogue_dashes_give_one_quote_per_turn_cut_at_incises() {
    let t = format!(
        "{HEAD_FR}La juge Hélène Carvalho a reçu l'ancien directeur dans son bureau.\n\n\
         — Vous saviez que les comptes étaient faux ? demanda Hélène Carvalho.\n\n\
         — Non, répondit-il, personne ne m'avait prévenu.\n\n\
         — Je ne vous crois pas, dit-elle. Elle referma le dossier."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    let texts: Vec<&str> = d.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Vous saviez que les comptes étaient faux ?",
            "Non",
            "personne ne m'avait prévenu.",
            "Je ne vous crois pas"
        ],
        "{qs:?}"
    );
    assert!(speaker(d[0]).contains("Carvalho"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[1]), "répondit-il");
    assert_eq!(cue(d[2]), "répondit-il");
    assert_eq!(cue(d[3]), "dit-elle");
    // the narration after the incise closed by a full stop is no speech, and nothing
    // said in a turn is reported speech besides
    assert!(indirect(&qs).is_empty(), "{qs:?}");
    for q in &d {
        assert_eq!(slice(&t, q.start, q.end), q.text);
    }
}

#[test]
fn dashes_setting_off_a_list_are_no_dialogue() {
    let t = format!(
        "{HEAD_FR}Le plan de l'entreprise comporte trois mesures :\n\n\
         — 3 000 emplois supprimés d'ici à 2027 ;\n\n\
         — la fermeture du site de Roubaix ;\n\n\
         — un gel des salaires pendant deux ans."
    );
    let qs = analyze(&t, "fr");
    assert!(direct(&qs).is_empty(), "{qs:?}");
}

#[test]
fn verbs_of_manner_and_pronominal_verbs_set_off_quotes() {
    let t = format!(
        "{HEAD_FR}« On verra bien ce que donnera la saison », sourit Paul Lemercier.\n\n\
         « Ça fait trois jours que je mets deux heures pour venir », soupire Nadia Benali.\n\n\
         « Ce n'est plus possible », s'agace Marc Dutilleul."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 3, "{qs:?}");
    assert!(speaker(d[0]).contains("Lemercier"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[0]), "sourit");
    assert!(speaker(d[1]).contains("Benali"), "{:?}", d[1].speaker);
    assert!(speaker(d[2]).contains("Dutilleul"), "{:?}", d[2].speaker);
    assert_eq!(cue(d[2]), "s'agace");
}

#[test]
fn a_passive_cue_gives_no_speaker_and_a_partial_quote_takes_the_reported_speech() {
    let t = format!(
        "{HEAD_FR}La porte-parole Inès Caradec affirme que la liste sera dévoilée « avant la fin du mois »."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "avant la fin du mois");
    assert!(speaker(d[0]).contains("Caradec"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[0]), "affirme");
    let t = format!(
        "{HEAD_EN}The schedule will be announced \"within the next few weeks\" after the board meets."
    );
    let qs = analyze(&t, "en");
    assert!(
        qs.iter().all(|q| !speaker(q).contains("schedule")),
        "the subject of a passive cue is no speaker: {qs:?}"
    );
}

#[test]
fn told_with_a_bare_plural_addressee() {
    let t =
        format!("{HEAD_EN}The mayor told lawmakers the budget was balanced for the first time.");
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(r[0].text, "the budget was balanced for the first time");
    assert_eq!(cue(r[0]), "told");
}

#[test]
fn verbs_of_judgement_attribute_the_quoted_words() {
    let t = format!(
        "{HEAD_FR}Le syndicat Force ouvrière dénonce toutefois « un pansement sur une jambe de bois ».\n\n\
         Interrogée par la radio, la maire Johanna Lemaire a salué « un premier pas »."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert!(
        speaker(d[0]).contains("Force ouvrière"),
        "{:?}",
        d[0].speaker
    );
    assert_eq!(cue(d[0]), "dénonce");
    assert!(speaker(d[1]).contains("Lemaire"), "{:?}", d[1].speaker);
    assert_eq!(cue(d[1]), "a salué");
    assert!(indirect(&qs).is_empty(), "{qs:?}");
}

#[test]
fn selon_a_role_and_a_name_then_a_quotation_is_one_direct_quote() {
    let t = format!(
        "{HEAD_FR}Selon la directrice générale, Anne-Laure Quéméner, « la situation n'est plus tenable dans plusieurs services »."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].kind, QuoteKind::Direct);
    assert!(speaker(&qs[0]).contains("Quéméner"), "{:?}", qs[0].speaker);
    assert_eq!(cue(&qs[0]), "Selon");
}

#[test]
fn a_common_noun_heading_the_subject_speaks_not_the_place_after_it() {
    let t = format!(
        "{HEAD_FR}Le centre hospitalier universitaire de Nantes a annoncé lundi un plan de recrutement de 300 infirmiers."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    // (a description is lower case throughout, as the guidelines write speakers)
    assert_eq!(
        speaker(r[0]),
        "le centre hospitalier universitaire de Nantes"
    );
}

#[test]
fn an_incise_with_a_description_cuts_the_quote() {
    let t = format!(
        "{HEAD_FR}« On n'a jamais vu ça, explique un habitant du quartier, l'eau est montée en dix minutes. »"
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    let texts: Vec<&str> = d.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["On n'a jamais vu ça", "l'eau est montée en dix minutes."],
        "{qs:?}"
    );
    assert_eq!(cue(d[0]), "explique");
    assert_eq!(speaker(d[1]), "un habitant du quartier");
}

#[test]
fn a_dash_after_a_colon_opens_a_turn_inside_a_paragraph() {
    let t = format!(
        "{HEAD_FR}Le notaire Aristide Vernon dit alors à ses clercs : — Nous fermerons l'étude à midi. Prévenez les clients."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(
        d[0].text,
        "Nous fermerons l'étude à midi. Prévenez les clients."
    );
    assert!(speaker(d[0]).contains("Vernon"), "{:?}", d[0].speaker);
}

#[test]
fn a_pronoun_cue_goes_to_the_role_described_just_before() {
    let t = format!(
        "{HEAD_FR}Le procès d'Inès Berthaut s'achève. L'avocat général a requis mardi vingt ans de réclusion. « L'accusée savait ce qu'elle faisait », a-t-il martelé."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "l'avocat général");
    let t = format!(
        "{HEAD_EN}The trial of Ines Berthaut is ending. The prosecutor asked for a twenty-year sentence on Tuesday. \"She knew exactly what she was doing,\" he said."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "the prosecutor");
}

#[test]
fn what_a_speaker_says_she_is_after_a_pronominal_cue() {
    let t = format!(
        "{HEAD_FR}La ministre des Transports, Élisabeth Morand, s'est dite « très préoccupée » par la situation."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "très préoccupée");
    assert!(speaker(d[0]).contains("Morand"), "{:?}", d[0].speaker);
    assert_eq!(cue(d[0]), "s'est dite");
}

#[test]
fn an_interview_set_as_dialogue_keeps_its_interviewee() {
    let t = format!(
        "{HEAD_FR}Depuis janvier, Sophie Marchal a vu sa facture tripler. La boulangère a accepté de nous recevoir mardi.\n\n\
         — Comment tenez-vous ?\n\n\
         — Je ne tiens plus, répond-elle. J'ai supprimé deux postes au printemps.\n\n\
         — Les aides ne suffisent pas ?\n\n\
         — Elles arrivent trop tard, soupire Sophie Marchal. On m'a répondu en octobre."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    let texts: Vec<&str> = d.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Comment tenez-vous ?",
            "Je ne tiens plus",
            "J'ai supprimé deux postes au printemps.",
            "Les aides ne suffisent pas ?",
            "Elles arrivent trop tard",
            "On m'a répondu en octobre."
        ],
        "{qs:?}"
    );
    // the questions are the interviewer's (no speaker); the answers hers
    assert_eq!(speaker(d[0]), "");
    for q in &d[1..3] {
        assert_eq!(speaker(q), "Sophie Marchal", "{q:?}");
    }
    assert_eq!(speaker(d[5]), "Sophie Marchal");
    assert!(indirect(&qs).is_empty(), "{qs:?}");
}

#[test]
fn a_pronoun_after_a_quote_stands_for_its_speaker_not_an_earlier_subject() {
    let t = format!(
        "{HEAD_FR}La ministre des Sports, Hélène Roussel, et son homologue belge Pieter Claes ont signé jeudi un accord.\n\n« Ce texte protège les jeunes athlètes », a souligné M. Claes lors d'une conférence commune. Il a ajouté que le texte entrerait en vigueur en septembre."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Pieter Claes");
    let t = format!(
        "{HEAD_EN}Mayor Tom Garrity and Councillor Dana Reyes met on Monday.\n\n\"The bridge will reopen,\" Garrity said at a news conference. He added that the works had cost $3 million."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Tom Garrity");
}

#[test]
fn a_pronoun_after_a_described_speaker_is_that_speaker() {
    let t = format!(
        "{HEAD_FR}Le procès de Marc Delval s'est ouvert lundi.\n\n« Il savait tout », a lancé le magistrat devant la cour. Selon lui, les alertes avaient été ignorées."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "le magistrat");
}

#[test]
fn a_partial_quote_inside_reported_speech_is_its_speakers() {
    let t = format!(
        "{HEAD_EN}Prosecutor Ann Kelby told the jury that Paul Marsh had \"treated the fund as his own.\" She said the losses topped $2 million.\n\nJudge Ruth Adler said the sentence reflected \"the scale of the harm.\" According to the regulator, 300 savers lost money."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(speaker(d[0]), "Ann Kelby");
    assert_eq!(cue(d[0]), "told");
    assert_eq!(speaker(d[1]), "Ruth Adler");
    assert_eq!(cue(d[1]), "said");
}

#[test]
fn declaring_an_emergency_is_an_act_not_speech() {
    let t = format!(
        "{HEAD_EN}The governor declared a state of emergency in the county on Monday. Officials declared a curfew from midnight. The mayor said a curfew would continue through the weekend."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "a curfew would continue through the weekend");
    let t = format!(
        "{HEAD_FR}Le préfet a déclaré l'état d'urgence sanitaire lundi. Le maire a déclaré que l'état d'urgence serait levé vendredi."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "l'état d'urgence serait levé vendredi");
}

#[test]
fn an_adjunct_between_the_cue_and_an_inverted_subject_is_stepped_over() {
    let t = format!(
        "{HEAD_FR}« Rien n'est décidé », a déclaré dans un communiqué le ministère de la Santé.\n\n« Nous ne céderons pas aux menaces », a réagi sur son compte X le ministère iranien des Affaires étrangères.\n\n« C'est une erreur », a réagi sur Twitter le maire de Lyon."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 3, "{qs:?}");
    assert_eq!(speaker(d[0]), "ministère de la Santé");
    assert_eq!(speaker(d[1]), "ministère iranien des Affaires étrangères");
    assert_eq!(cue(d[1]), "a réagi");
    assert_eq!(speaker(d[2]), "le maire de Lyon");
}

#[test]
fn a_place_qualifying_a_role_noun_is_not_the_speaker() {
    let t = format!(
        "{HEAD_EN}A senior U.S. official, who asked not to be named, told reporters the strikes alone would not be enough.\n\n\"We need change,\" the New York businessman said, arguing that he would bring a new approach."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    assert_eq!(speaker(i[0]), "a senior U.S. official");
    assert_eq!(speaker(i[1]), "the New York businessman");
    assert_eq!(speaker(direct(&qs)[0]), "the New York businessman");
    let t = format!(
        "{HEAD_FR}Un haut responsable de Washington a estimé que les frappes ne suffiraient pas."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_ne!(speaker(i[0]), "Washington");
}

#[test]
fn a_spokesman_for_an_organisation_speaks_as_it() {
    let t = format!(
        "{HEAD_EN}A spokesman for the Financial Conduct Authority said the regulator would review its rules."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Financial Conduct Authority");
    let t = format!(
        "{HEAD_FR}Un porte-parole de la Banque de France a indiqué que les taux resteraient stables."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Banque de France");
}

#[test]
fn a_trailing_cue_with_a_role_and_a_name_in_apposition() {
    let t = format!("{HEAD_EN}The sentence was fair, said the presiding judge, Caroline Whitmore.");
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "The sentence was fair");
    assert_eq!(speaker(i[0]), "Caroline Whitmore");
}

#[test]
fn a_lawyers_honorific_is_no_first_person_word() {
    let t = format!(
        "{HEAD_FR}L'avocate de la défense, Me Hélène Carpentier, a plaidé l'acquittement. Le verdict est attendu vendredi, a précisé la présidente de la cour, Anne-Sophie Rivière."
    );
    let qs = analyze(&t, "fr");
    assert!(direct(&qs).is_empty(), "{qs:?}");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Anne-Sophie Rivière");
}

#[test]
fn a_clitic_glued_to_a_name_before_a_verb_of_saying_is_no_auxiliary() {
    let t = format!(
        "{HEAD_EN}The city holds a rating from Moody's and Fitch. Moody's said the outlook was stable."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(cue(i[0]), "said");
    assert!(speaker(i[0]).starts_with("Moody"), "{qs:?}");
}

#[test]
fn called_sets_off_a_quoted_judgement_and_a_conference_call_is_no_verb() {
    let t = format!(
        "{HEAD_EN}Council member Shawn Gregory called it \"a shell game.\" Finance director Bill McCarty told analysts on a conference call that the deficit would be covered by reserves."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Shawn Gregory");
    assert_eq!(cue(d[0]), "called");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "the deficit would be covered by reserves");
}

#[test]
fn a_participle_and_its_agent_before_a_cue_is_no_content() {
    let t = format!("{HEAD_FR}Interrogé par France 3, le maire a répondu. Contacté par nos soins, le préfet a indiqué que la route rouvrirait lundi.");
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "la route rouvrirait lundi");
    let t = format!("{HEAD_EN}Asked by reporters about the deal, the mayor declined to comment.");
    assert!(indirect(&analyze(&t, "en")).is_empty());
}

#[test]
fn a_pronoun_sentence_after_a_closed_quote_still_attributes_it() {
    let t = format!(
        "{HEAD_EN}Mayor Misty Harlan defended the plan as \"a responsible budget for hard times.\" She said taxes would not rise."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Misty Harlan");
}

#[test]
fn a_broader_role_noun_stands_for_the_person_just_named() {
    let t = format!(
        "{HEAD_FR}Pour le député de La France insoumise (LFI) Marc Ollier, le texte a été écrit trop vite.\n\nL'élu du Gard estime que la majorité est divisée. Un élu a affirmé que le vote serait reporté."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 3, "{qs:?}");
    assert_eq!(speaker(i[1]), "Marc Ollier");
    // an indefinite description is someone new
    assert_eq!(speaker(i[2]), "un élu");
    let t = format!(
        "{HEAD_EN}Senator Dana Whitlock voted against the bill.\n\nThe lawmaker said the bill would raise costs. A lawmaker said the vote was close."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    assert_eq!(speaker(i[0]), "Dana Whitlock");
    assert_eq!(speaker(i[1]), "a lawmaker");
}

#[test]
fn the_frame_opening_the_sentence_speaks_for_on() {
    let t = format!(
        "{HEAD_FR}Dans l'entourage de l'accusé, on assure qu'il vit très mal ces audiences. Chez Renault, on affirme que l'usine restera ouverte. On dit que le verdict sera sévère."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 3, "{qs:?}");
    assert_eq!(speaker(i[0]), "l'entourage de l'accusé");
    assert_eq!(speaker(i[1]), "Renault");
    assert_eq!(speaker(i[2]), "on");
}

#[test]
fn an_apposition_of_the_source_after_selon_is_no_content() {
    let t = format!(
        "{HEAD_FR}Selon la CGT, majoritaire sur le site, aucune alternative n'a été étudiée. Pour Sophie Marchetti, analyste chez Oddo BHF, « le marché a déjà intégré ces chiffres ». Selon lui, en 2020, les ventes avaient chuté."
    );
    let qs = analyze(&t, "fr");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    assert_eq!(i[0].text, "aucune alternative n'a été étudiée");
    assert_eq!(speaker(i[0]), "CGT");
    assert!(i[1].text.starts_with("en 2020"), "{:?}", i[1]);
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Sophie Marchetti");
}

#[test]
fn trailing_attribution_with_an_inverted_speaker_after_the_verb() {
    // The noun phrase after "a annoncé" is the speaker of the clause before the comma,
    // not the content of the announcement, also with a time adjunct between them.
    let t = format!(
        "{HEAD_FR}Le trafic restera perturbé jusqu'à vendredi, a annoncé jeudi soir la direction \
         de la RATP. L'usine fermera en mars, a indiqué le directeur du site, Marc Petit, dans un \
         communiqué."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(r[0].text, "Le trafic restera perturbé jusqu'à vendredi");
    assert_eq!(speaker(r[0]), "la direction de la RATP");
    assert_eq!(r[1].text, "L'usine fermera en mars");
    assert_eq!(speaker(r[1]), "Marc Petit");

    let t = format!(
        "{HEAD_EN}The line will stay closed until Friday, said the company's chief executive, \
         Anne Roe, on Thursday. According to the UN Development Programme (UNDP), most of the \
         aid never arrived. According to the report, the budget was overspent twice."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 3, "{qs:?}");
    assert_eq!(r[0].text, "The line will stay closed until Friday");
    assert_eq!(speaker(r[0]), "Anne Roe");
    assert_eq!(r[1].text, "most of the aid never arrived");
    assert!(
        speaker(r[1]).contains("Development Programme"),
        "{:?}",
        r[1]
    );
    assert_eq!(r[2].text, "the budget was overspent twice");
    assert_eq!(speaker(r[2]), "the report");
}

#[test]
fn selon_a_name_and_its_role_and_a_place_dateline_are_no_content() {
    let t = "Grève à la RATP\n\nPARIS — Le trafic restera perturbé jusqu'à vendredi, a annoncé \
             la direction de la RATP. Selon Yann Le Goff, secrétaire général de SUD à Paris, « la \
             colère ne retombe pas ». Selon Yann Le Goff, secrétaire général de SUD à Paris, la \
             grève sera reconduite.";
    let qs = analyze(t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(r[0].text, "Le trafic restera perturbé jusqu'à vendredi");
    assert_eq!(r[1].text, "la grève sera reconduite");
    assert_eq!(speaker(r[1]), "Yann Le Goff");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(d[0].text, "la colère ne retombe pas");
    assert_eq!(speaker(d[0]), "Yann Le Goff");
}

#[test]
fn a_comma_inside_the_closing_quote_still_ends_the_content_before_a_participle() {
    let t = format!(
        "{HEAD_EN}The prosecutor argued that the payments were \"a scheme, not a mistake,\" noting \
         that the accounts were opened in 2015."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(r[0].text, "the payments were \"a scheme, not a mistake,\"");
    assert_eq!(r[1].text, "the accounts were opened in 2015");
}

#[test]
fn a_participle_after_a_subject_in_apposition_and_repeated_words() {
    let t = format!(
        "{HEAD_FR}Son avocate, Me Julie Ferrand, a plaidé la relaxe, estimant que le dossier \
         reposait « sur des rumeurs ». « Je n'ai jamais rien volé », a répété le prévenu, Marc \
         Aubry. « Je n'ai rien à cacher », répète-t-il."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(r[0].text, "le dossier reposait « sur des rumeurs »");
    assert_eq!(speaker(r[0]), "Julie Ferrand");
    let d = direct(&qs);
    assert_eq!(d.len(), 3, "{qs:?}");
    assert_eq!(speaker(d[0]), "Julie Ferrand");
    assert_eq!(cue(d[1]), "a répété");
    assert_eq!(speaker(d[1]), "Marc Aubry");
    assert_eq!(cue(d[2]), "répète-t-il");
    assert_eq!(speaker(d[2]), "Marc Aubry");
}

#[test]
fn a_bare_role_noun_right_after_a_person_spoke_is_that_person() {
    let t = format!(
        "{HEAD_FR}« Nous ne reprendrons pas le travail », a déclaré Karim Mansouri, délégué \
         CGT. Le syndicaliste a rappelé que les salaires n'avaient pas bougé depuis 2024."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Karim Mansouri");
    let t = format!(
        "{HEAD_EN}\"We will appeal,\" said Dana Whitfield, who represents the family. The lawyer \
         added that the filing would come within a month."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Dana Whitfield");
}

#[test]
fn a_quote_closing_its_sentence_inside_the_marks_keeps_its_own_cue() {
    let t = format!(
        "{HEAD_EN}An official said the two sides remained \"far apart on almost everything.\" \
         The official added that a new round could take place in July. \"We came in good \
         faith.\" Lavrov said."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 2, "{qs:?}");
    assert_eq!(cue(d[0]), "said");
    assert_eq!(speaker(d[0]), "an official");
    assert_eq!(cue(d[1]), "said");
    assert_eq!(speaker(d[1]), "Lavrov");
}

#[test]
fn a_role_in_a_complement_and_a_group_with_a_participle_are_no_named_speaker() {
    let t = format!(
        "{HEAD_FR}La ministre de la Culture, Inès Roy, est arrivée lundi. Selon un proche de la \
         ministre, un accord pourrait être signé avant Noël. Les loyalistes, emmenés par la \
         députée Sonia Marell, estiment que la question a été tranchée. Les discussions \
         reprendront mardi, a annoncé le haut-commissariat."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    let got: Vec<(&str, String)> = r.iter().map(|q| (q.text.as_str(), speaker(q))).collect();
    assert_eq!(
        got,
        [
            (
                "un accord pourrait être signé avant Noël",
                "un proche de la ministre".to_string()
            ),
            ("la question a été tranchée", "les loyalistes".to_string()),
            (
                "Les discussions reprendront mardi",
                "le haut-commissariat".to_string()
            ),
        ]
    );
}

#[test]
fn a_definite_description_of_an_organisation_with_an_adjective() {
    let t = format!(
        "{HEAD_EN}Shares in Harwell Energy fell 14% on Thursday after the British utility \
         warned that annual profit would come in below expectations."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Harwell Energy");
    assert_eq!(r[0].text, "annual profit would come in below expectations");
}

#[test]
fn incises_with_verbs_of_manner_and_rescue_services_as_sources() {
    let t = format!(
        "{HEAD_FR}Un incendie a ravagé un immeuble dans la nuit, a indiqué dimanche matin le \
         bataillon de marins-pompiers. Elle vivait là. « Le propriétaire savait tout, \
         accuse-t-elle. On l'avait prévenu. » « Ce n'est pas fini », tempère le maire."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "le bataillon de marins-pompiers");
    let d = direct(&qs);
    assert_eq!(d.len(), 3, "{qs:?}");
    assert_eq!(d[0].text, "Le propriétaire savait tout");
    assert_eq!(cue(d[1]), "accuse-t-elle");
    assert_eq!(cue(d[2]), "tempère");
    assert_eq!(speaker(d[2]), "le maire");
}

#[test]
fn a_participle_after_a_past_tense_takes_the_sentence_subject() {
    let qs = analyze(
        "The ministry declined to give details, saying only that talks would continue. \
         Helen Park declined to comment, adding that the deal was off.",
        "en",
    );
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 2, "{qs:?}");
    assert_eq!(speaker(ind[0]).to_lowercase(), "the ministry");
    assert_eq!(ind[0].text, "talks would continue");
    assert_eq!(speaker(ind[1]), "Helen Park");
    // French past tenses take an auxiliary, which the tables know
    let qs = analyze(
        "Le ministère a refusé de commenter, indiquant seulement que les contacts se \
         poursuivaient.",
        "fr",
    );
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(speaker(ind[0]).to_lowercase(), "le ministère");
}

#[test]
fn describe_sets_off_a_quoted_phrase() {
    let qs = analyze(
        "Interrogé par Le Progrès, un agent de la SNCF a décrit « une panique générale » dans \
         le hall.",
        "fr",
    );
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "un agent de la SNCF");
    assert_eq!(d[0].cue.as_ref().map(|c| c.text.as_str()), Some("a décrit"));
    let qs = analyze(
        "Asked by the Herald, a rail worker described \"a general panic in the hall.\"",
        "en",
    );
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "a rail worker");
}

#[test]
fn a_quotation_opening_its_sentence_after_a_sentence_about_one_person() {
    let qs = analyze(
        "Au pied de l'immeuble, Fatou Diallo, 42 ans, serre son fils contre elle. « On a tout \
         perdu. »\n\nUne entreprise travaillait sur le chantier voisin. Le préfet a indiqué \
         que l'enquête était confiée à la police judiciaire.",
        "fr",
    );
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "Fatou Diallo");
    assert!(d[0].cue.is_none());
    // a role noun later on is not that person
    let ind = indirect(&qs);
    assert_eq!(speaker(ind[0]).to_lowercase(), "le préfet");
    let qs = analyze(
        "Outside the shelter, Maria Lopez holds her son close. \"We lost everything.\"",
        "en",
    );
    assert_eq!(speaker(direct(&qs)[0]), "Maria Lopez");
    // two people named: no guess
    let qs = analyze(
        "Maria Lopez met Tom Hale at the shelter. \"We lost everything.\"",
        "en",
    );
    assert_eq!(speaker(direct(&qs)[0]), "");
}

#[test]
fn a_definite_noun_after_a_description_that_spoke_is_that_description() {
    let t = format!(
        "{HEAD_EN}Foreign Minister Sergei Lavrov told reporters that Kyiv was \"not serious.\"\n\n\
         A senior European official said the two sides remained far apart. The official added \
         that a new round could take place in July."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 3, "{qs:?}");
    assert_eq!(speaker(r[2]), "a senior European official");
}

#[test]
fn a_name_then_a_past_verb_after_said_is_the_content_not_the_speaker() {
    // "…, said Washington backed the plan": Washington is the subject of the reported
    // clause; the speaker is the subject before the relative clause
    let t = format!(
        "{HEAD_EN}Senator Ruth Ambler, who met the negotiators in Geneva on Sunday, said Brussels welcomed the proposal."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "Brussels welcomed the proposal");
    assert!(speaker(i[0]).contains("Ambler"), "{:?}", i[0].speaker);
    // the trailing attribution keeps working: "…, said Mayor Ruth Calloway."
    let t = format!("{HEAD_EN}The bridge will reopen in May, said Mayor Ruth Calloway.");
    let qs = analyze(&t, "en");
    assert!(speaker(indirect(&qs)[0]).contains("Calloway"), "{qs:?}");
}

#[test]
fn a_date_between_the_cue_and_its_speaker_is_skipped() {
    let t = format!(
        "{HEAD_FR}Le maire est visé par une enquête pour « prise illégale d'intérêts », a indiqué jeudi 12 mars le parquet de Lyon."
    );
    let qs = analyze(&t, "fr");
    assert!(
        qs.iter().any(|q| speaker(q) == "le parquet de Lyon"),
        "{qs:?}"
    );
    assert!(!qs.iter().any(|q| speaker(q).contains("mars")), "{qs:?}");
}

#[test]
fn a_role_then_the_name_in_apposition_after_pour_or_selon_speaks() {
    let t = format!(
        "{HEAD_FR}Pour la candidate écologiste, Sophie Marchetti, l'affaire « jette une ombre sur toute la campagne »."
    );
    let qs = analyze(&t, "fr");
    assert!(!qs.is_empty(), "{qs:?}");
    for q in &qs {
        assert_eq!(speaker(q), "Sophie Marchetti", "{q:?}");
    }
    let t =
        format!("{HEAD_EN}According to the spokeswoman, Jane Rowe, the plant will close in May.");
    let qs = analyze(&t, "en");
    assert_eq!(speaker(indirect(&qs)[0]), "Jane Rowe", "{qs:?}");
}

#[test]
fn a_quoted_sentence_with_an_incise_is_a_quote_not_a_title() {
    let t = format!(
        "{HEAD_FR}Le député Karim Benali a réclamé sa démission. « Les Lyonnais ont le droit de savoir », a-t-il écrit sur X. Pour la candidate écologiste, Sophie Marchetti, l'affaire « jette une ombre sur la campagne »."
    );
    let a = lede::analyze(
        &t,
        &lede::Options {
            language: Some("fr".into()),
            ..Default::default()
        },
    )
    .expect("analysis");
    let d = direct(&a.quotes);
    assert!(
        d.iter()
            .any(|q| q.text == "Les Lyonnais ont le droit de savoir"
                && speaker(q).contains("Benali")
                && cue(q) == "a-t-il écrit"),
        "{:?}",
        a.quotes
    );
    // neither a title nor "X. Pour" as a name
    assert!(
        !a.entities
            .iter()
            .any(|e| e.name.contains("droit") || e.name.contains("Pour")),
        "{:?}",
        a.entities
    );
    assert!(
        d.iter()
            .any(|q| q.text.starts_with("jette") && speaker(q) == "Sophie Marchetti"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn an_organisation_named_in_apposition_to_the_subject_speaks() {
    let t = format!(
        "{HEAD_EN}The group's chip unit, Brightwell Semiconductor, said revenue fell 9% in the quarter."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Brightwell Semiconductor");
    let t = format!(
        "{HEAD_EN}The union representing workers at the Hillsboro plant, the United Steelworkers, said it had not been consulted."
    );
    let qs = analyze(&t, "en");
    assert_eq!(speaker(indirect(&qs)[0]), "United Steelworkers", "{qs:?}");
    // a person before the apposition speaks, whatever the apposition names
    let t = format!(
        "{HEAD_EN}Dana Ortiz, the Acme Chief Executive Officer, said sales would rise next year."
    );
    let qs = analyze(&t, "en");
    assert_eq!(speaker(indirect(&qs)[0]), "Dana Ortiz", "{qs:?}");
}

#[test]
fn a_second_verb_of_saying_shares_the_subject_after_a_possessor() {
    let t = format!(
        "{HEAD_EN}Norway's Foreign Minister Ingrid Dahl told reporters the two sides were close but warned that serious gaps remained."
    );
    let qs = analyze(&t, "en");
    let i = indirect(&qs);
    assert_eq!(i.len(), 2, "{qs:?}");
    for q in i {
        assert_eq!(speaker(q), "Ingrid Dahl", "{q:?}");
    }
}

#[test]
fn a_verb_of_saying_before_against_reports_no_content() {
    let t = format!(
        "{HEAD_EN}The company's owner, Victor Salas, pleaded guilty last year and testified against the former mayor."
    );
    let qs = analyze(&t, "en");
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn impersonal_on_after_its_cue_takes_the_place_or_circle_that_follows() {
    let t = format!(
        "{HEAD_FR}Le gouvernement devrait engager sa responsabilité la semaine prochaine, indique-t-on à Matignon."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(indirect(&qs).len(), 1, "{qs:?}");
    assert_eq!(speaker(indirect(&qs)[0]), "Matignon");
    let t =
        format!("{HEAD_FR}« Rien n'est encore décidé », assure-t-on dans l'entourage du ministre.");
    let qs = analyze(&t, "fr");
    assert_eq!(speaker(direct(&qs)[0]), "l'entourage du ministre", "{qs:?}");
    // alone, "on" is nobody in particular: the quote stays, without a speaker
    let t = format!("{HEAD_FR}Marc Dupuis est parti. « Rien n'est encore décidé », assure-t-on.");
    let qs = analyze(&t, "fr");
    assert_eq!(direct(&qs).len(), 1, "{qs:?}");
    assert!(direct(&qs)[0].speaker.is_none(), "{qs:?}");
}

#[test]
fn the_writers_own_reporting_is_nobodys_words() {
    for (t, lang) in [
        (
            format!("{HEAD_FR}D'après nos informations, leur premier secrétaire, Olivier Faure, a réuni ses députés mercredi."),
            "fr",
        ),
        (
            format!("{HEAD_EN}According to our reporting, the minister met the donors twice."),
            "en",
        ),
    ] {
        let qs = analyze(&t, lang);
        assert!(qs.is_empty(), "{qs:?}");
    }
}

#[test]
fn an_institution_noun_stands_for_an_organisation_that_bears_it_or_for_itself() {
    let t = format!(
        "{HEAD_FR}Quelque 600 pompiers, appuyés par la société Aérotech, étaient mobilisés. Deux pompiers ont été blessés, a précisé la préfecture."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(speaker(indirect(&qs)[0]), "la préfecture", "{qs:?}");
    // a generic company noun still takes the organisation named before
    let t = format!(
        "{HEAD_FR}Le groupe Vexalis a publié ses résultats. L'entreprise a indiqué que ses ventes avaient reculé de 4 %."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(speaker(indirect(&qs)[0]), "Vexalis", "{qs:?}");
}

#[test]
fn a_description_of_up_to_eight_words_speaks_whole() {
    let t = format!(
        "{HEAD_EN}A spokesperson for the German finance ministry said Berlin welcomed the decision."
    );
    let qs = analyze(&t, "en");
    assert_eq!(
        speaker(indirect(&qs)[0]),
        "a spokesperson for the German finance ministry",
        "{qs:?}"
    );
}

#[test]
fn an_infinitive_after_de_is_no_cue_of_the_partial_quote_that_follows() {
    let t = format!(
        "{HEAD_FR}Le président Ivan Kovac a promis de poursuivre les efforts « jusqu'à ce que le dernier prisonnier soit libéré »."
    );
    let qs = analyze(&t, "fr");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert!(speaker(d[0]).contains("Kovac"), "{qs:?}");
    assert_ne!(cue(d[0]), "poursuivre");
}

#[test]
fn the_union_front_after_its_cue_speaks() {
    let t = format!(
        "{HEAD_FR}La CGT et FO se sont jointes à l'appel, a indiqué l'intersyndicale dans un communiqué commun."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(speaker(indirect(&qs)[0]), "l'intersyndicale", "{qs:?}");
}

#[test]
fn le_ministere_after_another_organisation_is_the_ministry_named_before() {
    let t = format!(
        "{HEAD_FR}Le ministère de la Santé a publié un rapport. La société Vexalis a contesté ses chiffres. Le ministère a répondu que les données étaient publiques."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(speaker(indirect(&qs)[0]), "ministère de la Santé", "{qs:?}");
}

#[test]
fn more_verbs_of_saying_and_light_verb_phrases() {
    for (t, lang) in [
        (
            "Le maire a fait remarquer que le pont rouvrirait en mai.",
            "fr",
        ),
        (
            "Le maire a laissé entendre que le pont rouvrirait en mai.",
            "fr",
        ),
        ("Le maire a réitéré que le pont rouvrirait en mai.", "fr"),
        ("Le maire a objecté que le pont rouvrirait en mai.", "fr"),
        (
            "The mayor reiterated that the bridge would reopen in May.",
            "en",
        ),
    ] {
        let head = if lang == "fr" { HEAD_FR } else { HEAD_EN };
        let qs = analyze(&format!("{head}{t}"), lang);
        assert_eq!(indirect(&qs).len(), 1, "{t}: {qs:?}");
        assert!(
            speaker(indirect(&qs)[0]).contains("maire")
                || speaker(indirect(&qs)[0]).contains("mayor"),
            "{qs:?}"
        );
    }
    // alone, remarquer notices and entendre hears
    for t in [
        "Le maire a remarqué que la porte était ouverte.",
        "Le maire a entendu que la porte claquait.",
    ] {
        let qs = analyze(&format!("{HEAD_FR}{t}"), "fr");
        assert!(qs.is_empty(), "{t}: {qs:?}");
    }
}

#[test]
fn a_court_rules_a_plural_noun_does_not_and_a_quote_only_verb_does_not_cut_content() {
    let qs = analyze(
        &format!("{HEAD_EN}The appeals court ruled that the law was unconstitutional."),
        "en",
    );
    assert_eq!(
        indirect(&qs)[0].text,
        "the law was unconstitutional",
        "{qs:?}"
    );
    let qs = analyze(
        &format!("{HEAD_EN}The new rules that could close dozens of plants were criticized."),
        "en",
    );
    assert!(qs.is_empty(), "{qs:?}");
    let qs = analyze(
        &format!("{HEAD_EN}Trump said during a rally in Michigan that Clinton once described the deal as the gold standard."),
        "en",
    );
    assert_eq!(
        indirect(&qs)[0].text,
        "Clinton once described the deal as the gold standard",
        "{qs:?}"
    );
}

#[test]
fn a_progressive_verb_of_saying_has_its_subject_right_before_it() {
    let qs = analyze(
        &format!("{HEAD_EN}Senator Ruth Ambler is claiming that the vote was rigged."),
        "en",
    );
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "the vote was rigged");
    assert!(speaker(i[0]).contains("Ambler"), "{qs:?}");
    let qs = analyze(
        &format!("{HEAD_EN}Forecasters are warning that the storm could strengthen overnight."),
        "en",
    );
    assert!(
        speaker(indirect(&qs)[0]).eq_ignore_ascii_case("forecasters"),
        "{qs:?}"
    );
}

#[test]
fn a_participle_after_a_comma_takes_the_name_that_opens_the_sentence() {
    let qs = analyze(
        &format!("{HEAD_EN}Ruth Ambler left the stage, saying that the count was rigged."),
        "en",
    );
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(speaker(i[0]), "Ruth Ambler");
}

#[test]
fn a_trailing_attribution_may_be_followed_by_the_reporters_clause() {
    let qs = analyze(
        &format!("{HEAD_EN}The decision is an insult to every voter, opposition lawmakers said Friday, as they left the chamber in protest."),
        "en",
    );
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(i[0].text, "The decision is an insult to every voter");
    assert_eq!(speaker(i[0]), "opposition lawmakers");
    // "and" before a plain form that is no verb here does not end the content
    let qs = analyze(
        &format!(
            "{HEAD_EN}The city sent a letter. It says the campaign violated federal and state law."
        ),
        "en",
    );
    assert_eq!(
        indirect(&qs)[0].text,
        "the campaign violated federal and state law",
        "{qs:?}"
    );
}

#[test]
fn a_subject_pronoun_right_after_the_verb_opens_the_reported_clause() {
    let qs = analyze(
        &format!("{HEAD_EN}Ruth Ambler said she hopes to win the seat, but she knows that the race is close."),
        "en",
    );
    let i = indirect(&qs);
    assert_eq!(i.len(), 1, "{qs:?}");
    assert_eq!(
        i[0].text,
        "she hopes to win the seat, but she knows that the race is close"
    );
    // the addressee of told is no subject
    let qs = analyze(
        &format!("{HEAD_EN}Ruth Ambler told him that the race was close."),
        "en",
    );
    assert_eq!(indirect(&qs)[0].text, "the race was close", "{qs:?}");
}

#[test]
fn a_day_between_the_subject_and_its_verb_is_no_part_of_the_speaker() {
    for (lang, text) in [
        ("en", "The ministry on Monday said that talks had failed."),
        ("en", "The ministry Monday said that talks had failed."),
        (
            "fr",
            "Le ministère, lundi, a indiqué que les discussions avaient échoué.",
        ),
    ] {
        let qs = analyze(text, lang);
        let ind = indirect(&qs);
        assert_eq!(ind.len(), 1, "{text}");
        let who = speaker(ind[0]);
        assert!(
            who == "the ministry" || who == "le ministère",
            "{text}: {who}"
        );
    }
}

#[test]
fn a_trailing_selon_takes_the_whole_name_of_its_source() {
    let text = "Le feu était « fixé » dimanche en fin de matinée, selon le Service \
                départemental d'incendie et de secours (SDIS).";
    let qs = analyze(text, "fr");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(
        speaker(ind[0]),
        "Service départemental d'incendie et de secours"
    );
}

#[test]
fn a_verb_form_after_a_number_is_a_noun() {
    let text = "Harlow won the race, defeating Feeney by 9.4 points, according to the AP. \
                The Nikkei average shed 156.65 points, or 0.76 percent.";
    let qs = analyze(text, "en");
    assert!(qs.iter().all(|q| cue(q) != "points"), "{qs:?}");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(speaker(ind[0]), "AP");
}

#[test]
fn a_time_adjunct_after_the_verb_is_no_content() {
    let text = "Turnout appeared to be the highest since 1994, election officials said \
                early Wednesday.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert!(ind[0].text.starts_with("Turnout appeared"), "{qs:?}");
    assert_eq!(speaker(ind[0]), "election officials");
}

#[test]
fn an_amount_after_the_verb_opens_the_content() {
    let text = "Secretary of State Luis Ortega said about 61% of registered voters had cast \
                ballots. He said in 2019 that turnout was low.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 2, "{qs:?}");
    assert!(ind[0].text.starts_with("about 61%"), "{qs:?}");
    assert_eq!(ind[1].text, "turnout was low");
}

#[test]
fn an_adverb_of_time_after_conceded_is_no_content() {
    let qs = analyze(
        "Feeney conceded shortly after 11 p.m. in a brief speech.",
        "en",
    );
    assert!(indirect(&qs).is_empty(), "{qs:?}");
}

#[test]
fn reporting_results_is_an_act_not_speech() {
    let text = "Harbor Freight will report third-quarter results on Nov. 3. Kellogg Co. \
                reported lower third-quarter earnings. Officials said test results showed a \
                match, and the firm said its earnings had doubled.";
    let qs = analyze(text, "en");
    let ind: Vec<String> = indirect(&qs).iter().map(|q| q.text.clone()).collect();
    assert_eq!(
        ind,
        vec!["test results showed a match", "its earnings had doubled"],
        "{qs:?}"
    );
}

#[test]
fn phrasal_verbs_of_saying_take_their_particle() {
    let text = "Health Secretary Wes Marlow shot back that spending was at a record high. \
                \"That is simply false,\" she fired back. Police shot a man on Tuesday, and \
                fire officials said the blaze was out.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 2, "{qs:?}");
    assert_eq!(ind[0].text, "spending was at a record high");
    assert_eq!(cue(ind[0]), "shot back");
    assert_eq!(speaker(ind[1]), "fire officials");
    let dir = direct(&qs);
    assert_eq!(dir.len(), 1, "{qs:?}");
    assert_eq!(cue(dir[0]), "fired back");
}

#[test]
fn a_verb_form_after_a_number_word_is_a_noun() {
    let text = "Harlow won the race, defeating Feeney by nearly nine points, according to \
                projections by the Associated Press.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(speaker(ind[0]), "Associated Press");
    let qs = analyze(
        "Les deux rapports montrent que la situation s'aggrave.",
        "fr",
    );
    assert_eq!(speaker(indirect(&qs)[0]), "les deux rapports");
}

#[test]
fn a_verb_and_its_preposition_make_one_cue_with_the_words_after_as_content() {
    // English: calls, appeals and warnings with their object
    let text = "The dockers' union called for calm after a night of clashes at the port. \
                Opposition leaders called on the minister to resign. Ms Varga warned \
                against any delay in the repairs. The Coastguard appealed for witnesses. \
                She called the decision \"a disgrace\". The club appealed the ban.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    let texts: Vec<&str> = ind.iter().map(|q| q.text.as_str()).collect();
    assert!(
        texts.contains(&"calm after a night of clashes at the port"),
        "{qs:?}"
    );
    assert!(texts.contains(&"the minister to resign"), "{qs:?}");
    assert!(texts.contains(&"any delay in the repairs"), "{qs:?}");
    assert!(texts.contains(&"witnesses"), "{qs:?}");
    let calm = ind.iter().find(|q| q.text.starts_with("calm")).unwrap();
    assert_eq!(cue(calm), "called for");
    let delay = ind
        .iter()
        .find(|q| q.text.starts_with("any delay"))
        .unwrap();
    assert_eq!(cue(delay), "warned against");
    assert_eq!(speaker(delay), "Varga");
    // `called the decision …` and `appealed the ban` report no speech
    assert_eq!(ind.len(), 4, "{qs:?}");
    // the subject of a passive is not the speaker: `Residents were warned of …` is no
    // reported speech of the residents
    let qs = analyze(
        "Residents were warned of possible flooding overnight. The meeting was called for \
         Monday.",
        "en",
    );
    assert!(indirect(&qs).is_empty(), "{qs:?}");

    // a day between the verb and its preposition; a quoted word opening the content
    let qs = analyze(
        "The union called on Thursday for a national strike. The operators called for \
         \"realistic\" proposals from the union.",
        "en",
    );
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 2, "{qs:?}");
    assert_eq!(ind[0].text, "a national strike");
    assert_eq!(ind[1].text, "\"realistic\" proposals from the union");

    // French: `appeler à`, `plaider pour`, `mettre en garde contre`
    let text = "L'intersyndicale a appelé à une nouvelle journée de mobilisation. Le maire \
                a mis en garde contre une hausse des loyers. La députée a plaidé pour un \
                report du vote. Le préfet a mis les moyens nécessaires sur place.";
    let qs = analyze(text, "fr");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 3, "{qs:?}");
    assert_eq!(ind[0].text, "une nouvelle journée de mobilisation");
    assert_eq!(cue(ind[0]), "a appelé à");
    assert_eq!(ind[1].text, "une hausse des loyers");
    assert_eq!(cue(ind[1]), "a mis en garde contre");
    assert_eq!(ind[2].text, "un report du vote");
}

#[test]
fn a_participle_after_a_subordinator_stays_in_the_content() {
    // `when asked …` is part of what the lawyer said; `and urged …` is a new attribution
    let text = "The family's lawyer, Dana Whitlock, said the footage shows the driver \
                stepping out of the car when asked to do so by officers. The mayor said \
                the review would be quick and urged residents to stay calm.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(
        ind[0].text,
        "the footage shows the driver stepping out of the car when asked to do so by officers"
    );
    assert_eq!(ind[1].text, "the review would be quick");
    assert_eq!(ind[2].text, "residents to stay calm");
    assert_eq!(cue(ind[2]), "urged");
    // `her` after a preposition is the object pronoun, and the past form after it the
    // verb: "a source close to her said"; "her report" stays a noun
    let qs = analyze(
        "A source close to her said the talks had stalled. Her report was late.",
        "en",
    );
    assert_eq!(indirect(&qs).len(), 1, "{qs:?}");
    assert_eq!(speaker(indirect(&qs)[0]), "a source close to her");
    // a possessor is no speaker: the description keeps it
    let qs = analyze(
        "Johnson's lawyer said the charges would be dropped. The minister's spokesman \
         said the plan was sound.",
        "en",
    );
    let ind = indirect(&qs);
    assert_eq!(speaker(ind[0]), "Johnson's lawyer");
    assert_eq!(speaker(ind[1]), "the minister's spokesman");
    // the content starts after the comma of an incidental phrase
    let qs = analyze(
        "Her aides say that, in addition to the budget, she wants a new stadium.",
        "en",
    );
    assert_eq!(
        indirect(&qs)[0].text,
        "in addition to the budget, she wants a new stadium"
    );
}

#[test]
fn a_gerund_after_a_possessor_s_noun_phrase_goes_to_the_phrase() {
    let text = "The county's fire marshal urged residents on Friday to clear dry brush, \
                warning that the season would be long.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 2, "{qs:?}");
    assert_eq!(ind[1].text, "the season would be long");
    assert_eq!(speaker(ind[1]), speaker(ind[0]), "{qs:?}");
    assert!(speaker(ind[1]).contains("fire marshal"), "{qs:?}");
}

#[test]
fn a_possessor_before_the_pronoun_s_comma_is_someone_else() {
    let text = "Mayor Lena Ortiz opened the hearing. Councillor Dev Banerjee warned that \
                the fund would run dry. Asked about Banerjee's warning, she said the city \
                would borrow. When Banerjee left, he said the vote was rigged.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    let q = ind
        .iter()
        .find(|q| q.text.starts_with("the city would borrow"))
        .expect("quote");
    assert_eq!(speaker(q), "Lena Ortiz", "{qs:?}");
    let q = ind
        .iter()
        .find(|q| q.text.starts_with("the vote"))
        .expect("quote");
    assert_eq!(speaker(q), "Dev Banerjee", "{qs:?}");
}

#[test]
fn an_office_is_not_the_organisation_named_before_and_an_object_is_no_antecedent() {
    let text = "Harwick Rovers sacked their coach after a loss to Delford Town that was \
                booed by fans. \"We thank him,\" the club said. According to the budget \
                office, the city will spend more on parks.";
    let qs = analyze(text, "en");
    let dir = direct(&qs);
    assert_eq!(dir.len(), 1, "{qs:?}");
    assert_eq!(speaker(dir[0]), "Harwick Rovers", "{qs:?}");
    let ind = indirect(&qs);
    let q = ind
        .iter()
        .find(|q| q.text.starts_with("the city will"))
        .expect("quote");
    assert_eq!(speaker(q), "the budget office", "{qs:?}");
}

#[test]
fn a_possessive_in_the_addressee_does_not_end_the_search_for_that() {
    let text = "Finance chief Owen Pratt told the city's audit committee that the reserve \
                was nearly empty.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(ind[0].text, "the reserve was nearly empty");
    assert_eq!(speaker(ind[0]), "Owen Pratt");
}

#[test]
fn a_long_role_apposition_after_according_to_is_no_content() {
    let text = "According to Mira Kell, a professor of labour law at Leeds University, the \
                ruling changes little.";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(ind[0].text, "the ruling changes little");
    assert_eq!(speaker(ind[0]), "Mira Kell");
}

#[test]
fn a_relative_clause_inside_the_content_s_subject_stays_in_the_content() {
    let text = "The judge said that the fees, which date from 2019, serve no purpose. \
                She said the ruling would stand, which angered the company. \
                He wrote that Vexa's rules, which set a 30% commission on in-app sales, \
                \"protect a monopoly.\"";
    let qs = analyze(text, "en");
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 3, "{qs:?}");
    assert_eq!(
        ind[0].text,
        "the fees, which date from 2019, serve no purpose"
    );
    assert_eq!(ind[1].text, "the ruling would stand");
    assert!(ind[2].text.ends_with("\"protect a monopoly.\""), "{qs:?}");
}

#[test]
fn a_common_noun_opening_the_sentence_heads_the_speaker_before_a_place() {
    let qs = analyze(
        "Residents of Colonial Place said they were relieved but worried about the cost.",
        "en",
    );
    assert_eq!(speaker(indirect(&qs)[0]), "residents of Colonial Place");
}

#[test]
fn a_relative_clause_set_off_by_commas_reports_its_antecedent_s_speech() {
    let qs = analyze(
        "The mayor, who said the situation was under control, left the room.",
        "en",
    );
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(ind[0].text, "the situation was under control");
    assert_eq!(speaker(ind[0]), "the mayor");
    let qs = analyze(
        "Hélène Royer, qui plaide pour des renforts, a été reçue par le ministre.",
        "fr",
    );
    let ind = indirect(&qs);
    assert_eq!(ind.len(), 1, "{qs:?}");
    assert_eq!(ind[0].text, "des renforts");
    assert_eq!(speaker(ind[0]), "Hélène Royer");
}

#[test]
fn subject_in_apposition_then_a_bare_clause_with_a_simple_past() {
    // "said the board accepted it" is a clause (a past form with its object), not a
    // trailing speaker after a comma; the speaker is the name in apposition before
    let t = format!(
        "{HEAD_EN}The chairman, Richard Okafor, said the board accepted it. Its finance director, Maria Lund, said the auditors approved the accounts."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(r[0].text, "the board accepted it");
    assert_eq!(speaker(r[0]), "Richard Okafor");
    assert_eq!(r[1].text, "the auditors approved the accounts");
    assert_eq!(speaker(r[1]), "Maria Lund");
    // a participle with its preposition stays a trailing speaker
    let t = format!("{HEAD_EN}The deal is off, said a source briefed on the talks.");
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(r[0].text, "The deal is off");
}

#[test]
fn a_description_opened_by_a_name_keeps_its_capital() {
    // (the capital of a determiner opening the sentence goes; a name's stays)
    let t = format!(
        "{HEAD_EN}The regulator fined Northfield Water on Monday. Northfield Water's chairman said the company would appeal. The company's lawyer said the fine was too high."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(speaker(r[0]), "Northfield Water's chairman");
    assert_eq!(speaker(r[1]), "the company's lawyer");
}

#[test]
fn a_capitalized_title_is_no_name() {
    // "The Prime Minister said": the title speaks (not "Prime"), and stands for its
    // holder once the article has named one
    let t = format!("{HEAD_EN}The Foreign Secretary said the talks would resume.");
    let qs = analyze(&t, "en");
    assert_eq!(speaker(indirect(&qs)[0]), "the Foreign Secretary", "{qs:?}");
    let t = format!(
        "{HEAD_EN}Prime Minister Anne Roe unveiled the budget on Monday. The Prime Minister said the plan was fair."
    );
    let qs = analyze(&t, "en");
    assert_eq!(speaker(indirect(&qs)[0]), "Anne Roe", "{qs:?}");
}

#[test]
fn a_relative_clause_between_a_description_and_its_verb() {
    let t = format!(
        "{HEAD_EN}One juror, who declined to give her name, said the messages had been decisive."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "one juror");
    assert_eq!(r[0].text, "the messages had been decisive");
    let t = format!(
        "{HEAD_FR}Une voisine, qui a souhaité garder l'anonymat, a affirmé que la famille était partie."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "une voisine");
}

#[test]
fn french_present_forms_with_a_grave_accent() {
    // (é → è in the present: s'inquiéter → s'inquiète, révéler → révèle)
    let t = format!("{HEAD_FR}« Ça fait la troisième fois », s'inquiète Monique Faure.");
    let qs = analyze(&t, "fr");
    assert_eq!(speaker(direct(&qs)[0]), "Monique Faure", "{qs:?}");
    assert_eq!(cue(direct(&qs)[0]), "s'inquiète");
    let t = format!("{HEAD_FR}Le rapport de Claire Aubin révèle que le chantier a pris deux ans de retard. Elle considère que la ville doit revoir ses plans.");
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(cue(r[0]), "révèle");
    assert_eq!(r[1].text, "la ville doit revoir ses plans");
    assert_eq!(speaker(r[1]), "Claire Aubin");
}

#[test]
fn a_participle_after_a_quote_and_its_cue_has_the_cue_speaker() {
    // not a subject inside the quotation ("Nobody")
    let t = format!(
        "{HEAD_EN}Luca Ferri spoke first. \"Nobody called us. Not once,\" he said, adding that strikes were likely."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Luca Ferri");
    assert_eq!(r[0].text, "strikes were likely");
}

#[test]
fn a_trailing_according_to_with_the_source_complement() {
    let t = format!(
        "{HEAD_EN}The cuts will fall mainly on its plants in Ghent and Turin, according to a person familiar with the plans."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "a person familiar with the plans");
    assert_eq!(
        r[0].text,
        "The cuts will fall mainly on its plants in Ghent and Turin"
    );
}

#[test]
fn an_adverb_between_the_subject_and_its_verb() {
    let t = format!(
        "{HEAD_EN}Okonkwo also said the plan would work. He later promised to cut taxes. The president also told reporters that the bridge would be built."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 3, "{qs:?}");
    assert_eq!(speaker(r[0]), "Okonkwo");
    assert_eq!(r[0].text, "the plan would work");
    assert_eq!(speaker(r[1]), "Okonkwo");
    assert_eq!(r[1].text, "to cut taxes");
    assert_eq!(speaker(r[2]), "the president");
}

#[test]
fn a_bare_clause_opened_by_a_short_quotation() {
    let t = format!(
        "{HEAD_EN}He said \"budget reforms\" and the collection of unpaid taxes would pay for it. She said \"it was a mistake\" and left."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(
        r[0].text,
        "\"budget reforms\" and the collection of unpaid taxes would pay for it"
    );
    // a quoted sentence then another verb is a direct quote only
    assert!(
        direct(&qs).iter().any(|q| q.text == "it was a mistake"),
        "{qs:?}"
    );
}

#[test]
fn a_participle_after_a_pronoun_or_a_lone_name_opening_the_sentence() {
    let t = format!(
        "{HEAD_EN}Okonkwo addressed the crowd, saying that the system was rigged. He spoke to industry leaders, promising to lift environmental rules."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    // (a lone name keeps its capital; a common noun would not: "police")
    assert_eq!(speaker(r[0]), "Okonkwo");
    assert_eq!(r[1].text, "to lift environmental rules");
    let t = format!("{HEAD_EN}Police said the road was closed.");
    assert_eq!(speaker(indirect(&analyze(&t, "en"))[0]), "police");
}

#[test]
fn a_trailing_tell_with_a_named_addressee() {
    let t = format!(
        "{HEAD_EN}The talks have stalled, Ana Ruiz told the BBC on Monday. Nothing was agreed on the budget, a spokesman told reporters."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(r[0].text, "The talks have stalled");
    assert_eq!(speaker(r[0]), "Ana Ruiz");
    assert_eq!(r[1].text, "Nothing was agreed on the budget");
}

#[test]
fn a_coordinated_verb_after_a_name_with_two_appositions() {
    let t = format!(
        "{HEAD_FR}Le gérant, Philippe Daumas, 58 ans, a reconnu des erreurs mais a assuré qu'il avait tout fait pour les locataires."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Philippe Daumas");
    assert_eq!(cue(r[0]), "a assuré");
}

#[test]
fn after_a_quote_a_description_then_the_named_person() {
    let t = format!(
        "{HEAD_EN}\"This is a company that broke the law,\" Aquareg's chief executive, David Marsh, told reporters."
    );
    let qs = analyze(&t, "en");
    let d = direct(&qs);
    assert_eq!(d.len(), 1, "{qs:?}");
    assert_eq!(speaker(d[0]), "David Marsh");
}

#[test]
fn defendre_sets_off_a_quotation_only() {
    let t = format!(
        "{HEAD_FR}« C'est une mesure de justice sociale », a défendu en séance la vice-présidente chargée des mobilités, Élodie Marchetti. Elle a défendu le projet devant le conseil."
    );
    let qs = analyze(&t, "fr");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(speaker(&qs[0]), "Élodie Marchetti");
    assert_eq!(cue(&qs[0]), "a défendu");
}

#[test]
fn a_participle_after_a_subject_with_a_parenthesis() {
    let t = format!(
        "{HEAD_EN}Sen. Maria Ortega (D-N.M.) criticized the decision, saying high rates were \"crushing working families\"."
    );
    let qs = analyze(&t, "en");
    let r = indirect(&qs);
    assert_eq!(r.len(), 1, "{qs:?}");
    assert_eq!(speaker(r[0]), "Maria Ortega");
    assert_eq!(speaker(direct(&qs)[0]), "Maria Ortega");
}

#[test]
fn french_wish_to_say_is_saying() {
    // "a souhaité rappeler que": the subject speaks (not "souhaité")
    let t = format!(
        "{HEAD_FR}Le maire a souhaité rappeler que la ville n'était pas responsable. La préfète veut préciser que rien n'est décidé."
    );
    let qs = analyze(&t, "fr");
    let r = indirect(&qs);
    assert_eq!(r.len(), 2, "{qs:?}");
    assert_eq!(speaker(r[0]), "le maire");
    assert_eq!(cue(r[0]), "a souhaité rappeler");
    assert_eq!(speaker(r[1]), "la préfète");
    assert_eq!(cue(r[1]), "veut préciser");
}
