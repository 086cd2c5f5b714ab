//! An entry's facts said in words of one language: the lines that the
//! command line and the browser both show, so they say the same thing.

use crate::catalog::{
    Cache, Catalog, Class, Entry, Header, Level, Redirect, RedirectMethod, Registration, Side,
};
use crate::lang::{Lang, fill};

/// A class heading: "4xx Client Error".
#[must_use]
pub fn class_heading(catalog: &Catalog, class: Class, lang: Lang) -> String {
    format!(
        "{} {}",
        class.label(),
        catalog.texts(lang).class(class).name
    )
}

/// The localized status, with its dates or origin where it has them.
#[must_use]
pub fn status(catalog: &Catalog, entry: &Entry, lang: Lang) -> String {
    let ui = catalog.ui(lang);
    let name = ui.status(entry.status);
    match (&entry.registration, &entry.origin) {
        (
            Some(Registration {
                registered,
                extended,
                expires,
            }),
            _,
        ) => {
            let extended = extended.as_deref().unwrap_or("-");
            let dates = fill(
                &ui.temporary_dates,
                &[
                    ("registered", registered),
                    ("extended", extended),
                    ("expires", expires),
                ],
            );
            format!("{name} ({dates})")
        }
        (None, Some(origin)) => format!(
            "{name} ({})",
            fill(&ui.unofficial_origin, &[("origin", origin)])
        ),
        (None, None) => name.to_owned(),
    }
}

/// Interim or final, and for a redirect whether it is permanent and what
/// happens to the method.
#[must_use]
pub fn kind(catalog: &Catalog, entry: &Entry, lang: Lang) -> String {
    let ui = catalog.ui(lang);
    let mut parts = vec![if entry.interim() {
        ui.kind_interim.clone()
    } else {
        ui.kind_final.clone()
    }];
    if let Some(redirect) = &entry.redirect {
        parts.push(permanence(catalog, redirect, lang).to_owned());
        parts.push(method(catalog, redirect, lang).to_owned());
    }
    parts.join(" · ")
}

/// "permanent" or "temporary", for a redirect.
#[must_use]
pub fn permanence<'a>(catalog: &'a Catalog, redirect: &Redirect, lang: Lang) -> &'a str {
    let ui = catalog.ui(lang);
    if redirect.permanent {
        &ui.redirect_permanent
    } else {
        &ui.redirect_temporary
    }
}

/// What following a redirect does to the method.
#[must_use]
pub fn method<'a>(catalog: &'a Catalog, redirect: &Redirect, lang: Lang) -> &'a str {
    let ui = catalog.ui(lang);
    match redirect.method {
        RedirectMethod::Kept => &ui.method_kept,
        RedirectMethod::MayChange => &ui.method_may_change,
        RedirectMethod::ToGet => &ui.method_to_get,
    }
}

/// Whether caches may store the response.
#[must_use]
pub fn cache(catalog: &Catalog, cache: Cache, lang: Lang) -> &str {
    let ui = catalog.ui(lang);
    match cache {
        Cache::Heuristic => &ui.cache_heuristic,
        Cache::Explicit => &ui.cache_explicit,
        Cache::Never => &ui.cache_never,
    }
}

/// Whether caches may store the response, in a word or two for a table.
#[must_use]
pub fn cache_short(catalog: &Catalog, cache: Cache, lang: Lang) -> &str {
    let ui = catalog.ui(lang);
    match cache {
        Cache::Heuristic => &ui.cache_short_heuristic,
        Cache::Explicit => &ui.cache_short_explicit,
        Cache::Never => &ui.cache_short_never,
    }
}

/// One header field and what the specification says of it.
#[must_use]
pub fn header(catalog: &Catalog, header: &Header, lang: Lang) -> String {
    let ui = catalog.ui(lang);
    let field = header.field.as_str();
    match (header.side, header.level) {
        (Side::Request | Side::Response, Level::Missing) => {
            fill(&ui.header_missing, &[("field", field)])
        }
        (Side::Request, _) | (Side::Response, Level::Cause) => {
            fill(&ui.header_cause, &[("field", field)])
        }
        (Side::Response, level) => {
            let level = match level {
                Level::Must => "MUST",
                Level::Should => "SHOULD",
                _ => "MAY",
            };
            fill(&ui.header_response, &[("field", field), ("level", level)])
        }
    }
}

/// The response fields a code must carry, for the compare view.
#[must_use]
pub fn required_headers(entry: &Entry) -> Vec<&str> {
    entry
        .headers
        .iter()
        .filter(|h| h.side == Side::Response && h.level == Level::Must)
        .map(|h| h.field.as_str())
        .collect()
}

/// One line per library constant: `rust  StatusCode::NOT_FOUND`.
#[must_use]
pub fn constants(catalog: &Catalog, entry: &Entry, lang: Lang) -> Vec<String> {
    let ui = catalog.ui(lang);
    let key_width = entry
        .constants
        .iter()
        .map(|c| catalog.libraries()[c.library].key.len())
        .max()
        .unwrap_or(0);
    entry
        .constants
        .iter()
        .map(|constant| {
            let key = &catalog.libraries()[constant.library].key;
            let note = if constant.former_name {
                format!(" ({})", ui.constant_former)
            } else {
                String::new()
            };
            format!("{key:key_width$}  {}{note}", constant.code)
        })
        .collect()
}

/// One line per related entry: "403 Forbidden — when ...".
#[must_use]
pub fn see_also(catalog: &Catalog, entry: &Entry, lang: Lang) -> Vec<String> {
    entry
        .see_also
        .iter()
        .map(|&index| {
            let other = &catalog.entries()[index];
            let why = catalog
                .text(entry, lang)
                .see_also
                .get(&other.id)
                .map_or("", String::as_str);
            format!("{} {} — {why}", other.code, catalog.text(other, lang).title)
        })
        .collect()
}
