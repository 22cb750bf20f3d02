//! Before scoring: mark what is never the article.
//!
//! Decides, per element, whether it is page chrome by its tag (`nav`,
//! `aside`, `footer`, a site `header`, a `rel="tag"` link, a caption, a
//! small `<form>` with fields to fill in), a review service's embedded
//! widget or a modal window (`class="modal"`; both on every page), its
//! ARIA role, its class/id ([`crate::rules`]; on a product page also reviews
//! and other products' carousels), or because it is byline scaffolding
//! (short, class says author/date/category), or, on a declared article, a
//! short block whose class says "caption" or the plain text beside a
//! picture in a box named for it, and, when asked even on a
//! lenient retry, comment sections (those outside `<article>`/`<main>` on
//! every pass when the page's one `<article>` is its story). The lenient
//! retries, which keep what only class names call chrome, still remove the
//! site's `header`, `aside` and chrome landmark roles outside `<main>` and
//! `<article>`, and a forum poster's profile box and signature anywhere.
//! Marked elements and their
//! subtrees take no further part in extraction. A heading whose class
//! ("relatedpoststitle") or whole text ("Latest news", "More from the
//! author") titles a list of other pages takes the rest of its container
//! with it; so does an "About the author" heading on a declared article
//! (the writer's bio).
//!
//! Class names never prune `<article>`, `<main>`, a heading or an
//! `itemprop="articleBody"` (the markup says what they are: "node--promoted"
//! is a theme flag), nor an element that holds the page's `<main>` landmark
//! (a layout class on the page wrapper does not remove the page), nor an
//! element with a thousand characters of prose in several paragraphs and
//! few links ("read-more" is a teaser box on most sites, the rest of the
//! story on some; but legal small print, a "disclaimer" or "disclosures"
//! block, goes whatever its length). Inside `<article>` or `<main>`,
//! "header" in a class is the article's own header, as an article's
//! `<header>` is; so is, on a product page, a block so named that holds the
//! page's first `<h1>` (a shop's "pdp-header": the product's name and
//! summary). A `<section>`'s id is not read: it is a slug of the
//! section's heading.
//!
//! A block a page builder renders again for another screen size (a later
//! sibling with the same text, at least a few lines of it, or a Framer
//! component's other `ssr-variant`s, whatever their words) is marked when
//! its first rendering is kept ([`later_twins`]).
//!
//! Once a pass has chosen and cleaned its content, short links drawn as
//! buttons ("Book a lesson") are marked too ([`mark_calls_to_action`]):
//! left out of the text, not out of the scoring (kept when recall is
//! asked for).
//!
//! Beyond those size checks (bylines, captions, prose) it does not weigh
//! text or links: density judgements belong to [`crate::score`] and
//! [`crate::clean`].

use crate::dom::{Attr, Dom, NodeId, Tag, NO_PARENT};
use crate::measure::Sizes;
use crate::rules;
use std::collections::hash_map::{Entry, HashMap};

/// How aggressive pruning is; relaxed on a retry when too little text survived.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PruneFlags {
    /// Remove elements whose class/id/role says "unlikely to be content".
    pub strip_unlikely: bool,
    /// Keep `<figcaption>`s.
    pub keep_captions: bool,
    /// Keep comment and reply containers (for pages that are discussions).
    pub keep_discussion: bool,
    /// A product page: remove reviews and other products too.
    pub product_page: bool,
    /// A declared article: short blocks whose class says "caption" are
    /// photo captions (elsewhere they may be a card's text).
    pub article_page: bool,
    /// Leave comment sections out even when `strip_unlikely` is off.
    pub drop_comments: bool,
    /// The page's one `<article>` is its story: comment sections outside
    /// `<article>`/`<main>` are left out on every pass, prose or not.
    pub story_comments: bool,
    /// Keep byline and dateline scaffolding (a listing's cards carry their
    /// dates and authors).
    pub keep_bylines: bool,
}

impl PruneFlags {
    /// The same flags, bylines kept.
    pub(crate) fn with_bylines(self) -> Self {
        PruneFlags {
            keep_bylines: true,
            ..self
        }
    }
}

/// A photo caption is short; a "caption" block longer than this is a
/// card's text.
const CAPTION_MAX_CHARS: u32 = 200;

/// Bylines longer than this are probably not bylines.
const BYLINE_MAX_CHARS: u32 = 100;

/// Marks chrome; returns the `dead` vector (already propagated to subtrees).
/// `twins` are the page's [`later_twins`], found once for every pass.
pub(crate) fn mark(dom: &Dom, full: &[Sizes], twins: &Twins, flags: PruneFlags) -> Vec<bool> {
    mark_noting_bylines(dom, full, twins, flags).0
}

