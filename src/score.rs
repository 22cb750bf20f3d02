//! Find the main body: score containers by the paragraphs they hold.
//!
//! Every paragraph-like block (a `<p>`, `<pre>`, `<td>`, a sub-heading, a
//! `<div>` that holds only inline content, or a run of loose inline content
//! inside a `<div>`) with at least 25 characters gives its ancestors points for
//! its length and its commas, halving and then thirding with distance. A
//! container's points are then discounted by its link density and weighted by
//! its class/id hints. The best container wins (`<body>` only when no
//! container has half its points); when several strong candidates
//! share an ancestor, that ancestor wins instead; a winner inside a block
//! whose class says gallery, widget or related climbs out of it; a winning
//! table stands for its container (its heading and introduction are beside
//! it); and siblings of the winner that look like more of the same article
//! (by score, by class, as sections opened by a heading of the same
//! level, or as the FAQ block a post ends with: named "faq", or a list
//! whose items open with questions) are kept with it, so an article split
//! by ads or inserts comes back whole; a winner that is the page's
//! `<main>` landmark keeps none (what lies outside it is chrome). On a
//! product or undeclared page, the lead printed under the title, in the
//! title's own box before the chosen content, opens it ([`lead_after_title`]).
//!
//! This module only chooses nodes. What is removed *inside* the chosen nodes
//! is [`crate::clean`]'s decision.

use crate::dom::{Attr, Dom, NodeId, Tag, NO_PARENT};
use crate::measure::Stats;
use crate::rules;

/// Paragraphs shorter than this give no points.
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// How many ancestors of a paragraph receive points.
const ANCESTOR_LEVELS: usize = 5;
/// When `<body>` scores best, a container with this share of its score is
/// chosen instead.
const BODY_SHARE: f32 = 0.5;
/// How many of the best candidates are kept for the shared-ancestor check
/// (8, not Readability's 5: a page of many similar sections finds three
/// near-equal ones more often; wcxb-dev +0.0006).
const TOP_CANDIDATES: usize = 8;

/// What scoring chose.
#[derive(Debug, Clone)]
pub(crate) struct Selection {
    /// The nodes to extract, in document order (the winner and the siblings
    /// kept with it).
    pub nodes: Vec<NodeId>,
    /// Final score of the winner (0 when the page had no scorable text).
    pub score: f32,
}

/// Per-node class/id weight: [`hint_weight`] of `class` and of the naming
/// id ([`crate::dom::Element::naming_id`]: not a section's slug), and
/// +25 for an `itemprop` that says article body or text.
pub(crate) fn class_weight(dom: &Dom, id: NodeId) -> f32 {
    let Some(el) = dom.element(id) else {
        return 0.0;
    };
    let mut w = hint_weight(&el.class) + hint_weight(el.naming_id());
    if el
        .attr(Attr::ItemProp)
        .is_some_and(|p| p.contains("articleBody") || p.contains("text"))
    {
        w += 25.0;
    }
    w
}

/// The weight of one class or id string: -25 for a negative hint, +25 for a
/// positive one (both may apply).
pub(crate) fn hint_weight(s: &str) -> f32 {
    if s.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    let bare = rules::without_modifiers(s);
    if (rules::NEGATIVE.matches(&bare) || rules::WEAK_NEGATIVE.matches(&bare))
        && !rules::NOT_NEGATIVE.matches(s)
    {
        w -= 25.0;
    }
    if rules::POSITIVE.matches(s) {
        w += 25.0;
    }
    w
}

fn tag_weight(tag: Tag) -> f32 {
    match tag {
        Tag::Div | Tag::Article | Tag::Main => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th => -5.0,
        _ => 0.0,
    }
}

/// Tags whose presence makes a `<div>` a container rather than a paragraph:
/// Readability's list ([`readability_div_block`]) and the sectioning,
/// figure and heading tags.
fn is_div_block(tag: Tag) -> bool {
    readability_div_block(tag)
        || matches!(tag, Tag::Section | Tag::Article | Tag::Figure)
        || tag.heading_level().is_some()
}

/// The block tags that keep Readability from reading a `<div>` as a
/// paragraph (its `DIV_TO_P_ELEMS`).
pub(crate) fn readability_div_block(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Blockquote
            | Tag::Dl
            | Tag::Div
            | Tag::Img
            | Tag::Ol
            | Tag::P
            | Tag::Pre
            | Tag::Table
            | Tag::Ul
    )
}

