//! Name candidates: runs of capitalized tokens that may name a person, organization or place.
//!
//! A run is a sequence of capitalized words (and mixed-case brands like eBay) joined by the
//! connectors names use: `&` ("Marsh & McLennan"), particles ("van", "de", "bin"), "of"/"for"
//! after a head word ("Bank of England", "GenAI for Ads"), initials ("George W. Bush") and the
//! period of a legal suffix ("Inc."). A possessive `’s` ends a run. Then:
//!
//! - a title inside the run is split off ("Qantas Chief Executive Geoff Dixon" → "Qantas",
//!   title "Chief Executive", "Geoff Dixon"); "the" is dropped from the front;
//! - the capital at the start of a sentence or quote carries no information: the first word
//!   is dropped when the document uses it in lower case or it is a function word, and a
//!   one-word candidate there is kept only when the document capitalizes it elsewhere too, a
//!   word list knows it, or a possessive or speech verb follows;
//! - words that name nothing (AI, CEO, weekdays, nationalities) are not candidates;
//! - "California-based" gives the candidate "California".
//!
//! Headings (and all-capital lines) give their runs separately: every word there is
//! capitalized, so they only mention what the body names.

use rustc_hash::FxHashSet as HashSet;

use crate::extract::EntityKind;
use crate::lexicon::{
    ABBREVIATIONS, ADJECTIVE_SUFFIXES, COUNTRIES, COURTESY_TITLES, DIRECTIONS, DOER_SUFFIXES,
    DOMAIN_TITLES, EVENT_HEADS, EVENT_OPENERS, FUNCTION_WORDS, GIVEN_NAMES, HONORIFICS,
    INSTITUTION_HEADS, IRREGULAR_PASTS, KNIGHT_TITLES, LAW_HEADS, MARKET_INDICES, MEDIA_NOUNS,
    MEMBER_TITLES, MONTHS, NAME_PARTICLES, NATIONALITIES, NOT_ENTITIES, NUMBER_WORDS,
    NUMBERED_HEADS, OF_HEADS, ORG_HEADS, ORG_NOUNS, ORG_PARTICIPLES, ORG_SUFFIXES, ORGANIZATIONS,
    PERSON_NOUNS, PLACE_HEADS, PLACES, POSITIONS, RANK_MODIFIERS, RESULT_VERBS, ROLES,
    SENTENCE_STARTERS, SPEECH_VERBS, STATE_ABBREVIATIONS, SURNAME_HEADS, SURNAMES, TITLE_MODIFIERS,
    ends_organization, is_compass_initial, is_english_word, is_party_and_state,
    is_speech_verb_word, is_trade_noun,
};
use crate::text::{Document, ParagraphKind, Span, Token, TokenKind};

/// A possible name: tokens `first..last` of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub sentence: usize,
    pub first: usize,
    pub last: usize,
    pub span: Span,
    /// A title split off the front ("CEO", "Finance Minister", "Mr").
    pub title: Option<String>,
    /// Where the title starts (token index), when there is one.
    pub title_first: usize,
    /// From "California-based": a place by its form.
    pub place_suffix: bool,
    /// A person's name by the form of its line: two or three words signing a sign-off line,
    /// no place among them nor the whole a place ("-- Amra Kevic, Belgrade newsroom +381 11
    /// 222 4305"), or a name before the minute in a scorers' line ("Brazil - Marcello
    /// Goncalves (55th)").
    pub by_form: bool,
}

/// The candidates of the body and the runs of headings.
pub fn candidates(doc: &Document, vocab: &Vocabulary) -> (Vec<Candidate>, Vec<Candidate>) {
    let mut body = Vec::new();
    let mut headings = Vec::new();
    for (s, sentence) in doc.sentences().iter().enumerate() {
        let toks = doc.sentence_tokens(s);
        let capitals = is_all_caps(doc.slice(sentence.span));
        let heading = doc.paragraphs()[sentence.paragraph].kind == ParagraphKind::Heading
            || capitals
            || is_title_case(doc.slice(sentence.span));
        let runs = Runs {
            doc,
            toks,
            sentence: s,
            capitals,
            org_openers: &vocab.org_openers,
        };
        let sign_off = heading && runs.is_sign_off();
        // (Lines of results and scorecards, read as a whole once.)
        let results = heading && (is_results_line(doc, toks) || is_match_line(doc, toks));
        // (A wire's dateline: the state or country after its town, "IRVINE, Calif
        // 1996-08-30", is read like the body, a place; the town stays the heading's mention of
        // what the body names — not a team's short form in a sports story, "LONDON".)
        let dateline = heading && is_dateline(doc, toks);
        let batting = heading && is_batting_line(doc, toks);
        for (first, last) in runs.find() {
            // "By Jane Whitaker": the word that opens a byline is no part of the name.
            let first = if heading && first == 0 && last - first >= 3 && runs.text(0) == "By" {
                1
            } else {
                first
            };
            // "-- Jim Ballantyne, London Newsroom +44 20 7555 0101": every run of a sign-off
            // line is a name (a desk, a reporter, a city), "Tel" and "Fax" aside.
            if sign_off {
                let mut last = last;
                while last > first && matches!(runs.text(last - 1), "Tel" | "Fax" | "Tel." | "Fax.")
                {
                    last -= 1;
                }
                if last > first {
                    let mut c = runs.candidate(first, last, None, first);
                    c.by_form = (2..=3).contains(&(last - first))
                        && !ends_organization(runs.text(last - 1))
                        && (first..last).all(|i| !PLACES.contains(runs.text(i)))
                        && !PLACES.contains(doc.slice(c.span));
                    body.push(c);
                }
                continue;
            }
            // A byline or signature line: "Pierre Belec", "-- Jim Ballantyne, London Newsroom".
            // An organization named in such a line: "-- Bucharest Newsroom", "Acme Corp".
            // (Not a phrase of ordinary words: "The Bottom Line", "Wall Street Desk".)
            let org_head = last - first >= 2
                && ends_organization(runs.text(last - 1))
                && !(first..last).all(|i| is_english_word(runs.text(i)));
            // A table row ("Norwich 4 3 0 1 5 3 9") is read like the body, so that its name
            // is typed by the row around it.
            // (So is a line of results, "Norwich 1 Wolverhampton 0", and a ranking's line,
            // "3. Aliuska Lopez (Cuba) 12.92".)
            let ranked = ranked_at(doc, toks, first)
                && (runs.text(last) == "("
                    || toks.get(last).is_some_and(|t| t.kind == TokenKind::Number));
            let row = heads_row(doc, toks, last) || results || ranked || dateline && first > 0;
            // "(N. Knight 113)", "(Ijaz Ahmed 79; A. Hollioake 4-23)": a scorecard's batsman
            // or bowler before his runs or figures.
            let batsman = last - first >= 2
                && first > 0
                && matches!(runs.text(first - 1), "(" | ";" | ",")
                && toks.get(last).is_some_and(|t| t.kind == TokenKind::Number)
                && matches!(runs.text(last + 1), ")" | ";" | ",");
            // "Bowling: Vass 7-0-29-0, de Silva 4-0-25-0": a bowler before his figures.
            // (Overs, maidens, runs, wickets; overs may hold a part over: "9.3-0-49-1".)
            let bowler = toks.get(last).is_some_and(|t| {
                t.kind == TokenKind::Number && {
                    let parts: Vec<&str> = doc.slice(t.span).split('-').collect();
                    let overs = parts
                        .first()
                        .map_or("", |o| o.split('.').next().unwrap_or(o));
                    parts.len() == 4
                        && is_small_number(overs, 2)
                        && parts[1..].iter().all(|p| is_small_number(p, 3))
                }
            });
            let scorer = before_minute(doc, toks, last) || batsman || bowler || batting;
            if heading && (runs.is_byline(first, last) || org_head || row || scorer) {
                let before = body.len();
                runs.refine(first, last, vocab, &mut body);
                if scorer {
                    body[before..].iter_mut().for_each(|c| c.by_form = true);
                }
                continue;
            }
            if heading {
                headings.push(runs.candidate(first, last, None, first));
            } else {
                runs.refine(first, last, vocab, &mut body);
            }
        }
        if !heading {
            runs.hyphen_places(&mut body);
        }
    }
    trim_opening_words(doc, &mut body);
    body.sort_by_key(|c| c.span);
    (body, headings)
}

/// "Previous Big Brother housemates …": an English word opening a sentence before a name of
/// two words or more, which the article writes inside a sentence without that word (and never
/// with it), is no part of the name. (Not before one word: "Real Madrid", "North Korea".)
// (Kept out of `candidates`: inlined there it slowed the runs loop, callgrind +0.4 M on 300 KB.)
#[inline(never)]
fn trim_opening_words(doc: &Document, body: &mut [Candidate]) {
    let opens = |c: &Candidate| {
        c.title.is_none() && starts_sentence(doc, doc.sentence_tokens(c.sentence), c.first)
    };
    let first_word = |c: &Candidate| doc.slice(doc.sentence_tokens(c.sentence)[c.first].span);
    let trimmable: Vec<usize> = (0..body.len())
        .filter(|&i| {
            let c = &body[i];
            c.last - c.first >= 3 && opens(c) && {
                let word = first_word(c).to_lowercase();
                is_english_word(&word)
                    && !GIVEN_NAMES.contains(&word)
                    && !DIRECTIONS.contains(&word)
                    && !NATIONALITIES.contains(&word)
            }
        })
        .collect();
    if trimmable.is_empty() {
        return;
    }
    // (Names of two words or more not opening a sentence that way: the others.)
    let inside: HashSet<&str> = body
        .iter()
        .enumerate()
        .filter(|(i, c)| c.last - c.first >= 2 && trimmable.binary_search(i).is_err())
        .map(|(_, c)| doc.slice(c.span))
        .collect();
    for i in trimmable {
        let c = &mut body[i];
        let rest = Span::new(
            doc.sentence_tokens(c.sentence)[c.first + 1].span.start,
            c.span.end,
        );
        if inside.contains(doc.slice(rest)) && !inside.contains(doc.slice(c.span)) {
            c.first += 1;
            c.title_first = c.first;
            c.span = rest;
        }
    }
}

/// What the document tells about words: which it writes in lower case, which it capitalizes
/// in the middle of a sentence.
pub struct Vocabulary<'a> {
    /// Words written in lower case somewhere in the body.
    pub lower: HashSet<&'a str>,
    /// Words capitalized in the middle of a body sentence, lower-cased.
    pub capital_inside: HashSet<String>,
    /// Those of them capitalized only after the connector of a longer name ("corporate" of
    /// "Center for Corporate Governance", "defence" of "Ministry of Defence"): such a word
    /// says nothing of the word alone.
    pub capital_inner_only: HashSet<String>,
    /// Last words of names that open with a given name ("king" of "Billie Jean King"),
    /// lower-cased: such a word alone is that person's surname, even if it is a title.
    pub surnames: HashSet<String>,
    /// Initials of an organization's name written out in the body ("British Airways", "London
    /// Metal Exchange"), lower-cased, when a word list takes them for no name ("ba", a degree)
    /// or they are three letters or more of a name a head word or legal suffix closes: such an
    /// acronym is that name's, even opening a sentence ("LME copper slid").
    pub spelled_out: HashSet<String>,
    /// Short forms the body gives, in parentheses, to words it writes in lower case
    /// ("anti-social behaviour orders (Asbos)"), lower-cased: such a word names nothing.
    pub common_short_forms: HashSet<String>,
    /// First words of organizations' names the body writes in full, a head word or legal
    /// suffix closing them ("arventa" of "Arventa Semiconductor Corp"), lower-cased: such a
    /// word alone, no English word, is that name's short form, even opening a sentence
    /// ("Arventa now expects …").
    pub org_openers: HashSet<String>,
}

impl<'a> Vocabulary<'a> {
    /// Whether the article writes the English word `lower` in lower case and it is no head
    /// word of organizations' names ("Parliament" beside "parliament" stays a name): a known
    /// name so written ("Visa" in an article about visas) may be only the word.
    pub fn only_common(&self, lower: &str) -> bool {
        self.lower.contains(lower) && is_english_word(lower) && !ORG_HEADS.contains(lower)
    }

    pub fn new(doc: &'a Document) -> Vocabulary<'a> {
        let mut lower = HashSet::default();
        let mut capital_inside = HashSet::default();
        let mut capital_inner_only: HashSet<String> = HashSet::default();
        let mut surnames = HashSet::default();
        let mut spelled_out = HashSet::default();
        let mut common_short_forms = HashSet::default();
        let mut org_openers = HashSet::default();
        for (s, sentence) in doc.sentences().iter().enumerate() {
            if doc.paragraphs()[sentence.paragraph].kind == ParagraphKind::Heading {
                continue;
            }
            let toks = doc.sentence_tokens(s);
            let mut run: Option<(usize, usize, usize)> = None;
            for (i, t) in toks.iter().enumerate() {
                let w = doc.slice(t.span);
                // (Initials are ASCII letters: a byte's test is enough.)
                let initial = t.kind == TokenKind::Word
                    && w.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
                run = match run {
                    Some((first, _, words)) if initial => Some((first, i, words + 1)),
                    Some(r) if matches!(w, "of" | "and" | "for" | "&") => Some(r),
                    Some(r) => {
                        spell_out(doc, toks, run, &mut spelled_out);
                        note_org_opener(doc, toks, r, &mut org_openers);
                        None
                    }
                    None if initial => Some((i, i, 1)),
                    None => None,
                };
                if t.kind != TokenKind::Word {
                    if let Some(short) = common_short_form(doc, toks, i) {
                        common_short_forms.insert(short);
                    }
                    continue;
                }
                if w.starts_with(char::is_lowercase) {
                    lower.insert(w);
                } else if !starts_sentence(doc, toks, i)
                    // "Harbour Dock Authority (HDA)": the acronym of three letters or more a name
                    // is given, though a parenthesis opens it.
                    || i >= 2
                        && doc.slice(toks[i - 1].span) == "("
                        && capitalized_at(doc, toks, i - 2)
                        && toks.get(i + 1).is_some_and(|t| doc.slice(t.span) == ")")
                        && w.len() >= 3
                        && (is_capitals(w)
                            // ("Chilean Copper Commission (Cochilco)": after a name of
                            // three words or more; not a player's club, "Serge Betsen
                            // (Biarritz)".)
                            || is_word_acronym(w)
                                && i >= 4
                                && capitalized_at(doc, toks, i - 3)
                                && capitalized_at(doc, toks, i - 4))
                {
                    let inner = i >= 2
                        && matches!(doc.slice(toks[i - 1].span), "of" | "for" | "and" | "&")
                        && capitalized_at(doc, toks, i - 2);
                    let lowered = w.to_lowercase();
                    if inner {
                        if !capital_inside.contains(&lowered) {
                            capital_inner_only.insert(lowered.clone());
                        }
                    } else if !capital_inner_only.is_empty() {
                        capital_inner_only.remove(&lowered);
                    }
                    capital_inside.insert(lowered);
                }
                // "Billie Jean King": the last of two or three capitalized words, the first a
                // given name.
                let given = |j: usize| {
                    capitalized_at(doc, toks, j)
                        && GIVEN_NAMES.contains(&doc.slice(toks[j].span).to_lowercase())
                };
                if w.starts_with(char::is_uppercase)
                    && i > 0
                    && (given(i - 1) || i > 1 && capitalized_at(doc, toks, i - 1) && given(i - 2))
                    && !capitalized_at(doc, toks, i + 1)
                {
                    surnames.insert(w.to_lowercase());
                }
            }
            spell_out(doc, toks, run, &mut spelled_out);
            if let Some(r) = run {
                note_org_opener(doc, toks, r, &mut org_openers);
            }
        }
        Vocabulary {
            lower,
            capital_inside,
            capital_inner_only,
            surnames,
            spelled_out,
            common_short_forms,
            org_openers,
        }
    }
}

/// "monday", "friday" (lower case): a weekday ("day" alone is none).
fn is_weekday(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with("day") && NOT_ENTITIES.contains(lower)
}

/// The capital initials of `words`, function words left out: "Congressional Budget Office"
/// → "CBO" (word lists fold case: no word is lowered).
fn initials_of<'w>(words: impl Iterator<Item = &'w str>) -> String {
    words
        .filter(|w| !FUNCTION_WORDS.contains(w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Notes the first word of a run of capitalized words (`first`, `last`, word count) that a
/// head word or legal suffix closes: "Arventa Semiconductor Corp".
fn note_org_opener(
    doc: &Document,
    toks: &[Token],
    (first, last, words): (usize, usize, usize),
    openers: &mut HashSet<String>,
) {
    // (`ends_organization` folds the case itself.)
    if words >= 2 && ends_organization(doc.slice(toks[last].span)) {
        openers.insert(doc.slice(toks[first].span).to_lowercase());
    }
}

/// The short form, in lower case, that a parenthesis at token `i` of `toks` gives the words
/// in lower case right before it, when their initials spell it: "anti-social behaviour orders
/// (Asbos)", "community support officers (CSOs)", "multimedia messaging service (MMS)" (a
/// plural's "s" aside or not; a hyphen parts words).
fn common_short_form(doc: &Document, toks: &[Token], i: usize) -> Option<String> {
    if i == 0
        || doc.slice(toks[i].span) != "("
        || !doc.slice(toks[i - 1].span).starts_with(char::is_lowercase)
        || toks.get(i + 2).is_none_or(|t| doc.slice(t.span) != ")")
        || toks[i + 1].kind != TokenKind::Word
    {
        return None;
    }
    let short = doc.slice(toks[i + 1].span);
    if !short.starts_with(char::is_uppercase) {
        return None;
    }
    let lower = short.to_lowercase();
    // The initials of the words before, in lower case, up to as many parts as `letters` has
    // letters.
    let spells = |letters: &str| {
        let wanted = letters.chars().count();
        let mut initials: Vec<char> = Vec::new();
        let mut k = i;
        while k > 0 && initials.len() < wanted {
            k -= 1;
            let w = doc.slice(toks[k].span);
            // ("Internet service provider (ISP) Plus.net": the sentence's capital is no name's.)
            if toks[k].kind != TokenKind::Word || !w.starts_with(char::is_lowercase) && k > 0 {
                break;
            }
            for part in w.split('-').rev() {
                initials.extend(part.chars().next().map(|c| c.to_ascii_lowercase()));
            }
        }
        initials.reverse();
        wanted >= 2 && initials.iter().copied().eq(letters.chars())
    };
    let singular = lower.strip_suffix('s').filter(|_| short.len() > 2);
    (spells(&lower) || singular.is_some_and(spells)).then_some(lower)
}

/// Adds to `out` the initials of `run`, capitalized words `first..=last` of `toks` ("of",
/// "and", "for", "&" between them skipped), two to five of them, when `not_entities.txt` lists
/// them as letters naming nothing and the run is an organization's name, known or with a head
/// word ("British Airways" → "ba"; not "High Definition" → "hd"); not a run opening with a
/// given name.
fn spell_out(
    doc: &Document,
    toks: &[Token],
    run: Option<(usize, usize, usize)>,
    out: &mut HashSet<String>,
) {
    let Some((first, last, words)) = run else {
        return;
    };
    // ("The London Metal Exchange said": the article opening the sentence is no initial.)
    let article = usize::from(doc.slice(toks[first].span) == "The");
    let (first, words) = (first + article, words - article);
    if !(2..=5).contains(&words) {
        return;
    }
    let mut initials = [0u8; 5];
    let mut n = 0;
    for t in &toks[first..=last] {
        let Some(&b) = doc.slice(t.span).as_bytes().first() else {
            return;
        };
        if b.is_ascii_uppercase() {
            initials[n] = b.to_ascii_lowercase();
            n += 1;
        } else if !matches!(b, b'a'..=b'z' | b'&') {
            return;
        }
    }
    let Ok(initials) = std::str::from_utf8(&initials[..n]) else {
        return;
    };
    // (Three letters or more a word list does not take: only of a name a head word or legal
    // suffix closes, "London Metal Exchange" — asked first, as it is cheap.)
    if !NOT_ENTITIES.contains(initials)
        && (initials.len() < 3 || !ends_organization(&doc.slice(toks[last].span).to_lowercase()))
        || GIVEN_NAMES.contains(&doc.slice(toks[first].span).to_lowercase())
    {
        return;
    }
    let key = doc
        .slice(Span::new(toks[first].span.start, toks[last].span.end))
        .to_lowercase();
    if ORGANIZATIONS.contains(&key) || key.split(' ').any(ends_organization) {
        // (A legal suffix gives no letter: "AI" is no initials of "Alphabet Inc", "BA" those
        // of "British Airways Plc". Asked last: few runs get this far.)
        if key
            .rsplit(' ')
            .next()
            .is_some_and(|w| ORG_SUFFIXES.contains(w.trim_end_matches('.')))
        {
            spell_out(
                doc,
                toks,
                Some((first - article, last - 1, words + article - 1)),
                out,
            );
            return;
        }
        out.insert(initials.to_string());
    }
}

/// Whether token `k` of `toks` is a word that opens with a capital.
pub(crate) fn capitalized_at(doc: &Document, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_uppercase)
    })
}

