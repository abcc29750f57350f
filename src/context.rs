//! What every extraction stage reads: the document, its language tables, its layout and
//! reference date. Built once by [`crate::analyze`]; stages only read it.

use crate::calendar::Date;
use crate::document::Document;
use crate::language::Tables;
use crate::layout::Layout;

pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    /// The language code used (`fr`, `en`, … or `und`).
    pub language: &'a str,
    pub tables: &'static Tables,
    pub layout: &'a Layout,
    /// The date relative expressions resolve against, if any.
    pub reference: Option<Date>,
}
