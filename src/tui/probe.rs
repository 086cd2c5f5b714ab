//! Questions to the terminal about itself, and the reading of its answers:
//! the colour of its background (OSC 11), and whether it draws East Asian
//! Ambiguous characters two cells wide: after one box-drawing character at
//! the start of a line, is the cursor in the second column or the third
//! (DSR 6)? Vim asks the same way.
//!
//! The questions end with a request for the primary device attributes
//! (DA1), which every terminal answers, and answers in order: once its
//! reply is in, every answer that is coming has come, so a terminal that
//! ignores a question costs one round trip rather than a timeout.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::theme::Background;

/// Writes `─` (U+2500, ambiguous) at the top left, then asks where the
/// cursor is.
const WIDTH: &str = "\x1b[1;1H\u{2500}\x1b[6n";
/// Asks for the background colour.
const BACKGROUND: &str = "\x1b]11;?\x1b\\";
/// Asks for the primary device attributes.
const ATTRIBUTES: &str = "\x1b[c";

/// What to write to the terminal to ask about its ambiguous `width`, its
/// `background`, or neither; the cursor may be left anywhere.
#[must_use]
pub(crate) fn questions(width: bool, background: bool) -> String {
    let mut out = String::new();
    if width {
        out.push_str(WIDTH);
    }
    if background {
        out.push_str(BACKGROUND);
    }
    out.push_str(ATTRIBUTES);
    out
}

/// What the terminal said, and what was typed meanwhile.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Answers {
    /// From the colour of its background, if it told.
    pub background: Option<Background>,
    /// Whether ambiguous characters take two cells, if it told.
    pub ambiguous_wide: Option<bool>,
    /// Whatever came that was no answer: keys typed ahead, which the
    /// browser still has to act on (see [`keys`]).
    pub typed: Vec<u8>,
}

/// One answer the terminal may send, and where it ends in the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// OSC 11, with the bytes of its `rgb:…` body.
    Background(usize, usize),
    /// DSR 6: the cursor's column, from 1.
    Column(u32),
    /// DA1: the last answer.
    Attributes,
}

/// The answer starting at `reply[at]`, if one does, and its length.
fn answer_at(reply: &[u8], at: usize) -> Option<(Answer, usize)> {
    let rest = &reply[at..];
    if let Some(body) = rest.strip_prefix(b"\x1b]11;") {
        let end = body.iter().position(|&b| b == 0x07 || b == 0x1b)?;
        let terminator = if body[end] == 0x07 {
            1
        } else if body.get(end + 1) == Some(&b'\\') {
            2
        } else {
            return None;
        };
        let start = at + 5;
        return Some((Answer::Background(start, start + end), 5 + end + terminator));
    }
    let csi = rest.strip_prefix(b"\x1b[")?;
    if let Some(params) = csi.strip_prefix(b"?") {
        let end = params
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';'))?;
        return (params[end] == b'c').then_some((Answer::Attributes, 3 + end + 1));
    }
    // CSI row ; column R
    let end = csi
        .iter()
        .position(|b| !(b.is_ascii_digit() || *b == b';'))?;
    if csi[end] != b'R' {
        return None;
    }
    let params = std::str::from_utf8(&csi[..end]).ok()?;
    let (row, column) = params.split_once(';')?;
    row.parse::<u32>().ok()?;
    Some((Answer::Column(column.parse().ok()?), 2 + end + 1))
}

/// The answers in `reply`, each in turn, and the bytes between them.
fn answers(reply: &[u8]) -> (Vec<Answer>, Vec<u8>) {
    let (mut found, mut typed) = (Vec::new(), Vec::new());
    let mut at = 0;
    while at < reply.len() {
        if let Some((answer, len)) = answer_at(reply, at) {
            found.push(answer);
            at += len;
        } else {
            typed.push(reply[at]);
            at += 1;
        }
    }
    (found, typed)
}

/// Whether `reply` holds the answer to the last question: `CSI ? … c`.
#[must_use]
pub(crate) fn complete(reply: &[u8]) -> bool {
    answers(reply).0.contains(&Answer::Attributes)
}

