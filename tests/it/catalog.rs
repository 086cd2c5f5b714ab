//! Integrity of the embedded catalogue: coverage of the IANA registry,
//! complete and clean text in every language, and load errors that name the
//! file and entry at fault.

use std::collections::HashSet;

use httpdex_catalog::lang::Lang;
use httpdex_catalog::{self as catalog, Class, Status};

use crate::util::IANA;
use httpdex_assets::{self as assets, Sources};

#[test]
fn every_iana_code_has_a_registered_entry() {
    for &code in IANA {
        let registered = catalog::by_code(code)
            .filter(|e| e.status != Status::Unofficial)
            .count();
        assert_eq!(
            registered, 1,
            "{code} should have exactly one registered entry"
        );
    }
}

#[test]
fn codes_outside_the_registry_are_marked_unofficial_with_an_origin() {
    for entry in catalog::entries() {
        if !IANA.contains(&entry.code) {
            assert_eq!(entry.status, Status::Unofficial, "{}", entry.id);
        }
        for lang in Lang::ALL {
            assert_eq!(
                entry.status == Status::Unofficial,
                entry.text(lang).origin.is_some(),
                "{lang} {}",
                entry.id
            );
        }
    }
}

#[test]
fn registered_names_follow_rfc_9110() {
    let phrase = |code| catalog::by_code(code).next().unwrap().phrase;
    assert_eq!(phrase(413), "Content Too Large");
    assert_eq!(phrase(422), "Unprocessable Content");
    // IANA lists 306 and 418 as "(Unused)": the note, beside the names
    // they are known by.
    let note = |code| catalog::by_code(code).next().unwrap().registry_note;
    assert_eq!(note(306), Some("Unused"));
    assert_eq!(note(418), Some("Unused"));
    assert_eq!(note(510), Some("OBSOLETED"));
    assert_eq!(phrase(418), "I'm a teapot");
    let aliases = |code| catalog::by_code(code).next().unwrap().aliases;
    assert!(aliases(413).contains(&"Payload Too Large"));
    assert!(aliases(413).contains(&"Request Entity Too Large"));
    assert!(aliases(422).contains(&"Unprocessable Entity"));
}

#[test]
fn statuses_of_special_registrations() {
    let status = |code| catalog::by_code(code).next().unwrap().status;
    assert_eq!(status(104), Status::Temporary);
    assert_eq!(status(306), Status::Unused);
    assert_eq!(status(418), Status::Unused);
    assert_eq!(status(510), Status::Obsolete);
    assert_eq!(status(305), Status::Deprecated);
    let temporary = catalog::by_code(104)
        .next()
        .unwrap()
        .registration
        .as_ref()
        .unwrap();
    assert_eq!(temporary.registered, "2024-11-13");
    assert_eq!(temporary.expires, "2026-11-13");
}

#[test]
fn rfc_9110_codes_cite_their_section() {
    for entry in catalog::entries()
        .iter()
        .filter(|e| e.status != Status::Unofficial)
    {
        let reference = entry.reference().unwrap();
        assert!(
            reference.starts_with("RFC ") || reference.starts_with("draft-"),
            "{}: {reference}",
            entry.id
        );
    }
    let reference = |code| catalog::by_code(code).next().unwrap().reference().unwrap();
    assert_eq!(reference(404), "RFC 9110, Section 15.5.5");
    assert_eq!(reference(426), "RFC 9110, Section 15.5.22");
    assert_eq!(reference(505), "RFC 9110, Section 15.6.6");
}

#[test]
fn well_known_unofficial_codes_are_present() {
    let origins = |code| -> Vec<&str> {
        catalog::by_code(code)
            .filter_map(|e| e.text(Lang::En).origin)
            .collect()
    };
    for code in [444, 494, 495, 496, 497, 499] {
        assert!(origins(code).contains(&"nginx"), "{code}");
    }
    for code in 520..=526 {
        assert!(origins(code).contains(&"Cloudflare"), "{code}");
    }
    assert!(origins(530).contains(&"Cloudflare"));
    for code in [460, 463, 464, 561] {
        assert!(origins(code).iter().any(|o| o.starts_with("AWS")), "{code}");
    }
    assert_eq!(origins(419), ["Laravel"]);
    assert_eq!(origins(430), ["Shopify"]);
    assert_eq!(origins(999), ["LinkedIn"]);
    for dropped in [450, 509, 598] {
        assert!(
            origins(dropped).is_empty(),
            "{dropped} has no primary source"
        );
    }
}

