//! Unit tests of `describe`.

use super::*;

fn entry(id: &str) -> &'static Entry {
    catalog::entry(id).unwrap()
}

#[test]
fn facts_come_in_the_order_a_developer_reads_them() {
    for lang in Lang::ALL {
        let labels = &lang.strings().labels;
        let order: Vec<&str> = facts(entry("301"), lang, Today::Day(0))
            .iter()
            .map(|f| f.label)
            .collect();
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
            ],
            "{lang}"
        );
    }
}

#[test]
fn facts_without_values_are_left_out() {
    let facts = facts(entry("306"), Lang::En, Today::Day(0));
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
fn dates_count_days_from_1970() {
    assert_eq!(days_of("1970-01-01"), Some(0));
    assert_eq!(days_of("2000-03-01"), Some(11_017));
    assert_eq!(days_of("2024-02-29"), Some(19_782));
    assert_eq!(days_of("2026-11-13"), Some(20_770));
    assert_eq!(days_of("soon"), None);
}

#[test]
fn a_temporary_registration_says_whether_its_term_has_ended() {
    let dates = Registration {
        registered: "2024-11-13",
        extended: Some("2025-09-15"),
        expires: "2026-11-13",
    };
    let expires = days_of("2026-11-13").unwrap();
    let before = registration(&dates, expires - 30, Lang::En);
    assert!(before.contains("in 30 days"), "{before}");
    let after = registration(&dates, expires + 18, Lang::En);
    assert!(after.contains("ended on 2026-11-13"), "{after}");
    assert!(after.contains("renewal"), "{after}");
    for lang in [Lang::Ja, Lang::Zh] {
        assert_ne!(
            registration(&dates, expires + 1, lang),
            registration(&dates, expires - 1, lang)
        );
    }
}

#[test]
fn a_code_that_is_never_sent_shows_the_wire_instead_of_caching() {
    let labels = &Lang::En.strings().labels;
    let never = facts(entry("444"), Lang::En, Today::Day(0));
    assert!(never.iter().any(|f| f.label == labels.wire));
    assert!(!never.iter().any(|f| f.label == labels.cache));
    let sent = facts(entry("404"), Lang::En, Today::Day(0));
    assert!(!sent.iter().any(|f| f.label == labels.wire));
}

#[test]
fn a_redirect_without_permanence_is_called_neither() {
    let see_other = entry("303").redirect.unwrap();
    assert_eq!(see_other.permanent, None);
    assert_eq!(
        permanence(see_other, Lang::En),
        Lang::En.strings().facts.redirect_neither
    );
}

#[test]
fn header_conditions_are_said_in_words() {
    let content_range = entry("206")
        .headers
        .iter()
        .find(|h| h.field == "Content-Range")
        .unwrap();
    let condition = Lang::En.texts().condition(content_range.condition.unwrap());
    assert!(header(content_range, Lang::En).ends_with(condition));
    assert!(!describe_required(entry("206")).contains(&"Content-Range"));
}

fn describe_required(entry: &Entry) -> Vec<&'static str> {
    required_headers(entry)
}

#[test]
fn constants_show_when_their_name_came_and_what_it_replaced() {
    let python = catalog::library("python").unwrap();
    let shown = constant(entry("422").constant(python).unwrap(), Lang::En);
    assert_eq!(
        shown,
        "HTTPStatus.UNPROCESSABLE_CONTENT (3.13+; earlier UNPROCESSABLE_ENTITY)"
    );
    let plain = constant(entry("404").constant(python).unwrap(), Lang::En);
    assert_eq!(plain, "HTTPStatus.NOT_FOUND");
}

#[test]
fn the_compare_table_has_redirect_columns_only_for_redirects() {
    let redirects: Vec<&Entry> = ["301", "308"].map(entry).to_vec();
    let table = compare_table(&redirects, Lang::En);
    assert_eq!(table[0].len(), 5);
    assert_eq!(table[1][1], "permanent");
    assert_eq!(table[2][2], Lang::En.strings().method[0]);
    let errors: Vec<&Entry> = ["401", "403"].map(entry).to_vec();
    let table = compare_table(&errors, Lang::En);
    assert_eq!(table[0].len(), 3);
    assert_eq!(table[1].last().unwrap(), "WWW-Authenticate");
    assert_eq!(compare_family(entry("401"))[0].code, 401);
    assert!(compare_family(entry("401")).len() > 1);
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
