//! A one-line editor for the search query: the text, a cursor and a
//! horizontal scroll, kept apart from the terminal so it can be tested alone.
//!
//! `tui-input` 0.15 measures cells correctly, but deletes words by UAX #29
//! segments (one CJK character, or `age` of `max-age`, per Ctrl-W), inserts
//! control characters as typed and recomputes the scroll on each draw, so the
//! text slides under a pinned cursor; this editor does what the search field
//! needs instead.
//!
//! The cursor moves by grapheme cluster, so an accented letter, a flag or an
//! emoji family is one step. Widths are terminal cells of whole graphemes.

use std::cell::Cell;

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};
use unicode_width::UnicodeWidthStr;

/// The query being edited.
#[derive(Debug, Clone, Default)]
pub struct LineEdit {
    text: String,
    /// Byte offset into `text`, always on a grapheme boundary.
    cursor: usize,
    /// Cells left of the field's edge at the last [`LineEdit::view`]. Kept so
    /// the text stays put while the cursor moves inside the field; a `Cell`
    /// because drawing only borrows the editor.
    scroll: Cell<usize>,
}

/// What a field of a given width shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct View<'a> {
    /// The visible part of the text, whole graphemes only: a wide character
    /// that would straddle the right edge is left out, the cell stays blank.
    pub text: &'a str,
    /// The cursor's column in the field, always below the width (0 for a
    /// field of width 0, which shows nothing).
    pub cursor: usize,
}

impl LineEdit {
    /// An editor holding `text` (control characters dropped), cursor at the end.
    pub(crate) fn new(text: &str) -> Self {
        let mut edit = Self::default();
        edit.insert_str(text);
        edit
    }

    /// The text as typed so far.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The cursor as a byte offset into [`LineEdit::text`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Types `c` at the cursor. Returns whether the text changed: a control
    /// character is dropped, as it would reach the terminal raw.
    pub(crate) fn insert(&mut self, c: char) -> bool {
        self.insert_str(c.encode_utf8(&mut [0; 4]))
    }

    /// Pastes `text` at the cursor, without its control characters. Returns
    /// whether the text changed.
    pub(crate) fn insert_str(&mut self, text: &str) -> bool {
        let clean: String = text.chars().filter(|c| !c.is_control()).collect();
        if clean.is_empty() {
            return false;
        }
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        self.snap();
        true
    }

    /// Moves one grapheme left. Returns whether the cursor moved.
    pub(crate) fn left(&mut self) -> bool {
        self.prev().is_some_and(|at| self.move_to(at))
    }

    /// Moves one grapheme right. Returns whether the cursor moved.
    pub(crate) fn right(&mut self) -> bool {
        self.next().is_some_and(|at| self.move_to(at))
    }

    /// Moves to the start. Returns whether the cursor moved.
    pub(crate) fn home(&mut self) -> bool {
        self.move_to(0)
    }

    /// Moves to the end. Returns whether the cursor moved.
    pub(crate) fn end(&mut self) -> bool {
        self.move_to(self.text.len())
    }

    /// Deletes the grapheme before the cursor. Returns whether the text changed.
    pub(crate) fn backspace(&mut self) -> bool {
        self.prev().is_some_and(|at| self.remove(at, self.cursor))
    }

    /// Deletes the grapheme under the cursor. Returns whether the text changed.
    pub(crate) fn delete(&mut self) -> bool {
        self.next().is_some_and(|at| self.remove(self.cursor, at))
    }

    /// Deletes the word before the cursor (Ctrl-W, Alt-Backspace), with the
    /// spaces and CJK punctuation between it and the cursor. Returns whether
    /// the text changed.
    ///
    /// Words are separated by whitespace, so `max-age=0` goes at once. CJK
    /// text has no spaces: there a word is a run of one script (Han, hiragana,
    /// katakana, Hangul), with kanji and the hiragana after them (送信する)
    /// taken together, and Chinese going back to the last punctuation mark.
    pub(crate) fn delete_word_before(&mut self) -> bool {
        let graphemes: Vec<(usize, Kind)> = self.text[..self.cursor]
            .grapheme_indices(true)
            .map(|(i, g)| (i, Kind::of(g)))
            .collect();
        let mut rest = graphemes.as_slice();
        while let [head @ .., (_, Kind::Space | Kind::Punct)] = rest {
            rest = head;
        }
        if let [.., (_, kind)] = rest {
            let kind = *kind;
            let run = |rest: &[(usize, Kind)], kind| {
                rest.len() - rest.iter().rev().take_while(|(_, k)| *k == kind).count()
            };
            let mut len = run(rest, kind);
            if kind == Kind::Hiragana {
                len = run(&rest[..len], Kind::Han);
            }
            rest = &rest[..len];
        }
        let from = graphemes.get(rest.len()).map_or(self.cursor, |(i, _)| *i);
        self.remove(from, self.cursor)
    }

