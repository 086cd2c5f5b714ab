//! Command-line tests: they run the real `httpdex` binary, as a user or a
//! script would, and check what it prints and how it exits.
//!
//! Every run starts from a clean environment: no locale variables, no
//! `NO_COLOR`, no `COLUMNS`, stdin from /dev/null and stdout/stderr piped, so
//! the binary never sees a terminal. A test that needs a variable sets it.

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader, Read};
use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, ExitStatus, Stdio};

use httpdex::text::width;
use serde_json::Value;

use crate::util::{IANA, httpdex, with_stdin};

/// Every code in the IANA HTTP Status Code Registry.
fn registered_codes() -> Vec<u16> {
    IANA.to_vec()
}

/// What one run of the binary printed and how it ended.
#[derive(Debug)]
struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    /// The raw bytes, to look for bytes that are not valid text (ESC, ...).
    stdout_bytes: Vec<u8>,
    stderr_bytes: Vec<u8>,
}

impl Run {
    /// Runs `command` to the end, capturing stdout and stderr.
    fn of(command: &mut Command) -> Run {
        let output = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .expect("the httpdex binary runs");
        Run {
            status: output.status,
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            stdout_bytes: output.stdout,
            stderr_bytes: output.stderr,
        }
    }

    /// Asserts the exit code, showing everything printed if it differs.
    #[track_caller]
    fn exits(&self, code: i32) -> &Run {
        assert_eq!(
            self.status.code(),
            Some(code),
            "exit status {:?}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.status,
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts a successful run: exit 0, nothing on stderr, no colour.
    #[track_caller]
    fn succeeds(&self) -> &Run {
        self.exits(0);
        assert!(self.stderr.is_empty(), "stderr: {}", self.stderr);
        assert!(!self.stdout.is_empty(), "stdout is empty");
        assert!(
            !self.stdout_bytes.contains(&ESC),
            "ESC in stdout although it is not a terminal:\n{}",
            self.stdout
        );
        self
    }

    /// Asserts a clean failure: `code`, a message on stderr, no panic, and
    /// nothing on stdout.
    #[track_caller]
    fn fails_with(&self, code: i32) -> &Run {
        self.fails_with_stdout(code, "")
    }

    /// Like [`Run::fails_with`], with `stdout` expected on stdout.
    #[track_caller]
    fn fails_with_stdout(&self, code: i32, stdout: &str) -> &Run {
        self.exits(code);
        assert!(!self.stderr.trim().is_empty(), "no message on stderr");
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        assert!(
            !self.stderr.contains("RUST_BACKTRACE"),
            "panic: {}",
            self.stderr
        );
        assert!(
            !self.stderr_bytes.contains(&ESC),
            "ESC in stderr: {:?}",
            self.stderr
        );
        assert_eq!(self.stdout, stdout, "unexpected stdout");
        self
    }

    /// Asserts that stdout contains `needle`.
    #[track_caller]
    fn prints(&self, needle: &str) -> &Run {
        assert!(
            self.stdout.contains(needle),
            "{needle:?} not in stdout:\n{}",
            self.stdout
        );
        self
    }

    /// Asserts that stderr contains `needle`.
    #[track_caller]
    fn complains(&self, needle: &str) -> &Run {
        assert!(
            self.stderr.contains(needle),
            "{needle:?} not in stderr:\n{}",
            self.stderr
        );
        self
    }

    /// Asserts that stdout is written in `lang` (see [`script_of`]).
    #[track_caller]
    fn written_in(&self, lang: &str) -> &Run {
        assert_eq!(script_of(&self.stdout), lang, "stdout:\n{}", self.stdout);
        self
    }

    /// Stdout parsed as JSON.
    #[track_caller]
    fn json(&self) -> Vec<Value> {
        match serde_json::from_str(&self.stdout) {
            Ok(Value::Array(items)) => items,
            Ok(other) => panic!("stdout is JSON but not an array: {other}"),
            Err(err) => panic!("stdout is not JSON ({err}):\n{}", self.stdout),
        }
    }

    /// The code at the start of each stdout line, in order.
    #[track_caller]
    fn line_codes(&self) -> Vec<u16> {
        self.stdout.lines().map(leading_code).collect()
    }
}

/// Runs `httpdex ARGS`.
fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Run::of(httpdex().args(args))
}

/// Runs `httpdex ARGS` with some environment variables set.
fn run_env<I, S>(vars: &[(&str, &str)], args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Run::of(httpdex().envs(vars.iter().copied()).args(args))
}

const ESC: u8 = 0x1b;

/// The status code a result line starts with.
#[track_caller]
fn leading_code(line: &str) -> u16 {
    line.split_whitespace()
        .next()
        .and_then(|word| word.parse().ok())
        .unwrap_or_else(|| panic!("line does not start with a code: {line:?}"))
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// The language `text` is written in, judged by its script: kana means
/// Japanese, Han without kana Chinese, neither English.
fn script_of(text: &str) -> &'static str {
    if text.chars().any(is_kana) {
        "ja"
    } else if text.chars().any(is_han) {
        "zh"
    } else {
        "en"
    }
}

/// Asserts that no line of `text` is wider than `max` terminal cells.
#[track_caller]
fn assert_fits(text: &str, max: usize) {
    for line in text.lines() {
        assert!(
            width(line) <= max,
            "line of {} cells is wider than {max}: {line:?}\n{text}",
            width(line)
        );
    }
}

// ── Looking up one code ─────────────────────────────────────────────────────

#[test]
fn code_prints_its_entry_as_plain_text() {
    run(["404"])
        .succeeds()
        .prints("404 Not Found")
        .prints("RFC 9110, Section 15.5.5");
}

#[test]
fn entry_has_labelled_rows() {
    let out = run(["404"]);
    out.succeeds();
    for label in ["Class", "Status", "Meaning", "Scenario", "Reference"] {
        assert!(
            out.stdout
                .lines()
                .any(|line| line.trim_start().starts_with(label)),
            "no {label} row:\n{}",
            out.stdout
        );
    }
    out.prints("4xx Client Error").prints("Standard");
}

#[test]
fn entry_with_former_names_shows_them() {
    run(["422"])
        .succeeds()
        .prints("Also known as")
        .prints("Unprocessable Entity");
}

#[test]
fn code_with_two_meanings_prints_both() {
    run(["499"])
        .succeeds()
        .prints("499 Client Closed Request")
        .prints("nginx")
        .prints("499 Token Required")
        .prints("Esri ArcGIS");
}

#[test]
fn no_color_even_with_no_color_unset_when_stdout_is_a_pipe() {
    for args in [&["404"][..], &["4xx"], &["gateway"], &["--list"]] {
        let out = run(args);
        out.succeeds();
        assert!(!out.stdout_bytes.contains(&ESC), "{args:?}");
    }
}

// ── Wrapping ────────────────────────────────────────────────────────────────

#[test]
fn entry_wraps_to_columns_in_every_language() {
    for lang in ["en", "ja", "zh"] {
        let out = run_env(&[("COLUMNS", "50")], ["425", "--lang", lang]);
        out.succeeds();
        assert_fits(&out.stdout, 50);
        assert!(
            out.stdout.lines().count() > 8,
            "{lang}: the meaning was not wrapped at all:\n{}",
            out.stdout
        );
    }
}

#[test]
fn without_columns_the_width_is_80() {
    for lang in ["en", "ja", "zh"] {
        let out = run(["425", "--lang", lang]);
        out.succeeds();
        assert_fits(&out.stdout, 80);
        // Wider than 50 somewhere, so the COLUMNS=50 test above means something.
        assert!(
            out.stdout.lines().any(|line| width(line) > 50),
            "{lang}:\n{}",
            out.stdout
        );
    }
}

#[test]
fn unreadable_columns_falls_back_to_80() {
    let default = run(["425"]);
    for columns in ["", "abc", "-5"] {
        let out = run_env(&[("COLUMNS", columns)], ["425"]);
        out.succeeds();
        assert_eq!(out.stdout, default.stdout, "COLUMNS={columns:?}");
    }
}

#[test]
fn class_description_wraps_to_columns() {
    for lang in ["en", "ja", "zh"] {
        let out = run_env(&[("COLUMNS", "30")], ["4xx", "--lang", lang]);
        out.succeeds();
        let (heading, _) = out.stdout.split_once("\n\n").expect("a heading block");
        assert_fits(heading, 30);
    }
}

#[test]
fn long_title_wraps_to_columns() {
    let out = run_env(&[("COLUMNS", "45")], ["449", "--lang", "ja"]);
    out.succeeds();
    assert_fits(&out.stdout, 45);
}

#[test]
fn zero_columns_is_ignored() {
    let default = run(["4xx"]);
    let out = run_env(&[("COLUMNS", "0")], ["4xx"]);
    out.succeeds();
    assert_eq!(out.stdout, default.stdout);
}

// ── Languages ───────────────────────────────────────────────────────────────

#[test]
fn lang_zh_prints_chinese_with_the_reference() {
    let out = run(["425", "--lang", "zh"]);
    out.succeeds()
        .prints("425 Too Early")
        .prints("RFC 8470")
        .written_in("zh");
    assert!(out.stdout.chars().any(is_han), "{}", out.stdout);
}

#[test]
fn lang_ja_prints_japanese() {
    let out = run(["425", "--lang", "ja"]);
    out.succeeds()
        .prints("425 Too Early")
        .prints("RFC 8470")
        .written_in("ja");
    assert!(out.stdout.chars().any(is_kana), "{}", out.stdout);
}

#[test]
fn short_and_attached_lang_options_work() {
    for args in [
        &["404", "-L", "ja"][..],
        &["404", "--lang=ja"],
        &["404", "--lang", "JA"],
        &["404", "-Lja"],
    ] {
        run(args).succeeds().written_in("ja");
    }
}

#[test]
fn default_language_is_english() {
    run(["404"]).succeeds().written_in("en");
}

#[test]
fn lang_variable_chooses_japanese() {
    run_env(&[("LANG", "ja_JP.UTF-8")], ["404"])
        .succeeds()
        .written_in("ja");
}

#[test]
fn lc_all_wins_over_lang() {
    let vars = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "ja_JP.UTF-8")];
    run_env(&vars, ["404"]).succeeds().written_in("zh");
}

