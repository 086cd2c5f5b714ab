//! End-to-end tests of the interactive browser.
//!
//! Each test starts the real `httpdex` binary in a pseudo-terminal, feeds
//! everything it prints to a terminal emulator (`vt100`) and looks at the
//! screen a user would see. The tests that quit also check, from the raw
//! bytes and from the pty's termios, that the terminal is put back the way
//! it was: main screen, cursor shown, mouse capture and bracketed paste off,
//! raw mode off.
//!
//! Nothing here may hang: every wait is bounded by `HTTPDEX_PTY_TIMEOUT_MS`
//! (default 10 000 ms; raise it on a slow CI machine), a failed wait kills the
//! child and panics with the current screen, and reader threads are never
//! joined without a bound.
//!
//! Unix only: the checks rely on the escape sequences reaching the pty
//! unchanged, which Windows' `ConPTY` does not promise (it re-renders them),
//! and on reading the pty's termios.

use std::fmt::Write as _;
use std::io::{ErrorKind, Read, Write};
use std::num::NonZeroU16;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use httpdex_catalog::Lang;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// The size every test starts at.
const COLS: u16 = 100;
const ROWS: u16 = 30;

/// How often the screen and the child are looked at while waiting.
const POLL: Duration = Duration::from_millis(10);

// Keys as a terminal (xterm) sends them in raw mode.
const ENTER: &[u8] = b"\r";
const ESC: &[u8] = b"\x1b";
const CTRL_C: &[u8] = b"\x03";
const F1: &[u8] = b"\x1bOP";
const F2: &[u8] = b"\x1bOQ";
const CTRL_O: &[u8] = b"\x0f";
const CTRL_T: &[u8] = b"\x14";
const ALT_LEFT: &[u8] = b"\x1b[1;3D";
const ALT_Y: &[u8] = b"\x1by";
const TAB: &[u8] = b"\t";
const CTRL_Y: &[u8] = b"\x19";

