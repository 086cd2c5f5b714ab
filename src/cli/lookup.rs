//! Carrying out a lookup: what the operands ask for, finding it, and what
//! to print for codes, searches, `--compare` and `--constant`.

use std::fmt::Write as _;

use crate::describe::{self};
use crate::http;
use crate::search::{self, Hit, parse_class};
use crate::text::{excerpt, width};
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog, Class, Entry};

use super::json::{JsonCompare, JsonNamed, to_json};
use super::print::{paint, print_class, print_entry, print_line};
use super::{EXCERPT, EXIT_FOUND, EXIT_NOT_FOUND, Options, Outcome, Style};
/// One thing to look up, as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// `--list`.
    All,
    /// `4xx`.
    Class(Class),
    /// A status line (`HTTP/1.1 404 Not Found`, `404 Not Found`) or a code
    /// read from standard input: that code's entries, nothing near it.
    Code(u16),
    /// An entry's id as the JSON gives it (`499-nginx`): that entry alone.
    Id(usize),
    /// A pattern of a code's three digits, as `hc` users type them:
    /// `30[12]`, `3.*`, `4?9`.
    Pattern(String),
    /// Digits or words, for the search.
    Search(String),
}

impl Lookup {
    fn of(text: &str) -> Lookup {
        let text = text.trim();
        // "404 Not Found" is a status line, "409 or 412" a question about
        // two codes: a line without a version whose words hold another
        // number is searched instead.
        let status_line = http::parse_status_line(text).filter(|line| {
            line.version.is_some()
                || !line
                    .reason
                    .as_deref()
                    .is_some_and(|reason| reason.bytes().any(|b| b.is_ascii_digit()))
        });
        if let Some(line) = status_line {
            Lookup::Code(line.code)
        } else if let Some(class) = parse_class(text) {
            Lookup::Class(class)
        } else if let Some(entry) = catalog::entry(text).filter(|_| text.contains('-')) {
            Lookup::Id(entry.index)
        } else if is_pattern(text) {
            Lookup::Pattern(text.to_owned())
        } else {
            Lookup::Search(text.to_owned())
        }
    }

