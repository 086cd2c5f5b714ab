//! Keys and what they do: the one binding table behind dispatch, the footer
//! hints and the help overlay, so the three can never disagree; and the
//! turning of raw terminal events (keys, mouse, paste) into actions.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::catalog::Class;
use crate::strings::Strings;
use crate::viewport::Viewport;

/// What has the keyboard, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Moving through the list (the start).
    Browse,
    /// Typing into the search bar.
    Search,
    /// The help overlay is open.
    Help,
    /// The comparison of related codes is open.
    Compare,
    /// A small menu is open: a see-also to follow, a constant to copy.
    Menu(MenuKind),
}

/// What a menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuKind {
    /// The selected code's related codes, to go to one.
    Follow,
    /// The selected code's library constants, to copy one.
    CopyConstant,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Browse,
    Search,
    Menu,
    /// Help and compare: an overlay that only reads.
    Overlay,
    /// Whatever has the focus.
    Anywhere,
}

impl Scope {
    /// Every scope, in the order the help overlay lists them.
    pub const ALL: [Scope; 5] = [
        Scope::Browse,
        Scope::Search,
        Scope::Menu,
        Scope::Overlay,
        Scope::Anywhere,
    ];

    fn applies(self, focus: Focus) -> bool {
        matches!(
            (self, focus),
            (Scope::Anywhere, _)
                | (Scope::Browse, Focus::Browse)
                | (Scope::Search, Focus::Search)
                | (Scope::Menu, Focus::Menu(_))
                | (Scope::Overlay, Focus::Help | Focus::Compare)
        )
    }
}

/// Everything a key (or mouse) can ask the browser to do.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Select the code on this list row (a click).
    SelectRow(usize),
    /// Put the cursor in the search bar.
    FocusSearch,
    /// Scroll the detail pane up a line.
    ScrollDetailUp,
    /// Scroll the detail pane down a line.
    ScrollDetailDown,
    /// Switch to the next language.
    CycleLanguage,
    /// Open the help overlay.
    Help,
    /// On a small screen, show the detail pane instead of the list, or back.
    TogglePane,
    /// Add a character to the search.
    Type(char),
    /// Add pasted text to the search.
    Paste(String),
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
    /// Move the menu's highlight.
    MenuUp,
    MenuDown,
    /// Take the highlighted menu item.
    Choose,
    /// Take the menu item with this number (1 to 9).
    Pick(u8),
    /// Close the overlay or menu.
    Close,
}

/// What a binding is described as, in the footer and the help overlay:
/// an index into the `actions` strings table, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    Move,
    Page,
    Ends,
    JumpClass,
    Search,
    ScrollDetail,
    Language,
    Help,
    TogglePane,
    Quit,
    Type,
    Delete,
    KeepFilter,
    ClearFilter,
    Follow,
    Back,
    Compare,
    Copy,
    CopyConstant,
    Choose,
    Close,
}

impl Say {
    /// The description in one language.
    #[must_use]
    pub fn text(self, strings: &Strings) -> &'static str {
        strings.actions[self as usize]
    }
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

/// One row of the table: one key, one action, and how it is described.
#[derive(Debug)]
pub struct Binding {
    pub scope: Scope,
    pub key: Key,
    pub action: Action,
    /// How the keys of this row and the following rows with the same
    /// description are written; `None` for those following rows.
    pub shown: Option<&'static str>,
    pub say: Say,
    /// Whether the footer shows it, besides the help overlay.
    pub footer: bool,
}

