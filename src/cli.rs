//! The command line: parsing arguments, and printing entries as text or JSON.
//!
//! Everything here is a function of its inputs and returns what to print, so
//! tests need neither a terminal nor a process.

use std::ffi::OsString;

use crate::describe::Today;
use crate::http;
use crate::logs;
use crate::text::excerpt;
use crate::tui::theme::Background;
use crate::tui::{Pick, Session};
use httpdex_catalog::lang::{Lang, fill};

mod args;
mod explain;
mod json;
mod lookup;
mod print;
pub mod progress;
mod report;

pub use args::parse_args;
pub use lookup::execute;
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
    /// `--short`: one line per entry, codes included, as `hc` prints them.
    pub short: bool,
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
    pub log_format: Option<logs::Format>,
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
            short: false,
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
    /// Where today's date comes from, for the days left of a temporary
    /// registration.
    pub today: Today,
    /// `HTTPDEX_OPTS`, split at whitespace: options read before the
    /// command line's, which win where they say otherwise.
    pub default_options: Vec<String>,
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
    pub fn explain(&self, scan: &http::Received) -> Outcome {
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
    let mut args = args.into_iter().map(Into::into);
    let args: Vec<OsString> = args
        .next()
        .into_iter()
        .chain(env.default_options.iter().map(OsString::from))
        .chain(args)
        .collect();
    let mut options = match parse_args(args, env.lang) {
        Parsed::Run(options) => options,
        Parsed::Exit(outcome) => return Plan::Print(outcome),
    };
    let style = Style {
        width: env.width(),
        color: options.color.colors(env, env.stdout_terminal),
        today: env.today,
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
            today: env.today,
        });
    }
    Plan::Print(execute(&options, style))
}

/// How to lay out text output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Columns of the terminal (or `COLUMNS`).
    pub width: usize,
    /// Whether to colour the output (a terminal, and `NO_COLOR` unset).
    pub color: bool,
    /// Today, as [`Env::today`].
    pub today: Today,
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

#[cfg(test)]
mod tests;
