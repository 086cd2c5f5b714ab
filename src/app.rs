//! The browser's state and its one way of changing: [`App::update`] with an
//! [`Action`]. No terminal is needed here, and nothing here draws: what the
//! last frame drew comes in through [`App::set_viewport`].

use crate::keymap::{Action, Edit, Focus, MenuKind, Mode, Step};
use crate::lineedit::LineEdit;
use crate::search;
use crate::theme::{Marks, Theme};
use crate::viewport::Viewport;
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog, Class, Entry};

/// A row of the list pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A class heading; never selectable.
    Heading(Class),
    /// A code: its index in the catalogue, the label characters to
    /// highlight, and the words that found it when the label does not show
    /// them.
    Item {
        entry: usize,
        matched: Vec<usize>,
        reason: Option<&'static str>,
    },
}

/// The list pane: its rows, which one is selected, and the first one shown.
#[derive(Debug, Default)]
pub struct ListView {
    rows: Vec<Row>,
    /// Index into `rows` of the selected code; always an `Item`, or `None`
    /// when nothing is shown.
    selected: Option<usize>,
    /// First row shown.
    offset: usize,
}

impl ListView {
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// Index into [`ListView::rows`] of the selected code.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The first row shown.
    pub(crate) fn offset(&self) -> usize {
        self.offset
    }

    /// The catalogue index of the selected entry.
    fn selected_entry(&self) -> Option<usize> {
        match self.rows.get(self.selected?)? {
            Row::Item { entry, .. } => Some(*entry),
            Row::Heading(_) => None,
        }
    }

    /// Rows that hold codes.
    fn items(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, row)| matches!(row, Row::Item { .. }))
            .map(|(i, _)| i)
    }

    /// Whether `row` starts a class: the row before it is a heading.
    fn first_of_class(&self, row: usize) -> bool {
        row > 0 && matches!(self.rows[row - 1], Row::Heading(_))
    }

    /// Keeps the selection in view for a pane of `height` rows. A pane of
    /// no rows (none drawn yet, or hidden) has nothing to keep in view.
    fn scroll_into_view(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        self.offset = match self.selected {
            None => 0,
            Some(selected) => scroll_into_view(
                self.offset,
                selected,
                self.first_of_class(selected),
                height,
                self.rows.len(),
            ),
        };
    }
}

/// The first row to show so that `selected` (and its heading, when
/// `heading_above` and both fit) is in view, moving as little as possible.
#[must_use]
pub(crate) fn scroll_into_view(
    offset: usize,
    selected: usize,
    heading_above: bool,
    height: usize,
    len: usize,
) -> usize {
    if height == 0 {
        return selected;
    }
    let top = if heading_above {
        selected - 1
    } else {
        selected
    };
    let mut offset = offset.min(top);
    // The selection itself wins over its heading when both do not fit.
    if selected >= offset + height {
        offset = selected + 1 - height;
    }
    offset.min(len.saturating_sub(height))
}

/// The next (or previous) of `items` after `current`, wrapping around.
#[must_use]
pub(crate) fn step(items: &[usize], current: usize, forward: bool) -> Option<usize> {
    let at = items.iter().position(|&row| row == current).unwrap_or(0);
    let count = items.len();
    (count > 0).then(|| {
        if forward {
            items[(at + 1) % count]
        } else {
            items[(at + count - 1) % count]
        }
    })
}

/// The item nearest `height` rows on from `current`, stopping at the ends.
#[must_use]
pub(crate) fn page(items: &[usize], current: usize, height: usize, forward: bool) -> usize {
    let height = height.max(1);
    if forward {
        let target = current.saturating_add(height);
        items
            .iter()
            .rev()
            .find(|&&row| row <= target)
            .copied()
            .unwrap_or(current)
            .max(current)
    } else {
        let target = current.saturating_sub(height);
        items
            .iter()
            .find(|&&row| row >= target)
            .copied()
            .unwrap_or(current)
            .min(current)
    }
}

/// The detail pane: whose detail it shows and how far it is scrolled. The
/// scroll belongs to the entry, so a list that changes under the selection
/// never shows another entry scrolled.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DetailView {
    entry: Option<usize>,
    scroll: usize,
}

impl DetailView {
    /// Lines scrolled past.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Shows `entry`, from the top unless it is the one already shown.
    fn show(&mut self, entry: Option<usize>) {
        if entry != self.entry {
            *self = DetailView { entry, scroll: 0 };
        }
    }
}

/// Which pane has the focus while browsing; on a screen too small for
/// both, the one shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    #[default]
    List,
    Detail,
}

/// What picking hands back to the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The code itself: `404`.
    Code,
    /// The constant of this library (an index into the catalogue's
    /// libraries): `http.StatusNotFound`.
    Constant(usize),
}

