//! Searching an index: expanding query terms to vocabulary terms, merging
//! their postings by document, scoring, and highlighting.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::ops::Range;

use crate::analyze::Analyzer;
use crate::fuzzy::{char_mask, distance_within};
use crate::query::{Query, Term};
use crate::tables::{Layout, Parts, Tables};
use crate::{
    INSIDE_WORD, K1, LOOK_BACK, MAX_EXPANSIONS, MAX_FUZZY_CHARS, MAX_GAP, MAX_TERMS,
    MIN_PREFIX_CHARS, ONE_EDIT_QUALITY, PREFIX_QUALITY, PROXIMITY, TWO_EDITS_QUALITY, count_f32,
};

/// A searchable collection of documents: the bytes an [`IndexBuilder`]
/// wrote (its own, or compiled into the program) and the weight of each
/// field, which is applied while searching.
///
/// [`IndexBuilder`]: crate::IndexBuilder
#[derive(Debug)]
pub struct Index<'a> {
    bytes: Cow<'a, [u8]>,
    layout: Layout,
    /// The weight of each field slot relative to the heaviest.
    field_weights: Vec<f32>,
}

/// One document found by [`Index::search`].
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The caller's document id.
    pub doc: usize,
    /// Relevance, higher is better; only comparable within one query.
    pub score: f32,
    /// How many of the query's words matched (see [`Query::word_count`]).
    pub terms_matched: usize,
    /// The value that matched best, as (field, value number): what to show
    /// as the reason the document is listed. Highlight it with
    /// [`Index::highlight`].
    pub best: (usize, usize),
}

/// A posting of a query term, with its weight.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) field: u32,
    pub(crate) index: u32,
    /// The match's quality times the term's IDF and weight.
    pub(crate) weight: f32,
    pub(crate) norm: f32,
    pub(crate) pos: u16,
    pub(crate) term: u8,
}

/// The query words, for telling how much of the query a document matched.
#[derive(Debug)]
pub(crate) struct Words {
    /// Each word's terms, and the sum of their weights.
    pub(crate) words: Vec<(u64, f32)>,
    pub(crate) weights: [f32; MAX_TERMS],
}

impl Words {
    pub(crate) fn new(query: &Query) -> Words {
        let mut words = vec![(0u64, 0.0f32); query.unit_sizes.len()];
        let mut weights = [0.0; MAX_TERMS];
        for (t, term) in query.terms.iter().enumerate() {
            weights[t] = term.weight;
            if let Some(u) = term.unit {
                words[u].0 |= 1 << t;
                words[u].1 += term.weight;
            }
        }
        Words { words, weights }
    }

    /// The share of the query matched by the terms in `seen` (each word
    /// counting by the weight of its terms found), and the number of words
    /// at least half matched.
    pub(crate) fn coverage(&self, seen: u64) -> (f32, usize) {
        let mut share = 0.0;
        let mut matched = 0;
        for &(mask, total) in &self.words {
            let mut found = 0.0;
            let mut rest = seen & mask;
            while rest != 0 {
                found += self.weights[rest.trailing_zeros() as usize];
                rest &= rest - 1;
            }
            let part = if total > 0.0 { found / total } else { 0.0 };
            share += part;
            matched += usize::from(part >= 0.5);
        }
        (share / count_f32(self.words.len().max(1)), matched)
    }
}

/// Where merging has got to in the postings of one vocabulary term.
#[derive(Debug)]
pub(crate) struct Cursor {
    pub(crate) at: usize,
    pub(crate) end: usize,
    pub(crate) term: u8,
    pub(crate) weight: f32,
}

/// Per-term sums for one document at a time, kept across documents.
#[derive(Debug)]
pub(crate) struct Scratch {
    pub(crate) tf: [f32; MAX_TERMS],
    pub(crate) strength: [f32; MAX_TERMS],
    pub(crate) in_value: [f32; MAX_TERMS],
}

