//! What a block's text says it is: a boilerplate line ("Share this",
//! "All rights reserved"), a related-list heading, a label or counter, a
//! price, a forum post's chrome, a dateline, a legal or cookie notice, a
//! photo credit. Every function takes the text lowercased unless it says
//! otherwise, and answers for the text alone; names are
//! [`super::names`]'s.

use super::{automaton, Keywords};
use std::sync::LazyLock;

keywords! {
    /// Lowercased block texts that *start* a boilerplate block: link-line
    /// inserts, widget headings, share prompts and legal footers.
    BOILERPLATE_START = [
        "also read", "read also", "read more", "see also:", "related:",
        "related post:", "related article:",
        "related articles", "related posts", "related stories", "related news",
        "recommended for you", "you may also like", "you might also like",
        "more stories:", "must read:",
        "connect with us", "follow us", "share this", "share on", "share:",
        "click to share", "subscribe to", "sign up for", "join our newsletter",
        "copyright", "©", "(c) 20", "all rights reserved", "disclaimer:",
        "advertisement", "sponsored content", "this website offers general",
        "filed under", "tags:", "leave a comment", "leave a reply",
        /// Calls to action and contact lines after a story.
        "click here", "follow us on", "follow me on", "follow him on",
        "follow her on", "follow them on", "join our mailing list",
        "get the latest", "have a tip", "sign up to",
        "this post may contain affiliate", "this article contains affiliate",
        "don't miss", "do not miss", "more:", "watch:", "listen:",
        /// Photo credits and caption labels.
        "photo:", "photos:", "image:", "picture:", "credit:", "image copyright",
        "image caption", "photograph:",
    ]
}

keywords! {
    /// A site's invitation anywhere in a short block, not only at its
    /// start ("Want more from us? Sign up for our newsletter…", "…and
    /// follow us on Facebook, Instagram and TikTok"): an appeal to the
    /// reader about the site, not the page's words. (The caller applies it
    /// to short blocks.)
    SITE_APPEAL = [
        "follow us on facebook", "follow us on instagram",
        "follow us on twitter", "follow us on linkedin",
        "receive notifications about new posts", "be the first to comment",
        "share it with a friend", "delivered to your inbox",
    ]
}

/// An invitation to a site's newsletter anywhere in a short block: "sign
/// up for" or "subscribe to" "our" or "the", and "newsletter" within
/// [`NEWSLETTER_WINDOW`] characters after ("Sign up now for the Mashable
/// Deals newsletter", "subscribe to our monthly newsletter"), or "join our
/// newsletter". Not a sentence about one ("you can also subscribe to this
/// newsletter here", "the newsletters I subscribe to"). (The caller
/// applies it to short blocks, as [`SITE_APPEAL`].)
pub(crate) fn newsletter_appeal(lower: &str) -> bool {
    const OPENERS: [&str; 7] = [
        "sign up for our ",
        "sign up for the ",
        "sign up now for the ",
        "sign up now for our ",
        "subscribe to our ",
        "subscribe to the ",
        "join our ",
    ];
    if !lower.contains("newsletter") {
        return false;
    }
    OPENERS.iter().any(|opener| {
        lower.match_indices(opener).any(|(at, _)| {
            let rest = &lower[at + opener.len()..];
            let window = rest
                .char_indices()
                .nth(NEWSLETTER_WINDOW)
                .map_or(rest, |(end, _)| &rest[..end]);
            window.contains("newsletter")
        })
    }) || lower.contains("join newsletter")
}

/// See [`newsletter_appeal`].
const NEWSLETTER_WINDOW: usize = 40;

/// A heading that titles a list of other pages by its text ("Latest
/// news", "Related content", "More from the author"): the whole heading,
/// lowercased.
pub(crate) fn related_title(lower: &str) -> bool {
    let t = heading_words(lower);
    matches!(
        t,
        "related"
            | "related posts"
            | "related articles"
            | "related stories"
            | "related content"
            | "related reading"
            | "related news"
            | "latest news"
            | "latest posts"
            | "latest articles"
            | "recent posts"
            | "recent articles"
            | "recent news"
            | "you may also like"
            | "you might also like"
            | "recommended"
            | "recommended reading"
            | "recommended articles"
            | "recommended for you"
            | "more stories"
            | "more news"
            | "more articles"
            | "more posts"
            | "popular posts"
            | "popular articles"
            | "most popular"
            | "most read"
            | "trending"
            | "trending now"
            | "more like this"
            | "related items"
    ) || (t.chars().count() <= RELATED_TITLE_MAX_CHARS
        && (t.starts_with("more from ")
            || t.starts_with("popular on ")
            || SHELF_TITLE_STARTS.iter().any(|s| t.starts_with(s))))
}

