//! Turn the chosen DOM nodes into the [`Document`](crate::Document) block tree.
//!
//! Decides how HTML structure maps onto blocks: which elements are headings,
//! paragraphs, lists, data tables, code, quotes and images; how loose inline
//! text between blocks becomes paragraphs; how whitespace collapses; how link
//! targets and image sources are resolved against the base URL. Layout tables
//! are unwrapped into their cells' blocks.
//!
//! It removes nothing: everything alive under the selected nodes is rendered.
//! It notes which top-level paragraphs are the terms of a definition list
//! (`<dt>` before its `<dd>`), so that [`crate::filter`] does not read a
//! linked term as a link line.

use crate::document::{inline_text, Block, Cell, Inline};
use crate::dom::{Attr, Data, Dom, NodeId, Tag};
use std::cell::{Cell as Counter, RefCell};
use url::Url;

/// Builds blocks from alive nodes of the arena.
pub(crate) struct Builder<'a> {
    dom: &'a Dom,
    dead: &'a [bool],
    base: Option<&'a Url>,
    has_block: Vec<bool>,
    /// How deep the builder is inside lists and quotes (0: top level).
    nested: Counter<u32>,
    /// Top-level blocks made from a definition term (see [`Built::terms`]).
    terms: RefCell<Vec<usize>>,
}

/// The blocks of the selected nodes.
pub(crate) struct Built {
    /// The blocks, in document order.
    pub blocks: Vec<Block>,
    /// `terms[i]`: top-level block `i` is the term of a definition list, a
    /// `<dt>` followed by its `<dd>` (an API reference's linked member
    /// name above its description).
    pub terms: Vec<bool>,
}

/// Siblings stepped over, at most, looking for a term's `<dd>`.
const TERM_LOOKAHEAD: usize = 8;

/// Inline content being gathered for the current paragraph, plus images met
/// inside it (emitted after the paragraph).
#[derive(Default)]
struct Run {
    inlines: Vec<Inline>,
    images: Vec<Block>,
}

impl<'a> Builder<'a> {
    /// A builder over `dom` that skips `dead` nodes.
    pub(crate) fn new(dom: &'a Dom, dead: &'a [bool], base: Option<&'a Url>) -> Self {
        let n = dom.nodes.len();
        let mut has_block = vec![false; n];
        for i in (1..n).rev() {
            if dead[i] {
                continue;
            }
            let node = &dom.nodes[i];
            if (has_block[i] || node.tag().is_block()) && node.parent != crate::dom::NO_PARENT {
                has_block[node.parent as usize] = true;
            }
        }
        Builder {
            dom,
            dead,
            base,
            has_block,
            nested: Counter::new(0),
            terms: RefCell::new(Vec::new()),
        }
    }

    /// Blocks for the given nodes, in order, with the terms among them.
    pub(crate) fn build(&self, roots: &[NodeId]) -> Built {
        let mut out = Vec::new();
        for &r in roots {
            if self.dead[r as usize] {
                continue;
            }
            match &self.dom.node(r).data {
                Data::Element(e) if e.tag.is_block() || self.has_block[r as usize] => {
                    self.block(r, &mut out)
                }
                _ => {
                    let mut run = Run::default();
                    self.flow_child(r, &mut run, &mut out);
                    flush(&mut run, &mut out);
                }
            }
        }
        let mut terms = vec![false; out.len()];
        for &i in self.terms.take().iter() {
            if let Some(t) = terms.get_mut(i) {
                *t = true;
            }
        }
        Built { blocks: out, terms }
    }

    /// Is `id` (a `<dt>`) followed by a `<dd>`, the next alive element
    /// among its siblings? Read in arena order, which is document order:
    /// the node after an element's last descendant is its next sibling, when
    /// it has the same parent. Whitespace and dead siblings are stepped
    /// over, [`TERM_LOOKAHEAD`] at most.
    fn is_term(&self, id: NodeId) -> bool {
        let parent = self.dom.node(id).parent;
        let mut at = id;
        for _ in 0..TERM_LOOKAHEAD {
            let mut last = at;
            while let Some(&c) = self.dom.node(last).children.last() {
                last = c;
            }
            let next = last as usize + 1;
            let Some(node) = self.dom.nodes.get(next) else {
                return false;
            };
            if node.parent != parent {
                return false;
            }
            let skip =
                self.dead[next] || matches!(&node.data, Data::Text(t) if t.trim().is_empty());
            if !skip {
                return matches!(&node.data, Data::Element(e) if e.tag == Tag::Dd);
            }
            at = next as NodeId;
        }
        false
    }

