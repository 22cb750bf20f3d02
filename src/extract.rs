//! The pipeline: decode → parse → prune → score → clean → blocks → filter.
//!
//! Decides the order of the stages and the fallbacks: when the first, strict
//! pass keeps less than [`MIN_ARTICLE_CHARS`] characters, extraction is
//! repeated with class/id pruning off, then class weights off, then
//! conditional cleaning off, and the longest result wins (Readability's
//! strategy). A short first winner is compared with the whole pruned page
//! (its `<main>` landmark, when that holds at least half the page's text).
//! Last, the article candidate is compared with the page's region of repeated
//! cards ([`crate::cards`]): a listing page, whose cards hold
//! [`LISTING_RATIO`] times more text (or [`CONTAINED_LISTING_RATIO`] times,
//! when the candidate is a wrapper around them or a child of their container,
//! such as the introduction above a grid; [`HIDDEN_LISTING_RATIO`] times on a
//! declared article that holds cards a third of whose text is links: a
//! category page its CMS calls an article), is extracted as its cards, link
//! text included (when the strict pass kept nothing at all, the cards are
//! looked for and read without class pruning); on a page that declares no
//! kind, cards of prose inside the article candidate (a service page's
//! feature tiles) are read again whole, cleaning left out of them; on a
//! declared thread ([`crate::kind`]), the run of replies is added to the
//! chosen post, and an opening post the theme draws apart from them
//! ([`crate::thread`]) goes first. On a declared article whose post the
//! strict pass found, the lenient retries leave comment sections out; on an
//! undeclared page whose one `<article>` element is its story, every pass
//! leaves out the comment sections outside it. A result under
//! [`FRAGMENT_CHARS`] out of a page with more text is a stray line left when
//! nothing was found, and counts as no content. A page that still comes up
//! short, or whose `<noscript>` holds more readable text than was found
//! outside it, is read again with `<noscript>` and hidden content shown
//! (then, if still short, hidden content alone), and then falls back on its
//! JSON-LD `articleBody`, if it has one. On a product page, the product's
//! own words that the content lacks are added at the top
//! ([`crate::product_text`]): its JSON-LD description when the page renders
//! it with a script, its meta description when a summary box prints it.
//! Every stage's own decisions live in its module.

use crate::blocks::Builder;
use crate::document::{block_text, Block, Document, PageType};
use crate::dom::{Dom, NodeId, Reveal, Tag};
use crate::kind::PageKind;
use crate::options::{Focus, Options};
use crate::parse::past;
use crate::{
    cards, clean, confidence, filter, kind, measure, metadata, parse, product_text, prune, repeats,
    score, thread, Error,
};
use std::time::Instant;

/// A result shorter than this triggers a more lenient retry.
pub const MIN_ARTICLE_CHARS: usize = 500;

/// A result shorter than this ...
const FRAGMENT_CHARS: usize = 100;
/// ... out of a page with at least this much text is a fragment left over
/// when nothing was found, not content.
const FRAGMENT_PAGE_CHARS: usize = 500;

/// A first-pass winner shorter than this is compared with the whole page,
/// on a page that declares itself an article ...
const SHORT_SELECTION_CHARS: usize = 1500;
/// ... and on any other page (service and product pages spread their
/// content over many sections).
const SHORT_UNDECLARED_CHARS: usize = 3000;
/// ... and replaced by it when the page keeps this many times more text.
const WHOLE_PAGE_RATIO: f32 = 1.5;

/// A region of repeated cards replaces the article candidate when it holds
/// this many times more text (a listing page).
const LISTING_RATIO: f32 = 2.5;
/// ... and holds at least this much text.
const MIN_LISTING_CHARS: usize = 250;
/// When the article candidate holds the region (a whole-page result, a
/// wrapper picked around the grid) or is one of its container's children
/// (the introduction above the grid), the cards need only this many times
/// the text the candidate kept: what cleaning threw away was the cards' link
/// text, dates and prices.
const CONTAINED_LISTING_RATIO: f32 = 1.3;
/// On a declared article whose candidate holds a region of cards a third
/// of whose text is links (see [`Passes::cards_hide_in_the_article`]), the
/// cards need only this many times the candidate's text: a blog index or a
/// category front that its CMS declares an article, whose teasers' titles
/// cleaning threw away.
const HIDDEN_LISTING_RATIO: f32 = 1.15;
/// ... and the region (unpruned) must be at least this share link text.
const HIDDEN_LISTING_LINK_SHARE: f32 = 0.3;
/// Cards of prose (see [`Passes::prose_cards_in_the_article`]) are under
/// this share link text ...
const PROSE_CARDS_LINK_SHARE: f32 = 0.3;
/// ... and at least this share of their container's text.
const PROSE_CARDS_SHARE: f32 = 0.4;

