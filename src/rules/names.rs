//! What an element's class, id and ARIA role say it is: never the article
//! ([`UNLIKELY`]), maybe the article ([`MAYBE`], [`POSITIVE`]), chrome on
//! some pages only ([`PRODUCT_NOISE`], [`DISCUSSION`]), a byline or a
//! dateline. It reads names only; text is [`super::text`]'s.

use super::{automaton, Keywords};
use std::sync::LazyLock;

keywords! {
    /// Class/id fragments of containers that are almost never the article
    /// (Readability's "unlikely candidates", plus widgets news themes add).
    UNLIKELY = [
        "-ad-", "ad-break", "adsbygoogle", "agegate", "ai2html",
        /// Site banners, cookie and consent notices.
        "banner", "cookie", "consent", "gdpr",
        "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "header", "legends", "menu", "remark", "replies",
        "rss", "shoutbox", "sidebar", "skyscraper", "sponsor", "supplemental",
        "pagination", "pager", "popup", "yom-remote",
        /// "Related", "Trending", "Popular" and "Recommended" link lists.
        "related", "trending", "popular", "recommend", "most-read", "mostread",
        "read-more", "readmore", "also-read", "more-stories", "jp-relatedposts",
        /// Share bars and "Connect with us" / "Follow us" widgets.
        "social", "share", "sharing", "sharedaddy", "follow-us", "connect",
        /// Newsletter sign-up boxes.
        "newsletter", "subscribe", "signup", "sign-up",
        /// A form's success and failure messages, shown after submitting.
        "form-done", "form-fail", "form-success", "form-error",
        /// Shop chrome: announcement bars, sort and filter toolbars.
        "announcement", "toolbar",
        /// Overlays shown on demand: popovers, flyout menus, off-canvas
        /// drawers and toasts. (Not "modal" or "dropdown" as fragments:
        /// shops and accordions put product details and answers in
        /// "modal-content" panels; a whole class "modal" is a window, see
        /// [`modal_class`].)
        "popover", "flyout", "offcanvas", "off-canvas", "toast",
        /// Author bio boxes below the article.
        "author-box", "authorbox", "author-bio", "about-author", "author-info",
        "author-card", "author-wrap", "author-description", "td-author",
        /// Tag clouds and post navigation.
        "tagcloud", "tag-cloud", "post-tags", "tags-links", "post-navigation",
        "nav-links", "navbar", "masthead", "skip-link", "screen-reader",
        /// Printed disclaimers, legal disclosures and copyright blocks.
        "disclaimer", "disclosures", "copyright",
        /// Ads.
        "advert", "ad-slot", "ad-container", "ad-wrapper", "adslot", "dfp-",
        "outbrain", "taboola", "promo",
    ]
}

/// Does a class or id name a container that is almost never the article
/// ([`UNLIKELY`] or [`POST_CHROME`])?
pub(crate) fn unlikely(name: &str) -> bool {
    let name = without_modifiers(name);
    let name = without_false_friends(&name);
    UNLIKELY.matches(&name) || POST_CHROME.matches(&name)
}

/// Longer words that hold an [`UNLIKELY`] keyword and name something else:
/// a "connector" (the line joining nested replies) or a "connection" is no
/// "Connect with us" widget.
const FALSE_FRIENDS: [&str; 2] = ["connector", "connection"];

/// `name` with its [`FALSE_FRIENDS`] blanked out.
fn without_false_friends(name: &str) -> std::borrow::Cow<'_, str> {
    if !FALSE_FRIENDS.iter().any(|w| name.contains(w)) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = name.to_string();
    for word in FALSE_FRIENDS {
        out = out.replace(word, "-");
    }
    std::borrow::Cow::Owned(out)
}

