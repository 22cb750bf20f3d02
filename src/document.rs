//! The extracted document: metadata plus a small typed tree of blocks.
//!
//! This is the one representation every writer renders; writers never see the
//! HTML. The tree is deliberately small: headings, paragraphs, lists, tables,
//! code, quotes, images and rules, with inline text, emphasis, code and links.

use serde::Serialize;

/// What unboil extracted from one page.
///
/// ```
/// let html = "<html><head><title>Hi</title></head><body><article><p>Hello, world. \
///             This paragraph is long enough to be the article.</p></article></body></html>";
/// let doc = unboil::extract(html, &unboil::Options::default()).unwrap();
/// assert_eq!(doc.metadata.title.as_deref(), Some("Hi"));
/// assert!(doc.to_text().starts_with("Hello, world."));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Document {
    /// Title, author, date and the other page facts.
    pub metadata: Metadata,
    /// The main content, in reading order.
    pub blocks: Vec<Block>,
    /// How sure the extractor is that `blocks` is the page's main content:
    /// an estimate of the word F1 of `blocks` against the page's real main
    /// content, from 0 (nothing found) to 0.95. It starts from how well
    /// extraction does on pages of this [`PageType`] (articles 0.95,
    /// undeclared pages and threads 0.88, products and listings 0.74) and
    /// drops by up to a fifth for little text, a weak winner, fallbacks or
    /// a guess from the whole page. A pipeline can send pages under a
    /// threshold elsewhere.
    pub confidence: f32,
    /// `true` when a limit cut extraction short: the time budget ran out
    /// (the page was parsed or searched only in part) or the output reached
    /// [`Options::max_output_bytes`](crate::Options::max_output_bytes).
    pub partial: bool,
    /// What kind of page this is, as far as extraction went by it.
    pub page_type: PageType,
}

/// The kind of page, as the extractor treated it: what the page declares
/// about itself (schema.org types, `og:type`), or a listing when its run
/// of repeated cards was taken as the content. A pipeline can route by it
/// (a listing's "content" is its teasers, not a story).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum PageType {
    /// Declares itself an article (`NewsArticle`, `BlogPosting`,
    /// `og:type` article...): its body is one text.
    Article,
    /// Declares one product for sale: its name, price, description and
    /// specs are the content.
    Product,
    /// Declares a discussion thread or Q&A page: the posts are the content.
    Forum,
    /// A run of repeated cards (a section front, a shop category, search
    /// results) was taken as the content.
    Listing,
    /// Declares nothing that changes extraction: one body was extracted
    /// (an undeclared article, a docs or service page).
    #[default]
    Other,
}

impl PageType {
    /// The lowercase name used in JSON output (`"article"`, `"listing"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Product => "product",
            PageType::Forum => "forum",
            PageType::Listing => "listing",
            PageType::Other => "other",
        }
    }
}

impl Document {
    /// `true` when no main content was found.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Plain text of the body (no title): paragraphs separated by blank lines.
    pub fn to_text(&self) -> String {
        crate::write::text(self, &crate::write::WriteOptions::default())
    }

    /// Markdown of the body (no title, no links).
    pub fn to_markdown(&self) -> String {
        crate::write::markdown(self, &crate::write::WriteOptions::default())
    }
}

/// Facts about the page, each `None` when the page does not state it.
///
/// Field names are stable: they are the JSON output's field names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// Headline as the page shows it (its `<h1>` when that is the declared
    /// title in other words), without a " | Site name" suffix.
    pub title: Option<String>,
    /// Author name(s), comma-separated: from the structured data, else from
    /// the visible byline ("By Jane Doe" gives "Jane Doe"); the byline's
    /// writer also replaces a structured author that is the site's own
    /// name (not typed a person).
    pub author: Option<String>,
    /// Publication date in ISO 8601: `2025-03-14`, or
    /// `2025-03-14T09:12:00+01:00` when the page gives the time. Whatever
    /// way the page writes it ("Mar 14, 2025", "14.03.2025"); the day
    /// alone when a timestamp falls on the day after or before the date in
    /// the page's permalink (`/2025/03/13/slug`, the writer's zone); the
    /// date of the last change only when the page gives no other.
    pub date: Option<String>,
    /// Name of the site or publisher.
    pub site_name: Option<String>,
    /// Language tag, e.g. `en` or `de-DE`.
    pub language: Option<String>,
    /// Canonical URL (absolute when a base URL is known).
    pub url: Option<String>,
    /// Summary from the page's description meta tags.
    pub description: Option<String>,
    /// Main image URL.
    pub image: Option<String>,
}

