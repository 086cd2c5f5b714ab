//! The engine's unit tests, over small indexes built in memory.

use crate::analyze::{STOP_WORDS, is_stop_word, stem};
use crate::builder::IndexBuilder;
use crate::fuzzy::distance_within;
use crate::index::Index;
use crate::normalize::{
    ASCII_CLASSES, JOINER, NChar, UPPER, WORD, char_class, cjk_script, inert, is_joiner, normalize,
    push_composed,
};
use crate::query::parse_query;
use crate::{HIRAGANA_WEIGHT, MAX_TERMS};
use unicode_normalization::char::{canonical_combining_class, decompose_compatible};

use unicode_normalization::UnicodeNormalization;

const NAMES: usize = 1;
const TITLE: usize = 2;
const SITUATIONS: usize = 3;
const MEANING: usize = 4;
const WEIGHTS: [f32; 6] = [10.0, 8.0, 6.0, 5.0, 2.0, 1.0];

fn index(docs: &[(usize, &[(usize, &str)])]) -> Index<'static> {
    let mut builder = IndexBuilder::new(&WEIGHTS);
    for &(doc, values) in docs {
        for &(field, text) in values {
            builder.add(doc, field, text);
        }
    }
    builder.build()
}

fn found(index: &Index, query: &str) -> Vec<usize> {
    index
        .search(&parse_query(query))
        .iter()
        .map(|m| m.doc)
        .collect()
}

fn score(index: &Index, query: &str, doc: usize) -> f32 {
    let matches = index.search(&parse_query(query));
    matches
        .iter()
        .find(|m| m.doc == doc)
        .map_or(0.0, |m| m.score)
}

fn terms(query: &str) -> Vec<String> {
    parse_query(query)
        .terms
        .iter()
        .map(|t| t.text.clone())
        .collect()
}

#[test]
fn ascii_classes_are_those_worked_out() {
    for b in 0..128u8 {
        let c = char::from(b);
        assert_eq!(
            ASCII_CLASSES[usize::from(b)],
            char_class(c, cjk_script(c)),
            "{c:?}"
        );
    }
    assert_eq!(char_class('_', None), JOINER);
    assert_eq!(char_class('É', None), WORD | UPPER);
    assert_eq!(char_class('\u{301}', None), WORD);
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        if cjk_script(c).is_some() {
            assert!(
                !is_joiner(c) && !c.is_uppercase() && !c.is_lowercase(),
                "{c}"
            );
        }
    }
}

#[test]
fn inert_characters_normalise_as_the_full_path_would() {
    use std::collections::HashSet;
    use unicode_normalization::char::decompose_canonical;
    // Every character that can end a canonical composition is the last
    // one of a decomposition into two or more.
    let mut ends = HashSet::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let mut d = Vec::new();
        decompose_canonical(c, |x| d.push(x));
        if d.len() >= 2 {
            ends.insert(d[d.len() - 1]);
        }
    }
    assert!(ends.contains(&'\u{301}') && ends.contains(&'\u{3099}'));
    let mut count = 0;
    for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
        let Some(n) = inert(c, 0, c.len_utf8()) else {
            continue;
        };
        let full = NChar::new(c, 0, c.len_utf8());
        assert_eq!(
            (n.c, n.script, n.class),
            (full.c, full.script, full.class),
            "{c}"
        );
        // Its decomposition starts with a starter that nothing before
        // it composes with, and composes back to it alone.
        let mut d = Vec::new();
        decompose_compatible(c, |x| d.push(x));
        assert!(
            canonical_combining_class(d[0]) == 0 && !ends.contains(&d[0]),
            "{c}"
        );
        let (mut out, mut starter) = (Vec::new(), None);
        for x in d {
            push_composed(&mut out, &mut starter, x, 0, c.len_utf8());
        }
        assert_eq!(out.len(), 1, "{c}");
        assert_eq!((out[0].c, out[0].start, out[0].end), (c, n.start, n.end));
        assert_eq!(starter, Some(0));
        count += 1;
    }
    assert!(count > 20_000);
}

