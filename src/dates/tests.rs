//! Unit tests of the whole stage on short made-up sentences, one per form the issue
//! lists (see also `tests/dates.rs` for whole articles).
//!
//! The reference date is Sunday 2018-12-30 unless a case says otherwise.

use crate::{analyze, Options};

/// (text, type, value, mod) of every expression found.
fn found(text: &str, lang: &str, reference: Option<&str>) -> Vec<(String, String, String, String)> {
    let a = analyze(
        text,
        &Options {
            reference_date: reference.map(str::to_string),
            language: Some(lang.into()),
            ..Default::default()
        },
    )
    .expect("analysis");
    a.dates
        .iter()
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

/// Asserts that `sentence` holds exactly one expression `span` with that type, value, mod.
fn one(lang: &str, sentence: &str, span: &str, kind: &str, value: &str, md: &str) {
    let got = found(sentence, lang, Some("2018-12-30"));
    let want = vec![(
        span.to_string(),
        kind.to_string(),
        value.to_string(),
        md.to_string(),
    )];
    assert_eq!(got, want, "in {sentence:?}");
}

fn none(lang: &str, sentence: &str) {
    let got = found(sentence, lang, Some("2018-12-30"));
    assert!(got.is_empty(), "false alarm in {sentence:?}: {got:?}");
}

#[test]
fn fr_absolute() {
    let cases = [
        (
            "Le traité a été signé le 30 décembre 2018.",
            "le 30 décembre 2018",
            "DATE",
            "2018-12-30",
        ),
        (
            "La loi entre en vigueur le 1er janvier.",
            "le 1er janvier",
            "DATE",
            "2019-01-01",
        ),
        (
            "Il est arrivé lundi 3 mars 2014 à Paris.",
            "lundi 3 mars 2014",
            "DATE",
            "2014-03-03",
        ),
        (
            "Le document est daté du 30/12/2018.",
            "30/12/2018",
            "DATE",
            "2018-12-30",
        ),
        (
            "Le fichier porte la date 2018-12-30.",
            "2018-12-30",
            "DATE",
            "2018-12-30",
        ),
        ("Les élections auront lieu en 2019.", "2019", "DATE", "2019"),
        (
            "La ville a grandi dans les années 1990.",
            "les années 1990",
            "DATE",
            "199",
        ),
        (
            "Le bâtiment date du XIXe siècle.",
            "XIXe siècle",
            "DATE",
            "18",
        ),
        (
            "Le chantier reprendra au printemps prochain.",
            "printemps prochain",
            "DATE",
            "2019-SP",
        ),
        (
            "Les ventes ont baissé au premier trimestre 2018.",
            "premier trimestre 2018",
            "DATE",
            "2018-Q1",
        ),
        (
            "Il a quitté le pays en octobre.",
            "octobre",
            "DATE",
            "2018-10",
        ),
        (
            "L'usine a fermé en décembre 2017.",
            "décembre 2017",
            "DATE",
            "2017-12",
        ),
        (
            "Le pays est entré dans l'an 2000 sans encombre.",
            "l'an 2000",
            "DATE",
            "2000",
        ),
        (
            "Il a été élu pour l'année 2019.",
            "l'année 2019",
            "DATE",
            "2019",
        ),
    ];
    for (s, span, kind, value) in cases {
        one("fr", s, span, kind, value, "");
    }
}

#[test]
fn fr_relative() {
    let cases = [
        (
            "Le ministre l'a annoncé aujourd'hui.",
            "aujourd'hui",
            "DATE",
            "2018-12-30",
        ),
        (
            "Moscou a annoncé hier un sommet.",
            "hier",
            "DATE",
            "2018-12-29",
        ),
        (
            "Ils sont partis avant-hier.",
            "avant-hier",
            "DATE",
            "2018-12-28",
        ),
        ("Le vote aura lieu demain.", "demain", "DATE", "2018-12-31"),
        (
            "Il est rentré ce matin.",
            "ce matin",
            "TIME",
            "2018-12-30TMO",
        ),
        (
            "Le président parlera ce soir.",
            "ce soir",
            "TIME",
            "2018-12-30TEV",
        ),
        (
            "Le texte sera voté cette semaine.",
            "cette semaine",
            "DATE",
            "2018-W52",
        ),
        (
            "Il a démissionné la semaine dernière.",
            "la semaine dernière",
            "DATE",
            "2018-W51",
        ),
        (
            "Le procès s'ouvrira la semaine prochaine.",
            "la semaine prochaine",
            "DATE",
            "2019-W01",
        ),
        (
            "Les prix ont augmenté le mois dernier.",
            "le mois dernier",
            "DATE",
            "2018-11",
        ),
        (
            "Les ventes ont reculé l'an dernier.",
            "l'an dernier",
            "DATE",
            "2017",
        ),
        (
            "La réforme entrera en vigueur l'année prochaine.",
            "l'année prochaine",
            "DATE",
            "2019",
        ),
        (
            "Il est arrivé il y a trois jours.",
            "il y a trois jours",
            "DATE",
            "2018-12-27",
        ),
        (
            "Le verdict tombera dans deux semaines.",
            "dans deux semaines",
            "DATE",
            "2019-W02",
        ),
        (
            "Le président a reçu lundi son homologue.",
            "lundi",
            "DATE",
            "2018-12-24",
        ),
        (
            "Le président recevra lundi son homologue.",
            "lundi",
            "DATE",
            "2018-12-31",
        ),
        (
            "Il a parlé lundi dernier.",
            "lundi dernier",
            "DATE",
            "2018-12-24",
        ),
        ("Il y vit depuis 2011.", "2011", "DATE", "2011"),
        (
            "Il a été réélu il y a deux ans.",
            "il y a deux ans",
            "DATE",
            "2016",
        ),
        (
            "Il a été libéré il y a plusieurs années.",
            "il y a plusieurs années",
            "DATE",
            "PAST_REF",
        ),
        (
            "Il est né l'été dernier.",
            "l'été dernier",
            "DATE",
            "2018-SU",
        ),
    ];
    for (s, span, kind, value) in cases {
        one("fr", s, span, kind, value, "");
    }
}

#[test]
fn fr_modifiers() {
    one(
        "fr",
        "Le sommet aura lieu au début de l'année prochaine.",
        "au début de l'année prochaine",
        "DATE",
        "2019",
        "START",
    );
    one(
        "fr",
        "Le chantier s'achèvera fin 2019.",
        "fin 2019",
        "DATE",
        "2019",
        "END",
    );
    one(
        "fr",
        // a scheduled event in the present: the coming July (written in December)
        "Les vacances commencent à la mi-juillet.",
        "la mi-juillet",
        "DATE",
        "2019-07",
        "MID",
    );
    one(
        "fr",
        "Il est arrivé début octobre.",
        "début octobre",
        "DATE",
        "2018-10",
        "START",
    );
    one(
        "fr",
        "La réunion a commencé vers 20 heures.",
        "vers 20 heures",
        "TIME",
        "2018-12-30T20:00",
        "APPROX",
    );
    one(
        "fr",
        "Il a attendu environ une heure.",
        "environ une heure",
        "DURATION",
        "PT1H",
        "APPROX",
    );
    one(
        "fr",
        "Le conflit dure depuis plus de deux ans.",
        "plus de deux ans",
        "DURATION",
        "P2Y",
        "MORE_THAN",
    );
    one(
        "fr",
        "Il a été soigné pendant moins de deux mois.",
        "moins de deux mois",
        "DURATION",
        "P2M",
        "LESS_THAN",
    );
    one(
        "fr",
        "Rien ne changera avant 2020.",
        "2020",
        "DATE",
        "2020",
        "BEFORE",
    );
    one(
        "fr",
        "La guerre a repris après 1945.",
        "1945",
        "DATE",
        "1945",
        "AFTER",
    );
}

#[test]
fn fr_times() {
    let cases = [
        (
            "Le train est parti à 07:19.",
            "07:19",
            "TIME",
            "2018-12-30T07:19",
        ),
        (
            "Le train est parti à 7 h 19.",
            "7 h 19",
            "TIME",
            "2018-12-30T07:19",
        ),
        (
            "La séance reprendra à 19h.",
            "19h",
            "TIME",
            "2018-12-30T19:00",
        ),
        (
            "Ils se retrouvent à midi.",
            "midi",
            "TIME",
            "2018-12-30T12:00",
        ),
        (
            "Il parlera ce soir à 20 heures.",
            "ce soir à 20 heures",
            "TIME",
            "2018-12-30T20:00",
        ),
        (
            "Le conseil se réunira mardi à 9 heures.",
            "mardi à 9 heures",
            "TIME",
            "2019-01-01T09:00",
        ),
        (
            "Il a été blessé hier soir.",
            "hier soir",
            "TIME",
            "2018-12-29TEV",
        ),
        (
            "December 30, 2018 07:19",
            "December 30, 2018 07:19",
            "TIME",
            "2018-12-30T07:19",
        ),
    ];
    for (s, span, kind, value) in cases {
        one("fr", s, span, kind, value, "");
    }
}

#[test]
fn fr_part_of_day_after_a_day() {
    let got = found(
        "Le 24 mars, elle avait passé la soirée et la nuit chez un ami.",
        "fr",
        Some("2018-12-30"),
    );
    let values: Vec<&str> = got.iter().map(|g| g.2.as_str()).collect();
    assert_eq!(values, ["2018-03-24", "2018-03-24TEV", "2018-03-24TNI"]);
}

#[test]
fn fr_durations_and_sets() {
    let cases = [
        (
            "Le conflit dure depuis sept ans.",
            "sept ans",
            "DURATION",
            "P7Y",
        ),
        (
            "Il a été retenu 48 heures.",
            "48 heures",
            "DURATION",
            "PT48H",
        ),
        (
            "Les travaux dureront deux semaines.",
            "deux semaines",
            "DURATION",
            "P2W",
        ),
        (
            "Il a couru en 30,4 secondes.",
            "30,4 secondes",
            "DURATION",
            "PT30.4S",
        ),
        (
            "Il a attendu plusieurs jours.",
            "plusieurs jours",
            "DURATION",
            "PXD",
        ),
        (
            "Ils ont souffert ces derniers mois.",
            "ces derniers mois",
            "DURATION",
            "PXM",
        ),
        (
            "Les prix ont doublé sur les trois derniers mois.",
            "les trois derniers mois",
            "DURATION",
            "P3M",
        ),
        ("La fête a lieu chaque année.", "chaque année", "SET", "P1Y"),
        (
            "Le marché se tient tous les lundis.",
            "tous les lundis",
            "SET",
            "XXXX-WXX-1",
        ),
        ("Il gagne 3 000 euros par mois.", "par mois", "SET", "P1M"),
        (
            "Jean Dupont, 62 ans, a été élu.",
            "62 ans",
            "DURATION",
            "P62Y",
        ),
    ];
    for (s, span, kind, value) in cases {
        one("fr", s, span, kind, value, "");
    }
}

#[test]
fn fr_vague() {
    one(
        "fr",
        "Il a récemment quitté le parti.",
        "récemment",
        "DATE",
        "PAST_REF",
        "",
    );
    one(
        "fr",
        "Le village était autrefois prospère.",
        "autrefois",
        "DATE",
        "PAST_REF",
        "",
    );
    one(
        "fr",
        "Il vit actuellement à Lyon.",
        "actuellement",
        "DATE",
        "PRESENT_REF",
        "",
    );
    one(
        "fr",
        "Il faudra y penser à l'avenir.",
        "l'avenir",
        "DATE",
        "FUTURE_REF",
        "",
    );
}

#[test]
fn fr_no_false_alarms() {
    for s in [
        "2 000 soldats ont été déployés.",
        "Le taux atteint 40% dans la région.",
        "La sonde a atteint Mars en novembre.",
        "Le défilé de mardi gras a attiré la foule.",
        "Il a marqué sept buts.",
        "Le score final est de 3-1.",
        "Il a été élu avec sa femme.",
        "Appelez le 01 45 67 89 00.",
        "L'article 2018 du code a été modifié.",
        "Le budget atteint 2 019 millions d'euros.",
        "Il travaille la nuit et dort le matin.",
    ] {
        let got = found(s, "fr", Some("2018-12-30"));
        let bad: Vec<_> = got
            .iter()
            .filter(|(t, ..)| !matches!(t.as_str(), "novembre"))
            .collect();
        assert!(bad.is_empty(), "false alarm in {s:?}: {bad:?}");
    }
    none("fr", "Les soldats sont venus à 2 000.");
}

#[test]
fn en_absolute() {
    let cases = [
        (
            "The treaty was signed on December 30, 2018.",
            "December 30, 2018",
            "DATE",
            "2018-12-30",
        ),
        ("Shares fell on Dec. 30.", "Dec. 30", "DATE", "2018-12-30"),
        (
            "The memo is dated 12/30/2018.",
            "12/30/2018",
            "DATE",
            "2018-12-30",
        ),
        (
            "The memo is dated 30/12/2018.",
            "30/12/2018",
            "DATE",
            "2018-12-30",
        ),
        ("The law was passed in 1975.", "1975", "DATE", "1975"),
        ("Crime fell in the 1990s.", "the 1990s", "DATE", "199"),
        (
            "It was built in the 19th century.",
            "the 19th century",
            "DATE",
            "18",
        ),
        (
            "Profits rose in the third quarter.",
            "the third quarter",
            "DATE",
            "2018-Q3",
        ),
        (
            "The plant closed in March 2017.",
            "March 2017",
            "DATE",
            "2017-03",
        ),
    ];
    for (s, span, kind, value) in cases {
        one("en", s, span, kind, value, "");
    }
}

#[test]
fn en_relative() {
    let cases = [
        ("He resigned yesterday.", "yesterday", "DATE", "2018-12-29"),
        ("The vote is today.", "today", "DATE", "2018-12-30"),
        (
            "The vote will take place tomorrow.",
            "tomorrow",
            "DATE",
            "2018-12-31",
        ),
        ("Prices rose last week.", "last week", "DATE", "2018-W51"),
        ("The trial opens next year.", "next year", "DATE", "2019"),
        (
            "He arrived three days ago.",
            "three days ago",
            "DATE",
            "2018-12-27",
        ),
        (
            "The minister spoke on Tuesday.",
            "Tuesday",
            "DATE",
            "2018-12-25",
        ),
        (
            "The minister will speak on Tuesday.",
            "Tuesday",
            "DATE",
            "2019-01-01",
        ),
        (
            "Sales dropped earlier this month.",
            "earlier this month",
            "DATE",
            "2018-12",
        ),
        (
            "She left this morning.",
            "this morning",
            "TIME",
            "2018-12-30TMO",
        ),
        (
            "Talks resumed last summer.",
            "last summer",
            "DATE",
            "2018-SU",
        ),
        (
            "The company was founded two years ago.",
            "two years ago",
            "DATE",
            "2016",
        ),
    ];
    for (s, span, kind, value) in cases {
        let md = if span.starts_with("earlier") {
            "START"
        } else {
            ""
        };
        one("en", s, span, kind, value, md);
    }
}

#[test]
fn en_modifiers_times_durations_sets() {
    one(
        "en",
        "Growth will slow early next year.",
        "early next year",
        "DATE",
        "2019",
        "START",
    );
    one(
        "en",
        "Unemployment peaked in the late 1980s.",
        "the late 1980s",
        "DATE",
        "198",
        "END",
    );
    one(
        "en",
        "Rates rose in mid-1995.",
        "mid-1995",
        "DATE",
        "1995",
        "MID",
    );
    one(
        "en",
        "The meeting ended at about 3 p.m.",
        "about 3 p.m.",
        "TIME",
        "2018-12-30T15:00",
        "APPROX",
    );
    one(
        "en",
        "The war lasted more than a decade.",
        "more than a decade",
        "DURATION",
        "P10Y",
        "MORE_THAN",
    );
    one(
        "en",
        "He served seven years in prison.",
        "seven years",
        "DURATION",
        "P7Y",
        "",
    );
    one(
        "en",
        "Prices rose over the past three months.",
        "the past three months",
        "DURATION",
        "P3M",
        "",
    );
    one(
        "en",
        "The 71-year-old senator resigned.",
        "71-year-old",
        "DURATION",
        "P71Y",
        "",
    );
    one(
        "en",
        "The committee meets every week.",
        "every week",
        "SET",
        "P1W",
        "",
    );
    one(
        "en",
        "Workers earn $10 an hour.",
        "an hour",
        "SET",
        "PT1H",
        "",
    );
    one(
        "en",
        "The paper is published daily.",
        "daily",
        "SET",
        "P1D",
        "",
    );
    one(
        "en",
        "Prices are currently high.",
        "currently",
        "DATE",
        "PRESENT_REF",
        "",
    );
    one(
        "en",
        "Nothing is certain now.",
        "now",
        "DATE",
        "PRESENT_REF",
        "",
    );
    one(
        "en",
        "The plane landed at 10:15 AM EST.",
        "10:15 AM EST",
        "TIME",
        "2018-12-30T10:15",
        "",
    );
}

#[test]
fn en_no_false_alarms() {
    for s in [
        "2,000 troops were sent.",
        "Theresa May met Mrs May's advisers.",
        "We will see what happens.",
        "The rover landed on Mars.",
        "The final score was 3-1.",
        "Unemployment reached 40% there.",
        "It may rain.",
        "Call 555-0134 for details.",
        "They spent $2,019 on repairs.",
        "It was a second consecutive day of losses.",
        "The council voted one-half of the budget.",
        "Stocks continue to fall after the earthquake.",
        "Shoppers flocked to stores on Black Friday deals.",
    ] {
        none("en", s);
    }
}

#[test]
fn no_reference_keeps_absolute_values_only() {
    let got = found("Il est parti hier, le 3 mars 2014.", "fr", None);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].2, ""); // hier: unresolved
    assert_eq!(got[1].2, "2014-03-03");
}

