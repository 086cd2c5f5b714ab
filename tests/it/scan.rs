//! `httpdex --scan` against the built binary, on small logs written here
//! with known counts: the table in each language (golden files), the JSON,
//! gzip, load-balancer logs, forced fields, unreadable files and garbage.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;

use crate::util::{httpdex, with_stdin};

/// A directory of its own under the system's temporary one, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let path = std::env::temp_dir().join(format!("httpdex-scan-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        Dir(path)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("write a log");
        path
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// How many lines of each status the combined log below has.
const COUNTS: [(u16, usize); 7] = [
    (200, 60),
    (404, 12),
    (301, 5),
    (304, 9),
    (502, 3),
    (499, 2),
    (797, 1),
];

/// A combined log with [`COUNTS`], the statuses interleaved, one request
/// line with spaces in it, and two lines without a status.
fn combined_log() -> Vec<u8> {
    let mut statuses: Vec<u16> = COUNTS
        .iter()
        .flat_map(|&(code, n)| std::iter::repeat_n(code, n))
        .collect();
    // A fixed shuffle, so the order of lines is not the order of counts.
    let len = statuses.len();
    for i in 0..len {
        statuses.swap(i, (i * 37 + 11) % len);
    }
    let mut log = Vec::new();
    for (i, status) in statuses.iter().enumerate() {
        let request = if i == 3 {
            "GET /search?q=a b HTTP/1.1".to_owned()
        } else {
            format!("GET /items/{i} HTTP/1.1")
        };
        writeln!(
            log,
            "10.0.0.{} - - [10/Mar/2024:00:00:{:02} +0000] \"{request}\" {status} {} \"-\" \"curl/8.5.0\"",
            i % 250,
            i % 60,
            100 + i
        )
        .unwrap();
        if i == 20 {
            log.extend_from_slice(b"this is not a log line\n");
        }
    }
    log.extend_from_slice(b"\xff\xfe garbage \x1b[31m\n");
    log
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    httpdex()
        .args(args)
        .output()
        .expect("the httpdex binary runs")
}

