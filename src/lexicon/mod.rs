//! Word lists shipped inside the binary: data files, one entry a line, loaded once.
//!
//! Each file's source and licence are recorded in `src/lexicon/SOURCES.md`.

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A set of lower-case entries read from a data file.
pub struct WordList {
    /// Lines already in lower case are borrowed from the shipped text, not copied.
    entries: FxHashSet<Cow<'static, str>>,
}

impl WordList {
    /// Parses a data file: one entry a line, blank lines and `#` comments skipped. Entries
    /// are kept in lower case.
    pub fn parse(data: &'static str) -> WordList {
        WordList::union(&[data])
    }

    /// Parses several data files into one list.
    pub fn union(files: &[&'static str]) -> WordList {
        // (Sized once: the lists run to tens of thousands of lines, read at every start.)
        let lines = files
            .iter()
            .map(|d| d.bytes().filter(|&b| b == b'\n').count())
            .sum();
        let mut entries = FxHashSet::with_capacity_and_hasher(lines, Default::default());
        for data in files {
            for line in data.lines() {
                // (Trimmed only when it has to be: most lines are bare words.)
                let line = if line.starts_with(char::is_whitespace)
                    || line.ends_with(char::is_whitespace)
                {
                    line.trim()
                } else {
                    line
                };
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let entry = if !line.is_ascii() {
                    Cow::Owned(line.to_lowercase())
                } else if line.bytes().any(|b| b.is_ascii_uppercase()) {
                    Cow::Owned(line.to_ascii_lowercase())
                } else {
                    Cow::Borrowed(line)
                };
                entries.insert(entry);
            }
        }
        WordList { entries }
    }

    /// True when `word` is in the list, compared case-insensitively.
    pub fn contains(&self, word: &str) -> bool {
        // (A short ASCII word is lowered on the stack: this runs for most tokens of a text.)
        if word.is_ascii() && word.len() <= 64 {
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return self.entries.contains(word);
            }
            let mut buf = [0u8; 64];
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return std::str::from_utf8(lower).is_ok_and(|w| self.entries.contains(w));
        }
        if !word.chars().any(char::is_uppercase) {
            self.entries.contains(word)
        } else {
            self.entries.contains(word.to_lowercase().as_str())
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.entries.iter().map(|e| e.as_ref())
    }
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<WordList> =
            LazyLock::new(|| WordList::parse(include_str!($file)));
    };
}

word_list!(
    /// Titles and abbreviations that stand before a name or number ("Mr.", "No.").
    ABBREVIATIONS_PREFIX,
    "abbreviations_prefix.txt"
);
word_list!(
    /// Abbreviations that may end a sentence ("Inc.", "Jr.", "Jan.").
    ABBREVIATIONS,
    "abbreviations.txt"
);
word_list!(
    /// Capitalized function words that usually start a sentence.
    SENTENCE_STARTERS,
    "sentence_starters.txt"
);

/// A table read from a data file: one record a line, fields separated by `|`, the first field
/// (lower case, words separated by single spaces) the key.
pub struct Table {
    rows: FxHashMap<&'static str, Vec<&'static str>>,
    max_words: usize,
    /// The first words of the keys of more than one word.
    phrase_openers: FxHashSet<&'static str>,
    edges: std::sync::OnceLock<Edges>,
}

/// The first and the last tokens of a table's keys.
pub type Edges = (FxHashSet<String>, FxHashSet<String>);

impl Table {
    /// Parses a data file of `key|field|field…` lines; blank lines and `#` comments skipped.
    pub fn parse(data: &'static str) -> Table {
        let mut rows = FxHashMap::default();
        let mut max_words = 0;
        let mut phrase_openers = FxHashSet::default();
        for line in data.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('|').map(str::trim);
            let key = fields.next().unwrap_or_default();
            max_words = max_words.max(key.split(' ').count());
            if let Some((first, _)) = key.split_once(' ') {
                phrase_openers.insert(first);
            }
            rows.entry(key).or_insert_with(|| fields.collect());
        }
        Table {
            rows,
            max_words,
            phrase_openers,
            edges: std::sync::OnceLock::new(),
        }
    }

    /// The first and last tokens of the keys, split by `tokens` (the caller's tokenizer),
    /// computed once: a text token that is neither cannot start or end a key.
    pub fn edges(&self, tokens: fn(&str) -> Vec<&str>) -> &Edges {
        self.edges.get_or_init(|| {
            let mut edges = Edges::default();
            for key in self.rows.keys() {
                let parts = tokens(key);
                if let (Some(a), Some(b)) = (parts.first(), parts.last()) {
                    edges.0.insert((*a).to_string());
                    edges.1.insert((*b).to_string());
                }
            }
            edges
        })
    }

    /// The fields after the key, for a lower-case key.
    pub fn get(&self, key: &str) -> Option<&[&'static str]> {
        self.rows.get(key).map(Vec::as_slice)
    }

    /// The first field after the key.
    pub fn value(&self, key: &str) -> Option<&'static str> {
        self.get(key).and_then(|f| f.first().copied())
    }

    /// Whether some key of more than one word opens with the word `first`.
    pub fn opens_phrase(&self, first: &str) -> bool {
        self.phrase_openers.contains(first)
    }

    /// The most words a key has.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// The keys, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows.keys().copied()
    }
}

