//! The browser's state and its update: events become actions, and actions
//! are the only thing that changes state. No terminal is needed here.

use std::cell::OnceCell;

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::layout::{Position, Rect};

use crate::catalog::{Catalog, Class, Entry};
use crate::keymap::{Action, Mode, action_for};
use crate::lang::Lang;
use crate::search::SearchIndex;
use crate::ui;

/// A row of the list pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A class heading; never selectable.
    Heading(Class),
    /// A code: its index in the catalogue and the label characters to highlight.
    Item { entry: usize, matched: Vec<usize> },
}

/// What covers the panes, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    /// The keys; any key closes it.
    Help,
    /// The selected code beside its related codes; any key closes it.
    Compare,
    /// A short list to choose from.
    Menu(Menu),
}

/// What a menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuKind {
    /// The selected code's related codes, to go to one.
    Follow,
    /// The selected code's library constants, to copy one.
    CopyConstant,
}

/// An open menu and its highlighted item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    pub kind: MenuKind,
    pub cursor: usize,
}

/// The whole state of the browser.
#[derive(Debug)]
pub struct App<'a> {
    catalog: &'a Catalog,
    /// Search haystacks per language, built the first time a language is used.
    indexes: [OnceCell<SearchIndex>; 3],
    lang: Lang,
    mode: Mode,
    query: String,
    rows: Vec<Row>,
    /// Index into `rows` of the selected code; always an `Item`, or `None`
    /// when nothing is shown.
    selected: Option<usize>,
    /// First row shown in the list pane.
    list_offset: usize,
    detail_scroll: usize,
    overlay: Overlay,
    /// Where each follow started (query and entry id), for going back.
    history: Vec<(String, String)>,
    /// Text to put on the clipboard, for the event loop to send.
    clipboard: Option<String>,
    /// A one-off message for the footer, cleared by the next key.
    notice: Option<String>,
    /// On small screens only one pane shows; this says which.
    show_detail: bool,
    /// Terminal size, for paging and mouse hit-testing.
    size: (u16, u16),
    quit: bool,
}

impl<'a> App<'a> {
    /// A browser over `catalog` in `lang`, with `query` already searched.
    #[must_use]
    pub fn new(catalog: &'a Catalog, lang: Lang, query: &str, size: (u16, u16)) -> App<'a> {
        let mut app = App {
            catalog,
            indexes: Default::default(),
            lang,
            mode: Mode::Browse,
            query: query.to_owned(),
            rows: Vec::new(),
            selected: None,
            list_offset: 0,
            detail_scroll: 0,
            overlay: Overlay::None,
            history: Vec::new(),
            clipboard: None,
            notice: None,
            show_detail: false,
            size,
            quit: false,
        };
        app.refilter(None);
        app
    }

    pub fn catalog(&self) -> &'a Catalog {
        self.catalog
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// Index into [`App::rows`] of the selected code.
    pub fn selected_row(&self) -> Option<usize> {
        self.selected
    }

    pub fn list_offset(&self) -> usize {
        self.list_offset
    }

    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }

    pub fn help_open(&self) -> bool {
        self.overlay == Overlay::Help
    }

    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    /// The footer's one-off message, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Takes the text waiting to be copied to the clipboard.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// The mode that decides what keys mean: a menu takes them all.
    pub fn key_mode(&self) -> Mode {
        if matches!(self.overlay, Overlay::Menu(_)) {
            Mode::Menu
        } else {
            self.mode
        }
    }

