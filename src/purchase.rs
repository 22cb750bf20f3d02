//! What a shop's purchase box says around a product.
//!
//! A product page surrounds its description with the shop's own lines:
//! shipping offers ("Free Standard Delivery for orders over $75"), stock
//! ("Low in stock, only 1 left"), payment ("or 4 payments of"), returns
//! ("Free 90-day returns"), and sections of policy under headings such as
//! "Shipping & Returns" or "Warranty Info". They are the same on every
//! product of the shop and say nothing about this one. This module only
//! recognises them; [`crate::filter`] drops them, on product pages only
//! (an article about delivery services is about delivery).
//!
//! It does not judge prices (see [`crate::rules::price`]) or shelves of
//! other products (the filter's price shelf).

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// A notice is at most this many words: a longer line that names
/// shipping or stock is a sentence of the description ("ships with a
/// carrying case and two spare blades").
const NOTICE_MAX_WORDS: usize = 10;

/// Phrases of the purchase box, in the form [`words`] gives: lowercase
/// words between single spaces, every run of digits as `#`, punctuation
/// gone ("30-day returns" is "# day returns", "Shipping & Returns" is
/// "shipping returns").
const NOTICE_PHRASES: &[&str] = &[
    // Shipping and delivery offers.
    "free shipping",
    "free standard shipping",
    "free express shipping",
    "free delivery",
    "free standard delivery",
    "free express delivery",
    "free returns",
    "standard shipping",
    "express shipping",
    "standard delivery",
    "express delivery",
    "fast shipping",
    "same day shipping",
    "next day delivery",
    "flat rate",
    "import fees",
    "same day delivery",
    "shipped by",
    "ships in #",
    "ships within #",
    "ships by",
    "ships the same",
    "ships today",
    "arrives tomorrow",
    "arrives by",
    "order today",
    "order soon",
    "order by # pm",
    "order by #pm",
    // Returns.
    "shipping and returns",
    "shipping returns",
    "delivery and returns",
    "delivery returns",
    "return policy",
    "returns policy",
    "returns accepted",
    "returns exchanges accepted",
    "exchanges accepted",
    "# day returns",
    "# day return",
    // Stock.
    "in stock",
    "out of stock",
    "sold out",
    "only # left",
    "just a few left",
    "back in stock",
    "notify me",
    "stock alert",
    "stock alerts",
    "viewing this right now",
    // Cart and payment.
    "add to cart",
    "add to bag",
    "add to basket",
    "payments of",
    "vat included",
    "tax included",
    "taxes included",
    "price match",
    "low price guarantee",
    "price when purchased online",
    "save # on this item",
    "more ways to pay",
    "payment options",
    "secure checkout",
    "money back guarantee",
    "protection plan",
    "gift options",
    "how do you want your item",
    // The same in French, German and Spanish shops.
    "livraison gratuite",
    "retours gratuits",
    "en stock",
    "kostenloser versand",
    "auf lager",
    "envío gratis",
    "envío gratuito",
];

/// [`NOTICE_PHRASES`] with a space on each side, so that they match whole
/// words of [`words`]' form.
static NOTICES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let padded: Vec<String> = NOTICE_PHRASES.iter().map(|p| format!(" {p} ")).collect();
    AhoCorasick::new(padded).expect("static phrase lists are valid patterns")
});

/// `text` as lowercase words, each followed by one space and the first
/// preceded by one, every run of digits written `#`; and how many words
/// there are.
fn words(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len() + 2);
    let mut count = 0;
    out.push(' ');
    let mut in_word = false;
    let mut in_digits = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
            }
            in_word = true;
            if c.is_ascii_digit() {
                if !in_digits {
                    out.push('#');
                }
                in_digits = true;
            } else {
                in_digits = false;
                out.extend(c.to_lowercase());
            }
        } else if in_word && c != '\'' && c != '’' {
            out.push(' ');
            in_word = false;
            in_digits = false;
        }
    }
    if in_word {
        out.push(' ');
    }
    (out, count)
}

