//! Every message, label and hint the program shows, grouped by where it
//! appears; one [`Strings`] per language, compiled in from `assets/`.
//!
//! The groups are declared once, here; the build script reads the field
//! lists ([`GROUPS`]) to check each language file has exactly these keys and
//! to write the tables. Words for an enum's values are arrays indexed by the
//! enum, not a `match` per enum.

macro_rules! strings {
    (
        $(
            $(#[$meta:meta])*
            $group:ident: $kind:tt $name:ident { $($field:ident),* $(,)? }
        )*
    ) => {
        $( strings!(@item $(#[$meta])* $kind $name { $($field),* }); )*

        /// Everything one language says outside the entries.
        #[derive(Debug)]
        pub struct Strings {
            $( $(#[$meta])* pub $group: $name, )*
        }

        /// Each group: its table in a language file, whether it is a
        /// `struct` or an enum-indexed `table`, the Rust type, the keys.
        pub const GROUPS: &[Group] = &[
            $( Group {
                key: stringify!($group),
                table: matches!(stringify!($kind).as_bytes(), b"table"),
                type_name: stringify!($name),
                fields: &[$(stringify!($field)),*],
            }, )*
        ];
    };
    (@item $(#[$meta:meta])* struct $name:ident { $($field:ident),* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        #[allow(missing_docs)]
        pub struct $name { $(pub $field: &'static str,)* }
    };
    (@item $(#[$meta:meta])* table $name:ident { $($field:ident),* }) => {
        $(#[$meta])*
        pub type $name = [&'static str; [$(stringify!($field)),*].len()];
    };
}

strings! {
    /// Labels of an entry's facts, on the command line and in the browser.
    labels: struct Labels {
        class, status, meaning, scenario, reference, aliases, headers, cache, kind,
        constants, see_also, wire, documented,
    }
    /// Phrases that state a fact, with `{placeholders}`.
    facts: struct Facts {
        temporary_remaining, temporary_ended, registered_as_of, registry_note, unofficial_origin,
        header_response, header_cause, header_missing, header_condition, constant_since,
        constant_earlier, constant_deprecated, kind_interim, kind_final, redirect_permanent,
        redirect_temporary, redirect_neither, aside, separator,
    }
    /// Registry statuses, indexed by [`crate::Status`].
    status: table StatusWords { standard, temporary, deprecated, unused, obsolete, unofficial }
    /// Requirement levels of a response field: MUST, SHOULD, MAY.
    level: table LevelWords { MUST, SHOULD, MAY }
    /// Caching, in a sentence, indexed by [`crate::Cache`].
    cache: table CacheWords { heuristic, explicit, never, interim }
    /// Caching in a word or two, for tables.
    cache_short: table CacheShortWords { heuristic, explicit, never, interim }
    /// The category of a code's RFC, by [`crate::Category`].
    category: table CategoryWords { experimental, informational, historic }
    /// What following a redirect does to the method, by [`crate::RedirectMethod`].
    method: table MethodWords { kept, may_change, to_get }
    /// The comparison of related codes.
    compare: struct Compare { title, code, permanence, method, cache, headers }
    /// The interactive browser's own texts.
    browser: struct Browser {
        search_title, search_placeholder, list_title, detail_title, no_match,
        nothing_selected, help_title, help_browse, help_search, help_anywhere,
        help_menu, count, copied, copy_menu, no_constants, back_empty, help_detail, help_pick,
        not_scanned, more_keys,
    }
    /// What each key does, in the footer and the help overlay, indexed by
    /// `keymap::Say`.
    actions: table ActionWords {
        move_, page, ends, search, scroll_detail, language, help, toggle_detail,
        quit, type_, delete, keep_filter, clear_filter, follow, back, compare, copy,
        copy_constant, choose, close, suspend, scroll, half_page, to_list,
        cursor, line_ends, delete_word, kill_start, kill_end, top_bottom, pick, cancel,
    }
    /// Command-line help.
    cli: struct Cli {
        about, arg_query, opt_list, opt_short, opt_json, opt_lang, opt_constant, opt_interactive,
        opt_help, opt_version, heading_usage, heading_arguments, heading_options, examples,
        try_help, opt_compare, opt_color, more_help, version_registry, version_libraries,
        opt_completions, opt_man, opt_scan, opt_field, opt_json_field,
        opt_pick, opt_theme, opt_ascii, phrase_and_title,
    }
    /// Command-line messages.
    errors: struct Errors {
        no_match, unknown_code, near_codes, bad_lang, bad_library, no_constant,
        nothing_to_print, not_a_terminal, dumb_terminal, unknown_option, invalid_utf8,
        list_and_query, dash_and_query, stdin_read, stdin_empty, stdin_unrecognised,
        stdin_truncated, stdin_skipped, conflict, did_you_mean, bad_value, constant_needs_query, compare_needs_query, several_matches,
        needs_scan, scan_needs_input, cannot_read, no_status,
    }
    /// Responses read from standard input: the check of a header field.
    stdin: struct Stdin {
        check_present, check_missing, check_absent, check_malformed, sent_by, check_line,
    }
    /// The table of `--scan`.
    scan: struct ScanWords {
        summary, summary_one, formats, load_balancer, target, no_target, unknown, unparsed,
        unparsed_one, sample,
    }
}

/// One group of [`Strings`], as the build script needs to know it.
#[derive(Debug)]
pub struct Group {
    /// The group's table in a language file, and its field in [`Strings`].
    pub key: &'static str,
    /// An array indexed by an enum, rather than a struct.
    pub table: bool,
    pub type_name: &'static str,
    pub fields: &'static [&'static str],
}

/// The key of a field in the asset files: Rust keywords carry a trailing
/// underscore here (`move_`) but not there (`move`).
#[must_use]
pub fn asset_key(field: &str) -> &str {
    field.strip_suffix('_').unwrap_or(field)
}
