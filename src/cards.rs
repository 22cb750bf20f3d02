//! Listing pages: find the run of repeated cards that is the page's content.
//!
//! A news section front, a shop category, a search result page or a job board
//! has no article: its content is a run of similar items (headline + teaser,
//! product name + price) that are mostly link text, which is exactly what the
//! article scorer and the link-density cleaning throw away. This module finds
//! such runs: siblings with the same tag and first class, each carrying some text,
//! at least [`MIN_CARDS`] of them. The container of the run with the most
//! text wins; other runs of at least a quarter of its size widen it to their
//! common ancestor (a front page has one grid per section).
//!
//! It only finds the region. Whether a page *is* a listing (the region holds
//! much more text than the article candidate) is decided in
//! [`crate::extract`](mod@crate::extract).

use crate::dom::{Data, Dom, NodeId, Tag, NO_PARENT};
use crate::measure::Stats;

/// A run needs this many similar items (fewer on a thread, see
/// [`find`]'s `min_cards`).
pub(crate) const MIN_CARDS: usize = 4;
/// An item with less text than this is not counted (icons, spacers).
const MIN_ITEM_CHARS: u32 = 12;
/// Items shorter than this on average are a menu, not cards.
const MIN_MEAN_ITEM_CHARS: u32 = 30;
/// A region whose text nodes are shorter than this on average is a tree of
/// single-word links (an archive, a menu), not cards.
pub(crate) const MIN_MEAN_RUN: u32 = 8;
/// Other runs at least this share of the best one widen the region (a
/// featured row of five cards above a grid of eighteen).
const WIDEN_SHARE: f32 = 0.25;

/// A region of repeated cards.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cards {
    /// The element holding the runs.
    pub container: NodeId,
    /// Characters of text in the runs' items.
    pub text: u32,
    /// Mean length of the region's text nodes, in characters.
    pub mean_run: u32,
    /// Found with class/id pruning off (set by [`crate::extract`](mod@crate::extract) when the
    /// strict pass kept nothing): the listing is read the same way.
    pub unpruned: bool,
    /// The conditional cleaning of the pass that found them removed
    /// something inside the container (set by [`crate::extract`](mod@crate::extract)).
    pub cleaned: bool,
}

/// One run of similar siblings.
#[derive(Clone, Copy)]
struct Run {
    parent: NodeId,
    text: u32,
}

/// Finds the region of repeated cards among the live nodes, if any.
pub(crate) fn find(dom: &Dom, dead: &[bool], stats: &[Stats], min_cards: usize) -> Option<Cards> {
    let mut runs: Vec<Run> = Vec::new();
    let mut items: Vec<(u64, u32)> = Vec::new();
    for (i, node) in dom.nodes.iter().enumerate() {
        if dead[i] || node.children.len() < min_cards || node.element().is_none() {
            continue;
        }
        items.clear();
        for &c in &node.children {
            let cu = c as usize;
            if dead[cu] || stats[cu].text < MIN_ITEM_CHARS {
                continue;
            }
            if let Some(el) = dom.element(c).filter(|e| !is_prose(e.tag)) {
                items.push((signature(el.tag, el.first_class()), stats[cu].text));
            }
        }
        if items.len() < min_cards {
            continue;
        }
        items.sort_unstable_by_key(|&(sig, _)| sig);
        let best = items
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.len() >= min_cards)
            .map(|run| (run.len() as u32, run.iter().map(|&(_, t)| t).sum::<u32>()))
            .filter(|&(count, text)| text / count >= MIN_MEAN_ITEM_CHARS)
            .max_by_key(|&(_, text)| text);
        if let Some((_, text)) = best {
            runs.push(Run {
                parent: i as NodeId,
                text,
            });
        }
    }
    let top = runs.iter().copied().max_by_key(|r| r.text)?;
    let mut container = top.parent;
    let mut text = top.text;
    for run in &runs {
        if run.parent == top.parent || (run.text as f32) < WIDEN_SHARE * top.text as f32 {
            continue;
        }
        // A run nested inside another counted run adds no new text.
        if dom.is_ancestor(container, run.parent) {
            continue;
        }
        // Runs that meet only at `<body>` are different parts of the page.
        let common = common_ancestor(dom, container, run.parent);
        if !dom.below_body(common) {
            continue;
        }
        container = common;
        text += run.text;
    }
    let mean_run = mean_text_run(dom, dead, container);
    Some(Cards {
        container,
        text,
        mean_run,
        unpruned: false,
        cleaned: false,
    })
}

/// How many levels above the region its introduction is looked for.
const INTRO_LEVELS: usize = 3;
/// An introduction block is at most this long, in characters (a shop's
/// category text runs to several hundred) ...
const INTRO_MAX_CHARS: u32 = 700;

