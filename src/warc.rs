//! WARC input: the HTML response records of a `.warc` or `.warc.gz` stream.
//!
//! Records are read one at a time with the `warc` crate's streaming reader,
//! so a record's body is only loaded when it is an HTTP response no larger
//! than the caller's limit; gzip files (one member per record, as crawlers
//! write them) are decompressed with flate2's multi-member decoder. The
//! archived HTTP response is split into status, headers and body; chunked
//! transfer coding and gzip/deflate content coding are undone, with the
//! decoded size capped by the same limit (a compression bomb becomes an
//! error item, not an allocation). Responses that are not HTML and records
//! that are not responses are counted and skipped. This module does not
//! extract: it hands bodies on.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use warc::{BufferedBody, Record, RecordType, WarcHeader, WarcReader};

/// An HTML page taken from a WARC response record.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WarcPage {
    /// `WARC-Target-URI`.
    pub target_uri: String,
    /// `WARC-Date`, RFC 3339.
    pub date: String,
    /// HTTP status of the archived response.
    pub status: Option<u16>,
    /// Charset from the archived `Content-Type`.
    pub charset: Option<String>,
    /// The decoded (de-chunked, decompressed) body.
    pub body: Vec<u8>,
}

/// One item of a WARC stream, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarcItem {
    /// An HTML response.
    Page(WarcPage),
    /// A response record that could not be used: malformed HTTP, a body over
    /// the limit, or a record the reader could not parse (which ends the
    /// stream: the reader cannot resynchronise after it).
    Unusable {
        /// 1-based position of the record in the stream.
        record: usize,
        /// `WARC-Target-URI`, when the header was readable.
        target_uri: Option<String>,
        /// What went wrong.
        message: String,
    },
}

/// What a WARC stream held besides the pages.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct WarcCounts {
    /// HTML responses handed on for extraction.
    pub html: usize,
    /// Responses with a non-HTML content type.
    pub non_html: usize,
    /// Records of other types (warcinfo, request, metadata, ...).
    pub other: usize,
    /// Response records refused (see [`WarcItem::Unusable`]).
    pub unusable: usize,
}

/// Opens `path` and reads it with [`read`].
pub fn read_path(
    path: &Path,
    max_body: usize,
    emit: impl FnMut(WarcItem),
) -> std::io::Result<WarcCounts> {
    read(std::fs::File::open(path)?, max_body, emit)
}

/// Reads a WARC stream (gzip-compressed or not: told by its first bytes),
/// calling `emit` for each HTML page or unusable response, in order. Record
/// bodies and decoded HTTP bodies over `max_body` bytes are refused.
///
/// ```
/// let body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>";
/// let warc = format!(
///     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/\r\n\
///      WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
///      Content-Length: {}\r\n\r\n{}\r\n\r\n", body.len(), body);
/// let mut pages = Vec::new();
/// let counts = unboil::warc::read(warc.as_bytes(), 1 << 20, |item| pages.push(item))?;
/// assert_eq!(counts.html, 1);
/// let unboil::warc::WarcItem::Page(page) = &pages[0] else { panic!() };
/// assert_eq!(page.body, b"<p>Hi</p>");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn read(
    reader: impl Read,
    max_body: usize,
    mut emit: impl FnMut(WarcItem),
) -> std::io::Result<WarcCounts> {
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::MultiGzDecoder::new(reader))
    } else {
        Box::new(reader)
    };
    let mut warc = WarcReader::new(BufReader::with_capacity(1 << 20, reader));
    let mut records = warc.stream_records();
    let mut counts = WarcCounts::default();
    let mut index = 0usize;
    while let Some(record) = records.next_item() {
        index += 1;
        let mut unusable = |target_uri: Option<String>, message: String| {
            counts.unusable += 1;
            emit(WarcItem::Unusable {
                record: index,
                target_uri,
                message,
            });
        };
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                unusable(None, format!("unreadable WARC record: {e}"));
                break;
            }
        };
        if *record.warc_type() != RecordType::Response {
            counts.other += 1;
            continue;
        }
        // The target URI is read from the raw header after buffering: the
        // warc crate's `header()` panics on a value that is not UTF-8.
        let size = record.content_length();
        if size > max_body as u64 {
            unusable(
                None,
                format!("record of {size} bytes is over the limit of {max_body}"),
            );
            continue;
        }
        let record: Record<BufferedBody> = match record.into_buffered() {
            Ok(r) => r,
            Err(e) => {
                unusable(None, format!("unreadable WARC record: {e}"));
                break;
            }
        };
        let date = record.date().to_rfc3339();
        let (header, body) = record.into_raw_parts();
        let target_uri = header
            .as_ref()
            .get(&WarcHeader::TargetURI)
            .map(|u| String::from_utf8_lossy(u).trim().to_string())
            .unwrap_or_default();
        if (body.len() as u64) < size {
            unusable(
                Some(target_uri),
                format!("truncated WARC record: {} of {size} bytes", body.len()),
            );
            break;
        }
        match parse_http(&body, max_body) {
            Ok(resp) if resp.html => {
                counts.html += 1;
                emit(WarcItem::Page(WarcPage {
                    target_uri,
                    date,
                    status: resp.status,
                    charset: resp.charset,
                    body: resp.body,
                }));
            }
            Ok(_) => counts.non_html += 1,
            Err(message) => unusable(Some(target_uri), message),
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

fn parse_http(raw: &[u8], max_body: usize) -> Result<HttpResponse, String> {
    const MALFORMED: &str = "malformed HTTP response in WARC record";
    let (head_end, sep_len) = memchr::memmem::find(raw, b"\r\n\r\n")
        .map(|p| (p, 4))
        .or_else(|| memchr::memmem::find(raw, b"\n\n").map(|p| (p, 2)))
        .ok_or(MALFORMED)?;
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().ok_or(MALFORMED)?;
    if !status_line.starts_with("HTTP/") {
        return Err(MALFORMED.to_string());
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
    let mime = content_type.split(';').next().unwrap_or("").trim();
    let html = mime.is_empty() || mime == "text/html" || mime == "application/xhtml+xml";
    let charset = content_type.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim() == "charset").then(|| v.trim().trim_matches('"').to_string())
    });
    let mut body = raw[head_end + sep_len..].to_vec();
    if chunked {
        body = dechunk(&body);
    }
    if html {
        body = match encoding.as_str() {
            "gzip" | "x-gzip" => {
                inflate(flate2::read::MultiGzDecoder::new(&body[..]), max_body)?.unwrap_or(body)
            }
            "deflate" => {
                inflate(flate2::read::ZlibDecoder::new(&body[..]), max_body)?.unwrap_or(body)
            }
            _ => body,
        };
    }
    Ok(HttpResponse {
        status,
        html,
        charset,
        body,
    })
}