/// True when token `i` starts a sentence, a quote or a clause after a colon.
/// Whether the straight double mark at token `close` closes a nickname of one to four
/// capitalized words set inside a name: a capitalized word before the opening mark.
fn in_nickname(doc: &Document, toks: &[Token], close: usize) -> bool {
    let Some(open) = (close.saturating_sub(5)..close)
        .rev()
        .find(|&k| doc.slice(toks[k].span) == "\"")
    else {
        return false;
    };
    open >= 1
        && open + 1 < close
        && capitalized_at(doc, toks, open - 1)
        && (open + 1..close).all(|k| {
            capitalized_at(doc, toks, k) || matches!(doc.slice(toks[k].span), "of" | "the")
        })
}

pub(crate) fn starts_sentence(doc: &Document, toks: &[Token], i: usize) -> bool {
    // Only punctuation and list numbers ("1.", "2)") before it.
    if toks[..i]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Number))
    {
        return true;
    }
    let prev = doc.slice(toks[i - 1].span);
    // (A straight mark right after a comma closes a quote: `"…," May wrote`; so does one
    // closing a nickname inside a name: `Hector "Macho" Camacho`, `Roberto "Hands of Stone"
    // Duran`.)
    let closing = matches!(prev, "\"" | "'")
        && i >= 2
        && toks[i - 2].span.end == toks[i - 1].span.start
        && (doc.slice(toks[i - 2].span) == "," || prev == "\"" && in_nickname(doc, toks, i - 1));
    !closing
        && matches!(
            prev,
            "“" | "\"" | "‘" | ":" | "—" | "–" | "-" | "(" | "'" | "`"
        )
}

/// "Sanders' campaign manager", "Atticus' David Slager": token `k` of `toks` is an
/// apostrophe alone, right after a word ending in "s" — a possessive the tokenizer leaves as
/// punctuation ("'s" is a `Possessive` token of its own).
pub(crate) fn is_bare_possessive(doc: &Document, toks: &[Token], k: usize) -> bool {
    k > 0
        && matches!(doc.slice(toks[k].span), "'" | "’")
        && doc.slice(toks[k - 1].span).ends_with('s')
        && toks[k - 1].span.end == toks[k].span.start
}

/// A dash that opens a signature or sign-off line ("-- Harry Milling, …").
pub(crate) fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "--" | "—" | "–")
}

/// Three or more numbers follow token `last`: the name before them heads a table row
/// ("Norwich 4 3 0 1 5 3 9"), or a standings row (`standings_after`).
pub(crate) fn heads_row(doc: &Document, toks: &[Token], last: usize) -> bool {
    toks.get(last..).is_some_and(|rest| {
        rest.iter()
            .take_while(|t| t.kind == TokenKind::Number)
            .count()
            >= 3
            || standings_after(doc, rest)
    })
}

/// The rest of a standings row, to the end of the line: wins and losses (whole numbers of
/// three digits at most), then numbers, stops, dashes and slashes ("74 59 .556 -", "69 65
/// .515 5 1/2"; not a table of prices, "12.50 13.00 11.27").
fn standings_after(doc: &Document, rest: &[Token]) -> bool {
    let number = |t: &Token| t.kind == TokenKind::Number;
    rest.len() >= 3
        && rest[..2]
            .iter()
            .all(|t| number(t) && is_small_number(doc.slice(t.span), 3))
        && rest.iter().filter(|t| number(t)).count() >= 3
        && rest
            .iter()
            .all(|t| number(t) || matches!(doc.slice(t.span), "." | "-" | "/"))
}

/// A dateline's town: three capitals or more, with hyphens or periods between them at most
/// ("WASHINGTON", "URUS-MARTAN", "ST.").
fn is_dateline_town(w: &str) -> bool {
    w.chars().filter(|c| c.is_uppercase()).count() >= 3
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '.'))
}

/// A wire's dateline: a town in capitals, its state or country, the date ("IRVINE, Calif
/// 1996-08-30", "ROCHESTER, N.H. 1996-08-30").
fn is_dateline(doc: &Document, toks: &[Token]) -> bool {
    let word = |t: &Token| doc.slice(t.span);
    toks.len() <= 8
        && toks.first().is_some_and(|t| is_dateline_town(word(t)))
        && toks.last().is_some_and(|t| {
            let w = word(t);
            t.kind == TokenKind::Number
                && w.len() == 10
                && w.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
        })
}

/// A name at token `first` ranked at the head of its line: "3. Aliuska Lopez".
pub(crate) fn ranked_at(doc: &Document, toks: &[Token], first: usize) -> bool {
    first == 2
        && toks[0].kind == TokenKind::Number
        && is_small_number(doc.slice(toks[0].span), 3)
        && doc.slice(toks[1].span) == "."
}

/// A line of results, a name and a score twice and nothing else: "Bradford 1 Tranmere 0",
/// "Huddersfield 1 Crystal Palace 1".
pub(crate) fn is_results_line(doc: &Document, toks: &[Token]) -> bool {
    let name = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_uppercase)
        })
    };
    let score = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == TokenKind::Number && is_small_number(doc.slice(t.span), 3))
    };
    let mut i = 0;
    for _ in 0..2 {
        let from = i;
        while name(i) {
            i += 1;
        }
        if i == from || i - from > 4 || !score(i) {
            return false;
        }
        i += 1;
    }
    i == toks.len()
}

/// A line of an individual sport's results: two players, a result's verb between them, the
/// score closing the line ("Tim Henman (Britain) beat Doug Flach (U.S.) 6-3 6-4 6-2").
pub(crate) fn is_match_line(doc: &Document, toks: &[Token]) -> bool {
    toks.len() >= 5
        && toks.first().is_some_and(|t| {
            t.kind == TokenKind::Number || doc.slice(t.span).starts_with(char::is_uppercase)
        })
        && toks
            .last()
            .is_some_and(|t| t.kind == TokenKind::Number || doc.slice(t.span) == ")")
        && toks.iter().any(|t| {
            t.kind == TokenKind::Word && matches!(doc.slice(t.span), "beat" | "bt" | "v" | "vs")
        })
}

/// A batting line of a cricket scorecard: a batsman, how he was out and his runs ("M. Waugh
/// c and b Jayasuriya 50", "A. Gurusinha run out 16", "R. Ponting not out 46").
pub(crate) fn is_batting_line(doc: &Document, toks: &[Token]) -> bool {
    let word = |i: usize| toks.get(i).map_or("", |t| doc.slice(t.span));
    toks.len() >= 4
        && word(0).starts_with(char::is_uppercase)
        && toks
            .last()
            .is_some_and(|t| t.kind == TokenKind::Number && is_small_number(doc.slice(t.span), 3))
        && (1..toks.len()).any(|i| {
            matches!(word(i), "c" | "b" | "lbw" | "st")
                || matches!(word(i), "run" | "not") && word(i + 1) == "out"
        })
}

/// A line of a results or standings table: "Norwich 1 Wolverhampton 0", "NEW YORK 74 59
/// .556 -" (a name of one to four words heading a standings row).
pub(crate) fn is_table_line(doc: &Document, toks: &[Token]) -> bool {
    let name_words = toks
        .iter()
        .take_while(|t| {
            t.kind == TokenKind::Word && doc.slice(t.span).starts_with(char::is_uppercase)
        })
        .count();
    is_results_line(doc, toks)
        || (1..=4).contains(&name_words) && standings_after(doc, &toks[name_words..])
}

/// The minute of a goal follows token `last`, in parentheses or not: the name before it is a
/// scorer's ("Viorel Moldovan (21st minute)", "Joakim Persson 81st minute").
pub(crate) fn before_minute(doc: &Document, toks: &[Token], last: usize) -> bool {
    let at = match toks.get(last) {
        Some(t) if doc.slice(t.span) == "(" => last + 1,
        _ => last,
    };
    toks.get(at).is_some_and(|t| {
        let w = doc.slice(t.span);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
    }) && toks
        .get(at + 1)
        .is_some_and(|t| matches!(doc.slice(t.span), ")" | "minute" | "min" | "mins" | ","))
}

/// A win-loss record in parentheses follows token `last`: the name before it is a pitcher's
/// or a player's ("Pettite (19-7) allowed two runs").
pub(crate) fn before_record(doc: &Document, toks: &[Token], last: usize) -> bool {
    let text = |i: usize| toks.get(i).map_or("", |t| doc.slice(t.span));
    text(last) == "("
        && text(last + 2) == ")"
        && text(last + 1)
            .split_once('-')
            .is_some_and(|(w, l)| is_small_number(w, 3) && is_small_number(l, 3))
}

/// `w` is one to `max` ASCII digits: a score, a record, runs or wickets.
pub(crate) fn is_small_number(w: &str, max: usize) -> bool {
    (1..=max).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// A headline written as a sentence: every word capitalized, small words too ("Wash Post
/// Fact-Check: If Obama Says It, It’s True."). A list of names has no capitalized "If".
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    words.len() >= 4
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words[1..]
            .iter()
            .any(|w| FUNCTION_WORDS.contains(&w.to_lowercase()))
}

/// A word in capitals of two letters or more ("TV", "QC", "MPs" is not).
pub(crate) fn is_capitals(w: &str) -> bool {
    w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// `Sittingbourne and Sheppey`: when token `and` is "and", the first of the (at most five)
/// capitalized words before it, no earlier than `from` — the name listed before the one after
/// "and".
pub(crate) fn listed_before(
    doc: &Document,
    toks: &[Token],
    from: usize,
    and: usize,
) -> Option<usize> {
    if toks.get(and).is_none_or(|t| doc.slice(t.span) != "and") {
        return None;
    }
    let mut k = and;
    while k > from && and - k < 5 && doc.slice(toks[k - 1].span).starts_with(char::is_uppercase) {
        k -= 1;
    }
    Some(k)
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    let mut upper = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 8 && upper * 10 >= letters * 9
}

/// The first word of a run opening a sentence, read: whether it is a common word, and which
/// kinds of common word a run's other checks ask about.
struct Opening {
    /// The word, lower-cased.
    lower: String,
    common: bool,
    participle: bool,
    describes_person: bool,
    trade: bool,
}

/// What a run's words name, once its opening is settled: the name (up to its end: a model's
/// code after a company's name is left out), a part of it, or nothing.
enum Verdict {
    Name(usize),
    Part(usize, usize),
    Nothing,
}

struct Runs<'a> {
    doc: &'a Document,
    toks: &'a [Token],
    sentence: usize,
    /// The sentence is written in capitals.
    capitals: bool,
    /// The article's `Vocabulary::org_openers`.
    org_openers: &'a HashSet<String>,
}

