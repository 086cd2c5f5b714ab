//! Unit tests of `lineedit`.

use super::*;

/// An editor with `text` and the cursor before the `at`-th grapheme.
fn at(text: &str, at: usize) -> LineEdit {
    let mut edit = LineEdit::new(text);
    edit.home();
    for _ in 0..at {
        assert!(edit.right());
    }
    edit
}

/// Byte offset of the view's text in the editor's text.
fn view_start(edit: &LineEdit, view: &View) -> usize {
    view.text.as_ptr() as usize - edit.text().as_ptr() as usize
}

/// Checks what every view must hold and returns it.
fn checked_view(edit: &LineEdit, width: usize) -> View<'_> {
    let view = edit.view(width);
    let start = view_start(edit, &view);
    assert!(cells(view.text) <= width, "{view:?} at {width}");
    assert!(start <= edit.cursor(), "{view:?}");
    assert_eq!(view.cursor, cells(&edit.text()[start..edit.cursor()]));
    if width > 0 {
        assert!(view.cursor < width, "{view:?} at {width}");
    }
    assert_eq!(edit.view(width), view, "a second draw differs");
    view
}

#[test]
fn typing_inserts_at_the_cursor() {
    let mut edit = LineEdit::new("ac");
    assert_eq!(edit.cursor(), 2);
    assert!(edit.left());
    assert!(edit.insert('b'));
    assert_eq!(edit.text(), "abc");
    assert_eq!(edit.cursor(), 2);
    assert!(edit.end());
    assert!(edit.insert('日'));
    assert!(edit.insert('🙂'));
    assert_eq!(edit.text(), "abc日🙂");
    assert_eq!(edit.cursor(), edit.text().len());
}

#[test]
fn control_characters_are_dropped() {
    let mut edit = LineEdit::default();
    for c in ['\u{1b}', '\t', '\n', '\r', '\u{7f}', '\u{9b}', '\0'] {
        assert!(!edit.insert(c), "{c:?}");
    }
    assert_eq!(edit.text(), "");
    assert!(!edit.insert_str("\u{1b}\u{7}"));
    assert!(edit.insert_str("a\u{1b}[31m\tb\r\n"));
    assert_eq!(edit.text(), "a[31mb");
    assert_eq!(LineEdit::new("x\u{1b}y").text(), "xy");
}

#[test]
fn a_pasted_string_goes_in_whole_at_the_cursor() {
    let mut edit = at("ab", 1);
    assert!(edit.insert_str("日本 x"));
    assert_eq!(edit.text(), "a日本 xb");
    assert_eq!(edit.cursor(), "a日本 x".len());
}

#[test]
fn zero_width_joiners_and_variation_selectors_stay() {
    let family = "👨\u{200d}👩\u{200d}👧";
    let mut edit = LineEdit::new(family);
    edit.insert_str("❤\u{fe0f}");
    assert_eq!(edit.text(), format!("{family}❤\u{fe0f}"));
}

#[test]
fn the_cursor_moves_by_grapheme() {
    let text = "e\u{301}🇯🇵👨\u{200d}👩\u{200d}👧日a";
    let mut edit = LineEdit::new(text);
    let mut stops = vec![edit.cursor()];
    while edit.left() {
        stops.push(edit.cursor());
    }
    stops.reverse();
    let expected: Vec<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    assert_eq!(stops, expected);
    let mut forward = vec![edit.cursor()];
    while edit.right() {
        forward.push(edit.cursor());
    }
    assert_eq!(forward, expected);
}

#[test]
fn moves_at_the_edges_report_no_change() {
    let mut edit = LineEdit::new("ab");
    assert!(!edit.right());
    assert!(!edit.end());
    assert!(edit.home());
    assert!(!edit.left());
    assert!(!edit.home());
    assert!(!edit.backspace());
    assert!(edit.end());
    assert!(!edit.delete());
    let mut empty = LineEdit::default();
    assert!(!empty.left() && !empty.right() && !empty.backspace() && !empty.delete());
    assert!(!empty.delete_word_before() && !empty.kill_to_start() && !empty.kill_to_end());
}

#[test]
fn backspace_and_delete_remove_a_whole_grapheme() {
    let mut edit = LineEdit::new("ae\u{301}👨\u{200d}👩\u{200d}👧");
    assert!(edit.backspace());
    assert_eq!(edit.text(), "ae\u{301}");
    assert!(edit.backspace());
    assert_eq!(edit.text(), "a");
    let mut edit = at("日🇯🇵本", 1);
    assert!(edit.delete());
    assert_eq!(edit.text(), "日本");
    assert_eq!(edit.cursor(), "日".len());
    assert!(edit.delete());
    assert_eq!(edit.text(), "日");
}

