//! Speaker phrases: the noun phrase by a speech verb, trimmed; a named entity, a title
//! holder, an organization noun, or the descriptive words the article uses.

use std::collections::HashMap;

use super::quote::Speaker;
use super::reader::{Reader, Title};
use super::reference::described_gender;
use crate::extract::entities::EntityKind;
use crate::extract::names::{
    after_arabic_article, has_doer_suffix, is_bare_possessive, is_capitals, is_demonym_noun,
    listed_before,
};
use crate::lexicon::is_subject_pronoun;
use crate::lexicon::{
    AUXILIARIES, FUNCTION_WORDS, GROUP_NOUNS, HONORIFICS, KIN_NOUNS, LESSER_OFFICES, MEDIA_NOUNS,
    MEMBER_TITLES, NATIONALITIES, NOT_ENTITIES, NOT_SPEAKER_OPENERS, ORG_NOUNS, PERSON_NOUNS,
    POSITIONS, PUBLIC_BODY_NOUNS, PUBLICATION_HEADS, ROLES, SPEECH_NOUNS, SPEECH_VERBS, TIME_NOUNS,
    TITLE_MODIFIERS, UNNAMED_NOUNS, is_ly_adverb, is_party_and_state, is_past_form,
    is_personal_possessive, opens_source_description,
};
use crate::text::{Span, TokenKind};

/// A noun, in lower case, for one who can speak: an organization's, a role's, a group's, a
/// person's or a playing position's ("company", "chief executive", "campaign", "actress",
/// "striker").
pub(super) fn is_speaker_noun(noun: &str) -> bool {
    ORG_NOUNS.contains(noun)
        || ROLES.get(noun).is_some()
        || GROUP_NOUNS.contains(noun)
        || PERSON_NOUNS.contains(noun)
        || POSITIONS.contains(noun)
}

