//! Counting the status codes in web server and load-balancer access logs.
//!
//! # How the format is found
//!
//! Unless the caller forces one, the format of each input is the one that
//! finds a status in most of its first [`DETECT_LINES`] non-empty lines
//! (ties go to JSON, then ALB, then combined). If none of them has a status,
//! the first later line that has one decides. Gzip input is recognised by its
//! magic bytes, not by its name.
//!
//! * Combined and common log format (nginx, Apache): the status is the field
//!   right after the request line, the first quoted string, so spaces inside
//!   the request do not shift it. A quote preceded by an odd number of
//!   backslashes is part of the request: Apache writes `"` and `\` in it as
//!   `\"` and `\\`, nginx as `\x22` and `\x5C`
//!   (<https://httpd.apache.org/docs/2.4/mod/mod_log_config.html#formats>,
//!   <https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format>).
//! * JSON lines: the first of the keys `status`, `status_code`, `statusCode`,
//!   `http.status_code` (flat, or nested as `{"http":{"status_code":…}}`),
//!   `EdgeResponseStatus` (Cloudflare) and `elb_status_code` whose value is a
//!   status, as a number or a string; the key most common in the first lines
//!   is tried first. A key counts only where a key can stand (after `{` or
//!   `,`), so a key name inside a string value is not taken for one.
//! * AWS Application Load Balancer: fields 9 and 10 are `elb_status_code`
//!   and `target_status_code`; the target's `-` (no response from a target)
//!   is counted on its own, a line whose `elb_status_code` is not a status is
//!   unparsed. Field layout:
//!   <https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html>.
//!   (A Classic Load Balancer's status is field 8: [`Format::Field`].)
//! * [`Format::Field`] takes the Nth whitespace-separated field as awk does
//!   (surrounding quotes allowed), [`Format::JsonField`] a named JSON key.
//!
//! A status is three digits from 100 to 999. The value 0, written `0` or
//! `000`, is counted as code 0: Envoy, for one, logs it when no response was
//! sent (`%RESPONSE_CODE%`,
//! <https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage>).
//! Anything else (`-`, `-1`, `2000`) leaves the line unparsed. Empty lines
//! are skipped and not counted.
//!
//! # Why it is fast
//!
//! The input is read into one fixed buffer ([`BUF`] bytes) and lines are
//! looked at where they lie: found with `memchr`, never allocated, and only
//! the unfinished last line of a buffer is moved to its front. A combined line
//! costs a newline search and a quote search or two; a JSON line one
//! `memmem` search for a precomputed key. A regular uncompressed file is
//! split at a newline into two halves read with positioned reads by two
//! threads. A line longer than the buffer is judged by its first [`BUF`]
//! bytes and the rest is skipped, so memory stays bounded whatever the input.

use std::fmt;
use std::fs::File;
use std::io::{self, Cursor, Read};
use std::path::Path;
use std::str::FromStr;

use flate2::read::MultiGzDecoder;
use memchr::memchr;
use memchr::memmem::Finder;

/// Read buffer size; a line at least this long is judged by this prefix.
pub(crate) const BUF: usize = 1 << 20;
/// How many non-empty lines at the start of an input choose its format.
pub(crate) const DETECT_LINES: usize = 20;
/// How many unparsed lines a tally keeps as samples.
pub(crate) const SAMPLES: usize = 5;
/// Longest sample excerpt, in characters.
pub(crate) const EXCERPT_CHARS: usize = 120;
/// Smallest regular file worth splitting between two threads.
const SPLIT_MIN: u64 = 16 << 20;
/// Status codes are indexed directly: 0 and 100..=999.
const CODES: usize = 1000;
/// The JSON keys looked for when no key is forced, in order of preference.
const JSON_KEYS: [&str; 6] = [
    "status",
    "status_code",
    "statusCode",
    "http.status_code",
    "EdgeResponseStatus",
    "elb_status_code",
];
/// First fields an ALB entry can start with (its request type).
const ALB_TYPES: [&[u8]; 6] = [b"http", b"https", b"h2", b"grpcs", b"ws", b"wss"];

/// The layout of a log, detected or forced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// nginx / Apache combined or common log format.
    Combined,
    /// One JSON object per line.
    Json,
    /// AWS Application Load Balancer access log.
    Alb,
    /// The Nth whitespace-separated field (1-based).
    Field(usize),
    /// A JSON key; `a.b` also finds `{"a":{"b":…}}`.
    JsonField(String),
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Combined => f.write_str("combined"),
            Self::Json => f.write_str("json"),
            Self::Alb => f.write_str("alb"),
            Self::Field(n) => write!(f, "field:{n}"),
            Self::JsonField(key) => write!(f, "json:{key}"),
        }
    }
}

/// Parses what [`Format`]'s `Display` writes: `combined` (or `common`),
/// `json`, `alb`, `field:N`, `json:KEY`.
impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "combined" | "common" => Ok(Self::Combined),
            "json" => Ok(Self::Json),
            "alb" => Ok(Self::Alb),
            _ => {
                if let Some(n) = s.strip_prefix("field:") {
                    match n.parse() {
                        Ok(n) if n > 0 => Ok(Self::Field(n)),
                        _ => Err(format!("field number must be 1 or more, not `{n}`")),
                    }
                } else if let Some(key) = s.strip_prefix("json:").filter(|k| !k.is_empty()) {
                    Ok(Self::JsonField(key.to_owned()))
                } else {
                    Err(format!(
                        "unknown log format `{s}` (combined, json, alb, field:N, json:KEY)"
                    ))
                }
            }
        }
    }
}

/// An unparsed line kept to show the user what was not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sample {
    /// 1-based line number within its input.
    pub line: u64,
    /// Lossy UTF-8, control characters replaced, at most [`EXCERPT_CHARS`]
    /// characters (then `…`).
    pub text: String,
}

/// What a scan counted.
#[derive(Clone, PartialEq, Eq)]
pub struct Tally {
    format: Option<Format>,
    lines: u64,
    unparsed: u64,
    codes: Box<[u64]>,
    target_codes: Box<[u64]>,
    target_missing: u64,
    samples: Vec<Sample>,
}

impl Default for Tally {
    fn default() -> Self {
        Self {
            format: None,
            lines: 0,
            unparsed: 0,
            codes: vec![0; CODES].into_boxed_slice(),
            target_codes: vec![0; CODES].into_boxed_slice(),
            target_missing: 0,
            samples: Vec::new(),
        }
    }
}

impl fmt::Debug for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tally")
            .field("format", &self.format)
            .field("lines", &self.lines)
            .field("unparsed", &self.unparsed)
            .field("codes", &self.by_count())
            .field("target_codes", &self.target_by_count())
            .field("target_missing", &self.target_missing)
            .field("samples", &self.samples)
            .finish()
    }
}

impl Tally {
    /// The format used, `None` if no line had a status.
    pub(crate) fn format(&self) -> Option<&Format> {
        self.format.as_ref()
    }

    /// Non-empty lines read.
    pub(crate) fn lines(&self) -> u64 {
        self.lines
    }

    /// Lines in which no status was found.
    pub(crate) fn unparsed(&self) -> u64 {
        self.unparsed
    }

    /// Lines with a status: `lines() - unparsed()`.
    pub(crate) fn parsed(&self) -> u64 {
        self.lines - self.unparsed
    }

    /// Lines with this status (0 for "no response").
    #[cfg(test)]
    pub(crate) fn count(&self, code: u16) -> u64 {
        self.codes.get(usize::from(code)).copied().unwrap_or(0)
    }

    /// ALB lines whose target answered with this status.
    #[cfg(test)]
    pub(crate) fn target_count(&self, code: u16) -> u64 {
        self.target_codes
            .get(usize::from(code))
            .copied()
            .unwrap_or(0)
    }

    /// ALB lines whose target status was `-`: no target answered.
    pub(crate) fn target_missing(&self) -> u64 {
        self.target_missing
    }

