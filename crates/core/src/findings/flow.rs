//! A finding's status flow. Main path: new → confirmed → in remediation → fixed
//! (awaiting retest) → closed. Side states: false positive (with a reason), duplicate
//! (pointing to the original) and risk accepted (approver, reason, expiry within a
//! year; at expiry the finding reopens by itself). Leaving "fixed" is a retest: passed
//! closes it, failed sends it back to remediation.

use jiff::civil::Date;

use super::Status::{self, *};
use crate::validation::{FieldError, FieldErrors};

/// The longest a risk may be accepted for.
pub const ACCEPT_MAX_DAYS: i64 = 365;

/// Every allowed move. Anything else is refused.
pub const ALLOWED: &[(Status, Status)] = &[
    (New, Confirmed),
    (New, InRemediation),
    (New, FalsePositive),
    (New, Duplicate),
    (New, RiskAccepted),
    (Confirmed, InRemediation),
    (Confirmed, Fixed),
    (Confirmed, FalsePositive),
    (Confirmed, Duplicate),
    (Confirmed, RiskAccepted),
    (InRemediation, Fixed),
    (InRemediation, FalsePositive),
    (InRemediation, Duplicate),
    (InRemediation, RiskAccepted),
    (Fixed, Closed),
    (Fixed, InRemediation),
    (Closed, Confirmed),
    (FalsePositive, New),
    (Duplicate, New),
    (RiskAccepted, InRemediation),
    (RiskAccepted, Confirmed),
];

pub fn allowed(from: Status, to: Status) -> bool {
    ALLOWED.contains(&(from, to))
}

/// Where a finding may go from `from`, in the order forms offer them.
pub fn next(from: Status) -> Vec<Status> {
    ALLOWED.iter().filter(|(f, _)| *f == from).map(|(_, t)| *t).collect()
}

/// A requested move, as every entry point receives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    pub to: String,
    pub reason: String,
    /// For "duplicate": the original's id.
    pub duplicate_of: String,
    /// For "risk accepted": the administrator who accepts it.
    pub approver_email: String,
    /// For "risk accepted": YYYY-MM-DD.
    pub expires: String,
}

/// What the store records for an accepted move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub from: Status,
    pub to: Status,
    pub reason: String,
    pub duplicate_of: Option<String>,
    pub acceptance: Option<super::Acceptance>,
    /// The move is a retest: Some(true) passed, Some(false) failed.
    pub retest: Option<bool>,
    /// The deadline starts (again) today.
    pub confirms: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The flow has no such move (HTTP 409).
    NotAllowed { from: Status, to: Status },
    /// The move is allowed but its details are missing or wrong (HTTP 422).
    Invalid(FieldErrors),
}

/// What the rule needs besides the request: today, the finding itself, and whether an
/// e-mail address belongs to an administrator of the organisation.
pub struct Ctx<'a> {
    pub today: Date,
    pub id: &'a str,
    pub is_admin: &'a dyn Fn(&str) -> bool,
    /// Whether a finding with this id exists in the same organisation.
    pub exists: &'a dyn Fn(&str) -> bool,
}

pub fn check(from: Status, r: &Request, ctx: &Ctx<'_>) -> Result<Change, Refusal> {
    let Some(to) = Status::parse(r.to.trim()) else {
        return Err(Refusal::Invalid(FieldError::new("to", "error-choose-option").into()));
    };
    if !allowed(from, to) {
        return Err(Refusal::NotAllowed { from, to });
    }
    let mut e = FieldErrors::new();
    let reason = crate::bcp::edit::text(&mut e, "reason", &r.reason);
    let mut change = Change {
        from,
        to,
        reason: reason.clone(),
        duplicate_of: None,
        acceptance: None,
        retest: None,
        confirms: matches!(
            (from, to),
            (New, Confirmed | InRemediation) | (Closed, Confirmed) | (RiskAccepted, Confirmed)
        ),
    };
    match to {
        FalsePositive if reason.is_empty() => e.push(FieldError::new("reason", "error-finding-reason")),
        Duplicate => {
            let of = r.duplicate_of.trim();
            if of.is_empty() || !(ctx.exists)(of) {
                e.push(FieldError::new("duplicate_of", "error-finding-duplicate-of"));
            } else if of == ctx.id {
                e.push(FieldError::new("duplicate_of", "error-finding-duplicate-self"));
            } else {
                change.duplicate_of = Some(of.to_string());
            }
        }
        RiskAccepted => {
            if reason.is_empty() {
                e.push(FieldError::new("reason", "error-finding-reason"));
            }
            let approver = r.approver_email.trim().to_lowercase();
            if approver.is_empty() || !(ctx.is_admin)(&approver) {
                e.push(FieldError::new("approver_email", "error-finding-approver"));
            }
            let until = crate::bcp::edit::date(&mut e, "expires", &r.expires);
            match until {
                None if r.expires.trim().is_empty() => e.push(FieldError::new("expires", "error-finding-expiry")),
                None => {}
                Some(d) if d <= ctx.today => e.push(FieldError::new("expires", "error-finding-expiry-past")),
                Some(d) if d > ctx.today.saturating_add(jiff::Span::new().days(ACCEPT_MAX_DAYS)) => {
                    e.push(FieldError::new("expires", "error-finding-expiry-far").arg("days", ACCEPT_MAX_DAYS))
                }
                Some(d) => {
                    change.acceptance =
                        Some(super::Acceptance { approver_email: approver, reason: reason.clone(), until: d })
                }
            }
        }
        _ => {}
    }
    if from == Fixed {
        change.retest = Some(to == Closed);
    }
    e.into_result().map(|()| change).map_err(Refusal::Invalid)
}

