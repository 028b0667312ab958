//! The plan's road to approval: the one place where its status may change, what an
//! edit does to an approved or submitted plan, the approval decision itself, and the
//! defaults of a new plan and of the next review.

use jiff::civil::Date;

use super::model::{Approval, Plan, PlanHeader, PlanStatus, next_version_label};
use crate::validation::{FieldError, FieldErrors};

/// Longest name of the approving body, and of the decision's reference.
pub const BODY_MAX: usize = 200;
pub const REFERENCE_MAX: usize = 100;

/// What someone does to the plan's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// A draft goes to the board; from then on it is locked.
    Submit,
    /// A submitted plan goes back to draft.
    Withdraw,
    /// The board's decision on a submitted plan.
    Approve(Approval),
}

/// Why a status change is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("only a draft can be submitted")]
    NotDraft,
    #[error("only a submitted plan can be withdrawn or approved")]
    NotSubmitted,
}

impl Refusal {
    /// The message id shown to the person.
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::NotDraft => "flash-plan-not-draft",
            Refusal::NotSubmitted => "flash-plan-submit-first",
        }
    }
}

/// The status after `action`, or why it cannot happen.
pub fn apply(status: PlanStatus, action: &Action) -> Result<PlanStatus, Refusal> {
    match (status, action) {
        (PlanStatus::Draft, Action::Submit) => Ok(PlanStatus::Submitted),
        (_, Action::Submit) => Err(Refusal::NotDraft),
        (PlanStatus::Submitted, Action::Withdraw) => Ok(PlanStatus::Draft),
        (PlanStatus::Submitted, Action::Approve(_)) => Ok(PlanStatus::Approved),
        (_, Action::Withdraw | Action::Approve(_)) => Err(Refusal::NotSubmitted),
    }
}

/// A submitted plan is locked: the board decides on what it was sent.
pub fn is_locked(status: PlanStatus) -> bool {
    status == PlanStatus::Submitted
}

/// What an edit of any part does to the plan's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditStart {
    /// Go on; the plan stays a draft.
    Continue,
    /// The approved plan becomes the next draft version with this label; the approved
    /// snapshot stays readable.
    NewDraft(String),
    /// Submitted: no edits until withdrawn or decided.
    Locked,
}

pub fn begin_edit(h: &PlanHeader) -> EditStart {
    begin_edit_of(h.status, &h.version_label)
}

/// The same rule for anything approved like the plan (a self-assessment).
pub fn begin_edit_of(status: PlanStatus, label: &str) -> EditStart {
    match status {
        PlanStatus::Submitted => EditStart::Locked,
        PlanStatus::Approved | PlanStatus::Superseded => EditStart::NewDraft(next_version_label(label)),
        PlanStatus::Draft => EditStart::Continue,
    }
}

/// The next review after an approval: a year after the decision.
pub fn default_next_review(decision: Date) -> Date {
    decision.checked_add(jiff::Span::new().years(1)).unwrap_or(decision)
}

/// The review date to store with an approval: the one set, or the default.
pub fn next_review_after_approval(h: &PlanHeader, decision: Date) -> Date {
    h.next_review.unwrap_or_else(|| default_next_review(decision))
}

/// The approval form as received.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApprovalDraft {
    pub body: String,
    pub decision_date: String,
    pub reference: String,
    /// The approver has seen the plan's completeness and serious findings (the
    /// confirmation step) and records the decision anyway.
    pub acknowledged: bool,
}

/// Recording an approval takes two steps: the decision's fields, then a confirmation
/// that shows the gaps. Nothing is pre-filled but the body's suggestion; the date and
/// the reference must be typed.
pub fn check_approval(d: &ApprovalDraft, today: Date) -> Result<Approval, FieldErrors> {
    let a = check_decision(d, today)?;
    if !d.acknowledged {
        return Err(FieldError::new("acknowledged", "error-approval-acknowledge").into());
    }
    Ok(a)
}

/// Body, date and reference of the board's decision, all required; the date may not
/// lie in the future. The first step of an approval, and what an imported approved
/// plan must name.
pub fn check_decision(d: &ApprovalDraft, today: Date) -> Result<Approval, FieldErrors> {
    let mut e = FieldErrors::new();
    let body = e.check(crate::validation::required_line("body", &d.body, BODY_MAX)).unwrap_or_default();
    let date = match crate::validation::optional_date("decision_date", &d.decision_date) {
        Ok(Some(x)) if x > today => {
            e.push(FieldError::new("decision_date", "error-date-future"));
            None
        }
        Ok(Some(x)) => Some(x),
        Ok(None) => {
            e.push(FieldError::new("decision_date", "error-required"));
            None
        }
        Err(x) => {
            e.push(x);
            None
        }
    };
    let reference =
        e.check(crate::validation::required_line("reference", &d.reference, REFERENCE_MAX)).unwrap_or_default();
    match date {
        Some(decision_date) if e.is_empty() => Ok(Approval { body, decision_date, reference }),
        _ => Err(e),
    }
}

