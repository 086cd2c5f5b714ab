//! Unit tests of `cli`.

use super::args::{parse_args, parse_with_clap, plain_words};
use super::lookup::{Lookup, lookups};
use super::*;
use httpdex_catalog::Class;

fn env() -> Env {
    Env {
        lang: Lang::En,
        no_color: false,
        clicolor_force: false,
        dumb_terminal: false,
        columns: None,
        stdin_terminal: true,
        stdout_terminal: true,
        stderr_terminal: true,
        terminal_width: Some(100),
        today: crate::describe::Today::Day(20_000),
        default_options: Vec::new(),
    }
}

fn kinds(text: &str) -> Vec<Lookup> {
    let words: Vec<String> = text.split(' ').map(str::to_owned).collect();
    lookups(&words)
        .into_iter()
        .map(|(_, lookup)| lookup)
        .collect()
}

fn search(text: &str) -> Lookup {
    Lookup::Search(text.to_owned())
}

fn command_line(words: &[&str]) -> Vec<OsString> {
    std::iter::once("httpdex")
        .chain(words.iter().copied())
        .map(OsString::from)
        .collect()
}

#[test]
fn plain_words_are_parsed_as_clap_parses_them() {
    for words in [
        &["404"][..],
        &["gateway", "timeout"],
        &["gateway timeout"],
        &["409", "or", "412"],
        &["4xx", "50"],
        &["help"],
        &["version"],
        &["x=1"],
        &["接口参数校验失败"],
        &["--lang", "ja", "見つからない"],
        &["-L", "zh", "网关超时"],
        &["--lang=en", "gateway", "timeout"],
        &["--lang", "ZH", "504"],
    ] {
        let args = command_line(words);
        assert!(plain_words(&args).is_some(), "{words:?}");
        for lang in Lang::ALL {
            assert_eq!(
                parse_args(args.clone(), lang),
                parse_with_clap(&args, lang),
                "{words:?}"
            );
        }
    }
}

#[test]
fn options_empty_words_and_no_words_go_through_clap() {
    for words in [
        &[][..],
        &["-"],
        &["404", "--json"],
        &["-L", "ja"],
        &[""],
        &["--lang", "fr", "404"],
        &["--lang=", "404"],
        &["404", "--lang", "ja"],
        &["--lang", "ja", "--json", "404"],
    ] {
        assert_eq!(plain_words(&command_line(words)), None, "{words:?}");
    }
    let not_utf8 = std::os::unix::ffi::OsStringExt::from_vec(vec![b'4', 0xff]);
    assert_eq!(plain_words(&[OsString::from("httpdex"), not_utf8]), None);
}

