//! Inside the chosen body: remove the widgets that live among the paragraphs.
//!
//! Decides which containers inside the selected nodes are not article text
//! after all: link-dense blocks ("Trending", "Related", share bars; not
//! several paragraphs whose links are under a third of their text; the
//! linked names of a definition list whose definitions are prose, an API
//! reference's members or a glossary, count as text), image
//! galleries without prose (a heading beside a paragraph counts as one
//! more paragraph: a landing page's feature block beside its images; and,
//! outside threads, more than caption-sized text per picture is prose:
//! testimonials beside their portraits; one icon repeated on every row is
//! a bullet, not a gallery; on pages that declare no kind, a `<div>` of
//! prose counts as a paragraph, as Readability reads it: feature cards),
//! blocks with a negative class/id weight (on a declared article, not when
//! the class only says "media" or "meta" and the block reads as prose),
//! tables of contents (lists of links into the page, which repeat its
//! headings), sub-headings whose class marks them as chrome, and stray
//! short blocks (not a section's title set in a `<div>`, a list item's
//! whole text or a price). Data
//! tables and code (and the wrappers that hold little but one: a scrolling
//! "overflow-x-scroll" box) and embedded posts (a class with "embed": a
//! quoted tweet) are never touched.
//! Works innermost-first, so removing a widget lowers its parents' link
//! density before they are judged. A region the caller names
//! ([`How::keep`]) is left whole.
//!
//! It does not filter by text phrases; that happens on the finished block tree
//! in [`crate::filter`].

use crate::dom::{Attr, Dom, NodeId, Tag, NO_PARENT};
use crate::measure::{Stats, FRAGMENT_LINK_WEIGHT};
use crate::rules;
use crate::score::{class_weight, hint_weight, readability_div_block, Selection};

/// How cleaning judges the containers of one pass.
#[derive(Clone, Copy)]
pub(crate) struct How {
    /// Class/id weights count (off on the lenient retries).
    pub weight_classes: bool,
    /// The link density above which a container is a widget.
    pub link_limit: f32,
    /// Spare a container whose class says only "media" or "meta" when it
    /// reads as prose (on a declared article: it is the story's own text;
    /// elsewhere, sibling feature sections with such classes are judged
    /// alike, by the whole-page comparison).
    pub spare_prose: bool,
    /// A `<div>` of prose (text with no block child, at least
    /// [`DIV_PARAGRAPH_MIN_TEXT`] characters) counts as a paragraph when a
    /// block of pictures is judged a gallery, as Readability's
    /// div-to-paragraph step would have it: a landing page's feature cards
    /// (an icon, a title and a description in `<div>`s) are sections, not
    /// captions. Off on declared articles, products and threads, whose
    /// galleries and teaser grids caption their pictures in `<div>`s.
    pub divs_are_paragraphs: bool,
    /// A region left whole: nothing inside it is judged (a page's cards
    /// of prose, see `crate::extract`).
    pub keep: Option<NodeId>,
}

