//! Unit tests of `http`.

use super::*;

fn responses(bytes: &[u8]) -> (Dialect, Vec<Response>) {
    match scan(bytes).input {
        Input::Responses { format, responses } => (format, responses),
        other => panic!("expected responses, got {other:?}"),
    }
}

fn codes_of(responses: &[Response]) -> Vec<u16> {
    responses.iter().map(|r| r.status.code).collect()
}

fn response(text: &str) -> Response {
    let (_, mut all) = responses(text.as_bytes());
    assert_eq!(all.len(), 1, "{text:?}");
    all.remove(0)
}

fn outcome(text: &str) -> Presence {
    response(text).check().expect("a check").outcome
}

fn present(value: &str) -> Presence {
    Presence::Present(value.to_owned())
}

fn malformed(value: &str) -> Presence {
    Presence::Malformed(value.to_owned())
}

#[test]
fn status_lines_in_arguments() {
    let line = |version, code, reason: Option<&str>| {
        Some(StatusLine {
            version,
            code,
            reason: reason.map(str::to_owned),
        })
    };
    let cases = [
        (
            "HTTP/1.1 404 Not Found",
            line(Some(Version::Http11), 404, Some("Not Found")),
        ),
        ("HTTP/2 503", line(Some(Version::Http2), 503, None)),
        ("HTTP/1.0 200", line(Some(Version::Http10), 200, None)),
        ("404 Not Found", line(None, 404, Some("Not Found"))),
        ("< HTTP/2 200", line(Some(Version::Http2), 200, None)),
        ("<HTTP/2 200 \r\n", line(Some(Version::Http2), 200, None)),
        (
            "  HTTP/1.1 302 Found",
            line(Some(Version::Http11), 302, Some("Found")),
        ),
        ("HTTP/3 421 ", line(Some(Version::Http3), 421, None)),
        ("HTTP/2.0 204", line(Some(Version::Http2), 204, None)),
        (
            "http/1.1 418 I'm a teapot",
            line(Some(Version::Http11), 418, Some("I'm a teapot")),
        ),
        ("HTTP/1.1 520 ", line(Some(Version::Http11), 520, None)),
        (
            "HTTP/1.1 200 OK\t",
            line(Some(Version::Http11), 200, Some("OK")),
        ),
        (
            "414 Request-URI Too Long",
            line(None, 414, Some("Request-URI Too Long")),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_status_line(text), expected, "{text:?}");
    }
}

#[test]
fn not_status_lines() {
    for text in [
        "",
        "   ",
        "404",
        " 404 ",
        "404 500",
        "404 - Not Found",
        "HTTP/1.1",
        "HTTP/1.1 ",
        "HTTP/1.1 4040 Huh",
        "HTTP/1.1 40 Short",
        "HTTP/1.1 099 Low",
        "HTTP/1.1 000",
        "000 Nothing",
        "HTTP/1.2 200 OK",
        "HTTP/2.5 200",
        "HTTP/1.1200 OK",
        "HTTP/1.1 200OK",
        "HTTP/1.1 200 O\u{7}K",
        "Not Found 404",
        "GET / HTTP/1.1",
        "<",
        "HTTP/",
        "HTTP/1.1 2\u{e9}0",
    ] {
        assert_eq!(parse_status_line(text), None, "{text:?}");
    }
}

