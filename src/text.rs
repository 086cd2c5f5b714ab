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
mod tests;
