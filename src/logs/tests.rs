//! Unit tests of `logs`.

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
    log += "192.0.2.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326\n";
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
