//! The fetcher against a local server: redirects, loops, errors, retries,
//! Retry-After, timeouts, size cap, content types, charsets, compression.

use crate::common::{Reply, Server};
use std::io::Write;
use std::time::{Duration, Instant};
use unboil::fetch::{client, fetch, FetchConfig, FetchError, Fetched};

fn cfg() -> FetchConfig {
    let mut c = FetchConfig::default();
    c.timeout = Duration::from_secs(2);
    c.connect_timeout = Duration::from_secs(2);
    c.backoff = Duration::from_millis(20);
    c
}

fn get(url: &str, cfg: &FetchConfig) -> Result<Fetched, FetchError> {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let c = client(cfg).expect("client");
    rt.block_on(fetch(&c, url, cfg))
}

const PAGE: &str = "<html><head><title>T</title></head><body><article><p>A page long enough, with commas, to be an article body.</p></article></body></html>";

#[test]
fn ok_page() {
    let s = Server::start(|_, _| Reply::ok("text/html; charset=utf-8", PAGE));
    let f = get(&s.url("/a"), &cfg()).expect("fetched");
    assert_eq!(f.status, 200);
    assert_eq!(f.body, PAGE.as_bytes());
    assert_eq!(f.charset.as_deref(), Some("utf-8"));
}

#[test]
fn redirect_is_followed() {
    let s = Server::start(|p, _| match p {
        "/old" => Reply::redirect("/new"),
        _ => Reply::ok("text/html", PAGE),
    });
    let f = get(&s.url("/old"), &cfg()).expect("fetched");
    assert!(f.final_url.as_str().ends_with("/new"), "{}", f.final_url);
}

#[test]
fn redirect_loop_is_refused() {
    let s = Server::start(|p, _| match p {
        "/a" => Reply::redirect("/b"),
        _ => Reply::redirect("/a"),
    });
    let e = get(&s.url("/a"), &cfg()).expect_err("loop");
    assert_eq!(e.kind(), "redirects", "{e}");
    assert!(s.hits("/a") <= 2, "loop detected early, not after 10 hops");
}

#[test]
fn not_found_is_a_status_error_naming_the_url() {
    let s = Server::start(|_, _| Reply::status(404));
    let url = s.url("/missing");
    let e = get(&url, &cfg()).expect_err("404");
    assert!(matches!(e, FetchError::Status { status: 404, .. }));
    assert_eq!(e.to_string(), format!("{url}: HTTP status 404"));
    assert_eq!(s.hits("/missing"), 1, "4xx other than 429 is not retried");
}

#[test]
fn server_error_then_success_is_retried() {
    let s = Server::start(|_, n| {
        if n == 0 {
            Reply::status(500)
        } else {
            Reply::ok("text/html", PAGE)
        }
    });
    let f = get(&s.url("/flaky"), &cfg()).expect("retried");
    assert_eq!(f.status, 200);
    assert_eq!(s.hits("/flaky"), 2);
}

#[test]
fn retries_are_bounded() {
    let s = Server::start(|_, _| Reply::status(503));
    let e = get(&s.url("/down"), &cfg()).expect_err("gives up");
    assert_eq!(e.kind(), "http_status");
    assert_eq!(s.hits("/down"), 3, "one try and two retries");
}

#[test]
fn too_many_requests_honours_retry_after() {
    let s = Server::start(|_, n| {
        if n == 0 {
            Reply::Full {
                status: 429,
                headers: vec![("Retry-After", "1".to_string())],
                body: Vec::new(),
            }
        } else {
            Reply::ok("text/html", PAGE)
        }
    });
    let t = Instant::now();
    let f = get(&s.url("/busy"), &cfg()).expect("retried after waiting");
    assert_eq!(f.status, 200);
    assert!(
        t.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        t.elapsed()
    );
}

