//! Unit tests of `text`.

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
        for line in wrap("在 TLS 1.3 的 early data 中发送的请求可能被重放。", max) {
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