macro_rules! table {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<Table> = LazyLock::new(|| Table::parse(include_str!($file)));
    };
}

table!(
    /// Short forms of organizations that are no acronyms: "fed" → "federal reserve".
    SHORT_FORMS,
    "short_forms.txt"
);
table!(
    /// Qualifiers before a figure: phrase → qualifier.
    FIGURE_QUALIFIERS,
    "figure_qualifiers.txt"
);
table!(
    /// Currency marks: form → ISO code, position kind.
    CURRENCIES,
    "currencies.txt"
);
table!(
    /// Phrases that mark which dollar an article means: phrase → ISO code.
    DOLLAR_MARKS,
    "dollar_marks.txt"
);
table!(
    /// Scale words: word → power of ten.
    SCALES,
    "scales.txt"
);
table!(
    /// Number words: word → value.
    NUMBER_WORDS,
    "number_words.txt"
);
table!(
    /// Time units: form → singular unit.
    DURATION_UNITS,
    "duration_units.txt"
);
table!(
    /// Rate bases: phrase → base.
    RATE_BASES,
    "rate_bases.txt"
);
table!(
    /// Nouns that count people or jobs.
    HEADCOUNT_NOUNS,
    "headcount_nouns.txt"
);
word_list!(
    /// Month names and abbreviations.
    MONTHS,
    "months.txt"
);
word_list!(
    /// Words after which a number is a label ("page 5").
    NOT_FIGURE_BEFORE,
    "not_figure_before.txt"
);
table!(
    /// Vague amounts ("hundreds", "tens of thousands").
    VAGUE_AMOUNTS,
    "vague_amounts.txt"
);

word_list!(
    /// English function words (articles, pronouns, prepositions, auxiliaries).
    FUNCTION_WORDS,
    "function_words.txt"
);
word_list!(
    /// Adjectives between a number and its counted noun that are not part of the unit.
    COUNT_MODIFIERS,
    "count_modifiers.txt"
);
word_list!(
    /// Plurals after a number that are not counted nouns ("five times").
    NOT_COUNT_NOUNS,
    "not_count_nouns.txt"
);
word_list!(
    /// Verbs of change: "rose 0.25% to 5.5%" is a change, not a range.
    CHANGE_VERBS,
    "change_verbs.txt"
);