#[test]
fn normalization_is_nfkc_and_keeps_source_bytes() {
    for text in [
        "ＡＰＩ",
        "４０４",
        "ｶﾞｲﾄﾞ",
        "ﬁle",
        "e\u{301}t\u{e9}",
        "①②",
        "한국어",
        "㍿",
        "Ｒｅｔｒｙ－Ａｆｔｅｒ",
    ] {
        let norm = normalize(text);
        let ours: String = norm.iter().map(|n| n.c).collect();
        assert_eq!(ours, text.nfkc().collect::<String>(), "{text}");
        for n in &norm {
            assert!(
                text.is_char_boundary(n.start) && text.is_char_boundary(n.end) && n.start < n.end
            );
        }
    }
    let norm = normalize("ｶﾞ");
    assert_eq!(
        (norm.len(), norm[0].c, norm[0].start, norm[0].end),
        (1, 'ガ', 0, 6)
    );
}

#[test]
fn codes_and_classes_are_not_terms() {
    let q = parse_query("301和308哪个好");
    assert_eq!(q.codes, [301, 308]);
    assert!(!q.has_terms() && !q.is_empty());
    assert_eq!(parse_query("４０４").codes, [404]);
    assert_eq!(parse_query("what is 000").codes, [0]);
    let q = parse_query("5xx or 4XX errors");
    assert_eq!(
        (q.classes.as_slice(), terms("5xx or 4XX errors")),
        (&[5, 4][..], vec!["error".to_owned()])
    );
    let q = parse_query("x509 404 rfc 9110 404");
    assert_eq!(q.codes, [404]);
    assert_eq!(terms("x509 404 rfc 9110 404"), ["x509", "rfc", "9110"]);
    assert_eq!(parse_query("429のレスポンス").codes, [429]);
}

#[test]
fn stop_words_alone_give_no_terms() {
    for text in [
        "",
        "  ?! ",
        "what status code should I return",
        "Which one to use: 401 or 403",
        "HTTP response codes vs status",
        "ステータスコードは何を返すべき",
        "401と403の違い",
        "どのレスポンスを返す場合",
        "应该返回什么状态码",
        "用哪个状态码",
        "什么时候",
        "是什么意思",
    ] {
        let q = parse_query(text);
        assert!(!q.has_terms(), "{text}: {:?}", terms(text));
        assert_eq!(q.word_count(), 0);
    }
    assert_eq!(terms("what is the api key for"), ["api", "key"]);
    assert!(parse_query("").is_empty());
}

#[test]
fn identifiers_split_and_keep_their_whole_name() {
    assert_eq!(
        terms("HttpStatusCode.NotFound"),
        ["not", "found", "notfound", "httpstatuscodenotfound"]
    );
    assert_eq!(terms("HTTP_STATUS_TEAPOT"), ["teapot", "httpstatusteapot"]);
    assert_eq!(
        terms("XMLHttpRequest APIs"),
        ["xml", "request", "xmlhttprequest", "api"]
    );
    assert_eq!(terms("rate-limit"), ["rat", "limit", "ratelimit"]);
    assert_eq!(terms("HttpStatusCode"), Vec::<String>::new());
}

#[test]
fn stop_words_are_sorted_and_found() {
    assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    assert!(STOP_WORDS.iter().all(|w| is_stop_word(w)));
    assert!(!is_stop_word("the\0") && !is_stop_word("appropriateness") && !is_stop_word(""));
    assert!(is_stop_word("the") && is_stop_word("status") && !is_stop_word("not"));
}

#[test]
fn edit_distance_is_bounded_osa() {
    let d = |a: &str, b: &str, k| {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        distance_within(&a, &b, k)
    };
    assert_eq!(d("gateway", "gateway", 1), Some(0));
    assert_eq!(d("gaetway", "gateway", 1), Some(1));
    assert_eq!(d("forbiden", "forbidden", 2), Some(1));
    assert_eq!(d("gatwey", "gateway", 2), Some(2));
    assert_eq!(d("gatwey", "gateway", 1), None);
    assert_eq!(d("abcdef", "uvwxyz", 2), None);
    assert_eq!(d("", "ab", 2), Some(2));
}

