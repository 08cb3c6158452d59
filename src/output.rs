//! Writing reports: pretty JSON for people, JSON Lines for programs.
//!
//! In JSON Lines mode each report is one compact object followed by `\n`, so
//! `lede articles/ > reports.jsonl` gives a file `jq -c` and line-oriented tools read one
//! article at a time. In pretty mode each report is an indented object followed by `\n`;
//! concatenated pretty objects are still a valid JSON stream for jq.

use crate::report::Report;

/// How reports are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Indented JSON, for a terminal.
    Pretty,
    /// One compact object per line.
    Lines,
}

/// Renders a report as bytes ready to write, newline included.
///
/// ```
/// use lede::{analyze, input::Encoding, output::{render, Format}};
/// let bytes = render(&analyze("-", Encoding::Utf8, "Hi there.".into()), Format::Lines);
/// assert!(bytes.starts_with(b"{\"schema_version\":1,"));
/// assert!(bytes.ends_with(b"}\n"));
/// ```
pub fn render(report: &Report, format: Format) -> Vec<u8> {
    let mut out = Vec::with_capacity(4096);
    let result = match format {
        Format::Pretty => serde_json::to_writer_pretty(&mut out, report),
        Format::Lines => serde_json::to_writer(&mut out, report),
    };
    // Serializing plain structs of strings and numbers into memory cannot fail.
    debug_assert!(result.is_ok());
    out.push(b'\n');
    out
}
