//! The pipeline behind every invocation: inputs in, one outcome per input out.
//!
//! A producer thread lists the inputs (arguments, an input list, WARC
//! records) into a bounded queue. The dispatcher starts one task per input,
//! at most `--concurrency` at a time; URL tasks also wait for their host
//! (at most `--per-host` requests in flight and `--host-delay` between two
//! starts) and, with `--respect-robots`, for the host's robots.txt.
//! Extraction runs on a blocking pool with one thread per core. The writer
//! puts outcomes back in input order (or streams them with `--unordered`),
//! prints errors with the input named, drives the progress bar and counts.
//! At most 8 × `--concurrency` inputs are between dispatch and output at any
//! time, so memory stays bounded however long the input list and however
//! slow one host is.

use crate::args::Args;
use crate::record::{self, Origin};
use crate::source::{list_inputs, Source};
use anyhow::{Context, Result};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, OnceCell, Semaphore};
use unboil::fetch::{FetchConfig, FetchError, Robots};
use unboil::warc::{WarcCounts, WarcItem};
use unboil::write::{render, Format, WriteOptions};
use unboil::Options;

/// What happened to one input.
enum Outcome {
    /// Extracted; `output` is what goes to stdout (or the JSON line).
    Done {
        output: Option<String>,
        warning: Option<String>,
    },
    /// Failed; `line` is the JSON error record in `--jsonl` mode.
    Failed {
        message: String,
        line: Option<String>,
    },
    /// `--skip-existing` found its output file.
    Skipped,
}

/// Per-host politeness state.
struct Host {
    slots: Semaphore,
    next_start: tokio::sync::Mutex<Instant>,
}

/// Shared, read-only settings and shared caches.
struct Ctx {
    format: Format,
    write_opts: WriteOptions,
    options: Options,
    jsonl: bool,
    output_dir: Option<PathBuf>,
    skip_existing: bool,
    per_host: usize,
    host_delay: Duration,
    respect_robots: bool,
    fetch_cfg: FetchConfig,
    client: OnceCell<reqwest::Client>,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
    robots: Mutex<HashMap<String, Arc<OnceCell<Robots>>>>,
    stdin: Option<Vec<u8>>,
}

/// Totals for the summary line.
#[derive(Default)]
struct Counts {
    ok: usize,
    failed: usize,
    skipped: usize,
}

