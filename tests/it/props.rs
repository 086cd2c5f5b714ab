//! Property tests: random sequences of keys, mouse events, pastes and
//! resizes go through the browser's update and drawing, over the whole
//! catalogue or a random scan. Nothing panics, the selection always points
//! at a shown code (or at nothing when nothing is shown), and the query
//! changes only as the key pressed says (see `check_query`).
//!
//! The long run is ignored by default; CI runs it optimised, on every core:
//! `cargo test --profile props --test it props -- --ignored`. It runs
//! 100,000 cases, or `HTTPDEX_LONG_RUN_CASES` of them.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use httpdex::testing;
use httpdex::tui::app::{App, Row};
use httpdex::tui::keymap::{Action, Focus, Mode, action_for};
use httpdex_catalog::lang::Lang;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Characters people type, paste or mistype: ASCII, control characters,
/// combining marks, emoji, CJK, and anything else.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        proptest::char::range(' ', '~'),
        proptest::char::range('\u{0}', '\u{1f}'),
        Just('\u{7f}'),
        proptest::char::range('\u{80}', '\u{9f}'),
        proptest::char::range('\u{300}', '\u{36f}'),
        proptest::char::range('\u{1f600}', '\u{1f64f}'),
        proptest::char::range('\u{3040}', '\u{30ff}'),
        proptest::char::range('\u{4e00}', '\u{9fff}'),
        Just('\u{200d}'),
        Just('\u{fe0f}'),
        any::<char>(),
    ]
}

fn any_key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        4 => any_char().prop_map(KeyCode::Char),
        1 => (0u8..=24).prop_map(KeyCode::F),
        2 => prop::sample::select(vec![
            KeyCode::Backspace,
            KeyCode::Enter,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Delete,
            KeyCode::Insert,
            KeyCode::Esc,
            KeyCode::Null,
        ]),
    ]
}

fn any_modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        6 => Just(KeyModifiers::NONE),
        1 => (0u8..=0b11_1111).prop_map(KeyModifiers::from_bits_truncate),
    ]
}

fn any_event() -> impl Strategy<Value = Event> {
    let key = (
        any_key_code(),
        any_modifiers(),
        prop::sample::select(vec![
            KeyEventKind::Press,
            KeyEventKind::Repeat,
            KeyEventKind::Release,
        ]),
    )
        .prop_map(|(code, modifiers, kind)| {
            Event::Key(KeyEvent {
                code,
                modifiers,
                kind,
                state: KeyEventState::NONE,
            })
        });
    let mouse_kind = prop_oneof![
        Just(MouseEventKind::Down(MouseButton::Left)),
        Just(MouseEventKind::Down(MouseButton::Right)),
        Just(MouseEventKind::Up(MouseButton::Left)),
        Just(MouseEventKind::Drag(MouseButton::Left)),
        Just(MouseEventKind::Moved),
        Just(MouseEventKind::ScrollUp),
        Just(MouseEventKind::ScrollDown),
        Just(MouseEventKind::ScrollLeft),
    ];
    let mouse = (mouse_kind, 0u16..320, 0u16..120, any_modifiers()).prop_map(
        |(kind, column, row, modifiers)| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers,
            })
        },
    );
    prop_oneof![
        8 => key,
        2 => mouse,
        1 => prop::collection::vec(any_char(), 0..12).prop_map(|chars| Event::Paste(chars.into_iter().collect())),
        2 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => Just(Event::FocusGained),
    ]
}

/// Checks what `event` did to the query, which was `before` with its cursor
/// at byte `cursor`: typing and pasting insert at the cursor without control
/// characters, an edit removes one run of text touching the cursor (or
/// nothing), a new search holds its one character, and nothing else but
/// following and going back changes the query.
fn check_query(
    before: &str,
    cursor: usize,
    mode: Mode,
    event: &Event,
    after: &str,
) -> Result<(), TestCaseError> {
    let action = match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(mode, *key),
        Event::Paste(text) if mode.focus == Focus::Search => Some(Action::Paste(text.clone())),
        _ => None,
    };
    let insert = |text: &str| {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        format!("{}{clean}{}", &before[..cursor], &before[cursor..])
    };
    match action {
        Some(Action::Type(c)) => prop_assert_eq!(after, insert(&c.to_string())),
        Some(Action::Paste(text)) => prop_assert_eq!(after, insert(&text)),
        Some(Action::SearchWith(c)) => prop_assert_eq!(after, c.to_string()),
        Some(Action::ClearFilter) => prop_assert_eq!(after, ""),
        Some(Action::Edit(edit)) => {
            let removed = before.len().checked_sub(after.len());
            let run = removed.is_some_and(|removed| {
                (cursor.saturating_sub(removed)..=cursor).any(|at| {
                    before.is_char_boundary(at)
                        && before.is_char_boundary(at + removed)
                        && after.get(..at) == before.get(..at)
                        && after.get(at..) == before.get(at + removed..)
                })
            });
            prop_assert!(
                run,
                "{edit:?} turned {before:?} (cursor {cursor}) into {after:?}"
            );
        }
        Some(Action::Follow | Action::Back | Action::Choose | Action::Pick(_)) => {}
        _ => prop_assert_eq!(after, before),
    }
    Ok(())
}

