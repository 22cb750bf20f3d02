//! Bytes to text: which character encoding a page is in.
//!
//! Decides the encoding in the order browsers do: a byte-order mark, then the
//! charset the transport declared (HTTP `Content-Type`), then a `<meta charset>`
//! or `http-equiv` declaration in the first 4 KiB, then valid UTF-8, and
//! finally chardetng's statistical guess; text that is UTF-16 without a
//! byte-order mark (every other byte zero) is read as UTF-16 before any
//! declaration. Decoding itself is encoding_rs's, with malformed sequences
//! replaced, so it never fails.
//!
//! It also decides whether bytes are text at all ([`looks_binary`]); it
//! does not judge whether text is HTML.

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// How far into the page a `<meta>` charset declaration is looked for.
const PRESCAN_BYTES: usize = 4096;

/// Where the chosen encoding came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncodingSource {
    /// A byte-order mark.
    Bom,
    /// The charset declared by the transport (e.g. HTTP `Content-Type`).
    Declared,
    /// A `<meta>` declaration in the page.
    Meta,
    /// The bytes are valid UTF-8.
    Utf8,
    /// chardetng's guess.
    Detected,
}

/// Decodes `bytes` to text, borrowing when they already are valid UTF-8
/// (no copy of a large page).
///
/// `declared` is a charset label from outside the page (HTTP header), if any.
/// Returns the text, the encoding's name and where it came from.
///
/// ```
/// let (text, enc, _) = unboil::decode::decode(b"<meta charset=\"latin1\"><p>caf\xe9</p>", None);
/// assert_eq!(enc, "windows-1252");
/// assert!(text.contains("café"));
/// ```
pub fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&str>,
) -> (Cow<'a, str>, &'static str, EncodingSource) {
    let (encoding, source) = sniff(bytes, declared);
    let (text, _, _) = encoding.decode(bytes);
    (text, encoding.name(), source)
}

/// Chooses the encoding without decoding.
pub fn sniff(bytes: &[u8], declared: Option<&str>) -> (&'static Encoding, EncodingSource) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, EncodingSource::Bom);
    }
    if let Some(enc) = utf16_without_bom(sample(bytes)) {
        return (enc, EncodingSource::Detected);
    }
    if let Some(enc) = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        return (html_compatible(enc), EncodingSource::Declared);
    }
    if let Some(enc) = meta_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]) {
        // A page that says UTF-8 but is not is common; one that says latin-1
        // but is valid multi-byte UTF-8 is common too. Trust valid UTF-8.
        if enc != UTF_8 && has_multibyte_utf8(bytes) {
            return (UTF_8, EncodingSource::Utf8);
        }
        return (html_compatible(enc), EncodingSource::Meta);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (UTF_8, EncodingSource::Utf8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    (detector.guess(None, true), EncodingSource::Detected)
}

/// How much of the input [`looks_binary`] and [`utf16_without_bom`] read.
const SAMPLE_BYTES: usize = 1024;

/// A text sample holds at most one zero byte in this many ([`looks_binary`]):
/// a stray NUL in a page is text, an image's or archive's header is not.
const MAX_ZERO_SHARE: usize = 64;

/// This many zero or control bytes are stray ones in any sample, however
/// short.
const STRAY_BYTES: usize = 2;

/// A text sample holds at most one control byte (other than tab, line
/// feed, form feed, carriage return and escape) in this many.
const MAX_CONTROL_SHARE: usize = 10;

/// Signatures of formats that are never HTML: images, PDF, archives.
const BINARY_SIGNATURES: [&[u8]; 8] = [
    b"\x89PNG",
    b"\xFF\xD8\xFF",
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1F\x8B",
    b"RIFF",
];

/// The start of `bytes` that sniffing reads.
fn sample(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(SAMPLE_BYTES)]
}

/// Are these bytes something other than text (an image, a PDF, an
/// archive, random data)? Reads the first KiB: a known signature, or more
/// than one zero byte in 64 or one control byte in 10 (and more than two of
/// them), when the bytes are not UTF-16 (with or without a byte-order
/// mark), whose ASCII characters are half zero bytes.
///
/// ```
/// assert!(unboil::decode::looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
/// assert!(!unboil::decode::looks_binary(b"<p>A stray \0 in a page is still text.</p>"));
/// ```
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = sample(bytes);
    if Encoding::for_bom(head).is_some_and(|(enc, _)| enc != UTF_8)
        || utf16_without_bom(head).is_some()
    {
        return false;
    }
    if BINARY_SIGNATURES.iter().any(|sig| head.starts_with(sig)) {
        return true;
    }
    let zeros = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | 0x1B))
        .count();
    (zeros > STRAY_BYTES && zeros * MAX_ZERO_SHARE > head.len())
        || (controls > STRAY_BYTES && controls * MAX_CONTROL_SHARE > head.len())
}