#[test]
fn lc_all_wins_over_lc_messages() {
    let vars = [("LC_ALL", "ja_JP.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8")];
    run_env(&vars, ["404"]).succeeds().written_in("ja");
}

#[test]
fn lc_messages_wins_over_lang() {
    let vars = [("LC_MESSAGES", "zh_TW.UTF-8"), ("LANG", "ja_JP.UTF-8")];
    run_env(&vars, ["404"]).succeeds().written_in("zh");
}

#[test]
fn empty_locale_variables_are_skipped() {
    let vars = [("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "ja_JP.UTF-8")];
    run_env(&vars, ["404"]).succeeds().written_in("ja");
}

#[test]
fn lang_option_wins_over_the_locale() {
    let vars = [("LC_ALL", "ja_JP.UTF-8"), ("LANG", "ja_JP.UTF-8")];
    run_env(&vars, ["404", "--lang", "en"])
        .succeeds()
        .written_in("en");
    run_env(&vars, ["404", "-L", "zh"])
        .succeeds()
        .written_in("zh");
}

#[test]
fn c_and_other_locales_give_english() {
    for locale in ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "de_DE.UTF-8"] {
        run_env(&[("LANG", locale)], ["404"])
            .succeeds()
            .written_in("en");
    }
    // LC_ALL=C is the usual way to ask for untranslated output.
    run_env(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")], ["404"])
        .succeeds()
        .written_in("en");
}

#[test]
fn messages_follow_the_language_too() {
    let out = run_env(&[("LANG", "ja_JP.UTF-8")], ["997"]);
    out.fails_with(1).complains("997");
    assert_eq!(script_of(&out.stderr), "ja", "{}", out.stderr);
}

// ── Classes, searches and lists ─────────────────────────────────────────────

#[test]
fn class_lists_every_registered_code_of_the_class_and_no_other() {
    let out = run(["4xx"]);
    out.succeeds().prints("4xx Client Error");
    let (heading, codes) = out.stdout.split_once("\n\n").expect("a heading block");
    assert!(heading.starts_with("4xx "), "{heading}");
    let codes: Vec<u16> = codes.lines().map(leading_code).collect();
    assert!(
        codes.iter().all(|code| (400..500).contains(code)),
        "{codes:?}"
    );
    assert!(codes.is_sorted(), "{codes:?}");
    assert_eq!(codes.first(), Some(&400));
    for code in registered_codes().into_iter().filter(|c| c / 100 == 4) {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn class_is_read_in_any_case() {
    let lower = run(["5xx"]);
    lower.succeeds();
    assert_eq!(run(["5XX"]).stdout, lower.stdout);
}

#[test]
fn search_puts_the_gateway_codes_first() {
    for query in ["gateway", "gatway"] {
        let out = run([query]);
        out.succeeds();
        let codes = out.line_codes();
        assert!(matches!(codes[..], [502 | 504, ..]), "{query}: {codes:?}");
        let mut first_two = codes[..2].to_vec();
        first_two.sort_unstable();
        assert_eq!(first_two, [502, 504], "{query}: {codes:?}");
    }
}

#[test]
fn teapot_finds_418_first() {
    let out = run(["teapot"]);
    out.succeeds();
    assert_eq!(out.line_codes().first(), Some(&418));
}

#[test]
fn english_search_works_in_every_language() {
    for lang in ["en", "ja", "zh"] {
        let out = run(["gateway", "timeout", "--lang", lang]);
        out.succeeds();
        assert_eq!(out.line_codes().first(), Some(&504), "{lang}");
    }
}

#[test]
fn digits_list_the_codes_starting_with_them() {
    let out = run(["50"]);
    out.succeeds();
    assert!(out.stdout.lines().all(|line| line.starts_with("50")));
    let codes = out.line_codes();
    for code in 500..=508 {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn list_prints_every_entry_one_per_line() {
    let out = run(["--list"]);
    out.succeeds();
    let codes = out.line_codes();
    // By class, then by code: 0 and 999, outside the classes, come last.
    let classes: Vec<u16> = codes
        .iter()
        .map(|&c| if (100..600).contains(&c) { c } else { 600 + c })
        .collect();
    assert!(classes.is_sorted(), "{codes:?}");
    for code in registered_codes() {
        assert!(codes.contains(&code), "{code} missing from --list");
    }
    let json = run(["--list", "--json"]).json();
    assert_eq!(codes.len(), json.len(), "--list and --list --json disagree");
}

// ── JSON ────────────────────────────────────────────────────────────────────

const STATUSES: [&str; 6] = [
    "standard",
    "temporary",
    "deprecated",
    "unused",
    "obsolete",
    "unofficial",
];

/// The field `name` of a JSON entry, which must exist.
#[track_caller]
fn field<'a>(entry: &'a Value, name: &str) -> &'a Value {
    entry
        .get(name)
        .unwrap_or_else(|| panic!("no {name:?} in {entry}"))
}

/// A string field, which must be a string.
#[track_caller]
fn string<'a>(entry: &'a Value, name: &str) -> &'a str {
    field(entry, name)
        .as_str()
        .unwrap_or_else(|| panic!("{name:?} is not a string in {entry}"))
}

/// Checks the shape of one JSON entry; returns its code.
#[track_caller]
fn check_json_entry(entry: &Value, lang: &str) -> u16 {
    assert!(entry.is_object(), "{entry}");
    let code = field(entry, "code")
        .as_u64()
        .and_then(|code| u16::try_from(code).ok())
        .unwrap_or_else(|| panic!("code is not a number: {entry}"));
    assert!(code <= 999, "{entry}");
    let id = string(entry, "id");
    assert!(id.starts_with(&code.to_string()), "{entry}");
    assert!(!string(entry, "phrase").is_empty(), "{entry}");
    let class = if (100..600).contains(&code) {
        format!("{}xx", code / 100)
    } else {
        "other".to_owned()
    };
    assert_eq!(string(entry, "class"), class);
    let status = string(entry, "status");
    assert!(STATUSES.contains(&status), "bad status {status:?}");
    for name in ["origin", "reference"] {
        let value = field(entry, name);
        assert!(value.is_null() || value.is_string(), "{name}: {entry}");
    }
    let origin = field(entry, "origin");
    assert_eq!(
        status == "unofficial",
        origin.is_string(),
        "only unofficial entries have an origin, and they all do: {entry}"
    );
    let aliases = field(entry, "aliases")
        .as_array()
        .unwrap_or_else(|| panic!("aliases is not an array: {entry}"));
    assert!(aliases.iter().all(Value::is_string), "{entry}");
    let registration = field(entry, "registration");
    if status == "temporary" {
        assert!(registration.is_object(), "{entry}");
        string(registration, "registered");
        string(registration, "expires");
        let extended = field(registration, "extended");
        assert!(extended.is_null() || extended.is_string(), "{entry}");
    } else {
        assert!(registration.is_null(), "{entry}");
    }
    assert_eq!(string(entry, "lang"), lang);
    for name in ["title", "meaning", "scenario"] {
        assert!(!string(entry, name).trim().is_empty(), "{name}: {entry}");
    }
    code
}

#[test]
fn list_json_in_japanese_is_the_whole_catalogue() {
    let out = run(["--list", "--json", "--lang", "ja"]);
    out.succeeds();
    let entries = out.json();
    let codes: Vec<u16> = entries.iter().map(|e| check_json_entry(e, "ja")).collect();
    for code in registered_codes() {
        let registered = entries
            .iter()
            .any(|entry| entry["code"] == code && entry["status"] != "unofficial");
        assert!(registered, "registered code {code} missing");
    }
    let classes: Vec<u16> = codes
        .iter()
        .map(|&c| if (100..600).contains(&c) { c } else { 600 + c })
        .collect();
    assert!(classes.is_sorted(), "{codes:?}");
    let mut ids: Vec<&str> = entries.iter().map(|e| string(e, "id")).collect();
    ids.sort_unstable();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids");
    for entry in &entries {
        for name in ["title", "meaning", "scenario"] {
            let text = string(entry, name);
            assert!(
                text.chars().any(|c| is_kana(c) || is_han(c)),
                "{} {name} is not Japanese: {text:?}",
                entry["id"]
            );
        }
    }
}

#[test]
fn list_json_in_every_language_has_the_same_entries() {
    let ids = |lang: &str| -> Vec<String> {
        run(["--list", "--json", "--lang", lang])
            .json()
            .iter()
            .map(|entry| {
                check_json_entry(entry, lang);
                string(entry, "id").to_owned()
            })
            .collect()
    };
    let en = ids("en");
    assert_eq!(ids("ja"), en);
    assert_eq!(ids("zh"), en);
}

#[test]
fn code_json_is_an_array_of_one_entry() {
    let out = run(["404", "--json"]);
    out.succeeds();
    let entries = out.json();
    assert_eq!(entries.len(), 1, "{}", out.stdout);
    assert_eq!(check_json_entry(&entries[0], "en"), 404);
    assert_eq!(entries[0]["reference"], "RFC 9110, Section 15.5.5");
    assert_eq!(entries[0]["references"][0], "RFC 9110, Section 15.5.5");
}

#[test]
fn code_with_two_meanings_gives_two_json_objects() {
    let out = run(["499", "--json"]);
    out.succeeds();
    let entries = out.json();
    assert_eq!(entries.len(), 2, "{}", out.stdout);
    for entry in &entries {
        assert_eq!(check_json_entry(entry, "en"), 499);
        assert_eq!(entry["status"], "unofficial");
    }
    let origins: Vec<&str> = entries.iter().map(|e| string(e, "origin")).collect();
    assert!(origins.contains(&"nginx"), "{origins:?}");
    assert!(origins.iter().any(|o| o.contains("Esri")), "{origins:?}");
}

#[test]
fn temporary_registration_has_its_dates_in_json() {
    let entries = run(["104", "--json"]).json();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["status"], "temporary");
    check_json_entry(&entries[0], "en");
}

#[test]
fn class_json_has_only_that_class() {
    let out = run(["4xx", "--json", "--lang", "zh"]);
    out.succeeds();
    let entries = out.json();
    assert!(entries.len() > 30, "{}", entries.len());
    for entry in &entries {
        check_json_entry(entry, "zh");
        assert_eq!(entry["class"], "4xx");
    }
}

#[test]
fn search_json_lists_the_results_best_first() {
    let entries = run(["teapot", "--json"]).json();
    assert_eq!(entries.first().map(|e| &e["code"]), Some(&Value::from(418)));
}

// ── Failures ────────────────────────────────────────────────────────────────

#[test]
fn unknown_code_exits_1_and_suggests_near_codes() {
    let out = run(["597"]);
    out.fails_with(1).complains("597");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    assert!(lines[1].contains("599"), "near codes: {}", lines[1]);
}

#[test]
fn unknown_code_of_other_length_exits_1_without_near_codes() {
    let out = run(["4040"]);
    out.fails_with(1).complains("4040");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
}

#[test]
fn search_without_match_exits_1() {
    run(["zzqqxx"]).fails_with(1).complains("zzqqxx");
}

#[test]
fn json_search_without_match_prints_empty_array_and_exits_1() {
    let out = run(["--json", "zzqqxx"]);
    out.fails_with_stdout(1, "[]\n");
    assert!(out.json().is_empty());
}

#[test]
fn unknown_language_is_a_usage_error() {
    run(["--lang", "xx", "404"])
        .fails_with(2)
        .complains("xx")
        .complains("--help");
}

#[test]
fn empty_language_is_a_usage_error() {
    run(["--lang", "", "404"]).fails_with(2);
}

#[test]
fn missing_language_value_is_a_usage_error() {
    run(["404", "--lang"]).fails_with(2);
}

#[test]
fn unknown_option_is_a_usage_error() {
    run(["--bogus"])
        .fails_with(2)
        .complains("--bogus")
        .complains("--help");
}

#[test]
fn list_with_a_query_is_a_usage_error() {
    run(["--list", "404"]).fails_with(2);
}

#[test]
fn json_with_nothing_to_print_is_a_usage_error() {
    run(["--json"]).fails_with(2);
}

#[test]
fn blank_query_is_a_usage_error() {
    run(["  "]).fails_with(2);
}

#[test]
fn no_arguments_without_a_terminal_is_a_usage_error() {
    Run::of(&mut httpdex()).fails_with(2);
}

#[test]
fn interactive_without_a_terminal_is_a_usage_error() {
    run(["--interactive", "404"]).fails_with(2);
    run(["-i"]).fails_with(2);
}

#[test]
fn usage_errors_follow_the_language() {
    let out = run(["--bogus", "--lang", "ja"]);
    out.fails_with(2);
    assert_eq!(script_of(&out.stderr), "ja", "{}", out.stderr);
}

// ── Help and version ────────────────────────────────────────────────────────

#[test]
fn help_lists_the_options() {
    for flag in ["--help", "-h"] {
        let out = run([flag]);
        out.succeeds();
        for option in ["--list", "--json", "--lang", "--interactive"] {
            out.prints(option);
        }
        assert_eq!(script_of(&out.stdout), "en");
    }
}

#[test]
fn help_follows_the_lang_option() {
    for args in [&["--help", "--lang", "ja"][..], &["--lang=ja", "--help"]] {
        let out = run(args);
        out.succeeds().prints("使い方").prints("--list");
    }
}

#[test]
fn help_follows_the_locale() {
    let out = run_env(&[("LANG", "ja_JP.UTF-8")], ["--help"]);
    out.succeeds().prints("使い方");
}

#[test]
fn help_follows_an_attached_short_lang_option() {
    run(["-Lja", "--help"]).succeeds().prints("使い方");
}

#[test]
fn version_prints_the_registry_date_and_the_library_releases() {
    for flag in ["--version", "-V"] {
        let out = run([flag]);
        out.succeeds();
        let first = out.stdout.lines().next().unwrap();
        assert_eq!(first, format!("httpdex {}", env!("CARGO_PKG_VERSION")));
        out.prints("registry as of 2025-09-15")
            .prints("go       Go net/http")
            .prints("python   Python http.HTTPStatus");
    }
    run(["--version", "--lang", "zh"])
        .succeeds()
        .prints("截至 2025-09-15");
}

#[test]
fn short_help_is_short_and_long_help_has_exit_statuses_and_environment() {
    for lang in ["en", "ja", "zh"] {
        let short = run(["-h", "--lang", lang]);
        let long = run(["--help", "--lang", lang]);
        short.succeeds();
        long.succeeds()
            .prints("130")
            .prints("CLICOLOR_FORCE")
            .prints("COLUMNS");
        assert!(!short.stdout.contains("CLICOLOR_FORCE"), "{lang}");
        assert!(long.stdout.len() > short.stdout.len(), "{lang}");
        assert_eq!(script_of(&long.stdout), lang, "{lang}");
    }
}

#[test]
fn a_mistyped_option_gets_a_localized_message_with_clap_s_suggestion() {
    run(["--versoin"])
        .fails_with(2)
        .complains("unknown option “--versoin”")
        .complains("did you mean “--version”?");
    let out = run(["--jsno", "--lang", "ja"]);
    out.fails_with(2).complains("--json");
    assert_eq!(script_of(&out.stderr), "ja", "{}", out.stderr);
}

// ── Colour ──────────────────────────────────────────────────────────────────

#[test]
fn colour_follows_the_flag_then_the_environment_as_in_ripgrep() {
    // (environment, arguments, coloured?) with stdout a pipe.
    type Vars = &'static [(&'static str, &'static str)];
    let cases: [(Vars, &[&str], bool); 12] = [
        (&[], &[], false),
        (&[], &["--color", "auto"], false),
        (&[], &["--color", "always"], true),
        (&[], &["--color=never"], false),
        (&[("CLICOLOR_FORCE", "1")], &[], true),
        (&[("CLICOLOR_FORCE", "0")], &[], false),
        (&[("CLICOLOR_FORCE", "")], &[], false),
        (&[("CLICOLOR_FORCE", "1")], &["--color", "never"], false),
        (&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[], false),
        (&[("NO_COLOR", "1")], &["--color", "always"], true),
        (&[("TERM", "dumb")], &["--color", "always"], true),
        (&[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")], &[], true),
    ];
    for (vars, flags, coloured) in cases {
        let mut args = vec!["404"];
        args.extend_from_slice(flags);
        let out = run_env(vars, &args);
        out.exits(0);
        assert_eq!(
            out.stdout_bytes.contains(&ESC),
            coloured,
            "{vars:?} {flags:?}:\n{}",
            out.stdout
        );
    }
}

#[test]
fn an_unknown_colour_choice_is_a_usage_error() {
    run(["404", "--color", "sometimes"])
        .fails_with(2)
        .complains("sometimes")
        .complains("auto, always, never");
}

// ── Flags that cannot work together ─────────────────────────────────────────

#[test]
fn flags_that_cannot_work_together_are_refused() {
    let cases: [&[&str]; 9] = [
        &["-i", "--json"],
        &["-i", "404", "--json"],
        &["-i", "-c", "go", "404"],
        &["-i", "--list"],
        &["-i", "--compare", "301"],
        &["-i", "-"],
        &["--compare", "-c", "go", "301"],
        &["--list", "-"],
        &["--list", "404"],
    ];
    for args in cases {
        let out = run(args);
        out.fails_with(2).complains("--help");
        assert_eq!(out.stderr.lines().count(), 2, "{args:?}: {}", out.stderr);
    }
    run(["-i", "--json"]).complains("--interactive cannot be used with --json");
}

// ── Constants ───────────────────────────────────────────────────────────────

#[test]
fn constant_is_a_name_for_one_code_and_a_table_for_more() {
    let out = run(["401", "403", "-c", "go"]);
    out.succeeds();
    assert_eq!(
        out.stdout,
        "401  http.StatusUnauthorized\n403  http.StatusForbidden\n"
    );
    let out = run(["4xx", "--constant", "go"]);
    out.succeeds();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines.len() > 20, "{}", out.stdout);
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with('4') && l.contains("  http.Status"))
    );
    let out = run(["--list", "-c", "python"]);
    out.succeeds().prints("100  HTTPStatus.CONTINUE\n");
    assert!(out.stdout.lines().count() > 50);
    run(["HTTP/1.1 404 Not Found", "-c", "rails"])
        .succeeds()
        .prints(":not_found\n");
}

