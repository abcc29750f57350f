//! Adversarial texts: inputs built to make a naive analyzer go quadratic, recurse without
//! bound or blow up its memory — 100,000 quotation marks, a 1 MB line without a space,
//! 50,000 capitalized words in a row, quotes nested 10,000 deep, 100,000 digits, a
//! megabyte of "a-t-il" / "M. " / "U.S." — each analyzed at full size (within a
//! generous time bound that holds in a debug build on a loaded machine, and with every
//! invariant of the contract checked; the further inputs tried here, at an eighth of
//! their size in debug builds) and at a quarter of it, to check that time and
//! peak memory grow in proportion: a quadratic stage would take 16× the time for 4× the
//! text; the bound here is 8×.
//!
//! Times are the thread's CPU time (wall time where the platform does not give it), so
//! that other processes on a loaded machine count less; the timed parts still run one
//! at a time (a lock), since the harness runs tests in parallel; peak memory is counted by a
//! global allocator in this test binary, per thread. `LEDE_ADVERSARIAL_SCALE=0.25` shrinks every
//! input (for a quick run); the release growth benchmark is `examples/growth.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Mutex;
use std::time::{Duration, Instant};

// ------------------------------------------------------------------ peak memory

/// Counts the live heap bytes allocated by each thread, and their peak since the last
/// reset, per thread: the harness runs other tests (which build big texts) in parallel,
/// and their allocations must not count. (The analysis is single-threaded; a block freed
/// by another thread than the one that allocated it would skew the counts, which
/// does not happen here.)
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn add(n: isize) {
    // try_with: no counting during thread teardown.
    let _ = LIVE.try_with(|l| {
        let live = l.get() + n;
        l.set(live);
        let _ = PEAK.try_with(|p| p.set(p.get().max(live)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        add(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            add(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

static LOCK: Mutex<()> = Mutex::new(());

/// Time and extra peak heap (bytes above what was live before) of one analysis, and
/// the time of each stage (to say which one to look at when a bound fails).
fn measure(text: &str) -> (Duration, usize, String) {
    let before = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(before));
    let mut laps = Vec::with_capacity(8);
    let clock = common::clock::Clock::new();
    let t = clock.now();
    let mut last = t;
    let a = lede::analyze_timed(text, &lede::Options::default(), &mut |stage| {
        let now = clock.now();
        laps.push((stage, now.saturating_sub(last)));
        last = now;
    });
    let took = clock.now().saturating_sub(t);
    let peak = (PEAK.with(Cell::get) - before).max(0) as usize;
    drop(a.expect("analyzes"));
    let stages = laps
        .iter()
        .map(|(s, d)| format!("{s} {d:.1?}"))
        .collect::<Vec<_>>()
        .join(", ");
    (took, peak, stages)
}

fn scale() -> f64 {
    std::env::var("LEDE_ADVERSARIAL_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|s: &f64| *s > 0.0)
        .unwrap_or(1.0)
}

/// Analyzes `make(n)` for n = full/4 and n = full: checks every invariant on the full
/// one, that it takes at most `limit` (debug build, loaded machine), and that 4× the
/// input costs at most 8× the time and 8× the peak memory (with a little slack for tiny
/// figures).
fn adversarial(name: &str, full: usize, limit: Duration, make: impl Fn(usize) -> String) {
    let full = ((full as f64) * scale()).max(8.0) as usize;
    let small_text = make(full / 4);
    let big_text = make(full);
    let slack = Duration::from_millis(200);
    let linear = |small: &(Duration, usize, String), big: &(Duration, usize, String)| {
        big.0 <= small.0 * 8 + slack
    };
    let (small, big) = {
        let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
        let (mut small, mut big) = (measure(&small_text), measure(&big_text));
        // A run slowed by other processes says nothing: when the bound fails, measure
        // again (up to three times) and keep the fastest of each. A real quadratic
        // stage fails every time.
        for _ in 0..2 {
            if linear(&small, &big) {
                break;
            }
            let (s, b) = (measure(&small_text), measure(&big_text));
            if s.0 < small.0 {
                small = (s.0, small.1.max(s.1), s.2);
            }
            if b.0 < big.0 {
                big = (b.0, big.1.max(b.1), b.2);
            }
        }
        (small, big)
    };
    eprintln!(
        "{name}: {} bytes in {:?} (peak {} KB; {}); {} bytes in {:?} (peak {} KB; {})",
        small_text.len(),
        small.0,
        small.1 / 1024,
        small.2,
        big_text.len(),
        big.0,
        big.1 / 1024,
        big.2
    );
    assert!(
        big.0 <= limit,
        "{name}: {} bytes took {:?}, more than {limit:?}",
        big_text.len(),
        big.0
    );
    assert!(
        linear(&small, &big),
        "{name}: not linear: {} bytes took {:?}, {} bytes {:?} (> 8×)",
        small_text.len(),
        small.0,
        big_text.len(),
        big.0
    );
    assert!(
        big.1 <= small.1 * 8 + (1 << 20),
        "{name}: memory not linear: {} bytes peaked at {} KB, {} bytes at {} KB (> 8×)",
        small_text.len(),
        small.1 / 1024,
        big_text.len(),
        big.1 / 1024
    );
    // Memory bounded by the input: a few hundred bytes of analysis per byte of text at
    // worst (tokens, spans and their strings), never more.
    assert!(
        big.1 <= 400 * big_text.len() + (4 << 20),
        "{name}: {} bytes of text used {} KB of heap",
        big_text.len(),
        big.1 / 1024
    );
    common::assert_invariants(&big_text, &lede::Options::default());
}

const MB: usize = 1 << 20;

/// The size of an input beyond the ones issue 8 names: full in a release build
/// (`cargo test --release --test adversarial`), an eighth in a debug build so that
/// `cargo test` stays quick (a quadratic stage still shows at that size).
fn extra(n: usize) -> usize {
    if cfg!(debug_assertions) {
        n / 8
    } else {
        n
    }
}
const GENEROUS: Duration = Duration::from_secs(90);

/// `n` items drawn in turn from `pieces`, joined by `sep`.
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

/// Repeats `pieces` in turn until the text reaches `bytes`.
fn fill(pieces: &[&str], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 64);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(pieces[i % pieces.len()]);
        i += 1;
    }
    s
}

// ------------------------------------------------------------------ quotation marks

const MARKS: &[&str] = &[
    "«", "»", "“", "”", "\"", "'", "‘", "’", "„", "‹", "›", "‟", "「", "」",
];

#[test]
fn quotation_marks_100k_mixed_kinds() {
    adversarial("100k marks", 100_000, GENEROUS, |n| cycle(MARKS, "", n));
}

#[test]
fn quotation_marks_100k_with_spaces_and_words() {
    let pieces = [
        "« ", "Oui", " »", "“", "no", "”", "\"", "dit-il", "'", "said", "‘", "’ ",
    ];
    adversarial("100k marks and words", extra(100_000), GENEROUS, |n| {
        cycle(&pieces, " ", n)
    });
}

#[test]
fn quotation_marks_100k_all_opening() {
    adversarial("100k opening marks", extra(100_000), GENEROUS, |n| {
        cycle(&["« Non, ", "“Yes, "], "", n)
    });
}

#[test]
fn quotation_marks_100k_straight_double() {
    adversarial("100k straight quotes", extra(100_000), GENEROUS, |n| {
        cycle(&["\"", "\" a dit Jean Dupont. \"Oui"], "", n)
    });
}

#[test]
fn nested_quotes_10k_deep() {
    adversarial("nested 10k", 10_000, GENEROUS, |n| {
        let open = cycle(&["« ", "“", "«", "‘"], "", n);
        let close = cycle(&["’", "»", "”", " »"], "", n);
        format!("{open}Nous partirons demain, a dit Jean Dupont.{close}")
    });
}

#[test]
fn nested_quotes_10k_deep_with_speakers() {
    adversarial("nested 10k with speakers", extra(10_000), GENEROUS, |n| {
        let open = cycle(&["Marie Durand a dit : « ", "John Smith said: “"], "", n);
        let close = cycle(&[" », a-t-elle ajouté. ", ",” he added. "], "", n);
        format!("{open}oui{close}")
    });
}

// ------------------------------------------------------------------ long lines, names

#[test]
fn one_mb_line_without_space() {
    adversarial("1 MB of 'a'", MB, GENEROUS, |n| "a".repeat(n));
}

#[test]
fn one_mb_line_without_space_mixed() {
    adversarial("1 MB word mix", extra(MB), GENEROUS, |n| {
        fill(&["Abc", "é", "D.", "x-", "'", "’", "1", "É", "«", "😀"], n)
    });
}

#[test]
fn one_mb_sentence_without_full_stop() {
    adversarial("1 MB sentence", extra(MB), GENEROUS, |n| {
        fill(
            &["le ministre ", "a dit que ", "Jean Dupont ", "et ", "hier "],
            n,
        )
    });
}

#[test]
fn capitalized_words_50k_in_a_row() {
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
    adversarial("50k capitalized", 50_000, GENEROUS, |n| {
        cycle(&names, " ", n)
    });
}

#[test]
fn upper_case_words_50k_in_a_row() {
    let names = [
        "PARIS", "AFP", "ONU", "MOSCOU", "NATO", "SNCF", "U.S.", "DE", "LA",
    ];
    adversarial("50k upper case", extra(50_000), GENEROUS, |n| {
        cycle(&names, " ", n)
    });
}

#[test]
fn names_with_speech_verbs_repeated() {
    adversarial("speech verbs", extra(MB), GENEROUS, |n| {
        fill(
            &[
                "Jean Dupont a déclaré que ",
                "selon Marie Durand, ",
                "John Smith said that ",
                "according to the minister, ",
                "a-t-il ajouté que ",
            ],
            n,
        )
    });
}

#[test]
fn dialogue_turns_and_incises_in_one_paragraph() {
    // one paragraph of a dialogue: a dash turn, an incise closed by a full stop, first
    // person after it, again and again (each incise looks a bounded way ahead)
    adversarial("dialogue incises", extra(MB), GENEROUS, |n| {
        fill(
            &[
                "— Oui, répond-elle. Je viens. ",
                "— Non, dit Paul Martin. On m'a menti ! ",
                "— Peut-être, soupire la dame, je ne sais pas. ",
            ],
            n,
        )
    });
}

#[test]
fn quotes_inside_reported_speech_repeated() {
    // partial quotes inside reported speech, by the thousand: each looks at a few
    // reported contents, not all of them
    adversarial("partial quotes", extra(MB), GENEROUS, |n| {
        fill(
            &[
                "On affirme que la liste sera dévoilée « avant la fin du mois ». ",
                "Le maire a estimé que le projet était « mal préparé ». ",
                "She said the plan would \"fail badly\" next year. ",
            ],
            n,
        )
    });
}

// ------------------------------------------------------------------ digits, abbreviations

#[test]
fn digits_100k() {
    adversarial("100k digits", 100_000, GENEROUS, |n| "1".repeat(n));
}

#[test]
fn digits_100k_spaced_and_dated() {
    adversarial("100k digit groups", extra(100_000), GENEROUS, |n| {
        cycle(
            &[
                "12",
                "03",
                "2018",
                "14h30",
                "30/12/2018",
                "1er",
                "3",
                "mars",
            ],
            " ",
            n / 4,
        )
    });
}

#[test]
fn a_t_il_repeated() {
    adversarial("a-t-il", MB, GENEROUS, |n| fill(&["a-t-il "], n));
}

#[test]
fn honorific_m_repeated() {
    adversarial("M. ", MB, GENEROUS, |n| fill(&["M. "], n));
}

#[test]
fn us_repeated() {
    adversarial("U.S.", MB, GENEROUS, |n| fill(&["U.S."], n));
}

#[test]
fn abbreviations_mixed() {
    adversarial("abbreviations", extra(MB), GENEROUS, |n| {
        fill(
            &[
                "a-t-il ", "M. ", "U.S. ", "Mme ", "Dr. ", "etc. ", "p. ", "St. ",
            ],
            n,
        )
    });
}

#[test]
fn dates_repeated() {
    adversarial("dates", extra(MB), GENEROUS, |n| {
        fill(
            &[
                "le 3 mars ",
                "hier ",
                "depuis trois ans ",
                "March 3, 2019 ",
                "last week ",
                "à 14h30 ",
                "tous les lundis ",
            ],
            n,
        )
    });
}

// ------------------------------------------------------------------ structure

#[test]
fn a_million_line_breaks() {
    adversarial("line breaks", extra(MB), GENEROUS, |n| "\n".repeat(n));
}

#[test]
fn many_one_word_paragraphs() {
    adversarial("one-word paragraphs", extra(MB), GENEROUS, |n| {
        fill(
            &[
                "Titre\n\n",
                "Par Jean Dupont\n\n",
                "« Oui »\n\n",
                "Photo : AFP\n\n",
            ],
            n,
        )
    });
}

#[test]
fn full_stops_and_parentheses() {
    adversarial("punctuation", extra(MB), GENEROUS, |n| {
        fill(&[". ", "(", "((", ")", "[", "]", "…", "?!", " — ", ":"], n)
    });
}

// ------------------------------------------------------------------ limits

#[test]
fn max_bytes_refuses_with_size_and_limit() {
    let text = "Jean Dupont a dit « oui ». ".repeat(1000);
    let limit = text.len() - 1;
    let o = lede::Options {
        max_bytes: limit,
        ..Default::default()
    };
    let e = lede::analyze(&text, &o).expect_err("over the limit");
    let msg = e.to_string();
    assert!(
        msg.contains(&format!("{} bytes", text.len())) && msg.contains(&format!("{limit} bytes")),
        "the error says the size and the limit: {msg}"
    );
    // Refused before any work: instant even for a text far over the limit.
    let huge = "a".repeat(32 * MB);
    let t = Instant::now();
    let e = lede::analyze(&huge, &lede::Options::default()).expect_err("over 16 MiB");
    assert!(
        t.elapsed() < Duration::from_millis(100),
        "{:?}",
        t.elapsed()
    );
    assert!(e.to_string().contains("16 MiB"), "{e}");
    // A multi-byte text is measured in UTF-8 bytes, not characters.
    let e = lede::analyze(
        "ééé",
        &lede::Options {
            max_bytes: 5,
            ..Default::default()
        },
    )
    .expect_err("6 bytes > 5");
    assert_eq!(e, lede::Error::TooLarge { bytes: 6, limit: 5 });
}

#[test]
fn empty_and_blank_give_an_empty_analysis_with_any_options() {
    for text in [
        "",
        " ",
        "\n",
        "\t\r\n \u{a0}\u{2009}\u{3000}\u{feff}",
        &" \n".repeat(100_000),
    ] {
        for o in [
            lede::Options::default(),
            lede::Options {
                reference_date: Some("2018-12-30".into()),
                language: Some("fr".into()),
                ..Default::default()
            },
        ] {
            let v = common::assert_invariants(text, &o);
            for k in ["entities", "quotes", "dates"] {
                assert_eq!(
                    v[k],
                    serde_json::json!([]),
                    "{k} for {:?}",
                    common::short(text)
                );
            }
            assert_eq!(v["stats"]["words"], 0);
        }
    }
}
