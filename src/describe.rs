//! An entry's facts said in words of one language: the one list that the
//! command line and the browser both render, so they show the same facts in
//! the same order.

use std::time::{SystemTime, UNIX_EPOCH};

use httpdex_catalog::lang::{Lang, fill};
use httpdex_catalog::{
    self as catalog, Class, Entry, Header, Level, Redirect, Registration, Side, Status,
};

/// How a fact is best laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Sentences, wrapped under their label.
    Prose,
    /// Several items, one per line.
    List,
    /// A short value that can sit beside its label.
    Short,
}

/// One labelled fact of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fact {
    pub label: &'static str,
    pub shape: Shape,
    /// The paragraphs or items; never empty.
    pub values: Vec<String>,
}

/// Every fact of `entry` in `lang`, in the order a developer in a hurry
/// reads them: what it means and when, what to use instead, then what to
/// send with it, caching, names in code, and where it is defined.
#[must_use]
pub(crate) fn facts(entry: &Entry, lang: Lang, today: Today) -> Vec<Fact> {
    let labels = &lang.strings().labels;
    let text = entry.text(lang);
    let fact = |label, shape, values: Vec<String>| Fact {
        label,
        shape,
        values,
    };
    let mut facts = vec![
        fact(labels.meaning, Shape::Prose, vec![text.meaning.to_owned()]),
        fact(
            labels.scenario,
            Shape::Prose,
            vec![text.scenario.to_owned()],
        ),
    ];
    let lists = [
        (labels.see_also, see_also(entry, lang)),
        (
            labels.headers,
            entry.headers.iter().map(|h| header(h, lang)).collect(),
        ),
    ];
    for (label, items) in lists {
        if !items.is_empty() {
            facts.push(fact(label, Shape::List, items));
        }
    }
    match text.wire {
        // A code that never reaches a client has no caching to speak of.
        Some(wire) => facts.push(fact(labels.wire, Shape::Prose, vec![wire.to_owned()])),
        None => facts.push(fact(labels.cache, Shape::Short, vec![cache(entry, lang)])),
    }
    facts.push(fact(labels.kind, Shape::Short, vec![kind(entry, lang)]));
    let names = constants(entry, lang);
    if !names.is_empty() {
        facts.push(fact(labels.constants, Shape::List, names));
    }
    facts.push(fact(
        labels.class,
        Shape::Short,
        vec![class_heading(entry.class, lang)],
    ));
    // Only a temporary registration's term needs the date.
    let today = entry.registration.as_ref().map_or(0, |_| today.day());
    let mut status_lines = vec![status(entry, lang, today)];
    status_lines.extend(text.status_note.map(str::to_owned));
    facts.push(fact(labels.status, Shape::Short, status_lines));
    if !entry.references.is_empty() {
        facts.push(fact(
            labels.reference,
            Shape::Short,
            vec![entry.references.join(", ")],
        ));
    }
    if let Some(documented) = entry.documented {
        facts.push(fact(
            labels.documented,
            Shape::Short,
            vec![documented.to_owned()],
        ));
    }
    if !entry.aliases.is_empty() {
        facts.push(fact(
            labels.aliases,
            Shape::Short,
            vec![entry.aliases.join(", ")],
        ));
    }
    facts
}

/// A class heading: "4xx Client Error"; codes outside the classes have
/// no digit pattern to show.
#[must_use]
pub(crate) fn class_heading(class: Class, lang: Lang) -> String {
    let name = lang.texts().class(class).name;
    match class {
        Class::Other => name.to_owned(),
        _ => format!("{} {name}", class.label()),
    }
}

