//! The compact document tree every later stage works on.
//!
//! This module decides what of the parsed HTML is kept as *candidate*
//! material: it copies the parsed tree into a flat arena (after
//! [`crate::streamed`] has put streamed segments in place), dropping what can
//! never be content (scripts, styles, forms controls (but not a button that
//! labels a fold: inside a heading, or worded as an FAQ's question),
//! embedded media, `<head>`, the TeX `<annotation>` of a MathML formula,
//! whose own text is kept), dropping hidden elements but not what one click
//! shows (both told by [`crate::visibility`]; a `<dialog>` that is not
//! `open` is dropped even when a control names it, and a hidden panel right
//! after a short question is kept: an FAQ's folded answer, whatever its
//! class), dropping a card's second link to the same page when it is out
//! of the tab order and repeats the first one's words (the facts laid out
//! again for the eye), and clamping nesting depth so that every later stage
//! may recurse safely.
//! While walking the page it also collects the raw metadata sources
//! (`<title>`, `<meta>`, `<link rel=canonical>`, JSON-LD, also inside
//! hidden elements, where streamed server rendering parks it).
//!
//! It does not judge boilerplate (that is [`crate::prune`]) nor score content
//! (that is [`crate::score`]).

use crate::tree::{RawData, RawElement, RawId, Tree, NONE};
use crate::visibility;
use html5ever::tendril::StrTendril;

/// Index of a node in [`Dom::nodes`].
pub(crate) type NodeId = u32;

/// Sentinel parent of the root.
pub(crate) const NO_PARENT: NodeId = u32::MAX;

/// The largest `max_depth` honoured: elements deeper than the caller's
/// `max_depth` (at most this) are flattened into their ancestor at that
/// depth, their text kept and their structure not. This bounds the recursion
/// of every later stage.
pub(crate) const DEPTH_CAP: usize = 512;

/// The elements unboil tells apart; everything else is [`Tag::Other`] (inline)
/// or [`Tag::OtherBlock`] (block-level but without special meaning).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub(crate) enum Tag {
    Root,
    A,
    Address,
    Article,
    Aside,
    B,
    Blockquote,
    Body,
    Br,
    Caption,
    Code,
    Dd,
    Details,
    Div,
    Dl,
    Dt,
    Em,
    Figcaption,
    Figure,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Header,
    Hr,
    Html,
    I,
    Img,
    Li,
    Main,
    Nav,
    Ol,
    P,
    Pre,
    Section,
    Span,
    Strong,
    Sub,
    Summary,
    Sup,
    Table,
    Tbody,
    Td,
    Tfoot,
    Th,
    Thead,
    Tr,
    Ul,
    Fieldset,
    Picture,
    Time,
    OtherBlock,
    Other,
}

impl Tag {
    /// The tag of an element by its local name (lowercase, as the parser
    /// gives it); [`Tag::Other`] for names the extractor does not tell apart.
    pub(crate) fn from_name(name: &str) -> Tag {
        match name {
            "a" => Tag::A,
            "address" => Tag::Address,
            "article" => Tag::Article,
            "aside" => Tag::Aside,
            "b" => Tag::B,
            "blockquote" => Tag::Blockquote,
            "body" => Tag::Body,
            "br" => Tag::Br,
            "caption" => Tag::Caption,
            "code" | "kbd" | "samp" | "tt" => Tag::Code,
            "dd" => Tag::Dd,
            "details" => Tag::Details,
            "div" => Tag::Div,
            "dl" => Tag::Dl,
            "dt" => Tag::Dt,
            "em" | "cite" | "dfn" | "var" => Tag::Em,
            "figcaption" => Tag::Figcaption,
            "figure" => Tag::Figure,
            "footer" => Tag::Footer,
            "form" => Tag::Form,
            "h1" => Tag::H1,
            "h2" => Tag::H2,
            "h3" => Tag::H3,
            "h4" => Tag::H4,
            "h5" => Tag::H5,
            "h6" => Tag::H6,
            "header" => Tag::Header,
            "hr" => Tag::Hr,
            "html" => Tag::Html,
            "i" => Tag::I,
            "img" => Tag::Img,
            "li" => Tag::Li,
            "main" => Tag::Main,
            "nav" => Tag::Nav,
            "ol" => Tag::Ol,
            "p" => Tag::P,
            "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
            "section" => Tag::Section,
            "span" => Tag::Span,
            "strong" => Tag::Strong,
            "sub" => Tag::Sub,
            "summary" => Tag::Summary,
            "sup" => Tag::Sup,
            "table" => Tag::Table,
            "tbody" => Tag::Tbody,
            "td" => Tag::Td,
            "tfoot" => Tag::Tfoot,
            "th" => Tag::Th,
            "thead" => Tag::Thead,
            "tr" => Tag::Tr,
            "ul" | "menu" | "dir" => Tag::Ul,
            "fieldset" => Tag::Fieldset,
            "picture" => Tag::Picture,
            "time" => Tag::Time,
            "center" | "hgroup" | "dialog" | "legend" | "frameset" | "noframes" | "search" => {
                Tag::OtherBlock
            }
            _ => Tag::Other,
        }
    }

