//! Words the quotes stage reads.

use crate::quotes::Lexicon;

pub static QUOTES: Lexicon = Lexicon {};
