//! Last pass over the finished block tree: drop blocks whose *text* gives them
//! away as boilerplate.
//!
//! Decides about whole blocks only: the heading that repeats the title (and
//! a forum reply's "Re: `<title>`" subject line), inserted "Also read: …"
//! link lines (not the linked titles of a run of title-and-summary pairs: a
//! blog index written as flat paragraphs, one of whose summaries may be a
//! tagline; nor a definition list's linked term above the sentence that
//! describes it), lone widget labels ("Trending", "Advertisement",
//! "Published"; also as lines of a list item: a card's "Apply now" button,
//! or its price widget, "Regular price Sale price $19.99") and counters
//! ("5 min read", "9 comments", a forum poster's "Posts: 98"; also a post's
//! header written as a short list of its author, date and reading time),
//! datelines alone on their line ("Updated March 2, 2026"), copyright and
//! disclaimer paragraphs, notices about the reader's browser ("This
//! slideshow requires JavaScript"), cookie notices that no consent class
//! gave away ("By using our site, you agree…"), the terms printed under a
//! sign-up form ("By signing up, you agree to…"), a discussion's account
//! prompts ("Sign in to comment") and a thread engine's buttons ("Reply
//! With Quote", "Click to expand...", a post's number "#4"), the site's
//! appeals anywhere in a short block ("…sign up for our newsletter",
//! "follow us on Facebook"), a phone app's signature ("Sent from my … using
//! Tapatalk", also as a paragraph's last line), photo credits ("Photo by
//! …/Getty Images"), the author's bio below the story (a paragraph that
//! starts with the byline's name and says who they are), a script's
//! failure messages ("Something went wrong. Please try again."),
//! serialised data left in the page as
//! text (`{"key": "value", …}`), scrambled labels made of UUIDs, and
//! headings left dangling at the end once their widget is gone; and, when
//! the pass took a whole page or a region, a product or a thread, the
//! second copy of a block a template renders twice (down to the
//! paragraphs of a reply's quote of an earlier post, nested quotes
//! included; those quoted paragraphs also on a page that declares no kind,
//! which may be a thread whose engine says nothing; the repeats are
//! recognised in [`crate::repeats`]); on a product's
//! page, a list of other products each with its price (a shelf, whatever
//! its title), the shop's purchase-box notices ("Low in stock, only 1
//! left", "Free 90-day returns") and its policy sections ("Shipping &
//! Returns", down to the next heading of that level; the phrases live in
//! [`crate::purchase`]). Once the content is chosen, a
//! paragraph or heading that is one text printed twice back to back ("EUR
//! 163.12EUR 163.12": a screen reader's copy beside the visible one) keeps
//! one copy ([`undouble_all`]). The phrases themselves live in
//! [`crate::rules`].

use crate::document::{
    block_text, blocks_text, inline_link_chars, inline_text, truncate_inlines, Block, Inline,
};
use crate::options::Focus;
use crate::repeats::Seen;
use crate::{purchase, rules};

/// A heading (or a reply's subject) whose words are at least this share
/// in the title (by length, see [`similar`]) repeats it.
const TITLE_SIMILARITY: f32 = 0.75;

/// ... and below the content's start, when the title's words are at least
/// this share in the heading too.
const TITLE_COVERED: f32 = 0.5;

/// A short paragraph that is (almost) all link text is a link to another
/// page ("SEE ALSO" inserts, headline links), not article prose.
const LINK_LINE_SHARE: f32 = 0.9;
/// ... when it is shorter than this.
const LINK_LINE_MAX_CHARS: usize = 100;

