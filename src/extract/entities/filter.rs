//! Candidates that name nothing: common words, quoted titles, products, storms and laws.

use super::evidence::{called, is_source_before};
use super::pipeline::key_of;
use crate::extract::names::{
    Candidate, Vocabulary, capitalized_at, is_brand_case, is_table_line, starts_sentence,
};
use crate::lexicon::{
    CHANGE_VERBS, CURRENCIES, EVENT_OPENERS, FUNCTION_WORDS, GIVEN_NAMES, KIN_NOUNS,
    MEDICINE_NOUNS, NATIONALITIES, ORG_HEADS, ORG_NOUNS, ORGANIZATIONS, PERSON_NOUNS, PLACE_NOUNS,
    PLACES, PRODUCT_NOUNS, RESULT_VERBS, ROLES, SPEECH_VERBS, ends_organization, is_common_surname,
    is_english_word, is_possessive_determiner, is_trade_noun,
};
use crate::text::{Document, Span, Token, TokenKind};

/// Words that close a candidate without being part of its name, cut off in one pass: a model's
/// code ("the Casio QV-10", "an Airbus A380": the maker's name before it stays) and a party's
/// member described by a place ("the Ohio Republican who chairs the committee", "a Vermont
/// Democrat": no organization; the place is named).
pub(super) fn trim_name_ends(doc: &Document, vocab: &Vocabulary, body: &mut [Candidate]) {
    for c in body.iter_mut().filter(|c| c.last - c.first >= 2) {
        let toks = doc.sentence_tokens(c.sentence);
        // "ISP Freedom2surf" after "Internet service provider (ISP)": the short form of
        // words in lower case opening a name is what the name is, not part of it.
        if !vocab.common_short_forms.is_empty()
            && vocab
                .common_short_forms
                .contains(&doc.slice(toks[c.first].span).to_lowercase())
        {
            c.first += 1;
            c.span = Span::new(toks[c.first].span.start, c.span.end);
        }
        let end = |c: &Candidate| doc.slice(toks[c.last - 1].span);
        let cut = |c: &mut Candidate| {
            c.last -= 1;
            c.span = Span::new(c.span.start, toks[c.last - 1].span.end);
        };
        // (Capitals and figures: not "England Under-21", "Freedom2surf".)
        let code = end(c);
        if code.starts_with(|ch: char| ch.is_ascii_alphabetic())
            && code.contains(|ch: char| ch.is_ascii_digit())
            && !code.contains(char::is_lowercase)
            && !ORGANIZATIONS.contains(&key_of(doc.slice(c.span)))
        {
            cut(c);
        }
        if c.last - c.first == 2
            && c.first > 0
            && matches!(end(c), "Republican" | "Democrat")
            && matches!(
                doc.slice(toks[c.first - 1].span),
                "the" | "a" | "an" | "another" | "fellow"
            )
            && PLACES.contains(&key_of(doc.slice(toks[c.first].span)))
        {
            cut(c);
        }
    }
}

