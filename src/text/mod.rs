//! The document model: text split once into paragraphs, sentences and tokens.

mod document;
mod paragraph;
mod sentence;
mod span;
mod token;
mod words;

pub use document::{Document, Paragraph, Sentence};
pub use paragraph::ParagraphKind;
pub use span::Span;
pub(crate) use token::char_reference;
pub(crate) use token::tokenize;
pub use token::{Token, TokenKind};
pub use words::count_words;
