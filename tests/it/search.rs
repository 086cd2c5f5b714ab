//! The search measured on questions developers ask (tests/it/queries.toml):
//! at least 90 % of situation queries have a right code in the first three
//! results, at least 97 % of name queries have it first, and queries that
//! name codes list exactly those codes first, in order.

use httpdex::search::SearchIndex;
use httpdex_catalog as catalog;
use httpdex_catalog::lang::Lang;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct File {
    query: Vec<Query>,
}

#[derive(Debug, Deserialize)]
struct Query {
    q: String,
    lang: String,
    kind: String,
    codes: Vec<u16>,
}

/// Each query with the codes the search gives, best first.
fn results() -> Vec<(Query, Vec<u16>)> {
    let file: File = toml::from_str(include_str!("queries.toml")).expect("queries.toml parses");
    let indexes = Lang::ALL.map(SearchIndex::of);
    file.query
        .into_iter()
        .map(|query| {
            let lang = Lang::parse(&query.lang).expect("a language");
            let found = indexes[lang.index()]
                .search(&query.q)
                .iter()
                .map(|hit| catalog::entries()[hit.entry].code)
                .collect();
            (query, found)
        })
        .collect()
}

/// The share of queries of `kind` that pass `good`, and the ones that fail.
fn score(
    results: &[(Query, Vec<u16>)],
    kind: &str,
    good: impl Fn(&Query, &[u16]) -> bool,
) -> (f64, Vec<String>) {
    let of_kind: Vec<_> = results.iter().filter(|(q, _)| q.kind == kind).collect();
    let failed: Vec<String> = of_kind
        .iter()
        .filter(|(q, found)| !good(q, found))
        .map(|(q, found)| {
            format!(
                "{} {:?}: want {:?}, got {:?}",
                q.lang,
                q.q,
                q.codes,
                &found[..found.len().min(5)]
            )
        })
        .collect();
    let passed = of_kind.len() - failed.len();
    #[allow(clippy::cast_precision_loss)]
    let share = passed as f64 / of_kind.len().max(1) as f64;
    (share, failed)
}

#[test]
fn the_development_set_has_enough_queries_in_each_language() {
    let results = results();
    for (lang, least) in [("en", 80), ("ja", 35), ("zh", 35)] {
        let count = results.iter().filter(|(q, _)| q.lang == lang).count();
        assert!(count >= least, "{lang}: {count} queries");
    }
}

#[test]
fn situations_find_a_right_code_in_the_first_three() {
    let results = results();
    let (share, failed) = score(&results, "situation", |q, found| {
        found.iter().take(3).any(|code| q.codes.contains(code))
    });
    println!("situations: {:.1} % in the top 3", share * 100.0);
    for line in &failed {
        println!("  {line}");
    }
    assert!(
        share >= 0.90,
        "{:.1} %:\n{}",
        share * 100.0,
        failed.join("\n")
    );
}

#[test]
fn names_find_their_code_first() {
    let results = results();
    let (share, failed) = score(&results, "name", |q, found| {
        found.first().is_some_and(|code| q.codes.contains(code))
    });
    println!("names: {:.1} % first", share * 100.0);
    assert!(
        share >= 0.97,
        "{:.1} %:\n{}",
        share * 100.0,
        failed.join("\n")
    );
}

#[test]
fn codes_typed_come_first_in_the_order_typed() {
    let results = results();
    let (share, failed) = score(&results, "codes", |q, found| found.starts_with(&q.codes));
    assert!((share - 1.0).abs() < f64::EPSILON, "{}", failed.join("\n"));
}
