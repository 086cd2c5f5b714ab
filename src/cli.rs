//! The command line: parsing arguments, and printing entries as text or JSON.
//!
//! Everything here is a function of its inputs and returns what to print, so
//! tests need neither a terminal nor a process.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use crossterm::style::{Color, Stylize};
use serde::Serialize;

use crate::catalog::{
    Cache, Catalog, Class, Entry, Header, LIBRARIES, Redirect, Registration, Status,
};
use crate::describe::{self, class_heading};
use crate::lang::{Lang, fill};
use crate::search::{Hit, SearchIndex, code_search, parse_class};
use crate::text::{excerpt, width, wrap};
use crate::theme;
use ratatui::backend::IntoCrossterm;

/// How much of the user's input a message repeats, in cells.
const EXCERPT: usize = 40;

/// Exit status: something was found and printed.
pub const EXIT_FOUND: u8 = 0;
/// Exit status: nothing matched, or the code is unknown.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: the command line itself was wrong.
pub const EXIT_USAGE: u8 = 2;

/// What the user asked for, once the arguments are parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The words after the options, joined by spaces; empty if none.
    pub query: String,
    pub list: bool,
    pub json: bool,
    pub lang: Lang,
    pub interactive: bool,
    /// `--constant LIBRARY`: print only that library's constant, as an
    /// index into [`LIBRARIES`].
    pub constant: Option<usize>,
}

/// What a run prints and how it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

impl Outcome {
    fn usage_error(ui_message: &str, catalog: &Catalog, lang: Lang) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr: format!("httpdex: {ui_message}\n{}\n", catalog.ui(lang).cli_try_help),
            code: EXIT_USAGE,
        }
    }
}

/// The result of parsing the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// Go on and do what the options say.
    Run(Options),
    /// Print this and exit: help, version or a usage error.
    Exit(Outcome),
}

/// Parses the arguments (program name first).
///
/// Help is shown in the language the user asked for with `--lang`, or else
/// in `env_lang`, so it is read before the real parse.
pub fn parse_args<I>(args: I, env_lang: Lang, catalog: &Catalog) -> Parsed
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = requested_lang(&args).unwrap_or(env_lang);
    let ui = catalog.ui(lang);
    let matches = match command(catalog, lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(err) => return Parsed::Exit(clap_outcome(&err, catalog, lang)),
    };
    let lang = if let Some(value) = matches.get_one::<String>("lang") {
        let Some(lang) = Lang::parse(value) else {
            let message = fill(&ui.err_bad_lang, &[("lang", &excerpt(value, EXCERPT))]);
            return Parsed::Exit(Outcome::usage_error(&message, catalog, lang));
        };
        lang
    } else {
        lang
    };
    let constant = if let Some(value) = matches.get_one::<String>("constant") {
        let found = LIBRARIES
            .iter()
            .position(|key| key.eq_ignore_ascii_case(value));
        if found.is_none() {
            let libraries = LIBRARIES.join(", ");
            let message = fill(
                &ui.err_bad_library,
                &[
                    ("library", &excerpt(value, EXCERPT)),
                    ("libraries", &libraries),
                ],
            );
            return Parsed::Exit(Outcome::usage_error(&message, catalog, lang));
        }
        found
    } else {
        None
    };
    let query = matches
        .get_many::<String>("query")
        .map(|words| words.map(String::as_str).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let options = Options {
        query,
        list: matches.get_flag("list"),
        json: matches.get_flag("json"),
        lang,
        interactive: matches.get_flag("interactive"),
        constant,
    };
    if options.list && !options.query.is_empty() {
        return Parsed::Exit(Outcome::usage_error(&ui.err_list_and_query, catalog, lang));
    }
    Parsed::Run(options)
}

/// The `--lang` value, if it is given and valid, before a full parse.
fn requested_lang(args: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        if let Some(value) = arg
            .strip_prefix("--lang=")
            .or_else(|| arg.strip_prefix("-L").filter(|v| !v.is_empty()))
        {
            Lang::parse(value)
        } else if *arg == "--lang" || *arg == "-L" {
            args.get(i + 1).and_then(|value| Lang::parse(value))
        } else {
            None
        }
    })
}

