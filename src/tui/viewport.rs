//! What the last frame drew, and where: the drawing code reports it, the
//! state reads it to page and scroll, and the key map hit-tests the mouse
//! against it. Geometry flows one way, from drawing to state.

use ratatui::layout::{Position, Rect};

/// The screen as the last frame laid it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Viewport {
    /// Whether the screen was too small for both panes, so only one showed.
    pub single_pane: bool,
    /// The rows of the list pane inside its border (empty when hidden).
    pub list: Rect,
    /// The list row drawn at the top of [`Viewport::list`].
    pub list_top: usize,
    /// The text area of the detail pane (empty when hidden).
    pub detail: Rect,
    /// How many lines the selected entry's detail has at this width.
    pub detail_lines: usize,
    /// The box of an open overlay (help, compare, menu), if one was drawn.
    pub popup: Option<Rect>,
    /// How many lines the open overlay has, and how many it shows at once.
    pub popup_lines: usize,
    pub popup_rows: usize,
}

impl Viewport {
    /// Rows the list pane shows.
    #[must_use]
    pub fn list_rows(&self) -> usize {
        usize::from(self.list.height)
    }

    /// Rows the detail pane shows.
    #[must_use]
    pub(crate) fn detail_rows(&self) -> usize {
        usize::from(self.detail.height)
    }

    /// The furthest the detail can scroll and still fill its pane.
    #[must_use]
    pub fn max_detail_scroll(&self) -> usize {
        self.detail_lines.saturating_sub(self.detail_rows())
    }

    /// The furthest the open overlay can scroll and still fill its box.
    #[must_use]
    pub fn max_popup_scroll(&self) -> usize {
        self.popup_lines.saturating_sub(self.popup_rows)
    }

    /// The list row under a screen position, if it is on the list.
    #[must_use]
    pub(crate) fn list_row_at(&self, column: u16, row: u16) -> Option<usize> {
        self.list
            .contains(Position::new(column, row))
            .then(|| self.list_top + usize::from(row - self.list.y))
    }

    /// Whether a screen position is on the detail pane.
    #[must_use]
    pub(crate) fn in_detail(&self, column: u16, row: u16) -> bool {
        self.detail.contains(Position::new(column, row))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_maps_to_the_list_row_drawn_there() {
        let viewport = Viewport {
            list: Rect::new(1, 4, 30, 10),
            list_top: 7,
            ..Viewport::default()
        };
        assert_eq!(viewport.list_row_at(1, 4), Some(7));
        assert_eq!(viewport.list_row_at(30, 13), Some(16));
        assert_eq!(viewport.list_row_at(0, 4), None);
        assert_eq!(viewport.list_row_at(5, 14), None);
    }

    #[test]
    fn the_detail_scrolls_no_further_than_its_last_screenful() {
        let viewport = Viewport {
            detail: Rect::new(0, 0, 40, 10),
            detail_lines: 25,
            ..Viewport::default()
        };
        assert_eq!(viewport.max_detail_scroll(), 15);
        let short = Viewport {
            detail_lines: 4,
            ..viewport
        };
        assert_eq!(short.max_detail_scroll(), 0);
    }
}
