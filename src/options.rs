//! What a caller can tune: base URL, precision/recall balance, size limit.

use url::Url;

/// Trade-off between keeping too much and dropping too much.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Focus {
    /// Drop anything doubtful: link-heavy short paragraphs go too.
    Precision,
    /// The default balance.
    #[default]
    Balanced,
    /// Keep anything plausible: figure captions, and no text-based
    /// boilerplate filtering.
    Recall,
}

/// Extraction options. Build with [`Options::default`] and the `with_*` methods.
///
/// ```
/// let opts = unboil::Options::default()
///     .with_url(url::Url::parse("https://example.com/news/1").unwrap())
///     .with_focus(unboil::Focus::Precision);
/// assert_eq!(opts.focus, unboil::Focus::Precision);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// The page's URL: relative links, images and the canonical URL are
    /// resolved against it.
    pub url: Option<Url>,
    /// Precision/recall balance.
    pub focus: Focus,
    /// Inputs larger than this many bytes are refused ([`crate::Error::TooLarge`]).
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            focus: Focus::Balanced,
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

impl Options {
    /// Sets the page URL.
    pub fn with_url(mut self, url: Url) -> Self {
        self.url = Some(url);
        self
    }

    /// Sets the precision/recall balance.
    pub fn with_focus(mut self, focus: Focus) -> Self {
        self.focus = focus;
        self
    }

    /// Sets the input size limit in bytes.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }
}