/// Decompresses at most `max` bytes: `Ok(None)` when the data is not
/// compressed after all (the body is then used as it is), an error when the
/// decoded body is over `max`.
fn inflate(r: impl Read, max: usize) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::new();
    match r.take(max as u64 + 1).read_to_end(&mut out) {
        Ok(_) if out.len() > max => Err(format!(
            "decompressed body is over the limit of {max} bytes"
        )),
        Ok(_) => Ok(Some(out)),
        Err(_) => Ok(None),
    }
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
        let end = start.saturating_add(size).min(data.len());
        out.extend_from_slice(&data[start..end]);
        data = data.get(end + 2..).unwrap_or(&[]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn chunked_and_headers() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
        let r = parse_http(raw, 1000).expect("parses");
        assert_eq!(r.status, Some(200));
        assert!(r.html);
        assert_eq!(r.charset.as_deref(), Some("iso-8859-1"));
        assert_eq!(r.body, b"hello world");
        let pdf = parse_http(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF",
            1000,
        )
        .expect("parses");
        assert!(!pdf.html);
        assert!(parse_http(b"garbage", 1000).is_err());
    }

    #[test]
    fn compressed_bodies_are_capped_by_decoded_size() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 10_000_000]).expect("gzip");
        let bomb = gz.finish().expect("gzip");
        assert!(bomb.len() < 50_000);
        let mut raw =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
                .to_vec();
        raw.extend_from_slice(&bomb);
        let err = parse_http(&raw, 1_000_000).err().expect("refused");
        assert!(err.contains("over the limit"), "{err}");
        assert!(parse_http(&raw, 20_000_000).is_ok());
    }

    #[test]
    fn oversized_records_become_items_and_the_stream_goes_on() {
        let record = |uri: &str, body: &str| {
            format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n\
                 WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n\
                 Content-Length: {}\r\n\r\n{body}\r\n\r\n",
                body.len()
            )
        };
        let big = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{}",
            "x".repeat(5000)
        );
        let small = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>small</p>";
        let warc = record("https://a.example/", &big) + &record("https://b.example/", small);
        let mut items = Vec::new();
        let counts = read(warc.as_bytes(), 1000, |i| items.push(i)).expect("reads");
        assert_eq!(counts.html, 1);
        assert_eq!(counts.unusable, 1);
        assert!(matches!(
            &items[0],
            WarcItem::Unusable {
                record: 1,
                target_uri: None,
                ..
            }
        ));
        assert!(matches!(&items[1], WarcItem::Page(p) if p.body == b"<p>small</p>"));
    }

    #[test]
    fn a_target_uri_that_is_not_utf8_is_read_lossily() {
        // Found by fuzzing: the warc crate's header() panics on such a value.
        let body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hi</p>";
        let mut warc = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:1>\r\nContent-Length: {}\r\nWARC-Target-URI: https://e.example/",
            body.len()
        )
        .into_bytes();
        warc.extend_from_slice(b"\xff\xfe\r\n\r\n");
        warc.extend_from_slice(body);
        warc.extend_from_slice(b"\r\n\r\n");
        let mut items = Vec::new();
        read(&warc[..], 1000, |i| items.push(i)).expect("reads");
        assert!(
            matches!(&items[..], [WarcItem::Page(p)] if p.target_uri.starts_with("https://e.example/")),
            "{items:?}"
        );
    }
}
