//! Status lines and response transcripts: what `httpdex` reads from an
//! argument such as `'HTTP/1.1 404 Not Found'` and from standard input, as in
//! `curl -sI URL | httpdex`.
//!
//! An argument goes through [`parse_status_line`]. Standard input goes
//! through [`read_input`] (or [`scan`] for bytes already in memory), which
//! looks at no more than the first [`INPUT_LIMIT`] bytes, so an endless or
//! binary stream costs bounded memory and time; [`Received::truncated`] says when
//! there was more.
//!
//! Recognised on standard input, as [`Input::Responses`]:
//!
//! - `curl -i`, `curl -I` and raw responses, LF or CRLF line ends: a status
//!   line at the start of a line, header fields, a blank line, the body.
//!   Responses in a row are all kept, in order: a redirect chain (`-L`), or
//!   interim `100 Continue` and `103 Early Hints` before the final response.
//! - `curl -v` (with `2>&1`): only lines starting with `< ` are read; request
//!   (`> `), information (`* `), data (`{ `, `} `) and body lines are skipped.
//! - `wget -S` / `wget --server-response`: status line and fields indented by
//!   two spaces; the first line without that indent ends the fields.
//! - HTTP/2 and HTTP/3 status lines, which have no reason phrase
//!   (curl prints `HTTP/2 200 ` with a trailing space).
//!
//! A body is not searched for responses the way a header block is: a status
//! line in a body counts only at the start of a line, with the line ends of
//! the first response, and when the next line is a header field (or, for
//! CRLF input, the blank line that ends an empty header block). Text such as
//! `see HTTP/1.1 200` in the middle of a line never counts.
//!
//! Otherwise, one status code per line (`cut -d' ' -f9 access.log`) is
//! [`Input::Codes`]: surrounding whitespace and blank lines are ignored, a
//! code may be followed by its reason phrase (`404 Not Found`), and `000`
//! (what `curl -w '%{http_code}'` prints when no response came) reads as 0.
//! Other lines are counted and skipped, as long as the codes are more.
//!
//! For each response, [`Response::check`] tests the header field that RFC
//! 9110 (or RFC 6585 for 429) ties to its code, and [`Response::vendor`]
//! tells which CDN, load balancer or server produced it.

use std::cmp::Ordering;
use std::io::{self, Read};

/// How much of standard input is examined: far more than any header block
/// (servers cap those at tens of kilobytes), yet small enough to hold.
pub(crate) const INPUT_LIMIT: usize = 1 << 20;

/// The protocol version named in a status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Http10,
    Http11,
    Http2,
    Http3,
}

/// A status line, such as `HTTP/1.1 404 Not Found`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    /// Absent when only a code and its phrase were given (`404 Not Found`).
    pub version: Option<Version>,
    pub code: u16,
    /// Absent when the line has none, as in HTTP/2 and HTTP/3.
    pub reason: Option<String>,
}

/// One header field line. Invalid UTF-8 reads as U+FFFD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
}

/// One response: its status line and its header fields, in order, each
/// field line kept even when a name repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: StatusLine,
    pub fields: Vec<Field>,
}

/// Where the responses on standard input came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `curl -i`, `curl -I`, or a raw response.
    Plain,
    /// `curl -v`.
    CurlVerbose,
    /// `wget -S`.
    Wget,
}

/// What standard input holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Nothing but whitespace.
    Empty,
    /// At least one response, in the order they appear.
    Responses {
        format: Dialect,
        responses: Vec<Response>,
    },
    /// Status codes, one per line, in order, repeats kept; and how many
    /// other non-blank lines there were (fewer than the codes).
    Codes(Vec<u16>, usize),
    /// Neither responses nor codes.
    Unrecognised,
}

/// The outcome of reading standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub input: Input,
    /// The input went on past [`INPUT_LIMIT`] bytes, which were not read;
    /// a line cut at the limit is left out too.
    pub truncated: bool,
}

/// How strongly the RFC asks for a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Requirement {
    Must,
    Should,
    May,
}

/// What a response has of the field a check is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Presence {
    /// Present and well formed; several field lines are joined with ", ".
    Present(String),
    Missing,
    /// Present but not valid, or repeated where only one is allowed; the
    /// value as sent, several lines joined with ", ".
    Malformed(String),
}

