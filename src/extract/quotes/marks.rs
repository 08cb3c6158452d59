//! Quote marks paired by shape and position in each paragraph, quotes of several
//! paragraphs joined, quoted titles and scare quotes told apart.

use crate::lexicon::NAME_PARTICLES;
use crate::text::{Document, ParagraphKind, Span};

/// Quote spans (inside the marks) with the paragraph each starts in.
pub(crate) fn find_quote_spans(doc: &Document) -> Vec<(Span, usize)> {
    let text = doc.text();
    let mut out = Vec::new();
    // An open quote carried over from the previous paragraph: (inner start, paragraph).
    let mut carried: Option<(usize, usize)> = None;
    let paragraphs = doc.paragraphs();
    // An article whose body uses no double marks quotes with single ones: ‘…’ or '…' (a
    // headline's single marks are its own style: "Sony 'set to sell film unit'").
    let single = single_marks(
        paragraphs
            .iter()
            .filter(|p| p.kind != ParagraphKind::Heading)
            .map(|p| &text[p.span]),
    );
    for (p, para) in paragraphs.iter().enumerate() {
        let mut open: Option<(usize, usize)> = carried.take();
        let single = single && para.kind != ParagraphKind::Heading;
        // Openers of quotes nested in the open one with the same marks, not yet closed.
        let mut nested = 0;
        let s = &text[para.span];
        let base = para.span.start;
        let mut skip_first_opener = open.is_some();
        // (Built when first asked: most paragraphs never nest a quote.)
        let curly = std::cell::OnceCell::new();
        let curly = || curly.get_or_init(|| CurlyMarks::new(s));
        // Only the characters that can be quote marks are looked at.
        let mut skip_to = 0;
        let marks = s.char_indices().filter(|&(_, c)| {
            matches!(c, '“' | '”' | '"' | '`' | '\'') || single && matches!(c, '‘' | '’')
        });
        for (i, c) in marks {
            if i < skip_to {
                continue;
            }
            let prev = s[..i].chars().next_back();
            let next = s[i + c.len_utf8()..].chars().next();
            let mark = match c {
                '“' => Some((Mark::Open, c.len_utf8())),
                '”' => Some((Mark::Close, c.len_utf8())),
                '"' => Some((straight(prev, next, open.is_some()), 1)),
                '`' if next == Some('`') => {
                    skip_to = i + 2;
                    Some((Mark::Open, 2))
                }
                // '' closes the wire style ``…'' and, in some papers, opens as well: ''…''.
                '\'' if next == Some('\'') => {
                    skip_to = i + 2;
                    let after = s[i + 2..].chars().next();
                    Some((straight(prev, after, open.is_some()), 2))
                }
                '‘' => Some((Mark::Open, c.len_utf8())),
                '’' | '\'' if single => {
                    single_mark(s, i, c, open.is_some()).map(|m| (m, c.len_utf8()))
                }
                _ => None,
            };
            let Some((mut mark, len)) = mark else {
                continue;
            };
            if skip_first_opener {
                skip_first_opener = false;
                if mark == Mark::Open && s[..i].trim().is_empty() {
                    continue; // the opener of a continued paragraph
                }
            }
            // Position overrides a mark used the wrong way round.
            if mark == Mark::Close && open.is_none() && prev.is_none_or(char::is_whitespace) {
                mark = Mark::Open;
            } else if mark == Mark::Open
                && open.is_some()
                && next.is_none_or(|n| n.is_whitespace() || ",.;:!?".contains(n))
            {
                mark = Mark::Close;
            }
            match mark {
                // A curly opener inside an open curly quote that the rest of the paragraph
                // closes twice is a quote nested with the same marks (“… claim that “has to
                // do with Israel” makes clear …”): the outer quote runs on.
                Mark::Open
                    if c == '“'
                        && open.is_some_and(|(start, _)| text[..start].ends_with('“'))
                        && curly().after(i, '”') >= curly().after(i, '“') + 2 =>
                {
                    nested += 1;
                }
                Mark::Close if nested > 0 => nested -= 1,
                Mark::Open => {
                    // A new opener while a quote of whole sentences is open: the writer left
                    // out the closing mark ("“Every day counts. “It is clear …”"), so the
                    // open quote ends at its last sentence (a quote run on from the paragraph
                    // before too). A partial quote of a long sentence likewise ("said that
                    // “this may be the worst disaster … communities. “Many people …”").
                    if let Some((start, op)) = open {
                        let inner = text[start..base + i].trim_end();
                        let words = word_count(inner);
                        if inner.ends_with(['.', '!', '?'])
                            && (inner.starts_with(char::is_uppercase) && words >= 3
                                || inner.starts_with(char::is_lowercase) && words >= 8)
                        {
                            out.push((Span::new(start, start + inner.len()), op));
                        }
                    }
                    open = Some((base + i + len, p));
                }
                Mark::Close => {
                    if let Some((start, op)) = open.take() {
                        let end = base + i;
                        if start < end {
                            out.push((Span::new(start, end), op));
                        }
                    }
                }
            }
        }
        // Still open at the paragraph's end: runs on when the next paragraph opens a quote.
        // Only a quote that opened as speech ("“The …") runs on: "The “plan was …" does not.
        if let Some(o) = open
            && let Some(next) = paragraphs.get(p + 1)
            && text[next.span].starts_with(['“', '"', '`', '\'', '‘'])
            && text[o.0..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            carried = Some(o);
        }
    }
    out
}