#[test]
fn curl_redirect_chain() {
    let (format, all) = responses(include_bytes!(
        "../../tests/it/transcripts/curl_sIL_301_chain.txt"
    ));
    assert_eq!(format, Dialect::Plain);
    assert_eq!(codes_of(&all), [301, 301, 200]);
    assert_eq!(all[0].status.version, Some(Version::Http11));
    assert_eq!(all[0].status.reason.as_deref(), Some("Moved Permanently"));
    assert_eq!(all[1].status.version, Some(Version::Http2));
    assert_eq!(all[1].status.reason, None);
    assert_eq!(all[0].fields.len(), 6);
    assert_eq!(all[0].fields[0].name, "Server");
    let locations: Vec<Presence> = all
        .iter()
        .filter_map(Response::check)
        .map(|c| c.outcome)
        .collect();
    assert_eq!(
        locations,
        [
            present("https://example.com/docs"),
            present("https://example.com/docs/")
        ]
    );
    let check = all[1].check().unwrap();
    assert_eq!(
        (check.field, check.requirement),
        ("Location", Requirement::Should)
    );
    assert_eq!(check.reference, "RFC 9110, Section 15.4.2");
    assert_eq!(all[2].check(), None);
    assert_eq!(all[2].vendor(), Some(Vendor::Nginx));
}

#[test]
fn curl_429_with_retry_after() {
    let (_, all) = responses(include_bytes!(
        "../../tests/it/transcripts/curl_i_429_retry_after.txt"
    ));
    assert_eq!(codes_of(&all), [429]);
    let check = all[0].check().unwrap();
    assert_eq!(check.field, "Retry-After");
    assert_eq!(check.requirement, Requirement::May);
    assert_eq!(check.reference, "RFC 6585, Section 4");
    assert_eq!(check.outcome, present("30"));
    assert_eq!(all[0].vendor(), None);
}

#[test]
fn curl_401_without_challenge() {
    let (_, all) = responses(include_bytes!(
        "../../tests/it/transcripts/curl_i_401_no_challenge.txt"
    ));
    assert_eq!(codes_of(&all), [401]);
    let check = all[0].check().unwrap();
    assert_eq!(
        (check.field, check.requirement),
        ("WWW-Authenticate", Requirement::Must)
    );
    assert_eq!(check.outcome, Presence::Missing);
}

#[test]
fn cloudflare_522() {
    let (_, all) = responses(include_bytes!(
        "../../tests/it/transcripts/curl_i_cloudflare_522.txt"
    ));
    assert_eq!(codes_of(&all), [522]);
    assert_eq!(all[0].vendor(), Some(Vendor::Cloudflare));
    assert_eq!(
        all[0].values("CF-Ray").collect::<Vec<_>>(),
        ["8831b6f0fb7e5a3c-NRT"]
    );
    assert_eq!(all[0].check(), None);
}

#[test]
fn curl_verbose_404() {
    let (format, all) = responses(include_bytes!("../../tests/it/transcripts/curl_v_404.txt"));
    assert_eq!(format, Dialect::CurlVerbose);
    assert_eq!(codes_of(&all), [404]);
    assert_eq!(all[0].status.reason.as_deref(), Some("Not Found"));
    let names: Vec<&str> = all[0].fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Server",
            "Date",
            "Content-Type",
            "Content-Length",
            "Connection"
        ]
    );
    assert_eq!(all[0].vendor(), Some(Vendor::Nginx));
}

#[test]
fn wget_302_then_200() {
    let (format, all) = responses(include_bytes!(
        "../../tests/it/transcripts/wget_S_302_200.txt"
    ));
    assert_eq!(format, Dialect::Wget);
    assert_eq!(codes_of(&all), [302, 200]);
    // "Location: ... [following]" is wget's own line, not a field.
    assert_eq!(all[0].fields.len(), 6);
    assert_eq!(all[1].fields.len(), 8);
    let check = all[0].check().unwrap();
    assert_eq!(check.reference, "RFC 9110, Section 15.4.3");
    assert_eq!(
        check.outcome,
        present("http://example.com/releases/v2.3.1/")
    );
}

#[test]
fn raw_503_with_iso_retry_after() {
    let bytes = include_bytes!("../../tests/it/transcripts/raw_503_bad_retry_after.txt");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
    let (format, all) = responses(bytes);
    assert_eq!(format, Dialect::Plain);
    assert_eq!(codes_of(&all), [503]);
    let check = all[0].check().unwrap();
    assert_eq!(check.reference, "RFC 9110, Section 15.6.4");
    assert_eq!(check.outcome, malformed("2024-05-13T10:00:00Z"));
}

