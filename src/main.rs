//! The `httpdex` binary: parse arguments, then print or browse.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use httpdex::catalog::Catalog;
use httpdex::cli::{self, EXIT_USAGE, Outcome, Parsed, Style};
use httpdex::lang::Lang;
use httpdex::tui;

fn main() -> ExitCode {
    let catalog = match Catalog::embedded() {
        Ok(catalog) => catalog,
        Err(err) => {
            eprintln!("httpdex: the built-in catalogue is broken: {err}");
            return ExitCode::from(70);
        }
    };
    let options = match cli::parse_args(std::env::args_os(), Lang::from_env(), catalog) {
        Parsed::Run(options) => options,
        Parsed::Exit(outcome) => return print(&outcome),
    };
    let color = std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
    let terminal = io::stdin().is_terminal() && io::stdout().is_terminal();
    let browse =
        options.interactive || (options.query.is_empty() && !options.list && !options.json);
    if browse {
        let ui = catalog.ui(options.lang);
        if !terminal {
            eprintln!("httpdex: {}\n{}", ui.err_not_a_terminal, ui.cli_try_help);
            return ExitCode::from(EXIT_USAGE);
        }
        if std::env::var_os("TERM").is_some_and(|term| term == "dumb") {
            eprintln!("httpdex: {}", ui.err_dumb_terminal);
            return ExitCode::from(EXIT_USAGE);
        }
        return match tui::run(catalog, options.lang, &options.query, color) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("httpdex: {err}");
                ExitCode::FAILURE
            }
        };
    }
    let stdout_terminal = io::stdout().is_terminal();
    let width = if stdout_terminal {
        crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w))
    } else {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .filter(|&columns| columns > 0)
            .unwrap_or(80)
    };
    let style = Style {
        width,
        color: color && stdout_terminal,
    };
    print(&cli::execute(&options, catalog, style))
}

/// Writes an outcome: the message first, so a closed stdout cannot lose
/// it; a closed pipe (`httpdex --list | head -1`) is not an error.
fn print(outcome: &Outcome) -> ExitCode {
    let _ = io::stderr().write_all(outcome.stderr.as_bytes());
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(outcome.stdout.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::from(outcome.code),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(outcome.code),
        Err(err) => {
            eprintln!("httpdex: {err}");
            ExitCode::FAILURE
        }
    }
}
