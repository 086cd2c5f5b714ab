//! The embedded catalogue: facts and per-language text from `assets/`,
//! parsed and checked once.
//!
//! The build script parses and checks the same files with this module and
//! stores the result in a compact binary form (see `build.rs` and
//! `embedded.rs`), so start-up only decodes it.
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
const CONSTANTS: Source = Source {
    name: "assets/constants.toml",
    text: include_str!("../assets/constants.toml"),
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

/// All the asset files of a catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Sources {
    /// Language-neutral facts.
    pub codes: Source,
    /// Names of the codes in common libraries.
    pub constants: Source,
    /// Text per language, in [`Lang::ALL`] order.
    pub texts: [Source; 3],
}

impl Sources {
    /// The files compiled into this binary.
    pub const EMBEDDED: Sources = Sources {
        codes: CODES,
        constants: CONSTANTS,
        texts: TEXTS,
    };
}

/// The five classes of status codes (RFC 9110 §15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
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
    #[serde(default)]
    headers: Vec<Header>,
    #[serde(default)]
    cache: Cache,
    redirect: Option<Redirect>,
    #[serde(default)]
    see_also: Vec<String>,
}

/// A header field the specification ties to a code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub field: String,
    pub level: Level,
    pub side: Side,
    /// Where the specification says so.
    pub section: Option<String>,
}

/// How a header field relates to a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Level {
    /// The response must carry it.
    #[serde(rename = "MUST")]
    Must,
    /// The response should carry it.
    #[serde(rename = "SHOULD")]
    Should,
    /// The response may carry it.
    #[serde(rename = "MAY")]
    May,
    /// This request field leads to the code.
    #[serde(rename = "cause")]
    Cause,
    /// The code is sent because the request lacks this field.
    #[serde(rename = "missing")]
    Missing,
}

/// Which message a header field is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Request,
    Response,
}

/// Whether caches may store a response with this code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cache {
    /// Heuristically cacheable by default (RFC 9110 §15.1).
    Heuristic,
    /// Cacheable only with explicit freshness information.
    #[default]
    Explicit,
    /// Must not be stored (RFC 6585).
    Never,
}

/// What a redirect means for the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Redirect {
    pub permanent: bool,
    pub method: RedirectMethod,
}

/// What happens to the request method when a redirect is followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedirectMethod {
    /// Method and body are kept (307, 308).
    Kept,
    /// User agents may change POST to GET (301, 302).
    MayChange,
    /// Followed with GET (303).
    ToGet,
}

/// A library and how its constants are written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    name: String,
    version: String,
    template: String,
    codes: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstantsFile {
    libraries: BTreeMap<String, LibraryFile>,
}

/// The libraries whose constants the catalogue knows, in display order.
pub const LIBRARIES: [&str; 8] = [
    "rust", "go", "python", "dotnet", "spring", "node", "rails", "symfony",
];

/// A library that names status codes.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Library {
    /// Its key in JSON and for `--constant`: `rust`, `go`, ...
    pub key: String,
    /// What users know it as.
    pub name: String,
    /// The release the names were checked against.
    pub version: String,
}

/// The name of a code in one library.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Constant {
    /// Index into [`LIBRARIES`] and [`Catalog::libraries`].
    pub library: usize,
    /// The constant as written in code, e.g. `StatusCode::NOT_FOUND`.
    pub code: String,
    /// Whether the library still uses a former name of the code.
    pub former_name: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    entry: Vec<Facts>,
}

/// The text of one entry in one language.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntryText {
    /// A short gloss of the phrase.
    pub title: String,
    /// What the code means, in one to three sentences.
    pub meaning: String,
    /// When one typically meets it.
    pub scenario: String,
    /// For each related entry (by id): when to use it instead.
    #[serde(default)]
    pub see_also: BTreeMap<String, String>,
}