#[test]
fn anchors() {
    let a = analyze(
        "Il est arrivé le 3 mars 2014. Le lendemain, il est reparti. Hier, rien.",
        &Options {
            reference_date: Some("2018-12-30".into()),
            language: Some("fr".into()),
            ..Default::default()
        },
    )
    .expect("analysis");
    let d = &a.dates;
    assert_eq!(d.len(), 3, "{d:?}");
    assert_eq!(d[0].anchor, crate::analysis::Anchor::None);
    assert_eq!(d[1].value.as_deref(), Some("2014-03-04"));
    assert_eq!(
        d[1].anchor,
        crate::analysis::Anchor::Date {
            index: 0,
            value: "2014-03-03".into()
        }
    );
    assert_eq!(
        d[2].anchor,
        crate::analysis::Anchor::Reference {
            value: "2018-12-30".into()
        }
    );
}

#[test]
fn odd_input_does_not_panic() {
    let long = "9".repeat(100_000);
    for s in [
        "",
        "le",
        "il y a",
        "dans",
        "le 31 février 2019",
        "99:99",
        "mi-",
        "XXXXXXXXXe siècle",
        long.as_str(),
        "the the the the",
        "31/31/31",
        "à à à 25 heures",
    ] {
        let _ = found(s, "fr", Some("2018-12-30"));
        let _ = found(s, "en", None);
    }
}

