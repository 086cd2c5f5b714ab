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

use ratatui::backend::IntoCrossterm;

use crate::catalog::{
    self, Cache, Category, Class, Entry, Former, Level, Redirect, Registration, Side, Status,
};
use crate::describe::{self, Shape, class_heading};
use crate::lang::{Lang, fill};
use crate::search::{Hit, SearchIndex, code_search, parse_class};
use crate::text::{excerpt, width, wrap};
use crate::theme::{self, Background};
use crate::tui::{Pick, Session};

/// How much of the user's input a message repeats, in cells.
const EXCERPT: usize = 40;

/// Exit status: something was found and printed.
pub const EXIT_FOUND: u8 = 0;
/// Exit status: nothing matched, or the code is unknown.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: the command line itself was wrong.
pub const EXIT_USAGE: u8 = 2;

/// What the user asked for, once the arguments are parsed.
// Each flag is one independent option of the command line, not a state.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The words after the options, joined by spaces; empty if none.
    pub query: String,
    pub list: bool,
    pub json: bool,
    pub lang: Lang,
    pub interactive: bool,
    /// `--pick`: browse to pick a code, printed on exit.
    pub pick: bool,
    /// `--theme dark|light`; `None` for `auto`, which asks the terminal.
    pub theme: Option<Background>,
    /// `--ascii`: draw the browser with ASCII borders and marks.
    pub ascii: bool,
    /// `--constant LIBRARY`: print only that library's constant, as an
    /// index into [`catalog::libraries`].
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
    fn usage_error(message: &str, lang: Lang) -> Outcome {
        Outcome {
            stdout: String::new(),
            stderr: format!("httpdex: {message}\n{}\n", lang.strings().cli.try_help),
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

/// What `main` knows of the world the program runs in, gathered once so
/// that deciding what to do is a pure function of it.
// Each flag is one independent fact of the environment, not a state.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Env {
    /// The language from the locale variables.
    pub lang: Lang,
    /// `NO_COLOR` is set and not empty.
    pub no_color: bool,
    /// `TERM=dumb`.
    pub dumb_terminal: bool,
    /// `COLUMNS`, when set to a number.
    pub columns: Option<usize>,
    /// Standard input and output are terminals.
    pub stdin_terminal: bool,
    pub stdout_terminal: bool,
    /// The terminal's width, if standard output is one and it says.
    pub terminal_width: Option<u16>,
}

impl Env {
    /// Columns to lay text out in: `COLUMNS` whenever it is set, else the
    /// terminal's width, else 80. A width of 0 (some `script` and
    /// `docker exec -t` sessions report it) counts as unknown.
    #[must_use]
    pub fn width(&self) -> usize {
        self.columns
            .filter(|&columns| columns > 0)
            .or(self
                .terminal_width
                .map(usize::from)
                .filter(|&width| width > 0))
            .unwrap_or(80)
    }
}

/// What a run is to do, decided from the arguments and the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Open the interactive browser.
    Browse(Session),
    /// Print this and exit.
    Print(Outcome),
}

/// Decides what to do: browse, or print an outcome (results, help, or an
/// error) and exit.
pub fn plan<I>(args: I, env: &Env) -> Plan
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let options = match parse_args(args, env.lang) {
        Parsed::Run(options) => options,
        Parsed::Exit(outcome) => return Plan::Print(outcome),
    };
    let color = !env.no_color;
    let browse = options.pick
        || options.interactive
        || (options.query.is_empty() && !options.list && !options.json);
    if browse {
        let errors = &options.lang.strings().errors;
        // Picking draws on /dev/tty, so it works inside $( ) and pipes.
        if !(options.pick || env.stdin_terminal && env.stdout_terminal) {
            return Plan::Print(Outcome::usage_error(errors.not_a_terminal, options.lang));
        }
        if env.dumb_terminal {
            return Plan::Print(Outcome::usage_error(errors.dumb_terminal, options.lang));
        }
        return Plan::Browse(Session {
            lang: options.lang,
            query: options.query,
            color,
            pick: options
                .pick
                .then(|| options.constant.map_or(Pick::Code, Pick::Constant)),
            background: options.theme,
            ascii: options.ascii,
            counts: None,
        });
    }
    let style = Style {
        width: env.width(),
        color: color && env.stdout_terminal && !env.dumb_terminal,
    };
    Plan::Print(execute(&options, style))
}

