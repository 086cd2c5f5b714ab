//! Parses and checks the catalogue in `assets/` at build time, and stores it
//! as postcard bytes (the facts, and one file per language) for
//! `src/embedded.rs` to decode at start-up.
//!
//! A broken asset stops the build with a message naming the file and entry.

use std::path::PathBuf;

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/lang.rs"]
mod lang;

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "src/catalog.rs"]
mod catalog;

fn main() {
    for path in ["assets", "src/catalog.rs", "src/lang.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    let catalog = match catalog::Catalog::parse(&catalog::Sources::EMBEDDED) {
        Ok(catalog) => catalog,
        Err(err) => {
            eprintln!("error: the catalogue in assets/ is broken: {err}");
            std::process::exit(1);
        }
    };
    let (facts, languages) = catalog.to_stored();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(out.join(name), bytes).expect("write the stored catalogue");
    };
    write("facts.postcard", &facts);
    for (lang, bytes) in lang::Lang::ALL.iter().zip(&languages) {
        write(&format!("{}.postcard", lang.code()), bytes);
    }
}
