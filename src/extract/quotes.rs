//! Quotes and who said them.
//!
//! 1. **Marks.** Double quote marks are paired inside each paragraph by shape and position:
//!    `“` opens and `”` closes; a straight `"` (and the wire style ``` `` ``` / `''`) opens
//!    after a space or line start and closes before a space or punctuation. Single quotes and
//!    apostrophes never open or close a quote (`’s`, `aren’t`, `’90s`). A quote still open at
//!    the end of a paragraph runs on when the next paragraph opens with a quote mark (the
//!    convention for quotes of several paragraphs); otherwise it is dropped and the next
//!    paragraph starts clean.
//! 2. **Kind.** A quote that stands as its own sentence (it starts a sentence, or follows a
//!    colon or a speech verb) is `full`; quoted words inside the writer's sentence are
//!    `partial`. Quotes of one or two words and quoted titles ("Saturday Night Live") are
//!    not quotes.
//! 3. **Speaker.** The attribution is looked for after the quote (`“…,” said X`, `“…,” X
//!    said`, `“…” — X`), then before it (`X said: “…”`, `according to X`, `insiders describe
//!    as “…”`). The speaker phrase is a named entity when one stands there, a pronoun resolved
//!    to the person or organization last named, an organization noun ("the company") resolved
//!    to the organization last named, or the descriptive phrase trimmed to its noun phrase
//!    ("one former AI engineer who requested anonymity" → "one former AI engineer"). A
//!    participle after a comma (", telling Reuters: “…”") speaks for the sentence's subject.
//!    A quote without an attribution of its own continues the previous quote's speaker in the
//!    same paragraph, or in the next when it opens that paragraph.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::entities::{Entities, EntityKind};
use super::names::{
    after_arabic_article, has_doer_suffix, is_bare_possessive, is_capitals, is_dash, is_determiner,
    listed_before,
};
use crate::lexicon::{
    AUXILIARIES, BEFORE_VERB, DESCRIBING_VERBS, FUNCTION_WORDS, GENDERED_NOUNS, GROUP_NOUNS,
    HONORIFICS, IRREGULAR_PASTS, KIN_NOUNS, LESSER_OFFICES, MEDIA_NOUNS, MEMBER_TITLES,
    NAME_PARTICLES, NATIONALITIES, NOT_ENTITIES, NUMBER_WORDS, ORG_NOUNS, PAST_TENSES,
    PERSON_NOUNS, POSITIONS, PUBLICATION_HEADS, ROLES, SPEECH_NOUNS, SPEECH_VERBS, TIME_NOUNS,
    TITLE_MODIFIERS, UNNAMED_NOUNS, given_name_is_male, honorific_is_male, is_form_of_be,
    is_ly_adverb, is_party_and_state, opens_source_description,
};
use crate::text::{Document, ParagraphKind, Sentence, Span, Token, TokenKind};

/// Whether quoted words stand as their own sentence(s) or sit inside the writer's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Full,
    Partial,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
        }
    }
}

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The resolved name: the entity's name, or the phrase as written.
    pub name: String,
    /// The words at the attribution ("he", "Zuckerberg", "a spokesperson").
    pub span: Span,
    /// Index into [`Entities::people`].
    pub person: Option<usize>,
    /// Index into [`Entities::organizations`].
    pub organization: Option<usize>,
}

/// A direct quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The characters between the quote marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The attribution's verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    pub sentence: usize,
    pub paragraph: usize,
}

/// Every direct quote of the document, with its speaker.
///
/// ```
/// use lede::text::Document;
/// let doc = Document::parse("“We are hiring,” said Jane Roe. “This is about teams.”");
/// let entities = lede::extract::entities(&doc);
/// let quotes = lede::extract::quotes(&doc, &entities);
/// assert_eq!(doc.slice(quotes[0].span), "We are hiring,");
/// assert_eq!(quotes[1].speaker.as_ref().unwrap().name, "Jane Roe");
/// ```
pub fn quotes(doc: &Document, entities: &Entities) -> Vec<Quote> {
    let spans = find_quote_spans(doc);
    let quoted: Vec<Span> = spans.iter().map(|(s, _)| *s).collect();
    let mut reader = Reader {
        doc,
        entities,
        quoted: &quoted,
        genders: vec![OnceCell::new(); entities.people.len()],
        titles: OnceCell::new(),
        mentions: Vec::new(),
    };
    reader.mentions = outside_quotes(entities, &quoted);
    // The headline and byline above the body name no one a pronoun of the body can mean
    // ("By Jane Whitaker", then "…,” she said").
    let body = doc
        .paragraphs()
        .iter()
        .position(|p| p.kind != ParagraphKind::Heading)
        .and_then(|p| doc.sentences().iter().find(|s| s.paragraph == p))
        .map_or(0, |s| s.span.start);
    // Nor does a picture's credit line ("Mark Olden via Getty Images.", "(AP Photo/Evan
    // Vucci)").
    let credits: Vec<Span> = doc
        .paragraphs()
        .iter()
        .map(|p| p.span)
        .filter(|&p| is_photo_credit(doc.slice(p)))
        .collect();
    reader
        .mentions
        .retain(|(m, _, _)| m.start >= body && !credits.iter().any(|c| c.contains(*m)));
    let mut out: Vec<Quote> = Vec::new();
    let mut addressed: Vec<bool> = Vec::new();
    for (span, paragraph) in spans {
        if !is_quote(doc.slice(span)) {
            continue;
        }
        let sentence = doc.sentence_at(span.start).unwrap_or(0);
        let kind = reader.kind(span);
        // ("Kevin Dolan was asked: “…”": spoken to someone, by no one the text names.)
        let to = reader.spoken_to(span);
        addressed.push(to);
        let (mut speaker, mut cue) = match (!to).then(|| reader.attribution(span)).flatten() {
            Some((speaker, cue)) => (Some(speaker), cue),
            None => (None, None),
        };
        // `Thomas said his aides “made a mistake” by reading Clinton's files, but that the
        // board's decision was “a disgraceful act.”`: a quote with no cue of its own, after an
        // attributed quote of its sentence, is the same speaker's when no one named between
        // them is a subject.
        if let Some(p) = out.last()
            && cue.is_none()
            && !to
            && p.sentence == sentence
            && p.cue.is_some()
            && p.speaker.is_some()
            // (Not a title before a comma: "Hemsley, the co-author of “Going Viral,” said".)
            && !is_title(doc.slice(p.span).trim_end_matches([',', '.']))
            && !reader.subject_named_between(p.span.end, span.start)
        {
            speaker = p.speaker.clone();
            cue = p.cue;
        }
        out.push(Quote {
            span,
            kind,
            speaker,
            cue,
            sentence,
            paragraph,
        });
    }
    // One or two words are a scare quote unless they are attributed speech standing on their
    // own: "“We won,” said Jane Roe", "“Nothing worked.”" after a quote of the same speaker.
    let standing =
        |q: &Quote| q.kind == QuoteKind::Full && doc.slice(q.span).ends_with([',', '.', '!', '?']);
    let mut keep: Vec<bool> = out
        .iter()
        .map(|q| word_count(doc.slice(q.span)) >= 3 || standing(q) && q.cue.is_some())
        .collect();
    // A quote with no attribution of its own continues the previous quote's speaker, in the
    // same paragraph, or in the next when it opens that paragraph.
    let mut prev: Option<usize> = None;
    for i in 0..out.len() {
        if addressed[i] {
            continue;
        }
        if let Some(p) = prev
            && out[i].speaker.is_none()
            && out[p].speaker.is_some()
        {
            // The paragraph a quote of several paragraphs ends in.
            let q = &out[p];
            let ends = reader.paragraph_of(q.span.end.saturating_sub(1).max(q.span.start));
            // ("Then, later that month on CNN: “…”": after a writer's lead-in too.)
            let follows = out[i].paragraph == ends
                || out[i].paragraph == ends + 1
                    && (reader.opens_paragraph(out[i].span) || reader.after_lead_in(out[i].span));
            if follows {
                out[i].speaker = out[p].speaker.clone();
                out[i].cue = out[p].cue;
                keep[i] |= standing(&out[i]);
            }
        }
        // Else a quote opening a sentence is the person's who is the subject of the
        // sentence before: "Campbell signalled his intent to move abroad. “I'm 30 now …”".
        if out[i].speaker.is_none() {
            out[i].speaker = reader.subject_of_sentence_before(out[i].span);
        }
        // ("Jane Roe said the rules were “not fair”. ¶ “These rules …”": a scare quote
        // attributed by a speech verb passes its speaker on too.)
        if keep[i] || out[i].cue.is_some() {
            prev = Some(i);
        }
    }
    // `“It was make-up. “In the HD version …,” explains Mr Dean.`: a quote whose closing mark
    // the writer left out, right before a quote of the same paragraph, is that quote's
    // speaker's.
    for i in (0..out.len().saturating_sub(1)).rev() {
        if out[i].speaker.is_none()
            && !addressed[i]
            && out[i + 1].speaker.is_some()
            && out[i].paragraph == out[i + 1].paragraph
            && doc
                .text()
                .get(out[i].span.end..out[i + 1].span.start)
                .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || "\"“”".contains(c)))
        {
            out[i].speaker = out[i + 1].speaker.clone();
            out[i].cue = out[i + 1].cue;
        }
    }
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(false));
    out
}

/// Quote spans (inside the marks) with the paragraph each starts in.
pub(crate) fn find_quote_spans(doc: &Document) -> Vec<(Span, usize)> {
    let text = doc.text();
    let mut out = Vec::new();
    // An open quote carried over from the previous paragraph: (inner start, paragraph).
    let mut carried: Option<(usize, usize)> = None;
    let paragraphs = doc.paragraphs();
    // An article whose body uses no double marks quotes with single ones: ‘…’ or '…' (a
    // headline's single marks are its own style: "Sony 'set to sell film unit'").
    let single = single_marks(
        paragraphs
            .iter()
            .filter(|p| p.kind != ParagraphKind::Heading)
            .map(|p| &text[p.span]),
    );
    for (p, para) in paragraphs.iter().enumerate() {
        let mut open: Option<(usize, usize)> = carried.take();
        let single = single && para.kind != ParagraphKind::Heading;
        // Openers of quotes nested in the open one with the same marks, not yet closed.
        let mut nested = 0;
        let s = &text[para.span];
        let base = para.span.start;
        let mut skip_first_opener = open.is_some();
        // Only the characters that can be quote marks are looked at.
        let mut skip_to = 0;
        let marks = s.char_indices().filter(|&(_, c)| {
            matches!(c, '“' | '”' | '"' | '`' | '\'') || single && matches!(c, '‘' | '’')
        });
        for (i, c) in marks {
            if i < skip_to {
                continue;
            }
            let prev = s[..i].chars().next_back();
            let next = s[i + c.len_utf8()..].chars().next();
            let mark = match c {
                '“' => Some((Mark::Open, c.len_utf8())),
                '”' => Some((Mark::Close, c.len_utf8())),
                '"' => Some((straight(prev, next, open.is_some()), 1)),
                '`' if next == Some('`') => {
                    skip_to = i + 2;
                    Some((Mark::Open, 2))
                }
                // '' closes the wire style ``…'' and, in some papers, opens as well: ''…''.
                '\'' if next == Some('\'') => {
                    skip_to = i + 2;
                    let after = s[i + 2..].chars().next();
                    Some((straight(prev, after, open.is_some()), 2))
                }
                '‘' => Some((Mark::Open, c.len_utf8())),
                '’' | '\'' if single => {
                    single_mark(s, i, c, open.is_some()).map(|m| (m, c.len_utf8()))
                }
                _ => None,
            };
            let Some((mut mark, len)) = mark else {
                continue;
            };
            if skip_first_opener {
                skip_first_opener = false;
                if mark == Mark::Open && s[..i].trim().is_empty() {
                    continue; // the opener of a continued paragraph
                }
            }
            // Position overrides a mark used the wrong way round.
            if mark == Mark::Close && open.is_none() && prev.is_none_or(char::is_whitespace) {
                mark = Mark::Open;
            } else if mark == Mark::Open
                && open.is_some()
                && next.is_none_or(|n| n.is_whitespace() || ",.;:!?".contains(n))
            {
                mark = Mark::Close;
            }
            match mark {
                // A curly opener inside an open curly quote that the rest of the paragraph
                // closes twice is a quote nested with the same marks (“… claim that “has to
                // do with Israel” makes clear …”): the outer quote runs on.
                Mark::Open
                    if c == '“'
                        && open.is_some_and(|(start, _)| text[..start].ends_with('“'))
                        && s[i + c.len_utf8()..].matches('”').count()
                            >= s[i + c.len_utf8()..].matches('“').count() + 2 =>
                {
                    nested += 1;
                }
                Mark::Close if nested > 0 => nested -= 1,
                Mark::Open => {
                    // A new opener while a quote of whole sentences is open: the writer left
                    // out the closing mark ("“Every day counts. “It is clear …”"), so the
                    // open quote ends at its last sentence (a quote run on from the paragraph
                    // before too). A partial quote of a long sentence likewise ("said that
                    // “this may be the worst disaster … communities. “Many people …”").
                    if let Some((start, op)) = open {
                        let inner = text[start..base + i].trim_end();
                        let words = word_count(inner);
                        if inner.ends_with(['.', '!', '?'])
                            && (inner.starts_with(char::is_uppercase) && words >= 3
                                || inner.starts_with(char::is_lowercase) && words >= 8)
                        {
                            out.push((Span::new(start, start + inner.len()), op));
                        }
                    }
                    open = Some((base + i + len, p));
                }
                Mark::Close => {
                    if let Some((start, op)) = open.take() {
                        let end = base + i;
                        if start < end {
                            out.push((Span::new(start, end), op));
                        }
                    }
                }
            }
        }
        // Still open at the paragraph's end: runs on when the next paragraph opens a quote.
        // Only a quote that opened as speech ("“The …") runs on: "The “plan was …" does not.
        if let Some(o) = open
            && let Some(next) = paragraphs.get(p + 1)
            && text[next.span].starts_with(['“', '"', '`', '\'', '‘'])
            && text[o.0..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            carried = Some(o);
        }
    }
    out
}

/// Whether paragraphs quote with single marks: they hold ‘ or ' and no double mark (“, ”,
/// ", ``, '').
fn single_marks<'a>(mut paragraphs: impl Iterator<Item = &'a str> + Clone) -> bool {
    paragraphs.clone().any(|p| p.contains(['‘', '\'']))
        && !paragraphs.any(|p| p.contains(['“', '”', '"']) || p.contains("``") || p.contains("''"))
}

/// What a single mark `c` at byte `i` of paragraph `s` is in an article quoting with single
/// marks: an opener after a space and before a word ('We …), a closer after a word and
/// before a space or punctuation while a quote is open (… all week.’), or an apostrophe
/// (couldn’t, the Harts’ shop, ’90s) — a plural's possessive before a word in lower case
/// when the paragraph closes the quote later ('The players' union is angry,' he said).
fn single_mark(s: &str, i: usize, c: char, open: bool) -> Option<Mark> {
    let prev = s[..i].chars().next_back();
    let after = &s[i + c.len_utf8()..];
    let next = after.chars().next();
    let before_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–".contains(p));
    let after_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
    if before_space && !after_space {
        // ("'90s": a year's elision.)
        let elision = next.is_some_and(|n| n.is_ascii_digit());
        return (c == '\'' && !elision).then_some(Mark::Open);
    }
    if !open || before_space || !after_space {
        return None;
    }
    let possessive = prev == Some('s')
        && after.trim_start().starts_with(char::is_lowercase)
        && after.contains(['’', '\'']);
    (!possessive).then_some(Mark::Close)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

/// The direction of a straight quote mark from its neighbours.
fn straight(prev: Option<char>, next: Option<char>, open: bool) -> Mark {
    let before_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let after_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
    match (before_space, after_space) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ if open => Mark::Close,
        _ => Mark::Open,
    }
}

/// Words with a letter or digit in quoted text.
fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Quoted titles ("Saturday Night Live") and empty marks are not quotes; short ones are
/// judged once their attribution is known (see [`quotes`]).
fn is_quote(text: &str) -> bool {
    text.split_whitespace()
        .any(|w| w.chars().any(char::is_alphanumeric))
        && !is_title(text)
}

/// Quoted words that read as a title: "Saturday Night Live", "Return of the Legend" (every
/// word capitalized but small ones, at most eight, no closing punctuation).
pub(crate) fn is_title(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    !words.is_empty()
        && words.len() <= 8
        && !text.trim_end().ends_with(['.', ',', '!', '?'])
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(
                    *w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at"
                )
                || NAME_PARTICLES.contains(w)
        })
}

/// A role title's holder (index of the person) and its words in lower case.
type Title = (usize, Vec<String>);

struct Reader<'a> {
    doc: &'a Document,
    entities: &'a Entities,
    /// Every quote's span: names inside quotes are not what pronouns outside refer to.
    quoted: &'a [Span],
    /// Each person's gender, when known, found the first time a pronoun asks.
    genders: Vec<OnceCell<Option<Gender>>>,
    /// People's role titles, each as its words in lower case, by the title's last word, in
    /// the order of the people: built the first time "the chief executive" asks who holds a
    /// title, so that asking costs the holders, not every person of a long article.
    titles: OnceCell<HashMap<String, Vec<Title>>>,
    /// Mentions outside quotes, in text order: (span, kind, entity index).
    mentions: Vec<(Span, EntityKind, usize)>,
}

/// The mentions that stand outside every quote, in text order.
fn outside_quotes(entities: &Entities, quoted: &[Span]) -> Vec<(Span, EntityKind, usize)> {
    let mut out = Vec::new();
    for kind in [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Location,
    ] {
        for (idx, e) in entities.of(kind).iter().enumerate() {
            for m in &e.mentions {
                out.push((m.span, kind, idx));
            }
        }
    }
    out.sort_by_key(|(span, _, _)| *span);
    // Quotes are in text order and do not overlap: one pass drops the quoted mentions.
    let mut q = 0;
    out.retain(|(span, _, _)| {
        while q < quoted.len() && quoted[q].end <= span.start {
            q += 1;
        }
        !(q < quoted.len() && quoted[q].contains(*span))
    });
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

impl Gender {
    fn from_male(male: bool) -> Self {
        if male { Gender::Male } else { Gender::Female }
    }
}

/// The gender a third-person singular pronoun tells ("he", "his", "herself").
fn gender_of_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// A personal pronoun that can open a clause as its subject, in lower case ("he", "they").
fn is_subject_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "it" | "they" | "we" | "i" | "you")
}

/// A noun, in lower case, for one who can speak: an organization's, a role's, a group's, a
/// person's or a playing position's ("company", "chief executive", "campaign", "actress",
/// "striker").
fn is_speaker_noun(noun: &str) -> bool {
    ORG_NOUNS.contains(noun)
        || ROLES.get(noun).is_some()
        || GROUP_NOUNS.contains(noun)
        || PERSON_NOUNS.contains(noun)
        || POSITIONS.contains(noun)
}

/// A picture's credit line: a short paragraph naming a photo agency or saying "Photo:".
fn is_photo_credit(paragraph: &str) -> bool {
    paragraph.len() <= 160
        && [
            "Getty Images",
            "AP Photo",
            "Photo:",
            "Photograph:",
            "Picture:",
            "Image:",
        ]
        .iter()
        .any(|mark| paragraph.contains(mark))
        && paragraph.split_whitespace().count() <= 12
}

/// The gender a describing noun gives: its own (gendered_nouns.txt), or a man's or a
/// woman's by its ending ("Frenchman"; described, "a spokesman" is a man: writers who name a
/// woman call her a spokeswoman; "German" is no man's noun).
fn described_gender(lower: &str) -> Option<Gender> {
    if NATIONALITIES.contains(lower) {
        noun_gender(lower)
    } else if lower.ends_with("woman") || lower.ends_with("women") {
        Some(Gender::Female)
    } else if lower.ends_with("man") || lower.ends_with("men") {
        Some(Gender::Male)
    } else {
        noun_gender(lower)
    }
}

/// The gender a noun tells ("actress", "her husband", "Lord"), from `gendered_nouns.txt`.
fn noun_gender(lower: &str) -> Option<Gender> {
    match GENDERED_NOUNS.value(lower) {
        Some("male") => Some(Gender::Male),
        Some("female") => Some(Gender::Female),
        _ => None,
    }
}

