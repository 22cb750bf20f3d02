//! No panic, bounded time and a clear result on hostile input.

use std::time::{Duration, Instant};
use unboil::{extract, extract_bytes, Error, Options};

#[test]
fn empty_input_is_an_error() {
    assert!(matches!(
        extract("", &Options::default()),
        Err(Error::EmptyInput)
    ));
    assert!(matches!(
        extract(" \n\t ", &Options::default()),
        Err(Error::EmptyInput)
    ));
    assert!(matches!(
        extract_bytes(b"", None, &Options::default()),
        Err(Error::EmptyInput)
    ));
}

#[test]
fn binary_input_is_an_error_not_a_panic() {
    // Deterministic pseudo-random bytes (xorshift), with NULs.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    assert!(matches!(
        extract_bytes(&bytes, None, &Options::default()),
        Err(Error::Binary)
    ));
    // Without NULs, its control bytes still tell it from text.
    let no_nul: Vec<u8> = bytes.iter().map(|&b| b.max(1)).collect();
    assert!(matches!(
        extract_bytes(&no_nul, None, &Options::default()),
        Err(Error::Binary)
    ));
    // Printable garbage is "text": garbage in, no panic out.
    let printable: Vec<u8> = bytes.iter().map(|&b| 0x20 + b % 0x5F).collect();
    let _ = extract_bytes(&printable, None, &Options::default());
}

#[test]
fn a_stray_nul_and_utf16_without_a_bom_are_text() {
    let page = "<html><head><title>Notes</title></head><body><article><h1>Notes</h1>\
        <p>A page saved by an old editor, with a stray NUL here: \u{0} and more words \
        after it, enough of them to make a paragraph worth keeping.</p></article></body></html>";
    let doc = extract_bytes(page.as_bytes(), None, &Options::default()).expect("text");
    assert!(doc.to_text().contains("enough of them to make a paragraph"));
    let doc = extract(page, &Options::default()).expect("text");
    assert!(doc.to_text().contains("enough of them to make a paragraph"));
    let utf16: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let doc = extract_bytes(&utf16, None, &Options::default()).expect("UTF-16LE");
    assert!(doc.to_text().contains("enough of them to make a paragraph"));
}

#[test]
fn broken_encodings_do_not_panic() {
    let mut page =
        b"<html><head><meta charset=\"utf-8\"></head><body><p>Valid start, then ".to_vec();
    page.extend_from_slice(&[
        0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC,
    ]);
    page.extend_from_slice(
        b" and an unknown <meta charset=\"x-klingon\"> label.</p></body></html>",
    );
    let doc = extract_bytes(&page, None, &Options::default()).expect("decodes with replacement");
    assert!(doc.to_text().contains("Valid start"));
    let doc = extract_bytes(
        b"<p>caf\xe9 au lait and more words to make a paragraph</p>",
        Some("no-such-charset"),
        &Options::default(),
    )
    .expect("falls back to detection");
    assert!(doc.to_text().contains("caf"));
}

