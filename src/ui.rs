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
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::app::{App, Row};
use crate::app::{MenuKind, Overlay};
use crate::catalog::Entry;
use crate::describe::{self, class_heading};
use crate::keymap::{Action, BINDINGS, Binding, Mode, Scope, footer_hints, rows_of};
use crate::lang::fill;
use crate::search::list_label;
use crate::text::{sanitize, width, wrap};
use crate::theme;

/// Which footer hints to keep first when they do not all fit.
const FOOTER_PRIORITY: [Action; 10] = [
    Action::ToggleHelp,
    Action::Quit,
    Action::Choose,
    Action::Close,
    Action::FocusSearch,
    Action::KeepFilter,
    Action::ClearFilter,
    Action::ToggleDetail,
    Action::Down,
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
pub fn layout(area: Rect, show_detail: bool) -> Areas {
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
    } else if show_detail {
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

/// The rows of the list pane inside its border.
#[must_use]
pub fn list_inner(list: Rect) -> Rect {
    Block::bordered().inner(list)
}

/// The text area of the detail pane inside its border and margin.
#[must_use]
pub fn detail_inner(detail: Rect) -> Rect {
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

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let areas = layout(area, app.show_detail());
    draw_search(frame, app, areas.search);
    if !areas.list.is_empty() {
        draw_list(frame.buffer_mut(), app, areas.list);
    }
    if !areas.detail.is_empty() {
        draw_detail(frame.buffer_mut(), app, areas.detail);
    }
    draw_footer(frame.buffer_mut(), app, areas.footer, single_pane(area));
    match app.overlay() {
        Overlay::None => {}
        Overlay::Help => draw_help(frame.buffer_mut(), app, area),
        Overlay::Compare => draw_compare(frame.buffer_mut(), app, area),
        Overlay::Menu(menu) => draw_menu(frame.buffer_mut(), app, menu.kind, menu.cursor, area),
    }
}

/// A bordered box of `lines`, centred, with one cell of margin inside.
fn draw_popup(buffer: &mut Buffer, area: Rect, title: &str, lines: Vec<Line>) {
    let content_width = lines
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0)
        .max(width(title) + 2);
    let popup_width = u16::try_from(content_width + 4)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let popup_height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = Rect::new(
        area.x + (area.width - popup_width) / 2,
        area.y + (area.height - popup_height) / 2,
        popup_width,
        popup_height,
    );
    ratatui::widgets::Widget::render(Clear, popup, buffer);
    // A wide character just left of the box would spill over its border.
    if popup.x > area.x {
        for y in popup.top()..popup.bottom() {
            let cell = &mut buffer[(popup.x - 1, y)];
            if width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    let block = Block::bordered()
        .border_style(theme::FOCUSED)
        .title(format!(" {title} "));
    let inner = block.inner(popup);
    ratatui::widgets::Widget::render(block, popup, buffer);
    ratatui::widgets::Widget::render(Paragraph::new(lines), margin(inner), buffer);
}

/// A menu of related codes to follow or constants to copy.
fn draw_menu(buffer: &mut Buffer, app: &App, kind: MenuKind, cursor: usize, area: Rect) {
    let ui = app.catalog().ui(app.lang());
    let title = match kind {
        MenuKind::Follow => &ui.label_see_also,
        MenuKind::CopyConstant => &ui.tui_copy_menu,
    };
    let lines = app
        .menu_items()
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let line = Line::from(vec![
                Span::styled(format!("{} ", i + 1), theme::KEY),
                Span::raw(item),
            ]);
            if i == cursor {
                line.patch_style(theme::SELECTED)
            } else {
                line
            }
        })
        .collect();
    draw_popup(buffer, area, title, lines);
}

/// The selected code beside its related codes: what tells them apart.
fn draw_compare(buffer: &mut Buffer, app: &App, area: Rect) {
    let catalog = app.catalog();
    let lang = app.lang();
    let ui = catalog.ui(lang);
    let Some(entry) = app.selected() else { return };
    let mut family = vec![entry];
    family.extend(entry.see_also.iter().map(|&i| &catalog.entries()[i]));
    let redirects = family.iter().any(|e| e.redirect.is_some());
    let mut header = vec![ui.compare_code.clone()];
    if redirects {
        header.push(ui.compare_permanence.clone());
        header.push(ui.compare_method.clone());
    }
    header.push(ui.compare_cache.clone());
    header.push(ui.compare_headers.clone());
    let mut table = vec![header];
    for member in &family {
        let mut row = vec![format!(
            "{} {}",
            member.code,
            catalog.text(member, lang).title
        )];
        if redirects {
            let redirect = member.redirect.as_ref();
            row.push(redirect.map_or_else(
                || "-".into(),
                |r| describe::permanence(catalog, r, lang).to_owned(),
            ));
            row.push(redirect.map_or_else(
                || "-".into(),
                |r| describe::method(catalog, r, lang).to_owned(),
            ));
        }
        row.push(describe::cache_short(catalog, member.cache, lang).to_owned());
        let required = describe::required_headers(member);
        row.push(if required.is_empty() {
            "-".into()
        } else {
            required.join(", ")
        });
        table.push(row);
    }
    // Columns as wide as their widest cell, two cells apart.
    let columns = table[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| table.iter().map(|row| width(&row[c])).max().unwrap_or(0))
        .collect();
    let lines = table
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let spans: Vec<Span> = row
                .iter()
                .zip(&widths)
                .map(|(cell, &w)| Span::raw(format!("{cell}{}  ", " ".repeat(w - width(cell)))))
                .collect();
            let line = Line::from(spans);
            if i == 0 {
                line.style(theme::LABEL)
            } else {
                line
            }
        })
        .collect();
    draw_popup(buffer, area, &ui.compare_title, lines);
}