    /// Builds `f`'s blocks one level down (inside a list item or a quote).
    fn nest(&self, f: impl FnOnce()) {
        self.nested.set(self.nested.get() + 1);
        f();
        self.nested.set(self.nested.get() - 1);
    }

    fn alive_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.dom
            .node(id)
            .children
            .iter()
            .copied()
            .filter(move |&c| !self.dead[c as usize])
    }

    /// Children of a container: inline runs become paragraphs, blocks recurse.
    fn container(&self, id: NodeId, out: &mut Vec<Block>) {
        let mut run = Run::default();
        let mut prev = None;
        for c in self.alive_children(id) {
            self.inline_gap(prev, c, &mut run);
            self.flow_child(c, &mut run, out);
            prev = Some(c);
        }
        flush(&mut run, out);
    }

    fn flow_child(&self, c: NodeId, run: &mut Run, out: &mut Vec<Block>) {
        match &self.dom.node(c).data {
            Data::Text(t) => push_text(&mut run.inlines, t),
            Data::Element(e) => {
                if e.tag.is_block() || self.has_block[c as usize] {
                    flush(run, out);
                    self.block(c, out);
                } else {
                    self.inline(c, run, false);
                }
            }
            Data::Root => {}
        }
    }

    fn block(&self, id: NodeId, out: &mut Vec<Block>) {
        let Some(el) = self.dom.element(id) else {
            return;
        };
        match el.tag {
            t if t.heading_level().is_some() => {
                let content = self.flat_inlines(id);
                if !content.is_empty() && visible(&inline_text(&content)) {
                    out.push(Block::Heading {
                        level: t.heading_level().unwrap_or(2),
                        content,
                    });
                }
            }
            Tag::Ul | Tag::Ol => self.list(id, el.tag == Tag::Ol, out),
            Tag::Table if crate::clean::is_data_table(self.dom, id) => {
                let rows = self.table_rows(id);
                if !rows.is_empty() {
                    out.push(Block::Table { rows });
                }
            }
            Tag::Pre => {
                let text = self.pre_text(id);
                if !text.trim().is_empty() {
                    out.push(Block::Code {
                        language: self.code_language(id),
                        text,
                    });
                }
            }
            Tag::Blockquote => {
                let mut blocks = Vec::new();
                self.nest(|| self.container(id, &mut blocks));
                if !blocks.is_empty() {
                    out.push(Block::Quote { blocks });
                }
            }
            Tag::Hr => {
                if !matches!(out.last(), Some(Block::Rule) | None) {
                    out.push(Block::Rule);
                }
            }
            Tag::Img => {
                if let Some(img) = self.image(id) {
                    out.push(img);
                }
            }
            Tag::Dt if self.nested.get() == 0 && self.is_term(id) => {
                let start = out.len();
                self.container(id, out);
                self.terms.borrow_mut().extend(start..out.len());
            }
            _ => self.container(id, out),
        }
    }

    fn list(&self, id: NodeId, ordered: bool, out: &mut Vec<Block>) {
        let mut items = Vec::new();
        let mut loose = Run::default();
        for c in self.alive_children(id) {
            match &self.dom.node(c).data {
                Data::Text(t) => push_text(&mut loose.inlines, t),
                Data::Element(e) if e.tag == Tag::Li || e.tag.is_block() => {
                    let mut item = Vec::new();
                    flush(&mut loose, &mut item);
                    if !item.is_empty() {
                        items.push(std::mem::take(&mut item));
                    }
                    self.nest(|| {
                        if e.tag == Tag::Li {
                            self.container(c, &mut item);
                        } else {
                            self.block(c, &mut item);
                        }
                    });
                    if !item.is_empty() {
                        items.push(item);
                    }
                }
                Data::Element(_) => self.inline(c, &mut loose, false),
                Data::Root => {}
            }
        }
        let mut last = Vec::new();
        flush(&mut loose, &mut last);
        if !last.is_empty() {
            items.push(last);
        }
        if !items.is_empty() {
            out.push(Block::List { ordered, items });
        }
    }

    fn table_rows(&self, table: NodeId) -> Vec<Vec<Cell>> {
        let mut rows = Vec::new();
        let mut stack: Vec<NodeId> = self.alive_children(table).collect();
        stack.reverse();
        while let Some(cur) = stack.pop() {
            match self.dom.tag(cur) {
                Tag::Tr => {
                    let cells: Vec<Cell> = self
                        .alive_children(cur)
                        .filter(|&c| matches!(self.dom.tag(c), Tag::Td | Tag::Th))
                        .map(|c| Cell {
                            header: self.dom.tag(c) == Tag::Th,
                            content: self.flat_inlines(c),
                        })
                        .collect();
                    if cells.iter().any(|c| !c.content.is_empty()) {
                        rows.push(cells);
                    }
                }
                Tag::Thead | Tag::Tbody | Tag::Tfoot | Tag::Other | Tag::OtherBlock => {
                    let mut kids: Vec<NodeId> = self.alive_children(cur).collect();
                    kids.reverse();
                    stack.extend(kids);
                }
                _ => {}
            }
        }
        rows
    }

    /// Inline content of an element whose blocks are flattened to spaces.
    fn flat_inlines(&self, id: NodeId) -> Vec<Inline> {
        let mut run = Run::default();
        let mut prev = None;
        for c in self.alive_children(id) {
            self.inline_gap(prev, c, &mut run);
            match &self.dom.node(c).data {
                Data::Text(t) => push_text(&mut run.inlines, t),
                Data::Element(_) => self.inline(c, &mut run, true),
                Data::Root => {}
            }
            prev = Some(c);
        }
        normalize(run.inlines)
    }

    /// Two inline elements back to back that the page's style sets apart get
    /// a space between their words. Two `<span>`s where letters or digits
    /// meet are two fields (a year and a duration, a price and a unit); two
    /// links are two items (tags, categories) shown as chips. Different tags
    /// touching (an artist's link, then the album in `<em>`) are spaced only
    /// where a lowercase letter meets a capital: elsewhere they may split
    /// one word (a drop cap in `<em>` before the rest in a link). Scripts
    /// written without spaces are left alone.
    fn inline_gap(&self, prev: Option<NodeId>, c: NodeId, run: &mut Run) {
        let Some(prev) = prev else { return };
        let inline = |t: Tag| {
            matches!(
                t,
                Tag::Span | Tag::A | Tag::Em | Tag::I | Tag::B | Tag::Strong
            )
        };
        let (before, after) = (self.dom.tag(prev), self.dom.tag(c));
        if !inline(before) || !inline(after) {
            return;
        }
        let (last, first) = (self.edge_char(prev, true), self.edge_char(c, false));
        let gap = if before == after && matches!(before, Tag::Span | Tag::A) {
            let spaced =
                |ch: Option<char>| ch.is_some_and(|ch| ch.is_alphanumeric() && ch < '\u{2e80}');
            spaced(last) && spaced(first)
        } else {
            last.is_some_and(char::is_lowercase) && first.is_some_and(char::is_uppercase)
        };
        if gap {
            push_text(&mut run.inlines, " ");
        }
    }

    /// The last (`last`) or first character of the text at the edge of
    /// `id`'s subtree, following only the edge children.
    fn edge_char(&self, id: NodeId, last: bool) -> Option<char> {
        let mut node = id;
        loop {
            let n = self.dom.node(node);
            if let Data::Text(t) = &n.data {
                return if last {
                    t.chars().next_back()
                } else {
                    t.chars().next()
                };
            }
            node = if last {
                *n.children.last()?
            } else {
                *n.children.first()?
            };
        }
    }

    /// Adds an inline element to the run. With `flat`, nested blocks are read
    /// as inline content separated by spaces (headings, table cells).
    fn inline(&self, id: NodeId, run: &mut Run, flat: bool) {
        let Some(el) = self.dom.element(id) else {
            return;
        };
        let children = |run: &mut Run| {
            let mut prev = None;
            for c in self.alive_children(id) {
                self.inline_gap(prev, c, run);
                match &self.dom.node(c).data {
                    Data::Text(t) => push_text(&mut run.inlines, t),
                    Data::Element(_) => self.inline(c, run, flat),
                    Data::Root => {}
                }
                prev = Some(c);
            }
        };
        match el.tag {
            Tag::Br => run.inlines.push(Inline::LineBreak),
            Tag::Img => {
                if let Some(img) = self.image(id) {
                    run.images.push(img);
                }
            }
            Tag::Strong | Tag::B => {
                let mut inner = Run::default();
                children(&mut inner);
                run.images.append(&mut inner.images);
                run.inlines.push(Inline::Strong {
                    content: inner.inlines,
                });
            }
            Tag::Em | Tag::I => {
                let mut inner = Run::default();
                children(&mut inner);
                run.images.append(&mut inner.images);
                run.inlines.push(Inline::Emphasis {
                    content: inner.inlines,
                });
            }
            Tag::Code => {
                let text = crate::measure::text_of(self.dom, self.dead, id);
                if !text.is_empty() {
                    run.inlines.push(Inline::Code { text });
                }
            }
            Tag::A => match el.attr(Attr::Href).and_then(|h| self.resolve(h)) {
                Some(href) => {
                    let mut inner = Run::default();
                    children(&mut inner);
                    run.images.append(&mut inner.images);
                    run.inlines.push(Inline::Link {
                        href,
                        content: inner.inlines,
                    });
                }
                None => children(run),
            },
            t if flat && t.is_block() => {
                push_text(&mut run.inlines, " ");
                children(run);
                push_text(&mut run.inlines, " ");
            }
            _ => children(run),
        }
    }

    fn image(&self, id: NodeId) -> Option<Block> {
        let el = self.dom.element(id)?;
        let src = el.attr(Attr::Src).filter(|s| !s.starts_with("data:"))?;
        let src = self.resolve(src)?;
        let alt = el
            .attr(Attr::Alt)
            .map(|a| a.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        Some(Block::Image { src, alt })
    }

    /// Resolves a link or image URL against the base; drops script URLs.
    fn resolve(&self, raw: &str) -> Option<String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        let lower = raw.get(..11).unwrap_or(raw).to_ascii_lowercase();
        if lower.starts_with("javascript:")
            || lower.starts_with("vbscript:")
            || lower.starts_with("data:")
        {
            return None;
        }
        match self.base {
            Some(base) => base.join(raw).ok().map(String::from),
            None => Some(raw.to_string()),
        }
    }

    fn pre_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut stack = vec![(id, false)];
        while let Some((cur, closing)) = stack.pop() {
            if closing {
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                continue;
            }
            let node = self.dom.node(cur);
            match &node.data {
                Data::Text(t) => out.push_str(t),
                Data::Element(e) if e.tag == Tag::Br => out.push('\n'),
                Data::Element(e) => {
                    if cur != id && e.tag.is_block() {
                        stack.push((cur, true));
                    }
                    for &c in node.children.iter().rev() {
                        if !self.dead[c as usize] {
                            stack.push((c, false));
                        }
                    }
                }
                Data::Root => {}
            }
        }
        let trimmed = out.strip_prefix('\n').unwrap_or(&out).trim_end();
        trimmed.to_string()
    }

    fn code_language(&self, pre: NodeId) -> Option<String> {
        let mut classes: Vec<&str> = Vec::new();
        if let Some(e) = self.dom.element(pre) {
            classes.push(&e.class);
        }
        for c in self.alive_children(pre) {
            if let Some(e) = self.dom.element(c).filter(|e| e.tag == Tag::Code) {
                classes.push(&e.class);
            }
        }
        classes
            .iter()
            .flat_map(|c| c.split_ascii_whitespace())
            .find_map(|c| {
                c.strip_prefix("language-")
                    .or_else(|| c.strip_prefix("lang-"))
                    .filter(|l| !l.is_empty() && l.len() < 30)
                    .map(str::to_string)
            })
    }
}

