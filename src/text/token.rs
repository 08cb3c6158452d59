//! Word, number and punctuation tokens, found once per sentence.

use super::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner digits, hyphens, apostrophes, `&` or acronym periods
    /// ("Meta", "AT&T", "U.S.", "Jean-Claude", "aren’t", "COVID-19").
    Word,
    /// Digits with separators and attached letters ("1,000", "3.5", "1.2bn", "2012-13").
    Number,
    /// A possessive ending split off its word ("’s").
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

/// A token: its kind and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                kind: TokenKind::Punct,
                span: Span::new(span.start + i, span.start + i + c.len_utf8()),
            });
            continue;
        }
        let number = c.is_ascii_digit();
        let mut end = i + c.len_utf8();
        let mut segment = 1; // letters since the last inner period
        let mut dotted = false;
        loop {
            let rest = &s[end..];
            let mut it = rest.chars();
            let Some(d) = it.next() else { break };
            if d.is_alphanumeric() {
                end += d.len_utf8();
                segment += 1;
                continue;
            }
            // ("Jos&#233;", "caf&eacute;": an HTML character reference after letters.)
            if d == '&'
                && !number
                && let Some(len) = char_reference(rest)
            {
                end += len;
                segment += 1;
                continue;
            }
            let next = it.next();
            let joins = next.is_some_and(char::is_alphanumeric)
                && match d {
                    '-' | '&' => true,
                    '\'' | '’' => !number,
                    ',' => number && next.is_some_and(|n| n.is_ascii_digit()),
                    '.' => {
                        if number {
                            next.is_some_and(|n| n.is_ascii_digit())
                        } else {
                            segment <= 2 && next.is_some_and(char::is_alphabetic)
                        }
                    }
                    _ => false,
                };
            if joins {
                if d == '.' && !number {
                    dotted = true;
                    segment = 0;
                }
                end += d.len_utf8();
            } else {
                if d == '.' && dotted && segment <= 2 {
                    end += 1; // the final period of "U.S."
                }
                break;
            }
        }
        // Split a possessive ’s off the word; after a number it is read the same way ("Radio
        // 4's", "the 747's").
        let word = &s[i..end];
        let mut word_end = end;
        if number
            && let Some(a) = s[end..].chars().next().filter(|&c| is_apostrophe(c))
            && let rest = &s[end + a.len_utf8()..]
            && rest.starts_with(['s', 'S'])
            && !rest[1..].starts_with(char::is_alphanumeric)
        {
            end += a.len_utf8() + 1;
        } else if !number
            && word.len() > 2
            && word.ends_with(['s', 'S'])
            && word[..word.len() - 1].ends_with(is_apostrophe)
        {
            let apostrophe = word[..word.len() - 1]
                .chars()
                .next_back()
                .map_or(1, char::len_utf8);
            word_end = end - 1 - apostrophe;
        }
        out.push(Token {
            kind: if number {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
            span: Span::new(span.start + i, span.start + word_end),
        });
        if word_end < end {
            out.push(Token {
                kind: TokenKind::Possessive,
                span: Span::new(span.start + word_end, span.start + end),
            });
        }
        while chars.peek().is_some_and(|&(j, _)| j < end) {
            chars.next();
        }
    }
}

/// The length of an HTML character reference to a letter opening `s`: "&#233;", "&#xE9;",
/// "&eacute;" (not "&#191;", an inverted question mark scraped for an apostrophe, nor
/// "&amp;").
pub(crate) fn char_reference(s: &str) -> Option<usize> {
    let body = s.strip_prefix('&')?;
    // (Within a reference's length: not a search of the rest of the paragraph.)
    let end = body.bytes().take(10).position(|b| b == b';')?;
    let name = &body[..end];
    let ok = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        };
        code.and_then(char::from_u32)
            .is_some_and(char::is_alphabetic)
    } else {
        name == "szlig"
            || [
                "acute", "grave", "circ", "uml", "tilde", "cedil", "ring", "slash", "lig",
            ]
            .iter()
            .any(|accent| {
                name.strip_suffix(accent).is_some_and(|base| {
                    (1..=2).contains(&base.len()) && base.chars().all(|c| c.is_ascii_alphabetic())
                })
            })
    };
    ok.then_some(end + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        let got: Vec<&str> = out.iter().map(|t| &text[t.span]).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn token_table() {
        check("Meta’s AI-first plan", &["Meta", "’s", "AI-first", "plan"]);
        check(
            "AT&T and Marsh & McLennan",
            &["AT&T", "and", "Marsh", "&", "McLennan"],
        );
        check("the U.S. economy", &["the", "U.S.", "economy"]);
        check("in the U.S.", &["in", "the", "U.S."]);
        check("$1.2bn, up 3.5%", &["$", "1.2bn", ",", "up", "3.5", "%"]);
        check("1,000 jobs in 2012-13", &["1,000", "jobs", "in", "2012-13"]);
        check("aren’t O'Brien's", &["aren’t", "O'Brien", "'s"]);
        check("Radio 4's show", &["Radio", "4", "'s", "show"]);
        check("1990's' 4'sx", &["1990", "'s", "'", "4", "'", "sx"]);
        check("workers’ pay", &["workers", "’", "pay"]);
        check("“Hi,” €5", &["“", "Hi", ",", "”", "€", "5"]);
        check("example.com. Next", &["example", ".", "com", ".", "Next"]);
        check("COVID-19 Jean-Claude", &["COVID-19", "Jean-Claude"]);
        // An HTML character reference inside or closing a word is the word's letter (a
        // scraped "Jos&#233;", "caf&eacute;"); not "AT&T;" nor a reference alone.
        check(
            "Jos&#233; Manuel, caf&eacute; B&#233;ziers AT&T; &#163;5",
            &[
                "Jos&#233;",
                "Manuel",
                ",",
                "caf&eacute;",
                "B&#233;ziers",
                "AT&T",
                ";",
                "&",
                "#",
                "163",
                ";",
                "5",
            ],
        );
    }
}