/// The answers found in `reply`; what is missing or garbled stays `None`.
#[must_use]
pub(crate) fn parse(reply: &[u8]) -> Answers {
    let (found, typed) = answers(reply);
    let mut answers = Answers {
        typed,
        ..Answers::default()
    };
    for answer in found {
        match answer {
            Answer::Background(start, end) => {
                answers.background = answers.background.or(background(&reply[start..end]));
            }
            // The box-drawing character was written in column 1.
            Answer::Column(column) => {
                answers.ambiguous_wide = match column {
                    2 => Some(false),
                    3 => Some(true),
                    _ => answers.ambiguous_wide,
                };
            }
            Answer::Attributes => {}
        }
    }
    answers
}

/// The background from the body of an OSC 11 answer, `rgb:R/G/B` with one
/// to four hex digits a channel: dark when white text would contrast with
/// it more than black text.
fn background(body: &[u8]) -> Option<Background> {
    let body = std::str::from_utf8(body).ok()?;
    let channels = body.strip_prefix("rgb:")?;
    let mut values = channels.split('/').map(|hex| {
        let digits = u32::try_from(hex.len())
            .ok()
            .filter(|n| (1..=4).contains(n))?;
        let value = u32::from_str_radix(hex, 16).ok()?;
        Some(f64::from(value) / f64::from((1u32 << (4 * digits)) - 1))
    });
    let (r, g, b) = (values.next()??, values.next()??, values.next()??);
    if values.next().is_some() {
        return None;
    }
    // The libm crate's pow, compiled in, as in the search's scoring: the
    // system's libm is not loaded by every start for it.
    let linear = |c: f64| {
        if c <= 0.040_45 {
            c / 12.92
        } else {
            libm::pow((c + 0.055) / 1.055, 2.4)
        }
    };
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    // Contrast with white, 1.05 / (L + 0.05), against contrast with
    // black, (L + 0.05) / 0.05.
    Some(if 1.05 * 0.05 > (luminance + 0.05).powi(2) {
        Background::Dark
    } else {
        Background::Light
    })
}