/// Places: GeoNames countries, capitals, states and cities, other countries' states and
/// provinces, with short forms and regions.
pub static PLACES: LazyLock<WordList> = LazyLock::new(|| {
    let mut list = WordList::union(&[
        include_str!("places_geonames.txt"),
        include_str!("places_regions.txt"),
        include_str!("places_extra.txt"),
    ]);
    // "The Netherlands", "The Hague": also without the article.
    let bare: Vec<Cow<'static, str>> = list
        .entries
        .iter()
        .filter_map(|e| match e {
            Cow::Borrowed(e) => e.strip_prefix("the ").map(Cow::Borrowed),
            Cow::Owned(e) => e.strip_prefix("the ").map(|b| Cow::Owned(b.to_string())),
        })
        .collect();
    list.entries.extend(bare);
    // "Saint Helena", "St. Louis", "St Kitts and Nevis": a saint's name written each of the
    // three ways.
    let saints: Vec<Cow<'static, str>> = list
        .entries
        .iter()
        .filter_map(|e| {
            let rest = ["saint ", "st. ", "st "]
                .iter()
                .find_map(|p| e.strip_prefix(p))?;
            Some(["saint ", "st. ", "st "].map(|p| Cow::Owned(format!("{p}{rest}"))))
        })
        .flatten()
        .collect();
    list.entries.extend(saints);
    list
});
/// Given names of either gender (1990 US Census, and the world's from Faker's locales); see
/// [`given_name_is_male`] for gender, known for the Census names only.
pub static GIVEN_NAMES: LazyLock<WordList> = LazyLock::new(|| {
    WordList::union(&[
        include_str!("given_names_male.txt"),
        include_str!("given_names_female.txt"),
        include_str!("given_names_world.txt"),
    ])
});
word_list!(
    /// Well-known organizations.
    ORGANIZATIONS,
    "organizations.txt"
);
word_list!(
    /// Legal-form suffixes of organization names.
    ORG_SUFFIXES,
    "org_suffixes.txt"
);
word_list!(
    /// Head words of organization names.
    ORG_HEADS,
    "org_heads.txt"
);
word_list!(
    /// Nationality adjectives and nouns.
    NATIONALITIES,
    "nationalities.txt"
);
word_list!(
    /// Words before a name that make it a person's.
    HONORIFICS,
    "honorifics.txt"
);
/// Role titles, multi-word ones matched whole; members' titles ("MP") included.
pub static ROLES: LazyLock<Table> = LazyLock::new(|| {
    Table::parse(concat!(
        include_str!("roles.txt"),
        "\n",
        include_str!("member_titles.txt")
    ))
});
word_list!(
    /// Capitalized words that name nothing.
    NOT_ENTITIES,
    "not_entities.txt"
);
table!(
    /// Nouns and titles that tell a person's gender: noun → "male" or "female".
    GENDERED_NOUNS,
    "gendered_nouns.txt"
);
table!(
    /// Verbs and phrases of attribution.
    SPEECH_VERBS,
    "speech_verbs.txt"
);

word_list!(
    /// Common nouns that stand for an organization ("the company").
    ORG_NOUNS,
    "org_nouns.txt"
);
word_list!(
    /// Particles inside names ("van", "de", "bin").
    NAME_PARTICLES,
    "name_particles.txt"
);
word_list!(
    /// Words after which "of"/"for" continues a name ("City of London").
    OF_HEADS,
    "of_heads.txt"
);
word_list!(
    /// Words inside titles before names ("Finance" in "Finance Minister").
    TITLE_MODIFIERS,
    "title_modifiers.txt"
);
word_list!(
    /// Words in other languages that open an organization's name ("Banque du Caire").
    ORG_OPENERS,
    "org_openers.txt"
);
word_list!(
    /// Nouns for an aircraft ("jetliners", "Dreamliner" aside): a Boeing model's number before
    /// one is no count.
    AIRCRAFT_NOUNS,
    "aircraft_nouns.txt"
);
word_list!(
    /// Plural nouns with no "s" ("aircraft", "cattle").
    UNMARKED_PLURALS,
    "unmarked_plurals.txt"
);
word_list!(
    /// English participles that open company names ("United Auto Workers", "Associated
    /// British Foods").
    ORG_PARTICIPLES,
    "org_participles.txt"
);
word_list!(
    /// Offices of a place's government ("attorney general", "mayor"): the known place before
    /// one is the place.
    PLACE_OFFICES,
    "place_offices.txt"
);
word_list!(
    /// A body's workforce in the plural ("managers", "workers"): the name before is a body's.
    WORKFORCE_NOUNS,
    "workforce_nouns.txt"
);
word_list!(
    /// Words for a medicine ("drug", "vaccine"): "its Iressa drug" names a product.
    MEDICINE_NOUNS,
    "medicine_nouns.txt"
);
word_list!(
    /// Roles a body holds as often as a person ("owner", "investor").
    SHARED_ROLES,
    "shared_roles.txt"
);
word_list!(
    /// Last words of a law's name ("Act", "Treaty"): a name runs on past "and" to one.
    LAW_HEADS,
    "law_heads.txt"
);
word_list!(
    /// Titles held over a place: the name after "archbishop of", "duke of" is the place.
    DOMAIN_TITLES,
    "domain_titles.txt"
);
word_list!(
    /// Words that make a title a lesser office ("deputy" in "deputy prime minister").
    LESSER_OFFICES,
    "lesser_offices.txt"
);
word_list!(
    /// Nouns of a sports result before "over" or "by" and a team ("victory over …").
    RESULT_NOUNS,
    "result_nouns.txt"
);
word_list!(
    /// Words that end place names ("Street", "Airport") or start them before "of".
    PLACE_HEADS,
    "place_heads.txt"
);
word_list!(
    /// Words for a rank before a title ("Shadow", "Deputy", "Senior").
    RANK_MODIFIERS,
    "rank_modifiers.txt"
);
word_list!(
    /// Last words of sports clubs' names ("Town", "Orient", "Thistle").
    CLUB_HEADS,
    "club_heads.txt"
);
word_list!(
    /// Words that open a river's, lake's or mountain's name ("River", "Lake", "Mount").
    PLACE_OPENERS,
    "place_openers.txt"
);
word_list!(
    /// Words between a speaker and the speech verb ("has", "also", "meanwhile", "himself").
    BEFORE_VERB,
    "before_verb.txt"
);
word_list!(
    /// Modal verbs ("might", "will"): before a speech verb, no report of what was said.
    MODALS,
    "modals.txt"
);
word_list!(
    /// Verbs by which a writer reports what someone calls something ("describe", "calling").
    DESCRIBING_VERBS,
    "describing_verbs.txt"
);
word_list!(
    /// Endings of nouns for a person by what they do ("-er", "-ist": "composer").
    DOER_SUFFIXES,
    "doer_suffixes.txt"
);
word_list!(
    /// Place heads that are mostly surnames after a given name ("Richard Hill").
    SURNAME_HEADS,
    "surname_heads.txt"
);
word_list!(
    /// Frequent surnames (1990 US Census).
    SURNAMES,
    "surnames.txt"
);