/// Runs the command; `Ok(false)` when some input failed.
pub fn run(args: Args) -> Result<bool> {
    let mut args_inputs: Vec<String> = args.inputs.clone();
    // The input list is streamed by the producer, never held in memory;
    // a file is opened here, and read twice only when a progress bar will
    // show its length.
    let list: Option<(Box<dyn BufRead + Send>, Option<usize>)> = match args.input_file.as_deref() {
        None => None,
        Some("-") => Some((Box::new(std::io::BufReader::new(std::io::stdin())), None)),
        Some(path) => {
            let open = || {
                std::fs::File::open(path).with_context(|| format!("cannot read input list {path}"))
            };
            let lines = if shows_progress(&args) {
                Some(count_inputs(std::io::BufReader::new(open()?)))
            } else {
                None
            };
            Some((Box::new(std::io::BufReader::new(open()?)), lines))
        }
    };
    if args_inputs.is_empty() && args.warc.is_empty() && args.input_file.is_none() {
        args_inputs.push("-".to_string());
    }
    let needs_stdin =
        args_inputs.iter().any(|a| a == "-") && args.input_file.as_deref() != Some("-");
    let stdin = if needs_stdin {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read stdin")?;
        Some(buf)
    } else {
        None
    };
    if let Some(dir) = &args.output_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let cpu_jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 256);
    let mut fetch_cfg = FetchConfig::default();
    fetch_cfg.timeout = Duration::from_secs(args.timeout.max(1));
    fetch_cfg.connect_timeout = fetch_cfg.timeout.min(Duration::from_secs(10));
    fetch_cfg.retries = args.retries;
    fetch_cfg.max_bytes = args.max_size;
    if let Some(ua) = &args.user_agent {
        fetch_cfg.user_agent = ua.clone();
    }
    let mut options = Options::default().with_focus(args.focus.into());
    options.url = args.base_url.clone();
    let ctx = Arc::new(Ctx {
        format: args.format,
        write_opts: WriteOptions {
            title: !args.no_title,
            links: args.links,
            json_html: args.json_html,
        },
        options,
        jsonl: args.jsonl,
        output_dir: args.output_dir.clone(),
        skip_existing: args.skip_existing,
        per_host: args.per_host.max(1),
        host_delay: Duration::from_millis(args.host_delay),
        respect_robots: args.respect_robots,
        fetch_cfg,
        client: OnceCell::new(),
        hosts: Mutex::new(HashMap::new()),
        robots: Mutex::new(HashMap::new()),
        stdin,
    });

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cpu_jobs.min(4))
        .max_blocking_threads(cpu_jobs)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;

    let known = match &list {
        Some((_, Some(n))) => Some(args_inputs.len() + n),
        Some((_, None)) => None,
        None => Some(args_inputs.len()),
    };
    let progress = progress_bar(&args, known);
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let warc_counts = Arc::new(Mutex::new(WarcCounts::default()));
    let concurrency = args.concurrency.max(1);
    let unordered = args.unordered;
    let quiet = args.quiet;
    let warc_files = args.warc.clone();
    let max_size = args.max_size;

    let counts = runtime.block_on(async {
        let (job_tx, mut job_rx) = mpsc::channel::<(usize, Source)>(concurrency * 2);
        let (res_tx, mut res_rx) = mpsc::channel::<(usize, Outcome)>(concurrency * 2);

        // Producer: lists inputs, reading WARC files lazily.
        let warc_counts_p = Arc::clone(&warc_counts);
        let producer = std::thread::spawn(move || {
            let mut index = 0usize;
            let mut send = |s: Source| {
                let ok = job_tx.blocking_send((index, s)).is_ok();
                index += 1;
                ok
            };
            for a in &args_inputs {
                if !send(Source::from_arg(a)) {
                    return;
                }
            }
            if let Some((reader, _)) = list {
                for line in list_inputs(reader) {
                    if !send(Source::from_arg(&line)) {
                        return;
                    }
                }
            }
            for path in &warc_files {
                let result = unboil::warc::read_path(path, max_size, |item| {
                    send(match item {
                        WarcItem::Page(page) => Source::Warc(page),
                        WarcItem::Unusable {
                            record,
                            target_uri,
                            message,
                        } => Source::WarcError {
                            input: target_uri
                                .filter(|u| !u.is_empty())
                                .unwrap_or_else(|| format!("{}#{record}", path.display())),
                            message,
                        },
                    });
                });
                match result {
                    Ok(c) => {
                        if let Ok(mut total) = warc_counts_p.lock() {
                            total.html += c.html;
                            total.non_html += c.non_html;
                            total.other += c.other;
                            total.unusable += c.unusable;
                        }
                    }
                    Err(e) => {
                        send(Source::WarcError {
                            input: path.display().to_string(),
                            message: format!("cannot read WARC file: {e}"),
                        });
                    }
                }
            }
        });

        // Dispatcher: one task per input, bounded by `concurrency`, and by a
        // window of results not yet written, so a stalled input cannot make
        // the writer buffer without bound in ordered mode.
        let window = Arc::new(Semaphore::new(concurrency.saturating_mul(8).max(64)));
        let window_d = Arc::clone(&window);
        let ctx_d = Arc::clone(&ctx);
        let dispatcher = tokio::spawn(async move {
            let slots = Arc::new(Semaphore::new(concurrency));
            while let Some((index, source)) = job_rx.recv().await {
                match window_d.acquire().await {
                    Ok(p) => p.forget(),
                    Err(_) => break,
                }
                let Ok(permit) = Arc::clone(&slots).acquire_owned().await else {
                    break;
                };
                let ctx = Arc::clone(&ctx_d);
                let tx = res_tx.clone();
                tokio::spawn(async move {
                    let outcome = process(ctx, source).await;
                    drop(permit);
                    let _ = tx.send((index, outcome)).await;
                });
            }
        });

        // Writer: input order unless `--unordered`.
        let mut sink = Sink {
            out: &mut out,
            counts: Counts::default(),
            progress: &progress,
            quiet,
            first_output: true,
            ctx: &ctx,
        };
        let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
        let mut next = 0usize;
        while let Some((index, outcome)) = res_rx.recv().await {
            if unordered {
                window.add_permits(1);
                sink.emit(outcome);
                continue;
            }
            pending.insert(index, outcome);
            while let Some(o) = pending.remove(&next) {
                window.add_permits(1);
                sink.emit(o);
                next += 1;
            }
        }
        for (_, o) in std::mem::take(&mut pending) {
            sink.emit(o);
        }
        let counts = sink.counts;
        let _ = dispatcher.await;
        let _ = producer.join();
        counts
    });
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    let total = counts.ok + counts.failed + counts.skipped;
    if !quiet && (total > 1 || ctx.jsonl || !args.warc.is_empty()) {
        let mut line = format!("unboil: {} ok, {} failed", counts.ok, counts.failed);
        if counts.skipped > 0 {
            line.push_str(&format!(", {} skipped (output exists)", counts.skipped));
        }
        if let Ok(w) = warc_counts.lock() {
            if !args.warc.is_empty() {
                line.push_str(&format!(
                    "; WARC: {} HTML responses, {} non-HTML responses and {} other records skipped",
                    w.html, w.non_html, w.other
                ));
            }
        }
        eprintln!("{line}");
    }
    Ok(counts.failed == 0)
}