    /// Whether a word stands on its own among several: a code, a class or a
    /// whole status line, rather than one word of a search.
    fn stands_alone(word: &str) -> bool {
        let word = word.trim();
        (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
            || !matches!(Lookup::of(word), Lookup::Search(_))
    }
}

/// Whether `text` is a pattern of a code's digits: three places, each a
/// digit, `.` or `?` (any digit) or a class of digits and ranges in
/// brackets (`[0-4]`), or fewer with a `*` (any digits); at least one of
/// them not a plain digit, and nothing else.
fn is_pattern(text: &str) -> bool {
    let mut depth = 0;
    let mut wild = false;
    let (mut places, mut star) = (0, false);
    for c in text.chars() {
        match c {
            '0'..='9' | '-' if depth == 1 => {}
            '0'..='9' => places += 1,
            '.' | '?' if depth == 0 => {
                wild = true;
                places += 1;
            }
            '*' if depth == 0 => {
                wild = true;
                star = true;
            }
            '[' if depth == 0 => {
                depth = 1;
                wild = true;
                places += 1;
            }
            ']' if depth == 1 => depth = 0,
            _ => return false,
        }
    }
    // Three places, as codes have, unless a star stands for some.
    wild && depth == 0 && (places == 3 || star && places < 3)
}

/// Whether `code` (three digits) matches `pattern` (see [`is_pattern`]),
/// whole.
fn matches_pattern(pattern: &str, code: &str) -> bool {
    matches_pattern_bytes(pattern.as_bytes(), code.as_bytes())
}

fn matches_pattern_bytes(pattern: &[u8], code: &[u8]) -> bool {
    match pattern.split_first() {
        None => code.is_empty(),
        Some((b'*', rest)) => {
            (0..=code.len()).any(|skip| matches_pattern_bytes(rest, &code[skip..]))
        }
        Some((b'[', rest)) => {
            let Some(end) = rest.iter().position(|&b| b == b']') else {
                return false;
            };
            code.split_first().is_some_and(|(&digit, tail)| {
                in_class(&rest[..end], digit) && matches_pattern_bytes(&rest[end + 1..], tail)
            })
        }
        Some((&p, rest)) => code.split_first().is_some_and(|(&digit, tail)| {
            (p == b'.' || p == b'?' || p == digit) && matches_pattern_bytes(rest, tail)
        }),
    }
}

/// Whether `digit` is in a bracketed class of digits and ranges (`0-4`).
fn in_class(class: &[u8], digit: u8) -> bool {
    let mut i = 0;
    while i < class.len() {
        if class.get(i + 1) == Some(&b'-') && i + 2 < class.len() {
            if (class[i]..=class[i + 2]).contains(&digit) {
                return true;
            }
            i += 3;
        } else {
            if class[i] == digit {
                return true;
            }
            i += 1;
        }
    }
    false
}

/// What the operands ask for: several codes, classes or status lines each
/// on their own (`httpdex 401 403`), or else all the words as one status
/// line (`httpdex 404 Not Found`, `httpdex HTTP/2 503`) or one search
/// (`httpdex gateway timeout`).
pub(crate) fn lookups(operands: &[String]) -> Vec<(String, Lookup)> {
    let joined = operands.join(" ");
    if operands.len() > 1 && operands.iter().all(|word| Lookup::stands_alone(word)) {
        return operands
            .iter()
            .map(|word| (word.trim().to_owned(), Lookup::of(word)))
            .collect();
    }
    let lookup = Lookup::of(&joined);
    vec![(joined.trim().to_owned(), lookup)]
}

/// A lookup's result: the entries, and whether they are what was asked
/// for exactly (a code) rather than the hits of a search.
#[derive(Debug)]
pub(crate) struct Found {
    query: String,
    lookup: Lookup,
    entries: Vec<&'static Entry>,
    exact: bool,
}

pub(crate) fn find(query: String, lookup: Lookup, lang: Lang) -> Found {
    let (entries, exact): (Vec<&'static Entry>, bool) = match &lookup {
        Lookup::All => (catalog::entries().iter().collect(), false),
        Lookup::Class(class) => (catalog::by_class(*class).collect(), false),
        Lookup::Code(code) => (catalog::by_code(*code).collect(), true),
        Lookup::Id(index) => (vec![&catalog::entries()[*index]], true),
        Lookup::Pattern(pattern) => (
            catalog::entries()
                .iter()
                .filter(|entry| {
                    entry.code >= 100 && matches_pattern(pattern, &entry.code.to_string())
                })
                .collect(),
            false,
        ),
        Lookup::Search(text) => {
            let hits: Vec<Hit> = search::search(lang, text);
            let entries: Vec<&'static Entry> = hits
                .iter()
                .map(|hit| &catalog::entries()[hit.entry])
                .collect();
            let exact = entries.iter().all(|e| e.code.to_string() == *text);
            (entries, exact)
        }
    };
    Found {
        query,
        lookup,
        entries,
        exact,
    }
}

/// Why a lookup found nothing, for stderr.
pub(crate) fn not_found(found: &Found, lang: Lang) -> String {
    let errors = &lang.strings().errors;
    let mut stderr = String::new();
    let code = match &found.lookup {
        Lookup::Code(code) => Some(code.to_string()),
        Lookup::Search(text) if text.bytes().all(|b| b.is_ascii_digit()) => Some(text.clone()),
        _ => None,
    };
    if let Some(code) = code {
        let _ = writeln!(
            stderr,
            "httpdex: {}",
            fill(errors.unknown_code, &[("code", &excerpt(&code, EXCERPT))])
        );
        if code.len() == 3 {
            let near: Vec<String> = catalog::near_codes(code.parse().unwrap_or(0), 5)
                .iter()
                .map(u16::to_string)
                .collect();
            let _ = writeln!(
                stderr,
                "{}",
                fill(errors.near_codes, &[("codes", &near.join(", "))])
            );
        }
    } else {
        let shown = excerpt(&found.query, EXCERPT);
        let _ = writeln!(
            stderr,
            "httpdex: {}",
            fill(errors.no_match, &[("query", &shown)])
        );
    }
    stderr
}

/// Runs a non-interactive command: codes, classes, a search or `--list`.
#[must_use]
pub fn execute(options: &Options, style: Style) -> Outcome {
    let lang = options.lang;
    let errors = &lang.strings().errors;
    let results: Vec<Found> = if options.list {
        vec![find(String::new(), Lookup::All, lang)]
    } else if options.stdin || options.query.trim().is_empty() {
        return Outcome::usage_error(errors.nothing_to_print, lang);
    } else {
        lookups(&options.operands)
            .into_iter()
            .map(|(query, lookup)| find(query, lookup, lang))
            .collect()
    };
    show(&results, options, style)
}

/// Prints what the lookups found, and on stderr what they did not; exit 1
/// if any found nothing.
pub(crate) fn show(results: &[Found], options: &Options, style: Style) -> Outcome {
    let lang = options.lang;
    let mut stderr = String::new();
    for found in results.iter().filter(|found| found.entries.is_empty()) {
        stderr.push_str(&not_found(found, lang));
    }
    let code = if stderr.is_empty() {
        EXIT_FOUND
    } else {
        EXIT_NOT_FOUND
    };
    let all: Vec<&Entry> = results
        .iter()
        .flat_map(|found| found.entries.iter().copied())
        .collect();
    if all.is_empty() {
        return Outcome {
            stdout: if options.json {
                "[]\n".into()
            } else {
                String::new()
            },
            stderr,
            code,
        };
    }
    let mut outcome = if options.compare {
        found(compare(results, lang, options.json, style))
    } else if let Some(library) = options.constant {
        constants(results, library, options.json, lang)
    } else if options.json {
        found(to_json(&all, lang))
    } else {
        let blocks: Vec<String> = results
            .iter()
            .filter(|found| !found.entries.is_empty())
            .map(|found| print_found(found, options, style))
            .collect();
        // Blocks of full entries are set apart; short lines run on.
        found(blocks.join(if options.short { "" } else { "\n" }))
    };
    outcome.stderr.insert_str(0, &stderr);
    if outcome.code == EXIT_FOUND {
        outcome.code = code;
    }
    outcome
}

/// One lookup's result as text: a class with its description, entries in
/// full for a code, one line each for a search or the list.
pub(crate) fn print_found(found: &Found, options: &Options, style: Style) -> String {
    let lang = options.lang;
    if let Lookup::Class(class) = found.lookup
        && !options.short
    {
        return print_class(class, lang, style);
    }
    if found.exact && !options.short {
        let entries: Vec<String> = found
            .entries
            .iter()
            .map(|entry| print_entry(entry, lang, style))
            .collect();
        return entries.join("\n");
    }
    found
        .entries
        .iter()
        .map(|entry| print_line(entry, lang, style))
        .collect()
}

/// `--compare`: the entries found side by side, or, for one entry, that
/// entry beside its related codes, as the browser's compare view shows them.
pub(crate) fn compare(results: &[Found], lang: Lang, json: bool, style: Style) -> String {
    let mut family: Vec<&'static Entry> = Vec::new();
    for entry in results
        .iter()
        .flat_map(|found| found.entries.iter().copied())
    {
        if !family.iter().any(|e| e.id == entry.id) {
            family.push(entry);
        }
    }
    if let [entry] = family[..] {
        family = describe::compare_family(entry);
    }
    if json {
        let rows: Vec<JsonCompare> = family
            .iter()
            .map(|entry| JsonCompare {
                code: entry.code,
                id: entry.id,
                phrase: entry.phrase,
                title: entry.text(lang).title,
                redirect: entry.redirect.as_ref(),
                cache: entry.sent.then_some(entry.cache),
                required_headers: describe::required_headers(entry),
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&rows).expect("rows serialize to JSON");
        out.push('\n');
        return out;
    }
    let table = describe::compare_table(&family, lang);
    let widths: Vec<usize> = (0..table[0].len())
        .map(|c| table.iter().map(|row| width(&row[c])).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (i, row) in table.iter().enumerate() {
        let mut line = String::new();
        for (c, (cell, &w)) in row.iter().zip(&widths).enumerate() {
            if c + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(w - width(cell) + 2));
            }
        }
        let line = line.trim_end();
        let _ = writeln!(out, "{}", paint(line, None, i == 0, style));
    }
    out
}

pub(crate) fn found(stdout: String) -> Outcome {
    Outcome {
        stdout,
        stderr: String::new(),
        code: EXIT_FOUND,
    }
}

/// A search among the lookups that matched several codes, refused with
/// the codes it matched: one constant cannot be guessed from it.
pub(crate) fn ambiguous(results: &[Found], lang: Lang) -> Option<Outcome> {
    let found = results.iter().find(|found| {
        matches!(found.lookup, Lookup::Search(_)) && !found.exact && found.entries.len() > 1
    })?;
    let mut codes: Vec<String> = found
        .entries
        .iter()
        .take(12)
        .map(|entry| entry.code.to_string())
        .collect();
    if found.entries.len() > codes.len() {
        codes.push("…".into());
    }
    let message = fill(
        lang.strings().errors.several_matches,
        &[
            ("query", &excerpt(&found.query, EXCERPT)),
            ("codes", &codes.join(", ")),
        ],
    );
    Some(Outcome::usage_error(&message, lang))
}

/// `--constant LIBRARY`: for one code, the name alone; for several codes, a
/// class or the list, a table of code and name (`--json`: an array). A
/// search that matches several codes is refused with the codes it matched,
/// rather than guessing. A code asked for by number that the library does
/// not name is said on stderr; in a class or the list it is left out.
pub(crate) fn constants(results: &[Found], library: usize, json: bool, lang: Lang) -> Outcome {
    let errors = &lang.strings().errors;
    if let Some(refused) = ambiguous(results, lang) {
        return refused;
    }
    let name = catalog::libraries()[library].name;
    let mut stderr = String::new();
    let mut rows: Vec<(&Entry, &catalog::Constant)> = Vec::new();
    for found in results {
        let asked = !matches!(found.lookup, Lookup::All | Lookup::Class(_));
        for entry in &found.entries {
            match entry.constant(library) {
                Some(constant) => rows.push((entry, constant)),
                None if asked => {
                    let code = entry.code.to_string();
                    let _ = writeln!(
                        stderr,
                        "httpdex: {}",
                        fill(errors.no_constant, &[("code", &code), ("library", name)])
                    );
                }
                None => {}
            }
        }
    }
    let code = if stderr.is_empty() {
        EXIT_FOUND
    } else {
        EXIT_NOT_FOUND
    };
    let one = results.len() == 1
        && results[0].entries.len() == 1
        && !matches!(results[0].lookup, Lookup::All | Lookup::Class(_));
    let stdout = if json {
        let items: Vec<JsonNamed> = rows
            .iter()
            .map(|(entry, constant)| JsonNamed {
                code: entry.code,
                id: entry.id,
                library: catalog::libraries()[library].key,
                name: constant.code,
                since: constant.since,
                former: constant.former,
                deprecated: constant.deprecated,
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&items).expect("constants serialize");
        out.push('\n');
        out
    } else if rows.is_empty() {
        String::new()
    } else if one {
        format!("{}\n", rows[0].1.code)
    } else {
        let code_width = rows
            .iter()
            .map(|(entry, _)| entry.code.to_string().len())
            .max()
            .unwrap_or(3);
        rows.iter()
            .fold(String::new(), |mut out, (entry, constant)| {
                let _ = writeln!(out, "{:<code_width$}  {}", entry.code, constant.code);
                out
            })
    };
    if rows.is_empty()
        && results
            .iter()
            .all(|f| matches!(f.lookup, Lookup::All | Lookup::Class(_)))
    {
        let _ = writeln!(
            stderr,
            "httpdex: {}",
            fill(
                errors.no_constant,
                &[("code", &results[0].query), ("library", name)]
            )
        );
    }
    Outcome {
        stdout,
        stderr,
        code: if rows.is_empty() {
            EXIT_NOT_FOUND
        } else {
            code
        },
    }
}