/// For every node: does its subtree (excluding itself) hold a block element?
pub(crate) fn block_descendants(dom: &Dom, dead: &[bool]) -> Vec<bool> {
    let n = dom.nodes.len();
    let mut has = vec![false; n];
    for i in (1..n).rev() {
        if dead[i] {
            continue;
        }
        let node = &dom.nodes[i];
        let p = node.parent;
        if p != NO_PARENT && (has[i] || is_div_block(node.tag())) {
            has[p as usize] = true;
        }
    }
    has
}

/// Scores the page and chooses the main body; with `lead`, the paragraphs
/// under the title open it ([`lead_after_title`]).
pub(crate) fn select(
    dom: &Dom,
    dead: &[bool],
    stats: &[Stats],
    weight_classes: bool,
    lead: bool,
) -> Selection {
    let n = dom.nodes.len();
    let body = dom.body();
    let has_block = block_descendants(dom, dead);
    let mut acc = Accumulator {
        dom,
        weight_classes,
        score: vec![0f32; n],
        init: vec![false; n],
        candidates: Vec::new(),
    };

    for i in 1..n {
        if dead[i] {
            continue;
        }
        let node = &dom.nodes[i];
        let tag = node.tag();
        let paragraph_like = match tag {
            Tag::P
            | Tag::Td
            | Tag::Pre
            | Tag::Section
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6 => true,
            Tag::Div => !has_block[i],
            _ => false,
        };
        if paragraph_like {
            let s = stats[i];
            if s.text >= MIN_PARAGRAPH_CHARS {
                acc.give(node.parent, paragraph_points(s.text, s.commas));
            }
        } else if tag == Tag::Div {
            // Loose inline runs inside a container div count as paragraphs.
            let (mut run_text, mut run_commas) = (0u32, 0u32);
            for &c in &node.children {
                let cu = c as usize;
                if dead[cu] {
                    continue;
                }
                if !dom.tag(c).is_block() && !has_block[cu] {
                    run_text += stats[cu].text;
                    run_commas += stats[cu].commas;
                } else {
                    if run_text >= MIN_PARAGRAPH_CHARS {
                        acc.give(i as NodeId, paragraph_points(run_text, run_commas));
                    }
                    (run_text, run_commas) = (0, 0);
                }
            }
            if run_text >= MIN_PARAGRAPH_CHARS {
                acc.give(i as NodeId, paragraph_points(run_text, run_commas));
            }
        }
    }
    let Accumulator {
        mut score,
        mut init,
        candidates,
        ..
    } = acc;

    // Discount link-heavy candidates and keep the best few.
    let mut top: Vec<(NodeId, f32)> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for &c in &candidates {
        let cu = c as usize;
        score[cu] *= 1.0 - stats[cu].link_density();
        let s = score[cu];
        let pos = top.iter().position(|&(_, t)| s > t).unwrap_or(top.len());
        if pos < TOP_CANDIDATES {
            top.insert(pos, (c, s));
            top.truncate(TOP_CANDIDATES);
        }
    }

    let Some(&(mut best, _)) = top.first() else {
        return whole_body(body);
    };
    if matches!(dom.tag(best), Tag::Body | Tag::Html) {
        // `<body>` collects points from every part of the page within
        // reach; a container with half its points is the article, and the
        // rest is spread over teasers and widgets.
        let body_score = top[0].1;
        match top
            .iter()
            .find(|&&(c, _)| !matches!(dom.tag(c), Tag::Body | Tag::Html))
        {
            Some(&(c, s)) if body_score > 0.0 && s >= BODY_SHARE * body_score => best = c,
            _ => return whole_body(body),
        }
    }

    // Several near-equal candidates under one ancestor: the ancestor is the article.
    let best_score = score[best as usize];
    let alternatives: Vec<NodeId> = top[1..]
        .iter()
        .filter(|&&(_, s)| best_score > 0.0 && s / best_score >= 0.75)
        .map(|&(c, _)| c)
        .collect();
    if alternatives.len() >= 3 {
        let mut p = dom.node(best).parent;
        while dom.below_body(p) {
            let containing = alternatives
                .iter()
                .filter(|&&a| dom.is_ancestor(p, a))
                .count();
            if containing >= 3 {
                best = p;
                break;
            }
            p = dom.node(p).parent;
        }
    }
    if weight_classes {
        best = out_of_chrome(dom, best);
    }
    if !init[best as usize] {
        init[best as usize] = true;
        score[best as usize] = initial_score(dom, best, weight_classes);
    }

    // Climb while the parent scores higher: the article's wrapper holds more of it.
    let mut last = score[best as usize];
    let threshold = last / 3.0;
    let mut p = dom.node(best).parent;
    while dom.below_body(p) {
        let pu = p as usize;
        if !init[pu] {
            p = dom.node(p).parent;
            continue;
        }
        if score[pu] < threshold {
            break;
        }
        if score[pu] > last {
            best = p;
            break;
        }
        last = score[pu];
        p = dom.node(p).parent;
    }

    // An only child stands for its parent.
    let mut p = dom.node(best).parent;
    while dom.below_body(p) && live_element_children(dom, dead, p) == 1 {
        best = p;
        p = dom.node(p).parent;
    }

    // A table is part of a document: its heading and introduction live
    // beside it. (The container keeps at least the table's score, so that
    // its siblings are judged against the table.)
    if matches!(dom.tag(best), Tag::Table | Tag::Tbody | Tag::Tr) {
        if let Some(table) = dom.closest(best, Tag::Table) {
            let p = dom.node(table).parent;
            if dom.below_body(p) {
                let (b, pu) = (best as usize, p as usize);
                score[pu] = if init[pu] {
                    score[pu].max(score[b])
                } else {
                    score[b]
                };
                init[pu] = true;
                best = p;
            }
        }
    }
    if let Some(list) = repeated_container(dom, dead, stats, best) {
        best = list;
    }
    let top_score = if init[best as usize] {
        score[best as usize]
    } else {
        0.0
    };
    let mut nodes = siblings(dom, dead, stats, &score, &init, best, top_score);
    if lead {
        lead_after_title(dom, dead, stats, &mut nodes);
    }
    Selection {
        nodes,
        score: top_score,
    }
}