/// A strict pass that keeps this much of a declared article has found its
/// post (see [`Attempt::drop_comments`]).
const MIN_POST_CHARS: usize = 200;

/// An `<article>` element with less text than this is a widget's box (a
/// dialog), not a story or a post (see [`lone_story`]).
const ARTICLE_ELEMENT_MIN_CHARS: usize = 100;

/// How each attempt is configured.
#[derive(Clone, Copy)]
struct Attempt {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
    /// Take the whole pruned `<body>` instead of the scorer's choice; comment
    /// and reply containers are kept (on such pages they are content).
    whole_page: bool,
    /// Take this region of repeated items (a listing's cards, a thread's
    /// replies) instead of the scorer's choice.
    region: Option<NodeId>,
    /// Link text is content (a listing's cards): no link-line filtering.
    links_are_content: bool,
    /// Leave comment sections out even when not stripping unlikely
    /// candidates (a declared article whose post was found).
    drop_comments: bool,
    /// A region cleaning leaves whole (cards of prose).
    keep: Option<NodeId>,
}

/// The strict first pass; every other attempt is this one with some
/// switches changed.
const STRICT: Attempt = Attempt {
    strip_unlikely: true,
    weight_classes: true,
    clean_conditionally: true,
    whole_page: false,
    region: None,
    links_are_content: false,
    drop_comments: false,
    keep: None,
};

/// The alternative a short first-pass winner is compared with.
const WHOLE_PAGE: Attempt = Attempt {
    whole_page: true,
    ..STRICT
};

/// The article attempts in order, each more lenient than the last.
const ATTEMPTS: [Attempt; 4] = [
    STRICT,
    Attempt {
        strip_unlikely: false,
        ..STRICT
    },
    Attempt {
        strip_unlikely: false,
        weight_classes: false,
        ..STRICT
    },
    Attempt {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
        ..STRICT
    },
];

/// Checks the input (binary, size, empty), parses it and extracts.
pub(crate) fn extract_str(html: &str, opts: &Options) -> Result<Document, Error> {
    if crate::decode::looks_binary(html.as_bytes()) {
        return Err(Error::Binary);
    }
    extract_decoded(html, opts)
}

/// [`extract_str`] for text decoded from bytes that were already found
/// not binary ([`crate::extract_bytes`]): checks size and emptiness only.
pub(crate) fn extract_decoded(html: &str, opts: &Options) -> Result<Document, Error> {
    if html.len() > opts.max_bytes {
        return Err(Error::TooLarge {
            size: html.len(),
            limit: opts.max_bytes,
        });
    }
    if html.trim().is_empty() {
        return Err(Error::EmptyInput);
    }
    let (mut doc, len) = extract_parsed(html, opts);
    doc.confidence = confidence::calibrated(
        doc.confidence,
        doc.page_type,
        confidence::short_line_share(&doc.blocks),
    );
    // `len` counts characters, at most 4 bytes each in UTF-8: most pages
    // are known to be under the limit without rendering their blocks.
    Ok(if len.saturating_mul(4) > opts.max_output_bytes {
        limit_output(doc, opts.max_output_bytes)
    } else {
        doc
    })
}

/// Parses and extracts, with the reveal pass for pages that come up short;
/// also returns the text length of the result, in characters.
fn extract_parsed(html: &str, opts: &Options) -> (Document, usize) {
    let deadline = opts.time_budget.map(|b| Instant::now() + b);
    let parsed = parse::parse(html, true, deadline);
    let dom = Dom::from_tree(parsed.tree, Reveal::default(), opts.max_depth);
    let full = measure::sizes(&dom);
    let (mut doc, len) = extract_dom(&dom, &full, opts, deadline);
    doc.partial |= parsed.partial;
    let (mut doc, mut len) = if len >= MIN_ARTICLE_CHARS && !noscript_holds_more(&dom, len) {
        (doc, len)
    } else {
        short_page(html, &dom, opts, deadline, doc, len)
    };
    if doc.page_type == PageType::Product {
        len +=
            product_text::add_json_ld_description(&mut doc.blocks, &dom.meta.json_ld, opts.focus);
        len += product_text::add_shown_summary(&mut doc.blocks, &dom, &full, opts.focus);
        len += product_text::add_name(&mut doc.blocks, doc.metadata.title.as_deref());
    }
    (doc, len)
}

