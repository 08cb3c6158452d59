//! Paragraphs and headings: which convention an article uses, and where its blocks are.
//!
//! Articles keep paragraphs in one of two ways: separated by blank lines (and possibly
//! hard-wrapped at ~70 columns inside), or one paragraph per line with no blank lines at all.
//! [`split_paragraphs`] tells them apart from the line lengths: a text is hard-wrapped when
//! the lines that run straight into another line are all short (≤ 100 characters) and most of
//! them stop mid-sentence. In wrapped text a line joins the next when the next line's first word
//! would not have fitted on it (the way a wrapping editor breaks lines); otherwise every
//! non-blank line is a paragraph.

use super::Span;

/// Whether a paragraph is a headline/subheading or body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    Heading,
    Body,
}

/// Longest line (in characters) that can still be a line of hard-wrapped text.
const MAX_WRAP_WIDTH: usize = 100;
/// Longest heading, in words.
const MAX_HEADING_WORDS: usize = 20;

#[derive(Debug, Clone, Copy)]
struct Line {
    /// The line without its line break (and without a trailing `\r`), trimmed of spaces.
    span: Span,
    /// Width in characters.
    width: usize,
    /// True when the next line is not blank and belongs to the same block.
    continued: bool,
}

/// Splits `text` into paragraph spans (trimmed of surrounding white space) with their kind.
pub fn split_paragraphs(text: &str) -> Vec<(Span, ParagraphKind)> {
    let lines = lines(text);
    let wrap_width = wrap_width(text, &lines);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let first = lines[i];
        let mut last = first;
        let mut joined = false;
        if let Some(width) = wrap_width {
            while last.continued && i + 1 < lines.len() {
                let next = lines[i + 1];
                if !reflows_into(text, last, next, width) {
                    break;
                }
                last = next;
                joined = true;
                i += 1;
            }
        }
        let span = Span::new(first.span.start, last.span.end);
        let kind = if !joined && is_heading(&text[span]) {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        out.push((span, kind));
        i += 1;
    }
    out
}

/// Non-blank lines, trimmed, each marked when the following line is also non-blank.
fn lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut pos = 0;
    let mut previous_blank = true;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let trimmed_start = raw.len() - raw.trim_start().len();
        let body = raw.trim();
        if body.is_empty() {
            previous_blank = true;
            continue;
        }
        if !previous_blank && let Some(prev) = out.last_mut() {
            prev.continued = true;
        }
        let s = start + trimmed_start;
        out.push(Line {
            span: Span::new(s, s + body.len()),
            width: body.chars().count(),
            continued: false,
        });
        previous_blank = false;
    }
    out
}

/// The width text was wrapped at, or `None` when the text keeps one paragraph per line.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let continued: Vec<&Line> = lines
        .iter()
        .filter(|l| l.continued && !is_heading(&text[l.span]))
        .collect();
    if continued.is_empty() {
        return None;
    }
    let width = continued.iter().map(|l| l.width).max()?;
    if width > MAX_WRAP_WIDTH {
        return None;
    }
    let mid_sentence = continued
        .iter()
        .filter(|l| !ends_sentence(&text[l.span]))
        .count();
    (mid_sentence * 2 > continued.len()).then_some(width)
}

/// True when `next` continues `line`'s paragraph: its first word did not fit on `line`.
fn reflows_into(text: &str, line: Line, next: Line, width: usize) -> bool {
    let first_word = text[next.span]
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    line.width + 1 + first_word > width.saturating_sub(2) && !is_list_item(&text[next.span])
}

fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '-' | '*' | '–' | '—' | '⁃') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

/// `line` without its closing quotes and brackets.
fn strip_closers(line: &str) -> &str {
    line.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»'])
}

/// True when the line ends with sentence-final punctuation (closing quotes and brackets aside).
fn ends_sentence(line: &str) -> bool {
    strip_closers(line).ends_with(['.', '!', '?', '…'])
}

