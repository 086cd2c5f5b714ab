//! httpdex: look up HTTP status codes offline, in English, Japanese or
//! Chinese, on the command line or in an interactive browser.
//!
//! The catalogue and the search engine are crates of their own, below this
//! one: `httpdex-catalog` (the entries and the strings of every language,
//! compiled in from `assets/` and checked by `httpdex-assets`) and
//! `httpdex-fulltext` (a small search engine whose index `build.rs` builds
//! once and the program compiles in). Imports here run one way, from the
//! edges to the leaves:
//!
//! - Leaves, which know no catalogue and no terminal: `text` measures,
//!   wraps and sanitizes text in terminal cells; `http` reads status lines
//!   and response transcripts (curl, wget, raw) and checks the header
//!   fields their codes call for; `logs` counts the status codes in access
//!   logs.
//! - `describe` says an entry's facts in words of one language, as the one
//!   list of facts both the command line and the browser render; `search`
//!   ranks entries for a query, codes first, then words on the compiled-in
//!   index.
//! - `cli` decides what a run does from the arguments and the environment
//!   (`plan`), and formats results as text or JSON; `main` only gathers the
//!   environment and carries the plan out.
//! - `tui` is the browser: its state (`tui::app`, changed only by
//!   `App::update(Action)`), the binding table (`tui::keymap`), the line
//!   editor, the drawing (`tui::ui`) and styles (`tui::theme`), the
//!   questions to the terminal (`tui::probe`), and the event loop that
//!   restores the terminal on every way out. Only `tui` and `main` touch the
//!   terminal.

pub mod cli;
pub mod describe;
pub mod http;
pub mod logs;
pub mod search;
#[doc(hidden)]
pub mod testing;
pub mod text;
pub mod tui;
