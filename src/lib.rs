//! lede turns news articles into structured JSON.
//!
//! The pipeline, pure from text to report:
//!
//! ```text
//! bytes ──input──▶ String ──Document::parse──▶ Document ──extract::*──▶ findings ──Report::new──▶ Report ──output──▶ JSON
//! ```
//!
//! ```
//! use lede::{analyze, input::Encoding};
//! let report = analyze("note.txt", Encoding::Utf8, "Acme Cuts Jobs\nAcme cut 600 jobs. Shares fell.".into());
//! assert_eq!(report.title.as_deref(), Some("Acme Cuts Jobs"));
//! assert_eq!(report.stats.sentences, 3);
//! ```

pub mod extract;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod report;
pub mod text;

use input::Encoding;
use report::Report;
use text::Document;

/// Analyzes one article's text into its report. Never fails.
pub fn analyze(source: &str, encoding: Encoding, text: String) -> Report {
    let doc = Document::parse(text);
    let entities = extract::entities(&doc);
    let figures = extract::figures(&doc);
    let quotes = extract::quotes(&doc, &entities);
    Report::new(source, encoding, &doc, &entities, &figures, &quotes)
}
