//! The shape of the catalogue: the types its static tables are made of.
//!
//! Everything here is plain data with `&'static` fields, so `build.rs` can
//! write the whole catalogue as Rust statics (see `catalog.rs`). The build
//! script includes this file too, to read the asset files into the same enums.

use serde::{Deserialize, Serialize};

/// The five classes of status codes (RFC 9110 §15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Class {
    Informational = 1,
    Successful = 2,
    Redirection = 3,
    ClientError = 4,
    ServerError = 5,
}

impl Class {
    /// All classes, from 1xx to 5xx.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of a code, from its first digit; `None` outside 100..=599.
    #[must_use]
    pub fn of(code: u16) -> Option<Class> {
        Class::from_digit(code / 100)
    }

    /// The class whose codes start with `digit` (1 to 5).
    #[must_use]
    pub fn from_digit(digit: u16) -> Option<Class> {
        Class::ALL.get(usize::from(digit).wrapping_sub(1)).copied()
    }

    /// The first digit of its codes.
    #[must_use]
    pub fn digit(self) -> u8 {
        self as u8
    }

    /// Its usual short name: `1xx` to `5xx`.
    #[must_use]
    pub fn label(self) -> &'static str {
        ["1xx", "2xx", "3xx", "4xx", "5xx"][self.index()]
    }

    /// Position in [`Class::ALL`], for tables indexed by class.
    #[must_use]
    pub fn index(self) -> usize {
        usize::from(self.digit()) - 1
    }
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Header {
    pub field: &'static str,
    pub level: Level,
    pub side: Side,
    /// Where the specification says so.
    pub section: Option<&'static str>,
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
    /// Heuristically cacheable by default (RFC 9110 §15.1).
    Heuristic,
    /// Cacheable only with explicit freshness information.
    #[default]
    Explicit,
    /// Must not be stored (RFC 6585).
    Never,
}

impl Cache {
    /// Every caching rule, in the order of the strings tables.
    pub const ALL: [Cache; 3] = [Cache::Heuristic, Cache::Explicit, Cache::Never];
}

/// What a redirect means for the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Redirect {
    pub permanent: bool,
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
}

/// The name of a code in one library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constant {
    /// Index into the catalogue's libraries.
    pub library: usize,
    /// The constant as written in code, e.g. `StatusCode::NOT_FOUND`.
    pub code: &'static str,
    /// Whether the library still uses a former name of the code.
    pub former_name: bool,
}

/// One meaning of one status code: the facts that hold in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Unique key: the code, or `code-vendor` where a number has several meanings.
    pub id: &'static str,
    pub code: u16,
    pub class: Class,
    /// The registered reason phrase, in English as sent on the wire.
    pub phrase: &'static str,
    pub status: Status,
    /// Who uses an unofficial code.
    pub origin: Option<&'static str>,
    /// The specification section or vendor document that defines it.
    pub reference: Option<&'static str>,
    /// Former and other common names.
    pub aliases: &'static [&'static str],
    /// Dates, for a temporary registration.
    pub registration: Option<Registration>,
    /// Header fields the specification ties to the code.
    pub headers: &'static [Header],
    pub cache: Cache,
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
}

/// The localized name and description of a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassText {
    pub name: &'static str,
    pub description: &'static str,
}