/// A page whose first pass came up short: the reveal pass, then the
/// JSON-LD `articleBody` of a script-rendered story.
fn short_page(
    html: &str,
    dom: &Dom,
    opts: &Options,
    deadline: Option<Instant>,
    doc: Document,
    len: usize,
) -> (Document, usize) {
    let (doc, len) = reveal(html, opts, deadline, doc, len);
    if len >= MIN_ARTICLE_CHARS {
        return (doc, len);
    }
    // Still little text: a script-rendered page may give its story in its
    // JSON-LD only.
    match metadata::article_body(&dom.meta.json_ld).map(|b| body_blocks(&b, opts.focus)) {
        Some((blocks, body_len))
            if body_len >= MIN_ARTICLE_CHARS && body_len as f32 > len as f32 * REVEAL_GAIN =>
        {
            let doc = Document {
                blocks,
                confidence: doc.confidence.max(0.3),
                ..doc
            };
            (doc, body_len)
        }
        _ => (doc, len),
    }
}

/// The paragraphs of a JSON-LD `articleBody` (plain text: one paragraph per
/// line) and their length in characters, after the same text filter as
/// the page's blocks.
pub(crate) fn body_blocks(body: &str, focus: Focus) -> (Vec<Block>, usize) {
    let blocks = body
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .map(|text| Block::Paragraph {
            content: vec![crate::document::Inline::Text { text }],
        })
        .collect();
    let how = filter::How {
        title: None,
        author: None,
        focus,
        links_are_content: false,
        drop_repeats: false,
        drop_quoted_repeats: false,
        one_product: false,
    };
    let blocks = filter::filter(blocks, &[], &how);
    let len = text_len(&blocks);
    (blocks, len)
}

/// The reveal pass: for a page that comes up short, extracts again with
/// `<noscript>` content parsed and hidden containers shown, and keeps that
/// when it has [`HIDDEN_REVEAL_GAIN`] times the text. When that still comes up
/// short, hidden containers are shown with `<noscript>` left as text: parsed
/// as markup, a `<noscript>` tracking pixel written `<iframe … />` opens a
/// raw-text element that swallows the rest of the page.
fn reveal(
    html: &str,
    opts: &Options,
    deadline: Option<Instant>,
    doc: Document,
    len: usize,
) -> (Document, usize) {
    let mut best = (doc, len);
    // Little text: maybe the page keeps its content where only a browser
    // without JavaScript shows it (<noscript>: Discourse forums), or in a
    // hidden container that a script reveals (streamed server rendering,
    // a theme that shows its content by removing a "hide" class).
    if html.contains("<noscript") {
        best = reveal_with(html, opts, deadline, true, best);
    }
    if best.1 < MIN_ARTICLE_CHARS && (html.contains("hid") || html.contains("d-none")) {
        best = reveal_with(html, opts, deadline, false, best);
    }
    best
}

/// Does the page's `<noscript>` content hold more readable text than
/// `len`, the text extracted without it, and at least
/// [`NOSCRIPT_MIN_CHARS`]? A page that renders its content with a script
/// and also writes it out for browsers without one (a shop's product
/// shelves) leaves only its headings outside `<noscript>`.
fn noscript_holds_more(dom: &Dom, len: usize) -> bool {
    dom.noscript_chars >= NOSCRIPT_MIN_CHARS && dom.noscript_chars > len
}

/// See [`noscript_holds_more`].
const NOSCRIPT_MIN_CHARS: usize = 1000;