/// A winner inside a block whose class marks it as chrome (a photo
/// gallery's captions, a widget, a related-stories list inside the article
/// body) is a part of that block's container, not the article: climbs to
/// the parent of the outermost such block below `<body>`.
fn out_of_chrome(dom: &Dom, best: NodeId) -> NodeId {
    let mut out = best;
    let mut cur = best;
    while dom.below_body(cur) {
        let parent = dom.node(cur).parent;
        if class_weight(dom, cur) < 0.0 && dom.below_body(parent) {
            out = parent;
        }
        cur = parent;
    }
    out
}

/// Points given to ancestors while scoring.
struct Accumulator<'a> {
    dom: &'a Dom,
    weight_classes: bool,
    score: Vec<f32>,
    init: Vec<bool>,
    candidates: Vec<NodeId>,
}

impl Accumulator<'_> {
    /// Gives `points` to `first` and its ancestors, less with each level.
    fn give(&mut self, first: NodeId, points: f32) {
        let dom = self.dom;
        let mut anc = first;
        let mut level = 0usize;
        while anc != NO_PARENT && level < ANCESTOR_LEVELS && dom.tag(anc) != Tag::Root {
            let a = anc as usize;
            if !self.init[a] {
                self.init[a] = true;
                self.score[a] = initial_score(dom, anc, self.weight_classes);
                self.candidates.push(anc);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            self.score[a] += points / divider;
            anc = dom.node(anc).parent;
            level += 1;
        }
    }
}

fn initial_score(dom: &Dom, id: NodeId, weight_classes: bool) -> f32 {
    tag_weight(dom.tag(id))
        + if weight_classes {
            class_weight(dom, id)
        } else {
            0.0
        }
}

fn paragraph_points(text: u32, commas: u32) -> f32 {
    1.0 + commas as f32 + (text / 100).min(3) as f32
}

fn whole_body(body: NodeId) -> Selection {
    Selection {
        nodes: vec![body],
        score: 0.0,
    }
}

/// The elements among `ids` that are not `dead`, in order.
fn live_elements<'a>(
    dom: &'a Dom,
    dead: &'a [bool],
    ids: &'a [NodeId],
) -> impl DoubleEndedIterator<Item = NodeId> + 'a {
    ids.iter()
        .copied()
        .filter(move |&c| !dead[c as usize] && dom.element(c).is_some())
}

fn live_element_children(dom: &Dom, dead: &[bool], id: NodeId) -> usize {
    live_elements(dom, dead, &dom.node(id).children).count()
}

/// Levels above the winner searched for a list of similar items.
const REPEAT_LEVELS: usize = 8;
/// Each further item must have this much non-link text to count.
const REPEAT_MIN_CHARS: u32 = 150;

