//! Figures: money, headcounts, counts, durations and percents, typed and normalized.
//!
//! The scanner walks each sentence's tokens looking for an anchor: a number ("1,000", "1.2bn",
//! "twenty-five", "a dozen", "half a million") or a vague amount ("hundreds of"). Around an
//! anchor it reads, in this order:
//!
//! 1. what comes before: a currency mark ("$", "US$", "€", "USD"), a qualifier ("more than",
//!    "roughly"), and "between"/"from" for ranges and changes;
//! 2. the scale ("million", "bn"), then what the number counts: a percent sign or word, a
//!    currency after it ("euros", "pence"), a time unit, or a counted noun with up to three
//!    adjectives in between ("1,000 active job openings");
//! 3. a second number for a range ("$15–20 million", "between 500 and 600 jobs");
//! 4. the rate ("a year", "per share", "annually").
//!
//! A number with nothing to say what it counts is not reported; neither are years, dates,
//! times, ordinals, numbers in names ("Local 851", "Boeing 737") and labels ("page 5").

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::lexicon::{
    ABBREVIATIONS_PREFIX, AIRCRAFT_NOUNS, CHANGE_VERBS, COUNT_MODIFIERS, CURRENCIES, DOLLAR_MARKS,
    DURATION_UNITS, FIGURE_QUALIFIERS, FUNCTION_WORDS, HEADCOUNT_NOUNS, MONTHS, NATIONALITIES,
    NOT_COUNT_NOUNS, NOT_FIGURE_BEFORE, NUMBER_WORDS, RATE_BASES, SCALES, SENTENCE_STARTERS, Table,
    UNMARKED_PLURALS, VAGUE_AMOUNTS, opens_source_description,
};
use crate::text::{Document, ParagraphKind, Span, Token, TokenKind, tokenize};

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    Money,
    Headcount,
    Count,
    Duration,
    Percent,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Headcount => "headcount",
            FigureKind::Count => "count",
            FigureKind::Duration => "duration",
            FigureKind::Percent => "percent",
        }
    }
}

/// A figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub kind: FigureKind,
    pub span: Span,
    pub sentence: usize,
    /// The normalized value; `None` for vague amounts ("hundreds of jobs").
    pub value: Option<f64>,
    /// The high end of a range.
    pub value_max: Option<f64>,
    /// The counted noun, time unit or `percent`; `None` for money.
    pub unit: Option<String>,
    /// ISO 4217 code for money, when the text says which currency.
    pub currency: Option<&'static str>,
    /// `approximately`, `more_than`, `less_than`, `at_least` or `at_most`.
    pub qualifier: Option<&'static str>,
    /// The rate's period or base ("year" for "a year").
    pub per: Option<&'static str>,
}

/// Every figure of the document, in order.
///
/// ```
/// use lede::text::Document;
/// let doc = Document::parse("Meta laid off roughly 600 employees and lost over $16 billion.");
/// let figures = lede::extract::figures(&doc);
/// assert_eq!(doc.slice(figures[0].span), "roughly 600 employees");
/// assert_eq!(figures[1].value, Some(16e9));
/// assert_eq!(figures[1].currency, Some("USD"));
/// ```
pub fn figures(doc: &Document) -> Vec<Figure> {
    let dollar = article_dollar(doc.text());
    let mut out = Vec::new();
    for index in 0..doc.sentences().len() {
        let tokens = doc.sentence_tokens(index);
        // Most sentences hold no number at all: skip them before any lower-casing.
        let anchors: Vec<usize> = tokens
            .iter()
            .enumerate()
            .filter(|&(i, t)| {
                let w = doc.slice(t.span);
                may_anchor(t.kind, w)
                    && (!matches!(w, "a" | "an" | "A" | "An" | "half" | "Half")
                        || tokens.get(i + 1).is_some_and(|n| {
                            let n = doc.slice(n.span);
                            SCALE_AFTER_A.iter().any(|s| n.eq_ignore_ascii_case(s))
                        }))
            })
            .map(|(i, _)| i)
            .collect();
        if !anchors.is_empty() {
            Scanner::new(doc, tokens, index, dollar).scan(&anchors, &mut out);
        }
    }
    // "($1 = 0.8475 euros)": a wire's exchange-rate note, both sides of its "=", is no
    // figure of the story.
    let text = doc.text();
    out.retain(|f| {
        f.kind != FigureKind::Money
            || !(text[f.span.end..].trim_start().starts_with('=')
                || text[..f.span.start].trim_end().ends_with('='))
    });
    out
}

/// A table key's tokens, as the tokenizer splits them ("us$" → "us", "$").
fn key_tokens(key: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    tokenize(key, Span::new(0, key.len()), &mut tokens);
    tokens
        .iter()
        .map(|t| &key[t.span.start..t.span.end])
        .collect()
}

/// Words after "a", "an" or "half" that make a number ("a dozen", "half a million").
const SCALE_AFTER_A: &[&str] = &[
    "dozen", "hundred", "thousand", "million", "billion", "trillion", "decade", "century", "a",
    "an",
];

/// Words a figure can start from, sorted: number words, the first words of vague amounts,
/// and "a", "an", "half" (before a scale). Built once from the word lists.
/// Each word is packed into an integer ([`pack_word`]) so the lookup compares integers.
static ANCHOR_WORDS: LazyLock<Vec<u128>> = LazyLock::new(|| {
    let mut words: Vec<u128> = NUMBER_WORDS
        .keys()
        .chain(VAGUE_AMOUNTS.keys().filter_map(|k| k.split(' ').next()))
        .chain(["a", "an", "half"])
        .filter_map(pack_word)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// The shapes of [`ANCHOR_WORDS`]: for each pair of first letters, the lengths a word with
/// them has. Rejects most words ("the", "that") before any lookup.
static ANCHOR_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut shapes = Shapes {
        lengths: vec![0; 27 * 27],
    };
    for w in ANCHOR_WORDS.iter() {
        let bytes = w.to_be_bytes();
        let len = bytes.iter().take_while(|&&b| b != 0).count();
        if let Some(slot) = Shapes::slot(bytes[0], bytes[1]) {
            shapes.lengths[slot] |= 1 << len;
        }
    }
    shapes
});

struct Shapes {
    /// Bit `n` set when a word of length `n` starts with these two letters.
    lengths: Vec<u32>,
}

impl Shapes {
    /// Slot of two lower-case letters (the second may be absent: 0).
    fn slot(a: u8, b: u8) -> Option<usize> {
        let letter = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a') + 1);
        let b = if b == 0 { Some(0) } else { letter(b) };
        Some(letter(a)? * 27 + b?)
    }

    fn admits(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > 16 {
            return false;
        }
        let a = bytes[0].to_ascii_lowercase();
        let b = bytes.get(1).map_or(0, u8::to_ascii_lowercase);
        Shapes::slot(a, b).is_some_and(|s| self.lengths[s] & (1 << bytes.len()) != 0)
    }
}

/// An ASCII word of up to 16 letters, lower-cased, as one integer; `None` otherwise.
fn pack_word(word: &str) -> Option<u128> {
    if word.len() > 16 || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    Some(u128::from_be_bytes(buf))
}

/// True when a token may start a figure: digits, or a word from [`ANCHOR_WORDS`] (its part
/// before a hyphen, for "twenty-five" and "five-year"). No allocation.
fn may_anchor(kind: TokenKind, text: &str) -> bool {
    match kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            let bytes = text.as_bytes();
            let head = match bytes.iter().position(|&b| b == b'-') {
                Some(i) => &text[..i],
                None => text,
            };
            // A cheap rejection first: no anchor word has this length and first two letters.
            ANCHOR_SHAPES.admits(head)
                && pack_word(head).is_some_and(|w| ANCHOR_WORDS.binary_search(&w).is_ok())
        }
        _ => false,
    }
}

/// The dollar a bare "$" means in this article: USD unless the article marks exactly one
/// other dollar (A$, "Canadian dollars") and no US dollar.
fn article_dollar(text: &str) -> &'static str {
    let mut found: Vec<&'static str> = Vec::new();
    let mut note = |key: &str| {
        if let Some(code) = DOLLAR_MARKS.value(key)
            && !found.contains(&code)
        {
            found.push(code);
        }
    };
    // "A$", "HK$", "US$": the letters glued before each "$".
    for (i, _) in text.match_indices('$') {
        let before = &text[..i];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_alphabetic() || *c == '.')
            .last()
            .map_or(i, |(j, _)| j);
        if start < i {
            note(&format!("{}$", text[start..i].to_ascii_lowercase()));
        }
    }
    // "Australian dollars", "US dollar": the one or two words before "dollar".
    for (i, _) in text.match_indices("ollar") {
        if !text[..i].ends_with(['d', 'D']) {
            continue;
        }
        let end = if text[i + 5..].starts_with('s') {
            i + 6
        } else {
            i + 5
        };
        let words: Vec<&str> = text[..i - 1].split_whitespace().rev().take(2).collect();
        let head = &text[i - 1..end];
        for n in 1..=words.len() {
            let phrase: Vec<&str> = words[..n].iter().rev().copied().collect();
            note(&format!("{} {}", phrase.join(" "), head).to_lowercase());
        }
    }
    match found.as_slice() {
        [one] => one,
        _ => "USD",
    }
}