/// Parses the arguments (program name first).
///
/// Help is shown in the language the user asked for with `--lang`, or else
/// in `env_lang`, so it is read before the real parse.
pub fn parse_args<I>(args: I, env_lang: Lang) -> Parsed
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = requested_lang(&args).unwrap_or(env_lang);
    let errors = &lang.strings().errors;
    let matches = match command(lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(err) => return Parsed::Exit(clap_outcome(&err, lang)),
    };
    let lang = if let Some(value) = matches.get_one::<String>("lang") {
        let Some(lang) = Lang::parse(value) else {
            let message = fill(errors.bad_lang, &[("lang", &excerpt(value, EXCERPT))]);
            return Parsed::Exit(Outcome::usage_error(&message, lang));
        };
        lang
    } else {
        lang
    };
    let constant = if let Some(value) = matches.get_one::<String>("constant") {
        let found = catalog::library(value);
        if found.is_none() {
            let keys: Vec<&str> = catalog::libraries().iter().map(|l| l.key).collect();
            let message = fill(
                errors.bad_library,
                &[
                    ("library", &excerpt(value, EXCERPT)),
                    ("libraries", &keys.join(", ")),
                ],
            );
            return Parsed::Exit(Outcome::usage_error(&message, lang));
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
        pick: matches.get_flag("pick"),
        theme: match matches.get_one::<String>("theme").map(String::as_str) {
            Some("dark") => Some(Background::Dark),
            Some("light") => Some(Background::Light),
            _ => None,
        },
        ascii: matches.get_flag("ascii"),
        constant,
    };
    if options.list && !options.query.is_empty() {
        return Parsed::Exit(Outcome::usage_error(
            lang.strings().errors.list_and_query,
            lang,
        ));
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
fn command(lang: Lang) -> Command {
    let cli = &lang.strings().cli;
    let template = format!(
        "{{about}}\n\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        cli.heading_usage
    );
    Command::new("httpdex")
        .version(env!("CARGO_PKG_VERSION"))
        .about(cli.about)
        .help_template(template)
        .after_help(cli.examples)
        .disable_help_flag(true)
        .args_override_self(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("query")
                .value_name("QUERY")
                .num_args(1..)
                .help(cli.arg_query)
                .help_heading(cli.heading_arguments),
        )
        .next_help_heading(cli.heading_options)
        .arg(
            Arg::new("list")
                .short('l')
                .long("list")
                .action(ArgAction::SetTrue)
                .help(cli.opt_list),
        )
        .arg(
            Arg::new("json")
                .short('j')
                .long("json")
                .action(ArgAction::SetTrue)
                .help(cli.opt_json),
        )
        .arg(
            Arg::new("lang")
                .short('L')
                .long("lang")
                .value_name("LANG")
                .help(cli.opt_lang),
        )
        .arg(
            Arg::new("constant")
                .short('c')
                .long("constant")
                .value_name("LIBRARY")
                .help(cli.opt_constant),
        )
        .arg(
            Arg::new("interactive")
                .short('i')
                .long("interactive")
                .action(ArgAction::SetTrue)
                .help(cli.opt_interactive),
        )
        .arg(
            Arg::new("pick")
                .long("pick")
                .action(ArgAction::SetTrue)
                .help(cli.opt_pick),
        )
        .arg(
            Arg::new("theme")
                .long("theme")
                .value_name("THEME")
                .value_parser(["auto", "dark", "light"])
                .hide_possible_values(true)
                .help(cli.opt_theme),
        )
        .arg(
            Arg::new("ascii")
                .long("ascii")
                .action(ArgAction::SetTrue)
                .help(cli.opt_ascii),
        )
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(cli.opt_help),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(cli.opt_version),
        )
}

/// Turns a clap stop (help, version or error) into what to print.
fn clap_outcome(err: &clap::Error, lang: Lang) -> Outcome {
    let errors = &lang.strings().errors;
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
                errors.unknown_option,
                &[("option", &excerpt(&option, EXCERPT))],
            );
            Outcome::usage_error(&message, lang)
        }
        ErrorKind::InvalidUtf8 => Outcome::usage_error(errors.invalid_utf8, lang),
        _ => {
            // clap's own sentence, without its "error: " prefix and usage block.
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let message = first.strip_prefix("error: ").unwrap_or(first);
            Outcome::usage_error(&excerpt(message, 200), lang)
        }
    }
}

/// How to lay out text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Columns of the terminal (or `COLUMNS`).
    pub width: usize,
    /// Whether to colour the output (a terminal, and `NO_COLOR` unset).
    pub color: bool,
}

/// Prose is wrapped at most this wide, even on a wide terminal: long lines
/// are hard to read.
const PROSE_WIDTH: usize = 100;

impl Style {
    /// Columns to wrap prose to.
    fn prose(self) -> usize {
        self.width.clamp(1, PROSE_WIDTH)
    }
}