#[test]
fn curl_head_http2() {
    let (_, all) = responses(include_bytes!(
        "../../tests/it/transcripts/curl_I_http2_200.txt"
    ));
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].status,
        StatusLine {
            version: Some(Version::Http2),
            code: 200,
            reason: None
        }
    );
    assert_eq!(all[0].fields.len(), 11);
    assert_eq!(
        all[0].values("Content-Length").collect::<Vec<_>>(),
        ["1256"]
    );
    assert_eq!(all[0].vendor(), None);
}

#[test]
fn continue_then_created() {
    let (_, all) = responses(include_bytes!(
        "../../tests/it/transcripts/curl_i_100_continue_201.txt"
    ));
    assert_eq!(codes_of(&all), [100, 201]);
    assert!(all[0].fields.is_empty());
    assert_eq!(all[0].check(), None);
    let check = all[1].check().unwrap();
    assert_eq!(
        (check.field, check.requirement),
        ("Location", Requirement::May)
    );
    assert_eq!(check.outcome, present("/items/8812"));
}

#[test]
fn early_hints_then_ok() {
    let text = "HTTP/2 103 \r\nlink: </style.css>; rel=preload; as=style\r\n\r\n\
                HTTP/2 200 \r\ncontent-type: text/html\r\n\r\n<!doctype html>\n";
    let (_, all) = responses(text.as_bytes());
    assert_eq!(codes_of(&all), [103, 200]);
    assert_eq!(all[0].values("Link").count(), 1);
}

#[test]
fn status_text_in_a_body_does_not_count() {
    let text = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n\
                A server answers HTTP/1.1 404 Not Found when it has nothing.\r\n\
                HTTP/1.1 404 Not Found\r\n\
                is what it prints first.\r\n\
                HTTP/1.1 500 Internal Server Error\n\
                Server: example\n";
    let (_, all) = responses(text.as_bytes());
    // Mid-line, followed by prose, and LF where the response used CRLF.
    assert_eq!(codes_of(&all), [200]);
    assert_eq!(all[0].fields.len(), 1);
}

#[test]
fn responses_after_bodies() {
    // curl -i URL1 URL2 with bodies that end in a newline.
    let text = "HTTP/1.1 404 Not Found\r\nContent-Length: 10\r\n\r\nnot found\n\
                HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n";
    let (_, all) = responses(text.as_bytes());
    assert_eq!(codes_of(&all), [404, 200]);
}

#[test]
fn lf_only_and_blank_lines_before() {
    let (format, all) = responses(b"\n\n  \nHTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\n");
    assert_eq!(format, Dialect::Plain);
    assert_eq!(codes_of(&all), [405]);
    assert_eq!(all[0].check().unwrap().outcome, present("GET, HEAD"));
}

#[test]
fn response_after_progress_meter() {
    // curl -i URL 2>&1 without -s: the meter comes first.
    let text = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n\
                \x20                                Dload  Upload   Total   Spent    Left  Speed\n\
                \r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n\
                HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/\r\n\r\n";
    let (format, all) = responses(text.as_bytes());
    assert_eq!(format, Dialect::Plain);
    assert_eq!(codes_of(&all), [301]);
}

#[test]
fn a_lone_status_line_is_a_response() {
    let (_, all) = responses(b"HTTP/1.1 404 Not Found\n");
    assert_eq!(codes_of(&all), [404]);
    assert!(all[0].fields.is_empty());
}

#[test]
fn status_line_in_prose_is_not_a_response() {
    let text = "Notes on the outage\nHTTP/1.1 503 Service Unavailable\nwas all we saw.\n";
    assert_eq!(scan(text.as_bytes()).input, Input::Unrecognised);
}

