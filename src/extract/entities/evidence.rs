//! Typing: each mention of a name adds evidence for a person, an organization or a place,
//! from word lists and from the words around it; the document decides the type.

use super::entity::EntityKind;
use super::merge::{is_hyphenated_given_name, is_saint, web_domain};
use super::pipeline::{Name, key_of};
use crate::extract::names::{
    Candidate, Vocabulary, after_arabic_article, before_minute, before_record, capitalized_at,
    heads_row, is_brand_case, is_determiner, is_english_plural, is_match_line, is_plural_noun,
    is_results_line, is_small_number, is_table_line, listed_before, ranked_at, starts_sentence,
};
use crate::lexicon::{
    APPOSITION_STOPS, BUSINESS_NOUNS, CHANGE_VERBS, CLUB_HEADS, CORPORATE_TITLES, COUNTRIES,
    COURTESY_TITLES, DIRECTIONS, DOMAIN_TITLES, FACILITY_NOUNS, FUNCTION_WORDS, GENDERED_NOUNS,
    GIVEN_NAMES, HOLDING_NOUNS, HONORIFICS, INNINGS_VERBS, KIN_NOUNS, LED_BODIES, MEDIA_NOUNS,
    MEMBER_TITLES, MONTHS, NAME_PARTICLES, NATIONALITIES, NUMBERED_HEADS, ORG_HEADS, ORG_NOUNS,
    ORG_OPENERS, ORG_SUFFIXES, ORGANIZATIONS, PAST_TENSES, PERSON_NOUNS, PLACE_HEADS, PLACE_NOUNS,
    PLACE_OFFICES, PLACE_OPENERS, PLACES, POSITIONS, RESULT_NOUNS, RESULT_VERBS, ROLES,
    SHARED_ROLES, SPEECH_VERBS, SPORTS_WORDS, STATE_ABBREVIATIONS, SURNAME_HEADS, SURNAMES,
    TEAM_WORDS, TITLE_ARTICLES, UNNAMED_NOUNS, WORKFORCE_NOUNS, ends_organization,
    has_surname_ending, is_common_given_name, is_common_surname, is_common_word,
    is_compass_initial, is_english_word, is_form_of_be, is_past_form, is_possessive_determiner,
    is_speech_verb_word, is_subject_pronoun,
};
use crate::text::{Document, Span, Token, TokenKind, char_reference};

/// Evidence for each type, summed over a name's mentions.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Evidence {
    pub(super) person: f32,
    pub(super) org: f32,
    pub(super) place: f32,
    /// Person evidence from speech verbs after one unknown word ("Euronext said"), counted
    /// once per name rather than per mention: companies speak as often as people.
    pub(super) spoken: f32,
    /// The part of `org` that only says "a team" in a sports story (a capitalized plural, a
    /// name that beats or plays another): a player's surname can earn it too.
    pub(super) team: f32,
}

impl Evidence {
    pub(super) fn kind(&self) -> EntityKind {
        if self.person > self.org && self.person > self.place {
            EntityKind::Person
        } else if self.place > self.org {
            EntityKind::Location
        } else {
            EntityKind::Organization
        }
    }

    pub(super) fn best(&self) -> f32 {
        self.person.max(self.org).max(self.place)
    }

    /// Organization evidence that only says "a team" in a sports story.
    pub(super) fn add_team(&mut self, weight: f32) {
        self.org += weight;
        self.team += weight;
    }

    /// The strongest evidence that does not come from sports-story team rules.
    pub(super) fn best_besides_team(&self) -> f32 {
        self.person.max(self.org - self.team).max(self.place)
    }
}

