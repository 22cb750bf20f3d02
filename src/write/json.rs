//! JSON: the metadata fields, the confidence, the page type, and the content
//! as text plus Markdown (or clean HTML).

use super::WriteOptions;
use crate::Document;
use serde::Serialize;

/// The JSON object unboil writes. Field names are stable; absent facts are `null`.
#[derive(Debug, Clone, Serialize)]
pub struct JsonRecord<'a> {
    /// Headline.
    pub title: Option<&'a str>,
    /// Author(s).
    pub author: Option<&'a str>,
    /// Publication date as stated by the page.
    pub date: Option<&'a str>,
    /// Site or publisher name.
    pub site_name: Option<&'a str>,
    /// Language tag.
    pub language: Option<&'a str>,
    /// Canonical URL.
    pub url: Option<&'a str>,
    /// Description.
    pub description: Option<&'a str>,
    /// Main image URL.
    pub image: Option<&'a str>,
    /// Extraction confidence, 0 to 1.
    pub confidence: f32,
    /// `true` when a limit (time budget, output size) cut extraction short.
    pub partial: bool,
    /// `"article"`, `"product"`, `"forum"`, `"listing"` or `"other"`
    /// (see [`crate::PageType`]).
    pub page_type: &'static str,
    /// Body as plain text (no title).
    pub text: String,
    /// Body as Markdown (no title; links per [`WriteOptions::links`]);
    /// `null` with [`WriteOptions::json_html`].
    pub markdown: Option<String>,
    /// Body as clean HTML with [`WriteOptions::json_html`], else `null`.
    pub html: Option<String>,
}

impl<'a> JsonRecord<'a> {
    /// Builds the record for `doc`.
    pub fn new(doc: &'a Document, opts: &WriteOptions) -> Self {
        let body_opts = WriteOptions {
            title: false,
            ..*opts
        };
        let m = &doc.metadata;
        JsonRecord {
            title: m.title.as_deref(),
            author: m.author.as_deref(),
            date: m.date.as_deref(),
            site_name: m.site_name.as_deref(),
            language: m.language.as_deref(),
            url: m.url.as_deref(),
            description: m.description.as_deref(),
            image: m.image.as_deref(),
            confidence: (doc.confidence * 1000.0).round() / 1000.0,
            partial: doc.partial,
            page_type: doc.page_type.as_str(),
            text: super::text(doc, &body_opts),
            markdown: (!opts.json_html).then(|| super::markdown(doc, &body_opts)),
            html: opts.json_html.then(|| super::html(doc, &body_opts)),
        }
    }
}

/// One JSON object (pretty-printed, newline-terminated) for `doc`.
///
/// ```
/// let doc = unboil::extract("<title>T</title><article><p>Body text long enough to be the article.</p></article>",
///     &Default::default()).unwrap();
/// let v: serde_json::Value = serde_json::from_str(&unboil::write::json(&doc, &Default::default())).unwrap();
/// assert_eq!(v["title"], "T");
/// assert_eq!(v["text"], "Body text long enough to be the article.\n");
/// ```
pub fn json(doc: &Document, opts: &WriteOptions) -> String {
    let record = JsonRecord::new(doc, opts);
    let mut s = serde_json::to_string_pretty(&record).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}
