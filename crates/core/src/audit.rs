//! The audit log's vocabulary: who did what to which organisation's data.

use serde::{Deserialize, Serialize};

use crate::{OrgId, UserId};

macro_rules! actions {
    ($($variant:ident => $code:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum AuditAction { $($variant),* }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant),*];
            /// Stable code stored in the log.
            pub fn code(self) -> &'static str {
                match self { $(AuditAction::$variant => $code),* }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($code => Some(AuditAction::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    SignIn => "sign_in",
    SignInFailed => "sign_in_failed",
    SignOut => "sign_out",
    SignOutEverywhere => "sign_out_everywhere",
    PasswordChanged => "password_changed",
    PasswordReset => "password_reset",
    PasswordResetRequested => "password_reset_requested",
    MfaEnabled => "mfa_enabled",
    MfaDisabled => "mfa_disabled",
    RecoveryCodeUsed => "recovery_code_used",
    SecondFactorLocked => "second_factor_locked",
    OrgCreated => "org_created",
    OrgUpdated => "org_updated",
    LogoChanged => "logo_changed",
    MemberInvited => "member_invited",
    InvitationRevoked => "invitation_revoked",
    MemberJoined => "member_joined",
    MemberAdded => "member_added",
    RoleChanged => "role_changed",
    MemberRemoved => "member_removed",
    UserCreated => "user_created",
    UserUpdated => "user_updated",
    UserDisabled => "user_disabled",
    UserEnabled => "user_enabled",
    PlatformRolesChanged => "platform_roles_changed",
    ApiTokenCreated => "api_token_created",
    ApiTokenRevoked => "api_token_revoked",
    SetupCompleted => "setup_completed",
    BackupRestored => "backup_restored",
    PlanCreated => "plan_created",
    PlanUpdated => "plan_updated",
    ScaleUpdated => "scale_updated",
    ActivityCreated => "activity_created",
    ActivityUpdated => "activity_updated",
    ActivityDeleted => "activity_deleted",
    ResourceCreated => "resource_created",
    ResourceUpdated => "resource_updated",
    ResourceDeleted => "resource_deleted",
    CrisisUpdated => "crisis_updated",
    CrisisRoleUpdated => "crisis_role_updated",
    PlaybookUpdated => "playbook_updated",
    StakeholderUpdated => "stakeholder_updated",
    MessageUpdated => "message_updated",
    ExerciseCreated => "exercise_created",
    ExerciseUpdated => "exercise_updated",
    ExerciseDeleted => "exercise_deleted",
    PlanSubmitted => "plan_submitted",
    PlanWithdrawn => "plan_withdrawn",
    PlanApproved => "plan_approved",
    PlanImported => "plan_imported",
    PlanReviewReminded => "plan_review_reminded",
    PlanPackDownloaded => "plan_pack_downloaded",
    PlanPackBuilt => "plan_pack_built",
    AdoptionUpdated => "adoption_updated",
    PrivateResourceCreated => "private_resource_created",
    PrivateResourceUpdated => "private_resource_updated",
    PrivateResourceDeleted => "private_resource_deleted",
    ToolkitResourceCreated => "toolkit_resource_created",
    ToolkitResourceUpdated => "toolkit_resource_updated",
    ToolkitStageChanged => "toolkit_stage_changed",
    ToolkitUpdateTaken => "toolkit_update_taken",
    ToolkitUpdateDismissed => "toolkit_update_dismissed",
    ToolkitVisibilityChanged => "toolkit_visibility_changed",
    RoundOpened => "round_opened",
    RoundClosed => "round_closed",
    RoundScored => "round_scored",
    RoundDecided => "round_decided",
    EngagementCreated => "engagement_created",
    EngagementUpdated => "engagement_updated",
    EngagementStatusChanged => "engagement_status_changed",
    EngagementAuthorised => "engagement_authorised",
    EngagementGuestAdded => "engagement_guest_added",
    EngagementGuestRemoved => "engagement_guest_removed",
    FindingCreated => "finding_created",
    FindingUpdated => "finding_updated",
    FindingStatusChanged => "finding_status_changed",
    FindingCommented => "finding_commented",
    FindingEvidenceAdded => "finding_evidence_added",
    FindingsImported => "findings_imported",
    FindingReopenedAtExpiry => "finding_reopened_at_expiry",
    FindingDeadlinesChanged => "finding_deadlines_changed",
    FindingsReported => "findings_reported",
    FrameworkImported => "framework_imported",
    AssessmentCreated => "assessment_created",
    AssessmentAnswered => "assessment_answered",
    AssessmentStatusChanged => "assessment_status_changed",
    AssessmentRespondentAdded => "assessment_respondent_added",
    AssessmentRespondentRemoved => "assessment_respondent_removed",
    AssessmentEvidenceAdded => "assessment_evidence_added",
    AssessmentActionCreated => "assessment_action_created",
    BenchmarkShareChanged => "benchmark_share_changed",
    StaffImported => "staff_imported",
    StaffChanged => "staff_changed",
    TrainingAssigned => "training_assigned",
    AwarenessSettingsChanged => "awareness_settings_changed",
    CampaignSaved => "campaign_saved",
    CampaignApproved => "campaign_approved",
    CampaignLaunched => "campaign_launched",
    CampaignStopped => "campaign_stopped",
}

impl AuditAction {
    /// i18n message id describing the action.
    pub fn label_key(self) -> String {
        format!("audit-{}", self.code().replace('_', "-"))
    }
}

/// An entry to append. The store adds the id and the time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewAuditEntry {
    pub org_id: Option<OrgId>,
    pub actor_id: Option<UserId>,
    /// E-mail of the actor at that moment (or "cli", "system"): kept even if the account goes.
    pub actor_label: String,
    pub action: AuditAction,
    /// What was acted on, in words a reader understands (e.g. an e-mail address).
    pub target: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub ip: Option<String>,
}

impl NewAuditEntry {
    pub fn new(action: AuditAction, actor_id: Option<UserId>, actor_label: impl Into<String>) -> Self {
        Self {
            org_id: None,
            actor_id,
            actor_label: actor_label.into(),
            action,
            target: None,
            before: None,
            after: None,
            ip: None,
        }
    }
    pub fn org(mut self, org: &OrgId) -> Self {
        self.org_id = Some(org.clone());
        self
    }
    pub fn target(mut self, t: impl Into<String>) -> Self {
        self.target = Some(t.into());
        self
    }
    pub fn change(mut self, before: Option<serde_json::Value>, after: Option<serde_json::Value>) -> Self {
        self.before = before;
        self.after = after;
        self
    }
    pub fn ip(mut self, ip: Option<String>) -> Self {
        self.ip = ip;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for a in AuditAction::ALL {
            assert!(seen.insert(a.code()), "duplicate code {}", a.code());
            assert_eq!(AuditAction::parse(a.code()), Some(*a));
            assert!(a.label_key().starts_with("audit-"));
            assert!(!a.label_key().contains('_'));
        }
        assert_eq!(AuditAction::parse("drop_table"), None);
    }

    #[test]
    fn builder() {
        let org = OrgId::new();
        let e = NewAuditEntry::new(AuditAction::RoleChanged, None, "cli")
            .org(&org)
            .target("jan@voorbeeld.test")
            .change(Some(serde_json::json!({"role": "viewer"})), Some(serde_json::json!({"role": "editor"})));
        assert_eq!(e.org_id, Some(org));
        assert_eq!(e.target.as_deref(), Some("jan@voorbeeld.test"));
        assert!(e.before.is_some() && e.after.is_some());
    }
}
