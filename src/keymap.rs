//! Keys and what they do: the one binding table behind dispatch, the footer
//! hints and the help overlay, so the three can never disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::catalog::{Class, Ui};

/// What the browser is doing, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Moving through the list (the start).
    Browse,
    /// Typing into the search bar.
    Search,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Browse,
    Search,
    /// In both modes.
    Anywhere,
}

impl Scope {
    fn applies(self, mode: Mode) -> bool {
        matches!(
            (self, mode),
            (Scope::Anywhere, _) | (Scope::Browse, Mode::Browse) | (Scope::Search, Mode::Search)
        )
    }

    /// Every scope, in the order the help overlay lists them.
    pub const ALL: [Scope; 3] = [Scope::Browse, Scope::Search, Scope::Anywhere];
}

/// Everything a key (or mouse) can ask the browser to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Select the previous code, wrapping to the last.
    Up,
    /// Select the next code, wrapping to the first.
    Down,
    /// Move the selection up by a screenful.
    PageUp,
    /// Move the selection down by a screenful.
    PageDown,
    /// Select the first code.
    Top,
    /// Select the last code.
    Bottom,
    /// Select the first shown code of a class.
    JumpClass(Class),
    /// Put the cursor in the search bar.
    FocusSearch,
    /// Scroll the detail pane up a line.
    ScrollDetailUp,
    /// Scroll the detail pane down a line.
    ScrollDetailDown,
    /// Switch to the next language.
    CycleLanguage,
    /// Open or close the help overlay.
    ToggleHelp,
    /// On a small screen, show the detail pane instead of the list, or back.
    ToggleDetail,
    /// Add a character to the search.
    Type(char),
    /// Remove the last character of the search.
    Delete,
    /// Leave the search bar, keeping the filter.
    KeepFilter,
    /// Empty the search and leave the search bar.
    ClearFilter,
}

/// A key pattern of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key with exactly these modifiers (Shift is ignored for characters,
    /// since it is already in the character).
    Code(KeyCode, KeyModifiers),
    /// Any printable character without Control or Alt.
    AnyChar,
}

const fn plain(code: KeyCode) -> Key {
    Key::Code(code, KeyModifiers::NONE)
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

/// One row of the table: keys, how they are shown, and what they do.
#[derive(Debug)]
pub struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    /// How the keys are written in hints; `None` hides the row (it is
    /// covered by a neighbour's hint, as 2 to 5 are by "1-5").
    pub shown: Option<&'static str>,
    pub action: Action,
    /// Whether the footer shows it, besides the help overlay.
    pub footer: bool,
    pub describe: fn(&Ui) -> &str,
}

/// The binding table. The first row whose scope and key match wins.
pub const BINDINGS: &[Binding] = &[
    Binding {
        scope: Scope::Anywhere,
        keys: &[Key::Code(KeyCode::Char('c'), KeyModifiers::CONTROL)],
        shown: Some("Ctrl-C"),
        action: Action::Quit,
        footer: false,
        describe: |ui| &ui.action_quit,
    },
    Binding {
        scope: Scope::Anywhere,
        keys: &[plain(KeyCode::F(2))],
        shown: Some("F2"),
        action: Action::CycleLanguage,
        footer: false,
        describe: |ui| &ui.action_language,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[plain(KeyCode::Up), plain(KeyCode::Down), ch('k'), ch('j')],
        shown: Some("↑↓ j k"),
        action: Action::Down,
        footer: true,
        describe: |ui| &ui.action_move,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)],
        shown: Some("PgUp PgDn"),
        action: Action::PageDown,
        footer: false,
        describe: |ui| &ui.action_page,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[plain(KeyCode::Home), plain(KeyCode::End), ch('g'), ch('G')],
        shown: Some("Home End g G"),
        action: Action::Bottom,
        footer: false,
        describe: |ui| &ui.action_ends,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('1')],
        shown: Some("1-5"),
        action: Action::JumpClass(Class::Informational),
        footer: false,
        describe: |ui| &ui.action_jump_class,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('2')],
        shown: None,
        action: Action::JumpClass(Class::Successful),
        footer: false,
        describe: |ui| &ui.action_jump_class,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('3')],
        shown: None,
        action: Action::JumpClass(Class::Redirection),
        footer: false,
        describe: |ui| &ui.action_jump_class,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('4')],
        shown: None,
        action: Action::JumpClass(Class::ClientError),
        footer: false,
        describe: |ui| &ui.action_jump_class,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('5')],
        shown: None,
        action: Action::JumpClass(Class::ServerError),
        footer: false,
        describe: |ui| &ui.action_jump_class,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('/')],
        shown: Some("/"),
        action: Action::FocusSearch,
        footer: true,
        describe: |ui| &ui.action_search,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('u'), ch('d')],
        shown: Some("u d"),
        action: Action::ScrollDetailDown,
        footer: false,
        describe: |ui| &ui.action_scroll_detail,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[plain(KeyCode::Tab), plain(KeyCode::Enter)],
        shown: Some("Tab"),
        action: Action::ToggleDetail,
        footer: false,
        describe: |ui| &ui.action_toggle_detail,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('L')],
        shown: Some("L"),
        action: Action::CycleLanguage,
        footer: true,
        describe: |ui| &ui.action_language,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('?')],
        shown: Some("?"),
        action: Action::ToggleHelp,
        footer: true,
        describe: |ui| &ui.action_help,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ch('q'), plain(KeyCode::Esc)],
        shown: Some("q Esc"),
        action: Action::Quit,
        footer: true,
        describe: |ui| &ui.action_quit,
    },
    Binding {
        scope: Scope::Search,
        keys: &[plain(KeyCode::Up), plain(KeyCode::Down)],
        shown: Some("↑↓"),
        action: Action::Down,
        footer: true,
        describe: |ui| &ui.action_move,
    },
    Binding {
        scope: Scope::Search,
        keys: &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)],
        shown: Some("PgUp PgDn"),
        action: Action::PageDown,
        footer: false,
        describe: |ui| &ui.action_page,
    },
    Binding {
        scope: Scope::Search,
        keys: &[plain(KeyCode::Enter)],
        shown: Some("Enter"),
        action: Action::KeepFilter,
        footer: true,
        describe: |ui| &ui.action_keep_filter,
    },
    Binding {
        scope: Scope::Search,
        keys: &[plain(KeyCode::Esc)],
        shown: Some("Esc"),
        action: Action::ClearFilter,
        footer: true,
        describe: |ui| &ui.action_clear_filter,
    },
    Binding {
        scope: Scope::Search,
        keys: &[plain(KeyCode::Backspace)],
        shown: Some("Backspace"),
        action: Action::Delete,
        footer: false,
        describe: |ui| &ui.action_delete,
    },
    Binding {
        scope: Scope::Search,
        keys: &[Key::AnyChar],
        shown: Some("abc あ 中"),
        action: Action::Type(' '),
        footer: false,
        describe: |ui| &ui.action_type,
    },
];

