//! The vocabulary of httpdex's catalogue: the enums its facts are told in
//! (class, registry status, header levels, caching, redirects) and
//! ([`strings`]) the groups of strings every language has.
//!
//! Both sides of the build use them: the asset checker (`httpdex-assets`)
//! reads the asset files into these enums and writes Rust statics of them,
//! which `httpdex-catalog` compiles in.

pub mod strings;

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
