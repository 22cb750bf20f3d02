//! Property tests over generated hostile HTML: whatever the markup, the
//! output never carries script or style content, the HTML output is
//! sanitised, and extraction is deterministic.
//!
//! The generator nests random elements (content, boilerplate, tables, forms,
//! SVG, templates), random attributes (class/id keywords, `hidden`, event
//! handlers, `javascript:` links), stray and misnested tags, entities and
//! non-ASCII text. Every `<script>` and `<style>` holds a marker word that
//! must never reach any output.

use proptest::prelude::*;
use unboil::write::{render, Format, WriteOptions};
use unboil::{extract, extract_bytes, Options};

const MARK: &str = "zqxmarker";

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("the".to_string()),
        Just("report".to_string()),
        Just("city".to_string()),
        Just("council".to_string()),
        Just("Straße".to_string()),
        Just("日本語".to_string()),
        Just("مرحبا".to_string()),
        Just("&amp;".to_string()),
        Just("&lt;b&gt;".to_string()),
        Just("&#0;".to_string()),
        Just("&nbsp;".to_string()),
        Just("\u{200b}".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        "[a-z]{1,12}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..40).prop_map(|w| w.join(" "))
}

fn attr() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("content"),
        Just("article-body"),
        Just("post_content"),
        Just("mainNav"),
        Just("sidebar"),
        Just("comment"),
        Just("share-bar"),
        Just("cookie-banner"),
        Just("related"),
        Just("ad"),
        Just("hidden"),
    ];
    prop_oneof![
        token.clone().prop_map(|t| format!(" class=\"{t}\"")),
        token.prop_map(|t| format!(" id=\"{t}\"")),
        Just(" hidden".to_string()),
        Just(" style=\"display:none\"".to_string()),
        Just(" onclick=\"steal()\"".to_string()),
        Just(" href=\"javascript:alert(1)\"".to_string()),
        Just(" href=\" JaVaScRiPt:alert(1)\"".to_string()),
        Just(" src=\"data:text/html,<script>alert(1)</script>\"".to_string()),
        Just(" role=\"navigation\"".to_string()),
        Just(" aria-hidden=\"true\"".to_string()),
        Just(" lang=\"de\"".to_string()),
    ]
}

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "b",
    "i",
    "em",
    "article",
    "section",
    "main",
    "nav",
    "aside",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "code",
    "blockquote",
    "figure",
    "figcaption",
    "form",
    "button",
    "select",
    "option",
    "svg",
    "math",
    "template",
    "noscript",
    "dl",
    "dt",
    "dd",
    "font",
    "center",
    "img",
    "br",
];

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text(),
        1 => text().prop_map(|t| format!("<script>var {MARK} = 1; {t}</script>")),
        1 => Just(format!("<script type=\"application/ld+json\">{{\"articleBody\": \"{MARK}\"}}</script>")),
        1 => text().prop_map(|t| format!("<style>.{MARK} {{ }} {t}</style>")),
        1 => Just(format!("<script>if (a < b && c > d) document.write('{MARK}')</script>")),
        1 => prop::sample::select(TAGS).prop_map(|t| format!("<{t}>")),
        1 => prop::sample::select(TAGS).prop_map(|t| format!("</{t}>")),
        1 => Just("<!-- a comment <p>".to_string()),
        1 => Just("<![CDATA[ x ]]>".to_string()),
    ]
}

fn html() -> impl Strategy<Value = String> {
    leaf().prop_recursive(8, 200, 8, |inner| {
        (
            prop::sample::select(TAGS),
            prop::collection::vec(attr(), 0..3),
            prop::collection::vec(inner, 0..8),
            any::<bool>(),
        )
            .prop_map(|(tag, attrs, kids, close)| {
                let mut s = format!("<{tag}{}>", attrs.concat());
                s.push_str(&kids.join(" "));
                if close {
                    s.push_str(&format!("</{tag}>"));
                }
                s
            })
    })
}

fn page() -> impl Strategy<Value = String> {
    (text(), html(), any::<bool>()).prop_map(|(title, body, doctype)| {
        format!(
            "{}<html><head><title>{title}</title><style>{MARK}{{}}</style></head><body>{body}</body></html>",
            if doctype { "<!DOCTYPE html>" } else { "" }
        )
    })
}

fn all_outputs(html: &str) -> Option<Vec<String>> {
    let opts = Options::default().with_time_budget(None);
    let doc = extract(html, &opts).ok()?;
    let w = WriteOptions {
        title: true,
        links: true,
        json_html: false,
    };
    let json_html = WriteOptions {
        json_html: true,
        ..w
    };
    Some(vec![
        render(&doc, Format::Text, &w),
        render(&doc, Format::Markdown, &w),
        render(&doc, Format::Html, &w),
        render(&doc, Format::Json, &w),
        render(&doc, Format::Json, &json_html),
    ])
}

/// `true` when a tag in `html` carries an `on...=` attribute.
fn has_event_handler(html: &str) -> bool {
    html.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or("");
        tag.split_whitespace().skip(1).any(|a| {
            a.starts_with("on")
                && a.split('=').next().is_some_and(|n| n.len() > 2)
                && a.contains('=')
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn script_and_style_never_reach_the_output(page in page()) {
        if let Some(outs) = all_outputs(&page) {
            for out in &outs {
                prop_assert!(!out.contains(MARK), "marker leaked: {out}");
                prop_assert!(!out.to_ascii_lowercase().contains("<script"), "script tag: {out}");
            }
        }
    }

    #[test]
    fn html_output_is_sanitised(page in page()) {
        if let Some(outs) = all_outputs(&page) {
            let html = outs[2].to_ascii_lowercase();
            prop_assert!(!html.contains("javascript:"), "{html}");
            prop_assert!(!html.contains("data:"), "{html}");
            prop_assert!(!has_event_handler(&html), "event handler attribute: {html}");
            prop_assert!(!html.contains("<style"), "{html}");
            prop_assert!(!html.contains("<svg"), "{html}");
        }
    }

    #[test]
    fn extraction_is_deterministic(page in page()) {
        prop_assert_eq!(all_outputs(&page), all_outputs(&page));
    }

    #[test]
    fn any_bytes_give_a_document_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..4096),
                                             charset in prop::option::of(prop_oneof![
                                                 Just("utf-8"), Just("utf-16le"), Just("shift_jis"),
                                                 Just("windows-1252"), Just("x-unknown"), Just("")]),
    ) {
        let opts = Options::default().with_time_budget(None);
        if let Ok(doc) = extract_bytes(&bytes, charset, &opts) {
            // Valid UTF-8 by construction (String); the writers must not panic.
            let _ = render(&doc, Format::Json, &WriteOptions::default());
            let _ = render(&doc, Format::Html, &WriteOptions::default());
        }
    }
}
