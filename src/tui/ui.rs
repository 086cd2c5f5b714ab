//! Drawing: a pure function of the [`App`] state into a ratatui frame.
//!
//! Widths are measured in terminal cells, so Japanese and Chinese text lines
//! up; wrapping is done here (with [`crate::text::wrap`]) so that the detail
//! pane's height is known to the state for scrolling.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Clear, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

use crate::describe::{self, Shape, class_heading, list_label};
use crate::text::{sanitize, width, wrap};
use crate::tui::app::{App, Pane, Row};
use crate::tui::keymap::{
    Action, Focus, Hint, MenuKind, Scope, Step, footer_hints, menu_key, rows_of,
};
use crate::tui::theme::{self, Marks};
use crate::tui::viewport::Viewport;
use httpdex_catalog::lang::fill;
use httpdex_catalog::{self as catalog, Entry, Status};

/// Which footer hints to keep first when they do not all fit.
const FOOTER_PRIORITY: [Action; 17] = [
    Action::Accept,
    Action::Help,
    Action::Quit,
    Action::Choose,
    Action::Close,
    Action::KeepFilter,
    Action::SearchWith(' '),
    Action::ClearFilter,
    Action::TogglePane,
    Action::FocusSearch,
    Action::Follow,
    Action::Compare,
    Action::Copy,
    Action::Up,
    Action::ScrollUp(Step::Line),
    Action::ScrollDown(Step::Page),
    Action::CycleLanguage,
];

/// Below this width the panes no longer sit side by side.
const WIDE: u16 = 80;
/// Below this height (when narrow) only one pane shows at a time.
const TALL: u16 = 24;

/// Where each part of the screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub search: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub footer: Rect,
}

/// Splits the screen. Wide screens put the list and the detail side by
/// side; narrow and tall ones stack them; small ones show one at a time.
#[must_use]
pub fn layout(area: Rect, pane: Pane) -> Areas {
    let search_height = if area.height >= 16 { 3 } else { 1 };
    let [search, body, footer] = Layout::vertical([
        Constraint::Length(search_height),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let (list, detail) = if area.width >= WIDE {
        let list_width = (area.width * 2 / 5).clamp(30, 48);
        let [list, detail] =
            Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(body);
        (list, detail)
    } else if !single_pane(area) {
        let [list, detail] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Fill(1)]).areas(body);
        (list, detail)
    } else if pane == Pane::Detail {
        (Rect::new(body.x, body.y, body.width, 0), body)
    } else {
        (body, Rect::new(body.x, body.y, body.width, 0))
    };
    Areas {
        search,
        list,
        detail,
        footer,
    }
}

/// The text area of the detail pane inside its border and margin.
fn detail_inner(detail: Rect) -> Rect {
    margin(Block::bordered().inner(detail))
}

/// `area` less one column on each side.
fn margin(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1).min(area.right()),
        width: area.width.saturating_sub(2),
        ..area
    }
}

/// Draws the whole screen, and says what went where.
pub fn draw(frame: &mut Frame, app: &App) -> Viewport {
    let area = frame.area();
    let areas = layout(area, app.pane());
    let mut viewport = Viewport {
        single_pane: single_pane(area),
        ..Viewport::default()
    };
    draw_search(frame, app, areas.search);
    if !areas.list.is_empty() {
        let (list, top) = draw_list(frame.buffer_mut(), app, areas.list);
        viewport.list = list;
        viewport.list_top = top;
    }
    if !areas.detail.is_empty() {
        let (detail, lines) = draw_detail(frame.buffer_mut(), app, areas.detail);
        viewport.detail = detail;
        viewport.detail_lines = lines;
    }
    draw_footer(frame.buffer_mut(), app, areas.footer);
    let buffer = frame.buffer_mut();
    let popup = match app.focus() {
        Focus::Browse | Focus::Detail | Focus::Search => None,
        Focus::Help => Some(draw_help(buffer, app, area)),
        Focus::Compare => Some(draw_compare(buffer, app, area)),
        Focus::Menu(kind) => Some(draw_menu(buffer, app, kind, area)),
    };
    if let Some(popup) = popup {
        viewport.popup = Some(popup.area);
        viewport.popup_lines = popup.lines;
        viewport.popup_rows = popup.rows;
    }
    if app.marks().ascii {
        narrow_ambiguous(frame.buffer_mut());
    }
    viewport
}

