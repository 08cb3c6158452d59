//! What pronouns, surnames and descriptions refer to: the antecedent among the people named
//! before, weighed by distance, subjecthood and gender.

use super::quote::{Quote, Speaker};
use super::reader::Reader;
use crate::extract::entities::EntityKind;
use crate::extract::names::is_dash;
use crate::lexicon::{
    AUXILIARIES, FUNCTION_WORDS, GENDERED_NOUNS, GROUP_NOUNS, HONORIFICS, KIN_NOUNS, MEDIA_NOUNS,
    NATIONALITIES, ORG_NOUNS, PERSON_NOUNS, POSITIONS, ROLES, SPEECH_NOUNS, TIME_NOUNS,
    TITLE_MODIFIERS, given_name_gender, honorific_is_male, is_personal_possessive,
};
use crate::text::{Span, TokenKind};

/// How many sentences back a pronoun's antecedent may stand.
const MAX_SENTENCES_BACK: usize = 25;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

impl Gender {
    pub(super) fn from_male(male: bool) -> Self {
        if male { Gender::Male } else { Gender::Female }
    }
}

/// The gender a third-person singular pronoun tells ("he", "his", "herself").
pub(super) fn gender_of_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// A conjunction opening a sentence before its subject, in lower case ("But he blamed …").
pub(super) fn is_opening_conjunction(lower: &str) -> bool {
    matches!(lower, "but" | "and" | "so" | "yet")
}

