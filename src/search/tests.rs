//! Unit tests of `search`.

use super::*;

fn codes(lang: Lang, query: &str) -> Vec<u16> {
    SearchIndex::of(lang)
        .search(query)
        .iter()
        .map(|hit| catalog::entries()[hit.entry].code)
        .collect()
}

#[test]
fn the_compiled_index_is_the_catalogue_built_now() {
    let documents = catalog::entries()
        .iter()
        .map(|entry| Document::of(entry, Lang::En))
        .collect();
    let built = SearchIndex::build(documents);
    for lang in Lang::ALL {
        assert!(built.index_bytes() == SearchIndex::of(lang).index_bytes());
    }
}

#[test]
fn an_exact_code_comes_first() {
    assert_eq!(codes(Lang::En, "404").first(), Some(&404));
}

#[test]
fn digits_find_every_code_that_starts_with_them() {
    let found = codes(Lang::En, "50");
    assert!(
        found.iter().all(|code| (500..510).contains(code)),
        "{found:?}"
    );
    for code in [500, 501, 502, 503, 504, 505, 506, 507, 508] {
        assert!(found.contains(&code), "{code} missing from {found:?}");
    }
}

#[test]
fn a_class_query_lists_that_class() {
    let found = codes(Lang::En, "4XX");
    assert!(found.contains(&400) && found.contains(&451));
    assert!(found.iter().all(|code| (400..500).contains(code)));
}

#[test]
fn codes_in_a_sentence_come_first_in_the_order_typed() {
    assert!(codes(Lang::En, "409 or 412").starts_with(&[409, 412]));
    assert!(codes(Lang::Zh, "301和308哪个好").starts_with(&[301, 308]));
    assert!(codes(Lang::En, "throttling 429 vs 503").starts_with(&[429, 503]));
}

#[test]
fn a_typo_still_finds_the_gateway_codes_first() {
    let found = codes(Lang::En, "gatway");
    assert!(
        found[..2].contains(&502) && found[..2].contains(&504),
        "{found:?}"
    );
}

#[test]
fn teapot_finds_418() {
    assert_eq!(codes(Lang::En, "teapot").first(), Some(&418));
}

#[test]
fn former_names_find_the_code() {
    assert_eq!(codes(Lang::En, "Unprocessable Entity").first(), Some(&422));
    assert_eq!(codes(Lang::En, "payload too large").first(), Some(&413));
}

#[test]
fn english_words_work_in_every_language() {
    for lang in Lang::ALL {
        assert!(codes(lang, "gateway timeout").starts_with(&[504]), "{lang}");
    }
}

#[test]
fn situations_find_their_code() {
    assert_eq!(codes(Lang::En, "api key missing").first(), Some(&401));
    assert_eq!(codes(Lang::Zh, "调用次数超限").first(), Some(&429));
}

#[test]
fn letters_in_order_are_the_last_resort() {
    assert_eq!(codes(Lang::En, "gtwytmout").first(), Some(&504));
}

#[test]
fn nonsense_finds_nothing() {
    assert!(codes(Lang::En, "zzqqxx").is_empty());
    assert!(codes(Lang::En, "997").is_empty());
}

#[test]
fn empty_and_meaningless_queries_list_everything_in_order() {
    let all: Vec<u16> = catalog::entries().iter().map(|e| e.code).collect();
    assert_eq!(codes(Lang::Ja, "  "), all);
    assert_eq!(codes(Lang::En, "http status code"), all);
    assert_eq!(codes(Lang::Zh, "状态码"), all);
}

#[test]
fn label_indices_point_at_the_typed_digits() {
    let hits = SearchIndex::of(Lang::En).search("40");
    assert!(hits.iter().all(|hit| hit.label_indices == [0, 1]));
}

#[test]
fn zeros_find_the_no_status_entry_as_logs_write_it() {
    for zeros in ["0", "00", "000"] {
        let hits = SearchIndex::of(Lang::En).search(zeros);
        let found: Vec<u16> = hits
            .iter()
            .map(|hit| catalog::entries()[hit.entry].code)
            .collect();
        assert_eq!(found, [0], "{zeros}");
        // Its label is "0 No Status": only the one digit lights up.
        assert_eq!(hits[0].label_indices, [0], "{zeros}");
    }
    assert_eq!(
        SearchIndex::of(Lang::En).search("000")[0].tier,
        Tier::ExactCode
    );
}

#[test]
fn a_result_found_by_a_situation_says_which() {
    let hits = SearchIndex::of(Lang::En).search("client_max_body_size");
    let first = &hits[0];
    assert_eq!(catalog::entries()[first.entry].code, 413);
    assert!(
        first
            .reason
            .is_some_and(|r| r.contains("client_max_body_size"))
    );
}

#[test]
fn code_search_finds_codes_without_an_index() {
    let found = |query| {
        code_search(query).map(|hits| {
            hits.iter()
                .map(|hit| catalog::entries()[hit.entry].code)
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(found("404"), Some(vec![404]));
    assert_eq!(
        found("41").unwrap(),
        [410, 411, 412, 413, 414, 415, 416, 417, 418, 419]
    );
    assert_eq!(found("997"), Some(vec![]));
    assert_eq!(found("0"), Some(vec![0]));
    assert_eq!(found("gateway"), None);
}

#[test]
fn class_text_parses_only_real_classes() {
    assert_eq!(parse_class("4xx"), Some(Class::ClientError));
    assert_eq!(parse_class("5XX"), Some(Class::ServerError));
    assert_eq!(parse_class("6xx"), None);
    assert_eq!(parse_class("4xy"), None);
    assert_eq!(parse_class("4x"), None);
}
