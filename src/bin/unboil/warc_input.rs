//! WARC input: the HTML response records of a `.warc` or `.warc.gz` file.
//!
//! Records are read with the `warc` crate; gzip files (one member per
//! record, as crawlers write them) are decompressed with flate2's multi-member
//! decoder. The archived HTTP response is split into status, headers and
//! body; chunked transfer coding and gzip/deflate content coding are undone.
//! Responses that are not HTML, and records that are not responses, are
//! skipped and counted. A record that cannot be read ends the file with an
//! error record (the reader cannot resynchronise after it).

use crate::source::{Source, WarcPage};
use std::io::{BufReader, Read};
use std::path::Path;
use warc::{RecordType, WarcHeader, WarcReader};

/// What a WARC file held besides the pages.
#[derive(Debug, Default, Clone, Copy)]
pub struct WarcCounts {
    /// HTML responses handed on for extraction.
    pub html: usize,
    /// Responses with a non-HTML content type.
    pub non_html: usize,
    /// Records of other types (warcinfo, request, metadata, ...).
    pub other: usize,
}

/// Reads `path`, calling `emit` for each HTML page (or read error), in order.
pub fn read_warc(path: &Path, mut emit: impl FnMut(Source)) -> std::io::Result<WarcCounts> {
    let mut file = std::fs::File::open(path)?;
    let mut magic = [0u8; 2];
    let n = file.read(&mut magic)?;
    drop(file);
    let file = std::fs::File::open(path)?;
    let reader: Box<dyn Read> = if n == 2 && magic == [0x1f, 0x8b] {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(file)
    };
    let mut counts = WarcCounts::default();
    let records = WarcReader::new(BufReader::with_capacity(1 << 20, reader)).iter_records();
    for (i, record) in records.enumerate() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                emit(Source::WarcError {
                    input: format!("{}#{}", path.display(), i + 1),
                    message: format!("unreadable WARC record: {e}"),
                });
                break;
            }
        };
        if *record.warc_type() != RecordType::Response {
            counts.other += 1;
            continue;
        }
        let target_uri = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim().to_string())
            .unwrap_or_default();
        let date = record.date().to_rfc3339();
        match parse_http(record.body()) {
            Some(resp) if resp.html => {
                counts.html += 1;
                emit(Source::Warc(WarcPage {
                    target_uri,
                    date,
                    status: resp.status,
                    charset: resp.charset,
                    body: resp.body,
                }));
            }
            Some(_) => counts.non_html += 1,
            None => {
                emit(Source::WarcError {
                    input: target_uri,
                    message: "malformed HTTP response in WARC record".to_string(),
                });
            }
        }
    }
    Ok(counts)
}

/// An archived HTTP response.
struct HttpResponse {
    status: Option<u16>,
    html: bool,
    charset: Option<String>,
    body: Vec<u8>,
}

fn parse_http(raw: &[u8]) -> Option<HttpResponse> {
    let (head_end, sep_len) = memchr::memmem::find(raw, b"\r\n\r\n")
        .map(|p| (p, 4))
        .or_else(|| memchr::memmem::find(raw, b"\n\n").map(|p| (p, 2)))?;
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok());
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = v.to_ascii_lowercase(),
            "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encoding = v.to_ascii_lowercase(),
            _ => {}
        }
    }
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let html = mime.is_empty() || mime == "text/html" || mime == "application/xhtml+xml";
    let charset = content_type.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim() == "charset").then(|| v.trim().trim_matches('"').to_string())
    });
    let mut body = raw[head_end + sep_len..].to_vec();
    if chunked {
        body = dechunk(&body);
    }
    body = match encoding.as_str() {
        "gzip" | "x-gzip" => inflate(flate2::read::MultiGzDecoder::new(&body[..])).unwrap_or(body),
        "deflate" => inflate(flate2::read::ZlibDecoder::new(&body[..])).unwrap_or(body),
        _ => body,
    };
    Some(HttpResponse {
        status,
        html,
        charset,
        body,
    })
}

fn inflate(mut r: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    r.read_to_end(&mut out).ok().map(|_| out)
}

/// Undoes chunked transfer coding; stops at the last chunk or at garbage.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    while let Some(line_end) = memchr::memmem::find(data, b"\r\n") {
        let size_str = String::from_utf8_lossy(&data[..line_end]);
        let Ok(size) = usize::from_str_radix(size_str.split(';').next().unwrap_or("").trim(), 16)
        else {
            break;
        };
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        let end = (start + size).min(data.len());
        out.extend_from_slice(&data[start..end]);
        data = data.get(end + 2..).unwrap_or(&[]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_and_headers() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
        let r = parse_http(raw).expect("parses");
        assert_eq!(r.status, Some(200));
        assert!(r.html);
        assert_eq!(r.charset.as_deref(), Some("iso-8859-1"));
        assert_eq!(r.body, b"hello world");
        let pdf = parse_http(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF")
            .expect("parses");
        assert!(!pdf.html);
        assert!(parse_http(b"garbage").is_none());
    }
}
