//! Metadata assertions on the authored fixtures: JSON-LD, OpenGraph, meta
//! tags and DOM fallbacks.

use crate::support::fixture;
use unboil::{Document, Metadata, Options};

/// The document extracted from `fixtures/<name>`.
fn doc(name: &str) -> Document {
    let bytes = std::fs::read(fixture(name)).expect("fixture readable");
    unboil::extract_bytes(&bytes, None, &Options::default()).expect("extracts")
}

fn meta(name: &str) -> Metadata {
    doc(name).metadata
}

/// The metadata of a page given as text.
fn meta_of(html: &str) -> Metadata {
    unboil::extract(html, &Options::default())
        .expect("extracts")
        .metadata
}

#[test]
fn wordpress_news_page_from_opengraph_and_meta_tags() {
    let m = meta("news-wordpress-seed.html");
    assert_eq!(
        m.title.as_deref(),
        Some("Ukraine and US Negotiators Meet in Florida After Putin Talks")
    );
    assert_eq!(m.site_name.as_deref(), Some("The Daily Dispatch"));
    assert_eq!(m.author.as_deref(), Some("Editorial"));
    assert_eq!(m.date.as_deref(), Some("2024-03-14T09:12:00+00:00"));
    assert_eq!(m.language.as_deref(), Some("en-US"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://dailydispatch.example/world/ukraine-us-negotiators-florida/")
    );
    assert!(m
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("Ukrainian and US negotiators")));
    assert_eq!(
        m.image.as_deref(),
        Some("https://dailydispatch.example/wp-content/uploads/2024/03/miami-talks.jpg")
    );
}

#[test]
fn json_ld_graph_wins_over_the_title_tag() {
    let m = meta("jsonld-metadata.html");
    assert_eq!(m.title.as_deref(), Some("Why sourdough needs time"));
    assert_eq!(m.author.as_deref(), Some("Hugo Brandt"));
    assert_eq!(m.date.as_deref(), Some("2025-02-11T08:00:00+01:00"));
    assert_eq!(m.site_name.as_deref(), Some("Crumb Quarterly"));
    assert_eq!(
        m.image.as_deref(),
        Some("https://crumb.example/img/loaf.jpg")
    );
    assert!(m
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("Long fermentation")));
}