/// Appends text with whitespace runs collapsed to one space (and
/// double-encoded UTF-8 repaired, see [`crate::mojibake`]).
fn push_text(inlines: &mut Vec<Inline>, raw: &str) {
    if raw.is_empty() {
        return;
    }
    let raw = crate::mojibake::repair(raw);
    let mut collapsed = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                collapsed.push(' ');
                space = false;
            }
            collapsed.push(c);
        }
    }
    if space {
        collapsed.push(' ');
    }
    if let Some(Inline::Text { text }) = inlines.last_mut() {
        if text.ends_with(' ') && collapsed.starts_with(' ') {
            text.push_str(&collapsed[1..]);
        } else {
            text.push_str(&collapsed);
        }
    } else {
        inlines.push(Inline::Text { text: collapsed });
    }
}

/// Does `text` hold a character that shows? Not when it is only
/// whitespace and invisible format characters (a zero-width joiner or
/// space, a word joiner, a byte-order mark, a soft hyphen): page builders
/// fill empty spacer paragraphs and headings with them.
fn visible(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace()
            && !matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
            )
    })
}

/// Ends the current paragraph: emits it if it has text, then its images.
fn flush(run: &mut Run, out: &mut Vec<Block>) {
    let inlines = normalize(std::mem::take(&mut run.inlines));
    if !inlines.is_empty() && visible(&inline_text(&inlines)) {
        out.push(Block::Paragraph { content: inlines });
    }
    out.append(&mut run.images);
}

