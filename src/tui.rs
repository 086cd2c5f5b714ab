//! The terminal side of the browser: setting the terminal up, the event
//! loop, and putting the terminal back on every way out.

pub mod app;
pub mod clipboard;
pub mod keymap;
pub mod lineedit;
pub mod probe;
pub mod theme;
pub mod ui;
pub mod viewport;

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Stdout, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crossterm::cursor::Show;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use crate::describe::Today;
use crate::tui::app::App;
pub use crate::tui::app::Pick;
use crate::tui::keymap::{Action, action_for_event};
use crate::tui::probe::Answers;
use crate::tui::theme::{Background, Marks, Theme};
use httpdex_catalog::lang::Lang;

/// Where the browser draws: standard output, or the terminal itself when
/// picking, since standard output then carries the pick (`$(httpdex --pick)`).
///
/// Keys need no such care: crossterm reads them from standard input only
/// when it is a terminal, and from `/dev/tty` otherwise, and asks
/// `/dev/tty` for the size.
#[derive(Debug)]
enum Output {
    Stdout(Stdout),
    Tty(File),
}

impl Output {
    fn open(picking: bool) -> io::Result<Output> {
        if picking {
            let tty = OpenOptions::new()
                .write(true)
                .open("/dev/tty")
                .map_err(|err| io::Error::new(err.kind(), format!("/dev/tty: {err}")))?;
            Ok(Output::Tty(tty))
        } else {
            Ok(Output::Stdout(io::stdout()))
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(out) => out.write(buf),
            Output::Tty(out) => out.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(out) => out.flush(),
            Output::Tty(out) => out.flush(),
        }
    }
}

type Tty = Terminal<CrosstermBackend<Output>>;

/// Raw mode, the alternate screen, mouse and paste reporting.
fn set_up(out: &mut impl Write) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        out,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
}

/// Puts the terminal back as the shell expects it: raw mode off, main
/// screen, mouse and paste reporting off, cursor shown. Safe to repeat.
fn restore(out: &mut impl Write) {
    let _ = disable_raw_mode();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = out.flush();
}

/// Restores the terminal, on a fresh handle, from wherever the program ends.
fn restore_on(picking: bool) {
    if let Ok(mut out) = Output::open(picking) {
        restore(&mut out);
    }
}

/// Restores the terminal when dropped: on return and on error. A panic
/// restores it in the panic hook instead, before the message is printed, so
/// that the message lands on the main screen and stays.
struct Restore {
    picking: bool,
}

impl Drop for Restore {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            restore_on(self.picking);
        }
    }
}

/// Restores the terminal before the panic message is printed.
fn restore_on_panic(picking: bool) {
    let print = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_on(picking);
        print(info);
    }));
}

/// Ends the process on SIGTERM, SIGHUP (terminal closed), SIGINT and
/// SIGQUIT, restoring the terminal first. The main thread is blocked reading
/// events, so a watcher thread does it, then dies of the same signal so the
/// parent sees the conventional status.
fn watch_signals(picking: bool) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            restore_on(picking);
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
    /// Opened to pick a code (`--pick`), and what to hand back.
    pub pick: Option<Pick>,
    /// The terminal's background, or `None` to ask the terminal.
    pub background: Option<Background>,
    /// Draw ASCII marks whatever the terminal says (`--ascii`); else they
    /// are ASCII only if it draws ambiguous characters two cells wide.
    pub ascii: bool,
    /// Browse a scan: the entries found, as `(catalogue index, count)`
    /// (see [`App::with_counts`]); `None` browses the whole catalogue.
    pub counts: Option<Vec<(usize, u64)>>,
    /// Where today's date comes from, as the command line's `Env` has it.
    pub today: Today,
}

/// The browser's state at the start of `session`.
fn open(session: &Session) -> App {
    let mut app = match &session.counts {
        Some(counts) => {
            let mut app = App::with_counts(session.lang, counts.clone());
            app.update(Action::Paste(session.query.clone()));
            app
        }
        None => App::new(session.lang, &session.query),
    }
    .dated(session.today);
    if let Some(pick) = session.pick {
        app = app.picking(pick);
    }
    app
}

