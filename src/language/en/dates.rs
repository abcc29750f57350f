//! Words the dates stage reads.

use crate::dates::Lexicon;

pub static DATES: Lexicon = Lexicon {};