/// Removes conditionally-bad containers inside `sel`, updating `dead` and
/// keeping `stats` consistent for ancestors of removed nodes.
pub(crate) fn clean(dom: &Dom, dead: &mut [bool], stats: &mut [Stats], sel: &Selection, how: How) {
    let How {
        weight_classes,
        link_limit,
        spare_prose,
        divs_are_paragraphs,
        keep,
    } = how;
    let ends = subtree_ends(dom);
    let kept = keep.map_or(0..0, |k| k as usize..ends[k as usize]);
    for &root in &sel.nodes {
        let start = root as usize;
        let end = ends[start];
        let data_tables = data_tables(dom, dead, start, end);
        // Data tables and code blocks: the wrappers that hold little else
        // are judged as what they wrap.
        let wrapped: Vec<NodeId> = data_tables
            .iter()
            .copied()
            .chain(
                (start..end)
                    .filter(|&i| !dead[i] && dom.nodes[i].tag() == Tag::Pre)
                    .map(|i| i as NodeId),
            )
            .collect();
        let wrappers = wrappers(dom, stats, root, &wrapped);
        for i in (start..end).rev() {
            if dead[i] || kept.contains(&i) {
                continue;
            }
            let id = i as NodeId;
            let Some(el) = dom.element(id) else { continue };
            let weight = if weight_classes {
                class_weight(dom, id)
            } else {
                0.0
            };
            if el.tag == Tag::Dl {
                described_terms(dom, dead, stats, id, link_limit);
            }
            let remove = match el.tag {
                // A heading's id is a slug of its text ("related-reading"
                // for a section about related work): only its class counts.
                Tag::H1 | Tag::H2 => weight_classes && hint_weight(&el.class) < 0.0,
                Tag::Table if data_tables.contains(&id) => false,
                Tag::Ul | Tag::Ol if table_of_contents(dom, dead, id, ends[i], stats[i]) => {
                    id != root
                }
                Tag::Div
                | Tag::Section
                | Tag::Table
                | Tag::Ul
                | Tag::Ol
                | Tag::Form
                | Tag::Fieldset
                | Tag::Aside
                | Tag::Header
                | Tag::Dl => {
                    // Embedded posts, tables and code and their wrappers.
                    let untouchable = el.class.contains("embed")
                        || wrappers.contains(&id)
                        || protected(dom, id, &data_tables);
                    id != root
                        && !untouchable
                        && conditionally_bad(
                            &Block {
                                dom,
                                dead,
                                stats,
                                id,
                                end: ends[i],
                                divs_are_paragraphs,
                            },
                            weight,
                            link_limit,
                        )
                        && !(spare_prose && spared(dom, id, stats[i]))
                }
                _ => false,
            };
            if remove {
                kill(dom, dead, stats, id, ends[i]);
            }
        }
    }
}

/// The containers around each of `blocks` (data tables, code) that hold
/// little but it (a scrolling wrapper: "overflow-x-scroll",
/// "table-responsive", a code box with a copy button): they are the block,
/// whatever their class says, up to `root`.
fn wrappers(dom: &Dom, stats: &[Stats], root: NodeId, blocks: &[NodeId]) -> Vec<NodeId> {
    let mut out = Vec::new();
    for &block in blocks {
        let text = stats[block as usize].text as f32;
        let mut cur = dom.node(block).parent;
        while cur != NO_PARENT
            && cur != root
            && stats[cur as usize].text as f32 <= text * WRAPPER_SLACK
        {
            out.push(cur);
            cur = dom.node(cur).parent;
        }
    }
    out
}

/// A wrapper may hold this many times its table's or code's text (a
/// caption, a "Copy" button, a "scroll to see more" note).
const WRAPPER_SLACK: f32 = 1.1;

/// Inside a data table, `<pre>` or `<code>`: never cleaned.
fn protected(dom: &Dom, id: NodeId, data_tables: &[NodeId]) -> bool {
    let mut cur = dom.node(id).parent;
    while cur != NO_PARENT {
        match dom.tag(cur) {
            Tag::Pre | Tag::Code => return true,
            Tag::Table if data_tables.contains(&cur) => return true,
            _ => {}
        }
        cur = dom.node(cur).parent;
    }
    false
}

/// A table of contents: a list of at least [`TOC_MIN_LINKS`] links that
/// all point into the page (`href="#…"`) and hold nearly all its text.
fn table_of_contents(dom: &Dom, dead: &[bool], id: NodeId, end: usize, s: Stats) -> bool {
    if s.items < TOC_MIN_LINKS || s.text == 0 {
        return false;
    }
    let (mut fragment_links, mut other_links) = (0u32, 0u32);
    for below in live_below(dead, id, end) {
        let Some(href) = dom
            .element(below)
            .filter(|e| e.tag == Tag::A)
            .map(|e| e.attr(Attr::Href).unwrap_or("").trim())
        else {
            continue;
        };
        if href.starts_with('#') && href.len() > 1 {
            fragment_links += 1;
        } else {
            other_links += 1;
        }
    }
    // Fragment links count at their weight in the link text: nearly all
    // the list's text is in them.
    fragment_links >= TOC_MIN_LINKS
        && other_links == 0
        && s.link >= TOC_LINK_SHARE * FRAGMENT_LINK_WEIGHT * s.text as f32
}

/// See [`table_of_contents`].
const TOC_MIN_LINKS: u32 = 3;
/// See [`table_of_contents`]: the share of its text a table of contents
/// holds in its links.
const TOC_LINK_SHARE: f32 = 0.9;

