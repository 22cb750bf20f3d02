//! Throughput benchmark: extraction versus parsing alone, on one core and on
//! all of them, with peak memory and a page-size scaling check.
//!
//! ```text
//! cargo bench --bench throughput [-- DIR] [--jobs N] [--passes P] [--no-scaling]
//! ```
//!
//! Reads every `*.html` file of a corpus directory — by default
//! `../shared/corpus/scrapinghub/html` when it exists, else `fixtures/` —
//! into memory and reports:
//!
//! * parse-only: `scraper::Html::parse_document` plus a walk over all text
//!   nodes (the floor every extractor built on html5ever shares), single
//!   thread;
//! * extract: `unboil::extract_bytes` (decoding, parsing, extraction) plus
//!   rendering as plain text, single thread;
//!
//! as docs/s and MB/s (MB = 10^6 bytes of input HTML), best of `P` passes
//! (default 5), the two interleaved so that a noisy machine slows both alike;
//! their ratio; extraction on `N` threads (default: all cores) and its
//! speed-up; the process's peak RSS (VmHWM, corpus in memory included); and
//! the time per MB of generated article pages from 10 KB to 10 MB (flat =
//! linear).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

struct Args {
    dir: PathBuf,
    jobs: usize,
    passes: usize,
    scaling: bool,
}

fn args() -> Args {
    let mut dir = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut passes = 5;
    let mut scaling = true;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jobs" => jobs = it.next().and_then(|v| v.parse().ok()).unwrap_or(jobs),
            "--passes" => passes = it.next().and_then(|v| v.parse().ok()).unwrap_or(passes),
            "--no-scaling" => scaling = false,
            "--bench" => {}
            _ if !a.starts_with('-') => dir = Some(PathBuf::from(a)),
            _ => {}
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = dir.unwrap_or_else(|| {
        let shared = root.join("../shared/corpus/scrapinghub/html");
        if shared.is_dir() {
            shared
        } else {
            root.join("fixtures")
        }
    });
    Args {
        dir,
        jobs: jobs.max(1),
        passes: passes.max(1),
        scaling,
    }
}

fn load(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn parse_only(text: &str) -> usize {
    let html = scraper::Html::parse_document(text);
    html.tree
        .values()
        .filter_map(|n| n.as_text())
        .map(|t| t.len())
        .sum()
}

fn extract(page: &[u8], opts: &unboil::Options) -> usize {
    unboil::extract_bytes(page, None, opts).map_or(0, |d| d.to_text().len())
}

fn timed(f: impl FnOnce() -> usize) -> (Duration, usize) {
    let t = Instant::now();
    let out = f();
    (t.elapsed(), out)
}

/// Extraction of all pages on `jobs` threads pulling from a shared index.
fn extract_parallel(pages: &[Vec<u8>], opts: &unboil::Options, jobs: usize) -> usize {
    let next = AtomicUsize::new(0);
    let total = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| {
                let mut sum = 0;
                while let Some(p) = pages.get(next.fetch_add(1, Ordering::Relaxed)) {
                    sum += extract(p, opts);
                }
                total.fetch_add(sum, Ordering::Relaxed);
            });
        }
    });
    total.into_inner()
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// An article page of about `size` bytes: header, nav, then sections of
/// headings, paragraphs with links, lists and a table, then a footer.
fn article_of_size(size: usize) -> Vec<u8> {
    let mut page = String::from(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Scaling test</title></head>\
         <body><header><nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\
         <main><article class=\"post-content\"><h1>Scaling test</h1>",
    );
    let mut i = 0;
    while page.len() < size {
        page.push_str(&format!(
            "<h2>Section {i}</h2><p>The council met on Tuesday, as it does every week, and \
             discussed the <a href=\"/budget/{i}\">budget</a>, the new library, and the state of \
             the roads, which residents say have not been repaired for years.</p>\
             <p>Officials said the plan, first proposed in spring, would cost less than expected; \
             critics, however, pointed to delays, overruns and a lack of public consultation.</p>\
             <ul><li>Roads: 40 km</li><li>Library: one new branch</li></ul>\
             <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>{i}0 000</td></tr></table>"
        ));
        i += 1;
    }
    page.push_str("</article></main><footer><p>© Example News. All rights reserved.</p></footer></body></html>");
    page.into_bytes()
}

fn main() {
    let args = args();
    let pages = load(&args.dir);
    if pages.is_empty() {
        eprintln!("no .html files in {}", args.dir.display());
        return;
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let texts: Vec<String> = pages
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let opts = unboil::Options::default();

    let mut parse = Duration::MAX;
    let mut single = Duration::MAX;
    let (mut parse_chars, mut out_chars) = (0, 0);
    for _ in 0..args.passes {
        let (d, c) = timed(|| texts.iter().map(|t| parse_only(t)).sum());
        parse = parse.min(d);
        parse_chars = c;
        let (d, c) = timed(|| pages.iter().map(|p| extract(p, &opts)).sum());
        single = single.min(d);
        out_chars = c;
    }
    let mut parallel = Duration::MAX;
    for _ in 0..args.passes {
        parallel = parallel.min(timed(|| extract_parallel(&pages, &opts, args.jobs)).0);
    }

    println!(
        "corpus: {} ({} docs, {:.1} MB), best of {} passes",
        args.dir.display(),
        pages.len(),
        bytes as f64 / 1e6,
        args.passes
    );
    let report = |name: &str, d: Duration| {
        let s = d.as_secs_f64();
        println!(
            "{name:<20} {:>8.1} docs/s {:>8.2} MB/s  ({:.3} s)",
            pages.len() as f64 / s,
            bytes as f64 / 1e6 / s,
            s
        );
    };
    report("parse-only, 1 thread", parse);
    report("extract, 1 thread", single);
    println!(
        "ratio extract / parse-only: {:.2}x  (text chars: parsed {parse_chars}, extracted {out_chars})",
        single.as_secs_f64() / parse.as_secs_f64()
    );
    report(&format!("extract, {} threads", args.jobs), parallel);
    println!(
        "speed-up on {} threads: {:.2}x",
        args.jobs,
        single.as_secs_f64() / parallel.as_secs_f64()
    );
    if let Some(mb) = peak_rss_mb() {
        println!(
            "peak RSS: {mb:.0} MB (the corpus held in memory twice: {:.0} MB)",
            2.0 * bytes as f64 / 1e6 / 1.048_576
        );
    }

    if args.scaling {
        println!("scaling (generated article pages, extract, 1 thread, best of 3):");
        for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
            let page = article_of_size(size);
            let mut best = Duration::MAX;
            for _ in 0..3 {
                best = best.min(timed(|| extract(&page, &opts)).0);
            }
            let mb = page.len() as f64 / 1e6;
            println!(
                "  {:>9} bytes: {:>9.3} ms  {:>7.2} ms/MB",
                page.len(),
                best.as_secs_f64() * 1e3,
                best.as_secs_f64() * 1e3 / mb
            );
        }
    }
}
