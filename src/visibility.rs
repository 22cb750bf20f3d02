//! What of a page a reader sees, or gets with one click.
//!
//! Decides, for each element of the parsed page, whether it is hidden (the
//! `hidden` attribute, `aria-hidden`, an inline style, a utility class that
//! hides on every screen such as "hidden", "hide" or "d-none", or on a
//! desktop's ("elementor-hidden-desktop", "d-lg-none", "lg:hidden": the
//! phone's copy of what the desktop layout shows elsewhere), a `<dialog>`
//! that is not `open`), and whether a hidden element is one click away: the
//! panels an `aria-controls` on the page opens (FAQ answers, folded
//! sections), hidden tab panels, a class-hidden block whose visible sibling
//! twin makes it a tab, panels whose class names an FAQ answer, an
//! accordion, an expander or a tab's pane, the hidden wrapper an
//! accordion animates around a panel a control names, and the panel right
//! after a heading that holds a toggle (`aria-expanded`), an accordion
//! that names no panel.
//!
//! It reads the raw tree only. It does not build the arena nor judge the
//! context an element sits in (the question an FAQ answer follows, a card's
//! repeated link): [`crate::dom`] does, and calls this module on its walk.

use crate::dom::{never_content, Tag};
use crate::tree::{RawData, RawElement, RawId, Tree, NONE};
use std::collections::HashSet;

/// Is `el` (tree node `id`) hidden from the reader, by its attributes,
/// its inline style or its class (see [`is_hidden`], [`hidden_by_class`]
/// and [`desktop_hides`])?
pub(crate) fn hidden(tree: &Tree, id: RawId, el: &RawElement) -> bool {
    if is_hidden(el) {
        return true;
    }
    el.attr("class")
        .is_some_and(|class| hidden_by_class(tree, id, el, class) || desktop_hides(class))
}

/// A class that hides the element on a desktop screen: a layout for
/// phones of what the page shows desktop readers in another element (the
/// page is read as a desktop browser shows it). When that leaves too
/// little, the reveal pass reads hidden content again.
fn desktop_hides(class: &str) -> bool {
    // The widest responsive utility read so far: (rank, hides).
    let mut decided: Option<(u8, bool)> = None;
    let mut phone_only = false;
    for token in class.split_ascii_whitespace() {
        match responsive_display(token) {
            Some((rank, hides)) => {
                if decided.is_none_or(|(r, _)| rank >= r) {
                    decided = Some((rank, hides));
                }
            }
            None => phone_only = phone_only || PHONE_ONLY.contains(&token),
        }
    }
    decided.map_or(phone_only, |(_, hides)| hides)
}

/// Page builders', themes' and CSS frameworks' classes for "phones only"
/// (see [`desktop_hides`]).
const PHONE_ONLY: [&str; 17] = [
    // Page builders' and themes' per-device switches.
    "elementor-hidden-desktop",
    "hide-on-desktop",
    "hidden-desktop",
    "hide-desktop",
    "desktop-hide",
    "mobile-only",
    "only-mobile",
    // Bootstrap 3's, Foundation's, Bulma's.
    "hidden-lg",
    "visible-xs",
    "visible-xs-block",
    "visible-xs-inline",
    "visible-xs-inline-block",
    "visible-sm",
    "visible-sm-block",
    "show-for-small-only",
    "hide-for-large",
    "is-hidden-desktop",
];

/// A large-screen display utility (Tailwind's "lg:hidden", "xl:block";
/// Bootstrap's "d-lg-none", "d-xl-flex"), as its breakpoint's rank and
/// whether it hides. The widest breakpoint up to a desktop's 1280 pixels
/// decides. The smaller breakpoints' ("md:hidden") are not read: there a
/// compact widget gives way to a wider one, often a sidebar's filter list,
/// which pruning leaves out, so the compact copy is the one the text can
/// keep.
fn responsive_display(token: &str) -> Option<(u8, bool)> {
    let (breakpoint, value) = match token.split_once(':') {
        Some(pair) => pair,
        None => token.strip_prefix("d-")?.split_once('-')?,
    };
    let rank = breakpoint_rank(breakpoint)?;
    let hides = match value {
        "hidden" | "none" => true,
        "block" | "flex" | "grid" | "inline" | "inline-block" | "inline-flex" | "table"
        | "contents" => false,
        _ => return None,
    };
    Some((rank, hides))
}

