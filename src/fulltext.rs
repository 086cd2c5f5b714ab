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

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use unicode_normalization::char::{
    canonical_combining_class, compose, decompose_compatible, is_combining_mark,
};

/// Most terms one query keeps; a person does not type more, and term sets are
/// `u64` bit masks.
const MAX_TERMS: usize = 64;
/// Longest word that is matched with typos.
const MAX_FUZZY_CHARS: usize = 32;
/// Shortest word that tolerates one typing error, and two.
const ONE_EDIT_FROM: usize = 4;
const TWO_EDITS_FROM: usize = 8;
/// Shortest prefix expanded while typing; one letter would match everything.
const MIN_PREFIX_CHARS: usize = 2;
/// Most vocabulary terms one prefix or one typo expands to (closest kept).
const MAX_EXPANSIONS: usize = 32;
/// BM25 term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.5;
/// Weight of an exact whole-identifier match, a pure-hiragana bigram, and a
/// CJK match that does not start a word.
const COMPOUND_WEIGHT: f32 = 1.5;
const HIRAGANA_WEIGHT: f32 = 0.4;
const INSIDE_WORD: f32 = 0.8;
/// Quality of a prefix match (plus up to 0.3 as more of the word is typed),
/// and of a match one and two edits away.
const PREFIX_QUALITY: f32 = 0.5;
const ONE_EDIT_QUALITY: f32 = 0.6;
const TWO_EDITS_QUALITY: f32 = 0.45;
/// Proximity: terms at most this many positions apart count as near, and the
/// bonus per near pair relative to the weaker term's weight.
const MAX_GAP: u16 = 3;
const PROXIMITY: f32 = 0.5;
/// Earlier hits looked at for a near neighbour (bounds the work on values
/// with many hits at one position).
const LOOK_BACK: usize = 8;

// ── Normalisation ────────────────────────────────────────────────────────────

/// A character of NFKC-normalised text and the byte range of the original text
/// it came from.
#[derive(Debug, Clone, Copy)]
struct NChar {
    c: char,
    /// What tokenising asks of `c`, worked out once: `cjk_script(c)` and
    /// [`char_class`].
    script: Option<Script>,
    class: u8,
    start: usize,
    end: usize,
}

impl NChar {
    fn new(c: char, start: usize, end: usize) -> NChar {
        let script = cjk_script(c);
        NChar {
            c,
            script,
            class: char_class(c, script),
            start,
            end,
        }
    }

    fn is(&self, class: u8) -> bool {
        self.class & class != 0
    }
}

/// Bits of [`char_class`]: a letter, digit or mark outside the CJK scripts
/// (part of a Latin word); [`is_joiner`]; [`is_segment_break`]; uppercase;
/// lowercase.
const WORD: u8 = 1;
const JOINER: u8 = 2;
const SEGMENT_BREAK: u8 = 4;
const UPPER: u8 = 8;
const LOWER: u8 = 16;

fn char_class(c: char, script: Option<Script>) -> u8 {
    // CJK characters are in no Latin word, and have no case.
    if script.is_some() {
        return 0;
    }
    let mut class = 0;
    if is_word_char(c) {
        class |= WORD;
    }
    if is_joiner(c) {
        class |= JOINER;
    }
    if is_segment_break(c) {
        class |= SEGMENT_BREAK;
    }
    if c.is_uppercase() {
        class |= UPPER;
    }
    if c.is_lowercase() {
        class |= LOWER;
    }
    class
}

/// [`char_class`] of the ASCII characters, looked up rather than worked
/// out for every character of English text.
const ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0; 128];
    let mut b: u8 = 0;
    while b < 128 {
        let c = b as char;
        let mut class = 0;
        if c.is_ascii_alphanumeric() {
            class |= WORD;
        }
        if is_joiner(c) {
            class |= JOINER;
        }
        if is_segment_break(c) {
            class |= SEGMENT_BREAK;
        }
        if c.is_ascii_uppercase() {
            class |= UPPER;
        }
        if c.is_ascii_lowercase() {
            class |= LOWER;
        }
        classes[b as usize] = class;
        b += 1;
    }
    classes
};

/// NFKC, one character at a time so every output character keeps its source
/// bytes: compatibility decomposition, then canonical composition with the
/// last starter (what `.nfkc()` does, except that marks spread over several
/// source characters are not reordered).
fn normalize(text: &str) -> Vec<NChar> {
    let mut out = Vec::new();
    normalize_into(text, &mut out);
    out
}

/// [`normalize`] into a buffer kept from one value to the next.
fn normalize_into(text: &str, out: &mut Vec<NChar>) {
    out.clear();
    out.reserve(text.len());
    let mut starter = None;
    for (start, ch) in text.char_indices() {
        let end = start + ch.len_utf8();
        if ch.is_ascii() {
            out.push(NChar {
                c: ch,
                script: None,
                class: ASCII_CLASSES[ch as usize],
                start,
                end,
            });
            starter = Some(out.len() - 1);
        } else if let Some(n) = inert(ch, start, end) {
            out.push(n);
            starter = Some(out.len() - 1);
        } else {
            decompose_compatible(ch, |d| push_composed(out, &mut starter, d, start, end));
        }
    }
}

/// Characters that NFKC leaves as they are whatever surrounds them: kana,
/// ideographs and CJK punctuation, most of the catalogue's non-ASCII text.
/// Each is a starter whose decomposition composes back to it alone and
/// begins with a character that never ends a composition, so it cannot
/// join the starter before it (checked for every one in the tests). Gives
/// the character as [`NChar::new`] would, with its script known from the
/// range it is in and no [`char_class`] bit.
fn inert(c: char, start: usize, end: usize) -> Option<NChar> {
    let script = match c {
        '\u{3005}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => Some(Script::Han),
        '\u{3041}'..='\u{3096}' => Some(Script::Hiragana),
        '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FE}' => Some(Script::Katakana),
        '\u{3001}'..='\u{3002}' | '\u{300C}'..='\u{300F}' => None,
        _ => return None,
    };
    Some(NChar {
        c,
        script,
        class: 0,
        start,
        end,
    })
}

fn push_composed(
    out: &mut Vec<NChar>,
    starter: &mut Option<usize>,
    c: char,
    start: usize,
    end: usize,
) {
    let class = canonical_combining_class(c);
    if let Some(s) = *starter {
        let between = &out[s + 1..];
        // Composition is blocked by a mark of the same or higher class in
        // between; long runs of marks (garbage input) are left uncomposed.
        let open = if class == 0 {
            between.is_empty()
        } else {
            between.len() < 32
                && between.iter().all(|n| {
                    let k = canonical_combining_class(n.c);
                    k != 0 && k < class
                })
        };
        if open && let Some(composed) = compose(out[s].c, c) {
            out[s] = NChar::new(composed, out[s].start, out[s].end.max(end));
            return;
        }
    }
    out.push(NChar::new(c, start, end));
    if class == 0 {
        *starter = Some(out.len() - 1);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Han,
    Hiragana,
    Katakana,
}

/// The scripts written without spaces, which are cut into bigrams.
fn cjk_script(c: char) -> Option<Script> {
    // All of Latin, in one comparison rather than one per range below.
    if c < '\u{3005}' {
        return None;
    }
    match c {
        '\u{3041}'..='\u{309F}' => Some(Script::Hiragana),
        '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => {
            Some(Script::Katakana)
        }
        '\u{3005}'
        | '\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}' => Some(Script::Han),
        _ => None,
    }
}

fn is_word_char(c: char) -> bool {
    // No ASCII character is a combining mark; this spares the table look-up.
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Punctuation that joins the parts of one identifier or compound word.
const fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '_' | '-' | '.' | '/' | ':' | '\'' | '\u{2019}' | '\u{2010}'
    )
}

/// Joiners that separate the names in a path (`HttpStatusCode.NotFound`),
/// each of which also stands as a compound of its own.
const fn is_segment_break(c: char) -> bool {
    matches!(c, '.' | '/' | ':')
}

