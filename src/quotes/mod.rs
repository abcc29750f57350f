//! Quotes: direct quotations and reported speech, each tied to its speaker.

use crate::analysis::{Entity, Quote};
use crate::context::Context;

/// The words of one language this stage reads (see `src/language/*/quotes.rs`).
#[derive(Debug)]
pub struct Lexicon {}

/// Every quote of the text in text order, with byte offsets. Speakers refer to `entities`.
pub fn extract(_ctx: &Context, _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