/// A picture's credit line: a short paragraph naming a photo agency or saying "Photo:".
pub(super) fn is_photo_credit(paragraph: &str) -> bool {
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

/// What an aside before a speech verb leaves: the speaker it settles, or where the subject
/// ends before it.
enum Aside {
    Speaker(Option<Speaker>),
    Before(usize),
}

impl<'a> Reader<'a> {
    /// Whether the tokens `from..to` could only open a speaker's name: titles and their
    /// modifiers ("former presidential candidate", "DoubleLine Capital portfolio manager"),
    /// not a clause ("and that he’d seen", "is one common").
    pub(super) fn only_title_words(&self, from: usize, to: usize) -> bool {
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

    /// `the Clinton campaign`, `the Tottenham striker`: whether a name after the article at
    /// `first` modifies the noun at `after` (an organization's, a group's, a person's).
    pub(super) fn modifies_noun(&self, first: usize, after: usize) -> bool {
        let noun = self.lower(after);
        matches!(self.lower(first).as_str(), "the" | "a" | "an")
            && (self.word(after).starts_with(char::is_lowercase)
                && (is_speaker_noun(&noun)
                    // ("the Waterford man": where a person is from.)
                    || matches!(noun.as_str(), "man" | "woman"))
                // ("the Ealing North MP": a member's title, written in capitals.)
                || MEMBER_TITLES.contains(&noun))
    }

    /// "a statement from Kestrel chief executive Ana Ruiz", "A letter from Jane Roe to
    /// staff": the one a statement or letter opening tokens `i..end` is from speaks, when
    /// named ("a statement from the discount phone firm" stays as written: the firm meant is
    /// not always the one named last).
    fn speech_noun_source(&self, i: usize, end: usize) -> Option<Speaker> {
        let noun = if matches!(self.lower(i).as_str(), "a" | "an" | "the") {
            i + 1
        } else {
            i
        };
        if noun + 2 < end
            && SPEECH_NOUNS.contains(&self.lower(noun))
            && matches!(self.word(noun + 1), "from" | "by")
            && let Some(s) = self.noun_phrase_after(noun + 2, end)
            && (s.person.is_some() || s.organization.is_some())
            && self.doc.slice(s.span).starts_with(char::is_uppercase)
        {
            return Some(s);
        }
        None
    }

    /// The speaker after a cue: a named entity, a pronoun, or a descriptive phrase up to a
    /// relative clause, a comma or a preposition.
    pub(super) fn noun_phrase_after(&self, mut i: usize, end: usize) -> Option<Speaker> {
        if i >= end {
            return None;
        }
        if let Some(s) = self.speech_noun_source(i, end) {
            return Some(s);
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
            && (i..comma).any(|k| {
                let w = self.lower(k);
                ROLES.get(&w).is_some() || PERSON_NOUNS.contains(&w)
            })
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
            // "internal memos reviewed by …", "a spokesman quoted in …", "a memo seen by
            // Reuters": a participle ends it; so does an adverb ("the minister repeatedly
            // refused").
            if i > first + 1
                && (self.is_speech_verb(i)
                    || is_ly_adverb(self.word(i))
                    // (Not a noun of four letters: "the top seed".)
                    || (w.ends_with("ed") && w.len() > 4
                        || i + 1 < end && self.word(i + 1) == "by")
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
    pub(super) fn noun_phrase_before(&self, start: usize, v: usize) -> Option<Speaker> {
        let (start, mut end) = self.subject_bounds(start, v);
        if end > start && matches!(self.word(end - 1), "," | "-" | "—" | "–") {
            match self.across_aside(start, end, v) {
                Aside::Speaker(s) => return s,
                Aside::Before(before) => end = before,
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
        if let Some(s) = self.speech_noun_source(start, end) {
            return Some(s);
        }
        if let Some(s) = self.person_of_organization(start, end) {
            return Some(s);
        }
        if let Some(s) = self.entity_ending(start, end)
            && let Some(s) = self.entity_as_subject(start, s)
        {
            return Some(s);
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
            && (c + 1..end).any(|i| self.role_opens(i))
            && self.only_title_words(c + 1, end)
            && let Some(p) = self.person_before_comma(start, c + 1)
        {
            return Some(p);
        }
        if let Some(p) = self.person_then_role(start, end) {
            return Some(p);
        }
        self.description_before(start, end)
    }

    /// Across an aside closing the subject at `end` (a comma or dash before the verb at `v`):
    /// the speaker it settles (a title, then its holder between commas; a name before an
    /// aside between dashes), or where the subject ends before it ("X, who asked not to be
    /// named, said").
    fn across_aside(&self, start: usize, mut end: usize, v: usize) -> Aside {
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
            if let Some(s) = self.description_then_holder(start, k, end, mark) {
                return Aside::Speaker(Some(s));
            }
            // ("A spokesman for the World Summit (WSIS), which is meeting …, told": the
            // acronym in parentheses before the clause.)
            end = self.before_parenthesis(start, k - 1);
            // Between dashes, only a name before the aside speaks ("Andrei Volkov - then
            // adviser … - told"; not "a survey showed 64 respondents - among them …").
            if mark != "," {
                return Aside::Speaker(self.entity_ending(start, end));
            }
        } else {
            // ("Kirsten Pfeifer from the Consumer Electronics Association, told …"; a
            // stray comma: "shop owner Hayriye Evren, told …", not a participle's clause:
            // "Michael Howard, asked about the remark, said …".)
            let participle = matches!(
                self.lower(v + 1).as_str(),
                "about" | "by" | "of" | "on" | "whether" | "if" | "to" | "for"
            );
            return Aside::Speaker(
                (mark == ",")
                    .then(|| {
                        self.person_of_organization(start, end - 1).or_else(|| {
                            self.noun_phrase_before(start, end - 1)
                                .filter(|s| s.person.is_some() && !participle)
                        })
                    })
                    .flatten(),
            );
        }
        Aside::Before(end)
    }

    /// Between the marks of an aside, from token `k` to `end`: the person holding the title
    /// or the body named by the description before it ("James Hardie chairwoman, Meredith
    /// Hellicar, said"; "Nigeria's secret police, the Department of State Services, said").
    fn description_then_holder(
        &self,
        start: usize,
        k: usize,
        end: usize,
        mark: &str,
    ) -> Option<Speaker> {
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
        None
    }

    /// The body "the group" at `span` means when a sentence of the twelve before opened by
    /// describing one of that noun (`head`), after a comma of an opening phrase at most ("The
    /// Paris-based pressure group said …", "Just this week, the trade group for the Blue
    /// Cross plans spelled out …"), the nearest such: the organization named last before the
    /// description, in its sentence or the one before, unless the description says whose it
    /// is ("for …", "of …") — then the description itself; none when it does neither. With
    /// the byte where the description opens.
    fn described_body(&self, head: &str, span: Span) -> Option<(Speaker, usize)> {
        let s = self.doc.sentence_at(span.start)?;
        // (Within the twelve sentences before: a description further back has been
        // outnamed.)
        for t in (s.saturating_sub(12)..s).rev() {
            let range = self.doc.sentences()[t].tokens.clone();
            let opening = (range.start..range.end.min(range.start + 6))
                .filter(|&c| self.word(c) == ",")
                .map(|c| c + 1);
            for d in std::iter::once(range.start).chain(opening) {
                if !matches!(self.lower(d).as_str(), "the" | "a" | "an")
                    || self.in_quote(self.tokens()[d].span)
                {
                    continue;
                }
                // One to four words before the noun, none of a name but a place's
                // ("Paris-based"), no punctuation but hyphens.
                let Some(h) = (d + 2..range.end.min(d + 6)).find(|&h| self.word(h) == head) else {
                    continue;
                };
                let at = self.tokens()[d].span.start;
                if (d + 1..h).any(|i| {
                    self.tokens()[i].kind == TokenKind::Punct && self.word(i) != "-"
                        || self.word(i) == head
                }) || self
                    .mentions_between(at, self.tokens()[h].span.start)
                    .iter()
                    .any(|(_, k, _)| *k != EntityKind::Location)
                {
                    continue;
                }
                let whose = matches!(self.lower(h + 1).as_str(), "for" | "of");
                let from = self.doc.sentences()[t.saturating_sub(1)].span.start;
                let named = (!whose)
                    .then(|| {
                        self.mentions_between(from, at)
                            .iter()
                            .rev()
                            .find(|(_, k, _)| *k == EntityKind::Organization)
                    })
                    .flatten();
                // (A description that names no one and follows no name stands for nothing
                // yet: "The South Yorkshire company, led by …," before "UK Coal said".)
                let speaker = match named {
                    Some(&(_, k, idx)) => self.speaker_for(k, idx, span),
                    None if whose => Speaker {
                        name: self.doc.slice(self.span(d, h + 1)).to_string(),
                        span,
                        person: None,
                        organization: None,
                    },
                    None => return None,
                };
                return Some((speaker, at));
            }
        }
        None
    }

    /// Whether the entity `s`, ending the subject that opens at token `start`, speaks: not a
    /// place closing a phrase ("the Labour MP for Birkenhead"), or the person before an
    /// apposition speaks for it.
    fn entity_as_subject(&self, start: usize, s: Speaker) -> Option<Speaker> {
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
        // ("The star of Rain Man and Tootsie said": what a person noun that is no title
        // is "of" does not speak; the person described does.)
        let place_of = place_of
            || s.person.is_none()
                && listed > start + 1
                && self.lower(listed - 1) == "of"
                && PERSON_NOUNS.contains(&self.lower(listed - 2))
                && ROLES.get(&self.lower(listed - 2)).is_none();
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
        (!place_of).then_some(s)
    }

    /// Where the subject of the verb at token `v` may begin and end, from token `start`:
    /// after the last double quote mark, before the auxiliaries, adverbs, phrases of time and
    /// labels in parentheses that precede the verb, and a relative pronoun with its comma.
    fn subject_bounds(&self, start: usize, v: usize) -> (usize, usize) {
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
                && self.is_before_verb(end - 1)
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
        (start, end)
    }

    /// The descriptive phrase closing the subject before token `end` ("a spokesman for the
    /// company", "the former world number one", six words at most beside a name's), or the
    /// person it is an apposition of.
    fn description_before(&self, start: usize, end: usize) -> Option<Speaker> {
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
            // ("A message sent to security firm F-Secure by Google's security team said": a
            // participle's agent; not "a motion by Mr Jackson's lawyers".)
            if w == "by" && (start..first - 1).any(|i| is_past_form(&self.lower(i))) {
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
        // "analysts at the bank wrote", "a spokesman for the company said", "traders in the
        // pit said", "a diplomat briefed on the meeting said", "a source close to the
        // company said": the speaker is the phrase before the preposition.
        if first > start + 1
            && matches!(
                self.lower(first - 1).as_str(),
                "at" | "for" | "with" | "of" | "from" | "in" | "on" | "to" | "about"
            )
            && self.tokens()[first - 2].kind == TokenKind::Word
        {
            if let Some(s) = self.entity_ending(start, first - 1) {
                return Some(s);
            }
            let mut head_end = first - 1;
            let mut head = head_end;
            // (A possessor stays with its noun: "the club's statement to the stock exchange".)
            while head > start && head_end - head < 4 {
                let w = self.lower(head - 1);
                if !matches!(
                    self.tokens()[head - 1].kind,
                    TokenKind::Word | TokenKind::Possessive
                ) || matches!(w.as_str(), "that" | "which" | "who" | "and" | "but" | "as")
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
            // ("a website linked to a group": a participle closing the head is no part of it.)
            while head_end > head + 1
                && self.lower(head_end - 1).ends_with("ed")
                && self.word(head_end - 1).starts_with(char::is_lowercase)
            {
                head_end -= 1;
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
    pub(super) fn person_then_role(&self, start: usize, end: usize) -> Option<Speaker> {
        let from = end.saturating_sub(12).max(start);
        let r = (from..end).find(|&r| self.role_opens(r))?;
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
    pub(super) fn person_of_place(&self, start: usize, end: usize) -> Option<Speaker> {
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
    pub(super) fn plain_word(&self, i: usize) -> bool {
        let w = self.lower(i);
        self.tokens()[i].kind == TokenKind::Word
            && self.word(i).starts_with(char::is_lowercase)
            && !self.is_speech_verb(i)
            && !AUXILIARIES.contains(&w)
            && !matches!(w.as_str(), "who" | "which" | "that" | "and" | "but")
    }

    /// Whether a role opens at token `i`: a role word ("analyst") or a role of two words no
    /// word of which is one alone ("research fellow").
    pub(super) fn role_opens(&self, i: usize) -> bool {
        let w = self.lower(i);
        ROLES.get(&w).is_some()
            || i + 1 < self.tokens().len()
                && ROLES.get(&format!("{w} {}", self.lower(i + 1))).is_some()
    }

    /// `the Labour peer and former minister said`: the "and" at `and` joins two nouns under
    /// one article that opens the clause (at `start` or after punctuation), a few words before
    /// it; not "the workers and the chairman".
    pub(super) fn under_one_article(&self, start: usize, and: usize) -> bool {
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
    pub(super) fn before_parenthesis(&self, start: usize, end: usize) -> usize {
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
    pub(super) fn person_before_comma(&self, start: usize, at: usize) -> Option<Speaker> {
        if at <= start + 1 || self.word(at - 1) != "," {
            return None;
        }
        self.entity_ending(start, at - 1)
            .filter(|s| s.person.is_some())
    }

    /// A person mentioned within the next few words, before any punctuation or verb.
    pub(super) fn person_within(&self, i: usize, end: usize) -> Option<Speaker> {
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
                // ("said Rangers manager Alex McLeish of Novo's punishment": a person after
                // the speaker and "of" is what he spoke of.)
                if e < end && self.word(e) == "of" {
                    break;
                }
                s = e;
                continue;
            }
            // Only title-like words may stand before the person: "Apacs spokeswoman",
            // "former Sen.", "Huckabee campaign spokesman"; no clause (but a compound
            // adjective: "guitar-toting environmental campaigner Barry Lim").
            let w = self.word(s);
            let lower = w.to_lowercase();
            let participle =
                (lower.ends_with("ed") || lower.ends_with("ing")) && !lower.contains('-');
            if w.starts_with(char::is_lowercase)
                && ROLES.get(&lower).is_none()
                && !TITLE_MODIFIERS.contains(&lower)
                && !matches!(w, "the" | "a" | "an" | "and" | "of")
                && (FUNCTION_WORDS.contains(&lower)
                    || participle
                    || SPEECH_VERBS.get(&lower).is_some())
            {
                break;
            }
            s += 1;
        }
        found
    }

    /// A named entity whose mention starts at token `i` (after "the").
    pub(super) fn entity_from(&self, i: usize, end: usize) -> Option<Speaker> {
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
    pub(super) fn person_of_organization(&self, start: usize, end: usize) -> Option<Speaker> {
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
        if (r..name_end).any(|i| self.role_opens(i)) {
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
    pub(super) fn entity_ending(&self, start: usize, end: usize) -> Option<Speaker> {
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
    pub(super) fn letters_after_name(&self, i: usize) -> bool {
        let w = self.word(i);
        is_capitals(w) && NOT_ENTITIES.contains(&w.to_ascii_lowercase())
    }

    pub(super) fn speaker_for(&self, kind: EntityKind, idx: usize, span: Span) -> Speaker {
        let e = &self.entities.of(kind)[idx];
        Speaker {
            name: e.name.clone(),
            span,
            person: (kind == EntityKind::Person).then_some(idx),
            organization: (kind == EntityKind::Organization).then_some(idx),
        }
    }

    /// The entity of `kind` that passes `keep`, mentioned last before byte `pos`, outside
    /// quotes.
    /// The organization "the company" means: the one named last, unless it is named only
    /// once and another named before is the article's subject (named more, at least twice):
    /// "Eli Lilly … Prozac … the company says" is Eli Lilly.
    pub(super) fn main_organization_before(&self, pos: usize) -> Option<(EntityKind, usize)> {
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
    pub(super) fn organization_called(
        &self,
        head: &str,
        pos: usize,
    ) -> Option<(EntityKind, usize)> {
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

    /// Where the words qualifying the name at token `first` open, up to four back: titles,
    /// capitalized words, a possessor's name and its "'s" ("to Arsenal's Robert Pires", "by
    /// Blackburn midfielder Aaron Mokoena"), and a year before them ("against 2004 French Open
    /// champion Gaston Gaudio").
    pub(super) fn before_qualifiers(&self, first: usize) -> usize {
        let year = |i: usize| {
            let w = self.word(i);
            w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
        };
        let mut k = first;
        while k > 0
            && first - k < 4
            && (self.qualifies_name(k - 1)
                || self.tokens()[k - 1].kind == TokenKind::Possessive
                || k < first && year(k - 1))
        {
            k -= 1;
        }
        k
    }

    /// The preposition governing the name starting at token `first`, titles and capitalized
    /// words aside.
    pub(super) fn preposition_before(&self, first: usize) -> Option<&'static str> {
        let k = self.before_qualifiers(first);
        const PREPOSITIONS: [&str; 14] = [
            "of", "to", "with", "by", "from", "against", "for", "about", "on", "at", "than",
            "like", "after", "before",
        ];
        let word = self.lower(k.checked_sub(1)?);
        PREPOSITIONS.into_iter().find(|&p| p == word)
    }

    /// The role titles whose last word is `head`, with their holders (see `titles`).
    pub(super) fn titles_headed(&self, head: &str) -> &[Title] {
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

    /// Whether a person is described with the noun `head` after an indefinite determiner
    /// ("one senior manager", "a manager") between the last mention of person `idx` and
    /// byte `pos`, outside quotes.
    fn described_since(&self, idx: usize, head: &str, pos: usize) -> bool {
        let Some(named) = self.last_mention(EntityKind::Person, idx, pos) else {
            return false;
        };
        let (from, to) = (self.token_from(named), self.token_from(pos));
        (from..to).any(|i| {
            self.word(i).eq_ignore_ascii_case(head)
                && !self.in_quote(self.tokens()[i].span)
                // (The noun closing its phrase: not "an Austrian doctor" for "the Austrian".)
                && self.tokens().get(i + 1).is_none_or(|t| {
                    t.kind != TokenKind::Word
                        || FUNCTION_WORDS.contains(self.word(i + 1))
                        || self.is_speech_verb(i + 1)
                })
                && (i.saturating_sub(4).max(from)..i)
                    .rev()
                    .take_while(|&k| self.tokens()[k].kind == TokenKind::Word)
                    .any(|k| {
                        ["a", "an", "one", "another"]
                            .iter()
                            .any(|d| self.word(k).eq_ignore_ascii_case(d))
                    })
        })
    }

    /// A descriptive phrase: "a spokesperson", "the memo", "one former AI engineer". An
    /// organization noun ("the company") resolves to the organization named last; a title
    /// ("the chief executive") to the person holding it.
    pub(super) fn phrase(&self, first: usize, end: usize) -> Option<Speaker> {
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
                || opens_source_description(&self.lower(end - 1))
                || self.lower(end - 1) == "close")
        {
            end -= 1;
        }
        // "in a move analysts described as “…”": "a" before a plural noun opens no phrase
        // with it; the plural (and the capitals before it) start a clause of their own.
        if end >= first + 3
            && matches!(self.lower(first).as_str(), "a" | "an")
            && self.is_plural(end - 1)
            && self.word(end - 1).starts_with(char::is_lowercase)
        {
            let mut start = end - 1;
            while start > first + 1 && self.word(start - 1).starts_with(char::is_uppercase) {
                start -= 1;
            }
            // (Only nouns and adjectives between: not "a chorus of women begging soldiers".)
            let before = start - 1;
            if before > first
                && !self.is_plural(before)
                && (first + 1..start).all(|i| {
                    let w = self.word(i);
                    w.starts_with(char::is_lowercase)
                        && !w.ends_with("ing")
                        && !FUNCTION_WORDS.contains(&self.lower(i))
                })
            {
                return self.phrase(start, end);
            }
        }
        let words: Vec<String> = (first..end).map(|i| self.lower(i)).collect();
        // ("Others, reacting to …, shouted": a pronoun for people is a speaker.)
        if words.iter().all(|w| {
            FUNCTION_WORDS.contains(w)
                && !matches!(
                    w.as_str(),
                    "one" | "another" | "others" | "some" | "many" | "several"
                )
        }) {
            return None;
        }
        // A speaker is a noun phrase: not "in his statement only", not "was responsible".
        let starts_badly = NOT_SPEAKER_OPENERS.contains(&words[0]);
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
        let span = self.span(first, end);
        let head = words.last().map_or("", String::as_str);
        // ("The feminist writer and broadcaster": two nouns of one person name no
        // organization.)
        let definite = words.first().is_some_and(|w| w == "the") && !words.contains(&"and".into());
        let p = PhraseWords {
            first,
            end,
            span,
            words: &words,
            head,
            definite,
        };
        Some(
            self.arabic_surname(first, end)
                .or_else(|| self.person_closing(first, end))
                .or_else(|| self.organization_meant(&p))
                .or_else(|| self.title_holder(&p))
                .or_else(|| self.described_person(&p))
                .or_else(|| self.person_of_nationality(&p))
                .or_else(|| self.kin_introduced(&p))
                .unwrap_or_else(|| Speaker {
                    name: self.doc.slice(span).to_string(),
                    span,
                    person: None,
                    organization: None,
                }),
        )
    }

    /// A surname written with the Arabic article, alone (see `phrase`).
    fn arabic_surname(&self, first: usize, end: usize) -> Option<Speaker> {
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
        None
    }

    /// A person whose name closes the phrase (see `phrase`).
    fn person_closing(&self, first: usize, end: usize) -> Option<Speaker> {
        // "pollster Frank Luntz", "former Obama adviser David Axelrod": a person closing the
        // phrase is the speaker ("the Clinton campaign" is not Clinton).
        for s in (first..end).rev() {
            let span = self.span(s, end);
            if let Some((EntityKind::Person, idx)) = self.entities.at(span) {
                return Some(self.speaker_for(EntityKind::Person, idx, span));
            }
        }
        None
    }

    /// The organization an organization noun means (see `phrase`).
    fn organization_meant(&self, p: &PhraseWords) -> Option<Speaker> {
        let (first, end, span, head, definite) = (p.first, p.end, p.span, p.head, p.definite);
        // "The Unite union", "the Labour party": an organization named right before its noun
        // is the one meant.
        if definite && ORG_NOUNS.contains(head) && end >= first + 3 {
            for s in first + 1..end - 1 {
                let name = self.span(s, end - 1);
                if let Some((EntityKind::Organization, idx)) = self.entities.at(name) {
                    return Some(self.speaker_for(EntityKind::Organization, idx, span));
                }
            }
        }
        // "the ministry" → the organization named last whose name holds "Ministry", else the
        // organization named last.
        let holder = |idx: usize| {
            self.entities.organizations[idx]
                .name
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(head))
        };
        // ("The Paris-based pressure group said …" since: the body so described.)
        if definite
            && ORG_NOUNS.contains(head)
            && !PUBLIC_BODY_NOUNS.contains(head)
            && !MEDIA_NOUNS.contains(head)
            && let Some((described, at)) = self.described_body(head, span)
            && self
                .last_named_where(EntityKind::Organization, span.start, holder)
                .is_none_or(|(k, idx)| {
                    self.last_mention(k, idx, span.start)
                        .is_none_or(|named| named < at)
                })
        {
            return Some(described);
        }
        if definite
            && ORG_NOUNS.contains(head)
            && let Some((k, idx)) = self
                .last_named_where(EntityKind::Organization, span.start, holder)
                .or_else(|| {
                    // "the government": a public body no other name stands for.
                    if PUBLIC_BODY_NOUNS.contains(head) {
                        return None;
                    }
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
        None
    }

    /// The person holding the title the phrase is (see `phrase`).
    fn title_holder(&self, p: &PhraseWords) -> Option<Speaker> {
        let (span, words, head, definite) = (p.span, p.words, p.head, p.definite);
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
        None
    }

    /// The person a definite description by age, position or person noun means (see
    /// `phrase`).
    fn described_person(&self, p: &PhraseWords) -> Option<Speaker> {
        let (span, words, head, definite) = (p.span, p.words, p.head, p.definite);
        // "the 36-year-old", "the 55-year-old Frenchman", "the Liverpool player", "the
        // defender", "the ex-Wallaby" (what someone was): the person just named, as "he"
        // would be (of the noun's gender), but with
        // the subject weighing more than the nearer name: "Kenteris … blamed his coach
        // Christos Tzekos … The 31-year-old insisted". (Not a noun for someone often left
        // unnamed, "the gunman", nor a title whose holder is not named, "the prime minister",
        // nor a nationality, which articles use to tell two players apart: "the American".)
        let described = || {
            (2..=5).contains(&words.len())
                && (words[1].ends_with("-year-old")
                    || head.len() > 3 && head.starts_with("ex-")
                    // ("the Waterford man": a man or woman of a place named.)
                    || matches!(head, "man" | "woman")
                        && words.len() >= 3
                        && self.word(p.first + 1).starts_with(char::is_uppercase)
                    || POSITIONS.contains(head)
                    || PERSON_NOUNS.contains(head)
                        && !UNNAMED_NOUNS.contains(head)
                        && !KIN_NOUNS.contains(head))
        };
        if definite
            && described()
            && let Some(idx) = self.antecedent(span.start, described_gender(head), 0.5)
            // ("According to one senior manager, who asked not to be named, … “…,” the
            // manager said": not the person named before one described with that noun.)
            && !self.described_since(idx, head, span.start)
        {
            return Some(self.speaker_for(EntityKind::Person, idx, span));
        }
        None
    }

    /// The person a nationality means (see `phrase`).
    fn person_of_nationality(&self, p: &PhraseWords) -> Option<Speaker> {
        let (span, words, head, definite) = (p.span, p.words, p.head, p.definite);
        // "the Dane": of a nationality, only the person the sentence before is about
        // ("Brentford boss Thomas Frank praised his players. “…,” said the Dane"), since
        // articles use nationalities to tell players apart.
        // ("the Dutchman", "the Irishwoman": its noun too, of one person.)
        let nationality = NATIONALITIES.contains(head) && !head.ends_with('s')
            || is_demonym_noun(head) && !head.ends_with("men");
        if definite
            && words.len() == 2
            && nationality
            && let Some(s) = self.doc.sentence_at(self.start_of_quote_closed_by(span))
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
        None
    }

    /// Where the quote the phrase at `span` closes starts (the phrase a few bytes after it,
    /// in its paragraph), else where the phrase starts: "Tottenham manager Martin Jol
    /// acclaimed his players. ¶ “…. …,” the Dutchman said" looks before the quote's sentence.
    fn start_of_quote_closed_by(&self, span: Span) -> usize {
        let i = self.quoted.partition_point(|q| q.end <= span.start);
        i.checked_sub(1)
            .map(|i| self.quoted[i])
            .filter(|q| {
                span.start - q.end <= 8
                    && self.paragraph_of(q.start) == self.paragraph_of(span.start)
            })
            .map_or(span.start, |q| q.start)
    }

    /// The one person introduced with a kin noun (see `phrase`).
    fn kin_introduced(&self, p: &PhraseWords) -> Option<Speaker> {
        let (span, words, head) = (p.span, p.words, p.head);
        // "her daughter said": the one person introduced so before ("Her daughter, Ruth
        // Ellison-Park, said …").
        if words.len() == 2 && is_personal_possessive(&words[0]) && KIN_NOUNS.contains(head) {
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
        None
    }
}

/// A speaker phrase's words, for the steps of [`Reader::phrase`] that resolve it: its tokens
/// `first..end` and span, its words in lower case, its head (the last) and whether "the" opens it (with no "and").
struct PhraseWords<'w> {
    first: usize,
    end: usize,
    span: Span,
    words: &'w [String],
    head: &'w str,
    definite: bool,
}