proptest::proptest! {
    #[test]
    fn any_plain_words_parse_as_clap_parses_them(
        words in proptest::collection::vec("[a-zA-Z0-9あ漢 ./:_=x]{1,8}", 1..5),
    ) {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let args = command_line(&words);
        proptest::prop_assert_eq!(parse_args(args.clone(), Lang::En), parse_with_clap(&args, Lang::En));
    }

    #[test]
    fn plain_words_after_a_language_parse_as_clap_parses_them(
        option in proptest::sample::select(vec!["--lang", "-L", "--lang="]),
        lang in "(en|ja|zh|JA|fr|ja_JP|)",
        words in proptest::collection::vec("[a-zA-Z0-9あ漢 ./:_=x-]{1,8}", 1..4),
    ) {
        let mut words: Vec<String> = words;
        if option == "--lang=" {
            words.insert(0, format!("--lang={lang}"));
        } else {
            words.splice(0..0, [option.to_owned(), lang]);
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let args = command_line(&words);
        proptest::prop_assert_eq!(parse_args(args.clone(), Lang::En), parse_with_clap(&args, Lang::En));
    }
}

#[test]
fn operands_are_several_lookups_only_when_each_stands_alone() {
    assert_eq!(kinds("401 403"), [search("401"), search("403")]);
    assert_eq!(
        kinds("4xx 50"),
        [Lookup::Class(Class::ClientError), search("50")]
    );
    assert_eq!(kinds("404 Not Found"), [Lookup::Code(404)]);
    assert_eq!(kinds("HTTP/2 503"), [Lookup::Code(503)]);
    assert_eq!(kinds("gateway timeout"), [search("gateway timeout")]);
    assert_eq!(kinds("404 gone"), [Lookup::Code(404)]);
    assert_eq!(kinds("teapot 418"), [search("teapot 418")]);
    assert_eq!(kinds("409 or 412"), [search("409 or 412")]);
    assert_eq!(kinds("404 instead of 410"), [search("404 instead of 410")]);
}

#[test]
fn colour_choice_weighs_the_flag_then_the_environment() {
    let with = |no_color, clicolor_force, dumb_terminal| Env {
        no_color,
        clicolor_force,
        dumb_terminal,
        ..env()
    };
    let auto = ColorChoice::Auto;
    assert!(auto.colors(&env(), true));
    assert!(!auto.colors(&env(), false));
    assert!(auto.colors(&with(false, true, false), false));
    assert!(!auto.colors(&with(true, true, false), true));
    assert!(!auto.colors(&with(false, false, true), true));
    assert!(auto.colors(&with(false, true, true), false));
    assert!(ColorChoice::Always.colors(&with(true, false, true), false));
    assert!(!ColorChoice::Never.colors(&with(false, true, false), true));
}

#[test]
fn stdin_is_read_when_piped_with_nothing_to_look_up() {
    let piped = Env {
        stdin_terminal: false,
        ..env()
    };
    let reads = |args: &[&str], env: &Env| {
        let args = std::iter::once("httpdex").chain(args.iter().copied());
        matches!(plan(args, env), Plan::Read(_))
    };
    assert!(reads(&[], &piped));
    assert!(reads(&["--json"], &piped));
    assert!(reads(&["-"], &env()));
    assert!(!reads(&["404"], &piped));
    assert!(!reads(&["--list"], &piped));
    assert!(!reads(&[], &env()));
    assert!(matches!(
        plan(["httpdex"], &env()),
        Plan::Browse(Session { .. })
    ));
}

#[test]
fn columns_win_then_the_terminal_width_then_80() {
    assert_eq!(env().width(), 100);
    let columns = Env {
        columns: Some(60),
        ..env()
    };
    assert_eq!(columns.width(), 60);
    // `script` and some `docker exec -t` sessions report a width of 0.
    let zero = Env {
        terminal_width: Some(0),
        ..env()
    };
    assert_eq!(zero.width(), 80);
    let zero_with_columns = Env {
        columns: Some(72),
        ..zero.clone()
    };
    assert_eq!(zero_with_columns.width(), 72);
    let nothing = Env {
        terminal_width: None,
        columns: Some(0),
        ..env()
    };
    assert_eq!(nothing.width(), 80);
}

#[test]
fn the_browser_needs_both_streams_to_be_terminals() {
    let piped_out = Env {
        stdout_terminal: false,
        ..env()
    };
    let plan = plan(["httpdex", "-i"], &piped_out);
    assert!(matches!(
        plan,
        Plan::Print(Outcome {
            code: EXIT_USAGE,
            ..
        })
    ));
    let terminal = Env {
        stdin_terminal: true,
        ..env()
    };
    assert!(matches!(plan_of(&terminal), Plan::Browse(_)));
    let dumb = Env {
        dumb_terminal: true,
        ..terminal
    };
    assert!(matches!(
        plan_of(&dumb),
        Plan::Print(Outcome {
            code: EXIT_USAGE,
            ..
        })
    ));
}

fn plan_of(env: &Env) -> Plan {
    plan(["httpdex"], env)
}

#[test]
fn compare_without_codes_is_a_usage_error_on_a_terminal_too() {
    let env = env();
    assert!(env.stdin_terminal && env.stdout_terminal);
    let Plan::Print(outcome) = plan(["httpdex", "--compare"], &env) else {
        panic!("--compare alone opened the browser");
    };
    assert_eq!(outcome.code, EXIT_USAGE);
    assert!(
        outcome.stderr.contains("--compare needs"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn a_pattern_is_digits_with_a_wildcard_or_a_class() {
    for pattern in ["30[12]", "3.*", "4?9", "*4", "[45]0[0-4]"] {
        assert!(
            matches!(kinds(pattern)[..], [Lookup::Pattern(_)]),
            "{pattern}"
        );
    }
    for text in ["301", "4xx", "3.", "[12", "30]", "a*", "3 *"] {
        assert!(!matches!(kinds(text)[..], [Lookup::Pattern(_)]), "{text}");
    }
}

#[test]
fn httpdex_opts_come_before_the_command_line_which_wins() {
    let env = Env {
        default_options: vec!["--lang".into(), "ja".into(), "--json".into()],
        ..env()
    };
    let Plan::Print(outcome) = plan(["httpdex", "404"], &env) else {
        panic!("a lookup prints");
    };
    assert!(
        outcome.stdout.trim_start().starts_with('['),
        "--json from the environment"
    );
    assert!(
        outcome.stdout.contains("\"見つからない\""),
        "{}",
        outcome.stdout
    );
    let Plan::Print(english) = plan(["httpdex", "--lang", "en", "404"], &env) else {
        panic!("a lookup prints");
    };
    assert!(
        !english.stdout.contains("見つからない"),
        "{}",
        english.stdout
    );
}