/// The one-line label of an entry in lists: code and localized title.
#[must_use]
pub fn list_label(entry: &Entry, lang: Lang) -> String {
    format!("{} {}", entry.code, entry.text(lang).title)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (the checks at build time
/// make sure every date of the catalogue is one).
#[must_use]
pub(crate) fn days_of(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-').map(str::parse::<i64>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    // Howard Hinnant's days_from_civil: years start in March, so the leap
    // day is the last of the year.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some(era * 146_097 + day_of_era - 719_468)
}

/// Where today's date comes from: the clock, read only for a temporary
/// registration's term, or a given day (in days since 1970-01-01, UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Today {
    Clock,
    Day(i64),
}

impl Today {
    /// The day, in days since 1970-01-01 (UTC).
    #[must_use]
    pub fn day(self) -> i64 {
        match self {
            Today::Clock => today(),
            Today::Day(day) => day,
        }
    }
}

/// Today, in days since 1970-01-01 (UTC).
#[must_use]
fn today() -> i64 {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    i64::try_from(seconds / 86_400).unwrap_or(0)
}

/// A temporary registration's dates and, against `today`, whether its term
/// has ended or how many days remain.
#[must_use]
pub(crate) fn registration(registration: &Registration, today: i64, lang: Lang) -> String {
    let facts = &lang.strings().facts;
    let left = days_of(registration.expires).map_or(0, |expires| expires - today);
    let template = if left < 0 {
        facts.temporary_ended
    } else {
        facts.temporary_remaining
    };
    fill(
        template,
        &[
            ("registered", registration.registered),
            ("extended", registration.extended.unwrap_or("-")),
            ("expires", registration.expires),
            ("days", &left.to_string()),
        ],
    )
}

/// The localized status: the registry's word and its note, the RFC's
/// category, a temporary registration's term, or who uses an unofficial
/// code; with the date of the registry the catalogue follows.
#[must_use]
pub(crate) fn status(entry: &Entry, lang: Lang, today: i64) -> String {
    let strings = lang.strings();
    let mut parts = vec![strings.status[entry.status as usize].to_owned()];
    if let Some(category) = entry.category {
        parts.push(strings.category[category as usize].to_owned());
    }
    if let Some(note) = entry.registry_note {
        parts.push(fill(strings.facts.registry_note, &[("note", note)]));
    }
    if let Some(dates) = &entry.registration {
        parts.push(registration(dates, today, lang));
    }
    if let Some(origin) = entry.text(lang).origin {
        parts.push(fill(strings.facts.unofficial_origin, &[("origin", origin)]));
    }
    if entry.status != Status::Unofficial {
        parts.push(fill(
            strings.facts.registered_as_of,
            &[("date", catalog::REGISTRY_SNAPSHOT)],
        ));
    }
    let (name, rest) = parts.split_first().expect("a status word");
    aside(name, rest, lang)
}

/// `text` with `asides` after it, in the language's brackets and
/// separators: "Standard (Experimental RFC; ...)", "標準（...、...）".
fn aside(text: &str, asides: &[String], lang: Lang) -> String {
    let facts = &lang.strings().facts;
    if asides.is_empty() {
        return text.to_owned();
    }
    fill(
        facts.aside,
        &[("text", text), ("aside", &asides.join(facts.separator))],
    )
}

/// Interim or final, and for a redirect whether it is permanent and what
/// happens to the method.
#[must_use]
pub(crate) fn kind(entry: &Entry, lang: Lang) -> String {
    let facts = &lang.strings().facts;
    let mut parts = vec![if entry.interim() {
        facts.kind_interim
    } else {
        facts.kind_final
    }];
    if let Some(redirect) = entry.redirect {
        parts.push(permanence(redirect, lang));
        parts.push(method(redirect, lang));
    }
    parts.join(facts.separator)
}

/// "permanent", "temporary", or neither (303), for a redirect.
#[must_use]
pub(crate) fn permanence(redirect: Redirect, lang: Lang) -> &'static str {
    let facts = &lang.strings().facts;
    match redirect.permanent {
        Some(true) => facts.redirect_permanent,
        Some(false) => facts.redirect_temporary,
        None => facts.redirect_neither,
    }
}

/// What following a redirect does to the method.
#[must_use]
pub(crate) fn method(redirect: Redirect, lang: Lang) -> &'static str {
    lang.strings().method[redirect.method as usize]
}

/// Whether caches may store the response.
#[must_use]
pub(crate) fn cache(entry: &Entry, lang: Lang) -> String {
    lang.strings().cache[entry.cache as usize].to_owned()
}

/// Whether caches may store the response, in a word or two for a table.
#[must_use]
pub(crate) fn cache_short(entry: &Entry, lang: Lang) -> &'static str {
    lang.strings().cache_short[entry.cache as usize]
}

/// One header field and what the specification says of it.
#[must_use]
pub(crate) fn header(header: &Header, lang: Lang) -> String {
    let strings = lang.strings();
    let field = header.field;
    let said = match (header.side, header.level) {
        (_, Level::Missing) => fill(strings.facts.header_missing, &[("field", field)]),
        (Side::Request, _) | (Side::Response, Level::Cause) => {
            fill(strings.facts.header_cause, &[("field", field)])
        }
        (Side::Response, level) => fill(
            strings.facts.header_response,
            &[("field", field), ("level", strings.level[level as usize])],
        ),
    };
    match header.condition {
        Some(condition) => fill(
            strings.facts.header_condition,
            &[
                ("header", &said),
                ("condition", lang.texts().condition(condition)),
            ],
        ),
        None => said,
    }
}