/// The gender a describing noun gives: its own (gendered_nouns.txt), or a man's or a
/// woman's by its ending ("Frenchman"; described, "a spokesman" is a man: writers who name a
/// woman call her a spokeswoman; "German" is no man's noun).
pub(super) fn described_gender(lower: &str) -> Option<Gender> {
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
pub(super) fn noun_gender(lower: &str) -> Option<Gender> {
    match GENDERED_NOUNS.value(lower) {
        Some("male") => Some(Gender::Male),
        Some("female") => Some(Gender::Female),
        _ => None,
    }
}

/// Where a mention stands in its sentence, for the steps of `Reader::subject_weight`:
/// its first token, the token after it (past letters like "QC"), where the words that
/// qualify it open ("former Tory leader"), where the sentence opens past a conjunction, and
/// the sentence's tokens.
struct Place {
    first: usize,
    after: usize,
    title: usize,
    start: usize,
    range: std::ops::Range<usize>,
}

impl<'a> Reader<'a> {
    /// A pronoun at token `i`, resolved to the person (he, she) or organization (it, they)
    /// named last before it.
    pub(super) fn pronoun(&self, i: usize) -> Option<Speaker> {
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
    pub(super) fn resolve_pronoun(
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
    /// the pronoun's own sentence names no one before it (a place aside: "In the United
    /// States, they write").
    pub(super) fn people_opening_sentence_before(&self, pos: usize) -> Option<Speaker> {
        let s = self.doc.sentence_at(pos)?;
        let here = self.doc.sentences()[s].span.start;
        if s == 0
            || self.doc.sentences()[s - 1].paragraph + 1 < self.paragraph_of(pos)
            || self
                .mentions_between(here, pos)
                .iter()
                .any(|(_, k, _)| *k != EntityKind::Location)
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
        if is_personal_possessive(&self.lower(f))
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
    pub(super) fn described_antecedent(
        &self,
        pos: usize,
        gender: Gender,
    ) -> Option<(Speaker, usize)> {
        let s = self.doc.sentence_at(pos)?;
        let here = self.paragraph_of(pos);
        for t in (s.saturating_sub(3)..s).rev() {
            let sentence = &self.doc.sentences()[t];
            if sentence.paragraph + 1 < here {
                break;
            }
            // ("But a spokesman for …": after a conjunction too.)
            let mut f = sentence.tokens.start;
            if is_opening_conjunction(&self.lower(f)) {
                f += 1;
            }
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
            // (In the sentence just before, a title or a spokesperson may take any verb.)
            let just_before = t + 1 == s && sentence.paragraph == here;
            let Some((v, plain)) = (f + 1..sentence.tokens.end.min(f + 16))
                .find(|&v| self.is_speech_verb(v))
                .map(|v| (v, false))
                .or_else(|| {
                    just_before
                        .then(|| self.end_of_plain_description(f, sentence.tokens.end))
                        .flatten()
                        .map(|v| (v, true))
                })
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
            // (The phrase found is the description: "The Tory spokesman also criticised the
            // government for claiming …" is not the government's.)
            if let Some(speaker) = self.noun_phrase_before(f, v)
                && (!plain || speaker.person.is_some() || noun.starts_with("spokes"))
                && (self.lower(f) != "the"
                    || self.token_from(speaker.span.start) == f
                        && (noun.starts_with("spokes")
                            && speaker.person.is_none()
                            && speaker.organization.is_none()
                            || speaker.person.is_some()
                            || speaker.organization.is_some()))
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

    /// Where a description opening at token `f` (sentence end `end`) that needs no speech
    /// verb ends: a title in lower case after "the", at its head, before a comma or a word
    /// of its own ("The home secretary, whose blueprint is due on Monday, also rejected
    /// claims …. “…,” he said"; not "The Afro-Colombian journalist", more than an office); a
    /// spokesperson, with the body after "for", "of" or "at", before a verb in the past ("A
    /// spokesman for the Home Office defended the proposals. He said:").
    fn end_of_plain_description(&self, f: usize, end: usize) -> Option<usize> {
        if self.lower(f) == "the"
            && let Some(h) = (f + 1..end.min(f + 5)).find(|&h| {
                ROLES.get(&self.lower(h)).is_some()
                    && (f + 1..h).all(|k| self.word(k).starts_with(char::is_lowercase))
                    && h + 1 < end
                    && (self.word(h + 1) == ","
                        || self.word(h + 1).starts_with(char::is_lowercase)
                            && !FUNCTION_WORDS.contains(&self.lower(h + 1)))
            })
        {
            return Some(h + 1);
        }
        let h = (f + 1..end.min(f + 4)).find(|&h| self.lower(h).starts_with("spokes"))?;
        let mut k = h + 1;
        if matches!(self.word(k), "for" | "of" | "at") {
            k += 1;
            while k < end
                && (self.word(k).starts_with(char::is_uppercase) || self.lower(k) == "the")
            {
                k += 1;
            }
        }
        (k < end
            && self.tokens()[k].kind == TokenKind::Word
            && self.word(k).starts_with(char::is_lowercase)
            && self.is_past(k))
        .then_some(k)
    }

    /// The entity of `kind` (and, for people, of a compatible gender) mentioned last before
    /// byte `pos`, outside quotes.
    pub(super) fn last_named(
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

    /// Where the entity's last mention outside quotes before byte `pos` starts (its own
    /// mentions, in text order, are searched: not every mention of the article).
    pub(super) fn last_mention(&self, kind: EntityKind, idx: usize, pos: usize) -> Option<usize> {
        let mentions = &self.entities.of(kind)[idx].mentions;
        let before = mentions.partition_point(|m| m.span.start < pos);
        mentions[..before]
            .iter()
            .rev()
            .find(|m| m.span.end <= pos && !self.in_quote(m.span))
            .map(|m| m.span.start)
    }

    pub(super) fn last_named_where(
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
    pub(super) fn last_mention_where(
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
    pub(super) fn antecedent(
        &self,
        pos: usize,
        gender: Option<Gender>,
        step: f32,
    ) -> Option<usize> {
        let here = self.paragraph_of(pos);
        let here_sentence = self.doc.sentence_at(pos);
        let mut seen: Vec<usize> = Vec::new();
        let mut best: Option<(f32, usize)> = None;
        // People listed together ("which also stars Robert De Niro, Barbra Streisand and Ben
        // Stiller") stand between the pronoun and an earlier name as one step, not one each.
        // And a person so listed is seldom who "he" or "she" means: one of several.
        let before = self.mentions_between(0, pos).len();
        let lists = self.lists.get_or_init(|| self.listed_people());
        let (mut steps, mut in_step, mut next): (usize, bool, Option<usize>) = (0, false, None);
        // (The steps before the sentence of the mention: people named after the subject of
        // the sentence just before the pronoun's do not stand between them — "Jose Mourinho
        // backed Gerrard's view that Rafael Benitez's team could struggle. “…,” he told".)
        let (mut sentence, mut entry) = (None, 0);
        for i in (0..before).rev() {
            let (m, kind, idx) = self.mentions[i];
            if kind != EntityKind::Person || m.end > pos {
                continue;
            }
            let at = self.doc.sentence_at(m.start);
            // (Two paragraphs back at most, and 25 sentences: a text in one paragraph would
            // be walked whole for every pronoun.)
            if self.paragraph_of(m.start) + 2 < here
                || at
                    .zip(here_sentence)
                    .is_some_and(|(at, s)| at + MAX_SENTENCES_BACK < s)
            {
                break;
            }
            if at != sentence {
                sentence = at;
                entry = steps + usize::from(in_step);
            }
            let listed = lists[i];
            // (The speaker of a quote in the pronoun's paragraph, the only person named
            // since, counts by that quote's attribution too: "said Derek Broes. …. as far as
            // Mr Broes is concerned. “…,” he said" is his, though the sentence just before
            // only names him.)
            let again = steps == 0
                && next.is_some_and(|n| self.mentions[n].2 == idx)
                && self.paragraph_of(m.start) == here
                && at.is_some_and(|s| self.holds_quote(self.doc.sentences()[s].span));
            if !(again || listed.is_some() && next.and_then(|n| lists[n]) == listed) && in_step {
                steps += 1;
                in_step = false;
            }
            next = Some(i);
            if seen.contains(&idx) && !again {
                continue;
            }
            let Some((score, eligible)) = self.antecedent_score(
                m,
                idx,
                (gender, pos),
                (steps, entry),
                listed.is_some(),
                step,
            ) else {
                continue;
            };
            if !again {
                seen.push(idx);
            }
            in_step = true;
            if eligible && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, idx));
            }
        }
        best.map(|(_, idx)| idx)
    }

    /// How salient person `idx`, named at `m`, is as the referent of a pronoun of `gender` at
    /// byte `pos`, `steps` people back (`entry` of them before the mention's sentence), and
    /// whether it may be the referent at all; `None` when a stated gender contradicts the
    /// pronoun's (the person then stands in no step).
    fn antecedent_score(
        &self,
        m: Span,
        idx: usize,
        (gender, pos): (Option<Gender>, usize),
        (steps, entry): (usize, usize),
        listed: bool,
        step: f32,
    ) -> Option<(f32, bool)> {
        let (known, stated) = self
            .gender_and_stated(idx)
            .map_or((None, false), |(g, stated)| (Some(g), stated));
        let other = known.is_some_and(|g| gender.is_some_and(|want| g != want));
        // (A name of either gender only guessed the other's counts against, no more:
        // "Professor Robin Lovell-Badge, said …. He said:".)
        if other && stated {
            return None;
        }
        let weight = self.subject_weight(m);
        // (The subject of the sentence just before the pronoun's counts a little more,
        // and those its sentence names after it do not stand between.)
        let just_before = !other && weight >= 1.0 && self.subject_just_before(m, pos);
        let mut score = -(if just_before { entry.min(steps) } else { steps } as f32) * step;
        if known.is_some() && known == gender {
            score += 1.0;
        } else if other {
            score -= 1.5;
        }
        score += weight - if listed { 1.0 } else { 0.0 };
        if just_before {
            score += 0.5;
        }
        // (One of the other gender only as one who speaks or stands first, not as what is
        // left.)
        Some((score, !other || score > 0.0))
    }

    /// Whether the mention `m` stands in the sentence just before the one at byte `pos`, in
    /// the same paragraph, and not as a passive's subject ("Mutu was sacked by Chelsea ….
    /// But he said:" is the manager's).
    fn subject_just_before(&self, m: Span, pos: usize) -> bool {
        let after = self.token_from(m.end);
        let passive = self.is_be(after)
            && self
                .tokens()
                .get(after + 1)
                .is_some_and(|_| self.word(after + 1).ends_with("ed"));
        !passive
            && self.paragraph_of(m.start) == self.paragraph_of(pos)
            && matches!(
                (self.doc.sentence_at(m.start), self.doc.sentence_at(pos)),
                (Some(at), Some(here)) if at + 1 == here
            )
    }

    /// For each mention, the list of people it belongs to (the index of the list's first
    /// mention): names joined by commas and a closing "and", "&" or "or" ("Robert De Niro,
    /// Barbra Streisand and Ben Stiller", "the Ed Sullivan or Johnny Carson of podcasting"; not
    /// an apposition, "Sir Bernard Ingham, Margaret
    /// Thatcher's former press secretary").
    fn listed_people(&self) -> Vec<Option<usize>> {
        let count = self.mentions.len();
        let person = |i: usize| {
            self.mentions
                .get(i)
                .filter(|(_, kind, _)| *kind == EntityKind::Person)
                .map(|&(m, _, _)| m)
        };
        // The words joining mention `i` to the next: 1 for a comma, 2 for "and".
        let joiner = |i: usize| {
            let (a, b) = (person(i)?, person(i + 1)?);
            match self.doc.text().get(a.end..b.start)?.trim() {
                "," => Some(1),
                "and" | ", and" | "&" | "or" | ", or" => Some(2),
                _ => None,
            }
        };
        let mut lists = vec![None; count];
        let mut i = 0;
        while i < count {
            let mut end = i;
            while end + 1 < count && joiner(end).is_some() {
                end += 1;
            }
            if end > i && joiner(end - 1) == Some(2) {
                for l in &mut lists[i..=end] {
                    *l = Some(i);
                }
            }
            i = end + 1;
        }
        lists
    }

    /// How much a mention stands as a subject: 2 when it speaks ("Garrow said", "according
    /// to Garrow"), 1 opening its sentence or after a question's auxiliary, -0.5 as a
    /// possessor or the subject of a reported clause, else 0; and 1 less as an object.
    pub(super) fn subject_weight(&self, m: Span) -> f32 {
        let at = self.place_of(m);
        let according = self.after_according_to(&at);
        let object = if !according && self.is_object(&at) {
            -1.0
        } else {
            0.0
        };
        let subordinate = self.in_reported_clause(&at);
        object
            + if (according || self.speaks_at(&at)) && !subordinate {
                2.0
            } else if self.tokens().get(at.after).map(|t| t.kind) == Some(TokenKind::Possessive)
                || matches!(self.word(at.after), "'" | "’")
                    && self.tokens()[at.after].span.start == self.tokens()[at.after - 1].span.end
            {
                // "Rubio's response", "Jones' departure": a possessor is not the one acting.
                if self.stands_first(&at) { 0.5 } else { -0.5 }
            } else if subordinate || self.attribution_reports(&at) {
                -0.5
            } else if self.stands_first(&at)
                || self.after_opening_phrase(at.start, at.title, at.after)
            {
                1.0
            } else {
                0.0
            }
    }

    /// Where the mention `m` stands in its sentence: the tokens `subject_weight`'s steps read.
    fn place_of(&self, m: Span) -> Place {
        let first = self.token_from(m.start);
        let range = self.sentence_tokens(m.start);
        // ("Ken Macdonald QC, who sits on the council, said": letters after the name.)
        let mut after = self.token_from(m.end);
        if after < range.end && self.letters_after_name(after) {
            after += 1;
        }
        // A title before the name and a conjunction opening the sentence leave it the
        // subject ("Mr Holiff, who …, managed", "But Morrison is determined", "British actor
        // Owen is hoping").
        // ("Said Mr Fogg": a speech verb opening the sentence is none of the name's words.)
        let mut title = first;
        // ("Spain's minister of sport Jaime Lissavetzky was quick to …": an owner's possessive
        // and an office's "of" with its word are the title's too.)
        while title > range.start {
            if self.qualifies_name(title - 1) && !self.is_speech_verb(title - 1)
                || self.tokens()[title - 1].kind == TokenKind::Possessive
                    && title >= range.start + 2
                    && self.word(title - 2).starts_with(char::is_uppercase)
            {
                title -= 1;
            } else if title >= range.start + 2
                && self.word(title - 1) == "."
                && self.tokens()[title - 1].span.start == self.tokens()[title - 2].span.end
                && self.qualifies_name(title - 2)
            {
                // A title written with a stop ("Mr. Netanyahu was impressed").
                title -= 2;
            } else if title >= range.start + 3
                && matches!(self.word(title - 2), "of" | "for")
                && self.word(title - 1).starts_with(char::is_lowercase)
                && ROLES.get(&self.lower(title - 3)).is_some()
            {
                title -= 2;
            } else {
                break;
            }
        }
        let start = if is_opening_conjunction(&self.lower(range.start)) {
            range.start + 1
        } else {
            range.start
        };
        Place {
            first,
            after,
            title,
            start,
            range,
        }
    }

    /// "according to the Economist Intelligence Unit's Mr Hensel": the source speaks.
    fn after_according_to(&self, at: &Place) -> bool {
        (at.range.start.max(at.first.saturating_sub(10))..at.first)
            .rev()
            .find(|&k| self.word(k).eq_ignore_ascii_case("according") && self.word(k + 1) == "to")
            .is_some_and(|k| (k + 2..at.first).all(|i| self.tokens()[i].kind != TokenKind::Punct))
    }

    /// "the exodus of former campaign manager Barry Bennett", "Trump attacked Powell": an
    /// object, not a subject.
    /// ("only one showed Ms Simonetti's flight wings": a possessor is no object.)
    /// ("An early own goal followed by an Alan Shearer strike": a name between "a" and a noun
    /// only says what kind of noun; it counts as an object.)
    fn is_object(&self, at: &Place) -> bool {
        let possessor = self.tokens().get(at.after).map(|t| t.kind) == Some(TokenKind::Possessive);
        let kind_of = at.title > at.range.start
            && matches!(self.lower(at.title - 1).as_str(), "a" | "an")
            && at.after < at.range.end
            && self.tokens()[at.after].kind == TokenKind::Word
            && self.word(at.after).starts_with(char::is_lowercase)
            && !AUXILIARIES.contains(&self.lower(at.after))
            && !self.is_speech_verb(at.after);
        self.object_of_preposition(at.first)
            || self.object_of_verb(at.first) && !possessor
            || self.joined_to_object(at.first, at.after)
            || kind_of
    }

    /// Whether the name opens its sentence (after a conjunction), or follows a question's
    /// auxiliary ("Was Szlachta satisfied?").
    fn stands_first(&self, at: &Place) -> bool {
        let opening = (at.start.min(at.title)..at.title)
            .filter(|&i| self.tokens()[i].kind != TokenKind::Punct)
            .count();
        opening == 0
            || opening == 1
                && matches!(
                    self.lower(at.range.start).as_str(),
                    "was" | "is" | "were" | "are" | "did" | "does" | "do" | "has" | "had" | "will"
                )
    }

    /// Whether a speech verb is the name's: right after it ("Gerrard had said"), after an
    /// apposition ("Fidelis Nanga, a journalist in Yaounde, said") or an aside between
    /// dashes, right before it ("said Mr Flynn"), or the participle of its sentence
    /// ("Liam Fox derided the photo call, saying: …").
    fn speaks_at(&self, at: &Place) -> bool {
        let Place {
            after,
            title,
            ref range,
            ..
        } = *at;
        let comma = |i: usize| i < range.end && self.word(i) == ",";
        // ("Gerrard had said": after an auxiliary.)
        let verb = if after < range.end && AUXILIARIES.contains(&self.lower(after)) {
            after + 1
        } else {
            after
        };
        // ("Head of genetics at the institute, Professor Robin Lovell-Barr, said": the name
        // closing an apposition.)
        self.is_speech_verb(verb)
            || comma(after)
                && title > range.start
                && self.word(title - 1) == ","
                && self.is_speech_verb(after + 1)
            || title > range.start
                && self.is_speech_verb(title - 1)
                && (title - 1 == range.start
                    || self.word(title - 2) == ","
                    || self.is_double_mark(title - 2))
                // ("…, said the Trump campaign has yet to …": the name qualifies a noun.)
                && !(after < range.end && self.modifies_noun(title, after))
                // ("Bipin Bihari, deputy police chief, said Khan was …": the subject of the
                // clause the verb reports.)
                && !(after < range.end && AUXILIARIES.contains(&self.lower(after)))
            // ("Gerry Conlon - who was wrongly convicted - said": an aside between dashes.)
            // ("Parry, speaking exclusively to BBC Sport, also admits": adverbs before it.)
            || (comma(after) || after < range.end && is_dash(self.word(after)))
                && (after + 2..range.end.min(after + 16))
                    .find(|&c| self.word(c) == self.word(after))
                    .is_some_and(|c| {
                        let mut v = c + 1;
                        while v < range.end && v < c + 3 && self.is_before_verb(v) {
                            v += 1;
                        }
                        self.is_speech_verb(v)
                    })
            // ("Liam Fox derided the photo call, saying: …": the subject of a sentence whose
            // participle speaks.)
            // (Not over a speech verb of its own: "Mr Sullivan “made …,” he told the court,
            // saying …".)
            // (Also after an opening phrase: "The day before, at a rally, Mr. Trump was just
            // as blunt, claiming …".)
            || (title == range.start
                || title > range.start
                    && self.word(title - 1) == ","
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
                    })
    }

    /// Whether the name is the subject of a clause after "that" ("pointing out that the
    /// paper's Robert Costa had reported") or reported without "that" after a verb with a
    /// subject of its own ("Parry also admits Gerrard … will have the final say"; not "said
    /// Mr Flynn" after a comma or a quote).
    fn in_reported_clause(&self, at: &Place) -> bool {
        let range = &at.range;
        let mut k = at.title;
        if k > range.start + 1 && self.tokens()[k - 1].kind == TokenKind::Possessive {
            k -= 2;
        }
        while k > range.start && matches!(self.lower(k - 1).as_str(), "the" | "a" | "an") {
            k -= 1;
        }
        // ("…, said Khan was being sent back": an auxiliary after the name, whatever is
        // before the verb.)
        let verb_after = at.after < range.end && AUXILIARIES.contains(&self.lower(at.after));
        k > range.start
            && (self.lower(k - 1) == "that"
                || k > range.start + 1
                    && self.is_speech_verb(k - 1)
                    && !self.is_listener_verb(k - 1)
                    && (self.tokens()[k - 2].kind == TokenKind::Word && !self.is_quote_mark(k - 2)
                        || verb_after))
    }

    /// "Mr Blair has failed to tackle these problems, he claimed": whether the name is the
    /// subject of a clause a trailing attribution reports, not the one speaking. The
    /// attribution after the comma has its subject before the verb ("he claimed", "the Tory
    /// leader said") or right after it ("said Mr Flynn"); ", argued that …" closes an
    /// apposition, ", when a reporter asked …" is a clause of its own.
    fn attribution_reports(&self, at: &Place) -> bool {
        let range = &at.range;
        let comma = |i: usize| i < range.end && self.word(i) == ",";
        let names_subject = |i: usize| {
            i < range.end
                && (self.word(i).starts_with(char::is_uppercase)
                    || matches!(
                        self.lower(i).as_str(),
                        "he" | "she" | "they" | "we" | "i" | "the" | "a" | "an" | "his" | "her"
                    ))
        };
        // (The comma may close a quote: "Mr Hale “made the decisions,” he told the court".)
        !comma(at.after)
            && (at.after..range.end).any(|c| {
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
            })
    }

    /// `Speaking in court, Mr Ebbers rejected …`: whether the name from token `title` to
    /// `after` follows a short opening phrase of its sentence (from `start`) and its comma,
    /// and a verb follows the name: the sentence's subject.
    pub(super) fn after_opening_phrase(&self, start: usize, title: usize, after: usize) -> bool {
        // (Or the name is an apposition to a short noun phrase opening the sentence: "His
        // creator, Richard Bowden, lecturer at …, refers", "UKIP's leader, Roger Knapman,
        // has said"; not a list, "Gardener, Darren Campbell, …", nor a clause, "She thanked
        // the woman she played, Katharine Hepburn, for …".)
        let noun_phrase = || {
            title > start + 1
                && title - start <= 5
                && (self.is_determiner(start)
                    || self.tokens()[start + 1].kind == TokenKind::Possessive)
        };
        let verb = self.tokens().get(after).is_some_and(|t| {
            let w = self.doc.slice(t.span);
            t.kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && (AUXILIARIES.contains(&w.to_lowercase()) || !FUNCTION_WORDS.contains(w))
                || w == "," && noun_phrase()
        });
        // (Not a description: "But individually, the Birchfield Harrier has yet to …".)
        verb && title > start + 1
            && title - start <= 9
            && !matches!(self.lower(title).as_str(), "the" | "a" | "an")
            && self.word(title - 1) == ","
            && (start..title - 1).all(|i| self.tokens()[i].kind != TokenKind::Punct)
    }

    /// Whether token `i` belongs to the words before a name that qualify it: a title, a
    /// title's modifier, a person noun, a playing position, a word used as a title ("French
    /// Open champion"), "the", or a capitalized word ("the former Tory leader", "British
    /// actor", "Blackburn midfielder", "Mr").
    pub(super) fn qualifies_name(&self, i: usize) -> bool {
        let l = self.lower(i);
        ROLES.get(&l).is_some()
            || HONORIFICS.contains(&l)
            || TITLE_MODIFIERS.contains(&l)
            || PERSON_NOUNS.contains(&l)
            || POSITIONS.contains(&l)
            || l == "the"
            || self.word(i).starts_with(char::is_uppercase)
    }

    /// Whether a preposition governs the name starting at token `first`, titles and
    /// capitalized words aside ("of former campaign manager Barry Bennett").
    pub(super) fn object_of_preposition(&self, first: usize) -> bool {
        self.preposition_before(first).is_some()
    }

    /// `attacked Powell`, `praised the Fed's Jerome Powell`: whether the name starting at
    /// token `first` (titles aside) follows a verb in the past tense, no speech verb.
    pub(super) fn object_of_verb(&self, first: usize) -> bool {
        let k = self.before_qualifiers(first);
        k > 0
            && self.tokens()[k - 1].kind == TokenKind::Word
            && self.word(k - 1).starts_with(char::is_lowercase)
            && ((self.word(k - 1).ends_with("ed")
                || self.word(k - 1).ends_with("ing")
                    && !TIME_NOUNS.contains(&self.lower(k - 1))
                // ("the decision to give Hoddle a short-term contract": an infinitive's.)
                || k > 1
                    && self.lower(k - 2) == "to"
                    && !FUNCTION_WORDS.contains(&self.lower(k - 1))
                    && !self.is_be(k - 1))
                && !self.is_speech_verb(k - 1)
                && !AUXILIARIES.contains(&self.lower(k - 1))
                // ("Dr Fox accused Mr Blair …", "I told Megyn Kelly that …": the one spoken
                // to, after a verb with its subject before it; not "“…,” asked Mr Roe".)
                || k > 1
                    && self.tokens()[k - 2].kind == TokenKind::Word
                    && self.is_listener_verb(k - 1))
    }

    /// `attacked Hillary Clinton and Marco Rubio`: whether the name from token `first`
    /// (titles aside) to `after` follows "and" or "or" right after a name that is the object
    /// of a verb or a preposition (not as the subject of a clause of its own: "linked with
    /// the job at Oldham and Keegan has stated").
    pub(super) fn joined_to_object(&self, first: usize, after: usize) -> bool {
        let k = self.before_qualifiers(first);
        k > 0
            && !AUXILIARIES.contains(&self.lower(after))
            && !self.is_speech_verb(after)
            && matches!(self.lower(k - 1).as_str(), "and" | "or")
            && self
                .mentions_between(0, self.tokens()[k - 1].span.start)
                .last()
                .is_some_and(|&(m, _, _)| {
                    let before = self.token_from(m.start);
                    self.token_from(m.end) == k - 1
                        && (self.object_of_preposition(before) || self.object_of_verb(before))
                })
    }

    /// Whether an entity of `kind` named between bytes `from` and `to`, outside quotes, is
    /// the subject of a clause: not a possessor nor the object of a preposition.
    pub(super) fn subject_named_between(&self, kind: EntityKind, from: usize, to: usize) -> bool {
        self.mentions_between(from, to)
            .iter()
            .take_while(|(m, _, _)| m.end <= to)
            .any(|&(m, k, _)| k == kind && self.subject_weight(m) >= 0.0)
    }

    /// `“…,” said the magazine. ¶ “…,” it concluded.`: the speaker "it" (`s`, attributing a
    /// quote of paragraph `paragraph`) stands for, right after a quote a body or a statement
    /// spoke (`said`, the last of `out` with a speaker; those after it go on with it), ending in
    /// this paragraph or the one before, unless a body named since is a subject ("DrKW said
    /// … “…” at M&S. “…,” it added" is DrKW's).
    pub(super) fn body_meant_by_it(
        &self,
        s: &Speaker,
        paragraph: usize,
        out: &[Quote],
    ) -> Option<Speaker> {
        let last = out.last()?;
        let ends = self.paragraph_of(last.span.end.saturating_sub(1).max(last.span.start));
        if !self.doc.slice(s.span).eq_ignore_ascii_case("it") || paragraph > ends + 1 {
            return None;
        }
        let p = out.iter().rev().find(|q| q.speaker.is_some())?;
        let said = p.speaker.as_ref().filter(|ps| self.speaks_as_body(ps))?;
        let from = p.span.end.max(said.span.end);
        (!self.subject_named_between(EntityKind::Organization, from, s.span.start)).then(|| {
            Speaker {
                span: s.span,
                ..said.clone()
            }
        })
    }

    /// Whether a speaker is a body or what a body issues: an organization, or a phrase headed
    /// by a noun for one or for a statement ("the company", "Mr Crosby's statement").
    pub(super) fn speaks_as_body(&self, s: &Speaker) -> bool {
        s.person.is_none()
            && (s.organization.is_some()
                || s.name.rsplit(' ').next().is_some_and(|head| {
                    let head = head.to_lowercase();
                    ORG_NOUNS.contains(head.as_str())
                        || SPEECH_NOUNS.contains(head.as_str())
                        || MEDIA_NOUNS.contains(head.as_str())
                        || GROUP_NOUNS.contains(head.as_str())
                }))
    }

    /// Whether the name starting at token `first` is the agent after "by", a few words that
    /// describe it aside ("was asked by Fox Business moderator Gerard Baker").
    pub(super) fn agent_of_passive(&self, first: usize) -> bool {
        (first.saturating_sub(5)..first)
            .rev()
            .take_while(|&i| {
                self.tokens()[i].kind == TokenKind::Word
                    && (self.word(i) == "by" || !FUNCTION_WORDS.contains(self.word(i)))
            })
            .any(|i| self.word(i) == "by")
    }

    /// A person's gender from a title before a mention ("Mr", "Mrs") or the given name.
    pub(super) fn gender(&self, kind: EntityKind, idx: usize) -> Option<Gender> {
        if kind != EntityKind::Person {
            return None;
        }
        self.gender_and_stated(idx).map(|(g, _)| g)
    }

    /// A person's gender and whether the text states it (a title, a noun, a given name
    /// clearly one gender's on the Census lists), as against guessed from a name of either
    /// gender ("Robin") or from pronouns.
    pub(super) fn gender_and_stated(&self, idx: usize) -> Option<(Gender, bool)> {
        self.genders
            .get(idx)
            .and_then(|g| *g.get_or_init(|| self.find_gender(idx)))
    }

    pub(super) fn find_gender(&self, idx: usize) -> Option<(Gender, bool)> {
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
                return Some((Gender::from_male(male), true));
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
                return Some((g, true));
            }
        }
        let first = e.name.split_whitespace().next()?;
        // (A name only more often one gender's yields to the article's pronouns: "All Blacks
        // captain Tama Umaga has warned the Lions will be his most fearsome opponents".)
        match given_name_gender(first) {
            Some((male, true)) => Some((Gender::from_male(male), true)),
            weak => self
                .pronoun_gender(idx)
                .or_else(|| weak.map(|(male, _)| Gender::from_male(male)))
                .map(|g| (g, false)),
        }
    }

    /// A person's gender from the pronouns of the sentences the person opens, when they are
    /// all of one gender ("Arjen Robben has broken two bones in his foot"), quotes aside.
    pub(super) fn pronoun_gender(&self, idx: usize) -> Option<Gender> {
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
}