/// The result of checking the field that matters to a response's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Check {
    pub field: &'static str,
    pub requirement: Requirement,
    /// Where the requirement is defined, e.g. "RFC 9110, Section 15.5.2".
    pub reference: &'static str,
    pub outcome: Presence,
}

/// A party whose own status codes share numbers with others' (Cloudflare
/// 520 to 526, AWS load balancer 460 and 561, nginx 499).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vendor {
    Cloudflare,
    Aws,
    Nginx,
}

/// Reads a status line given as an argument: `HTTP/1.1 404 Not Found`,
/// `HTTP/2 503`, `404 Not Found`, or a line copied from `curl -v` output
/// (`< HTTP/2 200`). A bare `404` is not a status line: it is a code.
pub(crate) fn parse_status_line(text: &str) -> Option<StatusLine> {
    let text = text.trim();
    let text = text.strip_prefix('<').map_or(text, str::trim_start);
    let bytes = text.as_bytes();
    status_line(bytes).or_else(|| {
        let (code, reason) = code_and_phrase(bytes)?;
        (code >= 100 && reason.is_some()).then_some(StatusLine {
            version: None,
            code,
            reason,
        })
    })
}

/// Reads standard input (or any reader), at most [`INPUT_LIMIT`] bytes of
/// it, and says what it holds.
///
/// # Errors
///
/// Any read error other than an interruption, e.g. when standard input is a
/// directory.
pub fn read_input(reader: impl Read) -> io::Result<Received> {
    let mut bytes = Vec::new();
    reader
        .take(INPUT_LIMIT as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(scan(&bytes))
}

/// Says what `bytes` hold, looking at the first [`INPUT_LIMIT`] of them.
pub(crate) fn scan(bytes: &[u8]) -> Received {
    let truncated = bytes.len() > INPUT_LIMIT;
    let window = &bytes[..bytes.len().min(INPUT_LIMIT)];
    Received {
        input: classify(window, truncated),
        truncated,
    }
}

fn classify(window: &[u8], truncated: bool) -> Input {
    if window.iter().all(u8::is_ascii_whitespace) {
        return Input::Empty;
    }
    // A line cut at the limit could read as something it is not.
    let whole = if truncated {
        window
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(&window[..0], |end| &window[..=end])
    } else {
        window
    };
    if let Some(format) = detect(whole) {
        let responses = match format {
            Dialect::Plain => plain(whole),
            Dialect::CurlVerbose => prefixed(whole, b"< "),
            Dialect::Wget => prefixed(whole, b"  "),
        };
        if !responses.is_empty() {
            return Input::Responses { format, responses };
        }
    }
    match codes(whole) {
        Some((codes, others)) => Input::Codes(codes, others),
        None => Input::Unrecognised,
    }
}

/// One line without its line end, and whether that end was CRLF.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    text: &'a [u8],
    crlf: bool,
}

fn lines(window: &[u8]) -> impl Iterator<Item = Line<'_>> {
    let window = window.strip_suffix(b"\n").unwrap_or(window);
    window
        .split(|&b| b == b'\n')
        .map(|raw| match raw.strip_suffix(b"\r") {
            Some(text) => Line { text, crlf: true },
            None => Line {
                text: raw,
                crlf: false,
            },
        })
}

/// Which format the input is in. A status line on the first line that is
/// not blank means curl -i or a raw response; otherwise a curl -v response
/// line anywhere wins over a wget one, which wins over a status line
/// further down (curl -i output after a progress meter).
fn detect(window: &[u8]) -> Option<Dialect> {
    let mut first = true;
    let (mut wget, mut plain) = (false, false);
    for Line { text, .. } in lines(window) {
        if is_blank(text) {
            continue;
        }
        let at_start = status_line(text).is_some();
        if first && at_start {
            return Some(Dialect::Plain);
        }
        first = false;
        if text
            .strip_prefix(b"< ")
            .is_some_and(|rest| status_line(rest).is_some())
        {
            return Some(Dialect::CurlVerbose);
        }
        wget |= text
            .strip_prefix(b"  ")
            .is_some_and(|rest| status_line(rest).is_some());
        plain |= at_start;
    }
    if wget {
        Some(Dialect::Wget)
    } else if plain {
        Some(Dialect::Plain)
    } else {
        None
    }
}