/// One reveal: parses again with hidden containers shown (and `<noscript>`
/// content parsed, when `noscript`) and extracts; keeps the result when it
/// has [`HIDDEN_REVEAL_GAIN`] times the text of `best`.
fn reveal_with(
    html: &str,
    opts: &Options,
    deadline: Option<Instant>,
    noscript: bool,
    best: (Document, usize),
) -> (Document, usize) {
    if past(deadline) {
        return best;
    }
    let parsed = parse::parse(html, !noscript, deadline);
    let dom = Dom::from_tree(
        parsed.tree,
        Reveal {
            noscript,
            hidden: true,
        },
        opts.max_depth,
    );
    let (mut fallback, fallback_len) = extract_dom(&dom, &measure::sizes(&dom), opts, deadline);
    fallback.partial |= parsed.partial;
    if fallback_len as f32 > best.1 as f32 * HIDDEN_REVEAL_GAIN {
        (fallback, fallback_len)
    } else {
        best
    }
}

/// Keeps the blocks up to the one that reaches `limit` bytes of text.
fn limit_output(mut doc: Document, limit: usize) -> Document {
    let mut total = 0usize;
    let keep = doc.blocks.iter().position(|b| {
        total += block_text(b).len();
        total > limit
    });
    if let Some(cut) = keep {
        doc.blocks.truncate(cut + 1);
        doc.partial = true;
    }
    doc
}

/// The JSON-LD article body must be this many times longer than what
/// the page shows to be preferred.
const REVEAL_GAIN: f32 = 1.5;
/// The page with its hidden containers shown must keep this many times
/// the text of the page as shown to be preferred: a short visible text
/// beside twice as much hidden (a collapsed alternative, an inactive
/// variant) is the content, a stub beside a hidden article is not.
const HIDDEN_REVEAL_GAIN: f32 = 3.0;

fn text_len(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| block_text(b).chars().count()).sum()
}

/// What one pass produced.
struct Pass {
    blocks: Vec<Block>,
    /// Text length of `blocks`, in characters.
    len: usize,
    /// The winner's score.
    score: f32,
    /// The region of repeated cards, when asked for.
    cards: Option<cards::Cards>,
    /// The chosen nodes the blocks come from.
    nodes: Vec<NodeId>,
}

/// What every pass over one arena shares.
struct Passes<'a> {
    dom: &'a Dom,
    /// Stats of the unpruned page (prune's byline length check reads them).
    full: &'a [measure::Sizes],
    /// The page's blocks rendered again for other screens
    /// ([`prune::later_twins`]).
    twins: prune::Twins,
    opts: &'a Options,
    title: Option<&'a str>,
    /// The page's author, whose bio below the content is dropped.
    author: Option<&'a str>,
    link_limit: f32,
    /// The page's declared kind.
    kind: PageKind,
    /// An undeclared page whose one `<article>` element is its story
    /// ([`lone_story`]): the comments outside it are not content.
    story: bool,
    /// The page's links drawn as buttons ([`prune::button_links`]), whose
    /// short ones are not content; none when recall is favoured (every
    /// link's text is kept).
    buttons: Vec<NodeId>,
}