#[test]
fn the_cursor_never_rests_inside_a_grapheme() {
    // A second regional indicator turns the one after the cursor into a
    // flag: the cursor goes past the flag, not into it.
    let mut edit = at("🇵", 0);
    assert!(edit.insert('🇯'));
    assert_eq!(edit.text(), "🇯🇵");
    assert_eq!(edit.cursor(), edit.text().len());
    // A base letter typed before a lone combining mark takes the mark.
    let mut edit = at("\u{301}x", 0);
    edit.insert('e');
    assert_eq!(edit.cursor(), "e\u{301}".len());
    // Deleting what stood between a Hangul initial and vowel joins them.
    let mut edit = at("\u{1100}a\u{1161}", 2);
    assert!(edit.backspace());
    assert_eq!(edit.text(), "\u{1100}\u{1161}");
    assert_eq!(edit.cursor(), edit.text().len());
}

/// The texts left after pressing Ctrl-W again and again at the end.
fn word_deletions(text: &str) -> Vec<String> {
    let mut edit = LineEdit::new(text);
    let mut left = Vec::new();
    while edit.delete_word_before() {
        left.push(edit.text().to_owned());
    }
    left
}

#[test]
fn words_are_separated_by_whitespace() {
    assert_eq!(
        word_deletions("Cache-Control: max-age=0  "),
        ["Cache-Control: ", ""]
    );
    assert_eq!(word_deletions("   "), [""]);
    assert_eq!(
        word_deletions("draft-ietf-httpbis-resumable-upload-11"),
        [""]
    );
}

#[test]
fn a_word_before_the_cursor_in_the_middle_goes_alone() {
    let mut edit = LineEdit::new("foo bar baz");
    for _ in 0..4 {
        edit.left();
    }
    assert!(edit.delete_word_before());
    assert_eq!(edit.text(), "foo  baz");
    assert_eq!(edit.cursor(), 4);
}

#[test]
fn japanese_words_are_runs_of_one_script() {
    assert_eq!(
        word_deletions("リクエストが早すぎます"),
        ["リクエストが", "リクエスト", ""]
    );
    assert_eq!(
        word_deletions("ヘッダー（Cache-Control、Expires）"),
        ["ヘッダー（Cache-Control、", "ヘッダー（", ""]
    );
    assert_eq!(word_deletions("HTTPのエラー"), ["HTTPの", "HTTP", ""]);
    assert_eq!(word_deletions("ｷｬｯｼｭ・ヘッダー"), ["ｷｬｯｼｭ・", ""]);
}

#[test]
fn chinese_goes_back_to_the_last_punctuation_mark() {
    assert_eq!(word_deletions("发送的，可能被重放。"), ["发送的，", ""]);
    assert_eq!(word_deletions("重放 攻击"), ["重放 ", ""]);
}

#[test]
fn hangul_and_full_width_letters_make_words() {
    assert_eq!(
        word_deletions("요청이 너무 많음"),
        ["요청이 너무 ", "요청이 ", ""]
    );
    assert_eq!(word_deletions("状态码ＡＢＣ１"), ["状态码", ""]);
}

#[test]
fn kills_remove_one_side_of_the_cursor() {
    let mut edit = at("日本語 text", 2);
    assert!(edit.kill_to_end());
    assert_eq!(edit.text(), "日本");
    assert_eq!(edit.cursor(), "日本".len());
    assert!(!edit.kill_to_end());
    let mut edit = at("日本語 text", 2);
    assert!(edit.kill_to_start());
    assert_eq!(edit.text(), "語 text");
    assert_eq!(edit.cursor(), 0);
    assert!(!edit.kill_to_start());
}

#[test]
fn a_short_text_is_shown_whole() {
    let edit = LineEdit::new("abc");
    assert_eq!(
        checked_view(&edit, 10),
        View {
            text: "abc",
            cursor: 3
        }
    );
    let edit = at("日本語", 1);
    assert_eq!(
        checked_view(&edit, 10),
        View {
            text: "日本語",
            cursor: 2
        }
    );
}

#[test]
fn the_cursor_at_the_end_gets_a_cell_of_its_own() {
    let edit = LineEdit::new("abcde");
    assert_eq!(
        checked_view(&edit, 5),
        View {
            text: "bcde",
            cursor: 4
        }
    );
    let edit = LineEdit::new("日本語テキスト");
    assert_eq!(
        checked_view(&edit, 5),
        View {
            text: "スト",
            cursor: 4
        }
    );
    // 11 cells would start inside テ..ト: the view starts at ト instead.
    assert_eq!(
        checked_view(&edit, 4),
        View {
            text: "ト",
            cursor: 2
        }
    );
}

#[test]
fn a_wide_character_at_the_right_edge_is_left_out() {
    let edit = at("日本語", 0);
    assert_eq!(
        checked_view(&edit, 5),
        View {
            text: "日本",
            cursor: 0
        }
    );
    let edit = at("a日本語", 0);
    assert_eq!(
        checked_view(&edit, 4),
        View {
            text: "a日",
            cursor: 0
        }
    );
}

