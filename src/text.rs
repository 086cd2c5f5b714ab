//! Plain-text helpers measured in terminal cells: wrapping that keeps whole
//! characters, and making untrusted text safe to print.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Replaces control characters with visible stand-ins.
///
/// Text from the user (a query) or the catalogue is never sent to the
/// terminal raw: an ESC would otherwise start an escape sequence. C0 controls
/// become their Unicode "control picture" (ESC shows as `␛`), DEL shows as
/// `␡` and C1 controls as `�`.
#[must_use]
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            '\u{80}'..='\u{9f}' => '\u{fffd}',
            _ => c,
        })
        .collect()
}

/// User input as it may appear in a message: sanitized, and cut to at most
/// `max` cells with an ellipsis, so a huge argument is not echoed whole.
#[must_use]
pub fn excerpt(text: &str, max: usize) -> String {
    let clean = sanitize(text);
    if width(&clean) <= max {
        return clean;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Display width of `text` in terminal cells.
#[must_use]
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Wraps `text` into lines of at most `max` cells.
///
/// Latin text breaks at spaces; CJK text, which has none, breaks between any
/// two wide characters. A word longer than a line is split, never cut off.
#[must_use]
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    // Where the last word or wide character of `line` starts, so closing
    // punctuation can take it along to the next line.
    let mut last_start = 0;
    for token in tokens(text) {
        let token_width = width(token);
        if token == " " {
            if line_width > 0 && line_width < max {
                line.push(' ');
                line_width += 1;
            }
            continue;
        }
        if line_width + token_width > max && line_width > 0 {
            // The word or character before closing punctuation moves down
            // with it (kinsoku), taking an opening bracket just before it
            // along, if the line keeps something and they fit on a line.
            // `last_start` can point past a line that a long word was split
            // across; then there is nothing to take along.
            let mut from = if line.is_char_boundary(last_start) {
                last_start
            } else {
                0
            };
            if let Some(open) = line[..from].chars().last().filter(|c| opens(*c)) {
                from -= open.len_utf8();
            }
            let mut carry = if starts_no_line(token)
                && from > 0
                && !line[from..].contains(' ')
                && width(&line[from..]) + token_width <= max
            {
                line.split_off(from)
            } else {
                String::new()
            };
            // Nor may an opening bracket end a line: it goes down with what
            // it opens.
            if let Some(open) = line.chars().last().filter(|c| opens(*c))
                && line.chars().count() > 1
                && (token_width > max
                    || open.width().unwrap_or(0) + width(&carry) + token_width <= max)
            {
                line.pop();
                carry.insert(0, open);
            }
            lines.push(line.trim_end().to_owned());
            line_width = width(&carry);
            line = carry;
        }
        last_start = line.len();
        if token_width <= max {
            line.push_str(token);
            line_width += token_width;
            continue;
        }
        for c in token.chars() {
            let w = c.width().unwrap_or(0);
            if line_width + w > max && line_width > 0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
                last_start = 0;
            }
            line.push(c);
            line_width += w;
        }
    }
    if !line.trim_end().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Whether `c` is an opening bracket, which CJK typesetting keeps off the
/// end of a line.
fn opens(c: char) -> bool {
    "（「『【《〈〔".contains(c)
}

/// Whether `token` is punctuation that CJK typesetting keeps off the start
/// of a line.
fn starts_no_line(token: &str) -> bool {
    token.chars().next().is_some_and(|c| {
        "，。、．：；！？）」』】》〉〕…ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ".contains(c)
    })
}

/// Splits text into words, single spaces and single wide characters.
fn tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let wide = c.width().unwrap_or(0) > 1;
        if c.is_whitespace() || wide {
            if let Some(s) = start.take() {
                tokens.push(&text[s..i]);
            }
            tokens.push(if wide {
                &text[i..i + c.len_utf8()]
            } else {
                " "
            });
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        tokens.push(&text[s..]);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_latin_text_at_spaces() {
        assert_eq!(wrap("the quick brown fox", 10), ["the quick", "brown fox"]);
    }

    #[test]
    fn wrap_breaks_cjk_text_between_characters_within_width() {
        let lines = wrap("リクエストが早すぎます", 10);
        assert!(lines.iter().all(|line| width(line) <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "リクエストが早すぎます");
    }

    #[test]
    fn wrap_never_starts_a_line_with_closing_punctuation() {
        let lines = wrap("发送的，可能被攻击者截获后重放。", 8);
        assert!(
            lines
                .iter()
                .all(|line| !line.starts_with('，') && !line.starts_with('。')),
            "{lines:?}"
        );
        assert_eq!(lines.concat(), "发送的，可能被攻击者截获后重放。");
    }

    #[test]
    fn closing_punctuation_takes_a_latin_word_along() {
        let lines = wrap("ヘッダー（Cache-Control、Expires）です", 24);
        assert!(
            lines
                .iter()
                .all(|line| !line.starts_with('、') && !line.starts_with('）')),
            "{lines:?}"
        );
        assert!(lines.iter().all(|line| width(line) <= 24), "{lines:?}");
        assert_eq!(lines.concat(), "ヘッダー（Cache-Control、Expires）です");
    }

    #[test]
    fn an_opening_bracket_never_ends_a_line() {
        let text = "明示的な鮮度情報（Cache-Control、Expires）がある場合のみ";
        // From where the bracket and the word it opens fit on one line.
        for max in 15..40 {
            let lines = wrap(text, max);
            assert!(
                lines.iter().all(|line| !line.ends_with('（')),
                "{max}: {lines:?}"
            );
            assert!(
                lines.iter().all(|line| width(line) <= max),
                "{max}: {lines:?}"
            );
            assert_eq!(lines.concat(), text);
        }
    }

    #[test]
    fn a_word_split_across_lines_then_a_bracket_does_not_panic() {
        let text = "RFC 2324（Hyper Text Coffee Pot Control Protocol）で、定義されました。";
        for max in 1..40 {
            let lines = wrap(text, max);
            assert!(
                lines.iter().all(|l| width(l) <= max.max(2)),
                "{max}: {lines:?}"
            );
        }
    }

    #[test]
    fn wrap_survives_any_mix_of_words_punctuation_and_widths() {
        let pieces = [
            "a",
            "abcdefghijk",
            " ",
            "、",
            "（",
            "）",
            "日本",
            "e",
            "。",
            "  ",
        ];
        for max in 1..8 {
            for a in pieces {
                for b in pieces {
                    for c in pieces {
                        let text = format!("{a}{b}{c}{b}{a}");
                        let lines = wrap(&text, max);
                        assert!(
                            lines.iter().all(|l| width(l) <= max.max(2)),
                            "{text:?} at {max}: {lines:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn wrap_splits_a_word_longer_than_the_line() {
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wrap_keeps_mixed_text_within_width() {
        for max in 1..30 {
            for line in wrap("在 TLS 1.3 的 early data 中发送的请求可能被重放。", max)
            {
                assert!(width(&line) <= max.max(2), "{line:?} at {max}");
            }
        }
    }

    #[test]
    fn excerpt_cuts_long_input_to_width_with_an_ellipsis() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("abcdefghijkl", 6), "abcde…");
        assert_eq!(excerpt("日本語のテキスト", 7), "日本語…");
        assert_eq!(excerpt("\u{1b}abc", 10), "\u{241b}abc");
    }

    #[test]
    fn sanitize_shows_control_characters_instead_of_sending_them() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(sanitize("tab\there"), "tab\u{2409}here");
        assert_eq!(sanitize("\u{7f}\u{9b}"), "\u{2421}\u{fffd}");
        assert_eq!(sanitize("日本語 ok"), "日本語 ok");
    }
}
