//! Streamed server rendering: put each parked segment where it belongs.
//!
//! React's streaming renderer sends the page's shell first, with an empty
//! `<template id="B:1">` (or `P:1`) where a slower part will go, and sends
//! the part later, parked at the end of `<body>` in `<div hidden id="S:1">`,
//! with a script call (`$RC("B:1","S:1")`) that moves it into place. A
//! reader's browser runs the script; this module makes the same move on the
//! parsed tree, so the part is read where the reader sees it (inside the
//! article, or inside the sidebar it belongs to) instead of as hidden text
//! after the footer. A placeholder and its segment are matched by their
//! common suffix (React numbers a boundary, its placeholder and its segment
//! alike); the scripts are not read. It decides nothing about content:
//! a segment that was moved is read like the rest of the page, one that
//! was not stays hidden.

use crate::tree::{RawData, RawElement, RawId, Tree, NONE};
use std::collections::HashMap;

/// Moves the children of every `<div hidden id="S:x">` in front of the
/// `<template id="B:x">` or `<template id="P:x">` that waits for them (the
/// template itself is never content). A template inside its own segment is
/// left alone, and each segment is moved once.
pub(crate) fn splice(tree: &mut Tree) {
    let mut segments: HashMap<String, RawId> = HashMap::new();
    let mut templates: Vec<(RawId, String)> = Vec::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        let RawData::Element(el) = &node.data else {
            continue;
        };
        match el.local() {
            "div" if el.attr("hidden").is_some() => {
                if let Some(key) = suffix(el, "S:") {
                    segments.insert(key, i as RawId);
                }
            }
            "template" => {
                if let Some(key) = suffix(el, "B:").or_else(|| suffix(el, "P:")) {
                    templates.push((i as RawId, key));
                }
            }
            _ => {}
        }
    }
    if segments.is_empty() {
        return;
    }
    for (template, key) in templates {
        let Some(segment) = segments.remove(&key) else {
            continue;
        };
        if is_inside(tree, template, segment) {
            continue;
        }
        let mut child = tree
            .nodes
            .get(segment as usize)
            .map_or(NONE, |n| n.first_child);
        while let Some(next) = tree.nodes.get(child as usize).map(|n| n.next) {
            tree.move_before(template, child);
            child = next;
        }
    }
}

/// The part of the element's id after `prefix`, when it is a React id
/// (letters and digits: React numbers in base 32).
fn suffix(el: &RawElement, prefix: &str) -> Option<String> {
    let rest = el.attr("id")?.strip_prefix(prefix)?;
    (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric())).then(|| rest.to_string())
}

/// Is `node` `ancestor` or below it?
fn is_inside(tree: &Tree, node: RawId, ancestor: RawId) -> bool {
    let mut cur = node;
    while cur != NONE {
        if cur == ancestor {
            return true;
        }
        cur = tree.nodes.get(cur as usize).map_or(NONE, |n| n.parent);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of the tree in document order, hidden segments included.
    fn text_after_splice(html: &str) -> String {
        let mut tree = crate::parse::parse(html, true, None).tree;
        splice(&mut tree);
        let mut out = String::new();
        let mut stack = vec![tree.nodes[0].first_child];
        while let Some(id) = stack.pop() {
            let Some(node) = tree.nodes.get(id as usize) else {
                continue;
            };
            if node.next != NONE {
                stack.push(node.next);
            }
            if let RawData::Text(t) = &node.data {
                out.push_str(t);
            }
            if node.first_child != NONE {
                stack.push(node.first_child);
            }
        }
        out
    }

    #[test]
    fn segments_move_into_their_placeholders_nested_ones_too() {
        let html = r#"<body><p>a</p><template id="B:0"></template><p>d</p>
            <div hidden id="S:0">b<template id="P:1f"></template></div><div hidden id="S:1f">c</div></body>"#;
        assert_eq!(
            text_after_splice(html)
                .split_whitespace()
                .collect::<String>(),
            "abcd"
        );
    }

    #[test]
    fn a_placeholder_inside_its_own_segment_and_odd_ids_are_left_alone() {
        let html = r#"<body><p>a</p><div hidden id="S:0">b<template id="B:0"></template></div>
            <template id="B:x-1"></template><div hidden id="S:x-1">c</div>
            <template id="B:2"></template><div id="S:2">d</div></body>"#;
        // Nothing moves (and nothing loops).
        assert_eq!(
            text_after_splice(html)
                .split_whitespace()
                .collect::<String>(),
            "abcd"
        );
    }
}