impl Passes<'_> {
    /// One pass: prune, choose nodes, clean, build and filter blocks.
    /// Returns the blocks, their text length and the winner's score, and,
    /// when `find_cards`, the page's region of repeated cards.
    fn run(&self, attempt: Attempt, find_cards: bool) -> Pass {
        let dom = self.dom;
        let flags = prune::PruneFlags {
            strip_unlikely: attempt.strip_unlikely,
            keep_captions: self.opts.focus == Focus::Recall,
            keep_discussion: (attempt.whole_page && self.kind != PageKind::Article)
                || self.kind == PageKind::Forum,
            product_page: self.kind == PageKind::Product,
            article_page: self.kind == PageKind::Article,
            drop_comments: attempt.drop_comments,
            story_comments: self.story,
            keep_bylines: attempt.links_are_content,
        };
        let (mut dead, bylines) = prune::mark_noting_bylines(dom, self.full, &self.twins, flags);
        let mut stats = measure::measure(dom, &dead);
        let mut cards = if find_cards {
            // A thread's replies may be only a few.
            let min = if self.kind == PageKind::Forum {
                3
            } else {
                cards::MIN_CARDS
            };
            if self.kind == PageKind::Article || !bylines {
                // Beside a declared article, teasers' dates and authors do
                // not count: only the cards' own text can outweigh it.
                // (Without bylines, there is nothing to put back.)
                cards::find(dom, &dead, &stats, min)
            } else {
                // A listing's cards are looked for with their dates and
                // authors in (classes such as "summary-metadata" are
                // pruned as bylines otherwise).
                let dead = prune::mark(dom, self.full, &self.twins, flags.with_bylines());
                let stats = measure::measure(dom, &dead);
                cards::find(dom, &dead, &stats, min)
            }
        } else {
            None
        };
        let sel = if let Some(region) = attempt.region {
            // A listing keeps its heading and introduction.
            let nodes = if attempt.links_are_content {
                cards::with_intro(dom, &dead, &stats, region)
            } else {
                vec![region]
            };
            score::Selection { nodes, score: 0.0 }
        } else if attempt.whole_page {
            score::Selection {
                nodes: vec![whole_page_root(dom, &stats)],
                score: 0.0,
            }
        } else {
            score::select(
                dom,
                &dead,
                &stats,
                attempt.weight_classes,
                matches!(self.kind, PageKind::Product | PageKind::Other),
            )
        };
        if attempt.clean_conditionally {
            let how = clean::How {
                weight_classes: attempt.weight_classes,
                link_limit: self.link_limit,
                spare_prose: self.kind == PageKind::Article,
                divs_are_paragraphs: self.kind == PageKind::Other,
                keep: attempt.keep,
            };
            let before = cards.map(|c| stats[c.container as usize]);
            clean::clean(dom, &mut dead, &mut stats, &sel, how);
            if let (Some(c), Some(before)) = (cards.as_mut(), before) {
                c.cleaned = stats[c.container as usize] != before;
            }
        }
        prune::mark_calls_to_action(&self.buttons, &mut dead, &stats);
        let built = Builder::new(dom, &dead, self.opts.url.as_ref()).build(&sel.nodes);
        let how = filter::How {
            title: self.title,
            author: self.author,
            focus: self.opts.focus,
            links_are_content: attempt.links_are_content,
            drop_repeats: attempt.whole_page
                || attempt.region.is_some()
                || matches!(self.kind, PageKind::Product | PageKind::Forum),
            drop_quoted_repeats: self.kind == PageKind::Other,
            one_product: self.kind == PageKind::Product,
        };
        let blocks = filter::filter(built.blocks, &built.terms, &how);
        let len = text_len(&blocks);
        Pass {
            blocks,
            len,
            score: sel.score,
            cards,
            nodes: sel.nodes,
        }
    }
}

/// Runs the content stages on a built arena, whose [`measure::sizes`] are
/// `full`; also returns the body's text length. Past `deadline`, no
/// further fallback pass starts.
pub(crate) fn extract_dom(
    dom: &Dom,
    full: &[measure::Sizes],
    opts: &Options,
    deadline: Option<Instant>,
) -> (Document, usize) {
    let read = metadata::extract(dom, opts.url.as_ref());
    let page_chars = full.get(dom.body() as usize).map_or(0, |s| s.text as usize);
    let kind = kind::detect(dom);
    let story = kind == PageKind::Other && lone_story(dom, full);
    let passes = Passes {
        dom,
        twins: prune::later_twins(dom, full),
        full,
        opts,
        title: read.metadata.title.as_deref(),
        author: read.metadata.author.as_deref(),
        link_limit: match opts.focus {
            Focus::Precision => 0.15,
            Focus::Balanced => 0.2,
            Focus::Recall => 0.33,
        },
        kind,
        story,
        buttons: if opts.focus == Focus::Recall {
            Vec::new()
        } else {
            prune::button_links(dom)
        },
    };
    let (mut content, len) = passes.content(deadline);
    if opts.focus != Focus::Recall {
        filter::undouble_all(&mut content.blocks);
    }
    if matches!(kind, PageKind::Product | PageKind::Forum) && content.page_type != PageType::Listing
    {
        // A thread engine's copy of the post a reply answers, a shop's
        // description printed for two screen sizes.
        repeats::drop_repeated_lines(&mut content.blocks);
    }
    let metadata = if content.page_type == PageType::Listing {
        // A listing's first byline is its first card's.
        read.without_byline()
    } else {
        read.metadata
    };
    let doc = Document {
        metadata,
        ..content
    };
    if len > 0 && len < FRAGMENT_CHARS && page_chars >= FRAGMENT_PAGE_CHARS {
        // A line or two out of a page with much more text is what was left
        // when nothing was found (a "Support" link, a promotion, a notice),
        // not the page's content: report none, so that the reveal pass and
        // the JSON-LD fallback get their turn and a pipeline sees no content.
        let none = Document {
            blocks: Vec::new(),
            confidence: 0.0,
            ..doc
        };
        return (none, 0);
    }
    (doc, len)
}