/// `name` without the parts that say what an element *holds* rather than
/// what it is: a name's tail from a "has-" or "with-" word on
/// ("row has-side-banner", "layout-with-sidebar", "menu-item-has-children"
/// keep "row", "layout", "menu-item"). A wrapper that holds a banner or a
/// sidebar also holds what is beside it; the banner is judged by its own
/// name. Pruning ([`unlikely`]) and class weights
/// ([`crate::score::hint_weight`]) read names this way.
pub(crate) fn without_modifiers(name: &str) -> std::borrow::Cow<'_, str> {
    if !(name.contains("has-") || name.contains("with-")) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    for token in name.split_ascii_whitespace() {
        let cut = modifier_start(token).unwrap_or(token.len());
        if cut > 0 {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&token[..cut]);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Where a "has-" or "with-" word starts in `token` (at its start or after
/// a `-`).
fn modifier_start(token: &str) -> Option<usize> {
    ["has-", "with-"]
        .iter()
        .filter_map(|m| {
            token
                .match_indices(m)
                .map(|(i, _)| i)
                .find(|&i| i == 0 || token.as_bytes()[i - 1] == b'-')
        })
        .min()
}

keywords! {
    /// A heading's class that titles a list of other pages ("Related
    /// posts", "You may also like"): the heading and what follows it in its
    /// container are that list. (Not its id: headings' ids are slugs of
    /// their text, "travel-related-coverage".)
    RELATED_HEADING = [
        "related", "recommend", "you-may", "youmay", "also-like", "more-stories",
        "read-next", "readnext", "more-from", "morefrom",
    ]
}

keywords! {
    /// On a product page: customer reviews, ratings, the carousels of
    /// other products and the chart comparing this one with its siblings
    /// ("product-comparison": a column per model, mostly other models).
    /// (On an article, "review" is often the content.)
    PRODUCT_NOISE = [
        "review", "rating", "testimonial", "also-viewed", "alsoviewed",
        "also-bought", "alsobought", "similar", "upsell", "up-sell",
        "cross-sell", "crosssell", "recently-viewed", "recentlyviewed",
        "you-may-also", "youmayalso", "complete-the-look", "carousel",
        "q-and-a", "questions", "comparison",
    ]
}

keywords! {
    /// Forum post chrome, the poster's profile box and signature: unlikely
    /// as [`UNLIKELY`] is (see [`unlikely`]), and, when short, removed on
    /// every pass, strict or not, without a [`DISCUSSION`] match rescuing
    /// it ("postprofile" holds "post").
    POST_CHROME = [
        "signature", "postprofile", "userinfo", "user-info", "user-details",
        "userdetails", "poster-info", "message-userdetails", "message-userextras",
    ]
}

keywords! {
    /// Cookie and consent banners: removed on every pass, strict or not.
    CONSENT = ["cookie-banner", "cookie-consent", "cookie-notice", "cookiebanner", "cookienotice", "consent", "gdpr", "onetrust", "didomi", "usercentrics", "cookiebot"]
}

keywords! {
    /// Customer-review widgets a shop embeds from a review service
    /// (Judge.me, Yotpo, Okendo, Trustpilot, Loox, Stamped, Bazaarvoice,
    /// PowerReviews, Reviews.io): other people's opinions, never the
    /// page's own content, on any page; removed on every pass.
    REVIEW_WIDGET = [
        "jdgm", "judgeme", "yotpo", "okendo", "trustpilot", "loox-",
        "stamped-", "bazaarvoice", "powerreviews", "reviewsio", "reviews-io",
    ]
}

keywords! {
    /// Discussion containers (comments, replies): chrome on an article page,
    /// the content itself on a forum thread or Q&A page.
    DISCUSSION = ["comment", "replies", "reply", "answer", "community", "post"]
}

keywords! {
    /// Legal small print: disclaimers, disclosures and copyright notices,
    /// which are long prose by nature and still never the page's content.
    LEGAL = ["disclaimer", "disclosures", "copyright"]
}

keywords! {
    /// Fragments that rescue an [`UNLIKELY`] match: the container may well be
    /// the article ("article-footer" is not, but "main-content" is; a
    /// "hero-banner" is the page's lead section, not a site banner).
    MAYBE = ["and", "article", "body", "column", "content", "embed", "hero", "main", "mathjax", "shadow"]
}

keywords! {
    /// Class/id fragments that lower a container's score (Readability's
    /// negative weights): page parts outside the article.
    NEGATIVE = [
        // Not Readability's "widget": page builders (Elementor, SiteOrigin,
        // HubSpot, CKEditor) call every block of the article a widget
        // ("elementor-widget-container"); sidebars are caught by "sidebar",
        // `<aside>` and their link density.
        "-ad-", "banner", "combx", "comment", "com-", "footer", "gdpr", "masthead", "outbrain",
        "promo", "related", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "byline", "author", "gallery", "slideshow", "trending", "popular",
        "newsletter", "social", "disclaimer",
    ]
}

keywords! {
    /// Class/id fragments that cancel a [`NEGATIVE`] or [`WEAK_NEGATIVE`]
    /// match: an embedded post ("social-media-embed") is quoted content, a
    /// "hero" ("hero-banner") is the page's lead section, a block "with
    /// media" ("copy-with-media", "article--has-media") is text beside its
    /// picture, and Drupal's "node--promoted" is the article itself,
    /// promoted to the front page (not a "promo" box). A layout that says
    /// whether it has a sidebar ("main-with-sidebar", "layout--has-sidebar",
    /// "no-sidebar") is the page's main column, not the sidebar.
    NOT_NEGATIVE = [
        "embed", "hero", "with-media", "has-media", "node-promoted",
        "no-sidebar", "has-sidebar", "with-sidebar",
    ]
}

keywords! {
    /// Class/id fragments that lower a container's score too, but name
    /// blocks that may hold prose (a media group's description, a
    /// metadata panel): on a declared article, cleaning spares such a block
    /// when it reads as prose.
    WEAK_NEGATIVE = ["contact", "media", "meta", "scroll"]
}

keywords! {
    /// Class/id fragments that raise a container's score (Readability's
    /// positive weights).
    POSITIVE = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "pagination", "post", "text", "blog", "story", "prose",
    ]
}

keywords! {
    /// Byline and dateline scaffolding ("By X", "Published / on `<date>`"),
    /// section labels and category links: removed when their text is short.
    BYLINE = [
        "byline", "author", "dateline", "writtenby", "p-author", "posted-on",
        "post-date", "entry-date", "entry-meta", "post-meta", "meta-info",
        "article-meta", "publish", "timestamp", "category", "cat-links",
        "categories", "kicker", "eyebrow", "section-label", "reading-time",
        "read-time", "post-info", "article-info", "td-module-meta", "meta-data",
        "metadata", "posted", "updated", "date",
    ]
}

keywords! {
    /// Class/id fragments of an author's name or byline (read by
    /// [`crate::byline`]).
    AUTHOR_NAME = ["author", "byline", "by-line", "writer", "posted-by", "contributor"]
}

keywords! {
    /// Class/id fragments of a dateline (read by [`crate::byline`]).
    DATELINE = ["date", "time", "publish", "posted", "updated", "byline", "dateline"]
}

keywords! {
    /// Class/id fragments of lists of other pages, whose cards carry their
    /// own authors and dates.
    OTHER_PAGES = [
        "related", "recommend", "trending", "popular", "sidebar", "widget",
        "more-stories", "read-next", "readnext", "newsletter",
        /// Reviews and testimonials: other people's words, with their names.
        "reviews", "customer-review", "testimonial",
    ]
}

keywords! {
    /// Class fragments of a box around a picture, whose short text is its
    /// caption (read by [`crate::prune`] on declared articles).
    PICTURE_BOX = ["image", "img", "photo", "picture"]
}

keywords! {
    /// Fragments that cancel an [`OTHER_PAGES`] match: a layout that says
    /// it has sidebars ("layout-2-sidebars") or none ("nosidebar",
    /// "no-sidebar") is the page's main column, and a page builder calls
    /// every block a widget ("elementor-widget-container").
    NOT_OTHER_PAGES = ["sidebars", "nosidebar", "no-sidebar", "elementor"]
}

/// Does a class or id name a list of other pages or other people's words
/// ([`OTHER_PAGES`]), once its holding tail is cut ([`without_modifiers`]:
/// "main with-sidebar" is the main column) and not cancelled by
/// [`NOT_OTHER_PAGES`]?
pub(crate) fn other_pages(name: &str) -> bool {
    let name = without_modifiers(name);
    OTHER_PAGES.matches(&name) && !NOT_OTHER_PAGES.matches(&name)
}

/// A comment section or one of its parts, by class token or id: a token
/// that starts with "comment" ("comments-area", "comment_body"; not
/// "commented", a flag on the post itself), Disqus, or WordPress's reply
/// form ("respond").
pub(crate) fn comment_section(class: &str, id: &str) -> bool {
    let comment =
        |t: &str| (t.starts_with("comment") && !t.starts_with("commented")) || t.contains("disqus");
    class.split_ascii_whitespace().any(comment) || comment(id) || id == "respond"
}

/// A class that draws a link as a button: a token "btn", "button" or
/// "cta" ("btn btn-primary", "fake-btn", "hero-cta"; the names are stored
/// with their separators as `-`), or a "call-to-action".
pub(crate) fn button_class(class: &str) -> bool {
    class.contains("call-to-action")
        || class
            .split(|c: char| c.is_ascii_whitespace() || c == '-')
            .any(|t| matches!(t, "btn" | "button" | "cta"))
}

/// A class that makes its element a modal window: a whole class "modal"
/// or "dialog" (Bootstrap's `<div class="modal fade">`, hidden until a
/// script opens it: a sign-up box, a "merge your cart?" prompt). Not the
/// parts named after it ("modal-body", "dialog-content"), which some
/// themes reuse for panels shown in place.
pub(crate) fn modal_class(class: &str) -> bool {
    class
        .split_ascii_whitespace()
        .any(|t| matches!(t, "modal" | "dialog"))
}

/// ARIA roles that mark navigation and page chrome.
pub(crate) fn unlikely_role(role: &str) -> bool {
    matches!(
        role.trim(),
        "menu"
            | "menubar"
            | "complementary"
            | "navigation"
            | "alert"
            | "alertdialog"
            | "dialog"
            | "banner"
            | "contentinfo"
            | "search"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_pages_but_not_a_layout_that_names_its_sidebar() {
        assert!(other_pages("related-posts"));
        assert!(other_pages("sidebar-widget"));
        assert!(!other_pages("main with-sidebar"));
        assert!(!other_pages("maincontainer-nosidebar"));
        assert!(!other_pages("layout-2-sidebars"));
        assert!(!other_pages("elementor-widget-container"));
        assert!(!other_pages("entry-content"));
    }

    #[test]
    fn button_classes() {
        assert!(button_class("btn btn-primary"));
        assert!(button_class("fake-btn fake-btn-fluid"));
        assert!(button_class("hero-cta"));
        assert!(button_class("ux-call-to-action"));
        assert!(button_class("button"));
        assert!(!button_class("buttons-row"));
        assert!(!button_class("btnless ctaish"));
        assert!(!button_class(""));
    }

    #[test]
    fn modal_classes() {
        assert!(modal_class("modal fade"));
        assert!(modal_class("dialog is-public"));
        assert!(!modal_class("modal-body"));
        assert!(!modal_class("dialog-content"));
        assert!(!modal_class("modalities"));
    }

    #[test]
    fn modifier_words_name_what_an_element_holds() {
        assert!(!unlikely("row has-side-banner"));
        assert!(!unlikely("layout-with-sidebar"));
        assert!(unlikely("menu-item-has-children"));
        assert!(unlikely("side-banner"));
        assert!(unlikely("sidebar without-border"));
        assert_eq!(without_modifiers("row has-side-banner big"), "row big");
        assert_eq!(without_modifiers("chassis-widget"), "chassis-widget");
    }

    #[test]
    fn unlikely_and_maybe() {
        assert!(UNLIKELY.matches("td-social-connect"));
        assert!(unlikely("td-social-connect"));
        // A nested reply's connector line is no "Connect with us" widget.
        assert!(!unlikely("nested-children hide-last-message-connector"));
        assert!(!unlikely("connection-status"));
        assert!(UNLIKELY.matches("widget_trending"));
        assert!(!UNLIKELY.matches("entry"));
        assert!(MAYBE.matches("main-content"));
    }

    #[test]
    fn comment_sections_by_token() {
        assert!(comment_section("comments-area post-comments", ""));
        assert!(comment_section("", "disqus_thread"));
        assert!(comment_section("", "respond"));
        // A post flagged as having comments is not a comment section.
        assert!(!comment_section("post hentry commented", ""));
        assert!(!comment_section("entry-content", "main"));
    }

    #[test]
    fn a_layout_naming_its_sidebar_is_not_one() {
        let negative = |c: &str| NEGATIVE.matches(c) && !NOT_NEGATIVE.matches(c);
        for c in [
            "main main-with-sidebar",
            "layout layout--has-sidebar",
            "page no-sidebar",
        ] {
            assert!(!negative(c), "{c}");
        }
        for c in ["sidebar", "sidebar-left", "widget-area sidebar"] {
            assert!(negative(c), "{c}");
        }
    }
}
