//! Text that was UTF-8 read as Latin-1 or Windows-1252 and written out
//! again as UTF-8 ("letâ\u{80}\u{99}s" or "letâ€™s" for "let’s"): a CMS
//! that got the encoding wrong once, before the page was served.
//!
//! Decides only the unambiguous cases: a run of characters that, taken
//! back as Windows-1252 bytes (Latin-1 for the C1 controls it leaves
//! undefined), is one valid UTF-8 sequence, and that holds a byte in
//! 0x80–0x9F. When that byte was read as a C1 control character (never
//! text), any run counts. When it was read as one of Windows-1252's
//! typographic characters (€, ™, curly quotes, dashes), the run counts
//! only after the leads that never come before one in real text: "â"
//! (punctuation, €, ™: "â€™"), "ð" (emoji: "ðŸ˜€"), and "Â" or "Ã" (a
//! Latin-1 sign or letter: "Ã‰"). After other letters it can be real
//! text ("CAFÉ…", "está—¿verdad?"). Also "Â" before a no-break space, the
//! mangled no-break space that is the commonest trace of all, and before
//! any other Latin-1 sign (U+00A1–U+00BF: "Â©", "Â®", "Â°", "Â£", "xÂ²",
//! a docs theme's "Â¶"): a word that starts with "Â" goes on with a
//! letter ("Âge", "Âme"), never with a sign. Mangled text without such a
//! byte or pair ("Ã©" for "é") is left as it is: telling it apart from
//! real text needs guesses (ftfy's work), and a wrong guess corrupts a page
//! that was right.
//!
//! Applied to the text of paragraphs, headings, lists and tables and to
//! the metadata; code blocks are kept byte for byte. It does not decode
//! bytes (see [`crate::decode`]).

use std::borrow::Cow;

/// `text` with its double-encoded runs decoded (see the module doc);
/// borrowed when there is nothing to repair. Every lead a mangled run
/// starts with ("Â" to "ô", U+00C2–U+00F4) is encoded with the byte `C3`
/// first, so one scan for that byte finds the candidates, and the text is
/// copied only from the first repair on.
pub(crate) fn repair(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut done = 0; // bytes of `text` already copied to `out`
    for i in memchr::memchr_iter(0xC3, text.as_bytes()) {
        if i < done {
            continue; // inside a run just repaired
        }
        // `C3` is a lead byte: `i` is a character boundary.
        let Some(rest) = text.get(i..) else { continue };
        if let Some((decoded, used)) = decode_run(rest) {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(&text[done..i]);
            out.push(decoded);
            done = i + used;
        }
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut out) => {
            out.push_str(&text[done..]);
            Cow::Owned(out)
        }
    }
}

/// If `text` opens with a mangled run (see the module doc), the character
/// it encodes and how many bytes of `text` the run takes.
fn decode_run(text: &str) -> Option<(char, usize)> {
    let mut chars = text.chars();
    let lead = chars.next()?;
    let len = match u32::from(lead) {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = [lead as u8, 0, 0, 0];
    let mut used = lead.len_utf8();
    // Bytes 0x80–0x9F read as a C1 control, or as a typographic character.
    let (mut control, mut typographic) = (false, false);
    for slot in bytes.iter_mut().take(len).skip(1) {
        let c = chars.next()?;
        let byte = mangled_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        if byte <= 0x9F {
            if u32::from(c) < 0x100 {
                control = true;
            } else {
                typographic = true;
            }
        }
        *slot = byte;
        used += c.len_utf8();
    }
    // A C1 control is never text; a typographic character never follows
    // these leads in real text; and "Â" before a no-break space or another
    // Latin-1 sign (U+00A0–U+00BF, which is what C2 A0–C2 BF decode to).
    let counts = control
        || (typographic && matches!(lead, 'â' | 'ð' | 'Â' | 'Ã'))
        || (len == 2 && bytes[0] == 0xC2 && (0xA0..=0xBF).contains(&bytes[1]));
    if !counts {
        return None;
    }
    let decoded = std::str::from_utf8(&bytes[..len]).ok()?;
    let mut it = decoded.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Some((c, used)),
        _ => None,
    }
}

