//! A stable, dependency-free smoke run of every fuzz target: the seeds (the
//! authored pages in `../fixtures`, a generated WARC, and any crash inputs
//! kept in `regressions/<target>/`), then random mutations of them for
//! `FUZZ_SMOKE_SECS` seconds per target (default 8). Not coverage-guided:
//! `run.sh` runs the real fuzzer; this keeps the targets honest in CI.

use std::path::Path;
use std::time::{Duration, Instant};

/// Deterministic xorshift generator: a failing run can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that tend to matter to an HTML/WARC/charset parser.
const DICTIONARY: &[&[u8]] = &[
    b"<div>",
    b"</div>",
    b"<p>",
    b"<table>",
    b"<td>",
    b"<script>",
    b"</script>",
    b"<style>",
    b"<noscript>",
    b"<svg>",
    b"<math>",
    b"<template>",
    b"<select>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"<meta charset=\"shift_jis\">",
    b"<meta charset=\"utf-16\">",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"&amp;",
    b"&#x110000;",
    b"&#0;",
    b"\xC3\x28",
    b"\xF0\x90\x80",
    b"\0",
    b"\"",
    b"'",
    b">",
    b"<",
    b"<script type=\"application/ld+json\">",
    b"{\"@type\":\"NewsArticle\",\"author\":[[[{}]]]}",
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999999\r\n",
    b"\r\n\r\n",
    b"\x1f\x8b",
    b" hidden",
    b" class=\"comment\"",
    b"<article>",
    b"<h1>",
    b"<pre>",
    b"<li>",
    b"<a href=\"javascript:x\">",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..=rng.below(8) {
        let at = rng.below(data.len() + 1);
        match rng.below(5) {
            0 => {
                let token = DICTIONARY[rng.below(DICTIONARY.len())];
                data.splice(at..at, token.iter().copied());
            }
            1 if !data.is_empty() => {
                let end = (at + rng.below(64)).min(data.len());
                data.drain(at..end);
            }
            2 if at < data.len() => data[at] = rng.next() as u8,
            3 if !data.is_empty() => {
                // Repeat a slice: deep nesting, long runs.
                let end = (at + 1 + rng.below(16)).min(data.len());
                let piece = data[at.min(end)..end].to_vec();
                for _ in 0..rng.below(200) {
                    data.splice(at..at, piece.iter().copied());
                }
            }
            _ => data.truncate(at),
        }
    }
    data
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![Vec::new(), b"<p>x</p>".to_vec()];
    // Every saved crash input of this target, and (but for the WARC reader)
    // the authored pages.
    let mut paths = files(&here.join("regressions").join(target), |_| true);
    if target != "warc" {
        paths.extend(files(&here.join("../fixtures"), |p| {
            p.extension().is_some_and(|e| e == "html")
        }));
    }
    out.extend(paths.iter().filter_map(|p| std::fs::read(p).ok()));
    if target == "warc" {
        out.push(sample_warc());
    }
    out
}

/// The files of `dir` that `keep` accepts, sorted; none when it is absent.
fn files(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && keep(p))
        .collect();
    paths.sort();
    paths
}

fn sample_warc() -> Vec<u8> {
    let body = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n\
                10\r\n<p>A page in a W\r\n9\r\nARC file.\r\n0\r\n\r\n";
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/\r\n\
         WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
         Content-Length: {}\r\n\r\n{}\r\n\r\n",
        body.len(),
        body
    )
    .into_bytes()
}

#[test]
fn every_target_survives_its_seeds_and_mutations() {
    let secs: u64 = std::env::var("FUZZ_SMOKE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    for &(name, target) in unboil_fuzz::TARGETS {
        let seeds = seeds(name);
        for s in &seeds {
            target(s);
        }
        let mut rng = Rng(0x5EED_0000 ^ (name.len() as u64 * 0x9E37_79B9));
        let until = Instant::now() + Duration::from_secs(secs);
        let mut runs = seeds.len();
        while Instant::now() < until {
            let pick = rng.below(seeds.len());
            let input = mutate(&mut rng, &seeds[pick]);
            if std::panic::catch_unwind(|| target(&input)).is_err() {
                let path = std::env::temp_dir().join(format!("unboil-smoke-crash-{name}"));
                let _ = std::fs::write(&path, &input);
                panic!("{name}: crash; input saved to {}", path.display());
            }
            runs += 1;
        }
        eprintln!("fuzz smoke: {name}: {runs} inputs");
    }
}
