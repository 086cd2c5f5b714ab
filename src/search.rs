//! Ranked search over the catalogue, shared by the browser and the command
//! line so both rank alike.
//!
//! Matching is tiered, so the order is the one a user expects: an exact code
//! first, then codes that start with the digits typed (or a whole class, for
//! `4xx`), then fuzzy matches on names (title, phrase, aliases), then plain
//! substring matches in the longer text (meaning and scenario). Names and
//! text are searched in the active language and in English at once.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::catalog::{self, Class};
use crate::describe::list_label;
use crate::lang::Lang;

/// How an entry matched; a higher tier always ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// Found only in the meaning or scenario text.
    Text,
    /// Fuzzy match on a title, phrase or alias.
    Name,
    /// The code starts with the digits typed, or is in the class typed.
    CodePrefix,
    /// The code is exactly what was typed.
    ExactCode,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`catalog::entries`].
    pub entry: usize,
    pub tier: Tier,
    /// Fuzzy score within the tier; higher is better.
    pub score: i64,
    /// Char indices of [`list_label`] that matched, for highlighting.
    pub label_indices: Vec<usize>,
}

/// What is searched for one entry, prepared once per language.
#[derive(Debug)]
struct Haystack {
    label: String,
    /// Short fields matched fuzzily: titles, phrase, aliases.
    names: Vec<String>,
    /// Meaning and scenario, ASCII-lowercased (CJK has no case, and
    /// full Unicode lowering made building an index several times slower),
    /// matched by substring.
    text: String,
}

/// The searchable form of the catalogue in one language.
///
/// Built once per language, so a keystroke only matches, never prepares.
#[derive(Debug)]
pub struct SearchIndex {
    codes: Vec<u16>,
    haystacks: Vec<Haystack>,
}

impl SearchIndex {
    /// Prepares the haystacks for `lang` (with English alongside).
    #[must_use]
    pub fn new(lang: Lang) -> SearchIndex {
        let haystacks = catalog::entries()
            .iter()
            .map(|entry| {
                let mut names = vec![entry.phrase.to_owned()];
                names.extend(entry.aliases.iter().map(|a| (*a).to_owned()));
                names.push(entry.text(Lang::En).title.to_owned());
                if lang != Lang::En {
                    names.push(entry.text(lang).title.to_owned());
                }
                for l in [Lang::En, lang] {
                    names.extend(entry.text(l).origin.map(str::to_owned));
                }
                names.dedup();
                let mut text = String::new();
                for l in if lang == Lang::En {
                    vec![Lang::En]
                } else {
                    vec![lang, Lang::En]
                } {
                    let t = entry.text(l);
                    text.push_str(t.meaning);
                    text.push('\n');
                    text.push_str(t.scenario);
                    text.push('\n');
                }
                Haystack {
                    label: list_label(entry, lang),
                    names,
                    text: text.to_ascii_lowercase(),
                }
            })
            .collect();
        let codes = catalog::entries().iter().map(|entry| entry.code).collect();
        SearchIndex { codes, haystacks }
    }

    /// Every entry matching `query`, best first. An empty query matches all,
    /// in catalogue order.
    #[must_use]
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        if query.is_empty() {
            return (0..self.haystacks.len())
                .map(|entry| Hit {
                    entry,
                    tier: Tier::Name,
                    score: 0,
                    label_indices: Vec::new(),
                })
                .collect();
        }
        if let Some(hits) = code_query(&self.codes, query) {
            return hits;
        }
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut hits: Vec<Hit> = {
            let lowered = query.to_ascii_lowercase();
            let words: Vec<&str> = lowered.split_whitespace().collect();
            self.haystacks
                .iter()
                .enumerate()
                .filter_map(|(entry, hay)| {
                    let name_score = hay
                        .names
                        .iter()
                        .chain(std::iter::once(&hay.label))
                        .filter_map(|name| matcher.fuzzy_match(name, query))
                        .max();
                    let (tier, score) = match name_score {
                        Some(score) => (Tier::Name, score),
                        None if words.iter().all(|w| hay.text.contains(w)) => (Tier::Text, 0),
                        None => return None,
                    };
                    let label_indices = matcher
                        .fuzzy_indices(&hay.label, query)
                        .map(|(_, indices)| indices)
                        .unwrap_or_default();
                    Some(Hit {
                        entry,
                        tier,
                        score,
                        label_indices,
                    })
                })
                .collect()
        };
        hits.sort_by(|a, b| {
            b.tier
                .cmp(&a.tier)
                .then(b.score.cmp(&a.score))
                .then(a.entry.cmp(&b.entry))
        });
        hits
    }
}