/// The bound of every wait, from `HTTPDEX_PTY_TIMEOUT_MS`.
fn timeout() -> Duration {
    match std::env::var("HTTPDEX_PTY_TIMEOUT_MS") {
        Ok(value) => Duration::from_millis(value.trim().parse().unwrap_or_else(|_| {
            panic!("HTTPDEX_PTY_TIMEOUT_MS must be a whole number of milliseconds, not {value:?}")
        })),
        Err(_) => Duration::from_secs(10),
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn non_zero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("terminal sizes are not zero")
}

/// What the reader thread collects: every byte the child printed, and
/// whether the pty has reached its end (the child and all its copies of the
/// slave side are gone).
#[derive(Default)]
struct Output {
    bytes: Mutex<Vec<u8>>,
    ended: AtomicBool,
}

impl Output {
    fn bytes(&self) -> std::sync::MutexGuard<'_, Vec<u8>> {
        // A poisoned lock only means another assertion failed; the bytes are fine.
        self.bytes.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running `httpdex` in a pseudo-terminal, and the emulated screen.
struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    output: Arc<Output>,
    parser: vt100::Parser,
    /// How many bytes of `output` the parser has been fed.
    fed: usize,
    /// The exit status, once the child has been reaped.
    status: Option<ExitStatus>,
    /// What the emulated terminal says its background is, as the body of
    /// an OSC 11 answer; `None` answers nothing, as vt100 and many
    /// terminals do.
    background: Option<&'static str>,
    /// Whether the emulated terminal claims to draw East Asian Ambiguous
    /// characters two cells wide: its cursor position answers then count
    /// the box-drawing character the program writes to find out as two.
    ambiguous_wide: bool,
    /// Whether the emulated terminal answers no question at all, not even
    /// the device attributes every real terminal answers.
    silent: bool,
}

/// Questions a terminal answers, which the program asks at start: the
/// background colour (OSC 11), the cursor position (DSR 6) and the primary
/// device attributes (DA1).
const QUESTIONS: [&[u8]; 3] = [b"\x1b]11;?\x1b\\", b"\x1b[6n", b"\x1b[c"];

/// Starts `httpdex ARGS` in a 100x30 pty with a clean English locale, plus
/// the variables in `env` (set after the clean-up, so they win).
fn spawn(args: &[&str], env: &[(&str, &str)]) -> Session {
    spawn_sized(COLS, ROWS, args, env)
}

/// [`spawn`] in a pty of `cols` x `rows`.
fn spawn_sized(cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Session {
    spawn_program(cols, rows, env!("CARGO_BIN_EXE_httpdex"), args, env)
}

/// Runs the shell `script` in a 100x30 pty, with the binary's path in
/// `$HTTPDEX`.
fn spawn_shell(script: &str, env: &[(&str, &str)]) -> Session {
    let mut env = env.to_vec();
    env.push(("HTTPDEX", env!("CARGO_BIN_EXE_httpdex")));
    spawn_program(COLS, ROWS, "/bin/sh", &["-c", script], &env)
}

/// Starts `program ARGS` in a pty of `cols` x `rows`, with the clean
/// environment of [`spawn`].
fn spawn_program(
    cols: u16,
    rows: u16,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Session {
    let pair = native_pty_system()
        .openpty(size(cols, rows))
        .expect("open a pseudo-terminal");
    let mut command = CommandBuilder::new(program);
    command.args(args);
    command.env("TERM", "xterm-256color");
    // The start language comes from these, and the developer's own locale
    // must not change what the tests see.
    command.env("LANG", "C");
    for name in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANGUAGE",
        "NO_COLOR",
        "COLUMNS",
        "LINES",
        "HTTPDEX_OPTS",
    ] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let child = pair
        .slave
        .spawn_command(command)
        .expect("start httpdex in the pty");
    // Our copy of the slave side must go, or the reader would never see the
    // end of the output after the child exits.
    drop(pair.slave);

    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let writer = pair.master.take_writer().expect("pty writer");
    let output = Arc::new(Output::default());
    let shared = Arc::clone(&output);
    // Detached: it ends by itself once the child is gone (read gives EOF or
    // EIO), and a test never waits for it without a bound.
    thread::spawn(move || {
        let mut buffer = [0; 4096];
        loop {
            match reader.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => shared.bytes().extend_from_slice(&buffer[..n]),
                Err(err) if err.kind() == ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
        shared.ended.store(true, Ordering::SeqCst);
    });

    Session {
        master: pair.master,
        writer,
        child,
        output,
        parser: vt100::Parser::new(non_zero(rows), non_zero(cols), 0),
        fed: 0,
        status: None,
        background: None,
        ambiguous_wide: false,
        silent: false,
    }
}

impl Session {
    /// Feeds the parser whatever the child printed since the last call,
    /// answering the questions in it as a terminal would (vt100 only
    /// parses): DA1 always, the cursor position from the emulated screen,
    /// the background if [`Session::background`] is set. A question cut in
    /// two by a read waits for its end.
    fn pump(&mut self) {
        let bytes = self.output.bytes().clone();
        while self.fed < bytes.len() {
            let rest = &bytes[self.fed..];
            let next = QUESTIONS
                .iter()
                .filter_map(|question| {
                    rest.windows(question.len())
                        .position(|window| window == *question)
                        .map(|at| (at, *question))
                })
                .min_by_key(|(at, _)| *at);
            let Some((at, question)) = next else {
                // Hold back a tail that may be the start of a question.
                let keep = (1..rest.len().min(4))
                    .rev()
                    .find(|&n| {
                        QUESTIONS
                            .iter()
                            .any(|q| q.starts_with(&rest[rest.len() - n..]))
                    })
                    .unwrap_or(0);
                self.parser.process(&rest[..rest.len() - keep]);
                self.fed = bytes.len() - keep;
                return;
            };
            self.parser.process(&rest[..at + question.len()]);
            self.fed += at + question.len();
            let answer = match question {
                b"\x1b[c" => Some("\x1b[?62;22c".to_owned()),
                b"\x1b[6n" => {
                    let (row, col) = self.screen().cursor_position();
                    let wide = u16::from(self.ambiguous_wide);
                    Some(format!("\x1b[{};{}R", row + 1, col + 1 + wide))
                }
                _ => self.background.map(|body| format!("\x1b]11;{body}\x1b\\")),
            };
            if let Some(answer) = answer.filter(|_| !self.silent) {
                self.send(answer.as_bytes());
            }
        }
    }

    fn screen(&self) -> &vt100::Screen {
        self.parser.screen()
    }

    /// Reaps the child if it has exited.
    fn poll_exit(&mut self) -> Option<&ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().expect("poll the child");
        }
        self.status.as_ref()
    }

    /// Kills the child (if it still runs) and panics with `message`
    /// followed by the screen, so that a failure on CI can be understood
    /// from the log alone.
    fn fail(&mut self, message: &str) -> ! {
        let screen = self.describe();
        self.kill();
        panic!("{message}\n{screen}");
    }

    /// Ends the child unless it has already exited, and reaps it.
    fn kill(&mut self) {
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            // portable-pty sends SIGHUP, then SIGKILL if that is not enough.
            let _ = self.child.kill();
            self.status = self.child.wait().ok();
        }
    }

    /// Waits until the screen satisfies `ready`, which `what` describes.
    ///
    /// Fails (see [`Session::fail`]) if the child exits first or the timeout
    /// passes.
    fn wait_for(&mut self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + timeout();
        loop {
            self.pump();
            if ready(self.screen()) {
                return;
            }
            if let Some(status) = self.poll_exit().cloned() {
                // Whatever it printed last may still be on its way.
                self.wait_for_end_of_output();
                self.pump();
                if ready(self.screen()) {
                    return;
                }
                self.fail(&format!(
                    "httpdex exited ({status}) while waiting for {what}"
                ));
            }
            if Instant::now() >= deadline {
                self.fail(&format!(
                    "timed out after {:?} waiting for {what} \
                     (raise HTTPDEX_PTY_TIMEOUT_MS on a slow machine)",
                    timeout()
                ));
            }
            thread::sleep(POLL);
        }
    }

    /// Waits until every one of `texts` is somewhere on the screen.
    fn wait_for_text(&mut self, texts: &[&str]) {
        let what = format!("{texts:?} on the screen");
        self.wait_for(&what, |screen| {
            let contents = screen.contents();
            texts.iter().all(|text| contents.contains(text))
        });
    }

    /// Waits for the first frame of the English browser.
    fn wait_for_first_screen(&mut self) {
        self.wait_for_text(&["Search", "Status codes", "Details", "English F2"]);
    }

    /// Types bytes as if from the keyboard.
    fn send(&mut self, bytes: &[u8]) {
        self.writer
            .write_all(bytes)
            .and_then(|()| self.writer.flush())
            .expect("write to the pty");
    }

    /// Resizes the pty (the child gets `SIGWINCH`) and the emulated screen.
    ///
    /// Call it only while the child is idle (after a wait), so that no
    /// output drawn for the old size is still unread.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.pump();
        self.master
            .resize(size(cols, rows))
            .expect("resize the pty");
        self.parser.set_size(non_zero(rows), non_zero(cols));
    }

    /// Waits for the child to exit and for all of its output, and returns
    /// how it exited.
    fn finish(&mut self) -> ExitStatus {
        let deadline = Instant::now() + timeout();
        while self.poll_exit().is_none() {
            // A program that is still starting may be waiting for answers.
            self.pump();
            if Instant::now() >= deadline {
                self.fail(&format!("httpdex did not exit within {:?}", timeout()));
            }
            thread::sleep(POLL);
        }
        self.wait_for_end_of_output();
        self.pump();
        self.status.clone().expect("reaped above")
    }

    /// Waits (bounded) until the reader has seen the end of the pty.
    fn wait_for_end_of_output(&self) {
        let deadline = Instant::now() + timeout();
        while !self.output.ended.load(Ordering::SeqCst) {
            assert!(
                Instant::now() < deadline,
                "the pty output did not end within {:?} after httpdex exited",
                timeout()
            );
            thread::sleep(POLL);
        }
    }

    /// Everything printed so far, unparsed.
    fn raw_output(&self) -> Vec<u8> {
        self.output.bytes().clone()
    }

    /// Whether the pty is in canonical mode with echo: the "cooked" mode a
    /// shell expects, which raw mode turns off. `None` if the pty's termios
    /// cannot be read on this platform.
    fn cooked(&self) -> Option<bool> {
        let termios = self.master.get_termios()?;
        // The flag type lives in `nix`, which is not a dependency of ours,
        // so the flags are looked at by name.
        let set = |flag: &str| {
            termios
                .local_flags
                .iter_names()
                .any(|(name, _)| name == flag)
        };
        Some(set("ICANON") && set("ECHO"))
    }

    /// The screen, row by row with numbers, the cursor, and the exit status:
    /// what a failing test prints.
    fn describe(&self) -> String {
        let screen = self.screen();
        let (rows, cols) = screen.size();
        let mut text = format!("--- screen {cols}x{rows} ---\n");
        for (number, row) in screen.rows(0, cols.get()).enumerate() {
            let _ = writeln!(text, "{number:2}|{row}");
        }
        let (row, col) = screen.cursor_position();
        let _ = writeln!(
            text,
            "--- cursor at row {row}, column {col}; {} bytes of output; child: {} ---",
            self.fed,
            self.status
                .as_ref()
                .map_or_else(|| "running".to_owned(), ToString::to_string)
        );
        text
    }
}