/// The argument parser, with help text in `lang`.
fn command(catalog: &Catalog, lang: Lang) -> Command {
    let ui = catalog.ui(lang);
    let template = format!(
        "{{about}}\n\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        ui.cli_heading_usage
    );
    Command::new("httpdex")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ui.cli_about.clone())
        .help_template(template)
        .after_help(ui.cli_examples.clone())
        .disable_help_flag(true)
        .args_override_self(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("query")
                .value_name("QUERY")
                .num_args(1..)
                .help(ui.cli_arg_query.clone())
                .help_heading(ui.cli_heading_arguments.clone()),
        )
        .next_help_heading(ui.cli_heading_options.clone())
        .arg(
            Arg::new("list")
                .short('l')
                .long("list")
                .action(ArgAction::SetTrue)
                .help(ui.cli_opt_list.clone()),
        )
        .arg(
            Arg::new("json")
                .short('j')
                .long("json")
                .action(ArgAction::SetTrue)
                .help(ui.cli_opt_json.clone()),
        )
        .arg(
            Arg::new("lang")
                .short('L')
                .long("lang")
                .value_name("LANG")
                .help(ui.cli_opt_lang.clone()),
        )
        .arg(
            Arg::new("constant")
                .short('c')
                .long("constant")
                .value_name("LIBRARY")
                .help(ui.cli_opt_constant.clone()),
        )
        .arg(
            Arg::new("interactive")
                .short('i')
                .long("interactive")
                .action(ArgAction::SetTrue)
                .help(ui.cli_opt_interactive.clone()),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(ui.cli_opt_help.clone()),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(ui.cli_opt_version.clone()),
        )
}

/// Turns a clap stop (help, version or error) into what to print.
fn clap_outcome(err: &clap::Error, catalog: &Catalog, lang: Lang) -> Outcome {
    let ui = catalog.ui(lang);
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Outcome {
            stdout: err.render().to_string(),
            stderr: String::new(),
            code: EXIT_FOUND,
        },
        ErrorKind::UnknownArgument => {
            let option = match err.get(ContextKind::InvalidArg) {
                Some(ContextValue::String(arg)) => arg.clone(),
                _ => String::new(),
            };
            let message = fill(
                &ui.err_unknown_option,
                &[("option", &excerpt(&option, EXCERPT))],
            );
            Outcome::usage_error(&message, catalog, lang)
        }
        ErrorKind::InvalidUtf8 => Outcome::usage_error(&ui.err_invalid_utf8, catalog, lang),
        _ => {
            // clap's own sentence, without its "error: " prefix and usage block.
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let message = first.strip_prefix("error: ").unwrap_or(first);
            Outcome::usage_error(&excerpt(message, 200), catalog, lang)
        }
    }
}

/// How to lay out text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Columns to wrap long text to.
    pub width: usize,
    /// Whether to colour the output (a terminal, and `NO_COLOR` unset).
    pub color: bool,
}

/// Runs a non-interactive command: a code, a class, a search or `--list`.
#[must_use]
pub fn execute(options: &Options, catalog: &Catalog, style: Style) -> Outcome {
    let lang = options.lang;
    let ui = catalog.ui(lang);
    let query = options.query.trim();
    let entries: Vec<&Entry> = if options.list {
        catalog.entries().iter().collect()
    } else if query.is_empty() {
        return Outcome::usage_error(&ui.err_nothing_to_print, catalog, lang);
    } else if let Some(class) = parse_class(query) {
        if !options.json {
            return found(print_class(catalog, class, lang, style));
        }
        catalog.by_class(class).collect()
    } else {
        // Codes need no prepared index; words do.
        let hits: Vec<Hit> = code_search(catalog, query)
            .unwrap_or_else(|| SearchIndex::new(catalog, lang).search(query));
        hits.iter()
            .map(|hit| &catalog.entries()[hit.entry])
            .collect()
    };

    if entries.is_empty() {
        let mut stderr = String::new();
        if query.bytes().all(|b| b.is_ascii_digit()) {
            let _ = writeln!(
                stderr,
                "httpdex: {}",
                fill(&ui.err_unknown_code, &[("code", &excerpt(query, EXCERPT))])
            );
            if query.len() == 3 {
                let code = query.parse().unwrap_or(0);
                let near: Vec<String> = catalog
                    .near_codes(code, 5)
                    .iter()
                    .map(u16::to_string)
                    .collect();
                let _ = writeln!(
                    stderr,
                    "{}",
                    fill(&ui.err_near_codes, &[("codes", &near.join(", "))])
                );
            }
        } else {
            let shown = excerpt(query, EXCERPT);
            let _ = writeln!(
                stderr,
                "httpdex: {}",
                fill(&ui.err_no_match, &[("query", &shown)])
            );
        }
        return Outcome {
            stdout: if options.json {
                "[]\n".into()
            } else {
                String::new()
            },
            stderr,
            code: EXIT_NOT_FOUND,
        };
    }

    if let Some(library) = options.constant {
        return print_constants(catalog, &entries, library, query, lang);
    }
    if options.json {
        return found(to_json(catalog, &entries, lang));
    }
    let exact = !options.list && entries.iter().all(|e| e.code.to_string() == query);
    let mut out = String::new();
    if exact {
        for (i, entry) in entries.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&print_entry(catalog, entry, lang, style));
        }
    } else {
        for entry in entries {
            out.push_str(&print_line(catalog, entry, lang, style));
        }
    }
    found(out)
}

