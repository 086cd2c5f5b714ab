//! The browser drawn into ratatui's `TestBackend`: whole-screen snapshots per
//! size and language, and the styles that text snapshots cannot show.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use httpdex::testing::{self, buffer_text};
use httpdex::tui::app::{App, Pane, Pick};
use httpdex::tui::theme::{Marks, Theme};
use httpdex::tui::ui;
use httpdex_catalog::Class;
use httpdex_catalog::lang::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

/// A browser on a screen of a given size, drawn before each key as the
/// event loop does, so keys see the geometry they would see for real.
struct Screen {
    app: App,
    terminal: Terminal<TestBackend>,
}

fn app(lang: Lang, width: u16, height: u16) -> Screen {
    let mut app = App::new(lang, "");
    let terminal = testing::render(&mut app, (width, height));
    Screen { app, terminal }
}

fn press(screen: &mut Screen, code: KeyCode) {
    send_key(screen, KeyEvent::new(code, KeyModifiers::NONE));
}

fn send_key(screen: &mut Screen, key: KeyEvent) {
    testing::send(&mut screen.app, &Event::Key(key));
    testing::draw(&mut screen.terminal, &mut screen.app);
}

/// Presses each character of `text` (`\n` is Enter).
fn type_text(screen: &mut Screen, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(screen, code);
    }
}

fn render(screen: &mut Screen) -> &Terminal<TestBackend> {
    testing::draw(&mut screen.terminal, &mut screen.app);
    &screen.terminal
}

fn buffer(screen: &mut Screen) -> Buffer {
    render(screen).backend().buffer().clone()
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
    find_before(
        buffer,
        needle,
        ui::layout(buffer.area, Pane::List).list.right(),
    )
}