/// Runs a non-interactive command: a code, a class, a search or `--list`.
#[must_use]
pub fn execute(options: &Options, style: Style) -> Outcome {
    let lang = options.lang;
    let errors = &lang.strings().errors;
    let query = options.query.trim();
    let entries: Vec<&Entry> = if options.list {
        catalog::entries().iter().collect()
    } else if query.is_empty() {
        return Outcome::usage_error(errors.nothing_to_print, lang);
    } else if let Some(class) = parse_class(query) {
        if !options.json && options.constant.is_none() {
            return found(print_class(class, lang, style));
        }
        catalog::by_class(class).collect()
    } else {
        // Codes need no prepared index; words do.
        let hits: Vec<Hit> =
            code_search(query).unwrap_or_else(|| SearchIndex::new(lang).search(query));
        hits.iter()
            .map(|hit| &catalog::entries()[hit.entry])
            .collect()
    };

    if entries.is_empty() {
        let mut stderr = String::new();
        if query.bytes().all(|b| b.is_ascii_digit()) {
            let _ = writeln!(
                stderr,
                "httpdex: {}",
                fill(errors.unknown_code, &[("code", &excerpt(query, EXCERPT))])
            );
            if query.len() == 3 {
                let code = query.parse().unwrap_or(0);
                let near: Vec<String> = catalog::near_codes(code, 5)
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
            let shown = excerpt(query, EXCERPT);
            let _ = writeln!(
                stderr,
                "httpdex: {}",
                fill(errors.no_match, &[("query", &shown)])
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
        return print_constants(&entries, library, query, lang);
    }
    if options.json {
        return found(to_json(&entries, lang));
    }
    let exact = !options.list && entries.iter().all(|e| e.code.to_string() == query);
    let mut out = String::new();
    if exact {
        for (i, entry) in entries.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&print_entry(entry, lang, style));
        }
    } else {
        for entry in entries {
            out.push_str(&print_line(entry, lang, style));
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
fn print_entry(entry: &Entry, lang: Lang, style: Style) -> String {
    let text = entry.text(lang);
    let color = Some(class_color(entry.class));
    let prose = style.prose();
    let mut out = String::new();
    for line in wrap(&format!("{} {}", entry.code, entry.phrase), prose) {
        let _ = writeln!(out, "{}", paint(&line, color, true, style));
    }
    if text.title != entry.phrase {
        for line in wrap(text.title, prose) {
            let _ = writeln!(out, "{line}");
        }
    }
    out.push('\n');
    let facts = describe::facts(entry, lang);
    let label_width = facts
        .iter()
        .map(|fact| width(fact.label))
        .max()
        .unwrap_or(0);
    // Labels beside their values while that leaves room to read; above
    // them on a narrow terminal.
    let indent = 2 + label_width + 2;
    let side_by_side = prose >= indent + 20;
    for fact in facts {
        let (value_width, mut prefix) = if side_by_side {
            let pad = " ".repeat(label_width - width(fact.label));
            (
                prose - indent,
                format!("  {}{pad}  ", paint(fact.label, None, true, style)),
            )
        } else {
            let _ = writeln!(out, "{}", paint(fact.label, None, true, style));
            (prose.saturating_sub(2).max(1), "  ".to_owned())
        };
        let continuation = " ".repeat(if side_by_side { indent } else { 2 });
        for value in &fact.values {
            // List items are set apart; a wrapped item's lines stay together.
            let item_indent = if fact.shape == Shape::List { 2 } else { 0 };
            for (i, line) in wrap(value, value_width.saturating_sub(item_indent).max(1))
                .into_iter()
                .enumerate()
            {
                let hang = if i > 0 {
                    " ".repeat(item_indent)
                } else {
                    String::new()
                };
                let _ = writeln!(out, "{prefix}{hang}{line}");
                prefix.clone_from(&continuation);
            }
        }
    }
    out
}

/// `--constant LIBRARY`: just the constants, one per line. For a search,
/// only the best match counts.
fn print_constants(entries: &[&Entry], library: usize, query: &str, lang: Lang) -> Outcome {
    let exact = entries.iter().all(|entry| entry.code.to_string() == query);
    let entries = if exact { entries } else { &entries[..1] };
    let constants: Vec<&str> = entries
        .iter()
        .filter_map(|entry| entry.constant(library))
        .map(|constant| constant.code)
        .collect();
    if constants.is_empty() {
        let code = entries[0].code.to_string();
        let name = catalog::libraries()[library].name;
        return Outcome {
            stdout: String::new(),
            stderr: format!(
                "httpdex: {}\n",
                fill(
                    lang.strings().errors.no_constant,
                    &[("code", &code), ("library", name)]
                )
            ),
            code: EXIT_NOT_FOUND,
        };
    }
    let mut out = constants.join("\n");
    out.push('\n');
    found(out)
}

/// One entry on one line, starting with its code.
fn print_line(entry: &Entry, lang: Lang, style: Style) -> String {
    let text = entry.text(lang);
    let mut line = paint(
        &entry.code.to_string(),
        Some(class_color(entry.class)),
        true,
        style,
    );
    line.push_str("  ");
    line.push_str(entry.phrase);
    if text.title != entry.phrase {
        line.push_str(" — ");
        line.push_str(text.title);
    }
    if let Some(origin) = text.origin {
        let marker = format!(
            "  [{}: {origin}]",
            lang.strings().status[Status::Unofficial as usize]
        );
        line.push_str(&paint(&marker, Some(Color::DarkGrey), false, style));
    }
    line.push('\n');
    line
}

/// A class heading, its description and its codes.
fn print_class(class: Class, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let heading = class_heading(class, lang);
    let _ = writeln!(
        out,
        "{}",
        paint(&heading, Some(class_color(class)), true, style)
    );
    for line in wrap(lang.texts().class(class).description, style.prose()) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    for entry in catalog::by_class(class) {
        out.push_str(&print_line(entry, lang, style));
    }
    out
}

/// The JSON form of an entry, in one language.
#[derive(Debug, Serialize)]
struct JsonEntry<'a> {
    code: u16,
    id: &'a str,
    phrase: &'a str,
    documented: Option<&'a str>,
    class: &'static str,
    status: Status,
    category: Option<Category>,
    registry_note: Option<&'a str>,
    status_note: Option<&'a str>,
    origin: Option<&'a str>,
    reference: Option<&'a str>,
    references: &'a [&'a str],
    aliases: &'a [&'a str],
    registration: Option<&'a Registration>,
    interim: bool,
    sent: bool,
    wire: Option<&'a str>,
    cacheable: bool,
    /// `None` for a code that is never sent.
    cache: Option<Cache>,
    headers: Vec<JsonHeader<'a>>,
    redirect: Option<&'a Redirect>,
    constants: serde_json::Map<String, serde_json::Value>,
    see_also: Vec<JsonSeeAlso<'a>>,
    lang: &'static str,
    title: &'a str,
    meaning: &'a str,
    scenario: &'a str,
}

/// A header fact, with its condition in words.
#[derive(Debug, Serialize)]
struct JsonHeader<'a> {
    field: &'a str,
    level: Level,
    side: Side,
    section: Option<&'a str>,
    condition: Option<&'a str>,
}

