//! Language detection: function words first, word endings and letters as tie-breakers.
//!
//! Each detectable language has a [`Profile`]: its frequent function words (`le`, `the`,
//! `der`…), typical word endings (`-ción`, `-zione`, `-ção`, `-heid`) and typical
//! letters or letter groups (`ñ`, `ß`, `ã`, `ij`). A piece of evidence shared by several
//! languages counts for each of them divided by how many share it, so `la` (fr, es, it)
//! weighs a third of `el` (es only). Function words weigh most: they are what tells a
//! short sentence's language reliably; endings and letters separate close neighbours
//! (Spanish from Portuguese, French from Italian) when the function words tie.
//!
//! What it does not do: guess. The winner must be clearly ahead of the runner-up, the
//! text must be mostly in Latin script, and function words of the winner must make up a
//! plausible share of the words (real prose is roughly a third function words). Otherwise
//! the answer is `None` — reported as "und" — for Russian, Chinese, Polish, junk, digits.
//!
//! Cost: only the first [`MAX_BYTES`] bytes and [`MAX_WORDS`] words are read, so
//! detection is O(1) on huge inputs; and reading stops early once one language is far
//! ahead ([`settled`]): an article's language is told by its first paragraphs.

use super::{en, fr, others};

/// Words looked at, at most.
pub const MAX_WORDS: usize = 1000;
/// Bytes looked at, at most (the start of the text; cut on a char boundary).
pub const MAX_BYTES: usize = 4 * 1024;
/// [`settled`] is asked every this many words, from twice this many on.
const SETTLE_WORDS: usize = 32;

/// Weight of a function word, an ending and a letter group (before sharing).
const W_STOP: f32 = 1.0;
const W_END: f32 = 0.35;
const W_LETTER: f32 = 0.12;

/// What detection knows about one language.
#[derive(Debug)]
pub struct Profile {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Frequent function words, lower case; an elided form keeps its apostrophe (`l'`).
    pub stopwords: &'static [&'static str],
    /// Typical word endings, lower case.
    pub endings: &'static [&'static str],
    /// Typical letters or letter groups (1–3 chars), lower case.
    pub letters: &'static [&'static str],
}

static FR: Profile = Profile {
    code: "fr",
    stopwords: fr::COMMON.stopwords,
    endings: fr::COMMON.endings,
    letters: fr::COMMON.letters,
};

static EN: Profile = Profile {
    code: "en",
    stopwords: en::COMMON.stopwords,
    endings: en::COMMON.endings,
    letters: en::COMMON.letters,
};

/// All profiles, in a fixed order (at most 8: a language set is a byte mask).
fn profiles() -> Vec<&'static Profile> {
    let mut v = vec![&FR, &EN];
    v.extend(others::PROFILES.iter());
    v.truncate(8);
    v
}

/// A detection result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detected {
    pub code: &'static str,
    /// Share of the winner's score among all scores, 0–1.
    pub confidence: f32,
}

/// A table: feature → mask of the languages listing it (a hash map: a binary search of
/// strings per word was most of the detection's time).
struct Table(std::collections::HashMap<&'static str, u8, crate::hash::FnvBuild>);

impl Table {
    fn new(lists: impl Iterator<Item = (usize, &'static [&'static str])>) -> Table {
        let mut map = std::collections::HashMap::default();
        for (i, list) in lists {
            for w in list.iter() {
                *map.entry(*w).or_insert(0) |= 1u8 << i;
            }
        }
        Table(map)
    }

    fn get(&self, key: &str) -> u8 {
        self.0.get(key).copied().unwrap_or(0)
    }
}

/// Up to 6 chars packed into an integer (21 bits each): endings and letter groups are
/// looked up by integer comparison, with no string slicing.
fn pack(chars: impl Iterator<Item = char>) -> Option<u128> {
    let mut k = 0u128;
    for (n, c) in chars.enumerate() {
        if n >= 6 {
            return None;
        }
        k = (k << 21) | c as u128;
    }
    Some(k)
}

/// A table: packed feature → mask of the languages listing it (hashed: a binary search
/// per letter of every word was most of the detection's time), and the chars its
/// features start with.
struct CharTable(
    std::collections::HashMap<u128, u8, std::hash::BuildHasherDefault<PackHasher>>,
    Starts,
    Pairs,
    /// The masks of the one-char features below U+0250, by char (the most frequent
    /// lookup, without hashing).
    Vec<u8>,
);

/// The first two chars of the features of two chars or more, as a set of bits
/// ([`Pairs::bit`]: several pairs may share one; no false negative).
struct Pairs(Vec<u64>);

