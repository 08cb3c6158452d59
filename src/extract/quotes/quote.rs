//! The quotes a report lists: their kind and their speaker.

use crate::text::Span;

/// Whether quoted words stand as their own sentence(s) or sit inside the writer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Full,
    Partial,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The resolved name: the entity's name, or the phrase as written.
    pub name: String,
    /// The words at the attribution ("he", "Zuckerberg", "a spokesperson").
    pub span: Span,
    /// Index into [`Entities::people`](crate::extract::Entities::people).
    pub person: Option<usize>,
    /// Index into [`Entities::organizations`](crate::extract::Entities::organizations).
    pub organization: Option<usize>,
}

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The characters between the quote marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The attribution's verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    pub sentence: usize,
    pub paragraph: usize,
}
