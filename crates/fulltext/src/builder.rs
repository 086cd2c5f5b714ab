//! Building an index in memory: analysing every value, the vocabulary,
//! the postings grouped by term, and the typo tables.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::hash::Hasher;
use std::ops::Range;

use crate::analyze::{Analyzer, Token};
use crate::fuzzy::typo_table;
use crate::index::Index;
use crate::tables::{Parts, Posting};
use crate::{B, count_f32, to_u32};

/// Collects the documents' text; see [`IndexBuilder::add`].
#[derive(Debug, Clone)]
pub struct IndexBuilder {
    weights: Vec<f32>,
    /// Every value's text, one after the other.
    text: String,
    values: Vec<Value>,
}

/// A value added: its document, field and place in [`IndexBuilder::text`].
#[derive(Debug, Clone)]
pub(crate) struct Value {
    pub(crate) doc: usize,
    pub(crate) field: usize,
    pub(crate) text: Range<usize>,
}

/// A posting as analysis finds it: the id of its term (in the order terms
/// were first seen); its value's posting says the rest.
#[derive(Debug)]
pub(crate) struct Found {
    pub(crate) term: u32,
    pub(crate) pos: u16,
    pub(crate) start: bool,
}

impl IndexBuilder {
    /// `field_weights[f]` is how much a match in field `f` counts (only the
    /// ratios matter); a field without a weight counts 1, a negative or
    /// non-finite weight 0.
    #[must_use]
    pub fn new(field_weights: &[f32]) -> IndexBuilder {
        IndexBuilder {
            weights: field_weights.to_vec(),
            text: String::new(),
            values: Vec::new(),
        }
    }

    /// Adds one value of field `field` of document `doc`. A field may have
    /// many values (one per situation, say), numbered from 0 in the order
    /// added; [`Match::best`] refers to them by that number.
    pub fn add(&mut self, doc: usize, field: usize, text: &str) {
        let start = self.text.len();
        self.text.push_str(text);
        self.values.push(Value {
            doc,
            field,
            text: start..self.text.len(),
        });
    }

    /// Builds the index: vocabulary, postings and the typo-matching tables.
    #[must_use]
    pub fn build(self) -> Index<'static> {
        let IndexBuilder {
            weights,
            text,
            mut values,
        } = self;
        values.sort_by_key(|v| (v.doc, v.field));
        let mut docs: Vec<usize> = values.iter().map(|v| v.doc).collect();
        docs.dedup();
        let mut fields: Vec<usize> = values.iter().map(|v| v.field).collect();
        fields.sort_unstable();
        fields.dedup();

        let mut vocabulary = Vocabulary::new();
        // About the postings of mixed text (two per CJK character of three
        // bytes, a little over one per English word), to spare regrowing.
        let mut found: Vec<Found> = Vec::with_capacity(text.len() / 2);
        let mut lengths: Vec<(usize, u32)> = Vec::with_capacity(values.len());
        // The posting of each value but for position and start, and where
        // its tokens end in `found`.
        let mut heads: Vec<(Posting, usize)> = Vec::with_capacity(values.len());
        let mut analyzer = Analyzer::default();
        let mut doc = 0;
        let mut previous = None;
        for Value {
            doc: doc_id,
            field,
            text: range,
        } in &values
        {
            if docs[doc] != *doc_id {
                doc += 1;
            }
            let index = match previous {
                Some((d, f, i)) if d == *doc_id && f == *field => i + 1,
                _ => 0,
            };
            previous = Some((*doc_id, *field, index));
            let slot = fields.binary_search(field).unwrap_or(0);
            let mut len = 0u32;
            analyzer.analyze(&text[range.clone()], |token| {
                len = len.max(token.pos.saturating_add(1));
                if token.code.is_none() {
                    found.push(Found {
                        term: vocabulary.id(&token),
                        pos: u16::try_from(token.pos).unwrap_or(u16::MAX),
                        start: token.start,
                    });
                }
            });
            lengths.push((slot, len));
            let head = Posting {
                doc: to_u32(doc),
                field: to_u32(slot),
                index: to_u32(index),
                norm: 0.0,
                pos: 0,
                start: false,
            };
            heads.push((head, found.len()));
        }