#[test]
fn constant_json_gives_the_names_with_their_history() {
    let items = run(["422", "-c", "python", "--json"]).json();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["code"], 422);
    assert_eq!(items[0]["library"], "python");
    assert_eq!(items[0]["name"], "HTTPStatus.UNPROCESSABLE_CONTENT");
    assert_eq!(items[0]["since"], "3.13");
    assert_eq!(items[0]["former"][0]["name"], "UNPROCESSABLE_ENTITY");
    let items = run(["4xx", "-c", "go", "--json"]).json();
    assert!(items.len() > 20);
    assert!(items.iter().all(|item| item["library"] == "go"));
}

#[test]
fn constant_for_a_search_with_several_matches_lists_them() {
    run(["gateway", "-c", "go"])
        .fails_with(2)
        .complains("several codes")
        .complains("502")
        .complains("504");
    run(["50", "-c", "go"]).fails_with(2).complains("500, 501");
}

#[test]
fn constant_without_a_query_is_a_usage_error() {
    run(["-c", "go"]).fails_with(2).complains("--constant");
    run_stdin(["-c", "go"], b"404\n").fails_with(2);
}

#[test]
fn constant_missing_for_one_of_several_codes_is_said_on_stderr() {
    let out = run(["401", "104", "-c", "rust"]);
    out.exits(1)
        .prints("401  StatusCode::UNAUTHORIZED")
        .complains("104 has no constant");
}