    /// Block-level elements: they start a new block of text.
    pub(crate) fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::A
                | Tag::B
                | Tag::Br
                | Tag::Code
                | Tag::Em
                | Tag::I
                | Tag::Img
                | Tag::Span
                | Tag::Strong
                | Tag::Sub
                | Tag::Sup
                | Tag::Picture
                | Tag::Time
                | Tag::Other
        )
    }

    /// `h1`..`h6`.
    pub(crate) fn heading_level(self) -> Option<u8> {
        match self {
            Tag::H1 => Some(1),
            Tag::H2 => Some(2),
            Tag::H3 => Some(3),
            Tag::H4 => Some(4),
            Tag::H5 => Some(5),
            Tag::H6 => Some(6),
            _ => None,
        }
    }
}

/// Elements that can never hold readable main content. Their whole subtree is
/// skipped when the arena is built.
pub(crate) fn never_content(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "annotation"
            | "annotation-xml"
            | "iframe"
            | "frame"
            | "object"
            | "embed"
            | "applet"
            | "canvas"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "option"
            | "optgroup"
            | "datalist"
            | "head"
            | "link"
            | "meta"
            | "base"
            | "audio"
            | "video"
            | "source"
            | "track"
            | "map"
            | "area"
            | "param"
            | "title"
            | "label"
            | "output"
            | "progress"
            | "meter"
            | "slot"
    )
}

/// The JSON of a JSON-LD script, read the way browsers' consumers of it
/// forgive: a `<![CDATA[ … ]]>` wrapper (an XHTML habit, often behind `//`)
/// is unwrapped, and raw line breaks and tabs inside strings (a description
/// pasted from an editor) are read as spaces. Anything else that is not
/// JSON gives `None`.
fn json_ld_value(raw: &str) -> Option<serde_json::Value> {
    let mut text = raw.trim();
    for open in ["//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
        if let Some(rest) = text.strip_prefix(open) {
            text = rest;
            for close in ["//]]>", "/*]]>*/", "]]>"] {
                if let Some(rest) = text.trim_end().strip_suffix(close) {
                    text = rest;
                    break;
                }
            }
            break;
        }
    }
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(_) if text.contains(|c: char| c.is_ascii_control()) => {
            let spaced: String = text
                .chars()
                .map(|c| if c.is_ascii_control() { ' ' } else { c })
                .collect();
            serde_json::from_str(&spaced).ok()
        }
        Err(_) => None,
    }
}

#[cfg(test)]
impl Dom {
    /// The arena of `html` as extraction builds it by default (for tests).
    pub(crate) fn parse_for_test(html: &str) -> Dom {
        let parsed = crate::parse::parse(html, true, None);
        Dom::from_tree(parsed.tree, Reveal::default(), 160)
    }
}

/// Attributes the extractor reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Attr {
    Href,
    Src,
    Alt,
    Title,
    ItemProp,
    ItemType,
    Role,
    Class,
    ColSpan,
    RowSpan,
    DateTime,
    Rel,
    AriaModal,
}

/// One element of the arena.
#[derive(Debug)]
pub(crate) struct Element {
    pub tag: Tag,
    /// `class`, ASCII-lowercased: what class keyword rules match against.
    pub class: Box<str>,
    /// `id`, ASCII-lowercased.
    pub id: Box<str>,
    attrs: Vec<(Attr, Box<str>)>,
}

impl Element {
    /// The first token of the class list: what stays the same across the
    /// items of a list when modifiers ("nested-level-1", "is-featured") vary.
    pub(crate) fn first_class(&self) -> &str {
        self.class.split_ascii_whitespace().next().unwrap_or("")
    }