#[test]
fn stemming_is_light_and_consistent() {
    for (words, stemmed) in [
        (&["limit", "limits", "limited", "limiting"][..], "limit"),
        (&["expire", "expires", "expired", "expiring"], "expir"),
        (&["upload", "uploads", "uploaded", "uploading"], "upload"),
        (&["retry", "retries", "retried", "retrying"], "retry"),
        (&["cache", "caches", "cached", "caching"], "cach"),
        (&["stop", "stopped", "stopping"], "stop"),
        (&["status"], "status"),
        (&["need", "needs", "needed"], "need"),
        (&["add", "added"], "add"),
        (&["permanently", "permanent"], "permanent"),
        (&["temporarily", "temporary"], "temporary"),
    ] {
        for w in words {
            assert_eq!(stem(w), stemmed, "{w}");
        }
    }
    let idx = index(&[
        (1, &[(MEANING, "rate limit")]),
        (2, &[(SITUATIONS, "token expires")]),
        (3, &[(SITUATIONS, "upload too big")]),
        (4, &[(SITUATIONS, "retries exhausted")]),
    ]);
    for q in ["limiting", "limits", "limited"] {
        assert_eq!(found(&idx, q), [1], "{q}");
    }
    assert_eq!(found(&idx, "expired "), [2]);
    assert_eq!(found(&idx, "uploaded "), [3]);
    assert_eq!(found(&idx, "retry "), [4]);
}

#[test]
fn term_order_does_not_matter_and_more_terms_rank_higher() {
    let idx = index(&[
        (1, &[(SITUATIONS, "api key missing")]),
        (
            2,
            &[
                (SITUATIONS, "api key rotated"),
                (SITUATIONS, "api key expired"),
                (SITUATIONS, "key api"),
            ],
        ),
        (3, &[(MEANING, "the key is missing")]),
    ]);
    let a = idx.search(&parse_query("api key missing"));
    let b = idx.search(&parse_query("missing key api"));
    assert_eq!(
        a.iter().map(|m| m.doc).collect::<Vec<_>>(),
        b.iter().map(|m| m.doc).collect::<Vec<_>>()
    );
    assert_eq!((a[0].doc, a[0].terms_matched), (1, 3));
    assert_eq!(
        a.iter().map(|m| m.terms_matched).collect::<Vec<_>>(),
        [3, 2, 2]
    );
    // A word matching nothing lowers the score but finds the rest.
    let q = parse_query("api key missing qqqzzz");
    let m = idx.search(&q);
    assert_eq!((m[0].doc, m[0].terms_matched, q.word_count()), (1, 3, 4));
    assert!(m[0].score < a[0].score);
}

#[test]
fn width_case_and_joiners_do_not_matter() {
    let idx = index(&[
        (1, &[(SITUATIONS, "API key")]),
        (2, &[(MEANING, "rate limit exceeded")]),
        (3, &[(NAMES, "Request-URI Too Long")]),
        (4, &[(NAMES, "content_type")]),
        (5, &[(NAMES, "HttpStatusCode.NotFound")]),
    ]);
    assert_eq!(found(&idx, "ＡＰＩ"), [1]);
    assert_eq!(found(&idx, "api KEY"), [1]);
    assert_eq!(found(&idx, "rate-limit"), [2]);
    assert_eq!(found(&idx, "RateLimit"), [2]);
    assert_eq!(found(&idx, "request uri"), [3]);
    assert_eq!(found(&idx, "uri"), [3]);
    assert_eq!(found(&idx, "Content Type"), [4]);
    assert_eq!(found(&idx, "not found"), [5]);
}

#[test]
fn an_exact_constant_name_ranks_first() {
    let idx = index(&[
        (1, &[(NAMES, "StatusTeapot")]),
        (
            2,
            &[
                (TITLE, "I'm a teapot"),
                (MEANING, "a teapot asked to brew coffee"),
            ],
        ),
        (3, &[(NAMES, "HTTP_STATUS_TEAPOT")]),
        (4, &[(NAMES, "HttpStatusCode.NotFound")]),
        (5, &[(TITLE, "Not Found")]),
    ]);
    assert_eq!(found(&idx, "teapot").len(), 3);
    assert_eq!(found(&idx, "StatusTeapot")[0], 1);
    assert_eq!(found(&idx, "HTTP_STATUS_TEAPOT")[0], 3);
    assert_eq!(found(&idx, "NotFound"), [4, 5]);
    assert_eq!(found(&idx, "notfound"), [4]);
}

