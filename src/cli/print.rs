//! Entries, lines and class headings as text, wrapped and coloured.

use std::fmt::Write as _;

use crossterm::style::{Color, Stylize};

use ratatui::backend::IntoCrossterm;

use crate::describe::{self, Shape, class_heading};
use crate::text::{width, wrap};
use crate::tui::theme::{self};
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog, Class, Entry, Status};

use super::Style;
/// The colour of a class, as the browser shows it.
pub(crate) fn class_color(class: Class) -> Color {
    theme::class_color(class).into_crossterm()
}

pub(crate) fn paint(text: &str, color: Option<Color>, bold: bool, style: Style) -> String {
    if !style.color {
        return text.to_owned();
    }
    let mut styled = text.stylize();
    if let Some(color) = color {
        styled = styled.with(color);
    }
    if bold {
        styled = styled.bold();
    }
    styled.to_string()
}

/// One entry as a labelled block, wrapped to the width.
pub(crate) fn print_entry(entry: &Entry, lang: Lang, style: Style) -> String {
    let text = entry.text(lang);
    let color = Some(class_color(entry.class));
    let prose = style.prose();
    let mut out = String::new();
    for line in wrap(&format!("{} {}", entry.code, entry.phrase), prose) {
        let _ = writeln!(out, "{}", paint(&line, color, true, style));
    }
    if text.title != entry.phrase {
        for line in wrap(text.title, prose) {
            let _ = writeln!(out, "{line}");
        }
    }
    out.push('\n');
    let facts = describe::facts(entry, lang, style.today);
    let label_width = facts
        .iter()
        .map(|fact| width(fact.label))
        .max()
        .unwrap_or(0);
    // Labels beside their values while that leaves room to read; above
    // them on a narrow terminal.
    let indent = 2 + label_width + 2;
    let side_by_side = prose >= indent + 20;
    for fact in facts {
        let (value_width, mut prefix) = if side_by_side {
            let pad = " ".repeat(label_width - width(fact.label));
            (
                prose - indent,
                format!("  {}{pad}  ", paint(fact.label, None, true, style)),
            )
        } else {
            let _ = writeln!(out, "{}", paint(fact.label, None, true, style));
            (prose.saturating_sub(2).max(1), "  ".to_owned())
        };
        let continuation = " ".repeat(if side_by_side { indent } else { 2 });
        for value in &fact.values {
            // List items are set apart; a wrapped item's lines stay together.
            let item_indent = if fact.shape == Shape::List { 2 } else { 0 };
            for (i, line) in wrap(value, value_width.saturating_sub(item_indent).max(1))
                .into_iter()
                .enumerate()
            {
                let hang = if i > 0 {
                    " ".repeat(item_indent)
                } else {
                    String::new()
                };
                let _ = writeln!(out, "{prefix}{hang}{line}");
                prefix.clone_from(&continuation);
            }
        }
    }
    out
}

/// One entry on one line, starting with its code.
pub(crate) fn print_line(entry: &Entry, lang: Lang, style: Style) -> String {
    let text = entry.text(lang);
    // Codes right-aligned, so 0 lines up with three-digit codes.
    let mut line = paint(
        &format!("{:>3}", entry.code),
        Some(class_color(entry.class)),
        true,
        style,
    );
    line.push_str("  ");
    let starts_with_phrase = text
        .title
        .get(..entry.phrase.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(entry.phrase));
    if text.title == entry.phrase {
        line.push_str(entry.phrase);
    } else if starts_with_phrase {
        // "I'm a teapot (unused)" says the phrase already.
        line.push_str(text.title);
    } else {
        line.push_str(&fill(
            lang.strings().cli.phrase_and_title,
            &[("phrase", entry.phrase), ("title", text.title)],
        ));
    }
    if let Some(origin) = text.origin {
        let marker = format!(
            "  [{}: {origin}]",
            lang.strings().status[Status::Unofficial as usize]
        );
        line.push_str(&paint(&marker, Some(Color::DarkGrey), false, style));
    }
    line.push('\n');
    line
}

/// A class heading, its description and its codes.
pub(crate) fn print_class(class: Class, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let heading = class_heading(class, lang);
    let _ = writeln!(
        out,
        "{}",
        paint(&heading, Some(class_color(class)), true, style)
    );
    for line in wrap(lang.texts().class(class).description, style.prose()) {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    for entry in catalog::by_class(class) {
        out.push_str(&print_line(entry, lang, style));
    }
    out
}
