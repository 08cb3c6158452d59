//! The pipeline: candidates, filters, evidence, merging, then one entity per referent.

use rustc_hash::FxHashMap as HashMap;

use super::entity::{Entities, Entity, EntityKind, Mention};
use super::evidence::{
    Evidence, add_name_evidence, aliases_type_people, evidence, is_sports_story,
    surname_makes_person, type_families, type_lists,
};
use super::filter::{drop_common_words, drop_products, drop_quoted_titles, trim_name_ends};
use super::merge::{
    camel_parts, initials, is_hyphenated_given_name, is_small_word_acronym, merge, short_form_of,
    singles, spells_out,
};
use crate::extract::names::{Candidate, Vocabulary, candidates, is_capitals};
use crate::lexicon::{
    GIVEN_NAMES, KIN_NOUNS, KNIGHT_TITLES, NATIONALITIES, ORG_SUFFIXES, ORGANIZATIONS, PLACES,
    given_name_is_male, honorific_is_male, is_common_word,
};
use crate::text::{Document, Span};

/// A distinct name (case-folded) with its evidence and mentions.
#[derive(Debug)]
pub(super) struct Name {
    pub(super) key: String,
    pub(super) words: Vec<String>,
    pub(super) evidence: Evidence,
    pub(super) mentions: Vec<usize>,
    pub(super) kind: EntityKind,
    /// The name this one is an alias of.
    pub(super) alias_of: Option<usize>,
    /// Written as an acronym that spells small words in lower case ("BoE", "MoD"), or in
    /// four capitals or more that may spell them too ("CBOT").
    pub(super) acronym_with_small_words: bool,
    /// Written as one word of capitalized parts ("GlaxoSmithKline"): their initials and the
    /// first part, lower case ("gsk", "glaxo").
    pub(super) camel: Option<(String, String)>,
    /// Written as an East Asian name, family name first ("Kang Young-hoon").
    pub(super) family_name_first: bool,
    /// A given name written after "Sir" or "Dame" ("Sir Alex"): the knight's first name.
    pub(super) knighted_first_name: bool,
    /// One word written after a kin noun ("his son Nick"): a relative of someone named.
    pub(super) after_kin: bool,
    /// Written as an acronym in parentheses right after this name, which it stands for
    /// ("Kestrel Ocean Financial (KOFG)").
    pub(super) spelled_out_by: Option<usize>,
    /// Written after another name and "real name" ("C-Murder, real name Corey Miller"): the
    /// name this one is the real name of.
    pub(super) real_name_of: Option<usize>,
    /// Written with a title alone ("Mr Ahn", "President Hu").
    pub(super) titled_alone: bool,
    /// Written after "Mr", "Mrs", "Ms" or "Miss" alone ("Mr Kim"): a family name.
    pub(super) courtesy_alone: bool,
    /// A surname written after "Mr" (`Some(true)`) or "Mrs", "Ms", "Miss" (`Some(false)`),
    /// when full names of both genders hold it: kept apart from the same surname otherwise
    /// written, to join the full name of that gender ("Mr Clinton" and "Mrs Clinton" are
    /// Bill and Hillary).
    pub(super) titled_male: Option<bool>,
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
    trim_name_ends(doc, &vocab, &mut body);
    drop_common_words(doc, &vocab, &mut body, sporty);
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
                real_name_of: None,
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
        let real_name_of = ci
            .checked_sub(1)
            .filter(|&p| real_name_after(doc, &body[p], c))
            .map(|p| name_of[p]);
        let n = &mut names[id];
        if n.spelled_out_by.is_none() && spelled_out_by != Some(id) {
            n.spelled_out_by = spelled_out_by;
        }
        if n.real_name_of.is_none() && real_name_of != Some(id) {
            n.real_name_of = real_name_of;
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
    type_families(doc, &body, &mut names);
    type_lists(doc, &body, &name_of, &mut names, sporty);
    build(doc, &body, &headings, &names, &vocab)
}

/// "C-Murder, real name Corey Miller", "Mars - real name Bob Allen Deal -", "Salam Pax (real
/// name …)": candidate `c` follows candidate `p` after a comma, dash or parenthesis and "real
/// name".
fn real_name_after(doc: &Document, p: &Candidate, c: &Candidate) -> bool {
    if p.sentence != c.sentence || c.first != p.last + 3 {
        return false;
    }
    let toks = doc.sentence_tokens(c.sentence);
    let word = |i: usize| doc.slice(toks[i].span);
    matches!(word(p.last), "," | "-" | "–" | "—" | "(")
        && word(p.last + 1) == "real"
        && word(p.last + 2) == "name"
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

/// Builds the entity lists from typed, merged names, adds heading mentions and roles.
pub(super) fn build(
    doc: &Document,
    body: &[Candidate],
    headings: &[Candidate],
    names: &[Name],
    vocab: &Vocabulary,
) -> Entities {
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
                // ("Visa decision 'every 11 minutes'" over an article about visas: a known
                // name the body writes only as the common word is that word.)
                // ("BELOW TARGET" in a line of capitals: a known organization's name that is a
                // common word, which the body never names, is that word; not a place, "CHINA".)
                let lowered = j == i + 1
                    && !vocab.capital_inside.contains(&key)
                    && if is_capitals(doc.slice(span)) {
                        ORGANIZATIONS.contains(&key)
                            && !PLACES.contains(&key)
                            && is_common_word(&key)
                    } else {
                        vocab.only_common(&key)
                    };
                if (ORGANIZATIONS.contains(&key) || PLACES.contains(&key)) && !lowered {
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
    crate::extract::roles::assign(doc, body, &mut out);
    out
}

pub(super) fn entity(doc: &Document, kind: EntityKind, mentions: Vec<Mention>) -> Entity {
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
    // (A hyphen parts words too: "Robert Kilroy-Silk" is as full as "Robert Kilroy Silk",
    // and the first seen is named.)
    let score = |s: &str| {
        (
            s.split(|c: char| c.is_whitespace() || c == '-')
                .filter(|w| !w.is_empty())
                .count(),
            !cars(s),
            !capitals(s) || s.len() <= 4,
            s.len(),
        )
    };
    // (Compared, not keyed: most entities have one form, and then no score is built.)
    let name = forms
        .iter()
        .copied()
        .enumerate()
        .max_by(|(i, a), (j, b)| score(a).cmp(&score(b)).then(j.cmp(i)))
        .map(|(_, f)| f)
        .unwrap_or_default()
        .to_string();
    let aliases = forms
        .iter()
        .filter(|f| key_of(f) != key_of(&name))
        .map(|f| f.to_string())
        .collect();
    // "LONDON (Reuters) -", "SAN FRANCISCO —": a known place the article writes only in
    // capitals, in a dateline, is named as places are written (not "UK", "USA": letters).
    let name = if kind == EntityKind::Location
        && name.len() > 4
        && capitals(&name)
        && PLACES.contains(&key_of(&name))
    {
        let mut cased = String::with_capacity(name.len());
        let mut after_letter = false;
        for c in name.chars() {
            if after_letter {
                cased.extend(c.to_lowercase());
            } else {
                cased.push(c);
            }
            after_letter = c.is_alphabetic();
        }
        cased
    } else {
        name
    };
    Entity {
        kind,
        name,
        aliases,
        mentions,
        roles: Vec::new(),
    }
}
