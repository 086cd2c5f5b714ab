//! Tokenisation of document values: Latin words and their parts, stop
//! words, stemming, joined compounds, and CJK unigrams and bigrams.

use std::ops::Range;

use crate::normalize::{JOINER, LOWER, NChar, SEGMENT_BREAK, UPPER, WORD, normalize_into};
use crate::to_u32;

/// A run of normalised characters: a Latin (space-delimited) word with its
/// joiners, or a run of CJK characters.
#[derive(Debug, Clone)]
pub(crate) enum Chunk {
    Latin(Range<usize>),
    Cjk(Range<usize>),
}

/// The chunks of a normalised text, in order.
pub(crate) fn chunks(norm: &[NChar]) -> impl Iterator<Item = Chunk> {
    let latin = move |i: usize| norm.get(i).is_some_and(|n| n.is(WORD));
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < norm.len() {
            let start = i;
            if norm[i].script.is_some() {
                while i < norm.len() && norm[i].script.is_some() {
                    i += 1;
                }
                return Some(Chunk::Cjk(start..i));
            } else if latin(i) {
                i += 1;
                loop {
                    if latin(i) {
                        i += 1;
                    } else if norm.get(i).is_some_and(|n| n.is(JOINER)) && latin(i + 1) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                return Some(Chunk::Latin(start..i));
            }
            i += 1;
        }
        None
    })
}

/// One part of a Latin chunk (indices into the normalised text) and the
/// number of the path segment it is in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Part {
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    pub(crate) segment: usize,
}

/// Splits a Latin chunk at joiners and camelCase humps: `HTTPStatusCode` →
/// `HTTP Status Code`; an acronym's plural (`APIs`) stays whole.
pub(crate) fn latin_parts(norm: &[NChar], chunk: Range<usize>, parts: &mut Vec<Part>) {
    parts.clear();
    let end = chunk.end;
    let lower_at = |i: usize| i < end && norm[i].is(LOWER);
    let mut segment = 0;
    let mut lo = chunk.start;
    let mut upper_run = 0;
    // The case of the character before, when it is in the current part.
    let (mut prev_lower, mut prev_upper) = (false, false);
    for i in chunk {
        let n = norm[i];
        if n.is(JOINER) {
            if lo < i {
                parts.push(Part { lo, hi: i, segment });
            }
            if n.is(SEGMENT_BREAK) {
                segment += 1;
            }
            lo = i + 1;
            upper_run = 0;
            continue;
        }
        let upper = n.is(UPPER);
        if i > lo {
            let hump = prev_lower && upper;
            let acronym_end =
                prev_upper && upper && upper_run >= 2 && lower_at(i + 1) && lower_at(i + 2);
            if hump || acronym_end {
                parts.push(Part { lo, hi: i, segment });
                lo = i;
                upper_run = 0;
            }
        }
        upper_run = if upper { upper_run + 1 } else { 0 };
        (prev_lower, prev_upper) = (n.is(LOWER), upper);
    }
    if lo < end {
        parts.push(Part {
            lo,
            hi: end,
            segment,
        });
    }
}

/// The lowercased parts of a Latin chunk, run together in one string (so a
/// compound is a slice of it), with what each part is.
#[derive(Debug, Default)]
pub(crate) struct Lowered {
    pub(crate) text: String,
    /// Where each part ends in `text`; the next one starts there.
    pub(crate) ends: Vec<usize>,
    pub(crate) kinds: Vec<PartKind>,
}

impl Lowered {
    pub(crate) fn fill(&mut self, norm: &[NChar], parts: &[Part]) {
        self.text.clear();
        self.ends.clear();
        self.kinds.clear();
        for &part in parts {
            let start = self.text.len();
            push_lowercase(norm, part, &mut self.text);
            self.ends.push(self.text.len());
            self.kinds.push(part_kind(&self.text[start..]));
        }
    }