/// [`mark`], also telling whether any element was removed as a byline (when
/// none was, marking again with bylines kept gives the same result).
pub(crate) fn mark_noting_bylines(
    dom: &Dom,
    full: &[Sizes],
    twins: &Twins,
    flags: PruneFlags,
) -> (Vec<bool>, bool) {
    let mut bylines = false;
    let n = dom.nodes.len();
    let mut dead = vec![false; n];
    // Whether each node is inside <article>/<main>, <table>, <code>/<pre>.
    let mut in_article = vec![false; n];
    let mut in_table_or_code = vec![false; n];
    let holds_main = holds_main(dom);
    // Only a product page reads it (see `is_chrome`'s `holds_title`).
    let holds_h1 = if flags.product_page {
        holds_first_h1(dom)
    } else {
        vec![false; n]
    };
    // Parents whose remaining children follow a "Related posts" heading.
    let mut cut = vec![false; n];
    for i in 1..n {
        let node = &dom.nodes[i];
        let parent = node.parent;
        if parent != NO_PARENT {
            let p = parent as usize;
            // (The earlier twin is decided by now: siblings come in order.)
            let twin_shown = || {
                twins
                    .get(&(i as NodeId))
                    .is_some_and(|&e| !dead[e as usize])
            };
            if dead[p] || cut[p] || (!twins.is_empty() && twin_shown()) {
                dead[i] = true;
                continue;
            }
            let ptag = dom.nodes[p].tag();
            in_article[i] = in_article[p] || matches!(ptag, Tag::Article | Tag::Main);
            in_table_or_code[i] =
                in_table_or_code[p] || matches!(ptag, Tag::Table | Tag::Code | Tag::Pre);
        }
        if node.element().is_none() {
            continue;
        }
        if flags.strip_unlikely {
            let title = related_block_title(
                dom,
                &dead,
                i as NodeId,
                full,
                &holds_main,
                flags.article_page,
            );
            if let Some(title) = title {
                // The title of a related-posts block: it and what follows
                // it in its container are the block.
                dead[i] = true;
                dead[title as usize] = true;
                cut[dom.node(title).parent as usize] = true;
                continue;
            }
        }
        if holds_main[i] {
            // A wrapper around the page's main landmark ("flex-wrap-footer"
            // around everything) is not chrome, whatever its class says.
            continue;
        }
        if flags.strip_unlikely && is_fill_in_form(dom, i as NodeId, full[i]) {
            dead[i] = true;
            continue;
        }
        dead[i] = match is_chrome(
            dom,
            i as NodeId,
            full,
            in_article[i],
            // On a product page, the blocks around its name are its own header.
            holds_h1[i] && flags.product_page,
            in_table_or_code[i],
            flags,
        ) {
            Chrome::Byline => {
                bylines = true;
                true
            }
            Chrome::Yes => true,
            Chrome::No => false,
        };
    }
    (dead, bylines)
}

/// The later renderings of a block, each mapped to its first (see
/// [`later_twins`]).
pub(crate) type Twins = HashMap<NodeId, NodeId>;

/// A block is rendered twice (see [`later_twins`]) only when its text is at
/// least this long, in characters: short siblings say the same thing by
/// chance ("Add to cart" on every card).
const TWIN_MIN_CHARS: u32 = 300;

/// The second (and third) renderings of one block for other screen sizes:
/// the elements holding two paragraphs or laying out blocks ([`is_layout`])
/// whose text is the same as an earlier sibling's, at least
/// [`TWIN_MIN_CHARS`] long. A page builder writes its desktop, tablet and
/// phone layouts one after the other and lets CSS show one of them
/// ("view--lrg"/"view--sml", hashed classes), with classes no rule can
/// read; a reader sees the text once. Texts are compared only between
/// siblings of equal length, so the page's text is rarely read twice.
/// Framer's variants are told by their class instead ([`framer_variants`]).
/// Maps each later twin to the first (a first that is itself a twin, to
/// that one's); the later one is left out when the first is kept (a
/// builder's desktop layout may be chrome by its class where the phone's
/// is not).
pub(crate) fn later_twins(dom: &Dom, full: &[Sizes]) -> Twins {
    let mut twins = HashMap::new();
    // The long children of one parent, as (text length, node id).
    let mut long: Vec<(u32, NodeId)> = Vec::new();
    for node in &dom.nodes {
        framer_variants(dom, &node.children, &mut twins);
        long.clear();
        long.extend(node.children.iter().filter_map(|&c| {
            let sizes = full.get(c as usize)?;
            (sizes.text >= TWIN_MIN_CHARS && (sizes.paragraphs >= 2 || is_layout(dom, c)))
                .then_some((sizes.text, c))
        }));
        if long.len() < 2 {
            continue;
        }
        // Equal lengths side by side, each run in document order.
        long.sort_unstable();
        for run in long.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            let mut seen = HashMap::with_capacity(run.len());
            for &(_, id) in run {
                match seen.entry(crate::measure::text_of(dom, &[], id)) {
                    Entry::Occupied(first) => {
                        twins.insert(id, *first.get());
                    }
                    Entry::Vacant(slot) => {
                        slot.insert(id);
                    }
                }
            }
        }
    }
    // A Framer set whose first repeats an earlier block's text: its other
    // variants go with the earlier block too.
    let roots: Vec<(NodeId, NodeId)> = twins
        .iter()
        .filter_map(|(&later, &first)| twins.get(&first).map(|&root| (later, root)))
        .collect();
    for (later, root) in roots {
        twins.insert(later, twins.get(&root).copied().unwrap_or(root));
    }
    twins
}

