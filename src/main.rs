//! The `httpdex` binary: gather the environment, let the library decide,
//! then browse or print.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use httpdex::cli::{self, Env, Outcome, Plan};
use httpdex::lang::Lang;
use httpdex::response;
use httpdex::tui;

fn main() -> ExitCode {
    let set = |name| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    let stdout_terminal = io::stdout().is_terminal();
    let env = Env {
        lang: Lang::from_env(),
        no_color: set("NO_COLOR"),
        clicolor_force: std::env::var_os("CLICOLOR_FORCE")
            .is_some_and(|v| !v.is_empty() && v != "0"),
        dumb_terminal: std::env::var_os("TERM").is_some_and(|term| term == "dumb"),
        columns: std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok()),
        stdin_terminal: io::stdin().is_terminal(),
        stdout_terminal,
        terminal_width: stdout_terminal
            .then(|| crossterm::terminal::size().ok().map(|(width, _)| width))
            .flatten(),
    };
    match cli::plan(std::env::args_os(), &env) {
        Plan::Print(outcome) => print(&outcome),
        Plan::Read(reading) => print(&match response::read_input(io::stdin().lock()) {
            Ok(scan) => reading.explain(&scan),
            Err(err) => reading.failed(&err),
        }),
        Plan::Browse(session) => match tui::run(&session) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("httpdex: {err}");
                ExitCode::FAILURE
            }
        },
    }
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