    /// The id as a name for what the element is: empty for a `<section>`,
    /// whose id is a slug of its heading ("respond-to-review-comments" in
    /// a style guide), not a name for a widget.
    pub(crate) fn naming_id(&self) -> &str {
        if self.tag == Tag::Section {
            ""
        } else {
            &self.id
        }
    }

    /// Is this the page's main landmark: a `<main>` element or
    /// `role="main"`?
    pub(crate) fn is_main(&self) -> bool {
        self.tag == Tag::Main || self.attr(Attr::Role).is_some_and(|r| r.trim() == "main")
    }

    /// The value of an attribute the arena kept.
    pub(crate) fn attr(&self, which: Attr) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(a, _)| *a == which)
            .map(|(_, v)| &**v)
    }
}

/// Payload of a node.
#[derive(Debug)]
pub(crate) enum Data {
    /// The document root.
    Root,
    /// An element.
    Element(Element),
    /// A text node (raw, whitespace not yet collapsed), moved from the
    /// parser's tree without a copy.
    Text(StrTendril),
}

/// A node of the arena. Nodes are stored in document (pre-)order, so a
/// parent's id is always smaller than its children's.
#[derive(Debug)]
pub(crate) struct Node {
    pub parent: NodeId,
    pub children: Vec<NodeId>,
    pub data: Data,
}

impl Node {
    /// The element payload, if this is an element.
    pub(crate) fn element(&self) -> Option<&Element> {
        match &self.data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The tag, [`Tag::Root`] for the root and [`Tag::Other`] for text.
    pub(crate) fn tag(&self) -> Tag {
        match &self.data {
            Data::Element(e) => e.tag,
            Data::Root => Tag::Root,
            Data::Text(_) => Tag::Other,
        }
    }
}

/// Raw metadata sources found while building the arena.
#[derive(Debug, Default)]
pub(crate) struct RawMeta {
    /// Text of the first `<title>`.
    pub title: Option<String>,
    /// `(key, content)` of every `<meta>`; key is the lowercased `property`,
    /// `name`, `itemprop` or `http-equiv`.
    pub metas: Vec<(String, String)>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// `lang` of `<html>`.
    pub lang: Option<String>,
    /// `<script type="application/ld+json">` bodies that parse as JSON, parsed
    /// once here for every reader (metadata, page kind).
    pub json_ld: Vec<serde_json::Value>,
}

impl RawMeta {
    /// First non-empty content of a `<meta>` with one of these keys, tried in order.
    pub(crate) fn get(&self, keys: &[&str]) -> Option<&str> {
        self.get_all(keys).next()
    }

    /// The non-empty contents of the `<meta>`s with these keys, in the
    /// keys' order.
    pub(crate) fn get_all<'m, 'k>(
        &'m self,
        keys: &'k [&'k str],
    ) -> impl Iterator<Item = &'m str> + use<'m, 'k> {
        keys.iter().flat_map(move |k| {
            self.metas
                .iter()
                .filter(move |(key, v)| key == k && !v.trim().is_empty())
                .map(|(_, v)| v.trim())
        })
    }
}

/// Content normally skipped that a fallback pass reads after all.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Reveal {
    /// Keep `<noscript>` content (parse it with scripting disabled).
    pub noscript: bool,
    /// Keep hidden elements (`hidden`, `aria-hidden`, inline styles):
    /// streamed server rendering parks content there until a script shows it.
    pub hidden: bool,
}

/// The arena.
#[derive(Debug)]
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
    pub meta: RawMeta,
    /// Per node: characters (whitespace runs collapsed) and commas of a text
    /// node, `(0, 0)` for any other; measured once here, read by every pass.
    pub text_sizes: Vec<(u32, u32)>,
    /// `<form>` elements with a visible field to fill in (a text box, a
    /// menu, a text area), in document order, so sorted by id (forms do not
    /// nest): the fields themselves are not in the arena.
    pub fill_in_forms: Vec<NodeId>,
    /// Characters of readable text (tags left out) inside the `<noscript>`
    /// elements left out of the arena: what a browser without JavaScript
    /// would show there.
    pub noscript_chars: usize,
}

impl Dom {
    /// Node by id.
    #[inline]
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// Tag of a node.
    #[inline]
    pub(crate) fn tag(&self, id: NodeId) -> Tag {
        self.nodes[id as usize].tag()
    }

    /// Element payload of a node.
    #[inline]
    pub(crate) fn element(&self, id: NodeId) -> Option<&Element> {
        self.nodes[id as usize].element()
    }