/// Framer renders a component once per screen size, as sibling
/// `class="ssr-variant hidden-…"` wrappers, each `hidden-…` class hiding it
/// at one size; they need not say the same words (a phone's layout
/// shortens a heading). Notes every variant of a set as the twin of the
/// set's first. A set is a run of variants seen at different sizes: one
/// that shows at a size an earlier one of the run shows at begins the next
/// component's set. The sizes are the `hidden-…` classes of the run.
fn framer_variants(dom: &Dom, siblings: &[NodeId], twins: &mut Twins) {
    let variants = |run: &[NodeId]| -> Vec<(NodeId, Vec<&str>)> {
        run.iter()
            .filter_map(|&c| {
                let el = dom.element(c)?;
                let hides = el
                    .class
                    .split_ascii_whitespace()
                    .filter(|t| t.starts_with("hidden-"));
                Some((c, hides.collect()))
            })
            .collect()
    };
    let is_variant = |c: &NodeId| {
        dom.element(*c)
            .is_some_and(|e| e.first_class() == FRAMER_VARIANT)
    };
    if !siblings.iter().any(is_variant) {
        return;
    }
    let elements: Vec<NodeId> = siblings
        .iter()
        .copied()
        .filter(|&c| dom.element(c).is_some())
        .collect();
    for run in elements.chunk_by(|a, b| is_variant(a) == is_variant(b)) {
        if run.len() < 2 || !is_variant(&run[0]) {
            continue;
        }
        let run = variants(run);
        let mut sizes: Vec<&str> = run.iter().flat_map(|(_, h)| h.iter().copied()).collect();
        sizes.sort_unstable();
        sizes.dedup();
        // The set's first variant, and the sizes its variants show at.
        let mut first = run[0].0;
        let mut shown: Vec<&str> = Vec::new();
        for (id, hides) in &run {
            let shows = sizes.iter().copied().filter(|s| !hides.contains(s));
            if shown.is_empty() || shows.clone().any(|s| shown.contains(&s)) {
                first = *id;
                shown.clear();
            } else {
                twins.insert(*id, first);
            }
            shown.extend(shows);
        }
    }
}

/// The first class of a Framer variant (see [`framer_variants`]).
const FRAMER_VARIANT: &str = "ssr-variant";

/// Does element `id` lay out blocks (at least two block children), rather
/// than being one paragraph? (A paragraph may be quoted twice on purpose.)
fn is_layout(dom: &Dom, id: NodeId) -> bool {
    dom.element(id).is_some()
        && dom
            .node(id)
            .children
            .iter()
            .filter(|&&c| dom.element(c).is_some_and(|e| e.tag.is_block()))
            .nth(1)
            .is_some()
}

/// A link drawn as a button is a call to action when its text is shorter
/// than this (a card's whole teaser wrapped in a "btn" link is not).
const BUTTON_MAX_CHARS: u32 = 60;

/// The page's links drawn as buttons ([`rules::button_class`]: "Shop now",
/// "Book a lesson", "Seller's other items"), found once per page for
/// [`mark_calls_to_action`].
pub(crate) fn button_links(dom: &Dom) -> Vec<NodeId> {
    (0..dom.nodes.len() as NodeId)
        .filter(|&id| {
            dom.element(id)
                .is_some_and(|el| el.tag == Tag::A && rules::button_class(&el.class))
        })
        .collect()
}

