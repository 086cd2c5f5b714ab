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
    /// Choosing from a small menu (a see-also to follow, a constant to copy).
    Menu,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Browse,
    Search,
    Menu,
    /// In both modes.
    Anywhere,
}

impl Scope {
    fn applies(self, mode: Mode) -> bool {
        matches!(
            (self, mode),
            (Scope::Anywhere, _)
                | (Scope::Browse, Mode::Browse)
                | (Scope::Search, Mode::Search)
                | (Scope::Menu, Mode::Menu)
        )
    }

    /// Every scope, in the order the help overlay lists them.
    pub const ALL: [Scope; 4] = [Scope::Browse, Scope::Search, Scope::Menu, Scope::Anywhere];
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
    /// Go to a related code (choosing from a menu when there are several).
    Follow,
    /// Go back to where the last follow started.
    Back,
    /// Show the selected code beside its related codes.
    Compare,
    /// Copy "404 Not Found" to the clipboard.
    Copy,
    /// Copy one of the code's library constants (from a menu).
    CopyConstant,
    /// Take the highlighted menu item.
    Choose,
    /// Take the menu item with this number (1 to 9).
    Pick(u8),
    /// Close the menu.
    Close,
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

/// A row of [`BINDINGS`], in one line.
const fn bind(
    scope: Scope,
    keys: &'static [Key],
    shown: Option<&'static str>,
    action: Action,
    footer: bool,
    describe: fn(&Ui) -> &str,
) -> Binding {
    Binding {
        scope,
        keys,
        shown,
        action,
        footer,
        describe,
    }
}

use Scope::{Anywhere, Browse, Menu, Search};

/// The binding table. The first row whose scope and key match wins.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind(Anywhere, &[Key::Code(KeyCode::Char('c'), KeyModifiers::CONTROL)], Some("Ctrl-C"), Action::Quit, false, |ui| &ui.action_quit),
    bind(Anywhere, &[plain(KeyCode::F(2))], Some("F2"), Action::CycleLanguage, false, |ui| &ui.action_language),
    bind(Browse, &[plain(KeyCode::Up), plain(KeyCode::Down), ch('k'), ch('j')], Some("↑↓ j k"), Action::Down, true, |ui| &ui.action_move),
    bind(Browse, &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)], Some("PgUp PgDn"), Action::PageDown, false, |ui| &ui.action_page),
    bind(Browse, &[plain(KeyCode::Home), plain(KeyCode::End), ch('g'), ch('G')], Some("Home End g G"), Action::Bottom, false, |ui| &ui.action_ends),
    bind(Browse, &[ch('1')], Some("1-5"), Action::JumpClass(Class::Informational), false, |ui| &ui.action_jump_class),
    bind(Browse, &[ch('2')], None, Action::JumpClass(Class::Successful), false, |ui| &ui.action_jump_class),
    bind(Browse, &[ch('3')], None, Action::JumpClass(Class::Redirection), false, |ui| &ui.action_jump_class),
    bind(Browse, &[ch('4')], None, Action::JumpClass(Class::ClientError), false, |ui| &ui.action_jump_class),
    bind(Browse, &[ch('5')], None, Action::JumpClass(Class::ServerError), false, |ui| &ui.action_jump_class),
    bind(Browse, &[ch('/')], Some("/"), Action::FocusSearch, true, |ui| &ui.action_search),
    bind(Browse, &[ch('u'), ch('d')], Some("u d"), Action::ScrollDetailDown, false, |ui| &ui.action_scroll_detail),
    bind(Browse, &[plain(KeyCode::Tab), plain(KeyCode::Enter)], Some("Tab"), Action::ToggleDetail, false, |ui| &ui.action_toggle_detail),
    bind(Browse, &[ch('f')], Some("f"), Action::Follow, false, |ui| &ui.action_follow),
    bind(Browse, &[ch('b')], Some("b"), Action::Back, false, |ui| &ui.action_back),
    bind(Browse, &[ch('c')], Some("c"), Action::Compare, false, |ui| &ui.action_compare),
    bind(Browse, &[ch('y')], Some("y"), Action::Copy, false, |ui| &ui.action_copy),
    bind(Browse, &[ch('Y')], Some("Y"), Action::CopyConstant, false, |ui| &ui.action_copy_constant),
    bind(Browse, &[ch('L')], Some("L"), Action::CycleLanguage, true, |ui| &ui.action_language),
    bind(Browse, &[ch('?')], Some("?"), Action::ToggleHelp, true, |ui| &ui.action_help),
    bind(Browse, &[ch('q'), plain(KeyCode::Esc)], Some("q Esc"), Action::Quit, true, |ui| &ui.action_quit),
    bind(Search, &[plain(KeyCode::Up), plain(KeyCode::Down)], Some("↑↓"), Action::Down, true, |ui| &ui.action_move),
    bind(Search, &[plain(KeyCode::PageUp), plain(KeyCode::PageDown)], Some("PgUp PgDn"), Action::PageDown, false, |ui| &ui.action_page),
    bind(Search, &[plain(KeyCode::Enter)], Some("Enter"), Action::KeepFilter, true, |ui| &ui.action_keep_filter),
    bind(Search, &[plain(KeyCode::Esc)], Some("Esc"), Action::ClearFilter, true, |ui| &ui.action_clear_filter),
    bind(Search, &[plain(KeyCode::Backspace)], Some("Backspace"), Action::Delete, false, |ui| &ui.action_delete),
    bind(Search, &[Key::AnyChar], Some("abc あ 中"), Action::Type(' '), false, |ui| &ui.action_type),
    bind(Menu, &[plain(KeyCode::Up), plain(KeyCode::Down), ch('k'), ch('j')], Some("↑↓ j k"), Action::Down, true, |ui| &ui.action_move),
    bind(Menu, &[plain(KeyCode::Enter)], Some("Enter"), Action::Choose, true, |ui| &ui.action_choose),
    bind(Menu, &[ch('1')], Some("1-9"), Action::Pick(1), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('2')], None, Action::Pick(2), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('3')], None, Action::Pick(3), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('4')], None, Action::Pick(4), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('5')], None, Action::Pick(5), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('6')], None, Action::Pick(6), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('7')], None, Action::Pick(7), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('8')], None, Action::Pick(8), false, |ui| &ui.action_choose),
    bind(Menu, &[ch('9')], None, Action::Pick(9), false, |ui| &ui.action_choose),
    bind(Menu, &[plain(KeyCode::Esc), ch('q')], Some("Esc q"), Action::Close, true, |ui| &ui.action_close),
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

/// The rows the footer offers in `mode`: keys as written, and the
/// localized description.
pub fn footer_hints(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |binding| {
        binding.shown.is_some() && binding.footer && binding.scope.applies(mode)
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
