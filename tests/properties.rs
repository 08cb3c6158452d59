//! Property tests: any text parses without panic; paragraph and sentence spans are ordered,
//! disjoint, on char boundaries, lose no non-space text, and their code-point offsets in the
//! report slice the input to their text; the fast word count is UAX #29's.

mod common;

use lede::input::Encoding;
use lede::text::Document;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// News-like text: words, numbers, punctuation, quotes of both kinds, line breaks, multi-byte.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("“Yes,” she said. ".to_string()),
        Just("\"No?\" ".to_string()),
        Just("$1.2bn ".to_string()),
        Just("€5 ".to_string()),
        Just("... ".to_string()),
        Just("\n".to_string()),
        Just("\r\n\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("— ".to_string()),
        Just("Meta’s ".to_string()),
        "[A-Za-z]{1,9}[ .,!?]{0,2}",
        "[0-9]{1,4}[.,]?[0-9]{0,3} ",
        "\\PC{0,3}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Text for the word count: ASCII word characters and every ASCII joiner, news, anything.
fn word_texts() -> impl Strategy<Value = String> {
    prop_oneof![
        r#"[a-zA-Z0-9_:.',; \t\n\r"-]{0,40}"#,
        newsy(),
        r"\PC{0,40}",
        any::<String>(),
    ]
}

fn check(text: &str) {
    let doc = Document::parse(text);
    let mut last_end = 0;
    for p in doc.paragraphs() {
        assert!(p.span.start >= last_end, "paragraphs overlap");
        assert!(text.is_char_boundary(p.span.start) && text.is_char_boundary(p.span.end));
        last_end = p.span.end;
        for s in &doc.sentences()[p.sentences.clone()] {
            assert!(p.span.contains(s.span), "sentence outside its paragraph");
        }
    }
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in doc.sentences() {
        assert!(
            s.span.start >= last_end,
            "sentences overlap or are out of order"
        );
        assert!(!s.span.is_empty());
        last_end = s.span.end;
        covered[s.span.start..s.span.end]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        assert!(
            c.is_whitespace() || covered[i],
            "{c:?} at byte {i} is in no sentence"
        );
    }
    let report = lede::analyze("-", Encoding::Utf8, text.to_string());
    let value = serde_json::to_value(&report).unwrap();
    common::check_offsets(text, &value);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_unicode_text(text in "\\PC*") {
        check(&text);
    }

    #[test]
    fn any_string_at_all(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_text(text in newsy()) {
        check(&text);
    }

    /// The fast word count agrees with UAX #29 word segmentation on any text.
    #[test]
    fn word_count_is_unicode_words(text in word_texts()) {
        prop_assert_eq!(lede::text::count_words(&text), text.unicode_words().count());
    }
}