/// Once the content is chosen and cleaned: marks the short ones of the
/// page's button links (see [`button_links`]) as not content, as a
/// `<button>` never is. Done last, so that they still count in scoring and
/// cleaning as the links they are (a block of calls to action is
/// link-dense), only their text is left out.
pub(crate) fn mark_calls_to_action(
    buttons: &[NodeId],
    dead: &mut [bool],
    stats: &[crate::measure::Stats],
) {
    for &id in buttons {
        let i = id as usize;
        if stats[i].text < BUTTON_MAX_CHARS {
            dead[i] = true;
        }
    }
}

/// Is `id` the heading of a list of other pages ("Related posts",
/// "Latest news", "More from the author"), by its class
/// ([`rules::RELATED_HEADING`]) or by its whole text
/// ([`rules::related_title`]; not an `<h1>`, the page's own title)?
/// Returns the node the list follows in its container: the heading, or
/// the wrappers that hold only it (a page builder wraps each heading in a
/// widget of its own). Never one whose container is `<body>` or holds the
/// page's `<main>`: the rest of the page is not the list. With
/// `author_box` (on a declared article), an "About the author" section
/// (the writer's bio below the story) is such a block too; elsewhere it
/// may be what the page is about (a book's page in a shop).
fn related_block_title(
    dom: &Dom,
    dead: &[bool],
    id: NodeId,
    full: &[Sizes],
    holds_main: &[bool],
    author_box: bool,
) -> Option<NodeId> {
    let el = dom.element(id)?;
    let level = el.tag.heading_level()?;
    let titled = rules::RELATED_HEADING.matches(&el.class)
        || (level > 1 && full[id as usize].text as usize <= rules::RELATED_TITLE_MAX_CHARS && {
            let text = crate::measure::text_of(dom, dead, id).to_lowercase();
            rules::related_title(&text) || (author_box && rules::author_section_title(&text))
        });
    if !titled {
        return None;
    }
    let mut title = id;
    loop {
        let parent = dom.node(title).parent;
        if parent == NO_PARENT || !dom.below_body(parent) || holds_main[parent as usize] {
            return None;
        }
        let wrapper = dom.node(parent).children.len() == 1
            && full[parent as usize].text == full[id as usize].text;
        if !wrapper {
            return Some(title);
        }
        title = parent;
    }
}

/// Which nodes hold the page's first `<h1>` (its title, on a product page
/// the product's name): a block named "header" around it is the product's
/// own header, not the site's.
fn holds_first_h1(dom: &Dom) -> Vec<bool> {
    let mut holds = vec![false; dom.nodes.len()];
    let Some(h1) = (0..dom.nodes.len()).find(|&i| dom.nodes[i].tag() == Tag::H1) else {
        return holds;
    };
    let mut at = dom.nodes[h1].parent;
    while at != NO_PARENT {
        holds[at as usize] = true;
        at = dom.nodes[at as usize].parent;
    }
    holds
}

/// Which elements hold a `<main>` element or `role="main"` below them.
/// Parents come before their children in the arena, so one backward sweep
/// carries the mark up.
fn holds_main(dom: &Dom) -> Vec<bool> {
    let mut holds = vec![false; dom.nodes.len()];
    for (i, node) in dom.nodes.iter().enumerate().rev() {
        let parent = node.parent;
        if parent == NO_PARENT {
            continue;
        }
        if node.element().is_some_and(|el| el.is_main()) || holds[i] {
            holds[parent as usize] = true;
        }
    }
    holds
}

/// A `<form>` the reader fills in (a contact, sign-up or quote form with a
/// visible text box, menu or text area) and little else: its text is
/// labels, hints and validation notes, never the content. A form that
/// wraps the whole page (ASP.NET's "form1") holds more than
/// [`FORM_MAX_CHARS`] (pruning it would leave the strict pass nothing);
/// a form without fields to fill (old Reddit renders each comment as one)
/// is not one. Pruned on the strict pass only, like class-named chrome.
fn is_fill_in_form(dom: &Dom, id: NodeId, size: Sizes) -> bool {
    dom.tag(id) == Tag::Form
        && size.text < FORM_MAX_CHARS
        && dom.fill_in_forms.binary_search(&id).is_ok()
}

/// Does `id` hold a form with a field to fill in (a search box, a sign-up
/// form; see [`Dom::fill_in_forms`])? A subtree's nodes follow it in the
/// arena without a gap, so only the first such form after `id` can be
/// inside it.
fn holds_fill_in_form(dom: &Dom, id: NodeId) -> bool {
    let forms = &dom.fill_in_forms;
    forms
        .get(forms.partition_point(|&f| f <= id))
        .is_some_and(|&f| dom.is_ancestor(id, f))
}

/// See [`is_fill_in_form`].
const FORM_MAX_CHARS: u32 = 1000;