impl Passes<'_> {
    /// The content of the page and its text length: the article
    /// candidate, a listing's cards, or a thread's posts (metadata left
    /// empty for the caller).
    fn content(&self, deadline: Option<Instant>) -> (Document, usize) {
        let (article, cards) = self.article(deadline);
        if let Some(region) = cards.filter(|c| {
            // A declared article gives way only when its candidate is short
            // or holds the cards.
            let hidden =
                self.kind == PageKind::Article && self.cards_hide_in_the_article(&article, c);
            (self.kind != PageKind::Article || article.len < SHORT_SELECTION_CHARS || hidden)
                && (c.text as f32 > LISTING_RATIO * article.len.max(1) as f32
                    || (hidden && c.text as f32 > HIDDEN_LISTING_RATIO * article.len as f32)
                    || self.cards_outweigh_their_container(&article, c))
                && c.mean_run >= cards::MIN_MEAN_RUN
                && c.text as usize >= MIN_LISTING_CHARS
                && !past(deadline)
        }) {
            // A run of repeated cards with much more text than the article
            // candidate: a listing page, whose content is the cards.
            let listing = self.run(
                Attempt {
                    region: Some(region.container),
                    clean_conditionally: false,
                    links_are_content: true,
                    strip_unlikely: !region.unpruned,
                    ..STRICT
                },
                false,
            );
            if listing.len > article.len {
                let doc = Document {
                    blocks: listing.blocks,
                    confidence: article.confidence * 0.5,
                    partial: article.partial,
                    page_type: PageType::Listing,
                    ..Document::default()
                };
                return (doc, listing.len);
            }
        }
        let page_type = self.kind.into();
        let mut article = article;
        // (Reading again is needed only when cleaning cut into the cards.)
        if let Some(region) =
            cards.filter(|c| c.cleaned && self.prose_cards_in_the_article(&article, c))
        {
            if !past(deadline) {
                self.keep_prose_cards(&mut article, region.container);
            }
        }
        if self.kind == PageKind::Forum && !past(deadline) {
            if let Some(region) = cards {
                self.add_replies(&mut article, region.container);
                self.add_opening_post(&mut article, region.container);
            }
        }
        let doc = Document {
            blocks: article.blocks,
            confidence: article.confidence,
            partial: article.partial,
            page_type,
            ..Document::default()
        };
        (doc, article.len)
    }
}

/// The article candidate: blocks, text length, confidence, and whether the
/// time budget cut the fallbacks short.
#[derive(Default)]
struct Article {
    blocks: Vec<Block>,
    /// The nodes the blocks come from.
    nodes: Vec<NodeId>,
    len: usize,
    confidence: f32,
    partial: bool,
}