#[test]
fn typos_are_tolerated_by_word_length() {
    let idx = index(&[
        (1, &[(TITLE, "Forbidden")]),
        (2, &[(TITLE, "Unauthorized")]),
        (3, &[(TITLE, "Bad Gateway")]),
        (4, &[(SITUATIONS, "api key missing")]),
        (5, &[(MEANING, "each")]),
        (6, &[(MEANING, "cache")]),
    ]);
    assert_eq!(found(&idx, "forbiden"), [1]);
    assert_eq!(found(&idx, "frobidden"), [1]);
    assert_eq!(found(&idx, "forbbiden"), [1], "two edits from 8 letters");
    assert_eq!(found(&idx, "unauthorised"), [2]);
    assert_eq!(found(&idx, "gaetway"), [3], "a transposition is one edit");
    assert_eq!(found(&idx, "gatway"), [3]);
    assert!(
        found(&idx, "gaetwya").is_empty(),
        "two edits are too many for 7 letters"
    );
    assert!(found(&idx, "kye").is_empty(), "no typos below 4 letters");
    assert_eq!(
        found(&idx, "cache"),
        [6],
        "a word found as typed is not corrected"
    );
    assert!(score(&idx, "gaetway", 3) < score(&idx, "gateway", 3));
}

#[test]
fn the_word_being_typed_matches_as_a_prefix() {
    let idx = index(&[(1, &[(MEANING, "a teapot")]), (2, &[(MEANING, "tea time")])]);
    assert_eq!(found(&idx, "teap"), [1]);
    assert_eq!(
        found(&idx, "teap "),
        [2],
        "a finished word is not a prefix (but one edit from tea)"
    );
    assert!(
        !found(&idx, "teap pot").contains(&1),
        "only the last word is"
    );
    assert_eq!(found(&idx, "tea"), [2, 1]);
    assert!(score(&idx, "teap", 1) < score(&idx, "teapot", 1));
    assert!(!parse_query("t").has_terms());
}

#[test]
fn cjk_matches_by_bigrams() {
    let idx = index(&[
        (1, &[(SITUATIONS, "请求过于频繁")]),
        (2, &[(SITUATIONS, "アップロードされたファイルが大きすぎる")]),
        (3, &[(SITUATIONS, "文件太大")]),
        (4, &[(MEANING, "请求的资源不存在")]),
    ]);
    assert_eq!(found(&idx, "请求太频繁")[0], 1);
    let m = idx.search(&parse_query("アップロード ファイル 大きすぎる"));
    assert_eq!((m.len(), m[0].doc, m[0].terms_matched), (1, 2, 3));
    assert_eq!(found(&idx, "文件"), [3]);
    assert_eq!(found(&idx, "ファイルが大きい"), [2]);
    assert_eq!(found(&idx, "资源"), [4]);
    assert_eq!(found(&idx, "源"), [4], "a single character is a unigram");
}