/// Why an element is chrome, if it is.
enum Chrome {
    No,
    Yes,
    /// Byline scaffolding (kept with [`PruneFlags::keep_bylines`]).
    Byline,
}

fn is_chrome(
    dom: &Dom,
    id: NodeId,
    full: &[Sizes],
    in_article: bool,
    holds_title: bool,
    in_table_or_code: bool,
    flags: PruneFlags,
) -> Chrome {
    let Some(el) = dom.element(id) else {
        return Chrome::No;
    };
    let stats = full[id as usize];
    if let Some(by_tag) = chrome_by_tag(el, in_article, flags) {
        return if by_tag { Chrome::Yes } else { Chrome::No };
    }
    // A `<header>` inside `<main>` or `<article>` that holds a search box
    // or a sign-in form is the site's header, put there by an app shell whose `<main>`
    // wraps the whole page: an article's own header never has one.
    if el.tag == Tag::Header && holds_fill_in_form(dom, id) {
        return Chrome::Yes;
    }
    if !flags.keep_captions && is_caption(dom, id, full, flags.article_page) {
        return Chrome::Yes;
    }
    if !flags.keep_bylines
        && is_byline(el)
        && stats.text < BYLINE_MAX_CHARS
        && stats.paragraphs <= 1
    {
        return Chrome::Byline;
    }
    if chrome_by_hints(el, stats, in_article, holds_title, in_table_or_code, flags) {
        Chrome::Yes
    } else {
        Chrome::No
    }
}

/// A photo caption outside `<figcaption>`: a theme's caption markup
/// ("wp-caption-text") on any page, and, on a declared article, a short
/// block whose class says "caption" or the text beside a picture in its
/// box ([`picture_caption`]). (Elsewhere such blocks are a card's text: a
/// shop's product tiles.)
fn is_caption(dom: &Dom, id: NodeId, full: &[Sizes], article_page: bool) -> bool {
    let Some(el) = dom.element(id) else {
        return false;
    };
    let stats = full[id as usize];
    el.class.contains("caption-text")
        || (article_page
            && ((el.class.contains("caption")
                && stats.text < CAPTION_MAX_CHARS
                && stats.paragraphs <= 1)
                || picture_caption(dom, id, full)))
}

/// The text beside a picture in a box named for it
/// (`<div class="image"><img><p>In this 2006 photo, …</p></div>`): a
/// caption a theme wrote without `<figure>`. The box holds a picture as a
/// direct child (or a link around one), caption-sized text, at most one
/// paragraph; its class says "image", "img", "photo" or "picture". The
/// caption is a `<p>`, `<span>` or `<div>` without links; a box that is
/// itself a link, or stands beside another of its class, is a card. The
/// picture stays.
fn picture_caption(dom: &Dom, id: NodeId, full: &[Sizes]) -> bool {
    let node = dom.node(id);
    // Caption markup: a paragraph or a span of plain text, not a card's
    // heading or link.
    let own = full[id as usize];
    if !matches!(node.tag(), Tag::P | Tag::Span | Tag::Div) || own.text == 0 || own.links > 0 {
        return false;
    }
    if node.parent == NO_PARENT {
        return false;
    }
    let Some(parent) = dom.element(node.parent).filter(|p| p.tag != Tag::A) else {
        return false;
    };
    let sizes = full[node.parent as usize];
    let picture = |c: NodeId| match dom.node(c).tag() {
        Tag::Img | Tag::Picture => true,
        Tag::A => dom
            .node(c)
            .children
            .iter()
            .any(|&g| matches!(dom.node(g).tag(), Tag::Img | Tag::Picture)),
        _ => false,
    };
    if sizes.text >= PICTURE_CAPTION_MAX_CHARS
        || sizes.paragraphs > 1
        || !rules::PICTURE_BOX.matches(&parent.class)
        || !dom.node(node.parent).children.iter().any(|&c| picture(c))
    {
        return false;
    }
    // A box next to another of its class is a card of a grid, its text the
    // card's title or price, not a caption.
    let grandparent = dom.node(node.parent).parent;
    if grandparent == NO_PARENT {
        return false;
    }
    // Children are in document order, as their ids are: a binary search
    // keeps a gallery of thousands of boxes linear.
    let siblings = &dom.node(grandparent).children;
    let Ok(at) = siblings.binary_search(&node.parent) else {
        return false;
    };
    let same_class = |c: Option<&NodeId>| {
        c.and_then(|&c| dom.element(c))
            .is_some_and(|e| e.class == parent.class)
    };
    let is_element = |c: &&NodeId| dom.element(**c).is_some();
    !same_class(siblings[..at].iter().rev().find(is_element))
        && !same_class(siblings[at + 1..].iter().find(is_element))
}