// ── Tokenisation ─────────────────────────────────────────────────────────────

/// A run of normalised characters: a Latin (space-delimited) word with its
/// joiners, or a run of CJK characters.
#[derive(Debug, Clone)]
enum Chunk {
    Latin(Range<usize>),
    Cjk(Range<usize>),
}

/// The chunks of a normalised text, in order.
fn chunks(norm: &[NChar]) -> impl Iterator<Item = Chunk> {
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
struct Part {
    lo: usize,
    hi: usize,
    segment: usize,
}

/// Splits a Latin chunk at joiners and camelCase humps: `HTTPStatusCode` →
/// `HTTP Status Code`; an acronym's plural (`APIs`) stays whole.
fn latin_parts(norm: &[NChar], chunk: Range<usize>, parts: &mut Vec<Part>) {
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
struct Lowered {
    text: String,
    /// Where each part ends in `text`; the next one starts there.
    ends: Vec<usize>,
    kinds: Vec<PartKind>,
}

impl Lowered {
    fn fill(&mut self, norm: &[NChar], parts: &[Part]) {
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

    fn start(&self, k: usize) -> usize {
        if k == 0 { 0 } else { self.ends[k - 1] }
    }

    /// Part `k`, lowercased.
    fn word(&self, k: usize) -> &str {
        &self.text[self.start(k)..self.ends[k]]
    }

    /// The text of a compound: the lowercased parts of `span` run together.
    /// None when it would say no more than its parts (one part, or stop
    /// words only).
    fn compound(&self, span: Range<usize>) -> Option<&str> {
        if span.len() < 2 || !self.kinds[span.clone()].contains(&PartKind::Word) {
            return None;
        }
        Some(&self.text[self.start(span.start)..self.ends[span.end - 1]])
    }
}

/// Appends the part lowercased; an acronym's plural loses its `s` (`APIs` →
/// `api`), which the stemmer could not tell from `analysis`.
fn push_lowercase(norm: &[NChar], part: Part, out: &mut String) {
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
enum PartKind {
    Word,
    Stop,
    Code(u16),
    Class(u8),
}

fn part_kind(word: &str) -> PartKind {
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
const STOP_WORDS: &[&str] = &[
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
const STOP_SLOTS: [u8; 512] = {
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
const fn word_key(word: &str) -> Option<u128> {
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

const fn stop_slot(key: u128) -> usize {
    let folded = key as u64 ^ (key >> 64) as u64;
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
}

fn is_stop_word(word: &str) -> bool {
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
fn stem(word: &str) -> String {
    let mut s = String::new();
    stem_into(word, &mut s);
    s
}

/// [`stem`] into a buffer kept from one token to the next.
fn stem_into(word: &str, s: &mut String) {
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
fn undouble(s: &mut String) {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 1] == b[n - 2] && !b"aeioulsz".contains(&b[n - 1]) {
        s.pop();
    }
}

/// The spans of parts that form compounds: each multi-part path segment and,
/// if there are several segments, the whole chunk.
fn compound_spans(parts: &[Part], spans: &mut Vec<Range<usize>>) {
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
struct Token<'a> {
    term: &'a str,
    pos: u32,
    /// Bytes of the original text.
    range: Range<usize>,
    /// Starts a word (always for Latin; for CJK, a script change or run start).
    start: bool,
    /// A 3-digit number, which is not indexed but is highlighted.
    code: Option<u16>,
    /// For a CJK unigram or bigram, its [`gram_key`].
    gram: Option<u64>,
}

/// Buffers kept from one value to the next while analysing documents.
#[derive(Debug, Default)]
struct Analyzer {
    norm: Vec<NChar>,
    parts: Vec<Part>,
    lowered: Lowered,
    spans: Vec<Range<usize>>,
    term: String,
}

impl Analyzer {
    /// Cuts a document value into tokens, in position order.
    fn analyze(&mut self, text: &str, mut emit: impl FnMut(Token<'_>)) {
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

// ── CJK query analysis ───────────────────────────────────────────────────────

/// Words cut out of a CJK query run wherever they occur (the longest that
/// matches), as they only say "which status code do I return".
#[rustfmt::skip]
const CJK_STOP_WORDS: &[&str] = &[
    "レスポンスコード", "ステータスコード", "でしょうか", "レスポンス", "ステータス", "について",
    "用哪一个", "使い分け", "返される", "的时候", "状态码", "响应码", "用哪个", "哪一个",
    "怎么办", "为什么", "ですか", "ますか", "返され", "返して", "返した", "使えば",
    "したい", "教えて", "状态", "响应", "返回", "什么", "应该", "区别", "还是",
    "哪个", "哪种", "怎么", "如何", "时候", "请问", "一下", "意思", "或者", "以及",
    "是否", "返却", "返す", "返る", "場合", "違い", "意味", "どれ", "どの", "どう",
    "べき", "使う", "です", "ます", "とき", "する", "して", "いい", "よい", "とは",
    "何", "吗", "的", "了", "呢", "吧", "啊", "和", "与", "或", "是",
];

/// Pieces dropped only when they are all that is left of a run: a character
/// that is a word on its own but part of many others (`时` alone, not in `超时`).
#[rustfmt::skip]
const CJK_WHOLE_STOP_WORDS: &[&str] = &[
    "时", "好", "用", "要", "会", "能", "在", "有", "就", "都", "也", "还",
    "又", "被", "把", "对", "从", "给", "让", "该", "个", "这", "那", "我",
    "你", "么", "時", "こと", "もの", "ため", "よう", "それ", "これ", "なに",
    "なぜ", "いつ", "どこ", "誰", "私", "コード",
];

/// Hiragana particles; a hiragana stretch made only of these separates words.
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "から", "まで", "より", "など", "ので", "のに", "って", "けど", "しか", "だけ",
    "ほど", "です", "ます", "の", "は", "が", "を", "に", "で", "と", "も",
    "へ", "や", "か", "ね", "よ", "な", "だ",
];

/// Particles cut off the start of a longer hiragana stretch (`がない`,
/// `ではない` → `ない`), longest first; not `で` or `か` alone, which begin
/// words (`できない`, `かかる`).
#[rustfmt::skip]
const LEADING_PARTICLES: &[&str] = &[
    "では", "には", "とは", "へは", "でも", "にも", "とも", "から", "まで", "より",
    "が", "を", "は", "も", "の", "へ", "と",
];

/// Particles cut off the end of a longer hiragana stretch (`すぎるので`).
#[rustfmt::skip]
const TRAILING_PARTICLES: &[&str] = &[
    "から", "まで", "より", "など", "ので", "のに", "には", "では", "とは", "への",
    "での", "との", "が", "を", "は", "も", "の", "へ", "と", "に", "で",
    "や", "か", "ね", "よ",
];

fn starts_with_chars(chars: &[char], word: &str) -> Option<usize> {
    let mut n = 0;
    for w in word.chars() {
        if chars.get(n) != Some(&w) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

fn ends_with_chars(chars: &[char], word: &str) -> Option<usize> {
    let n = word.chars().count();
    (chars.len() >= n && chars[chars.len() - n..].iter().copied().eq(word.chars())).then_some(n)
}

fn equals_chars(chars: &[char], word: &str) -> bool {
    chars.iter().copied().eq(word.chars())
}

/// Whether a hiragana stretch is nothing but particles (`には`, `での`).
fn only_particles(seg: &[char]) -> bool {
    if seg.len() > 12 {
        return false;
    }
    let mut reach = [false; 13];
    reach[0] = true;
    for i in 0..seg.len() {
        if reach[i] {
            for p in PARTICLES {
                if let Some(n) = starts_with_chars(&seg[i..], p) {
                    reach[i + n] = true;
                }
            }
        }
    }
    reach[seg.len()]
}

/// The pieces of a CJK query run that carry meaning, each one query word.
fn cjk_query_pieces(chars: &[char]) -> Vec<Range<usize>> {
    let n = chars.len();
    // The longest stop word starting at each position, found word by word
    // (one pass over the list), then cut out from left to right.
    let mut stop = vec![0usize; n];
    for word in CJK_STOP_WORDS {
        let Some(first) = word.chars().next() else {
            continue;
        };
        for i in 0..n {
            if chars[i] == first
                && let Some(len) = starts_with_chars(&chars[i..], word)
            {
                stop[i] = stop[i].max(len);
            }
        }
    }
    let mut keep = vec![true; n];
    let mut i = 0;
    while i < n {
        if stop[i] > 0 {
            keep[i..i + stop[i]].fill(false);
            i += stop[i];
        } else {
            i += 1;
        }
    }
    let mut i = 0;
    while i < n {
        if !keep[i] || cjk_script(chars[i]) != Some(Script::Hiragana) {
            i += 1;
            continue;
        }
        let lo = i;
        while i < n && keep[i] && cjk_script(chars[i]) == Some(Script::Hiragana) {
            i += 1;
        }
        let seg = &chars[lo..i];
        if only_particles(seg) {
            keep[lo..i].fill(false);
            continue;
        }
        let mut from = lo;
        if let Some(len) = LEADING_PARTICLES
            .iter()
            .find_map(|p| starts_with_chars(seg, p))
            && seg.len() >= len + 2
        {
            keep[lo..lo + len].fill(false);
            from += len;
        }
        let rest = &chars[from..i];
        if let Some(len) = TRAILING_PARTICLES
            .iter()
            .find_map(|p| ends_with_chars(rest, p))
            && rest.len() >= len + 2
        {
            keep[i - len..i].fill(false);
        }
    }
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < n {
        if !keep[i] {
            i += 1;
            continue;
        }
        let lo = i;
        while i < n && keep[i] {
            i += 1;
        }
        let mut piece = lo..i;
        // 時 after kana means "when" (エラー時), after Han it is a word (一時).
        if piece.len() >= 2
            && chars[piece.end - 1] == '時'
            && cjk_script(chars[piece.end - 2]) != Some(Script::Han)
        {
            piece.end -= 1;
        }
        if !CJK_WHOLE_STOP_WORDS
            .iter()
            .any(|w| equals_chars(&chars[piece.clone()], w))
        {
            pieces.push(piece);
        }
    }
    pieces
}

// ── Queries ──────────────────────────────────────────────────────────────────

/// One term of a query.
#[derive(Debug, Clone)]
struct Term {
    /// The indexed form: stemmed Latin, or CJK characters.
    text: String,
    /// Lowercased as typed, for prefix matching (Latin only).
    raw: String,
    /// `text` as characters, for typo matching (when `edits` > 0).
    chars: Vec<char>,
    /// The query word it belongs to; None for a compound, which only adds.
    unit: Option<usize>,
    latin: bool,
    /// Typing errors tolerated.
    edits: u8,
    /// The word still being typed: match it as a prefix too.
    prefix: bool,
    weight: f32,
}

/// An analysed query. Codes and classes are for the caller to match against
/// its own code field; the text terms are searched with [`Index::search`].
#[derive(Debug, Clone, Default)]
pub(crate) struct Query {
    /// 3-digit numbers, in the order typed, without repeats.
    pub codes: Vec<u16>,
    /// Classes typed as `4xx`, in the order typed, without repeats.
    pub classes: Vec<u8>,
    terms: Vec<Term>,
    /// Number of terms of each query word.
    unit_sizes: Vec<usize>,
}

impl Query {
    /// No text terms: only stop words, codes or nothing were typed.
    #[must_use]
    pub(crate) fn has_terms(&self) -> bool {
        !self.terms.is_empty()
    }

    /// Nothing at all to search for: no terms, codes or classes.
    #[must_use]
    pub(crate) fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.codes.is_empty() && self.classes.is_empty()
    }

    /// Number of query words (a CJK piece is one word), the most
    /// [`Match::terms_matched`] can be.
    #[cfg(test)]
    pub(crate) fn word_count(&self) -> usize {
        self.unit_sizes.len()
    }

    /// Adds a term unless it is already there (or the query is full).
    fn push(&mut self, mut term: Term) {
        if let Some(old) = self
            .terms
            .iter_mut()
            .find(|t| t.text == term.text && t.latin == term.latin)
        {
            old.prefix |= term.prefix;
            return;
        }
        if self.terms.len() >= MAX_TERMS {
            return;
        }
        if term.edits > 0 {
            term.chars = term.text.chars().collect();
        }
        if let Some(u) = term.unit {
            self.unit_sizes[u] += 1;
        }
        self.terms.push(term);
    }

    /// Starts a query word; `end_word` drops it again if no term joined it.
    fn begin_word(&mut self) -> usize {
        self.unit_sizes.push(0);
        self.unit_sizes.len() - 1
    }

    fn end_word(&mut self) {
        if self.unit_sizes.last() == Some(&0) {
            self.unit_sizes.pop();
        }
    }

    fn add_latin(&mut self, norm: &[NChar], range: Range<usize>, typing: bool) {
        let mut parts = Vec::new();
        latin_parts(norm, range, &mut parts);
        let mut lowered = Lowered::default();
        lowered.fill(norm, &parts);
        let last = parts.len().saturating_sub(1);
        for k in 0..parts.len() {
            let word = lowered.word(k);
            match lowered.kinds[k] {
                PartKind::Code(code) if !self.codes.contains(&code) => self.codes.push(code),
                PartKind::Class(class) if !self.classes.contains(&class) => {
                    self.classes.push(class);
                }
                PartKind::Word => {
                    let unit = self.begin_word();
                    let alphabetic = word.chars().all(char::is_alphabetic);
                    self.push(latin_term(
                        word,
                        stem(word),
                        Some(unit),
                        alphabetic,
                        typing && k == last,
                    ));
                    self.end_word();
                }
                _ => {}
            }
        }
        let mut spans = Vec::new();
        compound_spans(&parts, &mut spans);
        for span in spans {
            let prefix = typing && span.end == parts.len();
            if let Some(text) = lowered.compound(span) {
                let alphabetic = text.chars().all(char::is_alphabetic);
                let mut term = latin_term(text, stem(text), None, alphabetic, prefix);
                term.weight = COMPOUND_WEIGHT;
                self.push(term);
            }
        }
    }

    fn add_cjk(&mut self, chars: &[char]) {
        if self.terms.len() >= MAX_TERMS {
            return;
        }
        for piece in cjk_query_pieces(chars) {
            let piece = &chars[piece];
            let unit = self.begin_word();
            let grams: Vec<&[char]> = if piece.len() == 1 {
                vec![piece]
            } else {
                piece.windows(2).collect()
            };
            for gram in grams {
                if self.terms.len() >= MAX_TERMS {
                    break;
                }
                let hiragana = gram
                    .iter()
                    .all(|&c| cjk_script(c) == Some(Script::Hiragana));
                let text: String = gram.iter().collect();
                self.push(Term {
                    raw: String::new(),
                    text,
                    chars: Vec::new(),
                    unit: Some(unit),
                    latin: false,
                    edits: 0,
                    prefix: false,
                    weight: if hiragana && gram.len() == 2 {
                        HIRAGANA_WEIGHT
                    } else {
                        1.0
                    },
                });
            }
            self.end_word();
        }
    }
}

fn latin_term(
    raw: &str,
    text: String,
    unit: Option<usize>,
    alphabetic: bool,
    prefix: bool,
) -> Term {
    let len = raw.chars().count();
    let edits = if !alphabetic || !(ONE_EDIT_FROM..=MAX_FUZZY_CHARS).contains(&len) {
        0
    } else if len < TWO_EDITS_FROM {
        1
    } else {
        2
    };
    Term {
        text,
        raw: raw.to_owned(),
        chars: Vec::new(),
        unit,
        latin: true,
        edits,
        prefix,
        weight: 1.0,
    }
}

/// Analyses what the user typed. The last word is matched as a prefix too
/// unless the text ends in a space or punctuation (the word is finished).
#[must_use]
pub(crate) fn parse_query(text: &str) -> Query {
    let norm = normalize(text);
    let mut query = Query::default();
    for chunk in chunks(&norm) {
        match chunk {
            Chunk::Latin(range) => {
                let typing = range.end == norm.len();
                query.add_latin(&norm, range, typing);
            }
            Chunk::Cjk(range) => {
                let chars: Vec<char> = norm[range].iter().map(|n| n.c).collect();
                query.add_cjk(&chars);
            }
        }
    }
    query
}

// ── Index ────────────────────────────────────────────────────────────────────

/// Collects the documents' text; see [`IndexBuilder::add`].
#[derive(Debug, Clone)]
pub(crate) struct IndexBuilder {
    weights: Vec<f32>,
    /// Every value's text, one after the other.
    text: String,
    values: Vec<Value>,
}

/// A value added: its document, field and place in [`IndexBuilder::text`].
#[derive(Debug, Clone)]
struct Value {
    doc: usize,
    field: usize,
    text: Range<usize>,
}

/// A posting as analysis finds it: the id of its term (in the order terms
/// were first seen); its value's posting says the rest.
#[derive(Debug)]
struct Found {
    term: u32,
    pos: u16,
    start: bool,
}

impl IndexBuilder {
    /// `field_weights[f]` is how much a match in field `f` counts (only the
    /// ratios matter); a field without a weight counts 1, a negative or
    /// non-finite weight 0.
    #[must_use]
    pub(crate) fn new(field_weights: &[f32]) -> IndexBuilder {
        IndexBuilder {
            weights: field_weights.to_vec(),
            text: String::new(),
            values: Vec::new(),
        }
    }

    /// Adds one value of field `field` of document `doc`. A field may have
    /// many values (one per situation, say), numbered from 0 in the order
    /// added; [`Match::best`] refers to them by that number.
    pub(crate) fn add(&mut self, doc: usize, field: usize, text: &str) {
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
    pub(crate) fn build(self) -> Index {
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
        let field_weights = relative_weights(&weights, &fields);

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

        // BM25 length normalisation, per field, folded with the field weight.
        let mut total = vec![(0usize, 0usize); fields.len()];
        for &(slot, len) in &lengths {
            total[slot].0 += len as usize;
            total[slot].1 += 1;
        }
        for ((head, _), &(slot, len)) in heads.iter_mut().zip(&lengths) {
            let (sum, count) = total[slot];
            let average = (count_f32(sum) / count_f32(count)).max(1.0);
            let relative = count_f32(len as usize) / average;
            head.norm = field_weights[slot] / (1.0 - B + B * relative);
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
        Index {
            docs,
            fields,
            field_weights,
            fuzzy: Fuzzy::new(&terms),
            terms,
            offsets,
            postings,
            idf,
        }
    }
}

/// The postings of every term in a row, and where each term's begin: a
/// counting sort of the postings found, which keeps them in the order found
/// (by value and position) within each term. `heads` are the postings of
/// each value but for position and start, and where its tokens end in
/// `found`; `rank` is each term id's place in the vocabulary.
fn group_postings(
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
struct Vocabulary {
    words: HashMap<Box<str>, u32, BuildHasherDefault<TermHasher>>,
    grams: HashMap<u64, u32, BuildHasherDefault<TermHasher>>,
    /// The id plus one of each character of [`DIRECT`] as a unigram; 0 for
    /// none yet.
    chars: Vec<u32>,
    len: u32,
}

/// Kana, CJK punctuation and the main block of ideographs.
const DIRECT: Range<u32> = 0x3000..0xA000;

impl Vocabulary {
    fn new() -> Vocabulary {
        Vocabulary {
            words: HashMap::default(),
            grams: HashMap::default(),
            chars: vec![0; DIRECT.len()],
            len: 0,
        }
    }

    /// The id of a token's term, new if the term is.
    fn id(&mut self, token: &Token<'_>) -> u32 {
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
    fn into_sorted(self) -> (Vec<Box<str>>, Vec<usize>) {
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

/// A CJK unigram or bigram as a number, its characters' code points side by
/// side, which the vocabulary looks up without hashing a string (no other
/// term is made of CJK characters).
fn gram_key(first: char, second: Option<char>) -> u64 {
    u64::from(first) << 32 | second.map_or(0, u64::from)
}

/// The term whose [`gram_key`] is `key`.
fn gram_text(key: u64) -> Box<str> {
    let chars =
        [key >> 32, key & 0xFFFF_FFFF].map(|c| char::from_u32(c as u32).filter(|&c| c != '\0'));
    // Exactly the capacity needed, so the box takes the string's buffer.
    let mut text = String::with_capacity(chars.iter().flatten().map(|c| c.len_utf8()).sum());
    text.extend(chars.into_iter().flatten());
    text.into_boxed_str()
}

/// The first 8 bytes of a term, big-endian and padded with zeros.
fn sort_key(term: &str) -> u64 {
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
struct TermHasher(u64);

impl TermHasher {
    fn mix(&mut self, word: u64) {
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

/// The weight of each field in `fields` relative to the heaviest; a field
/// without a weight counts 1, a negative or non-finite one 0.
fn relative_weights(weights: &[f32], fields: &[usize]) -> Vec<f32> {
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

#[allow(clippy::cast_precision_loss)] // counts of documents and values stay far below 2^24
fn count_f32(n: usize) -> f32 {
    n as f32
}

/// Positions and ids are u32; more would be no text anyone searches.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One occurrence of a term. It says everything searching needs, as
/// looking values up in another table costs a cache miss per document.
#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    /// Index into [`Index::fields`].
    field: u32,
    /// Number of the value within its document's field.
    index: u32,
    /// The field's weight with BM25 length normalisation of the value.
    norm: f32,
    pos: u16,
    start: bool,
}

/// The vocabulary words that may be matched with typos, by length in
/// characters, each with a bit set of its characters for a quick rejection.
#[derive(Debug, Default)]
struct Fuzzy {
    by_len: Vec<Range<usize>>,
    entries: Vec<FuzzyEntry>,
    chars: Vec<char>,
}

#[derive(Debug, Clone)]
struct FuzzyEntry {
    mask: u32,
    term: usize,
    chars: Range<usize>,
}

fn char_mask(chars: &[char]) -> u32 {
    chars.iter().fold(0, |m, &c| m | 1 << (u32::from(c) % 32))
}

impl Fuzzy {
    fn new(terms: &[Box<str>]) -> Fuzzy {
        // (length in characters, term) of every word that may have typos.
        let mut words: Vec<(usize, usize)> = Vec::new();
        for (term, text) in terms.iter().enumerate() {
            let mut len = 0;
            let letters = text.chars().all(|c| {
                len += 1;
                cjk_script(c).is_none() && c.is_alphabetic()
            });
            if letters && (ONE_EDIT_FROM - 1..=MAX_FUZZY_CHARS + 2).contains(&len) {
                words.push((len, term));
            }
        }
        let mut fuzzy = Fuzzy {
            by_len: Vec::new(),
            entries: Vec::with_capacity(words.len()),
            chars: Vec::with_capacity(words.iter().map(|w| w.0).sum()),
        };
        // By length, and in vocabulary order within one: a pass per length
        // costs less than sorting.
        let longest = words.iter().map(|w| w.0).max();
        for len in longest.map_or(0..0, |longest| 0..longest + 1) {
            let at = fuzzy.entries.len();
            for &(_, term) in words.iter().filter(|w| w.0 == len) {
                let lo = fuzzy.chars.len();
                fuzzy.chars.extend(terms[term].chars());
                fuzzy.entries.push(FuzzyEntry {
                    mask: char_mask(&fuzzy.chars[lo..]),
                    term,
                    chars: lo..fuzzy.chars.len(),
                });
            }
            fuzzy.by_len.push(at..fuzzy.entries.len());
        }
        fuzzy
    }
}

/// Optimal string alignment distance of `a` and `b` (a transposition of
/// neighbours is one edit) if it is at most `k`; gives up as soon as a whole
/// row exceeds `k`. Words are at most `MAX_FUZZY_CHARS + 2` long.
fn distance_within(a: &[char], b: &[char], k: usize) -> Option<usize> {
    const W: usize = MAX_FUZZY_CHARS + 3;
    if a.len() >= W || b.len() >= W || a.len().abs_diff(b.len()) > k {
        return None;
    }
    // Distances stay below W, so bytes hold them and the rows copy cheaply.
    let (mut before, mut prev, mut cur) = ([0u8; W], [0u8; W], [0u8; W]);
    for (j, cell) in (0u8..).zip(prev.iter_mut().take(b.len() + 1)) {
        *cell = j;
    }
    for (i, row) in (1..=a.len()).zip(1u8..) {
        cur[0] = row;
        let mut row_min = row;
        for j in 1..=b.len() {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if usize::from(row_min) > k {
            return None;
        }
        before = prev;
        prev = cur;
    }
    Some(usize::from(prev[b.len()])).filter(|&d| d <= k)
}

/// A searchable collection of documents, built by [`IndexBuilder`].
#[derive(Debug)]
pub(crate) struct Index {
    /// Caller's id of each document, in internal order.
    docs: Vec<usize>,
    /// The field ids used, sorted, and their weights relative to the
    /// heaviest.
    fields: Vec<usize>,
    field_weights: Vec<f32>,
    /// Sorted vocabulary; a term's id is its place here.
    terms: Vec<Box<str>>,
    /// Postings of term `t`: `postings[offsets[t]..offsets[t + 1]]`, ordered
    /// by value and position.
    offsets: Vec<usize>,
    postings: Vec<Posting>,
    idf: Vec<f32>,
    fuzzy: Fuzzy,
}

/// One document found by [`Index::search`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Match {
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
struct Hit {
    field: u32,
    index: u32,
    /// The match's quality times the term's IDF and weight.
    weight: f32,
    norm: f32,
    pos: u16,
    term: u8,
}

/// The query words, for telling how much of the query a document matched.
#[derive(Debug)]
struct Words {
    /// Each word's terms, and the sum of their weights.
    words: Vec<(u64, f32)>,
    weights: [f32; MAX_TERMS],
}

impl Words {
    fn new(query: &Query) -> Words {
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
    fn coverage(&self, seen: u64) -> (f32, usize) {
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
struct Cursor {
    at: usize,
    end: usize,
    term: u8,
    weight: f32,
}

/// Per-term sums for one document at a time, kept across documents.
#[derive(Debug)]
struct Scratch {
    tf: [f32; MAX_TERMS],
    strength: [f32; MAX_TERMS],
    in_value: [f32; MAX_TERMS],
}

impl Index {
    /// Number of documents.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether no document was added.
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn find(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| (**t).cmp(term)).ok()
    }

    /// The vocabulary terms a query term stands for, with the quality of
    /// each match (1 for exact).
    fn expand(&self, term: &Term, out: &mut Vec<(usize, f32)>) {
        out.clear();
        let exact = self.find(&term.text);
        if let Some(id) = exact {
            out.push((id, 1.0));
        }
        if !term.latin {
            return;
        }
        if term.prefix && term.raw.chars().count() >= MIN_PREFIX_CHARS {
            let p = term.raw.as_str();
            let lo = self.terms.partition_point(|t| &**t < p);
            let from = out.len();
            for (i, t) in self.terms[lo..].iter().enumerate() {
                if !t.starts_with(p) {
                    break;
                }
                if exact != Some(lo + i) {
                    let typed = count_f32(p.len()) / count_f32(t.len());
                    out.push((lo + i, PREFIX_QUALITY + 0.3 * typed));
                }
            }
            keep_best(out, from);
        }
        if out.is_empty() && term.edits > 0 {
            self.expand_typos(term, out);
        }
    }

    fn expand_typos(&self, term: &Term, out: &mut Vec<(usize, f32)>) {
        let k = usize::from(term.edits);
        let q = &term.chars;
        let mask = char_mask(q);
        let fuzzy = &self.fuzzy;
        for len in q.len().saturating_sub(k)..=q.len() + k {
            let Some(range) = fuzzy.by_len.get(len) else {
                break;
            };
            for entry in &fuzzy.entries[range.clone()] {
                if (mask & !entry.mask).count_ones() as usize > k
                    || (entry.mask & !mask).count_ones() as usize > k
                {
                    continue;
                }
                if let Some(d) = distance_within(q, &fuzzy.chars[entry.chars.clone()], k) {
                    let quality = if d <= 1 {
                        ONE_EDIT_QUALITY
                    } else {
                        TWO_EDITS_QUALITY
                    };
                    out.push((entry.term, quality));
                }
            }
        }
        keep_best(out, 0);
    }

    /// Finds the documents matching `query`, best first: more query words
    /// matched first, then higher score. Documents with no score are left
    /// out, and a query without terms finds nothing (list everything then).
    #[must_use]
    pub(crate) fn search(&self, query: &Query) -> Vec<Match> {
        // One cursor per vocabulary term the query stands for; their
        // postings are merged by document with a heap, so documents come
        // out in order without sorting or copying all the hits.
        let mut cursors = Vec::new();
        let mut expansions = Vec::new();
        for (t, term) in query.terms.iter().enumerate() {
            self.expand(term, &mut expansions);
            for &(id, quality) in &expansions {
                let weight = quality * self.idf[id] * term.weight;
                cursors.push(Cursor {
                    at: self.offsets[id],
                    end: self.offsets[id + 1],
                    term: u8::try_from(t).unwrap_or(u8::MAX),
                    weight,
                });
            }
        }
        let mut heap: BinaryHeap<Reverse<(u32, usize)>> = cursors
            .iter()
            .enumerate()
            .filter(|(_, c)| c.at < c.end)
            .map(|(i, c)| Reverse((self.postings[c.at].doc, i)))
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
                while let Some(p) = self.postings[c.at..c.end].first()
                    && p.doc == doc
                {
                    hits.push(Hit {
                        field: p.field,
                        index: p.index,
                        weight: if p.start {
                            c.weight
                        } else {
                            c.weight * INSIDE_WORD
                        },
                        norm: p.norm,
                        pos: p.pos,
                        term: c.term,
                    });
                    c.at += 1;
                }
                if c.at < c.end {
                    heap.push(Reverse((self.postings[c.at].doc, i)));
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
    fn score(
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
            doc: self.docs[doc],
            score,
            terms_matched: matched,
            best: (self.fields[best.1 as usize], best.2 as usize),
        })
    }

    /// Byte ranges of `text` (one of the indexed values, or any text) that
    /// the query matched, ordered and merged, for highlighting: the same
    /// words, stems, prefixes, typo corrections and bigrams that searching
    /// used, and the codes typed.
    #[must_use]
    pub(crate) fn highlight(&self, query: &Query, text: &str) -> Vec<Range<usize>> {
        let mut ids = Vec::new();
        let mut expansions = Vec::new();
        for term in &query.terms {
            self.expand(term, &mut expansions);
            ids.extend(expansions.iter().map(|e| e.0));
        }
        ids.sort_unstable();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        Analyzer::default().analyze(text, |token| {
            let hit = match token.code {
                Some(code) => query.codes.contains(&code),
                None => self
                    .find(token.term)
                    .is_some_and(|id| ids.binary_search(&id).is_ok()),
            };
            if hit {
                ranges.push(token.range);
            }
        });
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
fn keep_best(out: &mut Vec<(usize, f32)>, from: usize) {
    if out.len() - from > MAX_EXPANSIONS {
        out[from..].sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out.truncate(from + MAX_EXPANSIONS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    const NAMES: usize = 1;
    const TITLE: usize = 2;
    const SITUATIONS: usize = 3;
    const MEANING: usize = 4;
    const WEIGHTS: [f32; 6] = [10.0, 8.0, 6.0, 5.0, 2.0, 1.0];

    fn index(docs: &[(usize, &[(usize, &str)])]) -> Index {
        let mut builder = IndexBuilder::new(&WEIGHTS);
        for &(doc, values) in docs {
            for &(field, text) in values {
                builder.add(doc, field, text);
            }
        }
        builder.build()
    }

    fn found(index: &Index, query: &str) -> Vec<usize> {
        index
            .search(&parse_query(query))
            .iter()
            .map(|m| m.doc)
            .collect()
    }

    fn score(index: &Index, query: &str, doc: usize) -> f32 {
        let matches = index.search(&parse_query(query));
        matches
            .iter()
            .find(|m| m.doc == doc)
            .map_or(0.0, |m| m.score)
    }

    fn terms(query: &str) -> Vec<String> {
        parse_query(query)
            .terms
            .iter()
            .map(|t| t.text.clone())
            .collect()
    }

    #[test]
    fn ascii_classes_are_those_worked_out() {
        for b in 0..128u8 {
            let c = char::from(b);
            assert_eq!(
                ASCII_CLASSES[usize::from(b)],
                char_class(c, cjk_script(c)),
                "{c:?}"
            );
        }
        assert_eq!(char_class('_', None), JOINER);
        assert_eq!(char_class('É', None), WORD | UPPER);
        assert_eq!(char_class('\u{301}', None), WORD);
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            if cjk_script(c).is_some() {
                assert!(
                    !is_joiner(c) && !c.is_uppercase() && !c.is_lowercase(),
                    "{c}"
                );
            }
        }
    }

    #[test]
    fn inert_characters_normalise_as_the_full_path_would() {
        use std::collections::HashSet;
        use unicode_normalization::char::decompose_canonical;
        // Every character that can end a canonical composition is the last
        // one of a decomposition into two or more.
        let mut ends = HashSet::new();
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut d = Vec::new();
            decompose_canonical(c, |x| d.push(x));
            if d.len() >= 2 {
                ends.insert(d[d.len() - 1]);
            }
        }
        assert!(ends.contains(&'\u{301}') && ends.contains(&'\u{3099}'));
        let mut count = 0;
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let Some(n) = inert(c, 0, c.len_utf8()) else {
                continue;
            };
            let full = NChar::new(c, 0, c.len_utf8());
            assert_eq!(
                (n.c, n.script, n.class),
                (full.c, full.script, full.class),
                "{c}"
            );
            // Its decomposition starts with a starter that nothing before
            // it composes with, and composes back to it alone.
            let mut d = Vec::new();
            decompose_compatible(c, |x| d.push(x));
            assert!(
                canonical_combining_class(d[0]) == 0 && !ends.contains(&d[0]),
                "{c}"
            );
            let (mut out, mut starter) = (Vec::new(), None);
            for x in d {
                push_composed(&mut out, &mut starter, x, 0, c.len_utf8());
            }
            assert_eq!(out.len(), 1, "{c}");
            assert_eq!((out[0].c, out[0].start, out[0].end), (c, n.start, n.end));
            assert_eq!(starter, Some(0));
            count += 1;
        }
        assert!(count > 20_000);
    }

    #[test]
    fn normalization_is_nfkc_and_keeps_source_bytes() {
        for text in [
            "ＡＰＩ",
            "４０４",
            "ｶﾞｲﾄﾞ",
            "ﬁle",
            "e\u{301}t\u{e9}",
            "①②",
            "한국어",
            "㍿",
            "Ｒｅｔｒｙ－Ａｆｔｅｒ",
        ] {
            let norm = normalize(text);
            let ours: String = norm.iter().map(|n| n.c).collect();
            assert_eq!(ours, text.nfkc().collect::<String>(), "{text}");
            for n in &norm {
                assert!(
                    text.is_char_boundary(n.start)
                        && text.is_char_boundary(n.end)
                        && n.start < n.end
                );
            }
        }
        let norm = normalize("ｶﾞ");
        assert_eq!(
            (norm.len(), norm[0].c, norm[0].start, norm[0].end),
            (1, 'ガ', 0, 6)
        );
    }

    #[test]
    fn codes_and_classes_are_not_terms() {
        let q = parse_query("301和308哪个好");
        assert_eq!(q.codes, [301, 308]);
        assert!(!q.has_terms() && !q.is_empty());
        assert_eq!(parse_query("４０４").codes, [404]);
        assert_eq!(parse_query("what is 000").codes, [0]);
        let q = parse_query("5xx or 4XX errors");
        assert_eq!(
            (q.classes.as_slice(), terms("5xx or 4XX errors")),
            (&[5, 4][..], vec!["error".to_owned()])
        );
        let q = parse_query("x509 404 rfc 9110 404");
        assert_eq!(q.codes, [404]);
        assert_eq!(terms("x509 404 rfc 9110 404"), ["x509", "rfc", "9110"]);
        assert_eq!(parse_query("429のレスポンス").codes, [429]);
    }

    #[test]
    fn stop_words_alone_give_no_terms() {
        for text in [
            "",
            "  ?! ",
            "what status code should I return",
            "Which one to use: 401 or 403",
            "HTTP response codes vs status",
            "ステータスコードは何を返すべき",
            "401と403の違い",
            "どのレスポンスを返す場合",
            "应该返回什么状态码",
            "用哪个状态码",
            "什么时候",
            "是什么意思",
        ] {
            let q = parse_query(text);
            assert!(!q.has_terms(), "{text}: {:?}", terms(text));
            assert_eq!(q.word_count(), 0);
        }
        assert_eq!(terms("what is the api key for"), ["api", "key"]);
        assert!(parse_query("").is_empty());
    }

    #[test]
    fn identifiers_split_and_keep_their_whole_name() {
        assert_eq!(
            terms("HttpStatusCode.NotFound"),
            ["not", "found", "notfound", "httpstatuscodenotfound"]
        );
        assert_eq!(terms("HTTP_STATUS_TEAPOT"), ["teapot", "httpstatusteapot"]);
        assert_eq!(
            terms("XMLHttpRequest APIs"),
            ["xml", "request", "xmlhttprequest", "api"]
        );
        assert_eq!(terms("rate-limit"), ["rat", "limit", "ratelimit"]);
        assert_eq!(terms("HttpStatusCode"), Vec::<String>::new());
    }

    #[test]
    fn stop_words_are_sorted_and_found() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| is_stop_word(w)));
        assert!(!is_stop_word("the\0") && !is_stop_word("appropriateness") && !is_stop_word(""));
        assert!(is_stop_word("the") && is_stop_word("status") && !is_stop_word("not"));
    }

    #[test]
    fn edit_distance_is_bounded_osa() {
        let d = |a: &str, b: &str, k| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            distance_within(&a, &b, k)
        };
        assert_eq!(d("gateway", "gateway", 1), Some(0));
        assert_eq!(d("gaetway", "gateway", 1), Some(1));
        assert_eq!(d("forbiden", "forbidden", 2), Some(1));
        assert_eq!(d("gatwey", "gateway", 2), Some(2));
        assert_eq!(d("gatwey", "gateway", 1), None);
        assert_eq!(d("abcdef", "uvwxyz", 2), None);
        assert_eq!(d("", "ab", 2), Some(2));
    }

    #[test]
    fn stemming_is_light_and_consistent() {
        for (words, stemmed) in [
            (&["limit", "limits", "limited", "limiting"][..], "limit"),
            (&["expire", "expires", "expired", "expiring"], "expir"),
            (&["upload", "uploads", "uploaded", "uploading"], "upload"),
            (&["retry", "retries", "retried", "retrying"], "retry"),
            (&["cache", "caches", "cached", "caching"], "cach"),
            (&["stop", "stopped", "stopping"], "stop"),
            (&["status"], "status"),
            (&["need", "needs", "needed"], "need"),
            (&["add", "added"], "add"),
            (&["permanently", "permanent"], "permanent"),
            (&["temporarily", "temporary"], "temporary"),
        ] {
            for w in words {
                assert_eq!(stem(w), stemmed, "{w}");
            }
        }
        let idx = index(&[
            (1, &[(MEANING, "rate limit")]),
            (2, &[(SITUATIONS, "token expires")]),
            (3, &[(SITUATIONS, "upload too big")]),
            (4, &[(SITUATIONS, "retries exhausted")]),
        ]);
        for q in ["limiting", "limits", "limited"] {
            assert_eq!(found(&idx, q), [1], "{q}");
        }
        assert_eq!(found(&idx, "expired "), [2]);
        assert_eq!(found(&idx, "uploaded "), [3]);
        assert_eq!(found(&idx, "retry "), [4]);
    }

    #[test]
    fn term_order_does_not_matter_and_more_terms_rank_higher() {
        let idx = index(&[
            (1, &[(SITUATIONS, "api key missing")]),
            (
                2,
                &[
                    (SITUATIONS, "api key rotated"),
                    (SITUATIONS, "api key expired"),
                    (SITUATIONS, "key api"),
                ],
            ),
            (3, &[(MEANING, "the key is missing")]),
        ]);
        let a = idx.search(&parse_query("api key missing"));
        let b = idx.search(&parse_query("missing key api"));
        assert_eq!(
            a.iter().map(|m| m.doc).collect::<Vec<_>>(),
            b.iter().map(|m| m.doc).collect::<Vec<_>>()
        );
        assert_eq!((a[0].doc, a[0].terms_matched), (1, 3));
        assert_eq!(
            a.iter().map(|m| m.terms_matched).collect::<Vec<_>>(),
            [3, 2, 2]
        );
        // A word matching nothing lowers the score but finds the rest.
        let q = parse_query("api key missing qqqzzz");
        let m = idx.search(&q);
        assert_eq!((m[0].doc, m[0].terms_matched, q.word_count()), (1, 3, 4));
        assert!(m[0].score < a[0].score);
    }

    #[test]
    fn width_case_and_joiners_do_not_matter() {
        let idx = index(&[
            (1, &[(SITUATIONS, "API key")]),
            (2, &[(MEANING, "rate limit exceeded")]),
            (3, &[(NAMES, "Request-URI Too Long")]),
            (4, &[(NAMES, "content_type")]),
            (5, &[(NAMES, "HttpStatusCode.NotFound")]),
        ]);
        assert_eq!(found(&idx, "ＡＰＩ"), [1]);
        assert_eq!(found(&idx, "api KEY"), [1]);
        assert_eq!(found(&idx, "rate-limit"), [2]);
        assert_eq!(found(&idx, "RateLimit"), [2]);
        assert_eq!(found(&idx, "request uri"), [3]);
        assert_eq!(found(&idx, "uri"), [3]);
        assert_eq!(found(&idx, "Content Type"), [4]);
        assert_eq!(found(&idx, "not found"), [5]);
    }

    #[test]
    fn an_exact_constant_name_ranks_first() {
        let idx = index(&[
            (1, &[(NAMES, "StatusTeapot")]),
            (
                2,
                &[
                    (TITLE, "I'm a teapot"),
                    (MEANING, "a teapot asked to brew coffee"),
                ],
            ),
            (3, &[(NAMES, "HTTP_STATUS_TEAPOT")]),
            (4, &[(NAMES, "HttpStatusCode.NotFound")]),
            (5, &[(TITLE, "Not Found")]),
        ]);
        assert_eq!(found(&idx, "teapot").len(), 3);
        assert_eq!(found(&idx, "StatusTeapot")[0], 1);
        assert_eq!(found(&idx, "HTTP_STATUS_TEAPOT")[0], 3);
        assert_eq!(found(&idx, "NotFound"), [4, 5]);
        assert_eq!(found(&idx, "notfound"), [4]);
    }

    #[test]
    fn typos_are_tolerated_by_word_length() {
        let idx = index(&[
            (1, &[(TITLE, "Forbidden")]),
            (2, &[(TITLE, "Unauthorized")]),
            (3, &[(TITLE, "Bad Gateway")]),
            (4, &[(SITUATIONS, "api key missing")]),
            (5, &[(MEANING, "each")]),
            (6, &[(MEANING, "cache")]),
        ]);
        assert_eq!(found(&idx, "forbiden"), [1]);
        assert_eq!(found(&idx, "frobidden"), [1]);
        assert_eq!(found(&idx, "forbbiden"), [1], "two edits from 8 letters");
        assert_eq!(found(&idx, "unauthorised"), [2]);
        assert_eq!(found(&idx, "gaetway"), [3], "a transposition is one edit");
        assert_eq!(found(&idx, "gatway"), [3]);
        assert!(
            found(&idx, "gaetwya").is_empty(),
            "two edits are too many for 7 letters"
        );
        assert!(found(&idx, "kye").is_empty(), "no typos below 4 letters");
        assert_eq!(
            found(&idx, "cache"),
            [6],
            "a word found as typed is not corrected"
        );
        assert!(score(&idx, "gaetway", 3) < score(&idx, "gateway", 3));
    }

    #[test]
    fn the_word_being_typed_matches_as_a_prefix() {
        let idx = index(&[(1, &[(MEANING, "a teapot")]), (2, &[(MEANING, "tea time")])]);
        assert_eq!(found(&idx, "teap"), [1]);
        assert_eq!(
            found(&idx, "teap "),
            [2],
            "a finished word is not a prefix (but one edit from tea)"
        );
        assert!(
            !found(&idx, "teap pot").contains(&1),
            "only the last word is"
        );
        assert_eq!(found(&idx, "tea"), [2, 1]);
        assert!(score(&idx, "teap", 1) < score(&idx, "teapot", 1));
        assert!(!parse_query("t").has_terms());
    }

    #[test]
    fn cjk_matches_by_bigrams() {
        let idx = index(&[
            (1, &[(SITUATIONS, "请求过于频繁")]),
            (2, &[(SITUATIONS, "アップロードされたファイルが大きすぎる")]),
            (3, &[(SITUATIONS, "文件太大")]),
            (4, &[(MEANING, "请求的资源不存在")]),
        ]);
        assert_eq!(found(&idx, "请求太频繁")[0], 1);
        let m = idx.search(&parse_query("アップロード ファイル 大きすぎる"));
        assert_eq!((m.len(), m[0].doc, m[0].terms_matched), (1, 2, 3));
        assert_eq!(found(&idx, "文件"), [3]);
        assert_eq!(found(&idx, "ファイルが大きい"), [2]);
        assert_eq!(found(&idx, "资源"), [4]);
        assert_eq!(found(&idx, "源"), [4], "a single character is a unigram");
    }

    #[test]
    fn particles_and_stop_words_do_not_become_bigrams() {
        assert_eq!(
            terms("トークンの有効期限切れ"),
            [
                "トー", "ーク", "クン", "有効", "効期", "期限", "限切", "切れ"
            ]
        );
        assert_eq!(parse_query("トークンの有効期限切れ").word_count(), 2);
        assert_eq!(terms("キーがない"), ["キー", "ない"]);
        assert_eq!(terms("ファイルではない"), ["ファ", "ァイ", "イル", "ない"]);
        assert_eq!(terms("エラー時のコード"), ["エラ", "ラー"]);
        assert_eq!(terms("一時的"), ["一時"]);
        assert_eq!(terms("令牌过期了"), ["令牌", "牌过", "过期"]);
        assert_eq!(terms("超时"), ["超时"]);
        let idx = index(&[
            (1, &[(SITUATIONS, "トークンの有効期限切れ")]),
            (2, &[(SITUATIONS, "サインの有無を確認する")]),
        ]);
        assert_eq!(found(&idx, "トークンの有効期限切れ"), [1]);
        // Inflections in pure hiragana weigh less, also in how much of a
        // word they make: すぎる alone does not match 多すぎる.
        let q = parse_query("多すぎる");
        let w = HIRAGANA_WEIGHT;
        assert_eq!(
            q.terms.iter().map(|t| t.weight).collect::<Vec<_>>(),
            [1.0, w, w]
        );
        let idx = index(&[(1, &[(TITLE, "大きすぎる")]), (2, &[(MEANING, "多すぎる")])]);
        let m = idx.search(&q);
        assert_eq!(
            m.iter()
                .map(|m| (m.doc, m.terms_matched))
                .collect::<Vec<_>>(),
            [(2, 1), (1, 0)]
        );
    }

    #[test]
    fn a_cjk_word_start_scores_higher() {
        let idx = index(&[
            (1, &[(SITUATIONS, "プロファイルを送る")]),
            (2, &[(SITUATIONS, "ファイルを送る")]),
        ]);
        assert_eq!(found(&idx, "ファイル"), [2, 1]);
    }

    #[test]
    fn rare_terms_weigh_more() {
        let idx = index(&[
            (1, &[(MEANING, "server busy")]),
            (2, &[(MEANING, "server down")]),
            (3, &[(MEANING, "server gone")]),
            (4, &[(MEANING, "gateway")]),
        ]);
        assert_eq!(found(&idx, "server gateway")[0], 4);
    }

    #[test]
    fn heavier_fields_weigh_more() {
        let idx = index(&[(1, &[(MEANING, "gone")]), (2, &[(TITLE, "Gone")])]);
        assert_eq!(found(&idx, "gone"), [2, 1]);
    }

    #[test]
    fn repeated_matches_saturate() {
        let many = [(SITUATIONS, "timeout"); 8];
        let idx = index(&[(1, &[(SITUATIONS, "timeout")]), (2, &many)]);
        let (one, eight) = (score(&idx, "timeout", 1), score(&idx, "timeout", 2));
        assert!(eight > one && eight < 3.0 * one, "{one} {eight}");
    }

    #[test]
    fn words_next_to_each_other_score_higher() {
        let idx = index(&[
            (
                1,
                &[
                    (SITUATIONS, "rate of uploads"),
                    (SITUATIONS, "limit reached"),
                ],
            ),
            (
                2,
                &[(SITUATIONS, "rate limit exceeded"), (SITUATIONS, "ok")],
            ),
        ]);
        assert_eq!(found(&idx, "rate limit "), [2, 1]);
        assert_eq!(found(&idx, "limit rate "), [2, 1]);
        let idx = index(&[
            (1, &[(SITUATIONS, "期限の有効性")]),
            (2, &[(SITUATIONS, "有効期限")]),
        ]);
        assert_eq!(found(&idx, "有効期限"), [2, 1]);
    }

    #[test]
    fn a_match_tells_its_best_value() {
        let idx = index(&[(
            7,
            &[
                (TITLE, "Too Many Requests"),
                (SITUATIONS, "api key missing"),
                (SITUATIONS, "rate limit hit"),
                (SITUATIONS, "too many login attempts"),
                (
                    MEANING,
                    "The client sent too many requests in a given time (rate limiting).",
                ),
            ],
        )]);
        let m = idx.search(&parse_query("rate limit"));
        assert_eq!(
            (m[0].doc, m[0].best, m[0].terms_matched),
            (7, (SITUATIONS, 1), 2)
        );
        let m = idx.search(&parse_query("too many requests"));
        assert_eq!(m[0].best, (TITLE, 0));
    }

    #[test]
    fn highlights_what_matched() {
        let text = "Rate-limit exceeded; retry later";
        let idx = index(&[(1, &[(SITUATIONS, text)])]);
        let ranges = idx.highlight(&parse_query("rate limiting retri"), text);
        assert_eq!(ranges, [0..4, 5..10, 21..26]);
        let text = "アップロードされたファイルが大きすぎる";
        let idx = index(&[(1, &[(SITUATIONS, text)])]);
        let ranges = idx.highlight(&parse_query("ファイル"), text);
        assert_eq!(ranges.len(), 1);
        assert_eq!(&text[ranges[0].clone()], "ファイル");
        let text = "use StatusTeapot here";
        let idx = index(&[(1, &[(NAMES, text)])]);
        assert_eq!(idx.highlight(&parse_query("StatusTea"), text), vec![4..16]);
        let idx = index(&[(1, &[(MEANING, "ＡＰＩキー")])]);
        assert_eq!(idx.highlight(&parse_query("api"), "ＡＰＩキー"), vec![0..9]);
        assert_eq!(
            idx.highlight(&parse_query("404"), "see 404, not 410"),
            vec![4..7]
        );
    }

    #[test]
    fn documents_and_fields_are_generic() {
        let mut builder = IndexBuilder::new(&[1.0, -1.0]);
        builder.add(404, 0, "not found");
        builder.add(7, 1, "hidden");
        builder.add(9, 5, "beyond the weights");
        let idx = builder.build();
        assert_eq!(
            (idx.len(), found(&idx, "found"), found(&idx, "hidden")),
            (3, vec![404], vec![])
        );
        assert_eq!(found(&idx, "beyond"), [9]);
        let empty = IndexBuilder::new(&[]).build();
        assert!(empty.is_empty() && found(&empty, "anything").is_empty());
    }

    /// A small xorshift generator: the tests stay deterministic without a crate.
    fn random(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    fn garbage(state: &mut u64, len: usize) -> String {
        const PIECES: &[&str] = &[
            "a",
            "Z",
            "_",
            "-",
            ".",
            "/",
            ":",
            "'",
            " ",
            "4",
            "04",
            "xx",
            "\u{301}",
            "\u{3099}",
            "ｶ",
            "ﾞ",
            "の",
            "は",
            "ー",
            "時",
            "请求",
            "ＡＰＩ",
            "４",
            "ﬁ",
            "\u{0}",
            "\u{FFFF}",
            "😀",
            "Ǆ",
            "İ",
            "ß",
            "가",
            "\u{200D}",
            "StatusTeapot",
            "HTTP_",
            "rate-limit",
            "ステータスコード",
        ];
        (0..len)
            .map(|_| {
                let r = random(state);
                if r.is_multiple_of(4) {
                    char::from_u32(u32::try_from((r >> 8) % 0x11_0000).unwrap_or(0))
                        .map_or_else(String::new, String::from)
                } else {
                    PIECES[(r >> 8) as usize % PIECES.len()].to_owned()
                }
            })
            .collect()
    }

    #[test]
    fn garbage_and_huge_input_never_panic() {
        let mut state = 0x9E37_79B9_7F4A_7C15;
        let mut builder = IndexBuilder::new(&WEIGHTS);
        for doc in 0..40 {
            for field in 0..8 {
                let len = (random(&mut state) % 40) as usize;
                builder.add(doc, field, &garbage(&mut state, len));
            }
        }
        let huge = "rate limit ".repeat(7_000) + &"語".repeat(70_000);
        builder.add(99, 3, &huge);
        builder.add(98, 3, &"\u{301}".repeat(10_000));
        let idx = builder.build();
        for _ in 0..500 {
            let len = (random(&mut state) % 30) as usize;
            let text = garbage(&mut state, len);
            let query = parse_query(&text);
            for m in idx.search(&query) {
                assert!(m.score.is_finite() && m.score > 0.0);
                assert!(m.terms_matched <= query.word_count());
            }
            for r in idx.highlight(&query, &text) {
                assert!(text.get(r).is_some());
            }
        }
        let long_query = garbage(&mut state, 5_000) + &"abcdefghij ".repeat(2_000);
        let query = parse_query(&long_query);
        assert!(query.terms.len() <= MAX_TERMS);
        let _ = idx.search(&query);
        let _ = idx.search(&parse_query(&huge));
        assert!(!idx.highlight(&parse_query("rate"), &huge).is_empty());
    }
}