    /// Statuses seen, most frequent first (ties by code).
    pub(crate) fn by_count(&self) -> Vec<(u16, u64)> {
        ranked(&self.codes)
    }

    /// Target statuses seen (ALB), most frequent first; `-` not included.
    pub(crate) fn target_by_count(&self) -> Vec<(u16, u64)> {
        ranked(&self.target_codes)
    }

    /// The first [`SAMPLES`] unparsed lines.
    pub(crate) fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// Adds another input's counts, for a total over several files. The
    /// format stays this tally's if it has one; samples keep their own
    /// inputs' line numbers.
    pub(crate) fn merge(&mut self, other: Tally) {
        self.absorb(other, 0);
    }

    /// Merges `other`, whose line numbers start after `line_offset` lines.
    fn absorb(&mut self, other: Tally, line_offset: u64) {
        if self.format.is_none() {
            self.format = other.format;
        }
        self.lines += other.lines;
        self.unparsed += other.unparsed;
        self.target_missing += other.target_missing;
        for (mine, theirs) in self.codes.iter_mut().zip(other.codes.iter()) {
            *mine += theirs;
        }
        for (mine, theirs) in self.target_codes.iter_mut().zip(other.target_codes.iter()) {
            *mine += theirs;
        }
        let room = SAMPLES.saturating_sub(self.samples.len());
        self.samples
            .extend(other.samples.into_iter().take(room).map(|s| Sample {
                line: s.line + line_offset,
                text: s.text,
            }));
    }

    fn record(&mut self, hit: Hit) {
        self.codes[usize::from(hit.code)] += 1;
        match hit.target {
            Target::None => {}
            Target::Missing => self.target_missing += 1,
            Target::Code(code) => self.target_codes[usize::from(code)] += 1,
        }
    }

    fn reject(&mut self, line: &[u8], number: u64) {
        self.unparsed += 1;
        if self.samples.len() < SAMPLES {
            self.samples.push(Sample {
                line: number,
                text: excerpt(line),
            });
        }
    }
}

fn ranked(codes: &[u64]) -> Vec<(u16, u64)> {
    let mut seen: Vec<(u16, u64)> = (0..)
        .zip(codes.iter().copied())
        .filter(|&(_, n)| n > 0)
        .collect();
    seen.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    seen
}

/// A short, printable version of a line: logs can hold terminal escapes.
fn excerpt(line: &[u8]) -> String {
    let head = &line[..line.len().min(EXCERPT_CHARS * 4)];
    let lossy = String::from_utf8_lossy(head);
    let mut chars = lossy.chars();
    let mut text: String = chars
        .by_ref()
        .take(EXCERPT_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if chars.next().is_some() || head.len() < line.len() {
        text.push('…');
    }
    text
}

/// A failed scan: the error, and exact counts of the lines read before it.
#[derive(Debug)]
pub struct ScanError {
    /// What went wrong, naming the file (for [`scan_path`]) and the line.
    pub error: io::Error,
    /// Counts of the complete lines read before the error.
    pub partial: Tally,
}

impl fmt::Display for ScanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for ScanError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error.source()
    }
}

impl From<ScanError> for io::Error {
    fn from(e: ScanError) -> Self {
        e.error
    }
}