/// What the filter is told about the page and the pass.
#[derive(Clone, Copy)]
pub(crate) struct How<'a> {
    /// The page title, if known: a heading repeating it is dropped.
    pub title: Option<&'a str>,
    /// The page's author, if known: a paragraph below the content that
    /// starts with their name and tells who they are is their bio, see
    /// [`author_bio`].
    pub author: Option<&'a str>,
    /// Precision, balanced or recall.
    pub focus: Focus,
    /// A listing's cards: lines of link text are kept.
    pub links_are_content: bool,
    /// Drop a paragraph, list or quote that repeats an earlier one word for
    /// word, and a quote's paragraphs that do (a reply quoting an earlier
    /// post): set when the pass takes a whole page or a region (template
    /// copies), a product or a thread, not for an article body (a song's
    /// chorus repeats).
    pub drop_repeats: bool,
    /// Drop a quote's paragraphs that repeat earlier text (a reply quoting
    /// an earlier post) even when `drop_repeats` is off: set on pages
    /// that declare no kind, where a thread's engine may say nothing.
    /// (An article's pull quote repeats its text on purpose.)
    pub drop_quoted_repeats: bool,
    /// The page sells one product: a list of other priced products (a
    /// shelf) is dropped with the heading right above it, see
    /// [`price_shelf`].
    pub one_product: bool,
}

/// Applies the text rules to the blocks of one pass. `terms[i]` marks
/// block `i` as a definition list's term: a linked term followed by a
/// sentence describing it is no link line (an API reference's member).
pub(crate) fn filter(blocks: Vec<Block>, terms: &[bool], how: &How<'_>) -> Vec<Block> {
    let How {
        title,
        author,
        focus,
        links_are_content,
        drop_repeats,
        drop_quoted_repeats,
        one_product,
    } = *how;
    let headline = teaser_headlines(&blocks, links_are_content || focus == Focus::Recall);
    let described: Vec<bool> = (0..blocks.len())
        .map(|i| {
            terms.get(i).copied().unwrap_or(false) && blocks.get(i + 1).is_some_and(is_summary)
        })
        .collect();
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut seen_content = false;
    let mut seen = Seen::default();
    let mut seen_headings = std::collections::HashSet::new();
    let mut last_heading_repeats = false;
    // A quote's paragraphs that repeat earlier text go wherever repeats
    // do, and on a page that may be an undeclared thread.
    let dedupe_quotes = drop_repeats
        || (drop_quoted_repeats
            && focus != Focus::Recall
            && blocks.iter().any(|b| matches!(b, Block::Quote { .. })));
    // A product's page: the shop's lines around it go.
    let shop = one_product && focus != Focus::Recall;
    // The level of the shop's policy section being skipped, if any.
    let mut policy_level: Option<u8> = None;
    for (index, mut block) in blocks.into_iter().enumerate() {
        if focus != Focus::Recall {
            strip_item_labels(&mut block);
            match &mut block {
                Block::Paragraph { content } => drop_signature_line(content),
                // A quote's toggle ("Click to expand...") and buttons are
                // the engine's, not the quoted words.
                Block::Quote { blocks } => {
                    drop_label_paragraphs(blocks);
                    if blocks.is_empty() {
                        continue;
                    }
                }
                _ => {}
            }
        }
        if shop {
            if let (Some(skipped), Block::Heading { level, .. }) = (policy_level, &block) {
                if *level <= skipped {
                    policy_level = None;
                }
            }
            if policy_level.is_some() {
                continue;
            }
            if let Block::Heading { level, content } = &block {
                if purchase::policy_title(&inline_text(content)) {
                    policy_level = Some(*level);
                    continue;
                }
            }
            if purchase_notices(&mut block) {
                continue;
            }
        }
        if shop && price_shelf(&block) {
            // The shelf's title ("How about these?") goes with it.
            if matches!(out.last(), Some(Block::Heading { .. })) {
                out.pop();
            }
            continue;
        }
        if dedupe_quotes {
            if let Block::Quote { blocks } = &mut block {
                // A reply quoting an earlier post (or a pull quote): the
                // quoted paragraphs are that text's second copy.
                if !seen.unquote(blocks) {
                    continue;
                }
            }
        }
        let keep = match &block {
            Block::Heading { level, content } => {
                let text = inline_text(content);
                let dup = title.is_some_and(|t| similar(t, &text) > TITLE_SIMILARITY);
                // Below the content's start, a heading repeats the title only
                // when it also says most of it: a section's "Planting" under
                // "Planting garlic in autumn" is a section.
                let title_like = dup
                    && (!seen_content
                        || (*level <= 2
                            && title.is_some_and(|t| similar(&text, t) > TITLE_COVERED)));
                !title_like
                    && (focus == Focus::Recall
                        || !(is_boilerplate(&text, 0) || reply_subject(&text, title)))
            }
            Block::Paragraph { content } => {
                if focus == Focus::Recall {
                    true
                } else {
                    let text = inline_text(content);
                    let links = inline_link_chars(content);
                    let total = text.chars().count().max(1);
                    let link_share = links as f32 / total as f32;
                    let link_line = !links_are_content
                        && !headline.get(index).copied().unwrap_or(false)
                        && !described[index]
                        && match focus {
                            Focus::Precision => link_share > 0.5 && total < 300,
                            _ => mostly_links(links, total),
                        };
                    !(link_line
                        || is_boilerplate(&text, links)
                        || reply_subject(&text, title)
                        || (seen_content && author_bio(&text, author)))
                }
            }
            Block::List { .. } => {
                focus == Focus::Recall
                    || !(is_boilerplate(&block_text(&block), 0) || post_meta_list(&block))
            }
            _ => true,
        };
        // A kept block is noted wherever quotes are deduplicated (they may
        // repeat it); it is itself a repeat only where repeats go.
        let repeat = keep && dedupe_quotes && !seen.first_block(&block) && drop_repeats;
        if repeat {
            // The heading of a template copy goes with it.
            if last_heading_repeats && matches!(out.last(), Some(Block::Heading { .. })) {
                out.pop();
            }
            continue;
        }
        if let Block::Heading { content, .. } = &block {
            last_heading_repeats = drop_repeats && !seen_headings.insert(inline_text(content));
        }
        if keep {
            if !matches!(
                block,
                Block::Heading { .. } | Block::Rule | Block::Image { .. }
            ) {
                seen_content = true;
            }
            out.push(block);
        }
    }
    // Headings and rules left at the end introduce widgets that are gone.
    while matches!(out.last(), Some(Block::Heading { .. }) | Some(Block::Rule)) {
        out.pop();
    }
    while matches!(out.first(), Some(Block::Rule)) {
        out.remove(0);
    }
    out
}