impl<'a> Runs<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| self.doc.slice(t.span))
    }

    fn glued(&self, i: usize) -> bool {
        i + 1 < self.toks.len() && self.toks[i].span.end == self.toks[i + 1].span.start
    }

    /// "DHL-owner Deutsche Post", "Oscar-winner Tom Hanks": a name joined to a lower-case
    /// noun, opening a run, describes the name after it ("European Low-fare Airlines
    /// Association", "Coalition of Non-governmental Organizations" keep theirs).
    fn hyphen_describes_next(&self, i: usize, w: &str) -> bool {
        let capitalized = |k: usize| self.text(k).starts_with(char::is_uppercase);
        let Some((head, noun)) = w.split_once('-') else {
            return false;
        };
        let inside = i > 0
            && (capitalized(i - 1)
                || i > 1
                    && matches!(self.text(i - 1), "of" | "for" | "and" | "&")
                    && capitalized(i - 2));
        !inside
            && head.starts_with(char::is_uppercase)
            && noun.len() >= 4
            && noun.chars().all(|c| c.is_ascii_lowercase())
            && is_english_word(noun)
            && self.toks.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && self.text(i + 1).starts_with(char::is_uppercase)
            })
    }

    /// A word token at `i` that starts with a capital.
    /// A word that can be part of a name by its shape.
    fn is_name_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = self.text(i);
        let hyphen = w.as_bytes().contains(&b'-');
        if hyphen && hyphen_suffix(w).is_some() || is_contraction(w) {
            return false;
        }
        // "HK$327m", "US$42m": letters glued to a dollar sign mark the currency.
        if self
            .toks
            .get(i + 1)
            .is_some_and(|n| n.span.start == t.span.end && self.text(i + 1).starts_with('$'))
        {
            return false;
        }
        if hyphen && (self.hyphen_describes_next(i, w) || is_party_and_state(w)) {
            return false;
        }
        // "not Fed-dependent", "a U-turn", "T-shirts", "A-levels": a compound ending in an
        // English word in lower case, standing alone (not "Economic Co-operation and
        // Development", "Blu-ray Disc", "Yoo Ji-chang", "Ross-van Dorp").
        if hyphen
            && w.rsplit_once('-').is_some_and(|(_, part)| {
                part.len() >= 3
                    && part.chars().all(|c| c.is_ascii_lowercase())
                    && is_english_word(part)
                    && !NAME_PARTICLES.contains(part)
            })
            && !(i > 0 && capitalized_at(self.doc, self.toks, i - 1))
            && !capitalized_at(self.doc, self.toks, i + 1)
        {
            return false;
        }
        // "English-language", "French-speaking": a nationality joined to a word in lower
        // case describes, it names nothing.
        if hyphen
            && let Some((head, rest)) = w.split_once('-')
            && rest.chars().all(|c| c.is_lowercase() || c == '-')
            && NATIONALITIES.contains(&head.to_lowercase())
        {
            return false;
        }
        // "French-Israeli", "Anglo-Dutch", "US-German": nationalities and countries joined by
        // a hyphen (not a place's own name: "Guinea-Bissau").
        if hyphen
            && !PLACES.contains(w)
            && w.split('-').all(|p| {
                let p = p.to_lowercase();
                NATIONALITIES.contains(&p)
                    || COUNTRIES.contains(&p)
                    || matches!(
                        p.as_str(),
                        "anglo" | "franco" | "sino" | "indo" | "afro" | "euro" | "eu"
                    )
            })
        {
            return false;
        }
        // "I" is a pronoun, and a regnal numeral only after a name ("Elizabeth I", "King
        // Baudouin I").
        let regnal = |i: usize| {
            i > 0 && self.text(i - 1).starts_with(char::is_uppercase) && {
                let prev = self.text(i - 1).to_lowercase();
                GIVEN_NAMES.contains(&prev)
                    || i > 1 && {
                        let title = self.text(i - 2).to_lowercase();
                        HONORIFICS.contains(&title) || ROLES.get(&title).is_some()
                    }
            }
        };
        if w == "I" {
            return i > 0 && self.toks[i - 1].span.end < t.span.start && regnal(i);
        }
        if is_roman_numeral(w) && i > 0 {
            return regnal(i);
        }
        // "Rami al-Saadani", "Zine al-Abidine Ben Ali": the Arabic article joined to a name
        // continues it. Alone it opens a known name ("camps run by al-Qaeda") or one of two
        // such words ("al-Gama'a al-Islamiya"), no other ("at al-Aqsa").
        if let Some(rest) = after_arabic_article(w) {
            let arabic_name = |j: usize| {
                self.toks.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                    && after_arabic_article(self.text(j))
                        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
            };
            return rest.starts_with(char::is_uppercase)
                && (i > 0
                    && self.toks[i - 1].kind == TokenKind::Word
                    && self.text(i - 1).starts_with(char::is_uppercase)
                    || ORGANIZATIONS.contains(&w.to_lowercase())
                    || arabic_name(i + 1)
                    || i > 0 && arabic_name(i - 1));
        }
        let mut chars = w.chars();
        match chars.next() {
            // ("FRANCE BEAT MEXICO 2-0", "ARSENAL V CHELSEA": in a line in capitals, the verb
            // of a result between two names; "CHICAGO AT TORONTO": a fixture's "at".)
            Some(c) if c.is_uppercase() => {
                !(self.capitals
                    && i > 0
                    && (w == "AT" || RESULT_VERBS.contains(&w.to_ascii_lowercase())))
            }
            Some(c) if c.is_lowercase() => {
                // eBay, iPhone: a lower-case letter then capitals
                w.chars().skip(1).any(char::is_uppercase) && w.chars().all(char::is_alphanumeric)
            }
            _ => false,
        }
    }

    /// A person's name standing alone in a heading-like line: two or three words, a given
    /// name first, no ordinary English word last.
    ///
    /// The form of the line may vouch for the name instead of the word lists: a signature
    /// ("-- Harry Milling, New York Energy Desk") or a line holding nothing but the name right
    /// before a dateline ("Larry Fine" above "NEW YORK 1996-08-30").
    fn is_byline(&self, first: usize, last: usize) -> bool {
        let len = last - first;
        let shape = (2..=3).contains(&len)
            && (first..last).all(|i| self.text(i).starts_with(char::is_uppercase))
            && self.toks.len() <= last + 12;
        if !shape {
            return false;
        }
        let given = GIVEN_NAMES.contains(&self.text(first).to_lowercase());
        // ("By Sarah Miller": after "By", a surname may be an English word.)
        let by = first == 1 && matches!(self.text(0), "By" | "BY");
        if given && (by || !is_english_word(self.text(last - 1))) {
            return true;
        }
        let personal = given || !is_english_word(self.text(first));
        let signature =
            first >= 1 && (0..first).all(|i| is_dash(self.text(i))) && self.text(last) == ",";
        let alone = first == 0 && last == self.toks.len() && self.dateline_follows();
        personal && (signature || alone)
    }

    /// A wire story's sign-off: a line opening with a dash that gives a telephone number,
    /// seven digits or more ("-- Warsaw Newsroom +48 22 653 9700", "-- Jeffrey Hodgson (416)
    /// 941-8105"; not "- Tune in on Sunday, 2340 on BBC Two", nor digits of sums).
    fn is_sign_off(&self) -> bool {
        let dashes = self
            .toks
            .iter()
            .take_while(|t| is_dash(self.doc.slice(t.span)))
            .count();
        // (Not a sum: "- Pledged 102.16bn rupees ($2.3bn) for tsunami victims".)
        let digits: usize = self.toks[dashes..]
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| self.doc.slice(t.span))
            .filter(|n| {
                n.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-' || b == b'+')
            })
            .map(|n| n.bytes().filter(u8::is_ascii_digit).count())
            .sum();
        dashes > 0 && self.toks.len() <= 30 && digits >= 7
    }

    /// The paragraph after this sentence's opens with a word in capitals: a dateline.
    fn dateline_follows(&self) -> bool {
        let sentences = self.doc.sentences();
        let here = sentences[self.sentence].paragraph;
        sentences
            .get(self.sentence + 1)
            .is_some_and(|next| next.paragraph == here + 1)
            && self
                .doc
                .sentence_tokens(self.sentence + 1)
                .first()
                .is_some_and(|t| is_dateline_town(self.doc.slice(t.span)))
    }

    /// Maximal runs `(first, last)` of name words and connectors.
    fn find(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if !self.is_name_word(i) {
                i += 1;
                continue;
            }
            let first = i;
            let mut last = i + 1;
            // The run took "for the" or "of the" after a head word ("UN Office for the
            // Coordination of Humanitarian Affairs"): a later "of" goes on with it.
            let mut long_name = false;
            loop {
                let next = self.text(last);
                let lower = next.to_lowercase();
                // "Larkspur plc": a legal suffix written in lower case.
                let suffix = next.len() <= 4
                    && next.starts_with(char::is_lowercase)
                    && ORG_SUFFIXES.contains(next);
                // "BBC Radio 4", "Channel 4 News": a small number after a numbered head.
                let numbered = self
                    .toks
                    .get(last)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                    && is_small_number(next, 2)
                    && NUMBERED_HEADS.contains(self.text(last - 1));
                let word = self.is_name_word(last)
                    || numbered
                    || suffix
                    || next == "." && self.glued(last - 1) && self.period_belongs(last - 1);
                let connector = (next == "&"
                    || next == "and" && self.and_continues(first, last + 1)
                    || NAME_PARTICLES.contains(&lower) && next.starts_with(char::is_lowercase)
                    || matches!(next, "of" | "for")
                        && self.continues_with_of(last - 1)
                        && !self.is_date_word(last + 1)
                    || next == "of" && self.is_title_word(last)
                    // "Commission on Social Justice", not "Senate on Tuesday"
                    || next == "on"
                        && matches!(
                            self.text(last - 1).to_lowercase().as_str(),
                            "commission" | "committee" | "council" | "conference" | "panel"
                        )
                        && !self.is_date_word(last + 1)
                    || matches!(next, "in" | "of") && self.acronym_spells(first, last + 1)
                    || matches!(next, "in" | "the") && self.known_across(first, last + 1)
                    || next == "of" && long_name
                    || next == "of" && self.legal_after_of(first, last))
                    && self.is_name_word(last + 1);
                let with_the = matches!(next, "of" | "for")
                    && self.text(last + 1) == "the"
                    && (self.continues_with_of(last - 1)
                        || long_name
                        || self.known_across(first, last + 2))
                    && self.is_name_word(last + 2)
                    && !COUNTRIES.contains(&self.text(last + 2).to_lowercase());
                // "Joost van der Westhuizen", "Oscar de la Renta": two particles in a row.
                let particles = !word
                    && NAME_PARTICLES.contains(&lower)
                    && next.starts_with(char::is_lowercase)
                    && {
                        let second = self.text(last + 1);
                        second.starts_with(char::is_lowercase)
                            && NAME_PARTICLES.contains(&second.to_lowercase())
                    }
                    && self.is_name_word(last + 2);
                // "Toronto Bond Traders' Association", "Kurdistan Workers' Party": a plural
                // possessive inside an organization's name.
                // ("St James' Park": a saint's name in "s", its bare possessive.)
                let plural_possessive = matches!(next, "'" | "’")
                    && self.text(last - 1).ends_with('s')
                    && self.glued(last - 1)
                    && self.is_name_word(last + 1)
                    // ("Workers' Educational Association": ordinary words, then the head.)
                    && (ends_organization(self.text(last + 1))
                        || self.company_tail(last + 1)
                        || last - first <= 3
                            && super::entities::is_saint(&self.text(first).to_lowercase()))
                    && ROLES.get(&self.text(last + 2).to_lowercase()).is_none();
                // "St Paul's Cathedral", "St David's Shopping Centre": a saint's possessive
                // inside the name of what is named after the saint; "Pakistan People's
                // Party", "People's Bank of China".
                let inner_possessive = self
                    .toks
                    .get(last)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                    && self.is_name_word(last + 1)
                    && (last - first <= 3
                        && super::entities::is_saint(&self.text(first).to_lowercase())
                        || self.text(last - 1) == "People"
                        // "Children's Defense Fund", "Women's Institute": a plural for
                        // people before an organization's name.
                        || matches!(self.text(last - 1), "Children" | "Women" | "Men")
                            && self.company_tail(last + 1)
                        // "Moody's Investors Service", "McDonald's Corp": a known name's
                        // possessive before the rest of the company's name.
                        || ORGANIZATIONS.contains(&self.key(first, last + 1))
                            && self.company_tail(last + 1)
                        // "Boatmen's Bancshares Inc.", "Macy's Inc.": any name's possessive
                        // before the rest of a company's name that ends in a legal suffix
                        // (not a place's: "China's National Petroleum Corporation").
                        || self.legal_tail(last + 1)
                            && !PLACES.contains(&self.key(first, last))
                        // "Addenbrooke's Hospital", "Boston Children's Hospital": a
                        // possessive before an institution's head word that ends the name.
                        || INSTITUTION_HEADS.contains(&self.text(last + 1).to_lowercase())
                            && !self.is_name_word(last + 2)
                            && !matches!(self.text(last + 2), "of" | "for")
                        // "the US Trade Representative's Office", "the Prime Minister's
                        // Office": an office's possessive before "Office" (not "Microsoft's
                        // Office software").
                        || self.text(last + 1) == "Office"
                            && ROLES.get(&self.text(last - 1).to_lowercase()).is_some()
                            && !self.is_name_word(last + 2));
                // "Amazon.com", "Layoffs.fyi": a web domain glued to the name (nothing glued
                // after it: not a web address, "Amazon.com/books").
                let domain = next == "."
                    && self.glued(last - 1)
                    && self.glued(last)
                    && is_top_level_domain(self.text(last + 1))
                    && (!self.glued(last + 1)
                        || self.text(last + 2) == "." && !self.glued(last + 2));
                if domain {
                    // (A domain ends the name but for a legal suffix: "Amazon.com Inc", not
                    // "the Whatsonstage.com Theatregoers' Choice awards".)
                    last += 2;
                    let suffix = ORG_SUFFIXES.contains(&self.text(last).to_lowercase());
                    if !(suffix && self.is_name_word(last)) {
                        break;
                    }
                } else if word {
                    last += 1;
                } else if connector || plural_possessive || inner_possessive {
                    last += 2;
                } else if with_the {
                    long_name = true;
                    last += 3;
                } else if particles {
                    last += 3;
                } else if let Some(end) = self.nickname_end(last) {
                    last = end;
                } else {
                    break;
                }
            }
            out.push((first, last));
            i = last;
        }
        out
    }

    /// Up to three name words from token `k` on, the last a head word or legal suffix, the
    /// others ordinary English words ("Investors Service", "Corp"): the rest of a company's
    /// name after its short form.
    fn company_tail(&self, k: usize) -> bool {
        (k..k + 3).take_while(|&i| self.is_name_word(i)).any(|end| {
            ends_organization(self.text(end))
                && (k..end).all(|i| is_english_word(&self.text(i).to_lowercase()))
                && !self.is_name_word(end + 1)
        })
    }

    /// Where one to four name words from token `k` on end in a company's legal suffix ("Inc",
    /// "Corp", "Ltd"; not "Group", which ends a company's parts too: "Microsoft's Devices
    /// Group") with no name word after it: the suffix's token.
    fn legal_suffix_end(&self, k: usize) -> Option<usize> {
        (k..k + 4)
            .take_while(|&i| self.is_name_word(i))
            .find(|&end| is_legal_suffix(self.text(end)) && !self.is_name_word(end + 1))
    }

    /// The rest of a company's name after a possessive ("Bancshares Inc.", "Department Stores
    /// Inc."): name words from token `k` that a legal suffix closes, none before it a known
    /// organization or a given name.
    fn legal_tail(&self, k: usize) -> bool {
        self.legal_suffix_end(k).is_some_and(|end| {
            (k..end).all(|i| {
                let w = self.text(i);
                !ORGANIZATIONS.contains(w) && !GIVEN_NAMES.contains(w)
            })
        })
    }

    /// "Gold Fields of South Africa Ltd": name words after "of" (token `of`), a legal suffix
    /// closing them, the word before "of" no title ("Chairman of Acme Ltd") and the run from
    /// `first` no person's name ("Lynn Reaser of Barnett Banks Inc.").
    fn legal_after_of(&self, first: usize, of: usize) -> bool {
        of > 0
            && !self.is_title_word(of - 1)
            && !GIVEN_NAMES.contains(self.text(first))
            && self
                .legal_suffix_end(of + 1)
                .is_some_and(|end| end > of + 1)
    }

    /// A nickname in quotes inside a name: `Roberto "Hands of Stone" Duran`, `Luis “El Toro”
    /// Medina`. `at` is the opening mark; returns the token after the closing one when a given
    /// name stands before it, one to five capitalized words (with "of" or "the") between the
    /// marks, and a name word after them.
    ///
    /// In parentheses, one capitalized word or set of initials after two name words of which
    /// one is a given name: `James Leander (Leo) Nichols`, `Alan John Percivale (A.J.P.)
    /// Taylor`.
    fn nickname_end(&self, at: usize) -> Option<usize> {
        if self.text(at) == "(" {
            let given = at >= 2
                && self.is_name_word(at - 2)
                && (at - 2..at).any(|i| GIVEN_NAMES.contains(&self.text(i).to_lowercase()));
            // A given name or dotted initials, not a country ("Lance Armstrong (U.S.)
            // Motorola" in a results table).
            let inside = self.text(at + 1);
            let initials = inside.len() >= 4
                && inside.chars().enumerate().all(|(k, c)| {
                    if k % 2 == 0 {
                        c.is_ascii_uppercase()
                    } else {
                        c == '.'
                    }
                });
            let word = (GIVEN_NAMES.contains(&inside.to_lowercase()) || initials)
                && inside.starts_with(char::is_uppercase)
                && !PLACES.contains(inside);
            return (given
                && word
                && self.text(at + 2) == ")"
                && self.is_name_word(at + 3)
                && self.text(at + 3).starts_with(char::is_uppercase))
            .then_some(at + 4);
        }
        if !matches!(self.text(at), "\"" | "“") {
            return None;
        }
        let mut j = at + 1;
        while j < at + 7 && (self.is_name_word(j) || matches!(self.text(j), "of" | "the")) {
            j += 1;
        }
        let closed = j > at + 1 && matches!(self.text(j), "\"" | "”");
        let given = at > 0 && GIVEN_NAMES.contains(&self.text(at - 1).to_lowercase());
        (closed && given && self.is_name_word(j + 1)).then_some(j + 1)
    }

    /// "in" continues a name when the acronym in parentheses after the place spells the whole
    /// ("Organisation for Security and Cooperation in Europe (OSCE)"; not "Institute for
    /// Fiscal Studies in London (IFS)").
    fn acronym_spells(&self, first: usize, start: usize) -> bool {
        let mut end = start;
        while self.is_name_word(end) {
            end += 1;
        }
        if end == start || self.text(end) != "(" || self.text(end + 2) != ")" {
            return false;
        }
        let acronym = self.text(end + 1);
        acronym.len() >= 3 && self.initials(first, end) == acronym
    }

    /// The capital initials of the words `from..to`, function words left out ("The" of a
    /// sentence's start too): "Congressional Budget Office" → "CBO".
    fn initials(&self, from: usize, to: usize) -> String {
        initials_of((from..to).map(|i| self.text(i)))
    }

    /// "and" continues a name when it makes a known organization's name: "Securities and
    /// Exchange Commission", "US Food and Drug Administration" (but "Delta Air Lines and
    /// Hawthorn Airlines" are two).
    fn and_continues(&self, first: usize, start: usize) -> bool {
        let mut end = start;
        while self.is_name_word(end) {
            end += 1;
        }
        // ("Transport and General Workers' Union": a plural possessive inside the name
        // after "and".)
        if end > start
            && matches!(self.text(end), "'" | "’")
            && self.text(end - 1).ends_with('s')
            && self.glued(end - 1)
            && self.is_name_word(end + 1)
        {
            end += 1;
            while self.is_name_word(end) {
                end += 1;
            }
        }
        if end == start {
            return false;
        }
        // ("Mitsui and Co", "Mitsui and Co.", "Sandy Jones and Sons": a company's legal form
        // or its sons after "and" close its name.)
        if end == start + 1
            && matches!(
                self.text(start).trim_end_matches('.'),
                "Co" | "Company" | "Sons"
            )
        {
            return true;
        }
        // ("Mercantile and Commerce" after "Mercantile Bancorp Inc." and "Commerce Bancshares
        // Inc.": two words, each opening a company the article names in full, are two short
        // forms.)
        if start == first + 2
            && end == start + 1
            && self.org_openers.contains(&self.text(first).to_lowercase())
            && self.org_openers.contains(&self.text(start).to_lowercase())
        {
            return false;
        }
        // ("AZ Fly and AZ Services": a name after "and" opening with the first one's first
        // word is another.)
        if end - start >= 2 && self.text(start) == self.text(first) {
            return false;
        }
        // ("Trinidad and Tobago", "Jammu and Kashmir": a known place too.)
        if self.known_through(first, start, end, |key| {
            ORGANIZATIONS.contains(key) || PLACES.contains(key)
        }) {
            return true;
        }
        // ("Trade and Industry Secretary Patricia Hewitt", "Work and Pensions Secretary …": an
        // office's two words before the title of the one who holds it.)
        if start == first + 2
            && !GIVEN_NAMES.contains(&self.text(first).to_lowercase())
            && is_english_word(&self.text(first).to_lowercase())
            // (Not "Labour and Tory MP John Smith": parties.)
            && !ORGANIZATIONS.contains(&self.text(first).to_lowercase())
            && !ORGANIZATIONS.contains(&self.text(start).to_lowercase())
            && !self.is_title_word(start)
            && (start + 1..end.min(start + 3)).any(|k| {
                self.is_title_word(k)
                    && k + 1 < end
                    && GIVEN_NAMES.contains(&self.text(k + 1).to_lowercase())
            })
        {
            return true;
        }
        // ("Texas Electronic Mail and Solicitation Act": a law's name, which names nothing,
        // runs on; not "Nelly and Green Day", "Lindsay Davenport and French Open champion".)
        if end - start >= 2
            && LAW_HEADS.contains(self.text(end - 1))
            && !GIVEN_NAMES.contains(&self.text(first).to_lowercase())
        {
            return true;
        }
        // "Ministry of Trade and Industry", "Center for Strategic and International Studies":
        // after "of" or "for", unless the word before "and" is a place ("Bank of England and
        // Barclays") or the words after it are a known organization.
        let before = self.key(start - 2, start - 1);
        // "Telecommunications and Post Company": the words after "and" end in an
        // organization's head word and those before do not ("Delta Air Lines and Hawthorn
        // Airlines" are two).
        let head = |i: usize| ends_organization(self.text(i));
        let before_and = if self.text(start - 2) == "." && start >= 3 {
            start - 3
        } else {
            start - 2
        };
        // ("Ogilvy & Mather and Cordiant Communications": the name before "and" is whole; so
        // is the one in "Banque du Caire and Bank of Alexandria", the head after "and" opening
        // a name of its own with "of".)
        let opens_of = end < self.toks.len() && self.text(end) == "of";
        // ("Delta, Continental and American Airlines": the last "and" of a list.)
        let listed = first >= 2
            && self.text(first - 1) == ","
            && self.toks[first - 2].kind == TokenKind::Word
            && self.text(first - 2).starts_with(char::is_uppercase);
        // ("the National Conference and Congress alliance": a known name after "and" is one
        // of its own.)
        let shared_head = head(end - 1)
            && !opens_of
            && !listed
            && !ORGANIZATIONS.contains(&self.key(start, end))
            // ("Goldman Sachs and Centerview Partners": a known name before "and" is whole.)
            && !ORGANIZATIONS.contains(&self.key(first, start - 1))
            // ("Finance and Economy Ministry": one word before "and" may be a head word.)
            && (!head(before_and) || before_and == first)
            // ("Apple Computer and Cisco Systems": a known name opening two words or more.)
            && !(start - first >= 3 && ORGANIZATIONS.contains(&self.text(first).to_lowercase()))
            && !is_camel_case(self.text(before_and))
            // ("S&N and United agreed".)
            && !(first..start - 1).any(|i| self.text(i).contains('&'))
            // ("Gary Speed and United": a person's name before "and".)
            && !(start - first == 3 && GIVEN_NAMES.contains(&self.text(first).to_lowercase()))
            && end - start <= 4
            && !ORGANIZATIONS.contains(&before)
            && !PLACES.contains(&before)
            && !GIVEN_NAMES.contains(&self.key(start, start + 1));
        // ("New York State Department of Health and State University of New York": after
        // "and", a head word opening a name of its own with "of" makes another.)
        let own_name = opens_of && head(end - 1);
        shared_head
            || (first..start - 2).any(|i| matches!(self.text(i), "of" | "for"))
                && !own_name
                && !PLACES.contains(&before)
                && !ORGANIZATIONS.contains(&before)
                && !GIVEN_NAMES.contains(&before)
                && !ORGANIZATIONS.contains(&self.key(start, end))
                && !PLACES.contains(&self.key(start, end))
    }

    /// The period after token `i` is part of the name: an initial ("W."), a legal suffix
    /// ("Inc."), "Jr.", "St.".
    fn period_belongs(&self, i: usize) -> bool {
        let w = self.text(i);
        let single = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        let lower = w.to_lowercase();
        let followed_by_name = self.is_name_word(i + 2);
        // A period that also ends the sentence is the sentence's ("… bought Lear Corp.").
        let sentence_end = i + 2 >= self.toks.len();
        // "U.S.", "U.N.": a dotted acronym's last period is its own, even at the end.
        let dotted = w.len() >= 3 && w.contains('.') && !w.ends_with('.');
        single && followed_by_name
            || dotted
            || (ORG_SUFFIXES.contains(&lower) || STATE_ABBREVIATIONS.contains(&lower))
                && !sentence_end
            // ("patients with MS.": capitals ending a sentence are an acronym, not "Ms.")
            || matches!(
                lower.as_str(),
                "jr" | "sr" | "st" | "mr" | "mrs" | "ms" | "dr" | "bros"
            ) && !(sentence_end && w.len() > 1 && w.chars().all(char::is_uppercase))
            || (HONORIFICS.contains(&lower) && followed_by_name)
    }

    /// "Human Rights in China", "Save the Children", "Friends of the Earth (Nigeria)": the run
    /// from `first` (or a later word) through the connector before `start` and name words
    /// from `start` is a known organization.
    fn known_across(&self, first: usize, start: usize) -> bool {
        let mut end = start;
        while self.is_name_word(end) {
            end += 1;
            if self.known_through(first, start, end, |key| ORGANIZATIONS.contains(key)) {
                return true;
            }
        }
        false
    }

    /// Whether the words from `first` (or a later word before the connector at `start - 1`)
    /// through token `end` are a name `known` accepts (its key, lower case).
    fn known_through(
        &self,
        first: usize,
        start: usize,
        end: usize,
        known: impl Fn(&str) -> bool,
    ) -> bool {
        (first..start - 1).any(|s| known(&self.key(s, end)))
    }

    /// "of"/"for" after token `i` continues the name: "Bank of", "University of", "GenAI for".
    fn continues_with_of(&self, i: usize) -> bool {
        let w = self.text(i);
        let lower = w.to_lowercase();
        // (A brand's capital inside, not a surname's prefix: "Alex McLeish of Novo's".)
        ORG_HEADS.contains(&lower) || OF_HEADS.contains(&lower) || is_brand_case(w)
    }

    /// Where a run ends once the words after its name are cut.
    ///
    /// A weekday or month after a name is no part of it: "the Greater Milwaukee Open
    /// Thursday", "Chicago Purchasing Managers August".
    /// (Not is_date_word: the period after "Tom May." ends the sentence.)
    /// Nor are members in the plural, "Labour MPs", "UKIP MEPs", or an acronym of a common
    /// noun after a known name, an acronym or a person's: "US TV", "CBS TV", "Philippe
    /// Sands QC" (not "Court TV", a channel's own name), nor the "The" of a sentence whose
    /// full stop the source lost.
    fn trim_trailing(&self, first: usize, mut last: usize) -> usize {
        while last > first + 1 && {
            let w = self.text(last - 1);
            let lower = w.to_lowercase();
            NOT_ENTITIES.contains(&lower)
                && (is_weekday(&lower)
                    // ("Mike Friday's England side": a given name's surname.)
                    && !(GIVEN_NAMES.contains(&self.text(last - 2).to_lowercase())
                        && (last - first == 2
                            || ROLES.get(&self.text(last - 3).to_lowercase()).is_some()))
                    // ("Sheffield Wednesday": a known name's own word.)
                    && !ORGANIZATIONS.contains(
                        &self.key(first + usize::from(self.text(first) == "The"), last),
                    )
                    || is_capitals(w) && !MEMBER_TITLES.contains(&lower) && {
                        // ("The UK CD albums market": the article opening the run aside.)
                        let from =
                            first + usize::from(self.text(first) == "The" && first + 2 < last);
                        let rest = self.key(from, last - 1);
                        PLACES.contains(&rest)
                            || ORGANIZATIONS.contains(&rest)
                            || (first..last - 1).all(|i| is_capitals(self.text(i)))
                            || GIVEN_NAMES.contains(&self.text(first).to_lowercase())
                    })
                || MONTHS.contains(&lower) && lower.len() > 4
                // ("said analyst Vadim Mitroshin The dispute is …": the next sentence's
                // article, its full stop lost.)
                || w == "The"
                    && self.toks.get(last).is_some_and(|t| t.kind == TokenKind::Word)
                    && !capitalized_at(self.doc, self.toks, last)
                || lower
                    .strip_suffix('s')
                    .is_some_and(|member| MEMBER_TITLES.contains(member))
                // ("The Ohio Gov. said", "Former South Carolina Gov.": a place's office whose
                // holder goes unnamed.)
                || HONORIFICS.contains(&lower) && {
                    let opener = self.text(first).to_lowercase();
                    let from = first
                        + usize::from(opener == "the" || TITLE_MODIFIERS.contains(&opener));
                    from < last - 1
                        && PLACES.contains(&self.key(from, last - 1))
                        && !GIVEN_NAMES.contains(&self.text(from).to_lowercase())
                }
        } {
            last -= 1;
        }
        last
    }

    /// Where a run starts once the words before its name are cut (`last` or more when none
    /// is left).
    ///
    /// "The", nationalities, months and weekdays in front are not part of a name:
    /// "Australian Tom Moody", "Friday Mitchell", "West Indian Phil Simmons".
    fn trim_front(&self, mut first: usize, last: usize) -> usize {
        loop {
            if first >= last {
                return first;
            }
            let one = self.text(first).to_lowercase();
            let two = if first + 2 <= last {
                self.key(first, first + 2)
            } else {
                String::new()
            };
            let whole = self.key(first, last);
            // "Russian Federation", "British Beer Council": the nationality belongs to the name.
            // (Not "Australian Anthony Hill": a given name after the nationality opens a
            // person's name, whatever its last word.)
            // ("Jewish West Bank settlers": a place after the nationality stays a place.)
            let rest_is_head = |from: usize| {
                from < last
                    && !(from + 1 < last
                        && GIVEN_NAMES.contains(&self.text(from).to_lowercase())
                        && !ends_organization(self.text(last - 1)))
                    && {
                        let w = self.text(last - 1);
                        ends_organization(w)
                            || PLACE_HEADS.contains(w.trim_end_matches('.'))
                            // ("European Court of Human Rights": the head before "of"; "American
                            // Association for the Advancement of Science"; "Southern District of
                            // New York".)
                            || (from + 1..last)
                                .find(|&i| matches!(self.text(i), "of" | "for"))
                                .is_some_and(|i| {
                                    let head = self.text(i - 1);
                                    ends_organization(head)
                                        || PLACE_HEADS.contains(head)
                                })
                    }
                    && !PLACES.contains(&self.key(from, last))
            };
            let known = PLACES.contains(&whole) || is_known_org(&whole);
            // "Christian Karembeu": a nationality that is also a given name, before a surname
            // that is no English word, opens a person's name.
            // (Not "German TV": an acronym is no surname.)
            // After a title, the surname may be an English word too ("chairman Christian
            // Blanc", "(Air France chairman) Christian Blanc").
            let title_at = |i: usize| ROLES.get(&self.text(i).to_lowercase()).is_some();
            let titled = first > 0 && title_at(first - 1)
                || first > 1 && self.text(first - 1) == ")" && title_at(first - 2);
            let given = first + 2 == last
                && GIVEN_NAMES.contains(&one)
                && self.text(first + 1).chars().any(char::is_lowercase)
                && (titled || !is_english_word(&self.text(first + 1).to_lowercase()))
                && !NATIONALITIES.contains(&self.text(first + 1).to_lowercase());
            // "Controversial Australian Anthony Hill": an adjective opening the sentence,
            // then a nationality and a given name.
            // ("Escaped British prisoner": the nationality alone is then no name.)
            let adjective = first + 2 <= last
                && starts_sentence(self.doc, self.toks, first)
                && is_english_word(&one)
                && !GIVEN_NAMES.contains(&one)
                && !known
                && NATIONALITIES.contains(&self.text(first + 1).to_lowercase())
                && (first + 2 == last
                    || GIVEN_NAMES.contains(&self.text(first + 2).to_lowercase()));
            if NATIONALITIES.contains(&two)
                && first + 2 < last
                && !known
                && !rest_is_head(first + 2)
            {
                first += 2;
            } else if adjective
                || matches!(one.as_str(), "the" | "an" | "former")
                // "A." before a name is an initial ("A. Dale"), not the article.
                || one == "a" && !(self.text(first + 1) == "." && self.glued(first))
                || (first + 1 < last
                    && ((NATIONALITIES.contains(&one) || is_demonym_noun(&one))
                        && !known
                        && !given
                        && !rest_is_head(first + 1)
                        // ("Tamil Nadu Chief Minister …": a known name the nationality
                        // opens.)
                        && !(first + 2..=last).any(|k| {
                            let key = self.key(first, k);
                            PLACES.contains(&key) || ORGANIZATIONS.contains(&key)
                        })
                        // ("The Sunday Telegraph": a weekday opens a newspaper's name.)
                        || self.is_date_word(first)
                            && !(one.ends_with("day") && rest_is_head(first + 1))
                        // ("giant ISP AOL": an acronym of a common noun before a known
                        // organization or another acronym; not "TV Azteca", "TV Angola".)
                        || is_capitals(self.text(first))
                            && !known
                            && NOT_ENTITIES.contains(&one)
                            && {
                                let rest = self.key(first + 1, last);
                                is_known_org(&rest)
                                    || (first + 1..last).all(|i| is_capitals(self.text(i)))
                            }))
            {
                first += 1;
                while first < last && self.text(first) == "." {
                    first += 1;
                }
            } else {
                break;
            }
        }
        first
    }

    /// Turns a body run into candidates: titles split off, "the" dropped, sentence-initial
    /// capitals checked, non-names dropped.
    fn refine(
        &self,
        mut first: usize,
        mut last: usize,
        vocab: &Vocabulary,
        out: &mut Vec<Candidate>,
    ) {
        last = self.trim_trailing(first, last);
        // "Past Congressional Budget Office (CBO) forecasts": a word opening the sentence
        // that the acronym after the name leaves out is no part of it.
        if last - first >= 3
            && starts_sentence(self.doc, self.toks, first)
            && self.text(last) == "("
            && self.text(last + 2) == ")"
        {
            let initials = self.initials(first + 1, last);
            if initials.len() >= 2 && self.text(last + 1) == initials {
                first += 1;
            }
        }
        first = self.trim_front(first, last);
        if first >= last {
            return;
        }
        // "Duke of Orleans", "Earl of Wessex": a title held over a place is no part of a
        // name; the place after "of" is one.
        if last - first >= 3
            && self.text(first + 1) == "of"
            && DOMAIN_TITLES.contains(&self.text(first).to_lowercase())
            && !self.known_org(first, last)
            && !ends_organization(self.text(last - 1))
        {
            first += 2;
        }
        // "Lib Dem Norman Baker", "Tory Liam Fox": a known organization or an acronym, then a
        // given name and a surname, are two names (the organization may follow a word that
        // opens the sentence: "But Lib Dem Norman Baker").
        if last - first >= 3
            && GIVEN_NAMES.contains(&self.text(last - 2).to_lowercase())
            // ("Maruti Suzuki India Ltd": a legal suffix is no surname either.)
            && !ends_organization(&self.text(last - 1).to_lowercase())
            // ("Axa Sun Life": "Life" is no surname; after an acronym, "Philippe Camus" is.)
            && {
                let surname = self.text(last - 1).to_lowercase();
                SURNAMES.contains(&surname)
                    || !is_english_word(&surname)
                    || last - first == 3 && is_capitals(self.text(first))
            }
            // ("the Secretary of the Treasury John Snow": the office's title.)
            && !self.of_the_office(first)
            && !self.known_org(first, last)
            && !PLACES.contains(&self.key(first, last))
            && let Some(org) = (first..(first + 2).min(last - 2)).find(|&f| {
                ORGANIZATIONS.contains(&self.key(f, last - 2))
                    // ("Child Support Agency Doug Smith": a body's name ending in a head word.)
                    || f == first
                        && last - 2 - f >= 2
                        && ends_organization(self.text(last - 3))
                    // ("group EADS Philippe Camus": an acronym of three letters or more.)
                    || f + 1 == last - 2 && {
                        let w = self.text(f);
                        let lower = w.to_lowercase();
                        w.len() >= 3
                            && is_capitals(w)
                            && !PLACES.contains(&lower)
                            && ROLES.get(&lower).is_none()
                            && !HONORIFICS.contains(&lower)
                            && !NOT_ENTITIES.contains(&lower)
                    }
            })
        {
            self.push_checked(org, last - 2, vocab, None, org, out);
            first = last - 2;
        }
        // "Minister for Work Jane Kennedy", "Secretary of State for Work and Pensions Alan
        // Johnson": after a title and "for" or "of", the office's words, then a given name
        // opening the person's.
        // (The office may hold "and", and commas in a list that "and" closes: "Work and
        // Pensions", "Children, Young People and Families"; not "Secretary of State, John
        // Foster Dulles".)
        let mut office = first;
        while office >= 3
            && (self.text(office - 1) == "and" || self.text(office - 1) == "," && office < first)
            && capitalized_at(self.doc, self.toks, office - 2)
        {
            office -= 2;
            while office >= 2
                && capitalized_at(self.doc, self.toks, office - 1)
                && !self.is_title_word(office - 1)
            {
                office -= 1;
            }
        }
        if office >= 2
            && matches!(self.text(office - 1), "for" | "of")
            && self.is_title_word(office - 2)
            && let Some(g) = (first + 1..last.saturating_sub(1)).find(|&g| {
                GIVEN_NAMES.contains(&self.text(g).to_lowercase())
                    && (first..g).all(|i| {
                        capitalized_at(self.doc, self.toks, i)
                            || matches!(self.text(i), "and" | "&")
                    })
            })
            && !self.known_org(first, last)
        {
            let mut title_first = office - 2;
            while title_first > 0
                && (self.is_title_word(title_first - 1)
                    || self.is_title_modifier(title_first - 1)
                    || matches!(self.text(title_first - 1), "of" | "for")
                        && title_first >= 2
                        && self.is_title_word(title_first - 2))
            {
                title_first -= 1;
            }
            let text = self.doc.slice(Span::new(
                self.toks[title_first].span.start,
                self.toks[g - 1].span.end,
            ));
            // (The list's items before commas were runs of their own: "Young People".)
            out.retain(|c| c.sentence != self.sentence || c.first < office);
            self.push_title_place(first, g, vocab, out);
            self.push_checked(g, last, vocab, Some(text.to_string()), title_first, out);
            return;
        }
        // A title inside the run: "Chief Executive Geoff Dixon", "Finance Minister Gordon
        // Brown", "Mr. Dixon", "CEO Mark Zuckerberg".
        let whole = self.key(first, last);
        // ("Sacha Baron Cohen": an honorific after a given name is part of the name.)
        let in_name = |i: usize| {
            if i <= first {
                return false;
            }
            let word = self.text(i).to_lowercase();
            let before = self.text(i - 1).to_lowercase();
            // (Not after a party's name that is a given name too: "Tory Lord Campbell", nor
            // after a place's: "San Francisco Mayor Daniel Lurie".)
            HONORIFICS.contains(&word)
                && !COURTESY_TITLES.contains(&word)
                && before.len() >= 3
                && GIVEN_NAMES.contains(&before)
                && !ORGANIZATIONS.contains(&before)
                && !(first..i).any(|j| PLACES.contains(&self.key(j, i)))
        };
        let mut name_first = last;
        while name_first > first && (!self.is_title_word(name_first - 1) || in_name(name_first - 1))
        {
            name_first -= 1;
        }
        // "Mr King": a courtesy title, then a surname that is also a title word.
        if name_first == last
            && last - first >= 2
            && COURTESY_TITLES.contains(&self.text(first).to_lowercase())
        {
            name_first = first + 1;
            if self.text(name_first) == "." {
                name_first += 1;
            }
        }
        // "Prime Minister John Major": the last word is a title word too, but a given name
        // after a title starts the name.
        if name_first == last
            && let Some(g) = (first + 1..last).rev().find(|&g| {
                GIVEN_NAMES.contains(&self.text(g).to_lowercase()) && self.is_title_word(g - 1)
            })
        {
            name_first = g;
        }
        // "the Prime Minister", "US President", "Home Secretary": a run that ends in a title
        // with no name after it names no one; what stands before the title may still be a
        // name ("US").
        if name_first == last
            && (self.is_role_word(last - 1)
                // ("Lord Chief Justice": a role of two words.)
                || last - first >= 2
                    && ROLES
                        .get(&self.key(last - 2, last))
                        .is_some()
                // ("US Secretary of State": the office ends the title.)
                || self.text(last - 1) == "State" && self.is_title_word(last - 1))
            && !is_known_org(&whole)
            && !PLACES.contains(&whole)
        {
            let mut block = last - 1;
            while block > first
                && (self.is_title_word(block - 1) || self.is_title_modifier(block - 1))
            {
                block -= 1;
            }
            self.push_title_place(block, last, vocab, out);
            if block > first
                && let left = self.key(first, block)
                && (PLACES.contains(&left)
                    || ORGANIZATIONS.contains(&left)
                    || !self.all_common(first, block, vocab)
                        && (!(first..block).all(|i| is_english_word(self.text(i)))
                            // ("Ruth Kelly MP": a given name opens a person's name.)
                            || block - first >= 2
                                && GIVEN_NAMES.contains(&self.text(first).to_lowercase())))
            {
                self.push_checked(first, block, vocab, None, first, out);
            }
            return;
        }
        // ("The Lord Of the Rings": a title before a lone connector names no one.)
        let connector =
            |i: usize| matches!(self.text(i), "Of" | "of" | "The" | "the" | "And" | "and");
        if name_first + 1 == last && name_first > first && connector(name_first) {
            return;
        }
        let mut title = None;
        let mut title_first = first;
        // ("Accountants Grant Thornton": a firm's name after a plural profession.)
        let firm_after_profession =
            name_first > first && self.known_org_after_plural(name_first - 1, last);
        if name_first > first
            && name_first < last
            // ("Empress Of Time": no name opens with "of".)
            && !connector(name_first)
            && !is_known_org(&whole)
            // ("Rival General Motors Corp. announced": a known name from the title word on,
            // the word opening the sentence aside.)
            && !(first + 1..name_first).any(|k| self.known_org(k, last))
            && !PLACES.contains(&whole)
            && !firm_after_profession
            && !ORG_HEADS.contains(&self.text(last - 1).to_lowercase())
            && (!PLACE_HEADS.contains(&self.text(last - 1).to_lowercase())
                // ("Mr Wood", "Sir Edward Heath": a surname after a courtesy title, a given
                // name after "Sir" or "Dame", not "Queen Victoria Street".)
                || self.personal_title_before(name_first, last))
            // ("General Election", "Chief Police Officers": an event, or a plural noun, after
            // a title word is no one's name; "Mr Jobs", "Minister Hazel Blears" are.)
            && !EVENT_HEADS.contains(&self.text(last - 1).to_lowercase())
            && !(self.plural_noun(last - 1)
                && !GIVEN_NAMES.contains(&self.text(name_first).to_lowercase())
                && !HONORIFICS.contains(&self.text(name_first - 1).to_lowercase()))
        {
            let mut block = name_first;
            while block > first
                && (self.is_title_word(block - 1) || self.is_title_modifier(block - 1))
            {
                block -= 1;
            }
            // ("Trade and Industry Secretary", "Work and Pensions Secretary": a word and "and"
            // before the title's words.)
            if block >= first + 2
                && block <= first + 4
                && self.text(first + 1) == "and"
                && !ORGANIZATIONS.contains(&self.text(first).to_lowercase())
                && !PLACES.contains(&self.text(first).to_lowercase())
            {
                block = first;
            }
            // What is left in front belongs to the title too ("Fiscal Policy Minister"),
            // unless it names an organization or place ("Qantas", "Bank of England").
            if block > first {
                let left = self.key(first, block);
                let named = ORGANIZATIONS.contains(&left)
                    || PLACES.contains(&left)
                    || ORG_HEADS.contains(&self.text(block - 1).to_lowercase())
                    || vocab.capital_inside.contains(&left)
                        && !vocab.lower.contains(left.as_str())
                        && block - first == 1
                        && !self.all_common(first, block, vocab);
                if !named && self.all_common(first, block, vocab) {
                    block = first;
                }
            }
            // The title reaches back over "Chancellor of the" before the run.
            let title_start = if block == first && self.of_the_office(block) {
                block - 3
            } else {
                block
            };
            let text = self.doc.slice(Span::new(
                self.toks[title_start].span.start,
                self.toks[name_first - 1].span.end,
            ));
            title = Some(text.trim_end_matches('.').to_string());
            title_first = title_start;
            if block > first {
                self.push_checked(first, block, vocab, None, first, out);
            }
            self.push_title_place(block, name_first, vocab, out);
            first = name_first;
        }
        self.push_checked(first, last, vocab, title, title_first, out);
    }

    /// "Nestle SA and Mars Inc buy …": a word (no function word or sentence opener, in lower
    /// case `lower`) before a legal suffix alone, the run `first..last` a company's name.
    fn word_before_suffix(&self, first: usize, last: usize, lower: &str) -> bool {
        last - first == 2
            && ORG_SUFFIXES.contains(self.text(last - 1).trim_end_matches('.'))
            && !FUNCTION_WORDS.contains(lower)
            && !SENTENCE_STARTERS.contains(lower)
    }

    /// Whether the title word before the name at `name_first..last` makes it a person's
    /// even when its last word heads places: a courtesy title ("Mr Wood"), "Sir" or "Dame"
    /// before a given name ("Sir Edward Heath"), or an honorific before two words, the last a
    /// surname as often ("Rep. French Hill").
    fn personal_title_before(&self, name_first: usize, last: usize) -> bool {
        let mut t = name_first - 1;
        if self.text(t) == "." && t > 0 {
            t -= 1;
        }
        let title = self.text(t).to_lowercase();
        COURTESY_TITLES.contains(&title) && last - name_first == 1
            || KNIGHT_TITLES.contains(&title)
                && GIVEN_NAMES.contains(&self.text(name_first).to_lowercase())
            // "Rep. French Hill", "Senator Tom Wood", "MSP Rhys Lane": a surname that heads
            // places, after an honorific, a member's title or a role, and one other word.
            || (HONORIFICS.contains(&title)
                || MEMBER_TITLES.contains(&title)
                || ROLES.get(&title).is_some())
                && last - name_first == 2
                && SURNAME_HEADS.contains(&self.text(last - 1).to_lowercase())
    }

    /// Token `noun` is a plural noun before a known organization's name that runs to `last`
    /// ("Auditors Grant Thornton", "Accountants Grant Thornton").
    fn known_org_after_plural(&self, noun: usize, last: usize) -> bool {
        noun + 1 < last
            && self.plural_noun(noun)
            && ORGANIZATIONS.contains(&self.key(noun + 1, last))
    }

    /// Token `i` is an English plural noun and no surname ("Officers", not "Evans").
    fn plural_noun(&self, i: usize) -> bool {
        is_plural_noun(&self.text(i).to_lowercase())
    }

    /// A country opening a title names a place too: "US" of "US President Bush".
    fn push_title_place(
        &self,
        block: usize,
        end: usize,
        vocab: &Vocabulary,
        out: &mut Vec<Candidate>,
    ) {
        let mut e = block + 1;
        if e < end && self.text(e) == "." && self.glued(block) {
            e += 1;
        }
        if e < end && PLACES.contains(&self.key(block, e)) && self.is_title_modifier(block) {
            self.push_checked(block, e, vocab, None, block, out);
        }
    }

    /// True when every word of `first..last` also appears in lower case in the article.
    /// (Function words and sentence openers like "Then" are no part of a title.)
    fn all_common(&self, first: usize, last: usize, vocab: &Vocabulary) -> bool {
        (first..last).all(|i| {
            let w = self.text(i).to_lowercase();
            vocab.lower.contains(w.as_str())
                && !FUNCTION_WORDS.contains(&w)
                && !SENTENCE_STARTERS.contains(&w)
        })
    }

    fn key(&self, first: usize, last: usize) -> String {
        super::entities::key_of(self.doc.slice(Span::new(
            self.toks[first].span.start,
            self.toks[last - 1].span.end,
        )))
    }

    /// Whether tokens `first..last` are a known organization's name, its legal suffix aside
    /// ("General Motors Corp.", "United Airlines Inc." of "General Motors", "United
    /// Airlines").
    fn known_org(&self, first: usize, last: usize) -> bool {
        is_known_org(&self.key(first, last))
    }

    /// A weekday or a month before a name ("Friday Mitchell"); a month abbreviation only with
    /// its period ("Jan. 5"), since "Jan" is also a given name.
    fn is_date_word(&self, i: usize) -> bool {
        let lower = self.text(i).to_lowercase();
        // ("on Tuesdays": the plural too.)
        let weekday = is_weekday(lower.strip_suffix('s').unwrap_or(&lower));
        // "May" and "June" are names too; after "in" or ending a range of months they are
        // months ("In May Tesco cut prices", "from January to June Comelf exported").
        let before = |k: usize| {
            if i >= k {
                self.text(i - k).to_lowercase()
            } else {
                String::new()
            }
        };
        // ("the July FOMC meeting": a month that is no given name or word, anywhere.)
        let month = MONTHS.contains(&lower)
            && (lower.len() > 4
                || !GIVEN_NAMES.contains(&lower) && !is_english_word(&lower)
                || self.text(i + 1) == "."
                || matches!(
                    before(1).as_str(),
                    "in" | "since" | "until" | "last" | "next"
                )
                || matches!(before(1).as_str(), "to" | "and" | "through")
                    && MONTHS.contains(&before(2)));
        // "by 1300 GMT Carnival's shares": a time zone after the time.
        let zone = i > 0
            && self.toks[i - 1].kind == TokenKind::Number
            && is_capitals(self.text(i))
            && NOT_ENTITIES.contains(&lower);
        weekday || month || zone
    }

    /// Token `i` is an office named after a title and "of the", before a given name and a
    /// surname ("the Exchequer" of "Chancellor of the Exchequer Gordon Brown").
    fn of_the_office(&self, i: usize) -> bool {
        i >= 3
            && self.text(i - 1) == "the"
            && self.text(i - 2) == "of"
            && ROLES.get(&self.text(i - 3).to_lowercase()).is_some()
            && GIVEN_NAMES.contains(&self.text(i + 1).to_lowercase())
            // (A surname after the given name: not "a leader of the White Rose movement".)
            && capitalized_at(self.doc, self.toks, i + 2)
    }

    fn is_title_word(&self, i: usize) -> bool {
        let lower = self.text(i).to_lowercase();
        // "Lieutenant-Colonel", "Vice-Admiral", "Co-Chairman": titles joined by a hyphen.
        if lower.contains('-')
            && (self.is_role_word(i)
                || lower.split('-').all(|p| {
                    HONORIFICS.contains(p) || ROLES.get(p).is_some() || TITLE_MODIFIERS.contains(p)
                }))
        {
            return true;
        }
        // "Ex-Yankee", "ex-minister": a former title.
        if lower.starts_with("ex-") && lower.len() > 3 {
            return true;
        }
        // "Secretary of State", "Minister of State": the office belongs to the title.
        let of_state = |of: usize| {
            of > 0
                && self.text(of) == "of"
                && self.text(of + 1) == "State"
                && ROLES.get(&self.text(of - 1).to_lowercase()).is_some()
        };
        if lower == "state" && i > 0 && of_state(i - 1) || lower == "of" && of_state(i) {
            return true;
        }
        // "Chancellor of the Exchequer", "Secretary of the Treasury": the office after "of
        // the" and a title, before a person's name.
        if self.of_the_office(i) {
            return true;
        }
        (HONORIFICS.contains(&lower) || ROLES.get(&lower).is_some())
            || self.plural_title_of_list(i, &lower)
            || (self.text(i) == "."
                && i > 0
                && HONORIFICS.contains(&self.text(i - 1).to_lowercase()))
    }

    /// "Senators Ted Cruz and Marco Rubio", "Presidents Reagan and Bush": a title in the
    /// plural before names listed (one to three capitalized words, then "and" or a comma and
    /// another capitalized word). ("Kings Cross and Euston", "Lords Leader Baroness Amos":
    /// not the plurals that name places and the House.)
    fn plural_title_of_list(&self, i: usize, lower: &str) -> bool {
        lower.strip_suffix('s').is_some_and(|one| {
            !one.ends_with('s')
                && !matches!(one, "king" | "queen" | "lord")
                && (HONORIFICS.contains(one) || ROLES.get(one).is_some())
        }) && (i + 2..i + 5)
            .find(|&k| !self.is_name_word(k))
            .is_some_and(|k| {
                matches!(self.text(k), "and" | ",")
                    && self.text(k + 1).starts_with(char::is_uppercase)
            })
    }

    /// A role ("chairman"), or one joined to its modifier by a hyphen ("Co-Chairman",
    /// "Vice-President").
    fn is_role_word(&self, i: usize) -> bool {
        let lower = self.text(i).to_lowercase();
        // ("Co-Operative" heads organizations.)
        ROLES.get(&lower).is_some()
            || !ORG_HEADS.contains(&lower.replace('-', ""))
                && lower.rsplit_once('-').is_some_and(|(modifier, role)| {
                    ROLES.get(role).is_some()
                        && modifier.split('-').all(|p| {
                            p == "co" || TITLE_MODIFIERS.contains(p) || ROLES.get(p).is_some()
                        })
                })
    }

    fn is_title_modifier(&self, i: usize) -> bool {
        TITLE_MODIFIERS.contains(&self.text(i).to_lowercase())
    }

    /// Applies the sentence-initial and non-name checks, then pushes the candidate.
    fn push_checked(
        &self,
        first: usize,
        mut last: usize,
        vocab: &Vocabulary,
        title: Option<String>,
        title_first: usize,
        out: &mut Vec<Candidate>,
    ) {
        // "Conservative Shadow chancellor Oliver Letwin", "Acme Senior analyst Jane Roe": a
        // title's modifier closing the run before the title in lower case is the title's.
        if last - first >= 2
            && title.is_none()
            && self.toks.get(last).is_some_and(|t| {
                let w = self.doc.slice(t.span);
                w.starts_with(char::is_lowercase)
                    && (ROLES.get(w).is_some() || TITLE_MODIFIERS.contains(w))
            })
            && RANK_MODIFIERS.contains(self.text(last - 1))
            && !self.known_org(first, last)
        {
            last -= 1;
        }
        // "Moody's", "Standard & Poor's", "McDonald's": the possessive belongs to a known name.
        if self
            .toks
            .get(last)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && ORGANIZATIONS.contains(&self.key(first, last + 1))
        {
            out.push(self.candidate(first, last + 1, title, title_first));
            return;
        }
        // "(Reporting by David Bailey; Editing by Cynthia Osterman)": a wire's credit, an
        // English verb's "-ing" before "by".
        if last - first == 1 && self.text(last) == "by" {
            let lower = self.text(first).to_lowercase();
            let verb = lower.strip_suffix("ing").is_some_and(|stem| {
                stem.len() >= 2 && (is_english_word(stem) || is_english_word(&format!("{stem}e")))
            });
            if verb && !SURNAMES.contains(&lower) {
                return;
            }
        }
        let first = if title.is_none() && starts_sentence(self.doc, self.toks, first) {
            match self.sentence_opening(first, last, vocab) {
                Some(first) => first,
                None => return,
            }
        } else {
            first
        };
        // After "Mr" or "Dr" a word is a surname, whatever else it could be ("Mr Irish").
        let courtesy = title.as_deref().is_some_and(|t| {
            let last_word = t
                .split_whitespace()
                .last()
                .unwrap_or_default()
                .to_lowercase();
            COURTESY_TITLES.contains(&last_word)
        });
        if courtesy {
            out.push(self.candidate(first, last, title, title_first));
            return;
        }
        match self.verdict(first, last, vocab, title.is_some()) {
            Verdict::Name(last) => out.push(self.candidate(first, last, title, title_first)),
            Verdict::Part(first, last) => self.push_checked(first, last, vocab, None, first, out),
            Verdict::Nothing => {}
        }
    }

    /// Whether tokens `first..last` name something, once the words of a sentence's opening
    /// are settled: not a model's code, a span of months, a nationality, an event, a
    /// competition's group or a lone title; or only a part of them does ("UK" of "UK
    /// Muslims").
    fn verdict(&self, first: usize, last: usize, vocab: &Vocabulary, titled: bool) -> Verdict {
        // "Airbus A320", "Pontiac G6": a known company and a model code is the company.
        let model = |w: &str| {
            w.contains(|c: char| c.is_ascii_digit()) && w.contains(|c: char| c.is_alphabetic())
        };
        let last = if last - first >= 2
            && model(self.text(last - 1))
            && ORGANIZATIONS.contains(&self.key(first, last - 1))
        {
            last - 1
        } else {
            last
        };
        let key = self.key(first, last);
        // "the S&P 500", "the Russell 2000": a market index named with its number.
        if self
            .toks
            .get(last)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && MARKET_INDICES.contains(&format!("{key} {}", self.text(last)))
        {
            return Verdict::Nothing;
        }
        // "F-16", "AK-47s", "H1": a model or period code, unless a known name ("3M").
        if last - first == 1
            && self.text(first).contains(|c: char| c.is_ascii_digit())
            && !ORGANIZATIONS.contains(&key)
        {
            return Verdict::Nothing;
        }
        // "January-June", "October-to-December": a span of months.
        if last - first == 1
            && key.contains('-')
            && key.split('-').all(|p| {
                MONTHS.contains(p) || NOT_ENTITIES.contains(p) || FUNCTION_WORDS.contains(p)
            })
        {
            return Verdict::Nothing;
        }
        // "SUVs", "MPs", "CEOs": a plural of an acronym names no one.
        if last - first == 1 && {
            let w = self.text(first);
            w.len() > 2
                && w.ends_with('s')
                && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase())
        } {
            return Verdict::Nothing;
        }
        let capitals = self
            .text(first)
            .chars()
            .all(|c| c.is_uppercase() || c == '.');
        // "South Korean", "Far Eastern", "North Africans": a nationality, not a name.
        // Only directions may stand before it: "Cleveland Indians" is a team.
        let last_word = self.text(last - 1).to_lowercase();
        let directions = (first..last - 1).all(|i| {
            let w = self.text(i).to_lowercase();
            NATIONALITIES.contains(&w) || DIRECTIONS.contains(&w)
        });
        if NATIONALITIES.contains(&last_word)
            && directions
            && !ORGANIZATIONS.contains(&key)
            && !PLACES.contains(&key)
            && last - first <= 3
        {
            return Verdict::Nothing;
        }
        // "UK Muslims", "US Jews": people of a faith or nationality after a country; the
        // country is the name (not a city's team: "Cleveland Indians").
        if last - first >= 2
            && last_word
                .strip_suffix('s')
                .is_some_and(|one| NATIONALITIES.contains(one))
            && COUNTRIES.contains(&self.key(first, last - 1))
            && !ORGANIZATIONS.contains(&key)
        {
            return Verdict::Part(first, last - 1);
        }
        // "Will wrote", "May said": a surname that is also a common word, speaking.
        // ("which in May said": a month after a preposition of time.)
        let time_preposition = first > 0
            && matches!(
                self.text(first - 1).to_lowercase().as_str(),
                "in" | "since"
                    | "until"
                    | "by"
                    | "from"
                    | "through"
                    | "last"
                    | "next"
                    | "early"
                    | "late"
                    | "mid"
            );
        let speaking_surname = last - first == 1
            && SURNAMES.contains(&key)
            && !self.is_date_word(first)
            && !(time_preposition && MONTHS.contains(&key))
            && SPEECH_VERBS.get(&self.text(last).to_lowercase()).is_some();
        // "said Friday", "Friday's side": a weekday that is the surname of someone the
        // article names in full ("Mike Friday"), speaking or owning, is his.
        let speaking_surname = speaking_surname
            || last - first == 1
                && is_weekday(&key)
                && vocab.surnames.contains(&key)
                && !time_preposition
                && (first == 0 || self.text(first - 1) != "on")
                && (self
                    .toks
                    .get(last)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                    || SPEECH_VERBS.get(&self.text(last).to_lowercase()).is_some()
                    || first > 0
                        && SPEECH_VERBS
                            .get(&self.text(first - 1).to_lowercase())
                            .is_some());
        // ("BA" when the article writes out "British Airways".)
        let spelled_out = last - first == 1
            && is_capitals(self.text(first))
            && vocab.spelled_out.contains(&key)
            && ROLES.get(&key).is_none()
            && !HONORIFICS.contains(&key);
        if (NOT_ENTITIES.contains(&key) && !spelled_out
            || MARKET_INDICES.contains(&key)
            || NATIONALITIES.contains(&key)
            // "Sri Lankans", "the Welshman": people of a nationality.
            // (Not a country named so: "Philippines".)
            || key.strip_suffix('s').is_some_and(|k| NATIONALITIES.contains(k))
                && !PLACES.contains(&key)
            // ("S. Korean", "S. African Afrikaners": a compass point's initial before them.)
            || key
                .split_once(' ')
                .filter(|(initial, _)| is_compass_initial(initial))
                .is_some_and(|(_, rest)| rest.split(' ').all(|w| NATIONALITIES.contains(w)))
            || is_demonym_noun(&key) && !ORGANIZATIONS.contains(&key)
            || is_place_adjective(&key)
            || !capitals
                && key
                    .split(' ')
                    .all(|w| NOT_ENTITIES.contains(w) || FUNCTION_WORDS.contains(w)))
            && !speaking_surname
        {
            return Verdict::Nothing;
        }
        // Events are not people, organizations or places: "World Cup", "U.S. Open"; but a
        // place before a two-word event stays ("U.S." in "U.S. Labor Day").
        // "Hurricane Ivan", "Operation Desert Storm": a storm or an operation.
        if last - first >= 2
            && (EVENT_OPENERS.contains(&self.text(first).to_lowercase())
                || EVENT_OPENERS.contains(&self.key(first, (first + 2).min(last))))
        {
            return Verdict::Nothing;
        }
        // "Group B", "Pool A", "Section 5": a competition's group names nothing (not "Group 4
        // Securicor").
        if last - first == 2
            && {
                let w = self.text(first + 1);
                w.len() == 1
                    && w.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            }
            && matches!(
                self.text(first).to_lowercase().as_str(),
                "group" | "pool" | "section"
            )
        {
            return Verdict::Nothing;
        }
        // ("in Tests", "the Championships": a plural event head alone, no one's surname.)
        if last - first == 1 && key.ends_with('s') && EVENT_HEADS.contains(&key) {
            let one = key.as_str();
            if !SURNAMES.contains(one) && !GIVEN_NAMES.contains(one) {
                return Verdict::Nothing;
            }
        }
        if last - first >= 2
            && EVENT_HEADS.contains(&self.text(last - 1).to_lowercase())
            && !self.games_company(first, last)
        {
            return if last - first >= 3 && PLACES.contains(&self.text(first).to_lowercase()) {
                Verdict::Part(first, first + 1)
            } else {
                Verdict::Nothing
            };
        }
        // A lone capitalized word the article also writes in lower case, and no word list
        // knows, is a common word in a title or heading-like phrase ("Economic").
        if last - first == 1
            && !titled
            && vocab.lower.contains(key.as_str())
            && !ORGANIZATIONS.contains(&key)
            && !PLACES.contains(&key)
            && !GIVEN_NAMES.contains(&key)
        {
            return Verdict::Nothing;
        }
        // A lone honorific or title ("President", "Chairman") is not a name, unless it is the
        // surname of someone the article names ("King" of "Billie Jean King").
        if last - first == 1
            && (HONORIFICS.contains(&key) || ROLES.get(&key).is_some())
            && !vocab.surnames.contains(&key)
        {
            return Verdict::Nothing;
        }
        Verdict::Name(last)
    }

    /// A run opening a sentence, whose first capital may carry no information: where its
    /// name starts (after a common word: "However Meta" is Meta), or `None` when it names
    /// nothing.
    fn sentence_opening(&self, mut first: usize, last: usize, vocab: &Vocabulary) -> Option<usize> {
        let opening = self.opening_word(first, last, vocab);
        if last - first == 1 {
            return self
                .lone_opening_names(first, last, vocab, opening)
                .then_some(first);
        }
        let lower = opening.lower.as_str();
        if opening.common
            && !self.known_org(first, last)
            && !PLACES.contains(&self.key(first, last))
            && !self.word_before_suffix(first, last, lower)
            // ("Police Federation chairman Jan Berry said" in an article that writes "police":
            // an English word and an organization's head word before a role or a speech verb
            // are the body's name, when the common word is no function word, participle,
            // person noun or trade; not in a line of capitals, "RUGBY UNION".)
            && !(last - first == 2
                && !self.capitals
                && ends_organization(self.text(last - 1))
                && {
                    let next = self.text(last).to_lowercase();
                    ROLES.get(&next).is_some() || SPEECH_VERBS.get(&next).is_some()
                }
                && !opening.participle
                && !opening.describes_person
                && !opening.trade
                && !FUNCTION_WORDS.contains(lower)
                && !SENTENCE_STARTERS.contains(lower)
                && !PERSON_NOUNS.contains(lower))
            // ("State Farm, the state's largest home insurer, …": an apposition says
            // they name a body; not "Last Tuesday, the company said".)
            && !(self.text(last) == ","
                && !opening.participle
                && !opening.describes_person
                && !opening.trade
                && !PERSON_NOUNS.contains(lower)
                && !SENTENCE_STARTERS.contains(lower)
                && !FUNCTION_WORDS.contains(lower)
                && (first..last).all(|i| !self.is_date_word(i))
                && super::entities::apposition(self.doc, self.sentence, last + 1)
                    == Some(EntityKind::Organization))
        {
            first += 1;
            while first < last && (!self.is_name_word(first) || self.is_date_word(first)) {
                first += 1;
            }
            if first >= last {
                return None;
            }
            if last - first == 1
                && !vocab
                    .capital_inside
                    .contains(&self.text(first).to_lowercase())
            {
                // "However Meta" is fine, but the remnant must be a name on its own.
                let lower = self.text(first).to_lowercase();
                if vocab.lower.contains(lower.as_str()) {
                    return None;
                }
            }
        }
        Some(first)
    }

    /// What the first word of a run opening a sentence is: a common word ("However",
    /// "Struggling", "Rival"), with the kinds of common word the rest of the run is read by.
    fn opening_word(&self, first: usize, last: usize, vocab: &Vocabulary) -> Opening {
        let w = self.text(first);
        let lower = w.to_lowercase();
        let contraction = lower.contains(['\'', '’']);
        // ("United Auto Workers", "Associated British Foods": a participle that opens
        // company names is no participle opening the sentence.)
        let opens_company = last - first > 1 && ORG_PARTICIPLES.contains(&lower);
        // "Struggling Japanese car maker …": a participle or adverb opening the sentence;
        // "Buying Worldcom …": a gerund of an English verb, before more capitals (no
        // surname: "Harding", no word the article capitalizes inside a sentence).
        // ("Escaped British prisoner …": a past participle likewise.)
        let gerund = last - first > 1
            && !opens_company
            && (lower.strip_suffix("ing"))
                .or_else(|| lower.strip_suffix("ed"))
                .is_some_and(|stem| {
                    stem.len() >= 2
                        && (is_english_word(stem) || is_english_word(&format!("{stem}e")))
                })
            && !SURNAMES.contains(&lower)
            && !vocab.capital_inside.contains(&lower);
        let participle = gerund
            || (lower.ends_with("ing") || lower.ends_with("ed") || lower.ends_with("ly"))
                && !opens_company
                && is_english_word(&lower)
                && !ORGANIZATIONS.contains(&lower)
                && !GIVEN_NAMES.contains(&lower);
        // "A. Dale": a letter with its period is an initial, not the article.
        let initial = w.chars().count() == 1 && self.text(first + 1) == "." && self.glued(first);
        let trade = is_trade_noun(&lower)
            // "Auditors Grant Thornton": a plural noun before a known organization.
            || self.known_org_after_plural(first, last);
        // "Trouble-hit Mitsubishi Motors", "Privately-held Falic Group": a compound
        // adjective, its last part in lower case.
        let compound = last - first > 1
            && w.rsplit_once('-').is_some_and(|(_, part)| {
                !part.is_empty() && part.chars().all(|ch| ch.is_ascii_lowercase())
            });
        // "Jan Olaf Mueller": a month's abbreviation without its period, a given name
        // before another capitalized word, is the given name.
        let given_abbreviation = last - first > 1
            && ABBREVIATIONS.contains(&lower)
            && MONTHS.contains(&lower)
            && GIVEN_NAMES.contains(&lower)
            && self.text(first + 1) != ".";
        // "Composer Andrew Lloyd Webber", "Pianist Oleg Marchenko": an English noun of
        // a doer ("-er", "-ist", …) before a given name (one that is no English word)
        // describes the person; so does a plural noun before any given name
        // ("Youngsters Ben Hudell and …", "Veterans Mark Jones"; not the surname "Barnes
        // Wallis").
        let describes_person = last - first > 1
            && !GIVEN_NAMES.contains(&lower)
            && !SURNAMES.contains(&lower)
            && !vocab.capital_inside.contains(&lower)
            && {
                let next = self.text(first + 1).to_lowercase();
                GIVEN_NAMES.contains(&next)
                    && (has_doer_suffix(&lower)
                        && is_english_word(&lower)
                        && !is_english_word(&next)
                        || is_plural_noun(&lower))
            };
        // "New EU trade commissioner …", "Rival Sony": an English word before a known
        // name, the two no known name together (not after a parenthesis: "(Harrow AC)").
        let after_parenthesis = first > 0 && self.text(first - 1) == "(";
        let before_known = last - first > 1
            && is_english_word(&lower)
            && !is_capitals(w)
            && !after_parenthesis
            && !GIVEN_NAMES.contains(&lower)
            && !PLACES.contains(&lower)
            && !vocab.capital_inside.contains(&lower)
            && !ORG_NOUNS.contains(&lower)
            && !ORG_HEADS.contains(&lower)
            && {
                let rest = self.key(first + 1, last);
                // (An acronym the article writes inside its sentences too: "New EU
                // trade commissioner", "Weak US demand".)
                ORGANIZATIONS.contains(&rest)
                    || last - first == 2
                        && is_capitals(self.text(first + 1))
                        && vocab.capital_inside.contains(&rest)
            };
        // "Van Gogh was shot": a name's particle, which the article may write in lower
        // case ("Theo van Gogh"), before the rest of the name (not a number: "Ten").
        let particle = last - first > 1
            && NAME_PARTICLES.contains(&lower)
            && NUMBER_WORDS.value(&lower).is_none();
        // "HSDPA (High Speed Downlink Packet Access)", "High-Speed Downlink Packet Access
        // (HSDPA)": words whose initials spell the acronym beside them are the name's.
        let acronym = if self.text(last) == "(" && self.text(last + 2) == ")" {
            Some(self.text(last + 1))
        } else if first >= 2 && self.text(first - 1) == "(" && self.text(last) == ")" {
            Some(self.text(first - 2))
        } else {
            None
        };
        let spelled = last - first >= 2
            && acronym.is_some_and(|acronym| {
                let letters = initials_of((first..last).flat_map(|i| self.text(i).split('-')));
                letters.len() >= 3 && letters == acronym
            });
        let common = !initial
            && !given_abbreviation
            && !particle
            && !spelled
            && (contraction
                || before_known
                || describes_person
                || participle
                || compound
                || FUNCTION_WORDS.contains(&lower)
                || SENTENCE_STARTERS.contains(&lower)
                // ("Said Williams: “…”": the speech verb before its speaker and colon; "Said
                // Ali, a trader," is a name.)
                || SPEECH_VERBS.get(&lower).is_some()
                    && last - first >= 2
                    && self.text(last) == ":"
                // "Five Bank of America subsidiaries …" (not "Three Gorges Dam", which
                // the article capitalizes inside a sentence too).
                // (Opening it for sure: not "in Wales' Six Nations squad".)
                || first == 0
                    && NUMBER_WORDS.value(&lower).is_some()
                    && !vocab.capital_inside.contains(&lower)
                // "Actor Rodrigo de la Serna": a person noun, not a title; "Miner
                // Highland Gold": a company's trade.
                || PERSON_NOUNS.contains(&lower)
                // ("Opener Nick Knight", "Striker Alan Shearer": a playing position.)
                || POSITIONS.contains(&lower) && last - first > 1
                || trade
                // ("Sprinters Kostas Kenteris and …", "Firms AM3D and …": a plural noun
                // for people or bodies before a name.)
                || last - first > 1
                    && lower.strip_suffix('s').is_some_and(|one| {
                        PERSON_NOUNS.contains(one)
                            || POSITIONS.contains(one)
                            || ORG_NOUNS.contains(one)
                    })
                    && !SURNAMES.contains(&lower)
                // ("Air China plans …": a capitalized organization noun opens the name.)
                || vocab.lower.contains(lower.as_str())
                    && !(ORG_NOUNS.contains(&lower) && last - first > 1 && !trade)
                || NOT_ENTITIES.contains(&lower));
        Opening {
            lower,
            common,
            participle,
            describes_person,
            trade,
        }
    }

    /// Whether one capitalized word opening a sentence is a name: known, written capitalized
    /// inside the article's sentences, or by a cue after it (a possessive, a speech verb, a
    /// table's row).
    fn lone_opening_names(
        &self,
        first: usize,
        last: usize,
        vocab: &Vocabulary,
        opening: Opening,
    ) -> bool {
        let w = self.text(first);
        let Opening { lower, common, .. } = opening;
        let known = ORGANIZATIONS.contains(&lower) || PLACES.contains(&lower);
        let next = self.toks.get(last);
        // A possessive or a speech verb for one speaker ("Clark said", not
        // "Insiders say").
        let verb = self.text(last).to_lowercase();
        // A finite verb for one speaker: "said", "says", "added", not a base form
        // ("Insiders say", "Sluggish demand").
        let speaks = SPEECH_VERBS.get(&verb).is_some()
            && (verb.ends_with("ed")
                // ("Gloomy reports from …": an adjective before a plural noun.)
                || verb.ends_with('s')
                    && !verb.ends_with("ss")
                    && (!is_english_word(&lower)
                        || (SURNAMES.contains(&lower) || GIVEN_NAMES.contains(&lower))
                            // ("Harsh comments are earning …": a plural noun, its
                            // verb after it.)
                            && !(SPEECH_VERBS.value(&verb) == Some("noun")
                                && matches!(
                                    self.text(last + 1),
                                    "are" | "were" | "have" | "do"
                                )))
                || IRREGULAR_PASTS.contains(&verb));
        let cue = next.is_some_and(|t| t.kind == TokenKind::Possessive)
            || speaks
            || matches!(
                verb.as_str(),
                "beat" | "beats" | "drew" | "defeated" | "thrashed"
            );
        // ("LME copper slid": the initials of a body the article writes out.)
        let seen = vocab.capital_inside.contains(&lower)
            && !vocab.capital_inner_only.contains(&lower)
            || is_capitals(w) && vocab.spelled_out.contains(&lower)
            // ("Arventa now expects" of "Arventa Semiconductor Corp"; an English word too
            // before "and" and another such opener: "Mercantile and Commerce did not …".)
            || vocab.org_openers.contains(&lower)
                && (!is_english_word(&lower)
                    || self.text(last) == "and"
                        && vocab
                            .org_openers
                            .contains(&self.text(last + 1).to_lowercase()));
        // "KeyCorp", "eBay": capitals inside a word mark a name anywhere.
        let camel = is_camel_case(w);
        // "M&S", "P&O": an acronym with an ampersand is a name.
        let camel = camel || w.contains('&') && w.chars().all(|c| c.is_uppercase() || c == '&');
        // "HIA chief economist Tom Devitt": an acronym opening a sentence before a
        // title in lower case is a body's name (not in a line of capitals).
        let camel = camel
            || !self.capitals
                && w.len() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase())
                && self.text(last).starts_with(char::is_lowercase)
                && (ROLES.get(&verb).is_some() || TITLE_MODIFIERS.contains(&verb));
        // "Tranmere 4 2 1 1 6 4 7": the name of a table row; "Benetton of Italy": a
        // club or company of a country.
        // ("(Becerril 46th)", "16 - Gomez 86th": a substitute before his minute.)
        // ("Orrell 13 Bath 56", "Stoke 4 3 1 0 7 4 10": a line of results or
        // standings.)
        let cue = cue
            || heads_row(self.doc, self.toks, last)
            || is_table_line(self.doc, self.toks)
            || before_minute(self.doc, self.toks, last)
            // ("Reyes (Flamini 82)": a substitute and his minute, in parentheses.)
            || first > 0
                && self.text(first - 1) == "("
                && self.text(last + 1) == ")"
                && is_small_number(self.text(last), 3)
            // ("Arsenal: Lehmann, Lauren, Toure": the first of a list of single
            // capitalized words.)
            || self.text(last) == ","
                && self.text(last + 2) == ","
                && self.text(last + 1).starts_with(char::is_uppercase)
                && self.text(last + 3).starts_with(char::is_uppercase)
            || before_record(self.doc, self.toks, last)
            || self.text(last) == "of"
                && COUNTRIES.contains(&self.text(last + 1).to_lowercase());
        // "Liberte newspaper said": a newspaper names itself by what it is (not
        // "Monitoring firm", "DIY magazine": an English word or an acronym).
        let paper = MEDIA_NOUNS.contains(&verb)
            && !is_english_word(&lower)
            && !lower.contains('-')
            && w.chars().skip(1).any(char::is_lowercase);
        // "Leeson, the Northern Ireland-born actor, …": an apposition that names a
        // person's role; "Metro, Germany's biggest retailer, has …" one that says what body
        // the word is, an English word too (not "Revenue, the company said, rose": a speech
        // verb's subject).
        // (Opened by a determiner or an owner's name, not a list: "Automakers, suppliers,
        // insurers and …".)
        let apposition = (self.text(last) == ",")
            .then(|| super::entities::apposition(self.doc, self.sentence, last + 1))
            .flatten();
        let body = apposition == Some(EntityKind::Organization)
            && (matches!(self.text(last + 1), "the" | "a" | "an" | "its")
                || self.toks.get(last + 2).map(|t| t.kind) == Some(TokenKind::Possessive))
            && !SENTENCE_STARTERS.contains(&lower)
            && !FUNCTION_WORDS.contains(&lower)
            && !(last + 1..(last + 8).min(self.toks.len()))
                .take_while(|&i| self.text(i) != ",")
                .any(|i| is_speech_verb_word(&self.text(i).to_lowercase()));
        let described = apposition == Some(EntityKind::Person) || body;
        let cue = cue || paper || described;
        // "May said: …": a month that speaks is a person's name (a modal does not
        // speak either).
        let speaking = MONTHS.contains(&lower)
            && (SURNAMES.contains(&lower) || GIVEN_NAMES.contains(&lower))
            && speaks;
        // ("Visa processing staff are …" in an article about visas: a known name the
        // article writes in lower case, and never capitalizes inside a sentence, opens
        // this one as the common word.)
        // (Not an acronym, "US" beside "us", nor an institution the article writes
        // either way, "Parliament as a whole" beside "parliament".)
        let lowered = known && !is_capitals(w) && vocab.only_common(&lower) && !seen && !cue;
        !(common && !known && !speaking && !body || lowered || !(known || seen || cue || camel))
    }

    /// "Epic Games, the video game maker", "director of Yahoo Games", "Argonaut Games chief
    /// executive": a name ending in "Games" that an apposition, or a role before "of" or after
    /// it, says is a company's, not an event's ("the Athens Games").
    fn games_company(&self, first: usize, last: usize) -> bool {
        self.text(last - 1) == "Games"
            && (self.text(last) == ","
                && super::entities::apposition(self.doc, self.sentence, last + 1)
                    == Some(EntityKind::Organization)
                || last < self.toks.len() && self.is_role_word(last)
                || first >= 2 && self.text(first - 1) == "of" && self.is_role_word(first - 2))
    }

    /// The candidate for tokens `first..last` of this sentence.
    fn candidate(
        &self,
        first: usize,
        last: usize,
        title: Option<String>,
        title_first: usize,
    ) -> Candidate {
        Candidate {
            sentence: self.sentence,
            first,
            last,
            span: Span::new(self.toks[first].span.start, self.toks[last - 1].span.end),
            title,
            title_first,
            place_suffix: false,
            by_form: false,
        }
    }

    /// "California-based", "Google-owned": the capitalized head of a hyphenated adjective.
    fn hyphen_places(&self, out: &mut Vec<Candidate>) {
        for (i, t) in self.toks.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = self.doc.slice(t.span);
            let Some((head, suffix)) = hyphen_suffix(w) else {
                continue;
            };
            let lower = head.to_lowercase();
            // "New York-based", "Hong Kong-listed": the words before belong to the name when
            // they make a known one.
            // Before "-based" any name words do ("Santa Monica-based"), but not a nationality
            // or a common word opening the sentence ("Struggling Detroit-based").
            let place = matches!(suffix, "based" | "born" | "headquartered");
            let mut first = i;
            let mut key = lower.clone();
            while first > 0
                && self.is_name_word(first - 1)
                && !self.text(first - 1).eq_ignore_ascii_case("the")
                && {
                    let longer = format!("{} {lower}", self.key(first - 1, i));
                    let word = self.text(first - 1).to_lowercase();
                    let known = PLACES.contains(&longer) || ORGANIZATIONS.contains(&longer);
                    let common = FUNCTION_WORDS.contains(&word)
                        || NATIONALITIES.contains(&word)
                        || DIRECTIONS.contains(&word)
                        || starts_sentence(self.doc, self.toks, first - 1)
                            && is_english_word(&word);
                    let named = place && !common;
                    if known || named {
                        key = longer;
                    }
                    known || named
                }
            {
                first -= 1;
            }
            // "St. Louis-based": an abbreviation with its period opens a known place.
            if first >= 2 && self.text(first - 1) == "." {
                let longer = format!("{} {key}", self.key(first - 2, first));
                if PLACES.contains(&longer) {
                    first -= 2;
                    key = longer;
                }
            }
            if !head.starts_with(char::is_uppercase)
                || NOT_ENTITIES.contains(&key)
                || NATIONALITIES.contains(&key)
                || (!PLACES.contains(&key)
                    && !ORGANIZATIONS.contains(&key)
                    && !GIVEN_NAMES.contains(&key)
                    && head.len() < 2)
            {
                continue;
            }
            let known = PLACES.contains(&key) || ORGANIZATIONS.contains(&key);
            // "a George Bush-style tax cut", "Tony Blair-era policies": a given name before the
            // head makes a person's name of the two (no run of its own: "George").
            let person = !place
                && !known
                && first == i
                && i > 0
                && head.len() >= 2
                && self.is_name_word(i - 1)
                && GIVEN_NAMES.contains(&self.text(i - 1).to_lowercase());
            if person {
                first = i - 1;
            }
            if !place && !known && !person {
                continue;
            }
            // ("Linux-based operating system": a name no list knows is a place before
            // "-based" only when a body, a person or a name follows: "Leeds-based firm",
            // "Madrid-based Ferrovial".)
            if !known
                && !person
                && !(i + 1..self.toks.len().min(i + 5))
                    .take_while(|&k| self.toks[k].kind != TokenKind::Punct)
                    .any(|k| {
                        let w = self.text(k);
                        let l = w.to_lowercase();
                        w.starts_with(char::is_uppercase)
                            || ORG_NOUNS.contains(&l)
                            || PERSON_NOUNS.contains(&l)
                            || ROLES.get(&l).is_some()
                    })
            {
                continue;
            }
            // The run before the hyphenated word ("New") was a candidate of its own.
            if first < i {
                out.retain(|c| !(c.sentence == self.sentence && c.first >= first && c.last <= i));
            }
            out.push(Candidate {
                sentence: self.sentence,
                first,
                last: i + 1,
                span: Span::new(self.toks[first].span.start, t.span.start + head.len()),
                title: None,
                title_first: first,
                place_suffix: place,
                by_form: false,
            });
        }
    }
}