/// The rank of a large-screen breakpoint that applies at a desktop's
/// width (Tailwind's and Bootstrap's names alike); `None` for wider ones
/// ("2xl", "xxl"), narrower ones (see [`responsive_display`]) and anything
/// else.
fn breakpoint_rank(name: &str) -> Option<u8> {
    match name {
        "lg" => Some(1),
        "xl" => Some(2),
        _ => None,
    }
}

/// Is the hidden element `el` (tree node `id`, children from
/// `first_child`) one click away, and so content: a panel a control names
/// or a tab panel, a panel its class names, the wrapper hiding such a
/// panel, or the panel after an accordion's toggle heading?
pub(crate) fn one_click_away(
    tree: &Tree,
    id: RawId,
    el: &RawElement,
    first_child: RawId,
    panels: &Panels,
) -> bool {
    is_collapsed_panel(el, panels)
        || is_named_panel(el)
        || wraps_collapsed_panel(tree, first_child, panels)
        || follows_toggle_heading(tree, id)
}

/// Is the element before node `id` (only blank text between them) a
/// heading that holds a toggle (an element with `aria-expanded`)? That is
/// the accordion of the ARIA authoring practices, `<h3><button
/// aria-expanded="false">Weight</button></h3>` over its panel, here without
/// an `aria-controls` to name the panel: the hidden element is that panel.
fn follows_toggle_heading(tree: &Tree, id: RawId) -> bool {
    let mut prev = tree.prev_sibling(id);
    while let Some(node) = tree.nodes.get(prev as usize) {
        match &node.data {
            RawData::Text(t) if t.trim().is_empty() => prev = tree.prev_sibling(prev),
            RawData::Element(el) => {
                return Tag::from_name(el.local()).heading_level().is_some()
                    && holds_toggle(tree, node.first_child);
            }
            _ => return false,
        }
    }
    false
}

/// Does the raw subtree from `first_child` hold an element with
/// `aria-expanded`, within [`TOGGLE_HEADING_NODES`] nodes?
fn holds_toggle(tree: &Tree, first_child: RawId) -> bool {
    tree.subtree_from(first_child)
        .take(TOGGLE_HEADING_NODES)
        .any(
            |node| matches!(&node.data, RawData::Element(el) if el.attr("aria-expanded").is_some()),
        )
}

/// A toggle heading is read to this many nodes: an accordion's header is
/// a button, an icon and a label.
const TOGGLE_HEADING_NODES: usize = 32;

/// The ids that a control (`aria-controls`) shows and hides: the panels of
/// accordions and disclosure widgets.
pub(crate) struct Panels(HashSet<String>);

impl Panels {
    /// The panels the controls of `tree` name.
    pub(crate) fn of(tree: &Tree) -> Panels {
        let ids = tree
            .nodes
            .iter()
            .filter_map(|n| match &n.data {
                RawData::Element(el) => el.attr("aria-controls"),
                _ => None,
            })
            .flat_map(str::split_ascii_whitespace)
            .map(str::to_owned)
            .collect();
        Panels(ids)
    }
}

/// A hidden element that a control on the page opens (an FAQ answer, a
/// collapsed section, an `aria-controls` target) or a hidden tab panel (the
/// other tabs of a docs page's instructions): the reader gets it with one
/// click, and it is content.
fn is_collapsed_panel(el: &RawElement, panels: &Panels) -> bool {
    (!panels.0.is_empty() && el.attr("id").is_some_and(|id| panels.0.contains(id.trim())))
        || el.attr("role").is_some_and(|r| r.trim() == "tabpanel")
}

/// A hidden element whose class names it an FAQ answer, an accordion's
/// panel, a collapsed section or a tab's pane ("faq__answer",
/// "accordion-content", "a-expander-content": the rest of a description
/// behind "Read more"; "tab-pane": a shop's specifications tab without
/// `role="tabpanel"`), hidden by its style or the `hidden` attribute: the
/// page opens it with one click, and it is content. Not when it is
/// `aria-hidden` (an animation's copy of the panel, a decorative graphic).
fn is_named_panel(el: &RawElement) -> bool {
    !aria_hidden(el)
        && el.attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("answer")
                || c.contains("faq")
                || c.contains("accordion")
                || c.contains("expander")
                || c.contains("collapsible")
                || [
                    "tab-pane",
                    "tab_pane",
                    "tabpane",
                    "tab-panel",
                    "tab_panel",
                    "tabpanel",
                ]
                .iter()
                .any(|t| c.contains(t))
        })
}

