//! Keys and what they do: the one binding table behind dispatch, the footer
//! hints and the help overlay, so the three can never disagree; and the
//! turning of raw terminal events (keys, mouse, paste) into actions.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::tui::viewport::Viewport;
use httpdex_catalog::strings::Strings;

/// What has the keyboard, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// Moving through the list (the start).
    Browse,
    /// Reading the detail pane: movement keys scroll it.
    Detail,
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

/// Everything a key's meaning depends on: what has the focus, whether the
/// list is filtered by a kept search, and whether the browser was opened to
/// pick a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    pub focus: Focus,
    pub filtered: bool,
    pub picking: bool,
}

impl Mode {
    /// `focus` on an unfiltered list, not picking.
    #[cfg(test)]
    pub(crate) const fn new(focus: Focus) -> Mode {
        Mode {
            focus,
            filtered: false,
            picking: false,
        }
    }

    fn browsing(self) -> bool {
        matches!(self.focus, Focus::Browse | Focus::Detail)
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Opened to pick a code, while browsing or searching.
    Pick,
    /// The detail pane has the focus.
    Detail,
    /// The list has the focus.
    List,
    /// Browsing a list filtered by a kept search.
    Filtered,
    /// Browsing, whichever pane has the focus.
    Browse,
    /// Browsing or searching: the commands on keys that type no text.
    Commands,
    Search,
    Menu,
    /// Help and compare: an overlay that only reads.
    Overlay,
    /// Whatever has the focus.
    Anywhere,
}

impl Scope {
    fn applies(self, mode: Mode) -> bool {
        match self {
            Scope::Anywhere => true,
            Scope::Pick => mode.picking && (mode.browsing() || mode.focus == Focus::Search),
            Scope::Detail => mode.focus == Focus::Detail,
            Scope::List => mode.focus == Focus::Browse,
            Scope::Filtered => mode.browsing() && mode.filtered,
            Scope::Browse => mode.browsing(),
            Scope::Commands => mode.browsing() || mode.focus == Focus::Search,
            Scope::Search => mode.focus == Focus::Search,
            Scope::Menu => matches!(mode.focus, Focus::Menu(_)),
            Scope::Overlay => matches!(mode.focus, Focus::Help | Focus::Compare),
        }
    }
}

/// How far a scroll goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Line,
    HalfPage,
    Page,
    /// To the top or the bottom.
    End,
}

/// A change to the search query at its cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Left,
    Right,
    Home,
    End,
    /// The grapheme before the cursor.
    Backspace,
    /// The grapheme under the cursor.
    Delete,
    /// The word before the cursor.
    DeleteWord,
    KillToStart,
    KillToEnd,
}

/// Everything a key (or mouse) can ask the browser to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Leave the program at once, as interrupted (Ctrl-C): exit status 130.
    Interrupt,
    /// Stop the program until the shell resumes it (Ctrl-Z).
    Suspend,
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
    /// Select the code on this list row (a click).
    SelectRow(usize),
    /// Put the cursor in the search bar.
    FocusSearch,
    /// Start a new search with this character (typed in the list).
    SearchWith(char),
    /// Scroll the open overlay, or else the detail pane, up.
    ScrollUp(Step),
    /// Scroll the open overlay, or else the detail pane, down.
    ScrollDown(Step),
    /// Switch to the next language.
    CycleLanguage,
    /// Open the help overlay.
    Help,
    /// Move the focus between the list and the detail pane (on a small
    /// screen, show the other one).
    TogglePane,
    /// Give the detail pane the focus (a click on it).
    FocusDetail,
    /// Add a character to the search at the cursor.
    Type(char),
    /// Add pasted text to the search at the cursor.
    Paste(String),
    /// Move the cursor in the search or delete part of it.
    Edit(Edit),
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
    /// Take the menu item with this number, from 1 (its key: see
    /// [`menu_key`]).
    Pick(u8),
    /// Close the overlay or menu.
    Close,
    /// Picking: hand the selected code to the caller and end.
    Accept,
}

/// What a binding is described as, in the footer and the help overlay:
/// an index into the `actions` strings table, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    Move,
    Page,
    Ends,
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
    Suspend,
    Scroll,
    HalfPage,
    ToList,
    Cursor,
    LineEnds,
    DeleteWord,
    KillToStart,
    KillToEnd,
    TopBottom,
    Pick,
    Cancel,
}

