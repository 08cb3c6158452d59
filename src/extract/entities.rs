//! People, organizations and places: names found, typed by the whole document's evidence,
//! merged into one entity per referent.
//!
//! 1. **Candidates** ([`super::names`]): runs of capitalized tokens with the connectors names
//!    use, titles split off, sentence-initial capitals checked against the document.
//! 2. **Evidence**: every mention of a name adds to three scores (person, organization,
//!    place) from word lists (given names, places, known organizations, legal suffixes,
//!    head words) and context (honorifics and titles, apposition, speech verbs, "based in").
//!    A name gets the type its mentions together favour, so one typed once keeps that type.
//! 3. **Merging**: a surname joins the person whose name ends with it ("Zuckerberg" → "Mark
//!    Zuckerberg"), a short form joins the organization it begins ("Meta" → "Meta Platforms
//!    Inc."), an acronym joins the name it abbreviates ("PRA"). Then names listed together
//!    ("Given, Breen, Staunton") share the type of the list's confidently typed names.
//! 4. **Headings** only mention entities the body names (or well-known places and
//!    organizations), since every word of a Title Case heading is capitalized.

use rustc_hash::FxHashMap as HashMap;

use super::names::{
    Candidate, Vocabulary, after_arabic_article, before_minute, before_record, candidates,
    capitalized_at, heads_row, is_brand_case, is_capitals, is_determiner, is_english_plural,
    is_plural_noun, is_small_number, is_top_level_domain, is_word_acronym, listed_before,
    starts_sentence,
};
use crate::lexicon::{
    APPOSITION_STOPS, BUSINESS_NOUNS, CHANGE_VERBS, COUNTRIES, COURTESY_TITLES, CURRENCIES,
    DIRECTIONS, DOMAIN_TITLES, EVENT_OPENERS, FACILITY_NOUNS, FUNCTION_WORDS, GENDERED_NOUNS,
    GIVEN_NAMES, HOLDING_NOUNS, HONORIFICS, INNINGS_VERBS, KIN_NOUNS, KNIGHT_TITLES,
    MEDICINE_NOUNS, MEMBER_TITLES, MONTHS, NAME_PARTICLES, NATIONALITIES, NUMBERED_HEADS,
    ORG_HEADS, ORG_NOUNS, ORG_OPENERS, ORG_SUFFIXES, ORGANIZATIONS, PAST_TENSES, PERSON_NOUNS,
    PLACE_HEADS, PLACE_NOUNS, PLACE_OFFICES, PLACES, POSITIONS, PRODUCT_NOUNS, RESULT_NOUNS,
    RESULT_VERBS, ROLES, SHARED_ROLES, SHORT_FORMS, SPEECH_VERBS, SPORTS_WORDS,
    STATE_ABBREVIATIONS, SURNAME_HEADS, SURNAMES, TEAM_WORDS, UNNAMED_NOUNS, WORKFORCE_NOUNS,
    ends_organization, given_name_is_male, has_surname_ending, honorific_is_male,
    is_common_given_name, is_common_surname, is_english_word, is_form_of_be, is_trade_noun,
};
use crate::text::{Document, Span, Token, TokenKind};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    Location,
}

/// One occurrence of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub sentence: usize,
}

/// A title a person holds, and where, as the text states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub title: String,
    /// Index into [`Entities::organizations`].
    pub organization: Option<usize>,
}

/// A person, organization or place named in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest form the text uses.
    pub name: String,
    /// The other forms.
    pub aliases: Vec<String>,
    /// Every occurrence, in order.
    pub mentions: Vec<Mention>,
    /// Titles and affiliations (people only).
    pub roles: Vec<Role>,
}

/// The entities of a document, each list in order of first mention.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    pub people: Vec<Entity>,
    pub organizations: Vec<Entity>,
    pub locations: Vec<Entity>,
    /// Every mention's span → its entity, for [`Entities::at`].
    by_span: HashMap<Span, (EntityKind, usize)>,
}

impl Entities {
    /// The entity list of a kind.
    pub fn of(&self, kind: EntityKind) -> &[Entity] {
        match kind {
            EntityKind::Person => &self.people,
            EntityKind::Organization => &self.organizations,
            EntityKind::Location => &self.locations,
        }
    }

    /// The entity with a mention covering exactly `span`.
    pub fn at(&self, span: Span) -> Option<(EntityKind, usize)> {
        self.by_span.get(&span).copied()
    }

    /// Indexes every mention by its span.
    fn index_mentions(&mut self) {
        let mut by_span = HashMap::default();
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Location,
        ] {
            for (i, e) in self.of(kind).iter().enumerate() {
                for m in &e.mentions {
                    by_span.entry(m.span).or_insert((kind, i));
                }
            }
        }
        self.by_span = by_span;
    }

    /// The entity with a mention inside `span`.
    pub fn within(&self, span: Span) -> Option<(EntityKind, usize)> {
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Location,
        ] {
            for (i, e) in self.of(kind).iter().enumerate() {
                if e.mentions.iter().any(|m| span.contains(m.span)) {
                    return Some((kind, i));
                }
            }
        }
        None
    }

    /// The organization the article is mostly about: the most mentioned one, when it is
    /// mentioned at least three times and clearly more than any other.
    pub fn main_organization(&self) -> Option<usize> {
        let mut counts: Vec<(usize, usize)> = self
            .organizations
            .iter()
            .enumerate()
            .map(|(i, e)| (e.mentions.len(), i))
            .collect();
        counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        match counts.as_slice() {
            [(n, i), rest @ ..] if *n >= 3 && rest.first().is_none_or(|(m, _)| n >= &(m * 2)) => {
                Some(*i)
            }
            _ => None,
        }
    }
}

/// Evidence for each type, summed over a name's mentions.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    person: f32,
    org: f32,
    place: f32,
    /// Person evidence from speech verbs after one unknown word ("Euronext said"), counted
    /// once per name rather than per mention: companies speak as often as people.
    spoken: f32,
    /// The part of `org` that only says "a team" in a sports story (a capitalized plural, a
    /// name that beats or plays another): a player's surname can earn it too.
    team: f32,
}

impl Evidence {
    fn kind(&self) -> EntityKind {
        if self.person > self.org && self.person > self.place {
            EntityKind::Person
        } else if self.place > self.org {
            EntityKind::Location
        } else {
            EntityKind::Organization
        }
    }

    fn best(&self) -> f32 {
        self.person.max(self.org).max(self.place)
    }

    /// Organization evidence that only says "a team" in a sports story.
    fn add_team(&mut self, weight: f32) {
        self.org += weight;
        self.team += weight;
    }

    /// The strongest evidence that does not come from sports-story team rules.
    fn best_besides_team(&self) -> f32 {
        self.person.max(self.org - self.team).max(self.place)
    }
}

/// A distinct name (case-folded) with its evidence and mentions.
#[derive(Debug)]
struct Name {
    key: String,
    words: Vec<String>,
    evidence: Evidence,
    mentions: Vec<usize>,
    kind: EntityKind,
    /// The name this one is an alias of.
    alias_of: Option<usize>,
    /// Written as an acronym that spells small words in lower case ("BoE", "MoD"), or in
    /// four capitals or more that may spell them too ("CBOT").
    acronym_with_small_words: bool,
    /// Written as one word of capitalized parts ("GlaxoSmithKline"): their initials and the
    /// first part, lower case ("gsk", "glaxo").
    camel: Option<(String, String)>,
    /// Written as an East Asian name, family name first ("Kang Young-hoon").
    family_name_first: bool,
    /// A given name written after "Sir" or "Dame" ("Sir Alex"): the knight's first name.
    knighted_first_name: bool,
    /// One word written after a kin noun ("his son Nick"): a relative of someone named.
    after_kin: bool,
    /// Written as an acronym in parentheses right after this name, which it stands for
    /// ("Kestrel Ocean Financial (KOFG)").
    spelled_out_by: Option<usize>,
    /// Written with a title alone ("Mr Ahn", "President Hu").
    titled_alone: bool,
    /// Written after "Mr", "Mrs", "Ms" or "Miss" alone ("Mr Kim"): a family name.
    courtesy_alone: bool,
    /// A surname written after "Mr" (`Some(true)`) or "Mrs", "Ms", "Miss" (`Some(false)`),
    /// when full names of both genders hold it: kept apart from the same surname otherwise
    /// written, to join the full name of that gender ("Mr Clinton" and "Mrs Clinton" are
    /// Bill and Hillary).
    titled_male: Option<bool>,
}

/// Every person, organization and place in the document.
///
/// ```
/// use lede::text::Document;
/// let doc = Document::parse(
///     "Acme Corp. hired Jane Roe. “It works,” said Roe, director at Acme Corp. in Toronto.",
/// );
/// let e = lede::extract::entities(&doc);
/// assert_eq!(e.people[0].name, "Jane Roe");
/// assert_eq!(e.people[0].aliases, ["Roe"]);
/// assert_eq!(e.organizations[0].name, "Acme Corp.");
/// assert_eq!(e.locations[0].name, "Toronto");
/// ```
pub fn entities(doc: &Document) -> Entities {
    let vocab = Vocabulary::new(doc);
    let (mut body, headings) = candidates(doc, &vocab);
    let sporty = is_sports_story(doc);
    drop_common_words(doc, &mut body, sporty);
    drop_quoted_titles(doc, &mut body);
    drop_products(doc, &mut body);
    let mut names: Vec<Name> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    let mut name_of: Vec<usize> = Vec::with_capacity(body.len());
    // Surnames that full names of both genders hold ("Bill Clinton", "Hillary Clinton"): only
    // these are told apart by "Mr" and "Mrs".
    let keys: Vec<String> = body.iter().map(|c| key_of(doc.slice(c.span))).collect();
    let titled_male = |c: &Candidate| {
        c.title
            .as_deref()
            .filter(|_| c.last - c.first == 1)
            .and_then(honorific_is_male)
    };
    let mut families: HashMap<&str, [bool; 2]> = body
        .iter()
        .zip(&keys)
        .filter(|(c, _)| titled_male(c).is_some())
        .map(|(_, key)| (key.as_str(), [false; 2]))
        .collect();
    for key in &keys {
        if let Some((first, rest)) = key.split_once(' ')
            && let Some(g) = families.get_mut(rest.rsplit(' ').next().unwrap_or(rest))
            && let Some(male) = given_name_is_male(first)
        {
            g[usize::from(male)] = true;
        }
    }
    // (Or, after "Mrs", "Ms" or "Miss", a man's full name only: "Jean and Malcolm Hart …. Mrs
    // Hart" is no Malcolm's. Not the other way: a US census list makes "Robin" and "Bertie"
    // women's names.)
    let families: HashMap<String, [bool; 2]> = families
        .into_iter()
        .map(|(last, g)| (last.to_string(), g))
        .collect();
    for (ci, (c, key)) in body.iter().zip(keys).enumerate() {
        let courtesy = titled_male(c).is_some();
        let titled_male = titled_male(c)
            .filter(|&male| families.get(&key).is_some_and(|g| g[1] && (g[0] || !male)));
        let slot = match titled_male {
            Some(true) => format!("{key}\u{1}m"),
            Some(false) => format!("{key}\u{1}f"),
            None => key.clone(),
        };
        let id = *index.entry(slot).or_insert_with(|| {
            names.push(Name {
                words: key.split(' ').map(str::to_string).collect(),
                key,
                evidence: Evidence::default(),
                mentions: Vec::new(),
                kind: EntityKind::Organization,
                alias_of: None,
                acronym_with_small_words: false,
                camel: camel_parts(doc.slice(c.span)),
                family_name_first: false,
                knighted_first_name: false,
                after_kin: false,
                spelled_out_by: None,
                titled_alone: false,
                courtesy_alone: false,
                titled_male,
            });
            names.len() - 1
        });
        let e = evidence(doc, c, &names[id].key, sporty);
        let spelled_out_by = ci
            .checked_sub(1)
            .filter(|&p| spells_out(doc, &body[p], c))
            .map(|p| name_of[p]);
        let n = &mut names[id];
        if n.spelled_out_by.is_none() && spelled_out_by != Some(id) {
            n.spelled_out_by = spelled_out_by;
        }
        n.titled_alone |= c.title.is_some() && c.last - c.first == 1;
        n.courtesy_alone |= courtesy;
        // ("CBOT" of "Chicago Board of Trade": four capitals or more may spell the small words
        // too.)
        let written = doc.slice(c.span);
        n.acronym_with_small_words |=
            is_small_word_acronym(written) || written.len() >= 4 && is_capitals(written);
        n.family_name_first |= c.last - c.first == 2
            && is_hyphenated_given_name(
                doc.slice(doc.sentence_tokens(c.sentence)[c.last - 1].span),
            );
        n.after_kin |= c.last - c.first == 1 && c.first > 0 && {
            let toks = doc.sentence_tokens(c.sentence);
            // (Written in lower case: "his son Nick", "her son, Tyler,".)
            let kin = |k: usize| KIN_NOUNS.contains(doc.slice(toks[k].span));
            kin(c.first - 1)
                || c.first > 1 && doc.slice(toks[c.first - 1].span) == "," && kin(c.first - 2)
        };
        n.knighted_first_name |= c.last - c.first == 1
            && c.title
                .as_deref()
                .is_some_and(|t| KNIGHT_TITLES.contains(&t.to_lowercase()))
            && GIVEN_NAMES.contains(&n.key);
        n.evidence.person += e.person;
        n.evidence.org += e.org;
        n.evidence.place += e.place;
        n.evidence.spoken = n.evidence.spoken.max(e.spoken);
        n.evidence.team += e.team;
        n.mentions.push(ci);
        name_of.push(id);
    }
    for n in &mut names {
        let written = doc.slice(body[n.mentions[0]].span);
        add_name_evidence(n, written, sporty, &vocab);
        n.evidence.person += n.evidence.spoken;
        n.kind = n.evidence.kind();
    }
    surname_makes_person(&mut names, &vocab);
    merge(&mut names, sporty);
    aliases_type_people(&mut names);
    type_lists(doc, &body, &name_of, &mut names);
    build(doc, &body, &headings, &names)
}

/// True when candidate `acronym` is an acronym in parentheses right after candidate `name`
/// that holds the initials of its words in order ("Kestrel Ocean Financial (KOFG)",
/// "Prudential Regulation Authority (PRA)"), at most one letter more: a word the name leaves
/// out ("Association for Payment Clearing Services (Apacs)"); or
/// that gives the initials of its first words only, three or more ("International
/// Association of Machinists and Aerospace Workers (IAM)").
fn spells_out(doc: &Document, name: &Candidate, acronym: &Candidate) -> bool {
    let toks = doc.sentence_tokens(acronym.sentence);
    let letters = doc.slice(acronym.span);
    if name.sentence != acronym.sentence
        || name.last + 1 != acronym.first
        || doc.slice(toks[name.last].span) != "("
        || toks
            .get(acronym.last)
            .is_none_or(|t| doc.slice(t.span) != ")")
        || acronym.last - acronym.first != 1
        // (Capitals, or an acronym said as a word: "Apacs".)
        || !(letters.chars().all(|ch| ch.is_ascii_uppercase()) || is_word_acronym(letters))
    {
        return false;
    }
    let words: Vec<String> = key_of(doc.slice(name.span))
        .split(' ')
        .map(str::to_string)
        .collect();
    let initials = initials(&words);
    let letters = letters.to_ascii_lowercase();
    // ("Human Rights Association (IHD)", "Kurdistan Workers Party (PKK)": an organization's
    // name ending in its head word, with the acronym of its own language, a letter shared.)
    let foreign = words.len() >= 2
        && words.last().is_some_and(|w| ORG_HEADS.contains(w.as_str()))
        && letters.len() >= 3
        && !ORGANIZATIONS.contains(&letters)
        && !PLACES.contains(&letters)
        && letters.chars().any(|ch| initials.contains(ch));
    initials.len() >= 2
        && ((in_order(&initials, &letters) && letters.len() <= initials.len() + 1)
            || (letters.len() >= 3 && initials.starts_with(&letters))
            || foreign
            || prefixes_spell(&words, &letters))
}

/// "Petrobras" of "Petroleo Brasileiro SA", "Telebras" of "Telecomunicacoes Brasileiras":
/// a short form made of the starts (two letters or more) of two or more of the name's words,
/// in order, from the first (lower case).
fn prefixes_spell(words: &[String], short: &str) -> bool {
    fn spell(words: &[String], short: &str, used: usize) -> bool {
        if short.is_empty() {
            return used >= 2;
        }
        words.iter().enumerate().any(|(k, w)| {
            (2..=w.len().min(short.len())).rev().any(|n| {
                w.is_char_boundary(n)
                    && short.is_char_boundary(n)
                    && w[..n] == short[..n]
                    && spell(&words[k + 1..], &short[n..], used + 1)
            })
        })
    }
    short.len() >= 5
        && words.first().is_some_and(|w| w.get(..2) == short.get(..2))
        && spell(words, short, 0)
}

/// "Anil Ambani, the younger of the two brothers …", then "Mr Ambani": a longer name with
/// little of its own to type it, whose last word the article makes a person, is that
/// person's. So is a two-word name whose first word, no given name, the article writes with
/// a title alone ("Tang Xiaobo", then "Mr Tang": a family name written first).
fn surname_makes_person(names: &mut [Name], vocab: &Vocabulary) {
    let people: rustc_hash::FxHashSet<String> = names
        .iter()
        .filter(|n| n.words.len() == 1 && n.kind == EntityKind::Person && n.evidence.person >= 3.0)
        .map(|n| n.key.clone())
        .collect();
    let family_names: rustc_hash::FxHashSet<String> = names
        .iter()
        .filter(|n| {
            n.words.len() == 1
                && n.titled_alone
                && n.kind == EntityKind::Person
                && !GIVEN_NAMES.contains(&n.key)
        })
        .map(|n| n.key.clone())
        .collect();
    for n in names.iter_mut() {
        // (The given name after it is no word: not "Mr Park" and "Park Lane".)
        if n.words.len() == 2
            && n.evidence.best() < 1.0
            && family_names.contains(&n.words[0])
            && !vocab.lower.contains(n.words[1].as_str())
            && !is_english_word(&n.words[1])
        {
            n.evidence.person += 3.0;
            n.kind = EntityKind::Person;
            continue;
        }
        // (Not "Speaker Michael Martin", "Musician Alan Wass", "Vote Blair": a title, a word
        // for a person or a word the article writes in lower case in front.)
        let first = n.words[0].as_str();
        // (Weak evidence aside: "confidence in Toshiyuki Shiga", then "Mr Shiga".)
        if (2..=3).contains(&n.words.len())
            && n.evidence.best() < 2.0
            && n.words.last().is_some_and(|w| people.contains(w))
            && !vocab.lower.contains(first)
            && !HONORIFICS.contains(first)
            && ROLES.get(first).is_none()
            && !PERSON_NOUNS.contains(first)
            && !NATIONALITIES.contains(first)
            && !first.strip_suffix('s').is_some_and(is_english_word)
        {
            n.evidence.person += 3.0;
            n.kind = EntityKind::Person;
        }
    }
}

/// "building products group James Hardie", then "Hardie's shareholders": a name that only
/// its shape makes a person's (no title, role or apposition) is an organization when its
/// evidence and that of the surnames and short forms joined to it say so together.
fn aliases_type_people(names: &mut [Name]) {
    let mut joined = vec![None; names.len()];
    for name in names.iter() {
        if let Some(root) = name.alias_of {
            let (person, org) = joined[root].get_or_insert((0.0f32, 0.0f32));
            *person += name.evidence.person;
            // (Sports-story team rules aside: "Krupes beat Ana Mirza".)
            *org += name.evidence.org - name.evidence.team;
        }
    }
    for (name, joined) in names.iter_mut().zip(joined) {
        // (A name nothing joins keeps the type the article gave it.)
        let Some((person, org)) = joined else {
            continue;
        };
        let e = &name.evidence;
        if name.kind == EntityKind::Person
            && name.alias_of.is_none()
            && e.person < 5.0
            && e.org - e.team + org > e.person + person
        {
            name.kind = EntityKind::Organization;
        }
    }
}

/// Names listed together are of one type: in "Given, Breen, Staunton, Irwin, McAteer", where
/// Breen and Irwin are known people, Staunton and McAteer are people too. A list is three or
/// more names joined by commas or "and"; a name with little evidence of its own takes the
/// type most of the list's confidently typed names share. After a plural place noun and
/// "of" ("the cities of …"), a list of two or more is of places.
fn type_lists(doc: &Document, body: &[Candidate], name_of: &[usize], names: &mut [Name]) {
    let joined = |a: &Candidate, b: &Candidate| {
        a.sentence == b.sentence && b.first > a.last && b.first - a.last <= 2 && {
            let toks = doc.sentence_tokens(a.sentence);
            toks[a.last..b.first]
                .iter()
                .all(|t| matches!(doc.slice(t.span), "," | "and" | "&"))
        }
    };
    let confident = |names: &[Name], id: usize| {
        names[id].alias_of.is_some() || names[id].evidence.best() >= 1.5
    };
    // (A name's weaker evidence still counts in a list's vote: "Moin Khan, Saqlain Mushtaq,
    // Mushtaq Ahmed, Waqar Younis, Ata-ur-Rehman", two capitalized words each.)
    let votes =
        |names: &[Name], id: usize| confident(names, id) || names[id].evidence.best() >= 1.0;
    let mut start = 0;
    while start < body.len() {
        let mut end = start + 1;
        while end < body.len() && joined(&body[end - 1], &body[end]) {
            end += 1;
        }
        // "the cities of Chernigov, Nikolaev and Kharkov": a plural place noun before the
        // list says what all of it is, unless a name's own evidence is strong.
        let first = &body[start];
        let toks = doc.sentence_tokens(first.sentence);
        let places = end - start >= 2
            && first.first >= 2
            && doc.slice(toks[first.first - 1].span) == "of"
            && {
                let noun = doc.slice(toks[first.first - 2].span).to_lowercase();
                noun.ends_with('s') && PLACE_NOUNS.contains(&noun)
            };
        // "the tabloids Us Weekly, In Touch and Star", "the companies …": likewise a plural
        // organization noun right before the list; "his two sons, Avi and Joel", "Strikers
        // Zoltan Varga and Kestrel Reed": a plural noun for people, also before a comma.
        let noun_at = |k: usize| doc.slice(toks[k].span).to_lowercase();
        let bodies = end - start >= 2 && first.first >= 1 && {
            let noun = noun_at(first.first - 1);
            noun.ends_with('s') && ORG_NOUNS.contains(&noun)
        };
        let comma = first.first >= 2 && doc.slice(toks[first.first - 1].span) == ",";
        let people = end - start >= 2 && first.first > usize::from(comma) && {
            let noun = noun_at(first.first - 1 - usize::from(comma));
            noun.strip_suffix('s').is_some_and(|one| {
                // (Of the positions, the doers: not "centres", "wings", "numbers"; not
                // "semi-finalists Watford", which a team can be.)
                (PERSON_NOUNS.contains(one) || POSITIONS.contains(one) && one.ends_with("er"))
                    && !UNNAMED_NOUNS.contains(one)
                    && one != "number"
                    && !one.ends_with("finalist")
            }) || noun.ends_with('s') && KIN_NOUNS.contains(&noun)
        };
        if places || bodies || people {
            let kind = if places {
                EntityKind::Location
            } else if bodies {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            for &id in &name_of[start..end] {
                let e = &names[id].evidence;
                // ("managers Anthony Walker and Nicholas Jeffries, and Railtrack managers …": a
                // body by its own evidence, no person at all, closing the list.)
                // (Not "stars Paul Giamatti, Thomas Haden Church and …": a given name first.)
                let body_of_its_own = kind == EntityKind::Person
                    && e.person == 0.0
                    && e.org >= 2.0
                    && !GIVEN_NAMES.contains(&names[id].words[0]);
                if names[id].alias_of.is_none() && e.best() < 5.0 && !body_of_its_own {
                    names[id].kind = kind;
                }
            }
        } else if end - start >= 3 {
            let mut counts = [0usize; 3];
            let mut known = 0;
            for &id in &name_of[start..end] {
                if votes(names, id) {
                    let root = names[id].alias_of.unwrap_or(id);
                    counts[names[root].kind as usize] += 1;
                    known += 1;
                }
            }
            let (k, &most) = counts
                .iter()
                .enumerate()
                .max_by_key(|(_, c)| **c)
                .unwrap_or((0, &0));
            if most >= 2 && most * 2 > known {
                let kind = [
                    EntityKind::Person,
                    EntityKind::Organization,
                    EntityKind::Location,
                ][k];
                for &id in &name_of[start..end] {
                    if !confident(names, id) {
                        names[id].kind = kind;
                    }
                }
            }
        }
        start = end;
    }
}

/// "a firm called Baikal", "a man named Kowal", "a village called Sulka": the type the noun
/// before "called" or "named" gives the name at token `first` (not "a browser called
/// Firebird": a product).
/// Likewise a plural noun before "such as", "including" or "like": "regions such as
/// Burgundy", "companies, including Acme", "companies like Electronic Arts".
fn called(doc: &Document, toks: &[Token], first: usize) -> Option<EntityKind> {
    let word = |k: usize| doc.slice(toks[k].span);
    // The noun's token, and whether it stands before a list ("such as", "including").
    let (noun_at, list) = if first >= 2 && matches!(word(first - 1), "called" | "named") {
        (first - 2, false)
    } else if first >= 3
        && (word(first - 1) == "as" && word(first - 2) == "such"
            || matches!(word(first - 1), "including" | "like"))
    {
        let k = first - 1 - usize::from(word(first - 1) == "as");
        let k = k - usize::from(word(k - 1) == ",");
        // (The plural only: "a region such as …" is rare, "a company including …" is not a
        // list.)
        if k == 0 || !word(k - 1).ends_with('s') {
            return None;
        }
        (k - 1, true)
    } else {
        return None;
    };
    let noun = word(noun_at).to_lowercase();
    let plural_of = |list: &dyn Fn(&str) -> bool| {
        list(&noun)
            || noun
                .strip_suffix("ies")
                .is_some_and(|s| list(&format!("{s}y")))
            || noun.strip_suffix('s').is_some_and(list)
    };
    if list {
        // A list's noun: plurals. ("Investors like Acme's plan": after "like" only bodies
        // and places, which like nothing.)
        let like = word(first - 1) == "like";
        return if plural_of(&|w| ORG_NOUNS.contains(w)) {
            Some(EntityKind::Organization)
        } else if plural_of(&|w| PLACE_NOUNS.contains(w)) {
            Some(EntityKind::Location)
        } else if !like && plural_of(&|w| PERSON_NOUNS.contains(w)) {
            Some(EntityKind::Person)
        } else {
            None
        };
    }
    if ORG_NOUNS.contains(&noun) {
        Some(EntityKind::Organization)
    } else if PERSON_NOUNS.contains(&noun) || GENDERED_NOUNS.value(&noun).is_some() {
        Some(EntityKind::Person)
    } else if PLACE_NOUNS.contains(&noun) {
        Some(EntityKind::Location)
    } else {
        None
    }
}

/// Drops one-word candidates that are ordinary English words ("Stadium", "Peace") with
/// nothing to make them names: no word list knows them, no title stands before them, no
/// speech verb follows, and no longer name in the article holds them ("Brown" stays when
/// "Gordon Brown" is named).
fn drop_common_words(doc: &Document, body: &mut Vec<Candidate>, sporty: bool) {
    let mut parts: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    for c in body.iter().filter(|c| c.last - c.first >= 2) {
        parts.extend(doc.slice(c.span).split_whitespace().map(str::to_lowercase));
    }
    body.retain(|c| {
        // "(HRB.N)", "KLVN.O": the exchange letter of a ticker.
        if c.last - c.first == 1 && c.span.len() == 1 && c.first > 0 && {
            let toks = doc.sentence_tokens(c.sentence);
            doc.slice(toks[c.first - 1].span) == "." && toks[c.first - 1].span.end == c.span.start
        } {
            return false;
        }
        if c.last - c.first != 1 || c.title.is_some() || c.place_suffix {
            return true;
        }
        let text = doc.slice(c.span);
        let lower = text.to_lowercase();
        // "46 C", "100 F": a unit's letter after a number; "a 40 GB hard drive" (not "Team
        // GB").
        if (text.len() == 1 || text == "GB")
            && c.first > 0
            && doc.sentence_tokens(c.sentence)[c.first - 1].kind == TokenKind::Number
        {
            return false;
        }
        // "Rs 12 lakh crore", "Rs. 500": a currency's mark before its amount.
        if CURRENCIES
            .get(&lower)
            .is_some_and(|f| f.get(1) != Some(&"suffix"))
            && doc
                .sentence_tokens(c.sentence)
                .get(c.last)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            return false;
        }
        let acronym = text.len() > 1 && text.chars().all(|ch| ch.is_uppercase() || ch == '.');
        let toks = doc.sentence_tokens(c.sentence);
        let word_at = |i: usize| toks.get(i).map(|t| doc.slice(t.span).to_lowercase());
        let next = word_at(c.last).unwrap_or_default();
        let prev = c.first.checked_sub(1).and_then(word_at).unwrap_or_default();
        // A cue that the word is a name here: a speech verb or result after it ("Somerset
        // beat"), a result or a place preposition before it ("beat Somerset", "in Gosport").
        let spoken = SPEECH_VERBS.get(&next).is_some()
            || RESULT_VERBS.contains(&next)
            || RESULT_VERBS.contains(&prev)
            || matches!(prev.as_str(), "in" | "near" | "from")
            || called(doc, toks, c.first).is_some()
            // "Carmaker Rover has …", "maker Valve": a company named by its trade (a
            // carrier may be a ship: "the aircraft carrier Enterprise").
            || is_trade_noun(&prev) && prev != "carrier"
            // "leisure group Rank", "the bank Halifax"; "his brother Anil" (not "Mother
            // Nature").
            || ORG_NOUNS.contains(&prev)
            // "Gap fell 3%": what moves by a percentage is a company (or an index).
            || CHANGE_VERBS.contains(&next)
                && (c.last + 1..(c.last + 4).min(toks.len()))
                    .any(|i| matches!(word_at(i).as_deref(), Some("%" | "percent" | "pct")))
            // "chief economist at Nationwide": where a role is held.
            || matches!(prev.as_str(), "at" | "with")
                && c.first >= 2
                && ROLES.get(&word_at(c.first - 2).unwrap_or_default()).is_some()
            // "Scope's executive director of strategy": a body's officer, the role closing
            // the noun phrase (not "Bath's official website").
            || toks.get(c.last).is_some_and(|t| t.kind == TokenKind::Possessive)
                && (c.last + 1..(c.last + 4).min(toks.len()))
                    .take_while(|&i| doc.slice(toks[i].span).starts_with(char::is_lowercase))
                    .any(|i| {
                        ROLES.get(&word_at(i).unwrap_or_default()).is_some()
                            && toks.get(i + 1).is_none_or(|t| {
                                t.kind != TokenKind::Word
                                    || FUNCTION_WORDS.contains(&word_at(i + 1).unwrap_or_default())
                            })
                    })
            || (KIN_NOUNS.contains(&prev) || PERSON_NOUNS.contains(&prev))
                && toks[c.first - 1].kind == TokenKind::Word
                && doc.slice(toks[c.first - 1].span).starts_with(char::is_lowercase);
        // "Ukrainians", "Islamists": groups of people, not names.
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        let group = NATIONALITIES.contains(singular)
            || ["ians", "ists", "ites"].iter().any(|s| lower.ends_with(s));
        if group && !ORGANIZATIONS.contains(&lower) && !PLACES.contains(&lower) {
            return false;
        }
        // "the Tigers", "Brewers": a team's nickname in a sports story.
        let team = sporty && text.ends_with('s');
        // A plural common noun that speaks is a group, not a name ("Prosecutors said").
        let plural_noun = lower.ends_with('s') && is_english_word(&lower);
        // "as the Bill passes": a given name that is an English word, after "the", is the
        // word (unless a longer name of the article holds it, or it is "the Sun").
        if prev == "the"
            && GIVEN_NAMES.contains(&lower)
            && is_english_word(&lower)
            && !parts.contains(&lower)
            && !ORGANIZATIONS.contains(&lower)
            && !ORGANIZATIONS.contains(&format!("the {lower}"))
            && !PLACES.contains(&lower)
        {
            return false;
        }
        // "News of the deal came …": a head word opening a sentence is the common noun,
        // whatever longer name of the article holds it ("Harland News & Media"); so is an
        // English word before a noun for a body or a trade ("Life insurer Axa Sun Life").
        if starts_sentence(doc, toks, c.first)
            && (ORG_HEADS.contains(lower.as_str())
                || toks.get(c.last).is_some_and(|t| {
                    let w = doc.slice(t.span);
                    w.starts_with(char::is_lowercase)
                        && (ORG_NOUNS.contains(w) || is_trade_noun(w))
                }) && is_english_word(&lower)
                    && !PLACES.contains(&lower))
            && !ORGANIZATIONS.contains(&lower)
        {
            return false;
        }
        acronym
            || spoken && !plural_noun
            || team
            || parts.contains(&lower)
            || ORGANIZATIONS.contains(&lower)
            || PLACES.contains(&lower)
            || GIVEN_NAMES.contains(&lower)
            || !is_english_word(text)
            // ("in Ames": a common surname that reads as an old English plural, "ame", after a
            // place's preposition; not "in Games".)
            || matches!(prev.as_str(), "in" | "near" | "from" | "outside") && is_common_surname(&lower)
            // ("SkyWays said": a brand's inner capital makes a name of an English word.)
            || super::names::is_brand_case(text)
            || !plural_noun && listed_with_organization(doc, toks, c.first, c.last)
    });
}