fn found(stdout: String) -> Outcome {
    Outcome {
        stdout,
        stderr: String::new(),
        code: EXIT_FOUND,
    }
}

/// The colour of a class, as the browser shows it.
fn class_color(class: Class) -> Color {
    theme::class_color(class).into_crossterm()
}

fn paint(text: &str, color: Option<Color>, bold: bool, style: Style) -> String {
    if !style.color {
        return text.to_owned();
    }
    let mut styled = text.stylize();
    if let Some(color) = color {
        styled = styled.with(color);
    }
    if bold {
        styled = styled.bold();
    }
    styled.to_string()
}

/// One entry as a labelled block, wrapped to the width.
fn print_entry(catalog: &Catalog, entry: &Entry, lang: Lang, style: Style) -> String {
    let ui = catalog.ui(lang);
    let text = catalog.text(entry, lang);
    let color = Some(class_color(entry.class));
    let mut out = String::new();
    for line in wrap(&format!("{} {}", entry.code, entry.phrase), style.width) {
        let _ = writeln!(out, "{}", paint(&line, color, true, style));
    }
    if text.title != entry.phrase {
        for line in wrap(&text.title, style.width) {
            let _ = writeln!(out, "{line}");
        }
    }
    out.push('\n');
    // Each row is a label and one or more paragraphs, wrapped separately.
    let mut rows: Vec<(&str, Vec<String>)> = vec![
        (
            &ui.label_class,
            vec![class_heading(catalog, entry.class, lang)],
        ),
        (
            &ui.label_status,
            vec![describe::status(catalog, entry, lang)],
        ),
        (&ui.label_kind, vec![describe::kind(catalog, entry, lang)]),
        (&ui.label_meaning, vec![text.meaning.clone()]),
        (&ui.label_scenario, vec![text.scenario.clone()]),
    ];
    if !entry.headers.is_empty() {
        let headers = entry
            .headers
            .iter()
            .map(|h| describe::header(catalog, h, lang))
            .collect();
        rows.push((&ui.label_headers, headers));
    }
    rows.push((
        &ui.label_cache,
        vec![describe::cache(catalog, entry.cache, lang).to_owned()],
    ));
    if !entry.constants.is_empty() {
        rows.push((
            &ui.label_constants,
            describe::constants(catalog, entry, lang),
        ));
    }
    if !entry.see_also.is_empty() {
        rows.push((&ui.label_see_also, describe::see_also(catalog, entry, lang)));
    }
    if let Some(reference) = &entry.reference {
        rows.push((&ui.label_reference, vec![reference.clone()]));
    }
    if !entry.aliases.is_empty() {
        rows.push((&ui.label_aliases, vec![entry.aliases.join(", ")]));
    }
    let label_width = rows
        .iter()
        .map(|(label, _)| width(label))
        .max()
        .unwrap_or(0);
    // Labels beside their values while that leaves room to read; above
    // them on a narrow terminal.
    let indent = 2 + label_width + 2;
    let side_by_side = style.width >= indent + 20;
    for (label, paragraphs) in rows {
        let (value_width, mut prefix) = if side_by_side {
            let pad = " ".repeat(label_width - width(label));
            (
                style.width - indent,
                format!("  {}{pad}  ", paint(label, None, true, style)),
            )
        } else {
            let _ = writeln!(out, "{}", paint(label, None, true, style));
            (style.width.saturating_sub(2), "  ".to_owned())
        };
        let continuation = " ".repeat(if side_by_side { indent } else { 2 });
        for paragraph in paragraphs {
            for line in wrap(&paragraph, value_width) {
                let _ = writeln!(out, "{prefix}{line}");
                prefix.clone_from(&continuation);
            }
        }
    }
    out
}

