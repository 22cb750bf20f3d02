//! Accuracy gate: when `../shared/corpus` (and python3) are present, runs the
//! `unboil` binary over ScrapingHub's, Readability's and WCXB's dev pages
//! (gzipped ones are decompressed into a temporary directory) and scores it
//! with `../shared/bench/score.py`; fails if F1 falls more than
//! [`TOLERANCE`] below the floor pinned here. Skips (passes with a note)
//! when the corpora are not beside the repo.
//!
//! The floors are the last measured scores: raise them as accuracy
//! improves. Extraction is deterministic, so the tolerance only absorbs
//! intended trade-offs, not noise.

use std::path::{Path, PathBuf};
use std::process::Command;

const FLOORS: [(&str, f64); 3] = [
    ("scrapinghub", 0.9813),
    ("readability", 0.9675),
    ("wcxb-dev", 0.8969),
];

/// How far under its floor a corpus may fall before the gate fails.
const TOLERANCE: f64 = 0.005;

/// The corpus's pages as `.html` files: the originals, or copies
/// decompressed from `.html.gz` into `tmp`.
fn pages_of(html_dir: &Path, tmp: &Path) -> std::io::Result<Vec<PathBuf>> {
    use std::io::Read;
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(html_dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(stem) = name.strip_suffix(".html.gz") {
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
            let out = tmp.join(format!("{stem}.html"));
            std::fs::write(&out, bytes)?;
            pages.push(out);
        } else if name.ends_with(".html") {
            pages.push(path);
        }
    }
    pages.sort();
    Ok(pages)
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.join("bench/score.py").is_file().then_some(p)
}

fn python_ok() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn f1_stays_above_the_pinned_floors() {
    let Some(shared) = shared() else {
        eprintln!("../shared not present: accuracy gate skipped");
        return;
    };
    if !python_ok() {
        eprintln!("python3 not available: accuracy gate skipped");
        return;
    }
    for (corpus, floor) in FLOORS {
        let dir = shared.join("corpus").join(corpus);
        let unpacked = tempfile::tempdir().expect("tempdir");
        let pages = match pages_of(&dir.join("html"), unpacked.path()) {
            Ok(p) if !p.is_empty() => p,
            _ => {
                eprintln!("{corpus}: no html/ pages, skipped");
                continue;
            }
        };
        let out = tempfile::tempdir().expect("tempdir");
        let run = Command::new(env!("CARGO_BIN_EXE_unboil"))
            .args(["--format", "text", "--no-title", "-q", "--output-dir"])
            .arg(out.path())
            .args(&pages)
            .output()
            .expect("unboil runs");
        assert!(run.status.code().is_some(), "unboil crashed on {corpus}");
        let score = Command::new("python3")
            .arg(shared.join("bench/score.py"))
            .arg(&dir)
            .arg(out.path())
            .arg("--json")
            .output()
            .expect("score.py runs");
        let json: serde_json::Value = serde_json::from_slice(&score.stdout)
            .unwrap_or_else(|e| panic!("score.py output for {corpus} is not JSON: {e}"));
        let f1 = json["f1"].as_f64().expect("f1 field");
        eprintln!("{corpus}: F1 {f1:.4} (floor {floor}, tolerance {TOLERANCE})");
        assert!(
            f1 >= floor - TOLERANCE,
            "{corpus}: F1 {f1:.4} fell more than {TOLERANCE} below the floor {floor}"
        );
    }
}