impl Say {
    /// The description in one language.
    #[must_use]
    pub(crate) fn text(self, strings: &Strings) -> &'static str {
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
    /// Any printable character but a space, without Control or Alt.
    Visible,
}

impl Key {
    /// Whether the pattern stands for many characters; a row of a single
    /// key wins over it.
    fn is_any(self) -> bool {
        matches!(self, Key::AnyChar | Key::Visible)
    }
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

const fn alt(code: KeyCode) -> Key {
    Key::Code(code, KeyModifiers::ALT)
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

use Scope::{Anywhere, Browse, Commands, Detail, Filtered, List, Menu, Overlay, Pick, Search};

const LINE: Step = Step::Line;
const PAGE: Step = Step::Page;

/// The binding table. The first row whose scope and key match wins, so the
/// narrower scopes come first; rows of any character match only when no
/// row of a single key does.
///
/// In the list and the search bar every printable key is text for the
/// search, the first one included: the commands there are on keys that
/// type nothing (Ctrl and Alt chords, function keys), none of them one the
/// line editor or a terminal takes (Ctrl-S and Ctrl-Q are flow control,
/// Ctrl-\\ quits, Alt-B and Alt-F move by words in readline). The detail
/// pane, where typing means nothing, also has them on letters. In the
/// search bar Ctrl-K deletes to the end of the line, as in a shell, rather
/// than moving up as in fzf; Ctrl-P and Up move up.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind(Anywhere, ctrl('c'), Action::Interrupt, Some("Ctrl-C"), Say::Quit, false),
    bind(Anywhere, ctrl('z'), Action::Suspend, Some("Ctrl-Z"), Say::Suspend, false),
    bind(Anywhere, plain(KeyCode::F(2)), Action::CycleLanguage, Some("F2"), Say::Language, false),
    bind(Pick, plain(KeyCode::Enter), Action::Accept, Some("Enter"), Say::Pick, true),
    bind(Pick, plain(KeyCode::Esc), Action::Quit, Some("Esc"), Say::Cancel, true),
    bind(Detail, plain(KeyCode::Up), Action::ScrollUp(LINE), Some("Up Down j k"), Say::Scroll, true),
    bind(Detail, plain(KeyCode::Down), Action::ScrollDown(LINE), None, Say::Scroll, true),
    bind(Detail, ch('k'), Action::ScrollUp(LINE), None, Say::Scroll, true),
    bind(Detail, ch('j'), Action::ScrollDown(LINE), None, Say::Scroll, true),
    bind(Detail, ch(' '), Action::ScrollDown(PAGE), Some("Space b"), Say::Page, true),
    bind(Detail, ch('b'), Action::ScrollUp(PAGE), None, Say::Page, true),
    bind(Detail, plain(KeyCode::PageDown), Action::ScrollDown(PAGE), Some("PgUp PgDn"), Say::Page, false),
    bind(Detail, plain(KeyCode::PageUp), Action::ScrollUp(PAGE), None, Say::Page, false),
    bind(Detail, ctrl('d'), Action::ScrollDown(Step::HalfPage), Some("Ctrl-D Ctrl-U"), Say::HalfPage, false),
    bind(Detail, ctrl('u'), Action::ScrollUp(Step::HalfPage), None, Say::HalfPage, false),
    bind(Detail, plain(KeyCode::Home), Action::ScrollUp(Step::End), Some("Home End g G"), Say::TopBottom, false),
    bind(Detail, plain(KeyCode::End), Action::ScrollDown(Step::End), None, Say::TopBottom, false),
    bind(Detail, ch('g'), Action::ScrollUp(Step::End), None, Say::TopBottom, false),
    bind(Detail, ch('G'), Action::ScrollDown(Step::End), None, Say::TopBottom, false),
    bind(Detail, plain(KeyCode::Esc), Action::TogglePane, Some("Esc Tab"), Say::ToList, true),
    bind(Detail, plain(KeyCode::Tab), Action::TogglePane, None, Say::ToList, true),
    bind(Detail, ch('f'), Action::Follow, Some("f"), Say::Follow, true),
    bind(Detail, plain(KeyCode::Backspace), Action::Back, Some("Backspace"), Say::Back, false),
    bind(Detail, ch('c'), Action::Compare, Some("c"), Say::Compare, true),
    bind(Detail, ch('y'), Action::Copy, Some("y"), Say::Copy, true),
    bind(Detail, ch('Y'), Action::CopyConstant, Some("Y"), Say::CopyConstant, false),
    bind(Detail, ch('L'), Action::CycleLanguage, Some("L"), Say::Language, false),
    bind(Detail, ch('?'), Action::Help, Some("?"), Say::Help, true),
    bind(Detail, ch('q'), Action::Quit, Some("q"), Say::Quit, false),
    bind(List, plain(KeyCode::Up), Action::Up, Some("Up Down"), Say::Move, true),
    bind(List, plain(KeyCode::Down), Action::Down, None, Say::Move, true),
    bind(List, ctrl('p'), Action::Up, Some("Ctrl-P Ctrl-N"), Say::Move, false),
    bind(List, ctrl('n'), Action::Down, None, Say::Move, false),
    bind(List, plain(KeyCode::PageUp), Action::PageUp, Some("PgUp PgDn"), Say::Page, false),
    bind(List, plain(KeyCode::PageDown), Action::PageDown, None, Say::Page, false),
    bind(List, plain(KeyCode::Home), Action::Top, Some("Home End"), Say::Ends, false),
    bind(List, plain(KeyCode::End), Action::Bottom, None, Say::Ends, false),
    bind(List, plain(KeyCode::Tab), Action::TogglePane, Some("Tab Enter"), Say::TogglePane, true),
    bind(List, plain(KeyCode::Enter), Action::TogglePane, None, Say::TogglePane, false),
    bind(Browse, ch('/'), Action::FocusSearch, Some("/"), Say::Search, false),
    bind(Browse, Key::Visible, Action::SearchWith(' '), Some("abc 123"), Say::Search, true),
    bind(Commands, ctrl('o'), Action::Follow, Some("Ctrl-O"), Say::Follow, true),
    bind(Commands, alt(KeyCode::Left), Action::Back, Some("Alt-Left"), Say::Back, false),
    bind(Commands, ctrl('t'), Action::Compare, Some("Ctrl-T"), Say::Compare, true),
    bind(Commands, ctrl('y'), Action::Copy, Some("Ctrl-Y"), Say::Copy, true),
    bind(Commands, alt(KeyCode::Char('y')), Action::CopyConstant, Some("Alt-Y"), Say::CopyConstant, false),
    bind(Commands, alt(KeyCode::Up), Action::ScrollUp(LINE), Some("Alt-Up Alt-Down"), Say::ScrollDetail, false),
    bind(Commands, alt(KeyCode::Down), Action::ScrollDown(LINE), None, Say::ScrollDetail, false),
    bind(Commands, plain(KeyCode::F(1)), Action::Help, Some("F1"), Say::Help, true),
    bind(Filtered, plain(KeyCode::Esc), Action::ClearFilter, Some("Esc"), Say::ClearFilter, true),
    bind(Browse, plain(KeyCode::Esc), Action::Quit, Some("Esc"), Say::Quit, true),
    bind(Search, plain(KeyCode::Up), Action::Up, Some("Up Down"), Say::Move, true),
    bind(Search, plain(KeyCode::Down), Action::Down, None, Say::Move, true),
    bind(Search, ctrl('p'), Action::Up, Some("Ctrl-P Ctrl-N Ctrl-J"), Say::Move, false),
    bind(Search, ctrl('n'), Action::Down, None, Say::Move, false),
    bind(Search, ctrl('j'), Action::Down, None, Say::Move, false),
    bind(Search, plain(KeyCode::PageUp), Action::PageUp, Some("PgUp PgDn"), Say::Page, false),
    bind(Search, plain(KeyCode::PageDown), Action::PageDown, None, Say::Page, false),
    bind(Search, plain(KeyCode::Enter), Action::KeepFilter, Some("Enter Tab"), Say::KeepFilter, true),
    bind(Search, plain(KeyCode::Tab), Action::KeepFilter, None, Say::KeepFilter, true),
    bind(Search, plain(KeyCode::Esc), Action::ClearFilter, Some("Esc"), Say::ClearFilter, true),
    bind(Search, plain(KeyCode::Left), Action::Edit(Edit::Left), Some("Left Right"), Say::Cursor, false),
    bind(Search, plain(KeyCode::Right), Action::Edit(Edit::Right), None, Say::Cursor, false),
    bind(Search, ctrl('b'), Action::Edit(Edit::Left), Some("Ctrl-B Ctrl-F"), Say::Cursor, false),
    bind(Search, ctrl('f'), Action::Edit(Edit::Right), None, Say::Cursor, false),
    bind(Search, plain(KeyCode::Home), Action::Edit(Edit::Home), Some("Home End"), Say::LineEnds, false),
    bind(Search, plain(KeyCode::End), Action::Edit(Edit::End), None, Say::LineEnds, false),
    bind(Search, ctrl('a'), Action::Edit(Edit::Home), Some("Ctrl-A Ctrl-E"), Say::LineEnds, false),
    bind(Search, ctrl('e'), Action::Edit(Edit::End), None, Say::LineEnds, false),
    bind(Search, plain(KeyCode::Backspace), Action::Edit(Edit::Backspace), Some("Backspace Delete"), Say::Delete, false),
    bind(Search, plain(KeyCode::Delete), Action::Edit(Edit::Delete), None, Say::Delete, false),
    bind(Search, ctrl('w'), Action::Edit(Edit::DeleteWord), Some("Ctrl-W Alt-Backspace"), Say::DeleteWord, false),
    bind(Search, Key::Code(KeyCode::Backspace, KeyModifiers::ALT), Action::Edit(Edit::DeleteWord), None, Say::DeleteWord, false),
    bind(Search, ctrl('u'), Action::Edit(Edit::KillToStart), Some("Ctrl-U"), Say::KillToStart, false),
    bind(Search, ctrl('k'), Action::Edit(Edit::KillToEnd), Some("Ctrl-K"), Say::KillToEnd, false),
    bind(Search, Key::AnyChar, Action::Type(' '), Some("abc"), Say::Type, false),
    bind(Menu, plain(KeyCode::Up), Action::MenuUp, Some("Up Down j k"), Say::Move, true),
    bind(Menu, plain(KeyCode::Down), Action::MenuDown, None, Say::Move, true),
    bind(Menu, ch('k'), Action::MenuUp, None, Say::Move, true),
    bind(Menu, ch('j'), Action::MenuDown, None, Say::Move, true),
    bind(Menu, plain(KeyCode::Enter), Action::Choose, Some("Enter"), Say::Choose, true),
    bind(Menu, Key::Visible, Action::Pick(0), Some("1-9 a-z"), Say::Choose, false),
    bind(Menu, plain(KeyCode::Esc), Action::Close, Some("Esc q"), Say::Close, true),
    bind(Menu, ch('q'), Action::Close, None, Say::Close, true),
    bind(Overlay, plain(KeyCode::Esc), Action::Close, Some("Esc q"), Say::Close, true),
    bind(Overlay, ch('q'), Action::Close, None, Say::Close, true),
    bind(Overlay, plain(KeyCode::Up), Action::ScrollUp(LINE), Some("Up Down j k"), Say::Scroll, true),
    bind(Overlay, plain(KeyCode::Down), Action::ScrollDown(LINE), None, Say::Scroll, true),
    bind(Overlay, ch('k'), Action::ScrollUp(LINE), None, Say::Scroll, true),
    bind(Overlay, ch('j'), Action::ScrollDown(LINE), None, Say::Scroll, true),
    bind(Overlay, plain(KeyCode::PageUp), Action::ScrollUp(PAGE), Some("PgUp PgDn Space b"), Say::Page, false),
    bind(Overlay, plain(KeyCode::PageDown), Action::ScrollDown(PAGE), None, Say::Page, false),
    bind(Overlay, ch(' '), Action::ScrollDown(PAGE), None, Say::Page, false),
    bind(Overlay, ch('b'), Action::ScrollUp(PAGE), None, Say::Page, false),
];

/// The keys that choose a menu's items, in order: the digits, then the
/// letters the menu does not use itself (`j` and `k` move, `q` closes).
const MENU_KEYS: &str = "123456789abcdefghilmnoprstuvwxyz";

/// The key that chooses item `index` of a menu, if it has one.
#[must_use]
pub(crate) fn menu_key(index: usize) -> Option<char> {
    MENU_KEYS.chars().nth(index)
}

/// The item of a menu that `key` chooses, if any.
fn menu_item(key: char) -> Option<usize> {
    MENU_KEYS.chars().position(|c| c == key)
}

/// The action a key press means in `mode`, if any.
#[must_use]
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    // Patterns of any character are the last resort, wherever their rows
    // stand in the table.
    let applying = || {
        BINDINGS
            .iter()
            .filter(|binding| binding.scope.applies(mode))
    };
    let found = applying()
        .find(|binding| !binding.key.is_any() && matches(binding.key, key))
        .or_else(|| applying().find(|binding| matches(binding.key, key)))
        .and_then(|binding| match (binding.key, key.code, &binding.action) {
            (Key::Visible, KeyCode::Char(c), Action::Pick(_)) => {
                let item = menu_item(c)?;
                Some(Action::Pick(u8::try_from(item + 1).ok()?))
            }
            (Key::AnyChar, KeyCode::Char(c), _) => Some(Action::Type(c)),
            (Key::Visible, KeyCode::Char(c), _) => Some(Action::SearchWith(c)),
            _ => Some(binding.action.clone()),
        });
    // Help and compare only show: any other key closes them.
    match mode.focus {
        Focus::Help | Focus::Compare => found.or(Some(Action::Close)),
        _ => found,
    }
}

