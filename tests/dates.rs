//! Behaviour tests of the dates stage through the public API, on short articles written
//! for these tests (French and English).

use lede::analysis::{Anchor, DateExpr};
use lede::{analyze, Options};

fn dates(text: &str, lang: &str, reference: Option<&str>) -> Vec<DateExpr> {
    analyze(
        text,
        &Options {
            reference_date: reference.map(str::to_string),
            language: Some(lang.into()),
            ..Default::default()
        },
    )
    .expect("analysis")
    .dates
}

/// (text, type, value, mod) triples, in text order.
fn summary(ds: &[DateExpr]) -> Vec<(String, String, String, String)> {
    ds.iter()
        .map(|d| {
            (
                d.text.clone(),
                format!("{:?}", d.kind),
                d.value.clone().unwrap_or_default(),
                d.modifier.unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn row(t: &str, k: &str, v: &str, m: &str) -> (String, String, String, String) {
    (t.into(), k.into(), v.into(), m.into())
}

const FR_ARTICLE: &str = "Le maire de Nantes annonce un nouveau tramway\n\n\
December 30, 2018 07:19\n\n\
Le conseil municipal a voté hier soir le financement du projet. Les travaux commenceront \
au début de l'année prochaine et dureront sept ans, a précisé le maire.\n\n\
La semaine dernière, 2 000 habitants avaient signé une pétition. Le chantier sera \
présenté lundi à 18 heures, puis chaque mois jusqu'en 2025.\n\n\
« Nous attendons ce projet depuis les années 1990 », a déclaré une riveraine de 62 ans.";

#[test]
fn french_article() {
    let ds = dates(FR_ARTICLE, "fr", None);
    assert_eq!(
        summary(&ds),
        vec![
            row("December 30, 2018 07:19", "TIME", "2018-12-30T07:19", ""),
            row("hier soir", "TIME", "2018-12-29TEV", ""),
            row("au début de l'année prochaine", "DATE", "2019", "START"),
            row("sept ans", "DURATION", "P7Y", ""),
            row("La semaine dernière", "DATE", "2018-W51", ""),
            row("lundi à 18 heures", "TIME", "2018-12-31T18:00", ""),
            row("chaque mois", "SET", "P1M", ""),
            row("2025", "DATE", "2025", ""),
            row("les années 1990", "DATE", "199", ""),
            row("62 ans", "DURATION", "P62Y", ""),
        ]
    );
    // The date line is absolute; "hier soir" is anchored on the reference date it gave.
    assert_eq!(ds[0].anchor, Anchor::None);
    assert_eq!(
        ds[1].anchor,
        Anchor::Reference {
            value: "2018-12-30".into()
        }
    );
}

const EN_ARTICLE: &str = "City approves new tram line\n\n\
December 30, 2018 07:19\n\n\
The city council voted on Tuesday to fund the project, the mayor said. Work will begin \
early next year and last seven years.\n\n\
Theresa May, who visited the site last week, said 2,000 residents had signed a petition \
three days ago. The plan was first drafted in the 1990s, and the council meets every \
week.\n\n\
Two days later, the mayor is expected to present the budget at 6 p.m.";

#[test]
fn english_article() {
    let ds = dates(EN_ARTICLE, "en", None);
    assert_eq!(
        summary(&ds),
        vec![
            row("December 30, 2018 07:19", "TIME", "2018-12-30T07:19", ""),
            row("Tuesday", "DATE", "2018-12-25", ""),
            row("early next year", "DATE", "2019", "START"),
            row("seven years", "DURATION", "P7Y", ""),
            row("last week", "DATE", "2018-W51", ""),
            row("three days ago", "DATE", "2018-12-27", ""),
            row("the 1990s", "DATE", "199", ""),
            row("every week", "SET", "P1W", ""),
            row("Two days later", "DATE", "2018-12-29", ""),
            row("6 p.m.", "TIME", "2018-12-29T18:00", ""),
        ]
    );
    // "Two days later" counts from the last day-precise date before it.
    assert_eq!(
        ds[8].anchor,
        Anchor::Date {
            index: 5,
            value: "2018-12-27".into()
        }
    );
}

/// A wire story written for the session-5 check (strike calendar, relative days, a
/// season after a fused article, a quarter in a future clause, a year heading its
/// sentence, `remonte à`); reference Friday 2026-11-27 from its date line.
const FR_STRIKE: &str = "Grève à la SNCF : un accord attendu au printemps\n\n\
Vendredi 27 novembre 2026\n\n\
Les syndicats de cheminots ont reconduit hier soir le mouvement entamé il y a quinze jours. \
Selon la direction, le trafic restera très perturbé ce week-end et devrait revenir à la \
normale dans les prochains jours.\n\n\
Une nouvelle réunion avec le ministre est prévue lundi à 15 heures, puis le 3 décembre et le 17.\n\n\
Le dernier conflit de cette ampleur remonte à trois ans. En 2023, la grève avait commencé en avril.\n\n\
La direction promet une hausse des salaires au premier trimestre et des embauches d'ici la fin de la décennie.";

#[test]
fn french_strike_story() {
    let ds = dates(FR_STRIKE, "fr", None);
    assert_eq!(
        summary(&ds),
        vec![
            row("printemps", "DATE", "2027-SP", ""),
            row("Vendredi 27 novembre 2026", "DATE", "2026-11-27", ""),
            row("hier soir", "TIME", "2026-11-26TEV", ""),
            row("il y a quinze jours", "DATE", "2026-11-12", ""),
            row("ce week-end", "DATE", "2026-W48-WE", ""),
            row("les prochains jours", "DURATION", "PXD", ""),
            row("lundi à 15 heures", "TIME", "2026-11-30T15:00", ""),
            row("le 3 décembre", "DATE", "2026-12-03", ""),
            row("le 17", "DATE", "2026-12-17", ""),
            row("trois ans", "DATE", "2023", ""),
            row("2023", "DATE", "2023", ""),
            row("avril", "DATE", "2023-04", ""),
            row("premier trimestre", "DATE", "2027-Q1", ""),
            row("la fin de la décennie", "DATE", "202", "END"),
        ]
    );
}

/// A court and sports calendar written for the session-5 check; reference Tuesday
/// 2027-06-15.
const EN_CALENDAR: &str = "Former mayor's trial delayed until the fall\n\n\
June 15, 2027\n\n\
A federal judge ruled on Monday that the corruption trial of former mayor Daniel Reyes \
will open on July 12 and sit again on the 19th. Reyes worked as a consultant until January.\n\n\
Hearings will run from nine to eleven in the morning. The jury meets twice a week; \
inflation has risen for three consecutive months, and the city's budget slipped into \
deficit in the fourth quarter.";

#[test]
fn english_court_calendar() {
    let ds = dates(EN_CALENDAR, "en", None);
    assert_eq!(
        summary(&ds),
        vec![
            row("the fall", "DATE", "2027-FA", ""),
            row("June 15, 2027", "DATE", "2027-06-15", ""),
            row("Monday", "DATE", "2027-06-14", ""),
            row("July 12", "DATE", "2027-07-12", ""),
            row("the 19th", "DATE", "2027-07-19", ""),
            row("January", "DATE", "2027-01", ""),
            row("nine", "TIME", "2027-06-15T09:00", ""),
            row("eleven in the morning", "TIME", "2027-06-15T11:00", ""),
            row("a week", "SET", "P1W", ""),
            row("three consecutive months", "DURATION", "P3M", ""),
            row("the fourth quarter", "DATE", "2026-Q4", ""),
        ]
    );
}

#[test]
fn the_reference_option_wins_over_the_date_line() {
    let ds = dates(FR_ARTICLE, "fr", Some("2019-06-15"));
    let hier = ds
        .iter()
        .find(|d| d.text == "hier soir")
        .expect("hier soir");
    assert_eq!(hier.value.as_deref(), Some("2019-06-14TEV"));
}

#[test]
fn without_any_reference_relative_values_are_none() {
    let ds = dates(
        "Il est parti hier. Il reviendra le 3 mars 2019.",
        "fr",
        None,
    );
    assert_eq!(ds.len(), 2);
    assert_eq!(ds[0].value, None);
    assert_eq!(ds[0].anchor, Anchor::None);
    assert_eq!(ds[1].value.as_deref(), Some("2019-03-03"));
}

#[test]
fn spans_are_utf16_offsets() {
    let text = "😀 Il est parti hier.";
    let ds = dates(text, "fr", Some("2018-12-30"));
    assert_eq!(ds.len(), 1);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let got = String::from_utf16(&utf16[ds[0].start..ds[0].end]).expect("utf16");
    assert_eq!(got, "hier");
}

#[test]
fn no_false_dates_in_numbers_and_names() {
    for (lang, text) in [
        (
            "fr",
            "Près de 2 000 soldats et 40% des réservistes ont été mobilisés.",
        ),
        ("fr", "Le robot a photographié Mars. Le score était de 3-1."),
        ("fr", "Il a invité sa sœur au défilé de mardi gras."),
        (
            "en",
            "Theresa May said 2,000 troops may leave. We will see.",
        ),
        ("en", "The score was 3-1 and 40% of fans left."),
    ] {
        let ds = dates(text, lang, Some("2018-12-30"));
        assert!(ds.is_empty(), "{text:?}: {:?}", summary(&ds));
    }
}

#[test]
fn large_and_odd_inputs_stay_fast_and_safe() {
    let mut big = String::new();
    for _ in 0..5_000 {
        big.push_str(
            "Le 3 mai 2019, il y a trois jours, hier soir à 20 heures. Le lendemain, à 9 h. ",
        );
    }
    let ds = dates(&big, "fr", Some("2019-05-06"));
    assert_eq!(ds.len(), 25_000);
    let no_spaces = "1".repeat(1_000_000);
    let _ = dates(&no_spaces, "en", Some("2019-05-06"));
    let words = "le ".repeat(200_000);
    assert!(dates(&words, "fr", Some("2019-05-06")).is_empty());
}

#[test]
fn a_half_year_with_its_year_needs_no_article() {
    let ds = dates(
        "Les ventes du premier semestre 2026 ont chuté ; la production partira à partir du second semestre 2027.",
        "fr",
        Some("2026-10-14"),
    );
    let values: Vec<(&str, Option<&str>)> = ds
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref()))
        .collect();
    assert_eq!(
        values,
        [
            ("premier semestre 2026", Some("2026-H1")),
            ("second semestre 2027", Some("2027-H2"))
        ]
    );
}

#[test]
fn une_quinzaine_of_things_is_no_span_of_time() {
    let ds = dates(
        "Abou Dhabi a facilité une quinzaine d'échanges. Il part pour une quinzaine de jours.",
        "fr",
        Some("2026-10-14"),
    );
    let texts: Vec<&str> = ds.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["une quinzaine"], "{ds:?}");
    assert!(ds[0].start > 50, "the second one: {ds:?}");
}

#[test]
fn french_part_of_a_named_month() {
    // "la fin du mois de janvier": the month named after `du mois`, not this one; the
    // article may be fused in the preposition ("au début du mois")
    let t = "Le tribunal rendra sa décision à la fin du mois de janvier. Les travaux \
             reprendront au début du mois d'avril, et le budget sera voté au début du mois.";
    let s = summary(&dates(t, "fr", Some("2026-11-30")));
    assert_eq!(
        s,
        vec![
            row("la fin du mois de janvier", "DATE", "2027-01", "END"),
            row("au début du mois d'avril", "DATE", "2027-04", "START"),
            row("au début du mois", "DATE", "2026-11", "START"),
        ]
    );
}

#[test]
fn a_capitalized_deictic_inside_a_name_is_no_date() {
    // "USA Today", "Clean Rivers Now", "the Today programme": words of names; a deictic
    // opening a sentence or a quotation is still one
    let t = "She told USA Today that the group Clean Rivers Now would sue. He spoke on the \
             Today programme. Now the council must decide. \"Today we act,\" she said.";
    let s = summary(&dates(t, "en", Some("2026-11-30")));
    assert_eq!(
        s,
        vec![
            row("Now", "DATE", "PRESENT_REF", ""),
            row("Today", "DATE", "2026-11-30", ""),
        ]
    );
}

#[test]
fn since_points_to_the_past() {
    // a starting point is past whatever the clause's tense says
    let s = summary(&dates(
        "The group lowered its forecast for the third time since March. It will be the \
         first rise since the summer.",
        "en",
        Some("2026-11-25"),
    ));
    assert_eq!(
        s,
        vec![
            row("March", "DATE", "2026-03", ""),
            row("the summer", "DATE", "2026-SU", ""),
        ]
    );
    let s = summary(&dates(
        "Le site restera fermé comme il l'est depuis mars. Lens n'avait plus gagné à \
         domicile depuis le 4 octobre.",
        "fr",
        Some("2026-11-25"),
    ));
    assert_eq!(
        s,
        vec![
            row("mars", "DATE", "2026-03", ""),
            row("le 4 octobre", "DATE", "2026-10-04", ""),
        ]
    );
}

#[test]
fn a_season_after_a_deadline_seen_from_no_past() {
    // written in November: the coming summer, unless the clause tells a past
    let s = summary(&dates(
        "Le maire a annoncé qu'une étude serait lancée d'ici l'été.",
        "fr",
        Some("2026-11-30"),
    ));
    assert_eq!(s, vec![row("l'été", "DATE", "2027-SU", "")]);
    let s = summary(&dates(
        "The plant will stay open until the summer. The old plant stayed open until the \
         summer.",
        "en",
        Some("2026-11-30"),
    ));
    assert_eq!(
        s,
        vec![
            row("the summer", "DATE", "2027-SU", ""),
            row("the summer", "DATE", "2026-SU", ""),
        ]
    );
}

#[test]
fn french_courant_before_a_year() {
    let s = summary(&dates(
        "Les travaux seront terminés courant 2027. Le courant 220 volts est coupé.",
        "fr",
        Some("2026-11-30"),
    ));
    assert_eq!(s, vec![row("2027", "DATE", "2027", "")]);
}

#[test]
fn a_call_for_an_event_points_ahead() {
    // written on a Thursday: the Friday called for is the next one, whatever the past
    // tense before it
    let s = summary(&dates(
        "« C'est inadmissible », a réagi le syndicaliste, qui appelle à un débrayage \
         vendredi matin.",
        "fr",
        Some("2026-11-26"),
    ));
    assert_eq!(s, vec![row("vendredi matin", "TIME", "2026-11-27TMO", "")]);
    let s = summary(&dates(
        "The union, which yesterday condemned the attack, calls for a walkout on Friday \
         morning.",
        "en",
        Some("2026-11-26"),
    ));
    assert_eq!(s[1], row("Friday morning", "TIME", "2026-11-27TMO", ""));
}
