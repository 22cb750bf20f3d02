//! How far to trust a result: a 0..1 estimate of its word F1, reported as
//! [`Document::confidence`](crate::Document) so that a pipeline can route
//! doubtful pages elsewhere.
//!
//! A raw score ([`raw`]) comes from the amount of text, the winner's score
//! and how many fallback passes were needed; [`calibrated`] turns it into
//! an F1 estimate for the page's type and the shape of the result: one made
//! of many short lines ([`short_line_share`]: labels, buttons, prices,
//! link lists) is more often wrong than one of paragraphs. It only
//! estimates; what is extracted is [`crate::extract`](mod@crate::extract)'s
//! decision.

use crate::document::{block_text, Block, PageType};

/// The mean word F1 of extraction on each type of page, measured on WCXB's
/// development pages (`../shared/bench/eval.sh`): an article's body is
/// found best; undeclared pages and threads lose more; products and
/// listings, whose content is spread over boxes and cards, most.
fn expected_f1(page_type: PageType) -> f32 {
    match page_type {
        PageType::Article => 0.95,
        PageType::Other | PageType::Forum => 0.88,
        PageType::Product | PageType::Listing => 0.74,
    }
}

/// The reported confidence, an estimate of the word F1 of the result: the
/// page type's [`expected_f1`], lowered by up to a fifth when the raw
/// confidence ([`raw`]) is low, and moved by [`SHORT_LINE_WEIGHT`] times
/// the distance of the result's [`short_line_share`] from its usual
/// [`TYPICAL_SHORT_SHARE`]; 0 when nothing was found, at most 1. On WCXB's
/// development pages its rank correlation with the real F1 is 0.47 (0.43
/// without the short lines, 0.36 for the raw confidence), and it is off by
/// 0.146 on average (0.151 without the short lines).
pub(crate) fn calibrated(raw: f32, page_type: PageType, short_share: f32) -> f32 {
    if raw <= 0.0 {
        return 0.0;
    }
    let by_type = expected_f1(page_type) * (0.8 + 0.2 * raw.min(1.0));
    let by_shape = 1.0 + SHORT_LINE_WEIGHT * (TYPICAL_SHORT_SHARE - short_share.clamp(0.0, 1.0));
    (by_type * by_shape).clamp(0.0, 1.0)
}

/// See [`calibrated`]: the mean [`short_line_share`] of results on WCXB's
/// development pages ...
const TYPICAL_SHORT_SHARE: f32 = 0.36;
/// ... and how much a share above or below it moves the estimate (fitted
/// there; 0.2 to 0.5 do about as well).
const SHORT_LINE_WEIGHT: f32 = 0.3;
/// A line shorter than this, in characters, is a label, a button, a price
/// or a link's title rather than a sentence.
const SHORT_LINE_CHARS: usize = 40;

/// The share of the result's lines (a paragraph, a heading, a list item, a
/// table row, a line of code) shorter than [`SHORT_LINE_CHARS`]; 0 when
/// there are none.
pub(crate) fn short_line_share(blocks: &[Block]) -> f32 {
    let (mut lines, mut short) = (0usize, 0usize);
    for block in blocks {
        for line in block_text(block).lines().filter(|l| !l.trim().is_empty()) {
            lines += 1;
            if line.chars().count() < SHORT_LINE_CHARS {
                short += 1;
            }
        }
    }
    if lines == 0 {
        0.0
    } else {
        short as f32 / lines as f32
    }
}

/// A rough 0..1 confidence from the amount of text, the winner's score and
/// how many fallbacks were needed (made a calibrated estimate by
/// [`calibrated`]).
pub(crate) fn raw(len: usize, score: f32, attempt: usize) -> f32 {
    if len == 0 {
        return 0.0;
    }
    let by_len = (len as f32 / 2000.0).min(1.0);
    let by_score = (score / 100.0).clamp(0.0, 1.0);
    let penalty = 1.0 - 0.2 * attempt as f32;
    ((0.5 * by_len + 0.5 * by_score) * penalty).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_found_is_no_confidence() {
        assert_eq!(raw(0, 80.0, 0), 0.0);
        assert_eq!(calibrated(0.0, PageType::Article, 0.0), 0.0);
    }

    #[test]
    fn each_fallback_lowers_the_raw_score() {
        let first = raw(3000, 120.0, 0);
        assert_eq!(first, 1.0);
        assert!(raw(3000, 120.0, 1) < first);
        assert!(raw(3000, 120.0, 2) < raw(3000, 120.0, 1));
        // Less text and a weaker winner count against it too.
        assert!(raw(500, 120.0, 0) < first);
        assert!(raw(3000, 20.0, 0) < first);
    }

    #[test]
    fn the_estimate_is_the_page_types_f1_lowered_by_at_most_a_fifth() {
        let usual = TYPICAL_SHORT_SHARE;
        assert!((calibrated(1.0, PageType::Article, usual) - 0.95).abs() < 1e-6);
        assert!((calibrated(0.01, PageType::Article, usual) - 0.95 * 0.802).abs() < 1e-4);
        assert!(
            calibrated(1.0, PageType::Listing, usual) < calibrated(1.0, PageType::Other, usual)
        );
        // A raw score over 1 is not rewarded further.
        assert_eq!(
            calibrated(3.0, PageType::Forum, usual),
            calibrated(1.0, PageType::Forum, usual)
        );
    }

    #[test]
    fn a_result_of_short_lines_is_trusted_less_and_never_over_one() {
        let prose = calibrated(1.0, PageType::Other, 0.0);
        let usual = calibrated(1.0, PageType::Other, TYPICAL_SHORT_SHARE);
        let labels = calibrated(1.0, PageType::Other, 1.0);
        assert!(labels < usual && usual < prose);
        assert!(calibrated(1.0, PageType::Article, 0.0) <= 1.0);
    }

    fn paragraph(text: &str) -> Block {
        Block::Paragraph {
            content: vec![crate::document::Inline::Text { text: text.into() }],
        }
    }

    #[test]
    fn short_lines_are_counted_per_line_of_every_block() {
        assert_eq!(short_line_share(&[]), 0.0);
        let sentence = "A sentence that runs well past forty characters of text.";
        let list = Block::List {
            ordered: false,
            items: vec![vec![paragraph("Add to cart")], vec![paragraph("$19.99")]],
        };
        let blocks = [paragraph(sentence), paragraph("Share"), list];
        // Four lines (the list's two items each one), three of them short.
        assert_eq!(short_line_share(&blocks), 0.75);
    }
}
