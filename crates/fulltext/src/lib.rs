//! A small full-text search engine for short multilingual documents: an entry
//! is a handful of fields (codes, names, titles, lists of situations, longer
//! explanations) in English and Japanese or Chinese, built into an index once
//! and searched on every keystroke.
//!
//! **Analysis.** Text is normalised with NFKC (so full-width `ＡＰＩ` and
//! `４０４` read as `API` and `404`, half-width kana as full-width) while every
//! character remembers the bytes it came from, which is what highlighting
//! needs. Latin text is cut into words at spaces and punctuation; hyphens,
//! underscores, dots, slashes, colons and camelCase split a word further into
//! parts (`HttpStatusCode.NotFound` gives `http status code not found`), and
//! the parts joined (`notfound`, `httpstatuscodenotfound`) are kept as one more
//! term so that an exact library constant scores highest. Words are lowercased
//! and lightly stemmed (`limits`, `limited`, `limiting` → `limit`; `retries` →
//! `retry`); the same stemmer runs on documents and queries. Stop words of all
//! three languages are dropped, 3-digit numbers and `5xx` classes are taken
//! out of the query as codes, never as words. Han, hiragana and katakana runs
//! are indexed as overlapping character bigrams plus unigrams, in the manner of
//! Lucene's `CJKBigramFilter` with unigrams kept; a query turns each run into
//! bigrams (a single character into a unigram) after cutting out stop words
//! (`ステータスコード`, `状态码`, `什么`, ...) and hiragana particles
//! (`は が を に で の と も` ...), so `トークンの有効期限切れ` asks for the
//! bigrams of `トークン` and `有効期限切れ` and none spanning `の`. Bigrams
//! that are pure hiragana (inflections such as `すぎる`) weigh less.
//!
//! **Scoring.** Each query word is a unit (a CJK run is one unit made of its
//! bigrams). A unit matches exactly, by stem, by prefix when it is the word
//! still being typed (`teap` → `teapot`), or, only when the word is in no
//! document, within one typing error for words of 4 to 7 letters and two for
//! longer ones (optimal string alignment distance, so a transposition is one
//! edit); prefix and typo matches count less than exact ones. A match weighs the term's rarity across documents
//! (BM25's IDF) times the field's weight, with repeated matches in a document
//! saturating as in BM25F (value length normalised per field); CJK bigrams
//! that start a word (a script change or the start of a run) weigh more than
//! ones inside a word. Terms of different query words found next to each other
//! in one value (up to three positions apart) add a proximity bonus, as
//! do consecutive bigrams of one CJK run. The sum is scaled by the share of
//! the query matched (a unit with half its bigrams found, by weight, counts
//! as matched),
//! and results are ordered by the number of query words matched, then score:
//! every word counts, but one that matches nothing does not empty the result.
//!
//! **Use.** Give every value to an [`IndexBuilder`] with its document and
//! field ids and build once; per keystroke, [`parse_query`] then
//! [`Index::search`]. [`Query::codes`] and [`Query::classes`] are left to the
//! caller's own code matching, and [`Index::highlight`] marks what matched in
//! a result's best value.
//!
//! Search time grows with the postings of the query's terms, not with the
//! size of the catalogue; typo matching scans only the vocabulary words of
//! nearby length whose letter sets differ by at most the allowed edits before
//! running a bounded edit-distance computation. Building, which the command
//! line does on every word search, allocates per term rather than per token:
//! characters are classified once, kana and ideographs skip normalisation,
//! and CJK grams are looked up in the vocabulary as numbers.

/// Most terms one query keeps; a person does not type more, and term sets are
/// `u64` bit masks.
pub(crate) const MAX_TERMS: usize = 64;
/// Longest word that is matched with typos.
pub(crate) const MAX_FUZZY_CHARS: usize = 32;
/// Shortest word that tolerates one typing error, and two.
pub(crate) const ONE_EDIT_FROM: usize = 4;
pub(crate) const TWO_EDITS_FROM: usize = 8;
/// Shortest prefix expanded while typing; one letter would match everything.
pub(crate) const MIN_PREFIX_CHARS: usize = 2;
/// Most vocabulary terms one prefix or one typo expands to (closest kept).
pub(crate) const MAX_EXPANSIONS: usize = 32;
/// BM25 term-frequency saturation and length normalisation.
pub(crate) const K1: f32 = 1.2;
pub(crate) const B: f32 = 0.5;
/// Weight of an exact whole-identifier match, a pure-hiragana bigram, and a
/// CJK match that does not start a word.
pub(crate) const COMPOUND_WEIGHT: f32 = 1.5;
pub(crate) const HIRAGANA_WEIGHT: f32 = 0.4;
pub(crate) const INSIDE_WORD: f32 = 0.8;
/// Quality of a prefix match (plus up to 0.3 as more of the word is typed),
/// and of a match one and two edits away.
pub(crate) const PREFIX_QUALITY: f32 = 0.5;
pub(crate) const ONE_EDIT_QUALITY: f32 = 0.6;
pub(crate) const TWO_EDITS_QUALITY: f32 = 0.45;
/// Proximity: terms at most this many positions apart count as near, and the
/// bonus per near pair relative to the weaker term's weight.
pub(crate) const MAX_GAP: u16 = 3;
pub(crate) const PROXIMITY: f32 = 0.5;
/// Earlier hits looked at for a near neighbour (bounds the work on values
/// with many hits at one position).
pub(crate) const LOOK_BACK: usize = 8;

mod analyze;
mod builder;
mod cjk;
mod fuzzy;
mod index;
mod normalize;
mod query;
mod tables;
#[cfg(test)]
mod tests;

pub use builder::IndexBuilder;
pub use index::{Index, Marker, Match};
pub use query::{Query, parse_query};

#[allow(clippy::cast_precision_loss)] // counts of documents and values stay far below 2^24
pub(crate) fn count_f32(n: usize) -> f32 {
    n as f32
}

/// Positions and ids are u32; more would be no text anyone searches.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
