//! Benchmarks of httpdex's hot paths: loading the catalogue, searching it,
//! drawing a frame, the command line's work, and how search time grows
//! with a larger catalogue.
//!
//! Run with `cargo bench`; `BENCHMARKS.md` explains the groups and records
//! the figures measured. A single group runs with `cargo bench -- search`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use httpdex::app::App;
use httpdex::catalog::{Catalog, Entry, Source, Sources};
use httpdex::cli::{self, Parsed, Style};
use httpdex::lang::Lang;
use httpdex::search::SearchIndex;
use httpdex::ui;

/// The same assets the binary embeds.
const SOURCES: Sources = Sources::EMBEDDED;

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

/// Queries run against the synthetic catalogues.
const GROWTH_QUERIES: [&str; 4] = ["404", "gateway", "gatway", "not found"];

/// Sizes of the synthetic catalogues, as multiples of the real one.
const GROWTH_FACTORS: [usize; 3] = [1, 10, 100];

/// Names given to the synthetic entries' `origin`.
const VENDORS: [&str; 8] = [
    "Varnish", "Envoy", "Traefik", "HAProxy", "Caddy", "Akamai", "Fastly", "Squid",
];

fn embedded() -> &'static Catalog {
    Catalog::embedded().expect("the embedded catalogue decodes")
}

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

/// The catalogue as the binary stores it: the facts, and one part per
/// language. The bytes are the ones the build script writes from the same
/// assets, and live as long as the benchmark.
fn stored() -> (&'static [u8], [&'static [u8]; 3]) {
    let (facts, languages) = Catalog::parse(&SOURCES).expect("parses").to_stored();
    let leak = |bytes: Vec<u8>| -> &'static [u8] { Box::leak(bytes.into_boxed_slice()) };
    (leak(facts), languages.map(leak))
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    // From the TOML assets, as the build script and the tests load them.
    group.bench_function("toml parse", |b| {
        b.iter(|| Catalog::parse(black_box(&SOURCES)).expect("parses"));
    });
    group.bench_function("toml parse+index/en", |b| {
        b.iter(|| {
            let catalog = Catalog::parse(black_box(&SOURCES)).expect("parses");
            black_box(SearchIndex::new(&catalog, Lang::En));
            catalog
        });
    });
    // From the stored bytes, as the binary starts: the facts are decoded at
    // once, a language's text when it is first used.
    let (facts, languages) = stored();
    group.bench_function("decode facts", |b| {
        b.iter(|| Catalog::from_stored(black_box(facts), languages).expect("decodes"));
    });
    for lang in Lang::ALL {
        group.bench_with_input(
            BenchmarkId::new("decode facts+text", lang),
            &lang,
            |b, &lang| {
                b.iter(|| {
                    let catalog =
                        Catalog::from_stored(black_box(facts), languages).expect("decodes");
                    black_box(catalog.texts(lang));
                    catalog
                });
            },
        );
    }
    for lang in Lang::ALL {
        group.bench_with_input(BenchmarkId::new("decode+index", lang), &lang, |b, &lang| {
            b.iter(|| {
                let catalog = Catalog::from_stored(black_box(facts), languages).expect("decodes");
                black_box(SearchIndex::new(&catalog, lang));
                catalog
            });
        });
    }
    // The index alone, over text already decoded.
    let catalog = embedded();
    for lang in Lang::ALL {
        group.bench_with_input(BenchmarkId::new("index", lang), &lang, |b, &lang| {
            b.iter(|| SearchIndex::new(catalog, lang));
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let catalog = embedded();
    let mut group = c.benchmark_group("search");
    for lang in Lang::ALL {
        let index = SearchIndex::new(catalog, lang);
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
                    let mut app = App::new(catalog, Lang::En, "", (100, 30));
                    app.handle_event(&slash);
                    let start = Instant::now();
                    for key in &keys {
                        app.handle_event(black_box(key));
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
    let catalog = embedded();
    let mut group = c.benchmark_group("draw");
    for (width, height) in [(100, 30), (200, 60)] {
        for lang in [Lang::En, Lang::Ja] {
            let app = App::new(catalog, lang, "", (width, height));
            let mut terminal =
                Terminal::new(TestBackend::new(width, height)).expect("an in-memory terminal");
            group.bench_function(BenchmarkId::new(format!("{width}x{height}"), lang), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| ui::draw(frame, &app))
                        .expect("drawing into memory")
                        .area
                });
            });
        }
    }
    group.finish();
}

/// The command line's work once the catalogue is loaded: parsing the
/// arguments and producing the text to print.
fn command_line(c: &mut Criterion) {
    let catalog = embedded();
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
                let Parsed::Run(options) = cli::parse_args(black_box(&argv), Lang::En, catalog)
                else {
                    panic!("valid arguments");
                };
                cli::execute(&options, catalog, style)
            });
        });
    }
    group.finish();
}

