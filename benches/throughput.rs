//! Throughput benchmark: extraction versus parsing alone.
//!
//! `cargo bench` (or `cargo bench -- DIR`) reads every `*.html` file of a
//! corpus directory — by default `../shared/corpus/scrapinghub/html` when it
//! exists, else `fixtures/` — and reports, single-threaded:
//!
//! * parse-only: `scraper::Html::parse_document` plus a walk over all text
//!   nodes (the speed ceiling every extractor built on html5ever shares);
//! * extract: `unboil::extract_bytes` (decoding, parsing, extraction) and
//!   rendering as plain text;
//!
//! as docs/s and MB/s (MB = 10^6 bytes of input HTML), best of five passes,
//! and the ratio of extract time to parse-only time.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn corpus_dir() -> PathBuf {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if let Some(dir) = arg {
        return PathBuf::from(dir);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/corpus/scrapinghub/html");
    if shared.is_dir() {
        shared
    } else {
        root.join("fixtures")
    }
}

fn best_of<F: FnMut() -> usize>(passes: usize, mut f: F) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut check = 0;
    for _ in 0..passes {
        let t = Instant::now();
        check = f();
        best = best.min(t.elapsed());
    }
    (best, check)
}

fn main() {
    let dir = corpus_dir();
    let mut pages: Vec<Vec<u8>> = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("cannot read {}", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    for p in &paths {
        if let Ok(b) = std::fs::read(p) {
            pages.push(b);
        }
    }
    if pages.is_empty() {
        eprintln!("no .html files in {}", dir.display());
        return;
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let texts: Vec<String> = pages
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let opts = unboil::Options::default();

    let (parse, parse_chars) = best_of(5, || {
        let mut total = 0;
        for t in &texts {
            let html = scraper::Html::parse_document(t);
            total += html
                .tree
                .values()
                .filter_map(|n| n.as_text())
                .map(|t| t.len())
                .sum::<usize>();
        }
        total
    });
    let (extract, out_chars) = best_of(5, || {
        let mut total = 0;
        for p in &pages {
            if let Ok(doc) = unboil::extract_bytes(p, None, &opts) {
                total += doc.to_text().len();
            }
        }
        total
    });
    let report = |name: &str, d: Duration| {
        let s = d.as_secs_f64();
        println!(
            "{name:<11} {:>8.1} docs/s {:>7.2} MB/s  ({:.3} s)",
            pages.len() as f64 / s,
            bytes as f64 / 1e6 / s,
            s
        );
    };
    println!(
        "corpus: {} ({} docs, {:.1} MB)",
        dir.display(),
        pages.len(),
        bytes as f64 / 1e6
    );
    report("parse-only", parse);
    report("extract", extract);
    println!(
        "ratio extract / parse-only: {:.2}x  (text chars: parsed {parse_chars}, extracted {out_chars})",
        extract.as_secs_f64() / parse.as_secs_f64()
    );
}
