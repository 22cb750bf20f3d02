//! The fuzz targets' bodies, shared by the libFuzzer binaries in
//! `fuzz_targets/` (run with `cargo fuzz`, see `run.sh`) and by the stable
//! smoke run in `tests/smoke.rs`.
//!
//! Each target feeds arbitrary bytes to one public entry point of unboil and
//! checks what must hold for every input; a violated check panics, which the
//! fuzzer reports as a crash. Extraction runs without a time budget so that
//! a slow input shows up as a fuzzer timeout instead of being cut short.

use unboil::write::{render, Format, WriteOptions};
use unboil::{extract_bytes, Options};

/// A target: a name (the `fuzz_targets/` file) and its body.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, by name.
pub const TARGETS: &[Target] = &[
    ("extract", extract),
    ("writers", writers),
    ("decode", decode),
    ("metadata", metadata),
    ("warc", warc),
];

fn options() -> Options {
    Options::default().with_time_budget(None)
}

/// Checks the invariants of a rendering.
fn check(format: Format, out: &str) {
    let lower = out.to_ascii_lowercase();
    match format {
        Format::Html => {
            assert!(!lower.contains("<script"), "script tag in HTML output");
            let unsafe_url = lower.split("=\"").skip(1).any(|v| {
                let v = v.trim_start();
                v.starts_with("javascript:") || v.starts_with("data:") || v.starts_with("vbscript:")
            });
            assert!(!unsafe_url, "unsafe URL in HTML output");
        }
        Format::Json => {
            let v: serde_json::Value = serde_json::from_str(out).expect("JSON output parses");
            assert!(v.is_object(), "JSON output is an object");
        }
        _ => {}
    }
}

/// Bytes → document (charset detection, parsing, extraction), then every
/// writer; extraction must be deterministic.
pub fn extract(data: &[u8]) {
    let Ok(doc) = extract_bytes(data, None, &options()) else {
        return;
    };
    for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
        check(format, &render(&doc, format, &WriteOptions::default()));
    }
    let again = extract_bytes(data, None, &options()).expect("same input, same result");
    assert_eq!(doc, again, "extraction is deterministic");
}

/// The first byte chooses the writer options, the rest is the page.
pub fn writers(data: &[u8]) {
    let Some((&flags, page)) = data.split_first() else {
        return;
    };
    let Ok(doc) = extract_bytes(page, None, &options()) else {
        return;
    };
    let opts = WriteOptions {
        title: flags & 1 != 0,
        links: flags & 2 != 0,
        json_html: flags & 4 != 0,
    };
    let format =
        [Format::Text, Format::Markdown, Format::Html, Format::Json][usize::from(flags >> 6)];
    check(format, &render(&doc, format, &opts));
}

/// The first byte chooses a declared charset (or none); the rest is decoded.
pub fn decode(data: &[u8]) {
    const LABELS: [&str; 8] = [
        "utf-8",
        "utf-16le",
        "utf-16be",
        "shift_jis",
        "iso-2022-jp",
        "windows-1252",
        "x-no-such-label",
        "",
    ];
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let declared = (pick & 8 != 0).then(|| LABELS[usize::from(pick & 7)]);
    let (text, name, _) = unboil::decode::decode(bytes, declared);
    assert!(!name.is_empty(), "an encoding is always chosen");
    if bytes.is_empty() {
        assert!(text.is_empty());
    }
}

/// The input becomes JSON-LD, `<meta>` values and the `<title>` of a page:
/// metadata parsing must cope with anything.
pub fn metadata(data: &[u8]) {
    let raw = String::from_utf8_lossy(data);
    let attr = raw.replace('"', "&quot;");
    let page = format!(
        "<html lang=\"{attr}\"><head><title>{raw}</title>\
         <meta property=\"og:title\" content=\"{attr}\">\
         <meta name=\"author\" content=\"{attr}\">\
         <meta property=\"article:published_time\" content=\"{attr}\">\
         <link rel=\"canonical\" href=\"{attr}\">\
         <script type=\"application/ld+json\">{raw}</script></head>\
         <body><article><p>A paragraph of text, so that there is a body.</p></article></body></html>"
    );
    let opts = options().with_url(url_for_tests());
    if let Ok(doc) = unboil::extract(&page, &opts) {
        check(
            Format::Json,
            &render(&doc, Format::Json, &WriteOptions::default()),
        );
    }
}

fn url_for_tests() -> url::Url {
    url::Url::parse("https://example.com/a/b").expect("a valid URL")
}

/// The input is read as a WARC stream (gzip or not); every page it yields is
/// extracted.
pub fn warc(data: &[u8]) {
    let _ = unboil::warc::read(data, 1 << 20, |item| {
        if let unboil::warc::WarcItem::Page(page) = item {
            let _ = extract_bytes(&page.body, page.charset.as_deref(), &options());
        }
    });
}
