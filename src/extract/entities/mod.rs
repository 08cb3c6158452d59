//! People, organizations and places: names found, typed by the whole document's evidence,
//! merged into one entity per referent.
//!
//! 1. **Candidates** ([`super::names`]): runs of capitalized tokens with the connectors names
//!    use, titles split off, sentence-initial capitals checked against the document.
//! 2. **Evidence**: every mention of a name adds to three scores (person, organization,
//!    place) from word lists (given names, places, known organizations, legal suffixes,
//!    head words) and context (honorifics and titles, apposition, speech verbs, "based in").
//!    A name gets the type its mentions together favour, so one typed once keeps that type.
//! 3. **Merging**: a surname joins the person whose name ends with it ("Zuckerberg" → "Mark
//!    Zuckerberg"), a short form joins the organization it begins ("Meta" → "Meta Platforms
//!    Inc."), an acronym joins the name it abbreviates ("PRA"). Then names listed together
//!    ("Given, Breen, Staunton") share the type of the list's confidently typed names.
//! 4. **Headings** only mention entities the body names (or well-known places and
//!    organizations), since every word of a Title Case heading is capitalized.

mod entity;
mod evidence;
mod filter;
mod merge;
mod pipeline;
#[cfg(test)]
mod tests;

pub use entity::{Entities, Entity, EntityKind, Mention, Role};
pub(crate) use evidence::{apposition, name_after_title_words};
pub(crate) use merge::is_saint;
pub use pipeline::entities;
pub(crate) use pipeline::key_of;
