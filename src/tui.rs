//! The terminal side of the browser: setting the terminal up, the event
//! loop, and putting the terminal back on every way out.

use std::io::{self, Write};
use std::time::Duration;

use crossterm::cursor::Show;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::DefaultTerminal;
use ratatui::layout::Rect;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use crate::app::App;
use crate::clipboard;
use crate::keymap::action_for_event;
use crate::lang::Lang;
use crate::ui;

/// Puts the terminal back as the shell expects it: raw mode off, main
/// screen, mouse and paste reporting off, cursor shown. Safe to repeat.
fn restore_terminal() {
    let _ = disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(
        stdout,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = stdout.flush();
}

/// Turns off what ratatui's panic hook does not know about: mouse and
/// paste reporting. Safe to repeat.
fn restore_input_modes() {
    let mut stdout = io::stdout();
    let _ = execute!(stdout, DisableBracketedPaste, DisableMouseCapture, Show);
    let _ = stdout.flush();
}

/// Restores the terminal when dropped: on return and on error. While
/// unwinding from a panic, ratatui's panic hook has already left raw mode
/// and the alternate screen before printing the message; leaving the
/// alternate screen again could put the shell prompt over the message, so
/// only the input modes are turned off then.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        if std::thread::panicking() {
            restore_input_modes();
        } else {
            restore_terminal();
        }
    }
}

/// Ends the process on SIGTERM, SIGHUP (terminal closed), SIGINT and
/// SIGQUIT, restoring the terminal first. The main thread is blocked reading
/// events, so a watcher thread does it, then dies of the same signal so the
/// parent sees the conventional status.
fn watch_signals() -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore_terminal();
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

/// What the browser is opened with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub lang: Lang,
    /// Searched at once.
    pub query: String,
    pub color: bool,
}

/// Runs the browser until the user quits.
///
/// # Errors
/// Fails if the terminal cannot be set up, read or drawn to; the terminal is
/// restored first.
pub fn run(session: &Session) -> io::Result<()> {
    let Session { lang, query, color } = session;
    let (lang, color) = (*lang, *color);
    watch_signals()?;
    // Raw mode, the alternate screen, and a panic hook that restores both
    // before the panic message is printed.
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    let mut app = App::new(lang, query);
    loop {
        draw(&mut terminal, &mut app, color)?;
        // Blocks until something happens: no tick, no busy loop. Whatever
        // else is already waiting is handled before the next frame, so a
        // burst of resizes or keys costs one draw.
        let mut event = event::read()?;
        loop {
            panic_on_request(&event);
            if let event::Event::Resize(..) = event {
                // The terminal may have dropped what was on screen: resizing
                // clears it and makes the next frame draw every cell.
                let size = terminal.size()?;
                terminal.resize(Rect::new(0, 0, size.width, size.height))?;
            }
            if let Some(action) = action_for_event(&event, app.mode(), app.viewport()) {
                app.update(action);
            }
            if let Some(text) = app.take_clipboard() {
                let mut stdout = io::stdout();
                stdout.write_all(clipboard::osc52(&text).as_bytes())?;
                stdout.flush()?;
            }
            if app.should_quit() {
                return Ok(());
            }
            if app.take_suspend() {
                suspend(&mut terminal)?;
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
            event = event::read()?;
        }
    }
}

/// Stops the program as Ctrl-Z does in a shell: raw mode is on, so the
/// key arrives as a key and the terminal sends no SIGTSTP itself. The
/// terminal is put back for the shell first; when `fg` resumes the program,
/// it is set up again and the next frame redraws every cell. Where nothing
/// can resume the program (an orphaned process group), the signal is
/// ignored and the browser simply carries on.
fn suspend(terminal: &mut DefaultTerminal) -> io::Result<()> {
    restore_terminal();
    signal_hook::low_level::raise(SIGTSTP)?;
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    // Clears the screen and forgets what was drawn, without the cursor
    // position query that `Terminal::clear` sends and waits for.
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

/// Draws a frame and hands what it drew to the state. The frame itself is
/// right for any size (the drawing keeps the selection in view and the
/// detail within its text); the state catches up for the keys that follow.
fn draw(terminal: &mut DefaultTerminal, app: &mut App, color: bool) -> io::Result<()> {
    let mut viewport = None;
    terminal.draw(|frame| {
        viewport = Some(ui::draw(frame, app));
        if !color {
            ui::strip_colors(frame.buffer_mut());
        }
    })?;
    if let Some(viewport) = viewport {
        app.set_viewport(viewport);
    }
    Ok(())
}

/// In debug builds only, F12 panics when `HTTPDEX_PANIC_ON_F12` is set, so
/// tests can check the terminal is restored after a panic. Release builds
/// have no such key.
fn panic_on_request(event: &event::Event) {
    if cfg!(debug_assertions)
        && std::env::var_os("HTTPDEX_PANIC_ON_F12").is_some()
        && matches!(event, event::Event::Key(key) if key.code == event::KeyCode::F(12))
    {
        panic!("F12 pressed with HTTPDEX_PANIC_ON_F12 set");
    }
}