/// The localized name and description of a class.
#[derive(Debug, Clone, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Deserialize, Serialize)]
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
    pub label_headers: String,
    pub label_cache: String,
    pub label_kind: String,
    pub label_constants: String,
    pub label_see_also: String,
    pub header_response: String,
    pub header_cause: String,
    pub header_missing: String,
    pub cache_heuristic: String,
    pub cache_explicit: String,
    pub cache_never: String,
    pub cache_short_heuristic: String,
    pub cache_short_explicit: String,
    pub cache_short_never: String,
    pub kind_interim: String,
    pub kind_final: String,
    pub constant_former: String,
    pub redirect_permanent: String,
    pub redirect_temporary: String,
    pub method_kept: String,
    pub method_may_change: String,
    pub method_to_get: String,
    pub compare_title: String,
    pub compare_code: String,
    pub compare_permanence: String,
    pub compare_method: String,
    pub compare_cache: String,
    pub compare_headers: String,
    pub tui_copied: String,
    pub tui_copy_menu: String,
    pub tui_no_constants: String,
    pub tui_back_empty: String,
    pub action_follow: String,
    pub action_back: String,
    pub action_compare: String,
    pub action_copy: String,
    pub action_copy_constant: String,
    pub action_choose: String,
    pub action_close: String,
    pub err_bad_library: String,
    pub err_no_constant: String,
    pub cli_opt_constant: String,
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
    pub tui_help_menu: String,
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
#[derive(Debug, Deserialize, Serialize)]
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
#[derive(Debug, Deserialize, Serialize)]
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
    /// Header fields the specification ties to the code.
    pub headers: Vec<Header>,
    pub cache: Cache,
    /// For 301, 302, 303, 307 and 308.
    pub redirect: Option<Redirect>,
    /// Related entries, as indices into [`Catalog::entries`].
    pub see_also: Vec<usize>,
    /// Its names in common libraries, in [`LIBRARIES`] order.
    pub constants: Vec<Constant>,
    /// Its position in [`Catalog::entries`], where its texts are found.
    pub index: usize,
}

impl Entry {
    /// 1xx responses are interim: a final response follows.
    #[must_use]
    pub fn interim(&self) -> bool {
        self.class == Class::Informational
    }

    /// Its constant in one library, if that library has one.
    #[must_use]
    pub fn constant(&self, library: usize) -> Option<&Constant> {
        self.constants
            .iter()
            .find(|constant| constant.library == library)
    }
}

/// The whole catalogue: entries ordered by code, and each language's texts.
#[derive(Debug)]
pub struct Catalog {
    entries: Vec<Entry>,
    languages: [Language; 3],
    libraries: Vec<Library>,
}

/// One language's text: decoded from the stored bytes the first time it is
/// needed, so a run in one language never decodes the others.
#[derive(Debug)]
struct Language {
    stored: &'static [u8],
    data: OnceLock<LanguageData>,
}

impl Language {
    fn parsed(data: LanguageData) -> Language {
        Language {
            stored: &[],
            data: OnceLock::from(data),
        }
    }
}

