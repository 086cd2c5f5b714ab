//! Ranked search over the catalogue, shared by the browser (on every
//! keystroke) and the command line, so both rank alike.
//!
//! Codes come first: a query of digits lists the codes that start with them
//! (`40`), a class (`4xx`) its codes, and codes inside a sentence ("409 or
//! 412", "301和308哪个好") come first in the order typed. The words go to the
//! full-text engine (`httpdex-fulltext`), which weighs fields the way a
//! developer reads an entry: the phrase, former names and library constants
//! most, then the title, the situations people describe, the origin, and the
//! explanations. Every language's text is searched together, in one index
//! that `build.rs` builds and the program compiles in; the language shown
//! picks only the labels.

use std::borrow::Cow;
use std::sync::OnceLock;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::describe::list_label;
use httpdex_catalog::lang::Lang;
use httpdex_catalog::{self as catalog, Class, Entry, Field, Status};
use httpdex_fulltext::{self as fulltext, IndexBuilder, Marker};

/// How much a match in each [`Field`] counts, by `field as usize`.
const WEIGHTS: [f32; 6] = [3.0, 2.5, 2.0, 1.2, 1.0, 0.6];

/// Whether a match in `field` says why a result is listed better than its
/// title does, so the list shows it beside the title.
fn explains(field: Field) -> bool {
    matches!(field, Field::Names | Field::Situations | Field::Origin)
}

/// The least share of the best score a word match needs to be listed.
const MIN_SHARE: f32 = 0.1;

/// How much a code no registry has (a vendor's, or no status at all)
/// counts when the query names neither it nor who uses it: a developer
/// who does not say Exchange, nginx or AWS almost never means their codes.
const UNOFFICIAL_PRIOR: f32 = 0.5;

/// The catalogue's index, built by `build.rs` from every entry's
/// [`Entry::values`] and compiled in.
static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search.idx"));

/// How an entry matched; a higher tier always ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// Found by its words.
    Words,
    /// In the class typed, or its code starts with the digits typed.
    CodePrefix,
    /// Its code was typed.
    ExactCode,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into [`catalog::entries`].
    pub entry: usize,
    pub tier: Tier,
    /// Relevance within the tier; higher is better.
    pub score: f32,
    /// Char indices of [`list_label`] that matched, for highlighting.
    pub label_indices: Vec<usize>,
    /// The situation, name or origin that matched, when it says more than
    /// the title: "upload too big" for 413.
    pub reason: Option<&'static str>,
}

/// What is searched of one entry.
#[derive(Debug, Clone)]
pub struct Document {
    pub code: u16,
    pub class: Class,
    /// The line the list shows: code and title.
    pub label: String,
    /// Values per [`Field`], as [`Entry::values`] gives them.
    pub fields: [Vec<&'static str>; 6],
    /// In no registry: a vendor's code, or no status at all.
    pub unofficial: bool,
}

impl Document {
    /// The searchable text of `entry` (every language's, so a question in
    /// any of them finds its code: people paste a Chinese error into an
    /// English session, and English words into any), listed as in `lang`.
    #[must_use]
    pub fn of(entry: &Entry, lang: Lang) -> Document {
        Document {
            code: entry.code,
            class: entry.class,
            label: list_label(entry, lang),
            fields: Field::ALL.map(|field| entry.values(field)),
            unofficial: entry.status == Status::Unofficial,
        }
    }
}

/// Where an index's documents are read from.
#[derive(Debug)]
enum Documents {
    /// The catalogue's entries, listed in this language: read from the
    /// entries when a result needs them, so opening the index makes nothing.
    Catalogue(Lang),
    /// Documents built in memory.
    Built(Vec<Document>),
}

/// The searchable form of the catalogue in one language.
#[derive(Debug)]
pub struct SearchIndex {
    documents: Documents,
    /// Each document's code, for digit queries without a pass over them.
    codes: Vec<u16>,
    index: fulltext::Index<'static>,
}

impl SearchIndex {
    /// The catalogue in `lang`, on the compiled-in index, made the first
    /// time it is asked for and kept for the life of the process.
    #[must_use]
    pub fn of(lang: Lang) -> &'static SearchIndex {
        static INDEXES: [OnceLock<SearchIndex>; Lang::COUNT] =
            [const { OnceLock::new() }; Lang::COUNT];
        INDEXES[lang.index()].get_or_init(|| SearchIndex::new(lang))
    }