/// How a shop titles its shelves of other products ("Frequently bought
/// together", "Complete the look", "Similar items shipping to France"):
/// a heading that starts so is such a list, whatever its subtitle.
const SHELF_TITLE_STARTS: [&str; 9] = [
    "frequently bought together",
    "complete the look",
    "shop the look",
    "customers also ",
    "customers who bought",
    "people also ",
    "similar items",
    "similar products",
    "you may also be interested",
];

/// A heading that titles the writer's bio below a post by its text
/// ("About the author"): the whole heading, lowercased.
pub(crate) fn author_section_title(lower: &str) -> bool {
    matches!(
        heading_words(lower),
        "about the author" | "about the authors"
    )
}

/// A heading's text without the spaces around it and the punctuation
/// after it ("Related content:" reads "related content").
fn heading_words(lower: &str) -> &str {
    lower
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// A heading longer than this ("More from the study: what the data show
/// about…") is a sentence, not a list's title.
pub(crate) const RELATED_TITLE_MAX_CHARS: usize = 60;

/// Short blocks that are boilerplate when they are *all* of the block.
pub(crate) fn boilerplate_line(lower: &str) -> bool {
    matches!(
        // "Tags:", "Share!", and "Tags , , ," once its tag links are gone.
        lower.trim_matches(|c: char| !c.is_alphanumeric()),
        "advertisement"
            | "advertisements"
            | "ad"
            | "sponsored"
            | "trending"
            | "trending now"
            | "related"
            | "popular"
            | "most popular"
            | "most read"
            | "share"
            | "share this"
            | "share this article"
            | "share this story"
            | "tweet"
            | "print"
            | "email"
            | "comments"
            | "published"
            | "on"
            | "by"
            | "updated"
            | "read more"
            | "read next"
            | "what to read next"
            | "continue reading"
            | "connect with us"
            | "follow us"
            | "subscribe"
            | "newsletter"
            | "skip to content"
            | "skip to main content"
            | "loading"
            | "loading..."
            | "image"
            | "photo"
            | "video"
            | "listen"
            | "listen to this article"
            | "don't miss"
            | "tags"
            | "related topics"
            | "more on this story"
            | "table of contents"
            | "in this article"
            | "on this page"
            // Shop and landing-page buttons and badges.
            | "learn more"
            | "show more"
            // Expand and collapse toggles, alone or both in one block.
            | "show less"
            | "read less"
            | "see more"
            | "see less"
            | "read less read more"
            | "read more read less"
            | "show less show more"
            | "show more show less"
            | "view all"
            | "see all"
            | "shop now"
            | "apply now"
            | "unit price / per"
            | "unit price per"
            | "new arrival"
            | "recently viewed"
            | "featured products"
            | "similar items"
            | "skip to search results"
            | "thank you for your feedback"
            | "code: select all"
            | "in stock"
            | "free shipping"
            | "add to wishlist"
            | "wishlist"
            // A product tile's buttons and checkbox.
            | "quick shop"
            | "quick view"
            | "compare"
            | "add to compare"
            // A product tile's badges.
            | "top rated"
            | "best seller"
            | "bestseller"
            | "award winner"
            | "read full details"
            | "size guide"
            | "filters"
            | "close"
            | "home"
            | "search"
            | "sign in"
            | "previous"
            // A Q&A page's prompts under the answers (Stack Exchange).
            | "start asking to get answers"
            | "find the answer to your question by asking"
            | "explore related questions"
            | "see similar questions with these tags"
            // A forum post's buttons and its poster's badges.
            | "link to post"
            | "reply"
            | "quote"
            | "reply with quote"
            | "sharing is caring"
            | "trending news"
            | "recommended posts"
            | "featured replies"
            | "click to expand"
            | "start new topic"
            | "reply to this topic"
            | "top posters in this topic"
            | "jump to"
            | "jump to navigation"
            | "jump to search"
            | "member"
            | "joined"
            | "online"
            | "image copyright"
            | "getty images"
    )
}

/// A count and its unit and nothing else: a reading time ("5 min read",
/// "3 MIN. READ") or an engagement counter ("1.2k likes", "9 comments",
/// "84 reactions"), the furniture of a post's header or a teaser card.
pub(crate) fn counter_label(lower: &str) -> bool {
    let t = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let digits = t
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(t.len());
    if digits == 0 || !t.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    // "1.2k likes", "3m views"; but "5min read" keeps its "min".
    let rest = &t[digits..];
    let rest = match rest.strip_prefix(['k', 'm']) {
        Some(r) if r.starts_with(' ') => r,
        _ => rest,
    }
    .trim_start();
    let mut words = rest
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty());
    let unit = words.next().unwrap_or("");
    let next = words.next();
    if words.next().is_some() {
        return false;
    }
    match unit {
        "min" | "mins" | "minute" | "minutes" => matches!(next, Some("read" | "reading")),
        "like" | "likes" | "comment" | "comments" | "share" | "shares" | "reaction"
        | "reactions" | "views" => next.is_none(),
        _ => false,
    }
}

