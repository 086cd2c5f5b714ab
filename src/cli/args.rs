//! The command line as typed: parsing it (plain words without clap, the
//! rest with it), the help text in each language, completions, the man page
//! and the version.

use std::ffi::OsString;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use clap_complete::Shell;

use crate::logs;
use crate::text::excerpt;
use crate::tui::theme::Background;
use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{self as catalog};

use super::lookup::found;
use super::{ColorChoice, EXCERPT, Options, Outcome, Parsed};
/// Parses the arguments (program name first).
///
/// Help is shown in the language the user asked for with `--lang`, or else
/// in `env_lang`, so it is read before the real parse.
pub fn parse_args<I>(args: I, env_lang: Lang) -> Parsed
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    match plain_words(&args) {
        Some((lang, operands)) => {
            Parsed::Run(Options::looking_up(operands, lang.unwrap_or(env_lang)))
        }
        None => parse_with_clap(&args, env_lang),
    }
}

/// The words of a command line with no options but a language first
/// (`httpdex 404`, `httpdex gateway timeout`, `httpdex --lang ja 404`), the
/// commonest ones, which need no option parser: building clap's command and
/// matches would be a sixth of such a run. `None` if any other word starts
/// with `-`, is empty or is not UTF-8, or the language is not one.
pub(crate) fn plain_words(args: &[OsString]) -> Option<(Option<Lang>, Vec<String>)> {
    let words = args.get(1..)?;
    let (lang, words) = match words {
        [option, value, rest @ ..] if option == "--lang" || option == "-L" => {
            (Some(Lang::parse(value.to_str()?)?), rest)
        }
        [option, rest @ ..] => match option.to_str()?.strip_prefix("--lang=") {
            Some(value) => (Some(Lang::parse(value)?), rest),
            None => (None, words),
        },
        [] => return None,
    };
    let words = Some(words).filter(|words| !words.is_empty())?;
    let words: Option<Vec<String>> = words
        .iter()
        .map(|word| {
            word.to_str()
                .filter(|word| !word.is_empty() && !word.starts_with('-'))
                .map(str::to_owned)
        })
        .collect();
    Some((lang, words?))
}

/// [`parse_args`] for any command line.
pub(crate) fn parse_with_clap(args: &[OsString], env_lang: Lang) -> Parsed {
    let lang = requested_lang(args).unwrap_or(env_lang);
    let errors = &lang.strings().errors;
    let matches = match command(lang).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(err) => return Parsed::Exit(clap_outcome(&err, lang)),
    };
    let lang = if let Some(value) = matches.get_one::<String>("lang") {
        let Some(lang) = Lang::parse(value) else {
            let message = fill(errors.bad_lang, &[("lang", &excerpt(value, EXCERPT))]);
            return Parsed::Exit(Outcome::usage_error(&message, lang));
        };
        lang
    } else {
        lang
    };
    let constant = if let Some(value) = matches.get_one::<String>("constant") {
        let found = catalog::library(value);
        if found.is_none() {
            let message = fill(
                errors.bad_library,
                &[
                    ("library", &excerpt(value, EXCERPT)),
                    ("libraries", &library_keys().join(", ")),
                ],
            );
            return Parsed::Exit(Outcome::usage_error(&message, lang));
        }
        found
    } else {
        None
    };
    if matches.get_flag("version") {
        return Parsed::Exit(found(version(lang)));
    }
    if let Some(&shell) = matches.get_one::<Shell>("completions") {
        return Parsed::Exit(found(completions(shell, lang)));
    }
    if matches.get_flag("man") {
        return Parsed::Exit(found(man_page(lang)));
    }
    let mut operands: Vec<String> = matches
        .get_many::<String>("query")
        .map(|words| words.cloned().collect())
        .unwrap_or_default();
    if matches.get_flag("scan") {
        return scan_options(&matches, operands, lang);
    }
    if let Err(outcome) = log_format(&matches, lang) {
        return Parsed::Exit(outcome);
    }
    let list = matches.get_flag("list");
    if list && !operands.is_empty() {
        return Parsed::Exit(Outcome::usage_error(errors.list_and_query, lang));
    }
    let stdin = operands.iter().any(|word| word == "-");
    if stdin {
        if operands.len() > 1 {
            return Parsed::Exit(Outcome::usage_error(errors.dash_and_query, lang));
        }
        if matches.get_flag("interactive") {
            return Parsed::Exit(conflict("-", "--interactive", lang));
        }
        operands.clear();
    }
    // Comparing needs codes, whether or not a terminal could browse.
    if matches.get_flag("compare") && operands.is_empty() && !stdin {
        return Parsed::Exit(Outcome::usage_error(errors.compare_needs_query, lang));
    }
    // Picking with -c prints the constant of the code picked.
    if constant.is_some() && operands.is_empty() && !list && !matches.get_flag("pick") {
        return Parsed::Exit(Outcome::usage_error(errors.constant_needs_query, lang));
    }
    let color = color_choice(&matches);
    Parsed::Run(Options {
        stdin,
        compare: matches.get_flag("compare"),
        short: matches.get_flag("short"),
        list,
        json: matches.get_flag("json"),
        interactive: matches.get_flag("interactive"),
        pick: matches.get_flag("pick"),
        theme: theme(&matches),
        ascii: matches.get_flag("ascii"),
        constant,
        color,
        ..Options::looking_up(operands, lang)
    })
}

