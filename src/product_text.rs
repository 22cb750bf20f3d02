//! A product page's own words about its product, put back when the chosen
//! content lacks them.
//!
//! Shops describe their product twice: in the page's markup (the
//! description tabs, the summary box beside the pictures) and in the data
//! they give search engines (the JSON-LD `Product` description, the
//! `<meta>` description). When the content the pipeline chose leaves that
//! text out, this module adds it: the JSON-LD description when the page
//! renders it with a script ([`add_json_ld_description`]), and the meta
//! description when the page shows it word for word outside the chosen
//! content, in a summary box ([`add_shown_summary`]). It also gives the
//! content the product's name ([`add_name`]): the heading above the
//! pictures and the price, which the description's region seldom holds.
//!
//! It runs on product pages only ([`crate::kind`] decides which); it does
//! not choose the content, and it adds nothing the page's content already
//! says.

use crate::document::{block_text, Block};
use crate::dom::{Data, Dom, NodeId};
use crate::extract::body_blocks;
use crate::options::Focus;
use crate::{measure, metadata};

/// A product's JSON-LD description shorter than this is a tagline.
const JSON_LD_DESCRIPTION_MIN_CHARS: usize = 80;

/// A shown summary has at least this many words: a sentence about the
/// product, not a tagline such as "Free shipping on all orders".
const SUMMARY_MIN_WORDS: usize = 12;

/// A shown summary has at most this many characters: a meta description
/// longer than this is a page's whole text copied into its `<head>`.
const SUMMARY_MAX_CHARS: usize = 1000;

/// Adds the JSON-LD description of a product to its content when the
/// page's text lacks most of its words (a shop that renders it with a
/// script): at the top, below the content's opening heading if it has one,
/// through the same text filter as the page's blocks. Returns the
/// characters added.
pub(crate) fn add_json_ld_description(
    blocks: &mut Vec<Block>,
    scripts: &[serde_json::Value],
    focus: Focus,
) -> usize {
    let Some(desc) = metadata::product_description(scripts) else {
        return 0;
    };
    let (paragraphs, len) = body_blocks(&desc, focus);
    if len < JSON_LD_DESCRIPTION_MIN_CHARS {
        return 0;
    }
    let shown: std::collections::HashSet<String> = content_words(blocks).collect();
    let words = measure::words(&desc);
    let found = words.iter().filter(|w| shown.contains(*w)).count();
    if found * 2 > words.len() {
        return 0;
    }
    insert_at_top(blocks, paragraphs);
    len
}

/// Adds the page's meta description (`description`, else
/// `og:description`) to a product's content when an element of the page
/// shows exactly that text (the summary box beside the product's pictures,
/// which the content's region did not reach) and the content does not say
/// it: at the top, below the content's opening heading, through the same
/// text filter as the page's blocks. Returns the characters added.
///
/// A description that only the `<head>` holds is the shop's text for
/// search engines, not the page's; one the page prints is the product's
/// own summary.
pub(crate) fn add_shown_summary(
    blocks: &mut Vec<Block>,
    dom: &Dom,
    sizes: &[measure::Sizes],
    focus: Focus,
) -> usize {
    let Some(desc) = dom.meta.get(&["description", "og:description"]) else {
        return 0;
    };
    let words = measure::words(desc);
    if words.len() < SUMMARY_MIN_WORDS || desc.len() > SUMMARY_MAX_CHARS {
        return 0;
    }
    if says(blocks, &words) || !shown_on_page(dom, sizes, &words) {
        return 0;
    }
    let (paragraphs, len) = body_blocks(desc, focus);
    insert_at_top(blocks, paragraphs);
    len
}

/// Does an element below the page's `<body>` hold exactly these words as
/// its whole text? (`sizes` are the page's [`measure::sizes`].)
fn shown_on_page(dom: &Dom, sizes: &[measure::Sizes], words: &[String]) -> bool {
    // Characters of the words with one space between them: an element
    // whose text is much longer or shorter cannot be the same text, and
    // is not read.
    let chars = words.iter().map(|w| w.chars().count() + 1).sum::<usize>();
    let (low, high) = (chars * 9 / 10, chars * 3 / 2 + 10);
    dom.nodes.iter().enumerate().any(|(i, node)| {
        let Some(size) = sizes.get(i) else {
            return false;
        };
        let len = size.text as usize;
        matches!(node.data, Data::Element(_))
            && (low..=high).contains(&len)
            && dom.below_body(i as NodeId)
            && measure::words(&measure::text_of(dom, &[], i as NodeId)) == words
    })
}

/// Puts the product's name (the page's title, which for a product page is
/// the name the shop prints above the pictures) at the top of its content
/// as a level-1 heading, when no run of the content's words says it: a
/// product's name is part of what the page says about it, as an article's
/// headline is not of its body. Returns the characters added. (A writer
/// that prints the title prints such a heading once, see
/// [`crate::write`].)
pub(crate) fn add_name(blocks: &mut Vec<Block>, title: Option<&str>) -> usize {
    let Some(name) = title.map(str::trim).filter(|t| !t.is_empty()) else {
        return 0;
    };
    let words = measure::words(name);
    if blocks.is_empty() || words.is_empty() {
        return 0;
    }
    if says(blocks, &words) {
        return 0;
    }
    blocks.insert(
        0,
        Block::Heading {
            level: 1,
            content: vec![crate::document::Inline::Text { text: name.into() }],
        },
    );
    name.chars().count()
}

