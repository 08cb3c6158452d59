//! The JSON report: serde types that are the schema, version 1.
//!
//! One article gives one [`Report`]. Several articles give one object per line (JSON Lines),
//! in input order. Output is deterministic: the same input gives byte-identical output.
//!
//! # Conventions
//!
//! - Offsets `start`/`end` count Unicode scalar values (code points) from the start of the input
//!   text as read (after a UTF-8 BOM is dropped), end exclusive: the indices Python's `str` and
//!   jq's string slicing use. Every object with offsets also has the `text` they cover, so
//!   `input[start:end] == text` always holds. (Inside lede spans are bytes; they are converted
//!   here, once, by [`CharOffsets`].)
//! - `sentence` and `paragraph` fields are indices into the `sentences` and `paragraphs` arrays.
//! - Arrays are in document order. A field whose value is unknown is `null`.
//!
//! # Top level
//!
//! - `schema_version`: `1`.
//! - `source`: the path as given on the command line (or found under a folder given), `"-"`
//!   for standard input.
//! - `encoding`: how the input was decoded: `"utf-8"`, `"utf-16"` (input with a UTF-16 byte
//!   order mark) or `"windows-1252"` (input that was not valid UTF-8; a warning on stderr names
//!   the file).
//! - `title`: the headline when the first paragraph is a heading, else `null`.
//! - `stats`: `characters` (code points), `words` (Unicode word segmentation, words holding a
//!   letter or digit), `sentences`, `paragraphs`, `headings`.
//! - `paragraphs`, `sentences`: below.
//!
//! # paragraphs
//!
//! `{"index": 0, "kind": "heading", "start": 0, "end": 37, "text": "…", "sentences": [0, 1]}`
//!
//! - `index`: position in the array.
//! - `kind`: `"heading"` (headline or subheading: a short line without final punctuation) or
//!   `"body"`. A heading is one sentence long.
//! - `start`, `end`, `text`: the paragraph, trimmed of surrounding white space. A hard-wrapped
//!   paragraph keeps its inner line breaks in `text`.
//! - `sentences`: the half-open range `[first, end)` of its sentence indices.
//!
//! A paragraph is separated by a blank line, or is a line of its own when the text keeps one
//! paragraph per line.
//!
//! # sentences
//!
//! `{"index": 0, "paragraph": 0, "start": 0, "end": 37, "text": "…"}`
//!
//! - `index`: position in the array; `paragraph`: the paragraph it belongs to.
//! - `start`, `end`, `text`: the sentence, trimmed; every non-space character of a paragraph
//!   lies in one of its sentences.
//!
//! # people, organizations, locations
//!
//! `{"id": "person-1", "name": "Mark Zuckerberg", "aliases": ["Zuckerberg"],
//! "roles": [{"title": "CEO", "organization": "org-1"}],
//! "mentions": [{"text": "Mark Zuckerberg", "start": 1274, "end": 1289, "sentence": 8}]}`
//!
//! - `id`: `person-N`, `org-N`, `place-N`, numbered from 1 in order of first mention.
//! - `name`: the fullest form the text uses (most words, then longest), on one line (white
//!   space collapsed, as in aliases, role titles, and speaker names and cues); a person's name
//!   carries no title ("Mr", "CEO"). `aliases`: the other forms that refer to the same entity
//!   in this article ("Meta" for "Meta Platforms Inc.", "Zuckerberg", "PRA").
//! - `mentions`: every occurrence, headings included, in order; a possessive `’s` is not part
//!   of the span. `sentence` is the sentence it is in.
//! - `roles` (people only): the titles the text gives the person ("CEO", "tech analyst",
//!   "chief financial officer"), each with `organization`: the `org-N` id of the organization
//!   the text ties the title to ("at Wedbush Securities", "Qantas chief executive", "the
//!   OECD's chief economist"; "its"/"the company’s" is the organization last named, and a bare
//!   corporate title such as "CEO" belongs to the article's main organization), or `null`.
//!   Organizations and locations have no `roles` field.
//! - Arrays are in order of first mention; each referent is listed once.
//!
//! # figures
//!
//! `{"kind": "headcount", "text": "roughly 600 employees", "value": 600, "unit": "employees",
//! "qualifier": "approximately", "per": null, "start": 120, "end": 141, "sentence": 1}`
//!
//! - `kind`: `money`, `headcount` (people, jobs, roles, positions, employees, workers, staff,
//!   openings…), `count` (other counted things), `duration`, `percent`.
//! - `value`: the number, normalized (`$1.2bn` → 1200000000, `two` → 2, `a dozen` → 12,
//!   `40 pence` → 0.4), or `null` for vague amounts ("hundreds of new roles").
//! - `value_max`: present only for a range ("$15–20 million", "between 500 and 600 jobs"):
//!   `value` is the low end. A change ("from 2.5% to 2%") is two figures.
//! - `unit` (all kinds but money): the counted noun as written in lower case without its
//!   adjectives ("job openings", "jobs"), the singular time unit for durations (`week`,
//!   `month`, `year`…), `percent`, `percentage_point` or `basis_point` for percents.
//! - `currency` (money only, instead of `unit`): ISO 4217 code, `null` when the text does not
//!   say. A bare `$` or "dollars" is USD unless the article marks exactly one other dollar
//!   (A$, "Canadian dollars") and no US dollar.
//! - `qualifier`: `approximately`, `more_than`, `less_than`, `at_least`, `at_most`, or `null`.
//! - `per`: the rate's period or base (`year` for "annually" or "per year of service", `hour`
//!   for "an hour", `share`, `barrel`…), or `null`.
//! - `text`, `start`, `end`: the figure with its qualifier, counted noun and rate.
//! - `sentence`: the sentence it is in.
//!
//! Years and dates, times, ordinals, numbers in names and codes ("Local 851", "Boeing 737",
//! "401(k)"), labels ("No. 1", "page 5"), "one" as a determiner, and bare numbers that count
//! nothing named are not figures.
//!
//! # quotes
//!
//! `{"text": "These layoffs aren’t a retreat from AI,", "kind": "full", "speaker": {"name":
//! "Daniel Ives", "text": "Daniel Ives", "person": "person-2", "organization": null}, "cue":
//! "said", "start": 3301, "end": 3340, "sentence": 30, "paragraph": 17}`
//!
//! - `text`, `start`, `end`: exactly the characters between the quote marks. A quote
//!   interrupted by its attribution is two quotes with the same speaker; a quote that runs over
//!   several paragraphs (each opening with a mark, only the last closing it) is one quote, its
//!   text running from the first opening mark to the last closing one.
//! - `kind`: `full` for quoted speech that stands as its own sentence(s); `partial` for quoted
//!   words inside the writer's sentence. One- or two-word scare quotes and quoted titles are not
//!   reported (two words that stand as attributed speech, "“We won,” she said", are).
//! - `speaker`: `null` when the text does not say who. `name` is the resolved name: the
//!   person's or organization's `name` when the attribution links to one (directly, by a
//!   pronoun, by "the company", by a title such as "the chief executive"), else the phrase
//!   trimmed to its noun phrase ("one former AI engineer", "a spokesperson", "the memo");
//!   `text` is the words at the attribution as written ("he", "Zuckerberg", "a spokesperson");
//!   `person` / `organization` are entity ids or `null`. A quote with no attribution of its own
//!   that follows a speaker's quote in the same or the next paragraph takes that speaker.
//! - `cue`: the reporting verb or phrase ("said", "told", "according to", "wrote"), or `null`.
//! - `sentence`, `paragraph`: where the quote starts.

