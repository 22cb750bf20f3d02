//! Command-line flags.

use clap::{Parser, ValueEnum};
use std::path::PathBuf;
use unboil::write::Format;
use url::Url;

/// Turn web pages into their main content: article text, Markdown, clean HTML or JSON.
#[derive(Parser, Debug)]
#[command(name = "unboil", version, about, long_about = None)]
pub struct Args {
    /// HTML files, `-` for stdin, or http(s) URLs. Reads stdin when no input is given.
    pub inputs: Vec<String>,

    /// Read more inputs from FILE, one URL or path per line (`-` for stdin;
    /// blank lines and lines starting with `#` are ignored).
    #[arg(short = 'i', long, value_name = "FILE")]
    pub input_file: Option<String>,

    /// Extract every HTML response record of a WARC file (`.warc` or `.warc.gz`).
    #[arg(long, value_name = "FILE")]
    pub warc: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, default_value = "text", value_parser = parse_format)]
    pub format: Format,

    /// One JSON object per input and line (success or error record).
    #[arg(long, conflicts_with = "output_dir")]
    pub jsonl: bool,

    /// In JSON and JSON Lines, give the body as clean HTML (`html`) instead
    /// of Markdown (`markdown`).
    #[arg(long)]
    pub json_html: bool,

    /// Write all output to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE", conflicts_with = "output_dir")]
    pub output: Option<PathBuf>,

    /// Write one file per input: DIR/<input stem>.<txt|md|html|json>.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,

    /// With --output-dir: skip inputs whose output file already exists.
    #[arg(long, requires = "output_dir")]
    pub skip_existing: bool,

    /// Do not start text/Markdown/HTML output with the title.
    #[arg(long)]
    pub no_title: bool,

    /// Keep links in Markdown and HTML output.
    #[arg(long)]
    pub links: bool,

    /// Resolve relative links of local files against this URL.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<Url>,

    /// Precision/recall balance (`--favor` is the same option, by
    /// trafilatura's name).
    #[arg(long, alias = "favor", value_enum, default_value = "balanced")]
    pub focus: FocusArg,

    /// Threads for extraction (default: all cores).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Fetches in flight at once, over all hosts.
    #[arg(long, default_value_t = 32, value_name = "N")]
    pub concurrency: usize,

    /// Fetches in flight at once to one host.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub per_host: usize,

    /// Minimum delay between two requests to one host, in milliseconds.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    pub host_delay: u64,

    /// Write results as they finish instead of in input order.
    #[arg(long)]
    pub unordered: bool,

    /// HTTP timeout in seconds (whole request).
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    pub timeout: u64,

    /// Retries after 429, 5xx or a connection failure.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub retries: u32,

    /// Largest page accepted, in bytes.
    #[arg(long, default_value_t = 20 * 1024 * 1024, value_name = "BYTES")]
    pub max_size: usize,

    /// HTTP User-Agent.
    #[arg(long, value_name = "UA")]
    pub user_agent: Option<String>,

    /// Check each host's robots.txt and skip disallowed URLs.
    #[arg(long)]
    pub respect_robots: bool,

    /// No progress bar, warnings or summary (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
}

/// `--focus` values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FocusArg {
    /// Drop anything doubtful.
    Precision,
    /// The default.
    Balanced,
    /// Keep anything plausible.
    Recall,
}

impl From<FocusArg> for unboil::Focus {
    fn from(f: FocusArg) -> Self {
        match f {
            FocusArg::Precision => unboil::Focus::Precision,
            FocusArg::Balanced => unboil::Focus::Balanced,
            FocusArg::Recall => unboil::Focus::Recall,
        }
    }
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}
