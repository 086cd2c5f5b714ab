//! Benchmarks of httpdex's hot paths: building the search index, searching,
//! drawing a frame, the command line's work, and how search time grows
//! with a larger catalogue.
//!
//! Run with `cargo bench`; `BENCHMARKS.md` explains the groups and records
//! the figures measured. A single group runs with `cargo bench -- search`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use httpdex::cli::{self, Parsed, Style};
use httpdex::search::{Document, SearchIndex};
use httpdex::testing;
use httpdex::tui::app::App;
use httpdex::tui::ui;
use httpdex_catalog as catalog;
use httpdex_catalog::lang::Lang;

/// Queries of one to ten characters: digits, English words, a typo,
/// situations, Japanese and Chinese.
const QUERIES: [&str; 16] = [
    "api key missing",
    "upload too big",
    "認証トークンが切れた",
    "短时间内调用次数超限",
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

/// Typed one character at a time in the per-keystroke cases: a situation,
/// as people type them.
const TYPED: &str = "upstream timed out";

/// Queries run against the synthetic catalogues.
const GROWTH_QUERIES: [&str; 4] = ["404", "gateway", "gatway", "upload too big"];

/// Sizes of the synthetic catalogues, as multiples of the real one.
const GROWTH_FACTORS: [usize; 3] = [1, 10, 100];

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
    let keystrokes = u32::try_from(typed.len()).expect("a short query");
    let start = Instant::now();
    for _ in 0..iters {
        for prefix in &typed {
            black_box(index.search(black_box(prefix)));
        }
    }
    start.elapsed() / keystrokes
}

/// Opening the compiled-in search index in a language (labels and lists
/// of values; no index is built), which the program does once per language
/// it shows; and building the same index in memory, as `build.rs` does.
fn index(c: &mut Criterion) {
    let mut group = c.benchmark_group("index");
    for lang in Lang::ALL {
        group.bench_with_input(BenchmarkId::new("open", lang), &lang, |b, &lang| {
            b.iter(|| SearchIndex::new(lang));
        });
    }
    group.bench_function("build", |b| {
        b.iter(|| {
            SearchIndex::build(
                catalog::entries()
                    .iter()
                    .map(|entry| Document::of(entry, Lang::En))
                    .collect(),
            )
        });
    });
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
        today: httpdex::describe::Today::Clock,
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

/// `text` with its sentences rotated by `by`, so that copies of an entry
/// read differently but keep realistic words. Leaked: it lives as long as
/// the benchmark.
fn rotate_sentences(text: &str, by: usize) -> &'static str {
    let mut sentences: Vec<&str> = if text.contains('。') {
        text.split_inclusive('。').collect()
    } else {
        text.split_inclusive(". ").collect()
    };
    let len = sentences.len();
    sentences.rotate_left(by % len);
    let joined = sentences
        .iter()
        .map(|s| s.trim())
        .collect::<Vec<_>>()
        .join(" ");
    Box::leak(joined.into_boxed_str())
}

/// A catalogue `factor` times the size of the real one: the real entries,
/// plus `factor - 1` copies of each with their own title, reworded text and
/// the situations of another entry, so words mix across codes.
fn synthetic(factor: usize) -> SearchIndex {
    let real: Vec<Document> = catalog::entries()
        .iter()
        .map(|entry| Document::of(entry, Lang::En))
        .collect();
    let mut documents = real.clone();
    for copy in 1..factor {
        for (i, document) in real.iter().enumerate() {
            let mut document = document.clone();
            let other = &real[(i + copy) % real.len()];
            document.label = format!("{} (copy {copy})", document.label);
            for (field, values) in document.fields.iter_mut().enumerate() {
                if field == 2 {
                    values.clone_from(&other.fields[2]);
                } else if field >= 4 {
                    for value in values.iter_mut() {
                        *value = rotate_sentences(value, copy);
                    }
                }
            }
            documents.push(document);
        }
    }
    assert_eq!(documents.len(), real.len() * factor);
    SearchIndex::build(documents)
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("growth");
    // A search of the largest catalogue takes milliseconds: the same number
    // of iterations in every sample keeps the run short.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(20);
    for factor in GROWTH_FACTORS {
        let index = synthetic(factor);
        let size = format!("{factor}x");
        for query in GROWTH_QUERIES {
            group.bench_with_input(BenchmarkId::new(query, &size), query, |b, query| {
                b.iter(|| index.search(black_box(query)));
            });
        }
        group.bench_function(
            BenchmarkId::new(format!("per keystroke {TYPED}"), &size),
            |b| b.iter_custom(|iters| per_keystroke(&index, iters)),
        );
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
    targets = index, search, draw, command_line, growth
}
criterion_main!(benches);