/// When the winner sits inside one of several similar items (forum posts,
/// answers, comments of a thread, sections with the same class), the
/// content is the whole list: returns the list's container.
fn repeated_container(dom: &Dom, dead: &[bool], stats: &[Stats], best: NodeId) -> Option<NodeId> {
    let mut node = best;
    for _ in 0..REPEAT_LEVELS {
        let parent = dom.node(node).parent;
        if !dom.below_body(parent) {
            return None;
        }
        let el = dom.element(node)?;
        if !el.class.is_empty() && !matches!(el.tag, Tag::Span | Tag::A | Tag::P) {
            let similar = dom
                .node(parent)
                .children
                .iter()
                .filter(|&&s| s != node && !dead[s as usize])
                .filter(|&&s| {
                    dom.element(s)
                        .is_some_and(|e| e.tag == el.tag && e.first_class() == el.first_class())
                })
                .filter(|&&s| {
                    let st = stats[s as usize];
                    st.text >= REPEAT_MIN_CHARS && st.link_density() < 0.3
                })
                .count();
            if similar >= 2 {
                return Some(parent);
            }
        }
        node = parent;
    }
    None
}

/// The last live element of `before` (the siblings before a node), if it is
/// a heading.
fn heading_before(dom: &Dom, dead: &[bool], before: &[NodeId]) -> Option<NodeId> {
    live_elements(dom, dead, before)
        .next_back()
        .filter(|&c| dom.tag(c).heading_level().is_some())
}

/// A sibling section of the winner joins it when at most this share of
/// its text is link text.
const SECTION_MAX_LINK_DENSITY: f32 = 0.5;

/// The level of the heading `id` opens with (its first live element
/// child), if it does.
fn opening_heading(dom: &Dom, dead: &[bool], id: NodeId) -> Option<u8> {
    let first = live_elements(dom, dead, &dom.node(id).children).next()?;
    dom.tag(first).heading_level()
}

/// An FAQ block beside the winner needs this much text to join it.
const FAQ_MIN_CHARS: u32 = 200;
/// How far down an FAQ block's wrappers its name is looked for.
const FAQ_LEVELS: usize = 8;

/// An FAQ written as a list: this many of a block's items open with a
/// question ...
const FAQ_MIN_QUESTIONS: usize = 3;
/// ... of at most this many bytes.
const QUESTION_MAX_BYTES: usize = 200;

/// Do at least [`FAQ_MIN_QUESTIONS`] of `node`'s element children open with
/// a short question (their first element's text ends with "?")?
fn asks_questions(dom: &Dom, dead: &[bool], node: NodeId) -> bool {
    live_elements(dom, dead, &dom.node(node).children)
        .filter_map(|item| live_elements(dom, dead, &dom.node(item).children).next())
        .filter(|&first| dom.is_short_question(first, QUESTION_MAX_BYTES))
        .nth(FAQ_MIN_QUESTIONS - 1)
        .is_some()
}

/// Is `node`, or the wrapper it holds most of its text in (followed down
/// [`FAQ_LEVELS`] levels), an FAQ: named so by its class or id, or a list
/// of questions ([`asks_questions`])?
fn holds_faq(dom: &Dom, dead: &[bool], stats: &[Stats], node: NodeId) -> bool {
    let mut cur = node;
    for _ in 0..FAQ_LEVELS {
        let Some(el) = dom.element(cur) else {
            return false;
        };
        if el.class.contains("faq")
            || el.naming_id().contains("faq")
            || asks_questions(dom, dead, cur)
        {
            return true;
        }
        let total = stats[cur as usize].text;
        let Some(&heavy) = dom
            .node(cur)
            .children
            .iter()
            .filter(|&&c| !dead[c as usize])
            .max_by_key(|&&c| stats[c as usize].text)
        else {
            return false;
        };
        if u64::from(stats[heavy as usize].text) * 10 < u64::from(total) * 8 {
            return false;
        }
        cur = heavy;
    }
    false
}