/// Drops one-word candidates that are ordinary English words ("Stadium", "Peace") with
/// nothing to make them names: no word list knows them, no title stands before them, no
/// speech verb follows, and no longer name in the article holds them ("Brown" stays when
/// "Gordon Brown" is named); one kept at a mention is kept at its others inside sentences.
pub(super) fn drop_common_words(
    doc: &Document,
    vocab: &Vocabulary,
    body: &mut Vec<Candidate>,
    sporty: bool,
) {
    let mut parts: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
    for c in body.iter().filter(|c| c.last - c.first >= 2) {
        parts.extend(doc.slice(c.span).split_whitespace().map(str::to_lowercase));
    }
    // (Kept, and whether a drop is only for being an English word, which the article may
    // overrule.)
    let kept: Vec<(bool, bool)> = body.iter().map(|c| {
        // "(HRB.N)", "KLVN.O": the exchange letter of a ticker.
        if c.last - c.first == 1 && c.span.len() == 1 && c.first > 0 && {
            let toks = doc.sentence_tokens(c.sentence);
            doc.slice(toks[c.first - 1].span) == "." && toks[c.first - 1].span.end == c.span.start
        } {
            return (false, false);
        }
        if c.last - c.first != 1 || c.title.is_some() || c.place_suffix {
            return (true, false);
        }
        let text = doc.slice(c.span);
        let lower = text.to_lowercase();
        // "anti-social behaviour orders (Asbos)": at every mention, the short form of words
        // the article writes in lower case names nothing.
        if vocab.common_short_forms.contains(&lower) {
            return (false, false);
        }
        // "46 C", "100 F": a unit's letter after a number; "a 40 GB hard drive" (not "Team
        // GB").
        if (text.len() == 1 || text == "GB")
            && c.first > 0
            && doc.sentence_tokens(c.sentence)[c.first - 1].kind == TokenKind::Number
        {
            return (false, false);
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
            return (false, false);
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
            // "according to Redfin": a source.
            || is_source_before(doc, toks, c.first)
            // "the town of Carrow": after a noun for a place and "of".
            || prev == "of"
                && c.first >= 2
                && PLACE_NOUNS.contains(&word_at(c.first - 2).unwrap_or_default())
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
            return (false, false);
        }
        // "the Tigers", "Brewers": a team's nickname in a sports story; "first division
        // side Nice": a side.
        let team = sporty && (text.ends_with('s') || prev == "side");
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
            return (false, false);
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
            return (false, false);
        }
        let name = acronym
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
            || is_brand_case(text)
            || !plural_noun && listed_with_organization(doc, toks, c.first, c.last)
            // (A line of results or standings, "Orrell 13 Bath 56", "Hull 4 3 1 0 7 4 10":
            // asked last, for the words nothing else keeps.)
            || is_table_line(doc, toks);
        (name, true)
    }).collect();
    // "Parry firm over Gerrard … But Parry, speaking to BBC Sport, also admits …": an
    // English word kept as a name somewhere in the article is that name wherever it is
    // written with its capital inside a sentence.
    let names: rustc_hash::FxHashSet<String> = body
        .iter()
        .zip(&kept)
        .filter(|(c, (keep, _))| *keep && c.last - c.first == 1)
        .map(|(c, _)| doc.slice(c.span).to_lowercase())
        .collect();
    let mut kept = kept.into_iter();
    body.retain(|c| {
        let (keep, english) = kept.next().unwrap_or((true, false));
        keep || english
            && c.last - c.first == 1
            && c.title.is_none()
            && !starts_sentence(doc, doc.sentence_tokens(c.sentence), c.first)
            && names.contains(&doc.slice(c.span).to_lowercase())
    });
}

/// "Delta, Continental and American Airlines", "Sony, Rio and Philips": whether the word at
/// `first..last` is listed with an organization's name (known, or ending in a head word)
/// right before or after it — after a comma; before a comma, or "and" after a comma (not
/// "the Finance and Economy Ministry", "Labour and Conservative governments", "Investors Bank
/// and Trust").
pub(super) fn listed_with_organization(
    doc: &Document,
    toks: &[Token],
    first: usize,
    last: usize,
) -> bool {
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
pub(super) fn drop_quoted_titles(doc: &Document, body: &mut Vec<Candidate>) {
    let titles: Vec<Span> = crate::extract::quotes::find_quote_spans(doc)
        .into_iter()
        .map(|(span, _)| span)
        .filter(|&span| crate::extract::quotes::is_title(doc.slice(span)))
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
pub(super) fn drop_products(doc: &Document, body: &mut Vec<Candidate>) {
    // "its 737 Max", "the 747 Jumbo": one word after a model's number (no year: "the 1992
    // Clinton campaign") names the model, not a person, here.
    body.retain(|c| {
        let toks = doc.sentence_tokens(c.sentence);
        !(c.last == c.first + 1
            && c.first >= 2
            && toks[c.first - 1].kind == TokenKind::Number
            && {
                let number = doc.slice(toks[c.first - 1].span);
                number.len() == 3 && number.bytes().all(|b| b.is_ascii_digit())
            }
            && matches!(
                doc.slice(toks[c.first - 2].span),
                "its" | "the" | "a" | "new" | "their"
            ))
    });
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
                    let w = doc.slice(d.span);
                    is_possessive_determiner(w) || matches!(w, "the" | "a")
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
