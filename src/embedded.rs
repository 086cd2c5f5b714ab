//! The catalogue compiled into this binary.
//!
//! `build.rs` parses and checks the TOML assets with [`Catalog::parse`] and
//! writes the result as postcard bytes: the facts, and one part per
//! language. Start-up decodes only the facts and the languages it uses,
//! several times faster than parsing TOML at every start.

use std::sync::OnceLock;

use crate::catalog::{Catalog, CatalogError};

macro_rules! stored {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

impl Catalog {
    /// The catalogue compiled into this binary, decoded on first use.
    ///
    /// # Errors
    /// Only if the stored bytes do not decode, which would mean the build
    /// script and this binary disagree about the format; a broken asset
    /// fails the build instead.
    pub fn embedded() -> Result<&'static Catalog, &'static CatalogError> {
        static CATALOG: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();
        CATALOG
            .get_or_init(|| {
                let languages: [&'static [u8]; 3] = [
                    stored!("en.postcard"),
                    stored!("ja.postcard"),
                    stored!("zh.postcard"),
                ];
                Catalog::from_stored(stored!("facts.postcard"), languages)
            })
            .as_ref()
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::{Catalog, Sources};
    use crate::lang::Lang;

    #[test]
    fn the_stored_catalogue_is_the_parsed_assets() {
        let parsed = Catalog::parse(&Sources::EMBEDDED).unwrap();
        let stored = Catalog::embedded().unwrap();
        assert_eq!(
            format!("{:?}", parsed.entries()),
            format!("{:?}", stored.entries())
        );
        assert_eq!(parsed.libraries(), stored.libraries());
        for lang in Lang::ALL {
            assert_eq!(
                format!("{:?}", parsed.texts(lang)),
                format!("{:?}", stored.texts(lang))
            );
            for (a, b) in parsed.entries().iter().zip(stored.entries()) {
                assert_eq!(
                    format!("{:?}", parsed.text(a, lang)),
                    format!("{:?}", stored.text(b, lang))
                );
            }
        }
    }
}
