//! The progress line a long scan draws on standard error: how much of the
//! input is read, of how much, and how fast.
//!
//! It appears only once a scan has run for a while, is redrawn at most ten
//! times a second and is wiped at the end, so a fast scan leaves nothing on
//! the screen. It is plain ASCII and carriage returns, which every terminal
//! draws alike, with no escape sequences.

use std::io::Write;
use std::time::{Duration, Instant};

/// How long a scan runs before the line appears.
const DELAY: Duration = Duration::from_millis(250);
/// The least time between two draws.
const INTERVAL: Duration = Duration::from_millis(100);
/// The bar's widest, in cells.
const BAR_MAX: usize = 40;
/// The bar's narrowest; on a terminal narrower than that and the figures,
/// the figures alone are shown.
const BAR_MIN: usize = 10;

/// A progress line being drawn on `out`, a terminal `width` cells wide.
#[derive(Debug)]
pub struct Progress<W: Write> {
    out: W,
    width: usize,
    started: Instant,
    /// When the line was last drawn, and how wide it was.
    drawn: Option<(Instant, usize)>,
}

impl<W: Write> Progress<W> {
    #[must_use]
    pub fn new(out: W, width: usize) -> Progress<W> {
        Progress {
            out,
            width,
            started: Instant::now(),
            drawn: None,
        }
    }

    /// `done` bytes of `total` are read: redraws the line if it is time.
    pub fn update(&mut self, done: u64, total: Option<u64>) {
        self.update_at(Instant::now(), done, total);
    }

    fn update_at(&mut self, now: Instant, done: u64, total: Option<u64>) {
        let elapsed = now.saturating_duration_since(self.started);
        let due = match self.drawn {
            None => elapsed >= DELAY,
            Some((at, _)) => now.saturating_duration_since(at) >= INTERVAL,
        };
        if !due {
            return;
        }
        // The last column is left free: a line that fills it makes some
        // terminals wrap, and the carriage return would then redraw below.
        let text = line(done, total, elapsed, self.width.saturating_sub(1));
        let wiped = self.drawn.map_or(0, |(_, width)| width);
        let pad = wiped.saturating_sub(text.len());
        // A terminal gone away is no reason to stop the scan.
        let _ = write!(self.out, "\r{text}{:pad$}", "");
        let _ = self.out.flush();
        self.drawn = Some((now, text.len()));
    }

    /// Wipes the line, if one was drawn, and gives the output back.
    pub fn finish(mut self) -> W {
        if let Some((_, width)) = self.drawn {
            let _ = write!(self.out, "\r{:width$}\r", "");
            let _ = self.out.flush();
        }
        self.out
    }
}

/// The progress line for `done` of `total` bytes read in `elapsed`, at most
/// `width` cells: `[=========>          ] 1.2 GiB / 3.5 GiB, 950.0 MiB/s`.
/// Without a total, `done` is the total.
#[must_use]
pub(crate) fn line(done: u64, total: Option<u64>, elapsed: Duration, width: usize) -> String {
    let total = total.unwrap_or(done).max(done);
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        // Bytes fit in f64 far beyond any file; the rate is shown rounded.
        #[allow(clippy::cast_precision_loss)]
        let rate = done as f64 / seconds;
        format!(", {}/s", bytes_f64(rate))
    } else {
        String::new()
    };
    let figures = format!("{} / {}{rate}", bytes(done), bytes(total));
    let room = width.saturating_sub(figures.len() + 3);
    if room < BAR_MIN {
        return if figures.len() <= width {
            figures
        } else {
            String::new()
        };
    }
    let cells = room.min(BAR_MAX);
    let filled = if total == 0 {
        cells
    } else {
        // done <= total, so this is at most `cells`.
        usize::try_from(u128::from(done) * cells as u128 / u128::from(total)).unwrap_or(cells)
    };
    let mut bar = "=".repeat(filled);
    if filled < cells {
        bar.push('>');
        bar.push_str(&" ".repeat(cells - filled - 1));
    }
    format!("[{bar}] {figures}")
}