/// (span, value) of every expression found, reference 2018-12-30.
fn spans(lang: &str, text: &str) -> Vec<(String, String)> {
    found(text, lang, Some("2018-12-30"))
        .into_iter()
        .map(|(s, _, v, _)| (s, v))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn en_financial_periods() {
    // The quarter a report is about, and "a year ago" compared with it.
    assert_eq!(
        spans(
            "en",
            "The bank earned $4 million in the third quarter, up from $3 million a year ago."
        ),
        pairs(&[("the third quarter", "2018-Q3"), ("a year ago", "2017-Q3")])
    );
    assert_eq!(
        spans(
            "en",
            "Third-quarter profit rose 8%. In the year-earlier quarter, the bank lost money. \
             Costs fell in the latest quarter, against year-earlier levels."
        ),
        pairs(&[
            ("Third-quarter", "2018-Q3"),
            ("the year-earlier quarter", "2017-Q3"),
            ("the latest quarter", "2018-Q3"),
            ("year-earlier", "2017-Q3"),
        ])
    );
    // Without a quarter in the text: the one before the reference's.
    one(
        "en",
        "Sales for the quarter rose 5%.",
        "the quarter",
        "DATE",
        "2018-Q3",
        "",
    );
    one(
        "en",
        "Profit for this year's third quarter fell.",
        "this year's third quarter",
        "DATE",
        "2018-Q3",
        "",
    );
    one(
        "en",
        "Sales for last year's fourth quarter were flat.",
        "last year's fourth quarter",
        "DATE",
        "2017-Q4",
        "",
    );
    one(
        "en",
        "Sales for the full year rose 3%.",
        "the full year",
        "DATE",
        "2018",
        "",
    );
    assert_eq!(
        spans("en", "It lost $5 million in the year ended June 30."),
        pairs(&[("the year", "P1Y"), ("June 30", "2018-06-30")])
    );
    assert_eq!(
        spans(
            "en",
            "It earned $2 million in the quarter, against $1 million for the corresponding period last year."
        ),
        pairs(&[
            ("the quarter", "2018-Q3"),
            ("the corresponding period last year", "2017-Q3")
        ])
    );
    // A fraction and a district are not periods.
    none("en", "About a quarter of the staff left.");
    none("en", "They walked through the Latin Quarter.");
    // "a year ago" far from any quarter keeps the year.
    one(
        "en",
        "The mayor was elected a year ago.",
        "a year ago",
        "DATE",
        "2017",
        "",
    );
}

#[test]
fn en_day_without_year_stays_near_the_reference() {
    // a past-tense clause naming a day that is coming: the nearest one
    one(
        "en",
        "The company said the dividend is payable Jan. 15.",
        "Jan. 15",
        "DATE",
        "2019-01-15",
        "",
    );
    // no cue: a day half a year away is rather the past one
    one(
        "en",
        "The index is near the record set on June 29.",
        "June 29",
        "DATE",
        "2018-06-29",
        "",
    );
    one(
        "fr",
        "Le ministre a annoncé que la réforme entrerait en vigueur le 15 janvier.",
        "le 15 janvier",
        "DATE",
        "2019-01-15",
        "",
    );
}

#[test]
fn en_anchored_on_that_and_extra_amounts() {
    assert_eq!(
        spans(
            "en",
            "She moved to Paris in June 2015 and returned later that year."
        ),
        pairs(&[("June 2015", "2015-06"), ("later that year", "2015")])
    );
    assert_eq!(
        spans(
            "en",
            "Exports reached $3 billion in 2016. Imports fell that year."
        ),
        pairs(&[("2016", "2016"), ("that year", "2016")])
    );
    one(
        "en",
        "The talks will last two more weeks.",
        "two more weeks",
        "DURATION",
        "P2W",
        "",
    );
    one(
        "en",
        "The loan was extended for an additional year.",
        "an additional year",
        "DURATION",
        "P1Y",
        "",
    );
    one(
        "en",
        "Prices should rise over the next couple of years.",
        "the next couple of years",
        "DURATION",
        "P2Y",
        "",
    );
    one(
        "en",
        "The ratification began in February this year.",
        "February this year",
        "DATE",
        "2018-02",
        "",
    );
    one(
        "fr",
        "Le chantier a commencé en mars de l'année dernière.",
        "mars de l'année dernière",
        "DATE",
        "2017-03",
        "",
    );
    // a deadline before a clock time puts the day after it ahead
    one(
        "en",
        "The family was given until 9 a.m. Tuesday to answer, officials said.",
        "9 a.m. Tuesday",
        "TIME",
        "2019-01-01T09:00",
        "",
    );
    one(
        "en",
        "The board said the change is effective Jan. 2.",
        "Jan. 2",
        "DATE",
        "2019-01-02",
        "",
    );
}

#[test]
fn moving_holidays() {
    // reference Sunday 2018-12-30: Easter 2018 was April 1, Thanksgiving Nov. 22
    one(
        "en",
        "The boy was rescued on Thanksgiving Day.",
        "Thanksgiving Day",
        "DATE",
        "2018-11-22",
        "",
    );
    one(
        "en",
        "Stores close on Good Friday 2019.",
        "Good Friday 2019",
        "DATE",
        "2019-04-19",
        "",
    );
    one(
        "en",
        "They met last Easter.",
        "last Easter",
        "DATE",
        "2018-04-01",
        "",
    );
    one(
        "en",
        "The vote is on Election Day 2020.",
        "Election Day 2020",
        "DATE",
        "2020-11-03",
        "",
    );
    one(
        "fr",
        "La fête aura lieu à la Pentecôte 2019.",
        "la Pentecôte 2019",
        "DATE",
        "2019-06-09",
        "",
    );
    one(
        "fr",
        "Ils étaient partis à Pâques.",
        "Pâques",
        "DATE",
        "2018-04-01",
        "",
    );
    // a name, not the day
    none("en", "They sailed to Easter Island.");
}

#[test]
fn en_year_before_a_period_and_pluperfect_plans() {
    one(
        "en",
        "It earned $3 million in the 1988 quarter.",
        "1988 quarter",
        "DATE",
        "1988",
        "",
    );
    one(
        "en",
        "The empire lasted 1000 years.",
        "1000 years",
        "DURATION",
        "P1000Y",
        "",
    );
    // a plan seen from the past: the last such day
    one(
        "en",
        "The offer had been scheduled to expire Friday.",
        "Friday",
        "DATE",
        "2018-12-28",
        "",
    );
}

#[test]
fn day_ranges_and_repeated_weekdays() {
    assert_eq!(
        spans("fr", "Le stage se déroulera du 19 au 23 juillet."),
        pairs(&[("19", "2019-07-19"), ("23 juillet", "2019-07-23")])
    );
    assert_eq!(
        spans("fr", "Les élections auront lieu les 6 et 13 avril 2019."),
        pairs(&[("les 6", "2019-04-06"), ("13 avril 2019", "2019-04-13")])
    );
    assert_eq!(
        spans("en", "The fair will run from the 3 to 5 June."),
        pairs(&[("the 3", "2019-06-03"), ("5 June", "2019-06-05")])
    );
    // a weekday without a tense cue is the one already named
    assert_eq!(
        spans(
            "fr",
            "Le village fera la fête samedi. Samedi soir, le comité vous invite au bal."
        ),
        pairs(&[("samedi", "2019-01-05"), ("Samedi soir", "2019-01-05TEV")])
    );
}

#[test]
fn en_spelled_out_years() {
    one(
        "en",
        "In nineteen ninety-one the bank was closed.",
        "nineteen ninety-one",
        "DATE",
        "1991",
        "",
    );
    one(
        "en",
        "They left in nineteen ninety six.",
        "nineteen ninety six",
        "DATE",
        "1996",
        "",
    );
    one(
        "en",
        "January nineteen ninety-seven. Atlanta again.",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
        "",
    );
    // a count is not a year
    one(
        "en",
        "It lasted nineteen twenty-minute rounds.",
        "twenty-minute",
        "DURATION",
        "PT20M",
        "",
    );
}

#[test]
fn weekday_of_a_plan_or_scheduled_present_is_the_coming_one() {
    // reference Sunday 2018-12-30: the coming Monday is the 31st, the last one the 24th
    for (lang, sentence, span, value) in [
        (
            "en",
            "The council meets Monday to discuss the budget.",
            "Monday",
            "2018-12-31",
        ),
        (
            "en",
            "The two leaders meet separately Monday with the envoy.",
            "Monday",
            "2018-12-31",
        ),
        (
            "en",
            "Talks are set to resume Monday in the capital.",
            "Monday",
            "2018-12-31",
        ),
        (
            "en",
            "Trading in the shares is to resume Friday.",
            "Friday",
            "2019-01-04",
        ),
        (
            "en",
            "The offices will be closed Friday.",
            "Friday",
            "2019-01-04",
        ),
        (
            "en",
            "The envoy could arrive as early as Friday.",
            "Friday",
            "2019-01-04",
        ),
        (
            "fr",
            "Le conseil se réunit lundi pour examiner le budget.",
            "lundi",
            "2018-12-31",
        ),
        (
            "fr",
            "Le président se rend vendredi à Berlin.",
            "vendredi",
            "2019-01-04",
        ),
        (
            "fr",
            "Les négociations doivent reprendre vendredi à Genève.",
            "vendredi",
            "2019-01-04",
        ),
        // past tenses keep the last one
        (
            "en",
            "The board met Monday in the capital.",
            "Monday",
            "2018-12-24",
        ),
        (
            "en",
            "The company said Monday it is cutting jobs.",
            "Monday",
            "2018-12-24",
        ),
        (
            "en",
            "The offices were closed Friday.",
            "Friday",
            "2018-12-28",
        ),
        (
            "fr",
            "Le ministre a démissionné lundi.",
            "lundi",
            "2018-12-24",
        ),
    ] {
        one(lang, sentence, span, "DATE", value, "");
    }
}

#[test]
fn fractions_and_halves() {
    for (lang, sentence, span, kind, value) in [
        (
            "en",
            "They lived in the camps for 2 1/2 years.",
            "2 1/2 years",
            "DURATION",
            "P2Y6M",
        ),
        (
            "en",
            "She spent 5 1/2 hours in the city.",
            "5 1/2 hours",
            "DURATION",
            "PT5H30M",
        ),
        (
            "en",
            "The talks lasted two and a half years.",
            "two and a half years",
            "DURATION",
            "P2Y6M",
        ),
        (
            "en",
            "He waited half an hour.",
            "half an hour",
            "DURATION",
            "PT30M",
        ),
        (
            "en",
            "It took half a year.",
            "half a year",
            "DURATION",
            "P6M",
        ),
        (
            "en",
            "It took a half hour.",
            "a half hour",
            "DURATION",
            "PT30M",
        ),
        (
            "en",
            "Shares fell in the last half hour.",
            "the last half hour",
            "DURATION",
            "PT30M",
        ),
        (
            "en",
            "Earnings will fall in the last half of 2019.",
            "the last half of 2019",
            "DATE",
            "2019-H2",
        ),
        (
            "en",
            "Sales rose in the second half of 2018.",
            "the second half of 2018",
            "DATE",
            "2018-H2",
        ),
    ] {
        one(lang, sentence, span, kind, value, "");
    }
}

#[test]
fn last_or_next_month_and_day() {
    // reference Sunday 2018-12-30
    for (sentence, span, value) in [
        (
            "He was shot last Oct. 23 at his home.",
            "last Oct. 23",
            "2018-10-23",
        ),
        ("The vote is next March 5.", "next March 5", "2019-03-05"),
        (
            "He left last May 3, 2017.",
            "last May 3, 2017",
            "2017-05-03",
        ),
        ("Sales fell last May.", "last May", "2018-05"),
    ] {
        one("en", sentence, span, "DATE", value, "");
    }
}

#[test]
fn an_ordinal_quarter_after_adjectives() {
    for (sentence, span, value) in [
        (
            "The loss for the seasonally slow third quarter narrowed.",
            "third quarter",
            "2018-Q3",
        ),
        (
            "After a flat second quarter, profit rose.",
            "second quarter",
            "2018-Q2",
        ),
    ] {
        one("en", sentence, span, "DATE", value, "");
    }
}

#[test]
fn names_and_pluperfect_deadlines_in_weekday_tense() {
    // reference Sunday 2018-12-30
    for (sentence, span, value) in [
        // "United" is a name, not a past participle
        (
            "The envoy would be flying to the United States Friday.",
            "Friday",
            "2019-01-04",
        ),
        // a deadline seen from the past
        (
            "By Friday, most members had filed their reports.",
            "Friday",
            "2018-12-28",
        ),
        ("The offer will expire by Friday.", "Friday", "2019-01-04"),
    ] {
        one("en", sentence, span, "DATE", value, "");
    }
}

#[test]
fn the_year_after_a_preposition_is_the_current_one() {
    // reference 2018-12-30
    for (sentence, span, value) in [
        (
            "For the year, pet food volume was flat.",
            "the year",
            "2018",
        ),
        ("Sales rose 5% during the year.", "the year", "2018"),
        ("Prices rose during the month.", "the month", "2018-12"),
    ] {
        one("en", sentence, span, "DATE", value, "");
    }
    none("en", "She was named Player of the Year.");
    none("en", "Profit fell in the year before.");
    none("en", "He died in the year of the flood.");
    one(
        "en",
        "Sales rose in the month of May.",
        "May",
        "DATE",
        "2018-05",
        "",
    );
}

#[test]
fn a_rate_word_before_a_name_is_a_newspaper() {
    none("en", "The Communist Party daily Granma praised the boy.");
    one(
        "en",
        "The shop publishes daily reports.",
        "daily",
        "SET",
        "P1D",
        "",
    );
}

#[test]
fn decades_spelled_years_and_year_end() {
    one(
        "en",
        "Crime fell through the nineties.",
        "the nineties",
        "DATE",
        "199",
        "",
    );
    one(
        "en",
        "He promised it by the year two thousand.",
        "the year two thousand",
        "DATE",
        "2000",
        "",
    );
    one(
        "en",
        "It began in the year two thousand one.",
        "the year two thousand one",
        "DATE",
        "2001",
        "",
    );
    one(
        "en",
        "The deal should close by year-end.",
        "year-end",
        "DATE",
        "2018",
        "END",
    );
    one(
        "en",
        "Rules will be in force by year's end.",
        "year's end",
        "DATE",
        "2018",
        "END",
    );
    one(
        "en",
        "The bank expects to finish before year end.",
        "year end",
        "DATE",
        "2018",
        "END",
    );
    one(
        "en",
        "We met on New Year's Day.",
        "New Year's Day",
        "DATE",
        "2019-01-01",
        "",
    );
    one(
        "fr",
        "Le chômage a reculé dans les années quatre-vingt-dix.",
        "les années quatre-vingt-dix",
        "DATE",
        "199",
        "",
    );
    one(
        "fr",
        "La mode des années vingt revient.",
        "années vingt",
        "DATE",
        "192",
        "",
    );
    one(
        "fr",
        "On en parlait déjà en l'an deux mille.",
        "l'an deux mille",
        "DATE",
        "2000",
        "",
    );
    one(
        "fr",
        "Les comptes seront arrêtés en fin d'année.",
        "fin d'année",
        "DATE",
        "2018",
        "END",
    );
    // a bare age or count, and a generic end-of-year party, are not dates
    none("en", "In his nineties he wrote two thousand pages.");
    none("fr", "Ils préparent une fête de fin d'année.");
}

#[test]
fn the_week_of_a_day() {
    one(
        "en",
        "The court will hear the case the week of Jan. 7.",
        "the week of Jan. 7",
        "DATE",
        "2019-W02",
        "",
    );
    one(
        "fr",
        "L'audience aura lieu la semaine du 7 janvier.",
        "la semaine du 7 janvier",
        "DATE",
        "2019-W02",
        "",
    );
}

#[test]
fn ranges_in_one_token_are_two_expressions() {
    let got = found("He ran the mill in 1982-1990.", "en", Some("2018-12-30"));
    let years: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(years, [("1982", "1982"), ("1990", "1990")]);
    let got = found(
        "Les ventes de novembre-janvier seront bonnes.",
        "fr",
        Some("2018-10-10"),
    );
    let months: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(months, [("novembre", "2018-11"), ("janvier", "2019-01")]);
    // a season or fiscal year, a phone number: not split
    none("en", "The 1982-83 season was good.");
    none("en", "Call 555-1234 for tickets.");
}

#[test]
fn early_and_late_glued_to_a_date() {
    one(
        "en",
        "Prices peaked in late-November.",
        "late-November",
        "DATE",
        "2018-11",
        "END",
    );
    one(
        "en",
        "The plant opens in early-2019.",
        "early-2019",
        "DATE",
        "2019",
        "START",
    );
}

#[test]
fn a_second_bare_day_after_a_date() {
    let got = found(
        "The summit is set for April 24 and 25.",
        "en",
        Some("2018-12-30"),
    );
    let days: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(days, [("April 24", "2019-04-24"), ("25", "2019-04-25")]);
    let got = found(
        "The fair ran from May 3, 2017 to 6.",
        "en",
        Some("2018-12-30"),
    );
    let days: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(days, [("May 3, 2017", "2017-05-03"), ("6", "2017-05-06")]);
    // a count after the day is not a day
    let got = found("On May 3 and 25 delegates voted.", "en", Some("2018-12-30"));
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn within_a_bare_plural_unit() {
    one(
        "en",
        "Troops could be sent within weeks.",
        "weeks",
        "DURATION",
        "PXW",
        "",
    );
}

#[test]
fn over_the_years_and_post_prefixes() {
    one(
        "en",
        "Prices rose steadily over the years.",
        "the years",
        "DURATION",
        "PXY",
        "",
    );
    one(
        "en",
        "He wrote about post-1989 Europe.",
        "post-1989",
        "DATE",
        "1989",
        "AFTER",
    );
}

#[test]
fn unit_long_adjectives() {
    one(
        "en",
        "They left a day-long meeting.",
        "day-long",
        "DURATION",
        "P1D",
        "",
    );
    one(
        "en",
        "She gave an hour-long speech.",
        "hour-long",
        "DURATION",
        "PT1H",
        "",
    );
    none("en", "It was a long day for everyone.");
}

#[test]
fn vague_amount_unit_adjectives() {
    one(
        "en",
        "It ends a several-year tenure.",
        "several-year",
        "DURATION",
        "PXY",
        "",
    );
}

#[test]
fn a_clock_time_takes_the_day_told_right_after_it() {
    for (lang, text, time, value) in [
        (
            "en",
            "The hearing starts at 9:30 a.m. on January 8 in Boston.",
            "9:30 a.m.",
            "2019-01-08T09:30",
        ),
        (
            "fr",
            "La réunion aura lieu à 18 h, le 3 janvier, à la mairie.",
            "18 h",
            "2019-01-03T18:00",
        ),
    ] {
        let got = found(text, lang, Some("2018-12-30"));
        let t = got.iter().find(|g| g.0 == time).expect(text);
        assert_eq!(t.2, value, "{text}: {got:?}");
    }
    // the day told before it, in another sentence, does not move it
    let got = found(
        "Le conseil s'est réuni le 3 janvier. La séance a duré jusqu'à 18 h.",
        "fr",
        Some("2018-12-30"),
    );
    let t = got.iter().find(|g| g.0.contains("18 h")).expect("18 h");
    assert!(t.2.ends_with("T18:00"), "{got:?}");
}

#[test]
fn an_expectation_in_the_present_points_a_month_forward() {
    // reference Sunday 2018-12-30: "now see … in March" is the coming March
    one(
        "en",
        "Analysts see the first rate cut in March, according to a note.",
        "March",
        "DATE",
        "2019-03",
        "",
    );
}

#[test]
fn fr_expected_and_conditional_plans_point_forward() {
    // reference Sunday 2018-12-30
    one(
        "fr",
        "Le verdict est attendu vendredi.",
        "vendredi",
        "DATE",
        "2019-01-04",
        "",
    );
    one(
        "fr",
        "Le président a annoncé que la délibération commencerait jeudi.",
        "jeudi",
        "DATE",
        "2019-01-03",
        "",
    );
    // the journalistic conditional of a past event stays in the past
    one(
        "fr",
        "Il aurait été vu jeudi.",
        "jeudi",
        "DATE",
        "2018-12-27",
        "",
    );
}

#[test]
fn a_season_with_an_article_follows_the_clause_tense() {
    // reference 2018-12-30, winter: the summer of a past clause is 2018's
    one(
        "fr",
        "Au cours de l'été, les prix ont grimpé.",
        "l'été",
        "DATE",
        "2018-SU",
        "",
    );
}

/// The value of the expression `span` in `text`, with the reference `reference`.
fn value_at(lang: &str, reference: &str, text: &str, span: &str) -> String {
    let got = found(text, lang, Some(reference));
    got.iter()
        .find(|g| g.0 == span)
        .unwrap_or_else(|| panic!("{span:?} not found in {text:?}: {got:?}"))
        .2
        .clone()
}

#[test]
fn the_verb_of_the_dates_own_clause_decides_its_year() {
    // reference Tuesday 2018-11-20: January ten months back stays in the past when the
    // date's own verb is past, goes ahead when it is future
    let fr = [
        ("Il a payé en janvier.", "janvier", "2018-01"),
        ("Il paiera en janvier.", "janvier", "2019-01"),
        (
            "Il a annoncé qu'il paiera en janvier.",
            "janvier",
            "2019-01",
        ),
        (
            "Il a dit qu'il avait payé en janvier.",
            "janvier",
            "2018-01",
        ),
        (
            "En janvier, l'entreprise a versé une prime.",
            "janvier",
            "2018-01",
        ),
        (
            "Elle est arrivée le 5 janvier.",
            "le 5 janvier",
            "2018-01-05",
        ),
        ("Le conseil s'est réuni en janvier.", "janvier", "2018-01"),
        ("L'usine tournait à plein en janvier.", "janvier", "2018-01"),
        // the cue of another clause is only a hint: far back, the next one
        (
            "Le ministre a déclaré que la réforme entre en vigueur en janvier.",
            "janvier",
            "2019-01",
        ),
    ];
    for (text, span, value) in fr {
        assert_eq!(value_at("fr", "2018-11-20", text, span), value, "{text}");
    }
    let en = [
        ("He paid the fine in January.", "January", "2018-01"),
        ("He will pay the fine in January.", "January", "2019-01"),
        ("He said he paid the fine in January.", "January", "2018-01"),
        ("She said she will pay in January.", "January", "2019-01"),
        (
            "In January, the company paid a bonus.",
            "January",
            "2018-01",
        ),
        ("The plant was closed on Jan. 5.", "Jan. 5", "2018-01-05"),
        ("The plant will be closed in January.", "January", "2019-01"),
        // a present tense between the reporting verb and the date: another clause
        (
            "The company said it is calling for the redemption on Jan. 7.",
            "Jan. 7",
            "2019-01-07",
        ),
    ];
    for (text, span, value) in en {
        assert_eq!(value_at("en", "2018-11-20", text, span), value, "{text}");
    }
}

#[test]
fn a_nearer_cue_of_another_clause_does_not_win() {
    // reference Tuesday 2018-11-20
    assert_eq!(
        value_at(
            "fr",
            "2018-11-20",
            "Il a été élu en janvier et prendra ses fonctions en février.",
            "janvier"
        ),
        "2018-01"
    );
    assert_eq!(
        value_at(
            "en",
            "2018-11-20",
            "He was elected in January and will take office in February.",
            "January"
        ),
        "2018-01"
    );
    assert_eq!(
        value_at(
            "en",
            "2018-11-20",
            "He was sworn in Monday and will visit Paris on Thursday.",
            "Monday"
        ),
        "2018-11-19"
    );
    assert_eq!(
        value_at(
            "fr",
            "2018-11-20",
            "Il a été investi lundi et se rendra à Paris jeudi.",
            "lundi"
        ),
        "2018-11-19"
    );
}

#[test]
fn a_plan_told_in_the_past_and_a_postponed_date() {
    // reference 2024-06-18: the vote urged for November is the coming one
    assert_eq!(
        value_at(
            "en",
            "2024-06-18",
            "She urged colleagues to put the financing to a public vote in November.",
            "November"
        ),
        "2024-11"
    );
    assert_eq!(
        value_at(
            "fr",
            "2024-06-18",
            "Elle a demandé au conseil d'organiser un vote sur le projet en novembre.",
            "novembre"
        ),
        "2024-11"
    );
    // reference 2024-02-03: the date a hearing is put off to is ahead
    assert_eq!(
        value_at(
            "fr",
            "2024-02-03",
            "Le jugement a été mis en délibéré au 28 mars.",
            "28 mars"
        ),
        "2024-03-28"
    );
    assert_eq!(
        value_at(
            "fr",
            "2024-02-03",
            "Le procès a été renvoyé au 3 janvier.",
            "3 janvier"
        ),
        "2025-01-03"
    );
    assert_eq!(
        value_at(
            "en",
            "2024-02-03",
            "The trial was adjourned to Jan. 9.",
            "Jan. 9"
        ),
        "2025-01-09"
    );
}

#[test]
fn an_hour_with_its_part_of_the_day() {
    // reference Sunday 2018-12-30
    let fr = [
        (
            "L'incendie s'est déclaré à 4 heures du matin.",
            "4 heures du matin",
            "2018-12-30T04:00",
        ),
        (
            "Il est rentré à 6 heures du soir.",
            "6 heures du soir",
            "2018-12-30T18:00",
        ),
        (
            "Il est parti à 5 h du matin.",
            "5 h du matin",
            "2018-12-30T05:00",
        ),
        (
            "Le vote a eu lieu à 3 heures de l'après-midi.",
            "3 heures de l'après-midi",
            "2018-12-30T15:00",
        ),
        (
            "Les secours sont arrivés vers 23 h.",
            "vers 23 h",
            "2018-12-30T23:00",
        ),
        (
            "Les faits se sont produits samedi vers 23 heures.",
            "samedi vers 23 heures",
            "2018-12-29T23:00",
        ),
    ];
    for (text, span, value) in fr {
        assert_eq!(value_at("fr", "2018-12-30", text, span), value, "{text}");
    }
    let en = [
        (
            "The fire broke out at 4 in the morning.",
            "4 in the morning",
            "2018-12-30T04:00",
        ),
        (
            "The vote ended at 4 in the afternoon.",
            "4 in the afternoon",
            "2018-12-30T16:00",
        ),
        (
            "Police arrived at about 11 at night.",
            "about 11 at night",
            "2018-12-30T23:00",
        ),
        (
            "He left at 6:30 in the evening.",
            "6:30 in the evening",
            "2018-12-30T18:30",
        ),
        (
            "It was four in the morning.",
            "four in the morning",
            "2018-12-30T04:00",
        ),
        // the day after a parenthesis that restates the time
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.",
            "about 10:35 a.m.",
            "2018-12-28T10:35",
        ),
    ];
    for (text, span, value) in en {
        assert_eq!(value_at("en", "2018-12-30", text, span), value, "{text}");
    }
    // a count before a part of the day that qualifies a noun is not a time
    let got = found(
        "The rebels killed 4 in the morning attack.",
        "en",
        Some("2018-12-30"),
    );
    assert!(got.iter().all(|g| g.0 != "4 in the morning"), "{got:?}");
}

#[test]
fn the_night_of_one_day_to_the_next() {
    // reference Sunday 2018-12-30: the night of Saturday to Sunday is Saturday's night
    let cases = [
        (
            "L'attaque a eu lieu dans la nuit de samedi à dimanche.",
            "la nuit de samedi à dimanche",
            "2018-12-29TNI",
        ),
        (
            "Le drame s'est produit dans la nuit de mardi.",
            "la nuit de mardi",
            "2018-12-25TNI",
        ),
        (
            "La fusillade a éclaté dans la nuit du 5 au 6 mai.",
            "la nuit du 5 au 6 mai",
            "2018-05-05TNI",
        ),
    ];
    for (text, span, value) in cases {
        let got = found(text, "fr", Some("2018-12-30"));
        assert_eq!(
            got,
            vec![(span.into(), "TIME".into(), value.into(), String::new())],
            "{text}"
        );
    }
    // English: TimeBank marks the day alone
    one(
        "en",
        "He was shot on the night of Dec. 23 in his kitchen.",
        "Dec. 23",
        "DATE",
        "2018-12-23",
        "",
    );
}

#[test]
fn ranges_of_lengths_and_of_dates() {
    // a length from one amount to another: one expression, at least the first
    one(
        "en",
        "The repairs will take six to eight months.",
        "six to eight months",
        "DURATION",
        "P6M",
        "EQUAL_OR_MORE",
    );
    one(
        "fr",
        "Les travaux dureront de six à huit mois.",
        "six à huit mois",
        "DURATION",
        "P6M",
        "EQUAL_OR_MORE",
    );
    // between two amounts: each end, the first with the unit of the second
    assert_eq!(
        spans("en", "He spent between two and six days in hospital."),
        pairs(&[("two", "P2D"), ("six days", "P6D")])
    );
    assert_eq!(
        spans("fr", "Il a passé entre deux et trois jours à l'hôpital."),
        pairs(&[("deux", "P2D"), ("trois jours", "P3D")])
    );
    // ranges of dates: each end on its own (reference Sunday 2018-12-30)
    assert_eq!(
        spans("en", "Sales grew between 2010 and 2015."),
        pairs(&[("2010", "2010"), ("2015", "2015")])
    );
    assert_eq!(
        spans("fr", "Les ventes ont progressé entre 2010 et 2015."),
        pairs(&[("2010", "2010"), ("2015", "2015")])
    );
    assert_eq!(
        spans("en", "The office will be closed from Monday to Wednesday."),
        pairs(&[("Monday", "2018-12-31"), ("Wednesday", "2019-01-02")])
    );
    assert_eq!(
        spans("fr", "Le bureau sera fermé de lundi à mercredi."),
        pairs(&[("lundi", "2018-12-31"), ("mercredi", "2019-01-02")])
    );
    // not a length: a score, a clock
    none("en", "They won 2 to 1.");
}

#[test]
fn a_month_naming_a_nouns_time_and_the_first_person_past() {
    // reference 2025-05-06: a February forecast is this year's, whatever the clause says
    assert_eq!(
        value_at(
            "en",
            "2025-05-06",
            "The company now expects earnings of $2.10 a share, down from a February forecast.",
            "February"
        ),
        "2025-02"
    );
    assert_eq!(
        value_at(
            "en",
            "2025-05-06",
            "Police will question two more witnesses about the October shooting.",
            "October"
        ),
        "2024-10"
    );
    // reference 2025-11-20: the passé composé of a quotation
    assert_eq!(
        value_at(
            "fr",
            "2025-11-20",
            "« J'ai signé le devis le 5 janvier sans le lire », a reconnu le prévenu.",
            "le 5 janvier"
        ),
        "2025-01-05"
    );
    assert_eq!(
        value_at(
            "fr",
            "2025-11-20",
            "« Nous avons payé en janvier », a dit le maire.",
            "janvier"
        ),
        "2025-01"
    );
}

#[test]
fn a_cue_of_another_clause_alone_is_no_cue() {
    // reference 1999-07-07: the relative clause's future does not move the month ahead
    assert_eq!(
        value_at(
            "fr",
            "1999-07-07",
            "Les résultats du recensement de mars, qui devraient être affinés d'ici la fin de l'année, confirment la tendance.",
            "mars"
        ),
        "1999-03"
    );
    assert_eq!(
        value_at(
            "en",
            "1999-07-07",
            "Results from April, which will be revised later, confirm the trend.",
            "April"
        ),
        "1999-04"
    );
}

#[test]
fn a_weekday_ending_the_headline_is_not_joined_with_the_date_line() {
    let got = found(
        "Markets to stay closed until Friday\n\nSeptember 18, 2008\n\nThe government said so.",
        "en",
        None,
    );
    let spans: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(spans, ["Friday", "September 18, 2008"], "{got:?}");
    assert_eq!(got[0].2, "2008-09-19", "{got:?}");
    let got = found(
        "Les marchés resteront fermés jusqu'à vendredi\n\n18 septembre 2008\n\nLe gouvernement l'a annoncé.",
        "fr",
        None,
    );
    let spans: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(spans, ["vendredi", "18 septembre 2008"], "{got:?}");
    assert_eq!(got[0].2, "2008-09-19", "{got:?}");
}

#[test]
fn an_hour_before_dawn_in_a_night_is_on_the_next_day() {
    // reference Thursday 2023-11-02
    assert_eq!(
        value_at(
            "fr",
            "2023-11-02",
            "La tempête a frappé dans la nuit de mercredi à jeudi, vers 3 heures du matin.",
            "vers 3 heures du matin"
        ),
        "2023-11-02T03:00"
    );
    assert_eq!(
        value_at(
            "en",
            "2023-11-02",
            "The storm hit Wednesday night, at about 3 a.m., officials said.",
            "about 3 a.m."
        ),
        "2023-11-02T03:00"
    );
    // an evening hour stays on the night's day
    assert_eq!(
        value_at(
            "fr",
            "2023-11-02",
            "La tempête a frappé dans la nuit de mercredi à jeudi, vers 23 heures.",
            "vers 23 heures"
        ),
        "2023-11-01T23:00"
    );
}

#[test]
fn the_end_of_the_month_with_a_fused_article() {
    // reference 2025-03-10
    assert_eq!(
        found(
            "Le gouvernement espérait faire adopter le texte avant la fin du mois.",
            "fr",
            Some("2025-03-10")
        ),
        vec![(
            "la fin du mois".into(),
            "DATE".into(),
            "2025-03".into(),
            "END".into()
        )]
    );
    assert_eq!(
        found(
            "The bill should pass by the end of the month.",
            "en",
            Some("2025-03-10")
        ),
        vec![(
            "the end of the month".into(),
            "DATE".into(),
            "2025-03".into(),
            "END".into()
        )]
    );
    // without the article it is generic
    none(
        "fr",
        "Les fins de mois sont difficiles pour beaucoup de familles.",
    );
}

#[test]
fn second_quarter_as_one_word() {
    // `second` is also a unit: the compound is still the ordinal quarter
    assert_eq!(
        value_at(
            "en",
            "2018-12-30",
            "The company will report second-quarter results on Aug. 6, 2025.",
            "second-quarter"
        ),
        // a future clause: the coming second quarter (session 5)
        "2019-Q2"
    );
    assert_eq!(
        value_at(
            "fr",
            "2018-12-30",
            "Les ventes ont reculé au second trimestre.",
            "second trimestre"
        ),
        "2018-Q2"
    );
    let got = found("A 30-second-long pause followed.", "en", Some("2018-12-30"));
    assert_eq!(got[0].2, "PT30S", "{got:?}");
}

#[test]
fn the_eve_of_a_day_and_the_eve_of_an_event() {
    // reference 2025-01-15
    let got = found(
        "Il est parti la veille du 14 juillet. Le lendemain, il est rentré.",
        "fr",
        Some("2025-01-15"),
    );
    let v: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(
        v,
        [
            ("la veille du 14 juillet", "2024-07-13"),
            ("Le lendemain", "2024-07-14")
        ]
    );
    // anchored on an event, not a day: not marked (guidelines)
    none("fr", "À la veille des élections, le ton monte.");
    let got = found(
        "Le 3 février, au lendemain du comité de suivi, les syndicats seront reçus.",
        "fr",
        Some("2025-01-15"),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // English: the day after a date is its own expression
    let got = found(
        "He left on Jan. 3. The next day, he returned.",
        "en",
        Some("2025-01-15"),
    );
    assert_eq!(got[1].2, "2025-01-04", "{got:?}");
}

#[test]
fn an_aim_in_the_present_points_forward() {
    // reference 2025-01-15: the target date is the coming one
    assert_eq!(
        value_at(
            "fr",
            "2025-01-15",
            "Le gouvernement vise une entrée en vigueur au 1er septembre.",
            "1er septembre"
        ),
        "2025-09-01"
    );
    assert_eq!(
        value_at(
            "en",
            "2025-01-15",
            "The government aims to bring the law into force on Sept. 1.",
            "Sept. 1"
        ),
        "2025-09-01"
    );
}

#[test]
fn over_as_during_and_as_more_than() {
    assert_eq!(
        found(
            "The jury deliberated nine hours over two days.",
            "en",
            Some("2025-10-09")
        )[1],
        (
            "two days".into(),
            "DURATION".into(),
            "P2D".into(),
            String::new()
        )
    );
    one(
        "en",
        "The talks lasted for over a week.",
        "over a week",
        "DURATION",
        "P1W",
        "MORE_THAN",
    );
    assert_eq!(
        found(
            "Le jury a délibéré neuf heures sur deux jours.",
            "fr",
            Some("2025-10-09")
        )[1],
        (
            "deux jours".into(),
            "DURATION".into(),
            "P2D".into(),
            String::new()
        )
    );
    one(
        "fr",
        "Les pourparlers ont duré plus d'une semaine.",
        "plus d'une semaine",
        "DURATION",
        "P1W",
        "MORE_THAN",
    );
}

#[test]
fn a_few_days_after_a_month_is_in_that_month() {
    // reference Thursday 2025-10-09: not a week after Wednesday 8, named earlier
    let got = found(
        "A jury on Wednesday convicted him. He was indicted in March 2024 and pleaded not guilty a week later.",
        "en",
        Some("2025-10-09"),
    );
    assert_eq!(got.last().map(|g| g.2.as_str()), Some("2024-03"), "{got:?}");
    let got = found(
        "Le jury l'a condamné mercredi. Il avait été mis en examen en mars 2024 et écroué deux jours plus tard.",
        "fr",
        Some("2025-10-09"),
    );
    assert_eq!(got.last().map(|g| g.2.as_str()), Some("2024-03"), "{got:?}");
}

#[test]
fn quarters_by_short_name_and_round_the_clock() {
    // reference 2025-10-09
    let got = found(
        "Revenue rose in Q3 2024 and fell in Q1.",
        "en",
        Some("2025-10-09"),
    );
    let v: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.2.as_str())).collect();
    assert_eq!(v, [("Q3 2024", "2024-Q3"), ("Q1", "2025-Q1")]);
    assert_eq!(
        value_at(
            "fr",
            "2025-10-09",
            "Le chiffre d'affaires a progressé au troisième trimestre 2024.",
            "troisième trimestre 2024"
        ),
        "2024-Q3"
    );
    none("fr", "Le service fonctionne 24h/24 et 7j/7.");
    none("en", "The hotline is staffed 24h/24.");
}

