//! Salience: how central an entity is to the article, from 0 to 1.
//!
//! Each mention counts 1, plus 2 in the headline and 0.5 in the first body paragraph
//! (the lead); the first mention adds up to 1 more the earlier it comes. Scores are
//! divided by the highest, so the most central entity has 1.

use crate::analysis::Entity;
use crate::context::Context;

pub(crate) fn score(ctx: &Context, entities: &mut [Entity]) {
    let len = ctx.doc.text.len().max(1) as f32;
    let headline = ctx.layout.info.headline.as_ref().map(|h| (h.start, h.end));
    // The lead: the first paragraph that is body text.
    let lead = ctx
        .doc
        .paragraphs
        .iter()
        .enumerate()
        .find(|(i, _)| !ctx.layout.non_body.contains(i))
        .map(|(_, p)| (p.start, p.end));
    let inside =
        |span: Option<(usize, usize)>, s: usize| span.is_some_and(|(a, b)| a <= s && s < b);
    let mut max = 0f32;
    for e in entities.iter_mut() {
        let mut s = 0f32;
        for m in &e.mentions {
            s += 1.0;
            if inside(headline, m.start) {
                s += 2.0;
            } else if inside(lead, m.start) {
                s += 0.5;
            }
        }
        if let Some(first) = e.mentions.iter().map(|m| m.start).min() {
            s += 1.0 - first as f32 / len;
        }
        e.salience = s;
        max = max.max(s);
    }
    if max > 0.0 {
        for e in entities.iter_mut() {
            // Rounded to 3 decimals: stable JSON, and no false precision.
            e.salience = (e.salience / max * 1000.0).round() / 1000.0;
        }
    }
}
