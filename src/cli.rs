//! The command line: parsing arguments, and printing entries as text or JSON.
//!
//! Everything here is a function of its inputs and returns what to print, so
//! tests need neither a terminal nor a process.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use clap_complete::Shell;
use crossterm::style::{Color, Stylize};
use serde::Serialize;

use ratatui::backend::IntoCrossterm;

use crate::describe::{self, Shape, class_heading};
use crate::response;
use crate::scan;
use crate::search::{self, Hit, parse_class};
use crate::text::{excerpt, width, wrap};
use crate::theme::{self, Background};
use crate::tui::{Pick, Session};
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{
    self as catalog, Cache, Category, Class, Entry, Former, Level, Redirect, Registration, Side,
    Status,
};

mod explain;
mod report;

pub use report::{ScanInput, Scanned, Scanning};

/// How much of the user's input a message repeats, in cells.
const EXCERPT: usize = 40;

/// Exit status: something was found and printed.
pub const EXIT_FOUND: u8 = 0;
/// Exit status: nothing matched, or the code is unknown.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit status: the command line itself was wrong.
pub const EXIT_USAGE: u8 = 2;

/// What the user asked for, once the arguments are parsed.
// Each flag is one option on the command line, not a state.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The words after the options, joined by spaces; empty if none.
    pub query: String,
    /// The words after the options, as given.
    pub operands: Vec<String>,
    /// `-`, or no query with standard input not a terminal: explain what
    /// standard input holds.
    pub stdin: bool,
    /// `--compare`: set the codes side by side.
    pub compare: bool,
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
    /// `--color`.
    pub color: ColorChoice,
    /// `--scan`: the operands are log files to count status codes in.
    pub scan: bool,
    /// `--field N` or `--json-field NAME`: where the status is, instead of
    /// detecting the log format.
    pub log_format: Option<scan::Format>,
}

impl Options {
    /// What a command line of plain words asks: look them up, with every
    /// option at its default. The parses with options start from it.
    fn looking_up(operands: Vec<String>, lang: Lang) -> Options {
        Options {
            query: operands.join(" "),
            operands,
            stdin: false,
            compare: false,
            list: false,
            json: false,
            lang,
            interactive: false,
            pick: false,
            theme: None,
            ascii: false,
            constant: None,
            color: ColorChoice::Auto,
            scan: false,
            log_format: None,
        }
    }
}

/// `--color WHEN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColorChoice {
    /// Colour on a terminal, unless the environment says otherwise.
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour output, as ripgrep decides: the flag wins; then
    /// `NO_COLOR` turns colour off and `CLICOLOR_FORCE` on; then a dumb
    /// terminal has none, and any other terminal has it.
    #[must_use]
    pub(crate) fn colors(self, env: &Env, terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                !env.no_color && (env.clicolor_force || (terminal && !env.dumb_terminal))
            }
        }
    }
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
    /// `CLICOLOR_FORCE` is set, not empty and not `0`.
    pub clicolor_force: bool,
    /// `TERM=dumb`.
    pub dumb_terminal: bool,
    /// `COLUMNS`, when set to a number.
    pub columns: Option<usize>,
    /// Standard input, output and error are terminals.
    pub stdin_terminal: bool,
    pub stdout_terminal: bool,
    pub stderr_terminal: bool,
    /// The terminal's width, if standard output is one and it says.
    pub terminal_width: Option<u16>,
}