/// The region preceded by its introduction: the heading and short prose
/// right before it (a section title, "Stay up to date with our coverage"),
/// looked for among the previous siblings of the region and of its nearest
/// ancestors. Returns the nodes in document order.
pub(crate) fn with_intro(dom: &Dom, dead: &[bool], stats: &[Stats], region: NodeId) -> Vec<NodeId> {
    let mut intro = Vec::new();
    let mut node = region;
    for _ in 0..INTRO_LEVELS {
        let parent = dom.node(node).parent;
        if parent == NO_PARENT || matches!(dom.tag(parent), Tag::Html | Tag::Root) {
            break;
        }
        let siblings = &dom.node(parent).children;
        let Some(pos) = siblings.iter().position(|&c| c == node) else {
            break;
        };
        for &s in siblings[..pos].iter().rev() {
            let su = s as usize;
            if dead[su] || dom.element(s).is_none() {
                continue;
            }
            let st = stats[su];
            if st.text == 0 {
                continue;
            }
            if st.text > INTRO_MAX_CHARS || st.link_density() > 0.3 {
                break;
            }
            intro.push(s);
        }
        if dom.tag(parent) == Tag::Body {
            break;
        }
        node = parent;
    }
    intro.reverse();
    intro.push(region);
    intro
}

/// Length-weighted mean length, in characters, of the live text nodes under
/// `root` (each node counts as often as it has characters): cards carry
/// headlines, names and teasers beside short figures (a year, a price, a
/// rating), and the long texts dominate; archive trees and menus carry only
/// single words and counts.
fn mean_text_run(dom: &Dom, dead: &[bool], root: NodeId) -> u32 {
    let (mut chars, mut squares) = (0u64, 0u64);
    let mut stack = vec![root];
    while let Some(cur) = stack.pop() {
        if dead[cur as usize] {
            continue;
        }
        let node = dom.node(cur);
        if let Data::Text(_) = &node.data {
            let len = u64::from(dom.text_sizes[cur as usize].0);
            chars += len;
            squares += len * len;
        } else {
            stack.extend(node.children.iter().copied());
        }
    }
    u32::try_from(squares / chars.max(1)).unwrap_or(u32::MAX)
}

/// Paragraphs, headings, quotes and code: a run of them is an article's
/// prose, not a run of cards.
fn is_prose(tag: Tag) -> bool {
    matches!(tag, Tag::P | Tag::Pre | Tag::Blockquote | Tag::Br) || tag.heading_level().is_some()
}