/// UTF-16 without a byte-order mark: in the sample, nearly every pair of
/// bytes is an ASCII character and a zero byte (little-endian: the zero
/// second; big-endian: first), as markup in UTF-16 is.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    /// Pairs read at least, and the share of them that must fit, in 1/16.
    const MIN_PAIRS: usize = 16;
    const FIT_SIXTEENTHS: usize = 15;
    let pairs = head.len() / 2;
    if pairs < MIN_PAIRS {
        return None;
    }
    let (mut little, mut big) = (0, 0);
    for pair in head.chunks_exact(2) {
        match (pair[0], pair[1]) {
            (0, 0) => {}
            (c, 0) if c.is_ascii() => little += 1,
            (0, c) if c.is_ascii() => big += 1,
            _ => {}
        }
    }
    if little * 16 >= pairs * FIT_SIXTEENTHS {
        Some(encoding_rs::UTF_16LE)
    } else if big * 16 >= pairs * FIT_SIXTEENTHS {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// UTF-16 declarations inside an ASCII-compatible page mean UTF-8 (HTML spec).
fn html_compatible(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE
        || enc == encoding_rs::UTF_16BE
        || enc == encoding_rs::X_USER_DEFINED
    {
        UTF_8
    } else {
        enc
    }
}

fn has_multibyte_utf8(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b >= 0x80) && std::str::from_utf8(bytes).is_ok()
}

/// Finds `charset=` inside a `<meta ...>` tag.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = rest
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .copied()
                .collect::<Vec<u8>>();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let label: Vec<u8> = rest
                    .iter()
                    .skip_while(|&&b| b.is_ascii_whitespace() || b == b'"' || b == b'\'')
                    .take_while(|&&b| {
                        !(b.is_ascii_whitespace()
                            || b == b'"'
                            || b == b'\''
                            || b == b';'
                            || b == b'/')
                    })
                    .copied()
                    .collect();
                if let Some(enc) = Encoding::for_label(&label) {
                    return Some(enc);
                }
            }
        }
        from = end.max(start + 5);
        if from >= lower.len() {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let (_, enc, src) = decode(b"\xEF\xBB\xBF<p>x</p>", Some("latin1"));
        assert_eq!((enc, src), ("UTF-8", EncodingSource::Bom));
    }

    #[test]
    fn http_equiv() {
        let page =
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>\xe9</p>";
        let (text, enc, src) = decode(page, None);
        assert_eq!((enc, src), ("windows-1252", EncodingSource::Meta));
        assert!(text.contains('é'));
    }

    #[test]
    fn utf16_without_a_bom_is_read_as_utf16() {
        let page = "<html><body><p>Caf\u{e9} au lait, every morning at eight.</p></body></html>";
        let le: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            assert!(!looks_binary(&bytes), "{name}");
            let (text, enc, _) = decode(&bytes, Some("iso-8859-1"));
            assert_eq!(enc, name);
            assert_eq!(text, page);
        }
    }

    #[test]
    fn binary_is_told_from_text_with_a_stray_nul() {
        // Signatures, and a sample dense with zero or control bytes.
        assert!(looks_binary(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"));
        assert!(looks_binary(b"\x1F\x8B\x08\x00\x00\x00\x00\x00"));
        let mut zeros = b"<p>text</p>".repeat(20);
        zeros.extend([0u8; 8]);
        assert!(looks_binary(&zeros));
        assert!(looks_binary(&[
            0x01, 0x02, 0x03, b'a', b'b', b'c', 0x04, b'd'
        ]));
        // Text: a NUL or two in a page, a BOM'd UTF-16 page, empty input.
        let mut page = b"<html><body><p>".to_vec();
        page.extend(b"Some words of an ordinary page. ".repeat(10));
        page.push(0);
        assert!(!looks_binary(&page));
        assert!(!looks_binary(b"\xFF\xFE<\0p\0>\0"));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn detector_fallback() {
        let page = "<p>Größere Übungen für Bären und Äpfel, schön.</p>".as_bytes();
        let (latin1, _, _) =
            encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(page).unwrap_or(""));
        let (text, _, src) = decode(&latin1, None);
        assert_eq!(src, EncodingSource::Detected);
        assert!(text.contains("Größere"));
    }
}
