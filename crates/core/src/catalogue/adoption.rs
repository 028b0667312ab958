//! Adoption tracking: how far an organisation is with each toolkit resource, and its
//! progress per topic.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Topic;
use crate::validation::{FieldErrors, optional_date, optional_line, optional_text};

pub const OWNER_MAX: usize = 200;
pub const NOTE_MAX: usize = 4_000;

vocabulary!(
    /// Where an organisation stands with one resource.
    AdoptionStatus {
        NotStarted = "not_started",
        InProgress = "in_progress",
        Done = "done",
        NotApplicable = "not_applicable",
    }
);

/// What an organisation records about one resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adoption {
    pub status: AdoptionStatus,
    /// Who takes it up (free text: a name or a role).
    pub owner: String,
    pub due: Option<Date>,
    /// Private to the organisation.
    pub note: String,
}

/// Checks the form fields; every problem is reported at its field.
pub fn parse(status: &str, owner: &str, due: &str, note: &str) -> Result<Adoption, FieldErrors> {
    let mut errs = FieldErrors::new();
    let status = match AdoptionStatus::parse(status.trim()) {
        Some(s) => Some(s),
        None => {
            errs.push(crate::validation::FieldError::new("status", "error-choose-option"));
            None
        }
    };
    let owner = errs.check(optional_line("owner", owner, OWNER_MAX));
    let due = errs.check(optional_date("due", due));
    let note = errs.check(optional_text("note", note, NOTE_MAX));
    match (status, owner, due, note) {
        (Some(status), Some(owner), Some(due), Some(note)) if errs.is_empty() => {
            Ok(Adoption { status, owner: owner.unwrap_or_default(), due, note: note.unwrap_or_default() })
        }
        _ => Err(errs),
    }
}

/// Progress on one topic: resources done out of those that apply (not "not applicable").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicProgress {
    pub topic: Topic,
    pub done: usize,
    pub in_progress: usize,
    pub applicable: usize,
}

impl TopicProgress {
    pub fn percent(&self) -> u32 {
        (self.done * 100).checked_div(self.applicable).map_or(100, |p| p as u32)
    }
}

/// Progress per topic over the resources (their topics and this organisation's status;
/// no record counts as not started). Topics without resources are left out.
pub fn progress_by_topic<'a>(
    resources: impl IntoIterator<Item = (&'a [Topic], Option<AdoptionStatus>)>,
) -> Vec<TopicProgress> {
    let mut by: BTreeMap<Topic, TopicProgress> = BTreeMap::new();
    for (topics, status) in resources {
        let status = status.unwrap_or(AdoptionStatus::NotStarted);
        for t in topics {
            let p = by.entry(*t).or_insert(TopicProgress { topic: *t, done: 0, in_progress: 0, applicable: 0 });
            match status {
                AdoptionStatus::NotApplicable => {}
                AdoptionStatus::Done => {
                    p.done += 1;
                    p.applicable += 1;
                }
                AdoptionStatus::InProgress => {
                    p.in_progress += 1;
                    p.applicable += 1;
                }
                AdoptionStatus::NotStarted => p.applicable += 1,
            }
        }
    }
    by.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports_each_field() {
        let a = parse("in_progress", " IT-dienst ", "2027-03-31", "Offerte gevraagd").unwrap();
        assert_eq!(a.status, AdoptionStatus::InProgress);
        assert_eq!(a.owner, "IT-dienst");
        assert_eq!(a.due, Some(Date::constant(2027, 3, 31)));
        let a = parse("done", "", "", "").unwrap();
        assert_eq!((a.owner.as_str(), a.due, a.note.as_str()), ("", None, ""));
        let e = parse("finished", &"x".repeat(201), "31/03/2027", &"n".repeat(4001)).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["status", "owner", "due", "note"]);
    }

    #[test]
    fn progress_counts_done_of_applicable() {
        use AdoptionStatus::*;
        let b = [Topic::Backups];
        let bm = [Topic::Backups, Topic::Mfa];
        let p = progress_by_topic([
            (&b[..], Some(Done)),
            (&bm[..], Some(InProgress)),
            (&bm[..], None),
            (&b[..], Some(NotApplicable)),
        ]);
        assert_eq!(p.len(), 2);
        let backups = &p[0];
        assert_eq!((backups.done, backups.in_progress, backups.applicable), (1, 1, 3));
        assert_eq!(backups.percent(), 33);
        let mfa = &p[1];
        assert_eq!((mfa.done, mfa.applicable, mfa.percent()), (0, 2, 0));
        let na = progress_by_topic([(&b[..], Some(NotApplicable))]);
        assert_eq!(na[0].percent(), 100);
    }
}