/// Trims leading/trailing spaces, collapses spaces across inline boundaries
/// and drops empty inline containers.
pub(crate) fn normalize(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut prev_space = true;
    let mut out = norm_inner(inlines, &mut prev_space);
    trim_end(&mut out);
    out
}

fn norm_inner(inlines: Vec<Inline>, prev_space: &mut bool) -> Vec<Inline> {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match inline {
            Inline::Text { mut text } => {
                if *prev_space {
                    text = text.trim_start_matches(' ').to_string();
                }
                if text.is_empty() {
                    continue;
                }
                *prev_space = text.ends_with(' ');
                out.push(Inline::Text { text });
            }
            Inline::Code { text } => {
                *prev_space = false;
                out.push(Inline::Code { text });
            }
            Inline::LineBreak => push_break(&mut out, prev_space),
            Inline::Strong { content } => {
                if let Some(content) = norm_container(content, &mut out, prev_space) {
                    out.push(Inline::Strong { content });
                }
            }
            Inline::Emphasis { content } => {
                if let Some(content) = norm_container(content, &mut out, prev_space) {
                    out.push(Inline::Emphasis { content });
                }
            }
            Inline::Link { href, content } => {
                if let Some(content) = norm_container(content, &mut out, prev_space) {
                    out.push(Inline::Link { href, content });
                }
            }
        }
    }
    out
}