/// How the browser ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// Quit with a key that ends it (Esc on the list, `q` in the details).
    Quit,
    /// Quit with Ctrl-C, or picking given up.
    Interrupted,
    /// This was picked (`--pick`).
    Picked(String),
}

/// Runs the browser until the user quits, and says how it ended.
///
/// # Errors
/// Fails if the terminal cannot be set up, read or drawn to; the terminal is
/// restored first.
pub fn run(session: &Session) -> io::Result<Ending> {
    let Session {
        color,
        pick,
        background,
        ascii,
        ..
    } = session;
    let (color, picking) = (*color, pick.is_some());
    watch_signals(picking)?;
    let mut out = Output::open(picking)?;
    restore_on_panic(picking);
    let _restore = Restore { picking };
    set_up(&mut out)?;
    let (ask_width, ask_background) = (!ascii, background.is_none() && color);
    let (answers, mut late) = if ask_width || ask_background {
        ask(&mut out, &probe::questions(ask_width, ask_background))
    } else {
        (Answers::default(), None)
    };
    let forced = *background;
    let looks = |answers: &Answers| {
        let background = forced.or(answers.background).unwrap_or(Background::Dark);
        let marks = if *ascii || answers.ambiguous_wide == Some(true) {
            &Marks::ASCII
        } else {
            &Marks::LINES
        };
        (Theme::for_background(background), marks)
    };
    let (theme, marks) = looks(&answers);
    let mut terminal = Terminal::new(CrosstermBackend::new(out))?;
    let mut app = open(session).themed(theme).marked(marks);
    // Keys typed before the terminal answered, handled after the first frame.
    let mut typed: VecDeque<event::Event> = probe::keys(&answers.typed)
        .into_iter()
        .map(event::Event::Key)
        .collect();
    if let Some(pending) = late.as_mut() {
        pending.keys(false, &mut typed);
    }
    loop {
        draw(&mut terminal, &mut app, color)?;
        // Blocks until something happens: no tick, no busy loop. Whatever
        // else is already waiting is handled before the next frame, so a
        // burst of resizes or keys costs one draw.
        let mut event = match typed.pop_front() {
            Some(event) => event,
            None => match next_event(&mut late, &mut typed)? {
                Next::Event(event) => event,
                // The answers came after the first frame: draw again as
                // they say.
                Next::Answers(answers) => {
                    let (theme, marks) = looks(&answers);
                    app = app.themed(theme).marked(marks);
                    continue;
                }
            },
        };
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
                let out = terminal.backend_mut();
                out.write_all(clipboard::osc52(&text).as_bytes())?;
                out.flush()?;
            }
            if app.should_quit() {
                return Ok(match app.take_picked() {
                    Some(picked) => Ending::Picked(picked),
                    None if app.interrupted() || picking => Ending::Interrupted,
                    None => Ending::Quit,
                });
            }
            if app.take_suspend() {
                suspend(&mut terminal)?;
            }
            if let Some(next) = typed.pop_front() {
                event = next;
                continue;
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
            event = event::read()?;
        }
    }
}

/// How long the first frame waits for the terminal's answers. Terminals
/// answer in a few milliseconds, so the first frame has the right colours
/// and marks; one that answers nothing, or a slow connection, gets a frame
/// with the defaults at once and another when the answers come.
const FIRST_WAIT: Duration = Duration::from_millis(50);

/// How long answers are awaited at all, from the questions on.
const PROBE_TIMEOUT: Duration = Duration::from_secs(1);