#[test]
fn curl_verbose_reads_only_response_lines() {
    let text = "* using HTTP/2\n\
                > GET / HTTP/2\r\n> Host: example.com\r\n> \r\n\
                < HTTP/2 308 \r\n\
                * TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n\
                < location: https://example.com/new\r\n\
                < server: awselb/2.0\r\n\
                <\r\n\
                HTTP/1.1 200 OK\r\nServer: body\r\n\r\n\
                < not-a-field-after-the-block: x\r\n";
    let (format, all) = responses(text.as_bytes());
    assert_eq!(format, Dialect::CurlVerbose);
    assert_eq!(codes_of(&all), [308]);
    assert_eq!(all[0].fields.len(), 2);
    assert_eq!(all[0].vendor(), Some(Vendor::Aws));
    assert_eq!(
        all[0].check().unwrap().outcome,
        present("https://example.com/new")
    );
}

#[test]
fn wget_fields_end_at_the_first_unindented_line() {
    let text = "HTTP request sent, awaiting response... \n  HTTP/1.1 401 Unauthorized\n  \
                WWW-Authenticate: Basic realm=\"admin\"\nUsername/Password Authentication Failed.\n  \
                Not-A-Field: x\n";
    let (_, all) = responses(text.as_bytes());
    assert_eq!(all[0].fields.len(), 1);
    assert_eq!(
        all[0].check().unwrap().outcome,
        present("Basic realm=\"admin\"")
    );
}

#[test]
fn names_are_case_insensitive_and_repeats_kept() {
    let r = response("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\n");
    assert_eq!(r.values("SET-COOKIE").collect::<Vec<_>>(), ["a=1", "b=2"]);
    assert_eq!(r.fields.len(), 2);
}

#[test]
fn folded_lines_join_the_field() {
    let r =
        response("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic\r\n realm=\"x\"\r\n\r\n");
    assert_eq!(
        r.values("www-authenticate").collect::<Vec<_>>(),
        ["Basic realm=\"x\""]
    );
}

#[test]
fn field_values_are_trimmed_and_may_be_empty() {
    let r = response("HTTP/1.1 200 OK\r\nX-A:   spaced  \r\nX-B:\r\n\r\n");
    assert_eq!(r.values("x-a").collect::<Vec<_>>(), ["spaced"]);
    assert_eq!(r.values("x-b").collect::<Vec<_>>(), [""]);
}

#[test]
fn location_checks() {
    assert_eq!(
        outcome("HTTP/1.1 302 Found\r\nLocation: /a?b=c\r\n\r\n"),
        present("/a?b=c")
    );
    assert_eq!(
        outcome("HTTP/1.1 307 Temporary Redirect\r\n\r\n"),
        Presence::Missing
    );
    assert_eq!(
        outcome("HTTP/1.1 303 See Other\r\nLocation:\r\n\r\n"),
        malformed("")
    );
    assert_eq!(
        outcome("HTTP/1.1 308 Permanent Redirect\r\nLocation: /a b\r\n\r\n"),
        malformed("/a b")
    );
    assert_eq!(
        outcome("HTTP/1.1 301 Moved\r\nLocation: /a\x01\r\n\r\n"),
        malformed("/a\u{1}")
    );
    assert_eq!(
        outcome("HTTP/1.1 301 Moved\r\nLocation: /a\r\nLocation: /b\r\n\r\n"),
        malformed("/a, /b")
    );
    assert_eq!(outcome("HTTP/1.1 201 Created\r\n\r\n"), Presence::Missing);
    let check = response("HTTP/1.1 201 Created\r\n\r\n").check().unwrap();
    assert_eq!(check.requirement, Requirement::May);
    assert_eq!(
        response("HTTP/1.1 300 Multiple Choices\r\n\r\n").check(),
        None
    );
    assert_eq!(response("HTTP/1.1 304 Not Modified\r\n\r\n").check(), None);
}

