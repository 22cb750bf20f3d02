//! The author and the date a page shows in its byline, read for when its
//! structured data names none.
//!
//! Decides which visible element is the byline, in document order:
//! - the author: an `itemprop=author` element (its `itemprop=name` when it
//!   has one) or a `rel=author` link; else an element whose class or id
//!   says author, byline or writer, a link to an author's page
//!   ("/author/jane-doe"), or a text that opens with "By" / "Written by"
//!   or follows such a label alone (a capitalised name of two words at
//!   least, since text says less than markup); the name is what is left
//!   once "By", a trailing date, a role or " | Site" is cut; on a thread,
//!   the member a "Thread starter" or "Started by" label names, or a
//!   "Discussion starter" badge follows (a handle such as "paulb203" will
//!   do there), comes before any post's author: a thread's second page
//!   opens with a reply;
//! - the date: an `itemprop=datePublished` element; else a `<time>`
//!   element (its `datetime`, else its text), an element whose class or id
//!   says date, time, published or posted with a short text holding a
//!   date, a short text that says "Published", "Posted" or "Updated" with
//!   a date in it or just after it, or a date standing alone in the few
//!   lines under the first `<h1>`.
//!
//! The walk stops once it has both. Navigation, page footers (an article's
//! own `<footer>` is read), sidebars, comment sections, reviews and
//! related-story lists are not read: their names and dates belong to other
//! pages and other people. It does not rank candidates against the main
//! content (metadata is read before the content is chosen), and it does not
//! judge whether a name is a person's.

use crate::dates;
use crate::dom::{Attr, Data, Dom, NodeId, Tag};
use crate::rules;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// What the byline says; `None` where it says nothing readable.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Byline {
    /// The author's name (or names, as written).
    pub author: Option<String>,
    /// The date, in ISO 8601 (see [`dates::to_iso`]).
    pub date: Option<String>,
}

/// Longest text read as a name or a date line, in bytes.
const MAX_LINE: usize = 100;

/// How many text nodes after the first `<h1>` (its own included) are
/// read for a date standing alone.
const HEADLINE_WINDOW: u32 = 12;

/// Longest text read as a date standing alone under the headline
/// ("Mar 27, 2024", "- 25 November 2025"), in bytes.
const MAX_DATE_ALONE: usize = 32;

/// Longest name kept, in characters.
const MAX_NAME_CHARS: usize = 60;
/// Longest name kept, in words ("Rui Ma, Heba Ledwon and Erik Vulpen").
const MAX_NAME_WORDS: usize = 6;

/// What to read of the byline.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Wanted {
    /// Look for the author.
    pub author: bool,
    /// Look for the date.
    pub date: bool,
    /// Read "03/04/2025" as the 3rd of April (see [`dates::to_iso`]).
    pub day_first: bool,
}

/// Reads what is wanted of the page's byline (nothing when nothing is).
pub(crate) fn read(dom: &Dom, wanted: Wanted) -> Byline {
    if !(wanted.author || wanted.date) {
        return Byline::default();
    }
    let mut reader = Reader::new(dom, wanted);
    // (node, inside an <article>): an article's own <footer> holds its byline.
    let mut stack = vec![(dom.body(), false)];
    while let Some((id, in_article)) = stack.pop() {
        if reader.done() {
            break;
        }
        let node = dom.node(id);
        match &node.data {
            Data::Text(t) => reader.text(t.trim()),
            Data::Element(el) => {
                if elsewhere(el, in_article) {
                    continue;
                }
                reader.element(id, el);
                let in_article = in_article || el.tag == Tag::Article;
                stack.extend(node.children.iter().rev().map(|&c| (c, in_article)));
            }
            Data::Root => stack.extend(node.children.iter().rev().map(|&c| (c, in_article))),
        }
    }
    reader.found()
}

