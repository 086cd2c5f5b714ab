//! Fuzzes standard input as `curl -sI URL | httpdex` gives it: reading the
//! bytes as status lines or response transcripts, then explaining them.
//! Whatever the bytes, httpdex must not panic, must exit with 0, 1 or 2, and
//! must not write escape sequences when colour is off.

#![no_main]

use httpdex::cli::{self, EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE, Env, Plan};
use httpdex::http;
use httpdex_catalog::lang::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let scan = http::read_input(data).expect("reading from memory cannot fail");
    for lang in Lang::ALL {
        let env = Env {
            lang,
            no_color: true,
            clicolor_force: false,
            dumb_terminal: false,
            columns: Some(80),
            stdin_terminal: false,
            stdout_terminal: false,
            stderr_terminal: false,
            terminal_width: None,
            today: httpdex::describe::Today::Day(20_000),
            default_options: Vec::new(),
        };
        let Plan::Read(reading) = cli::plan(["httpdex"], &env) else {
            panic!("no arguments and a pipe on stdin read it");
        };
        let outcome = reading.explain(&scan);
        assert!(
            [EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE].contains(&outcome.code),
            "{lang}: exit code {}",
            outcome.code
        );
        assert!(
            !outcome.stdout.contains('\x1b'),
            "{lang}: an escape sequence with colour off"
        );
    }
});
