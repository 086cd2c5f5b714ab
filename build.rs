//! Builds the full-text index of the catalogue, which `src/search` compiles
//! in, and links the binary position-dependent where that pays (see below).
//!
//! The index is language-neutral: every language's text of an entry is in
//! it, in one order ([`Field`] and `Entry::values`), so the program searches
//! the same index whatever language it shows and builds none at run time.

use std::path::PathBuf;

use httpdex_catalog::Field;
use httpdex_fulltext::IndexBuilder;

fn main() {
    // The catalogue and the engine are build dependencies: cargo reruns
    // this script when either changes, assets included.
    println!("cargo::rerun-if-changed=build.rs");
    position_dependent_on_linux();
    let mut builder = IndexBuilder::new(&[]);
    for (doc, entry) in httpdex_catalog::entries().iter().enumerate() {
        for field in Field::ALL {
            for value in entry.values(field) {
                builder.add(doc, field as usize, value);
            }
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("search.idx"), builder.build().as_bytes())
        .expect("write the search index");
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