/// The walk's state: what was found, and the cues that make the next text
/// node a name or a date.
struct Reader<'a> {
    dom: &'a Dom,
    wanted: Wanted,
    /// From `itemprop`/`rel` markup.
    marked_author: Option<String>,
    /// From a class, an author link or a "By" label.
    named_author: Option<String>,
    /// From a thread's "Thread starter" / "Started by" label: on a page
    /// of a thread, the first post shown may be a reply (the second page
    /// opens with one), and the thread is its starter's.
    starter: Option<String>,
    /// The text node before was a thread starter's label alone.
    starter_label_before: bool,
    /// The last short text node, which a "Discussion starter" badge after
    /// it marks as the starter's name.
    last_short: Option<&'a str>,
    /// From `itemprop=datePublished`.
    marked_date: Option<String>,
    /// From `<time>`, a class, a label or the headline's neighbourhood.
    date: Option<String>,
    /// The text node before said "Last updated:" and held no date.
    date_label_before: bool,
    /// The text node before was a byline's label alone ("By", "Written by").
    author_label_before: bool,
    /// Text nodes left to read under the first headline, where a date
    /// stands alone ("December 15, 2025"); `None` before the headline.
    under_headline: Option<u32>,
}

impl<'a> Reader<'a> {
    fn new(dom: &'a Dom, wanted: Wanted) -> Self {
        Reader {
            dom,
            wanted,
            marked_author: None,
            named_author: None,
            starter: None,
            starter_label_before: false,
            last_short: None,
            marked_date: None,
            date: None,
            date_label_before: false,
            author_label_before: false,
            under_headline: None,
        }
    }

    /// Both are found: markup further down would win over a class or a
    /// label above it, but the walk stops here (a byline's markup sits with
    /// its text, and the rest of the page is not walked for it).
    /// (What is not wanted counts as found.)
    fn done(&self) -> bool {
        !(self.wants_name() || self.wants_date())
    }

    /// The author is wanted and no source has given it yet.
    fn wants_name(&self) -> bool {
        self.wanted.author
            && self.named_author.is_none()
            && self.marked_author.is_none()
            && self.starter.is_none()
    }

    /// The date is wanted and neither markup nor a visible date gave it.
    fn wants_date(&self) -> bool {
        self.wanted.date && self.marked_date.is_none() && self.date.is_none()
    }

    fn found(self) -> Byline {
        Byline {
            author: self.starter.or(self.marked_author).or(self.named_author),
            date: self.marked_date.or(self.date),
        }
    }

    fn text(&mut self, t: &'a str) {
        if t.is_empty() {
            return;
        }
        let near_headline = self.under_headline.is_some_and(|n| n > 0);
        if let Some(n) = self.under_headline.as_mut() {
            *n = n.saturating_sub(1);
        }
        let short = t.len() <= MAX_LINE;
        if self.wants_name() && short {
            // "By Jane Doe", or "Written by" and the name in the next node.
            let labelled = self.author_label_before || starts_with_label(t);
            if labelled && !is_label(t) {
                // Text alone says less than markup: a name of two words at
                // least ("By Category" is a menu).
                self.named_author =
                    name(t).filter(|n| capitalised(n) && n.split_whitespace().nth(1).is_some());
            }
        }
        if self.wants_name() && short {
            self.starter = if self.starter_label_before {
                handle(t)
            } else if is_starter_badge(t) {
                self.last_short.and_then(handle)
            } else {
                // "Started by paulb203, 12 March 2024": a handle has no comma.
                starter_label_start(t)
                    .and_then(|rest| rest.split(',').next())
                    .and_then(handle)
            };
        }
        self.last_short = short.then_some(t);
        self.author_label_before = short && is_author_label(t);
        self.starter_label_before =
            short && (starter_label_start(t) == Some("") || ends_with_starter_label(t));
        if self.wanted.date && self.date.is_none() && short {
            let cue = has_date_cue(t);
            let alone = near_headline && t.len() <= MAX_DATE_ALONE;
            if cue || self.date_label_before || alone {
                self.date = has_year(t)
                    .then(|| dates::find_in(t, self.wanted.day_first))
                    .flatten();
            }
            self.date_label_before = cue && self.date.is_none();
        } else {
            self.date_label_before = false;
        }
    }

