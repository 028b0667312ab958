//! Engagements: an ethical hack, an ICT audit, a scan. Its fields, its written
//! authorisation and its status flow: planned → authorised → in progress → reported →
//! follow-up → closed. Nothing is tested without a signed authorisation on record.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::bcp::edit::{choice, date, done, email, line, lines, past_date, required, text};
use crate::bcp::model::LINE_MAX;
use crate::findings::named;
use crate::validation::{FieldError, FieldErrors};

named!(Kind {
    Pentest => "pentest",
    Audit => "audit",
    Scan => "scan",
    Internal => "internal",
    Phishing => "phishing",
    Other => "other",
});

named!(Status {
    Planned => "planned",
    Authorised => "authorised",
    InProgress => "in_progress",
    Reported => "reported",
    FollowUp => "follow_up",
    Closed => "closed",
});

/// The rules of engagement the letter lists, as a checklist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub social_engineering: bool,
    pub denial_of_service_forbidden: bool,
    pub data_destroyed_after: bool,
    pub production_data: String,
    pub test_accounts: String,
    pub stop_procedure: String,
}

/// Everything of an engagement a form edits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub tester_org: String,
    pub tester_lead: String,
    pub tester_email: String,
    pub tester_phone: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub scope: Vec<String>,
    pub out_of_scope: Vec<String>,
    pub window_start: Option<Date>,
    pub window_end: Option<Date>,
    pub hours: String,
    pub rules: Rules,
    pub notes: String,
}

/// The signed letter on record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authorisation {
    pub signer: String,
    pub signed_on: Date,
    pub file_id: String,
    pub file_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Engagement {
    pub id: String,
    pub title: String,
    pub kind: Kind,
    pub status: Status,
    pub details: Details,
    pub authorisation: Option<Authorisation>,
    pub created_at: i64,
    pub version: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub kind: String,
    pub tester_org: String,
    pub tester_lead: String,
    pub tester_email: String,
    pub tester_phone: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub scope: Vec<String>,
    pub out_of_scope: Vec<String>,
    pub window_start: String,
    pub window_end: String,
    pub hours: String,
    pub social_engineering: bool,
    pub denial_of_service_forbidden: bool,
    pub data_destroyed_after: bool,
    pub production_data: String,
    pub test_accounts: String,
    pub stop_procedure: String,
    pub notes: String,
}

impl Draft {
    pub fn of(e: &Engagement) -> Draft {
        let d = &e.details;
        let day = |v: Option<Date>| v.map(|d| d.to_string()).unwrap_or_default();
        Draft {
            title: e.title.clone(),
            kind: e.kind.as_str().into(),
            tester_org: d.tester_org.clone(),
            tester_lead: d.tester_lead.clone(),
            tester_email: d.tester_email.clone(),
            tester_phone: d.tester_phone.clone(),
            contact_name: d.contact_name.clone(),
            contact_email: d.contact_email.clone(),
            contact_phone: d.contact_phone.clone(),
            scope: d.scope.clone(),
            out_of_scope: d.out_of_scope.clone(),
            window_start: day(d.window_start),
            window_end: day(d.window_end),
            hours: d.hours.clone(),
            social_engineering: d.rules.social_engineering,
            denial_of_service_forbidden: d.rules.denial_of_service_forbidden,
            data_destroyed_after: d.rules.data_destroyed_after,
            production_data: d.rules.production_data.clone(),
            test_accounts: d.rules.test_accounts.clone(),
            stop_procedure: d.rules.stop_procedure.clone(),
            notes: d.notes.clone(),
        }
    }
}

/// The checked title, kind and details.
pub fn check(d: &Draft) -> Result<(String, Kind, Details), FieldErrors> {
    let mut e = FieldErrors::new();
    let title = required(&mut e, "title", &d.title, LINE_MAX);
    let kind = choice(&mut e, "kind", &d.kind, Kind::parse).unwrap_or(Kind::Other);
    let details = Details {
        tester_org: line(&mut e, "tester_org", &d.tester_org, LINE_MAX),
        tester_lead: line(&mut e, "tester_lead", &d.tester_lead, LINE_MAX),
        tester_email: email(&mut e, "tester_email", &d.tester_email),
        tester_phone: line(&mut e, "tester_phone", &d.tester_phone, 40),
        contact_name: line(&mut e, "contact_name", &d.contact_name, LINE_MAX),
        contact_email: email(&mut e, "contact_email", &d.contact_email),
        contact_phone: line(&mut e, "contact_phone", &d.contact_phone, 40),
        scope: lines(&mut e, "scope", &d.scope),
        out_of_scope: lines(&mut e, "out_of_scope", &d.out_of_scope),
        window_start: date(&mut e, "window_start", &d.window_start),
        window_end: date(&mut e, "window_end", &d.window_end),
        hours: line(&mut e, "hours", &d.hours, LINE_MAX),
        rules: Rules {
            social_engineering: d.social_engineering,
            denial_of_service_forbidden: d.denial_of_service_forbidden,
            data_destroyed_after: d.data_destroyed_after,
            production_data: text(&mut e, "production_data", &d.production_data),
            test_accounts: text(&mut e, "test_accounts", &d.test_accounts),
            stop_procedure: text(&mut e, "stop_procedure", &d.stop_procedure),
        },
        notes: text(&mut e, "notes", &d.notes),
    };
    if let (Some(s), Some(end)) = (details.window_start, details.window_end)
        && end < s
    {
        e.push(FieldError::new("window_end", "error-window-order"));
    }
    done(e, (title, kind, details))
}

