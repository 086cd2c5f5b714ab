//! Unit tests of `keymap`.

use super::*;
use httpdex_catalog::lang::Lang;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn in_focus(focus: Focus) -> Mode {
    Mode::new(focus)
}

fn alt_key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::ALT)
}

#[test]
fn each_key_gives_its_own_action() {
    let browse = |key| action_for(in_focus(Focus::Browse), key);
    assert_eq!(browse(key(KeyCode::Up)), Some(Action::Up));
    assert_eq!(browse(key(KeyCode::Down)), Some(Action::Down));
    assert_eq!(browse(ctrl_key('p')), Some(Action::Up));
    assert_eq!(browse(ctrl_key('n')), Some(Action::Down));
    assert_eq!(browse(key(KeyCode::PageUp)), Some(Action::PageUp));
    assert_eq!(browse(key(KeyCode::PageDown)), Some(Action::PageDown));
    assert_eq!(browse(key(KeyCode::Home)), Some(Action::Top));
    assert_eq!(browse(key(KeyCode::End)), Some(Action::Bottom));
    assert_eq!(
        browse(alt_key(KeyCode::Up)),
        Some(Action::ScrollUp(Step::Line))
    );
    assert_eq!(
        action_for(in_focus(Focus::Search), key(KeyCode::Up)),
        Some(Action::Up)
    );
    assert_eq!(
        action_for(
            in_focus(Focus::Menu(MenuKind::Follow)),
            key(KeyCode::Char('j'))
        ),
        Some(Action::MenuDown)
    );
}

#[test]
fn commands_are_on_keys_that_type_nothing_in_the_list_and_the_search_bar() {
    for focus in [Focus::Browse, Focus::Search] {
        let mode = in_focus(focus);
        assert_eq!(action_for(mode, ctrl_key('o')), Some(Action::Follow));
        assert_eq!(action_for(mode, alt_key(KeyCode::Left)), Some(Action::Back));
        assert_eq!(action_for(mode, ctrl_key('t')), Some(Action::Compare));
        assert_eq!(action_for(mode, ctrl_key('y')), Some(Action::Copy));
        assert_eq!(
            action_for(mode, alt_key(KeyCode::Char('y'))),
            Some(Action::CopyConstant)
        );
        assert_eq!(action_for(mode, key(KeyCode::F(1))), Some(Action::Help));
        assert_eq!(
            action_for(mode, key(KeyCode::F(2))),
            Some(Action::CycleLanguage)
        );
    }
}

#[test]
fn shifted_letters_match_their_uppercase_binding() {
    let shifted = KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT);
    assert_eq!(
        action_for(in_focus(Focus::Detail), shifted),
        Some(Action::CycleLanguage)
    );
}

#[test]
fn letters_type_in_search_mode_instead_of_acting() {
    for c in ['q', 'L', '語', ' '] {
        assert_eq!(
            action_for(in_focus(Focus::Search), key(KeyCode::Char(c))),
            Some(Action::Type(c))
        );
    }
}

#[test]
fn every_printable_key_in_the_list_starts_a_search_with_itself() {
    let browse = in_focus(Focus::Browse);
    let printable = ('!'..='~').filter(|&c| c != '/').chain(['ア', '語', 'é']);
    for c in printable {
        assert_eq!(
            action_for(browse, key(KeyCode::Char(c))),
            Some(Action::SearchWith(c)),
            "{c:?}"
        );
    }
    // Shift is in the character: `G` typed is a search for G.
    let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action_for(browse, shifted), Some(Action::SearchWith('G')));
    // A space starts nothing; an Alt chord types nothing.
    assert_eq!(action_for(browse, key(KeyCode::Char(' '))), None);
    assert_eq!(action_for(browse, alt_key(KeyCode::Char('t'))), None);
}

#[test]
fn the_detail_pane_has_its_commands_on_letters_and_searches_with_the_rest() {
    let detail = in_focus(Focus::Detail);
    for (c, action) in [
        ('f', Action::Follow),
        ('c', Action::Compare),
        ('y', Action::Copy),
        ('Y', Action::CopyConstant),
        ('L', Action::CycleLanguage),
        ('?', Action::Help),
        ('q', Action::Quit),
    ] {
        assert_eq!(action_for(detail, key(KeyCode::Char(c))), Some(action));
    }
    assert_eq!(
        action_for(detail, key(KeyCode::Backspace)),
        Some(Action::Back)
    );
    for c in ['4', 't', 'ア'] {
        assert_eq!(
            action_for(detail, key(KeyCode::Char(c))),
            Some(Action::SearchWith(c)),
            "{c:?}"
        );
    }
}