/// A block being judged by [`conditionally_bad`], with what its exceptions
/// read: the tree, the nodes already removed, the measures and where the
/// block's subtree ends.
struct Block<'a> {
    dom: &'a Dom,
    dead: &'a [bool],
    stats: &'a [Stats],
    id: NodeId,
    end: usize,
    /// See [`How::divs_are_paragraphs`].
    divs_are_paragraphs: bool,
}

/// Readability's "clean conditionally" test. A block of pictures is a
/// gallery only when its text is caption-sized ([`GALLERY_TEXT_PER_IMAGE`]):
/// prose set beside pictures (testimonials with their portraits, a forum
/// post beside its author's avatar and a smiley) is no gallery. The
/// exceptions below are asked only when their clause would remove the
/// block, and spare it from that clause alone:
/// [`Block::short_content`] from the short-block clause (a short price
/// under a negative class weight still goes), [`Block::one_picture_repeated`]
/// and, with [`How::divs_are_paragraphs`], [`Block::div_paragraphs`] from the
/// gallery clause.
fn conditionally_bad(b: &Block, weight: f32, link_limit: f32) -> bool {
    let (dom, id) = (b.dom, b.id);
    let s = b.stats[id as usize];
    let tag = dom.tag(id);
    if weight < 0.0 {
        return true;
    }
    if s.commas >= 10 {
        return false;
    }
    let is_list = matches!(tag, Tag::Ul | Tag::Ol)
        || (s.text > 0 && s.list_text as f32 / s.text as f32 > 0.9);
    let p = s.paragraphs as f32;
    let img = s.images as f32;
    let li = s.items as f32 - 100.0;
    let heading_density = if s.text == 0 {
        0.0
    } else {
        s.heading_text as f32 / s.text as f32
    };
    let ld = s.link_density();
    let in_figure = crate::measure::has_ancestor(dom, id, Tag::Figure);
    // A heading and a paragraph make a section (a landing page's feature
    // block beside its animation's images), not a gallery: the heading
    // counts as one more paragraph.
    let sections = p + f32::from(u8::from(s.heading_text > 0 && s.paragraphs > 0));
    let captions_only = (s.text as f32) < img * GALLERY_TEXT_PER_IMAGE;
    (img > 1.0
        && sections / img < 0.5
        && !in_figure
        && captions_only
        && !b.one_picture_repeated()
        && (!b.divs_are_paragraphs || (sections + b.div_paragraphs() as f32) / img < 0.5))
        || (!is_list && li > p)
        || (!is_list
            && heading_density < 0.9
            && s.text < SHORT_BLOCK_CHARS
            && (s.images == 0 || s.images > 2)
            && !in_figure
            && !b.short_content())
        || (!is_list && weight < 25.0 && ld > link_limit && !linked_prose(s))
        || (weight >= 25.0 && ld > 0.5)
        || (is_list && ld > 0.5 + link_limit && s.text < 600)
}

