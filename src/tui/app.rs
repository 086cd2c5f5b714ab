//! The browser's state and its one way of changing: [`App::update`] with an
//! [`Action`]. No terminal is needed here, and nothing here draws: what the
//! last frame drew comes in through [`App::set_viewport`].

use crate::describe::{self, Today};
use crate::search;
use crate::text::width;
use crate::tui::keymap::{Action, Edit, Focus, MenuKind, Mode, Step};
use crate::tui::lineedit::LineEdit;
use crate::tui::theme::{Marks, Theme};
use crate::tui::viewport::Viewport;
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog, Class, Constant, Entry};

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
    /// Quit by Ctrl-C rather than a key that ends the browser normally.
    interrupted: bool,
    /// Where today's date comes from (see [`App::dated`]): the day of the
    /// registry snapshot until told, so that a frame never depends on the
    /// clock unless the caller says.
    today: Today,
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
            interrupted: false,
            today: Today::Day(describe::days_of(catalog::REGISTRY_SNAPSHOT).unwrap_or(0)),
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

    /// The same browser counting a temporary registration's days from the
    /// date `today` gives (days since 1970-01-01, UTC).
    #[must_use]
    pub fn dated(mut self, today: Today) -> App {
        self.today = today;
        self
    }

    /// Where today's date comes from.
    pub(crate) fn today(&self) -> Today {
        self.today
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

    /// Whether the browser was quit by Ctrl-C.
    pub fn interrupted(&self) -> bool {
        self.interrupted
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
            Action::Interrupt => {
                self.quit = true;
                self.interrupted = true;
            }
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
            // Each constant beside its library's name, the names in a column.
            MenuKind::CopyConstant => {
                let name = |c: &Constant| catalog::libraries()[c.library].name;
                let column = entry.constants.iter().map(|c| width(name(c))).max();
                entry
                    .constants
                    .iter()
                    .map(|c| {
                        let pad = column.unwrap_or(0) - width(name(c));
                        format!("{}{}  {}", name(c), " ".repeat(pad), c.code)
                    })
                    .collect()
            }
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
mod tests;
