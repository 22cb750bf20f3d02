//! Inputs: files, stdin, URLs, input lists and WARC records, and the
//! output-file stem each one gets.

use std::io::BufRead;
use std::path::PathBuf;
use unboil::warc::WarcPage;
use url::Url;

/// Where one input comes from.
#[derive(Debug)]
pub enum Source {
    /// A local file.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// An http(s) URL (or anything with a scheme, refused by the fetcher).
    Url(String),
    /// An HTML response record of a WARC file.
    Warc(WarcPage),
    /// A WARC record that could not be read (truncated, malformed).
    WarcError {
        /// Which file and record.
        input: String,
        /// What went wrong.
        message: String,
    },
}

impl Source {
    /// Classifies a command-line argument.
    pub fn from_arg(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else if arg.contains("://") {
            Source::Url(arg.to_string())
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// How the input is named in messages and records.
    pub fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
            Source::Url(u) => u.clone(),
            Source::Warc(w) => w.target_uri.clone(),
            Source::WarcError { input, .. } => input.clone(),
        }
    }

    /// File stem for `--output-dir`.
    pub fn stem(&self) -> String {
        match self {
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "output".to_string()),
            Source::Stdin => "stdin".to_string(),
            Source::Url(u) => url_stem(u),
            Source::Warc(w) => url_stem(&w.target_uri),
            Source::WarcError { .. } => "warc-error".to_string(),
        }
    }
}

/// A file-name-safe stem for a URL: host and path, e.g.
/// `example.com_news_story-1` for `https://example.com/news/story-1.html`.
pub fn url_stem(u: &str) -> String {
    let raw = match Url::parse(u) {
        Ok(p) => {
            let path = p.path().trim_matches('/');
            let path = path
                .rsplit_once('.')
                .map_or(path, |(a, b)| if b.len() <= 5 { a } else { path });
            format!("{}_{}", p.host_str().unwrap_or("page"), path)
        }
        Err(_) => u.to_string(),
    };
    let clean: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(150)
        .collect();
    let clean = clean.trim_matches(['_', '.']).to_string();
    if clean.is_empty() {
        "page".to_string()
    } else {
        clean
    }
}

/// The inputs of a list, lazily: one URL or path per line, blank lines and
/// `#` comments skipped; reading stops at the first unreadable line.
pub fn list_inputs(reader: impl BufRead) -> impl Iterator<Item = String> {
    reader
        .lines()
        .map_while(Result::ok)
        .map(|l| l.trim().to_string())
        .filter(|t| !t.is_empty() && !t.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_stems_are_safe_and_distinct() {
        assert_eq!(
            url_stem("https://example.com/news/story-1.html"),
            "example.com_news_story-1"
        );
        assert_eq!(url_stem("http://example.com/"), "example.com");
        assert_ne!(
            url_stem("https://a.com/x/index"),
            url_stem("https://a.com/y/index")
        );
        assert!(!url_stem("https://e.com/../../etc/passwd").contains('/'));
    }
}
