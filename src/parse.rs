//! HTML text to a tree, with html5ever (into [`crate::tree`]'s arena).
//!
//! Parsing follows the HTML standard, so broken markup is repaired the way a
//! browser repairs it. Two guards run first, because html5ever has quadratic
//! corners: its tree builder scans the stack of open elements for every tag
//! (100 000 unclosed `<div>`s), and its tokenizer compares every attribute
//! with the tag's earlier ones (one tag with 100 000 attributes). A linear
//! pre-scan measures nesting depth and attribute counts and rewrites the
//! input without the tags nested deeper than [`MAX_PARSE_DEPTH`], without
//! attributes past [`MAX_ATTRIBUTES`] (text is kept) and with script and
//! style contents emptied (never content, and much of a page's bytes); a
//! page needing none of this is used as it is. The input is then fed to the
//! parser in chunks so that a deadline can stop it between two chunks. This
//! module decides nothing about content.

use crate::tree::{Sink, Tree};
use std::borrow::Cow;
use std::time::Instant;

/// Tags nested deeper than this are dropped before parsing (the limit of
/// Chromium's HTML parser, which also flattens deeper trees).
pub(crate) const MAX_PARSE_DEPTH: usize = 512;

/// Attributes of one tag beyond this many are dropped before parsing.
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// Bytes handed to the parser between two deadline checks.
const CHUNK: usize = 256 * 1024;

/// A parsed page, and whether the deadline cut the input short.
pub(crate) struct Parsed {
    /// The tree.
    pub tree: Tree,
    /// `true` when parsing stopped at the deadline (the tree holds a prefix).
    pub partial: bool,
}

/// Parses a whole document. With `scripting` off, `<noscript>` content is
/// parsed as markup (as a browser without JavaScript would show it). Past
/// `deadline`, no more input is fed and the tree built so far is returned.
pub(crate) fn parse(html: &str, scripting: bool, deadline: Option<Instant>) -> Parsed {
    use html5ever::tendril::{StrTendril, TendrilSink};
    let html = guard(html, scripting);
    let mut opts = html5ever::ParseOpts::default();
    opts.tree_builder.scripting_enabled = scripting;
    let mut parser = html5ever::driver::parse_document(Sink::default(), opts);
    let mut rest: &str = &html;
    let mut partial = false;
    while !rest.is_empty() {
        if past(deadline) {
            partial = true;
            break;
        }
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        parser.process(StrTendril::from_slice(&rest[..cut]));
        rest = &rest[cut..];
    }
    Parsed {
        tree: parser.finish(),
        partial,
    }
}

