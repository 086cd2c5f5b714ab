//! The embedded catalogue: facts and per-language text from `assets/`,
//! parsed and checked once.
//!
//! Facts that do not depend on a language (code, phrase, status, reference)
//! live in `codes.toml`; each language has one file with the text people
//! read. Adding a language means adding one file; a translator never edits
//! facts.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The asset files, compiled into the binary.
const CODES: Source = Source {
    name: "assets/codes.toml",
    text: include_str!("../assets/codes.toml"),
};
const TEXTS: [Source; 3] = [
    Source {
        name: "assets/en.toml",
        text: include_str!("../assets/en.toml"),
    },
    Source {
        name: "assets/ja.toml",
        text: include_str!("../assets/ja.toml"),
    },
    Source {
        name: "assets/zh.toml",
        text: include_str!("../assets/zh.toml"),
    },
];

/// One asset: its path (for messages) and its contents.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub name: &'static str,
    pub text: &'static str,
}

/// The five classes of status codes (RFC 9110 §15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Informational = 1,
    Successful = 2,
    Redirection = 3,
    ClientError = 4,
    ServerError = 5,
}

impl Class {
    /// All classes, from 1xx to 5xx.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of a code, from its first digit; `None` outside 100..=599.
    #[must_use]
    pub fn of(code: u16) -> Option<Class> {
        Class::from_digit(code / 100)
    }

    /// The class whose codes start with `digit` (1 to 5).
    #[must_use]
    pub fn from_digit(digit: u16) -> Option<Class> {
        Class::ALL.get(usize::from(digit).wrapping_sub(1)).copied()
    }

    /// The first digit of its codes.
    #[must_use]
    pub fn digit(self) -> u8 {
        self as u8
    }

    /// Its usual short name: `1xx` to `5xx`.
    #[must_use]
    pub fn label(self) -> &'static str {
        ["1xx", "2xx", "3xx", "4xx", "5xx"][self.index()]
    }

    /// Position in [`Class::ALL`].
    #[must_use]
    pub fn index(self) -> usize {
        usize::from(self.digit()) - 1
    }
}

/// Where a code stands in the IANA registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Registered and defined by a published specification.
    Standard,
    /// A temporary registration for a draft, with an expiry date.
    Temporary,
    /// Registered, but its specification advises against using it.
    Deprecated,
    /// Reserved; the specification says it is not used (306, 418).
    Unused,
    /// Its specification was obsoleted or moved to Historic (510).
    Obsolete,
    /// Not in the registry; sent by some vendor's software.
    Unofficial,
}

impl Status {
    /// The name used in JSON and in the asset files.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Status::Standard => "standard",
            Status::Temporary => "temporary",
            Status::Deprecated => "deprecated",
            Status::Unused => "unused",
            Status::Obsolete => "obsolete",
            Status::Unofficial => "unofficial",
        }
    }
}

/// Dates of a temporary registration, as the registry gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Registration {
    pub registered: String,
    pub extended: Option<String>,
    pub expires: String,
}

/// The language-neutral facts of one entry, as written in `codes.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Facts {
    code: u16,
    id: Option<String>,
    phrase: String,
    status: Status,
    origin: Option<String>,
    reference: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    registered: Option<String>,
    extended: Option<String>,
    expires: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    entry: Vec<Facts>,
}

/// The text of one entry in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryText {
    /// A short gloss of the phrase.
    pub title: String,
    /// What the code means, in one to three sentences.
    pub meaning: String,
    /// When one typically meets it.
    pub scenario: String,
}

/// The localized name and description of a class.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassText {
    pub name: String,
    pub description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageInfo {
    name: String,
}

/// Every message, label and hint the program shows, in one language.
///
/// A missing or misspelt key fails parsing, naming the file and the key.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Ui {
    pub label_class: String,
    pub label_status: String,
    pub label_meaning: String,
    pub label_scenario: String,
    pub label_reference: String,
    pub label_aliases: String,
    pub status_standard: String,
    pub status_temporary: String,
    pub status_deprecated: String,
    pub status_unused: String,
    pub status_obsolete: String,
    pub status_unofficial: String,
    pub temporary_dates: String,
    pub unofficial_origin: String,
    pub err_no_match: String,
    pub err_unknown_code: String,
    pub err_near_codes: String,
    pub err_bad_lang: String,
    pub err_nothing_to_print: String,
    pub err_not_a_terminal: String,
    pub err_dumb_terminal: String,
    pub cli_try_help: String,
    pub cli_about: String,
    pub cli_arg_query: String,
    pub cli_opt_list: String,
    pub cli_opt_json: String,
    pub cli_opt_lang: String,
    pub cli_opt_interactive: String,
    pub cli_opt_help: String,
    pub cli_opt_version: String,
    pub cli_heading_usage: String,
    pub cli_heading_arguments: String,
    pub cli_heading_options: String,
    pub err_unknown_option: String,
    pub err_invalid_utf8: String,
    pub err_list_and_query: String,
    pub cli_examples: String,
    pub tui_search_title: String,
    pub tui_search_placeholder: String,
    pub tui_list_title: String,
    pub tui_detail_title: String,
    pub tui_no_match: String,
    pub tui_nothing_selected: String,
    pub tui_help_title: String,
    pub tui_help_dismiss: String,
    pub tui_help_browse: String,
    pub tui_help_search: String,
    pub tui_help_anywhere: String,
    pub tui_count: String,
    pub action_move: String,
    pub action_page: String,
    pub action_ends: String,
    pub action_jump_class: String,
    pub action_search: String,
    pub action_scroll_detail: String,
    pub action_language: String,
    pub action_help: String,
    pub action_toggle_detail: String,
    pub action_quit: String,
    pub action_type: String,
    pub action_delete: String,
    pub action_keep_filter: String,
    pub action_clear_filter: String,
}

