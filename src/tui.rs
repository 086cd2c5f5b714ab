//! The terminal side of the browser: setting the terminal up, the event
//! loop, and putting the terminal back on every way out.

use std::io::{self, Write};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;

use crate::app::App;
use crate::catalog::Catalog;
use crate::lang::Lang;
use crate::ui;

/// Restores what `ratatui::init` does not know about (mouse capture and
/// bracketed paste), then the rest, when dropped: on return, on error and
/// while unwinding from a panic.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        ratatui::restore();
        let _ = io::stdout().flush();
    }
}

/// Runs the browser until the user quits.
///
/// # Errors
/// Fails if the terminal cannot be set up, read or drawn to; the terminal is
/// restored first.
pub fn run(catalog: &Catalog, lang: Lang, query: &str, color: bool) -> io::Result<()> {
    // ratatui::init enters raw mode and the alternate screen, and installs a
    // panic hook that restores the terminal before the message is printed.
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    let size = terminal.size()?;
    let mut app = App::new(catalog, lang, query, (size.width, size.height));
    loop {
        terminal.draw(|frame| {
            ui::draw(frame, &app);
            if !color {
                ui::strip_colors(frame.buffer_mut());
            }
        })?;
        // Blocks until something happens: no tick, no busy loop.
        let event = event::read()?;
        app.handle_event(&event);
        if app.should_quit() {
            return Ok(());
        }
    }
}