/// A hidden wrapper around a collapsed panel (the animation container of
/// an accordion hides itself, not the panel the control names): one of
/// its first element children, or theirs, is the panel.
fn wraps_collapsed_panel(tree: &Tree, first_child: RawId, panels: &Panels) -> bool {
    let mut level = vec![first_child];
    for _ in 0..PANEL_WRAPPER_LEVELS {
        let mut next_level = Vec::new();
        for &first in &level {
            let mut child = first;
            let mut seen = 0;
            while child != NONE && seen < PANEL_WRAPPER_CHILDREN {
                let Some(node) = tree.nodes.get(child as usize) else {
                    break;
                };
                if let RawData::Element(el) = &node.data {
                    if !never_content(el.local()) {
                        if is_collapsed_panel(el, panels) {
                            return true;
                        }
                        seen += 1;
                        next_level.push(node.first_child);
                    }
                }
                child = node.next;
            }
        }
        level = next_level;
    }
    false
}

/// How deep below a hidden wrapper the panel may sit ...
const PANEL_WRAPPER_LEVELS: usize = 2;
/// ... among how many element children at each level.
const PANEL_WRAPPER_CHILDREN: usize = 3;

/// A `<dialog>` without the `open` attribute: the browser does not render
/// it until a script opens it (a glossary popup, a sign-up box, a video
/// player), so it is not part of the page a reader sees, even when a
/// control on the page names it.
pub(crate) fn closed_dialog(el: &RawElement) -> bool {
    el.local() == "dialog" && el.attr("open").is_none()
}

/// `aria-hidden="true"`.
pub(crate) fn aria_hidden(el: &RawElement) -> bool {
    el.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
}

/// `hidden`, `aria-hidden="true"`, or an inline style that hides the element.
pub(crate) fn is_hidden(el: &RawElement) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if aria_hidden(el) {
        // aria-hidden hides from assistive technology, not from the screen:
        // Readability keeps image fallbacks visible, and a link a card
        // repeats for sighted readers (its teaser, `tabindex=-1`) is on
        // screen too. Other aria-hidden elements are decoration.
        let fallback = el
            .attr("class")
            .is_some_and(|c| c.contains("fallback-image"));
        if !fallback && !matches!(el.local(), "img" | "a") {
            return true;
        }
    }
    if let Some(style) = el.attr("style") {
        if style.len() < 2000 {
            let compact: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            if compact.contains("display:none") || compact.contains("visibility:hidden") {
                return true;
            }
        }
    }
    false
}

/// Siblings looked at for the visible twin of an element a class hides.
const TWIN_SIBLINGS: usize = 64;

/// A class (`class`, `el`'s) that hides the element whatever the screen: "hidden", "hide",
/// "is-hidden", Bootstrap's "d-none". Not when another class shows it
/// again at some width ("d-none d-md-block", Tailwind's "hidden md:flex"),
/// nor when a sibling of the same tag and the same other classes is shown:
/// that is a set of tabs, one open, the rest a click away.
fn hidden_by_class(tree: &Tree, id: RawId, el: &RawElement, class: &str) -> bool {
    if !class_hides(class) {
        return false;
    }
    let mine = twin_classes(class);
    if mine.is_empty() {
        return true;
    }
    let Some(parent) = tree.nodes.get(id as usize).map(|n| n.parent) else {
        return true;
    };
    let mut sibling = tree
        .nodes
        .get(parent as usize)
        .map_or(NONE, |n| n.first_child);
    let mut seen = 0;
    while sibling != NONE && seen < TWIN_SIBLINGS {
        let Some(node) = tree.nodes.get(sibling as usize) else {
            break;
        };
        if let RawData::Element(other) = &node.data {
            seen += 1;
            if sibling != id && other.local() == el.local() {
                let other_class = other.attr("class").unwrap_or("");
                if !class_hides(other_class) && twin_classes(other_class) == mine {
                    return false;
                }
            }
        }
        sibling = node.next;
    }
    true
}

/// The class tokens that hide an element on every screen.
fn is_hiding_token(token: &str) -> bool {
    matches!(token, "hidden" | "hide" | "is-hidden" | "d-none")
}

