//! Unit tests of `app`.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use super::*;
use crate::tui::keymap::action_for_event;

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

fn chord(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    send(app, &Event::Key(KeyEvent::new(code, modifiers)));
}

fn alt(app: &mut App, code: KeyCode) {
    chord(app, code, KeyModifiers::ALT);
}

fn ctrl(app: &mut App, c: char) {
    chord(app, KeyCode::Char(c), KeyModifiers::CONTROL);
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
    ctrl(&mut app, 'p');
    assert_eq!(code(&app), Some(104));
    ctrl(&mut app, 'n');
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
        press(&mut app, KeyCode::F(2));
        assert_eq!(app.lang(), expected);
        assert_eq!(app.query(), "gateway");
        assert_eq!(code(&app), selected);
    }
}

#[test]
fn esc_quits_from_the_list_and_ctrl_c_anywhere() {
    let mut quitting = app(Lang::En);
    press(&mut quitting, KeyCode::Esc);
    assert!(quitting.should_quit());
    let mut app = app(Lang::En);
    press(&mut app, KeyCode::Char('/'));
    send(
        &mut app,
        &Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
    );
    assert!(app.should_quit());
}

#[test]
fn help_opens_with_f1_and_closing_keys_do_nothing_else() {
    let mut app = app(Lang::En);
    for key in [
        KeyCode::Char('q'),
        KeyCode::Esc,
        KeyCode::Enter,
        KeyCode::Char('x'),
    ] {
        press(&mut app, KeyCode::F(1));
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
    press(&mut app, KeyCode::F(1));
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
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.overlay_scroll(), 0, "it opens at the top again");
}

#[test]
fn detail_scrolls_within_its_text() {
    let mut app = app(Lang::En);
    alt(&mut app, KeyCode::Up);
    assert_eq!(app.detail().scroll(), 0);
    for _ in 0..200 {
        alt(&mut app, KeyCode::Down);
    }
    assert_eq!(app.detail().scroll(), 6, "30 lines in a 24-row pane");
    alt(&mut app, KeyCode::Up);
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
        alt(&mut app, KeyCode::Down);
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
        alt(&mut app, KeyCode::Down);
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
        alt(&mut app, KeyCode::Down);
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
    press(&mut app, KeyCode::Down);
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
        alt(&mut app, KeyCode::Down);
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
    ctrl(&mut app, 'o');
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
    alt(&mut app, KeyCode::Left);
    assert_eq!(code(&app), Some(401));
    assert_eq!(app.query(), "401", "back restores the filter too");
    alt(&mut app, KeyCode::Left);
    assert_eq!(app.notice(), Some(Lang::En.strings().browser.back_empty));
}

#[test]
fn a_menu_takes_arrows_and_enter_and_closes_with_esc() {
    let mut app = app(Lang::En);
    select_code(&mut app, "401");
    ctrl(&mut app, 'o');
    press(&mut app, KeyCode::Down);
    let second = app.menu_items()[1].clone();
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        code(&app).map(|c| c.to_string()),
        Some(second[..3].to_owned())
    );
    ctrl(&mut app, 'o');
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus(), Focus::Browse);
    assert!(!app.should_quit(), "Esc closes the menu, not the program");
}

#[test]
fn ctrl_y_copies_the_code_and_phrase_and_says_so() {
    let mut app = app(Lang::Ja);
    select_code(&mut app, "404");
    ctrl(&mut app, 'y');
    assert_eq!(app.take_clipboard().as_deref(), Some("404 Not Found"));
    assert!(app.notice().unwrap().contains("404 Not Found"));
    assert_eq!(app.take_clipboard(), None, "copied once");
    press(&mut app, KeyCode::Down);
    assert_eq!(app.notice(), None, "the next key clears the message");
}

#[test]
fn alt_y_copies_a_chosen_constant() {
    let mut app = app(Lang::En);
    select_code(&mut app, "418");
    alt(&mut app, KeyCode::Char('y'));
    let rust = app
        .menu_items()
        .iter()
        .position(|item| item.ends_with("StatusCode::IM_A_TEAPOT"))
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
    ctrl(&mut app, 't');
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
    ctrl(&mut app, 'o');
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
    ctrl(&mut app, 'o');
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

#[test]
fn every_word_of_every_title_typed_in_the_list_searches_for_that_word() {
    let mut misses = Vec::new();
    let mut words = 0;
    for lang in Lang::ALL {
        for entry in catalog::entries() {
            let title = entry.text(lang).title;
            for word in title.split_whitespace() {
                words += 1;
                let mut app = app(lang);
                type_text(&mut app, word);
                assert_eq!(app.query(), word, "{lang}: typing {word:?}");
                assert_eq!(app.focus(), Focus::Search, "{lang}: typing {word:?}");
                let first = app.selected().map(|e| e.text(lang).title);
                if !first.is_some_and(|t| t.to_lowercase().contains(&word.to_lowercase())) {
                    misses.push(format!("{lang} {word:?}: first {first:?}"));
                }
            }
        }
    }
    assert!(
        misses.is_empty(),
        "{} of {words}:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn the_constant_menu_names_each_library_and_letters_choose_past_nine() {
    let mut app = app(Lang::En);
    select_code(&mut app, "404");
    alt(&mut app, KeyCode::Char('y'));
    let items = app.menu_items();
    let entry = app.selected().expect("418");
    assert!(items.len() > 9, "{items:?}");
    for (item, constant) in items.iter().zip(entry.constants) {
        let library = catalog::libraries()[constant.library].name;
        assert!(
            item.starts_with(library) && item.ends_with(constant.code),
            "{item}"
        );
    }
    let tenth = entry.constants[9].code;
    press(&mut app, KeyCode::Char('a'));
    assert_eq!(app.take_clipboard().as_deref(), Some(tenth));
}