/// Is this paragraph the author's bio: it starts with the page's author's
/// name (two words at least, so that a one-word handle is no sentence's
/// subject), then says who they are ("Jeff Foust (jeff@…) is the editor
/// of…", "Eric Song is IGN's deal curator…", "Mirel Zaman has over 15
/// years…"), in at most [`AUTHOR_BIO_MAX_CHARS`]? The caller asks only
/// below the content's start: a story about its own writer opens with
/// them.
fn author_bio(text: &str, author: Option<&str>) -> bool {
    let Some(name) = author.map(str::trim) else {
        return false;
    };
    let text = text.trim();
    if name.split_whitespace().count() < 2 || text.len() > AUTHOR_BIO_MAX_CHARS {
        return false;
    }
    let Some(rest) = text
        .get(..name.len())
        .filter(|head| head.eq_ignore_ascii_case(name))
        .and_then(|_| text.get(name.len()..))
    else {
        return false;
    };
    let rest = rest.trim_start();
    rest.starts_with(['(', ','])
        || ["is ", "was ", "has ", "writes ", "covers ", "joined "]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// See [`author_bio`]: a bio is a short paragraph.
const AUTHOR_BIO_MAX_CHARS: usize = 600;

/// A teaser list needs this many headline-and-summary pairs in a row.
const TEASER_RUN: usize = 3;

/// A short text of `total` characters, `links` of them link text, that
/// is (almost) all link: a link line ([`LINK_LINE_SHARE`],
/// [`LINK_LINE_MAX_CHARS`]).
fn mostly_links(links: usize, total: usize) -> bool {
    links as f32 / total as f32 > LINK_LINE_SHARE && total < LINK_LINE_MAX_CHARS
}

/// Is this paragraph a short line of (almost) only link text?
fn is_link_line(block: &Block) -> bool {
    let Block::Paragraph { content } = block else {
        return false;
    };
    let total = inline_text(content).chars().count().max(1);
    mostly_links(inline_link_chars(content), total)
}

/// A paragraph of plain text ending a sentence: a teaser's summary, not
/// another label (a paper's title, a list of authors).
fn is_summary(block: &Block) -> bool {
    let Block::Paragraph { content } = block else {
        return false;
    };
    !is_link_line(block)
        && inline_text(content)
            .trim_end()
            .ends_with(['.', '!', '?', '…'])
}

/// Which blocks are link lines that head a teaser each: runs of at least
/// [`TEASER_RUN`] pairs of a link line and the paragraph of plain text that
/// follows it, most of them summaries (a blog index written as flat
/// paragraphs: the post's linked title, its summary, the next title; one
/// summary may be a tagline without a full stop). A lone "See also" line
/// between two paragraphs of a story is no run, nor is a list of papers'
/// linked titles over their authors. None when link lines are kept anyway
/// (`keep_all`).
fn teaser_headlines(blocks: &[Block], keep_all: bool) -> Vec<bool> {
    let mut headline = vec![false; blocks.len()];
    if keep_all {
        return headline;
    }
    let mut run: Vec<usize> = Vec::new();
    let mut summaries = 0;
    let mut i = 0;
    loop {
        let next = blocks.get(i + 1);
        let pair = i < blocks.len()
            && is_link_line(&blocks[i])
            && next.is_some_and(|b| matches!(b, Block::Paragraph { .. }) && !is_link_line(b));
        if pair {
            run.push(i);
            summaries += usize::from(next.is_some_and(is_summary));
            i += 2;
            continue;
        }
        if run.len() >= TEASER_RUN && 2 * summaries > run.len() {
            for &h in &run {
                headline[h] = true;
            }
        }
        run.clear();
        summaries = 0;
        if i >= blocks.len() {
            return headline;
        }
        i += 1;
    }
}

/// Drops lone labels ("Apply now", "Unit price / per", "Learn more")
/// from the items of a list: a card rendered as a list item carries its
/// buttons as lines of its own.
fn strip_item_labels(block: &mut Block) {
    let Block::List { items, .. } = block else {
        return;
    };
    for item in items.iter_mut() {
        for b in item.iter_mut() {
            strip_item_labels(b);
        }
        if item.len() < 2 {
            continue; // A label that is the whole item is the list's.
        }
        drop_label_paragraphs(item);
    }
}

/// Drops the paragraphs of `blocks` that are a lone label ([`lone_label`]):
/// a card's or a quote's buttons set as lines of their own.
fn drop_label_paragraphs(blocks: &mut Vec<Block>) {
    blocks.retain(|b| match b {
        Block::Paragraph { content } => !lone_label(&inline_text(content).trim().to_lowercase()),
        _ => true,
    });
}

/// Cuts a paragraph's last line when it is a phone app's signature
/// ("Sent from my SM-S908U using Tapatalk" under a post's words, after a
/// line break; see [`rules::app_signature`]).
fn drop_signature_line(content: &mut Vec<Inline>) {
    let Some(cut) = content.iter().rposition(|i| matches!(i, Inline::LineBreak)) else {
        return;
    };
    let last = inline_text(&content[cut + 1..]);
    if rules::app_signature(&last.to_lowercase()) {
        content.truncate(cut);
    }
}

/// A widget's label, a counter or a poster's statistic that is the whole
/// (lowercase) block: "Trending", "9 comments", "Posts: 98".
fn lone_label(lower: &str) -> bool {
    // A whole line of the list is one however long it is ("Find the answer
    // to your question by asking."), and with a count after it ("Reply 12";
    // no listed line ends in a number, so one lookup serves both).
    rules::boilerplate_line(without_count(lower))
        || (lower.chars().count() <= LABEL_MAX_CHARS
            && (rules::counter_label(lower)
                || rules::poster_stat(lower)
                || rules::dateline(lower)
                || rules::listing_control(lower)
                || rules::age_or_position(lower)
                || rules::labelled_price(lower)))
}

/// See [`lone_label`].
const LABEL_MAX_CHARS: usize = 40;

/// A button's text without the count after it ("reply with quote 0",
/// "share 12" give "reply with quote", "share"); the text as it is
/// otherwise.
fn without_count(lower: &str) -> &str {
    let t = lower.trim_end();
    match t.rsplit_once(' ') {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => t,
    }
}

/// A post's header written as a list: its author, its date and its
/// reading time or comment count ("Gabo", "Jan 23", "11 min read"), or a
/// thread's post with its date and number ("Feb 25, 2024", "#1"), each a
/// short item, one of them a counter or the post's number.
fn post_meta_list(block: &Block) -> bool {
    let Block::List { items, .. } = block else {
        return false;
    };
    if items.is_empty() || items.len() > META_LIST_MAX_ITEMS {
        return false;
    }
    let texts: Vec<String> = items
        .iter()
        .map(|item| blocks_text(item, " ").trim().to_lowercase())
        .collect();
    texts.iter().all(|t| t.chars().count() <= LABEL_MAX_CHARS)
        && texts
            .iter()
            .any(|t| rules::counter_label(t) || rules::post_number(t))
}

/// See [`post_meta_list`].
const META_LIST_MAX_ITEMS: usize = 5;

/// Drops the notices of a shop's purchase box ([`purchase::notice`]:
/// "Free Standard Delivery for orders over $75", "Low in stock, only 1
/// left") from a product page's block: the whole paragraph or heading, or
/// the list items that are one. Returns whether nothing is left.
fn purchase_notices(block: &mut Block) -> bool {
    match block {
        Block::Paragraph { content } | Block::Heading { content, .. } => {
            purchase::notice(&inline_text(content))
        }
        Block::List { items, .. } => {
            let before = items.len();
            items.retain(|item| !purchase::notice(&blocks_text(item, " ")));
            before > 0 && items.is_empty()
        }
        _ => false,
    }
}

/// A shelf of other products on a product's page ("How about these?",
/// "Variations of this style"): a list of at least [`SHELF_MIN_ITEMS`]
/// short items, at least [`SHELF_PRICED_SHARE`] of them carrying a price.
/// The product itself has one price; a list where nearly every item has
/// its own is the shop's cards for other products, whatever its heading.
fn price_shelf(block: &Block) -> bool {
    let Block::List { items, .. } = block else {
        return false;
    };
    if items.len() < SHELF_MIN_ITEMS {
        return false;
    }
    let priced = items
        .iter()
        .filter(|item| {
            // Joined by lines, so that a price set as its own block
            // ("EUR 163.12") reads as one.
            let text = blocks_text(item, "\n");
            text.chars().count() < SHELF_ITEM_MAX_CHARS
                && text
                    .lines()
                    .any(|line| rules::price(line) || line.split_whitespace().any(rules::price))
        })
        .count();
    priced as f32 >= SHELF_PRICED_SHARE * items.len() as f32
}

/// See [`price_shelf`].
const SHELF_MIN_ITEMS: usize = 3;
/// See [`price_shelf`].
const SHELF_PRICED_SHARE: f32 = 0.6;
/// See [`price_shelf`]: a card is short; a longer item is a description
/// that happens to name a price.
const SHELF_ITEM_MAX_CHARS: usize = 200;

/// A reply's subject line on a forum thread: "Re: " and the thread's
/// title again, above every post.
fn reply_subject(text: &str, title: Option<&str>) -> bool {
    let t = text.trim();
    let rest = t
        .get(..3)
        .filter(|p| p.eq_ignore_ascii_case("re:"))
        .and_then(|_| t.get(3..));
    rest.zip(title)
        .is_some_and(|(rest, title)| similar(title, rest) > TITLE_SIMILARITY)
}

/// Text a template prints twice back to back, a screen reader's copy and
/// the visible one ("EUR 163.12EUR 163.12", "Seller's other itemsSeller's
/// other items"), is kept once: in the chosen content's paragraphs and
/// headings (a list item's and a quote's too), when each is that text
/// twice, whole, with letters or digits in it (a rule of dashes is not
/// doubled words). Run on the content once it is chosen: the choice
/// between passes weighs the page as written.
pub(crate) fn undouble_all(blocks: &mut [Block]) {
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => undouble(content),
            Block::List { items, .. } => items.iter_mut().for_each(|i| undouble_all(i)),
            Block::Quote { blocks } => undouble_all(blocks),
            _ => {}
        }
    }
}