    fn element(&mut self, id: NodeId, el: &crate::dom::Element) {
        let (dom, day_first) = (self.dom, self.wanted.day_first);
        let iso = |d: &str| dates::to_iso(d, day_first);
        if el.tag == Tag::H1 && self.under_headline.is_none() {
            self.under_headline = Some(HEADLINE_WINDOW);
        }
        let marked = el
            .attr(Attr::ItemProp)
            .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "author"))
            || (el.tag == Tag::A
                && el.attr(Attr::Rel).is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("author"))
                }));
        if self.wanted.author && marked && self.marked_author.is_none() {
            let source = item_name(dom, id).unwrap_or(id);
            self.marked_author = name_in(dom, source);
        }
        if self.wants_name()
            && (author_class(&el.class)
                || author_class(&el.id)
                || (el.tag == Tag::A && el.attr(Attr::Href).is_some_and(author_page)))
        {
            self.named_author = name_in(dom, id);
        }
        let published = el.attr(Attr::ItemProp).is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|p| p == "datePublished" || p == "dateCreated")
        });
        // Its `datetime`, else its text.
        let own_date = || {
            el.attr(Attr::DateTime)
                .and_then(iso)
                .or_else(|| line_text(dom, id).and_then(|t| iso(&t)))
        };
        if self.wanted.date && published && self.marked_date.is_none() {
            self.marked_date = own_date();
        }
        if self.wanted.date && self.date.is_none() {
            if el.tag == Tag::Time {
                self.date = own_date();
            } else if rules::DATELINE.matches(&el.class) || rules::DATELINE.matches(&el.id) {
                self.date = line_text(dom, id)
                    .filter(|t| has_year(t))
                    .and_then(|t| dates::find_in(&t, day_first));
            }
        }
    }
}

/// Is this element's subtree about other pages or by other people
/// (navigation, sidebars, footers, comments, reviews, related stories)?
/// (An `<aside>` is not, nor an article's own `<footer>`: they often hold
/// the byline.)
fn elsewhere(el: &crate::dom::Element, in_article: bool) -> bool {
    // The first class names the element; later ones say what it holds
    // ("main with-sidebar").
    matches!(el.tag, Tag::Nav | Tag::Form)
        || (el.tag == Tag::Footer && !in_article)
        || rules::comment_section(&el.class, &el.id)
        || rules::other_pages(el.first_class())
        || rules::other_pages(el.naming_id())
}

/// Does a class or id name an author or byline? ("authority-control" is
/// not one.)
fn author_class(name: &str) -> bool {
    rules::AUTHOR_NAME.matches(name) && !name.contains("authority")
}

/// A link to an author's page: "/author/jane-doe", "/authors/jane".
fn author_page(href: &str) -> bool {
    href.contains("/author/") || href.contains("/authors/")
}

/// The first `itemprop=name` below `id` (an `itemprop=author` element's).
fn item_name(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let mut stack = dom.node(id).children.clone();
    stack.reverse();
    let mut seen = 0;
    while let Some(cur) = stack.pop() {
        seen += 1;
        if seen > 200 {
            return None;
        }
        let node = dom.node(cur);
        if let Some(el) = node.element() {
            if el.attr(Attr::ItemProp) == Some("name") {
                return Some(cur);
            }
            stack.extend(node.children.iter().rev());
        }
    }
    None
}