impl Drop for Session {
    /// Never leaves a child behind, whether the test passed or not.
    fn drop(&mut self) {
        self.kill();
    }
}

/// The text of one screen row, wide characters once, trailing blanks kept
/// out.
fn row(screen: &vt100::Screen, row: u16) -> String {
    let (_, cols) = screen.size();
    screen
        .rows(0, cols.get())
        .nth(usize::from(row))
        .unwrap_or_default()
        .trim_end()
        .to_owned()
}

/// The "N of M" count in the search bar, in English.
fn count(screen: &vt100::Screen) -> Option<(u32, u32)> {
    let top = row(screen, 0);
    top.match_indices(" of ").find_map(|(at, separator)| {
        let before = &top[..at];
        let after = &top[at + separator.len()..];
        let shown = &before[before.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        let total_len = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        Some((shown.parse().ok()?, after[..total_len].parse().ok()?))
    })
}

/// Whether a whole frame of `cols` x `rows` cells is drawn: the bottom pane
/// spans the width, the footer ends with the language at the right edge,
/// and no row ran over its end into the next. (After the emulator is resized
/// its old content is cut, not redrawn, so this only holds once the program
/// has drawn a frame at the new size.)
fn frame_fits(screen: &vt100::Screen, cols: u16, rows: u16, language: &str) -> bool {
    let is = |row, col, expected: &str| {
        screen
            .cell(row, col)
            .is_some_and(|cell| cell.contents() == expected)
    };
    screen.size() == (non_zero(rows), non_zero(cols))
        && is(rows - 2, 0, "└")
        && is(rows - 2, cols - 1, "┘")
        && row(screen, rows - 1).ends_with(&format!("{language} F2"))
        && (0..rows).all(|r| !screen.row_wrapped(r))
}

/// The first line of the details pane (the selected code), found by the
/// pane's title so that it does not depend on the layout.
fn detail_heading(screen: &vt100::Screen) -> String {
    let (rows, cols) = screen.size();
    let (rows, cols) = (rows.get(), cols.get());
    let text_at = |row: u16, col: u16| {
        screen
            .rows(col, cols - col)
            .nth(usize::from(row))
            .unwrap_or_default()
    };
    (0..rows.saturating_sub(1))
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .find(|&(r, c)| text_at(r, c).starts_with("┌ Details"))
        .map(|(r, c)| text_at(r + 1, c).trim_matches(['│', ' ']).to_owned())
        .unwrap_or_default()
}

/// Position of the last occurrence of `needle` in `haystack`.
fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle)
}

/// Checks that a private mode the program turned on (`on`) is turned off
/// (`off`) after the last time it was turned on.
fn assert_turned_off(output: &[u8], what: &str, on: &str, off: &str) {
    let last_on = rfind(output, on.as_bytes())
        .unwrap_or_else(|| panic!("{what} was never turned on ({on:?} not in the output)"));
    let last_off = rfind(output, off.as_bytes());
    assert!(
        last_off.is_some_and(|off_at| off_at > last_on),
        "{what} is left on: the last {on:?} (at byte {last_on}) is not followed by {off:?} \
         (last at {last_off:?}); output ends with {:?}",
        String::from_utf8_lossy(&output[output.len().saturating_sub(200)..])
    );
}

/// Checks that a child which has exited put the terminal back.
fn assert_terminal_restored(session: &Session) {
    let output = session.raw_output();
    assert_turned_off(
        &output,
        "the alternate screen",
        "\x1b[?1049h",
        "\x1b[?1049l",
    );
    // A session that only ever searched (picking) never hides the cursor.
    if rfind(&output, b"\x1b[?25l").is_some() {
        assert_turned_off(&output, "the hidden cursor", "\x1b[?25l", "\x1b[?25h");
    }
    // crossterm 0.29's EnableMouseCapture turns on these five modes, and
    // DisableMouseCapture turns them off in reverse order.
    for mode in ["1000", "1002", "1003", "1015", "1006"] {
        assert_turned_off(
            &output,
            &format!("mouse mode {mode}"),
            &format!("\x1b[?{mode}h"),
            &format!("\x1b[?{mode}l"),
        );
    }
    assert_turned_off(&output, "bracketed paste", "\x1b[?2004h", "\x1b[?2004l");

    // The same, as the emulator understood the whole stream.
    let screen = session.screen();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.hide_cursor(), "the cursor is still hidden");
    assert!(!screen.bracketed_paste(), "bracketed paste is still on");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is still on"
    );

    // Raw mode leaves no trace in the output; it lives in the pty's termios,
    // which outlives the child while we hold the master side. Where it cannot
    // be read, the exit status and the sequences above are all we check.
    if let Some(cooked) = session.cooked() {
        assert!(cooked, "raw mode is still on: ICANON or ECHO is off");
    }
}

