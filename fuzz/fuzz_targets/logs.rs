//! Fuzzes the access-log reader: format detection, the line parsers, and
//! gzip. The first byte chooses whether the rest is read as it is or first
//! compressed, so the decoder sees valid streams as well as broken ones
//! (the raw bytes often start like one). Whatever the bytes, the scan must
//! not panic, and it counts no more lines than the text has.

#![no_main]

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use httpdex::logs;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let input = if mode & 1 == 1 {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(rest).expect("compressing into memory");
        gz.finish().expect("compressing into memory")
    } else {
        rest.to_vec()
    };
    let Ok(tally) = logs::scan_reader(&input[..], None, &mut |_, _| {}) else {
        return;
    };
    assert!(tally.parsed() <= tally.lines());
    // Plain bytes that are themselves gzip are decompressed: their lines
    // are not the ones counted here.
    if mode & 1 == 0 && rest.starts_with(&[0x1f, 0x8b]) {
        return;
    }
    let lines = rest.split(|&b| b == b'\n').count() as u64;
    assert!(
        tally.lines() <= lines,
        "{} lines counted in {lines}",
        tally.lines()
    );
});
