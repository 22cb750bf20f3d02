//! The parser's tree: html5ever builds it through [`TreeSink`], here.
//!
//! A lean linked arena (parent, first/last child, siblings as `u32`), made
//! for one job: to be read once, in document order, by [`crate::dom`], which
//! turns it into the extractor's arena and drops it. It keeps element names,
//! attributes and text; comments, doctypes and processing instructions are
//! empty nodes. It decides nothing about content. It replaced scraper's DOM
//! (which keeps per-element caches of classes and ids, and stays alive next
//! to the arena): same parsing time, and with the arena taking the text
//! without a copy, the peak memory of a 50 MB page fell by a quarter.

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, QualName};
use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::sync::LazyLock;

/// Index of a node in [`Tree::nodes`].
pub(crate) type RawId = u32;

/// "No node" in a link field.
pub(crate) const NONE: RawId = RawId::MAX;

/// An element as the parser made it.
#[derive(Debug)]
pub(crate) struct RawElement {
    /// Qualified name (namespace and local name).
    pub name: QualName,
    /// Attributes in source order.
    pub attrs: Vec<Attribute>,
    /// The content fragment of a `<template>`, else [`NONE`].
    template: RawId,
    /// MathML `annotation-xml` that holds HTML.
    integration_point: bool,
}

impl RawElement {
    /// The value of attribute `name` (no namespace), if present.
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// Local name, e.g. `div`.
    pub(crate) fn local(&self) -> &str {
        &self.name.local
    }
}

/// What a node holds.
#[derive(Debug)]
pub(crate) enum RawData {
    /// The document (or a template's content fragment).
    Document,
    /// An element.
    Element(Box<RawElement>),
    /// A run of text.
    Text(StrTendril),
    /// A comment, doctype or processing instruction: kept as a placeholder.
    Other,
}

/// A node with its links.
#[derive(Debug)]
pub(crate) struct RawNode {
    /// Parent, or [`NONE`].
    pub parent: RawId,
    /// First child, or [`NONE`].
    pub first_child: RawId,
    /// Last child, or [`NONE`].
    last_child: RawId,
    /// Previous sibling, or [`NONE`].
    prev: RawId,
    /// Next sibling, or [`NONE`].
    pub next: RawId,
    /// Payload.
    pub data: RawData,
}

/// The finished tree: node 0 is the document.
#[derive(Debug)]
pub(crate) struct Tree {
    /// All nodes, in creation order (not document order).
    pub nodes: Vec<RawNode>,
}

impl Tree {
    /// Moves node `child` (with its subtree) out of its parent and in
    /// before `sibling`. The caller makes sure `sibling` is not inside
    /// `child`'s subtree.
    pub(crate) fn move_before(&mut self, sibling: RawId, child: RawId) {
        self.nodes.insert_before(sibling, child);
    }

    /// The sibling before node `id`, or [`NONE`].
    pub(crate) fn prev_sibling(&self, id: RawId) -> RawId {
        self.nodes.get(id as usize).map_or(NONE, |n| n.prev)
    }

    /// The nodes from `first` on, each followed by what its elements hold
    /// (document order), then `first`'s next siblings and theirs: the
    /// subtree below a parent whose first child is `first`.
    pub(crate) fn subtree_from(&self, first: RawId) -> SubtreeFrom<'_> {
        SubtreeFrom {
            tree: self,
            stack: vec![first],
        }
    }
}

/// See [`Tree::subtree_from`].
pub(crate) struct SubtreeFrom<'a> {
    tree: &'a Tree,
    stack: Vec<RawId>,
}

impl<'a> Iterator for SubtreeFrom<'a> {
    type Item = &'a RawNode;

    fn next(&mut self) -> Option<&'a RawNode> {
        while let Some(id) = self.stack.pop() {
            let Some(node) = self.tree.nodes.get(id as usize) else {
                continue;
            };
            if node.next != NONE {
                self.stack.push(node.next);
            }
            if matches!(node.data, RawData::Element(_)) && node.first_child != NONE {
                self.stack.push(node.first_child);
            }
            return Some(node);
        }
        None
    }
}

/// The [`TreeSink`] that builds a [`Tree`].
pub(crate) struct Sink {
    nodes: RefCell<Vec<RawNode>>,
}