/// "Anil Ambani, the younger of the two brothers …", then "Mr Ambani": a longer name with
/// little of its own to type it, whose last word the article makes a person, is that
/// person's. So is a two-word name whose first word, no given name, the article writes with
/// a title alone ("Tang Xiaobo", then "Mr Tang": a family name written first).
pub(super) fn surname_makes_person(names: &mut [Name], vocab: &Vocabulary) {
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
pub(super) fn aliases_type_people(names: &mut [Name]) {
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

/// "the Clintons", "the Beckhams": the plural of the surname of a person the article names,
/// after "the" at every mention and known as no organization, is the family: people.
pub(super) fn type_families(doc: &Document, body: &[Candidate], names: &mut [Name]) {
    let surnames: rustc_hash::FxHashSet<&str> = names
        .iter()
        .filter(|n| n.kind == EntityKind::Person && n.alias_of.is_none())
        .filter_map(|n| n.words.last().map(String::as_str))
        .collect();
    if surnames.is_empty() {
        return;
    }
    let family: Vec<usize> = (0..names.len())
        .filter(|&i| {
            let n = &names[i];
            n.kind != EntityKind::Person
                && n.alias_of.is_none()
                && n.words.len() == 1
                && !ORGANIZATIONS.contains(&n.key)
                && n.key
                    .strip_suffix('s')
                    .is_some_and(|stem| surnames.contains(stem))
                && n.mentions.iter().all(|&ci| {
                    let c = &body[ci];
                    c.first > 0
                        && doc
                            .slice(doc.sentence_tokens(c.sentence)[c.first - 1].span)
                            .eq_ignore_ascii_case("the")
                })
        })
        .collect();
    for i in family {
        names[i].kind = EntityKind::Person;
    }
}

/// Names listed together are of one type: in "Given, Breen, Staunton, Irwin, McAteer", where
/// Breen and Irwin are known people, Staunton and McAteer are people too. A list is three or
/// more names joined by commas or "and"; a name with little evidence of its own takes the
/// type most of the list's confidently typed names share. After a plural place noun and
/// "of" ("the cities of …"), a list of two or more is of places.
pub(super) fn type_lists(
    doc: &Document,
    body: &[Candidate],
    name_of: &[usize],
    names: &mut [Name],
    sporty: bool,
) {
    // (A team sheet's substitutes and their minutes, in parentheses, stay in the list:
    // "Reyes (Clichy 82), Bergkamp (Van Persie 82), Henry"; not a party after a name, "Smith
    // (Labour), Jones".)
    let joined = |a: &Candidate, b: &Candidate| {
        a.sentence == b.sentence && b.first > a.last && b.first - a.last <= 4 && {
            let toks = doc.sentence_tokens(a.sentence);
            let word = |i: usize| toks.get(i).map_or("", |t| doc.slice(t.span));
            let number = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Number);
            (a.last..b.first).all(|i| match word(i) {
                "," | "and" | "&" => true,
                "(" => number(b.last) && word(b.last + 1) == ")",
                ")" => i > 0 && number(i - 1),
                _ => number(i) && word(i + 1) == ")",
            })
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
            // (One confident name is enough when no other votes, for places, and for people
            // in a sports story: "got back Breisach, Kehl and Freiburg", "Zenden, Riise and
            // Kamara"; elsewhere titles and bands sit beside a person: "Joss Stone, Keane,
            // Razorlight".)
            let lone = most == 1
                && known == 1
                && (k == EntityKind::Location as usize
                    || sporty && k == EntityKind::Person as usize);
            // (In a sports story, a list of single words none of which votes is a team
            // sheet's surnames: "Subs not used: Hislop, Quashie, Cisse.")
            let sheet = sporty
                && known == 0
                && name_of[start..end]
                    .iter()
                    .all(|&id| names[id].words.len() == 1 && names[id].evidence.best() < 1.0);
            if (most >= 2 || lone) && most * 2 > known || sheet {
                let kind = if sheet {
                    EntityKind::Person
                } else {
                    [
                        EntityKind::Person,
                        EntityKind::Organization,
                        EntityKind::Location,
                    ][k]
                };
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
pub(super) fn called(doc: &Document, toks: &[Token], first: usize) -> Option<EntityKind> {
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

/// Evidence from the name itself (`written` as at its first mention), once per name.
pub(super) fn add_name_evidence(n: &mut Name, written: &str, sporty: bool, vocab: &Vocabulary) {
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
    if words.len() == 2 && is_compass_initial(first) && PLACES.contains(last) {
        e.place += 6.0;
    }
    // "Van Gogh", "De Marigny": a surname's particle the article writes in lower case too
    // ("Roland de Marigny"; no article of a title: "Le Monde", "De Telegraaf") before a word
    // that is no English word, nor a known name.
    if let [particle, surname] = words.as_slice()
        && NAME_PARTICLES.contains(particle)
        && vocab.lower.contains(particle.as_str())
        && !TITLE_ARTICLES.contains(particle)
        && !is_english_word(surname)
        && !ORGANIZATIONS.contains(text)
        && !PLACES.contains(text)
    {
        e.person += 1.0;
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
        // A Romance or German article opens a title, not a person's name ("Le Matin", "La
        // Presse", "Der Spiegel").
        // ("Les Ferdinand": "Les", a given name too, before a surname opens a person's.)
        let article = TITLE_ARTICLES.contains(first)
            && !(first == "les" && words.len() == 2 && SURNAMES.contains(last));
        // ("Royal Institute of Chartered Surveyors": no person's name runs "… of …", but a
        // quoted nickname may: Roberto "Hands of Stone" Duran.)
        let nickname = text.contains(['"', '“']);
        // ("Royal Caribbean": a rare given name that is an English word, before a place that
        // is no surname, opens no person's name; "Peter Norfolk", "Jack London" do. Nor does
        // one before a word the article writes in lower case that is no surname: "Sun Grid"
        // beside "grid computing"; "Mark Hill" beside "the hill" is a person.)
        // (Asked last: `is_common_given_name` searches a list.)
        // ("Royal Prerogative": nor one before an English word that is no surname.)
        let word_before_place = words.len() == 2
            && (PLACES.contains(last) || vocab.lower.contains(last) || is_common_word(last))
            && !SURNAMES.contains(last)
            && is_english_word(first)
            && !is_common_given_name(first);
        // ("Precious Six Garments": an English plural that is no surname ends no person's
        // name of three words; two may be a given name and a surname like one: "William
        // Gallas", "Steve Jobs".)
        let plural_last = words.len() >= 3 && is_plural_noun(last);
        // ("Advanced Micro Devices said", "Scissor Sisters": a name ending in a plural that
        // is no surname names a body or a group, not a person, whatever verb follows.)
        if is_plural_noun(last) && (words.len() >= 3 || !GIVEN_NAMES.contains(first)) {
            e.person -= 1.5;
        }
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
        // ("Sirius XM", "Vortan XM": a word in capitals closing a name that is not all in
        // capitals ends no person's name, unless it counts: "Henry Ford II".)
        let capitals_last = written.split_whitespace().next_back().is_some_and(|w| {
            w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        }) && !written
            .split_whitespace()
            .all(|w| !w.chars().any(char::is_lowercase));
        // ("P-3 Orion": a figure is no part of a person's name.)
        // ("Partizan Beograd", "Aerodrom Beograd": a word that is no given name before a
        // place that is no surname names a club or a firm of the place.)
        let before_place = words.len() == 2 && PLACES.contains(last) && !SURNAMES.contains(last);
        let namelike = !brand
            && (given_name || !capitals_last && !before_place)
            && !written.contains(|c: char| c.is_ascii_digit())
            && (given_name || !is_english_word(first) && !article || common_surname())
            && (given_name
                || SURNAMES.contains(last)
                // ("Internet Explorer", "Buckingham Palace": a common English word that is no
                // surname closes no name of words the article never writes in lower case,
                // unless a given name or an initial opens it: "Sania Mirza", "P. Such".)
                || words
                    .iter()
                    .all(|w| !vocab.lower.contains(w.as_str()) || NAME_PARTICLES.contains(w))
                    && (!is_common_word(last) || first.trim_end_matches('.').chars().count() == 1));
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
    // (Not the "&" of a character reference: "Pap&#233;".)
    if words.iter().any(|w| {
        w.match_indices('&')
            .any(|(i, _)| char_reference(&w[i..]).is_none())
    }) {
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
    // district or a seat; not an adjective: "Norfolk Southern", a railway).
    let place_part = words.len() >= 2
        && PLACES.contains(first)
        && words[1..]
            .iter()
            .all(|w| DIRECTIONS.contains(w) && !w.ends_with("ern"))
        && !ORGANIZATIONS.contains(text);
    // "County Durham", "Lake Victoria": a place's head word before a known place; "River
    // Leyne", "Mount Kenya": a river's, lake's or mountain's before any name of one or two
    // words.
    let headed_place = words.len() >= 2
        && (PLACE_HEADS.contains(first) && PLACES.contains(&words[1..].join(" "))
            || PLACE_OPENERS.contains(first) && words.len() <= 3 && !ORG_HEADS.contains(last))
        && !ORGANIZATIONS.contains(text);
    if place_part || headed_place {
        e.place += 3.0;
    }
    // "Dynamo Moscow", "Philadelphia Eagles": a place inside a longer name that is not a
    // person's (nor a place's with its head word: "the Niger Delta"; but "Leicester City").
    if words.len() >= 2
        && !place_part
        && !headed_place
        && !PLACES.contains(text)
        && !GIVEN_NAMES.contains(first)
        && (!PLACE_HEADS.contains(last) || CLUB_HEADS.contains(last))
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
pub(super) fn is_sports_story(doc: &Document) -> bool {
    let hits = doc
        .tokens()
        .iter()
        .filter(|t| t.kind == TokenKind::Word && SPORTS_WORDS.contains(doc.slice(t.span)))
        .count();
    // (A line of results or standings, "Wigan 42 Bradford Bulls 36", counts as two.)
    let lines_needed = if hits == 0 { 2 } else { 1 };
    hits >= 3
        || (0..doc.sentences().len())
            .filter(|&s| is_table_line(doc, doc.sentence_tokens(s)))
            .nth(lines_needed - 1)
            .is_some()
}

/// One mention in its sentence, with what `evidence` asks of it more than once. Each step
/// (`shape`, `sports`, `before`, `after`) binds the fields and helpers it reads under the
/// names the steps share.
struct Mention<'a> {
    doc: &'a Document,
    c: &'a Candidate,
    key: &'a str,
    sporty: bool,
    toks: &'a [Token],
    text: &'a str,
    /// A known place's name.
    place: bool,
    /// "Acme's …": the name owns what follows.
    possessive: bool,
    /// A saint's name ("St Dunstan's").
    saint: bool,
    /// In a sports story, the opponent after "to" ("lost 2-1 to Valencia").
    opponent: bool,
    /// The name's first and last words, in lower case.
    first_word: String,
    last_word: String,
    /// A given name first, or a surname last, or an initial opening it.
    personal: bool,
    /// "in Metlife stock", "Vantora shares".
    shares: bool,
}

impl<'a> Mention<'a> {
    fn new(doc: &'a Document, c: &'a Candidate, key: &'a str, sporty: bool) -> Self {
        let toks = doc.sentence_tokens(c.sentence);
        let text = doc.slice(c.span);
        let mut m = Mention {
            doc,
            c,
            key,
            sporty,
            toks,
            text,
            place: PLACES.contains(text),
            possessive: false,
            // (A saint's is a church's, a school's or a ward's, its "'s" part of the name:
            // "St Dunstan's and Stepney Green".)
            saint: key.split(' ').next().is_some_and(is_saint),
            opponent: false,
            first_word: doc.slice(toks[c.first].span).to_lowercase(),
            last_word: doc.slice(toks[c.last - 1].span).to_lowercase(),
            personal: false,
            shares: false,
        };
        m.possessive = m.possessive_at(c.last);
        // "lost 2-1 to Valencia", "at home to Valencia": in a sports story, "to" after a
        // score, "home" or a defeat names the opponent, not where anyone went.
        m.opponent = sporty
            && c.first > 1
            && doc.slice(toks[c.first - 1].span) == "to"
            && (m.number_at(c.first - 2)
                || matches!(m.lower(c.first - 2).as_str(), "home" | "lost" | "losing"));
        // ("M. Ramprakash 108": an initial opens a player's name.)
        m.personal = GIVEN_NAMES.contains(&m.first_word) && !PLACES.contains(&m.first_word)
            || SURNAMES.contains(&m.last_word) && !PLACES.contains(&m.last_word)
            || c.last - c.first >= 3
                && m.first_word.chars().count() == 1
                && m.lower(c.first + 1) == ".";
        m.shares = m.lowercase_word(c.last)
            && matches!(m.lower(c.last).as_str(), "shares" | "stock")
            && !m.place;
        m
    }

    fn lower(&self, i: usize) -> String {
        self.doc.slice(self.toks[i].span).to_lowercase()
    }

    /// A word in lower case at token `i` (a common noun or verb, not a name).
    /// The word at token `i` as written ("" past the sentence's end).
    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| self.doc.slice(t.span))
    }

    fn lowercase_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && self.doc.slice(t.span).starts_with(char::is_lowercase)
        })
    }

    /// A number at token `i`.
    fn number_at(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// A possessive "'s" at token `i`.
    fn possessive_at(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// What the name's own words and the words around it tell, whatever the story.
    fn shape(&self, e: &mut Evidence) {
        let Mention {
            doc,
            c,
            key,
            sporty,
            toks,
            text,
            place,
            personal,
            ..
        } = *self;
        let first_word = &self.first_word;
        let last_word = &self.last_word;
        let lower = |i: usize| self.lower(i);
        let lowercase_word = |i: usize| self.lowercase_word(i);
        let possessive_at = |i: usize| self.possessive_at(i);
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
        // The plural must be of an English noun: "Dodgers", not a surname like "Hendriks"; or
        // follow a place ("Cleveland Indians", "Kansas City Royals").
        // (Not a given name and a surname: "Nigel Williams".)
        let after_place = c.last - c.first >= 2
            && PLACES.contains(&key_of(doc.slice(Span::new(
                toks[c.first].span.start,
                toks[c.last - 2].span.end,
            ))))
            && !(GIVEN_NAMES.contains(first_word) && SURNAMES.contains(last_word));
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
    }

    /// In a sports story, a place that beats or plays another is a team.
    fn sports(&self, e: &mut Evidence) {
        let Mention {
            doc,
            c,
            key,
            sporty,
            toks,
            place,
            opponent,
            personal,
            ..
        } = *self;
        let first_word = &self.first_word;
        let last_word = &self.last_word;
        let lower = |i: usize| self.lower(i);
        let lowercase_word = |i: usize| self.lowercase_word(i);
        let number_at = |i: usize| self.number_at(i);
        // "3. Aliuska Lopez (Cuba) 12.92": a name ranked at the head of a line, its country
        // after it in parentheses, is an athlete's, a sports story or not; so is a player in
        // a line of results ("Tim Henman (Britain) beat Doug Flach (U.S.) 6-3 6-4 6-2").
        let word = |i: usize| self.word(i);
        if !place
            && word(c.last) == "("
            && (ranked_at(doc, toks, c.first) || is_match_line(doc, toks))
            && COUNTRIES.contains(&word(c.last + 1).to_lowercase())
            && word(c.last + 2) == ")"
        {
            e.person += 2.0;
        }
        if sporty {
            // ("a 75-19 victory over Gloucester", "a defeat by Leeds", "a home defeat to
            // Guingamp": the team beaten, or beating.)
            let over = c.first > 1
                && match lower(c.first - 1).as_str() {
                    "over" | "by" => RESULT_NOUNS.contains(&lower(c.first - 2)),
                    "to" => matches!(lower(c.first - 2).as_str(), "defeat" | "defeats"),
                    _ => false,
                };
            let before = c.first > 0 && RESULT_VERBS.contains(&lower(c.first - 1)) || over;
            // ("Leicestershire, who beat Somerset": the verb after "who".)
            let after = c.last < toks.len() && RESULT_VERBS.contains(&lower(c.last))
                || c.last + 2 < toks.len()
                    && doc.slice(toks[c.last].span) == ","
                    && lower(c.last + 1) == "who"
                    && RESULT_VERBS.contains(&lower(c.last + 2));
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
                    // ("Bradford 1 Tranmere 0": the second side of a line of results.)
                    None => innings || is_results_line(doc, toks),
                    Some("." | "(") => innings,
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
            let standings = heads_row(doc, toks, c.last);
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
            // ("Premiership side Newcastle", "first division side Nice": a side, whatever
            // given name its word is.)
            let side = c.first > 0 && doc.slice(toks[c.first - 1].span) == "side";
            // A country that plays is a national team, which stays a place; a player is a person,
            // and two words that are neither English nor a place look like one ("Didier Hendriks").
            // ("Dally Randriantefy of Madagascar", "Dally Randriantefy (Madagascar)": two words,
            // no place, of a country.)
            let country_after = || {
                let word = |i: usize| toks.get(i).map(|t| doc.slice(t.span));
                let country =
                    |i: usize| word(i).is_some_and(|w| COUNTRIES.contains(&w.to_lowercase()));
                match word(c.last) {
                    Some("of") if word(c.last + 1) == Some("the") => country(c.last + 2),
                    Some("of") => country(c.last + 1),
                    Some("(") => country(c.last + 1) && word(c.last + 2) == Some(")"),
                    _ => false,
                }
            };
            let two_words = c.last - c.first == 2
                && !PLACES.contains(first_word)
                && !PLACES.contains(last_word);
            let of_country = two_words && country_after();
            if of_country {
                e.person += 2.0;
            }
            // (Every name of a line of results or standings is a side's: "Carlisle 2
            // Hereford 1", "Ebbw Vale 10 Newport 15", "Chester 4 2 1 1 6 4 7".)
            let results = (score || standings) && is_table_line(doc, toks);
            let player_like = two_words
                && !results
                && (!is_english_word(first_word) && !is_english_word(last_word) || of_country);
            // One given name heading a score or a table row is a club's ("Lotte 6 Hyundai 2").
            let club = (score || standings)
                && (c.last - c.first == 1 && !SURNAMES.contains(last_word) || results)
                || side;
            if (before || after || team || innings || side)
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
            // "a defeat by non-league Hatherley Town", "Leyton Orient": a name closed by a word
            // clubs end their names with, no given name opening it, is a side.
            // (Not a known place, nor one after a preposition of place: "in Atlantic City".)
            if c.last - c.first >= 2
                && CLUB_HEADS.contains(last_word)
                && !GIVEN_NAMES.contains(first_word)
                && !place
                && (c.first == 0
                    || !matches!(
                        lower(c.first - 1).as_str(),
                        "in" | "at" | "near" | "from" | "outside"
                    ))
            {
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
                        "in" | "at" | "near" | "from" | "of" | "outside" | ","
                    ) || prev == "to" && !opponent
                        || DIRECTIONS.contains(&prev)
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
    }

    /// The words before the name.
    fn before(&self, e: &mut Evidence) {
        let Mention {
            doc,
            c,
            key,
            sporty,
            toks,
            text,
            place,
            possessive,
            saint,
            opponent,
            shares,
            ..
        } = *self;
        let first_word = &self.first_word;
        let lower = |i: usize| self.lower(i);
        let lowercase_word = |i: usize| self.lowercase_word(i);
        let possessive_at = |i: usize| self.possessive_at(i);
        if c.first > 0 {
            let prev = lower(c.first - 1);
            // "according to Zillow": a source of one word that no person's name makes a
            // person is a body (not a place; not "according to Britain's statistics office",
            // an owner; not "according to Uzi Arad", two words, a person's most often).
            if is_source_before(doc, toks, c.first)
                && c.last - c.first == 1
                && !self.personal
                && !place
                && !possessive
            {
                e.org += 2.0;
            }
            // "the Golden Temple", "the Rich Hill": a name of two words after "the", ending
            // in a place's head word that is a surname too, is the place (not "Rich Hill and
            // Nan Goldin"; "Barbara Castle").
            if prev == "the"
                && c.last - c.first == 2
                && PLACE_HEADS.contains(&lower(c.last - 1))
                && !ORGANIZATIONS.contains(key)
            {
                e.place += 2.0;
            }
            // "analyst Jane Roe"; not "the official Iraqi News Agency".
            let org_shaped = ends_organization(doc.slice(toks[c.last - 1].span));
            // A country is no one ("defending champion Spain"), and "miss" and "major" in
            // lower case are the verb and the adjective, no titles ("will miss England's
            // opening match", "major Hollywood studios").
            let no_title = matches!(prev.as_str(), "miss" | "major") && lowercase_word(c.first - 1);
            // "market leader Diageo": a role that, with the word before it, stands for an
            // organization.
            let role = ROLES.get(&prev).is_some();
            let org_noun = role
                && c.first > 1
                && ORG_NOUNS.contains(&format!("{} {prev}", lower(c.first - 2)));
            if org_noun {
                e.org += 5.0;
            }
            // ("senior vice president Boeing": a known organization after a title is the
            // title's.)
            if (role || HONORIFICS.contains(&prev))
                && !org_noun
                && !org_shaped
                && !no_title
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
                        || is_possessive_determiner(&lower(k - 1))
                        || matches!(lower(k - 1).as_str(), "the" | "my" | "our"))
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
                    titled_at(k)
                        && lower(k + 1) == "of"
                        && (k + 2..c.first - 1).all(&lowercase_word)
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
            // (Nor "a network called LokiTorrent", "a system called Unicode": a thing's name.)
            let naming = prev == "called"
                && c.first >= 2
                && lowercase_word(c.first - 2)
                && !matches!(
                    lower(c.first - 2).as_str(),
                    "he" | "she" | "they" | "who" | "i" | "we" | "it"
                );
            if SPEECH_VERBS.get(&prev).is_some()
                && toks[c.first - 1].kind == TokenKind::Word
                && !possessive
                && !which_next
                && !naming
                && !matches!(prev.as_str(), "told" | "tells" | "tell")
            {
                e.person += if c.last - c.first >= 2 { 2.0 } else { 0.5 };
            }
            // "a 20% stake in Zelora", "shares in Acme": what a stake is held in is a company.
            let held_in =
                prev == "in" && c.first > 1 && HOLDING_NOUNS.contains(&lower(c.first - 2));
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
                "from" | "to" | "into" if (!possessive || saint) && !opponent => e.place += 0.7,
                // "at Edgbaston", "drew at Brackley": the ground of a sports story.
                "at" if sporty && !GIVEN_NAMES.contains(first_word) => e.place += 1.0,
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
                // ("UK magazine Mac Format": a publication's name, whatever given name opens
                // it; not a place's: "a daily Amsterdam newspaper".)
                e.org += if MEDIA_NOUNS.contains(&prev) && !place {
                    5.0
                } else {
                    3.0
                };
            }
            // "an analyst at X", "economist with X": where someone works; "aviation analyst
            // Mike Powell of X".
            // ("Analysts at Bernstein said": a role in the plural too.)
            let role_in = |from: usize, to: usize| {
                (from..to).any(|i| {
                    let w = lower(i);
                    ROLES.get(&w).is_some()
                        || w.strip_suffix('s')
                            .is_some_and(|one| ROLES.get(one).is_some())
                })
            };
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
            // "president of Warner Home Video", "chairman of Buena Vista": a company's office
            // in lower case, then "of", is held at a body (a country is a place by its own
            // evidence: "the president of France"), whatever a given name opening it says.
            let office = |from: usize| {
                (from..at).all(&lowercase_word) && {
                    let title = (from..at).map(&lower).collect::<Vec<_>>().join(" ");
                    CORPORATE_TITLES.get(&title).is_some()
                        || matches!(title.as_str(), "president" | "managing director")
                }
            };
            if at_word == "of"
                && at >= 2
                && (office(at - 1) || at >= 3 && office(at - 2))
                && !PLACES.contains(key)
                && !possessive
            {
                e.org += 4.5;
            }
        }
    }

    /// A pronoun after the name's verb: a person's ("Safin said he was …") or a body's
    /// ("Sony raised its forecast"); `next` is the word after the name, in lower case.
    fn pronoun_after(&self, next: &str, e: &mut Evidence) {
        let Mention { c, toks, .. } = *self;
        let lower = |i: usize| self.lower(i);
        let lowercase_word = |i: usize| self.lowercase_word(i);
        // "Safin said he was …", "Ilston agrees she could …": the name, a subject, then its
        // verb and a person's pronoun (a body's is "it" or "they"; not an object, "who
        // presents Stars In Their Eyes said she", nor "the Cabinet says she").
        // (The pronoun is asked first: it is rare, the rest costs lookups.)
        let word_at = |i: usize| self.word(i);
        let subject = || {
            c.first == 0
                || toks[c.first - 1].kind != TokenKind::Word
                || matches!(
                    lower(c.first - 1).as_str(),
                    "and" | "but" | "if" | "that" | "when" | "while" | "because" | "although"
                )
        };
        if matches!(word_at(c.last + 1), "he" | "she" | "himself" | "herself")
            && lowercase_word(c.last)
            && (SPEECH_VERBS.get(next).is_some() || is_past_form(next))
            && subject()
        {
            e.person += 1.0;
        }
        // "Energis also did its own intelligence work", "Sony raised its forecast": a
        // body's pronoun after the name's own verb (no speech verb: "Jones said its
        // profits rose" speaks of another), an adverb between or not.
        let v = if lowercase_word(c.last) && next.ends_with("ly") || next == "also" {
            c.last + 1
        } else {
            c.last
        };
        // (A reported clause's subject too: "He said Energis also did its own …".)
        if matches!(word_at(v + 1), "its" | "itself")
            && lowercase_word(v)
            && {
                let w = lower(v);
                SPEECH_VERBS.get(&w).is_none()
                    && (is_past_form(&w) || matches!(w.as_str(), "did" | "does" | "has" | "had"))
            }
            && (subject() || c.first > 0 && SPEECH_VERBS.get(&lower(c.first - 1)).is_some())
        {
            e.org += 1.0;
        }
    }

    /// The words after the name.
    fn after(&self, e: &mut Evidence) {
        let Mention {
            doc,
            c,
            key,
            sporty,
            toks,
            text,
            place,
            possessive,
            saint,
            personal,
            ..
        } = *self;
        let first_word = &self.first_word;
        let last_word = &self.last_word;
        let lower = |i: usize| self.lower(i);
        let lowercase_word = |i: usize| self.lowercase_word(i);
        let number_at = |i: usize| self.number_at(i);
        let possessive_at = |i: usize| self.possessive_at(i);
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
            self.pronoun_after(&next, e);
            // "The Borders flanker has a knee injury": in a sports story, what a player's
            // position is named after is his club (not a known place: "England striker").
            if sporty && !place && lowercase_word(c.last) && POSITIONS.contains(&next) {
                e.org += 1.5;
            }
            // "Le Matin newspaper", "the Acme group", "Sal Oppenheim investment bank".
            if lowercase_word(c.last) && ORG_NOUNS.contains(&next) && !place {
                e.org += 2.0;
            } else if lowercase_word(c.last) && next == "headquarters" && !place {
                e.org += 2.0; // "outside Alitalia headquarters"
            } else if lowercase_word(c.last)
                && WORKFORCE_NOUNS.contains(&next)
                && !place
                && !GIVEN_NAMES.contains(first_word)
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
            } else if lowercase_word(c.last)
                && LED_BODIES.contains(&next)
                && c.first > 0
                && lower(c.first - 1) == "the"
                && c.last - c.first == 1
                && !place
                && !ORGANIZATIONS.contains(key)
            {
                // "the Obama administration", "the Blair government": the one who leads it (not
                // "the Labour government", a known party's; nor "the Tehran government").
                e.person += 2.0;
            } else if lowercase_word(c.last)
                && matches!(next.as_str(), "seat" | "constituency")
                && !ORGANIZATIONS.contains(key)
            {
                // "the East Kilbride seat": a constituency.
                e.place += 3.0;
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
                let place_of_name =
                    c.first > 0 && lower(c.first - 1) == "of" && PLACES.contains(key);
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
                && !PLACE_HEADS.contains(last_word)
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
            } else if SPEECH_VERBS.get(&next).is_some() && !matches!(next.as_str(), "according to")
            {
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
    }
}

/// Evidence from one mention's context; `key` is the name's comparison key (`key_of`).
pub(super) fn evidence(doc: &Document, c: &Candidate, key: &str, sporty: bool) -> Evidence {
    let m = Mention::new(doc, c, key, sporty);
    let mut e = Evidence::default();
    m.shape(&mut e);
    m.sports(&mut e);
    // "in Metlife stock", "Vantora shares": a company's, not a place's.
    if m.shares {
        e.org += 2.0;
    }
    m.before(&mut e);
    m.after(&mut e);
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
    // (", he became an MP": a clause's subject after an opening phrase, no apposition.)
    if toks
        .get(start)
        .is_some_and(|t| is_subject_pronoun(doc.slice(t.span)))
    {
        return None;
    }
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
            && (PAST_TENSES.contains(&w) || is_speech_verb_word(&w))
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
                        || is_speech_verb_word(next))
            });
            // ("media giant Vivendi Universal, its boss and another top executive": a list
            // the name opens, not an apposition.)
            let listed_next = toks.get(i + 1).is_some_and(|n| doc.slice(n.span) == "and")
                && toks.get(i + 2).is_some_and(|n| {
                    let w = doc.slice(n.span);
                    is_possessive_determiner(w) || matches!(w, "another" | "a" | "an" | "the")
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
        // (Nor as a possessor: ", the company's founder".)
        let qualifies_role = toks.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && ROLES.get(&doc.slice(n.span).to_lowercase()).is_some()
                || n.kind == TokenKind::Possessive
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

/// Whether "according to" stands right before token `first`: the name there is a source
/// ("according to Zillow"). (Not "said" or "told": "told Today", "said Chrissie Hynde" are as
/// often a programme or a person the lists do not know.)
pub(super) fn is_source_before(doc: &Document, toks: &[Token], first: usize) -> bool {
    // ("The World According to Bex": a title's capital is no cue.)
    first >= 2
        && doc.slice(toks[first - 1].span) == "to"
        && match doc.slice(toks[first - 2].span) {
            "according" => true,
            "According" => starts_sentence(doc, toks, first - 2),
            _ => false,
        }
}