/// `--field N` or `--json-field NAME`, which only `--scan` reads.
pub(crate) fn log_format(
    matches: &clap::ArgMatches,
    lang: Lang,
) -> Result<Option<logs::Format>, Outcome> {
    let format = match (
        matches.get_one::<u32>("field"),
        matches.get_one::<String>("json_field"),
    ) {
        (Some(&n), _) => Some(logs::Format::Field(n as usize)),
        (None, Some(key)) => Some(logs::Format::JsonField(key.clone())),
        (None, None) => None,
    };
    if format.is_some() && !matches.get_flag("scan") {
        let option = if matches.contains_id("field") {
            "--field"
        } else {
            "--json-field"
        };
        let message = fill(lang.strings().errors.needs_scan, &[("option", option)]);
        return Err(Outcome::usage_error(&message, lang));
    }
    Ok(format)
}

/// `--color WHEN`.
pub(crate) fn color_choice(matches: &clap::ArgMatches) -> ColorChoice {
    match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => ColorChoice::Always,
        Some("never") => ColorChoice::Never,
        _ => ColorChoice::Auto,
    }
}

/// The options of `--scan`, whose operands are files.
pub(crate) fn scan_options(
    matches: &clap::ArgMatches,
    operands: Vec<String>,
    lang: Lang,
) -> Parsed {
    match log_format(matches, lang) {
        Ok(log_format) => Parsed::Run(Options {
            // The operands are files, not words to look up.
            query: String::new(),
            json: matches.get_flag("json"),
            interactive: matches.get_flag("interactive"),
            theme: theme(matches),
            ascii: matches.get_flag("ascii"),
            color: color_choice(matches),
            scan: true,
            log_format,
            ..Options::looking_up(operands, lang)
        }),
        Err(outcome) => Parsed::Exit(outcome),
    }
}

/// The `--theme` value: `None` for `auto` or none given (ask the terminal).
pub(crate) fn theme(matches: &clap::ArgMatches) -> Option<Background> {
    match matches.get_one::<String>("theme").map(String::as_str) {
        Some("dark") => Some(Background::Dark),
        Some("light") => Some(Background::Light),
        _ => None,
    }
}

/// The `--lang` value, if it is given and valid, before a full parse.
pub(crate) fn requested_lang(args: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        if let Some(value) = arg
            .strip_prefix("--lang=")
            .or_else(|| arg.strip_prefix("-L").filter(|v| !v.is_empty()))
        {
            Lang::parse(value)
        } else if *arg == "--lang" || *arg == "-L" {
            args.get(i + 1).and_then(|value| Lang::parse(value))
        } else {
            None
        }
    })
}

/// What `--completions` and `--man` print instead of any lookup.
pub(crate) const SHELL_CONFLICTS: [&str; 9] = [
    "query",
    "short",
    "scan",
    "list",
    "json",
    "constant",
    "interactive",
    "compare",
    "color",
];