use serde::Serialize;

use crate::extract::{Entities, EntityKind, Figure, FigureKind, Quote};
use crate::input::Encoding;
use crate::text::{Document, ParagraphKind, Span, count_words};

/// The schema version this module describes.
pub const SCHEMA_VERSION: u32 = 1;

/// One article's report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub source: String,
    pub encoding: &'static str,
    pub title: Option<String>,
    pub stats: Stats,
    pub paragraphs: Vec<ParagraphReport>,
    pub sentences: Vec<SentenceReport>,
    pub people: Vec<EntityReport>,
    pub organizations: Vec<EntityReport>,
    pub locations: Vec<EntityReport>,
    pub figures: Vec<FigureReport>,
    pub quotes: Vec<QuoteReport>,
}

/// A direct quote and its speaker.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteReport {
    pub text: String,
    pub kind: &'static str,
    pub speaker: Option<SpeakerReport>,
    pub cue: Option<String>,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub paragraph: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpeakerReport {
    pub name: String,
    pub text: String,
    pub person: Option<String>,
    pub organization: Option<String>,
}

/// A person, organization or place.
#[derive(Debug, Clone, Serialize)]
pub struct EntityReport {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<RoleReport>>,
    pub mentions: Vec<MentionReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoleReport {
    pub title: String,
    pub organization: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MentionReport {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

/// Counts over the whole article.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub characters: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub headings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParagraphReport {
    pub index: usize,
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentences: [usize; 2],
}

#[derive(Debug, Clone, Serialize)]
pub struct SentenceReport {
    pub index: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// A figure: money, headcount, count, duration or percent.
#[derive(Debug, Clone, Serialize)]
pub struct FigureReport {
    pub kind: &'static str,
    pub text: String,
    #[serde(serialize_with = "number")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub value_max: Option<f64>,
    #[serde(skip_serializing_if = "Skip::is_skipped")]
    pub unit: Skip<String>,
    #[serde(skip_serializing_if = "Skip::is_skipped")]
    pub currency: Skip<&'static str>,
    pub qualifier: Option<&'static str>,
    pub per: Option<&'static str>,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

/// A field that is either left out of the object or present (possibly `null`).
#[derive(Debug, Clone, PartialEq)]
pub enum Skip<T> {
    Absent,
    Present(Option<T>),
}

impl<T> Skip<T> {
    fn is_skipped(&self) -> bool {
        matches!(self, Skip::Absent)
    }
}

impl<T: Serialize> Serialize for Skip<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Skip::Absent | Skip::Present(None) => s.serialize_none(),
            Skip::Present(Some(v)) => v.serialize(s),
        }
    }
}

/// Writes whole numbers without a fraction (600, not 600.0).
fn number<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(x as i64),
        Some(x) => s.serialize_f64(x),
        None => s.serialize_none(),
    }
}