/// A lower-cased word that is an English plural noun and no surname ("officers",
/// "stockbrokers"; not "evans", nor "-os" Iberian surnames: "santos", "pedros").
pub(crate) fn is_plural_noun(lower: &str) -> bool {
    !SURNAMES.contains(lower) && is_english_plural(lower)
}

/// A lower-cased word that reads as the plural of an English word, surname or not
/// ("nations", "royals", "banks"; not "evans", nor "santos").
pub(crate) fn is_english_plural(lower: &str) -> bool {
    lower
        .strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with(['s', 'o']) && is_english_word(stem))
}

/// "Irishmen", "Frenchwoman": a nationality made a noun for people.
pub(crate) fn is_demonym_noun(lower: &str) -> bool {
    ["women", "woman", "men", "man"].iter().any(|suffix| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|nationality| NATIONALITIES.contains(nationality))
    })
}

/// "Cumbrian", "Tasmanian": a known place's name with "n" added ("an" after an "o":
/// "Ohioan"), or "i" or "is" ("Kashmiri", "Punjabis"), no place, name or organization of its
/// own (not "Adrian", "Milan").
fn is_place_adjective(lower: &str) -> bool {
    lower.len() > 4
        && !lower.contains(' ')
        && (lower
            .strip_suffix('n')
            .is_some_and(|place| place.ends_with('a') && PLACES.contains(place))
            // ("Ohioan", "Chicagoans": a place in "o" and "an".)
            || lower
                .strip_suffix("ans")
                .or_else(|| lower.strip_suffix("an"))
                .is_some_and(|place| place.ends_with('o') && PLACES.contains(place))
            // ("Kashmiri", "Punjabis": a place's people named with "i".)
            || lower
                .strip_suffix("is")
                .or_else(|| lower.strip_suffix('i'))
                .is_some_and(|place| place.len() >= 4 && PLACES.contains(place)))
        && !PLACES.contains(lower)
        && !GIVEN_NAMES.contains(lower)
        && !SURNAMES.contains(lower)
        && !ORGANIZATIONS.contains(lower)
}

