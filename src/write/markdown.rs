//! CommonMark (with GFM tables): headings, lists, tables, fenced code, quotes.

use super::WriteOptions;
use crate::document::{Block, Cell, Document, Inline};

/// Markdown of `doc`: `# Title` first when asked; links kept only with
/// [`WriteOptions::links`].
///
/// ```
/// let doc = unboil::extract("<article><h2>Setup</h2><p>Install it with <code>cargo</code>, \
///     then run it on a page of your choice.</p><pre><code class=\"language-sh\">cargo install unboil</code></pre></article>",
///     &Default::default()).unwrap();
/// let md = unboil::write::markdown(&doc, &Default::default());
/// assert!(md.contains("## Setup"));
/// assert!(md.contains("```sh\ncargo install unboil\n```"));
/// ```
pub fn markdown(doc: &Document, opts: &WriteOptions) -> String {
    let mut parts: Vec<String> = Vec::new();
    if opts.title {
        if let Some(t) = &doc.metadata.title {
            parts.push(format!("# {}", escape(t, true)));
        }
    }
    parts.extend(super::body(doc, opts.title).iter().map(|b| block(b, opts)));
    super::join_blocks(parts)
}

fn block(b: &Block, opts: &WriteOptions) -> String {
    match b {
        Block::Heading { level, content } => {
            format!(
                "{} {}",
                "#".repeat(usize::from((*level).clamp(1, 6))),
                inlines(content, opts, true)
            )
        }
        Block::Paragraph { content } => inlines(content, opts, true),
        Block::List { ordered, items } => {
            let mut lines = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let marker = super::list_marker(*ordered, i);
                let pad = " ".repeat(marker.len());
                let body = item
                    .iter()
                    .map(|b| block(b, opts))
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
                for (j, line) in body.lines().enumerate() {
                    if j == 0 {
                        lines.push(format!("{marker}{line}"));
                    } else if line.is_empty() {
                        lines.push(String::new());
                    } else {
                        lines.push(format!("{pad}{line}"));
                    }
                }
            }
            lines.join("\n")
        }
        Block::Table { rows } => table(rows, opts),
        Block::Code { language, text } => {
            let fence = if text.contains("```") { "~~~~" } else { "```" };
            format!(
                "{fence}{}\n{text}\n{fence}",
                language.as_deref().unwrap_or("")
            )
        }
        Block::Quote { blocks } => blocks
            .iter()
            .map(|b| block(b, opts))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
            .lines()
            .map(|l| {
                if l.is_empty() {
                    ">".to_string()
                } else {
                    format!("> {l}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Block::Image { src, alt } => format!("![{}]({})", escape(alt, false), url(src)),
        Block::Rule => "---".to_string(),
    }
}

fn table(rows: &[Vec<Cell>], opts: &WriteOptions) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    if cols == 0 {
        return String::new();
    }
    let cell = |c: &Cell| {
        inlines(&c.content, opts, false)
            .replace('|', "\\|")
            .replace('\n', " ")
    };
    let row = |r: &Vec<Cell>| {
        let mut cells: Vec<String> = r.iter().map(cell).collect();
        cells.resize(cols, String::new());
        format!("| {} |", cells.join(" | "))
    };
    let mut out = vec![row(&rows[0]), format!("|{}", " --- |".repeat(cols))];
    out.extend(rows[1..].iter().map(row));
    out.join("\n")
}

fn url(u: &str) -> String {
    u.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
}

/// Renders inline content; `block_start` escapes block markers at the start.
fn inlines(content: &[Inline], opts: &WriteOptions, block_start: bool) -> String {
    let mut out = String::new();
    let mut at_start = block_start;
    for i in content {
        match i {
            Inline::Text { text } => out.push_str(&escape(text, at_start)),
            Inline::Strong { content } => wrap(&mut out, "**", &inlines(content, opts, at_start)),
            Inline::Emphasis { content } => wrap(&mut out, "*", &inlines(content, opts, at_start)),
            Inline::Code { text } => {
                let ticks = if text.contains('`') { "``" } else { "`" };
                let pad = if text.starts_with('`') || text.ends_with('`') {
                    " "
                } else {
                    ""
                };
                out.push_str(&format!("{ticks}{pad}{text}{pad}{ticks}"));
            }
            Inline::Link { href, content } => {
                let text = inlines(content, opts, at_start);
                if opts.links {
                    out.push_str(&format!("[{text}]({})", url(href)));
                } else {
                    out.push_str(&text);
                }
            }
            Inline::LineBreak => out.push_str("  \n"),
        }
        at_start = matches!(i, Inline::LineBreak);
    }
    out
}

/// Emphasis markers must hug the text: spaces go outside them.
fn wrap(out: &mut String, marker: &str, inner: &str) {
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        out.push_str(inner);
        return;
    }
    if inner.starts_with(' ') {
        out.push(' ');
    }
    out.push_str(marker);
    out.push_str(trimmed);
    out.push_str(marker);
    if inner.ends_with(' ') {
        out.push(' ');
    }
}

/// Escapes Markdown syntax characters in text.
fn escape(text: &str, at_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i == 0 {
            None
        } else {
            chars.get(i - 1).copied()
        };
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '*' | '`' | '[' | ']' => true,
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    if at_start {
        escape_line_start(&out)
    } else {
        out
    }
}

fn escape_line_start(s: &str) -> String {
    let first = s.chars().next();
    match first {
        Some('#' | '>' | '+' | '=') => format!("\\{s}"),
        Some('-') if s.len() == 1 || s.starts_with("- ") || s.starts_with("--") => format!("\\{s}"),
        Some(c) if c.is_ascii_digit() => {
            let digits = s.chars().take_while(char::is_ascii_digit).count();
            let rest = &s[digits..];
            if digits <= 9
                && (rest.starts_with(". ") || rest.starts_with(") ") || rest == "." || rest == ")")
            {
                format!("{}\\{}", &s[..digits], rest)
            } else {
                s.to_string()
            }
        }
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            escape("a*b [c] snake_case _x_", false),
            "a\\*b \\[c\\] snake_case \\_x\\_"
        );
        assert_eq!(escape("# not a heading", true), "\\# not a heading");
        assert_eq!(escape("1. not a list", true), "1\\. not a list");
    }

    #[test]
    fn plain_heading_text() {
        let h = Block::Heading {
            level: 2,
            content: vec![Inline::Text { text: "Hi".into() }],
        };
        assert_eq!(block(&h, &WriteOptions::default()), "## Hi");
    }
}
