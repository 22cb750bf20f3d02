//! Bytes to text: which character encoding a page is in.
//!
//! Decides the encoding in the order browsers do: a byte-order mark, then the
//! charset the transport declared (HTTP `Content-Type`), then a `<meta charset>`
//! or `http-equiv` declaration in the first 4 KiB, then valid UTF-8, and
//! finally chardetng's statistical guess. Decoding itself is encoding_rs's,
//! with malformed sequences replaced, so it never fails.

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
    fn detector_fallback() {
        let page = "<p>Größere Übungen für Bären und Äpfel, schön.</p>".as_bytes();
        let (latin1, _, _) =
            encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(page).unwrap_or(""));
        let (text, _, src) = decode(&latin1, None);
        assert_eq!(src, EncodingSource::Detected);
        assert!(text.contains("Größere"));
    }
}