/// The response fields a code must carry in every case, for the compare
/// view.
#[must_use]
pub(crate) fn required_headers(entry: &Entry) -> Vec<&'static str> {
    entry
        .headers
        .iter()
        .filter(|h| h.side == Side::Response && h.level == Level::Must && h.condition.is_none())
        .map(|h| h.field)
        .collect()
}

/// The entries the compare view sets side by side for one entry: itself,
/// then its related codes.
#[must_use]
pub(crate) fn compare_family(entry: &'static Entry) -> Vec<&'static Entry> {
    let mut family = vec![entry];
    family.extend(entry.see_also.iter().map(|&i| &catalog::entries()[i]));
    family
}

/// The compare table in words of `lang`: a header row, then a row per
/// entry with what tells them apart (permanence and method, when any of
/// them is a redirect; caching; the headers each must carry).
#[must_use]
pub(crate) fn compare_table(family: &[&Entry], lang: Lang) -> Vec<Vec<String>> {
    let compare = &lang.strings().compare;
    let redirects = family.iter().any(|e| e.redirect.is_some());
    let mut header = vec![compare.code.to_owned()];
    if redirects {
        header.push(compare.permanence.to_owned());
        header.push(compare.method.to_owned());
    }
    header.push(compare.cache.to_owned());
    header.push(compare.headers.to_owned());
    let mut table = vec![header];
    for member in family {
        let mut row = vec![list_label(member, lang)];
        if redirects {
            let redirect = member.redirect;
            row.push(redirect.map_or("-", |r| permanence(r, lang)).to_owned());
            row.push(redirect.map_or("-", |r| method(r, lang)).to_owned());
        }
        row.push(cache_short(member, lang).to_owned());
        // What MUST be sent, then what SHOULD, so a redirect's Location
        // shows too.
        let should = member.headers.iter().filter(|h| {
            h.side == Side::Response && h.level == Level::Should && h.condition.is_none()
        });
        let mut fields: Vec<String> = required_headers(member)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let should_word = lang.strings().level[Level::Should as usize];
        fields.extend(should.map(|h| format!("{} ({should_word})", h.field)));
        row.push(if fields.is_empty() {
            "-".into()
        } else {
            fields.join(", ")
        });
        table.push(row);
    }
    table
}

/// A constant with its history: `HTTPStatus.UNPROCESSABLE_CONTENT (3.13+;
/// earlier UNPROCESSABLE_ENTITY)`.
#[must_use]
pub(crate) fn constant(constant: &catalog::Constant, lang: Lang) -> String {
    let facts = &lang.strings().facts;
    let mut notes = Vec::new();
    if let Some(since) = constant.since {
        notes.push(fill(facts.constant_since, &[("since", since)]));
    }
    if !constant.former.is_empty() {
        let names: Vec<&str> = constant.former.iter().map(|f| f.name).collect();
        notes.push(fill(
            facts.constant_earlier,
            &[("names", &names.join(", "))],
        ));
    }
    if constant.deprecated {
        notes.push(facts.constant_deprecated.to_owned());
    }
    aside(constant.code, &notes, lang)
}

/// One line per library constant: `rust  StatusCode::NOT_FOUND`.
#[must_use]
pub(crate) fn constants(entry: &Entry, lang: Lang) -> Vec<String> {
    let libraries = catalog::libraries();
    let key_width = entry
        .constants
        .iter()
        .map(|c| libraries[c.library].key.len())
        .max()
        .unwrap_or(0);
    entry
        .constants
        .iter()
        .map(|c| {
            let key = libraries[c.library].key;
            format!("{key:key_width$}  {}", constant(c, lang))
        })
        .collect()
}

/// One line per related entry: "403 Forbidden: when ...". The separator
/// is ASCII: a dash would be East Asian Ambiguous, two cells wide in many
/// CJK terminals.
#[must_use]
pub(crate) fn see_also(entry: &Entry, lang: Lang) -> Vec<String> {
    let why = entry.text(lang).see_also;
    entry
        .see_also
        .iter()
        .zip(why)
        .map(|(&index, why)| {
            let other = &catalog::entries()[index];
            format!("{}: {why}", list_label(other, lang))
        })
        .collect()
}

#[cfg(test)]
mod tests;
