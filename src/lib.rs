//! httpdex: look up HTTP status codes offline, in English, Japanese or Chinese.
//!
//! The catalogue is compiled in from `assets/`; the same search serves the
//! command line and the interactive browser.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod clipboard;
pub mod describe;
mod embedded;
pub mod keymap;
pub mod lang;
pub mod search;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
