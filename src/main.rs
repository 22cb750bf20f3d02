//! The `unboil` command: extract the main content of web pages.
//!
//! This binary only parses flags, reads inputs (files, stdin, URLs), runs the
//! library on all cores and writes results; extraction lives in the library.

use anyhow::{anyhow, Context, Result};
use clap::{Parser, ValueEnum};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use unboil::write::{Format, WriteOptions};
use unboil::{Focus, Options};
use url::Url;

/// Turn web pages into their main content: article text, Markdown, clean HTML or JSON.
#[derive(Parser, Debug)]
#[command(name = "unboil", version, about, long_about = None)]
struct Args {
    /// HTML files, `-` for stdin, or http(s) URLs. Reads stdin when none is given.
    inputs: Vec<String>,

    /// Output format.
    #[arg(short, long, default_value = "text", value_parser = parse_format)]
    format: Format,

    /// Write all output to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE", conflicts_with = "output_dir")]
    output: Option<PathBuf>,

    /// Write one file per input: DIR/<input stem>.<txt|md|html|json>.
    #[arg(long, value_name = "DIR")]
    output_dir: Option<PathBuf>,

    /// Do not start text/Markdown/HTML output with the title.
    #[arg(long)]
    no_title: bool,

    /// Keep links in Markdown and HTML output.
    #[arg(long)]
    links: bool,

    /// Resolve relative links of local files against this URL.
    #[arg(long, value_name = "URL")]
    base_url: Option<Url>,

    /// Precision/recall balance.
    #[arg(long, value_enum, default_value = "balanced")]
    focus: FocusArg,

    /// Worker threads for extraction (default: all cores).
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,

    /// HTTP timeout in seconds.
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    timeout: u64,

    /// HTTP User-Agent.
    #[arg(long, value_name = "UA")]
    user_agent: Option<String>,