/// A card's kind, what makes two siblings "the same kind": its tag and
/// first class token, hashed (FNV-1a; modifier classes vary from item to
/// item), the class's digits left out ("post-101" and "post-108" are two
/// posts' cards of one kind).
fn signature(tag: Tag, class: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ tag as u64;
    for b in class.bytes().filter(|b| !b.is_ascii_digit()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn common_ancestor(dom: &Dom, a: NodeId, b: NodeId) -> NodeId {
    // Linear in the depth: bring both to the same depth, then climb together.
    let depth = |mut n: NodeId| {
        let mut d = 0usize;
        while dom.node(n).parent != NO_PARENT {
            n = dom.node(n).parent;
            d += 1;
        }
        d
    };
    let (mut a, mut b) = (a, b);
    let (mut da, mut db) = (depth(a), depth(b));
    while da > db {
        a = dom.node(a).parent;
        da -= 1;
    }
    while db > da {
        b = dom.node(b).parent;
        db -= 1;
    }
    while a != b {
        let (pa, pb) = (dom.node(a).parent, dom.node(b).parent);
        if pa == NO_PARENT || pb == NO_PARENT {
            return dom.body();
        }
        a = pa;
        b = pb;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `body` and returns the arena with the region found, if any.
    fn find_in(body: &str) -> (Dom, Option<Cards>) {
        let dom = Dom::parse_for_test(&format!("<html><body>{body}</body></html>"));
        let dead = vec![false; dom.nodes.len()];
        let stats = crate::measure::measure(&dom, &dead);
        let cards = find(&dom, &dead, &stats, MIN_CARDS);
        (dom, cards)
    }

    fn card(i: usize) -> String {
        format!(
            "<div class=card><a href=/s/{i}><h3>Headline number {i} about the harbour</h3>\
             <p>A teaser sentence that says what story {i} is about.</p></a></div>"
        )
    }

    #[test]
    fn finds_a_grid_of_link_cards() {
        let cards: String = (0..6).map(card).collect();
        let (dom, found) = find_in(&format!("<p>Intro</p><div id=grid>{cards}</div>"));
        let found = found.expect("a run of six cards");
        assert_eq!(dom.element(found.container).map(|e| &*e.id), Some("grid"));
        assert!(found.text > 6 * 60, "{found:?}");
        assert!(found.mean_run >= MIN_MEAN_RUN);
    }

    #[test]
    fn an_articles_paragraphs_are_not_cards() {
        let prose: String = (0..8)
            .map(|i| format!("<p>Paragraph {i} of the story, with a clause or two of text.</p>"))
            .collect();
        assert!(find_in(&format!("<article>{prose}</article>")).1.is_none());
    }

    #[test]
    fn modifier_classes_do_not_split_a_run() {
        let items: String = (0..4)
            .map(|i| {
                format!(
                    "<article class='reply reply--level-{}'><p>Reply {i}: I had the same                      problem and a firmware update fixed it.</p></article>",
                    i % 2
                )
            })
            .collect();
        assert_eq!(
            region_id(&format!("<div id=replies>{items}</div>")).as_deref(),
            Some("replies")
        );
    }

    /// The id of the element that holds the cards found in `body`.
    fn region_id(body: &str) -> Option<String> {
        let (dom, found) = find_in(body);
        found.and_then(|f| dom.element(f.container).map(|e| e.id.to_string()))
    }

    #[test]
    fn cards_whose_first_class_carries_their_id_are_one_run() {
        // A blog archive's theme names each card after its post first
        // ("post-101 post type-post"): the numbers do not make them unlike.
        let items: String = (0..6)
            .map(|i| {
                format!(
                    "<article class='post-{} post type-post'><h2><a href=/p/{i}>Recipe number {i} \
                     for a quick weeknight dinner</a></h2></article>",
                    101 + i * 7
                )
            })
            .collect();
        assert_eq!(
            region_id(&format!("<div id=archive>{items}</div>")).as_deref(),
            Some("archive")
        );
    }

    /// The texts of the nodes `with_intro` returns for the page's grid.
    fn intro_texts(body: &str) -> Vec<String> {
        let (dom, found) = find_in(body);
        let found = found.expect("a grid");
        let dead = vec![false; dom.nodes.len()];
        let stats = crate::measure::measure(&dom, &dead);
        let nodes = with_intro(&dom, &dead, &stats, found.container);
        assert_eq!(nodes.last(), Some(&found.container));
        nodes
            .iter()
            .map(|&n| crate::measure::text_of(&dom, &dead, n))
            .collect()
    }

    #[test]
    fn the_heading_and_introduction_before_a_grid_come_with_it() {
        let cards: String = (0..5).map(card).collect();
        let texts = intro_texts(&format!(
            "<section><h1>Climate</h1><p>Our reporting on a warming coast.</p></section>\
             <section><div id=grid>{cards}</div></section>"
        ));
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Climate Our reporting"), "{texts:?}");
    }

    #[test]
    fn a_link_bar_ends_the_introduction() {
        let cards: String = (0..5).map(card).collect();
        let texts = intro_texts(&format!(
            "<h1>Climate</h1><div><a href=/a>Local</a> <a href=/b>World</a></div>\
             <div id=grid>{cards}</div>"
        ));
        assert_eq!(texts.len(), 1, "{texts:?}");
    }

    #[test]
    fn a_featured_row_a_quarter_the_size_of_the_grid_widens_the_region() {
        // Shop categories and section fronts put a short row of featured
        // cards ("Staff picks", "Top stories") above the main grid.
        let featured: String = (0..5).map(card).collect();
        let grid: String = (5..23).map(card).collect();
        let (dom, found) = find_in(&format!(
            "<div id=page><section><h2>Featured</h2><div class=row>{featured}</div></section>\
             <section><h2>All</h2><div class=grid>{grid}</div></section></div>"
        ));
        let found = found.expect("two runs");
        assert_eq!(dom.element(found.container).map(|e| &*e.id), Some("page"));
    }

    #[test]
    fn three_items_are_not_a_run() {
        let cards: String = (0..3).map(card).collect();
        assert!(find_in(&format!("<div>{cards}</div>")).1.is_none());
    }

    #[test]
    fn a_menu_of_short_links_is_not_cards() {
        let items: String = (0..12)
            .map(|i| format!("<li><a href=/m/{i}>Topic {i}</a></li>"))
            .collect();
        assert!(find_in(&format!("<ul>{items}</ul>")).1.is_none());
    }

    #[test]
    fn archive_trees_have_short_text_runs() {
        let years: String = (2016..2022)
            .map(|y| {
                let months: String = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
                    .iter()
                    .map(|m| format!("<li><a href=/{y}/{m}>{m}</a> (12)</li>"))
                    .collect();
                format!("<li>{y}<ul>{months}</ul></li>")
            })
            .collect();
        let (_, found) = find_in(&format!("<ul>{years}</ul>"));
        let found = found.expect("the years form a run");
        assert!(found.mean_run < MIN_MEAN_RUN, "{found:?}");
    }

    #[test]
    fn runs_in_two_sections_widen_to_their_common_ancestor() {
        let a: String = (0..5).map(card).collect();
        let b: String = (5..10).map(card).collect();
        let (dom, found) = find_in(&format!(
            "<div id=front><section><h2>Local</h2><div>{a}</div></section>\
             <section><h2>World</h2><div>{b}</div></section></div>"
        ));
        let found = found.expect("two runs");
        assert_eq!(dom.element(found.container).map(|e| &*e.id), Some("front"));
    }
}