/// "al-Saadani" → "Saadani": the rest of a word joined to the Arabic article ("al-", "el-").
pub(crate) fn after_arabic_article(w: &str) -> Option<&str> {
    w.strip_prefix("al-").or_else(|| w.strip_prefix("el-"))
}

/// Whether `key` (a name in lower case) is a known organization's, its legal suffix aside.
fn is_known_org(key: &str) -> bool {
    ORGANIZATIONS.contains(key)
        || key
            .rsplit_once(' ')
            .is_some_and(|(name, suffix)| is_legal_suffix(suffix) && ORGANIZATIONS.contains(name))
}

/// A company's legal suffix, any case, its period aside ("Inc.", "Corp", "plc"); not "Group",
/// "Holdings", "Sons" or "Bros", which end a company's parts or a family's firm too
/// ("Microsoft's Devices Group").
fn is_legal_suffix(word: &str) -> bool {
    // (The list compares case-insensitively: no lowering here.)
    let word = word.trim_end_matches('.');
    ORG_SUFFIXES.contains(word)
        && !["group", "holdings", "sons", "bros"]
            .iter()
            .any(|s| word.eq_ignore_ascii_case(s))
}

/// "the", "a", "this", "its", "whose": a lower-cased word that opens a noun phrase as its
/// determiner.
pub(crate) fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "whose"
    )
}

