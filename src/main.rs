//! The `httpdex` binary: gather the environment, let the library decide,
//! then browse or print.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use httpdex::cli::{self, Env, Outcome, Plan};
use httpdex::lang::Lang;
use httpdex::tui;

fn main() -> ExitCode {
    let set = |name| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    let stdout_terminal = io::stdout().is_terminal();
    let env = Env {
        lang: Lang::from_env(),
        no_color: set("NO_COLOR"),
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
        Plan::Browse(session) => match tui::run(&session) {
            Ok(Some(picked)) => print(&Outcome {
                stdout: format!("{picked}\n"),
                stderr: String::new(),
                code: cli::EXIT_FOUND,
            }),
            // Picking given up (Esc, Ctrl-C): 130, as fzf and a shell say.
            Ok(None) if session.pick.is_some() => ExitCode::from(130),
            Ok(None) => ExitCode::SUCCESS,
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
