//! httpdex's catalogue of status codes, compiled in, and the questions
//! asked of it: entries by code, class or id, libraries, nearby codes, and
//! the texts and strings of each language ([`Lang`]), and what a search
//! reads of each entry ([`Field`]).
//!
//! The build script checks the asset files (with `httpdex-assets`) and
//! writes them as the statics included below, so the data is in place when
//! the program starts: nothing to parse, decode or fail at run time.

mod entry;
pub mod lang;
mod searchable;

pub use entry::{ClassText, Constant, Entry, EntryText, Former, Header, Library, Registration};
pub use httpdex_model::strings;
pub use httpdex_model::{Cache, Category, Class, Level, Redirect, RedirectMethod, Side, Status};
pub use lang::Lang;
pub use searchable::Field;
use strings::Strings;

/// Everything one language says: its own name, its strings, and the text of
/// every class and entry.
#[derive(Debug)]
pub struct Texts {
    /// The language's own name for itself ("日本語").
    pub name: &'static str,
    pub strings: Strings,
    classes: [ClassText; Class::ALL.len()],
    /// The words of each header condition, indexed by `Header::condition`.
    conditions: &'static [&'static str],
    /// Entry texts, in catalogue order.
    entries: &'static [EntryText],
}

impl Texts {
    /// The localized name and description of a class.
    #[must_use]
    pub fn class(&self, class: Class) -> &ClassText {
        &self.classes[class.index()]
    }

    /// The words of a header condition.
    #[must_use]
    pub fn condition(&self, index: usize) -> &'static str {
        self.conditions[index]
    }
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

impl Lang {
    /// Everything this language says.
    #[must_use]
    pub fn texts(self) -> &'static Texts {
        &LANGUAGES[self.index()]
    }

    /// This language's labels, messages and hints.
    #[must_use]
    pub fn strings(self) -> &'static Strings {
        &self.texts().strings
    }
}

impl Entry {
    /// This entry's text in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> &'static EntryText {
        &lang.texts().entries[self.index]
    }
}

/// Every entry, by class and then by code.
#[must_use]
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The libraries whose constants are known, in display order.
#[must_use]
pub fn libraries() -> &'static [Library] {
    &LIBRARIES
}

/// The entry with this id.
#[must_use]
pub fn entry(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| entry.id == id)
}

/// The entries with this code (several where vendors disagree).
pub fn by_code(code: u16) -> impl Iterator<Item = &'static Entry> {
    ENTRIES.iter().filter(move |entry| entry.code == code)
}

/// The entries of one class, in code order.
pub fn by_class(class: Class) -> impl Iterator<Item = &'static Entry> {
    ENTRIES.iter().filter(move |entry| entry.class == class)
}

/// The library with this `--constant` key, in any case.
#[must_use]
pub fn library(key: &str) -> Option<usize> {
    LIBRARIES
        .iter()
        .position(|library| library.key.eq_ignore_ascii_case(key))
}

/// Up to `limit` known codes nearest to `code`, nearest first.
#[must_use]
pub fn near_codes(code: u32, limit: usize) -> Vec<u16> {
    let mut codes: Vec<u16> = ENTRIES.iter().map(|entry| entry.code).collect();
    codes.sort_unstable();
    codes.dedup();
    codes.sort_by_key(|&known| (u32::from(known).abs_diff(code), known));
    codes.truncate(limit);
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_ordered_by_code_and_know_their_index() {
        for (index, entry) in entries().iter().enumerate() {
            assert_eq!(entry.index, index);
        }
        assert!(
            entries()
                .windows(2)
                .all(|w| (w[0].class, w[0].code) <= (w[1].class, w[1].code))
        );
    }

    #[test]
    fn every_language_has_a_text_for_every_entry() {
        for lang in Lang::ALL {
            assert_eq!(lang.texts().entries.len(), entries().len());
            for entry in entries() {
                assert_eq!(entry.text(lang).see_also.len(), entry.see_also.len());
            }
        }
    }

    #[test]
    fn near_codes_are_nearest_first_without_repeats() {
        assert_eq!(near_codes(405, 3), [405, 404, 406]);
        assert_eq!(near_codes(998, 1), [999]);
    }

    #[test]
    fn libraries_are_found_by_key_in_any_case() {
        assert_eq!(library("GO").map(|i| libraries()[i].key), Some("go"));
        assert_eq!(library("cobol"), None);
    }
}