/// "Delta, Continental and American Airlines", "Sony, Rio and Philips": whether the word at
/// `first..last` is listed with an organization's name (known, or ending in a head word)
/// right before or after it — after a comma; before a comma, or "and" after a comma (not
/// "the Finance and Economy Ministry", "Labour and Conservative governments", "Investors Bank
/// and Trust").
fn listed_with_organization(doc: &Document, toks: &[Token], first: usize, last: usize) -> bool {
    let text = |i: usize| toks.get(i).map_or("", |t| doc.slice(t.span));
    let capital = |i: usize| capitalized_at(doc, toks, i);
    let organization = |from: usize, to: usize| {
        let key = key_of(doc.slice(Span::new(toks[from].span.start, toks[to - 1].span.end)));
        ORGANIZATIONS.contains(&key) || to - from >= 2 && ends_organization(text(to - 1))
    };
    let before = first >= 2 && text(first - 1) == "," && capital(first - 2) && {
        let end = first - 1;
        (end.saturating_sub(4)..end)
            .find(|&k| (k..end).all(capital))
            .is_some_and(|start| (start..end).any(|k| organization(k, end)))
    };
    let after = (text(last) == "," || text(last) == "and" && first >= 1 && text(first - 1) == ",")
        && capital(last + 1)
        && {
            let start = last + 1;
            (start + 1..=(start + 4).min(toks.len()))
                .take_while(|&k| capital(k - 1))
                .any(|k| organization(start, k))
        };
    before || after
}

/// Names inside a quoted title are part of the title: "Ice Cold in Alex", the "Strike Hard"
/// campaign, "Soul Alone". A well-known organization or place stays ("“Apple”").
fn drop_quoted_titles(doc: &Document, body: &mut Vec<Candidate>) {
    let titles: Vec<Span> = super::quotes::find_quote_spans(doc)
        .into_iter()
        .map(|(span, _)| span)
        .filter(|&span| super::quotes::is_title(doc.slice(span)))
        .collect();
    if titles.is_empty() {
        return;
    }
    body.retain(|c| {
        let key = key_of(doc.slice(c.span));
        !titles.iter().any(|t| t.contains(c.span))
            || ORGANIZATIONS.contains(&key)
            || PLACES.contains(&key)
    });
}

/// Products, storms and laws named by what they are, at any mention: "its anti-depressant
/// drug Prozac" (or "anti-depressants Paxil and Wellbutrin", "its Iressa drug") makes every
/// "Prozac" of the article no entity; "Hurricane Mitch" every "Mitch",
/// "the Sarbanes-Oxley Act" every "Sarbanes-Oxley"; so does an apposition ending on such a
/// noun: "Cardiva, its heart drug,". A name a word list knows stays ("the film Paris").
fn drop_products(doc: &Document, body: &mut Vec<Candidate>) {
    let mut products: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    // Where a name written after a product noun starts: the whole name there is the product
    // ("the abortion drama Vera Drake").
    let mut after_noun: Vec<usize> = Vec::new();
    // Where a name an apposition says is a product ends.
    let mut before_apposition: Vec<usize> = Vec::new();
    for s in 0..doc.sentences().len() {
        let toks = doc.sentence_tokens(s);
        // "Cardiva, its heart drug,": a name whose apposition, a determiner and at most
        // three words in lower case, ends on a product noun (not "Merck, the drug company").
        for (k, t) in toks.iter().enumerate().skip(1) {
            if t.kind != TokenKind::Punct || t.span.len() != 1 {
                continue;
            }
            let name = doc.slice(toks[k - 1].span);
            if doc.slice(t.span) != ","
                || toks[k - 1].kind != TokenKind::Word
                || !name.starts_with(char::is_uppercase)
                || !toks.get(k + 1).is_some_and(|d| {
                    matches!(
                        doc.slice(d.span),
                        "its" | "their" | "his" | "her" | "the" | "a"
                    )
                })
            {
                continue;
            }
            let product = (k + 2..(k + 5).min(toks.len()))
                .take_while(|&i| {
                    toks[i].kind == TokenKind::Word
                        && doc.slice(toks[i].span).starts_with(char::is_lowercase)
                })
                .last()
                .is_some_and(|i| {
                    PRODUCT_NOUNS.contains(doc.slice(toks[i].span))
                        && toks.get(i + 1).is_none_or(|n| n.kind == TokenKind::Punct)
                });
            if product {
                before_apposition.push(toks[k - 1].span.end);
            }
        }
        for (k, pair) in toks.windows(2).enumerate() {
            let name = doc.slice(pair[1].span);
            if pair[1].kind != TokenKind::Word || !name.starts_with(char::is_uppercase) {
                continue;
            }
            let noun = doc.slice(pair[0].span);
            let is_product = |noun: &str| {
                noun.starts_with(char::is_lowercase)
                    && (PRODUCT_NOUNS.contains(noun)
                        || noun
                            .strip_suffix('s')
                            .is_some_and(|one| PRODUCT_NOUNS.contains(one)))
            };
            // "anti-depressants Paxil and Wellbutrin": the plural before names listed.
            if noun.ends_with('s')
                && is_product(noun)
                && doc.slice(toks.get(k + 2).map_or(pair[1].span, |t| t.span)) == "and"
                && let Some(next) = toks.get(k + 3)
                && next.kind == TokenKind::Word
                && doc.slice(next.span).starts_with(char::is_uppercase)
            {
                products.insert(key_of(doc.slice(next.span)));
            }
            // "its Iressa drug", "the Sativex drug": one word after "its", "the" or "their",
            // before a word for a medicine (not "the Mercedes brand", "the Abba musical": a
            // maker or a band is named so too).
            if matches!(noun, "its" | "the" | "their")
                && toks.get(k + 2).is_some_and(|t| {
                    let word = doc.slice(t.span);
                    word.starts_with(char::is_lowercase) && MEDICINE_NOUNS.contains(word)
                })
            {
                products.insert(key_of(name));
            }
            let product = || is_product(noun);
            let storm = || noun.starts_with(char::is_uppercase) && EVENT_OPENERS.contains(noun);
            if product() || storm() {
                products.insert(key_of(name));
                if product() {
                    after_noun.push(pair[1].span.start);
                }
            }
            // "the Sarbanes-Oxley Act", then "the cost of Sarbanes-Oxley": a law's name used
            // alone.
            if name == "Act"
                && pair[0].kind == TokenKind::Word
                && noun.starts_with(char::is_uppercase)
            {
                products.insert(key_of(noun));
            }
        }
    }
    if products.is_empty() && before_apposition.is_empty() {
        return;
    }
    for c in body.iter() {
        if c.last - c.first > 1 && after_noun.contains(&c.span.start)
            || before_apposition.contains(&c.span.end)
        {
            products.insert(key_of(doc.slice(c.span)));
        }
    }
    body.retain(|c| {
        let key = key_of(doc.slice(c.span));
        !products.contains(&key) || ORGANIZATIONS.contains(&key) || PLACES.contains(&key)
    });
}

/// The comparison key of a name: words separated by single spaces, case-folded.
pub(crate) fn key_of(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for (i, w) in text.split_whitespace().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        if w.is_ascii() {
            key.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.push_str(&w.replace('’', "'").to_lowercase());
        }
    }
    key
}

/// Evidence from the name itself (`written` as at its first mention), once per name.
fn add_name_evidence(n: &mut Name, written: &str, sporty: bool, vocab: &Vocabulary) {
    let words = &n.words;
    let text = n.key.as_str();
    let e = &mut n.evidence;
    if ORGANIZATIONS.contains(text) {
        e.org += 5.0;
    }
    if PLACES.contains(text) {
        e.place += 4.0;
    }
    let last = words.last().map_or("", |w| w.trim_end_matches('.'));
    // "Soros Foundation-Kazakhstan": a head word before a hyphen heads the name.
    let last = match last.split_once('-') {
        Some((head, _)) if words.len() >= 2 && ORG_HEADS.contains(head) => head,
        _ => last,
    };
    let first = words.first().map_or("", String::as_str);
    // "N. Korea", "S. Africa": a direction's initial before a place.
    if words.len() == 2 && matches!(first, "n." | "s." | "e." | "w.") && PLACES.contains(last) {
        e.place += 6.0;
    }
    // "Banque du Caire", "Grupo Televisa": opened by an organization word of another language.
    if words.len() >= 2 && ORG_OPENERS.contains(first) {
        e.org += 5.0;
    }
    if words.len() >= 2 && ORG_SUFFIXES.contains(last) || web_domain(last).is_some() {
        // ("Amazon.com", "Layoffs.fyi": a web domain names the site's company.)
        e.org += 6.0;
    } else if ORG_HEADS.contains(last) && !PLACES.contains(text) {
        // ("Soviet Union" is a known place.)
        e.org += if words.len() >= 2 { 4.0 } else { 1.0 };
    }
    if let Some(of) = words
        .iter()
        .skip(1)
        .position(|w| w == "of" || w == "for" || w == "on")
        .map(|i| i + 1)
    {
        if PLACE_HEADS.contains(&words[of - 1]) && words[of] == "of" {
            e.place += 3.0;
        } else {
            e.org += 3.0;
        }
    } else if words.len() >= 2 && PLACE_HEADS.contains(last) {
        e.place += 3.0;
    }
    // "Meta Platforms", "Delta Air Lines": a known organization that is a given name too,
    // before a common noun that is no surname (not "Chelsea Manning").
    let company_first = ORGANIZATIONS.contains(first)
        && (!GIVEN_NAMES.contains(first) || is_english_word(last) && !SURNAMES.contains(last));
    if words.len() >= 2 && (company_first || ORGANIZATIONS.contains(last)) {
        e.org += 2.0;
    }
    let initials = words
        .iter()
        .skip(1)
        .any(|w| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_alphabetic));
    if words.len() >= 2 && !ORG_HEADS.contains(last) && !ORG_SUFFIXES.contains(last) {
        // A place that is also a given name ("Florida Marlins", "Houston Astros") opens a
        // person's name only before a surname ("Paris Hilton").
        // A Romance article opens a title, not a person's name ("Le Matin", "La Presse").
        // ("Les Ferdinand": "Les", a given name too, before a surname opens a person's.)
        let article = matches!(
            first,
            "le" | "la" | "les" | "el" | "los" | "las" | "il" | "lo"
        ) && !(first == "les" && words.len() == 2 && SURNAMES.contains(last));
        // ("Royal Institute of Chartered Surveyors": no person's name runs "… of …", but a
        // quoted nickname may: Roberto "Hands of Stone" Duran.)
        let nickname = text.contains(['"', '“']);
        // ("Royal Caribbean": a rare given name that is an English word, before a place that
        // is no surname, opens no person's name; "Peter Norfolk", "Jack London" do.)
        // (Asked last: `is_common_given_name` searches a list.)
        let word_before_place = words.len() == 2
            && PLACES.contains(last)
            && !SURNAMES.contains(last)
            && is_english_word(first)
            && !is_common_given_name(first);
        // ("Precious Six Garments": an English plural that is no surname ends no person's
        // name of three words; two may be a given name and a surname like one: "William
        // Gallas", "Steve Jobs".)
        let plural_last = words.len() >= 3 && is_plural_noun(last);
        // (A known organization named after people is no person: "Morgan Stanley". The
        // Arabic article opens no given name: "al-Gama'a al-Islamiya" is no "Al".)
        let given = !plural_last
            && GIVEN_NAMES.contains(first.split('-').next().unwrap_or(first))
            && after_arabic_article(first).is_none()
            && !ORGANIZATIONS.contains(text)
            && !company_first
            && (!PLACES.contains(first) || SURNAMES.contains(last))
            && !word_before_place
            && !article
            && (nickname || !words.iter().any(|w| w == "of" || w == "for"));
        if given {
            e.person += 3.0;
            // ("Richard Hill": a surname, though "Hill" heads places.)
            if SURNAME_HEADS.contains(last) {
                e.person += 1.0;
            }
        }
        if initials {
            e.person += 3.0;
        }
        // Words the article never writes in lower case, or known names; a first word that is
        // an ordinary English word opens no person's name unless it is a given name
        // ("International Red Cross", "Freedom Front").
        let given_name =
            GIVEN_NAMES.contains(first) && !article && !word_before_place && !plural_last;
        // ("Chipper Jones", "Clive Owen": a first name that is an English word the article
        // never writes in lower case, before a common surname that is none; not "Presidents
        // Reagan", "Perhaps Robinson".)
        // (Asked last: `is_common_surname` searches a list.)
        let common_surname = || {
            words.len() == 2
                && !vocab.lower.contains(first)
                && !is_plural_noun(first)
                && !PLACE_HEADS.contains(first)
                && !is_saint(first)
                && !is_english_word(last)
                && is_common_surname(last)
        };
        // ("GlobalData Retail": a brand's capital inside its first word names no one; but
        // "BuzzFeed Editor-in-Chief Ben Smith" holds a person's name.)
        let brand = written.split_whitespace().next().is_some_and(is_brand_case)
            && !words[1..].iter().any(|w| GIVEN_NAMES.contains(w));
        if brand {
            e.org += 1.5;
        }
        let namelike = !brand
            && (given_name || !is_english_word(first) && !article || common_surname())
            && (given_name
                || SURNAMES.contains(last)
                || words
                    .iter()
                    .all(|w| !vocab.lower.contains(w.as_str()) || NAME_PARTICLES.contains(w)));
        // "Vincent van Gogh", "Osama bin Laden"; but a Romance article opening three words
        // or more names a newspaper or a body ("La Gazzetta dello Sport").
        if article && words.len() >= 3 {
            e.org += 1.5;
        } else if words[1..words.len() - 1]
            .iter()
            .any(|w| NAME_PARTICLES.contains(w))
        {
            // ("Aguas de Barcelona", "Banco de Chile": a particle before a place, after a word
            // that is no given name, names a body; so does one before two words or more:
            // "Avions de Transport Regional"; not "Maria de Lourdes Pintasilgo".)
            let after_particle = words.len()
                - 1
                - words[..words.len() - 1]
                    .iter()
                    .rposition(|w| NAME_PARTICLES.contains(w))
                    .unwrap_or(0);
            // ("Monte dei Paschi di Siena": two particles apart name a body, whatever word
            // opens it; "Oscar de la Renta", "Joost van der Westhuizen" hold theirs side by
            // side.)
            let particle = |w: &String| NAME_PARTICLES.contains(w);
            let apart = match (
                words.iter().position(particle),
                words.iter().rposition(particle),
            ) {
                (Some(a), Some(b)) => b >= a + 2,
                _ => false,
            };
            if apart {
                e.org += 5.0;
            } else if (PLACES.contains(last) || after_particle >= 2) && !GIVEN_NAMES.contains(first)
            {
                e.org += 1.5;
            } else {
                e.person += 2.0;
            }
        }
        // ("Goodbody Stockbrokers", "Hindustan Aeronautics": a word the article writes in
        // lower case, or an English plural, that is no surname ends no person's name.)
        let common_last = !given_name
            && (vocab.lower.contains(last) && !SURNAMES.contains(last) || is_plural_noun(last));
        if namelike
            && !common_last
            && !PLACES.contains(text)
            && !ORGANIZATIONS.contains(text)
            && !PLACE_HEADS.contains(last)
        {
            e.person += 1.0; // two or three capitalized words with nothing else: likely a name
        }
    }
    // "Radio Red", "Daily Mirror": an organization noun opens the name.
    if words.len() >= 2 && ORG_NOUNS.contains(first) {
        e.org += 2.5;
    }
    // "Channel 4", "BBC Radio 4": a station, not the English Channel.
    if let [.., head, number] = words.as_slice()
        && NUMBERED_HEADS.contains(head)
        && is_small_number(number, 2)
    {
        e.org += 4.0;
    }
    // "Young & Rubicam", "C&S Wholesale Grocers": no person's or place's name holds an
    // ampersand.
    if words.iter().any(|w| w.contains('&')) {
        e.org += 6.0;
    }
    // "South Australia", "Southern Lebanon": a compass word before a place.
    let compass_place = words.len() >= 2
        && DIRECTIONS.contains(first)
        && PLACES.contains(&words[1..].join(" "))
        && !ORG_HEADS.contains(last);
    if compass_place {
        e.place += 3.0;
    }
    // "Bristol South", "Leeds Central", "Bristol North West": a place, then compass words (a
    // district or a seat).
    let place_part = words.len() >= 2
        && PLACES.contains(first)
        && words[1..].iter().all(|w| DIRECTIONS.contains(w))
        && !ORGANIZATIONS.contains(text);
    // "County Durham", "Lake Victoria": a place's head word before a known place.
    let headed_place = words.len() >= 2
        && PLACE_HEADS.contains(first)
        && PLACES.contains(&words[1..].join(" "))
        && !ORGANIZATIONS.contains(text);
    if place_part || headed_place {
        e.place += 3.0;
    }
    // "Dynamo Moscow", "Philadelphia Eagles": a place inside a longer name that is not a
    // person's.
    if words.len() >= 2
        && !place_part
        && !headed_place
        && !PLACES.contains(text)
        && !GIVEN_NAMES.contains(first)
        && words.iter().any(|w| PLACES.contains(w))
    {
        e.org += 1.5;
        // "UK Coal", "China Mobile": a place and one English noun.
        if words.len() == 2
            && PLACES.contains(first)
            && is_english_word(last)
            && !PLACE_HEADS.contains(last)
            && !compass_place
        {
            e.org += 1.5;
        }
    }
    // "Maskhadov", "Irina Privalova": a surname by its ending.
    if written
        .split_whitespace()
        .next_back()
        .is_some_and(has_surname_ending)
        && !PLACES.contains(text)
        && !ORGANIZATIONS.contains(text)
        && !ORG_HEADS.contains(last)
    {
        e.person += 1.5;
    }
    if words.len() == 1 && e.best() == 0.0 {
        e.org += 0.5; // a brand-like single word
    }
    if words.len() == 1 && !ORGANIZATIONS.contains(text) && !PLACES.contains(text) {
        if GIVEN_NAMES.contains(text) {
            e.person += 1.0;
        } else if SURNAMES.contains(text)
            // (Not "the Royals", "African Nations' Cup": an English plural that is a rare
            // surname; "Stevens", "Mills" are common ones.)
            && (!is_english_plural(text) || is_common_surname(text))
        {
            e.person += if sporty { 0.8 } else { 0.3 };
        }
    }
}

/// True when the article reads like a sports story.
fn is_sports_story(doc: &Document) -> bool {
    let hits = doc
        .tokens()
        .iter()
        .filter(|t| t.kind == TokenKind::Word && SPORTS_WORDS.contains(doc.slice(t.span)))
        .count();
    hits >= 3
}