// ── Pipes and hostile input ─────────────────────────────────────────────────

/// Asserts that a run whose stdout was closed early ended quietly.
#[track_caller]
fn assert_quiet_end(status: ExitStatus, stderr: &[u8]) {
    assert_eq!(status.signal(), None, "killed by a signal: {status:?}");
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert!(
        stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(stderr)
    );
}

#[test]
fn closed_pipe_after_the_first_line_ends_quietly() {
    let mut child = httpdex()
        .arg("--list")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the httpdex binary runs");
    let mut reader = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("a first line");
    assert_eq!(leading_code(&first), 100);
    drop(reader);
    let output = child.wait_with_output().expect("httpdex ends");
    assert_quiet_end(output.status, &output.stderr);
}

#[test]
fn closed_pipe_with_output_left_to_write_ends_quietly() {
    // More than a pipe holds (64 KiB on Linux), so with nobody reading the
    // binary is certain to write into a closed pipe and get EPIPE.
    let args = ["--list", "--json", "--lang", "ja"];
    let full = run(args);
    full.succeeds();
    assert!(
        full.stdout_bytes.len() > 64 * 1024,
        "this test needs more output than a pipe holds; it has {} bytes",
        full.stdout_bytes.len()
    );
    let mut child = httpdex()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the httpdex binary runs");
    drop(child.stdout.take());
    let mut stderr = Vec::new();
    child
        .stderr
        .take()
        .expect("piped stderr")
        .read_to_end(&mut stderr)
        .expect("stderr is readable");
    let status = child.wait().expect("httpdex ends");
    assert_quiet_end(status, &stderr);
}