    /// `id` itself or its nearest ancestor with tag `tag`, if any
    /// (`id` may be `NO_PARENT`).
    pub(crate) fn closest(&self, id: NodeId, tag: Tag) -> Option<NodeId> {
        let mut cur = id;
        while cur != NO_PARENT {
            if self.tag(cur) == tag {
                return Some(cur);
            }
            cur = self.node(cur).parent;
        }
        None
    }

    /// Is `id` a node below `<body>`: not `NO_PARENT`, the root, `<html>` or
    /// `<body>` itself? (Where climbs through the tree stop.)
    #[inline]
    pub(crate) fn below_body(&self, id: NodeId) -> bool {
        id != NO_PARENT && !matches!(self.tag(id), Tag::Body | Tag::Html | Tag::Root)
    }

    /// `id`'s ancestor `levels` up, or the highest one below `<body>` when
    /// that comes first (`id` itself when its parent is `<body>`).
    pub(crate) fn ancestor_below_body(&self, id: NodeId, levels: usize) -> NodeId {
        let mut top = id;
        for _ in 0..levels {
            let parent = self.node(top).parent;
            if !self.below_body(parent) {
                break;
            }
            top = parent;
        }
        top
    }

    /// Is `anc` `id` itself or one of its ancestors?
    pub(crate) fn is_ancestor(&self, anc: NodeId, mut id: NodeId) -> bool {
        while id != NO_PARENT {
            if id == anc {
                return true;
            }
            id = self.node(id).parent;
        }
        false
    }

    /// Id of the `<body>` element, or the root when there is none.
    pub(crate) fn body(&self) -> NodeId {
        self.nodes
            .iter()
            .position(|n| n.tag() == Tag::Body)
            .map_or(0, |i| i as NodeId)
    }

    /// Builds the arena from a parsed page, consuming it: one walk in
    /// document order, never-content subtrees and indentation between blocks
    /// skipped.
    pub(crate) fn from_tree(mut tree: Tree, reveal: Reveal, max_depth: usize) -> Dom {
        let mut dom = Dom {
            // Every tree node gives at most one arena node: no regrowth.
            nodes: Vec::with_capacity(tree.nodes.len()),
            meta: RawMeta::default(),
            text_sizes: Vec::with_capacity(tree.nodes.len()),
            fill_in_forms: Vec::new(),
            noscript_chars: 0,
        };
        dom.nodes.push(Node {
            parent: NO_PARENT,
            children: Vec::new(),
            data: Data::Root,
        });
        dom.text_sizes.push((0, 0));
        let max_depth = max_depth.min(DEPTH_CAP);
        crate::streamed::splice(&mut tree);
        let panels = visibility::Panels::of(&tree);
        // Explicit stack of (tree node, arena parent, depth): a node's next
        // sibling is pushed before its first child, so children come first
        // (document order) and nothing recurses.
        let first = tree.nodes.first().map_or(NONE, |d| d.first_child);
        let mut stack: Vec<(RawId, NodeId, usize)> = vec![(first, 0, 1)];
        while let Some((id, parent, depth)) = stack.pop() {
            let Some(node) = tree.nodes.get_mut(id as usize) else {
                continue;
            };
            let (first_child, next) = (node.first_child, node.next);
            if next != NONE {
                stack.push((next, parent, depth));
            }
            if let RawData::Text(t) = &mut node.data {
                let text = std::mem::take(t);
                if text.bytes().all(|b| b.is_ascii_whitespace())
                    // Inside an inline element (a highlighted code token,
                    // `<span> </span>`), a space separates words.
                    && dom.tag(parent).is_block()
                    && dom.last_is_block_or_none(parent)
                    && next_is_block_or_none(&tree, next)
                {
                    // Indentation between blocks: no text, and often a
                    // third of the nodes.
                    continue;
                }
                dom.push(parent, Data::Text(text));
                continue;
            }
            match &tree.nodes[id as usize].data {
                RawData::Text(_) => {}
                RawData::Element(el) => {
                    let name = el.local();
                    if never_content(name)
                        && !(reveal.noscript && name == "noscript")
                        && !(name == "button" && dom.is_toggle_label(&tree, first_child, parent))
                    {
                        if is_field(el) && !visibility::is_hidden(el) {
                            dom.note_field(parent);
                        }
                        if name == "noscript" {
                            dom.noscript_chars += readable_chars(&child_text(&tree, id));
                        }
                        dom.collect_meta(&tree, id);
                        continue;
                    }
                    if name == "html" {
                        if let Some(lang) = el.attr("lang").or_else(|| el.attr("xml:lang")) {
                            dom.meta.lang = Some(lang.trim().to_string());
                        }
                    }
                    let closed = visibility::closed_dialog(el);
                    if !reveal.hidden
                        && (closed
                            || visibility::hidden(&tree, id, el)
                            || (name == "a"
                                && dom.repeats_earlier_link(&tree, first_child, parent, el)))
                        && (closed
                            || (!visibility::one_click_away(&tree, id, el, first_child, &panels)
                                && (visibility::aria_hidden(el) || !dom.follows_question(parent))))
                    {
                        // Hidden content is skipped, its JSON-LD is not (a
                        // streamed React page parks it in `<div hidden>`).
                        dom.collect_meta_below(&tree, first_child, true);
                        continue;
                    }
                    let this = if depth > max_depth {
                        parent
                    } else {
                        dom.push(parent, Data::Element(make_element(el)))
                    };
                    if first_child != NONE {
                        stack.push((first_child, this, depth + 1));
                    }
                }
                RawData::Document | RawData::Other => {}
            }
        }
        drop(tree);
        dom.nodes.shrink_to_fit();
        dom
    }

