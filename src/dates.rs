//! Dates as pages write them, read into ISO 8601.
//!
//! Decides whether a string holds a calendar date, and which one:
//! - ISO 8601 and its near relatives ("2025-11-25T08:33:24Z",
//!   "2025-11-25 08:33:24 +0000", "2025/11/25"), whose time and offset are
//!   kept;
//! - a month's name with a day and a year ("Nov. 25, 2025", "25th November
//!   2025", "Tue, 25 Nov 2025 10:00:00 GMT", "25 de noviembre de 2025"),
//!   in English, German, French, Spanish, Italian, Portuguese and Dutch;
//! - numbers ("11/25/2025", "25.11.2025"): a first number over 12 is a
//!   day, dots mean day first, and otherwise the caller says which comes
//!   first.
//!
//! It does not read relative dates ("2 days ago"), dates without a day
//! ("November 2025") or two-digit years, and it checks the day against the
//! month's length and the year against 1900–2100. Which of a page's dates
//! is its date is decided in [`crate::metadata`] and [`crate::byline`].

/// The date `s` holds (a weekday, a time or a label around it are
/// allowed), in ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the
/// source's offset when it was written in ISO form with a time.
/// `day_first` settles "03/04/2025".
pub(crate) fn to_iso(s: &str, day_first: bool) -> Option<String> {
    let s = s.trim();
    iso_form(s).or_else(|| find_in(s, day_first))
}

/// Reads `YYYY-MM-DD` (or `YYYY/MM/DD`) at the start of `s`, with the
/// time and offset that may follow.
fn iso_form(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let sep = *b.get(4)?;
    if !(sep == b'-' || sep == b'/') || b.get(7) != Some(&sep) {
        return None;
    }
    let y = digits(b, 0, 4)?;
    let m = digits(b, 5, 2)?;
    let d = digits(b, 8, 2)?;
    if b.get(10).is_some_and(u8::is_ascii_digit) || !valid(y, m, d) {
        return None;
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    if sep == b'/' {
        return Some(date);
    }
    Some(match time_part(&b[10..]) {
        Some(time) => format!("{date}T{time}"),
        None => date,
    })
}

/// `THH:MM[:SS[.fff]][offset]` (or a space for the `T`), as
/// `HH:MM:SS[offset]`; the offset as `Z` or `+HH:MM`.
fn time_part(b: &[u8]) -> Option<String> {
    if !matches!(b.first(), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let h = digits(b, 1, 2)?;
    if b.get(3) != Some(&b':') {
        return None;
    }
    let mi = digits(b, 4, 2)?;
    let mut i = 6;
    let mut sec = 0;
    if b.get(i) == Some(&b':') {
        sec = digits(b, i + 1, 2)?;
        i += 3;
        if b.get(i) == Some(&b'.') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let time = format!("{h:02}:{mi:02}:{sec:02}");
    let rest = &b[i..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let offset = match rest.first() {
        Some(b'Z' | b'z') => "Z".to_string(),
        _ if rest.starts_with(b"UTC") || rest.starts_with(b"GMT") => "Z".to_string(),
        Some(&sign @ (b'+' | b'-')) => {
            let oh = digits(rest, 1, 2)?;
            let colon = usize::from(rest.get(3) == Some(&b':'));
            let om = digits(rest, 3 + colon, 2).unwrap_or(0);
            if oh > 14 || om > 59 {
                return Some(time);
            }
            format!("{}{oh:02}:{om:02}", sign as char)
        }
        _ => String::new(),
    };
    Some(time + &offset)
}

/// Is `stamp` an ISO date with a time of day, and `day` the calendar day
/// just before or just after its own? A timestamp written in UTC (or in the
/// server's zone) falls on a neighbouring day of the date the page shows
/// in its writer's zone for the hours between the two midnights: an
/// evening post in New York is stamped the next day in UTC.
pub(crate) fn neighbouring_day(stamp: &str, day: &str) -> bool {
    if stamp.as_bytes().get(10) != Some(&b'T') {
        return false;
    }
    match (day_number(stamp), day_number(day)) {
        (Some(a), Some(b)) => (a - b).abs() == 1,
        _ => false,
    }
}

/// The days from 1970-01-01 to the `YYYY-MM-DD` that starts an ISO date
/// (the proleptic Gregorian calendar's day count).
fn day_number(iso: &str) -> Option<i64> {
    let b = iso.as_bytes();
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (y, m, d) = (digits(b, 0, 4)?, digits(b, 5, 2)?, digits(b, 8, 2)?);
    if !valid(y, m, d) {
        return None;
    }
    // Count from March, so that a leap day ends its year.
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// The number written by `len` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    let part = b.get(at..at + len)?;
    part.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// Is this a day of the calendar (between 1900 and 2100)?
fn valid(y: u32, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2100).contains(&y) && (1..=days).contains(&d)
}

/// A piece of a date's text.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Tok<'a> {
    /// A number and how many digits wrote it.
    Num(u32, usize),
    /// A run of letters.
    Word(&'a str),
    /// Any other character but white space.
    Punct(char),
}

/// How many tokens of a text are looked at, at most.
const MAX_TOKENS: usize = 64;

fn tokens(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if out.len() >= MAX_TOKENS {
            break;
        }
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            let run = &s[start..end];
            // Over nine digits is an id, not a day or a year.
            let n = run.parse().unwrap_or(u32::MAX);
            out.push(Tok::Num(n, run.len()));
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, l)) = chars.peek() {
                if !l.is_alphabetic() {
                    break;
                }
                end = i + l.len_utf8();
                chars.next();
            }
            out.push(Tok::Word(&s[start..end]));
        } else if !c.is_whitespace() {
            out.push(Tok::Punct(c));
        }
    }
    out
}