/// Everything one language says, with entry texts in catalogue order.
#[derive(Debug, Deserialize, Serialize)]
struct LanguageData {
    texts: Texts,
    entries: Vec<EntryText>,
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
    /// Parses and cross-checks the facts, the library constants and one
    /// text file per language.
    ///
    /// # Errors
    /// Names the file and entry of the first problem: bad TOML, a missing or
    /// unknown field, a code out of range, a duplicate, a status without the
    /// facts it needs, a see-also or constant for an unknown entry, or text
    /// missing or left over in a language.
    pub fn parse(sources: &Sources) -> Result<Catalog, CatalogError> {
        let codes = sources.codes;
        let facts: FactsFile = parse_toml(codes)?;
        let mut files = Vec::with_capacity(sources.texts.len());
        for source in sources.texts {
            files.push((source.name, parse_toml::<TextFile>(source)?));
        }

        let key = |fact: &Facts| fact.id.clone().unwrap_or_else(|| fact.code.to_string());
        let all_ids: HashSet<String> = facts.entry.iter().map(key).collect();
        let mut seen = HashSet::new();
        let mut entries: Vec<(Entry, [EntryText; 3])> = Vec::with_capacity(facts.entry.len());
        let mut see_also_ids = Vec::with_capacity(facts.entry.len());
        for mut fact in facts.entry {
            let id = key(&fact);
            let fail = |message: String| CatalogError {
                file: codes.name,
                entry: Some(id.clone()),
                message,
            };
            if !seen.insert(id.clone()) {
                return Err(fail("appears twice".into()));
            }
            if let Some(other) = fact
                .see_also
                .iter()
                .find(|other| !all_ids.contains(*other) || **other == id)
            {
                return Err(fail(format!(
                    "see_also names {other:?}, which is not another entry"
                )));
            }
            let mut texts = Vec::with_capacity(files.len());
            for (name, file) in &mut files {
                let text = take_text(name, &mut file.entries, &id)?;
                if text.see_also.keys().ne(fact
                    .see_also
                    .iter()
                    .collect::<std::collections::BTreeSet<_>>())
                {
                    return Err(CatalogError {
                        file: name,
                        entry: Some(id),
                        message: format!("see_also must explain exactly {:?}", fact.see_also),
                    });
                }
                texts.push(text);
            }
            let texts: [EntryText; 3] = texts.try_into().expect("one text per language file");
            see_also_ids.push((id.clone(), std::mem::take(&mut fact.see_also)));
            entries.push((build_entry(codes.name, id, fact)?, texts));
        }
        entries.sort_by_key(|(entry, _)| entry.code);
        let mut per_language: [Vec<EntryText>; 3] = Default::default();
        for (index, (entry, texts)) in entries.iter_mut().enumerate() {
            entry.index = index;
            for (language, text) in per_language.iter_mut().zip(texts.clone()) {
                language.push(text);
            }
        }
        let mut languages = Vec::with_capacity(files.len());
        for ((name, file), entries) in files.into_iter().zip(per_language) {
            let texts = build_texts(name, file)?;
            languages.push(Language::parsed(LanguageData { texts, entries }));
        }
        let mut catalog = Catalog {
            entries: entries.into_iter().map(|(entry, _)| entry).collect(),
            languages: languages.try_into().expect("one text file per language"),
            libraries: Vec::new(),
        };
        catalog.link_see_also(see_also_ids);
        catalog.add_constants(sources.constants)?;
        Ok(catalog)
    }

    /// The catalogue as compact bytes: the facts, then one part per
    /// language, for [`Catalog::from_stored`].
    ///
    /// # Panics
    /// Never for a parsed catalogue: every part serializes.
    #[must_use]
    pub fn to_stored(&self) -> (Vec<u8>, [Vec<u8>; 3]) {
        let facts =
            postcard::to_allocvec(&(&self.entries, &self.libraries)).expect("facts serialize");
        let languages = Lang::ALL
            .map(|lang| postcard::to_allocvec(self.language(lang)).expect("texts serialize"));
        (facts, languages)
    }

    /// A catalogue from [`Catalog::to_stored`] bytes. The facts are decoded
    /// now; each language when it is first used.
    ///
    /// # Errors
    /// If the facts do not decode.
    pub fn from_stored(
        facts: &'static [u8],
        languages: [&'static [u8]; 3],
    ) -> Result<Catalog, CatalogError> {
        let (entries, libraries) = postcard::from_bytes(facts).map_err(|err| CatalogError {
            file: "the built-in catalogue",
            entry: None,
            message: err.to_string(),
        })?;
        Ok(Catalog {
            entries,
            languages: languages.map(|stored| Language {
                stored,
                data: OnceLock::new(),
            }),
            libraries,
        })
    }

    /// One language's text, decoding it on first use.
    fn language(&self, lang: Lang) -> &LanguageData {
        let language = &self.languages[lang.index()];
        language.data.get_or_init(|| {
            // The bytes were written by the build script from assets it had
            // just checked; a test decodes every language.
            postcard::from_bytes(language.stored).expect("the stored texts decode")
        })
    }

    /// An entry's text in `lang`.
    #[must_use]
    pub fn text(&self, entry: &Entry, lang: Lang) -> &EntryText {
        &self.language(lang).entries[entry.index]
    }

    /// Resolves each entry's related ids (checked to exist) to entry indices.
    fn link_see_also(&mut self, links: Vec<(String, Vec<String>)>) {
        for (id, related) in links {
            let indices = related
                .iter()
                .map(|other| self.index_of(other).expect("see_also was checked"))
                .collect();
            let at = self.index_of(&id).expect("every entry has an index");
            self.entries[at].see_also = indices;
        }
    }

    /// Reads the library constants and attaches them to their entries.
    fn add_constants(&mut self, source: Source) -> Result<(), CatalogError> {
        let file: ConstantsFile = parse_toml(source)?;
        let fail = |entry: &str, message: String| CatalogError {
            file: source.name,
            entry: Some(entry.to_owned()),
            message,
        };
        if let Some(unknown) = file
            .libraries
            .keys()
            .find(|key| !LIBRARIES.contains(&key.as_str()))
        {
            return Err(fail(
                unknown,
                format!("not a library; use one of {}", LIBRARIES.join(", ")),
            ));
        }
        let mut libraries = file.libraries;
        for (index, key) in LIBRARIES.into_iter().enumerate() {
            let library = libraries
                .remove(key)
                .ok_or_else(|| fail(key, "library missing".into()))?;
            if library.template.matches("{}").count() != 1 {
                return Err(fail(key, "the template needs exactly one {}".into()));
            }
            for (id, name) in &library.codes {
                let at = self.index_of(id).ok_or_else(|| {
                    fail(
                        id,
                        format!("{key} names an entry that codes.toml does not have"),
                    )
                })?;
                let entry = &mut self.entries[at];
                entry.constants.push(Constant {
                    library: index,
                    code: library.template.replace("{}", name),
                    former_name: is_former_name(name, &entry.phrase, &entry.aliases),
                });
            }
            self.libraries.push(Library {
                key: key.to_owned(),
                name: library.name,
                version: library.version,
            });
        }
        Ok(())
    }

    /// The index of the entry with this id.
    fn index_of(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|entry| entry.id == id)
    }