/// Escapes `text` as a TOML basic string, quotes included.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` with its sentences rotated by `by`, so that copies of an entry
/// read differently but keep realistic words.
fn rotate_sentences(text: &str, by: usize) -> String {
    let mut sentences: Vec<&str> = if text.contains('。') {
        text.split_inclusive('。').collect()
    } else {
        text.split_inclusive(". ").collect()
    };
    let len = sentences.len();
    sentences.rotate_left(by % len);
    sentences
        .iter()
        .map(|s| s.trim())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The facts and the three language files of a catalogue `factor` times
/// the size of the real one (the library constants stay as they are): the real entries, plus `factor - 1` unofficial copies of each with
/// their own id, origin and reworded text.
fn synthetic_assets(factor: usize) -> (String, [String; 3]) {
    let real: &[Entry] = embedded().entries();
    let mut codes = SOURCES.codes.text.to_owned();
    // The header of each language file ([language], [ui], [classes]) and its
    // real entries, to which the synthetic entries are appended.
    let mut texts = SOURCES.texts.map(|source| source.text.to_owned());
    let mut serial = 0;
    for copy in 1..factor {
        let vendor = format!(
            "{} {}",
            VENDORS[copy % VENDORS.len()],
            copy / VENDORS.len() + 1
        );
        for (i, entry) in real.iter().enumerate() {
            // Several entries share a code, so the name is a running number.
            serial += 1;
            let id = format!("{}-s{serial}", entry.code);
            let _ = write!(
                codes,
                "\n[[entry]]\ncode = {}\nid = {}\nphrase = {}\nstatus = \"unofficial\"\norigin = {}\n",
                entry.code,
                toml_string(&id),
                toml_string(&entry.phrase),
                toml_string(&vendor),
            );
            // The scenario of another entry, so words mix across codes.
            let other = &real[(i + copy) % real.len()];
            for (lang, text) in Lang::ALL.into_iter().zip(texts.iter_mut()) {
                let own = embedded().text(entry, lang);
                let _ = write!(
                    text,
                    "\n[entries.{id}]\ntitle = {}\nmeaning = {}\nscenario = {}\n",
                    toml_string(&format!("{} ({vendor})", own.title)),
                    toml_string(&rotate_sentences(&own.meaning, copy)),
                    toml_string(&rotate_sentences(
                        &embedded().text(other, lang).scenario,
                        copy
                    )),
                );
            }
        }
    }
    (codes, texts)
}

/// A catalogue `factor` times the size of the real one, parsed from TOML
/// with `Catalog::parse`. The text is leaked: it lives as long as the
/// benchmark.
fn synthetic_catalog(factor: usize) -> Catalog {
    let (codes, texts) = synthetic_assets(factor);
    let leak = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
    let [en, ja, zh] = texts;
    let catalog = Catalog::parse(&Sources {
        codes: Source {
            name: "synthetic codes.toml",
            text: leak(codes),
        },
        constants: SOURCES.constants,
        texts: [
            Source {
                name: "synthetic en.toml",
                text: leak(en),
            },
            Source {
                name: "synthetic ja.toml",
                text: leak(ja),
            },
            Source {
                name: "synthetic zh.toml",
                text: leak(zh),
            },
        ],
    })
    .expect("the synthetic catalogue parses");
    assert_eq!(catalog.entries().len(), embedded().entries().len() * factor);
    catalog
}

fn growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("growth");
    // A search of the largest catalogue takes milliseconds: the same number
    // of iterations in every sample keeps the run short.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(20);
    for factor in GROWTH_FACTORS {
        let catalog = synthetic_catalog(factor);
        let index = SearchIndex::new(&catalog, Lang::En);
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
    targets = load, search, draw, command_line, growth
}
criterion_main!(benches);