impl Pairs {
    const BITS: usize = 4096;

    fn bit(a: char, b: char) -> usize {
        ((a as usize & 63) << 6 | (b as usize & 63)) % Pairs::BITS
    }

    /// May a feature of two chars or more start with `a`, `b`?
    fn may(&self, a: char, b: char) -> bool {
        let i = Pairs::bit(a, b);
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// A hasher for packed features: one multiply (the keys are the tables' own; an input
/// word can only collide with them, which costs a probe).
#[derive(Default)]
struct PackHasher(u64);

impl std::hash::Hasher for PackHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u128(&mut self, k: u128) {
        let m = u128::from((k as u64) ^ (k >> 64) as u64 ^ 0x2d35_8dcc_aa6c_78a5)
            * 0x9E37_79B9_7F4A_7C15;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
}

/// A set of chars: a bit per char below U+0250 (Latin), every other char counted in.
struct Starts(Vec<u64>);

impl Starts {
    const LATIN: usize = 0x250;

    fn new(chars: impl Iterator<Item = char>) -> Starts {
        let mut bits = vec![0u64; Starts::LATIN / 64];
        for c in chars {
            if let Some(w) = bits.get_mut(c as usize / 64) {
                *w |= 1 << (c as usize % 64);
            }
        }
        Starts(bits)
    }

    /// May a feature start with `c`? (No false negative.)
    fn may(&self, c: char) -> bool {
        let i = c as usize;
        i >= Starts::LATIN || self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

impl CharTable {
    fn new(lists: impl Iterator<Item = (usize, &'static [&'static str])>) -> CharTable {
        let mut v: Vec<(u128, u8)> = Vec::new();
        for (i, list) in lists {
            v.extend(
                list.iter()
                    .filter_map(|w| pack(w.chars()).map(|k| (k, 1u8 << i))),
            );
        }
        crate::sort::natural(&mut v);
        let mut out: Vec<(u128, u8)> = Vec::with_capacity(v.len());
        for (k, m) in v {
            match out.last_mut() {
                Some((lk, lm)) if *lk == k => *lm |= m,
                _ => out.push((k, m)),
            }
        }
        // the first char of a packed feature: its highest non-zero 21-bit group
        let starts = Starts::new(out.iter().filter_map(|&(k, _)| {
            let mut k = k;
            while k >= 1 << 21 {
                k >>= 21;
            }
            char::from_u32(k as u32)
        }));
        let mut pairs = Pairs(vec![0u64; Pairs::BITS / 64]);
        for (k, _) in &out {
            // the chars of a packed feature, first to last
            let mut cs = Vec::new();
            let mut k = *k;
            while k > 0 {
                cs.push(char::from_u32((k & ((1 << 21) - 1)) as u32).unwrap_or('\0'));
                k >>= 21;
            }
            cs.reverse();
            if let [a, b, ..] = cs[..] {
                let i = Pairs::bit(a, b);
                if let Some(w) = pairs.0.get_mut(i / 64) {
                    *w |= 1 << (i % 64);
                }
            }
        }
        let mut single = vec![0u8; Starts::LATIN];
        for &(k, m) in &out {
            if let Some(s) = single.get_mut(k as usize).filter(|_| k < 1 << 21) {
                *s = m;
            }
        }
        CharTable(out.into_iter().collect(), starts, pairs, single)
    }

    /// The mask of the one-char feature `c` ([`CharTable::get`] of its packed key).
    fn get1(&self, c: char) -> u8 {
        match self.3.get(c as usize) {
            Some(&m) => m,
            None => self.get(c as u128),
        }
    }

    /// May some feature be `cs` or start with it (one char or two are looked at)?
    fn may(&self, cs: &[char]) -> bool {
        match cs {
            [a] => self.1.may(*a),
            [a, b, ..] => self.1.may(*a) && self.2.may(*a, *b),
            [] => false,
        }
    }

    fn get(&self, key: u128) -> u8 {
        self.0.get(&key).copied().unwrap_or(0)
    }
}

/// The profiles and their merged, sorted evidence tables, built once per process.
struct Tables {
    langs: Vec<&'static Profile>,
    stop: Table,
    ends: CharTable,
    letters: CharTable,
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let langs = profiles();
        let lists = |f: fn(&Profile) -> &'static [&'static str]| {
            langs
                .iter()
                .enumerate()
                .map(move |(i, p)| (i, f(p)))
                .collect::<Vec<_>>()
        };
        Tables {
            stop: Table::new(lists(|p| p.stopwords).into_iter()),
            ends: CharTable::new(lists(|p| p.endings).into_iter()),
            letters: CharTable::new(lists(|p| p.letters).into_iter()),
            langs,
        }
    })
}

