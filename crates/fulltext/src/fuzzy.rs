//! Typo matching: the vocabulary words by length and letter set, and a
//! bounded edit distance.

use crate::normalize::cjk_script;
use crate::{MAX_FUZZY_CHARS, ONE_EDIT_FROM, to_u32};

pub(crate) fn char_mask(chars: &[char]) -> u32 {
    chars.iter().fold(0, |m, &c| m | 1 << (u32::from(c) % 32))
}

/// The vocabulary words that may be matched with typos, by length in
/// characters, each with a bit set of its characters for a quick rejection:
/// where the entries of each length begin (one more than the longest
/// length), and the entries as (bit set, term id), in vocabulary order
/// within a length.
pub(crate) fn typo_table(terms: &[Box<str>]) -> (Vec<u32>, Vec<(u32, u32)>) {
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
    let mut starts = Vec::new();
    let mut entries = Vec::with_capacity(words.len());
    let mut chars = Vec::new();
    // By length, and in vocabulary order within one: a pass per length
    // costs less than sorting.
    let longest = words.iter().map(|w| w.0).max();
    for len in longest.map_or(0..0, |longest| 0..longest + 1) {
        starts.push(to_u32(entries.len()));
        for &(_, term) in words.iter().filter(|w| w.0 == len) {
            chars.clear();
            chars.extend(terms[term].chars());
            entries.push((char_mask(&chars), to_u32(term)));
        }
    }
    if longest.is_some() {
        starts.push(to_u32(entries.len()));
    }
    (starts, entries)
}

/// Optimal string alignment distance of `a` and `b` (a transposition of
/// neighbours is one edit) if it is at most `k`; gives up as soon as a whole
/// row exceeds `k`. Words are at most `MAX_FUZZY_CHARS + 2` long.
pub(crate) fn distance_within(a: &[char], b: &[char], k: usize) -> Option<usize> {
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