macro_rules! snapshot {
    ($name:ident, $lang:expr, $width:expr, $height:expr) => {
        #[test]
        fn $name() {
            let mut app = app($lang, $width, $height);
            // 404 typed, kept, then the filter cleared: the whole list,
            // scrolled to 404.
            type_text(&mut app, "404");
            press(&mut app, KeyCode::Enter);
            press(&mut app, KeyCode::Esc);
            insta::assert_snapshot!(render(&mut app).backend());
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
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn help_overlay_in_chinese() {
    let mut app = app(Lang::Zh, 100, 30);
    press(&mut app, KeyCode::F(1));
    insta::assert_snapshot!(render(&mut app).backend());
}

/// An overlay opened with `open` (F1 for help, Ctrl-T to compare) after
/// typing `before`, then sent `after`.
macro_rules! overlay_snapshot {
    ($name:ident, $lang:expr, $width:expr, $height:expr, $before:expr, $open:expr, $after:expr) => {
        #[test]
        fn $name() {
            let mut app = app($lang, $width, $height);
            type_text(&mut app, $before);
            send_key(&mut app, $open);
            type_text(&mut app, $after);
            insta::assert_snapshot!(render(&mut app).backend());
        }
    };
}

const HELP: KeyEvent = KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE);
const COMPARE: KeyEvent = KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL);

// Help in two columns, and in one that scrolls; compare as a table, and as
// one block per code on a narrow screen.
overlay_snapshot!(help_en_100x30, Lang::En, 100, 30, "", HELP, "");
overlay_snapshot!(help_en_60x20, Lang::En, 60, 20, "", HELP, "");
overlay_snapshot!(help_ja_60x20_scrolled, Lang::Ja, 60, 20, "", HELP, "jjjjj");
overlay_snapshot!(compare_en_100x30, Lang::En, 100, 30, "301\n", COMPARE, "");
overlay_snapshot!(compare_en_60x20, Lang::En, 60, 20, "301\n", COMPARE, "");
overlay_snapshot!(compare_zh_60x20, Lang::Zh, 60, 20, "422\n", COMPARE, "");
overlay_snapshot!(compare_ja_100x30, Lang::Ja, 100, 30, "422\n", COMPARE, "");

#[test]
fn ascii_marks_in_japanese() {
    let mut app = App::new(Lang::Ja, "").marked(&Marks::ASCII);
    let mut screen = Screen {
        terminal: testing::render(&mut app, (100, 30)),
        app,
    };
    type_text(&mut screen, "422\n");
    insta::assert_snapshot!(render(&mut screen).backend());
}

#[test]
fn a_scan_lists_its_codes_with_their_counts() {
    let index = |code| httpdex_catalog::by_code(code).next().unwrap().index;
    let counts = vec![
        (index(200), 48_213),
        (index(304), 1_207),
        (index(404), 391),
        (index(499), 12),
        (index(502), 7),
        (index(431), 1),
    ];
    let mut app = App::with_counts(Lang::En, counts);
    let mut screen = Screen {
        terminal: testing::render(&mut app, (100, 30)),
        app,
    };
    press(&mut screen, KeyCode::Down);
    insta::assert_snapshot!(render(&mut screen).backend());
    // Narrow: a long label gives way to its count, with a mark where it is cut.
    let counts = vec![(index(431), 3), (index(203), 9)];
    let mut app = App::with_counts(Lang::En, counts);
    let text = buffer_text(testing::render(&mut app, (40, 12)).backend().buffer());
    let row = text.iter().find(|row| row.contains("431")).unwrap();
    assert!(
        row.ends_with("… 3 │") && row.chars().count() <= 40,
        "{row:?}"
    );
}

#[test]
fn picking_starts_in_the_search_and_says_how_to_pick() {
    let mut app = App::new(Lang::En, "teapot").picking(Pick::Code);
    let mut screen = Screen {
        terminal: testing::render(&mut app, (100, 30)),
        app,
    };
    let footer = buffer_text(&buffer(&mut screen))[29].clone();
    assert!(footer.starts_with(" Enter Pick  Esc Cancel"), "{footer:?}");
    type_text(&mut screen, "?");
    assert_eq!(screen.app.query(), "teapot?", "? is typed while searching");
    // Tab leaves the search for the list, where ? opens the help.
    press(&mut screen, KeyCode::Backspace);
    press(&mut screen, KeyCode::Tab);
    type_text(&mut screen, "?");
    insta::assert_snapshot!(render(&mut screen).backend());
}

#[test]
fn detail_pane_alone_on_a_small_screen() {
    let mut app = app(Lang::Ja, 40, 12);
    type_text(&mut app, "504");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(render(&mut app).backend());
}

#[test]
fn no_match_says_so_and_nothing_is_selected() {
    let mut app = app(Lang::En, 100, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "zzqqxx");
    let screen = buffer_text(&buffer(&mut app)).join("\n");
    assert!(screen.contains("No match"), "{screen}");
    assert!(screen.contains("Nothing selected"), "{screen}");
    let count = format!("0 of {}", httpdex_catalog::entries().len());
    assert!(screen.contains(&count), "{screen}");
}

#[test]
fn the_selected_row_is_reversed_across_the_list() {
    let mut app = app(Lang::En, 100, 30);
    press(&mut app, KeyCode::Down);
    let buffer = buffer(&mut app);
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
    let buffer = buffer(&mut app);
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
    let mut app = app(Lang::En, 100, 30);
    let buffer = buffer(&mut app);
    let (x, y) = find(&buffer, "1xx Informational").unwrap();
    assert_eq!(buffer[(x, y)].fg, Theme::DARK.class(Class::Informational));
    let (x, y) = find(&buffer, "2xx Successful").unwrap();
    assert_eq!(buffer[(x, y)].fg, Theme::DARK.class(Class::Successful));
    let mut light = App::new(Lang::En, "").themed(&Theme::LIGHT);
    let buffer = testing::render(&mut light, (100, 30))
        .backend()
        .buffer()
        .clone();
    let (x, y) = find(&buffer, "1xx Informational").unwrap();
    assert_eq!(buffer[(x, y)].fg, Theme::LIGHT.class(Class::Informational));
}

#[test]
fn the_selected_row_takes_no_class_colour() {
    let mut app = app(Lang::En, 100, 30);
    let buffer = buffer(&mut app);
    let (x, y) = find_in_list(&buffer, "100 Continue").unwrap();
    let list = ui::layout(buffer.area, Pane::List).list;
    for column in x..list.right() - 1 {
        let cell = &buffer[(column, y)];
        assert!(
            cell.modifier.contains(Modifier::REVERSED),
            "column {column}"
        );
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "{:?} at column {column}",
            cell.symbol()
        );
    }
    // The code of a row not selected is in its class colour.
    let (x, y) = find_in_list(&buffer, "101 Switching").unwrap();
    assert_eq!(buffer[(x, y)].fg, Theme::DARK.class(Class::Informational));
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let mut app = app(Lang::En, 100, 30);
    let mut buffer = buffer(&mut app);
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
    let (x, y) = find(render(&mut app).backend().buffer(), "早すぎ").unwrap();
    let cursor = app.terminal.get_cursor_position().unwrap();
    assert_eq!(
        (cursor.x, cursor.y),
        (x + 6, y),
        "three wide characters take six cells"
    );
}