/// Replaces every cell whose width depends on East Asian Ambiguous width
/// with an ASCII stand-in of one cell, so that a terminal drawing those
/// characters two cells wide draws the frame as laid out. The browser's own
/// marks are ASCII already; what is left comes from the catalogue's prose
/// (quotation marks) and the user's query.
pub(crate) fn narrow_ambiguous(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        let symbol = cell.symbol();
        if symbol.width() != symbol.width_cjk() {
            let stand_in = symbol.chars().next().map_or('?', stand_in);
            cell.set_char(stand_in);
        }
    }
}

/// The ASCII character that reads closest to an ambiguous one: quotes,
/// dashes, dots and lines as their plain forms; `?` for anything else.
fn stand_in(c: char) -> char {
    match c {
        '“' | '”' | '„' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        '‐' | '–' | '—' | '―' | '−' | '─' | '━' => '-',
        '│' | '┃' => '|',
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' => '+',
        '…' | '·' | '•' | '‧' => '.',
        '×' => 'x',
        '§' => 'S',
        _ => '?',
    }
}

/// An overlay to draw: a title, lines that scroll, and a hint that stays
/// in view on its bottom border.
struct Popup<'a> {
    title: &'a str,
    lines: Vec<Line<'a>>,
    hint: Option<Line<'a>>,
    scroll: usize,
}

/// What an overlay drew: its box, its lines and how many of them show.
struct Drawn {
    area: Rect,
    lines: usize,
    rows: usize,
}

/// Draws `popup` centred in `area`, as large as its content or the screen.
/// Lines that do not fit scroll, with a scrollbar and their position
/// ("3-12/40") on the border, so a clipped overlay says so; the hint comes
/// first on the bottom border, so it shows whenever the box does.
fn draw_popup(buffer: &mut Buffer, app: &App, area: Rect, popup: Popup) -> Drawn {
    let Popup {
        title,
        lines,
        hint,
        scroll,
    } = popup;
    // The bottom border holds the hint and, when the lines scroll, their
    // position, at its widest.
    let total = lines.len();
    let position_width = if total + 2 > usize::from(area.height) {
        width(&format!(" {total}-{total}/{total} "))
    } else {
        0
    };
    let content_width = lines
        .iter()
        .map(Line::width)
        .chain(hint.as_ref().map(|hint| hint.width() + 1 + position_width))
        .max()
        .unwrap_or(0)
        .max(width(title) + 2);
    let popup_width = u16::try_from(content_width + 4)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let popup_height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let rect = Rect::new(
        area.x + (area.width - popup_width) / 2,
        area.y + (area.height - popup_height) / 2,
        popup_width,
        popup_height,
    );
    Clear.render(rect, buffer);
    // A wide character just left of the box would spill over its border.
    if rect.x > area.x {
        for y in rect.top()..rect.bottom() {
            let cell = &mut buffer[(rect.x - 1, y)];
            if width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    let block = Block::bordered()
        .border_set(app.marks().border)
        .border_style(app.theme().focused)
        .title(format!(" {title} "));
    let body = margin(block.inner(rect));
    block.render(rect, buffer);
    let rows = usize::from(body.height);
    let scroll = scroll.min(total.saturating_sub(rows));
    for (y, line) in (body.y..body.bottom()).zip(lines.into_iter().skip(scroll)) {
        line.render(Rect::new(body.x, y, body.width, 1), buffer);
    }
    let bottom = rect.bottom().saturating_sub(1);
    let mut border_room = rect.width.saturating_sub(2);
    if total > rows && rows > 0 && rect.width >= 2 {
        let track = Rect::new(rect.right() - 1, body.y, 1, body.height);
        scrollbar(buffer, app.marks(), track, total, rows, scroll);
        let position = format!(" {}-{}/{total} ", scroll + 1, scroll + rows);
        let cells = u16::try_from(width(&position)).unwrap_or(u16::MAX);
        if cells + 2 < rect.width {
            let at = Rect::new(rect.right() - 1 - cells, bottom, cells, 1);
            Span::styled(position, app.theme().focused).render(at, buffer);
            border_room -= cells;
        }
    }
    if let Some(hint) = hint
        && rect.height >= 2
    {
        let at = Rect::new(rect.x + 1, bottom, border_room, 1);
        let mut spans = vec![Span::raw(" ")];
        spans.extend(hint.spans);
        Line::from(spans).render(at, buffer);
    }
    Drawn {
        area: rect,
        lines: total,
        rows,
    }
}

/// A scrollbar on `track` (a pane's right border) when `total` lines are
/// more than the `shown` ones, the first shown being `offset`.
fn scrollbar(
    buffer: &mut Buffer,
    marks: &Marks,
    track: Rect,
    total: usize,
    shown: usize,
    offset: usize,
) {
    if total <= shown || track.is_empty() {
        return;
    }
    let mut state = ScrollbarState::new(total - shown + 1)
        .position(offset)
        .viewport_content_length(shown);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some(marks.track))
        .thumb_symbol(marks.thumb)
        .render(track, buffer, &mut state);
}

/// The keys that close an overlay and, when it has more lines than it
/// shows, scroll it: what the overlay's bottom border always says.
fn overlay_hint(app: &App, scrollable: bool) -> Line<'static> {
    let strings = app.lang().strings();
    let hints: Vec<Hint> = footer_hints(app.mode())
        .filter(|hint| hint.binding.scope == Scope::Overlay)
        .filter(|hint| scrollable || hint.binding.action == Action::Close)
        .collect();
    let mut spans = Vec::new();
    for hint in hints {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(hint.keys, app.theme().key));
        spans.push(Span::raw(format!(" {}", hint.binding.say.text(strings))));
    }
    spans.push(Span::raw(" "));
    Line::from(spans)
}