/// The first `n` entries of a data file in frequency order, as the text holding them.
fn head_of(data: &'static str, n: usize) -> &'static str {
    let mut seen = 0;
    for (at, line) in data.match_indices('\n').map(|(i, _)| i).zip(data.lines()) {
        if !line.is_empty() && !line.starts_with('#') {
            seen += 1;
            if seen == n {
                return &data[..at + 1];
            }
        }
    }
    data
}

/// Whether a lower-case word is a line of `head`.
fn in_head(head: &str, lower: &str) -> bool {
    !lower.is_empty()
        && !lower.contains('\n')
        && (head.starts_with(&format!("{lower}\n")) || head.contains(&format!("\n{lower}\n")))
}

/// Whether a lower-case word is among the 5,000 most frequent Census surnames ("stevens",
/// "mills"; not "nations", "royals"). The list is in frequency order, so this searches its
/// head, which is cheaper than a table built for the few words ever asked about.
pub fn is_common_surname(lower: &str) -> bool {
    static HEAD: LazyLock<&'static str> =
        LazyLock::new(|| head_of(include_str!("surnames.txt"), 5000));
    in_head(&HEAD, lower)
}

/// Whether a lower-case word is among the 500 most frequent Census given names of either
/// gender ("peter", "grant"; not "royal", "major").
pub fn is_common_given_name(lower: &str) -> bool {
    static MALE: LazyLock<&'static str> =
        LazyLock::new(|| head_of(include_str!("given_names_male.txt"), 500));
    static FEMALE: LazyLock<&'static str> =
        LazyLock::new(|| head_of(include_str!("given_names_female.txt"), 500));
    in_head(&MALE, lower) || in_head(&FEMALE, lower)
}
word_list!(
    /// Last words of event names ("Cup", "Open", "Games").
    EVENT_HEADS,
    "event_heads.txt"
);
word_list!(
    /// Words that mark a sports story.
    SPORTS_WORDS,
    "sports_words.txt"
);
word_list!(
    /// Words of a sports result next to a team ("beat", "v").
    RESULT_VERBS,
    "result_verbs.txt"
);
word_list!(
    /// Words after a team's name ("Surrey captain", "Newcastle fans").
    TEAM_WORDS,
    "team_words.txt"
);
word_list!(
    /// Last parts of hyphenated adjectives ("-based", "-owned").
    ADJECTIVE_SUFFIXES,
    "adjective_suffixes.txt"
);
word_list!(
    /// AP-style US state abbreviations ("Fla", "Calif").
    STATE_ABBREVIATIONS,
    "state_abbreviations.txt"
);

/// Whether a courtesy title is a man's (`Some(true)`: "Mr") or a woman's (`Some(false)`:
/// "Mrs", "Ms", "Miss"), a period after it aside; `None` for any other word.
pub fn honorific_is_male(title: &str) -> Option<bool> {
    match title.trim_end_matches('.').to_lowercase().as_str() {
        "mr" => Some(true),
        "mrs" | "ms" | "miss" => Some(false),
        _ => None,
    }
}

/// Whether a given name is mostly a man's (`Some(true)`), a woman's (`Some(false)`), or
/// either or unknown (`None`), from the ranks of the two Census lists: a name on both takes
/// the list where it ranks clearly higher ("maria" is a woman's name).
pub fn given_name_is_male(name: &str) -> Option<bool> {
    given_name_gender(name).map(|(male, _)| male)
}

/// [`given_name_is_male`], and whether the name is clearly one gender's (`true`: among the
/// 1,500 commonest of its list and ranking ten times higher there than on the other, or absent
/// from it), or only more often ("Robin", "Kim", the rare "Tama": `false`).
pub fn given_name_gender(name: &str) -> Option<(bool, bool)> {
    static RANKS: LazyLock<FxHashMap<String, (usize, usize)>> = LazyLock::new(|| {
        let mut ranks = FxHashMap::default();
        let lists = [
            include_str!("given_names_male.txt"),
            include_str!("given_names_female.txt"),
        ];
        for (which, data) in lists.iter().enumerate() {
            let names = data
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'));
            for (rank, n) in names.enumerate() {
                let e = ranks
                    .entry(n.to_string())
                    .or_insert((usize::MAX, usize::MAX));
                if which == 0 {
                    e.0 = rank;
                } else {
                    e.1 = rank;
                }
            }
        }
        ranks
    });
    let (male, female) = *RANKS.get(name.to_lowercase().as_str())?;
    // (Clearly: common enough, in the first 1,500 of its list, and ten times higher on it than
    // on the other; "Tama", 3,532nd for women and absent for men, is only more often a
    // woman's name in the United States.)
    if male < female / 3 || female == usize::MAX {
        Some((true, male < 1500 && male < female / 10))
    } else if female < male / 3 || male == usize::MAX {
        Some((false, female < 1500 && female < male / 10))
    } else {
        None
    }
}

word_list!(
    /// Countries (a national team keeps its country's type).
    COUNTRIES,
    "countries.txt"
);

/// Lower-case English words (Webster's Second, 1934), one a line, sorted.
static ENGLISH_WORDS: &str = include_str!("english_words.txt");

/// Common lower-case English words (SCOWL size 35), one a line, sorted.
static COMMON_WORDS: &str = include_str!("common_words.txt");

/// Whether `word` is a line of `list`, a file of sorted lines after its comment lines: a
/// binary search over the bytes as shipped, so that nothing is built at start.
fn sorted_lines_contain(list: &str, word: &str) -> bool {
    let bytes = list.as_bytes();
    // (`lo` is always a line's start.)
    let (mut lo, mut hi) = (0, list.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(list.len(), |p| start + p);
        let line = &list[start..end];
        match (line.starts_with('#'), line.cmp(word)) {
            (true, _) | (false, std::cmp::Ordering::Less) => lo = end + 1,
            (false, std::cmp::Ordering::Equal) => return true,
            (false, std::cmp::Ordering::Greater) => hi = start,
        }
    }
    false
}

/// True when `word` (any case) or its singular is a line of the sorted `list`.
fn in_word_list(list: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    let found = |w: &str| sorted_lines_contain(list, w);
    found(&lower)
        || lower
            .strip_suffix("ies")
            .is_some_and(|s| found(&format!("{s}y")))
        || lower.strip_suffix("es").is_some_and(found)
        || lower.strip_suffix('s').is_some_and(found)
}

/// True when `word` (any case) or its singular is an ordinary English word.
pub fn is_english_word(word: &str) -> bool {
    in_word_list(ENGLISH_WORDS, word)
}

/// True when `word` (any case) or its singular is a common English word: "explorer",
/// "palace", "live"; not the rarer words of the dictionary that are names too ("mirza",
/// "shamir", "pax").
pub fn is_common_word(word: &str) -> bool {
    in_word_list(COMMON_WORDS, word)
}

/// A past tense or participle, in lower case: "-ed", a speech verb's irregular past ("said",
/// "told") or a common verb's ("made", "sent").
pub fn is_past_form(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PASTS.contains(word) || PAST_TENSES.contains(word)
}

/// True for a lower-case adverb in "-ly" made from an English word ("repeatedly",
/// "reportedly", "probably", "busily"): not "family", "assembly", "belly", nor a name
/// ("Kelly").
pub fn is_ly_adverb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ly") else {
        return false;
    };
    let found = |w: &str| w.len() >= 4 && sorted_lines_contain(ENGLISH_WORDS, w);
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && (found(stem)
            // ("reported", "supposed": participles are not in the list, their verbs are.)
            || stem.strip_suffix("ed").is_some_and(found)
            || stem.strip_suffix('d').is_some_and(found)
            || stem.ends_with("ab") | stem.ends_with("ib") && found(&format!("{stem}le"))
            || stem.strip_suffix('i').is_some_and(|s| found(&format!("{s}y"))))
}

