//! Counting words the way Unicode word segmentation (UAX #29) does, fast for ASCII.

use unicode_segmentation::UnicodeSegmentation;

/// The number of words in `text`: UAX #29 word segments holding a letter or a digit, as
/// `unicode_words()` counts them ("U.S." and "aren't" one word each, "1,000.5" one).
///
/// No word-segmentation rule joins across white space, so the text is cut at ASCII white
/// space; a piece of ASCII is counted by the ASCII subset of the rules, any other piece by
/// unicode-segmentation.
pub fn count_words(text: &str) -> usize {
    text.split(|c: char| c.is_ascii_whitespace())
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            if piece.is_ascii() {
                ascii_words(piece.as_bytes())
            } else {
                piece.unicode_words().count()
            }
        })
        .sum()
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Letter,
    Digit,
    /// ExtendNumLet: "_".
    Connector,
    /// MidLetter: ":".
    MidLetter,
    /// MidNumLet and Single_Quote: "." and "'".
    MidNumLet,
    /// MidNum: "," and ";".
    MidNum,
    Other,
}

fn class(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Connector,
        b':' => Class::MidLetter,
        b'.' | b'\'' => Class::MidNumLet,
        b',' | b';' => Class::MidNum,
        _ => Class::Other,
    }
}

/// Words of an ASCII piece without white space: runs of letters, digits and "_" (WB5,
/// WB8–WB10, WB13a/b), joined by ":", "." or "'" between two letters (WB6/7) and by ",",
/// ";", "." or "'" between two digits (WB11/12). A run of "_" alone is no word.
fn ascii_words(s: &[u8]) -> usize {
    let word = |c: Class| matches!(c, Class::Letter | Class::Digit | Class::Connector);
    let mut count = 0;
    let mut i = 0;
    while i < s.len() {
        let first = class(s[i]);
        if !word(first) {
            i += 1;
            continue;
        }
        let mut alphanumeric = first != Class::Connector;
        let mut j = i + 1;
        while j < s.len() {
            let c = class(s[j]);
            if word(c) {
                alphanumeric |= c != Class::Connector;
                j += 1;
                continue;
            }
            let (before, after) = (class(s[j - 1]), s.get(j + 1).map(|&b| class(b)));
            let letters = before == Class::Letter
                && after == Some(Class::Letter)
                && matches!(c, Class::MidLetter | Class::MidNumLet);
            let digits = before == Class::Digit
                && after == Some(Class::Digit)
                && matches!(c, Class::MidNum | Class::MidNumLet);
            if letters || digits {
                j += 2;
            } else {
                break;
            }
        }
        count += usize::from(alphanumeric);
        i = j;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_as_unicode_words() {
        for text in [
            "",
            "U.S. officials aren't sure: 1,000.5 or 3;4 jobs_now?",
            "a:b a.b a'b 1.2 1,2 1'2 a.1 1.a a_1 _ __a a_ ... 'quoted' \"x\" -y- 3.",
            "The £1.2bn deal — Meta’s — won’t close, “they” said.\r\n\r\nNext.",
            "e-mail co-op 24/7 9:30 A.B.C. x..y 5,,6",
        ] {
            assert_eq!(count_words(text), text.unicode_words().count(), "{text:?}");
        }
    }
}