    /// Is the last element put under `parent` so far a short question (its
    /// text ends with "?")? Then a hidden element that follows it is the
    /// answer an FAQ folds under it, whatever its class is called: a click
    /// away, and content.
    fn follows_question(&self, parent: NodeId) -> bool {
        let Some(node) = self.nodes.get(parent as usize) else {
            return false;
        };
        let Some(&last) = node
            .children
            .iter()
            .rev()
            .find(|&&c| match &self.node(c).data {
                Data::Element(_) => true,
                Data::Text(t) => !t.trim().is_empty(),
                Data::Root => false,
            })
        else {
            return false;
        };
        if self.element(last).is_none() {
            return false; // Text between them: no question block.
        }
        self.is_short_question(last, QUESTION_MAX_BYTES)
    }

    /// Is the arena subtree at `id` a short question: at most
    /// [`QUESTION_MAX_NODES`] nodes and `max_bytes` bytes of text, ending
    /// with "?"?
    pub(crate) fn is_short_question(&self, id: NodeId, max_bytes: usize) -> bool {
        self.short_text(id, QUESTION_MAX_NODES, max_bytes)
            .is_some_and(|text| text.trim_end().ends_with('?'))
    }

    /// Is a `<button>` (children from `first_child`, put under `parent`)
    /// the label of a fold rather than a control: inside a heading (the
    /// accordion pattern, `<h3><button>Shipping</button></h3>`), or
    /// worded as a question (an FAQ's toggle, whatever wraps it)? Its text
    /// is then the heading of the answer the click shows, and content.
    fn is_toggle_label(&self, tree: &Tree, first_child: RawId, parent: NodeId) -> bool {
        if self.tag(parent).heading_level().is_some() {
            return true;
        }
        raw_short_text(tree, first_child, QUESTION_MAX_NODES, QUESTION_MAX_BYTES).is_some_and(
            |text| {
                let text = text.trim_end();
                text.ends_with('?') && text.split_whitespace().count() >= QUESTION_MIN_WORDS
            },
        )
    }

    /// The text of the arena subtree at `id` when it is short: at most
    /// `max_nodes` nodes and `max_bytes` bytes of its words with one space
    /// between them (indentation does not count); `None` when longer.
    pub(crate) fn short_text(
        &self,
        id: NodeId,
        max_nodes: usize,
        max_bytes: usize,
    ) -> Option<String> {
        let mut text = String::new();
        let mut stack = vec![id];
        let mut visited = 0;
        while let Some(id) = stack.pop() {
            visited += 1;
            if visited > max_nodes {
                return None;
            }
            match &self.node(id).data {
                Data::Text(t) => {
                    push_words(&mut text, t);
                    if text.len() > max_bytes {
                        return None;
                    }
                }
                Data::Element(_) => stack.extend(self.node(id).children.iter().rev()),
                Data::Root => {}
            }
        }
        Some(text)
    }

