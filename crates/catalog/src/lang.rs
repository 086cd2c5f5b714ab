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

    /// How many languages there are, for per-language tables.
    pub const COUNT: usize = Lang::ALL.len();

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

    /// The language of a POSIX locale name such as `ja_JP.UTF-8`, if it is
    /// one httpdex speaks.
    ///
    /// Only the language part counts, so `zh_TW` and `zh_CN` both give Chinese.
    #[must_use]
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ja" => Some(Lang::Ja),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The language from the locale variables, given their values.
    ///
    /// As gettext does: the locale is the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set and not empty. Unless it is `C` or `POSIX` (or
    /// unset), `LANGUAGE`, a colon-separated list of preferences such as
    /// `ja:en`, is consulted first and its first language httpdex speaks wins;
    /// then the locale's own language; then English. Kept apart from reading
    /// the environment so it can be tested.
    #[must_use]
    pub fn from_env_values(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
        language: Option<&str>,
    ) -> Lang {
        let locale = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty());
        let Some(locale) = locale.filter(|l| !matches!(*l, "C" | "POSIX") && !l.starts_with("C."))
        else {
            return Lang::En;
        };
        language
            .unwrap_or_default()
            .split(':')
            .find_map(Lang::from_locale)
            .or_else(|| Lang::from_locale(locale))
            .unwrap_or(Lang::En)
    }

    /// The language from this process's locale variables.
    #[must_use]
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::from_env_values(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
            var("LANGUAGE").as_deref(),
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
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Some(Lang::Ja));
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("zh_TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale("de_DE"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn lc_all_wins_over_lc_messages_and_lang() {
        assert_eq!(
            Lang::from_env_values(Some("ja_JP"), Some("zh_CN"), Some("en_US"), None),
            Lang::Ja
        );
        assert_eq!(
            Lang::from_env_values(None, Some("zh_CN"), Some("ja_JP"), None),
            Lang::Zh
        );
        assert_eq!(
            Lang::from_env_values(None, None, Some("ja_JP"), None),
            Lang::Ja
        );
        assert_eq!(Lang::from_env_values(None, None, None, None), Lang::En);
    }

    #[test]
    fn empty_locale_variables_are_skipped() {
        assert_eq!(
            Lang::from_env_values(Some(""), Some(""), Some("zh_CN"), None),
            Lang::Zh
        );
    }

    #[test]
    fn language_lists_preferences_in_order_unless_the_locale_is_c() {
        let with =
            |language| Lang::from_env_values(None, None, Some("en_US.UTF-8"), Some(language));
        assert_eq!(with("ja:en"), Lang::Ja);
        assert_eq!(
            with("fr:zh_CN:ja"),
            Lang::Zh,
            "unknown languages are skipped"
        );
        assert_eq!(with("fr:de"), Lang::En, "then the locale decides");
        assert_eq!(with(""), Lang::En);
        assert_eq!(
            Lang::from_env_values(None, None, Some("de_DE.UTF-8"), Some("de:ja")),
            Lang::Ja
        );
        for c in ["C", "POSIX", "C.UTF-8"] {
            assert_eq!(
                Lang::from_env_values(Some(c), None, None, Some("ja")),
                Lang::En,
                "gettext ignores LANGUAGE under {c}"
            );
        }
        assert_eq!(
            Lang::from_env_values(None, None, None, Some("zh")),
            Lang::En
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
