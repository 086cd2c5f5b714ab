//! Benchmarks of httpdex's hot paths: building the search index, searching,
//! drawing a frame, and the command line's work.
//!
//! Run with `cargo bench`; `BENCHMARKS.md` explains the groups and records
//! the figures measured. A single group runs with `cargo bench -- search`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use httpdex::app::App;
use httpdex::cli::{self, Parsed, Style};
use httpdex::lang::Lang;
use httpdex::search::SearchIndex;
use httpdex::testing;
use httpdex::ui;

/// Queries of one to ten characters: digits, English words, a typo,
/// Japanese and Chinese.
const QUERIES: [&str; 12] = [
    "4",
    "40",
    "404",
    "gateway",
    "not found",
    "teapot",
    "timeout",
    "gatway",
    "見つかりません",
    "タイムアウト",
    "网关",
    "超时",
];

/// Typed one character at a time in the per-keystroke cases.
const TYPED: &str = "gateway";

/// Every prefix of `text`, shortest first: what the search box holds after
/// each keystroke.
fn prefixes(text: &str) -> Vec<&str> {
    text.char_indices()
        .map(|(i, c)| &text[..i + c.len_utf8()])
        .collect()
}

/// Times `iters` rounds of searching every prefix of [`TYPED`], divided by
/// the number of keystrokes, so criterion reports the time per keystroke.
fn per_keystroke(index: &SearchIndex, iters: u64) -> Duration {
    let typed = prefixes(TYPED);
    let keystrokes = u32::try_from(typed.len()).expect("a short word");
    let start = Instant::now();
    for _ in 0..iters {
        for prefix in &typed {
            black_box(index.search(black_box(prefix)));
        }
    }
    start.elapsed() / keystrokes
}

/// Building the search index of a language, which the browser does once
/// per language it shows.
fn index(c: &mut Criterion) {
    let mut group = c.benchmark_group("index");
    for lang in Lang::ALL {
        group.bench_with_input(BenchmarkId::new("build", lang), &lang, |b, &lang| {
            b.iter(|| SearchIndex::new(lang));
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    for lang in Lang::ALL {
        let index = SearchIndex::new(lang);
        for query in QUERIES {
            group.bench_with_input(BenchmarkId::new(lang.code(), query), query, |b, query| {
                b.iter(|| index.search(black_box(query)));
            });
        }
        group.bench_function(
            BenchmarkId::new(lang.code(), format!("per keystroke {TYPED}")),
            |b| b.iter_custom(|iters| per_keystroke(&index, iters)),
        );
    }
    // The browser does more than search on a keystroke: it rebuilds the rows
    // of the list and keeps the selection. Each round starts from a fresh
    // browser in search mode; only the keystrokes are timed.
    let keys: Vec<Event> = TYPED
        .chars()
        .map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        .collect();
    let slash = Event::Key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
    let keystrokes = u32::try_from(keys.len()).expect("a short word");
    group.bench_function(
        BenchmarkId::new("en", format!("browser per keystroke {TYPED}")),
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let mut app = App::new(Lang::En, "");
                    testing::send(&mut app, &slash);
                    let start = Instant::now();
                    for key in &keys {
                        testing::send(&mut app, black_box(key));
                    }
                    total += start.elapsed();
                    black_box(&app);
                }
                total / keystrokes
            });
        },
    );
    group.finish();
}

fn draw(c: &mut Criterion) {
    let mut group = c.benchmark_group("draw");
    for (width, height) in [(100, 30), (200, 60)] {
        for lang in [Lang::En, Lang::Ja] {
            let app = App::new(lang, "");
            let mut terminal =
                Terminal::new(TestBackend::new(width, height)).expect("an in-memory terminal");
            group.bench_function(BenchmarkId::new(format!("{width}x{height}"), lang), |b| {
                b.iter(|| {
                    let mut viewport = None;
                    terminal
                        .draw(|frame| viewport = Some(ui::draw(frame, &app)))
                        .expect("drawing into memory");
                    viewport
                });
            });
        }
    }
    group.finish();
}

/// The command line's work once the catalogue is loaded: parsing the
/// arguments and producing the text to print.
fn command_line(c: &mut Criterion) {
    let style = Style {
        width: 80,
        color: false,
    };
    let mut group = c.benchmark_group("cli");
    for args in [&["404"][..], &["gateway"], &["--list", "--json"]] {
        let argv: Vec<&str> = std::iter::once("httpdex")
            .chain(args.iter().copied())
            .collect();
        group.bench_function(args.join(" "), |b| {
            b.iter(|| {
                let Parsed::Run(options) = cli::parse_args(black_box(&argv), Lang::En) else {
                    panic!("valid arguments");
                };
                cli::execute(&options, style)
            });
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(50)
}

criterion_group! {
    name = benches;
    config = config();
    targets = index, search, draw, command_line
}
criterion_main!(benches);
