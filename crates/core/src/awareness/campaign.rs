//! Phishing campaigns: the one check of a campaign however it is made (form, API), the
//! approval gate that must be passed before launch, the status road, and the schedule
//! that spreads mails over the sending window at no more than the chosen rate.

use std::collections::BTreeSet;

use jiff::civil::Date;

use super::progress::Scope;
use crate::account::{email_domain, normalise_email};
use crate::validation::{FieldError, FieldErrors, optional_date, optional_line, required_line};

pub const NAME_MAX: usize = 120;
pub const PER_MINUTE_MAX: u32 = 10_000;
pub const REASON_MAX: usize = 1_000;
/// A sending window may not be longer than this.
pub const WINDOW_MAX_DAYS: i64 = 31;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Draft,
    Approved,
    Sending,
    Stopped,
    Finished,
}

impl Status {
    pub const ALL: [Status; 5] = [Status::Draft, Status::Approved, Status::Sending, Status::Stopped, Status::Finished];
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Approved => "approved",
            Status::Sending => "sending",
            Status::Stopped => "stopped",
            Status::Finished => "finished",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// Details and approval can change only before launch.
    pub fn editable(self) -> bool {
        matches!(self, Status::Draft | Status::Approved)
    }
}

/// What a campaign form or API body holds, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub templates: Vec<String>,
    pub scope: String,
    pub targets: Vec<String>,
    pub sender_name: String,
    pub sender_address: String,
    /// Milliseconds since the epoch (the web layer reads the local date and time).
    pub window_start: Option<i64>,
    pub window_end: Option<i64>,
    pub per_minute: String,
    /// Addresses that never receive this campaign (leave, the help desk).
    pub exclusions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    pub name: String,
    pub templates: Vec<String>,
    pub scope: Scope,
    pub sender_name: String,
    pub sender_address: String,
    pub window_start: i64,
    pub window_end: i64,
    pub per_minute: u32,
    pub exclusions: BTreeSet<String>,
}

/// What the campaign may name.
#[derive(Debug, Clone, Copy)]
pub struct Known<'a> {
    pub templates: &'a [&'a str],
    pub departments: &'a BTreeSet<String>,
    pub people: &'a BTreeSet<String>,
    pub now: i64,
}

/// A warning that does not stop saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The sender address uses the organisation's own mail domain (staff use it).
    OwnDomain(String),
}

