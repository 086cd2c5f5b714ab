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
    position_dependent_on_linux();
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

/// Links the binary as a position-dependent executable on Linux with
/// glibc. The catalogue is some 8,000 pointers in static tables; in a PIE
/// the dynamic loader rewrites every one of them, copying each page it
/// touches, before `main` runs, which made `httpdex 404` take an eighth
/// longer. Position-dependent, those pages are mapped from the file as they
/// are. Shared libraries, the stack and the heap are still placed at
/// random. Not for musl, whose binaries Rust links static-pie, which
/// `-no-pie` would contradict.
fn position_dependent_on_linux() {
    let var = |name| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write the generated catalogue");
}