#[test]
fn a_weekday_with_its_day_of_the_month() {
    // reference Thursday 2025-10-09
    let cases = [
        ("Le conseil se réunira mardi 14.", "mardi 14", "2025-10-14"),
        (
            "Il est arrivé dimanche 5 au soir.",
            "dimanche 5 au soir",
            "2025-10-05TEV",
        ),
        (
            "Réunion jeudi 16 à 18 h.",
            "jeudi 16 à 18 h",
            "2025-10-16T18:00",
        ),
        (
            "Elle a été hospitalisée le 2 octobre au matin.",
            "le 2 octobre au matin",
            "2025-10-02TMO",
        ),
        // a day that is not that weekday: the weekday
        ("Le conseil se réunira mardi 15.", "mardi 15", "2025-10-14"),
    ];
    for (text, span, value) in cases {
        assert_eq!(value_at("fr", "2025-10-09", text, span), value, "{text}");
    }
    assert_eq!(
        value_at(
            "en",
            "2025-10-09",
            "The council will meet Tuesday the 14th.",
            "Tuesday the 14th"
        ),
        "2025-10-14"
    );
    // a count after the weekday is not its day
    assert_eq!(
        found(
            "Lundi 3 personnes ont été blessées.",
            "fr",
            Some("2025-10-09")
        )[0]
        .0,
        "Lundi"
    );
}

