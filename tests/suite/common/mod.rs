//! A tiny HTTP/1.1 server on 127.0.0.1 for offline tests: every test starts
//! its own, with a routing function that sees the path and how many times it
//! was requested before.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server does for one request.
pub enum Reply {
    /// A complete response.
    Full {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Headers and the first bytes of the body, then silence for `stall`.
    Stall { stall: Duration },
    /// Read the request, never answer.
    Hang,
}

impl Reply {
    /// 200 with a content type.
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status: 200,
            headers: vec![("Content-Type", content_type.to_string())],
            body: body.into(),
        }
    }

    /// A status with an HTML body.
    pub fn status(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: vec![("Content-Type", "text/html".to_string())],
            body: format!("<p>status {status}</p>").into_bytes(),
        }
    }

    /// A redirect.
    pub fn redirect(to: &str) -> Reply {
        Reply::Full {
            status: 301,
            headers: vec![("Location", to.to_string())],
            body: Vec::new(),
        }
    }
}

/// A running server.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

impl Server {
    /// Starts a server answering with `route(path, earlier_hits)`.
    pub fn start(route: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let route = Arc::new(route);
        let hits2 = Arc::clone(&hits);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let route = Arc::clone(&route);
                let hits = Arc::clone(&hits2);
                std::thread::spawn(move || handle(stream, &*route, &hits));
            }
        });
        Server { base, hits }
    }

    /// URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// How often a path was requested.
    pub fn hits(&self, path: &str) -> usize {
        self.hits
            .lock()
            .map(|h| h.get(path).copied().unwrap_or(0))
            .unwrap_or(0)
    }
}

fn handle(
    mut stream: TcpStream,
    route: &(dyn Fn(&str, usize) -> Reply + Send + Sync),
    hits: &Mutex<HashMap<String, usize>>,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let req = String::from_utf8_lossy(&buf);
    let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
    let earlier = {
        let Ok(mut h) = hits.lock() else { return };
        let e = h.entry(path.clone()).or_insert(0);
        *e += 1;
        *e - 1
    };
    match route(&path, earlier) {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Length: {}\r\n",
                body.len()
            );
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
        Reply::Stall { stall } => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body><p>Start");
            let _ = stream.flush();
            std::thread::sleep(stall);
        }
        Reply::Hang => std::thread::sleep(Duration::from_secs(30)),
    }
}