/// The action a key press means in `mode`, if any.
///
/// Rows that pair opposite keys (Up and Down, `PgUp` and `PgDn`, Home and
/// End, u and d) list the backward key of each pair first; it gets the opposite
/// of the row's action.
#[must_use]
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    BINDINGS
        .iter()
        .filter(|binding| binding.scope.applies(mode))
        .find_map(|binding| {
            let position = binding
                .keys
                .iter()
                .position(|pattern| matches(*pattern, key))?;
            Some(match (binding.keys[position], binding.action) {
                (Key::AnyChar, _) => match key.code {
                    KeyCode::Char(c) => Action::Type(c),
                    _ => return None,
                },
                (_, action) => paired(action, position % 2 == 0),
            })
        })
}

/// The backward twin of a forward action, for the first key of a pair.
fn paired(action: Action, backward: bool) -> Action {
    match (action, backward) {
        (Action::Down, true) => Action::Up,
        (Action::PageDown, true) => Action::PageUp,
        (Action::Bottom, true) => Action::Top,
        (Action::ScrollDetailDown, true) => Action::ScrollDetailUp,
        (action, _) => action,
    }
}

fn matches(pattern: Key, key: KeyEvent) -> bool {
    match pattern {
        Key::AnyChar => {
            matches!(key.code, KeyCode::Char(c) if !c.is_control())
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        }
        Key::Code(code, modifiers) => {
            let pressed = match key.code {
                KeyCode::Char(_) => key.modifiers - KeyModifiers::SHIFT,
                _ => key.modifiers,
            };
            code == key.code && modifiers == pressed
        }
    }
}

/// The rows a scope shows in the help overlay (or, with `footer_only`, in
/// the footer): keys as written, and the localized description.
pub fn hints(scope_of: Mode, footer_only: bool) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |binding| {
        binding.shown.is_some()
            && binding.scope.applies(scope_of)
            && (!footer_only || binding.footer)
    })
}

/// The rows of one scope, for the help overlay.
pub fn rows_of(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |binding| binding.scope == scope && binding.shown.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn pairs_give_opposite_actions() {
        assert_eq!(action_for(Mode::Browse, key(KeyCode::Up)), Some(Action::Up));
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Down)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Char('k'))),
            Some(Action::Up)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Char('j'))),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::PageUp)),
            Some(Action::PageUp)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::PageDown)),
            Some(Action::PageDown)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Home)),
            Some(Action::Top)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Char('G'))),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Char('u'))),
            Some(Action::ScrollDetailUp)
        );
        assert_eq!(action_for(Mode::Search, key(KeyCode::Up)), Some(Action::Up));
    }

    #[test]
    fn shifted_letters_match_their_uppercase_binding() {
        let shifted = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Mode::Browse, shifted),
            Some(Action::CycleLanguage)
        );
    }

    #[test]
    fn letters_type_in_search_mode_instead_of_acting() {
        assert_eq!(
            action_for(Mode::Search, key(KeyCode::Char('q'))),
            Some(Action::Type('q'))
        );
        assert_eq!(
            action_for(Mode::Search, key(KeyCode::Char('L'))),
            Some(Action::Type('L'))
        );
        assert_eq!(
            action_for(Mode::Search, key(KeyCode::Char('語'))),
            Some(Action::Type('語'))
        );
    }

    #[test]
    fn control_c_and_f2_work_in_both_modes() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [Mode::Browse, Mode::Search] {
            assert_eq!(action_for(mode, ctrl_c), Some(Action::Quit));
            assert_eq!(
                action_for(mode, key(KeyCode::F(2))),
                Some(Action::CycleLanguage)
            );
        }
    }

    #[test]
    fn digits_jump_to_their_class() {
        assert_eq!(
            action_for(Mode::Browse, key(KeyCode::Char('4'))),
            Some(Action::JumpClass(Class::ClientError))
        );
    }

    #[test]
    fn every_hint_has_a_description_in_every_language() {
        let catalog = crate::catalog::Catalog::embedded().unwrap();
        for lang in crate::lang::Lang::ALL {
            for binding in BINDINGS {
                assert!(!(binding.describe)(catalog.ui(lang)).is_empty());
            }
        }
    }
}
