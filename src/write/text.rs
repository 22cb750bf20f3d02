//! Plain text: one block per paragraph, blank lines between blocks.

use super::WriteOptions;
use crate::document::{block_text, inline_text, Block, Document};

/// Plain text of `doc`: the title first when asked, then each block, separated
/// by blank lines; list items as `- item` lines, table rows as `a | b` lines.
///
/// ```
/// let doc = unboil::extract("<article><p>First paragraph, with enough words to count.</p>\
///     <p>Second paragraph, with enough words to count too.</p></article>", &Default::default()).unwrap();
/// assert_eq!(unboil::write::text(&doc, &Default::default()),
///     "First paragraph, with enough words to count.\n\nSecond paragraph, with enough words to count too.\n");
/// ```
pub fn text(doc: &Document, opts: &WriteOptions) -> String {
    let mut parts: Vec<String> = Vec::new();
    if opts.title {
        if let Some(t) = &doc.metadata.title {
            parts.push(t.clone());
        }
    }
    parts.extend(super::body(doc, opts.title).iter().map(|b| block(b, 0)));
    super::join_blocks(parts)
}

fn block(b: &Block, depth: usize) -> String {
    match b {
        Block::Heading { content, .. } | Block::Paragraph { content } => inline_text(content),
        Block::List { ordered, items } => {
            let indent = "  ".repeat(depth);
            let mut lines = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let marker = super::list_marker(*ordered, i);
                let mut first = true;
                for inner in item {
                    let s = match inner {
                        Block::List { .. } => block(inner, depth + 1),
                        other => block(other, depth),
                    };
                    if s.is_empty() {
                        continue;
                    }
                    if matches!(inner, Block::List { .. }) {
                        lines.push(s);
                    } else if first {
                        lines.push(format!("{indent}{marker}{}", s.replace('\n', " ")));
                        first = false;
                    } else {
                        lines.push(format!("{indent}  {}", s.replace('\n', " ")));
                    }
                }
            }
            lines.join("\n")
        }
        Block::Table { .. } => block_text(b),
        Block::Code { text, .. } => text.clone(),
        Block::Quote { blocks } => blocks
            .iter()
            .map(|b| block(b, depth))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n"),
        Block::Image { .. } | Block::Rule => String::new(),
    }
}
