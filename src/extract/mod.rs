//! Extractors: pure functions from a [`Document`](crate::text::Document) to findings.

mod figures;

pub use figures::{Figure, FigureKind, figures};
