//! Reading and checking the asset files, and writing them out as Rust
//! statics. Build time only: `build.rs` and the integration tests include
//! this file; the program itself never parses TOML.
//!
//! Facts that do not depend on a language (code, phrase, status, reference)
//! live in `codes.toml`; each language has one file with the text people
//! read. Adding a language means adding one file; a translator never edits
//! facts. Every problem is reported naming the file and, where there is
//! one, the entry.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::{self, Write as _};
use std::path::Path;

use serde::Deserialize;

use crate::lang::Lang;
use crate::model::{Cache, Class, Level, Redirect, RedirectMethod, Side, Status};
use crate::strings::{GROUPS, asset_key};

/// One asset: its path (for messages) and its contents.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: &'static str,
    pub text: String,
}

/// All the asset files of a catalogue.
#[derive(Debug, Clone)]
pub struct Sources {
    /// Language-neutral facts.
    pub codes: Source,
    /// Names of the codes in common libraries.
    pub constants: Source,
    /// Text per language, in [`Lang::ALL`] order.
    pub texts: [Source; Lang::COUNT],
}

impl Sources {
    /// The asset file names, relative to the crate root.
    pub const CODES: &'static str = "assets/codes.toml";
    pub const CONSTANTS: &'static str = "assets/constants.toml";
    pub const TEXTS: [&'static str; Lang::COUNT] =
        ["assets/en.toml", "assets/ja.toml", "assets/zh.toml"];

    /// Reads the asset files under `root` (the crate root).
    ///
    /// # Errors
    /// If a file cannot be read.
    pub fn read(root: &Path) -> std::io::Result<Sources> {
        let read = |name: &'static str| -> std::io::Result<Source> {
            Ok(Source {
                name,
                text: std::fs::read_to_string(root.join(name))?,
            })
        };
        let [en, ja, zh] = Sources::TEXTS;
        Ok(Sources {
            codes: read(Sources::CODES)?,
            constants: read(Sources::CONSTANTS)?,
            texts: [read(en)?, read(ja)?, read(zh)?],
        })
    }
}

/// A problem in an asset file, naming the file and, where known, the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetError {
    pub file: &'static str,
    pub entry: Option<String>,
    pub message: String,
}

