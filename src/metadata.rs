//! Page facts: title, author, date, site name, language, canonical URL,
//! description and main image.
//!
//! Decides which source wins for each field: JSON-LD (schema.org Article and
//! friends) first, then OpenGraph / Twitter / Dublin Core `<meta>` tags, then
//! the DOM (`<title>`, the first `<h1>`, the visible byline read by
//! [`crate::byline`]). Titles lose a trailing " | Site name", and the
//! first `<h1>` replaces the declared title when it says the same in other
//! words (the headline as shown). A declared author that is the site's
//! own name, not typed a person, gives way to the writer the visible byline
//! names (the byline reader rejects labels such as "Insights from"). The
//! date is
//! the publication date, in ISO 8601 ([`crate::dates`]): structured data,
//! then the byline, then a date in the URL's path ("/2025/12/17/"), and
//! only then the date of the last change. A declared timestamp on the day
//! after or before its permalink's date gives that day (a UTC stamp of an
//! evening post in the writer's zone). A value that holds no date is
//! passed over, not passed on. It also reads a JSON-LD `articleBody`, which
//! [`crate::extract`](mod@crate::extract) falls back on; it does not look at the main content.

use crate::document::Metadata;
use crate::dom::{Dom, Tag};
use crate::entities;
use crate::{byline, dates, kind};
use serde_json::Value;
use url::Url;

/// Schema.org types whose fields describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "techarticle",
    "scholarlyarticle",
    "report",
    "webpage",
    "recipe",
    "product",
    "discussionforumposting",
    "qapage",
    "liveblogposting",
    "socialmediaposting",
];

/// `<meta>` keys of the publication date, most specific first.
const PUBLISHED: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "dcterms.created",
    "dcterms.date",
    "datecreated",
];

/// `<meta>` keys of the last change, read when no publication date is given.
const MODIFIED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "last-modified",
];

/// Facts found in JSON-LD.
#[derive(Default)]
struct LdFacts {
    headline: Option<String>,
    author: Option<String>,
    /// The author is typed `Person`.
    author_is_person: bool,
    date: Option<String>,
    /// `dateModified`, read when no publication date is given.
    modified: Option<String>,
    publisher: Option<String>,
    description: Option<String>,
    image: Option<String>,
    language: Option<String>,
}

/// The metadata of a page, and which of its fields only the visible byline
/// gave.
pub(crate) struct Read {
    /// The page's facts.
    pub metadata: Metadata,
    /// The author as structured data gives it, without what the byline
    /// ([`crate::byline`]) said.
    pub author_without_byline: Option<String>,
    /// The date as structured data, the URL or the last change give it,
    /// without what the byline said.
    pub date_without_byline: Option<String>,
}

impl Read {
    /// Forgets what the byline gave: on a listing, the first byline is a
    /// card's, not the page's.
    pub(crate) fn without_byline(self) -> Metadata {
        let mut m = self.metadata;
        m.author = self.author_without_byline;
        m.date = self.date_without_byline;
        m
    }
}