/// Where a number stands and what it is worth.
#[derive(Debug, Clone, Copy)]
struct Number {
    start: usize,
    /// Token after the number and its scale words.
    end: usize,
    value: f64,
    /// A second value inside one token ("5-7").
    high: Option<f64>,
    /// A scale was given ("million", "bn", "dozen").
    scaled: bool,
    /// What the scale multiplied the digits by.
    factor: f64,
    /// An integer of four digits with no separators: possibly a year.
    year_like: bool,
    /// A unit glued on with a hyphen ("12-member", "five-year", "418bn-rand").
    hyphen_unit: Option<(usize, usize)>,
    /// A currency letter glued on ("3.5p").
    attached_currency: Option<(&'static str, bool)>,
    from_word: bool,
}

/// What a number counts.
#[derive(Debug, Clone)]
struct Measure {
    kind: FigureKind,
    unit: Option<String>,
    currency: Option<&'static str>,
    /// Divide by 100 (pence, cents).
    minor: bool,
    /// Token after the measure.
    end: usize,
}

impl Measure {
    /// A measure of no currency: a count, headcount, duration or percent of `unit`.
    fn of(kind: FigureKind, unit: Option<String>, end: usize) -> Self {
        Measure {
            kind,
            unit,
            currency: None,
            minor: false,
            end,
        }
    }
}

struct Scanner<'a> {
    doc: &'a Document,
    tokens: &'a [Token],
    lower: Vec<Cow<'a, str>>,
    sentence: usize,
    dollar: &'static str,
}

impl<'a> Scanner<'a> {
    fn new(doc: &'a Document, tokens: &'a [Token], sentence: usize, dollar: &'static str) -> Self {
        let lower = tokens
            .iter()
            .map(|t| {
                let s = doc.slice(t.span);
                if s.chars().any(char::is_uppercase) {
                    Cow::Owned(s.to_lowercase())
                } else {
                    Cow::Borrowed(s)
                }
            })
            .collect();
        Scanner {
            doc,
            tokens,
            lower,
            sentence,
            dollar,
        }
    }

    fn w(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", |s| s.as_ref())
    }

    fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| self.doc.slice(t.span))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// True when token `i + 1` follows token `i` with no space between.
    fn glued(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// Tokens `start..start + n` in lower case, joined by a space where the text has one.
    fn phrase(&self, start: usize, n: usize) -> Option<String> {
        if n == 0 || start + n > self.tokens.len() {
            return None;
        }
        let mut s = String::new();
        for i in start..start + n {
            if i > start && !self.glued(i - 1) {
                s.push(' ');
            }
            s.push_str(self.w(i));
        }
        Some(s)
    }

    /// True when some key of `table` starts (`first`) or ends with token `i`'s word.
    fn table_edge(&self, table: &'static Table, i: usize, first: bool) -> bool {
        let edges = table.edges(key_tokens);
        let set = if first { &edges.0 } else { &edges.1 };
        set.contains(self.w(i))
    }

    /// The longest entry of `table` starting at token `i`: (tokens used, fields).
    fn match_at(
        &self,
        table: &'static Table,
        i: usize,
    ) -> Option<(usize, &'static [&'static str])> {
        if i >= self.tokens.len() || !self.table_edge(table, i, true) {
            return None;
        }
        // Build the longest phrase once; shorter ones are its prefixes.
        let max = (table.max_words() + 2).min(self.tokens.len().saturating_sub(i));
        let phrase = self.phrase(i, max)?;
        let mut ends = Vec::with_capacity(max);
        let mut len = 0;
        for k in i..i + max {
            if k > i && !self.glued(k - 1) {
                len += 1;
            }
            len += self.w(k).len();
            ends.push(len);
        }
        (1..=max)
            .rev()
            .find_map(|n| table.get(&phrase[..ends[n - 1]]).map(|f| (n, f)))
    }

    /// The longest entry of `table` ending right before token `end`: (start, fields).
    fn match_before(
        &self,
        table: &'static Table,
        end: usize,
    ) -> Option<(usize, &'static [&'static str])> {
        if end == 0 || !self.table_edge(table, end - 1, false) {
            return None;
        }
        // Build the longest phrase once; shorter ones are its suffixes.
        let max = (table.max_words() + 2).min(end);
        let phrase = self.phrase(end - max, max)?;
        let mut starts = Vec::with_capacity(max);
        let mut pos = phrase.len();
        for k in (end - max..end).rev() {
            pos -= self.w(k).len();
            starts.push(pos);
            if k > end - max && !self.glued(k - 1) {
                pos -= 1;
            }
        }
        (1..=max)
            .rev()
            .find_map(|n| table.get(&phrase[starts[n - 1]..]).map(|f| (end - n, f)))
    }

    /// Reads a figure at each anchor not already covered by the previous figure.
    fn scan(&self, anchors: &[usize], out: &mut Vec<Figure>) {
        let mut next = 0;
        for &i in anchors {
            if i < next {
                continue;
            }
            if let Some(end) = self.figure_at(i, out) {
                next = end.max(i + 1);
            }
        }
    }

    /// Tries to read a figure anchored at token `i`; pushes what it finds and returns the
    /// token after it.
    fn figure_at(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        if let Some(next) = self.vague_at(i, out) {
            return Some(next);
        }
        let number = self.number_at(i)?;
        // What stands before: currency, qualifier, range and change words.
        let mut start = number.start;
        let mut currency = None;
        if let Some((s, fields)) = self.match_before(&CURRENCIES, start)
            && matches!(fields.get(1), Some(&"prefix" | &"both"))
        {
            currency = Some(self.resolve(fields[0], &self.phrase(s, start - s)?));
            start = s;
            // "Z$5 billion", "TT$2m": capitals of no known mark glued before "$" name some
            // other dollar; which, the table does not say (`null`, "" until output).
            if self.w(start) == "$"
                && start > 0
                && self.glued(start - 1)
                && (1..=3).contains(&self.raw(start - 1).len())
                && self.raw(start - 1).chars().all(|c| c.is_ascii_uppercase())
            {
                currency = Some("");
                start -= 1;
            }
        }
        // (A sum after a name is no label: "fined Apple 500 million euros".)
        if currency.is_none()
            && (self.is_label(start) || self.is_aircraft_model(&number))
            && !(number.scaled
                && self
                    .measure_after(&number, None)
                    .is_some_and(|m| m.kind == FigureKind::Money))
        {
            return Some(number.end);
        }
        let mut qualifier = None;
        if let Some((s, fields)) = self.match_before(&FIGURE_QUALIFIERS, start) {
            qualifier = fields.first().copied();
            start = s;
        }
        let between = start > 0 && self.w(start - 1) == "between";
        let change =
            start > 0 && (self.w(start - 1) == "from" || CHANGE_VERBS.contains(self.w(start - 1)));
        if between {
            start -= 1;
        }
        // ("two people familiar with the matter", "three sources briefed on the talks": the
        // anonymous sources of a report, no figure of it.)
        let low = self.measure_after(&number, currency).filter(|m| {
            !(matches!(m.kind, FigureKind::Headcount | FigureKind::Count) && self.sources_at(m.end))
        });
        if number.year_like && currency.is_none() {
            let kind = low.as_ref().map(|m| m.kind);
            if !matches!(kind, Some(FigureKind::Percent | FigureKind::Headcount)) {
                return Some(number.end);
            }
        }
        let after_low = low.as_ref().map_or(number.end, |m| m.end);
        let high = self
            .range_high(after_low, currency, between, change)
            // (Of one kind and unit: "120 basis points to 18.3 per cent" is a change, then
            // a level.)
            .filter(|(_, _, hm)| {
                low.as_ref()
                    .is_none_or(|m| m.kind == hm.kind && m.unit == hm.unit)
            });
        let Some((high_start, h, hm)) = high else {
            // ("5-4 winners", "a 45-6 demolition job": a score, its high end below its low
            // one, is no figure.)
            if number.high.is_some_and(|high| high < number.value) {
                return Some(number.end);
            }
            let m = low.or_else(|| self.count_out_of(start, &number, out))?;
            // "a raise over five years" spreads it over them; "for over five years" is more.
            if m.kind == FigureKind::Duration
                && qualifier == Some("more_than")
                && self.w(start) == "over"
                && !(start > 0
                    && matches!(
                        self.w(start - 1),
                        "for" | "in" | "of" | "after" | "lasted" | "took" | "spent" | "than"
                    ))
            {
                qualifier = None;
                start += 1;
            }
            let (value, value_max) = (number.value, number.high);
            return Some(self.push(out, start, value, value_max, m, qualifier));
        };
        // A range: the scale and type of the high end carry to a low end given without them.
        let mut value = number.value;
        if !number.scaled && h.scaled {
            value *= h.factor;
        }
        // ("31 points - four points": a high end below the low one makes no range either.)
        // ("rose by £40m to £220m": a change by an amount, then the level it reached, several
        // times the amount; not "cut its profits by $3.8m to $4.9m".)
        let by_change = !between
            && start > 1
            && self.w(start - 1) == "by"
            && CHANGE_VERBS.contains(self.w(start - 2))
            && h.value > 2.0 * value;
        if change || by_change || h.value < value {
            // "from 157,000 to 133,000 jobs": two figures; the first takes the second's type.
            let m = low.unwrap_or_else(|| Measure {
                end: number.end,
                ..hm.clone()
            });
            self.push(out, start, number.value, None, m, qualifier);
            // (From the high end's own currency sign: "from £5m to £7m".)
            return Some(self.push(out, high_start, h.value, None, hm, None));
        }
        Some(self.push(out, start, value, Some(h.value), hm, qualifier))
    }

    /// "39 nations out of 65": a bare number after "out of", right after a count of this
    /// sentence, counts the same noun.
    fn count_out_of(&self, start: usize, number: &Number, out: &[Figure]) -> Option<Measure> {
        if start < 3 || self.w(start - 1) != "of" || self.w(start - 2) != "out" {
            return None;
        }
        let last = out.last()?;
        (last.kind == FigureKind::Count
            && last.sentence == self.sentence
            && last.span.end == self.tokens[start - 3].span.end)
            .then(|| Measure::of(FigureKind::Count, last.unit.clone(), number.end))
    }

    /// The high end of a range after the low end: "– 20 million", "to 7 percent",
    /// "and 600 jobs" (after "between"), "to $20"; with the token it starts at (its
    /// currency sign's).
    fn range_high(
        &self,
        at: usize,
        currency: Option<&'static str>,
        between: bool,
        change: bool,
    ) -> Option<(usize, Number, Measure)> {
        let ranged = match self.w(at) {
            "-" | "–" | "—" => !change,
            "to" => true,
            "and" => between,
            _ => false,
        };
        if !ranged {
            return None;
        }
        let mut j = at + 1;
        let mut high_currency = currency;
        if let Some((n, fields)) = self.match_at(&CURRENCIES, j)
            && matches!(fields.get(1), Some(&"prefix" | &"both"))
        {
            high_currency = Some(self.resolve(fields[0], &self.phrase(j, n)?));
            j += n;
        }
        let h = self.number_at(j).filter(|h| h.start == j && !h.year_like)?;
        // ("from £808m to 8,177 cases": a noun after a high end with no sign of its own says
        // what it counts; the low end's currency does not carry to it.)
        if j == at + 1
            && currency.is_some()
            && let Some(own) = self.measure_after(&h, None)
            && own.kind != FigureKind::Money
            && own.unit.is_some()
        {
            return Some((at + 1, h, own));
        }
        let m = self.measure_after(&h, high_currency)?;
        Some((at + 1, h, m))
    }

    /// Pushes a figure covering tokens `start..m.end` plus any rate after it; returns the
    /// token after what it covered.
    fn push(
        &self,
        out: &mut Vec<Figure>,
        start: usize,
        mut value: f64,
        mut value_max: Option<f64>,
        m: Measure,
        qualifier: Option<&'static str>,
    ) -> usize {
        if m.minor {
            value /= 100.0;
            value_max = value_max.map(|v| v / 100.0);
        }
        let (value, value_max) = (decimal(value), value_max.map(decimal));
        let (per, end) = self.rate_after(m.end);
        let end = end.max(start + 1).min(self.tokens.len());
        let span = Span::new(self.tokens[start].span.start, self.tokens[end - 1].span.end);
        out.push(Figure {
            kind: m.kind,
            span,
            sentence: self.sentence,
            value: Some(value),
            value_max: value_max.filter(|&v| v != value),
            unit: m.unit,
            currency: m.currency.filter(|c| !c.is_empty()),
            qualifier,
            per,
        });
        end
    }

    /// A currency code from the table, with "$" and "dollars" read as the article's dollar.
    fn resolve(&self, code: &'static str, form: &str) -> &'static str {
        if code == "USD" && matches!(form, "$" | "dollar" | "dollars") {
            self.dollar
        } else {
            code
        }
    }

    /// True when the token before `start` makes the number a label or part of a name.
    fn is_label(&self, start: usize) -> bool {
        if start == 0 {
            return false;
        }
        let prev = self.raw(start - 1);
        let prev_lower = self.w(start - 1);
        if prev == "#" || NOT_FIGURE_BEFORE.contains(prev_lower) {
            return true;
        }
        // "one in seven new mothers": a proportion, no count (but "his third number one in
        // three weeks").
        if prev_lower == "in"
            && start >= 2
            && matches!(self.w(start - 2), "one" | "1")
            && (start < 3 || self.w(start - 3) != "number")
        {
            return true;
        }
        // "nine out of 10 placentas": a proportion too.
        if prev_lower == "of"
            && start >= 3
            && self.w(start - 2) == "out"
            && (self.w(start - 3).starts_with(|c: char| c.is_ascii_digit())
                || NUMBER_WORDS.value(self.w(start - 3)).is_some())
        {
            return true;
        }
        // "No. 1", "p. 5", "Jan. 5"
        if prev == "." && start >= 2 && self.glued(start - 2) {
            let word = self.w(start - 2);
            if ABBREVIATIONS_PREFIX.contains(word) || MONTHS.contains(word) {
                return true;
            }
        }
        if self.kind(start - 1) == Some(TokenKind::Word)
            && prev.starts_with(char::is_uppercase)
            && FIGURE_QUALIFIERS.get(prev_lower).is_none()
        {
            // "Local 851", "Boeing 737", "March 5"; but "The 30 member countries" is fine.
            let sentence_start = start == 1;
            return MONTHS.contains(prev_lower)
                || !(sentence_start && SENTENCE_STARTERS.contains(prev_lower));
        }
        false
    }

    /// "its 787 Dreamliner aircraft", "new 777 aircraft", "20 of its 737 jetliners": a
    /// Boeing model's number (7x7) before an aircraft's noun, no count ("Boeing 737" is a
    /// label already).
    fn is_aircraft_model(&self, number: &Number) -> bool {
        let digits = self.raw(number.start).as_bytes();
        let next = if self.raw(number.end).starts_with(char::is_uppercase) {
            number.end + 1
        } else {
            number.end
        };
        number.end == number.start + 1
            && matches!(digits, [b'7', b'0'..=b'8', b'7'])
            && (self.raw(number.end) == "Dreamliner" || AIRCRAFT_NOUNS.contains(self.w(next)))
    }

    /// A number at token `i`: digits, number words, "a dozen", "half a million".
    fn number_at(&self, i: usize) -> Option<Number> {
        let raw = self.raw(i);
        let number = match self.kind(i)? {
            TokenKind::Number => self.digits_at(i, raw)?,
            TokenKind::Word => self.words_at(i)?,
            _ => return None,
        };
        // Dates and times beside the number.
        let next = self.w(number.end);
        let next_raw = self.raw(number.end);
        if (MONTHS.contains(next) && next_raw.starts_with(char::is_uppercase))
            || matches!(
                next,
                "a.m." | "p.m." | "am" | "pm" | "gmt" | "bst" | "est" | "et" | "cet" | "o'clock"
            )
        {
            return None;
        }
        if (number.end < self.tokens.len()
            && self.raw(number.end) == ":"
            && self.glued(number.end - 1))
            || (i > 0 && self.raw(i - 1) == ":" && self.glued(i - 1))
            || (self.raw(number.end) == "(" && self.glued(number.end - 1))
        {
            return None;
        }
        Some(number)
    }

    fn digits_at(&self, i: usize, raw: &str) -> Option<Number> {
        let (head, tail) = match raw.split_once('-') {
            Some((h, t)) => (h, Some(t)),
            None => (raw, None),
        };
        let digits_end = head
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(head.len());
        let (digits, suffix) = head.split_at(digits_end);
        let digits = digits.trim_end_matches(['.', ',']);
        if digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.") {
            return None; // phone numbers, codes
        }
        let (mantissa, decimals) = parse_decimal(digits)?;
        let year_like = suffix.is_empty()
            && tail.is_none()
            && !digits.contains([',', '.'])
            && digits.len() == 4
            && (1000..2200).contains(&mantissa);
        let mut number = Number {
            start: i,
            end: i + 1,
            value: 0.0,
            high: None,
            scaled: false,
            factor: 1.0,
            year_like,
            hyphen_unit: None,
            attached_currency: None,
            from_word: false,
        };
        let mut exponent: i32 = 0;
        let suffix_lower = suffix.to_ascii_lowercase();
        if !suffix.is_empty() {
            if let Some(p) = SCALES
                .value(&suffix_lower)
                .filter(|_| suffix_lower != "hundred")
            {
                exponent = p.parse().ok()?;
                number.scaled = true;
                number.factor = 10f64.powi(exponent);
            } else if let Some(f) = CURRENCIES
                .get(&suffix_lower)
                .filter(|f| f.get(1) == Some(&"attached"))
            {
                number.attached_currency = Some((f[0], true));
            } else {
                return None; // 3rd, 1990s, 4G, 737MAX
            }
        }
        if let Some(tail) = tail {
            if tail
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                if year_like || digits.len() == 4 || tail.len() >= 4 {
                    return None; // 2012-13, 555-1234
                }
                let (m, d) = parse_decimal(tail)?;
                number.high = Some(scaled(m, d, exponent));
            } else if tail.ends_with("-old") || tail.contains('-') {
                return None; // 45-year-old
            } else if tail.starts_with(char::is_uppercase) && {
                let unit = tail.to_lowercase();
                DURATION_UNITS.get(&unit).is_none() && HEADCOUNT_NOUNS.get(&unit).is_none()
            } {
                return None; // BMW's 1-Series, 7-Eleven (not "20-Year High" in a headline)
            } else {
                let off = raw.len() - tail.len();
                number.hyphen_unit = Some((off, raw.len()));
            }
        }
        number.value = scaled(mantissa, decimals, exponent);
        // Separate scale words: "1.2 million", "16 billion", "5 thousand".
        let mut j = i + 1;
        if number.hyphen_unit.is_none() && number.attached_currency.is_none() {
            while let Some(p) = SCALES.value(self.w(j)) {
                if self.w(j).len() == 1 && !self.glued(j - 1) {
                    break; // "5 m" is more likely metres
                }
                let p: i32 = p.parse().ok()?;
                number.value *= 10f64.powi(p);
                number.high = number.high.map(|h| h * 10f64.powi(p));
                number.factor *= 10f64.powi(p);
                number.scaled = true;
                number.year_like = false;
                j += 1;
            }
            if self.w(j) == "dozen" {
                number.value *= 12.0;
                number.factor *= 12.0;
                j += 1;
            }
        }
        number.end = j;
        Some(number)
    }

    /// Number words: "two", "twenty-five", "a hundred", "three thousand", "a dozen",
    /// "half a million", "five-year".
    fn words_at(&self, i: usize) -> Option<Number> {
        let first = self.w(i);
        let mut number = Number {
            start: i,
            end: i,
            value: 0.0,
            high: None,
            scaled: false,
            factor: 1.0,
            year_like: false,
            hyphen_unit: None,
            attached_currency: None,
            from_word: true,
        };
        // "five-year", "twenty-five", "16-week" handled in digits.
        if let Some((h, t)) = first.split_once('-') {
            let hv = NUMBER_WORDS.value(h)?.parse::<f64>().ok()?;
            if let Some(tv) = NUMBER_WORDS.value(t) {
                number.value = hv + tv.parse::<f64>().ok()?;
            } else if DURATION_UNITS.get(t).is_some() || HEADCOUNT_NOUNS.get(t).is_some() {
                if hv < 1.0 {
                    return None;
                }
                number.value = hv;
                let raw = self.raw(i);
                number.hyphen_unit = Some((raw.len() - t.len(), raw.len()));
                number.end = i + 1;
                return Some(number);
            } else {
                return None;
            }
            number.end = i + 1;
        }
        let mut total = 0.0;
        let mut current = number.value;
        let mut j = number.end.max(i);
        let mut any = number.end > i;
        let mut half = false;
        if !any {
            match first {
                "a" | "an" => {
                    let next = self.w(i + 1);
                    if matches!(next, "decade" | "century") {
                        number.value = 1.0;
                        number.end = i + 1;
                        return Some(number);
                    }
                    if next == "dozen" {
                        current = 12.0;
                        j = i + 2;
                        any = true;
                        number.scaled = true;
                    } else if matches!(
                        next,
                        "hundred" | "thousand" | "million" | "billion" | "trillion"
                    ) {
                        current = 1.0;
                        j = i + 1;
                    } else {
                        return None;
                    }
                }
                "half" if matches!(self.w(i + 1), "a" | "an") => {
                    half = true;
                    current = 1.0;
                    j = i + 2;
                }
                _ => {}
            }
        }
        loop {
            let w = self.w(j);
            if let Some(v) = NUMBER_WORDS.value(w) {
                if any && current % 100.0 != 0.0 && current >= 1.0 && !self.w(j - 1).eq("and") {
                    break; // "two three" is not one number
                }
                current += v.parse::<f64>().ok()?;
                any = true;
                j += 1;
            } else if let Some((h, t)) = w.split_once('-')
                && let (Some(hv), Some(tv)) = (NUMBER_WORDS.value(h), NUMBER_WORDS.value(t))
            {
                current += hv.parse::<f64>().ok()? + tv.parse::<f64>().ok()?;
                any = true;
                j += 1;
            } else if w == "hundred" && (any || current > 0.0) {
                current = current.max(1.0) * 100.0;
                any = true;
                number.scaled = true;
                j += 1;
            } else if matches!(w, "thousand" | "million" | "billion" | "trillion")
                && (any || current > 0.0)
            {
                let p: i32 = SCALES.value(w)?.parse().ok()?;
                total += current.max(1.0) * 10f64.powi(p);
                current = 0.0;
                any = true;
                number.scaled = true;
                j += 1;
            } else if w == "dozen" && any {
                current *= 12.0;
                number.scaled = true;
                j += 1;
            } else if w == "and"
                && any
                && NUMBER_WORDS.value(self.w(j + 1)).is_some()
                && total + current >= 100.0
            {
                j += 1;
            } else {
                break;
            }
        }
        if !any {
            return None;
        }
        number.value = total + current;
        if half {
            number.value /= 2.0;
        }
        // "one" alone is a determiner or pronoun ("one former engineer", "one of the").
        if number.value == 1.0 && !number.scaled && j == i + 1 {
            return None;
        }
        if number.value == 0.0 {
            return None;
        }
        number.end = j;
        Some(number)
    }

    /// What the number counts, read after it.
    /// Whether the words at token `k` say who the counted people are as a report's sources:
    /// "familiar with", "briefed on", "close to", "with knowledge of".
    fn sources_at(&self, k: usize) -> bool {
        match self.w(k) {
            w if opens_source_description(w) => true,
            "close" => self.w(k + 1) == "to",
            "with" => matches!(self.w(k + 1), "knowledge" | "direct"),
            _ => false,
        }
    }

    fn measure_after(&self, number: &Number, currency: Option<&'static str>) -> Option<Measure> {
        let j = number.end;
        if let Some((off, end)) = number.hyphen_unit {
            let raw = self.raw(number.start);
            let unit = raw[off..end].to_lowercase();
            let mut m = Measure::of(FigureKind::Count, None, j);
            if let Some(u) = DURATION_UNITS.value(&unit) {
                m.kind = FigureKind::Duration;
                m.unit = Some(u.to_string());
            } else if let Some(f) = CURRENCIES
                .get(&unit)
                .filter(|f| f.get(1) == Some(&"suffix"))
            {
                m.kind = FigureKind::Money;
                m.currency = Some(self.resolve(f[0], &unit));
            } else if HEADCOUNT_NOUNS.get(&unit).is_some() {
                m.kind = FigureKind::Headcount;
                m.unit = Some(unit);
            } else if currency.is_some() {
                m.kind = FigureKind::Money;
            } else if !number.from_word
                && unit.chars().all(char::is_alphabetic)
                && !FUNCTION_WORDS.contains(&unit)
                && !NOT_COUNT_NOUNS.contains(&unit)
            {
                m.unit = Some(unit);
            } else {
                return None;
            }
            if currency.is_some() {
                m.kind = FigureKind::Money;
                m.currency = currency;
                m.unit = None;
            }
            return Some(m);
        }
        if let Some((code, minor)) = number.attached_currency {
            return Some(Measure {
                kind: FigureKind::Money,
                unit: None,
                currency: Some(code),
                minor,
                end: j,
            });
        }
        // Percents.
        match (self.w(j), self.w(j + 1)) {
            ("%", _) => {
                return Some(Measure::of(
                    FigureKind::Percent,
                    Some("percent".into()),
                    j + 1,
                ));
            }
            ("percent" | "pct", _) => {
                return Some(Measure::of(
                    FigureKind::Percent,
                    Some("percent".into()),
                    j + 1,
                ));
            }
            ("per", "cent") => {
                return Some(Measure::of(
                    FigureKind::Percent,
                    Some("percent".into()),
                    j + 2,
                ));
            }
            ("percentage", "point" | "points") => {
                return Some(Measure::of(
                    FigureKind::Percent,
                    Some("percentage_point".into()),
                    j + 2,
                ));
            }
            ("basis", "point" | "points") => {
                return Some(Measure::of(
                    FigureKind::Percent,
                    Some("basis_point".into()),
                    j + 2,
                ));
            }
            _ => {}
        }
        if let Some(code) = currency {
            // "$5m", "€2.5 billion"; a code after as well ("$5 USD") is swallowed.
            let mut end = j;
            if let Some((n, f)) = self.match_at(&CURRENCIES, j)
                && f.get(1) == Some(&"both")
            {
                end += n;
            }
            return Some(Measure {
                kind: FigureKind::Money,
                unit: None,
                currency: Some(code),
                minor: false,
                end,
            });
        }
        if let Some((n, f)) = self.match_at(&CURRENCIES, j)
            && matches!(f.get(1), Some(&"suffix") | Some(&"both") | Some(&"minor"))
        {
            let form = self.phrase(j, n)?;
            // "pound" and "won" as words need a number of some size before them; "marks" a
            // scale or a rate's decimals ("40 million marks", "1.4820 marks"; not "80 marks
            // in the exam").
            let bare = match form.as_str() {
                "won" => true,
                "marks" => number.value.fract() == 0.0,
                _ => false,
            };
            if !bare || number.scaled {
                return Some(Measure {
                    kind: FigureKind::Money,
                    unit: None,
                    currency: Some(self.resolve(f[0], &form)),
                    minor: f.get(1) == Some(&"minor"),
                    end: j + n,
                });
            }
        }
        self.noun_after(number, j)
    }

    /// Whether the sentence is a heading's (Title Case capitalizes every noun).
    fn in_heading(&self) -> bool {
        let paragraph = self.doc.sentences()[self.sentence].paragraph;
        self.doc.paragraphs()[paragraph].kind == ParagraphKind::Heading
    }

    /// A time unit or counted noun after the number, with up to three words between.
    fn noun_after(&self, number: &Number, j: usize) -> Option<Measure> {
        let mut k = j;
        let mut first_unit_word = j;
        while k < self.tokens.len() && k < j + 4 {
            if self.kind(k) != Some(TokenKind::Word) {
                return None;
            }
            let w = self.w(k);
            if let Some((n, _)) = self.match_at(&HEADCOUNT_NOUNS, k) {
                // Not a title in running text ("12 Angry Men"; a headline's "Layoffs of 2,000
                // Workers" counts), nor what a possessive after a modifier or a year qualifies
                // ("the 2000 Olympic women's 100m", "the 1997 women's competition"; not
                // "thousands of people's savings").
                if self.raw(k + n - 1).starts_with(char::is_uppercase) && !self.in_heading()
                    || (k > j || number.year_like)
                        && self.kind(k + n) == Some(TokenKind::Possessive)
                {
                    return None;
                }
                let unit = self.phrase(k, n)?;
                // "members of the public" are people; "member states" are not.
                if n == 1
                    && matches!(w, "member" | "job" | "role" | "position" | "opening")
                    && self.kind(k + 1) == Some(TokenKind::Word)
                    && !FUNCTION_WORDS.contains(self.w(k + 1))
                {
                    k += 1;
                    continue;
                }
                return Some(Measure::of(FigureKind::Headcount, Some(unit), k + n));
            }
            if let Some(u) = DURATION_UNITS.value(w) {
                if k > j + 2 || k == j && self.w(k + 1) == "of" && w.starts_with("quarter") {
                    return None; // "three quarters of the staff"
                }
                if matches!(self.w(k + 1), "old" | "-old") {
                    return None;
                }
                return Some(Measure::of(
                    FigureKind::Duration,
                    Some(u.to_string()),
                    k + 1,
                ));
            }
            let raw = self.raw(k);
            let acronym = raw.len() > 1 && raw.chars().all(|c| c.is_uppercase() || c == '.');
            if (FUNCTION_WORDS.contains(w) && !acronym)
                || MONTHS.contains(w) && raw.starts_with(char::is_uppercase)
            {
                return None;
            }
            let capital = raw.starts_with(char::is_uppercase);
            // "100,000 Palestinians", "2,000 Americans": people by their nationality (not
            // after a year: "In 1990 Americans voted").
            if capital
                && !number.year_like
                && w.ends_with('s')
                && NATIONALITIES.contains(w)
                && number.value != 1.0
            {
                return Some(Measure::of(
                    FigureKind::Headcount,
                    Some(raw.to_string()),
                    k + 1,
                ));
            }
            if !capital && is_plural_noun(w) && number.value != 1.0 {
                if NOT_COUNT_NOUNS.contains(w) {
                    return None;
                }
                // "30,000 sports utility vehicles": a compound noun runs on to its head.
                let mut head = k;
                for m in k + 1..(k + 3).min(self.tokens.len()) {
                    let word = self.w(m);
                    let plain = self.kind(m) == Some(TokenKind::Word)
                        && self.raw(m).starts_with(char::is_lowercase)
                        && !FUNCTION_WORDS.contains(word)
                        && !word.ends_with("ed")
                        && !word.ends_with("ing")
                        && !word.ends_with("ly");
                    if !plain {
                        break;
                    }
                    if is_plural_noun(word) {
                        head = m;
                        break;
                    }
                }
                let unit_words: Vec<&str> = (first_unit_word..=head).map(|x| self.w(x)).collect();
                return Some(Measure::of(
                    FigureKind::Count,
                    Some(unit_words.join(" ")),
                    head + 1,
                ));
            }
            if capital || w.contains('-') || COUNT_MODIFIERS.contains(w) {
                if first_unit_word == k {
                    first_unit_word = k + 1;
                }
            } else if w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing") {
                return None; // adverbs and verbs end the phrase
            }
            k += 1;
        }
        None
    }

    /// A rate after the figure ("a year", "per share", "annually", "per year of service").
    fn rate_after(&self, j: usize) -> (Option<&'static str>, usize) {
        if let Some((n, f)) = self.match_at(&RATE_BASES, j) {
            let after = self.w(j + n);
            if matches!(
                after,
                "ago" | "earlier" | "later" | "before" | "after" | "old"
            ) {
                return (None, j);
            }
            let mut end = j + n;
            // "per year of service"
            if self.w(j) == "per"
                && self.w(end) == "of"
                && self.kind(end + 1) == Some(TokenKind::Word)
                && !FUNCTION_WORDS.contains(self.w(end + 1))
            {
                end += 2;
            }
            return (f.first().copied(), end);
        }
        (None, j)
    }

    /// "hundreds of new roles", "thousands of jobs", "billions of dollars".
    fn vague_at(&self, i: usize, out: &mut Vec<Figure>) -> Option<usize> {
        let (n, _) = self.match_at(&VAGUE_AMOUNTS, i)?;
        let mut j = i + n;
        if self.w(j) != "of" {
            return None;
        }
        j += 1;
        let number = Number {
            start: i,
            end: j,
            value: 0.0,
            high: None,
            scaled: true,
            factor: 1.0,
            year_like: false,
            hyphen_unit: None,
            attached_currency: None,
            from_word: true,
        };
        let m = match self.match_at(&CURRENCIES, j) {
            Some((k, f)) if f.get(1) == Some(&"suffix") => Measure {
                kind: FigureKind::Money,
                unit: None,
                currency: Some(self.resolve(f[0], &self.phrase(j, k)?)),
                minor: false,
                end: j + k,
            },
            _ => self.noun_after(&number, j)?,
        };
        let mut qualifier = None;
        let mut start = i;
        if let Some((s, f)) = self.match_before(&FIGURE_QUALIFIERS, i) {
            qualifier = f.first().copied();
            start = s;
        }
        let span = Span::new(
            self.tokens[start].span.start,
            self.tokens[m.end - 1].span.end,
        );
        out.push(Figure {
            kind: m.kind,
            span,
            sentence: self.sentence,
            value: None,
            value_max: None,
            unit: m.unit,
            currency: m.currency.filter(|c| !c.is_empty()),
            qualifier,
            per: None,
        });
        Some(m.end)
    }
}