impl Env {
    /// Columns to lay text out in: `COLUMNS` whenever it is set, else the
    /// terminal's width, else 80. A width of 0 (some `script` and
    /// `docker exec -t` sessions report it) counts as unknown.
    #[must_use]
    pub(crate) fn width(&self) -> usize {
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
    /// Read standard input, then print what [`Reading::explain`] makes of it.
    Read(Reading),
    /// Count the status codes in logs, then do what [`Scanning::finish`] says.
    Scan(Scanning),
}

/// Decides a `--scan` run: which inputs, and whether the browser can open
/// on the result.
fn scanning(options: Options, style: Style, env: &Env) -> Plan {
    let lang = options.lang;
    let errors = &lang.strings().errors;
    if options.operands.is_empty() && env.stdin_terminal {
        return Plan::Print(Outcome::usage_error(errors.scan_needs_input, lang));
    }
    if options.interactive {
        let reads_stdin = options.operands.is_empty() || options.operands.iter().any(|f| f == "-");
        if reads_stdin || !env.stdin_terminal || !env.stdout_terminal {
            return Plan::Print(Outcome::usage_error(errors.not_a_terminal, lang));
        }
        if env.dumb_terminal {
            return Plan::Print(Outcome::usage_error(errors.dumb_terminal, lang));
        }
    }
    let inputs = if options.operands.is_empty() {
        vec![ScanInput::Stdin]
    } else {
        options
            .operands
            .iter()
            .map(|name| {
                if name == "-" {
                    ScanInput::Stdin
                } else {
                    ScanInput::File(name.into())
                }
            })
            .collect()
    };
    Plan::Scan(Scanning {
        inputs,
        progress: env.stderr_terminal,
        browser_color: options.color != ColorChoice::Never
            && (options.color == ColorChoice::Always || !env.no_color),
        options,
        style,
    })
}

/// A run that explains what standard input holds: responses from curl or
/// wget, or status codes one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    options: Options,
    style: Style,
}

impl Reading {
    /// What to print for what standard input held.
    #[must_use]
    pub fn explain(&self, scan: &response::Scan) -> Outcome {
        explain::explain(scan, &self.options, self.style)
    }

    /// What to print when standard input cannot be read.
    #[must_use]
    pub fn failed(&self, error: &std::io::Error) -> Outcome {
        let lang = self.options.lang;
        let message = fill(
            lang.strings().errors.stdin_read,
            &[("error", &excerpt(&error.to_string(), 200))],
        );
        Outcome::usage_error(&message, lang)
    }
}

/// Decides what to do: browse, or print an outcome (results, help, or an
/// error) and exit.
pub fn plan<I>(args: I, env: &Env) -> Plan
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let mut options = match parse_args(args, env.lang) {
        Parsed::Run(options) => options,
        Parsed::Exit(outcome) => return Plan::Print(outcome),
    };
    let style = Style {
        width: env.width(),
        color: options.color.colors(env, env.stdout_terminal),
    };
    if options.scan {
        return scanning(options, style, env);
    }
    // Piped into with nothing to look up: `curl -sI URL | httpdex`.
    options.stdin |= options.operands.is_empty()
        && !options.list
        && !options.interactive
        && !options.pick
        && !env.stdin_terminal;
    if options.stdin {
        return Plan::Read(Reading { options, style });
    }
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
            // The browser is on a terminal; only the flag and NO_COLOR count.
            color: options.color != ColorChoice::Never
                && (options.color == ColorChoice::Always || !env.no_color),
            pick: options
                .pick
                .then(|| options.constant.map_or(Pick::Code, Pick::Constant)),
            background: options.theme,
            ascii: options.ascii,
            counts: None,
        });
    }
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
    match plain_words(&args) {
        Some(operands) => Parsed::Run(Options::looking_up(operands, env_lang)),
        None => parse_with_clap(&args, env_lang),
    }
}

/// The words of a command line with no options (`httpdex 404`, `httpdex
/// gateway timeout`), the commonest one, which needs no option parser:
/// building clap's command and matches would be a sixth of such a run.
/// `None` if any word starts with `-`, is empty or is not UTF-8.
fn plain_words(args: &[OsString]) -> Option<Vec<String>> {
    let words = args.get(1..).filter(|words| !words.is_empty())?;
    words
        .iter()
        .map(|word| {
            word.to_str()
                .filter(|word| !word.is_empty() && !word.starts_with('-'))
                .map(str::to_owned)
        })
        .collect()
}

