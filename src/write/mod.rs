//! Writers: render a [`Document`] as text, Markdown, HTML or JSON.
//!
//! Each writer only reads the block tree; none of them sees the HTML page.
//! They decide layout (blank lines between blocks, list markers, escaping,
//! and printing the title once when the body opens with a heading that says
//! it, as a product's name does), never content.

mod html;
mod json;
mod markdown;
mod text;

pub use html::html;
pub use json::{json, JsonRecord};
pub use markdown::markdown;
pub use text::text;

use crate::{Block, Document};
use std::str::FromStr;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, paragraphs separated by blank lines.
    #[default]
    Text,
    /// CommonMark.
    Markdown,
    /// Minimal, safe HTML.
    Html,
    /// JSON object with metadata and content.
    Json,
}

impl Format {
    /// File extension for this format (`txt`, `md`, `html`, `json`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            other => Err(format!(
                "unknown format {other:?} (expected text, markdown, html or json)"
            )),
        }
    }
}

/// Options shared by the writers.
///
/// ```
/// let opts = unboil::write::WriteOptions { title: true, links: true, ..Default::default() };
/// assert!(opts.title && !opts.json_html);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// Start text and Markdown output with the title (and HTML with an `<h1>`).
    pub title: bool,
    /// Keep links in Markdown (and HTML) output.
    pub links: bool,
    /// JSON carries the body as clean HTML (`html`) instead of Markdown
    /// (`markdown`); the other key is `null`.
    pub json_html: bool,
}

/// The marker of a list's item `i` (from 0) in text and Markdown: "1. ",
/// "2. " in an ordered list, "- " otherwise.
fn list_marker(ordered: bool, i: usize) -> String {
    if ordered {
        format!("{}. ", i + 1)
    } else {
        "- ".to_string()
    }
}

/// The blocks to render below the title, when the writer prints it
/// (`titled`, and the document has one): all of them, but for an opening
/// heading that says the title again (a product's name, which its content
/// holds; see [`crate::product_text`]), so that the name is printed once.
fn body(doc: &Document, titled: bool) -> &[Block] {
    let repeats_title = |b: &Block| match (b, &doc.metadata.title) {
        (Block::Heading { content, .. }, Some(title)) => {
            let heading = crate::document::inline_text(content);
            heading
                .split_whitespace()
                .map(str::to_lowercase)
                .eq(title.split_whitespace().map(str::to_lowercase))
        }
        _ => false,
    };
    match doc.blocks.split_first() {
        Some((first, rest)) if titled && repeats_title(first) => rest,
        _ => &doc.blocks,
    }
}

/// Joins rendered blocks with blank lines, skipping empty ones; a non-empty
/// result ends with a newline.
fn join_blocks(parts: Vec<String>) -> String {
    let parts: Vec<String> = parts.into_iter().filter(|s| !s.is_empty()).collect();
    if parts.is_empty() {
        return String::new();
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// Renders `doc` in `format`.
///
/// ```
/// use unboil::write::{render, Format, WriteOptions};
/// let doc = unboil::extract("<article><h2>Intro</h2><p>Some text, long enough to keep as the article body.</p></article>",
///                           &unboil::Options::default()).unwrap();
/// let md = render(&doc, Format::Markdown, &WriteOptions::default());
/// assert!(md.starts_with("## Intro"));
/// ```
pub fn render(doc: &Document, format: Format, opts: &WriteOptions) -> String {
    match format {
        Format::Text => text(doc, opts),
        Format::Markdown => markdown(doc, opts),
        Format::Html => html(doc, opts),
        Format::Json => json(doc, opts),
    }
}