/// Extracts the metadata of a page.
pub(crate) fn extract(dom: &Dom, base: Option<&Url>) -> Read {
    let meta = &dom.meta;
    let ld = json_ld(&meta.json_ld);
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| {
            meta.get(&["og:site_name", "application-name", "twitter:site"])
                .map(clean)
        })
        .filter(|s| !s.is_empty());
    // The first `<h1>`s, read once: the first is the headline, and the
    // `<title>` may confirm any of them.
    let shown: Vec<String> = headlines(dom).take(TAB_HEADLINES).collect();
    // A headline may carry the site or a section itself ("Catering Tips |
    // Cookshack").
    let h1 = shown
        .first()
        .filter(|t| t.len() < MAX_HEADLINE_BYTES)
        .map(|h| strip_suffix(h.clone(), site_name.as_deref(), TitleSource::Headline));
    let title = ld
        .headline
        .clone()
        .or_else(|| {
            meta.get(&[
                "dc.title",
                "dc:title",
                "dcterms.title",
                "og:title",
                "twitter:title",
                "headline",
                "parsely-title",
            ])
            .map(clean)
        })
        .or_else(|| meta.title.as_deref().map(clean))
        .or_else(|| h1.clone())
        .map(|t| strip_site_suffix(&t, site_name.as_deref(), h1.as_deref()))
        .map(|t| headline_as_shown(t, h1.as_deref()))
        .map(|t| confirmed_headline(t, tab_headline(dom, &shown, site_name.as_deref())))
        .filter(|t| !t.is_empty());
    let author = ld
        .author
        .clone()
        .or_else(|| {
            meta.get(&[
                "dc.creator",
                "dc:creator",
                "dcterms.creator",
                "author",
                "article:author",
                "article:author_name",
                "citation_author",
                "byl",
                "sailthru.author",
                "parsely-author",
            ])
            .filter(|a| !a.starts_with("http"))
            .map(|a| clean(a.trim_start_matches("By ").trim_start_matches("by ")))
        })
        .map(|a| byline::trim_punctuation(&a).to_string())
        .filter(|a| !a.is_empty() && !placeholder_name(a));
    let language = meta
        .lang
        .clone()
        .filter(|l| !l.is_empty())
        .or(ld.language.clone())
        .or_else(|| {
            meta.get(&["og:locale", "content-language", "language", "dc.language"])
                .map(clean)
        })
        .map(|l| l.replace('_', "-"));
    // "03/04/2025" is the 3rd of April outside the United States.
    let day_first = language.as_deref().is_some_and(|l| {
        let l = l.to_ascii_lowercase();
        !(l == "en" || l.starts_with("en-us"))
    });
    let iso = |d: &str| dates::to_iso(d, day_first);
    let url = meta
        .canonical
        .clone()
        .or_else(|| meta.get(&["og:url"]).map(str::to_string))
        .and_then(|u| absolutize(&u, base));
    let published = ld
        .date
        .as_deref()
        .and_then(iso)
        .or_else(|| meta.get_all(PUBLISHED).find_map(iso))
        .or_else(|| {
            // A site's own name for it: "published", "w-published-date".
            meta.metas
                .iter()
                .filter(|(k, _)| {
                    k.contains("publish")
                        && !k.contains("publisher")
                        && !PUBLISHED.contains(&k.as_str())
                })
                .find_map(|(_, v)| iso(v))
        });
    // An author that is the site itself ("USA TODAY" on USA TODAY) is the
    // publisher's name put where a writer's goes: a writer named in the
    // visible byline is the page's author.
    let site_author = !ld.author_is_person
        && author
            .as_deref()
            .is_some_and(|a| same_name(a, site_name.as_deref()));
    // The visible byline is read only for what the structured data left out.
    let byline = byline::read(
        dom,
        byline::Wanted {
            author: author.is_none() || site_author,
            date: published.is_none(),
            day_first,
        },
    );
    let author_without_byline = author.clone();
    let author = match (author, byline.author) {
        // A byline that names the site again ("Blog Name posted in") says
        // nothing more than the structured author.
        (Some(declared), Some(shown))
            if site_author
                && !same_name(&shown, Some(&declared))
                && !same_name(&shown, site_name.as_deref()) =>
        {
            Some(shown)
        }
        (Some(declared), _) => Some(declared),
        (None, shown) => shown,
    };
    let url_date = || {
        url.as_deref()
            .or(base.map(Url::as_str))
            .and_then(dates::in_url)
    };
    let (date, date_without_byline) = match (published, byline.date) {
        // A timestamp in UTC names the next day for an evening post in
        // America; a permalink's date ("/2025/12/18/slug") is made in the
        // writer's zone, the day the site files the post under and its
        // readers see. Then that day is the date (its time there is not
        // known).
        (Some(stamp), _) => {
            let filed = url_date().filter(|d| dates::neighbouring_day(&stamp, d));
            let d = Some(filed.unwrap_or(stamp));
            (d.clone(), d)
        }
        // On a listing, the first byline is a card's.
        (None, Some(shown)) => (Some(shown), None),
        (None, None) => {
            let d = url_date()
                .or_else(|| ld.modified.as_deref().and_then(iso))
                .or_else(|| meta.get_all(MODIFIED).find_map(iso));
            (d.clone(), d)
        }
    };
    let description = meta
        .get(&["description", "og:description", "twitter:description"])
        .map(clean)
        .or(ld.description);
    let image = meta
        .get(&[
            "og:image",
            "og:image:url",
            "twitter:image",
            "twitter:image:src",
        ])
        .map(str::to_string)
        .or(ld.image)
        .and_then(|u| absolutize(&u, base));
    Read {
        metadata: Metadata {
            title,
            author,
            date,
            site_name,
            language,
            url,
            description,
            image,
        },
        author_without_byline,
        date_without_byline,
    }
}

