//! Dates: finding temporal expressions and resolving their TIMEX3 values.

use crate::analysis::DateExpr;
use crate::context::Context;

/// The words of one language this stage reads (see `src/language/*/dates.rs`).
#[derive(Debug)]
pub struct Lexicon {}

/// Every temporal expression in the text, in text order, with byte offsets.
pub fn extract(_ctx: &Context) -> Vec<DateExpr> {
    Vec::new()
}
