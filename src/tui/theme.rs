//! Colours and styles of the browser, in one place.
//!
//! The browser's colours come from the 256-colour palette's cube and grey
//! ramp (16 to 255), which xterm, VTE and Windows Terminal define alike,
//! rather than from the 16 colours every theme redefines: so their contrast
//! is known. One set is for dark backgrounds and one for light ones; each
//! colour reaches WCAG's 4.5:1 against those terminals' default backgrounds
//! (see the tests). Text that must always read, such as the selected row,
//! uses the terminal's own foreground and background.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use httpdex_catalog::Class;

/// The colour of a class on the command line: the terminal's named colours,
/// so they follow its own palette.
#[must_use]
pub(crate) const fn class_color(class: Class) -> Color {
    match class {
        Class::Informational => Color::Blue,
        Class::Successful => Color::Green,
        Class::Redirection => Color::Cyan,
        Class::ClientError => Color::Yellow,
        Class::ServerError => Color::Red,
        Class::Other => Color::Magenta,
    }
}

/// Whether the terminal's background is dark or light.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    Dark,
    Light,
}

/// The colours the browser draws with on one kind of background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// By [`Class`]: 1xx, 2xx, 3xx, 4xx, 5xx, others.
    classes: [Color; 6],
    /// Quiet text: placeholders, hints' descriptions, counts.
    pub dim: Style,
    /// Key names in the footer and help.
    pub key: Style,
    /// The border of the focused pane and of overlays.
    pub focused: Style,
}

/// A colour of the 256-colour palette's cube or grey ramp.
const fn indexed(index: u8) -> Color {
    Color::Indexed(index)
}

impl Theme {
    /// For a dark background: light colours.
    pub const DARK: Theme = Theme {
        classes: [
            indexed(75),  // #5fafff
            indexed(77),  // #5fd75f
            indexed(44),  // #00d7d7
            indexed(220), // #ffd700
            indexed(203), // #ff5f5f
            indexed(207), // #ff5fff
        ],
        dim: Style::new().fg(indexed(246)), // #949494
        key: Style::new().fg(indexed(213)).add_modifier(Modifier::BOLD), // #ff87ff
        focused: Style::new().fg(indexed(177)), // #d787ff
    };

    /// For a light background: dark colours.
    pub const LIGHT: Theme = Theme {
        classes: [
            indexed(25),  // #005faf
            indexed(28),  // #008700
            indexed(23),  // #005f5f
            indexed(130), // #af5f00
            indexed(160), // #d70000
            indexed(127), // #af00af
        ],
        dim: Style::new().fg(indexed(242)), // #6c6c6c
        key: Style::new().fg(indexed(90)).add_modifier(Modifier::BOLD), // #870087
        focused: Style::new().fg(indexed(92)), // #8700d7
    };

    /// The colours for `background`.
    #[must_use]
    pub(crate) const fn for_background(background: Background) -> &'static Theme {
        match background {
            Background::Dark => &Theme::DARK,
            Background::Light => &Theme::LIGHT,
        }
    }

    /// The colour of a class: its heading and its codes.
    #[must_use]
    pub const fn class(&self, class: Class) -> Color {
        self.classes[class as usize]
    }

    /// A class heading in the list.
    #[must_use]
    pub(crate) const fn heading(&self, class: Class) -> Style {
        Style::new()
            .fg(self.class(class))
            .add_modifier(Modifier::BOLD)
    }
}

/// The marks the browser draws besides text: pane borders and scrollbars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marks {
    pub border: border::Set<'static>,
    /// A scrollbar's track and thumb, drawn over a pane's right border.
    pub track: &'static str,
    pub thumb: &'static str,
    /// Ends a line cut to fit, one cell wide.
    pub cut: &'static str,
    /// Whether every cell must be ASCII or otherwise unambiguous in width:
    /// any other East Asian Ambiguous character left in the text (quotes,
    /// accented letters) is then drawn as an ASCII stand-in.
    pub ascii: bool,
}

impl Marks {
    /// Box-drawing lines. They are East Asian Ambiguous, so they join up
    /// only where the terminal draws them one cell wide.
    pub const LINES: Marks = Marks {
        border: border::PLAIN,
        track: "│",
        thumb: "┃",
        cut: "…",
        ascii: false,
    };

    /// ASCII, for terminals that draw ambiguous characters two cells wide
    /// (`xterm -cjk_width`, mlterm under `ja_JP`, and the like).
    pub const ASCII: Marks = Marks {
        border: border::Set {
            top_left: "+",
            top_right: "+",
            bottom_left: "+",
            bottom_right: "+",
            vertical_left: "|",
            vertical_right: "|",
            horizontal_top: "-",
            horizontal_bottom: "-",
        },
        track: "|",
        thumb: "#",
        cut: "~",
        ascii: true,
    };
}

/// The selected row: the terminal's own colours reversed, with no class
/// colour in it, so it reads on any background and without colour too.
pub(crate) const SELECTED: Style = Style::new()
    .fg(Color::Reset)
    .bg(Color::Reset)
    .add_modifier(Modifier::REVERSED);
/// Characters that matched the search.
pub(crate) const MATCHED: Style = Style::new()
    .add_modifier(Modifier::BOLD)
    .add_modifier(Modifier::UNDERLINED);