#[test]
fn a_lone_participle_right_before_a_weekday_tells_a_past_event() {
    // reference Friday 2026-11-27
    let r = "2026-11-27";
    let v = |t: &str| value_at("fr", r, t, "mardi");
    assert_eq!(
        v("La grève lancée mardi devrait se poursuivre."),
        "2026-11-24"
    );
    assert_eq!(
        v("La loi adoptée mardi entrera en vigueur en janvier."),
        "2026-11-24"
    );
    // a passive or a future keeps the plan ahead
    assert_eq!(v("La réforme doit être adoptée mardi."), "2026-12-01");
    assert_eq!(v("La réforme sera adoptée mardi."), "2026-12-01");
}

#[test]
fn until_points_ahead_unless_its_clause_is_past() {
    // reference Friday 2026-11-27
    let r = "2026-11-27";
    // a headline over its date line: the end of a state, ahead
    let text = "Grève à la SNCF : le trafic perturbé jusqu'à mercredi\n\nVendredi 27 novembre 2026\n\nLa direction a annoncé la fin du mouvement.";
    let got = found(text, "fr", None);
    assert_eq!(got[0].0, "mercredi", "{got:?}");
    assert_eq!(got[0].2, "2026-12-02", "{got:?}");
    let text = "Strike: trains disrupted until Wednesday\n\nFriday, November 27, 2026\n\nThe union said it would talk.";
    let got = found(text, "en", None);
    assert_eq!(got[0].0, "Wednesday", "{got:?}");
    assert_eq!(got[0].2, "2026-12-02", "{got:?}");
    // the clause's tense decides both ways
    let fr = |t: &str, s: &str| value_at("fr", r, t, s);
    assert_eq!(
        fr("Le trafic restera perturbé jusqu'à mercredi.", "mercredi"),
        "2026-12-02"
    );
    assert_eq!(
        fr("Il a travaillé là-bas jusqu'en janvier.", "janvier"),
        "2026-01"
    );
    assert_eq!(
        fr("Il travaillait là-bas jusqu'à janvier.", "janvier"),
        "2026-01"
    );
    assert_eq!(
        fr("Il travaillera là-bas jusqu'en janvier.", "janvier"),
        "2027-01"
    );
    let en = |t: &str, s: &str| value_at("en", r, t, s);
    assert_eq!(en("He worked there until January.", "January"), "2026-01");
    assert_eq!(
        en("He will work there until January.", "January"),
        "2027-01"
    );
    assert_eq!(
        en("The line was shut until Wednesday.", "Wednesday"),
        "2026-11-25"
    );
    // a participle right before `until` tells the state, not a past event
    assert_eq!(
        en("Markets are to remain closed until Wednesday.", "Wednesday"),
        "2026-12-02"
    );
    // a past verb after the date is another clause's (`talks that are due to end by
    // May, invited…`)
    assert_eq!(
        en(
            "The talks that must end until May, invited them back.",
            "May"
        ),
        "2027-05"
    );
}