/// The first date written in `text`, by month name or in numbers.
pub(crate) fn find_in(text: &str, day_first: bool) -> Option<String> {
    let toks = tokens(text);
    (0..toks.len()).find_map(|i| {
        let (y, m, d) = numeric_at(&toks, i, day_first).or_else(|| named_at(&toks, i))?;
        Some(format!("{y:04}-{m:02}-{d:02}"))
    })
}

/// The date a URL's path spells year first ("/2025/12/17/slug",
/// "/blog/2025-12-17-minisgl").
pub(crate) fn in_url(url: &str) -> Option<String> {
    // The path only: a host holds no date, a query's numbers are ids.
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let path = path.split_once('/').map_or("", |(_, p)| p);
    let toks = tokens(path);
    (0..toks.len()).find_map(|i| {
        let Tok::Num(_, 4) = toks[i] else {
            return None;
        };
        let (y, m, d) = numeric_at(&toks, i, false)?;
        Some(format!("{y:04}-{m:02}-{d:02}"))
    })
}

/// "25/11/2025", "11-25-2025", "2025.11.25" starting at token `i`.
fn numeric_at(toks: &[Tok], i: usize, day_first: bool) -> Option<(u32, u32, u32)> {
    let [Tok::Num(a, la), Tok::Punct(p), Tok::Num(b, lb), Tok::Punct(q), Tok::Num(c, lc)] =
        *toks.get(i..i + 5)?
    else {
        return None;
    };
    if p != q || !matches!(p, '/' | '.' | '-') || lb > 2 {
        return None;
    }
    let ymd = if la == 4 && lc <= 2 {
        (a, b, c)
    } else if la <= 2 && lc == 4 {
        if a > 12 || p == '.' || (day_first && b <= 12) {
            (c, b, a)
        } else {
            (c, a, b)
        }
    } else {
        return None;
    };
    valid(ymd.0, ymd.1, ymd.2).then_some(ymd)
}

