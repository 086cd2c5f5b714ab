//! `httpdex --scan`: what the counts of a log scan look like, as a table
//! grouped by class, as JSON, or as the browser's list. Reading the logs is
//! `crate::logs`'s; `main` runs it over the inputs decided here.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde::Serialize;

use super::print::{class_color, paint};
use super::{EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE, Options, Outcome, Plan, Style};
use crate::describe::class_heading;
use crate::logs::{self, Format, ScanError, Tally};
use crate::text::{sanitize, width};
use crate::tui::Session;
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog, Class, Entry};

/// Cells of the bar of a row that has every request.
const BAR: usize = 20;

/// One log to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanInput {
    Stdin,
    File(PathBuf),
}

impl ScanInput {
    /// How messages and samples name it.
    #[must_use]
    pub(crate) fn name(&self) -> String {
        match self {
            ScanInput::Stdin => "-".to_owned(),
            ScanInput::File(path) => sanitize(&path.display().to_string()),
        }
    }
}

/// What scanning one input gave: its counts, or the error that stopped it
/// with the counts of the lines before it.
#[derive(Debug)]
pub struct Scanned {
    pub input: ScanInput,
    pub result: Result<Tally, ScanError>,
}

/// A `--scan` run, as decided from the arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scanning {
    pub(super) inputs: Vec<ScanInput>,
    /// Standard error is a terminal, so a progress bar can be shown there.
    pub(super) progress: bool,
    pub(super) browser_color: bool,
    pub(super) options: Options,
    pub(super) style: Style,
}

/// A sample of a line without a status, with where it is.
#[derive(Debug, Serialize)]
struct Unparsed {
    file: String,
    line: u64,
    text: String,
}

impl Scanning {
    /// The logs to read, in order.
    #[must_use]
    pub fn inputs(&self) -> &[ScanInput] {
        &self.inputs
    }

    /// The format forced with `--field` or `--json-field`, if any.
    #[must_use]
    pub fn format(&self) -> Option<&Format> {
        self.options.log_format.as_ref()
    }

    /// Whether a progress bar may be drawn on standard error.
    #[must_use]
    pub fn progress(&self) -> bool {
        self.progress
    }

    /// What to do with the counts: print the table or JSON, or open the
    /// browser over the codes seen. A file that could not be read is named
    /// on stderr and makes the exit status 2; the others still count.
    #[must_use]
    pub fn finish(&self, scanned: Vec<Scanned>) -> Plan {
        let lang = self.options.lang;
        let errors = &lang.strings().errors;
        let mut stderr = String::new();
        let mut total = Tally::default();
        let mut samples = Vec::new();
        let mut formats: Vec<String> = Vec::new();
        for Scanned { input, result } in scanned {
            let tally = match result {
                Ok(tally) => tally,
                Err(failure) => {
                    let error = match input {
                        ScanInput::Stdin => format!("-: {}", failure.error),
                        ScanInput::File(_) => failure.error.to_string(),
                    };
                    let message = fill(errors.cannot_read, &[("error", &sanitize(&error))]);
                    let _ = writeln!(stderr, "httpdex: {message}");
                    failure.partial
                }
            };
            if let Some(format) = tally.format() {
                let name = format_name(format);
                if !formats.contains(&name) {
                    formats.push(name);
                }
            }
            for sample in tally.samples() {
                if samples.len() < logs::SAMPLES {
                    samples.push(Unparsed {
                        file: input.name(),
                        line: sample.line,
                        text: sample.text.clone(),
                    });
                }
            }
            total.merge(tally);
        }
        let failed = !stderr.is_empty();
        if total.parsed() == 0 && !failed {
            let _ = writeln!(stderr, "httpdex: {}", errors.no_status);
        }
        let code = if failed {
            EXIT_USAGE
        } else if total.parsed() == 0 {
            EXIT_NOT_FOUND
        } else {
            EXIT_FOUND
        };
        if self.options.interactive && code == EXIT_FOUND {
            return Plan::Browse(Session {
                lang,
                query: String::new(),
                color: self.browser_color,
                pick: None,
                background: self.options.theme,
                ascii: self.options.ascii,
                counts: Some(counts(&total)),
                today: self.style.today,
            });
        }
        let stdout = if self.options.interactive {
            String::new()
        } else if self.options.json {
            json(&total, &formats, samples, lang)
        } else {
            table(
                &total,
                &formats,
                &samples,
                lang,
                self.style,
                self.options.ascii,
            )
        };
        Plan::Print(Outcome {
            stdout,
            stderr,
            code,
        })
    }
}