/// Where a plain transcript is between lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Nothing but blank lines so far.
    Start,
    /// In a header block.
    Fields,
    /// Right after the blank line that ends a header block.
    Boundary,
    /// In a body, or in text before the first response.
    Body,
}

fn plain(window: &[u8]) -> Vec<Response> {
    let mut responses = Vec::new();
    let mut place = Place::Start;
    let mut first_crlf = None;
    let mut lines = lines(window).peekable();
    while let Some(line) = lines.next() {
        let text = line.text;
        if place == Place::Fields {
            if is_blank(text) {
                place = Place::Boundary;
                continue;
            }
            if header_line(&mut responses, text) {
                continue;
            }
        }
        let Some(status) = status_line(text) else {
            if !(place == Place::Start && is_blank(text)) {
                place = Place::Body;
            }
            continue;
        };
        let starts = place != Place::Body || {
            let next = lines.peek();
            first_crlf.is_none_or(|crlf| crlf == line.crlf)
                && next.is_some_and(|next| {
                    split_field(next.text).is_some()
                        || (is_blank(next.text) && next.crlf && line.crlf)
                })
        };
        if starts {
            first_crlf.get_or_insert(line.crlf);
            responses.push(Response::new(status));
            place = Place::Fields;
        } else {
            place = Place::Body;
        }
    }
    responses
}

/// Responses whose lines all start with `prefix` (curl -v, wget -S); other
/// lines are skipped, and end a header block unless the prefix is curl's,
/// whose information lines can fall between two field lines.
fn prefixed(window: &[u8], prefix: &[u8]) -> Vec<Response> {
    let curl = prefix == b"< ";
    let mut responses = Vec::new();
    let mut in_fields = false;
    for Line { text, .. } in lines(window) {
        // curl prints the blank line after the fields as "< \r\n".
        let rest = if curl && text == b"<" {
            Some(&text[1..])
        } else {
            text.strip_prefix(prefix)
        };
        let Some(rest) = rest else {
            in_fields &= curl;
            continue;
        };
        if let Some(status) = status_line(rest) {
            responses.push(Response::new(status));
            in_fields = true;
        } else {
            in_fields = in_fields && !is_blank(rest) && header_line(&mut responses, rest);
        }
    }
    responses
}

/// Adds a field line, or an obsolete folded continuation line, to the last
/// response; false when `text` is neither.
fn header_line(responses: &mut [Response], text: &[u8]) -> bool {
    let Some(response) = responses.last_mut() else {
        return false;
    };
    if text.first().is_some_and(|&b| is_ows(b)) {
        if let Some(field) = response.fields.last_mut() {
            field.value.push(' ');
            field.value.push_str(&lossy(trim_ows(text)));
        }
        return true;
    }
    let Some((name, value)) = split_field(text) else {
        return false;
    };
    response.fields.push(Field {
        name: lossy(name),
        value: lossy(value),
    });
    true
}

/// Name and trimmed value of a `name: value` line.
fn split_field(text: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = text.iter().position(|&b| b == b':')?;
    let name = &text[..colon];
    (!name.is_empty() && name.iter().copied().all(is_tchar))
        .then(|| (name, trim_ows(&text[colon + 1..])))
}

/// The codes of the lines that are one, and how many other non-blank lines
/// there are: a stray line (a header `cut` kept, a blank field) does not
/// spoil the rest, but input that is mostly something else is no list of
/// codes.
fn codes(window: &[u8]) -> Option<(Vec<u16>, usize)> {
    let mut codes = Vec::new();
    let mut others = 0;
    for Line { text, .. } in lines(window) {
        let text = text.trim_ascii();
        if text.is_empty() {
            continue;
        }
        match code_and_phrase(text) {
            Some((code, reason)) if code != 0 || reason.is_none() => codes.push(code),
            _ => others += 1,
        }
    }
    (!codes.is_empty() && others < codes.len()).then_some((codes, others))
}

/// A status line with its version: `HTTP/1.1 404 Not Found`, `HTTP/2 200`.
fn status_line(text: &[u8]) -> Option<StatusLine> {
    let (version, rest) = version(text)?;
    let after = trim_start_ows(rest);
    if after.len() == rest.len() {
        return None;
    }
    let (code, reason) = code_and_reason(after)?;
    (code >= 100).then_some(StatusLine {
        version: Some(version),
        code,
        reason,
    })
}

