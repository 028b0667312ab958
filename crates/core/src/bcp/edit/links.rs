//! The two kinds of links: the resources an activity needs, and the resources a resource
//! depends on. Both are lists of ids of the plan's own resources.

use super::done;
use crate::bcp::model::LIST_MAX;
use crate::validation::{FieldError, FieldErrors};

/// Most links from one activity or resource.
pub const LINKS_MAX: usize = LIST_MAX;

/// The resources an activity needs: each one of the plan's (`known`), each once.
pub fn needs(field: &'static str, ids: &[String], known: impl Fn(&str) -> bool) -> Result<Vec<String>, FieldErrors> {
    targets(field, None, ids, known)
}

/// What resource `of` depends on: as [`needs`], and never itself.
pub fn depends_on(
    field: &'static str,
    of: &str,
    ids: &[String],
    known: impl Fn(&str) -> bool,
) -> Result<Vec<String>, FieldErrors> {
    targets(field, Some(of), ids, known)
}

fn targets(
    field: &'static str,
    of: Option<&str>,
    ids: &[String],
    known: impl Fn(&str) -> bool,
) -> Result<Vec<String>, FieldErrors> {
    let mut e = FieldErrors::new();
    if ids.len() > LINKS_MAX {
        e.push(FieldError::new(field, "error-too-many-links").arg("max", LINKS_MAX));
        return Err(e);
    }
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        let id = id.trim();
        if of == Some(id) {
            e.push(FieldError::new(field, "error-depends-on-itself"));
        } else if !known(id) {
            e.push(FieldError::new(field, "error-unknown-resource").arg("name", id));
        } else if out.iter().any(|x| x == id) {
            e.push(FieldError::new(field, "error-duplicate-resource").arg("name", id));
        } else {
            out.push(id.to_string());
        }
    }
    done(e, out)
}
