//! Attributions: the speech verb or phrase after a quote, before it, in the sentence before,
//! and the speaker phrase it points to.

use super::marks::{is_title, word_count};
use super::phrase::is_speaker_noun;
use super::quote::{QuoteKind, Speaker};
use super::reader::Reader;
use super::reference::{Gender, gender_of_pronoun, is_opening_conjunction};
use crate::extract::entities::EntityKind;
use crate::extract::names::{is_capitals, is_dash};
use crate::lexicon::is_subject_pronoun;
use crate::lexicon::{
    AUXILIARIES, BEFORE_VERB, FUNCTION_WORDS, IRREGULAR_PASTS, MODALS, NATIONALITIES, NUMBER_WORDS,
    ORG_NOUNS, PERSON_NOUNS, ROLES, SPEECH_NOUNS, SPEECH_VERBS, TITLE_MODIFIERS, is_ly_adverb,
    is_past_form, is_personal_possessive, is_possessive_determiner,
};
use crate::text::{Sentence, Span, TokenKind};

impl<'a> Reader<'a> {
    /// `Then, later that month on CNN: "…"`: the quote at `span` follows a short opening of
    /// its paragraph's first sentence that ends in a colon and names no person, nor holds a
    /// speech verb (a writer's lead-in, not an attribution).
    pub(super) fn after_lead_in(&self, span: Span) -> bool {
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

    /// The speaker and cue of a quote.
    pub(super) fn attribution(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        self.attribution_in_sentence(span)
            .or_else(|| self.possessor_of_words(span))
            .or_else(|| self.attribution_next_sentence(span))
            .or_else(|| self.possessor_of_claim(span))
            .or_else(|| self.subject_before_colon(span))
            .or_else(|| self.speaker_of_sentence_before(span))
            .or_else(|| self.person_before_in_sentence(span))
            .or_else(|| self.speaker_of_reported_sentence(span))
    }

    /// `Rubio's answer was that “…”`, `His response was blunt: “…”`: a quote in a sentence
    /// whose subject is a possessor and a noun for something said is the possessor's.
    pub(super) fn possessor_of_words(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
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
        // ("His message to the chancellor was: “…”": the one it was said to may follow.)
        let after = if self.word(n + 1) == "to" {
            (n + 2..quote.min(n + 7))
                .take_while(|&k| self.tokens()[k].kind == TokenKind::Word || self.word(k) == ":")
                .find(|&k| self.is_be(k) || self.word(k) == ":")?
        } else {
            n + 1
        };
        if !(self.is_be(after) || self.word(after) == ":") {
            return None;
        }
        let p = n - 1;
        let speaker = if self.tokens()[p].kind == TokenKind::Possessive {
            self.noun_phrase_before(start, p)
                .filter(|s| self.token_from(s.span.start) == start || s.person.is_some())?
        } else if p == start {
            self.possessive_pronoun(p)?
        } else {
            return None;
        };
        Some((speaker, None))
    }

    /// The person "his" or "her" at token `p` stands for.
    fn possessive_pronoun(&self, p: usize) -> Option<Speaker> {
        match self.lower(p).as_str() {
            "his" => Some(self.resolve_pronoun(p, "he", EntityKind::Person, Some(Gender::Male))),
            "her" => Some(self.resolve_pronoun(p, "she", EntityKind::Person, Some(Gender::Female))),
            _ => None,
        }
    }

    /// `she came under fire over her assertion during the debate that “…”`: a quote right
    /// after "that", a few words after a possessor and a noun for something said (no speech
    /// verb between them), is the possessor's.
    pub(super) fn possessor_of_claim(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        let range = self.sentence_tokens(span.start);
        let quote = self.opening_mark(span, range.start);
        if quote < range.start + 3 || self.lower(quote - 1) != "that" {
            return None;
        }
        let start = self.after_last_quote(range.start, quote);
        let n = (start.max(quote.saturating_sub(7)) + 1..quote - 1)
            .rev()
            .find(|&n| SPEECH_NOUNS.contains(self.word(n)))?;
        if (n + 1..quote - 1).any(|v| self.is_speech_verb(v)) {
            return None;
        }
        let p = n - 1;
        let speaker = if self.tokens()[p].kind == TokenKind::Possessive {
            self.noun_phrase_before(start, p)
                .filter(|s| s.person.is_some() || s.organization.is_some())?
        } else {
            self.possessive_pronoun(p)?
        };
        Some((speaker, None))
    }

    /// `Kevin Dolan was asked: “…”`: a passive speech verb right before the colon, whose
    /// subject is the one spoken to.
    pub(super) fn spoken_to(&self, span: Span) -> bool {
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
    pub(super) fn speaker_of_reported_sentence(
        &self,
        span: Span,
    ) -> Option<(Speaker, Option<Span>)> {
        // (Or ending the paragraph before, when the quote opens its own: "…, Mr Howard said.
        // ¶ “We watched …”".)
        let prev = self.quoteless_sentence_before(span, true)?;
        let mut end = prev.tokens.end;
        while end > prev.tokens.start && self.tokens()[end - 1].kind == TokenKind::Punct {
            end -= 1;
        }
        self.reported_by_ending(prev, end)
            .or_else(|| self.reported_by_opening(prev, end, span))
    }

    /// `Facts can still win, she said.`: the speaker of a sentence ending in its attribution
    /// (a comma at most six words from its end `end`).
    fn reported_by_ending(&self, prev: &Sentence, end: usize) -> Option<(Speaker, Option<Span>)> {
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

    /// `Brill has argued that the law was crippled …. As a result, there's still “…”`: the
    /// speaker of a sentence opening with its speaker, a speech verb and "that". A quote
    /// opening its own sentence takes it from any clause so reported, after a connective or
    /// not: "But the committee said an amendment was needed. “In exempting fishing, …”".
    fn reported_by_opening(
        &self,
        prev: &Sentence,
        end: usize,
        span: Span,
    ) -> Option<(Speaker, Option<Span>)> {
        let standing = self.opens_sentence(span);
        let mut start = prev.tokens.start;
        let comma_after = self.word(start + 1) == ",";
        if standing
            && (is_opening_conjunction(&self.lower(start))
                || self.lower(start) == "however" && comma_after)
        {
            start += 1 + usize::from(comma_after);
        }
        let v = (start + 1..end.min(start + 6)).find(|&v| {
            self.is_speech_verb(v)
                && (self.lower(v + 1) == "that"
                    || standing && self.reports_a_clause(v, v + 1, end) && self.is_finite(start, v))
        })?;
        // (Not a verb denied: "It would not confirm that Sizzla was among them.")
        if (start..v).any(|i| self.is_negation(i)) {
            return None;
        }
        let speaker = self.noun_phrase_before(start, v)?;
        (self.token_from(speaker.span.start) == start)
            .then(|| (speaker, Some(self.span(v, self.cue_end(v)))))
    }

    /// Whether the verb at `v`, after its subject from `start`, reports what was said: a past
    /// ("said"), a present of the third person ("insists") or of a plural subject
    /// ("Regulators say"), with no modal before it ("Many might think", "Consumer demand
    /// will" is no verb).
    fn is_finite(&self, start: usize, v: usize) -> bool {
        let modal = (start..v).any(|i| MODALS.contains(&self.lower(i)));
        !modal && (self.is_past(v) || self.lower(v).ends_with('s') || self.is_plural(v - 1))
    }

    /// `Campbell signalled his intent to move abroad. “I'm 30 now …”`: a quote opening its
    /// sentence, with no attribution of its own nor a quote before it to continue, is the
    /// person's who is the subject of the sentence before it in the paragraph.
    pub(super) fn subject_of_sentence_before(&self, span: Span) -> Option<Speaker> {
        if !self.opens_sentence(span) {
            return None;
        }
        let prev = self.quoteless_sentence_before(span, true)?;
        let first = self.token_from(span.start);
        // ("Mikoliunas barged a linesman. “He was sent off …”": words about the subject are
        // someone else's; so are "“In 1991, ten years after his death, he sold …”": a third
        // person in the quote's first sentence, and no first.)
        if gender_of_pronoun(&self.lower(first)).is_some() {
            return None;
        }
        let sentence_end = self
            .doc
            .sentence_at(span.start)
            .map_or(first, |s| self.doc.sentences()[s].tokens.end)
            .min(self.token_from(span.end));
        let (mut third, mut own) = (false, false);
        for i in first..sentence_end {
            let word = self.lower(i);
            third |= gender_of_pronoun(&word).is_some();
            own |= matches!(word.as_str(), "i" | "me" | "my" | "we" | "our" | "us");
        }
        if third && !own {
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
    pub(super) fn person_before_in_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
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
            // Or a title's holder named before, as the subject ("… although the prime minister
            // talked about a “…”"): "the", a title in lower case (its modifiers before it),
            // then a verb; no preposition before "the" ("met the prime minister").
            let holder = || {
                (range.start..quote).rev().find_map(|i| {
                    if self.word(i) != "the" && self.word(i) != "The"
                        || i > range.start && self.preposition_before(i).is_some()
                    {
                        return None;
                    }
                    let mut h = i + 1;
                    while h + 1 < quote && TITLE_MODIFIERS.contains(self.word(h)) {
                        h += 1;
                    }
                    let verb = h + 1;
                    (verb < quote
                        && ROLES.get(self.word(h)).is_some()
                        && self.tokens()[verb].kind == TokenKind::Word
                        && self.word(verb).starts_with(char::is_lowercase)
                        && !FUNCTION_WORDS.contains(self.word(verb))
                        && !AUXILIARIES.contains(self.word(verb)))
                    .then(|| self.phrase(i, verb))
                    .flatten()
                    .filter(|s| s.person.is_some())
                })
            };
            if !pronoun
                && organization.is_none()
                && let Some(s) = holder()
            {
                return Some((s, None));
            }
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
    pub(super) fn speaker_of_sentence_before(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        if !self.opens_sentence(span) {
            return None;
        }
        // (Or the last sentence of the paragraph before, when the quote opens its own: "Dan
        // Jolin, reviews editor of Empire, says … ¶ “I can understand why …”".)
        let prev = self.quoteless_sentence_before(span, true)?;
        // ("… whether an individual is who they say they are": a verb of a clause that
        // "who" or "what" opens reports nothing.)
        let verb_in = |sentence: &Sentence| {
            (sentence.tokens.start..sentence.tokens.end).find(|&v| {
                self.is_speech_verb(v)
                    && !(v >= sentence.tokens.start + 2
                        && matches!(self.lower(v - 2).as_str(), "who" | "what")
                        && is_subject_pronoun(&self.lower(v - 1)))
            })
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
                    "that" | "he" | "she" | "they" | "we" | "it" | "there"
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
    pub(super) fn attribution_next_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
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
            // "The government has announced plans to cut …": a word after the verb that is no
            // function word, adverb or name is its object, what the sentence reports (a
            // listener is none: "told reporters").
            if v > range.start
                && e < range.end
                && !self.is_listener_verb(v)
                && self.tokens()[e].kind == TokenKind::Word
                && self.word(e).starts_with(char::is_lowercase)
                && !FUNCTION_WORDS.contains(self.lower(e).as_str())
                && !is_ly_adverb(self.word(e))
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
    pub(super) fn reports_a_clause(&self, v: usize, from: usize, end: usize) -> bool {
        let listener = self.is_listener_verb(v);
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
                            && is_past_form(&w)
                })
    }

    /// `President Clinton released the following statement: “…”`: the named subject of the
    /// sentence that introduces a quote with a colon.
    pub(super) fn subject_before_colon(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
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
        // A clause of its own closing on a speech verb, its subject named: "The New York
        // Times made these allegations in February, and Breitbart News responded: ¶ “…”".
        if k >= range.start + 3
            && self.is_speech_verb(k - 2)
            && let Some(c) = (range.start + 1..k - 2).rev().find(|&c| {
                matches!(self.lower(c).as_str(), "and" | "but") && self.word(c - 1) == ","
            })
            && let Some(s) = self.noun_phrase_before(c + 1, k - 2)
            && (c + 1..self.token_from(s.span.start)).all(|i| self.lower(i) == "the")
            && (s.person.is_some() || s.organization.is_some())
        {
            return Some((s, Some(self.span(k - 2, k - 1))));
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

    pub(super) fn attribution_in_sentence(&self, span: Span) -> Option<(Speaker, Option<Span>)> {
        // After the quote: tokens from the closing mark to the end of its sentence.
        let end_sentence = self.sentence_tokens(span.end.saturating_sub(1).max(span.start));
        // (The closing marks only, glued to the quote: not the opening mark of a quote after
        // it, whose words are not an attribution: "“…,” “Overall I would say …,” X added.")
        let mut j = self.token_from(span.end);
        let mut at = span.end;
        while j < end_sentence.end && self.is_quote_mark(j) && self.tokens()[j].span.start == at {
            at = self.tokens()[j].span.end;
            j += 1;
        }
        let quote_next = j < end_sentence.end && self.is_double_mark(j);
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
            && !quote_next
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
    pub(super) fn trailing_attribution(
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
    pub(super) fn after(&self, mut j: usize, end: usize) -> Option<(Speaker, Option<Span>)> {
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
    pub(super) fn before(&self, start: usize, k: usize) -> Option<(Speaker, Option<Span>)> {
        // "according to X" anywhere before, unless a speech verb of its own follows ("According
        // to Mr Peston the prime minister said: “…”": the prime minister speaks; a passive's
        // subject does not: "According to a memo, staff were told the changes would be “…”").
        for a in start..k.saturating_sub(1) {
            if self.lower(a) == "according"
                && self.lower(a + 1) == "to"
                && !is_possessive_determiner(&self.lower(a + 2))
            {
                let cue = self.span(a, a + 2);
                if let Some(s) = self.noun_phrase_after(a + 2, k)
                    && !(self.token_from(s.span.end)..k)
                        .any(|v| self.is_speech_verb(v) && !self.is_be(v - 1))
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
                && self.is_negation(v - 1)
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
                // "Sullivan has said that Mr Ebbers ordered adjustments, telling him to “…”":
                // after a clause a speech verb reports, a participle spoken to someone is that
                // clause's subject's (not "…, adding: “…”", which goes on for the speaker).
                if self.word(v - 1) == ","
                    && self.is_listener_verb(v)
                    && let Some(u) = (start..v - 1)
                        .rev()
                        .find(|&u| self.is_speech_verb(u) && !self.word(u).ends_with("ing"))
                    && let c = if self.lower(u + 1) == "that" {
                        u + 2
                    } else {
                        u + 1
                    }
                    && c + 1 < v
                    && let Some(s) = self.entity_from(c, v)
                    && s.person.is_some()
                    && self
                        .tokens()
                        .get(self.token_from(s.span.end))
                        .is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && self.doc.slice(t.span).starts_with(char::is_lowercase)
                        })
                {
                    return Some((s, cue));
                }
                if let Some(s) = self.sentence_subject(start, v, true) {
                    return Some((s, cue));
                }
                continue;
            }
            // "the government, suggests Mr Davies, could act as “…”": an attribution set
            // between commas inside the clause, its speaker after the verb.
            if speech
                && v > start
                && self.word(v - 1) == ","
                && let Some(s) = self.entity_from(self.cue_end(v), k)
                && (s.person.is_some() || s.organization.is_some())
                && self.word(self.token_from(s.span.end)) == ","
            {
                return Some((s, cue));
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
            // (Not "…, told researchers: “…”": a listener verb's object is who is spoken to.)
            if speech
                && (v == start || self.tokens()[v - 1].kind == TokenKind::Punct)
                && !self.is_listener_verb(v)
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
    pub(super) fn quotes_someone(&self, v: usize) -> bool {
        matches!(self.lower(v).as_str(), "quoted" | "quotes")
            && self.is_speech_verb(v)
            && !(v > 0 && self.is_be(v - 1))
    }

    /// The subject of the sentence a participle hangs from: "Hours later, Jane Roe returned
    /// the compliment, telling Reuters …" → Jane Roe. A named entity or pronoun at the start
    /// of the sentence or right after an opening phrase ("Back in 1999,"), or "the company".
    pub(super) fn sentence_subject(
        &self,
        start: usize,
        v: usize,
        descriptive: bool,
    ) -> Option<Speaker> {
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
    pub(super) fn subject_from(
        &self,
        start: usize,
        v: usize,
        descriptive: bool,
    ) -> Option<Speaker> {
        let mut first = (start..v).find(|&i| self.tokens()[i].kind != TokenKind::Punct)?;
        // ("But he blamed “…”": a conjunction opening the sentence is no part of its subject.)
        if first + 1 < v && is_opening_conjunction(&self.lower(first)) {
            first += 1;
        }
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
            // "Her neighbour, retired teacher Tom Kelley, 68, was blunter: “…”": a possessive
            // before a noun for a person opens the subject, up to its verb "be".
            if is_personal_possessive(&self.lower(first))
                && self.names_a_person(first + 1)
                && let Some(be) = (first + 2..v).find(|&b| self.is_be(b))
            {
                return self.noun_phrase_before(first, be);
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

    /// The first token after the last quote among tokens `start..end`, or `start`: scare
    /// quotes and titles (two words or fewer, or Title Case) do not count unless a comma
    /// closes them for an attribution ("will play the “woman card,” Fiorina said").
    pub(super) fn after_last_quote(&self, start: usize, end: usize) -> usize {
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

    /// The end of the cue opening at token `v`: a speech phrase's words, or the one verb.
    pub(super) fn cue_end(&self, v: usize) -> usize {
        self.speech_cue_end(v).unwrap_or(v + 1)
    }

    /// The end (exclusive) of the speech verb or phrase that opens at token `i` ("said",
    /// "points out"), if one does.
    pub(super) fn speech_cue_end(&self, i: usize) -> Option<usize> {
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
    pub(super) fn verb_here(&self, i: usize, w: &str) -> bool {
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
    pub(super) fn before_infinitive(&self, i: usize) -> bool {
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

    /// The agent of a passive at `by`: "by Jane Roe", "by the Liberal Democrats" (a name or a
    /// determined phrase, not "by phone").
    pub(super) fn agent(&self, by: usize, end: usize) -> Option<Speaker> {
        if self.word(by) != "by" {
            return None;
        }
        self.noun_phrase_after(by + 1, end).filter(|s| {
            s.person.is_some() || s.organization.is_some() || self.is_determiner(by + 1)
        })
    }
}
