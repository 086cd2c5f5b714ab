//! The languages httpdex speaks, and how the start language is chosen.

use std::fmt;

/// A language of the catalogue and of everything on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Ja,
    Zh,
}

impl Lang {
    /// Every language, in the order the language key cycles through them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Zh];

    /// The short code used by `--lang` and in JSON: `en`, `ja` or `zh`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
        }
    }

    /// Position in [`Lang::ALL`], for per-language arrays.
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// The language after this one: en -> ja -> zh -> en.
    #[must_use]
    pub fn next(self) -> Lang {
        Lang::ALL[(self.index() + 1) % Lang::ALL.len()]
    }

    /// Parses a `--lang` value; accepts the code in any case.
    #[must_use]
    pub fn parse(value: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(value))
    }

    /// The language of a POSIX locale name such as `ja_JP.UTF-8`.
    ///
    /// Only the language part counts, so `zh_TW` and `zh_CN` both give Chinese
    /// and `C`, `POSIX` or anything unknown give English.
    #[must_use]
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "ja" => Lang::Ja,
            "zh" => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// The language from the locale variables, given their values.
    ///
    /// POSIX precedence: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty decides. Kept apart from reading the environment so
    /// it can be tested.
    #[must_use]
    pub fn from_env_values(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())
            .map_or(Lang::En, Lang::from_locale)
    }

    /// The language from this process's locale variables.
    #[must_use]
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_env_values(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Fills `{name}` placeholders of a catalogue message.
///
/// Unknown placeholders are left as they are, so a translator's typo shows up
/// on screen instead of vanishing.
#[must_use]
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_map_to_their_language() {
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Lang::Ja);
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("zh_TW"), Lang::Zh);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale("POSIX"), Lang::En);
        assert_eq!(Lang::from_locale("de_DE"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn lc_all_wins_over_lc_messages_and_lang() {
        assert_eq!(
            Lang::from_env_values(Some("ja_JP"), Some("zh_CN"), Some("en_US")),
            Lang::Ja
        );
        assert_eq!(
            Lang::from_env_values(None, Some("zh_CN"), Some("ja_JP")),
            Lang::Zh
        );
        assert_eq!(Lang::from_env_values(None, None, Some("ja_JP")), Lang::Ja);
        assert_eq!(Lang::from_env_values(None, None, None), Lang::En);
    }

    #[test]
    fn empty_locale_variables_are_skipped() {
        assert_eq!(
            Lang::from_env_values(Some(""), Some(""), Some("zh_CN")),
            Lang::Zh
        );
    }

    #[test]
    fn languages_cycle_en_ja_zh() {
        assert_eq!(Lang::En.next(), Lang::Ja);
        assert_eq!(Lang::Ja.next(), Lang::Zh);
        assert_eq!(Lang::Zh.next(), Lang::En);
    }

    #[test]
    fn lang_values_parse_in_any_case_and_reject_others() {
        assert_eq!(Lang::parse("JA"), Some(Lang::Ja));
        assert_eq!(Lang::parse("zh"), Some(Lang::Zh));
        assert_eq!(Lang::parse("xx"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(fill("{a} of {b}", &[("a", "3"), ("b", "9")]), "3 of 9");
        assert_eq!(fill("{unknown}", &[("a", "3")]), "{unknown}");
    }
}
