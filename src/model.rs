//! The shape of the catalogue: the types its static tables are made of.
//!
//! Everything here is plain data with `&'static` fields, so `build.rs` can
//! write the whole catalogue as Rust statics (see `catalog.rs`). The build
//! script includes this file too, to read the asset files into the same enums.

use serde::{Deserialize, Serialize};

/// The five classes of status codes (RFC 9110, Section 15), and a sixth
/// place for what is outside them: no status at all (0), or a number past
/// 599 that some vendor sends anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Class {
    Informational,
    Successful,
    Redirection,
    ClientError,
    ServerError,
    /// Outside 100 to 599, which RFC 9110 says are the only valid codes.
    Other,
}

impl Class {
    /// Every class, from 1xx to 5xx, then the others.
    pub const ALL: [Class; 6] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
        Class::Other,
    ];

    /// The class of a code, from its first digit.
    #[must_use]
    pub fn of(code: u16) -> Class {
        Class::from_digit(code / 100).unwrap_or(Class::Other)
    }

    /// The class whose codes start with `digit` (1 to 5).
    #[must_use]
    pub fn from_digit(digit: u16) -> Option<Class> {
        Class::ALL[..5]
            .get(usize::from(digit).wrapping_sub(1))
            .copied()
    }

    /// Its usual short name, `1xx` to `5xx`, or `other`.
    #[must_use]
    pub fn label(self) -> &'static str {
        ["1xx", "2xx", "3xx", "4xx", "5xx", "other"][self.index()]
    }

    /// Position in [`Class::ALL`], for tables indexed by class.
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The category of the RFC that defines a code, when it is not Standards
/// Track.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Experimental,
    Informational,
    Historic,
}

impl Category {
    /// Every category, in the order of the strings table.
    pub const ALL: [Category; 3] = [
        Category::Experimental,
        Category::Informational,
        Category::Historic,
    ];
}

/// Where a code stands in the IANA registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Registered and defined by a published specification.
    Standard,
    /// A temporary registration for a draft, with an expiry date.
    Temporary,
    /// Registered, but its specification advises against using it.
    Deprecated,
    /// Reserved; the specification says it is not used (306, 418).
    Unused,
    /// Its specification was obsoleted or moved to Historic (510).
    Obsolete,
    /// Not in the registry; sent by some vendor's software.
    Unofficial,
}

impl Status {
    /// Every status, in the order of the strings tables.
    pub const ALL: [Status; 6] = [
        Status::Standard,
        Status::Temporary,
        Status::Deprecated,
        Status::Unused,
        Status::Obsolete,
        Status::Unofficial,
    ];
}

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

/// How a header field relates to a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Level {
    /// The response must carry it.
    #[serde(rename = "MUST")]
    Must,
    /// The response should carry it.
    #[serde(rename = "SHOULD")]
    Should,
    /// The response may carry it.
    #[serde(rename = "MAY")]
    May,
    /// This request field leads to the code.
    #[serde(rename = "cause")]
    Cause,
    /// The code is sent because the request lacks this field.
    #[serde(rename = "missing")]
    Missing,
}

impl Level {
    /// The requirement levels a response field can have, in the order of
    /// the strings table.
    pub const REQUIREMENTS: [Level; 3] = [Level::Must, Level::Should, Level::May];
}

/// Which message a header field is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Request,
    Response,
}

/// Whether caches may store a response with this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cache {
    /// Heuristically cacheable by default (RFC 9110, Section 15.1).
    Heuristic,
    /// Cacheable only with explicit freshness information.
    #[default]
    Explicit,
    /// Must not be stored (RFC 6585).
    Never,
    /// An interim (1xx) response: a cache never stores a response whose
    /// status is not final (RFC 9111, Section 3).
    Interim,
}

impl Cache {
    /// Every caching rule, in the order of the strings tables.
    pub const ALL: [Cache; 4] = [
        Cache::Heuristic,
        Cache::Explicit,
        Cache::Never,
        Cache::Interim,
    ];
}

/// What a redirect means for the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Redirect {
    /// Whether the resource has moved for good; `None` where the code says
    /// nothing of a move (303 points to another resource).
    pub permanent: Option<bool>,
    pub method: RedirectMethod,
}

/// What happens to the request method when a redirect is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedirectMethod {
    /// Method and body are kept (307, 308).
    Kept,
    /// User agents may change POST to GET (301, 302).
    MayChange,
    /// Followed with GET (303).
    ToGet,
}

impl RedirectMethod {
    /// Every method rule, in the order of the strings tables.
    pub const ALL: [RedirectMethod; 3] = [
        RedirectMethod::Kept,
        RedirectMethod::MayChange,
        RedirectMethod::ToGet,
    ];
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