/// A listing's sort and filter controls, read as text: "Sort and filter",
/// "Sort: Newest first", "Sort by: Price", "Filters (2)", and its result
/// counter ([`result_counter`]). Not a spec that names a filter ("Filter
/// type: Cone").
pub(crate) fn listing_control(lower: &str) -> bool {
    let t = lower.trim();
    if matches!(
        t,
        "sort and filter"
            | "filter and sort"
            | "sort & filter"
            | "filter & sort"
            | "sort by"
            | "filter by"
            | "filter controls"
            | "refine by"
            | "clear all filters"
            | "results list"
    ) || result_counter(t)
    {
        return true;
    }
    if let Some(count) = t
        .strip_prefix("filters (")
        .and_then(|r| r.strip_suffix(')'))
    {
        return digits(count);
    }
    ["sort:", "sort by:"].iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|rest| rest.split_whitespace().count() <= LISTING_CONTROL_MAX_WORDS)
    })
}

/// A listing's count of what it shows, as its search widget prints it:
/// "Products (154)", "Loaded 154 results", "1–30 of 154 products",
/// "Showing 1-16 of 29 results". A bare total ("3953 items found",
/// "Showing 18 results") is left alone: a category page's introduction
/// says as much in its own words.
fn result_counter(t: &str) -> bool {
    const UNITS: [&str; 3] = ["products", "items", "results"];
    if let Some((unit, count)) = t.strip_suffix(')').and_then(|r| r.split_once(" (")) {
        return UNITS.contains(&unit) && count_digits(count);
    }
    if let Some(rest) = t.strip_prefix("loaded ") {
        return rest
            .split_once(' ')
            .is_some_and(|(n, unit)| count_digits(n) && matches!(unit, "result" | "results"));
    }
    // "[showing] 1–30 of 154 [products]".
    let t = t.strip_prefix("showing ").unwrap_or(t);
    let Some((range, rest)) = t.split_once(" of ") else {
        return false;
    };
    let (total, unit) = rest.split_once(' ').unwrap_or((rest, ""));
    let range_ok = range
        .split_once(['–', '-'])
        .is_some_and(|(a, b)| digits(a.trim()) && digits(b.trim()));
    range_ok && count_digits(total) && (unit.is_empty() || UNITS.contains(&unit))
}

/// A count with thousands separators, or without: digits once the commas
/// are gone ("1,154", "154"; not "", "1.2k").
fn count_digits(s: &str) -> bool {
    digits(&s.replace(',', ""))
}

/// A run of ASCII digits and nothing else ("2", "154"; not "", "2a").
fn digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// See [`listing_control`]: a sort order's name is at most this many words.
const LISTING_CONTROL_MAX_WORDS: usize = 4;

/// A shop's price as its card labels it, and nothing else: "Regular price
/// $19.99", "Regular price Sale price $15.99", "Sale price:". The labels
/// are a theme's words for screen readers, printed for the regular and for
/// the sale price whichever applies: the card's price widget, not its text.
/// ("Original price was: $30.00. Current price is: $21.00", a sentence, is
/// not this; nor is a line that names two prices, "Sale price £88 Regular
/// price £102".)
pub(crate) fn labelled_price(lower: &str) -> bool {
    let mut rest = lower.trim();
    let mut labelled = false;
    while let Some(r) = PRICE_LABELS.iter().find_map(|l| rest.strip_prefix(l)) {
        rest = r.trim_start_matches(':').trim_start();
        labelled = true;
    }
    labelled && (rest.is_empty() || price(rest))
}

/// See [`labelled_price`].
const PRICE_LABELS: [&str; 3] = ["regular price", "sale price", "unit price"];