impl Report {
    /// Builds the report of a parsed document.
    pub fn new(
        source: &str,
        encoding: Encoding,
        doc: &Document,
        entities: &Entities,
        figures: &[Figure],
        quotes: &[Quote],
    ) -> Report {
        let text = doc.text();
        let mut offsets = Vec::with_capacity(2 * (doc.paragraphs().len() + doc.sentences().len()));
        for p in doc.paragraphs() {
            offsets.extend([p.span.start, p.span.end]);
        }
        for s in doc.sentences() {
            offsets.extend([s.span.start, s.span.end]);
        }
        for f in figures {
            offsets.extend([f.span.start, f.span.end]);
        }
        for q in quotes {
            offsets.extend([q.span.start, q.span.end]);
        }
        for kind in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Location,
        ] {
            for e in entities.of(kind) {
                offsets.extend(e.mentions.iter().flat_map(|m| [m.span.start, m.span.end]));
            }
        }
        let chars = CharOffsets::new(text, offsets);
        let paragraphs = doc
            .paragraphs()
            .iter()
            .enumerate()
            .map(|(index, p)| ParagraphReport {
                index,
                kind: match p.kind {
                    ParagraphKind::Heading => "heading",
                    ParagraphKind::Body => "body",
                },
                start: chars.get(p.span.start),
                end: chars.get(p.span.end),
                text: text[p.span].to_string(),
                sentences: [p.sentences.start, p.sentences.end],
            })
            .collect::<Vec<_>>();
        let sentences = doc
            .sentences()
            .iter()
            .enumerate()
            .map(|(index, s)| SentenceReport {
                index,
                paragraph: s.paragraph,
                start: chars.get(s.span.start),
                end: chars.get(s.span.end),
                text: text[s.span].to_string(),
            })
            .collect::<Vec<_>>();
        let stats = Stats {
            characters: text.chars().count(),
            words: count_words(text),
            sentences: sentences.len(),
            paragraphs: paragraphs.len(),
            headings: doc
                .paragraphs()
                .iter()
                .filter(|p| p.kind == ParagraphKind::Heading)
                .count(),
        };
        Report {
            schema_version: SCHEMA_VERSION,
            source: source.to_string(),
            encoding: encoding.as_str(),
            title: doc.title().map(|s| text[s].to_string()),
            stats,
            paragraphs,
            sentences,
            people: entity_reports(entities, EntityKind::Person, text, &chars),
            organizations: entity_reports(entities, EntityKind::Organization, text, &chars),
            locations: entity_reports(entities, EntityKind::Location, text, &chars),
            figures: figures
                .iter()
                .map(|f| figure_report(f, text, &chars))
                .collect(),
            quotes: quotes
                .iter()
                .map(|q| quote_report(q, text, &chars))
                .collect(),
        }
    }
}