/// The one check for a campaign. Warnings are returned beside a valid campaign.
pub fn check(d: &Draft, known: &Known<'_>) -> Result<(Campaign, Vec<Warning>), FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check(required_line("name", &d.name, NAME_MAX));
    let templates: Vec<String> = d.templates.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    if templates.is_empty() {
        e.push(FieldError::new("templates", "campaign-no-template"));
    } else if let Some(t) = templates.iter().find(|t| !known.templates.contains(&t.as_str())) {
        e.push(FieldError::new("templates", "assignment-unknown-target").arg("name", t));
    }
    let scope = Scope::from_parts(d.scope.trim(), d.targets.clone());
    match &scope {
        None => e.push(FieldError::new("scope", "error-choose-option")),
        Some(Scope::Departments(s)) | Some(Scope::People(s)) if s.is_empty() => {
            e.push(FieldError::new("targets", "assignment-no-targets"))
        }
        Some(Scope::Departments(s)) if !s.is_subset(known.departments) => {
            let t = s.difference(known.departments).next().cloned().unwrap_or_default();
            e.push(FieldError::new("targets", "assignment-unknown-target").arg("name", t));
        }
        Some(Scope::People(s)) if !s.is_subset(known.people) => {
            let t = s.difference(known.people).next().cloned().unwrap_or_default();
            e.push(FieldError::new("targets", "assignment-unknown-target").arg("name", t));
        }
        Some(_) => {}
    }
    let sender_name = e.check(required_line("sender_name", &d.sender_name, 100));
    let sender_address = e.check(normalise_email("sender_address", &d.sender_address));
    let per_minute = match d.per_minute.trim().parse::<u32>() {
        Ok(n) if (1..=PER_MINUTE_MAX).contains(&n) => Some(n),
        _ => {
            e.push(FieldError::new("per_minute", "error-number-range").arg("min", 1).arg("max", PER_MINUTE_MAX));
            None
        }
    };
    let window = match (d.window_start, d.window_end) {
        (None, _) => {
            e.push(FieldError::new("window_start", "error-datetime"));
            None
        }
        (_, None) => {
            e.push(FieldError::new("window_end", "error-datetime"));
            None
        }
        (Some(s), Some(end)) if end <= s => {
            e.push(FieldError::new("window_end", "campaign-window-order"));
            None
        }
        (Some(s), Some(end)) if end - s > WINDOW_MAX_DAYS * 86_400_000 => {
            e.push(FieldError::new("window_end", "campaign-window-long").arg("max", WINDOW_MAX_DAYS));
            None
        }
        (Some(_), Some(end)) if end <= known.now => {
            e.push(FieldError::new("window_end", "campaign-window-past"));
            None
        }
        (Some(s), Some(end)) => Some((s, end)),
    };
    let mut exclusions = BTreeSet::new();
    for x in d.exclusions.iter().map(|x| x.trim()).filter(|x| !x.is_empty()) {
        match normalise_email("exclusions", x) {
            Ok(v) => {
                exclusions.insert(v);
            }
            Err(_) => {
                e.push(FieldError::new("exclusions", "campaign-exclusion-invalid").arg("name", x));
                break;
            }
        }
    }
    e.into_result()?;
    let (Some(name), Some(scope), Some(sender_name), Some(sender_address), Some(per_minute), Some((start, end))) =
        (name, scope, sender_name, sender_address, per_minute, window)
    else {
        return Err(FieldError::new("name", "error-required").into());
    };
    let domain = email_domain(&sender_address).to_string();
    let own: BTreeSet<&str> = known.people.iter().map(|p| email_domain(p)).collect();
    let warnings = if own.contains(domain.as_str()) { vec![Warning::OwnDomain(domain)] } else { vec![] };
    Ok((
        Campaign {
            name,
            templates,
            scope,
            sender_name,
            sender_address,
            window_start: start,
            window_end: end,
            per_minute,
            exclusions,
        },
        warnings,
    ))
}

/// Consultation of the staff representatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Representatives {
    Consulted,
    NotApplicable(String),
}

/// The approval gate, stored with the campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// The general director who approved.
    pub director: String,
    pub approved_on: Date,
    pub dpo_informed: bool,
    pub representatives: Representatives,
    /// The statement that results carry no sanctions, agreed.
    pub no_sanctions: bool,
}

/// The one check for an approval: every part is required; "not applicable" needs a reason.
pub fn check_approval(
    director: &str,
    approved_on: &str,
    dpo_informed: bool,
    representatives: &str,
    reason: &str,
    no_sanctions: bool,
    today: Date,
) -> Result<Approval, FieldErrors> {
    let mut e = FieldErrors::new();
    let director = e.check(required_line("director", director, 100));
    let on = match optional_date("approved_on", approved_on) {
        Ok(Some(d)) if d > today => {
            e.push(FieldError::new("approved_on", "approval-date-future"));
            None
        }
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            e.push(FieldError::new("approved_on", "error-required"));
            None
        }
        Err(x) => {
            e.push(x);
            None
        }
    };
    if !dpo_informed {
        e.push(FieldError::new("dpo_informed", "campaign-dpo-required"));
    }
    let reps = match representatives.trim() {
        "consulted" => Some(Representatives::Consulted),
        "not_applicable" => match optional_line("reason", reason, REASON_MAX) {
            Ok(Some(r)) => Some(Representatives::NotApplicable(r)),
            Ok(None) => {
                e.push(FieldError::new("reason", "campaign-reason-required"));
                None
            }
            Err(x) => {
                e.push(x);
                None
            }
        },
        _ => {
            e.push(FieldError::new("representatives", "error-choose-option"));
            None
        }
    };
    if !no_sanctions {
        e.push(FieldError::new("no_sanctions", "campaign-no-sanctions-required"));
    }
    e.into_result()?;
    match (director, on, reps) {
        (Some(director), Some(approved_on), Some(representatives)) => {
            Ok(Approval { director, approved_on, dpo_informed, representatives, no_sanctions })
        }
        _ => Err(FieldError::new("director", "error-required").into()),
    }
}

