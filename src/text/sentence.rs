//! Sentence boundaries in news English.
//!
//! A candidate boundary is a run of terminators (`.`, `?`, `!`, `…`, spaced `. . .`) followed by
//! closing quotes or brackets and then white space. Whether it ends the sentence depends on what
//! comes next and, for a single period, on the word before it:
//!
//! - a lower-case word next never starts a sentence ("businesses. not just", "“Why now?” she
//!   asked"), unless it is a mixed-case brand (eBay, iPhone);
//! - titles and prefix abbreviations (Mr., Dr., Gov., No., e.g.) never end a sentence;
//! - initials (George W. Bush), dotted acronyms (U.S., J.K.) and abbreviations that can end a
//!   sentence (Inc., Co., Jr., Jan.) end it only before a word that usually starts one ("in the
//!   U.S. The company…" splits, "the U.S. Treasury" does not);
//! - a list marker ("1." at the start of a sentence) is not a sentence of its own.
//!
//! A closing double mark set off by a space after the terminator (`years... " Hailey`) belongs to
//! the sentence it closes; an opening mark is followed by a word.

use super::Span;
use crate::lexicon::{ABBREVIATIONS, ABBREVIATIONS_PREFIX, SENTENCE_STARTERS};

const CLOSERS: &[char] = &['”', '"', '’', '\'', ')', ']', '»', '›'];
const OPENERS: &[char] = &['“', '"', '‘', '\'', '`', '(', '[', '«', '‹', '¿', '¡'];

/// Sentence spans inside `span` of `text`, trimmed, in order, covering every non-space
/// character of the span.
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let para = &text[span];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = para.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if start.is_none() {
            if c.is_whitespace() {
                continue;
            }
            start = Some(i);
        }
        if !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let run_end = terminator_run_end(para, i);
        // "[...]" marks words left out of a quotation: no terminator.
        if para[..i].ends_with('[') && para[run_end..].starts_with(']') {
            while iter.peek().is_some_and(|&(j, _)| j < run_end) {
                iter.next();
            }
            continue;
        }
        let end = spaced_closer(para, skip_closers(para, run_end));
        // Advance the iterator past what was consumed.
        while iter.peek().is_some_and(|&(j, _)| j < end) {
            iter.next();
        }
        let Some(s) = start else { continue };
        if end < para.len() && ends_sentence(para, s, i, run_end, end) {
            out.push(Span::new(span.start + s, span.start + end));
            start = None;
        }
    }
    if let Some(s) = start {
        let trimmed = para[s..].trim_end();
        if !trimmed.is_empty() {
            out.push(Span::new(span.start + s, span.start + s + trimmed.len()));
        }
    }
    out
}

/// End of the run of terminators starting at `i`, counting spaced ellipses (". . .").
fn terminator_run_end(para: &str, i: usize) -> usize {
    let bytes = para.as_bytes();
    let mut j = i;
    loop {
        let rest = &para[j..];
        if let Some(c) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '.' | '?' | '!' | '…'))
        {
            j += c.len_utf8();
        } else if j > i
            && bytes[j - 1] == b'.'
            && bytes.get(j) == Some(&b' ')
            && bytes.get(j + 1) == Some(&b'.')
        {
            j += 1;
        } else {
            return j;
        }
    }
}

/// Skips closing quotes and brackets after a terminator, and footnote marks ("martyr.[1]").
fn skip_closers(para: &str, mut j: usize) -> usize {
    loop {
        let rest = &para[j..];
        if let Some(c) = rest.chars().next().filter(|c| CLOSERS.contains(c)) {
            j += c.len_utf8();
        } else if let Some(inner) = rest.strip_prefix('[')
            && let Some(close) = inner.find(']')
            && close > 0
            && close <= 3
            && inner[..close].bytes().all(|b| b.is_ascii_digit())
        {
            j += close + 2;
        } else {
            return j;
        }
    }
}

/// Takes in a closing double mark set off by spaces after the terminator (`years... " Hailey
/// recalled`): a mark followed by white space opens nothing.
fn spaced_closer(para: &str, end: usize) -> usize {
    let bytes = para.as_bytes();
    let mut j = end;
    while bytes.get(j) == Some(&b' ') {
        j += 1;
    }
    let mark = match bytes.get(j) {
        _ if j == end => return end,
        Some(b'"') => 1,
        Some(0xE2) if para[j..].starts_with('”') => '”'.len_utf8(),
        _ => return end,
    };
    match para[j + mark..].chars().next() {
        None => j + mark,
        Some(c) if c.is_whitespace() => j + mark,
        _ => end,
    }
}

