//! The JSON shapes of `--json`: an entry, its headers, constants and
//! related codes, the compare rows and the constant table.

use serde::Serialize;

use httpdex_catalog::lang::Lang;
use httpdex_catalog::{
    self as catalog, Cache, Category, Entry, Former, Level, Redirect, Registration, Side, Status,
};

/// A row of `--compare --json`.
#[derive(Debug, Serialize)]
pub(crate) struct JsonCompare<'a> {
    pub(crate) code: u16,
    pub(crate) id: &'a str,
    pub(crate) phrase: &'a str,
    pub(crate) title: &'a str,
    pub(crate) redirect: Option<&'a Redirect>,
    pub(crate) cache: Option<Cache>,
    pub(crate) required_headers: Vec<&'a str>,
}

/// A constant in `--constant LIBRARY --json`.
#[derive(Debug, Serialize)]
pub(crate) struct JsonNamed<'a> {
    pub(crate) code: u16,
    pub(crate) id: &'a str,
    pub(crate) library: &'a str,
    pub(crate) name: &'a str,
    pub(crate) since: Option<&'a str>,
    pub(crate) former: &'a [Former],
    pub(crate) deprecated: bool,
}

/// The JSON form of an entry, in one language.
#[derive(Debug, Serialize)]
pub(crate) struct JsonEntry<'a> {
    pub(crate) code: u16,
    pub(crate) id: &'a str,
    pub(crate) phrase: &'a str,
    pub(crate) documented: Option<&'a str>,
    pub(crate) class: &'static str,
    pub(crate) status: Status,
    pub(crate) category: Option<Category>,
    pub(crate) registry_note: Option<&'a str>,
    pub(crate) status_note: Option<&'a str>,
    pub(crate) origin: Option<&'a str>,
    pub(crate) reference: Option<&'a str>,
    pub(crate) references: &'a [&'a str],
    pub(crate) aliases: &'a [&'a str],
    pub(crate) registration: Option<&'a Registration>,
    pub(crate) interim: bool,
    pub(crate) sent: bool,
    pub(crate) wire: Option<&'a str>,
    pub(crate) cacheable: bool,
    /// `None` for a code that is never sent.
    pub(crate) cache: Option<Cache>,
    pub(crate) headers: Vec<JsonHeader<'a>>,
    pub(crate) redirect: Option<&'a Redirect>,
    pub(crate) constants: serde_json::Map<String, serde_json::Value>,
    pub(crate) see_also: Vec<JsonSeeAlso<'a>>,
    pub(crate) lang: &'static str,
    pub(crate) title: &'a str,
    pub(crate) meaning: &'a str,
    pub(crate) scenario: &'a str,
}

/// A header fact, with its condition in words.
#[derive(Debug, Serialize)]
pub(crate) struct JsonHeader<'a> {
    pub(crate) field: &'a str,
    pub(crate) level: Level,
    pub(crate) side: Side,
    pub(crate) section: Option<&'a str>,
    pub(crate) condition: Option<&'a str>,
}

/// A library's constant for a code, with its history.
#[derive(Debug, Serialize)]
pub(crate) struct JsonConstant<'a> {
    pub(crate) name: &'a str,
    pub(crate) since: Option<&'a str>,
    pub(crate) former: &'a [Former],
    pub(crate) deprecated: bool,
}

/// A related entry, and when to use it instead.
#[derive(Debug, Serialize)]
pub(crate) struct JsonSeeAlso<'a> {
    pub(crate) code: u16,
    pub(crate) id: &'a str,
    pub(crate) text: &'a str,
}

/// Entries as a JSON array, in one language.
pub(crate) fn to_json(entries: &[&'static Entry], lang: Lang) -> String {
    let items: Vec<JsonEntry> = entries
        .iter()
        .map(|entry| json_entry(entry, lang))
        .collect();
    let mut json = serde_json::to_string_pretty(&items).expect("entries serialize to JSON");
    json.push('\n');
    json
}

/// The JSON form of one entry in `lang`.
pub(crate) fn json_entry(entry: &'static Entry, lang: Lang) -> JsonEntry<'static> {
    let text = entry.text(lang);
    let constants = entry
        .constants
        .iter()
        .map(|c| {
            let constant = JsonConstant {
                name: c.code,
                since: c.since,
                former: c.former,
                deprecated: c.deprecated,
            };
            (
                catalog::libraries()[c.library].key.to_owned(),
                serde_json::to_value(constant).expect("a constant serializes"),
            )
        })
        .collect();
    let headers = entry
        .headers
        .iter()
        .map(|h| JsonHeader {
            field: h.field,
            level: h.level,
            side: h.side,
            section: h.section,
            condition: h.condition.map(|c| lang.texts().condition(c)),
        })
        .collect();
    let see_also = entry
        .see_also
        .iter()
        .zip(text.see_also)
        .map(|(&index, why)| {
            let other = &catalog::entries()[index];
            JsonSeeAlso {
                code: other.code,
                id: other.id,
                text: why,
            }
        })
        .collect();
    JsonEntry {
        code: entry.code,
        id: entry.id,
        phrase: entry.phrase,
        documented: entry.documented,
        class: entry.class.label(),
        status: entry.status,
        category: entry.category,
        registry_note: entry.registry_note,
        status_note: text.status_note,
        origin: text.origin,
        reference: entry.reference(),
        references: entry.references,
        aliases: entry.aliases,
        registration: entry.registration.as_ref(),
        interim: entry.interim(),
        sent: entry.sent,
        wire: text.wire,
        cacheable: entry.sent && entry.cache == Cache::Heuristic,
        cache: entry.sent.then_some(entry.cache),
        headers,
        redirect: entry.redirect.as_ref(),
        constants,
        see_also,
        lang: lang.code(),
        title: text.title,
        meaning: text.meaning,
        scenario: text.scenario,
    }
}