/// Do `a` and `b` name the same one: the same words, or one holding the
/// other ("WRAL" and "WRAL.com", a byline "Blog Name posted in" and the
/// blog's name)? An author that is the site's name, a byline that names
/// the declared author again.
fn same_name(a: &str, b: Option<&str>) -> bool {
    let words = |s: &str| crate::measure::words(s).join(" ");
    let (a, b) = match b {
        Some(b) => (words(a), words(b)),
        None => return false,
    };
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Collapses whitespace and repairs what was encoded twice: UTF-8 (see
/// [`crate::mojibake`]) and markup escaping. A value the site escaped twice
/// (`content="Bear&amp;#39;s"`) still holds a character reference after
/// the parser decoded it once ("Bear&#39;s"), which no reader wants in a
/// title, a byline or a description; it is decoded again.
fn clean(s: &str) -> String {
    entities::unescape(&crate::mojibake::repair(s))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A JSON-LD string as text: its character references decoded (no parser
/// has seen it), then [`clean`]ed as any other value.
fn ld_clean(s: &str) -> String {
    clean(&entities::unescape(s))
}

fn absolutize(u: &str, base: Option<&Url>) -> Option<String> {
    let u = u.trim();
    if u.is_empty() {
        return None;
    }
    match base {
        Some(b) => b.join(u).ok().map(String::from),
        None => Some(u.to_string()),
    }
}

/// Removes a " | Site" / " - Site" part from a title.
pub(crate) fn strip_site_suffix(title: &str, site: Option<&str>, h1: Option<&str>) -> String {
    let title = without_engine_label(clean(title));
    if h1 == Some(title.as_str()) {
        return title;
    }
    if let Some(h) = h1.filter(|h| !h.is_empty()) {
        // The headline opens the declared title, before a separator: the
        // rest is the site or a tagline, and the headline as shown is the
        // title. It may open it in other capitals ("Shelving furniture" in
        // "Shelving Furniture - Shelves for Storage - IKEA"), but then a
        // colon is not taken for a separator ("Index funds" in "Index
        // Funds: How to Invest" is a section's label).
        if let Some(head) = title.get(..h.len()).filter(|_| title.len() > h.len()) {
            let exact = head == h;
            let rest = title[h.len()..].trim_start();
            let separated = rest.starts_with(TITLE_SEPARATORS)
                || rest.starts_with('/')
                || (exact && rest.starts_with(':'));
            if (exact || head.to_lowercase() == h.to_lowercase()) && separated {
                return h.to_string();
            }
        }
    }
    strip_suffix(title, site, TitleSource::Declared)
}

/// A thread engine's label before a thread's title: vBulletin's
/// "Thread: " (in its `<h1>` too), and phpBB's "Board • View topic - " in
/// the `<title>`.
fn without_engine_label(title: String) -> String {
    const VIEW_TOPIC: &str = " View topic - ";
    let rest = title
        .strip_prefix("Thread: ")
        .or_else(|| title.strip_prefix("Topic: "))
        .or_else(|| {
            title
                .find(VIEW_TOPIC)
                .map(|at| &title[at + VIEW_TOPIC.len()..])
        })
        .map(str::trim)
        .filter(|rest| !rest.is_empty());
    match rest {
        Some(rest) => rest.to_string(),
        None => title,
    }
}

/// A declared author that names no one: a number (a user id), or a
/// template's unfilled variable ("page.head.extra.author",
/// "{{author}}"). The visible byline is read instead. (A login name or an
/// address is someone's: "sara.r.peter".)
fn placeholder_name(author: &str) -> bool {
    let letters = author.chars().any(char::is_alphabetic);
    let variable = !author.contains(char::is_whitespace)
        && author.to_lowercase().contains("author")
        && author.contains(['.', '{', '$', '%']);
    !letters || variable
}

/// Where a title was read, which decides what a part after a separator
/// can be.
#[derive(Clone, Copy, PartialEq)]
enum TitleSource {
    /// A declared title (`<title>`, `og:title`, JSON-LD): written for
    /// tabs and search results, it ends with the site, a section or a
    /// tagline after any separator.
    Declared,
    /// The page's visible headline: a dash in it is the writer's
    /// ("Best Bread Machines – My Favorites!", "Tech conferences 2026 /
    /// 2027"); only a part naming the site, or one after a pipe, is the
    /// site's or a section's.
    Headline,
}

/// Removes the last part after a separator from `title` (repeatedly:
/// "Story | Section | Site") when it names the site, or when it is short
/// beside the rest (at most four words, fewer than the rest's, which has
/// at least three). On a [`TitleSource::Headline`], a short part counts only
/// after a pipe, and never when it holds no letter ("2024 | 2025").
fn strip_suffix(title: String, site: Option<&str>, source: TitleSource) -> String {
    const SEPS: [&str; 9] = [
        " | ", " - ", " – ", " — ", " · ", " • ", " :: ", " » ", " / ",
    ];
    let Some((pos, sep)) = SEPS
        .iter()
        .filter_map(|s| title.rfind(s).map(|p| (p, *s)))
        .max_by_key(|(p, _)| *p)
    else {
        return title;
    };
    let head = title[..pos].trim();
    let tail = title[pos + sep.len()..].trim();
    let site_match = site.is_some_and(|s| {
        let s = s.to_lowercase();
        let t = tail.to_lowercase();
        !s.is_empty() && (t.contains(&s) || s.contains(&t))
    });
    let head_words = head.split_whitespace().count();
    let tail_words = tail.split_whitespace().count();
    let short = head_words >= 3 && tail_words <= 4 && tail_words < head_words;
    let short_counts = match source {
        TitleSource::Declared => short,
        TitleSource::Headline => short && sep == " | " && tail.chars().any(char::is_alphabetic),
    };
    if site_match || short_counts {
        strip_suffix(head.to_string(), site, source)
    } else {
        title
    }
}

/// How much of each other's words a declared title and the page's `<h1>`
/// must hold to be one headline in two wordings.
const SAME_HEADLINE: f32 = 0.5;

/// The headline as the page shows it: the `<h1>` when it is the declared
/// title in other words ("8 Recent Trends in Photography" declared as
/// "Recent Trends in Photography", a subtitle the `<h1>` leaves out), the
/// declared title when the `<h1>` is something else (a site name, a
/// section's label).
fn headline_as_shown(title: String, h1: Option<&str>) -> String {
    use crate::filter::similar;
    match h1 {
        Some(h)
            if h != title
                && similar(&title, h) >= SAME_HEADLINE
                && similar(h, &title) >= SAME_HEADLINE =>
        {
            h.to_string()
        }
        _ => title,
    }
}

/// The title, or the headline the `<title>` confirms ([`tab_headline`])
/// when the declared title says something else, without most of the
/// headline's words: a site's slogan in `og:title`, a section's label in a
/// JSON-LD `headline` ("Sample menus"), the site's name. (A declared
/// title that holds the headline and says more, a product's full name,
/// stays.)
fn confirmed_headline(title: String, confirmed: Option<String>) -> String {
    match confirmed {
        Some(h) if crate::filter::similar(&title, &h) < SAME_HEADLINE => h,
        _ => title,
    }
}

/// What sets a headline apart from the rest of a title that opens with it
/// ("Introduction - From Zero to QED"); [`strip_site_suffix`] also takes a
/// slash, and a colon after a headline in its own capitals.
const TITLE_SEPARATORS: [char; 7] = ['|', '-', '–', '—', '·', '•', '»'];

/// A headline is shorter than this, in bytes: a longer `<h1>` is a block
/// of text set large.
const MAX_HEADLINE_BYTES: usize = 300;

/// The texts of the page's `<h1>`s that have text, in order, repaired as
/// [`clean`] does.
fn headlines(dom: &Dom) -> impl Iterator<Item = String> + '_ {
    dom.nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.tag() == Tag::H1)
        .map(|(i, _)| clean(&crate::measure::text_of(dom, &[], i as u32)))
        // A logo's `<h1>` holds only its image; a documentation theme ends
        // its heading with a permalink sign ("Quickstart¶").
        .map(|t| {
            t.trim_end_matches(['¶', '§', '#', '🔗'])
                .trim_end()
                .to_string()
        })
        // vBulletin's "Thread: " before the thread's title.
        .map(without_engine_label)
        .filter(|t| !t.is_empty())
}

/// How many of the page's `<h1>`s [`tab_headline`] looks at.
const TAB_HEADLINES: usize = 3;

/// The page's headline as its `<title>` confirms it: the first of the
/// page's first `<h1>`s (`shown`, at most [`TAB_HEADLINES`]) that the
/// `<title>` is, or opens before a separator ("Introduction" in
/// "Introduction - From Zero to QED", the docs theme's second `<h1>` after
/// its site name). Not the site's name (a blog's `<h1>`, its `<title>`
/// "RogerBW's Blog: Advent of Code"), and a colon is no separator: a title
/// that opens "Name: " is the site's.
fn tab_headline(dom: &Dom, shown: &[String], site: Option<&str>) -> Option<String> {
    let tab = clean(dom.meta.title.as_deref()?);
    shown
        .iter()
        .find(|h| {
            h.len() < MAX_HEADLINE_BYTES
                && !site.is_some_and(|s| s.eq_ignore_ascii_case(h))
                && tab.strip_prefix(h.as_str()).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.is_empty() || rest.starts_with(TITLE_SEPARATORS)
                })
        })
        .cloned()
}

