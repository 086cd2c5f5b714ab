//! Fuzzes the ranked search with arbitrary queries in every language.
//!
//! Beyond "does not panic", every result must point at a real entry, carry
//! highlight indices that fit its label, appear once, and honour the tiers:
//! a query of digits only finds codes that start with those digits
//! (written with three: the no-status code 0 is 000).

#![no_main]

use std::collections::HashSet;

use httpdex::describe::list_label;
use httpdex::search::SearchIndex;
use httpdex_catalog as catalog;
use httpdex_catalog::lang::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let entries = catalog::entries();
    let trimmed = query.trim();
    let digits = !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit());

    // SearchIndex::of builds each language's index once in the process:
    // building is not what is fuzzed.
    for lang in Lang::ALL {
        let hits = SearchIndex::of(lang).search(&query);
        let mut seen = HashSet::new();
        for (rank, hit) in hits.iter().enumerate() {
            assert!(
                hit.entry < entries.len(),
                "{lang}: hit {rank} points at entry {} of {}",
                hit.entry,
                entries.len()
            );
            assert!(
                seen.insert(hit.entry),
                "{lang}: entry {} is listed twice",
                hit.entry
            );
            let entry = &entries[hit.entry];
            let label_chars = list_label(entry, lang).chars().count();
            assert!(
                hit.label_indices.windows(2).all(|w| w[0] < w[1]),
                "{lang}: label indices of {} are not strictly increasing: {:?}",
                entry.id,
                hit.label_indices
            );
            assert!(
                hit.label_indices.iter().all(|&i| i < label_chars),
                "{lang}: label indices of {} run past its {label_chars} chars: {:?}",
                entry.id,
                hit.label_indices
            );
            // Codes are matched as three digits: 0 is 000, as logs write it.
            if digits {
                assert!(
                    format!("{:03}", entry.code).starts_with(trimmed),
                    "{lang}: {trimmed:?} found {}",
                    entry.code
                );
            }
        }
        assert!(
            hits.windows(2).all(|w| w[0].tier >= w[1].tier),
            "{lang}: a lower tier ranks above a higher one"
        );
        if trimmed.is_empty() {
            assert_eq!(hits.len(), entries.len(), "{lang}: empty query lists all");
        }
    }
});