/// A size in binary units: `512 B`, `1.5 KiB`, `3.2 GiB`.
#[must_use]
pub(crate) fn bytes(n: u64) -> String {
    if n < 1024 {
        return format!("{n} B");
    }
    // Shown to one decimal: the precision lost is invisible.
    #[allow(clippy::cast_precision_loss)]
    bytes_f64(n as f64)
}

fn bytes_f64(n: f64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = n;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{value:.0} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_in_binary_units() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1023 B");
        assert_eq!(bytes(1024), "1.0 KiB");
        assert_eq!(bytes(1536), "1.5 KiB");
        assert_eq!(bytes(210 << 20), "210.0 MiB");
        assert_eq!(bytes(3 << 30), "3.0 GiB");
        assert_eq!(bytes(u64::MAX), "16384.0 PiB");
    }

    #[test]
    fn the_bar_fills_with_what_is_read() {
        let second = Duration::from_secs(1);
        assert_eq!(
            line(0, Some(100 << 20), second, 80),
            "[>                                       ] 0 B / 100.0 MiB, 0 B/s"
        );
        assert_eq!(
            line(50 << 20, Some(100 << 20), second, 80),
            "[====================>                   ] 50.0 MiB / 100.0 MiB, 50.0 MiB/s"
        );
        assert_eq!(
            line(100 << 20, Some(100 << 20), second * 2, 80),
            "[========================================] 100.0 MiB / 100.0 MiB, 50.0 MiB/s"
        );
    }

    #[test]
    fn the_line_fits_the_width() {
        let second = Duration::from_secs(1);
        for width in 0..120 {
            for (done, total) in [(0, Some(0)), (7 << 30, Some(9 << 30)), (5, None)] {
                let text = line(done, total, second, width);
                assert!(text.len() <= width, "{width}: {text:?}");
                assert!(text.is_ascii());
            }
        }
        // Too narrow for a bar: the figures alone.
        assert_eq!(
            line(1 << 20, Some(2 << 20), second, 40),
            "1.0 MiB / 2.0 MiB, 1.0 MiB/s"
        );
    }

    #[test]
    fn more_read_than_the_total_fills_the_bar() {
        // A file that grew while it was read.
        assert_eq!(
            line(300, Some(200), Duration::from_secs(1), 60),
            format!("[{}] 300 B / 300 B, 300 B/s", "=".repeat(35))
        );
    }

    #[test]
    fn a_fast_scan_draws_nothing_and_a_slow_one_is_wiped() {
        let mut fast = Progress::new(Vec::new(), 80);
        let start = fast.started;
        fast.update_at(start + DELAY / 2, 10, Some(100));
        assert!(fast.drawn.is_none());
        assert!(fast.finish().is_empty());

        let mut slow = Progress::new(Vec::new(), 80);
        let start = slow.started;
        slow.update_at(start + DELAY, 10, Some(100));
        let first = slow.out.len();
        assert!(first > 0);
        // Too soon after the first draw: nothing more.
        slow.update_at(start + DELAY + INTERVAL / 2, 20, Some(100));
        assert_eq!(slow.out.len(), first);
        slow.update_at(start + DELAY + INTERVAL, 100, Some(100));
        assert!(slow.out.len() > first);
        let drawn = slow.drawn.map(|(_, width)| width).unwrap();
        let out = slow.out.len();
        let wiped = slow.finish().split_off(out);
        assert_eq!(wiped, format!("\r{}\r", " ".repeat(drawn)).into_bytes());
    }

    #[test]
    fn a_shorter_line_wipes_what_the_longer_one_left() {
        let mut progress = Progress::new(Vec::new(), 100);
        let start = progress.started;
        progress.update_at(start + DELAY, 900 << 20, Some(1000 << 20));
        let long = progress.drawn.map(|(_, width)| width).unwrap();
        progress.out.clear();
        progress.update_at(start + DELAY + INTERVAL, 1 << 30, Some(1 << 30));
        let text = String::from_utf8(progress.out.clone()).unwrap();
        let short = progress.drawn.map(|(_, width)| width).unwrap();
        assert!(short < long);
        // The carriage return, the new line, and spaces over the rest.
        assert_eq!(text.len(), 1 + long, "{text:?}");
        assert!(text.ends_with(&" ".repeat(long - short)));
    }
}