/// Why a status change is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the campaign has not been approved")]
    NotApproved,
    #[error("the campaign has already been launched")]
    AlreadyLaunched,
    #[error("the campaign is not sending")]
    NotSending,
    #[error("no one would receive the campaign")]
    NoRecipients,
    #[error("the sending window has passed")]
    WindowPassed,
}

/// Launch: only an approved campaign, once, while its approved window is still open.
pub fn launch(status: Status, approved: bool, window_end: i64, now: i64) -> Result<Status, Refused> {
    match status {
        Status::Approved if approved && window_end <= now => Err(Refused::WindowPassed),
        Status::Approved if approved => Ok(Status::Sending),
        Status::Draft | Status::Approved => Err(Refused::NotApproved),
        _ => Err(Refused::AlreadyLaunched),
    }
}

/// Stop: halts sending at once; the mails already sent keep being measured.
pub fn stop(status: Status) -> Result<Status, Refused> {
    match status {
        Status::Sending => Ok(Status::Stopped),
        _ => Err(Refused::NotSending),
    }
}

/// When each of `n` mails is sent: spread evenly over the window, never more than
/// `per_minute` a minute. Sending starts no earlier than `now`. When the window is too
/// short for the rate, the later mails run past its end: the caller warns.
pub fn schedule(n: usize, window_start: i64, window_end: i64, per_minute: u32, now: i64) -> Vec<i64> {
    if n == 0 {
        return vec![];
    }
    let start = window_start.max(now);
    let span = (window_end - start).max(0);
    let min_gap = 60_000.0 / f64::from(per_minute.max(1));
    let gap = (span as f64 / n as f64).max(min_gap);
    (0..n).map(|i| start + (i as f64 * gap) as i64).collect()
}

/// Puts recipients in a random order, so departments are not mailed one after another.
pub fn shuffle<T>(v: &mut [T]) {
    use rand::seq::SliceRandom;
    v.shuffle(&mut rand::rng());
}