    /// Is `el` a link taken out of the tab order (`tabindex="-1"`) that
    /// repeats an earlier link of its card: the same target, and at least
    /// half its words already in that link's text? A card often renders
    /// its facts twice, once as the accessible link and once laid out for
    /// the eye (a name, a price, a rating with their labels); the second
    /// copy is skipped. A teaser whose words differ from the title's link
    /// stays.
    fn repeats_earlier_link(
        &self,
        tree: &Tree,
        first_child: RawId,
        parent: NodeId,
        el: &RawElement,
    ) -> bool {
        if el.attr("tabindex").map(str::trim) != Some("-1") {
            return false;
        }
        let Some(href) = el
            .attr("href")
            .map(str::trim)
            .filter(|h| !h.is_empty() && !h.starts_with('#'))
        else {
            return false;
        };
        let Some(mine) =
            raw_short_text(tree, first_child, LINK_TWIN_MAX_NODES, LINK_TWIN_MAX_BYTES)
        else {
            return false;
        };
        let mine = crate::measure::words(&mine);
        if mine.is_empty() {
            return false;
        }
        let card = self.ancestor_below_body(parent, LINK_TWIN_LEVELS - 1);
        // The arena is in document order: what was put after the card so far
        // lies inside it, before this link.
        let from = (card as usize + 1).max(self.nodes.len().saturating_sub(LINK_TWIN_SCAN));
        (from..self.nodes.len()).any(|id| {
            let id = id as NodeId;
            self.element(id)
                .is_some_and(|e| e.tag == Tag::A && e.attr(Attr::Href).map(str::trim) == Some(href))
                && self
                    .short_text(id, LINK_TWIN_MAX_NODES, LINK_TWIN_MAX_BYTES)
                    .is_some_and(|theirs| {
                        let theirs = crate::measure::words(&theirs);
                        let found = mine.iter().filter(|w| theirs.contains(*w)).count();
                        found * 2 >= mine.len()
                    })
        })
    }

    /// A visible form field sits under `parent`: notes the `<form>` around
    /// it, if any.
    fn note_field(&mut self, parent: NodeId) {
        if let Some(form) = self.closest(parent, Tag::Form) {
            if self.fill_in_forms.last() != Some(&form) {
                self.fill_in_forms.push(form);
            }
        }
    }

    /// `true` when `parent`'s last child so far is a block element, or it
    /// has none.
    fn last_is_block_or_none(&self, parent: NodeId) -> bool {
        self.nodes[parent as usize].children.last().is_none_or(
            |&c| matches!(&self.nodes[c as usize].data, Data::Element(e) if e.tag.is_block()),
        )
    }

    fn push(&mut self, parent: NodeId, data: Data) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.text_sizes.push(match &data {
            Data::Text(t) => crate::measure::text_measure(t),
            _ => (0, 0),
        });
        self.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        self.nodes[parent as usize].children.push(id);
        id
    }

    /// Reads metadata out of a skipped element (`<head>` and its children,
    /// `<meta>`/`<link>`/`<title>`/JSON-LD wherever they are).
    fn collect_meta(&mut self, tree: &Tree, id: RawId) {
        let Some(RawData::Element(el)) = tree.nodes.get(id as usize).map(|n| &n.data) else {
            return;
        };
        match el.local() {
            "head" => self.collect_meta_below(tree, tree.nodes[id as usize].first_child, false),
            "meta" => {
                let property = el.attr("property");
                let key = property
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"))
                    .or_else(|| el.attr("http-equiv"));
                if let (Some(key), Some(content)) = (key, el.attr("content")) {
                    // RDFa lets one `property` name several keys
                    // ("dc:creator twitter:site_name"): each gets the
                    // content. A `name` is one key, spaces and all.
                    let keys: Vec<&str> = if property.is_some() {
                        key.split_ascii_whitespace().collect()
                    } else {
                        vec![key.trim()]
                    };
                    for key in keys {
                        self.meta
                            .metas
                            .push((key.to_ascii_lowercase(), content.to_string()));
                    }
                }
            }
            "title" if self.meta.title.is_none() => {
                let text = child_text(tree, id);
                if !text.trim().is_empty() {
                    self.meta.title = Some(text);
                }
            }
            "link" => {
                let is_canonical = el.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                });
                if is_canonical && self.meta.canonical.is_none() {
                    if let Some(href) = el.attr("href") {
                        self.meta.canonical = Some(href.trim().to_string());
                    }
                }
            }
            "script" => {
                let is_ld = el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_ld && self.meta.json_ld.len() < 32 {
                    if let Some(value) = json_ld_value(&child_text(tree, id)) {
                        self.meta.json_ld.push(value);
                    }
                }
            }
            _ => {}
        }
    }

    /// Reads the metadata elements from `first`, its siblings and their
    /// descendants (an iterative walk: `<head>` is shallow but may be odd);
    /// with `scripts_only`, only JSON-LD (a skipped hidden subtree, whose
    /// `<title>` would be an SVG's).
    fn collect_meta_below(&mut self, tree: &Tree, first: RawId, scripts_only: bool) {
        let mut stack = vec![first];
        while let Some(c) = stack.pop() {
            let Some(n) = tree.nodes.get(c as usize) else {
                continue;
            };
            if n.next != NONE {
                stack.push(n.next);
            }
            if let RawData::Element(e) = &n.data {
                let name = e.local();
                if !scripts_only || name == "script" {
                    self.collect_meta(tree, c);
                }
                if !matches!(name, "script" | "title" | "style" | "head") && n.first_child != NONE {
                    stack.push(n.first_child);
                }
            }
        }
    }
}

