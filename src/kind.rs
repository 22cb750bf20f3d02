//! What kind of page is this? Read from what the page says about itself.
//!
//! Decides a [`PageKind`] from structured data only: JSON-LD `@type`s,
//! `og:type`, and microdata `itemtype`s. A declared article is an article
//! whatever else it declares; otherwise a page that declares exactly one
//! `Product` (and no article) is a product page (a JSON-LD `ProductGroup`,
//! one product's variants, is one; so are JSON-LD products that all carry
//! one name, or that name and more: "Buckle - Color: Blue"; `og:type`
//! "product.group", what shops declare on a category page, is not); a
//! page that declares a discussion (`DiscussionForumPosting`, `QAPage`, a
//! `Question` outside an FAQ) is a forum thread, also when its engine says
//! `og:type` article (only a JSON-LD or microdata article outranks the
//! discussion).
//!
//! It does not guess from the DOM's shape: listings are recognised by their
//! repeated cards in [`crate::cards`], whatever they declare. What each kind
//! changes is decided in [`crate::prune`] and [`crate::extract`](mod@crate::extract).

use crate::dom::{Attr, Dom};
use serde_json::Value;

/// The kinds of page that are extracted differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum PageKind {
    /// Anything else: docs, service pages, pages that declare nothing.
    #[default]
    Other,
    /// One product for sale: its name, price, description and specs are the
    /// content; reviews and "customers also viewed" are not.
    Product,
    /// A page that declares itself an article (`og:type` article, a JSON-LD
    /// `NewsArticle`, `BlogPosting`...): its body is one text, even when
    /// a grid of other stories outweighs it.
    Article,
    /// A discussion thread or Q&A page: the posts and answers are the
    /// content, not comments to drop.
    Forum,
}

impl From<PageKind> for crate::PageType {
    fn from(kind: PageKind) -> Self {
        match kind {
            PageKind::Other => crate::PageType::Other,
            PageKind::Product => crate::PageType::Product,
            PageKind::Article => crate::PageType::Article,
            PageKind::Forum => crate::PageType::Forum,
        }
    }
}

/// How many JSON-LD values are looked at, at most.
const MAX_LD_VALUES: usize = 2000;

/// Reads the page's declared kind.
pub(crate) fn detect(dom: &Dom) -> PageKind {
    // Each source is counted apart: one product is often declared three times.
    let mut og = Types::default();
    if let Some(t) = dom.meta.get(&["og:type"]) {
        og.add(t);
    }
    let mut ld = Types::default();
    for value in &dom.meta.json_ld {
        ld.walk(value);
    }
    let mut micro = Types::default();
    for node in &dom.nodes {
        if let Some(t) = node.element().and_then(|e| e.attr(Attr::ItemType)) {
            // Microdata: "https://schema.org/Product".
            micro.add(t.rsplit('/').next().unwrap_or(t));
        }
    }
    // An FAQ's questions are a page's sections, not a discussion.
    let discussion = ld.discussions + micro.discussions > 0 && ld.faqs + micro.faqs == 0;
    // `og:type` article is a forum engine's default for every thread: the
    // structured data's discussion is more specific.
    if ld.articles + micro.articles > 0 || (og.articles > 0 && !discussion) {
        return PageKind::Article;
    }
    if discussion {
        return PageKind::Forum;
    }
    // The structured sources disagree only when one lists related products:
    // the most specific source that declares products decides.
    let products = [ld.distinct_products(), micro.products, og.products]
        .into_iter()
        .find(|&n| n > 0)
        .unwrap_or(0);
    if products == 1 {
        PageKind::Product
    } else {
        PageKind::Other
    }
}

/// Counts of the declared types that matter.
#[derive(Default)]
struct Types {
    products: u32,
    articles: u32,
    discussions: u32,
    faqs: u32,
    seen: usize,
    /// The lowercased names of the JSON-LD products counted (at most
    /// [`MAX_PRODUCT_NAMES`]).
    product_names: Vec<String>,
    /// A JSON-LD product without a name was counted.
    unnamed_product: bool,
}

/// How many product names are kept to tell variants from other products.
const MAX_PRODUCT_NAMES: usize = 64;