    /// Deletes everything before the cursor (Ctrl-U). Returns whether the text
    /// changed.
    pub(crate) fn kill_to_start(&mut self) -> bool {
        self.remove(0, self.cursor)
    }

    /// Deletes everything from the cursor on (Ctrl-K). Returns whether the
    /// text changed.
    pub(crate) fn kill_to_end(&mut self) -> bool {
        self.remove(self.cursor, self.text.len())
    }

    /// The part of the text a field `width` cells wide shows, and where the
    /// cursor is in it.
    ///
    /// The text scrolls only as far as needed to keep the cursor, and the
    /// grapheme under it, inside the field; it never starts inside a wide
    /// character, and it shows no empty cells on the right while text is
    /// hidden on the left.
    pub(crate) fn view(&self, width: usize) -> View<'_> {
        if width == 0 {
            return View {
                text: "",
                cursor: 0,
            };
        }
        let before = cells(&self.text[..self.cursor]);
        // One cell for the cursor past the end; a wide grapheme under it needs
        // two, unless the field has only one.
        let under = self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(1, |g| cells(g).max(1))
            .min(width);
        // The cell after the text is where the cursor goes at the end.
        let room = (cells(&self.text) + 1).saturating_sub(width);
        let mut scroll = self.scroll.get().min(room).min(before);
        if before + under > scroll + width {
            scroll = before + under - width;
        }
        // Start at the first grapheme that begins at or right of `scroll`; the
        // cursor's grapheme is one, so the start is never past the cursor.
        let (mut start, mut start_cells) = (self.cursor, before);
        let mut x = 0;
        for (i, g) in self.text.grapheme_indices(true) {
            if x >= scroll {
                (start, start_cells) = (i, x);
                break;
            }
            x += cells(g);
        }
        self.scroll.set(start_cells);
        let mut end = start;
        let mut used = 0;
        for g in self.text[start..].graphemes(true) {
            let w = cells(g);
            if used + w > width {
                break;
            }
            used += w;
            end += g.len();
        }
        View {
            text: &self.text[start..end],
            cursor: before - start_cells,
        }
    }

    fn move_to(&mut self, at: usize) -> bool {
        let moved = self.cursor != at;
        self.cursor = at;
        moved
    }

    fn remove(&mut self, from: usize, to: usize) -> bool {
        if from == to {
            return false;
        }
        self.text.replace_range(from..to, "");
        self.cursor = from;
        self.snap();
        true
    }

    fn prev(&self) -> Option<usize> {
        GraphemeCursor::new(self.cursor, self.text.len(), true)
            .prev_boundary(&self.text, 0)
            .ok()
            .flatten()
    }

    fn next(&self) -> Option<usize> {
        GraphemeCursor::new(self.cursor, self.text.len(), true)
            .next_boundary(&self.text, 0)
            .ok()
            .flatten()
    }

    /// Moves the cursor forward to a grapheme boundary after an edit joined
    /// the characters around it into one grapheme (a second regional
    /// indicator making a flag, a vowel jamo a Hangul syllable).
    fn snap(&mut self) {
        let boundary = GraphemeCursor::new(self.cursor, self.text.len(), true)
            .is_boundary(&self.text, 0)
            .unwrap_or(true);
        if !boundary {
            self.cursor = self.next().unwrap_or(self.text.len());
        }
    }
}

/// Display width of a whole grapheme or string, in cells.
fn cells(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// What a grapheme counts as when deleting a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Space,
    /// CJK punctuation and full-width symbols, which end a word as a space does.
    Punct,
    Han,
    Hiragana,
    /// Katakana with its prolonged sound mark ー, full- or half-width.
    Katakana,
    Hangul,
    /// Latin letters, digits, ASCII punctuation, emoji and everything else.
    Other,
}

impl Kind {
    fn of(grapheme: &str) -> Self {
        let Some(c) = grapheme.chars().next() else {
            return Self::Other;
        };
        match c {
            c if c.is_whitespace() => Self::Space,
            '々'
            | '〆'
            | '〇'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
            | '\u{20000}'..='\u{3ffff}' => Self::Han,
            '\u{3040}'..='\u{309f}' => Self::Hiragana,
            '・' | '･' => Self::Punct,
            '\u{30a0}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => {
                Self::Katakana
            }
            '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}' => {
                Self::Hangul
            }
            // Full-width digits and letters are part of words.
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => Self::Other,
            '\u{3000}'..='\u{303f}' | '\u{fe10}'..='\u{fe1f}' | '\u{fe30}'..='\u{fe4f}' => {
                Self::Punct
            }
            '\u{ff00}'..='\u{ff65}' => Self::Punct,
            _ => Self::Other,
        }
    }
}

#[cfg(test)]
mod tests {
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
}
