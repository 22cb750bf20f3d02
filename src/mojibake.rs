//! Text that was UTF-8 read as Latin-1 and written out again as UTF-8
//! ("letâ\u{80}\u{99}s" for "let’s"): a CMS that got the encoding wrong
//! once, before the page was served.
//!
//! Decides only the unambiguous cases: a run of characters whose code
//! points, taken as bytes, are a valid UTF-8 sequence, and that holds a C1
//! control character (U+0080–U+009F). Those controls never belong in
//! text, and every curly quote, dash, euro sign and most accented letters
//! produce one when mangled so. Also "Â" before a no-break space, the
//! mangled no-break space that is the commonest trace of all (a wrong
//! guess there costs one letter before a space). The Windows-1252 variant
//! ("â€™") and mangled text without a control character ("Ã©" for "é")
//! are left as they are: telling them apart from real text needs guesses
//! (ftfy's work), and a wrong guess corrupts a page that was right.
//!
//! Applied to the text of paragraphs, headings, lists and tables and to
//! the metadata; code blocks are kept byte for byte. It does not decode
//! bytes (see [`crate::decode`]).

use std::borrow::Cow;

/// `text` with its double-encoded runs decoded (see the module doc);
/// borrowed when there is nothing to repair, which is found by one scan
/// of the bytes for a C1 control's UTF-8 encoding or a mangled no-break
/// space.
pub(crate) fn repair(text: &str) -> Cow<'_, str> {
    if !needs_repair(text) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match decode_run(&chars[i..]) {
            Some((decoded, used)) => {
                out.push(decoded);
                i += used;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// Does `text` hold a C1 control character (UTF-8 `C2 80`–`C2 9F`) or a
/// mangled no-break space ("Â" and a no-break space: `C3 82 C2 A0`)? One
/// scan for the `C2` byte both share.
fn needs_repair(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(0xC2, bytes).any(|i| match bytes.get(i + 1) {
        Some(0x80..=0x9F) => true,
        Some(0xA0) => i >= 2 && bytes[i - 2..i] == [0xC3, 0x82],
        _ => false,
    })
}

/// If `chars` opens with a mangled sequence (a lead byte's character, then
/// as many continuation bytes' characters as it announces, one of them a
/// C1 control; or a mangled no-break space), the character it encodes and
/// how many it takes.
fn decode_run(chars: &[char]) -> Option<(char, usize)> {
    let lead = u32::from(*chars.first()?);
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let run = chars.get(..len)?;
    let continuation = |c: &char| (0x80..=0xBF).contains(&u32::from(*c));
    let control = run.iter().any(|&c| ('\u{80}'..='\u{9F}').contains(&c));
    if !run[1..].iter().all(continuation) || !(control || run == ['\u{c2}', '\u{a0}']) {
        return None;
    }
    // Every code point here is under 0x100: each is one byte.
    let bytes: Vec<u8> = run.iter().map(|&c| u32::from(c) as u8).collect();
    let decoded = std::str::from_utf8(&bytes).ok()?;
    let mut it = decoded.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some((c, len)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_encoded_punctuation_is_repaired() {
        // "let’s" and "dog’s" with U+2019 mangled to â, U+0080, U+0099.
        assert_eq!(
            repair("Now let\u{e2}\u{80}\u{99}s see"),
            "Now let\u{2019}s see"
        );
        assert_eq!(repair("a \u{e2}\u{80}\u{94} b"), "a \u{2014} b");
        // A C1 control with a two-byte lead: U+0080 itself is "Â" + U+0080.
        assert_eq!(repair("x\u{c2}\u{80}y"), "x\u{80}y");
        // The mangled no-break space.
        assert_eq!(repair("budget.\u{c2}\u{a0}Next"), "budget.\u{a0}Next");
    }

    #[test]
    fn text_without_a_control_character_is_left_alone() {
        // Real Latin-1 letters next to each other, and mangled text the
        // rule cannot be sure of.
        for text in [
            "Â la carte",
            "Ã©tÃ©",
            "naïve café",
            "â€™",
            "plain ascii",
            "\u{a0}Â",
        ] {
            assert!(matches!(repair(text), Cow::Borrowed(_)), "{text}");
        }
        // A stray control character that does not complete a sequence.
        assert_eq!(repair("a\u{85}b"), "a\u{85}b");
        assert_eq!(repair("\u{e2}\u{80}"), "\u{e2}\u{80}");
    }
}