#[test]
fn amp_page_lists_every_author() {
    let m = meta("amp-article.html");
    assert_eq!(m.author.as_deref(), Some("Lena Fischer, Omar Haddad"));
    assert_eq!(m.site_name.as_deref(), Some("SkyWatch"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://skywatch.example/news/comet-naked-eye")
    );
}

#[test]
fn title_loses_site_suffix_and_keeps_non_latin_text() {
    assert_eq!(
        meta("german-news.html").title.as_deref(),
        Some("Hitzewelle: Städte öffnen kühle Räume für Ältere")
    );
    assert_eq!(meta("german-news.html").language.as_deref(), Some("de"));
    assert_eq!(
        meta("japanese-blog.html").title.as_deref(),
        Some("京都の朝市で見つけた季節の野菜")
    );
    assert_eq!(
        meta("arabic-rtl.html").title.as_deref(),
        Some("افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة")
    );
}

#[test]
fn windows_1252_page_decodes_from_its_meta_charset() {
    let m = meta("latin1-meta-charset.html");
    assert_eq!(m.title.as_deref(), Some("Crème brûlée, the café classic"));
}

#[test]
fn recipe_schema_gives_author_and_date() {
    let m = meta("recipe.html");
    assert_eq!(m.author.as_deref(), Some("Priya Raman"));
    assert_eq!(m.date.as_deref(), Some("2024-11-03"));
    assert_eq!(m.title.as_deref(), Some("Weeknight Lentil Dal"));
}

#[test]
fn relative_canonical_is_resolved_against_the_page_url() {
    let bytes =
        std::fs::read(fixture("news-chrome-inside-content.html")).expect("fixture readable");
    let base = url::Url::parse("https://wnt.example/some/page").expect("valid url");
    let doc =
        unboil::extract_bytes(&bytes, None, &Options::default().with_url(base)).expect("extracts");
    assert_eq!(
        doc.metadata.url.as_deref(),
        Some("https://wnt.example/world/ukraine-us-negotiators-meet-florida")
    );
}

#[test]
fn page_types_of_the_fixtures() {
    use unboil::PageType;
    let page_type = |name: &str| doc(name).page_type;
    assert_eq!(page_type("jsonld-metadata.html"), PageType::Article);
    assert_eq!(page_type("product.html"), PageType::Product);
    assert_eq!(page_type("forum-replies-declared.html"), PageType::Forum);
    assert_eq!(page_type("shop-category.html"), PageType::Listing);
    assert_eq!(page_type("listing-section-front.html"), PageType::Listing);
    assert_eq!(page_type("service-sections.html"), PageType::Other);
    // JSON output names it.
    let json = unboil::write::json(&doc("product.html"), &Default::default());
    assert!(json.contains(r#""page_type": "product""#), "{json}");
}

#[test]
fn json_ld_in_a_hidden_streaming_segment_is_read() {
    // Streamed server rendering parks late segments, JSON-LD included, in
    // `<div hidden>` until a script moves them: the content stays hidden
    // from extraction, the structured data does not.
    let html = r#"<html><head><title>Field jacket | Outfitters</title></head><body>
        <main><h1>Field jacket</h1><p>£120</p>
        <p>A waxed cotton jacket with a corduroy collar, four front pockets and a detachable hood, made to last for years of walks.</p></main>
        <div hidden id="S:1"><div style="display:contents">
        <script type="application/ld+json">{"@type": "Product", "name": "Field jacket", "brand": {"@type": "Brand", "name": "Outfitters"}}</script>
        </div></div></body></html>"#;
    let doc = unboil::extract(html, &Options::default()).expect("extracts");
    assert_eq!(doc.page_type, unboil::PageType::Product);
    assert_eq!(doc.metadata.title.as_deref(), Some("Field jacket"));
}

#[test]
fn json_ld_strings_lose_the_escaping_no_parser_undid() {
    // JSON-LD is a JSON string in a script: the HTML parser leaves its
    // `&amp;` alone, and many shops write their product names escaped.
    let html = r#"<html><head><title>Tee | Shop</title>
        <meta property="og:description" content="Tees &amp; tops">
        <script type="application/ld+json">{"@type": "Product", "name": "Tee, black &amp; white, it&#8217;s size&nbsp;6",
          "brand": {"@type": "Brand", "name": "R&amp;D Wear"}}</script></head><body>
        <main><h1>Tee</h1><p>A cotton tee in two colours, cut loose, with a ribbed collar that keeps its shape wash after wash.</p></main>
        </body></html>"#;
    let doc = unboil::extract(html, &Options::default()).expect("extracts");
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Tee, black & white, it\u{2019}s size 6")
    );
    // A meta tag was decoded by the parser once, and only once.
    assert_eq!(doc.metadata.description.as_deref(), Some("Tees & tops"));
}

#[test]
fn byline_gives_author_and_date_when_no_structured_data_does() {
    // No JSON-LD, no author or date <meta>: the visible byline is read, not
    // the related posts', the comments' or the sidebar's names and dates,
    // and "03/04/2025" on an en-GB page is the 3rd of April.
    let m = meta("blog-byline-only.html");
    assert_eq!(m.author.as_deref(), Some("María López"));
    assert_eq!(m.date.as_deref(), Some("2025-04-03"));
    assert_eq!(
        m.title.as_deref(),
        Some("Planting garlic in autumn: a beginner's guide")
    );
}

#[test]
fn dates_are_given_in_iso_8601() {
    let html = |meta: &str| {
        format!(
            "<html lang=\"en\"><head><meta {meta}></head><body><p>{}</p></body></html>",
            "Text of the story, long enough to be kept as its content. ".repeat(8)
        )
    };
    let date = |meta: &str| meta_of(&html(meta)).date;
    assert_eq!(
        date(r#"property="article:published_time" content="Feb 08, 2022""#).as_deref(),
        Some("2022-02-08")
    );
    assert_eq!(
        date(r#"name="date" content="2024-05-09 10:00:00 +0000""#).as_deref(),
        Some("2024-05-09T10:00:00+00:00")
    );
    // US order on an "en" page.
    assert_eq!(
        date(r#"name="date" content="09/25/2025""#).as_deref(),
        Some("2025-09-25")
    );
    // What holds no date is not passed on as one.
    assert_eq!(date(r#"name="date" content="sometime last week""#), None);
}

#[test]
fn the_headline_is_the_first_h1_with_text_without_its_permalink_sign() {
    // A logo drawn as an empty `<h1>`, then a documentation theme's
    // heading with its anchor sign: the title is the heading's words.
    let page = format!(
        r##"<html><head><title>Quickstart — Flask Documentation (3.1.x)</title></head><body>
        <h1 class="logo"><a href="/"><img src="logo.png" alt=""></a></h1>
        <main><h1>Quickstart<a class="headerlink" href="#quickstart">¶</a></h1><p>{}</p></main></body></html>"##,
        "Eager to get started? This page gives a good introduction to the framework. ".repeat(8)
    );
    let m = meta_of(&page);
    assert_eq!(m.title.as_deref(), Some("Quickstart"));
}

#[test]
fn a_site_named_as_author_gives_way_to_the_writer_in_the_byline() {
    // The structured data names the publisher where the writer goes; the
    // visible byline names the writer.
    let page = |author: &str| {
        format!(
            r#"<html><head><meta property="og:site_name" content="Harbour Times">
            <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Harbour bridge to close","author":{author}}}</script>
            </head><body><main><article><h1>Harbour bridge to close</h1><p class="byline">By Erin Walsh</p><p>{}</p></article></main></body></html>"#,
            "The council will close the old harbour bridge to cars for good next spring. "
                .repeat(8)
        )
    };
    let author = |a: &str| meta_of(&page(a)).author;
    assert_eq!(
        author(r#"{"@type":"Organization","name":"Harbour Times"}"#).as_deref(),
        Some("Erin Walsh")
    );
    // A person who is the site (a personal blog) stays the author.
    assert_eq!(
        author(r#"{"@type":"Person","name":"Harbour Times"}"#).as_deref(),
        Some("Harbour Times")
    );
    // Another writer declared: the declaration stands.
    assert_eq!(
        author(r#"{"@type":"Person","name":"Dana Reyes"}"#).as_deref(),
        Some("Dana Reyes")
    );
}

#[test]
fn a_utc_timestamp_takes_the_day_its_permalink_files_the_post_under() {
    // An evening post in America: its timestamp is the next day in UTC,
    // and its permalink, made in the writer's zone, holds the day readers
    // see.
    let page = |stamp: &str, url: &str| {
        format!(
            r#"<html lang="en"><head><meta property="article:published_time" content="{stamp}"><link rel="canonical" href="{url}"></head><body><article><p>{}</p></article></body></html>"#,
            "The seventeenth film of the series is a comfort watch. ".repeat(10)
        )
    };
    let date = |stamp: &str, url: &str| meta_of(&page(stamp, url)).date;
    let url = "https://blog.example/2025/12/18/comfort-watches/";
    assert_eq!(
        date("2025-12-19T02:41:41+00:00", url).as_deref(),
        Some("2025-12-18")
    );
    // The same day, or a date-only stamp: the declared date stands.
    assert_eq!(
        date("2025-12-18T14:00:00+00:00", url).as_deref(),
        Some("2025-12-18T14:00:00+00:00")
    );
    assert_eq!(date("2025-12-19", url).as_deref(), Some("2025-12-19"));
    // A permalink days away is an older post's slug, not its zone.
    assert_eq!(
        date("2025-12-21T02:00:00Z", url).as_deref(),
        Some("2025-12-21T02:00:00Z")
    );
}

#[test]
fn a_listing_has_no_author_or_date_from_its_cards_bylines() {
    // The section front of the fixtures with a byline and a date on each
    // card: none of them is the page's.
    let html = std::fs::read_to_string(fixture("listing-section-front.html")).expect("fixture");
    let html = html.replace(
        "</span></div>",
        r#"</span><p class="byline">By Maren Holt</p><time datetime="2026-03-02">2 March</time></div>"#,
    );
    assert_eq!(html.matches("Maren Holt").count(), 6);
    let doc = unboil::extract(&html, &Options::default()).expect("extracts");
    assert_eq!(doc.page_type, unboil::PageType::Listing);
    assert!(doc.to_text().contains("Kelp farms are quietly spreading"));
    assert_eq!(doc.metadata.author, None);
    assert_eq!(doc.metadata.date, None);
    // The same byline above an article is the article's.
    let article = format!(
        r#"<html><body><article><h1>Kelp farms spread</h1><p class="byline">By Maren Holt</p><time datetime="2026-03-02">2 March</time><p>{}</p></article></body></html>"#,
        "Six growers now work the sheltered inlets of the bay. ".repeat(12)
    );
    let m = meta_of(&article);
    assert_eq!(m.author.as_deref(), Some("Maren Holt"));
    assert_eq!(m.date.as_deref(), Some("2026-03-02"));
}

#[test]
fn values_the_site_escaped_twice_are_decoded_once_more() {
    // The parser decodes `&amp;#39;` to "&#39;", which a browser would show
    // as written; in a title, a byline or a description it is the site's
    // double escaping, not text.
    let body =
        "<p>The committee met on Tuesday and agreed on a plan for the old mill by the river.</p>"
            .repeat(8);
    let m = meta_of(&format!(
        r#"<html><head><title>Python &amp;#x26; AI tools for 2026</title>
        <meta name="description" content="Bear&amp;#39;s portfolio &amp;amp; notes">
        <meta name="author" content="Ann O&amp;#x27;Neil">
        </head><body><article><h1>Python &amp;#x26; AI tools for 2026</h1>{body}</article></body></html>"#
    ));
    assert_eq!(m.title.as_deref(), Some("Python & AI tools for 2026"));
    assert_eq!(m.description.as_deref(), Some("Bear's portfolio & notes"));
    assert_eq!(m.author.as_deref(), Some("Ann O'Neil"));
}

#[test]
fn a_threads_later_page_is_by_its_starter_not_its_first_reply() {
    // The page opens with reply #16 (marked up as OvenSpring's); the
    // header's "Thread starter" names who asked.
    let m = meta("forum-thread-page-two.html");
    assert_eq!(m.author.as_deref(), Some("felicity_k"));
    assert_eq!(m.date.as_deref().map(|d| &d[..10]), Some("2025-03-02"));
    assert_eq!(
        m.description.as_deref(),
        Some("My starter's been going for nine days & it smells sharp. Is it ruined?")
    );
}

#[test]
fn the_headline_the_title_tag_confirms_wins_over_a_declared_label() {
    let body =
        "<p>The committee met on Tuesday and agreed on a plan for the old mill by the river.</p>"
            .repeat(8);
    // A JSON-LD headline that is a section's label; the <title> opens
    // with the <h1>.
    let m = meta_of(&format!(
        r#"<html><head><title>7 days of healthy meals on a budget - Heart Matters - BHF</title>
        <script type="application/ld+json">{{"@type":"Article","headline":"Sample menus"}}</script>
        </head><body><article><h1>7 days of healthy meals on a budget</h1>{body}</article></body></html>"#
    ));
    assert_eq!(
        m.title.as_deref(),
        Some("7 days of healthy meals on a budget")
    );
    // A docs theme's second <h1> is the page's; its first is the site's.
    let m = meta_of(&format!(
        r#"<html><head><title>ORM Quick Start — SQLAlchemy 2.0 Documentation</title></head>
        <body><h1>SQLAlchemy 2.0 Documentation</h1><main><h1>ORM Quick Start¶</h1>{body}</main></body></html>"#
    ));
    assert_eq!(m.title.as_deref(), Some("ORM Quick Start"));
    // A blog's name in its <h1>, before a colon in the <title>, is not the
    // post's title.
    let m = meta_of(&format!(
        r#"<html><head><title>Engora Data Blog: Small adventures with small models</title>
        <meta property="og:title" content="Small adventures with small models"></head>
        <body><h1>Engora Data Blog</h1><article>{body}</article></body></html>"#
    ));
    assert_eq!(
        m.title.as_deref(),
        Some("Small adventures with small models")
    );
}

#[test]
fn dublin_core_and_rdfa_property_lists_name_the_author_and_title() {
    let body = "<p>The harbour board approved the new ferry timetable on Monday, adding two evening crossings in the summer months.</p>";
    // One RDFa `property` naming two keys: each gets the content, and a
    // Dublin Core creator is preferred to a theme's `name=author`.
    let m = meta_of(&format!(
        r#"<html><head><meta property="dc:creator twitter:site_name" content="Ines Duarte">
        <meta name="author" content="Site Admin"></head><body><article>{body}</article></body></html>"#
    ));
    assert_eq!(m.author.as_deref(), Some("Ines Duarte"));
    // So is a Dublin Core title to OpenGraph's, and Parse.ly's title is
    // read when no other is declared.
    let m = meta_of(&format!(
        r#"<html><head><title>Ferries | Harbour News</title>
        <meta property="og:title twitter:title" content="Ferries">
        <meta property="x:title dc:title" content="New ferry timetable approved"></head>
        <body><article>{body}</article></body></html>"#
    ));
    assert_eq!(m.title.as_deref(), Some("New ferry timetable approved"));
    let m = meta_of(&format!(
        r#"<html><head><title>Harbour News</title>
        <meta name="parsely-title" content="New ferry timetable approved"></head>
        <body><article>{body}</article></body></html>"#
    ));
    assert_eq!(m.title.as_deref(), Some("New ferry timetable approved"));
    // A `name` is one key, spaces and all: "Updated Date" is not "date".
    let m = meta_of(&format!(
        r#"<html><head><meta name="Updated Date" content="2024-02-23T20:02:11Z"></head>
        <body><article>{body}</article></body></html>"#
    ));
    assert_eq!(m.date, None);
}

#[test]
fn scholarly_citation_tags_give_the_author_and_date() {
    let m = meta_of(
        r#"<html><head><meta name="citation_publication_date" content="2023/05/14">
        <meta name="citation_author" content="Okafor, Chidi"></head><body><article>
        <p>We measure the energy use of harbour ferries over a full year and find that the evening crossings cost the most per passenger carried.</p>
        </article></body></html>"#,
    );
    assert_eq!(m.author.as_deref(), Some("Okafor, Chidi"));
    assert_eq!(m.date.as_deref(), Some("2023-05-14"));
}

#[test]
fn agency_story_reads_cdata_json_ld_and_the_dublin_core_creator() {
    let m = meta("news-agency-photo.html");
    assert_eq!(
        m.title.as_deref(),
        Some("Snooze cruise: study sees future for hibernating astronauts")
    );
    // The theme's name=author ("Courier Staff") gives way to Dublin Core.
    assert_eq!(m.author.as_deref(), Some("Marguerite Olsen"));
    // Only the CDATA-wrapped JSON-LD declares the date and the description
    // (the latter with a raw line break inside its string).
    assert_eq!(m.date.as_deref(), Some("2019-11-18T08:22:00-05:00"));
    assert_eq!(
        m.description.as_deref(),
        Some("Researchers say a crew that sleeps through the cruise to Mars needs a ship a third smaller.")
    );
    assert_eq!(m.site_name.as_deref(), Some("North Shore Courier"));
}