#[test]
fn control_characters_in_a_query_are_not_echoed_raw() {
    let out = run(["\u{1b}[31mzz"]);
    out.fails_with(1);
    // ESC is shown as its control picture instead.
    out.complains("\u{241b}[31mzz");
}

#[test]
fn control_characters_in_options_are_not_echoed_raw() {
    for args in [
        &["--lang", "\u{1b}[31m", "404"][..],
        &["--\u{1b}[31m"],
        &["-\u{1b}"],
        &["--list=\u{1b}[31m"],
        &["\u{9b}31mzz"],
        &["--json", "\u{1b}]0;title\u{7}"],
    ] {
        let out = run(args);
        assert!(
            !out.stderr_bytes.contains(&ESC) && !out.stderr_bytes.contains(&0x07),
            "{args:?}: {:?}",
            out.stderr
        );
        assert!(!out.stderr.contains('\u{9b}'), "{args:?}: {:?}", out.stderr);
        assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn invalid_utf8_argument_is_a_usage_error() {
    let bad = OsString::from_vec(b"4\xff04".to_vec());
    run([bad.clone()]).fails_with(2);
    run([OsString::from("--lang"), bad.clone(), OsString::from("404")]).fails_with(2);
    let mut option = OsString::from("--");
    option.push(&bad);
    run([option]).fails_with(2);
}

// ---- Headers, caching, constants and related codes

#[test]
fn constant_prints_just_the_library_name() {
    run(["422", "--constant", "go"])
        .succeeds()
        .prints("http.StatusUnprocessableEntity\n");
    run(["418", "-c", "rust"])
        .succeeds()
        .prints("StatusCode::IM_A_TEAPOT\n");
    let output = run(["404", "--constant", "rails"]);
    output.succeeds();
    assert_eq!(output.stdout, ":not_found\n");
}

#[test]
fn constant_for_a_search_takes_the_best_match() {
    let output = run(["teapot", "--constant", "go"]);
    output.succeeds();
    assert_eq!(output.stdout, "http.StatusTeapot\n");
}

#[test]
fn entry_text_shows_headers_caching_constants_and_see_also() {
    run(["405"])
        .succeeds()
        .prints("Allow: MUST be sent with the response")
        .prints("cacheable by default")
        .prints("StatusCode::METHOD_NOT_ALLOWED")
        .prints("See also");
    run_env(&[("COLUMNS", "200")], ["422"])
        .succeeds()
        .prints("HTTPStatus.UNPROCESSABLE_CONTENT (3.13+; earlier UNPROCESSABLE_ENTITY)");
    run(["100"]).succeeds().prints("interim");
    run(["429"]).succeeds().prints("must not be stored");
}

#[test]
fn json_carries_the_new_facts() {
    let json = run(["405", "--json"]).json();
    let entry = &json[0];
    assert_eq!(entry["interim"], false);
    assert_eq!(entry["cacheable"], true);
    assert_eq!(entry["cache"], "heuristic");
    assert_eq!(entry["headers"][0]["field"], "Allow");
    assert_eq!(entry["headers"][0]["level"], "MUST");
    assert_eq!(entry["headers"][0]["side"], "response");
    assert_eq!(
        entry["constants"]["rust"]["name"],
        "StatusCode::METHOD_NOT_ALLOWED"
    );
    assert_eq!(
        entry["constants"]["go"]["name"],
        "http.StatusMethodNotAllowed"
    );
    let python = &run(["422", "--json"]).json()[0]["constants"]["python"];
    assert_eq!(python["name"], "HTTPStatus.UNPROCESSABLE_CONTENT");
    assert_eq!(python["since"], "3.13");
    assert_eq!(python["former"][0]["name"], "UNPROCESSABLE_ENTITY");
    assert_eq!(python["former"][0]["until"], "3.12");
    assert_eq!(python["deprecated"], false);
    let see_also = entry["see_also"].as_array().unwrap();
    assert!(
        see_also
            .iter()
            .all(|s| s["code"].is_u64() && !s["text"].as_str().unwrap().is_empty())
    );
    assert_eq!(run(["100", "--json"]).json()[0]["interim"], true);
    let redirect = &run(["308", "--json"]).json()[0]["redirect"];
    assert_eq!(redirect["permanent"], true);
    assert_eq!(redirect["method"], "kept");
}

#[test]
fn every_json_entry_has_the_new_fields_with_their_types() {
    for entry in run(["--list", "--json", "--lang", "zh"]).json() {
        assert!(entry["interim"].is_boolean() && entry["cacheable"].is_boolean());
        assert!(entry["headers"].is_array() && entry["see_also"].is_array());
        assert!(entry["constants"].is_object());
        assert!(entry["redirect"].is_null() || entry["redirect"].is_object());
        for (library, constant) in entry["constants"].as_object().unwrap() {
            let libraries = [
                "rust", "go", "python", "dotnet", "aspnet", "spring", "node", "js", "rails",
                "plug", "symfony",
            ];
            assert!(libraries.contains(&library.as_str()), "{library}");
            assert!(constant["name"].as_str().is_some_and(|c| !c.is_empty()));
            assert!(constant["since"].is_null() || constant["since"].is_string());
            assert!(constant["former"].is_array() && constant["deprecated"].is_boolean());
        }
        for header in entry["headers"].as_array().unwrap() {
            assert!(header["condition"].is_null() || header["condition"].is_string());
        }
    }
}

// ── Several operands, status lines and standard input ──────────────────────

/// Runs `httpdex ARGS` with `input` on standard input.
fn run_stdin<I, S>(args: I, input: &[u8]) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = with_stdin(args, input);
    Run {
        status: output.status,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        stdout_bytes: output.stdout,
        stderr_bytes: output.stderr,
    }
}

/// The codes of the entry headings (`404 Not Found` alone on a line,
/// unindented) in an output of full entries.
fn entry_headings(out: &str) -> Vec<u16> {
    out.lines()
        .filter(|line| !line.starts_with(' ') && !line.starts_with("HTTP/"))
        .filter_map(|line| line.split_whitespace().next()?.parse().ok())
        .collect()
}

#[test]
fn operands_that_read_as_one_status_line_or_several_codes() {
    // (arguments, codes whose entries are printed in full, in order)
    let cases: [(&[&str], &[u16]); 9] = [
        (&["401", "403"], &[401, 403]),
        (&["500", "404", "500"], &[500, 404, 500]),
        (&["HTTP/1.1 404 Not Found"], &[404]),
        (&["HTTP/2", "503"], &[503]),
        (&["HTTP/2 503"], &[503]),
        (&["404", "Not", "Found"], &[404]),
        (&["< HTTP/1.1 302 Found"], &[302]),
        (&["http/1.0 200"], &[200]),
        (&["HTTP/1.1 404 Not Found", "500"], &[404, 500]),
    ];
    for (args, codes) in cases {
        let out = run(args);
        out.succeeds();
        assert_eq!(
            entry_headings(&out.stdout),
            codes,
            "{args:?}:\n{}",
            out.stdout
        );
    }
}

#[test]
fn several_operands_in_json_are_one_array() {
    let entries = run(["401", "403", "--json"]).json();
    let codes: Vec<&Value> = entries.iter().map(|e| &e["code"]).collect();
    assert_eq!(codes, [&Value::from(401), &Value::from(403)]);
    let entries = run(["HTTP/2", "503", "--json"]).json();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["code"], 503);
}