/// `true` when tree node `id` is absent, or an element that starts a block
/// (or is skipped: scripts, styles, forms).
fn next_is_block_or_none(tree: &Tree, id: RawId) -> bool {
    match tree.nodes.get(id as usize).map(|n| &n.data) {
        None => true,
        Some(RawData::Element(e)) => {
            let name = e.local();
            never_content(name) || Tag::from_name(name).is_block()
        }
        Some(_) => false,
    }
}

/// Characters of `markup` a reader would see: not those of its tags
/// (`<…>`), nor of tags escaped as text (`&lt;…&gt;`, a page saved through
/// a serializer that escaped its `<noscript>`), nor whitespace.
fn readable_chars(markup: &str) -> usize {
    let mut count = 0;
    let mut rest = markup;
    while let Some(c) = rest.chars().next() {
        let tag_end = if c == '<' {
            Some(">")
        } else if rest.starts_with("&lt;") {
            Some("&gt;")
        } else {
            None
        };
        match tag_end {
            Some(end) => match rest.find(end) {
                Some(at) => rest = &rest[at + end.len()..],
                None => break,
            },
            None => {
                if !c.is_whitespace() {
                    count += 1;
                }
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    count
}

/// The text of `id`'s text children, concatenated.
fn child_text(tree: &Tree, id: RawId) -> String {
    let mut out = String::new();
    let mut c = tree.nodes.get(id as usize).map_or(NONE, |n| n.first_child);
    while let Some(n) = tree.nodes.get(c as usize) {
        if let RawData::Text(t) = &n.data {
            out.push_str(t);
        }
        c = n.next;
    }
    out
}

/// A field a reader fills in: a text box (not a hidden, button or check
/// input), a menu, a text area.
fn is_field(el: &RawElement) -> bool {
    match el.local() {
        "select" | "textarea" => true,
        "input" => !el.attr("type").is_some_and(|t| {
            matches!(
                t.trim().to_ascii_lowercase().as_str(),
                "hidden" | "submit" | "button" | "image" | "reset" | "checkbox" | "radio" | "file"
            )
        }),
        _ => false,
    }
}

/// A question an FAQ answer follows is at most this long (bytes of its
/// text) ...
const QUESTION_MAX_BYTES: usize = 300;
/// ... and made of at most this many nodes.
const QUESTION_MAX_NODES: usize = 64;
/// A button's question has at least this many words ("Why?" is a control).
const QUESTION_MIN_WORDS: usize = 3;

/// A link's repeat ([`Dom::repeats_earlier_link`]) and the link it repeats
/// are read when they hold at most this many nodes ...
const LINK_TWIN_MAX_NODES: usize = 128;
/// ... and this many bytes of text.
const LINK_TWIN_MAX_BYTES: usize = 1000;
/// The card the two links share is the repeat's parent or one of its
/// ancestors, this many levels at most ...
const LINK_TWIN_LEVELS: usize = 4;
/// ... and at most this many arena nodes before the repeat are looked at.
const LINK_TWIN_SCAN: usize = 400;

/// The text of the raw subtree whose first child is `first_child`, when it
/// is short (see [`Dom::short_text`]).
fn raw_short_text(
    tree: &Tree,
    first_child: RawId,
    max_nodes: usize,
    max_bytes: usize,
) -> Option<String> {
    let mut text = String::new();
    for (visited, node) in tree.subtree_from(first_child).enumerate() {
        if visited >= max_nodes {
            return None;
        }
        if let RawData::Text(t) = &node.data {
            push_words(&mut text, t);
            if text.len() > max_bytes {
                return None;
            }
        }
    }
    Some(text)
}

/// Appends the words of `t` to `text`, one space between words, so that a
/// short text's length is its words' and not its markup's indentation
/// (text nodes of separate elements are separate words too).
fn push_words(text: &mut String, t: &str) {
    for word in t.split_whitespace() {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(word);
    }
}

/// A class or id as the keyword rules read it: lowercase, with its words
/// split by one `-` whatever the page's convention ("author__bio",
/// "author--bio" and "author_bio" all read "author-bio").
fn hint_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c == '_' || c == '-' {
            if !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

fn make_element(el: &RawElement) -> Element {
    let tag = Tag::from_name(el.local());
    let mut attrs = Vec::new();
    let mut class = "";
    let mut id = "";
    let mut src: Option<&str> = None;
    let mut lazy_src: Option<&str> = None;
    for a in &el.attrs {
        let value: &str = &a.value;
        let which = match &*a.name.local {
            "class" => {
                class = value;
                Some(Attr::Class)
            }
            "id" => {
                id = value;
                None
            }
            "href" if tag == Tag::A => Some(Attr::Href),
            "src" => {
                src = Some(value);
                None
            }
            "data-src" | "data-lazy-src" | "data-original" | "data-url" => {
                lazy_src = Some(value);
                None
            }
            "alt" => Some(Attr::Alt),
            "title" => Some(Attr::Title),
            "itemprop" => Some(Attr::ItemProp),
            "itemtype" => Some(Attr::ItemType),
            "aria-modal" => Some(Attr::AriaModal),
            "role" => Some(Attr::Role),
            "colspan" => Some(Attr::ColSpan),
            "rowspan" => Some(Attr::RowSpan),
            "datetime" => Some(Attr::DateTime),
            "rel" => Some(Attr::Rel),
            _ => None,
        };
        if let Some(which) = which {
            attrs.push((which, Box::from(value)));
        }
    }
    if tag == Tag::Img {
        // Prefer a real lazy-loading source over a placeholder `src`.
        let chosen = match (src, lazy_src) {
            (Some(s), Some(l)) if s.starts_with("data:") || s.is_empty() => Some(l),
            (Some(s), _) => Some(s),
            (None, l) => l,
        };
        if let Some(s) = chosen {
            attrs.push((Attr::Src, Box::from(s.trim())));
        }
    }
    Element {
        tag,
        class: hint_case(class).into_boxed_str(),
        id: hint_case(id).into_boxed_str(),
        attrs,
    }
}

#[cfg(test)]
mod tests {
    use super::{json_ld_value, readable_chars};

    #[test]
    fn json_ld_forgives_a_cdata_wrapper_and_raw_line_breaks() {
        let name = |raw: &str| {
            json_ld_value(raw).and_then(|v| v["author"]["name"].as_str().map(str::to_string))
        };
        let body = r#"{"@type":"Article","author":{"name":"Ana Reis"}}"#;
        assert_eq!(name(body).as_deref(), Some("Ana Reis"));
        assert_eq!(
            name(&format!("\n <![CDATA[\n{body}\n]]>\n")).as_deref(),
            Some("Ana Reis")
        );
        assert_eq!(
            name(&format!("//<![CDATA[\n{body}\n//]]>")).as_deref(),
            Some("Ana Reis")
        );
        let pasted = "{\"@type\":\"Article\",\"author\":{\"name\":\"Ana\n\tReis\"}}";
        assert_eq!(name(pasted).as_deref(), Some("Ana  Reis"));
        assert_eq!(json_ld_value("{\"@type\": \"Article\",}"), None);
        assert_eq!(json_ld_value(""), None);
    }

    #[test]
    fn readable_chars_leave_out_tags_escaped_or_not() {
        assert_eq!(readable_chars("<div><p>Hello world</p></div>"), 10);
        // A serializer's escaped `<noscript>`: a tracking pixel, no text.
        assert_eq!(readable_chars("&lt;img src=\"/b?x=1\" width=1&gt;"), 0);
        assert_eq!(readable_chars("&lt;p&gt;Hi&lt;/p&gt; <img src=x>"), 2);
        // An unclosed tag hides the rest.
        assert_eq!(readable_chars("ab <img src="), 2);
    }
}
