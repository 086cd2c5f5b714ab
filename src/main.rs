//! The `httpdex` binary: gather the environment, let the library decide,
//! then do the reading, scanning, browsing or printing it decided on.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use httpdex::cli::progress::Progress;
use httpdex::cli::{self, Env, Outcome, Plan, ScanInput, Scanned, Scanning};
use httpdex::tui::{self, Ending};
use httpdex::{http, logs};
use httpdex_catalog::lang::Lang;

fn main() -> ExitCode {
    let set = |name| std::env::var_os(name).is_some_and(|value| !value.is_empty());
    let stdout_terminal = io::stdout().is_terminal();
    let stderr_terminal = io::stderr().is_terminal();
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
        stderr_terminal,
        terminal_width: stdout_terminal
            .then(|| crossterm::terminal::size().ok().map(|(width, _)| width))
            .flatten(),
        today: httpdex::describe::Today::Clock,
        default_options: std::env::var("HTTPDEX_OPTS")
            .map(|opts| opts.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default(),
    };
    carry_out(cli::plan(std::env::args_os(), &env))
}

/// Does what the plan says; a scan's result is a plan of its own (print,
/// or browse the codes seen).
fn carry_out(plan: Plan) -> ExitCode {
    match plan {
        Plan::Print(outcome) => print(&outcome),
        Plan::Read(reading) => print(&match http::read_input(io::stdin().lock()) {
            Ok(scan) => reading.explain(&scan),
            Err(err) => reading.failed(&err),
        }),
        Plan::Scan(scanning) => {
            let scanned = scanning
                .inputs()
                .iter()
                .map(|input| scan_one(&scanning, input))
                .collect();
            carry_out(scanning.finish(scanned))
        }
        Plan::Browse(session) => match tui::run(&session) {
            Ok(Ending::Picked(picked)) => print(&Outcome {
                stdout: format!("{picked}\n"),
                stderr: String::new(),
                code: cli::EXIT_FOUND,
            }),
            // Ctrl-C, or picking given up: 130, as fzf and a shell say.
            Ok(Ending::Interrupted) => ExitCode::from(130),
            Ok(Ending::Quit) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("httpdex: {err}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Files smaller than this are scanned too fast for a progress bar to help.
const PROGRESS_MIN: u64 = 64 << 20;

/// Scans one log, with a progress bar on stderr for a large file when
/// stderr is a terminal.
fn scan_one(scanning: &Scanning, input: &ScanInput) -> Scanned {
    let format = scanning.format();
    let result = match input {
        ScanInput::Stdin => logs::scan_reader(io::stdin().lock(), format, &mut |_, _| {}),
        ScanInput::File(path) => {
            let large = std::fs::metadata(path).is_ok_and(|m| m.len() > PROGRESS_MIN);
            let mut bar = (scanning.progress() && large).then(|| {
                let width = crossterm::terminal::size()
                    .ok()
                    .map(|(width, _)| width)
                    .filter(|&width| width > 0)
                    .unwrap_or(80);
                Progress::new(io::stderr(), usize::from(width))
            });
            let result = logs::scan_path(path, format, &mut |done, total| {
                if let Some(bar) = &mut bar {
                    bar.update(done, total);
                }
            });
            if let Some(bar) = bar {
                bar.finish();
            }
            result
        }
    };
    Scanned {
        input: input.clone(),
        result,
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