/// See [`undouble_all`].
fn undouble(content: &mut Vec<Inline>) {
    let text = inline_text(content);
    let lead = text.len() - text.trim_start().len();
    let t = text.trim();
    let half = t.len() / 2;
    let doubled = t.len() % 2 == 0
        && t.is_char_boundary(half)
        && t[..half] == t[half..]
        && t[..half].chars().filter(|c| c.is_alphanumeric()).count() >= UNDOUBLE_MIN_ALNUM;
    if doubled {
        truncate_inlines(content, lead + half);
    }
}

/// See [`undouble_all`]: "ab" doubled ("abab") may be a word of its own.
const UNDOUBLE_MIN_ALNUM: usize = 3;

/// A notice about the browser ("enable JavaScript") is boilerplate when
/// it is shorter than this.
const BROWSER_NOTICE_MAX_CHARS: usize = 200;

/// A script's failure message ("Something went wrong. Please try again.")
/// is boilerplate when it is shorter than this.
const STATUS_MESSAGE_MAX_CHARS: usize = 150;

/// A discussion's account prompt is boilerplate when it is shorter than
/// this.
const ACCOUNT_PROMPT_MAX_CHARS: usize = 120;

/// A site's appeal ([`rules::SITE_APPEAL`]) is boilerplate when the block
/// is shorter than this: two sentences, not a paragraph about newsletters.
const SITE_APPEAL_MAX_CHARS: usize = 250;

