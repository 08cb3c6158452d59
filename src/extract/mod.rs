//! Extractors: pure functions from a [`Document`](crate::text::Document) to findings.
//!
//! People, organizations and places are found together by [`entities`], since telling them
//! apart is one decision over the same names.

mod entities;
mod figures;
mod names;
mod quotes;
mod roles;

pub use entities::{Entities, Entity, EntityKind, Mention, Role, entities};
pub use figures::{Figure, FigureKind, figures};
pub use quotes::{Quote, QuoteKind, Speaker, quotes};
