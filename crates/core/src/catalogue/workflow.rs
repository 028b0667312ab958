//! The editorial workflow of a toolkit resource: who may move it from which stage to
//! which. Taskforce editors write and review; the sounding board evaluates in rounds;
//! an administrator publishes and archives.

use crate::role::PlatformRoles;

use super::Status;

/// A step in the workflow, as offered on a resource's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// Draft → in review: the author asks the taskforce to review.
    SubmitForReview,
    /// In review or evaluation → draft: needs more work.
    SendBack,
    /// In review → sounding-board evaluation.
    ToEvaluation,
    /// Evaluation → published (a new version with a change note).
    Publish,
    /// Published → archived: no longer shown.
    Archive,
    /// Archived → draft: to be reworked.
    Reopen,
}

impl Transition {
    pub const ALL: [Transition; 6] = [
        Transition::SubmitForReview,
        Transition::SendBack,
        Transition::ToEvaluation,
        Transition::Publish,
        Transition::Archive,
        Transition::Reopen,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Transition::SubmitForReview => "submit",
            Transition::SendBack => "send_back",
            Transition::ToEvaluation => "to_evaluation",
            Transition::Publish => "publish",
            Transition::Archive => "archive",
            Transition::Reopen => "reopen",
        }
    }

    pub fn parse(s: &str) -> Option<Transition> {
        Transition::ALL.into_iter().find(|t| t.key() == s)
    }

    /// The stage this step starts from (any of) and the stage it ends in.
    pub fn from_to(self) -> (&'static [Status], Status) {
        match self {
            Transition::SubmitForReview => (&[Status::Draft], Status::InReview),
            Transition::SendBack => (&[Status::InReview, Status::Evaluation], Status::Draft),
            Transition::ToEvaluation => (&[Status::InReview], Status::Evaluation),
            Transition::Publish => (&[Status::Evaluation], Status::Published),
            Transition::Archive => (&[Status::Published], Status::Archived),
            Transition::Reopen => (&[Status::Archived], Status::Draft),
        }
    }

    /// Whether someone with these platform roles may take this step.
    pub fn allowed_for(self, roles: PlatformRoles) -> bool {
        match self {
            Transition::SubmitForReview | Transition::SendBack | Transition::ToEvaluation | Transition::Reopen => {
                roles.taskforce || roles.admin
            }
            Transition::Publish | Transition::Archive => roles.admin,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    #[error("this step is not possible from the resource's current stage")]
    WrongStage,
    #[error("your role does not allow this step")]
    NotAllowed,
    #[error("a change note is required to publish")]
    ChangeNoteMissing,
}

/// Checks a step and returns the new stage.
pub fn apply(from: Status, t: Transition, roles: PlatformRoles, change_note: &str) -> Result<Status, WorkflowError> {
    if !t.allowed_for(roles) {
        return Err(WorkflowError::NotAllowed);
    }
    let (starts, to) = t.from_to();
    if !starts.contains(&from) {
        return Err(WorkflowError::WrongStage);
    }
    if t == Transition::Publish && change_note.trim().is_empty() {
        return Err(WorkflowError::ChangeNoteMissing);
    }
    Ok(to)
}

/// The steps this person can take from this stage.
pub fn available(from: Status, roles: PlatformRoles) -> Vec<Transition> {
    Transition::ALL.into_iter().filter(|t| t.from_to().0.contains(&from) && t.allowed_for(roles)).collect()
}

/// Who may write and change drafts of toolkit resources.
pub fn may_edit(roles: PlatformRoles) -> bool {
    roles.taskforce || roles.admin
}

#[cfg(test)]
mod tests {
    use super::*;

    const TASKFORCE: PlatformRoles = PlatformRoles { admin: false, taskforce: true, reviewer: false };
    const ADMIN: PlatformRoles = PlatformRoles { admin: true, taskforce: false, reviewer: false };
    const REVIEWER: PlatformRoles = PlatformRoles { admin: false, taskforce: false, reviewer: true };
    const NOBODY: PlatformRoles = PlatformRoles { admin: false, taskforce: false, reviewer: false };

    #[test]
    fn the_whole_road_to_publication() {
        let s = apply(Status::Draft, Transition::SubmitForReview, TASKFORCE, "").unwrap();
        assert_eq!(s, Status::InReview);
        let s = apply(s, Transition::ToEvaluation, TASKFORCE, "").unwrap();
        assert_eq!(s, Status::Evaluation);
        assert_eq!(apply(s, Transition::Publish, TASKFORCE, "note"), Err(WorkflowError::NotAllowed));
        assert_eq!(apply(s, Transition::Publish, ADMIN, " "), Err(WorkflowError::ChangeNoteMissing));
        let s = apply(s, Transition::Publish, ADMIN, "Eerste versie").unwrap();
        assert_eq!(s, Status::Published);
        let s = apply(s, Transition::Archive, ADMIN, "").unwrap();
        assert_eq!(apply(s, Transition::Reopen, TASKFORCE, ""), Ok(Status::Draft));
    }

    #[test]
    fn every_step_from_every_stage_for_every_role() {
        for from in Status::ALL {
            for t in Transition::ALL {
                for roles in [TASKFORCE, ADMIN, REVIEWER, NOBODY] {
                    let r = apply(*from, t, roles, "note");
                    let (starts, to) = t.from_to();
                    match r {
                        Ok(s) => {
                            assert!(starts.contains(from) && t.allowed_for(roles));
                            assert_eq!(s, to);
                            assert!(available(*from, roles).contains(&t));
                        }
                        Err(WorkflowError::NotAllowed) => assert!(!t.allowed_for(roles)),
                        Err(WorkflowError::WrongStage) => assert!(!starts.contains(from)),
                        Err(WorkflowError::ChangeNoteMissing) => unreachable!(),
                    }
                    if roles == REVIEWER || roles == NOBODY {
                        assert!(r.is_err(), "{roles:?} may not move {from:?} with {t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn keys_round_trip() {
        for t in Transition::ALL {
            assert_eq!(Transition::parse(t.key()), Some(t));
        }
        assert_eq!(Transition::parse("delete"), None);
        assert!(may_edit(TASKFORCE) && may_edit(ADMIN) && !may_edit(REVIEWER));
    }
}
