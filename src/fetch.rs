//! Fetching pages over HTTP(S) with reqwest on tokio.
//!
//! Decides how a page is fetched politely and safely: only `http`/`https`,
//! redirects followed (at most 10, loops refused), connect and total
//! timeouts, a size cap enforced while streaming, gzip/brotli/deflate
//! accepted, an honest User-Agent, retries with exponential backoff on 429,
//! 5xx and connection failures (honouring `Retry-After`, bounded), optional
//! robots.txt checks ([`Robots`]), and only HTML-ish content types accepted.
//! The charset from `Content-Type` is handed to [`crate::decode`]. It does
//! not extract anything, and it does not schedule many fetches (the CLI's
//! batch runner does).

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
    /// Retries after a 429, a 5xx or a connection failure (not after a timeout).
    pub retries: u32,
    /// First backoff delay; doubled on each retry.
    pub backoff: Duration,
    /// Longest wait before a retry, `Retry-After` included; a server asking
    /// for longer gets its error reported instead.
    pub max_retry_wait: Duration,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_bytes: 20 * 1024 * 1024,
            max_redirects: 10,
            user_agent: USER_AGENT.to_string(),
            retries: 2,
            backoff: Duration::from_millis(500),
            max_retry_wait: Duration::from_secs(30),
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
    /// robots.txt disallows the URL for our User-Agent.
    #[error("{url}: disallowed by robots.txt")]
    Robots {
        /// The URL.
        url: String,
    },
}

impl FetchError {
    /// A short, stable name for the error's kind, as used in JSON Lines
    /// error records: `invalid_url`, `scheme`, `http_status`, `not_html`,
    /// `too_large`, `timeout`, `redirects`, `network`, `robots`.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::InvalidUrl { .. } => "invalid_url",
            FetchError::Scheme { .. } => "scheme",
            FetchError::Status { .. } => "http_status",
            FetchError::NotHtml { .. } => "not_html",
            FetchError::TooLarge { .. } => "too_large",
            FetchError::Timeout { .. } => "timeout",
            FetchError::Redirects { .. } => "redirects",
            FetchError::Network { .. } => "network",
            FetchError::Robots { .. } => "robots",
        }
    }

    /// Is it worth trying again?
    fn retryable(&self) -> bool {
        match self {
            FetchError::Status { status, .. } => *status == 429 || (500..600).contains(status),
            FetchError::Network { .. } => true,
            _ => false,
        }
    }
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

/// Builds a client for [`fetch`]: redirects are followed up to
/// `max_redirects`, and a redirect back to a URL already visited is refused.
pub fn client(cfg: &FetchConfig) -> Result<reqwest::Client, FetchError> {
    let max = cfg.max_redirects;
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() > max {
            attempt.error("too many redirects")
        } else if attempt.previous().contains(attempt.url()) {
            attempt.error("redirect loop")
        } else {
            attempt.follow()
        }
    });
    reqwest::Client::builder()
        .user_agent(cfg.user_agent.clone())
        .timeout(cfg.timeout)
        .connect_timeout(cfg.connect_timeout)
        .redirect(policy)
        .gzip(true)
        .brotli(true)
        .deflate(true)
        .build()
        .map_err(|e| FetchError::Network {
            url: String::new(),
            message: format!("cannot build HTTP client: {e}"),
        })
}