#[test]
fn a_long_query_scrolls_to_keep_the_cursor_in_the_search_bar() {
    let mut app = app(Lang::En, 60, 20);
    press(&mut app, KeyCode::Char('/'));
    let query = "request header fields too large because of a huge cookie end";
    type_text(&mut app, query);
    let bar = |app: &mut Screen| buffer_text(&buffer(app))[1].clone();
    let cursor = |app: &mut Screen| app.terminal.get_cursor_position().unwrap();
    assert!(
        bar(&mut app).contains("huge cookie end"),
        "{}",
        bar(&mut app)
    );
    assert!(
        !bar(&mut app).contains("request"),
        "the start scrolled away"
    );
    assert_eq!(
        cursor(&mut app).x,
        57,
        "after the last character, inside the border"
    );
    press(&mut app, KeyCode::Home);
    assert!(
        bar(&mut app).starts_with("│ request header"),
        "{}",
        bar(&mut app)
    );
    assert_eq!(cursor(&mut app).x, 2);
    for _ in 0..8 {
        press(&mut app, KeyCode::Right);
    }
    type_text(&mut app, "X");
    assert_eq!(app.app.query(), query.replacen("request ", "request X", 1));
    assert!(
        bar(&mut app).starts_with("│ request Xheader"),
        "the text stays put"
    );
    assert_eq!(cursor(&mut app).x, 11);
}

/// Whether every row of `pane` between its top and bottom border has a
/// vertical border at both its edges (the right one may carry the
/// scrollbar's thumb).
fn pane_has_its_borders(buffer: &Buffer, pane: Rect) -> Result<(), String> {
    for y in pane.top() + 1..pane.bottom().saturating_sub(1) {
        for x in [pane.left(), pane.right() - 1] {
            let symbol = buffer[(x, y)].symbol();
            if symbol != "│" && !(symbol == "┃" && x == pane.right() - 1) {
                let row = &buffer_text(buffer)[usize::from(y)];
                return Err(format!("({x}, {y}) is {symbol:?}: {row}"));
            }
        }
    }
    Ok(())
}

#[test]
fn wide_characters_never_break_the_borders() {
    for lang in Lang::ALL {
        for (width, height) in [(100, 30), (60, 20), (40, 12), (81, 24), (79, 25)] {
            let mut app = app(lang, width, height);
            type_text(&mut app, "40\njj");
            let buffer = buffer(&mut app);
            let areas = ui::layout(buffer.area, app.app.pane());
            for pane in [areas.list, areas.detail] {
                if pane.height > 2 {
                    pane_has_its_borders(&buffer, pane)
                        .unwrap_or_else(|err| panic!("{lang} {width}x{height}: {err}"));
                }
            }
        }
    }
}

#[test]
fn the_border_check_finds_a_broken_border() {
    let mut app = app(Lang::En, 100, 30);
    let mut buffer = buffer(&mut app);
    let list = ui::layout(buffer.area, Pane::List).list;
    assert_eq!(pane_has_its_borders(&buffer, list), Ok(()));
    buffer[(list.right() - 1, 5)].set_symbol("x");
    assert!(pane_has_its_borders(&buffer, list).is_err());
}

#[test]
fn tiny_screens_draw_without_panicking() {
    for lang in Lang::ALL {
        for width in 0..=12 {
            for height in 0..=8 {
                let mut app = App::new(lang, "");
                app.update(httpdex::tui::keymap::Action::Help);
                let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                testing::draw(&mut terminal, &mut app);
            }
        }
    }
}

// ---- Widths in CJK terminals

/// Whether a terminal set to draw East Asian Ambiguous characters two cells
/// wide would draw `symbol` wider than the layout counts it.
fn ambiguous(symbol: &str) -> bool {
    use unicode_width::UnicodeWidthStr;
    symbol.width() != symbol.width_cjk()
}

/// Box-drawing characters, which the ASCII marks replace where they break.
fn box_drawing(symbol: &str) -> bool {
    symbol
        .chars()
        .all(|c| ('\u{2500}'..='\u{257f}').contains(&c))
}

/// Every character of the catalogue's own prose in `lang`: texts, phrases,
/// names and references, which may hold an ambiguous character (quotation
/// marks, an accented letter) that is not the interface's.
fn prose(lang: Lang) -> std::collections::HashSet<char> {
    let mut chars = std::collections::HashSet::new();
    for entry in httpdex_catalog::entries() {
        let text = entry.text(lang);
        let mut parts = vec![entry.phrase, text.title, text.meaning, text.scenario];
        parts.extend(text.see_also);
        parts.extend(text.situations);
        parts.extend(
            text.origin
                .into_iter()
                .chain(text.status_note)
                .chain(text.wire),
        );
        parts.extend(entry.aliases);
        parts.extend(entry.references);
        parts.extend(entry.documented);
        chars.extend(parts.iter().flat_map(|part| part.chars()));
    }
    chars
}