/// Is `text` a notice of the purchase box: at most [`NOTICE_MAX_WORDS`]
/// words, one of [`NOTICE_PHRASES`] among them? "Free Standard Delivery
/// for orders over $75", "Low in stock, only 1 left", "or 4 payments of",
/// "Returns & exchanges accepted".
pub(crate) fn notice(text: &str) -> bool {
    let (words, count) = words(text);
    count > 0 && count <= NOTICE_MAX_WORDS && NOTICES.is_match(&words)
}

/// Words a policy section's title is made of ("Shipping & Returns",
/// "Warranty, Returns, And Additional Information", "Delivery").
const POLICY_TITLE_WORDS: &[&str] = &[
    "free",
    "shipping",
    "delivery",
    "returns",
    "return",
    "exchanges",
    "exchange",
    "refunds",
    "refund",
    "warranty",
    "policy",
    "policies",
    "and",
    "additional",
    "information",
    "info",
    "details",
];

/// The words of [`POLICY_TITLE_WORDS`] that name the policy itself: a
/// title needs one of them ("Details" alone is the description's title).
const POLICY_WORDS: &[&str] = &[
    "shipping",
    "delivery",
    "returns",
    "return",
    "exchanges",
    "refunds",
    "refund",
    "warranty",
];

/// Is `text` the title of a section of the shop's policy: only words of
/// [`POLICY_TITLE_WORDS`], one of them a [`POLICY_WORDS`]? "Shipping and
/// Returns", "Warranty Info", "Delivery & Returns"; not "Free delivery on
/// this desk" nor "Details".
pub(crate) fn policy_title(text: &str) -> bool {
    let (words, count) = words(text);
    count > 0
        && words
            .split_ascii_whitespace()
            .all(|w| POLICY_TITLE_WORDS.contains(&w))
        && words
            .split_ascii_whitespace()
            .any(|w| POLICY_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercase_with_digits_as_one_mark() {
        assert_eq!(words("Free 90-Day Returns!").0, " free # day returns ");
        assert_eq!(words("Shipping & Returns").0, " shipping returns ");
        assert_eq!(words("Don't  miss").0, " dont miss ");
        assert_eq!(words("$1,099.99").1, 3);
        assert_eq!(words("").0, " ");
    }

    #[test]
    fn purchase_notices() {
        for yes in [
            "Free Standard Delivery for orders over $75",
            "Low in stock, only 1 left",
            "or 4 payments of",
            "Returns & exchanges accepted",
            "Ships in 2-3 business days",
            "Same day shipping if ordered by 4PM Eastern.",
            "VAT included (where applicable), plus shipping",
            "Notify me when back in stock",
            "Sale Sold out",
            "- Free 90-day returns",
            "Livraison gratuite dès 50 €",
            "Sold and shipped by Walmart.com",
            "Add a protection plan from $79.99",
            "Checking payment options...",
        ] {
            assert!(notice(yes), "{yes}");
        }
        for no in [
            // Descriptions that name shipping or stock in a sentence.
            "Ships with a carrying case, two spare blades and a cleaning brush for the head",
            "Longer-lasting effects than other CBD delivery methods",
            "Ships in a recycled paper bag",
            "Instock oak, solid and oiled",
            "Shipping weight: 0.16 kg",
            "Cotton poplin, sold by the metre",
            "",
        ] {
            assert!(!notice(no), "{no}");
        }
    }

    #[test]
    fn policy_titles() {
        for yes in [
            "Shipping & Returns",
            "Warranty, Returns, And Additional Information",
            "Delivery",
            "Warranty Info",
            "Free Shipping & Returns",
            "Return Policy",
        ] {
            assert!(policy_title(yes), "{yes}");
        }
        for no in [
            "Details",
            "Additional information",
            "Free delivery on this desk",
            "Delivery robots",
            "",
        ] {
            assert!(!policy_title(no), "{no}");
        }
    }
}
