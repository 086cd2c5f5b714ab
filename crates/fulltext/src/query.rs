//! Queries: the terms typed, their weights, typo allowances and prefixes,
//! and the codes and classes left to the caller.

use std::ops::Range;

use crate::analyze::{Chunk, Lowered, PartKind, chunks, compound_spans, latin_parts, stem};
use crate::cjk::cjk_query_pieces;
use crate::normalize::{NChar, Script, cjk_script, normalize};
use crate::{
    COMPOUND_WEIGHT, HIRAGANA_WEIGHT, MAX_FUZZY_CHARS, MAX_TERMS, ONE_EDIT_FROM, TWO_EDITS_FROM,
};

/// One term of a query.
#[derive(Debug, Clone)]
pub(crate) struct Term {
    /// The indexed form: stemmed Latin, or CJK characters.
    pub(crate) text: String,
    /// Lowercased as typed, for prefix matching (Latin only).
    pub(crate) raw: String,
    /// `text` as characters, for typo matching (when `edits` > 0).
    pub(crate) chars: Vec<char>,
    /// The query word it belongs to; None for a compound, which only adds.
    pub(crate) unit: Option<usize>,
    pub(crate) latin: bool,
    /// Typing errors tolerated.
    pub(crate) edits: u8,
    /// The word still being typed: match it as a prefix too.
    pub(crate) prefix: bool,
    pub(crate) weight: f32,
}

/// An analysed query. Codes and classes are for the caller to match against
/// its own code field; the text terms are searched with [`Index::search`].
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// 3-digit numbers, in the order typed, without repeats.
    pub codes: Vec<u16>,
    /// Classes typed as `4xx`, in the order typed, without repeats.
    pub classes: Vec<u8>,
    pub(crate) terms: Vec<Term>,
    /// Number of terms of each query word.
    pub(crate) unit_sizes: Vec<usize>,
}

impl Query {
    /// No text terms: only stop words, codes or nothing were typed.
    #[must_use]
    pub fn has_terms(&self) -> bool {
        !self.terms.is_empty()
    }

    /// Nothing at all to search for: no terms, codes or classes.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.codes.is_empty() && self.classes.is_empty()
    }

    /// Number of query words (a CJK piece is one word), the most
    /// [`Match::terms_matched`] can be.
    #[cfg(test)]
    pub fn word_count(&self) -> usize {
        self.unit_sizes.len()
    }

    /// Adds a term unless it is already there (or the query is full).
    pub(crate) fn push(&mut self, mut term: Term) {
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
    pub(crate) fn begin_word(&mut self) -> usize {
        self.unit_sizes.push(0);
        self.unit_sizes.len() - 1
    }

    pub(crate) fn end_word(&mut self) {
        if self.unit_sizes.last() == Some(&0) {
            self.unit_sizes.pop();
        }
    }

    pub(crate) fn add_latin(&mut self, norm: &[NChar], range: Range<usize>, typing: bool) {
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

    pub(crate) fn add_cjk(&mut self, chars: &[char]) {
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

pub(crate) fn latin_term(
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
pub fn parse_query(text: &str) -> Query {
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
