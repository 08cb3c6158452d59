//! Word lists shipped inside the binary: data files, one entry a line, loaded once.
//!
//! Each file's source and licence are recorded in `src/lexicon/SOURCES.md`.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A set of lower-case entries read from a data file.
pub struct WordList {
    entries: HashSet<&'static str>,
}

impl WordList {
    /// Parses a data file: one entry a line, blank lines and `#` comments skipped.
    pub fn parse(data: &'static str) -> WordList {
        let entries = data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        WordList { entries }
    }

    /// True when `word` is in the list, compared case-insensitively.
    pub fn contains(&self, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            self.entries.contains(word)
        } else {
            self.entries.contains(word.to_lowercase().as_str())
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().copied()
    }
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<WordList> =
            LazyLock::new(|| WordList::parse(include_str!($file)));
    };
}

word_list!(
    /// Titles and abbreviations that stand before a name or number ("Mr.", "No.").
    ABBREVIATIONS_PREFIX,
    "abbreviations_prefix.txt"
);
word_list!(
    /// Abbreviations that may end a sentence ("Inc.", "Jr.", "Jan.").
    ABBREVIATIONS,
    "abbreviations.txt"
);
word_list!(
    /// Capitalized function words that usually start a sentence.
    SENTENCE_STARTERS,
    "sentence_starters.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_compare_case_insensitively() {
        assert!(ABBREVIATIONS_PREFIX.contains("Mr"));
        assert!(ABBREVIATIONS_PREFIX.contains("e.g"));
        assert!(ABBREVIATIONS.contains("Inc"));
        assert!(SENTENCE_STARTERS.contains("The"));
        assert!(!SENTENCE_STARTERS.contains("Zuckerberg"));
        assert!(!ABBREVIATIONS.contains("# Abbreviations"));
    }
}