impl<'a> Reader<'a> {
    fn tokens(&self) -> &'a [Token] {
        self.doc.tokens()
    }

    /// Index of the first token starting at or after byte `pos`.
    fn token_from(&self, pos: usize) -> usize {
        self.tokens().partition_point(|t| t.span.start < pos)
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens().get(i).map_or("", |t| self.doc.slice(t.span))
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// The token range of the sentence holding byte `pos`.
    fn sentence_tokens(&self, pos: usize) -> std::ops::Range<usize> {
        match self.doc.sentence_at(pos) {
            Some(s) => self.doc.sentences()[s].tokens.clone(),
            None => 0..0,
        }
    }

    /// A double quote mark: “, ”, ", `` or the two halves of ''.
    fn is_double_mark(&self, i: usize) -> bool {
        match self.word(i) {
            "“" | "”" | "\"" | "`" => true,
            "'" => {
                let glued = |a: usize, b: usize| {
                    let toks = self.tokens();
                    b < toks.len() && toks[a].span.end == toks[b].span.start
                };
                (i > 0 && self.word(i - 1) == "'" && glued(i - 1, i))
                    || (self.word(i + 1) == "'" && glued(i, i + 1))
            }
            _ => false,
        }
    }

    /// Whether `span` lies inside a quote (the quotes are sorted and do not overlap).
    fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.end <= span.start);
        self.quoted.get(i).is_some_and(|q| q.contains(span))
    }

    fn holds_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.end <= span.start);
        self.quoted.get(i).is_some_and(|q| q.overlaps(span))
    }

    /// Whether only quote marks stand before the quote in its paragraph.
    fn opens_paragraph(&self, span: Span) -> bool {
        let Some(s) = self.doc.sentence_at(span.start) else {
            return false;
        };
        let sentences = self.doc.sentences();
        let here = &sentences[s];
        let first_of_paragraph = s == 0 || sentences[s - 1].paragraph != here.paragraph;
        first_of_paragraph
            && (here.tokens.start..self.token_from(span.start)).all(|i| self.is_quote_mark(i))
    }

    /// `Then, later that month on CNN: "…"`: the quote at `span` follows a short opening of
    /// its paragraph's first sentence that ends in a colon and names no person, nor holds a
    /// speech verb (a writer's lead-in, not an attribution).
    fn after_lead_in(&self, span: Span) -> bool {
        let Some(s) = self.doc.sentence_at(span.start) else {
            return false;
        };
        let sentences = self.doc.sentences();
        let here = &sentences[s];
        if s > 0 && sentences[s - 1].paragraph == here.paragraph {
            return false;
        }
        let mut end = self.token_from(span.start);
        while end > here.tokens.start && self.is_quote_mark(end - 1) {
            end -= 1;
        }
        end > here.tokens.start + 1
            && end - here.tokens.start <= 12
            && self.word(end - 1) == ":"
            && !(here.tokens.start..end).any(|i| self.is_speech_verb(i))
            && !self
                .mentions_between(here.span.start, self.tokens()[end - 1].span.start)
                .iter()
                .any(|(_, kind, _)| *kind == EntityKind::Person)
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        matches!(self.word(i), "“" | "”" | "\"" | "`" | "'" | "‘" | "’")
    }

    /// `full` when the quote stands as its own sentence.
    fn kind(&self, span: Span) -> QuoteKind {
        let text = self.doc.slice(span);
        if !text
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '…' || c == '.')
        {
            return QuoteKind::Partial;
        }
        let sentence = self.sentence_tokens(span.start);
        let first = self.token_from(span.start);
        // Skip the opening mark.
        let mut j = first;
        while j > sentence.start && self.is_quote_mark(j - 1) {
            j -= 1;
        }
        if j == sentence.start {
            // ("“Irreversible environmental damage” will be caused by …": words the writer's
            // sentence goes on with, an auxiliary after the closing mark.)
            let mut after = self.token_from(span.end);
            while after < sentence.end && self.is_quote_mark(after) {
                after += 1;
            }
            let continues = !text.ends_with(['.', ',', '!', '?', ';', ':', '…'])
                && after < sentence.end
                && self.word(after).starts_with(char::is_lowercase)
                && AUXILIARIES.contains(&self.lower(after));
            return if continues {
                QuoteKind::Partial
            } else {
                QuoteKind::Full
            };
        }
        let before = self.lower(j - 1);
        if matches!(before.as_str(), ":" | "," | "—" | "(" | "–") {
            return QuoteKind::Full;
        }
        if SPEECH_VERBS.get(&before).is_some()
            || before == "that" && text.ends_with(['.', '!', '?'])
        {
            return QuoteKind::Full;
        }
        QuoteKind::Partial
    }

    /// The speaker and cue of a quote.
    fn attribution(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        self.attribution_in_sentence(span)
            .or_else(|| self.attribution_next_sentence(span))
            .or_else(|| self.possessor_of_words(span))
            .or_else(|| self.subject_before_colon(span))
            .or_else(|| self.speaker_of_sentence_before(span))
            .or_else(|| self.person_before_in_sentence(span))
            .or_else(|| self.speaker_of_reported_sentence(span))
    }

    /// `Rubio's answer was that “…”`, `His response was blunt: “…”`: a quote in a sentence
    /// whose subject is a possessor and a noun for something said is the possessor's.
    fn possessor_of_words(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        let range = self.sentence_tokens(span.start);
        let quote = self.opening_mark(span, range.start);
        let start = self.after_last_quote(range.start, quote);
        let start = if matches!(self.lower(start).as_str(), "but" | "and") {
            start + 1
        } else {
            start
        };
        // (In lower case as written: no word is lowered on the way.)
        let n = (start + 1..quote.min(start + 8)).find(|&n| SPEECH_NOUNS.contains(self.word(n)))?;
        if !(self.is_be(n + 1) || self.word(n + 1) == ":") {
            return None;
        }
        let p = n - 1;
        let speaker = if self.tokens()[p].kind == TokenKind::Possessive {
            self.noun_phrase_before(start, p)
                .filter(|s| self.token_from(s.span.start) == start || s.person.is_some())?
        } else if p == start {
            match self.lower(p).as_str() {
                "his" => self.resolve_pronoun(p, "he", EntityKind::Person, Some(Gender::Male)),
                "her" => self.resolve_pronoun(p, "she", EntityKind::Person, Some(Gender::Female)),
                _ => return None,
            }
        } else {
            return None;
        };
        Some((speaker, None))
    }

    /// `Kevin Dolan was asked: “…”`: a passive speech verb right before the colon, whose
    /// subject is the one spoken to.
    fn spoken_to(&self, span: Span) -> bool {
        let range = self.sentence_tokens(span.start);
        let k = self.opening_mark(span, range.start);
        if k < range.start + 3 || self.word(k - 1) != ":" {
            return false;
        }
        let v = k - 2;
        let mut b = v;
        while b > range.start && is_ly_adverb(self.word(b - 1)) {
            b -= 1;
        }
        b > range.start && self.is_be(b - 1) && self.is_speech_verb(v) && self.is_past(v)
    }

    /// `Facts can still win, she said. But only when “the truth is sexier than the lie.”`:
    /// a quote whose sentence names no one takes the speaker of a sentence of reported
    /// speech right before it, ending in its attribution ("…, she said.").
    fn speaker_of_reported_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        // (Or ending the paragraph before, when the quote opens its own: "…, Mr Howard said.
        // ¶ “We watched …”".)
        let prev = self.quoteless_sentence_before(span, true)?;
        let mut end = prev.tokens.end;
        while end > prev.tokens.start && self.tokens()[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        let comma = (prev.tokens.start..end)
            .rev()
            .take(6)
            .find(|&i| self.word(i) == ",")?;
        let v = (comma + 1..end).find(|&v| self.is_speech_verb(v))?;
        let cue = Some(self.span(v, self.cue_end(v)));
        let speaker = if v == comma + 1 {
            self.noun_phrase_after(self.cue_end(v), end)?
        } else {
            self.noun_phrase_before(comma + 1, v)?
        };
        Some((speaker, cue))
    }

    /// The mentions outside quotes that start between bytes `from` and `to`.
    fn mentions_between(&self, from: usize, to: usize) -> &[(Span, EntityKind, usize)] {
        let at = |pos: usize| self.mentions.partition_point(|(m, _, _)| m.start < pos);
        let from = at(from);
        &self.mentions[from..at(to).max(from)]
    }

    /// The token of the quote at `span`'s first opening mark (not before token `start`).
    fn opening_mark(&self, span: Span, start: usize) -> usize {
        let mut k = self.token_from(span.start);
        while k > start && self.is_quote_mark(k - 1) {
            k -= 1;
        }
        k
    }

    /// Whether the quote at `span` opens its sentence (only quote marks before it).
    fn opens_sentence(&self, span: Span) -> bool {
        self.doc.sentence_at(span.start).is_some_and(|s| {
            let first = self.token_from(span.start);
            (self.doc.sentences()[s].tokens.start..first).all(|i| self.is_quote_mark(i))
        })
    }

    /// The sentence before the quote at `span`, in its paragraph (or, with `across`, ending
    /// the paragraph before when the quote opens its own, not a heading), holding no quote.
    fn quoteless_sentence_before(&self, span: Span, across: bool) -> Option<&'a Sentence> {
        let s = self.doc.sentence_at(span.start)?;
        let sentences: &'a [Sentence] = self.doc.sentences();
        let here = &sentences[s];
        let prev = &sentences[s.checked_sub(1)?];
        let paragraph_before = across
            && prev.paragraph + 1 == here.paragraph
            && self.opens_paragraph(span)
            && self.doc.paragraphs()[prev.paragraph].kind != ParagraphKind::Heading;
        ((prev.paragraph == here.paragraph || paragraph_before) && !self.holds_quote(prev.span))
            .then_some(prev)
    }

    /// `Campbell signalled his intent to move abroad. “I'm 30 now …”`: a quote opening its
    /// sentence, with no attribution of its own nor a quote before it to continue, is the
    /// person's who is the subject of the sentence before it in the paragraph.
    fn subject_of_sentence_before(&self, span: Span) -> Option<Speaker> {
        if !self.opens_sentence(span) {
            return None;
        }
        let prev = self.quoteless_sentence_before(span, false)?;
        let first = self.token_from(span.start);
        // ("Mikoliunas barged a linesman. “He was sent off …”": words about the subject are
        // someone else's.)
        if gender_of_pronoun(&self.lower(first)).is_some() {
            return None;
        }
        self.sentence_subject(prev.tokens.start, prev.tokens.end, false)
            .filter(|s| s.person.is_some())
            // ("Fostering Network executive director Robert Tapsfield criticised …": a person
            // after the words that qualify the name.)
            .or_else(|| {
                let &(m, kind, idx) = self
                    .mentions_between(prev.span.start, prev.span.end)
                    .first()?;
                let first = self.token_from(m.start);
                (kind == EntityKind::Person
                    && first < prev.tokens.end
                    && (prev.tokens.start..first).all(|i| {
                        self.qualifies_name(i) && !FUNCTION_WORDS.contains(&self.lower(i))
                    }))
                .then(|| self.speaker_for(kind, idx, m))
            })
            // ("… grew out of research done by the company's research director Dr Alastair
            // Sibbald. “We are basically trying …”": the one person of the sentence, named at
            // its end.)
            .or_else(|| {
                let mentions = self.mentions_between(prev.span.start, prev.span.end);
                let people: Vec<_> = mentions
                    .iter()
                    .filter(|&&(_, kind, _)| kind == EntityKind::Person)
                    .collect();
                let &&(m, kind, idx) = people.first().filter(|_| people.len() == 1)?;
                let after = self.token_from(m.end);
                (after + 1 == prev.tokens.end && self.word(after) == ".")
                    .then(|| self.speaker_for(kind, idx, m))
            })
    }

    /// `Sanders pledged to rid the world of “this barbarous organization”`: failing any
    /// attribution, the person named last before the quote in its own sentence, outside
    /// quotes, is taken as its speaker — or the person the sentence opens with, when the one
    /// named last is only what the verb is about (`Lowe credited Merkel with keeping “…”`).
    fn person_before_in_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        let s = self.doc.sentence_at(span.start)?;
        let sentence = &self.doc.sentences()[s];
        let named = self.mentions_between(sentence.span.start, span.start);
        let Some(&(m, kind, idx)) = named
            .iter()
            .rev()
            .find(|(m, k, _)| *k == EntityKind::Person && m.end <= span.start)
        else {
            // No one named: a pronoun subject ("She expressed her anger at the person who
            // “…”"; not a passive's: "He is described as “a proud grandfather”").
            let quote = self.opening_mark(span, sentence.tokens.start);
            // (Words as written first: most such sentences hold no "he" or "she".)
            let range = sentence.tokens.start..quote;
            let pronoun = range
                .clone()
                .any(|i| matches!(self.word(i), "he" | "He" | "she" | "She"));
            // Or an organization named in several words opening the sentence ("The" aside),
            // right before its verb, not over a relative clause ("IATA, which has attacked
            // the package as a “…”") nor a line in capitals.
            let opening = sentence.tokens.start
                + usize::from(matches!(self.word(sentence.tokens.start), "The" | "the"));
            let organization = named.first().filter(|(m, k, _)| {
                let after = self.token_from(m.end);
                let text = self.doc.slice(*m);
                *k == EntityKind::Organization
                    && self.token_from(m.start) == opening
                    && text.contains(' ')
                    && !text.split(' ').all(is_capitals)
                    && self.tokens().get(after).is_some_and(|t| {
                        t.kind == TokenKind::Word
                            && self.doc.slice(t.span).starts_with(char::is_lowercase)
                    })
                    && !(opening > sentence.tokens.start && self.modifies_noun(opening - 1, after))
            });
            if !pronoun && organization.is_none()
                || range.clone().any(|i| {
                    self.is_be(i) && (self.is_describing_verb(i + 1) || self.is_speech_verb(i + 1))
                })
            {
                return None;
            }
            if let Some(&(m, kind, idx)) = organization {
                return (!range
                    .clone()
                    .any(|i| matches!(self.word(i), "who" | "which" | "whose")))
                .then(|| (self.speaker_for(kind, idx, m), None));
            }
            return self
                .subject_from(sentence.tokens.start, quote, false)
                .filter(|s| s.person.is_some())
                .map(|s| (s, None));
        };
        let last = self.speaker_for(kind, idx, m);
        // The one named last speaks in "mocked Jones for saying …", "Haddad, who called the
        // deal …", "Mr MacKenzie's suggestion that …", "was asked by Gerard Baker whether …".
        let first = self.token_from(m.start);
        let after = self.token_from(m.end);
        let quote = self.token_from(span.start);
        let speaks = (after..quote).any(|i| {
            self.is_speech_verb(i)
                || self.is_describing_verb(i)
                || matches!(self.word(i), "who" | "whose" | ":")
        }) || self.tokens().get(after).map(|t| t.kind) == Some(TokenKind::Possessive)
            && SPEECH_NOUNS.contains(&self.lower(after + 1))
            || self.agent_of_passive(first);
        if speaks {
            return Some((last, None));
        }
        let Some(subject) = self
            .sentence_subject(sentence.tokens.start, first, false)
            // (An organization named: "Marca criticises Gary Neville for “…”"; not "It's
            // the pull of Obama's “…” promise".)
            .filter(|s| {
                s.person.is_some()
                    || s.organization.is_some()
                        && !is_subject_pronoun(&self.doc.slice(s.span).to_lowercase())
            })
        else {
            return Some((last, None));
        };
        // ("Huggy Bear actor Antonio Fargas", "Cruz and Trump": the one named last is of the
        // subject's own words.)
        let mut k = first;
        let end = self.token_from(subject.span.end);
        while k > end
            && (self.qualifies_name(k - 1)
                || matches!(self.word(k - 1), "and" | "," | "-" | "–")
                || self.tokens()[k - 1].kind == TokenKind::Possessive)
        {
            k -= 1;
        }
        Some((if k == end { last } else { subject }, None))
    }

    /// `Economist Colen Garrow said the budget would help. “It's pleasant to see…”`: a quote
    /// opening a sentence takes the named subject of a speech verb in the sentence before it,
    /// in the same paragraph (or ending the paragraph before), when no quote stands between.
    fn speaker_of_sentence_before(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        if !self.opens_sentence(span) {
            return None;
        }
        // (Or the last sentence of the paragraph before, when the quote opens its own: "Dan
        // Jolin, reviews editor of Empire, says … ¶ “I can understand why …”".)
        let prev = self.quoteless_sentence_before(span, true)?;
        let verb_in = |sentence: &Sentence| {
            (sentence.tokens.start..sentence.tokens.end).find(|&v| self.is_speech_verb(v))
        };
        // ("Mr Dein said that he feared too many games were shown. Since 1992, clubs have
        // seen their income soar. “Television has been …”": past a sentence of the
        // writer's in the paragraph that names no one.)
        let (prev, v) = match verb_in(prev) {
            Some(v) => (prev, v),
            None => {
                if self
                    .mentions_between(prev.span.start, prev.span.end)
                    .iter()
                    .any(|&(_, kind, _)| kind == EntityKind::Person)
                {
                    return None;
                }
                let s = self.doc.sentence_at(prev.span.start)?;
                let before = &self.doc.sentences()[s.checked_sub(1)?];
                if before.paragraph != prev.paragraph || self.holds_quote(before.span) {
                    return None;
                }
                // (Reported speech there: "said that …", "…, argues Mr Donofrio"; not "Sir
                // Edward called the Liberal leader back".)
                let v = verb_in(before)?;
                let e = self.cue_end(v);
                let clause = matches!(
                    self.lower(e).as_str(),
                    "that" | "he" | "she" | "they" | "we" | "it"
                );
                if !(clause || v > before.tokens.start && self.word(v - 1) == ",") {
                    return None;
                }
                (before, v)
            }
        };
        let range = prev.tokens.clone();
        // ("Andy Davis, who had advised the referee …": a relative clause's verb.)
        if (v.saturating_sub(3).max(range.start)..v)
            .any(|i| matches!(self.lower(i).as_str(), "who" | "which"))
        {
            return None;
        }
        let cue = Some(self.span(v, self.cue_end(v)));
        let named = |s: &Speaker| s.person.is_some() || s.organization.is_some();
        if let Some(speaker) = self.noun_phrase_before(range.start, v)
            && named(&speaker)
        {
            return Some((speaker, cue));
        }
        // "Then, says Mr Kotamaraja, the blogging world found out.": the speaker after a verb
        // inserted between commas.
        let speaker = (v > range.start && self.word(v - 1) == ",")
            .then(|| self.noun_phrase_after(self.cue_end(v), range.end))
            .flatten()
            .filter(|s| named(s) && self.word(self.token_from(s.span.end)) == ",")?;
        Some((speaker, cue))
    }

    /// `“… wrong!” Mr. Trump wrote.`: a full quote that ends its sentence, attributed by a short
    /// sentence right after it in the same paragraph.
    fn attribution_next_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        if self.kind(span) == QuoteKind::Partial {
            return None;
        }
        let s = self.doc.sentence_at(span.end.saturating_sub(1))?;
        let here = &self.doc.sentences()[s];
        let next = self.doc.sentences().get(s + 1)?;
        if next.paragraph != here.paragraph {
            return None;
        }
        // Only the rest of the quote's sentence may stand between: its closing marks.
        let last = self.token_from(span.end);
        if (last..here.tokens.end).any(|i| !self.is_quote_mark(i)) {
            return None;
        }
        let range = next.tokens.clone();
        // `France. "I think …`: a next sentence that opens with a quote mark is the next
        // quote (the writer left out this one's closing mark), no attribution.
        if range.start < range.end && self.is_quote_mark(range.start) {
            return None;
        }
        // ("Meanwhile, Gerrard has urged …": a sentence that turns to another story.)
        if range.start < range.end
            && ["meanwhile", "elsewhere", "separately"]
                .iter()
                .any(|w| self.word(range.start).eq_ignore_ascii_case(w))
        {
            return None;
        }
        let end = range.end.min(range.start + 12);
        if let Some((v, e)) =
            (range.start..end).find_map(|v| self.speech_cue_end(v).map(|e| (v, e)))
        {
            let cue = Some(self.span(v, e));
            // "Hugh Richards also says conditions will be better": a clause after the verb
            // is the sentence's own reported speech, no attribution of the quote; "declined
            // to say" reports none.
            if v > range.start
                && (self.reports_a_clause(v, e, range.end) || self.lower(v - 1) == "to")
            {
                return None;
            }
            // "The QCA has also told the government not to “compromise”": a sentence whose cue
            // reports a quote of its own attributes no quote before it.
            if (e..range.end).any(|i| self.is_double_mark(i)) {
                return None;
            }
            // "Critics had accused Mr Hariri of …": an accusation is no attribution; nor is
            // a passive, "A £100,000 reward has been offered for …".
            if self.lower(v).starts_with("accus") || v > range.start && self.is_be(v - 1) {
                return None;
            }
            // "Economists point out that whatever Europe says, …": a verb inside a clause
            // of the sentence is no attribution of the quote before it (a trailing one
            // after a comma is: "It was a reality that should be recognised, she said.").
            if let Some(c) = (range.start..v).rev().find(|&i| {
                matches!(
                    self.lower(i).as_str(),
                    "that" | "whatever" | "whether" | "if" | "because" | "what"
                )
            }) && (c..v).all(|i| self.word(i) != ",")
            {
                return None;
            }
            // "However, Linford Christie countered: “…”": a verb before a colon or a quote
            // mark introduces the quote after it.
            if e < range.end && (self.word(e) == ":" || self.is_quote_mark(e)) {
                return None;
            }
            if v > range.start
                && let Some(s) = self.noun_phrase_before(range.start, v)
            {
                return Some((s, cue));
            }
            if v == range.start
                && let Some(s) = self.noun_phrase_after(e, range.end)
            {
                return Some((s, cue));
            }
        }
        None
    }

    /// Whether the words after the cue `v..from`, up to the first punctuation, hold a clause
    /// of their own ("that …", "conditions will be better", "said the episode painted …", "said
    /// she …"), as reported speech does; a listener ("told the BBC") is no clause.
    fn reports_a_clause(&self, v: usize, from: usize, end: usize) -> bool {
        let listener = SPEECH_VERBS
            .value(&self.lower(v))
            .is_some_and(|f| f == "listener");
        // ("said 12 senior executives - none … - must repay": a number opens the clause's
        // subject as a determiner does.)
        let opens_subject = self.is_determiner(from)
            || self
                .tokens()
                .get(from)
                .is_some_and(|t| t.kind == TokenKind::Number);
        !listener && opens_subject
            || (from..end)
                .take_while(|&i| self.tokens()[i].kind != TokenKind::Punct)
                .any(|i| {
                    let w = self.lower(i);
                    matches!(
                        w.as_str(),
                        "that" | "whether" | "he" | "she" | "they" | "it" | "we" | "i"
                    ) || AUXILIARIES.contains(&w)
                        // ("claimed Kaplan made three errors": a name, then its verb.)
                        || i > from
                            && self.word(i).starts_with(char::is_lowercase)
                            && self.word(i - 1).starts_with(char::is_uppercase)
                            && (self.is_past(i) || PAST_TENSES.contains(&w))
                })
    }

    /// `President Clinton released the following statement: “…”`: the named subject of the
    /// sentence that introduces a quote with a colon.
    fn subject_before_colon(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        let mut range = self.sentence_tokens(span.start);
        let mut k = self.opening_mark(span, range.start);
        // "… released the following statement:" closing the paragraph before the quote.
        if k == range.start
            && k > 0
            && self.word(k - 1) == ":"
            && let Some(s) = self.doc.sentence_at(self.tokens()[k - 1].span.start)
        {
            range = self.doc.sentences()[s].tokens.clone();
            k = range.end;
        }
        if k <= range.start || self.word(k - 1) != ":" {
            return None;
        }
        // The sentence's subject: "The Clinton campaign, in a Q&A on the controversy, worded
        // it carefully: “…”".
        if let Some(s) = self.sentence_subject(range.start, k - 1, false) {
            return Some((s, None));
        }
        // The named subject of a speech verb: "As Breitbart's Joel Pollak reported after the
        // FBI left the scene: ¶ “…”".
        if let Some(v) = (range.start..k - 1)
            .find(|&v| self.is_speech_verb(v) && !self.in_quote(self.tokens()[v].span))
            && let Some(s) = self.noun_phrase_before(range.start, v)
            && (s.person.is_some() || s.organization.is_some())
        {
            return Some((s, Some(self.span(v, self.cue_end(v)))));
        }
        // Else the person or organization named last before the colon (outside quotes: not
        // the "Evil Empire" he called it; nor where it was said: "Then, later that month on
        // CNN: “…”" continues the speaker before).
        for i in (range.start..k).rev() {
            for e in (i + 1..=(i + 6).min(k)).rev() {
                let s = self.span(i, e);
                if let Some((kind, idx)) = self.entities.at(s)
                    && kind != EntityKind::Location
                    && !self.in_quote(s)
                {
                    if matches!(self.preposition_before(i), Some("on" | "at")) {
                        return None;
                    }
                    return Some((self.speaker_for(kind, idx, s), None));
                }
            }
        }
        // "In a 1963 speech, he declared: “…”": a pronoun subject.
        if let Some(p) = (range.start..k).find(|&i| matches!(self.lower(i).as_str(), "he" | "she"))
            && let Some(s) = self.pronoun(p)
        {
            return Some((s, None));
        }
        // "A footnote in the report makes that clear: “…”": the sentence's opening noun
        // phrase, up to a preposition or verb.
        let first = (range.start..k).find(|&i| !self.is_quote_mark(i))?;
        if !matches!(self.lower(first).as_str(), "a" | "an" | "the" | "one") {
            return None;
        }
        let mut end = first + 1;
        while end < k
            && end < first + 5
            && self.tokens()[end].kind == TokenKind::Word
            && !FUNCTION_WORDS.contains(&self.lower(end))
            && !self.lower(end).ends_with('s')
        {
            end += 1;
        }
        self.phrase(first, end).map(|s| (s, None))
    }

    fn attribution_in_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        // After the quote: tokens from the closing mark to the end of its sentence.
        let end_sentence = self.sentence_tokens(span.end.saturating_sub(1).max(span.start));
        let mut j = self.token_from(span.end);
        while j < end_sentence.end && self.is_quote_mark(j) {
            j += 1;
        }
        // Before the quote: from the sentence start to the opening mark.
        let start_sentence = self.sentence_tokens(span.start);
        let k = self.opening_mark(span, start_sentence.start);
        // "branded “…” by the Liberal Democrats": a describing participle right before the
        // quote ("as" or an article between), its agent right after it.
        if self.word(j) == "by"
            && let Some(v) = (k.saturating_sub(3).max(start_sentence.start)..k)
                .rev()
                .find(|&v| !matches!(self.lower(v).as_str(), "as" | "a" | "an"))
            && self.is_describing_verb(v)
            && self.is_past(v)
            && let Some(s) = self.agent(j, end_sentence.end)
        {
            return Some((s, Some(self.span(v, v + 1))));
        }
        // "Lee lamented her tendency - “…” - voters who … said": a quote set between dashes
        // belongs to the clause before it.
        let aside = k > start_sentence.start
            && j < end_sentence.end
            && is_dash(self.word(k - 1))
            && is_dash(self.word(j));
        if aside && let Some(found) = self.before(start_sentence.start, k) {
            return Some(found);
        }
        if j < end_sentence.end
            && let Some(found) = self.after(j, end_sentence.end)
        {
            return Some(found);
        }
        // "The band have done “everything in their considerable powers” to stay the biggest
        // band, according to magazine editor Paul Rees": the source of the whole sentence,
        // after a comma later in the clause (not in another: "…,” and, according to Reuters,
        // once told"; not for a term of a few words, "“entertainment and leisure” robots").
        if let Some(c) = (j..end_sentence.end)
            .take_while(|&i| {
                !self.is_double_mark(i) && !matches!(self.word(i), "and" | "but" | "or")
            })
            .find(|&c| {
                self.word(c) == ","
                    && self.word(c + 1).eq_ignore_ascii_case("according")
                    && self.word(c + 2) == "to"
            })
            && self.doc.slice(span).split_whitespace().count() >= 4
            && let Some(speaker) = self.noun_phrase_after(c + 3, end_sentence.end)
        {
            return Some((speaker, Some(self.span(c + 1, c + 3))));
        }
        if k > start_sentence.start
            && let Some(found) = self.before(start_sentence.start, k)
        {
            return Some(found);
        }
        self.trailing_attribution(span, j, end_sentence.end)
    }

    /// `“…” will be caused by plans to build …, MPs have warned.`: an attribution closing the
    /// sentence after a comma (a speech verb, its subject of a few words before it, the
    /// sentence's last word) speaks for a quote earlier in the sentence.
    fn trailing_attribution(
        &self,
        span: Span,
        from: usize,
        end: usize,
    ) -> Option<(Speaker, Option<Span>)> {
        // (Not after a quote closing a sentence of its own: "… saying: “… Cell Block H.”
        // Labour had broken promises …, he said.")
        if self.doc.slice(span).ends_with(['.', '!', '?']) {
            return None;
        }
        let mut v = end;
        while v > from && self.tokens()[v - 1].kind == TokenKind::Punct {
            v -= 1;
        }
        if v <= from || v == end || !self.is_speech_verb(v - 1) || self.cue_end(v - 1) != v {
            return None;
        }
        let v = v - 1;
        // ("researchers from Birkbeck College were told": a passive's subject is spoken to.)
        if self.is_be(v - 1) {
            return None;
        }
        let comma = (v.saturating_sub(7).max(from)..v)
            .rev()
            .find(|&c| self.tokens()[c].kind == TokenKind::Punct && self.word(c) != "-")?;
        if self.word(comma) != "," || (comma..v).any(|i| self.is_double_mark(i)) {
            return None;
        }
        let speaker = self.noun_phrase_before(comma + 1, v)?;
        Some((speaker, Some(self.span(v, v + 1))))
    }

    /// `“…,” said X`, `“…,” X said`, `“…” — X`, `“…,” according to X`.
    fn after(&self, mut j: usize, end: usize) -> Option<(Speaker, Option<Span>)> {
        while j < end && matches!(self.word(j), "," | "—" | "–" | "-") {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // "according to X"
        if self.lower(j) == "according" && self.lower(j + 1) == "to" {
            let cue = self.span(j, j + 2);
            return self.noun_phrase_after(j + 2, end).map(|s| (s, Some(cue)));
        }
        // "said X", "added X"
        if let Some(e) = self.speech_cue_end(j) {
            let cue = self.span(j, e);
            return self.noun_phrase_after(e, end).map(|s| (s, Some(cue)));
        }
        // "X said", "X, who asked not to be named, said", "the memo read"
        // (An apposition may stand between the name and the verb; a clause much longer than
        // that holds another verb's story, and so does one a conjunction and a new subject
        // open: "accuses Obama of “leading from behind” and Donald Trump says …"; not "“…”
        // but to take the lead, says Evan Tracey".)
        let new_clause = matches!(self.lower(j).as_str(), "and" | "but" | "while" | "whereas")
            && (self.word(j + 1).starts_with(char::is_uppercase)
                || matches!(self.lower(j + 1).as_str(), "he" | "she" | "they"));
        let limit = if new_clause { j } else { (j + 25).min(end) };
        // ("… “…” ahead of a general election predicted for next May": a participle after a
        // plain noun, before a preposition, qualifies the noun.)
        let qualifies_noun = |v: usize| {
            self.word(v).ends_with("ed")
                && matches!(
                    self.word(v + 1),
                    "for" | "by" | "in" | "at" | "on" | "to" | "as"
                )
                && self.tokens()[v - 1].kind == TokenKind::Word
                && self.word(v - 1).starts_with(char::is_lowercase)
                && !self.is_plural(v - 1)
                && !matches!(self.word(v), "said" | "added" | "wrote" | "told")
                && {
                    let noun = self.lower(v - 1);
                    !(is_subject_pronoun(&noun) || noun == "who" || is_speaker_noun(&noun))
                }
        };
        for v in j + 1..limit {
            if self.is_speech_verb(v) && !self.is_double_mark(v - 1) && !qualifies_noun(v) {
                let cue = Some(self.span(v, self.cue_end(v)));
                // "Arab News quoted Prince Saud as saying": the one quoted speaks.
                if self.quotes_someone(v)
                    && let Some(speaker) = self.noun_phrase_after(self.cue_end(v), end)
                {
                    return Some((speaker, cue));
                }
                // "“…,” as his father dreamed, Mr. Turry said": an inserted phrase.
                if let Some(speaker) = self.noun_phrase_before(j, v)
                    && let first = self.token_from(speaker.span.start)
                    && let from = (j..first)
                        .rev()
                        .find(|&i| self.word(i) == ",")
                        .map_or(j, |c| c + 1)
                    && self.only_title_words(from, first)
                {
                    return Some((speaker, cue));
                }
                // "“…,” in sharp contrast to before, says Dante Scala": the speaker follows
                // (not after "told": its listener, "…, told the BBC").
                if self.word(v - 1) == ","
                    && !matches!(self.lower(v).as_str(), "told" | "tells")
                    && let Some(speaker) = self.noun_phrase_after(self.cue_end(v), end)
                {
                    return Some((speaker, cue));
                }
                break;
            }
            if self.is_double_mark(v) || matches!(self.word(v), ";" | "!" | "?") {
                break;
            }
        }
        // "“…” — Jane Roe"
        if (self.word(j - 1) == "—" || self.word(j - 1) == "–")
            && let Some(speaker) = self.noun_phrase_after(j, end)
        {
            return Some((speaker, None));
        }
        // "“…,” Mr Champion.": a person's name alone closing the sentence after a quote that
        // ends in a comma (the verb left out; not a byline: "“….”--Kim Hjelmgaard.").
        let mut mark = j;
        while mark > 0 && self.is_quote_mark(mark - 1) {
            mark -= 1;
        }
        if mark > 0
            && self.word(mark - 1) == ","
            && let Some(speaker) = self.entity_from(j, end)
            && speaker.person.is_some()
            && (self.token_from(speaker.span.end)..end)
                .all(|i| self.tokens()[i].kind == TokenKind::Punct)
        {
            return Some((speaker, None));
        }
        None
    }

    /// `X said: “…”`, `X told Reuters “…”`, `according to X, … “…”`, `insiders describe
    /// as “…”`.
    fn before(&self, start: usize, k: usize) -> Option<(Speaker, Option<Span>)> {
        // "according to X" anywhere before, unless a speech verb of its own follows ("According
        // to Mr Peston the prime minister said: “…”": the prime minister speaks).
        for a in start..k.saturating_sub(1) {
            if self.lower(a) == "according"
                && self.lower(a + 1) == "to"
                && !matches!(self.lower(a + 2).as_str(), "its" | "his" | "her" | "their")
            {
                let cue = self.span(a, a + 2);
                if let Some(s) = self.noun_phrase_after(a + 2, k)
                    && !(self.token_from(s.span.end)..k).any(|v| self.is_speech_verb(v))
                {
                    return Some((s, Some(cue)));
                }
            }
        }
        // The nearest speech verb before the quote, with its subject before it (or the
        // speaker after it: "said Jane Roe: “…”").
        // A scare quote or a title on the way ("pictured a “quiet evening” and knowing that
        // “…”") is stepped over; a quote of its own ends the search.
        let from = self.after_last_quote(start, k);
        let mut v = k;
        while v > from {
            v -= 1;
            if self.is_double_mark(v) {
                continue;
            }
            let speech = self.is_speech_verb(v);
            // "to describe": an infinitive has no subject of its own, but for "He went on to
            // say …", where the subject of "went on" speaks.
            if speech
                && v >= start + 3
                && self.lower(v - 1) == "to"
                && self.lower(v - 2) == "on"
                && matches!(self.lower(v - 3).as_str(), "went" | "goes" | "go" | "going")
                && let Some(s) = self.noun_phrase_before(start, v - 3)
            {
                return Some((s, Some(self.span(v - 3, v + 1))));
            }
            if !(speech || self.is_describing_verb(v)) || v > start && self.lower(v - 1) == "to" {
                continue;
            }
            // "said the company does not comment on “…”": a verb denied says nothing when a
            // verb before it does.
            if v > start
                && matches!(self.lower(v - 1).as_str(), "not" | "never" | "n't")
                && (start..v - 1).any(|u| self.is_speech_verb(u))
            {
                continue;
            }
            // "staff who complained about their pay in the 1990s “…”": a relative clause's
            // verb attributes only a quote that follows it closely ("Tom Lee, who told the
            // BBC: “…”"); else the main clause's verb does.
            if v > start
                && matches!(self.lower(v - 1).as_str(), "who" | "which" | "that")
                && k.saturating_sub(self.cue_end(v)) > 4
            {
                continue;
            }
            let cue = Some(self.span(v, self.cue_end(v)));
            // ", telling Reuters: “…”", ", calling the plan “…”": a participle speaks for
            // the sentence's subject; the words after it are the listener or the thing named.
            let progressive = v > start && self.is_be(v - 1);
            // "was described by Jane Roe as “…”", "a ring described by Jane Roe as": a
            // describing participle's agent speaks (a name or a determined phrase, not "by
            // phone"; "as revealed by the report" is no description); a passive's subject
            // never speaks ("The tour was cited as “…”").
            let lower = self.lower(v);
            if self.is_past(v) {
                if self.is_describing_verb(v)
                    && let Some(s) = self.agent(self.cue_end(v), k)
                {
                    return Some((s, cue));
                }
                let mut b = v;
                while b > start && is_ly_adverb(self.word(b - 1)) {
                    b -= 1;
                }
                if b > start && self.is_be(b - 1) {
                    continue;
                }
            }
            // "Arab News quoted Prince Saud as saying: “…”".
            if lower == "saying"
                && v > start + 2
                && self.lower(v - 1) == "as"
                && let Some(q) = (v.saturating_sub(10).max(start)..v - 1)
                    .rev()
                    .find(|&q| self.quotes_someone(q))
                && let Some(s) = self.noun_phrase_after(self.cue_end(q), v - 1)
            {
                return Some((s, Some(self.span(q, self.cue_end(q)))));
            }
            if v > start && lower.ends_with("ing") && !progressive {
                // "…, he said, adding that …": the subject of the speech verb before.
                if self.word(v - 1) == ","
                    && let Some(u) = (v.saturating_sub(4).max(start)..v - 1)
                        .find(|&u| self.speech_cue_end(u) == Some(v - 1))
                    && let Some(s) = self.noun_phrase_before(start, u)
                    && (s.person.is_some() || s.organization.is_some())
                {
                    return Some((s, cue));
                }
                // "Critics mocked Peter Jones for saying …", "accused Smith of calling …":
                // the one named before the preposition says it.
                if v > start + 2
                    && matches!(self.lower(v - 1).as_str(), "for" | "of")
                    && let Some(s) = self.noun_phrase_before(start, v - 1)
                    && (s.person.is_some() || s.organization.is_some())
                    && s.span.end == self.tokens()[v - 2].span.end
                {
                    return Some((s, cue));
                }
                // "…, with a spokesperson saying: “…”": the participle's own subject.
                if let Some(with) = (v.saturating_sub(6).max(start)..v)
                    .rev()
                    .find(|&i| self.lower(i) == "with")
                    && with + 1 < v
                    && let Some(s) = self.noun_phrase_before(with + 1, v)
                    && s.span.end == self.tokens()[v - 1].span.end
                {
                    return Some((s, cue));
                }
                if let Some(s) = self.sentence_subject(start, v, true) {
                    return Some((s, cue));
                }
                continue;
            }
            if let Some(s) = self.noun_phrase_before(start, v) {
                return Some((s, cue));
            }
            // "He praised those who left but said, “…”": a second verb of the sentence's
            // subject.
            if v > start
                && matches!(self.lower(v - 1).as_str(), "but" | "and" | "then")
                && let Some(s) = self.sentence_subject(start, v, false)
            {
                return Some((s, cue));
            }
            // "said Jane Roe: “…”": the speaker after the verb, when the verb opens the
            // clause and the speaker runs up to the quote, a colon or a comma ("…, said the
            // days when …" is no attribution).
            if speech
                && (v == start || self.tokens()[v - 1].kind == TokenKind::Punct)
                && let Some(s) = self.noun_phrase_after(self.cue_end(v), k)
                && let after = self.token_from(s.span.end)
                && (after >= k || matches!(self.word(after), ":" | ","))
            {
                return Some((s, cue));
            }
        }
        None
    }

    /// Whether token `v` is "quoted" or "quotes" in the active voice, its object the one
    /// quoted ("the FT quoted an insider as saying"; not "he was quoted as saying").
    fn quotes_someone(&self, v: usize) -> bool {
        matches!(self.lower(v).as_str(), "quoted" | "quotes")
            && self.is_speech_verb(v)
            && !(v > 0 && self.is_be(v - 1))
    }

    /// A form of "to be" at token `i` ("was described", "is saying").
    fn is_be(&self, i: usize) -> bool {
        // (Compared as written, any case: no word is lowered.)
        is_form_of_be(self.word(i))
    }

    /// Whether the tokens `from..to` could only open a speaker's name: titles and their
    /// modifiers ("former presidential candidate", "DoubleLine Capital portfolio manager"),
    /// not a clause ("and that he’d seen", "is one common").
    fn only_title_words(&self, from: usize, to: usize) -> bool {
        (from..to).all(|i| {
            let t = self.tokens()[i];
            let lower = self.lower(i);
            match t.kind {
                // ("Atticus' David Slager": the apostrophe of a plural-looking possessive.)
                TokenKind::Punct => {
                    matches!(self.word(i), "." | "-")
                        || is_bare_possessive(self.doc, self.tokens(), i)
                }
                TokenKind::Possessive => true,
                _ => {
                    let capitalized = |k: usize| self.word(k).starts_with(char::is_uppercase);
                    // ("Acme housing spokesman Ian Berry": a noun in "-ing" before a role.)
                    let role_next = || ROLES.get(&self.lower(i + 1)).is_some();
                    matches!(lower.as_str(), "the" | "a" | "an" | "of" | "for" | "and")
                        // ("Acting U.S. Attorney Breon Peace": a title's own "-ing" word.)
                        || !FUNCTION_WORDS.contains(&lower)
                            && (!lower.ends_with("ing")
                                || role_next()
                                || TITLE_MODIFIERS.contains(&lower))
                        // "Institute for Science and International Security"
                        || i > 0 && capitalized(i - 1) && capitalized(i + 1)
                }
            }
        })
    }

    /// The subject of the sentence a participle hangs from: "Hours later, Jane Roe returned
    /// the compliment, telling Reuters …" → Jane Roe. A named entity or pronoun at the start
    /// of the sentence or right after an opening phrase ("Back in 1999,"), or "the company".
    fn sentence_subject(&self, start: usize, v: usize, descriptive: bool) -> Option<Speaker> {
        // After a quote that opens the sentence: "“…,” Trump said, adding, “…”" (a scare
        // quote on the way is part of the clause).
        let after = self.after_last_quote(start, v);
        self.subject_from(after, v, descriptive).or_else(|| {
            // Else, for a participle, the sentence's own opening, when a quote does not open
            // it and no one is named between the quote and the verb: "Keys said she was “very
            // excited”, describing Charles as “…”".
            let opening = (start..v).find(|&i| self.tokens()[i].kind != TokenKind::Punct)?;
            let named = || {
                !self
                    .mentions_between(self.tokens()[after].span.start, self.tokens()[v].span.start)
                    .is_empty()
                    || (after..v).any(|i| is_subject_pronoun(&self.lower(i)))
            };
            (after > opening
                && self.word(v).ends_with("ing")
                && !(start..opening).any(|i| self.is_quote_mark(i))
                && !named())
            .then(|| self.subject_from(start, v, descriptive))
            .flatten()
        })
    }

    /// The subject of the clause from token `start` to the verb at `v` (see
    /// [`Self::sentence_subject`]).
    fn subject_from(&self, start: usize, v: usize, descriptive: bool) -> Option<Speaker> {
        let mut first = (start..v).find(|&i| self.tokens()[i].kind != TokenKind::Punct)?;
        for _ in 0..2 {
            // "EC spokeswoman Marja Quillinan-Meiland conceded …": the person after the
            // organization's title is the subject.
            // ("U.S. District Judge Adrienne Nelson …, writing that …": after a place.)
            let entity = self.entity_from(first, v);
            if entity.as_ref().is_some_and(|s| s.person.is_none())
                && let Some(p) = self.person_within(first, v)
            {
                return Some(p);
            }
            if let Some(s) = entity
                && s.person.is_some() | s.organization.is_some()
            {
                // "Trump’s state director, Mike Rubino, …": a possessor is no subject.
                let after = self.token_from(s.span.end);
                if self.tokens().get(after).map(|t| t.kind) == Some(TokenKind::Possessive) {
                    return None;
                }
                // "The Clinton campaign": the name modifies the noun after it.
                return if self.modifies_noun(first, after) {
                    self.phrase(first, after + 1)
                } else {
                    Some(s)
                };
            }
            if let Some(s) = self.pronoun(first) {
                return Some(s);
            }
            if self.lower(first) == "the" && ORG_NOUNS.contains(self.lower(first + 1).as_str()) {
                return self.phrase(first, first + 2);
            }
            // "The retired surgeon has given no details, saying …".
            if descriptive && matches!(self.lower(first).as_str(), "the" | "a" | "an") {
                return self.noun_phrase_after(first, v);
            }
            // After an opening phrase of a few words: "Back in 1999, Mr. Trump …".
            first = (first..(first + 6).min(v)).find(|&i| self.word(i) == ",")? + 1;
        }
        None
    }

    /// `the Clinton campaign`, `the Tottenham striker`: whether a name after the article at
    /// `first` modifies the noun at `after` (an organization's, a group's, a person's).
    fn modifies_noun(&self, first: usize, after: usize) -> bool {
        let noun = self.lower(after);
        matches!(self.lower(first).as_str(), "the" | "a" | "an")
            && (self.word(after).starts_with(char::is_lowercase) && is_speaker_noun(&noun)
                // ("the Ealing North MP": a member's title, written in capitals.)
                || MEMBER_TITLES.contains(&noun))
    }

    fn span(&self, first: usize, last: usize) -> Span {
        let toks = self.tokens();
        Span::new(toks[first].span.start, toks[last - 1].span.end)
    }

    /// The first token after the last quote among tokens `start..end`, or `start`: scare
    /// quotes and titles (two words or fewer, or Title Case) do not count unless a comma
    /// closes them for an attribution ("will play the “woman card,” Fiorina said").
    fn after_last_quote(&self, start: usize, end: usize) -> usize {
        let mut i = end;
        while i > start {
            i -= 1;
            if !self.is_double_mark(i) {
                continue;
            }
            let Some(open) = (start..i).rev().find(|&o| self.is_double_mark(o)) else {
                return i + 1;
            };
            let inside = self.text_between(open, i);
            let attributed = inside.trim_end().ends_with(',') || self.word(i + 1) == ",";
            if word_count(inside) > 2 && !is_title(inside) || attributed {
                return i + 1;
            }
            i = open;
        }
        start
    }

    /// The text between tokens `a` and `b`, both excluded.
    fn text_between(&self, a: usize, b: usize) -> &'a str {
        let toks = self.tokens();
        &self.doc.text()[toks[a].span.end..toks[b].span.start]
    }

    fn is_speech_verb(&self, i: usize) -> bool {
        self.speech_cue_end(i).is_some()
    }

    /// The end of the cue opening at token `v`: a speech phrase's words, or the one verb.
    fn cue_end(&self, v: usize) -> usize {
        self.speech_cue_end(v).unwrap_or(v + 1)
    }

    /// The end (exclusive) of the speech verb or phrase that opens at token `i` ("said",
    /// "points out"), if one does.
    fn speech_cue_end(&self, i: usize) -> Option<usize> {
        // Lower case: "States" in "the United States" is no verb; neither is a word after a
        // determiner: "the report", "a wake-up call".
        // ("Murphy, the head of Right to Rise USA, Tweeted on Friday": some papers capitalize
        // the brand's verb.)
        let inside = |i: usize| self.sentence_tokens(self.tokens()[i].span.start).start < i;
        let w = match self.word(i) {
            "Tweeted" if inside(i) => "tweeted",
            "Tweets" if inside(i) => "tweets",
            w => w,
        };
        if !self
            .tokens()
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
            || !w.starts_with(char::is_lowercase)
            || w == "according"
        {
            return None;
        }
        let len = if SPEECH_VERBS.get(w).is_some() {
            1
        } else if SPEECH_VERBS.opens_phrase(w) {
            // "points out", "shot back": the longest phrase of lower-case words.
            (2..=SPEECH_VERBS.max_words()).rev().find(|&n| {
                (i + 1..i + n).all(|k| {
                    self.tokens()
                        .get(k)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                }) && SPEECH_VERBS
                    .get(
                        &(i..i + n)
                            .map(|k| self.word(k))
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                    .is_some()
            })?
        } else {
            return None;
        };
        let determined = |k: usize| self.is_determiner(k);
        // "a press call", "a wake-up call": a base form after a determiner and a singular
        // word is a noun ("the analysts note" stays a verb).
        let base = !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !IRREGULAR_PASTS.contains(w);
        // ("Rubio's claim that …", "the government's pre-Budget report": a possessive
        // determines a base form too.)
        let determined =
            |k: usize| determined(k) || base && self.tokens()[k].kind == TokenKind::Possessive;
        let noun = i > 0
            && (determined(i - 1)
                || i > 1
                    && determined(i - 2)
                    // ("the 36-year-old said": a past tense stays a verb.)
                    && (self.word(i - 1).contains('-')
                        && !w.ends_with("ed")
                        && !IRREGULAR_PASTS.contains(w)
                        // ("the Argentine state")
                        || base && NATIONALITIES.contains(&self.lower(i - 1))
                        || base
                            && self.word(i - 1).starts_with(char::is_lowercase)
                            && !self.is_plural(i - 1)
                        // ("the Kok report": a name before it, singular.)
                        || base
                            && self.word(i - 1).starts_with(char::is_uppercase)
                            && !self.is_plural(i - 1))
                // "the two lengthy investigative reports": a plural noun after a number and
                // its adjectives.
                || w.ends_with('s')
                    && (i.saturating_sub(3)..i).rev().any(|k| {
                        NUMBER_WORDS.get(&self.lower(k)).is_some()
                            && (k + 1..i).all(|m| {
                                self.word(m).starts_with(char::is_lowercase)
                                    && !FUNCTION_WORDS.contains(&self.lower(m))
                                    && !self.is_plural(m)
                            })
                    })
                // "hit back at Labour claims": a plural noun after a name after a preposition.
                || i > 1
                    && w.ends_with('s')
                    && self.word(i - 1).starts_with(char::is_uppercase)
                    && matches!(
                        self.lower(i - 2).as_str(),
                        "at" | "about" | "over" | "against" | "by" | "of" | "with" | "despite"
                    ));
        // (`|noun`: as often a noun, "a highly critical report", "state prosecutor".)
        let as_noun = len == 1 && SPEECH_VERBS.value(w) == Some("noun") && !self.verb_here(i, w);
        (!noun && !as_noun && !self.before_infinitive(i + len - 1)).then_some(i + len)
    }

    /// Whether `w` at token `i`, a speech verb that is as often a noun, is a verb here: after
    /// a subject (a name, a pronoun, a plural, an adverb, "the report") or "to" ("went on to
    /// claim"), or in the "-s" form
    /// after the quote ("“…,” reports Reuters"); never before a title or a number ("state
    /// prosecutor Alexis Ortiz", "a New Yorker post 11 September").
    fn verb_here(&self, i: usize, w: &str) -> bool {
        if let Some(n) = self.tokens().get(i + 1) {
            let next = self.doc.slice(n.span);
            if n.kind == TokenKind::Number
                || next.starts_with(char::is_lowercase)
                    && (ROLES.get(next).is_some() || PERSON_NOUNS.contains(next))
            {
                return false;
            }
        }
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let prev = self.word(p);
        if self.is_quote_mark(p) || prev == "," {
            return w.ends_with('s');
        }
        if self.tokens()[p].kind != TokenKind::Word {
            return false;
        }
        prev.starts_with(char::is_uppercase)
            || is_subject_pronoun(prev)
            || matches!(prev, "who" | "which" | "that" | "to")
            || BEFORE_VERB.contains(prev)
            || is_ly_adverb(prev)
            || self.is_plural(p)
            // ("the news agency reports", "Reuters news agency reports")
            || w.ends_with('s')
                && (p.saturating_sub(3)..p)
                    .rev()
                    .take_while(|&k| {
                        // (Not past a verb: "after making racist remarks".)
                        self.tokens()[k].kind == TokenKind::Word
                            && !BEFORE_VERB.contains(self.word(k))
                            && !self.word(k).ends_with("ed")
                            && !self.word(k).ends_with("ing")
                    })
                    .any(|k| {
                        self.is_determiner(k)
                            || self.word(k).starts_with(char::is_uppercase)
                                && !FUNCTION_WORDS.contains(&self.lower(k))
                    })
    }

    /// "continues to needlessly spread", "vowed to fight": a verb before an infinitive is
    /// no speech verb ("said to reporters", "wrote to him" are).
    fn before_infinitive(&self, i: usize) -> bool {
        if self.lower(i + 1) != "to" {
            return false;
        }
        // "continues to “needlessly spread …”": the quote mark is no word.
        let mut k = i + 2;
        while k < self.tokens().len() && self.is_quote_mark(k) {
            k += 1;
        }
        let Some(next) = self.tokens().get(k) else {
            return false;
        };
        let w = self.word(k);
        let lower = w.to_lowercase();
        next.kind == TokenKind::Word
            && w.starts_with(char::is_lowercase)
            && !FUNCTION_WORDS.contains(&lower)
            && (!lower.ends_with('s') || lower.ends_with("ss"))
    }

    /// A plural-looking word ("analysts", not "press", "famous" or "census").
    fn is_plural(&self, k: usize) -> bool {
        let w = self.word(k);
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    }

    fn is_determiner(&self, k: usize) -> bool {
        is_determiner(&self.lower(k))
    }

    /// A past tense or participle: "branded", "said".
    fn is_past(&self, v: usize) -> bool {
        let lower = self.lower(v);
        lower.ends_with("ed") || IRREGULAR_PASTS.contains(&lower)
    }

    /// The agent of a passive at `by`: "by Jane Roe", "by the Liberal Democrats" (a name or a
    /// determined phrase, not "by phone").
    fn agent(&self, by: usize, end: usize) -> Option<Speaker> {
        if self.word(by) != "by" {
            return None;
        }
        self.noun_phrase_after(by + 1, end).filter(|s| {
            s.person.is_some() || s.organization.is_some() || self.is_determiner(by + 1)
        })
    }

    /// Verbs that attribute a partial quote: "insiders describe as “…”".
    fn is_describing_verb(&self, i: usize) -> bool {
        if !DESCRIBING_VERBS.contains(&self.lower(i)) {
            return false;
        }
        let noun = i > 0 && self.is_determiner(i - 1)
            || i > 1
                && self.is_determiner(i - 2)
                && self.word(i - 1).starts_with(char::is_lowercase)
                && !self.is_plural(i - 1);
        // ("calling for a “day of reckoning”", "calling on them to …": a demand, no name.)
        let demand = matches!(self.lower(i + 1).as_str(), "for" | "on" | "off" | "up");
        !noun && !demand
    }

    /// The speaker after a cue: a named entity, a pronoun, or a descriptive phrase up to a
    /// relative clause, a comma or a preposition.
    fn noun_phrase_after(&self, mut i: usize, end: usize) -> Option<Speaker> {
        if i >= end {
            return None;
        }
        // "said Apacs spokeswoman Jemma Smith", "said Economic and Fiscal Policy Minister
        // Heizo Takenaka": a person named within the phrase is the speaker.
        if let Some(s) = self.person_within(i, end) {
            return Some(s);
        }
        // "said the chairman of the Commons education select committee, Labour MP Barry
        // Hollis", "said De Telegraaf's image editor, Peter Schoonen": a title phrase, then
        // the person holding it, closing the clause.
        if let Some(comma) = (i..end.min(i + 12))
            .find(|&k| self.tokens()[k].kind == TokenKind::Punct && self.word(k) != "-")
            .filter(|&k| self.word(k) == ",")
            && (i..comma).any(|k| ROLES.get(&self.lower(k)).is_some())
            && let Some(p) = self.person_within(comma + 1, end)
            && let after = self.token_from(p.span.end)
            && (after >= end || self.tokens()[after].kind == TokenKind::Punct)
        {
            return Some(p);
        }
        if let Some(s) = self.entity_from(i, end)
            // ("the Tottenham striker": the phrase speaks, not the club.)
            && !(s.person.is_none() && self.modifies_noun(i, self.token_from(s.span.end)))
        {
            return Some(s);
        }
        if let Some(s) = self.pronoun(i) {
            return Some(s);
        }
        let first = i;
        while i < end && i < first + 7 {
            let t = self.tokens()[i];
            let w = self.lower(i);
            if t.kind == TokenKind::Punct || t.kind == TokenKind::Possessive && i == first {
                break;
            }
            // ("a source close to the company": "close to" holds the phrase together.)
            let close_to = w == "to" && i > first && self.lower(i - 1) == "close";
            // ("the news and financial data seller": two nouns under one article.)
            let joined = w == "and"
                && self.word(i + 1).starts_with(char::is_lowercase)
                && self.under_one_article(first, i);
            if !close_to
                && !joined
                && (matches!(
                    w.as_str(),
                    "who"
                        | "which"
                        | "that"
                        | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "with"
                        | "from"
                        | "to"
                        | "when"
                        | "while"
                        | "as"
                        | "and"
                        | "but"
                ) || AUXILIARIES.contains(&w))
                && i > first
            {
                break;
            }
            // "internal memos reviewed by …", "a spokesman quoted in …": a participle ends it;
            // so does an adverb ("the minister repeatedly refused").
            if i > first + 1
                && (self.is_speech_verb(i)
                    || is_ly_adverb(self.word(i))
                    || w.ends_with("ed")
                        && t.kind == TokenKind::Word
                        && self.word(i).starts_with(char::is_lowercase))
            {
                break;
            }
            // An entity inside the phrase ("the Acme spokesman") stays part of it.
            i += 1;
        }
        self.phrase(first, i)
    }

    /// The speaker right before a verb at token `v`: an entity ending there, a pronoun, a
    /// phrase ("a spokesperson", "the memo"), skipping an inserted clause ("X, who asked not
    /// to be named, said").
    fn noun_phrase_before(&self, start: usize, v: usize) -> Option<Speaker> {
        // Never look into quoted words: start after the last double quote mark before the
        // verb (an apostrophe, as in "Sanders' campaign manager", is no quote mark).
        let start = (start..v)
            .rev()
            .find(|&i| self.is_double_mark(i))
            .map_or(start, |i| i + 1);
        // "Harry M. Reid (D-Nev.) said": a label in parentheses before the verb.
        let mut end = self.before_parenthesis(start, v);
        // "John Kasich has also broadly called": auxiliaries and adverbs before the verb (in
        // lower case: "Will", "May" are names).
        // ("Mr Howard last week said", "Ms Roe on Monday told": a phrase of time too.)
        loop {
            if end > start + 1
                && self.word(end - 1).starts_with(char::is_lowercase)
                && (BEFORE_VERB.contains(&self.lower(end - 1)) || is_ly_adverb(self.word(end - 1)))
            {
                end -= 1;
            } else if end > start + 2
                && matches!(self.word(end - 2), "last" | "this" | "next" | "that" | "on")
                && TIME_NOUNS.contains(&self.lower(end - 1))
            {
                end -= 2;
            } else {
                break;
            }
        }
        // ("the International Monetary Fund (IMF) has said": the label before an auxiliary.)
        if end < v {
            end = self.before_parenthesis(start, end);
        }
        // "Donald Trump, who proclaimed", "Acme, which described": the relative pronoun's
        // antecedent ("which" after a comma only: "its submission which states" has none).
        if end > start + 1 && self.lower(end - 1) == "who"
            || end > start + 2 && self.lower(end - 1) == "which" && self.word(end - 2) == ","
        {
            end -= 1;
            if self.word(end - 1) == "," {
                end -= 1;
            }
        }
        if end > start && matches!(self.word(end - 1), "," | "-" | "—" | "–") {
            // Skip back over ", who …," or ", 45," (or "- then adviser to the president -")
            // to the name before it.
            let mark = self.word(end - 1);
            let mut k = end - 1;
            while k > start && self.word(k - 1) != mark {
                k -= 1;
            }
            // ", who starred in Schindler’s List, Michael Collins and Star Wars,": a relative
            // clause holding commas of its own opens at the comma before its pronoun.
            if mark == ","
                && let Some(c) = (start.max(end.saturating_sub(30))..end - 1)
                    .rev()
                    .find(|&c| {
                        self.word(c) == ","
                            && matches!(self.lower(c + 1).as_str(), "who" | "whose" | "which")
                    })
            {
                k = c + 1;
            }
            if k > start && self.word(k - 1) == mark {
                // "James Hardie chairwoman, Meredith Hellicar, said": a title, then the
                // person holding it between commas.
                // ("The Shadow Secretary of State for Transport, Ann Cole, said".)
                // ("The United Nations' emergency relief coordinator, Jan Egeland, said": a
                // noun for a doer closing the description.)
                if k > start + 1
                    && ((start.max(k.saturating_sub(9))..k - 1)
                        .rev()
                        .take_while(|&i| self.tokens()[i].kind != TokenKind::Punct)
                        .any(|i| ROLES.get(&self.lower(i)).is_some())
                        || self.word(k - 2).starts_with(char::is_lowercase)
                            && has_doer_suffix(&self.lower(k - 2)))
                    // ("…, Ambassador Stefan Johannesson of Iceland, warned": the holder's
                    // place after "of".)
                    && let Some(s) = self
                        .entity_ending(k, end - 1)
                        .filter(|s| s.person.is_some())
                        .or_else(|| self.person_of_place(k, end - 1))
                    // (Only titles before the name: "Sir Andrew Green", "the Most Reverend
                    // Peter Smith", not "the Academie des Arts et Techniques du Cinema".)
                    && (k..self.token_from(s.span.start)).all(|i| {
                        self.word(i).starts_with(char::is_uppercase)
                            || self.tokens()[i].kind == TokenKind::Punct
                            || i == k && self.lower(i) == "the"
                    })
                {
                    return Some(s);
                }
                // "Nigeria's secret police, the Department of State Services, said": a
                // description in lower case, then the body it is, named after "the".
                if mark == ","
                    && k >= start + 2
                    && self.word(k - 2).starts_with(char::is_lowercase)
                    && self.tokens()[k - 2].kind == TokenKind::Word
                    && let Some(s) = self
                        .entity_ending(k, end - 1)
                        .filter(|s| s.organization.is_some())
                    && self.token_from(s.span.start) == k + 1
                    && self.lower(k) == "the"
                {
                    return Some(s);
                }
                // ("A spokesman for the World Summit (WSIS), which is meeting …, told": the
                // acronym in parentheses before the clause.)
                end = self.before_parenthesis(start, k - 1);
                // Between dashes, only a name before the aside speaks ("Andrei Volkov - then
                // adviser … - told"; not "a survey showed 64 respondents - among them …").
                if mark != "," {
                    return self.entity_ending(start, end);
                }
            } else {
                // ("Kirsten Pfeifer from the Consumer Electronics Association, told …"; a
                // stray comma: "shop owner Hayriye Evren, told …", not a participle's clause:
                // "Michael Howard, asked about the remark, said …".)
                let participle = matches!(
                    self.lower(v + 1).as_str(),
                    "about" | "by" | "of" | "on" | "whether" | "if" | "to" | "for"
                );
                return (mark == ",")
                    .then(|| {
                        self.person_of_organization(start, end - 1).or_else(|| {
                            self.noun_phrase_before(start, end - 1)
                                .filter(|s| s.person.is_some() && !participle)
                        })
                    })
                    .flatten();
            }
        }
        if end <= start {
            return None;
        }
        // "One Labour MP who signed the amendment said": a relative clause with no commas
        // speaks for the phrase before its pronoun, not for its own object.
        if let Some(who) = (start.max(end.saturating_sub(12)) + 1..end)
            .rev()
            .take_while(|&i| self.tokens()[i].kind != TokenKind::Punct && !self.is_quote_mark(i))
            .find(|&i| self.lower(i) == "who")
            && self.word(who + 1).starts_with(char::is_lowercase)
            && !is_subject_pronoun(&self.lower(who + 1))
            && self.tokens()[who - 1].kind == TokenKind::Word
        {
            return self.noun_phrase_before(start, who);
        }
        if let Some(s) = self.person_of_organization(start, end) {
            return Some(s);
        }
        if let Some(s) = self.entity_ending(start, end) {
            // "the Labour MP for Birkenhead asked": a place after "for" or "of" closes a
            // phrase; it does not speak.
            let first = self.token_from(s.span.start);
            // ("the MP for Sittingbourne and Sheppey said": the place listed with another.)
            let listed = (first > start + 2)
                .then(|| listed_before(self.doc, self.tokens(), start, first - 1))
                .flatten()
                .unwrap_or(first);
            let place_of = s.person.is_none()
                && s.organization.is_none()
                && listed > start
                && matches!(self.lower(listed - 1).as_str(), "for" | "of" | "in" | "at");
            // ("Dr Jane Roe, of the Centre for Transport at the University of the West in
            // Bristol said": an apposition whose closing comma is left out speaks for the
            // person before its comma.)
            if place_of
                && let Some(c) = (start + 1..first).find(|&c| self.word(c) == ",")
                && let Some(p) = self.entity_ending(start, c).filter(|p| p.person.is_some())
            {
                return Some(p);
            }
            // ("Colin Aspden, Fylde Hotel Association said": the organization a person
            // speaks for, set after the name with no closing comma; the name opens the
            // subject, titles aside.)
            if s.organization.is_some()
                && let Some(p) = self.person_before_comma(start, first)
                && self.only_title_words(start, self.token_from(p.span.start))
            {
                return Some(p);
            }
            if !place_of {
                return Some(s);
            }
        }
        if let Some(s) = self.pronoun(end - 1) {
            return Some(s);
        }
        // "Brent Bozell, PTC president and conservative activist said": an apposition whose
        // closing comma is missing speaks for the person before it.
        if let Some(c) = (end.saturating_sub(8).max(start)..end)
            .rev()
            .find(|&c| self.word(c) == ",")
            && !self.is_determiner(c + 1)
            && (c + 1..end).any(|i| ROLES.get(&self.lower(i)).is_some())
            && self.only_title_words(c + 1, end)
            && let Some(p) = self.person_before_comma(start, c + 1)
        {
            return Some(p);
        }
        if let Some(p) = self.person_then_role(start, end) {
            return Some(p);
        }
        let mut first = end;
        let capitalized = |k: usize| self.word(k).starts_with(char::is_uppercase);
        // Six words, the words of a name of several aside ("A Department for Education and
        // Skills spokeswoman"), ten at most.
        let mut counted = 0;
        while first > start && counted < 6 && end - first < 10 {
            let t = self.tokens()[first - 1];
            let w = self.lower(first - 1);
            if t.kind == TokenKind::Punct || self.is_quote_mark(first - 1) {
                break;
            }
            // ("A Department for Education and Skills spokeswoman": "and" inside a name; "the
            // Labour peer and former minister": two nouns under one article.)
            let in_name = w == "and"
                && first > start + 1
                && (capitalized(first - 2) && capitalized(first)
                    || first < end && self.under_one_article(start, first - 1));
            if !in_name
                && matches!(
                    w.as_str(),
                    "that" | "which" | "who" | "and" | "but" | "as" | "while" | "when" | "because"
                )
            {
                break;
            }
            let of_name = in_name
                || capitalized(first - 1)
                    && (first > start + 1 && capitalized(first - 2) || capitalized(first))
                || matches!(w.as_str(), "for" | "of")
                    && first > start + 1
                    && capitalized(first - 2)
                    && capitalized(first);
            if !of_name {
                counted += 1;
            }
            first -= 1;
            // ("the former world number one": a rank, not a determiner.)
            if matches!(
                w.as_str(),
                "a" | "an" | "the" | "one" | "some" | "many" | "several" | "two" | "three"
            ) && !(first > start && matches!(self.lower(first - 1).as_str(), "number" | "no"))
            {
                break;
            }
        }
        if first == end {
            return None;
        }
        // "analysts at the bank wrote", "a spokesman for the company said": the speaker is
        // the phrase before the preposition.
        if first > start + 1
            && matches!(
                self.lower(first - 1).as_str(),
                "at" | "for" | "with" | "of" | "from"
            )
            && self.tokens()[first - 2].kind == TokenKind::Word
        {
            if let Some(s) = self.entity_ending(start, first - 1) {
                return Some(s);
            }
            let head_end = first - 1;
            let mut head = head_end;
            while head > start && head_end - head < 4 {
                let w = self.lower(head - 1);
                if self.tokens()[head - 1].kind != TokenKind::Word
                    || matches!(w.as_str(), "that" | "which" | "who" | "and" | "but" | "as")
                {
                    break;
                }
                head -= 1;
                if matches!(
                    w.as_str(),
                    "a" | "an" | "the" | "one" | "some" | "two" | "three"
                ) {
                    break;
                }
            }
            // "Lord Condon, head of the ICC's anti-corruption unit, …": an apposition of the
            // person before its comma.
            if let Some(p) = self.person_before_comma(start, head) {
                return Some(p);
            }
            if head < head_end {
                return self.phrase(head, head_end);
            }
        }
        // "Braynard, a South Carolina native who writes …": the phrase is an apposition of
        // the person named before its comma (not a definite subject of its own: "…
        // from chief executive Sidney Taurel, the company says").
        if self.lower(first) != "the"
            && let Some(s) = self.person_before_comma(start, first)
        {
            return Some(s);
        }
        self.phrase(first, end)
    }

    /// `Dr Mike Watts head of exploration said`, `Christoph Caselitz, president of the mobile
    /// networks division at the firm says`: a person opening the subject, then a role phrase of
    /// lower-case words (its closing comma left out) up to the verb at `end`.
    fn person_then_role(&self, start: usize, end: usize) -> Option<Speaker> {
        let from = end.saturating_sub(12).max(start);
        let r = (from..end).find(|&r| ROLES.get(&self.lower(r)).is_some())?;
        let mut name_end = r;
        if name_end > start + 1 && self.word(name_end - 1) == "," {
            name_end -= 1;
        }
        let p = self.entity_ending(start, name_end)?;
        p.person?;
        let words_only = (r..end).all(|i| self.plain_word(i));
        // (The subject may follow a clause: "…, but Christoph Caselitz, president of …".)
        let first = self.token_from(p.span.start);
        let opens = (start..first)
            .rev()
            .find(|&i| {
                self.tokens()[i].kind == TokenKind::Punct
                    || matches!(self.lower(i).as_str(), "but" | "and" | "while")
            })
            .map_or(start, |i| i + 1);
        (words_only && self.only_title_words(opens, first)).then_some(p)
    }

    /// `Stefan Johannesson of Iceland`: a person, "of" and a place ending right before `end`.
    fn person_of_place(&self, start: usize, end: usize) -> Option<Speaker> {
        let place = self
            .entity_ending(start, end)
            .filter(|s| s.person.is_none() && s.organization.is_none())?;
        let of = self.token_from(place.span.start).checked_sub(1)?;
        (of > start && self.word(of) == "of")
            .then(|| self.entity_ending(start, of))
            .flatten()
            .filter(|s| s.person.is_some())
    }

    /// A plain lower-case word of a description or a role phrase: no verb, no conjunction, no
    /// relative pronoun ("president of the mobile networks division at the firm").
    fn plain_word(&self, i: usize) -> bool {
        let w = self.lower(i);
        self.tokens()[i].kind == TokenKind::Word
            && self.word(i).starts_with(char::is_lowercase)
            && !self.is_speech_verb(i)
            && !AUXILIARIES.contains(&w)
            && !matches!(w.as_str(), "who" | "which" | "that" | "and" | "but")
    }

    /// `the Labour peer and former minister said`: the "and" at `and` joins two nouns under
    /// one article that opens the clause (at `start` or after punctuation), a few words before
    /// it; not "the workers and the chairman".
    fn under_one_article(&self, start: usize, and: usize) -> bool {
        if self.is_determiner(and + 1) {
            return false;
        }
        let mut d = and;
        while d > start && and - d < 4 {
            d -= 1;
            let t = self.tokens()[d];
            if t.kind == TokenKind::Punct {
                return false;
            }
            if matches!(self.lower(d).as_str(), "the" | "a" | "an") {
                return d == start || self.tokens()[d - 1].kind == TokenKind::Punct;
            }
        }
        false
    }

    /// Where the words before token `end` end when they close with a short parenthesis ("Harry
    /// M. Reid (D-Nev.)", "the World Summit (WSIS)"): at its opening bracket; or with a
    /// lawmaker's party and state after a comma ("Tom Hale, R-Ark."): at the comma.
    fn before_parenthesis(&self, start: usize, end: usize) -> usize {
        let label = end.saturating_sub(usize::from(end > start && self.word(end - 1) == "."));
        if label > start + 2
            && is_party_and_state(self.word(label - 1))
            && self.word(label - 2) == ","
        {
            return label - 2;
        }
        if end > start + 1 && self.word(end - 1) == ")" {
            (start..end - 1)
                .rev()
                .take(8)
                .find(|&i| self.word(i) == "(")
                .unwrap_or(end)
        } else {
            end
        }
    }

    /// The person named right before a comma at token `at - 1`, of whom the words from `at`
    /// are an apposition ("Braynard, a South Carolina native").
    fn person_before_comma(&self, start: usize, at: usize) -> Option<Speaker> {
        if at <= start + 1 || self.word(at - 1) != "," {
            return None;
        }
        self.entity_ending(start, at - 1)
            .filter(|s| s.person.is_some())
    }

    /// A person mentioned within the next few words, before any punctuation or verb.
    fn person_within(&self, i: usize, end: usize) -> Option<Speaker> {
        let limit = end.min(i + 8);
        // The last person of the phrase: "Huckabee campaign spokesman Hogan Gidley".
        let mut found = None;
        let mut s = i;
        while s < limit {
            let t = self.tokens()[s];
            if t.kind == TokenKind::Punct && self.word(s) != "." || self.is_speech_verb(s) {
                break;
            }
            if let Some(e) = (s + 1..=(s + 5).min(end)).rev().find(|&e| {
                matches!(
                    self.entities.at(self.span(s, e)),
                    Some((EntityKind::Person, _))
                )
            }) {
                let span = self.span(s, e);
                if let Some((EntityKind::Person, idx)) = self.entities.at(span) {
                    found = Some(self.speaker_for(EntityKind::Person, idx, span));
                }
                s = e;
                continue;
            }
            // Only title-like words may stand before the person: "Apacs spokeswoman",
            // "former Sen.", "Huckabee campaign spokesman"; no clause.
            let w = self.word(s);
            let lower = w.to_lowercase();
            if w.starts_with(char::is_lowercase)
                && ROLES.get(&lower).is_none()
                && !TITLE_MODIFIERS.contains(&lower)
                && !matches!(w, "the" | "a" | "an" | "and" | "of")
                && (FUNCTION_WORDS.contains(&lower)
                    || lower.ends_with("ed")
                    || lower.ends_with("ing")
                    || SPEECH_VERBS.get(&lower).is_some())
            {
                break;
            }
            s += 1;
        }
        found
    }

    /// A named entity whose mention starts at token `i` (after "the").
    fn entity_from(&self, i: usize, end: usize) -> Option<Speaker> {
        let mut i = if self.lower(i) == "the" { i + 1 } else { i };
        // "Mr. Rhodes", "Sen. Warren": the mention starts after the honorific (and a word
        // that is an honorific too may be the name: "Mr Champion").
        loop {
            if i >= end {
                return None;
            }
            for e in (i + 1..=(i + 8).min(end)).rev() {
                let span = self.span(i, e);
                if let Some((kind, idx)) = self.entities.at(span) {
                    return Some(self.speaker_for(kind, idx, span));
                }
            }
            if !(i + 1 < end && HONORIFICS.contains(&self.lower(i))) {
                return None;
            }
            i += 1;
            if self.word(i) == "." {
                i += 1;
            }
        }
    }

    /// `Jane Roe of Acme`, `Jane Roe at Goldman Sachs`, `Jane Roe from the Consumer
    /// Electronics Association`, `Lord Nicholls of Birkenhead`, ending right before token
    /// `end`: the person, who speaks for herself, not the organization or place she is of, at
    /// or from.
    fn person_of_organization(&self, start: usize, end: usize) -> Option<Speaker> {
        let org = self.entity_ending(start, end)?;
        if org.person.is_some() {
            return None;
        }
        // Plain words of a description, no preposition among them.
        let plain = |i: usize| {
            self.plain_word(i)
                && !matches!(
                    self.lower(i).as_str(),
                    "of" | "at" | "from" | "for" | "with" | "in"
                )
        };
        // ("at digital content firm THX": a description of the organization before it;
        // "from Panasonic's Hollywood Laboratories": its owner.)
        let mut org_first = self.token_from(org.span.start);
        if org_first > start + 1 && self.tokens()[org_first - 1].kind == TokenKind::Possessive {
            let mut o = org_first - 1;
            while o > start
                && org_first - 1 - o < 3
                && self.word(o - 1).starts_with(char::is_uppercase)
            {
                o -= 1;
            }
            org_first = o;
        }
        let mut k = org_first;
        while k > start && org_first - k < 3 && plain(k - 1) && self.lower(k - 1) != "the" {
            k -= 1;
        }
        if k > start && self.lower(k - 1) == "the" {
            k -= 1;
        }
        if k <= start + 1 || !matches!(self.lower(k - 1).as_str(), "of" | "at" | "from") {
            return None;
        }
        let mut name_end = k - 1;
        // ("Dr Mark Tuffy, games systems director at … THX told": a role between the name
        // and the preposition.)
        let mut r = name_end;
        while r > start && name_end - r < 5 && plain(r - 1) {
            r -= 1;
        }
        if (r..name_end).any(|i| ROLES.get(&self.lower(i)).is_some()) {
            name_end = r;
        }
        // ("Emmanuel Ferry, from Exane BNP Paribas told Reuters": the apposition's closing
        // comma left out.)
        if name_end > start + 1 && self.word(name_end - 1) == "," {
            name_end -= 1;
        }
        self.entity_ending(start, name_end)
            .filter(|p| p.person.is_some())
    }

    /// A named entity whose mention ends right before token `end`, or before a letters
    /// after the name ("Ken Macdonald QC").
    fn entity_ending(&self, start: usize, end: usize) -> Option<Speaker> {
        for s in start..end {
            let span = self.span(s, end);
            if let Some((kind, idx)) = self.entities.at(span) {
                return Some(self.speaker_for(kind, idx, span));
            }
        }
        (end > start + 1 && self.letters_after_name(end - 1))
            .then(|| self.entity_ending(start, end - 1))
            .flatten()
            .filter(|s| s.person.is_some())
    }

    /// Letters after a person's name: "QC", "OBE", "MP" (all capitals, no entity).
    fn letters_after_name(&self, i: usize) -> bool {
        let w = self.word(i);
        is_capitals(w) && NOT_ENTITIES.contains(&w.to_ascii_lowercase())
    }

    fn speaker_for(&self, kind: EntityKind, idx: usize, span: Span) -> Speaker {
        let e = &self.entities.of(kind)[idx];
        Speaker {
            name: e.name.clone(),
            span,
            person: (kind == EntityKind::Person).then_some(idx),
            organization: (kind == EntityKind::Organization).then_some(idx),
        }
    }

    /// A pronoun at token `i`, resolved to the person (he, she) or organization (it, they)
    /// named last before it.
    fn pronoun(&self, i: usize) -> Option<Speaker> {
        // "they've", "he’s": the pronoun before the contraction.
        let w = self.lower(i);
        let w = w.split(['\'', '’']).next().unwrap_or_default().to_string();
        let (kind, gender) = match w.as_str() {
            "he" | "him" => (EntityKind::Person, Some(Gender::Male)),
            "she" | "her" => (EntityKind::Person, Some(Gender::Female)),
            "it" | "they" => (EntityKind::Organization, None),
            "i" | "we" => {
                // The writer or a group speaking of itself: kept as written.
                let span = self.tokens()[i].span;
                return Some(Speaker {
                    name: self.doc.slice(span).to_string(),
                    span,
                    person: None,
                    organization: None,
                });
            }
            _ => return None,
        };
        Some(self.resolve_pronoun(i, &w, kind, gender))
    }

    /// The speaker the pronoun at token `i` (`w`, in lower case) stands for: an entity of
    /// `kind` and `gender`, or a person described; else the pronoun as written.
    fn resolve_pronoun(
        &self,
        i: usize,
        w: &str,
        kind: EntityKind,
        gender: Option<Gender>,
    ) -> Speaker {
        let span = self.tokens()[i].span;
        if w == "they"
            && let Some(group) = self.people_opening_sentence_before(span.start)
        {
            return Speaker { span, ..group };
        }
        let resolved = match gender {
            Some(g) => self
                .antecedent(span.start, Some(g), 1.0)
                .map(|idx| (EntityKind::Person, idx))
                .or_else(|| self.last_named(kind, span.start, gender)),
            None => self.last_named(kind, span.start, None),
        }
        .or_else(|| {
            (w == "they")
                .then(|| self.last_named(EntityKind::Person, span.start, None))
                .flatten()
        });
        // A person described, not named, as the subject of a sentence since the last mention
        // of the name: "A spokesman for the BPI said … “…,” he said".
        if let Some(g) = gender
            && let Some((described, end)) = self.described_antecedent(span.start, g)
            && resolved.is_none_or(|(k, idx)| {
                self.last_mention(k, idx, span.start)
                    .is_none_or(|named| named < end)
            })
        {
            return Speaker { span, ..described };
        }
        match resolved {
            Some((k, idx)) => self.speaker_for(k, idx, span),
            None => Speaker {
                name: self.doc.slice(span).to_string(),
                span,
                person: None,
                organization: None,
            },
        }
    }

    /// "His parents, … sat in the second row. In a statement, they said": the people a
    /// sentence before byte `pos` (in its paragraph or the one before, outside quotes)
    /// opens with — a possessive and a plural noun of kin, people or roles ("His parents",
    /// "Their lawyers") or two people named with "and" ("Professors Foner and Alba") — when
    /// the pronoun's own sentence names no one before it.
    fn people_opening_sentence_before(&self, pos: usize) -> Option<Speaker> {
        let s = self.doc.sentence_at(pos)?;
        let here = self.doc.sentences()[s].span.start;
        if s == 0
            || self.doc.sentences()[s - 1].paragraph + 1 < self.paragraph_of(pos)
            || !self.mentions_between(here, pos).is_empty()
        {
            return None;
        }
        let range = self.doc.sentences()[s - 1].tokens.clone();
        let f = (range.start..range.end).find(|&k| !self.is_quote_mark(k))?;
        if f + 1 >= range.end || self.in_quote(self.tokens()[f].span) {
            return None;
        }
        let plural_of_people = |w: &str| {
            w.len() > 3
                && w.ends_with('s')
                && (KIN_NOUNS.contains(w)
                    || w.strip_suffix('s')
                        .is_some_and(|one| PERSON_NOUNS.contains(one) || ROLES.get(one).is_some()))
        };
        if matches!(self.lower(f).as_str(), "his" | "her" | "their")
            && self.word(f + 1).starts_with(char::is_lowercase)
            && plural_of_people(&self.lower(f + 1))
        {
            return self.phrase(f, f + 2);
        }
        // Two people named with "and", a title in the plural before them.
        let people = self.mentions_between(
            self.tokens()[f].span.start,
            self.doc.sentences()[s - 1].span.end,
        );
        if let [(a, EntityKind::Person, _), (b, EntityKind::Person, _), ..] = people
            && self.token_from(a.start) <= f + 1
            && (f..self.token_from(a.start)).all(|k| self.word(k).starts_with(char::is_uppercase))
            && self.lower(self.token_from(a.end)) == "and"
            && self.token_from(b.start) == self.token_from(a.end) + 1
        {
            let end = self.token_from(b.end);
            let span = self.span(f, end);
            return Some(Speaker {
                name: self.doc.slice(span).to_string(),
                span,
                person: None,
                organization: None,
            });
        }
        None
    }

    /// `A spokesman for the BPI said …`: the speaker of the nearest sentence before byte `pos`
    /// (in this paragraph or the one before) that opens with a described person — an article
    /// and a role or person noun of a compatible gender before its speech verb — and the byte
    /// where that sentence ends.
    fn described_antecedent(&self, pos: usize, gender: Gender) -> Option<(Speaker, usize)> {
        let s = self.doc.sentence_at(pos)?;
        let here = self.paragraph_of(pos);
        for t in (s.saturating_sub(3)..s).rev() {
            let sentence = &self.doc.sentences()[t];
            if sentence.paragraph + 1 < here {
                break;
            }
            let mut f = sentence.tokens.start;
            let opens_description = |f: usize| {
                matches!(
                    self.lower(f).as_str(),
                    "a" | "an" | "the" | "one" | "another"
                )
            };
            // ("However, one dealer …", "On Monday, a spokesman …": after an opening phrase
            // that names no one; "Adam Thomas, an analyst at …" is an apposition, and "One
            // captain, who asked not to be named, said" opens with its person.)
            // ("“…,” a spokeswoman said.": after a quote opening the sentence, closed by a
            // comma.)
            if self.is_quote_mark(f)
                && let Some(close) = (f + 1..sentence.tokens.end)
                    .find(|&c| self.is_double_mark(c) && c > f + 1 && self.word(c - 1) == ",")
            {
                f = close + 1;
            }
            if !opens_description(f)
                && let Some(c) =
                    (f + 1..sentence.tokens.end.min(f + 4)).find(|&c| self.word(c) == ",")
                && !self
                    .mentions_between(sentence.span.start, self.tokens()[c].span.start)
                    .iter()
                    .any(|(_, k, _)| *k != EntityKind::Location)
            {
                f = c + 1;
            }
            if !opens_description(f) {
                continue;
            }
            // (The verb may follow a relative clause: "A spokesman for the British Casino
            // Association, which represents the UK industry, said".)
            let Some(v) =
                (f + 1..sentence.tokens.end.min(f + 16)).find(|&v| self.is_speech_verb(v))
            else {
                continue;
            };
            // (Not a described person named after all: "A spokesman for US Immigration,
            // Customs and Enforcement, Dean Boyd, said".)
            let verb_at = self.tokens()[v].span.start;
            if self
                .mentions_between(sentence.span.start, verb_at)
                .iter()
                .any(|(_, k, _)| *k == EntityKind::Person)
            {
                continue;
            }
            // (The head: the last such noun, "The prime minister's official spokesman".)
            let Some(noun) = (f + 1..v)
                .rev()
                .map(|i| self.lower(i))
                .find(|w| ROLES.get(w).is_some() || PERSON_NOUNS.contains(w.as_str()))
            else {
                continue;
            };
            let has = described_gender(&noun);
            if has.is_some_and(|g| g != gender) {
                continue;
            }
            // ("The former secretary of state said" most often names again someone named
            // before: a definite description counts only when it resolves, as a whole, to an
            // entity: "the chancellor" to the person holding that title; or when it is a
            // spokesperson's, who mostly go unnamed: "The BBC spokeswoman said".)
            // A person it resolves to must be of a compatible gender too.
            if let Some(speaker) = self.noun_phrase_before(f, v)
                && (self.lower(f) != "the"
                    || noun.starts_with("spokes")
                        && speaker.person.is_none()
                        && speaker.organization.is_none()
                    || self.token_from(speaker.span.start) == f
                        && (speaker.person.is_some() || speaker.organization.is_some()))
                && speaker
                    .person
                    .and_then(|idx| self.gender(EntityKind::Person, idx))
                    .is_none_or(|g| g == gender)
            {
                return Some((speaker, sentence.span.end));
            }
        }
        None
    }

    /// The entity of `kind` (and, for people, of a compatible gender) mentioned last before
    /// byte `pos`, outside quotes.
    fn last_named(
        &self,
        kind: EntityKind,
        pos: usize,
        gender: Option<Gender>,
    ) -> Option<(EntityKind, usize)> {
        self.last_named_where(kind, pos, |idx| match (gender, self.gender(kind, idx)) {
            (Some(want), Some(has)) => want == has,
            _ => true,
        })
    }

    /// The entity of `kind` that passes `keep`, mentioned last before byte `pos`, outside
    /// quotes.
    /// The organization "the company" means: the one named last, unless it is named only
    /// once and another named before is the article's subject (named more, at least twice):
    /// "Eli Lilly … Prozac … the company says" is Eli Lilly.
    fn main_organization_before(&self, pos: usize) -> Option<(EntityKind, usize)> {
        let (kind, last) = self.last_named(EntityKind::Organization, pos, None)?;
        let orgs = &self.entities.organizations;
        if orgs[last].mentions.len() > 1 {
            return Some((kind, last));
        }
        let main = self
            .mentions_between(0, pos)
            .iter()
            .filter(|(_, k, _)| *k == EntityKind::Organization)
            .map(|(_, _, idx)| *idx)
            .max_by_key(|&idx| (orgs[idx].mentions.len(), std::cmp::Reverse(idx)));
        match main {
            Some(idx) if orgs[idx].mentions.len() >= 2 => Some((kind, idx)),
            _ => Some((kind, last)),
        }
    }

    /// The organization named last before byte `pos` right after or before the noun `head`
    /// ("US magazine Rolling Stone", "the Rolling Stone magazine"): what "the magazine" means.
    fn organization_called(&self, head: &str, pos: usize) -> Option<(EntityKind, usize)> {
        self.mentions_between(0, pos)
            .iter()
            .rev()
            .find(|(s, k, _)| {
                let first = self.token_from(s.start);
                let after = self.token_from(s.end);
                *k == EntityKind::Organization
                    && s.end <= pos
                    && (first > 0 && self.lower(first - 1) == head
                        || after < self.tokens().len() && self.lower(after) == head)
            })
            .map(|(_, k, idx)| (*k, *idx))
    }

    /// Where the entity's last mention outside quotes before byte `pos` starts (its own
    /// mentions, in text order, are searched: not every mention of the article).
    fn last_mention(&self, kind: EntityKind, idx: usize, pos: usize) -> Option<usize> {
        let mentions = &self.entities.of(kind)[idx].mentions;
        let before = mentions.partition_point(|m| m.span.start < pos);
        mentions[..before]
            .iter()
            .rev()
            .find(|m| m.span.end <= pos && !self.in_quote(m.span))
            .map(|m| m.span.start)
    }

    fn last_named_where(
        &self,
        kind: EntityKind,
        pos: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Option<(EntityKind, usize)> {
        self.last_mention_where(kind, pos, keep)
            .map(|(_, k, idx)| (*k, *idx))
    }

    /// The last mention outside quotes, ending before byte `pos`, of an entity of `kind` that
    /// passes `keep`.
    fn last_mention_where(
        &self,
        kind: EntityKind,
        pos: usize,
        keep: impl Fn(usize) -> bool,
    ) -> Option<&(Span, EntityKind, usize)> {
        self.mentions_between(0, pos)
            .iter()
            .rev()
            .find(|(s, k, idx)| s.end <= pos && *k == kind && keep(*idx))
    }

    /// The person "he" or "she" at byte `pos` refers to: among the people named outside quotes
    /// in this paragraph and the two before, whose gender does not contradict the pronoun's
    /// (`None`: any, for "the 28-year-old"), the most salient: nearer first (each person
    /// named since costing `step`), then a sentence's subject and a gender known to match
    /// each weigh in (the ranking of centering theory, simplified). The previous quote's
    /// speaker gets no bonus: a person introduced since then is the likelier referent.
    fn antecedent(&self, pos: usize, gender: Option<Gender>, step: f32) -> Option<usize> {
        let here = self.paragraph_of(pos);
        let mut seen: Vec<usize> = Vec::new();
        let mut best: Option<(f32, usize)> = None;
        for &(m, kind, idx) in self.mentions_between(0, pos).iter().rev() {
            if kind != EntityKind::Person || m.end > pos {
                continue;
            }
            if self.paragraph_of(m.start) + 2 < here {
                break;
            }
            let known = self.gender(kind, idx);
            if known.is_some_and(|g| gender.is_some_and(|want| g != want)) || seen.contains(&idx) {
                continue;
            }
            let mut score = -(seen.len() as f32) * step;
            seen.push(idx);
            if known.is_some() && known == gender {
                score += 1.0;
            }
            score += self.subject_weight(m);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, idx));
            }
        }
        best.map(|(_, idx)| idx)
    }

    /// How much a mention stands as a subject: 2 before a speech verb ("Garrow said"), 1 at
    /// the start of its sentence or after a question's auxiliary, -0.5 as a possessor, else
    /// 0; and 1 less as the object of a preposition.
    fn subject_weight(&self, m: Span) -> f32 {
        let first = self.token_from(m.start);
        let range = self.sentence_tokens(m.start);
        // ("Ken Macdonald QC, who sits on the council, said": letters after the name.)
        let mut after = self.token_from(m.end);
        if after < range.end && self.letters_after_name(after) {
            after += 1;
        }
        // "the exodus of former campaign manager Barry Bennett", "Trump attacked Powell": an
        // object, not a subject.
        // ("only one showed Ms Simonetti's flight wings": a possessor is no object.)
        let possessor = self.tokens().get(after).map(|t| t.kind) == Some(TokenKind::Possessive);
        let object =
            if self.object_of_preposition(first) || self.object_of_verb(first) && !possessor {
                -1.0
            } else {
                0.0
            };
        // "Was Szlachta satisfied?": a question's subject after its auxiliary. A title before
        // the name and a conjunction opening the sentence leave it the subject ("Mr Holiff,
        // who …, managed", "But Morrison is determined", "British actor Owen is hoping").
        // ("Said Mr Fogg": a speech verb opening the sentence is none of the name's words.)
        let mut title = first;
        while title > range.start
            && self.qualifies_name(title - 1)
            && !self.is_speech_verb(title - 1)
        {
            title -= 1;
        }
        let start = if matches!(
            self.lower(range.start).as_str(),
            "but" | "and" | "so" | "yet"
        ) {
            range.start + 1
        } else {
            range.start
        };
        let opening = (start.min(title)..title)
            .filter(|&i| self.tokens()[i].kind != TokenKind::Punct)
            .count();
        let question = opening == 1
            && matches!(
                self.lower(range.start).as_str(),
                "was" | "is" | "were" | "are" | "did" | "does" | "do" | "has" | "had" | "will"
            );
        // "Fidelis Nanga, a journalist in Yaounde, said": the speech verb after an
        // apposition; "said Mr Flynn": before the name.
        let comma = |i: usize| i < range.end && self.word(i) == ",";
        // ("Gerrard had said": after an auxiliary.)
        let verb = if after < range.end && AUXILIARIES.contains(&self.lower(after)) {
            after + 1
        } else {
            after
        };
        // ("Head of genetics at the institute, Professor Robin Lovell-Barr, said": the name
        // closing an apposition.)
        // Where the name's words open, a title written with a stop too ("Mr. Trump").
        let opener = if title >= range.start + 2
            && self.word(title - 1) == "."
            && HONORIFICS.contains(&self.lower(title - 2))
        {
            title - 2
        } else {
            title
        };
        let speaks = self.is_speech_verb(verb)
            || comma(after)
                && title > range.start
                && self.word(title - 1) == ","
                && self.is_speech_verb(after + 1)
            || title > range.start
                && self.is_speech_verb(title - 1)
                && (title - 1 == range.start
                    || matches!(self.word(title - 2), "," | "\"" | "”" | "''"))
                // ("…, said the Trump campaign has yet to …": the name qualifies a noun.)
                && !(after < range.end && self.modifies_noun(title, after))
            || comma(after)
                && (after + 2..range.end.min(after + 16))
                    .find(|&c| comma(c))
                    .is_some_and(|c| self.is_speech_verb(c + 1))
            // ("Liam Fox derided the photo call, saying: …": the subject of a sentence whose
            // participle speaks.)
            // (Not over a speech verb of its own: "Mr Sullivan “made …,” he told the court,
            // saying …".)
            // (Also after an opening phrase: "The day before, at a rally, Mr. Trump was just
            // as blunt, claiming …".)
            || (opener == range.start
                || opener > range.start
                    && self.word(opener - 1) == ","
                    && self.tokens().get(after).is_some_and(|t| {
                        let w = self.doc.slice(t.span);
                        t.kind == TokenKind::Word
                            && w.starts_with(char::is_lowercase)
                            && (AUXILIARIES.contains(w) || !FUNCTION_WORDS.contains(w))
                    }))
                && !comma(after)
                && (after + 1..range.end.min(after + 12))
                    .take_while(|&c| !self.is_double_mark(c) && !self.is_speech_verb(c))
                    .any(|c| {
                        comma(c) && self.word(c + 1).ends_with("ing") && self.is_speech_verb(c + 1)
                    });
        // "Mr Blair has failed to tackle these problems, he claimed": the subject of a clause
        // a trailing attribution reports is not the one speaking, nor the subject of a clause
        // after "that" ("pointing out that the paper's Robert Costa had reported").
        let mut k = title;
        if k > range.start + 1 && self.tokens()[k - 1].kind == TokenKind::Possessive {
            k -= 2;
        }
        while k > range.start && matches!(self.lower(k - 1).as_str(), "the" | "a" | "an") {
            k -= 1;
        }
        let subordinate = k > range.start && self.lower(k - 1) == "that";
        // The attribution after the comma has its subject before the verb ("he claimed",
        // "the Tory leader said") or right after it ("said Mr Flynn"); ", argued that …"
        // closes an apposition, ", when a reporter asked …" is a clause of its own.
        let names_subject = |i: usize| {
            i < range.end
                && (self.word(i).starts_with(char::is_uppercase)
                    || matches!(
                        self.lower(i).as_str(),
                        "he" | "she" | "they" | "we" | "i" | "the" | "a" | "an" | "his" | "her"
                    ))
        };
        // (The comma may close a quote: "Mr Hale “made the decisions,” he told the court".)
        let reported = subordinate
            || !comma(after)
                && (after..range.end).any(|c| {
                    let mut w = c + 1;
                    while comma(c) && w < range.end && self.is_double_mark(w) {
                        w += 1;
                    }
                    comma(c)
                        && (w..range.end.min(w + 5))
                            .take_while(|&v| self.tokens()[v].kind != TokenKind::Punct)
                            .any(|v| {
                                self.is_speech_verb(v)
                                    && !self.word(v).ends_with("ing")
                                    && names_subject(if v == w { v + 1 } else { w })
                            })
                });
        object
            + if speaks && !subordinate {
                2.0
            } else if self.tokens().get(after).map(|t| t.kind) == Some(TokenKind::Possessive)
                || matches!(self.word(after), "'" | "’")
                    && self.tokens()[after].span.start == self.tokens()[after - 1].span.end
            {
                // "Rubio's response", "Jones' departure": a possessor is not the one acting.
                -0.5
            } else if reported {
                -0.5
            } else if opening == 0 || question || self.after_opening_phrase(start, title, after) {
                1.0
            } else {
                0.0
            }
    }

    /// `Speaking in court, Mr Ebbers rejected …`: whether the name from token `title` to
    /// `after` follows a short opening phrase of its sentence (from `start`) and its comma,
    /// and a verb follows the name: the sentence's subject.
    fn after_opening_phrase(&self, start: usize, title: usize, after: usize) -> bool {
        let verb = self.tokens().get(after).is_some_and(|t| {
            let w = self.doc.slice(t.span);
            t.kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && (AUXILIARIES.contains(&w.to_lowercase()) || !FUNCTION_WORDS.contains(w))
        });
        // (Not a description: "But individually, the Birchfield Harrier has yet to …".)
        verb && title > start + 1
            && title - start <= 9
            && !matches!(self.lower(title).as_str(), "the" | "a" | "an")
            && self.word(title - 1) == ","
            && (start..title - 1).all(|i| self.tokens()[i].kind != TokenKind::Punct)
    }

    /// Whether token `i` belongs to the words before a name that qualify it: a title, a
    /// title's modifier, a person noun, a playing position, "the", or a capitalized word
    /// ("the former Tory leader", "British actor", "Blackburn midfielder", "Mr").
    fn qualifies_name(&self, i: usize) -> bool {
        let l = self.lower(i);
        ROLES.get(&l).is_some()
            || TITLE_MODIFIERS.contains(&l)
            || PERSON_NOUNS.contains(&l)
            || POSITIONS.contains(&l)
            || l == "the"
            || self.word(i).starts_with(char::is_uppercase)
    }

    /// Whether a preposition governs the name starting at token `first`, titles and
    /// capitalized words aside ("of former campaign manager Barry Bennett").
    fn object_of_preposition(&self, first: usize) -> bool {
        self.preposition_before(first).is_some()
    }

    /// `attacked Powell`, `praised the Fed's Jerome Powell`: whether the name starting at
    /// token `first` (titles aside) follows a verb in the past tense, no speech verb.
    fn object_of_verb(&self, first: usize) -> bool {
        let k = self.before_qualifiers(first);
        k > 0
            && self.tokens()[k - 1].kind == TokenKind::Word
            && self.word(k - 1).starts_with(char::is_lowercase)
            && self.word(k - 1).ends_with("ed")
            && !self.is_speech_verb(k - 1)
            && !AUXILIARIES.contains(&self.lower(k - 1))
    }

    /// Whether a person named between bytes `from` and `to`, outside quotes, is the subject
    /// of a clause: not a possessor nor the object of a preposition.
    fn subject_named_between(&self, from: usize, to: usize) -> bool {
        self.mentions_between(from, to)
            .iter()
            .take_while(|(m, _, _)| m.end <= to)
            .any(|&(m, kind, _)| kind == EntityKind::Person && self.subject_weight(m) >= 0.0)
    }

    /// Whether the name starting at token `first` is the agent after "by", a few words that
    /// describe it aside ("was asked by Fox Business moderator Gerard Baker").
    fn agent_of_passive(&self, first: usize) -> bool {
        (first.saturating_sub(5)..first)
            .rev()
            .take_while(|&i| {
                self.tokens()[i].kind == TokenKind::Word
                    && (self.word(i) == "by" || !FUNCTION_WORDS.contains(self.word(i)))
            })
            .any(|i| self.word(i) == "by")
    }

    /// Where the words qualifying the name at token `first` open, up to four back: titles,
    /// capitalized words, a possessor's name and its "'s" ("to Arsenal's Robert Pires", "by
    /// Blackburn midfielder Aaron Mokoena").
    fn before_qualifiers(&self, first: usize) -> usize {
        let mut k = first;
        while k > 0
            && first - k < 4
            && (self.qualifies_name(k - 1) || self.tokens()[k - 1].kind == TokenKind::Possessive)
        {
            k -= 1;
        }
        k
    }

    /// The preposition governing the name starting at token `first`, titles and capitalized
    /// words aside.
    fn preposition_before(&self, first: usize) -> Option<&'static str> {
        let k = self.before_qualifiers(first);
        const PREPOSITIONS: [&str; 14] = [
            "of", "to", "with", "by", "from", "against", "for", "about", "on", "at", "than",
            "like", "after", "before",
        ];
        let word = self.lower(k.checked_sub(1)?);
        PREPOSITIONS.into_iter().find(|&p| p == word)
    }

    /// The role titles whose last word is `head`, with their holders (see `titles`).
    fn titles_headed(&self, head: &str) -> &[Title] {
        let titles = self.titles.get_or_init(|| {
            let mut titles: HashMap<String, Vec<Title>> = HashMap::new();
            for (idx, person) in self.entities.people.iter().enumerate() {
                for role in &person.roles {
                    let words: Vec<String> = role
                        .title
                        .to_lowercase()
                        .split_whitespace()
                        .map(str::to_string)
                        .collect();
                    if let Some(last) = words.last() {
                        titles.entry(last.clone()).or_default().push((idx, words));
                    }
                }
            }
            titles
        });
        titles.get(head).map_or(&[], Vec::as_slice)
    }

    fn paragraph_of(&self, pos: usize) -> usize {
        self.doc
            .sentence_at(pos)
            .map_or(0, |s| self.doc.sentences()[s].paragraph)
    }

    /// A person's gender from a title before a mention ("Mr", "Mrs") or the given name.
    fn gender(&self, kind: EntityKind, idx: usize) -> Option<Gender> {
        if kind != EntityKind::Person {
            return None;
        }
        self.genders
            .get(idx)
            .and_then(|g| *g.get_or_init(|| self.find_gender(idx)))
    }

    fn find_gender(&self, idx: usize) -> Option<Gender> {
        let e = &self.entities.people[idx];
        for m in &e.mentions {
            let i = self.token_from(m.span.start);
            let mut j = i;
            if j > 0 && self.word(j - 1) == "." {
                j -= 1;
            }
            if j > 0
                && let Some(male) = honorific_is_male(self.word(j - 1))
            {
                return Some(Gender::from_male(male));
            }
        }
        // A noun before a mention ("actress Jane Roe", "her husband, John Smith") or opening
        // an apposition after it ("Jane Roe, the daughter of …").
        // (Within the sentence: "… Big Brother ¶ Germaine Greer has …" tells nothing.)
        for m in &e.mentions {
            let range = self.sentence_tokens(m.span.start);
            let i = self.token_from(m.span.start);
            let before = if i > range.start + 1 && self.word(i - 1) == "," {
                Some(i - 2)
            } else {
                (i > range.start).then(|| i - 1)
            };
            let mut after = self.token_from(m.span.end);
            if self.word(after) == "," {
                after += 1;
                while after < self.tokens().len()
                    && matches!(
                        self.lower(after).as_str(),
                        "the" | "a" | "an" | "his" | "her"
                    )
                {
                    after += 1;
                }
            }
            if let Some(g) = before
                .into_iter()
                .chain((after < range.end).then_some(after))
                .find_map(|k| noun_gender(&self.lower(k)))
            {
                return Some(g);
            }
        }
        let first = e.name.split_whitespace().next()?;
        given_name_is_male(first)
            .map(Gender::from_male)
            .or_else(|| self.pronoun_gender(idx))
    }

    /// A person's gender from the pronouns of the sentences the person opens, when they are
    /// all of one gender ("Arjen Robben has broken two bones in his foot"), quotes aside.
    fn pronoun_gender(&self, idx: usize) -> Option<Gender> {
        let (mut male, mut female) = (0, 0);
        for m in &self.entities.people[idx].mentions {
            let range = self.sentence_tokens(m.span.start);
            let first = self.token_from(m.span.start);
            if (range.start..first).any(|k| !self.qualifies_name(k)) {
                continue;
            }
            for k in self.token_from(m.span.end)..range.end {
                if self.in_quote(self.tokens()[k].span) {
                    continue;
                }
                match gender_of_pronoun(&self.lower(k)) {
                    Some(Gender::Male) => male += 1,
                    Some(Gender::Female) => female += 1,
                    None => {}
                }
            }
        }
        match (male, female) {
            (1.., 0) => Some(Gender::Male),
            (0, 1..) => Some(Gender::Female),
            _ => None,
        }
    }

    /// A descriptive phrase: "a spokesperson", "the memo", "one former AI engineer". An
    /// organization noun ("the company") resolves to the organization named last; a title
    /// ("the chief executive") to the person holding it.
    fn phrase(&self, first: usize, end: usize) -> Option<Speaker> {
        if first >= end {
            return None;
        }
        // Trailing function words and a possessive are no part of a speaker ("the minister
        // to", "candidate Donald Trump’s").
        // ("one person familiar with the talks": the adjective that opens a source's
        // description goes with it.)
        let mut end = end;
        while end > first + 1
            && (FUNCTION_WORDS.contains(&self.lower(end - 1))
                || self.tokens()[end - 1].kind == TokenKind::Possessive
                || opens_source_description(&self.lower(end - 1)))
        {
            end -= 1;
        }
        let words: Vec<String> = (first..end).map(|i| self.lower(i)).collect();
        if words
            .iter()
            .all(|w| FUNCTION_WORDS.contains(w) && w != "one")
        {
            return None;
        }
        // A speaker is a noun phrase: not "in his statement only", not "was responsible".
        let starts_badly = matches!(
            words[0].as_str(),
            "in" | "on"
                | "against"
                | "calling"
                | "saying"
                | "warning"
                | "pledging"
                | "at"
                | "for"
                | "with"
                | "to"
                | "from"
                | "by"
                | "of"
                | "that"
                | "about"
                | "into"
                | "during"
                | "after"
                | "before"
                | "as"
                | "than"
                | "so"
                | "if"
        );
        let has_verb = words.iter().any(|w| AUXILIARIES.contains(w));
        // Nor a clause: "he returned he began", "wrote to her on Thursday".
        let clause = words.iter().enumerate().any(|(n, w)| {
            let bare = w.split(['\'', '’']).next().unwrap_or_default();
            matches!(bare, "he" | "she" | "they" | "we" | "i")
                || n == 0 && w.len() > 4 && w.ends_with("ing")
                || SPEECH_VERBS.get(w).is_some()
                    && (n > 0 && w.ends_with("ed")
                        || matches!(w.as_str(), "said" | "says" | "told" | "wrote"))
        }) || words.len() == 1
            && !crate::lexicon::is_english_word(&words[0])
            && words[0].len() <= 4
            // ("MPs", "MEPs": members, not an acronym.)
            && !words[0]
                .strip_suffix('s')
                .is_some_and(|member| MEMBER_TITLES.contains(member));
        if starts_badly || has_verb || clause {
            return None;
        }
        // "al-Shara told reporters": a surname with the Arabic article, alone in lower case
        // (no name the entities hold), is the one person whose name ends with it.
        if end == first + 1 {
            let word = self.word(first);
            if after_arabic_article(word).is_some_and(|rest| rest.starts_with(char::is_uppercase)) {
                let mut holders = self.entities.people.iter().enumerate().filter(|(_, p)| {
                    p.name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.eq_ignore_ascii_case(word))
                });
                if let (Some((idx, _)), None) = (holders.next(), holders.next()) {
                    let span = self.span(first, end);
                    return Some(self.speaker_for(EntityKind::Person, idx, span));
                }
            }
        }
        // "pollster Frank Luntz", "former Obama adviser David Axelrod": a person closing the
        // phrase is the speaker ("the Clinton campaign" is not Clinton).
        for s in (first..end).rev() {
            let span = self.span(s, end);
            if let Some((EntityKind::Person, idx)) = self.entities.at(span) {
                return Some(self.speaker_for(EntityKind::Person, idx, span));
            }
        }
        let span = self.span(first, end);
        let head = words.last().map_or("", String::as_str);
        // ("The feminist writer and broadcaster": two nouns of one person name no
        // organization.)
        let definite = words.first().is_some_and(|w| w == "the") && !words.contains(&"and".into());
        // "the ministry" → the organization named last whose name holds "Ministry", else the
        // organization named last.
        if definite
            && ORG_NOUNS.contains(head)
            && let Some((k, idx)) = self
                .last_named_where(EntityKind::Organization, span.start, |idx| {
                    self.entities.organizations[idx]
                        .name
                        .split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case(head))
                })
                .or_else(|| {
                    // "the newspaper", "the magazine": one called so, else a publication's
                    // name ("the Daily News"), never another body the article is about.
                    if MEDIA_NOUNS.contains(head) {
                        return self.organization_called(head, span.start).or_else(|| {
                            self.last_named_where(EntityKind::Organization, span.start, |idx| {
                                self.entities.organizations[idx]
                                    .name
                                    .rsplit(' ')
                                    .next()
                                    .is_some_and(|w| PUBLICATION_HEADS.contains(&w.to_lowercase()))
                            })
                        });
                    }
                    // The one called so ("US magazine Rolling Stone"), unless the article's
                    // subject, named more, is the one meant: "Rival local club Manchester
                    // City …" is not "the club" of a story on Manchester United.
                    let main = self.main_organization_before(span.start);
                    let mentions = |(_, idx): (EntityKind, usize)| {
                        self.entities.organizations[idx].mentions.len()
                    };
                    match (self.organization_called(head, span.start), main) {
                        (Some(called), Some(main)) if mentions(main) > mentions(called) => {
                            Some(main)
                        }
                        (called, main) => called.or(main),
                    }
                })
        {
            return Some(self.speaker_for(k, idx, span));
        }
        // "the chief executive", "the economy minister": the person holding that title (of
        // several, the one mentioned last), named before ("“…,” the newspaper quoted the
        // executive as saying. Chief executive Jean-Francois Theodore …" is someone else).
        if definite && words.len() >= 2 && ROLES.get(head).is_some() {
            let wanted = &words[1..];
            let named_before = |idx: usize| {
                self.last_mention(EntityKind::Person, idx, span.start)
                    .is_some()
            };
            // A title with the phrase's head (`all`: and all its words), and no lesser office
            // the phrase leaves out ("the prime minister" is not the deputy prime minister;
            // `exact`: no other word either).
            let titled = self.titles_headed(head);
            let holds = |idx: usize, all: bool, exact: bool| {
                titled
                    .iter()
                    .filter(|(i, _)| *i == idx)
                    .any(|(_, title_words)| {
                        (!all || wanted.iter().all(|w| title_words.contains(w)))
                            && title_words.iter().all(|t| {
                                !(exact || LESSER_OFFICES.contains(t))
                                    || wanted.iter().any(|w| w == t)
                            })
                    })
            };
            let mut titled_people: Vec<usize> = titled.iter().map(|(i, _)| *i).collect();
            titled_people.dedup();
            let holder = titled_people
                .iter()
                .copied()
                .filter(|&idx| holds(idx, true, false) && named_before(idx))
                .max_by_key(|&idx| {
                    (
                        self.last_mention(EntityKind::Person, idx, span.start),
                        std::cmp::Reverse(idx),
                    )
                })
                // "“…”, the economy minister said. “…,” said economy minister Heizo Takenaka":
                // the holder of just that title named next in the paragraph.
                .or_else(|| {
                    let here = self.paragraph_of(span.start);
                    titled_people
                        .iter()
                        .copied()
                        .filter(|&idx| holds(idx, true, true))
                        .filter_map(|idx| {
                            let next = self.entities.people[idx]
                                .mentions
                                .iter()
                                .map(|m| m.span.start)
                                .find(|&m| m >= span.end)?;
                            (self.paragraph_of(next) == here).then_some((next, idx))
                        })
                        .min()
                        .map(|(_, idx)| idx)
                });
            if let Some(idx) = holder {
                return Some(self.speaker_for(EntityKind::Person, idx, span));
            }
            // "the Easyjet founder": the only person holding a title with that head.
            let holders: Vec<usize> = titled_people
                .iter()
                .copied()
                .filter(|&idx| holds(idx, false, false) && named_before(idx))
                .collect();
            if let [idx] = holders[..] {
                return Some(self.speaker_for(EntityKind::Person, idx, span));
            }
        }
        // "the 36-year-old", "the 55-year-old Frenchman", "the Liverpool player", "the
        // defender": the person just named, as "he" would be (of the noun's gender), but with
        // the subject weighing more than the nearer name: "Kenteris … blamed his coach
        // Christos Tzekos … The 31-year-old insisted". (Not a noun for someone often left
        // unnamed, "the gunman", nor a title whose holder is not named, "the prime minister",
        // nor a nationality, which articles use to tell two players apart: "the American".)
        let described = || {
            (2..=5).contains(&words.len())
                && (words[1].ends_with("-year-old")
                    || POSITIONS.contains(head)
                    || PERSON_NOUNS.contains(head)
                        && !UNNAMED_NOUNS.contains(head)
                        && !KIN_NOUNS.contains(head))
        };
        if definite
            && described()
            && let Some(idx) = self.antecedent(span.start, described_gender(head), 0.5)
        {
            return Some(self.speaker_for(EntityKind::Person, idx, span));
        }
        // "the Dane": of a nationality, only the person the sentence before is about
        // ("Brentford boss Thomas Frank praised his players. “…,” said the Dane"), since
        // articles use nationalities to tell players apart.
        if definite
            && words.len() == 2
            && NATIONALITIES.contains(head)
            && !head.ends_with('s')
            && let Some(s) = self.doc.sentence_at(span.start)
            && s > 0
            && self.doc.sentences()[s - 1].paragraph + 1 >= self.paragraph_of(span.start)
            // (Not when its own sentence names someone: "When Lleyton Hewitt shook his hand
            // …, the Australian said".)
            && !self
                .mentions_between(self.doc.sentences()[s].span.start, span.start)
                .iter()
                .any(|(m, kind, _)| *kind == EntityKind::Person && !self.in_quote(*m))
        {
            let before = self.doc.sentences()[s - 1].span;
            if let Some(&(_, _, idx)) =
                self.mentions_between(before.start, before.end)
                    .iter()
                    .find(|(m, kind, _)| {
                        *kind == EntityKind::Person
                            && !self.in_quote(*m)
                            && self.subject_weight(*m) >= 1.0
                    })
            {
                return Some(self.speaker_for(EntityKind::Person, idx, span));
            }
        }
        // "her daughter said": the one person introduced so before ("Her daughter, Ruth
        // Ellison-Park, said …").
        if words.len() == 2
            && matches!(words[0].as_str(), "his" | "her" | "their")
            && KIN_NOUNS.contains(head)
        {
            let introduced = |idx: usize| {
                self.entities.people[idx].mentions.iter().any(|m| {
                    let first = self.token_from(m.span.start);
                    m.span.end <= span.start
                        && first > 0
                        && (self.lower(first - 1) == head
                            || first > 1
                                && self.word(first - 1) == ","
                                && self.lower(first - 2) == head)
                })
            };
            let kin: Vec<usize> = (0..self.entities.people.len())
                .filter(|&idx| introduced(idx))
                .collect();
            if let [idx] = kin[..] {
                return Some(self.speaker_for(EntityKind::Person, idx, span));
            }
        }
        Some(Speaker {
            name: self.doc.slice(span).to_string(),
            span,
            person: None,
            organization: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities;

    /// Expected quotes as `text|kind|speaker` (speaker empty when none).
    #[track_caller]
    fn check(passage: &str, expected: &[&str]) {
        let got = found(passage);
        assert_eq!(got, expected, "in {passage:?}");
    }

    fn found(passage: &str) -> Vec<String> {
        let doc = Document::parse(passage);
        let e = entities(&doc);
        quotes(&doc, &e)
            .iter()
            .map(|q| {
                format!(
                    "{}|{}|{}",
                    doc.slice(q.span),
                    q.kind.as_str(),
                    q.speaker.as_ref().map_or("", |s| s.name.as_str())
                )
            })
            .collect()
    }

    /// Checks every case and reports all the mismatches at once.
    #[track_caller]
    fn check_all(cases: &[(&str, &[&str])]) {
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|(passage, expected)| {
                let got = found(passage);
                (got != *expected)
                    .then(|| format!("{passage:?}\n  got      {got:?}\n  expected {expected:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn attribution_orders() {
        let cases: &[(&str, &[&str])] = &[
            // Some papers capitalize the brand's verb.
            (
                "“Not us but can’t argue with it!” Mike Murphy, the head of Right to Rise USA, \
                 Tweeted on Friday.",
                &["Not us but can’t argue with it!|full|Mike Murphy"],
            ),
            // A label in parentheses before an auxiliary.
            (
                "Reform efforts are “sustained and deep” now, the International Monetary Fund \
                 (IMF) has said.",
                &["sustained and deep|partial|International Monetary Fund"],
            ),
            // "remarks": a verb after a pronoun, a noun after an adjective and a verb.
            (
                "Yuji Shimizu plays golf. “I think the food has improved,” he remarks. Roe was \
                 fined after making racist remarks.",
                &["I think the food has improved,|full|Yuji Shimizu"],
            ),
            (
                "“I am not guilty,” Luis Aragones said. “I'm not a racist.” He was fined on \
                 Tuesday after making racist remarks.",
                &[
                    "I am not guilty,|full|Luis Aragones",
                    "I'm not a racist.|full|Luis Aragones",
                ],
            ),
            (
                "“We are hiring,” said Jane Roe.",
                &["We are hiring,|full|Jane Roe"],
            ),
            (
                "“We are hiring,” Jane Roe said.",
                &["We are hiring,|full|Jane Roe"],
            ),
            (
                "Jane Roe said: “We are hiring again.”",
                &["We are hiring again.|full|Jane Roe"],
            ),
            (
                "Jane Roe said, “We are hiring again.”",
                &["We are hiring again.|full|Jane Roe"],
            ),
            (
                "“We are hiring again” — Jane Roe",
                &["We are hiring again|full|Jane Roe"],
            ),
            // A quote set between dashes is the clause before's; the subject after it
            // speaks for its own verb.
            (
                "And although Tom Lee lamented her tendency to slip - “does she have to keep \
                 giving them ammunition?” - voters in Iowa who watched the debate said she won.",
                &["does she have to keep giving them ammunition?|partial|Tom Lee"],
            ),
            (
                "“Demand is very strong,” Tom Lee told Reuters.",
                &["Demand is very strong,|full|Tom Lee"],
            ),
            (
                "“Demand is very strong,” according to Tom Lee.",
                &["Demand is very strong,|full|Tom Lee"],
            ),
            // A phrase of time between the speaker and the verb.
            (
                "Nina Fox spoke. Ms Fox last week said the board had reached “a common view \
                 on pay”.",
                &["a common view on pay|partial|Nina Fox"],
            ),
            (
                "Nina Fox spoke. Ms Fox on Monday told staff: “The plan stands.”",
                &["The plan stands.|full|Nina Fox"],
            ),
            (
                "According to Tom Lee, the outlook is “better than expected.”",
                &["better than expected.|partial|Tom Lee"],
            ),
            (
                "“Costs will fall this year,” Ana Ruiz wrote in a memo.",
                &["Costs will fall this year,|full|Ana Ruiz"],
            ),
            (
                "“Costs will fall this year,” Ana Ruiz added.",
                &["Costs will fall this year,|full|Ana Ruiz"],
            ),
            (
                "“Nothing has been decided yet,” Ana Ruiz, who asked not to be named, said.",
                &["Nothing has been decided yet,|full|Ana Ruiz"],
            ),
            (
                "Liam Neeson, who starred in Schindler’s List, Michael Collins and Star Wars, \
                 said: “The Lyric is too important to lose.”",
                &["The Lyric is too important to lose.|full|Liam Neeson"],
            ),
            (
                "“Nothing has been decided yet,” Ana Ruiz, 54, said.",
                &["Nothing has been decided yet,|full|Ana Ruiz"],
            ),
            (
                "Ana Ruiz was quoted as saying: “Nothing is decided.”",
                &["Nothing is decided.|full|Ana Ruiz"],
            ),
            (
                "Ana Ruiz said in a statement: “We will appeal the ruling.”",
                &["We will appeal the ruling.|full|Ana Ruiz"],
            ),
            (
                "“We will appeal the ruling,” Ana Ruiz said in a statement.",
                &["We will appeal the ruling,|full|Ana Ruiz"],
            ),
            (
                "“Prices will rise,” warned Ana Ruiz.",
                &["Prices will rise,|full|Ana Ruiz"],
            ),
            (
                "“Prices will rise,” Ana Ruiz insisted.",
                &["Prices will rise,|full|Ana Ruiz"],
            ),
            (
                "“Why now of all times?” Ana Ruiz asked.",
                &["Why now of all times?|full|Ana Ruiz"],
            ),
            (
                "“It is over for us,” Ana Ruiz tweeted.",
                &["It is over for us,|full|Ana Ruiz"],
            ),
            (
                "“It is over for us,” Ana Ruiz acknowledged on Friday.",
                &["It is over for us,|full|Ana Ruiz"],
            ),
            (
                "“It was a mistake,” recalled Ana Ruiz.",
                &["It was a mistake,|full|Ana Ruiz"],
            ),
            (
                "“It was a mistake,” Ana Ruiz testified.",
                &["It was a mistake,|full|Ana Ruiz"],
            ),
            (
                "“Not bad for a Monday,” quipped Ana Ruiz.",
                &["Not bad for a Monday,|full|Ana Ruiz"],
            ),
            (
                "“It was a long year,” sighed Ana Ruiz.",
                &["It was a long year,|full|Ana Ruiz"],
            ),
            (
                "“It was a long year,” Ana Ruiz explained.",
                &["It was a long year,|full|Ana Ruiz"],
            ),
            // Speech phrases of more than one word.
            (
                "“Banks will not lend to us,” Omar Hadi points out.",
                &["Banks will not lend to us,|full|Omar Hadi"],
            ),
            (
                "“Banks will not lend to us,” Omar Hadi went on.",
                &["Banks will not lend to us,|full|Omar Hadi"],
            ),
            (
                "“That is simply untrue,” shot back Omar Hadi.",
                &["That is simply untrue,|full|Omar Hadi"],
            ),
            (
                "“Banks will not lend.” Omar Hadi points out. “We have no choice.”",
                &[
                    "Banks will not lend.|full|Omar Hadi",
                    "We have no choice.|full|Omar Hadi",
                ],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn cues_are_the_whole_verb_or_phrase() {
        for (passage, cue) in [
            ("“We are hiring,” said Jane Roe.", "said"),
            ("“We are hiring,” according to Jane Roe.", "according to"),
            ("“Banks will not lend,” Omar Hadi points out.", "points out"),
            (
                "Omar Hadi summed up: “We have no choice at all.”",
                "summed up",
            ),
            ("“That is untrue,” shot back Omar Hadi.", "shot back"),
            // A lawmaker's party and state, then a clause, between the name and the verb.
            (
                "Rep. Tom Hale, R-Ark., who chairs the committee, said in an interview that \
                 the merger “deserves a fair hearing.”",
                "said",
            ),
            // A verb denied says nothing; the one before it does.
            (
                "OpenAI spokeswoman Kayla Wood said the company does not comment on “rumors \
                 and speculation.”",
                "said",
            ),
            // A title's own "-ing" word before the name.
            (
                "“The defendants concealed the scheme,” Acting U.S. Attorney Breon Peace said in \
                 a statement.",
                "said",
            ),
            // A participle whose subject is a person after a place and a title.
            (
                "U.S. District Judge Adrienne Nelson granted the request, writing that the \
                 combination “may substantially lessen competition” in the business.",
                "writing",
            ),
            // Present tenses of the verbs ("confessed", "quipped") are cues too.
            ("“Give the plant one more year,” Tom Lee pleads.", "pleads"),
            // A verb that is as often a noun: not "state" before a title, but "reports" after
            // its subject.
            (
                "“The boundaries did not match,” state prosecutor Ana Ortiz told Reuters.",
                "told",
            ),
            (
                "“The works council has concerns,” the Reuters news agency reports.",
                "reports",
            ),
            (
                "The coach went on to claim that “only one side was refereed”.",
                "went on to claim",
            ),
            (
                "Asked about ping pong she confesses: “I am not very good.”",
                "confesses",
            ),
            ("“Not bad for a pensioner,” Omar Hadi quips.", "quips"),
        ] {
            let doc = Document::parse(passage);
            let e = entities(&doc);
            let got: Vec<&str> = quotes(&doc, &e)
                .iter()
                .map(|q| q.cue.map_or("", |c| doc.slice(c)))
                .collect();
            assert_eq!(got, [cue], "in {passage:?}");
        }
    }

    #[test]
    fn descriptive_speakers() {
        let cases: &[(&str, &[&str])] = &[
            // A past tense after a hyphenated word is the verb: "the 36-year-old said"; the
            // person of that age is the one just named, as "he" would be (of the noun's
            // gender: "the 55-year-old Frenchman"), else the phrase stays.
            (
                "Marc Dessaux now plays in Qatar. “Mentally they are much stronger now,” the \
                 36-year-old said.",
                &["Mentally they are much stronger now,|full|Marc Dessaux"],
            ),
            (
                "Arsenal manager Arsene Vaillant met Ann Pike. The 55-year-old Frenchman told \
                 the club's website: “I love this club.”",
                &["I love this club.|full|Arsene Vaillant"],
            ),
            (
                "“I will be back next year,” the 28-year-old said after the race.",
                &["I will be back next year,|full|the 28-year-old"],
            ),
            // Two nouns under one article, the subject of a participle.
            (
                "Reuters cut its debt. The news and financial data seller said the year began \
                 well, adding it expected “further gradual improvement” in the spring.",
                &["further gradual improvement|partial|The news and financial data seller"],
            ),
            // So is the person described by what they play or do ("the Liverpool player",
            // "the defender"), not one the article may leave unnamed ("the gunman"), a
            // title's holder not named ("the prime minister") or a nationality ("the
            // American", which may tell two players apart).
            (
                "Lindsay Dane beat Mia Holt on Sunday. Reacting to a comment by chairman Tom \
                 Pike, the defender said: “It is insulting.” “She was better,” the American \
                 said.",
                &[
                    "It is insulting.|full|Lindsay Dane",
                    "She was better,|full|the American",
                ],
            ),
            (
                "Steve Finnan starred against France. “We can win the group,” the Liverpool \
                 player said.",
                &["We can win the group,|full|Steve Finnan"],
            ),
            (
                "Police named the victim as John Hale. “I had no choice,” the gunman told the \
                 court. Tom Lee spoke next. “We will act,” the prime minister said.",
                &[
                    "I had no choice,|full|the gunman",
                    "We will act,|full|the prime minister",
                ],
            ),
            // A place after "in" or "at" does not speak; an apposition whose closing comma
            // is left out speaks for the person before its comma.
            (
                "Dr Erel Avinor, of the Centre for Transport at the University of Wessex in \
                 Bristol said: “The devices do not meet the needs of older people.”",
                &["The devices do not meet the needs of older people.|full|Erel Avinor"],
            ),
            // A name alone after a quote ending in a comma (the verb left out), even a
            // surname that is an honorific too; not a byline after a closed quote.
            (
                "Analyst Simon Champion likes the stock.\n\nCarnival's shares barely moved. \
                 “Carnival has a strong track record,” Mr Champion.",
                &["Carnival has a strong track record,|full|Simon Champion"],
            ),
            (
                "Mr Rajoy spoke on Monday. He insisted his party was “still the top force in \
                 Spain.”--Kim Hjelmar.",
                &["still the top force in Spain.|partial|Rajoy"],
            ),
            // An acronym in parentheses before a relative clause is stepped over too.
            (
                "A spokesman for the Kestrel Forum on Trade (KFT), which is meeting this week in \
                 Geneva, told the BBC: “The divide is very real and needs to be addressed.”",
                &["The divide is very real and needs to be addressed.|full|A spokesman"],
            ),
            // A report named after its author speaks as the report ("report" is a noun here).
            (
                "Anna Varga led the review. “The plan tries to do everything and so does \
                 nothing,” the Varga report said.",
                &["The plan tries to do everything and so does nothing,|full|the Varga report"],
            ),
            // An apposition whose closing comma is missing.
            (
                "“Growth will stay fragile for now,” Emil Ferro, from Dunmore Capital told \
                 Reuters.",
                &["Growth will stay fragile for now,|full|Emil Ferro"],
            ),
            // Members in the plural speak ("MPs", "MEPs"), not as an acronym.
            (
                "“We will never accept these plans,” MPs said.",
                &["We will never accept these plans,|full|MPs"],
            ),
            // An attribution closing the sentence after a comma speaks for the quote inside it.
            (
                "“Irreversible environmental damage” will be caused by plans to build a \
                 million homes in the south-east, MPs have warned.",
                &["Irreversible environmental damage|partial|MPs"],
            ),
            // Two nouns joined by "and" under one article are one speaker.
            (
                "During the debate, the Labour peer and former minister said: “The monarchy \
                 should symbolise the values of this country.”",
                &[
                    "The monarchy should symbolise the values of this country.|full|the Labour \
                     peer and former minister",
                ],
            ),
            (
                "“At the moment, the biggest factor is to be number one,” the world 200m and \
                 400m record holder told Five Live.",
                &[
                    "At the moment, the biggest factor is to be number one,|full|the world 200m \
                     and 400m record holder",
                ],
            ),
            // A place listed with another after "for" closes the phrase too.
            (
                "The MP for Kestrelbourne and Sheppington said Tony Blair had been “trying \
                 very hard indeed”.",
                &["trying very hard indeed|partial|The MP for Kestrelbourne and Sheppington"],
            ),
            // Such a phrase names no organization; "time and again" joins no nouns.
            (
                "Kestrel TV airs the show. The feminist writer and broadcaster said the show \
                 had behaved “like a child rather than a parent”.",
                &["like a child rather than a parent|partial|The feminist writer and broadcaster"],
            ),
            (
                "Under the slogan “Britain is working for all”, the prime minister time and \
                 again insisted the future was bright.",
                &["Britain is working for all|partial|"],
            ),
            // A title, then its holder between commas, a member's title after the name.
            (
                "Scottish Finance Minister, Tom McCalla MSP, said: “We announced an additional \
                 £419m last week.”",
                &["We announced an additional £419m last week.|full|Tom McCalla"],
            ),
            // A role and a described organization between the name and the verb, with or
            // without the apposition's commas.
            (
                "“HD support is mandatory,” Dr Mark Tuffin games systems director at digital \
                 content firm Thaxo told the BBC News website.",
                &["HD support is mandatory,|full|Mark Tuffin"],
            ),
            (
                "“HD support is mandatory,” Dr Mark Tuffin, games systems director at Thaxo \
                 told the BBC News website.",
                &["HD support is mandatory,|full|Mark Tuffin"],
            ),
            // The organization's owner before it; two appositions; "told" takes its listener
            // after it, never its speaker.
            (
                "“We have a much greater need for storage,” Richard Doherr, from Kestrel's \
                 Hollywood Laboratories, one of the pioneers of Blu-ray, told the BBC news \
                 website.",
                &["We have a much greater need for storage,|full|Richard Doherr"],
            ),
            (
                "“This will suddenly decrease,” shop owner Hayri Evrenel, told Associated \
                 Press.",
                &["This will suddenly decrease,|full|Hayri Evrenel"],
            ),
            (
                "“Yes, he should apologise,” Mr Blair said. “Let's just apologise and move on.” \
                 Tory leader Michael Howard, asked about the remark by reporters, said it was \
                 important to be mindful.",
                &[
                    "Yes, he should apologise,|full|Blair",
                    "Let's just apologise and move on.|full|Blair",
                ],
            ),
            // The holder between commas may name his country after "of".
            (
                "But the chairman of the working party, Ambassador Stefan Johannsen of Iceland, \
                 warned that there was “still a lot of work to be done”.",
                &["still a lot of work to be done|partial|Stefan Johannsen"],
            ),
            // A title phrase naming an organization after the verb, then its holder.
            (
                "“This picture was the story,” said De Telegraaf's image editor, Peter \
                 Schoonen.",
                &["This picture was the story,|full|Peter Schoonen"],
            ),
            (
                "“There are no technical reasons,” said RNID technology director, Guido \
                 Gybels.",
                &["There are no technical reasons,|full|Guido Gybels"],
            ),
            // "sporting director", "marketing director": a title, not a participle.
            (
                "Atletico Madrid signed the winger. “We will meet with the player,” said \
                 Atletico sporting director Toni Munar.",
                &["We will meet with the player,|full|Toni Munar"],
            ),
            // A role phrase of plain words between the person and the verb.
            (
                "“This area does look very strong,” Dr Mike Wattis head of exploration said.",
                &["This area does look very strong,|full|Mike Wattis"],
            ),
            (
                "Christoph Caselius, president of the mobile networks division at the firm \
                 says that: “By 2015 the need for capacity will have grown.”",
                &["By 2015 the need for capacity will have grown.|full|Christoph Caselius"],
            ),
            // The organization a person speaks for, set after the name with no "of" and
            // no closing comma; not a name that opens a sentence before its clause.
            (
                "Colin Aspden, Fylde Hotel Association said: “We have tried very hard.”",
                &["We have tried very hard.|full|Colin Aspden"],
            ),
            (
                "Like Colin Aspden, the Fylde Hotel Association said: “We have tried very \
                 hard.”",
                &["We have tried very hard.|full|Fylde Hotel Association"],
            ),
            // A title, then its holder between commas ("controller" is a title).
            (
                "The station's controller, Ann Mabry, said: “We will keep the late show.”",
                &["We will keep the late show.|full|Ann Mabry"],
            ),
            // The holder of a title over a place is the title, not the place.
            (
                "The Archbishop of Ravensmoor said: “I am delighted for them both today.”",
                &["I am delighted for them both today.|full|The Archbishop of Ravensmoor"],
            ),
            // A surname ending in "-ly" is no adverb before the verb.
            (
                "Radio host Tom Kelly said the mayor would be “watching the budget very \
                 closely” this year.",
                &["watching the budget very closely|partial|Tom Kelly"],
            ),
            (
                "Health Secretary Anne Connolly said the plan would “put patients first” \
                 again.",
                &["put patients first|partial|Anne Connolly"],
            ),
            // An adverb between the subject and the verb is no part of the speaker.
            (
                "Mr Hartley meanwhile told the BBC: “I will not stand down.”",
                &["I will not stand down.|full|Hartley"],
            ),
            (
                "Striker Tom Hendry scored twice. And Hendry afterwards described the display \
                 as “beautiful to watch for us”.",
                &["beautiful to watch for us|partial|Tom Hendry"],
            ),
            (
                "Ms Hale has since told friends she felt “let down by the whole party”.",
                &["let down by the whole party|partial|Hale"],
            ),
            (
                "The minister repeatedly refused, saying: “We will not reopen the deal.”",
                &["We will not reopen the deal.|full|The minister"],
            ),
            // An apposition left open before the verb: the person before its comma.
            (
                "Brent Harlow, PTC president and conservative activist said: “Cable is selling \
                 raunch to kids.”",
                &["Cable is selling raunch to kids.|full|Brent Harlow"],
            ),
            // A place after "of" or "for" belongs to the person or phrase before it.
            (
                "Lord Nicholls of Birkenhead, in his ruling, said: “Indefinite imprisonment \
                 is anathema here.”",
                &["Indefinite imprisonment is anathema here.|full|Nicholls"],
            ),
            (
                "“What sort of model does it give to the nation?” the Labour MP for \
                 Birkenhead asked.",
                &[
                    "What sort of model does it give to the nation?|full|the Labour MP for \
                     Birkenhead",
                ],
            ),
            // A title phrase, then the person holding it between commas.
            (
                "The chairman of the Cardiff Trust, the Reverend Peter Smith, told the BBC \
                 that the trust wanted people to “reflect on issues in light of the gospel”.",
                &["reflect on issues in light of the gospel|partial|Peter Smith"],
            ),
            (
                "The Shadow Secretary of State for Transport, Ann Cole, said: “These plans \
                 were announced a year ago.”",
                &["These plans were announced a year ago.|full|Ann Cole"],
            ),
            (
                "The co-chairman of the Green Party, Mark Dale, said: “The budget is a failure \
                 of historic size.”",
                &["The budget is a failure of historic size.|full|Mark Dale"],
            ),
            (
                "The co-chairman of the Green Party, Mark Dale, on Sunday called the budget \
                 “a failure of historic size”.",
                &["a failure of historic size|partial|Mark Dale"],
            ),
            (
                "“It will be a tragedy for schools,” said the chairman of the Commons \
                 education select committee, Labour MP Barry Hollis.",
                &["It will be a tragedy for schools,|full|Barry Hollis"],
            ),
            // A name that qualifies the noun after it is part of the phrase.
            (
                "“It was great play from Damien,” said the Tottenham striker.",
                &["It was great play from Damien,|full|the Tottenham striker"],
            ),
            (
                "“Sales will rise again,” said the Tesco spokesman.",
                &["Sales will rise again,|full|the Tesco spokesman"],
            ),
            (
                "“Sales will rise again,” said Tesco in a statement.",
                &["Sales will rise again,|full|Tesco"],
            ),
            (
                "“Sales will rise again,” said the BBC.",
                &["Sales will rise again,|full|BBC"],
            ),
            (
                "“Everyone knew it was coming,” said one former AI engineer who requested anonymity.",
                &["Everyone knew it was coming,|full|one former AI engineer"],
            ),
            // A rank's number is no determiner.
            (
                "Price dropped three strokes. “Ernie was too good,” the former world number one \
                 told reporters.",
                &["Ernie was too good,|full|the former world number one"],
            ),
            // Before the verb too, the relative clause's object is no speaker.
            (
                "One Labour MP who signed the amendment said: “This is not what we came into \
                 politics to do.”",
                &["This is not what we came into politics to do.|full|One Labour MP"],
            ),
            (
                "A voter who backed Donald Trump in 2016 told the paper: “I am done with him.”",
                &["I am done with him.|full|A voter"],
            ),
            (
                "“We’re still hiring aggressively,” a spokesperson said.",
                &["We’re still hiring aggressively,|full|a spokesperson"],
            ),
            (
                "“We can operate with smaller teams,” the memo read.",
                &["We can operate with smaller teams,|full|the memo"],
            ),
            (
                "Its critics call it “a slow-motion disaster for savers.”",
                &["a slow-motion disaster for savers.|partial|Its critics"],
            ),
            (
                "Areas that insiders describe as “foundational but non-core” were cut.",
                &["foundational but non-core|partial|insiders"],
            ),
            (
                "“The deal is done,” a senior official said.",
                &["The deal is done,|full|a senior official"],
            ),
            // (A source's description after the noun goes with what follows it.)
            (
                "“The deal is done,” said a person familiar with the talks.",
                &["The deal is done,|full|a person"],
            ),
            (
                "“Rates will stay high,” analysts at the bank wrote.",
                &["Rates will stay high,|full|analysts"],
            ),
            (
                "“Rates will stay high,” two traders said.",
                &["Rates will stay high,|full|two traders"],
            ),
            (
                "“This is a setback for everyone,” one investor said.",
                &["This is a setback for everyone,|full|one investor"],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn pronouns_titles_and_organizations() {
        let cases: &[(&str, &[&str])] = &[
            // A description, then the body it is between commas: the body speaks.
            (
                "Nigeria's secret police, the Department of State Services, said Emefiele was \
                 “now in its custody for some investigative reasons.” “We are disappointed,” \
                 the regulator, the Financial Conduct Authority, said.",
                &[
                    "now in its custody for some investigative reasons.|partial|Department of \
                     State Services",
                    "We are disappointed,|full|Financial Conduct Authority",
                ],
            ),
            // A surname with the Arabic article, in lower case, is the person so named.
            (
                "Syrian Foreign Minister Farouq al-Shara spoke in Damascus. “The ball is in the \
                 Israeli court,” al-Shara told reporters.",
                &["The ball is in the Israeli court,|full|Farouq al-Shara"],
            ),
            // "the Dane" is the subject of the sentence before.
            (
                "Brentford boss Thomas Frank praised his players. “It's a massive win for us,” \
                 said the Dane.",
                &["It's a massive win for us,|full|Thomas Frank"],
            ),
            (
                "Roger Federer won again. When Lleyton Hewitt shook his hand, the Australian \
                 said: “You're the best.”",
                &["You're the best.|full|the Australian"],
            ),
            // "they" after a sentence opening with people in the plural: those people.
            (
                "His parents, the law professors Joseph Bankman and Barbara Fried, sat in the \
                 second row. In a statement, they said they would “continue to fight for our \
                 son.”",
                &["continue to fight for our son.|partial|His parents"],
            ),
            (
                "Professors Nancy Foner and Richard Alba wrote the study for the European \
                 Union. In an interview, they said claims “based on religion have much less \
                 acceptance” in Europe.",
                &[
                    "based on religion have much less acceptance|partial|Professors Nancy Foner \
                     and Richard Alba",
                ],
            ),
            // "her daughter" is the one introduced so.
            (
                "Dr. Ann Ellis died on Tuesday. Her daughter, Ruth Park, said the cause was \
                 pneumonia. “She never stopped working,” her daughter said.",
                &["She never stopped working,|full|Ruth Park"],
            ),
            // The object of a verb is not who "he" means; the subject is.
            (
                "Fed Chair Jerome Powell spoke on Wednesday. President Donald Trump attacked \
                 Powell on social media. “He is costing our country a fortune,” he wrote.",
                &["He is costing our country a fortune,|full|Donald Trump"],
            ),
            (
                "“I never meant harm,” Ms Rowe said. The airline later sent Jane Lee a letter. \
                 Of the ten images, only one showed Ms Rowe's badge. “They did not tell me \
                 which,” she said.",
                &[
                    "I never meant harm,|full|Rowe",
                    "They did not tell me which,|full|Rowe",
                ],
            ),
            // A described person who speaks after a quote opening the sentence is who "she"
            // means next: "“…,” a spokeswoman said. She added …".
            (
                "Dee Vance and John Vaughan hosted the show. “There are no plans for another \
                 series,” a spokeswoman said. She added the pair “brought a real warmth to \
                 Saturday night, but we felt we had done enough.”",
                &[
                    "There are no plans for another series,|full|a spokeswoman",
                    "brought a real warmth to Saturday night, but we felt we had done \
                     enough.|partial|a spokeswoman",
                ],
            ),
            // A described person opening the sentence before a comma and a relative clause
            // is who "he" means next, not the man named before.
            (
                "Tom Alvarez wrote a memo. “I understand,” he wrote.\n\nOne captain, who \
                 asked not to be named, said: “It is not just about money.”\n\nHe added: \
                 “Nobody wants a strike.”",
                &[
                    "I understand,|full|Tom Alvarez",
                    "It is not just about money.|full|One captain",
                    "Nobody wants a strike.|full|One captain",
                ],
            ),
            // Nor is the photographer of a picture's credit line.
            (
                "Comedian Peter Sorensky dubbed the clip.\n\nMark Olden via Getty Images.\n\n\
                 “What if he had lessons?” the 43-year-old asked. “It works,” he added.",
                &[
                    "What if he had lessons?|full|Peter Sorensky",
                    "It works,|full|Peter Sorensky",
                ],
            ),
            // The reporter of a byline is no one the body's pronouns mean.
            (
                "Port Strike Enters Third Week\n\nBy Jane Whitaker\n\nThe transport minister \
                 resigned on Monday. “It is over for me,” she said.",
                &["It is over for me,|full|she"],
            ),
            // A possessor and a noun for something said, as the subject: the possessor's.
            (
                "Tom Hale spoke next. His response was blunt: “We will not pay a penny more.”",
                &["We will not pay a penny more.|full|Tom Hale"],
            ),
            (
                "Senator Ann Pike of Ohio spoke next. Ms Pike's answer was that “the family \
                 comes before the market,” so the state should help.",
                &["the family comes before the market,|partial|Ann Pike"],
            ),
            // "The newspaper" is a publication's name, not the body the article is about.
            (
                "The Daily Tribune ran an editorial on the Farmers Union. The Farmers Union \
                 rejected it. According to the newspaper, “the rules are far too weak to \
                 work.”",
                &["the rules are far too weak to work.|partial|Daily Tribune"],
            ),
            (
                "The list in Gadget Monthly includes the Sony Walkman at number three. “We \
                 only chose items that could be carried,” the magazine said.",
                &["We only chose items that could be carried,|full|the magazine"],
            ),
            // A name opening the reported words before "he told" is not "he".
            (
                "Bernard Ebbers rejected claims he pressured finance chief Tom Hale. Mr Hale \
                 “made the accounting decisions,” he told the court.",
                &["made the accounting decisions,|partial|Bernard Ebbers"],
            ),
            // A name that qualifies a noun after "said" is no speaker: "said the Tramp
            // campaign …".
            (
                "Don Tramp spoke in Iowa. Steve Adler, the firm's owner, said the Tramp \
                 campaign has yet to follow up, though he contended the firm's services \
                 “would be the perfect system for him.”",
                &["would be the perfect system for him.|partial|Steve Adler"],
            ),
            // The subject of a sentence whose participle speaks ranks as a speaker.
            (
                "Ben Marr promised a campaign “which is upbeat and confident about the \
                 future”.\n\nTory chairman Lee Fox derided the photo call, saying: “The show \
                 of unity was the worst acting I have seen.” Labour had raised taxes 66 times, \
                 he said. “They have broken every promise.”",
                &[
                    "which is upbeat and confident about the future|partial|Ben Marr",
                    "The show of unity was the worst acting I have seen.|full|Lee Fox",
                    "They have broken every promise.|full|Lee Fox",
                ],
            ),
            (
                "Ben Carlson and Don Tramp spoke. “It is a suspension of intellect,” Mr. \
                 Carlson declared Sunday. The day before, at a rally in Austin, Tex., Mr. Tramp \
                 was just as blunt, claiming the plan was reckless. “You'd have to be insane,” \
                 he said.",
                &[
                    "It is a suspension of intellect,|full|Ben Carlson",
                    "You'd have to be insane,|full|Don Tramp",
                ],
            ),
            // The subject after a short opening phrase ranks as a subject.
            (
                "Liberal spokesman Vince Cole and the chancellor, Gordon Brand, clashed. Mr \
                 Cole said taxes would rise. In Tuesday's budget, Mr Brand raised the child \
                 credit. Defending the plans, he told listeners: “We will take no risks with \
                 the economy.”",
                &["We will take no risks with the economy.|full|Gordon Brand"],
            ),
            // A possessor in "s'" and the object of "after" rank below the subject.
            (
                "Glenn Hoddell is the new manager after Dave Jonas was sacked.\n\nRick Hayes \
                 revealed that Hoddell was approached after Jonas' departure. “He was not \
                 available at the time,” he explained.",
                &["He was not available at the time,|full|Rick Hayes"],
            ),
            // Letters after a name ("QC", "MP") leave it the subject and the speaker.
            (
                "Lord Wolfe spoke first. Director of Public Prosecutions, Ken Macdonell QC, who \
                 sits on the council, said the rule was set by parliament.\n\n“It increases \
                 the chances of convicting the guilty,” he said.",
                &["It increases the chances of convicting the guilty,|full|Ken Macdonell"],
            ),
            (
                "In the Commons, Tory frontbencher Andrew Tyrell MP demanded a statement about \
                 how the plans had been “leaked to the evening papers”.",
                &["leaked to the evening papers|partial|Andrew Tyrell"],
            ),
            // A described speaker before "he said", its verb after a relative clause; not
            // when the sentence names the person after all.
            (
                "A spokesman for the Kestrel Casino Association, which represents the UK \
                 industry, said the plan was unfair. “The UK industry is respected,” he said.",
                &["The UK industry is respected,|full|Kestrel Casino Association"],
            ),
            (
                "A spokesman for US Immigration, Customs and Enforcement, Dean Boyle, said it \
                 was not about money. He told the BBC: “They wanted notoriety above all.”",
                &["They wanted notoriety above all.|full|Dean Boyle"],
            ),
            // A name closing an apposition before its speech verb is the subject.
            (
                "Kevin Dolan said he would stand.\n\nHead of genetics at the institute, \
                 Professor Alan Lovell-Barr, said he had seen the confusion in the US. He said: \
                 “We will end up with a similarly confused system here.”",
                &["We will end up with a similarly confused system here.|full|Alan Lovell-Barr"],
            ),
            // A gendered noun ending the sentence before a name tells nothing of its gender.
            (
                "Hale attacks bully Big Brother\n\nDana Hale has quit the show after a week. \
                 Tom Reed stays. “I had no idea who would be in here,” she said.",
                &["I had no idea who would be in here,|full|Dana Hale"],
            ),
            // "the magazine": the organization the text called a magazine, not the one
            // named last.
            (
                "Dana Hill topped US magazine Soundwave's annual list. Two acts signed to \
                 Kestrel Records came tenth. “Hill returned to centre stage after a decade away,” the \
                 magazine reported.",
                &["Hill returned to centre stage after a decade away,|full|Soundwave"],
            ),
            // A straight closing mark after a comma: the surname after it is the person's.
            (
                "Guitarist Ray May joined in 1970. \"It was the best night we had,\" May wrote.",
                &["It was the best night we had,|full|Ray May"],
            ),
            // "the Bristol North MP": a member's title (in capitals) after the constituency is
            // the member, not the place.
            (
                "Labour MP Tom Pound has found a daughter he never knew he had. “I felt guilt \
                 in the marrow of my bones,” said the Bristol North MP.",
                &["I felt guilt in the marrow of my bones,|full|Tom Pound"],
            ),
            // (Not a passing rival so called, when the article's subject is named more.)
            (
                "Dunmore United's board met Mr Vance. Dunmore United said talks went well. \
                 Rival local club Kestrel City asked fans to stay calm. \
                 “Any board must consider a real offer,” the club said.",
                &["Any board must consider a real offer,|full|Dunmore United"],
            ),
            // A name set off by an apposition before its speech verb is the speaker there:
            // "Fidelis Nanga, a journalist in Yaounde, said"; a name opening a clause that
            // a trailing attribution reports is not: "Mr Blair has failed, he claimed".
            (
                "Prime Minister Ephraim Inoni said the guilty would be punished.\n\nFidelis \
                 Nanga, a journalist based in Yaounde, said the government was acting. “The \
                 prime minister has given instructions,” he told the BBC.",
                &["The prime minister has given instructions,|full|Fidelis Nanga"],
            ),
            (
                "Michael Howard said Labour would raise taxes. Mr Brown liked to rattle off \
                 numbers, the Tory leader said. “This dodgy government is not to be trusted,” \
                 he said.",
                &["This dodgy government is not to be trusted,|full|Michael Howard"],
            ),
            // ... but a name after a nationality and a title opens its sentence ("British
            // actor Owen is hoping"), ", saying" is no trailing attribution, and "said Mr
            // Florin" is the speaker of its sentence.
            (
                "Richard Gere, who is presenting the award, said: “It's a big party.”\n\nBritish \
                 actor Clive Owen is hoping to repeat his success. “I was always a fan of the \
                 play,” he said.",
                &[
                    "It's a big party.|full|Richard Gere",
                    "I was always a fan of the play,|full|Clive Owen",
                ],
            ),
            (
                "Mr Renaud de Vabres said the film was a triumph. Alan Parker praised French \
                 films, saying Hollywood used them. He told the minister: “I am honoured to be \
                 here.”",
                &["I am honoured to be here.|full|Alan Parker"],
            ),
            (
                "Simon Gardner, who heads the studio, said games were changing. The consoles \
                 would be faster, said Mr Florin. He said that games would change. “A gamer \
                 could buy a starter disc,” he said.",
                &["A gamer could buy a starter disc,|full|Florin"],
            ),
            // A known gender weighs less than the nearer subject of a speech verb ("Economist
            // Colen Garrow said", a given name the lists lack), and "had said" is a speech
            // verb too.
            (
                "“The focus is on more for all,” said Mr Manuel. He said the economy had \
                 improved. About 280,000 jobs a year have been created. Economist Colen Garrow \
                 said the budget would stimulate growth. “It's pleasant to see the cut in \
                 company taxes,” he said.",
                &[
                    "The focus is on more for all,|full|Manuel",
                    "It's pleasant to see the cut in company taxes,|full|Colen Garrow",
                ],
            ),
            (
                "Liverpool chief executive Rick Parry said the club would not sell Steven \
                 Gerrard.\n\nGerrard had said before the game he would consider leaving. “The \
                 main point is that I want to win things,” he said.",
                &["The main point is that I want to win things,|full|Steven Gerrard"],
            ),
            // ", when a reporter asked …" is a clause of its own, no trailing attribution.
            (
                "Senator Marco Rubio has talked about sending troops.\n\nMr Obama himself \
                 tried to draw a distinction during an interview with CBS News, when a reporter \
                 asked if he was reversing his pledge.\n\n“You know, when I said no boots on the \
                 ground, people understood,” he said.",
                &["You know, when I said no boots on the ground, people understood,|full|Obama"],
            ),
            // "According to X" gives way to a speech verb with its own subject after it.
            (
                "Prime Minister Tony Blair told Gordon Brown of his plan at a dinner hosted by \
                 Deputy Prime Minister John Prescott.\n\nAccording to Mr Peston the prime \
                 minister said: “Help me to get through the year and I will then stand down.”",
                &["Help me to get through the year and I will then stand down.|full|Tony Blair"],
            ),
            // A described speaker's head is its last noun: "The prime minister's official
            // spokesman" is a spokesman, whom "he" then means.
            (
                "Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official \
                 spokesman said the Cabinet was still used. But he added: “You cannot take \
                 every decision in cabinet.”",
                &[
                    "You cannot take every decision in cabinet.|full|The prime minister's official spokesman",
                ],
            ),
            // A person's gender from the pronouns of the sentences the person opens:
            // "Zorblat Quenn said his firm …" is a man, so "she" is someone else.
            (
                "Jane Roe joined the board in May. Zorblat Quenn said his firm would grow. “We \
                 will hire more staff,” she said.",
                &["We will hire more staff,|full|Jane Roe"],
            ),
            // A title names a holder named before it, not one the article names later.
            (
                "A report in the Telegraph quoted an unnamed executive at Euronext as saying \
                 the group would bid. “We already own Liffe in London,” the newspaper quoted \
                 the executive as saying. Euronext chief executive Jean-Francois Theodore is \
                 reported to have met LSE officials.",
                &["We already own Liffe in London,|full|the executive"],
            ),
            // ... unless the phrase is that very title and the holder is named next in the
            // paragraph.
            (
                "Business confidence has weakened, the Bank of Japan said. “The economy is at a \
                 pause,” the economy minister said. “The recovery will continue,” said economy \
                 minister Heizo Takenaka.",
                &[
                    "The economy is at a pause,|full|Heizo Takenaka",
                    "The recovery will continue,|full|Heizo Takenaka",
                ],
            ),
            // A name after a preposition and a person noun is an object ("felled by
            // Blackburn midfielder Aaron Mokoena").
            (
                "Arjen Robben is out for six weeks.\n\nRobben, who has been key to the side, \
                 claims he knew something was wrong when \
                 he was felled by Blackburn midfielder Aaron Mokoena. “I felt my leg go,” he \
                 said.",
                &["I felt my leg go,|full|Arjen Robben"],
            ),
            // The subject of a clause after "that" is not the one speaking.
            (
                "Ben Carson spoke on CNN on Sunday.\n\nCarson turned the story back on the \
                 Post, pointing out that the paper's Robert Costa had reported in June that the \
                 campaign was failing. “A leopard doesn't change its spots,” he said.",
                &["A leopard doesn't change its spots,|full|Ben Carson"],
            ),
            // A subject after a title or an opening conjunction is still the subject:
            // "Mr Holiff, who …, managed Cash's career" and "But Morrison is determined".
            (
                "Mr Holiff, who was also a concert promoter, managed Cash's career for a \
                 decade. “I was guilty of underestimating him,” he once said.",
                &["I was guilty of underestimating him,|full|Holiff"],
            ),
            (
                "Singer Mark Morrison signed to the label in 2003. Mr Campbell said: “We \
                 were granted the injunction.”\n\nBut Morrison is \
                 determined the album will be released on Monday. He said: “The injunction is \
                 ludicrous.”",
                &[
                    "We were granted the injunction.|full|Campbell",
                    "The injunction is ludicrous.|full|Mark Morrison",
                ],
            ),
            // A name after "to Arsenal's" is the object of "to", no likely antecedent.
            (
                "David Prutton was sent off. Prutton has apologised for his actions and to \
                 Arsenal's Robert Pires, who was hurt in the tackle.\n\nHe said: “It's an \
                 horrendous situation.”",
                &["It's an horrendous situation.|full|David Prutton"],
            ),
            // A title names the person holding it who was mentioned last.
            (
                "Former president Eduard Shevardnadze left in 2003. President Mikheil \
                 Saakashvili was elected in January. “There are people who have money,” the \
                 president told a government session.",
                &["There are people who have money,|full|Mikheil Saakashvili"],
            ),
            // A pronoun after a sentence whose subject is a described person (no name)
            // refers to that person, not to someone named before.
            (
                "Tom Lee founded the label in 1990. A spokesman for the music industry said \
                 the chart was due soon. “Work is going on across the business,” he said.",
                &["Work is going on across the business,|full|A spokesman"],
            ),
            (
                "Jane Roe chairs the board. A Home Office spokeswoman said the rules were \
                 clear. “We apply the law as it stands,” she said.",
                &["We apply the law as it stands,|full|A Home Office spokeswoman"],
            ),
            (
                "A Department for Education and Skills spokeswoman said the venture had been \
                 bold. “It was not the only one to lose out,” she said.",
                &[
                    "It was not the only one to lose out,|full|A Department for Education and \
                   Skills spokeswoman",
                ],
            ),
            (
                "Lord Condon, head of the International Cricket Council's anti-corruption \
                 unit, who first made the call, said the penalty was “derisory and far too \
                 low”.",
                &["derisory and far too low|partial|Condon"],
            ),
            (
                "Dee Hale hosted the show. The BBC spokeswoman said the new series would be a \
                 priority. “That's very much on the cards for next year,” she said.",
                &["That's very much on the cards for next year,|full|The BBC spokeswoman"],
            ),
            // The person a described title resolves to must have the pronoun's gender.
            (
                "Tom Hale runs a law firm. Mary Rowe, the party leader, backed him. The party \
                 leader had insisted that the work was legal. But on Friday he said: “I have \
                 resigned as a partner.”",
                &["I have resigned as a partner.|full|Tom Hale"],
            ),
            // (After an opening adverb: "However, one dealer, who …, told Reuters".)
            (
                "Nick Bubb, an analyst, said profits looked safe. However, one dealer, who \
                 asked not to be named, told Reuters sales were “not what people had hoped \
                 for”. “Christmas has been tough for the whole sector,” he said.",
                &[
                    "not what people had hoped for|partial|one dealer",
                    "Christmas has been tough for the whole sector,|full|one dealer",
                ],
            ),
            (
                "A spokesman said the firm was sound. Tom Lee, its chief, disagreed. “We are \
                 in trouble,” he said.",
                &["We are in trouble,|full|Tom Lee"],
            ),
            (
                "Jane Roe chairs the board. A Home Office spokesman said the rules were clear. \
                 “We apply the law as it stands,” she said.",
                &["We apply the law as it stands,|full|Jane Roe"],
            ),
            // Gender from a noun before the name or in apposition after it.
            (
                "Attallah Shabazz, the daughter of Malcolm X, recalled the eulogy given by \
                 Ossie Tembo. “Harlem has come to bid farewell,” she said.",
                &["Harlem has come to bid farewell,|full|Attallah Shabazz"],
            ),
            (
                "Actress Nkem Adebayo thanked director Tunde Okafor. “It was a joy,” she said.",
                &["It was a joy,|full|Nkem Adebayo"],
            ),
            (
                "Nkem Adebayo praised her husband, Tunde Okafor. “He was brave,” she said.",
                &["He was brave,|full|Nkem Adebayo"],
            ),
            (
                "Jane Roe runs the plant. “We are proud of it,” she said.",
                &["We are proud of it,|full|Jane Roe"],
            ),
            (
                "John Smith runs the plant. “We are proud of it,” he said.",
                &["We are proud of it,|full|John Smith"],
            ),
            (
                "Jane Roe met John Smith. “We are proud of it,” he said.",
                &["We are proud of it,|full|John Smith"],
            ),
            (
                "John Smith met Jane Roe. “We are proud of it,” he said.",
                &["We are proud of it,|full|John Smith"],
            ),
            (
                "Peter Dixon spoke. “Costs are rising fast,” Mr Dixon said.",
                &["Costs are rising fast,|full|Peter Dixon"],
            ),
            (
                "Peter Dixon spoke. “Costs are rising fast,” Dixon said.",
                &["Costs are rising fast,|full|Peter Dixon"],
            ),
            (
                "Peter Dixon spoke. “Costs are rising fast,” said Mr. Dixon.",
                &["Costs are rising fast,|full|Peter Dixon"],
            ),
            (
                "Acme Corp. cut jobs. “We regret the decision,” the company said.",
                &["We regret the decision,|full|Acme Corp."],
            ),
            (
                "Acme Corp. cut jobs. “We regret the decision,” it said.",
                &["We regret the decision,|full|Acme Corp."],
            ),
            (
                "The FCA fined the bank. “Firms must do better,” according to the watchdog.",
                &["Firms must do better,|full|FCA"],
            ),
            (
                "“Firms must do better than this,” the FCA said.",
                &["Firms must do better than this,|full|FCA"],
            ),
            (
                "Acme chief executive Jane Roe spoke. “We will recover,” the chief executive said.",
                &["We will recover,|full|Jane Roe"],
            ),
            (
                "“Sales held up well,” said Acme spokeswoman Jane Roe.",
                &["Sales held up well,|full|Jane Roe"],
            ),
            (
                "“Growth will slow next year,” said Finance Minister Gordon Brown.",
                &["Growth will slow next year,|full|Gordon Brown"],
            ),
            (
                "“I never said that at all,” I said.",
                &["I never said that at all,|full|I"],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn interrupted_and_continued_quotes() {
        let cases: &[(&str, &[&str])] = &[
            // A writer's lead-in naming a person is no continuation.
            (
                "“We made a terrible mistake,” Dana Holt told CNN.\n\nLater, Sam Reed on \
                 CNN: “I never said that.”",
                &[
                    "We made a terrible mistake,|full|Dana Holt",
                    "I never said that.|full|Sam Reed",
                ],
            ),
            // A quote opening a sentence after the writer's sentence that names no one takes
            // the speaker of the reported speech before that (not a verb that reports none).
            (
                "Mr Dein said that he feared too many games were shown. Since 1992, clubs in \
                 the Premier League have seen their income soar. “Television has been the \
                 driving force.”\n\nFour hours later, Sir Edward called the leader back. The \
                 minutes show how the chance evaporated. “The PM said he was bound to tell him.”",
                &[
                    "Television has been the driving force.|full|Dein",
                    "The PM said he was bound to tell him.|full|",
                ],
            ),
            // A quote after a sentence that ends by naming its one person is that person's.
            (
                "It grew out of research done by the research director Dr Alastair Sibbald. \
                 “We are trying to fool your ears.”",
                &["We are trying to fool your ears.|full|Alastair Sibbald"],
            ),
            // A continued quote is its speaker's, not that of the next sentence's own quote.
            (
                "Manager Jon Walton said: “It has been phenomenal. “Every week footfall has \
                 grown.” Director Annie Walker said on Saturday: “The stores were heaving.”",
                &[
                    "It has been phenomenal.|full|Jon Walton",
                    "Every week footfall has grown.|full|Jon Walton",
                    "The stores were heaving.|full|Annie Walker",
                ],
            ),
            (
                "“We must tackle the mess,” Barry Sheerman wrote. “The vocational route is \
                 weak.” The Qualifications and Curriculum Authority (QCA) has also told the \
                 government not to “compromise”.",
                &[
                    "We must tackle the mess,|full|Barry Sheerman",
                    "The vocational route is weak.|full|Barry Sheerman",
                ],
            ),
            // A quote whose closing mark was left out, right before an attributed one, is
            // that speaker's.
            (
                "Make-up matters more now. “Everybody looked sun-tanned, but that was make-up. \
                 “In the new version all these lines showed up,” explains Rick Dane.",
                &[
                    "Everybody looked sun-tanned, but that was make-up.|full|Rick Dane",
                    "In the new version all these lines showed up,|full|Rick Dane",
                ],
            ),
            // A quote opening a sentence with no attribution and nothing to continue: the
            // person who is the subject of the sentence before speaks.
            (
                "Speaking on his plans, Tom Ferris signalled his intent to move abroad. “I'm \
                 30 now and in five years I won't be in this country.”",
                &["I'm 30 now and in five years I won't be in this country.|full|Tom Ferris"],
            ),
            // The speech verb of the sentence before may stand late in it.
            (
                "Broadcaster Tom Avans sold his furniture. The prices were steep by a lot of \
                 people's standards but Avans said it was not deterring shoppers. “I've sold \
                 quite a lot already.”",
                &["I've sold quite a lot already.|full|Tom Avans"],
            ),
            // (Also after the words that qualify the name, a title and an organization's.)
            (
                "Fostering Network executive director Ruth Tamsfield criticised the system. \
                 “There is no logic to a system like this one.”",
                &["There is no logic to a system like this one.|full|Ruth Tamsfield"],
            ),
            // (Not a subject that is no person; and a quote before in the paragraph goes on.)
            (
                "The club fell to ninth in the table. “It was a bad day for everyone here.”",
                &["It was a bad day for everyone here.|full|"],
            ),
            (
                "“A good win for us,” said Tom Ferris. Jon Mack scored twice in the game. “He \
                 was great today.”",
                &[
                    "A good win for us,|full|Tom Ferris",
                    "He was great today.|full|Tom Ferris",
                ],
            ),
            // The verb of a relative clause ("Andy Davis, who had advised …") introduces no
            // quote in the next sentence.
            (
                "Hearts winger Saulius Mikoliunas faces a ban.\n\nMikoliunas barged linesman \
                 Andy Davis, who had advised the referee to award a penalty. “He was sent off \
                 for violent conduct.”",
                &["He was sent off for violent conduct.|full|"],
            ),
            // "Then, says Mr Kotamaraja, …": a speaker after a verb inserted between commas.
            (
                "Dina Mehta blogs. “We are building a resource,” she says. Then, says Mr \
                 Kotamaraja, the blogging world found out. “All my blogger friends started \
                 linking up my site.”",
                &[
                    "We are building a resource,|full|Dina Mehta",
                    "All my blogger friends started linking up my site.|full|Kotamaraja",
                ],
            ),
            // A paragraph that opens with a quote takes the speaker of reported speech ending
            // the paragraph before ("…, Mr Howard said. ¶ “…”").
            (
                "Fraser Kemp responded: “Britain is working.” The disaster was overshadowing \
                 the hopes for the future at this time of the year, Mr Howard said.\n\n“We \
                 watched the scenes with disbelief.”",
                &[
                    "Britain is working.|full|Fraser Kemp",
                    "We watched the scenes with disbelief.|full|Howard",
                ],
            ),
            (
                "“We’re still hiring,” a spokesperson said. “This is about teams.”",
                &[
                    "We’re still hiring,|full|a spokesperson",
                    "This is about teams.|full|a spokesperson",
                ],
            ),
            (
                "“These layoffs aren’t a retreat,” said Daniel Ives. “They’re an attempt to focus. He wants AI everywhere.”",
                &[
                    "These layoffs aren’t a retreat,|full|Daniel Ives",
                    "They’re an attempt to focus. He wants AI everywhere.|full|Daniel Ives",
                ],
            ),
            (
                "“The first part is done,” Jane Roe said.\n\n“The second part will take a year.”",
                &[
                    "The first part is done,|full|Jane Roe",
                    "The second part will take a year.|full|Jane Roe",
                ],
            ),
            (
                "“We won,” said Jane Roe. “We won big,” said Tom Lee.",
                &["We won,|full|Jane Roe", "We won big,|full|Tom Lee"],
            ),
            (
                "“It was a long night,” Jane Roe said.\n\nThe vote ended at dawn.\n\nMarkets opened calmly.\n\n“Nobody slept at all.”",
                &[
                    "It was a long night,|full|Jane Roe",
                    "Nobody slept at all.|full|",
                ],
            ),
            // A scare quote attributed by a speech verb passes its speaker on to the quote
            // opening the next paragraph.
            (
                "Rhian Beynon of the JCWI said the new rules were “not proportionate”.\n\n\
                 “These rules mean the Home Secretary is a marriage registrar.”",
                &["These rules mean the Home Secretary is a marriage registrar.|full|Rhian Beynon"],
            ),
            // Reported speech after a quote is another speaker's story, no attribution.
            (
                "Alan Beith said Whitehall was “acting against the spirit of the Act”. “Both \
                 the commissioner and the committee will keep this under review.” Norman Baker \
                 said the episode painted an unflattering picture.",
                &[
                    "acting against the spirit of the Act|partial|Alan Beith",
                    "Both the commissioner and the committee will keep this under review.|full|Alan Beith",
                ],
            ),
            (
                "“You are still very fit after a race,” said Liz Yelling. “So it is possible \
                 for Paula.” Hugh Richards also says conditions in New York will be better.",
                &[
                    "You are still very fit after a race,|full|Liz Yelling",
                    "So it is possible for Paula.|full|Liz Yelling",
                ],
            ),
            // A verb before a colon introduces the next quote.
            (
                "“Sprinters lack pride,” Michael Johnson told Five Live. “They need to \
                 race abroad.” However, Linford Christie countered: “It is easy to criticise.”",
                &[
                    "Sprinters lack pride,|full|Michael Johnson",
                    "They need to race abroad.|full|Michael Johnson",
                    "It is easy to criticise.|full|Linford Christie",
                ],
            ),
            (
                "“The vote was rigged,” Mr. Trump wrote on Twitter late on Tuesday.",
                &["The vote was rigged,|full|Trump"],
            ),
            (
                "“The vote was rigged.” Mr. Trump wrote on Twitter late on Tuesday.",
                &["The vote was rigged.|full|Trump"],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn multi_paragraph_and_unbalanced_quotes() {
        let text = "Jane Roe said: “The first year was hard.\n\n“The second year was harder.\n\n“The third was the best of all.”\n\nShares rose.";
        let doc = Document::parse(text);
        let e = entities(&doc);
        let q = quotes(&doc, &e);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(doc.slice(q[0].span).starts_with("The first year"));
        assert!(doc.slice(q[0].span).ends_with("best of all."));
        assert_eq!(
            q[0].speaker.as_ref().map(|s| s.name.as_str()),
            Some("Jane Roe")
        );

        // An unmatched mark does not derail the next paragraph.
        check(
            "Jane Roe said: “The plan was flawed from the start.\n\nMarkets fell. “We will fix it,” Tom Lee said.",
            &["We will fix it,|full|Tom Lee"],
        );
        check(
            "The “plan was flawed, he said.\n\n“We will fix it,” Tom Lee said.",
            &["We will fix it,|full|Tom Lee"],
        );
        // A quote run on into the next paragraph that leaves out its closing mark before a
        // new opener there ends at its last sentence, and keeps its speaker.
        check(
            "Tom Lee said: \"We won the case. \"The singer was given everything he asked \
             for.\n\n\"I had hoped to stay in music. \"I always dreamt of a label. There is \
             no loyalty.\"\n\nShares rose.",
            &[
                "We won the case.|full|Tom Lee",
                "The singer was given everything he asked for.\n\n\"I had hoped to stay in \
                 music.|full|Tom Lee",
                "I always dreamt of a label. There is no loyalty.|full|Tom Lee",
            ],
        );
        // A partial quote of a long sentence whose closing mark is left out before a new
        // opener ends there too; the person after a doer's description between commas
        // speaks.
        check(
            "The UN's emergency relief coordinator, Jan Egeland, said that \"this may be the \
             worst disaster in recent history because it hits so many coastal areas. \"Many \
             people will have lost their livelihoods.\" Shares fell.",
            &[
                "this may be the worst disaster in recent history because it hits so many \
                 coastal areas.|partial|Jan Egeland",
                "Many people will have lost their livelihoods.|full|Jan Egeland",
            ],
        );
        // (Not a short one: "a disaster. " opens no quote of its own.)
        check(
            "He called it \"a disaster. \"We will fix it,\" Tom Lee said.",
            &["We will fix it,|full|Tom Lee"],
        );
    }

    #[test]
    fn marks_and_apostrophes() {
        let cases: &[(&str, &[&str])] = &[
            // A quote nested with the same curly marks stays inside the outer quote.
            (
                "“Trump's absurd claim that a peace deal “has to do with whether Israel will \
                 give things up” makes clear he has no clue,” wrote Morton Klein.",
                &[
                    "Trump's absurd claim that a peace deal “has to do with whether Israel will \
                     give things up” makes clear he has no clue,|full|Morton Klein",
                ],
            ),
            // A partial quote left open before a full one is not a nest.
            (
                "Jane Roe called it “a disaster and said “We must act now.”",
                &["We must act now.|full|Jane Roe"],
            ),
            (
                "\"We are hiring,\" said Jane Roe.",
                &["We are hiring,|full|Jane Roe"],
            ),
            (
                "``We are hiring,'' said Jane Roe.",
                &["We are hiring,|full|Jane Roe"],
            ),
            (
                "''We are hiring,'' said Jane Roe.",
                &["We are hiring,|full|Jane Roe"],
            ),
            (
                "It’s the firm’s view that the ’90s won’t return, Jane Roe’s team said.",
                &[],
            ),
            (
                "“Jane’s plan isn’t the ’90s plan,” Tom Lee said.",
                &["Jane’s plan isn’t the ’90s plan,|full|Tom Lee"],
            ),
            (
                "“He told me ‘no way’ and left,” Tom Lee said.",
                &["He told me ‘no way’ and left,|full|Tom Lee"],
            ),
            (
                "\"He told me 'no way' and left,\" Tom Lee said.",
                &["He told me 'no way' and left,|full|Tom Lee"],
            ),
            ("The workers' union and the owners' group met.", &[]),
            // An article with no double marks quotes with single ones, curly or straight;
            // apostrophes, possessives and elisions stay inside.
            (
                "‘We couldn’t let it go,’ said Sarah Pickthall. ‘It’s the Harts’ shop since \
                 the ’90s.’",
                &[
                    "We couldn’t let it go,|full|Sarah Pickthall",
                    "It’s the Harts’ shop since the ’90s.|full|Sarah Pickthall",
                ],
            ),
            (
                "James Alcock said: 'The players' union is angry. We won't stop.' Mr \
                 Alcock's firm agreed.",
                &["The players' union is angry. We won't stop.|full|James Alcock"],
            ),
            (
                "Jane Roe said: ‘We are still hiring.\n\n‘It is about teams, not cuts.’",
                &["We are still hiring.\n\n‘It is about teams, not cuts.|full|Jane Roe"],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn news_passages() {
        let cases: &[(&str, &[&str])] = &[
            // A scare quote earlier in the sentence does not hide its speech verb.
            (
                "The mayor also said that she pictured a “quiet evening” and knowing that “the work we did here gave the town a cleaner river.”",
                &["the work we did here gave the town a cleaner river.|partial|The mayor"],
            ),
            (
                "Later on Sunday, Dana Whitlow posted a flyer for a 2002 lecture called “Tides” on her website, writing “Here is the flyer for the class you claim never existed.”",
                &["Here is the flyer for the class you claim never existed.|full|Dana Whitlow"],
            ),
            (
                "The senator will play the “outsider card,” Whitlow said, adding that the way to beat him “is to attack his record.”",
                &["is to attack his record.|partial|Whitlow"],
            ),
            (
                "Harbor Board spokeswoman Lena Marsh conceded there were “grey areas” but said “these are not as big as the airlines say.”",
                &["these are not as big as the airlines say.|partial|Lena Marsh"],
            ),
            (
                "“Is the council even listening? Who is it talking to?” reacted Dana Whitlow.",
                &["Is the council even listening? Who is it talking to?|full|Dana Whitlow"],
            ),
            (
                "Helen Marsh, chief executive of Northfield, said the closure was “a painful decision for all of us.”",
                &["a painful decision for all of us.|partial|Helen Marsh"],
            ),
            (
                "“We tried everything,” said Helen Marsh, chief executive of Northfield. “Nothing worked.”",
                &[
                    "We tried everything,|full|Helen Marsh",
                    "Nothing worked.|full|Helen Marsh",
                ],
            ),
            (
                "Union leaders called the plan “a betrayal of loyal staff” and promised to fight.",
                &["a betrayal of loyal staff|partial|Union leaders"],
            ),
            (
                "“The economy is at a pause,” Economy Minister Heizo Takenaka told reporters.",
                &["The economy is at a pause,|full|Heizo Takenaka"],
            ),
            (
                "“The recovery will resume next year,” the OECD said in its report.",
                &["The recovery will resume next year,|full|OECD"],
            ),
            (
                "However, the report warned: “It remains to be seen whether Europe will recover.”",
                &["It remains to be seen whether Europe will recover.|full|the report"],
            ),
            (
                "“Supported by strong profits, investment should continue,” it added.",
                &["Supported by strong profits, investment should continue,|full|it"],
            ),
            (
                "The Kestrel Group said on Monday it would sell the unit. “The sale makes sense for us,” the group said.",
                &["The sale makes sense for us,|full|Kestrel Group"],
            ),
            (
                "“There is no question about it,” Senator Ann Walsh told the committee on Tuesday.",
                &["There is no question about it,|full|Ann Walsh"],
            ),
            (
                "“The clear winner was the market,” observed Joel Park of the Lakeshore Times.",
                &["The clear winner was the market,|full|Joel Park"],
            ),
            (
                "In a statement, Orchard Bank said: “Customers will not be affected by the change.”",
                &["Customers will not be affected by the change.|full|Orchard Bank"],
            ),
            (
                "President Jane Roe released the following statement: “We mourn a great colleague today.”",
                &["We mourn a great colleague today.|full|Jane Roe"],
            ),
            (
                "“She’s wrong about the numbers!” Tom Lee wrote on Twitter.",
                &["She’s wrong about the numbers!|full|Tom Lee"],
            ),
            (
                "Tom Lee, who chairs the panel, said the bill was “dead on arrival in the Senate.”",
                &["dead on arrival in the Senate.|partial|Tom Lee"],
            ),
            (
                "Tom Lee has also repeatedly called for “boots on the ground in the region.”",
                &["boots on the ground in the region.|partial|Tom Lee"],
            ),
            (
                "“Is that all there is?” asked Maria Costa, a retired teacher.",
                &["Is that all there is?|full|Maria Costa"],
            ),
            (
                "“Investors have been waiting for this for years,” said Raj Patel, a fund manager at Orchard Capital. “It is a relief.”",
                &[
                    "Investors have been waiting for this for years,|full|Raj Patel",
                    "It is a relief.|full|Raj Patel",
                ],
            ),
            (
                "Raj Patel spoke first. Maria Costa then rose. “I disagree with every word,” she said.",
                &["I disagree with every word,|full|Maria Costa"],
            ),
            (
                "Maria Costa spoke first. Raj Patel then rose. “I disagree with every word,” she said.",
                &["I disagree with every word,|full|Maria Costa"],
            ),
            (
                "“When I look at somebody like Raj Patel, I see a fighter,” Maria Costa said.",
                &["When I look at somebody like Raj Patel, I see a fighter,|full|Maria Costa"],
            ),
            (
                "Maria Costa spoke. “When I look at somebody like Raj Patel, I see a fighter,” she said.",
                &["When I look at somebody like Raj Patel, I see a fighter,|full|Maria Costa"],
            ),
            (
                "Mr. Patel disagreed. ''It does give an advantage to serious people,'' Mr. Patel said.",
                &["It does give an advantage to serious people,|full|Patel"],
            ),
            (
                "\"Our goal is to win,\" said coach Ann Walsh. \"Nothing else matters.\"",
                &[
                    "Our goal is to win,|full|Ann Walsh",
                    "Nothing else matters.|full|Ann Walsh",
                ],
            ),
            (
                "A spokesman for Orchard Bank said: \"We do not comment on rumours.\"",
                // The organization a spokesman speaks for is the speaker.
                &["We do not comment on rumours.|full|Orchard Bank"],
            ),
            (
                "When Wallace died, President Bill Clinton released the following statement:\n\n“We offer our condolences to his family and friends.”",
                &["We offer our condolences to his family and friends.|full|Bill Clinton"],
            ),
            (
                "“Super PACs have been setting the table,” in sharp contrast to earlier races, says Dante Scala, a political scientist.",
                &["Super PACs have been setting the table,|full|Dante Scala"],
            ),
            (
                "\"This campaign is changing politics,\" Jeff Weaver, Sanders' campaign manager, said.",
                &["This campaign is changing politics,|full|Jeff Weaver"],
            ),
            (
                "“We will win this state,” said pollster Frank Luntz.",
                &["We will win this state,|full|Frank Luntz"],
            ),
            (
                "“Integration increases over time,” the report concluded.",
                &["Integration increases over time,|full|the report"],
            ),
            (
                "“Trust in the data, but always check it,” one sign read.",
                &["Trust in the data, but always check it,|full|one sign"],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn clauses_participles_and_objects_are_not_speakers() {
        let cases: &[(&str, &[&str])] = &[
            // With no speech verb, the words are the subject's, not those of the person the
            // verb is about.
            (
                "Mary Lowe, the magazine's deputy editor, met reporters on Monday. Lowe \
                 credited Angela Merkel with keeping “the whole union together” all year.",
                &["the whole union together|partial|Mary Lowe"],
            ),
            (
                "Senator Tom Hadley praised Governor Ruth Abbot as “a leader who listens to \
                 every county”.",
                &["a leader who listens to every county|partial|Tom Hadley"],
            ),
            (
                "The sports daily Marca ran the story. Like the others, Marca criticises Gary \
                 Neale for “leaving a message on the winger's ankle”.",
                &["leaving a message on the winger's ankle|partial|Marca"],
            ),
            (
                "At the hearing, Thomas said his aides “made a mistake” by reading Clinton's \
                 files, but that the board's decision to cut off the campaign was “a \
                 disgraceful act.”",
                &[
                    "made a mistake|partial|Thomas",
                    "a disgraceful act.|partial|Thomas",
                ],
            ),
            (
                "Gerry Moss said Mr Hart had spoken with “such sincerity”, adding: “He \
                 listened to everyone in the room.”",
                &["He listened to everyone in the room.|full|Gerry Moss"],
            ),
            // With no one named in the sentence, its pronoun subject speaks; a passive's does
            // not.
            (
                "Sharon Kemp spoke. She expressed her anger at the person who “has not worked \
                 and wants to take what is yours”.",
                &["has not worked and wants to take what is yours|partial|Sharon Kemp"],
            ),
            (
                "Al Dunn was appointed. He is described as “a proud grandfather of four”.",
                &["a proud grandfather of four|partial|"],
            ),
            // Or a named organization subject (not over a relative clause).
            (
                "The Kestrel Heritage Museum issued a report charging the militia with \
                 “crimes against humanity”.",
                &["crimes against humanity|partial|Kestrel Heritage Museum"],
            ),
            (
                "The Commission faces a challenge from the Kestrel Airlines Association, which \
                 has attacked the package as a “bad piece of legislation”.",
                &["bad piece of legislation|partial|"],
            ),
            // "continue" alone is no cue (unlike "continued", "continues").
            (
                "Mike Harwood spoke. Mr Harwood argues the state is too big and cannot \
                 continue “down the path of ever rising taxes”.",
                &["down the path of ever rising taxes|partial|Mike Harwood"],
            ),
            // Nor a participle after a plain noun: "an election predicted for next May".
            (
                "Tory spokesman Dan Davis said the plans were “little more than a costly PR \
                 exercise” ahead of a general election predicted for next May.",
                &["little more than a costly PR exercise|partial|Dan Davis"],
            ),
            // A noun is no cue: "a highly critical report", "recent comments".
            (
                "The agency published a highly critical report on the board, which “has now \
                 failed its own staff”.",
                &["has now failed its own staff|partial|"],
            ),
            (
                "Despite recent comments by the board, the time is “ripe for a change”.",
                &["ripe for a change|partial|"],
            ),
            // A participle after a scare quote speaks for the sentence's subject before it.
            (
                "Ann Kerr will sing. Ray Dale attended the school. Kerr said she was “very \
                 excited”, describing Dale as “an artist I admire and miss”.",
                &["an artist I admire and miss|partial|Ann Kerr"],
            ),
            // (Not over a subject of its own after the quote.)
            (
                "Ted Crane said he would make the sand “glow in the dark,” for instance, and \
                 Don Tramp vowed to “bomb the hell” out of them.",
                &[
                    "glow in the dark,|partial|Ted Crane",
                    "bomb the hell|partial|Don Tramp",
                ],
            ),
            // But the person a speaking verb follows says the words ("mocked Jones for
            // saying"), and so does the one a relative clause is about.
            (
                "Critics mocked Peter Jones for saying the plan was “a work of genius”.",
                &["a work of genius|partial|Peter Jones"],
            ),
            (
                "Carla Diaz met Omar Haddad, who called the deal “a betrayal of the workers”.",
                &["a betrayal of the workers|partial|Omar Haddad"],
            ),
            (
                "Ana Ruiz was questioned by committee chairman Ben Tate whether the scheme \
                 would risk “adding another costly layer to the budget.”",
                &["adding another costly layer to the budget.|partial|Ben Tate"],
            ),
            (
                "Frank Gill was shaken by Mr Dunn's suggestion that the rules should be \
                 “thrown out and started again”.",
                &["thrown out and started again|partial|Dunn"],
            ),
            // Nor does a sentence that turns to another story ("Meanwhile, …").
            (
                "Rafa Benito said: “I told Steven I was sure he wanted to stay.” “Now we \
                 must make the squad stronger for him.” Meanwhile, Gerrard has urged the \
                 board to sign a striker.",
                &[
                    "I told Steven I was sure he wanted to stay.|full|Rafa Benito",
                    "Now we must make the squad stronger for him.|full|Rafa Benito",
                ],
            ),
            // A passive verb in the next sentence attributes nothing.
            (
                "“I acted on impulse,” Ozzy Osmond said. “It could have been a lot worse.” A \
                 £100,000 reward has been offered for information.",
                &[
                    "I acted on impulse,|full|Ozzy Osmond",
                    "It could have been a lot worse.|full|Ozzy Osmond",
                ],
            ),
            // A name and its verb after the cue: reported speech of its own.
            (
                "“I want to go through the tape,” Robinson told the Daily Mail. “I want to \
                 speak to the IRB about it.” High claimed Kaplan made three major errors.",
                &[
                    "I want to go through the tape,|full|Robinson",
                    "I want to speak to the IRB about it.|full|Robinson",
                ],
            ),
            // Before a colon closing the paragraph, the named subject of a speech verb.
            (
                "As the Herald's Joe Pollard reported after the FBI left the scene:\n\n“For \
                 example, the government has done almost nothing with the files.”",
                &[
                    "For example, the government has done almost nothing with the files.|full|Joe Pollard",
                ],
            ),
            // Where words were said, before a colon, is no speaker; after such a lead-in the
            // quote opening the next paragraph goes on with the speaker before.
            (
                "“We made a terrible mistake going in,” Tom Rand told reporters in October.\n\n\
                 Then, later that month on CNN: “I never said we made a mistake going in.”",
                &[
                    "We made a terrible mistake going in,|full|Tom Rand",
                    "I never said we made a mistake going in.|full|Tom Rand",
                ],
            ),
            // The subject of a passive speech verb is the one spoken to.
            (
                "Wheelchair user Kevin Dolan was asked: “Why on earth do you want to be \
                 elected?”",
                &["Why on earth do you want to be elected?|full|"],
            ),
            (
                "Jane Hale told researchers: “You only got on because you are a woman.” \
                 Another member says she was told: “Who have you been sleeping with?”",
                &[
                    "You only got on because you are a woman.|full|Jane Hale",
                    "Who have you been sleeping with?|full|",
                ],
            ),
            // A trailing attribution does not reach back over a quote that closes a sentence
            // of its own (here the initial "H." hides the sentence's end).
            (
                "Conservative co-chairman Liam Fox derided the photo call, saying: “The show \
                 was the worst acting I have seen since Cell Block H.” Labour had broken its \
                 promises 66 times, he said.",
                &["The show was the worst acting I have seen since Cell Block H.|full|Liam Fox"],
            ),
            // A speech verb inside a clause of the next sentence ("that whatever Europe
            // says") attributes nothing; a trailing one after a comma does.
            (
                "“We welcome his words,” said Jose Almar. “If the imbalances stay, markets will \
                 act.” Economists point out that whatever Europe says, a weak dollar helps.",
                &[
                    "We welcome his words,|full|Jose Almar",
                    "If the imbalances stay, markets will act.|full|Jose Almar",
                ],
            ),
            (
                "Ann Blears spoke to MPs. “Some hide behind Islam.” It was a reality that should \
                 be recognised, she said.",
                &["Some hide behind Islam.|full|Ann Blears"],
            ),
            // "said 12 senior staff …": a number opens the next sentence's own clause.
            (
                "“We have a solid base,” said chief executive Bill Orme. “The restatement was \
                 a monumental task.” The company also said 12 senior staff - none of them \
                 involved - must repay bonuses.",
                &[
                    "We have a solid base,|full|Bill Orme",
                    "The restatement was a monumental task.|full|Bill Orme",
                ],
            ),
            // A sentence after a closed quote that reports its own clause ("told Channel 4's
            // news he thought …") does not attribute the quote: the paragraph's speaker does.
            (
                "Board member Ann Ruddock said she was surprised. “He should have gone by \
                 now.” Asked about it on Monday Mr Hale told Channel 4's news he thought it \
                 was a “non-story”.",
                &["He should have gone by now.|full|Ann Ruddock"],
            ),
            // A speech verb in a relative clause that ends long before the quote is not its
            // attribution: the main clause's verb is ("Jane Roe said the way the firm treated
            // staff who complained about pay “would be a scandal”").
            (
                "Jane Roe, a lawyer and former adviser to the board, said the way the firm \
                 treated staff who complained about their pay in the 1990s “would be a scandal \
                 today”.",
                &["would be a scandal today|partial|Jane Roe"],
            ),
            (
                "The plan was backed by Tom Lee, who told the BBC: “We will build it.”",
                &["We will build it.|full|Tom Lee"],
            ),
            // A noun after a possessive is no verb: "the government's pre-Budget report".
            (
                "A day ahead of the government's pre-Budget report, Mr Cole used a speech to \
                 warn of “painful economic realities”.",
                &["painful economic realities|partial|Cole"],
            ),
            // "said talks … revealed": the verb is the sentence's subject's, not a speaker.
            (
                "Chief Carl Wills said talks with Disney's producers revealed there was “a strong \
                 element of violence in the script”.",
                &["a strong element of violence in the script|partial|Carl Wills"],
            ),
            // "…, he said, adding …": the participle speaks for the subject of the verb
            // before it.
            (
                "Tom Hale spoke to the crowd. The important thing was action, he said, adding \
                 that only “six or seven million” had been spent.",
                &["six or seven million|partial|Tom Hale"],
            ),
            // A possessive in "s'" before the speaker's name.
            (
                "“We are long-term investors,” Atticus' David Slager told the Sunday Times.",
                &["We are long-term investors,|full|David Slager"],
            ),
            // "X quoted Y as saying": Y speaks.
            (
                "“Our reforms have created a new generation,” Arab News quoted Prince Saud as \
                 saying.",
                &["Our reforms have created a new generation,|full|Saud"],
            ),
            (
                "“They moved so quickly it caught HSBC by surprise,” the Financial Times \
                 quoted an insider in the talks as saying.",
                &["They moved so quickly it caught HSBC by surprise,|full|an insider"],
            ),
            (
                "Rover needs cash. “We will invest in the business,” the newspaper quotes a \
                 source close to the Chinese firm.",
                &["We will invest in the business,|full|a source close to the Chinese firm"],
            ),
            // "calling the two lengthy investigative reports “…”": a plural noun after a
            // number and its adjectives is no verb.
            (
                "Late last month, the company wrote a letter to the dean, calling the two \
                 lengthy investigative reports “inaccurate and deliberately misleading.”",
                &["inaccurate and deliberately misleading.|partial|the company"],
            ),
            // An adjective in "-ous" is no plural: "his famous demand" is a noun phrase; a
            // name inside quotes is no subject.
            (
                "Ronald Reagan was known for his hatred of what he called the Soviet “Evil \
                 Empire,” voiced in his famous demand in Berlin in 1987: “Mr. Gorbachev, tear \
                 down this wall!”",
                &["Mr. Gorbachev, tear down this wall!|full|Ronald Reagan"],
            ),
            // "calling it “dangerous” that Obama “…”": a describing participle speaks for the
            // sentence's subject, not for the name before the quote.
            (
                "Donald Trump spoke. Barack Obama listened. After the Paris attacks, Trump \
                 released a radio ad calling it “dangerous” that Obama “has no strategy to \
                 defeat ISIS.”",
                &["has no strategy to defeat ISIS.|partial|Donald Trump"],
            ),
            // "calling for a “…”" is a demand, no description.
            (
                "They were arrested at Munich University calling for a “day of reckoning with \
                 the regime”.",
                &["day of reckoning with the regime|partial|"],
            ),
            // A conjunction after a quote opens another clause, with its own speaker.
            (
                "Ted Cruz accuses Barack Obama of “leading from behind on terror” and Donald \
                 Trump says he is “losing the war on terrorism”.",
                &[
                    "leading from behind on terror|partial|Ted Cruz",
                    "losing the war on terrorism|partial|Donald Trump",
                ],
            ),
            (
                "“Shares are falling,” said one trader. “If they drop lower I would buy.” \
                 Critics had accused Mr Hariri of using the rebuilding for his own gain.",
                &[
                    "Shares are falling,|full|one trader",
                    "If they drop lower I would buy.|full|one trader",
                ],
            ),
            (
                "“Campaigns are having trouble raising money. Super PACs have the money. They \
                 don't have a choice” but to take the lead, says Evan Tracey.",
                &[
                    "Campaigns are having trouble raising money. Super PACs have the money. \
                     They don't have a choice|full|Evan Tracey",
                ],
            ),
            // "went on to say": the subject of "went on" speaks.
            (
                "Ben Hale criticised the press. He went on to say Mary Rowe's conduct is “very \
                 different from someone misreading a date.”",
                &["very different from someone misreading a date.|partial|Ben Hale"],
            ),
            // A passive speech verb: its agent speaks, not its subject.
            (
                "A ring bought as a gift for their son was described by Sharon Hale as “one of \
                 the finest stones ever cut”.",
                &["one of the finest stones ever cut|partial|Sharon Hale"],
            ),
            (
                "The autumn tour was cited as “a highly crafted production of real \
                 ambition”.",
                &["a highly crafted production of real ambition|partial|"],
            ),
            // The agent after the quote: "branded “…” by the Liberal Democrats".
            (
                "Plans to store nuclear waste in the UK have been branded “deeply \
                 irresponsible and reckless” by the Liberal Democrats.",
                &["deeply irresponsible and reckless|partial|Liberal Democrats"],
            ),
            (
                "The talk of an early election has been described as “idle press \
                 speculation” by Peter Hale.",
                &["idle press speculation|partial|Peter Hale"],
            ),
            (
                "The offer was deemed “not in the best interests of the company” by the \
                 board.",
                &["not in the best interests of the company|partial|the board"],
            ),
            (
                "Film distributors have hailed the verdict as “a major boost for us”.",
                &["a major boost for us|partial|Film distributors"],
            ),
            // "label" is mostly a noun: "signed to his F4 label".
            (
                "Tony Hale believes the band - signed to his F4 label - will “complete the \
                 hat-trick for him”.",
                &["complete the hat-trick for him|partial|Tony Hale"],
            ),
            (
                "The club was “shaken to its core” by the Ferris report.",
                &["shaken to its core|partial|"],
            ),
            // "Beijing, which described …": the relative pronoun's antecedent.
            (
                "The move was welcomed at the time by Acme Holdings, which described the \
                 embargo as a “product of the Cold War”.",
                &["product of the Cold War|partial|Acme Holdings"],
            ),
            // "said she …": a clause of the sentence's own, no attribution of the quote before.
            (
                "Mr Hale thought the former solicitor deserved a chance. “He could join the \
                 rest of them in Parliament.” But Ms Connolly said she “would not trust him at \
                 all”.",
                &[
                    "He could join the rest of them in Parliament.|full|Hale",
                    "would not trust him at all|partial|Connolly",
                ],
            ),
            // "declined to say whether": no attribution of the quote before.
            (
                "Jo Hart said the scheme must change. “People are living longer and pensions cost \
                 more.” On Monday, the prime minister's spokesman declined to say whether he \
                 backed the plans.",
                &["People are living longer and pensions cost more.|full|Jo Hart"],
            ),
            // A plural noun after a name after a preposition is no verb: "at Labour claims".
            (
                "Michael Howard said: “We will cut taxes for all.” He hit back at Labour claims \
                 he had used her as a “human shield”. “She is not a human shield, she is a \
                 human being.”",
                &[
                    "We will cut taxes for all.|full|Michael Howard",
                    "She is not a human shield, she is a human being.|full|Michael Howard",
                ],
            ),
            // A quote whose closing mark is left out before the next quote's opening one:
            // the next quote's words are no attribution of the first.
            (
                "Jo Hart, a registrar, said the law was fair. \"It is not as hard as in France. \
                 \"I think it is a proportionate response to a large problem.\"",
                &[
                    "It is not as hard as in France.|full|Jo Hart",
                    "I think it is a proportionate response to a large problem.|full|Jo Hart",
                ],
            ),
            // A paragraph that is all quote takes the speaker of the reported speech that
            // ends the paragraph before.
            (
                "Ann Vale, an editor at Screen, says old shows make safe remakes.\n\n\
                 \"I can understand why studios remake them. But I think it is backfiring.\"",
                &[
                    "I can understand why studios remake them. But I think it is backfiring.|full|Ann Vale",
                ],
            ),
            // A title with "for" before the name; a participle after "with" and its noun.
            (
                "\"The days of flying as a luxury are over,\" the minister for civil aviation \
                 Praful Rao said.",
                &["The days of flying as a luxury are over,|full|Praful Rao"],
            ),
            (
                "Downing Street defended the honours, with a spokesperson saying: \"You have to \
                 look at their whole career.\"",
                &["You have to look at their whole career.|full|a spokesperson"],
            ),
            // Attribution by manner of speaking.
            (
                "\"You can call it a peace dividend,\" smiles one broker.",
                &["You can call it a peace dividend,|full|one broker"],
            ),
            // A noun in "-ing" before a role; an aside between dashes.
            (
                "\"Sales are slowing,\" Acme housing spokesman Ian Berry said. \"We used to \
                 see this,\" Andrei Volkov - then adviser to the president - told reporters.",
                &[
                    "Sales are slowing,|full|Ian Berry",
                    "We used to see this,|full|Andrei Volkov",
                ],
            ),
            // A title before the person holding it, between commas.
            (
                "Kestrel Mining chairwoman, Meredith Hallam, said the deal was “affordable and \
                 workable”.",
                &["affordable and workable|partial|Meredith Hallam"],
            ),
            // "the Argentine state": a noun after a determiner and a nationality, no verb.
            (
                "Mr Ruiz said that the Chilean state would not pay “in the form of a grant”.",
                &["in the form of a grant|partial|Ruiz"],
            ),
            // A clause after the quote has its own subject, not the quote's speaker.
            (
                "Tom Lee said he saw no reason to change course, telling reporters that “we deal with the issues” and that he’d seen steady support from customers.",
                &["we deal with the issues|partial|Tom Lee"],
            ),
            (
                "Jane Roe said the merger could be “the best of both worlds,” giving states more power over the rules.",
                &["the best of both worlds,|partial|Jane Roe"],
            ),
            (
                "Analyst Tom Lee praised the plan. He added that the board “doubled down on its bets” by aggressively using its influence to get states to agree.",
                &["doubled down on its bets|partial|Tom Lee"],
            ),
            (
                "“The rain will come back,” is one common saying here.",
                &["The rain will come back,|full|"],
            ),
            (
                "The old union slogan, “We mean what we say and say what we mean,” faded when their demands were answered.",
                &["We mean what we say and say what we mean,|full|"],
            ),
            // The person of, at or from an organization speaks, not the organization; the
            // one told is the listener.
            (
                "“Everything is going digital,” Jane Roe of the Consumer Electronics Association said.",
                &["Everything is going digital,|full|Jane Roe"],
            ),
            (
                "“Everything is going digital,” Jane Roe at Goldman Sachs said.",
                &["Everything is going digital,|full|Jane Roe"],
            ),
            (
                "“Everything is going digital,” Kirsten Pfeifer from the Consumer Electronics Association, told the BBC.",
                &["Everything is going digital,|full|Kirsten Pfeifer"],
            ),
            (
                "“Everything is going digital,” the Consumer Electronics Association said.",
                &["Everything is going digital,|full|Consumer Electronics Association"],
            ),
            // A participle after a comma speaks for the sentence's subject; its object is the
            // listener or the thing described.
            (
                "Hours later, Jane Roe returned the compliment, telling Reuters, “We have been friends for a long time.”",
                &["We have been friends for a long time.|full|Jane Roe"],
            ),
            (
                "Back in 2010, Tom Lee praised the bank’s managers, telling CNBC: “I wish I could run a bank like that.”",
                &["I wish I could run a bank like that.|full|Tom Lee"],
            ),
            (
                "Rand Paul then interjected, calling Marco Rubio’s child care credit “a welfare transfer payment.”",
                &["a welfare transfer payment.|partial|Rand Paul"],
            ),
            (
                "In an interview last week, Ms. Acosta acknowledged that the debt was confusing and called the golf venture “a great example of what went wrong.”",
                &["a great example of what went wrong.|partial|Acosta"],
            ),
            // "according to its analysis" names a source, not a speaker.
            (
                "Maria Lopez, a party official, said on Tuesday that according to its analysis the party had won most seats, but “we are still counting the seats.”",
                &["we are still counting the seats.|partial|Maria Lopez"],
            ),
            // An apposition before the verb: "Jane Roe, a Texas native who writes …".
            (
                "Jane Roe, a Texas native who writes fiction on the side, once described the contest as “a fight where the loser gets eaten.”",
                &["a fight where the loser gets eaten.|partial|Jane Roe"],
            ),
            // "a wake-up call", "a press call": nouns, not verbs.
            (
                "Citing the crash as a wake-up call for investors and their “dreams of easy money,” the fund shut its doors.",
                &["dreams of easy money,|partial|"],
            ),
            (
                "Jane Roe, on a press call Friday, accused the rival of “misrepresenting what had occurred.”",
                &["misrepresenting what had occurred.|partial|Jane Roe"],
            ),
            (
                "Hillary Clinton responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
                &["Yes, I will. That was a poor choice of words.|full|Hillary Clinton"],
            ),
            // A sentence after a partial quote does not attribute it.
            (
                "Ted Cruz and Donald Trump used the harshest words on Fox News, with Ted Cruz promising to “carpet bomb them into oblivion.” Yet they have offered no specifics.",
                &["carpet bomb them into oblivion.|partial|Ted Cruz"],
            ),
            // "he" after a new person is introduced refers to that person, not to the
            // previous quote's speaker.
            (
                "“We can only slow these deals down,” Treasury Secretary Tom Lee said.\n\nEdward Marsh, a former tax official, agreed that the agency had little power.\n\n“The agency is holding back the tide with a broom,” he said.",
                &[
                    "We can only slow these deals down,|full|Tom Lee",
                    "The agency is holding back the tide with a broom,|full|Edward Marsh",
                ],
            ),
            // A surname that is also a common word.
            (
                "Columnist George Will renewed his feud with the candidate.\n\n“The eruption of war is a reminder of the stakes,” Will wrote.",
                &["The eruption of war is a reminder of the stakes,|full|George Will"],
            ),
            // A participle's subject may be a descriptive phrase.
            (
                "The retired surgeon has given no details, saying only that he was “refining some practices and staff assignments.”",
                &["refining some practices and staff assignments.|partial|The retired surgeon"],
            ),
            // A partial quote after a sentence of reported speech continues it.
            (
                "Jane Roe said false stories spread fast. Facts can still win, she said. But usually only when “the truth is more exciting than the lie.”",
                &["the truth is more exciting than the lie.|partial|Jane Roe"],
            ),
            // A person inside a title phrase is no speaker when another closes it.
            (
                "Mike Huckabee spoke in Iowa. “Any candidate needs to make money,” said Huckabee campaign spokesman Hogan Gidley.",
                &["Any candidate needs to make money,|full|Hogan Gidley"],
            ),
            (
                "Hillary Clinton spoke on Monday. The Clinton campaign, in a Q&A on the e-mail controversy, worded it more carefully: “Her practice was to email officials on their accounts.”",
                &[
                    "Her practice was to email officials on their accounts.|full|The Clinton campaign",
                ],
            ),
            // A verb before an infinitive does not attribute.
            (
                "The drug maker ran adverts. In them, the company says the article continues to “needlessly spread fear among patients.”",
                &["needlessly spread fear among patients.|partial|the company"],
            ),
            // The subject right before the verb speaks, not a name in the phrase before it.
            (
                "Acme Pharma Inc. ran adverts. In the adverts, entitled An Open Letter from chief executive Sidney Taurel, the company says the article continues to “needlessly spread fear among patients.”",
                &["needlessly spread fear among patients.|partial|Acme Pharma Inc."],
            ),
            // "the company" is the article's company, not a product named once since.
            (
                "Acme Pharma Inc. ran adverts. Acme Pharma Inc. makes Calmex. In the adverts, the company says the article continues to “spread fear among patients.”",
                &["spread fear among patients.|partial|Acme Pharma Inc."],
            ),
            // "the ministry" is the ministry named before, not the last organization.
            (
                "The Ministry of Communications invited bids. The winner will work with the Iraqi Telecommunications and Post Company. The ministry said it wanted to raise “the very low telephone penetration rate.”",
                &["the very low telephone penetration rate.|partial|Ministry of Communications"],
            ),
            // A title resolves to the only person holding it.
            (
                "Founder Stelios Haji-Ioannou has pledged to fight. “It is our right to use our own colour,” the Easyjet founder said.",
                &["It is our right to use our own colour,|full|Stelios Haji-Ioannou"],
            ),
            // A missing closing mark before a new opener.
            (
                "A Northfield Council source said: \"Every day in school counts. \"It is clear that schools are using the tools we gave them.\"",
                &[
                    "Every day in school counts.|full|A Northfield Council source",
                    "It is clear that schools are using the tools we gave them.|full|A Northfield Council source",
                ],
            ),
            // A question's subject, not the possessor in it.
            (
                "Scott Parker is a voter. Was Parker satisfied with Marco Rubio's answer?\n\n“To a point,” he said.",
                &["To a point,|full|Scott Parker"],
            ),
            // A possessive closing the phrase is no part of the speaker.
            (
                "Voters cheered Republican presidential candidate Donald Trump’s call for “a total and complete shutdown of the border.”",
                &["a total and complete shutdown of the border.|partial|Donald Trump"],
            ),
            // A coordinated verb speaks for the sentence's subject.
            (
                "Jane Roe hired a new manager. She praised those who left but said, “We are in a different game now.”",
                &["We are in a different game now.|full|Jane Roe"],
            ),
            // The object of a preposition is a weaker antecedent than the subject.
            (
                "Jane Roe hired Bob Dees, which led to the exit of former manager Mary Bell.\n\n“We are in a different game now,” she said.",
                &["We are in a different game now,|full|Jane Roe"],
            ),
            // An apposition's phrase stands for the person before it.
            (
                "Matt Braynard, a South Carolina native who writes fiction, calls his method “the only one that works.”",
                &["the only one that works.|partial|Matt Braynard"],
            ),
            // "…, said the days when …" is no inverted attribution.
            (
                "Hemsley, the co-author of a book, said the days when the nation had “a somewhat unifying story” are gone.",
                &["a somewhat unifying story|partial|Hemsley"],
            ),
            // A party label in parentheses stands between the name and the verb.
            (
                "“By moving overseas on paper, the company is gaming the system,” Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.",
                &[
                    "By moving overseas on paper, the company is gaming the system,|full|Harry M. Reid",
                ],
            ),
            // A partial quote in another paragraph does not continue the last speaker.
            (
                "“We will appeal,” said Jane Roe.\n\nThe museum in Washington issued a report this month charging the group with “crimes against humanity and genocide.”",
                &[
                    "We will appeal,|full|Jane Roe",
                    "crimes against humanity and genocide.|partial|",
                ],
            ),
        ];
        check_all(cases);
    }

    #[test]
    fn partial_quotes_and_non_quotes() {
        let cases: &[(&str, &[&str])] = &[
            // "according to X" closing the clause gives the source of a partial quote; not
            // from another clause, nor for a term of a few words.
            (
                "The band have done “everything in their considerable powers” to stay on top, \
                 according to magazine editor Paul Rees. Tom Hale promised not to get “fat, \
                 dumb and happy,” and, according to Reuters, once told analysts so.",
                &[
                    "everything in their considerable powers|partial|Paul Rees",
                    "fat, dumb and happy,|partial|Tom Hale",
                ],
            ),
            (
                "There will be 2.5 million “entertainment and leisure” robots by 2007, \
                 according to the UN.",
                &["entertainment and leisure|partial|"],
            ),
            (
                "Meta is moving away from “AI infrastructure expansion” toward products.",
                &["AI infrastructure expansion|partial|"],
            ),
            (
                "Jane Roe called the plan “a bold but risky bet” on Friday.",
                &["a bold but risky bet|partial|Jane Roe"],
            ),
            (
                "Jane Roe said the plan was “a bold but risky bet.”",
                &["a bold but risky bet.|partial|Jane Roe"],
            ),
            ("The so-called “experts” were wrong.", &[]),
            ("He is known as “Big Jim” in town.", &[]),
            ("She starred in “Saturday Night Live” last year.", &[]),
            ("They read “The Wealth of Nations” in class.", &[]),
            ("A play called “Los Hijos de Trump” opened.", &[]),
            ("The “AI-first” strategy worked.", &[]),
            (
                "Jane Roe said that “nothing has changed at all.”",
                &["nothing has changed at all.|partial|Jane Roe"],
            ),
            (
                "Jane Roe said that “Nothing has changed at all.”",
                &["Nothing has changed at all.|full|Jane Roe"],
            ),
        ];
        check_all(cases);
    }
}
