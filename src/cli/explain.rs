//! What `curl -sI URL | httpdex` prints: each response found on standard
//! input with the check of the header field its code calls for, then the
//! entries of the codes seen. Status codes one per line are looked up as if
//! they had been given as arguments.

use std::fmt::Write as _;

use crossterm::style::Color;
use serde::Serialize;

use super::json::{JsonEntry, json_entry};
use super::lookup::{Found, Lookup, not_found, show};
use super::print::{class_color, paint};
use super::{EXIT_FOUND, EXIT_NOT_FOUND, Options, Outcome, Style};
use crate::http::{
    self, Check, Input, Received, Requirement, Response, StatusLine, Vendor, Version,
};
use crate::text::{excerpt, sanitize, wrap};
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog, Entry};

/// What to print for what standard input held.
pub(super) fn explain(scan: &Received, options: &Options, style: Style) -> Outcome {
    let lang = options.lang;
    let errors = &lang.strings().errors;
    let mut outcome = match &scan.input {
        Input::Empty => Outcome::usage_error(errors.stdin_empty, lang),
        Input::Unrecognised => Outcome::usage_error(errors.stdin_unrecognised, lang),
        Input::Codes(codes, others) => {
            let mut seen: Vec<u16> = Vec::new();
            for &code in codes {
                if !seen.contains(&code) {
                    seen.push(code);
                }
            }
            let results: Vec<Found> = seen
                .into_iter()
                .map(|code| super::lookup::find(code.to_string(), Lookup::Code(code), lang))
                .collect();
            let mut outcome = show(&results, options, style);
            if *others > 0 {
                let note = fill(errors.stdin_skipped, &[("count", &others.to_string())]);
                let _ = writeln!(outcome.stderr, "httpdex: {note}");
            }
            outcome
        }
        Input::Responses { responses, .. } => explain_responses(responses, options, style),
    };
    if scan.truncated {
        let size = format!("{} MiB", http::INPUT_LIMIT >> 20);
        let note = fill(errors.stdin_truncated, &[("size", &size)]);
        let _ = writeln!(outcome.stderr, "httpdex: {note}");
    }
    outcome
}

/// The entries for a response's code. Where several vendors use the code,
/// the one the header fields point to, if any matches.
fn entries_for(response: &Response) -> Vec<&'static Entry> {
    let all: Vec<&'static Entry> = catalog::by_code(response.status.code).collect();
    if all.len() < 2 {
        return all;
    }
    let Some(vendor) = response.vendor() else {
        return all;
    };
    let name = vendor_name(vendor).to_ascii_lowercase();
    let picked: Vec<&'static Entry> = all
        .iter()
        .copied()
        .filter(|entry| {
            entry
                .text(Lang::En)
                .origin
                .is_some_and(|origin| origin.to_ascii_lowercase().contains(&name))
        })
        .collect();
    if picked.len() == 1 { picked } else { all }
}

/// The vendor's name as its users know it.
fn vendor_name(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Cloudflare => "Cloudflare",
        Vendor::Aws => "AWS",
        Vendor::Nginx => "nginx",
    }
}

fn version(version: Version) -> &'static str {
    match version {
        Version::Http10 => "HTTP/1.0",
        Version::Http11 => "HTTP/1.1",
        Version::Http2 => "HTTP/2",
        Version::Http3 => "HTTP/3",
    }
}

/// The status line as it came, made safe to print.
fn status_text(status: &StatusLine) -> String {
    let mut parts = Vec::new();
    if let Some(v) = status.version {
        parts.push(version(v).to_owned());
    }
    parts.push(status.code.to_string());
    if let Some(reason) = &status.reason {
        parts.push(excerpt(reason, 60));
    }
    parts.join(" ")
}

fn requirement_index(requirement: Requirement) -> usize {
    match requirement {
        Requirement::Must => 0,
        Requirement::Should => 1,
        Requirement::May => 2,
    }
}

/// The verdict of a check in words of `lang`, the value as sent (made
/// safe to print), and the colour the verdict is shown in.
fn verdict(check: &Check, lang: Lang) -> (String, Option<String>, Color) {
    let words = &lang.strings().stdin;
    let level = lang.strings().level[requirement_index(check.requirement)];
    let args = [("level", level), ("reference", check.reference)];
    match &check.outcome {
        http::Presence::Present(value) => (
            fill(words.check_present, &args),
            Some(sanitize(value)),
            Color::Green,
        ),
        http::Presence::Missing if check.requirement == Requirement::May => {
            (fill(words.check_absent, &args), None, Color::DarkGrey)
        }
        http::Presence::Missing => (fill(words.check_missing, &args), None, Color::Red),
        http::Presence::Malformed(value) => (
            fill(words.check_malformed, &args),
            Some(sanitize(value)),
            Color::Red,
        ),
    }
}

