//! Growth benchmark: time and peak heap of `lede::analyze` on 100 KB, 1 MB and 10 MB of
//! article-like text (French and English paragraphs written here, with names, places,
//! dates and quotes drawn from pools so that the number of distinct entities grows with
//! the text), then on the adversarial texts of `tests/adversarial.rs` at full size.
//!
//! ```text
//! cargo run --release --example growth [-- --markdown] [--runs N] [--max-mb 10] [--check]
//!                                       [--no-adversarial]
//! ```
//!
//! Time is the thread's CPU time (as `lede bench` measures it; wall time where the
//! platform gives none), the fastest of `--runs` runs (default 3; one for 10 MB); peak heap
//! is counted by a global allocator (bytes live above what was live before the call,
//! the input text excluded). `--check` exits with status 1 when 10× the text takes more
//! than 12× the time, or when an adversarial text runs under 1 MB/s. MB = 10⁶ bytes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

#[path = "../src/bin/lede/clock.rs"]
mod clock;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let grow = new_size - layout.size();
                let live = LIVE.fetch_add(grow, Relaxed) + grow;
                PEAK.fetch_max(live, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

// ------------------------------------------------------------------ the texts

const FIRST: &[&str] = &[
    "Jean", "Marie", "Sophie", "Karim", "Élodie", "Thomas", "Nathalie", "Hugo", "Camille", "Lucas",
    "Emma", "John", "Sarah", "Michael", "Laura", "David", "Aïcha", "Pierre", "Chloé", "Mehdi",
    "Inès", "Paul", "Claire", "Antoine", "Julie", "Nicolas", "Léa", "Olivier",
];
const LAST: &[&str] = &[
    "Dupont",
    "Durand",
    "Lefèvre",
    "Moreau",
    "Benali",
    "Girard",
    "Fontaine",
    "Chevalier",
    "Roux",
    "Garnier",
    "Faure",
    "Whitfield",
    "Harris",
    "Brooks",
    "Chen",
    "Kowalski",
    "Mercier",
    "Blanchard",
    "Lambert",
    "Perrin",
    "Morel",
    "Guérin",
    "Boyer",
    "Nguyen",
    "Rousseau",
];
const PLACES: &[&str] = &[
    "Paris",
    "Lyon",
    "Marseille",
    "Bordeaux",
    "Lille",
    "Nantes",
    "Strasbourg",
    "Toulouse",
    "Bruxelles",
    "Genève",
    "Montréal",
    "Dakar",
    "Berlin",
    "Madrid",
    "Rome",
    "Londres",
];
const ORGS: &[&str] = &[
    "la SNCF",
    "l'Assemblée nationale",
    "le Sénat",
    "l'Insee",
    "la Banque de France",
    "Météo-France",
    "l'OMS",
    "l'Union européenne",
    "la Cour des comptes",
    "le Conseil d'État",
];
const EN_PLACES: &[&str] = &[
    "Washington",
    "New York",
    "Chicago",
    "Boston",
    "London",
    "Ottawa",
    "Sydney",
    "Denver",
];
const EN_ORGS: &[&str] = &[
    "the Senate",
    "the Federal Reserve",
    "the World Bank",
    "Congress",
    "the State Department",
    "the United Nations",
    "Amtrak",
    "the Supreme Court",
];
const MONTHS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN_MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "September",
    "October",
];

/// Tiny deterministic generator (the same text on every run and machine).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next() % xs.len()]
    }
}

