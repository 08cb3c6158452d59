//! Byte spans into a document's text.

use std::ops::Index;

/// A half-open range `start..end` of byte offsets into a document's text.
///
/// Spans are `Copy` and index `str` directly:
///
/// ```
/// use lede::text::Span;
/// let text = "Meta cut 600 jobs";
/// assert_eq!(&text[Span::new(9, 12)], "600");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn to(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_multibyte_text() {
        let text = "“Meta’s” €5";
        let s = Span::new(3, 11);
        assert_eq!(&text[s], "Meta’s");
        assert_eq!(s.len(), 8);
    }

    #[test]
    fn relations() {
        let a = Span::new(0, 10);
        let b = Span::new(2, 4);
        assert!(a.contains(b));
        assert!(!b.contains(a));
        assert!(a.overlaps(b));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 4)));
        assert_eq!(Span::new(5, 6).to(Span::new(1, 2)), Span::new(1, 6));
        assert!(Span::new(3, 3).is_empty());
    }
}
