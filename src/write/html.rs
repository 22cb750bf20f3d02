//! Minimal, safe HTML: only structural tags, escaped text, `http(s)`/relative
//! links and images. No scripts, styles, event handlers or attributes beyond
//! `href`, `src` and `alt`.

use super::WriteOptions;
use crate::document::{Block, Cell, Document, Inline};

/// Clean HTML of `doc`, wrapped in `<article>`.
///
/// ```
/// let doc = unboil::extract("<article><p onclick=\"x()\">Text <b>bold</b>, and more words here to keep.</p></article>",
///     &Default::default()).unwrap();
/// let html = unboil::write::html(&doc, &Default::default());
/// assert_eq!(html, "<article>\n<p>Text <strong>bold</strong>, and more words here to keep.</p>\n</article>\n");
/// ```
pub fn html(doc: &Document, opts: &WriteOptions) -> String {
    let mut out = String::from("<article>\n");
    if opts.title {
        if let Some(t) = &doc.metadata.title {
            out.push_str(&format!("<h1>{}</h1>\n", esc(t)));
        }
    }
    for b in super::body(doc, opts.title) {
        block(b, opts, &mut out);
    }
    out.push_str("</article>\n");
    out
}

fn block(b: &Block, opts: &WriteOptions, out: &mut String) {
    match b {
        Block::Heading { level, content } => {
            let l = (*level).clamp(1, 6);
            out.push_str(&format!("<h{l}>{}</h{l}>\n", inlines(content, opts)));
        }
        Block::Paragraph { content } => {
            out.push_str(&format!("<p>{}</p>\n", inlines(content, opts)))
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            out.push_str(&format!("<{tag}>\n"));
            for item in items {
                out.push_str("<li>");
                // A single paragraph item renders inline.
                if let [Block::Paragraph { content }] = item.as_slice() {
                    out.push_str(&inlines(content, opts));
                } else {
                    out.push('\n');
                    for b in item {
                        block(b, opts, out);
                    }
                }
                out.push_str("</li>\n");
            }
            out.push_str(&format!("</{tag}>\n"));
        }
        Block::Table { rows } => {
            out.push_str("<table>\n");
            for r in rows {
                out.push_str("<tr>");
                for Cell { header, content } in r {
                    let t = if *header { "th" } else { "td" };
                    out.push_str(&format!("<{t}>{}</{t}>", inlines(content, opts)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
        }
        Block::Code { language, text } => match language {
            Some(l) => out.push_str(&format!(
                "<pre><code class=\"language-{}\">{}</code></pre>\n",
                esc(l),
                esc(text)
            )),
            None => out.push_str(&format!("<pre><code>{}</code></pre>\n", esc(text))),
        },
        Block::Quote { blocks } => {
            out.push_str("<blockquote>\n");
            for b in blocks {
                block(b, opts, out);
            }
            out.push_str("</blockquote>\n");
        }
        Block::Image { src, alt } => {
            if safe_url(src) {
                out.push_str(&format!(
                    "<img src=\"{}\" alt=\"{}\">\n",
                    esc(src),
                    esc(alt)
                ));
            }
        }
        Block::Rule => out.push_str("<hr>\n"),
    }
}

fn inlines(content: &[Inline], opts: &WriteOptions) -> String {
    let mut out = String::new();
    for i in content {
        match i {
            Inline::Text { text } => out.push_str(&esc(text)),
            Inline::Strong { content } => {
                out.push_str(&format!("<strong>{}</strong>", inlines(content, opts)))
            }
            Inline::Emphasis { content } => {
                out.push_str(&format!("<em>{}</em>", inlines(content, opts)))
            }
            Inline::Code { text } => out.push_str(&format!("<code>{}</code>", esc(text))),
            Inline::Link { href, content } => {
                if opts.links && safe_url(href) {
                    out.push_str(&format!(
                        "<a href=\"{}\">{}</a>",
                        esc(href),
                        inlines(content, opts)
                    ));
                } else {
                    out.push_str(&inlines(content, opts));
                }
            }
            Inline::LineBreak => out.push_str("<br>"),
        }
    }
    out
}

/// Only web URLs and relative references: no `javascript:`, `data:` and the like.
fn safe_url(u: &str) -> bool {
    let lower = u.trim().to_ascii_lowercase();
    match lower.find(':') {
        Some(colon) if !lower[..colon].contains(['/', '?', '#']) => {
            matches!(&lower[..colon], "http" | "https" | "mailto")
        }
        _ => true,
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_urls_dropped() {
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url("JaVaScRiPt:alert(1)"));
        assert!(safe_url("/relative/path"));
        assert!(safe_url("https://example.com/a:b"));
        assert_eq!(esc("<script>"), "&lt;script&gt;");
    }
}