/// Whether `lines` and the borders are taller than `area`.
fn scrolls(lines: &[Line], area: Rect) -> bool {
    lines.len() + 2 > usize::from(area.height)
}

/// A menu of related codes to follow or constants to copy.
fn draw_menu(buffer: &mut Buffer, app: &App, kind: MenuKind, area: Rect) -> Drawn {
    let strings = app.lang().strings();
    let title = match kind {
        MenuKind::Follow => strings.labels.see_also,
        MenuKind::CopyConstant => strings.browser.copy_menu,
    };
    let lines = app
        .menu_items()
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let key = menu_key(i).map_or_else(|| "  ".to_owned(), |key| format!("{key} "));
            let line = Line::from(vec![Span::styled(key, app.theme().key), Span::raw(item)]);
            if i == app.menu_cursor() {
                selected(line)
            } else {
                line
            }
        })
        .collect();
    let popup = Popup {
        title,
        lines,
        hint: None,
        scroll: 0,
    };
    draw_popup(buffer, app, area, popup)
}

/// The selected code beside its related codes: what tells them apart. A
/// table where it fits the screen's width, else one block per code.
fn draw_compare(buffer: &mut Buffer, app: &App, area: Rect) -> Drawn {
    let lang = app.lang();
    let compare = &lang.strings().compare;
    let Some(entry) = app.selected() else {
        return Drawn {
            area: Rect::default(),
            lines: 0,
            rows: 0,
        };
    };
    let table = describe::compare_table(&describe::compare_family(entry), lang);
    // Columns as wide as their widest cell, two cells apart.
    let columns = table[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| table.iter().map(|row| width(&row[c])).max().unwrap_or(0))
        .collect();
    let room = usize::from(area.width.saturating_sub(4)).max(1);
    let lines: Vec<Line> = if widths.iter().map(|w| w + 2).sum::<usize>() <= room + 2 {
        table
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let cells: Vec<String> = row
                    .iter()
                    .zip(&widths)
                    .map(|(cell, &w)| format!("{cell}{}", " ".repeat(w - width(cell))))
                    .collect();
                let line = Line::from(cells.join("  ").trim_end().to_owned());
                if i == 0 {
                    line.style(theme::LABEL)
                } else {
                    line
                }
            })
            .collect()
    } else {
        // One column: each code, then its values under their names.
        let mut lines = Vec::new();
        for (i, row) in table.iter().enumerate().skip(1) {
            if i > 1 {
                lines.push(Line::default());
            }
            lines.extend(
                wrap(&row[0], room)
                    .into_iter()
                    .map(|part| Line::styled(part, theme::LABEL)),
            );
            for (name, value) in table[0].iter().zip(row).skip(1) {
                let text = format!("{name}: {value}");
                for part in wrap(&text, room.saturating_sub(2).max(1)) {
                    lines.push(Line::from(format!("  {part}")));
                }
            }
        }
        lines
    };
    let hint = overlay_hint(app, scrolls(&lines, area));
    let popup = Popup {
        title: compare.title,
        lines,
        hint: Some(hint),
        scroll: app.overlay_scroll(),
    };
    draw_popup(buffer, app, area, popup)
}