/// Removes every colour from a drawn buffer, keeping bold, reverse and
/// underline, for `NO_COLOR`.
pub fn strip_colors(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        cell.set_fg(Color::Reset);
        cell.set_bg(Color::Reset);
    }
}

fn draw_search(frame: &mut Frame, app: &App, area: Rect) {
    let ui = app.catalog().ui(app.lang());
    let searching = app.mode() == Mode::Search;
    let total = app.catalog().entries().len().to_string();
    let shown = app.shown_count().to_string();
    let count = fill(&ui.tui_count, &[("shown", &shown), ("total", &total)]);
    let query = sanitize(app.query());
    let content = if query.is_empty() && !searching {
        // Without a border there is no room for the count elsewhere, and the
        // "/" prompt already says how to search.
        let hint = if area.height >= 3 {
            &ui.tui_search_placeholder
        } else {
            &count
        };
        Line::styled(hint.clone(), theme::DIM)
    } else {
        Line::from(query.clone())
    };
    let inner = if area.height >= 3 {
        let border = if searching {
            theme::FOCUSED
        } else {
            Style::new()
        };
        let block = Block::bordered()
            .border_style(border)
            .title(format!(" {} ", ui.tui_search_title))
            .title(Line::styled(format!(" {count} "), theme::DIM).alignment(Alignment::Right));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        inner
    } else {
        // One line: a "/" prompt stands in for the border.
        let [prompt, rest] =
            Layout::horizontal([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
        frame.render_widget(
            Span::styled(
                "/ ",
                if searching {
                    theme::FOCUSED
                } else {
                    theme::DIM
                },
            ),
            prompt,
        );
        rest
    };
    // One cell of margin inside the border, as in the other panes.
    let inner = if area.height >= 3 {
        margin(inner)
    } else {
        inner
    };
    frame.render_widget(Paragraph::new(content), inner);
    if searching && !inner.is_empty() {
        let x = inner
            .x
            .saturating_add(u16::try_from(width(&query)).unwrap_or(u16::MAX));
        frame.set_cursor_position(Position::new(
            x.min(inner.right().saturating_sub(1)),
            inner.y,
        ));
    }
}

fn draw_list(buffer: &mut Buffer, app: &App, area: Rect) {
    let ui = app.catalog().ui(app.lang());
    let block = Block::bordered().title(format!(" {} ", ui.tui_list_title));
    let inner = block.inner(area);
    ratatui::widgets::Widget::render(block, area, buffer);
    if app.rows().is_empty() {
        ratatui::widgets::Widget::render(
            Line::styled(format!(" {}", ui.tui_no_match), theme::DIM),
            inner,
            buffer,
        );
        return;
    }
    let visible = app
        .rows()
        .iter()
        .enumerate()
        .skip(app.list_offset())
        .take(usize::from(inner.height));
    for (y, (index, row)) in (inner.y..).zip(visible) {
        let line_area = Rect::new(inner.x, y, inner.width, 1);
        let line = match row {
            Row::Heading(class) => Line::styled(
                format!(" {}", class_heading(app.catalog(), *class, app.lang())),
                theme::heading(*class),
            ),
            Row::Item { entry, matched } => {
                let entry = &app.catalog().entries()[*entry];
                let mut line = item_line(entry, app, matched);
                if app.selected_row() == Some(index) {
                    let padding = usize::from(inner.width).saturating_sub(line.width());
                    line.spans.push(Span::raw(" ".repeat(padding)));
                    line = line.patch_style(theme::SELECTED);
                }
                line
            }
        };
        ratatui::widgets::Widget::render(line, line_area, buffer);
    }
}

/// A code in the list: "404 Not Found", with the matched characters marked.
fn item_line<'a>(entry: &Entry, app: &App, matched: &[usize]) -> Line<'a> {
    let label = sanitize(&list_label(app.catalog(), entry, app.lang()));
    let code_len = entry.code.to_string().len();
    let mut spans = vec![Span::raw("  ")];
    for (i, c) in label.chars().enumerate() {
        let mut style = if i < code_len {
            Style::new().fg(theme::class_color(entry.class))
        } else if entry.origin.is_some() {
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

/// The detail of the selected entry, wrapped to `width` cells.
#[must_use]
pub fn detail_lines(app: &App, width_cells: u16) -> Vec<Line<'static>> {
    let catalog = app.catalog();
    let lang = app.lang();
    let ui = catalog.ui(lang);
    let max = usize::from(width_cells).max(1);
    let Some(entry) = app.selected() else {
        return vec![Line::styled(ui.tui_nothing_selected.clone(), theme::DIM)];
    };
    let text = catalog.text(entry, lang);
    let mut lines = Vec::new();
    let heading = theme::heading(entry.class);
    for line in wrap(&format!("{} {}", entry.code, entry.phrase), max) {
        lines.push(Line::styled(line, heading));
    }
    if text.title != entry.phrase {
        lines.extend(wrap(&text.title, max).into_iter().map(Line::from));
    }
    lines.push(Line::default());
    let mut facts = vec![
        (&ui.label_class, class_heading(catalog, entry.class, lang)),
        (&ui.label_status, describe::status(catalog, entry, lang)),
        (&ui.label_kind, describe::kind(catalog, entry, lang)),
        (
            &ui.label_cache,
            describe::cache(catalog, entry.cache, lang).to_owned(),
        ),
    ];
    if let Some(reference) = &entry.reference {
        facts.push((&ui.label_reference, reference.clone()));
    }
    if !entry.aliases.is_empty() {
        facts.push((&ui.label_aliases, entry.aliases.join(", ")));
    }
    // Labels in a column beside their values where the pane is wide enough,
    // above them where it is not.
    let label_width = facts
        .iter()
        .map(|(label, _)| width(label))
        .max()
        .unwrap_or(0);
    let side_by_side = max >= label_width + 2 + 16;
    for (label, value) in facts {
        if side_by_side {
            let pad = " ".repeat(label_width + 2 - width(label));
            let indent = " ".repeat(label_width + 2);
            for (i, part) in wrap(&value, max - label_width - 2).into_iter().enumerate() {
                lines.push(if i == 0 {
                    Line::from(vec![
                        Span::styled(label.clone(), theme::LABEL),
                        Span::raw(format!("{pad}{part}")),
                    ])
                } else {
                    Line::from(format!("{indent}{part}"))
                });
            }
        } else {
            lines.push(Line::styled(label.clone(), theme::LABEL));
            let values = wrap(&value, max.saturating_sub(2).max(1));
            lines.extend(values.into_iter().map(|l| Line::from(format!("  {l}"))));
        }
    }
    for (label, value) in [
        (&ui.label_meaning, &text.meaning),
        (&ui.label_scenario, &text.scenario),
    ] {
        lines.push(Line::default());
        lines.push(Line::styled(label.clone(), theme::LABEL));
        lines.extend(wrap(value, max).into_iter().map(Line::from));
    }
    let lists = [
        (
            &ui.label_headers,
            entry
                .headers
                .iter()
                .map(|h| describe::header(catalog, h, lang))
                .collect(),
        ),
        (
            &ui.label_constants,
            describe::constants(catalog, entry, lang),
        ),
        (&ui.label_see_also, describe::see_also(catalog, entry, lang)),
    ];
    for (label, items) in lists {
        if items.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::styled(label.clone(), theme::LABEL));
        for item in items {
            // Continuation lines are indented under the item's first line.
            for (i, part) in wrap(&item, max.saturating_sub(2).max(1))
                .into_iter()
                .enumerate()
            {
                lines.push(Line::from(format!(
                    "{}{part}",
                    if i == 0 { "• " } else { "  " }
                )));
            }
        }
    }
    lines
}

fn draw_detail(buffer: &mut Buffer, app: &App, area: Rect) {
    let ui = app.catalog().ui(app.lang());
    let block = Block::bordered().title(format!(" {} ", ui.tui_detail_title));
    ratatui::widgets::Widget::render(block, area, buffer);
    let inner = detail_inner(area);
    let lines = detail_lines(app, inner.width);
    for (y, line) in (inner.y..inner.bottom()).zip(lines.into_iter().skip(app.detail_scroll())) {
        ratatui::widgets::Widget::render(line, Rect::new(inner.x, y, inner.width, 1), buffer);
    }
}

/// Whether the screen is too small for both panes, so Tab switches them.
#[must_use]
pub fn single_pane(area: Rect) -> bool {
    area.width < WIDE && area.height < TALL
}

fn draw_footer(buffer: &mut Buffer, app: &App, area: Rect, single_pane: bool) {
    let texts = app.catalog().texts(app.lang());
    let mut spans = Vec::new();
    let toggle = BINDINGS.iter().filter(|binding| {
        single_pane && app.key_mode() == Mode::Browse && binding.action == Action::ToggleDetail
    });
    let language = Line::from(vec![
        Span::styled(format!("{} ", texts.name), theme::DIM),
        Span::styled("F2 ", theme::KEY),
    ]);
    let language_width = u16::try_from(language.width()).unwrap_or(u16::MAX);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(language_width)]).areas(area);
    // Whole hints only. When they do not all fit, the ones that lead to the
    // rest (help, quit, search) are kept first; the kept ones stay in table
    // order.
    let hint = |binding: &Binding| {
        let key = Span::styled(
            format!(" {}", binding.shown.unwrap_or_default()),
            theme::KEY,
        );
        let what = Span::raw(format!(" {} ", (binding.describe)(&texts.ui)));
        [key, what]
    };
    let candidates: Vec<&Binding> = toggle.chain(footer_hints(app.key_mode())).collect();
    let mut by_priority = candidates.clone();
    by_priority.sort_by_key(|binding| {
        FOOTER_PRIORITY
            .iter()
            .position(|a| *a == binding.action)
            .unwrap_or(usize::MAX)
    });
    let mut room = usize::from(left.width);
    let mut kept = Vec::new();
    for binding in by_priority {
        let cells: usize = hint(binding).iter().map(Span::width).sum();
        if cells <= room {
            room -= cells;
            kept.push(binding.action);
        }
    }
    if let Some(notice) = app.notice() {
        spans.push(Span::styled(format!(" {notice}"), theme::KEY));
    } else {
        for binding in candidates.into_iter().filter(|b| kept.contains(&b.action)) {
            spans.extend(hint(binding));
        }
    }
    ratatui::widgets::Widget::render(Line::from(spans), left, buffer);
    ratatui::widgets::Widget::render(language, right, buffer);
}

fn draw_help(buffer: &mut Buffer, app: &App, area: Rect) {
    let ui = app.catalog().ui(app.lang());
    let heading = |scope| match scope {
        Scope::Browse => &ui.tui_help_browse,
        Scope::Search => &ui.tui_help_search,
        Scope::Menu => &ui.tui_help_menu,
        Scope::Anywhere => &ui.tui_help_anywhere,
    };
    let key_width = Scope::ALL
        .iter()
        .flat_map(|&scope| rows_of(scope))
        .map(|binding| width(binding.shown.unwrap_or_default()))
        .max()
        .unwrap_or(0);
    let section = |scope: Scope| -> Vec<Line> {
        let mut lines = vec![Line::styled(heading(scope).clone(), theme::LABEL)];
        for binding in rows_of(scope) {
            let keys = binding.shown.unwrap_or_default();
            let pad = " ".repeat(key_width - width(keys));
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys}{pad}  "), theme::KEY),
                Span::raw((binding.describe)(ui).to_owned()),
            ]));
        }
        lines
    };
    let stack = |scopes: &[Scope]| -> Vec<Line> {
        let mut lines = Vec::new();
        for &scope in scopes {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.extend(section(scope));
        }
        lines
    };
    let mut lines = stack(&Scope::ALL);
    // Too tall for the screen: browsing keys on the left, the rest beside.
    if lines.len() + 4 > usize::from(area.height) {
        let left = stack(&Scope::ALL[..1]);
        let right = stack(&Scope::ALL[1..]);
        let left_width = left.iter().map(Line::width).max().unwrap_or(0) + 3;
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
    lines.push(Line::default());
    lines.push(Line::styled(ui.tui_help_dismiss.clone(), theme::DIM));
    draw_popup(buffer, area, &ui.tui_help_title, lines);
}

/// A drawn buffer as plain text, one string per row, right-trimmed. The
/// cell a wide character spills into is skipped, so rows read as written.
#[must_use]
pub fn buffer_text(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (area.y..area.bottom())
        .map(|y| {
            let mut row = String::new();
            let mut x = area.x;
            while x < area.right() {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x = x.saturating_add(u16::try_from(width(symbol).max(1)).unwrap_or(1));
            }
            row.trim_end().to_owned()
        })
        .collect()
}

/// The screen of a fresh browser after pressing `keys` (`\n` is Enter), as
/// text: the README's picture, printed by the `screen` example.
#[must_use]
pub fn screenshot(
    catalog: &crate::catalog::Catalog,
    lang: crate::lang::Lang,
    size: (u16, u16),
    keys: &str,
) -> Vec<String> {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut app = App::new(catalog, lang, "", size);
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(size.0, size.1))
        .expect("an in-memory terminal");
    terminal
        .draw(|frame| draw(frame, &app))
        .expect("drawing into memory");
    buffer_text(terminal.backend().buffer())
}
