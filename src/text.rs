//! Plain-text helpers measured in terminal cells: line breaking by the
//! Unicode rules with those of Japanese and Chinese typesetting, and making
//! untrusted text safe to print.

use unicode_linebreak::{BreakClass, BreakOpportunity, break_property};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Replaces control characters with visible stand-ins.
///
/// Text from the user (a query) or the catalogue is never sent to the
/// terminal raw: an ESC would otherwise start an escape sequence. C0 controls
/// become their Unicode "control picture" (ESC shows as `␛`), DEL shows as
/// `␡` and C1 controls as `�`.
#[must_use]
pub(crate) fn sanitize(text: &str) -> String {
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
pub(crate) fn excerpt(text: &str, max: usize) -> String {
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
    // Printable ASCII, most of what is measured, is a cell a byte; the
    // general rule walks the text backwards through a state machine.
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) {
        return text.len();
    }
    UnicodeWidthStr::width(text)
}

/// Wraps `text` into lines of at most `max` cells.
///
/// Lines break where the Unicode line breaking algorithm (UAX #14) allows,
/// with the strict Japanese and Chinese rules: small kana, ー and closing
/// punctuation never start a line, opening brackets never end one. A run of
/// narrow non-space characters, such as `Cache-Control`, a URL or a draft
/// name, stays whole; only a run wider than the line is split, after a
/// punctuation mark in it if one fits, else where the line is full.
/// Whitespace at line ends goes, a line feed starts a new line, and nothing
/// else is dropped.
#[must_use]
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    // Most labels and many values fit as they are: no breaks to look for.
    if !text.contains('\n') && width(text) <= max.max(1) {
        return vec![text.trim().to_owned()];
    }
    fill_lines(text, max)
}

/// [`wrap`] without its shortcut for text that fits.
fn fill_lines(text: &str, max: usize) -> Vec<String> {
    let mut out = Filler {
        max: max.max(1),
        done: Vec::new(),
        line: String::new(),
        used: 0,
    };
    let mut start = 0;
    let mut gap = "";
    for (at, mandatory) in breaks(text) {
        let segment = &text[start..at];
        let word = segment.trim_end();
        out.place(gap, word);
        gap = &segment[word.len()..];
        if mandatory {
            out.end_line();
            gap = "";
        }
        start = at;
    }
    out.done
}

/// Where lines may end in `text`, as byte offsets, each with whether the
/// line must end there (after a line feed, and at the end of the text).
///
/// These are the break opportunities of UAX #14, which already keeps most
/// closing punctuation off the start of a line and opening brackets off the
/// end, tailored three ways: small kana and ー (class CJ) do not start a line
/// either, as in strict breaking; a break between two narrow non-space
/// characters (after the hyphen of `Cache-Control`, the slash of a URL) is
/// dropped; and a full-width opening bracket after a letter or digit may
/// start a line, as UAX #14 has it but `unicode-linebreak` 0.1 does not.
fn breaks(text: &str) -> Vec<(usize, bool)> {
    let mut uax = unicode_linebreak::linebreaks(text).peekable();
    let mut breaks = Vec::new();
    // The character before `at`, and the last one that is not a space.
    let mut prev: Option<char> = None;
    let mut visible: Option<char> = None;
    for (at, next) in text.char_indices() {
        let given = uax.next_if(|&(i, _)| i == at).map(|(_, kind)| kind);
        if let Some(prev) = prev {
            if given == Some(BreakOpportunity::Mandatory) {
                breaks.push((at, true));
            } else if (given.is_some() || letter_before_wide_opening(prev, next))
                && !(prev != '\u{200b}' && narrow_word_char(prev) && narrow_word_char(next))
                && !starts_no_line(next)
                && !visible.is_some_and(opens)
            {
                breaks.push((at, false));
            }
        }
        prev = Some(next);
        if !next.is_whitespace() {
            visible = Some(next);
        }
    }
    breaks.push((text.len(), true));
    breaks
}