/// Every response with its check, then the entry of each code seen, once.
fn explain_responses(responses: &[Response], options: &Options, style: Style) -> Outcome {
    let lang = options.lang;
    if options.json {
        return json(responses, lang);
    }
    let prose = style.prose();
    let mut out = String::new();
    let mut shown: Vec<&'static Entry> = Vec::new();
    let mut stderr = String::new();
    for response in responses {
        let code = response.status.code;
        let color = Some(class_color(catalog::Class::of(code)));
        let _ = writeln!(
            out,
            "{}",
            paint(&status_text(&response.status), color, true, style)
        );
        if let Some(check) = response.check() {
            let (words, value, color) = verdict(&check, lang);
            let field = match value {
                Some(value) => format!("{}: {value}", check.field),
                None => check.field.to_owned(),
            };
            let line = fill(
                lang.strings().stdin.check_line,
                &[("field", &field), ("words", &words)],
            );
            for (i, part) in wrap(&line, prose.saturating_sub(4).max(1))
                .into_iter()
                .enumerate()
            {
                let indent = if i == 0 { "  " } else { "    " };
                let _ = writeln!(out, "{indent}{}", paint(&part, Some(color), false, style));
            }
        }
        if let Some(vendor) = response.vendor() {
            let said = fill(
                lang.strings().stdin.sent_by,
                &[("vendor", vendor_name(vendor))],
            );
            let _ = writeln!(out, "  {said}");
        }
        let entries = entries_for(response);
        if entries.is_empty() {
            let found = super::lookup::find(code.to_string(), Lookup::Code(code), lang);
            if !stderr.contains(&not_found(&found, lang)) {
                stderr.push_str(&not_found(&found, lang));
            }
        }
        for entry in entries {
            if !shown.iter().any(|e| e.id == entry.id) {
                shown.push(entry);
            }
        }
    }
    for entry in &shown {
        out.push('\n');
        out.push_str(&super::print::print_entry(entry, lang, style));
    }
    Outcome {
        stdout: out,
        code: if stderr.is_empty() {
            EXIT_FOUND
        } else {
            EXIT_NOT_FOUND
        },
        stderr,
    }
}

/// A response in `--json`: its status line, the vendor, the check, and the
/// entries of its code.
#[derive(Debug, Serialize)]
struct JsonResponse<'a> {
    version: Option<&'static str>,
    code: u16,
    reason: Option<&'a str>,
    vendor: Option<&'static str>,
    check: Option<JsonCheck>,
    entries: Vec<JsonEntry<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonCheck {
    field: &'static str,
    level: &'static str,
    reference: &'static str,
    /// `present`, `missing` or `malformed`.
    outcome: &'static str,
    /// The value as sent, for `present` and `malformed`.
    value: Option<String>,
}

fn json(responses: &[Response], lang: Lang) -> Outcome {
    let mut unknown = String::new();
    let items: Vec<JsonResponse> = responses
        .iter()
        .map(|response| {
            let entries = entries_for(response);
            if entries.is_empty() {
                let code = response.status.code;
                let found = super::lookup::find(code.to_string(), Lookup::Code(code), lang);
                unknown.push_str(&not_found(&found, lang));
            }
            JsonResponse {
                version: response.status.version.map(version),
                code: response.status.code,
                reason: response.status.reason.as_deref(),
                vendor: response.vendor().map(vendor_name),
                check: response.check().map(|check| {
                    let (outcome, value) = match check.outcome {
                        http::Presence::Present(value) => ("present", Some(value)),
                        http::Presence::Missing => ("missing", None),
                        http::Presence::Malformed(value) => ("malformed", Some(value)),
                    };
                    JsonCheck {
                        field: check.field,
                        level: ["MUST", "SHOULD", "MAY"][requirement_index(check.requirement)],
                        reference: check.reference,
                        outcome,
                        value,
                    }
                }),
                entries: entries
                    .iter()
                    .map(|entry| json_entry(entry, lang))
                    .collect(),
            }
        })
        .collect();
    let mut stdout = serde_json::to_string_pretty(&items).expect("responses serialize to JSON");
    stdout.push('\n');
    Outcome {
        stdout,
        code: if unknown.is_empty() {
            EXIT_FOUND
        } else {
            EXIT_NOT_FOUND
        },
        stderr: unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(text: &str) -> Response {
        match http::scan(text.as_bytes()).input {
            Input::Responses { mut responses, .. } => responses.remove(0),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_vendor_picks_its_own_entry_among_several() {
        let ids = |text| -> Vec<&str> {
            entries_for(&response(text))
                .iter()
                .map(|entry| entry.id)
                .collect()
        };
        assert_eq!(
            ids("HTTP/1.1 530 \r\nserver: cloudflare\r\n\r\n"),
            ["530-cloudflare"]
        );
        assert_eq!(
            ids("HTTP/1.1 499 \r\nServer: nginx/1.25\r\n\r\n"),
            ["499-nginx"]
        );
        assert_eq!(ids("HTTP/1.1 499 \r\n\r\n").len(), 2);
        assert_eq!(ids("HTTP/1.1 404 Not Found\r\n\r\n"), ["404"]);
    }

    #[test]
    fn status_lines_are_shown_as_sent_without_control_characters() {
        let line = response("HTTP/1.1 404 Not\u{9b}Found\n\n").status;
        assert!(!status_text(&line).contains('\u{9b}'));
        assert_eq!(
            status_text(&response("HTTP/2 200 \n\n").status),
            "HTTP/2 200"
        );
    }

    #[test]
    fn a_missing_optional_field_is_not_a_fault() {
        let check = response("HTTP/1.1 429 Too Many Requests\n\n")
            .check()
            .unwrap();
        let (words, value, color) = verdict(&check, Lang::En);
        assert_eq!(value, None);
        assert_eq!(color, Color::DarkGrey);
        assert!(words.contains("MAY"), "{words}");
        let check = response("HTTP/1.1 401 Unauthorized\n\n").check().unwrap();
        assert_eq!(verdict(&check, Lang::En).2, Color::Red);
    }
}