fn version(text: &[u8]) -> Option<(Version, &[u8])> {
    let (http, rest) = text.split_at_checked(5)?;
    if !http.eq_ignore_ascii_case(b"HTTP/") {
        return None;
    }
    let spellings: [(&[u8], Version); 6] = [
        (b"1.0", Version::Http10),
        (b"1.1", Version::Http11),
        (b"2.0", Version::Http2),
        (b"3.0", Version::Http3),
        (b"2", Version::Http2),
        (b"3", Version::Http3),
    ];
    spellings.into_iter().find_map(|(spelling, version)| {
        let after = rest.strip_prefix(spelling)?;
        after
            .first()
            .is_none_or(|&b| is_ows(b))
            .then_some((version, after))
    })
}

/// A three-digit code and the reason phrase after it, if any.
fn code_and_reason(text: &[u8]) -> Option<(u16, Option<String>)> {
    let (digits, rest) = text.split_at_checked(3)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code = digits.iter().fold(0, |n, &d| n * 10 + u16::from(d - b'0'));
    if !(code == 0 || code >= 100) || rest.first().is_some_and(|&b| !is_ows(b)) {
        return None;
    }
    let reason = trim_ows(rest);
    if reason.iter().any(|&b| b.is_ascii_control() && b != b'\t') {
        return None;
    }
    Some((code, (!reason.is_empty()).then(|| lossy(reason))))
}

/// A code alone, or followed by words that read as its phrase: the first
/// starts with a letter, so `404 500` is not one.
fn code_and_phrase(text: &[u8]) -> Option<(u16, Option<String>)> {
    let (code, reason) = code_and_reason(text)?;
    match reason {
        Some(reason) if !reason.chars().next().is_some_and(char::is_alphabetic) => None,
        reason => Some((code, reason)),
    }
}

impl Response {
    fn new(status: StatusLine) -> Self {
        Self {
            status,
            fields: Vec::new(),
        }
    }