/// [`parse_args`] for any command line.
fn parse_with_clap(args: &[OsString], env_lang: Lang) -> Parsed {
    let lang = requested_lang(args).unwrap_or(env_lang);
    let errors = &lang.strings().errors;
    let matches = match command(lang).try_get_matches_from(args) {
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
            let message = fill(
                errors.bad_library,
                &[
                    ("library", &excerpt(value, EXCERPT)),
                    ("libraries", &library_keys().join(", ")),
                ],
            );
            return Parsed::Exit(Outcome::usage_error(&message, lang));
        }
        found
    } else {
        None
    };
    if matches.get_flag("version") {
        return Parsed::Exit(found(version(lang)));
    }
    if let Some(&shell) = matches.get_one::<Shell>("completions") {
        return Parsed::Exit(found(completions(shell, lang)));
    }
    if matches.get_flag("man") {
        return Parsed::Exit(found(man_page(lang)));
    }
    let mut operands: Vec<String> = matches
        .get_many::<String>("query")
        .map(|words| words.cloned().collect())
        .unwrap_or_default();
    if matches.get_flag("scan") {
        return scan_options(&matches, operands, lang);
    }
    if let Err(outcome) = log_format(&matches, lang) {
        return Parsed::Exit(outcome);
    }
    let list = matches.get_flag("list");
    if list && !operands.is_empty() {
        return Parsed::Exit(Outcome::usage_error(errors.list_and_query, lang));
    }
    let stdin = operands.iter().any(|word| word == "-");
    if stdin {
        if operands.len() > 1 {
            return Parsed::Exit(Outcome::usage_error(errors.dash_and_query, lang));
        }
        if matches.get_flag("interactive") {
            return Parsed::Exit(conflict("-", "--interactive", lang));
        }
        operands.clear();
    }
    // Picking with -c prints the constant of the code picked.
    if constant.is_some() && operands.is_empty() && !list && !matches.get_flag("pick") {
        return Parsed::Exit(Outcome::usage_error(errors.constant_needs_query, lang));
    }
    let color = color_choice(&matches);
    Parsed::Run(Options {
        stdin,
        compare: matches.get_flag("compare"),
        list,
        json: matches.get_flag("json"),
        interactive: matches.get_flag("interactive"),
        pick: matches.get_flag("pick"),
        theme: theme(&matches),
        ascii: matches.get_flag("ascii"),
        constant,
        color,
        ..Options::looking_up(operands, lang)
    })
}

/// `--field N` or `--json-field NAME`, which only `--scan` reads.
fn log_format(matches: &clap::ArgMatches, lang: Lang) -> Result<Option<scan::Format>, Outcome> {
    let format = match (
        matches.get_one::<u32>("field"),
        matches.get_one::<String>("json_field"),
    ) {
        (Some(&n), _) => Some(scan::Format::Field(n as usize)),
        (None, Some(key)) => Some(scan::Format::JsonField(key.clone())),
        (None, None) => None,
    };
    if format.is_some() && !matches.get_flag("scan") {
        let option = if matches.contains_id("field") {
            "--field"
        } else {
            "--json-field"
        };
        let message = fill(lang.strings().errors.needs_scan, &[("option", option)]);
        return Err(Outcome::usage_error(&message, lang));
    }
    Ok(format)
}

/// `--color WHEN`.
fn color_choice(matches: &clap::ArgMatches) -> ColorChoice {
    match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    }
}

/// The options of `--scan`, whose operands are files.
fn scan_options(matches: &clap::ArgMatches, operands: Vec<String>, lang: Lang) -> Parsed {
    match log_format(matches, lang) {
        Ok(log_format) => Parsed::Run(Options {
            // The operands are files, not words to look up.
            query: String::new(),
            json: matches.get_flag("json"),
            interactive: matches.get_flag("interactive"),
            theme: theme(matches),
            ascii: matches.get_flag("ascii"),
            color: color_choice(matches),
            scan: true,
            log_format,
            ..Options::looking_up(operands, lang)
        }),
        Err(outcome) => Parsed::Exit(outcome),
    }
}