/// Evidence from one mention's context; `key` is the name's comparison key (`key_of`).
fn evidence(doc: &Document, c: &Candidate, key: &str, sporty: bool) -> Evidence {
    let mut e = Evidence::default();
    let toks = doc.sentence_tokens(c.sentence);
    let lower = |i: usize| doc.slice(toks[i].span).to_lowercase();
    // A word in lower case at token `i` (a common noun or verb, not a name).
    let lowercase_word = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_lowercase)
        })
    };
    // A number, a possessive "'s" at token `i`.
    let number_at = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Number);
    let possessive_at = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Possessive);
    let text = doc.slice(c.span);
    let place = PLACES.contains(text);
    // "Acme's …": the name owns what follows.
    let possessive = possessive_at(c.last);
    // (A saint's is a church's, a school's or a ward's, its "'s" part of the name: "St
    // Dunstan's and Stepney Green".)
    let saint = key.split(' ').next().is_some_and(is_saint);
    if text.len() > 1
        && text
            .chars()
            .all(|ch| ch.is_uppercase() || ch == '.' || ch == '&')
        && !place
    {
        e.org += 1.5;
    }
    // "Millionaire MNL", "Reliance ADA": a name holding an acronym is an organization's.
    if c.last - c.first >= 2
        && toks[c.first..c.last].iter().any(|t| {
            let w = doc.slice(t.span);
            w.len() >= 3
                && w.chars().all(|ch| ch.is_ascii_uppercase())
                && !w.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'))
        })
    {
        e.org += 2.0;
    }
    // "LG Card", "MG Rover", "SK Energy": two capitals and an English noun (not "JP McManus",
    // nor a player in a sports story: "AJ Venter").
    if !sporty && c.last - c.first == 2 && {
        let a = doc.slice(toks[c.first].span);
        let b = doc.slice(toks[c.first + 1].span).to_lowercase();
        a.len() == 2
            && a.chars().all(|ch| ch.is_ascii_uppercase())
            && is_english_word(&b)
            && !GIVEN_NAMES.contains(&b)
    } {
        e.org += 2.0;
    }
    if let Some(h) = &c.title {
        let h = h.to_lowercase();
        e.person += if COURTESY_TITLES.contains(&h) {
            8.0
        } else {
            6.0
        };
    }
    // "controlled by the Soeryadjaya family", "the Kennedy clan": a family's name is its
    // members' surname (not "the Windows family of products").
    if matches!(
        toks.get(c.last).map(|t| doc.slice(t.span)),
        Some("family" | "clan")
    ) && toks
        .get(c.last + 1)
        .is_none_or(|t| doc.slice(t.span) != "of")
        && !place
        && !ORGANIZATIONS.contains(key)
    {
        e.person += 3.0;
    }
    // "The lower house speaker, Luis Eduardo Magalhaes, said": a title or a noun for a
    // person closing a description that a determiner opens, the name set off by commas after
    // it (a person, though a town bears the name).
    if c.first >= 3
        && doc.slice(toks[c.first - 1].span) == ","
        && toks.get(c.last).is_some_and(|t| doc.slice(t.span) == ",")
        && lowercase_word(c.first - 2)
        && {
            // (Not a role a body may hold: "the new owner, OHorizons Global,".)
            let w = lower(c.first - 2);
            (ROLES.get(&w).is_some() || HONORIFICS.contains(&w) || PERSON_NOUNS.contains(&w))
                && !matches!(w.as_str(), "owner" | "partner")
        }
        && (c.first.saturating_sub(6)..c.first - 2)
            .any(|k| is_determiner(&lower(k)) || possessive_at(k))
        && !ORGANIZATIONS.contains(key)
    {
        e.person += 5.0;
    }
    // "Santa Monica-based": where a company is based is a place, whatever given names the
    // place's name holds.
    if c.place_suffix {
        e.place += 5.0;
    }
    if c.by_form {
        e.person += 3.0;
    }
    // "the Archbishop of Canterbury", "the Duke of Orleans": the place a title is held over.
    // (Not "governor of Korean Development Bank": an organization's head word.)
    if c.first >= 2
        && lower(c.first - 1) == "of"
        && DOMAIN_TITLES.contains(&lower(c.first - 2))
        && !ends_organization(doc.slice(toks[c.last - 1].span))
    {
        e.place += 5.0;
    }
    // "Kang Young-hoon", "Lee Teng-hui": a short family name, then a given name of two short
    // syllables joined by a hyphen, the second in lower case.
    if c.last - c.first == 2
        && doc.slice(toks[c.first].span).len() <= 5
        && is_hyphenated_given_name(doc.slice(toks[c.last - 1].span))
    {
        e.person += 2.0;
    }
    // In a sports story, a name ending in a capitalized plural is a team ("Blue Jays",
    // "Los Angeles Dodgers", "All Blacks").
    let first_word = doc.slice(toks[c.first].span).to_lowercase();
    let last_word = doc.slice(toks[c.last - 1].span).to_lowercase();
    // ("M. Ramprakash 108": an initial opens a player's name.)
    let personal = GIVEN_NAMES.contains(&first_word) && !PLACES.contains(&first_word)
        || SURNAMES.contains(&last_word) && !PLACES.contains(&last_word)
        || c.last - c.first >= 3 && first_word.chars().count() == 1 && lower(c.first + 1) == ".";
    // The plural must be of an English noun: "Dodgers", not a surname like "Hendriks"; or
    // follow a place ("Cleveland Indians", "Kansas City Royals").
    // (Not a given name and a surname: "Nigel Williams".)
    let after_place = c.last - c.first >= 2
        && PLACES.contains(&key_of(doc.slice(Span::new(
            toks[c.first].span.start,
            toks[c.last - 2].span.end,
        ))))
        && !(GIVEN_NAMES.contains(&first_word) && SURNAMES.contains(&last_word));
    let plural_noun = sporty && last_word.ends_with('s') && !last_word.ends_with("ss") && {
        let stem = &last_word[..last_word.len() - 1];
        after_place
            || is_english_word(stem)
            || last_word
                .strip_suffix("ies")
                .is_some_and(|s| is_english_word(&format!("{s}y")))
    };
    if sporty
        && (!personal || after_place)
        && plural_noun
        && doc
            .slice(toks[c.last - 1].span)
            .starts_with(char::is_uppercase)
    {
        e.add_team(3.0);
    }
    // "Exeter City", "Crawley Town": in a sports story, a town's club (not a city known by
    // that whole name, "Mexico City", nor where something happens: "in Atlantic City").
    if sporty
        && after_place
        && matches!(last_word.as_str(), "city" | "town" | "county" | "borough")
        && !PLACES.contains(key)
        && !(c.first > 0 && matches!(lower(c.first - 1).as_str(), "in" | "near" | "from"))
    {
        e.add_team(5.0);
    }
    // In a sports story, a place that beats or plays another is a team.
    if sporty {
        // ("a 75-19 victory over Gloucester", "a defeat by Leeds": the team beaten.)
        let over = c.first > 1
            && matches!(lower(c.first - 1).as_str(), "over" | "by")
            && RESULT_NOUNS.contains(&lower(c.first - 2));
        let before = c.first > 0 && RESULT_VERBS.contains(&lower(c.first - 1)) || over;
        let after = c.last < toks.len() && RESULT_VERBS.contains(&lower(c.last));
        // A cricket side's innings: "dismiss Nottinghamshire for 214", "took Derbyshire to
        // 471", "as Essex reached 372", "Kent had reached 108 for three", "Sussex were
        // dismissed for 214".
        // (Token kinds first: lower-casing every word after every mention costs.)
        let total_at = |i: usize| number_at(i) || number_at(i + 1) && lower(i) == "for";
        let innings = c.last + 1 < toks.len()
            && (number_at(c.last + 1) && matches!(lower(c.last).as_str(), "to" | "for")
                || (c.last..(c.last + 3).min(toks.len()))
                    .any(|i| total_at(i + 1) && INNINGS_VERBS.contains(&lower(i))));
        // "Cleveland 5 Baltimore 3": a score right after the name; or an innings, "Kent
        // 108-3.", "Somerset 83 and 174 (P. Simmons 4-38)".
        // (Not "Drogba 107, Kezman 112.": goals in extra time; no minute passes 120.)
        let score = c.last < toks.len() && toks[c.last].kind == TokenKind::Number && {
            let number = doc.slice(toks[c.last].span);
            let (runs, wickets) = number.split_once('-').unwrap_or((number, ""));
            let small = is_small_number(runs, 3)
                && (wickets.is_empty() || is_small_number(wickets, number.len()));
            let innings = small
                && wickets.len() <= 2
                && (!wickets.is_empty() || runs.parse::<u32>().is_ok_and(|r| r > 120));
            match toks.get(c.last + 1).map(|t| doc.slice(t.span)) {
                None | Some("." | "(") => innings,
                Some("and") => small,
                Some(next) => {
                    (number.len() <= 2 || innings)
                        && (next == "," || next.starts_with(char::is_uppercase))
                }
            }
        };
        // "Viorel Moldovan (21st minute)", "Joakim Persson 81st minute": a scorer.
        if before_minute(doc, toks, c.last) && !COUNTRIES.contains(key) {
            e.person += 3.0;
        }
        // "4 - Kobus Wiese, 3 - Marius Hurter": a line-up's shirt number (or a seed) before
        // the name.
        let shirt = c.first >= 2
            && doc.slice(toks[c.first - 1].span) == "-"
            && toks[c.first - 2].kind == TokenKind::Number
            && doc.slice(toks[c.first - 2].span).len() <= 2
            && (c.first == 2
                || matches!(
                    doc.slice(toks[c.first - 3].span),
                    "," | ";" | "(" | "-" | ":"
                ));
        if shirt && !COUNTRIES.contains(key) {
            e.person += 3.0;
        }
        if before_record(doc, toks, c.last) && !place {
            e.person += 3.0;
        }
        // "Norwich 4 3 0 1 5 3 9": a row of a standings table.
        let standings = heads_row(toks, c.last);
        // "Leicester winger Leon Lloyd", "Newcastle boss Graeme Souness": a club's player or
        // manager.
        let staff = c.last + 1 < toks.len()
            && POSITIONS.contains(&lower(c.last))
            && doc.slice(toks[c.last].span).starts_with(char::is_lowercase)
            && doc
                .slice(toks[c.last + 1].span)
                .starts_with(char::is_uppercase);
        let team = score
            || standings
            || staff
            || c.last < toks.len() && TEAM_WORDS.contains(&lower(c.last))
            || c.last + 1 < toks.len()
                && toks[c.last].kind == TokenKind::Possessive
                && TEAM_WORDS.contains(&lower(c.last + 1));
        // A country that plays is a national team, which stays a place; a player is a person,
        // and two words that are neither English nor a place look like one ("Didier Hendriks").
        let player_like = c.last - c.first == 2
            && !PLACES.contains(&first_word)
            && !is_english_word(&first_word)
            && !is_english_word(&last_word);
        // One given name heading a score or a table row is a club's ("Lotte 6 Hyundai 2").
        let club = (score || standings) && c.last - c.first == 1 && !SURNAMES.contains(&last_word);
        if (before || after || team || innings)
            && (!personal || club)
            && !player_like
            && !COUNTRIES.contains(key)
        {
            e.add_team(5.0);
        }
        // "Essex need another 148 …", "Kent will also need …": a town or county opening a
        // sentence of a sports story, before its verb, is the side (a country stays a place).
        let subject = c.last - c.first == 1
            && c.first == 0
            && PLACES.contains(key)
            && !COUNTRIES.contains(key)
            && lowercase_word(c.last);
        if subject {
            e.add_team(3.0);
        }
        // "Newcastle, who had led the table, were held 1-1 at home by Coventry": a town named
        // in a sentence that gives a match's score, not as where it was played ("at
        // Anfield", "in Turin"), is a side (a country stays a place).
        // (Nor a ground's town, "at Lord's, London", "Bristol: Gloucestershire 183", nor a
        // part of a city, "the north London club".)
        // (Asked only of a known place: lower-casing the word before each mention costs.)
        let venue = || {
            c.first > 0 && {
                let prev = lower(c.first - 1);
                matches!(
                    prev.as_str(),
                    "in" | "at" | "near" | "from" | "to" | "of" | "outside" | ","
                ) || DIRECTIONS.contains(&prev)
            } || toks.get(c.last).is_some_and(|t| doc.slice(t.span) == ":")
        };
        // (A surname is a player's: "Paterson slotted four penalties"; days before a
        // month are dates: "Istanbul, Turkey from 10-13 February".)
        if place
            && !personal
            && !COUNTRIES.contains(key)
            && !venue()
            && toks.iter().enumerate().any(|(i, t)| {
                t.kind == TokenKind::Number
                    && doc
                        .slice(t.span)
                        .split_once('-')
                        .is_some_and(|(a, b)| is_small_number(a, 2) && is_small_number(b, 2))
                    && toks
                        .get(i + 1)
                        .is_none_or(|n| !MONTHS.contains(&doc.slice(n.span).to_lowercase()))
            })
        {
            e.add_team(4.5);
        }
    }
    // "in Metlife stock", "Vantora shares": a company's, not a place's.
    let shares =
        lowercase_word(c.last) && matches!(lower(c.last).as_str(), "shares" | "stock") && !place;
    if shares {
        e.org += 2.0;
    }
    // Before the name.
    if c.first > 0 {
        let prev = lower(c.first - 1);
        // "analyst Jane Roe"; not "the official Iraqi News Agency".
        let org_shaped = ends_organization(doc.slice(toks[c.last - 1].span));
        // A country is no one ("defending champion Spain"), and "miss" in lower case is the
        // verb ("will miss England's opening match").
        let verb = prev == "miss" && doc.slice(toks[c.first - 1].span) == "miss";
        // "market leader Diageo": a role that, with the word before it, stands for an
        // organization.
        let role = ROLES.get(&prev).is_some();
        let org_noun =
            role && c.first > 1 && ORG_NOUNS.contains(&format!("{} {prev}", lower(c.first - 2)));
        if org_noun {
            e.org += 5.0;
        }
        // ("senior vice president Boeing": a known organization after a title is the
        // title's.)
        if (role || HONORIFICS.contains(&prev))
            && !org_noun
            && !org_shaped
            && !verb
            && !COUNTRIES.contains(key)
            && !ORGANIZATIONS.contains(key)
        {
            e.person += 5.0;
        }
        // "her son Tyler", "Harmon's son, Tyler,": someone's kin is a person, even by a
        // place's name.
        // (Whose: a possessive or a determiner before the noun at `k`.)
        let owned_at = |k: usize| {
            k > 0
                && (possessive_at(k - 1)
                    || matches!(
                        lower(k - 1).as_str(),
                        "its" | "the" | "his" | "her" | "their" | "my" | "our"
                    ))
        };
        let kin_at = |k: usize| KIN_NOUNS.contains(&lower(k)) && owned_at(k);
        if kin_at(c.first - 1) || prev == "," && c.first > 1 && kin_at(c.first - 2) {
            e.person += 5.0;
        }
        // "Its chairman, Turgut Kazan,", "the company's chairman, …": a title in lower case
        // after a determiner, before the name's comma (not "its owner, P&O Cruises").
        // So is "the head of the agency, Mick Deats,": the title, "of" and what it heads.
        let titled_at =
            |k: usize| ROLES.get(&lower(k)).is_some() && lowercase_word(k) && owned_at(k);
        let heads = || {
            (c.first.saturating_sub(8)..c.first.saturating_sub(3)).any(|k| {
                titled_at(k) && lower(k + 1) == "of" && (k + 2..c.first - 1).all(&lowercase_word)
            })
        };
        if prev == ","
            && c.first > 2
            && (titled_at(c.first - 2) || heads())
            && !org_shaped
            && !text.contains('&')
            && !ORGANIZATIONS.contains(key)
        {
            e.person += 3.0;
        }
        // "his wife Naina", "team mate Les Ferdinand", "the 20-year-old Tiger Woods"; not a
        // name that qualifies the person noun after it ("a 22-year-old White House intern").
        let qualifies = || {
            lowercase_word(c.last) && {
                let next = lower(c.last);
                PERSON_NOUNS.contains(&next)
                    || ROLES.get(&next).is_some()
                    || POSITIONS.contains(&next)
            }
        };
        if (PERSON_NOUNS.contains(&prev) || prev.ends_with("-year-old"))
            && !org_shaped
            && !place
            && !qualifies()
        {
            e.person += 5.0;
        }
        // (Not "told Radio Red": who is told is often a newspaper or station; not "said ABN
        // Amro's Eddie Wong": the possessor is not the speaker.)
        // (Nor "Reports say Standard Life, which owns …": the clause's subject, a thing.)
        let which_next = c.last + 1 < toks.len()
            && doc.slice(toks[c.last].span) == ","
            && lower(c.last + 1) == "which";
        if SPEECH_VERBS.get(&prev).is_some()
            && toks[c.first - 1].kind == TokenKind::Word
            && !possessive
            && !which_next
            && !matches!(prev.as_str(), "told" | "tells" | "tell")
        {
            e.person += if c.last - c.first >= 2 { 2.0 } else { 0.5 };
        }
        // "a 20% stake in Zelora", "shares in Acme": what a stake is held in is a company.
        let held_in = prev == "in" && c.first > 1 && HOLDING_NOUNS.contains(&lower(c.first - 2));
        if held_in && !place {
            e.org += 2.0;
        }
        match prev.as_str() {
            // ("a hole in WorldCom's finances": the preposition governs what the name owns.)
            "in" | "near" | "across" | "outside" | "throughout" | "around" | "inside"
                if !shares && !held_in && (!possessive || saint) =>
            {
                e.place += 1.5
            }
            "from" | "to" | "into" if !possessive || saint => e.place += 0.7,
            // "at Edgbaston", "drew at Brackley": the ground of a sports story.
            "at" if sporty && !GIVEN_NAMES.contains(&first_word) => e.place += 1.0,
            _ => {}
        }
        if prev == "in" && c.first > 1 && lower(c.first - 2) == "based" {
            e.place += 2.0;
        }
        match called(doc, toks, c.first) {
            Some(EntityKind::Organization) => e.org += 3.0,
            Some(EntityKind::Person) => e.person += 3.0,
            Some(EntityKind::Location) => e.place += 3.0,
            None => {}
        }
        // "the town of Tavildara", "east of Tavildara", "the village of Mahala".
        if prev == "of" && c.first > 1 && PLACE_NOUNS.contains(&lower(c.first - 2)) {
            e.place += 3.0;
        }
        // "Peter Morrow, 58, of Guildford", "Steve Arthur, 46, from Pease Pottage": where a
        // person of a given age is from.
        if matches!(prev.as_str(), "of" | "from")
            && c.first >= 3
            && doc.slice(toks[c.first - 2].span) == ","
            && toks[c.first - 3].kind == TokenKind::Number
        {
            e.place += 4.0;
        }
        // "the newspaper Granma", "the daily Liberte": an organization noun names it.
        // (Not "Air" of "Air China", unless it opens the sentence: "Miner Highland Gold".)
        if ORG_NOUNS.contains(&prev)
            && (c.first == 1
                || doc
                    .slice(toks[c.first - 1].span)
                    .starts_with(char::is_lowercase))
        {
            e.org += 3.0;
        }
        // "an analyst at X", "economist with X": where someone works; "aviation analyst
        // Mike Powell of X".
        let role_in = |from: usize, to: usize| (from..to).any(|i| ROLES.get(&lower(i)).is_some());
        // (The preposition may stand before "the": "a spokesman for the State Tobacco
        // Monopoly".)
        let at = if prev == "the" && c.first >= 2 {
            c.first - 2
        } else {
            c.first - 1
        };
        // (The role next to the preposition, or a word before it: "chief economist at";
        // not "an activist sentenced with X".)
        // ("The MP for Sittingbourne and Sheppey": a member's seat is a place, and so is the
        // place listed with it.)
        let word = |i: usize| doc.slice(toks[i].span);
        let seat_at =
            |f: usize| f >= 1 && word(f) == "for" && MEMBER_TITLES.contains(&lower(f - 1));
        let seat = seat_at(at)
            || listed_before(doc, toks, 0, at).is_some_and(|k| k >= 1 && seat_at(k - 1));
        if seat {
            e.place += 2.0;
        }
        // ("a spokesperson from Icstis": a spokesperson is from the body speaking; "a teacher
        // from Tavildara" is from a place.)
        let at_word = lower(at);
        // ("head of money and markets at X": a role, then what it is head of.)
        let role_of = |i: usize| {
            ROLES.get(&lower(i)).is_some()
                && lower(i + 1) == "of"
                && (i + 2..at).all(|k| lowercase_word(k) && lower(k) != "the")
        };
        let works_at = (matches!(at_word.as_str(), "at" | "with" | "for")
            && (role_in(at.saturating_sub(3), at) || (at.saturating_sub(7)..at).any(role_of))
            || at_word == "from" && at >= 1 && lower(at - 1).starts_with("spokes"))
            && !seat
            && !(at >= 1 && lower(at - 1).ends_with("ed"));
        // "Another financial firm, China Life, is …": the noun, then the name set off by
        // commas (not "the head of the Naftohaz company, Yury Boyko,": the apposition of a
        // role before).
        if prev == ","
            && c.last < toks.len()
            && doc.slice(toks[c.last].span) == ","
            && c.first >= 2
            && ORG_NOUNS.contains(&lower(c.first - 2))
            && doc
                .slice(toks[c.first - 2].span)
                .starts_with(char::is_lowercase)
            && !role_in(c.first.saturating_sub(8), c.first - 2)
        {
            e.org += 3.0;
        }
        // (Not "Secretary of Energy": the title's office.)
        let named_before_of = prev == "of"
            && c.first >= 3
            && doc
                .slice(toks[c.first - 2].span)
                .starts_with(char::is_uppercase)
            && ROLES.get(&lower(c.first - 2)).is_none()
            && !HONORIFICS.contains(&lower(c.first - 2))
            && role_in(c.first.saturating_sub(5), c.first - 2);
        if works_at || named_before_of {
            e.org += 2.0;
        }
    }
    // After the name.
    if c.last < toks.len() {
        let next = lower(c.last);
        // "Japan's Kinki Nippon sliding 1.5%": what rises or falls by a percentage is a
        // listed company or a market (not a known place: "France grew 0.5%"; nor where
        // something else fell: "sales in Greater China dropped 11%"; but "shares in Krispy
        // Kreme sank 14%").
        if lowercase_word(c.last)
            && CHANGE_VERBS.contains(&next)
            && number_at(c.last + 1)
            && (lower(c.last + 2) == "%"
                || lower(c.last + 2) == "per" && lower(c.last + 3) == "cent")
            && !PLACES.contains(key)
            && !(c.first > 1
                && matches!(lower(c.first - 1).as_str(), "in" | "across")
                && !matches!(lower(c.first - 2).as_str(), "shares" | "stock" | "stocks"))
        {
            e.org += 3.0;
        }
        // "Duran, 45, takes on …": an age set off by commas, then the sentence goes on.
        if next == ","
            && number_at(c.last + 1)
            && is_small_number(doc.slice(toks[c.last + 1].span), 3)
            && toks
                .get(c.last + 2)
                .is_some_and(|t| doc.slice(t.span) == ",")
            && lowercase_word(c.last + 3)
        {
            e.person += 3.0;
        }
        // "Le Matin newspaper", "the Acme group", "Sal Oppenheim investment bank".
        if lowercase_word(c.last) && ORG_NOUNS.contains(&next) && !place {
            e.org += 2.0;
        } else if lowercase_word(c.last) && next == "headquarters" && !place {
            e.org += 2.0; // "outside Alitalia headquarters"
        } else if lowercase_word(c.last)
            && WORKFORCE_NOUNS.contains(&next)
            && !place
            && !GIVEN_NAMES.contains(&first_word)
        {
            // "Railtrack managers", "Rover workers": a body's workforce (not "Bush aides").
            e.org += 2.0;
        } else if lowercase_word(c.last)
            && FACILITY_NOUNS.contains(&next)
            && !ORGANIZATIONS.contains(key)
        {
            // "Rover's Longbridge plant", "the Cowley factory": a plant named by where it
            // stands (weakly: "the Saab factory" is a maker's).
            e.place += 1.5;
        } else if lowercase_word(c.last) && next == "crude" && !COUNTRIES.contains(key) {
            // "Brent crude": a benchmark traded on an exchange, whatever place it is named for.
            e.org += 8.0;
        } else if lowercase_word(c.last) && PLACE_HEADS.contains(&next) && next != "port" {
            // "Charles de Gaulle airport", "the Jebel al-Akhdar region": the name is the
            // place's, whoever it was first given to. (Not "Ethernet port".)
            e.place += 8.0;
        } else if lowercase_word(c.last)
            && lowercase_word(c.last + 1)
            && !FUNCTION_WORDS.contains(&next)
            && ORG_NOUNS.contains(&lower(c.last + 1))
            && !place
        {
            // A kind of business before the noun names a company, not a person (a place
            // stays one: "the England cricket team", "a US software firm").
            e.org += 4.0;
        }
        // "stores like Macy's, Bloomingdale's and Marshall Field's": a possessive that owns
        // nothing after it is a shop's or a firm's name, whoever it was named for.
        let elliptical = possessive
            && match toks.get(c.last + 1).map(|t| doc.slice(t.span)) {
                None | Some("," | "." | ";" | ")") => true,
                Some("and" | "or") => toks
                    .get(c.last + 2)
                    .is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase)),
                _ => false,
            };
        // Listed with another such possessive, it is surely one: "Bloomingdale's and
        // Marshall Field's" (alone it may be a person's: "so close to Hillary Clinton's").
        if elliptical && !place && !saint {
            let listed = c.first >= 2
                && matches!(doc.slice(toks[c.first - 1].span), "," | "and" | "or")
                && possessive_at(c.first - 2)
                || toks
                    .get(c.last + 1)
                    .is_some_and(|t| matches!(doc.slice(t.span), "," | "and" | "or"))
                    && (c.last + 3..c.last + 6).any(possessive_at);
            e.org += if listed { 5.0 } else { 2.5 };
        }
        if possessive && c.last + 1 < toks.len() {
            let owned = lower(c.last + 1);
            // "Eli Lilly's chief medical officer Alan Breier": a title the name's holder
            // gives (a place's is its government's or team's: "England's coach").
            if !place
                && (c.last + 1..(c.last + 5).min(toks.len())).any(|i| {
                    ROLES.get(&lower(i)).is_some()
                        && toks
                            .get(i + 1)
                            .is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase))
                })
            {
                e.org += 3.0;
            }
            // "Middlesbrough's Brazilian midfielder Juninho": in a sports story, a town's
            // player or manager is its club's (a country's is its national side's).
            if sporty
                && place
                && !COUNTRIES.contains(key)
                && (c.last + 1..(c.last + 4).min(toks.len())).any(|i| {
                    POSITIONS.contains(&lower(i))
                        && toks
                            .get(i + 1)
                            .is_some_and(|t| doc.slice(t.span).starts_with(char::is_uppercase))
                })
            {
                e.add_team(5.0);
            }
            // "ABN Amro's Eddie Wong": a person named after a possessive works there (a
            // place's is its citizen: "Britain's Tony Blair").
            if !place
                && toks.get(c.last + 2).is_some_and(|t| {
                    let w = doc.slice(t.span);
                    // (Not "Gateshead's Sage Centre".)
                    t.kind == TokenKind::Word
                        && w.starts_with(char::is_uppercase)
                        && !ends_organization(w)
                        && !PLACE_HEADS.contains(&w.to_lowercase())
                })
                && GIVEN_NAMES.contains(&owned)
                && doc
                    .slice(toks[c.last + 1].span)
                    .starts_with(char::is_uppercase)
            {
                e.org += 2.0;
            }
            // "Wang's family", "Osipenko's widow": kin are a person's.
            if KIN_NOUNS.contains(&owned) && !place {
                e.person += 1.5;
            }
            // "Turkcell's stake", "Acme's profits": what a company owns or reports.
            if BUSINESS_NOUNS.contains(&owned) {
                e.org += 1.5;
            }
        }
        // "St. Petersburg, Fla.": the state after a place is a place.
        if c.first >= 2
            && doc.slice(toks[c.first - 1].span) == ","
            && STATE_ABBREVIATIONS.contains(key.trim_end_matches('.'))
            && toks[c.first - 2].kind == TokenKind::Word
            && doc
                .slice(toks[c.first - 2].span)
                .starts_with(char::is_uppercase)
        {
            e.place += 4.0;
        }
        // "Boca Raton, Fla.": a place with its state; "The Markfield, Leicestershire-based
        // company": with its county, the two where a company is based.
        if next == ","
            && c.last + 1 < toks.len()
            && {
                let after = lower(c.last + 1);
                STATE_ABBREVIATIONS.contains(&after)
                    || after
                        .strip_suffix("-based")
                        .is_some_and(|place| PLACES.contains(place))
            }
            && doc
                .slice(toks[c.last + 1].span)
                .starts_with(char::is_uppercase)
        {
            e.place += 4.0;
        }
        // "a Pan Am flight over Lockerbie, Scotland.": a place with its country, which
        // closes the phrase (not "Volvo, Sweden's biggest carmaker", nor "Los Alamos
        // National Laboratory, US": a body where it is).
        if next == ","
            && !place
            && !ends_organization(doc.slice(toks[c.last - 1].span))
            && toks.get(c.last + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && doc.slice(t.span).starts_with(char::is_uppercase)
                    && COUNTRIES.contains(&doc.slice(t.span).to_lowercase())
            })
            && toks
                .get(c.last + 2)
                .is_none_or(|t| matches!(doc.slice(t.span), "," | "." | ";" | ")"))
        {
            e.place += 3.0;
        }
        // One word that a list knows as a given name or a surname.
        let known_name = || {
            c.last - c.first == 1 && {
                let word = text.to_lowercase();
                GIVEN_NAMES.contains(&word) || SURNAMES.contains(&word)
            }
        };
        if next == "," {
            // "for the city of Arbil, a senior U.N. official in Baghdad said": after a
            // preposition, a phrase that a speech verb closes is that verb's subject.
            let object = c.first > 0
                && matches!(
                    lower(c.first - 1).as_str(),
                    "of" | "in" | "for" | "to" | "from" | "on" | "at" | "with"
                );
            // (Not a word that is as often a noun, after a determiner: "according to Cal
            // Fire, the state's firefighting agency"; nor a verb of a relative clause: "from
            // Ellen Park, a former loan officer who testified".)
            let speaks = object
                && (c.last + 1..toks.len())
                    .take_while(|&i| toks[i].kind != TokenKind::Punct && lower(i) != "who")
                    .any(|i| {
                        let w = lower(i);
                        SPEECH_VERBS.get(&w).is_some()
                            && !(SPEECH_VERBS.value(&w) == Some("noun")
                                && matches!(lower(i - 1).as_str(), "the" | "a" | "an" | "its"))
                    });
            // ("Princess Marguerite of Romania, the eldest daughter of …": the apposition
            // describes the whole name, not the place it ends with.)
            let place_of_name = c.first > 0 && lower(c.first - 1) == "of" && PLACES.contains(key);
            if let Some(kind) = apposition(doc, c.sentence, c.last + 1).filter(|_| !speaks) {
                match kind {
                    EntityKind::Person if place_of_name => {}
                    EntityKind::Person => e.person += 5.0,
                    EntityKind::Organization => e.org += 3.0,
                    EntityKind::Location => {}
                }
            }
            if c.last + 1 < toks.len() && lower(c.last + 1) == "who" {
                // "Leicestershire, who beat Somerset": a team in a sports story (one word;
                // a national team stays a place, a player a person).
                let result = sporty
                    && c.last - c.first == 1
                    && !personal
                    && !COUNTRIES.contains(key)
                    && (c.last + 2..(c.last + 5).min(toks.len()))
                        .any(|i| RESULT_VERBS.contains(&lower(i)));
                // (A town of a sports story is no "who" of its own: "Newcastle, who had led
                // the table,".)
                let town = sporty && place && !COUNTRIES.contains(key);
                if result || town {
                    e.add_team(3.0);
                } else {
                    e.person += 2.0;
                }
            }
        } else if MEMBER_TITLES.contains(&next)
            && !ORGANIZATIONS.contains(key)
            && !GIVEN_NAMES.contains(&doc.slice(toks[c.first].span).to_lowercase())
            && !key.split(' ').any(|w| ORG_HEADS.contains(w))
        {
            // "Ealing North MP Stephen Pound", "the Ealing North MP": the member's
            // constituency (not "Ruth Kelly MP", a given name first).
            e.place += 4.0;
        } else if ROLES.get(&next).is_some()
            // ("Jefferson Parish Sheriff Harry Lee": a place's officer; "England doctor Simon
            // Kemp": a country's; "Texas attorney general Greg Abbott": a known place's
            // government's.)
            && !PLACE_HEADS.contains(&last_word)
            && !COUNTRIES.contains(key)
            && !(PLACES.contains(key)
                && (PLACE_OFFICES.contains(&next)
                    || PLACE_OFFICES.contains(&format!("{next} {}", lower(c.last + 1)))))
            && toks.get(c.last + 1).is_some_and(|t| {
                let w = doc.slice(t.span);
                w.starts_with(char::is_uppercase) || ROLES.get(&w.to_lowercase()).is_some()
            })
        {
            // "Apacs spokeswoman Jemma Smith", "Qantas chief executive Geoff Dixon"
            e.org += 3.0;
        } else if matches!(next.as_str(), "reported" | "reports") && !known_name() {
            // "El Watan reported", "Associated Press reported": what reports is mostly a
            // newspaper or agency (a reporter has a given name to outweigh it, or a
            // surname: "Costa reported").
            e.org += 1.0;
        } else if SPEECH_VERBS.get(&next).is_some() && !matches!(next.as_str(), "according to") {
            // Companies say things too: one unknown word that speaks stays a brand unless it
            // is a known name or attributes a direct quote ("Turkcell said the ruling …",
            // but "“Demand is strong,” Okonkwo said").
            let after_quote = (c.first.saturating_sub(2)..c.first)
                .any(|i| matches!(doc.slice(toks[i].span), "”" | "\"" | "''"));
            // ("the Beige Book said", "its latest Beige Book report": a determiner before
            // a name of two words or more, no one's.)
            let determined = (c.first.saturating_sub(2)..c.first).any(|i| {
                matches!(lower(i).as_str(), "the" | "its" | "their" | "a" | "an")
                    && (i + 1..c.first).all(&lowercase_word)
            });
            if c.last - c.first >= 2 {
                if !determined {
                    e.person += 1.0;
                }
            } else if PLACES.contains(key) && !COUNTRIES.contains(key) {
                // "Halifax said house prices rose": a town that speaks is a company or a
                // club named after it (a little evidence each time: "Moscow said" is often
                // the government, a place).
                e.org += 1.5;
            } else if known_name() || after_quote {
                e.person += 0.6;
            } else {
                e.spoken = 0.3;
            }
        }
    }
    e
}

/// Whether a person's name starts at token `i` after the lower-case words of a title: a
/// given name, then another capitalized word, and no title word after them ("Tory
/// frontbencher Andrew Tyrie MP demanded"; not "a former Conservative MP", "a former Davis Cup
/// player").
pub(crate) fn name_after_title_words(doc: &Document, toks: &[Token], i: usize) -> bool {
    let capitalized = |k: usize| capitalized_at(doc, toks, k);
    if !(i > 0
        && toks[i - 1].kind == TokenKind::Word
        && doc.slice(toks[i - 1].span).starts_with(char::is_lowercase)
        && capitalized(i)
        && capitalized(i + 1)
        && GIVEN_NAMES.contains(&doc.slice(toks[i].span).to_lowercase()))
    {
        return false;
    }
    let after = (i + 2..toks.len()).find(|&k| !capitalized(k));
    !after.is_some_and(|k| {
        let w = doc.slice(toks[k].span).to_lowercase();
        toks[k].kind == TokenKind::Word && (ROLES.get(&w).is_some() || PERSON_NOUNS.contains(&w))
    })
}

/// What an apposition starting at token `start` says the name before it is: ", tech analyst
/// at Wedbush" (a person), ", a Dutch bank" (an organization).
pub(crate) fn apposition(doc: &Document, sentence: usize, start: usize) -> Option<EntityKind> {
    let toks = doc.sentence_tokens(sentence);
    let mut i = start;
    let end = (start + 7).min(toks.len());
    // (Past its fourth word, the noun heads only a plain phrase opened by a determiner:
    // ", the country's biggest internet portal firm"; not ", the Liberal Democrats - the
    // mainstream party", ", as well as a power station".)
    let mut plain = toks.get(start).is_some_and(|t| {
        matches!(
            doc.slice(t.span).to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their"
        )
    });
    while i < end {
        let t = toks[i];
        if t.kind == TokenKind::Punct && doc.slice(t.span) != "-" {
            return None;
        }
        if i > start && name_after_title_words(doc, toks, i) {
            return None;
        }
        let w = doc.slice(t.span).to_lowercase();
        // (", told AFP news agency": a verb after a stray comma opens no apposition.)
        if i == start
            && doc.slice(t.span).starts_with(char::is_lowercase)
            && (PAST_TENSES.contains(&w)
                || SPEECH_VERBS.get(&w).is_some() && SPEECH_VERBS.value(&w) != Some("noun"))
        {
            return None;
        }
        // (", the Northern Ireland-born actor": what the person is, in a phrase opened by an
        // article; not ", a family firm", ", or any other media player".)
        // (A kin noun heads the phrase only before "of", "who" or a mark: ", a mother of
        // twins,", not ", a family firm".)
        let kin_head = || {
            w != "family"
                && toks.get(i + 1).is_none_or(|n| {
                    n.kind == TokenKind::Punct || matches!(doc.slice(n.span), "of" | "who")
                })
        };
        let person_noun = PERSON_NOUNS.contains(&w)
            && (!KIN_NOUNS.contains(&w) || kin_head())
            && doc.slice(t.span).starts_with(char::is_lowercase)
            && matches!(
                doc.slice(toks[start].span).to_lowercase().as_str(),
                "the" | "a" | "an"
            );
        // ("Consob, Italy's stock market regulator", "Marsh, the world's biggest insurance
        // broker": a body; ", a broker at Numis": a person.)
        if ORG_NOUNS.contains(&w)
            && ROLES.get(&w).is_some()
            && !toks
                .get(i + 1)
                .is_some_and(|n| matches!(doc.slice(n.span), "at" | "with" | "for" | "in"))
        {
            return Some(EntityKind::Organization);
        }
        // ("Yukos, once the owner of Yuganskneftegas,": a body may own, invest and partner.)
        if SHARED_ROLES.contains(&w) {
            return None;
        }
        if ROLES.get(&w).is_some() || person_noun {
            // ", President Maria Lopez": the title of the name after it (", Tamil Nadu Chief
            // Minister M. Karunanidhi": after the title's other words).
            let mut i = i;
            while toks.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && doc.slice(n.span).starts_with(char::is_uppercase)
                    && ROLES.get(&doc.slice(n.span).to_lowercase()).is_some()
            }) {
                i += 1;
            }
            let titles_next = toks.get(i + 1).is_some_and(|n| {
                let next = doc.slice(n.span);
                n.kind == TokenKind::Word
                    && next.starts_with(char::is_uppercase)
                    && ROLES.get(&next.to_lowercase()).is_none()
            });
            // ("Also in Gateshead, the prime minister took questions": the subject of a
            // clause, no apposition.)
            let verb_next = toks.get(i + 1).is_some_and(|n| {
                let next = doc.slice(n.span);
                n.kind == TokenKind::Word
                    && next.starts_with(char::is_lowercase)
                    && (PAST_TENSES.contains(next)
                        || is_form_of_be(next)
                        || matches!(next, "has" | "had" | "will" | "would")
                        || next.ends_with("ed") && is_english_word(next)
                        || SPEECH_VERBS.get(next).is_some()
                            && SPEECH_VERBS.value(next) != Some("noun"))
            });
            // ("media giant Vivendi Universal, its boss and another top executive": a list
            // the name opens, not an apposition.)
            let listed_next = toks.get(i + 1).is_some_and(|n| doc.slice(n.span) == "and")
                && toks.get(i + 2).is_some_and(|n| {
                    matches!(
                        doc.slice(n.span),
                        "another" | "a" | "an" | "the" | "its" | "his" | "her" | "their"
                    )
                });
            return (!titles_next && !verb_next && !listed_next).then_some(EntityKind::Person);
        }
        // ", a Dutch bank", ", the country's biggest internet portal firm": the
        // organization noun heads the apposition; in ", a member of the party" it does not.
        plain &= i == start
            || t.kind == TokenKind::Possessive
            || t.kind == TokenKind::Word
                && doc.slice(t.span).starts_with(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&w);
        // (Not before a role it qualifies: ", a fund manager with Escorts Mutual Fund".)
        let qualifies_role = toks.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && ROLES.get(&doc.slice(n.span).to_lowercase()).is_some()
        });
        if ORG_NOUNS.contains(&w) && (i < start + 4 || plain) && !qualifies_role {
            return Some(EntityKind::Organization);
        }
        // (", where the president was treated": a clause, not an apposition.)
        if APPOSITION_STOPS.contains(&w) {
            return None;
        }
        i += 1;
    }
    None
}