/// The action a terminal event means in `mode`, given what the last frame
/// drew, if any.
#[must_use]
pub(crate) fn action_for_event(event: &Event, mode: Mode, viewport: &Viewport) -> Option<Action> {
    let focus = mode.focus;
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for(mode, *key),
        Event::Paste(text) if focus == Focus::Search => Some(Action::Paste(text.clone())),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            if !matches!(focus, Focus::Browse | Focus::Detail | Focus::Search) {
                // An overlay covers the panes: the wheel scrolls it, a click
                // outside it closes it.
                let inside = viewport
                    .popup
                    .is_some_and(|popup| popup.contains((column, row).into()));
                return match mouse.kind {
                    MouseEventKind::ScrollUp if inside => Some(Action::ScrollUp(LINE)),
                    MouseEventKind::ScrollDown if inside => Some(Action::ScrollDown(LINE)),
                    MouseEventKind::Down(_) if !inside => Some(Action::Close),
                    _ => None,
                };
            }
            let in_detail = viewport.in_detail(column, row);
            match mouse.kind {
                MouseEventKind::ScrollUp if in_detail => Some(Action::ScrollUp(LINE)),
                MouseEventKind::ScrollDown if in_detail => Some(Action::ScrollDown(LINE)),
                MouseEventKind::ScrollUp => Some(Action::Up),
                MouseEventKind::ScrollDown => Some(Action::Down),
                MouseEventKind::Down(MouseButton::Left) if in_detail && mode.browsing() => {
                    Some(Action::FocusDetail)
                }
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
    let typed = |c: char| {
        !c.is_control()
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    };
    match pattern {
        Key::AnyChar => matches!(key.code, KeyCode::Char(c) if typed(c)),
        Key::Visible => matches!(key.code, KeyCode::Char(c) if typed(c) && !c.is_whitespace()),
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
#[derive(Debug, Clone)]
pub(crate) struct Hint {
    pub keys: String,
    pub binding: &'static Binding,
}

/// The hints of the rows that pass `keep`, in table order. A row that is
/// shown stands for the unshown rows after it; where its text names one key
/// per row, only the keys of the rows that pass are named.
fn hints(keep: impl Fn(usize, &Binding) -> bool) -> impl Iterator<Item = Hint> {
    BINDINGS.iter().enumerate().filter_map(move |(i, binding)| {
        let shown = binding.shown?;
        let group = 1 + BINDINGS[i + 1..]
            .iter()
            .take_while(|row| row.shown.is_none())
            .count();
        let words: Vec<&str> = shown.split(' ').collect();
        let keys = if words.len() == group {
            let kept: Vec<&str> = words
                .into_iter()
                .enumerate()
                .filter(|&(j, _)| keep(i + j, &BINDINGS[i + j]))
                .map(|(_, word)| word)
                .collect();
            kept.join(" ")
        } else if keep(i, binding) {
            shown.to_owned()
        } else {
            String::new()
        };
        (!keys.is_empty()).then_some(Hint { keys, binding })
    })
}

/// Whether row `index` is the one a press of its key reaches in `mode`: it
/// applies, and no earlier row that applies takes the same key.
fn reachable(index: usize, mode: Mode) -> bool {
    let binding = &BINDINGS[index];
    binding.scope.applies(mode)
        && !BINDINGS[..index]
            .iter()
            .any(|earlier| earlier.key == binding.key && earlier.scope.applies(mode))
}

/// The hints the footer offers in `mode`.
pub(crate) fn footer_hints(mode: Mode) -> impl Iterator<Item = Hint> {
    hints(move |i, binding| binding.footer && reachable(i, mode))
}

/// The hints of one scope, for the help overlay.
pub(crate) fn rows_of(scope: Scope) -> impl Iterator<Item = Hint> {
    hints(move |_, binding| binding.scope == scope)
}

#[cfg(test)]
mod tests;