/// A word shaped like an Eastern European, Caucasian, Romanian, Turkish or Armenian surname
/// ("Maskhadov", "Privalova", "Saakashvili"): five letters or more, a surname ending, no
/// English word.
/// ("YouGov", a brand's inner capital, and "Mikoyan-Gurevich", a hyphenated pair, are not.)
pub fn has_surname_ending(word: &str) -> bool {
    if word.chars().count() < 5
        || word.contains('-')
        || word.chars().skip(1).any(char::is_uppercase)
    {
        return false;
    }
    let lower = word.to_lowercase();
    // Endings run from two to six letters.
    lower
        .char_indices()
        .rev()
        .skip(1)
        .take(5)
        .any(|(i, _)| i > 0 && SURNAME_ENDINGS.contains(&lower[i..]))
        && !is_english_word(&lower)
}

word_list!(
    /// Directions before nationalities ("South Korean").
    DIRECTIONS,
    "directions.txt"
);
word_list!(
    /// Nouns that name a place by "of" ("the town of …", "east of …").
    PLACE_NOUNS,
    "place_nouns.txt"
);
word_list!(
    /// Nouns for a newspaper after its name ("Liberte newspaper said").
    MEDIA_NOUNS,
    "media_nouns.txt"
);
word_list!(
    /// Stock market indices, which name no organization ("the Dow", "the Nikkei").
    MARKET_INDICES,
    "market_indices.txt"
);
/// Nouns that describe a person right before the name ("his wife …", "team mate …"), kin
/// included.
pub static PERSON_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    WordList::union(&[
        include_str!("person_nouns.txt"),
        include_str!("kin_nouns.txt"),
    ])
});
word_list!(
    /// Person nouns for someone often left unnamed or named by a tie to another ("the
    /// gunman", "the friend").
    UNNAMED_NOUNS,
    "unnamed_nouns.txt"
);
word_list!(
    /// Playing positions and team jobs ("winger", "lock", "boss").
    POSITIONS,
    "positions.txt"
);
word_list!(
    /// Surname endings ("-ov", "-enko", "-shvili"): a foreign surname by its shape.
    SURNAME_ENDINGS,
    "surname_endings.txt"
);
word_list!(
    /// Words after a name's comma that end the search for an apposition (", where …").
    APPOSITION_STOPS,
    "apposition_stops.txt"
);
word_list!(
    /// Nouns for a body that a name before them leads ("the Obama administration").
    LED_BODIES,
    "led_bodies.txt"
);
word_list!(
    /// Articles that open a title, not a person's name ("Le Matin", "Der Spiegel").
    TITLE_ARTICLES,
    "title_articles.txt"
);
word_list!(
    /// Nouns for a public body that "the" + noun means only when a name holds the noun
    /// ("the government", "the ministry").
    PUBLIC_BODY_NOUNS,
    "public_body_nouns.txt"
);
word_list!(
    /// Words that open no speaker phrase ("in his statement only", "given demand").
    NOT_SPEAKER_OPENERS,
    "not_speaker_openers.txt"
);
word_list!(
    /// Words after a surname that tell a generation ("Jr", "III").
    GENERATION_SUFFIXES,
    "generation_suffixes.txt"
);
word_list!(
    /// A knight's or dame's titles ("Sir", "Dame"), said with the given name alone.
    KNIGHT_TITLES,
    "knight_titles.txt"
);
word_list!(
    /// Courtesy titles ("Mr", "Dr"): the word after one is a surname.
    COURTESY_TITLES,
    "courtesy_titles.txt"
);
word_list!(
    /// Titles of members of a parliament ("MP"): the name before one is a constituency.
    MEMBER_TITLES,
    "member_titles.txt"
);
word_list!(
    /// Words of a name that a small number continues ("BBC Radio 4", "Channel 4 News").
    NUMBERED_HEADS,
    "numbered_heads.txt"
);
word_list!(
    /// Nouns that name the product after them ("drug Prozac", "the console Xbox").
    PRODUCT_NOUNS,
    "product_nouns.txt"
);
word_list!(
    /// First words of storms' and operations' names ("Hurricane Ivan"): no entity.
    EVENT_OPENERS,
    "event_openers.txt"
);
word_list!(
    /// Kin and family ("wife", "sons", "family"): after a possessive the possessor is a person.
    KIN_NOUNS,
    "kin_nouns.txt"
);
word_list!(
    /// Last words of newspaper names ("Daily News"): what "the newspaper" may mean.
    PUBLICATION_HEADS,
    "publication_heads.txt"
);
word_list!(
    /// Nouns of time closing a phrase between speaker and verb ("Mr Howard last week said").
    TIME_NOUNS,
    "time_nouns.txt"
);
word_list!(
    /// Things said or written, after a possessive ("Mr MacKenzie's suggestion").
    SPEECH_NOUNS,
    "speech_nouns.txt"
);
word_list!(
    /// What a company owns or reports, after a possessive ("Turkcell's stake").
    BUSINESS_NOUNS,
    "business_nouns.txt"
);
word_list!(
    /// Works named by where they stand ("Longbridge plant").
    FACILITY_NOUNS,
    "facility_nouns.txt"
);
word_list!(
    /// Titles of a peer before the name ("Lord Falconer"): no office of their own.
    PEER_TITLES,
    "peer_titles.txt"
);
word_list!(
    /// Institutions named with a possessive ("Guy's Hospital", "St John's College").
    INSTITUTION_HEADS,
    "institution_heads.txt"
);
word_list!(
    /// What is held in a company ("a stake in Sina").
    HOLDING_NOUNS,
    "holding_nouns.txt"
);
word_list!(
    /// Verbs before a cricket side's total ("Essex reached 372").
    INNINGS_VERBS,
    "innings_verbs.txt"
);
/// A word that can close an organization's name: a head word ("Bank", "Airlines") or a legal
/// suffix ("Inc.", "plc"); a trailing period is ignored.
pub fn ends_organization(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    ORG_HEADS.contains(w) || ORG_SUFFIXES.contains(w)
}

