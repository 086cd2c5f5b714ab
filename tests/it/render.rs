//! The browser drawn into ratatui's `TestBackend`: whole-screen snapshots per
//! size and language, and the styles that text snapshots cannot show.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use httpdex::app::App;
use httpdex::catalog::Catalog;
use httpdex::lang::Lang;
use httpdex::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn app(lang: Lang, width: u16, height: u16) -> App<'static> {
    App::new(Catalog::embedded().unwrap(), lang, "", (width, height))
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn render(app: &App) -> Terminal<TestBackend> {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| ui::draw(frame, app)).unwrap();
    terminal
}

fn buffer(app: &App) -> Buffer {
    render(app).backend().buffer().clone()
}

/// One row of the screen as text, with the cell where each character
/// starts; the cell a wide character spills into is skipped.
fn row_cells(buffer: &Buffer, y: u16) -> (String, Vec<u16>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    let mut x = 0;
    while x < buffer.area.width {
        let symbol = buffer[(x, y)].symbol();
        for _ in symbol.chars() {
            starts.push(x);
        }
        text.push_str(symbol);
        x += httpdex::text::width(symbol).max(1) as u16;
    }
    (text, starts)
}

/// The first cell, left of column `before`, where `needle` starts.
fn find_before(buffer: &Buffer, needle: &str, before: u16) -> Option<(u16, u16)> {
    (0..buffer.area.height).find_map(|y| {
        let (text, starts) = row_cells(buffer, y);
        text.match_indices(needle).find_map(|(byte, _)| {
            let x = starts[text[..byte].chars().count()];
            (x < before).then_some((x, y))
        })
    })
}

/// The cell where `needle` first starts on screen.
fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_before(buffer, needle, buffer.area.width)
}

/// The cell where `needle` starts in the list pane.
fn find_in_list(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_before(buffer, needle, ui::layout(buffer.area, false).list.right())
}

macro_rules! snapshot {
    ($name:ident, $lang:expr, $width:expr, $height:expr) => {
        #[test]
        fn $name() {
            let mut app = app($lang, $width, $height);
            press(&mut app, KeyCode::Char('4'));
            insta::assert_snapshot!(render(&app).backend());
        }
    };
}

snapshot!(browser_en_100x30, Lang::En, 100, 30);
snapshot!(browser_ja_100x30, Lang::Ja, 100, 30);
snapshot!(browser_zh_100x30, Lang::Zh, 100, 30);
snapshot!(browser_en_60x20, Lang::En, 60, 20);
snapshot!(browser_ja_60x20, Lang::Ja, 60, 20);
snapshot!(browser_zh_60x20, Lang::Zh, 60, 20);
snapshot!(browser_en_40x12, Lang::En, 40, 12);
snapshot!(browser_ja_40x12, Lang::Ja, 40, 12);
snapshot!(browser_zh_40x12, Lang::Zh, 40, 12);

#[test]
fn search_for_teapot_in_japanese() {
    let mut app = app(Lang::Ja, 100, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "teapot");
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn help_overlay_in_chinese() {
    let mut app = app(Lang::Zh, 100, 30);
    press(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn detail_pane_alone_on_a_small_screen() {
    let mut app = app(Lang::Ja, 40, 12);
    type_text(&mut app, "5");
    press(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(render(&app).backend());
}

#[test]
fn no_match_says_so_and_nothing_is_selected() {
    let mut app = app(Lang::En, 100, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "zzqqxx");
    let screen = ui::buffer_text(&buffer(&app)).join("\n");
    assert!(screen.contains("No match"), "{screen}");
    assert!(screen.contains("Nothing selected"), "{screen}");
    assert!(screen.contains("0 of 94"), "{screen}");
}

#[test]
fn the_selected_row_is_reversed_across_the_list() {
    let mut app = app(Lang::En, 100, 30);
    press(&mut app, KeyCode::Down);
    let buffer = buffer(&app);
    let (x, y) = find_in_list(&buffer, "101 Switching Protocols").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(
        buffer[(x + 30, y)].modifier.contains(Modifier::REVERSED),
        "padding is highlighted too"
    );
    let (x, y) = find_in_list(&buffer, "100 Continue").unwrap();
    assert!(!buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn matched_characters_are_highlighted_in_the_list() {
    let mut app = app(Lang::En, 100, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "teapot");
    let buffer = buffer(&app);
    let (x, y) = find_in_list(&buffer, "418 I'm a teapot").unwrap();
    let teapot = x + "418 I'm a ".len() as u16;
    for dx in 0..6 {
        let cell = &buffer[(teapot + dx, y)];
        assert!(
            cell.modifier.contains(Modifier::UNDERLINED),
            "{:?} at +{dx}",
            cell.symbol()
        );
    }
    assert!(
        !buffer[(x + 4, y)].modifier.contains(Modifier::UNDERLINED),
        "the I is not matched"
    );
}

#[test]
fn class_headings_have_their_own_colours() {
    let app = app(Lang::En, 100, 30);
    let buffer = buffer(&app);
    let (x, y) = find(&buffer, "1xx Informational").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Blue);
    let (x, y) = find(&buffer, "2xx Successful").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Green);
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let app = app(Lang::En, 100, 30);
    let mut buffer = buffer(&app);
    ui::strip_colors(&mut buffer);
    assert!(
        buffer
            .content
            .iter()
            .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset)
    );
    let (x, y) = find_in_list(&buffer, "100 Continue").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_cursor_sits_after_wide_characters_in_the_search_bar() {
    let mut app = app(Lang::Ja, 100, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "早すぎ");
    let mut terminal = render(&app);
    let (x, y) = find(terminal.backend().buffer(), "早すぎ").unwrap();
    let cursor = terminal.get_cursor_position().unwrap();
    assert_eq!(
        (cursor.x, cursor.y),
        (x + 6, y),
        "three wide characters take six cells"
    );
}

#[test]
fn wide_characters_never_break_the_borders() {
    for lang in Lang::ALL {
        for (width, height) in [(100, 30), (60, 20), (40, 12), (81, 24), (79, 25)] {
            let mut app = app(lang, width, height);
            for key in ['4', 'j', 'j'] {
                press(&mut app, KeyCode::Char(key));
            }
            let buffer = buffer(&app);
            // Every bordered row that starts with a border ends with one.
            for row in ui::buffer_text(&buffer) {
                if row.starts_with('│') {
                    assert!(
                        row.trim_end().ends_with('│'),
                        "{lang} {width}x{height}: {row}"
                    );
                }
            }
        }
    }
}

#[test]
fn tiny_screens_draw_without_panicking() {
    for lang in Lang::ALL {
        for width in 0..=12 {
            for height in 0..=8 {
                let mut app = app(lang, width.max(1), height.max(1));
                press(&mut app, KeyCode::Char('?'));
                let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
            }
        }
    }
}