#[test]
fn retry_after_checks() {
    for value in [
        "120",
        "0",
        "Wed, 21 Oct 2015 07:28:00 GMT",
        "Thu, 29 Feb 2024 23:59:60 GMT",
        "Wednesday, 21-Oct-15 07:28:00 GMT",
        "Wed Oct 21 07:28:00 2015",
        "Sun Nov  6 08:49:37 1994",
    ] {
        let text = format!("HTTP/1.1 503 Service Unavailable\r\nRetry-After: {value}\r\n\r\n");
        assert_eq!(outcome(&text), present(value), "{value}");
    }
    for value in [
        "",
        "-1",
        "1.5",
        "30s",
        "in 5 minutes",
        "2015-10-21T07:28:00Z",
        "Wed, 21 Oct 2015 07:28:00 UTC",
        "wed, 21 Oct 2015 07:28:00 GMT",
        "Wed, 21 Oct 15 07:28:00 GMT",
        "Wed, 21 Oct 2015 24:00:00 GMT",
        "Wed, 21 Oct 2015 07:60:00 GMT",
        "Wed, 31 Sep 2015 07:28:00 GMT",
        "Thu, 29 Feb 2023 07:28:00 GMT",
        "Wed, 00 Oct 2015 07:28:00 GMT",
        "Wed, 21 Oct 2015 07:28:00 GMT ",
        "Wed,21 Oct 2015 07:28:00 GMT",
        "Wed Oct 21 07:28:00 15",
    ] {
        let text = format!("HTTP/1.1 429 Too Many Requests\r\nRetry-After: {value}\r\n\r\n");
        // The field value is trimmed, so a trailing space is not what fails.
        let expected = value.trim_end();
        if expected == "Wed, 21 Oct 2015 07:28:00 GMT" {
            assert_eq!(outcome(&text), present(expected));
        } else {
            assert_eq!(outcome(&text), malformed(expected), "{value}");
        }
    }
    assert_eq!(
        outcome("HTTP/1.1 429 Too Many Requests\r\n\r\n"),
        Presence::Missing
    );
    assert_eq!(
        outcome("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nRetry-After: 2\r\n\r\n"),
        malformed("1, 2")
    );
}

#[test]
fn challenge_checks() {
    for value in [
        "Basic realm=\"simple\"",
        "Bearer",
        "Bearer realm=\"api\", error=\"invalid_token\"",
        "Newauth realm=\"apps\", type=1, Basic realm=\"simple\"",
        ", Negotiate",
        "Negotiate a87421000492aa874209af8bc028",
    ] {
        let text = format!("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: {value}\r\n\r\n");
        assert_eq!(outcome(&text), present(value), "{value}");
    }
    for value in [
        "",
        "realm=\"simple\"",
        "\"Basic\"",
        "Basic@ realm=x",
        "(Basic)",
    ] {
        let text = format!("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: {value}\r\n\r\n");
        assert_eq!(outcome(&text), malformed(value), "{value}");
    }
    assert_eq!(
        outcome(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic\r\nWWW-Authenticate: Bearer\r\n\r\n"
        ),
        present("Basic, Bearer")
    );
    let proxy = response(
        "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\"\r\n\r\n",
    );
    let check = proxy.check().unwrap();
    assert_eq!(check.field, "Proxy-Authenticate");
    assert_eq!(check.reference, "RFC 9110, Section 15.5.8");
    assert_eq!(check.outcome, present("Basic realm=\"proxy\""));
    // The other party's field does not count.
    assert_eq!(
        outcome("HTTP/1.1 407 Proxy Authentication Required\r\nWWW-Authenticate: Basic\r\n\r\n"),
        Presence::Missing
    );
}

