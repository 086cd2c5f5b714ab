//! Checks the catalogue in `assets/` at the workspace root and writes it as
//! Rust statics into `OUT_DIR`, for `src/lib.rs` to include.
//!
//! A broken asset stops the build with a message naming the file and entry.

use std::path::PathBuf;

use httpdex_assets::Sources;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("../..");
    println!("cargo::rerun-if-changed={}", root.join("assets").display());
    let checked = httpdex_assets::check_table_order().and_then(|()| {
        let sources = Sources::read(&root).map_err(|e| e.to_string())?;
        httpdex_assets::check(&sources).map_err(|e| e.to_string())
    });
    let checked = match checked {
        Ok(checked) => checked,
        Err(err) => {
            eprintln!("error: the catalogue in assets/ is broken: {err}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("catalog.rs"), checked.to_rust())
        .expect("write the generated catalogue");
}