/// Quits with `keys` and checks the exit and the terminal.
fn quit_with(session: &mut Session, keys: &[u8]) {
    session.send(keys);
    let status = session.finish();
    assert!(
        status.success(),
        "httpdex exited with {status}\n{}",
        session.describe()
    );
    assert_terminal_restored(session);
}

/// Sends `keys` to close what shows `text`, and waits until it is gone.
fn close_with(session: &mut Session, keys: &[u8], text: &str) {
    session.send(keys);
    session.wait_for(&format!("{text:?} closed"), |screen| {
        !screen.contents().contains(text)
    });
}

/// Ends the browser with Ctrl-C: exit status 130, as for any interrupted
/// program, and the terminal restored.
fn interrupt(session: &mut Session) {
    session.send(CTRL_C);
    let status = session.finish();
    assert_eq!(
        status.exit_code(),
        130,
        "httpdex exited with {status}\n{}",
        session.describe()
    );
    assert_terminal_restored(session);
}

// ---- The browser from start to quit, and the ways out

#[test]
fn browser_finds_teapot_switches_language_and_restores_terminal() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    let (shown, total) = count(session.screen()).unwrap_or_else(|| {
        panic!(
            "no \"N of M\" count in the search bar\n{}",
            session.describe()
        )
    });
    assert_eq!(shown, total, "the whole catalogue shows at first");
    // Raw mode is on while the browser runs, so the check after it exits
    // could tell the difference.
    if let Some(cooked) = session.cooked() {
        assert!(!cooked, "raw mode is not on while the browser runs");
    }

    session.send(b"/teapot");
    // All of the query, not only a count of 1: "teapo" already finds 418 alone.
    session.wait_for(
        "\"teapot\" in the search bar, 418 listed and a count of 1",
        |screen| {
            row(screen, 1).contains("teapot")
                && screen.contents().contains("418")
                && count(screen) == Some((1, total))
        },
    );

    // Enter keeps the filter and goes back to the list; F2 switches the
    // language wherever the focus is.
    session.send(ENTER);
    session.send(F2);
    let japanese_count = format!("1 / {total} 件");
    session.wait_for("the same filter in Japanese", |screen| {
        let contents = screen.contents();
        ["日本語 F2", "ティーポット", "検索", &japanese_count]
            .iter()
            .all(|text| contents.contains(text))
    });

    // F2 goes on to Chinese.
    session.send(F2);
    session.wait_for_text(&["中文 F2", "搜索"]);

    interrupt(&mut session);
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    // In the search bar, where q and Esc do not quit: Ctrl-C still does.
    session.send(b"/not");
    session.wait_for("the query typed in the search bar", |screen| {
        row(screen, 1).contains("not")
    });
    interrupt(&mut session);
}

#[test]
fn esc_quits_from_browse_mode() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    quit_with(&mut session, ESC);
}

#[test]
fn words_typed_in_the_list_go_into_the_search_whole() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    // Each starts with a letter that is a command elsewhere (follow,
    // compare, copy, language, help, quit in the details pane).
    for (word, code) in [
        ("forbidden", "403"),
        ("conflict", "409"),
        ("gateway", "504"),
        ("bad", "400"),
        ("Length", "411"),
        ("quota", ""),
        ("you", ""),
    ] {
        session.send(word.as_bytes());
        session.wait_for(&format!("{word:?} alone in the search bar"), |screen| {
            let bar = row(screen, 1);
            bar.trim_matches(|c| c == '│' || c == ' ') == word
                && detail_heading(screen).starts_with(code)
        });
        session.send(ESC);
        session.wait_for("the search cleared", |screen| {
            row(screen, 1).trim_matches(|c| c == '│' || c == ' ') != word
        });
    }
    quit_with(&mut session, ESC);
}

#[test]
fn every_command_is_reachable_by_the_key_the_help_shows() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    session.send(b"401");
    session.wait_for("401 selected", |screen| {
        detail_heading(screen).starts_with("401 ")
    });
    session.send(ENTER);
    // The list's commands, on keys that type nothing.
    session.send(CTRL_O);
    session.wait_for_text(&["Enter Choose"]);
    session.send(b"1");
    session.wait_for("a related code followed", |screen| {
        !detail_heading(screen).starts_with("401 ")
    });
    session.send(ALT_LEFT);
    session.wait_for("back at 401", |screen| {
        detail_heading(screen).starts_with("401 ")
    });
    session.send(CTRL_T);
    session.wait_for_text(&["Compare", "Headers to send"]);
    // An Esc is a key of its own only when the next byte comes later.
    close_with(&mut session, ESC, "Headers to send");
    session.send(CTRL_Y);
    session.wait_for_text(&["Copied: 401 Unauthorized"]);
    session.send(ALT_Y);
    session.wait_for_text(&["Copy a constant"]);
    close_with(&mut session, ESC, "Copy a constant");
    session.send(F1);
    session.wait_for_text(&["Keys", "Esc q Close"]);
    close_with(&mut session, ESC, "Esc q Close");
    session.send(F2);
    session.wait_for_text(&["日本語 F2"]);
    session.send(F2);
    session.send(F2);
    session.wait_for_text(&["English F2"]);
    // The same commands on letters in the details pane.
    session.send(TAB);
    session.send(b"c");
    session.wait_for_text(&["Compare", "Headers to send"]);
    close_with(&mut session, b"q", "Headers to send");
    session.send(b"f");
    session.wait_for_text(&["Enter Choose"]);
    close_with(&mut session, ESC, "Enter Choose");
    session.send(b"y");
    session.wait_for_text(&["Copied: 401 Unauthorized"]);
    session.send(b"?");
    session.wait_for_text(&["Keys", "Esc q Close"]);
    close_with(&mut session, b"q", "Esc q Close");
    session.send(b"L");
    session.wait_for_text(&["日本語 F2"]);
    session.send(b"q");
    let status = session.finish();
    assert!(status.success(), "q in the details quits: {status}");
    assert_terminal_restored(&session);
}