#[test]
fn a_phrase_keeps_all_its_meanings() {
    // `jusqu'à` is a clock cue and a deadline as well as a year cue
    let r = "2026-11-27";
    assert_eq!(
        value_at(
            "fr",
            r,
            "Le musée restera ouvert jusqu'à 20 heures.",
            "20 heures"
        ),
        "2026-11-27T20:00"
    );
    assert_eq!(
        value_at("fr", r, "Les travaux dureront jusqu'à mardi.", "mardi"),
        "2026-12-01"
    );
    assert_eq!(
        value_at("en", r, "The museum stays open until 8 p.m.", "8 p.m."),
        "2026-11-27T20:00"
    );
}

#[test]
fn ranges_of_clock_times_give_both_ends() {
    // reference Friday 2026-11-27
    let r = Some("2026-11-27");
    let pairs = |lang: &str, text: &str| -> Vec<(String, String)> {
        found(text, lang, r)
            .into_iter()
            .filter(|g| g.1 == "TIME")
            .map(|g| (g.0, g.2))
            .collect()
    };
    let p = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        pairs(
            "en",
            "The office will be open between 2 and 3 p.m. on Monday."
        ),
        [p("2", "2026-11-30T14:00"), p("3 p.m.", "2026-11-30T15:00")]
    );
    assert_eq!(
        pairs("en", "Polls will be open from 9 a.m. to noon on Monday."),
        [
            p("9 a.m.", "2026-11-30T09:00"),
            p("noon", "2026-11-30T12:00")
        ]
    );
    assert_eq!(
        pairs("en", "The bridge closes from 10 to 11:30 p.m. tonight."),
        [
            p("10", "2026-11-27T22:00"),
            p("11:30 p.m. tonight", "2026-11-27T23:30")
        ]
    );
    assert_eq!(
        pairs("en", "The hearing ran from 2:15 to 4 p.m. Tuesday."),
        [
            p("2:15", "2026-11-24T14:15"),
            p("4 p.m. Tuesday", "2026-11-24T16:00")
        ]
    );
    assert_eq!(
        pairs("fr", "Le bureau sera ouvert de 14 h à 16 h lundi."),
        [
            p("14 h", "2026-11-30T14:00"),
            p("16 h lundi", "2026-11-30T16:00")
        ]
    );
    assert_eq!(
        pairs("fr", "Lundi, le vote aura lieu de 9 heures à midi."),
        [
            p("9 heures", "2026-11-30T09:00"),
            p("midi", "2026-11-30T12:00")
        ]
    );
    assert_eq!(
        pairs(
            "fr",
            "Entre 8 et 10 heures du matin, la route était bloquée."
        ),
        [
            p("8", "2026-11-27T08:00"),
            p("10 heures du matin", "2026-11-27T10:00")
        ]
    );
    assert_eq!(
        pairs(
            "fr",
            "Entre 8 et 10 heures du soir, la route était bloquée."
        ),
        [
            p("8", "2026-11-27T20:00"),
            p("10 heures du soir", "2026-11-27T22:00")
        ]
    );
    // over midnight: the second end is on the next day
    assert_eq!(
        pairs(
            "fr",
            "Samedi, la ligne sera coupée de 22 heures à 6 heures du matin."
        ),
        [
            p("22 heures", "2026-11-28T22:00"),
            p("6 heures du matin", "2026-11-29T06:00")
        ]
    );
    // lengths stay lengths
    let got = found("Le vol dure entre 8 et 10 heures.", "fr", r);
    assert!(got.iter().all(|g| g.1 == "DURATION"), "{got:?}");
}

#[test]
fn a_clock_time_in_a_past_story_takes_the_leads_day() {
    let en = "Council approves new stadium\n\nJune 18, 2024\n\nThe city council voted late Monday to approve the stadium.\n\nOn Saturday, the club won its last home game of the season.\n\nOutside City Hall, fans sang when the result was announced at 10:45 p.m.\n\nThe council will vote again at 7 p.m. on July 9.";
    let got = found(en, "en", None);
    let v = |s: &str| got.iter().find(|g| g.0 == s).map(|g| g.2.clone());
    assert_eq!(
        v("10:45 p.m.").as_deref(),
        Some("2024-06-17T22:45"),
        "{got:?}"
    );
    let fr = "Le conseil adopte le budget\n\n18 juin 2024\n\nLe conseil municipal a adopté lundi soir le budget de la ville.\n\nSamedi, le maire avait présenté ses comptes aux habitants.\n\nLe résultat a été annoncé à 22 h 45, devant une salle comble.";
    let got = found(fr, "fr", None);
    let v = |s: &str| got.iter().find(|g| g.0 == s).map(|g| g.2.clone());
    assert_eq!(v("22 h 45").as_deref(), Some("2024-06-17T22:45"), "{got:?}");
    // a clock time of the present or future stays on the reference day
    let fr = "Le conseil adopte le budget\n\n18 juin 2024\n\nLe conseil municipal a adopté lundi le budget de la ville.\n\nUne nouvelle séance aura lieu à 18 heures.";
    let got = found(fr, "fr", None);
    let v = |s: &str| got.iter().find(|g| g.0 == s).map(|g| g.2.clone());
    assert_eq!(
        v("18 heures").as_deref(),
        Some("2024-06-18T18:00"),
        "{got:?}"
    );
}