/// The name the text of `id` gives: its first piece of text once the
/// labels before it ("By", "Written by") are left out, joined with the
/// next names when "and" or a comma joins them ("Jane Doe and John Roe");
/// what follows (a role, a date) is not the name.
fn name_in(dom: &Dom, id: NodeId) -> Option<String> {
    let pieces = text_pieces(dom, id)?;
    let mut pieces = pieces
        .iter()
        .map(|p| p.as_str())
        .skip_while(|p| is_label(p))
        .peekable();
    let mut joined = name(pieces.next()?)?;
    while let Some(&joiner) = pieces.peek() {
        let joiner = joiner.trim();
        if !matches!(
            joiner.to_lowercase().as_str(),
            "," | "and" | "&" | "und" | "et" | "y" | "e"
        ) {
            break;
        }
        pieces.next();
        let Some(next) = pieces.next().and_then(name) else {
            break;
        };
        joined = if joiner == "," {
            format!("{joined}, {next}")
        } else {
            format!("{joined} {joiner} {next}")
        };
    }
    Some(joined)
}

/// Is this text an author's label alone ("By", "Written by:"), after
/// which the next text is the name? ("Shop by", "Sort by" and "Powered
/// by" are not.)
fn is_author_label(t: &str) -> bool {
    // The longest label is "reported by:".
    if t.len() > 12 {
        return false;
    }
    let lower = t.trim_end_matches(':').trim().to_lowercase();
    AUTHOR_LABELS.contains(&lower.as_str())
}

/// The words that label a byline's name, lowercased, without the colon
/// that may follow them: a node of its own ("By", "Written by:") or the
/// start of the name's text ("Von Anna Schmidt").
const AUTHOR_LABELS: [&str; 14] = [
    "by",
    "written by",
    "posted by",
    "authored by",
    "author",
    "authors",
    "words by",
    "text by",
    "story by",
    "article by",
    "reported by",
    "von",
    "par",
    "por",
];

/// Does a text open with a byline's label ("By Jane Doe", "Written by:
/// Jane Doe")? (Lowercase "by" opens sentences: "by clicking here".)
fn starts_with_label(t: &str) -> bool {
    [
        "By ",
        "BY ",
        "Written by",
        "Posted by",
        "Author:",
        "Authors:",
    ]
    .iter()
    .any(|l| t.starts_with(l))
}

/// Does every word of a name start with a capital (or a letter without
/// case: "個人")? "signing up" is not a name; "van" and "de" may be lower.
fn capitalised(name: &str) -> bool {
    name.split_whitespace().all(|w| {
        w.chars().next().is_some_and(|c| !c.is_lowercase())
            || matches!(
                w,
                "van"
                    | "von"
                    | "de"
                    | "der"
                    | "den"
                    | "da"
                    | "di"
                    | "du"
                    | "la"
                    | "le"
                    | "and"
                    | "y"
                    | "e"
                    | "et"
                    | "und"
            )
    })
}

/// Is this piece of a byline a label alone ("By", "Written by:", "This
/// article was written by")?
fn is_label(piece: &str) -> bool {
    let piece = piece.trim();
    let lower = piece.trim_end_matches(':').trim().to_lowercase();
    lower.is_empty() || lower.ends_with(" by") || is_author_label(piece)
}

/// The text nodes of `id`, each with its whitespace collapsed, when all
/// of them joined by spaces are at most [`MAX_LINE`] bytes long (longer is
/// a paragraph, not a byline).
fn text_pieces(dom: &Dom, id: NodeId) -> Option<Vec<String>> {
    let mut out = Vec::new();
    // Bytes of the pieces joined by spaces, counted as they are read.
    let mut len = 0;
    let mut stack = vec![id];
    while let Some(cur) = stack.pop() {
        let node = dom.node(cur);
        match &node.data {
            Data::Text(t) => {
                let mut piece = String::new();
                for word in t.split_whitespace() {
                    len += word.len() + usize::from(len > 0);
                    if len > MAX_LINE {
                        return None;
                    }
                    if !piece.is_empty() {
                        piece.push(' ');
                    }
                    piece.push_str(word);
                }
                if !piece.is_empty() {
                    out.push(piece);
                }
            }
            _ => stack.extend(node.children.iter().rev()),
        }
    }
    Some(out)
}