        // BM25 length normalisation, per field; the field weights are
        // applied when searching, so that one index serves any weights.
        let mut total = vec![(0usize, 0usize); fields.len()];
        for &(slot, len) in &lengths {
            total[slot].0 += len as usize;
            total[slot].1 += 1;
        }
        for ((head, _), &(slot, len)) in heads.iter_mut().zip(&lengths) {
            let (sum, count) = total[slot];
            let average = (count_f32(sum) / count_f32(count)).max(1.0);
            let relative = count_f32(len as usize) / average;
            head.norm = 1.0 - B + B * relative;
        }

        let (terms, rank) = vocabulary.into_sorted();
        let (offsets, postings) = group_postings(&found, &heads, &rank, terms.len());
        let n = count_f32(docs.len());
        let idf = offsets
            .windows(2)
            .map(|w| {
                let list = &postings[w[0]..w[1]];
                let df = 1 + list.windows(2).filter(|w| w[0].doc != w[1].doc).count();
                let df = count_f32(df);
                // The libm crate's logf is compiled in; f32::ln would link
                // the system's libm, loaded at every start for this alone.
                libm::logf(1.0 + (n - df + 0.5) / (df + 0.5))
            })
            .collect();
        let (fuzzy_starts, fuzzy) = typo_table(&terms);
        let parts = Parts {
            docs: docs.iter().map(|&d| to_u32(d)).collect(),
            fields: fields.iter().map(|&f| to_u32(f)).collect(),
            terms,
            offsets: offsets.iter().map(|&o| to_u32(o)).collect(),
            idf,
            postings,
            fuzzy_starts,
            fuzzy,
        };
        Index::from_parts(&parts, &weights)
    }
}

/// The postings of every term in a row, and where each term's begin: a
/// counting sort of the postings found, which keeps them in the order found
/// (by value and position) within each term. `heads` are the postings of
/// each value but for position and start, and where its tokens end in
/// `found`; `rank` is each term id's place in the vocabulary.
pub(crate) fn group_postings(
    found: &[Found],
    heads: &[(Posting, usize)],
    rank: &[usize],
    terms: usize,
) -> (Vec<usize>, Vec<Posting>) {
    let mut offsets = vec![0; terms + 1];
    for f in found {
        offsets[rank[f.term as usize] + 1] += 1;
    }
    for t in 1..offsets.len() {
        offsets[t] += offsets[t - 1];
    }
    let mut next = offsets.clone();
    let mut postings = vec![
        Posting {
            doc: 0,
            field: 0,
            index: 0,
            norm: 0.0,
            pos: 0,
            start: false,
        };
        found.len()
    ];
    let mut from = 0;
    for &(head, end) in heads {
        for f in &found[from..end] {
            let at = &mut next[rank[f.term as usize]];
            postings[*at] = Posting {
                pos: f.pos,
                start: f.start,
                ..head
            };
            *at += 1;
        }
        from = end;
    }
    (offsets, postings)
}

/// The terms of the index while it is built, each with an id in the order
/// first seen. Looking terms up is most of the work of building, so CJK
/// grams are looked up as numbers, and single kana and common ideographs
/// straight by their code point.
#[derive(Debug)]
pub(crate) struct Vocabulary {
    pub(crate) words: HashMap<Box<str>, u32, BuildHasherDefault<TermHasher>>,
    pub(crate) grams: HashMap<u64, u32, BuildHasherDefault<TermHasher>>,
    /// The id plus one of each character of [`DIRECT`] as a unigram; 0 for
    /// none yet.
    pub(crate) chars: Vec<u32>,
    pub(crate) len: u32,
}

/// Kana, CJK punctuation and the main block of ideographs.
pub(crate) const DIRECT: Range<u32> = 0x3000..0xA000;