/// A photo's credit ([`rules::photo_credit`]) is a line shorter than this.
const PHOTO_CREDIT_MAX_CHARS: usize = 90;

/// A cookie notice, or the terms under a form, is boilerplate when it is
/// shorter than this.
const COOKIE_NOTICE_MAX_CHARS: usize = 300;

/// A notice pointing to the privacy policy ([`rules::privacy_pointer`]) is
/// a paragraph, not more: a data-collection notice runs to a few sentences.
const PRIVACY_POINTER_MAX_CHARS: usize = 600;

/// Is this block text boilerplate? `links` is how many of its characters are link text.
fn is_boilerplate(text: &str, links: usize) -> bool {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() {
        return false;
    }
    let chars = lower.chars().count();
    // A post's number alone is its permalink; in a list item beside a
    // title, it is a chart's rank (kept by `strip_item_labels`).
    if lone_label(&lower) || rules::post_number(&lower) {
        return true;
    }
    if chars < BROWSER_NOTICE_MAX_CHARS && rules::BROWSER_NOTICE.matches(&lower) {
        return true;
    }
    if chars < STATUS_MESSAGE_MAX_CHARS && rules::status_message(&lower) {
        return true;
    }
    if chars < COOKIE_NOTICE_MAX_CHARS
        && (rules::cookie_notice(&lower) || rules::form_consent(&lower))
    {
        return true;
    }
    if chars < ACCOUNT_PROMPT_MAX_CHARS
        && (rules::account_prompt(&lower) || rules::app_signature(&lower))
    {
        return true;
    }
    if chars < SITE_APPEAL_MAX_CHARS
        && (rules::SITE_APPEAL.matches(&lower) || rules::newsletter_appeal(&lower))
    {
        return true;
    }
    if chars < PRIVACY_POINTER_MAX_CHARS && rules::privacy_pointer(&lower) {
        return true;
    }
    if chars < PHOTO_CREDIT_MAX_CHARS && rules::photo_credit(&lower) {
        return true;
    }
    if rules::legal_notice(&lower) || looks_like_data(&lower) || mostly_ids(&lower) {
        return true;
    }
    // "🚀 Sign up for …", "→ Read more": a leading symbol is decoration.
    let opening =
        lower.trim_start_matches(|c: char| !(c.is_alphanumeric() || c == '©' || c == '('));
    if rules::boilerplate_start(opening) {
        let link_share = links as f32 / chars as f32;
        return chars < 200 || link_share > 0.4;
    }
    false
}