/// The winner plus the siblings that look like more of the same article
/// (none beside a winner that is the page's `<main>` landmark).
fn siblings(
    dom: &Dom,
    dead: &[bool],
    stats: &[Stats],
    score: &[f32],
    init: &[bool],
    best: NodeId,
    top_score: f32,
) -> Vec<NodeId> {
    let parent = dom.node(best).parent;
    // The page's main landmark holds what the page marks as its content:
    // what lies beside it is not more of the same.
    if parent == NO_PARENT || dom.element(best).is_some_and(|e| e.is_main()) {
        return vec![best];
    }
    let threshold = (top_score * 0.2).max(10.0);
    let best_class = dom.element(best).map_or("", |e| &*e.class);
    let best_tag = dom.tag(best);
    let best_heading = opening_heading(dom, dead, best);
    let mut out = Vec::new();
    let children = &dom.node(parent).children;
    for (pos, &s) in children.iter().enumerate() {
        let su = s as usize;
        if dead[su] {
            continue;
        }
        let Some(el) = dom.element(s) else { continue };
        if s == best {
            out.push(s);
            continue;
        }
        let mut bonus = 0.0;
        if !best_class.is_empty() && *el.class == *best_class {
            bonus += top_score * 0.2;
        }
        if init[su] && score[su] + bonus >= threshold {
            out.push(s);
            continue;
        }
        let st = stats[su];
        if best_heading.is_some()
            && el.tag == best_tag
            && opening_heading(dom, dead, s) == best_heading
            && st.link_density() < SECTION_MAX_LINK_DENSITY
        {
            // A section like the winner: the same container, opened by a
            // heading of the same level (a page written as a run of
            // `<div><h4>…</h4>…</div>` blocks, one per topic).
            out.push(s);
            continue;
        }
        if st.text >= FAQ_MIN_CHARS && st.link_density() < 0.25 && holds_faq(dom, dead, stats, s) {
            // The questions and answers a post ends with, in a block of
            // their own after the body (too deep for paragraph points to
            // reach it).
            out.push(s);
            continue;
        }
        if el.tag == Tag::Table && crate::clean::is_data_table(dom, s) && st.link_density() < 0.25 {
            // A data table beside the body (a spec sheet) belongs to it;
            // so does the heading that introduces it.
            if let Some(h) = heading_before(dom, dead, &children[..pos]) {
                if !out.contains(&h) {
                    out.push(h);
                }
            }
            out.push(s);
            continue;
        }
        let paragraph = el.tag == Tag::P
            || (el.tag == Tag::Div && st.paragraphs == 0 && st.images == 0 && st.items == 0);
        if paragraph && st.text > 0 {
            let ld = st.link_density();
            if st.text > 80 && ld < 0.25 {
                out.push(s);
            } else if st.text < 80 && ld == 0.0 {
                let text = crate::measure::text_of(dom, dead, s);
                if text.contains(". ") || text.trim_end().ends_with('.') {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// The lead under the page's title: the paragraphs of at least
/// [`LEAD_MIN_CHARS`] and few links that share a box with the title (its
/// first live `<h1>`, up to [`LEAD_BOX_LEVELS`] above it) when that box
/// lies before the chosen content and outside it. A shop prints the
/// product's summary under its name in the buy box, a service page its
/// opening sentence under the hero's title, and the description or
/// sections below score without them. (A news article's standfirst is not
/// its body: the caller asks for this on product and undeclared pages
/// only.)
fn lead_after_title(dom: &Dom, dead: &[bool], stats: &[Stats], nodes: &mut Vec<NodeId>) {
    let Some(&first) = nodes.first() else { return };
    // Before `first` in document order, so outside every chosen node.
    let Some(h1) = (1..first as usize).find(|&i| !dead[i] && dom.nodes[i].tag() == Tag::H1) else {
        return;
    };
    let mut banner = h1 as NodeId;
    for _ in 0..LEAD_BOX_LEVELS {
        if banner != NO_PARENT {
            banner = dom.node(banner).parent;
        }
    }
    if banner == NO_PARENT || dom.is_ancestor(banner, first) {
        return;
    }
    let lead: Vec<NodeId> = (h1 + 1..first as usize)
        .filter(|&i| !dead[i] && dom.nodes[i].tag() == Tag::P)
        .filter(|&i| stats[i].text >= LEAD_MIN_CHARS && stats[i].link_density() < 0.25)
        .map(|i| i as NodeId)
        .filter(|&i| dom.is_ancestor(banner, i))
        .collect();
    if !lead.is_empty() {
        nodes.splice(0..0, lead);
    }
}

/// See [`lead_after_title`]: shorter paragraphs beside a title are stock
/// notes ("In stock, ships in 2 days").
const LEAD_MIN_CHARS: u32 = 80;

/// See [`lead_after_title`]: the title's box is this many levels above
/// it (its heading wrapper, the title block, the buy box or hero). On
/// wcxb-dev three levels gain 0.11 summed over two; four gain only 0.07
/// (one more level reaches the column beside a product's pictures).
const LEAD_BOX_LEVELS: usize = 3;