/// Removes every colour from a drawn buffer, keeping bold, reverse and
/// underline, for `NO_COLOR`.
pub fn strip_colors(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        cell.set_fg(Color::Reset);
        cell.set_bg(Color::Reset);
    }
}

/// `line` as the selection: every span in the terminal's own colours,
/// reversed, whatever colour it had (a class colour could be unreadable
/// as a background).
fn selected(mut line: Line) -> Line {
    for span in &mut line.spans {
        span.style = span.style.patch(theme::SELECTED);
    }
    line.patch_style(theme::SELECTED)
}

/// A pane's border, highlighted when the pane has the focus.
fn pane_block(app: &App, title: &str, focused: bool) -> Block<'static> {
    let style = if focused {
        app.theme().focused
    } else {
        Style::new()
    };
    Block::bordered()
        .border_set(app.marks().border)
        .border_style(style)
        .title(format!(" {title} "))
}

fn draw_search(frame: &mut Frame, app: &App, area: Rect) {
    let browser = &app.lang().strings().browser;
    let searching = app.focus() == Focus::Search;
    let total = app.total_count().to_string();
    let shown = app.shown_count().to_string();
    let count = fill(browser.count, &[("shown", &shown), ("total", &total)]);
    let inner = if area.height >= 3 {
        let block = pane_block(app, browser.search_title, searching)
            .title(Line::styled(format!(" {count} "), app.theme().dim).alignment(Alignment::Right));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        // One cell of margin inside the border, as in the other panes.
        margin(inner)
    } else {
        // One line: a "/" prompt stands in for the border.
        let [prompt, rest] =
            Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
        let style = if searching {
            app.theme().focused
        } else {
            app.theme().dim
        };
        frame.render_widget(Span::styled("/ ", style), prompt);
        rest
    };
    let edit = app.query_edit();
    if edit.text().is_empty() && !searching {
        // Without a border there is no room for the count elsewhere.
        let hint = if area.height >= 3 {
            browser.search_placeholder.to_owned()
        } else {
            count
        };
        frame.render_widget(Line::styled(hint, app.theme().dim), inner);
        return;
    }
    // The editor shows the part of a long query around its cursor.
    let view = edit.view(usize::from(inner.width));
    frame.render_widget(Line::from(view.text), inner);
    if searching && !inner.is_empty() {
        let x = inner
            .x
            .saturating_add(u16::try_from(view.cursor).unwrap_or(u16::MAX));
        frame.set_cursor_position(Position::new(x, inner.y));
    }
}