/// Serialised data that leaked into the page as text (a JSON object or a
/// dictionary left in a `<div>` for a script): braces or brackets around
/// quoted keys and values, not prose.
fn looks_like_data(text: &str) -> bool {
    let t = text.trim();
    let wrapped =
        (t.starts_with('{') && t.ends_with('}')) || (t.starts_with('[') && t.ends_with(']'));
    wrapped && {
        let quotes = t.bytes().filter(|&b| b == b'"' || b == b'\'').count();
        let colons = t.bytes().filter(|&b| b == b':').count();
        quotes >= 6 && colons >= 3
    }
}

/// Text made of UUIDs (`303097ac-d3e5-41e1-baf5-303640756ebf`) with a
/// letter here and there: a shop's scrambled "Sponsored" label, whose
/// hidden spans hold the identifiers, not words anyone reads.
fn mostly_ids(text: &str) -> bool {
    // Three identifiers hold twelve hyphens: most texts are out at once.
    if text.bytes().filter(|&b| b == b'-').count() < 3 * 4 {
        return false;
    }
    let is_uuid = |w: &[u8]| {
        w.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
    };
    let (mut words, mut ids) = (0usize, 0usize);
    for w in text.split_whitespace() {
        words += 1;
        // Identifiers often run together with no space between them.
        if w.as_bytes().get(..36).is_some_and(is_uuid) {
            ids += 1;
        }
    }
    ids >= 3 && ids * 3 >= words
}