impl fmt::Display for AssetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(entry) => write!(f, "{}: entry {entry}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for AssetError {}

fn error(file: &'static str, entry: Option<&str>, message: impl Into<String>) -> AssetError {
    AssetError {
        file,
        entry: entry.map(str::to_owned),
        message: message.into(),
    }
}

// ── The files as written ─────────────────────────────────────────────────────

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    entry: Vec<Facts>,
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
    headers: Vec<HeaderFact>,
    #[serde(default)]
    cache: Cache,
    redirect: Option<Redirect>,
    #[serde(default)]
    see_also: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderFact {
    field: String,
    level: Level,
    side: Side,
    section: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstantsFile {
    libraries: BTreeMap<String, LibraryFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    name: String,
    version: String,
    template: String,
    codes: BTreeMap<String, String>,
}

/// The libraries whose constants the catalogue knows, in display order.
const LIBRARIES: [&str; 8] = [
    "rust", "go", "python", "dotnet", "spring", "node", "rails", "symfony",
];

/// A language file. Unknown tables are caught by the groups check: serde
/// cannot deny unknown fields beside a flattened map.
#[derive(Debug, Deserialize)]
struct TextFile {
    language: LanguageInfo,
    classes: BTreeMap<String, ClassTextFile>,
    entries: BTreeMap<String, EntryTextFile>,
    /// The strings groups ([`GROUPS`]), checked key by key.
    #[serde(flatten)]
    groups: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageInfo {
    name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassTextFile {
    name: String,
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryTextFile {
    title: String,
    meaning: String,
    scenario: String,
    #[serde(default)]
    see_also: BTreeMap<String, String>,
    #[serde(default)]
    situations: Vec<String>,
}

// ── The checked catalogue ────────────────────────────────────────────────────

/// The catalogue once every file is read and cross-checked, ready to be
/// written as Rust.
#[derive(Debug)]
pub struct Checked {
    entries: Vec<CheckedEntry>,
    libraries: Vec<(String, String, String)>,
    languages: Vec<CheckedLanguage>,
}

#[derive(Debug)]
struct CheckedEntry {
    id: String,
    facts: Facts,
    class: Class,
    see_also: Vec<usize>,
    /// (library index, constant as written, former name)
    constants: Vec<(usize, String, bool)>,
}

#[derive(Debug)]
struct CheckedLanguage {
    name: String,
    groups: BTreeMap<String, BTreeMap<String, String>>,
    classes: Vec<ClassTextFile>,
    /// In entry order; see-also texts in each entry's see-also order.
    entries: Vec<(EntryTextFile, Vec<String>)>,
}

impl Checked {
    /// The number of entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Parses and cross-checks the facts, the library constants and one text
/// file per language.
///
/// # Errors
/// Names the file and entry of the first problem: bad TOML, a missing or
/// unknown field, a code out of range, a duplicate, a status without the
/// facts it needs, a see-also or constant for an unknown entry, or text
/// missing or left over in a language.
pub fn check(sources: &Sources) -> Result<Checked, AssetError> {
    let codes = sources.codes.name;
    let facts: FactsFile = parse_toml(&sources.codes)?;
    let mut files = Vec::with_capacity(Lang::COUNT);
    for source in &sources.texts {
        files.push((source.name, parse_toml::<TextFile>(source)?));
    }

    let key = |fact: &Facts| fact.id.clone().unwrap_or_else(|| fact.code.to_string());
    let mut seen = HashSet::new();
    let mut checked: Vec<CheckedEntry> = Vec::with_capacity(facts.entry.len());
    for fact in facts.entry {
        let id = key(&fact);
        if !seen.insert(id.clone()) {
            return Err(error(codes, Some(&id), "appears twice"));
        }
        let class = check_facts(codes, &id, &fact)?;
        checked.push(CheckedEntry {
            id,
            facts: fact,
            class,
            see_also: Vec::new(),
            constants: Vec::new(),
        });
    }
    checked.sort_by_key(|entry| entry.facts.code);
    let index_of = |id: &str, entries: &[CheckedEntry]| entries.iter().position(|e| e.id == id);
    for at in 0..checked.len() {
        let entry = &checked[at];
        let mut related = Vec::with_capacity(entry.facts.see_also.len());
        let mut named = HashSet::new();
        for other in &entry.facts.see_also {
            let found = index_of(other, &checked).filter(|&i| i != at);
            let Some(found) = found else {
                return Err(error(
                    codes,
                    Some(&entry.id),
                    format!("see_also names {other:?}, which is not another entry"),
                ));
            };
            if !named.insert(other) {
                return Err(error(
                    codes,
                    Some(&entry.id),
                    format!("see_also names {other:?} twice"),
                ));
            }
            related.push(found);
        }
        checked[at].see_also = related;
    }

    let mut languages = Vec::with_capacity(Lang::COUNT);
    for (name, mut file) in files {
        let mut entries = Vec::with_capacity(checked.len());
        for entry in &checked {
            entries.push(take_text(name, &mut file.entries, entry)?);
        }
        if let Some(id) = file.entries.keys().next() {
            return Err(error(
                name,
                Some(id),
                "text for an entry that codes.toml does not have",
            ));
        }
        let classes = take_classes(name, &mut file.classes)?;
        check_groups(name, &file.groups)?;
        languages.push(CheckedLanguage {
            name: file.language.name,
            groups: file.groups,
            classes,
            entries,
        });
    }
    let libraries = add_constants(&sources.constants, &mut checked)?;
    Ok(Checked {
        entries: checked,
        libraries,
        languages,
    })
}

/// Checks one entry's facts, giving its class.
fn check_facts(file: &'static str, id: &str, fact: &Facts) -> Result<Class, AssetError> {
    let fail = |message: &str| error(file, Some(id), message);
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
    let dated = fact.registered.is_some() || fact.expires.is_some() || fact.extended.is_some();
    match fact.status {
        Status::Temporary if fact.registered.is_none() || fact.expires.is_none() => {
            Err(fail("a temporary registration needs its dates"))
        }
        Status::Temporary => Ok(class),
        _ if dated => Err(fail("only temporary registrations have dates")),
        _ => Ok(class),
    }
}

/// Takes an entry's text out of a language file, checking it is complete;
/// its see-also texts come out in the order of the entry's see-also list.
fn take_text(
    file: &'static str,
    entries: &mut BTreeMap<String, EntryTextFile>,
    entry: &CheckedEntry,
) -> Result<(EntryTextFile, Vec<String>), AssetError> {
    let id = entry.id.as_str();
    let fail = |message: String| error(file, Some(id), message);
    let mut text = entries
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
    if text.situations.iter().any(|s| s.trim().is_empty()) {
        return Err(fail("a situation is empty".into()));
    }
    let wanted: BTreeSet<&String> = entry.facts.see_also.iter().collect();
    if !text.see_also.keys().eq(wanted.iter().copied()) {
        return Err(fail(format!(
            "see_also must explain exactly {:?}",
            entry.facts.see_also
        )));
    }
    let mut see_also = Vec::with_capacity(entry.facts.see_also.len());
    for other in &entry.facts.see_also {
        see_also.push(text.see_also.remove(other).unwrap_or_default());
    }
    Ok((text, see_also))
}

/// The five class texts of a language file, in class order.
fn take_classes(
    file: &'static str,
    classes: &mut BTreeMap<String, ClassTextFile>,
) -> Result<Vec<ClassTextFile>, AssetError> {
    let mut taken = Vec::with_capacity(Class::ALL.len());
    for class in Class::ALL {
        let text = classes
            .remove(class.label())
            .ok_or_else(|| error(file, Some(class.label()), "no text for this class"))?;
        taken.push(text);
    }
    if let Some(label) = classes.keys().next() {
        return Err(error(file, Some(label), "not a class (use 1xx to 5xx)"));
    }
    Ok(taken)
}

/// Checks a language file has every strings group with exactly its keys.
fn check_groups(
    file: &'static str,
    groups: &BTreeMap<String, BTreeMap<String, String>>,
) -> Result<(), AssetError> {
    for group in GROUPS {
        let Some(table) = groups.get(group.key) else {
            return Err(error(file, None, format!("missing table [{}]", group.key)));
        };
        for field in group.fields {
            let key = asset_key(field);
            if !table.contains_key(key) {
                return Err(error(
                    file,
                    None,
                    format!("missing key {}.{key}", group.key),
                ));
            }
        }
        if let Some(extra) = table
            .keys()
            .find(|key| !group.fields.iter().any(|f| asset_key(f) == key.as_str()))
        {
            return Err(error(
                file,
                None,
                format!("unknown key {}.{extra}", group.key),
            ));
        }
    }
    if let Some(extra) = groups
        .keys()
        .find(|key| !GROUPS.iter().any(|g| g.key == key.as_str()))
    {
        return Err(error(file, None, format!("unknown table [{extra}]")));
    }
    Ok(())
}

/// Reads the library constants and attaches them to their entries; gives
/// the libraries (key, name, version) in display order.
fn add_constants(
    source: &Source,
    entries: &mut [CheckedEntry],
) -> Result<Vec<(String, String, String)>, AssetError> {
    let file: ConstantsFile = parse_toml(source)?;
    let fail = |entry: &str, message: String| error(source.name, Some(entry), message);
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
    let mut order = Vec::with_capacity(LIBRARIES.len());
    for (index, key) in LIBRARIES.into_iter().enumerate() {
        let library = libraries
            .remove(key)
            .ok_or_else(|| fail(key, "library missing".into()))?;
        if library.template.matches("{}").count() != 1 {
            return Err(fail(key, "the template needs exactly one {}".into()));
        }
        for (id, name) in &library.codes {
            let entry = entries.iter_mut().find(|e| e.id == *id).ok_or_else(|| {
                fail(
                    id,
                    format!("{key} names an entry that codes.toml does not have"),
                )
            })?;
            let former = is_former_name(name, &entry.facts.phrase, &entry.facts.aliases);
            entry
                .constants
                .push((index, library.template.replace("{}", name), former));
        }
        order.push((key.to_owned(), library.name, library.version));
    }
    Ok(order)
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

/// Parses one asset file, naming it in the error.
fn parse_toml<T: serde::de::DeserializeOwned>(source: &Source) -> Result<T, AssetError> {
    toml::from_str(&source.text).map_err(|e| error(source.name, None, e.to_string()))
}

// ── Writing Rust ─────────────────────────────────────────────────────────────

/// A string as a Rust literal: `Debug` escapes exactly what Rust needs.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn opt(text: Option<&String>) -> String {
    text.map_or_else(|| "None".into(), |t| format!("Some({})", lit(t)))
}

fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(item).collect();
    format!("&[{}]", parts.join(", "))
}

impl Checked {
    /// The catalogue as Rust source: `ENTRIES`, `LIBRARIES` and `LANGUAGES`
    /// statics of the types in `model.rs`, `strings.rs` and `catalog.rs`.
    #[must_use]
    pub fn to_rust(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "// Written by build.rs from assets/; edit those files instead.\n"
        );
        let _ = writeln!(out, "static ENTRIES: [Entry; {}] = [", self.entries.len());
        for (index, entry) in self.entries.iter().enumerate() {
            let _ = writeln!(out, "    {},", entry_literal(entry, index));
        }
        let _ = writeln!(out, "];\n");
        let _ = writeln!(
            out,
            "static LIBRARIES: [Library; {}] = [",
            self.libraries.len()
        );
        for (key, name, version) in &self.libraries {
            let _ = writeln!(
                out,
                "    Library {{ key: {}, name: {}, version: {} }},",
                lit(key),
                lit(name),
                lit(version)
            );
        }
        let _ = writeln!(out, "];\n");
        let _ = writeln!(out, "static LANGUAGES: [Texts; {}] = [", Lang::COUNT);
        for language in &self.languages {
            let _ = writeln!(out, "{},", language_literal(language));
        }
        let _ = writeln!(out, "];");
        out
    }
}

fn entry_literal(entry: &CheckedEntry, index: usize) -> String {
    let facts = &entry.facts;
    let registration = match (&facts.registered, &facts.expires) {
        (Some(registered), Some(expires)) => format!(
            "Some(Registration {{ registered: {}, extended: {}, expires: {} }})",
            lit(registered),
            opt(facts.extended.as_ref()),
            lit(expires)
        ),
        _ => "None".into(),
    };
    let headers = list(&facts.headers, |h| {
        format!(
            "Header {{ field: {}, level: Level::{:?}, side: Side::{:?}, section: {} }}",
            lit(&h.field),
            h.level,
            h.side,
            opt(h.section.as_ref())
        )
    });
    let redirect = facts.redirect.map_or_else(
        || "None".into(),
        |r| {
            format!(
                "Some(Redirect {{ permanent: {}, method: RedirectMethod::{:?} }})",
                r.permanent, r.method
            )
        },
    );
    let constants = list(&entry.constants, |(library, code, former)| {
        format!(
            "Constant {{ library: {library}, code: {}, former_name: {former} }}",
            lit(code)
        )
    });
    format!(
        "Entry {{ id: {id}, code: {code}, class: Class::{class:?}, phrase: {phrase}, \
         status: Status::{status:?}, origin: {origin}, reference: {reference}, \
         aliases: {aliases}, registration: {registration}, headers: {headers}, \
         cache: Cache::{cache:?}, redirect: {redirect}, see_also: &{see_also:?}, \
         constants: {constants}, index: {index} }}",
        id = lit(&entry.id),
        code = facts.code,
        class = entry.class,
        phrase = lit(&facts.phrase),
        status = facts.status,
        origin = opt(facts.origin.as_ref()),
        reference = opt(facts.reference.as_ref()),
        aliases = list(&facts.aliases, |a| lit(a)),
        cache = facts.cache,
        see_also = entry.see_also,
    )
}

fn language_literal(language: &CheckedLanguage) -> String {
    let mut strings = String::from("Strings {");
    for group in GROUPS {
        let table = &language.groups[group.key];
        let values: Vec<String> = group
            .fields
            .iter()
            .map(|field| lit(&table[asset_key(field)]))
            .collect();
        if group.table {
            let _ = write!(strings, " {}: [{}],", group.key, values.join(", "));
        } else {
            let fields: Vec<String> = group
                .fields
                .iter()
                .zip(&values)
                .map(|(field, value)| format!("{field}: {value}"))
                .collect();
            let _ = write!(
                strings,
                " {}: crate::strings::{} {{ {} }},",
                group.key,
                group.type_name,
                fields.join(", ")
            );
        }
    }
    strings.push_str(" }");
    let classes: Vec<String> = language
        .classes
        .iter()
        .map(|c| {
            format!(
                "ClassText {{ name: {}, description: {} }}",
                lit(&c.name),
                lit(&c.description)
            )
        })
        .collect();
    let entries: Vec<String> = language
        .entries
        .iter()
        .map(|(text, see_also)| {
            format!(
                "EntryText {{ title: {}, meaning: {}, scenario: {}, see_also: {}, situations: {} }}",
                lit(&text.title),
                lit(&text.meaning),
                lit(&text.scenario),
                list(see_also, |s| lit(s)),
                list(&text.situations, |s| lit(s)),
            )
        })
        .collect();
    format!(
        "    Texts {{\n        name: {},\n        strings: {strings},\n        classes: [{}],\n        entries: &[\n            {}\n        ],\n    }}",
        lit(&language.name),
        classes.join(", "),
        entries.join(",\n            ")
    )
}

/// Checks that the enum-indexed strings tables list the enums' values in
/// the enums' order, so indexing by `value as usize` finds the right word.
///
/// # Errors
/// Names the table whose keys are out of order.
pub fn check_table_order() -> Result<(), String> {
    fn names<T: serde::Serialize>(values: &[T]) -> Vec<String> {
        values
            .iter()
            .map(|value| {
                toml::Value::try_from(value)
                    .ok()
                    .and_then(|v| v.as_str().map(|s| s.replace('-', "_")))
                    .unwrap_or_default()
            })
            .collect()
    }
    let expected = [
        ("status", names(&Status::ALL)),
        ("level", names(&Level::REQUIREMENTS)),
        ("cache", names(&Cache::ALL)),
        ("cache_short", names(&Cache::ALL)),
        ("method", names(&RedirectMethod::ALL)),
    ];
    for (key, names) in expected {
        let group = GROUPS
            .iter()
            .find(|g| g.key == key)
            .ok_or_else(|| format!("no strings table {key}"))?;
        if !group.table || group.fields != names {
            return Err(format!(
                "strings table {key} must list {names:?} in that order"
            ));
        }
    }
    Ok(())
}
