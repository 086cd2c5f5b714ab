//! The search measured on questions collected from public Q&A sites, issue
//! trackers and blogs (tests/it/devset/), in the three languages, each with
//! the page it came from and the codes its answer or the RFC gives.
//!
//! The set is split once, by source, into a tuning half and a validation
//! half: ranking and situations are tuned on the first only, and the
//! figures that say how well the search generalises are the second's.

use std::collections::{BTreeMap, HashMap, HashSet};

use httpdex::search::SearchIndex;
use httpdex_catalog::{self as catalog, Lang};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct File {
    query: Vec<Row>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    q: String,
    lang: String,
    kind: String,
    codes: Vec<u16>,
    source: String,
    half: String,
}

fn rows() -> Vec<Row> {
    [
        ("en", include_str!("devset/en.toml")),
        ("ja", include_str!("devset/ja.toml")),
        ("zh", include_str!("devset/zh.toml")),
    ]
    .into_iter()
    .flat_map(|(lang, text)| {
        let file: File = toml::from_str(text).unwrap_or_else(|e| panic!("devset/{lang}.toml: {e}"));
        for row in &file.query {
            assert_eq!(row.lang, lang, "{:?} in devset/{lang}.toml", row.q);
        }
        file.query
    })
    .collect()
}

#[test]
fn every_row_is_well_formed_and_each_source_in_one_half() {
    let rows = rows();
    assert!(rows.len() >= 600, "{} rows", rows.len());
    for lang in ["ja", "zh"] {
        let n = rows.iter().filter(|r| r.lang == lang).count();
        assert!(n >= 150, "{lang}: {n} rows");
    }
    let known: HashSet<u16> = catalog::entries().iter().map(|e| e.code).collect();
    let mut seen = HashSet::new();
    let mut halves: HashMap<&str, &str> = HashMap::new();
    for row in &rows {
        assert!(
            ["situation", "name"].contains(&row.kind.as_str()),
            "{row:?}"
        );
        assert!(["tune", "validate"].contains(&row.half.as_str()), "{row:?}");
        assert!(row.source.starts_with("http"), "{row:?}");
        assert!(!row.codes.is_empty(), "{row:?}");
        for code in &row.codes {
            assert!(known.contains(code), "{code} is in no entry: {row:?}");
        }
        assert!(seen.insert((&row.lang, &row.q)), "twice: {row:?}");
        let half = halves.entry(&row.source).or_insert(&row.half);
        assert_eq!(*half, row.half, "{} is in both halves", row.source);
    }
}

/// (first, in the first three, count) per (half, language, kind).
type Figures = BTreeMap<(String, String, String), (usize, usize, usize)>;

fn figures(rows: &[Row]) -> Figures {
    let indexes = Lang::ALL.map(SearchIndex::of);
    let mut figures = Figures::new();
    for row in rows {
        let lang = Lang::parse(&row.lang).expect("a language");
        let found: Vec<u16> = indexes[lang.index()]
            .search(&row.q)
            .iter()
            .take(3)
            .map(|hit| catalog::entries()[hit.entry].code)
            .collect();
        let cell = figures
            .entry((row.half.clone(), row.lang.clone(), row.kind.clone()))
            .or_default();
        cell.0 += usize::from(found.first().is_some_and(|c| row.codes.contains(c)));
        cell.1 += usize::from(found.iter().any(|c| row.codes.contains(c)));
        cell.2 += 1;
    }
    figures
}

/// The share of `part` in `whole`, in per cent.
#[allow(clippy::cast_precision_loss)]
fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

#[test]
fn validation_figures_do_not_fall() {
    let figures = figures(&rows());
    let mut validation = (0, 0, 0);
    let mut names = (0, 0);
    for ((half, lang, kind), &(first, top3, n)) in &figures {
        println!(
            "{half:8} {lang} {kind:9} first {:5.1} %  top 3 {:5.1} %  ({n})",
            percent(first, n),
            percent(top3, n)
        );
        if half == "validate" && kind == "situation" {
            validation.0 += first;
            validation.1 += top3;
            validation.2 += n;
        }
        if half == "validate" && kind == "name" {
            names.0 += first;
            names.1 += n;
        }
    }
    let (first, top3) = (
        percent(validation.0, validation.2),
        percent(validation.1, validation.2),
    );
    let names = percent(names.0, names.1);
    println!(
        "validation situations: first {first:.1} %, top 3 {top3:.1} %; names first {names:.1} %"
    );
    // The floor is what the search reached when the set was collected: a
    // change that loses ground on questions nobody here wrote fails.
    assert!(
        first >= 71.0 && top3 >= 87.0 && names >= 84.0,
        "{first:.1} / {top3:.1} / {names:.1}"
    );
}