/// Merges surnames, short forms and acronyms into the names they stand for.
fn merge(names: &mut [Name], sporty: bool) {
    let n = names.len();
    // Indexes, built once: people by last word (and two-word people by first word),
    // organizations and places by initials (with and without their small words and a country
    // before them), organizations by each of their shorter prefixes, by their head word, by
    // their legal suffix in one form, by their words after a country, and, when named after a
    // person ("Eli Lilly") or letters ("MG Rover"), by the last word. (Further down: plural
    // organizations by their singular, and organizations by the first letters of their words.)
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_prefix: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_all_initials: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_founder: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_head: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_head_of: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_legal: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_after_place: HashMap<String, Vec<usize>> = HashMap::default();
    // "Hillary Clinton" of "Hillary Rodham Clinton", "George Bush" of "George W. Bush": the
    // given name and surname of exactly one person named with a middle name too (indexed as
    // that person only: "Clinton" is still one person's surname).
    let mut with_middle: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (j, name) in names.iter().enumerate() {
        if let [first, _, .., last] = name.words.as_slice()
            && name.kind == EntityKind::Person
        {
            with_middle.entry((first, last)).or_default().push(j);
        }
    }
    let fuller_of: Vec<Option<usize>> = names
        .iter()
        .map(|name| match name.words.as_slice() {
            [first, last] if name.kind == EntityKind::Person && !with_middle.is_empty() => {
                match with_middle
                    .get(&(first.as_str(), last.as_str()))?
                    .as_slice()
                {
                    [j] => Some(*j),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    for (j, name) in names.iter().enumerate() {
        // "GSK" and "Glaxo" of "GlaxoSmithKline": its parts' initials and its first part
        // (no English word: not "Time" of "TimeWarner").
        if name.kind == EntityKind::Organization
            && let Some((initials, first)) = &name.camel
        {
            by_initials.entry(initials.clone()).or_default().push(j);
            if !is_english_word(first) {
                by_prefix.entry(first.clone()).or_default().push(j);
            }
        }
        // "Breitbart" of "Breitbart.com": the name before its web domain.
        if name.kind == EntityKind::Organization
            && let [word] = name.words.as_slice()
            && let Some(stem) = web_domain(word)
        {
            by_prefix.entry(stem.to_string()).or_default().push(j);
        }
        if name.words.len() < 2 || fuller_of[j].is_some() {
            continue;
        }
        if name.kind == EntityKind::Person && name.words.len() == 2 {
            by_first.entry(name.words[0].as_str()).or_default().push(j);
        }
        // "Eli Lilly" by "Lilly"; likewise "MG Rover" by "Rover" (letters before the name).
        let letters = |w: &str| {
            w.len() <= 3 && w.chars().all(|c| c.is_ascii_alphabetic()) && !is_english_word(w)
        };
        // ("RJ Reynolds Tobacco" by "Reynolds": letters, the name, a head word.)
        if name.kind == EntityKind::Organization
            && (name.words.len() == 2
                && (GIVEN_NAMES.contains(&name.words[0]) || letters(&name.words[0]))
                || name.words.len() == 3
                    && letters(&name.words[0])
                    && (ORG_HEADS.contains(name.words[2].as_str())
                        || is_english_word(&name.words[2])))
        {
            by_founder
                .entry(name.words[1].as_str())
                .or_default()
                .push(j);
        }
        // "the Commission" of "European Commission": an organization by its head word; or,
        // failing that, by the head before "of" ("the Court" of "European Court of Justice").
        if name.kind == EntityKind::Organization {
            if let Some(last) = name.words.last()
                && ORG_HEADS.contains(last.as_str())
            {
                by_head.entry(last.as_str()).or_default().push(j);
            }
            if let Some(of) = name.words.iter().position(|w| w == "of")
                && of > 0
                && ORG_HEADS.contains(name.words[of - 1].as_str())
            {
                by_head_of
                    .entry(name.words[of - 1].as_str())
                    .or_default()
                    .push(j);
            }
        }
        if name.kind == EntityKind::Person {
            if let Some(last) = name.words.last() {
                by_last.entry(last.as_str()).or_default().push(j);
            }
        } else {
            by_initials
                .entry(initials(&name.words))
                .or_default()
                .push(j);
            // "FDA" of "US Food and Drug Administration": the country left out.
            if name.words.len() >= 3 && PLACES.contains(&name.words[0]) {
                by_initials
                    .entry(initials(&name.words[1..]))
                    .or_default()
                    .push(j);
            }
            // "UKIP" of "UK Independence Party": a short place's letters all in the acronym.
            let short_place = |w: &str| w.len() <= 3 && PLACES.contains(w);
            if name.words.iter().any(|w| short_place(w)) {
                by_initials
                    .entry(initials_keeping(&name.words, short_place))
                    .or_default()
                    .push(j);
            }
            let all: String = name.words.iter().filter_map(|w| w.chars().next()).collect();
            by_all_initials.entry(all).or_default().push(j);
        }
        if name.kind == EntityKind::Organization {
            for p in 1..name.words.len() {
                by_prefix
                    .entry(name.words[..p].join(" "))
                    .or_default()
                    .push(j);
            }
            // "Daimler" of "Daimler-Benz AG", "Mercedes" of "Mercedes-Benz": the part of
            // the first word before its hyphen.
            // (Not places': "Neath" of "Neath-Swansea Ospreys" is a club of its own.)
            if let Some((part, rest)) = name.words[0].split_once('-')
                && part.len() >= 3
                && !PLACES.contains(part)
                && !PLACES.contains(rest)
            {
                by_prefix.entry(part.to_string()).or_default().push(j);
            }
            // "News Corp" and "News Corporation": one company, its legal suffix written short
            // or in full; the fullest form is the name.
            if let Some(key) = legal_key(&name.words) {
                by_legal.entry(key).or_default().push(j);
            }
            // "Air Force" of "US Air Force": an organization by its name after its country
            // (not a city: "City" of "Manchester City" is another club's name too, and a run
            // like "London Tory" is no name of its own).
            if COUNTRIES.contains(&name.words[0]) {
                by_after_place
                    .entry(name.words[1..].join(" "))
                    .or_default()
                    .push(j);
            }
        }
    }
    // Plural organization names by their singular ("lib dem" → "Lib Dems", "tory" →
    // "Tories").
    let plurals: HashMap<std::borrow::Cow<str>, usize> = names
        .iter()
        .enumerate()
        .filter(|(_, n)| n.kind == EntityKind::Organization)
        .filter_map(|(j, n)| match n.key.strip_suffix("ies") {
            // (Not "U.S. Treasuries", the bonds, of "U.S. Treasury", the body.)
            Some(stem) if !stem.is_empty() => {
                let one = format!("{stem}y");
                (!ends_organization(one.rsplit(' ').next().unwrap_or(&one)))
                    .then_some((one.into(), j))
            }
            _ => Some((n.key.strip_suffix('s')?.into(), j)),
        })
        .collect();
    // Organizations of two words or more by their word count and the first letters of
    // their words: where a clipped form finds its full name ("Lib Dems", "Man Utd").
    // (The letters folded into a number: a clash only costs a comparison.)
    // A full name is indexed without its legal suffix too ("Harbor Pharmaceuticals Inc" as
    // "Harbor Pharmaceuticals").
    let letters_of = |words: &[String]| {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .fold(words.len() as u64, |h, c| {
                h.wrapping_mul(1_000_003) ^ u64::from(c)
            })
    };
    let unsuffixed = |words: &'_ [String]| match words {
        [rest @ .., last]
            if rest.len() >= 2 && ORG_SUFFIXES.contains(last.trim_end_matches('.')) =>
        {
            Some(rest.len())
        }
        _ => None,
    };
    let mut by_letters: HashMap<u64, Vec<usize>> = HashMap::default();
    for (j, name) in names.iter().enumerate() {
        if name.kind == EntityKind::Organization && name.words.len() >= 2 {
            by_letters
                .entry(letters_of(&name.words))
                .or_default()
                .push(j);
            if let Some(len) = unsuffixed(&name.words) {
                by_letters
                    .entry(letters_of(&name.words[..len]))
                    .or_default()
                    .push(j);
            }
        }
    }
    // Organizations and places by their kind and their letters and digits alone: one name
    // written two ways ("JPMorgan", "JP Morgan"; "Wal-Mart", "WalMart"; "U.K.", "UK").
    let compact = |name: &Name| -> (EntityKind, String) {
        (
            name.kind,
            name.key.chars().filter(|c| c.is_alphanumeric()).collect(),
        )
    };
    let mut by_compact: HashMap<(EntityKind, String), usize> = HashMap::default();
    for (j, name) in names.iter().enumerate() {
        if name.kind != EntityKind::Person {
            by_compact.entry(compact(name)).or_insert(j);
        }
    }
    let mut aliases: Vec<Option<usize>> = vec![None; n];
    for (i, alias) in aliases.iter_mut().enumerate() {
        let name = &names[i];
        if fuller_of[i].is_some() {
            *alias = fuller_of[i];
            continue;
        }
        if name.kind != EntityKind::Person
            && let Some(&j) = by_compact.get(&compact(name))
            && j != i
        {
            *alias = Some(j);
            continue;
        }
        // "Lib Dems" of "Liberal Democrats", "Man Utd" of "Manchester United": each word
        // the same, or clipped by two letters or more (or its period) — the full one's
        // start, or its letters in order when it is no English word ("Utd"; not "News" of
        // "Networks") — of exactly one organization of as many words.
        if name.kind == EntityKind::Organization && name.words.len() >= 2 {
            let clips_of = |name: &Name, full: &Name| {
                let words = match unsuffixed(&full.words) {
                    Some(len) if len == name.words.len() => &full.words[..len],
                    _ => &full.words[..],
                };
                full.key.len() > name.key.len()
                    && words.len() == name.words.len()
                    && name.words.iter().zip(words).all(|(short, long)| {
                        // (A word clipped by two letters or more, or its period: not
                        // "Electronic Arts" of a misspelt "Electronics Arts".)
                        let clipped = long.len() >= short.len() + 2
                            || long.strip_suffix('.') == Some(short.as_str());
                        short == long
                            || !long.contains('-')
                                && clipped
                                && (long.starts_with(short.as_str())
                                    || !is_english_word(short) && in_order(short, long))
                    })
            };
            let clips = |j: &usize| clips_of(name, &names[*j]);
            let mut found: Vec<usize> = by_letters
                .get(&letters_of(&name.words))
                .into_iter()
                .flatten()
                .copied()
                .filter(|j| clips(j))
                .collect();
            found.dedup();
            // ("Man Utd" of "Manchester United" and "Man United": the fullest the others clip.)
            if found.len() > 1 {
                let all = found.clone();
                found.retain(|&j| {
                    !all.iter()
                        .any(|&k| k != j && clips_of(&names[j], &names[k]))
                });
            }
            if let [j] = found[..] {
                *alias = Some(j);
                continue;
            }
        }
        // "Lib Dem" of "Lib Dems", "Liberal Democrat" of "Liberal Democrats", "US Airway" of
        // "US Airways": the singular a plural name takes before a noun ("Lib Dem leader"). (Not
        // a family's name: "Osbourne" of "The Osbournes".)
        if name.kind == EntityKind::Organization
            && !SURNAMES.contains(&name.key)
            && name.evidence.person < 1.0
            && let Some(&j) = plurals.get(name.key.as_str())
        {
            *alias = Some(j);
            continue;
        }
        if name.kind == EntityKind::Organization
            && !PLACES.contains(&name.key)
            && let Some(j) = sole(&by_after_place, name.key.as_str(), i)
        {
            *alias = Some(j);
            continue;
        }
        if name.kind == EntityKind::Organization
            && let Some(fuller) = legal_key(&name.words)
                .and_then(|key| by_legal.get(&key))
                .and_then(|same| same.iter().copied().max_by_key(|&j| names[j].key.len()))
                .filter(|&j| j != i)
        {
            *alias = Some(fuller);
            continue;
        }
        // "da Silva" of "Luiz Inacio Lula da Silva", "van Gogh" of "Vincent van Gogh": a
        // surname with its particles, of exactly one person; likewise a surname of two
        // words ("Farina Elia" of "Sylvia Farina Elia", "Lloyd Webber") that no list knows.
        let with_particles = name.words[..name.words.len().saturating_sub(1)]
            .iter()
            .all(|w| NAME_PARTICLES.contains(w));
        if let [particles @ .., last] = name.words.as_slice()
            && !particles.is_empty()
            && (with_particles
                || name.words.len() == 2
                    && !ORGANIZATIONS.contains(&name.key)
                    && !PLACES.contains(&name.key))
        {
            let mut holders = by_last
                .get(last.as_str())
                .into_iter()
                .flatten()
                .filter(|&&j| {
                    j != i
                        && names[j].words.len() > name.words.len()
                        && names[j].words.ends_with(&name.words)
                        // (A two-word surname's holder opens with a given name: not
                        // "Corkman Mark Carroll".)
                        && (with_particles
                            || GIVEN_NAMES.contains(&names[j].words[0])
                                && !FUNCTION_WORDS.contains(&names[j].words[0]))
                });
            if let (Some(&j), None) = (holders.next(), holders.next()) {
                *alias = Some(j);
            }
            continue;
        }
        if name.words.len() != 1 {
            continue;
        }
        let word = name.words[0].as_str();
        let someones_surname = by_last.contains_key(word);
        // Nothing known of the word itself: no list names it, and only sports-story team
        // rules or weak hints type it.
        let unknown = !PLACES.contains(word)
            && !ORGANIZATIONS.contains(word)
            && name.evidence.best_besides_team() < 2.5;
        // Evidence only a person's words give ("Charlie's family", "Charlie said"), with no
        // title ("Prince Charles" is someone else than "Charles Dunn").
        let only_personal = name.kind == EntityKind::Person
            && !name.titled_alone
            && name.evidence.org - name.evidence.team < 1.0
            && name.evidence.place < 1.0;
        // A given name, or a word with no organization evidence of its own beyond
        // sports-story team rules.
        let first_name = GIVEN_NAMES.contains(word) || name.evidence.org - name.evidence.team < 1.0;
        // "Fed" of "US Federal Reserve": a short form news uses, of the one organization
        // whose name holds the full words.
        let known_short = short_form_of(names, word);
        *alias = known_short
            // "Kestrel Ocean Financial (KOFG)": the acronym the article gives a name.
            .or_else(|| {
                name.spelled_out_by
                    .filter(|&j| j != i && names[j].kind != EntityKind::Person)
            })
            // A surname of exactly one person ("Seles beat …" of "Monica Seles" in a sports
            // story, too); after "Mr" or "Mrs", of the one whose given name is not of the
            // other gender ("Mr Clinton" of "Bill Clinton" beside "Hillary Clinton").
            .or_else(|| {
                let holder = match name.titled_male {
                    // (Of two people sharing it, the one named before every mention, when
                    // the other is named after them all: "Linda Harmon … Harmon said …
                    // Tyler Harmon laughed".)
                    None => sole(&by_last, word, i).or_else(|| {
                        let (&first, &last) = (name.mentions.first()?, name.mentions.last()?);
                        let named_first = |j: usize| names[j].mentions.first().copied();
                        let holders = by_last.get(word)?;
                        let before: Vec<usize> = holders
                            .iter()
                            .copied()
                            .filter(|&j| j != i && named_first(j).is_some_and(|m| m < first))
                            .collect();
                        // (Or named after the first mention and then called by the given
                        // name alone: "Her sister, Denise Grant, … Denise says".)
                        let by_given_name = |j: usize| {
                            named_first(j).is_some_and(|f| {
                                f > first
                                    && names.iter().any(|n| {
                                        n.words.len() == 1
                                            && n.key == names[j].words[0]
                                            && n.mentions.iter().any(|&m| m > f)
                                    })
                            })
                        };
                        let rest_after = holders.iter().all(|&j| {
                            j == i
                                || before.contains(&j)
                                || named_first(j).is_some_and(|m| m > last)
                                || by_given_name(j)
                        });
                        match before.as_slice() {
                            [j] if rest_after => Some(*j),
                            _ => None,
                        }
                    }),
                    Some(male) => {
                        let gender = |j: usize| given_name_is_male(&names[j].words[0]);
                        let fits: Vec<usize> = by_last
                            .get(word)
                            .into_iter()
                            .flatten()
                            .copied()
                            .filter(|&j| j != i && gender(j) != Some(!male))
                            .collect();
                        let known: Vec<usize> = fits
                            .iter()
                            .copied()
                            .filter(|&j| gender(j) == Some(male))
                            .collect();
                        match (known.as_slice(), fits.as_slice()) {
                            ([j], _) | ([], [j]) => Some(*j),
                            _ => None,
                        }
                    }
                };
                holder.filter(|_| {
                    let e = &name.evidence;
                    // (Strong evidence against: for an organization or place beyond the
                    // team rules; "18-year-old Mirza beat …" is for a person.)
                    name.kind == EntityKind::Person
                        || e.best_besides_team() < 5.0
                        || e.person >= e.best_besides_team()
                })
            })
            // An East Asian family name, which comes first ("Chen" of "Chen Chun-yeh").
            .or_else(|| sole(&by_first, word, i).filter(|&j| names[j].family_name_first))
            // Likewise a word that is no given name, written with a title alone ("Mr Ahn" of
            // "Ahn Seung") and nobody's surname.
            // ("Mr Kim" of "Kim Yungmin": after "Mr" or "Mrs" even a word that is a given
            // name elsewhere, when it is a surname too and what follows it in the full name
            // is no given name or English word; not "Mr Howard" of "Howard Flight".)
            .or_else(|| {
                sole(&by_first, word, i).filter(|&j| {
                    name.titled_alone
                        && !someones_surname
                        && (!GIVEN_NAMES.contains(word)
                            || name.courtesy_alone
                                && SURNAMES.contains(word)
                                && !GIVEN_NAMES.contains(&names[j].words[1])
                                && !is_english_word(&names[j].words[1]))
                })
            })
            // "Sir Alex" of "Sir Alex Ferguson": a knight goes by the first name.
            .or_else(|| sole(&by_first, word, i).filter(|_| name.knighted_first_name))
            // The surname of a company named after a person ("Lilly" of "Eli Lilly").
            // (Typed an organization itself: "Wimpey said" of "George Wimpey".)
            .or_else(|| {
                sole(&by_founder, word, i).filter(|&j| {
                    (unknown
                        || name.kind == EntityKind::Organization
                            && GIVEN_NAMES.contains(&names[j].words[0])
                            && !is_english_word(&names[j].words[0]))
                        && !someones_surname
                })
            })
            // An organization's head word alone ("the Commission" of "European Commission");
            // a known name too when a place's name is all the rest ("United" of "Manchester
            // United", not of "United Airlines").
            .or_else(|| {
                sole(&by_head, word, i)
                    .or_else(|| sole(&by_head_of, word, i))
                    .filter(|&j| {
                        name.kind == EntityKind::Organization
                            && (!ORGANIZATIONS.contains(word)
                                || names[j].words.last().is_some_and(|w| w == word)
                                    && PLACES.contains(
                                        &names[j].words[..names[j].words.len() - 1].join(" "),
                                    ))
                    })
            })
            // The first name of one two-word person, if nobody has it as a surname and the
            // article makes that person one by more than the shape of the name.
            .or_else(|| {
                sole(&by_first, word, i).filter(|&j| {
                    (unknown || only_personal || name.after_kin && name.kind == EntityKind::Person)
                        && first_name
                        && !someones_surname
                        && names[j].evidence.person >= 3.0
                        // (A relative's first name joins a member of a family the article
                        // names: "his brother Mukesh" when two Ambanis are named.)
                        && (!name.after_kin
                            || names[j]
                                .words
                                .last()
                                .and_then(|w| by_last.get(w.as_str()))
                                .is_some_and(|family| family.len() >= 2))
                })
            })
            // A mixed-case acronym spells the small words too ("BoE" of "Bank of England"),
            // and one of four capitals or more may ("CBOT" of "Chicago Board of Trade").
            .or_else(|| sole(&by_all_initials, word, i).filter(|_| name.acronym_with_small_words))
            // An acronym of an organization's capitalized words (not a country: "US" of "US
            // Senate"; "S&P" of "Standard & Poor's" without its ampersand).
            .or_else(|| {
                let letters = if word.contains('&') {
                    std::borrow::Cow::Owned(word.replace('&', ""))
                } else {
                    std::borrow::Cow::Borrowed(word)
                };
                sole(&by_initials, letters.as_ref(), i).filter(|_| {
                    letters.len() >= 2
                        && letters.chars().all(|c| c.is_alphabetic())
                        && !COUNTRIES.contains(word)
                })
            });
    }
    // How many people of the article have each name as their last word.
    let surname_of: Vec<usize> = names
        .iter()
        .map(|name| by_last.get(name.key.as_str()).map_or(0, Vec::len))
        .collect();
    for (name, alias) in names.iter_mut().zip(aliases) {
        name.alias_of = alias;
    }
    // A titled surname that joined no full name goes with the same surname written otherwise,
    // unless that joined someone of the other gender.
    for i in 0..n {
        let Some(male) = names[i].titled_male else {
            continue;
        };
        if names[i].alias_of.is_some() {
            continue;
        }
        let same = (0..n).find(|&j| {
            j != i && names[j].key == names[i].key && {
                // (One of the two titled forms is the other's root: the lower index.)
                names[j].titled_male.is_none() || j < i
            }
        });
        if let Some(j) = same {
            let root = names[j].alias_of.unwrap_or(j);
            let other_gender = names[root].words.len() > 1
                && given_name_is_male(&names[root].words[0]) == Some(!male);
            if !other_gender {
                names[i].alias_of = Some(j);
            }
        }
    }
    // A surname several people of the article share joins none of them, but is a person's
    // ("Hendrix" of "Jimi Hendrix" and "Al Hendrix"), unless its own evidence says more.
    for (name, &people) in names.iter_mut().zip(&surname_of) {
        let e = &name.evidence;
        if people >= 2
            && name.words.len() == 1
            && name.alias_of.is_none()
            && (e.best_besides_team() < 5.0 || e.person >= e.best_besides_team())
        {
            name.kind = EntityKind::Person;
        }
    }
    // Short forms of organizations: "Meta" → "Meta Platforms Inc.".
    for i in 0..n {
        if names[i].alias_of.is_some()
            // A place is not a short form of an organization ("U.S." of "U.S. Treasury"),
            // except a team's city in a sports story ("Cleveland" of "Cleveland Indians").
            || names[i].kind == EntityKind::Location && PLACES.contains(&names[i].key) && !sporty
        {
            continue;
        }
        // (In a sports story a place is a team's short form, not an event's: "Sydney" of the
        // tournament "Sydney International".)
        let place = names[i].kind == EntityKind::Location && PLACES.contains(&names[i].key);
        let longest = by_prefix.get(&names[i].key).and_then(|longer| {
            longer
                .iter()
                .copied()
                .filter(|&j| j != i && extends(&names[i], &names[j]))
                .filter(|&j| !place || names[j].evidence.team > 0.0)
                .max_by_key(|&j| names[j].words.len())
        });
        // A person stays one, unless a given name alone is the first word of a known
        // organization of the article and nobody's surname ("Merrill said" of "Merrill
        // Lynch").
        let person = names[i].kind == EntityKind::Person && names[i].evidence.person >= 2.0;
        // (Nor of three words or more: "Monte dei Paschi" of "Monte dei Paschi di Siena".)
        let longest = longest.filter(|&j| {
            !person
                || names[i].words.len() >= 3
                || names[i].words.len() == 1
                    && GIVEN_NAMES.contains(&names[i].key)
                    && ORGANIZATIONS.contains(&names[j].key)
                    && surname_of[i] == 0
        });
        if let Some(j) = longest {
            names[i].alias_of = Some(j);
            names[i].kind = EntityKind::Organization;
        }
    }
    // Two rules may each make one form the other's alias ("Acme Co." the fuller form of
    // "Acme Co" by its legal suffix, "Acme Co" the first of the two written with the same
    // letters): a cycle has no root, and would drop every form. Its fullest form is the root.
    for i in 0..n {
        let mut path = vec![i];
        let mut k = i;
        while let Some(j) = names[k].alias_of {
            if let Some(at) = path.iter().position(|&p| p == j) {
                let root = *path[at..]
                    .iter()
                    .max_by_key(|&&p| (names[p].key.len(), std::cmp::Reverse(p)))
                    .unwrap_or(&j);
                names[root].alias_of = None;
                break;
            }
            path.push(j);
            k = j;
        }
    }
    // Follow chains to the root.
    for i in 0..n {
        let mut root = i;
        while let Some(j) = names[root].alias_of {
            root = j;
        }
        if root != i {
            names[i].alias_of = Some(root);
        }
    }
}

/// The keys of `index` that hold exactly one name, with that name.
fn singles(index: HashMap<String, Vec<usize>>) -> HashMap<String, usize> {
    index
        .into_iter()
        .filter_map(|(key, names)| match names.as_slice() {
            [one] => Some((key, *one)),
            _ => None,
        })
        .collect()
}

/// "amazon.com" → "amazon": a lower-cased name word ending in a web domain, and the name
/// before it.
fn web_domain(word: &str) -> Option<&str> {
    let (stem, tld) = word.rsplit_once('.')?;
    (!stem.is_empty() && is_top_level_domain(tld)).then_some(stem)
}

/// "st", "st.", "saint" (lower case): a saint's name opens with it ("St Dunstan's").
pub(crate) fn is_saint(word: &str) -> bool {
    matches!(word, "st" | "st." | "saint")
}

/// A company's name with its legal suffix in one form ("news corporation" and "news corp."
/// → "news corp"), if it ends in one.
fn legal_key(words: &[String]) -> Option<String> {
    let (last, rest) = words.split_last().filter(|(_, rest)| !rest.is_empty())?;
    let short = match last.trim_end_matches('.') {
        "corporation" | "corp" => "corp",
        "company" | "co" => "co",
        "incorporated" | "inc" => "inc",
        "limited" | "ltd" => "ltd",
        _ => return None,
    };
    Some(format!("{} {short}", rest.join(" ")))
}

/// The one organization whose name holds the full words of the known short form `word`
/// ("fed" → "US Federal Reserve"; `short_forms.txt`).
fn short_form_of(names: &[Name], word: &str) -> Option<usize> {
    let full: Vec<&str> = SHORT_FORMS.value(word)?.split(' ').collect();
    let holders: Vec<usize> = (0..names.len())
        .filter(|&j| {
            let name = &names[j];
            name.kind == EntityKind::Organization
                && name.key != word
                && holds_words(&name.words, &full)
        })
        .collect();
    // One holder, or names nested in the fullest ("Federal Reserve" in "US Federal
    // Reserve"), which the others join.
    let fullest = *holders.iter().max_by_key(|&&j| names[j].words.len())?;
    holders
        .iter()
        .all(|&j| holds_words(&names[fullest].words, &names[j].words))
        .then_some(fullest)
}

/// True when `part` stands in `words` as consecutive words.
/// The letters of `short` appear in `long` in order, the first letters the same ("utd" in
/// "united").
fn in_order(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().next() == long.chars().next() && short.chars().all(|c| rest.any(|l| l == c))
}

fn holds_words(words: &[String], part: &[impl AsRef<str>]) -> bool {
    words
        .windows(part.len())
        .any(|w| w.iter().zip(part).all(|(a, b)| a == b.as_ref()))
}

/// "Young-hoon", "Chun-yeh" (as written): an East Asian given name of two short syllables
/// joined by a hyphen, the second in lower case.
fn is_hyphenated_given_name(word: &str) -> bool {
    let mut parts = word.split('-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) => {
            (2..=5).contains(&a.len())
                && (2..=5).contains(&b.len())
                && a.starts_with(char::is_uppercase)
                && b.chars().all(|ch| ch.is_ascii_lowercase())
        }
        _ => false,
    }
}

/// The one name an index holds under `key`, if it is one other than `i`.
fn sole<K, Q>(index: &HashMap<K, Vec<usize>>, key: &Q, i: usize) -> Option<usize>
where
    K: std::borrow::Borrow<Q> + std::hash::Hash + Eq,
    Q: std::hash::Hash + Eq + ?Sized,
{
    match index.get(key).map(Vec::as_slice) {
        Some(&[j]) if j != i => Some(j),
        _ => None,
    }
}

/// True when `long` is `short` with more words that make it a fuller name of the same
/// organization, not another one ("Meta Platforms Inc." extends "Meta"; "Google DeepMind"
/// does not extend "Google").
fn extends(short: &Name, long: &Name) -> bool {
    let rest = &long.words[short.words.len()..];
    // A name of its own joined to another name by "and" ("Banque du Caire and Bank of
    // Alexandria") is not that longer run's short form ("Marks" of "Marks and Spencer" and
    // "AG Edwards" of "AG Edwards & Sons" are).
    if short.words.len() >= 2
        && rest.len() >= 3
        && rest.first().is_some_and(|w| w == "and" || w == "&")
    {
        return false;
    }
    // "Reserve Bank" of "Reserve Bank of Australia".
    let of_place = rest.len() >= 2 && rest[0] == "of" && PLACES.contains(&rest[1..].join(" "));
    let generic = of_place || rest.iter().all(|w| ends_organization(w));
    // ("Merrill" of "Merrill Lynch": a known organization claims a short form that is none;
    // "Apple" of "Apple Watch": a known organization is no short form of a longer name that
    // no head word or legal suffix closes, its product or unit.)
    let closed = long.words.last().is_some_and(|w| ends_organization(w));
    generic
        || !ORGANIZATIONS.contains(&long.key) && (closed || !ORGANIZATIONS.contains(&short.key))
        || !ORGANIZATIONS.contains(&short.key) && !PLACES.contains(&short.key)
}

/// "GlaxoSmithKline" → ("gsk", "glaxo"): the initials of a one-word name's capitalized parts
/// (two or more, each of three letters or more) and its first part.
fn camel_parts(text: &str) -> Option<(String, String)> {
    if !text.starts_with(|c: char| c.is_ascii_uppercase())
        || !text.chars().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 1..bytes.len() {
        if bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase() {
            parts.push(&text[start..i]);
            start = i;
        }
    }
    parts.push(&text[start..]);
    (parts.len() >= 2 && parts.iter().all(|p| p.len() >= 3)).then(|| {
        (
            parts
                .iter()
                .filter_map(|p| p.chars().next())
                .map(|c| c.to_ascii_lowercase())
                .collect(),
            parts[0].to_ascii_lowercase(),
        )
    })
}

/// "BoE", "MoD", "DfES": three to five letters, capitals at both ends, lower case between.
fn is_small_word_acronym(text: &str) -> bool {
    (3..=5).contains(&text.len())
        && text.chars().all(|c| c.is_ascii_alphabetic())
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.ends_with(|c: char| c.is_ascii_uppercase())
        && text.chars().any(|c| c.is_ascii_lowercase())
}

/// The initials of a name's words, the small words left out ("Bank of England" → "be").
fn initials(words: &[String]) -> String {
    initials_keeping(words, |_| false)
}

/// The initials of a name's words, with the words `whole` accepts kept whole ("ukip" of "uk
/// independence party").
fn initials_keeping(words: &[String], whole: impl Fn(&str) -> bool) -> String {
    if words.len() < 2 {
        return String::new();
    }
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "and" | "&" | "the" | "for" | "in"))
        .flat_map(|w| {
            let n = if whole(w) { w.len() } else { 1 };
            w.chars().take(n)
        })
        .collect()
}

/// Builds the entity lists from typed, merged names, adds heading mentions and roles.
fn build(doc: &Document, body: &[Candidate], headings: &[Candidate], names: &[Name]) -> Entities {
    // Group names under their roots.
    let mut roots: Vec<usize> = Vec::new();
    let mut root_of = vec![0usize; names.len()];
    for (i, n) in names.iter().enumerate() {
        let r = n.alias_of.unwrap_or(i);
        root_of[i] = r;
        if r == i {
            roots.push(i);
        }
    }
    let mut groups: HashMap<usize, Vec<Mention>> = HashMap::default();
    for (i, n) in names.iter().enumerate() {
        let g = groups.entry(root_of[i]).or_default();
        for &ci in &n.mentions {
            let c = &body[ci];
            g.push(Mention {
                span: c.span,
                sentence: c.sentence,
            });
        }
    }
    // Heading mentions: sub-runs that equal a known name, or a well-known place or
    // organization.
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    // A person's surname names them in a heading too ("Zuckerberg’s AI-First Future").
    let mut surnames: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, n) in names.iter().enumerate() {
        if n.kind == EntityKind::Person && n.words.len() >= 2 && n.alias_of.is_none() {
            let last = n.words.last().map_or("", String::as_str);
            surnames.entry(last).or_default().push(i);
        }
    }
    for (surname, people) in surnames {
        if let [one] = people.as_slice() {
            by_key.insert(surname, *one);
        }
    }
    for (i, n) in names.iter().enumerate() {
        by_key.insert(n.key.as_str(), root_of[i]);
    }
    // A company's name without its legal suffix names it in a heading ("Sumitomo" of
    // "Sumitomo Corp"), unless the body names that too.
    let mut unsuffixed: HashMap<String, Vec<usize>> = HashMap::default();
    for &r in &roots {
        if let [rest @ .., last] = names[r].words.as_slice()
            && names[r].kind == EntityKind::Organization
            && !rest.is_empty()
            && ORG_SUFFIXES.contains(last.trim_end_matches('.'))
        {
            unsuffixed.entry(rest.join(" ")).or_default().push(r);
        }
    }
    let unsuffixed = singles(unsuffixed);
    // An organization's acronym names it in a heading ("LME copper slides" of "London Metal
    // Exchange"), three letters or more, one organization's only, no name of its own.
    let mut acronyms: HashMap<String, Vec<usize>> = HashMap::default();
    for &r in &roots {
        if names[r].kind == EntityKind::Organization {
            let letters = initials(&names[r].words);
            if letters.len() >= 3 && letters.chars().all(|c| c.is_ascii_alphabetic()) {
                acronyms.entry(letters).or_default().push(r);
            }
        }
    }
    let mut acronyms = singles(acronyms);
    acronyms.retain(|letters, _| {
        !by_key.contains_key(letters.as_str())
            && !ORGANIZATIONS.contains(letters)
            && !PLACES.contains(letters)
    });
    let mut extra: Vec<(Mention, EntityKind, String)> = Vec::new();
    for h in headings {
        let toks = &doc.sentence_tokens(h.sentence)[h.first..h.last];
        let mut i = 0;
        while i < toks.len() {
            let mut found = None;
            for j in (i + 1..=toks.len()).rev() {
                let span = Span::new(toks[i].span.start, toks[j - 1].span.end);
                let key = key_of(doc.slice(span));
                // ("Fed chief warning on US deficit" of "Federal Reserve".)
                let capitals = j == i + 1 && span.len() >= 3 && is_capitals(doc.slice(span));
                if let Some(r) = by_key
                    .get(key.as_str())
                    .copied()
                    .or_else(|| short_form_of(names, &key).map(|j| root_of[j]))
                    .or_else(|| capitals.then(|| acronyms.get(&key).copied()).flatten())
                    .or_else(|| unsuffixed.get(&key).copied())
                {
                    found = Some((j, span, Some(r), key));
                    break;
                }
                if ORGANIZATIONS.contains(&key) || PLACES.contains(&key) {
                    found = Some((j, span, None, key));
                    break;
                }
            }
            match found {
                Some((j, span, Some(r), _)) => {
                    groups.entry(r).or_default().push(Mention {
                        span,
                        sentence: h.sentence,
                    });
                    i = j;
                }
                Some((j, span, None, key)) => {
                    let kind = if PLACES.contains(&key) {
                        EntityKind::Location
                    } else {
                        EntityKind::Organization
                    };
                    if !NATIONALITIES.contains(&key) {
                        extra.push((
                            Mention {
                                span,
                                sentence: h.sentence,
                            },
                            kind,
                            key,
                        ));
                    }
                    i = j;
                }
                None => i += 1,
            }
        }
    }
    // Entities.
    let mut list: Vec<(usize, Entity)> = Vec::new();
    for &r in &roots {
        let mut mentions = groups.remove(&r).unwrap_or_default();
        mentions.sort_by_key(|m| m.span);
        mentions.dedup();
        if mentions.is_empty() {
            continue;
        }
        list.push((mentions[0].span.start, entity(doc, names[r].kind, mentions)));
    }
    let mut by_heading_key: HashMap<String, usize> = HashMap::default();
    for (m, kind, key) in extra {
        if let Some(&i) = by_heading_key.get(&key) {
            list[i].1.mentions.push(m);
            continue;
        }
        by_heading_key.insert(key, list.len());
        list.push((m.span.start, entity(doc, kind, vec![m])));
    }
    list.sort_by_key(|(start, _)| *start);
    let mut out = Entities::default();
    for (_, mut e) in list {
        e.mentions.sort_by_key(|m| m.span);
        match e.kind {
            EntityKind::Person => out.people.push(e),
            EntityKind::Organization => out.organizations.push(e),
            EntityKind::Location => out.locations.push(e),
        }
    }
    out.index_mentions();
    super::roles::assign(doc, body, &mut out);
    out
}