#[test]
fn codes_are_in_range_unique_per_origin_and_in_their_class() {
    let mut seen = HashSet::new();
    for entry in catalog::entries() {
        assert!(entry.code <= 999, "{}", entry.id);
        assert!(
            seen.insert((entry.code, entry.text(Lang::En).origin)),
            "{} twice",
            entry.id
        );
        assert_eq!(Class::of(entry.code), entry.class);
        if entry.class == Class::Other {
            assert!(entry.code == 0 || entry.code > 599, "{}", entry.id);
            assert_eq!(entry.status, Status::Unofficial, "{}", entry.id);
        } else {
            assert_eq!(
                entry.class.label().as_bytes()[0],
                entry.code.to_string().as_bytes()[0]
            );
        }
    }
}

/// Byte sequences that UTF-8 text takes on when decoded as Latin-1 or
/// Windows-1252 (the seed document's emoji arrived as "üåê").
const MOJIBAKE: &[&str] = &["Ã", "Â", "â€", "ã€", "ãƒ", "ï¼", "üå", "Ô∏", "\u{fffd}"];

fn every_text(lang: Lang) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for entry in catalog::entries() {
        let text = entry.text(lang);
        for (field, value) in [
            ("title", &text.title),
            ("meaning", &text.meaning),
            ("scenario", &text.scenario),
        ] {
            texts.push((format!("{} {field}", entry.id), (*value).to_owned()));
        }
    }
    for class in Class::ALL {
        let text = lang.texts().class(class);
        texts.push((format!("{} name", class.label()), text.name.to_owned()));
        texts.push((
            format!("{} description", class.label()),
            text.description.to_owned(),
        ));
    }
    texts
}

#[test]
fn no_text_is_mojibake() {
    for lang in Lang::ALL {
        for (what, text) in every_text(lang) {
            for bad in MOJIBAKE {
                assert!(
                    !text.contains(bad),
                    "{lang} {what} contains {bad:?}: {text}"
                );
            }
            assert!(
                !text.chars().any(char::is_control) || text.contains('\n'),
                "{lang} {what}"
            );
        }
    }
}

fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

#[test]
fn japanese_text_is_written_in_japanese() {
    for (what, text) in every_text(Lang::Ja) {
        assert!(
            text.chars().any(|c| is_kana(c) || is_han(c)),
            "ja {what}: {text}"
        );
    }
}