/// The top of the details pane: the selected entry's code, phrase and title.
fn detail_top(screen: &vt100::Screen) -> String {
    screen
        .rows(40, 60)
        .skip(4)
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_word_of_every_title_typed_at_the_start_searches_for_it_in_each_language() {
    for (lang, locale) in [
        (Lang::En, "C"),
        (Lang::Ja, "ja_JP.UTF-8"),
        (Lang::Zh, "zh_CN.UTF-8"),
    ] {
        let mut session = spawn(&[], &[("LANG", locale)]);
        session.wait_for_text(&[&format!("{} F2", lang.texts().name)]);
        for entry in httpdex_catalog::entries() {
            for word in entry.text(lang).title.split_whitespace() {
                session.send(word.as_bytes());
                session.wait_for(
                    &format!("{lang} {word:?} searched, an entry holding it first"),
                    |screen| {
                        let bar = row(screen, 1);
                        bar.trim_matches(|c| c == '│' || c == ' ') == word
                            && detail_top(screen)
                                .to_lowercase()
                                .contains(&word.to_lowercase())
                    },
                );
                session.send(ESC);
                session.wait_for("the search cleared", |screen| {
                    row(screen, 1).trim_matches(|c| c == '│' || c == ' ') != word
                });
            }
        }
        interrupt(&mut session);
    }
}

#[test]
fn esc_in_search_clears_the_filter_instead_of_quitting() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    let (_, total) = count(session.screen()).expect("a count");
    session.send(b"/teapot");
    session.wait_for("\"teapot\" and a count of 1", |screen| {
        row(screen, 1).contains("teapot") && count(screen).is_some_and(|(n, _)| n == 1)
    });
    session.send(ESC);
    session.wait_for("the whole catalogue again", |screen| {
        count(screen) == Some((total, total))
    });
    assert!(
        session.poll_exit().is_none(),
        "Esc in the search bar must not quit\n{}",
        session.describe()
    );
    // Back in browse mode, where a second Esc quits.
    quit_with(&mut session, ESC);
}

#[test]
fn esc_closes_the_help_without_quitting() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    session.send(F1);
    session.wait_for_text(&["Keys", "Esc q Close"]);
    session.send(ESC);
    session.wait_for("the help to close", |screen| {
        !screen.contents().contains("Esc q Close")
    });
    assert!(
        session.poll_exit().is_none(),
        "Esc on the help must only close it\n{}",
        session.describe()
    );
    quit_with(&mut session, ESC);
}

#[test]
fn esc_goes_back_a_level_at_a_time_and_q_closes_the_help() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    let (_, total) = count(session.screen()).expect("a count");
    // Digits typed in the list search at once: 404 selects 404.
    session.send(b"404");
    session.wait_for("404 found by typing its digits", |screen| {
        row(screen, 1).contains("404") && detail_heading(screen).starts_with("404 Not Found")
    });
    session.send(ENTER);
    session.send(F1);
    session.wait_for_text(&["Esc q Close"]);
    session.send(b"q");
    session.wait_for("the help closed by q", |screen| {
        !screen.contents().contains("Esc q Close")
    });
    // Esc clears the kept filter, keeping 404; only the next Esc quits.
    session.send(ESC);
    session.wait_for("the whole catalogue, 404 still selected", |screen| {
        count(screen) == Some((total, total)) && detail_heading(screen).starts_with("404 ")
    });
    assert!(
        session.poll_exit().is_none(),
        "Esc on a filtered list must not quit\n{}",
        session.describe()
    );
    quit_with(&mut session, ESC);
}

#[test]
fn ctrl_z_suspends_with_the_terminal_restored_and_fg_redraws() {
    // A shell with job control, as an interactive one has: the browser is a
    // job of its own there, which SIGTSTP can stop and `fg` resume.
    let mut session = spawn_shell(
        "set -m; \"$HTTPDEX\"; echo \"stopped $?\"; read line; fg; echo \"exited $?\"",
        &[],
    );
    session.wait_for_first_screen();
    session.send(b"/tea");
    session.wait_for("the query typed", |screen| row(screen, 1).contains("tea"));
    session.send(b"\x1a"); // Ctrl-Z
    // 148 = 128 + SIGTSTP: the shell saw the browser stop.
    session.wait_for_text(&["stopped 148"]);
    assert_terminal_restored(&session);
    // fg sends SIGCONT and hands the terminal back: the browser sets it up
    // again and draws the whole screen, with its state as it was.
    session.send(ENTER);
    session.wait_for("the browser redrawn after fg", |screen| {
        screen.alternate_screen()
            && row(screen, 1).contains("tea")
            && screen.contents().contains("418")
    });
    if let Some(cooked) = session.cooked() {
        assert!(!cooked, "raw mode is back on after fg");
    }
    session.send(CTRL_C);
    session.wait_for_text(&["exited 130"]);
    let status = session.finish();
    assert!(status.success(), "{status}");
    assert_terminal_restored(&session);
}

// ---- Picking

#[test]
fn pick_inside_command_substitution_prints_the_code() {
    let mut session = spawn_shell(
        "code=$(\"$HTTPDEX\" --pick teapot); echo \"got:$code status:$?\"",
        &[],
    );
    // The browser draws on the terminal though its output is captured.
    session.wait_for_first_screen();
    session.wait_for("418 selected", |screen| {
        detail_heading(screen).starts_with("418 ")
    });
    session.send(ENTER);
    session.wait_for_text(&["got:418 status:0"]);
    assert!(session.finish().success());
    assert_terminal_restored(&session);
}