fn entity(doc: &Document, kind: EntityKind, mentions: Vec<Mention>) -> Entity {
    let capitals = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    let mut forms: Vec<&str> = Vec::new();
    for m in &mentions {
        let t = doc.slice(m.span);
        match forms.iter().position(|f| key_of(f) == key_of(t)) {
            None => forms.push(t),
            // ("FRANCE" of a heading in capitals, then "France": the form as the body writes
            // it; not an acronym's, "UK" then "Uk".)
            Some(i) if forms[i].len() > 4 && capitals(forms[i]) && !capitals(t) => forms[i] = t,
            Some(_) => {}
        }
    }
    // The fullest form: most words, then most characters, then first seen; prefer a form
    // that is not all capitals, nor the plural of a known company's name ("Saabs", its
    // cars, of "Saab").
    let cars = |s: &str| {
        let key = key_of(s);
        key.strip_suffix('s')
            .is_some_and(|one| ORGANIZATIONS.contains(one) && !ORGANIZATIONS.contains(&key))
    };
    let score = |s: &str| {
        (
            s.split_whitespace().count(),
            !cars(s),
            !capitals(s) || s.len() <= 4,
            s.len(),
        )
    };
    // (Compared, not keyed: most entities have one form, and then no score is built.)
    let name = forms
        .iter()
        .copied()
        .max_by(|a, b| score(a).cmp(&score(b)))
        .unwrap_or_default()
        .to_string();
    let aliases = forms
        .iter()
        .filter(|f| key_of(f) != key_of(&name))
        .map(|f| f.to_string())
        .collect();
    Entity {
        kind,
        name,
        aliases,
        mentions,
        roles: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected entities as `P:name`, `O:name`, `L:name`: people, then organizations, then
    /// places, each in order of first mention.
    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let doc = Document::parse(text);
        let e = entities(&doc);
        let mut got = Vec::new();
        for (prefix, list) in [
            ("P", &e.people),
            ("O", &e.organizations),
            ("L", &e.locations),
        ] {
            got.extend(list.iter().map(|x| format!("{prefix}:{}", x.name)));
        }
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn finding_names() {
        let cases: &[(&str, &[&str])] = &[
            ("The Bank of England held rates.", &["O:Bank of England"]),
            ("He advised GenAI for Ads on pricing.", &["O:GenAI for Ads"]),
            (
                "Shares in the National Company for Gulf Insurance rose on Monday.",
                &["O:National Company for Gulf Insurance"],
            ),
            (
                "Marsh & McLennan bought the broker.",
                &["O:Marsh & McLennan"],
            ),
            ("Customers of AT&T complained.", &["O:AT&T"]),
            (
                "Yet aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says fares \
                 will rise.",
                &["P:Mike Powell", "O:Dresdner Kleinwort Wasserstein"],
            ),
            (
                "Mr Bondi sued Morgan Stanley, its former banker, to recover the money.",
                &["P:Bondi", "O:Morgan Stanley"],
            ),
            // A possessive that belongs to a known name.
            (
                "Moody's cut the rating. Standard & Poor's and Fitch did not, and McDonald's \
                 sales rose.",
                &[
                    "O:Moody's",
                    "O:Standard & Poor's",
                    "O:Fitch",
                    "O:McDonald's",
                ],
            ),
            // … and goes on into the company's full name: ordinary words ending in a head
            // word or a legal suffix.
            (
                "Moody's Investors Service cut the rating. Shares in McDonald's Corp rose, \
                 and Moody's said more.",
                &["O:Moody's Investors Service", "O:McDonald's Corp"],
            ),
            // A title word before a name its head word ends is the name's.
            (
                "Two passengers were taken to Leeds General Infirmary. Sgt Claire Whitworth, \
                 of the force's Major Collision Enquiry Team, spoke.",
                &[
                    "P:Claire Whitworth",
                    "O:Leeds General Infirmary",
                    "O:Major Collision Enquiry Team",
                ],
            ),
            // A known name, then a given name and a legal suffix: one company.
            (
                "Shares of Maruti Suzuki India Ltd rose, and Toyota India Corp. fell.",
                &["O:Maruti Suzuki India Ltd", "O:Toyota India Corp."],
            ),
            // A possessive before the head word of an institution that ends the name is the
            // name's; before another head ("Nigeria's Senate") or more words it is not.
            (
                "She was taken to Addenbrooke's Hospital, then Boston Children's Hospital. \
                 Nigeria's Senate met, and Britain's Royal College of Nursing objected.",
                &[
                    "O:Addenbrooke's Hospital",
                    "O:Boston Children's Hospital",
                    "O:Senate",
                    "O:Royal College of Nursing",
                    "L:Nigeria",
                    "L:Britain",
                ],
            ),
            // A company named after people, by what the text says of it.
            (
                "Lena Marsh, from Sal Oppenheim investment bank, spoke.",
                &["P:Lena Marsh", "O:Sal Oppenheim"],
            ),
            (
                "Marlow Haig's chief medical officer Ann Breier spoke.",
                &["P:Ann Breier", "O:Marlow Haig"],
            ),
            (
                "The winner will work with the Iraqi Telecommunications and Post Company (ITPC).",
                &["O:Iraqi Telecommunications and Post Company"],
            ),
            // An acronym of the organization's own language.
            (
                "The Human Rights Association (IHD) said the student died. An IHD lawyer \
                 filed a complaint against the Kurdistan Workers Party (PKK).",
                &["O:Human Rights Association", "O:Kurdistan Workers Party"],
            ),
            (
                "He works at the Food and Agricultural Policy Research Institute in Missouri.",
                &[
                    "O:Food and Agricultural Policy Research Institute",
                    "L:Missouri",
                ],
            ),
            (
                "Delta Air Lines and Hawthorn Airlines cut fares.",
                &["O:Delta Air Lines", "O:Hawthorn Airlines"],
            ),
            // Nor does "and" after a known organization's whole name; a ticker's exchange
            // letter is no name.
            (
                "Goldman Sachs and Centerview Partners advise Harbor Pharmaceuticals Inc \
                 (HRB.N). Shares of Kelvin Biosciences (KLVN.O) rose.",
                &[
                    "O:Goldman Sachs",
                    "O:Centerview Partners",
                    "O:Harbor Pharmaceuticals Inc",
                    "O:Kelvin Biosciences",
                ],
            ),
            // The last "and" of a list joins no two names into one.
            (
                "Shares in Delta, Keltora and Harbour Airlines fell.",
                &["O:Delta", "O:Keltora", "O:Harbour Airlines"],
            ),
            (
                "KeyCorp and Banc One Corp. raised rates.",
                &["O:KeyCorp", "O:Banc One Corp."],
            ),
            (
                "It bought Ogilvy & Mather and Cordiant Communications, then Young & Rubicam.",
                &[
                    "O:Ogilvy & Mather",
                    "O:Cordiant Communications",
                    "O:Young & Rubicam",
                ],
            ),
            ("The Multi-Fibre Agreement ends on Friday.", &[]),
            // Newspapers and stations: a weekday or a sentence start does not hide them.
            ("The Sunday Herald quoted a friend.", &["O:Sunday Herald"]),
            (
                "Liberte newspaper said the bomb was hidden.",
                &["O:Liberte"],
            ),
            (
                "A police officer told Radio Nova the group was armed.",
                &["O:Radio Nova"],
            ),
            // "in" continues a name when its acronym spells the place too.
            (
                "The Organisation for Security and Cooperation in Europe (OSCE) sent monitors. \
                 The OSCE said more would follow.",
                &["O:Organisation for Security and Cooperation in Europe"],
            ),
            // So does "of" after a word that heads nothing ("Tigers").
            (
                "Guerrillas of the Liberation Tigers of Tamil Eelam (LTTE) attacked. The LTTE \
                 made no comment.",
                &["O:Liberation Tigers of Tamil Eelam"],
            ),
            (
                "The Institute for Fiscal Studies in London (IFS) said taxes would rise.",
                &["O:Institute for Fiscal Studies", "L:London"],
            ),
            (
                "It bought Daniels Pharmaceuticals Inc of St. Petersburg, Fla., in August.",
                &[
                    "O:Daniels Pharmaceuticals Inc",
                    "L:St. Petersburg",
                    "L:Fla.",
                ],
            ),
            // A headline written as a sentence only mentions names the body knows.
            (
                "Fact Check: If Obama Says It, It’s True.\n\nPresident Barack Obama spoke on Monday.",
                &["P:Barack Obama"],
            ),
            (
                // (Too short to read as a sports story: the county is a place.)
                "Glamorgan 259 and 207 (A. Dale 69, H. Morris 69).",
                &["P:A. Dale", "P:H. Morris", "L:Glamorgan"],
            ),
            (
                "Soccer league standings after Saturday's matches (played, won, drawn, lost, goals for, goals against, points):\n\nNorwich 4 3 0 1 5 3 9\n\nTranmere 4 2 1 1 6 4 7",
                &["O:Norwich", "O:Tranmere"],
            ),
            // A one-word given name heading a standings row is a club.
            (
                "Russian league results on Sunday; the season has two weeks left.\n\nLeague standings (played, won, drawn, lost, goals, points):\n\nSpartak 3 1 1 1 3 3 4",
                &["O:Spartak"],
            ),
            // Bylines and signatures vouch for a name by their form.
            (
                "Oil prices steady\n\nLarry Fine\n\nNEW YORK 1996-08-30\n\nOil prices held steady on Friday.\n\n-- Harry Milling, New York Energy Desk, +1 212 859 1761",
                &[
                    "P:Larry Fine",
                    "P:Harry Milling",
                    "O:New York Energy Desk",
                    "L:NEW YORK",
                ],
            ),
            // A sign-off line with a telephone number: the desk is an organization, a name
            // before the number a person's, a lower-case "newsroom" leaves its city a place.
            (
                "Shares fell on Friday.\n\n-- Oslo Newsroom +47 22 93 69 00",
                &["O:Oslo Newsroom"],
            ),
            (
                "Shares fell on Friday.\n\n-- Dana Whitlow +47 22 93 69 00",
                &["P:Dana Whitlow"],
            ),
            (
                "Shares fell on Friday.\n\n-- Ivo Brankovic, Zagreb newsroom +385 1 555 0101",
                &["P:Ivo Brankovic", "L:Zagreb"],
            ),
            (
                "Shares fell on Friday.\n\n-- Amra Kovac, Zagreb newsroom +385 1 555 0101",
                &["P:Amra Kovac", "L:Zagreb"],
            ),
            (
                "Ratings rose.\n\n- For the full interview tune in this Sunday, 2340 on BBC Two",
                &["O:BBC"],
            ),
            (
                "Fares rose.\n\n-- Sea Freight Newsroom Tel+44 20 7555 0101 Fax +44 20 7555 0102",
                &["O:Sea Freight Newsroom"],
            ),
            (
                "She starred in “Ice Cold in Alex” and the “Strike Hard” campaign in China.",
                &["L:China"],
            ),
            (
                "Tariq Aziz spoke, the official Iraqi News Agency reported. Salomon Bros. and the International Red Cross declined to comment, Le Matin newspaper said.",
                &[
                    "P:Tariq Aziz",
                    "O:Iraqi News Agency",
                    "O:Salomon Bros.",
                    "O:International Red Cross",
                    "O:Le Matin",
                ],
            ),
            (
                "The Prime Minister met the Home Secretary and the Lord Chancellor.",
                &[],
            ),
            ("Critics of the US President spoke.", &["L:US"]),
            (
                "Critics of U.S. President Bill Clinton spoke.",
                &["P:Bill Clinton", "L:U.S."],
            ),
            (
                "Parliament wants Turkcell's stake cut. Turkcell said the ruling was unfair.",
                &["O:Parliament", "O:Turkcell"],
            ),
            // One unknown word that speaks, however often, is no person by that alone.
            (
                "Euronext said it would bid. Euronext said the offer was fair. Euronext said no more.",
                &["O:Euronext"],
            ),
            ("\"Sluggish demand continues,\" the airline said.", &[]),
            (
                "Assistant Secretary of State Maria Lopez flew to Sarajevo.",
                &["P:Maria Lopez", "L:Sarajevo"],
            ),
            (
                "Officials of the Bank of Finland Thursday denied the report.",
                &["O:Bank of Finland"],
            ),
            // "and" inside "X of A and B" continues the name, unless A is a place.
            (
                "The Ministry of Trade and Industry approved the sale.",
                &["O:Ministry of Trade and Industry"],
            ),
            (
                "The Center for Strategic and Maritime Studies published the survey.",
                &["O:Center for Strategic and Maritime Studies"],
            ),
            (
                "The Bank of England and Barclays declined to comment.",
                &["O:Bank of England", "O:Barclays"],
            ),
            (
                "It hired Jean-Claude Juncker as an adviser.",
                &["P:Jean-Claude Juncker"],
            ),
            (
                "A painting by Vincent van Gogh was sold.",
                &["P:Vincent van Gogh"],
            ),
            // Two particles in a row: "van der", "de la".
            (
                "Their scrum-half Joost van der Westhuizen scored the opening try.",
                &["P:Joost van der Westhuizen"],
            ),
            (
                "The painter Oscar de la Renta attended.",
                &["P:Oscar de la Renta"],
            ),
            // An industry's noun names a company ("miner Barrick Gold"), also opening the
            // sentence ("Miner Highland Gold").
            (
                "Miner Highland Gold said it regretted the decision.",
                &["O:Highland Gold"],
            ),
            (
                "Rivals include miner Barrick Gold and carmaker Tata Motors.",
                &["O:Barrick Gold", "O:Tata Motors"],
            ),
            (
                "Shares in drugmaker Elan Pharma and brewer Castle Lager rose.",
                &["O:Elan Pharma", "O:Castle Lager"],
            ),
            (
                "Upscale department store Nordstrom said sales rose.",
                &["O:Nordstrom"],
            ),
            // An English plural ends no person's name of three words (two may be a given
            // name and a surname like one).
            (
                "The factories were Leisure Garments, Precious Six Garments and Lesotho Hats. \
                 Steve Jobs and William Gallas agreed.",
                &[
                    "P:Steve Jobs",
                    "P:William Gallas",
                    "O:Leisure Garments",
                    "O:Precious Six Garments",
                    "O:Lesotho Hats",
                ],
            ),
            // Two particles apart name a body, whatever word opens it; its first words are
            // its short form.
            (
                "Shares in Banca Nazionale del Lavoro and Monte dei Paschi di Siena rose. Monte \
                 dei Paschi said so.",
                &[
                    "O:Banca Nazionale del Lavoro",
                    "O:Monte dei Paschi di Siena",
                ],
            ),
            // A club's word in another language opens its name.
            (
                "Real Madrid took a point from a draw at fellow title contenders Deportivo \
                 Coruna.",
                &["O:Real Madrid", "O:Deportivo Coruna"],
            ),
            // A list the name opens is no apposition.
            (
                "The regulator has filed complaints against media giant Vivendi Universal, its \
                 boss and another top executive.",
                &["O:Vivendi Universal"],
            ),
            // A name of several words after a determiner that speaks is no one's.
            (
                "“The ban must stand,” the League Against Cruel Sports said.",
                &["O:League Against Cruel Sports"],
            ),
            // A body's noun before the role it qualifies heads no apposition.
            (
                "\"The shares are cheap,\" said KK Mittal, a fund manager with Escorts Mutual \
                 Fund.",
                &["P:KK Mittal", "O:Escorts Mutual Fund"],
            ),
            // A title of several words before a name after the comma is that name's.
            (
                "In neighbouring India, Tamil Nadu Chief Minister M. Karunanidhi urged talks.",
                &["P:M. Karunanidhi", "L:India", "L:Tamil Nadu"],
            ),
            // A verb after a comma opens no apposition.
            (
                "One of the minister's deputies, Mahendra Siregar, told AFP news agency that \
                 talks go on.",
                &["P:Mahendra Siregar", "O:AFP"],
            ),
            // A speech verb's object that "which" describes is no speaker.
            (
                "Reports say Standard Life, which owns a 1% stake in Deutsche Boerse, may seek \
                 a vote.",
                &["O:Standard Life", "O:Deutsche Boerse"],
            ),
            // "said ABN Amro's Eddie Wong": the speaker is the person after the possessive; the
            // possessor is where the speaker works.
            (
                "\"It will take time,\" said ABN Amro's Eddie Wong.",
                &["P:Eddie Wong", "O:ABN Amro"],
            ),
            (
                "\"Demand is soft,\" said Drayton Quill's Peter Hall.",
                &["P:Peter Hall", "O:Drayton Quill"],
            ),
            // Kin after a possessive: the possessor is a person ("Wang's family").
            (
                "Officers told Osipenko's family that the trial would open in May.",
                &["P:Osipenko"],
            ),
            (
                "Reporters later met Karsavina's widower and two sons.",
                &["P:Karsavina"],
            ),
            // A compass word before a place names a place ("South Australia").
            (
                "The Olympic mine in South Australia holds copper and uranium.",
                &["L:South Australia"],
            ),
            // A name before "shares" or "stock" is a company's, even after "in".
            (
                "Investors bought $3bn in Metlife stock and more in Vantora shares.",
                &["O:Metlife", "O:Vantora"],
            ),
            // An adjective and a nationality opening the sentence are no part of the name.
            (
                "Controversial Australian Anthony Hill called his rival a cheat.",
                &["P:Anthony Hill"],
            ),
            // "Jan" before a name is a given name, not January.
            (
                "Their goal came from Jan Allan Mueller in the 60th minute.",
                &["P:Jan Allan Mueller"],
            ),
            // Arabic "al-" and Swahili "wa" inside names.
            (
                "President Zine al-Abidine Ben Ali met the engineer Rami al-Saadani on Monday.",
                &["P:Zine al-Abidine Ben Ali", "P:Rami al-Saadani"],
            ),
            // Alone, the article opens a known name or a pair of such words, no other; and no
            // given name "Al".
            (
                "Members of the militant group al-Gama'a al-Islamiya met at the al-Aqsa mosque \
                 and denied links to al-Qaeda.",
                &["O:al-Gama'a al-Islamiya", "O:al-Qaeda"],
            ),
            (
                "Prime Minister Kengo wa Dondo said the talks were over.",
                &["P:Kengo wa Dondo"],
            ),
            // A Korean or Chinese given name in two syllables joined by a hyphen.
            (
                "The envoy wrote to Kang Young-hoon and Lee Teng-hui.",
                &["P:Kang Young-hoon", "P:Lee Teng-hui"],
            ),
            // Accents folded ("Gdansk" for Gdańsk) and English names of cities ("Cologne").
            (
                "The minister flew from Gdansk to Cologne and on to Venice.",
                &["L:Gdansk", "L:Cologne", "L:Venice"],
            ),
            // A company named after a person is also called by the surname ("Lilly" of "Eli
            // Lilly"); a person by the first name ("Jansher" of "Jansher Khan", "Wang" of "Wang
            // Donghai").
            (
                "The drugs group Eli Lilly plans cuts, and Eli Lilly's finance director John Roe agreed. Lilly makes insulin.",
                &["P:John Roe", "O:Eli Lilly"],
            ),
            (
                "Anthony Hill called Jansher Khan a cheat. Jansher's return was good, the referee said.",
                &["P:Anthony Hill", "P:Jansher Khan"],
            ),
            // A title word that is the surname of a person named in full is that person
            // ("King" of "Billie Jean King"); alone it names no one.
            (
                "Captain Billie Jean King picked the team. \"We need her,\" King said.",
                &["P:Billie Jean King"],
            ),
            ("\"We need her,\" the King said.", &[]),
            // A portfolio before "Minister" is part of the title.
            (
                "The consortium will inform Privatisation Minister Wieslaw Kaczmarek on Monday.",
                &["P:Wieslaw Kaczmarek"],
            ),
            // A plural possessive before an organization's head word stays in the name.
            (
                "The Toronto Bond Traders' Association said trading would end early.",
                &["O:Toronto Bond Traders' Association"],
            ),
            (
                "Rebels of the Kurdistan Workers' Party attacked a post.",
                &["O:Kurdistan Workers' Party"],
            ),
            // Time zones are no names.
            ("Dealings end at 1400 EDT on Friday.", &[]),
            // (Not the party's spokesman: "the Lib Dems' Treasury spokesman".)
            (
                "The Greens' Treasury spokesman John Roe disagreed.",
                &["P:John Roe", "O:Greens", "O:Treasury"],
            ),
            // Foreign words for exchange and bank name organizations.
            (
                "Deutsche Boerse told Reuters it would bid, and Banco Sabadell agreed.",
                &["O:Deutsche Boerse", "O:Reuters", "O:Banco Sabadell"],
            ),
            // A gerund opening the sentence is no part of a name.
            (
                "Buying Worldcom would cost Verizon $6.7bn.",
                &["O:Worldcom", "O:Verizon"],
            ),
            // Airlines, agencies, newspapers and foundations by their words.
            (
                "For its part, Air Deccan, set up in 2003, said fares would fall.",
                &["O:Air Deccan"],
            ),
            (
                "On Tuesday, Agence France Presse reported that the deal was near.",
                &["O:Agence France Presse"],
            ),
            (
                "Its business section, Financial Mail, said the plan would fail.",
                &["O:Financial Mail"],
            ),
            (
                "He set up the Soros Foundation-Kazakhstan in 1995.",
                &["O:Soros Foundation-Kazakhstan"],
            ),
            ("It was investigated by the Liberian authorities.", &[]),
            (
                "Air China plans a listing, and air travel is booming in China.",
                &["O:Air China", "L:China"],
            ),
            (
                "A police commander told Radio Red the group was armed.",
                &["O:Radio Red"],
            ),
            // Two capitals and an English noun name a company ("LG Card"), not "JP McManus".
            (
                "LG Card was rescued, and JP McManus sold his stake.",
                &["P:JP McManus", "O:LG Card"],
            ),
            // A hyphenated adjective opening the sentence is no part of the name.
            (
                "Trouble-hit Mitsubishi Motors agreed a deal.",
                &["O:Mitsubishi Motors"],
            ),
            (
                "Jeweller Zale said sales rose, helped by US-German trade and tourists in Washington DC.",
                &["O:Zale", "L:Washington DC"],
            ),
            // In a sports story a club named after its city, before a position and a name.
            (
                "Leicester winger Leon Lloyd scored twice as the league leaders won the match. The coach praised his side's second-half defence and the goal.",
                &["P:Leon Lloyd", "O:Leicester"],
            ),
            // Counties are places, but in a cricket scorecard a county's innings is its club's.
            (
                "Devon and Cornwall will lose 200 jobs, the union said.",
                &["L:Devon", "L:Cornwall"],
            ),
            (
                "Cricket: Nottinghamshire 214 (P. Johnson 84; M. McCague 4-55), Kent 108-3. \
                 Kent beat Sussex by five wickets after a fine innings. Sussex 363 and 174 \
                 (W. Athey 111). The match resumes on Monday after rain stopped play in the \
                 championship.",
                &[
                    "P:P. Johnson",
                    "P:M. McCague",
                    "P:W. Athey",
                    "O:Nottinghamshire",
                    "O:Kent",
                    "O:Sussex",
                ],
            ),
            // "Chancellor of the Exchequer": an office after "of the" belongs to the title.
            (
                "Chancellor of the Exchequer Gordon Brown said growth would be strong.",
                &["P:Gordon Brown"],
            ),
            (
                "The Secretary of the Treasury John Snow met the Bank of England governor.",
                &["P:John Snow", "O:Bank of England"],
            ),
            // "Sun" is rather the newspaper than Sunday; a club of a country opening the
            // sentence is a name ("Benetton of Italy").
            (
                "Frank Bruno quit the ring, Britain's Sun newspaper reported.",
                &["P:Frank Bruno", "O:Sun", "L:Britain"],
            ),
            (
                "Benetton of Italy beat Dinamo of Russia 92-81 in the basketball tournament.",
                &["O:Benetton", "O:Dinamo", "L:Italy", "L:Russia"],
            ),
            // A place before a country's word is no organization ("any US carrier"); a place
            // and one English noun name a company ("UK Coal").
            (
                "It was worth more than any US carrier, and UK Coal said output fell.",
                &["O:UK Coal", "L:US"],
            ),
            // Capitalized English words alone make no person ("Land Registry").
            (
                "Figures from the Land Registry and the Takeover Panel showed a fall.",
                &["O:Land Registry", "O:Takeover Panel"],
            ),
            (
                "The Coral Consortium includes Philips, and games maker Valve agreed.",
                &["O:Coral Consortium", "O:Philips", "O:Valve"],
            ),
            ("Carmaker Rover has patched its servers.", &["O:Rover"]),
            (
                "Prices fell, the Royal Institute of Chartered Surveyors found.",
                &["O:Royal Institute of Chartered Surveyors"],
            ),
            // A person noun opening the sentence is no part of the name.
            (
                "Actor Rodrigo de la Serna plays the young revolutionary.",
                &["P:Rodrigo de la Serna"],
            ),
            // Given names beyond the US Census lists.
            (
                "He met Vladimir Putin and Mikhail Khodorkovsky on Monday.",
                &["P:Vladimir Putin", "P:Mikhail Khodorkovsky"],
            ),
            (
                "The reform was drafted by Jacques Delors and Andriy Shevchenko.",
                &["P:Jacques Delors", "P:Andriy Shevchenko"],
            ),
            ("The fund opened an office in Abu Dhabi.", &["L:Abu Dhabi"]),
            (
                "Shares in OpenAI and DeepMind were discussed.",
                &["O:OpenAI", "O:DeepMind"],
            ),
            ("Sellers on eBay reported a rise.", &["O:eBay"]),
            (
                "IBM and CNBC said the FCA had acted.",
                &["O:IBM", "O:CNBC", "O:FCA"],
            ),
            ("Growth in the U.S. slowed.", &["L:U.S."]),
            // A dotted acronym keeps its last period at the end of a sentence too.
            ("Growth slowed in the U.S.", &["L:U.S."]),
            (
                "Former President George W. Bush spoke.",
                &["P:George W. Bush"],
            ),
            ("J.K. Rowling signed copies.", &["P:J.K. Rowling"]),
            (
                "Zuckerberg’s plan drew praise from Mark Zuckerberg’s allies.",
                &["P:Mark Zuckerberg"],
            ),
            (
                "Meta’s shares rose after Meta Platforms Inc. reported.",
                &["O:Meta Platforms Inc."],
            ),
            ("Toronto-based Shopify grew.", &["O:Shopify", "L:Toronto"]),
            (
                "The California-based company hired staff.",
                &["L:California"],
            ),
            (
                "Analysts at Morgan Stanley and Goldman Sachs disagreed.",
                &["O:Morgan Stanley", "O:Goldman Sachs"],
            ),
            (
                "The Securities and Exchange Commission opened an inquiry.",
                &["O:Securities and Exchange Commission"],
            ),
            (
                "Officials at the US Food and Drug Administration agreed.",
                &["O:US Food and Drug Administration"],
            ),
            (
                "It listed on the London Stock Exchange.",
                &["O:London Stock Exchange"],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn capitals_that_name_nothing() {
        let cases: &[(&str, &[&str])] = &[
            // An English word opening the sentence before a trade noun is no name, though a
            // longer name holds it.
            (
                "Life insurer Axa Sun Life has cut bonus payments.",
                &["O:Axa Sun Life"],
            ),
            // A month opens no name ("July" is no given name); a revolution is an event.
            (
                "The bias set at the July FOMC meeting held. The Cultural Revolution ended.",
                &["O:FOMC"],
            ),
            // Medicines: after a plural product noun, listed, or before "drug".
            (
                "GlaxoSmithKline's copies of anti-depressants Paxil and Wellbutrin hurt. \
                 AstraZeneca had hoped to pitch its Iressa drug against rivals.",
                &["O:GlaxoSmithKline", "O:AstraZeneca"],
            ),
            // A world war is an event; "Treasuries" are bonds.
            (
                "In World War Two the airforce bombed London. Bonds fell after the sharp drop in \
                 Treasuries.",
                &["L:London"],
            ),
            // "Nazi" qualifies; it names no body.
            (
                "His parents fled the Nazi threat to come to the UK.",
                &["L:UK"],
            ),
            // A time zone after the time opens no name.
            (
                "Shares in Carnival fell. By 1300 GMT Carnival's shares in London were down.",
                &["O:Carnival", "L:London"],
            ),
            // Bullet lines of sums are no wire's sign-off with a telephone number.
            (
                "He set out the budget.\n\n- Increased spending on health to 102.8bn rupees \
                 ($2.35bn) \n - Pledged 102.16bn rupees ($2.3bn) for tsunami victims \n\nMore \
                 followed.",
                &[],
            ),
            // An English word opening the sentence before a known organization or an acronym
            // the article writes inside its sentences (not a place's club: "(Harrow AC)").
            (
                "The EU has asked for talks. New EU trade commissioner Peter Mandelson spoke. \
                 Rival Sony cut prices. Walt Disney settled. Winners: J Mayock (Harrow AC).",
                &[
                    "P:Peter Mandelson",
                    "P:J Mayock",
                    "O:EU",
                    "O:Sony",
                    "O:Walt Disney",
                    "O:Harrow AC",
                ],
            ),
            ("Despite the layoffs, hiring went on.", &[]),
            // The followers of a faith or people of a nationality after a country are no
            // name, the country is (a city's team is); nor is a language joined to a noun.
            (
                "The law worried UK Muslims. It prints an English-language edition. The \
                 Cleveland Indians baseball team won.",
                &["O:Cleveland Indians", "L:UK"],
            ),
            // "International" ends an organization's name; in a sports story a place is a
            // team's short form, not an event's.
            (
                "Contrack International, of Arlington, Virginia, leads the group. Contrack said \
                 the work could not be done.",
                &["O:Contrack International", "L:Arlington", "L:Virginia"],
            ),
            (
                "Lleyton Hewitt beat Ivo Minar 7-5 6-0 in the final of the Sydney \
                 International. The champion will defend his title in Sydney next year.",
                &[
                    "P:Lleyton Hewitt",
                    "P:Ivo Minar",
                    "O:Sydney International",
                    "L:Sydney",
                ],
            ),
            // A given name Webster's lists as a word ("goran") still opens a person's name: a
            // player beaten is no team.
            (
                "Top seed Pete Sampras of the United States beat Goran Ivanisevic of Croatia \
                 6-7 7-6 6-4 on Saturday to reach the final. Goran served well.",
                &[
                    "P:Pete Sampras",
                    "P:Goran Ivanisevic",
                    "L:United States",
                    "L:Croatia",
                ],
            ),
            // In a sports story, a town in a sentence giving a score is a side, unless it is
            // where the match was played; a town is no "who".
            (
                "Newcastle, who had led the table for much of the autumn, were held 1-1 at \
                 home by Coventry. Liverpool went top of the league after a 3-1 win over \
                 Middlesbrough at Anfield, Fowler scored twice. The tour of the season moves to \
                 Istanbul, Turkey \
                 from 10-13 February.",
                &[
                    "O:Newcastle",
                    "O:Coventry",
                    "O:Liverpool",
                    "O:Middlesbrough",
                    "L:Anfield",
                    "L:Istanbul",
                    "L:Turkey",
                ],
            ),
            // "Government" ends an organization's name; an adverb opening a sentence is no
            // part of a name, nor a speech verb before its speaker and colon.
            (
                "The Welsh Assembly Government said it would act. Human Rights Watch says the \
                 vote was unfair. Perhaps Robinson was right. Said Williams: \"It is time.\"",
                &[
                    "P:Robinson",
                    "P:Williams",
                    "O:Welsh Assembly Government",
                    "O:Human Rights Watch",
                ],
            ),
            // "Les" before a surname is a given name; before another word, the article of a
            // French title.
            (
                "Les Ferdinand scored twice, the daily Les Echos reported.",
                &["P:Les Ferdinand", "O:Les Echos"],
            ),
            // A title closing a description before the name's commas makes it a person's,
            // though a town bears the name (not a role a body may hold).
            (
                "The lower house speaker, Luis Eduardo Magalhaes, said a vote was near. The new \
                 owner, Kestrel Global, declined to comment.",
                &["P:Luis Eduardo Magalhaes", "O:Kestrel Global"],
            ),
            // A web domain glued to a name is part of it, and names a company; it ends the
            // name but for a legal suffix.
            (
                "Shares in Amazon.com Inc rose. Layoffs.fyi counts the cuts. The \
                 Whatsonstage.com Theatregoers' Choice winners were named.",
                &[
                    "O:Amazon.com Inc",
                    "O:Layoffs.fyi",
                    "O:Whatsonstage.com",
                    "O:Theatregoers",
                ],
            ),
            // "and Sons" closes a company's name.
            (
                "He joined Bernard Matthews and Sons in 1990.",
                &["O:Bernard Matthews and Sons"],
            ),
            // Indonesia's "PT" opens a company's name, "Tbk" closes one; a family's name is
            // a person's.
            (
                "\"Foreigners are coming back,\" said Tjandra Wijaya of PT Danareksa \
                 Sekuritas. The carmaker, controlled by the Soeryadjaya family until 1992, \
                 sells cars. Shares in Bank Mandiri Tbk fell.",
                &[
                    "P:Tjandra Wijaya",
                    "P:Soeryadjaya",
                    "O:PT Danareksa Sekuritas",
                    "O:Bank Mandiri Tbk",
                ],
            ),
            // A faith is no organization, person or place.
            (
                "Critics say Islam and Christianity share the values. Sikhism arrived later.",
                &[],
            ),
            // "Like" and "Unlike" opening a sentence are no part of the name; a title in the
            // plural before names listed is a title ("Senators Ted Cruz and Marco Rubio").
            (
                "Like Ronald Reagan, he spoke. Unlike Ann Pike, he smiled. Senators Ted Cruz \
                 and Marco Rubio spoke. He met Presidents Reagan and Barack Obama.",
                &[
                    "P:Ronald Reagan",
                    "P:Ann Pike",
                    "P:Ted Cruz",
                    "P:Marco Rubio",
                    "P:Barack Obama",
                ],
            ),
            // A lawmaker's party and state, written the AP's way, name no body; a surname
            // that heads places too is a surname after a title ("Rep. Lou Hill").
            (
                "Sen. Ann Pike, D-Mass., and Rep. Tom Hale (R-Texas) wrote to the board. Sen. \
                 Ed Marsh, R-S.C., and Rep. Lou Hill, R-TX, did not. D-Day came early.",
                &["P:Ann Pike", "P:Tom Hale", "P:Ed Marsh", "P:Lou Hill"],
            ),
            // "Whatever", "Whenever" open a sentence, no name.
            (
                "Robert Kilroy-Silk left. Whatever Kilroy-Silk and UKIP do, it fails. Wherever \
                 Jane Roe goes, fans follow.",
                &["P:Robert Kilroy-Silk", "P:Jane Roe", "O:UKIP"],
            ),
            // A town that speaks and has a chief economist is a company.
            (
                "Prices rose, Halifax said. Martin Ellis, Halifax chief economist, said the \
                 market was strong. Halifax said prices would rise again.",
                &["P:Martin Ellis", "O:Halifax"],
            ),
            // Regions of England; banks and groups named in another language.
            (
                "Prices in the North West and East Anglia rose, Banque Misr and Grupo Televisa \
                 said.",
                &[
                    "O:Banque Misr",
                    "O:Grupo Televisa",
                    "L:North West",
                    "L:East Anglia",
                ],
            ),
            // People of a city are no entity.
            (
                "But the 25-year-old Dubliner wants to stay, and the Londoners agree.",
                &[],
            ),
            // A disease named for a person names nobody.
            (
                "The plan widens research into cancer, Alzheimer's and diabetes.",
                &[],
            ),
            // An English noun opening the sentence before a given name describes the person.
            (
                "Composer Andrew Lloyd Webber sold the theatre.",
                &["P:Andrew Lloyd Webber"],
            ),
            (
                "Pianist Oleg Marchenko played twice.",
                &["P:Oleg Marchenko"],
            ),
            ("General Motors cut jobs.", &["O:General Motors"]),
            // A nationality made a noun for people names nobody.
            (
                "The Welshman scored twice, and two Irishmen were sent off.",
                &[],
            ),
            (
                "Hamish MacDonell, political editor of The Scotsman, said it was stupid.",
                &["P:Hamish MacDonell", "O:Scotsman"],
            ),
            // An adjective opening a quote before a plural noun that doubles as a speech
            // verb ("reports", "claims") is no speaker; a chapter of the bankruptcy code is
            // no place.
            (
                "\"Gloomy reports from the shops are a worry,\" said Ann Lee.",
                &["P:Ann Lee"],
            ),
            // A product named by what it is, at any of its mentions, is no organization.
            (
                "US drugs group Eli Lilly defended its anti-depressant drug Zolac. Zolac sales \
                 fell.",
                &["O:Eli Lilly", "L:US"],
            ),
            (
                "Gamers queued for the console Vireo. Vireo went on sale at Dixons.",
                &["O:Dixons"],
            ),
            // … and one that an apposition says is one: ", its heart drug".
            (
                "Investors want revenue to replace sales of Cardiva, its heart drug, which \
                 loses patent protection in the United States. Merck, the drug company, and \
                 Novax, a vaccine maker, agreed.",
                &["O:Merck", "O:Novax", "L:United States"],
            ),
            // A title of several words after the noun, and the same title anywhere else.
            (
                "Mike Lee's abortion drama Vera Drayton won. Imelda Stanton stars in Vera \
                 Drayton, and the film Million Dollar Infant is due in May.",
                &["P:Mike Lee", "P:Imelda Stanton"],
            ),
            (
                "Aid was sent after Hurricane Orla. Orla killed 300 people in Belize.",
                &["L:Belize"],
            ),
            (
                "Peers may amend the Bill as it passes through the Lords.",
                &[],
            ),
            // A small number continues a station's name.
            (
                "She told BBC Radio 4's Today programme she would watch Channel 4 News with \
                 BBC Radio 1 DJ Trevor Nelson.",
                &[
                    "P:Trevor Nelson",
                    "O:BBC Radio 4",
                    "O:Channel 4 News",
                    "O:BBC Radio 1",
                ],
            ),
            (
                "The show moved from the BBC to Channel 4.",
                &["O:BBC", "O:Channel 4"],
            ),
            // A known company and a model code is the company.
            (
                "Airbus A320 jets and a Pontiac G6 were seen.",
                &["O:Airbus", "O:Pontiac"],
            ),
            // A title word before an event or a plural noun opens no one's name.
            (
                "Before the General Election, the Association of Chief Police Officers spoke.",
                &["O:Association of Chief Police Officers"],
            ),
            (
                "Mr Jobs met Minister Hazel Blears.",
                &["P:Jobs", "P:Hazel Blears"],
            ),
            // A member of a parliament is a title; the party before it an organization.
            (
                "Tory MP Patrick Holt and Lib Dem MSP Rhys Lane wrote to the PM.",
                &["P:Patrick Holt", "P:Rhys Lane", "O:Tory", "O:Lib Dem"],
            ),
            // The name before a member's title is a constituency, unless a party.
            (
                "Ealing North MP Steve Pike spoke with Ruth Kelly MP and the Bolton West MP.",
                &[
                    "P:Steve Pike",
                    "P:Ruth Kelly",
                    "L:Ealing North",
                    "L:Bolton West",
                ],
            ),
            // People of a nationality, a range of months in one word.
            (
                "A million Sri Lankans lost work in the October-to-December quarter.",
                &[],
            ),
            (
                "The carrier emerged from Chapter 11 bankruptcy protection in April.",
                &[],
            ),
            (
                "The drug is a landmark for patients with MS. Final approval should follow.",
                &[],
            ),
            ("However, the company grew.", &[]),
            ("Analysts see the layoffs as discipline.", &[]),
            ("Insiders say the plan is risky.", &[]),
            ("The AI push worried the CEO.", &[]),
            ("Efficiency is the new currency in Big Tech.", &[]),
            ("British and Dutch investors sold.", &[]),
            // Faiths are no names, nor a participle opening a headline before a nationality.
            (
                "Two Roman Catholic priests and an Anglican bishop met.",
                &[],
            ),
            ("Escaped British prisoner recaptured.", &[]),
            // Storms, operations and cup competitions are no names.
            (
                "Hurricane Ivan hit output. Typhoon Songda moved north.",
                &[],
            ),
            // A country before a title is the country's officer's, no organization.
            (
                "“It is a fracture,” said England doctor Simon Kemp.",
                &["P:Simon Kemp", "L:England"],
            ),
            // A law's name runs on past "and"; an event's after a person's does not.
            (
                "MPs debated the Serious Organised Crime and Police Bill. Lindsay Davenport and \
                 French Open champion Anastasia Myskina will play.",
                &["P:Lindsay Davenport", "P:Anastasia Myskina"],
            ),
            // So is a known place before the office of its government ("Halifax chief
            // economist" is the bank's).
            (
                "US state Texas has sued. “Spam must be stopped,” said Greg Abbott, Texas attorney \
                 general. The Texas attorney general said it broke the Texas Electronic Mail and \
                 Solicitation Act.",
                &["P:Greg Abbott", "L:US", "L:Texas"],
            ),
            // Nor cup competitions; Spain's clubs are known organizations.
            (
                "Martin Zubimendi won the Copa del Rey with Real Sociedad in 2020.",
                &["P:Martin Zubimendi", "O:Real Sociedad"],
            ),
            // A nationality that is also a given name, before an acronym.
            (
                "Speaking on German TV, Bert Ruerup said the findings were clear.",
                &["P:Bert Ruerup"],
            ),
            // A title word before a capitalized connector names no one.
            ("Last year The Lord Of the Rings won again.", &[]),
            // A short month after a time preposition, or ending a range of months.
            (
                "From January to June Comelf exported more. In May Tesco cut prices.",
                &["O:Comelf", "O:Tesco"],
            ),
            // Acronyms of common nouns: statistics, diseases, rates and bills.
            (
                "His ERA fell to 2.10 with 90 RBI, and Libor rose as T-bills fell.",
                &[],
            ),
            ("The Aids charity warned about HIV.", &[]),
            // Units.
            ("The plant will make 2,000 MW, or 9 GWh a day.", &[]),
            ("Eurodollar futures eased as Eurobonds rallied.", &[]),
            // A month after "in" that happens to come before "said".
            (
                "The government, which in May said it had detained them, relented.",
                &[],
            ),
            // Market indices are no organizations; the companies they are named after are.
            (
                "The FTSE 100 rose, the Nikkei fell and the Dow Jones industrial average gained.",
                &[],
            ),
            (
                "World markets\n\nFTSE close 3,885.0 Nikkei close 20,553.16\n\nShares fell in London.",
                &["L:London"],
            ),
            (
                "Dow Jones & Co. and Dow Chemical Co. reported.",
                &["O:Dow Jones & Co.", "O:Dow Chemical Co."],
            ),
            ("Sales rose on Monday and fell in March.", &[]),
            ("“Everyone knew restructuring was coming,” he said.", &[]),
            ("“We’ve reached a point,” the memo read.", &[]),
            ("Firms that fail risk burning billions.", &[]),
            ("Many of these are in content moderation.", &[]),
            ("The GDP figure and the IPO were delayed.", &[]),
            ("They watched the World Cup and the U.S. Open.", &[]),
            (
                "It was his last Grand Slam event before the Six Nations Grand Slam.",
                &[],
            ),
            (
                "The Sarbanes-Oxley Act and the Kyoto Protocol were cited.",
                &[],
            ),
            ("I think we will see growth, I said.", &[]),
            ("The Olympics drew crowds on Christmas.", &[]),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn headings_only_mention_what_the_body_names() {
        check(
            "The Human Cost of Efficiency\nStaff at Acme Corp. were told on Friday.\n",
            &["O:Acme Corp."],
        );
        let doc = Document::parse(
            "Zuckerberg’s AI-First Future\nMark Zuckerberg wants AI everywhere, he told staff.\n",
        );
        let e = entities(&doc);
        assert_eq!(e.people.len(), 1);
        assert_eq!(e.people[0].mentions.len(), 2, "the heading mention counts");
        assert!(e.organizations.is_empty());
        check(
            "LONDON 1996-08-30\n\nShares fell in early trading, dealers said.\n",
            &["L:LONDON"],
        );
        check(
            "Hiring in New Frontiers\nThe firm is hiring in Europe and India.\n",
            &["L:Europe", "L:India"],
        );
        // A result in capitals names each side, as the body writes it.
        check(
            "SOCCER - FRANCE BEAT MEXICO 2-0 IN FRIENDLY.\n\nFrance beat Mexico 2-0 on \
             Saturday.\n",
            &["L:France", "L:Mexico"],
        );
        // A wire's credits in parentheses are no heading.
        check(
            "Rates were held.\n\n(Reporting by Balazs Koranyi; Editing by Toby Chopra)\n",
            &["P:Balazs Koranyi", "P:Toby Chopra"],
        );
        // A body's acronym, or a company's name without its legal suffix, names it in a
        // heading; so does its acronym opening a sentence.
        let doc = Document::parse(
            "LME Copper Slides As Sumitomo Unwinds\n\nCopper prices on the London Metal \
             Exchange fell, dealers at Sumitomo Corp said. LME stocks rose.\n",
        );
        let e = entities(&doc);
        let orgs: Vec<(&str, usize)> = e
            .organizations
            .iter()
            .map(|o| (o.name.as_str(), o.mentions.len()))
            .collect();
        assert_eq!(orgs, [("London Metal Exchange", 3), ("Sumitomo Corp", 2)]);
    }

    #[test]
    fn typing_organizations() {
        let cases: &[(&str, &[&str])] = &[
            // An owner, investor or partner may be a body: no person by that apposition.
            (
                "The sale has destroyed Yukos, once the owner of Yuganskneftegas. Yukos claims \
                 that it is punished.",
                &["O:Yukos", "O:Yuganskneftegas"],
            ),
            // Movements and fronts; "Deutsche" opens a body's name.
            (
                "Police arrested 35 activists of the Mohajir Qaumi Movement. Analysts at \
                 Deutsche Morgan Grenfell agreed.",
                &["O:Mohajir Qaumi Movement", "O:Deutsche Morgan Grenfell"],
            ),
            // A word for a body and a person's role: a body, unless where it works follows.
            (
                "Banks may sue, as may Consob, Italy's stock market regulator. So said Ann Lee, \
                 a broker at Numis.",
                &["P:Ann Lee", "O:Consob", "O:Numis", "L:Italy"],
            ),
            // A participle's agent after the comma is not the name's apposition; a particle
            // before two words or more opens a body's name.
            (
                "Air Deccan, set up by army officer Gorur Gopinath, bought planes from Avions de \
                 Transport Regional.",
                &[
                    "P:Gorur Gopinath",
                    "O:Air Deccan",
                    "O:Avions de Transport Regional",
                ],
            ),
            // An English word listed with an organization is one too (not a word of a
            // name that shares its head word, nor one before "and" alone).
            (
                "Airline shares fell, with Delta, Continental and American Airlines all down. \
                 Players made by Samsung, Rio and Creative sold well. Officials at the Finance \
                 and Economy Ministry and Labour and Conservative governments agreed.",
                &[
                    "O:Delta",
                    "O:Continental",
                    "O:American Airlines",
                    "O:Samsung",
                    "O:Rio",
                    "O:Finance and Economy Ministry",
                    "O:Labour",
                ],
            ),
            // An office's possessive before "Office" is the office's name.
            (
                "The US Trade Representative's Office said it wants talks. A spokeswoman for \
                 the Information Commissioner's Office agreed.",
                &[
                    "O:US Trade Representative's Office",
                    "O:Information Commissioner's Office",
                ],
            ),
            // A name after the title's words is the title's: "Commons" is no person by it.
            // ("Roche, a former Davis Cup player," is.)
            (
                "In the Commons, Tory frontbencher Andrew Tyrie MP demanded a statement. It was \
                 put to the House of Commons. Tony Roche was coach. Roche, a former Davis Cup \
                 player, agreed.",
                &[
                    "P:Andrew Tyrie",
                    "P:Tony Roche",
                    "O:Commons",
                    "O:Tory",
                    "O:House of Commons",
                ],
            ),
            // Venture firms listed after "investors"; a funding round names nothing.
            (
                "Existing investors Andreessen Horowitz and General Catalyst joined the Series \
                 C round, according to data from PitchBook.",
                &["O:Andreessen Horowitz", "O:General Catalyst", "O:PitchBook"],
            ),
            // A brand's inner capital: a name, though the word is English.
            (
                "Pilots at budget airline SkyWays voted to strike. SkyWays said it was sorry.",
                &["O:SkyWays"],
            ),
            // A head word in the plural before "of".
            (
                "The work was funded by the US National Institutes of Health and the \
                 National Academies of Sciences.",
                &[
                    "O:US National Institutes of Health",
                    "O:National Academies of Sciences",
                ],
            ),
            // A spokesperson is from a body (a teacher may be from a place).
            (
                "“We welcome the plan,” a spokesperson from Ofwex told the BBC.",
                &["O:Ofwex", "O:BBC"],
            ),
            // A particle before a place, after a word that is no given name: a body.
            (
                "Spain's Aguas de Barcelona is its second biggest shareholder.",
                &["O:Aguas de Barcelona", "L:Spain"],
            ),
            // A known organization that is a given name too opens a company's name before
            // a common noun ("Meta Platforms"), a person's before a surname ("Chelsea
            // Manning").
            (
                "Microsoft, Meta Platforms and Alphabet pledged more. Chelsea Manning was \
                 released in May.",
                &[
                    "P:Chelsea Manning",
                    "O:Microsoft",
                    "O:Meta Platforms",
                    "O:Alphabet",
                ],
            ),
            // In a sports story, a town opening a sentence before its verb is the side (a
            // country stays a place).
            (
                "Leeds need another 148 runs with five wickets in hand, and the batsman was \
                 out for 12 as the bowler took three wickets. France won the toss.",
                &["O:Leeds", "L:France"],
            ),
            // In a sports story, a town's club: "X City", "X Town" after a known place (not
            // where something happens: "in Atlantic City").
            (
                "Tom Nichols scored twice as Bristol Rovers won 2-1 at Exeter City. The \
                 striker's goals leave Exeter City fourth, and the goalkeeper was blamed \
                 for the second goal. The sides meet again in a friendly in Atlantic City.",
                &[
                    "P:Tom Nichols",
                    "O:Bristol Rovers",
                    "O:Exeter City",
                    "L:Atlantic City",
                ],
            ),
            // So does a plural noun for people, also before a comma.
            (
                "The bid is led by his two sons, Avi and Joel. Strikers Zoltan Varga and \
                 Kestrel Reed scored.",
                &["P:Avi", "P:Joel", "P:Zoltan Varga", "P:Kestrel Reed"],
            ),
            // A plural organization noun before a list says what all of it is.
            (
                "The singer named the tabloids Daily Wire, In Touch and Star as the worst. \
                 Investors backed the companies Halvorsen, Brightwater and Ted Cole.",
                &[
                    "O:Daily Wire",
                    "O:In Touch",
                    "O:Star",
                    "O:Halvorsen",
                    "O:Brightwater",
                    "O:Ted Cole",
                ],
            ),
            // A plural noun for people or bodies opening the sentence is no part of the
            // name after it (not "Savings Bank", "Doctors Without Borders").
            (
                "Sprinters Kostas Kavros and Dimitri Lavos were banned. Firms Kelvara and \
                 Dunmore lost. Doctors Without Borders and Savings Bank of Kestrel spoke.",
                &[
                    "P:Kostas Kavros",
                    "P:Dimitri Lavos",
                    "O:Kelvara",
                    "O:Dunmore",
                    "O:Doctors Without Borders",
                    "O:Savings Bank of Kestrel",
                ],
            ),
            // Common words opening a sentence before an apposition that says what they
            // name (not a phrase of time: "Last Tuesday, the company said"); and after
            // "according to", where the apposition's "state" is no speech verb.
            (
                "Home Mutual, the state's largest home insurer, stopped writing policies. Last \
                 Tuesday, the company said so. Acres burned, according to Kestrel Fire, the \
                 state's firefighting agency.",
                &["O:Home Mutual", "O:Kestrel Fire"],
            ),
            // Where a person of a given age is from: "Peter Morrow, 58, of Guildford".
            (
                "Peter Morrow, 58, of Haslemoor, Surrey, was convicted.",
                &["P:Peter Morrow", "L:Haslemoor", "L:Surrey"],
            ),
            // A law's name used alone is no organization.
            (
                "Firms must comply with the Sarbanes-Oxley Act. The cost of Sarbanes-Oxley has \
                 kept Acme Holdings off Wall Street.",
                &["O:Acme Holdings", "L:Wall Street"],
            ),
            // An organization noun, then the name set off by commas.
            (
                "Another troubled financial firm, Harbour Life, is facing lawsuits.",
                &["O:Harbour Life"],
            ),
            (
                "The head of the state-owned Naftohaz company, Yury Boyko, spoke.",
                &["P:Yury Boyko", "O:Naftohaz"],
            ),
            // A nationality opening an "X of Y" organization is part of its name.
            (
                "Yukos turned to the European Court of Human Rights and the Italian Bank of \
                 Rome.",
                &[
                    "O:Yukos",
                    "O:European Court of Human Rights",
                    "O:Italian Bank of Rome",
                ],
            ),
            // Where someone with a role works, "the" between: an organization.
            (
                "\"There will be no new factories,\" said Xing Wangli, a spokesman for the \
                 State Tobacco Administration Monopoly quoted in China Daily.",
                &[
                    "P:Xing Wangli",
                    "O:State Tobacco Administration Monopoly",
                    "O:China Daily",
                ],
            ),
            // A lower-case organization noun before an English word names it ("leisure
            // group Rank"); the last word of a company named in the article is that company.
            // An English plural ends no person's name, but an Iberian surname in "-os" may.
            (
                "The deal was backed by Halloran Stockbrokers in Dublin.",
                &["O:Halloran Stockbrokers", "L:Dublin"],
            ),
            ("Midfielder Anael Pedros scored twice.", &["P:Anael Pedros"]),
            // Head words: "Management" and "Co-operation" end organizations' names; a show,
            // a lecture or a plan is an event or a document, no entity.
            (
                "Analysts at Solaris Asset Management and Asia Pacific Economic Co-operation \
                 met at the Geneva Motor Show to discuss the Marshall Plan.",
                &[
                    "O:Solaris Asset Management",
                    "O:Asia Pacific Economic Co-operation",
                    "L:Geneva",
                ],
            ),
            // A word for a person or a relative before an English word makes it a name.
            ("His brother Anil disagreed with the plan.", &["P:Anil"]),
            // A nationality made a noun for people opens no name.
            (
                "Irishmen Sean Dunne and Liam Kelly sold. Frenchwoman Camille Roux won.",
                &["P:Sean Dunne", "P:Liam Kelly", "P:Camille Roux"],
            ),
            // Well-known firms whose names look like people's.
            (
                "Auditors Grant Thornton and Ernst and Young signed off the accounts.",
                &["O:Grant Thornton", "O:Ernst and Young"],
            ),
            (
                "Accountants Grant Thornton and Ernst and Young signed off the accounts.",
                &["O:Grant Thornton", "O:Ernst and Young"],
            ),
            (
                "The rest was bought by market leader Caledon last year.",
                &["O:Caledon"],
            ),
            (
                "Brent crude rose 40 cents in London trading, and US crude fell.",
                &["O:Brent", "L:London", "L:US"],
            ),
            (
                "Leisure group Rank may sell its film arm. Rank wants to focus on bingo.",
                &["O:Rank"],
            ),
            (
                "Jobs at MG Rover's plant may go. Rover told reporters it was confident.",
                &["O:MG Rover"],
            ),
            // A title before the next name is no apposition of the name before the comma.
            (
                "In an interview with Northland Public Radio, President Maria Lopez criticized the plan.",
                &["P:Maria Lopez", "O:Northland Public Radio"],
            ),
            (
                "Talks were held with the Sant'Elia Community, an Italian Roman Catholic charity.",
                &["O:Sant'Elia Community"],
            ),
            // A clause after the comma is no apposition.
            (
                "Mr Ford was flown to the Royal Brompton Hospital, where the chief surgeon \
                 operated on him.",
                &["P:Ford", "O:Royal Brompton Hospital"],
            ),
            (
                "Northfield Breweries Ltd. closed a plant.",
                &["O:Northfield Breweries Ltd."],
            ),
            (
                "Acme Holdings and Zenith Group merged.",
                &["O:Acme Holdings", "O:Zenith Group"],
            ),
            (
                "Kestrel Corp. and Bramble Inc. sued.",
                &["O:Kestrel Corp.", "O:Bramble Inc."],
            ),
            (
                "Investors in Larkspur plc and Osprey AG sold.",
                &["O:Larkspur plc", "O:Osprey AG"],
            ),
            (
                "Analysts at Wedbush Securities agreed.",
                &["O:Wedbush Securities"],
            ),
            (
                "Jane Roe, a psychiatrist at Northwell Health in New York, led the trial.",
                &["P:Jane Roe", "O:Northwell Health", "L:New York"],
            ),
            // Well-known companies named after people stay companies.
            (
                "Kroger said it was disappointed; Albertsons did not comment.",
                &["O:Kroger", "O:Albertsons"],
            ),
            // An ampersand inside a word makes an organization too.
            (
                "They offered to sell 579 stores to C&S Wholesale Grocers.",
                &["O:C&S Wholesale Grocers"],
            ),
            // So is one that moves by a percentage.
            (
                "Shares of Walmart were flat, while Gap fell 3% and Hammer rose 2.5 percent.",
                &["O:Walmart", "O:Gap", "O:Hammer"],
            ),
            // So is one a role is held at ("chief economist at Nationwide").
            (
                "“The bar is higher,” said Kathy Bostjancic, chief economist at Nationwide.",
                &["P:Kathy Bostjancic", "O:Nationwide"],
            ),
            // Observatories, forums and roundtables are bodies, a nationality opening them.
            (
                "The European Cloud Competition Observatory and the American Action Forum \
                 disagreed.",
                &[
                    "O:European Cloud Competition Observatory",
                    "O:American Action Forum",
                ],
            ),
            // A surname that reads as an English plural, after a place's preposition.
            ("She has farmed soybeans in Ames for 31 years.", &["L:Ames"]),
            // Temperature scales and a unit's letter after a number name nothing.
            (
                "Paris was to reach 38 degrees Celsius (100 degrees Fahrenheit); Seville \
                 recorded 46 C.",
                &["L:Paris", "L:Seville"],
            ),
            // Banks named after people are known; a currency's mark before its amount
            // names nothing.
            (
                "Analysts at Jefferies said the group is worth about Rs 12 lakh crore.",
                &["O:Jefferies"],
            ),
            // A brand's capital inside its first word ("GlobalData"), not a name's prefix.
            (
                "Analysts at GlobalData Retail agreed with LeBron James and Leonardo DiCaprio.",
                &[
                    "P:LeBron James",
                    "P:Leonardo DiCaprio",
                    "O:GlobalData Retail",
                ],
            ),
            // An English word whose possessive has an officer is a body ("Scope's executive
            // director").
            (
                "James Taylor, Scope's executive director of strategy, said it was unfair.",
                &["P:James Taylor", "O:Scope"],
            ),
            (
                "Rowell told Bath's official website he was pleased.",
                &["P:Rowell"],
            ),
            (
                "The AI Policy Institute published a report.",
                &["O:AI Policy Institute"],
            ),
            ("Reality Labs lost money.", &["O:Reality Labs"]),
            (
                "The Prudential Regulation Authority warned banks.",
                &["O:Prudential Regulation Authority"],
            ),
            (
                "The University of Michigan ran the survey.",
                &["O:University of Michigan"],
            ),
            (
                "The Ministry of Finance said nothing.",
                &["O:Ministry of Finance"],
            ),
            ("Shares of Tesla and Nvidia rose.", &["O:Tesla", "O:Nvidia"]),
            (
                "The Federal Reserve and the ECB held rates.",
                &["O:Federal Reserve", "O:ECB"],
            ),
            (
                "The IMF and the World Bank met in Washington.",
                &["O:IMF", "O:World Bank", "L:Washington"],
            ),
            (
                "Reuters and Bloomberg reported the deal.",
                &["O:Reuters", "O:Bloomberg"],
            ),
            (
                "The Labour Party and the Teamsters objected.",
                &["O:Labour Party", "O:Teamsters"],
            ),
            (
                "Goldman Sachs advised Morgan Stanley. Parts maker Robert Bosch gained. \
                 Dresdner Kleinwort Wasserstein said: \"It feels like spring.\"",
                &[
                    "O:Goldman Sachs",
                    "O:Morgan Stanley",
                    "O:Robert Bosch",
                    "O:Dresdner Kleinwort Wasserstein",
                ],
            ),
            // A brewer written without its apostrophe, whose name is an English plural.
            (
                "Analysts asked whether Fosters was more likely to bid than Heineken.",
                &["O:Fosters", "O:Heineken"],
            ),
            (
                "Pinecrest Foundation gave grants.",
                &["O:Pinecrest Foundation"],
            ),
            (
                "Lakeshore Capital Partners bought the stake.",
                &["O:Lakeshore Capital Partners"],
            ),
            (
                "The New York Times reported it first.",
                &["O:New York Times"],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn typing_people() {
        let cases: &[(&str, &[&str])] = &[
            // A rare given name that is an English word, before a place, opens no person's
            // name; a common one does.
            (
                "Carnival's rival is Royal Caribbean. Wheelchair racer Peter Norfolk won.",
                &["P:Peter Norfolk", "O:Royal Caribbean"],
            ),
            // So is the holder of a title before the name's comma.
            (
                "The bar association will sue. Its chairman, Turgut Kazan, told Reuters so.",
                &["P:Turgut Kazan", "O:Reuters"],
            ),
            // "Mrs" with a surname only a man's full name holds is not his.
            (
                "The shop was run by Jean and Malcolm Hart. Mrs Hart said she was thrilled, and Mr \
                 Hart agreed.",
                &["P:Jean", "P:Malcolm Hart", "P:Hart"],
            ),
            // A barrister's rank after the name is no part of it.
            (
                "Defending, Richard Wrayford KC said his client was ashamed.",
                &["P:Richard Wrayford"],
            ),
            // A player's position before the name.
            (
                "England left out spinner Dom Bess and brought back flanker Serge Betsen.",
                &["P:Dom Bess", "P:Serge Betsen", "L:England"],
            ),
            // Someone's kin is a person, even by a place's name.
            (
                "Linda Harmon farms. Her son, Tyler, 27, wants the farm; his daughter Madison \
                 does not.",
                &["P:Linda Harmon", "P:Tyler", "P:Madison"],
            ),
            // A person noun opening the sentence is no part of the name.
            (
                "Teenager Ana Ruizova won the title. Goalscorer Jim Okafor was injured.",
                &["P:Ana Ruizova", "P:Jim Okafor"],
            ),
            // A given name and a surname that also heads places ("Hill", "Wood"): a person,
            // where "Park" or "Street" after a given name stays a place.
            (
                "Richard Hill and Victoria Wood are out, the club said at Stanley Park.",
                &["P:Richard Hill", "P:Victoria Wood", "L:Stanley Park"],
            ),
            // An apposition naming what a person is keeps a one-word name opening the
            // sentence ("actor" is a person noun, not a role); a family firm is no person.
            (
                "Leeson, the Northern Ireland-born actor, plays the lead. Doyle, a family \
                 firm, makes the sets.",
                &["P:Leeson", "L:Northern Ireland"],
            ),
            // A kin noun heads such a phrase before "of" ("a mother of twins"); a phrase
            // after a name "of" a place describes the whole name, not the place.
            (
                "Michelle, a mother of twins, has not been paid. A founding member of the \
                 Director's Guild of Great Britain, he is a former chairman of the council.",
                &["P:Michelle", "L:Great Britain"],
            ),
            // A title naming its office after "of", with no name after it, names no one.
            (
                "Colin Powell, US Secretary of State, was visiting. The Minister of Defence \
                 and the Governor of the Bank of England were not.",
                &["P:Colin Powell", "O:Bank of England", "L:US"],
            ),
            // So does one ending in a title of two words.
            (
                "Lord Woolf, who is Lord Chief Justice of England and Wales, gave evidence.",
                &["P:Woolf", "L:England", "L:Wales"],
            ),
            // Titles of US public offices.
            (
                "New York State Comptroller Alan Hevesi disagreed, as did Treasury Under \
                 Secretary John Taylor.",
                &["P:Alan Hevesi", "P:John Taylor", "L:New York"],
            ),
            // A surname that is also a place's head word after a courtesy title, or a given
            // name after "Sir": a person ("Queen Victoria Street" stays a street).
            (
                "Then Mr Wood said yes. Later Sir Edward Heath quit.",
                &["P:Wood", "P:Edward Heath"],
            ),
            (
                "They met in Queen Victoria Street.",
                &["L:Queen Victoria Street"],
            ),
            // Honorifics: "Speaker", "Baroness"; an honorific after a given name is part of
            // the name.
            (
                "Speaker Michael Martin ruled. Baroness Amos and Sacha Baron Cohen spoke.",
                &["P:Michael Martin", "P:Amos", "P:Sacha Baron Cohen"],
            ),
            // A nickname or initials in parentheses inside a name.
            (
                "It came weeks after James Leander (Leo) Nolan died. The historian Alan John \
                 Percivale (A.J.P.) Tyler wrote of it.",
                &[
                    "P:James Leander (Leo) Nolan",
                    "P:Alan John Percivale (A.J.P.) Tyler",
                ],
            ),
            // Regnal numerals after a title and a name; "Jan" without its period opening a
            // line is a given name.
            (
                "1951 - Belgian King Baudouin I took the throne. The Emperor Charles VI signed.",
                &["P:Baudouin I", "P:Charles VI"],
            ),
            ("Jan Olaf Mueller (60th minute)", &["P:Jan Olaf Mueller"]),
            // A scorecard line without a final period: batsmen and bowlers before their
            // figures.
            (
                "England won the match by 107 runs after a fine innings.\n\nScores: England \
                 292-8 (N. Barlow 113), Pakistan 185 (Imran Aziz 79; A. Holder 4-23)",
                &[
                    "P:N. Barlow",
                    "P:Imran Aziz",
                    "P:A. Holder",
                    "L:England",
                    "L:Pakistan",
                ],
            ),
            // A pitcher's win-loss record.
            (
                "The Yankees won the game to extend their league lead this season. Pettorini (19-7) \
                 allowed two runs in seven innings and Benitez (14-10) took the loss.",
                &["P:Pettorini", "P:Benitez", "O:Yankees"],
            ),
            // Shirt numbers before the names of a line-up.
            (
                "The coach praised his side after the match and the goal.\n\nSouth Africa - \
                 4 - Kobus Visser, 3 - Marius Hurter, 6 - Reynald Pedros.",
                &[
                    "P:Kobus Visser",
                    "P:Marius Hurter",
                    "P:Reynald Pedros",
                    "L:South Africa",
                ],
            ),
            // A substitute before his minute, after a parenthesis or a shirt number.
            (
                "The coach praised his side after the match and the goal.\n\n5 - Duilio \
                 Davino (Bertolli 46th), 4 - Mario Villa (16 - Gomez 86th).",
                &["P:Duilio Davino", "P:Bertolli", "P:Mario Villa", "P:Gomez"],
            ),
            // A surname by its ending, with nothing else to go on.
            (
                "Interfax quoted Dobryakova's colleagues. Rebels loyal to Maskhadov and \
                 Kvirikashvili marched.",
                &[
                    "P:Dobryakova",
                    "P:Maskhadov",
                    "P:Kvirikashvili",
                    "O:Interfax",
                ],
            ),
            ("Daniel Ives expects more cuts.", &["P:Daniel Ives"]),
            ("“It works,” said Priya Nair.", &["P:Priya Nair"]),
            ("Clark said the talks had failed.", &["P:Clark"]),
            ("Mr. Dixon resigned on Friday.", &["P:Dixon"]),
            (
                "Ms Hindle and Dr Okafor disagreed.",
                &["P:Hindle", "P:Okafor"],
            ),
            (
                "Sen. Elizabeth Warren wrote to the bank.",
                &["P:Elizabeth Warren"],
            ),
            ("Gov. Gavin Newsom signed the bill.", &["P:Gavin Newsom"]),
            ("Lord Browne led the review.", &["P:Browne"]),
            ("CEO Mark Zuckerberg spoke.", &["P:Mark Zuckerberg"]),
            ("Chief executive Geoff Dixon quit.", &["P:Geoff Dixon"]),
            (
                "Sarah Hindle, director at a think tank, spoke.",
                &["P:Sarah Hindle"],
            ),
            ("Mark Grant sold his shares.", &["P:Mark Grant"]),
            ("Chase Utley joined the board.", &["P:Chase Utley"]),
            (
                "Jordan Henderson met Paris Hilton.",
                &["P:Jordan Henderson", "P:Paris Hilton"],
            ),
            ("Prime Minister Tony Blair visited.", &["P:Tony Blair"]),
            ("Prime Minister John Major spoke.", &["P:John Major"]),
            (
                "The group urged the U.N. High Commissioner for Refugees to act.",
                &["O:U.N."],
            ),
            ("Then Mr Irish said it was over.", &["P:Irish"]),
            (
                "Paul King spoke first. Mr King said more.",
                &["P:Paul King"],
            ),
            (
                "Stocks rose on Friday, dealers said.\n\n-- Pierre Belec, Wall Street Desk\n",
                &["P:Pierre Belec"],
            ),
            // A byline under the headline: the reporter is named ("By"), not an ordinary
            // phrase ("By The Numbers").
            (
                "Port Strike Enters Third Week\n\nBy Jane Whitaker\n\nDock workers stayed \
                 out on Monday.\n\nBy The Numbers\n\nThe strike has cost $2 billion.",
                &["P:Jane Whitaker"],
            ),
            ("Finance Minister Gordon Brown spoke.", &["P:Gordon Brown"]),
            ("Nasser Hussain struck 158 runs.", &["P:Nasser Hussain"]),
            (
                "Vincent Koen, a senior economist, spoke.",
                &["P:Vincent Koen"],
            ),
            ("Helen Marsh, who joined in 2019, left.", &["P:Helen Marsh"]),
            ("Australian Tom Moody took three wickets.", &["P:Tom Moody"]),
            // A nickname in quotes inside the name.
            (
                "On Friday Ramon \"Iron Fist\" Alvarado won, and Luis “El Toro” Medina lost.",
                &["P:Ramon \"Iron Fist\" Alvarado", "P:Luis “El Toro” Medina"],
            ),
            // A nationality that is also a given name opens a name before a word that is no
            // English word ("Christian Karembeu"), not before one that is.
            (
                "The goal came from Christian Ekwueme in the 40th minute.",
                &["P:Christian Ekwueme"],
            ),
            (
                "Christian Democrats and the Social Democrats agreed.",
                &["O:Christian Democrats", "O:Social Democrats"],
            ),
            // A person noun before the name: kin, team mates, finalists, dissidents.
            (
                "The minister visited his wife Dorota in hospital.",
                &["P:Dorota"],
            ),
            (
                "He will be replaced by his team mate Wes Ondrak.",
                &["P:Wes Ondrak"],
            ),
            (
                "Police detained the veteran dissident Tan Zhuoli.",
                &["P:Tan Zhuoli"],
            ),
            (
                "The 19-year-old Lark Reeves shot 66 on Friday.",
                &["P:Lark Reeves"],
            ),
            // A title before a country does not make it a person; nor does the verb "miss".
            (
                "Defending champion Portugal host Chile. Two players will miss Portugal's \
                 opening match.",
                &["L:Portugal", "L:Chile"],
            ),
            // Not before a place or an organization's name.
            (
                "A 27-year-old West Bank labourer was held.",
                &["L:West Bank"],
            ),
            (
                "When scandal engulfed Mr Clinton's White House, Mr Trump leapt to his \
                 defence. Mr Clinton had a relationship with Ms Lewinsky, a 22-year-old White \
                 House intern. According to White House-era documents from Diane Blair, the \
                 first lady called her a loony.",
                &[
                    "P:Clinton",
                    "P:Trump",
                    "P:Lewinsky",
                    "P:Diane Blair",
                    "O:White House",
                ],
            ),
            (
                "The 150-year-old Hawthorn Bank closed.",
                &["O:Hawthorn Bank"],
            ),
            // The title of what the name heads, before its comma.
            (
                "The head of the agency, Mick Deats, said so. The chairman of the US \
                 retailer, Walmart, agreed.",
                &["P:Mick Deats", "O:Walmart", "L:US"],
            ),
            // An apposition after a preposition whose speech verb a relative clause holds
            // says what the name is; without "who" the phrase is the verb's subject.
            (
                "Jurors heard from Ellen Park, a former loan officer who testified that the \
                 bank lied.",
                &["P:Ellen Park"],
            ),
            (
                "He was shot in the city of Arbil, a senior U.N. official in Baghdad said.",
                &["O:U.N.", "L:Arbil", "L:Baghdad"],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn typing_places() {
        let cases: &[(&str, &[&str])] = &[
            // A place, then compass words: a district or a seat (a known airline aside).
            (
                "Turnout was lowest in Bristol South and Leeds Central. China Eastern flew on.",
                &["O:China Eastern", "L:Bristol South", "L:Leeds Central"],
            ),
            // A city's name folded to ASCII that is also an English word.
            (
                "\"There is no trace,\" a Liege police official told Reuters.",
                &["O:Reuters", "L:Liege"],
            ),
            // A unit after a number is no place.
            ("The laptop has a 40 GB hard drive.", &[]),
            // A town before its county where a company is based.
            (
                "The Markfield, Leicestershire-based company runs 142 quarries.",
                &["L:Markfield", "L:Leicestershire"],
            ),
            // A place's head word before a known place.
            (
                "The firm has two sites in County Durham and one by Lake Victoria.",
                &["L:County Durham", "L:Lake Victoria"],
            ),
            // An office's list, its items between commas, before the holder's name is no
            // name; a comma alone after the office leaves the name whole.
            (
                "Minister for Children, Young People and Families Margaret Hodge said the \
                 plans were fair. The Secretary of State, John Foster Dulles, disagreed.",
                &["P:Margaret Hodge", "P:John Foster Dulles"],
            ),
            // A name before a crossing or a checkpoint is the place's.
            (
                "The two men met at the Erez crossing point and drove on.",
                &["L:Erez"],
            ),
            // Provinces of Indonesia and Thailand (country-region-data).
            (
                "Aid reached Aceh and Phuket on Tuesday.",
                &["L:Aceh", "L:Phuket"],
            ),
            // European regions by their English names.
            (
                "State elections are due in Schleswig-Holstein and North Rhine-Westphalia, \
                 and the firm also hires in Lower Saxony.",
                &[
                    "L:Schleswig-Holstein",
                    "L:North Rhine-Westphalia",
                    "L:Lower Saxony",
                ],
            ),
            // A body before its workforce, closing a list of people, stays a body; where a
            // person of a given age is from is a place.
            (
                "Managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair \
                 Cook and Keith Lea face charges. Steve Arthur, 46, from Pease Pottage, died.",
                &[
                    "P:Anthony Walker",
                    "P:Nicholas Jeffries",
                    "P:Alistair Cook",
                    "P:Keith Lea",
                    "P:Steve Arthur",
                    "O:Railtrack",
                    "L:Pease Pottage",
                ],
            ),
            // A title after a comma that a verb follows is a clause's subject, no apposition;
            // one opened by "from" names where someone is from.
            (
                "Also in Gateshead, the prime minister took questions. Shami Chakrabarti, from \
                 human rights group Liberty, joined calls.",
                &["P:Shami Chakrabarti", "O:Liberty", "L:Gateshead"],
            ),
            (
                "Offices in Menlo Park, London, and Toronto closed.",
                &["L:Menlo Park", "L:London", "L:Toronto"],
            ),
            ("It expanded in Europe and India.", &["L:Europe", "L:India"]),
            // A place's adjective is no place.
            // Other countries' states and provinces (places_regions.txt).
            (
                "The industry minister of India's Andhra Pradesh state said a team of VW \
                 officials would visit. An Andhra Pradesh official agreed.",
                &["O:VW", "L:India", "L:Andhra Pradesh"],
            ),
            (
                "Residents of a Cumbrian village met a Tasmanian farmer in Cumbria.",
                &["L:Cumbria"],
            ),
            // A known place joined by "and" is one place; a known body after "and" is its own.
            (
                "He flew to Trinidad and Tobago, then Jammu and Kashmir, where the National \
                 Conference and Congress alliance won.",
                &[
                    "O:National Conference",
                    "O:Congress",
                    "L:Trinidad and Tobago",
                    "L:Jammu and Kashmir",
                ],
            ),
            // Boulevards and lanes are places; a given name before "Lane" is a person's.
            (
                "A Walgreens on Southeast Powell Boulevard near Drury Lane was robbed, said \
                 Nathan Lane.",
                &[
                    "P:Nathan Lane",
                    "O:Walgreens",
                    "L:Southeast Powell Boulevard",
                    "L:Drury Lane",
                ],
            ),
            // Australia's parties and states.
            (
                "Labor seeks to blunt the attacks. The Greens, who hold power in the Senate, \
                 want more for NSW.",
                &["O:Labor", "O:Greens", "O:Senate", "L:NSW"],
            ),
            // A compass word, or "Greater", before a known place.
            (
                "Sales in Greater China dropped 11%, and Greater Manchester Police said so. \
                 Shares in Krespy Kome sank 14%.",
                &[
                    "O:Greater Manchester Police",
                    "O:Krespy Kome",
                    "L:Greater China",
                ],
            ),
            // A member's seat is a place, and so is the place listed with it.
            (
                "The MP for Kestrelbourne and Sheppington said the plan had failed.",
                &["L:Kestrelbourne", "L:Sheppington"],
            ),
            // A language, a people or a direction is no place, after "in" or before "-born".
            (
                "A Surinamese-born visitor shouted at him in Hebrew in 19 Northeastern \
                 states.",
                &[],
            ),
            // The place a title is held over: "the Archbishop of …", "the Duke of …".
            (
                "The Archbishop of Ravensmoor said the vote was a mistake.",
                &["L:Ravensmoor"],
            ),
            (
                "The Duke of Kestrelford, Alan Pike, opened the bridge.",
                &["P:Alan Pike", "L:Kestrelford"],
            ),
            (
                "Guests included the Earl of Marlow Vale and the Bishop of Tredwell.",
                &["L:Marlow Vale", "L:Tredwell"],
            ),
            // A parish's sheriff: the parish is a place.
            (
                "Tanglewood Parish Sheriff Ed Marsh closed the road.",
                &["P:Ed Marsh", "L:Tanglewood Parish"],
            ),
            (
                "Tom Yoo, governor of Kestrel Development Bank, spoke.",
                &["P:Tom Yoo", "O:Kestrel Development Bank"],
            ),
            ("Founders flock to Silicon Valley.", &["L:Silicon Valley"]),
            (
                "Santa Monica-based Activison is a target.",
                &["O:Activison", "L:Santa Monica"],
            ),
            ("Oil from the Middle East rose.", &["L:Middle East"]),
            ("Sales in Ohio and Texas grew.", &["L:Ohio", "L:Texas"]),
            ("Quebec and Ontario signed.", &["L:Quebec", "L:Ontario"]),
            (
                "Exports from China to Germany fell.",
                &["L:China", "L:Germany"],
            ),
            ("It is based in Westbrook, a town nearby.", &["L:Westbrook"]),
            (
                "The New York-based group and a Hong Kong-listed firm agreed. The \
                 Netherlands-based bank did not.",
                &["L:New York", "L:Hong Kong", "L:Netherlands"],
            ),
            (
                "The Netherlands and the Czech Republic agreed.",
                &["L:Netherlands", "L:Czech Republic"],
            ),
            (
                "The Olympic Dam mine grew and the Xiluodu Dam is being built.",
                &["L:Olympic Dam", "L:Xiluodu Dam"],
            ),
            (
                "Flights from Heathrow Airport resumed.",
                &["L:Heathrow Airport"],
            ),
            ("Traders on Wall Street cheered.", &["L:Wall Street"]),
            // ", a senior official … said" after a name is the speaker, not an apposition.
            (
                "Rebels fought for the town of Zakho, a senior aid official in Baghdad said.",
                &["L:Zakho", "L:Baghdad"],
            ),
            // A direction's initial before a country: headline style.
            (
                "N. Korea asks S. Korea to return the sailors.",
                &["L:N. Korea", "L:S. Korea"],
            ),
            (
                "Talks in Abu Dhabi and Dubai ended.",
                &["L:Abu Dhabi", "L:Dubai"],
            ),
            // A nationality before a place is no part of it.
            ("Jewish West Bank settlers protested.", &["L:West Bank"]),
            // A place noun in lower case after a name: the name is the place's, even when a
            // person's name is in it.
            (
                "Protesters gathered at John Lennon airport in Liverpool.",
                &["L:John Lennon", "L:Liverpool"],
            ),
            (
                "Fighting spread across the mountainous Kandor Hamada region.",
                &["L:Kandor Hamada"],
            ),
            // (Headquarters are the organization's.)
            (
                "Staff marched outside Alitalia headquarters.",
                &["O:Alitalia"],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn merging_and_aliases() {
        let doc = Document::parse(
            "Meta Platforms Inc. cut jobs. Meta said the cuts were small. \
             Mark Zuckerberg spoke. Zuckerberg said more. \
             The Prudential Regulation Authority (PRA) warned. The PRA acted. \
             Peter Dixon resigned. Mr Dixon said he was proud.",
        );
        let e = entities(&doc);
        let summary: Vec<(String, Vec<String>, usize)> = e
            .people
            .iter()
            .chain(&e.organizations)
            .map(|x| (x.name.clone(), x.aliases.clone(), x.mentions.len()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    "Mark Zuckerberg".to_string(),
                    vec!["Zuckerberg".to_string()],
                    2
                ),
                ("Peter Dixon".to_string(), vec!["Dixon".to_string()], 2),
                (
                    "Meta Platforms Inc.".to_string(),
                    vec!["Meta".to_string()],
                    2
                ),
                (
                    "Prudential Regulation Authority".to_string(),
                    vec!["PRA".to_string()],
                    3
                ),
            ]
        );
    }

    /// Short forms join the entity they stand for: (text, entity name, its aliases).
    #[test]
    fn short_forms() {
        let cases: &[(&str, &str, &[&str])] = &[
            // Letters a word list takes for something else (a degree) are the initials of a
            // name the article writes out.
            (
                "British Airways cut fares. Rod Eddington, BA's chief executive, said BA would \
                 grow. He has a BA in history.",
                "British Airways",
                &["BA"],
            ),
            // The given name and surname of one person named with a middle name too, and the
            // surname alone after both.
            (
                "Senator Laura Beth Hanley spoke in Ohio. Later, Laura Hanley met voters. \
                 Hanley said the tour went well.",
                "Laura Beth Hanley",
                &["Laura Hanley", "Hanley"],
            ),
            // A known organization is the short form of its company's name ("Platforms",
            // like "Technologies", closes one).
            (
                "The Commission fined Meta Platforms 200 million euros. Meta said it would appeal.",
                "Meta Platforms",
                &["Meta"],
            ),
            (
                "George P. Walden arrived. George Walden thanked the crowd.",
                "George P. Walden",
                &["George Walden"],
            ),
            // A known name that ends a longer one after a place's name is its short form.
            (
                "Malcolm Glazer bid for Manchester United. Fans of United were angry.",
                "Manchester United",
                &["United"],
            ),
            (
                "The New York Times reported the talks. The Times said they failed.",
                "New York Times",
                &["Times"],
            ),
            // A short form made of the starts of the name's words, in parentheses after it.
            (
                "Shares in Petroleo Brasileiro SA (Petrobras) rose. Petrobras said output grew.",
                "Petroleo Brasileiro SA",
                &["Petrobras"],
            ),
            // The name before its web domain.
            (
                "Breitbart.com ran the story first. Readers of Breitbart later complained.",
                "Breitbart.com",
                &["Breitbart"],
            ),
            // One name written with and without its suffix's period: one entity, the fuller
            // form its name (two rules making each the other's alias dropped both); "and Co"
            // closes a company's name.
            (
                "Shares in Mitsui and Co rose 10 yen. Mitsui and Co. said profit grew.",
                "Mitsui and Co.",
                &["Mitsui and Co"],
            ),
            // A company's (short_forms.txt).
            (
                "Volkswagen may build a plant in India. It said VW officials will visit.",
                "Volkswagen",
                &["VW"],
            ),
            // A short form news uses for a party (short_forms.txt).
            (
                "The Conservative Party launched its plan. The Tories say taxes will fall.",
                "Conservative Party",
                &["Tories"],
            ),
            // The singular a plural name takes before a noun, of the same body (not a
            // family's name: "Osbourne" of "The Osbournes"); "Tory" of "Tories".
            (
                "Green Dem leader Ann Kerr spoke. The Green Dems want lower taxes.",
                "Green Dems",
                &["Green Dem"],
            ),
            (
                "The Tories lost the vote. A Tory spokesman said the party would try again.",
                "Tories",
                &["Tory"],
            ),
            (
                "The Conservative Party lost. The Tories will try again, a Tory MP said.",
                "Conservative Party",
                &["Tories", "Tory"],
            ),
            // A known organization is no short form of its product or unit, a longer name
            // no head word or legal suffix closes.
            (
                "Apple showed the new Apple Watch on Tuesday. Apple said sales rose.",
                "Apple",
                &[],
            ),
            // A short form that clips or abbreviates each word of the full name.
            (
                "The Liberal Democrats launched their plan. The Lib Dems say taxes will rise, \
                 and a Lib Dem MP agreed.",
                "Liberal Democrats",
                &["Lib Dems", "Lib Dem"],
            ),
            (
                "Manchester United won again. Man Utd now lead the table.",
                "Manchester United",
                &["Man Utd"],
            ),
            // (A legal suffix of the full name aside.)
            (
                "Harbor Pharmaceuticals Inc agreed the deal. Harbor Pharma shares fell.",
                "Harbor Pharmaceuticals Inc",
                &["Harbor Pharma"],
            ),
            (
                "Harbor will buy Kelvin Biosciences. Kelvin Bio shares jumped.",
                "Kelvin Biosciences",
                &["Kelvin Bio"],
            ),
            // (Not an English word that is none of them: "news" of "networks".)
            (
                "Sky Networks sold the rights. Sky News reported the sale.",
                "Sky Networks",
                &[],
            ),
            // (Not bonds of a body whose name ends in a head word.)
            (
                "The Kestrel Treasury sold more bonds as Kestrel Treasuries fell.",
                "Kestrel Treasury",
                &[],
            ),
            // (Not when two people so named hold them.)
            (
                "George P. Walden arrived. George T. Walden left. George Walden thanked them.",
                "George P. Walden",
                &[],
            ),
            // A family name first, then "Mr" with it alone.
            (
                "“It will happen,” said Kim Yungman, a strategist at Dongwon. “They have been \
                 stalling,” said Mr Kim.",
                "Kim Yungman",
                &["Kim"],
            ),
            // Not a given name that opens a western name: "Mr Howard" is someone else.
            (
                "Sacked MP Howard Flint spoke. Mr Howard insisted he had played by the rules.",
                "Howard Flint",
                &[],
            ),
            // "Industry" ends an organization's name, and the nationality before it belongs
            // to the name.
            (
                "A spokesman for the British Phonographic Industry (BPI) said sales rose. The \
                 BPI will publish the chart.",
                "British Phonographic Industry",
                &["BPI"],
            ),
            // A straight mark after a comma closes a quote: the surname after it does not
            // open a sentence, so "May" (also a month) and "Will" are the people's.
            (
                "Guitarist Ray May joined in 1970. \"It was the best night,\" May wrote.",
                "Ray May",
                &["May"],
            ),
            // A month that speaks at a sentence start is the person's name too.
            (
                "Guitarist Ray May will tour from April. May said: \"We are back on the road.\"",
                "Ray May",
                &["May"],
            ),
            (
                "\"It is a commons,\" Will Davis, a research fellow, said. \"We share it,\" said \
                 Mr Davis.",
                "Will Davis",
                &["Davis"],
            ),
            // "Mr" and "Mrs" with a surname two people share: the one of that gender.
            (
                "Bill Clinton and Hillary Clinton left in 2001. Mr Clinton wrote a book. Mrs \
                 Clinton ran for the Senate.",
                "Hillary Clinton",
                &["Clinton"],
            ),
            (
                "Hillary Clinton and Bill Clinton left in 2001. Mrs Clinton ran for the Senate. \
                 Mr Clinton wrote a book.",
                "Bill Clinton",
                &["Clinton"],
            ),
            // A company of letters, a name and a noun goes by the name: "Harbison" of "KT
            // Harbison Tobacco" (as "Rover" of "MG Rover").
            (
                "The cigarette maker KT Harbison Tobacco lost the case. The decision sent \
                 Harbison shares up 4.5%.",
                "KT Harbison Tobacco",
                &["Harbison"],
            ),
            // An acronym spelling a short place whole: "UKHC" of "UK Harbour Council".
            (
                "The UK Harbour Council met on Monday. The UKHC said it would close the port.",
                "UK Harbour Council",
                &["UKHC"],
            ),
            // An organization's name without the country in front.
            (
                "The contract was for the US Air Force. A top Air Force aide was hired.",
                "US Air Force",
                &["Air Force"],
            ),
            // A legal suffix written in full or short is one company.
            (
                "Harbour Media Corporation is buying out investors. Harbour Media Corp shares \
                 fell.",
                "Harbour Media Corporation",
                &["Harbour Media Corp"],
            ),
            // An acronym in parentheses right after a name is its short form, even when it
            // spells a word the name leaves out ("Group").
            (
                "Shares in Kestrel Ocean Financial (KOFG) rose. Talks were confirmed by KOFG.",
                "Kestrel Ocean Financial",
                &["KOFG"],
            ),
            // … or the initials of its first words, three or more ("IAM" of the
            // International Association of Machinists and Aerospace Workers).
            (
                "The United Federation of Dock and Harbour Workers (UFD) said the talks had \
                 failed. UFD members will vote next week.",
                "United Federation of Dock and Harbour Workers",
                &["UFD"],
            ),
            // A first name alone that only a person's words back ("Charlie's family", "…,"
            // Charlie said) is that person's; with a title it is someone else's.
            (
                "Chief executive Charlie Bell died on Monday. \"He was loved,\" Charlie said \
                 once. Staff were asked to keep Charlie's family in their hearts. Prince \
                 Charles sent flowers, and Charles Dunn wrote.",
                "Charlie Bell",
                &["Charlie"],
            ),
            (
                "Chief executive Charlie Bell died on Monday. Prince Charles sent flowers, \
                 and Charles Dunn wrote.",
                "Charles Dunn",
                &[],
            ),
            // A first name after a kin noun is a relative's: it joins a full name only of
            // that family ("his brother Mukesh" of "Mukesh Ambani" when Anil Ambani is
            // named; not "his son Nick" of "Nick Vaughan").
            (
                "Tom Howard was introduced by his son Nick, a trainee vicar. \"It was great,\" \
                 said student Nick Vaughan.",
                "Nick Vaughan",
                &[],
            ),
            (
                "Anil Ambani, 45, has resigned, said chairman Mukesh Ambani. Anil accused a \
                 confidant of his brother Mukesh of plotting.",
                "Mukesh Ambani",
                &["Mukesh"],
            ),
            // A surname the article makes a person's types the full name that only weak
            // evidence ("in …") types otherwise.
            (
                "\"I have full confidence in Toshiro Kawabe,\" Mr Ghosn said. Mr Kawabe will \
                 serve as his deputy.",
                "Toshiro Kawabe",
                &["Kawabe"],
            ),
            // A short form joins the fullest of nested names that hold its words.
            (
                "The US Federal Reserve raised rates. The Federal Reserve said more. The Fed \
                 can wait.",
                "US Federal Reserve",
                &["Federal Reserve", "Fed"],
            ),
            // A family name written first, then with a title alone: "Mr Ahn" of "Ahn Seung".
            (
                "\"Exports are recovering,\" said finance minister Ahn Seung. Mr Ahn said \
                 rates would hold.",
                "Ahn Seung",
                &["Ahn"],
            ),
            // … even when nothing but the title makes the full name a person's.
            (
                "The case involved the former head of Jade River Bank, Tang Xiaobo, jailed \
                 in 2003. Mr Tang was in charge when the scandal broke.",
                "Tang Xiaobo",
                &["Tang"],
            ),
            (
                "Fed chief warns on deficit\n\nFederal Reserve chairman Alan Greenspan \
                 spoke on Wednesday.",
                "Federal Reserve",
                &["Fed"],
            ),
            (
                "Standard & Poor's raised its outlook. S&P said the economy was strong.",
                "Standard & Poor's",
                &["S&P"],
            ),
            // "Chambers of" continues a name; its acronym joins it.
            (
                "The British Chambers of Commerce (BCC) said rates should hold. The BCC wants \
                 cuts.",
                "British Chambers of Commerce",
                &["BCC"],
            ),
            (
                "Marks & Spencer said sales fell. M&S shares rose.",
                "Marks & Spencer",
                &["M&S"],
            ),
            (
                "Fed chairman Alan Greenspan said the US Federal Reserve would act. The Fed \
                 raised rates.",
                "US Federal Reserve",
                &["Fed"],
            ),
            (
                "Merrill Lynch lost the case. \"We will appeal,\" Merrill said.",
                "Merrill Lynch",
                &["Merrill"],
            ),
            (
                "Lin Mei-hua was jailed on Friday. Lin, a former army officer, said she would \
                 appeal.",
                "Lin Mei-hua",
                &["Lin"],
            ),
            (
                "Anil Ambani, the younger of the two brothers, has resigned. Mr Ambani said \
                 he would stay on the board.",
                "Anil Ambani",
                &["Ambani"],
            ),
            (
                "President Luiz Inacio Lula da Silva spoke. However, Mr da Silva has stuck to \
                 his policy. President da Silva has defended it.",
                "Luiz Inacio Lula da Silva",
                &["da Silva"],
            ),
            // A player's surname that beats someone, made a person by more than that.
            (
                "India's Sania Mirza reached the second round of the tournament, a week after \
                 her first title and a quarter-final. 18-year-old Mirza beat Jelena \
                 Kostanic 6-7 (7-2) 6-4 6-1. Mirza, the first Indian woman to win a WTA title, \
                 will face Svetlana Kuznetsova.",
                "Sania Mirza",
                &["Mirza"],
            ),
            // "Sir" or "Dame" and a given name: the knight named in full.
            (
                "Sir Alex Ferguson picked the side. Sir Alex said Cristiano Ronaldo would \
                 start.",
                "Alex Ferguson",
                &["Alex"],
            ),
            // An organization's head word before "of" alone.
            (
                "The row has reached the European Court of Justice. The Court will rule in \
                 the autumn.",
                "European Court of Justice",
                &["Court"],
            ),
            // A surname of two words.
            (
                "Sylvia Farina Elia won 7-5 7-6 (8-6). Williams blamed her defeat by Farina \
                 Elia on injuries.",
                "Sylvia Farina Elia",
                &["Farina Elia"],
            ),
            (
                "Composer Andrew Lloyd Webber sold the theatre. Lloyd Webber said he was sad.",
                "Andrew Lloyd Webber",
                &["Lloyd Webber"],
            ),
            (
                "Captain Billie Jean King picked the team. \"We need her,\" King said.",
                "Billie Jean King",
                &["King"],
            ),
            (
                "Anthony Hill called Jansher Khan a cheat. Jansher's return was good, the referee said.",
                "Jansher Khan",
                &["Jansher"],
            ),
            (
                "The drugs group Eli Lilly plans cuts, and Eli Lilly's finance director John Roe agreed. Lilly makes insulin.",
                "Eli Lilly",
                &["Lilly"],
            ),
            // An acronym said as a word, written with one capital, in parentheses; a word
            // the name leaves out gives it a letter more.
            (
                "Cards overtook cash, according to the Association for Payment Clearing \
                 Services (Apacs). Apacs said so.",
                "Association for Payment Clearing Services",
                &["Apacs"],
            ),
            // The part of a hyphenated first word before the hyphen.
            (
                "German shares rose, led by Daimler-Benz AG. Daimler rose 1.70 marks.",
                "Daimler-Benz AG",
                &["Daimler"],
            ),
            // One name written with and without a space or a mark.
            (
                "His adviser, JPMorgan, quit. The FT said JP Morgan still had a role.",
                "JP Morgan",
                &["JPMorgan"],
            ),
            (
                "He moved to the U.K. in May. The UK economy grew.",
                "U.K.",
                &["UK"],
            ),
            // A clipped form of two clipped forms joins the fullest.
            (
                "Shares in Man Utd rose. Manchester United fans objected, and the Man United \
                 board met.",
                "Manchester United",
                &["Man Utd", "Man United"],
            ),
            // A known company's cars in the plural are its mentions, not its name.
            (
                "GM is building Saabs on one frame. Saab's losses grew.",
                "Saab",
                &["Saabs"],
            ),
            // A known company named after its founder, and its surname typed on its own.
            (
                "Builder George Wimpey cut prices. Wimpey said sales were slow.",
                "George Wimpey",
                &["Wimpey"],
            ),
            // A short form news uses, from `short_forms.txt`.
            (
                "PricewaterhouseCoopers cut fees. PwC said so.",
                "PricewaterhouseCoopers",
                &["PwC"],
            ),
            // A one-word name of capitalized parts: their initials, its first part.
            (
                "GlaxoSmithKline posted profits. GSK said Glaxo had cut costs.",
                "GlaxoSmithKline",
                &["GSK", "Glaxo"],
            ),
            // So may one of four capitals or more.
            (
                "The Chicago Board of Trade said it would extend trading hours. CBOT \
                 chairman Patrick Arbor said so.",
                "Chicago Board of Trade",
                &["CBOT"],
            ),
            // A mixed-case acronym spells the small words too: "BoE", "MoD".
            (
                "The Bank of England held rates. The BoE meets again in March.",
                "Bank of England",
                &["BoE"],
            ),
            // A short form of a name "of" a place ("the Reserve Bank", "the Bank").
            (
                "The Reserve Bank of Australia held rates. The Reserve Bank said it would wait.",
                "Reserve Bank of Australia",
                &["Reserve Bank"],
            ),
            (
                "The Bank of England held rates. The Bank said it would wait.",
                "Bank of England",
                &["Bank"],
            ),
            // An acronym of the name without the country before it.
            (
                "The US Food and Drug Administration warned doctors. The FDA said the drug was safe.",
                "US Food and Drug Administration",
                &["FDA"],
            ),
            // An organization's head word alone is that organization.
            (
                "The European Commission fined the firm. The Commission said it would appeal.",
                "European Commission",
                &["Commission"],
            ),
            (
                "Doctors in the US warned the US Senate. The US Senate met.",
                "US Senate",
                &[],
            ),
            // A name joined to another by "and" is no short form of the joined run.
            (
                "The prize was chosen by Channel Five and BBC World Service listeners. Channel \
                 Five said it was pleased.",
                "Channel Five",
                &[],
            ),
        ];
        for (text, name, aliases) in cases {
            let e = entities(&Document::parse(*text));
            let found = e
                .people
                .iter()
                .chain(&e.organizations)
                .chain(&e.locations)
                .find(|x| x.name == *name);
            assert_eq!(
                found.map(|x| x.aliases.clone()),
                Some(aliases.iter().map(|a| a.to_string()).collect()),
                "in {text:?}"
            );
        }
    }

    #[test]
    fn more_cases() {
        let cases: &[(&str, &[&str])] = &[
            // A side's innings in a cricket report: a county there is a team (a country
            // stays a place).
            (
                "Jon Tarrow took five wickets as Sussex were dismissed for 214. By stumps \
                 Surrey had reached 108 for three, and the batsmen took England to 300 in an \
                 innings.",
                &["P:Jon Tarrow", "O:Sussex", "O:Surrey", "L:England"],
            ),
            // Airlines are in the list of organizations ("El Al" is no place).
            (
                "Evidence from El Al and from Alitalia was sent to officials in Rome.",
                &["O:El Al", "O:Alitalia", "L:Rome"],
            ),
            // Companies of the corporate scandals are in the list of organizations.
            (
                "After a string of scandals in the United States - from Enron to WorldCom - \
                 the rules changed.",
                &["O:Enron", "O:WorldCom", "L:United States"],
            ),
            // A band's frontman or guitarist is a person.
            (
                "Showbiz figures came, including Zeta frontman Orvo and guitarist Kelzo.",
                &["P:Orvo", "P:Kelzo"],
            ),
            // After "like", a plural noun for bodies or places types the name (one for people
            // does not: "like" may be the verb).
            (
                "The gap between companies like Marlow Tane and fishing ports like Peterhead \
                 is wide.",
                &["O:Marlow Tane", "L:Peterhead"],
            ),
            // A plural noun before "such as" or "including" types the name after it.
            (
                "Wine makers in France's best-known regions, such as Burgundy, struggle. Other \
                 US carriers, including Skyway, have sought protection. Stars such as Milt \
                 Jackson played.",
                &[
                    "P:Milt Jackson",
                    "O:Skyway",
                    "L:France",
                    "L:Burgundy",
                    "L:US",
                ],
            ),
            // "a firm called X", "a man named Y", "a village called Z".
            (
                "It was sold to a previously unknown firm called Varnak. Varnak then sold \
                 it. A man named Kowal lived in a village called Sulka.",
                &["P:Kowal", "O:Varnak", "L:Sulka"],
            ),
            // A saint's possessive inside a name; a cathedral is a place.
            (
                "Crowds filled St Paul's Cathedral, and St Ninian's Shopping Centre was busy.",
                &["O:St Ninian's Shopping Centre", "L:St Paul's Cathedral"],
            ),
            // "the cities of X, Y and Z": a plural place noun types the list.
            (
                "It has three breweries in the cities of Dnistrov, Nikolaev and Kharkov.",
                &["L:Dnistrov", "L:Nikolaev", "L:Kharkov"],
            ),
            // A list of names mostly people's by their shape types the one no evidence
            // types.
            (
                "Squad: Aamir Sohail, Moin Khan, Saqlain Mushtaq, Waqar Younis, Ata-ur-Rehman.",
                &[
                    "P:Aamir Sohail",
                    "P:Moin Khan",
                    "P:Saqlain Mushtaq",
                    "P:Waqar Younis",
                    "P:Ata-ur-Rehman",
                ],
            ),
            // What rises or falls by a percentage is a listed company (or a market), not a
            // person; a country's economy grows.
            (
                "Travel firms took a hit, with Japan's Tabi Nippon sliding 1.5% and Orlan \
                 dropping 3.3 per cent. France grew 0.5% in the quarter.",
                &["O:Tabi Nippon", "O:Orlan", "L:Japan", "L:France"],
            ),
            // A surname two people of the article share is a person's, though it joins
            // neither.
            // A relative's given name, after a comma too, joins the family member so named,
            // even a place's name.
            (
                "Linda Harmon farms. Harmon's son, Tyler, wants the farm. Tyler Harmon laughed.",
                &["P:Linda Harmon", "P:Tyler Harmon"],
            ),
            // (Unless one is named before all its mentions, the other after them.)
            (
                "Linda Harmon farms here. “Prices are low,” Harmon said. Tyler Harmon, her \
                 son, laughed.",
                &["P:Linda Harmon", "P:Tyler Harmon"],
            ),
            // (Or named later and then called by the given name alone.)
            (
                "Owner Latoya Grant bakes. “We sell out,” Grant says. Her sister, Denise \
                 Grant, keeps the books. “I worry,” Denise says. But Grant says it works.",
                &["P:Latoya Grant", "P:Denise Grant"],
            ),
            (
                "Jimi Tarrant grew up here. Al Tarrant, his father, lived in the house until \
                 1956. Fans of Tarrant hoped to save it. Tarrant supporters marched.",
                &["P:Jimi Tarrant", "P:Al Tarrant", "P:Tarrant"],
            ),
            // An age set off by commas after a name is a person's; someone "sentenced with"
            // a name does not work there.
            (
                "Police held the dissident Chen Haolin. Another activist sentenced with Chen \
                 tried to escape. Chen, 45, was sentenced last month. Officials told Chen's \
                 family nothing.",
                &["P:Chen Haolin"],
            ),
            (
                "In Panama City on Saturday, Marlowe, 38, takes on Ivo Brandt.",
                &["P:Marlowe", "P:Ivo Brandt", "L:Panama City"],
            ),
            // (Not a figure after a place.)
            (
                "The index closed in Frankfurt, 45 points lower.",
                &["L:Frankfurt"],
            ),
            // Regions are places; "Arabian" (of "Saudi Arabian") is a nationality.
            (
                "Jobs will go across its operations in the Americas and South-East Asia, \
                 and a Saudi Arabian prince will buy shares.",
                &["L:Americas", "L:South-East Asia"],
            ),
            // What a stake or shares are held in is a company, not a place.
            (
                "Retailer Tarvo bought a 20% stake in Zelora. It may raise its stake in \
                 Zelora. Zelora said nothing.",
                &["O:Tarvo", "O:Zelora"],
            ),
            // An apposition headed by an organization noun after a possessive.
            (
                "It sold the unit to Quenby, the country's biggest online travel firm.",
                &["O:Quenby"],
            ),
            // A name's possessive with nothing owned after it is a shop's or a firm's name
            // (surely so in a list of them; alone, a person's name stays one).
            (
                "It owns famous stores like Hallett's, Dunmore's and Gregory Pine's, creating \
                 the largest chain.",
                &["O:Hallett", "O:Dunmore", "O:Gregory Pine"],
            ),
            (
                "Her views on health care are so close to Helen Barrow's, she said.",
                &["P:Helen Barrow"],
            ),
            // A head word opening a sentence is the common noun, even when a longer name of
            // the article holds it.
            (
                "Harland News & Media is buying a stake. News of the deal came as results were \
                 released.",
                &["O:Harland News & Media"],
            ),
            // Acronyms of common nouns ("SUVs") name nothing; a people is no organization.
            (
                "Carmakers are building sports utility vehicles (SUVs). The SUV market grew.",
                &[],
            ),
            ("Most of the Malays are Muslims.", &[]),
            // A known organization after a title is the title's organization.
            (
                "Boeing announced a deal. \"Demand is strong,\" said Dinesh Rao, senior vice \
                 president Boeing.",
                &["P:Dinesh Rao", "O:Boeing"],
            ),
            // A role word opening an organization's name is part of it.
            (
                "Growth will slow, said Stuart Hensel of the Economist Intelligence Unit.",
                &["P:Stuart Hensel", "O:Economist Intelligence Unit"],
            ),
            // A well-known company named after a person stays a company.
            (
                "Altria's Philip Morris now accepts that nicotine is harmful.",
                &["O:Altria", "O:Philip Morris"],
            ),
            // What reports is a newspaper or an agency.
            (
                "Roads were blocked, newspapers including El Hadath reported. El Hadath said \
                 calm returned.",
                &["O:El Hadath"],
            ),
            // A surname's evidence counts for the fuller name it joins: a company named
            // after its founder.
            (
                "Building products group James Hardell has agreed to pay. The deal must win the \
                 approval of Hardell's shareholders.",
                &["O:James Hardell"],
            ),
            // Cricket words make a sports story: its ground is a place, its counties teams.
            (
                "Lancashire beat Surrey at Old Trafford, where the batsman hit 113 and the \
                 bowler took four wickets.",
                &["O:Lancashire", "O:Surrey", "L:Old Trafford"],
            ),
            // A first name that is also an English word, before a common surname that is
            // none, opens a person's name (not "Presidents Reagan", "River Thames").
            (
                "Chipper Jones singled home the tying run, and Clive Owen watched.",
                &["P:Chipper Jones", "P:Clive Owen"],
            ),
            // A preposition before a possessive governs what the name owns.
            (
                "Telecoms firm Corvex has collapsed. He hid a hole in Corvex's finances and \
                 shortfalls in Corvex's accounts, which led to Corvex's collapse.",
                &["O:Corvex"],
            ),
            // A place with its country after it.
            (
                "The bomb went off over Tarlow, Scotland, in 1988.",
                &["L:Tarlow", "L:Scotland"],
            ),
            // A comma closing the sentence opens no apposition.
            ("The winner was Quenby,", &["O:Quenby"]),
            // A plant or factory named by where it stands.
            (
                "The deal was crucial to carmaker Corvane's Longbridge plant. Jobs at \
                 Longbridge could go.",
                &["O:Corvane", "L:Longbridge"],
            ),
            (
                "LONDON (Reuters) - Shares fell on Friday.",
                &["O:Reuters", "L:LONDON"],
            ),
            (
                "TOKYO (Reuters) - The yen rose against the dollar.",
                &["O:Reuters", "L:TOKYO"],
            ),
            (
                "Said Ali, a trader in Cairo, agreed.",
                &["P:Said Ali", "L:Cairo"],
            ),
            (
                "The strike hit Boeing and Airbus.",
                &["O:Boeing", "O:Airbus"],
            ),
            (
                "Officials in Brussels and Berlin disagreed.",
                &["L:Brussels", "L:Berlin"],
            ),
            (
                "It sells in Latin America and Southeast Asia.",
                &["L:Latin America", "L:Southeast Asia"],
            ),
            ("The Kremlin denied the report.", &["O:Kremlin"]),
            (
                "It bought fellow UK firm Tibbett & Britten.",
                &["O:Tibbett & Britten", "L:UK"],
            ),
            ("Prosecutors said the Tory plan failed.", &["O:Tory"]),
            ("She won an Oscar and two Baftas.", &[]),
            ("Sales of DVD players and MP3 files rose at New Year.", &[]),
            (
                "The cuts were first reported by Harbourside KTV on Monday.",
                &["O:Harbourside KTV"],
            ),
            (
                "Struggling Japanese car maker Mitsubishi Motors agreed a deal.",
                &["O:Mitsubishi Motors"],
            ),
            (
                "Flights left Imam Khomeini International Airport and the SUVs were sold.",
                &["L:Imam Khomeini International Airport"],
            ),
            (
                "He became secretary of the Commission on Social Justice.",
                &["O:Commission on Social Justice"],
            ),
            (
                "He took an MSc at Haverstock Comprehensive.",
                &["O:Haverstock Comprehensive"],
            ),
            ("The bill passed the Senate on Tuesday.", &["O:Senate"]),
            ("Exports to the United States rose.", &["L:United States"]),
            ("The Canadian firm moved to Alberta.", &["L:Alberta"]),
            ("Texas-based Dell cut prices.", &["O:Dell", "L:Texas"]),
            ("The Japanese carmaker Toyota recalled cars.", &["O:Toyota"]),
            (
                "Workers at the Ford plant in Detroit voted.",
                &["O:Ford", "L:Detroit"],
            ),
            ("Barclays and HSBC cut rates.", &["O:Barclays", "O:HSBC"]),
            (
                "Amara Osei, an analyst at Halden Research, said yes.",
                &["P:Amara Osei", "O:Halden Research"],
            ),
            ("“Demand is strong,” Okonkwo said.", &["P:Okonkwo"]),
            ("The OECD said growth would slow.", &["O:OECD"]),
            ("Ofgem and the CMA opened inquiries.", &["O:Ofgem", "O:CMA"]),
            (
                "The talks in Geneva were led by Lakhdar Brahimi.",
                &["P:Lakhdar Brahimi", "L:Geneva"],
            ),
            (
                "She studied at Harvard University and Oxford.",
                &["O:Harvard University", "L:Oxford"],
            ),
            ("The Leeds plant employs 250 people.", &["L:Leeds"]),
            ("Most Americans and Europeans agreed.", &[]),
            (
                "The French-Israeli film and the Anglo-Dutch group won.",
                &[],
            ),
            (
                "Plaid Cymru and the Liberal Democrat leader objected.",
                &["O:Plaid Cymru", "O:Liberal Democrat"],
            ),
            ("The Dow fell while the FTSE rose.", &[]),
            (
                "In the league match, Bolton Wanderers beat Derby County with two late goals.",
                &["O:Bolton Wanderers", "O:Derby County"],
            ),
            ("The match in Madrid ended in a draw.", &["L:Madrid"]),
            (
                "Troops retook the town of Kelvara, three km east of Dunmoor.",
                &["L:Kelvara", "L:Dunmoor"],
            ),
            ("Many Hutus and Tutsis fled across the border.", &[]),
            (
                "In the last league match of the season the Florida Marlins beat the Cincinnati Reds and Paris Hilton watched.",
                &["P:Paris Hilton", "O:Florida Marlins", "O:Cincinnati Reds"],
            ),
            (
                "Former England captain Will Carling and the Soviet Union were named.",
                &["P:Will Carling", "L:England", "L:Soviet Union"],
            ),
            (
                "Two F-16 jets and AK-47s were seen; output rose in January-June.",
                &[],
            ),
            // Names listed together share the type of the list's known names.
            (
                "Manager Mick Carter picked Gary Breen and Ian Harte. The team is: Breen, Staunton, Harte, McAteer, Townsend.",
                &[
                    "P:Mick Carter",
                    "P:Gary Breen",
                    "P:Ian Harte",
                    "P:Staunton",
                    "P:McAteer",
                    "P:Townsend",
                ],
            ),
            // A plural team name is a plural noun; a surname ending in s is a player.
            // A scorer's line: a name before the minute of the goal is a player's.
            (
                "Norway beat Iceland 2-0 in the World Cup qualifier, their first goal of the \
                 match coming late.\n\nScorers: Tarjei Mykland 81st minute, Rune Dahle (89th)",
                &["P:Tarjei Mykland", "P:Rune Dahle", "L:Norway", "L:Iceland"],
            ),
            (
                "Norway beat Iceland 2-0 in the World Cup qualifier, their first goal of the \
                 match coming late.\n\nNorway - Tarjei Mykland (13th), Rune Dahle (88th)",
                &["P:Tarjei Mykland", "P:Rune Dahle", "L:Norway", "L:Iceland"],
            ),
            (
                "Norway drew with Iceland.\n\nNorway - Tarjei Mykland (13th), Rune Dahle (88th)",
                &["P:Tarjei Mykland", "P:Rune Dahle", "L:Norway", "L:Iceland"],
            ),
            // Not a place in a ranking written as a sentence.
            (
                "The list names the Pez dispenser (98th) and the Tamagotchi (86th).",
                &["O:Pez", "O:Tamagotchi"],
            ),
            // In a sports story, "at X" is the ground.
            (
                "England won the match against Pakistan by 107 runs at Tolworth Park on \
                 Saturday, their first victory of the season, and drew at Brackley.",
                &["L:England", "L:Pakistan", "L:Tolworth Park", "L:Brackley"],
            ),
            // In a sports story, a place and a capitalized plural name a team.
            (
                "Marv Tuttle homered twice as the Tulsa Drillers defeated the Lincoln Indians \
                 5-3 on Friday, their fifth victory of the season in the league.",
                &["P:Marv Tuttle", "O:Tulsa Drillers", "O:Lincoln Indians"],
            ),
            (
                "The goal stood and the match ended in victory. But Nigel Williams said the \
                 league should look again at the season.",
                &["P:Nigel Williams"],
            ),
            (
                "In the championship match Derbyshire won by nine wickets and can take the \
                 day off with Rutlandshire, who beat Somerset on Friday.",
                &["O:Derbyshire", "O:Rutlandshire", "O:Somerset"],
            ),
            // An English plural that is also a surname is no player when alone.
            (
                "The Tigers blanked the Kansas City Royals 4-0 in the league season. Van \
                 Poppel struck out two in defeating the Royals in the championship.",
                &[
                    "P:Van Poppel",
                    "O:Tigers",
                    "O:Kansas City Royals",
                    "O:Royals",
                ],
            ),
            // A place after a victory "over" (or a defeat "by") is the team beaten.
            (
                "In the league season Harlequins scored a try apiece in their 75-19 victory \
                 over Gloucester, a week after a defeat by Northampton.",
                &["O:Harlequins", "O:Gloucester", "O:Northampton"],
            ),
            // A town's player, in a sports story, is its club's.
            (
                "In the league match, Middlesbrough's Brazilian midfielder Juninho was booked \
                 in the 36th minute and the goal stood.",
                &["P:Juninho", "O:Middlesbrough"],
            ),
            // A player's surname that wins or beats is the player, not a team.
            (
                "Dalia Krupes reached the final of the tournament. Krupes beat Ana Mirza \
                 in the semi-final and Krupes won the title.",
                &["P:Dalia Krupes", "P:Ana Mirza"],
            ),
            (
                "In the cup final, Didier Hendriks scored two goals and the Blue Jays fans cheered.",
                &["P:Didier Hendriks", "O:Blue Jays"],
            ),
            (
                "Leicestershire beat Somerset by an innings in the county championship match.",
                &["O:Leicestershire", "O:Somerset"],
            ),
            (
                "Ludwig van Beethoven wrote nine symphonies.",
                &["P:Ludwig van Beethoven"],
            ),
            ("Osama bin Laden was named.", &["P:Osama bin Laden"]),
            (
                "The Dai-ichi Life Research Institute said so.",
                &["O:Dai-ichi Life Research Institute"],
            ),
            (
                "New disclosure rules apply to the Harlow Trust.",
                &["O:Harlow Trust"],
            ),
        ];
        for (text, expected) in cases {
            check(text, expected);
        }
    }

    #[test]
    fn google_deepmind_is_not_google() {
        check(
            "Meta competes with Google DeepMind. Google also spends heavily.",
            &["O:Meta", "O:Google DeepMind", "O:Google"],
        );
    }

    #[test]
    fn mentions_are_spans_without_possessives() {
        let text = "Zuckerberg’s message: Zuckerberg wants more. Mark Zuckerberg agreed.";
        let doc = Document::parse(text);
        let e = entities(&doc);
        let spans: Vec<&str> = e.people[0]
            .mentions
            .iter()
            .map(|m| doc.slice(m.span))
            .collect();
        assert_eq!(spans, ["Zuckerberg", "Zuckerberg", "Mark Zuckerberg"]);
    }

    #[track_caller]
    fn check_roles(text: &str, person: &str, expected: &[(&str, Option<&str>)]) {
        let doc = Document::parse(text);
        let e = entities(&doc);
        let p = e
            .people
            .iter()
            .find(|p| p.name == person)
            .unwrap_or_else(|| panic!("{person} not found in {text:?}: {:?}", e.people));
        let got: Vec<(&str, Option<&str>)> = p
            .roles
            .iter()
            .map(|r| {
                (
                    r.title.as_str(),
                    r.organization.map(|o| e.organizations[o].name.as_str()),
                )
            })
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn roles() {
        // (Text, person, the roles expected: title and organization.)
        type Case = (
            &'static str,
            &'static str,
            &'static [(&'static str, Option<&'static str>)],
        );
        let cases: &[Case] = &[
            (
                "“They’re streamlining,” said Daniel Ives, tech analyst at Wedbush Securities.",
                "Daniel Ives",
                &[("tech analyst", Some("Wedbush Securities"))],
            ),
            (
                "Sarah Hindle, director at the AI Policy Institute, agreed.",
                "Sarah Hindle",
                &[("director", Some("AI Policy Institute"))],
            ),
            (
                "Opposition Leader Peter Dutton dismissed it.",
                "Peter Dutton",
                &[("Opposition Leader", None)],
            ),
            // An acronym opening the sentence before the title.
            (
                "The Housing Industry Association welcomed it. HIA chief economist Tom Devitt \
                 said more.",
                "Tom Devitt",
                &[("chief economist", Some("Housing Industry Association"))],
            ),
            // A rank of one word between the office and the name.
            (
                "“He was in and out,” Portland Police Bureau spokesperson Sgt. Kevin Allen said.",
                "Kevin Allen",
                &[
                    ("Sgt", None),
                    ("spokesperson", Some("Portland Police Bureau")),
                ],
            ),
            // "of the central bank": the bank named before, however far back.
            (
                "Godwin Emefiele has led the Central Bank of Nigeria since 2014. The naira fell. \
                 Inflation rose. Prices climbed. Kingsley Moghalu, a former deputy governor of \
                 the central bank, said so.",
                "Kingsley Moghalu",
                &[("former deputy governor", Some("Central Bank of Nigeria"))],
            ),
            // "the fund's": the fund named last, though a bank comes after it.
            (
                "The International Monetary Fund cut its forecast. Officials at the IMF and the \
                 World Bank agreed. The fund's managing director, Kristalina Georgieva, said so.",
                "Kristalina Georgieva",
                &[("managing director", Some("International Monetary Fund"))],
            ),
            // "the college's": the college named last.
            (
                "The Royal College of Nursing said so, and Acme Corp. agreed. Dr Adrian Boyle, \
                 the college's president, said more.",
                "Adrian Boyle",
                &[("president", Some("Royal College of Nursing"))],
            ),
            // Police ranks, written whole or short.
            (
                "Acting Detective Chief Superintendent Mick Deats said so. Det Sgt Claire \
                 Whitworth agreed.",
                "Mick Deats",
                &[("Acting Detective Chief Superintendent", None)],
            ),
            (
                "Acting Detective Chief Superintendent Mick Deats said so. Det Sgt Claire \
                 Whitworth agreed.",
                "Claire Whitworth",
                &[("Det Sgt", None)],
            ),
            // A city's offices and everyday occupations.
            (
                "Ward 2 Alderman Shawn Gregory voted against the plan.",
                "Shawn Gregory",
                &[("Alderman", None)],
            ),
            (
                "Janet Moore, a retired teacher who volunteers at the library, spoke.",
                "Janet Moore",
                &[("retired teacher", None)],
            ),
            // Sciences' and the law's professions.
            (
                "Dr Sarah Lim, a reproductive biologist at Imperial College London, urged \
                 caution.",
                "Sarah Lim",
                &[("reproductive biologist", Some("Imperial College London"))],
            ),
            // An office's words inside a capitalized title, a courtesy title after it.
            (
                "Leyden's Chief Scientific Officer Dr. Marieke de Vries joined in 2019.",
                "Marieke de Vries",
                &[("Chief Scientific Officer", Some("Leyden"))],
            ),
            (
                "Said Mr Bysshe: “It is a new game.” Under Mr Bysshe, sales rose.",
                "Bysshe",
                &[],
            ),
            (
                "Leyden Therapeutics fell, said Leyden co-founder and Chief Scientific Officer \
                 Marieke de Vries.",
                "Marieke de Vries",
                &[("Chief Scientific Officer", Some("Leyden Therapeutics"))],
            ),
            (
                "Former Hudson Bank president Richard Kessler and Chief Lending Officer Maria \
                 Santos were convicted.",
                "Maria Santos",
                &[("Chief Lending Officer", None)],
            ),
            (
                "Qantas chief executive Geoff Dixon said fuel costs rose.",
                "Geoff Dixon",
                &[("chief executive", Some("Qantas"))],
            ),
            // A capitalized title before the name, the organization after it; not one that
            // qualifies a noun after "the", nor a peer's seat.
            (
                "Analyst Julius Maldutis of Salomon Brothers cut his forecast.",
                "Julius Maldutis",
                &[("Analyst", Some("Salomon Brothers"))],
            ),
            (
                "Economist Joel Naroff at First Union Corp said rates would rise.",
                "Joel Naroff",
                &[("Economist", Some("First Union Corp"))],
            ),
            (
                "Unions met Deputy Prime Minister John Prescott at the Labour spring conference.",
                "John Prescott",
                &[("Deputy Prime Minister", None)],
            ),
            // A hyphenated title of a body's head; "arap" inside a Kenyan name.
            (
                "President Daniel arap Moi's party, KANU, met. KANU secretary-general Joseph \
                 Kamotho dismissed the charges.",
                "Joseph Kamotho",
                &[("secretary-general", Some("KANU"))],
            ),
            (
                "President Daniel arap Moi's party, KANU, met. KANU secretary-general Joseph \
                 Kamotho dismissed the charges. Moi said nothing.",
                "Daniel arap Moi",
                &[("President", None)],
            ),
            // A title opening the sentence, its first word capitalized for that alone; of the
            // article's company. "Head of money and markets at" a firm makes it a firm.
            (
                "Kestrel Holdings grew. Kestrel sells chips. Chief executive Rene Holt told the \
             BBC that Kestrel was doing well.",
                "Rene Holt",
                &[("Chief executive", Some("Kestrel Holdings"))],
            ),
            // "press", "minority", "majority" stand in titles: "press secretary", "Senate
            // Minority Leader" (the Senate is the body).
            (
                "White House press secretary Kara Lane told reporters so.",
                "Kara Lane",
                &[("press secretary", Some("White House"))],
            ),
            (
                "Senate Minority Leader Chuck Shaw called it chaos.",
                "Chuck Shaw",
                &[("Minority Leader", Some("Senate"))],
            ),
            // "The mayor of Springfield, Dana Ortiz": a definite title of a place or body,
            // then the name after a comma.
            (
                "The mayor of Springfield, Dana Ortiz, defended the plan.",
                "Dana Ortiz",
                &[("mayor", None)],
            ),
            (
                "The chief executive of Kestrel Holdings, Rene Holt, resigned.",
                "Rene Holt",
                &[("chief executive", Some("Kestrel Holdings"))],
            ),
            // A legal suffix's stop inside the name; "a spokeswoman for" too.
            (
                "The chief executive of Acme Corp., Jane Roe, said so. A spokeswoman for Acme \
                 Corp., Ann Lee, agreed.",
                "Jane Roe",
                &[("chief executive", Some("Acme Corp."))],
            ),
            (
                "The chief executive of Acme Corp., Jane Roe, said so. A spokeswoman for Acme \
                 Corp., Ann Lee, agreed.",
                "Ann Lee",
                &[("spokeswoman", Some("Acme Corp."))],
            ),
            // "The work and pensions secretary, Liz Kendall,": a definite title before the
            // comma, its lower-case modifiers with it, or the organization it is of.
            (
                "The work and pensions secretary, Liz Kendall, said the changes would help.",
                "Liz Kendall",
                &[("work and pensions secretary", None)],
            ),
            // Words of the title no list holds, between the possessive and the role.
            (
                "Meta's chief global affairs officer, Joel Kaplan, said it was unfair.",
                "Joel Kaplan",
                &[("chief global affairs officer", Some("Meta"))],
            ),
            // Words no list holds inside an apposition's title.
            (
                "Seema Shah, chief global strategist at Principal Asset Management, said so.",
                "Seema Shah",
                &[(
                    "chief global strategist",
                    Some("Principal Asset Management"),
                )],
            ),
            // Medical titles; a country before a title stays a place.
            (
                "Jane Roe, a psychiatrist at Northwell Health, led the trial. England doctor \
                 Simon Kemp agreed.",
                "Jane Roe",
                &[("psychiatrist", Some("Northwell Health"))],
            ),
            // A court's words in a judge's title.
            (
                "U.S. District Judge Adrienne Nelson granted the request.",
                "Adrienne Nelson",
                &[("U.S. District Judge", None)],
            ),
            // An apposition after "its": of the organization named last.
            (
                "HSBC also named Pam Kaur, its chief risk officer, as chief financial officer.",
                "Pam Kaur",
                &[("chief risk officer", Some("HSBC"))],
            ),
            // The organization after its description in lower case.
            (
                "Sam Bankman-Fried, the founder of the collapsed cryptocurrency exchange FTX, \
                 was sentenced.",
                "Sam Bankman-Fried",
                &[("founder", Some("FTX"))],
            ),
            // A title ending in "general".
            (
                "The state's attorney general, Bob Ferguson, called it a win. Director General \
                 Kevin Hawkins of the British Retail Consortium agreed.",
                "Bob Ferguson",
                &[("attorney general", None)],
            ),
            // An acronym title in the walk ("president and CEO").
            (
                "“It fits,” Hock Tan, Broadcom's president and CEO, said in a statement.",
                "Hock Tan",
                &[("president and CEO", Some("Broadcom"))],
            ),
            // A title in the plural before names listed is each one's, in the singular.
            (
                "Two policymakers, Governors Michelle Bowman and Christopher Waller, dissented.",
                "Christopher Waller",
                &[("Governor", None)],
            ),
            (
                "Senators Ted Cruz, Rand Paul and Marco Rubio agreed.",
                "Ted Cruz",
                &[("Senator", None)],
            ),
            (
                "Senators Ted Cruz, Rand Paul and Marco Rubio agreed.",
                "Marco Rubio",
                &[("Senator", None)],
            ),
            // A possessive written with the apostrophe alone; an indefinite title.
            (
                "Sanders' campaign manager, Faiz Shakir, said so. A Warren spokeswoman, Kristen \
                 Orthman, disagreed.",
                "Faiz Shakir",
                &[("campaign manager", None)],
            ),
            (
                "Sanders' campaign manager, Faiz Shakir, said so. A Warren spokeswoman, Kristen \
                 Orthman, disagreed.",
                "Kristen Orthman",
                &[("spokeswoman", None)],
            ),
            // A courtesy title between the role and the name.
            (
                "Labour leader Sir Keir Starmer spoke. The Liberal Democrat leader, Sir Ed \
                 Davey, agreed.",
                "Keir Starmer",
                &[("leader", Some("Labour"))],
            ),
            // Two titles joined by "and".
            (
                "Meta cut jobs. Meta closed plants. Meta grew. “We acted,” said chairman and \
                 chief executive officer Jane Roe.",
                "Jane Roe",
                &[("chairman and chief executive officer", Some("Meta"))],
            ),
            (
                "In a memo, Salesforce's president and chief operating officer, Brian Millham, \
                 told employees to stay.",
                "Brian Millham",
                &[("president and chief operating officer", Some("Salesforce"))],
            ),
            (
                "Costs rose, said the chief executive, Rene Holt.",
                "Rene Holt",
                &[("chief executive", None)],
            ),
            (
                "Labour won. The Labour leader, Keir Starmer, was pleased.",
                "Keir Starmer",
                &[("leader", Some("Labour"))],
            ),
            // Not a thing before the comma, nor a predicate's title ("… is the GOP
            // nominee, Rubio said").
            ("After the deal, Rene Holt resigned.", "Rene Holt", &[]),
            (
                "Used to being the favoured candidate, Rene Holt waited.",
                "Rene Holt",
                &[],
            ),
            (
                "Voters support the president, Ms. Holt argues in her book.",
                "Holt",
                &[],
            ),
            (
                "Under hours of questioning from a federal prosecutor, Mr Holt has told the court.",
                "Holt",
                &[],
            ),
            (
                "Sue Streeter, head of money and markets at Hargreaves Lansdown, said so.",
                "Sue Streeter",
                &[("head of money and markets", Some("Hargreaves Lansdown"))],
            ),
            (
                "Costs rose at Acme Corp. The company’s chief financial officer, Jane Roe, said so.",
                "Jane Roe",
                // The period of "Corp." at a sentence's end is the sentence's.
                &[("chief financial officer", Some("Acme Corp"))],
            ),
            (
                "Growth will slow, said Jean-Philippe Cotis, the OECD's chief economist.",
                "Jean-Philippe Cotis",
                &[("chief economist", Some("OECD"))],
            ),
            // The title is the adviser's, not that of the person advised.
            (
                "Losses are real, said Jack Boorman, adviser to IMF's managing director, \
                 Rodrigo Rato.",
                "Jack Boorman",
                &[("adviser", Some("IMF"))],
            ),
            (
                "“We do not need to cut,” Fathi Bin Shatwan, Libya's oil minister, told Reuters.",
                "Fathi Bin Shatwan",
                &[("oil minister", None)],
            ),
            // A relative clause before the possessive; a name whose own mark it is.
            (
                "Shares rose at Reliance Energy. The board backed Anil Ambani, who is the company's \
                 chief.",
                "Anil Ambani",
                &[("chief", Some("Reliance Energy"))],
            ),
            (
                "“They should seize the moment,” Mr Prettejohn, Lloyd's chief executive said.",
                "Prettejohn",
                &[("chief executive", Some("Lloyd's"))],
            ),
            // "X, the carmaker's chief executive Y": the title is the name's after it, and
            // the carmaker another than X.
            (
                "Asked if BMW would seek damages from Peter Smith, the carmaker's chief executive \
                 Helmut Panke said no.",
                "Peter Smith",
                &[],
            ),
            (
                "BMW is to recall cars with a pump supplied by parts maker Robert Bosch. Asked if \
                 BMW would seek damages from Bosch, the carmaker's chief executive Helmut Panke \
                 said no.",
                "Helmut Panke",
                &[("chief executive", Some("BMW"))],
            ),
            // A title, "for" or "of", the office, then the person's name.
            (
                "Along with Minister for Work Jane Kennedy, he tore into the plans.",
                "Jane Kennedy",
                &[("Minister for Work", None)],
            ),
            (
                "Secretary of State for Work and Pensions Alan Johnson disagreed.",
                "Alan Johnson",
                &[("Secretary of State for Work and Pensions", None)],
            ),
            // An office's words before a commissioner's or minister's title are the
            // title's, not an organization.
            (
                "EU Monetary Affairs Commissioner Joaquin Almunia said the pact would hold.",
                "Joaquin Almunia",
                &[("Monetary Affairs Commissioner", Some("EU"))],
            ),
            (
                "Minister for Children, Young People and Families Margaret Hodge said the \
                 plans were fair.",
                "Margaret Hodge",
                &[("Minister for Children, Young People and Families", None)],
            ),
            // "its" after a place the clause opens with is the place's; not after a place
            // a preposition governs.
            (
                "The Open Society Institute funds schools. Since 1991, Kazakhstan has been \
                 dominated by its president Nursultan Nazarbayev.",
                "Nursultan Nazarbayev",
                &[("president", None)],
            ),
            (
                "Yukos has no assets in the US, apart from a house in Houston owned by its chief \
                 finance officer Bruce Misamore.",
                "Bruce Misamore",
                &[("chief finance officer", Some("Yukos"))],
            ),
            // Not a clause's possessive.
            (
                "The show, by Ed Mirvish, will open at Toronto's Princess of Wales Theatre.",
                "Ed Mirvish",
                &[],
            ),
            // The organization after the name a title comes before.
            (
                "Aviation analyst Nick Van den Brul of BNP Paribas called it modest.",
                "Nick Van den Brul",
                &[("analyst", Some("BNP Paribas"))],
            ),
            // A preposition opening the sentence is no part of the title.
            (
                "Under President Chavez, the state has grown. US Attorney Jo Kelley agreed.",
                "Chavez",
                &[("President", None)],
            ),
            (
                "Under President Chavez, the state has grown. US Attorney Jo Kelley agreed.",
                "Jo Kelley",
                &[("US Attorney", None)],
            ),
            (
                "Rainer Hertrich, the co-head of EADS, will also step down.",
                "Rainer Hertrich",
                &[("co-head", Some("EADS"))],
            ),
            (
                "Trade and Industry Secretary Patricia Hewitt said people would not be forced.",
                "Patricia Hewitt",
                &[("Trade and Industry Secretary", None)],
            ),
            (
                "“They are proud,” said Thomas Dawson, an IMF director.",
                "Thomas Dawson",
                &[("director", Some("IMF"))],
            ),
            (
                "Vincent Koen, a senior economist with the OECD, told the BBC.",
                "Vincent Koen",
                &[("senior economist", Some("OECD"))],
            ),
            (
                "Meta cut jobs. Meta hired. Meta grew. CEO Mark Zuckerberg spoke.",
                "Mark Zuckerberg",
                &[("CEO", Some("Meta"))],
            ),
            (
                "Fed Gov. Lisa Cook spoke in Washington.",
                "Lisa Cook",
                &[("Gov", Some("Fed"))],
            ),
            ("Mr. Smith left early.", "Smith", &[]),
            (
                "The union's president, Maria Delgado, said no.",
                "Maria Delgado",
                &[("president", None)],
            ),
        ];
        for (text, person, expected) in cases {
            check_roles(text, person, expected);
        }
    }
}