impl Vocabulary {
    pub(crate) fn new() -> Vocabulary {
        Vocabulary {
            words: HashMap::default(),
            grams: HashMap::default(),
            chars: vec![0; DIRECT.len()],
            len: 0,
        }
    }

    /// The id of a token's term, new if the term is.
    pub(crate) fn id(&mut self, token: &Token<'_>) -> u32 {
        let next = self.len;
        let id = match token.gram {
            Some(key) if key as u32 == 0 && DIRECT.contains(&((key >> 32) as u32)) => {
                let slot = &mut self.chars[((key >> 32) as u32 - DIRECT.start) as usize];
                if *slot == 0 {
                    *slot = next + 1;
                }
                *slot - 1
            }
            Some(key) => *self.grams.entry(key).or_insert(next),
            None => {
                if let Some(&id) = self.words.get(token.term) {
                    id
                } else {
                    self.words.insert(token.term.into(), next);
                    next
                }
            }
        };
        if id == next {
            self.len += 1;
        }
        id
    }

    /// The terms sorted, and the place of each id among them.
    pub(crate) fn into_sorted(self) -> (Vec<Box<str>>, Vec<usize>) {
        let mut by_id: Vec<Box<str>> = vec![Box::default(); self.len as usize];
        for (term, id) in self.words {
            by_id[id as usize] = term;
        }
        for (key, id) in self.grams {
            by_id[id as usize] = gram_text(key);
        }
        for (c, id) in DIRECT.zip(self.chars).filter(|&(_, id)| id > 0) {
            by_id[id as usize - 1] = gram_text(u64::from(c) << 32);
        }
        // Comparing the first bytes as a number orders like the strings
        // where they differ, and spares most of the string comparisons.
        let mut order: Vec<(u64, u32)> = (0..self.len)
            .map(|id| (sort_key(&by_id[id as usize]), id))
            .collect();
        order.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| by_id[a.1 as usize].cmp(&by_id[b.1 as usize]))
        });
        let mut rank = vec![0; order.len()];
        let terms = order
            .iter()
            .enumerate()
            .map(|(r, &(_, id))| {
                rank[id as usize] = r;
                std::mem::take(&mut by_id[id as usize])
            })
            .collect();
        (terms, rank)
    }
}

/// The term whose [`gram_key`] is `key`.
pub(crate) fn gram_text(key: u64) -> Box<str> {
    let chars =
        [key >> 32, key & 0xFFFF_FFFF].map(|c| char::from_u32(c as u32).filter(|&c| c != '\0'));
    // Exactly the capacity needed, so the box takes the string's buffer.
    let mut text = String::with_capacity(chars.iter().flatten().map(|c| c.len_utf8()).sum());
    text.extend(chars.into_iter().flatten());
    text.into_boxed_str()
}

/// The first 8 bytes of a term, big-endian and padded with zeros.
pub(crate) fn sort_key(term: &str) -> u64 {
    let bytes = term.as_bytes();
    (0..8).fold(0, |key, i| {
        key << 8 | u64::from(bytes.get(i).copied().unwrap_or(0))
    })
}

/// A hash for the vocabulary while it is built: terms are short, so eight
/// bytes at a time with one multiplication (as rustc's `FxHasher`), and a
/// final mix for the low bits the table uses. `SipHash`, the default, resists
/// keys chosen to collide, which text the program ships with never is, and
/// was much of the cost of building.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct TermHasher(u64);

impl TermHasher {
    pub(crate) fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for TermHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut b = [0; 8];
            b.copy_from_slice(word);
            self.mix(u64::from_le_bytes(b));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            // Byte by byte: copying a slice of unknown length calls `memcpy`.
            let word = (0..)
                .zip(rest)
                .fold(0, |w, (i, &b)| w | u64::from(b) << (8 * i));
            self.mix(word);
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.mix(u64::from(byte));
    }

    fn write_u64(&mut self, word: u64) {
        self.mix(word);
    }

    fn finish(&self) -> u64 {
        // The finaliser of MurmurHash3.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}
