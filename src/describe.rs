//! An entry's facts said in words of one language: the one list that the
//! command line and the browser both render, so they show the same facts in
//! the same order.

use crate::catalog::{self, Class, Entry, Header, Level, Redirect, Registration, Side};
use crate::lang::{Lang, fill};

/// How a fact is best laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Sentences, wrapped under their label.
    Prose,
    /// Several items, one per line.
    List,
    /// A short value that can sit beside its label.
    Short,
}

/// One labelled fact of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub shape: Shape,
    /// The paragraphs or items; never empty.
    pub values: Vec<String>,
}

/// Every fact of `entry` in `lang`, in the order a developer in a hurry
/// reads them: what it means and when, what to use instead, then what to
/// send with it, caching, names in code, and where it is defined.
#[must_use]
pub fn facts(entry: &Entry, lang: Lang) -> Vec<Fact> {
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
    facts.push(fact(labels.cache, Shape::Short, vec![cache(entry, lang)]));
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
    facts.push(fact(labels.status, Shape::Short, vec![status(entry, lang)]));
    if let Some(reference) = entry.reference {
        facts.push(fact(
            labels.reference,
            Shape::Short,
            vec![reference.to_owned()],
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

/// A class heading: "4xx Client Error".
#[must_use]
pub fn class_heading(class: Class, lang: Lang) -> String {
    format!("{} {}", class.label(), lang.texts().class(class).name)
}

/// The one-line label of an entry in lists: code and localized title.
#[must_use]
pub fn list_label(entry: &Entry, lang: Lang) -> String {
    format!("{} {}", entry.code, entry.text(lang).title)
}

/// The localized status, with its dates or origin where it has them.
#[must_use]
pub fn status(entry: &Entry, lang: Lang) -> String {
    let strings = lang.strings();
    let name = strings.status[entry.status as usize];
    match (&entry.registration, entry.origin) {
        (
            Some(Registration {
                registered,
                extended,
                expires,
            }),
            _,
        ) => {
            let dates = fill(
                strings.facts.temporary_dates,
                &[
                    ("registered", registered),
                    ("extended", extended.unwrap_or("-")),
                    ("expires", expires),
                ],
            );
            format!("{name} ({dates})")
        }
        (None, Some(origin)) => format!(
            "{name} ({})",
            fill(strings.facts.unofficial_origin, &[("origin", origin)])
        ),
        (None, None) => name.to_owned(),
    }
}

/// Interim or final, and for a redirect whether it is permanent and what
/// happens to the method.
#[must_use]
pub fn kind(entry: &Entry, lang: Lang) -> String {
    let facts = &lang.strings().facts;
    let mut parts = vec![if entry.interim() {
        facts.kind_interim
    } else {
        facts.kind_final
    }];
    if let Some(redirect) = &entry.redirect {
        parts.push(permanence(redirect, lang));
        parts.push(method(redirect, lang));
    }
    parts.join(" · ")
}

/// "permanent" or "temporary", for a redirect.
#[must_use]
pub fn permanence(redirect: &Redirect, lang: Lang) -> &'static str {
    let facts = &lang.strings().facts;
    if redirect.permanent {
        facts.redirect_permanent
    } else {
        facts.redirect_temporary
    }
}

/// What following a redirect does to the method.
#[must_use]
pub fn method(redirect: &Redirect, lang: Lang) -> &'static str {
    lang.strings().method[redirect.method as usize]
}

/// Whether caches may store the response.
#[must_use]
pub fn cache(entry: &Entry, lang: Lang) -> String {
    lang.strings().cache[entry.cache as usize].to_owned()
}

/// Whether caches may store the response, in a word or two for a table.
#[must_use]
pub fn cache_short(entry: &Entry, lang: Lang) -> &'static str {
    lang.strings().cache_short[entry.cache as usize]
}

/// One header field and what the specification says of it.
#[must_use]
pub fn header(header: &Header, lang: Lang) -> String {
    let strings = lang.strings();
    let field = header.field;
    match (header.side, header.level) {
        (_, Level::Missing) => fill(strings.facts.header_missing, &[("field", field)]),
        (Side::Request, _) | (Side::Response, Level::Cause) => {
            fill(strings.facts.header_cause, &[("field", field)])
        }
        (Side::Response, level) => fill(
            strings.facts.header_response,
            &[("field", field), ("level", strings.level[level as usize])],
        ),
    }
}

/// The response fields a code must carry, for the compare view.
#[must_use]
pub fn required_headers(entry: &Entry) -> Vec<&'static str> {
    entry
        .headers
        .iter()
        .filter(|h| h.side == Side::Response && h.level == Level::Must)
        .map(|h| h.field)
        .collect()
}

/// One line per library constant: `rust  StatusCode::NOT_FOUND`.
#[must_use]
pub fn constants(entry: &Entry, lang: Lang) -> Vec<String> {
    let former = lang.strings().facts.constant_former;
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
        .map(|constant| {
            let key = libraries[constant.library].key;
            let note = if constant.former_name {
                format!(" ({former})")
            } else {
                String::new()
            };
            format!("{key:key_width$}  {}{note}", constant.code)
        })
        .collect()
}

/// One line per related entry: "403 Forbidden — when ...".
#[must_use]
pub fn see_also(entry: &Entry, lang: Lang) -> Vec<String> {
    let why = entry.text(lang).see_also;
    entry
        .see_also
        .iter()
        .zip(why)
        .map(|(&index, why)| {
            let other = &catalog::entries()[index];
            format!("{} — {why}", list_label(other, lang))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> &'static Entry {
        catalog::entry(id).unwrap()
    }

    #[test]
    fn facts_come_in_the_order_a_developer_reads_them() {
        for lang in Lang::ALL {
            let labels = &lang.strings().labels;
            let order: Vec<&str> = facts(entry("301"), lang).iter().map(|f| f.label).collect();
            assert_eq!(
                order,
                [
                    labels.meaning,
                    labels.scenario,
                    labels.see_also,
                    labels.headers,
                    labels.cache,
                    labels.kind,
                    labels.constants,
                    labels.class,
                    labels.status,
                    labels.reference,
                    labels.aliases,
                ][..order.len()],
                "{lang}"
            );
        }
    }

    #[test]
    fn facts_without_values_are_left_out() {
        let facts = facts(entry("306"), Lang::En);
        assert!(facts.iter().all(|fact| !fact.values.is_empty()));
        let labels = &Lang::En.strings().labels;
        assert!(!facts.iter().any(|fact| fact.label == labels.headers));
    }

    #[test]
    fn see_also_lines_pair_each_code_with_its_own_reason() {
        let lines = see_also(entry("401"), Lang::En);
        let forbidden = lines.iter().find(|l| l.starts_with("403 ")).unwrap();
        let why = entry("401").text(Lang::En).see_also[entry("401")
            .see_also
            .iter()
            .position(|&i| catalog::entries()[i].code == 403)
            .unwrap()];
        assert!(forbidden.ends_with(why), "{forbidden}");
    }

    #[test]
    fn header_facts_use_the_languages_requirement_words() {
        let allow = entry("405")
            .headers
            .iter()
            .find(|h| h.field == "Allow")
            .unwrap();
        assert!(header(allow, Lang::En).contains("MUST"));
        assert!(header(allow, Lang::Ja).contains("必須"));
        assert!(header(allow, Lang::Zh).contains("必须"));
    }
}