impl Block<'_> {
    /// Every picture in the block is the same one (same address, same
    /// alternative text): an icon set on each row of a list (a course
    /// outline's play button), not a gallery. Lazy-loaded pictures that
    /// share a placeholder address keep their own `alt` and stay pictures.
    fn one_picture_repeated(&self) -> bool {
        let mut first: Option<(&str, &str)> = None;
        for id in self.live_below() {
            let Some(el) = self.dom.element(id).filter(|e| e.tag == Tag::Img) else {
                continue;
            };
            let Some(src) = el.attr(Attr::Src).filter(|s| !s.is_empty()) else {
                return false;
            };
            let picture = (src, el.attr(Attr::Alt).unwrap_or("").trim());
            match first {
                None => first = Some(picture),
                Some(f) if f == picture => {}
                Some(_) => return false,
            }
        }
        first.is_some()
    }

    /// The nodes below the block that cleaning has not removed.
    fn live_below(&self) -> impl Iterator<Item = NodeId> + '_ {
        live_below(self.dead, self.id, self.end)
    }

    /// The `<div>`s below the block that Readability would read as
    /// paragraphs: text with no block child (no paragraph, list, table,
    /// quote, picture or other `<div>`: [`readability_div_block`]), here at least
    /// [`DIV_PARAGRAPH_MIN_TEXT`] characters of it: a feature card's
    /// description beside its icon, not a picture's caption.
    fn div_paragraphs(&self) -> u32 {
        let mut count = 0;
        for id in self.live_below() {
            if self.dom.tag(id) != Tag::Div || self.stats[id as usize].text < DIV_PARAGRAPH_MIN_TEXT
            {
                continue;
            }
            let blocks = self
                .dom
                .node(id)
                .children
                .iter()
                .any(|&c| !self.dead[c as usize] && readability_div_block(self.dom.tag(c)));
            count += u32::from(!blocks);
        }
        count
    }

    /// A short block that is content after all, however few its
    /// characters: a section's title written as a `<div>` ("Who should
    /// come" above its text: the first of its parent's children to hold
    /// text, followed by one with at least [`SECTION_TITLE_MIN_TEXT`]
    /// characters; not a quote's "Ann said:"), the whole text of a list
    /// item (a spec list's "Strings 6" set in a `<div>`), or a price (a
    /// card's "$84.00").
    fn short_content(&self) -> bool {
        let Block {
            dom,
            dead,
            stats,
            id,
            ..
        } = *self;
        let s = stats[id as usize];
        if s.text == 0 || s.text >= SHORT_BLOCK_CHARS || s.link > 0.0 || s.images > 0 {
            return false;
        }
        let parent = dom.node(id).parent;
        if parent == NO_PARENT {
            return false;
        }
        let item = dom.tag(parent) == Tag::Li && stats[parent as usize].text == s.text;
        let price = || {
            dom.short_text(id, PRICE_MAX_NODES, PRICE_MAX_BYTES)
                .is_some_and(|t| rules::price(&t))
        };
        let title = || {
            let mut with_text = dom.node(parent).children.iter().copied().filter(|&c| {
                !dead[c as usize] && dom.element(c).is_some() && stats[c as usize].text > 0
            });
            dom.tag(parent) != Tag::Blockquote
                && with_text.next() == Some(id)
                && with_text
                    .next()
                    .is_some_and(|next| stats[next as usize].text >= SECTION_TITLE_MIN_TEXT)
        };
        item || price() || title()
    }
}

/// A block with less text than this, no list and few pictures is a stray
/// label (Readability's rule), unless it is [`Block::short_content`].
const SHORT_BLOCK_CHARS: u32 = 25;

/// See [`Block::short_content`]: a price is read from at most this many nodes
/// and bytes.
const PRICE_MAX_NODES: usize = 16;
/// See [`PRICE_MAX_NODES`].
const PRICE_MAX_BYTES: usize = 64;
/// See [`Block::short_content`].
const SECTION_TITLE_MIN_TEXT: u32 = 100;
/// See [`How::divs_are_paragraphs`].
const DIV_PARAGRAPH_MIN_TEXT: u32 = 100;

/// A gallery holds at most this much text per image (captions); more is
/// prose set beside pictures (testimonials with their portraits).
const GALLERY_TEXT_PER_IMAGE: f32 = 200.0;

/// Several paragraphs whose links are under a third of their text: prose
/// that cites its sources (a how-to, a docs page), not a box of links,
/// however its link density compares with the limit.
fn linked_prose(s: Stats) -> bool {
    s.paragraphs >= LINKED_PROSE_MIN_PARAGRAPHS && s.link_density() < LINKED_PROSE_MAX_LINK_DENSITY
}

/// See [`linked_prose`].
const LINKED_PROSE_MIN_PARAGRAPHS: u32 = 3;
/// See [`linked_prose`].
const LINKED_PROSE_MAX_LINK_DENSITY: f32 = 0.33;

/// A block that reads as prose (ten commas, few links) and whose class/id
/// matches none of [`rules::NEGATIVE`] (at most the weak "media-group",
/// "meta" fragments): sentences, not a widget.
fn spared(dom: &Dom, id: NodeId, s: Stats) -> bool {
    s.commas >= 10
        && s.link_density() < 0.25
        && dom
            .element(id)
            .is_some_and(|e| !rules::NEGATIVE.matches(&e.class) && !rules::NEGATIVE.matches(&e.id))
}