/// A library's constant for a code, with its history.
#[derive(Debug, Serialize)]
struct JsonConstant<'a> {
    name: &'a str,
    since: Option<&'a str>,
    former: &'a [Former],
    deprecated: bool,
}

/// A related entry, and when to use it instead.
#[derive(Debug, Serialize)]
struct JsonSeeAlso<'a> {
    code: u16,
    id: &'a str,
    text: &'a str,
}

/// Entries as a JSON array, in one language.
fn to_json(entries: &[&Entry], lang: Lang) -> String {
    let items: Vec<JsonEntry> = entries
        .iter()
        .map(|entry| {
            let text = entry.text(lang);
            let constants = entry
                .constants
                .iter()
                .map(|c| {
                    let constant = JsonConstant {
                        name: c.code,
                        since: c.since,
                        former: c.former,
                        deprecated: c.deprecated,
                    };
                    (
                        catalog::libraries()[c.library].key.to_owned(),
                        serde_json::to_value(constant).expect("a constant serializes"),
                    )
                })
                .collect();
            let headers = entry
                .headers
                .iter()
                .map(|h| JsonHeader {
                    field: h.field,
                    level: h.level,
                    side: h.side,
                    section: h.section,
                    condition: h.condition.map(|c| lang.texts().condition(c)),
                })
                .collect();
            let see_also = entry
                .see_also
                .iter()
                .zip(text.see_also)
                .map(|(&index, why)| {
                    let other = &catalog::entries()[index];
                    JsonSeeAlso {
                        code: other.code,
                        id: other.id,
                        text: why,
                    }
                })
                .collect();
            JsonEntry {
                code: entry.code,
                id: entry.id,
                phrase: entry.phrase,
                documented: entry.documented,
                class: entry.class.label(),
                status: entry.status,
                category: entry.category,
                registry_note: entry.registry_note,
                status_note: text.status_note,
                origin: text.origin,
                reference: entry.reference(),
                references: entry.references,
                aliases: entry.aliases,
                registration: entry.registration.as_ref(),
                interim: entry.interim(),
                sent: entry.sent,
                wire: text.wire,
                cacheable: entry.sent && entry.cache == Cache::Heuristic,
                cache: entry.sent.then_some(entry.cache),
                headers,
                redirect: entry.redirect.as_ref(),
                constants,
                see_also,
                lang: lang.code(),
                title: text.title,
                meaning: text.meaning,
                scenario: text.scenario,
            }
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&items).expect("entries serialize to JSON");
    json.push('\n');
    json
}