/// Labels in the detail pane.
pub(crate) const LABEL: Style = Style::new().add_modifier(Modifier::BOLD);
/// Unofficial entries, set apart from registered ones.
pub(crate) const UNOFFICIAL: Style = Style::new().add_modifier(Modifier::ITALIC);

#[cfg(test)]
mod tests {
    use super::*;

    /// An sRGB colour.
    type Rgb = (u8, u8, u8);

    /// Entries 16 to 255 of the 256-colour palette. xterm (256colres.pl,
    /// xterm-410: cube levels 0 and 40n + 55, greys 10n + 8), VTE
    /// (`Terminal::set_colors` in src/vte.cc, same formulas) and Windows
    /// Terminal (`standardXterm256ColorTable` in src/types/colorTable.cpp)
    /// all define them this way.
    fn palette(index: u8) -> Rgb {
        let level = |n: u8| if n == 0 { 0 } else { 40 * n + 55 };
        match index {
            16..=231 => {
                let n = index - 16;
                (level(n / 36), level(n / 6 % 6), level(n % 6))
            }
            232..=255 => {
                let grey = 10 * (index - 232) + 8;
                (grey, grey, grey)
            }
            _ => panic!("colour {index} is one of the 16 that themes redefine"),
        }
    }

    /// Default backgrounds, dark and light:
    /// - xterm: `XtDefaultBackground`, white, and black with `-rv`
    ///   (xterm.man, xterm-410);
    /// - GNOME Terminal (VTE): with `use-theme-colors`, its default, the
    ///   background is palette entry 0 (#1e1e1e) when the desktop prefers
    ///   dark and entry 15 (#ffffff) otherwise (`update_color_scheme` in
    ///   src/terminal-screen.cc, palette in org.gnome.Terminal.gschema.xml);
    /// - Windows Terminal: Campbell, the default scheme (#0c0c0c), and its
    ///   light schemes One Half Light (#fafafa) and Tango Light (#ffffff)
    ///   (src/cascadia/TerminalSettingsModel/defaults.json).
    const DARK_BACKGROUNDS: [(&str, Rgb); 3] = [
        ("xterm -rv", (0x00, 0x00, 0x00)),
        ("Windows Terminal Campbell", (0x0c, 0x0c, 0x0c)),
        ("GNOME Terminal dark", (0x1e, 0x1e, 0x1e)),
    ];
    const LIGHT_BACKGROUNDS: [(&str, Rgb); 3] = [
        ("xterm, GNOME Terminal light", (0xff, 0xff, 0xff)),
        ("Windows Terminal One Half Light", (0xfa, 0xfa, 0xfa)),
        ("Windows Terminal Tango Light", (0xff, 0xff, 0xff)),
    ];

    /// Relative luminance, WCAG 2.2.
    fn luminance((r, g, b): Rgb) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// Contrast ratio, WCAG 2.2: from 1 (none) to 21 (black on white).
    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    fn colors(theme: &Theme) -> Vec<(String, Color)> {
        let mut colors: Vec<(String, Color)> = Class::ALL
            .iter()
            .map(|&class| (format!("{class:?}"), theme.class(class)))
            .collect();
        for (name, style) in [
            ("dim", theme.dim),
            ("key", theme.key),
            ("focused", theme.focused),
        ] {
            colors.push((name.to_owned(), style.fg.expect("a colour")));
        }
        colors
    }

    #[test]
    fn the_contrast_figures_match_wcag() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
        assert_eq!(palette(16), (0, 0, 0));
        assert_eq!(palette(75), (0x5f, 0xaf, 0xff));
        assert_eq!(palette(244), (0x80, 0x80, 0x80));
    }

    #[test]
    fn every_colour_reads_on_the_default_backgrounds_it_is_meant_for() {
        let mut failures = Vec::new();
        for (theme, backgrounds) in [
            (&Theme::DARK, DARK_BACKGROUNDS),
            (&Theme::LIGHT, LIGHT_BACKGROUNDS),
        ] {
            for (name, color) in colors(theme) {
                let Color::Indexed(index) = color else {
                    panic!("{name} is not a palette colour: {color:?}");
                };
                for (terminal, background) in backgrounds {
                    let ratio = contrast(palette(index), background);
                    if ratio < 4.5 {
                        failures.push(format!("{name} ({index}) on {terminal}: {ratio:.2}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "below 4.5:1: {failures:#?}");
    }

    #[test]
    fn borders_stand_out_at_three_to_one_on_the_backgrounds_they_are_meant_for() {
        // A pane with the focus and every overlay draw their border in the
        // theme's colour; the others in the terminal's own foreground.
        for (theme, backgrounds) in [
            (&Theme::DARK, DARK_BACKGROUNDS),
            (&Theme::LIGHT, LIGHT_BACKGROUNDS),
        ] {
            let Some(Color::Indexed(index)) = theme.focused.fg else {
                panic!("the focused border is not a palette colour");
            };
            for (terminal, background) in backgrounds {
                let ratio = contrast(palette(index), background);
                assert!(ratio >= 3.0, "focused border on {terminal}: {ratio:.2}");
            }
        }
    }

    #[test]
    fn the_selection_takes_the_terminal_colours() {
        assert_eq!(SELECTED.fg, Some(Color::Reset));
        assert_eq!(SELECTED.bg, Some(Color::Reset));
        assert!(SELECTED.add_modifier.contains(Modifier::REVERSED));
    }
}