    pub(crate) fn start(&self, k: usize) -> usize {
        if k == 0 { 0 } else { self.ends[k - 1] }
    }

    /// Part `k`, lowercased.
    pub(crate) fn word(&self, k: usize) -> &str {
        &self.text[self.start(k)..self.ends[k]]
    }

    /// The text of a compound: the lowercased parts of `span` run together.
    /// None when it would say no more than its parts (one part, or stop
    /// words only).
    pub(crate) fn compound(&self, span: Range<usize>) -> Option<&str> {
        if span.len() < 2 || !self.kinds[span.clone()].contains(&PartKind::Word) {
            return None;
        }
        Some(&self.text[self.start(span.start)..self.ends[span.end - 1]])
    }
}

/// Appends the part lowercased; an acronym's plural loses its `s` (`APIs` →
/// `api`), which the stemmer could not tell from `analysis`.
pub(crate) fn push_lowercase(norm: &[NChar], part: Part, out: &mut String) {
    let chars = &norm[part.lo..part.hi];
    let acronym_plural = chars.len() >= 3
        && chars[chars.len() - 1].c == 's'
        && chars[..chars.len() - 1].iter().all(|n| n.is(UPPER));
    let chars = if acronym_plural {
        &chars[..chars.len() - 1]
    } else {
        chars
    };
    for n in chars {
        if n.c.is_ascii() {
            out.push(n.c.to_ascii_lowercase());
        } else {
            out.extend(n.c.to_lowercase());
        }
    }
}

/// What a Latin part is, besides a plain word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartKind {
    Word,
    Stop,
    Code(u16),
    Class(u8),
}

pub(crate) fn part_kind(word: &str) -> PartKind {
    let b = word.as_bytes();
    if b.len() == 3 && b.iter().all(u8::is_ascii_digit) {
        let code = b.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
        return PartKind::Code(code);
    }
    if b.len() == 3 && (b'1'..=b'5').contains(&b[0]) && &b[1..] == b"xx" {
        return PartKind::Class(b[0] - b'0');
    }
    let mut chars = word.chars();
    let single_letter = chars.next().is_some() && chars.next().is_none() && !b[0].is_ascii_digit();
    if single_letter || is_stop_word(word) {
        PartKind::Stop
    } else {
        PartKind::Word
    }
}

/// English words that say nothing about which status code is meant, sorted.
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "about", "also", "am", "an", "and", "any", "appropriate", "are", "as", "at", "be",
    "been", "being", "best", "better", "between", "but", "by", "can", "code", "codes",
    "correct", "could", "did", "difference", "do", "does", "for", "from", "had", "happen",
    "happens", "has", "have", "how", "http", "if", "in", "into", "is", "it", "its", "just",
    "me", "mean", "meaning", "means", "my", "of", "on", "one", "or", "our", "please",
    "proper", "response", "responses", "return", "returned", "returning", "returns", "right",
    "should", "so", "some", "status", "statuses", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "to", "use", "used", "uses", "using",
    "versus", "vs", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "why", "will", "with", "would", "you", "your",
];

/// [`STOP_WORDS`] by a hash of their [`word_key`], with open addressing:
/// whether a word is a stop word is asked for every word indexed, and a
/// hash finds it in a step or two where a binary search compares strings
/// seven times.
pub(crate) const STOP_SLOTS: [u8; 512] = {
    assert!(STOP_WORDS.len() < u8::MAX as usize);
    let mut slots = [u8::MAX; 512];
    let mut i = 0;
    while i < STOP_WORDS.len() {
        let Some(key) = word_key(STOP_WORDS[i]) else {
            panic!("stop words are at most 16 bytes");
        };
        let mut slot = stop_slot(key);
        while slots[slot] != u8::MAX {
            slot = (slot + 1) % slots.len();
        }
        slots[slot] = i as u8;
        i += 1;
    }
    slots
};