#[test]
fn an_abbreviations_dot_does_not_end_the_tense_window() {
    // reference Wednesday 2026-10-28: `will` governs `May` past `Feb. 12`
    let r = "2026-10-28";
    assert_eq!(
        value_at(
            "en",
            r,
            "Northwind will report full-year results on Feb. 12 and hold its annual meeting in May.",
            "May"
        ),
        "2027-05"
    );
    assert_eq!(
        value_at(
            "fr",
            r,
            "Northwind publiera ses résultats annuels le 12 févr. puis réunira ses actionnaires en mai.",
            "mai"
        ),
        "2027-05"
    );
}

#[test]
fn a_clock_after_a_phrase_of_time_and_before_this_weekday() {
    // reference Tuesday 2026-06-16
    let r = "2026-06-16";
    assert_eq!(
        value_at(
            "fr",
            r,
            "La vigilance orange commence à partir de 14 heures ce mardi.",
            "14 heures ce mardi"
        ),
        "2026-06-16T14:00"
    );
    assert_eq!(
        value_at(
            "en",
            r,
            "The warning starts at 2 p.m. this Friday.",
            "2 p.m. this Friday"
        ),
        "2026-06-19T14:00"
    );
}

// ----- session 5 (dates helper): forms found on articles written for the check --------