/// "com", "org", "fyi": a web domain's last part, glued after a name ("Amazon.com").
pub(crate) fn is_top_level_domain(w: &str) -> bool {
    matches!(w, "com" | "net" | "org" | "fyi" | "io" | "ai" | "tv")
}

/// "composer", "pianist", "coordinator": a lower-cased word ending as nouns for a person by
/// what they do or are (`doer_suffixes.txt`).
pub(crate) fn has_doer_suffix(lower: &str) -> bool {
    (2..=3).any(|n| {
        lower.len() > n + 2
            && lower
                .get(lower.len() - n..)
                .is_some_and(|suffix| DOER_SUFFIXES.contains(suffix))
    })
}

/// "Apacs", "Opec": an acronym said as a word, written as British papers do, a capital then
/// small letters (four or more, no English word).
pub(crate) fn is_word_acronym(w: &str) -> bool {
    w.len() >= 4
        && w.starts_with(|ch: char| ch.is_ascii_uppercase())
        && w.chars().skip(1).all(|ch| ch.is_ascii_lowercase())
        && !is_english_word(&w.to_ascii_lowercase())
}

/// "GenAI", "DeepMind": a capital after a lower-case letter, letters only.
/// `GlobalData`, `PayPal`, `YouTube`: a word with a capital inside, as brands write
/// themselves; not a name with a prefix ("McDonald", "MacArthur", "LeBron", "DiCaprio").
pub(crate) fn is_brand_case(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && !w.starts_with("Mac")
        && w.chars().all(char::is_alphanumeric)
        && w.chars()
            .zip(w.chars().skip(1))
            .skip(2)
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

fn is_camel_case(w: &str) -> bool {
    w.chars().all(char::is_alphanumeric)
        && w.chars()
            .zip(w.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// "II", "VI", "XIV": a Roman numeral of two letters or more.
fn is_roman_numeral(w: &str) -> bool {
    w.len() >= 2 && w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "I'm", "We’re", "Don't", "They'll": a word ending in a clitic after an apostrophe. Other
/// endings belong to the name: "Jacques Songo'o", "Hawai'i".
fn is_contraction(w: &str) -> bool {
    w.rsplit_once(['\'', '’'])
        .is_some_and(|(_, end)| matches!(end, "s" | "t" | "d" | "m" | "re" | "ve" | "ll" | "am"))
}

/// "California-based" → ("California", "based"): a capitalized head and a lower-case last
/// part.
fn hyphen_suffix(w: &str) -> Option<(&str, &str)> {
    let (head, _) = w.split_once('-')?;
    let (_, suffix) = w.rsplit_once('-')?;
    let adjective = ADJECTIVE_SUFFIXES.contains(suffix)
        || suffix.len() >= 4
            && suffix.chars().all(char::is_lowercase)
            && (suffix.ends_with("ed") || suffix.ends_with("ing"));
    (!head.is_empty() && adjective).then_some((head, suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expected: &[&str]) {
        let doc = Document::parse(text);
        let (body, _) = candidates(&doc, &Vocabulary::new(&doc));
        let got: Vec<&str> = body.iter().map(|c| doc.slice(c.span)).collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn runs_and_connectors() {
        // A saint's bare possessive inside the name of what is named after the saint.
        check(
            "Keegan's side won 2-0 at St James' Park.",
            &["Keegan", "St James' Park"],
        );
        // A plural for people and its possessive open an organization's name.
        check(
            "Marian Wright Edelman, president of the Children's Defense Fund, objected.",
            &["Marian Wright Edelman", "Children's Defense Fund"],
        );
        // "of" after a head word that names bodies continues the name.
        check(
            "He pledged $1 billion to Farrakhan's Nation of Islam group.",
            &["Farrakhan", "Nation of Islam"],
        );
        // A known company's name with its legal suffix, opening a sentence, keeps its first
        // word: no title, no participle.
        check(
            "General Motors Corp. cut jobs. United Airlines Inc. said so. Advanced Micro \
             Devices Inc. rose.",
            &[
                "General Motors Corp.",
                "United Airlines Inc.",
                "Advanced Micro Devices Inc.",
            ],
        );
        // "of" inside a company's name that a legal suffix closes; not after a title.
        check(
            "Miners at Gold Fields of South Africa Ltd struck. Chairman of Acme Ltd Jo Hart \
             spoke, as did Lynn Reaser of Barnett Banks Inc. on Friday.",
            &[
                "Gold Fields of South Africa Ltd",
                "Acme Ltd",
                "Jo Hart",
                "Lynn Reaser",
                "Barnett Banks Inc.",
            ],
        );
        // Two words joined by "and", each the opening of a company the article names in
        // full, are those companies' short forms.
        check(
            "Mercantile Bancorp Inc. and Commerce Bancshares Inc. led. Mercantile and \
             Commerce did not comment.",
            &[
                "Mercantile Bancorp Inc.",
                "Commerce Bancshares Inc.",
                "Mercantile",
                "Commerce",
            ],
        );
        // A head word after "and" that opens a name with "of" starts a second name.
        check(
            "Banque du Caire and Bank of Alexandria will be sold.",
            &["Banque du Caire", "Bank of Alexandria"],
        );
        // A word opening the sentence that the acronym after the name leaves out is no part
        // of the name.
        check(
            "Past Congressional Budget Office (CBO) forecasts were wrong, the CBO says.",
            &["Congressional Budget Office", "CBO", "CBO"],
        );
        check(
            "Royal Bank of Scotland (RBS) rose, and RBS said more.",
            &["Royal Bank of Scotland", "RBS", "RBS"],
        );
        check(
            "He joined the Bank of England in May.",
            &["Bank of England"],
        );
        // … and after a head word that names an area.
        check(
            "The District of Columbia and the Province of Ontario sued in the Southern \
             District of New York.",
            &[
                "District of Columbia",
                "Province of Ontario",
                "Southern District of New York",
            ],
        );
        // A number word or "Overall" opening the sentence is no part of the name after it,
        // unless the article writes it so inside a sentence.
        check(
            "Five Bank of Arden subsidiaries will pay. Overall UK exports rose.",
            &["Bank of Arden", "UK"],
        );
        check(
            "It settled with Banc of Arden Securities.",
            &["Banc of Arden Securities"],
        );
        check(
            "Seven Rivers Dam opened. Visitors came to the Seven Rivers Dam.",
            &["Seven Rivers Dam", "Seven Rivers Dam"],
        );
        check(
            "He is the only new player in Wales' Six Nations squad.",
            &["Wales", "Six Nations"],
        );
        check(
            "Crowds filled St Paul's Cathedral and the St Ninian's Shopping Centre.",
            &["St Paul's Cathedral", "St Ninian's Shopping Centre"],
        );
        // (A month after "of" or "for" is no part of the name; "People's" inside one is.)
        check(
            "Figures from the Commerce Department for November showed a gap.",
            &["Commerce Department"],
        );
        check(
            "The opposition Pakistan People's Party met the People's Bank of China.",
            &["Pakistan People's Party", "People's Bank of China"],
        );
        // A nationality that is also a given name opens a name after a title.
        check(
            "He met Air Lumen chairman Christian Blanc on Monday, not (Air Lumen chairman) \
             Christian Blanc.",
            &[
                "Air Lumen",
                "Christian Blanc",
                "Air Lumen",
                "Christian Blanc",
            ],
        );
        // "for the", "of the" inside an organization's name, after its head word.
        check(
            "Jan Vos, head of the UN Office for the Coordination of Aid Affairs, spoke.",
            &["Jan Vos", "UN Office for the Coordination of Aid Affairs"],
        );
        check(
            "The Society for the Protection of the Rural Coast thanked the Minister of the \
             Interior.",
            &["Society for the Protection of the Rural Coast", "Interior"],
        );
        check(
            "He spoke to the American Association for the Advancement of Science.",
            &["American Association for the Advancement of Science"],
        );
        // (A country after "of the" says where the organization is.)
        check(
            "Sales at General Motors of the US fell.",
            &["General Motors", "US"],
        );
        check(
            "Shares of Marsh & McLennan and AT&T rose.",
            &["Marsh & McLennan", "AT&T"],
        );
        check(
            "A painting by Vincent van Gogh sold.",
            &["Vincent van Gogh"],
        );
        check(
            "Former President George W. Bush spoke.",
            &["George W. Bush"],
        );
        check(
            "It invests in GenAI for Ads and eBay.",
            &["GenAI for Ads", "eBay"],
        );
        check(
            "Meta Platforms Inc. has laid off staff.",
            &["Meta Platforms Inc."],
        );
        check("Zuckerberg’s message is clear.", &["Zuckerberg"]);
        // An apostrophe before a letter that is no clitic is inside the name.
        check(
            "The shot beat keeper Jacques Songo'o in Hawai'i, but They'll and Don't stay common.",
            &["Jacques Songo'o", "Hawai'i"],
        );
        check("The California-based firm grew.", &["California"]);
        check(
            "Santa Monica-based Activison grew.",
            &["Santa Monica", "Activison"],
        );
        check("Struggling Detroit-based carmakers cut jobs.", &["Detroit"]);
        check("A London-based fund sold.", &["London"]);
        // A name no list knows, before "-based" and no body, person or name: a product.
        check("It runs a Quixo-based operating system.", &[]);
        check("The Quixo-based firm grew.", &["Quixo"]);
        check(
            "Analysts said St. Louis-based Acme grew.",
            &["St. Louis", "Acme"],
        );
        check("Premiums on Indonesian-origin oil rose.", &[]);
        check("Profit was HK$327m (US$42m) at Lenovo.", &["Lenovo"]);
        // A hyphenated title ending a run names no one.
        check(
            "The Conservative Party Co-Chairman praised the Bay Area Lab Co-Operative.",
            &["Conservative Party", "Bay Area Lab Co-Operative"],
        );
        // A known organization, then a given name and a surname: two names.
        check(
            "Lib Dem Norman Baker and Tory Liam Fox spoke. But Lib Dem Nick Harvey did not.",
            &[
                "Lib Dem",
                "Norman Baker",
                "Tory",
                "Liam Fox",
                "Lib Dem",
                "Nick Harvey",
            ],
        );
        // So is an acronym (not "JP Morgan Chase": two letters), or a name ending in a head
        // word.
        check(
            "The group EADS Philippe Camus founded left. JP Morgan Chase agreed, as did Child \
             Support Agency Doug Smith.",
            &[
                "EADS",
                "Philippe Camus",
                "JP Morgan Chase",
                "Child Support Agency",
                "Doug Smith",
            ],
        );
        // A head word after "and" shares nothing with a name holding "&" or a person's.
        check(
            "In 2002 S&N and United agreed. Emily Eavis and BBC Radio 2 spoke.",
            &["S&N", "United", "Emily Eavis", "BBC Radio 2"],
        );
        // An office's word and "and" before a title belong to it.
        check(
            "It was announced by Work and Pensions Secretary Alan Smith. Labour and Tory MP \
             John Roe agreed.",
            &["Alan Smith", "Labour", "Tory", "John Roe"],
        );
        // "DHL-owner Deutsche Post": a name made a noun of its own describes the next name.
        check(
            "Other names are DHL-owner Deutsche Post, Oscar-winner Tom Hanks and the European \
             Low-fare Airlines Association.",
            &[
                "Deutsche Post",
                "Tom Hanks",
                "European Low-fare Airlines Association",
            ],
        );
        // … and one standing alone is no name; inside a name it is part of it.
        check(
            "We are not Fed-dependent, she said after a U-turn on T-shirts and A-levels. The \
             Organisation for Economic Co-operation and Development met Yoo Ji-chang and \
             Clemence Ross-van Dorp of the Blu-ray Disc Association.",
            &[
                "Organisation for Economic Co-operation and Development",
                "Yoo Ji-chang",
                "Clemence Ross-van Dorp",
                "Blu-ray Disc Association",
            ],
        );
        // A country in parentheses is no nickname: a results table.
        check(
            "3. Lance Armstrong (U.S.) Motorola 4:30:12",
            &["Lance Armstrong"],
        );
        check(
            "He met Jean-Claude Juncker in Abu Dhabi.",
            &["Jean-Claude Juncker", "Abu Dhabi"],
        );
    }

    #[test]
    fn capitals_that_carry_no_information() {
        check("Despite the layoffs, Meta grew.", &["Meta"]);
        check("However, the company grew.", &[]);
        check("The AI push and the CEO role grew at Big Tech.", &[]);
        check("The fund holds its AGM, then an EGM, in May.", &[]);
        check("TB cases rose, and chips ran at 3 GHz.", &[]);
        check(
            "Rival ING Groep NV reports results on August 29.",
            &["ING Groep NV"],
        );
        check(
            "Nestle SA and Mars Inc buy much of the crop.",
            &["Nestle SA", "Mars Inc"],
        );
        check("British and Dutch investors met on Monday.", &[]);
        check(
            "Opener Nick Knight made 36. Prop Phil Vickery scored.",
            &["Nick Knight", "Phil Vickery"],
        );
        check(
            "He said Tamil Nadu Chief Minister M. Karunanidhi urged talks.",
            &["Tamil Nadu", "M. Karunanidhi"],
        );
        check("“Everyone knew,” she said.", &[]);
        check("Up to 30 Labour MPs could oppose the scheme.", &["Labour"]);
        check("He made his US TV debut on Sunday.", &["US"]);
        check("Philippe Sandor QC said so.", &["Philippe Sandor"]);
        check("He now works for Court TV.", &["Court TV"]);
        // Products of well-known companies are no names; the company before one is.
        check("He bought an iPod, an Xbox and the Sony PSP.", &["Sony"]);
        // In capitals, the verb of a result between two teams is no part of a name, nor is
        // "AT" between a fixture's teams (headings' candidates, then the body's).
        let cases: &[(&str, &[&str])] = &[
            (
                "SOCCER - FRANCE BEAT MEXICO 2-0 IN FRIENDLY.\n\nFrance won.",
                &["SOCCER", "FRANCE", "MEXICO", "IN FRIENDLY", "France"],
            ),
            (
                "BASEBALL FIXTURES\n\nCHICAGO AT TORONTO\n\nChicago won.",
                &["BASEBALL FIXTURES", "CHICAGO", "TORONTO", "Chicago"],
            ),
        ];
        for &(text, expected) in cases {
            let doc = Document::parse(text);
            let (body, headings) = candidates(&doc, &Vocabulary::new(&doc));
            let all: Vec<&str> = headings
                .iter()
                .chain(&body)
                .map(|c| doc.slice(c.span))
                .collect();
            assert_eq!(&all, expected, "in {text:?}");
        }
        // A word opening the sentence before a name of two words or more that the article
        // writes without it inside a sentence; not before one word ("Real Madrid").
        check(
            "Fans watch Big Brother nightly. Previous Big Brother housemates left early.",
            &["Big Brother", "Big Brother"],
        );
        check(
            "Real Madrid won in Madrid. Real Madrid lead the table.",
            &["Real Madrid", "Madrid", "Real Madrid"],
        );
    }

    #[test]
    fn titles_split_off() {
        let doc = Document::parse("It hired Qantas Chief Executive Geoff Dixon and Mr. Smith.");
        let (body, _) = candidates(&doc, &Vocabulary::new(&doc));
        let got: Vec<(&str, Option<&str>)> = body
            .iter()
            .map(|c| (doc.slice(c.span), c.title.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Qantas", None),
                ("Geoff Dixon", Some("Chief Executive")),
                ("Smith", Some("Mr"))
            ]
        );
    }
}