/// A month's name at token `i` with its day (before or after) and year.
fn named_at(toks: &[Tok], i: usize) -> Option<(u32, u32, u32)> {
    let Tok::Word(w) = toks[i] else {
        return None;
    };
    let m = month(w)?;
    let filler = |t: &Tok| match t {
        Tok::Punct(c) => matches!(c, '.' | ','),
        Tok::Word(w) => matches!(
            w.to_lowercase().as_str(),
            "st" | "nd" | "rd" | "th" | "er" | "de" | "of" | "del" | "º"
        ),
        Tok::Num(..) => false,
    };
    let day = |t: Option<&Tok>| match t {
        Some(&Tok::Num(d, l)) if l <= 2 && (1..=31).contains(&d) => Some(d),
        _ => None,
    };
    let year = |t: Option<&Tok>| match t {
        Some(&Tok::Num(y, 4)) => Some(y),
        _ => None,
    };
    let skip = |mut j: usize| {
        while toks.get(j).is_some_and(filler) {
            j += 1;
        }
        j
    };
    // Day first: "25 November 2025", "25. November 2025", "25 de noviembre de 2025".
    let mut back = i;
    while back > 0 && filler(&toks[back - 1]) {
        back -= 1;
    }
    let before = back.checked_sub(1).and_then(|j| day(toks.get(j)));
    let after_month = skip(i + 1);
    let found = match before.and_then(|d| Some((year(toks.get(after_month))?, d))) {
        Some((y, d)) => Some((y, m, d)),
        // Month first: "November 25, 2025", "Nov. 25th 2025".
        None => {
            let d = day(toks.get(after_month))?;
            let y = year(toks.get(skip(after_month + 1)))?;
            Some((y, m, d))
        }
    };
    found.filter(|&(y, m, d)| valid(y, m, d))
}

