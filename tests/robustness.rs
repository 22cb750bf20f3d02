//! No panic, bounded time and a clear result on hostile input.

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
    // Without NULs it is "text": garbage in, no panic out.
    let no_nul: Vec<u8> = bytes.iter().map(|&b| b.max(1)).collect();
    let _ = extract_bytes(&no_nul, None, &Options::default());
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
fn hundred_thousand_nested_divs() {
    let depth = 100_000;
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
