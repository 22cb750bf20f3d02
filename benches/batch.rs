//! Batch benchmark: the `unboil` binary fetching and extracting 2 000 URLs
//! from a local HTTP server that serves the fixtures, with
//! `--jsonl --concurrency 64 --per-host 64`.
//!
//! `cargo bench --bench batch [-- N_URLS]` prints pages/s, the wall time and
//! the binary's peak RSS (VmHWM, sampled from /proc while it runs). The
//! server runs in this process on its own threads, so the figure includes
//! loopback HTTP but no real network.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn serve(pages: Arc<Vec<Vec<u8>>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let pages = Arc::clone(&pages);
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let n = stream.read(&mut buf).unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]);
                let path = req.split_whitespace().nth(1).unwrap_or("/0");
                let i: usize = path.trim_start_matches("/p/").parse().unwrap_or(0);
                let body = &pages[i % pages.len()];
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body);
            });
        }
    });
    base
}

fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2000);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
        {
            if let Ok(b) = std::fs::read(p) {
                pages.push(b);
            }
        }
    }
    if pages.is_empty() {
        eprintln!("no fixtures found in {}", dir.display());
        return;
    }
    let base = serve(Arc::new(pages));
    let list: String = (0..n).map(|i| format!("{base}/p/{i}\n")).collect();
    let list_path = std::env::temp_dir().join(format!("unboil-bench-{}.txt", std::process::id()));
    if std::fs::write(&list_path, list).is_err() {
        eprintln!("cannot write {}", list_path.display());
        return;
    }
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_unboil"))
        .args([
            "--jsonl",
            "-q",
            "--concurrency",
            "64",
            "--per-host",
            "64",
            "--input-file",
        ])
        .arg(&list_path)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("cannot start unboil");
        return;
    };
    let pid = child.id();
    let mut out = Vec::new();
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let mut peak = 0;
    loop {
        if let Some(kb) = peak_rss_kb(pid) {
            peak = peak.max(kb);
        }
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let secs = start.elapsed().as_secs_f64();
    let out = reader.join().unwrap_or_default();
    let records = out.iter().filter(|&&b| b == b'\n').count();
    let errors = String::from_utf8_lossy(&out).matches("\"error\":").count();
    let _ = std::fs::remove_file(&list_path);
    println!("batch: {n} URLs, {records} records ({errors} errors) in {secs:.2} s");
    println!(
        "throughput: {:.0} pages/s at --concurrency 64",
        n as f64 / secs
    );
    println!("peak RSS of unboil: {:.1} MB", peak as f64 / 1024.0);
}
