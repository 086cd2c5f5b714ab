//! Line breaking over the whole catalogue: every text of every entry in
//! every language, wrapped at every width from 20 to 120, keeps the rules of
//! Unicode line breaking and of Japanese and Chinese typesetting.

use httpdex::text::{width, wrap};
use httpdex_catalog as catalog;
use httpdex_catalog::lang::Lang;
use unicode_width::UnicodeWidthChar;

/// Every text a person reads in an entry, in every language.
fn catalogue() -> Vec<&'static str> {
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        for entry in catalog::entries() {
            let text = entry.text(lang);
            texts.extend([text.title, text.meaning, text.scenario]);
            texts.extend(text.see_also);
            texts.extend(text.wire);
            texts.extend(text.status_note);
        }
    }
    texts
}

const NO_START: &str = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ\
                        。、，．：；！？）」』】》〉〕,.;:!?)]}";
const OPENING: &str = "（「『【《〈〔([{";

fn narrow_word_char(c: char) -> bool {
    !c.is_whitespace() && c.width().unwrap_or(0) < 2
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Count {
    bad_start: usize,
    bad_end: usize,
    /// An identifier split although it, with the brackets and punctuation
    /// that may not be parted from it, fits on a line.
    split_token: usize,
    /// An identifier split that fits alone but not with what clings to it:
    /// no layout keeps every rule then; not a violation.
    forced_split: usize,
    over_width: usize,
    /// Lines that are not the text in order with only whitespace dropped.
    lost: usize,
}

impl Count {
    fn violations(self) -> usize {
        self.bad_start + self.bad_end + self.split_token + self.over_width + self.lost
    }
}

/// Byte offsets in `text` where each line ends, or `None` if the lines are
/// not `text` with (runs of) whitespace at the breaks dropped.
fn line_ends(text: &str, lines: &[String]) -> Option<Vec<usize>> {
    let mut ends = Vec::new();
    let mut pos = 0;
    for line in lines {
        pos += text[pos..].len() - text[pos..].trim_start().len();
        let mut source = text[pos..].char_indices().peekable();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            let (_, s) = source.next()?;
            if c.is_whitespace() && s.is_whitespace() {
                // The old wrap collapses runs of spaces.
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                while source.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                    source.next();
                }
            } else if c != s {
                return None;
            }
        }
        pos += source.peek().map_or(text[pos..].len(), |(i, _)| *i);
        ends.push(pos);
    }
    text[pos..].trim().is_empty().then_some(ends)
}

/// Counts the violations in `lines`, the wrapping of `text` at `max`; with
/// `show`, prints each.
fn check(text: &str, lines: &[String], max: usize, count: &mut Count, show: bool) {
    for (n, line) in lines.iter().enumerate() {
        if line.chars().next().is_some_and(|c| NO_START.contains(c)) {
            count.bad_start += 1;
            if show {
                eprintln!("start {max}: {:?} / {line:?}", lines[n.saturating_sub(1)]);
            }
        }
        if line
            .chars()
            .next_back()
            .is_some_and(|c| OPENING.contains(c))
        {
            count.bad_end += 1;
            if show {
                eprintln!("end {max}: {line:?}");
            }
        }
        if width(line) > max {
            count.over_width += 1;
        }
    }
    let Some(ends) = line_ends(text, lines) else {
        count.lost += 1;
        return;
    };
    // Identifiers: runs of narrow non-space characters with a letter or digit.
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !narrow_word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && narrow_word_char(chars[j].1) {
            j += 1;
        }
        let start = chars[i].0;
        let end = chars.get(j).map_or(text.len(), |c| c.0);
        let token = &text[start..end];
        if token.chars().any(|c| c.is_ascii_alphanumeric())
            && ends.iter().any(|&e| e > start && e < end)
            && width(token) <= max
        {
            // What clings: opening brackets before, closing punctuation after.
            let mut from = i;
            while from > 0 && OPENING.contains(chars[from - 1].1) {
                from -= 1;
            }
            let mut to = j;
            while to < chars.len() && NO_START.contains(chars[to].1) {
                to += 1;
            }
            let unit = &text[chars[from].0..chars.get(to).map_or(text.len(), |c| c.0)];
            if show {
                eprintln!(
                    "split {max} {token:?} unit {} {:?}",
                    width(&text[chars[from].0..chars.get(to).map_or(text.len(), |c| c.0)]),
                    lines
                );
            }
            if width(unit) <= max {
                count.split_token += 1;
            } else {
                count.forced_split += 1;
            }
        }
        i = j;
    }
}

#[test]
fn the_checker_sees_each_kind_of_violation() {
    let mut count = Count::default();
    let text = "ヘッダー（Cache-Control、Expires）です";
    check(
        text,
        &[
            "ヘッダー（".into(),
            "Cache-".into(),
            "Control、Expires".into(),
            "）です".into(),
        ],
        20,
        &mut count,
        false,
    );
    assert_eq!(
        count,
        Count {
            bad_start: 1,
            bad_end: 1,
            split_token: 1,
            ..Count::default()
        }
    );
    let mut count = Count::default();
    check("abc def", &["abc def".into()], 5, &mut count, false);
    check("abc def", &["abc".into()], 5, &mut count, false);
    assert_eq!((count.over_width, count.lost), (1, 1));
}

#[test]
fn the_catalogue_wraps_without_violations() {
    // WRAP_SHOW=1 prints each violation.
    let show = std::env::var_os("WRAP_SHOW").is_some();
    let mut count = Count::default();
    for text in catalogue() {
        for max in 20..=120 {
            check(text, &wrap(text, max), max, &mut count, show);
        }
    }
    assert_eq!(count.violations(), 0, "{count:?}");
}