/// The keys in bytes typed while the answers were awaited, as a terminal
/// in raw mode sends them: characters, Enter, Tab, Backspace, Esc, Control
/// with a letter, and the arrow keys. Other sequences (function keys, keys
/// with modifiers) are dropped whole.
#[must_use]
pub(crate) fn keys(typed: &[u8]) -> Vec<KeyEvent> {
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let text = String::from_utf8_lossy(typed);
    let mut chars = text.chars().peekable();
    let mut keys = Vec::new();
    while let Some(c) = chars.next() {
        keys.push(match c {
            '\r' | '\n' => key(KeyCode::Enter),
            '\t' => key(KeyCode::Tab),
            '\u{7f}' | '\u{8}' => key(KeyCode::Backspace),
            '\u{1b}' if chars.peek() == Some(&'[') => {
                chars.next();
                // Parameters, then the final byte that names the key.
                let mut parameters = false;
                let last = loop {
                    match chars.next() {
                        Some('0'..='?') => parameters = true,
                        other => break other,
                    }
                };
                match last {
                    Some('A') if !parameters => key(KeyCode::Up),
                    Some('B') if !parameters => key(KeyCode::Down),
                    Some('C') if !parameters => key(KeyCode::Right),
                    Some('D') if !parameters => key(KeyCode::Left),
                    _ => continue,
                }
            }
            '\u{1b}' => key(KeyCode::Esc),
            '\u{1}'..='\u{1a}' => KeyEvent::new(
                KeyCode::Char(char::from(b'a' + (c as u8) - 1)),
                KeyModifiers::CONTROL,
            ),
            '\u{fffd}' => continue,
            c if c.is_control() => continue,
            c => key(KeyCode::Char(c)),
        });
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    const DA1: &[u8] = b"\x1b[?64;1;2;6;9;15;16;17;18;21;22;28c";

    #[test]
    fn the_questions_end_with_the_attributes_request() {
        assert_eq!(
            questions(true, true),
            "\x1b[1;1H─\x1b[6n\x1b]11;?\x1b\\\x1b[c"
        );
        assert_eq!(questions(false, true), "\x1b]11;?\x1b\\\x1b[c");
        assert_eq!(questions(false, false), "\x1b[c");
    }

    #[test]
    fn the_cursor_after_a_box_drawing_character_tells_the_width() {
        let wide = |reply: &[u8]| parse(reply).ambiguous_wide;
        assert_eq!(wide(b"\x1b[1;2R"), Some(false));
        assert_eq!(wide(b"\x1b[1;3R"), Some(true));
        assert_eq!(wide(b"\x1b[1;1R"), None, "nothing was drawn");
        assert_eq!(wide(b"\x1b[1R"), None);
        assert_eq!(wide(b"\x1b[;3R"), None);
        let mut reply = b"\x1b[1;3R\x1b]11;rgb:ff/ff/ff\x07".to_vec();
        reply.extend_from_slice(DA1);
        let answers = parse(&reply);
        assert_eq!(answers.ambiguous_wide, Some(true));
        assert_eq!(answers.background, Some(Background::Light));
        assert!(answers.typed.is_empty());
        assert!(complete(&reply));
    }

    #[test]
    fn the_reply_is_complete_once_the_attributes_are_in() {
        assert!(!complete(b""));
        assert!(!complete(b"\x1b]11;rgb:0000/0000/0000\x07"));
        assert!(!complete(b"\x1b[?64;1"), "cut short");
        assert!(complete(DA1));
        assert!(complete(b"\x1b[?6c"));
        let mut both = b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\".to_vec();
        both.extend_from_slice(DA1);
        assert!(complete(&both));
    }

    #[test]
    fn the_background_is_dark_or_light_by_its_luminance() {
        let answer = |body: &str| parse(format!("\x1b]11;{body}\x07").as_bytes()).background;
        assert_eq!(answer("rgb:0000/0000/0000"), Some(Background::Dark));
        assert_eq!(answer("rgb:1e1e/1e1e/1e1e"), Some(Background::Dark));
        assert_eq!(answer("rgb:ffff/ffff/ffff"), Some(Background::Light));
        assert_eq!(answer("rgb:fafa/fafa/fafa"), Some(Background::Light));
        // Solarized: dark base03 and light base3, in two-digit channels.
        assert_eq!(answer("rgb:00/2b/36"), Some(Background::Dark));
        assert_eq!(answer("rgb:fd/f6/e3"), Some(Background::Light));
        // One digit a channel; mid grey is on the light side.
        assert_eq!(answer("rgb:8/8/8"), Some(Background::Light));
        assert_eq!(answer("rgb:5/5/5"), Some(Background::Dark));
    }

    #[test]
    fn st_ends_the_answer_as_bel_does_and_garble_gives_nothing() {
        let st = parse(b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\").background;
        assert_eq!(st, Some(Background::Light));
        for garbled in [
            &b"\x1b]11;rgb:ffff/ffff\x07"[..],
            b"\x1b]11;rgb:fffff/0/0\x07",
            b"\x1b]11;rgb:xx/00/00\x07",
            b"\x1b]11;#ffffff\x07",
            b"\x1b]11;rgb:ffff/ffff/ffff",
            b"\x1b]11;rgb:1/2/3/4\x07",
        ] {
            assert_eq!(parse(garbled).background, None, "{garbled:?}");
        }
        assert_eq!(parse(DA1), Answers::default());
    }

    #[test]
    fn keys_typed_ahead_are_kept_apart_from_the_answers() {
        let mut reply = b"40".to_vec();
        reply.extend_from_slice(b"\x1b]11;rgb:0/0/0\x07");
        reply.extend_from_slice("4 日".as_bytes());
        reply.extend_from_slice(DA1);
        reply.extend_from_slice(b"\r");
        let answers = parse(&reply);
        assert_eq!(answers.background, Some(Background::Dark));
        assert_eq!(answers.typed, "404 日\r".as_bytes());
    }

    #[test]
    fn typed_bytes_become_the_keys_a_terminal_sends() {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(
            keys("q日\r\t\x7f\x1b[A\x1b[D\x1b\x15\x1b[5~".as_bytes()),
            [
                key(KeyCode::Char('q')),
                key(KeyCode::Char('日')),
                key(KeyCode::Enter),
                key(KeyCode::Tab),
                key(KeyCode::Backspace),
                key(KeyCode::Up),
                key(KeyCode::Left),
                key(KeyCode::Esc),
                ctrl('u'),
            ]
        );
    }
}