/// A block of content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A heading, level 1 to 6.
    Heading {
        /// 1 (most important) to 6.
        level: u8,
        /// Heading text.
        content: Vec<Inline>,
    },
    /// A paragraph of running text.
    Paragraph {
        /// Paragraph text.
        content: Vec<Inline>,
    },
    /// A bulleted or numbered list.
    List {
        /// Numbered?
        ordered: bool,
        /// Each item is a sequence of blocks.
        items: Vec<Vec<Block>>,
    },
    /// A data table.
    Table {
        /// Rows of cells; header cells are marked.
        rows: Vec<Vec<Cell>>,
    },
    /// Preformatted code or text, whitespace kept.
    Code {
        /// Language from a `language-xxx` class, when given.
        language: Option<String>,
        /// The code.
        text: String,
    },
    /// A quotation.
    Quote {
        /// Quoted blocks.
        blocks: Vec<Block>,
    },
    /// An image with its alternative text.
    Image {
        /// Image URL (absolute when a base URL is known).
        src: String,
        /// Alternative text.
        alt: String,
    },
    /// A thematic break.
    Rule,
}

/// One table cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// A header cell (`<th>`)?
    pub header: bool,
    /// Cell text.
    pub content: Vec<Inline>,
}

/// Inline content of a block.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Inline {
    /// Plain text, whitespace already collapsed.
    Text {
        /// The text.
        text: String,
    },
    /// Strong emphasis (`<strong>`, `<b>`).
    Strong {
        /// Emphasised content.
        content: Vec<Inline>,
    },
    /// Emphasis (`<em>`, `<i>`).
    Emphasis {
        /// Emphasised content.
        content: Vec<Inline>,
    },
    /// Inline code.
    Code {
        /// The code.
        text: String,
    },
    /// A hyperlink.
    Link {
        /// Target (absolute when a base URL is known).
        href: String,
        /// Link text.
        content: Vec<Inline>,
    },
    /// A hard line break.
    LineBreak,
}

/// Plain text of inline content.
pub(crate) fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_inline_text(inlines, &mut out);
    out
}

fn push_inline_text(inlines: &[Inline], out: &mut String) {
    for i in inlines {
        match i {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Strong { content }
            | Inline::Emphasis { content }
            | Inline::Link { content, .. } => push_inline_text(content, out),
            Inline::LineBreak => out.push('\n'),
        }
    }
}

/// Cuts inline content after its first `bytes` bytes of text (as
/// [`inline_text`] reads it), at a character boundary; the inlines after
/// the cut go. Returns how many bytes of text are left.
pub(crate) fn truncate_inlines(inlines: &mut Vec<Inline>, bytes: usize) -> usize {
    let mut left = bytes;
    let mut keep = 0;
    for inline in inlines.iter_mut() {
        if left == 0 {
            break;
        }
        let len = match inline {
            Inline::Text { text } | Inline::Code { text } => {
                if text.len() > left {
                    let mut cut = left;
                    while !text.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    text.truncate(cut);
                }
                text.len()
            }
            Inline::Strong { content }
            | Inline::Emphasis { content }
            | Inline::Link { content, .. } => truncate_inlines(content, left),
            Inline::LineBreak => 1,
        };
        left = left.saturating_sub(len);
        keep += 1;
    }
    inlines.truncate(keep);
    bytes - left
}

/// Length of link text within inline content.
pub(crate) fn inline_link_chars(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Link { content, .. } => inline_text(content).chars().count(),
            Inline::Strong { content } | Inline::Emphasis { content } => inline_link_chars(content),
            _ => 0,
        })
        .sum()
}

/// Plain text of a run of blocks (a list item's, a quote's), each block's
/// [`block_text`] joined by `separator`.
pub(crate) fn blocks_text(blocks: &[Block], separator: &str) -> String {
    blocks
        .iter()
        .map(block_text)
        .collect::<Vec<_>>()
        .join(separator)
}

/// Plain text of a block (lists and tables flattened, one line per item/row).
pub(crate) fn block_text(block: &Block) -> String {
    match block {
        Block::Heading { content, .. } | Block::Paragraph { content } => inline_text(content),
        Block::List { items, .. } => items
            .iter()
            .map(|item| blocks_text(item, " "))
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Table { rows } => rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| inline_text(&c.content))
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Code { text, .. } => text.clone(),
        Block::Quote { blocks } => blocks_text(blocks, "\n"),
        Block::Image { .. } | Block::Rule => String::new(),
    }
}