/// Fetches one page, retrying transient failures (429, 5xx, connection
/// errors) up to `cfg.retries` times with exponential backoff or the
/// server's `Retry-After`, whichever it gives.
pub async fn fetch(
    client: &reqwest::Client,
    url: &str,
    cfg: &FetchConfig,
) -> Result<Fetched, FetchError> {
    let mut attempt = 0u32;
    loop {
        match fetch_once(client, url, cfg).await {
            Ok(f) => return Ok(f),
            Err(Failure { error, retry_after }) => {
                if attempt >= cfg.retries || !error.retryable() {
                    return Err(error);
                }
                let wait =
                    retry_after.unwrap_or_else(|| cfg.backoff.saturating_mul(1 << attempt.min(16)));
                if wait > cfg.max_retry_wait {
                    return Err(error);
                }
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
        }
    }
}

/// A failed attempt, with the server's `Retry-After` when it sent one.
struct Failure {
    error: FetchError,
    retry_after: Option<Duration>,
}

impl From<FetchError> for Failure {
    fn from(error: FetchError) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

/// `Retry-After` in its delay-seconds form (an HTTP date is not honoured).
fn retry_after(resp: &reqwest::Response) -> Option<Duration> {
    let v = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?;
    v.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// Parses `url` and accepts only `http` and `https`.
///
/// ```
/// assert!(unboil::fetch::check_url("https://example.com/a").is_ok());
/// assert_eq!(unboil::fetch::check_url("ftp://example.com/").unwrap_err().kind(), "scheme");
/// ```
pub fn check_url(url: &str) -> Result<Url, FetchError> {
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
    Ok(parsed)
}

/// One attempt.
async fn fetch_once(
    client: &reqwest::Client,
    url: &str,
    cfg: &FetchConfig,
) -> Result<Fetched, Failure> {
    use futures_util::StreamExt;
    let parsed = check_url(url)?;
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
        return Err(Failure {
            error: FetchError::Status {
                url: url.to_string(),
                status,
            },
            retry_after: retry_after(&resp),
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
        }
        .into());
    }
    let too_large = || FetchError::TooLarge {
        url: url.to_string(),
        limit: cfg.max_bytes,
    };
    if resp
        .content_length()
        .is_some_and(|l| l > cfg.max_bytes as u64)
    {
        return Err(too_large().into());
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
            return Err(too_large().into());
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

/// robots.txt rules of one host, for one User-Agent.
///
/// ```
/// let robots = unboil::fetch::Robots::parse("unboil", b"User-agent: *\nDisallow: /private/\n");
/// assert!(robots.allowed("https://example.com/news/1"));
/// assert!(!robots.allowed("https://example.com/private/x"));
/// ```
pub struct Robots {
    robot: Option<texting_robots::Robot>,
}

impl std::fmt::Debug for Robots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Robots")
            .field("parsed", &self.robot.is_some())
            .finish()
    }
}

impl Robots {
    /// Rules from a robots.txt body; an unparsable file allows everything.
    pub fn parse(agent: &str, body: &[u8]) -> Robots {
        Robots {
            robot: texting_robots::Robot::new(agent, body).ok(),
        }
    }

    /// No rules: everything is allowed (robots.txt missing or unreachable).
    pub fn allow_all() -> Robots {
        Robots { robot: None }
    }

    /// May `url` be fetched?
    pub fn allowed(&self, url: &str) -> bool {
        self.robot.as_ref().is_none_or(|r| r.allowed(url))
    }

    /// Fetches `/robots.txt` of `url`'s origin (one try, no retries). A
    /// missing or failing robots.txt allows everything, as is customary.
    pub async fn fetch(client: &reqwest::Client, url: &Url, cfg: &FetchConfig) -> Robots {
        let Ok(robots_url) = url.join("/robots.txt") else {
            return Robots::allow_all();
        };
        let Ok(resp) = client.get(robots_url).send().await else {
            return Robots::allow_all();
        };
        if !resp.status().is_success() {
            return Robots::allow_all();
        }
        match resp.bytes().await {
            Ok(b) if b.len() <= 512 * 1024 => Robots::parse(robot_agent(&cfg.user_agent), &b),
            _ => Robots::allow_all(),
        }
    }
}

/// The product token of a User-Agent string ("unboil/0.1 (...)" → "unboil").
fn robot_agent(ua: &str) -> &str {
    ua.split(['/', ' ']).next().unwrap_or(ua)
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
