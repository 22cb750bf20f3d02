//! Second copies of text a template renders twice.
//!
//! Pages print some of their prose twice: a mobile and a desktop version
//! of a description, a carousel's clones, a thread engine that shows the
//! post a reply answers above the reply, a shop that repeats its promise
//! in the buy box and again under the description. This module recognises
//! the second copy, by whole block ([`Seen::first_block`], used by the
//! filter ([`crate::filter`]), which decides on which passes repeats go:
//! never in an article's body, where a song's chorus or a pull quote
//! repeats on purpose) or by line of a paragraph or list item
//! ([`drop_repeated_lines`], run on a product's or a thread's content once
//! it is chosen: the choice between passes weighs the page as written).
//!
//! It compares words only (lowercased, punctuation ignored); it does not
//! judge near copies, and leaves headings, tables and code alone (a
//! spec table's rows and a program's lines repeat by nature).

use crate::document::{block_text, inline_text, Block, Inline};
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Blocks shorter than this may repeat ("Read more", a price).
const MIN_REPEAT_CHARS: usize = 20;

/// A line repeats only when it has at least this many words: a sentence,
/// not a spec's "Storage: 60 GB available space", which a game's minimum
/// and recommended requirements both list.
const MIN_REPEAT_LINE_WORDS: usize = 10;

/// Drops the sentence-long lines (see [`Seen::drop_repeated_lines`]) of
/// chosen content that repeat a line above them, and the blocks left
/// empty.
pub(crate) fn drop_repeated_lines(blocks: &mut Vec<Block>) {
    let mut seen = Seen::default();
    blocks.retain_mut(|b| seen.drop_repeated_lines(b));
}

/// The texts kept so far (by a pass, or in chosen content), as hashes of
/// their words.
#[derive(Default)]
pub(crate) struct Seen {
    blocks: HashSet<u64>,
    lines: HashSet<u64>,
}

impl Seen {
    /// Is this the first time the page shows this prose? A paragraph, list
    /// or quote repeated word for word is a template's second copy, not
    /// more content. Headings and short blocks are always new.
    pub(crate) fn first_block(&mut self, block: &Block) -> bool {
        if !matches!(
            block,
            Block::Paragraph { .. } | Block::List { .. } | Block::Quote { .. }
        ) {
            return true;
        }
        let text = block_text(block);
        if text.chars().count() < MIN_REPEAT_CHARS {
            return true;
        }
        let (hash, _) = hash_words(text.split_whitespace());
        self.blocks.insert(hash)
    }

    /// Drops from a quote's blocks the paragraphs, lists and quotes, down
    /// through nested quotes, that repeat a block already seen (a reply
    /// quoting an earlier post); returns whether anything is left.
    pub(crate) fn unquote(&mut self, blocks: &mut Vec<Block>) -> bool {
        blocks.retain_mut(|b| match b {
            Block::Quote { blocks } => self.unquote(blocks),
            _ => self.first_block(b),
        });
        !blocks.is_empty()
    }

    /// Drops the lines of a sentence's length (at least
    /// [`MIN_REPEAT_LINE_WORDS`] words) that were already kept:
    /// a paragraph's lines between its line breaks, down through list
    /// items and quotes. Notes the lines it keeps. Returns whether
    /// anything is left of the block.
    pub(crate) fn drop_repeated_lines(&mut self, block: &mut Block) -> bool {
        match block {
            Block::Paragraph { content } => self.keep_new_lines(content),
            Block::List { items, .. } => {
                for item in items.iter_mut() {
                    item.retain_mut(|b| self.drop_repeated_lines(b));
                }
                items.retain(|item| !item.is_empty());
                !items.is_empty()
            }
            Block::Quote { blocks } => {
                blocks.retain_mut(|b| self.drop_repeated_lines(b));
                !blocks.is_empty()
            }
            _ => true,
        }
    }

