//! The entities a report lists: people, organizations and places, each with its mentions,
//! aliases and (for people) roles.

use rustc_hash::FxHashMap as HashMap;

use crate::text::Span;

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
    pub(super) fn index_mentions(&mut self) {
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
