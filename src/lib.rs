//! httpdex: look up HTTP status codes offline, in English, Japanese or
//! Chinese, on the command line or in an interactive browser.
//!
//! Imports run one way: the terminal loop (`tui`) uses the drawing (`ui`),
//! which reads the state (`app`), which uses the core (catalogue, search,
//! words). Nothing in the core knows about a terminal.
//!
//! - `model` and `strings` are the shape of the data: status-code facts,
//!   entry texts, and every string the program shows, grouped by where it
//!   appears. `build.rs` checks `assets/` (with `assets.rs`, build time
//!   only) and writes the whole catalogue as Rust statics of these types.
//! - `catalog` includes those statics and answers questions of them: entries
//!   by code, class or id, libraries, nearby codes. `lang` is the handle of
//!   a language: `Lang::strings()` and `Lang::texts()` are all that
//!   formatting code needs.
//! - `describe` says an entry's facts in words of one language, as the one
//!   list of facts both the command line and the browser render.
//! - `search` ranks entries for a query, codes first, then words through
//!   `fulltext`, a small search engine (NFKC, stemming, typos, CJK bigrams,
//!   BM25F-like field weights); the browser and the command line share it.
//! - `text` measures, wraps and sanitizes text in terminal cells.
//! - `response` reads status lines and HTTP response transcripts (curl,
//!   wget, raw) and checks the header fields their codes call for; `scan`
//!   counts the status codes in access logs. Neither knows about a
//!   terminal or a language. `progress` is the line a long scan draws on
//!   standard error.
//! - `lineedit` is the search bar's one-line editor; `probe` asks the terminal
//!   how it draws ambiguous-width characters and what its background is.
//! - `cli` decides what a run does from the arguments and the environment
//!   (`plan`), and formats results as text or JSON; `main` only gathers the
//!   environment and carries the plan out.
//! - `keymap` is the one binding table, and turns terminal events into
//!   actions; `viewport` is what the last frame drew, reported by `ui` and
//!   read by `app` and `keymap`.
//! - `app` is the browser's state, changed only by `App::update(Action)`;
//!   `ui` draws it and reports a `Viewport`; `tui` runs the event loop and
//!   restores the terminal on every way out; `theme` holds the styles,
//!   `probe` the questions to the terminal about itself and the reading of
//!   its answers, and `clipboard` the OSC 52 sequence.

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod describe;
pub mod keymap;
pub mod lineedit;
pub mod probe;
pub mod progress;
pub mod response;
pub mod scan;
pub mod search;
#[doc(hidden)]
pub mod testing;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
pub mod viewport;
