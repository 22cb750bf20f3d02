//! Batch mode end to end: input lists, JSON Lines with one record per input
//! in input order, error kinds, robots.txt, --skip-existing, WARC input.

use crate::common::{Reply, Server};
use crate::support::{self, bin};
use std::io::Write;
use std::process::Output;
use std::time::Duration;

/// `fixtures/<name>` as the string the JSON Lines records echo back.
fn fixture(name: &str) -> String {
    support::fixture(name).display().to_string()
}

fn records(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn kind(r: &serde_json::Value) -> &str {
    r["error"]["kind"].as_str().unwrap_or("ok")
}

const PAGE: &str = "<html><head><title>Batch page</title></head><body><article><p>A page long enough, with commas, clauses, and words, to be an article body.</p></article></body></html>";

#[test]
fn two_hundred_mixed_inputs_give_two_hundred_records_in_order() {
    let s = Server::start(|p, n| {
        if p.starts_with("/ok") {
            Reply::ok("text/html", PAGE)
        } else if p.starts_with("/missing") {
            Reply::status(404)
        } else if p.starts_with("/pdf") {
            Reply::ok("application/pdf", "%PDF")
        } else if p.starts_with("/flaky") {
            if n == 0 {
                Reply::status(503)
            } else {
                Reply::ok("text/html", PAGE)
            }
        } else if p.starts_with("/slow") {
            Reply::Stall {
                stall: Duration::from_secs(4),
            }
        } else if p.starts_with("/loop") {
            Reply::redirect(p)
        } else {
            Reply::status(500)
        }
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, b"").expect("write");
    let mut lines = Vec::new();
    let mut want = Vec::new();
    for i in 0..200 {
        let (line, k) = match i % 10 {
            0..=2 => (s.url(&format!("/ok/{i}")), "ok"),
            3 => (s.url(&format!("/missing/{i}")), "http_status"),
            4 => (s.url(&format!("/pdf/{i}")), "not_html"),
            5 => (s.url(&format!("/flaky/{i}")), "ok"),
            6 => (
                if i % 20 == 6 {
                    s.url(&format!("/slow/{i}"))
                } else {
                    s.url(&format!("/loop/{i}"))
                },
                if i % 20 == 6 { "timeout" } else { "redirects" },
            ),
            7 => (fixture("recipe.html"), "ok"),
            8 => (format!("/no/such/file/{i}.html"), "io"),
            _ => (empty.display().to_string(), "empty"),
        };
        lines.push(line);
        want.push(k);
    }
    let list = dir.path().join("inputs.txt");
    let mut f = std::fs::File::create(&list).expect("list");
    writeln!(f, "# a comment line\n").expect("write");
    for l in &lines {
        writeln!(f, "{l}").expect("write");
    }
    drop(f);
    let o = bin()
        .args([
            "--jsonl",
            "--timeout",
            "1",
            "--retries",
            "1",
            "--concurrency",
            "32",
            "--per-host",
            "16",
            "-q",
            "--input-file",
        ])
        .arg(&list)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1), "some inputs failed");
    let recs = records(&o);
    assert_eq!(recs.len(), 200);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["input"], lines[i].as_str(), "record {i} out of order");
        assert_eq!(kind(r), want[i], "record {i}: {r}");
        if want[i] == "ok" {
            assert!(
                r["text"].as_str().is_some_and(|t| !t.is_empty()),
                "record {i}: {r}"
            );
        } else {
            assert!(r["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()));
        }
    }
    let ok_url = &recs[0];
    assert_eq!(ok_url["status"], 200);
    assert_eq!(ok_url["title"], "Batch page");
    assert_eq!(ok_url["url"], lines[0].as_str());
    assert!(ok_url["final_url"].is_string());
}

#[test]
fn unordered_still_gives_one_record_per_input() {
    let s = Server::start(|p, _| {
        if p == "/slow" {
            std::thread::sleep(Duration::from_millis(500));
        }
        Reply::ok("text/html", PAGE)
    });
    let o = bin()
        .args(["--jsonl", "--unordered"])
        .arg(s.url("/slow"))
        .arg(s.url("/fast"))
        .output()
        .expect("runs");
    let recs = records(&o);
    assert_eq!(recs.len(), 2);
    assert_eq!(
        recs[0]["input"],
        s.url("/fast").as_str(),
        "finished first, written first"
    );
    let summary = String::from_utf8_lossy(&o.stderr);
    assert!(summary.contains("2 ok, 0 failed"), "{summary}");
}

#[test]
fn robots_txt_is_respected_when_asked() {
    let s = Server::start(|p, _| match p {
        "/robots.txt" => Reply::ok("text/plain", "User-agent: *\nDisallow: /private/\n"),
        _ => Reply::ok("text/html", PAGE),
    });
    let run = |robots: bool| {
        let mut c = bin();
        c.arg("--jsonl")
            .arg(s.url("/public/a"))
            .arg(s.url("/private/b"));
        if robots {
            c.arg("--respect-robots");
        }
        records(&c.output().expect("runs"))
    };
    let recs = run(true);
    assert_eq!(kind(&recs[0]), "ok");
    assert_eq!(kind(&recs[1]), "robots");
    let recs = run(false);
    assert_eq!(kind(&recs[1]), "ok");
}