/// Returned by `elem_name` for a handle that is not an element (the parser
/// never asks, but an answer costs nothing and cannot panic).
static NO_NAME: LazyLock<QualName> =
    LazyLock::new(|| QualName::new(None, html5ever::ns!(html), html5ever::local_name!("")));

impl Default for Sink {
    fn default() -> Self {
        Sink {
            nodes: RefCell::new(vec![RawNode::new(RawData::Document)]),
        }
    }
}

impl RawNode {
    fn new(data: RawData) -> RawNode {
        RawNode {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            data,
        }
    }
}

/// Link operations on the node vector (kept apart from the `RefCell`).
trait Links {
    fn add(&mut self, data: RawData) -> RawId;
    fn detach(&mut self, id: RawId);
    fn append_child(&mut self, parent: RawId, child: RawId);
    fn insert_before(&mut self, sibling: RawId, child: RawId);
    fn at(&mut self, id: RawId) -> Option<&mut RawNode>;
}

impl Links for Vec<RawNode> {
    fn add(&mut self, data: RawData) -> RawId {
        self.push(RawNode::new(data));
        (self.len() - 1) as RawId
    }

    fn at(&mut self, id: RawId) -> Option<&mut RawNode> {
        self.get_mut(id as usize)
    }

    fn detach(&mut self, id: RawId) {
        let Some(node) = self.at(id) else { return };
        let (parent, prev, next) = (node.parent, node.prev, node.next);
        node.parent = NONE;
        node.prev = NONE;
        node.next = NONE;
        if let Some(p) = self.at(prev) {
            p.next = next;
        } else if let Some(par) = self.at(parent) {
            par.first_child = next;
        }
        if let Some(n) = self.at(next) {
            n.prev = prev;
        } else if let Some(par) = self.at(parent) {
            par.last_child = prev;
        }
    }

    fn append_child(&mut self, parent: RawId, child: RawId) {
        self.detach(child);
        let Some(last) = self.at(parent).map(|p| p.last_child) else {
            return;
        };
        if let Some(c) = self.at(child) {
            c.parent = parent;
            c.prev = last;
        }
        if let Some(l) = self.at(last) {
            l.next = child;
        }
        if let Some(p) = self.at(parent) {
            if p.first_child == NONE {
                p.first_child = child;
            }
            p.last_child = child;
        }
    }