/// The report id of an entity: `person-N`, `org-N`, `place-N`, numbered from 1.
pub fn entity_id(kind: EntityKind, index: usize) -> String {
    let prefix = match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "org",
        EntityKind::Location => "place",
    };
    format!("{prefix}-{}", index + 1)
}

fn entity_reports(
    entities: &Entities,
    kind: EntityKind,
    text: &str,
    chars: &CharOffsets,
) -> Vec<EntityReport> {
    entities
        .of(kind)
        .iter()
        .enumerate()
        .map(|(i, e)| EntityReport {
            id: entity_id(kind, i),
            name: one_line(&e.name),
            aliases: e.aliases.iter().map(|a| one_line(a)).collect(),
            roles: (kind == EntityKind::Person).then(|| {
                e.roles
                    .iter()
                    .map(|r| RoleReport {
                        title: one_line(&r.title),
                        organization: r
                            .organization
                            .map(|o| entity_id(EntityKind::Organization, o)),
                    })
                    .collect()
            }),
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    let (start, end) = chars.span(m.span);
                    MentionReport {
                        text: text[m.span].to_string(),
                        start,
                        end,
                        sentence: m.sentence,
                    }
                })
                .collect(),
        })
        .collect()
}

/// A label as one line: names, titles and cues of hard-wrapped text hold line breaks ("the
/// National\nMediation Board"); each run of white space becomes one space. (Mentions and
/// quotes keep the text as written, which their offsets slice.)
fn one_line(s: &str) -> String {
    // (White space other than the space is a control byte, or a character whose UTF-8 opens
    // with 0xC2, 0xE1, 0xE2 or 0xE3; only then are the characters read.)
    let maybe = |b: u8| matches!(b, b'\t'..=b'\r' | 0xC2 | 0xE1..=0xE3);
    let bytes = s.as_bytes();
    let doubled = bytes.windows(2).any(|w| w == b"  ");
    if doubled
        || bytes.iter().any(|&b| maybe(b)) && s.contains(|c: char| c.is_whitespace() && c != ' ')
    {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        s.to_string()
    }
}

fn quote_report(q: &Quote, text: &str, chars: &CharOffsets) -> QuoteReport {
    let (start, end) = chars.span(q.span);
    QuoteReport {
        text: text[q.span].to_string(),
        kind: q.kind.as_str(),
        speaker: q.speaker.as_ref().map(|s| SpeakerReport {
            name: one_line(&s.name),
            text: text[s.span].to_string(),
            person: s.person.map(|i| entity_id(EntityKind::Person, i)),
            organization: s
                .organization
                .map(|i| entity_id(EntityKind::Organization, i)),
        }),
        cue: q.cue.map(|c| one_line(&text[c])),
        start,
        end,
        sentence: q.sentence,
        paragraph: q.paragraph,
    }
}

fn figure_report(f: &Figure, text: &str, chars: &CharOffsets) -> FigureReport {
    let money = f.kind == FigureKind::Money;
    let (start, end) = chars.span(f.span);
    FigureReport {
        kind: f.kind.as_str(),
        text: text[f.span].to_string(),
        value: f.value,
        value_max: f.value_max,
        unit: if money {
            Skip::Absent
        } else {
            Skip::Present(f.unit.clone())
        },
        currency: if money {
            Skip::Present(f.currency)
        } else {
            Skip::Absent
        },
        qualifier: f.qualifier,
        per: f.per,
        start,
        end,
        sentence: f.sentence,
    }
}