#[test]
fn the_cursor_on_a_wide_character_shows_all_of_it() {
    // The cursor on 本 at the right edge: 本 must fit, so the text scrolls.
    let edit = at("ab日本", 3);
    assert_eq!(
        checked_view(&edit, 5),
        View {
            text: "b日本",
            cursor: 3
        }
    );
}

#[test]
fn a_field_one_cell_wide_shows_the_grapheme_under_the_cursor_if_narrow() {
    let mut edit = LineEdit::new("a日");
    assert_eq!(
        checked_view(&edit, 1),
        View {
            text: "",
            cursor: 0
        }
    );
    edit.left();
    // 日 does not fit in one cell.
    assert_eq!(
        checked_view(&edit, 1),
        View {
            text: "",
            cursor: 0
        }
    );
    edit.left();
    assert_eq!(
        checked_view(&edit, 1),
        View {
            text: "a",
            cursor: 0
        }
    );
}

#[test]
fn a_field_of_width_zero_shows_nothing() {
    let edit = LineEdit::new("日本");
    assert_eq!(
        edit.view(0),
        View {
            text: "",
            cursor: 0
        }
    );
    assert_eq!(
        LineEdit::default().view(0),
        View {
            text: "",
            cursor: 0
        }
    );
}

#[test]
fn an_empty_text_shows_the_cursor_at_the_left() {
    assert_eq!(
        checked_view(&LineEdit::default(), 8),
        View {
            text: "",
            cursor: 0
        }
    );
}

#[test]
fn combining_marks_and_emoji_take_the_cells_of_their_grapheme() {
    let edit = LineEdit::new("e\u{301}e\u{301}e\u{301}e\u{301}");
    assert_eq!(
        checked_view(&edit, 3),
        View {
            text: "e\u{301}e\u{301}",
            cursor: 2
        }
    );
    let family = "👨\u{200d}👩\u{200d}👧";
    let edit = LineEdit::new(&format!("{family}{family}{family}"));
    let view = checked_view(&edit, 5);
    assert_eq!(view.text, format!("{family}{family}"));
    assert_eq!(view.cursor, 4);
}

#[test]
fn the_text_stays_put_while_the_cursor_moves_inside_the_field() {
    let mut edit = LineEdit::new("0123456789abcdefghij");
    assert_eq!(checked_view(&edit, 10).text, "bcdefghij");
    for col in (0..9).rev() {
        edit.left();
        assert_eq!(
            checked_view(&edit, 10),
            View {
                text: "bcdefghij",
                cursor: col
            }
        );
    }
    // Past the left edge the text follows the cursor.
    edit.left();
    assert_eq!(
        checked_view(&edit, 10),
        View {
            text: "abcdefghij",
            cursor: 0
        }
    );
    edit.home();
    assert_eq!(checked_view(&edit, 10).text, "0123456789");
    edit.right();
    assert_eq!(
        checked_view(&edit, 10),
        View {
            text: "0123456789",
            cursor: 1
        }
    );
}

#[test]
fn deleting_at_the_end_brings_hidden_text_back_into_the_field() {
    let mut edit = LineEdit::new("0123456789abcdefghij");
    assert_eq!(checked_view(&edit, 10).text, "bcdefghij");
    edit.kill_to_end();
    edit.backspace();
    edit.backspace();
    assert_eq!(
        checked_view(&edit, 10),
        View {
            text: "9abcdefgh",
            cursor: 9
        }
    );
    assert!(edit.kill_to_start());
    assert_eq!(
        checked_view(&edit, 10),
        View {
            text: "",
            cursor: 0
        }
    );
}

#[test]
fn a_resized_field_keeps_the_cursor_visible() {
    let mut edit = LineEdit::new("日本語のテキストと English text");
    for _ in 0..10 {
        edit.left();
    }
    for width in [40, 3, 1, 2, 7, 40, 12] {
        checked_view(&edit, width);
    }
    assert_eq!(edit.view(40).text, edit.text());
}

#[test]
fn very_long_mixed_text_keeps_every_view_within_the_field() {
    let piece = "Retry-After 日本語 e\u{301} 🇯🇵 ヘッダー（Cache-Control） ";
    let mut edit = LineEdit::new(&piece.repeat(150));
    let steps = edit.text().graphemes(true).count();
    for step in 0..=steps {
        if step % 97 == 0 || step + 3 > steps {
            for width in [1, 2, 3, 9, 30, 79] {
                checked_view(&edit, width);
            }
        }
        edit.left();
    }
    assert_eq!(edit.cursor(), 0);
    assert!(edit.kill_to_end());
    assert_eq!(edit.text(), "");
}