#[test]
fn retry_after_beyond_the_cap_gives_up_at_once() {
    let s = Server::start(|_, _| Reply::Full {
        status: 429,
        headers: vec![("Retry-After", "3600".to_string())],
        body: Vec::new(),
    });
    let t = Instant::now();
    let e = get(&s.url("/later"), &cfg()).expect_err("gives up");
    assert_eq!(e.kind(), "http_status");
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[test]
fn slow_body_hits_the_timeout() {
    let s = Server::start(|_, _| Reply::Stall {
        stall: Duration::from_secs(5),
    });
    let mut c = cfg();
    c.timeout = Duration::from_secs(1);
    let t = Instant::now();
    let e = get(&s.url("/slow"), &c).expect_err("times out");
    assert_eq!(e.kind(), "timeout", "{e}");
    assert!(t.elapsed() < Duration::from_secs(4));
}

#[test]
fn body_over_the_cap_is_refused() {
    let s = Server::start(|_, _| Reply::ok("text/html", vec![b'x'; 50_000]));
    let mut c = cfg();
    c.max_bytes = 10_000;
    let e = get(&s.url("/big"), &c).expect_err("too large");
    assert_eq!(e.kind(), "too_large");
}

#[test]
fn pdf_is_refused_as_not_html() {
    let s = Server::start(|_, _| Reply::ok("application/pdf", "%PDF-1.7"));
    let e = get(&s.url("/doc.pdf"), &cfg()).expect_err("not html");
    assert_eq!(e.kind(), "not_html");
    assert!(e
        .to_string()
        .ends_with("not HTML (Content-Type: application/pdf)"));
}

#[test]
fn latin1_declared_only_in_the_header() {
    let body = b"<html><body><article><p>Un caf\xe9 cr\xe8me, s'il vous pla\xeet, et une tarte aux pommes, merci.</p></article></body></html>".to_vec();
    let s = Server::start(move |_, _| Reply::ok("text/html; charset=ISO-8859-1", body.clone()));
    let f = get(&s.url("/fr"), &cfg()).expect("fetched");
    let doc = unboil::extract_bytes(&f.body, f.charset.as_deref(), &Default::default())
        .expect("extracts");
    assert!(
        doc.to_text().contains("Un café crème, s'il vous plaît"),
        "{}",
        doc.to_text()
    );
}

/// A server that sends `plain` gzip-compressed at `/gz` and brotli-compressed
/// at `/br`; also returns the two compressed sizes.
fn compressed_server(plain: &[u8]) -> (Server, usize, usize) {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(plain).expect("gzip");
    let gz = gz.finish().expect("gzip");
    let mut br = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut br, 4096, 5, 22);
        w.write_all(plain).expect("brotli");
    }
    let sizes = (gz.len(), br.len());
    let s = Server::start(move |p, _| {
        let (enc, body) = if p == "/gz" {
            ("gzip", gz.clone())
        } else {
            ("br", br.clone())
        };
        Reply::Full {
            status: 200,
            headers: vec![
                ("Content-Type", "text/html".to_string()),
                ("Content-Encoding", enc.to_string()),
            ],
            body,
        }
    });
    (s, sizes.0, sizes.1)
}

#[test]
fn gzip_and_brotli_bodies_are_decoded() {
    let (s, _, _) = compressed_server(PAGE.as_bytes());
    for path in ["/gz", "/br"] {
        let f = get(&s.url(path), &cfg()).expect("fetched");
        assert_eq!(f.body, PAGE.as_bytes(), "{path}");
    }
}

#[test]
fn compression_bombs_are_capped_by_decoded_size() {
    // 64 MB of spaces: about 64 KB gzipped, 50 bytes as brotli.
    let (s, gz, br) = compressed_server(&vec![b' '; 64 * 1024 * 1024]);
    assert!(gz < 1024 * 1024 && br < 1024 * 1024);
    let mut c = cfg();
    c.max_bytes = 4 * 1024 * 1024;
    for path in ["/gz", "/br"] {
        let e = get(&s.url(path), &c).expect_err("refused");
        assert_eq!(e.kind(), "too_large", "{path}: {e}");
    }
}

#[test]
fn host_that_never_answers_times_out() {
    // A listener that accepts connections (kernel backlog) but never replies.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/", listener.local_addr().expect("addr"));
    let mut c = cfg();
    c.timeout = Duration::from_secs(1);
    let t = Instant::now();
    let e = get(&url, &c).expect_err("times out");
    assert_eq!(e.kind(), "timeout", "{e}");
    assert!(t.elapsed() < Duration::from_secs(5));
    drop(listener);
}

#[test]
fn non_http_schemes_are_refused() {
    let e = get("file:///etc/passwd", &cfg()).expect_err("refused");
    assert_eq!(e.kind(), "scheme");
    let e = get("not a url", &cfg()).expect_err("refused");
    assert_eq!(e.kind(), "invalid_url");
}