/// "n.", "s.", "e.", "w." (lower case): a compass point's initial, as wires shorten "North
/// Korea" and "South African" ("N. Korea", "S. African").
pub fn is_compass_initial(word: &str) -> bool {
    matches!(word, "n." | "s." | "e." | "w.")
}

/// A word of speech_verbs.txt used as a verb, not one listed only as a noun ("said", "warned";
/// not "statement"), in lower case.
pub fn is_speech_verb_word(lower: &str) -> bool {
    SPEECH_VERBS.get(lower).is_some() && SPEECH_VERBS.value(lower) != Some("noun")
}

/// "his", "her", "their" (lower case): a person's possessive before a noun ("his campaign
/// manager", "her daughter").
pub fn is_personal_possessive(lower: &str) -> bool {
    matches!(lower, "his" | "her" | "their")
}

/// "its" or a person's possessive (lower case): a determiner naming an owner ("its boss",
/// "according to his aides").
pub fn is_possessive_determiner(lower: &str) -> bool {
    lower == "its" || is_personal_possessive(lower)
}

/// A personal pronoun that can open a clause as its subject, in any case ("he", "they",
/// "I").
pub fn is_subject_pronoun(word: &str) -> bool {
    ["he", "she", "it", "they", "we", "i", "you"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

/// "is", "was", "been"…: a form of "to be", in any case ("was described", "is the GOP
/// nominee").
pub fn is_form_of_be(word: &str) -> bool {
    ["is", "was", "are", "were", "be", "been", "being", "am"]
        .iter()
        .any(|b| word.eq_ignore_ascii_case(b))
}

/// "familiar" of "two people familiar with the matter", "briefed" of "sources briefed on the
/// talks": a word, in lower case, that opens the description of a report's anonymous source.
pub fn opens_source_description(word: &str) -> bool {
    matches!(word, "familiar" | "briefed")
}

/// "D-Mass.", "R-Texas", "R-S.C.", "I-VT": a lawmaker's party and state, as the AP writes
/// them after the name (not "D-Day").
pub fn is_party_and_state(w: &str) -> bool {
    let Some((party, state)) = w.split_once('-') else {
        return false;
    };
    let state = state.trim_end_matches('.');
    let postal = state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase());
    matches!(party, "D" | "R" | "I")
        && (postal || {
            let lower = state.to_lowercase();
            STATE_ABBREVIATIONS.contains(&lower) || PLACES.contains(&lower)
        })
}

/// An organization noun that names a company by its trade ("carmaker", "miner", "retailer",
/// "operator"): one of `org_nouns.txt` ending in -er or -or.
pub fn is_trade_noun(word: &str) -> bool {
    ORG_NOUNS.contains(word) && (word.ends_with("er") || word.ends_with("or"))
}

word_list!(
    /// Auxiliary and modal verbs ("was", "has", "could").
    AUXILIARIES,
    "auxiliaries.txt"
);
word_list!(
    /// Nouns a name can modify to name a group that speaks ("the Clinton campaign").
    GROUP_NOUNS,
    "group_nouns.txt"
);
word_list!(
    /// Past forms of speech verbs without "-ed" ("said", "told").
    IRREGULAR_PASTS,
    "irregular_pasts.txt"
);
word_list!(
    /// Irregular past tenses of common verbs ("made", "took"), no nouns among them.
    PAST_TENSES,
    "past_tenses.txt"
);
table!(
    /// Titles of a company office ("CEO", "chief executive"), multi-word ones whole.
    CORPORATE_TITLES,
    "corporate_titles.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_compare_case_insensitively() {
        assert!(ABBREVIATIONS_PREFIX.contains("Mr"));
        assert!(ABBREVIATIONS_PREFIX.contains("e.g"));
        assert!(ABBREVIATIONS.contains("Inc"));
        assert!(SENTENCE_STARTERS.contains("The"));
        assert!(!SENTENCE_STARTERS.contains("Zuckerberg"));
        assert!(!ABBREVIATIONS.contains("# Abbreviations"));
    }

    #[test]
    fn sorted_word_lists_are_searched_in_place() {
        // The first and last lines, one between, and their plurals.
        for w in ["aa", "zythum", "explorer", "Explorers", "companies"] {
            assert!(is_english_word(w), "{w}");
        }
        for w in ["aardvark", "zucchinis", "palace", "Explorer", "live"] {
            assert!(is_common_word(w), "{w}");
        }
        // Before the first, after the last, rare words, and the comment lines.
        for w in [
            "a",
            "zzzz",
            "mirza",
            "shamir",
            "pax",
            "# Common English words: the",
        ] {
            assert!(!is_common_word(w), "{w}");
        }
        assert!(!is_english_word("zuckerberg"));
        let list = "# a comment\nbeta\ndelta\ngamma\n";
        for (w, found) in [
            ("beta", true),
            ("delta", true),
            ("gamma", true),
            ("alpha", false),
        ] {
            assert_eq!(sorted_lines_contain(list, w), found, "{w}");
        }
        assert!(!sorted_lines_contain(list, "zeta"));
        assert!(!sorted_lines_contain("", "beta"));
    }

    #[test]
    fn tables_load() {
        assert_eq!(FIGURE_QUALIFIERS.value("more than"), Some("more_than"));
        assert_eq!(CURRENCIES.get("us$"), Some(&["USD", "prefix"][..]));
        assert_eq!(SCALES.value("bn"), Some("9"));
        assert_eq!(NUMBER_WORDS.value("twenty"), Some("20"));
        assert!(HEADCOUNT_NOUNS.get("job openings").is_some());
        assert_eq!(RATE_BASES.value("annually"), Some("year"));
        assert!(VAGUE_AMOUNTS.max_words() >= 3);
        assert!(MONTHS.contains("Sept"));
    }

    #[test]
    fn entity_lists_load() {
        assert!(PLACES.contains("Toronto"));
        assert!(PLACES.contains("Silicon Valley"));
        assert!(PLACES.contains("U.S."));
        assert!(GIVEN_NAMES.contains("Sarah"));
        assert!(ORGANIZATIONS.contains("Google DeepMind"));
        assert!(ORG_HEADS.contains("Securities"));
        assert!(NATIONALITIES.contains("British"));
        assert!(ROLES.get("chief executive").is_some());
        assert!(SPEECH_VERBS.get("according to").is_some());
        assert!(GIVEN_NAMES.len() > 5000 && PLACES.len() > 4000);
    }

    #[test]
    fn given_name_genders() {
        assert_eq!(given_name_is_male("Maria"), Some(false));
        assert_eq!(given_name_is_male("John"), Some(true));
        assert_eq!(given_name_is_male("Zyxw"), None);
        assert!(is_common_surname("smith") && is_common_surname("stevens"));
        assert!(!is_common_surname("nations") && !is_common_surname("royals"));
        assert!(is_common_given_name("peter") && is_common_given_name("grant"));
        assert!(!is_common_given_name("royal") && !is_common_given_name("major"));
    }

    #[test]
    fn english_words() {
        assert!(is_english_word("Stadium"));
        assert!(is_english_word("stars"));
        assert!(is_english_word("Authorities"));
        assert!(!is_english_word("Zuckerberg"));
        assert!(COUNTRIES.contains("France"));
    }

    #[test]
    fn possessive_determiners() {
        assert!(is_personal_possessive("their"));
        assert!(!is_personal_possessive("its"));
        assert!(is_possessive_determiner("its"));
        assert!(is_possessive_determiner("his"));
        assert!(!is_possessive_determiner("the"));
    }
}