/// Counts the statuses in `reader`, decompressing it if it is gzip.
/// `progress` gets the input bytes consumed so far (compressed bytes for
/// gzip) and `None` for the unknown total, once per buffer.
///
/// # Errors
///
/// A read or decompression error (such as a truncated gzip stream), or an
/// invalid forced format; [`ScanError::partial`] holds the counts so far.
pub fn scan_reader(
    reader: impl Read,
    forced: Option<&Format>,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Tally, ScanError> {
    scan_stream(reader, forced, None, BUF, progress).map_err(|e| e.context(None))
}

/// Counts the statuses in the file at `path`, decompressing it if it is
/// gzip. A large regular uncompressed file is read by two threads.
/// `progress` gets the bytes consumed so far and the file's size.
///
/// # Errors
///
/// As [`scan_reader`], and failing to open the file; the message names it.
pub fn scan_path(
    path: &Path,
    forced: Option<&Format>,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Tally, ScanError> {
    scan_file(path, forced, SPLIT_MIN, progress).map_err(|e| e.context(Some(path)))
}

fn scan_file(
    path: &Path,
    forced: Option<&Format>,
    split_min: u64,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Tally, Failure> {
    let file = File::open(path).map_err(Failure::early)?;
    let meta = file.metadata().map_err(Failure::early)?;
    let size = meta.is_file().then_some(meta.len());
    #[cfg(unix)]
    if let Some(size) = size
        && size >= split_min
        && std::thread::available_parallelism().map_or(1, std::num::NonZero::get) >= 2
    {
        return split::scan(&file, size, size / 2, forced, progress);
    }
    #[cfg(not(unix))]
    let _ = split_min;
    scan_stream(file, forced, size, BUF, progress)
}

/// An error on its way out, with what is needed to describe it.
#[derive(Debug)]
struct Failure {
    error: io::Error,
    partial: Tally,
    /// Physical lines read before the error.
    line: u64,
}

impl Failure {
    fn early(error: io::Error) -> Self {
        Self {
            error,
            partial: Tally::default(),
            line: 0,
        }
    }

    fn context(self, path: Option<&Path>) -> ScanError {
        let place = path
            .map(|p| format!("{}: ", p.display()))
            .unwrap_or_default();
        let after = if self.line > 0 {
            format!(" (after line {})", self.line)
        } else {
            String::new()
        };
        let message = format!("{place}{}{after}", self.error);
        ScanError {
            error: io::Error::new(self.error.kind(), message),
            partial: self.partial,
        }
    }
}

fn scan_stream(
    reader: impl Read,
    forced: Option<&Format>,
    total: Option<u64>,
    buf_len: usize,
    progress: &mut dyn FnMut(u64, Option<u64>),
) -> Result<Tally, Failure> {
    let mut scanner = Scanner::new(forced).map_err(Failure::early)?;
    let mut input = Input::open(reader).map_err(Failure::early)?;
    let mut buf = vec![0; buf_len];
    let result = run(&mut input, &mut scanner, &mut buf, &mut |n| {
        progress(n, total);
    });
    scanner.finish(result)
}

/// Input bytes consumed so far, for progress.
trait Source: Read {
    fn consumed(&self) -> u64;
}

struct Counted<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

type Peeked<R> = Counted<io::Chain<io::Take<Cursor<[u8; 2]>>, R>>;

/// Plain or gzip input, told apart by the first two bytes.
enum Input<R: Read> {
    Plain(Peeked<R>),
    Gzip(Box<MultiGzDecoder<Peeked<R>>>),
}

impl<R: Read> Input<R> {
    fn open(mut reader: R) -> io::Result<Self> {
        let mut magic = [0; 2];
        let mut have = 0;
        while have < magic.len() {
            match reader.read(&mut magic[have..]) {
                Ok(0) => break,
                Ok(n) => have += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let gzip = magic == [0x1f, 0x8b];
        let inner = Counted {
            inner: Cursor::new(magic).take(have as u64).chain(reader),
            bytes: 0,
        };
        Ok(if gzip {
            Self::Gzip(Box::new(MultiGzDecoder::new(inner)))
        } else {
            Self::Plain(inner)
        })
    }
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Self::Plain(r) => r.read(buf),
            Self::Gzip(r) => r.read(buf),
        }
    }
}

impl<R: Read> Source for Input<R> {
    fn consumed(&self) -> u64 {
        match self {
            Self::Plain(r) => r.bytes,
            Self::Gzip(r) => r.get_ref().bytes,
        }
    }
}

/// Reads `src` to its end through `buf`, handing each line to `scanner`.
/// Every complete line is counted before the next read, so on an error the
/// tally is exact for the lines before it.
fn run<S: Source>(
    src: &mut S,
    scanner: &mut Scanner,
    buf: &mut [u8],
    report: &mut dyn FnMut(u64),
) -> io::Result<()> {
    let mut filled = 0;
    // Inside the tail of an overlong line, which is not looked at.
    let mut skipping = false;
    // Some once the input has ended or failed.
    let mut end: Option<io::Result<()>> = None;
    let mut head = HeadLines::default();
    loop {
        if scanner.pending.is_some() {
            if end.is_none() && filled < buf.len() && head.count < DETECT_LINES {
                end = read_more(src, buf, &mut filled, report);
                head.update(&buf[..filled]);
                continue;
            }
            scanner.detect(&buf[..filled], matches!(end, Some(Ok(()))));
        }
        let mut start = 0;
        if skipping {
            if let Some(i) = memchr(b'\n', &buf[..filled]) {
                start = i + 1;
                skipping = false;
            } else {
                start = filled;
            }
        }
        while let Some(i) = memchr(b'\n', &buf[start..filled]) {
            scanner.line(&buf[start..start + i]);
            start += i + 1;
        }
        if let Some(end) = end {
            if end.is_ok() && !skipping && start < filled {
                scanner.line(&buf[start..filled]);
            }
            return end;
        }
        if start == 0 && filled == buf.len() {
            scanner.long_line(buf);
            skipping = true;
            start = filled;
        }
        buf.copy_within(start..filled, 0);
        filled -= start;
        end = read_more(src, buf, &mut filled, report);
    }
}

/// One read into `buf[*filled..]`; `Some` when the input ended or failed.
fn read_more<S: Source>(
    src: &mut S,
    buf: &mut [u8],
    filled: &mut usize,
    report: &mut dyn FnMut(u64),
) -> Option<io::Result<()>> {
    let end = loop {
        match src.read(&mut buf[*filled..]) {
            Ok(0) => break Some(Ok(())),
            Ok(n) => {
                *filled += n;
                break None;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => break Some(Err(e)),
        }
    };
    report(src.consumed());
    end
}

/// Counts the non-empty complete lines at the start of the buffer.
#[derive(Default)]
struct HeadLines {
    count: usize,
    /// Where the next line starts, and how far newlines were looked for.
    line_start: usize,
}

impl HeadLines {
    fn update(&mut self, buf: &[u8]) {
        while let Some(i) = memchr(b'\n', &buf[self.line_start..]) {
            if !trim_cr(&buf[self.line_start..self.line_start + i]).is_empty() {
                self.count += 1;
            }
            self.line_start += i + 1;
        }
    }
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The first non-empty lines of `head`, the unterminated last one only if
/// the input ended there.
fn head_lines(head: &[u8], ended: bool) -> Vec<&[u8]> {
    let complete = match memchr::memrchr(b'\n', head) {
        _ if ended => head,
        Some(i) => &head[..i],
        None => &[],
    };
    complete
        .split(|&b| b == b'\n')
        .map(trim_cr)
        .filter(|l| !l.is_empty())
        .take(DETECT_LINES)
        .collect()
}

/// Counts lines into a tally with a fixed or still unknown parser.
struct Scanner {
    parser: Option<Parser>,
    /// Set while the first lines have yet to choose the parser; `true` if
    /// JSON was forced and only its preferred key is to be chosen.
    pending: Option<bool>,
    /// The formats still in the running when the first lines chose none.
    candidates: Vec<Parser>,
    tally: Tally,
    /// Physical lines seen, empty ones included, for sample line numbers.
    line_no: u64,
}

impl Scanner {
    fn new(forced: Option<&Format>) -> io::Result<Self> {
        let (parser, pending) = match forced {
            None => (None, Some(false)),
            Some(Format::Json) => (None, Some(true)),
            Some(format) => (Some(Parser::forced(format)?), None),
        };
        Ok(Self::with(parser, pending))
    }

    fn with(parser: Option<Parser>, pending: Option<bool>) -> Self {
        let tally = Tally {
            format: parser.as_ref().map(Parser::format),
            ..Tally::default()
        };
        Self {
            parser,
            pending,
            candidates: Vec::new(),
            tally,
            line_no: 0,
        }
    }

    /// Chooses the parser from the first lines of `head`.
    fn detect(&mut self, head: &[u8], ended: bool) {
        let lines = head_lines(head, ended);
        let json_only = self.pending.take() == Some(true);
        match detect(&lines, json_only) {
            Ok(parser) => {
                self.tally.format = Some(parser.format());
                self.parser = Some(parser);
            }
            Err(json_first) => self.candidates = Parser::candidates(json_first).into(),
        }
    }

    fn line(&mut self, line: &[u8]) {
        self.line_no += 1;
        let line = trim_cr(line);
        if line.is_empty() {
            return;
        }
        self.judge(line, line);
    }

    /// A line that fills the whole buffer: judged by its prefix up to the
    /// last delimiter, so no field is read cut in half.
    fn long_line(&mut self, prefix: &[u8]) {
        self.line_no += 1;
        let cut = prefix
            .iter()
            .rposition(|b| matches!(b, b' ' | b'\t' | b',' | b'}' | b'"'))
            .map_or(&[][..], |i| &prefix[..=i]);
        self.judge(cut, prefix);
    }

    /// Counts a line, `shown` as its sample if it has no status.
    fn judge(&mut self, line: &[u8], shown: &[u8]) {
        self.tally.lines += 1;
        match self.parse(line) {
            Some(hit) => self.tally.record(hit),
            None => self.tally.reject(shown, self.line_no),
        }
    }

    fn parse(&mut self, line: &[u8]) -> Option<Hit> {
        if let Some(parser) = &self.parser {
            return parser.parse(line);
        }
        // No format yet: the first line some format understands fixes it.
        let found = self
            .candidates
            .iter()
            .enumerate()
            .find_map(|(i, parser)| Some((i, parser.parse(line)?)));
        let (i, hit) = found?;
        let parser = self.candidates.swap_remove(i);
        self.candidates.clear();
        self.tally.format = Some(parser.format());
        self.parser = Some(parser);
        Some(hit)
    }

    fn finish(self, result: io::Result<()>) -> Result<Tally, Failure> {
        match result {
            Ok(()) => Ok(self.tally),
            Err(error) => Err(Failure {
                error,
                partial: self.tally,
                line: self.line_no,
            }),
        }
    }
}

/// The parser that finds a status in most of `lines`, with JSON's
/// preferred key the one found most often; if none finds any, that key.
fn detect(lines: &[&[u8]], json_only: bool) -> Result<Parser, usize> {
    let keys: Vec<JsonKey> = JSON_KEYS.iter().map(|k| JsonKey::new(k)).collect();
    let mut key_hits = [0usize; JSON_KEYS.len()];
    for line in lines {
        if let Some(i) = keys.iter().position(|k| k.status(line).is_some()) {
            key_hits[i] += 1;
        }
    }
    let mut first = 0;
    for (i, &hits) in key_hits.iter().enumerate() {
        if hits > key_hits[first] {
            first = i;
        }
    }
    if json_only {
        return Ok(Parser::json(first));
    }
    let mut best: Option<(usize, Parser)> = None;
    for parser in Parser::candidates(first) {
        let hits = lines.iter().filter(|l| parser.parse(l).is_some()).count();
        if hits > 0 && best.as_ref().is_none_or(|(most, _)| hits > *most) {
            best = Some((hits, parser));
        }
    }
    best.map(|(_, parser)| parser).ok_or(first)
}

/// A status found on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    code: u16,
    target: Target,
}

/// The ALB target's status, beside the load balancer's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Not an ALB line.
    None,
    /// `-`: no target answered.
    Missing,
    Code(u16),
}

impl Hit {
    fn plain(code: u16) -> Self {
        Self {
            code,
            target: Target::None,
        }
    }
}

#[derive(Clone)]
enum Parser {
    Combined,
    Alb,
    /// Built-in keys, the one at `first` tried before the others.
    Json {
        keys: Vec<JsonKey>,
        first: usize,
    },
    /// 0-based field index.
    Field(usize),
    JsonField(Box<JsonKey>, String),
}

impl Parser {
    fn forced(format: &Format) -> io::Result<Self> {
        Ok(match format {
            Format::Combined => Self::Combined,
            Format::Alb => Self::Alb,
            Format::Json => Self::json(0),
            Format::Field(0) => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "field numbers start at 1",
                ));
            }
            Format::Field(n) => Self::Field(n - 1),
            Format::JsonField(key) if key.is_empty() => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "the JSON key is empty",
                ));
            }
            Format::JsonField(key) => Self::JsonField(Box::new(JsonKey::new(key)), key.clone()),
        })
    }

    fn json(first: usize) -> Self {
        Self::Json {
            keys: JSON_KEYS.iter().map(|k| JsonKey::new(k)).collect(),
            first,
        }
    }

    /// The detectable formats, in the order that breaks ties.
    fn candidates(json_first: usize) -> [Self; 3] {
        [Self::json(json_first), Self::Alb, Self::Combined]
    }

    fn format(&self) -> Format {
        match self {
            Self::Combined => Format::Combined,
            Self::Alb => Format::Alb,
            Self::Json { .. } => Format::Json,
            Self::Field(i) => Format::Field(i + 1),
            Self::JsonField(_, name) => Format::JsonField(name.clone()),
        }
    }

    fn parse(&self, line: &[u8]) -> Option<Hit> {
        match self {
            Self::Combined => combined(line).map(Hit::plain),
            Self::Alb => alb(line),
            Self::Json { keys, first } => keys[*first]
                .status(line)
                .or_else(|| {
                    keys.iter()
                        .enumerate()
                        .filter(|&(i, _)| i != *first)
                        .find_map(|(_, k)| k.status(line))
                })
                .map(Hit::plain),
            Self::Field(i) => line
                .split(|&b| b == b' ' || b == b'\t')
                .filter(|f| !f.is_empty())
                .nth(*i)
                .and_then(quoted_code)
                .map(Hit::plain),
            Self::JsonField(key, _) => key.status(line).map(Hit::plain),
        }
    }
}

