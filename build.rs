//! Checks the catalogue in `assets/` and writes it as Rust statics into
//! `OUT_DIR`, for `src/catalog.rs` to include: the program starts with its
//! data in place, decoding nothing.
//!
//! A broken asset stops the build with a message naming the file and entry.

use std::path::{Path, PathBuf};

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/lang.rs"]
mod lang;

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/model.rs"]
mod model;

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/strings.rs"]
mod strings;

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/assets.rs"]
mod assets;

fn main() {
    for path in [
        "assets",
        "src/assets.rs",
        "src/lang.rs",
        "src/model.rs",
        "src/strings.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let checked = assets::check_table_order().and_then(|()| {
        let sources = assets::Sources::read(&root).map_err(|e| e.to_string())?;
        assets::check(&sources).map_err(|e| e.to_string())
    });
    let checked = match checked {
        Ok(checked) => checked,
        Err(err) => {
            eprintln!("error: the catalogue in assets/ is broken: {err}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("catalog.rs"), &checked.to_rust());
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write the generated catalogue");
}