#[test]
fn allow_checks() {
    let allow = |value: &str| {
        outcome(&format!(
            "HTTP/1.1 405 Method Not Allowed\r\nAllow: {value}\r\n\r\n"
        ))
    };
    assert_eq!(allow("GET, HEAD"), present("GET, HEAD"));
    assert_eq!(allow(""), present(""));
    assert_eq!(allow("GET,,PUT"), present("GET,,PUT"));
    assert_eq!(allow("GET HEAD"), malformed("GET HEAD"));
    assert_eq!(allow("GET; POST"), malformed("GET; POST"));
    assert_eq!(
        outcome("HTTP/1.1 405 Method Not Allowed\r\n\r\n"),
        Presence::Missing
    );
    assert_eq!(
        outcome("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET\r\nAllow: POST\r\n\r\n"),
        present("GET, POST")
    );
}

#[test]
fn content_range_checks() {
    let partial = |value: &str| {
        outcome(&format!(
            "HTTP/1.1 206 Partial Content\r\nContent-Range: {value}\r\n\r\n"
        ))
    };
    for value in [
        "bytes 0-499/1234",
        "bytes 0-0/1",
        "bytes 500-999/*",
        "Bytes 0-1233/1234",
        "bytes 7-7/00000000000000000000000000009",
    ] {
        assert_eq!(partial(value), present(value), "{value}");
    }
    for value in [
        "bytes */1234",
        "bytes 500-499/1234",
        "bytes 0-1234/1234",
        "bytes 0-499",
        "bytes=0-499/1234",
        "bytes -499/1234",
        "bytes 0-499/",
        "0-499/1234",
        "bytes  0-499/1234",
    ] {
        assert_eq!(partial(value), malformed(value), "{value}");
    }
    let missing = response("HTTP/1.1 206 Partial Content\r\nContent-Type: text/plain\r\n\r\n")
        .check()
        .unwrap();
    assert_eq!(
        (missing.field, missing.requirement),
        ("Content-Range", Requirement::Must)
    );
    assert_eq!(missing.reference, "RFC 9110, Section 15.3.7.1");
    assert_eq!(missing.outcome, Presence::Missing);
    let multipart = response(
        "HTTP/1.1 206 Partial Content\r\nContent-Type: multipart/byteranges; boundary=THIS_STRING_SEPARATES\r\n\r\n",
    )
    .check()
    .unwrap();
    assert_eq!(multipart.field, "Content-Type");
    assert_eq!(
        multipart.outcome,
        present("multipart/byteranges; boundary=THIS_STRING_SEPARATES")
    );

    let unsatisfiable = |value: &str| {
        outcome(&format!(
            "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: {value}\r\n\r\n"
        ))
    };
    assert_eq!(unsatisfiable("bytes */47022"), present("bytes */47022"));
    assert_eq!(unsatisfiable("bytes 0-1/2"), malformed("bytes 0-1/2"));
    assert_eq!(unsatisfiable("bytes */*"), malformed("bytes */*"));
    let check = response("HTTP/1.1 416 Range Not Satisfiable\r\n\r\n")
        .check()
        .unwrap();
    assert_eq!(
        (check.requirement, check.outcome),
        (Requirement::Should, Presence::Missing)
    );
}

#[test]
fn no_check_for_codes_without_one() {
    for code in [200, 204, 400, 403, 404, 500, 502, 504] {
        let r = response(&format!("HTTP/1.1 {code} X\r\nLocation: /x\r\n\r\n"));
        assert_eq!(r.check(), None, "{code}");
    }
}

