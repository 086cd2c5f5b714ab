//! Bad input, one row each: the documented exit status and a one-line
//! message on stderr, never a panic or a backtrace.
//!
//! Exit status 1 means "nothing found" (unknown codes, numbers outside
//! 100-599, searches that match nothing); 2 means the command line itself is
//! wrong. Text that is not a code or class, such as `4xy`, is a search.

use crate::util::httpdex;
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

struct Case {
    args: Vec<OsString>,
    status: i32,
    /// Something the message must say.
    says: &'static str,
}

fn case(args: &[&str], status: i32, says: &'static str) -> Case {
    Case {
        args: args.iter().map(OsString::from).collect(),
        status,
        says,
    }
}

#[test]
fn bad_input_gets_its_exit_status_and_a_short_message() {
    let huge = "x".repeat(100 * 1024);
    let cases = [
        case(&["7"], 1, "7 is not a known status code"),
        case(&["98"], 1, "98 is not a known status code"),
        case(&["600"], 1, "600 is not a known status code"),
        case(&["1000"], 1, "1000 is not a known status code"),
        case(&["4040"], 1, "4040 is not a known status code"),
        case(
            &["99999999999999999999"],
            1,
            "99999999999999999999 is not a known status code",
        ),
        case(&["997"], 1, "Nearby codes"),
        case(&["-1"], 2, "unknown option"),
        case(&["zzqqxx"], 1, "Nothing matches"),
        case(&[""], 2, "needs a terminal"),
        case(&["  "], 2, "nothing to print"),
        case(&[huge.as_str()], 1, "Nothing matches"),
        case(&["\u{1b}[2J\u{7}"], 1, "Nothing matches"),
        case(&["--bogus"], 2, "unknown option"),
        case(&["-z"], 2, "unknown option"),
        case(&["--lang", "xx", "404"], 2, "unknown language"),
        case(&["--lang", "", "404"], 2, "unknown language"),
        case(&["--lang"], 2, "LANG"),
        case(&["--json"], 2, "nothing to print"),
        case(&["--list", "404"], 2, "--list"),
        case(&["404", "--constant", "cobol"], 2, "unknown library"),
        case(&["104", "--constant", "rust"], 1, "no constant"),
        Case {
            args: vec![OsString::from_vec(vec![b'4', 0xff, b'4'])],
            status: 2,
            says: "UTF-8",
        },
    ];
    for case in cases {
        let shown = format!("{:?}", case.args)
            .chars()
            .take(80)
            .collect::<String>();
        let output = httpdex().args(&case.args).output().expect("run httpdex");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(case.status), "{shown}: {stderr}");
        assert!(
            stderr.contains(case.says),
            "{shown}: {stderr:?} should say {:?}",
            case.says
        );
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{shown}: {stderr}"
        );
        assert!(
            !stderr.contains('\u{1b}'),
            "{shown}: a raw escape reached the terminal"
        );
        // One line, plus at most the hint where to read more.
        let lines = stderr.lines().count();
        assert!((1..=2).contains(&lines), "{shown}: {lines} lines: {stderr}");
        assert!(
            stderr.len() < 300,
            "{shown}: the message repeats the input: {} bytes",
            stderr.len()
        );
    }
}