/// A price and nothing else: "$84.00", "€ 49,99", "EUR 57.40",
/// "£12 – £20". A currency (a sign or a three-letter code) and an amount;
/// no other words.
pub(crate) fn price(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > PRICE_MAX_CHARS || !t.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    let mut currency = false;
    for word in t.split(|c: char| c.is_whitespace() || c.is_ascii_digit() || ".,'–-/".contains(c))
    {
        let letters = word.trim_matches(|c: char| CURRENCY_SIGNS.contains(c));
        currency |= letters.len() < word.len();
        match letters {
            "" => {}
            w if w.len() == 3 && CURRENCY_CODES.contains(&w.to_ascii_uppercase().as_str()) => {
                currency = true;
            }
            _ => return false,
        }
    }
    currency
}

/// See [`price`].
const PRICE_MAX_CHARS: usize = 32;
/// See [`price`].
const CURRENCY_SIGNS: &str = "$€£¥₹₩₽¢₺₫฿₪₴₦₱";
/// See [`price`]: the codes shops print beside an amount.
const CURRENCY_CODES: [&str; 16] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN",
    "INR", "BRL", "MXN",
];

/// An age and nothing else ("3 days ago", "an hour ago", "Yesterday"): a
/// teaser's or a reply's timestamp, or a gallery's position ("Image 2 of
/// 7").
pub(crate) fn age_or_position(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let [day] = words.as_slice() {
        return matches!(*day, "yesterday" | "today");
    }
    let number = |w: &str| digits(w) || matches!(w, "a" | "an");
    match words.as_slice() {
        [n, unit, "ago"] => {
            number(n)
                && matches!(
                    unit.trim_end_matches('s'),
                    "second" | "minute" | "min" | "hour" | "hr" | "day" | "week" | "month" | "year"
                )
        }
        ["image" | "slide", n, "of", m] => digits(n) && digits(m),
        _ => false,
    }
}

/// A post's number in its thread ("#4", "#1,024"), the permalink a forum
/// engine prints in each post's header.
pub(crate) fn post_number(lower: &str) -> bool {
    lower.trim().strip_prefix('#').is_some_and(|n| {
        !n.is_empty()
            && n.len() <= POST_NUMBER_MAX_CHARS
            && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
            && n.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// See [`post_number`]: a thread's posts number at most in the millions.
const POST_NUMBER_MAX_CHARS: usize = 9;

/// A forum poster's statistics beside each post ("Posts: 98",
/// "Registered: 2024-01-27", "Joined: Mar 2019", "Reaction score: 1,204"):
/// a label from the profile box and a number or date.
pub(crate) fn poster_stat(lower: &str) -> bool {
    let Some((label, value)) = lower.trim().split_once(':') else {
        return false;
    };
    let value = value.trim();
    matches!(
        label.trim(),
        "posts" | "registered" | "joined" | "threads" | "messages" | "reaction score"
    ) && !value.is_empty()
        && value.chars().count() <= 30
        && value.chars().any(|c| c.is_ascii_digit())
}

/// A post's dateline and nothing else: "Updated March 2, 2026",
/// "Published on May 02, 2024 07:44 PM IST", "Posted 3 days ago",
/// "Last updated: 4/11/2025". Not "Date: …" (an event's or a message's
/// date is data) nor a dateline with more after it ("Updated 6 days ago •
/// 868k downloads").
pub(crate) fn dateline(lower: &str) -> bool {
    let t = lower.trim();
    let Some(rest) = [
        "last updated",
        "last modified",
        "updated",
        "published",
        "posted",
    ]
    .iter()
    .find_map(|k| t.strip_prefix(k)) else {
        return false;
    };
    let rest = rest.trim_start_matches(':').trim();
    let rest = rest.strip_prefix("on ").unwrap_or(rest);
    let mut digits = false;
    let date_like = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                digits = true;
                return w
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.' | ':'));
            }
            DATE_WORDS.contains(&w.trim_end_matches('.'))
        });
    date_like && digits
}

/// The words a dateline's date is written with (besides its numbers).
#[rustfmt::skip]
const DATE_WORDS: &[&str] = &[
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may",
    "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
    "oct", "october", "nov", "november", "dec", "december",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
    "at", "am", "pm", "a.m", "p.m", "ago", "min", "mins", "minute", "minutes",
    "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "year", "years",
    "utc", "gmt", "ist", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest",
];

/// Does this lowercase text open with a boilerplate phrase? Only the
/// text's opening, as long as the longest phrase, is searched: a long
/// paragraph is not scanned to its end for a match that could not count.
pub(crate) fn boilerplate_start(lower: &str) -> bool {
    let ac = &*BOILERPLATE_START.ac;
    let mut end = ac.max_pattern_len().min(lower.len());
    while !lower.is_char_boundary(end) {
        end += 1;
    }
    ac.find(&lower[..end]).is_some_and(|m| m.start() == 0)
}