    fn insert_before(&mut self, sibling: RawId, child: RawId) {
        self.detach(child);
        let Some((parent, prev)) = self.at(sibling).map(|s| (s.parent, s.prev)) else {
            return;
        };
        if let Some(c) = self.at(child) {
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        if let Some(s) = self.at(sibling) {
            s.prev = child;
        }
        if let Some(p) = self.at(prev) {
            p.next = child;
        } else if let Some(par) = self.at(parent) {
            par.first_child = child;
        }
    }
}

/// Appends `text` to node `id` when it is a text node; `false` otherwise.
fn extend_text(nodes: &mut [RawNode], id: RawId, text: &StrTendril) -> bool {
    match nodes.get_mut(id as usize).map(|n| &mut n.data) {
        Some(RawData::Text(t)) => {
            t.push_tendril(text);
            true
        }
        _ => false,
    }
}

impl TreeSink for Sink {
    type Handle = RawId;
    type Output = Tree;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Tree {
        Tree {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> RawId {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a RawId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match nodes.get(*target as usize).map(|n| &n.data) {
                Some(RawData::Element(e)) => &e.name,
                _ => &NO_NAME,
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> RawId {
        let mut nodes = self.nodes.borrow_mut();
        let template = if flags.template {
            nodes.add(RawData::Document)
        } else {
            NONE
        };
        nodes.add(RawData::Element(Box::new(RawElement {
            name,
            attrs,
            template,
            integration_point: flags.mathml_annotation_xml_integration_point,
        })))
    }

    fn create_comment(&self, _text: StrTendril) -> RawId {
        self.nodes.borrow_mut().add(RawData::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> RawId {
        self.nodes.borrow_mut().add(RawData::Other)
    }

    fn append(&self, parent: &RawId, child: NodeOrText<RawId>) {
        let mut nodes = self.nodes.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => nodes.append_child(*parent, id),
            NodeOrText::AppendText(text) => {
                let last = nodes.at(*parent).map_or(NONE, |p| p.last_child);
                if !extend_text(&mut nodes, last, &text) {
                    let id = nodes.add(RawData::Text(text));
                    nodes.append_child(*parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &RawId,
        prev_element: &RawId,
        child: NodeOrText<RawId>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(*element as usize)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &RawId) -> RawId {
        match self.nodes.borrow().get(*target as usize).map(|n| &n.data) {
            Some(RawData::Element(e)) if e.template != NONE => e.template,
            _ => *target,
        }
    }

    fn same_node(&self, x: &RawId, y: &RawId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &RawId, new_node: NodeOrText<RawId>) {
        let mut nodes = self.nodes.borrow_mut();
        match new_node {
            NodeOrText::AppendNode(id) => nodes.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => {
                let prev = nodes.at(*sibling).map_or(NONE, |s| s.prev);
                if !extend_text(&mut nodes, prev, &text) {
                    let id = nodes.add(RawData::Text(text));
                    nodes.insert_before(*sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &RawId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(RawData::Element(e)) = nodes.at(*target).map(|n| &mut n.data) {
            for a in attrs {
                if !e.attrs.iter().any(|b| b.name == a.name) {
                    e.attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &RawId) {
        self.nodes.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &RawId, new_parent: &RawId) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes.at(*node).map_or(NONE, |n| n.first_child);
        while child != NONE {
            let next = nodes.at(child).map_or(NONE, |c| c.next);
            nodes.append_child(*new_parent, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &RawId) -> bool {
        matches!(
            self.nodes.borrow().get(*handle as usize).map(|n| &n.data),
            Some(RawData::Element(e)) if e.integration_point
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::tendril::TendrilSink;

    fn parse(html: &str) -> Tree {
        html5ever::parse_document(Sink::default(), Default::default()).one(html)
    }

    /// The tree as a compact string, in document order.
    fn show(tree: &Tree, id: RawId, out: &mut String) {
        let node = &tree.nodes[id as usize];
        match &node.data {
            RawData::Element(e) => {
                out.push('<');
                out.push_str(e.local());
                out.push('>');
            }
            RawData::Text(t) => out.push_str(t),
            _ => {}
        }
        let mut c = node.first_child;
        while c != NONE {
            show(tree, c, out);
            c = tree.nodes[c as usize].next;
        }
        if let RawData::Element(e) = &node.data {
            out.push_str("</");
            out.push_str(e.local());
            out.push('>');
        }
    }

    fn shown(html: &str) -> String {
        let tree = parse(html);
        let mut out = String::new();
        show(&tree, 0, &mut out);
        out
    }

    #[test]
    fn builds_the_standard_tree() {
        assert_eq!(
            shown("<p>a<b>b</p>c"),
            "<html><head></head><body><p>a<b>b</b></p><b>c</b></body></html>"
        );
    }

    #[test]
    fn misnested_formatting_is_adopted() {
        // The adoption agency algorithm reparents children.
        assert_eq!(
            shown("<b>1<p>2</b>3</p>"),
            "<html><head></head><body><b>1</b><p><b>2</b>3</p></body></html>"
        );
    }

    #[test]
    fn table_text_is_foster_parented() {
        assert_eq!(
            shown("<table>x<tr><td>y</td></tr></table>"),
            "<html><head></head><body>x<table><tbody><tr><td>y</td></tr></tbody></table></body></html>"
        );
    }

    #[test]
    fn attributes_are_merged_and_template_content_is_apart() {
        let tree =
            parse("<html lang=de><body class=a><body id=b class=c><template><p>t</p></template>");
        let body = tree
            .nodes
            .iter()
            .find_map(|n| match &n.data {
                RawData::Element(e) if e.local() == "body" => Some(e),
                _ => None,
            })
            .expect("body");
        assert_eq!(body.attr("class"), Some("a"));
        assert_eq!(body.attr("id"), Some("b"));
        let mut out = String::new();
        show(&tree, 0, &mut out);
        assert!(out.contains("<template></template>"), "{out}");
    }
}