#[test]
fn particles_and_stop_words_do_not_become_bigrams() {
    assert_eq!(
        terms("トークンの有効期限切れ"),
        [
            "トー", "ーク", "クン", "有効", "効期", "期限", "限切", "切れ"
        ]
    );
    assert_eq!(parse_query("トークンの有効期限切れ").word_count(), 2);
    assert_eq!(terms("キーがない"), ["キー", "ない"]);
    assert_eq!(terms("ファイルではない"), ["ファ", "ァイ", "イル", "ない"]);
    assert_eq!(terms("エラー時のコード"), ["エラ", "ラー"]);
    assert_eq!(terms("一時的"), ["一時"]);
    assert_eq!(terms("令牌过期了"), ["令牌", "牌过", "过期"]);
    assert_eq!(terms("超时"), ["超时"]);
    let idx = index(&[
        (1, &[(SITUATIONS, "トークンの有効期限切れ")]),
        (2, &[(SITUATIONS, "サインの有無を確認する")]),
    ]);
    assert_eq!(found(&idx, "トークンの有効期限切れ"), [1]);
    // Inflections in pure hiragana weigh less, also in how much of a
    // word they make: すぎる alone does not match 多すぎる.
    let q = parse_query("多すぎる");
    let w = HIRAGANA_WEIGHT;
    assert_eq!(
        q.terms.iter().map(|t| t.weight).collect::<Vec<_>>(),
        [1.0, w, w]
    );
    let idx = index(&[(1, &[(TITLE, "大きすぎる")]), (2, &[(MEANING, "多すぎる")])]);
    let m = idx.search(&q);
    assert_eq!(
        m.iter()
            .map(|m| (m.doc, m.terms_matched))
            .collect::<Vec<_>>(),
        [(2, 1), (1, 0)]
    );
}

#[test]
fn a_cjk_word_start_scores_higher() {
    let idx = index(&[
        (1, &[(SITUATIONS, "プロファイルを送る")]),
        (2, &[(SITUATIONS, "ファイルを送る")]),
    ]);
    assert_eq!(found(&idx, "ファイル"), [2, 1]);
}

#[test]
fn rare_terms_weigh_more() {
    let idx = index(&[
        (1, &[(MEANING, "server busy")]),
        (2, &[(MEANING, "server down")]),
        (3, &[(MEANING, "server gone")]),
        (4, &[(MEANING, "gateway")]),
    ]);
    assert_eq!(found(&idx, "server gateway")[0], 4);
}

#[test]
fn heavier_fields_weigh_more() {
    let idx = index(&[(1, &[(MEANING, "gone")]), (2, &[(TITLE, "Gone")])]);
    assert_eq!(found(&idx, "gone"), [2, 1]);
}

#[test]
fn repeated_matches_saturate() {
    let many = [(SITUATIONS, "timeout"); 8];
    let idx = index(&[(1, &[(SITUATIONS, "timeout")]), (2, &many)]);
    let (one, eight) = (score(&idx, "timeout", 1), score(&idx, "timeout", 2));
    assert!(eight > one && eight < 3.0 * one, "{one} {eight}");
}

#[test]
fn words_next_to_each_other_score_higher() {
    let idx = index(&[
        (
            1,
            &[
                (SITUATIONS, "rate of uploads"),
                (SITUATIONS, "limit reached"),
            ],
        ),
        (
            2,
            &[(SITUATIONS, "rate limit exceeded"), (SITUATIONS, "ok")],
        ),
    ]);
    assert_eq!(found(&idx, "rate limit "), [2, 1]);
    assert_eq!(found(&idx, "limit rate "), [2, 1]);
    let idx = index(&[
        (1, &[(SITUATIONS, "期限の有効性")]),
        (2, &[(SITUATIONS, "有効期限")]),
    ]);
    assert_eq!(found(&idx, "有効期限"), [2, 1]);
}

#[test]
fn a_match_tells_its_best_value() {
    let idx = index(&[(
        7,
        &[
            (TITLE, "Too Many Requests"),
            (SITUATIONS, "api key missing"),
            (SITUATIONS, "rate limit hit"),
            (SITUATIONS, "too many login attempts"),
            (
                MEANING,
                "The client sent too many requests in a given time (rate limiting).",
            ),
        ],
    )]);
    let m = idx.search(&parse_query("rate limit"));
    assert_eq!(
        (m[0].doc, m[0].best, m[0].terms_matched),
        (7, (SITUATIONS, 1), 2)
    );
    let m = idx.search(&parse_query("too many requests"));
    assert_eq!(m[0].best, (TITLE, 0));
}