/// Hits for a query that is a code, digits of one (`50`) or a class
/// (`4xx`); `None` for any other query.
///
/// The browser's search and the command line both come here for codes, so
/// they rank alike; the command line needs no prepared index for it.
#[must_use]
pub fn code_search(query: &str) -> Option<Vec<Hit>> {
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
        .map(|(entry, _)| Hit {
            entry,
            tier: if exact {
                Tier::ExactCode
            } else {
                Tier::CodePrefix
            },
            score: 0,
            label_indices: (0..digits.len()).collect(),
        })
        .collect();
    hits.sort_by(|a, b| b.tier.cmp(&a.tier).then(a.entry.cmp(&b.entry)));
    Some(hits)
}

/// Reads `1xx` to `5xx` (any case) as a class.
#[must_use]
pub fn parse_class(text: &str) -> Option<Class> {
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
mod tests {
    use super::*;

    fn codes(lang: Lang, query: &str) -> Vec<u16> {
        SearchIndex::new(lang)
            .search(query)
            .iter()
            .map(|hit| catalog::entries()[hit.entry].code)
            .collect()
    }

    #[test]
    fn an_exact_code_comes_first() {
        assert_eq!(codes(Lang::En, "404").first(), Some(&404));
    }

    #[test]
    fn digits_find_every_code_that_starts_with_them() {
        let found = codes(Lang::En, "50");
        assert!(
            found.iter().all(|code| (500..510).contains(code)),
            "{found:?}"
        );
        for code in [500, 501, 502, 503, 504, 505, 506, 507, 508] {
            assert!(found.contains(&code), "{code} missing from {found:?}");
        }
    }

    #[test]
    fn a_class_query_lists_that_class() {
        let found = codes(Lang::En, "4XX");
        assert!(found.contains(&400) && found.contains(&451));
        assert!(found.iter().all(|code| (400..500).contains(code)));
    }

    #[test]
    fn a_typo_still_finds_the_gateway_codes_first() {
        let found = codes(Lang::En, "gatway");
        assert!(
            found[..2].contains(&502) && found[..2].contains(&504),
            "{found:?}"
        );
    }

    #[test]
    fn teapot_finds_418() {
        assert_eq!(codes(Lang::En, "teapot").first(), Some(&418));
    }

    #[test]
    fn former_names_find_the_code() {
        assert_eq!(codes(Lang::En, "Unprocessable Entity").first(), Some(&422));
        assert_eq!(codes(Lang::En, "payload too large").first(), Some(&413));
    }

    #[test]
    fn english_words_work_in_every_language() {
        for lang in Lang::ALL {
            assert!(codes(lang, "gateway timeout").starts_with(&[504]), "{lang}");
        }
    }

    #[test]
    fn nonsense_finds_nothing() {
        assert!(codes(Lang::En, "zzqqxx").is_empty());
        assert!(codes(Lang::En, "997").is_empty());
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        let all: Vec<u16> = catalog::entries().iter().map(|e| e.code).collect();
        assert_eq!(codes(Lang::Ja, "  "), all);
    }

    #[test]
    fn label_indices_point_at_the_typed_digits() {
        let hits = SearchIndex::new(Lang::En).search("40");
        assert!(hits.iter().all(|hit| hit.label_indices == [0, 1]));
    }

    #[test]
    fn code_search_finds_codes_without_an_index() {
        let found = |query| {
            code_search(query).map(|hits| {
                hits.iter()
                    .map(|hit| catalog::entries()[hit.entry].code)
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(found("404"), Some(vec![404]));
        assert_eq!(
            found("41").unwrap(),
            [410, 411, 412, 413, 414, 415, 416, 417, 418, 419]
        );
        assert_eq!(found("997"), Some(vec![]));
        assert_eq!(found("gateway"), None);
    }

    #[test]
    fn class_text_parses_only_real_classes() {
        assert_eq!(parse_class("4xx"), Some(Class::ClientError));
        assert_eq!(parse_class("5XX"), Some(Class::ServerError));
        assert_eq!(parse_class("6xx"), None);
        assert_eq!(parse_class("4xy"), None);
        assert_eq!(parse_class("4x"), None);
    }
}