impl Ui {
    /// The localized name of a registry status.
    #[must_use]
    pub fn status(&self, status: Status) -> &str {
        match status {
            Status::Standard => &self.status_standard,
            Status::Temporary => &self.status_temporary,
            Status::Deprecated => &self.status_deprecated,
            Status::Unused => &self.status_unused,
            Status::Obsolete => &self.status_obsolete,
            Status::Unofficial => &self.status_unofficial,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextFile {
    language: LanguageInfo,
    ui: Ui,
    classes: BTreeMap<String, ClassText>,
    entries: BTreeMap<String, EntryText>,
}

/// Everything one language says: its name, the UI strings and class texts.
#[derive(Debug)]
pub struct Texts {
    /// The language's own name for itself ("日本語").
    pub name: String,
    pub ui: Ui,
    classes: [ClassText; 5],
}

impl Texts {
    /// The localized name and description of a class.
    #[must_use]
    pub fn class(&self, class: Class) -> &ClassText {
        &self.classes[class.index()]
    }
}

/// One meaning of one status code, with its text in every language.
#[derive(Debug)]
pub struct Entry {
    /// Unique key: the code, or `code-vendor` where a number has several meanings.
    pub id: String,
    pub code: u16,
    pub class: Class,
    /// The registered reason phrase, in English as sent on the wire.
    pub phrase: String,
    pub status: Status,
    /// Who uses an unofficial code.
    pub origin: Option<String>,
    /// The specification section or vendor document that defines it.
    pub reference: Option<String>,
    /// Former and other common names.
    pub aliases: Vec<String>,
    /// Dates, for a temporary registration.
    pub registration: Option<Registration>,
    texts: [EntryText; 3],
}

impl Entry {
    /// The entry's text in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> &EntryText {
        &self.texts[lang.index()]
    }
}

/// The whole catalogue: entries ordered by code, and each language's texts.
#[derive(Debug)]
pub struct Catalog {
    entries: Vec<Entry>,
    texts: [Texts; 3],
}

/// A problem in an asset file, naming the file and, where known, the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub file: &'static str,
    pub entry: Option<String>,
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(entry) => write!(f, "{}: entry {entry}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for CatalogError {}

impl Catalog {
    /// The catalogue compiled into this binary, parsed on first use.
    ///
    /// # Errors
    /// Returns the first problem found in the embedded assets. The test
    /// suite loads them too, so a broken asset fails the tests, not a user.
    pub fn embedded() -> Result<&'static Catalog, &'static CatalogError> {
        static CATALOG: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();
        CATALOG
            .get_or_init(|| Catalog::parse(CODES, TEXTS))
            .as_ref()
    }

    /// Parses and cross-checks a facts file and one text file per language.
    ///
    /// # Errors
    /// Names the file and entry of the first problem: bad TOML, a missing or
    /// unknown field, a code out of range, a duplicate, a status without the
    /// facts it needs, or text missing or left over in a language.
    pub fn parse(codes: Source, texts: [Source; 3]) -> Result<Catalog, CatalogError> {
        let facts: FactsFile = toml::from_str(codes.text).map_err(|e| CatalogError {
            file: codes.name,
            entry: None,
            message: e.to_string(),
        })?;
        let mut files = Vec::with_capacity(texts.len());
        for source in texts {
            let file: TextFile = toml::from_str(source.text).map_err(|e| CatalogError {
                file: source.name,
                entry: None,
                message: e.to_string(),
            })?;
            files.push((source.name, file));
        }

        let mut seen = HashSet::new();
        let mut entries = Vec::with_capacity(facts.entry.len());
        for fact in facts.entry {
            let id = fact.id.clone().unwrap_or_else(|| fact.code.to_string());
            if !seen.insert(id.clone()) {
                return Err(CatalogError {
                    file: codes.name,
                    entry: Some(id),
                    message: "appears twice".into(),
                });
            }
            let mut texts = Vec::with_capacity(files.len());
            for (name, file) in &mut files {
                texts.push(take_text(name, &mut file.entries, &id)?);
            }
            let texts = texts.try_into().expect("one text per language file");
            entries.push(build_entry(codes.name, id, fact, texts)?);
        }
        entries.sort_by_key(|entry| entry.code);

        let mut languages = Vec::with_capacity(files.len());
        for (name, mut file) in files {
            if let Some(id) = file.entries.keys().next() {
                return Err(CatalogError {
                    file: name,
                    entry: Some(id.clone()),
                    message: "text for an entry that codes.toml does not have".into(),
                });
            }
            let mut classes = Vec::with_capacity(Class::ALL.len());
            for class in Class::ALL {
                let text = file
                    .classes
                    .remove(class.label())
                    .ok_or_else(|| CatalogError {
                        file: name,
                        entry: Some(class.label().into()),
                        message: "no text for this class".into(),
                    })?;
                classes.push(text);
            }
            if let Some(label) = file.classes.keys().next() {
                return Err(CatalogError {
                    file: name,
                    entry: Some(label.clone()),
                    message: "not a class (use 1xx to 5xx)".into(),
                });
            }
            languages.push(Texts {
                name: file.language.name,
                ui: file.ui,
                classes: classes.try_into().expect("five classes"),
            });
        }

        Ok(Catalog {
            entries,
            texts: languages.try_into().expect("one text file per language"),
        })
    }

    /// Every entry, ordered by code.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The texts of one language.
    #[must_use]
    pub fn texts(&self, lang: Lang) -> &Texts {
        &self.texts[lang.index()]
    }

    /// The UI strings of one language.
    #[must_use]
    pub fn ui(&self, lang: Lang) -> &Ui {
        &self.texts(lang).ui
    }

    /// The entries with this code (several where vendors disagree).
    pub fn by_code(&self, code: u16) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |entry| entry.code == code)
    }

    /// The entries of one class, in code order.
    pub fn by_class(&self, class: Class) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(move |entry| entry.class == class)
    }