fn is_plural_noun(w: &str) -> bool {
    // (Plurals with no "s": "30 aircraft", "200 cattle".)
    UNMARKED_PLURALS.contains(w)
        || w.len() >= 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// "1,000.50" → (100050, 2); separators are dropped.
fn parse_decimal(digits: &str) -> Option<(u64, i32)> {
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int, frac) = match digits.split_once('.') {
        Some((a, b)) => (a, b),
        None => (digits, ""),
    };
    if frac.contains('.') || frac.contains(',') {
        return None;
    }
    let mut mantissa: u64 = 0;
    for c in int.chars().filter(|&c| c != ',').chain(frac.chars()) {
        mantissa = mantissa
            .checked_mul(10)?
            .checked_add(u64::from(c.to_digit(10)?))?;
    }
    Some((mantissa, frac.len() as i32))
}

/// `v` to 15 significant digits: what a scale word or cents multiplied into the binary
/// fraction of a decimal ("4.1" × 10⁹ = 4099999999.9999995) goes back to the digits written.
fn decimal(v: f64) -> f64 {
    // (Most values are whole, or a whole number's float error: no formatting for those.)
    let whole = v.round();
    if (v - whole).abs() <= v.abs() * 1e-14 {
        return whole;
    }
    format!("{v:.14e}").parse().unwrap_or(v)
}