#[test]
fn highlights_what_matched() {
    let text = "Rate-limit exceeded; retry later";
    let idx = index(&[(1, &[(SITUATIONS, text)])]);
    let ranges = idx
        .marker(&parse_query("rate limiting retri"))
        .highlight(text);
    assert_eq!(ranges, [0..4, 5..10, 21..26]);
    let text = "アップロードされたファイルが大きすぎる";
    let idx = index(&[(1, &[(SITUATIONS, text)])]);
    let ranges = idx.marker(&parse_query("ファイル")).highlight(text);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&text[ranges[0].clone()], "ファイル");
    let text = "use StatusTeapot here";
    let idx = index(&[(1, &[(NAMES, text)])]);
    assert_eq!(
        idx.marker(&parse_query("StatusTea")).highlight(text),
        vec![4..16]
    );
    let idx = index(&[(1, &[(MEANING, "ＡＰＩキー")])]);
    assert_eq!(
        idx.marker(&parse_query("api")).highlight("ＡＰＩキー"),
        vec![0..9]
    );
    assert_eq!(
        idx.marker(&parse_query("404"))
            .highlight("see 404, not 410"),
        vec![4..7]
    );
}

#[test]
fn documents_and_fields_are_generic() {
    let mut builder = IndexBuilder::new(&[1.0, -1.0]);
    builder.add(404, 0, "not found");
    builder.add(7, 1, "hidden");
    builder.add(9, 5, "beyond the weights");
    let idx = builder.build();
    assert_eq!(
        (idx.len(), found(&idx, "found"), found(&idx, "hidden")),
        (3, vec![404], vec![])
    );
    assert_eq!(found(&idx, "beyond"), [9]);
    let empty = IndexBuilder::new(&[]).build();
    assert!(empty.is_empty() && found(&empty, "anything").is_empty());
}

/// A small xorshift generator: the tests stay deterministic without a crate.
fn random(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn garbage(state: &mut u64, len: usize) -> String {
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "_",
        "-",
        ".",
        "/",
        ":",
        "'",
        " ",
        "4",
        "04",
        "xx",
        "\u{301}",
        "\u{3099}",
        "ｶ",
        "ﾞ",
        "の",
        "は",
        "ー",
        "時",
        "请求",
        "ＡＰＩ",
        "４",
        "ﬁ",
        "\u{0}",
        "\u{FFFF}",
        "😀",
        "Ǆ",
        "İ",
        "ß",
        "가",
        "\u{200D}",
        "StatusTeapot",
        "HTTP_",
        "rate-limit",
        "ステータスコード",
    ];
    (0..len)
        .map(|_| {
            let r = random(state);
            if r.is_multiple_of(4) {
                char::from_u32(u32::try_from((r >> 8) % 0x11_0000).unwrap_or(0))
                    .map_or_else(String::new, String::from)
            } else {
                PIECES[(r >> 8) as usize % PIECES.len()].to_owned()
            }
        })
        .collect()
}

#[test]
fn garbage_and_huge_input_never_panic() {
    let mut state = 0x9E37_79B9_7F4A_7C15;
    let mut builder = IndexBuilder::new(&WEIGHTS);
    for doc in 0..40 {
        for field in 0..8 {
            let len = (random(&mut state) % 40) as usize;
            builder.add(doc, field, &garbage(&mut state, len));
        }
    }
    let huge = "rate limit ".repeat(7_000) + &"語".repeat(70_000);
    builder.add(99, 3, &huge);
    builder.add(98, 3, &"\u{301}".repeat(10_000));
    let idx = builder.build();
    for _ in 0..500 {
        let len = (random(&mut state) % 30) as usize;
        let text = garbage(&mut state, len);
        let query = parse_query(&text);
        for m in idx.search(&query) {
            assert!(m.score.is_finite() && m.score > 0.0);
            assert!(m.terms_matched <= query.word_count());
        }
        for r in idx.marker(&query).highlight(&text) {
            assert!(text.get(r).is_some());
        }
    }
    let long_query = garbage(&mut state, 5_000) + &"abcdefghij ".repeat(2_000);
    let query = parse_query(&long_query);
    assert!(query.terms.len() <= MAX_TERMS);
    let _ = idx.search(&query);
    let _ = idx.search(&parse_query(&huge));
    assert!(!idx.marker(&parse_query("rate")).highlight(&huge).is_empty());
}
