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
mod tests;