#[test]
fn pick_with_a_library_prints_its_constant_reading_keys_from_the_terminal() {
    // Standard input is not the terminal here: keys come from /dev/tty.
    let mut session = spawn_shell(
        "code=$(\"$HTTPDEX\" --pick -c go </dev/null); echo \"got:$code\"",
        &[],
    );
    session.wait_for_first_screen();
    session.send(b"not found");
    session.wait_for("404 selected", |screen| {
        detail_heading(screen).starts_with("404 ")
    });
    // Enter while searching picks, as in fzf.
    session.send(ENTER);
    session.wait_for_text(&["got:http.StatusNotFound"]);
    assert!(session.finish().success());
    assert_terminal_restored(&session);
}

#[test]
fn esc_gives_up_picking_with_nothing_printed_and_status_130() {
    let mut session = spawn_shell(
        "code=$(\"$HTTPDEX\" --pick 404); echo \"got:[$code] status:$?\"",
        &[],
    );
    session.wait_for_first_screen();
    session.send(ESC);
    session.wait_for_text(&["got:[] status:130"]);
    assert!(session.finish().success());
    assert_terminal_restored(&session);
}

// ---- How it starts: arguments and locale

#[test]
fn interactive_flag_opens_with_the_query_searched() {
    let mut session = spawn(&["-i", "gateway"], &[]);
    session.wait_for_text(&["502", "504", "English F2"]);
    let screen = session.screen();
    assert!(
        row(screen, 1).contains("gateway"),
        "the search bar holds the query\n{}",
        session.describe()
    );
    assert!(
        count(screen).is_some_and(|(shown, total)| shown >= 2 && shown < total),
        "the list is filtered\n{}",
        session.describe()
    );
    interrupt(&mut session);
}

#[test]
fn japanese_locale_starts_in_japanese() {
    let mut session = spawn(&[], &[("LANG", "ja_JP.UTF-8")]);
    session.wait_for_text(&["日本語 F2", "検索", "ステータスコード"]);
    quit_with(&mut session, ESC);
}

#[test]
fn lc_all_wins_over_lang() {
    let mut session = spawn(&[], &[("LANG", "ja_JP.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")]);
    session.wait_for_text(&["中文 F2", "搜索"]);
    quit_with(&mut session, ESC);
}

#[test]
fn lang_flag_wins_over_the_locale() {
    let mut session = spawn(&["--lang", "en"], &[("LANG", "ja_JP.UTF-8")]);
    session.wait_for_first_screen();
    quit_with(&mut session, ESC);
}

#[test]
fn keys_typed_before_the_first_frame_are_not_lost() {
    let mut session = spawn(&[], &[]);
    // Typed at once, while the browser is still asking the terminal about
    // itself: they must reach the search all the same.
    session.send(b"404");
    session.wait_for("404 found by keys typed ahead", |screen| {
        row(screen, 1).contains("404") && detail_heading(screen).starts_with("404 Not Found")
    });
    interrupt(&mut session);
}

/// How long after its start the browser's first frame is on the screen.
fn first_frame_after(silent: bool) -> Duration {
    let start = Instant::now();
    let mut session = spawn(&[], &[]);
    session.silent = silent;
    session.wait_for_first_screen();
    let took = start.elapsed();
    interrupt(&mut session);
    took
}

#[test]
fn a_terminal_that_answers_nothing_gets_its_first_frame_at_once_and_keeps_keys_typed_ahead() {
    // The floor: the same start on a terminal that answers at once.
    let floor = (0..3)
        .map(|_| first_frame_after(false))
        .min()
        .expect("three runs");
    let silent = (0..3)
        .map(|_| first_frame_after(true))
        .min()
        .expect("three runs");
    assert!(
        silent <= floor + Duration::from_millis(100),
        "first frame after {silent:?} on a silent terminal, {floor:?} on one that answers"
    );
    let mut session = spawn(&[], &[]);
    session.silent = true;
    thread::sleep(Duration::from_millis(20));
    session.send(b"404");
    session.wait_for("404 typed 20 ms after the start, selected", |screen| {
        row(screen, 1).contains("404") && detail_heading(screen).starts_with("404 Not Found")
    });
    interrupt(&mut session);
}

#[test]
fn a_resize_while_the_answers_are_awaited_is_drawn() {
    let mut session = spawn(&[], &[]);
    session.silent = true;
    session.wait_for_first_screen();
    session.resize(60, 20);
    session.wait_for("a frame redrawn at 60x20", |screen| {
        frame_fits(screen, 60, 20, "English")
    });
    interrupt(&mut session);
}

#[test]
fn a_terminal_that_answers_nothing_loses_no_key() {
    let mut session = spawn(&[], &[]);
    session.silent = true;
    // The browser draws at once with its defaults; what it asked is still
    // waiting for the terminal's next bytes.
    session.wait_for_first_screen();
    session.send(b"4");
    thread::sleep(Duration::from_millis(300));
    session.send(b"04");
    session.wait_for("404 found with its first key typed first", |screen| {
        row(screen, 1).contains("404") && detail_heading(screen).starts_with("404 Not Found")
    });
    interrupt(&mut session);
}

/// The colour of the "1xx Informational" heading.
fn heading_color(screen: &vt100::Screen) -> Option<vt100::Color> {
    (0..ROWS).find_map(|r| {
        let text = row(screen, r);
        let at = text.find("1xx Informational")?;
        let col = u16::try_from(text[..at].chars().count()).ok()?;
        screen.cell(r, col).map(vt100::Cell::fgcolor)
    })
}

#[test]
fn a_light_background_gets_the_light_colours_unless_told_otherwise() {
    // 75 and 25 are the 1xx colours for dark and light backgrounds.
    for (args, background, expected) in [
        (&[][..], Some("rgb:ffff/ffff/ffff"), 25),
        (&[][..], Some("rgb:0000/0000/0000"), 75),
        (&[][..], None, 75),
        (&["--theme", "dark"][..], Some("rgb:ffff/ffff/ffff"), 75),
        (&["--theme", "light"][..], None, 25),
    ] {
        let mut session = spawn(args, &[]);
        session.background = background;
        session.wait_for_first_screen();
        let color = heading_color(session.screen());
        assert_eq!(
            color,
            Some(vt100::Color::Idx(expected)),
            "{args:?} on {background:?}\n{}",
            session.describe()
        );
        quit_with(&mut session, ESC);
    }
}