fn json_ld(scripts: &[Value]) -> LdFacts {
    let mut facts = LdFacts::default();
    walk_articles(scripts, |map| absorb(&mut facts, map));
    facts
}

/// The longest plain-text `articleBody` the page's JSON-LD gives for an
/// article (not HTML markup: some sites put the template's HTML there).
pub(crate) fn article_body(scripts: &[Value]) -> Option<String> {
    longest_text(scripts, is_article_type, "articleBody")
        .filter(|b| !(b.contains("</") || b.contains("<br")))
}

/// The longest plain-text `description` of a JSON-LD `Product` (or
/// `ProductGroup`), entities decoded; `None` when none is plain text.
pub(crate) fn product_description(scripts: &[Value]) -> Option<String> {
    longest_text(scripts, is_product_type, "description")
        .filter(|b| !(b.contains('<') || b.contains("%20")))
}

/// The longest string at `key` among the JSON-LD objects whose `@type`
/// passes `wanted` (see [`walk_typed`]), entities decoded.
fn longest_text(
    scripts: &[Value],
    wanted: fn(Option<&Value>) -> bool,
    key: &str,
) -> Option<String> {
    let mut best: Option<&str> = None;
    walk_typed(scripts, wanted, |map| {
        if let Some(text) = map.get(key).and_then(Value::as_str) {
            if best.is_none_or(|b| text.len() > b.len()) {
                best = Some(text);
            }
        }
    });
    best.map(|b| entities::unescape(b).into_owned())
}