    /// The catalogue in `lang`, on the compiled-in index: nothing is built.
    #[must_use]
    pub fn new(lang: Lang) -> SearchIndex {
        SearchIndex {
            codes: catalog::entries().iter().map(|entry| entry.code).collect(),
            documents: Documents::Catalogue(lang),
            index: fulltext::Index::from_bytes(COMPILED, &WEIGHTS)
                .expect("build.rs writes an index of the engine's format"),
        }
    }

    /// An index of any documents, built in memory: a synthetic catalogue to
    /// measure how search time grows, or the catalogue to check the
    /// compiled-in index against.
    #[must_use]
    pub fn build(documents: Vec<Document>) -> SearchIndex {
        let mut builder = IndexBuilder::new(&WEIGHTS);
        for (doc, document) in documents.iter().enumerate() {
            for field in Field::ALL {
                for value in &document.fields[field as usize] {
                    builder.add(doc, field as usize, value);
                }
            }
        }
        SearchIndex {
            index: builder.build(),
            codes: documents.iter().map(|d| d.code).collect(),
            documents: Documents::Built(documents),
        }
    }

    /// The number of documents.
    fn len(&self) -> usize {
        self.codes.len()
    }

    /// Document `doc`'s line in the list.
    fn label(&self, doc: usize) -> Cow<'_, str> {
        match &self.documents {
            Documents::Catalogue(lang) => Cow::Owned(list_label(&catalog::entries()[doc], *lang)),
            Documents::Built(documents) => Cow::Borrowed(&documents[doc].label),
        }
    }

    /// Document `doc`'s values of `field`.
    fn values(&self, doc: usize, field: Field) -> Cow<'_, [&'static str]> {
        match &self.documents {
            Documents::Catalogue(_) => Cow::Owned(catalog::entries()[doc].values(field)),
            Documents::Built(documents) => Cow::Borrowed(&documents[doc].fields[field as usize]),
        }
    }

    fn class(&self, doc: usize) -> Class {
        match &self.documents {
            Documents::Catalogue(_) => catalog::entries()[doc].class,
            Documents::Built(documents) => documents[doc].class,
        }
    }

    fn unofficial(&self, doc: usize) -> bool {
        match &self.documents {
            Documents::Catalogue(_) => catalog::entries()[doc].status == Status::Unofficial,
            Documents::Built(documents) => documents[doc].unofficial,
        }
    }

    /// The bytes of the full-text index underneath.
    #[must_use]
    pub fn index_bytes(&self) -> &[u8] {
        self.index.as_bytes()
    }

    /// Every entry matching `query`, best first. An empty query, or one of
    /// words that carry no meaning here ("status code"), matches all, in
    /// catalogue order.
    #[must_use]
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        if let Some(hits) = code_query(&self.codes, query) {
            return hits;
        }
        let parsed = fulltext::parse_query(query);
        if parsed.is_empty() {
            return self.titles_first(query);
        }
        let marker = self.index.marker(&parsed);
        let mut hits = Vec::new();
        let mut listed = vec![false; self.len()];
        // Codes typed, in the order typed; then classes.
        for &code in &parsed.codes {
            for (doc, seen) in listed.iter_mut().enumerate() {
                if self.codes[doc] == code && !*seen {
                    *seen = true;
                    hits.push(self.hit(doc, Tier::ExactCode, 0.0, None, &marker));
                }
            }
        }
        for &digit in &parsed.classes {
            let class = Class::from_digit(u16::from(digit));
            for (doc, seen) in listed.iter_mut().enumerate() {
                if Some(self.class(doc)) == class && !*seen {
                    *seen = true;
                    hits.push(self.hit(doc, Tier::CodePrefix, 0.0, None, &marker));
                }
            }
        }
        if parsed.has_terms() {
            let mut found = self.index.search(&parsed);
            // An unofficial code leads only where the query names it or
            // its vendor (its names or origin matched best).
            for m in &mut found {
                let named = [Field::Names, Field::Origin]
                    .iter()
                    .any(|&field| m.best.0 == field as usize);
                if self.unofficial(m.doc) && !named {
                    m.score *= UNOFFICIAL_PRIOR;
                }
            }
            found.sort_by(|a, b| {
                b.terms_matched
                    .cmp(&a.terms_matched)
                    .then(b.score.total_cmp(&a.score))
                    .then(a.doc.cmp(&b.doc))
            });
            if found.is_empty() && hits.is_empty() {
                return self.fuzzy(query);
            }
            // A long tail of stray word matches hides the answers: what
            // scores under a tenth of the best one is left out.
            let best = found.first().map_or(0.0, |m| m.score);
            for found in found.into_iter().filter(|m| m.score >= best * MIN_SHARE) {
                if !listed[found.doc] {
                    listed[found.doc] = true;
                    hits.push(self.hit(
                        found.doc,
                        Tier::Words,
                        found.score,
                        Some(found.best),
                        &marker,
                    ));
                }
            }
            // The entries whose title, as the list shows it, has every
            // word typed come first, those that hold it as typed before
            // those that hold its stems: a word read in the list and typed
            // finds that entry, not one whose other text uses it more.
            let words = hits.iter().position(|hit| hit.tier == Tier::Words);
            if let Some(from) = words {
                hits[from..].sort_by_cached_key(|hit| {
                    let label = self.label(hit.entry);
                    let covered = marker.covers(&label);
                    (!covered, !(covered && holds_word(&label, query)))
                });
            }
        }
        hits
    }

    /// What a query of words that carry no meaning here finds ("status
    /// code", "a"): the entries whose title holds it as typed, then the
    /// rest, each in catalogue order; an empty query lists everything.
    fn titles_first(&self, query: &str) -> Vec<Hit> {
        let mut hits = everything(self.len());
        if !query.is_empty() {
            hits.sort_by_cached_key(|hit| !holds_word(&self.label(hit.entry), query));
        }
        hits
    }

    /// The last resort for a query whose words the engine does not know:
    /// letters in order anywhere in a name ("gtwy tmout" for Gateway
    /// Timeout), as fuzzy finders match.
    fn fuzzy(&self, query: &str) -> Vec<Hit> {
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut hits: Vec<Hit> = (0..self.len())
            .filter_map(|entry| {
                let label = self.label(entry);
                let names = self.values(entry, Field::Names);
                let score = std::iter::once(&*label)
                    .chain(names.iter().copied())
                    .filter_map(|name| matcher.fuzzy_match(name, query))
                    .max()?;
                let label_indices = matcher
                    .fuzzy_indices(&label, query)
                    .map(|(_, indices)| indices)
                    .unwrap_or_default();
                Some(Hit {
                    entry,
                    tier: Tier::Words,
                    #[allow(clippy::cast_precision_loss)]
                    score: score as f32,
                    label_indices,
                    reason: None,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
        hits
    }

    fn hit(
        &self,
        doc: usize,
        tier: Tier,
        score: f32,
        best: Option<(usize, usize)>,
        marker: &Marker,
    ) -> Hit {
        let label = self.label(doc);
        let label_indices = char_indices(&label, &marker.highlight(&label));
        let reason = best.and_then(|(field, value)| {
            let field = *Field::ALL.get(field)?;
            let text = *self.values(doc, field).get(value)?;
            (explains(field) && !label.contains(text)).then_some(text)
        });
        Hit {
            entry: doc,
            tier,
            score,
            label_indices,
            reason,
        }
    }
}

/// Searches the catalogue in `lang`. An empty query, a code or a class
/// needs no index; words use the compiled-in one (see [`SearchIndex::of`]).
#[must_use]
pub(crate) fn search(lang: Lang, query: &str) -> Vec<Hit> {
    let query = query.trim();
    if query.is_empty() {
        return everything(catalog::entries().len());
    }
    code_search(query).unwrap_or_else(|| SearchIndex::of(lang).search(query))
}

/// Whether `text` holds `word` in any case, not as part of a longer word.
fn holds_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    text.match_indices(&word).any(|(at, found)| {
        let before = text[..at].chars().next_back();
        let after = text[at + found.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Every entry, in catalogue order.
fn everything(count: usize) -> Vec<Hit> {
    (0..count)
        .map(|entry| Hit {
            entry,
            tier: Tier::Words,
            score: 0.0,
            label_indices: Vec::new(),
            reason: None,
        })
        .collect()
}

/// The char indices covered by byte `ranges` of `text`.
fn char_indices(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<usize> {
    text.char_indices()
        .enumerate()
        .filter(|(_, (byte, _))| ranges.iter().any(|r| r.contains(byte)))
        .map(|(i, _)| i)
        .collect()
}

/// Hits for a query that is a code, digits of one (`50`) or a class
/// (`4xx`); `None` for any other query.
///
/// The browser's search and the command line both come here for codes, so
/// they rank alike; the command line needs no prepared index for it.
#[must_use]
pub(crate) fn code_search(query: &str) -> Option<Vec<Hit>> {
    let codes: Vec<u16> = catalog::entries().iter().map(|entry| entry.code).collect();
    code_query(&codes, query.trim())
}

fn code_query(codes: &[u16], query: &str) -> Option<Vec<Hit>> {
    // A class matches like the digit it starts with, but is never exact.
    let digits = if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        query
    } else {
        parse_class(query).map(|_| &query[..1])?
    };
    // Codes have three digits: one starts with `digits` when dividing away
    // its remaining digits leaves that number. No strings per keystroke.
    let prefix: Option<(u16, u16)> = match digits.len() {
        1..=3 => digits
            .parse()
            .ok()
            .map(|n| (n, 10u16.pow(3 - digits.len() as u32))),
        _ => None,
    };
    let exact = digits.len() == 3 && digits == query;
    let mut hits: Vec<Hit> = codes
        .iter()
        .enumerate()
        .filter(|(_, code)| prefix.is_some_and(|(number, scale)| **code / scale == number))
        // "0" and "00" mean the no-status entry, not every code below 100.
        .filter(|(_, code)| **code >= 100 || digits.bytes().all(|b| b == b'0'))
        .map(|(entry, &code)| Hit {
            entry,
            tier: if exact {
                Tier::ExactCode
            } else {
                Tier::CodePrefix
            },
            score: 0.0,
            // The digits typed, but no more than the label shows: 0 is
            // labelled "0", not "000".
            label_indices: (0..digits.len().min(printed_digits(code))).collect(),
            reason: None,
        })
        .collect();
    hits.sort_by(|a, b| b.tier.cmp(&a.tier).then(a.entry.cmp(&b.entry)));
    Some(hits)
}

/// How many digits `code` is printed with.
fn printed_digits(code: u16) -> usize {
    match code {
        0..=9 => 1,
        10..=99 => 2,
        _ => 3,
    }
}

/// Reads `1xx` to `5xx` (any case) as a class.
#[must_use]
pub(crate) fn parse_class(text: &str) -> Option<Class> {
    let bytes = text.as_bytes();
    match bytes {
        [digit @ b'1'..=b'5', x1, x2]
            if x1.eq_ignore_ascii_case(&b'x') && x2.eq_ignore_ascii_case(&b'x') =>
        {
            Class::from_digit(u16::from(digit - b'0'))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
