//! Language detection by frequent function words.
//!
//! Each language's stopwords (from its tables) are counted over the first words of the
//! text; the language with the most hits wins if it is clearly ahead. Short or
//! ambiguous texts give `None` ("und"): an unknown language is reported, never guessed.

use super::{en, fr, others};

/// Words looked at, at most (detection stays O(1) on huge inputs).
const MAX_WORDS: usize = 2000;

/// A detection result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detected {
    pub code: &'static str,
    /// Share of the winner's hits among all hits, 0–1.
    pub confidence: f32,
}

fn profiles() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    [
        (fr::TABLES.code, fr::COMMON.stopwords),
        (en::TABLES.code, en::COMMON.stopwords),
    ]
    .into_iter()
    .chain(others::PROFILES.iter().copied())
}

/// Detects the language of `text`, or `None` when it cannot be told.
pub fn detect(text: &str) -> Option<Detected> {
    let langs: Vec<(&'static str, &'static [&'static str])> = profiles().collect();
    let mut hits = vec![0usize; langs.len()];
    let mut words = 0usize;
    let mut buf = String::new();
    for w in text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        words += 1;
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        // "l'armée" counts as "l'"? No: count the part before an apostrophe as the word.
        let key = buf.split(['\'', '’']).next().unwrap_or("");
        for (i, (_, stop)) in langs.iter().enumerate() {
            if stop.contains(&key) {
                hits[i] += 1;
            }
        }
    }
    let total: usize = hits.iter().sum();
    if words < 3 || total < 2 {
        return None;
    }
    let (best, &best_hits) = hits.iter().enumerate().max_by_key(|(_, h)| **h)?;
    let second = hits
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, h)| *h)
        .max()
        .unwrap_or(0);
    // Clearly ahead, and function words make up a plausible share of the text.
    if best_hits * 10 < second * 13 || best_hits * 12 < words {
        return None;
    }
    Some(Detected {
        code: langs[best].0,
        confidence: best_hits as f32 / total as f32,
    })
}

#[cfg(test)]
mod tests {
    use super::detect;

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
    fn unknown_is_reported() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12345 !!! ???"), None);
        assert_eq!(detect("Привет, как дела? Всё хорошо."), None);
    }
}