impl<'a> Index<'a> {
    /// The index in `bytes`, which [`Index::as_bytes`] gave, searched with
    /// `field_weights[f]` for a match in field `f` (as for
    /// [`IndexBuilder::new`](crate::IndexBuilder::new)); `None` if they are
    /// not an index of this version.
    #[must_use]
    pub fn from_bytes(bytes: &'a [u8], field_weights: &[f32]) -> Option<Index<'a>> {
        Index::new(Cow::Borrowed(bytes), field_weights)
    }

    pub(crate) fn from_parts(parts: &Parts, field_weights: &[f32]) -> Index<'static> {
        Index::new(Cow::Owned(parts.write()), field_weights).expect("the layout just written")
    }

    fn new(bytes: Cow<'a, [u8]>, field_weights: &[f32]) -> Option<Index<'a>> {
        let layout = Layout::read(&bytes)?;
        let mut index = Index {
            bytes,
            layout,
            field_weights: Vec::new(),
        };
        let fields: Vec<usize> = (0..layout.field_count)
            .map(|f| index.tables().field(f))
            .collect();
        index.field_weights = relative_weights(field_weights, &fields);
        Some(index)
    }

    /// The bytes of the index, to write to a file or compile in.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn tables(&self) -> Tables<'_> {
        Tables {
            bytes: &self.bytes,
            layout: &self.layout,
        }
    }

    /// Number of documents.
    #[must_use]
    pub fn len(&self) -> usize {
        self.layout.doc_count
    }