/// UAX #14 rule LB30 keeps `(` on a letter or digit before it, but not a
/// full-width bracket: `ETag（` may break before the bracket.
fn letter_before_wide_opening(prev: char, next: char) -> bool {
    next.width() == Some(2)
        && break_property(u32::from(next)) == BreakClass::OpenPunctuation
        && matches!(
            break_property(u32::from(prev)),
            BreakClass::Alphabetic | BreakClass::HebrewLetter | BreakClass::Numeric
        )
}

/// Whether `c` takes one cell (or none) and is not a space: a run of these
/// reads as one word, as `draft-ietf-httpbis-resumable-upload-11` does.
fn narrow_word_char(c: char) -> bool {
    !c.is_whitespace() && c.width().unwrap_or(0) < 2
}

/// Whether `c` is an opening bracket or quote, kept off the end of a line.
fn opens(c: char) -> bool {
    (!c.is_ascii() && "（「『【《〈〔〖〘〚［｛｟".contains(c))
        || break_property(u32::from(c)) == BreakClass::OpenPunctuation
}

/// Whether `c` is kept off the start of a line: closing punctuation, small
/// kana and ー (which UAX #14 leaves to the application as class CJ; strict
/// breaking treats them as non-starters).
fn starts_no_line(c: char) -> bool {
    (!c.is_ascii() && "，。、．：；！？）」』】》〉〕〗〙〛］｝｠…‥ー".contains(c))
        || matches!(
            break_property(u32::from(c)),
            BreakClass::ConditionalJapaneseStarter
                | BreakClass::NonStarter
                | BreakClass::ClosePunctuation
                | BreakClass::CloseParenthesis
                | BreakClass::Exclamation
                | BreakClass::InfixSeparator
        )
}

/// Lines being filled, one word at a time.
struct Filler {
    max: usize,
    /// The lines filled so far.
    done: Vec<String>,
    /// The line being filled, without trailing whitespace.
    line: String,
    /// Width of `line`.
    used: usize,
}

impl Filler {
    /// Puts `word`, which has no break in it, after `gap` on the current
    /// line, or on the next line if it does not fit there. A word wider than
    /// a line is split: it starts on the current line if a piece of it ending
    /// at a punctuation mark fits there.
    fn place(&mut self, gap: &str, word: &str) {
        if word.is_empty() {
            return;
        }
        let word_width = width(word);
        let mut rest = word;
        if !self.line.is_empty() {
            let gap_width = width(gap);
            if self.used + gap_width + word_width <= self.max {
                self.line.push_str(gap);
                self.line.push_str(word);
                self.used += gap_width + word_width;
                return;
            }
            let room = self.max.saturating_sub(self.used + gap_width);
            if word_width > self.max
                && let Some(at) = cut(word, room, true)
            {
                self.line.push_str(gap);
                self.line.push_str(&word[..at]);
                rest = &word[at..];
            }
            self.end_line();
        }
        rest = rest.trim_start();
        while width(rest) > self.max {
            let at = cut(rest, self.max, false).unwrap_or(rest.len());
            if at == rest.len() {
                // One grapheme wider than the line: it fills the line alone.
                break;
            }
            let (piece, more) = rest.split_at(at);
            self.line.push_str(piece.trim_end());
            self.end_line();
            rest = more.trim_start();
        }
        self.line.push_str(rest);
        self.used = width(rest);
    }

    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.done.push(line);
        self.used = 0;
    }
}

