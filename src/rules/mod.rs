//! Boilerplate knowledge as data.
//!
//! Every list here is a set of lowercase fragments matched as substrings of an
//! element's `class` or `id` (or of a block's text), each with the reason it is
//! there. Substrings, not class tokens: concatenated names ("socialshare",
//! "promocontainerv2", CSS-module names like "financingpromo_x1y2") are
//! common, and matching the keywords only at token starts (split on spaces,
//! `-` and `_`) lost more than it gained (wcxb-dev −0.0006). The names are
//! read with their word separators made one `-` (`crate::dom` stores
//! "author__bio", "author--bio" and "author_bio" as "author-bio"), so the
//! fragments are written with `-` only. (Case boundaries are not split:
//! "MathJax" stays "mathjax", as the fragments spell it.) The few
//! short, ambiguous names are token rules of their own
//! ([`comment_section`]). The stages that *act* on a match live elsewhere
//! ([`crate::prune`], [`crate::score`], [`crate::clean`]); this module only
//! answers "does this string look like X?".
//!
//! Two kinds of knowledge, a file each: [`names`] reads an element's class,
//! id and role (what the markup calls a container); [`text`] reads a
//! block's words (what a line of boilerplate says).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

fn automaton(patterns: &[&str]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostFirst)
        .build(patterns)
        .expect("static keyword lists are valid patterns")
}

/// A named set of fragments.
pub(crate) struct Keywords {
    ac: LazyLock<AhoCorasick>,
}

impl Keywords {
    /// Does `haystack` (already lowercase) contain one of the fragments?
    #[inline]
    pub(crate) fn matches(&self, haystack: &str) -> bool {
        !haystack.is_empty() && self.ac.is_match(haystack)
    }
}

macro_rules! keywords {
    ($(#[$doc:meta])* $name:ident = [$($(#[$why:meta])* $kw:literal),* $(,)?]) => {
        $(#[$doc])*
        pub(crate) static $name: Keywords = Keywords {
            ac: LazyLock::new(|| automaton(&[$($kw),*])),
        };
    };
}

mod names;
mod text;

pub(crate) use names::*;
pub(crate) use text::*;