const fn plain(code: KeyCode) -> Key {
    Key::Code(code, KeyModifiers::NONE)
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key::Code(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// A row of [`BINDINGS`], in one line.
const fn bind(
    scope: Scope,
    key: Key,
    action: Action,
    shown: Option<&'static str>,
    say: Say,
    footer: bool,
) -> Binding {
    Binding {
        scope,
        key,
        action,
        shown,
        say,
        footer,
    }
}

use Scope::{Anywhere, Browse, Menu, Overlay, Search};

/// The binding table. The first row whose scope and key match wins.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind(Anywhere, ctrl('c'), Action::Quit, Some("Ctrl-C"), Say::Quit, false),
    bind(Anywhere, plain(KeyCode::F(2)), Action::CycleLanguage, Some("F2"), Say::Language, false),
    bind(Browse, plain(KeyCode::Up), Action::Up, Some("Up Down j k"), Say::Move, true),
    bind(Browse, plain(KeyCode::Down), Action::Down, None, Say::Move, true),
    bind(Browse, ch('k'), Action::Up, None, Say::Move, true),
    bind(Browse, ch('j'), Action::Down, None, Say::Move, true),
    bind(Browse, plain(KeyCode::PageUp), Action::PageUp, Some("PgUp PgDn"), Say::Page, false),
    bind(Browse, plain(KeyCode::PageDown), Action::PageDown, None, Say::Page, false),
    bind(Browse, plain(KeyCode::Home), Action::Top, Some("Home End g G"), Say::Ends, false),
    bind(Browse, plain(KeyCode::End), Action::Bottom, None, Say::Ends, false),
    bind(Browse, ch('g'), Action::Top, None, Say::Ends, false),
    bind(Browse, ch('G'), Action::Bottom, None, Say::Ends, false),
    bind(Browse, ch('1'), Action::JumpClass(Class::Informational), Some("1-5"), Say::JumpClass, false),
    bind(Browse, ch('2'), Action::JumpClass(Class::Successful), None, Say::JumpClass, false),
    bind(Browse, ch('3'), Action::JumpClass(Class::Redirection), None, Say::JumpClass, false),
    bind(Browse, ch('4'), Action::JumpClass(Class::ClientError), None, Say::JumpClass, false),
    bind(Browse, ch('5'), Action::JumpClass(Class::ServerError), None, Say::JumpClass, false),
    bind(Browse, ch('/'), Action::FocusSearch, Some("/"), Say::Search, true),
    bind(Browse, ch('u'), Action::ScrollDetailUp, Some("u d"), Say::ScrollDetail, false),
    bind(Browse, ch('d'), Action::ScrollDetailDown, None, Say::ScrollDetail, false),
    bind(Browse, plain(KeyCode::Tab), Action::TogglePane, Some("Tab"), Say::TogglePane, false),
    bind(Browse, plain(KeyCode::Enter), Action::TogglePane, None, Say::TogglePane, false),
    bind(Browse, ch('f'), Action::Follow, Some("f"), Say::Follow, false),
    bind(Browse, ch('b'), Action::Back, Some("b"), Say::Back, false),
    bind(Browse, ch('c'), Action::Compare, Some("c"), Say::Compare, false),
    bind(Browse, ch('y'), Action::Copy, Some("y"), Say::Copy, false),
    bind(Browse, ch('Y'), Action::CopyConstant, Some("Y"), Say::CopyConstant, false),
    bind(Browse, ch('L'), Action::CycleLanguage, Some("L"), Say::Language, true),
    bind(Browse, ch('?'), Action::Help, Some("?"), Say::Help, true),
    bind(Browse, ch('q'), Action::Quit, Some("q Esc"), Say::Quit, true),
    bind(Browse, plain(KeyCode::Esc), Action::Quit, None, Say::Quit, true),
    bind(Search, plain(KeyCode::Up), Action::Up, Some("Up Down"), Say::Move, true),
    bind(Search, plain(KeyCode::Down), Action::Down, None, Say::Move, true),
    bind(Search, plain(KeyCode::PageUp), Action::PageUp, Some("PgUp PgDn"), Say::Page, false),
    bind(Search, plain(KeyCode::PageDown), Action::PageDown, None, Say::Page, false),
    bind(Search, plain(KeyCode::Enter), Action::KeepFilter, Some("Enter"), Say::KeepFilter, true),
    bind(Search, plain(KeyCode::Esc), Action::ClearFilter, Some("Esc"), Say::ClearFilter, true),
    bind(Search, plain(KeyCode::Backspace), Action::Delete, Some("Backspace"), Say::Delete, false),
    bind(Search, Key::AnyChar, Action::Type(' '), Some("abc"), Say::Type, false),
    bind(Menu, plain(KeyCode::Up), Action::MenuUp, Some("Up Down j k"), Say::Move, true),
    bind(Menu, plain(KeyCode::Down), Action::MenuDown, None, Say::Move, true),
    bind(Menu, ch('k'), Action::MenuUp, None, Say::Move, true),
    bind(Menu, ch('j'), Action::MenuDown, None, Say::Move, true),
    bind(Menu, plain(KeyCode::Enter), Action::Choose, Some("Enter"), Say::Choose, true),
    bind(Menu, ch('1'), Action::Pick(1), Some("1-9"), Say::Choose, false),
    bind(Menu, ch('2'), Action::Pick(2), None, Say::Choose, false),
    bind(Menu, ch('3'), Action::Pick(3), None, Say::Choose, false),
    bind(Menu, ch('4'), Action::Pick(4), None, Say::Choose, false),
    bind(Menu, ch('5'), Action::Pick(5), None, Say::Choose, false),
    bind(Menu, ch('6'), Action::Pick(6), None, Say::Choose, false),
    bind(Menu, ch('7'), Action::Pick(7), None, Say::Choose, false),
    bind(Menu, ch('8'), Action::Pick(8), None, Say::Choose, false),
    bind(Menu, ch('9'), Action::Pick(9), None, Say::Choose, false),
    bind(Menu, plain(KeyCode::Esc), Action::Close, Some("Esc q"), Say::Close, true),
    bind(Menu, ch('q'), Action::Close, None, Say::Close, true),
    bind(Overlay, plain(KeyCode::Esc), Action::Close, Some("Esc q"), Say::Close, true),
    bind(Overlay, ch('q'), Action::Close, None, Say::Close, true),
];

/// The action a key press means when `focus` has the keyboard, if any.
#[must_use]
pub fn action_for(focus: Focus, key: KeyEvent) -> Option<Action> {
    let found = BINDINGS
        .iter()
        .filter(|binding| binding.scope.applies(focus))
        .find(|binding| matches(binding.key, key))
        .map(|binding| match (binding.key, key.code) {
            (Key::AnyChar, KeyCode::Char(c)) => Action::Type(c),
            _ => binding.action.clone(),
        });
    // Help and compare only show: any other key closes them.
    match focus {
        Focus::Help | Focus::Compare => found.or(Some(Action::Close)),
        _ => found,
    }
}

/// The action a terminal event means, given what has the focus and what
/// the last frame drew, if any.
#[must_use]
pub fn action_for_event(event: &Event, focus: Focus, viewport: &Viewport) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(focus, *key),
        Event::Paste(text) if focus == Focus::Search => Some(Action::Paste(text.clone())),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            if !matches!(focus, Focus::Browse | Focus::Search) {
                // An overlay covers the panes: a click outside it closes it.
                let outside = viewport
                    .popup
                    .is_none_or(|popup| !popup.contains((column, row).into()));
                return (matches!(mouse.kind, MouseEventKind::Down(_)) && outside)
                    .then_some(Action::Close);
            }
            let in_detail = viewport.in_detail(column, row);
            match mouse.kind {
                MouseEventKind::ScrollUp if in_detail => Some(Action::ScrollDetailUp),
                MouseEventKind::ScrollDown if in_detail => Some(Action::ScrollDetailDown),
                MouseEventKind::ScrollUp => Some(Action::Up),
                MouseEventKind::ScrollDown => Some(Action::Down),
                MouseEventKind::Down(MouseButton::Left) => {
                    viewport.list_row_at(column, row).map(Action::SelectRow)
                }
                _ => None,
            }
        }
        _ => None,
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