    /// See [`Seen::drop_repeated_lines`]: one paragraph's inlines, cut at
    /// its top-level line breaks. A paragraph that loses no line is left as
    /// written. Returns whether a kept line has text.
    fn keep_new_lines(&mut self, content: &mut Vec<Inline>) -> bool {
        // Each line as the index its inlines end at, and whether it is new.
        let mut lines: Vec<(usize, bool)> = Vec::new();
        let mut has_text = false;
        let mut start = 0;
        for end in 0..=content.len() {
            if content
                .get(end)
                .is_none_or(|i| matches!(i, Inline::LineBreak))
            {
                let text = inline_text(content.get(start..end).unwrap_or_default());
                let new = self.new_line(&text);
                has_text |= new && !text.trim().is_empty();
                lines.push((end, new));
                start = end + 1;
            }
        }
        if lines.iter().all(|&(_, new)| new) {
            return has_text;
        }
        let mut kept: Vec<Inline> = Vec::with_capacity(content.len());
        let mut old = std::mem::take(content).into_iter().enumerate().peekable();
        for (end, new) in lines {
            if new && !kept.is_empty() {
                kept.push(Inline::LineBreak);
            }
            // The line's inlines hold no line break: the one that ends it
            // is at `end`, and goes.
            while let Some((_, inline)) = old.next_if(|(i, _)| *i < end) {
                if new {
                    kept.push(inline);
                }
            }
            old.next_if(|(i, _)| *i == end);
        }
        *content = kept;
        has_text
    }

    /// Is this line's text new (or too short to judge)? Notes it.
    fn new_line(&mut self, text: &str) -> bool {
        let words = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let (hash, count) = hash_words(words);
        count < MIN_REPEAT_LINE_WORDS || self.lines.insert(hash)
    }
}

/// A hash of `words`, each lowercased, and how many there are.
fn hash_words<'a>(words: impl Iterator<Item = &'a str>) -> (u64, usize) {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let mut count = 0;
    for word in words {
        word.to_lowercase().hash(&mut h);
        count += 1;
    }
    (h.finish(), count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    fn para(lines: &[&str]) -> Block {
        let mut content = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                content.push(Inline::LineBreak);
            }
            content.push(text(l));
        }
        Block::Paragraph { content }
    }

    const LONG: &str = "A line long enough to be a sentence, with ten words or more in it.";
    const OTHER: &str = "Another sentence of its own, also long enough to be judged here.";

    #[test]
    fn a_repeated_line_goes_and_its_neighbours_stay() {
        let mut blocks = vec![
            para(&[LONG, "Short line"]),
            para(&[OTHER, LONG, "Short line"]),
        ];
        drop_repeated_lines(&mut blocks);
        assert_eq!(
            blocks,
            vec![para(&[LONG, "Short line"]), para(&[OTHER, "Short line"])]
        );
    }

    #[test]
    fn words_are_compared_not_case_or_punctuation() {
        let shouted = LONG.to_uppercase().replace(',', "");
        let mut blocks = vec![para(&[LONG]), para(&[&shouted])];
        drop_repeated_lines(&mut blocks);
        assert_eq!(blocks, vec![para(&[LONG])]);
    }

    #[test]
    fn short_lines_and_headings_may_repeat() {
        let heading = Block::Heading {
            level: 2,
            content: vec![text(LONG)],
        };
        let mut blocks = vec![
            para(&["Storage: 60 GB available space"]),
            para(&["Storage: 60 GB available space"]),
            heading.clone(),
            heading.clone(),
        ];
        let before = blocks.clone();
        drop_repeated_lines(&mut blocks);
        assert_eq!(blocks, before);
    }

    #[test]
    fn list_items_left_empty_go() {
        let list = Block::List {
            ordered: false,
            items: vec![vec![para(&[LONG])], vec![para(&[OTHER])]],
        };
        let mut blocks = vec![para(&[LONG]), list];
        drop_repeated_lines(&mut blocks);
        let kept = Block::List {
            ordered: false,
            items: vec![vec![para(&[OTHER])]],
        };
        assert_eq!(blocks, vec![para(&[LONG]), kept]);
    }

    #[test]
    fn whole_blocks_repeat_once_long_enough() {
        let mut seen = Seen::default();
        assert!(seen.first_block(&para(&[OTHER])));
        assert!(!seen.first_block(&para(&[OTHER])));
        assert!(seen.first_block(&para(&["Read more"])));
        assert!(seen.first_block(&para(&["Read more"])));
    }
}