impl Types {
    /// Counts one declared type; returns whether it is a product's.
    fn add(&mut self, t: &str) -> bool {
        let t = t.trim().to_ascii_lowercase();
        let t = t.strip_prefix("og:").unwrap_or(&t);
        if is_product_type(t) {
            self.products += 1;
            return true;
        }
        match t {
            "article" | "newsarticle" | "blogposting" | "reportagenewsarticle" => {
                self.articles += 1
            }
            "discussionforumposting" | "qapage" | "question" => self.discussions += 1,
            "faqpage" => self.faqs += 1,
            _ => {}
        }
        false
    }

    /// Notes a JSON-LD product's name (see [`Types::distinct_products`]).
    fn name_product(&mut self, name: Option<&str>) {
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) if self.product_names.len() < MAX_PRODUCT_NAMES => {
                self.product_names.push(n.to_lowercase())
            }
            Some(_) => {}
            None => self.unnamed_product = true,
        }
    }

    /// How many products the JSON-LD declares, one product's variants and
    /// copies counted once: when every product has a name, the names that
    /// are neither another's copy nor another's name with more words after
    /// it ("Buckle - Color: Blue" is a variant of "Buckle"); otherwise
    /// every declaration.
    fn distinct_products(&self) -> u32 {
        let names = &self.product_names;
        if self.unnamed_product || names.is_empty() || names.len() as u32 != self.products {
            return self.products;
        }
        let mut sorted: Vec<&str> = names.iter().map(String::as_str).collect();
        sorted.sort_by_key(|n| n.len());
        let mut kept: Vec<&str> = Vec::new();
        for name in sorted {
            let variant = kept.iter().any(|k| {
                name.strip_prefix(k)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            });
            if !variant {
                kept.push(name);
            }
        }
        kept.len() as u32
    }

    /// Collects every `@type` in a JSON-LD value, within [`MAX_LD_VALUES`].
    fn walk(&mut self, root: &Value) {
        let mut stack = vec![root];
        while let Some(v) = stack.pop() {
            self.seen += 1;
            if self.seen > MAX_LD_VALUES {
                return;
            }
            match v {
                Value::Array(items) => stack.extend(items),
                Value::Object(map) => {
                    let first = match map.get("@type") {
                        Some(Value::String(s)) => Some(s.as_str()),
                        // One object with several types counts once.
                        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).next(),
                        _ => None,
                    };
                    if first.is_some_and(|t| self.add(t)) {
                        self.name_product(map.get("name").and_then(Value::as_str));
                    }
                    // A product group's variants (sizes, colours) are one
                    // product, counted as the group; the item a rating
                    // reviews is the product the rating sits in.
                    let group = first.is_some_and(|t| t.eq_ignore_ascii_case("ProductGroup"));
                    stack.extend(
                        map.iter()
                            .filter(|(k, _)| {
                                !(group && k.as_str() == "hasVariant")
                                    && k.as_str() != "itemReviewed"
                            })
                            .map(|(_, v)| v)
                            .filter(|v| v.is_object() || v.is_array()),
                    );
                }
                _ => {}
            }
        }
    }
}