impl Passes<'_> {
    /// Is the article candidate part of the region of cards' container (it
    /// holds the region: a whole-page result, a wrapper around the grid; or
    /// it is one child of the container: the category's introduction or one
    /// card beside the others), and did the cards keep
    /// [`CONTAINED_LISTING_RATIO`] times its text? Only on pages that
    /// declare no kind: an article's, a thread's or a product's runs
    /// (feature blocks, replies, variants) are parts of its content.
    fn cards_outweigh_their_container(&self, article: &Article, cards: &cards::Cards) -> bool {
        self.kind == PageKind::Other
            && cards.text as f32 > CONTAINED_LISTING_RATIO * article.len as f32
            && (self.holds(article, cards.container)
                || article
                    .nodes
                    .iter()
                    .any(|&n| self.dom.node(n).parent == cards.container))
    }

    /// Does the article candidate hold the region of cards, and is the
    /// region at least [`HIDDEN_LISTING_LINK_SHARE`] link text (which
    /// cleaning threw away)? A declared article made of link lists ("List
    /// of …"), an index page. (The caller also asks for
    /// [`HIDDEN_LISTING_RATIO`] times the candidate's text.)
    fn cards_hide_in_the_article(&self, article: &Article, cards: &cards::Cards) -> bool {
        self.full
            .get(cards.container as usize)
            .is_some_and(|s| s.link_density() >= HIDDEN_LISTING_LINK_SHARE)
            && self.holds(article, cards.container)
    }

    /// Does the article candidate of a page that declares no kind hold a
    /// region of cards of prose: under [`PROSE_CARDS_LINK_SHARE`] link
    /// text, the cards at least [`PROSE_CARDS_SHARE`] of their container's
    /// text? A service page's feature tiles, a docs index's sections, a
    /// shop's category blurbs: content that cleaning's link-density and
    /// short-block rules tear apart, card by card. (A grid of teasers is
    /// mostly links; cards that are a small part of a container are a
    /// widget beside the text.)
    fn prose_cards_in_the_article(&self, article: &Article, cards: &cards::Cards) -> bool {
        self.kind == PageKind::Other
            && self.full.get(cards.container as usize).is_some_and(|s| {
                s.link_density() < PROSE_CARDS_LINK_SHARE
                    && cards.text as f32 >= PROSE_CARDS_SHARE * s.text as f32
            })
            && self.holds(article, cards.container)
    }

    /// Does one of the article candidate's nodes hold `region`?
    fn holds(&self, article: &Article, region: NodeId) -> bool {
        article
            .nodes
            .iter()
            .any(|&n| self.dom.is_ancestor(n, region))
    }

    /// Reads the strict pass again with `region` left whole by cleaning,
    /// and takes it when it chose the same nodes as the candidate and kept
    /// more of them.
    fn keep_prose_cards(&self, article: &mut Article, region: NodeId) {
        let kept = self.run(
            Attempt {
                keep: Some(region),
                ..STRICT
            },
            false,
        );
        if kept.len > article.len && kept.nodes == article.nodes {
            article.blocks = kept.blocks;
            article.len = kept.len;
        }
    }

    /// On a thread, the scorer often picks the opening post alone: the
    /// replies, a run of similar items elsewhere, are content too. Takes
    /// the run when it holds the chosen post, or adds it before or after.
    fn add_replies(&self, article: &mut Article, region: NodeId) {
        let dom = self.dom;
        let Some(&first) = article.nodes.first() else {
            return;
        };
        if article.nodes.iter().any(|n| dom.is_ancestor(*n, region)) {
            return; // The replies are already in.
        }
        let inside = article
            .nodes
            .iter()
            .filter(|n| dom.is_ancestor(region, **n))
            .count();
        if inside > 0 && inside < article.nodes.len() {
            return; // The two overlap: adding would repeat text.
        }
        let replies = self.run(
            Attempt {
                region: Some(region),
                ..STRICT
            },
            false,
        );
        if inside > 0 {
            if replies.len > article.len {
                article.blocks = replies.blocks;
                article.len = replies.len;
                article.nodes = replies.nodes;
            }
        } else if region > first {
            article.blocks.extend(replies.blocks);
            article.len += replies.len;
        } else {
            let mut blocks = replies.blocks;
            blocks.append(&mut article.blocks);
            article.blocks = blocks;
            article.len += replies.len;
        }
    }

    /// A theme may draw a thread's opening post apart from its replies (a
    /// card above the reply list): when [`thread::opening_post`] finds it
    /// outside what was kept, it goes first.
    fn add_opening_post(&self, article: &mut Article, region: NodeId) {
        let Some(post) = thread::opening_post(self.dom, self.full, region, &article.nodes) else {
            return;
        };
        let opening = self.run(
            Attempt {
                region: Some(post),
                ..STRICT
            },
            false,
        );
        if opening.len == 0 {
            return;
        }
        let mut blocks = opening.blocks;
        blocks.append(&mut article.blocks);
        article.blocks = blocks;
        article.len += opening.len;
        article.nodes.insert(0, post);
    }

    /// Runs the attempts in order until one keeps enough text; also returns
    /// the region of repeated cards the first pass found (or the second,
    /// when the first kept nothing).
    fn article(&self, deadline: Option<Instant>) -> (Article, Option<cards::Cards>) {
        let mut best: Option<Article> = None;
        let mut found_cards = None;
        let mut drop_comments = false;
        for (i, attempt) in ATTEMPTS.iter().enumerate() {
            let attempt = &Attempt {
                drop_comments,
                ..*attempt
            };
            if i > 0 && past(deadline) {
                let mut out = best.unwrap_or_default();
                out.partial = true;
                return (out, found_cards);
            }
            // When the strict pass kept nothing and found no cards, its
            // pruning took the whole content (a shop's grid whose class
            // says "related-products"): the first lenient pass looks for
            // the cards again, and a listing of them is read as leniently.
            let retry_cards =
                i == 1 && found_cards.is_none() && best.as_ref().is_some_and(|b| b.len == 0);
            let Pass {
                blocks,
                len,
                score,
                cards,
                nodes,
            } = self.run(*attempt, i == 0 || retry_cards);
            if retry_cards {
                found_cards = cards.map(|c| cards::Cards {
                    unpruned: true,
                    ..c
                });
            }
            if i == 0 {
                found_cards = cards;
                // A declared article whose post the strict pass found: the
                // lenient retries must not trade it for its comments.
                drop_comments = self.kind == PageKind::Article && len >= MIN_POST_CHARS;
            }
            let confidence = confidence::raw(len, score, i);
            // A declared article needs a shorter winner to be doubted.
            let short = if self.kind == PageKind::Article {
                SHORT_SELECTION_CHARS
            } else {
                SHORT_UNDECLARED_CHARS
            };
            if i == 0 && len < short && !past(deadline) {
                // A short winner on a page with much more prose-like text
                // left after pruning (product pages, service pages): the
                // page's content is not one article; keep all of it.
                // Off an article, class names such as "media" or "meta"
                // mark feature blocks, not widgets: no class weights.
                let whole = if self.kind == PageKind::Article {
                    WHOLE_PAGE
                } else {
                    Attempt {
                        weight_classes: false,
                        ..WHOLE_PAGE
                    }
                };
                let all = self.run(whole, false);
                if all.len as f32 > WHOLE_PAGE_RATIO * len.max(1) as f32
                    && all.len >= MIN_ARTICLE_CHARS
                {
                    let out = Article {
                        blocks: all.blocks,
                        nodes: all.nodes,
                        len: all.len,
                        confidence: confidence * 0.5,
                        partial: false,
                    };
                    return (out, found_cards);
                }
            }
            let candidate = Article {
                blocks,
                nodes,
                len,
                confidence,
                partial: false,
            };
            if len >= MIN_ARTICLE_CHARS {
                return (candidate, found_cards);
            }
            if best.as_ref().is_none_or(|b| len > b.len) {
                best = Some(candidate);
            }
        }
        (best.unwrap_or_default(), found_cards)
    }
}