/// How many inputs a list holds (same rules as [`list_inputs`]).
fn count_inputs(reader: impl BufRead) -> usize {
    list_inputs(reader).count()
}

/// A progress bar is drawn only for a person watching: stderr is a terminal
/// and `-q` was not given.
fn shows_progress(args: &Args) -> bool {
    !args.quiet && std::io::stderr().is_terminal()
}

fn progress_bar(args: &Args, known: Option<usize>) -> Option<indicatif::ProgressBar> {
    if !shows_progress(args) || known.is_some_and(|k| k < 2 && args.warc.is_empty()) {
        return None;
    }
    let pb = match known {
        Some(k) if args.warc.is_empty() => indicatif::ProgressBar::new(k as u64),
        _ => indicatif::ProgressBar::new_spinner(),
    };
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {per_sec} ETA {eta}",
    );
    if let Ok(style) = style {
        pb.set_style(style);
    }
    Some(pb)
}

/// Where outcomes go: the output stream, the counters, the progress bar
/// and stderr.
struct Sink<'a> {
    out: &'a mut Box<dyn Write>,
    counts: Counts,
    progress: &'a Option<indicatif::ProgressBar>,
    quiet: bool,
    first_output: bool,
    ctx: &'a Ctx,
}

impl Sink<'_> {
    /// Writes one outcome and counts it.
    fn emit(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Done { output, warning } => {
                self.counts.ok += 1;
                if let (Some(w), false) = (warning, self.quiet) {
                    self.say(&w);
                }
                if let Some(o) = output {
                    self.write(&o);
                }
            }
            Outcome::Failed { message, line } => {
                self.counts.failed += 1;
                if !(self.quiet && self.ctx.jsonl) {
                    self.say(&message);
                }
                if let Some(l) = line {
                    self.write(&l);
                }
            }
            Outcome::Skipped => self.counts.skipped += 1,
        }
        if let Some(pb) = self.progress {
            pb.inc(1);
        }
    }

    /// A message on stderr, without tearing the progress bar.
    fn say(&self, msg: &str) {
        match self.progress {
            Some(pb) => pb.suspend(|| eprintln!("unboil: {msg}")),
            None => eprintln!("unboil: {msg}"),
        }
    }

    /// Output text: blank line between documents, one line per JSON record.
    fn write(&mut self, text: &str) {
        let ctx = self.ctx;
        if !self.first_output && !ctx.jsonl && ctx.format != Format::Json && !text.is_empty() {
            let _ = self.out.write_all(b"\n");
        }
        self.first_output = false;
        let _ = self.out.write_all(text.as_bytes());
        if ctx.jsonl {
            let _ = self.out.write_all(b"\n");
        }
    }
}

/// The bytes of one page and where they came from.
struct Page {
    bytes: Vec<u8>,
    charset: Option<String>,
    origin: Origin,
}

/// A failure before extraction: kind and message.
struct Fail {
    kind: &'static str,
    message: String,
    url: Option<String>,
}

/// Fetches or reads one input, then extracts and renders it.
async fn process(ctx: Arc<Ctx>, source: Source) -> Outcome {
    let name = source.name();
    let target = ctx
        .output_dir
        .as_ref()
        .map(|d| d.join(format!("{}.{}", source.stem(), ctx.format.extension())));
    if ctx.skip_existing && target.as_ref().is_some_and(|t| t.exists()) {
        return Outcome::Skipped;
    }
    let page: Result<Page, Fail> = match source {
        Source::Url(url) => fetch_page(&ctx, &url).await,
        Source::Stdin => Ok(Page {
            bytes: ctx.stdin.clone().unwrap_or_default(),
            charset: None,
            origin: Origin::default(),
        }),
        Source::File(path) => match tokio::fs::read(&path).await {
            Ok(bytes) => Ok(Page {
                bytes,
                charset: None,
                origin: Origin::default(),
            }),
            Err(e) => Err(Fail {
                kind: "io",
                message: e.to_string(),
                url: None,
            }),
        },
        Source::Warc(w) => Ok(Page {
            origin: Origin {
                url: Some(w.target_uri.clone()),
                final_url: Some(w.target_uri),
                status: w.status,
                warc_date: Some(w.date),
            },
            bytes: w.body,
            charset: w.charset,
        }),
        Source::WarcError { message, .. } => Err(Fail {
            kind: "warc",
            message,
            url: None,
        }),
    };
    let ctx2 = Arc::clone(&ctx);
    let name2 = name.clone();
    tokio::task::spawn_blocking(move || finish(&ctx2, &name2, target, page))
        .await
        .unwrap_or_else(|e| Outcome::Failed {
            message: format!("{name}: internal error: {e}"),
            line: ctx
                .jsonl
                .then(|| record::failure(&name, None, "internal", &e.to_string())),
        })
}