/// Does a type name (JSON-LD `@type`, `og:type`; lowercase, without the
/// `og:` prefix) declare one product or a product's group of variants?
pub(crate) fn is_product_type(t: &str) -> bool {
    matches!(t, "product" | "product.item" | "productgroup")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(head: &str, body: &str) -> PageKind {
        detect(&Dom::parse_for_test(&format!(
            "<html><head>{head}</head><body>{body}</body></html>"
        )))
    }

    #[test]
    fn one_declared_product_is_a_product_page() {
        let ld = r#"<script type="application/ld+json">{"@type":"Product","name":"Pack",
            "offers":{"@type":"Offer"},"review":[{"@type":"Review"}]}</script>"#;
        assert_eq!(kind_of(ld, ""), PageKind::Product);
        let og = r#"<meta property="og:type" content="product">"#;
        assert_eq!(kind_of(&format!("{og}{ld}"), ""), PageKind::Product);
        let micro = r#"<div itemscope itemtype="https://schema.org/Product">Pack</div>"#;
        assert_eq!(kind_of("", micro), PageKind::Product);
        let group = r#"<script type="application/ld+json">{"@type":"ProductGroup","name":"Pack",
            "hasVariant":[{"@type":"Product","name":"Pack, S"},{"@type":"Product","name":"Pack, L"}]}</script>"#;
        assert_eq!(kind_of(group, ""), PageKind::Product);
        // A rating's `itemReviewed` is the page's own product again.
        let rated = r#"<script type="application/ld+json">{"@type":"ProductGroup","name":"Runner",
            "aggregateRating":{"@type":"AggregateRating","ratingValue":4.6,
            "itemReviewed":{"@type":"Product","name":"Runner"}}}</script>"#;
        assert_eq!(kind_of(rated, ""), PageKind::Product);
        // Variants declared as products of their own, named after the
        // product, and a second copy of the same declaration.
        let variants = r#"<script type="application/ld+json">[{"@type":"Product","name":"Silver Buckle"},
            {"@type":"Product","name":"Silver Buckle - Color: Blue"},
            {"@type":"Product","name":"Silver buckle (Crystal)"}]</script>
            <script type="application/ld+json">{"@type":"Product","name":"Silver Buckle"}</script>"#;
        assert_eq!(kind_of(variants, ""), PageKind::Product);
        // Every type counted as a product has its name noted, Open Graph's
        // spelling included.
        let spelled = r#"<script type="application/ld+json">[{"@type":"product.item","name":"Silver Buckle"},
            {"@type":"Product","name":"Silver Buckle"}]</script>"#;
        assert_eq!(kind_of(spelled, ""), PageKind::Product);
    }

    #[test]
    fn lists_of_products_and_articles_are_not() {
        let list = r#"<script type="application/ld+json">{"@type":"ItemList","itemListElement":[
            {"@type":"Product","name":"A"},{"@type":"Product","name":"B"}]}</script>"#;
        assert_eq!(kind_of(list, ""), PageKind::Other);
        // A name that merely begins like another is another product; so is
        // any product when one of them has no name.
        let shelf = r#"<script type="application/ld+json">[{"@type":"Product","name":"Buckle"},
            {"@type":"Product","name":"Buckles, set of 3"}]</script>"#;
        assert_eq!(kind_of(shelf, ""), PageKind::Other);
        let unnamed = r#"<script type="application/ld+json">[{"@type":"Product","name":"Buckle"},
            {"@type":"Product"}]</script>"#;
        assert_eq!(kind_of(unnamed, ""), PageKind::Other);
        let article = r#"<script type="application/ld+json">[{"@type":"NewsArticle"},
            {"@type":"Product","name":"Reviewed gadget"}]</script>"#;
        assert_eq!(kind_of(article, ""), PageKind::Article);
        assert_eq!(kind_of("", "<p>Plain page</p>"), PageKind::Other);
        // Open Graph's group of products is a shop's category page.
        let category = r#"<meta property="og:type" content="product.group">"#;
        assert_eq!(kind_of(category, ""), PageKind::Other);
    }

    #[test]
    fn discussions_are_forums_and_faqs_are_not() {
        let thread = r#"<script type="application/ld+json">{"@type":"DiscussionForumPosting",
            "headline":"Where to start?","comment":[{"@type":"Comment"}]}</script>"#;
        assert_eq!(kind_of(thread, ""), PageKind::Forum);
        let qa = r#"<div itemscope itemtype="https://schema.org/QAPage"></div>"#;
        assert_eq!(kind_of("", qa), PageKind::Forum);
        let faq = r#"<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[
            {"@type":"Question","name":"How long is delivery?"}]}</script>"#;
        assert_eq!(kind_of(faq, ""), PageKind::Other);
    }

    #[test]
    fn a_declared_discussion_outranks_the_og_type_article_of_its_engine() {
        let og = r#"<meta property="og:type" content="article">"#;
        let thread = r#"<script type="application/ld+json">{"@type":"DiscussionForumPosting",
            "headline":"Where to start?"}</script>"#;
        assert_eq!(kind_of(&format!("{og}{thread}"), ""), PageKind::Forum);
        // A JSON-LD article stays an article, discussion or not (a news
        // story with its comments declared).
        let story = r#"<script type="application/ld+json">[{"@type":"NewsArticle"},
            {"@type":"DiscussionForumPosting"}]</script>"#;
        assert_eq!(kind_of(&format!("{og}{story}"), ""), PageKind::Article);
        assert_eq!(kind_of(og, ""), PageKind::Article);
    }
}
