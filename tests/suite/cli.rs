//! The `unboil` binary, driven as a user would: files, stdin, URLs served by
//! a local HTTP server started inside the test, output files, exit codes.

use crate::support::{bin, fixture};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Serves `routes` (path → (status line, content type, body)) on 127.0.0.1
/// for `requests` requests; returns the base URL.
fn serve(
    routes: Vec<(&'static str, &'static str, &'static str, Vec<u8>)>,
    requests: usize,
) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("local addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]);
            let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
            let (status, ctype, body) = routes
                .iter()
                .find(|r| r.0 == path)
                .map(|r| (r.1, r.2, r.3.clone()))
                .unwrap_or(("404 Not Found", "text/html", b"<p>not found</p>".to_vec()));
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}")
}

#[test]
fn file_to_stdout_is_the_golden_text() {
    let o = run(bin().arg(fixture("blog-code.html")));
    assert!(o.status.success(), "{}", stderr(&o));
    let want = std::fs::read_to_string(fixture("blog-code.txt")).expect("golden file");
    assert_eq!(stdout(&o), want);
}

#[test]
fn no_title_drops_the_first_line() {
    let o = run(bin().arg("--no-title").arg(fixture("div-soup.html")));
    assert!(stdout(&o).starts_with("The city council voted"));
}

#[test]
fn stdin_dash_and_no_argument_both_read_stdin() {
    for args in [vec!["-"], vec![]] {
        let mut child = bin()
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn");
        let page = std::fs::read(fixture("minimal-fragment.html")).expect("fixture");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(&page)
            .expect("write stdin");
        let o = child.wait_with_output().expect("wait");
        assert!(o.status.success());
        assert!(stdout(&o).starts_with("Release notes\n\nVersion 2.4 adds offline maps"));
    }
}

#[test]
fn json_output_has_metadata_and_text() {
    let o = run(bin()
        .args(["--format", "json"])
        .arg(fixture("jsonld-metadata.html")));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["title"], "Why sourdough needs time");
    assert_eq!(v["author"], "Hugo Brandt");
    assert!(v["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Commercial yeast")));
    assert!(v["markdown"].is_string());
    assert!(v["html"].is_null());
    let o = run(bin()
        .args(["--format", "json", "--json-html"])
        .arg(fixture("jsonld-metadata.html")));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert!(v["markdown"].is_null());
    assert!(v["html"]
        .as_str()
        .is_some_and(|h| h.starts_with("<article>\n<p>Commercial yeast")));
    for key in [
        "date",
        "site_name",
        "language",
        "url",
        "description",
        "image",
        "confidence",
        "page_type",
    ] {
        assert!(v.get(key).is_some(), "missing field {key}");
    }
}

#[test]
fn output_dir_writes_one_file_per_input_with_the_format_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (format, ext) in [
        ("text", "txt"),
        ("markdown", "md"),
        ("html", "html"),
        ("json", "json"),
    ] {
        let o = run(bin()
            .args(["--format", format, "--output-dir"])
            .arg(dir.path())
            .arg(fixture("recipe.html"))
            .arg(fixture("product.html")));
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(o.stdout.is_empty());
        for stem in ["recipe", "product"] {
            let p = dir.path().join(format!("{stem}.{ext}"));
            let content =
                std::fs::read_to_string(&p).unwrap_or_else(|_| panic!("{} written", p.display()));
            assert!(!content.is_empty());
        }
    }
    let md = std::fs::read_to_string(dir.path().join("recipe.md")).expect("md");
    assert_eq!(
        md,
        std::fs::read_to_string(fixture("recipe.md")).expect("golden md")
    );
}

#[test]
fn output_file_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.md");
    let o = run(bin()
        .args(["-f", "markdown", "-o"])
        .arg(&out)
        .arg(fixture("tables-lists.html")));
    assert!(o.status.success());
    let md = std::fs::read_to_string(out).expect("written");
    assert!(md.contains("| Model | Usable capacity | Round-trip efficiency | Price (installed) |"));
}

#[test]
fn links_flag_keeps_links_resolved_against_base_url() {
    let o = run(bin()
        .args([
            "-f",
            "markdown",
            "--links",
            "--base-url",
            "https://railroad.example/trains/x",
        ])
        .arg(fixture("ads-split.html")));
    assert!(!stdout(&o).contains("](/"), "relative link left unresolved");
    let o = run(bin()
        .args(["-f", "markdown", "--links"])
        .arg(fixture("docs-sidebar.html")));
    assert!(o.status.success());
}

#[test]
fn missing_file_fails_with_exit_1_and_names_the_input_but_others_still_run() {
    let o = run(bin()
        .arg("/no/such/page.html")
        .arg(fixture("minimal-fragment.html")));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/page.html"), "{}", stderr(&o));
    assert!(stdout(&o).contains("Release notes"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(bin().arg("--no-such-flag")).status.code(), Some(2));
    assert_eq!(
        run(bin().args(["--format", "pdf", "x.html"])).status.code(),
        Some(2)
    );
}

#[test]
fn empty_and_binary_files_are_clear_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, b"").expect("write");
    let binary = dir.path().join("blob.html");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2]).expect("write");
    let o = run(bin().arg(&empty).arg(&binary));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("empty.html: input is empty"), "{err}");
    assert!(err.contains("blob.html: input is binary"), "{err}");
}

#[test]
fn fetches_urls_from_a_local_server() {
    let page = std::fs::read(fixture("german-news.html")).expect("fixture");
    let latin1 = b"<html><body><article><p>Na\xefve caf\xe9 owners, as the story goes, serve cr\xe8me br\xfbl\xe9e all day long.</p></article></body></html>".to_vec();
    let base = serve(
        vec![
            ("/artikel", "200 OK", "text/html; charset=utf-8", page),
            ("/latin1", "200 OK", "text/html; charset=ISO-8859-1", latin1),
            (
                "/report.pdf",
                "200 OK",
                "application/pdf",
                b"%PDF-1.4".to_vec(),
            ),
        ],
        4,
    );
    let o = run(bin()
        .arg(format!("{base}/artikel"))
        .arg(format!("{base}/latin1"))
        .arg(format!("{base}/report.pdf"))
        .arg(format!("{base}/missing")));
    let out = stdout(&o);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        out.starts_with("Hitzewelle: Städte öffnen kühle Räume für Ältere"),
        "{out}"
    );
    assert!(
        out.contains("Naïve café owners"),
        "charset from the header: {out}"
    );
    assert!(
        err.contains("/report.pdf: not HTML (Content-Type: application/pdf)"),
        "{err}"
    );
    assert!(err.contains("/missing: HTTP status 404"), "{err}");
}

#[test]
fn non_http_scheme_is_refused() {
    let o = run(bin().arg("ftp://example.com/page.html"));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn favor_is_another_name_for_focus() {
    for value in ["precision", "recall"] {
        let focus = run(bin()
            .args(["--focus", value])
            .arg(fixture("ads-split.html")));
        let favor = run(bin()
            .args(["--favor", value])
            .arg(fixture("ads-split.html")));
        assert!(focus.status.success() && favor.status.success());
        assert_eq!(stdout(&focus), stdout(&favor), "{value}");
    }
    let bad = run(bin()
        .args(["--favor", "everything"])
        .arg(fixture("ads-split.html")));
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
}