/// True when the line ends with any punctuation that a heading does not end with.
fn ends_with_punctuation(line: &str) -> bool {
    strip_closers(line).ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// A heading: a short line with letters and no final punctuation, or a short all-caps line.
pub(crate) fn is_heading(paragraph: &str) -> bool {
    if paragraph.contains('\n') || !paragraph.chars().any(char::is_alphabetic) {
        return false;
    }
    let words = paragraph.split_whitespace().count();
    if words > MAX_HEADING_WORDS {
        return false;
    }
    // "(Reporting by Balazs Koranyi; Editing by Toby Chopra)": a wire's credits, or an aside,
    // wholly in parentheses.
    if paragraph.starts_with('(') && paragraph.ends_with(')') {
        return false;
    }
    if !ends_with_punctuation(paragraph) {
        return true;
    }
    // "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP." : a wire headline in capitals.
    let letters = paragraph.chars().filter(|c| c.is_alphabetic());
    words >= 2 && paragraph.ends_with('.') && letters.clone().all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[(&str, ParagraphKind)]) {
        let got: Vec<(&str, ParagraphKind)> = split_paragraphs(text)
            .into_iter()
            .map(|(s, k)| (&text[s], k))
            .collect();
        assert_eq!(got, expected);
    }

    use ParagraphKind::{Body, Heading};

    #[test]
    fn one_paragraph_per_line() {
        check(
            "Big Cuts Ahead\nThe firm cut 600 jobs on Monday, its chief executive said in a statement to staff.\nShares fell 3% in early trading as investors weighed what the cuts would mean.\n",
            &[
                ("Big Cuts Ahead", Heading),
                (
                    "The firm cut 600 jobs on Monday, its chief executive said in a statement to staff.",
                    Body,
                ),
                (
                    "Shares fell 3% in early trading as investors weighed what the cuts would mean.",
                    Body,
                ),
            ],
        );
    }

    #[test]
    fn blank_line_paragraphs_with_crlf() {
        check(
            "Headline here\r\n\r\nFirst paragraph.\r\n\r\n  Second paragraph.  \r\n",
            &[
                ("Headline here", Heading),
                ("First paragraph.", Body),
                ("Second paragraph.", Body),
            ],
        );
    }

    #[test]
    fn hard_wrapped_paragraph_stays_one() {
        let text = "Ports Brace for Strike\n\nDock workers at the country's three largest container ports\nvoted on Tuesday to walk out next month, a union official said,\nraising the prospect of delays for retailers before the holidays.\n\nThe union represents about 45,000 workers along the coast, and\nits leaders have warned that talks with employers had stalled.\n";
        let got = split_paragraphs(text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].1, Heading);
        assert!(text[got[1].0].starts_with("Dock workers"));
        assert!(text[got[1].0].ends_with("holidays."));
        assert!(text[got[2].0].ends_with("stalled."));
    }

    #[test]
    fn wrapped_text_keeps_a_heading_line_apart() {
        let text = "Strike Vote\nDock workers at the country's three largest container ports\nvoted on Tuesday to walk out next month, a union official said,\nraising the prospect of delays.\n";
        let got = split_paragraphs(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(&text[got[0].0], "Strike Vote");
        assert_eq!(got[0].1, Heading);
    }

    #[test]
    fn headings() {
        assert!(is_heading("The Shift From Build to Deploy"));
        assert!(is_heading("Industry Context: The Great Rebalancing"));
        assert!(is_heading("Soaring oil 'hits world economy'"));
        assert!(is_heading("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP."));
        assert!(!is_heading("The company declined to comment."));
        assert!(!is_heading("Shares rose."));
        assert!(!is_heading("“We are still hiring,” she said."));
        assert!(!is_heading("2024"));
        assert!(!is_heading(
            "(Reporting by Balazs Koranyi; Editing by Toby Chopra)"
        ));
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(split_paragraphs("").is_empty());
        assert!(split_paragraphs(" \n\r\n\t\n").is_empty());
    }
}