/// The text of `id` as one line ([`text_pieces`] joined by spaces), when
/// it is a byline's length and not empty. (Unlike [`Dom::short_text`],
/// which bounds the raw text, the bound is on the collapsed line.)
fn line_text(dom: &Dom, id: NodeId) -> Option<String> {
    text_pieces(dom, id)
        .map(|pieces| pieces.join(" "))
        .filter(|t| !t.is_empty())
}

/// Does the text hold four digits in a row (a year)?
fn has_year(t: &str) -> bool {
    t.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// Does a short text announce a date ("Published on", "Last updated:")?
fn has_date_cue(t: &str) -> bool {
    static CUES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "published",
                "posted",
                "updated",
                "veröffentlicht",
                "aktualisiert",
                "publié",
                "mis à jour",
                "publicado",
                "actualizado",
                "pubblicato",
                "aggiornato",
                "gepubliceerd",
            ])
            .expect("static cue list is a valid automaton")
    });
    CUES.is_match(t)
}

/// `s` without the punctuation a template leaves around a name ("Jane
/// Doe |", ", USA TODAY" when the name before the comma was empty).
pub(crate) fn trim_punctuation(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '|' | '-' | '•'))
}

/// How a thread engine labels the member who started the thread, before
/// the name (XenForo's "Thread starter", vBulletin's and Invision's
/// "Started by", "Original poster"), lowercased. (Not "Discussion
/// starter": themes that say so print it as a badge after the name, with
/// the member's post count next; see [`is_starter_badge`].)
const STARTER_LABELS: [&str; 4] = [
    "thread starter",
    "started by",
    "topic starter",
    "original poster",
];

/// If `t` opens with a thread starter's label, what follows it ("" when
/// the label stands alone, and the name is the next text).
fn starter_label_start(t: &str) -> Option<&str> {
    STARTER_LABELS.iter().find_map(|label| {
        // ASCII labels, compared without allocating (every text node of
        // the byline walk passes here).
        let head = t.get(..label.len())?;
        let rest = &t[label.len()..];
        (head.eq_ignore_ascii_case(label) && (rest.is_empty() || rest.starts_with([' ', ':'])))
            .then(|| rest.trim_start_matches(|c: char| c == ':' || c.is_whitespace()))
    })
}

/// Does a text end with a thread starter's label after the quoted name of
/// the board, the member's name in the next node ("Discussion in 'Hosting
/// Advice' started by")? (Not after any words: "The project was started
/// by" opens a sentence of prose.)
fn ends_with_starter_label(t: &str) -> bool {
    let t = t.trim_end_matches(':').trim_end();
    STARTER_LABELS.iter().any(|label| {
        let Some(at) = t.len().checked_sub(label.len()) else {
            return false;
        };
        t.get(at..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(label))
            && t[..at]
                .trim_end()
                .ends_with(['\'', '"', '\u{2019}', '\u{201D}'])
    })
}

/// A badge a thread engine prints after the starter's name on their
/// posts ("JosephF ✓ Discussion starter").
fn is_starter_badge(t: &str) -> bool {
    t.eq_ignore_ascii_case("discussion starter")
}

/// A member's name as a thread engine prints it: a handle ("paulb203",
/// "slow-poke", "b.scherer") or a name of a few words, without what a
/// sentence or an address has. Looser than [`name`]: the label that
/// precedes it says what it is.
fn handle(text: &str) -> Option<String> {
    let t = trim_punctuation(text.trim());
    let words = t.split_whitespace().count();
    // A count ("410 posts", "3 replies") is the member's record, not a name.
    let count = words > 1 && t.starts_with(|c: char| c.is_ascii_digit());
    (!count
        && (1..=3).contains(&words)
        && t.chars().count() <= MAX_HANDLE_CHARS
        && t.chars().any(char::is_alphabetic)
        && !t.contains(|c: char| c == ',' || NOT_IN_A_NAME.contains(c)))
    .then(|| t.to_string())
}

/// Characters of an address, markup or code, which no name holds (nor a
/// handle, which has no comma either: see [`handle`]).
const NOT_IN_A_NAME: &str = "@/=<>{}[]#";

