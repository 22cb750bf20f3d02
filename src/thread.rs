//! On a thread: the opening post that a theme renders apart from its replies.
//!
//! Decides where a forum thread's first post is when it is not among the
//! run of replies ([`crate::cards`] found) nor in what the scorer chose:
//! forum themes draw the opening post as a card of its own above the reply
//! list, built from the same parts as every reply (the same post body, the
//! same message card). The post is the first element before the replies,
//! under one of their nearest ancestors, made of one of the parts that the
//! first two replies share, with a post's worth of text.
//!
//! It does not extract the post (that is a pass of [`crate::extract`](mod@crate::extract) over
//! the element it returns) nor decide that the page is a thread
//! ([`crate::kind`]).

use crate::dom::{Dom, NodeId, Tag};
use crate::measure::Sizes;
use std::collections::HashSet;

/// How many ancestors above the replies' container are searched for the
/// opening post (the reply list's block, its wrapper, the thread's body).
const SEARCH_LEVELS: usize = 4;

/// The opening post holds at least this much text (characters).
const MIN_OPENING_CHARS: u32 = 100;

/// A part of a post: its tag and the first token of its class.
type Part<'a> = (Tag, &'a str);

/// The element holding the thread's opening post when it stands apart from
/// the replies in `region`: it comes before them, lies outside every node of
/// `taken` (what extraction already kept) and holds none of them.
pub(crate) fn opening_post(
    dom: &Dom,
    full: &[Sizes],
    region: NodeId,
    taken: &[NodeId],
) -> Option<NodeId> {
    let parts = shared_parts(dom, full, region)?;
    let top = dom.ancestor_below_body(region, SEARCH_LEVELS);
    // The arena is in document order: the elements between `top` and the
    // region come before the replies, outermost first.
    (top + 1..region).find(|&id| {
        let Some(el) = dom.element(id) else {
            return false;
        };
        !dom.is_ancestor(id, region)
            && full
                .get(id as usize)
                .is_some_and(|s| s.text >= MIN_OPENING_CHARS)
            && parts.contains(&(el.tag, el.first_class()))
            && !taken
                .iter()
                .any(|&t| dom.is_ancestor(t, id) || dom.is_ancestor(id, t))
    })
}

/// The parts (tag and first class token) that the first two replies with
/// text in `region` both contain, themselves included; classless elements
/// do not count. None when the region has fewer than two such replies.
fn shared_parts<'a>(dom: &'a Dom, full: &[Sizes], region: NodeId) -> Option<HashSet<Part<'a>>> {
    let mut replies =
        dom.node(region).children.iter().copied().filter(|&c| {
            dom.element(c).is_some() && full.get(c as usize).is_some_and(|s| s.text > 0)
        });
    let first = parts_of(dom, replies.next()?);
    let second = parts_of(dom, replies.next()?);
    let shared: HashSet<Part<'a>> = first.intersection(&second).copied().collect();
    (!shared.is_empty()).then_some(shared)
}

/// The parts of the subtree at `root`.
fn parts_of(dom: &Dom, root: NodeId) -> HashSet<Part<'_>> {
    let mut parts = HashSet::new();
    let mut stack = vec![root];
    while let Some(id) = stack.pop() {
        if let Some(el) = dom.element(id) {
            let first = el.first_class();
            if !first.is_empty() {
                parts.insert((el.tag, first));
            }
            stack.extend(dom.node(id).children.iter().copied());
        }
    }
    parts
}