/// Draws the list pane; gives the rows area and the first row drawn.
fn draw_list(buffer: &mut Buffer, app: &App, area: Rect) -> (Rect, usize) {
    let lang = app.lang();
    let browser = &lang.strings().browser;
    let block = pane_block(app, browser.list_title, app.focus() == Focus::Browse);
    let inner = block.inner(area);
    block.render(area, buffer);
    let list = app.list();
    if list.rows().is_empty() {
        Line::styled(format!(" {}", browser.no_match), app.theme().dim).render(inner, buffer);
        return (inner, 0);
    }
    // The state keeps the selection in view for the last frame's height; a
    // frame of another height shows it all the same.
    let height = usize::from(inner.height);
    let top = list.selected().map_or(list.offset(), |selected| {
        crate::tui::app::scroll_into_view(list.offset(), selected, false, height, list.rows().len())
    });
    let visible = list.rows().iter().enumerate().skip(top).take(height);
    for (y, (index, row)) in (inner.y..).zip(visible) {
        let line_area = Rect::new(inner.x, y, inner.width, 1);
        let line = match row {
            Row::Heading(class) => Line::styled(
                format!(" {}", class_heading(*class, lang)),
                app.theme().heading(*class),
            ),
            Row::Item {
                entry,
                matched,
                reason,
            } => {
                let count = app.count(*entry);
                let entry = &catalog::entries()[*entry];
                let mut line = item_line(entry, app, matched);
                if let Some(reason) = reason {
                    let reason = format!(" - {}", sanitize(reason));
                    line.spans.push(Span::styled(reason, app.theme().dim));
                }
                let is_selected = list.selected() == Some(index);
                if let Some(count) = count {
                    // The count at the right edge; the label gives way.
                    let count = format!(" {count} ");
                    let room = usize::from(inner.width).saturating_sub(width(&count));
                    cut(&mut line, room, app.marks().cut);
                    let padding = room.saturating_sub(line.width());
                    line.spans.push(Span::raw(" ".repeat(padding)));
                    line.spans.push(Span::styled(count, app.theme().dim));
                } else {
                    cut(&mut line, usize::from(inner.width), app.marks().cut);
                    if is_selected {
                        let padding = usize::from(inner.width).saturating_sub(line.width());
                        line.spans.push(Span::raw(" ".repeat(padding)));
                    }
                }
                if is_selected {
                    line = selected(line);
                }
                line
            }
        };
        line.render(line_area, buffer);
    }
    let track = Rect::new(area.right().saturating_sub(1), inner.y, 1, inner.height);
    scrollbar(buffer, app.marks(), track, list.rows().len(), height, top);
    (inner, top)
}
/// Cuts `line` to at most `cells` cells, whole characters only, ending it
/// with `mark` where anything was cut.
fn cut(line: &mut Line, cells: usize, mark: &'static str) {
    if line.width() <= cells {
        return;
    }
    truncate(line, cells.saturating_sub(width(mark)));
    if cells >= width(mark) {
        line.spans.push(Span::raw(mark));
    }
}

/// Cuts `line` to at most `cells` cells, whole characters only.
fn truncate(line: &mut Line, cells: usize) {
    let mut used = 0;
    let kept = line
        .spans
        .iter()
        .take_while(|span| {
            used += span.width();
            used <= cells
        })
        .count();
    line.spans.truncate(kept);
}

/// A code in the list: "404 Not Found", with the matched characters marked.
fn item_line<'a>(entry: &Entry, app: &App, matched: &[usize]) -> Line<'a> {
    let label = sanitize(&list_label(entry, app.lang()));
    let code_len = entry.code.to_string().len();
    let mut spans = vec![Span::raw("  ")];
    for (i, c) in label.chars().enumerate() {
        let mut style = if i < code_len {
            Style::new().fg(app.theme().class(entry.class))
        } else if entry.status == Status::Unofficial {
            theme::UNOFFICIAL
        } else {
            Style::new()
        };
        if matched.contains(&i) {
            style = style.patch(theme::MATCHED);
        }
        spans.push(Span::styled(c.to_string(), style));
    }
    Line::from(spans)
}

/// The detail of `entry` (or a placeholder), wrapped to `width_cells`.
fn detail_lines(entry: Option<&Entry>, app: &App, width_cells: u16) -> Vec<Line<'static>> {
    let lang = app.lang();
    let max = usize::from(width_cells).max(1);
    let Some(entry) = entry else {
        return vec![Line::styled(
            lang.strings().browser.nothing_selected,
            app.theme().dim,
        )];
    };
    let text = entry.text(lang);
    let mut lines = Vec::new();
    let heading = app.theme().heading(entry.class);
    for line in wrap(&format!("{} {}", entry.code, entry.phrase), max) {
        lines.push(Line::styled(line, heading));
    }
    if text.title != entry.phrase {
        lines.extend(wrap(text.title, max).into_iter().map(Line::from));
    }
    let facts = describe::facts(entry, lang, app.today());
    // Short values sit in a column beside their labels where the pane is
    // wide enough, under them where it is not.
    let label_width = facts
        .iter()
        .filter(|fact| fact.shape == Shape::Short)
        .map(|fact| width(fact.label))
        .max()
        .unwrap_or(0);
    let side_by_side = max >= label_width + 2 + 16;
    let mut previous = None;
    for fact in facts {
        let short = fact.shape == Shape::Short && side_by_side;
        // A blank line before each fact, except between short ones.
        if !(short && previous == Some(true)) {
            lines.push(Line::default());
        }
        previous = Some(short);
        if short {
            let pad = " ".repeat(label_width + 2 - width(fact.label));
            let indent = " ".repeat(label_width + 2);
            let value = fact.values.join(" ");
            for (i, part) in wrap(&value, max - label_width - 2).into_iter().enumerate() {
                lines.push(if i == 0 {
                    Line::from(vec![
                        Span::styled(fact.label, theme::LABEL),
                        Span::raw(format!("{pad}{part}")),
                    ])
                } else {
                    Line::from(format!("{indent}{part}"))
                });
            }
            continue;
        }
        lines.push(Line::styled(fact.label, theme::LABEL));
        for value in &fact.values {
            match fact.shape {
                Shape::Prose => lines.extend(wrap(value, max).into_iter().map(Line::from)),
                Shape::List => {
                    // Continuation lines are indented under the item's first line.
                    for (i, part) in wrap(value, max.saturating_sub(2).max(1))
                        .into_iter()
                        .enumerate()
                    {
                        // ASCII: a bullet would be East Asian Ambiguous.
                        let bullet = if i == 0 { "- " } else { "  " };
                        lines.push(Line::from(format!("{bullet}{part}")));
                    }
                }
                Shape::Short => {
                    let values = wrap(value, max.saturating_sub(2).max(1));
                    lines.extend(values.into_iter().map(|l| Line::from(format!("  {l}"))));
                }
            }
        }
    }
    lines
}

