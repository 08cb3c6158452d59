//! `quotes`: the reader that attributes each quote, with what every step of it asks of the
//! text (tokens, sentences, marks, mentions outside quotes).

use std::cell::OnceCell;
use std::collections::HashMap;

use super::marks::{find_quote_spans, is_quote, is_title, word_count};
use super::phrase::is_photo_credit;
use super::quote::{Quote, QuoteKind};
use super::reference::Gender;
use crate::extract::entities::{Entities, EntityKind};
use crate::extract::names::is_determiner;
use crate::lexicon::{
    AUXILIARIES, BEFORE_VERB, DESCRIBING_VERBS, IRREGULAR_PASTS, KIN_NOUNS, PERSON_NOUNS, ROLES,
    SPEECH_VERBS, is_form_of_be, is_ly_adverb,
};
use crate::text::{Document, ParagraphKind, Sentence, Span, Token};

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
        lists: OnceCell::new(),
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
        if let Some(s) = &speaker
            && let Some(body) = reader.body_meant_by_it(s, paragraph, &out)
        {
            speaker = Some(body);
        }
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
            && !reader.subject_named_between(EntityKind::Person, p.span.end, span.start)
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
    // `Trump's new book, "Crippled America: How to Make America Great Again," for clues`: a
    // title with the comma the writer put inside its marks, and no cue, is no quote; nor,
    // inside the writer's sentence, one of two words or more with its period or comma,
    // attributed or not: `he told NBC's "Meet the Press."`.
    let titled: Vec<bool> = out
        .iter()
        .map(|q| {
            let text = doc.slice(q.span);
            q.cue.is_none() && text.strip_suffix(',').is_some_and(is_title)
                || (q.kind == QuoteKind::Partial
                    || !reader.opens_sentence(q.span) && !reader.introduced(q.span))
                    && text
                        .strip_suffix(['.', ','])
                        .is_some_and(|t| is_title(t) && word_count(t) >= 2)
        })
        .collect();
    let mut keep: Vec<bool> = out
        .iter()
        .zip(&titled)
        .map(|(q, &titled)| {
            !titled && (word_count(doc.slice(q.span)) >= 3 || standing(q) && q.cue.is_some())
        })
        .collect();
    // A quote with no attribution of its own continues the previous quote's speaker, in the
    // same paragraph, or in the next when it opens that paragraph.
    let mut prev: Option<usize> = None;
    for i in 0..out.len() {
        if addressed[i] || titled[i] {
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
                    && (reader.opens_paragraph(out[i].span)
                        || reader.after_lead_in(out[i].span)
                        || reader.opens_sentence(out[i].span)
                            && reader.names_no_one_else(q, out[i].span));
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
        // (A partial quote no one is said to speak passes nothing on, and stops nothing:
        // "… retirement ages were “increasingly consigned to the past”. “We're sweeping
        // them away …”" goes on with the minister quoted before.)
        let unspoken = out[i].kind == QuoteKind::Partial && out[i].speaker.is_none();
        if (keep[i] || out[i].cue.is_some()) && !unspoken {
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

/// A role title's holder (index of the person) and its words in lower case.
pub(super) type Title = (usize, Vec<String>);

pub(super) struct Reader<'a> {
    pub(super) doc: &'a Document,
    pub(super) entities: &'a Entities,
    /// Every quote's span: names inside quotes are not what pronouns outside refer to.
    pub(super) quoted: &'a [Span],
    /// Each person's gender, when known, found the first time a pronoun asks.
    /// (With whether the text states it — a title, a noun, a given name clearly one gender's
    /// — or lede guesses it from a name of either gender or from pronouns.)
    pub(super) genders: Vec<OnceCell<Option<(Gender, bool)>>>,
    /// People's role titles, each as its words in lower case, by the title's last word, in
    /// the order of the people: built the first time "the chief executive" asks who holds a
    /// title, so that asking costs the holders, not every person of a long article.
    pub(super) titles: OnceCell<HashMap<String, Vec<Title>>>,
    /// For each mention, the list of people it belongs to (see `listed_people`), found the
    /// first time a pronoun asks.
    pub(super) lists: OnceCell<Vec<Option<usize>>>,
    /// Mentions outside quotes, in text order: (span, kind, entity index).
    pub(super) mentions: Vec<(Span, EntityKind, usize)>,
}

/// The mentions that stand outside every quote, in text order.
pub(super) fn outside_quotes(
    entities: &Entities,
    quoted: &[Span],
) -> Vec<(Span, EntityKind, usize)> {
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

impl<'a> Reader<'a> {
    pub(super) fn tokens(&self) -> &'a [Token] {
        self.doc.tokens()
    }

    /// Index of the first token starting at or after byte `pos`.
    pub(super) fn token_from(&self, pos: usize) -> usize {
        self.tokens().partition_point(|t| t.span.start < pos)
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.tokens().get(i).map_or("", |t| self.doc.slice(t.span))
    }

    pub(super) fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// The token range of the sentence holding byte `pos`.
    pub(super) fn sentence_tokens(&self, pos: usize) -> std::ops::Range<usize> {
        match self.doc.sentence_at(pos) {
            Some(s) => self.doc.sentences()[s].tokens.clone(),
            None => 0..0,
        }
    }

    /// A double quote mark: “, ”, ", `` or the two halves of ''.
    pub(super) fn is_double_mark(&self, i: usize) -> bool {
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
    pub(super) fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.end <= span.start);
        self.quoted.get(i).is_some_and(|q| q.contains(span))
    }

    pub(super) fn holds_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.end <= span.start);
        self.quoted.get(i).is_some_and(|q| q.overlaps(span))
    }

    /// Whether only quote marks stand before the quote in its paragraph.
    pub(super) fn opens_paragraph(&self, span: Span) -> bool {
        let Some(s) = self.doc.sentence_at(span.start) else {
            return false;
        };
        let sentences = self.doc.sentences();
        let here = &sentences[s];
        let first_of_paragraph = s == 0 || sentences[s - 1].paragraph != here.paragraph;
        first_of_paragraph
            && (here.tokens.start..self.token_from(span.start)).all(|i| self.is_quote_mark(i))
    }

    pub(super) fn is_quote_mark(&self, i: usize) -> bool {
        matches!(self.word(i), "“" | "”" | "\"" | "`" | "'" | "‘" | "’")
    }

    /// `full` when the quote stands as its own sentence.
    pub(super) fn kind(&self, span: Span) -> QuoteKind {
        let text = self.doc.slice(span);
        let sentence = self.sentence_tokens(span.start);
        let first = self.token_from(span.start);
        // Skip the opening mark.
        let mut j = first;
        while j > sentence.start && self.is_quote_mark(j - 1) {
            j -= 1;
        }
        if !text
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '…' || c == '.')
        {
            // ("“We are,” she said, “ready for a hard year.”": the rest of a quoted sentence
            // that its attribution interrupts, the writer's sentence opened by the quote.)
            let rest = j > sentence.start + 1
                && self.word(j - 1) == ","
                && self.is_quote_mark(sentence.start)
                && text.ends_with(['.', '!', '?']);
            return if rest {
                QuoteKind::Full
            } else {
                QuoteKind::Partial
            };
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

    /// The mentions outside quotes that start between bytes `from` and `to`.
    pub(super) fn mentions_between(&self, from: usize, to: usize) -> &[(Span, EntityKind, usize)] {
        let at = |pos: usize| self.mentions.partition_point(|(m, _, _)| m.start < pos);
        let from = at(from);
        &self.mentions[from..at(to).max(from)]
    }

    /// The token of the quote at `span`'s first opening mark (not before token `start`).
    pub(super) fn opening_mark(&self, span: Span, start: usize) -> usize {
        let mut k = self.token_from(span.start);
        while k > start && self.is_quote_mark(k - 1) {
            k -= 1;
        }
        k
    }

    /// Whether the quote at `span` opens its sentence (only quote marks before it).
    pub(super) fn opens_sentence(&self, span: Span) -> bool {
        self.doc.sentence_at(span.start).is_some_and(|s| {
            let first = self.token_from(span.start);
            (self.doc.sentences()[s].tokens.start..first).all(|i| self.is_quote_mark(i))
        })
    }

    /// The sentence before the quote at `span`, in its paragraph (or, with `across`, ending
    /// the paragraph before when the quote opens its own, not a heading), holding no quote.
    pub(super) fn quoteless_sentence_before(
        &self,
        span: Span,
        across: bool,
    ) -> Option<&'a Sentence> {
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

    /// `“…” ¶ The club is funding its move …. “We have got a very good product …”`: whether
    /// quote `q`'s speaker is a person or organization named, and the text from `q` to the
    /// quote at `span` names no other outside quotes.
    pub(super) fn names_no_one_else(&self, q: &Quote, span: Span) -> bool {
        let Some(speaker) = q.speaker.as_ref() else {
            return false;
        };
        (speaker.person.is_some() || speaker.organization.is_some())
            && self.mentions_between(q.span.end, span.start).iter().all(
                |&(_, kind, idx)| match kind {
                    EntityKind::Person => speaker.person == Some(idx),
                    EntityKind::Organization => speaker.organization == Some(idx),
                    _ => true,
                },
            )
    }

    /// `under the headline: "Harry the Nazi."`, `a headline that said, "ISIS Declares …"`:
    /// whether the quote at `span` follows a colon or a speech verb, as words reported do.
    pub(super) fn introduced(&self, span: Span) -> bool {
        let range = self.sentence_tokens(span.start);
        let mark = self.opening_mark(span, range.start);
        let before = |k: usize| mark >= range.start + k;
        // (A speech verb as a word, whatever its use: "a headline that said".)
        let speech = |k: usize| SPEECH_VERBS.get(&self.lower(k)).is_some();
        before(1)
            && (self.word(mark - 1) == ":"
                || speech(mark - 1)
                || before(2) && self.word(mark - 1) == "," && speech(mark - 2))
    }

    /// "not", "never", "n't" at token `i`: a verb after it denied.
    pub(super) fn is_negation(&self, i: usize) -> bool {
        matches!(self.lower(i).as_str(), "not" | "never" | "n't")
    }

    /// A form of "to be" at token `i` ("was described", "is saying").
    pub(super) fn is_be(&self, i: usize) -> bool {
        // (Compared as written, any case: no word is lowered.)
        is_form_of_be(self.word(i))
    }

    /// A noun for a person at token `i`, in lower case: kin ("husband"), a role
    /// ("spokesman") or a person noun ("neighbour", "friend").
    pub(super) fn names_a_person(&self, i: usize) -> bool {
        let w = self.word(i);
        KIN_NOUNS.contains(w) || PERSON_NOUNS.contains(w) || ROLES.get(w).is_some()
    }

    pub(super) fn span(&self, first: usize, last: usize) -> Span {
        let toks = self.tokens();
        Span::new(toks[first].span.start, toks[last - 1].span.end)
    }

    /// The text between tokens `a` and `b`, both excluded.
    pub(super) fn text_between(&self, a: usize, b: usize) -> &'a str {
        let toks = self.tokens();
        &self.doc.text()[toks[a].span.end..toks[b].span.start]
    }

    pub(super) fn is_speech_verb(&self, i: usize) -> bool {
        self.speech_cue_end(i).is_some()
    }

    /// Whether the word at `i` is a speech verb whose object is the one spoken to ("told",
    /// "accused": `|listener` in speech_verbs.txt), whatever its use here.
    pub(super) fn is_listener_verb(&self, i: usize) -> bool {
        SPEECH_VERBS.value(&self.lower(i)) == Some("listener")
    }

    /// Whether the word at `i` may stand between a speaker and the speech verb: an auxiliary
    /// or adverb of before_verb.txt, or an adverb in "-ly" ("has also", "repeatedly").
    pub(super) fn is_before_verb(&self, i: usize) -> bool {
        BEFORE_VERB.contains(self.word(i)) || is_ly_adverb(self.word(i))
    }

    /// A plural-looking word ("analysts", not "press", "famous" or "census").
    pub(super) fn is_plural(&self, k: usize) -> bool {
        let w = self.word(k);
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    }

    pub(super) fn is_determiner(&self, k: usize) -> bool {
        is_determiner(&self.lower(k))
    }

    /// A past tense or participle: "branded", "said".
    pub(super) fn is_past(&self, v: usize) -> bool {
        let lower = self.lower(v);
        lower.ends_with("ed") || IRREGULAR_PASTS.contains(&lower)
    }

    /// Verbs that attribute a partial quote: "insiders describe as “…”".
    pub(super) fn is_describing_verb(&self, i: usize) -> bool {
        if !DESCRIBING_VERBS.contains(&self.lower(i)) {
            return false;
        }
        let noun = i > 0 && self.is_determiner(i - 1)
            || i > 1
                && self.is_determiner(i - 2)
                && self.word(i - 1).starts_with(char::is_lowercase)
                && !self.is_plural(i - 1);
        // ("calling for a “day of reckoning”", "calling on them to …": a demand, no name;
        // "make phone calls over the net using “…”": the noun, a preposition after it.)
        let demand = matches!(
            self.lower(i + 1).as_str(),
            "for" | "on" | "off" | "up" | "over" | "from" | "with"
        );
        !noun && !demand
    }

    pub(super) fn paragraph_of(&self, pos: usize) -> usize {
        self.doc
            .sentence_at(pos)
            .map_or(0, |s| self.doc.sentences()[s].paragraph)
    }
}
