//! The index as one block of bytes, which [`crate::IndexBuilder`] writes
//! and a program can compile in with `include_bytes!`: little-endian
//! integers in sections of fixed-size records, read in place. It holds no
//! pointers, so nothing is relocated when the program starts, and a query
//! reads only the pages of the terms and postings it looks at.
//!
//! After an 8-byte mark and a header of counts come, in this order: the
//! caller's id of each document, the field ids, where each term ends in the
//! vocabulary, where each term's postings begin, each term's IDF, the
//! postings, the typo table by word length and its entries, and the sorted
//! vocabulary as UTF-8.

use std::ops::Range;

/// The first bytes of an index, and its format's version.
const MARK: [u8; 8] = *b"hdxidx01";
/// Counts in the header, each a `u32`.
const COUNTS: usize = 7;
pub(crate) const POSTING_BYTES: usize = 16;
const FUZZY_BYTES: usize = 8;

/// One occurrence of a term: everything scoring needs, so that no other
/// table is looked up per document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Posting {
    pub(crate) doc: u32,
    /// Index into the index's fields.
    pub(crate) field: u32,
    /// Number of the value within its document's field.
    pub(crate) index: u32,
    /// BM25's length normalisation of the value: `1 - b + b * len / avg`.
    pub(crate) norm: f32,
    pub(crate) pos: u16,
    pub(crate) start: bool,
}

/// What an index holds, as the builder has it before writing.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    pub(crate) docs: Vec<u32>,
    pub(crate) fields: Vec<u32>,
    /// Sorted vocabulary.
    pub(crate) terms: Vec<Box<str>>,
    /// Postings of term `t`: `postings[offsets[t]..offsets[t + 1]]`.
    pub(crate) offsets: Vec<u32>,
    pub(crate) idf: Vec<f32>,
    pub(crate) postings: Vec<Posting>,
    /// Typo entries of words of `n` characters:
    /// `fuzzy[fuzzy_starts[n]..fuzzy_starts[n + 1]]`.
    pub(crate) fuzzy_starts: Vec<u32>,
    /// (bit set of the word's characters, term id).
    pub(crate) fuzzy: Vec<(u32, u32)>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).expect("an index of fewer than 2^32 items")
}

impl Parts {
    /// The bytes of the index.
    pub(crate) fn write(&self) -> Vec<u8> {
        let vocabulary: usize = self.terms.iter().map(|t| t.len()).sum();
        let mut out = Vec::with_capacity(
            MARK.len()
                + 4 * (COUNTS + self.docs.len() + self.fields.len() + 3 * self.terms.len() + 1)
                + POSTING_BYTES * self.postings.len()
                + 4 * self.fuzzy_starts.len()
                + FUZZY_BYTES * self.fuzzy.len()
                + vocabulary,
        );
        out.extend_from_slice(&MARK);
        for n in [
            self.docs.len(),
            self.fields.len(),
            self.terms.len(),
            self.postings.len(),
            self.fuzzy_starts.len(),
            self.fuzzy.len(),
            vocabulary,
        ] {
            out.extend_from_slice(&count(n).to_le_bytes());
        }
        let mut put = |n: u32| out.extend_from_slice(&n.to_le_bytes());
        self.docs.iter().for_each(|&d| put(d));
        self.fields.iter().for_each(|&f| put(f));
        let mut end = 0;
        for term in &self.terms {
            end += term.len();
            put(count(end));
        }
        self.offsets.iter().for_each(|&o| put(o));
        self.idf.iter().for_each(|idf| put(idf.to_bits()));
        for p in &self.postings {
            put(p.doc);
            put(p.norm.to_bits());
            put(p.index);
            put(u32::from(p.pos) | u32::from(p.start) << 16 | p.field.min(0xFF) << 24);
        }
        self.fuzzy_starts.iter().for_each(|&s| put(s));
        for &(mask, term) in &self.fuzzy {
            put(mask);
            put(term);
        }
        for term in &self.terms {
            out.extend_from_slice(term.as_bytes());
        }
        out
    }
}

/// Where each section of an index's bytes starts, and its item count.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    docs: usize,
    fields: usize,
    term_ends: usize,
    offsets: usize,
    idf: usize,
    postings: usize,
    fuzzy_starts: usize,
    fuzzy: usize,
    vocabulary: usize,
    pub(crate) doc_count: usize,
    pub(crate) field_count: usize,
    pub(crate) term_count: usize,
    fuzzy_lengths: usize,
}