/// Draws the detail pane; gives its text area and the detail's length.
fn draw_detail(buffer: &mut Buffer, app: &App, area: Rect) -> (Rect, usize) {
    let browser = &app.lang().strings().browser;
    let block = pane_block(app, browser.detail_title, app.focus() == Focus::Detail);
    block.render(area, buffer);
    let inner = detail_inner(area);
    let lines = detail_lines(app.selected(), app, inner.width);
    let total = lines.len();
    let scroll = app
        .detail()
        .scroll()
        .min(total.saturating_sub(usize::from(inner.height)));
    for (y, line) in (inner.y..inner.bottom()).zip(lines.into_iter().skip(scroll)) {
        line.render(Rect::new(inner.x, y, inner.width, 1), buffer);
    }
    let track = Rect::new(area.right().saturating_sub(1), inner.y, 1, inner.height);
    scrollbar(
        buffer,
        app.marks(),
        track,
        total,
        usize::from(inner.height),
        scroll,
    );
    (inner, total)
}

/// Whether the screen is too small for both panes, so Tab switches them.
#[must_use]
pub(crate) fn single_pane(area: Rect) -> bool {
    area.width < WIDE && area.height < TALL
}

fn draw_footer(buffer: &mut Buffer, app: &App, area: Rect) {
    let texts = app.lang().texts();
    let strings = &texts.strings;
    let language = Line::from(vec![
        Span::styled(format!("{} ", texts.name), app.theme().dim),
        Span::styled("F2 ", app.theme().key),
    ]);
    let language_width = u16::try_from(language.width()).unwrap_or(u16::MAX);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(language_width)]).areas(area);
    // Following and comparing need related codes, copying a selection.
    let selected = app.selected();
    let applies = |action: &Action| match action {
        Action::Follow | Action::Compare => selected.is_some_and(|e| !e.see_also.is_empty()),
        Action::Copy => selected.is_some(),
        _ => true,
    };
    // An open overlay says on its border how to close and scroll it.
    let candidates: Vec<Hint> = footer_hints(app.mode())
        .filter(|hint| hint.binding.scope != Scope::Overlay && applies(&hint.binding.action))
        .collect();
    // Whole hints only. When they do not all fit, the ones that lead to the
    // rest (help, quit, search) are kept first; the kept ones stay in table
    // order.
    // When some are left out, the help hint says there are more keys.
    let hint_spans = |hint: &Hint, more: bool| {
        let say = if more && hint.binding.action == Action::Help {
            strings.browser.more_keys
        } else {
            hint.binding.say.text(strings)
        };
        [
            Span::styled(format!(" {}", hint.keys), app.theme().key),
            Span::raw(format!(" {say} ")),
        ]
    };
    let mut by_priority: Vec<usize> = (0..candidates.len()).collect();
    by_priority.sort_by_key(|&i| {
        FOOTER_PRIORITY
            .iter()
            .position(|a| *a == candidates[i].binding.action)
            .unwrap_or(usize::MAX)
    });
    let fit = |more: bool| {
        let mut room = usize::from(left.width);
        let mut kept = vec![false; candidates.len()];
        for &i in &by_priority {
            let cells: usize = hint_spans(&candidates[i], more)
                .iter()
                .map(Span::width)
                .sum();
            if cells <= room {
                room -= cells;
                kept[i] = true;
            }
        }
        kept
    };
    let mut kept = fit(false);
    let more = kept.contains(&false);
    if more {
        kept = fit(true);
    }
    let spans: Vec<Span> = if let Some(notice) = app.notice() {
        vec![Span::styled(format!(" {notice}"), app.theme().key)]
    } else {
        candidates
            .iter()
            .zip(&kept)
            .filter(|(_, kept)| **kept)
            .flat_map(|(hint, _)| hint_spans(hint, more))
            .collect()
    };
    Line::from(spans).render(left, buffer);
    language.render(right, buffer);
}