#[test]
fn esc_goes_back_one_level() {
    let esc = key(KeyCode::Esc);
    let filtered = |focus| Mode {
        filtered: true,
        ..Mode::new(focus)
    };
    assert_eq!(action_for(in_focus(Focus::Browse), esc), Some(Action::Quit));
    assert_eq!(
        action_for(filtered(Focus::Browse), esc),
        Some(Action::ClearFilter)
    );
    assert_eq!(
        action_for(filtered(Focus::Detail), esc),
        Some(Action::TogglePane),
        "the detail pane gives the focus back to the list first"
    );
    assert_eq!(
        action_for(in_focus(Focus::Search), esc),
        Some(Action::ClearFilter)
    );
    for focus in [Focus::Help, Focus::Compare, Focus::Menu(MenuKind::Follow)] {
        assert_eq!(action_for(in_focus(focus), esc), Some(Action::Close));
    }
}

#[test]
fn the_search_bar_is_a_line_editor() {
    let search = |event| action_for(in_focus(Focus::Search), event);
    let edits = [
        (key(KeyCode::Left), Edit::Left),
        (ctrl_key('b'), Edit::Left),
        (key(KeyCode::Right), Edit::Right),
        (ctrl_key('f'), Edit::Right),
        (key(KeyCode::Home), Edit::Home),
        (ctrl_key('a'), Edit::Home),
        (key(KeyCode::End), Edit::End),
        (ctrl_key('e'), Edit::End),
        (key(KeyCode::Backspace), Edit::Backspace),
        (key(KeyCode::Delete), Edit::Delete),
        (ctrl_key('w'), Edit::DeleteWord),
        (
            KeyEvent::new(KeyCode::Backspace, KeyModifiers::ALT),
            Edit::DeleteWord,
        ),
        (ctrl_key('u'), Edit::KillToStart),
        (ctrl_key('k'), Edit::KillToEnd),
    ];
    for (event, edit) in edits {
        assert_eq!(search(event), Some(Action::Edit(edit)), "{event:?}");
    }
    for (c, action) in [('p', Action::Up), ('n', Action::Down), ('j', Action::Down)] {
        assert_eq!(search(ctrl_key(c)), Some(action), "Ctrl-{c}");
    }
}

#[test]
fn movement_keys_scroll_the_detail_pane_when_it_has_the_focus() {
    let detail = |event| action_for(in_focus(Focus::Detail), event);
    assert_eq!(
        detail(key(KeyCode::Char('j'))),
        Some(Action::ScrollDown(Step::Line))
    );
    assert_eq!(detail(key(KeyCode::Up)), Some(Action::ScrollUp(Step::Line)));
    assert_eq!(
        detail(key(KeyCode::Char(' '))),
        Some(Action::ScrollDown(Step::Page))
    );
    assert_eq!(
        detail(key(KeyCode::Char('b'))),
        Some(Action::ScrollUp(Step::Page))
    );
    assert_eq!(
        detail(ctrl_key('d')),
        Some(Action::ScrollDown(Step::HalfPage))
    );
    assert_eq!(
        detail(ctrl_key('u')),
        Some(Action::ScrollUp(Step::HalfPage))
    );
    assert_eq!(
        detail(key(KeyCode::Char('G'))),
        Some(Action::ScrollDown(Step::End))
    );
    assert_eq!(detail(key(KeyCode::Tab)), Some(Action::TogglePane));
    assert_eq!(detail(key(KeyCode::Char('f'))), Some(Action::Follow));
}

#[test]
fn control_c_ctrl_z_and_f2_work_whatever_has_the_focus() {
    for focus in [
        Focus::Browse,
        Focus::Detail,
        Focus::Search,
        Focus::Help,
        Focus::Menu(MenuKind::Follow),
    ] {
        let mode = in_focus(focus);
        assert_eq!(action_for(mode, ctrl_key('c')), Some(Action::Interrupt));
        assert_eq!(action_for(mode, ctrl_key('z')), Some(Action::Suspend));
        assert_eq!(
            action_for(mode, key(KeyCode::F(2))),
            Some(Action::CycleLanguage)
        );
    }
}

#[test]
fn overlays_scroll_close_with_esc_and_q_and_close_on_any_other_key() {
    for focus in [Focus::Help, Focus::Compare] {
        let mode = in_focus(focus);
        for code in [KeyCode::Char('q'), KeyCode::Esc, KeyCode::Enter] {
            assert_eq!(action_for(mode, key(code)), Some(Action::Close), "{code:?}");
        }
        assert_eq!(
            action_for(mode, key(KeyCode::Char('j'))),
            Some(Action::ScrollDown(Step::Line))
        );
        assert_eq!(
            action_for(mode, key(KeyCode::Char(' '))),
            Some(Action::ScrollDown(Step::Page))
        );
    }
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
    let browse = in_focus(Focus::Browse);
    let click = MouseEventKind::Down(MouseButton::Left);
    assert_eq!(
        action_for_event(&mouse(click, 3, 6), browse, &viewport),
        Some(Action::SelectRow(7))
    );
    assert_eq!(
        action_for_event(&mouse(click, 45, 6), browse, &viewport),
        Some(Action::FocusDetail)
    );
    assert_eq!(
        action_for_event(&mouse(MouseEventKind::ScrollDown, 45, 6), browse, &viewport),
        Some(Action::ScrollDown(Step::Line))
    );
    assert_eq!(
        action_for_event(&mouse(MouseEventKind::ScrollDown, 3, 6), browse, &viewport),
        Some(Action::Down)
    );
    assert_eq!(
        action_for_event(&mouse(click, 3, 6), in_focus(Focus::Help), &viewport),
        Some(Action::Close),
        "a click beside an overlay closes it"
    );
    let over_popup = Viewport {
        popup: Some(Rect::new(0, 0, 20, 20)),
        ..viewport
    };
    assert_eq!(
        action_for_event(
            &mouse(MouseEventKind::ScrollDown, 3, 6),
            in_focus(Focus::Help),
            &over_popup
        ),
        Some(Action::ScrollDown(Step::Line)),
        "the wheel over an overlay scrolls it"
    );
}