/// The normalized content of a bold, emphasised or linked span, or `None`
/// when nothing of it shows. A span that held only a line break (`<b><br></b>`
/// after a bold lead-in) still breaks the line: the break is moved out to
/// `out`, so the words on either side do not run together.
fn norm_container(
    content: Vec<Inline>,
    out: &mut Vec<Inline>,
    prev_space: &mut bool,
) -> Option<Vec<Inline>> {
    let breaks = content.iter().any(|i| matches!(i, Inline::LineBreak));
    let content = norm_inner(content, prev_space);
    if !content.is_empty() {
        return Some(content);
    }
    if breaks {
        push_break(out, prev_space);
    }
    None
}

/// Ends the line: trailing spaces go, and no line starts empty or twice.
fn push_break(out: &mut Vec<Inline>, prev_space: &mut bool) {
    trim_end(out);
    if !out.is_empty() && !matches!(out.last(), Some(Inline::LineBreak)) {
        out.push(Inline::LineBreak);
    }
    *prev_space = true;
}

fn trim_end(out: &mut Vec<Inline>) {
    loop {
        let remove = match out.last_mut() {
            Some(Inline::LineBreak) => true,
            Some(Inline::Text { text }) => {
                let t = text.trim_end_matches(' ').len();
                text.truncate(t);
                text.is_empty()
            }
            Some(Inline::Strong { content })
            | Some(Inline::Emphasis { content })
            | Some(Inline::Link { content, .. }) => {
                trim_end(content);
                content.is_empty()
            }
            _ => false,
        };
        if remove {
            out.pop();
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::visible;

    #[test]
    fn invisible_format_characters_alone_are_not_text() {
        assert!(!visible("\u{200D}"));
        assert!(!visible(" \u{200B}\u{FEFF} \u{AD}"));
        assert!(visible("\u{200D}a"));
        // A joiner inside an emoji sequence stays with it.
        assert!(visible("\u{1F468}\u{200D}\u{1F469}"));
    }
}