/// The help overlay: every binding of the table by where it applies. One
/// column when it fits the screen's height, else two side by side when they
/// fit its width, else one column that scrolls.
fn draw_help(buffer: &mut Buffer, app: &App, area: Rect) -> Drawn {
    let strings = app.lang().strings();
    let browser = &strings.browser;
    let mut sections: Vec<(&'static str, &[Scope])> = vec![
        (
            browser.help_browse,
            &[Scope::List, Scope::Commands, Scope::Filtered, Scope::Browse],
        ),
        (browser.help_detail, &[Scope::Detail]),
        (browser.help_search, &[Scope::Search]),
        (browser.help_menu, &[Scope::Menu, Scope::Overlay]),
        (browser.help_anywhere, &[Scope::Anywhere]),
    ];
    if app.mode().picking {
        sections.insert(2, (browser.help_pick, &[Scope::Pick]));
    }
    let room = usize::from(area.width.saturating_sub(4)).max(1);
    let column = |sections: &[(&'static str, &[Scope])]| -> Vec<Line<'static>> {
        let hints: Vec<(&'static str, Vec<Hint>)> = sections
            .iter()
            .map(|&(heading, scopes)| {
                let mut hints: Vec<Hint> = Vec::new();
                for hint in scopes.iter().flat_map(|&scope| rows_of(scope)) {
                    // Menus and overlays close with the same keys.
                    if !hints
                        .iter()
                        .any(|h| h.keys == hint.keys && h.binding.say == hint.binding.say)
                    {
                        hints.push(hint);
                    }
                }
                (heading, hints)
            })
            .collect();
        let key_width = hints
            .iter()
            .flat_map(|(_, hints)| hints.iter().map(|hint| width(&hint.keys)))
            .max()
            .unwrap_or(0);
        let mut lines = Vec::new();
        for (heading, hints) in hints {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(heading, theme::LABEL));
            for hint in hints {
                let say = hint.binding.say.text(strings);
                if 2 + key_width + 2 + width(say) <= room {
                    let pad = " ".repeat(key_width - width(&hint.keys));
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {}{pad}  ", hint.keys), app.theme().key),
                        Span::raw(say),
                    ]));
                } else {
                    // Too narrow: the description goes under its keys.
                    lines.push(Line::styled(format!("  {}", hint.keys), app.theme().key));
                    for part in wrap(say, room.saturating_sub(4).max(1)) {
                        lines.push(Line::from(format!("    {part}")));
                    }
                }
            }
        }
        lines
    };
    let mut lines = column(&sections);
    if scrolls(&lines, area) {
        let left = column(&sections[..2]);
        let right = column(&sections[2..]);
        let left_width = left.iter().map(Line::width).max().unwrap_or(0) + 3;
        let right_width = right.iter().map(Line::width).max().unwrap_or(0);
        if left_width + right_width <= room {
            lines = (0..left.len().max(right.len()))
                .map(|i| {
                    let mut spans = left
                        .get(i)
                        .map(|line| line.spans.clone())
                        .unwrap_or_default();
                    let used: usize = spans.iter().map(Span::width).sum();
                    spans.push(Span::raw(" ".repeat(left_width - used)));
                    spans.extend(
                        right
                            .get(i)
                            .map(|line| line.spans.clone())
                            .unwrap_or_default(),
                    );
                    Line::from(spans)
                })
                .collect();
        }
    }
    let hint = overlay_hint(app, scrolls(&lines, area));
    let popup = Popup {
        title: browser.help_title,
        lines,
        hint: Some(hint),
        scroll: app.overlay_scroll(),
    };
    draw_popup(buffer, app, area, popup)
}