/// The byte a character stands for when bytes were read as Windows-1252:
/// Latin-1's code points are their own byte (the C1 controls included,
/// which is how a decoder keeps the five bytes Windows-1252 leaves
/// undefined), and the typographic characters in 0x80–0x9F are mapped
/// back. `None` for any other character.
fn mangled_byte(c: char) -> Option<u8> {
    if let Ok(byte) = u8::try_from(u32::from(c)) {
        return Some(byte);
    }
    let byte = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '\u{2018}' => 0x91,
        '\u{2019}' => 0x92,
        '\u{201C}' => 0x93,
        '\u{201D}' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_mangled_through_latin_1_is_repaired() {
        // "let’s" with U+2019 mangled to â, U+0080, U+0099.
        assert_eq!(
            repair("Now let\u{e2}\u{80}\u{99}s see"),
            "Now let\u{2019}s see"
        );
        assert_eq!(repair("a \u{e2}\u{80}\u{94} b"), "a \u{2014} b");
        // A C1 control with a two-byte lead: U+0080 itself is "Â" + U+0080.
        assert_eq!(repair("x\u{c2}\u{80}y"), "x\u{80}y");
        // The mangled no-break space, and other Latin-1 signs after "Â".
        assert_eq!(repair("budget.\u{c2}\u{a0}Next"), "budget.\u{a0}Next");
        assert_eq!(repair("WireGuardÂ® and Â© 2024"), "WireGuard® and © 2024");
        assert_eq!(repair("xÂ² + 20Â°C, Â£5"), "x² + 20°C, £5");
        assert_eq!(repair("Intro Â¶"), "Intro ¶");
    }

    #[test]
    fn text_mangled_through_windows_1252_is_repaired() {
        assert_eq!(repair("isnâ€™t it"), "isn\u{2019}t it");
        assert_eq!(repair("â€œquotedâ€\u{9d}"), "\u{201C}quoted\u{201D}");
        assert_eq!(
            repair("waitâ€¦ and â€” then"),
            "wait\u{2026} and \u{2014} then"
        );
        assert_eq!(repair("costs 5â‚¬"), "costs 5\u{20AC}");
        assert_eq!(repair("Brandâ„¢"), "Brand\u{2122}");
        // An emoji: F0 9F 91 8D, the last byte one Windows-1252 leaves
        // undefined.
        assert_eq!(repair("ok ðŸ‘\u{8d}"), "ok \u{1F44D}");
        // Two-character runs after "Ã": a mangled capital letter.
        assert_eq!(repair("Ã‰cole"), "\u{C9}cole");
        // A C1 control anywhere in the run settles it, whatever the lead.
        assert_eq!(repair("\u{e4}\u{20ac}\u{81}"), "\u{4001}");
        // Accented text around a repair is kept as it is.
        assert_eq!(repair("café â€“ thé"), "café \u{2013} thé");
    }

    #[test]
    fn text_without_a_telling_byte_is_left_alone() {
        // Real Latin-1 letters next to each other, mangled text the rule
        // cannot be sure of, and a capital that ends a word before a
        // typographic character.
        for text in [
            "Â la carte",
            "ÂGE",
            "Âme",
            "Ã©tÃ©",
            "naïve café",
            "plain ascii",
            "\u{a0}Â",
            "CAFÉ… OLÉ”",
            "DÉJÀ “VU”",
            "à “quoted”",
            "ça—",
            "está—¿verdad?",
        ] {
            assert!(matches!(repair(text), Cow::Borrowed(_)), "{text}");
        }
        // A stray control character that does not complete a sequence.
        assert_eq!(repair("a\u{85}b"), "a\u{85}b");
        assert_eq!(repair("\u{e2}\u{80}"), "\u{e2}\u{80}");
        assert_eq!(repair("â€"), "â€");
    }
}
