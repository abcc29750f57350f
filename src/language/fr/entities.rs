//! Words the entities stage reads.

use crate::entities::Lexicon;

pub static ENTITIES: Lexicon = Lexicon {};