/// Minutes the campaign needs at its rate.
pub fn minutes_needed(n: usize, per_minute: u32) -> u64 {
    (n as u64).div_ceil(u64::from(per_minute.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known<'a>(depts: &'a BTreeSet<String>, people: &'a BTreeSet<String>) -> Known<'a> {
        Known { templates: &["parcel", "invoice"], departments: depts, people, now: 1_000 }
    }

    fn draft() -> Draft {
        Draft {
            name: "Najaar".into(),
            templates: vec!["parcel".into()],
            scope: "everyone".into(),
            targets: vec![],
            sender_name: "Pakketdienst".into(),
            sender_address: "info@oefen-pakket.be".into(),
            window_start: Some(10_000),
            window_end: Some(10_000 + 3_600_000),
            per_minute: "60".into(),
            exclusions: vec!["helpdesk@gemeente.be".into()],
        }
    }

    #[test]
    fn check_table() {
        let depts: BTreeSet<String> = ["IT".to_string()].into();
        let people: BTreeSet<String> = ["an@gemeente.be".to_string()].into();
        let k = known(&depts, &people);
        let (c, w) = check(&draft(), &k).unwrap();
        assert!(w.is_empty());
        assert_eq!(c.exclusions.len(), 1);
        let own = Draft { sender_address: "it@gemeente.be".into(), ..draft() };
        assert_eq!(check(&own, &k).unwrap().1, vec![Warning::OwnDomain("gemeente.be".into())]);
        let cases: Vec<(Draft, &str)> = vec![
            (Draft { name: " ".into(), ..draft() }, "name"),
            (Draft { templates: vec![], ..draft() }, "templates"),
            (Draft { templates: vec!["nope".into()], ..draft() }, "templates"),
            (Draft { scope: "x".into(), ..draft() }, "scope"),
            (Draft { scope: "departments".into(), ..draft() }, "targets"),
            (Draft { scope: "departments".into(), targets: vec!["Sport".into()], ..draft() }, "targets"),
            (Draft { scope: "people".into(), targets: vec!["x@y.be".into()], ..draft() }, "targets"),
            (Draft { sender_address: "nope".into(), ..draft() }, "sender_address"),
            (Draft { sender_name: "".into(), ..draft() }, "sender_name"),
            (Draft { per_minute: "0".into(), ..draft() }, "per_minute"),
            (Draft { per_minute: "10001".into(), ..draft() }, "per_minute"),
            (Draft { window_start: None, ..draft() }, "window_start"),
            (Draft { window_end: Some(10_000), ..draft() }, "window_end"),
            (Draft { window_start: Some(-100), window_end: Some(500), ..draft() }, "window_end"),
            (Draft { window_end: Some(10_000 + 32 * 86_400_000), ..draft() }, "window_end"),
            (Draft { exclusions: vec!["not an address".into()], ..draft() }, "exclusions"),
        ];
        for (d, field) in cases {
            let e = check(&d, &k).unwrap_err();
            assert!(e.for_field(field).is_some(), "{field}: {e:?}");
        }
    }

    #[test]
    fn approval_needs_every_part() {
        let today: Date = "2026-12-07".parse().unwrap();
        let ok = check_approval("Marie Janssens", "2026-12-01", true, "consulted", "", true, today).unwrap();
        assert_eq!(ok.representatives, Representatives::Consulted);
        let na = check_approval("M", "2026-12-01", true, "not_applicable", "Geen vakbondsafvaardiging", true, today);
        assert!(matches!(na.unwrap().representatives, Representatives::NotApplicable(_)));
        let cases: [(&str, &str, bool, &str, &str, bool, &str); 7] = [
            ("", "2026-12-01", true, "consulted", "", true, "director"),
            ("M", "", true, "consulted", "", true, "approved_on"),
            ("M", "2026-12-08", true, "consulted", "", true, "approved_on"),
            ("M", "2026-12-01", false, "consulted", "", true, "dpo_informed"),
            ("M", "2026-12-01", true, "", "", true, "representatives"),
            ("M", "2026-12-01", true, "not_applicable", " ", true, "reason"),
            ("M", "2026-12-01", true, "consulted", "", false, "no_sanctions"),
        ];
        for (d, on, dpo, reps, reason, ns, field) in cases {
            let e = check_approval(d, on, dpo, reps, reason, ns, today).unwrap_err();
            assert!(e.for_field(field).is_some(), "{field}: {e:?}");
        }
    }

    #[test]
    fn status_road() {
        assert_eq!(launch(Status::Approved, true, 10, 5), Ok(Status::Sending));
        assert_eq!(launch(Status::Approved, true, 10, 10), Err(Refused::WindowPassed));
        assert_eq!(launch(Status::Draft, false, 10, 5), Err(Refused::NotApproved));
        assert_eq!(launch(Status::Approved, false, 10, 5), Err(Refused::NotApproved));
        for s in [Status::Sending, Status::Stopped, Status::Finished] {
            assert_eq!(launch(s, true, 10, 5), Err(Refused::AlreadyLaunched));
            assert!(!s.editable());
        }
        assert_eq!(stop(Status::Sending), Ok(Status::Stopped));
        assert_eq!(stop(Status::Draft), Err(Refused::NotSending));
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn schedule_spreads_over_the_window_within_the_rate() {
        // 60 mails over an hour: one a minute.
        let s = schedule(60, 0, 3_600_000, 100, 0);
        assert_eq!(s[1] - s[0], 60_000);
        assert!(*s.last().unwrap() < 3_600_000);
        // 600 mails, 60 a minute: the rate wins and the last runs past the window.
        let s = schedule(600, 0, 60_000, 60, 0);
        assert_eq!(s[1] - s[0], 1_000);
        // Never before now.
        assert_eq!(schedule(2, 0, 1_000, 60, 500)[0], 500);
        assert!(schedule(0, 0, 1, 1, 0).is_empty());
        assert_eq!(minutes_needed(601, 60), 11);
    }
}
