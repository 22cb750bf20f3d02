//! # unboil
//!
//! Turn a web page into its main content, and nothing else.
//!
//! Given a page's HTML, [`extract()`] returns a [`Document`]: the page's
//! [`Metadata`] (title, author, date, site name, language, canonical URL,
//! description, image) and the article body as a small tree of [`Block`]s
//! (headings, paragraphs, lists, tables, code, quotes, images). The
//! [`write`](mod@write) module renders that tree as plain text, Markdown, clean HTML or
//! JSON.
//!
//! ```
//! let html = r#"<html><head><title>Rust 2.0 released | Example News</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
//!   <article>
//!     <h1>Rust 2.0 released</h1>
//!     <p>The Rust team announced a new edition today, with faster builds,
//!        friendlier errors and a smaller standard library.</p>
//!     <p>Share this: <a href="https://twitter.com/share">Twitter</a></p>
//!   </article>
//!   <footer>Copyright © Example News. All rights reserved.</footer>
//! </body></html>"#;
//! let doc = unboil::extract(html, &unboil::Options::default())?;
//! assert_eq!(doc.metadata.title.as_deref(), Some("Rust 2.0 released"));
//! assert_eq!(
//!     doc.to_text(),
//!     "The Rust team announced a new edition today, with faster builds, \
//!      friendlier errors and a smaller standard library.\n"
//! );
//! # Ok::<(), unboil::Error>(())
//! ```
//!
//! ## How it works
//!
//! The pipeline is visible in the modules: [`decode`] (bytes → text) →
//! `parse` (html5ever, into `tree`, a lean arena of our own, after a guard
//! against quadratic inputs) → `dom` (a compact arena without scripts,
//! hidden elements and over-deep nesting) → `prune` (page chrome by
//! tag, role and class/id, see `rules`) → `score` (Readability-style
//! paragraph scoring picks the main container and its siblings; `cards`
//! finds a listing page's run of repeated cards instead, and `kind` reads
//! whether the page declares an article, a product or a forum thread) →
//! `clean`
//! (link-dense widgets inside the body) → `blocks` (DOM → [`Block`] tree) →
//! `filter` (boilerplate phrases, the repeated title) → [`write`](mod@write).
//!
//! The core does no I/O. The `fetch` feature adds an HTTP client
//! ([`fetch`]); the `cli` feature builds the `unboil` binary.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod blocks;
mod byline;
mod cards;
mod clean;
mod confidence;
mod dates;
pub mod decode;
mod document;
mod dom;
mod entities;
mod error;
mod extract;
#[cfg(feature = "fetch")]
pub mod fetch;
mod filter;
mod kind;
mod measure;
mod metadata;
mod mojibake;
mod options;
mod parse;
mod product_text;
mod prune;
mod purchase;
mod repeats;
mod rules;
mod score;
mod streamed;
mod thread;
mod tree;
mod visibility;
#[cfg(feature = "warc")]
pub mod warc;
pub mod write;

pub use document::{Block, Cell, Document, Inline, Metadata, PageType};
pub use error::Error;
pub use extract::MIN_ARTICLE_CHARS;
pub use options::{Focus, Options};

/// Extracts the main content and metadata of an HTML page.
///
/// Fails only on unusable input (empty, binary, over
/// [`Options::max_bytes`]); a page without recognisable content gives an
/// empty [`Document`] (see [`Document::is_empty`] and
/// [`Document::confidence`]).
///
/// ```
/// let doc = unboil::extract("<p>Just one paragraph of text, but a real one.</p>", &Default::default())?;
/// assert_eq!(doc.to_text(), "Just one paragraph of text, but a real one.\n");
/// assert!(matches!(unboil::extract("  ", &Default::default()), Err(unboil::Error::EmptyInput)));
/// # Ok::<(), unboil::Error>(())
/// ```
pub fn extract(html: &str, options: &Options) -> Result<Document, Error> {
    extract::extract_str(html, options)
}

/// Like [`extract()`], for raw bytes: the encoding is detected first (BOM, then
/// `charset` — e.g. from an HTTP header — then `<meta>`, then a detector).
///
/// ```
/// let page = b"<meta charset=\"windows-1252\"><p>Caf\xe9 au lait, served hot and strong every morning.</p>";
/// let doc = unboil::extract_bytes(page, None, &Default::default())?;
/// assert_eq!(doc.to_text(), "Café au lait, served hot and strong every morning.\n");
/// # Ok::<(), unboil::Error>(())
/// ```
pub fn extract_bytes(
    bytes: &[u8],
    charset: Option<&str>,
    options: &Options,
) -> Result<Document, Error> {
    if bytes.len() > options.max_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.max_bytes,
        });
    }
    if decode::looks_binary(bytes) {
        return Err(Error::Binary);
    }
    let (text, _, _) = decode::decode(bytes, charset);
    extract::extract_decoded(&text, options)
}