/// The whole state of the browser.
#[derive(Debug)]
pub struct App {
    lang: Lang,
    focus: Focus,
    query: LineEdit,
    list: ListView,
    detail: DetailView,
    /// The highlighted item of an open menu.
    menu_cursor: usize,
    /// Lines scrolled past in the open help or compare overlay.
    overlay_scroll: usize,
    /// Where each follow started (query and entry id), for going back.
    history: Vec<(String, &'static str)>,
    /// Text to put on the clipboard, for the event loop to send.
    clipboard: Option<String>,
    /// A one-off message for the footer, cleared by the next key.
    notice: Option<String>,
    pane: Pane,
    /// What the last frame drew.
    viewport: Viewport,
    /// Ctrl-Z was pressed: the event loop is to stop the program.
    suspend: bool,
    /// Opened to pick a code, and what to hand back.
    pick: Option<Pick>,
    /// What was picked, for the event loop to print once the terminal is
    /// restored.
    picked: Option<String>,
    /// The colours to draw with, for the terminal's background.
    theme: &'static Theme,
    /// The borders and marks to draw with, for the terminal's widths.
    marks: &'static Marks,
    /// Browsing a scan: how often each entry occurred, by catalogue
    /// index; the list shows only the entries that did.
    counts: Option<Vec<Option<u64>>>,
    quit: bool,
}

impl App {
    /// A browser in `lang`, with `query` already searched.
    #[must_use]
    pub fn new(lang: Lang, query: &str) -> App {
        let mut app = App {
            lang,
            focus: Focus::Browse,
            query: LineEdit::new(query),
            list: ListView::default(),
            detail: DetailView::default(),
            menu_cursor: 0,
            overlay_scroll: 0,
            history: Vec::new(),
            clipboard: None,
            notice: None,
            pane: Pane::List,
            viewport: Viewport::default(),
            suspend: false,
            pick: None,
            picked: None,
            theme: &Theme::DARK,
            marks: &Marks::LINES,
            counts: None,
            quit: false,
        };
        app.refilter(None);
        app
    }

    /// A browser in `lang` of the entries a scan found, with how often each
    /// occurred: `(catalogue index, count)`. The list shows only those, by
    /// class as always, each with its count; search looks among them.
    /// Indexes outside the catalogue are ignored, and an entry given twice
    /// gets the sum.
    #[must_use]
    pub fn with_counts(lang: Lang, counts: Vec<(usize, u64)>) -> App {
        let mut by_entry: Vec<Option<u64>> = vec![None; catalog::entries().len()];
        for (entry, count) in counts {
            if let Some(slot) = by_entry.get_mut(entry) {
                *slot = Some(slot.unwrap_or(0).saturating_add(count));
            }
        }
        let mut app = App::new(lang, "");
        app.counts = Some(by_entry);
        app.refilter(None);
        app
    }

    /// How often entry `index` occurred in the scan, when browsing one.
    pub(crate) fn count(&self, index: usize) -> Option<u64> {
        self.counts.as_ref()?.get(index).copied().flatten()
    }

    /// How many entries the browser can show: the whole catalogue, or the
    /// entries the scan found.
    pub(crate) fn total_count(&self) -> usize {
        self.counts
            .as_ref()
            .map_or(catalog::entries().len(), |counts| {
                counts.iter().filter(|count| count.is_some()).count()
            })
    }

    /// The same browser opened to pick a code: typing refines the search at
    /// once, and Enter hands the selection back as `pick` says.
    #[must_use]
    pub fn picking(mut self, pick: Pick) -> App {
        self.pick = Some(pick);
        self.focus = Focus::Search;
        self
    }

    /// The same browser drawn in `theme`.
    #[must_use]
    pub fn themed(mut self, theme: &'static Theme) -> App {
        self.theme = theme;
        self
    }

    /// The colours to draw with.
    pub(crate) fn theme(&self) -> &'static Theme {
        self.theme
    }

    /// The same browser drawn with `marks`.
    #[must_use]
    pub fn marked(mut self, marks: &'static Marks) -> App {
        self.marks = marks;
        self
    }