/// Where a paragraph's curly double marks stand, to count those after a byte without
/// reading the rest of the paragraph again (a long paragraph of nested quotes would be read
/// once per mark).
struct CurlyMarks {
    opens: Vec<usize>,
    closes: Vec<usize>,
}

impl CurlyMarks {
    fn new(s: &str) -> CurlyMarks {
        let (mut opens, mut closes) = (Vec::new(), Vec::new());
        for (i, c) in s.char_indices() {
            match c {
                '“' => opens.push(i),
                '”' => closes.push(i),
                _ => {}
            }
        }
        CurlyMarks { opens, closes }
    }

    /// How many marks `c` (“ or ”) stand after byte `i`.
    fn after(&self, i: usize, c: char) -> usize {
        let marks = if c == '“' {
            &self.opens
        } else {
            &self.closes
        };
        marks.len() - marks.partition_point(|&at| at <= i)
    }
}

/// Whether paragraphs quote with single marks: they hold ‘ or ' and no double mark (“, ”,
/// ", ``, '').
pub(super) fn single_marks<'a>(mut paragraphs: impl Iterator<Item = &'a str> + Clone) -> bool {
    paragraphs.clone().any(|p| p.contains(['‘', '\'']))
        && !paragraphs.any(|p| p.contains(['“', '”', '"']) || p.contains("``") || p.contains("''"))
}

/// What a single mark `c` at byte `i` of paragraph `s` is in an article quoting with single
/// marks: an opener after a space and before a word ('We …), a closer after a word and
/// before a space or punctuation while a quote is open (… all week.’), or an apostrophe
/// (couldn’t, the Harts’ shop, ’90s) — a plural's possessive before a word in lower case
/// when the paragraph closes the quote later ('The players' union is angry,' he said).
pub(super) fn single_mark(s: &str, i: usize, c: char, open: bool) -> Option<Mark> {
    let prev = s[..i].chars().next_back();
    let after = &s[i + c.len_utf8()..];
    let next = after.chars().next();
    let before_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–".contains(p));
    let after_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
    if before_space && !after_space {
        // ("'90s": a year's elision.)
        let elision = next.is_some_and(|n| n.is_ascii_digit());
        return (c == '\'' && !elision).then_some(Mark::Open);
    }
    if !open || before_space || !after_space {
        return None;
    }
    let possessive = prev == Some('s')
        && after.trim_start().starts_with(char::is_lowercase)
        && after.contains(['’', '\'']);
    (!possessive).then_some(Mark::Close)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    Open,
    Close,
}

/// The direction of a straight quote mark from its neighbours.
pub(super) fn straight(prev: Option<char>, next: Option<char>, open: bool) -> Mark {
    let before_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let after_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
    match (before_space, after_space) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ if open => Mark::Close,
        _ => Mark::Open,
    }
}

/// Words with a letter or digit in quoted text.
pub(super) fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Quoted titles ("Saturday Night Live") and empty marks are not quotes; short ones are
/// judged once their attribution is known (see [`quotes`]).
pub(super) fn is_quote(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| w.chars().any(char::is_alphanumeric))
        && !is_title(text)
}

/// Quoted words that read as a title: "Saturday Night Live", "Return of the Legend" (every
/// word capitalized but small ones, at most eight, no closing punctuation).
pub(crate) fn is_title(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    !words.is_empty()
        && words.len() <= 8
        && !text.trim_end().ends_with(['.', ',', '!', '?'])
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    *w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at"
                )
                || NAME_PARTICLES.contains(w)
        })
}