/// A binding with the keys of the rows it stands for, as written in hints.
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub keys: &'static str,
    pub binding: &'static Binding,
}

/// The hints of the rows that apply to `focus` (with `Anywhere` rows) and
/// pass `keep`, in table order.
fn hints(keep: impl Fn(&Binding) -> bool) -> impl Iterator<Item = Hint> {
    BINDINGS.iter().filter_map(move |binding| {
        let keys = binding.shown?;
        keep(binding).then_some(Hint { keys, binding })
    })
}

/// The hints the footer offers when `focus` has the keyboard.
pub fn footer_hints(focus: Focus) -> impl Iterator<Item = Hint> {
    hints(move |binding| binding.footer && binding.scope.applies(focus))
}

/// The hints of one scope, for the help overlay.
pub fn rows_of(scope: Scope) -> impl Iterator<Item = Hint> {
    hints(move |binding| binding.scope == scope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn each_key_gives_its_own_action() {
        let browse = |code| action_for(Focus::Browse, key(code));
        assert_eq!(browse(KeyCode::Up), Some(Action::Up));
        assert_eq!(browse(KeyCode::Down), Some(Action::Down));
        assert_eq!(browse(KeyCode::Char('k')), Some(Action::Up));
        assert_eq!(browse(KeyCode::Char('j')), Some(Action::Down));
        assert_eq!(browse(KeyCode::PageUp), Some(Action::PageUp));
        assert_eq!(browse(KeyCode::PageDown), Some(Action::PageDown));
        assert_eq!(browse(KeyCode::Home), Some(Action::Top));
        assert_eq!(browse(KeyCode::Char('G')), Some(Action::Bottom));
        assert_eq!(browse(KeyCode::Char('u')), Some(Action::ScrollDetailUp));
        assert_eq!(
            action_for(Focus::Search, key(KeyCode::Up)),
            Some(Action::Up)
        );
        assert_eq!(
            action_for(Focus::Menu(MenuKind::Follow), key(KeyCode::Char('j'))),
            Some(Action::MenuDown)
        );
    }

    #[test]
    fn shifted_letters_match_their_uppercase_binding() {
        let shifted = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Focus::Browse, shifted),
            Some(Action::CycleLanguage)
        );
    }

    #[test]
    fn letters_type_in_search_mode_instead_of_acting() {
        for c in ['q', 'L', '語'] {
            assert_eq!(
                action_for(Focus::Search, key(KeyCode::Char(c))),
                Some(Action::Type(c))
            );
        }
    }

    #[test]
    fn control_c_and_f2_work_whatever_has_the_focus() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for focus in [
            Focus::Browse,
            Focus::Search,
            Focus::Help,
            Focus::Menu(MenuKind::Follow),
        ] {
            assert_eq!(action_for(focus, ctrl_c), Some(Action::Quit));
            assert_eq!(
                action_for(focus, key(KeyCode::F(2))),
                Some(Action::CycleLanguage)
            );
        }
    }

    #[test]
    fn any_key_closes_help_and_compare_but_q_does_not_quit() {
        for focus in [Focus::Help, Focus::Compare] {
            for code in [
                KeyCode::Char('j'),
                KeyCode::Char('q'),
                KeyCode::Esc,
                KeyCode::Enter,
            ] {
                assert_eq!(
                    action_for(focus, key(code)),
                    Some(Action::Close),
                    "{code:?}"
                );
            }
        }
    }

    #[test]
    fn digits_jump_to_their_class() {
        assert_eq!(
            action_for(Focus::Browse, key(KeyCode::Char('4'))),
            Some(Action::JumpClass(Class::ClientError))
        );
    }

    #[test]
    fn a_click_selects_the_row_under_it_and_the_wheel_scrolls_where_it_is() {
        use crossterm::event::MouseEvent;
        use ratatui::layout::Rect;
        let viewport = Viewport {
            list: Rect::new(1, 4, 30, 10),
            list_top: 5,
            detail: Rect::new(40, 4, 30, 10),
            ..Viewport::default()
        };
        let mouse = |kind, column, row| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        let click = MouseEventKind::Down(MouseButton::Left);
        assert_eq!(
            action_for_event(&mouse(click, 3, 6), Focus::Browse, &viewport),
            Some(Action::SelectRow(7))
        );
        assert_eq!(
            action_for_event(
                &mouse(MouseEventKind::ScrollDown, 45, 6),
                Focus::Browse,
                &viewport
            ),
            Some(Action::ScrollDetailDown)
        );
        assert_eq!(
            action_for_event(
                &mouse(MouseEventKind::ScrollDown, 3, 6),
                Focus::Browse,
                &viewport
            ),
            Some(Action::Down)
        );
        assert_eq!(
            action_for_event(&mouse(click, 3, 6), Focus::Help, &viewport),
            Some(Action::Close),
            "a click beside an overlay closes it"
        );
    }

    #[test]
    fn every_hint_has_a_description_in_every_language() {
        for lang in Lang::ALL {
            for binding in BINDINGS {
                assert!(!binding.say.text(lang.strings()).is_empty());
            }
        }
    }

    #[test]
    fn descriptions_index_the_strings_table_in_its_order() {
        let group = crate::strings::GROUPS
            .iter()
            .find(|group| group.key == "actions")
            .unwrap();
        let says = [
            Say::Move,
            Say::Page,
            Say::Ends,
            Say::JumpClass,
            Say::Search,
            Say::ScrollDetail,
            Say::Language,
            Say::Help,
            Say::TogglePane,
            Say::Quit,
            Say::Type,
            Say::Delete,
            Say::KeepFilter,
            Say::ClearFilter,
            Say::Follow,
            Say::Back,
            Say::Compare,
            Say::Copy,
            Say::CopyConstant,
            Say::Choose,
            Say::Close,
        ];
        assert_eq!(says.len(), group.fields.len());
        for (i, say) in says.into_iter().enumerate() {
            assert_eq!(say as usize, i);
        }
        assert_eq!(group.fields[Say::TogglePane as usize], "toggle_detail");
    }
}