#[test]
fn words_are_still_one_search_and_classes_stand_alone() {
    let out = run(["gateway", "timeout"]);
    out.succeeds();
    assert_eq!(out.line_codes().first(), Some(&504));
    let out = run(["4xx", "5xx"]);
    out.succeeds()
        .prints("4xx Client Error")
        .prints("5xx Server Error");
}

#[test]
fn an_unknown_code_among_several_is_reported_and_the_others_printed() {
    let out = run(["401", "4040"]);
    out.exits(1).prints("401 Unauthorized").complains("4040");
    let out = run(["HTTP/1.1 597 Odd"]);
    out.fails_with(1).complains("597").complains("599");
}

#[test]
fn compare_prints_the_table_of_the_codes_given() {
    let out = run(["301", "302", "307", "308", "--compare"]);
    out.succeeds();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{}", out.stdout);
    for header in ["Code", "Permanence", "Method", "Caching", "Headers to send"] {
        assert!(lines[0].contains(header), "{}", lines[0]);
    }
    assert!(lines[1].starts_with("301 Moved Permanently"));
    // Location is a SHOULD for redirects (RFC 9110, Section 15.4).
    assert!(lines[1].ends_with("Location (SHOULD)"), "{}", lines[1]);
    assert!(lines[1].contains("permanent") && lines[1].contains("POST may become GET"));
    assert!(lines[3].starts_with("307 ") && lines[3].contains("method and body kept"));
    // One code: beside its related codes, as in the browser.
    let out = run(["401", "--compare"]);
    out.succeeds();
    let codes: Vec<u16> = out.stdout.lines().skip(1).map(leading_code).collect();
    assert_eq!(codes[0], 401);
    assert!(codes.contains(&403), "{codes:?}");
    assert!(!out.stdout.contains("Permanence"), "{}", out.stdout);
    run(["301", "308", "--compare", "--lang", "ja"])
        .succeeds()
        .prints("恒久性")
        .written_in("ja");
}

#[test]
fn compare_json_is_an_array_of_rows() {
    let rows = run(["301", "302", "307", "308", "--compare", "--json"]).json();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["code"], 301);
    assert_eq!(rows[0]["redirect"]["permanent"], true);
    assert_eq!(rows[2]["redirect"]["method"], "kept");
    assert_eq!(rows[3]["cache"], "heuristic");
    assert!(rows.iter().all(|r| r["required_headers"].is_array()));
}

fn transcript(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/it/transcripts/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// One transcript on standard input: the status lines shown, the check
/// lines that must appear, and the entries printed in full.
struct Transcript {
    file: &'static str,
    status_lines: &'static [&'static str],
    says: &'static [&'static str],
    entries: &'static [u16],
}