/// Legal footers: a copyright notice or a disclaimer paragraph.
pub(crate) fn legal_notice(lower: &str) -> bool {
    let t = lower.trim_start();
    t.starts_with("copyright")
        || t.starts_with('©')
        || t.starts_with("(c) ")
        || t.starts_with("disclaimer")
        || (t.contains("all rights reserved") && t.len() < 700)
        || (t.contains("subject to copyright") && t.len() < 700)
}

keywords! {
    /// Phrases of a notice about the reader's browser rather than the page's
    /// subject: "You need to enable JavaScript to run this app", "This
    /// slideshow requires JavaScript", "Your browser does not support the
    /// video tag". (The caller applies it to short blocks only: an article
    /// about JavaScript says such things at length.)
    BROWSER_NOTICE = [
        "please enable javascript",
        "you need to enable javascript",
        "you must enable javascript",
        "enable javascript to",
        "requires javascript",
        "javascript is required",
        "javascript is disabled",
        "javascript is not enabled",
        "javascript must be enabled",
        "browser does not support",
        "browser doesn't support",
        "browser is not supported",
        "unsupported browser",
        "outdated browser",
    ]
}

keywords! {
    /// How a cookie notice asks for, or assumes, the reader's agreement
    /// (see [`cookie_notice`]).
    COOKIE_AGREEMENT = [
        "you agree",
        "you accept",
        "you consent",
        "we use cookies",
        "uses cookies to",
        "accept cookies",
        "accept all cookies",
    ]
}

/// A cookie notice that slipped past the consent classes: it names
/// cookies and asks for, or assumes, the reader's agreement ("By using our
/// site, you agree to our cookie use", "We use cookies to…"). A recipe's
/// cookies ask nobody to agree. (The caller applies it to short blocks.)
pub(crate) fn cookie_notice(lower: &str) -> bool {
    lower.contains("cookie") && COOKIE_AGREEMENT.matches(lower)
}

/// A notice that sends the reader to the site's privacy policy ("Read
/// more in our Privacy Policy", "For more information, please see our
/// Privacy Notice"): the site's words about itself (the data it collects,
/// its affiliate links), printed on every page. A text about privacy
/// policies names "a privacy policy" or "its privacy policy", not "our".
/// (The caller applies it to short blocks.)
pub(crate) fn privacy_pointer(lower: &str) -> bool {
    const POINTERS: [&str; 3] = [
        "our privacy policy",
        "our privacy notice",
        "our privacy statement",
    ];
    const VERBS: [&str; 6] = ["see ", "read ", "review ", "visit ", "refer to ", "in "];
    POINTERS.iter().any(|p| {
        lower
            .match_indices(p)
            .any(|(at, _)| VERBS.iter().any(|v| lower[..at].ends_with(v)))
    })
}

/// The terms a form makes its sender accept, printed under it: "By signing
/// up, you agree to our Terms of Use", "By clicking Submit, you consent
/// to…". A sentence that opens with the act of sending a form and asks for
/// agreement. (The caller applies it to short blocks.)
pub(crate) fn form_consent(lower: &str) -> bool {
    const ACTS: [&str; 10] = [
        "by signing up",
        "by clicking",
        "by subscribing",
        "by submitting",
        "by registering",
        "by creating an account",
        "by entering your",
        "by providing your",
        "by posting a comment",
        "by searching",
    ];
    ACTS.iter().any(|a| lower.starts_with(a))
        && ["agree", "consent", "accept", "acknowledge"]
            .iter()
            .any(|w| lower.contains(w))
}

keywords! {
    /// Ways to join a discussion (see [`account_prompt`]) ...
    ACCOUNT_ACTIONS = ["sign in", "log in", "login", "sign up", "register"]
}

keywords! {
    /// ... and what joining lets the reader do.
    ACCOUNT_PURPOSES = [
        "to comment",
        "to reply",
        "to answer",
        "to post",
        "to leave a comment",
        "to join the conversation",
    ]
}

keywords! {
    /// Account prompts that need no pair (see [`account_prompt`]).
    ACCOUNT_PROMPTS = [
        "you need to be a member",
        "post as a guest",
        "required, but never shown",
        "already have an account? sign in",
        "already have an account? log in",
    ]
}

