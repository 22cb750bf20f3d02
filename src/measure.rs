//! Text statistics per subtree: how much text, how much of it is link text,
//! how many commas, paragraphs, list items and images.
//!
//! Computed bottom-up in one pass over the arena (nodes are in pre-order, so a
//! reverse scan visits children before parents) for the nodes that are still
//! alive. This module measures; it decides nothing.

use crate::dom::{Data, Dom, NodeId, Tag, NO_PARENT};

/// Totals for one subtree.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Stats {
    /// Characters of text, whitespace runs counted as one.
    pub text: u32,
    /// Characters of text inside links (fragment links weigh
    /// [`FRAGMENT_LINK_WEIGHT`]).
    pub link: f32,
    /// Commas (ASCII and CJK/Arabic variants).
    pub commas: u32,
    /// `<p>` descendants.
    pub paragraphs: u32,
    /// `<img>` descendants.
    pub images: u32,
    /// `<li>` descendants.
    pub items: u32,
    /// Characters of text inside headings.
    pub heading_text: u32,
    /// Characters of text inside list items.
    pub list_text: u32,
}

/// The numbers of [`Stats`] that pruning reads from the unpruned page,
/// kept for every pass in a third of the memory.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sizes {
    /// Characters of text.
    pub text: u32,
    /// `<p>` descendants.
    pub paragraphs: u32,
    /// Characters of link text.
    pub links: u32,
}

/// [`Sizes`] of every node of the unpruned page.
pub(crate) fn sizes(dom: &Dom) -> Vec<Sizes> {
    measure(dom, &vec![false; dom.nodes.len()])
        .iter()
        .map(|s| Sizes {
            text: s.text,
            paragraphs: s.paragraphs,
            links: s.link as u32,
        })
        .collect()
}

impl Sizes {
    /// Share of the text that is link text, in `0..=1` (as
    /// [`Stats::link_density`], for the unpruned page).
    pub(crate) fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            (self.links as f32 / self.text as f32).min(1.0)
        }
    }
}

impl Stats {
    /// Share of the text that is link text, in `0..=1`.
    pub(crate) fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            (self.link / self.text as f32).min(1.0)
        }
    }
}

/// Lowercased words (runs of letters and digits) of a text.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Counts characters of a text node with whitespace runs collapsed, and commas.
pub(crate) fn text_measure(s: &str) -> (u32, u32) {
    let mut len = 0u32;
    let mut commas = 0u32;
    let mut in_space = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                len += 1;
                in_space = true;
            }
        } else {
            in_space = false;
            len += 1;
            if matches!(c, ',' | '，' | '、' | '،') {
                commas += 1;
            }
        }
    }
    if in_space && len > 0 {
        len -= 1;
    }
    (len, commas)
}

/// How much the text of a link into the page (`href="#…"`: a table of
/// contents, a footnote back-link) counts as link text. A heading's anchor
/// to itself counts as none.
pub(crate) const FRAGMENT_LINK_WEIGHT: f32 = 0.3;

/// Is `parent` a heading, so that a `#` link directly inside it is the
/// heading's own anchor (`<h2><a href="#install">Installation</a></h2>`)?
fn heading_anchor(dom: &Dom, parent: NodeId) -> bool {
    parent != NO_PARENT && dom.tag(parent).heading_level().is_some()
}

/// Computes [`Stats`] for every node; nodes with `dead[id]` contribute nothing
/// (and get zeroed stats). `dead` must already be propagated to descendants.
pub(crate) fn measure(dom: &Dom, dead: &[bool]) -> Vec<Stats> {
    let n = dom.nodes.len();
    let mut stats = vec![Stats::default(); n];
    // Link weight of each node: 1 inside a normal link, FRAGMENT_LINK_WEIGHT
    // inside `#` links, 0 inside a heading's own anchor.
    let mut link_weight = vec![0f32; n];
    for (i, node) in dom.nodes.iter().enumerate() {
        if dead[i] {
            continue;
        }
        let inherited = if node.parent == NO_PARENT {
            0.0
        } else {
            link_weight[node.parent as usize]
        };
        link_weight[i] = match node.element() {
            Some(e) if e.tag == Tag::A && inherited == 0.0 => {
                let href = e.attr(crate::dom::Attr::Href).unwrap_or("");
                if href.starts_with('#') && heading_anchor(dom, node.parent) {
                    // A heading's permalink to itself is its title, not a
                    // link away.
                    0.0
                } else if href.starts_with('#') {
                    FRAGMENT_LINK_WEIGHT
                } else {
                    1.0
                }
            }
            _ => inherited,
        };
    }
    for i in (0..n).rev() {
        if dead[i] {
            continue;
        }
        let node = &dom.nodes[i];
        let mut s = stats[i];
        match &node.data {
            Data::Text(_) => {
                let (len, commas) = dom.text_sizes[i];
                s.text += len;
                s.commas += commas;
                s.link += len as f32 * link_weight[i];
            }
            Data::Element(e) => match e.tag {
                Tag::P => s.paragraphs += 1,
                Tag::Img => s.images += 1,
                Tag::Li => {
                    s.items += 1;
                    s.list_text = s.text;
                }
                t if t.heading_level().is_some() => s.heading_text = s.text,
                _ => {}
            },
            Data::Root => {}
        }
        stats[i] = s;
        let parent = node.parent;
        if parent != NO_PARENT {
            let p = &mut stats[parent as usize];
            // +1: the separator between sibling blocks/text runs.
            p.text += s.text + u32::from(s.text > 0 && p.text > 0);
            p.link += s.link;
            p.commas += s.commas;
            p.paragraphs += s.paragraphs;
            p.images += s.images;
            p.items += s.items;
            p.heading_text += s.heading_text;
            p.list_text += s.list_text;
        }
    }
    stats
}