/// Where the whole-page alternative to a short winner reads from: the
/// page's main landmark (its `<main>` element or `role="main"`, one inside
/// the other counting as one) when it keeps at least [`MAIN_SHARE`] of the
/// pruned page's text, else `<body>`. What a site leaves outside its main
/// landmark (a shop's shelves and service promises, a newsletter box, the
/// footer's columns of links in `<div>`s) is not the page's content; a
/// main element with little of the page's text (a banner marked up as
/// main, a theme that closes it early) is not the page, and neither is
/// one of two landmarks side by side.
fn whole_page_root(dom: &Dom, stats: &[measure::Stats]) -> NodeId {
    let body = dom.body();
    let mut main: Option<NodeId> = None;
    for (i, node) in dom.nodes.iter().enumerate() {
        if !node.element().is_some_and(|el| el.is_main()) {
            continue;
        }
        let id = i as NodeId;
        match main {
            None => main = Some(id),
            Some(outer) if dom.is_ancestor(outer, id) => {}
            Some(_) => return body,
        }
    }
    let text = |id: NodeId| stats.get(id as usize).map_or(0, |s| s.text) as f32;
    match main {
        Some(m) if text(m) >= MAIN_SHARE * text(body) && text(m) > 0.0 => m,
        _ => body,
    }
}

/// See [`whole_page_root`].
const MAIN_SHARE: f32 = 0.5;

/// Does the page hold exactly one `<article>` element with text, and is
/// it at least a post long ([`MIN_POST_CHARS`])? Then that element is the
/// page's story (a news site that declares nothing); a thread's posts are a
/// run of them, and shorter ones are widgets' boxes (a dialog).
fn lone_story(dom: &Dom, full: &[measure::Sizes]) -> bool {
    let mut articles = dom.nodes.iter().zip(full).filter(|(n, s)| {
        n.element().is_some_and(|e| e.tag == Tag::Article)
            && s.text as usize >= ARTICLE_ELEMENT_MIN_CHARS
    });
    match (articles.next(), articles.next()) {
        (Some((_, s)), None) => s.text as usize >= MIN_POST_CHARS,
        _ => false,
    }
}