    /// Do not print warnings (errors are still printed).
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FocusArg {
    Precision,
    Balanced,
    Recall,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

/// Where one input comes from.
#[derive(Debug, Clone)]
enum Source {
    File(PathBuf),
    Stdin,
    Url(String),
}

impl Source {
    fn from_arg(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else if arg.starts_with("http://") || arg.starts_with("https://") {
            Source::Url(arg.to_string())
        } else {
            Source::File(PathBuf::from(arg))
        }
    }

    /// File stem for `--output-dir`.
    fn stem(&self) -> String {
        match self {
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "output".to_string()),
            Source::Stdin => "stdin".to_string(),
            Source::Url(u) => url_stem(u),
        }
    }
}

/// A safe file stem for a URL: its last path segment, else its host.
fn url_stem(u: &str) -> String {
    let parsed = Url::parse(u).ok();
    let seg = parsed
        .as_ref()
        .and_then(|p| p.path_segments())
        .and_then(|mut s| s.rfind(|x| !x.is_empty()).map(str::to_string));
    let raw = seg
        .map(|s| s.rsplit_once('.').map_or(s.clone(), |(a, _)| a.to_string()))
        .or_else(|| {
            parsed
                .as_ref()
                .and_then(|p| p.host_str().map(str::to_string))
        })
        .unwrap_or_else(|| "page".to_string());
    let clean: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    if clean.is_empty() {
        "page".to_string()
    } else {
        clean
    }
}

/// The raw page of one input, ready for extraction.
struct Page {
    bytes: Vec<u8>,
    charset: Option<String>,
    url: Option<Url>,
}

/// The result of one input.
struct Outcome {
    rendered: Option<String>,
    error: Option<String>,
    warning: Option<String>,
}

fn main() {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    match run(args) {
        Ok(true) => std::process::exit(0),
        Ok(false) => std::process::exit(1),
        Err(e) => {
            eprintln!("unboil: {e:#}");
            std::process::exit(1);
        }
    }
}

/// Runs the command; `Ok(false)` when some input failed.
fn run(args: Args) -> Result<bool> {
    let mut sources: Vec<Source> = args.inputs.iter().map(|a| Source::from_arg(a)).collect();
    if sources.is_empty() {
        sources.push(Source::Stdin);
    }
    if let Some(dir) = &args.output_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let fetched = fetch_urls(&sources, &args)?;
    let stdin_bytes = if sources.iter().any(|s| matches!(s, Source::Stdin)) {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read stdin")?;
        Some(buf)
    } else {
        None
    };

    let write_opts = WriteOptions {
        title: !args.no_title,
        links: args.links,
    };
    let mut opts = Options::default().with_focus(match args.focus {
        FocusArg::Precision => Focus::Precision,
        FocusArg::Balanced => Focus::Balanced,
        FocusArg::Recall => Focus::Recall,
    });
    opts.url = args.base_url.clone();

    let fetched = Mutex::new(fetched);
    let job = |i: usize| -> Outcome {
        let source = &sources[i];
        let page = match source {
            Source::File(p) => std::fs::read(p)
                .map(|bytes| Page {
                    bytes,
                    charset: None,
                    url: None,
                })
                .map_err(|e| anyhow!(e)),
            Source::Stdin => Ok(Page {
                bytes: stdin_bytes.clone().unwrap_or_default(),
                charset: None,
                url: None,
            }),
            Source::Url(_) => fetched
                .lock()
                .map_err(|_| anyhow!("internal error: fetch results poisoned"))
                .and_then(|mut f| f[i].take().unwrap_or_else(|| Err(anyhow!("not fetched")))),
        };
        let name = display_name(source);
        let page = match page {
            Ok(p) => p,
            Err(e) => {
                return Outcome {
                    rendered: None,
                    error: Some(format!("{name}: {e:#}")),
                    warning: None,
                }
            }
        };
        let mut o = opts.clone();
        if let Some(u) = page.url {
            o.url = Some(u);
        }
        match unboil::extract_bytes(&page.bytes, page.charset.as_deref(), &o) {
            Ok(doc) => {
                let warning = doc
                    .is_empty()
                    .then(|| format!("{name}: warning: no main content found"));
                let rendered = unboil::write::render(&doc, args.format, &write_opts);
                if let Some(dir) = &args.output_dir {
                    let path = dir.join(format!("{}.{}", source.stem(), args.format.extension()));
                    if let Err(e) = std::fs::write(&path, rendered.as_bytes()) {
                        return Outcome {
                            rendered: None,
                            error: Some(format!("{}: {e}", path.display())),
                            warning,
                        };
                    }
                    return Outcome {
                        rendered: None,
                        error: None,
                        warning,
                    };
                }
                Outcome {
                    rendered: Some(rendered),
                    error: None,
                    warning,
                }
            }
            Err(e) => Outcome {
                rendered: None,
                error: Some(format!("{name}: {e}")),
                warning: None,
            },
        }
    };

    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 256)
        .min(sources.len());
    let outcomes = run_parallel(sources.len(), jobs, &job);

    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut ok = true;
    let mut first = true;
    for o in outcomes {
        if let Some(w) = o.warning {
            if !args.quiet {
                eprintln!("unboil: {w}");
            }
        }
        if let Some(e) = o.error {
            eprintln!("unboil: {e}");
            ok = false;
        }
        if let Some(r) = o.rendered {
            if !first && !r.is_empty() && args.format != Format::Json {
                out.write_all(b"\n")?;
            }
            first = false;
            if let Err(e) = out.write_all(r.as_bytes()) {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Ok(ok);
                }
                return Err(e.into());
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    Ok(ok)
}

fn display_name(s: &Source) -> String {
    match s {
        Source::File(p) => p.display().to_string(),
        Source::Stdin => "<stdin>".to_string(),
        Source::Url(u) => u.clone(),
    }
}

/// Runs `job(0..n)` on `jobs` threads; results come back in input order.
fn run_parallel<T: Send>(n: usize, jobs: usize, job: &(dyn Fn(usize) -> T + Sync)) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<T>>> = (0..n).map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let r = job(i);
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(r);
                }
            });
        }
    });
    slots
        .into_iter()
        .filter_map(|m| m.into_inner().ok().flatten())
        .collect()
}

/// Fetches every URL input (concurrently); index-aligned with `sources`.
fn fetch_urls(sources: &[Source], args: &Args) -> Result<Vec<Option<Result<Page>>>> {
    let mut results: Vec<Option<Result<Page>>> = sources.iter().map(|_| None).collect();
    let urls: Vec<(usize, String)> = sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Source::Url(u) => Some((i, u.clone())),
            _ => None,
        })
        .collect();
    if urls.is_empty() {
        return Ok(results);
    }
    let mut cfg = unboil::fetch::FetchConfig::default();
    cfg.timeout = std::time::Duration::from_secs(args.timeout.max(1));
    if let Some(ua) = &args.user_agent {
        cfg.user_agent = ua.clone();
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let client = unboil::fetch::client(&cfg)?;
    let fetched: Vec<(usize, Result<Page>)> = rt.block_on(async {
        use futures_util::stream::{self, StreamExt};
        stream::iter(urls)
            .map(|(i, u)| {
                let client = &client;
                let cfg = &cfg;
                async move {
                    let r = unboil::fetch::fetch(client, &u, cfg)
                        .await
                        .map(|f| Page {
                            bytes: f.body,
                            charset: f.charset,
                            url: Some(f.final_url),
                        })
                        .map_err(|e| anyhow!(strip_url_prefix(&e.to_string(), &u)));
                    (i, r)
                }
            })
            .buffer_unordered(8)
            .collect()
            .await
    });
    for (i, r) in fetched {
        results[i] = Some(r);
    }
    Ok(results)
}

/// Fetch errors start with the URL; the CLI prefixes it already.
fn strip_url_prefix(msg: &str, url: &str) -> String {
    msg.strip_prefix(url)
        .and_then(|m| m.strip_prefix(": "))
        .unwrap_or(msg)
        .to_string()
}