/// A word of at most 16 bytes as a number, its bytes padded with zeros.
pub(crate) const fn word_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 16 {
        return None;
    }
    // Byte by byte: copying a slice of unknown length calls `memcpy`.
    let mut key = 0;
    let mut i = 0;
    while i < bytes.len() {
        key |= (bytes[i] as u128) << (8 * i);
        i += 1;
    }
    Some(key)
}

pub(crate) const fn stop_slot(key: u128) -> usize {
    let folded = key as u64 ^ (key >> 64) as u64;
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
}

pub(crate) fn is_stop_word(word: &str) -> bool {
    let Some(key) = word_key(word) else {
        return false;
    };
    let mut slot = stop_slot(key);
    loop {
        let i = usize::from(STOP_SLOTS[slot]);
        let Some(stop) = STOP_WORDS.get(i) else {
            return false;
        };
        // The same padded bytes and length: the same word.
        if stop.len() == word.len() && word_key(stop) == Some(key) {
            return true;
        }
        slot = (slot + 1) % STOP_SLOTS.len();
    }
}

/// Light English stemming, the same for documents and queries: plural and
/// verb endings, `-ly`, then a final `e`, so `expire`, `expires`, `expired`
/// and `expiring` all give `expir`. Only lowercase ASCII words are touched.
pub(crate) fn stem(word: &str) -> String {
    let mut s = String::new();
    stem_into(word, &mut s);
    s
}

/// [`stem`] into a buffer kept from one token to the next.
pub(crate) fn stem_into(word: &str, s: &mut String) {
    s.clear();
    s.push_str(word);
    let n = word.len();
    // Every rule below needs one of these at the end.
    let ending = matches!(
        word.as_bytes().last(),
        Some(b's' | b'd' | b'g' | b'y' | b'e')
    );
    if n < 4 || !ending || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return;
    }
    let has_vowel = |s: &str| s.bytes().any(|b| b"aeiouy".contains(&b));
    if n > 4 && (s.ends_with("ies") || s.ends_with("ied")) {
        s.truncate(n - 3);
        s.push('y');
    } else if n > 4
        && s.ends_with("es")
        && ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|e| s[..n - 2].ends_with(e))
    {
        s.truncate(n - 2);
    } else if s.ends_with('s') && !["ss", "us", "is"].iter().any(|e| s.ends_with(e)) {
        s.truncate(n - 1);
    } else if s.ends_with("eed") {
        // need, proceed: not a past tense
    } else if s.ends_with("ed") && n >= 5 && has_vowel(&s[..n - 2]) {
        s.truncate(n - 2);
        undouble(s);
    } else if s.ends_with("ing") && n >= 6 && has_vowel(&s[..n - 3]) {
        s.truncate(n - 3);
        undouble(s);
    } else if s.ends_with("ily") && n > 7 {
        s.truncate(n - 3);
        s.push('y');
    } else if s.ends_with("ly") && n > 6 {
        s.truncate(n - 2);
    }
    if s.len() >= 4 && s.ends_with('e') && !s.ends_with("ee") {
        s.pop();
    }
}

/// `stopped` → `stop`, but `called` stays `call` and `added` stays `add`.
pub(crate) fn undouble(s: &mut String) {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 1] == b[n - 2] && !b"aeioulsz".contains(&b[n - 1]) {
        s.pop();
    }
}

/// The spans of parts that form compounds: each multi-part path segment and,
/// if there are several segments, the whole chunk.
pub(crate) fn compound_spans(parts: &[Part], spans: &mut Vec<Range<usize>>) {
    spans.clear();
    let mut lo = 0;
    for i in 1..=parts.len() {
        if i == parts.len() || parts[i].segment != parts[lo].segment {
            if i - lo >= 2 && i - lo < parts.len() {
                spans.push(lo..i);
            }
            lo = i;
        }
    }
    if parts.len() >= 2 {
        spans.push(0..parts.len());
    }
}

