//! Property tests: random sequences of keys, mouse events, pastes and
//! resizes go through the browser's update and drawing. Nothing panics, the
//! selection always points at a shown code (or at nothing when nothing is
//! shown), and the query is exactly what was typed minus what was deleted.
//!
//! The long run (100,000 cases) is ignored by default; CI runs it in release
//! mode: `cargo test --release --test it props -- --ignored`.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use httpdex::app::{App, Row};
use httpdex::keymap::{Action, Focus, action_for};
use httpdex::lang::Lang;
use httpdex::testing;
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

/// What the query must be after `event`, given the state before it.
fn expected_query(before: &str, focus: Focus, event: &Event) -> String {
    let mut query = before.to_owned();
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => match action_for(focus, *key) {
            Some(Action::Type(c)) => query.push(c),
            Some(Action::Delete) => {
                query.pop();
            }
            Some(Action::ClearFilter) => query.clear(),
            _ => {}
        },
        Event::Paste(text) if focus == Focus::Search => {
            query.extend(text.chars().filter(|c| !c.is_control()));
        }
        _ => {}
    }
    query
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
        }
    }
    Ok(())
}

fn run_sequence(lang: Lang, events: &[Event]) -> Result<(), TestCaseError> {
    let mut app = App::new(lang, "");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    testing::draw(&mut terminal, &mut app);
    for event in events {
        let query = expected_query(app.query(), app.focus(), event);
        if let Event::Resize(width, height) = event {
            terminal.backend_mut().resize(*width, *height);
        }
        testing::send(&mut app, event);
        if app.should_quit() {
            break;
        }
        prop_assert_eq!(app.query(), query.as_str());
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
    fn random_input_never_breaks_the_browser(lang in languages(), events in prop::collection::vec(any_event(), 0..40)) {
        run_sequence(lang, &events)?;
    }
}

/// The same property over 100,000 cases; minutes in release mode.
#[test]
#[ignore = "long run: cargo test --release --test it props -- --ignored"]
fn random_input_never_breaks_the_browser_long_run() {
    // A fixed seed: the same 100,000 cases on every machine, so a failure
    // in CI can be replayed anywhere; the 256-case test above varies.
    let config = Config {
        cases: 100_000,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha));
    let strategy = (languages(), prop::collection::vec(any_event(), 0..20));
    if let Err(err) = runner.run(&strategy, |(lang, events)| run_sequence(lang, &events)) {
        panic!("{err}");
    }
}
