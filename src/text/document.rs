//! [`Document`]: an article parsed once into paragraphs, sentences and tokens.

use std::ops::Range;

use super::Span;
use super::paragraph::{ParagraphKind, split_paragraphs};
use super::sentence::split_sentences;
use super::token::{Token, tokenize};

/// A paragraph: a headline/subheading or a block of body text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub span: Span,
    /// Indices of its sentences in [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence with the paragraph it belongs to and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// Indices of its tokens in [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// An article, split once; every extractor reads it and none splits the text again.
///
/// ```
/// use lede::text::{Document, ParagraphKind};
/// let doc = Document::parse("Jobs Cut at Acme\nAcme Corp. cut 600 jobs. Shares fell.\n");
/// assert_eq!(doc.paragraphs().len(), 2);
/// assert_eq!(doc.paragraphs()[0].kind, ParagraphKind::Heading);
/// let sentences: Vec<&str> = doc.sentences().iter().map(|s| doc.slice(s.span)).collect();
/// assert_eq!(sentences, ["Jobs Cut at Acme", "Acme Corp. cut 600 jobs.", "Shares fell."]);
/// ```
#[derive(Debug, Clone)]
pub struct Document {
    text: String,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
}

impl Document {
    /// Splits `text` into paragraphs, sentences and tokens. Never fails.
    pub fn parse(text: impl Into<String>) -> Document {
        let text = text.into();
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut tokens = Vec::new();
        for (index, (span, kind)) in split_paragraphs(&text).into_iter().enumerate() {
            let first = sentences.len();
            let spans = match kind {
                ParagraphKind::Heading => vec![span],
                ParagraphKind::Body => split_sentences(&text, span),
            };
            for s in spans {
                let t = tokens.len();
                tokenize(&text, s, &mut tokens);
                sentences.push(Sentence {
                    span: s,
                    paragraph: index,
                    tokens: t..tokens.len(),
                });
            }
            paragraphs.push(Paragraph {
                kind,
                span,
                sentences: first..sentences.len(),
            });
        }
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
        }
    }

    /// The whole text, as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.text.as_str()[span]
    }

    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }

    /// The headline: the first paragraph when it is a heading.
    pub fn title(&self) -> Option<Span> {
        self.paragraphs
            .first()
            .filter(|p| p.kind == ParagraphKind::Heading)
            .map(|p| p.span)
    }

    /// Index of the sentence that contains byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }
}
