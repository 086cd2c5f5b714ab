//! Facts of the catalogue checked against their sources: RFC 9110 and 9111,
//! the defining RFCs, the IANA registry (snapshot of 2025-09-15) and vendor
//! documentation. Each test checks the fact, not the sentence that says it.

use httpdex_catalog::lang::Lang;
use httpdex_catalog::{self as catalog, Cache, Category, Entry, Level, Side, Status};

fn entry(id: &str) -> &'static Entry {
    catalog::entry(id).unwrap_or_else(|| panic!("no entry {id}"))
}

fn header<'a>(entry: &'a Entry, field: &str) -> &'a httpdex_catalog::Header {
    entry
        .headers
        .iter()
        .find(|h| h.field == field)
        .unwrap_or_else(|| panic!("{} has no {field}", entry.id))
}

fn related(id: &str) -> Vec<&'static str> {
    entry(id)
        .see_also
        .iter()
        .map(|&i| catalog::entries()[i].id)
        .collect()
}

#[test]
fn interim_responses_are_never_stored() {
    // RFC 9111, Section 3: a cache must not store a non-final response.
    for entry in catalog::entries() {
        assert_eq!(
            entry.interim(),
            entry.cache == Cache::Interim,
            "{}",
            entry.id
        );
    }
    assert!(entry("103").interim());
}

#[test]
fn a_partial_content_names_one_range_or_several_as_alternatives() {
    // RFC 9110, Sections 15.3.7.1 and 15.3.7.2.
    let partial = entry("206");
    let one = header(partial, "Content-Range");
    let several = header(partial, "Content-Type (multipart/byteranges)");
    assert!(one.condition.is_some() && several.condition.is_some());
    assert_ne!(one.condition, several.condition);
    let if_range = header(partial, "If-Range");
    assert_eq!(
        (if_range.side, if_range.level),
        (Side::Request, Level::Cause)
    );
}

#[test]
fn requirement_levels_keep_their_conditions() {
    for (id, field) in [
        ("304", "ETag"),
        ("206", "Vary"),
        ("300", "Location"),
        ("413", "Retry-After"),
        ("416", "Content-Range"),
    ] {
        assert!(header(entry(id), field).condition.is_some(), "{id} {field}");
    }
}

#[test]
fn upload_resumption_follows_its_draft_and_the_registry_snapshot() {
    let upload = entry("104");
    assert_eq!(upload.status, Status::Temporary);
    assert_eq!(
        upload.references[0],
        "draft-ietf-httpbis-resumable-upload-05"
    );
    assert!(
        upload.references.len() > 1,
        "the draft's latest revision too"
    );
    for field in ["Location", "Upload-Limit", "Upload-Offset"] {
        assert!(header(upload, field).condition.is_some(), "{field}");
    }
    assert_eq!(catalog::REGISTRY_SNAPSHOT, "2025-09-15");
    let dates = upload.registration.unwrap();
    assert_eq!(dates.expires, "2026-11-13");
}

#[test]
fn cloudflare_timeouts_and_phrases_follow_cloudflare() {
    // A 524 comes after 120 seconds by default now, not 100.
    for lang in Lang::ALL {
        let text = entry("524").text(lang);
        let said = format!("{} {}", text.meaning, text.scenario);
        assert!(said.contains("120"), "{lang}: {said}");
        assert!(
            !said.contains("100 秒") && !said.contains("100 seconds"),
            "{lang}"
        );
    }
    assert_eq!(entry("521").phrase, "Origin Down");
    assert_eq!(entry("522").phrase, "Origin Connection Time-out");
    assert_eq!(entry("524").phrase, "Origin Time-out");
    assert_eq!(entry("525").phrase, "Origin SSL Handshake Error");
    assert!(entry("521").documented.is_some());
    assert_ne!(entry("530-cloudflare").phrase, entry("520").phrase);
}

