//! Helpers for tests, benchmarks and the README picture: drawing the browser
//! into memory and reading the screen back as text. Not part of the API.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use crate::text::width;
use crate::tui::app::App;
use crate::tui::keymap::action_for_event;
use crate::tui::ui;
use httpdex_catalog::lang::Lang;

/// Draws `app` into a new in-memory terminal of `size`.
pub fn render(app: &mut App, size: (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(size.0, size.1)).expect("an in-memory terminal");
    draw(&mut terminal, app);
    terminal
}

/// Draws a frame of `app` on `terminal` and hands what it drew back, as the
/// event loop does. The in-memory screen is cleared first, so it holds
/// exactly that frame: the test backend, unlike a terminal, keeps the cell
/// behind a wide character.
pub fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App) {
    terminal.clear().expect("clearing memory");
    let mut viewport = None;
    terminal
        .draw(|frame| viewport = Some(ui::draw(frame, app)))
        .expect("drawing into memory");
    app.set_viewport(viewport.expect("draw reports a viewport"));
}

/// Sends an event to `app` the way the event loop does.
pub fn send(app: &mut App, event: &Event) {
    if let Some(action) = action_for_event(event, app.mode(), app.viewport()) {
        app.update(action);
    }
}

/// Presses each character of `keys` (`\n` is Enter).
pub(crate) fn type_keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        send(app, &Event::Key(KeyEvent::new(code, modifiers)));
    }
}

/// A drawn buffer as plain text, one string per row, right-trimmed. The
/// cell a wide character spills into is skipped, so rows read as written.
#[must_use]
pub fn buffer_text(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.y..area.bottom())
        .map(|y| {
            let mut row = String::new();
            let mut x = area.x;
            while x < area.right() {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x = x.saturating_add(u16::try_from(width(symbol).max(1)).unwrap_or(1));
            }
            row.trim_end().to_owned()
        })
        .collect()
}

/// The screen of a fresh browser of `size` after pressing `keys`, as text:
/// the README's picture, printed by the `screen` example.
#[must_use]
pub fn screenshot(lang: Lang, size: (u16, u16), keys: &str) -> Vec<String> {
    let mut app = App::new(lang, "");
    let mut terminal = render(&mut app, size);
    type_keys(&mut app, keys);
    draw(&mut terminal, &mut app);
    buffer_text(terminal.backend().buffer())
}