/// The cells on screen that an ambiguous-wide terminal would draw two
/// cells wide, with where they are.
fn ambiguous_cells(screen: &vt100::Screen) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let (rows, cols) = screen.size();
    (0..rows.get())
        .flat_map(|r| (0..cols.get()).map(move |c| (r, c)))
        .filter_map(|(r, c)| {
            let cell = screen.cell(r, c)?;
            let text = cell.contents();
            (text.width() != text.width_cjk()).then(|| format!("{text:?} at {r},{c}"))
        })
        .collect()
}

#[test]
fn ascii_draws_nothing_an_ambiguous_wide_terminal_would_widen() {
    let mut session = spawn(&["--ascii", "-i", "422"], &[("LANG", "ja_JP.UTF-8")]);
    session.wait_for_text(&["日本語 F2", "422"]);
    assert!(
        row(session.screen(), 0).starts_with("+ 検索 -"),
        "ASCII borders\n{}",
        session.describe()
    );
    let found = ambiguous_cells(session.screen());
    assert!(found.is_empty(), "{found:?}\n{}", session.describe());
    // Without it the borders are lines, which such a terminal widens.
    let mut lines = spawn(&["-i", "422"], &[("LANG", "ja_JP.UTF-8")]);
    lines.wait_for_text(&["日本語 F2", "422"]);
    assert!(!ambiguous_cells(lines.screen()).is_empty());
    interrupt(&mut lines);
    interrupt(&mut session);
}

#[test]
fn an_ambiguous_wide_terminal_is_found_out_and_gets_ascii() {
    let mut session = spawn(&[], &[("LANG", "ja_JP.UTF-8")]);
    session.ambiguous_wide = true;
    session.wait_for_text(&["日本語 F2"]);
    assert!(
        row(session.screen(), 0).starts_with("+ 検索 -"),
        "{}",
        session.describe()
    );
    let found = ambiguous_cells(session.screen());
    assert!(found.is_empty(), "{found:?}\n{}", session.describe());
    quit_with(&mut session, ESC);
}

// ---- Input a terminal sends besides plain keys

#[test]
fn pasted_text_goes_into_the_search_bar() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    // With bracketed paste on, a terminal wraps pasted text in these markers.
    session.send(b"/\x1b[200~teapot\x1b[201~");
    session.wait_for("the pasted query to filter the list", |screen| {
        row(screen, 1).contains("teapot") && count(screen).is_some_and(|(n, _)| n == 1)
    });
    interrupt(&mut session);
}

#[test]
fn typing_japanese_in_the_search_bar_filters() {
    let mut session = spawn(&[], &[("LANG", "ja_JP.UTF-8")]);
    session.wait_for_text(&["日本語 F2"]);
    session.send("/ティーポット".as_bytes());
    session.wait_for("418 found by its Japanese title", |screen| {
        row(screen, 1).contains("ティーポット")
            && screen.contents().contains("418")
            && row(screen, 0).contains(" 1 / ")
    });
    interrupt(&mut session);
}

#[test]
fn clicking_and_scrolling_the_mouse_select_codes() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    let target = "102 Processing";
    let row_of_target = (0..ROWS)
        .find(|&r| row(session.screen(), r).starts_with(&format!("│  {target}")))
        .unwrap_or_else(|| panic!("no {target:?} in the list\n{}", session.describe()));
    // A left click in SGR encoding (1-based column and row), press and
    // release, as a terminal sends it with the modes crossterm turned on.
    let click = format!("\x1b[<0;5;{row}M\x1b[<0;5;{row}m", row = row_of_target + 1);
    session.send(click.as_bytes());
    session.wait_for("the clicked code in the details", |screen| {
        detail_heading(screen).starts_with(target)
    });
    // The wheel over the list moves the selection down a code.
    let wheel_down = format!("\x1b[<65;5;{row}M", row = row_of_target + 1);
    session.send(wheel_down.as_bytes());
    session.wait_for("the next code in the details", |screen| {
        detail_heading(screen).starts_with("103 ")
    });
    quit_with(&mut session, ESC);
}

// ---- Drawing

#[test]
fn resize_is_handled() {
    // Japanese too: wide characters are where a narrow frame could spill.
    for (locale, language) in [("C", "English"), ("ja_JP.UTF-8", "日本語")] {
        let mut session = spawn(&[], &[("LANG", locale)]);
        session.wait_for(&format!("a {COLS}x{ROWS} frame in {language}"), |screen| {
            frame_fits(screen, COLS, ROWS, language)
        });
        // Too narrow for the panes side by side, then too short for the
        // bordered search bar.
        for (cols, rows) in [(60, 20), (40, 12)] {
            session.resize(cols, rows);
            session.wait_for(
                &format!("a frame redrawn at {cols}x{rows} in {language}"),
                |screen| frame_fits(screen, cols, rows, language),
            );
        }
        quit_with(&mut session, ESC);
    }
}

#[test]
fn no_color_turns_the_colours_off() {
    let coloured_cells = |env: &[(&str, &str)]| {
        let mut session = spawn(&[], env);
        session.wait_for_first_screen();
        let screen = session.screen();
        let coloured = (0..ROWS)
            .flat_map(|r| (0..COLS).map(move |c| (r, c)))
            .filter_map(|(r, c)| screen.cell(r, c))
            .filter(|cell| {
                cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
            })
            .count();
        quit_with(&mut session, ESC);
        coloured
    };
    // Without it there are colours, so the count below can tell.
    assert!(coloured_cells(&[]) > 0, "the browser draws in colour");
    assert_eq!(
        coloured_cells(&[("NO_COLOR", "1")]),
        0,
        "NO_COLOR=1 leaves colours"
    );
}

// ---- Outside the browser