#[test]
fn two_hundred_thousand_nested_divs() {
    let depth = 200_000;
    let page = format!(
        "<html><body>{}<p>Deep inside, the text survives, with commas, and words.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let doc = extract(&page, &Options::default()).expect("extracts");
    assert_eq!(
        doc.to_text(),
        "Deep inside, the text survives, with commas, and words.\n"
    );
}

#[test]
fn deeply_nested_inline_and_table_markup() {
    for (open, close) in [
        ("<b>", "</b>"),
        ("<span>", "</span>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<ul><li>", "</li></ul>"),
    ] {
        let page = format!(
            "<body>{}Some text that should come out, somehow.{}</body>",
            open.repeat(20_000),
            close.repeat(20_000)
        );
        let doc = extract(&page, &Options::default()).expect("extracts");
        assert!(
            doc.to_text().contains("Some text that should come out"),
            "{open}"
        );
    }
}

#[test]
fn fifty_megabyte_page() {
    let para =
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>\n";
    let mut page =
        String::from("<html><body><div class=\"nav\"><a href=\"/\">Home</a></div><article>");
    while page.len() < 50 * 1024 * 1024 {
        page.push_str(para);
    }
    page.push_str("</article></body></html>");
    let doc = extract(&page, &Options::default()).expect("extracts");
    assert!(doc.blocks.len() > 100_000);
}

#[test]
fn input_over_the_size_limit_is_refused() {
    let opts = Options::default().with_max_bytes(10);
    assert!(matches!(
        extract("<p>more than ten bytes</p>", &opts),
        Err(Error::TooLarge {
            size: 26,
            limit: 10
        })
    ));
}

#[test]
fn pages_without_content_give_an_empty_document() {
    for page in [
        "<html></html>",
        "<script>var a = 1;</script>",
        "<nav><a href=/>Home</a></nav>",
        "<!-- only a comment -->",
    ] {
        let doc = extract(page, &Options::default()).expect("not an error");
        assert!(doc.is_empty(), "{page}");
        assert_eq!(doc.confidence, 0.0);
    }
}

#[test]
fn odd_markup_does_not_panic() {
    let pages = [
        "<table><td><td><tr><th>x</table></th>",
        "<pre>\n\n\n</pre><pre></pre>",
        "<ul></ul><ol><li></li></ol>",
        "<a href='javascript:alert(1)'>x</a><img src='data:,'>",
        "<p>\u{0}\u{feff}\u{202e}text</p>",
        "<h1></h1><h2>  </h2><hr><hr>",
        "<svg><p>in svg</p></svg><math><mi>x</mi></math>",
        "<frameset><frame src=x></frameset>",
        "<template><p>hidden</p></template><p hidden>also hidden</p>",
    ];
    for page in pages {
        let _ = extract(page, &Options::default());
        let doc = extract_bytes(page.as_bytes(), None, &Options::default());
        if let Ok(doc) = doc {
            let _ = unboil::write::html(&doc, &Default::default());
            let _ = unboil::write::markdown(&doc, &Default::default());
            let _ = unboil::write::json(&doc, &Default::default());
        }
    }
}

/// Hostile pages, generated here. Each must give a document or a clear error,
/// within the per-page time budget (plus slack for a loaded CI machine: this
/// guards against hangs, it is not a speed target).
#[test]
fn hostile_corpus_is_handled_within_the_time_budget() {
    let budget = Duration::from_secs(10);
    let opts = Options::default().with_time_budget(Some(budget));
    let attrs: String = (0..100_000).map(|i| format!(" a{i}=1")).collect();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "<p>UTF-16 text with a byte order mark, long enough to keep.</p>".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let mut bad_utf8 = b"<meta charset=utf-8><p>".to_vec();
    for i in 0..100_000u32 {
        bad_utf8.push(0x80 | (i % 64) as u8);
        bad_utf8.extend_from_slice(b" word ");
    }
    let pages: Vec<(&str, Vec<u8>)> = vec![
        ("whitespace", b" \n\t\r ".repeat(1000)),
        ("nul bytes", vec![0u8; 10_000]),
        (
            "one 1 MB text node",
            format!("<p>{}</p>", "word ".repeat(200_000)).into_bytes(),
        ),
        (
            "one 1 MB word",
            format!("<p>{}", "x".repeat(1 << 20)).into_bytes(),
        ),
        ("200 000 nested divs", "<div>".repeat(200_000).into_bytes()),
        (
            "100 000 sibling paragraphs",
            "<p>A paragraph of text, with commas.</p>"
                .repeat(100_000)
                .into_bytes(),
        ),
        (
            "100 000 unclosed paragraphs",
            "<p>Unclosed paragraph, text".repeat(100_000).into_bytes(),
        ),
        (
            "unclosed tags of every kind",
            "<div><span><table><tr><td><ul><li><b><i><a href=x><select><option>"
                .repeat(5_000)
                .into_bytes(),
        ),
        (
            "misnested formatting",
            "<b><i>x</b></i>".repeat(100_000).into_bytes(),
        ),
        ("nested lists", "<ul><li>".repeat(100_000).into_bytes()),
        (
            "nested definition lists",
            "<dl><dt>".repeat(100_000).into_bytes(),
        ),
        ("2 000 deep grids of cards", {
            let cards =
                "<div class=c><a href=/x>A headline long enough to count</a></div>".repeat(4);
            let grid = format!(
                "{}<div>{cards}</div>{}",
                "<div>".repeat(150),
                "</div>".repeat(150)
            );
            grid.repeat(2_000).into_bytes()
        }),
        (
            "100 000 attributes",
            format!("<div{attrs}>text</div>").into_bytes(),
        ),
        (
            "100 000 unclosed comments",
            "<!--".repeat(100_000).into_bytes(),
        ),
        (
            "200 000 sibling divs",
            "<div>word word word word</div>"
                .repeat(200_000)
                .into_bytes(),
        ),
        (
            "50 000 captioned photo boxes in an article",
            format!(
                "<meta property=og:type content=article><article>{}</article>",
                "<div class=photo><img src=/p.jpg><p>A caption under the picture.</p></div><p>Text.</p>"
                    .repeat(50_000)
            )
            .into_bytes(),
        ),
        ("invalid UTF-8 declared UTF-8", bad_utf8),
        ("UTF-16 with BOM", utf16),
        (
            "unknown meta charset",
            b"<meta charset=\"x-martian\"><p>Text under an unknown label, long enough.</p>"
                .to_vec(),
        ),
        (
            "unterminated script",
            format!("<p>before</p><script>{}", "var x = '<p>';".repeat(50_000)).into_bytes(),
        ),
        (
            "unterminated attribute",
            format!("<div class=\"{}", "a ".repeat(500_000)).into_bytes(),
        ),
    ];
    for (name, page) in pages {
        let t = Instant::now();
        let result = extract_bytes(&page, None, &opts);
        let elapsed = t.elapsed();
        assert!(elapsed < budget * 3, "{name}: {elapsed:?}");
        match result {
            Ok(doc) => {
                let text = doc.to_text();
                assert!(!text.contains("<script"), "{name}");
                let _ = unboil::write::json(&doc, &Default::default());
            }
            Err(e) => assert!(!e.to_string().is_empty(), "{name}"),
        }
    }
}

#[test]
fn a_spent_time_budget_gives_a_partial_result_not_a_hang() {
    let page =
        "<article><p>A paragraph of text, with commas, long enough.</p></article>".repeat(20_000);
    let opts = Options::default().with_time_budget(Some(Duration::ZERO));
    let doc = extract(&page, &opts).expect("a result");
    assert!(doc.partial);
    let full = extract(&page, &Options::default().with_time_budget(None)).expect("a result");
    assert!(!full.partial);
    assert!(full.blocks.len() > 10_000);
}

#[test]
fn output_over_the_limit_is_cut_and_marked_partial() {
    let page =
        "<article><p>A paragraph of text, with commas, long enough.</p></article>".repeat(1_000);
    let opts = Options::default().with_max_output_bytes(1_000);
    let doc = extract(&page, &opts).expect("a result");
    assert!(doc.partial);
    let len = doc.to_text().len();
    assert!((1_000..1_200).contains(&len), "{len}");
    let json: serde_json::Value =
        serde_json::from_str(&unboil::write::json(&doc, &Default::default())).expect("json");
    assert_eq!(json["partial"], true);
}

#[test]
fn deeper_elements_are_flattened_not_lost() {
    let page = format!(
        "<body>{}<h2>Deep heading</h2><p>Deep text, with commas, survives flattening.</p>{}</body>",
        "<div>".repeat(50),
        "</div>".repeat(50)
    );
    let doc = extract(&page, &Options::default().with_max_depth(10)).expect("a result");
    assert!(doc
        .to_text()
        .contains("Deep text, with commas, survives flattening."));
    assert!(!doc.partial);
}

#[test]
fn unclosed_noscripts_read_as_markup_are_flattened_not_a_hang() {
    // Enough text outside `<noscript>` to pass, more inside it: the page is
    // read again with `<noscript>` as markup, where 200 000 unclosed ones
    // nest as deep as `<div>`s. The pre-scan must count them then (it
    // reads them as raw text for the first parse), or the parser's
    // quadratic corner runs into the time budget.
    let items: String = (0..100_000)
        .map(|i| format!("<noscript>&lt;b&gt;item {i} text text text &lt;i<noscript><div>x"))
        .collect();
    let page = format!(
        "<html><body><p>{}</p>{items}</body></html>",
        "intro words here ".repeat(60)
    );
    let doc = extract(&page, &Options::default()).expect("extracts");
    assert!(!doc.partial, "the time budget ran out");
    assert!(doc.to_text().contains("intro words here"));
}
