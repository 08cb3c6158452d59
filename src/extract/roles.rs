//! Roles: the titles and affiliations the text gives people.
//!
//! - a title before the name: "CEO Mark Zuckerberg", "Qantas chief executive Geoff Dixon",
//!   "the company’s chief financial officer, Jane Roe";
//! - an apposition after it: "Daniel Ives, tech analyst at Wedbush Securities", "Jean-Philippe
//!   Cotis, the OECD's chief economist".
//!
//! The organization is the one the text names with the title ("at Wedbush", "Qantas", "the
//! OECD's"); "the company’s" and a bare corporate title ("CEO") point to the article's main
//! organization when it has one.

use rustc_hash::FxHashMap as HashMap;

use super::entities::{Entities, Entity, EntityKind, Role, name_after_title_words};
use super::names::{Candidate, capitalized_at, is_bare_possessive, is_capitals};
use crate::lexicon::{
    AUXILIARIES, CORPORATE_TITLES, COURTESY_TITLES, FUNCTION_WORDS, HONORIFICS, KNIGHT_TITLES,
    ORG_HEADS, ORG_NOUNS, PAST_TENSES, PEER_TITLES, ROLES, SPEECH_VERBS, TITLE_MODIFIERS,
    is_form_of_be, is_personal_possessive, is_trade_noun,
};
use crate::text::{Document, Span, TokenKind};
use std::borrow::Cow;

/// A title before a name that is no office ("Mr", "Dr", "Sir", "Lady"), in lower case.
fn is_courtesy(lower: &str) -> bool {
    COURTESY_TITLES.contains(lower) || KNIGHT_TITLES.contains(lower) || PEER_TITLES.contains(lower)
}

/// Fills in `roles` for every person in `entities`.
pub fn assign(doc: &Document, body: &[Candidate], entities: &mut Entities) {
    let by_span: HashMap<Span, &Candidate> = body.iter().map(|c| (c.span, c)).collect();
    // (sentence, token after the name) → the name: the one listed before another.
    let by_end: HashMap<(usize, usize), &Candidate> =
        body.iter().map(|c| ((c.sentence, c.last), c)).collect();
    let main = entities.main_organization();
    let mut all: Vec<Vec<Role>> = vec![Vec::new(); entities.people.len()];
    for (p, person) in entities.people.iter().enumerate() {
        for m in &person.mentions {
            let Some(c) = by_span.get(&m.span) else {
                continue;
            };
            let finder = Finder {
                doc,
                entities,
                sentence: c.sentence,
                main,
            };
            for role in [
                finder
                    .title_in_run(c)
                    .or_else(|| finder.title_of_list(c, &by_end)),
                finder.title_before(c),
                finder.apposition(c),
            ]
            .into_iter()
            .flatten()
            {
                if !all[p].iter().any(|r| {
                    r.title.eq_ignore_ascii_case(&role.title) && r.organization == role.organization
                }) {
                    all[p].push(role);
                }
            }
        }
    }
    for (person, roles) in entities.people.iter_mut().zip(all) {
        // A role stated with its organization makes the same title without one redundant.
        let keep: Vec<Role> = roles
            .iter()
            .filter(|r| {
                r.organization.is_some()
                    || !roles
                        .iter()
                        .any(|o| o.organization.is_some() && o.title.eq_ignore_ascii_case(&r.title))
            })
            .cloned()
            .collect();
        person.roles = keep;
    }
}

/// Whether a word in lower case can be a noun of what a title covers ("production chief",
/// "equity strategist"): three letters or more, no function word, auxiliary or speech verb,
/// nothing in "-ed" or "-ly".
fn is_plain_word(w: &str) -> bool {
    w.len() > 2
        && !FUNCTION_WORDS.contains(w)
        && !AUXILIARIES.contains(w)
        && SPEECH_VERBS.get(w).is_none()
        && !w.ends_with("ed")
        && !w.ends_with("ly")
}

/// "Senators" → "Senator": a title in the plural, in the singular ("Governors", "Chief
/// Executives"; not "Mrs", "Reps.").
fn singular_title(title: &str) -> Option<&str> {
    let one = title.strip_suffix('s')?;
    let head = one.rsplit(' ').next()?.to_lowercase();
    (head.len() > 3 && ROLES.get(&head).is_some()).then_some(one)
}

struct Finder<'a> {
    doc: &'a Document,
    entities: &'a Entities,
    sentence: usize,
    main: Option<usize>,
}