/// Is this `@type` (a name or a list of names) a product's, as
/// [`kind::is_product_type`] reads it?
fn is_product_type(t: Option<&Value>) -> bool {
    match t {
        Some(Value::String(s)) => kind::is_product_type(&s.trim().to_ascii_lowercase()),
        Some(Value::Array(a)) => a.iter().any(|v| is_product_type(Some(v))),
        _ => false,
    }
}

/// Calls `visit` on each JSON-LD object of an article type, in `@graph`s,
/// arrays and a page's `mainEntity` (at most 1000 values per script).
fn walk_articles<'a>(scripts: &'a [Value], visit: impl FnMut(&'a serde_json::Map<String, Value>)) {
    walk_typed(scripts, is_article_type, visit);
}

/// Calls `visit` on each JSON-LD object whose `@type` passes `wanted`, in
/// `@graph`s, arrays and the `mainEntity` of other objects (at most 1000
/// values per script).
fn walk_typed<'a>(
    scripts: &'a [Value],
    wanted: fn(Option<&Value>) -> bool,
    mut visit: impl FnMut(&'a serde_json::Map<String, Value>),
) {
    for value in scripts {
        let mut stack = vec![value];
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 1000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if wanted(map.get("@type")) {
                        visit(map);
                    } else if let Some(main) = map.get("mainEntity") {
                        stack.push(main);
                    }
                }
                _ => {}
            }
        }
    }
}