#[test]
fn a_season_after_a_fused_article_or_a_deadline_is_one_season() {
    // reference Tuesday 2027-06-15
    let r = "2027-06-15";
    let cases = [
        (
            "fr",
            "Le verdict est attendu au printemps.",
            "printemps",
            "2028-SP",
        ),
        (
            "fr",
            "Le chantier a commencé au printemps.",
            "printemps",
            "2027-SP",
        ),
        (
            "fr",
            "Le chantier avait commencé à l'automne.",
            "l'automne",
            "2026-FA",
        ),
        (
            "en",
            "The judge rejected a request to delay the trial until the fall.",
            "the fall",
            "2027-FA",
        ),
        (
            "en",
            "The trial was delayed until the fall.",
            "the fall",
            "2027-FA",
        ),
        (
            "en",
            "Prices climbed during the summer, he said.",
            "the summer",
            "2026-SU",
        ),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
    // "en été" stays generic; "a été" is no season
    assert_eq!(
        value_at("fr", r, "En été, les prix montent.", "été"),
        "XXXX-SU"
    );
    assert!(found("Le projet a été adopté.", "fr", Some(r)).is_empty());
}

#[test]
fn adjectives_between_an_amount_and_its_unit() {
    one(
        "en",
        "Inflation has fallen for three consecutive months.",
        "three consecutive months",
        "DURATION",
        "P3M",
        "",
    );
    one(
        "en",
        "The team has won four straight games in six straight days.",
        "six straight days",
        "DURATION",
        "P6D",
        "",
    );
    one(
        "en",
        "The shops reopen on Boxing Day.",
        "Boxing Day",
        "DATE",
        "2018-12-26",
        "",
    );
}

#[test]
fn a_verb_of_a_state_right_before_until_tells_a_past_state() {
    // reference Saturday 2026-11-28
    let r = "2026-11-28";
    assert_eq!(
        value_at("en", r, "He worked until January.", "January"),
        "2026-01"
    );
    assert_eq!(
        value_at("en", r, "She stayed in Paris until March.", "March"),
        "2026-03"
    );
    assert_eq!(
        value_at("en", r, "He lived there until Friday.", "Friday"),
        "2026-11-27"
    );
    // a participle describing the state still points ahead
    assert_eq!(
        value_at("en", r, "Roads will stay closed until Friday.", "Friday"),
        "2026-12-04"
    );
    assert_eq!(
        value_at("en", r, "Markets closed until January.", "January"),
        "2027-01"
    );
}

#[test]
fn a_year_at_the_head_of_the_sentence_gives_its_months_their_year() {
    // reference Saturday 2026-11-28
    let r = "2026-11-28";
    let cases = [
        (
            "en",
            "In 2019, the company paid its suppliers in January and March.",
            "March",
            "2019-03",
        ),
        (
            "en",
            "In 2019 the company moved its headquarters on March 5.",
            "March 5",
            "2019-03-05",
        ),
        (
            "en",
            "Ten years ago, the harvest began in October.",
            "October",
            "2016-10",
        ),
        (
            "en",
            "Last year, sales peaked in the third quarter.",
            "the third quarter",
            "2025-Q3",
        ),
        (
            "fr",
            "En 2019, les exportations ont chuté en mars.",
            "mars",
            "2019-03",
        ),
        (
            "fr",
            "Il y a vingt ans, on vendangeait en octobre.",
            "octobre",
            "2006-10",
        ),
        (
            "fr",
            "En mars 2019, puis de nouveau en juin, la rivière a débordé.",
            "juin",
            "2019-06",
        ),
        // a year further on is another event's; a plan told then is not of that year
        ("en", "Born in 1950, he died in March.", "March", "2026-03"),
        (
            "en",
            "He died in March, ten years after he retired in 2009.",
            "March",
            "2026-03",
        ),
        (
            "en",
            "Last year, the company said it would pay in January.",
            "January",
            "2027-01",
        ),
        (
            "en",
            "On Tuesday, the company said it paid in January.",
            "January",
            "2026-01",
        ),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
}

#[test]
fn a_quarter_without_its_year_follows_the_clause_tense() {
    // reference Saturday 2026-11-28
    let r = "2026-11-28";
    let cases = [
        (
            "en",
            "The merger will close in the first quarter.",
            "the first quarter",
            "2027-Q1",
        ),
        (
            "fr",
            "La fusion sera finalisée au premier trimestre.",
            "premier trimestre",
            "2027-Q1",
        ),
        (
            "en",
            "The results were announced in the third quarter.",
            "the third quarter",
            "2026-Q3",
        ),
        // a report comes after its quarter: the one just over stays this year's
        (
            "en",
            "The company expects to report a third-quarter loss.",
            "third-quarter",
            "2026-Q3",
        ),
        (
            "en",
            "Sales will pick up in the fourth quarter.",
            "the fourth quarter",
            "2026-Q4",
        ),
        (
            "fr",
            "Le groupe prévoit de rebondir au second semestre.",
            "second semestre",
            "2026-H2",
        ),
        (
            "fr",
            "Les embauches reprendront au premier semestre.",
            "premier semestre",
            "2027-H1",
        ),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
    // written in February: the fourth quarter told in the past is last year's
    assert_eq!(
        value_at(
            "en",
            "2027-02-10",
            "Profits fell 18% in the fourth quarter.",
            "the fourth quarter"
        ),
        "2026-Q4"
    );
    assert_eq!(
        value_at(
            "fr",
            "2027-02-10",
            "Le chiffre d'affaires a reculé au quatrième trimestre.",
            "quatrième trimestre"
        ),
        "2026-Q4"
    );
}

#[test]
fn twice_or_once_before_a_unit_is_a_rate() {
    one(
        "en",
        "The bank meets twice a year with the ministry.",
        "a year",
        "SET",
        "P1Y",
        "",
    );
    one(
        "en",
        "The committee meets once a month.",
        "a month",
        "SET",
        "P1M",
        "",
    );
    one(
        "fr",
        "Le comité se réunit deux fois par an.",
        "par an",
        "SET",
        "P1Y",
        "",
    );
    none("en", "The firm was once worth two billion dollars.");
}

#[test]
fn the_end_of_the_decade_or_century_is_the_references() {
    let r = "2026-11-28";
    let cases = [
        (
            "en",
            "The plant will close by the end of the decade.",
            "the end of the decade",
            "202",
            "END",
        ),
        (
            "en",
            "The plant will close before the end of the century.",
            "the end of the century",
            "20",
            "END",
        ),
        (
            "fr",
            "La centrale fermera d'ici la fin de la décennie.",
            "la fin de la décennie",
            "202",
            "END",
        ),
        (
            "fr",
            "La forêt aura disparu avant la fin du siècle.",
            "la fin du siècle",
            "20",
            "END",
        ),
        (
            "fr",
            "Il est né à la fin du XIXe siècle.",
            "la fin du XIXe siècle",
            "18",
            "END",
        ),
    ];
    for (lang, text, span, value, md) in cases {
        let got = found(text, lang, Some(r));
        assert!(
            got.iter().any(|g| g.0 == span && g.2 == value && g.3 == md),
            "{span:?} {value} {md} in {text:?}: {got:?}"
        );
    }
}

#[test]
fn ranges_of_clock_times_in_words() {
    let r = "2026-11-28";
    let got = found(
        "The store is open from nine to eleven in the morning.",
        "en",
        Some(r),
    );
    assert_eq!(got[0].0, "nine");
    assert_eq!(got[0].2, "2026-11-28T09:00");
    assert_eq!(got[1].2, "2026-11-28T11:00");
    let got = found(
        "Voting runs between seven and ten p.m. on Tuesday.",
        "en",
        Some(r),
    );
    assert_eq!(
        got.iter().map(|g| g.2.as_str()).collect::<Vec<_>>(),
        ["2026-11-24T19:00", "2026-11-24T22:00", "2026-11-24"]
    );
    let got = found(
        "La permanence a lieu de neuf à onze heures du matin.",
        "fr",
        Some(r),
    );
    assert_eq!(got[0].0, "neuf");
    assert_eq!(got[0].2, "2026-11-28T09:00");
    assert_eq!(
        value_at("en", r, "The hearing resumes from nine to noon.", "nine"),
        "2026-11-28T09:00"
    );
    // counts, not hours
    none("en", "The number of seats grew from nine to eleven.");
    none("en", "Prices rose from nine to eleven dollars.");
    none("fr", "Le nombre de sièges est passé de neuf à onze.");
}

#[test]
fn a_day_of_the_month_alone_after_a_date_of_its_sentence() {
    let r = "2026-11-28";
    let cases = [
        (
            "en",
            "City face Arsenal on December 5 and travel to Milan on the 9th.",
            "the 9th",
            "2026-12-09",
        ),
        (
            "en",
            "The council meets on December 28 and again on the 3rd.",
            "the 3rd",
            "2027-01-03",
        ),
        (
            "en",
            "In December, the team plays on the 9th and the 12th.",
            "the 12th",
            "2026-12-12",
        ),
        (
            "fr",
            "Le conseil se réunira le 3 décembre, puis le 17.",
            "le 17",
            "2026-12-17",
        ),
        ("fr", "En mars, il est arrivé le 17.", "le 17", "2026-03-17"),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
    // an ordinal before its noun, or without a month in the sentence
    none("en", "The case is heard in the 11th Circuit.");
    none("en", "On the 9th, the team travels to Milan.");
    assert_eq!(
        found("In May, the 25th anniversary was marked.", "en", Some(r)).len(),
        1
    );
    assert_eq!(
        found("En mars, le 17 est passé à l'heure d'été.", "fr", Some(r)).len(),
        1
    );
}

#[test]
fn remonte_a_an_amount_is_that_long_ago() {
    let r = "2026-11-28";
    let got = found("Le conflit remonte à trois ans.", "fr", Some(r));
    assert_eq!(
        got,
        vec![("trois ans".into(), "DATE".into(), "2023".into(), "".into())]
    );
    assert_eq!(
        value_at(
            "fr",
            r,
            "Les faits remontent à deux semaines.",
            "deux semaines"
        ),
        "2026-W46"
    );
    assert_eq!(
        value_at("fr", r, "Le dernier titre du club remonte à 2019.", "2019"),
        "2019"
    );
}

#[test]
fn a_season_in_a_future_clause_is_the_coming_one() {
    // reference Friday 2026-11-27
    let r = "2026-11-27";
    let cases = [
        (
            "fr",
            "Un accord est attendu au printemps.",
            "printemps",
            "2027-SP",
        ),
        (
            "fr",
            "La réforme entrera en vigueur à l'été.",
            "l'été",
            "2027-SU",
        ),
        (
            "fr",
            "La direction promet des embauches au premier trimestre.",
            "premier trimestre",
            "2027-Q1",
        ),
        (
            "en",
            "The board promises a raise in the first quarter.",
            "the first quarter",
            "2027-Q1",
        ),
        // the one under way
        (
            "en",
            "The new line will open in the fall.",
            "the fall",
            "2026-FA",
        ),
        // an infinitive is not the present of a scheduled event
        (
            "en",
            "Problems made it difficult to meet demand into the summer.",
            "the summer",
            "2026-SU",
        ),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
}

#[test]
fn fixtures_in_the_present_point_ahead() {
    // reference Saturday 2026-11-28
    let r = "2026-11-28";
    let cases = [
        (
            "en",
            "The team plays Leeds on Wednesday.",
            "Wednesday",
            "2026-12-02",
        ),
        (
            "en",
            "City play Arsenal on Tuesday.",
            "Tuesday",
            "2026-12-01",
        ),
        (
            "en",
            "The match kicks off at 3 p.m. on Sunday.",
            "Sunday",
            "2026-11-29",
        ),
        (
            "en",
            "He played Leeds on Wednesday.",
            "Wednesday",
            "2026-11-25",
        ),
        (
            "fr",
            "Lyon affronte Lille mercredi.",
            "mercredi",
            "2026-12-02",
        ),
        (
            "fr",
            "Les Bleus jouent mardi au Stade de France.",
            "mardi",
            "2026-12-01",
        ),
        (
            "fr",
            "Les Bleus ont joué mardi au Stade de France.",
            "mardi",
            "2026-11-24",
        ),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
}

#[test]
fn a_participle_and_its_preposition_before_a_month_tell_a_past() {
    // reference Wednesday 2026-10-14: the verb after the date is the plan's
    let r = "2026-10-14";
    let cases = [
        (
            "en",
            "The cost-cutting plan announced in July would save $150 million.",
            "July",
            "2026-07",
        ),
        (
            "en",
            "The contract signed in January will run for five years.",
            "January",
            "2026-01",
        ),
        (
            "fr",
            "Le plan annoncé en juillet permettra d'économiser 150 millions.",
            "juillet",
            "2026-07",
        ),
        // a passive's participle is no past; nor a noun before the date
        (
            "en",
            "The results will be published in March.",
            "March",
            "2027-03",
        ),
        ("en", "Sales in March will rise.", "March", "2027-03"),
        ("fr", "Le texte sera examiné en mars.", "mars", "2027-03"),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
}

#[test]
fn a_few_quoted_words_stay_in_the_reporters_clause() {
    let r = "2026-11-18";
    let cases = [
        (
            "fr",
            "Un plan, qui sera présenté « avant l'été », a été promis.",
            "l'été",
            "2027-SU",
        ),
        (
            "en",
            "Police reported “2,521 shooting incidents” between January 1 and September 18.",
            "January 1",
            "2026-01-01",
        ),
    ];
    for (lang, text, span, value) in cases {
        assert_eq!(value_at(lang, r, text, span), value, "in {text:?}");
    }
}

#[test]
fn weeks_earlier_count_from_a_week_told_just_before() {
    let text = "Before Christmas, admissions could peak.\n\nThere were 2,140 patients last \
                week, up from 1,050 a fortnight earlier and 900 three weeks earlier.";
    for (span, value) in [
        ("last week", "2026-W48"),
        ("a fortnight earlier", "2026-W46"),
        ("three weeks earlier", "2026-W45"),
    ] {
        assert_eq!(value_at("en", "2026-12-02", text, span), value, "{span}");
    }
}

#[test]
fn the_monday_of_an_iso_week() {
    use crate::calendar::Date;
    assert_eq!(
        Date::from_iso_week(2026, 48).map(Date::iso).as_deref(),
        Some("2026-11-23")
    );
    assert_eq!(
        Date::from_iso_week(2021, 1).map(Date::iso).as_deref(),
        Some("2021-01-04")
    );
    assert_eq!(
        Date::from_iso_week(2020, 53).map(Date::iso).as_deref(),
        Some("2020-12-28")
    );
    assert_eq!(Date::from_iso_week(2020, 0), None);
}

#[test]
fn two_digits_after_en_and_before_punctuation_are_a_year() {
    let text = "Deux ruptures en 97 (rue de Metz), rien en 98, et une autre en 05.";
    assert_eq!(value_at("fr", "1999-07-07", text, "97"), "1997");
    assert_eq!(value_at("fr", "1999-07-07", text, "98"), "1998");
    assert_eq!(value_at("fr", "2026-03-01", text, "05"), "2005");
    // a count or a rank is no year; English writes `in '97`
    let got = found(
        "Le record a été battu en 48 heures.",
        "fr",
        Some("1999-07-07"),
    );
    assert!(
        got.iter().all(|g| g.2 != "1948" && g.2 != "2048"),
        "{got:?}"
    );
    let got = found("The team won in 12, then lost.", "en", Some("1999-07-07"));
    assert!(got.is_empty(), "{got:?}");
}

// ----- session 7: French news read as a journalist would --------------------------------

#[test]
fn an_infinitive_after_a_then_word_shares_the_future_modal() {
    // reference Monday 2025-03-10
    let r = "2025-03-10";
    let fr = "Les délégués doivent se réunir demain soir, puis voter jeudi sur la fusion.";
    assert_eq!(value_at("fr", r, fr, "jeudi"), "2025-03-13");
    let fr = "La ministre doit s'exprimer demain devant le Sénat, puis se rendre jeudi à Lille.";
    assert_eq!(value_at("fr", r, fr, "jeudi"), "2025-03-13");
    let en = "The minister will address lawmakers tomorrow, then travel to Lille on Thursday.";
    assert_eq!(value_at("en", r, en, "Thursday"), "2025-03-13");
    // a past first verb keeps the second in the past
    let fr = "La ministre s'est exprimée lundi devant le Sénat, puis s'est rendue jeudi à Lille.";
    assert_eq!(value_at("fr", r, fr, "jeudi"), "2025-03-06");
}

#[test]
fn a_noun_in_e_after_its_determiner_is_no_participle_of_the_past() {
    // reference Tuesday 2025-11-04: `les salariés`, `le comité` are nouns; `la grève
    // lancée jeudi` is still a participle telling a past day
    let r = "2025-11-04";
    let fr = "Le préfet recevra les salariés jeudi à Chaumont.";
    assert_eq!(value_at("fr", r, fr, "jeudi"), "2025-11-06");
    let fr = "La direction rencontrera le comité vendredi.";
    assert_eq!(value_at("fr", r, fr, "vendredi"), "2025-11-07");
    let fr = "La grève lancée jeudi devrait se poursuivre toute la semaine.";
    assert_eq!(value_at("fr", r, fr, "jeudi"), "2025-10-30");
}

#[test]
fn an_hour_before_dawn_after_the_leads_night_is_on_its_second_day() {
    // the lead tells the night, a later paragraph its hour (reference Sunday)
    let t = "Un entrepôt détruit par le feu\n\n\
             Un incendie a détruit dans la nuit de vendredi à samedi un entrepôt de la zone \
             portuaire, a-t-on appris auprès des pompiers.\n\n\
             L'alerte a été donnée vers 2 h 45 du matin par un voisin.";
    assert_eq!(
        value_at("fr", "2025-06-15", t, "vers 2 h 45 du matin"),
        "2025-06-14T02:45"
    );
    let t = "Un entrepôt détruit par le feu\n\n\
             Un incendie a détruit dans la nuit de vendredi à samedi un entrepôt de la zone \
             portuaire, a-t-on appris auprès des pompiers.\n\n\
             Les premiers secours sont arrivés vers 23 heures.";
    assert_eq!(
        value_at("fr", "2025-06-15", t, "vers 23 heures"),
        "2025-06-13T23:00"
    );
}

#[test]
fn tonight_inside_a_quotation_is_the_evening_the_lead_tells() {
    // the match was on Saturday evening, the article is of Sunday: the coach's « ce
    // soir » is Saturday's; a quotation of the day itself keeps the reference's evening
    let t = "Nantes s'impose à domicile\n\n\
             Le HBC Nantes a battu Montpellier 31 à 29 samedi soir dans sa salle.\n\n\
             « Ce soir, les joueurs ont été remarquables », a déclaré l'entraîneur.";
    assert_eq!(value_at("fr", "2025-03-09", t, "Ce soir"), "2025-03-08TEV");
    let t = "Grève des transports\n\n\
             Les trains ne circulaient pas ce matin à Lyon.\n\n\
             « Ce soir, je ne sais pas comment rentrer », soupire une usagère.";
    assert_eq!(value_at("fr", "2025-03-09", t, "Ce soir"), "2025-03-09TEV");
}

#[test]
fn a_then_infinitive_after_a_long_first_phrase_and_a_future_seen_from_the_past() {
    // reference Thursday 2026-04-16
    let r = "2026-04-16";
    let fr = "Le club doit se déplacer mercredi sur le parquet de l'AS Monaco, leader du \
              championnat, puis recevoir Nanterre vendredi.";
    assert_eq!(value_at("fr", r, fr, "vendredi"), "2026-04-17");
    let fr = "Le club a annoncé que son entraîneur allait quitter ses fonctions lundi.";
    assert_eq!(value_at("fr", r, fr, "lundi"), "2026-04-20");
}

#[test]
fn might_points_ahead_could_stays_open() {
    let r = "2026-01-21";
    assert_eq!(
        value_at("en", r, "The plant might close in March.", "March"),
        "2026-03"
    );
    // (`could` is also a past: "could not be located Wednesday")
    assert_eq!(
        value_at(
            "en",
            "2000-01-06",
            "They could not be located Wednesday.",
            "Wednesday"
        ),
        "2000-01-05"
    );
}