    /// Whether no document was added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.layout.doc_count == 0
    }

    /// The vocabulary terms a query term stands for, with the quality of
    /// each match (1 for exact).
    pub(crate) fn expand(&self, term: &Term, out: &mut Vec<(usize, f32)>) {
        out.clear();
        let tables = self.tables();
        let exact = tables.find(term.text.as_bytes());
        if let Some(id) = exact {
            out.push((id, 1.0));
        }
        if !term.latin {
            return;
        }
        if term.prefix && term.raw.chars().count() >= MIN_PREFIX_CHARS {
            let p = term.raw.as_bytes();
            let from = out.len();
            for id in tables.first_not_below(p)..self.layout.term_count {
                let t = tables.term(id);
                if !t.starts_with(p) {
                    break;
                }
                if exact != Some(id) {
                    let typed = count_f32(p.len()) / count_f32(t.len());
                    out.push((id, PREFIX_QUALITY + 0.3 * typed));
                }
            }
            keep_best(out, from);
        }
        if out.is_empty() && term.edits > 0 {
            self.expand_typos(term, out);
        }
    }

    pub(crate) fn expand_typos(&self, term: &Term, out: &mut Vec<(usize, f32)>) {
        let k = usize::from(term.edits);
        let q = &term.chars;
        let mask = char_mask(q);
        let tables = self.tables();
        let mut chars = Vec::with_capacity(MAX_FUZZY_CHARS + 2);
        for len in q.len().saturating_sub(k)..=q.len() + k {
            let Some(range) = tables.fuzzy_of_len(len) else {
                break;
            };
            for entry in range {
                let (entry_mask, id) = tables.fuzzy(entry);
                if (mask & !entry_mask).count_ones() as usize > k
                    || (entry_mask & !mask).count_ones() as usize > k
                {
                    continue;
                }
                chars.clear();
                chars.extend(String::from_utf8_lossy(tables.term(id)).chars());
                if let Some(d) = distance_within(q, &chars, k) {
                    let quality = if d <= 1 {
                        ONE_EDIT_QUALITY
                    } else {
                        TWO_EDITS_QUALITY
                    };
                    out.push((id, quality));
                }
            }
        }
        keep_best(out, 0);
    }

    /// Finds the documents matching `query`, best first: more query words
    /// matched first, then higher score. Documents with no score are left
    /// out, and a query without terms finds nothing (list everything then).
    #[must_use]
    pub fn search(&self, query: &Query) -> Vec<Match> {
        // One cursor per vocabulary term the query stands for; their
        // postings are merged by document with a heap, so documents come
        // out in order without sorting or copying all the hits.
        let tables = self.tables();
        let mut cursors = Vec::new();
        let mut expansions = Vec::new();
        for (t, term) in query.terms.iter().enumerate() {
            self.expand(term, &mut expansions);
            for &(id, quality) in &expansions {
                let weight = quality * tables.idf(id) * term.weight;
                let postings = tables.postings_of(id);
                cursors.push(Cursor {
                    at: postings.start,
                    end: postings.end,
                    term: u8::try_from(t).unwrap_or(u8::MAX),
                    weight,
                });
            }
        }
        let mut heap: BinaryHeap<Reverse<(u32, usize)>> = cursors
            .iter()
            .enumerate()
            .filter(|(_, c)| c.at < c.end)
            .map(|(i, c)| Reverse((tables.posting_doc(c.at), i)))
            .collect();
        let words = Words::new(query);
        let mut scratch = Scratch {
            tf: [0.0; MAX_TERMS],
            strength: [0.0; MAX_TERMS],
            in_value: [0.0; MAX_TERMS],
        };
        let mut hits = Vec::new();
        let mut results = Vec::new();
        while let Some(&Reverse((doc, _))) = heap.peek() {
            hits.clear();
            while let Some(&Reverse((d, i))) = heap.peek()
                && d == doc
            {
                heap.pop();
                let c = &mut cursors[i];
                while c.at < c.end && tables.posting_doc(c.at) == doc {
                    let p = tables.posting(c.at);
                    hits.push(Hit {
                        field: p.field,
                        index: p.index,
                        weight: if p.start {
                            c.weight
                        } else {
                            c.weight * INSIDE_WORD
                        },
                        norm: self.field_weights[p.field as usize] / p.norm,
                        pos: p.pos,
                        term: c.term,
                    });
                    c.at += 1;
                }
                if c.at < c.end {
                    heap.push(Reverse((tables.posting_doc(c.at), i)));
                }
            }
            // Fields past the 65536th would only share sort keys, not break.
            hits.sort_unstable_by_key(|h| {
                u64::from(h.field.min(0xFFFF)) << 48 | u64::from(h.index) << 16 | u64::from(h.pos)
            });
            if let Some(m) = self.score(&words, doc as usize, &hits, &mut scratch) {
                results.push(m);
            }
        }
        // Scores are positive and finite, so their bits order like them.
        results.sort_unstable_by_key(|m| {
            (Reverse(m.terms_matched), Reverse(m.score.to_bits()), m.doc)
        });
        results
    }

    /// Scores one document from its hits, ordered by value and position.
    pub(crate) fn score(
        &self,
        words: &Words,
        doc: usize,
        hits: &[Hit],
        scratch: &mut Scratch,
    ) -> Option<Match> {
        let Scratch {
            tf,
            strength,
            in_value,
        } = scratch;
        let mut seen = 0u64;
        let mut best = (0.0f32, hits[0].field, hits[0].index);
        let mut proximity = 0.0f32;
        for group in hits.chunk_by(|a, b| (a.field, a.index) == (b.field, b.index)) {
            let mut here = 0u64;
            let mut value_sum = 0.0f32;
            let mut near = 0.0f32;
            for (k, h) in group.iter().enumerate() {
                let t = usize::from(h.term);
                let bit = 1u64 << t;
                if seen & bit == 0 {
                    seen |= bit;
                    tf[t] = h.norm;
                    strength[t] = h.weight;
                } else {
                    tf[t] += h.norm;
                    strength[t] = strength[t].max(h.weight);
                }
                if here & bit == 0 {
                    here |= bit;
                    in_value[t] = h.weight;
                    value_sum += h.weight;
                } else if h.weight > in_value[t] {
                    value_sum += h.weight - in_value[t];
                    in_value[t] = h.weight;
                }
                // The strongest neighbour of another term just before this one.
                let mut pair = 0.0f32;
                for p in group[..k].iter().rev().take(LOOK_BACK) {
                    let gap = h.pos - p.pos;
                    if gap > MAX_GAP {
                        break;
                    }
                    if gap > 0 && p.term != h.term {
                        pair = pair.max(p.weight.min(h.weight) / f32::from(gap));
                    }
                }
                near += pair;
            }
            let field_weight = self.field_weights[group[0].field as usize];
            let near = PROXIMITY * near * field_weight;
            proximity = proximity.max(near);
            let value_score = value_sum * field_weight + near;
            if value_score > best.0 {
                best = (value_score, group[0].field, group[0].index);
            }
        }
        let mut relevance = proximity;
        let mut rest = seen;
        while rest != 0 {
            let t = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            relevance += strength[t] * tf[t] * (K1 + 1.0) / (tf[t] + K1);
        }
        let (coverage, matched) = words.coverage(seen);
        let score = relevance * coverage;
        (score > 0.0).then(|| Match {
            doc: self.tables().doc(doc),
            score,
            terms_matched: matched,
            best: (self.tables().field(best.1 as usize), best.2 as usize),
        })
    }

    /// The query's terms looked up in the vocabulary once, to test and
    /// mark any number of texts with (the labels of a page of results).
    #[must_use]
    pub fn marker<'m>(&'m self, query: &'m Query) -> Marker<'m> {
        let mut ids: Vec<(usize, usize)> = Vec::new();
        let mut expansions = Vec::new();
        for (t, term) in query.terms.iter().enumerate() {
            self.expand(term, &mut expansions);
            ids.extend(expansions.iter().map(|&(id, _)| (id, t)));
        }
        ids.sort_unstable();
        Marker {
            tables: self.tables(),
            query,
            ids,
            words: Words::new(query),
        }
    }
}