fn check_selection(app: &App) -> Result<(), TestCaseError> {
    let list = app.list();
    match list.selected() {
        None => prop_assert_eq!(
            app.shown_count(),
            0,
            "nothing selected while codes are shown"
        ),
        Some(row) => {
            prop_assert!(
                matches!(list.rows().get(row), Some(Row::Item { .. })),
                "selection on row {row}, not a code"
            );
            // What the last frame drew shows the selection.
            let viewport = app.viewport();
            let rows = viewport.list_rows();
            if rows > 0 {
                let top = viewport.list_top;
                prop_assert!(
                    top <= row && row < top + rows,
                    "row {row} not within the {rows} rows drawn from {top}"
                );
            }
            prop_assert!(
                app.detail().scroll() <= viewport.max_detail_scroll(),
                "the detail is scrolled past its end"
            );
            prop_assert!(
                app.overlay_scroll() <= viewport.max_popup_scroll(),
                "the overlay is scrolled past its end"
            );
        }
    }
    Ok(())
}

/// Some of the time, a scan to browse: catalogue indexes (some past its
/// end) with counts.
fn any_scan() -> impl Strategy<Value = Option<Vec<(usize, u64)>>> {
    proptest::option::weighted(
        0.25,
        prop::collection::vec((0usize..120, 0u64..1_000_000), 0..12),
    )
}

fn run_sequence(
    lang: Lang,
    scan: Option<Vec<(usize, u64)>>,
    events: &[Event],
) -> Result<(), TestCaseError> {
    let mut app = match scan {
        Some(counts) => App::with_counts(lang, counts),
        None => App::new(lang, ""),
    };
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    testing::draw(&mut terminal, &mut app);
    for event in events {
        let (before, cursor, mode) = (
            app.query().to_owned(),
            app.query_edit().cursor(),
            app.mode(),
        );
        if let Event::Resize(width, height) = event {
            terminal.backend_mut().resize(*width, *height);
        }
        testing::send(&mut app, event);
        if app.should_quit() {
            break;
        }
        check_query(&before, cursor, mode, event, app.query())?;
        testing::draw(&mut terminal, &mut app);
        check_selection(&app)?;
    }
    Ok(())
}

fn languages() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

proptest! {
    #![proptest_config(Config { cases: 256, ..Config::default() })]

    #[test]
    fn random_input_never_breaks_the_browser(lang in languages(), scan in any_scan(), events in prop::collection::vec(any_event(), 0..40)) {
        run_sequence(lang, scan, &events)?;
    }
}

/// The same property over 100,000 cases (or `HTTPDEX_LONG_RUN_CASES`),
/// shared out over the cores; minutes when optimised.
#[test]
#[ignore = "long run: cargo test --profile props --test it props -- --ignored"]
fn random_input_never_breaks_the_browser_long_run() {
    let cases: u32 = std::env::var("HTTPDEX_LONG_RUN_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let threads = u32::try_from(threads).unwrap_or(1);
    let runs: Vec<_> = (0..threads)
        .map(|thread| {
            let share = cases / threads + u32::from(thread < cases % threads);
            std::thread::spawn(move || long_run(thread, share))
        })
        .collect();
    for run in runs {
        if let Err(err) = run.join().expect("a run thread does not panic") {
            panic!("{err}");
        }
    }
}

/// `cases` cases from seed number `seed`: fixed seeds, so the same cases
/// run on every machine with the same number of cores and a failure in CI
/// can be replayed anywhere; the 256-case test above varies.
fn long_run(seed: u32, cases: u32) -> Result<(), String> {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let mut bytes = [0u8; 32];
    bytes[..4].copy_from_slice(&seed.to_le_bytes());
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    let strategy = (
        languages(),
        any_scan(),
        prop::collection::vec(any_event(), 0..20),
    );
    runner
        .run(&strategy, |(lang, scan, events)| {
            run_sequence(lang, scan, &events)
        })
        .map_err(|err| format!("seed {seed}: {err}"))
}