    /// The libraries whose constants are known, in [`LIBRARIES`] order.
    #[must_use]
    pub fn libraries(&self) -> &[Library] {
        &self.libraries
    }

    /// The entry with this id.
    #[must_use]
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.index_of(id).map(|index| &self.entries[index])
    }

    /// Every entry, ordered by code.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The texts of one language.
    #[must_use]
    pub fn texts(&self, lang: Lang) -> &Texts {
        &self.language(lang).texts
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

/// Checks one entry's facts.
fn build_entry(file: &'static str, id: String, fact: Facts) -> Result<Entry, CatalogError> {
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
    if fact.redirect.is_some() && class != Class::Redirection {
        return Err(fail("only 3xx codes are redirects"));
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
        headers: fact.headers,
        cache: fact.cache,
        redirect: fact.redirect,
        see_also: Vec::new(),
        constants: Vec::new(),
        index: 0,
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

/// Parses one asset file, naming it in the error.
fn parse_toml<T: serde::de::DeserializeOwned>(source: Source) -> Result<T, CatalogError> {
    toml::from_str(source.text).map_err(|e| CatalogError {
        file: source.name,
        entry: None,
        message: e.to_string(),
    })
}

/// Checks a language file's leftovers and class texts once its entries
/// have been taken out.
fn build_texts(file: &'static str, mut text: TextFile) -> Result<Texts, CatalogError> {
    let fail = |entry: &str, message: &str| CatalogError {
        file,
        entry: Some(entry.to_owned()),
        message: message.to_owned(),
    };
    if let Some(id) = text.entries.keys().next() {
        return Err(fail(id, "text for an entry that codes.toml does not have"));
    }
    let mut classes = Vec::with_capacity(Class::ALL.len());
    for class in Class::ALL {
        let class_text = text
            .classes
            .remove(class.label())
            .ok_or_else(|| fail(class.label(), "no text for this class"))?;
        classes.push(class_text);
    }
    if let Some(label) = text.classes.keys().next() {
        return Err(fail(label, "not a class (use 1xx to 5xx)"));
    }
    Ok(Texts {
        name: text.language.name,
        ui: text.ui,
        classes: classes.try_into().expect("five classes"),
    })
}

/// Whether a library's constant spells a former name of the code rather
/// than its registered phrase (Rust's `UNPROCESSABLE_ENTITY` for 422).
fn is_former_name(constant: &str, phrase: &str, aliases: &[String]) -> bool {
    let squash = |text: &str| -> String {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let constant = squash(constant);
    let phrase = squash(phrase);
    !phrase.is_empty()
        && !constant.ends_with(&phrase)
        && aliases
            .iter()
            .map(|alias| squash(alias))
            .any(|alias| !alias.is_empty() && constant.ends_with(&alias))
}