/// `0`, `000` or `100`..=`999`.
fn code(digits: &[u8]) -> Option<u16> {
    match *digits {
        [b'0'] => Some(0),
        [a, b, c] if digits.iter().all(u8::is_ascii_digit) => {
            let value = u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0');
            (value >= 100 || value == 0).then_some(value)
        }
        _ => None,
    }
}

/// A code, possibly in double quotes.
fn quoted_code(field: &[u8]) -> Option<u16> {
    let bare = field
        .strip_prefix(b"\"")
        .and_then(|f| f.strip_suffix(b"\""))
        .unwrap_or(field);
    code(bare)
}

/// The status right after the request line, the first quoted string: a
/// space, three digits, then a space or the end. Only the closing quote
/// counts, so quoted fields after the status (and in ALB lines, which
/// combined must not match) are never mistaken for it.
fn combined(line: &[u8]) -> Option<u16> {
    let mut from = memchr(b'"', line)? + 1;
    let close = loop {
        let quote = from + memchr(b'"', &line[from..])?;
        if !escaped(line, quote) {
            break quote;
        }
        from = quote + 1;
    };
    match line.get(close + 1..close + 5)? {
        &[b' ', a, b, c]
            if line
                .get(close + 5)
                .is_none_or(|&next| next == b' ' || next == b'\t') =>
        {
            code(&[a, b, c])
        }
        _ => None,
    }
}

/// Whether the byte at `i` follows an odd number of backslashes.
fn escaped(line: &[u8], i: usize) -> bool {
    line[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1
}

fn alb(line: &[u8]) -> Option<Hit> {
    let mut fields = line.split(|&b| b == b' ');
    let kind = fields.next()?;
    if !ALB_TYPES.contains(&kind) {
        return None;
    }
    let elb = code(fields.nth(7)?)?;
    let target = match fields.next()? {
        b"-" => Target::Missing,
        field => Target::Code(code(field)?),
    };
    Some(Hit { code: elb, target })
}

/// A JSON key and, for a dotted name, the path of nested keys to it.
#[derive(Clone)]
struct JsonKey {
    flat: Finder<'static>,
    nested: Vec<Finder<'static>>,
}

impl JsonKey {
    fn new(name: &str) -> Self {
        let quoted = |s: &str| Finder::new(format!("\"{s}\"").as_bytes()).into_owned();
        let nested = if name.contains('.') {
            name.split('.').map(quoted).collect()
        } else {
            Vec::new()
        };
        Self {
            flat: quoted(name),
            nested,
        }
    }

    /// The status under this key, flat or nested.
    fn status(&self, line: &[u8]) -> Option<u16> {
        key_values(line, &self.flat, 0)
            .find_map(|v| json_status(line, v))
            .or_else(|| {
                let (leaf, parents) = self.nested.split_last()?;
                let mut from = 0;
                for parent in parents {
                    from = key_values(line, parent, from).find(|&v| line[v] == b'{')? + 1;
                }
                key_values(line, leaf, from).find_map(|v| json_status(line, v))
            })
    }
}

/// Where the value starts, for each place `key` (quoted) stands as a key in
/// `line[from..]`: after `{` or `,`, followed by `:`.
fn key_values<'a>(
    line: &'a [u8],
    key: &'a Finder<'static>,
    from: usize,
) -> impl Iterator<Item = usize> + 'a {
    let blank = |b: &&u8| **b == b' ' || **b == b'\t';
    key.find_iter(&line[from..]).filter_map(move |i| {
        let at = from + i;
        let before = line[..at].iter().rev().find(|b| !blank(b))?;
        if *before != b'{' && *before != b',' {
            return None;
        }
        let mut v = at + key.needle().len();
        v += line[v..].iter().take_while(blank).count();
        if line.get(v) != Some(&b':') {
            return None;
        }
        v += 1;
        v += line[v..].iter().take_while(blank).count();
        (v < line.len()).then_some(v)
    })
}

/// A status written at `line[v..]` as a JSON number or a string of digits.
fn json_status(line: &[u8], v: usize) -> Option<u16> {
    let quoted = line[v] == b'"';
    let digits = &line[v + usize::from(quoted)..];
    let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    let next = digits.get(n).copied();
    let closed = if quoted {
        next == Some(b'"')
    } else {
        !matches!(next, Some(b'.' | b'e' | b'E'))
    };
    if closed { code(&digits[..n]) } else { None }
}

#[cfg(unix)]
mod split {
    //! Two threads over the two halves of a regular file.

    use std::fs::File;
    use std::io::{self, Read};
    use std::os::unix::fs::FileExt;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::thread;

    use super::{BUF, Failure, Format, Parser, Scanner, Source, Tally, run};