impl Layout {
    /// The layout of `bytes`, if they are an index of this format whose
    /// sections add up to its length.
    pub(crate) fn read(bytes: &[u8]) -> Option<Layout> {
        if bytes.get(..MARK.len())? != MARK {
            return None;
        }
        let counts: Vec<usize> = (0..COUNTS)
            .map(|i| u32_at(bytes, MARK.len() + 4 * i).map(|n| n as usize))
            .collect::<Option<_>>()?;
        let [
            docs,
            fields,
            terms,
            postings,
            fuzzy_starts,
            fuzzy,
            vocabulary,
        ] = counts[..]
        else {
            return None;
        };
        let mut at = MARK.len() + 4 * COUNTS;
        let mut section = |bytes: usize| {
            let start = at;
            at = at.checked_add(bytes)?;
            Some(start)
        };
        let layout = Layout {
            docs: section(4 * docs)?,
            fields: section(4 * fields)?,
            term_ends: section(4 * terms)?,
            offsets: section(4 * (terms + 1))?,
            idf: section(4 * terms)?,
            postings: section(POSTING_BYTES * postings)?,
            fuzzy_starts: section(4 * fuzzy_starts)?,
            fuzzy: section(FUZZY_BYTES * fuzzy)?,
            vocabulary: section(vocabulary)?,
            doc_count: docs,
            field_count: fields,
            term_count: terms,
            fuzzy_lengths: fuzzy_starts.saturating_sub(1),
        };
        (at == bytes.len()).then_some(layout)
    }
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// An index's bytes read through their layout. Items are read where they
/// lie; the layout has checked the sections' sizes, and what they hold is
/// the builder's own output.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tables<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) layout: &'a Layout,
}

impl<'a> Tables<'a> {
    fn u32(self, at: usize) -> u32 {
        u32_at(self.bytes, at).unwrap_or(0)
    }

    /// The caller's id of internal document `d`.
    pub(crate) fn doc(self, d: usize) -> usize {
        self.u32(self.layout.docs + 4 * d) as usize
    }

    /// The caller's id of field slot `f`.
    pub(crate) fn field(self, f: usize) -> usize {
        self.u32(self.layout.fields + 4 * f) as usize
    }

    /// Vocabulary term `t`, as UTF-8 bytes.
    pub(crate) fn term(self, t: usize) -> &'a [u8] {
        let start = match t {
            0 => 0,
            _ => self.u32(self.layout.term_ends + 4 * (t - 1)) as usize,
        };
        let end = self.u32(self.layout.term_ends + 4 * t) as usize;
        let vocabulary = self.layout.vocabulary;
        self.bytes
            .get(vocabulary + start..vocabulary + end)
            .unwrap_or_default()
    }

    /// The id of `term`, if it is in the vocabulary.
    pub(crate) fn find(self, term: &[u8]) -> Option<usize> {
        let first = self.first_not_below(term);
        (first < self.layout.term_count && self.term(first) == term).then_some(first)
    }

    /// The first term id whose term is not below `term` (UTF-8 bytes order
    /// as the strings do).
    pub(crate) fn first_not_below(self, term: &[u8]) -> usize {
        let (mut lo, mut hi) = (0, self.layout.term_count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid) < term {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Where the postings of term `t` are.
    pub(crate) fn postings_of(self, t: usize) -> Range<usize> {
        let at = self.layout.offsets + 4 * t;
        self.u32(at) as usize..self.u32(at + 4) as usize
    }

    pub(crate) fn idf(self, t: usize) -> f32 {
        f32::from_bits(self.u32(self.layout.idf + 4 * t))
    }

    /// The document of posting `i`, all that merging looks at.
    pub(crate) fn posting_doc(self, i: usize) -> u32 {
        self.u32(self.layout.postings + POSTING_BYTES * i)
    }

    pub(crate) fn posting(self, i: usize) -> Posting {
        let at = self.layout.postings + POSTING_BYTES * i;
        let packed = self.u32(at + 12);
        Posting {
            doc: self.u32(at),
            norm: f32::from_bits(self.u32(at + 4)),
            index: self.u32(at + 8),
            pos: (packed & 0xFFFF) as u16,
            start: packed >> 16 & 1 == 1,
            field: packed >> 24,
        }
    }

    /// The typo entries of words of `len` characters, if any are that long.
    pub(crate) fn fuzzy_of_len(self, len: usize) -> Option<Range<usize>> {
        (len < self.layout.fuzzy_lengths).then(|| {
            let at = self.layout.fuzzy_starts + 4 * len;
            self.u32(at) as usize..self.u32(at + 4) as usize
        })
    }

    /// Typo entry `i`: the bit set of its characters, and its term id.
    pub(crate) fn fuzzy(self, i: usize) -> (u32, usize) {
        let at = self.layout.fuzzy + FUZZY_BYTES * i;
        (self.u32(at), self.u32(at + 4) as usize)
    }
}