/// What [`Index::marker`] made of a query: the vocabulary terms of each
/// query term, as (term id, query term) sorted by term id.
#[derive(Debug)]
pub struct Marker<'m> {
    tables: Tables<'m>,
    query: &'m Query,
    ids: Vec<(usize, usize)>,
    words: Words,
}

impl Marker<'_> {
    /// Calls `hit` with the byte range and the bit set of query terms of
    /// each token of `text` that a query term stands for (the same words,
    /// stems, prefixes, typo corrections and bigrams searching used), and
    /// with an empty set for a code typed.
    fn tokens(&self, text: &str, mut hit: impl FnMut(Range<usize>, u64)) {
        Analyzer::default().analyze(text, |token| {
            if let Some(code) = token.code {
                if self.query.codes.contains(&code) {
                    hit(token.range, 0);
                }
                return;
            }
            let Some(id) = self.tables.find(token.term.as_bytes()) else {
                return;
            };
            let from = self.ids.partition_point(|&(i, _)| i < id);
            let terms = self.ids[from..]
                .iter()
                .take_while(|&&(i, _)| i == id)
                .fold(0u64, |terms, &(_, t)| terms | 1 << t);
            if terms != 0 {
                hit(token.range, terms);
            }
        });
    }

    /// Whether `text` (a title shown in a list, say) matches every word of
    /// the query as a search counts a word matched: by its own term, a
    /// stem, prefix or typo correction of it, or half of its CJK bigrams
    /// (by weight). A query without words covers nothing.
    #[must_use]
    pub fn covers(&self, text: &str) -> bool {
        if self.words.words.is_empty() {
            return false;
        }
        let mut seen = 0u64;
        self.tokens(text, |_, terms| seen |= terms);
        self.words.coverage(seen).1 == self.words.words.len()
    }

    /// Byte ranges of `text` (one of the indexed values, or any text) that
    /// the query matched, ordered and merged, for highlighting: the same
    /// words, stems, prefixes, typo corrections and bigrams that searching
    /// used, and the codes typed.
    #[must_use]
    pub fn highlight(&self, text: &str) -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> = Vec::new();
        self.tokens(text, |range, _| ranges.push(range));
        ranges.sort_unstable_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

/// Keeps the `MAX_EXPANSIONS` best expansions from `from` on.
pub(crate) fn keep_best(out: &mut Vec<(usize, f32)>, from: usize) {
    if out.len() - from > MAX_EXPANSIONS {
        out[from..].sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(from + MAX_EXPANSIONS);
    }
}

/// The weight of each field in `fields` relative to the heaviest; a field
/// without a weight counts 1, a negative or non-finite one 0.
pub(crate) fn relative_weights(weights: &[f32], fields: &[usize]) -> Vec<f32> {
    let given: Vec<f32> = fields
        .iter()
        .map(|&f| {
            let w = weights.get(f).copied().unwrap_or(1.0);
            if w > 0.0 && w.is_finite() { w } else { 0.0 }
        })
        .collect();
    let heaviest = given.iter().copied().fold(0.0, f32::max);
    given
        .iter()
        .map(|&w| if heaviest > 0.0 { w / heaviest } else { 0.0 })
        .collect()
}