/// Do the content's words hold `words` (lowercased, from
/// [`measure::words`]) as one run?
fn says(blocks: &[Block], words: &[String]) -> bool {
    let wanted = format!(" {} ", words.join(" "));
    let content: String = content_words(blocks).fold(String::from(" "), |mut s, w| {
        s.push_str(&w);
        s.push(' ');
        s
    });
    content.contains(&wanted)
}

/// The lowercased words of the content's blocks, in order.
fn content_words(blocks: &[Block]) -> impl Iterator<Item = String> + '_ {
    blocks.iter().flat_map(|b| measure::words(&block_text(b)))
}

/// Puts `paragraphs` at the top of `blocks`, below an opening heading.
fn insert_at_top(blocks: &mut Vec<Block>, paragraphs: Vec<Block>) {
    let at = usize::from(matches!(blocks.first(), Some(Block::Heading { .. })));
    blocks.splice(at..at, paragraphs);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary_added(html: &str, content: &str) -> Vec<String> {
        let dom = Dom::parse_for_test(html);
        let mut blocks = vec![
            Block::Heading {
                level: 1,
                content: vec![crate::document::Inline::Text {
                    text: "Ridge Runner".into(),
                }],
            },
            Block::Paragraph {
                content: vec![crate::document::Inline::Text {
                    text: content.into(),
                }],
            },
        ];
        add_shown_summary(&mut blocks, &dom, &measure::sizes(&dom), Focus::Balanced);
        blocks.iter().map(block_text).collect()
    }

    fn heading(text: &str) -> Block {
        Block::Heading {
            level: 2,
            content: vec![crate::document::Inline::Text { text: text.into() }],
        }
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![crate::document::Inline::Text { text: text.into() }],
        }
    }

    #[test]
    fn the_name_opens_a_content_that_does_not_say_it() {
        let name = "Ridge Runner Trail Shoe";
        let mut blocks = vec![heading("Description"), paragraph("A light shoe.")];
        assert_eq!(add_name(&mut blocks, Some(name)), name.chars().count());
        assert_eq!(block_text(&blocks[0]), name);
        assert!(matches!(blocks[0], Block::Heading { level: 1, .. }));
        // Said already, in other capitals and inside a sentence: not added.
        let mut said = vec![paragraph("The ridge runner trail shoe is light.")];
        assert_eq!(add_name(&mut said, Some(name)), 0);
        assert_eq!(said.len(), 1);
        // No content, or no name: nothing to add to, nothing to add.
        assert_eq!(add_name(&mut Vec::new(), Some(name)), 0);
        let mut untitled = vec![paragraph("A light shoe.")];
        assert_eq!(add_name(&mut untitled, None), 0);
        assert_eq!(add_name(&mut untitled, Some("  ")), 0);
        assert_eq!(untitled.len(), 1);
    }

    const SUMMARY: &str = "A light trail shoe with a grippy sole, a roomy toe box and a \
        cushioned heel for long days on rocky ground.";

    #[test]
    fn a_shown_meta_description_missing_from_the_content_is_added() {
        let html = format!(
            r#"<html><head><meta name="description" content="{SUMMARY}"></head><body>
            <div class="summary"><p>{SUMMARY}</p></div><main><h1>Ridge Runner</h1>
            <p>Specifications: 280 g, 8 mm drop.</p></main></body></html>"#
        );
        let texts = summary_added(&html, "Specifications: 280 g, 8 mm drop.");
        assert_eq!(texts.len(), 3);
        assert_eq!(texts[0], "Ridge Runner");
        assert_eq!(texts[1], SUMMARY);
    }

    #[test]
    fn a_description_only_in_the_head_or_already_in_the_content_is_not() {
        let head_only = format!(
            r#"<html><head><meta name="description" content="{SUMMARY}"></head><body>
            <main><p>Specifications: 280 g, 8 mm drop.</p></main></body></html>"#
        );
        assert_eq!(summary_added(&head_only, "Specifications: 280 g.").len(), 2);
        let shown = format!(
            r#"<html><head><meta name="description" content="{SUMMARY}"></head><body>
            <main><p>{SUMMARY}</p></main></body></html>"#
        );
        assert_eq!(summary_added(&shown, SUMMARY).len(), 2);
        // Printed inside a longer paragraph: not a summary of its own.
        let inside = format!(
            r#"<html><head><meta name="description" content="{SUMMARY}"></head><body>
            <p>Our founder says: {SUMMARY} We sell it in six colours and every size
            from 36 to 48, with free returns within a month of delivery.</p></body></html>"#
        );
        assert_eq!(summary_added(&inside, "Specifications: 280 g.").len(), 2);
        // A tagline is too short to be the product's summary.
        let tagline = r#"<html><head><meta name="description" content="Light trail shoes.">
            </head><body><p>Light trail shoes.</p></body></html>"#;
        assert_eq!(summary_added(tagline, "Specifications: 280 g.").len(), 2);
    }
}