/// A caption beside its picture ([`picture_caption`]) may run longer than a
/// classed caption block: news agencies' photo captions are a sentence or
/// two.
const PICTURE_CAPTION_MAX_CHARS: u32 = 400;

/// Chrome by tag alone (navigation, footers, figure captions, tag links),
/// `None` when the tag does not decide.
fn chrome_by_tag(el: &crate::dom::Element, in_article: bool, flags: PruneFlags) -> Option<bool> {
    Some(match el.tag {
        // Site navigation never holds the article.
        Tag::Nav => true,
        // Figure captions and photo credits are not article text (human
        // annotations leave them out); kept only when recall is asked for.
        Tag::Figcaption if !flags.keep_captions => true,
        // Page and article footers: tags, share bars, copyright.
        Tag::Footer => true,
        // Sidebars; on the lenient passes only those outside <main> and
        // <article> (a short post's retry read the rail's sign-up box).
        Tag::Aside if flags.strip_unlikely || !in_article => true,
        // The site header, on every pass (a lenient retry that keeps it
        // reads its category flyout as content); an article's own <header>
        // (title, byline, lead) and one inside <main> stay, unless it holds
        // a form to fill in (see `is_chrome`).
        Tag::Header if !in_article => true,
        // Links to tag archives (`rel="tag"`) are a tag list, never prose.
        Tag::A => el
            .attr(Attr::Rel)
            .is_some_and(|r| r.split_ascii_whitespace().any(|t| t == "tag")),
        Tag::Body | Tag::Html | Tag::Root => false,
        _ => return None,
    })
}

/// Chrome by role, class and id hints; `holds_title` says the element
/// holds a product page's name (see [`holds_first_h1`]).
fn chrome_by_hints(
    el: &crate::dom::Element,
    stats: Sizes,
    in_article: bool,
    holds_title: bool,
    in_table_or_code: bool,
    flags: PruneFlags,
) -> bool {
    // Consent banners and modal dialogs are never the content, even on a
    // retry.
    let dialog = el
        .attr(Attr::Role)
        .is_some_and(|r| matches!(r.trim(), "dialog" | "alertdialog"));
    // A dialog that does not block the page (aria-modal="false": a shop's
    // description drawer, an info sheet) is only an unlikely candidate,
    // which a lenient retry may keep; a modal one never is content.
    let non_modal = dialog
        && el
            .attr(Attr::AriaModal)
            .is_some_and(|m| m.trim() == "false");
    if (dialog && !non_modal)
        || rules::CONSENT.matches(&el.class)
        || rules::CONSENT.matches(&el.id)
        || rules::REVIEW_WIDGET.matches(&el.class)
        || rules::REVIEW_WIDGET.matches(&el.id)
        || rules::modal_class(&el.class)
        || post_chrome(el, stats)
    {
        return true;
    }
    // A product page's reviews and carousels of other products: removed on
    // every pass, since on such pages they often outweigh the description.
    if flags.product_page
        && (rules::PRODUCT_NOISE.matches(&el.class) || rules::PRODUCT_NOISE.matches(&el.id))
    {
        return true;
    }
    // Landmark roles of the page's chrome: on the strict pass anywhere, on
    // the lenient ones outside <main>/<article>, as `<aside>` is.
    if (flags.strip_unlikely || !in_article)
        && el.attr(Attr::Role).is_some_and(rules::unlikely_role)
    {
        return true;
    }
    // Comment sections: below a page's lone story, outside its
    // `<article>`/`<main>`, on every pass; and on a lenient retry that must
    // leave them out (a short post under a long discussion is the post),
    // anywhere but an `<article>`/`<main>` itself.
    let comments_out = (flags.story_comments && !in_article)
        || (!flags.strip_unlikely
            && flags.drop_comments
            && !matches!(el.tag, Tag::Article | Tag::Main));
    if comments_out && rules::comment_section(&el.class, &el.id) {
        return true;
    }
    if !flags.strip_unlikely {
        return false;
    }
    if in_table_or_code || named_by_markup(el) {
        return false;
    }
    let discussion = flags.keep_discussion
        && (rules::DISCUSSION.matches(&el.class)
            || rules::DISCUSSION.matches(&el.id)
            || el
                .attr(Attr::ItemProp)
                .is_some_and(|p| p.contains("comment")));
    named_unlikely(el, in_article || holds_title) && !discussion && !is_prose(el, stats)
}