/// A discussion's account prompt: "Create an account or sign in to
/// comment", "Log in to answer this question", "Post as a guest" — the
/// software's words under every thread, not a post's. (The caller applies
/// it to short blocks.)
pub(crate) fn account_prompt(lower: &str) -> bool {
    (ACCOUNT_ACTIONS.matches(lower) && ACCOUNT_PURPOSES.matches(lower))
        || ACCOUNT_PROMPTS.matches(lower)
}

/// A phone app's signature under a forum post ("Sent from my SM-S908U
/// using Tapatalk", "Sent from my iPhone"): the app's words, added to
/// every post it sends. (The caller applies it to whole short blocks.)
pub(crate) fn app_signature(lower: &str) -> bool {
    let rest = lower.trim().strip_prefix("sent from my ");
    rest.is_some_and(|r| r.chars().count() <= APP_SIGNATURE_MAX_CHARS && !r.contains(". "))
}

/// See [`app_signature`]: the device and app's names are this short.
const APP_SIGNATURE_MAX_CHARS: usize = 60;

/// A photo's credit on a line of its own: "Photo by Kirk Irwin/Getty
/// Images", "Photo courtesy Method Architecture", "Sakib Ali/Hindustan
/// Times/Getty Images", "Ted Shaffrey/AP": who took a picture the text
/// lost, not the story's words. (The caller applies it to short blocks.)
pub(crate) fn photo_credit(lower: &str) -> bool {
    let t = lower.trim().trim_end_matches(['.', ')']);
    const OPENINGS: [&str; 5] = [
        "photo by ",
        "photo courtesy ",
        "photograph by ",
        "image courtesy ",
        "photo credit ",
    ];
    const AGENCIES: [&str; 8] = [
        "getty images",
        "ap",
        "afp",
        "reuters",
        "shutterstock",
        "istock",
        "alamy",
        "epa",
    ];
    OPENINGS.iter().any(|o| t.starts_with(o))
        || AGENCIES.iter().any(|a| {
            t.strip_suffix(a)
                .is_some_and(|rest| rest.trim_end().ends_with(['/', '|', '(']))
        })
}

keywords! {
    /// A failure message that asks the reader to try again (see
    /// [`status_message`]).
    TRY_AGAIN = ["please try again", "try again later", "try your request again"]
}