/// Screens that between them show every part of the browser: the list, the
/// details of entries with see-also, headers and constants, the search,
/// help, compare, both menus and a footer notice, at three sizes.
fn every_screen(lang: Lang, marks: &'static Marks) -> Vec<(String, Buffer)> {
    let keys = [
        "",
        "404",
        "301\n",
        "422\nc",
        "301\nc",
        "401\nf",
        "418\nY",
        "?",
        "?jjjjjjjjjjjj",
        "425\n\t",
        "zzqq",
        "999\ny",
        "teapot\nG",
    ];
    let mut screens = Vec::new();
    for (width, height) in [(100, 30), (60, 20), (40, 12)] {
        for keys in keys {
            let mut screen = Screen {
                terminal: Terminal::new(TestBackend::new(width, height)).unwrap(),
                app: App::new(lang, "").marked(marks),
            };
            testing::draw(&mut screen.terminal, &mut screen.app);
            type_text(&mut screen, keys);
            screens.push((
                format!("{lang} {width}x{height} {keys:?}"),
                buffer(&mut screen),
            ));
        }
    }
    screens
}

#[test]
fn the_browser_draws_no_ambiguous_marks_of_its_own() {
    let mut offending = Vec::new();
    for lang in Lang::ALL {
        let prose = prose(lang);
        for (name, buffer) in every_screen(lang, &Marks::LINES) {
            for cell in &buffer.content {
                let symbol = cell.symbol();
                let from_prose = symbol.chars().all(|c| prose.contains(&c));
                if ambiguous(symbol) && !box_drawing(symbol) && !from_prose {
                    offending.push(format!("{symbol:?} in {name}"));
                }
            }
        }
    }
    offending.dedup();
    assert!(offending.is_empty(), "{offending:#?}");
}

#[test]
fn the_ambiguity_check_finds_the_old_marks() {
    for mark in ["•", "—", "…", "·", "↑", "↓", "§", "“"] {
        assert!(ambiguous(mark), "{mark}");
    }
    for fine in ["-", "a", "日", "ー", " ", "|"] {
        assert!(!ambiguous(fine), "{fine}");
    }
    assert!(box_drawing("─") && box_drawing("┃") && !box_drawing("-"));
}

#[test]
fn ascii_marks_leave_no_ambiguous_cell_at_all() {
    let mut offending = Vec::new();
    for lang in Lang::ALL {
        for (name, buffer) in every_screen(lang, &Marks::ASCII) {
            offending.extend(
                buffer
                    .content
                    .iter()
                    .filter(|cell| ambiguous(cell.symbol()))
                    .map(|cell| format!("{:?} in {name}", cell.symbol())),
            );
        }
    }
    assert!(offending.is_empty(), "{offending:#?}");
}

#[test]
fn ascii_marks_put_stand_ins_for_ambiguous_prose() {
    // 422's meaning: "Formerly called “Unprocessable Entity” in WebDAV".
    let mut app = App::new(Lang::En, "422").marked(&Marks::ASCII);
    let text = buffer_text(testing::render(&mut app, (100, 30)).backend().buffer()).join("\n");
    assert!(text.contains("\"Unprocessable Entity\""), "{text}");
    assert!(text.starts_with("+ Search -"), "{text}");
}

#[test]
fn interface_strings_hold_no_ambiguous_character() {
    // Everything the browser says outside the entries; the command line's
    // messages are not drawn by it.
    let skip = ["entries", "conditions", "cli", "errors"];
    for lang in Lang::ALL {
        let path = format!("{}/assets/{}.toml", env!("CARGO_MANIFEST_DIR"), lang.code());
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let mut strings = Vec::new();
        let mut stack: Vec<(String, &toml::Value)> = table
            .iter()
            .filter(|(key, _)| !skip.contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value))
            .collect();
        while let Some((key, value)) = stack.pop() {
            match value {
                toml::Value::String(text) => strings.push((key, text.clone())),
                toml::Value::Table(table) => {
                    stack.extend(table.iter().map(|(k, v)| (format!("{key}.{k}"), v)));
                }
                toml::Value::Array(items) => stack.extend(items.iter().map(|v| (key.clone(), v))),
                _ => {}
            }
        }
        assert!(
            strings.len() > 100,
            "{lang}: read {} strings",
            strings.len()
        );
        for (key, text) in strings {
            let found: Vec<char> = text
                .chars()
                .filter(|c| ambiguous(c.encode_utf8(&mut [0; 4])))
                .collect();
            assert!(found.is_empty(), "{lang} {key}: {found:?} in {text:?}");
        }
    }
    for binding in httpdex::tui::keymap::BINDINGS {
        if let Some(keys) = binding.shown {
            assert!(keys.is_ascii(), "{keys}");
        }
    }
}