impl<'a> Finder<'a> {
    fn text(&self, i: usize) -> &'a str {
        let toks = self.doc.sentence_tokens(self.sentence);
        toks.get(i).map_or("", |t| self.doc.slice(t.span))
    }

    fn len(&self) -> usize {
        self.doc.sentence_tokens(self.sentence).len()
    }

    fn span(&self, first: usize, last: usize) -> Span {
        let toks = self.doc.sentence_tokens(self.sentence);
        Span::new(toks[first].span.start, toks[last - 1].span.end)
    }

    /// Whether token `k` is a possessive's "'s", or an apostrophe alone right after a word in
    /// "s" ("Sanders' campaign manager").
    fn possessive_mark(&self, k: usize) -> bool {
        let toks = self.doc.sentence_tokens(self.sentence);
        toks[k].kind == TokenKind::Possessive || is_bare_possessive(self.doc, toks, k)
    }

    /// The organization mentioned last before token `end` of this sentence, looking back
    /// up to two sentences, else the article's main one: what "its" and "the company’s"
    /// refer to.
    fn recent_org(&self, end: usize) -> Option<usize> {
        self.org_named_last(end, 2).or(self.main)
    }

    /// Whether a place is named in this sentence after organization `org`'s last mention
    /// and before token `end`: what "its" then stands for ("Kazakhstan has been dominated
    /// by its president").
    fn place_named_since(&self, org: usize, end: usize) -> bool {
        let toks = self.doc.sentence_tokens(self.sentence);
        let limit = toks[end].span.start;
        let since = self.entities.organizations[org]
            .mentions
            .iter()
            .filter(|m| m.span.end <= limit)
            .map(|m| m.span.end)
            .max()
            .unwrap_or(0)
            .max(toks[0].span.start);
        // (A place after a preposition is no subject: "Yukos has no assets in the US, apart
        // from a house in Houston owned by its chief finance officer".)
        // ("the" between: "in the US".)
        let after_preposition = |start: usize| {
            toks.iter()
                .rposition(|t| t.span.end <= start)
                .map(|k| {
                    if k > 0 && self.text(k).eq_ignore_ascii_case("the") {
                        k - 1
                    } else {
                        k
                    }
                })
                .is_some_and(|k| {
                    matches!(
                        self.text(k),
                        "in" | "at" | "from" | "to" | "near" | "of" | "into" | "across"
                    )
                })
        };
        self.entities.locations.iter().any(|place| {
            place.mentions.iter().any(|m| {
                m.span.start >= since && m.span.end <= limit && !after_preposition(m.span.start)
            })
        })
    }

    /// The organization mentioned last before token `end` of this sentence, looking back
    /// `sentences_back` sentences.
    fn org_named_last(&self, end: usize, sentences_back: usize) -> Option<usize> {
        self.org_named_last_where(end, sentences_back, |_| true)
    }

    /// `org_named_last` among the organizations `keep` accepts.
    fn org_named_last_where(
        &self,
        end: usize,
        sentences_back: usize,
        keep: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let toks = self.doc.sentence_tokens(self.sentence);
        let limit = toks.get(end).map_or(usize::MAX, |t| t.span.start);
        let first_sentence = self.sentence.saturating_sub(sentences_back);
        let mut best: Option<(usize, usize)> = None;
        for (i, org) in self.entities.organizations.iter().enumerate() {
            if !keep(org) {
                continue;
            }
            for m in &org.mentions {
                if m.sentence >= first_sentence
                    && m.sentence <= self.sentence
                    && m.span.end <= limit
                    && best.is_none_or(|(pos, _)| m.span.start > pos)
                {
                    best = Some((m.span.start, i));
                }
            }
        }
        best.map(|(_, i)| i)
    }

    /// The organization whose mention ends right before token `end` (a possessive between
    /// allowed), or "the company’s" → the main organization.
    fn org_ending_at(&self, end: usize) -> Option<usize> {
        let mut end = end;
        if end > 0 && self.possessive_mark(end - 1) {
            // ("Lloyd's chief executive": the mark may be the name's own.)
            if let Some(org) = self.org_in_words_before(end) {
                return Some(org);
            }
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        let word = self.text(end - 1).to_lowercase();
        // "the college's president", "the fund's managing director": the organization named
        // last whose name holds that word ("International Monetary Fund"), else for "the
        // company's" the one named last.
        if (ORG_NOUNS.contains(&word) || ORG_HEADS.contains(&word))
            && self.text(end - 1).starts_with(char::is_lowercase)
            && end >= 2
            && self.text(end - 2).eq_ignore_ascii_case("the")
        {
            if let Some(org) = self.org_headed_by(&word, end - 2, 2) {
                return Some(org);
            }
            // ("compensation from Bosch, the carmaker's chief executive": the noun names
            // another organization than the one the apposition follows.)
            if ORG_NOUNS.contains(&word)
                && end >= 4
                && self.text(end - 3) == ","
                && let Some(host) = self.org_in_words_before(end - 3)
            {
                let host = &self.entities.organizations[host].name;
                return self
                    .org_named_last_where(end - 3, 2, |org| &org.name != host)
                    .or(self.main);
            }
            if ORG_NOUNS.contains(&word) {
                return self.recent_org(end - 2);
            }
        }
        self.org_in_words_before(end)
    }

    /// The organization whose mention ends right before token `end`.
    fn org_in_words_before(&self, end: usize) -> Option<usize> {
        self.org_mention_before(end).map(|(_, i)| i)
    }

    /// The organization whose mention ends right before token `end`, with the token its
    /// mention starts at.
    fn org_mention_before(&self, end: usize) -> Option<(usize, usize)> {
        (end.saturating_sub(8)..end).rev().find_map(|start| {
            match self.entities.at(self.span(start, end)) {
                Some((EntityKind::Organization, i)) => Some((start, i)),
                _ => None,
            }
        })
    }

    /// The organization named last before token `end`, up to `sentences_back` sentences back,
    /// whose name holds the head word `head` ("Royal College of Emergency Medicine" for
    /// "college").
    fn org_headed_by(&self, head: &str, end: usize, sentences_back: usize) -> Option<usize> {
        self.org_named_last_where(end, sentences_back, |org| {
            org.name
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(head))
        })
    }

    /// The organization whose mention starts at token `start` ("the" skipped).
    fn org_starting_at(&self, start: usize) -> Option<usize> {
        let start = if self.text(start).eq_ignore_ascii_case("the") {
            start + 1
        } else {
            start
        };
        // "a strategist at Moscow's Sovlink Securities": a place's possessive before the name.
        let toks = self.doc.sentence_tokens(self.sentence);
        let start = (start + 1..(start + 4).min(self.len()))
            .find(|&p| {
                toks[p].kind == TokenKind::Possessive
                    && matches!(
                        self.entities.at(self.span(start, p)),
                        Some((EntityKind::Location, _))
                    )
            })
            .map_or(start, |p| p + 1);
        if let Some(org) = self.org_at(start) {
            return Some(org);
        }
        let word = self.text(start).to_lowercase();
        let the = start > 0 && self.text(start - 1).eq_ignore_ascii_case("the");
        // "a former deputy governor of the central bank": the organization named last whose
        // name holds the phrase's head ("Central Bank of Nigeria"), when the phrase ends there.
        if the && let Some(org) = self.described_org(start) {
            return Some(org);
        }
        if ORG_NOUNS.contains(&word) && the {
            // ("the company": the one named last, unless its name follows.)
            if let Some(named) = self.org_after_description(start) {
                return Some(named);
            }
            return self.recent_org(start - 1);
        }
        if the {
            return self.org_after_description(start);
        }
        // "head of software firm Adamind", "head of MMS firm Adamind": a description with no
        // article, closed by a noun for a body or a trade; or one acronym that names
        // nothing, "managing director of ISP Freedom2surf".
        self.org_named_after_description(start)
            .filter(|&(_, name)| {
                let last = self.text(name - 1).to_lowercase();
                ORG_NOUNS.contains(&last)
                    || is_trade_noun(&last)
                    || name == start + 1 && is_capitals(self.text(start))
            })
            .map(|(org, _)| org)
    }

    /// The organization whose mention, of eight words at most, starts at token `k` (the
    /// longest).
    fn org_at(&self, k: usize) -> Option<usize> {
        (k + 1..=(k + 8).min(self.len())).rev().find_map(|end| {
            match self.entities.at(self.span(k, end)) {
                Some((EntityKind::Organization, i)) => Some(i),
                _ => None,
            }
        })
    }

    /// The organization named last in the article whose name holds the head of the phrase in
    /// lower case from token `start` (three words at most, closing the phrase: "central
    /// bank", "fund").
    fn described_org(&self, start: usize) -> Option<usize> {
        let toks = self.doc.sentence_tokens(self.sentence);
        let head = (start..(start + 3).min(self.len()))
            .take_while(|&k| {
                toks[k].kind == TokenKind::Word && self.text(k).starts_with(char::is_lowercase)
            })
            .last()?;
        if toks
            .get(head + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        {
            return None;
        }
        let word = self.text(head).to_lowercase();
        if !(ORG_NOUNS.contains(&word) || ORG_HEADS.contains(&word)) {
            return None;
        }
        // (Anywhere before in the article: a description this specific is seldom of a body
        // named in the sentences just before.)
        self.org_headed_by(&word, start, self.sentence)
    }

    /// "the collapsed cryptocurrency exchange FTX": the organization named right after the
    /// lower-case words of its description from token `start` (three at most).
    fn org_after_description(&self, start: usize) -> Option<usize> {
        self.org_named_after_description(start).map(|(org, _)| org)
    }

    /// The organization of [`Self::org_after_description`] and the token its name starts at.
    fn org_named_after_description(&self, start: usize) -> Option<(usize, usize)> {
        let toks = self.doc.sentence_tokens(self.sentence);
        let mut k = start;
        // (An acronym that names nothing may stand among them: "MMS firm Adamind".)
        while k < self.len()
            && k < start + 3
            && toks[k].kind == TokenKind::Word
            && (self.text(k).starts_with(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&self.text(k).to_lowercase())
                || is_capitals(self.text(k)) && self.org_at(k).is_none())
        {
            k += 1;
        }
        if k == start {
            return None;
        }
        // (The name closes the phrase: not "the popular West End musical"; a speech verb
        // may follow, "managing director of ISP Freedom2surf said".)
        let closes = |end: usize| {
            toks.get(end).is_none_or(|t| {
                let w = self.text(end).to_lowercase();
                t.kind != TokenKind::Word
                    || !self.text(end).starts_with(char::is_lowercase)
                    || FUNCTION_WORDS.contains(&w)
                    || SPEECH_VERBS.get(&w).is_some()
            })
        };
        (k + 1..=(k + 8).min(self.len())).rev().find_map(|end| {
            match self.entities.at(self.span(k, end)) {
                Some((EntityKind::Organization, i)) if closes(end) => Some((i, k)),
                _ => None,
            }
        })
    }

    fn role(&self, title: &str, organization: Option<usize>) -> Option<Role> {
        let lower = title.to_lowercase();
        if is_courtesy(&lower) || title.is_empty() {
            return None;
        }
        // ("chairman and chief executive": either title may be the corporate one.)
        let corporate = lower
            .split(" and ")
            .any(|t| CORPORATE_TITLES.get(t).is_some());
        let organization = organization.or_else(|| corporate.then_some(self.main).flatten());
        Some(Role {
            title: title.to_string(),
            organization,
        })
    }

    /// A title split off the name's run: "CEO Mark Zuckerberg", "Qantas Chief Executive".
    fn title_in_run(&self, c: &Candidate) -> Option<Role> {
        let title = c.title.as_deref()?;
        // ("Chief Scientific Officer Dr. Marieke de Vries": the courtesy title is no office.)
        // ("Said Mr Bysshe:", "Under Mr Ebbers,": nor is a word opening the sentence before it.)
        let title = match title.rsplit_once(' ') {
            Some((office, last)) if is_courtesy(&last.to_lowercase()) => {
                if !office
                    .split([' ', '-'])
                    .any(|w| ROLES.get(&w.to_lowercase()).is_some())
                {
                    return None;
                }
                office
            }
            _ => title,
        };
        // ("Under President Chavez, the government …": a preposition opening the sentence is
        // no part of the title; "Under Secretary" is one.)
        let title = match title.split_once(' ') {
            Some((first, rest))
                if c.title_first == 0
                    && FUNCTION_WORDS.contains(&first.to_lowercase())
                    && !is_capitals(first)
                    && !(first == "Under" && rest.starts_with("Secretary")) =>
            {
                rest
            }
            _ => title,
        };
        // ("deputy PM John Prescott", "acting CEO Jane Roe": modifiers in lower case before a
        // title of one word that is a role are part of it.)
        let first = self.modifiers_before(c);
        let title = if first < c.title_first {
            Cow::Owned(format!(
                "{} {title}",
                self.doc.slice(self.span(first, c.title_first))
            ))
        } else {
            Cow::Borrowed(title)
        };
        let title = title.as_ref();
        // ("Leyden co-founder and Chief Scientific Officer …": the organization before a
        // title in lower case joined to this one.)
        let org = self.org_ending_at(first).or_else(|| {
            let and = c
                .title_first
                .checked_sub(1)
                .filter(|&a| self.text(a) == "and")?;
            let mut k = and;
            while k > 0 && {
                let w = self.text(k - 1);
                w.starts_with(char::is_lowercase)
                    && (ROLES.get(&w.to_lowercase()).is_some() || TITLE_MODIFIERS.contains(w))
            } {
                k -= 1;
            }
            (k < and).then(|| self.org_ending_at(k)).flatten()
        });
        // ("Analyst Julius Maldutis of Salomon Brothers": the organization after the name, as
        // for a title in lower case.)
        // (Not a peer's seat: "Baron Kinnock of Bedwellty".)
        let lower = title.to_lowercase();
        let peer = is_courtesy(&lower)
            || matches!(
                lower.as_str(),
                "baron" | "baroness" | "earl" | "viscount" | "duke" | "duchess"
            );
        let org = org.or_else(|| (!peer).then(|| self.org_after_name(c)).flatten());
        let mut role = self.role(singular_title(title).unwrap_or(title), org)?;
        // ("Epic CEO Tim Sweeney": a capitalized word the article names nothing by stands
        // before the title: the title is that body's, not the article's main one.)
        if org.is_none() && first > 0 && {
            let w = self.text(first - 1);
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && !FUNCTION_WORDS.contains(&lower)
                && ROLES.get(&lower).is_none()
                && !TITLE_MODIFIERS.contains(&lower)
        } {
            role.organization = None;
        }
        // ("Sen. Ted Cruz", "Lt. Col. Bambang Sutrisno": an abbreviation keeps its stop.)
        if c.first >= 2
            && self.text(c.first - 1) == "."
            && role.title.ends_with(self.text(c.first - 2))
        {
            role.title.push('.');
        }
        Some(role)
    }

    /// Where the modifiers in lower case ("deputy", "acting") before the name's title of one
    /// word that is a role ("PM", "CEO") start; the title's start when there are none.
    fn modifiers_before(&self, c: &Candidate) -> usize {
        let mut first = c.title_first;
        if c.title.as_deref().is_some_and(|t| {
            !t.contains(' ') && ROLES.get(&t.trim_end_matches('.').to_lowercase()).is_some()
        }) {
            while first > 0 && {
                let w = self.text(first - 1);
                // (Not a preposition or an ordinal: "under President Clinton", "the first
                // President Bush"; "Under Secretary", "First Minister" are capitalized.)
                w.starts_with(char::is_lowercase)
                    && TITLE_MODIFIERS.contains(w)
                    && !matches!(w, "under" | "first")
            } {
                first -= 1;
            }
        }
        first
    }

    /// "… Mike Powell of Dresdner Kleinwort Wasserstein": the organization right after the
    /// name and "of", "at" or "with".
    /// (Not a name that owns what follows: "John Prescott at Labour's spring conference".)
    fn org_after_name(&self, c: &Candidate) -> Option<usize> {
        if !matches!(self.text(c.last), "of" | "at" | "with") {
            return None;
        }
        let start = c.last + 1;
        // (Nor one after "the" that qualifies a noun after it: "at the Labour spring
        // conference".)
        let qualifies = |end: usize| {
            let toks = self.doc.sentence_tokens(self.sentence);
            let w = self.text(end);
            toks[end].kind == TokenKind::Word
                && w.starts_with(char::is_lowercase)
                && !FUNCTION_WORDS.contains(w)
                && !w.ends_with("ed")
                && !w.ends_with('s')
                && SPEECH_VERBS.get(w).is_none()
        };
        let from = usize::from(self.text(start).eq_ignore_ascii_case("the")) + start;
        let owns = (from + 1..=(from + 8).min(self.len()))
            .rev()
            .find(|&end| self.entities.at(self.span(from, end)).is_some())
            .is_some_and(|end| {
                end < self.len() && (self.possessive_mark(end) || from > start && qualifies(end))
            });
        if owns {
            return None;
        }
        self.org_starting_at(start)
    }

    /// "Governors Michelle Bowman and Christopher Waller", "Senators Ted Cruz, Rand Paul and
    /// Marco Rubio": a title in the plural before the first of names listed is each one's.
    fn title_of_list(
        &self,
        c: &Candidate,
        by_end: &HashMap<(usize, usize), &Candidate>,
    ) -> Option<Role> {
        let mut cur = c;
        for _ in 0..6 {
            if cur.first < 2 || !matches!(self.text(cur.first - 1), "and" | ",") {
                return None;
            }
            let before = *by_end.get(&(c.sentence, cur.first - 1))?;
            if let Some(title) = before.title.as_deref() {
                let one = singular_title(title)?;
                return self.role(one, self.org_ending_at(before.title_first));
            }
            cur = before;
        }
        None
    }

    /// A lower-case title right before the name ("chief executive Helen Marsh"), or before a
    /// comma ("the company’s chief financial officer, Jane Roe").
    fn title_before(&self, c: &Candidate) -> Option<Role> {
        // ("Labour leader Sir Keir Starmer": a courtesy title between the role and the name.)
        // ("Portland Police Bureau spokesperson Sgt. Kevin Allen": a rank of one word too.)
        let mut end = match c.title.as_deref() {
            None => c.first,
            Some(t)
                if is_courtesy(&t.to_lowercase())
                    || !t.contains(' ') && HONORIFICS.contains(&t.to_lowercase()) =>
            {
                // (Not the modifiers the title takes: "deputy PM".)
                self.modifiers_before(c)
            }
            Some(_) => return None,
        };
        let comma = end > 0 && self.text(end - 1) == ",";
        if comma {
            end -= 1;
        }
        // "The mayor of Springfield, Dana Ortiz", "the chief executive of Acme Corp., Rene
        // Holt", "a spokeswoman for Acme, Ann Lee": a title of a place or body before the
        // comma.
        let mut of_org = None;
        let mut of_word = "";
        if comma
            && let Some(of) = (end.saturating_sub(6)..end)
                .rev()
                .find(|&i| matches!(self.text(i), "of" | "for"))
            && (of + 1..end).all(|i| {
                self.text(i).starts_with(char::is_uppercase) || matches!(self.text(i), "." | "&")
            })
            && of + 1 < end
        {
            of_org = Some(self.org_starting_at(of + 1));
            of_word = self.text(of);
            end = of;
        }
        // "The Fed's vice chair for supervision, Michael Barr": what the title is for, in
        // lower case, is the title's (not an organization).
        let title_end = end;
        if comma
            && of_org.is_none()
            && let Some(f) = (end.saturating_sub(4)..end)
                .rev()
                .find(|&i| matches!(self.text(i), "of" | "for"))
            && f > 0
            && f + 1 < end
            && ROLES.get(&self.text(f - 1).to_lowercase()).is_some()
            && (f + 1..end).all(|i| {
                let w = self.text(i);
                w.starts_with(char::is_lowercase) && !FUNCTION_WORDS.contains(w)
            })
        {
            end = f;
        }
        let mut start = end;
        while start > 0 {
            let w = self.text(start - 1);
            let lower = w.to_lowercase();
            // ("president and chief operating officer": two titles joined.)
            let joined = lower == "and"
                && start >= 2
                && start < end
                && ROLES.get(&self.text(start - 2).to_lowercase()).is_some();
            // ("production chief Walter van der Vijver", "police chief Bill Bratton": a noun
            // of what is headed before "chief", "boss" or "head" alone.)
            let domain = start + 1 == end
                && matches!(self.text(start), "chief" | "boss" | "head")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && is_plain_word(w);
            let roleish =
                ROLES.get(&lower).is_some() || TITLE_MODIFIERS.contains(&lower) || joined || domain;
            // ("Chief executive Rene Haas told …": capitalized only as the sentence's first,
            // and no name: "Labour leader Sir Keir Starmer".)
            // ("Economist Jane Roe at Kestrel Bank said": one role word alone too.)
            let first_word = start == 1
                && (end - start >= 1 || ROLES.get(&lower).is_some())
                && self.entities.at(self.span(0, 1)).is_none();
            if !(w.starts_with(char::is_lowercase) || first_word) || !roleish {
                break;
            }
            start -= 1;
        }
        if start == end || ROLES.get(&self.text(end - 1).to_lowercase()).is_none() {
            return None;
        }
        // "Morgan Stanley equity strategist Naoki Kamiyama", "HSBC currency analyst": a word
        // or two of what the role covers, in lower case, between the organization and it.
        if of_org.is_none()
            && let Some(k) = (start.saturating_sub(2)..start).find(|&k| {
                k > 0
                    && (k..start).all(|i| {
                        let w = self.text(i);
                        w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                            && is_plain_word(w)
                            && !w.ends_with("ing")
                            && !PAST_TENSES.contains(w)
                    })
                    && self.org_ending_at(k).is_some()
            })
        {
            start = k;
        }
        // "Meta's chief global affairs officer": words no list holds between a possessive and
        // the title's known words belong to it.
        let toks = self.doc.sentence_tokens(self.sentence);
        // ("Its national officer, Dominic Hart": after "its" too.)
        if let Some(p) = (start.saturating_sub(5)..start).rev().find(|&p| {
            (self.possessive_mark(p) || self.text(p).eq_ignore_ascii_case("its"))
                && (p + 1..start).all(|k| {
                    toks[k].kind == TokenKind::Word
                        && self.text(k).starts_with(char::is_lowercase)
                        && !FUNCTION_WORDS.contains(&self.text(k).to_lowercase())
                })
        }) {
            start = p + 1;
        }
        if let Some(org) = of_org {
            // (The title definite and opening its phrase: not "a spokesman of …"; "for" a
            // body, any article: "a spokeswoman for Acme, Ann Lee".)
            let article = if of_word == "for" {
                &["the", "a", "an"][..]
            } else {
                &["the"][..]
            };
            let definite = start > 0
                && article
                    .iter()
                    .any(|a| self.text(start - 1).eq_ignore_ascii_case(a));
            return definite
                .then(|| self.role(self.doc.slice(self.span(start, end)), org))
                .flatten();
        }
        let its = start > 0 && self.text(start - 1).eq_ignore_ascii_case("its");
        let possessive = start > 0 && self.possessive_mark(start - 1);
        // A comma needs "X’s chief financial officer, Name", "its …", or a definite title.
        if comma && !possessive && !its {
            return self
                .definite_title(c, start, end)
                .or_else(|| self.named_org_title(c, start, title_end));
        }
        let title = self.doc.slice(self.span(start, title_end));
        let org = if its {
            self.recent_org(start - 1)
                .filter(|&org| !self.place_named_since(org, start - 1))
        } else {
            // ("aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein": the
            // organization after the name.)
            self.org_ending_at(start).or_else(|| self.org_after_name(c))
        };
        self.role(title, org)
    }

    /// Before the name's comma, after no possessive: "the work and pensions secretary, Liz
    /// Kendall" (its lower-case modifiers with it), "the Labour leader, Keir Starmer" (the
    /// organization it is of); the title's known words are tokens `start..end`.
    fn definite_title(&self, c: &Candidate, start: usize, end: usize) -> Option<Role> {
        let toks = self.doc.sentence_tokens(self.sentence);
        let the = (start.saturating_sub(4)..start).rev().find(|&i| {
            // ("A Warren spokeswoman, Kristen Orthman": an indefinite one too; "His
            // spokesman, Alex Conant": a person's, of no organization.)
            ["the", "a", "an", "his", "her", "their"]
                .iter()
                .any(|a| self.text(i).eq_ignore_ascii_case(a))
                && (i + 1..start).all(|k| {
                    toks[k].kind == TokenKind::Word
                        && (!FUNCTION_WORDS.contains(&self.text(k).to_lowercase())
                            || self.text(k) == "and")
                })
        })?;
        // (Opening its clause: at the sentence's start, after punctuation, "and", "but" or a
        // speech verb ("said the chief executive, Rene Holt"); else a comma closes the name,
        // "likening the reporter, Oliver Finegold, to …", "under the current director, Susan
        // Henshaw Jones, is …" — not "voters support the president, Mrs. Clinton devotes
        // …", "from a federal prosecutor, Mr Sullivan has …"; never a predicate's, "if Trump
        // is the GOP nominee, Rubio …".)
        let closed = toks.get(c.last).is_none_or(|t| t.kind == TokenKind::Punct);
        let predicate = the > 0
            && (is_form_of_be(self.text(the - 1))
                || matches!(
                    self.text(the - 1).to_lowercase().as_str(),
                    "become" | "became" | "as"
                ));
        if predicate
            || the > 0
                && !closed
                && toks[the - 1].kind != TokenKind::Punct
                && !matches!(self.text(the - 1).to_lowercase().as_str(), "and" | "but")
                && SPEECH_VERBS
                    .get(&self.text(the - 1).to_lowercase())
                    .is_none()
        {
            return None;
        }
        if let Some(org) = self.org_ending_at(start).filter(|_| start > the + 1) {
            return self.role(self.doc.slice(self.span(start, end)), Some(org));
        }
        if (the + 1..start).any(|k| self.text(k).starts_with(char::is_uppercase)) {
            // ("A Warren spokeswoman, Kristen Orthman": a person's, of no organization.)
            let persons = start > the + 1
                && matches!(
                    self.entities.at(self.span(the + 1, start)),
                    Some((EntityKind::Person, _))
                );
            return persons
                .then(|| self.role(self.doc.slice(self.span(start, end)), None))
                .flatten();
        }
        self.role(self.doc.slice(self.span(the + 1, end)), None)
    }

    /// Before the name's comma: "by Ofsted chief, David Bell,", "LTA chief executive, John
    /// Crowther, said": an organization's name right before the title's words `start..end`,
    /// opening its clause, and the name closed by punctuation.
    fn named_org_title(&self, c: &Candidate, start: usize, end: usize) -> Option<Role> {
        let toks = self.doc.sentence_tokens(self.sentence);
        if toks.get(c.last).is_some_and(|t| t.kind != TokenKind::Punct) {
            return None;
        }
        let (k, org) = self.org_mention_before(start)?;
        let opens = k == 0
            || toks[k - 1].kind == TokenKind::Punct
            || matches!(
                self.text(k - 1).to_lowercase().as_str(),
                "by" | "and" | "but" | "from" | "with"
            )
            || SPEECH_VERBS.get(&self.text(k - 1).to_lowercase()).is_some();
        opens
            .then(|| self.role(self.doc.slice(self.span(start, end)), Some(org)))
            .flatten()
    }

    /// ", tech analyst at Wedbush Securities", ", the OECD's chief economist", ", a senior
    /// economist with the OECD".
    fn apposition(&self, c: &Candidate) -> Option<Role> {
        if self.text(c.last) != "," {
            return None;
        }
        let mut i = c.last + 1;
        // ("Mark Ellis, 54, a retired teacher,": past the age.)
        let toks = self.doc.sentence_tokens(self.sentence);
        if toks.get(i).is_some_and(|t| t.kind == TokenKind::Number)
            && self.text(i).len() <= 3
            && self.text(i + 1) == ","
        {
            i += 2;
        }
        // (", currently chief executive of RAC", ", now finance director at Tesco", ", also a
        // director of Boots": an adverb of the time the title holds is no part of it.)
        if matches!(
            self.text(i),
            "currently" | "now" | "also" | "still" | "presently"
        ) {
            i += 1;
        }
        // (", his campaign manager": a person's possessive, the title alone; ", his
        // partner" is his companion.)
        let owner = is_personal_possessive(self.text(i));
        if owner && self.text(i + 1) == "partner" {
            return None;
        }
        if owner || matches!(self.text(i).to_lowercase().as_str(), "a" | "an" | "the") {
            i += 1;
        }
        // ", its chief risk officer": of the organization named last before the name in its
        // sentence ("HSBC also named Pam Kaur, its chief risk officer"; not a state no list
        // names: "Frankfurt's standing …, Alois Rhiel, its minister for economic affairs").
        if self.text(i) == "its"
            && let Some((start, end)) = self.title_at(i + 1)
            && let Some(org) = self.org_named_last(c.first, 0)
        {
            return self.role(self.doc.slice(self.span(start, end)), Some(org));
        }
        // "the OECD's chief economist": an organization's possessive before the title (not
        // after one: "adviser to IMF's managing director, Rodrigo Rato"); "Libya's oil
        // minister": another's, the title alone.
        if let Some(p) =
            (i..(i + 6).min(self.len())).find(|&j| toks[j].kind == TokenKind::Possessive)
            && self.title_at(i).is_none_or(|(_, end)| end > p)
            // (The possessor's name, or "the company's", after "who is" or "who was also" at
            // most: not a clause, "Ed Mirvish, will take place at Toronto's Princess of Wales
            // Theatre".)
            && (self.after_relative_be(i)..p).all(|j| {
                toks[j].kind == TokenKind::Word
                    && (self.text(j).starts_with(char::is_uppercase)
                        || j == p - 1
                            && self.text(j - 1).eq_ignore_ascii_case("the")
                            && (ORG_NOUNS.contains(&self.text(j).to_lowercase())
                                || ORG_HEADS.contains(&self.text(j).to_lowercase())))
            })
            && let Some((start, end)) = self.title_at(p + 1)
        {
            // ("Bosch, the carmaker's chief executive Helmut Panke": the title of the name
            // after it.)
            if self.name_after_title(end) {
                return None;
            }
            return self.role(
                self.doc.slice(self.span(start, end)),
                self.org_ending_at(p + 1),
            );
        }
        let (start, end) = self.title_at(i)?;
        // ", President Maria Lopez": the title of the name after it (", Ohio Gov. John
        // Kasich" too).
        if self.name_after_title(end) {
            return None;
        }
        // "head of money and markets at Hargreaves Lansdown": what the title is of, in lower
        // case, then the organization.
        if self.text(end) == "of"
            && let Some(at) = (end + 1..(end + 7).min(self.len())).find(|&j| {
                matches!(self.text(j), "at" | "with" | "for")
                    || !self.text(j).starts_with(char::is_lowercase)
                    || self.text(j) == "the"
            })
            && at > end + 1
            && matches!(self.text(at), "at" | "with" | "for")
            && let Some(org) = self.org_starting_at(at + 1)
        {
            return self.role(self.doc.slice(self.span(start, at)), Some(org));
        }
        // ", an IMF director": the organization named before the title's head.
        if let Some((k, org)) =
            (start + 1..end)
                .rev()
                .find_map(|k| match self.entities.at(self.span(start, k)) {
                    Some((EntityKind::Organization, org)) => Some((k, org)),
                    _ => None,
                })
        {
            return self.role(self.doc.slice(self.span(k, end)), Some(org));
        }
        let title = self.doc.slice(self.span(start, end));
        let org = if matches!(
            self.text(end).to_lowercase().as_str(),
            "at" | "of" | "with" | "for" | "from" | "in" | "to"
        ) {
            self.org_starting_at(end + 1)
        } else {
            None
        };
        self.role(title, org)
    }

    /// Whether a name follows a title ending at token `end`, an abbreviation's stop aside.
    fn name_after_title(&self, end: usize) -> bool {
        self.capitalized_word(end) || self.text(end) == "." && self.capitalized_word(end + 1)
    }

    /// True when token `i` is a word in the sentence that starts with a capital.
    fn capitalized_word(&self, i: usize) -> bool {
        capitalized_at(self.doc, self.doc.sentence_tokens(self.sentence), i)
    }

    /// The token after "who is", "who was also the" … at token `i` (`i` itself if none).
    fn after_relative_be(&self, i: usize) -> usize {
        if !(self.text(i) == "who" && is_form_of_be(&self.text(i + 1).to_lowercase())) {
            return i;
        }
        let mut k = i + 2;
        if self.text(k) == "also" {
            k += 1;
        }
        if matches!(self.text(k), "the" | "a" | "an") {
            k += 1;
        }
        k
    }

    /// A title starting within a few words of token `start`: its modifiers and role head
    /// ("tech analyst", "chief economist", "senior vice president").
    fn title_at(&self, start: usize) -> Option<(usize, usize)> {
        let toks = self.doc.sentence_tokens(self.sentence);
        let mut i = start;
        let mut head_end = None;
        while i < self.len() && i < start + 8 {
            if toks[i].kind != TokenKind::Word {
                break;
            }
            let lower = self.text(i).to_lowercase();
            // The longest role phrase starting here.
            let two = format!("{} {}", lower, self.text(i + 1).to_lowercase());
            let three = format!("{} {}", two, self.text(i + 2).to_lowercase());
            let n = if ROLES.get(&three).is_some() {
                3
            } else if ROLES.get(&two).is_some() {
                2
            } else if ROLES.get(&lower).is_some() || HONORIFICS.contains(&lower) && lower != "mr" {
                1
            } else {
                0
            };
            if n > 0 {
                head_end = Some(i + n);
                i += n;
                continue;
            }
            // ("Tory frontbencher Andrew Tyrie MP": a name after the title's lower-case words
            // is no part of it.)
            if i > start && name_after_title_words(self.doc, toks, i) {
                break;
            }
            // ("chief global strategist": a word no list holds, between two of the title's.)
            let inside = (i + 1..(i + 3).min(self.len()))
                .take_while(|&k| {
                    toks[k].kind == TokenKind::Word && self.text(k).starts_with(char::is_lowercase)
                })
                .any(|k| ROLES.get(&self.text(k).to_lowercase()).is_some());
            // ("president and CEO": two titles joined.)
            let joined = lower == "and"
                && head_end == Some(i)
                && ROLES.get(&self.text(i + 1).to_lowercase()).is_some();
            if !joined && (head_end.is_some() && !inside || FUNCTION_WORDS.contains(&lower)) {
                break;
            }
            i += 1;
        }
        head_end.map(|end| (start, end))
    }
}