fn scan(paths: &[&Path], extra: &[&str]) -> Output {
    let mut args: Vec<&std::ffi::OsStr> = vec!["--scan".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    run(&args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 on stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "not JSON ({err}):\n{}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// `code -> count` of a JSON `codes` array.
fn counts(codes: &Value) -> BTreeMap<u64, u64> {
    codes
        .as_array()
        .expect("an array of codes")
        .iter()
        .map(|c| (c["code"].as_u64().unwrap(), c["count"].as_u64().unwrap()))
        .collect()
}

fn expected() -> BTreeMap<u64, u64> {
    COUNTS
        .iter()
        .map(|&(code, n)| (u64::from(code), n as u64))
        .collect()
}

#[test]
fn the_table_in_each_language() {
    let dir = Dir::new("golden");
    let log = dir.write("access.log", &combined_log());
    for lang in ["en", "ja", "zh"] {
        let output = scan(&[&log], &["--lang", lang]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(stderr(&output).is_empty(), "{}", stderr(&output));
        let text = stdout(&output).replace(&*log.to_string_lossy(), "access.log");
        insta::assert_snapshot!(format!("scan_table_{lang}"), text);
    }
}

#[test]
fn ascii_draws_the_bars_in_ascii_and_changes_nothing_else() {
    let dir = Dir::new("ascii");
    let log = dir.write("access.log", &combined_log());
    let blocks = stdout(&scan(&[&log], &[]));
    let output = scan(&[&log], &["--ascii"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let ascii = stdout(&output);
    // The log's own garbage is quoted as it is; the bars are ASCII.
    assert!(!ascii.contains(|c| matches!(c, '█'..='▏')), "{ascii}");
    assert!(ascii.contains("###"), "{ascii}");
    // Line for line the same, but for the bars.
    let bars = |c: char| matches!(c, '█'..='▏' | '#' | '+');
    let plain = |text: &str| text.replace(bars, " ");
    assert_ne!(blocks, ascii);
    assert_eq!(plain(&blocks), plain(&ascii));
}

#[test]
fn json_has_the_counts_the_log_was_written_with() {
    let dir = Dir::new("json");
    let log = dir.write("access.log", &combined_log());
    let output = scan(&[&log], &["--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = json(&output);
    let lines: usize = COUNTS.iter().map(|(_, n)| n).sum();
    assert_eq!(report["total"], lines as u64 + 2);
    assert_eq!(report["unparsed"], 2);
    assert_eq!(counts(&report["codes"]), expected());
    assert_eq!(report["formats"][0], "combined");
    let codes = report["codes"].as_array().unwrap();
    assert_eq!(codes[0]["code"], 200, "sorted by count");
    assert!(
        codes
            .windows(2)
            .all(|w| w[0]["count"].as_u64() >= w[1]["count"].as_u64())
    );
    let unknown = codes.iter().find(|c| c["code"] == 797).unwrap();
    assert_eq!(unknown["known"], false);
    assert_eq!(unknown["title"], Value::Null);
    let ok = codes.iter().find(|c| c["code"] == 200).unwrap();
    assert_eq!(
        (&ok["known"], &ok["title"]),
        (&Value::Bool(true), &Value::from("OK"))
    );
    assert!(
        report.get("target_codes").is_none(),
        "only for load balancers"
    );
    assert_eq!(report["samples"][0]["text"], "this is not a log line");
    assert_eq!(report["samples"][0]["line"], 22);
}

#[test]
fn gzip_files_and_several_files_are_merged() {
    let dir = Dir::new("gzip");
    let plain = dir.write("access.log", &combined_log());
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(&combined_log()).unwrap();
    let gz = dir.write("access.log.1.gz", &encoder.finish().unwrap());
    let report = json(&scan(&[&gz], &["--json"]));
    assert_eq!(counts(&report["codes"]), expected());
    let both = json(&scan(&[&plain, &gz], &["--json"]));
    let doubled: BTreeMap<u64, u64> = expected().into_iter().map(|(c, n)| (c, 2 * n)).collect();
    assert_eq!(counts(&both["codes"]), doubled);
}

#[test]
fn a_truncated_gzip_stream_keeps_the_counts_of_the_lines_before_it() {
    let dir = Dir::new("truncated");
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(&combined_log()).unwrap();
    let whole = encoder.finish().unwrap();
    let cut = dir.write("cut.log.gz", &whole[..whole.len() - 12]);
    let output = scan(&[&cut], &["--json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cut.log.gz"),
        "{}",
        stderr(&output)
    );
    let report = json(&output);
    assert!(report["total"].as_u64().unwrap() > 0);
}

#[test]
fn an_unreadable_file_is_named_and_the_others_still_scanned() {
    let dir = Dir::new("unreadable");
    let log = dir.write("access.log", &combined_log());
    let missing = dir.0.join("missing.log");
    let output = scan(&[&missing, &log, dir.0.as_path()], &["--json"]);
    assert_eq!(output.status.code(), Some(2));
    let messages = stderr(&output);
    assert_eq!(messages.lines().count(), 2, "{messages}");
    assert!(
        messages.lines().next().unwrap().contains("missing.log"),
        "{messages}"
    );
    assert_eq!(counts(&json(&output)["codes"]), expected());
}

#[test]
fn load_balancer_logs_count_the_targets_too() {
    let line = |elb: &str, target: &str| {
        format!(
            "https 2024-03-10T00:00:00.000000Z app/lb/50dc 1.2.3.4:5 10.0.0.1:80 0.0 0.1 0.0 {elb} {target} 100 200 \"GET https://example.com:443/ HTTP/1.1\" \"curl/8\" ECDHE TLSv1.2 arn:x \"Root=1\" \"example.com\" \"arn:y\" 0 2024-03-10T00:00:00.000000Z \"forward\" \"-\" \"-\" \"10.0.0.1:80\" \"{target}\" \"-\" \"-\" TID_1\n"
        )
    };
    let mut log = String::new();
    for _ in 0..5 {
        log.push_str(&line("200", "200"));
    }
    for _ in 0..2 {
        log.push_str(&line("502", "-"));
    }
    log.push_str(&line("502", "502"));
    let dir = Dir::new("alb");
    let path = dir.write("alb.log", log.as_bytes());
    let report = json(&scan(&[&path], &["--json"]));
    assert_eq!(report["formats"][0], "alb");
    assert_eq!(
        counts(&report["codes"]),
        BTreeMap::from([(200, 5), (502, 3)])
    );
    assert_eq!(
        counts(&report["target_codes"]),
        BTreeMap::from([(200, 5), (502, 1)])
    );
    assert_eq!(report["target_missing"], 2);
    let text = stdout(&scan(&[&path], &[]));
    assert!(text.contains("Load balancer (elb_status_code)"), "{text}");
    assert!(text.contains("Target (target_status_code)"), "{text}");
    assert!(text.contains("no response from a target"), "{text}");
}

#[test]
fn json_lines_and_forced_fields() {
    let dir = Dir::new("fields");
    let json_log = dir.write(
        "app.json",
        b"{\"status\":200,\"msg\":\"a\"}\n{\"status\":\"404\"}\n{\"status\":200}\n",
    );
    let report = json(&scan(&[&json_log], &["--json"]));
    assert_eq!(
        counts(&report["codes"]),
        BTreeMap::from([(200, 2), (404, 1)])
    );
    let nested = dir.write(
        "nested.json",
        b"{\"code\":1,\"res\":{\"code\":503}}\n{\"res\":{\"code\":201}}\n",
    );
    let report = json(&scan(&[&nested], &["--json", "--json-field", "res.code"]));
    assert_eq!(
        counts(&report["codes"]),
        BTreeMap::from([(201, 1), (503, 1)])
    );
    let fields = dir.write("plain.txt", b"a b 418\nc d 200\n");
    let report = json(&scan(&[&fields], &["--json", "--field", "3"]));
    assert_eq!(
        counts(&report["codes"]),
        BTreeMap::from([(200, 1), (418, 1)])
    );
}

#[test]
fn standard_input_is_scanned_without_a_file_or_with_a_dash() {
    for args in [&["--scan", "--json"][..], &["--scan", "-", "--json"]] {
        let output = with_stdin(args, &combined_log());
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(counts(&json(&output)["codes"]), expected());
    }
}

#[test]
fn binary_garbage_is_counted_as_unparsed_and_never_crashes() {
    let noise = crate::util::noise(400_000, 0x9e37_79b9_7f4a_7c15_u64, 3);
    let dir = Dir::new("garbage");
    let path = dir.write("noise.bin", &noise);
    let output = scan(&[&path], &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        !output.stdout.contains(&0x1b),
        "a raw escape in the samples"
    );
    assert!(stderr(&output).contains("no line had a status code"));
    let mut mixed = noise.clone();
    mixed.push(b'\n');
    mixed.extend_from_slice(&combined_log());
    let path = dir.write("mixed.log", &mixed);
    let report = json(&scan(&[&path], &["--json"]));
    assert_eq!(counts(&report["codes"]), expected());
}

#[test]
fn scan_options_that_cannot_work_are_refused() {
    let cases: [&[&str]; 6] = [
        &["--field", "9", "404"],
        &["--json-field", "status"],
        &["--scan", "--list"],
        &["--scan", "x.log", "--field", "0"],
        &["--scan", "x.log", "--field", "9", "--json-field", "status"],
        &["--scan", "x.log", "-i"],
    ];
    for args in cases {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
        let output = run(&args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!stderr(&output).contains("panicked"), "{args:?}");
    }
}