#[test]
fn vendors() {
    let vendor =
        |fields: &str| response(&format!("HTTP/1.1 502 Bad Gateway\r\n{fields}\r\n")).vendor();
    assert_eq!(vendor("Server: cloudflare\r\n"), Some(Vendor::Cloudflare));
    assert_eq!(
        vendor("CF-RAY: 8831b6f0fb7e5a3c-NRT\r\n"),
        Some(Vendor::Cloudflare)
    );
    assert_eq!(
        vendor("Server: nginx\r\ncf-ray: 1-LHR\r\n"),
        Some(Vendor::Cloudflare)
    );
    assert_eq!(vendor("Server: awselb/2.0\r\n"), Some(Vendor::Aws));
    assert_eq!(vendor("x-amzn-RequestId: 0f1e2d3c\r\n"), Some(Vendor::Aws));
    assert_eq!(
        vendor("Server: nginx/1.24.0 (Ubuntu)\r\n"),
        Some(Vendor::Nginx)
    );
    assert_eq!(vendor("Server: NGINX\r\n"), Some(Vendor::Nginx));
    assert_eq!(vendor("Server: Apache/2.4.58\r\n"), None);
    assert_eq!(vendor("X-Server: cloudflare\r\nx-amz-cf-id: abc\r\n"), None);
    assert_eq!(vendor(""), None);
}

#[test]
fn bare_codes() {
    assert_eq!(
        scan(b"200\n404\n  500 \n\n\t301\r\n404").input,
        Input::Codes(vec![200, 404, 500, 301, 404], 0)
    );
    assert_eq!(scan(b"000\n200\n").input, Input::Codes(vec![0, 200], 0));
    assert_eq!(
        scan(b"404 Not Found\n200 OK\n").input,
        Input::Codes(vec![404, 200], 0)
    );
    assert_eq!(scan(b"599\n").input, Input::Codes(vec![599], 0));
    // A stray line among codes is counted and skipped, not fatal.
    assert_eq!(
        scan(b"status\n200\n404\n-\n200\n").input,
        Input::Codes(vec![200, 404, 200], 2)
    );
    for text in [
        &b"200\n404 500\n"[..],
        b"200\nOK\n",
        b"2000\n",
        b"20\n",
        b"099\n",
        b"-\n",
        b"000 Nothing\n",
        b"404\xff\n",
    ] {
        assert_eq!(scan(text).input, Input::Unrecognised, "{text:?}");
    }
}

#[test]
fn empty_and_whitespace() {
    assert_eq!(
        scan(b""),
        Received {
            input: Input::Empty,
            truncated: false
        }
    );
    assert_eq!(scan(b"   \n\t\n \r\n\n").input, Input::Empty);
    assert_eq!(read_input(&b"\n\n"[..]).unwrap().input, Input::Empty);
}

#[test]
fn invalid_utf8() {
    let r = response("HTTP/1.1 302 Found\r\nLocation: /caf\u{e9}\r\n\r\n");
    assert_eq!(r.check().unwrap().outcome, present("/caf\u{e9}"));
    let (_, all) = responses(b"HTTP/1.1 302 Found\r\nLocation: /caf\xe9\r\nX-\xff: y\r\n\r\n");
    assert_eq!(
        all[0].values("location").collect::<Vec<_>>(),
        ["/caf\u{fffd}"]
    );
    assert_eq!(all[0].fields.len(), 1);
    assert_eq!(
        responses(b"HTTP/1.1 404 Not F\xc3\x28und\r\n\r\n").1[0]
            .status
            .reason
            .as_deref(),
        Some("Not F\u{fffd}(und")
    );
    assert_eq!(scan(b"\xff\xfe\xfd\n\xc3\x28\n").input, Input::Unrecognised);
}

/// Deterministic pseudo-random bytes (xorshift64).
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed.to_le_bytes()[0]
        })
        .collect()
}

#[test]
fn binary_garbage() {
    for seed in 1..20 {
        let bytes = noise(64 * 1024, seed);
        assert_eq!(scan(&bytes).input, Input::Unrecognised, "seed {seed}");
    }
    assert_eq!(scan(&[0; 4096]).input, Input::Unrecognised);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(noise(1000, 7));
    assert_eq!(scan(&png).input, Input::Unrecognised);
}