/// Extraction and rendering (CPU work, on the blocking pool).
fn finish(ctx: &Ctx, name: &str, target: Option<PathBuf>, page: Result<Page, Fail>) -> Outcome {
    let failed = |kind: &str, message: String, url: Option<&str>| Outcome::Failed {
        line: ctx
            .jsonl
            .then(|| record::failure(name, url, kind, &message)),
        message: format!("{name}: {message}"),
    };
    let page = match page {
        Ok(p) => p,
        Err(f) => return failed(f.kind, f.message, f.url.as_deref()),
    };
    let mut options = ctx.options.clone();
    if let Some(u) = page
        .origin
        .final_url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
    {
        options.url = Some(u);
    }
    let doc = match unboil::extract_bytes(&page.bytes, page.charset.as_deref(), &options) {
        Ok(d) => d,
        Err(e) => return failed(e.kind(), e.to_string(), page.origin.url.as_deref()),
    };
    let warning = doc
        .is_empty()
        .then(|| format!("{name}: warning: no main content found"));
    let output = if ctx.jsonl {
        let body = WriteOptions {
            title: false,
            ..ctx.write_opts
        };
        let html_wanted = ctx.write_opts.json_html || ctx.format == Format::Html;
        let markdown = (ctx.format == Format::Markdown && !html_wanted)
            .then(|| unboil::write::markdown(&doc, &body));
        let html = html_wanted.then(|| unboil::write::html(&doc, &body));
        record::success(
            name,
            &page.origin,
            &doc,
            record::Bodies {
                text: unboil::write::text(&doc, &body),
                markdown,
                html,
            },
        )
    } else {
        render(&doc, ctx.format, &ctx.write_opts)
    };
    if let Some(path) = target {
        if let Err(e) = std::fs::write(&path, output.as_bytes()) {
            return failed("io", format!("cannot write {}: {e}", path.display()), None);
        }
        return Outcome::Done {
            output: None,
            warning,
        };
    }
    Outcome::Done {
        output: Some(output),
        warning,
    }
}

/// Fetches a URL, politely: per-host slots and delay, robots.txt if asked.
async fn fetch_page(ctx: &Ctx, url: &str) -> Result<Page, Fail> {
    let fail = |kind: &'static str, message: String| Fail {
        kind,
        message,
        url: Some(url.to_string()),
    };
    // Fetch errors name the URL first; the record and stderr line name it already.
    let fetch_fail = |e: FetchError| {
        let message = e.to_string();
        let message = message
            .strip_prefix(url)
            .and_then(|m| m.strip_prefix(": "))
            .unwrap_or(&message)
            .to_string();
        fail(e.kind(), message)
    };
    let parsed = unboil::fetch::check_url(url).map_err(fetch_fail)?;
    let client = ctx
        .client
        .get_or_try_init(|| async { unboil::fetch::client(&ctx.fetch_cfg) })
        .await
        .map_err(fetch_fail)?;
    let host_key = parsed.host_str().unwrap_or("").to_ascii_lowercase();
    let host = {
        let mut hosts = ctx
            .hosts
            .lock()
            .map_err(|_| fail("internal", "host table poisoned".into()))?;
        Arc::clone(hosts.entry(host_key).or_insert_with(|| {
            Arc::new(Host {
                slots: Semaphore::new(ctx.per_host),
                next_start: tokio::sync::Mutex::new(Instant::now()),
            })
        }))
    };
    let _slot = host
        .slots
        .acquire()
        .await
        .map_err(|_| fail("internal", "host slots closed".into()))?;
    {
        let mut next = host.next_start.lock().await;
        let now = Instant::now();
        if *next > now {
            tokio::time::sleep(*next - now).await;
        }
        *next = Instant::now() + ctx.host_delay;
    }
    if ctx.respect_robots {
        let origin = parsed.origin().ascii_serialization();
        let cell = {
            let mut robots = ctx
                .robots
                .lock()
                .map_err(|_| fail("internal", "robots cache poisoned".into()))?;
            Arc::clone(robots.entry(origin).or_default())
        };
        let robots = cell
            .get_or_init(|| Robots::fetch(client, &parsed, &ctx.fetch_cfg))
            .await;
        if !robots.allowed(url) {
            return Err(fail("robots", "disallowed by robots.txt".into()));
        }
    }
    match unboil::fetch::fetch(client, url, &ctx.fetch_cfg).await {
        Ok(f) => Ok(Page {
            origin: Origin {
                url: Some(url.to_string()),
                final_url: Some(f.final_url.to_string()),
                status: Some(f.status),
                warc_date: None,
            },
            bytes: f.body,
            charset: f.charset,
        }),
        Err(e) => Err(fetch_fail(e)),
    }
}
