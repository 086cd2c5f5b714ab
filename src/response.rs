//! Status lines and response transcripts: what `httpdex` reads from an
//! argument such as `'HTTP/1.1 404 Not Found'` and from standard input, as in
//! `curl -sI URL | httpdex`.
//!
//! An argument goes through [`parse_status_line`]. Standard input goes
//! through [`read_input`] (or [`scan`] for bytes already in memory), which
//! looks at no more than the first [`INPUT_LIMIT`] bytes, so an endless or
//! binary stream costs bounded memory and time; [`Scan::truncated`] says when
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
pub enum Format {
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
        format: Format,
        responses: Vec<Response>,
    },
    /// Status codes, one per line, in order, repeats kept.
    Codes(Vec<u16>),
    /// Neither responses nor codes.
    Unrecognised,
}

/// The outcome of reading standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
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
pub(crate) enum Outcome {
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
    pub outcome: Outcome,
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
pub fn read_input(reader: impl Read) -> io::Result<Scan> {
    let mut bytes = Vec::new();
    reader
        .take(INPUT_LIMIT as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(scan(&bytes))
}

/// Says what `bytes` hold, looking at the first [`INPUT_LIMIT`] of them.
pub(crate) fn scan(bytes: &[u8]) -> Scan {
    let truncated = bytes.len() > INPUT_LIMIT;
    let window = &bytes[..bytes.len().min(INPUT_LIMIT)];
    Scan {
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
            Format::Plain => plain(whole),
            Format::CurlVerbose => prefixed(whole, b"< "),
            Format::Wget => prefixed(whole, b"  "),
        };
        if !responses.is_empty() {
            return Input::Responses { format, responses };
        }
    }
    codes(whole).map_or(Input::Unrecognised, Input::Codes)
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
fn detect(window: &[u8]) -> Option<Format> {
    let mut first = true;
    let (mut wget, mut plain) = (false, false);
    for Line { text, .. } in lines(window) {
        if is_blank(text) {
            continue;
        }
        let at_start = status_line(text).is_some();
        if first && at_start {
            return Some(Format::Plain);
        }
        first = false;
        if text
            .strip_prefix(b"< ")
            .is_some_and(|rest| status_line(rest).is_some())
        {
            return Some(Format::CurlVerbose);
        }
        wget |= text
            .strip_prefix(b"  ")
            .is_some_and(|rest| status_line(rest).is_some());
        plain |= at_start;
    }
    if wget {
        Some(Format::Wget)
    } else if plain {
        Some(Format::Plain)
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

fn codes(window: &[u8]) -> Option<Vec<u16>> {
    let mut codes = Vec::new();
    for Line { text, .. } in lines(window) {
        let text = text.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let (code, reason) = code_and_phrase(text)?;
        if code == 0 && reason.is_some() {
            return None;
        }
        codes.push(code);
    }
    (!codes.is_empty()).then_some(codes)
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
                outcome: Outcome::Present(value.to_owned()),
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

    fn outcome(&self, field: &str, valid: fn(&str) -> bool) -> Outcome {
        let values: Vec<&str> = self.values(field).collect();
        if values.is_empty() {
            return Outcome::Missing;
        }
        // Only list-valued fields may be split over several lines
        // (RFC 9110, Section 5.3).
        let list = matches!(field, ALLOW | WWW_AUTHENTICATE | PROXY_AUTHENTICATE);
        let joined = values.join(", ");
        if (values.len() == 1 || list) && values.into_iter().all(valid) {
            Outcome::Present(joined)
        } else {
            Outcome::Malformed(joined)
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
mod tests {
    use super::*;

    fn responses(bytes: &[u8]) -> (Format, Vec<Response>) {
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

    fn outcome(text: &str) -> Outcome {
        response(text).check().expect("a check").outcome
    }

    fn present(value: &str) -> Outcome {
        Outcome::Present(value.to_owned())
    }

    fn malformed(value: &str) -> Outcome {
        Outcome::Malformed(value.to_owned())
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
            "../tests/it/transcripts/curl_sIL_301_chain.txt"
        ));
        assert_eq!(format, Format::Plain);
        assert_eq!(codes_of(&all), [301, 301, 200]);
        assert_eq!(all[0].status.version, Some(Version::Http11));
        assert_eq!(all[0].status.reason.as_deref(), Some("Moved Permanently"));
        assert_eq!(all[1].status.version, Some(Version::Http2));
        assert_eq!(all[1].status.reason, None);
        assert_eq!(all[0].fields.len(), 6);
        assert_eq!(all[0].fields[0].name, "Server");
        let locations: Vec<Outcome> = all
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
            "../tests/it/transcripts/curl_i_429_retry_after.txt"
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
            "../tests/it/transcripts/curl_i_401_no_challenge.txt"
        ));
        assert_eq!(codes_of(&all), [401]);
        let check = all[0].check().unwrap();
        assert_eq!(
            (check.field, check.requirement),
            ("WWW-Authenticate", Requirement::Must)
        );
        assert_eq!(check.outcome, Outcome::Missing);
    }

    #[test]
    fn cloudflare_522() {
        let (_, all) = responses(include_bytes!(
            "../tests/it/transcripts/curl_i_cloudflare_522.txt"
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
        let (format, all) = responses(include_bytes!("../tests/it/transcripts/curl_v_404.txt"));
        assert_eq!(format, Format::CurlVerbose);
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
        let (format, all) = responses(include_bytes!("../tests/it/transcripts/wget_S_302_200.txt"));
        assert_eq!(format, Format::Wget);
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
        let bytes = include_bytes!("../tests/it/transcripts/raw_503_bad_retry_after.txt");
        assert!(bytes.windows(2).any(|w| w == b"\r\n"));
        let (format, all) = responses(bytes);
        assert_eq!(format, Format::Plain);
        assert_eq!(codes_of(&all), [503]);
        let check = all[0].check().unwrap();
        assert_eq!(check.reference, "RFC 9110, Section 15.6.4");
        assert_eq!(check.outcome, malformed("2024-05-13T10:00:00Z"));
    }

    #[test]
    fn curl_head_http2() {
        let (_, all) = responses(include_bytes!(
            "../tests/it/transcripts/curl_I_http2_200.txt"
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
            "../tests/it/transcripts/curl_i_100_continue_201.txt"
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
        let (format, all) =
            responses(b"\n\n  \nHTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\n");
        assert_eq!(format, Format::Plain);
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
        assert_eq!(format, Format::Plain);
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
        assert_eq!(format, Format::CurlVerbose);
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
        let r = response(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic\r\n realm=\"x\"\r\n\r\n",
        );
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
            Outcome::Missing
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
        assert_eq!(outcome("HTTP/1.1 201 Created\r\n\r\n"), Outcome::Missing);
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
            Outcome::Missing
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
            outcome(
                "HTTP/1.1 407 Proxy Authentication Required\r\nWWW-Authenticate: Basic\r\n\r\n"
            ),
            Outcome::Missing
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
            Outcome::Missing
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
        assert_eq!(missing.outcome, Outcome::Missing);
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
            (Requirement::Should, Outcome::Missing)
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
            Input::Codes(vec![200, 404, 500, 301, 404])
        );
        assert_eq!(scan(b"000\n200\n").input, Input::Codes(vec![0, 200]));
        assert_eq!(
            scan(b"404 Not Found\n200 OK\n").input,
            Input::Codes(vec![404, 200])
        );
        assert_eq!(scan(b"599\n").input, Input::Codes(vec![599]));
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
            Scan {
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
                Input::Codes(codes) => {
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
        assert_eq!(scan.input, Input::Codes(vec![200; INPUT_LIMIT / 4]));
    }

    #[test]
    fn a_line_cut_at_the_limit_is_left_out() {
        // The window ends in "20", which alone would not be a code.
        let mut bytes = b"\n\n".to_vec();
        bytes.extend(b"200\n".repeat(INPUT_LIMIT / 4));
        let scan = scan(&bytes);
        assert!(scan.truncated);
        assert_eq!(scan.input, Input::Codes(vec![200; INPUT_LIMIT / 4 - 1]));
        // Without a line end anywhere, nothing is read.
        let one_line = vec![b'7'; INPUT_LIMIT + 1];
        assert_eq!(crate::response::scan(&one_line).input, Input::Unrecognised);
    }

    #[test]
    fn exactly_the_limit_is_not_truncated() {
        let bytes = b"404\n".repeat(INPUT_LIMIT / 4);
        let scan = read_input(&bytes[..]).unwrap();
        assert!(!scan.truncated);
        assert_eq!(scan.input, Input::Codes(vec![404; INPUT_LIMIT / 4]));
    }
}