/// mantissa × 10^(exponent − decimals), exact when the result is a whole number.
fn scaled(mantissa: u64, decimals: i32, exponent: i32) -> f64 {
    let e = exponent - decimals;
    if e >= 0 {
        mantissa as f64 * 10f64.powi(e)
    } else {
        mantissa as f64 / 10f64.powi(-e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One expected figure: `text|kind|value|unit or currency|qualifier|per`, empty fields
    /// for null; a range's value is written `low..high`.
    #[track_caller]
    fn check(sentence: &str, expected: &[&str]) {
        let doc = Document::parse(sentence);
        let got: Vec<String> = figures(&doc)
            .iter()
            .map(|f| {
                let value = match (f.value, f.value_max) {
                    (Some(v), Some(m)) => format!("{v}..{m}"),
                    (Some(v), None) => format!("{v}"),
                    (None, _) => String::new(),
                };
                let unit = if f.kind == FigureKind::Money {
                    f.currency.unwrap_or_default().to_string()
                } else {
                    f.unit.clone().unwrap_or_default()
                };
                format!(
                    "{}|{}|{}|{}|{}|{}",
                    doc.slice(f.span),
                    f.kind.as_str(),
                    value,
                    unit,
                    f.qualifier.unwrap_or_default(),
                    f.per.unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(got, expected, "in {sentence:?}");
    }

    #[test]
    fn money() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The division lost over $16 billion in 2024.",
                &["over $16 billion|money|16000000000|USD|more_than|"],
            ),
            // A sum right after a name.
            (
                "The Commission fined Apple 500 million euros and Meta Platforms 200 million \
                 euros.",
                &[
                    "500 million euros|money|500000000|EUR||",
                    "200 million euros|money|200000000|EUR||",
                ],
            ),
            // Values exact to the digits written, after a scale word and in cents.
            (
                "It agreed to buy Leyden for $4.1 billion; the shares rose 77.06 cents.",
                &[
                    "$4.1 billion|money|4100000000|USD||",
                    "77.06 cents|money|0.7706|USD||",
                ],
            ),
            (
                "Spending could top $200 billion annually by 2026.",
                &["$200 billion annually|money|200000000000|USD||year"],
            ),
            (
                "Revenue rose to $1.13bn in the quarter.",
                &["$1.13bn|money|1130000000|USD||"],
            ),
            (
                "It paid £600m for the stake.",
                &["£600m|money|600000000|GBP||"],
            ),
            (
                "The bank raised €2.5 billion from investors.",
                &["€2.5 billion|money|2500000000|EUR||"],
            ),
            (
                "Sales reached ¥300bn last year.",
                &["¥300bn|money|300000000000|JPY||"],
            ),
            (
                "The deal is worth US$4.2 million.",
                &["US$4.2 million|money|4200000|USD||"],
            ),
            (
                "The miner earned A$1.5bn in profit.",
                &["A$1.5bn|money|1500000000|AUD||"],
            ),
            ("Tickets cost C$45 each.", &["C$45|money|45|CAD||"]),
            (
                "The property sold for HK$88m.",
                &["HK$88m|money|88000000|HKD||"],
            ),
            (
                "Net profit rose to NT$398.3 billion.",
                &["NT$398.3 billion|money|398300000000|TWD||"],
            ),
            // The currencies the euro replaced, as 1990s wires quote them; "marks" needs a
            // scale or a rate's decimals.
            (
                "The dollar eased to 1.4820 marks and Fiat paid 2.5 billion French francs.",
                &[
                    "1.4820 marks|money|1.482|DEM||",
                    "2.5 billion French francs|money|2500000000|FRF||",
                ],
            ),
            (
                "She scored 80 marks in the exam.",
                &["80 marks|count|80|marks||"],
            ),
            // Capitals of no known mark before "$": some other dollar, which is not said.
            (
                "Inflation cost Z$5 billion.",
                &["Z$5 billion|money|5000000000|||"],
            ),
            (
                "The fund holds USD 5m in bonds.",
                &["USD 5m|money|5000000|USD||"],
            ),
            (
                "The company paid 12m CHF in fines.",
                &["12m CHF|money|12000000|CHF||"],
            ),
            (
                "The plant will cost Rs 500 crore, officials said.",
                &["Rs 500 crore|money|5000000000|INR||"],
            ),
            (
                "The government spent Rs 2,000 on each family.",
                &["Rs 2,000|money|2000|INR||"],
            ),
            (
                "They agreed to pay 16 billion dollars.",
                &["16 billion dollars|money|16000000000|USD||"],
            ),
            (
                "A coffee costs 5 euros in Paris.",
                &["5 euros|money|5|EUR||"],
            ),
            (
                "A bowl of rice costs 300 yen.",
                &["300 yen|money|300|JPY||"],
            ),
            ("The stamp costs 40 pence.", &["40 pence|money|0.4|GBP||"]),
            (
                "Shares closed at 510.75 pence.",
                &["510.75 pence|money|5.1075|GBP||"],
            ),
            (
                "A call costs 17 cents a minute.",
                &["17 cents|money|0.17|USD||"],
            ),
            (
                "Shares fell 3.5p to 162p.",
                &["3.5p|money|0.035|GBP||", "162p|money|1.62|GBP||"],
            ),
            (
                "Workers earn $18 an hour.",
                &["$18 an hour|money|18|USD||hour"],
            ),
            // Energy and property units as rate bases.
            (
                "Power rose to 480 euros per megawatt hour; gas cost 50 pence a therm.",
                &[
                    "480 euros per megawatt hour|money|480|EUR||megawatt hour",
                    "50 pence a therm|money|0.5|GBP||therm",
                ],
            ),
            (
                "The board declared a dividend of 45 cents per share.",
                &["45 cents per share|money|0.45|USD||share"],
            ),
            (
                "Oil fell to $78.40 a barrel.",
                &["$78.40 a barrel|money|78.4|USD||barrel"],
            ),
            (
                "Meta Agrees $1.6 Billion Deal",
                &["$1.6 Billion|money|1600000000|USD||"],
            ),
            (
                "The project will cost $15–20 million.",
                &["$15–20 million|money|15000000..20000000|USD||"],
            ),
            (
                "Estimates range from $500 million and up.",
                &["$500 million|money|500000000|USD||"],
            ),
            (
                "A strike would cost between $500 million and $1 billion a day.",
                &["between $500 million and $1 billion a day|money|500000000..1000000000|USD||day"],
            ),
            (
                "The rand fell to 6.8bn rand.",
                &["6.8bn rand|money|6800000000|ZAR||"],
            ),
            (
                "It posted a 418bn-rand budget.",
                &["418bn-rand|money|418000000000|ZAR||"],
            ),
            (
                "The shares trade at 57.85 Swiss francs.",
                &["57.85 Swiss francs|money|57.85|CHF||"],
            ),
            (
                "The euro rose to 1.3187 euros against the pound.",
                &["1.3187 euros|money|1.3187|EUR||"],
            ),
            (
                "Pay rises of up to £30,000 each were offered.",
                &["up to £30,000|money|30000|GBP|at_most|"],
            ),
            (
                "The fine was less than 35,000 rand.",
                &["less than 35,000 rand|money|35000|ZAR|less_than|"],
            ),
            (
                "It spent about $200m on marketing.",
                &["about $200m|money|200000000|USD|approximately|"],
            ),
            (
                "Investors have put in billions of dollars.",
                &["billions of dollars|money||USD||"],
            ),
            (
                "The scheme costs £1.2bn a year.",
                &["£1.2bn a year|money|1200000000|GBP||year"],
            ),
            (
                "Profit was $5.15 a share, against £3.90 a year ago.",
                &[
                    "$5.15 a share|money|5.15|USD||share",
                    "£3.90|money|3.9|GBP||",
                ],
            ),
            (
                "The firm made a profit of 70m euro.",
                &["70m euro|money|70000000|EUR||"],
            ),
            ("He was fined $10,000.", &["$10,000|money|10000|USD||"]),
            (
                "It raised $2.5 million in a funding round.",
                &["$2.5 million|money|2500000|USD||"],
            ),
            (
                "The budget is 3 trillion yen.",
                &["3 trillion yen|money|3000000000000|JPY||"],
            ),
            ("The card costs $1.2k.", &["$1.2k|money|1200|USD||"]),
            (
                "Costs climbed to $2tn.",
                &["$2tn|money|2000000000000|USD||"],
            ),
            (
                "Half a million dollars went missing.",
                &["Half a million dollars|money|500000|USD||"],
            ),
            (
                "They bought it for a million pounds.",
                &["a million pounds|money|1000000|GBP||"],
            ),
            (
                "The order was worth nearly $3bn.",
                &["nearly $3bn|money|3000000000|USD|approximately|"],
            ),
            (
                "The fine could reach as much as €4m.",
                &["as much as €4m|money|4000000|EUR|at_most|"],
            ),
            (
                "It sold 30 million yuan of bonds.",
                &["30 million yuan|money|30000000|CNY||"],
            ),
        ];
        for (sentence, expected) in cases {
            check(sentence, expected);
        }
    }

    #[test]
    fn dollars_follow_the_article() {
        let doc = Document::parse(
            "Qantas earned A$500m. Its rival lost $20m, or 30 Australian dollars a share.",
        );
        let f = figures(&doc);
        assert_eq!(f[1].currency, Some("AUD"));
        let doc = Document::parse("The Canadian firm lost $20m. Toronto fell.");
        assert_eq!(figures(&doc)[0].currency, Some("USD"));
        let doc =
            Document::parse("Paid in Canadian dollars, the bonus was $20m. Americans paid US$5m.");
        assert_eq!(
            figures(&doc)[0].currency,
            Some("USD"),
            "two dollars marked: USD"
        );
    }

    #[test]
    fn headcounts_and_counts() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Meta has laid off roughly 600 employees.",
                &["roughly 600 employees|headcount|600|employees|approximately|"],
            ),
            (
                "Meta opened hundreds of new roles.",
                &["hundreds of new roles|headcount||roles||"],
            ),
            (
                "Meta lists over 1,000 active job openings.",
                &["over 1,000 active job openings|headcount|1000|job openings|more_than|"],
            ),
            (
                "The decision to cut 600 AI jobs surprised staff.",
                &["600 AI jobs|headcount|600|jobs||"],
            ),
            // Plurals with no "s" count; a Boeing model's number before an aircraft's noun
            // does not.
            (
                "It ordered 30 aircraft, and 20 of its 737 jetliners and its 787 Dreamliner \
                 aircraft.",
                &["30 aircraft|count|30|aircraft||"],
            ),
            // People by their nationality are a headcount; not after a year.
            (
                "About 100,000 Palestinians live in Hebron. In 1990 Americans voted.",
                &["About 100,000 Palestinians|headcount|100000|Palestinians|approximately|"],
            ),
            (
                "The firm hired 400 full-time workers.",
                &["400 full-time workers|headcount|400|workers||"],
            ),
            // "out of" after a count counts the same noun; the proportion "nine out of 10
            // placentas" stays none (`is_label`).
            (
                "The survey found 39 nations out of 65 were raising their holdings.",
                &["39 nations|count|39|nations||", "65|count|65|nations||"],
            ),
            // A Title Case headline counts its people.
            (
                "Union Says Layoffs of 2,000 Workers Loom\n\nThe union said 2,000 workers \
                 would lose their jobs.",
                &[
                    "2,000 Workers|headcount|2000|workers||",
                    "2,000 workers|headcount|2000|workers||",
                ],
            ),
            (
                "The devaluation wiped out thousands of people's life savings.",
                &["thousands of people|headcount||people||"],
            ),
            (
                "The trials involved 196 women and 40 men.",
                &[
                    "196 women|headcount|196|women||",
                    "40 men|headcount|40|men||",
                ],
            ),
            (
                "The bank will cut 2,500 jobs.",
                &["2,500 jobs|headcount|2500|jobs||"],
            ),
            (
                "It laid off roughly 600 employees last week.",
                &["roughly 600 employees|headcount|600|employees|approximately|"],
            ),
            (
                "Amazon plans to hire 125,000 workers.",
                &["125,000 workers|headcount|125000|workers||"],
            ),
            (
                "The union has 45,000 members.",
                &["45,000 members|headcount|45000|members||"],
            ),
            (
                "Thousands of jobs are at risk.",
                &["Thousands of jobs|headcount||jobs||"],
            ),
            (
                "The plant employs 1,900 people.",
                &["1,900 people|headcount|1900|people||"],
            ),
            (
                "The firm expects to hire 300 engineers.",
                &["300 engineers|headcount|300|engineers||"],
            ),
            (
                "A dozen staff were moved.",
                &["A dozen staff|headcount|12|staff||"],
            ),
            (
                "Two dozen contractors lost work.",
                &["Two dozen contractors|headcount|24|contractors||"],
            ),
            (
                "It employs twenty-five people.",
                &["twenty-five people|headcount|25|people||"],
            ),
            (
                "About three thousand workers marched.",
                &["About three thousand workers|headcount|3000|workers|approximately|"],
            ),
            (
                "A third of its 9,000 staff will go.",
                &["9,000 staff|headcount|9000|staff||"],
            ),
            (
                "The company plans between 500 and 600 jobs cuts.",
                &["between 500 and 600 jobs|headcount|500..600|jobs||"],
            ),
            (
                "The airline will shed up to 45,000 jobs.",
                &["up to 45,000 jobs|headcount|45000|jobs|at_most|"],
            ),
            (
                "As many as 50,000 textile workers could lose their jobs.",
                &["As many as 50,000 textile workers|headcount|50000|workers|at_most|"],
            ),
            (
                "More than half a million people signed.",
                &["More than half a million people|headcount|500000|people|more_than|"],
            ),
            (
                "It will create more than 10,000 US jobs.",
                &["more than 10,000 US jobs|headcount|10000|jobs|more_than|"],
            ),
            (
                "The bank has 79 branches.",
                &["79 branches|count|79|branches||"],
            ),
            (
                "The app has 3 million users.",
                &["3 million users|count|3000000|users||"],
            ),
            (
                "The firm will close two plants.",
                &["two plants|count|2|plants||"],
            ),
            (
                "The OECD has 30 member countries.",
                &["30 member countries|count|30|member countries||"],
            ),
            (
                "Two big US names launched campaigns.",
                &["Two big US names|count|2|names||"],
            ),
            (
                "It placed more than 100 full page adverts.",
                &["more than 100 full page adverts|count|100|page adverts|more_than|"],
            ),
            (
                "A survey of 10,227 firms was published.",
                &["10,227 firms|count|10227|firms||"],
            ),
            (
                "The 300-shareholder threshold drew anger.",
                &["300-shareholder|count|300|shareholder||"],
            ),
            (
                "It sold 1.25 million vehicles.",
                &["1.25 million vehicles|count|1250000|vehicles||"],
            ),
            (
                "It pumps 60,000 barrels a day.",
                &["60,000 barrels a day|count|60000|barrels||day"],
            ),
            (
                "A dozen major newspapers ran the advert.",
                &["A dozen major newspapers|count|12|newspapers||"],
            ),
            (
                "Two Chinese state-run banks lent the money.",
                &["Two Chinese state-run banks|count|2|banks||"],
            ),
            (
                "It will supply 30,000 sports utility vehicles.",
                &["30,000 sports utility vehicles|count|30000|sports utility vehicles||"],
            ),
            (
                "The two firms signed a memorandum.",
                &["two firms|count|2|firms||"],
            ),
            (
                "It faces two lawsuits.",
                &["two lawsuits|count|2|lawsuits||"],
            ),
            ("Sales were five times higher.", &[]),
            ("The 15-strong squad flew out.", &[]),
            ("Two thirds of voters agreed.", &[]),
            (
                "The index fell 15 points.",
                &["15 points|count|15|points||"],
            ),
            (
                "Millions of users logged in.",
                &["Millions of users|count||users||"],
            ),
            (
                "The 12-member eurozone bloc slowed.",
                &["12-member|headcount|12|member||"],
            ),
        ];
        for (sentence, expected) in cases {
            check(sentence, expected);
        }
    }

    #[test]
    fn durations() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Severance equals 16 weeks of pay.",
                &["16 weeks|duration|16|week||"],
            ),
            (
                "It gave him his third number one in three weeks.",
                &["three weeks|duration|3|week||"],
            ),
            (
                "Staff get two weeks per year of service.",
                &["two weeks per year of service|duration|2|week||year"],
            ),
            (
                "He signed a five-year contract.",
                &["five-year|duration|5|year||"],
            ),
            (
                "The talks lasted 18 months.",
                &["18 months|duration|18|month||"],
            ),
            (
                "Growth slowed for three months.",
                &["three months|duration|3|month||"],
            ),
            (
                "The economy shrank for two consecutive quarters.",
                &["two consecutive quarters|duration|2|quarter||"],
            ),
            ("Three quarters of the staff agreed.", &[]),
            (
                "The plan runs for up to 20 years.",
                &["up to 20 years|duration|20|year|at_most|"],
            ),
            (
                "It offered a 12 percent raise over five years.",
                &[
                    "12 percent|percent|12|percent||",
                    "five years|duration|5|year||",
                ],
            ),
            (
                "He has worked there for over five years.",
                &["over five years|duration|5|year|more_than|"],
            ),
            (
                "It has not happened in less than 40 years.",
                &["less than 40 years|duration|40|year|less_than|"],
            ),
            ("The 16-week strike ended.", &["16-week|duration|16|week||"]),
            (
                "The deal runs for 24 hours.",
                &["24 hours|duration|24|hour||"],
            ),
            (
                "She worked there for 13 years.",
                &["13 years|duration|13|year||"],
            ),
            ("Talks took three days.", &["three days|duration|3|day||"]),
            ("A 45-year-old man was arrested.", &[]),
            // A number joined to a capitalized word is a name: a model, a shop.
            (
                "Sales of the new 1-Series rose; he runs a 7-Eleven store.",
                &[],
            ),
            ("The boy is 12 years old.", &[]),
            (
                "Prices rose for a decade.",
                &["a decade|duration|1|decade||"],
            ),
        ];
        for (sentence, expected) in cases {
            check(sentence, expected);
        }
    }

    #[test]
    fn percents() {
        let cases: &[(&str, &[&str])] = &[
            ("Sales fell 17% last year.", &["17%|percent|17|percent||"]),
            (
                "Sales fell 17 percent last year.",
                &["17 percent|percent|17|percent||"],
            ),
            (
                "Sales fell 17 per cent last year.",
                &["17 per cent|percent|17|percent||"],
            ),
            (
                "Rates rose 2.5 percentage points.",
                &["2.5 percentage points|percent|2.5|percentage_point||"],
            ),
            (
                "Rates rose 25 basis points.",
                &["25 basis points|percent|25|basis_point||"],
            ),
            // A noun after the high end of a change says what it counts: no currency then.
            (
                "Fraud fell from 10,276 cases worth £808m to 8,177 cases worth £644m.",
                &[
                    "10,276 cases|count|10276|cases||",
                    "£808m|money|808000000|GBP||",
                    "8,177 cases|count|8177|cases||",
                    "£644m|money|644000000|GBP||",
                ],
            ),
            // Each end of a change keeps its currency sign.
            (
                "Profit rose from £5m to £7m.",
                &["£5m|money|5000000|GBP||", "£7m|money|7000000|GBP||"],
            ),
            // A change by an amount, then the level several times it, is two figures too;
            // close ends after "by" are a range.
            (
                "Fuel costs rose by £40m to £220m. It will cut profits by $3.8m to $4.9m.",
                &[
                    "£40m|money|40000000|GBP||",
                    "£220m|money|220000000|GBP||",
                    "$3.8m to $4.9m|money|3800000..4900000|USD||",
                ],
            ),
            // A high end below the low one is no range: a score ("5-4 winners") is no
            // figure; "39% to 34%" are two.
            (
                "Chelsea were 5-4 winners. Support fell from 39% to 34%, or 31 points - four \
                 points.",
                &[
                    "39%|percent|39|percent||",
                    "34%|percent|34|percent||",
                    "31 points|count|31|points||",
                    "four points|count|4|points||",
                ],
            ),
            // A wire's exchange-rate note is no figure of the story.
            (
                "It took charges of 500 million euros ($590 million).\n\n($1 = 0.8475 euros)",
                &[
                    "500 million euros|money|500000000|EUR||",
                    "$590 million|money|590000000|USD||",
                ],
            ),
            // A change in one unit to a level in another is no range.
            (
                "Margin widened by 120 basis points to 18.3 per cent.",
                &[
                    "120 basis points|percent|120|basis_point||",
                    "18.3 per cent|percent|18.3|percent||",
                ],
            ),
            (
                "Growth will be 5 to 7 percent.",
                &["5 to 7 percent|percent|5..7|percent||"],
            ),
            (
                "Prices will be 8% to 9% lower.",
                &["8% to 9%|percent|8..9|percent||"],
            ),
            (
                "Growth will be between 3% and 6%.",
                &["between 3% and 6%|percent|3..6|percent||"],
            ),
            (
                "The bank cut rates from 2.5% to 2%.",
                &["2.5%|percent|2.5|percent||", "2%|percent|2|percent||"],
            ),
            (
                "Inflation rose 0.25% to 5.5%.",
                &["0.25%|percent|0.25|percent||", "5.5%|percent|5.5|percent||"],
            ),
            (
                "Crude is about 50% higher.",
                &["about 50%|percent|50|percent|approximately|"],
            ),
            (
                "Its stake is close to 30%.",
                &["close to 30%|percent|30|percent|approximately|"],
            ),
            (
                "Nearly 40% of staff agreed.",
                &["Nearly 40%|percent|40|percent|approximately|"],
            ),
            (
                "Output grew by more than 3%.",
                &["more than 3%|percent|3|percent|more_than|"],
            ),
            (
                "Its share is under 5%.",
                &["under 5%|percent|5|percent|less_than|"],
            ),
            (
                "At least 10% of loans went bad.",
                &["At least 10%|percent|10|percent|at_least|"],
            ),
            (
                "Wages rise 3% a year.",
                &["3% a year|percent|3|percent||year"],
            ),
            (
                "The S&P 500 gained 1.2% to close at 5,021.84.",
                &["1.2%|percent|1.2|percent||"],
            ),
            (
                "Unemployment was 4.4% in 2004.",
                &["4.4%|percent|4.4|percent||"],
            ),
            ("The 5-7% range was kept.", &["5-7%|percent|5..7|percent||"]),
        ];
        for (sentence, expected) in cases {
            check(sentence, expected);
        }
    }

    #[test]
    fn not_figures() {
        let cases: &[&str] = &[
            "Since 2023, Meta has grown.",
            "The law was passed in 2024.",
            "By 2026 the plant will close.",
            "Profits in 2012-13 were flat.",
            "The meeting is on Jan. 5 in Paris.",
            "The vote was held on 5 March.",
            "The vote was held on March 5, 2024.",
            "The market opens at 10 a.m. on Monday.",
            "The market opens at 9:30 on Monday.",
            "It came first in the third quarter.",
            "He finished 3rd in the race.",
            "Members of Local 851 voted.",
            "The 401(k) plan was changed.",
            "A Boeing 737 landed safely.",
            "COVID-19 cases rose.",
            "Under Section 8 of the act, tenants get help.",
            "Call 555-1234 for details.",
            "Call 020 7946 0958 for details.",
            "She lives at 10 Downing Street.",
            "One former AI engineer spoke out.",
            "One of the managers resigned.",
            // A title, a name, a year before a possessive: no people counted.
            "He starred in 12 Angry Men on Broadway.",
            "Thanou, the 2000 Olympic women's 100m silver medallist, appealed.",
            "The 1989 Children Act was amended.",
            "They open the 1997 women's team competition in Perth.",
            // A proportion counts nothing.
            "The condition affects about one in seven new mothers.",
            "Plastic was found in nine out of 10 placentas, and 9 out of 10 dentists agree.",
            "One in five workers lost their jobs.",
            "It ranked No. 1 in the survey.",
            "See page 5 for details.",
            "The man, aged 45, was charged.",
            "He was born in the 1990s.",
            "The 4G network launched.",
            "The FTSE 100 index rose.",
            "Wait a second, she said.",
            "The score was 3-1 at half time.",
            "It will list in April, according to two people familiar with the matter.",
            "Three sources briefed on the talks said the deal was close.",
            "Two officials with knowledge of the plan confirmed it.",
        ];
        for sentence in cases {
            check(sentence, &[]);
        }
    }

    #[test]
    fn numbers_parse_exactly() {
        assert_eq!(parse_decimal("1,000.50"), Some((100050, 2)));
        assert_eq!(parse_decimal("1.6"), Some((16, 1)));
        assert_eq!(parse_decimal("x"), None);
        assert_eq!(scaled(12, 1, 9), 1.2e9);
        assert_eq!(scaled(51075, 2, -2), 5.1075);
        assert_eq!(decimal(4.1 * 1e9), 4.1e9);
        assert_eq!(decimal(1234.5), 1234.5);
    }
}