/// A message a script shows when something fails ("Oops! Something went
/// wrong. Please try again.", "Sorry, there was a problem."): page
/// templates carry it hidden, waiting for an error; it is never what the
/// page says. It asks the reader to try again, or it is nothing but the
/// failure: a forum post that says "something went wrong when I updated"
/// is not one. (The caller applies it to short blocks, and code blocks are
/// never filtered.)
pub(crate) fn status_message(lower: &str) -> bool {
    if TRY_AGAIN.matches(lower) {
        return true;
    }
    let bare = lower
        .trim_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches("oops! ")
        .trim_start_matches("sorry, ");
    [
        "something went wrong",
        "there was a problem",
        "there was an error",
        "an error occurred",
        "an error has occurred",
    ]
    .contains(&bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_notices() {
        assert!(cookie_notice(
            "to make medium work, we log user data. by using medium, you agree to our privacy policy, including cookie policy."
        ));
        assert!(cookie_notice("we use cookies to improve your experience."));
        assert!(!cookie_notice(
            "these cookies keep for a week; i agree they are best warm."
        ));
        assert!(!cookie_notice("no need for cookie banners or gdpr consent"));
    }

    #[test]
    fn privacy_pointers() {
        assert!(privacy_pointer(
            "note: some posts may contain affiliate links. read more in our privacy policy."
        ));
        assert!(privacy_pointer(
            "we may collect identifiers when you visit. for more information, please see our privacy notice."
        ));
        // About privacy policies, not the site's own.
        assert!(!privacy_pointer(
            "we read each vpn's privacy policy to see how it protects your data."
        ));
        assert!(!privacy_pointer(
            "our privacy policy changed in 2024, the company said."
        ));
    }

    #[test]
    fn form_consents() {
        assert!(form_consent(
            "by clicking sign me up, you confirm you are 16+ and agree to our terms of use."
        ));
        assert!(form_consent(
            "by posting a comment, you consent to have your information collected."
        ));
        assert!(!form_consent(
            "by clicking the shutter twice, the camera takes a burst of photos."
        ));
        assert!(!form_consent("we agree that signing up early helps."));
    }

    #[test]
    fn poster_stats() {
        assert!(poster_stat("posts: 73,365"));
        assert!(poster_stat("registered: 2012-09-03"));
        assert!(poster_stat("joined: mar 2019"));
        assert!(!poster_stat("posts: none yet"));
        assert!(!poster_stat("location: brisbane, au"));
    }

    #[test]
    fn datelines() {
        assert!(dateline("updated march 2, 2026"));
        assert!(dateline("published on may 02, 2024 07:44 pm ist"));
        assert!(dateline("last updated: 4/11/2025"));
        assert!(dateline("posted 3 days ago"));
        // Data, or a dateline with more after it, or no date at all.
        assert!(!dateline("date: january 6-9, 2026"));
        assert!(!dateline("updated 6 days ago • 868k • 583"));
        assert!(!dateline("published by stonemaier games"));
        assert!(!dateline("posted in"));
        assert!(!dateline("updated guidance on 2026 filing deadlines"));
    }

    #[test]
    fn related_titles() {
        assert!(related_title("latest news"));
        assert!(related_title("related content:"));
        assert!(related_title("more from the editors"));
        assert!(related_title("popular on indiewire"));
        assert!(!related_title(
            "more from the study: what the data show about sleep in teenagers today"
        ));
        assert!(!related_title("news"));
        assert!(!related_title("latest news from the front"));
        // A shop's shelves, with or without a subtitle.
        assert!(related_title("complete the look outfit inspiration"));
        assert!(related_title("frequently bought together"));
        assert!(related_title("similar items shipping to france"));
        assert!(!related_title("similar"));
        assert!(author_section_title("about the author:"));
        assert!(!author_section_title("about the authority"));
    }

    #[test]
    fn account_prompts() {
        assert!(account_prompt("create an account or sign in to comment"));
        assert!(account_prompt(
            "you need to be a member in order to leave a comment"
        ));
        assert!(account_prompt("already have an account? sign in here."));
        assert!(!account_prompt(
            "i had to log in twice before the forum kept me."
        ));
    }

    #[test]
    fn post_numbers() {
        assert!(post_number("#4"));
        assert!(post_number(" #1,024 "));
        assert!(!post_number("#"));
        assert!(!post_number("#1 scream 7"));
        assert!(!post_number("#rust"));
        assert!(!post_number("#,1"));
    }

    #[test]
    fn photo_credits() {
        assert!(photo_credit("photo by kirk irwin/getty images"));
        assert!(photo_credit("sakib ali/hindustan times/getty images"));
        assert!(photo_credit("natalie naccache | bloomberg | getty images"));
        assert!(photo_credit("ted shaffrey/ap"));
        assert!(photo_credit("photo courtesy method architecture"));
        assert!(!photo_credit(
            "the agency licensed the picture from getty images"
        ));
        assert!(!photo_credit("a map of the gap"));
    }

    #[test]
    fn app_signatures() {
        assert!(app_signature(
            "sent from my sm-s908u using ac forums mobile app"
        ));
        assert!(app_signature("sent from my iphone"));
        assert!(!app_signature(
            "sent from my office. the parcel reached me two days later, which was fine."
        ));
        assert!(!app_signature("i sent from my phone but it failed"));
    }

    #[test]
    fn status_messages() {
        assert!(status_message(
            "oops! something went wrong. please try again."
        ));
        assert!(status_message(
            "there was an error retrieving your wish lists. please try again."
        ));
        assert!(status_message("sorry, there was a problem."));
        assert!(!status_message("the bridge went wrong in two places."));
        // A forum post about a failure is not the failure's message.
        assert!(!status_message(
            "something went wrong when i updated the firmware, any ideas?"
        ));
    }

    #[test]
    fn a_cards_labelled_price_is_its_price_widget() {
        assert!(labelled_price("regular price $19.99"));
        assert!(labelled_price("regular price sale price $15.99"));
        assert!(labelled_price("sale price: €49,99"));
        assert!(labelled_price("regular price"));
        assert!(!labelled_price("sale price £88 regular price £102"));
        assert!(!labelled_price(
            "sale price: $24.50 original price: $35.00 limited time!"
        ));
        assert!(!labelled_price(
            "regular price changes are announced a month ahead."
        ));
        assert!(!labelled_price(
            "original price was: $30.00.current price is: $21.00."
        ));
        assert!(!labelled_price("$19.99"));
    }

    #[test]
    fn boilerplate_texts() {
        assert!(boilerplate_start("also read: ukraine talks"));
        assert!(!boilerplate_start("we also read the report"));
        // A show's or a blog's calls to follow its writer.
        assert!(boilerplate_start("follow me on instagram: @talkinghome"));
        assert!(boilerplate_start("join our mailing list! get a newsletter"));
        assert!(!boilerplate_start("the guide will follow me on the climb"));
        // Only the opening is read, whatever follows, cut on a character.
        let long = format!("advertisement {}", "é".repeat(500));
        assert!(boilerplate_start(&long));
        assert!(!boilerplate_start(&"é".repeat(500)));
        assert!(!boilerplate_start(&format!(
            "{} also read:",
            "word ".repeat(50)
        )));
        assert!(boilerplate_line("trending"));
        // A recirculation widget's label left alone once its links are gone;
        // the story that follows it is not touched.
        assert!(newsletter_appeal(
            "for daily wit & wisdom, sign up for the almanac newsletter."
        ));
        assert!(newsletter_appeal(
            "want tips? join 1000+ businesses and subscribe to our monthly newsletter"
        ));
        assert!(newsletter_appeal("sign up for our newsletter"));
        assert!(!newsletter_appeal(
            "you can also subscribe to this newsletter here"
        ));
        assert!(!newsletter_appeal(
            "i also picked 28 of the newsletters i subscribe to"
        ));
        assert!(!newsletter_appeal(&format!(
            "sign up for the {} newsletter",
            "x".repeat(60)
        )));
        assert!(boilerplate_line("read next"));
        assert!(boilerplate_line("what to read next..."));
        assert!(!boilerplate_line("read next to the fire"));
        // Lone button and badge labels of shops and landing pages.
        assert!(boilerplate_line("learn more"));
        assert!(boilerplate_line("in stock"));
        // A card's button with its icon glyph in front.
        assert!(boilerplate_line("+ wishlist"));
        // A forum post's buttons.
        assert!(boilerplate_line("link to post"));
        assert!(!boilerplate_line("in stock markets, fear spread"));
        assert!(legal_notice(
            "copyright © all rights reserved. this website"
        ));
        assert!(!legal_notice("the copyright directive was debated"));
        assert!(BROWSER_NOTICE.matches("you need to enable javascript to run this app."));
        assert!(BROWSER_NOTICE.matches("this slideshow requires javascript."));
        assert!(BROWSER_NOTICE.matches("your browser does not support the video tag."));
        assert!(!BROWSER_NOTICE.matches("javascript closures capture variables by reference."));
        // A help page's instructions are not a notice.
        assert!(!BROWSER_NOTICE.matches("to turn javascript on in chrome, open settings."));
        assert!(!BROWSER_NOTICE.matches("update your browser to the latest version first."));
        assert!(!BROWSER_NOTICE.matches("basic workflows require no coding, but javascript helps."));
    }

    #[test]
    fn sort_and_filter_controls_are_labels_but_a_filter_spec_is_not() {
        for l in [
            "sort and filter",
            "sort: price, low to high",
            "sort by: newest",
            "filters (2)",
            "sort by",
            "products (154)",
            "loaded 1,154 results",
            "1–30 of 154 products",
            "showing 1-16 of 29 results",
            "25 - 48 of 1,200",
            "results list",
        ] {
            assert!(listing_control(l), "{l}");
        }
        for l in [
            "filter type: cone",
            "sort: the complete guide to sorting things out",
            "filters (a)",
            "3953 items found",
            "showing 18 results",
            "products (new)",
            "one of our products",
            "2 of 3 people found this helpful",
        ] {
            assert!(!listing_control(l), "{l}");
        }
    }

    #[test]
    fn an_age_or_a_gallery_position_alone_is_a_label() {
        for l in [
            "3 days ago",
            "an hour ago",
            "1 min ago",
            "image 2 of 7",
            "slide 1 of 4",
        ] {
            assert!(age_or_position(l), "{l}");
        }
        for l in [
            "3 days ago, the river rose",
            "ages ago",
            "image 2 of the series",
            "two of 7",
        ] {
            assert!(!age_or_position(l), "{l}");
        }
        // A product tile's badges and buttons.
        for l in ["top rated", "best seller", "quick shop", "compare"] {
            assert!(boilerplate_line(l), "{l}");
        }
    }

    #[test]
    fn a_price_is_a_currency_and_an_amount() {
        for p in [
            "$84.00",
            "€ 49,99",
            "EUR 57.40",
            "£12 – £20",
            "1.299,00 €",
            "$459.99 –",
        ] {
            assert!(price(p), "{p}");
        }
        for p in [
            "84.00",
            "Save 25%",
            "From $20",
            "USD",
            "2024",
            "Top Rated",
            "Strings 6",
        ] {
            assert!(!price(p), "{p}");
        }
    }
}