/// The argument parser, with help text in `lang`.
pub(crate) fn command(lang: Lang) -> Command {
    let cli = &lang.strings().cli;
    let template = format!(
        "{{about}}\n\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        cli.heading_usage
    );
    Command::new("httpdex")
        .version(env!("CARGO_PKG_VERSION"))
        .about(cli.about)
        .help_template(template)
        .after_help(cli.examples)
        .after_long_help(format!("{}\n\n{}", cli.examples, cli.more_help))
        .disable_help_flag(true)
        .args_override_self(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("query")
                .value_name("QUERY")
                .num_args(1..)
                .help(cli.arg_query)
                .help_heading(cli.heading_arguments),
        )
        .next_help_heading(cli.heading_options)
        .args(output_args(cli))
        .arg(
            Arg::new("compare")
                .long("compare")
                .action(ArgAction::SetTrue)
                .conflicts_with("constant")
                .help(cli.opt_compare),
        )
        .arg(
            Arg::new("lang")
                .short('L')
                .long("lang")
                .value_name("LANG")
                .help(cli.opt_lang),
        )
        .arg(
            Arg::new("constant")
                .short('c')
                .long("constant")
                .value_name("LIBRARY")
                .help(fill(
                    cli.opt_constant,
                    &[("libraries", &library_keys().join(", "))],
                )),
        )
        .arg(
            Arg::new("interactive")
                .short('i')
                .long("interactive")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["json", "constant", "compare", "list"])
                .help(cli.opt_interactive),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .value_parser(["auto", "always", "never"])
                .hide_possible_values(true)
                .help(cli.opt_color),
        )
        .arg(
            Arg::new("pick")
                .long("pick")
                .action(ArgAction::SetTrue)
                .help(cli.opt_pick),
        )
        .arg(
            Arg::new("theme")
                .long("theme")
                .value_name("THEME")
                .value_parser(["auto", "dark", "light"])
                .hide_possible_values(true)
                .help(cli.opt_theme),
        )
        .arg(
            Arg::new("ascii")
                .long("ascii")
                .action(ArgAction::SetTrue)
                .help(cli.opt_ascii),
        )
        .args(scan_args(cli))
        .args(program_args(cli))
}

/// `--list`, `--json` and `--short`: what the output of a lookup is.
fn output_args(cli: &httpdex_catalog::strings::Cli) -> [Arg; 3] {
    [
        Arg::new("list")
            .short('l')
            .long("list")
            .action(ArgAction::SetTrue)
            .help(cli.opt_list),
        Arg::new("json")
            .short('j')
            .long("json")
            .action(ArgAction::SetTrue)
            .help(cli.opt_json),
        Arg::new("short")
            .short('s')
            .long("short")
            .action(ArgAction::SetTrue)
            .conflicts_with_all(["json", "compare", "constant"])
            .help(cli.opt_short),
    ]
}

/// `--scan` and the options that tell it where the status is.
pub(crate) fn scan_args(cli: &httpdex_catalog::strings::Cli) -> [Arg; 3] {
    [
        Arg::new("scan")
            .long("scan")
            .action(ArgAction::SetTrue)
            .conflicts_with_all(["list", "compare", "constant"])
            .help(cli.opt_scan),
        Arg::new("field")
            .long("field")
            .value_name("N")
            .value_parser(clap::value_parser!(u32).range(1..))
            .conflicts_with("json_field")
            .help(cli.opt_field),
        Arg::new("json_field")
            .long("json-field")
            .value_name("NAME")
            .value_parser(clap::builder::NonEmptyStringValueParser::new())
            .help(cli.opt_json_field),
    ]
}

/// The options about the program itself: shell integration, help, version.
pub(crate) fn program_args(cli: &httpdex_catalog::strings::Cli) -> [Arg; 4] {
    [
        Arg::new("completions")
            .long("completions")
            .value_name("SHELL")
            .value_parser(clap::value_parser!(Shell))
            .hide_possible_values(true)
            .conflicts_with_all(SHELL_CONFLICTS)
            .help(cli.opt_completions),
        Arg::new("man")
            .long("man")
            .action(ArgAction::SetTrue)
            .conflicts_with_all(SHELL_CONFLICTS)
            .help(cli.opt_man),
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(cli.opt_help),
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::SetTrue)
            .help(cli.opt_version),
    ]
}

