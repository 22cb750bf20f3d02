//! Fetching pages over HTTP(S) with reqwest on tokio.
//!
//! Decides how a page is fetched politely and safely: only `http`/`https`,
//! redirects followed (at most 10), a total timeout, a size cap enforced while
//! streaming, gzip/brotli/deflate accepted, an honest User-Agent, and only
//! HTML-ish content types accepted. The charset from `Content-Type` is handed
//! to [`crate::decode`]. It does not extract anything.

use std::time::Duration;
use url::Url;

/// Default User-Agent.
pub const USER_AGENT: &str = concat!(
    "unboil/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/unboil/unboil; content extraction)"
);

/// Fetch settings.
///
/// ```
/// let cfg = unboil::fetch::FetchConfig::default();
/// assert_eq!(cfg.max_redirects, 10);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct FetchConfig {
    /// Whole-request timeout.
    pub timeout: Duration,
    /// Connect timeout.
    pub connect_timeout: Duration,
    /// Largest body accepted, in bytes.
    pub max_bytes: usize,
    /// Most redirects followed.
    pub max_redirects: usize,
    /// User-Agent header.
    pub user_agent: String,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_bytes: 20 * 1024 * 1024,
            max_redirects: 10,
            user_agent: USER_AGENT.to_string(),
        }
    }
}

/// Why a fetch failed. Every variant names the URL.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    /// Not a valid absolute URL.
    #[error("{url}: invalid URL: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// Parser message.
        reason: String,
    },
    /// Scheme other than http/https.
    #[error("{url}: unsupported scheme {scheme:?} (only http and https)")]
    Scheme {
        /// The URL.
        url: String,
        /// Its scheme.
        scheme: String,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP status {status}")]
    Status {
        /// The URL.
        url: String,
        /// Status code.
        status: u16,
    },
    /// The response is not HTML.
    #[error("{url}: not HTML (Content-Type: {content_type})")]
    NotHtml {
        /// The URL.
        url: String,
        /// The declared type.
        content_type: String,
    },
    /// The body exceeded the size cap.
    #[error("{url}: body larger than {limit} bytes")]
    TooLarge {
        /// The URL.
        url: String,
        /// The cap.
        limit: usize,
    },
    /// Timed out.
    #[error("{url}: timed out")]
    Timeout {
        /// The URL.
        url: String,
    },
    /// Too many redirects or a redirect loop.
    #[error("{url}: too many redirects")]
    Redirects {
        /// The URL.
        url: String,
    },
    /// Connection or protocol failure.
    #[error("{url}: {message}")]
    Network {
        /// The URL.
        url: String,
        /// What went wrong.
        message: String,
    },
}

/// A fetched page.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Fetched {
    /// URL after redirects.
    pub final_url: Url,
    /// HTTP status.
    pub status: u16,
    /// Charset from `Content-Type`, if declared.
    pub charset: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

/// Builds a client for [`fetch`].
pub fn client(cfg: &FetchConfig) -> Result<reqwest::Client, FetchError> {
    reqwest::Client::builder()
        .user_agent(cfg.user_agent.clone())
        .timeout(cfg.timeout)
        .connect_timeout(cfg.connect_timeout)
        .redirect(reqwest::redirect::Policy::limited(cfg.max_redirects))
        .gzip(true)
        .brotli(true)
        .deflate(true)
        .build()
        .map_err(|e| FetchError::Network {
            url: String::new(),
            message: format!("cannot build HTTP client: {e}"),
        })
}

/// Fetches one page.
pub async fn fetch(
    client: &reqwest::Client,
    url: &str,
    cfg: &FetchConfig,
) -> Result<Fetched, FetchError> {
    use futures_util::StreamExt;
    let parsed = Url::parse(url).map_err(|e| FetchError::InvalidUrl {
        url: url.to_string(),
        reason: e.to_string(),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(FetchError::Scheme {
            url: url.to_string(),
            scheme: parsed.scheme().to_string(),
        });
    }
    let classify = |e: reqwest::Error| {
        if e.is_timeout() {
            FetchError::Timeout {
                url: url.to_string(),
            }
        } else if e.is_redirect() {
            FetchError::Redirects {
                url: url.to_string(),
            }
        } else {
            FetchError::Network {
                url: url.to_string(),
                message: error_chain(&e),
            }
        }
    };
    let resp = client.get(parsed).send().await.map_err(classify)?;
    let status = resp.status().as_u16();
    if !resp.status().is_success() {
        return Err(FetchError::Status {
            url: url.to_string(),
            status,
        });
    }
    let final_url = resp.url().clone();
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    if !is_html_type(&content_type) {
        return Err(FetchError::NotHtml {
            url: url.to_string(),
            content_type,
        });
    }
    if resp
        .content_length()
        .is_some_and(|l| l as usize > cfg.max_bytes)
    {
        return Err(FetchError::TooLarge {
            url: url.to_string(),
            limit: cfg.max_bytes,
        });
    }
    let charset = content_type.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset")).then(|| v.trim().trim_matches('"').to_string())
    });
    let mut body = Vec::new();
    let mut stream = resp.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(classify)?;
        if body.len() + chunk.len() > cfg.max_bytes {
            return Err(FetchError::TooLarge {
                url: url.to_string(),
                limit: cfg.max_bytes,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Fetched {
        final_url,
        status,
        charset,
        body,
    })
}

/// HTML, XHTML, or no type at all (many servers omit it).
fn is_html_type(ct: &str) -> bool {
    let mime = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime.is_empty()
        || mime == "text/html"
        || mime == "application/xhtml+xml"
        || mime == "text/plain"
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_types() {
        assert!(is_html_type("text/html; charset=utf-8"));
        assert!(is_html_type(""));
        assert!(!is_html_type("application/pdf"));
    }
}