#[test]
fn transcripts_on_stdin_are_explained_response_by_response() {
    let cases = [
        Transcript {
            file: "curl_sIL_301_chain.txt",
            status_lines: &["HTTP/1.1 301 Moved Permanently", "HTTP/2 301", "HTTP/2 200"],
            says: &[
                "Location: https://example.com/docs - present (SHOULD",
                "Location: https://example.com/docs/ - present",
                "sent by nginx",
            ],
            entries: &[301, 200],
        },
        Transcript {
            file: "curl_i_429_retry_after.txt",
            status_lines: &["HTTP/2 429"],
            says: &["Retry-After: 30 - present (MAY, RFC 6585, Section 4)"],
            entries: &[429],
        },
        Transcript {
            file: "curl_i_401_no_challenge.txt",
            status_lines: &["HTTP/1.1 401 Unauthorized"],
            says: &["WWW-Authenticate - missing: the response MUST carry it"],
            entries: &[401],
        },
        Transcript {
            file: "curl_i_cloudflare_522.txt",
            status_lines: &["HTTP/2 522"],
            says: &["sent by Cloudflare", "Cloudflare"],
            entries: &[522],
        },
        Transcript {
            file: "curl_v_404.txt",
            status_lines: &["HTTP/1.1 404 Not Found"],
            says: &[],
            entries: &[404],
        },
        Transcript {
            file: "wget_S_302_200.txt",
            status_lines: &["HTTP/1.1 302 Found", "HTTP/1.1 200 OK"],
            says: &["Location: http://example.com/releases/v2.3.1/ - present"],
            entries: &[302, 200],
        },
        Transcript {
            file: "raw_503_bad_retry_after.txt",
            status_lines: &["HTTP/1.1 503 Service Unavailable"],
            says: &["Retry-After: 2024-05-13T10:00:00Z - malformed"],
            entries: &[503],
        },
        Transcript {
            file: "curl_i_100_continue_201.txt",
            status_lines: &["HTTP/1.1 100 Continue", "HTTP/1.1 201 Created"],
            says: &["Location: /items/8812 - present (MAY"],
            entries: &[100, 201],
        },
        Transcript {
            file: "curl_I_http2_200.txt",
            status_lines: &["HTTP/2 200"],
            says: &[],
            entries: &[200],
        },
    ];
    for case in cases {
        let input = transcript(case.file);
        for args in [&[][..], &["-"]] {
            let out = run_stdin(args, &input);
            out.succeeds();
            let shown: Vec<&str> = out
                .stdout
                .lines()
                .filter(|line| line.starts_with("HTTP/"))
                .collect();
            assert_eq!(shown, case.status_lines, "{}:\n{}", case.file, out.stdout);
            let joined = out.stdout.replace("\n    ", " ");
            for needle in case.says {
                assert!(
                    joined.contains(needle),
                    "{}: no {needle:?}:\n{}",
                    case.file,
                    out.stdout
                );
            }
            assert_eq!(entry_headings(&out.stdout), case.entries, "{}", case.file);
        }
    }
}

#[test]
fn checks_are_said_in_the_active_language() {
    let input = transcript("curl_i_401_no_challenge.txt");
    run_stdin(["--lang", "ja"], &input)
        .succeeds()
        .prints("WWW-Authenticate　欠落（必須");
    run_stdin(["--lang", "zh"], &input)
        .succeeds()
        .prints("WWW-Authenticate　缺失（必须");
}

#[test]
fn responses_on_stdin_in_json() {
    let out = run_stdin(["--json"], &transcript("curl_sIL_301_chain.txt"));
    out.succeeds();
    let items = out.json();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["version"], "HTTP/1.1");
    assert_eq!(items[0]["code"], 301);
    assert_eq!(items[0]["check"]["field"], "Location");
    assert_eq!(items[0]["check"]["outcome"], "present");
    assert_eq!(items[0]["vendor"], "nginx");
    assert_eq!(items[2]["check"], Value::Null);
    assert_eq!(items[2]["entries"][0]["code"], 200);
    let items = run_stdin(["--json"], &transcript("curl_i_401_no_challenge.txt")).json();
    assert_eq!(items[0]["check"]["outcome"], "missing");
    assert_eq!(items[0]["check"]["level"], "MUST");
}

#[test]
fn a_vendor_hint_picks_the_vendors_entry() {
    let out = run_stdin(
        Vec::<&str>::new(),
        b"HTTP/1.1 530 \r\nServer: cloudflare\r\nCF-RAY: 1-NRT\r\n\r\n",
    );
    out.succeeds().prints("Cloudflare");
    assert!(!out.stdout.contains("Pantheon"), "{}", out.stdout);
    let out = run_stdin(
        Vec::<&str>::new(),
        b"HTTP/1.1 499 \r\nServer: nginx\r\n\r\n",
    );
    out.succeeds().prints("Client Closed Request");
    assert!(!out.stdout.contains("Esri"), "{}", out.stdout);
}

#[test]
fn codes_one_per_line_on_stdin_are_looked_up_once_each() {
    let out = run_stdin(Vec::<&str>::new(), b"404\n 500 \n\n404\n000\n");
    out.succeeds();
    assert_eq!(entry_headings(&out.stdout), [404, 500, 0]);
    let entries = run_stdin(["--json"], b"201\n201\n").json();
    assert_eq!(entries.len(), 1);
}

#[test]
fn a_stray_line_among_codes_on_stdin_is_skipped_and_counted() {
    // `cut -d' ' -f9 access.log | httpdex` with one line of another format.
    let out = run_stdin(Vec::<&str>::new(), b"404\n\"GET\n500\n");
    out.exits(0);
    assert_eq!(entry_headings(&out.stdout), [404, 500]);
    assert_eq!(
        out.stderr.trim(),
        "httpdex: lines that are not status codes, skipped: 1"
    );
    // Mostly something else is still no list of codes.
    run_stdin(Vec::<&str>::new(), b"hello\nworld\n404\n").fails_with(2);
}

#[test]
fn stdin_without_responses_or_codes_is_a_usage_error() {
    let noise = crate::util::noise(300_000, 0x2545_f491_4f6c_dd1d_u64, 0);
    let cases: [(&str, &[u8], &str); 6] = [
        ("empty", b"", "standard input is empty"),
        ("blank", b" \n\n\t\n", "standard input is empty"),
        ("prose", b"hello world\n", "no HTTP response"),
        (
            "invalid UTF-8",
            b"\xff\xfe\x80 HTTP/1.1 \xc3\n",
            "no HTTP response",
        ),
        ("binary", &noise, "no HTTP response"),
        ("escapes", b"\x1b[2J\x1b]0;title\x07\n", "no HTTP response"),
    ];
    for (name, input, says) in cases {
        let out = run_stdin(Vec::<&str>::new(), input);
        out.fails_with(2).complains(says);
        assert!(!out.stderr_bytes.contains(&ESC), "{name}");
    }
}

#[test]
fn dash_with_other_operands_is_a_usage_error() {
    run(["-", "404"]).fails_with(2).complains("“-”");
}