/// Turns a clap stop (help, or an error) into what to print, in `lang`.
pub(crate) fn clap_outcome(err: &clap::Error, lang: Lang) -> Outcome {
    let errors = &lang.strings().errors;
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(text)) => excerpt(text, EXCERPT),
        Some(ContextValue::Strings(texts)) => excerpt(&texts.join(", "), 200),
        _ => String::new(),
    };
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let mut stdout = err.render().to_string();
            if !stdout.ends_with('\n') {
                stdout.push('\n');
            }
            found(stdout)
        }
        ErrorKind::UnknownArgument => {
            let mut message = fill(
                errors.unknown_option,
                &[("option", &context(ContextKind::InvalidArg))],
            );
            let suggested = context(ContextKind::SuggestedArg);
            if !suggested.is_empty() {
                message.push_str(&fill(errors.did_you_mean, &[("option", &suggested)]));
            }
            Outcome::usage_error(&message, lang)
        }
        ErrorKind::ArgumentConflict => conflict(
            &context(ContextKind::InvalidArg),
            &context(ContextKind::PriorArg),
            lang,
        ),
        ErrorKind::InvalidValue => {
            let message = fill(
                errors.bad_value,
                &[
                    ("value", &context(ContextKind::InvalidValue)),
                    ("option", &context(ContextKind::InvalidArg)),
                    ("values", &context(ContextKind::ValidValue)),
                ],
            );
            Outcome::usage_error(&message, lang)
        }
        ErrorKind::InvalidUtf8 => Outcome::usage_error(errors.invalid_utf8, lang),
        _ => {
            // clap's own sentence, without its "error: " prefix and usage block.
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let message = first.strip_prefix("error: ").unwrap_or(first);
            Outcome::usage_error(&excerpt(message, 200), lang)
        }
    }
}

/// Two options that cannot work together.
pub(crate) fn conflict(option: &str, other: &str, lang: Lang) -> Outcome {
    let message = fill(
        lang.strings().errors.conflict,
        &[("option", option), ("other", other)],
    );
    Outcome::usage_error(&message, lang)
}

/// `--completions SHELL`: the completion script for `shell`, from the same
/// parser the program uses, so they cannot disagree.
pub(crate) fn completions(shell: Shell, lang: Lang) -> String {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(lang), "httpdex", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

/// The `--constant` keys, in display order.
pub(crate) fn library_keys() -> Vec<&'static str> {
    catalog::libraries().iter().map(|l| l.key).collect()
}

/// `--man`: the manual page in roff, with the help text of `lang`. The
/// examples, exit statuses and environment keep their lines and columns
/// (`.nf`), which `clap_mangen`'s own extra section would fill into one
/// paragraph.
pub(crate) fn man_page(lang: Lang) -> String {
    let cli = &lang.strings().cli;
    let man = clap_mangen::Man::new(command(lang));
    let mut page = Vec::new();
    let sections = [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ];
    for render in sections {
        render(&man, &mut page).expect("writing to memory cannot fail");
    }
    let mut page = String::from_utf8_lossy(&page).into_owned();
    let more = format!("{}\n\n{}", cli.examples.trim(), cli.more_help.trim());
    let (title, body) = more.split_once('\n').unwrap_or((&more, ""));
    let title = title.trim_end_matches([':', '：']);
    let _ = writeln!(page, ".SH \"{}\"\n.nf", roff_escape(title));
    for line in body.lines() {
        let _ = writeln!(page, "{}", roff_escape(line));
    }
    let _ = writeln!(page, ".fi\n.SH VERSION\n{}", env!("CARGO_PKG_VERSION"));
    page
}

/// Text as roff shows it literally: backslashes and hyphens escaped, and a
/// leading dot or quote kept from reading as a request.
pub(crate) fn roff_escape(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// `--version`: the version, the registry snapshot the catalogue follows,
/// and the library releases its constants were checked against.
pub(crate) fn version(lang: Lang) -> String {
    let cli = &lang.strings().cli;
    let mut out = format!("httpdex {}\n", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(
        out,
        "{}",
        fill(
            cli.version_registry,
            &[("date", catalog::REGISTRY_SNAPSHOT)]
        )
    );
    let _ = writeln!(out, "{}", cli.version_libraries);
    let key_width = catalog::libraries()
        .iter()
        .map(|l| l.key.len())
        .max()
        .unwrap_or(0);
    for library in catalog::libraries() {
        let _ = writeln!(
            out,
            "  {:key_width$}  {} {}",
            library.key, library.name, library.version
        );
    }
    out
}
