//! The types the catalogue's static tables are made of: an entry's facts,
//! its names in libraries, and its text in one language.

use serde::Serialize;

use crate::{Cache, Category, Class, Level, Redirect, Side, Status};

/// Dates of a temporary registration, as the registry gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Registration {
    pub registered: &'static str,
    pub extended: Option<&'static str>,
    pub expires: &'static str,
}

/// A header field the specification ties to a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub field: &'static str,
    pub level: Level,
    pub side: Side,
    /// Where the specification says so.
    pub section: Option<&'static str>,
    /// When the level applies, as an index into each language's conditions.
    pub condition: Option<usize>,
}

/// A library that names status codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Library {
    /// Its key in JSON and for `--constant`: `rust`, `go`, ...
    pub key: &'static str,
    /// What users know it as.
    pub name: &'static str,
    /// The release the names were checked against.
    pub version: &'static str,
    /// The file of that release the names were read from.
    pub source: &'static str,
}

/// The name of a code in one library, and its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constant {
    /// Index into the catalogue's libraries.
    pub library: usize,
    /// The constant as written in code, e.g. `StatusCode::NOT_FOUND`.
    pub code: &'static str,
    /// The release that introduced this name, when it is not as old as the
    /// library's list.
    pub since: Option<&'static str>,
    /// The library marks it deprecated.
    pub deprecated: bool,
    /// Names the library used for the code before this one.
    pub former: &'static [Former],
}

/// A name a library used for a code before its current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Former {
    /// The name as written in the library's list (`UNPROCESSABLE_ENTITY`).
    pub name: &'static str,
    pub since: Option<&'static str>,
    /// The last release in which it was the current name.
    pub until: Option<&'static str>,
}

/// One meaning of one status code: the facts that hold in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Unique key: the code, or `code-vendor` where a number has several meanings.
    pub id: &'static str,
    pub code: u16,
    pub class: Class,
    /// The registered reason phrase, in English as seen on the wire.
    pub phrase: &'static str,
    /// A vendor's documented heading, where it differs from the phrase.
    pub documented: Option<&'static str>,
    pub status: Status,
    /// The category of its RFC, when that is not Standards Track.
    pub category: Option<Category>,
    /// The registry's parenthesised note ("Unused", "OBSOLETED").
    pub registry_note: Option<&'static str>,
    /// Where it is defined: the specification section or vendor document
    /// first, then any other.
    pub references: &'static [&'static str],
    /// Former and other common names.
    pub aliases: &'static [&'static str],
    /// Dates, for a temporary registration.
    pub registration: Option<Registration>,
    /// Header fields the specification ties to the code.
    pub headers: &'static [Header],
    pub cache: Cache,
    /// False for a code that is logged but never sent to a client.
    pub sent: bool,
    /// For 301, 302, 303, 307 and 308.
    pub redirect: Option<Redirect>,
    /// Related entries, as indices into the catalogue's entries.
    pub see_also: &'static [usize],
    /// Its names in common libraries, in library order.
    pub constants: &'static [Constant],
    /// Its position in the catalogue, where its texts are found.
    pub index: usize,
}

impl Entry {
    /// 1xx responses are interim: a final response follows.
    #[must_use]
    pub fn interim(&self) -> bool {
        self.class == Class::Informational
    }

    /// Where it is defined, first of its references.
    #[must_use]
    pub fn reference(&self) -> Option<&'static str> {
        self.references.first().copied()
    }

    /// Its constant in one library, if that library has one.
    #[must_use]
    pub fn constant(&self, library: usize) -> Option<&'static Constant> {
        self.constants
            .iter()
            .find(|constant| constant.library == library)
    }
}

/// The text of one entry in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryText {
    /// A short gloss of the phrase.
    pub title: &'static str,
    /// What the code means, in one to three sentences.
    pub meaning: &'static str,
    /// When one typically meets it.
    pub scenario: &'static str,
    /// For each related entry, in `see_also` order: when to use it instead.
    pub see_also: &'static [&'static str],
    /// Situations in which this is the right code, for the search.
    pub situations: &'static [&'static str],
    /// Who uses an unofficial code.
    pub origin: Option<&'static str>,
    /// A note on the registry status (where a label comes from).
    pub status_note: Option<&'static str>,
    /// For a code never sent: what the client sees instead.
    pub wire: Option<&'static str>,
}

/// The localized name and description of a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassText {
    pub name: &'static str,
    pub description: &'static str,
}
