//! Normalisation: NFKC one character at a time, each character keeping
//! the bytes of the text it came from, and what tokenising asks of it.

use unicode_normalization::char::{
    canonical_combining_class, compose, decompose_compatible, is_combining_mark,
};

/// A character of NFKC-normalised text and the byte range of the original text
/// it came from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NChar {
    pub(crate) c: char,
    /// What tokenising asks of `c`, worked out once: `cjk_script(c)` and
    /// [`char_class`].
    pub(crate) script: Option<Script>,
    pub(crate) class: u8,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl NChar {
    pub(crate) fn new(c: char, start: usize, end: usize) -> NChar {
        let script = cjk_script(c);
        NChar {
            c,
            script,
            class: char_class(c, script),
            start,
            end,
        }
    }

    pub(crate) fn is(&self, class: u8) -> bool {
        self.class & class != 0
    }
}

/// Bits of [`char_class`]: a letter, digit or mark outside the CJK scripts
/// (part of a Latin word); [`is_joiner`]; [`is_segment_break`]; uppercase;
/// lowercase.
pub(crate) const WORD: u8 = 1;
pub(crate) const JOINER: u8 = 2;
pub(crate) const SEGMENT_BREAK: u8 = 4;
pub(crate) const UPPER: u8 = 8;
pub(crate) const LOWER: u8 = 16;

pub(crate) fn char_class(c: char, script: Option<Script>) -> u8 {
    // CJK characters are in no Latin word, and have no case.
    if script.is_some() {
        return 0;
    }
    let mut class = 0;
    if is_word_char(c) {
        class |= WORD;
    }
    if is_joiner(c) {
        class |= JOINER;
    }
    if is_segment_break(c) {
        class |= SEGMENT_BREAK;
    }
    if c.is_uppercase() {
        class |= UPPER;
    }
    if c.is_lowercase() {
        class |= LOWER;
    }
    class
}

/// [`char_class`] of the ASCII characters, looked up rather than worked
/// out for every character of English text.
pub(crate) const ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0; 128];
    let mut b: u8 = 0;
    while b < 128 {
        let c = b as char;
        let mut class = 0;
        if c.is_ascii_alphanumeric() {
            class |= WORD;
        }
        if is_joiner(c) {
            class |= JOINER;
        }
        if is_segment_break(c) {
            class |= SEGMENT_BREAK;
        }
        if c.is_ascii_uppercase() {
            class |= UPPER;
        }
        if c.is_ascii_lowercase() {
            class |= LOWER;
        }
        classes[b as usize] = class;
        b += 1;
    }
    classes
};

/// NFKC, one character at a time so every output character keeps its source
/// bytes: compatibility decomposition, then canonical composition with the
/// last starter (what `.nfkc()` does, except that marks spread over several
/// source characters are not reordered).
pub(crate) fn normalize(text: &str) -> Vec<NChar> {
    let mut out = Vec::new();
    normalize_into(text, &mut out);
    out
}

/// [`normalize`] into a buffer kept from one value to the next.
pub(crate) fn normalize_into(text: &str, out: &mut Vec<NChar>) {
    out.clear();
    out.reserve(text.len());
    let mut starter = None;
    for (start, ch) in text.char_indices() {
        let end = start + ch.len_utf8();
        if ch.is_ascii() {
            out.push(NChar {
                c: ch,
                script: None,
                class: ASCII_CLASSES[ch as usize],
                start,
                end,
            });
            starter = Some(out.len() - 1);
        } else if let Some(n) = inert(ch, start, end) {
            out.push(n);
            starter = Some(out.len() - 1);
        } else {
            decompose_compatible(ch, |d| push_composed(out, &mut starter, d, start, end));
        }
    }
}

/// Characters that NFKC leaves as they are whatever surrounds them: kana,
/// ideographs and CJK punctuation, most of the catalogue's non-ASCII text.
/// Each is a starter whose decomposition composes back to it alone and
/// begins with a character that never ends a composition, so it cannot
/// join the starter before it (checked for every one in the tests). Gives
/// the character as [`NChar::new`] would, with its script known from the
/// range it is in and no [`char_class`] bit.
pub(crate) fn inert(c: char, start: usize, end: usize) -> Option<NChar> {
    let script = match c {
        '\u{3005}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => Some(Script::Han),
        '\u{3041}'..='\u{3096}' => Some(Script::Hiragana),
        '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FE}' => Some(Script::Katakana),
        '\u{3001}'..='\u{3002}' | '\u{300C}'..='\u{300F}' => None,
        _ => return None,
    };
    Some(NChar {
        c,
        script,
        class: 0,
        start,
        end,
    })
}

pub(crate) fn push_composed(
    out: &mut Vec<NChar>,
    starter: &mut Option<usize>,
    c: char,
    start: usize,
    end: usize,
) {
    let class = canonical_combining_class(c);
    if let Some(s) = *starter {
        let between = &out[s + 1..];
        // Composition is blocked by a mark of the same or higher class in
        // between; long runs of marks (garbage input) are left uncomposed.
        let open = if class == 0 {
            between.is_empty()
        } else {
            between.len() < 32
                && between.iter().all(|n| {
                    let k = canonical_combining_class(n.c);
                    k != 0 && k < class
                })
        };
        if open && let Some(composed) = compose(out[s].c, c) {
            out[s] = NChar::new(composed, out[s].start, out[s].end.max(end));
            return;
        }
    }
    out.push(NChar::new(c, start, end));
    if class == 0 {
        *starter = Some(out.len() - 1);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Han,
    Hiragana,
    Katakana,
}

/// The scripts written without spaces, which are cut into bigrams.
pub(crate) fn cjk_script(c: char) -> Option<Script> {
    // All of Latin, in one comparison rather than one per range below.
    if c < '\u{3005}' {
        return None;
    }
    match c {
        '\u{3041}'..='\u{309F}' => Some(Script::Hiragana),
        '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => {
            Some(Script::Katakana)
        }
        '\u{3005}'
        | '\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}' => Some(Script::Han),
        _ => None,
    }
}

pub(crate) fn is_word_char(c: char) -> bool {
    // No ASCII character is a combining mark; this spares the table look-up.
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Punctuation that joins the parts of one identifier or compound word.
pub(crate) const fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '_' | '-' | '.' | '/' | ':' | '\'' | '\u{2019}' | '\u{2010}'
    )
}

/// Joiners that separate the names in a path (`HttpStatusCode.NotFound`),
/// each of which also stands as a compound of its own.
pub(crate) const fn is_segment_break(c: char) -> bool {
    matches!(c, '.' | '/' | ':')
}