/// One paragraph of news, French or English, in one of several shapes.
fn paragraph(r: &mut Lcg) -> String {
    let who = format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let other = format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let last = who.split(' ').nth(1).unwrap_or("Dupont").to_string();
    let day = 1 + r.next() % 28;
    let year = 1990 + r.next() % 35;
    match r.next() % 8 {
        0 => format!(
            "« Nous ne céderons pas sur l'essentiel », a déclaré le {day} {m} {who}, maire de {p}, devant les élus de {o}. \
             Selon {other}, la réforme entrera en vigueur le {day} {m} {year}, et pas avant.",
            m = r.pick(MONTHS), p = r.pick(PLACES), o = r.pick(ORGS)
        ),
        1 => format!(
            "{p} (AFP) - Le ministre de l'Économie, {who}, a estimé mardi que la croissance \
             resterait faible jusqu'à la fin de l'année. « C'est un moment difficile, a-t-il \
             reconnu, mais nous tiendrons nos engagements. » {o} publiera ses chiffres le {day} {m}.",
            p = r.pick(PLACES).to_uppercase(), o = r.pick(ORGS), m = r.pick(MONTHS)
        ),
        2 => format!(
            "Depuis trois ans, {who} dirige l'équipe de {p}. Il y a deux semaines, M. {last} \
             expliquait déjà que « le plus dur reste à faire ». Hier soir, il a ajouté qu'il \
             partirait « au printemps prochain, sans regret ».",
            p = r.pick(PLACES)
        ),
        3 => format!(
            "\"We are not going to back down,\" said {who}, the mayor of {p}, on Tuesday. \
             According to {other}, a spokeswoman for {o}, the plan will take effect on \
             {m} {day}, {year}, two years after the first vote.",
            p = r.pick(EN_PLACES), o = r.pick(EN_ORGS), m = r.pick(EN_MONTHS)
        ),
        4 => format!(
            "{p} — {o} said last week that it would review the decision. \"It is a difficult \
             moment,\" {who} told reporters, \"but we will keep our promise.\" Mr. {last} added \
             that talks would resume next month.",
            p = r.pick(EN_PLACES).to_uppercase(), o = r.pick(EN_ORGS)
        ),
        5 => format!(
            "Le {day} {m} {year}, vers 14h30, {who} et {other} se sont retrouvés à {p}. \
             « On s'est tout dit », a confié la première ; le second, lui, n'a pas souhaité \
             réagir. L'enquête, confiée à {o}, devrait durer plusieurs mois.",
            m = r.pick(MONTHS), p = r.pick(PLACES), o = r.pick(ORGS)
        ),
        6 => format!(
            "Pour {who}, chercheuse à {p}, « les chiffres de {year} ne disent pas tout ». \
             Elle juge que la tendance, observée chaque été depuis les années 1990, pourrait \
             s'inverser d'ici 2030, d'après une note publiée lundi par {o}.",
            p = r.pick(PLACES), o = r.pick(ORGS)
        ),
        _ => format!(
            "In {year}, {who} joined {o} in {p}. \"I had no idea what I was getting into,\" \
             she recalled in an interview this morning. Her colleague {other} said the team \
             met every Monday for three years.",
            o = r.pick(EN_ORGS), p = r.pick(EN_PLACES)
        ),
    }
}

/// About `bytes` of article-like text: a headline, a date line, a byline, then paragraphs.
fn article_text(bytes: usize) -> String {
    let mut r = Lcg(0x1ede);
    let mut t = String::with_capacity(bytes + 1024);
    t.push_str("Le gouvernement présente son budget pour l'année prochaine\n\n");
    t.push_str("Publié le 30 décembre 2018 à 07h19\n\nPar Anne Berthier\n\n");
    while t.len() < bytes {
        t.push_str(&paragraph(&mut r));
        t.push_str("\n\n");
    }
    t
}

fn cycle(pieces: &[&str], sep: &str, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push_str(sep);
        }
        s.push_str(pieces[i % pieces.len()]);
    }
    s
}

fn fill(pieces: &[&str], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    s
}

/// The adversarial texts of `tests/adversarial.rs`, at full size.
fn adversarial() -> Vec<(&'static str, String)> {
    let marks = [
        "«", "»", "“", "”", "\"", "'", "‘", "’", "„", "‹", "›", "‟", "「", "」",
    ];
    let names = [
        "Jean",
        "Pierre",
        "Marie",
        "Dupont",
        "Paris",
        "Banque",
        "Nationale",
        "De",
        "La",
        "Saint",
        "Martin",
        "Union",
        "Européenne",
        "John",
        "Smith",
        "New",
        "York",
    ];
    let mb = 1 << 20;
    vec![
        (
            "100,000 quotation marks (mixed kinds)",
            cycle(&marks, "", 100_000),
        ),
        (
            "100,000 opening quotes with words",
            cycle(&["« Non, ", "“Yes, "], "", 100_000),
        ),
        (
            "quotes nested 10,000 deep",
            format!(
                "{}Nous partirons demain, a dit Jean Dupont.{}",
                cycle(&["« ", "“", "«", "‘"], "", 10_000),
                cycle(&["’", "»", "”", " »"], "", 10_000)
            ),
        ),
        ("1 MB line without a space", "a".repeat(mb)),
        (
            "1 MB sentence without a full stop",
            fill(
                &["le ministre ", "a dit que ", "Jean Dupont ", "et ", "hier "],
                mb,
            ),
        ),
        (
            "50,000 capitalized words in a row",
            cycle(&names, " ", 50_000),
        ),
        ("100,000 digits", "1".repeat(100_000)),
        ("1 MB of \"a-t-il \"", fill(&["a-t-il "], mb)),
        ("1 MB of \"M. \"", fill(&["M. "], mb)),
        ("1 MB of \"U.S.\"", fill(&["U.S."], mb)),
        (
            "1 MB of speech verbs",
            fill(
                &[
                    "Jean Dupont a déclaré que ",
                    "selon Marie Durand, ",
                    "John Smith said that ",
                    "according to the minister, ",
                ],
                mb,
            ),
        ),
        (
            "1 MB of dates",
            fill(
                &[
                    "le 3 mars ",
                    "hier ",
                    "depuis trois ans ",
                    "March 3, 2019 ",
                    "last week ",
                ],
                mb,
            ),
        ),
    ]
}

// ------------------------------------------------------------------ measuring