/// Asks the terminal `questions` (see [`probe`]) and reads its answers from
/// `/dev/tty` for up to [`FIRST_WAIT`]. Raw mode must be on, so that the
/// answers are neither echoed nor held for a line.
///
/// A thread reads, since waiting on a terminal with a timeout needs
/// `poll`, which macOS does not support on terminals, or `select`, which is
/// not safe Rust. It ends as soon as the answers are complete, or with the
/// first bytes it reads after [`PROBE_TIMEOUT`]. Until it ends, everything
/// the terminal sends comes through it, keys typed meanwhile included, in
/// the order sent: what the first wait did not settle is handed over as
/// [`Late`].
fn ask(out: &mut impl Write, questions: &str) -> (Answers, Option<Late>) {
    let Ok(mut tty) = File::open("/dev/tty") else {
        return (Answers::default(), None);
    };
    if out
        .write_all(questions.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return (Answers::default(), None);
    }
    let asked = Instant::now();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reply = Vec::new();
        let mut chunk = [0; 256];
        while let Ok(n @ 1..) = tty.read(&mut chunk) {
            reply.extend_from_slice(&chunk[..n]);
            let done = probe::complete(&reply) || asked.elapsed() >= PROBE_TIMEOUT;
            if send.send(chunk[..n].to_vec()).is_err() || done {
                break;
            }
        }
    });
    let deadline = asked + FIRST_WAIT;
    let mut reply = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match receive.recv_timeout(left) {
            Ok(chunk) => reply.extend_from_slice(&chunk),
            Err(_) => break,
        }
        if probe::complete(&reply) {
            return (probe::parse(&reply), None);
        }
    }
    let late = Late {
        receive,
        reply,
        emitted: 0,
        size: crossterm::terminal::size().ok(),
    };
    (Answers::default(), Some(late))
}

/// The terminal's bytes while the probe's reader still takes them: the
/// answers not yet complete, and keys typed meanwhile.
struct Late {
    receive: Receiver<Vec<u8>>,
    /// Everything the reader has taken.
    reply: Vec<u8>,
    /// How many bytes of the keys typed in `reply` were handed on.
    emitted: usize,
    /// The terminal's size when last looked at: crossterm reports a resize
    /// only once it reads events itself.
    size: Option<(u16, u16)>,
}

/// How often the terminal's size is looked at while the probe's reader
/// takes what the terminal sends.
const SIZE_TICK: Duration = Duration::from_millis(50);

impl Late {
    /// Hands on the keys typed in what came so far. Answers start with
    /// Esc, so bytes before the first one are keys at once; after it, only
    /// once the answers are complete or the reader gave up (`settled`),
    /// lest half an answer be taken for keys.
    fn keys(&mut self, settled: bool, typed: &mut VecDeque<event::Event>) {
        let keys = if settled || probe::complete(&self.reply) {
            probe::parse(&self.reply).typed
        } else {
            let first_esc = self.reply.iter().position(|&b| b == 0x1b);
            self.reply[..first_esc.unwrap_or(self.reply.len())].to_vec()
        };
        if let Some(new) = keys.get(self.emitted..) {
            // Whole characters only: a UTF-8 sequence cut by a read waits.
            let whole = match std::str::from_utf8(new) {
                Ok(_) => new.len(),
                Err(err) if settled => err.valid_up_to() + usize::from(err.error_len().is_some()),
                Err(err) => err.valid_up_to(),
            };
            let events = probe::keys(&new[..whole])
                .into_iter()
                .map(event::Event::Key);
            typed.extend(events);
            self.emitted += whole;
        }
    }
}

/// What the event loop gets next.
enum Next {
    Event(event::Event),
    /// The terminal's answers, complete after the first frame.
    Answers(Answers),
}