#[test]
fn a_query_in_a_terminal_prints_to_its_width_without_the_browser() {
    let mut session = spawn_sized(40, 100, &["404"], &[]);
    let status = session.finish();
    assert!(status.success(), "httpdex 404 exited with {status}");
    let screen = session.screen();
    assert!(
        screen.contents().contains("404 Not Found"),
        "{}",
        session.describe()
    );
    // The program wraps to the terminal's width, so the terminal never has to.
    assert!(
        (0..ROWS).all(|r| !screen.row_wrapped(r)),
        "a line is wider than the 40-column terminal\n{}",
        session.describe()
    );
    let output = session.raw_output();
    assert!(
        rfind(&output, b"\x1b[?1049h").is_none(),
        "a query must not open the alternate screen"
    );
}

// ---- Known bugs, ignored until fixed (`cargo test --test pty -- --ignored`)

/// `tui.rs` promises to put the terminal back "on every way out", but only
/// returns, errors and panics are covered: a SIGTERM (`kill PID`, a
/// supervisor, `timeout`) ends the process with the terminal still raw, on
/// the alternate screen and reporting every mouse motion to the shell.
#[test]
fn sigterm_restores_the_terminal() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    let pid = session.child.process_id().expect("the child's process id");
    // No libc or nix among the dev-dependencies: send it as a shell user would.
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success(), "kill -TERM {pid} failed");
    let status = session.finish();
    assert_eq!(status.signal(), Some("Terminated"), "{status:?}");
    assert_terminal_restored(&session);
}

/// Sends `signal` to the session's child as a shell user would.
fn kill(session: &Session, signal: &str) {
    let pid = session.child.process_id().expect("the child's process id");
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success(), "kill -{signal} {pid} failed");
}

#[test]
fn sighup_ends_the_browser_promptly() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    kill(&session, "HUP");
    let status = session.finish();
    assert_eq!(status.signal(), Some("Hangup"), "{status:?}");
    assert_terminal_restored(&session);
}

#[test]
fn a_panic_restores_the_terminal_and_shows_its_message() {
    let mut session = spawn(
        &[],
        &[("HTTPDEX_PANIC_ON_F12", "1"), ("RUST_BACKTRACE", "0")],
    );
    session.wait_for_first_screen();
    session.send(b"\x1b[24~"); // F12
    let status = session.finish();
    assert_eq!(
        status.exit_code(),
        101,
        "a panic exits with 101: {status:?}"
    );
    assert_terminal_restored(&session);
    let output = session.raw_output();
    let entered = rfind(&output, b"\x1b[?1049h").expect("the alternate screen was entered");
    let leave: &[u8] = b"\x1b[?1049l";
    let left = entered
        + output[entered..]
            .windows(leave.len())
            .position(|window| window == leave)
            .expect("the alternate screen was left");
    let message = rfind(&output, b"panicked").expect("the panic message was printed");
    assert!(
        message > left,
        "the message is printed on the main screen, after leaving the alternate one"
    );
    // Leaving it a second time, after the message, could put the shell
    // prompt over the message.
    let leaves = output[entered..]
        .windows(leave.len())
        .filter(|window| *window == leave)
        .count();
    assert_eq!(leaves, 1, "the alternate screen is left once");
}

#[test]
fn a_dumb_terminal_gets_a_message_instead_of_the_browser() {
    let mut session = spawn(&[], &[("TERM", "dumb")]);
    let status = session.finish();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let output = String::from_utf8_lossy(&session.raw_output()).into_owned();
    assert!(output.contains("TERM=dumb"), "{output}");
    assert!(
        !output.contains("\x1b[?1049h"),
        "no alternate screen on a dumb terminal"
    );
}

#[test]
fn a_one_by_one_window_does_not_crash() {
    let mut session = spawn_sized(1, 1, &[], &[]);
    // Nothing readable fits; wait until the first frame has been drawn.
    session.wait_for("the alternate screen", vt100::Screen::alternate_screen);
    quit_with(&mut session, ESC);
}

#[test]
fn many_resizes_a_second_leave_a_clean_frame() {
    let mut session = spawn(&[], &[]);
    session.wait_for_first_screen();
    let sizes = [
        (100, 30),
        (1, 1),
        (300, 100),
        (40, 12),
        (2, 50),
        (80, 3),
        (60, 20),
    ];
    for (cols, rows) in sizes.iter().cycle().take(70) {
        session.resize(*cols, *rows);
    }
    session.resize(100, 30);
    session.wait_for("a full frame at 100x30", |screen| {
        frame_fits(screen, 100, 30, "English")
    });
    quit_with(&mut session, ESC);
}

#[test]
fn y_sends_the_code_to_the_clipboard_with_osc_52() {
    let mut session = spawn(&["-i", "404"], &[]);
    session.wait_for_text(&["404 Not Found"]);
    session.send(CTRL_Y);
    session.wait_for_text(&["Copied: 404 Not Found"]);
    // "404 Not Found" in base64, between OSC 52's start and BEL.
    let expected: &[u8] = b"\x1b]52;c;NDA0IE5vdCBGb3VuZA==\x07";
    assert!(
        session
            .raw_output()
            .windows(expected.len())
            .any(|w| w == expected),
        "no OSC 52 sequence for 404 Not Found"
    );
    interrupt(&mut session);
}

// ---- A log scan opens the browser

#[test]
fn scan_with_interactive_opens_the_browser_and_restores_the_terminal() {
    let log = std::env::temp_dir().join(format!("httpdex-pty-scan-{}.log", std::process::id()));
    std::fs::write(
        &log,
        "1.2.3.4 - - [x] \"GET / HTTP/1.1\" 200 5\n1.2.3.4 - - [x] \"GET /a HTTP/1.1\" 404 5\n",
    )
    .expect("write a log");
    let path = log.to_string_lossy().into_owned();
    let mut session = spawn(&["--scan", &path, "-i"], &[]);
    session.wait_for_first_screen();
    quit_with(&mut session, ESC);
    let _ = std::fs::remove_file(&log);
}
