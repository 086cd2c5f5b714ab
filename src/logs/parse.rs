//! Finding the status in one line: detecting the format from the first
//! lines, and the parsers of combined, ALB and JSON lines.

use std::io;

use memchr::memchr;
use memchr::memmem::Finder;

use super::{ALB_TYPES, Failure, Format, JSON_KEYS, Tally, head_lines, trim_cr};
/// Counts lines into a tally with a fixed or still unknown parser.
pub(crate) struct Scanner {
    pub(crate) parser: Option<Parser>,
    /// Set while the first lines have yet to choose the parser; `true` if
    /// JSON was forced and only its preferred key is to be chosen.
    pub(crate) pending: Option<bool>,
    /// The formats still in the running when the first lines chose none.
    pub(crate) candidates: Vec<Parser>,
    pub(crate) tally: Tally,
    /// Physical lines seen, empty ones included, for sample line numbers.
    pub(crate) line_no: u64,
}

impl Scanner {
    pub(crate) fn new(forced: Option<&Format>) -> io::Result<Self> {
        let (parser, pending) = match forced {
            None => (None, Some(false)),
            Some(Format::Json) => (None, Some(true)),
            Some(format) => (Some(Parser::forced(format)?), None),
        };
        Ok(Self::with(parser, pending))
    }

    pub(crate) fn with(parser: Option<Parser>, pending: Option<bool>) -> Self {
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
    pub(crate) fn detect(&mut self, head: &[u8], ended: bool) {
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

    pub(crate) fn line(&mut self, line: &[u8]) {
        self.line_no += 1;
        let line = trim_cr(line);
        if line.is_empty() {
            return;
        }
        self.judge(line, line);
    }

    /// A line that fills the whole buffer: judged by its prefix up to the
    /// last delimiter, so no field is read cut in half.
    pub(crate) fn long_line(&mut self, prefix: &[u8]) {
        self.line_no += 1;
        let cut = prefix
            .iter()
            .rposition(|b| matches!(b, b' ' | b'\t' | b',' | b'}' | b'"'))
            .map_or(&[][..], |i| &prefix[..=i]);
        self.judge(cut, prefix);
    }

    /// Counts a line, `shown` as its sample if it has no status.
    pub(crate) fn judge(&mut self, line: &[u8], shown: &[u8]) {
        self.tally.lines += 1;
        match self.parse(line) {
            Some(hit) => self.tally.record(hit),
            None => self.tally.reject(shown, self.line_no),
        }
    }

    pub(crate) fn parse(&mut self, line: &[u8]) -> Option<LineStatus> {
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

    pub(crate) fn finish(self, result: io::Result<()>) -> Result<Tally, Failure> {
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
pub(crate) fn detect(lines: &[&[u8]], json_only: bool) -> Result<Parser, usize> {
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
pub(crate) struct LineStatus {
    pub(crate) code: u16,
    pub(crate) target: Target,
}

/// The ALB target's status, beside the load balancer's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Not an ALB line.
    None,
    /// `-`: no target answered.
    Missing,
    Code(u16),
}

impl LineStatus {
    pub(crate) fn plain(code: u16) -> Self {
        Self {
            code,
            target: Target::None,
        }
    }
}

#[derive(Clone)]
pub(crate) enum Parser {
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
    pub(crate) fn forced(format: &Format) -> io::Result<Self> {
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

    pub(crate) fn json(first: usize) -> Self {
        Self::Json {
            keys: JSON_KEYS.iter().map(|k| JsonKey::new(k)).collect(),
            first,
        }
    }

    /// The detectable formats, in the order that breaks ties.
    pub(crate) fn candidates(json_first: usize) -> [Self; 3] {
        [Self::json(json_first), Self::Alb, Self::Combined]
    }

    pub(crate) fn format(&self) -> Format {
        match self {
            Self::Combined => Format::Combined,
            Self::Alb => Format::Alb,
            Self::Json { .. } => Format::Json,
            Self::Field(i) => Format::Field(i + 1),
            Self::JsonField(_, name) => Format::JsonField(name.clone()),
        }
    }

    pub(crate) fn parse(&self, line: &[u8]) -> Option<LineStatus> {
        match self {
            Self::Combined => combined(line).map(LineStatus::plain),
            Self::Alb => alb(line),
            Self::Json { keys, first } => keys[*first]
                .status(line)
                .or_else(|| {
                    keys.iter()
                        .enumerate()
                        .filter(|&(i, _)| i != *first)
                        .find_map(|(_, k)| k.status(line))
                })
                .map(LineStatus::plain),
            Self::Field(i) => line
                .split(|&b| b == b' ' || b == b'\t')
                .filter(|f| !f.is_empty())
                .nth(*i)
                .and_then(quoted_code)
                .map(LineStatus::plain),
            Self::JsonField(key, _) => key.status(line).map(LineStatus::plain),
        }
    }
}

/// `0`, `000` or `100`..=`999`.
pub(crate) fn code(digits: &[u8]) -> Option<u16> {
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
pub(crate) fn quoted_code(field: &[u8]) -> Option<u16> {
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
pub(crate) fn combined(line: &[u8]) -> Option<u16> {
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
pub(crate) fn escaped(line: &[u8], i: usize) -> bool {
    line[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1
}

pub(crate) fn alb(line: &[u8]) -> Option<LineStatus> {
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
    Some(LineStatus { code: elb, target })
}

/// A JSON key and, for a dotted name, the path of nested keys to it.
#[derive(Clone)]
pub(crate) struct JsonKey {
    pub(crate) flat: Finder<'static>,
    pub(crate) nested: Vec<Finder<'static>>,
}

impl JsonKey {
    pub(crate) fn new(name: &str) -> Self {
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
    pub(crate) fn status(&self, line: &[u8]) -> Option<u16> {
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
pub(crate) fn key_values<'a>(
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
pub(crate) fn json_status(line: &[u8], v: usize) -> Option<u16> {
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