/// `--constant LIBRARY`: just the constants, one per line. For a search,
/// only the best match counts.
fn print_constants(
    catalog: &Catalog,
    entries: &[&Entry],
    library: usize,
    query: &str,
    lang: Lang,
) -> Outcome {
    let exact = entries.iter().all(|entry| entry.code.to_string() == query);
    let entries = if exact { entries } else { &entries[..1] };
    let constants: Vec<&str> = entries
        .iter()
        .filter_map(|entry| entry.constant(library))
        .map(|constant| constant.code.as_str())
        .collect();
    if constants.is_empty() {
        let ui = catalog.ui(lang);
        let code = entries[0].code.to_string();
        let name = &catalog.libraries()[library].name;
        return Outcome {
            stdout: String::new(),
            stderr: format!(
                "httpdex: {}\n",
                fill(&ui.err_no_constant, &[("code", &code), ("library", name)])
            ),
            code: EXIT_NOT_FOUND,
        };
    }
    let mut out = constants.join("\n");
    out.push('\n');
    found(out)
}

/// One entry on one line, starting with its code.
fn print_line(catalog: &Catalog, entry: &Entry, lang: Lang, style: Style) -> String {
    let text = catalog.text(entry, lang);
    let mut line = paint(
        &entry.code.to_string(),
        Some(class_color(entry.class)),
        true,
        style,
    );
    line.push_str("  ");
    line.push_str(&entry.phrase);
    if text.title != entry.phrase {
        line.push_str(" — ");
        line.push_str(&text.title);
    }
    if let Some(origin) = &entry.origin {
        let marker = format!(
            "  [{}: {origin}]",
            catalog.ui(lang).status(Status::Unofficial)
        );
        line.push_str(&paint(&marker, Some(Color::DarkGrey), false, style));
    }
    line.push('\n');
    line
}

/// A class heading, its description and its codes.
fn print_class(catalog: &Catalog, class: Class, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let heading = class_heading(catalog, class, lang);
    let _ = writeln!(
        out,
        "{}",
        paint(&heading, Some(class_color(class)), true, style)
    );
    for line in wrap(&catalog.texts(lang).class(class).description, style.width) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    for entry in catalog.by_class(class) {
        out.push_str(&print_line(catalog, entry, lang, style));
    }
    out
}

/// The JSON form of an entry, in one language.
#[derive(Debug, Serialize)]
struct JsonEntry<'a> {
    code: u16,
    id: &'a str,
    phrase: &'a str,
    class: &'static str,
    status: Status,
    origin: Option<&'a str>,
    reference: Option<&'a str>,
    aliases: &'a [String],
    registration: Option<&'a Registration>,
    interim: bool,
    cacheable: bool,
    cache: Cache,
    headers: &'a [Header],
    redirect: Option<&'a Redirect>,
    constants: serde_json::Map<String, serde_json::Value>,
    see_also: Vec<JsonSeeAlso<'a>>,
    lang: &'static str,
    title: &'a str,
    meaning: &'a str,
    scenario: &'a str,
}

/// A related entry, and when to use it instead.
#[derive(Debug, Serialize)]
struct JsonSeeAlso<'a> {
    code: u16,
    id: &'a str,
    text: &'a str,
}

/// Entries as a JSON array, in one language.
fn to_json(catalog: &Catalog, entries: &[&Entry], lang: Lang) -> String {
    let items: Vec<JsonEntry> = entries
        .iter()
        .map(|entry| {
            let text = catalog.text(entry, lang);
            let constants = entry
                .constants
                .iter()
                .map(|c| {
                    (
                        catalog.libraries()[c.library].key.clone(),
                        c.code.clone().into(),
                    )
                })
                .collect();
            let see_also = entry
                .see_also
                .iter()
                .map(|&index| {
                    let other = &catalog.entries()[index];
                    JsonSeeAlso {
                        code: other.code,
                        id: &other.id,
                        text: text.see_also.get(&other.id).map_or("", String::as_str),
                    }
                })
                .collect();
            JsonEntry {
                code: entry.code,
                id: &entry.id,
                phrase: &entry.phrase,
                class: entry.class.label(),
                status: entry.status,
                origin: entry.origin.as_deref(),
                reference: entry.reference.as_deref(),
                aliases: &entry.aliases,
                registration: entry.registration.as_ref(),
                interim: entry.interim(),
                cacheable: entry.cache == Cache::Heuristic,
                cache: entry.cache,
                headers: &entry.headers,
                redirect: entry.redirect.as_ref(),
                constants,
                see_also,
                lang: lang.code(),
                title: &text.title,
                meaning: &text.meaning,
                scenario: &text.scenario,
            }
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&items).expect("entries serialize to JSON");
    json.push('\n');
    json
}