#[test]
fn experimental_rfcs_say_so() {
    for id in ["103", "208", "508", "506"] {
        assert_eq!(entry(id).category, Some(Category::Experimental), "{id}");
    }
    assert_eq!(entry("404").category, None);
}

#[test]
fn see_other_has_no_permanence() {
    assert_eq!(entry("303").redirect.unwrap().permanent, None);
}

#[test]
fn exchange_codes_come_from_exchange() {
    for id in ["440", "449"] {
        let origin = entry(id).text(Lang::En).origin.unwrap();
        assert!(origin.contains("Exchange"), "{id}: {origin}");
    }
    assert_eq!(
        entry("449").phrase,
        "Retry after sending a PROVISION command"
    );
    for id in ["498", "499-esri"] {
        assert!(entry(id).text(Lang::En).meaning.contains("200"), "{id}");
    }
}

#[test]
fn codes_never_sent_say_what_the_wire_shows_instead_of_caching() {
    for id in ["444", "494", "495", "496", "497", "499-nginx", "460"] {
        let never = entry(id);
        assert!(!never.sent, "{id}");
        for lang in Lang::ALL {
            assert!(never.text(lang).wire.is_some(), "{lang} {id}");
        }
    }
    assert!(entry("404").sent && entry("404").text(Lang::En).wire.is_none());
}

#[test]
fn registry_notes_and_labels_are_where_they_come_from() {
    let obsolete = entry("510");
    assert_eq!(obsolete.registry_note, Some("OBSOLETED"));
    assert_eq!(obsolete.references.len(), 2);
    // IANA does not mark 102 deprecated; the label comes from RFC 4918.
    for lang in Lang::ALL {
        assert!(entry("102").text(lang).status_note.is_some(), "{lang}");
    }
}

#[test]
fn header_facts_follow_rfc_9110() {
    // Section 10.1.1: the client SHOULD repeat without the expectation.
    let expectation = entry("417").text(Lang::En);
    assert!(
        format!("{} {}", expectation.meaning, expectation.scenario)
            .contains("without the expectation")
    );
    // Section 15.5.16: Accept-Encoding or Accept, not Accept-Post.
    let unsupported = entry("415");
    header(unsupported, "Accept-Encoding");
    header(unsupported, "Accept");
    assert!(!unsupported.headers.iter().any(|h| h.field == "Accept-Post"));
    // Section 15.3.1: validator fields SHOULD be sent with a 200.
    for field in ["ETag", "Last-Modified"] {
        assert_eq!(header(entry("200"), field).level, Level::Should, "{field}");
    }
}

#[test]
fn former_phrases_nginx_still_sends_are_aliases() {
    for (id, alias) in [
        ("408", "Request Time-out"),
        ("504", "Gateway Time-out"),
        ("414", "Request-URI Too Large"),
        ("401", "Authorization Required"),
    ] {
        assert!(entry(id).aliases.contains(&alias), "{id} {alias}");
    }
}

#[test]
fn see_also_links_the_codes_that_answer_the_same_situation() {
    for (a, b) in [
        ("206", "416"),
        ("100", "417"),
        ("101", "426"),
        ("403", "451"),
        ("431", "494"),
        ("444", "499-nginx"),
    ] {
        assert!(related(a).contains(&b), "{a} -> {b}");
        assert!(related(b).contains(&a), "{b} -> {a}");
    }
}

#[test]
fn codes_people_meet_today_are_there_and_unsupported_ones_are_not() {
    for id in ["430", "529", "999", "0"] {
        assert_eq!(entry(id).status, Status::Unofficial, "{id}");
    }
    for id in ["450", "598", "509"] {
        assert!(catalog::entry(id).is_none(), "{id}");
    }
}

#[test]
fn references_never_use_the_section_sign() {
    for entry in catalog::entries() {
        for reference in entry.references {
            assert!(!reference.contains('§'), "{}: {reference}", entry.id);
        }
        for header in entry.headers {
            assert!(
                !header.section.unwrap_or_default().contains('§'),
                "{}",
                entry.id
            );
        }
    }
}