/// The next event: from the terminal, or through the probe's reader while
/// it still reads, which hands on the answers when they are in.
fn next_event(late: &mut Option<Late>, typed: &mut VecDeque<event::Event>) -> io::Result<Next> {
    loop {
        let Some(pending) = late else {
            return event::read().map(Next::Event);
        };
        let received = match pending.receive.recv_timeout(SIZE_TICK) {
            Err(RecvTimeoutError::Timeout) => {
                let size = crossterm::terminal::size().ok();
                if size != pending.size {
                    pending.size = size;
                    if let Some((columns, rows)) = size {
                        return Ok(Next::Event(event::Event::Resize(columns, rows)));
                    }
                }
                continue;
            }
            received => received,
        };
        if let Ok(bytes) = received {
            pending.reply.extend_from_slice(&bytes);
            pending.keys(false, typed);
            if probe::complete(&pending.reply) {
                let answers = probe::parse(&pending.reply);
                *late = None;
                return Ok(Next::Answers(answers));
            }
        } else {
            // The reader gave up: what it took is all keys and answers.
            pending.keys(true, typed);
            let answers = probe::parse(&pending.reply);
            *late = None;
            if answers.background.is_some() || answers.ambiguous_wide.is_some() {
                return Ok(Next::Answers(answers));
            }
        }
        if let Some(event) = typed.pop_front() {
            return Ok(Next::Event(event));
        }
    }
}

/// Stops the program as Ctrl-Z does in a shell: raw mode is on, so the
/// key arrives as a key and the terminal sends no SIGTSTP itself. The
/// terminal is put back for the shell first; when `fg` resumes the program,
/// it is set up again and the next frame redraws every cell. Where nothing
/// can resume the program (an orphaned process group), the signal is
/// ignored and the browser simply carries on.
fn suspend(terminal: &mut Tty) -> io::Result<()> {
    restore(terminal.backend_mut());
    signal_hook::low_level::raise(SIGTSTP)?;
    set_up(terminal.backend_mut())?;
    // Clears the screen and forgets what was drawn, without the cursor
    // position query that `Terminal::clear` sends and waits for.
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

/// Draws a frame and hands what it drew to the state. The frame itself is
/// right for any size (the drawing keeps the selection in view and the
/// detail within its text); the state catches up for the keys that follow.
fn draw(terminal: &mut Tty, app: &mut App, color: bool) -> io::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn late(reply: &[u8]) -> Late {
        let (_send, receive) = mpsc::channel();
        Late {
            receive,
            reply: reply.to_vec(),
            emitted: 0,
            size: None,
        }
    }

    fn chars(typed: &VecDeque<event::Event>) -> String {
        typed
            .iter()
            .filter_map(|event| match event {
                event::Event::Key(KeyEvent {
                    code: KeyCode::Char(c),
                    modifiers: KeyModifiers::NONE,
                    ..
                }) => Some(*c),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn keys_typed_before_any_answer_are_handed_on_at_once_and_once() {
        let mut typed = VecDeque::new();
        let mut pending = late(b"40");
        pending.keys(false, &mut typed);
        pending.reply.extend_from_slice("4 日".as_bytes());
        pending.keys(false, &mut typed);
        assert_eq!(chars(&typed), "404 日");
    }

    #[test]
    fn half_an_answer_waits_and_a_whole_one_is_no_key() {
        let mut typed = VecDeque::new();
        let mut pending = late(b"4\x1b]11;rgb:ff");
        pending.keys(false, &mut typed);
        assert_eq!(chars(&typed), "4", "the answer's start is held");
        pending
            .reply
            .extend_from_slice(b"ff/ffff/ffff\x1b\\0\x1b[?62c4");
        pending.keys(false, &mut typed);
        assert_eq!(chars(&typed), "404");
        assert_eq!(
            probe::parse(&pending.reply).background,
            Some(Background::Light)
        );
    }

    #[test]
    fn a_character_cut_by_a_read_waits_for_its_rest() {
        let mut typed = VecDeque::new();
        let bytes = "日".as_bytes();
        let mut pending = late(&bytes[..2]);
        pending.keys(false, &mut typed);
        assert!(typed.is_empty());
        pending.reply.extend_from_slice(&bytes[2..]);
        pending.keys(false, &mut typed);
        assert_eq!(chars(&typed), "日");
    }
}