#[test]
fn the_footer_offers_only_keys_that_reach_their_row() {
    let footer = |mode| {
        footer_hints(mode)
            .map(|hint| (hint.keys, hint.binding.say))
            .collect::<Vec<_>>()
    };
    let plain = footer(in_focus(Focus::Browse));
    assert!(plain.contains(&("Esc".to_owned(), Say::Quit)), "{plain:?}");
    let filtered = footer(Mode {
        filtered: true,
        ..Mode::new(Focus::Browse)
    });
    assert!(filtered.contains(&("Esc".to_owned(), Say::ClearFilter)));
    assert!(
        !filtered.contains(&("Esc".to_owned(), Say::Quit)),
        "Esc clears the filter first: {filtered:?}"
    );
    let detail = footer(in_focus(Focus::Detail));
    assert!(detail.contains(&("Up Down j k".to_owned(), Say::Scroll)));
    assert!(detail.contains(&("Esc Tab".to_owned(), Say::ToList)));
    assert!(
        !detail.iter().any(|(_, say)| *say == Say::Move),
        "the detail pane scrolls, not moves: {detail:?}"
    );
}

#[test]
fn picking_enter_takes_the_selection_and_esc_gives_up_while_browsing_or_searching() {
    let picking = |focus| Mode {
        picking: true,
        filtered: true,
        ..Mode::new(focus)
    };
    for focus in [Focus::Browse, Focus::Detail, Focus::Search] {
        assert_eq!(
            action_for(picking(focus), key(KeyCode::Enter)),
            Some(Action::Accept)
        );
        assert_eq!(
            action_for(picking(focus), key(KeyCode::Esc)),
            Some(Action::Quit)
        );
    }
    for focus in [Focus::Help, Focus::Menu(MenuKind::Follow)] {
        assert_eq!(
            action_for(picking(focus), key(KeyCode::Esc)),
            Some(Action::Close),
            "an overlay closes first"
        );
    }
    assert_eq!(
        action_for(in_focus(Focus::Search), key(KeyCode::Enter)),
        Some(Action::KeepFilter)
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
    let group = httpdex_catalog::strings::GROUPS
        .iter()
        .find(|group| group.key == "actions")
        .unwrap();
    let says = [
        Say::Move,
        Say::Page,
        Say::Ends,
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
        Say::Suspend,
        Say::Scroll,
        Say::HalfPage,
        Say::ToList,
        Say::Cursor,
        Say::LineEnds,
        Say::DeleteWord,
        Say::KillToStart,
        Say::KillToEnd,
        Say::TopBottom,
        Say::Pick,
        Say::Cancel,
    ];
    assert_eq!(says.len(), group.fields.len());
    for (i, say) in says.into_iter().enumerate() {
        assert_eq!(say as usize, i);
    }
    assert_eq!(group.fields[Say::TogglePane as usize], "toggle_detail");
    assert_eq!(group.fields[Say::KillToEnd as usize], "kill_end");
    assert_eq!(group.fields[Say::Cancel as usize], "cancel");
}

#[test]
fn a_menu_has_a_key_for_every_item_past_the_ninth_too() {
    let menu = in_focus(Focus::Menu(MenuKind::CopyConstant));
    let pick = |c| action_for(menu, key(KeyCode::Char(c)));
    assert_eq!(pick('1'), Some(Action::Pick(1)));
    assert_eq!(pick('9'), Some(Action::Pick(9)));
    assert_eq!(pick('a'), Some(Action::Pick(10)));
    assert_eq!(pick('l'), Some(Action::Pick(19)), "j and k are skipped");
    assert_eq!(pick('j'), Some(Action::MenuDown));
    assert_eq!(pick('q'), Some(Action::Close));
    for i in 0..MENU_KEYS.chars().count() {
        let key = menu_key(i).expect("a key");
        assert_eq!(
            pick(key),
            Some(Action::Pick(u8::try_from(i + 1).unwrap())),
            "{key}"
        );
    }
    assert_eq!(menu_key(MENU_KEYS.chars().count()), None);
}