/// Readability's text similarity: the share of `b`'s text made of words that
/// also occur in `a` (1.0 = every word of `b` is in `a`).
pub(crate) fn similar(a: &str, b: &str) -> f32 {
    let wa = crate::measure::words(a);
    let wb = crate::measure::words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let total: usize = wb.iter().map(|w| w.len() + 1).sum();
    let unique: usize = wb
        .iter()
        .filter(|w| !wa.contains(w))
        .map(|w| w.len() + 1)
        .sum();
    1.0 - unique as f32 / total as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubled_text_is_cut_to_one_copy_inside_nested_inlines() {
        let text = |t: &str| Inline::Text {
            text: t.to_string(),
        };
        let mut content = vec![
            text(" "),
            Inline::Strong {
                content: vec![text("EUR 16"), text("3.12EUR")],
            },
            text(" 163.12"),
        ];
        undouble(&mut content);
        assert_eq!(inline_text(&content), " EUR 163.12");
        let mut tiny = vec![text("tutu")];
        undouble(&mut tiny);
        assert_eq!(inline_text(&tiny), "tutu");
        let mut dashes = vec![text("------")];
        undouble(&mut dashes);
        assert_eq!(inline_text(&dashes), "------");
    }

    #[test]
    fn lone_labels() {
        assert!(lone_label("trending"));
        assert!(lone_label("9 comments"));
        // A listed line longer than a label is still that line.
        assert!(lone_label("find the answer to your question by asking."));
        assert!(!lone_label(
            "find the answer to your question by asking the forum."
        ));
        assert!(is_boilerplate("#12", 0));
        assert!(!is_boilerplate("#12 The Lighthouse Keeper", 0));
        // A button with its count.
        assert!(lone_label("reply with quote 0"));
        assert!(lone_label("reply 12"));
        assert!(!lone_label("reply to comment 12"));
        assert_eq!(without_count("share 12"), "share");
        assert_eq!(without_count("share it"), "share it");
    }

    #[test]
    fn site_appeals_anywhere_in_a_short_block() {
        assert!(is_boilerplate(
            "Want more from Select? Sign up for our newsletter, The Selection, and shop smarter.",
            0
        ));
        assert!(is_boilerplate(
            "Catch up on our coverage of tools and wellness, and follow us on Facebook and TikTok.",
            0
        ));
        assert!(is_boilerplate("Be the first to comment", 0));
        assert!(is_boilerplate(
            "There's plenty more where that came from: get the free daily letter delivered to your inbox.",
            0
        ));
        assert!(is_boilerplate("Related post: Pickled Brussels Sprouts", 0));
        // A paragraph about newsletters is the page's own text.
        let long = format!(
            "{} Most sites ask readers to subscribe to our newsletter in a box under each post.",
            "Open rates fell for the third year running across the publishers we surveyed. "
                .repeat(3)
        );
        assert!(!is_boilerplate(&long, 0));
    }

    #[test]
    fn similarity() {
        assert!(
            similar(
                "Ukraine and US Negotiators Meet",
                "Ukraine and US negotiators meet"
            ) > 0.99
        );
        assert!(similar("Ukraine talks", "Something else entirely") < 0.1);
    }

    #[test]
    fn credits_calls_to_action_and_link_lines() {
        use crate::document::Inline;
        let para = |inl: Vec<Inline>| Block::Paragraph { content: inl };
        let text = |t: &str| Inline::Text {
            text: t.to_string(),
        };
        let blocks = vec![
            para(vec![text(
                "The story itself, long enough to be prose, with commas, and clauses.",
            )]),
            para(vec![text("Photo: Jane Doe, AP")]),
            para(vec![text("Click here to get the app on your phone.")]),
            para(vec![Inline::Link {
                href: "/other".into(),
                content: vec![text("MARKETS SLIDE AS RATES RISE")],
            }]),
            para(vec![text(
                "More prose that ends the story, with a clause or two.",
            )]),
        ];
        let how = How {
            author: None,
            title: None,
            focus: Focus::Balanced,
            links_are_content: false,
            drop_repeats: false,
            drop_quoted_repeats: false,
            one_product: false,
        };
        let kept = filter(blocks, &[], &how);
        assert_eq!(kept.len(), 2, "{kept:?}");
    }

    #[test]
    fn scrambled_identifiers_are_not_text() {
        let scrambled =
            "9 303097ac-d3e5-41e1-baf5-303640756ebf x 2bf8403c-6590-4d73-8b16-95f6c3ecdef8 \
             84f535a2-9d93-4358-b5a8-c77d761c12e9 s 74566818-87fa-4f92-a44b-1994747f4b09 p \
             8fa59085-ef31-413f-9673-b2f78ec510e2ead30e81-5e5f-4316-9cb1-d7b6cc68bbf4";
        assert!(mostly_ids(scrambled));
        assert!(is_boilerplate(scrambled, 0));
        // A command or a path that names one UUID is content.
        assert!(!mostly_ids(
            "$ celery -a proj inspect query_task e9f6c8f0-fec9-4ae8-a8c6-cf8c8451d4f8"
        ));
        assert!(!mostly_ids(
            "sudo vi /media/fred/ba5b7f3a-54d2-4325-80e5-e7a159900d3f/etc/fstab and \
             ba5b7f3a-54d2-4325-80e5-e7a159900d3f then ba5b7f3a-54d2-4325-80e5-e7a159900d3f \
             is the uuid of the root partition that the installer created for you"
        ));
    }

    #[test]
    fn boilerplate_paragraphs() {
        assert!(is_boilerplate("Also read: Markets rally", 15));
        assert!(is_boilerplate("Trending", 0));
        // A leading symbol does not hide the phrase.
        assert!(is_boilerplate("🚀 Sign up for our weekly newsletter", 0));
        assert!(is_boilerplate("→ Read more: the full report", 10));
        assert!(is_boilerplate("© 2025 Example Media", 0));
        assert!(!is_boilerplate(
            "Trending topics in science are many, and this one is long.",
            0
        ));
    }
}