/// The `--theme` value: `None` for `auto` or none given (ask the terminal).
fn theme(matches: &clap::ArgMatches) -> Option<Background> {
    match matches.get_one::<String>("theme").map(String::as_str) {
        Some("dark") => Some(Background::Dark),
        Some("light") => Some(Background::Light),
        _ => None,
    }
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

/// What `--completions` and `--man` print instead of any lookup.
const SHELL_CONFLICTS: [&str; 8] = [
    "query",
    "scan",
    "list",
    "json",
    "constant",
    "interactive",
    "compare",
    "color",
];

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
        .after_long_help(format!("{}\n\n{}", cli.examples, cli.more_help))
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
            Arg::new("compare")
                .long("compare")
                .action(ArgAction::SetTrue)
                .conflicts_with("constant")
                .help(cli.opt_compare),
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
                .help(fill(
                    cli.opt_constant,
                    &[("libraries", &library_keys().join(", "))],
                )),
        )
        .arg(
            Arg::new("interactive")
                .short('i')
                .long("interactive")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["json", "constant", "compare", "list"])
                .help(cli.opt_interactive),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .value_parser(["auto", "always", "never"])
                .hide_possible_values(true)
                .help(cli.opt_color),
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
        .args(scan_args(cli))
        .args(program_args(cli))
}

/// `--scan` and the options that tell it where the status is.
fn scan_args(cli: &httpdex_catalog::strings::Cli) -> [Arg; 3] {
    [
        Arg::new("scan")
            .long("scan")
            .action(ArgAction::SetTrue)
            .conflicts_with_all(["list", "compare", "constant"])
            .help(cli.opt_scan),
        Arg::new("field")
            .long("field")
            .value_name("N")
            .value_parser(clap::value_parser!(u32).range(1..))
            .conflicts_with("json_field")
            .help(cli.opt_field),
        Arg::new("json_field")
            .long("json-field")
            .value_name("NAME")
            .value_parser(clap::builder::NonEmptyStringValueParser::new())
            .help(cli.opt_json_field),
    ]
}

/// The options about the program itself: shell integration, help, version.
fn program_args(cli: &httpdex_catalog::strings::Cli) -> [Arg; 4] {
    [
        Arg::new("completions")
            .long("completions")
            .value_name("SHELL")
            .value_parser(clap::value_parser!(Shell))
            .hide_possible_values(true)
            .conflicts_with_all(SHELL_CONFLICTS)
            .help(cli.opt_completions),
        Arg::new("man")
            .long("man")
            .action(ArgAction::SetTrue)
            .conflicts_with_all(SHELL_CONFLICTS)
            .help(cli.opt_man),
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(cli.opt_help),
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::SetTrue)
            .help(cli.opt_version),
    ]
}