/// Byte offsets to code-point offsets, computed for a known set of offsets in one pass.
///
/// ```
/// use lede::report::CharOffsets;
/// let text = "“Hi” €5";
/// let c = CharOffsets::new(text, vec![0, 3, 5, 8, 12]);
/// assert_eq!([c.get(0), c.get(3), c.get(5), c.get(8), c.get(12)], [0, 1, 3, 4, 6]);
/// ```
pub struct CharOffsets {
    /// Sorted byte offsets and their code-point offsets; empty when the text is ASCII.
    bytes: Vec<usize>,
    chars: Vec<usize>,
    ascii: bool,
}

impl CharOffsets {
    /// Prepares the conversion of `offsets` (byte offsets on char boundaries of `text`).
    pub fn new(text: &str, mut offsets: Vec<usize>) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets {
                bytes: Vec::new(),
                chars: Vec::new(),
                ascii: true,
            };
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut chars = Vec::with_capacity(offsets.len());
        let mut count = 0;
        let mut pos = 0;
        for &b in &offsets {
            count += text[pos..b].chars().count();
            pos = b;
            chars.push(count);
        }
        CharOffsets {
            bytes: offsets,
            chars,
            ascii: false,
        }
    }

    /// The code-point offset of byte offset `byte`, which must have been given to `new`.
    pub fn get(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.chars[i],
            Err(_) => {
                debug_assert!(false, "offset {byte} was not registered");
                0
            }
        }
    }

    /// Converts a span.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.get(span.start), self.get(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_of_a_small_article() {
        let doc =
            Document::parse("Café Owners Rally\n“We’re open,” said Mr. Dupont. Sales rose.\n");
        let r = Report::new(
            "x.txt",
            Encoding::Utf8,
            &doc,
            &Entities::default(),
            &[],
            &[],
        );
        assert_eq!(r.title.as_deref(), Some("Café Owners Rally"));
        assert_eq!(
            r.stats,
            Stats {
                characters: 61,
                words: 10,
                sentences: 3,
                paragraphs: 2,
                headings: 1
            }
        );
        let s = &r.sentences[1];
        assert_eq!(s.text, "“We’re open,” said Mr. Dupont.");
        let chars: Vec<char> = doc.text().chars().collect();
        let sliced: String = chars[s.start..s.end].iter().collect();
        assert_eq!(sliced, s.text);
        assert_eq!(r.paragraphs[1].sentences, [1, 3]);
    }

    /// A hard-wrapped article: names, aliases, titles, speakers and cues are written on one
    /// line; mentions and quotes keep the text as written, so that their offsets slice it.
    #[test]
    fn labels_of_a_wrapped_article_are_one_line() {
        let text = "Talks fail\n\n\
                    The long dispute went before the National\n\
                    Mediation Board on Monday, and Acme Corp,\n\
                    a tool maker, said little. Its chief\n\
                    executive, Jo Hale, said the firm was\n\
                    \"not going anywhere at all.\" A junior\n\
                    spokesman for the board said: \"We are\n\
                    done here, and we will not be back at the\n\
                    table.\"\n";
        let r = crate::analyze("x.txt", Encoding::Utf8, text.to_string());
        let one_line = |s: &str| !s.contains('\n');
        let orgs: Vec<&str> = r.organizations.iter().map(|e| e.name.as_str()).collect();
        assert!(orgs.contains(&"National Mediation Board"), "{orgs:?}");
        for e in r.people.iter().chain(&r.organizations).chain(&r.locations) {
            assert!(
                one_line(&e.name) && e.aliases.iter().all(|a| one_line(a)),
                "{e:?}"
            );
            for m in &e.mentions {
                let sliced: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                assert_eq!(sliced, m.text);
            }
        }
        let roles: Vec<&str> = r
            .people
            .iter()
            .flat_map(|p| p.roles.iter().flatten())
            .map(|x| x.title.as_str())
            .collect();
        assert_eq!(roles, ["chief executive"]);
        let speakers: Vec<(&str, Option<&str>)> = r
            .quotes
            .iter()
            .map(|q| {
                (
                    q.speaker.as_ref().map_or("", |s| s.name.as_str()),
                    q.cue.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            speakers,
            [
                ("Jo Hale", Some("said")),
                ("A junior spokesman", Some("said"))
            ]
        );
        assert!(r.quotes[1].text.contains('\n'));
    }
}