    /// Values of the fields named `name`, compared without regard to case.
    pub(crate) fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.fields
            .iter()
            .filter(move |f| f.name.eq_ignore_ascii_case(name))
            .map(|f| f.value.as_str())
    }

    /// The check of the field that the response's code calls for, if any:
    /// Location on 201 and redirects, Retry-After on 429 and 503, the
    /// challenge on 401 and 407, Allow on 405, Content-Range on 206 and 416.
    pub(crate) fn check(&self) -> Option<Check> {
        use Requirement::{May, Must, Should};
        let rule: (&'static str, Requirement, &'static str, fn(&str) -> bool) =
            match self.status.code {
                201 => (LOCATION, May, "RFC 9110, Section 15.3.2", is_location),
                301 => (LOCATION, Should, "RFC 9110, Section 15.4.2", is_location),
                302 => (LOCATION, Should, "RFC 9110, Section 15.4.3", is_location),
                303 => (LOCATION, Should, "RFC 9110, Section 15.4.4", is_location),
                307 => (LOCATION, Should, "RFC 9110, Section 15.4.8", is_location),
                308 => (LOCATION, Should, "RFC 9110, Section 15.4.9", is_location),
                401 => (
                    WWW_AUTHENTICATE,
                    Must,
                    "RFC 9110, Section 15.5.2",
                    is_challenge,
                ),
                405 => (ALLOW, Must, "RFC 9110, Section 15.5.6", is_method_list),
                407 => (
                    PROXY_AUTHENTICATE,
                    Must,
                    "RFC 9110, Section 15.5.8",
                    is_challenge,
                ),
                429 => (RETRY_AFTER, May, "RFC 6585, Section 4", is_retry_after),
                503 => (RETRY_AFTER, May, "RFC 9110, Section 15.6.4", is_retry_after),
                206 => return Some(self.partial_content()),
                416 => (CONTENT_RANGE, Should, "RFC 9110, Section 15.5.17", |v| {
                    range_form(v) == Some(RangeForm::Unsatisfied)
                }),
                _ => return None,
            };
        let (field, requirement, reference, valid) = rule;
        Some(Check {
            field,
            requirement,
            reference,
            outcome: self.outcome(field, valid),
        })
    }

    /// 206 carries Content-Range for one range, or a multipart/byteranges
    /// body for several (RFC 9110, Section 15.3.7).
    fn partial_content(&self) -> Check {
        let multipart = self.values("content-type").find(|v| {
            let media = v.split(';').next().unwrap_or_default();
            media.trim().eq_ignore_ascii_case("multipart/byteranges")
        });
        match multipart {
            Some(value) => Check {
                field: CONTENT_TYPE,
                requirement: Requirement::Must,
                reference: "RFC 9110, Section 15.3.7.2",
                outcome: Presence::Present(value.to_owned()),
            },
            None => Check {
                field: CONTENT_RANGE,
                requirement: Requirement::Must,
                reference: "RFC 9110, Section 15.3.7.1",
                outcome: self.outcome(CONTENT_RANGE, |v| {
                    range_form(v) == Some(RangeForm::Satisfied)
                }),
            },
        }
    }

    fn outcome(&self, field: &str, valid: fn(&str) -> bool) -> Presence {
        let values: Vec<&str> = self.values(field).collect();
        if values.is_empty() {
            return Presence::Missing;
        }
        // Only list-valued fields may be split over several lines
        // (RFC 9110, Section 5.3).
        let list = matches!(field, ALLOW | WWW_AUTHENTICATE | PROXY_AUTHENTICATE);
        let joined = values.join(", ");
        if (values.len() == 1 || list) && values.into_iter().all(valid) {
            Presence::Present(joined)
        } else {
            Presence::Malformed(joined)
        }
    }

    /// The vendor the fields point to. Cloudflare replaces the origin's
    /// Server field, so its marks win; then AWS, then nginx.
    pub(crate) fn vendor(&self) -> Option<Vendor> {
        let server = self.values("server").next().unwrap_or_default();
        let server_is = |prefix: &str| {
            server
                .get(..prefix.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
        };
        let named = |prefix: &str| {
            self.fields.iter().any(|f| {
                f.name
                    .get(..prefix.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
            })
        };
        if server_is("cloudflare") || self.values("cf-ray").next().is_some() {
            Some(Vendor::Cloudflare)
        } else if server_is("awselb") || named("x-amzn-") {
            Some(Vendor::Aws)
        } else if server_is("nginx") {
            Some(Vendor::Nginx)
        } else {
            None
        }
    }
}

const LOCATION: &str = "Location";
const RETRY_AFTER: &str = "Retry-After";
const WWW_AUTHENTICATE: &str = "WWW-Authenticate";
const PROXY_AUTHENTICATE: &str = "Proxy-Authenticate";
const ALLOW: &str = "Allow";
const CONTENT_RANGE: &str = "Content-Range";
const CONTENT_TYPE: &str = "Content-Type";

/// A URI reference has neither whitespace nor control characters.
fn is_location(value: &str) -> bool {
    !value.is_empty() && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A challenge starts with an auth-scheme token (RFC 9110, Section 11.6.1);
/// empty list elements before it are allowed (Section 5.6.1).
fn is_challenge(value: &str) -> bool {
    let value = value.trim_start_matches([',', ' ', '\t']);
    let end = value
        .bytes()
        .position(|b| !is_tchar(b))
        .unwrap_or(value.len());
    end > 0 && matches!(value.as_bytes().get(end), None | Some(b' ' | b'\t' | b','))
}

/// `#method`: a comma list of tokens, which may be empty.
fn is_method_list(value: &str) -> bool {
    value.split(',').all(|m| {
        let m = m.trim_matches([' ', '\t']);
        m.bytes().all(is_tchar)
    })
}

/// `HTTP-date / delay-seconds` (RFC 9110, Section 10.2.3).
fn is_retry_after(value: &str) -> bool {
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    digits || is_http_date(value)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RangeForm {
    /// `bytes 0-499/1234` or `bytes 0-499/*`.
    Satisfied,
    /// `bytes */1234`.
    Unsatisfied,
}

/// Content-Range (RFC 9110, Section 14.4), including the rule that a range
/// ending before it starts, or past the complete length, is invalid.
fn range_form(value: &str) -> Option<RangeForm> {
    let (unit, rest) = value.split_once(' ')?;
    if unit.is_empty() || !unit.bytes().all(is_tchar) {
        return None;
    }
    if let Some(length) = rest.strip_prefix("*/") {
        return is_digits(length).then_some(RangeForm::Unsatisfied);
    }
    let (range, length) = rest.split_once('/')?;
    let (first, last) = range.split_once('-')?;
    let ordered = is_digits(first) && is_digits(last) && cmp_digits(first, last).is_le();
    let within = length == "*" || (is_digits(length) && cmp_digits(last, length).is_lt());
    (ordered && within).then_some(RangeForm::Satisfied)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Compares decimal numbers of any length.
fn cmp_digits(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// IMF-fixdate, or one of the two obsolete forms a recipient must accept
/// (RFC 9110, Section 5.6.7). The names are case-sensitive.
fn is_http_date(value: &str) -> bool {
    imf_fixdate(value)
        .or_else(|| rfc850_date(value))
        .or_else(|| asctime_date(value))
        .is_some()
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`
fn imf_fixdate(value: &str) -> Option<()> {
    let mut c = Cursor(value);
    c.name(&DAYS)?;
    c.tag(", ")?;
    let day = c.number(2)?;
    c.tag(" ")?;
    let month = c.name(&MONTHS)?;
    c.tag(" ")?;
    let year = c.number(4)?;
    c.tag(" ")?;
    c.time()?;
    c.tag(" GMT")?;
    c.end()?;
    valid_day(day, month, Some(year))
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`
fn rfc850_date(value: &str) -> Option<()> {
    let mut c = Cursor(value);
    c.name(&LONG_DAYS)?;
    c.tag(", ")?;
    let day = c.number(2)?;
    c.tag("-")?;
    let month = c.name(&MONTHS)?;
    c.tag("-")?;
    c.number(2)?;
    c.tag(" ")?;
    c.time()?;
    c.tag(" GMT")?;
    c.end()?;
    valid_day(day, month, None)
}

/// `Sun Nov  6 08:49:37 1994`
fn asctime_date(value: &str) -> Option<()> {
    let mut c = Cursor(value);
    c.name(&DAYS)?;
    c.tag(" ")?;
    let month = c.name(&MONTHS)?;
    c.tag(" ")?;
    let day = match c.tag(" ") {
        Some(()) => c.number(1)?,
        None => c.number(2)?,
    };
    c.tag(" ")?;
    c.time()?;
    c.tag(" ")?;
    let year = c.number(4)?;
    c.end()?;
    valid_day(day, month, Some(year))
}

/// `month` counts from 0; without a four-digit year, 29 February passes.
fn valid_day(day: u32, month: usize, year: Option<u32>) -> Option<()> {
    let leap = year.is_none_or(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
    let last = match month {
        1 if leap => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    };
    (1..=last).contains(&day).then_some(())
}

/// Reads a date from left to right.
#[derive(Debug)]
struct Cursor<'a>(&'a str);

impl Cursor<'_> {
    fn tag(&mut self, tag: &str) -> Option<()> {
        self.0 = self.0.strip_prefix(tag)?;
        Some(())
    }

    /// Index of the name the text continues with.
    fn name(&mut self, names: &[&str]) -> Option<usize> {
        let (index, rest) = names
            .iter()
            .enumerate()
            .find_map(|(i, name)| Some((i, self.0.strip_prefix(name)?)))?;
        self.0 = rest;
        Some(index)
    }

    fn number(&mut self, digits: usize) -> Option<u32> {
        let (number, rest) = self.0.split_at_checked(digits)?;
        if !is_digits(number) {
            return None;
        }
        self.0 = rest;
        number.parse().ok()
    }

    /// `HH:MM:SS`, allowing a leap second.
    fn time(&mut self) -> Option<()> {
        let hour = self.number(2)?;
        self.tag(":")?;
        let minute = self.number(2)?;
        self.tag(":")?;
        let second = self.number(2)?;
        (hour < 24 && minute < 60 && second <= 60).then_some(())
    }

    fn end(&self) -> Option<()> {
        self.0.is_empty().then_some(())
    }
}

fn is_blank(text: &[u8]) -> bool {
    text.iter().all(|&b| is_ows(b))
}

fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

fn trim_start_ows(text: &[u8]) -> &[u8] {
    let start = text.iter().position(|&b| !is_ows(b)).unwrap_or(text.len());
    &text[start..]
}

fn trim_ows(text: &[u8]) -> &[u8] {
    let text = trim_start_ows(text);
    let end = text.iter().rposition(|&b| !is_ows(b)).map_or(0, |i| i + 1);
    &text[..end]
}

/// A token character (RFC 9110, Section 5.6.2).
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests;