/// The largest signed letter kept (a scan of a few pages).
pub const AUTHORISATION_MAX_BYTES: usize = 10 * 1024 * 1024;

/// What a signed letter may be, by its first bytes (never by its name).
pub fn letter_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]) {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// The signer, the date of signing and the file of a signed authorisation.
pub fn check_authorisation(
    signer: &str,
    signed_on: &str,
    file: &[u8],
    today: Date,
) -> Result<(String, Date, &'static str), FieldErrors> {
    let mut e = FieldErrors::new();
    let signer = required(&mut e, "signer", signer, LINE_MAX);
    let ctx = crate::bcp::edit::Ctx::new(today);
    let on = past_date(&mut e, "signed_on", signed_on, &ctx);
    if on.is_none() && signed_on.trim().is_empty() {
        e.push(FieldError::new("signed_on", "error-required"));
    }
    let kind = if file.is_empty() {
        e.push(FieldError::new("letter", "error-file-missing"));
        None
    } else if file.len() > AUTHORISATION_MAX_BYTES {
        e.push(FieldError::new("letter", "error-file-too-large").arg("max", AUTHORISATION_MAX_BYTES / 1024 / 1024));
        None
    } else {
        let k = letter_type(file);
        if k.is_none() {
            e.push(FieldError::new("letter", "error-letter-type"));
        }
        k
    };
    e.into_result().map(|()| (signer, on.unwrap_or(today), kind.unwrap_or("application/pdf")))
}

/// Why a status change is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotAllowed,
    NeedsAuthorisation,
}

/// The next status, one step at a time; testing (and calling it authorised) needs the
/// signed letter on record.
pub fn check_status(from: Status, to: Status, authorised: bool) -> Result<(), Refusal> {
    let i = |s: Status| Status::ALL.iter().position(|x| *x == s).unwrap_or(0);
    if i(to) != i(from) + 1 {
        return Err(Refusal::NotAllowed);
    }
    if matches!(to, Status::Authorised | Status::InProgress) && !authorised {
        return Err(Refusal::NeedsAuthorisation);
    }
    Ok(())
}

/// What the rule on findings needs: guests may add findings only while the engagement
/// is being tested or reported.
pub fn open_for_findings(s: Status) -> bool {
    !matches!(s, Status::Closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_moves_one_step_and_testing_needs_the_letter() {
        use Status::*;
        assert_eq!(check_status(Planned, InProgress, true), Err(Refusal::NotAllowed));
        assert_eq!(check_status(Planned, Authorised, false), Err(Refusal::NeedsAuthorisation));
        assert_eq!(check_status(Authorised, InProgress, false), Err(Refusal::NeedsAuthorisation));
        assert_eq!(check_status(Authorised, InProgress, true), Ok(()));
        assert_eq!(check_status(InProgress, Reported, false), Ok(()));
        assert_eq!(check_status(Reported, FollowUp, true), Ok(()));
        assert_eq!(check_status(FollowUp, Closed, true), Ok(()));
        assert_eq!(check_status(Closed, Planned, true), Err(Refusal::NotAllowed));
        assert_eq!(check_status(Reported, InProgress, true), Err(Refusal::NotAllowed));
        for &s in Status::ALL {
            assert_eq!(check_status(s, s, true), Err(Refusal::NotAllowed));
        }
    }

    #[test]
    fn the_form() {
        let d = Draft {
            title: "Ethische hack 2026".into(),
            kind: "pentest".into(),
            tester_email: "Lead@Tester.test".into(),
            window_start: "2026-12-10".into(),
            window_end: "2026-12-01".into(),
            scope: vec!["10.0.0.0/24".into(), "".into()],
            ..Default::default()
        };
        let e = check(&d).unwrap_err();
        assert_eq!(e.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>(), [("window_end", "error-window-order")]);
        let ok = check(&Draft { window_end: "2026-12-20".into(), ..d }).unwrap();
        assert_eq!(ok.2.tester_email, "lead@tester.test");
        assert_eq!(ok.2.scope, ["10.0.0.0/24"]);
        assert_eq!(check(&Draft::default()).unwrap_err().iter().count(), 2);
    }

    #[test]
    fn the_signed_letter() {
        let today = jiff::civil::date(2026, 12, 7);
        assert!(check_authorisation("A. Directeur", "2026-12-01", b"%PDF-1.7 ...", today).is_ok());
        let e = check_authorisation("", "2026-12-31", b"MZ\x90", today).unwrap_err();
        let codes: Vec<_> = e.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [("signer", "error-required"), ("signed_on", "error-date-future"), ("letter", "error-letter-type")]
        );
        let e = check_authorisation("x", "", b"", today).unwrap_err();
        assert_eq!(e.iter().map(|e| e.code).collect::<Vec<_>>(), ["error-required", "error-file-missing"]);
        let big = vec![0u8; AUTHORISATION_MAX_BYTES + 1];
        assert!(check_authorisation("x", "2026-12-01", &big, today).is_err());
    }
}
