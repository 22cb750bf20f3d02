//! HTML text to a tree, with html5ever (through scraper).
//!
//! Parsing follows the HTML standard, so broken markup is repaired the way a
//! browser repairs it. One guard runs first: html5ever's tree builder scans
//! the stack of open elements for every tag, so absurd nesting (100 000
//! unclosed `<div>`s) costs quadratic time. A linear pre-scan measures the
//! nesting depth and, only when it exceeds [`MAX_PARSE_DEPTH`], removes the
//! tags nested deeper (their text is kept). This module decides nothing about
//! content.

use scraper::Html;
use std::borrow::Cow;

/// Tags nested deeper than this are dropped before parsing.
pub(crate) const MAX_PARSE_DEPTH: usize = 1500;

/// Parses a whole document. With `scripting` off, `<noscript>` content is
/// parsed as markup (as a browser without JavaScript would show it).
pub(crate) fn parse(html: &str, scripting: bool) -> Html {
    use html5ever::tendril::TendrilSink;
    let html = limit_depth(html, MAX_PARSE_DEPTH);
    if scripting {
        return Html::parse_document(&html);
    }
    let mut opts = html5ever::ParseOpts::default();
    opts.tree_builder.scripting_enabled = false;
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(Html::new_document()), opts)
        .one(&*html)
}

/// Elements that never hold children, or that are closed implicitly so often
/// that counting them would overstate depth.
fn uncounted(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"option"
            | b"optgroup"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"colgroup"
            | b"rp"
            | b"rt"
            | b"html"
            | b"head"
            | b"body"
            | b"keygen"
            | b"frame"
            | b"basefont"
            | b"bgsound"
            | b"image"
    )
}

/// Element whose content is raw text: skipped up to its end tag.
fn raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"noscript"
            | b"iframe"
            | b"plaintext"
    )
}

/// One tag found by the scanner.
struct TagSpan {
    start: usize,
    end: usize,
    closing: bool,
    counted: bool,
}

/// Scans tags linearly; calls `f` for each open/close tag of a counted element.
fn scan(html: &[u8], mut f: impl FnMut(TagSpan)) {
    let mut i = 0;
    let n = html.len();
    while let Some(off) = memchr::memchr(b'<', &html[i..]) {
        let start = i + off;
        let rest = &html[start..];
        if rest.starts_with(b"<!--") {
            i = find(html, start + 4, b"-->").map_or(n, |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = html[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !html[name_start].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        // Lowercased into a stack buffer: no allocation per tag.
        let mut buf = [0u8; 16];
        let name: &[u8] = if name_len <= buf.len() {
            for (d, s) in buf.iter_mut().zip(&html[name_start..name_start + name_len]) {
                *d = s.to_ascii_lowercase();
            }
            &buf[..name_len]
        } else {
            b"-"
        };
        let end = memchr::memchr(b'>', &html[name_start..]).map_or(n, |e| name_start + e + 1);
        let self_closing = end >= 2 && html.get(end - 2) == Some(&b'/');
        f(TagSpan {
            start,
            end,
            closing,
            counted: !uncounted(name) && !self_closing,
        });
        i = end;
        if !closing && raw_text(name) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(name);
            i = find_ci(html, i, &close).unwrap_or(n);
        }
        if i >= n {
            break;
        }
    }
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| from + p)
}

/// Finds `needle` (which starts with `</`) case-insensitively.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(p) = find(hay, at, b"</") {
        if hay
            .get(p..p + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(p);
        }
        at = p + 2;
    }
    None
}

/// Returns `html` unchanged unless its nesting exceeds `limit`; then returns
/// a copy without the tags nested deeper than `limit`.
pub(crate) fn limit_depth(html: &str, limit: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut max = 0usize;
    scan(bytes, |t| {
        if t.counted {
            if t.closing {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                max = max.max(depth);
            }
        }
    });
    if max <= limit {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0usize;
    let mut depth = 0usize;
    scan(bytes, |t| {
        if !t.counted {
            return;
        }
        let drop = if t.closing {
            let d = depth > limit;
            depth = depth.saturating_sub(1);
            d
        } else {
            depth += 1;
            depth > limit
        };
        if drop {
            // Tag boundaries are ASCII '<' and '>', so these are char boundaries.
            out.push_str(&html[last..t.start]);
            last = t.end.min(html.len());
        }
    });
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let page = "<div><p>a<div>b</div></p></div><script>if (a<b) {}</script>";
        assert!(matches!(limit_depth(page, 2), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_tags_are_dropped_text_kept() {
        let page = format!("{}x{}", "<div>".repeat(5), "</div>".repeat(5));
        let limited = limit_depth(&page, 2);
        assert_eq!(limited, "<div><div>x</div></div>");
    }
}