#[test]
fn fragments_in_any_order_never_panic() {
    const PIECES: [&[u8]; 24] = [
        b"HTTP/1.1 ",
        b"HTTP/2 ",
        b"HTTP/",
        b"< ",
        b"> ",
        b"* ",
        b"  ",
        b"\r\n",
        b"\n",
        b"\r",
        b"200",
        b"404 Not Found",
        b"206",
        b"416",
        b"429",
        b"503",
        b"Retry-After: ",
        b"Content-Range: bytes ",
        b"0-",
        b"/",
        b"*",
        b"Location:",
        b"\xff\xc3",
        b" \t",
    ];
    let picks = noise(200_000, 99);
    for chunk in picks.chunks(40) {
        let mut bytes = Vec::new();
        for &pick in chunk {
            bytes.extend_from_slice(PIECES[usize::from(pick) % PIECES.len()]);
        }
        match scan(&bytes).input {
            Input::Responses { responses, .. } => {
                for r in &responses {
                    assert!((100..=999).contains(&r.status.code), "{bytes:?}");
                    let _ = (r.check(), r.vendor());
                }
            }
            Input::Codes(codes, _) => {
                assert!(codes.iter().all(|&c| c == 0 || (100..=999).contains(&c)));
            }
            Input::Empty => assert!(bytes.iter().all(u8::is_ascii_whitespace)),
            Input::Unrecognised => {}
        }
        if let Some(line) = parse_status_line(&String::from_utf8_lossy(&bytes)) {
            assert!((100..=999).contains(&line.code), "{bytes:?}");
        }
    }
}

/// Serves `total` bytes of repeated `pattern`, counting what is read.
struct Endless {
    pattern: &'static [u8],
    total: usize,
    served: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.total - self.served);
        for (i, b) in buf[..n].iter_mut().enumerate() {
            *b = self.pattern[(self.served + i) % self.pattern.len()];
        }
        self.served += n;
        Ok(n)
    }
}

const FIFTY_MB: usize = 50 * 1024 * 1024;

#[test]
fn huge_stream_is_read_only_up_to_the_limit() {
    let mut reader = Endless {
        pattern: b"HTTP/1.1 301 Moved Permanently\r\nLocation: /next\r\n\r\n",
        total: FIFTY_MB,
        served: 0,
    };
    let scan = read_input(&mut reader).unwrap();
    assert_eq!(reader.served, INPUT_LIMIT + 1);
    assert!(scan.truncated);
    let Input::Responses { responses, .. } = scan.input else {
        panic!("expected responses");
    };
    // 51 bytes per response: every whole one in the window; the status
    // line cut at the limit is left out.
    assert_eq!(responses.len(), INPUT_LIMIT / 51);
    assert!(responses.iter().all(|r| r.status.code == 301));
}

#[test]
fn huge_buffer_is_looked_at_only_up_to_the_limit() {
    let bytes = b"200\n".repeat(FIFTY_MB / 4);
    assert_eq!(bytes.len(), FIFTY_MB);
    let scan = scan(&bytes);
    assert!(scan.truncated);
    assert_eq!(scan.input, Input::Codes(vec![200; INPUT_LIMIT / 4], 0));
}

#[test]
fn a_line_cut_at_the_limit_is_left_out() {
    // The window ends in "20", which alone would not be a code.
    let mut bytes = b"\n\n".to_vec();
    bytes.extend(b"200\n".repeat(INPUT_LIMIT / 4));
    let scan = scan(&bytes);
    assert!(scan.truncated);
    assert_eq!(scan.input, Input::Codes(vec![200; INPUT_LIMIT / 4 - 1], 0));
    // Without a line end anywhere, nothing is read.
    let one_line = vec![b'7'; INPUT_LIMIT + 1];
    assert_eq!(crate::http::scan(&one_line).input, Input::Unrecognised);
}

#[test]
fn exactly_the_limit_is_not_truncated() {
    let bytes = b"404\n".repeat(INPUT_LIMIT / 4);
    let scan = read_input(&bytes[..]).unwrap();
    assert!(!scan.truncated);
    assert_eq!(scan.input, Input::Codes(vec![404; INPUT_LIMIT / 4], 0));
}