/// The format's name as `--json` and the summary give it.
fn format_name(format: &Format) -> String {
    format.to_string()
}

/// The count of each code, for the browser, on the code's first entry:
/// one row per code, as the text table has, where several vendors give a
/// code meanings of their own (499: nginx, Esri) the commonest first;
/// codes not in the catalogue have no entry to show.
fn counts(tally: &Tally) -> Vec<(usize, u64)> {
    tally
        .by_count()
        .into_iter()
        .filter_map(|(code, count)| Some((catalog::by_code(code).next()?.index, count)))
        .collect()
}

/// The titles of a code in `lang`, several vendors' joined; `None` for a
/// code not in the catalogue.
fn title(code: u16, lang: Lang) -> Option<String> {
    let titles: Vec<&str> = catalog::by_code(code)
        .map(|entry: &Entry| entry.text(lang).title)
        .collect();
    (!titles.is_empty()).then(|| titles.join(" / "))
}

/// `1234567` as `1,234,567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A share of `whole` as a percentage with one decimal.
fn share(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "-".to_owned();
    }
    // Counts stay far below 2^52, where f64 is exact.
    #[allow(clippy::cast_precision_loss)]
    let percent = part as f64 * 100.0 / whole as f64;
    format!("{percent:.1}%")
}

/// A bar of `part / whole` of [`BAR`] cells, in eighths of a cell with
/// block elements; with `ascii` (`--ascii`, for terminals that draw those
/// two cells wide), `#` a cell and `+` for part of one.
fn bar(part: u64, whole: u64, ascii: bool) -> String {
    if whole == 0 {
        return String::new();
    }
    let eighths = usize::try_from(part.saturating_mul(BAR as u64 * 8) / whole).unwrap_or(0);
    let (full, parts) = if ascii {
        ('#', ['+'; 8])
    } else {
        ('█', [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'])
    };
    let mut out: String = std::iter::repeat_n(full, eighths / 8).collect();
    if eighths % 8 > 0 {
        out.push(parts[eighths % 8]);
    }
    if out.is_empty() && part > 0 {
        out.push(parts[1]);
    }
    out
}

/// One row of the table before layout: a class total or a code.
struct TableRow {
    label: String,
    count: u64,
    title: String,
    class: Class,
    heading: bool,
    known: bool,
}

/// Rows grouped by class (1xx to 5xx, then the others), each class's total
/// first, its codes by count.
fn rows(seen: &[(u16, u64)], lang: Lang) -> Vec<TableRow> {
    let mut rows = Vec::new();
    for class in Class::ALL {
        let mut codes: Vec<&(u16, u64)> = seen
            .iter()
            .filter(|(code, _)| Class::of(*code) == class)
            .collect();
        codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        if codes.is_empty() {
            continue;
        }
        rows.push(TableRow {
            label: class.label().to_owned(),
            count: codes.iter().map(|(_, n)| n).sum(),
            title: class_heading(class, lang)
                .trim_start_matches(class.label())
                .trim()
                .to_owned(),
            class,
            heading: true,
            known: true,
        });
        for &&(code, count) in &codes {
            let title = title(code, lang);
            rows.push(TableRow {
                label: format!("  {code}"),
                count,
                known: title.is_some(),
                title: title.unwrap_or_else(|| lang.strings().scan.unknown.to_owned()),
                class,
                heading: false,
            });
        }
    }
    rows
}

/// Lays the rows out: label, count, share, bar, title.
fn layout(rows: &[TableRow], whole: u64, style: Style, ascii: bool) -> String {
    let label_width = rows.iter().map(|r| width(&r.label)).max().unwrap_or(0);
    let count_width = rows
        .iter()
        .map(|r| grouped(r.count).len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for row in rows {
        let color = Some(class_color(row.class));
        let label = format!(
            "{}{}",
            row.label,
            " ".repeat(label_width - width(&row.label))
        );
        let numbers = format!(
            "{:>count_width$}  {:>6}",
            grouped(row.count),
            share(row.count, whole)
        );
        let drawn = if row.heading {
            String::new()
        } else {
            bar(row.count, whole, ascii)
        };
        let padded = format!("{drawn}{}", " ".repeat(BAR - width(&drawn)));
        let title = if row.known {
            paint(&row.title, None, row.heading, style)
        } else {
            paint(
                &row.title,
                Some(crossterm::style::Color::DarkGrey),
                false,
                style,
            )
        };
        let line = format!(
            "{}  {numbers}  {}  {title}",
            paint(&label, color, row.heading, style),
            paint(&padded, color, false, style)
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// The text report: a summary line, the table (two for a load balancer's
/// log: its own statuses and its targets'), then the lines without a
/// status.
fn table(
    tally: &Tally,
    formats: &[String],
    samples: &[Unparsed],
    lang: Lang,
    style: Style,
    ascii: bool,
) -> String {
    let words = &lang.strings().scan;
    let mut out = String::new();
    // English says "1 line", and both numbers are grouped: 1,024 lines.
    let template = if tally.lines() == 1 {
        words.summary_one
    } else {
        words.summary
    };
    let summary = fill(
        template,
        &[
            ("lines", &grouped(tally.lines())),
            ("parsed", &grouped(tally.parsed())),
        ],
    );
    let _ = writeln!(out, "{summary}");
    if !formats.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            fill(words.formats, &[("formats", &formats.join(", "))])
        );
    }
    let whole = tally.parsed();
    let alb = tally.target_missing() > 0 || !tally.target_by_count().is_empty();
    if alb {
        let _ = writeln!(out, "\n{}", paint(words.load_balancer, None, true, style));
    } else if whole > 0 {
        out.push('\n');
    }
    out.push_str(&layout(&rows(&tally.by_count(), lang), whole, style, ascii));
    if alb {
        let _ = writeln!(out, "\n{}", paint(words.target, None, true, style));
        let mut target = rows(&tally.target_by_count(), lang);
        if tally.target_missing() > 0 {
            target.push(TableRow {
                label: "  -".to_owned(),
                count: tally.target_missing(),
                title: words.no_target.to_owned(),
                class: Class::Other,
                heading: false,
                known: true,
            });
        }
        out.push_str(&layout(&target, whole, style, ascii));
    }
    if tally.unparsed() > 0 {
        let count = grouped(tally.unparsed());
        let template = if tally.unparsed() == 1 {
            words.unparsed_one
        } else {
            words.unparsed
        };
        let _ = writeln!(out, "\n{}", fill(template, &[("count", &count)]));
        for sample in samples {
            let line = sample.line.to_string();
            let args = [
                ("file", sample.file.as_str()),
                ("line", &line),
                ("text", &sample.text),
            ];
            let _ = writeln!(out, "  {}", fill(words.sample, &args));
        }
    }
    out
}

/// A code in `--scan --json`.
#[derive(Debug, Serialize)]
struct JsonCode {
    code: u16,
    count: u64,
    class: &'static str,
    title: Option<String>,
    known: bool,
}

/// The whole of `--scan --json`.
#[derive(Debug, Serialize)]
struct JsonScan {
    lang: &'static str,
    formats: Vec<String>,
    /// Non-empty lines read.
    total: u64,
    /// Lines with no status.
    unparsed: u64,
    codes: Vec<JsonCode>,
    /// Load-balancer logs only: what the targets answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    target_codes: Option<Vec<JsonCode>>,
    /// Load-balancer logs only: lines where no target answered (`-`).
    #[serde(skip_serializing_if = "Option::is_none")]
    target_missing: Option<u64>,
    samples: Vec<Unparsed>,
}

fn json_codes(seen: Vec<(u16, u64)>, lang: Lang) -> Vec<JsonCode> {
    seen.into_iter()
        .map(|(code, count)| {
            let title = title(code, lang);
            JsonCode {
                code,
                count,
                class: Class::of(code).label(),
                known: title.is_some(),
                title,
            }
        })
        .collect()
}

fn json(tally: &Tally, formats: &[String], samples: Vec<Unparsed>, lang: Lang) -> String {
    let alb = formats.iter().any(|f| *f == Format::Alb.to_string());
    let report = JsonScan {
        lang: lang.code(),
        formats: formats.to_vec(),
        total: tally.lines(),
        unparsed: tally.unparsed(),
        codes: json_codes(tally.by_count(), lang),
        target_codes: alb.then(|| json_codes(tally.target_by_count(), lang)),
        target_missing: alb.then(|| tally.target_missing()),
        samples,
    };
    let mut out = serde_json::to_string_pretty(&report).expect("a scan serializes to JSON");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn bars_are_drawn_in_eighths_and_never_vanish() {
        assert_eq!(bar(1, 1, false), "█".repeat(BAR));
        assert_eq!(bar(1, 2, false), "█".repeat(BAR / 2));
        assert_eq!(bar(1, 160, false), "▏");
        assert_eq!(bar(1, 1_000_000, false), "▏");
        assert_eq!(bar(0, 10, false), "");
        assert_eq!(bar(3, 8, false), format!("{}▌", "█".repeat(BAR * 3 / 8)));
        assert_eq!(share(1, 3), "33.3%");
    }

    #[test]
    fn ascii_bars_are_hashes_and_never_vanish() {
        assert_eq!(bar(1, 1, true), "#".repeat(BAR));
        assert_eq!(bar(1, 160, true), "+");
        assert_eq!(bar(0, 10, true), "");
        let third = bar(1, 3, true);
        assert!(third.is_ascii() && third.ends_with('+'), "{third:?}");
        assert_eq!(third.len(), BAR / 3 + 1);
    }

    #[test]
    fn rows_come_by_class_then_by_count_with_unknown_codes_flagged() {
        let seen = [(404, 5), (200, 90), (797, 1), (500, 2), (304, 3), (401, 7)];
        let rows = rows(&seen, Lang::En);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.trim()).collect();
        assert_eq!(
            labels,
            [
                "2xx", "200", "3xx", "304", "4xx", "401", "404", "5xx", "500", "other", "797"
            ]
        );
        let four = rows.iter().find(|r| r.label == "4xx").unwrap();
        assert_eq!(four.count, 12);
        assert_eq!(four.title, "Client Error");
        let unknown = rows.last().unwrap();
        assert!(!unknown.known);
        assert_eq!(unknown.title, Lang::En.strings().scan.unknown);
    }

    #[test]
    fn a_code_of_several_vendors_is_one_row_for_the_browser() {
        let mut tally = Tally::default();
        let log = b"1.2.3.4 - - [x] \"GET / HTTP/1.1\" 499 0\n";
        tally.merge(logs::scan_reader(&log[..], None, &mut |_, _| {}).unwrap());
        assert!(catalog::by_code(499).count() > 1);
        let counted = counts(&tally);
        assert_eq!(counted.len(), 1, "{counted:?}");
        assert_eq!(catalog::entries()[counted[0].0].id, "499-nginx");
        assert_eq!(counted[0].1, 1);
    }
}
