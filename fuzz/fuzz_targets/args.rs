//! Fuzzes the command line: parsing, then running what was parsed.
//!
//! The input is split on NUL bytes into arguments, kept as raw bytes so
//! invalid UTF-8 reaches the parser too. Whatever the arguments, httpdex
//! must not panic, must exit with 0, 1 or 2, must explain a usage error on
//! stderr, and must not write escape sequences when colour is off.

#![no_main]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use httpdex::cli::{
    EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE, Outcome, Parsed, Style, execute, parse_args,
};
use httpdex_catalog::lang::Lang;
use libfuzzer_sys::fuzz_target;

fn check(outcome: &Outcome, args: &[OsString], lang: Lang) {
    assert!(
        [EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE].contains(&outcome.code),
        "{lang} {args:?}: exit code {}",
        outcome.code
    );
    if outcome.code == EXIT_USAGE {
        assert!(
            !outcome.stderr.is_empty(),
            "{lang} {args:?}: usage error without a message"
        );
    }
    // Stdout and stderr are Strings, so already valid UTF-8.
    for (name, text) in [("stdout", &outcome.stdout), ("stderr", &outcome.stderr)] {
        assert!(
            !text.contains('\x1b'),
            "{lang} {args:?}: escape in {name} with colour off: {text:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let mut args = vec![OsString::from("httpdex")];
    args.extend(
        data.split(|&b| b == 0)
            .map(|a| OsString::from_vec(a.to_vec())),
    );
    // Narrow widths, including 0, stress the wrapping.
    let style = Style {
        width: data.len() % 16,
        color: false,
        today: httpdex::describe::Today::Day(20_000),
    };

    for env_lang in Lang::ALL {
        match parse_args(args.iter().cloned(), env_lang) {
            Parsed::Exit(outcome) => check(&outcome, &args, env_lang),
            Parsed::Run(options) => {
                if !options.interactive {
                    check(&execute(&options, style), &args, options.lang);
                }
            }
        }
    }
});
