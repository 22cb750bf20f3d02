//! The JSON Lines schema of batch output: one object per input.
//!
//! Success: `input, url, final_url, status, warc_date, title, author, date,
//! site_name, language, canonical, description, image, confidence, partial,
//! page_type, text, markdown, html` (every key always present, `null` when
//! unknown; `markdown` filled with `--format markdown`, `html` with
//! `--format html` or `--json-html`). Failure: `input, url, error: {kind,
//! message}`.

use serde::Serialize;
use unboil::Document;

/// Facts about where a page came from.
#[derive(Debug, Default, Clone)]
pub struct Origin {
    /// The requested URL (URL inputs) or WARC target URI.
    pub url: Option<String>,
    /// URL after redirects.
    pub final_url: Option<String>,
    /// HTTP status.
    pub status: Option<u16>,
    /// WARC-Date of a WARC record.
    pub warc_date: Option<String>,
}

/// A success record.
#[derive(Serialize)]
pub struct Success<'a> {
    input: &'a str,
    url: Option<&'a str>,
    final_url: Option<&'a str>,
    status: Option<u16>,
    warc_date: Option<&'a str>,
    title: Option<&'a str>,
    author: Option<&'a str>,
    date: Option<&'a str>,
    site_name: Option<&'a str>,
    language: Option<&'a str>,
    canonical: Option<&'a str>,
    description: Option<&'a str>,
    image: Option<&'a str>,
    confidence: f32,
    partial: bool,
    page_type: &'static str,
    text: String,
    markdown: Option<String>,
    html: Option<String>,
}

/// The body renderings a success record carries.
pub struct Bodies {
    /// Plain text.
    pub text: String,
    /// Markdown, with `--format markdown`.
    pub markdown: Option<String>,
    /// Clean HTML, with `--format html` or `--json-html`.
    pub html: Option<String>,
}

/// The body of an error record.
#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: &'a str,
}

/// A failure record.
#[derive(Serialize)]
struct Failure<'a> {
    input: &'a str,
    url: Option<&'a str>,
    error: ErrorBody<'a>,
}

/// One JSON line for a success.
pub fn success(input: &str, origin: &Origin, doc: &Document, bodies: Bodies) -> String {
    let m = &doc.metadata;
    let rec = Success {
        input,
        url: origin.url.as_deref(),
        final_url: origin.final_url.as_deref(),
        status: origin.status,
        warc_date: origin.warc_date.as_deref(),
        title: m.title.as_deref(),
        author: m.author.as_deref(),
        date: m.date.as_deref(),
        site_name: m.site_name.as_deref(),
        language: m.language.as_deref(),
        canonical: m.url.as_deref(),
        description: m.description.as_deref(),
        image: m.image.as_deref(),
        confidence: (doc.confidence * 1000.0).round() / 1000.0,
        partial: doc.partial,
        page_type: doc.page_type.as_str(),
        text: bodies.text,
        markdown: bodies.markdown,
        html: bodies.html,
    };
    serde_json::to_string(&rec)
        .unwrap_or_else(|e| failure(input, origin.url.as_deref(), "internal", &e.to_string()))
}

/// One JSON line for a failure.
pub fn failure(input: &str, url: Option<&str>, kind: &str, message: &str) -> String {
    let rec = Failure {
        input,
        url,
        error: ErrorBody { kind, message },
    };
    serde_json::to_string(&rec).unwrap_or_else(|_| {
        format!("{{\"input\":{input:?},\"error\":{{\"kind\":\"internal\",\"message\":\"\"}}}}")
    })
}