#[test]
fn control_characters_in_a_response_are_not_printed_raw() {
    let out = run_stdin(
        Vec::<&str>::new(),
        b"HTTP/1.1 301 Moved\r\nLocation: /a\x1b[31m\r\n\r\n",
    );
    out.exits(0);
    assert!(!out.stdout_bytes.contains(&ESC), "{:?}", out.stdout);
}

// ── Shell integration ───────────────────────────────────────────────────────

#[test]
fn completions_come_out_of_the_binary_for_each_shell() {
    // (shell, what its script must hold)
    let cases = [
        (
            "bash",
            &["complete -F _httpdex", "--completions", "--constant"][..],
        ),
        ("zsh", &["#compdef httpdex", "--completions", "--man"]),
        ("fish", &["complete -c httpdex", "-l completions"]),
        (
            "powershell",
            &["Register-ArgumentCompleter", "'--completions'"],
        ),
        (
            "elvish",
            &["edit:completion:arg-completer[httpdex]", "--completions"],
        ),
    ];
    for (shell, needles) in cases {
        let out = run(["--completions", shell]);
        out.succeeds();
        for needle in needles {
            assert!(
                out.stdout.contains(needle),
                "{shell}: no {needle:?}\n{}",
                out.stdout
            );
        }
    }
    run(["--completions", "tcsh"])
        .fails_with(2)
        .complains("bash, elvish, fish, powershell, zsh");
    run(["--completions", "bash", "404"]).fails_with(2);
}

#[test]
fn the_man_page_is_roff_with_every_option_and_the_exit_statuses() {
    let out = run(["--man"]);
    out.succeeds();
    assert!(
        out.stdout
            .lines()
            .any(|line| line.starts_with(".TH httpdex 1")),
        "{}",
        out.stdout
    );
    for needle in [
        ".SH NAME",
        ".SH SYNOPSIS",
        "\\-\\-completions",
        "\\-\\-color",
        "130",
        ".nf",
    ] {
        out.prints(needle);
    }
    run(["--man", "--lang", "ja"])
        .succeeds()
        .prints("終了ステータス");
    run(["--man", "--json"]).fails_with(2);
}

#[test]
fn questions_about_several_codes_list_them_in_the_order_typed() {
    for (query, first) in [
        ("409 or 412", [409, 412]),
        ("404 instead of 410", [404, 410]),
    ] {
        let out = run([query]);
        out.succeeds();
        assert!(
            out.line_codes().starts_with(&first),
            "{query}: {}",
            out.stdout
        );
    }
    let out = run(["api key missing"]);
    assert_eq!(out.line_codes().first(), Some(&401), "{}", out.stdout);
}

/// On Linux with glibc the binary is position-dependent (see build.rs): its
/// static tables need no relocating at start-up. ELF type 2 is `ET_EXEC`,
/// 3 `ET_DYN`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_binary_is_position_dependent_on_linux_with_glibc() {
    let mut header = [0; 18];
    std::fs::File::open(env!("CARGO_BIN_EXE_httpdex"))
        .and_then(|mut binary| binary.read_exact(&mut header))
        .expect("read the binary's ELF header");
    assert_eq!(&header[..4], b"\x7fELF");
    let e_type = match header[5] {
        1 => u16::from_le_bytes([header[16], header[17]]),
        _ => u16::from_be_bytes([header[16], header[17]]),
    };
    assert_eq!(e_type, 2, "ELF type {e_type}: linked as a PIE");
}

#[test]
fn a_list_line_says_the_phrase_once_and_lines_up_its_code() {
    let out = run(["teapot"]);
    out.succeeds();
    assert!(
        out.stdout.starts_with("418  I'm a teapot (unused)\n"),
        "{}",
        out.stdout
    );
    let list = run(["--list"]);
    let lines: Vec<&str> = list.stdout.lines().collect();
    let zero = lines
        .iter()
        .find(|l| l.trim_start().starts_with("0 "))
        .expect("0 listed");
    let four = lines
        .iter()
        .find(|l| l.starts_with("404 "))
        .expect("404 listed");
    assert_eq!(zero.find("  N"), four.find("  N"), "{zero:?} {four:?}");
}

#[test]
fn a_scan_of_one_line_says_line() {
    let out = run_stdin(
        ["--scan"],
        b"1.2.3.4 - - [x] \"GET / HTTP/1.1\" 404 0\nnoise\n",
    );
    assert!(
        out.stdout.starts_with("2 lines, 1 with a status\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\n1 line without a status:\n"),
        "{}",
        out.stdout
    );
    let one = run_stdin(["--scan"], b"1.2.3.4 - - [x] \"GET / HTTP/1.1\" 404 0\n");
    assert!(
        one.stdout.starts_with("1 line, 1 with a status\n"),
        "{}",
        one.stdout
    );
}

#[test]
fn an_entry_id_from_the_json_finds_that_entry_alone() {
    let out = run(["499-esri"]);
    out.succeeds();
    assert_eq!(entry_headings(&out.stdout), [499]);
    assert!(
        out.stdout.starts_with("499 Token Required\n"),
        "{}",
        out.stdout
    );
    let json = run(["--json", "499-nginx"]).json();
    assert_eq!(json.len(), 1);
    assert_eq!(json[0]["id"], "499-nginx");
}

#[test]
fn patterns_of_digits_find_the_codes_they_match() {
    let codes = |pattern: &str| -> Vec<u16> {
        let out = run([pattern]);
        out.stdout.lines().map(leading_code).collect()
    };
    assert_eq!(codes("30[12]"), [301, 302]);
    assert!(codes("3.*").iter().all(|c| (300..400).contains(c)));
    assert!(codes("3.*").contains(&308));
    assert!(codes("4?9").starts_with(&[409, 419, 429]));
    run(["6?9"]).fails_with(1).complains("6?9");
    // A lone -1 is no pattern and no search.
    run(["-1"]).fails_with(2);
}

#[test]
fn short_prints_one_line_per_code_for_codes_classes_and_searches() {
    let out = run(["-s", "404", "500"]);
    out.succeeds();
    assert_eq!(out.stdout, "404  Not Found\n500  Internal Server Error\n");
    let class = run(["--short", "1xx"]);
    let codes: Vec<u16> = class.stdout.lines().map(leading_code).collect();
    assert_eq!(codes, [100, 101, 102, 103, 104]);
    run(["-s", "404", "--json"]).fails_with(2);
}

#[test]
fn httpdex_opts_set_defaults_that_the_command_line_overrides() {
    let out = Run::of(
        httpdex()
            .env("HTTPDEX_OPTS", "--short --lang ja")
            .args(["404", "500"]),
    );
    out.succeeds();
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    assert!(out.stdout.contains("見つからない"), "{}", out.stdout);
    let english = Run::of(
        httpdex()
            .env("HTTPDEX_OPTS", "--lang ja")
            .args(["--lang", "en", "404"]),
    );
    assert!(
        !english.stdout.contains("見つからない"),
        "{}",
        english.stdout
    );
    assert!(run(["--help"]).stdout.contains("HTTPDEX_OPTS"));
}