/// The status and approval an imported document gives the plan: an approved (or
/// superseded) plan names the board's decision, checked as the approval form is.
pub fn check_document_status(
    status: &str,
    approval: Option<&ApprovalDraft>,
    today: Date,
) -> Result<(PlanStatus, Option<Approval>), FieldErrors> {
    let mut e = FieldErrors::new();
    let Some(status) = PlanStatus::parse(status.trim()) else {
        e.push(FieldError::new("status", "error-choose-option"));
        return Err(e);
    };
    let approval = match approval {
        Some(d) => match check_decision(d, today) {
            Ok(a) => Some(a),
            Err(errs) => {
                for x in errs.iter() {
                    let field = match x.field {
                        "body" => "approval.body",
                        "decision_date" => "approval.decision_date",
                        _ => "approval.reference",
                    };
                    e.push(FieldError { field, ..x.clone() });
                }
                None
            }
        },
        None => None,
    };
    if matches!(status, PlanStatus::Approved | PlanStatus::Superseded) && approval.is_none() && e.is_empty() {
        e.push(FieldError::new("approval", "error-approval-missing"));
    }
    if e.is_empty() { Ok((status, approval)) } else { Err(e) }
}

/// Who a new plan belongs to, and how it is marked, before anyone edits it.
pub struct NewPlan<'a> {
    /// The plan's language (nl, en, fr).
    pub lang: &'a str,
    /// Template activity keys to adopt; all when `None`.
    pub activities: Option<&'a [String]>,
    pub owner_name: &'a str,
    pub owner_email: &'a str,
    /// The default classification in the plan's language.
    pub classification: &'a str,
    /// Decides, among others, who receives a data breach notification.
    pub org_kind: crate::org::OrgKind,
}

/// A new plan from the standard template: the chosen activities (at least one, each
/// from the template), the owner, the classification and the owner's mail domain as
/// the organisation's own.
pub fn new_plan(
    t: &super::template::Template,
    n: &NewPlan<'_>,
    new_id: impl FnMut() -> String,
) -> Result<Plan, FieldErrors> {
    if let Some(keys) = n.activities
        && (keys.is_empty() || keys.iter().any(|k| t.activities.iter().all(|a| &a.key != k)))
    {
        return Err(FieldError::new("activities", "error-choose-option").into());
    }
    let mut p = t.instantiate(n.lang, n.org_kind, n.activities, new_id);
    p.header.owner_name = n.owner_name.to_string();
    p.header.owner_email = n.owner_email.to_string();
    p.header.classification = n.classification.to_string();
    let domain = crate::account::email_domain(n.owner_email);
    p.header.own_domains = if domain.is_empty() { vec![] } else { vec![domain.to_string()] };
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approval() -> Approval {
        Approval { body: "college".into(), decision_date: "2026-11-02".parse().unwrap(), reference: "B-1".into() }
    }

    #[test]
    fn every_transition() {
        use PlanStatus::*;
        let all = [Draft, Submitted, Approved, Superseded];
        let actions = [Action::Submit, Action::Withdraw, Action::Approve(approval())];
        for s in all {
            for a in &actions {
                let expected = match (s, a) {
                    (Draft, Action::Submit) => Ok(Submitted),
                    (Submitted, Action::Withdraw) => Ok(Draft),
                    (Submitted, Action::Approve(_)) => Ok(Approved),
                    (_, Action::Submit) => Err(Refusal::NotDraft),
                    _ => Err(Refusal::NotSubmitted),
                };
                assert_eq!(apply(s, a), expected, "{s:?} {a:?}");
            }
        }
    }

    #[test]
    fn locked_and_new_versions() {
        let mut h = crate::bcp::testing::plan().header;
        h.status = PlanStatus::Submitted;
        assert!(is_locked(h.status));
        assert_eq!(begin_edit(&h), EditStart::Locked);
        h.status = PlanStatus::Approved;
        h.version_label = "1.3".into();
        assert_eq!(begin_edit(&h), EditStart::NewDraft("1.4".into()));
        h.status = PlanStatus::Draft;
        assert_eq!(begin_edit(&h), EditStart::Continue);
        assert!(!is_locked(h.status));
    }

    #[test]
    fn approval_is_checked() {
        let today: Date = "2026-12-07".parse().unwrap();
        let ok = ApprovalDraft {
            body: " College ".into(),
            decision_date: "2026-12-01".into(),
            reference: " CBS 2026/1 ".into(),
            acknowledged: true,
        };
        let a = check_approval(&ok, today).unwrap();
        assert_eq!((a.body.as_str(), a.reference.as_str()), ("College", "CBS 2026/1"));
        let e = check_approval(&ApprovalDraft::default(), today).unwrap_err();
        assert!(e.for_field("body").is_some() && e.for_field("decision_date").is_some());
        assert_eq!(e.for_field("reference").unwrap().code, "error-required");
        // The decision's fields are fine, but nobody confirmed having seen the gaps.
        let unseen = ApprovalDraft { acknowledged: false, ..ok.clone() };
        assert!(check_decision(&unseen, today).is_ok());
        assert_eq!(
            check_approval(&unseen, today).unwrap_err().for_field("acknowledged").unwrap().code,
            "error-approval-acknowledge"
        );
        let future = ApprovalDraft { decision_date: "2026-12-08".into(), ..ok.clone() };
        assert_eq!(
            check_approval(&future, today).unwrap_err().for_field("decision_date").unwrap().code,
            "error-date-future"
        );
        let timed = ApprovalDraft { decision_date: "2026-12-01T10:00".into(), ..ok };
        assert_eq!(check_approval(&timed, today).unwrap_err().for_field("decision_date").unwrap().code, "error-date");
    }

    #[test]
    fn next_review_defaults_to_a_year() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!(default_next_review(d).to_string(), "2025-02-28");
        let mut h = crate::bcp::testing::plan().header;
        h.next_review = Some("2027-03-01".parse().unwrap());
        assert_eq!(next_review_after_approval(&h, d).to_string(), "2027-03-01");
    }
}
