//! Two threads over the two halves of a regular file.

use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::FileExt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

use super::parse::{Parser, Scanner};
use super::{BUF, Failure, Format, Source, Tally, run};

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
