//! Entities: mentions of people, organizations, places and others, grouped into entities
//! with their roles.

use crate::analysis::{DateExpr, Entity};
use crate::context::Context;

/// The words of one language this stage reads (see `src/language/*/entities.rs`).
#[derive(Debug)]
pub struct Lexicon {}

/// Every entity of the text, sorted by salience (descending), with byte offsets.
/// `dates` are the temporal expressions already found (never entities).
pub fn extract(_ctx: &Context, _dates: &[DateExpr]) -> Vec<Entity> {
    Vec::new()
}