/// Decides whether the terminator run `term..run_end` (closers up to `end`) ends the sentence
/// that started at `start`.
fn ends_sentence(para: &str, start: usize, term: usize, run_end: usize, end: usize) -> bool {
    let after = &para[end..];
    if !after.starts_with(char::is_whitespace) {
        return false; // 3.5, U.S.A, example.com, Yahoo!Inc
    }
    let rest = after.trim_start();
    let Some(next) = rest.chars().next() else {
        return true;
    };
    let next_word = leading_word(rest);
    if next.is_lowercase() {
        // A brand like eBay or iPhone may start a sentence.
        if !next_word.chars().skip(1).any(char::is_uppercase) {
            return false;
        }
    } else if !(next.is_uppercase()
        || next.is_ascii_digit()
        || OPENERS.contains(&next)
        || matches!(next, '$' | '£' | '€' | '¥' | '•' | '#'))
    {
        return false;
    }
    let single_period = run_end == term + 1 && &para[term..run_end] == ".";
    if !single_period {
        return true;
    }
    let word = word_before(para, term);
    // ("Apple Inc. (NASDAQ: AAPL) rose": a parenthesis opens no sentence by itself.)
    let starter = SENTENCE_STARTERS.contains(next_word)
        || OPENERS.contains(&next) && !matches!(next, '(' | '[');
    // "N°. 1026", "p. 5": a number after a sign or a one-letter word continues the sentence.
    if next.is_ascii_digit() && word.chars().count() <= 1 {
        return false;
    }
    if word.is_empty() {
        return true;
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        // "1." opening a list item is not a sentence.
        return start != word_start(para, term);
    }
    if is_number(word) {
        return true;
    }
    // ("the FT. But …": a word in capitals in mixed-case text is an acronym, not "Ft.".)
    let acronym = word.chars().count() > 1
        && word.chars().all(char::is_uppercase)
        && next_word.chars().any(char::is_lowercase);
    if ABBREVIATIONS_PREFIX.contains(word) && !acronym {
        return false;
    }
    // (Not a contraction's last letter: "wasn't.", "don’t.".)
    let single_letter = word.chars().count() == 1
        && word.chars().all(char::is_alphabetic)
        && !para[..term - word.len()].ends_with(['\'', '’']);
    if single_letter || is_dotted_acronym(word) || ABBREVIATIONS.contains(word) {
        if next.is_ascii_digit() {
            return false; // "Jan. 5", "p. 55"
        }
        return starter;
    }
    true
}

/// The word (letters, digits and inner periods) that ends right before byte `end`.
fn word_before(para: &str, end: usize) -> &str {
    &para[word_start(para, end)..end]
}

fn word_start(para: &str, end: usize) -> usize {
    let mut start = end;
    for (i, c) in para[..end].char_indices().rev() {
        if c.is_alphanumeric() || (c == '.' && i > 0 && i + 1 < end) || (c == ',' && i + 1 < end) {
            start = i;
        } else {
            break;
        }
    }
    // Drop a leading period or comma picked up before the word.
    while para[start..end].starts_with(['.', ',']) {
        start += 1;
    }
    start
}