/// Adds `weight` shared among the languages of `mask`.
fn credit(scores: &mut [f32], mask: u8, weight: f32) {
    let k = mask.count_ones();
    if k == 0 {
        return;
    }
    let share = weight / k as f32;
    // the languages of the mask only (each gets the same one addition as before)
    let mut m = mask;
    while m != 0 {
        if let Some(s) = scores.get_mut(m.trailing_zeros() as usize) {
            *s += share;
        }
        m &= m - 1;
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_latin(c: char) -> bool {
    (c as u32) <= 0x024F || (0x1E00..=0x1EFF).contains(&(c as u32))
}

/// Detects the language of `text`, or `None` when it cannot be told.
pub fn detect(text: &str) -> Option<Detected> {
    let mut cut = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];

    let Tables {
        langs,
        stop,
        ends,
        letters,
    } = tables();

    let mut scores = vec![0f32; langs.len()];
    let mut stop_hits = vec![0usize; langs.len()];
    let (mut letters_seen, mut latin) = (0usize, 0usize);
    let mut words = 0usize;
    let mut buf = String::new();
    let mut key = String::new();
    let mut cs: Vec<char> = Vec::new();
    for w in text
        .split(|c: char| !(c.is_alphabetic() || is_apostrophe(c)))
        .map(|w| w.trim_matches(is_apostrophe))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        if words >= 2 * SETTLE_WORDS
            && words.is_multiple_of(SETTLE_WORDS)
            && settled(&scores, &stop_hits, words)
        {
            break;
        }
        words += 1;
        if w.is_ascii() {
            // (an ASCII word is letters and apostrophes, all Latin)
            let n = w.bytes().filter(|&b| b != b'\'').count();
            letters_seen += n;
            latin += n;
        } else {
            for c in w.chars().filter(|c| c.is_alphabetic()) {
                letters_seen += 1;
                latin += usize::from(is_latin(c));
            }
        }
        buf.clear();
        if w.is_ascii() {
            buf.push_str(w);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(w.chars().flat_map(char::to_lowercase));
        }
        // "l'armée": the elided "l'" is a function word, "armée" a word of its own.
        let (head, tail) = match buf.find(is_apostrophe) {
            Some(k) => {
                let a = buf[k..].chars().next().map_or(1, char::len_utf8);
                (Some(&buf[..k]), &buf[k + a..])
            }
            None => (None, buf.as_str()),
        };
        if let Some(h) = head {
            key.clear();
            key.push_str(h);
            key.push('\'');
            let m = stop.get(&key);
            credit(&mut scores, m, W_STOP);
            count_hits(&mut stop_hits, m);
        }
        let m = stop.get(tail);
        credit(&mut scores, m, W_STOP);
        count_hits(&mut stop_hits, m);
        // Endings and letters of real words only (a 64 KB run of letters is no word).
        if tail.len() > 48 {
            continue;
        }
        cs.clear();
        cs.extend(tail.chars());
        let n = cs.len();
        // The longest listed ending (at most 6 chars), if the word is longer than it.
        // (only from a char some ending starts with: the other lookups find nothing)
        let best_end = (n.saturating_sub(6).max(1)..n)
            .filter(|&k| ends.may(&cs[k..]))
            .filter_map(|k| pack(cs[k..].iter().copied()))
            .map(|key| ends.get(key))
            .find(|&m| m != 0)
            .unwrap_or(0);
        credit(&mut scores, best_end, W_END);
        // Letter groups of 1 to 3 chars at every position (lookups that find nothing skip
        // their no-op credit; a pair no longer group starts with ends the position).
        for (a, &c) in cs.iter().enumerate() {
            let mask = letters.get1(c);
            if mask != 0 {
                credit(&mut scores, mask, W_LETTER);
            }
            let (Some(&c2), rest) = (cs.get(a + 1), cs.get(a + 2)) else {
                continue;
            };
            if !letters.2.may(c, c2) {
                continue;
            }
            let key = (c as u128) << 21 | c2 as u128;
            credit(&mut scores, letters.get(key), W_LETTER);
            if let Some(&c3) = rest {
                credit(&mut scores, letters.get(key << 21 | c3 as u128), W_LETTER);
            }
        }
    }
    if words == 0 || letters_seen < 8 || latin * 10 < letters_seen * 8 {
        return None;
    }
    let mut order: Vec<usize> = (0..langs.len()).collect();
    crate::sort::by(&mut order, |&a, &b| scores[b].total_cmp(&scores[a]));
    let (best, second) = (order[0], order[1]);
    let (s1, s2) = (scores[best], scores[second]);
    let total: f32 = scores.iter().sum();
    // Clearly ahead; enough evidence; the winner's function words are a plausible share.
    #[cfg(debug_assertions)]
    if std::env::var("LEDE_DEBUG_DETECT").is_ok() {
        eprintln!(
            "{:?} {:?} words={words} letters={letters_seen}",
            langs
                .iter()
                .map(|p| p.code)
                .zip(scores.iter())
                .collect::<Vec<_>>(),
            stop_hits
        );
    }
    let clearly_ahead = s1 >= s2 * 1.2 && s1 - s2 >= 0.6;
    let enough = s1 >= 1.0 && stop_hits[best] >= 1;
    let plausible = stop_hits[best] * 8 >= words;
    if !(clearly_ahead && enough && plausible) {
        return None;
    }
    Some(Detected {
        code: langs[best].code,
        confidence: if total > 0.0 { s1 / total } else { 0.0 },
    })
}

