//! Character references left in text that never went through an HTML parser.
//!
//! JSON-LD values are JSON strings inside a `<script>`: the parser does not
//! touch them, and many sites write them with the page's escaping still in
//! ("Black &amp; White", "it&#8217;s"). This module turns those references
//! into characters, with html5ever's table of named references. It does not
//! decide where that is needed: text the parser already decoded (attributes,
//! text nodes) must not go through it twice, except where a reference left
//! after parsing can only be the site's double escaping (a title, a byline,
//! a description: see `metadata`'s `clean`).

use std::borrow::Cow;

/// The longest named reference in the HTML table ("&CounterClockwiseContourIntegral;").
const LONGEST_NAME: usize = 32;

/// `s` with its character references (`&amp;`, `&#39;`, `&#x2019;`) decoded.
/// A reference that is not one (no `;`, an unknown name, a code point that is
/// not a character) stays as written.
pub(crate) fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        match reference(tail) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = &tail[used..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The reference at the start of `tail` (just after its `&`): its characters
/// and how many bytes of `tail` it spans, `;` included.
fn reference(tail: &str) -> Option<(String, usize)> {
    let end = tail
        .bytes()
        .take(LONGEST_NAME + 1)
        .position(|b| b == b';')?;
    let name = &tail[..end];
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(code)
            .filter(|&c| c != '\0')
            .map(|c| (c.to_string(), end + 1));
    }
    let (first, second) = *html5ever::data::NAMED_ENTITIES.get(&tail[..=end])?;
    let text: String = [first, second]
        .into_iter()
        .filter(|&c| c != 0)
        .filter_map(char::from_u32)
        .collect();
    Some((text, end + 1))
}

#[cfg(test)]
mod tests {
    use super::unescape;

    #[test]
    fn named_and_numeric_references_decode() {
        assert_eq!(unescape("Black &amp; White"), "Black & White");
        assert_eq!(
            unescape("it&#8217;s &quot;new&quot;"),
            "it\u{2019}s \"new\""
        );
        assert_eq!(unescape("&#x27;a&#X27;"), "'a'");
        assert_eq!(unescape("caf&eacute;&nbsp;"), "caf\u{e9}\u{a0}");
    }

    #[test]
    fn what_is_not_a_reference_stays() {
        assert_eq!(unescape("AT&T; R&D"), "AT&T; R&D");
        assert_eq!(unescape("a & b"), "a & b");
        assert_eq!(
            unescape("&#0; &#xD800; &#99999999999;"),
            "&#0; &#xD800; &#99999999999;"
        );
        assert_eq!(unescape("tail &amp"), "tail &amp");
        assert_eq!(unescape("&"), "&");
        assert_eq!(unescape("&é;"), "&é;");
    }
}