    /// Whether a small screen shows the detail pane instead of the list.
    pub fn show_detail(&self) -> bool {
        self.show_detail
    }

    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The selected entry, if any.
    pub fn selected(&self) -> Option<&'a Entry> {
        match self.rows.get(self.selected?)? {
            Row::Item { entry, .. } => Some(&self.catalog.entries()[*entry]),
            Row::Heading(_) => None,
        }
    }

    /// How many codes the list shows.
    pub fn shown_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|row| matches!(row, Row::Item { .. }))
            .count()
    }

    fn index(&self) -> &SearchIndex {
        self.indexes[self.lang.index()].get_or_init(|| SearchIndex::new(self.catalog, self.lang))
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.notice = None;
                if matches!(self.overlay, Overlay::Help | Overlay::Compare) {
                    // Any key closes the help or the comparison, but
                    // quitting still works.
                    self.overlay = Overlay::None;
                    if action_for(self.mode, *key) == Some(Action::Quit)
                        && key.code != crossterm::event::KeyCode::Esc
                    {
                        self.apply(Action::Quit);
                    }
                    return;
                }
                if let Some(action) = action_for(self.key_mode(), *key) {
                    self.apply(action);
                }
            }
            Event::Paste(text) if self.mode == Mode::Search => {
                let typed: String = text.chars().filter(|c| !c.is_control()).collect();
                self.query.push_str(&typed);
                self.refilter(None);
            }
            Event::Resize(width, height) => {
                self.size = (*width, *height);
                self.scroll_into_view();
                self.clamp_detail_scroll();
            }
            Event::Mouse(mouse) if self.overlay != Overlay::None => {
                // An overlay covers the list: a click closes it, nothing else acts.
                if matches!(mouse.kind, MouseEventKind::Down(_)) {
                    self.overlay = Overlay::None;
                }
            }
            Event::Mouse(mouse) => {
                let at = Position::new(mouse.column, mouse.row);
                let areas = ui::layout(self.area(), self.show_detail);
                let in_detail = areas.detail.contains(at);
                match mouse.kind {
                    MouseEventKind::ScrollUp if in_detail => self.apply(Action::ScrollDetailUp),
                    MouseEventKind::ScrollDown if in_detail => self.apply(Action::ScrollDetailDown),
                    MouseEventKind::ScrollUp => self.apply(Action::Up),
                    MouseEventKind::ScrollDown => self.apply(Action::Down),
                    MouseEventKind::Down(MouseButton::Left) => {
                        let inner = ui::list_inner(areas.list);
                        if inner.contains(at) {
                            self.select_row(self.list_offset + usize::from(at.y - inner.y));
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// Carries out one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Up | Action::Down if matches!(self.overlay, Overlay::Menu(_)) => {
                self.move_menu(action == Action::Down);
            }
            Action::Up => self.step(false),
            Action::Down => self.step(true),
            Action::PageUp => self.page(false),
            Action::PageDown => self.page(true),
            Action::Top => {
                let first = self.items().next();
                self.select_item(first);
            }
            Action::Bottom => {
                let last = self.items().last();
                self.select_item(last);
            }
            Action::JumpClass(class) => {
                let first = self.items().find(|&row| self.row_class(row) == Some(class));
                if first.is_some() {
                    self.select_item(first);
                }
            }
            Action::FocusSearch => self.mode = Mode::Search,
            Action::ScrollDetailUp => self.detail_scroll = self.detail_scroll.saturating_sub(1),
            Action::ScrollDetailDown => {
                self.detail_scroll += 1;
                self.clamp_detail_scroll();
            }
            Action::CycleLanguage => {
                self.lang = self.lang.next();
                let keep = self.selected().map(|entry| entry.id.clone());
                self.refilter(keep.as_deref());
            }
            Action::ToggleHelp => {
                self.overlay = if self.overlay == Overlay::Help {
                    Overlay::None
                } else {
                    Overlay::Help
                };
            }
            Action::Follow => self.open_follow(),
            Action::Back => self.back(),
            Action::Compare => {
                if self.selected().is_some() {
                    self.overlay = Overlay::Compare;
                }
            }
            Action::Copy => {
                if let Some(entry) = self.selected() {
                    self.copy(format!("{} {}", entry.code, entry.phrase));
                }
            }
            Action::CopyConstant => self.open_copy_constant(),
            Action::Choose => {
                if let Overlay::Menu(menu) = &self.overlay {
                    self.choose(menu.cursor);
                }
            }
            Action::Pick(number) => self.choose(usize::from(number).saturating_sub(1)),
            Action::Close => self.overlay = Overlay::None,
            Action::ToggleDetail => self.show_detail = !self.show_detail,
            Action::Type(c) => {
                self.query.push(c);
                self.refilter(None);
            }
            Action::Delete => {
                self.query.pop();
                self.refilter(None);
            }
            Action::KeepFilter => self.mode = Mode::Browse,
            Action::ClearFilter => {
                self.mode = Mode::Browse;
                let keep = self.selected().map(|entry| entry.id.clone());
                self.query.clear();
                self.refilter(keep.as_deref());
            }
        }
    }

    /// The items of the open menu: entry indices to follow, or constants.
    pub fn menu_items(&self) -> Vec<String> {
        let (Overlay::Menu(menu), Some(entry)) = (&self.overlay, self.selected()) else {
            return Vec::new();
        };
        match menu.kind {
            MenuKind::Follow => crate::describe::see_also(self.catalog, entry, self.lang),
            MenuKind::CopyConstant => entry.constants.iter().map(|c| c.code.clone()).collect(),
        }
    }

    fn move_menu(&mut self, forward: bool) {
        let count = self.menu_items().len();
        if let Overlay::Menu(menu) = &mut self.overlay
            && count > 0
        {
            menu.cursor = if forward {
                (menu.cursor + 1) % count
            } else {
                (menu.cursor + count - 1) % count
            };
        }
    }

    /// Goes to the related code directly when there is one, else asks which.
    fn open_follow(&mut self) {
        let Some(entry) = self.selected() else { return };
        match entry.see_also.as_slice() {
            [] => {}
            [only] => self.follow(*only),
            _ => {
                self.overlay = Overlay::Menu(Menu {
                    kind: MenuKind::Follow,
                    cursor: 0,
                });
            }
        }
    }

    fn open_copy_constant(&mut self) {
        let Some(entry) = self.selected() else { return };
        if entry.constants.is_empty() {
            self.notice = Some(self.catalog.ui(self.lang).tui_no_constants.clone());
        } else {
            self.overlay = Overlay::Menu(Menu {
                kind: MenuKind::CopyConstant,
                cursor: 0,
            });
        }
    }

    /// Takes menu item `index`, if the menu has it.
    fn choose(&mut self, index: usize) {
        let Overlay::Menu(menu) = &self.overlay else {
            return;
        };
        let kind = menu.kind;
        let Some(entry) = self.selected() else { return };
        match kind {
            MenuKind::Follow => {
                if let Some(&target) = entry.see_also.get(index) {
                    self.overlay = Overlay::None;
                    self.follow(target);
                }
            }
            MenuKind::CopyConstant => {
                if let Some(constant) = entry.constants.get(index) {
                    self.overlay = Overlay::None;
                    self.copy(constant.code.clone());
                }
            }
        }
    }

    /// Selects entry `target`, remembering where we were. If the filter
    /// hides it, the filter is cleared so it can be shown.
    fn follow(&mut self, target: usize) {
        let Some(current) = self.selected() else {
            return;
        };
        self.history.push((self.query.clone(), current.id.clone()));
        let id = self.catalog.entries()[target].id.clone();
        if !self.shows(target) {
            self.query.clear();
        }
        self.refilter(Some(&id));
    }

    /// Returns to where the last follow started.
    fn back(&mut self) {
        match self.history.pop() {
            Some((query, id)) => {
                self.query = query;
                self.refilter(Some(&id));
            }
            None => self.notice = Some(self.catalog.ui(self.lang).tui_back_empty.clone()),
        }
    }

    /// Whether the list shows entry `index`.
    fn shows(&self, index: usize) -> bool {
        self.rows
            .iter()
            .any(|row| matches!(row, Row::Item { entry, .. } if *entry == index))
    }

    /// Queues `text` for the clipboard and says so in the footer.
    fn copy(&mut self, text: String) {
        self.notice = Some(crate::lang::fill(
            &self.catalog.ui(self.lang).tui_copied,
            &[("text", &text)],
        ));
        self.clipboard = Some(text);
    }

    /// The whole screen, as the last resize reported it.
    fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// Rows of the list pane that hold codes.
    fn items(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, row)| matches!(row, Row::Item { .. }))
            .map(|(i, _)| i)
    }

    fn row_class(&self, row: usize) -> Option<Class> {
        match self.rows.get(row)? {
            Row::Item { entry, .. } => Some(self.catalog.entries()[*entry].class),
            Row::Heading(class) => Some(*class),
        }
    }

    /// Runs the search again and rebuilds the rows, grouped by class.
    ///
    /// Classes appear in the order of their best match, so the best hit is
    /// always the first code. The selection goes to `keep` if it is still
    /// shown, else to the first code.
    fn refilter(&mut self, keep: Option<&str>) {
        let hits = self.index().search(&self.query);
        let mut groups: Vec<(Class, Vec<Row>)> = Vec::new();
        for hit in hits {
            let class = self.catalog.entries()[hit.entry].class;
            let row = Row::Item {
                entry: hit.entry,
                matched: hit.label_indices,
            };
            match groups.iter_mut().find(|(c, _)| *c == class) {
                Some((_, rows)) => rows.push(row),
                None => groups.push((class, vec![row])),
            }
        }
        self.rows = groups
            .into_iter()
            .flat_map(|(class, rows)| std::iter::once(Row::Heading(class)).chain(rows))
            .collect();
        let kept = keep.and_then(|id| {
            self.items().find(|&row| match &self.rows[row] {
                Row::Item { entry, .. } => self.catalog.entries()[*entry].id == id,
                Row::Heading(_) => false,
            })
        });
        let first = self.items().next();
        self.list_offset = 0;
        self.select_item(kept.or(first));
    }

    /// Selects a row holding a code (or nothing), and resets the detail.
    fn select_item(&mut self, row: Option<usize>) {
        if row != self.selected {
            self.detail_scroll = 0;
        }
        self.selected = row;
        self.scroll_into_view();
    }

    /// Selects the row under a click, if it holds a code.
    fn select_row(&mut self, row: usize) {
        if matches!(self.rows.get(row), Some(Row::Item { .. })) {
            self.select_item(Some(row));
        }
    }

    /// Moves to the next or previous code, wrapping around the ends.
    fn step(&mut self, forward: bool) {
        let Some(current) = self.selected else { return };
        let items: Vec<usize> = self.items().collect();
        let at = items.iter().position(|&row| row == current).unwrap_or(0);
        let next = if forward {
            (at + 1) % items.len()
        } else {
            (at + items.len() - 1) % items.len()
        };
        self.select_item(Some(items[next]));
    }

    /// Moves by a screenful of rows, stopping at the ends.
    fn page(&mut self, forward: bool) {
        let Some(current) = self.selected else { return };
        let height = self.list_height().max(1);
        let target = if forward {
            current.saturating_add(height)
        } else {
            current.saturating_sub(height)
        };
        // The code nearest the target row, in the direction of travel.
        let row = if forward {
            self.items().rev().find(|&row| row <= target.max(current))
        } else {
            self.items().find(|&row| row >= target.min(current))
        };
        self.select_item(row.or(Some(current)));
    }

    /// Rows the list pane can show at the current size.
    fn list_height(&self) -> usize {
        usize::from(ui::list_inner(ui::layout(self.area(), self.show_detail).list).height)
    }

    /// Scrolls the list so the selection (and its class heading, when it is
    /// the first of its class) is in view.
    fn scroll_into_view(&mut self) {
        let height = self.list_height();
        let Some(selected) = self.selected else {
            self.list_offset = 0;
            return;
        };
        if height == 0 {
            self.list_offset = selected;
            return;
        }
        let top = if selected > 0 && matches!(self.rows[selected - 1], Row::Heading(_)) {
            selected - 1
        } else {
            selected
        };
        if top < self.list_offset {
            self.list_offset = top;
        }
        // The selection itself wins over its heading when both do not fit.
        if selected >= self.list_offset + height {
            self.list_offset = selected + 1 - height;
        }
        self.list_offset = self.list_offset.min(self.rows.len().saturating_sub(height));
    }

    /// Keeps the detail scroll within the text of the selected entry.
    fn clamp_detail_scroll(&mut self) {
        let area = ui::layout(self.area(), self.show_detail).detail;
        let inner = ui::detail_inner(area);
        let lines = ui::detail_lines(self, inner.width).len();
        let max = lines.saturating_sub(usize::from(inner.height));
        self.detail_scroll = self.detail_scroll.min(max);
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent};

    use super::*;

    fn app(lang: Lang) -> App<'static> {
        App::new(Catalog::embedded().unwrap(), lang, "", (100, 30))
    }

    fn press(app: &mut App, code: KeyCode) {
        app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    fn type_text(app: &mut App, text: &str) {
        for c in text.chars() {
            press(app, KeyCode::Char(c));
        }
    }

    fn code(app: &App) -> Option<u16> {
        app.selected().map(|entry| entry.code)
    }

    #[test]
    fn starts_in_browse_mode_on_the_first_code_under_its_heading() {
        let app = app(Lang::En);
        assert_eq!(app.mode(), Mode::Browse);
        assert_eq!(app.rows()[0], Row::Heading(Class::Informational));
        assert_eq!(code(&app), Some(100));
        assert_eq!(app.selected_row(), Some(1));
    }

    #[test]
    fn down_and_up_skip_class_headings() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::End);
        press(&mut app, KeyCode::Home);
        for _ in 0..5 {
            press(&mut app, KeyCode::Down);
        }
        assert_eq!(code(&app), Some(200));
        press(&mut app, KeyCode::Char('k'));
        assert_eq!(code(&app), Some(104));
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(code(&app), Some(200));
    }

    #[test]
    fn up_from_the_first_code_wraps_to_the_last_and_back() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Up);
        assert_eq!(code(&app), Some(599));
        press(&mut app, KeyCode::Down);
        assert_eq!(code(&app), Some(100));
    }

    #[test]
    fn home_end_g_and_shift_g_go_to_the_ends() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::End);
        assert_eq!(code(&app), Some(599));
        press(&mut app, KeyCode::Home);
        assert_eq!(code(&app), Some(100));
        app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char('G'),
            KeyModifiers::SHIFT,
        )));
        assert_eq!(code(&app), Some(599));
        press(&mut app, KeyCode::Char('g'));
        assert_eq!(code(&app), Some(100));
    }

    #[test]
    fn page_down_moves_a_screenful_and_stops_at_the_end() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::PageDown);
        let after_one = app.selected_row().unwrap();
        assert!(after_one > 10, "moved only to row {after_one}");
        for _ in 0..20 {
            press(&mut app, KeyCode::PageDown);
        }
        assert_eq!(code(&app), Some(599));
        for _ in 0..20 {
            press(&mut app, KeyCode::PageUp);
        }
        assert_eq!(code(&app), Some(100));
    }

    #[test]
    fn digits_jump_to_the_first_code_of_their_class() {
        let mut app = app(Lang::En);
        for (key, first) in [('4', 400), ('2', 200), ('5', 500), ('3', 300), ('1', 100)] {
            press(&mut app, KeyCode::Char(key));
            assert_eq!(code(&app), Some(first));
        }
    }

    #[test]
    fn the_selection_stays_in_view() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::End);
        let height = app.list_height();
        let selected = app.selected_row().unwrap();
        assert!(app.list_offset() <= selected && selected < app.list_offset() + height);
        press(&mut app, KeyCode::Home);
        assert_eq!(
            app.list_offset(),
            0,
            "the heading above the first code shows"
        );
    }

    #[test]
    fn search_filters_on_every_keystroke_and_backspace_edits() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        assert_eq!(app.mode(), Mode::Search);
        type_text(&mut app, "teapo");
        assert_eq!(code(&app), Some(418));
        type_text(&mut app, "tx");
        assert_eq!(app.shown_count(), 0);
        assert!(app.selected().is_none());
        press(&mut app, KeyCode::Backspace);
        assert_eq!(app.query(), "teapot");
        assert_eq!(code(&app), Some(418));
    }

    #[test]
    fn letters_are_typed_not_obeyed_while_searching() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "qL?");
        assert_eq!(app.query(), "qL?");
        assert!(!app.should_quit());
        assert_eq!(app.lang(), Lang::En);
        assert!(!app.help_open());
    }

    #[test]
    fn arrows_move_while_searching() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "gateway");
        let first = code(&app);
        press(&mut app, KeyCode::Down);
        assert_ne!(code(&app), first);
        assert_eq!(app.mode(), Mode::Search);
    }

    #[test]
    fn enter_keeps_the_filter_and_esc_clears_it() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "5xx");
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.mode(), Mode::Browse);
        assert_eq!(app.query(), "5xx");
        let shown: Vec<Class> = app.items().map(|row| app.row_class(row).unwrap()).collect();
        assert!(!shown.is_empty() && shown.iter().all(|&class| class == Class::ServerError));
        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.mode(), Mode::Browse);
        assert_eq!(app.query(), "");
        assert_eq!(app.shown_count(), app.catalog().entries().len());
        assert!(
            !app.should_quit(),
            "Esc in search mode only leaves the search"
        );
    }

    #[test]
    fn the_best_match_is_selected_and_its_class_listed_first() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "gatway");
        assert!(matches!(code(&app), Some(502 | 504)));
        assert_eq!(app.rows()[0], Row::Heading(Class::ServerError));
    }

    #[test]
    fn language_cycles_and_keeps_selection_and_query() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "gateway");
        press(&mut app, KeyCode::Down);
        let selected = code(&app);
        press(&mut app, KeyCode::Enter);
        for expected in [Lang::Ja, Lang::Zh, Lang::En] {
            app.handle_event(&Event::Key(KeyEvent::new(
                KeyCode::Char('L'),
                KeyModifiers::SHIFT,
            )));
            assert_eq!(app.lang(), expected);
            assert_eq!(app.query(), "gateway");
            assert_eq!(code(&app), selected);
        }
    }

    #[test]
    fn f2_switches_language_while_searching() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::F(2));
        assert_eq!(app.lang(), Lang::Ja);
        assert_eq!(app.mode(), Mode::Search);
    }

    #[test]
    fn japanese_and_english_words_both_find_codes_in_japanese() {
        let mut app = app(Lang::Ja);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "ティーポット");
        assert_eq!(code(&app), Some(418));
        for _ in 0.."ティーポット".chars().count() {
            press(&mut app, KeyCode::Backspace);
        }
        type_text(&mut app, "teapot");
        assert_eq!(code(&app), Some(418));
    }

    #[test]
    fn q_and_esc_quit_from_browse_mode_and_ctrl_c_anywhere() {
        for key in [KeyCode::Char('q'), KeyCode::Esc] {
            let mut app = app(Lang::En);
            press(&mut app, key);
            assert!(app.should_quit());
        }
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char('c'),
            KeyModifiers::CONTROL,
        )));
        assert!(app.should_quit());
    }

    #[test]
    fn help_opens_with_question_mark_and_any_key_closes_it() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('?'));
        assert!(app.help_open());
        press(&mut app, KeyCode::Char('j'));
        assert!(!app.help_open());
        assert_eq!(code(&app), Some(100), "the closing key does nothing else");
        press(&mut app, KeyCode::Char('?'));
        press(&mut app, KeyCode::Esc);
        assert!(!app.help_open() && !app.should_quit());
    }

    #[test]
    fn detail_scrolls_within_its_text() {
        let mut app = App::new(Catalog::embedded().unwrap(), Lang::En, "", (100, 14));
        press(&mut app, KeyCode::Char('u'));
        assert_eq!(app.detail_scroll(), 0);
        for _ in 0..200 {
            press(&mut app, KeyCode::Char('d'));
        }
        let max = app.detail_scroll();
        assert!(max > 0, "a 14-row screen cannot show the whole detail");
        press(&mut app, KeyCode::Char('u'));
        assert_eq!(app.detail_scroll(), max - 1);
        press(&mut app, KeyCode::Down);
        assert_eq!(app.detail_scroll(), 0, "a new selection starts at the top");
    }

    #[test]
    fn paste_goes_into_the_search_without_control_characters() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        app.handle_event(&Event::Paste("tea\u{1b}pot\n".into()));
        assert_eq!(app.query(), "teapot");
        assert_eq!(code(&app), Some(418));
    }

    #[test]
    fn a_click_selects_the_code_under_the_pointer_and_the_wheel_moves() {
        let mut app = app(Lang::En);
        let list = ui::list_inner(ui::layout(app.area(), false).list);
        // Row 0 is the 1xx heading, row 3 is 102.
        let click = |row: u16| {
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: list.x + 2,
                row: list.y + row,
                modifiers: KeyModifiers::NONE,
            })
        };
        app.handle_event(&click(3));
        assert_eq!(code(&app), Some(102));
        app.handle_event(&click(0));
        assert_eq!(code(&app), Some(102), "a heading is not selectable");
        let wheel = Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: list.x + 2,
            row: list.y + 1,
            modifiers: KeyModifiers::NONE,
        });
        app.handle_event(&wheel);
        assert_eq!(code(&app), Some(103));
    }

    #[test]
    fn tab_switches_panes_on_small_screens() {
        let mut app = App::new(Catalog::embedded().unwrap(), Lang::En, "", (40, 12));
        assert!(!app.show_detail());
        press(&mut app, KeyCode::Tab);
        assert!(app.show_detail());
    }

    #[test]
    fn resize_keeps_the_selection_in_view() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::End);
        app.handle_event(&Event::Resize(40, 12));
        let height = app.list_height();
        let selected = app.selected_row().unwrap();
        assert!(app.list_offset() <= selected && selected < app.list_offset() + height.max(1));
    }

    fn select_code(app: &mut App, digits: &str) {
        press(app, KeyCode::Char('/'));
        type_text(app, digits);
        press(app, KeyCode::Enter);
    }

    #[test]
    fn following_a_see_also_and_coming_back() {
        let mut app = app(Lang::En);
        select_code(&mut app, "401");
        press(&mut app, KeyCode::Char('f'));
        assert!(matches!(
            app.overlay(),
            Overlay::Menu(Menu {
                kind: MenuKind::Follow,
                ..
            })
        ));
        let items = app.menu_items();
        let forbidden = items
            .iter()
            .position(|item| item.starts_with("403"))
            .expect("401 sees 403");
        press(
            &mut app,
            KeyCode::Char(char::from(b'1' + u8::try_from(forbidden).unwrap())),
        );
        assert_eq!(code(&app), Some(403));
        assert_eq!(app.query(), "", "the filter that hid 403 is cleared");
        press(&mut app, KeyCode::Char('b'));
        assert_eq!(code(&app), Some(401));
        assert_eq!(app.query(), "401", "back restores the filter too");
        press(&mut app, KeyCode::Char('b'));
        assert_eq!(app.notice(), Some("Nothing to go back to"));
    }

    #[test]
    fn a_menu_takes_arrows_and_enter_and_closes_with_esc() {
        let mut app = app(Lang::En);
        select_code(&mut app, "401");
        press(&mut app, KeyCode::Char('f'));
        press(&mut app, KeyCode::Down);
        let second = app.menu_items()[1].clone();
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            code(&app).map(|c| c.to_string()),
            Some(second[..3].to_owned())
        );
        press(&mut app, KeyCode::Char('f'));
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.overlay(), &Overlay::None);
        assert!(!app.should_quit(), "Esc closes the menu, not the program");
    }

    #[test]
    fn y_copies_the_code_and_phrase_and_says_so() {
        let mut app = app(Lang::Ja);
        select_code(&mut app, "404");
        press(&mut app, KeyCode::Char('y'));
        assert_eq!(app.take_clipboard().as_deref(), Some("404 Not Found"));
        assert!(app.notice().unwrap().contains("404 Not Found"));
        assert_eq!(app.take_clipboard(), None, "copied once");
        press(&mut app, KeyCode::Down);
        assert_eq!(app.notice(), None, "the next key clears the message");
    }

    #[test]
    fn shift_y_copies_a_chosen_constant() {
        let mut app = app(Lang::En);
        select_code(&mut app, "418");
        app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char('Y'),
            KeyModifiers::SHIFT,
        )));
        let items = app.menu_items();
        let rust = items
            .iter()
            .position(|item| item.starts_with("StatusCode::"))
            .unwrap();
        for _ in 0..rust {
            press(&mut app, KeyCode::Down);
        }
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            app.take_clipboard().as_deref(),
            Some("StatusCode::IM_A_TEAPOT")
        );
    }

    #[test]
    fn compare_opens_for_the_selection_and_any_key_closes_it() {
        let mut app = app(Lang::En);
        select_code(&mut app, "301");
        press(&mut app, KeyCode::Char('c'));
        assert_eq!(app.overlay(), &Overlay::Compare);
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(app.overlay(), &Overlay::None);
        assert_eq!(code(&app), Some(301), "the closing key does nothing else");
    }
}