/// A definition list whose links name its terms and whose definitions are
/// prose (an API reference's members, a glossary: its `<dd>`s hold at
/// least half its text and are under `link_limit`): its terms' link text
/// counts as text, for it and its ancestors, so neither reads as a box of
/// links.
fn described_terms(dom: &Dom, dead: &[bool], stats: &mut [Stats], id: NodeId, link_limit: f32) {
    let (mut text, mut link, mut definitions) = (0u32, 0f32, 0usize);
    for &c in &dom.node(id).children {
        if dead[c as usize] || dom.tag(c) != Tag::Dd {
            continue;
        }
        let s = stats[c as usize];
        text += s.text;
        link += s.link;
        definitions += 1;
    }
    let s = stats[id as usize];
    if definitions == 0 || text * 2 < s.text || link > link_limit * text as f32 {
        return;
    }
    let names = s.link - link;
    let mut cur = id;
    while cur != NO_PARENT {
        let a = &mut stats[cur as usize];
        a.link = (a.link - names).max(0.0);
        cur = dom.node(cur).parent;
    }
}

/// The nodes below `id` (whose subtree ends at `end`) that are not
/// `dead`, in document order.
fn live_below(dead: &[bool], id: NodeId, end: usize) -> impl Iterator<Item = NodeId> + '_ {
    (id as usize + 1..end)
        .filter(|&i| !dead[i])
        .map(|i| i as NodeId)
}

/// Marks a subtree dead and subtracts its stats from its ancestors.
fn kill(dom: &Dom, dead: &mut [bool], stats: &mut [Stats], id: NodeId, end: usize) {
    let i = id as usize;
    let s = stats[i];
    let mut cur = dom.node(id).parent;
    while cur != NO_PARENT {
        let a = &mut stats[cur as usize];
        a.text = a.text.saturating_sub(s.text);
        a.link = (a.link - s.link).max(0.0);
        a.commas = a.commas.saturating_sub(s.commas);
        a.paragraphs = a.paragraphs.saturating_sub(s.paragraphs);
        a.images = a.images.saturating_sub(s.images);
        a.items = a.items.saturating_sub(s.items);
        a.heading_text = a.heading_text.saturating_sub(s.heading_text);
        a.list_text = a.list_text.saturating_sub(s.list_text);
        cur = dom.node(cur).parent;
    }
    // The subtree is the contiguous pre-order range `id..end`.
    for d in &mut dead[i..end] {
        *d = true;
    }
}

/// For every node, one past the last id of its subtree (pre-order ranges).
pub(crate) fn subtree_ends(dom: &Dom) -> Vec<usize> {
    let n = dom.nodes.len();
    let mut ends: Vec<usize> = (1..=n).collect();
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != NO_PARENT {
            let p = p as usize;
            ends[p] = ends[p].max(ends[i]);
        }
    }
    ends
}

/// Tables in `start..end` that hold data rather than layout: a caption,
/// header cells, or enough rows and columns, and no nested table.
pub(crate) fn data_tables(dom: &Dom, dead: &[bool], start: usize, end: usize) -> Vec<NodeId> {
    let mut out = Vec::new();
    for (i, node) in dom.nodes.iter().enumerate().take(end).skip(start) {
        if !dead[i] && node.tag() == Tag::Table && is_data_table(dom, i as NodeId) {
            out.push(i as NodeId);
        }
    }
    out
}

/// Is this `<table>` a data table?
pub(crate) fn is_data_table(dom: &Dom, table: NodeId) -> bool {
    if dom
        .element(table)
        .and_then(|e| e.attr(crate::dom::Attr::Role))
        .is_some_and(|r| r == "presentation")
    {
        return false;
    }
    let mut rows = 0usize;
    let mut max_cols = 0usize;
    let mut header = false;
    let mut stack: Vec<NodeId> = dom.node(table).children.clone();
    while let Some(cur) = stack.pop() {
        match dom.tag(cur) {
            Tag::Table => return false,
            Tag::Caption | Tag::Thead | Tag::Tfoot | Tag::Th => header = true,
            Tag::Tr => {
                rows += 1;
                let cols = dom
                    .node(cur)
                    .children
                    .iter()
                    .filter(|&&c| matches!(dom.tag(c), Tag::Td | Tag::Th))
                    .count();
                max_cols = max_cols.max(cols);
            }
            _ => {}
        }
        if !matches!(dom.tag(cur), Tag::Td | Tag::Th) || !header {
            stack.extend(dom.node(cur).children.iter().copied());
        }
    }
    header || rows >= 10 || max_cols > 4 || rows * max_cols > 10
}
