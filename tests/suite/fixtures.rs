//! Golden-file tests: every `fixtures/<name>.html` must render exactly as
//! `fixtures/<name>.txt` (text, with title) and `fixtures/<name>.md`
//! (Markdown, with title). Re-bless after an intended change with
//! `UNBOIL_BLESS=1 cargo test --release --test suite fixtures::`.

use std::path::{Path, PathBuf};
use unboil::write::{markdown, text, WriteOptions};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

/// First differing line, for a readable failure.
fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  want: {w}\n  got:  {g}", i + 1);
        }
    }
    format!(
        "outputs differ in length: want {} lines, got {} lines",
        want.lines().count(),
        got.lines().count()
    )
}

#[test]
fn fixtures_match_expected_text_and_markdown() {
    let bless = std::env::var_os("UNBOIL_BLESS").is_some();
    let pages = fixtures();
    assert!(
        pages.len() >= 20,
        "expected at least 20 fixtures, found {}",
        pages.len()
    );
    let opts = WriteOptions {
        title: true,
        ..Default::default()
    };
    let mut failures = Vec::new();
    for page in &pages {
        let bytes = std::fs::read(page).expect("fixture readable");
        let doc = unboil::extract_bytes(&bytes, None, &unboil::Options::default())
            .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        for (ext, got) in [("txt", text(&doc, &opts)), ("md", markdown(&doc, &opts))] {
            let expected_path = page.with_extension(ext);
            if bless {
                std::fs::write(&expected_path, &got).expect("write expected file");
                continue;
            }
            let want = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
            if want != got {
                failures.push(format!(
                    "{}: {}",
                    expected_path.display(),
                    first_difference(&want, &got)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_fixture_output_contains_chrome() {
    // Phrases that only occur in the chrome of the fixtures.
    let chrome = [
        "Connect with us",
        "Trending",
        "Our Editorial team",
        "Copyright",
        "All rights reserved",
        "Share this",
        "Leave a Reply",
        "Sign up for our newsletter",
        "We use cookies",
        "This site uses cookies",
        "Related Articles",
        "You may also like",
        "Advertisement",
        "Read more:",
        "Also read",
        "Most read",
        "Similar threads",
    ];
    for page in fixtures() {
        let bytes = std::fs::read(&page).expect("fixture readable");
        let doc =
            unboil::extract_bytes(&bytes, None, &unboil::Options::default()).expect("extracts");
        let out = doc.to_text();
        for c in chrome {
            assert!(
                !out.contains(c),
                "{}: output contains {c:?}",
                page.display()
            );
        }
        assert!(!doc.is_empty(), "{}: empty output", page.display());
    }
}
