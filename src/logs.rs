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

use parse::{LineStatus, Scanner, Target};

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
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// Lines in which no status was found.
    pub fn unparsed(&self) -> u64 {
        self.unparsed
    }

    /// Lines with a status: `lines() - unparsed()`.
    pub fn parsed(&self) -> u64 {
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

    fn record(&mut self, hit: LineStatus) {
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
    let mut input = Stream::open(reader).map_err(Failure::early)?;
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
enum Stream<R: Read> {
    Plain(Peeked<R>),
    Gzip(Box<MultiGzDecoder<Peeked<R>>>),
}

impl<R: Read> Stream<R> {
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

impl<R: Read> Read for Stream<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Self::Plain(r) => r.read(buf),
            Self::Gzip(r) => r.read(buf),
        }
    }
}

impl<R: Read> Source for Stream<R> {
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

mod parse;
#[cfg(unix)]
mod split;

#[cfg(test)]
mod tests;
