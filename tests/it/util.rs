//! What several test modules need, once.

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Every code in the IANA HTTP Status Code Registry (last updated 2025-09-15).
pub const IANA: &[u16] = &[
    100, 101, 102, 103, 104, //
    200, 201, 202, 203, 204, 205, 206, 207, 208, 226, //
    300, 301, 302, 303, 304, 305, 306, 307, 308, //
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
    421, 422, 423, 424, 425, 426, 428, 429, 431, 451, //
    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/// Variables that change what the binary prints; removed before every run.
/// The backtrace ones too, so a panic always prints its usual
/// "run with `RUST_BACKTRACE=1`" note, which the failure checks look for.
pub const ENV_VARS: [&str; 11] = [
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    "LANGUAGE",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "TERM",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    "HTTPDEX_OPTS",
];

/// The binary, with a clean environment and stdin from /dev/null.
pub fn httpdex() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_httpdex"));
    for var in ENV_VARS {
        command.env_remove(var);
    }
    command.stdin(Stdio::null());
    command
}

/// Runs the binary with `args` and `input` on standard input, to the end.
pub fn with_stdin<I, S>(args: I, input: &[u8]) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut child = httpdex()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the httpdex binary runs");
    let mut stdin = child.stdin.take().expect("piped stdin");
    // httpdex may stop reading early (at its limit): a closed pipe is fine.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().expect("httpdex ends")
}

/// `count` bytes of deterministic noise (xorshift64 from `seed`, byte
/// `byte` of each step), to feed binary garbage to the binary.
pub fn noise(count: usize, seed: u64, byte: usize) -> Vec<u8> {
    let mut seed = seed;
    (0..count)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed.to_le_bytes()[byte]
        })
        .collect()
}
