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
    // 10,000 and 100,000 marks: attributed quotes (50 to a paragraph), unclosed openers
    // in one paragraph, and one-quote paragraphs.
    let pairs = |n: usize| format!("{}\n\n", "« oui », a-t-il dit. ".repeat(25)).repeat(n / 50);
    let open = |n: usize| "« ".repeat(n);
    let paras = |n: usize| "« Non. »\n\n".repeat(n / 2);
    for make in [pairs, open, paras] {
        let small = make(10_000);
        let big = make(100_000);
        let ts = time(&small);
        let tb = time(&big);
        // ten times the input may not take much more than ten times as long
        assert!(
            tb.as_secs_f64() < 30.0 * ts.as_secs_f64().max(0.002),
            "10k: {ts:?}, 100k: {tb:?} ({})",
            &small[..12]
        );
    }
}