fn is_article_type(t: Option<&Value>) -> bool {
    match t {
        Some(Value::String(s)) => ARTICLE_TYPES.contains(&s.to_ascii_lowercase().as_str()),
        Some(Value::Array(a)) => a.iter().any(|v| is_article_type(Some(v))),
        _ => false,
    }
}

fn absorb(f: &mut LdFacts, map: &serde_json::Map<String, Value>) {
    let is_webpage = map
        .get("@type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.eq_ignore_ascii_case("webpage"));
    let text = |k: &str| {
        map.get(k)
            .and_then(Value::as_str)
            .map(ld_clean)
            .filter(|s| !s.is_empty())
    };
    if f.headline.is_none() && !is_webpage {
        f.headline = text("headline").or_else(|| text("name"));
    }
    if f.author.is_none() {
        f.author = map.get("author").and_then(names);
        f.author_is_person = map.get("author").is_some_and(is_person);
    }
    if f.date.is_none() {
        f.date = text("datePublished").or_else(|| text("dateCreated"));
    }
    if f.modified.is_none() {
        f.modified = text("dateModified");
    }
    if f.publisher.is_none() {
        f.publisher = map
            .get("publisher")
            .and_then(names)
            .or_else(|| map.get("isPartOf").and_then(names));
    }
    if f.description.is_none() {
        f.description = text("description");
    }
    if f.image.is_none() {
        f.image = map.get("image").and_then(image_url);
    }
    if f.language.is_none() {
        f.language = text("inLanguage");
    }
}

/// Is this JSON-LD value (or the first of a list) typed `Person`?
fn is_person(v: &Value) -> bool {
    match v {
        Value::Object(m) => m
            .get("@type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.eq_ignore_ascii_case("person")),
        Value::Array(a) => a.first().is_some_and(is_person),
        _ => false,
    }
}

/// A name, an object with a name, or a list of those, comma-joined.
fn names(v: &Value) -> Option<String> {
    let list: Vec<String> = match v {
        Value::String(s) => vec![ld_clean(s)],
        Value::Object(m) => m
            .get("name")
            .and_then(Value::as_str)
            .map(ld_clean)
            .into_iter()
            .collect(),
        Value::Array(a) => a.iter().filter_map(names).collect(),
        _ => Vec::new(),
    };
    let list: Vec<String> = list
        .into_iter()
        .filter(|s| !s.is_empty() && !s.starts_with("http"))
        .collect();
    (!list.is_empty()).then(|| list.join(", "))
}

fn image_url(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(m) => m.get("url").and_then(image_url),
        Value::Array(a) => a.iter().find_map(image_url),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_products_description_is_found_where_json_ld_puts_it() {
        let ld = |json: &str| vec![serde_json::from_str::<Value>(json).unwrap()];
        let page = ld(r#"{"@graph":[{"@type":"WebPage","mainEntity":
            {"@type":"Product","description":"Warm &amp; dry merino socks."}}]}"#);
        assert_eq!(
            product_description(&page).as_deref(),
            Some("Warm & dry merino socks.")
        );
        // The longest of a product's variants; other types are not read.
        let variants = ld(r#"[{"@type":["Product"],"description":"Short."},
            {"@type":"ProductGroup","description":"The longer one."},
            {"@type":"Organization","description":"The longest of all, the shop's."}]"#);
        assert_eq!(
            product_description(&variants).as_deref(),
            Some("The longer one.")
        );
        // Markup or a URL-encoded text is not plain text.
        let markup = ld(r#"{"@type":"Product","description":"<p>Socks</p>"}"#);
        assert_eq!(product_description(&markup), None);
        let encoded = ld(r#"{"@type":"Product","description":"Warm%20socks"}"#);
        assert_eq!(product_description(&encoded), None);
    }

    #[test]
    fn the_headline_as_the_page_shows_it() {
        let shown = |t: &str, h: &str| headline_as_shown(t.to_string(), Some(h));
        assert_eq!(
            shown(
                "Recent Trends in Photography",
                "8 Recent Trends in Photography"
            ),
            "8 Recent Trends in Photography"
        );
        assert_eq!(
            shown(
                "Wedding Planning Tools – Caterer Comparison",
                "Wedding Planning Tools"
            ),
            "Wedding Planning Tools"
        );
        // An <h1> that is something else (the site's name) does not replace it.
        assert_eq!(
            shown("How meditation rewires brains", "Houstonia Magazine"),
            "How meditation rewires brains"
        );
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix(
                "Ukraine and US Negotiators Meet | Daily News",
                Some("Daily News"),
                None
            ),
            "Ukraine and US Negotiators Meet"
        );
        assert_eq!(
            strip_site_suffix("Rust - A language empowering everyone", None, None),
            "Rust - A language empowering everyone"
        );
        assert_eq!(
            strip_site_suffix("How to bake bread at home - Kitchen", None, None),
            "How to bake bread at home"
        );
    }

    #[test]
    fn placeholders_name_no_author() {
        assert!(placeholder_name("page.head.extra.author"));
        assert!(placeholder_name("{{author}}"));
        assert!(placeholder_name("262588213843476"));
        assert!(!placeholder_name("sara.r.peter"));
        assert!(!placeholder_name("Jane Doe"));
        assert!(!placeholder_name("The Author Guild"));
    }

    #[test]
    fn a_thread_engines_label_is_not_the_title() {
        assert_eq!(
            strip_site_suffix("Thread: Which web host do you use?", None, None),
            "Which web host do you use?"
        );
        assert_eq!(
            strip_site_suffix(
                "NationStates • View topic - 2025-26 Football Season: MLS is Back!",
                None,
                None
            ),
            "2025-26 Football Season: MLS is Back!"
        );
        assert_eq!(strip_site_suffix("Thread: ", None, None), "Thread:");
    }

    #[test]
    fn a_headline_that_opens_the_declared_title_is_the_title() {
        let strip = |t: &str, h: &str| strip_site_suffix(t, None, Some(h));
        assert_eq!(
            strip(
                "Shelving Furniture - Shelves for Storage - IKEA",
                "Shelving furniture"
            ),
            "Shelving furniture"
        );
        assert_eq!(
            strip("Soup recipes: quick and easy", "Soup recipes"),
            "Soup recipes"
        );
        // In other capitals a colon is part of the title.
        assert_eq!(
            strip("Index Funds: How to Invest", "Index funds"),
            "Index Funds: How to Invest"
        );
        // Not before a separator: another title that starts alike.
        assert_eq!(
            strip("Writing & Translation Services", "Writing & Translation"),
            "Writing & Translation Services"
        );
    }

    #[test]
    fn a_headline_loses_a_section_after_a_pipe_or_the_site_but_keeps_its_dashes() {
        let shown =
            |h: &str, site: Option<&str>| strip_suffix(h.to_string(), site, TitleSource::Headline);
        assert_eq!(
            shown("Catering Tips | Cookshack", Some("Cookshack")),
            "Catering Tips"
        );
        assert_eq!(
            shown("Best Residential Movers in NYC | Top 19 Companies", None),
            "Best Residential Movers in NYC"
        );
        assert_eq!(
            shown(
                "How to help babies sleep | Patient Education | Children's Hospital",
                None
            ),
            "How to help babies sleep"
        );
        assert_eq!(
            shown("Best UK Art Exhibitions 2025 – Artlyst", Some("Artlyst")),
            "Best UK Art Exhibitions 2025"
        );
        // The writer's own dashes and a range of years stay.
        assert_eq!(
            shown("Best Bread Machines – My Favorites!", None),
            "Best Bread Machines – My Favorites!"
        );
        assert_eq!(
            shown("Tech conferences in Americas 2026 / 2027", None),
            "Tech conferences in Americas 2026 / 2027"
        );
        assert_eq!(
            shown("Season tickets 2024 | 2025", None),
            "Season tickets 2024 | 2025"
        );
        // A declared title loses a short tagline after any separator.
        assert_eq!(
            strip_suffix(
                "Best Bread Machines – My Favorites".into(),
                None,
                TitleSource::Declared
            ),
            "Best Bread Machines"
        );
    }
}
