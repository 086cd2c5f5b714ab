//! Reading and checking the asset files, and writing them out as Rust
//! statics. Build time only: the build script of `httpdex-catalog` and the
//! integration tests use this crate; the program itself never parses TOML.
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

use httpdex_model::strings::{GROUPS, asset_key};
use httpdex_model::{Cache, Category, Class, Level, Redirect, RedirectMethod, Side, Status};

/// The number of languages: one text file each, in the order of
/// `httpdex_catalog::Lang::ALL` (the generated statics do not compile
/// otherwise).
const LANGUAGES: usize = Sources::TEXTS.len();

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
    /// Text per language, in the order of [`Sources::TEXTS`].
    pub texts: [Source; LANGUAGES],
}

impl Sources {
    /// The asset file names, relative to the crate root.
    pub const CODES: &'static str = "assets/codes.toml";
    pub const CONSTANTS: &'static str = "assets/constants.toml";
    pub const TEXTS: [&'static str; 3] = ["assets/en.toml", "assets/ja.toml", "assets/zh.toml"];

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
    registry: Registry,
    entry: Vec<Facts>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Registry {
    /// The date of the IANA registry snapshot the catalogue follows.
    snapshot: String,
}

/// One reference, or several with the primary one first.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum References {
    One(String),
    Several(Vec<String>),
}

impl References {
    fn list(&self) -> Vec<String> {
        match self {
            References::One(one) => vec![one.clone()],
            References::Several(several) => several.clone(),
        }
    }
}

/// The language-neutral facts of one entry, as written in `codes.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Facts {
    code: u16,
    id: Option<String>,
    phrase: String,
    documented: Option<String>,
    status: Status,
    category: Option<Category>,
    registry_note: Option<String>,
    reference: Option<References>,
    #[serde(default)]
    aliases: Vec<String>,
    registered: Option<String>,
    extended: Option<String>,
    expires: Option<String>,
    #[serde(default)]
    headers: Vec<HeaderFact>,
    sent: Option<bool>,
    cache: Option<Cache>,
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
    condition: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstantsFile {
    library: Vec<LibraryFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    key: String,
    name: String,
    version: String,
    source: String,
    template: String,
    codes: BTreeMap<String, ConstantFile>,
}

/// A constant: its name alone, or its name with its history.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ConstantFile {
    Name(String),
    Full(ConstantHistory),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConstantHistory {
    name: String,
    since: Option<String>,
    #[serde(default)]
    deprecated: bool,
    #[serde(default)]
    former: Vec<FormerFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FormerFile {
    name: String,
    since: Option<String>,
    until: Option<String>,
}

/// A library as the catalogue keeps it.
#[derive(Debug)]
struct CheckedLibrary {
    key: String,
    name: String,
    version: String,
    source: String,
}

/// A language file. Unknown tables are caught by the groups check: serde
/// cannot deny unknown fields beside a flattened map.
#[derive(Debug, Deserialize)]
struct TextFile {
    language: LanguageInfo,
    classes: BTreeMap<String, ClassTextFile>,
    entries: BTreeMap<String, EntryTextFile>,
    /// The words of each header condition, by the key codes.toml uses.
    #[serde(default)]
    conditions: BTreeMap<String, String>,
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
    origin: Option<String>,
    status_note: Option<String>,
    wire: Option<String>,
}

// ── The checked catalogue ────────────────────────────────────────────────────

/// The catalogue once every file is read and cross-checked, ready to be
/// written as Rust.
#[derive(Debug)]
pub struct Checked {
    snapshot: String,
    entries: Vec<CheckedEntry>,
    libraries: Vec<CheckedLibrary>,
    languages: Vec<CheckedLanguage>,
}

#[derive(Debug)]
struct CheckedEntry {
    id: String,
    facts: Facts,
    class: Class,
    see_also: Vec<usize>,
    /// (library index, constant as written, its history)
    constants: Vec<(usize, String, ConstantHistory)>,
}

#[derive(Debug)]
struct CheckedLanguage {
    name: String,
    /// In the order of the condition keys (sorted).
    conditions: Vec<String>,
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
    let mut files = Vec::with_capacity(LANGUAGES);
    for source in &sources.texts {
        files.push((source.name, parse_toml::<TextFile>(source)?));
    }

    let key = |fact: &Facts| fact.id.clone().unwrap_or_else(|| fact.code.to_string());
    if !is_date(&facts.registry.snapshot) {
        return Err(error(
            codes,
            None,
            "registry.snapshot must be a YYYY-MM-DD date",
        ));
    }
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
    // Classes in order, codes in order within each: 0 and 999 come last.
    checked.sort_by_key(|entry| (entry.class, entry.facts.code));
    let condition_keys: BTreeSet<String> = checked
        .iter()
        .flat_map(|entry| &entry.facts.headers)
        .filter_map(|header| header.condition.clone())
        .collect();
    link_see_also(codes, &mut checked)?;

    let mut languages = Vec::with_capacity(LANGUAGES);
    for (name, file) in files {
        languages.push(check_language(name, file, &checked, &condition_keys)?);
    }
    let libraries = add_constants(&sources.constants, &mut checked)?;
    Ok(Checked {
        snapshot: facts.registry.snapshot,
        entries: checked,
        libraries,
        languages,
    })
}

/// Resolves each entry's see-also ids to entry indices, refusing unknown,
/// self and repeated ids.
fn link_see_also(codes: &'static str, checked: &mut [CheckedEntry]) -> Result<(), AssetError> {
    let index_of = |id: &str, entries: &[CheckedEntry]| entries.iter().position(|e| e.id == id);
    for at in 0..checked.len() {
        let entry = &checked[at];
        let mut related = Vec::with_capacity(entry.facts.see_also.len());
        let mut named = HashSet::new();
        for other in &entry.facts.see_also {
            let found = index_of(other, checked).filter(|&i| i != at);
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
    Ok(())
}

/// Checks one language file against the checked entries: a complete text
/// for each, nothing left over, the five classes and the other, every
/// strings group, and exactly the header conditions the facts use.
fn check_language(
    name: &'static str,
    mut file: TextFile,
    checked: &[CheckedEntry],
    condition_keys: &BTreeSet<String>,
) -> Result<CheckedLanguage, AssetError> {
    let mut entries = Vec::with_capacity(checked.len());
    for entry in checked {
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
    if let Some(key) = condition_keys
        .iter()
        .find(|key| !file.conditions.contains_key(*key))
    {
        return Err(error(
            name,
            None,
            format!("no text for the condition {key:?}"),
        ));
    }
    if let Some(key) = file
        .conditions
        .keys()
        .find(|key| !condition_keys.contains(*key))
    {
        return Err(error(
            name,
            None,
            format!("the condition {key:?} is used by no header"),
        ));
    }
    Ok(CheckedLanguage {
        name: file.language.name,
        conditions: file.conditions.into_values().collect(),
        groups: file.groups,
        classes,
        entries,
    })
}

/// Whether `text` is a `YYYY-MM-DD` date.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// Checks one entry's facts, giving its class.
fn check_facts(file: &'static str, id: &str, fact: &Facts) -> Result<Class, AssetError> {
    let fail = |message: &str| error(file, Some(id), message);
    if fact.code > 999 {
        return Err(fail("the code is outside 0 to 999"));
    }
    let class = Class::of(fact.code);
    if class == Class::Other && fact.status != Status::Unofficial {
        return Err(fail("a code outside 100 to 599 can only be unofficial"));
    }
    let expected_id = match &fact.id {
        None => true,
        Some(given) => {
            given.starts_with(&format!("{}-", fact.code)) || fact.code == 0 && given == "0"
        }
    };
    if !expected_id {
        return Err(fail("an id must be the code, a dash and a name"));
    }
    if fact.phrase.trim().is_empty() {
        return Err(fail("the phrase is empty"));
    }
    if fact.redirect.is_some() && class != Class::Redirection {
        return Err(fail("only 3xx codes are redirects"));
    }
    let references = fact
        .reference
        .as_ref()
        .map(References::list)
        .unwrap_or_default();
    if references
        .iter()
        .any(|r| r.trim().is_empty() || r.contains('§'))
    {
        return Err(fail("a reference is empty or uses the section sign"));
    }
    if fact.status != Status::Unofficial && references.is_empty() {
        return Err(fail("a registered code needs a reference"));
    }
    match (class, fact.cache) {
        (Class::Informational, Some(Cache::Interim)) => {}
        (Class::Informational, _) => {
            return Err(fail("a 1xx code is interim: cache = \"interim\""));
        }
        (_, Some(Cache::Interim)) => return Err(fail("only 1xx codes are interim")),
        _ => {}
    }
    if fact.sent == Some(false) && fact.cache.is_some() {
        return Err(fail("a code that is never sent has no caching"));
    }
    let dated = fact.registered.is_some() || fact.expires.is_some() || fact.extended.is_some();
    let given = [&fact.registered, &fact.extended, &fact.expires];
    if given.iter().copied().flatten().any(|date| !is_date(date)) {
        return Err(fail("registration dates are YYYY-MM-DD"));
    }
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
    if text.situations.is_empty() || text.situations.iter().any(|s| s.trim().is_empty()) {
        return Err(fail("situations must list at least one, none empty".into()));
    }
    let unofficial = entry.facts.status == Status::Unofficial;
    match (&text.origin, unofficial) {
        (None, true) => return Err(fail("an unofficial code needs an origin".into())),
        (Some(_), false) => return Err(fail("only unofficial codes have an origin".into())),
        _ => {}
    }
    let sent = entry.facts.sent.unwrap_or(true);
    match (&text.wire, sent) {
        (None, false) => return Err(fail("a code that is never sent needs its wire text".into())),
        (Some(_), true) => {
            return Err(fail("only codes that are never sent have wire text".into()));
        }
        _ => {}
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
/// the libraries in display order.
fn add_constants(
    source: &Source,
    entries: &mut [CheckedEntry],
) -> Result<Vec<CheckedLibrary>, AssetError> {
    let file: ConstantsFile = parse_toml(source)?;
    let fail = |entry: &str, message: String| error(source.name, Some(entry), message);
    let mut libraries = Vec::with_capacity(file.library.len());
    for (index, library) in file.library.into_iter().enumerate() {
        let key = library.key.as_str();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(fail(key, "a library key is lower-case letters".into()));
        }
        if libraries.iter().any(|l: &CheckedLibrary| l.key == key) {
            return Err(fail(key, "the library appears twice".into()));
        }
        if library.template.matches("{}").count() != 1 {
            return Err(fail(key, "the template needs exactly one {}".into()));
        }
        for (id, constant) in library.codes {
            let entry = entries.iter_mut().find(|e| e.id == id).ok_or_else(|| {
                fail(
                    &id,
                    format!("{key} names an entry that codes.toml does not have"),
                )
            })?;
            let history = match constant {
                ConstantFile::Name(name) => ConstantHistory {
                    name,
                    since: None,
                    deprecated: false,
                    former: Vec::new(),
                },
                ConstantFile::Full(history) => history,
            };
            if history.former.iter().any(|f| f.name == history.name) {
                return Err(fail(
                    &id,
                    format!("{key}: a former name is the current one"),
                ));
            }
            let written = library.template.replace("{}", &history.name);
            entry.constants.push((index, written, history));
        }
        libraries.push(CheckedLibrary {
            key: library.key,
            name: library.name,
            version: library.version,
            source: library.source,
        });
    }
    Ok(libraries)
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
        let conditions: Vec<&str> = self
            .entries
            .iter()
            .flat_map(|entry| &entry.facts.headers)
            .filter_map(|header| header.condition.as_deref())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        for (index, entry) in self.entries.iter().enumerate() {
            let _ = writeln!(out, "    {},", entry_literal(entry, index, &conditions));
        }
        let _ = writeln!(out, "];\n");
        let _ = writeln!(
            out,
            "static LIBRARIES: [Library; {}] = [",
            self.libraries.len()
        );
        for library in &self.libraries {
            let _ = writeln!(
                out,
                "    Library {{ key: {}, name: {}, version: {}, source: {} }},",
                lit(&library.key),
                lit(&library.name),
                lit(&library.version),
                lit(&library.source)
            );
        }
        let _ = writeln!(out, "];\n");
        let _ = writeln!(
            out,
            "/// The date of the IANA registry snapshot the catalogue follows.\n\
             pub const REGISTRY_SNAPSHOT: &str = {};\n",
            lit(&self.snapshot)
        );
        let _ = writeln!(out, "static LANGUAGES: [Texts; Lang::COUNT] = [");
        for language in &self.languages {
            let _ = writeln!(out, "{},", language_literal(language));
        }
        let _ = writeln!(out, "];");
        out
    }
}

fn entry_literal(entry: &CheckedEntry, index: usize, conditions: &[&str]) -> String {
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
        let condition = h.condition.as_ref().map_or_else(
            || "None".to_owned(),
            |key| {
                let at = conditions.iter().position(|c| c == key).unwrap_or_default();
                format!("Some({at})")
            },
        );
        format!(
            "Header {{ field: {}, level: Level::{:?}, side: Side::{:?}, section: {}, condition: {condition} }}",
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
                "Some(Redirect {{ permanent: {:?}, method: RedirectMethod::{:?} }})",
                r.permanent, r.method
            )
        },
    );
    let constants = list(&entry.constants, |(library, code, history)| {
        let former = list(&history.former, |f| {
            format!(
                "Former {{ name: {}, since: {}, until: {} }}",
                lit(&f.name),
                opt(f.since.as_ref()),
                opt(f.until.as_ref())
            )
        });
        format!(
            "Constant {{ library: {library}, code: {}, since: {}, deprecated: {}, former: {former} }}",
            lit(code),
            opt(history.since.as_ref()),
            history.deprecated
        )
    });
    let category = facts
        .category
        .map_or_else(|| "None".to_owned(), |c| format!("Some(Category::{c:?})"));
    let references = facts
        .reference
        .as_ref()
        .map(References::list)
        .unwrap_or_default();
    format!(
        "Entry {{ id: {id}, code: {code}, class: Class::{class:?}, phrase: {phrase}, \
         documented: {documented}, status: Status::{status:?}, category: {category}, \
         registry_note: {note}, references: {references}, \
         aliases: {aliases}, registration: {registration}, headers: {headers}, \
         cache: Cache::{cache:?}, sent: {sent}, redirect: {redirect}, see_also: &{see_also:?}, \
         constants: {constants}, index: {index} }}",
        id = lit(&entry.id),
        code = facts.code,
        class = entry.class,
        phrase = lit(&facts.phrase),
        documented = opt(facts.documented.as_ref()),
        status = facts.status,
        note = opt(facts.registry_note.as_ref()),
        references = list(&references, |r| lit(r)),
        aliases = list(&facts.aliases, |a| lit(a)),
        cache = facts.cache.unwrap_or_default(),
        sent = facts.sent.unwrap_or(true),
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
                "EntryText {{ title: {}, meaning: {}, scenario: {}, see_also: {}, situations: {}, \
                 origin: {}, status_note: {}, wire: {} }}",
                lit(&text.title),
                lit(&text.meaning),
                lit(&text.scenario),
                list(see_also, |s| lit(s)),
                list(&text.situations, |s| lit(s)),
                opt(text.origin.as_ref()),
                opt(text.status_note.as_ref()),
                opt(text.wire.as_ref()),
            )
        })
        .collect();
    format!(
        "    Texts {{\n        name: {},\n        strings: {strings},\n        classes: [{}],\n        conditions: {},\n        entries: &[\n            {}\n        ],\n    }}",
        lit(&language.name),
        classes.join(", "),
        list(&language.conditions, |c| lit(c)),
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
        ("category", names(&Category::ALL)),
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
