//! The versioned JSON exchange format of a whole plan (documented in
//! docs/plan-format.md). Import checks the document's shape first (`structure`), then
//! every part by the same rules as the builder and the API (`super::edit`), and reports
//! every problem with its JSON path; a document with any problem imports nothing.
//! Export → import → export gives the same document: references are positional
//! (A1, A2 … for activities, R1 … for resources), ids are not exported.

mod doc;
mod export;
mod import;
mod structure;

pub use doc::*;
pub use export::export;
pub use import::import;

use serde::Serialize;

pub const FORMAT: &str = "weerbaar-plan";
pub const FORMAT_VERSION: u64 = 1;

/// The most items in any one list of a document (activities, resources, roles …).
pub const MAX_ITEMS: usize = 5_000;
/// The most links in one document, both kinds together: enough for any real plan, and
/// a bound on the work an import can ask of the database.
pub const MAX_LINKS: usize = 50_000;
/// The most problems reported; a document with more is listed as having at least this many.
pub const MAX_PROBLEMS: usize = 1_000;

/// One problem in an imported document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON path, e.g. `$.activities[3].impacts`.
    pub path: String,
    /// A shape problem (`unknown_field`, `expected_number` …, message `import-<code>`), or
    /// the code of the builder's own field rule (`error-number-max` …).
    pub code: &'static str,
    /// What was expected or found, in words or values (shape problems).
    pub detail: String,
    /// The field rule's message arguments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub(crate) fn shape(path: impl Into<String>, code: &'static str, detail: impl Into<String>) -> Problem {
        Problem { path: path.into(), code, detail: detail.into(), args: vec![] }
    }

    /// The i18n id of the message.
    pub fn message_id(&self) -> String {
        if self.code.starts_with("error-") {
            self.code.to_string()
        } else {
            format!("import-{}", self.code.replace('_', "-"))
        }
    }

    /// The message's arguments: the field rule's, or the detail.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        let mut a = self.args.clone();
        a.push(("detail", self.detail.clone()));
        a
    }
}

/// SHA-256 of a plan's exchange document: equal while the plan's content is.
pub fn fingerprint(p: &crate::bcp::model::Plan) -> String {
    use sha2::{Digest, Sha256};
    // The document is plain data: writing it cannot fail.
    let json = serde_json::to_vec(&export(p)).unwrap_or_default();
    hex::encode(Sha256::digest(json))
}

#[cfg(test)]
mod tests;