struct Figure {
    bytes: usize,
    /// Time of each stage in the fastest run.
    stages: Vec<(&'static str, Duration)>,
    time: Duration,
    peak: usize,
    entities: usize,
    quotes: usize,
    dates: usize,
}

fn measure(text: &str, runs: usize) -> Figure {
    let mut best = Duration::MAX;
    let mut stages = Vec::new();
    let mut peak = 0;
    let mut counts = (0, 0, 0);
    for _ in 0..runs.max(1) {
        let before = LIVE.load(Relaxed);
        PEAK.store(before, Relaxed);
        let mut laps = Vec::with_capacity(8);
        let clock = clock::Clock::new();
        let t = clock.now();
        let mut last = t;
        let a = lede::analyze_timed(text, &lede::Options::default(), &mut |stage| {
            let now = clock.now();
            laps.push((stage, now.saturating_sub(last)));
            last = now;
        });
        let took = clock.now().saturating_sub(t);
        if took < best {
            best = took;
            stages = laps;
        }
        peak = peak.max(PEAK.load(Relaxed).saturating_sub(before));
        match a {
            Ok(a) => counts = (a.entities.len(), a.quotes.len(), a.dates.len()),
            Err(e) => {
                eprintln!("growth: analyze failed: {e}");
                std::process::exit(2);
            }
        }
    }
    Figure {
        bytes: text.len(),
        stages,
        time: best,
        peak,
        entities: counts.0,
        quotes: counts.1,
        dates: counts.2,
    }
}

/// "document 12 ms, layout 0 ms, …".
fn stage_list(f: &Figure) -> String {
    f.stages
        .iter()
        .map(|(s, d)| format!("{s} {:.0}", d.as_secs_f64() * 1e3))
        .collect::<Vec<_>>()
        .join(", ")
}

fn mbps(f: &Figure) -> f64 {
    f.bytes as f64 / 1e6 / f.time.as_secs_f64().max(1e-9)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<usize>().ok())
    };
    let runs = value("--runs").unwrap_or(3);
    let max_mb = value("--max-mb").unwrap_or(10);
    let check = flag("--check");
    let md = flag("--markdown");
    let mut failed = Vec::new();

    let sizes: Vec<usize> = [100_000, 1_000_000, 10_000_000]
        .into_iter()
        .filter(|s| *s <= max_mb * 1_000_000)
        .collect();
    println!(
        "time: {}, fastest of {runs} runs (1 for 10 MB); peak heap above what was live before",
        clock::Clock::new().kind()
    );
    if md {
        println!("| text | bytes | time | MB/s | time ÷ previous | peak heap | peak ÷ text | entities | quotes | dates | ms per stage |");
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    } else {
        println!(
            "{:<38} {:>10} {:>10} {:>7} {:>7} {:>10} {:>6} {:>6} {:>6} {:>6}  ms per stage",
            "text", "bytes", "ms", "MB/s", "×prev", "peak KB", "×text", "ent", "quotes", "dates"
        );
    }
    let row = |name: &str, f: &Figure, ratio: Option<f64>| {
        let ratio = ratio.map_or("".to_string(), |r| format!("{r:.1}×"));
        let per = f.peak as f64 / f.bytes.max(1) as f64;
        if md {
            println!(
                "| {name} | {} | {:.1} ms | {:.1} | {ratio} | {:.1} MB | {per:.1} | {} | {} | {} | {} |",
                f.bytes,
                f.time.as_secs_f64() * 1e3,
                mbps(f),
                f.peak as f64 / 1e6,
                f.entities,
                f.quotes,
                f.dates,
                stage_list(f)
            );
        } else {
            println!(
                "{name:<38} {:>10} {:>10.1} {:>7.1} {ratio:>7} {:>10} {per:>6.1} {:>6} {:>6} {:>6}  {}",
                f.bytes,
                f.time.as_secs_f64() * 1e3,
                mbps(f),
                f.peak / 1024,
                f.entities,
                f.quotes,
                f.dates,
                stage_list(f)
            );
        }
    };

    let mut prev: Option<Figure> = None;
    for size in sizes {
        let text = article_text(size);
        let f = measure(&text, if size >= 10_000_000 { 1 } else { runs });
        let ratio = prev
            .as_ref()
            .map(|p| f.time.as_secs_f64() / p.time.as_secs_f64());
        let name = format!("article-like, {} KB", size / 1000);
        row(&name, &f, ratio);
        if let (Some(r), Some(p)) = (ratio, prev.as_ref()) {
            let scale = f.bytes as f64 / p.bytes as f64;
            if r > scale * 1.2 {
                failed.push(format!("{name}: {r:.1}× the time for {scale:.1}× the text"));
            }
        }
        prev = Some(f);
    }
    let texts = if flag("--no-adversarial") {
        Vec::new()
    } else {
        adversarial()
    };
    for (name, text) in texts {
        let f = measure(&text, runs);
        row(name, &f, None);
        if mbps(&f) < 1.0 {
            failed.push(format!("{name}: {:.2} MB/s", mbps(&f)));
        }
    }
    if !failed.is_empty() {
        eprintln!("growth: not linear enough:\n  {}", failed.join("\n  "));
        if check {
            std::process::exit(1);
        }
    }
}
