//! Merging: surnames, short forms and acronyms join the names they stand for.

use rustc_hash::FxHashMap as HashMap;

use super::entity::EntityKind;
use super::pipeline::{Name, key_of};
use crate::extract::names::{Candidate, is_top_level_domain, is_word_acronym};
use crate::lexicon::{
    CLUB_HEADS, COUNTRIES, FUNCTION_WORDS, GENERATION_SUFFIXES, GIVEN_NAMES, NAME_PARTICLES,
    ORG_HEADS, ORG_SUFFIXES, ORGANIZATIONS, PLACES, SHORT_FORMS, SURNAMES, ends_organization,
    given_name_is_male, is_english_word,
};
use crate::text::Document;

/// True when candidate `acronym` is an acronym in parentheses right after candidate `name`
/// that holds the initials of its words in order ("Kestrel Ocean Financial (KOFG)",
/// "Prudential Regulation Authority (PRA)"), at most one letter more: a word the name leaves
/// out ("Association for Payment Clearing Services (Apacs)"); or
/// that gives the initials of its first words only, three or more ("International
/// Association of Machinists and Aerospace Workers (IAM)").
pub(super) fn spells_out(doc: &Document, name: &Candidate, acronym: &Candidate) -> bool {
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
pub(super) fn prefixes_spell(words: &[String], short: &str) -> bool {
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

/// The article's names indexed by the forms another name may take of them: built once by
/// `Index::build`, asked by `Index::alias` for each name in turn.
struct Index<'a> {
    names: &'a [Name],
    by_last: HashMap<&'a str, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
    by_prefix: HashMap<String, Vec<usize>>,
    by_all_initials: HashMap<String, Vec<usize>>,
    by_first: HashMap<&'a str, Vec<usize>>,
    by_founder: HashMap<&'a str, Vec<usize>>,
    by_head: HashMap<&'a str, Vec<usize>>,
    by_head_of: HashMap<&'a str, Vec<usize>>,
    by_legal: HashMap<String, Vec<usize>>,
    by_after_place: HashMap<String, Vec<usize>>,
    fuller_of: Vec<Option<usize>>,
    plurals: HashMap<std::borrow::Cow<'a, str>, usize>,
    by_letters: HashMap<u64, Vec<usize>>,
    by_compact: HashMap<(EntityKind, String), usize>,
}

impl<'a> Index<'a> {
    fn build(names: &'a [Name], sporty: bool) -> Self {
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
        // Organizations and places by their kind and their letters and digits alone: one name
        // written two ways ("JPMorgan", "JP Morgan"; "Wal-Mart", "WalMart"; "U.K.", "UK");
        // people by their words without periods ("Hank Williams Jr." and "Hank Williams Jr").
        let mut by_compact: HashMap<(EntityKind, String), usize> = HashMap::default();
        for (j, name) in names.iter().enumerate() {
            by_compact.entry(compact(name)).or_insert(j);
        }
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
                // ("City" of "Manchester City": a club's last word after a place's name; so is,
                // in a sports story, a team's nickname in the plural, "Mariners" of "Seattle
                // Mariners" — elsewhere "Democrats" is no short form of "Iowa Democrats".)
                if let Some((last, rest)) = name.words.split_last()
                    && (ORG_HEADS.contains(last.as_str())
                        || (CLUB_HEADS.contains(last.as_str())
                            || sporty
                                && last.len() > 3
                                && last.ends_with('s')
                                && !last.ends_with("ss")
                                && !ORGANIZATIONS.contains(last.as_str()))
                            && !rest.is_empty()
                            && PLACES.contains(&rest.join(" ")))
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
                // (One holder for a name written two ways; "Mr Clinton" and "Mrs Clinton",
                // one name written one way, are two.)
                // ("Robert Kilroy Silk" of "Robert Kilroy-Silk" holds "Silk": its own last word.)
                let first_written = by_compact.get(&compact(name)).is_none_or(|&k| {
                    names[k].key == name.key || surname_key(&names[k]) != surname_key(name)
                });
                if let Some(last) = name.words.last()
                    && first_written
                {
                    by_last.entry(last.as_str()).or_default().push(j);
                    // "Williams" of "Hank Williams Jr.": the surname before a generation.
                    if let [_, .., surname, generation] = name.words.as_slice()
                        && GENERATION_SUFFIXES.contains(generation.trim_end_matches('.'))
                    {
                        by_last.entry(surname.as_str()).or_default().push(j);
                    }
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
                // "AMD" of "Advanced Micro Devices Inc.": the legal suffix left out.
                if name.words.len() >= 3
                    && name.kind == EntityKind::Organization
                    && ORG_SUFFIXES.contains(name.words[name.words.len() - 1].trim_end_matches('.'))
                {
                    by_initials
                        .entry(initials(&name.words[..name.words.len() - 1]))
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
        // "De Blasio" beside "Bill de Blasio", "R de Marigny" beside "Roland de Marigny": a
        // shorter written form of a fuller name holds no surname of its own beside it.
        for holders in by_last.values_mut() {
            if holders.len() >= 2 {
                let all = holders.clone();
                holders.retain(|&j| {
                    !all.iter()
                        .any(|&k| k != j && written_short(&names[j], &names[k]))
                });
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
        let mut index = Index {
            names,
            by_last,
            by_initials,
            by_prefix,
            by_all_initials,
            by_first,
            by_founder,
            by_head,
            by_head_of,
            by_legal,
            by_after_place,
            fuller_of,
            plurals,
            by_letters,
            by_compact,
        };
        // "Christian Andersen", the surname of "Hans Christian Andersen" written with a given
        // name (`surname_form`), is no second holder of "Andersen".
        // (Only a surname two people hold asks: most have one holder.)
        let tails: Vec<usize> = (0..names.len())
            .filter(|&j| names[j].kind == EntityKind::Person && names[j].words.len() >= 2)
            .filter(|&j| {
                names[j]
                    .words
                    .last()
                    .and_then(|last| index.by_last.get(last.as_str()))
                    .is_some_and(|holders| holders.len() >= 2)
            })
            .filter(|&j| index.surname_form(j).is_some())
            .collect();
        for j in tails {
            if let Some(holders) = names[j]
                .words
                .last()
                .and_then(|last| index.by_last.get_mut(last.as_str()))
            {
                holders.retain(|&k| k != j);
            }
        }
        index
    }

    /// The name that the name `i` is a form of, if any (before chains are followed).
    fn alias(&self, i: usize) -> Option<usize> {
        let name = &self.names[i];
        // "C-Murder, real name Corey Miller": one person under the name the article uses.
        if name.real_name_of.is_some() {
            return name.real_name_of;
        }
        if self.fuller_of[i].is_some() {
            return self.fuller_of[i];
        }
        if let Some(&j) = self.by_compact.get(&compact(name))
            && j != i
            && self.names[j].key != name.key
        {
            return Some(j);
        }
        if name.kind == EntityKind::Organization
            && let Some(j) = self.organization_form(i)
        {
            return Some(j);
        }
        if name.words.len() == 1 {
            self.word_form(i)
        } else {
            self.initial_form(i).or_else(|| self.surname_form(i))
        }
    }

    /// "J. Smith" of "John Smith", "R de Marigny" of "Roland de Marigny": a person written
    /// with the initial of exactly one person's given name.
    fn initial_form(&self, i: usize) -> Option<usize> {
        let name = &self.names[i];
        if name.kind != EntityKind::Person {
            return None;
        }
        let mut fuller = self
            .by_last
            .get(name.words.last()?.as_str())?
            .iter()
            .copied()
            .filter(|&k| k != i && written_short(name, &self.names[k]));
        match (fuller.next(), fuller.next()) {
            (Some(k), None) => Some(k),
            _ => None,
        }
    }

    /// The organization the organization `i` is another form of: clipped words ("Man Utd"),
    /// a singular ("Lib Dem"), without its country ("Treasury") or in another legal form.
    fn organization_form(&self, i: usize) -> Option<usize> {
        let Index {
            names,
            by_legal,
            by_after_place,
            plurals,
            by_letters,
            ..
        } = self;
        let name = &names[i];
        // "Lib Dems" of "Liberal Democrats", "Man Utd" of "Manchester United": each word
        // the same, or clipped by two letters or more (or its period) — the full one's
        // start, or its letters in order when it is no English word ("Utd"; not "News" of
        // "Networks") — of exactly one organization of as many words.
        if name.words.len() >= 2 {
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
                return Some(j);
            }
        }
        // "PCS Union" of "Public and Commercial Services Union": an acronym, then the head
        // word it leaves out, of exactly one organization.
        if let [acronym, head] = name.words.as_slice()
            && acronym.len() >= 2
            && acronym.chars().all(|c| c.is_ascii_alphabetic())
            && ends_organization(head)
            && let Some(first) = head.chars().next()
            && let Some(j) = sole(&self.by_initials, format!("{acronym}{first}").as_str(), i)
            && names[j].words.last() == Some(head)
        {
            return Some(j);
        }
        // "Lib Dem" of "Lib Dems", "Liberal Democrat" of "Liberal Democrats", "US Airway" of
        // "US Airways": the singular a plural name takes before a noun ("Lib Dem leader"). (Not
        // a family's name: "Osbourne" of "The Osbournes".)
        if !SURNAMES.contains(&name.key)
            && name.evidence.person < 1.0
            && let Some(&j) = plurals.get(name.key.as_str())
        {
            return Some(j);
        }
        if !PLACES.contains(&name.key)
            && let Some(j) = sole(by_after_place, name.key.as_str(), i)
        {
            return Some(j);
        }
        if let Some(fuller) = legal_key(&name.words)
            .and_then(|key| by_legal.get(&key))
            .and_then(|same| same.iter().copied().max_by_key(|&j| names[j].key.len()))
            .filter(|&j| j != i)
        {
            return Some(fuller);
        }
        None
    }

    /// The person whose surname the name `i` of two words or more is: a surname with its
    /// particles, or one of two words.
    fn surname_form(&self, i: usize) -> Option<usize> {
        let Index { names, by_last, .. } = self;
        let name = &names[i];
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
                            // (A two-word surname that opens with a given name is
                            // held by a name opening with one too: not "Corkman Mark
                            // Carroll"; "Suu Kyi" is "Aung San Suu Kyi"'s.)
                            && (with_particles
                                || !GIVEN_NAMES.contains(&name.words[0])
                                || GIVEN_NAMES.contains(&names[j].words[0])
                                    && !FUNCTION_WORDS.contains(&names[j].words[0]))
                });
            if let (Some(&j), None) = (holders.next(), holders.next()) {
                return Some(j);
            }
        }
        None
    }

    /// The one person whose surname the one-word name `i` is ("Seles beat …" of "Monica
    /// Seles" in a sports story, too); after "Mr" or "Mrs", of the one whose given name is not
    /// of the other gender ("Mr Clinton" of "Bill Clinton" beside "Hillary Clinton").
    fn surname_holder(&self, i: usize) -> Option<usize> {
        let Index { names, by_last, .. } = self;
        let name = &names[i];
        let word = name.words[0].as_str();
        let holder = match name.titled_male {
            // (Of two people sharing it, the one named before every mention, when
            // the other is named after them all: "Linda Harmon … Harmon said …
            // Tyler Harmon laughed".)
            None => sole(by_last, word, i).or_else(|| {
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
    }

    /// The name the one-word name `i` stands for: a known short form, an acronym, a surname,
    /// a first name, an organization's head word or first word, initials.
    fn word_form(&self, i: usize) -> Option<usize> {
        let Index {
            names,
            by_last,
            by_initials,
            by_all_initials,
            by_first,
            by_founder,
            by_head,
            by_head_of,
            ..
        } = self;
        let name = &names[i];
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
        known_short
            // "Kestrel Ocean Financial (KOFG)": the acronym the article gives a name.
            .or_else(|| {
                name.spelled_out_by
                    .filter(|&j| j != i && names[j].kind != EntityKind::Person)
            })
            // A surname of exactly one person (`surname_holder`).
            .or_else(|| self.surname_holder(i))
            // An East Asian family name, which comes first ("Chen" of "Chen Chun-yeh").
            .or_else(|| sole(by_first, word, i).filter(|&j| names[j].family_name_first))
            // Likewise a word that is no given name, written with a title alone ("Mr Ahn" of
            // "Ahn Seung") and nobody's surname.
            // ("Mr Kim" of "Kim Yungmin": after "Mr" or "Mrs" even a word that is a given
            // name elsewhere, when it is a surname too and what follows it in the full name
            // is no given name or English word; not "Mr Howard" of "Howard Flight".)
            .or_else(|| {
                sole(by_first, word, i).filter(|&j| {
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
            .or_else(|| sole(by_first, word, i).filter(|_| name.knighted_first_name))
            // The surname of a company named after a person ("Lilly" of "Eli Lilly").
            // (Typed an organization itself: "Wimpey said" of "George Wimpey".)
            .or_else(|| {
                sole(by_founder, word, i).filter(|&j| {
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
                sole(by_head, word, i)
                    .or_else(|| sole(by_head_of, word, i))
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
                sole(by_first, word, i).filter(|&j| {
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
            .or_else(|| sole(by_all_initials, word, i).filter(|_| name.acronym_with_small_words))
            // An acronym of an organization's capitalized words (not a country: "US" of "US
            // Senate"; "S&P" of "Standard & Poor's" without its ampersand).
            .or_else(|| {
                let letters = if word.contains('&') {
                    std::borrow::Cow::Owned(word.replace('&', ""))
                } else {
                    std::borrow::Cow::Borrowed(word)
                };
                sole(by_initials, letters.as_ref(), i).filter(|_| {
                    letters.len() >= 2
                        && letters.chars().all(|c| c.is_alphabetic())
                        && !COUNTRIES.contains(word)
                })
            })
    }
}

/// Merges surnames, short forms and acronyms into the names they stand for.
pub(super) fn merge(names: &mut [Name], sporty: bool) {
    let n = names.len();
    let index = Index::build(names, sporty);
    let aliases: Vec<Option<usize>> = (0..n).map(|i| index.alias(i)).collect();
    // How many people of the article have each name as their last word.
    let surname_of: Vec<usize> = names
        .iter()
        .map(|name| index.by_last.get(name.key.as_str()).map_or(0, Vec::len))
        .collect();
    let by_prefix = index.by_prefix;
    for (name, alias) in names.iter_mut().zip(aliases) {
        name.alias_of = alias;
    }
    // (Who has a real name is a person.)
    for i in 0..n {
        if let Some(j) = names[i].real_name_of {
            names[j].kind = EntityKind::Person;
        }
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
    let by_singular: HashMap<&str, &Vec<usize>> = by_prefix
        .iter()
        .filter(|(prefix, _)| !prefix.contains(' '))
        .filter_map(|(prefix, longer)| Some((prefix.strip_suffix('s')?, longer)))
        .collect();
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
        // ("Highfield said" of "Highfields Capital Management": the first word written
        // without its "s".)
        let plural_first = || {
            by_singular
                .get(names[i].key.as_str())
                .filter(|_| !is_english_word(&names[i].key))
                .copied()
        };
        let longest = by_prefix
            .get(&names[i].key)
            .or_else(plural_first)
            .and_then(|longer| {
                longer
                    .iter()
                    .copied()
                    .filter(|&j| j != i && extends(&names[i], &names[j]))
                    .filter(|&j| !place || names[j].evidence.team > 0.0)
                    // (Of two as long, the one named first: "Sun" of "Sun Microsystems",
                    // not of its product "the Sun Grid" named later.)
                    .max_by_key(|&j| (names[j].words.len(), std::cmp::Reverse(j)))
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
    // "Sainsbury's" of "J Sainsbury", "Smith's" of "WH Smith", "Rover" of "MG Rover": a
    // company written without the initials before its name (one or two letters, not a
    // particle or a function word: "Le Monde" is no "Monde").
    let initial = |w: &str| {
        let letters = w.trim_end_matches('.');
        (1..=2).contains(&letters.chars().count())
            && letters.chars().all(char::is_alphabetic)
            && !NAME_PARTICLES.contains(w)
            && !FUNCTION_WORDS.contains(w)
    };
    let mut by_founder: HashMap<String, Vec<usize>> = HashMap::default();
    for (j, name) in names.iter().enumerate() {
        if name.kind == EntityKind::Organization
            && name.alias_of.is_none()
            && let [first @ .., last] = name.words.as_slice()
            && !first.is_empty()
            && first.iter().all(|w| initial(w))
        {
            by_founder.entry(last.clone()).or_default().push(j);
        }
    }
    if !by_founder.is_empty() {
        for (i, name) in names.iter_mut().enumerate() {
            // (Nor a place: "Europe" of "GM Europe", "Milan" of "AC Milan".)
            if name.alias_of.is_some()
                || name.kind == EntityKind::Person
                || name.words.len() != 1
                || PLACES.contains(&name.key)
            {
                continue;
            }
            // (Keys write the apostrophe straight: `key_of`.)
            let word = name.words[0].as_str();
            let founder = word.strip_suffix("'s").unwrap_or(word);
            if let Some(&[j]) = by_founder.get(founder).map(Vec::as_slice)
                && j != i
            {
                name.alias_of = Some(j);
                name.kind = EntityKind::Organization;
            }
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

/// The key of `by_letters`: the word count and the first letters of the words, folded into
/// a number (a clash only costs a comparison).
fn letters_of(words: &[String]) -> u64 {
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .fold(words.len() as u64, |h, c| {
            h.wrapping_mul(1_000_003) ^ u64::from(c)
        })
}

/// A full name's length without its legal suffix ("Harbor Pharmaceuticals Inc").
fn unsuffixed(words: &[String]) -> Option<usize> {
    match words {
        [rest @ .., last]
            if rest.len() >= 2 && ORG_SUFFIXES.contains(last.trim_end_matches('.')) =>
        {
            Some(rest.len())
        }
        _ => None,
    }
}

/// A person's last word without its period ("Jr." and "Jr" are one).
fn surname_key(name: &Name) -> Option<&str> {
    name.words.last().map(|w| w.trim_end_matches('.'))
}

/// The key of `by_compact`: a name's kind and its letters and digits alone ("JPMorgan" and
/// "JP Morgan", "U.K." and "UK").
fn compact(name: &Name) -> (EntityKind, String) {
    let key = if name.kind == EntityKind::Person {
        // ("Robert Kilroy-Silk", "Robert Kilroy Silk".)
        name.key
            .chars()
            .filter(|&c| c != '.')
            .map(|c| if c == '-' { ' ' } else { c })
            .collect()
    } else {
        name.key.chars().filter(|c| c.is_alphanumeric()).collect()
    };
    (name.kind, key)
}

/// Whether person `short` is `long` written shorter: its surname with the particle alone
/// ("De Blasio" of "Bill de Blasio") or its given name's initial ("J. Smith" of "John
/// Smith", "R de Marigny" of "Roland de Marigny"; "Al Tarrant" is no short form of "Jimi
/// Tarrant").
fn written_short(short: &Name, long: &Name) -> bool {
    match (short.words.as_slice(), long.words.as_slice()) {
        ([p, last], [_, .., q, long_last]) if NAME_PARTICLES.contains(p.as_str()) => {
            p == q && last == long_last
        }
        ([initial, rest @ ..], [given, long_rest @ ..]) if !rest.is_empty() => {
            let letter = initial.trim_end_matches('.');
            letter.chars().count() == 1
                && letter.chars().all(char::is_alphabetic)
                && given.chars().count() > 2
                && given.starts_with(letter)
                && rest == long_rest
                && long.kind == EntityKind::Person
        }
        _ => false,
    }
}

/// The keys of `index` that hold exactly one name, with that name.
pub(super) fn singles(index: HashMap<String, Vec<usize>>) -> HashMap<String, usize> {
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
pub(super) fn web_domain(word: &str) -> Option<&str> {
    let (stem, tld) = word.rsplit_once('.')?;
    (!stem.is_empty() && is_top_level_domain(tld)).then_some(stem)
}

/// "st", "st.", "saint" (lower case): a saint's name opens with it ("St Dunstan's").
pub(crate) fn is_saint(word: &str) -> bool {
    matches!(word, "st" | "st." | "saint")
}

/// A company's name with its legal suffix in one form ("news corporation" and "news corp."
/// → "news corp"), if it ends in one.
pub(super) fn legal_key(words: &[String]) -> Option<String> {
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
pub(super) fn short_form_of(names: &[Name], word: &str) -> Option<usize> {
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
pub(super) fn in_order(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().next() == long.chars().next() && short.chars().all(|c| rest.any(|l| l == c))
}

pub(super) fn holds_words(words: &[String], part: &[impl AsRef<str>]) -> bool {
    words
        .windows(part.len())
        .any(|w| w.iter().zip(part).all(|(a, b)| a == b.as_ref()))
}

/// "Young-hoon", "Chun-yeh" (as written): an East Asian given name of two short syllables
/// joined by a hyphen, the second in lower case.
pub(super) fn is_hyphenated_given_name(word: &str) -> bool {
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
pub(super) fn sole<K, Q>(index: &HashMap<K, Vec<usize>>, key: &Q, i: usize) -> Option<usize>
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
pub(super) fn extends(short: &Name, long: &Name) -> bool {
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
pub(super) fn camel_parts(text: &str) -> Option<(String, String)> {
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
pub(super) fn is_small_word_acronym(text: &str) -> bool {
    (3..=5).contains(&text.len())
        && text.chars().all(|c| c.is_ascii_alphabetic())
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.ends_with(|c: char| c.is_ascii_uppercase())
        && text.chars().any(|c| c.is_ascii_lowercase())
}

/// The initials of a name's words, the small words left out ("Bank of England" → "be").
pub(super) fn initials(words: &[String]) -> String {
    initials_keeping(words, |_| false)
}

/// The initials of a name's words, with the words `whole` accepts kept whole ("ukip" of "uk
/// independence party").
pub(super) fn initials_keeping(words: &[String], whole: impl Fn(&str) -> bool) -> String {
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
