//! httpdex's integration tests, in one target: the catalogue, the command
//! line against the built binary, rendering, the terminal, and the README.

mod bad_input;
mod catalog;
mod cli;
mod constants;
mod devset;
mod facts;
mod props;
#[cfg(unix)]
mod pty;
mod readme;
mod render;
mod scan;
mod search;
mod util;
mod wrap;
