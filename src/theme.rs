//! Colours and styles of the browser, in one place.

use ratatui::style::{Color, Modifier, Style};

use crate::catalog::Class;

/// The colour of a class: its heading and its codes.
#[must_use]
pub const fn class_color(class: Class) -> Color {
    match class {
        Class::Informational => Color::Blue,
        Class::Successful => Color::Green,
        Class::Redirection => Color::Cyan,
        Class::ClientError => Color::Yellow,
        Class::ServerError => Color::Red,
        Class::Other => Color::Magenta,
    }
}

/// A class heading in the list.
#[must_use]
pub const fn heading(class: Class) -> Style {
    Style::new()
        .fg(class_color(class))
        .add_modifier(Modifier::BOLD)
}

/// The selected row: reversed, so it shows without colour too.
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
/// Characters that matched the search.
pub const MATCHED: Style = Style::new()
    .add_modifier(Modifier::BOLD)
    .add_modifier(Modifier::UNDERLINED);
/// Labels in the detail pane.
pub const LABEL: Style = Style::new().add_modifier(Modifier::BOLD);
/// Quiet text: placeholders, hints' descriptions, counts.
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// Key names in the footer and help.
pub const KEY: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
/// The border of the focused pane.
pub const FOCUSED: Style = Style::new().fg(Color::Magenta);
/// Unofficial entries, set apart from registered ones.
pub const UNOFFICIAL: Style = Style::new().add_modifier(Modifier::ITALIC);