/// Longest member name kept, in characters.
const MAX_HANDLE_CHARS: usize = 40;

/// The name a byline's text gives: "By Jane Doe | May 3, 2025" is "Jane
/// Doe". `None` when what is left does not read as a name (too long,
/// digits, a label alone).
fn name(text: &str) -> Option<String> {
    let mut t = text.trim();
    loop {
        let lower = t.to_ascii_lowercase();
        let Some(p) = AUTHOR_LABELS.iter().find(|p| {
            lower.starts_with(**p) && matches!(lower.as_bytes().get(p.len()), Some(b' ' | b':'))
        }) else {
            break;
        };
        t = t[p.len()..].trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    }
    // "Recipe by Jane Doe", "Reviewed by: Jane Doe".
    let lower = t.to_ascii_lowercase();
    if let Some(i) = lower.find(" by ").or_else(|| lower.find(" by:")) {
        if lower[..i].split_whitespace().count() <= 3 {
            t = t[i + 4..].trim_start();
        }
    }
    // What follows the name: a separator, a date or a role.
    for sep in [
        " | ",
        " • ",
        " · ",
        " — ",
        " – ",
        " - ",
        " on ",
        " updated ",
        " published ",
    ] {
        if let Some(i) = t.to_ascii_lowercase().find(sep) {
            t = &t[..i];
        }
    }
    let t = trim_punctuation(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    let lower = t.to_lowercase();
    // "The Author", "Topic Author", "Staff Writer": a role, not a name.
    let label = lower
        .split_whitespace()
        .any(|w| matches!(w, "author" | "authors" | "writer" | "by"))
        || matches!(
            lower.as_str(),
            "admin" | "share" | "follow" | "post" | "via" | "guide" | "sign in" | "log in"
        )
        || lower
            .split_whitespace()
            .any(|w| matches!(w, "updated" | "published" | "posted"));
    // A label that leads to the name ("Insights from", "A talk with")
    // ends with a preposition; a heading's words ("About authentication
    // and authorization") run on in lowercase after a capital.
    let leads_on = words.last().is_some_and(|w| {
        matches!(
            *w,
            "from" | "with" | "of" | "and" | "for" | "to" | "was" | "is"
        )
    });
    let prose = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .skip(1)
            .filter(|w| {
                w.chars().count() >= 4 && w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
            })
            .count()
            >= 2;
    // An avatar's initials ("J", "NB").
    // (Not "個人": letters without case are not initials.)
    let initials = t.chars().count() <= 3
        && t.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    // A class name or handle in code ("reset-author"), not a person.
    let identifier = !t.contains(' ') && t.contains(['-', '_']) && lower == t;
    let plausible = (1..=MAX_NAME_WORDS).contains(&words.len())
        && t.chars().count() <= MAX_NAME_CHARS
        && t.chars().any(char::is_alphabetic)
        && !t
            .chars()
            .any(|c| c.is_ascii_digit() || NOT_IN_A_NAME.contains(c))
        && !label
        && !leads_on
        && !prose
        && !identifier
        && !initials;
    plausible.then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(html: &str) -> Byline {
        let wanted = Wanted {
            author: true,
            date: true,
            day_first: false,
        };
        read(&Dom::parse_for_test(html), wanted)
    }

    #[test]
    fn labels_and_headings_are_no_names() {
        assert_eq!(name("Insights from"), None);
        assert_eq!(name("This article was"), None);
        assert_eq!(name("About authentication and authorization"), None);
        assert_eq!(
            name("Ludwig van Beethoven").as_deref(),
            Some("Ludwig van Beethoven")
        );
        assert_eq!(name("annette thurmon").as_deref(), Some("annette thurmon"));
        assert_eq!(
            name("The Currency editors").as_deref(),
            Some("The Currency editors")
        );
    }

    #[test]
    fn names_lose_their_labels_and_what_follows() {
        assert_eq!(name("By Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            name("Written by: Jane Doe | May 3, 2025").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            name("by Nicole Burke on August 7, 2023").as_deref(),
            Some("Nicole Burke")
        );
        assert_eq!(
            name("David Jackson - Editorial Team").as_deref(),
            Some("David Jackson")
        );
        assert_eq!(name("Author"), None);
        assert_eq!(
            name("Reviewed by: Dr. Ana Ruiz").as_deref(),
            Some("Dr. Ana Ruiz")
        );
        assert_eq!(name("Von Anna Schmidt").as_deref(), Some("Anna Schmidt"));
        assert_eq!(name("Story by Kim Lee").as_deref(), Some("Kim Lee"));
        assert!(is_author_label("Reported by:"));
        assert!(!is_author_label("Sort by"));
        assert_eq!(
            name("Jane Doe wrote this long sentence about many things here"),
            None
        );
        assert_eq!(name("12 Comments"), None);
        assert_eq!(name("Last Updated"), None);
        assert_eq!(name("NB"), None);
        assert_eq!(name("個人").as_deref(), Some("個人"));
        assert_eq!(name("reset-author"), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Whatever the text, a name comes out short and trimmed, or not at all.
        #[test]
        fn names_are_short_and_trimmed(s in "\\PC{0,120}") {
            if let Some(n) = name(&s) {
                proptest::prop_assert!(n.chars().count() <= MAX_NAME_CHARS);
                proptest::prop_assert!(!n.is_empty() && n.trim() == n);
            }
        }
    }

    #[test]
    fn marked_up_author_wins_over_a_class_name() {
        let b = byline(
            r#"<body><div class="author-card">About us</div>
            <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span>
            <span itemprop="jobTitle">Editor</span></span></body>"#,
        );
        assert_eq!(b.author.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_threads_starter_is_its_author_over_the_first_post_shown() {
        // The second page of a thread opens with a reply, marked up as
        // that post's author; the header names who started the thread.
        let b = byline(
            r#"<body><h1>Messages still taking up space</h1>
            <ul><li><span class="u-srOnly">Thread starter</span>
            <a href="/members/felixen.304082/" class="username">felixen</a></li></ul>
            <article><section itemprop="author" itemscope>
            <span itemprop="name">spikeymike</span></section>
            <p>Try turning it off and on again.</p></article></body>"#,
        );
        assert_eq!(b.author.as_deref(), Some("felixen"));
        // In one text, and a handle with digits.
        let b = byline("<body><p>Started by paulb203, 12 March 2024</p></body>");
        assert_eq!(b.author.as_deref(), Some("paulb203"));
        let b = byline("<body><span>Started by: paulb203</span></body>");
        assert_eq!(b.author.as_deref(), Some("paulb203"));
        let b = byline(
            r#"<body><p>Discussion in '<a href="/f/65/">Hosting Advice</a>' started by
            <a href="/members/pelex.1378134/" class="username">pelex</a>, Jan 3</p></body>"#,
        );
        assert_eq!(b.author.as_deref(), Some("pelex"));
        // Prose that says who started something names no thread's starter.
        let b = byline(
            r#"<body><p>The project was started by <a href="/x">Linus</a> in 1991.</p></body>"#,
        );
        assert_eq!(b.author, None);
        // A badge after the name marks the name before it (not the count
        // after it); a count is no name.
        let b = byline(
            "<body><span>JosephF</span><i></i><span>Discussion starter</span><span>410 posts</span></body>",
        );
        assert_eq!(b.author.as_deref(), Some("JosephF"));
        let b = byline("<body><span>Thread starter</span><span>410 posts</span></body>");
        assert_eq!(b.author, None);
    }

    #[test]
    fn page_builder_blocks_and_layouts_without_a_sidebar_are_read() {
        // Inside a page builder's block, which it calls a widget.
        let b = byline(
            r#"<body><div class="elementor-widget-container"><ul><li><time>December 3, 2025</time></li></ul></div>
            <div class="widget widget_recent_entries"><time>May 1, 2020</time></div></body>"#,
        );
        assert_eq!(b.date.as_deref(), Some("2025-12-03"));
        let b = byline(
            r#"<body><div class="widget widget_recent_entries"><time>May 1, 2020</time></div></body>"#,
        );
        assert_eq!(b.date, None);
        // Inside a layout that says it has no sidebar.
        let b = byline(
            r#"<body><div class="mainContainer_noSidebar"><p>Discussion in 'Advice'
            started by <a class="username">pelex</a></p></div></body>"#,
        );
        assert_eq!(b.author.as_deref(), Some("pelex"));
    }

    #[test]
    fn byline_by_class_or_author_link() {
        let b = byline(r#"<body><p class="post-byline">By Sara Brown</p></body>"#);
        assert_eq!(b.author.as_deref(), Some("Sara Brown"));
        let b = byline(
            r#"<body><p>Story by <a href="/authors/trevor-j">Trevor Jackins</a></p></body>"#,
        );
        assert_eq!(b.author.as_deref(), Some("Trevor Jackins"));
    }

    #[test]
    fn byline_by_its_label_alone() {
        let b = byline(r#"<body><p>Written by <b>John Crenshaw</b></p></body>"#);
        assert_eq!(b.author.as_deref(), Some("John Crenshaw"));
        let b = byline(
            r#"<body><article><p>Text.</p><footer><p>By Halina Goetz</p></footer></article></body>"#,
        );
        assert_eq!(b.author.as_deref(), Some("Halina Goetz"));
        // Not a name: a sentence that opens with "By", a page footer's
        // credit, a shop's "Shop by" menu.
        let b = byline(
            r#"<body><p>By signing up you agree.</p><footer><p>By Site Team</p></footer>
            <p>Shop by</p><p>Collection</p></body>"#,
        );
        assert_eq!(b.author, None);
    }

    #[test]
    fn dates_from_time_classes_and_labels() {
        let b = byline(r#"<body><time>July 27, 2025</time></body>"#);
        assert_eq!(b.date.as_deref(), Some("2025-07-27"));
        let b = byline(r#"<body><time datetime="2025-07-27T10:00:00Z">Sunday</time></body>"#);
        assert_eq!(b.date.as_deref(), Some("2025-07-27T10:00:00Z"));
        let b = byline(r#"<body><p class="date">February 9, 2016</p></body>"#);
        assert_eq!(b.date.as_deref(), Some("2016-02-09"));
        let b = byline(r#"<body><div>Published on July 18, 2025</div></body>"#);
        assert_eq!(b.date.as_deref(), Some("2025-07-18"));
        let b = byline(r#"<body><div>Last updated:</div><div>Dec 12, 2025</div></body>"#);
        assert_eq!(b.date.as_deref(), Some("2025-12-12"));
        let b = byline(
            r#"<body><h1>Introducing Bolmo</h1><div><p>December 15, 2025</p><p>By A. Writer</p></div>
            <p>Our plans for 2026 start on January 5, 2026.</p></body>"#,
        );
        assert_eq!(b.date.as_deref(), Some("2025-12-15"));
        let b = byline(
            r#"<body><span class="updated">Updated March 1, 2024</span>
            <span itemprop="datePublished">December 7, 2020</span></body>"#,
        );
        assert_eq!(b.date.as_deref(), Some("2020-12-07"));
    }

    #[test]
    fn other_pages_names_and_dates_are_not_read() {
        let b = byline(
            r#"<body><nav><time>May 1, 2025</time></nav>
            <div class="sidebar"><span class="author">Max Other</span></div>
            <div class="reviews"><span class="review-author">Ash C.</span></div>
            <div class="related-posts"><span class="post-date">June 2, 2025</span></div>
            <div class="comments"><span class="comment-author">Troll</span></div>
            <p>Plain text on March 3, 2025 is no dateline.</p></body>"#,
        );
        assert_eq!(b, Byline::default());
    }
}