/// A forum poster's profile box or signature: short, and named so by its
/// class or id; not a layout box named after it ("postprofile_container",
/// the wrapper of a theme's posts, holds the thread).
fn post_chrome(el: &crate::dom::Element, stats: Sizes) -> bool {
    let id = el.naming_id();
    let layout = |name: &str| name.contains("container") || name.contains("wrap");
    stats.text < POST_CHROME_MAX_CHARS
        && (rules::POST_CHROME.matches(&el.class) || rules::POST_CHROME.matches(id))
        && !layout(&el.class)
        && !layout(id)
        && !rules::MAYBE.matches(&el.class)
        && !rules::MAYBE.matches(id)
        && !named_by_markup(el)
}

/// See [`post_chrome`].
const POST_CHROME_MAX_CHARS: u32 = 1000;

/// The markup says what the element is, whatever its class names:
/// `<article>`, `<main>`, a heading, `itemprop="articleBody"`
/// ("node--promoted" is a theme flag, not a promotion).
fn named_by_markup(el: &crate::dom::Element) -> bool {
    matches!(el.tag, Tag::Article | Tag::Main)
        || el.tag.heading_level().is_some()
        || el
            .attr(Attr::ItemProp)
            .is_some_and(|p| p.contains("articleBody"))
}

/// Does the class or id (not a `<section>`'s id) name a part of the page
/// that is not content ([`rules::unlikely`], unless [`rules::MAYBE`] says it
/// may be the article)? Inside `<article>` or `<main>`, "header" names the
/// article's own header (title, lead, notes), as an article's `<header>` is.
fn named_unlikely(el: &crate::dom::Element, in_article: bool) -> bool {
    let (class, id) = (&*el.class, el.naming_id());
    if !(rules::unlikely(class) || rules::unlikely(id))
        || rules::MAYBE.matches(class)
        || rules::MAYBE.matches(id)
    {
        return false;
    }
    let own_header = in_article
        && (class.contains("header") || id.contains("header"))
        && !rules::unlikely(&class.replace("header", ""))
        && !rules::unlikely(&id.replace("header", ""));
    !own_header
}

/// A "read more" expansion or a "supplemental" section that holds pages
/// of prose: a widget's class names a box of links, not this. Legal small
/// print ([`rules::LEGAL`]) is long prose by nature and not this either.
fn is_prose(el: &crate::dom::Element, s: Sizes) -> bool {
    s.text >= PROSE_MIN_CHARS
        && s.paragraphs >= 3
        && s.link_density() < 0.1
        && !rules::DISCUSSION.matches(&el.class)
        && !rules::DISCUSSION.matches(&el.id)
        && !rules::LEGAL.matches(&el.class)
        && !rules::LEGAL.matches(&el.id)
}

/// See [`is_prose`].
const PROSE_MIN_CHARS: u32 = 1000;