/// An accepted risk whose expiry has come reopens (to "confirmed"): the one move the
/// system makes by itself.
pub fn expired(status: Status, acceptance: Option<&super::Acceptance>, today: Date) -> bool {
    status == RiskAccepted && acceptance.is_none_or(|a| a.until <= today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ctx(today: Date) -> Ctx<'static> {
        Ctx { today, id: "self", is_admin: &|e| e == "admin@x.test", exists: &|id| id == "orig" || id == "self" }
    }
    fn req(to: &str) -> Request {
        Request { to: to.into(), ..Default::default() }
    }
    fn today() -> Date {
        jiff::civil::date(2026, 12, 7)
    }

    #[test]
    fn every_pair_is_allowed_or_refused_as_the_table_says() {
        for &from in Status::ALL {
            for &to in Status::ALL {
                let r = Request {
                    to: to.as_str().into(),
                    reason: "omdat".into(),
                    duplicate_of: "orig".into(),
                    approver_email: "admin@x.test".into(),
                    expires: "2027-06-01".into(),
                };
                let got = check(from, &r, &ctx(today()));
                if allowed(from, to) {
                    let c = got.unwrap_or_else(|e| panic!("{from:?} → {to:?}: {e:?}"));
                    assert_eq!((c.from, c.to), (from, to));
                } else {
                    assert_eq!(got, Err(Refusal::NotAllowed { from, to }), "{from:?} → {to:?}");
                }
            }
        }
    }

    #[test]
    fn side_states_need_their_details() {
        let c = ctx(today());
        let codes = |r| match check(New, &r, &c) {
            Err(Refusal::Invalid(e)) => e.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(codes(req("false_positive")), [("reason", "error-finding-reason")]);
        assert_eq!(codes(req("duplicate")), [("duplicate_of", "error-finding-duplicate-of")]);
        assert_eq!(
            codes(Request { duplicate_of: "self".into(), ..req("duplicate") }),
            [("duplicate_of", "error-finding-duplicate-self")]
        );
        assert_eq!(
            codes(req("risk_accepted")),
            [
                ("reason", "error-finding-reason"),
                ("approver_email", "error-finding-approver"),
                ("expires", "error-finding-expiry")
            ]
        );
        let accept = |approver: &str, expires: &str| Request {
            reason: "compenserende maatregel".into(),
            approver_email: approver.into(),
            expires: expires.into(),
            ..req("risk_accepted")
        };
        assert_eq!(codes(accept("editor@x.test", "2027-01-01")), [("approver_email", "error-finding-approver")]);
        assert_eq!(codes(accept("admin@x.test", "2026-12-07")), [("expires", "error-finding-expiry-past")]);
        assert_eq!(codes(accept("admin@x.test", "2027-12-08")), [("expires", "error-finding-expiry-far")]);
        assert_eq!(codes(accept("admin@x.test", "morgen")), [("expires", "error-date")]);
        let ok = check(New, &accept("Admin@X.test", "2027-12-07"), &c).unwrap();
        assert_eq!(ok.acceptance.unwrap().approver_email, "admin@x.test");
        assert!(matches!(check(New, &req("gesloten"), &c), Err(Refusal::Invalid(_))));
    }

    #[test]
    fn retests_and_deadlines() {
        let c = ctx(today());
        assert_eq!(check(Fixed, &req("closed"), &c).unwrap().retest, Some(true));
        assert_eq!(check(Fixed, &req("in_remediation"), &c).unwrap().retest, Some(false));
        assert_eq!(check(Confirmed, &req("fixed"), &c).unwrap().retest, None);
        assert!(check(New, &req("confirmed"), &c).unwrap().confirms);
        assert!(check(Closed, &req("confirmed"), &c).unwrap().confirms);
        assert!(!check(Confirmed, &req("in_remediation"), &c).unwrap().confirms);
        assert_eq!(check(New, &req("closed"), &c), Err(Refusal::NotAllowed { from: New, to: Closed }));
    }

    #[test]
    fn expiry() {
        let a = super::super::Acceptance { approver_email: "a".into(), reason: "r".into(), until: today() };
        assert!(expired(RiskAccepted, Some(&a), today()));
        assert!(!expired(RiskAccepted, Some(&a), today().yesterday().unwrap()));
        assert!(!expired(Confirmed, Some(&a), today()));
        assert!(expired(RiskAccepted, None, today()));
    }

    proptest! {
        #[test]
        fn no_sequence_leaves_the_graph(steps in proptest::collection::vec((0usize..8, any::<bool>(), 0i64..500), 0..40)) {
            let c = ctx(today());
            let mut s = New;
            for (to, with_details, days) in steps {
                let to = Status::ALL[to];
                let r = if with_details {
                    Request {
                        to: to.as_str().into(),
                        reason: "r".into(),
                        duplicate_of: "orig".into(),
                        approver_email: "admin@x.test".into(),
                        expires: today().saturating_add(jiff::Span::new().days(days)).to_string(),
                    }
                } else { req(to.as_str()) };
                match check(s, &r, &c) {
                    Ok(ch) => {
                        prop_assert!(allowed(s, ch.to));
                        prop_assert_eq!(ch.to, to);
                        if to == RiskAccepted {
                            let a = ch.acceptance.clone().unwrap();
                            prop_assert!(a.until > today() && a.until <= today().saturating_add(jiff::Span::new().days(365)));
                        }
                        if to == Closed { prop_assert_eq!(s, Fixed); }
                        s = ch.to;
                    }
                    Err(Refusal::NotAllowed { .. }) => prop_assert!(!allowed(s, to)),
                    Err(Refusal::Invalid(_)) => prop_assert!(allowed(s, to)),
                }
            }
        }
    }
}