    /// Up to `limit` known codes nearest to `code`, nearest first.
    #[must_use]
    pub fn near_codes(&self, code: u32, limit: usize) -> Vec<u16> {
        let mut codes: Vec<u16> = self.entries.iter().map(|entry| entry.code).collect();
        codes.dedup();
        codes.sort_by_key(|&known| (u32::from(known).abs_diff(code), known));
        codes.truncate(limit);
        codes
    }
}

/// Checks one entry's facts and joins them with its texts.
fn build_entry(
    file: &'static str,
    id: String,
    fact: Facts,
    texts: [EntryText; 3],
) -> Result<Entry, CatalogError> {
    let fail = |message: &str| CatalogError {
        file,
        entry: Some(id.clone()),
        message: message.to_owned(),
    };
    let class = Class::of(fact.code).ok_or_else(|| fail("the code is outside 100 to 599"))?;
    if fact
        .id
        .as_ref()
        .is_some_and(|id| !id.starts_with(&format!("{}-", fact.code)))
    {
        return Err(fail("an id must be the code, a dash and a name"));
    }
    if fact.phrase.trim().is_empty() {
        return Err(fail("the phrase is empty"));
    }
    match (fact.status, &fact.origin) {
        (Status::Unofficial, None) => return Err(fail("an unofficial code needs an origin")),
        (Status::Unofficial, Some(_)) | (_, None) => {}
        (_, Some(_)) => return Err(fail("only unofficial codes have an origin")),
    }
    if fact.status != Status::Unofficial && fact.reference.is_none() {
        return Err(fail("a registered code needs a reference"));
    }
    let registration = match (fact.status, fact.registered, fact.expires) {
        (Status::Temporary, Some(registered), Some(expires)) => Some(Registration {
            registered,
            extended: fact.extended,
            expires,
        }),
        (Status::Temporary, _, _) => return Err(fail("a temporary registration needs its dates")),
        (_, None, None) if fact.extended.is_none() => None,
        _ => return Err(fail("only temporary registrations have dates")),
    };
    Ok(Entry {
        id,
        code: fact.code,
        class,
        phrase: fact.phrase,
        status: fact.status,
        origin: fact.origin,
        reference: fact.reference,
        aliases: fact.aliases,
        registration,
        texts,
    })
}

/// Takes an entry's text out of a language file, checking it is complete.
fn take_text(
    file: &'static str,
    entries: &mut BTreeMap<String, EntryText>,
    id: &str,
) -> Result<EntryText, CatalogError> {
    let fail = |message: String| CatalogError {
        file,
        entry: Some(id.to_owned()),
        message,
    };
    let text = entries
        .remove(id)
        .ok_or_else(|| fail("no text for this entry".into()))?;
    for (field, value) in [
        ("title", &text.title),
        ("meaning", &text.meaning),
        ("scenario", &text.scenario),
    ] {
        if value.trim().is_empty() {
            return Err(fail(format!("{field} is empty")));
        }
    }
    Ok(text)
}