/// `true` once `deadline` has passed.
pub(crate) fn past(deadline: Option<Instant>) -> bool {
    deadline.is_some_and(|d| Instant::now() >= d)
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
/// `<noscript>` is one only when the page is parsed with scripting on;
/// with it off, its content is markup and counts toward nesting (100 000
/// unclosed `<noscript>`s are as deep as 100 000 `<div>`s).
fn raw_text(name: &[u8], scripting: bool) -> bool {
    (scripting && name == b"noscript")
        || matches!(
            name,
            b"script"
                | b"style"
                | b"textarea"
                | b"title"
                | b"xmp"
                | b"iframe"
                | b"noembed"
                | b"noframes"
                | b"plaintext"
        )
}

/// One tag found by the scanner.
struct TagSpan {
    start: usize,
    end: usize,
    closing: bool,
    counted: bool,
    /// Where the tag's text must be cut to keep [`MAX_ATTRIBUTES`]
    /// attributes, when it has more.
    attr_cut: Option<usize>,
    /// For a `<script>` or `<style>` whose content can go unparsed: the
    /// content's byte range (from the tag's end to its end tag).
    strip: Option<(usize, usize)>,
}

/// The end (one past `>`) of the tag whose name ends at `i`, honouring
/// quoted attribute values as the tokenizer does (a `>` inside quotes does
/// not end the tag; the input's end when it never closes), and where the tag
/// must be cut to keep [`MAX_ATTRIBUTES`] attributes when it has more. An
/// attribute starts at a byte other than `=`, `/` or `>` after whitespace.
fn tag_end(html: &[u8], mut i: usize) -> (usize, Option<usize>) {
    let n = html.len();
    let mut after_eq = false;
    let mut after_space = false;
    let mut count = 0usize;
    let mut cut = None;
    while i < n {
        match html[i] {
            b'>' => return (i + 1, cut),
            b'=' => {
                after_eq = true;
                after_space = false;
            }
            q @ (b'"' | b'\'') if after_eq => {
                match memchr::memchr(q, &html[i + 1..]) {
                    Some(p) => i += p + 1,
                    None => return (n, cut),
                }
                after_eq = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => after_space = true,
            b'/' => {
                after_eq = false;
                after_space = false;
            }
            _ => {
                after_eq = false;
                if after_space {
                    after_space = false;
                    count += 1;
                    if count == MAX_ATTRIBUTES + 1 {
                        cut = Some(i);
                    }
                }
            }
        }
        i += 1;
    }
    (n, cut)
}

/// Whether the content of a raw-text element can be dropped before
/// parsing: scripts and styles are never content. Kept: JSON-LD (metadata
/// reads it), and scripts holding `<!--`, where the tokenizer's escape
/// states may end the element elsewhere than at the first end tag.
fn strippable(name: &[u8], tag: &[u8], content: &[u8]) -> bool {
    match name {
        b"style" => true,
        b"script" => {
            let ld = memchr::memmem::find(tag, b"ld+json").is_some()
                || memchr::memmem::find(tag, b"LD+JSON").is_some();
            !ld && memchr::memmem::find(content, b"<!--").is_none()
        }
        _ => false,
    }
}

/// Scans tags linearly; calls `f` for each open/close tag of a counted element.
fn scan(html: &[u8], scripting: bool, mut f: impl FnMut(TagSpan)) {
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
        let (end, attr_cut) = tag_end(html, name_start + name_len);
        let attr_cut = attr_cut.filter(|_| !closing);
        let self_closing = end >= 2 && html.get(end - 2) == Some(&b'/');
        let mut next = end;
        let mut strip = None;
        // `<script/>` closes itself in SVG: no raw text follows it then (in
        // HTML the slash is ignored, and reading the script's text as markup
        // only makes the depth count rougher).
        if !closing && !self_closing && raw_text(name, scripting) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(name);
            next = find_ci(html, end, &close).unwrap_or(n);
            if next > end && strippable(name, &html[start..end], &html[end..next]) {
                strip = Some((end, next));
            }
        }
        f(TagSpan {
            start,
            end,
            closing,
            counted: !uncounted(name) && !self_closing,
            attr_cut,
            strip,
        });
        i = next;
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

/// The pre-scan with the standard limits, reading `<noscript>` content as
/// the parser will (raw text with `scripting` on, markup with it off).
fn guard(html: &str, scripting: bool) -> Cow<'_, str> {
    prepare(html, MAX_PARSE_DEPTH, scripting)
}

/// Returns `html` unchanged unless its nesting exceeds `limit`, a tag has
/// more than [`MAX_ATTRIBUTES`] attributes, or it holds script or style
/// content; then returns a copy without the tags nested deeper than `limit`,
/// without the surplus attributes and with empty scripts and styles (most
/// pages: a quarter to half of a news page's bytes that the tokenizer need
/// not read).
pub(crate) fn prepare(html: &str, limit: usize, scripting: bool) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut rewrite = false;
    scan(bytes, scripting, |t| {
        rewrite |= t.attr_cut.is_some() || t.strip.is_some();
        if t.counted {
            if t.closing {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                max = max.max(depth);
            }
        }
    });
    if max <= limit && !rewrite {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0usize;
    let mut depth = 0usize;
    // Every position below is at an ASCII byte ('<', '>', or the start of
    // an end tag), so all slices fall on char boundaries.
    scan(bytes, scripting, |t| {
        let drop = t.counted
            && if t.closing {
                let d = depth > limit;
                depth = depth.saturating_sub(1);
                d
            } else {
                depth += 1;
                depth > limit
            };
        if drop {
            out.push_str(&html[last..t.start]);
            last = t.end.min(html.len());
        } else if let Some(cut) = t.attr_cut {
            // Keep the tag up to its last allowed attribute and close it.
            out.push_str(&html[last..cut]);
            out.push('>');
            last = t.end.min(html.len());
        }
        if let Some((from, to)) = t.strip {
            out.push_str(&html[last..from]);
            last = to;
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
        let page = "<div><p>a<div>b</div></p></div><script></script><!-- <script>x -->";
        assert!(matches!(prepare(page, 2, true), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_tags_are_dropped_text_kept() {
        let page = format!("{}x{}", "<div>".repeat(5), "</div>".repeat(5));
        let limited = prepare(&page, 2, true);
        assert_eq!(limited, "<div><div>x</div></div>");
    }

    #[test]
    fn surplus_attributes_are_dropped() {
        let attrs: String = (0..MAX_ATTRIBUTES + 10)
            .map(|i| format!(" a{i}=\"x y\""))
            .collect();
        let page = format!("<div{attrs}>text</div>");
        let limited = prepare(&page, 10, true);
        let kept = limited.matches("=\"x y\"").count();
        assert_eq!(kept, MAX_ATTRIBUTES);
        assert!(limited.ends_with(">text</div>"));
        let few = "<div a=1 b=2>text</div>";
        assert!(matches!(prepare(few, 10, true), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_and_styles_are_emptied_json_ld_and_escaped_scripts_kept() {
        let page = "<p>a</p><script>var x = '<p>';</script><STYLE>p{}</STYLE>\
                    <script type=\"application/ld+json\">{\"a\":1}</script>\
                    <script><!-- document.write('<script></script>') --></script><p>b</p>";
        assert_eq!(
            prepare(page, 10, true),
            "<p>a</p><script></script><STYLE></STYLE>\
             <script type=\"application/ld+json\">{\"a\":1}</script>\
             <script><!-- document.write('<script></script>') --></script><p>b</p>"
        );
    }

    #[test]
    fn a_quoted_gt_does_not_end_a_tag() {
        // Were the tag to end at the quoted '>', "<script>" in the value
        // would start a script and the paragraph would be stripped.
        let page = "<div title=\"a>b<script>\">text</div><p>kept</p><script>x</script>";
        assert_eq!(
            prepare(page, 10, true),
            "<div title=\"a>b<script>\">text</div><p>kept</p><script></script>"
        );
    }

    #[test]
    fn text_that_only_looks_like_a_script_is_kept() {
        // Raw text of another element, and SVG's self-closing script: the
        // tokenizer starts no script there, so nothing may be stripped.
        for page in [
            "<noembed><script></noembed><p>kept</p><script>x</script>",
            "<svg><script/></svg><p>kept</p><script>x</script>",
        ] {
            let out = prepare(page, 10, true);
            assert!(out.contains("<p>kept</p>"), "{out}");
            assert!(out.ends_with("<script></script>"), "{out}");
        }
    }

    #[test]
    fn a_deep_tag_with_surplus_attributes_is_dropped_whole() {
        let attrs: String = (0..MAX_ATTRIBUTES + 5)
            .map(|i| format!(" a{i}=1"))
            .collect();
        let page = format!("<div><div{attrs}>x</div></div>");
        assert_eq!(prepare(&page, 1, true), "<div>x</div>");
    }

    #[test]
    fn noscript_nesting_counts_only_when_scripting_is_off() {
        let page = "<noscript><noscript><noscript>x";
        // Scripting on: the first `<noscript>`'s content is raw text.
        assert!(matches!(prepare(page, 2, true), Cow::Borrowed(_)));
        // Scripting off: it is markup, three levels deep.
        assert_eq!(prepare(page, 2, false), "<noscript><noscript>x");
    }

    #[test]
    fn deadline_in_the_past_parses_nothing() {
        let page = "<p>hello</p>".repeat(100_000);
        let past = Instant::now();
        let parsed = parse(&page, true, Some(past));
        assert!(parsed.partial);
        let full = parse(&page, true, None);
        assert!(!full.partial);
        assert!(full.tree.nodes.len() > parsed.tree.nodes.len() + 100_000);
    }
}
