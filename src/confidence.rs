//! How far to trust a result: a 0..1 estimate of its word F1, reported as
//! [`Document::confidence`](crate::Document) so that a pipeline can route
//! doubtful pages elsewhere.
//!
//! A raw score ([`raw`]) comes from the amount of text, the winner's score
//! and how many fallback passes were needed; [`calibrated`] turns it into
//! an F1 estimate for the page's type. It only estimates; what is
//! extracted is [`crate::extract`](mod@crate::extract)'s decision.

use crate::document::PageType;

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
/// confidence ([`raw`]) is low; 0 when nothing was found. On WCXB's
/// development pages its rank correlation with the real F1 is 0.42, the
/// raw confidence's 0.36.
pub(crate) fn calibrated(raw: f32, page_type: PageType) -> f32 {
    if raw <= 0.0 {
        return 0.0;
    }
    expected_f1(page_type) * (0.8 + 0.2 * raw.min(1.0))
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
        assert_eq!(calibrated(0.0, PageType::Article), 0.0);
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
        assert!((calibrated(1.0, PageType::Article) - 0.95).abs() < 1e-6);
        assert!((calibrated(0.01, PageType::Article) - 0.95 * 0.802).abs() < 1e-4);
        assert!(calibrated(1.0, PageType::Listing) < calibrated(1.0, PageType::Other));
        // A raw score over 1 is not rewarded further.
        assert_eq!(
            calibrated(3.0, PageType::Forum),
            calibrated(1.0, PageType::Forum)
        );
    }
}