fn leading_word(s: &str) -> &str {
    let s = s.trim_start_matches(OPENERS);
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// U.S, E.U, J.K, a.m, Ph.D, U.S.A: short letter groups joined by periods.
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = split_sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s])
            .collect();
        assert_eq!(got, expected, "splitting {text:?}");
    }

    /// English sentence-boundary cases, many after the "golden rules" used to test segmenters.
    #[test]
    fn boundary_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Hello World. My name is Jonas.",
                &["Hello World.", "My name is Jonas."],
            ),
            (
                "What is your name? My name is Jonas.",
                &["What is your name?", "My name is Jonas."],
            ),
            ("There it is! I found it.", &["There it is!", "I found it."]),
            (
                "My name is Jonas E. Smith.",
                &["My name is Jonas E. Smith."],
            ),
            ("Please turn to p. 55.", &["Please turn to p. 55."]),
            // An initial ends a sentence before a word that opens one, "Besides" too.
            (
                "He spoke at the funeral of Malcolm X. Besides Dee, he leaves three children.",
                &[
                    "He spoke at the funeral of Malcolm X.",
                    "Besides Dee, he leaves three children.",
                ],
            ),
            // A contraction's last letter is no initial ("wasn't.", "don’t.").
            (
                "And indeed he wasn't. Michael Howard had already left. They don’t. Ann did.",
                &[
                    "And indeed he wasn't.",
                    "Michael Howard had already left.",
                    "They don’t.",
                    "Ann did.",
                ],
            ),
            // A parenthesis after an abbreviation continues the sentence, unless a sentence
            // opens inside it.
            (
                "Shares of Apple Inc. (NASDAQ: AAPL) rose. It sold Acme Inc. (The deal closed.)",
                &[
                    "Shares of Apple Inc. (NASDAQ: AAPL) rose.",
                    "It sold Acme Inc.",
                    "(The deal closed.)",
                ],
            ),
            // "Ft." (Fort) stands before a name; "FT" in capitals is an acronym that may
            // end a sentence.
            (
                "Sources told the FT. But the firm denied it.",
                &["Sources told the FT.", "But the firm denied it."],
            ),
            (
                "He flew to Ft. Lauderdale on Monday.",
                &["He flew to Ft. Lauderdale on Monday."],
            ),
            (
                "Were Jane and co. at the party?",
                &["Were Jane and co. at the party?"],
            ),
            (
                "They closed the deal with Pitt, Briggs & Co. at noon.",
                &["They closed the deal with Pitt, Briggs & Co. at noon."],
            ),
            (
                "Let's ask Jane and co. They should know.",
                &["Let's ask Jane and co.", "They should know."],
            ),
            (
                "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
                &[
                    "They closed the deal with Pitt, Briggs & Co.",
                    "It closed yesterday.",
                ],
            ),
            (
                "I can see Mt. Fuji from here.",
                &["I can see Mt. Fuji from here."],
            ),
            (
                "St. Michael's Church is on 5th st. near the light.",
                &["St. Michael's Church is on 5th st. near the light."],
            ),
            ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
            (
                "I visited the U.S.A. last year.",
                &["I visited the U.S.A. last year."],
            ),
            (
                "I live in the E.U. How about you?",
                &["I live in the E.U.", "How about you?"],
            ),
            (
                "I live in the U.S. How about you?",
                &["I live in the U.S.", "How about you?"],
            ),
            (
                "I work for the U.S. Government in Virginia.",
                &["I work for the U.S. Government in Virginia."],
            ),
            (
                "I have lived in the U.S. for 20 years.",
                &["I have lived in the U.S. for 20 years."],
            ),
            (
                "She has $100.00 in her bag.",
                &["She has $100.00 in her bag."],
            ),
            (
                "She has $100.00. It is in her bag.",
                &["She has $100.00.", "It is in her bag."],
            ),
            (
                "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
                &[
                    "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
                ],
            ),
            (
                "Her email is Jane.Doe@example.com. I sent her an email.",
                &["Her email is Jane.Doe@example.com.", "I sent her an email."],
            ),
            (
                "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
                &[
                    "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                    "Please check it out.",
                ],
            ),
            (
                "She turned to him, 'This is great.' she said.",
                &["She turned to him, 'This is great.' she said."],
            ),
            (
                "She turned to him, \"This is great.\" she said.",
                &["She turned to him, \"This is great.\" she said."],
            ),
            (
                "She turned to him, \"This is great.\" She held the book out to show him.",
                &[
                    "She turned to him, \"This is great.\"",
                    "She held the book out to show him.",
                ],
            ),
            (
                "Hello!! Long time no see.",
                &["Hello!!", "Long time no see."],
            ),
            ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
            ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
            ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
            (
                "1. The first item. 2. The second item.",
                &["1. The first item.", "2. The second item."],
            ),
            (
                "She works at Yahoo! in the accounting department.",
                &["She works at Yahoo! in the accounting department."],
            ),
            (
                "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                &[
                    "We make a good team, you and I.",
                    "Did you see Albert I. Jones yesterday?",
                ],
            ),
            (
                "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
                &[
                    "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
                ],
            ),
            (
                "I never meant that.... She left the store.",
                &["I never meant that....", "She left the store."],
            ),
            (
                "One further habit which was somewhat weakened . . . was that of combining words into self-contained units. . . .",
                &[
                    "One further habit which was somewhat weakened . . . was that of combining words into self-contained units. . . .",
                ],
            ),
            (
                "Mix it, put it in the oven, and -- voila! -- you have cake.",
                &["Mix it, put it in the oven, and -- voila! -- you have cake."],
            ),
            (
                "Some can be -- if I'm not mistaken -- pretty.",
                &["Some can be -- if I'm not mistaken -- pretty."],
            ),
            // News English.
            (
                "Meta Platforms Inc. has laid off roughly 600 employees.",
                &["Meta Platforms Inc. has laid off roughly 600 employees."],
            ),
            (
                "The deal was signed by Apple Inc. The company declined to comment.",
                &[
                    "The deal was signed by Apple Inc.",
                    "The company declined to comment.",
                ],
            ),
            (
                "It changed its name to MCI Inc. Former WorldCom chief Bernard Ebbers is on trial.",
                &[
                    "It changed its name to MCI Inc.",
                    "Former WorldCom chief Bernard Ebbers is on trial.",
                ],
            ),
            (
                "Mr. Smith met Mrs. Jones and Dr. Brown on Jan. 5 at 10 a.m. in the capital.",
                &["Mr. Smith met Mrs. Jones and Dr. Brown on Jan. 5 at 10 a.m. in the capital."],
            ),
            (
                "Gov. Jerry Brown and Sen. Dianne Feinstein spoke.",
                &["Gov. Jerry Brown and Sen. Dianne Feinstein spoke."],
            ),
            (
                "Former President George W. Bush spoke. J.K. Rowling wrote.",
                &[
                    "Former President George W. Bush spoke.",
                    "J.K. Rowling wrote.",
                ],
            ),
            (
                "Growth slowed in the U.K. The central bank held rates.",
                &["Growth slowed in the U.K.", "The central bank held rates."],
            ),
            (
                "The U.N. Security Council met.",
                &["The U.N. Security Council met."],
            ),
            (
                "Profit rose to $1.2bn, up 3.5%. Sales hit 1,000.50 units.",
                &[
                    "Profit rose to $1.2bn, up 3.5%.",
                    "Sales hit 1,000.50 units.",
                ],
            ),
            (
                "“Why now?” she asked. “Because we can.”",
                &["“Why now?” she asked.", "“Because we can.”"],
            ),
            (
                "“We’re still hiring,” a spokesperson said. “This is about teams.”",
                &[
                    "“We’re still hiring,” a spokesperson said.",
                    "“This is about teams.”",
                ],
            ),
            // The wires' ``…'' marks open a sentence too.
            (
                "``We did everything possible,'' he told reporters. ``The strike will last.''",
                &[
                    "``We did everything possible,'' he told reporters.",
                    "``The strike will last.''",
                ],
            ),
            // A closing mark set off by a space after the terminator closes the sentence;
            // an opening mark is followed by a word.
            (
                "\"I was a rusty pilot... \" Hailey later recalled. \"It was fun.\"",
                &[
                    "\"I was a rusty pilot... \"",
                    "Hailey later recalled.",
                    "\"It was fun.\"",
                ],
            ),
            (
                "We have tried everything. ” A judge spoke.",
                &["We have tried everything. ”", "A judge spoke."],
            ),
            (
                "He looked at the documents. \"",
                &["He looked at the documents. \""],
            ),
            (
                "value for people and businesses. not just power consumption.",
                &["value for people and businesses. not just power consumption."],
            ),
            (
                "It ranked No. 1 in the survey. Rivals, e.g. Google, trailed.",
                &[
                    "It ranked No. 1 in the survey.",
                    "Rivals, e.g. Google, trailed.",
                ],
            ),
            (
                "The talks (which began in March.) failed. Officials left.",
                &[
                    "The talks (which began in March.) failed.",
                    "Officials left.",
                ],
            ),
            (
                "It was the best of times... It was the worst of times.",
                &["It was the best of times...", "It was the worst of times."],
            ),
            (
                "The vote passed 52 vs. 48 on Tuesday. Markets rose.",
                &["The vote passed 52 vs. 48 on Tuesday.", "Markets rose."],
            ),
            (
                "He was at St. Mary's hospital. eBay shares rose.",
                &["He was at St. Mary's hospital.", "eBay shares rose."],
            ),
            (
                "Shares rose 2%. (The index fell.) Bonds were flat.",
                &["Shares rose 2%.", "(The index fell.)", "Bonds were flat."],
            ),
            (
                "It costs £5 etc. and more.",
                &["It costs £5 etc. and more."],
            ),
            (
                "Martin Luther King Jr. was born in Atlanta. He died in 1968.",
                &[
                    "Martin Luther King Jr. was born in Atlanta.",
                    "He died in 1968.",
                ],
            ),
            (
                "You can find it at N°. 1026.253.553. That is where the treasure is.",
                &[
                    "You can find it at N°. 1026.253.553.",
                    "That is where the treasure is.",
                ],
            ),
            (
                "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
                &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
            ),
            (
                "Saint Maximus (died 250) is a Christian saint and martyr.[1] The emperor Decius published a decree.",
                &[
                    "Saint Maximus (died 250) is a Christian saint and martyr.[1]",
                    "The emperor Decius published a decree.",
                ],
            ),
            (
                "If words are left off, end the sentence with a period . . . . Next sentence.",
                &[
                    "If words are left off, end the sentence with a period . . . .",
                    "Next sentence.",
                ],
            ),
            (
                "The nurse gave him the i.v. in his vein. She gave him the i.v. It was a great I.V. that she gave him.",
                &[
                    "The nurse gave him the i.v. in his vein.",
                    "She gave him the i.v.",
                    "It was a great I.V. that she gave him.",
                ],
            ),
            ("", &[]),
            ("   ", &[]),
            ("No terminator at all", &["No terminator at all"]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn sentences_inside_a_paragraph_span() {
        let text = "Title\n\nOne here. Two there.";
        let got = split_sentences(text, Span::new(7, text.len()));
        assert_eq!(got, vec![Span::new(7, 16), Span::new(17, 27)]);
    }
}