#[test]
fn skip_existing_resumes_an_interrupted_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out");
    let first = bin()
        .arg("--output-dir")
        .arg(&out)
        .arg(fixture("recipe.html"))
        .output()
        .expect("runs");
    assert!(first.status.success());
    std::fs::write(out.join("recipe.txt"), "kept").expect("write");
    let second = bin()
        .args(["--skip-existing", "--output-dir"])
        .arg(&out)
        .arg(fixture("recipe.html"))
        .arg(fixture("product.html"))
        .output()
        .expect("runs");
    assert!(second.status.success());
    assert_eq!(
        std::fs::read_to_string(out.join("recipe.txt")).expect("read"),
        "kept"
    );
    assert!(out.join("product.txt").exists());
    assert!(String::from_utf8_lossy(&second.stderr).contains("1 skipped"));
}

/// One WARC record.
fn warc_record(kind: &str, uri: &str, payload: &[u8], declared_len: Option<usize>) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-4000-8000-000000000000>\r\nWARC-Date: 2024-03-14T09:12:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        uri.len() + payload.len(),
        declared_len.unwrap_or(payload.len())
    )
    .into_bytes();
    r.extend_from_slice(payload);
    if declared_len.is_none() {
        r.extend_from_slice(b"\r\n\r\n");
    }
    r
}

fn http(content_type: &str, extra: &str, body: &[u8]) -> Vec<u8> {
    let mut h =
        format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{extra}\r\n").into_bytes();
    h.extend_from_slice(body);
    h
}

fn sample_warc(truncated: bool) -> Vec<Vec<u8>> {
    let page = PAGE.as_bytes();
    let mut chunked = format!("{:x}\r\n", page.len()).into_bytes();
    chunked.extend_from_slice(page);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(
        std::fs::read(fixture("german-news.html"))
            .expect("fixture")
            .as_slice(),
    )
    .expect("gzip");
    let gz = gz.finish().expect("gzip");
    let mut recs = vec![
        warc_record("warcinfo", "", b"software: test\r\n", None),
        warc_record(
            "response",
            "https://example.com/one",
            &http("text/html", "", page),
            None,
        ),
        warc_record(
            "response",
            "https://example.com/doc.pdf",
            &http("application/pdf", "", b"%PDF-1.7"),
            None,
        ),
        warc_record(
            "response",
            "https://example.com/chunked",
            &http(
                "text/html; charset=utf-8",
                "Transfer-Encoding: chunked\r\n",
                &chunked,
            ),
            None,
        ),
        warc_record(
            "response",
            "https://example.de/artikel",
            &http("text/html", "Content-Encoding: gzip\r\n", &gz),
            None,
        ),
    ];
    if truncated {
        recs.push(warc_record(
            "response",
            "https://example.com/cut",
            &http("text/html", "", b"<p>cut short"),
            Some(5000),
        ));
    }
    recs
}

#[test]
fn warc_html_records_are_extracted_others_skipped_and_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = dir.path().join("crawl.warc");
    std::fs::write(&plain, sample_warc(false).concat()).expect("write");
    // The same records as a .warc.gz: one gzip member per record.
    let gzpath = dir.path().join("crawl.warc.gz");
    let mut members = Vec::new();
    for r in sample_warc(false) {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&r).expect("gzip");
        members.extend(gz.finish().expect("gzip"));
    }
    std::fs::write(&gzpath, members).expect("write");
    for path in [&plain, &gzpath] {
        let o = bin()
            .arg("--jsonl")
            .arg("--warc")
            .arg(path)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{err}");
        let recs = records(&o);
        let urls: Vec<&str> = recs.iter().filter_map(|r| r["url"].as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://example.com/one",
                "https://example.com/chunked",
                "https://example.de/artikel"
            ],
            "{path:?}"
        );
        assert!(recs
            .iter()
            .all(|r| r["warc_date"] == "2024-03-14T09:12:00+00:00"));
        assert!(recs[1]["text"]
            .as_str()
            .is_some_and(|t| t.contains("with commas")));
        assert_eq!(
            recs[2]["title"],
            "Hitzewelle: Städte öffnen kühle Räume für Ältere"
        );
        assert!(err.contains("3 ok, 0 failed"), "{err}");
        assert!(
            err.contains("1 non-HTML responses and 1 other records skipped"),
            "{err}"
        );
    }
}

#[test]
fn truncated_warc_record_gives_an_error_record_not_a_silent_drop() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("cut.warc");
    std::fs::write(&path, sample_warc(true).concat()).expect("write");
    let o = bin()
        .arg("--jsonl")
        .arg("--warc")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1));
    let recs = records(&o);
    assert_eq!(recs.len(), 4, "three pages and one error record");
    assert_eq!(kind(&recs[3]), "warc");
}

#[test]
fn input_list_from_stdin_and_missing_list_file() {
    use std::process::Stdio;
    let mut child = bin()
        .args(["--jsonl", "-q", "--input-file", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let list = format!(
        "{}\n\n# comment\n{}\n",
        fixture("recipe.html"),
        fixture("product.html")
    );
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(list.as_bytes())
        .expect("write");
    let o = child.wait_with_output().expect("wait");
    let recs = records(&o);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["input"], fixture("product.html").as_str());
    assert_eq!(recs[1]["page_type"], "product");
    let o = bin()
        .args(["--input-file", "/no/such/list.txt"])
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read input list /no/such/list.txt"));
}
