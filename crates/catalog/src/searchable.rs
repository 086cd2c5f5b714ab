//! What a search reads of an entry, field by field: the text it holds in
//! every language, in one order that does not depend on the language being
//! shown, so that one index serves them all.

use crate::{Entry, Lang};

/// A part of an entry's text that a search reads, from what names the
/// entry to what explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Reason phrase, former and other names, documented heading, library
    /// constants and their former names.
    Names,
    Title,
    /// Situations people describe, in which this is the right code.
    Situations,
    /// Who uses an unofficial code.
    Origin,
    Meaning,
    Scenario,
}

impl Field {
    /// Every field, in the order of their numbers (`field as usize`).
    pub const ALL: [Field; 6] = [
        Field::Names,
        Field::Title,
        Field::Situations,
        Field::Origin,
        Field::Meaning,
        Field::Scenario,
    ];
}

impl Entry {
    /// The values of `field`, numbered from 0 in this order: the names,
    /// which no language changes, or each language's text in
    /// [`Lang::ALL`] order.
    #[must_use]
    pub fn values(&self, field: Field) -> Vec<&'static str> {
        let mut values = Vec::new();
        if field == Field::Names {
            values.push(self.phrase);
            values.extend(self.aliases);
            values.extend(self.documented);
            for constant in self.constants {
                values.push(constant.code);
                values.extend(constant.former.iter().map(|former| former.name));
            }
            return values;
        }
        for lang in Lang::ALL {
            let text = self.text(lang);
            match field {
                Field::Names => {}
                Field::Title => values.push(text.title),
                Field::Situations => values.extend(text.situations),
                Field::Origin => values.extend(text.origin),
                Field::Meaning => values.push(text.meaning),
                Field::Scenario => values.push(text.scenario),
            }
        }
        values
    }
}