    /// Positioned reads of `file` from `start` up to `end` (or its end).
    struct At<'a> {
        file: &'a File,
        start: u64,
        pos: u64,
        end: Option<u64>,
    }

    impl Read for At<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let want = match self.end {
                Some(end) => usize::try_from(end.saturating_sub(self.pos))
                    .map_or(buf.len(), |left| left.min(buf.len())),
                None => buf.len(),
            };
            if want == 0 {
                return Ok(0);
            }
            let n = self.file.read_at(&mut buf[..want], self.pos)?;
            self.pos += n as u64;
            Ok(n)
        }
    }

    impl Source for At<'_> {
        fn consumed(&self) -> u64 {
            self.pos - self.start
        }
    }

    fn at(file: &File, start: u64, end: Option<u64>) -> At<'_> {
        At {
            file,
            start,
            pos: start,
            end,
        }
    }

    /// Scans `file` (`size` bytes), split at the first newline from `mid`.
    /// Falls back to one stream when the file is gzip, has no format in its
    /// first lines, or has no newline after `mid`: the halves must agree on
    /// the format for the sum to equal a single pass.
    pub(super) fn scan(
        file: &File,
        size: u64,
        mid: u64,
        forced: Option<&Format>,
        progress: &mut dyn FnMut(u64, Option<u64>),
    ) -> Result<Tally, Failure> {
        let mut buf = vec![0; BUF];
        let head = fill(&mut at(file, 0, None), &mut buf).map_err(Failure::early)?;
        let mut scanner = Scanner::new(forced).map_err(Failure::early)?;
        let gzip = buf[..head].starts_with(&[0x1f, 0x8b]);
        if scanner.pending.is_some() && !gzip {
            scanner.detect(&buf[..head], head < buf.len());
        }
        let split = match scanner.parser.take() {
            Some(parser) if !gzip => split_point(file, size, mid)
                .map_err(Failure::early)?
                .map(|split| (parser, split)),
            _ => None,
        };
        let Some((parser, split)) = split else {
            return super::scan_stream(at(file, 0, None), forced, Some(size), BUF, progress);
        };
        let second_seen = AtomicU64::new(0);
        thread::scope(|s| {
            let spawned = thread::Builder::new().name("scan".into()).spawn_scoped(s, {
                let parser = parser.clone();
                let seen = &second_seen;
                move || half(at(file, split, None), parser, seen, &mut vec![0; BUF])
            });
            let mut first = Scanner::with(Some(parser.clone()), None);
            let result = run(
                &mut at(file, 0, Some(split)),
                &mut first,
                &mut buf,
                &mut |n| {
                    progress(n + second_seen.load(Ordering::Relaxed), Some(size));
                },
            );
            let (second, second_result) = match spawned {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                // No thread to be had: the second half on this one.
                Err(_) => half(at(file, split, None), parser, &second_seen, &mut buf),
            };
            let first_lines = first.line_no;
            if let Err(error) = result {
                return Err(Failure {
                    error,
                    partial: first.tally,
                    line: first_lines,
                });
            }
            let mut tally = first.tally;
            tally.absorb(second.tally, first_lines);
            progress(split + second_seen.load(Ordering::Relaxed), Some(size));
            match second_result {
                Ok(()) => Ok(tally),
                Err(error) => Err(Failure {
                    error,
                    partial: tally,
                    line: first_lines + second.line_no,
                }),
            }
        })
    }

    /// Scans the second half, publishing its progress in `seen`.
    fn half(
        mut src: At<'_>,
        parser: Parser,
        seen: &AtomicU64,
        buf: &mut [u8],
    ) -> (Scanner, io::Result<()>) {
        let mut scanner = Scanner::with(Some(parser), None);
        let result = run(&mut src, &mut scanner, buf, &mut |n| {
            seen.store(n, Ordering::Relaxed);
        });
        (scanner, result)
    }

    /// Reads from the start until `buf` is full or the file ends.
    fn fill(src: &mut At<'_>, buf: &mut [u8]) -> io::Result<usize> {
        let mut filled = 0;
        while filled < buf.len() {
            match src.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(filled)
    }

    /// Just after the first newline at or after `mid`, if before the end.
    fn split_point(file: &File, size: u64, mid: u64) -> io::Result<Option<u64>> {
        let mut chunk = vec![0; 64 << 10];
        let mut pos = mid;
        while pos < size {
            let n = file.read_at(&mut chunk, pos)?;
            if n == 0 {
                break;
            }
            if let Some(i) = memchr::memchr(b'\n', &chunk[..n]) {
                let split = pos + i as u64 + 1;
                return Ok((split < size).then_some(split));
            }
            pos += n as u64;
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::path::PathBuf;

    use flate2::Compression;
    use flate2::write::GzEncoder;
    use proptest::prelude::*;

    fn scan(bytes: &[u8]) -> Tally {
        scan_as(bytes, None)
    }

    fn scan_as(bytes: &[u8], forced: Option<&Format>) -> Tally {
        scan_reader(bytes, forced, &mut |_, _| {}).unwrap()
    }

    fn scan_buf(bytes: &[u8], forced: Option<&Format>, buf_len: usize) -> Tally {
        scan_stream(bytes, forced, None, buf_len, &mut |_, _| {}).unwrap()
    }

    fn codes(tally: &Tally) -> Vec<(u16, u64)> {
        let mut codes = tally.by_count();
        codes.sort_unstable();
        codes
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    /// Hands out the input a few bytes at a time, sizes taken in turn.
    struct Trickle<'a> {
        data: &'a [u8],
        sizes: Vec<usize>,
        turn: usize,
        interrupted: bool,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if !self.interrupted {
                self.interrupted = true;
                return Err(io::ErrorKind::Interrupted.into());
            }
            let size = self.sizes[self.turn % self.sizes.len()];
            self.turn += 1;
            let n = size.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn trickle<'a>(data: &'a [u8], sizes: &[usize]) -> Trickle<'a> {
        Trickle {
            data,
            sizes: sizes.iter().map(|&s| s.max(1)).collect(),
            turn: 0,
            interrupted: false,
        }
    }

    /// A file in the temporary directory, removed when dropped.
    struct TempFile(PathBuf);

    impl TempFile {
        fn new(name: &str, bytes: &[u8]) -> Self {
            let path = std::env::temp_dir().join(format!("scan-{}-{name}", std::process::id()));
            std::fs::write(&path, bytes).unwrap();
            Self(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    const NGINX: &str = "203.0.113.7 - - [10/Mar/2024:13:55:36 +0000] \"GET /index.html HTTP/1.1\" 200 612 \"-\" \"curl/8.5.0\"\n";

    fn combined_line(request: &str, status: &str) -> String {
        format!(
            "198.51.100.2 - alice [10/Mar/2024:13:55:36 +0000] \"{request}\" {status} 1234 \"https://example.com/a b\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n"
        )
    }

    fn alb_line(elb: &str, target: &str) -> String {
        format!(
            "https 2024-03-10T13:55:36.186641Z app/my-lb/50dc6c495c0c9188 192.0.2.39:2817 10.0.0.1:80 0.000 0.001 0.000 {elb} {target} 34 366 \"GET https://www.example.com:443/ HTTP/1.1\" \"curl/8.5.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/t/73e2d6bc24d8a067 \"Root=1-58337262-36d228ad5d99923122bbe354\" \"-\" \"-\" 100 2024-03-10T13:55:36.186641Z \"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"{target}\" \"-\" \"-\"\n"
        )
    }

    #[test]
    fn combined_takes_the_field_after_the_request() {
        let mut log = String::from(NGINX);
        log += &combined_line("GET /search?q=red shoes now HTTP/1.1", "404");
        log += &combined_line(r#"GET /say?x=\" 200 \"hi HTTP/1.1"#, "500");
        log += &combined_line(r"GET /dir\\ HTTP/1.1", "301");
        log += &combined_line(r"GET /x?q=\x22 200 \x22 HTTP/1.1", "302");
        log += &combined_line("", "400");
        log += &combined_line("-", "408");
        // Common log format: no referer or agent.
        log +=
            "192.0.2.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326\n";
        let tally = scan(log.as_bytes());
        assert_eq!(tally.format(), Some(&Format::Combined));
        assert_eq!((tally.lines(), tally.unparsed()), (8, 0));
        assert_eq!(
            codes(&tally),
            [
                (200, 2),
                (301, 1),
                (302, 1),
                (400, 1),
                (404, 1),
                (408, 1),
                (500, 1)
            ]
        );
        assert_eq!(tally.target_by_count(), []);
        assert_eq!(tally.target_missing(), 0);
    }

    #[test]
    fn combined_rejects_what_is_not_a_status() {
        for status in ["-", "2000", "20", "099", "abc", "-1"] {
            let tally = scan_as(
                combined_line("GET / HTTP/1.1", status).as_bytes(),
                Some(&Format::Combined),
            );
            assert_eq!(tally.unparsed(), 1, "{status}");
        }
        let tally = scan(combined_line("GET / HTTP/1.1", "000").as_bytes());
        assert_eq!(codes(&tally), [(0, 1)]);
        let tally = scan(combined_line("GET / HTTP/1.1", "999").as_bytes());
        assert_eq!(codes(&tally), [(999, 1)]);
    }

    #[test]
    fn json_number_string_and_key_shapes() {
        let log = concat!(
            "{\"time\":\"t\",\"status\":200,\"bytes\":5}\n",
            "{\"time\":\"t\", \"status\": \"404\" }\n",
            "{\"status_code\" :\t503}\n",
            "{\"statusCode\":201}\n",
            "{\"http.status_code\":302}\n",
            "{\"http\":{\"method\":\"GET\",\"status_code\":418},\"level\":\"info\"}\n",
            "{\"EdgeResponseStatus\":520,\"OriginResponseStatus\":0}\n",
            "{\"elb_status_code\":\"502\",\"target_status_code\":\"-\"}\n",
            "{\"msg\":\"said \\\"status\\\": 999\",\"status\":\"ok\",\"resp\":{\"status\":204}}\n",
            "{\"status\":0}\n",
            "{\"status\":200.5}\n",
            "{\"status\":\"200 OK\"}\n",
            "{\"status\":null}\n",
            "{\"field\":\"status\",\"n\":200}\n",
        );
        let tally = scan(log.as_bytes());
        assert_eq!(tally.format(), Some(&Format::Json));
        assert_eq!((tally.lines(), tally.unparsed()), (14, 4));
        assert_eq!(
            codes(&tally),
            [
                (0, 1),
                (200, 1),
                (201, 1),
                (204, 1),
                (302, 1),
                (404, 1),
                (418, 1),
                (502, 1),
                (503, 1),
                (520, 1)
            ]
        );
        let lines: Vec<u64> = tally.samples().iter().map(|s| s.line).collect();
        assert_eq!(lines, [11, 12, 13, 14]);
    }

    #[test]
    fn json_prefers_the_key_common_in_the_first_lines() {
        // Both keys on every line: the one found first in the head wins.
        let line = "{\"statusCode\":200,\"upstream\":{\"status\":502}}\n";
        let log = format!("{}{}", "{\"statusCode\":201}\n".repeat(3), line.repeat(2));
        let tally = scan(log.as_bytes());
        assert_eq!(codes(&tally), [(200, 2), (201, 3)]);
        // Forcing JSON still learns the key from the first lines.
        let tally = scan_as(log.as_bytes(), Some(&Format::Json));
        assert_eq!(codes(&tally), [(200, 2), (201, 3)]);
        // Without the head's hint the fixed order applies.
        let tally = scan(line.as_bytes());
        assert_eq!(codes(&tally), [(502, 1)]);
    }

    #[test]
    fn alb_counts_target_statuses_apart() {
        let log = [
            alb_line("200", "200"),
            alb_line("502", "-"),
            alb_line("503", "-"),
            alb_line("404", "404"),
            alb_line("200", "200"),
            alb_line("460", "-"),
            alb_line("-", "-"),
            alb_line("200", "x"),
        ]
        .concat();
        let tally = scan(log.as_bytes());
        assert_eq!(tally.format(), Some(&Format::Alb));
        assert_eq!((tally.lines(), tally.unparsed()), (8, 2));
        assert_eq!(
            codes(&tally),
            [(200, 2), (404, 1), (460, 1), (502, 1), (503, 1)]
        );
        assert_eq!(tally.target_by_count(), [(200, 2), (404, 1)]);
        assert_eq!(tally.target_missing(), 3);
        assert_eq!(tally.target_count(200), 2);
        assert_eq!(tally.count(503), 1);
        // Not an ALB request type in the first field.
        let other = alb_line("200", "200").replacen("https", "tcp", 1);
        assert_eq!(scan_as(other.as_bytes(), Some(&Format::Alb)).unparsed(), 1);
    }

    #[test]
    fn forced_field_and_json_key() {
        let log = "a  b\t200 x\nc d \"503\" y\ne f - z\n   g h 404\n";
        let tally = scan_as(log.as_bytes(), Some(&Format::Field(3)));
        assert_eq!(tally.format(), Some(&Format::Field(3)));
        assert_eq!(codes(&tally), [(200, 1), (404, 1), (503, 1)]);
        assert_eq!(tally.unparsed(), 1);

        let log = "{\"res\":{\"code\":201}}\n{\"res.code\":\"202\"}\n{\"code\":500}\n";
        let tally = scan_as(log.as_bytes(), Some(&Format::JsonField("res.code".into())));
        assert_eq!(codes(&tally), [(201, 1), (202, 1)]);
        let tally = scan_as(log.as_bytes(), Some(&Format::JsonField("code".into())));
        assert_eq!(codes(&tally), [(201, 1), (500, 1)]);
        // A forced format is used even where another would match better.
        let tally = scan_as(NGINX.as_bytes(), Some(&Format::Field(9)));
        assert_eq!(codes(&tally), [(200, 1)]);
        let tally = scan_as(NGINX.as_bytes(), Some(&Format::Json));
        assert_eq!(tally.unparsed(), 1);

        for bad in [Format::Field(0), Format::JsonField(String::new())] {
            let err = scan_reader(NGINX.as_bytes(), Some(&bad), &mut |_, _| {}).unwrap_err();
            assert_eq!(err.error.kind(), io::ErrorKind::InvalidInput);
        }
    }

    #[test]
    fn format_names_round_trip() {
        for format in [
            Format::Combined,
            Format::Json,
            Format::Alb,
            Format::Field(9),
            Format::JsonField("http.status_code".into()),
        ] {
            assert_eq!(format.to_string().parse::<Format>(), Ok(format));
        }
        assert_eq!("common".parse::<Format>(), Ok(Format::Combined));
        for bad in ["field:0", "field:x", "json:", "csv", ""] {
            assert!(bad.parse::<Format>().is_err(), "{bad}");
        }
    }

    #[test]
    fn detection_picks_the_majority_and_waits_for_a_first_status() {
        // Two JSON lines among three ALB ones: ALB wins, the JSON lines are
        // unparsed; with two of each, the tie goes to JSON.
        let json = "{\"status\":200}\n";
        let log = [
            alb_line("200", "200"),
            json.into(),
            alb_line("301", "-"),
            json.into(),
            alb_line("200", "200"),
        ]
        .concat();
        let tally = scan(log.as_bytes());
        assert_eq!(tally.format(), Some(&Format::Alb));
        assert_eq!((tally.lines(), tally.unparsed()), (5, 2));
        let log = [
            alb_line("200", "200"),
            json.into(),
            alb_line("301", "-"),
            json.into(),
        ]
        .concat();
        assert_eq!(scan(log.as_bytes()).format(), Some(&Format::Json));
        // The quoted fields after the request never pass for a status, though
        // ALB's rule priority (100 here) follows one.
        assert_eq!(
            scan_as(alb_line("200", "200").as_bytes(), Some(&Format::Combined)).unparsed(),
            1
        );

        // Thirty lines of noise, then combined lines: the first one decides.
        let log = format!(
            "{}{}{}",
            "noise without a status\n".repeat(30),
            NGINX,
            "{\"status\":201}\n"
        );
        let tally = scan(log.as_bytes());
        assert_eq!(tally.format(), Some(&Format::Combined));
        assert_eq!((tally.lines(), tally.unparsed()), (32, 31));
        assert_eq!(codes(&tally), [(200, 1)]);

        // Nothing anywhere.
        let tally = scan(b"just\nwords\n");
        assert_eq!(tally.format(), None);
        assert_eq!((tally.lines(), tally.unparsed()), (2, 2));
    }

    #[test]
    fn garbage_binary_and_invalid_utf8_are_unparsed_samples() {
        let mut log = Vec::new();
        log.extend_from_slice(b"\xff\xfe\x00\x01 \"GET \x1b[31m\xc3\x28\n");
        log.extend_from_slice(&(0..=255u8).filter(|&b| b != b'\n').collect::<Vec<_>>());
        log.push(b'\n');
        log.extend_from_slice("日本語のログ行".repeat(40).as_bytes());
        log.push(b'\n');
        log.extend_from_slice(NGINX.as_bytes());
        for _ in 0..4 {
            log.extend_from_slice(b"\"\"\"\\\\\\\" \" 2\n");
        }
        let tally = scan(&log);
        assert_eq!((tally.lines(), tally.unparsed()), (8, 7));
        assert_eq!(codes(&tally), [(200, 1)]);
        let samples = tally.samples();
        assert_eq!(samples.len(), SAMPLES);
        assert_eq!(samples[0].line, 1);
        assert!(
            samples[0]
                .text
                .starts_with("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} \"GET \u{FFFD}[31m")
        );
        assert!(
            samples
                .iter()
                .all(|s| s.text.chars().count() <= EXCERPT_CHARS + 1)
        );
        assert!(
            samples
                .iter()
                .all(|s| !s.text.chars().any(char::is_control))
        );
        assert!(samples[2].text.ends_with('…'));
        assert_eq!(samples[2].text.chars().count(), EXCERPT_CHARS + 1);
        assert_eq!(samples[4].line, 6);
    }

    #[test]
    fn ten_megabyte_lines_are_judged_by_their_start() {
        let long_agent = NGINX.replace("curl/8.5.0", &"A".repeat(10 << 20));
        let long_path = NGINX.replace("/index.html", &"/p".repeat(5 << 20));
        let log = format!("{long_agent}{long_path}{NGINX}");
        let tally = scan(log.as_bytes());
        assert_eq!((tally.lines(), tally.unparsed()), (3, 1));
        assert_eq!(codes(&tally), [(200, 2)]);
        assert_eq!(tally.samples()[0].line, 2);
        assert!(tally.samples()[0].text.len() < 4 * EXCERPT_CHARS + 4);
    }

    #[test]
    fn overlong_lines_never_read_a_field_cut_in_half() {
        // The prefix "abc 200" (7 bytes) must not pass for field 2 = 200.
        let tally = scan_buf(
            b"abc 2001 zzzzzzzzzzzz\nq 301\n",
            Some(&Format::Field(2)),
            7,
        );
        assert_eq!((tally.lines(), tally.unparsed()), (2, 1));
        assert_eq!(codes(&tally), [(301, 1)]);
        let tally = scan_buf(b"abc 200 zzzzzzzzzzzz\n", Some(&Format::Field(2)), 8);
        assert_eq!(codes(&tally), [(200, 1)]);
        // A JSON status in the first bytes of a long line is found.
        let tally = scan_buf(
            b"{\"status\":204,\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}\n{\"status\":201}\n",
            None,
            32,
        );
        assert_eq!(codes(&tally), [(201, 1), (204, 1)]);
        // A long line right at the start, then normal ones.
        let log = format!("{}\n{NGINX}{NGINX}", "x".repeat(500));
        let tally = scan_buf(log.as_bytes(), None, 200);
        assert_eq!((tally.lines(), tally.unparsed()), (3, 1));
        assert_eq!(tally.format(), Some(&Format::Combined));
    }

    #[test]
    fn empty_input_blank_lines_crlf_and_no_final_newline() {
        let tally = scan(b"");
        assert_eq!(
            (tally.lines(), tally.unparsed(), tally.format()),
            (0, 0, None)
        );
        assert_eq!(scan(b"\n\r\n\n").lines(), 0);

        let crlf = format!(
            "{}\r\n\r\n{}",
            NGINX.trim_end(),
            alb_line("200", "-").trim_end()
        );
        let tally = scan_as(crlf.as_bytes(), Some(&Format::Combined));
        assert_eq!((tally.lines(), tally.unparsed()), (2, 1));
        assert_eq!(tally.samples()[0].line, 3);
        // The target status is the last field; its "\r" must not hide it.
        let tally = scan_as(
            format!("{}\r\n", alb_line("200", "-").trim_end()).as_bytes(),
            Some(&Format::Alb),
        );
        let mut trimmed = alb_line("200", "204");
        trimmed.truncate(trimmed.find(" 34 366").unwrap());
        let tally2 = scan_as(format!("{trimmed}\r\n").as_bytes(), Some(&Format::Alb));
        assert_eq!((tally.target_missing(), tally2.target_count(204)), (1, 1));

        let tally = scan(NGINX.trim_end().as_bytes());
        assert_eq!((tally.lines(), tally.unparsed()), (1, 0));
    }

    #[test]
    fn gzip_is_read_by_its_magic_bytes() {
        let log = format!("{NGINX}{}", combined_line("GET / HTTP/1.1", "404")).repeat(500);
        let packed = gzip(log.as_bytes());
        let mut seen = 0;
        let tally = scan_reader(&packed[..], None, &mut |n, total| {
            assert!(n >= seen && total.is_none());
            seen = n;
        })
        .unwrap();
        assert_eq!(seen, packed.len() as u64);
        assert_eq!(codes(&tally), [(200, 500), (404, 500)]);
        assert_eq!(tally, scan(log.as_bytes()));
        // Two members one after the other, as `cat a.gz b.gz` makes.
        let twice = [packed.clone(), packed].concat();
        assert_eq!(scan(&twice).lines(), 2000);
    }

    #[test]
    fn truncated_gzip_fails_with_exact_counts_so_far() {
        let log: String = (0..20_000)
            .map(|i| combined_line(&format!("GET /item/{i} HTTP/1.1"), "200"))
            .collect();
        let packed = gzip(log.as_bytes());
        for cut in [packed.len() / 3, packed.len() - 4, 20] {
            let err = scan_reader(&packed[..cut], None, &mut |_, _| {}).unwrap_err();
            let partial = &err.partial;
            assert_eq!(err.error.kind(), io::ErrorKind::UnexpectedEof, "{err}");
            // Every complete line before the cut, and no more.
            let mut decoded = Vec::new();
            let _ = MultiGzDecoder::new(&packed[..cut]).read_to_end(&mut decoded);
            let complete = memchr::memchr_iter(b'\n', &decoded).count() as u64;
            assert_eq!(
                (partial.lines(), partial.count(200), partial.unparsed()),
                (complete, complete, 0)
            );
            if complete > 0 {
                assert!(
                    err.to_string()
                        .ends_with(&format!("(after line {complete})")),
                    "{err}"
                );
            }
        }
    }

    #[test]
    fn errors_name_the_file() {
        let missing = Path::new("/nonexistent/access.log");
        let err = scan_path(missing, None, &mut |_, _| {}).unwrap_err();
        assert_eq!(err.error.kind(), io::ErrorKind::NotFound);
        assert!(
            err.to_string().starts_with("/nonexistent/access.log: "),
            "{err}"
        );
        let io: io::Error = err.into();
        assert_eq!(io.kind(), io::ErrorKind::NotFound);

        let packed = gzip(NGINX.repeat(100).as_bytes());
        let file = TempFile::new("cut.log.gz", &packed[..packed.len() / 2]);
        let err = scan_path(&file.0, None, &mut |_, _| {}).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("{}: ", file.0.display())),
            "{err}"
        );
    }

    #[test]
    fn merge_adds_and_ranks() {
        let mut all = Tally::default();
        all.merge(scan(NGINX.repeat(3).as_bytes()));
        all.merge(scan(format!("{}oops\n", alb_line("503", "-")).as_bytes()));
        all.merge(scan(b"more junk\n"));
        assert_eq!(all.format(), Some(&Format::Combined));
        assert_eq!((all.lines(), all.unparsed(), all.parsed()), (6, 2, 4));
        assert_eq!(all.by_count(), [(200, 3), (503, 1)]);
        assert_eq!(all.target_missing(), 1);
        let lines: Vec<u64> = all.samples().iter().map(|s| s.line).collect();
        assert_eq!(lines, [2, 1]);
        assert!(format!("{all:?}").contains("(200, 3)"));
    }

    #[test]
    fn paths_report_progress_against_the_size() {
        let log = NGINX.repeat(10_000);
        let file = TempFile::new("progress.log", log.as_bytes());
        let mut last = (0, None);
        let tally = scan_path(&file.0, None, &mut |n, total| {
            assert!(n >= last.0);
            last = (n, total);
        })
        .unwrap();
        assert_eq!(last, (log.len() as u64, Some(log.len() as u64)));
        assert_eq!(tally.count(200), 10_000);
    }

    /// A mixed log whose halves hold every kind of line.
    fn mixed_log() -> Vec<u8> {
        let mut log = String::new();
        for i in 0..3000 {
            log += &combined_line(
                &format!("GET /a b/{i} HTTP/1.1"),
                ["200", "404", "000", "503"][i % 4],
            );
            match i % 97 {
                0 => log += "garbage line\n",
                1 => log += "\n",
                2 => {
                    log.push_str(NGINX.trim_end());
                    log.push_str("\r\n");
                }
                _ => {}
            }
        }
        log += "trailing line without newline";
        log.into_bytes()
    }

    #[cfg(unix)]
    #[test]
    fn two_threads_tally_as_one() {
        let log = mixed_log();
        let file = TempFile::new("split.log", &log);
        let one = scan(&log);
        assert!(one.unparsed() > 30 && one.lines() > 3000);
        let handle = File::open(&file.0).unwrap();
        let size = log.len() as u64;
        for mid in [0, 1, size / 3, size / 2, size - 40, size - 1] {
            let two = split::scan(&handle, size, mid, None, &mut |_, _| {}).unwrap();
            assert_eq!(two, one, "split from {mid}");
        }
        let forced = Format::Field(9);
        let two = split::scan(&handle, size, size / 2, Some(&forced), &mut |_, _| {}).unwrap();
        assert_eq!(two, scan_as(&log, Some(&forced)));
        // Through the public entry, with splitting from any size.
        let mut last = 0;
        let two = scan_file(&file.0, None, 0, &mut |n, _| last = last.max(n)).unwrap();
        assert_eq!(two, one);
        assert_eq!(last, size);
    }

    #[cfg(unix)]
    #[test]
    fn split_falls_back_to_one_stream() {
        // Gzip, and a head without any status, are read in one pass.
        let log = mixed_log();
        let packed = gzip(&log);
        let file = TempFile::new("split.log.gz", &packed);
        assert_eq!(
            scan_file(&file.0, None, 0, &mut |_, _| {}).unwrap(),
            scan(&log)
        );
        let late = [b"no status here\n".repeat(40), log].concat();
        let file = TempFile::new("late.log", &late);
        assert_eq!(
            scan_file(&file.0, None, 0, &mut |_, _| {}).unwrap(),
            scan(&late)
        );
    }

    /// One generated line and what it should count as.
    #[derive(Debug, Clone)]
    enum Gen {
        Valid {
            code: u16,
            target: Option<u16>,
            shape: u8,
        },
        Broken(Vec<u8>),
        Blank,
    }

    fn status(code: u16) -> String {
        format!("{code:03}")
    }

    fn render(format: &Format, line: &Gen) -> Vec<u8> {
        let Gen::Valid {
            code,
            target,
            shape,
        } = line
        else {
            return match line {
                Gen::Broken(bytes) => bytes.clone(),
                _ => Vec::new(),
            };
        };
        let code = *code;
        let text = match format {
            Format::Alb => alb_line(&status(code), &target.map_or("-".into(), status))
                .trim_end()
                .to_owned(),
            Format::Json => match shape % 4 {
                0 => format!("{{\"time\":\"t\",\"status\":{code},\"ua\":\"x\"}}"),
                1 => format!("{{\"status\": \"{}\"}}", status(code)),
                2 => format!("{{\"http\":{{\"method\":\"GET\",\"status_code\":{code}}}}}"),
                _ => format!("{{\"msg\":\"\\\"status\\\":999\",\"statusCode\":\t{code}}}"),
            },
            _ => {
                let request = match shape % 4 {
                    0 => "GET / HTTP/1.1",
                    1 => "GET /a b c HTTP/1.1",
                    2 => r#"GET /q=\" 200 \" HTTP/1.1"#,
                    _ => "",
                };
                combined_line(request, &status(code)).trim_end().to_owned()
            }
        };
        let mut bytes = text.into_bytes();
        if shape % 3 == 0 {
            bytes.push(b'\r');
        }
        bytes
    }

    fn gen_line(alb: bool) -> impl Strategy<Value = Gen> {
        let code = prop_oneof![Just(0u16), 100u16..1000];
        let target = if alb {
            proptest::option::of(prop_oneof![Just(0u16), 100u16..1000]).boxed()
        } else {
            Just(None).boxed()
        };
        // Broken lines hold no digit, so no format can find a status.
        let broken = proptest::collection::vec(
            prop_oneof![
                Just(b'"'),
                Just(b'\\'),
                Just(b' '),
                Just(b'{'),
                Just(b':'),
                Just(0xff),
                Just(0),
                b'a'..=b'z'
            ],
            1..40,
        );
        prop_oneof![
            6 => (code, target, any::<u8>()).prop_map(|(code, target, shape)| Gen::Valid { code, target, shape }),
            2 => broken.prop_map(Gen::Broken),
            1 => Just(Gen::Blank),
        ]
    }

    fn gen_log() -> impl Strategy<Value = (Format, Vec<Gen>)> {
        prop_oneof![
            Just(Format::Combined),
            Just(Format::Json),
            Just(Format::Alb)
        ]
        .prop_flat_map(|format| {
            let lines = proptest::collection::vec(gen_line(format == Format::Alb), 0..120);
            (Just(format), lines)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn counts_equal_the_generator(
            (format, lines) in gen_log(),
            sizes in proptest::collection::vec(1usize..300, 1..8),
            final_newline: bool,
            packed: bool,
        ) {
            let mut log: Vec<u8> = lines.iter().flat_map(|l| {
                let mut bytes = render(&format, l);
                bytes.push(b'\n');
                bytes
            }).collect();
            if !final_newline {
                log.pop();
            }
            let input = if packed { gzip(&log) } else { log.clone() };
            let tally = scan_reader(trickle(&input, &sizes), None, &mut |_, _| {}).unwrap();

            let mut expected = Tally::default();
            for line in &lines {
                match line {
                    Gen::Valid { code, target, .. } => {
                        expected.lines += 1;
                        expected.codes[usize::from(*code)] += 1;
                        match (&format, target) {
                            (Format::Alb, Some(t)) => expected.target_codes[usize::from(*t)] += 1,
                            (Format::Alb, None) => expected.target_missing += 1,
                            _ => {}
                        }
                    }
                    Gen::Broken(_) => {
                        expected.lines += 1;
                        expected.unparsed += 1;
                    }
                    Gen::Blank => {}
                }
            }
            prop_assert_eq!(tally.lines(), expected.lines());
            prop_assert_eq!(tally.unparsed(), expected.unparsed());
            prop_assert_eq!(tally.by_count(), expected.by_count());
            prop_assert_eq!(tally.target_by_count(), expected.target_by_count());
            prop_assert_eq!(tally.target_missing(), expected.target_missing());
            let any_valid = lines.iter().any(|l| matches!(l, Gen::Valid { .. }));
            prop_assert_eq!(tally.format(), any_valid.then_some(&format));
            // Small buffers, where most lines are overlong, never count more.
            let small = scan_buf(&log, None, 48);
            prop_assert_eq!(small.lines(), expected.lines());
            prop_assert!(small.unparsed() >= expected.unparsed());
        }
    }
}
