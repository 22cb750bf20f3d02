//! What a caller can tune: base URL, precision/recall balance, and the
//! limits that keep hostile input bounded (input size, tree depth, output
//! size, time).

use std::time::Duration;
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
    /// Keep anything plausible: figure captions, links drawn as buttons,
    /// and no text-based boilerplate filtering.
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
    /// Elements nested deeper than this are flattened into their ancestor at
    /// this depth (their text is kept; no stage recurses deeper). Tags nested
    /// deeper than 512 are dropped before parsing whatever this says.
    pub max_depth: usize,
    /// The extracted text is cut after the block that reaches this many
    /// bytes; the document is then marked [`partial`](crate::Document::partial).
    pub max_output_bytes: usize,
    /// Wall-clock budget for one page. Parsing stops feeding input and the
    /// fallback passes are skipped once it is spent; the result is then marked
    /// [`partial`](crate::Document::partial). `None`: no budget (fully
    /// deterministic output).
    pub time_budget: Option<Duration>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            focus: Focus::Balanced,
            max_bytes: 64 * 1024 * 1024,
            max_depth: 160,
            max_output_bytes: 16 * 1024 * 1024,
            time_budget: Some(Duration::from_secs(10)),
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

    /// Sets the depth beyond which elements are flattened.
    pub fn with_max_depth(mut self, max_depth: usize) -> Self {
        self.max_depth = max_depth;
        self
    }

    /// Sets the output size limit in bytes of text.
    pub fn with_max_output_bytes(mut self, max_output_bytes: usize) -> Self {
        self.max_output_bytes = max_output_bytes;
        self
    }

    /// Sets (or, with `None`, removes) the per-page time budget.
    ///
    /// ```
    /// use std::time::Duration;
    /// let opts = unboil::Options::default().with_time_budget(Some(Duration::from_millis(500)));
    /// assert_eq!(opts.time_budget, Some(Duration::from_millis(500)));
    /// ```
    pub fn with_time_budget(mut self, budget: Option<Duration>) -> Self {
        self.time_budget = budget;
        self
    }
}