/// Where to cut a `word` wider than a line so that its first piece fits in
/// `room` cells: after the last punctuation mark followed by a letter or
/// digit that fits (`draft-ietf-` | `httpbis`). Unless `soft_only`, else
/// after as many graphemes as fit, moved back so that closing punctuation
/// does not start the next line nor an opening bracket end this one if that
/// leaves something, and after the first grapheme if none fits.
fn cut(word: &str, room: usize, soft_only: bool) -> Option<usize> {
    let mut ends = Vec::new();
    let mut used = 0;
    for (i, g) in word.grapheme_indices(true) {
        used += width(g);
        if used > room {
            break;
        }
        ends.push(i + g.len());
    }
    let around = |at: usize| (word[..at].chars().next_back(), word[at..].chars().next());
    let soft = ends.iter().rev().copied().find(|&at| {
        matches!(around(at), (Some(before), Some(after))
            if before.is_ascii_punctuation() && !opens(before) && after.is_alphanumeric())
    });
    if soft_only {
        return soft;
    }
    let clean = ends.iter().rev().copied().find(|&at| {
        let (before, after) = around(at);
        !before.is_some_and(opens) && !after.is_some_and(starts_no_line)
    });
    soft.or(clean)
        .or(ends.last().copied())
        .or_else(|| word.graphemes(true).next().map(str::len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_fits_is_one_line_trimmed_as_wrapping_would() {
        for text in ["", "   ", "  a  b  ", "日本語 text", "x\u{200b}y"] {
            for max in [1, 5, 40] {
                assert_eq!(wrap(text, max), fill_lines(text, max), "{text:?} at {max}");
            }
        }
    }

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

    /// Checks what every wrapping must hold: no line over `max` (a lone wide
    /// grapheme may fill a line of one cell), no whitespace at either end,
    /// and the lines are the text in order with only whitespace dropped.
    fn checked_wrap(text: &str, max: usize) -> Vec<String> {
        let lines = wrap(text, max);
        let mut rest = text;
        for line in &lines {
            let over = width(line) > max.max(1);
            assert!(
                !over || (max <= 1 && line.graphemes(true).count() == 1),
                "{text:?} at {max}: {lines:?}"
            );
            assert_eq!(line.trim(), line, "{text:?} at {max}: {lines:?}");
            rest = rest.trim_start();
            assert!(
                rest.starts_with(line.as_str()),
                "{text:?} at {max}: {lines:?}"
            );
            rest = &rest[line.len()..];
        }
        assert!(rest.trim().is_empty(), "{text:?} at {max}: lost {rest:?}");
        lines
    }

    #[test]
    fn the_ascii_shortcut_measures_as_the_general_rule_does() {
        let every_ascii: String = (0u8..=0x7f).map(char::from).collect();
        for text in [
            "",
            "Cache-Control: no-store",
            &every_ascii,
            "tab\there",
            "\r\n",
            "caf\u{e9}",
        ] {
            assert_eq!(width(text), UnicodeWidthStr::width(text), "{text:?}");
        }
        for b in 0u8..=0x7f {
            let text = format!("ab{}cd", char::from(b));
            assert_eq!(width(&text), UnicodeWidthStr::width(&*text), "{b:#x}");
        }
    }

    #[test]
    fn widths_are_counted_in_cells() {
        assert_eq!(
            checked_wrap("あいうえおかきくけこ", 10),
            ["あいうえお", "かきくけこ"]
        );
        assert_eq!(
            checked_wrap("あいうえおかきくけこ", 9),
            ["あいうえ", "おかきく", "けこ"]
        );
    }

    #[test]
    fn small_kana_and_the_prolonged_sound_mark_never_start_a_line() {
        for kana in
            "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー".chars()
        {
            let text = format!("ア{kana}ア{kana}アア{kana}{kana}ア");
            // From where ア and two small kana fit on a line.
            for max in 6..20 {
                let lines = checked_wrap(&text, max);
                assert!(
                    lines.iter().all(|line| !line.starts_with(kana)),
                    "{max}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        for mark in "。、，．：；！？）」』】》〉".chars() {
            let text = format!("日本{mark}語日本{mark}{mark}語");
            for max in 6..20 {
                let lines = checked_wrap(&text, max);
                assert!(
                    lines.iter().all(|line| !line.starts_with(mark)),
                    "{max}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn an_opening_bracket_of_any_kind_never_ends_a_line() {
        for open in "（「『【《〈".chars() {
            let text = format!("日本語{open}日本語 ab {open}cd");
            for max in 4..20 {
                let lines = checked_wrap(&text, max);
                assert!(
                    lines.iter().all(|line| !line.ends_with(open)),
                    "{max}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn identifiers_and_urls_stay_whole_when_they_fit() {
        for token in [
            "draft-ietf-httpbis-resumable-upload-11",
            "HTTP_STATUS_NOT_FOUND",
            "https://example.com/a-b",
            "Cache-Control",
        ] {
            for text in [
                format!("See {token} for the rules, and {token}."),
                format!("詳しくは{token}（{token}）を参照。"),
                format!("请参见 {token}，以及{token}。"),
            ] {
                // From where the token and the punctuation that clings to it
                // fit on one line.
                for max in width(token) + 4..80 {
                    let lines = checked_wrap(&text, max);
                    let whole = lines
                        .iter()
                        .map(|line| line.matches(token).count())
                        .sum::<usize>();
                    assert_eq!(whole, 2, "{max}: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn a_hyphen_between_letters_is_no_break_but_a_space_is() {
        assert_eq!(
            checked_wrap("Cache-Control max-age", 14),
            ["Cache-Control", "max-age"]
        );
        assert_eq!(checked_wrap("Cache-Control", 8), ["Cache-", "Control"]);
    }

    #[test]
    fn an_identifier_wider_than_the_line_is_split_after_punctuation() {
        assert_eq!(
            checked_wrap("draft-ietf-httpbis-resumable-upload-11", 20),
            ["draft-ietf-httpbis-", "resumable-upload-11"]
        );
        assert_eq!(
            checked_wrap("常量 HttpStatus.METHOD_FAILURE，已弃用", 20),
            ["常量 HttpStatus.", "METHOD_FAILURE，已弃", "用"]
        );
        // It starts on the line before when a piece of it fits there.
        assert_eq!(
            checked_wrap("See draft-ietf-httpbis-resumable-upload-11 for", 20),
            ["See draft-ietf-", "httpbis-resumable-", "upload-11 for"]
        );
    }

    #[test]
    fn a_word_without_punctuation_is_split_where_the_line_is_full() {
        assert_eq!(
            checked_wrap("日本語日本語日本", 5),
            ["日本", "語日", "本語", "日本"]
        );
        assert_eq!(
            checked_wrap("e\u{301}e\u{301}e\u{301}", 2),
            ["e\u{301}e\u{301}", "e\u{301}"]
        );
    }

    #[test]
    fn a_split_word_keeps_its_closing_punctuation_off_the_next_line() {
        assert_eq!(
            checked_wrap("(TokenMismatchException).", 24),
            ["(TokenMismatchExceptio", "n)."]
        );
        assert_eq!(
            checked_wrap("（TokenMismatchException）の際", 24),
            ["（TokenMismatchExceptio", "n）の際"]
        );
    }

    #[test]
    fn a_full_width_bracket_after_a_letter_may_start_a_line() {
        assert_eq!(
            checked_wrap("ETag（If-None-Match）", 17),
            ["ETag", "（If-None-Match）"]
        );
    }

    #[test]
    fn a_zero_width_space_allows_a_break() {
        assert_eq!(checked_wrap("foo\u{200b}bar", 4), ["foo\u{200b}", "bar"]);
    }

    #[test]
    fn whitespace_at_line_ends_is_dropped_and_inside_a_line_kept() {
        assert_eq!(checked_wrap("  a   b  ", 1), ["a", "b"]);
        assert_eq!(checked_wrap("  a  b  ", 10), ["a  b"]);
        assert_eq!(checked_wrap("日本　語", 4), ["日本", "語"]);
    }

    #[test]
    fn a_line_feed_starts_a_new_line() {
        assert_eq!(checked_wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(checked_wrap("a\n\nb\r\n", 10), ["a", "", "b"]);
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("   ", 10), [""]);
    }

    #[test]
    fn a_wide_character_takes_a_line_of_one_cell_alone() {
        assert_eq!(checked_wrap("日本", 1), ["日", "本"]);
        assert_eq!(checked_wrap("a日b", 0), ["a", "日", "b"]);
    }

    #[test]
    fn every_mix_keeps_the_invariants() {
        let pieces = [
            "a",
            "abcdefghijk",
            " ",
            "、",
            "（",
            "）",
            "日本",
            "ャ",
            "ー",
            "-",
            "e\u{301}",
            "\n",
            "https://x.y/z",
            "🇯🇵",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}{b}{a}");
                    for max in 0..12 {
                        checked_wrap(&text, max);
                    }
                }
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