/// Byline and dateline scaffolding: `rel=author`, `itemprop=author`, or a
/// class/id from [`rules::BYLINE`].
fn is_byline(el: &crate::dom::Element) -> bool {
    if el.tag.heading_level().is_some() || matches!(el.tag, Tag::Article | Tag::Main | Tag::Body) {
        return false;
    }
    if el.attr(Attr::Rel).is_some_and(|r| r.contains("author")) {
        return true;
    }
    if el.attr(Attr::ItemProp).is_some_and(|p| {
        p.contains("author") || p.contains("datePublished") || p.contains("dateModified")
    }) {
        return true;
    }
    // "articleBody" and friends are never bylines even if their class says "post-meta".
    if rules::POSITIVE.matches(&el.class) && el.class.contains("body") {
        return false;
    }
    rules::BYLINE.matches(&el.class) || rules::BYLINE.matches(&el.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids of the elements whose first class is `class`.
    fn with_class(dom: &Dom, class: &str) -> Vec<NodeId> {
        (0..dom.nodes.len() as NodeId)
            .filter(|&id| dom.element(id).is_some_and(|e| e.first_class() == class))
            .collect()
    }

    /// The element whose id is `name` (`NodeId::MAX` when none is).
    fn with_id(dom: &Dom, name: &str) -> NodeId {
        (0..dom.nodes.len() as NodeId)
            .find(|&i| dom.element(i).is_some_and(|e| &*e.id == name))
            .unwrap_or(NodeId::MAX)
    }

    fn layout(class: &str, text: &str) -> String {
        format!("<div class=\"{class}\"><h2>Plan</h2><p>{text}</p><p>{text}</p></div>")
    }

    #[test]
    fn a_block_rendered_again_for_another_screen_is_a_twin_of_the_first() {
        let text = "Every drawer of a small kitchen has to earn its place. ".repeat(4);
        let body = format!(
            "{}{}{}",
            layout("desktop", &text),
            layout("phone", &text),
            layout("other", &text.replace("drawer", "shelf"))
        );
        let dom = Dom::parse_for_test(&format!("<html><body>{body}</body></html>"));
        let twins = later_twins(&dom, &crate::measure::sizes(&dom));
        let (desktop, phone) = (with_class(&dom, "desktop")[0], with_class(&dom, "phone")[0]);
        assert_eq!(twins.get(&phone), Some(&desktop));
        // Same length, other words: not a twin.
        assert_eq!(twins.len(), 1);
    }

    #[test]
    fn framer_variants_of_one_component_are_twins_of_the_first() {
        // Two components, each rendered for three sizes (a, b, c); the
        // phone's heading is shorter. Then a lone variant after a plain
        // element, and a component whose desktop rendering is not a variant.
        let v = |name: &str, hides: &str, text: &str| {
            format!("<div class=\"ssr-variant {hides}\" id=\"{name}\"><h2>{text}</h2></div>")
        };
        let body = [
            v("a1", "hidden-b hidden-c", "Plan your kitchen first"),
            v("a2", "hidden-a hidden-c", "Plan your kitchen first"),
            v("a3", "hidden-a hidden-b", "Plan first"),
            v("b1", "hidden-b hidden-c", "Light it well"),
            v("b2", "hidden-a", "Light it"),
            "<p>Between</p>".to_string(),
            v("c1", "hidden-c", "Alone"),
        ]
        .concat();
        let dom = Dom::parse_for_test(&format!("<html><body><div>{body}</div></body></html>"));
        let id = |name: &str| with_id(&dom, name);
        let twins = later_twins(&dom, &crate::measure::sizes(&dom));
        assert_eq!(twins.get(&id("a2")), Some(&id("a1")));
        assert_eq!(twins.get(&id("a3")), Some(&id("a1")));
        // b1 shows at "a" as a1 does: the next component.
        assert_eq!(twins.get(&id("b1")), None);
        assert_eq!(twins.get(&id("b2")), Some(&id("b1")));
        assert_eq!(twins.get(&id("c1")), None);
        assert_eq!(twins.len(), 3);
    }

    #[test]
    fn a_framer_set_that_repeats_an_earlier_block_goes_with_it() {
        let text = "Every drawer of a small kitchen has to earn its place. ".repeat(4);
        let v = |name: &str, hides: &str, words: &str| {
            format!(
                "<div class=\"ssr-variant {hides}\" id=\"{name}\"><p>{words}</p><p>{words}</p></div>"
            )
        };
        let body = [
            v("a1", "hidden-b", &text),
            v("a2", "hidden-a", "Plan first"),
            v("b1", "hidden-b", &text),
            v("b2", "hidden-a", "Plan it"),
        ]
        .concat();
        let dom = Dom::parse_for_test(&format!("<html><body><div>{body}</div></body></html>"));
        let id = |name: &str| with_id(&dom, name);
        let twins = later_twins(&dom, &crate::measure::sizes(&dom));
        assert_eq!(twins.get(&id("b1")), Some(&id("a1")));
        assert_eq!(twins.get(&id("b2")), Some(&id("a1")));
    }

    #[test]
    fn short_blocks_and_single_paragraphs_are_never_twins() {
        let long = "A paragraph quoted twice, on purpose, by its writer. ".repeat(8);
        let short = "<div class=\"card\"><p>Add to cart</p><p>$20</p></div>".repeat(3);
        let dom = Dom::parse_for_test(&format!(
            "<html><body><p>{long}</p><p>{long}</p>{short}</body></html>"
        ));
        assert!(later_twins(&dom, &crate::measure::sizes(&dom)).is_empty());
    }

    #[test]
    fn the_later_twin_stays_when_the_first_is_chrome() {
        let text = "Every drawer of a small kitchen has to earn its place. ".repeat(4);
        let body = format!("{}{}", layout("sidebar", &text), layout("phone", &text));
        let dom = Dom::parse_for_test(&format!("<html><body>{body}</body></html>"));
        let full = crate::measure::sizes(&dom);
        let flags = PruneFlags {
            strip_unlikely: true,
            keep_captions: false,
            keep_discussion: false,
            product_page: false,
            article_page: false,
            drop_comments: false,
            story_comments: false,
            keep_bylines: false,
        };
        let dead = mark(&dom, &full, &later_twins(&dom, &full), flags);
        let (first, later) = (with_class(&dom, "sidebar")[0], with_class(&dom, "phone")[0]);
        assert!(dead[first as usize] && !dead[later as usize]);
    }
}