    /// The borders and marks to draw with.
    pub(crate) fn marks(&self) -> &'static Marks {
        self.marks
    }

    pub(crate) fn lang(&self) -> Lang {
        self.lang
    }

    pub(crate) fn focus(&self) -> Focus {
        self.focus
    }

    /// What decides the meaning of keys now.
    pub fn mode(&self) -> Mode {
        Mode {
            focus: self.focus,
            filtered: !self.query().is_empty(),
            picking: self.pick.is_some(),
        }
    }

    pub fn query(&self) -> &str {
        self.query.text()
    }

    /// The search query with its cursor, for drawing.
    pub fn query_edit(&self) -> &LineEdit {
        &self.query
    }

    pub fn list(&self) -> &ListView {
        &self.list
    }

    pub fn detail(&self) -> &DetailView {
        &self.detail
    }

    /// The highlighted item of an open menu.
    pub(crate) fn menu_cursor(&self) -> usize {
        self.menu_cursor
    }

    /// Lines scrolled past in the open overlay.
    pub fn overlay_scroll(&self) -> usize {
        self.overlay_scroll
    }

    /// Which pane has the focus, and shows when only one fits.
    pub fn pane(&self) -> Pane {
        self.pane
    }

    /// What the last frame drew, as the event loop reported it.
    pub fn viewport(&self) -> &Viewport {
        &self.viewport
    }

    /// The footer's one-off message, if any.
    pub(crate) fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Takes the text waiting to be copied to the clipboard.
    pub(crate) fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// Takes a request to suspend the program, once.
    pub(crate) fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
    }

    /// Takes what was picked, if the browser ended by picking.
    pub(crate) fn take_picked(&mut self) -> Option<String> {
        self.picked.take()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The selected entry, if any.
    pub(crate) fn selected(&self) -> Option<&'static Entry> {
        self.list
            .selected_entry()
            .map(|index| &catalog::entries()[index])
    }

    /// How many codes the list shows.
    pub fn shown_count(&self) -> usize {
        self.list.items().count()
    }

    /// Takes what the last frame drew: keeps the selection in view and the
    /// detail and overlay scrolled within their text.
    pub(crate) fn set_viewport(&mut self, viewport: Viewport) {
        self.viewport = viewport;
        self.list.scroll_into_view(viewport.list_rows());
        self.detail.scroll = self.detail.scroll.min(viewport.max_detail_scroll());
        self.overlay_scroll = self.overlay_scroll.min(viewport.max_popup_scroll());
    }

    /// Carries out one action: the only way the state changes.
    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Paste(_)) {
            self.notice = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Up => self.step(false),
            Action::Down => self.step(true),
            Action::PageUp => self.page(false),
            Action::PageDown => self.page(true),
            Action::Top => {
                let first = self.list.items().next();
                self.select_row(first);
            }
            Action::Bottom => {
                let last = self.list.items().last();
                self.select_row(last);
            }
            Action::SelectRow(row) => {
                if matches!(self.list.rows.get(row), Some(Row::Item { .. })) {
                    self.select_row(Some(row));
                    self.pane = Pane::List;
                    if self.focus == Focus::Detail {
                        self.focus = Focus::Browse;
                    }
                }
            }
            Action::FocusSearch => self.search(),
            Action::SearchWith(c) => {
                self.search();
                self.query = LineEdit::default();
                self.query.insert(c);
                self.refilter(None);
            }
            Action::ScrollUp(step) => self.scroll(step, false),
            Action::ScrollDown(step) => self.scroll(step, true),
            Action::CycleLanguage => {
                self.lang = self.lang.next();
                let keep = self.selected().map(|entry| entry.id);
                self.refilter(keep);
            }
            Action::Help => self.open_overlay(Focus::Help),
            Action::Follow => self.open_follow(),
            Action::Back => self.back(),
            Action::Compare => {
                if self.selected().is_some() {
                    self.open_overlay(Focus::Compare);
                }
            }
            Action::Copy => {
                if let Some(entry) = self.selected() {
                    self.copy(format!("{} {}", entry.code, entry.phrase));
                }
            }
            Action::CopyConstant => self.open_copy_constant(),
            Action::MenuUp | Action::MenuDown => self.move_menu(action == Action::MenuDown),
            Action::Choose => self.choose(self.menu_cursor),
            Action::Pick(number) => self.choose(usize::from(number).saturating_sub(1)),
            Action::Close | Action::KeepFilter => self.browse(),
            Action::TogglePane => {
                self.pane = match self.pane {
                    Pane::List => Pane::Detail,
                    Pane::Detail => Pane::List,
                };
                self.browse();
            }
            Action::FocusDetail => {
                self.pane = Pane::Detail;
                self.browse();
            }
            Action::Type(c) => {
                if self.query.insert(c) {
                    self.refilter(None);
                }
            }
            Action::Paste(text) => {
                if self.query.insert_str(&text) {
                    self.refilter(None);
                }
            }
            Action::Edit(edit) => self.edit(edit),
            Action::Accept => self.accept(),
            Action::ClearFilter => {
                self.pane = Pane::List;
                self.browse();
                let keep = self.selected().map(|entry| entry.id);
                self.query = LineEdit::default();
                self.refilter(keep);
            }
        }
    }

    /// Hands the selection back and ends, if it has what was asked for;
    /// a code without the library's constant says so and stays.
    fn accept(&mut self) {
        let (Some(pick), Some(entry)) = (self.pick, self.selected()) else {
            return;
        };
        match pick {
            Pick::Code => self.picked = Some(entry.code.to_string()),
            Pick::Constant(library) => {
                if let Some(constant) = entry.constant(library) {
                    self.picked = Some(constant.code.to_owned());
                } else {
                    let code = entry.code.to_string();
                    let library = catalog::libraries()[library].key;
                    self.notice = Some(fill(
                        self.lang.strings().errors.no_constant,
                        &[("code", &code), ("library", library)],
                    ));
                }
            }
        }
        self.quit = self.picked.is_some();
    }

    /// Puts the cursor in the search bar; the list shows the hits.
    fn search(&mut self) {
        self.focus = Focus::Search;
        self.pane = Pane::List;
    }

    /// Goes back to browsing, in the pane that has the focus.
    fn browse(&mut self) {
        self.focus = match self.pane {
            Pane::List => Focus::Browse,
            Pane::Detail => Focus::Detail,
        };
    }

    fn open_overlay(&mut self, overlay: Focus) {
        self.focus = overlay;
        self.overlay_scroll = 0;
    }

    /// Scrolls the open overlay, or else the detail pane, by `step`.
    fn scroll(&mut self, step: Step, down: bool) {
        let overlay = matches!(self.focus, Focus::Help | Focus::Compare);
        let (scroll, rows, max) = if overlay {
            (
                &mut self.overlay_scroll,
                self.viewport.popup_rows,
                self.viewport.max_popup_scroll(),
            )
        } else {
            (
                &mut self.detail.scroll,
                self.viewport.detail_rows(),
                self.viewport.max_detail_scroll(),
            )
        };
        let by = match step {
            Step::Line => 1,
            Step::HalfPage => (rows / 2).max(1),
            Step::Page => rows.max(1),
            Step::End => max,
        };
        *scroll = if down {
            scroll.saturating_add(by).min(max)
        } else {
            scroll.saturating_sub(by)
        };
    }

    /// Edits the query; the list follows when the text changes.
    fn edit(&mut self, edit: Edit) {
        let query = &mut self.query;
        let changed = match edit {
            Edit::Left | Edit::Right | Edit::Home | Edit::End => {
                match edit {
                    Edit::Left => query.left(),
                    Edit::Right => query.right(),
                    Edit::Home => query.home(),
                    _ => query.end(),
                };
                false
            }
            Edit::Backspace => query.backspace(),
            Edit::Delete => query.delete(),
            Edit::DeleteWord => query.delete_word_before(),
            Edit::KillToStart => query.kill_to_start(),
            Edit::KillToEnd => query.kill_to_end(),
        };
        if changed {
            self.refilter(None);
        }
    }

    /// The items of the open menu: related codes to follow, or constants.
    pub(crate) fn menu_items(&self) -> Vec<String> {
        let (Focus::Menu(kind), Some(entry)) = (self.focus, self.selected()) else {
            return Vec::new();
        };
        match kind {
            MenuKind::Follow => crate::describe::see_also(entry, self.lang),
            MenuKind::CopyConstant => entry.constants.iter().map(|c| c.code.to_owned()).collect(),
        }
    }

    fn move_menu(&mut self, forward: bool) {
        let count = self.menu_items().len();
        if count > 0 {
            self.menu_cursor = if forward {
                (self.menu_cursor + 1) % count
            } else {
                (self.menu_cursor + count - 1) % count
            };
        }
    }

    fn open_menu(&mut self, kind: MenuKind) {
        self.focus = Focus::Menu(kind);
        self.menu_cursor = 0;
    }

    /// Goes to the related code directly when there is one, else asks which.
    fn open_follow(&mut self) {
        let Some(entry) = self.selected() else { return };
        match entry.see_also {
            [] => {}
            [only] => self.follow(*only),
            _ => self.open_menu(MenuKind::Follow),
        }
    }

    fn open_copy_constant(&mut self) {
        let Some(entry) = self.selected() else { return };
        if entry.constants.is_empty() {
            self.notice = Some(self.lang.strings().browser.no_constants.to_owned());
        } else {
            self.open_menu(MenuKind::CopyConstant);
        }
    }

    /// Takes menu item `index`, if the menu has it.
    fn choose(&mut self, index: usize) {
        let (Focus::Menu(kind), Some(entry)) = (self.focus, self.selected()) else {
            return;
        };
        match kind {
            MenuKind::Follow => {
                if let Some(&target) = entry.see_also.get(index) {
                    self.browse();
                    self.follow(target);
                }
            }
            MenuKind::CopyConstant => {
                if let Some(constant) = entry.constants.get(index) {
                    self.browse();
                    self.copy(constant.code.to_owned());
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
        if self.counts.is_some() && self.count(target).is_none() {
            let code = catalog::entries()[target].code.to_string();
            let message = self.lang.strings().browser.not_scanned;
            self.notice = Some(fill(message, &[("code", &code)]));
            return;
        }
        self.history.push((self.query().to_owned(), current.id));
        if !self.shows(target) {
            self.query = LineEdit::default();
        }
        self.refilter(Some(catalog::entries()[target].id));
    }

    /// Returns to where the last follow started.
    fn back(&mut self) {
        match self.history.pop() {
            Some((query, id)) => {
                self.query = LineEdit::new(&query);
                self.refilter(Some(id));
            }
            None => self.notice = Some(self.lang.strings().browser.back_empty.to_owned()),
        }
    }

    /// Whether the list shows entry `index`.
    fn shows(&self, index: usize) -> bool {
        self.list
            .rows
            .iter()
            .any(|row| matches!(row, Row::Item { entry, .. } if *entry == index))
    }

    /// Queues `text` for the clipboard and says so in the footer.
    fn copy(&mut self, text: String) {
        self.notice = Some(fill(self.lang.strings().browser.copied, &[("text", &text)]));
        self.clipboard = Some(text);
    }

    /// Runs the search again and rebuilds the rows, grouped by class.
    ///
    /// Classes appear in the order of their best match, so the best hit is
    /// always the first code. The selection goes to `keep` if it is still
    /// shown, else to the first code.
    fn refilter(&mut self, keep: Option<&str>) {
        let hits = search::search(self.lang, self.query.text());
        let mut groups: Vec<(Class, Vec<Row>)> = Vec::new();
        let counted = |entry| self.counts.is_none() || self.count(entry).is_some();
        for hit in hits.into_iter().filter(|hit| counted(hit.entry)) {
            let class = catalog::entries()[hit.entry].class;
            let row = Row::Item {
                entry: hit.entry,
                matched: hit.label_indices,
                reason: hit.reason,
            };
            match groups.iter_mut().find(|(c, _)| *c == class) {
                Some((_, rows)) => rows.push(row),
                None => groups.push((class, vec![row])),
            }
        }
        self.list.rows = groups
            .into_iter()
            .flat_map(|(class, rows)| std::iter::once(Row::Heading(class)).chain(rows))
            .collect();
        let kept = keep.and_then(|id| {
            self.list.items().find(|&row| match &self.list.rows[row] {
                Row::Item { entry, .. } => catalog::entries()[*entry].id == id,
                Row::Heading(_) => false,
            })
        });
        let first = self.list.items().next();
        self.list.offset = 0;
        self.select_row(kept.or(first));
    }

    /// Selects a row holding a code (or nothing); the detail follows.
    fn select_row(&mut self, row: Option<usize>) {
        self.list.selected = row;
        self.list.scroll_into_view(self.viewport.list_rows());
        self.detail.show(self.list.selected_entry());
    }

    /// Moves to the next or previous code, wrapping around the ends.
    fn step(&mut self, forward: bool) {
        let Some(current) = self.list.selected else {
            return;
        };
        let items: Vec<usize> = self.list.items().collect();
        let next = step(&items, current, forward);
        self.select_row(next);
    }

    /// Moves by a screenful of rows, stopping at the ends.
    fn page(&mut self, forward: bool) {
        let Some(current) = self.list.selected else {
            return;
        };
        let items: Vec<usize> = self.list.items().collect();
        let row = page(&items, current, self.viewport.list_rows(), forward);
        self.select_row(Some(row));
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    use ratatui::layout::Rect;

    use super::*;
    use crate::keymap::action_for_event;

    /// The geometry of a 100x30 screen: 26 list rows, a 28-row detail.
    fn viewport(list_rows: u16, detail_rows: u16, detail_lines: usize) -> Viewport {
        Viewport {
            single_pane: false,
            list: Rect::new(1, 4, 38, list_rows),
            list_top: 0,
            detail: Rect::new(42, 4, 56, detail_rows),
            detail_lines,
            ..Viewport::default()
        }
    }

    fn app(lang: Lang) -> App {
        let mut app = App::new(lang, "");
        app.set_viewport(viewport(26, 24, 30));
        app
    }

    fn send(app: &mut App, event: &Event) {
        if let Some(action) = action_for_event(event, app.mode(), app.viewport()) {
            app.update(action);
        }
    }

    fn press(app: &mut App, code: KeyCode) {
        send(app, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
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
    fn scroll_into_view_moves_as_little_as_it_can() {
        // Already in view: unchanged.
        assert_eq!(scroll_into_view(5, 8, false, 10, 100), 5);
        // Below the pane: the selection becomes the last row.
        assert_eq!(scroll_into_view(0, 12, false, 10, 100), 3);
        // Above it: the selection, with its heading, becomes the first row.
        assert_eq!(scroll_into_view(20, 12, true, 10, 100), 11);
        // A heading that does not fit gives way to the selection.
        assert_eq!(scroll_into_view(0, 10, true, 1, 100), 10);
        // Never past the last screenful.
        assert_eq!(scroll_into_view(95, 96, false, 10, 100), 90);
        assert_eq!(scroll_into_view(3, 4, false, 0, 100), 4);
    }

    #[test]
    fn step_wraps_and_page_stops_at_the_ends() {
        let items = [1, 2, 3, 5, 6, 8];
        assert_eq!(step(&items, 3, true), Some(5));
        assert_eq!(step(&items, 8, true), Some(1));
        assert_eq!(step(&items, 1, false), Some(8));
        assert_eq!(step(&[], 0, true), None);
        assert_eq!(page(&items, 1, 4, true), 5);
        assert_eq!(page(&items, 5, 40, true), 8);
        assert_eq!(page(&items, 8, 4, false), 5);
        assert_eq!(page(&items, 2, 40, false), 1);
        assert_eq!(
            page(&items, 3, 0, true),
            3,
            "a pane of no rows pages by one row"
        );
    }

    #[test]
    fn starts_in_browse_mode_on_the_first_code_under_its_heading() {
        let app = app(Lang::En);
        assert_eq!(app.focus(), Focus::Browse);
        assert_eq!(app.list().rows()[0], Row::Heading(Class::Informational));
        assert_eq!(code(&app), Some(100));
        assert_eq!(app.list().selected(), Some(1));
    }

    #[test]
    fn down_and_up_skip_class_headings() {
        let mut app = app(Lang::En);
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
        let last = catalog::entries().last().unwrap().code;
        press(&mut app, KeyCode::Up);
        assert_eq!(code(&app), Some(last));
        press(&mut app, KeyCode::Down);
        assert_eq!(code(&app), Some(100));
    }

    #[test]
    fn page_down_moves_a_screenful_and_stops_at_the_end() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::PageDown);
        let after_one = app.list().selected().unwrap();
        assert!((20..=26).contains(&after_one), "moved to row {after_one}");
        for _ in 0..20 {
            press(&mut app, KeyCode::PageDown);
        }
        assert_eq!(app.list().selected(), app.list().items().last());
        for _ in 0..20 {
            press(&mut app, KeyCode::PageUp);
        }
        assert_eq!(code(&app), Some(100));
    }

    #[test]
    fn the_selection_stays_in_view() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::End);
        let selected = app.list().selected().unwrap();
        let offset = app.list().offset();
        assert!(offset <= selected && selected < offset + 26);
        press(&mut app, KeyCode::Home);
        assert_eq!(
            app.list().offset(),
            0,
            "the heading above the first code shows"
        );
    }

    #[test]
    fn a_smaller_viewport_scrolls_the_selection_back_into_view() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::End);
        let before = app.list().offset();
        app.set_viewport(viewport(5, 5, 30));
        let selected = app.list().selected().unwrap();
        assert!(app.list().offset() <= selected && selected < app.list().offset() + 5);
        assert_ne!(app.list().offset(), before, "the list had to move");
    }

    #[test]
    fn search_filters_on_every_keystroke_and_backspace_edits() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        assert_eq!(app.focus(), Focus::Search);
        type_text(&mut app, "teapo");
        assert_eq!(code(&app), Some(418));
        type_text(&mut app, "tx");
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
        assert_eq!(app.focus(), Focus::Search);
    }

    #[test]
    fn enter_keeps_the_filter_and_esc_clears_it() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "5xx");
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.focus(), Focus::Browse);
        assert_eq!(app.query(), "5xx");
        let classes: Vec<Class> = app
            .list()
            .items()
            .map(|row| match &app.list().rows()[row] {
                Row::Item { entry, .. } => catalog::entries()[*entry].class,
                Row::Heading(class) => *class,
            })
            .collect();
        assert!(!classes.is_empty() && classes.iter().all(|&c| c == Class::ServerError));
        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.focus(), Focus::Browse);
        assert_eq!(app.query(), "");
        assert_eq!(app.shown_count(), catalog::entries().len());
        assert!(
            !app.should_quit(),
            "Esc in search mode only leaves the search"
        );
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
            send(
                &mut app,
                &Event::Key(KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT)),
            );
            assert_eq!(app.lang(), expected);
            assert_eq!(app.query(), "gateway");
            assert_eq!(code(&app), selected);
        }
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
        send(
            &mut app,
            &Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        );
        assert!(app.should_quit());
    }

    #[test]
    fn help_opens_with_question_mark_and_closing_keys_do_nothing_else() {
        let mut app = app(Lang::En);
        for key in [
            KeyCode::Char('q'),
            KeyCode::Esc,
            KeyCode::Enter,
            KeyCode::Char('x'),
        ] {
            press(&mut app, KeyCode::Char('?'));
            assert_eq!(app.focus(), Focus::Help);
            press(&mut app, key);
            assert_eq!(app.focus(), Focus::Browse);
            assert!(!app.should_quit(), "{key:?} closes help only");
            assert_eq!(code(&app), Some(100), "{key:?} does nothing else");
        }
    }

    #[test]
    fn an_overlay_scrolls_within_what_the_last_frame_drew() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('?'));
        app.set_viewport(Viewport {
            popup_lines: 50,
            popup_rows: 20,
            ..viewport(26, 24, 30)
        });
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(app.overlay_scroll(), 1);
        press(&mut app, KeyCode::Char(' '));
        assert_eq!(app.overlay_scroll(), 21);
        press(&mut app, KeyCode::PageDown);
        assert_eq!(
            app.overlay_scroll(),
            30,
            "no further than the last screenful"
        );
        assert_eq!(app.focus(), Focus::Help);
        assert_eq!(app.detail().scroll(), 0, "the detail behind stays put");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay_scroll(), 0, "it opens at the top again");
    }

    #[test]
    fn detail_scrolls_within_its_text() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('u'));
        assert_eq!(app.detail().scroll(), 0);
        for _ in 0..200 {
            press(&mut app, KeyCode::Char('d'));
        }
        assert_eq!(app.detail().scroll(), 6, "30 lines in a 24-row pane");
        press(&mut app, KeyCode::Char('u'));
        assert_eq!(app.detail().scroll(), 5);
        press(&mut app, KeyCode::Down);
        assert_eq!(
            app.detail().scroll(),
            0,
            "a new selection starts at the top"
        );
    }

    #[test]
    fn the_detail_scroll_belongs_to_the_entry_not_the_row() {
        let mut app = app(Lang::En);
        select_code(&mut app, "40");
        let first = code(&app);
        for _ in 0..3 {
            press(&mut app, KeyCode::Char('d'));
        }
        assert_eq!(app.detail().scroll(), 3);
        // One more digit refilters: row 1 now holds another entry.
        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::Char('4'));
        assert_eq!(app.list().selected(), Some(1));
        assert_ne!(code(&app), first);
        assert_eq!(app.detail().scroll(), 0, "another entry starts at its top");
        // Clearing the filter keeps the selected entry, and its scroll.
        press(&mut app, KeyCode::Enter);
        for _ in 0..2 {
            press(&mut app, KeyCode::Char('d'));
        }
        press(&mut app, KeyCode::Char('/'));
        press(&mut app, KeyCode::Esc);
        assert_eq!(code(&app), Some(404));
        assert_eq!(app.detail().scroll(), 2);
    }

    #[test]
    fn a_scroll_past_a_shorter_detail_is_clamped_by_the_next_frame() {
        let mut app = app(Lang::En);
        for _ in 0..6 {
            press(&mut app, KeyCode::Char('d'));
        }
        app.set_viewport(viewport(26, 24, 26));
        assert_eq!(app.detail().scroll(), 2);
    }

    #[test]
    fn paste_goes_into_the_search_without_control_characters() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        send(&mut app, &Event::Paste("tea\u{1b}pot\n".into()));
        assert_eq!(app.query(), "teapot");
        assert_eq!(code(&app), Some(418));
    }

    #[test]
    fn tab_moves_the_focus_between_the_panes() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus(), Focus::Detail);
        assert_eq!(app.pane(), Pane::Detail);
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(app.detail().scroll(), 1, "j scrolls the focused detail");
        assert_eq!(code(&app), Some(100), "and leaves the selection");
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus(), Focus::Browse);
        press(&mut app, KeyCode::Char('j'));
        assert_eq!(code(&app), Some(101));
        // On a small screen the focused pane is the one shown.
        app.set_viewport(Viewport {
            single_pane: true,
            detail: Rect::default(),
            ..viewport(8, 0, 0)
        });
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.pane(), Pane::Detail);
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.pane(), Pane::List, "Esc goes back to the list");
        assert!(!app.should_quit());
    }

    #[test]
    fn the_focused_detail_scrolls_by_line_half_page_page_and_to_its_ends() {
        let mut app = app(Lang::En);
        app.set_viewport(viewport(26, 10, 45));
        press(&mut app, KeyCode::Tab);
        let ctrl = |app: &mut App, c| {
            send(
                app,
                &Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
            );
        };
        press(&mut app, KeyCode::Down);
        assert_eq!(app.detail().scroll(), 1);
        ctrl(&mut app, 'd');
        assert_eq!(app.detail().scroll(), 6);
        press(&mut app, KeyCode::Char(' '));
        assert_eq!(app.detail().scroll(), 16);
        press(&mut app, KeyCode::Char('b'));
        assert_eq!(app.detail().scroll(), 6);
        ctrl(&mut app, 'u');
        assert_eq!(app.detail().scroll(), 1);
        press(&mut app, KeyCode::Char('G'));
        assert_eq!(app.detail().scroll(), 35);
        press(&mut app, KeyCode::Char(' '));
        assert_eq!(app.detail().scroll(), 35);
        press(&mut app, KeyCode::Char('g'));
        assert_eq!(app.detail().scroll(), 0);
    }

    #[test]
    fn scrolling_a_hidden_detail_pane_leaves_nothing_to_clamp_later() {
        let mut app = app(Lang::En);
        app.set_viewport(Viewport {
            single_pane: true,
            detail: Rect::default(),
            ..viewport(8, 0, 0)
        });
        for _ in 0..5 {
            press(&mut app, KeyCode::Char('d'));
        }
        assert_eq!(app.detail().scroll(), 0);
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
        assert_eq!(app.focus(), Focus::Menu(MenuKind::Follow));
        let forbidden = app
            .menu_items()
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
        assert_eq!(app.notice(), Some(Lang::En.strings().browser.back_empty));
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
        assert_eq!(app.focus(), Focus::Browse);
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
        send(
            &mut app,
            &Event::Key(KeyEvent::new(KeyCode::Char('Y'), KeyModifiers::SHIFT)),
        );
        let rust = app
            .menu_items()
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
    fn compare_opens_for_the_selection_and_q_closes_it() {
        let mut app = app(Lang::En);
        select_code(&mut app, "301");
        press(&mut app, KeyCode::Char('c'));
        assert_eq!(app.focus(), Focus::Compare);
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.focus(), Focus::Browse);
        assert!(!app.should_quit(), "q closes the overlay, not the program");
        assert_eq!(code(&app), Some(301), "the closing key does nothing else");
    }

    #[test]
    fn typing_a_code_in_the_list_selects_it() {
        let mut app = app(Lang::En);
        type_text(&mut app, "404");
        assert_eq!(app.focus(), Focus::Search);
        assert_eq!(app.query(), "404");
        assert_eq!(code(&app), Some(404));
    }

    #[test]
    fn a_letter_without_a_binding_starts_a_new_search_with_it() {
        let mut app = app(Lang::En);
        select_code(&mut app, "5xx");
        type_text(&mut app, "teapot");
        assert_eq!(app.query(), "teapot", "the kept filter gives way");
        assert_eq!(code(&app), Some(418));
    }

    #[test]
    fn esc_leaves_a_search_then_the_filter_then_the_app() {
        let mut app = app(Lang::En);
        select_code(&mut app, "404");
        assert_eq!(app.focus(), Focus::Browse);
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.query(), "", "Esc on a filtered list clears the filter");
        assert_eq!(code(&app), Some(404), "and keeps the selection");
        assert!(!app.should_quit());
        press(&mut app, KeyCode::Esc);
        assert!(app.should_quit(), "Esc on the plain list quits");
    }

    /// Sends Ctrl plus `c`.
    fn ctrl(app: &mut App, c: char) {
        send(
            app,
            &Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
        );
    }

    #[test]
    fn the_query_is_edited_at_its_cursor() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "tepot");
        for _ in 0..3 {
            press(&mut app, KeyCode::Left);
        }
        type_text(&mut app, "a");
        assert_eq!(app.query(), "teapot");
        assert_eq!(code(&app), Some(418));
        ctrl(&mut app, 'e');
        type_text(&mut app, " gateway");
        ctrl(&mut app, 'w');
        assert_eq!(app.query(), "teapot ");
        ctrl(&mut app, 'a');
        press(&mut app, KeyCode::Delete);
        assert_eq!(app.query(), "eapot ");
        ctrl(&mut app, 'f');
        ctrl(&mut app, 'k');
        assert_eq!(app.query(), "e");
        press(&mut app, KeyCode::End);
        send(
            &mut app,
            &Event::Key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::ALT)),
        );
        assert_eq!(app.query(), "");
        type_text(&mut app, "502 504");
        ctrl(&mut app, 'b');
        ctrl(&mut app, 'u');
        assert_eq!(app.query(), "4");
        assert_eq!(app.query_edit().cursor(), 0);
    }

    #[test]
    fn control_keys_move_the_selection_while_searching() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "gateway");
        let first = code(&app);
        ctrl(&mut app, 'n');
        let second = code(&app);
        assert_ne!(first, second);
        ctrl(&mut app, 'p');
        assert_eq!(code(&app), first);
        ctrl(&mut app, 'j');
        assert_eq!(code(&app), second);
        assert_eq!(app.query(), "gateway");
        assert_eq!(app.focus(), Focus::Search);
    }

    #[test]
    fn picking_starts_in_the_search_and_enter_hands_back_the_code() {
        let mut app = App::new(Lang::En, "tea").picking(Pick::Code);
        app.set_viewport(viewport(26, 24, 30));
        assert_eq!(app.focus(), Focus::Search);
        type_text(&mut app, "pot");
        press(&mut app, KeyCode::Enter);
        assert!(app.should_quit());
        assert_eq!(app.take_picked().as_deref(), Some("418"));
    }

    #[test]
    fn picking_a_constant_stays_open_for_a_code_the_library_lacks() {
        let go = catalog::library("go").unwrap();
        let mut app = App::new(Lang::En, "999").picking(Pick::Constant(go));
        app.set_viewport(viewport(26, 24, 30));
        press(&mut app, KeyCode::Enter);
        assert!(!app.should_quit());
        assert_eq!(app.take_picked(), None);
        assert!(app.notice().is_some_and(|notice| notice.contains("999")));
        press(&mut app, KeyCode::Esc);
        assert!(app.should_quit(), "Esc gives up at once, as in fzf");
        assert_eq!(app.take_picked(), None);
        let mut app = App::new(Lang::En, "404").picking(Pick::Constant(go));
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.take_picked().as_deref(), Some("http.StatusNotFound"));
    }

    #[test]
    fn enter_picks_nothing_outside_pick_mode_or_without_a_selection() {
        let mut app = app(Lang::En);
        app.update(Action::Accept);
        assert!(!app.should_quit());
        let mut app = App::new(Lang::En, "zzqqxx").picking(Pick::Code);
        press(&mut app, KeyCode::Enter);
        assert!(!app.should_quit(), "nothing is selected");
    }

    #[test]
    fn a_scan_shows_only_its_entries_with_their_counts_by_class() {
        let index = |code| catalog::by_code(code).next().unwrap().index;
        let counts = vec![
            (index(404), 12),
            (index(200), 5000),
            (index(502), 3),
            (index(301), 40),
            (index(404), 1),
            (usize::MAX, 9),
        ];
        let mut app = App::with_counts(Lang::En, counts);
        app.set_viewport(viewport(26, 24, 30));
        let rows: Vec<String> = app
            .list()
            .rows()
            .iter()
            .map(|row| match row {
                Row::Heading(class) => class.label().to_owned(),
                Row::Item { entry, .. } => catalog::entries()[*entry].code.to_string(),
            })
            .collect();
        assert_eq!(
            rows,
            ["2xx", "200", "3xx", "301", "4xx", "404", "5xx", "502"]
        );
        assert_eq!(app.total_count(), 4);
        assert_eq!(app.count(index(404)), Some(13), "given twice: the sum");
        assert_eq!(app.count(index(418)), None);
        // Search looks among the scanned entries only.
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "gateway");
        assert_eq!(app.shown_count(), 1);
        assert_eq!(code(&app), Some(502));
    }

    #[test]
    fn following_a_see_also_outside_the_scan_says_so() {
        let index = |code| catalog::by_code(code).next().unwrap().index;
        let mut app = App::with_counts(Lang::En, vec![(index(301), 2), (index(308), 1)]);
        app.set_viewport(viewport(26, 24, 30));
        assert_eq!(code(&app), Some(301));
        press(&mut app, KeyCode::Char('f'));
        let items = app.menu_items();
        let pick = |app: &mut App, code: &str| {
            let at = items
                .iter()
                .position(|item| item.starts_with(code))
                .unwrap();
            press(
                app,
                KeyCode::Char(char::from(b'1' + u8::try_from(at).unwrap())),
            );
        };
        pick(&mut app, "410");
        assert_eq!(code(&app), Some(301), "410 is not in the scan");
        assert!(app.notice().is_some_and(|notice| notice.contains("410")));
        press(&mut app, KeyCode::Char('f'));
        pick(&mut app, "308");
        assert_eq!(code(&app), Some(308));
    }

    #[test]
    fn ctrl_z_asks_the_event_loop_to_suspend_once() {
        let mut app = app(Lang::En);
        press(&mut app, KeyCode::Char('/'));
        ctrl(&mut app, 'z');
        assert!(app.take_suspend());
        assert!(!app.take_suspend());
        assert_eq!(app.focus(), Focus::Search, "nothing else changes");
    }

    #[test]
    fn a_click_selects_the_code_on_that_row() {
        let mut app = app(Lang::En);
        app.update(Action::SelectRow(3));
        assert_eq!(code(&app), Some(102));
        app.update(Action::SelectRow(0));
        assert_eq!(code(&app), Some(102), "a heading is not selectable");
        app.update(Action::SelectRow(10_000));
        assert_eq!(code(&app), Some(102));
    }
}