/// The month a name or abbreviation says, in the languages read here.
fn month(word: &str) -> Option<u32> {
    if word.len() < 3 || word.len() > 10 {
        return None;
    }
    let w = word.to_lowercase();
    let m = match w.as_str() {
        "jan" | "january" | "januar" | "jän" | "janvier" | "janv" | "enero" | "ene" | "gennaio"
        | "janeiro" | "januari" => 1,
        "feb" | "february" | "februar" | "février" | "fevrier" | "févr" | "febrero"
        | "febbraio" | "fevereiro" | "februari" => 2,
        "mar" | "march" | "märz" | "maerz" | "mär" | "mars" | "marzo" | "março" | "marco"
        | "maart" | "mrt" => 3,
        "apr" | "april" | "avril" | "avr" | "abril" | "abr" | "aprile" => 4,
        "may" | "mai" | "mayo" | "maggio" | "maio" | "mei" => 5,
        "jun" | "june" | "juni" | "juin" | "junio" | "giugno" | "junho" => 6,
        "jul" | "july" | "juli" | "juillet" | "juil" | "julio" | "luglio" | "julho" => 7,
        "aug" | "august" | "août" | "aout" | "agosto" | "augustus" => 8,
        "sep" | "sept" | "september" | "septembre" | "septiembre" | "setiembre" | "settembre"
        | "setembro" => 9,
        "oct" | "october" | "oktober" | "okt" | "octobre" | "octubre" | "ottobre" | "outubro" => 10,
        "nov" | "november" | "novembre" | "noviembre" | "novembro" => 11,
        "dec" | "december" | "dezember" | "dez" | "décembre" | "decembre" | "déc" | "diciembre"
        | "dic" | "dicembre" | "dezembro" => 12,
        _ => return None,
    };
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        to_iso(s, false)
    }

    #[test]
    fn iso_dates_keep_their_time_and_offset() {
        assert_eq!(
            iso("2024-03-14T09:12:00+00:00").unwrap(),
            "2024-03-14T09:12:00+00:00"
        );
        assert_eq!(
            iso("2024-11-22T22:28:12.769Z").unwrap(),
            "2024-11-22T22:28:12Z"
        );
        assert_eq!(
            iso("2024-04-05T00:00:00-0400").unwrap(),
            "2024-04-05T00:00:00-04:00"
        );
        assert_eq!(
            iso("2024-05-09 00:00:00 +0000").unwrap(),
            "2024-05-09T00:00:00+00:00"
        );
        assert_eq!(iso("2025-11-25 08:33:24").unwrap(), "2025-11-25T08:33:24");
        assert_eq!(iso("2024-03-14T09:12").unwrap(), "2024-03-14T09:12:00");
        assert_eq!(iso("2024-11-03").unwrap(), "2024-11-03");
        assert_eq!(iso("2024/11/03").unwrap(), "2024-11-03");
    }

    #[test]
    fn month_names_in_several_languages() {
        assert_eq!(iso("Feb 08, 2022").unwrap(), "2022-02-08");
        assert_eq!(iso("November 18, 2025").unwrap(), "2025-11-18");
        assert_eq!(iso("Nov. 5th, 2025").unwrap(), "2025-11-05");
        assert_eq!(iso("Tue, 25 Nov 2025 10:00:00 GMT").unwrap(), "2025-11-25");
        assert_eq!(iso("25. März 2024").unwrap(), "2024-03-25");
        assert_eq!(iso("1er février 2023").unwrap(), "2023-02-01");
        assert_eq!(iso("25 de noviembre de 2025").unwrap(), "2025-11-25");
        assert_eq!(iso("Published on July 18, 2025").unwrap(), "2025-07-18");
        assert_eq!(iso("Jun 08, 2023 • 11 Minute Read").unwrap(), "2023-06-08");
    }

    #[test]
    fn numeric_dates_by_their_order() {
        assert_eq!(iso("Thu, 09/25/2025 - 11:38").unwrap(), "2025-09-25");
        assert_eq!(iso("13/11/2025 09:21:40").unwrap(), "2025-11-13");
        assert_eq!(iso("25.11.2025").unwrap(), "2025-11-25");
        assert_eq!(iso("03/04/2025").unwrap(), "2025-03-04");
        assert_eq!(to_iso("03/04/2025", true).unwrap(), "2025-04-03");
    }

    #[test]
    fn dates_in_urls_are_year_first() {
        assert_eq!(
            in_url("https://a.example/2025/12/17/slug/").unwrap(),
            "2025-12-17"
        );
        assert_eq!(
            in_url("https://lmsys.org/blog/2025-12-17-minisgl").unwrap(),
            "2025-12-17"
        );
        assert_eq!(in_url("https://a.example/p/12/05/2025/"), None);
        assert_eq!(in_url("https://2025-12-17.example/post?d=2025-12-17"), None);
        assert_eq!(in_url("https://a.example/2025/12/slug"), None);
    }

    /// The shape every date given out has.
    fn is_iso(d: &str) -> bool {
        let b = d.as_bytes();
        let date = b.len() >= 10
            && b[..10].iter().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    *c == b'-'
                } else {
                    c.is_ascii_digit()
                }
            });
        date && (b.len() == 10 || b.get(10) == Some(&b'T'))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn any_text_gives_an_iso_date_or_none(s in "\\PC{0,60}", day_first: bool) {
            for d in [to_iso(&s, day_first), find_in(&s, day_first), in_url(&s)].into_iter().flatten() {
                proptest::prop_assert!(is_iso(&d), "{s:?} gave {d:?}");
            }
        }

        #[test]
        fn date_like_text_gives_an_iso_date_or_none(
            s in "[0-9A-Za-z ,./:+TZ-]{0,40}",
            day_first: bool,
        ) {
            if let Some(d) = to_iso(&s, day_first) {
                proptest::prop_assert!(is_iso(&d), "{s:?} gave {d:?}");
            }
        }
    }

    #[test]
    fn neighbouring_days_of_a_timestamp() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        assert_eq!(day_number("2024-02-29"), Some(19_782));
        assert!(neighbouring_day("2025-12-19T02:41:41+00:00", "2025-12-18"));
        assert!(neighbouring_day("2025-12-18T22:00:00Z", "2025-12-19"));
        // Across a month's and a leap year's end.
        assert!(neighbouring_day("2025-01-01T01:00:00Z", "2024-12-31"));
        assert!(neighbouring_day("2024-03-01T01:00:00Z", "2024-02-29"));
        // The same day, two days apart, or a stamp without a time.
        assert!(!neighbouring_day("2025-12-19T02:41:41Z", "2025-12-19"));
        assert!(!neighbouring_day("2025-12-19T02:41:41Z", "2025-12-17"));
        assert!(!neighbouring_day("2025-12-19", "2025-12-18"));
        assert!(!neighbouring_day("2025-12-19T02:41:41Z", "December 18"));
    }

    #[test]
    fn what_is_not_a_date() {
        for s in [
            "",
            "November 2025",
            "2 days ago",
            "Call 555-12-1234",
            "2025-02-30",
            "Feb 30, 2025",
            "31/31/2025",
            "12/05/25",
            "1887-01-01",
            "2025-11-255",
            "Order 12345678901234 of 2025",
        ] {
            assert_eq!(iso(s), None, "{s:?}");
        }
    }
}