/// Turns a clap stop (help, or an error) into what to print, in `lang`.
fn clap_outcome(err: &clap::Error, lang: Lang) -> Outcome {
    let errors = &lang.strings().errors;
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(text)) => excerpt(text, EXCERPT),
        Some(ContextValue::Strings(texts)) => excerpt(&texts.join(", "), 200),
        _ => String::new(),
    };
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let mut stdout = err.render().to_string();
            if !stdout.ends_with('\n') {
                stdout.push('\n');
            }
            found(stdout)
        }
        ErrorKind::UnknownArgument => {
            let mut message = fill(
                errors.unknown_option,
                &[("option", &context(ContextKind::InvalidArg))],
            );
            let suggested = context(ContextKind::SuggestedArg);
            if !suggested.is_empty() {
                message.push_str(&fill(errors.did_you_mean, &[("option", &suggested)]));
            }
            Outcome::usage_error(&message, lang)
        }
        ErrorKind::ArgumentConflict => conflict(
            &context(ContextKind::InvalidArg),
            &context(ContextKind::PriorArg),
            lang,
        ),
        ErrorKind::InvalidValue => {
            let message = fill(
                errors.bad_value,
                &[
                    ("value", &context(ContextKind::InvalidValue)),
                    ("option", &context(ContextKind::InvalidArg)),
                    ("values", &context(ContextKind::ValidValue)),
                ],
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

/// Two options that cannot work together.
fn conflict(option: &str, other: &str, lang: Lang) -> Outcome {
    let message = fill(
        lang.strings().errors.conflict,
        &[("option", option), ("other", other)],
    );
    Outcome::usage_error(&message, lang)
}

/// `--completions SHELL`: the completion script for `shell`, from the same
/// parser the program uses, so they cannot disagree.
fn completions(shell: Shell, lang: Lang) -> String {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(lang), "httpdex", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

/// The `--constant` keys, in display order.
fn library_keys() -> Vec<&'static str> {
    catalog::libraries().iter().map(|l| l.key).collect()
}

/// `--man`: the manual page in roff, with the help text of `lang`. The
/// examples, exit statuses and environment keep their lines and columns
/// (`.nf`), which `clap_mangen`'s own extra section would fill into one
/// paragraph.
fn man_page(lang: Lang) -> String {
    let cli = &lang.strings().cli;
    let man = clap_mangen::Man::new(command(lang));
    let mut page = Vec::new();
    let sections = [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ];
    for render in sections {
        render(&man, &mut page).expect("writing to memory cannot fail");
    }
    let mut page = String::from_utf8_lossy(&page).into_owned();
    let more = format!("{}\n\n{}", cli.examples.trim(), cli.more_help.trim());
    let (title, body) = more.split_once('\n').unwrap_or((&more, ""));
    let title = title.trim_end_matches([':', '：']);
    let _ = writeln!(page, ".SH \"{}\"\n.nf", roff_escape(title));
    for line in body.lines() {
        let _ = writeln!(page, "{}", roff_escape(line));
    }
    let _ = writeln!(page, ".fi\n.SH VERSION\n{}", env!("CARGO_PKG_VERSION"));
    page
}

/// Text as roff shows it literally: backslashes and hyphens escaped, and a
/// leading dot or quote kept from reading as a request.
fn roff_escape(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// `--version`: the version, the registry snapshot the catalogue follows,
/// and the library releases its constants were checked against.
fn version(lang: Lang) -> String {
    let cli = &lang.strings().cli;
    let mut out = format!("httpdex {}\n", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(
        out,
        "{}",
        fill(
            cli.version_registry,
            &[("date", catalog::REGISTRY_SNAPSHOT)]
        )
    );
    let _ = writeln!(out, "{}", cli.version_libraries);
    let key_width = catalog::libraries()
        .iter()
        .map(|l| l.key.len())
        .max()
        .unwrap_or(0);
    for library in catalog::libraries() {
        let _ = writeln!(
            out,
            "  {:key_width$}  {} {}",
            library.key, library.name, library.version
        );
    }
    out
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

/// One thing to look up, as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lookup {
    /// `--list`.
    All,
    /// `4xx`.
    Class(Class),
    /// A status line (`HTTP/1.1 404 Not Found`, `404 Not Found`) or a code
    /// read from standard input: that code's entries, nothing near it.
    Code(u16),
    /// Digits or words, for the search.
    Search(String),
}

impl Lookup {
    fn of(text: &str) -> Lookup {
        let text = text.trim();
        // "404 Not Found" is a status line, "409 or 412" a question about
        // two codes: a line without a version whose words hold another
        // number is searched instead.
        let status_line = response::parse_status_line(text).filter(|line| {
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

/// What the operands ask for: several codes, classes or status lines each
/// on their own (`httpdex 401 403`), or else all the words as one status
/// line (`httpdex 404 Not Found`, `httpdex HTTP/2 503`) or one search
/// (`httpdex gateway timeout`).
fn lookups(operands: &[String]) -> Vec<(String, Lookup)> {
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
struct Found {
    query: String,
    lookup: Lookup,
    entries: Vec<&'static Entry>,
    exact: bool,
}

fn find(query: String, lookup: Lookup, lang: Lang) -> Found {
    let (entries, exact): (Vec<&'static Entry>, bool) = match &lookup {
        Lookup::All => (catalog::entries().iter().collect(), false),
        Lookup::Class(class) => (catalog::by_class(*class).collect(), false),
        Lookup::Code(code) => (catalog::by_code(*code).collect(), true),
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
fn not_found(found: &Found, lang: Lang) -> String {
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
fn show(results: &[Found], options: &Options, style: Style) -> Outcome {
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
        found(blocks.join("\n"))
    };
    outcome.stderr.insert_str(0, &stderr);
    if outcome.code == EXIT_FOUND {
        outcome.code = code;
    }
    outcome
}

/// One lookup's result as text: a class with its description, entries in
/// full for a code, one line each for a search or the list.
fn print_found(found: &Found, options: &Options, style: Style) -> String {
    let lang = options.lang;
    if let Lookup::Class(class) = found.lookup {
        return print_class(class, lang, style);
    }
    if found.exact {
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
fn compare(results: &[Found], lang: Lang, json: bool, style: Style) -> String {
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

/// A row of `--compare --json`.
#[derive(Debug, Serialize)]
struct JsonCompare<'a> {
    code: u16,
    id: &'a str,
    phrase: &'a str,
    title: &'a str,
    redirect: Option<&'a Redirect>,
    cache: Option<Cache>,
    required_headers: Vec<&'a str>,
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

/// A search among the lookups that matched several codes, refused with
/// the codes it matched: one constant cannot be guessed from it.
fn ambiguous(results: &[Found], lang: Lang) -> Option<Outcome> {
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
fn constants(results: &[Found], library: usize, json: bool, lang: Lang) -> Outcome {
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

/// A constant in `--constant LIBRARY --json`.
#[derive(Debug, Serialize)]
struct JsonNamed<'a> {
    code: u16,
    id: &'a str,
    library: &'a str,
    name: &'a str,
    since: Option<&'a str>,
    former: &'a [Former],
    deprecated: bool,
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
    if text.title == entry.phrase {
        line.push_str(entry.phrase);
    } else {
        line.push_str(&fill(
            lang.strings().cli.phrase_and_title,
            &[("phrase", entry.phrase), ("title", text.title)],
        ));
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
fn to_json(entries: &[&'static Entry], lang: Lang) -> String {
    let items: Vec<JsonEntry> = entries
        .iter()
        .map(|entry| json_entry(entry, lang))
        .collect();
    let mut json = serde_json::to_string_pretty(&items).expect("entries serialize to JSON");
    json.push('\n');
    json
}

/// The JSON form of one entry in `lang`.
fn json_entry(entry: &'static Entry, lang: Lang) -> JsonEntry<'static> {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env {
            lang: Lang::En,
            no_color: false,
            clicolor_force: false,
            dumb_terminal: false,
            columns: None,
            stdin_terminal: true,
            stdout_terminal: true,
            stderr_terminal: true,
            terminal_width: Some(100),
        }
    }

    fn kinds(text: &str) -> Vec<Lookup> {
        let words: Vec<String> = text.split(' ').map(str::to_owned).collect();
        lookups(&words)
            .into_iter()
            .map(|(_, lookup)| lookup)
            .collect()
    }

    fn search(text: &str) -> Lookup {
        Lookup::Search(text.to_owned())
    }

    fn command_line(words: &[&str]) -> Vec<OsString> {
        std::iter::once("httpdex")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn plain_words_are_parsed_as_clap_parses_them() {
        for words in [
            &["404"][..],
            &["gateway", "timeout"],
            &["gateway timeout"],
            &["409", "or", "412"],
            &["4xx", "50"],
            &["help"],
            &["version"],
            &["x=1"],
            &["接口参数校验失败"],
        ] {
            let args = command_line(words);
            assert!(plain_words(&args).is_some(), "{words:?}");
            for lang in Lang::ALL {
                assert_eq!(
                    parse_args(args.clone(), lang),
                    parse_with_clap(&args, lang),
                    "{words:?}"
                );
            }
        }
    }

    #[test]
    fn options_empty_words_and_no_words_go_through_clap() {
        for words in [&[][..], &["-"], &["404", "--json"], &["-L", "ja"], &[""]] {
            assert_eq!(plain_words(&command_line(words)), None, "{words:?}");
        }
        let not_utf8 = std::os::unix::ffi::OsStringExt::from_vec(vec![b'4', 0xff]);
        assert_eq!(plain_words(&[OsString::from("httpdex"), not_utf8]), None);
    }

    proptest::proptest! {
        #[test]
        fn any_plain_words_parse_as_clap_parses_them(
            words in proptest::collection::vec("[a-zA-Z0-9あ漢 ./:_=x]{1,8}", 1..5),
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let args = command_line(&words);
            proptest::prop_assert_eq!(parse_args(args.clone(), Lang::En), parse_with_clap(&args, Lang::En));
        }
    }

    #[test]
    fn operands_are_several_lookups_only_when_each_stands_alone() {
        assert_eq!(kinds("401 403"), [search("401"), search("403")]);
        assert_eq!(
            kinds("4xx 50"),
            [Lookup::Class(Class::ClientError), search("50")]
        );
        assert_eq!(kinds("404 Not Found"), [Lookup::Code(404)]);
        assert_eq!(kinds("HTTP/2 503"), [Lookup::Code(503)]);
        assert_eq!(kinds("gateway timeout"), [search("gateway timeout")]);
        assert_eq!(kinds("404 gone"), [Lookup::Code(404)]);
        assert_eq!(kinds("teapot 418"), [search("teapot 418")]);
        assert_eq!(kinds("409 or 412"), [search("409 or 412")]);
        assert_eq!(kinds("404 instead of 410"), [search("404 instead of 410")]);
    }

    #[test]
    fn colour_choice_weighs_the_flag_then_the_environment() {
        let with = |no_color, clicolor_force, dumb_terminal| Env {
            no_color,
            clicolor_force,
            dumb_terminal,
            ..env()
        };
        let auto = ColorChoice::Auto;
        assert!(auto.colors(&env(), true));
        assert!(!auto.colors(&env(), false));
        assert!(auto.colors(&with(false, true, false), false));
        assert!(!auto.colors(&with(true, true, false), true));
        assert!(!auto.colors(&with(false, false, true), true));
        assert!(auto.colors(&with(false, true, true), false));
        assert!(ColorChoice::Always.colors(&with(true, false, true), false));
        assert!(!ColorChoice::Never.colors(&with(false, true, false), true));
    }

    #[test]
    fn stdin_is_read_when_piped_with_nothing_to_look_up() {
        let piped = Env {
            stdin_terminal: false,
            ..env()
        };
        let reads = |args: &[&str], env: &Env| {
            let args = std::iter::once("httpdex").chain(args.iter().copied());
            matches!(plan(args, env), Plan::Read(_))
        };
        assert!(reads(&[], &piped));
        assert!(reads(&["--json"], &piped));
        assert!(reads(&["-"], &env()));
        assert!(!reads(&["404"], &piped));
        assert!(!reads(&["--list"], &piped));
        assert!(!reads(&[], &env()));
        assert!(matches!(
            plan(["httpdex"], &env()),
            Plan::Browse(Session { .. })
        ));
    }

    #[test]
    fn columns_win_then_the_terminal_width_then_80() {
        assert_eq!(env().width(), 100);
        let columns = Env {
            columns: Some(60),
            ..env()
        };
        assert_eq!(columns.width(), 60);
        // `script` and some `docker exec -t` sessions report a width of 0.
        let zero = Env {
            terminal_width: Some(0),
            ..env()
        };
        assert_eq!(zero.width(), 80);
        let zero_with_columns = Env {
            columns: Some(72),
            ..zero.clone()
        };
        assert_eq!(zero_with_columns.width(), 72);
        let nothing = Env {
            terminal_width: None,
            columns: Some(0),
            ..env()
        };
        assert_eq!(nothing.width(), 80);
    }

    #[test]
    fn the_browser_needs_both_streams_to_be_terminals() {
        let piped_out = Env {
            stdout_terminal: false,
            ..env()
        };
        let plan = plan(["httpdex", "-i"], &piped_out);
        assert!(matches!(
            plan,
            Plan::Print(Outcome {
                code: EXIT_USAGE,
                ..
            })
        ));
        let terminal = Env {
            stdin_terminal: true,
            ..env()
        };
        assert!(matches!(plan_of(&terminal), Plan::Browse(_)));
        let dumb = Env {
            dumb_terminal: true,
            ..terminal
        };
        assert!(matches!(
            plan_of(&dumb),
            Plan::Print(Outcome {
                code: EXIT_USAGE,
                ..
            })
        ));
    }

    fn plan_of(env: &Env) -> Plan {
        plan(["httpdex"], env)
    }
}