#[test]
fn no_message_doubles_its_punctuation() {
    for lang in Lang::ALL {
        let name = lang.code();
        let file = match lang {
            Lang::En => include_str!("../../assets/en.toml"),
            Lang::Ja => include_str!("../../assets/ja.toml"),
            Lang::Zh => include_str!("../../assets/zh.toml"),
        };
        for (n, line) in file.lines().enumerate() {
            for doubled in ["。。", "。；", "；。", ".;", "..\"", "、、", "，，"] {
                assert!(
                    !line.contains(doubled),
                    "assets/{name}.toml line {}: {doubled:?} in {line}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn chinese_text_is_written_in_chinese_without_kana() {
    for (what, text) in every_text(Lang::Zh) {
        assert!(text.chars().any(is_han), "zh {what}: {text}");
        assert!(!text.chars().any(is_kana), "zh {what} has kana: {text}");
    }
}

#[test]
fn every_language_has_its_own_name_and_translated_labels() {
    assert_eq!(Lang::En.texts().name, "English");
    assert_eq!(Lang::Ja.texts().name, "日本語");
    assert_eq!(Lang::Zh.texts().name, "中文");
    assert_ne!(
        Lang::En.strings().labels.meaning,
        Lang::Ja.strings().labels.meaning
    );
    assert_ne!(
        Lang::En.strings().labels.meaning,
        Lang::Zh.strings().labels.meaning
    );
}

/// The facts of the seed document, as (code, words its meaning keeps).
#[test]
fn seed_codes_keep_their_meaning() {
    let seed: &[(u16, &[&str])] = &[
        (100, &["continue", "body"]),
        (101, &["switch", "protocol"]),
        (201, &["created"]),
        (202, &["accepted", "not"]),
        (204, &["no content"]),
        (301, &["permanently"]),
        (304, &["not modified"]),
        (401, &["credentials"]),
        (404, &["not find"]),
        (405, &["method"]),
        (502, &["invalid response"]),
        (503, &["temporarily"]),
        (504, &["timed out"]),
    ];
    for (code, words) in seed {
        let entry = catalog::by_code(*code).next().unwrap();
        let text = format!(
            "{} {}",
            entry.text(Lang::En).title,
            entry.text(Lang::En).meaning
        )
        .to_lowercase();
        for word in *words {
            assert!(text.contains(word), "{code}: {word:?} not in {text}");
        }
    }
}

/// Checks the real assets after `edit` changed one of them (0 = codes,
/// 1..=3 = en, ja, zh, 4 = constants), returning the error message.
fn parse_edited(file: usize, edit: impl Fn(&str) -> String) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Sources::read(root).unwrap();
    let source = match file {
        0 => &mut sources.codes,
        4 => &mut sources.constants,
        n => &mut sources.texts[n - 1],
    };
    source.text = edit(&source.text);
    match assets::check(&sources) {
        Ok(_) => panic!("the edited catalogue should not load"),
        Err(err) => err.to_string(),
    }
}

#[test]
fn the_real_assets_check_and_match_the_compiled_catalogue() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let checked = assets::check(&Sources::read(root).unwrap()).unwrap();
    assert_eq!(checked.len(), catalog::entries().len());
    assert_eq!(assets::check_table_order(), Ok(()));
}

#[test]
fn a_missing_translation_names_the_file_and_entry() {
    let message = parse_edited(2, |ja| ja.replacen("[entries.425]", "[entries.x425]", 1));
    assert!(
        message.starts_with("assets/ja.toml: entry 425:"),
        "{message}"
    );
}

#[test]
fn an_empty_field_names_the_file_and_entry() {
    let message = parse_edited(3, |zh| {
        let start = zh.find("[entries.404]").unwrap();
        let title = start + zh[start..].find("title = ").unwrap();
        let end = title + zh[title..].find('\n').unwrap();
        format!("{}title = \"\"{}", &zh[..title], &zh[end..])
    });
    assert!(
        message.starts_with("assets/zh.toml: entry 404: title is empty"),
        "{message}"
    );
}

#[test]
fn a_code_out_of_range_names_the_entry() {
    let message = parse_edited(0, |codes| {
        codes.replacen("code = 100\n", "code = 700\nid = \"100\"\n", 1)
    });
    assert_eq!(
        message,
        "assets/codes.toml: entry 100: a code outside 100 to 599 can only be unofficial"
    );
}

#[test]
fn a_misspelt_string_names_the_file_and_both_keys() {
    let misspelt = |en: &str| {
        let labels = en.find("[labels]").unwrap();
        let at = labels + en[labels..].find("meaning =").unwrap();
        format!("{}meening ={}", &en[..at], &en[at + "meaning =".len()..])
    };
    assert_eq!(
        parse_edited(1, misspelt),
        "assets/en.toml: missing key labels.meaning"
    );
    let added = |en: &str| en.replacen("[labels]\n", "[labels]\nmeening = \"x\"\n", 1);
    assert_eq!(
        parse_edited(1, added),
        "assets/en.toml: unknown key labels.meening"
    );
}

#[test]
fn a_see_also_named_twice_is_refused() {
    let message = parse_edited(0, |codes| {
        let at = codes
            .find("see_also = [\"403\"")
            .expect("an entry that sees 403");
        format!(
            "{}see_also = [\"403\", \"403\"{}",
            &codes[..at],
            &codes[at + "see_also = [\"403\"".len()..]
        )
    });
    assert!(
        message.contains("see_also names \"403\" twice"),
        "{message}"
    );
}

#[test]
fn broken_toml_names_the_file() {
    let message = parse_edited(0, |codes| format!("{codes}\n[[entry]\n"));
    assert!(message.starts_with("assets/codes.toml:"), "{message}");
}

#[test]
fn a_see_also_to_an_unknown_entry_names_the_entry() {
    let message = parse_edited(0, |codes| {
        codes.replacen("code = 226\n", "code = 226\nsee_also = [\"997\"]\n", 1)
    });
    assert!(
        message.starts_with("assets/codes.toml: entry 226: see_also"),
        "{message}"
    );
}

#[test]
fn a_constant_for_an_unknown_entry_names_the_library_file() {
    let message = parse_edited(4, |constants| {
        constants.replacen("\"404\" = ", "\"997\" = ", 1)
    });
    assert!(
        message.starts_with("assets/constants.toml: entry 997:"),
        "{message}"
    );
}

#[test]
fn exactly_the_rfc_9110_list_and_451_are_heuristically_cacheable() {
    use httpdex_catalog::Cache;
    // RFC 9110 §15.1, plus 451 (RFC 7725 §3).
    let listed = [
        200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501, 451,
    ];
    for entry in catalog::entries() {
        let expected = listed.contains(&entry.code) && entry.status != Status::Unofficial;
        assert_eq!(entry.cache == Cache::Heuristic, expected, "{}", entry.id);
    }
    // RFC 6585: these must not be stored.
    for code in [428, 429, 431, 511] {
        assert_eq!(
            catalog::by_code(code).next().unwrap().cache,
            Cache::Never,
            "{code}"
        );
    }
}

#[test]
fn header_requirements_follow_the_specs() {
    use httpdex_catalog::{Level, Side};
    let has = |code: u16, field: &str, side: Side, levels: &[Level]| {
        catalog::by_code(code)
            .next()
            .unwrap()
            .headers
            .iter()
            .any(|h| h.field.starts_with(field) && h.side == side && levels.contains(&h.level))
    };
    let response = Side::Response;
    assert!(has(401, "WWW-Authenticate", response, &[Level::Must]));
    assert!(has(407, "Proxy-Authenticate", response, &[Level::Must]));
    assert!(has(405, "Allow", response, &[Level::Must]));
    assert!(has(426, "Upgrade", response, &[Level::Must]));
    for code in [301, 302, 303, 307, 308] {
        assert!(
            has(code, "Location", response, &[Level::Must, Level::Should]),
            "{code} needs Location"
        );
    }
    assert!(has(206, "Content-Range", response, &[Level::Must]));
    assert!(has(
        416,
        "Content-Range",
        response,
        &[Level::Must, Level::Should]
    ));
    assert!(has(429, "Retry-After", response, &[Level::May]));
    assert!(has(503, "Retry-After", response, &[Level::May]));
    assert!(has(451, "Link", response, &[Level::Should, Level::May]));
    assert!(has(412, "If-Match", Side::Request, &[Level::Cause]));
    assert!(has(417, "Expect", Side::Request, &[Level::Cause]));
    assert!(has(411, "Content-Length", Side::Request, &[Level::Missing]));
}

#[test]
fn redirects_say_whether_they_are_permanent_and_keep_the_method() {
    use httpdex_catalog::RedirectMethod::{Kept, MayChange, ToGet};
    let redirect = |code| catalog::by_code(code).next().unwrap().redirect.unwrap();
    // RFC 9110, Section 15.4.4: 303 is neither permanent nor temporary.
    for (code, permanent, method) in [
        (301, Some(true), MayChange),
        (302, Some(false), MayChange),
        (303, None, ToGet),
        (307, Some(false), Kept),
        (308, Some(true), Kept),
    ] {
        assert_eq!(redirect(code).permanent, permanent, "{code}");
        assert_eq!(redirect(code).method, method, "{code}");
    }
}

#[test]
fn see_also_covers_the_families_people_confuse() {
    let related = |id: &str| -> Vec<u16> {
        let entry = catalog::entry(id).unwrap();
        entry
            .see_also
            .iter()
            .map(|&i| catalog::entries()[i].code)
            .collect()
    };
    assert!(related("401").contains(&403));
    assert!(related("403").contains(&401));
    assert!(related("400").contains(&422));
    assert!(related("422").contains(&400));
    assert!(related("502").contains(&504));
    assert!(related("409").contains(&412));
    assert!(related("429").contains(&503));
    assert!(related("301").contains(&308));
    for lang in Lang::ALL {
        for entry in catalog::entries() {
            for (&other, why) in entry.see_also.iter().zip(entry.text(lang).see_also) {
                let id = catalog::entries()[other].id;
                assert!(!why.trim().is_empty(), "{lang} {} -> {id}", entry.id);
            }
        }
    }
}

#[test]
fn constants_know_their_former_names_and_releases() {
    let constant = |code: u16, library: &str| {
        let index = catalog::library(library).unwrap();
        *catalog::by_code(code)
            .next()
            .unwrap()
            .constant(index)
            .unwrap()
    };
    // The http crate never renamed 422: its only name is not a former one.
    let rust_422 = constant(422, "rust");
    assert_eq!(rust_422.code, "StatusCode::UNPROCESSABLE_ENTITY");
    assert!(rust_422.former.is_empty());
    assert_eq!(constant(103, "rust").since, Some("1.4"));
    let python_422 = constant(422, "python");
    assert_eq!(python_422.code, "HTTPStatus.UNPROCESSABLE_CONTENT");
    assert_eq!(python_422.since, Some("3.13"));
    assert_eq!(python_422.former[0].name, "UNPROCESSABLE_ENTITY");
    assert_eq!(python_422.former[0].until, Some("3.12"));
    assert!(
        constant(418, "python").former.is_empty(),
        "IM_A_TEAPOT is current"
    );
    assert_eq!(constant(422, "dotnet").since, Some("8.0"));
    assert_eq!(constant(421, "spring").since, Some("7.0"));
    assert!(constant(418, "spring").deprecated);
    assert_eq!(constant(413, "js").code, "StatusCodes.REQUEST_TOO_LONG");
    assert_eq!(
        constant(404, "aspnet").code,
        "StatusCodes.Status404NotFound"
    );
    assert_eq!(constant(404, "plug").code, ":not_found");
    assert_eq!(constant(418, "rust").code, "StatusCode::IM_A_TEAPOT");
    assert_eq!(constant(418, "go").code, "http.StatusTeapot");
    assert_eq!(
        constant(404, "node").code,
        "http2.constants.HTTP_STATUS_NOT_FOUND"
    );
    assert_eq!(constant(404, "rails").code, ":not_found");
    assert_eq!(constant(404, "symfony").code, "Response::HTTP_NOT_FOUND");
}