/// Is the language told beyond doubt by the words read so far? The leader has more
/// than twice the runner-up's score and twice the share of function words the final
/// test asks for (reading on would not change the answer, only the confidence).
fn settled(scores: &[f32], stop_hits: &[usize], words: usize) -> bool {
    let (mut best, mut s1, mut s2) = (0, f32::MIN, f32::MIN);
    for (i, &s) in scores.iter().enumerate() {
        if s > s1 {
            (s2, s1, best) = (s1, s, i);
        } else if s > s2 {
            s2 = s;
        }
    }
    s1 > 2.0 * s2 + 8.0 && stop_hits.get(best).is_some_and(|&h| h * 4 >= words)
}

fn count_hits(hits: &mut [usize], mask: u8) {
    for (i, h) in hits.iter_mut().enumerate() {
        if mask & (1 << i) != 0 {
            *h += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn an_article_is_told_by_its_start() {
        let fr = "Le conseil municipal a voté jeudi soir le budget de la ville pour l'année \
                  prochaine, après un long débat sur les impôts locaux et les écoles. ";
        let en = "The council voted on Thursday for the budget of the city for next year, \
                  after a long debate about local taxes and the schools. ";
        let text = format!("{}{}", fr.repeat(6), en.repeat(400));
        assert_eq!(code(&text), Some("fr"));
        let text = format!("{}{}", en.repeat(6), fr.repeat(400));
        assert_eq!(code(&text), Some("en"));
        // settled early or not, the same answer as the start alone
        assert_eq!(code(&fr.repeat(60)), Some("fr"));
        assert_eq!(code(&fr.repeat(2)), Some("fr"));
    }

    fn code(text: &str) -> Option<&'static str> {
        detect(text).map(|d| d.code)
    }

    #[test]
    fn tells_languages_apart() {
        let cases = [
            (
                "fr",
                "Le ministre a déclaré que la situation était sous contrôle dans la région.",
            ),
            (
                "en",
                "The minister said that the situation was under control in the region.",
            ),
            (
                "de",
                "Der Minister sagte, dass die Lage in der Region unter Kontrolle sei.",
            ),
            (
                "es",
                "El ministro dijo que la situación estaba bajo control en la región.",
            ),
            (
                "it",
                "Il ministro ha detto che la situazione era sotto controllo nella regione.",
            ),
            (
                "pt",
                "O ministro disse que a situação estava sob controle na região.",
            ),
            (
                "nl",
                "De minister zei dat de situatie in de regio onder controle was.",
            ),
        ];
        for (code, text) in cases {
            assert_eq!(detect(text).map(|d| d.code), Some(code), "{text}");
        }
    }

    #[test]
    fn short_texts() {
        let cases = [
            ("fr", "Il pleut depuis trois jours sur la ville."),
            ("fr", "L'armée s'est retirée jusqu'à la frontière."),
            ("fr", "Nous irons à Paris demain avec les enfants."),
            ("en", "It has been raining for three days in the city."),
            ("en", "We will go to London tomorrow with the children."),
            ("de", "Es regnet seit drei Tagen in der Stadt."),
            ("de", "Wir fahren morgen mit den Kindern nach Berlin."),
            ("es", "Llueve desde hace tres días en la ciudad."),
            ("es", "Mañana iremos a Madrid con los niños."),
            ("it", "Piove da tre giorni sulla città."),
            ("it", "Domani andremo a Roma con i bambini."),
            ("pt", "Chove há três dias na cidade."),
            ("pt", "Amanhã vamos a Lisboa com as crianças."),
            ("nl", "Het regent al drie dagen in de stad."),
            ("nl", "Morgen gaan we met de kinderen naar Amsterdam."),
        ];
        let mut wrong = Vec::new();
        for (c, text) in cases {
            if code(text) != Some(c) {
                wrong.push((c, code(text), text));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn news_sentences() {
        let cases = [
            ("fr", "Le gouvernement a annoncé mardi une hausse des prix de l'énergie."),
            ("fr", "Selon la police, plusieurs centaines de manifestants se sont rassemblés."),
            ("fr", "Emmanuel Macron recevra jeudi les syndicats à l'Élysée."),
            ("fr", "Les négociations reprendront après les fêtes, a précisé le ministère."),
            ("en", "The government announced on Tuesday a rise in energy prices."),
            ("en", "According to police, several hundred protesters gathered outside."),
            ("en", "Joe Biden will meet union leaders at the White House on Thursday."),
            ("en", "Talks will resume after the holidays, the ministry said."),
            ("de", "Die Regierung kündigte am Dienstag eine Erhöhung der Energiepreise an."),
            ("de", "Nach Angaben der Polizei versammelten sich mehrere hundert Demonstranten."),
            ("de", "Die Verhandlungen werden nach den Feiertagen fortgesetzt, teilte das Ministerium mit."),
            ("es", "El gobierno anunció el martes una subida de los precios de la energía."),
            ("es", "Según la policía, varios cientos de manifestantes se reunieron."),
            ("es", "Las negociaciones se reanudarán después de las fiestas, precisó el ministerio."),
            ("it", "Il governo ha annunciato martedì un aumento dei prezzi dell'energia."),
            ("it", "Secondo la polizia, diverse centinaia di manifestanti si sono radunati."),
            ("it", "I negoziati riprenderanno dopo le feste, ha precisato il ministero."),
            ("pt", "O governo anunciou na terça-feira um aumento dos preços da energia."),
            ("pt", "Segundo a polícia, várias centenas de manifestantes se reuniram."),
            ("pt", "As negociações serão retomadas depois das festas, informou o ministério."),
            ("nl", "De regering kondigde dinsdag een verhoging van de energieprijzen aan."),
            ("nl", "Volgens de politie verzamelden zich enkele honderden demonstranten."),
            ("nl", "De onderhandelingen worden na de feestdagen hervat, meldde het ministerie."),
        ];
        let mut wrong = Vec::new();
        for (c, text) in cases {
            if code(text) != Some(c) {
                wrong.push((c, code(text), text));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn unknown_is_reported() {
        assert_eq!(code(""), None);
        assert_eq!(code("   \n\t "), None);
        assert_eq!(code("12345 !!! ??? 2018-12-30 07:19"), None);
        assert_eq!(
            code("Привет, как дела? Всё хорошо, спасибо, мы идём домой."),
            None
        );
        assert_eq!(
            code("今天天气很好，我们去公园散步吧。明天也会是晴天。"),
            None
        );
        assert_eq!(code("مرحبا بكم في الموقع الرسمي للوزارة"), None);
        assert_eq!(code("xq zzv kkrt wpl qqq vvb"), None);
        assert_eq!(
            code("Minister powiedział, że sytuacja w regionie jest pod kontrolą wojska."),
            None
        );
        assert_eq!(
            code("Bakan, bölgedeki durumun kontrol altında olduğunu söyledi."),
            None
        );
    }

    #[test]
    fn huge_input_is_bounded() {
        let text = "Le ministre a déclaré que la situation était sous contrôle. ".repeat(100_000);
        assert_eq!(code(&text), Some("fr"));
        let junk = "ab".repeat(2_000_000);
        assert_eq!(code(&junk), None);
    }

    #[test]
    fn feature_filters_miss_no_feature() {
        // the quick rejections in `detect` skip only lookups that would find nothing
        let t = super::tables();
        for p in &t.langs {
            for list in [p.endings, p.letters] {
                for f in list {
                    let cs: Vec<char> = f.chars().collect();
                    let table = if list == p.endings {
                        &t.ends
                    } else {
                        &t.letters
                    };
                    if cs.len() <= 6 {
                        assert!(table.may(&cs), "{f}");
                        assert_ne!(
                            table.get(super::pack(cs.iter().copied()).unwrap_or(0)),
                            0,
                            "{f}"
                        );
                    }
                }
            }
            for w in p.stopwords {
                assert_ne!(t.stop.get(w), 0, "{w}");
            }
        }
    }
}