/// Is `id` inside an element with tag `tag` (excluding itself)?
pub(crate) fn has_ancestor(dom: &Dom, id: NodeId, tag: Tag) -> bool {
    dom.closest(dom.node(id).parent, tag).is_some()
}

/// The text of a subtree, whitespace collapsed, blocks and line breaks
/// separated by a space. Text nodes side by side are joined as written:
/// a word split by markup ("Planning <span>C</span>ycle", a highlighted
/// identifier in `<code>`) stays one word, except where a lowercase
/// letter or a digit meets a capital ([`camel_junction`]). Nodes marked in
/// `dead` are skipped; an empty `dead` skips none.
pub(crate) fn text_of(dom: &Dom, dead: &[bool], id: NodeId) -> String {
    let mut out = String::new();
    let space = |out: &mut String| {
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    };
    // (node, leaving it): a block is set apart on both sides.
    let mut stack = vec![(id, false)];
    while let Some((cur, leaving)) = stack.pop() {
        if leaving {
            space(&mut out);
            continue;
        }
        if dead.get(cur as usize).copied().unwrap_or(false) {
            continue;
        }
        let node = dom.node(cur);
        match &node.data {
            Data::Text(t) => {
                if t.starts_with(char::is_whitespace) || camel_junction(&out, t) {
                    space(&mut out);
                }
                for (i, word) in t.split_whitespace().enumerate() {
                    if i > 0 {
                        space(&mut out);
                    }
                    out.push_str(word);
                }
                if t.ends_with(char::is_whitespace) {
                    space(&mut out);
                }
            }
            _ => {
                let tag = node.tag();
                let block = tag.is_block();
                if block || tag == Tag::Br {
                    space(&mut out);
                }
                if block {
                    stack.push((cur, true));
                }
                stack.extend(node.children.iter().rev().map(|&c| (c, false)));
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Does `next`, a text node written right after `before`, start a new
/// line the markup sets apart without a space: a lowercase letter or a
/// digit, then a capital ("Alternatives" + "Top Note-taking Tools", a
/// tagline in a span the stylesheet makes a block)? A word split by
/// markup goes on in lowercase ("C" + "ycle") or at punctuation.
fn camel_junction(before: &str, next: &str) -> bool {
    let last = before.chars().next_back();
    let first = next.chars().next();
    matches!((last, first), (Some(a), Some(b))
        if (a.is_lowercase() || a.is_ascii_digit()) && b.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        let dom = Dom::parse_for_test(html);
        text_of(&dom, &[], dom.body())
    }

    #[test]
    fn words_split_by_markup_stay_one_word() {
        assert_eq!(
            text("<h1>Your Planning <span class=hand>C</span>ycle</h1>"),
            "Your Planning Cycle"
        );
        assert_eq!(
            text("<p>use <code>statement<span>_</span>descriptor</code> or <code>user<b>@</b>host</code></p>"),
            "use statement_descriptor or user@host"
        );
    }

    #[test]
    fn blocks_breaks_and_set_apart_lines_are_spaced() {
        assert_eq!(text("<div><p>One</p>two<br>three</div>"), "One two three");
        assert_eq!(text("<li>a</li><li>b</li>"), "a b");
        // A tagline the stylesheet makes a line of its own.
        assert_eq!(
            text("<h1>The Best Alternatives<span class=block>Top Tools</span></h1>"),
            "The Best Alternatives Top Tools"
        );
        assert_eq!(text("<p>  spaced \n  out  </p>"), "spaced out");
    }
}
