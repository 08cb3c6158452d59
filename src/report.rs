//! The JSON report: serde types that are the schema, version 1.
//!
//! One article gives one [`Report`]. Several articles give one object per line (JSON Lines),
//! in input order. Output is deterministic: the same input gives byte-identical output.
//!
//! # Conventions
//!
//! - Offsets `start`/`end` count Unicode scalar values (code points) from the start of the input
//!   text as read (after a UTF-8 BOM is dropped), end exclusive: the indices Python's `str` and
//!   jq's string slicing use. Every object with offsets also has the `text` they cover, so
//!   `input[start:end] == text` always holds. (Inside lede spans are bytes; they are converted
//!   here, once, by [`CharOffsets`].)
//! - `sentence` and `paragraph` fields are indices into the `sentences` and `paragraphs` arrays.
//! - Arrays are in document order. A field whose value is unknown is `null`.
//!
//! # Top level
//!
//! - `schema_version`: `1`.
//! - `source`: the path as given on the command line (or found under a folder given), `"-"`
//!   for standard input.
//! - `encoding`: how the input was decoded: `"utf-8"`, `"utf-16"` (input with a UTF-16 byte
//!   order mark) or `"windows-1252"` (input that was not valid UTF-8; a warning on stderr names
//!   the file).
//! - `title`: the headline when the first paragraph is a heading, else `null`.
//! - `stats`: `characters` (code points), `words` (Unicode word segmentation, words holding a
//!   letter or digit), `sentences`, `paragraphs`, `headings`.
//! - `paragraphs`, `sentences`: below.
//!
//! # paragraphs
//!
//! `{"index": 0, "kind": "heading", "start": 0, "end": 37, "text": "…", "sentences": [0, 1]}`
//!
//! - `index`: position in the array.
//! - `kind`: `"heading"` (headline or subheading: a short line without final punctuation) or
//!   `"body"`. A heading is one sentence long.
//! - `start`, `end`, `text`: the paragraph, trimmed of surrounding white space. A hard-wrapped
//!   paragraph keeps its inner line breaks in `text`.
//! - `sentences`: the half-open range `[first, end)` of its sentence indices.
//!
//! A paragraph is separated by a blank line, or is a line of its own when the text keeps one
//! paragraph per line.
//!
//! # sentences
//!
//! `{"index": 0, "paragraph": 0, "start": 0, "end": 37, "text": "…"}`
//!
//! - `index`: position in the array; `paragraph`: the paragraph it belongs to.
//! - `start`, `end`, `text`: the sentence, trimmed; every non-space character of a paragraph
//!   lies in one of its sentences.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::input::Encoding;
use crate::text::{Document, ParagraphKind, Span};

/// The schema version this module describes.
pub const SCHEMA_VERSION: u32 = 1;

/// One article's report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub source: String,
    pub encoding: &'static str,
    pub title: Option<String>,
    pub stats: Stats,
    pub paragraphs: Vec<ParagraphReport>,
    pub sentences: Vec<SentenceReport>,
}

/// Counts over the whole article.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub headings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParagraphReport {
    pub index: usize,
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentences: [usize; 2],
}

#[derive(Debug, Clone, Serialize)]
pub struct SentenceReport {
    pub index: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Report {
    /// Builds the report of a parsed document.
    pub fn new(source: &str, encoding: Encoding, doc: &Document) -> Report {
        let text = doc.text();
        let mut offsets = Vec::with_capacity(2 * (doc.paragraphs().len() + doc.sentences().len()));
        for p in doc.paragraphs() {
            offsets.extend([p.span.start, p.span.end]);
        }
        for s in doc.sentences() {
            offsets.extend([s.span.start, s.span.end]);
        }
        let chars = CharOffsets::new(text, offsets);
        let paragraphs = doc
            .paragraphs()
            .iter()
            .enumerate()
            .map(|(index, p)| ParagraphReport {
                index,
                kind: match p.kind {
                    ParagraphKind::Heading => "heading",
                    ParagraphKind::Body => "body",
                },
                start: chars.get(p.span.start),
                end: chars.get(p.span.end),
                text: text[p.span].to_string(),
                sentences: [p.sentences.start, p.sentences.end],
            })
            .collect::<Vec<_>>();
        let sentences = doc
            .sentences()
            .iter()
            .enumerate()
            .map(|(index, s)| SentenceReport {
                index,
                paragraph: s.paragraph,
                start: chars.get(s.span.start),
                end: chars.get(s.span.end),
                text: text[s.span].to_string(),
            })
            .collect::<Vec<_>>();
        let stats = Stats {
            characters: text.chars().count(),
            words: text.unicode_words().count(),
            sentences: sentences.len(),
            paragraphs: paragraphs.len(),
            headings: doc
                .paragraphs()
                .iter()
                .filter(|p| p.kind == ParagraphKind::Heading)
                .count(),
        };
        Report {
            schema_version: SCHEMA_VERSION,
            source: source.to_string(),
            encoding: encoding.as_str(),
            title: doc.title().map(|s| text[s].to_string()),
            stats,
            paragraphs,
            sentences,
        }
    }
}

/// Byte offsets to code-point offsets, computed for a known set of offsets in one pass.
///
/// ```
/// use lede::report::CharOffsets;
/// let text = "“Hi” €5";
/// let c = CharOffsets::new(text, vec![0, 3, 5, 8, 12]);
/// assert_eq!([c.get(0), c.get(3), c.get(5), c.get(8), c.get(12)], [0, 1, 3, 4, 6]);
/// ```
pub struct CharOffsets {
    /// Sorted byte offsets and their code-point offsets; empty when the text is ASCII.
    bytes: Vec<usize>,
    chars: Vec<usize>,
    ascii: bool,
}

impl CharOffsets {
    /// Prepares the conversion of `offsets` (byte offsets on char boundaries of `text`).
    pub fn new(text: &str, mut offsets: Vec<usize>) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets {
                bytes: Vec::new(),
                chars: Vec::new(),
                ascii: true,
            };
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut chars = Vec::with_capacity(offsets.len());
        let mut count = 0;
        let mut pos = 0;
        for &b in &offsets {
            count += text[pos..b].chars().count();
            pos = b;
            chars.push(count);
        }
        CharOffsets {
            bytes: offsets,
            chars,
            ascii: false,
        }
    }

    /// The code-point offset of byte offset `byte`, which must have been given to `new`.
    pub fn get(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.chars[i],
            Err(_) => {
                debug_assert!(false, "offset {byte} was not registered");
                0
            }
        }
    }

    /// Converts a span.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.get(span.start), self.get(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_of_a_small_article() {
        let doc =
            Document::parse("Café Owners Rally\n“We’re open,” said Mr. Dupont. Sales rose.\n");
        let r = Report::new("x.txt", Encoding::Utf8, &doc);
        assert_eq!(r.title.as_deref(), Some("Café Owners Rally"));
        assert_eq!(
            r.stats,
            Stats {
                characters: 61,
                words: 10,
                sentences: 3,
                paragraphs: 2,
                headings: 1
            }
        );
        let s = &r.sentences[1];
        assert_eq!(s.text, "“We’re open,” said Mr. Dupont.");
        let chars: Vec<char> = doc.text().chars().collect();
        let sliced: String = chars[s.start..s.end].iter().collect();
        assert_eq!(sliced, s.text);
        assert_eq!(r.paragraphs[1].sentences, [1, 3]);
    }
}