/// One indexed token of a document value.
#[derive(Debug)]
pub(crate) struct Token<'a> {
    pub(crate) term: &'a str,
    pub(crate) pos: u32,
    /// Bytes of the original text.
    pub(crate) range: Range<usize>,
    /// Starts a word (always for Latin; for CJK, a script change or run start).
    pub(crate) start: bool,
    /// A 3-digit number, which is not indexed but is highlighted.
    pub(crate) code: Option<u16>,
    /// For a CJK unigram or bigram, its [`gram_key`].
    pub(crate) gram: Option<u64>,
}

/// Buffers kept from one value to the next while analysing documents.
#[derive(Debug, Default)]
pub(crate) struct Analyzer {
    pub(crate) norm: Vec<NChar>,
    pub(crate) parts: Vec<Part>,
    pub(crate) lowered: Lowered,
    pub(crate) spans: Vec<Range<usize>>,
    pub(crate) term: String,
}

impl Analyzer {
    /// Cuts a document value into tokens, in position order.
    pub(crate) fn analyze(&mut self, text: &str, mut emit: impl FnMut(Token<'_>)) {
        let Analyzer {
            norm,
            parts,
            lowered,
            spans,
            term,
        } = self;
        normalize_into(text, norm);
        let norm = &*norm;
        let bytes = |lo: usize, hi: usize| norm[lo].start..norm[hi - 1].end;
        let mut pos = 0u32;
        for chunk in chunks(norm) {
            match chunk {
                Chunk::Latin(range) => {
                    latin_parts(norm, range, parts);
                    lowered.fill(norm, parts);
                    for (k, part) in parts.iter().enumerate() {
                        let word = lowered.word(k);
                        let (indexed, code) = match lowered.kinds[k] {
                            PartKind::Word => {
                                stem_into(word, term);
                                (term.as_str(), None)
                            }
                            PartKind::Code(code) => (word, Some(code)),
                            PartKind::Stop | PartKind::Class(_) => continue,
                        };
                        emit(Token {
                            term: indexed,
                            pos: pos.saturating_add(to_u32(k)),
                            range: bytes(part.lo, part.hi),
                            start: true,
                            code,
                            gram: None,
                        });
                    }
                    compound_spans(parts, spans);
                    for span in spans.iter() {
                        if let Some(compound) = lowered.compound(span.clone()) {
                            stem_into(compound, term);
                            emit(Token {
                                term,
                                pos: pos.saturating_add(to_u32(span.start)),
                                range: bytes(parts[span.start].lo, parts[span.end - 1].hi),
                                start: true,
                                code: None,
                                gram: None,
                            });
                        }
                    }
                    pos = pos.saturating_add(to_u32(parts.len()));
                }
                Chunk::Cjk(range) => {
                    let run = &norm[range.clone()];
                    for (i, n) in run.iter().enumerate() {
                        let start = i == 0 || run[i - 1].script != n.script;
                        let at = pos.saturating_add(to_u32(i));
                        term.clear();
                        term.push(n.c);
                        emit(Token {
                            term,
                            pos: at,
                            range: n.start..n.end,
                            start,
                            code: None,
                            gram: Some(gram_key(n.c, None)),
                        });
                        if let Some(next) = run.get(i + 1) {
                            term.push(next.c);
                            emit(Token {
                                term,
                                pos: at,
                                range: n.start..next.end,
                                start,
                                code: None,
                                gram: Some(gram_key(n.c, Some(next.c))),
                            });
                        }
                    }
                    pos = pos.saturating_add(to_u32(run.len()));
                }
            }
        }
    }
}

/// A CJK unigram or bigram as a number, its characters' code points side by
/// side, which the vocabulary looks up without hashing a string (no other
/// term is made of CJK characters).
pub(crate) fn gram_key(first: char, second: Option<char>) -> u64 {
    u64::from(first) << 32 | second.map_or(0, u64::from)
}
