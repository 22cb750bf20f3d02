//! HTML text to a tree, with html5ever (through scraper).
//!
//! Parsing follows the HTML standard, so broken markup is repaired the way a
//! browser repairs it. This module decides nothing about content; it exists
//! so the pipeline's stages each have one home.

use scraper::Html;

/// Parses a whole document.
pub(crate) fn parse(html: &str) -> Html {
    Html::parse_document(html)
}