/// `class` hides its element: a hiding token, and no token that shows it
/// at some width or state.
fn class_hides(class: &str) -> bool {
    let mut hides = false;
    for token in class.split_ascii_whitespace() {
        if is_hiding_token(token) {
            hides = true;
        } else if token.contains(':') || token.starts_with("d-") || token.starts_with("visible") {
            return false;
        }
    }
    hides
}

/// The classes two tabs of one set share: `class` without its hiding and
/// state tokens ("active", "show", "open", "is-active"), sorted.
fn twin_classes(class: &str) -> Vec<&str> {
    let mut kept: Vec<&str> = class
        .split_ascii_whitespace()
        .filter(|t| {
            !is_hiding_token(t)
                && !matches!(
                    *t,
                    "active" | "show" | "shown" | "open" | "is-active" | "current" | "selected"
                )
        })
        .collect();
    kept.sort_unstable();
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hiding_class_hides_unless_another_shows_it_at_some_width() {
        assert!(class_hides("card hidden"));
        assert!(class_hides("d-none"));
        assert!(!class_hides("d-none d-md-block"));
        assert!(!class_hides("hidden md:flex"));
        assert!(!class_hides("hidden-xs"));
        assert!(!class_hides("card"));
    }

    #[test]
    fn a_phones_copy_is_hidden_from_the_desktop_reader() {
        assert!(desktop_hides("elementor-element elementor-hidden-desktop"));
        assert!(desktop_hides("block lg:hidden"));
        assert!(desktop_hides("row d-lg-none"));
        assert!(desktop_hides("hide-desktop"));
        assert!(desktop_hides("visible-xs-block"));
        assert!(desktop_hides("column is-hidden-desktop"));
        // Shown on desktops, hidden on phones: the desktop's layout.
        assert!(!desktop_hides(
            "elementor-hidden-mobile elementor-hidden-tablet"
        ));
        assert!(!desktop_hides("hidden lg:block"));
        assert!(!desktop_hides("d-none d-lg-block"));
        // The widest breakpoint up to a desktop's decides.
        assert!(!desktop_hides("lg:hidden xl:flex"));
        assert!(desktop_hides("md:flex lg:flex xl:hidden"));
        assert!(!desktop_hides("d-lg-none d-xl-block"));
        // Wider and narrower screens than a desktop's, and other prefixes,
        // say nothing.
        assert!(!desktop_hides("2xl:hidden"));
        assert!(!desktop_hides("md:hidden"));
        assert!(!desktop_hides("d-md-none"));
        assert!(!desktop_hides("max-lg:hidden hover:hidden"));
    }

    #[test]
    fn tabs_of_one_set_share_their_classes_but_state() {
        assert_eq!(twin_classes("tab active"), twin_classes("hidden tab"));
        assert_ne!(twin_classes("tab"), twin_classes("tab wide"));
    }

    #[test]
    fn hidden_elements_and_those_one_click_away() {
        let tree = crate::parse::parse(
            r#"<button aria-controls="a1">Q?</button>
            <div id="a1" hidden>Answer</div><div id="x" style="display: none">x</div>
            <div class="faq-answer" hidden>y</div><dialog>d</dialog>
            <div class="tab hidden">t2</div><div class="tab active">t1</div>"#,
            false,
            None,
        )
        .tree;
        let panels = Panels::of(&tree);
        let element = |id: &str| {
            tree.nodes
                .iter()
                .enumerate()
                .find_map(|(i, n)| match &n.data {
                    RawData::Element(e) if e.attr("id") == Some(id) || e.local() == id => {
                        Some((i as RawId, e, n.first_child))
                    }
                    _ => None,
                })
        };
        let (a1, el, first) = element("a1").expect("a1");
        assert!(hidden(&tree, a1, el) && one_click_away(&tree, a1, el, first, &panels));
        let (x, el, first) = element("x").expect("x");
        assert!(hidden(&tree, x, el) && !one_click_away(&tree, x, el, first, &panels));
        let (_, el, _) = element("dialog").expect("dialog");
        assert!(closed_dialog(el));
        // The hidden tab has a visible twin: it is a click away, not hidden.
        let tab = tree
            .nodes
            .iter()
            .enumerate()
            .find_map(|(i, n)| match &n.data {
                RawData::Element(e) if e.attr("class") == Some("tab hidden") => {
                    Some((i as RawId, e))
                }
                _ => None,
            });
        let (tab, el) = tab.expect("tab");
        assert!(!hidden(&tree, tab, el));
    }
}
