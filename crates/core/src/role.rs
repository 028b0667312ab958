//! Roles and the access policy. Every authorisation decision in Weerbaar is made by
//! the functions in this module; the web layer only asks.

use serde::{Deserialize, Serialize};

/// A person's role inside one organisation. Ordered: each role can do what the
/// roles below it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgRole {
    Viewer,
    Editor,
    Admin,
}

impl OrgRole {
    pub const ALL: [OrgRole; 3] = [OrgRole::Viewer, OrgRole::Editor, OrgRole::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgRole::Viewer => "viewer",
            OrgRole::Editor => "editor",
            OrgRole::Admin => "admin",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
    pub fn label_key(self) -> &'static str {
        match self {
            OrgRole::Viewer => "role-viewer",
            OrgRole::Editor => "role-editor",
            OrgRole::Admin => "role-admin",
        }
    }
}

/// Installation-wide roles, independent of organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PlatformRoles {
    /// Manages organisations and accounts of the whole installation.
    pub admin: bool,
    /// Writes and reviews toolkit content.
    pub taskforce: bool,
    /// Evaluates toolkit products in quarterly rounds.
    pub reviewer: bool,
}

/// Things one can do inside an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgAction {
    /// See the organisation's dashboard and data.
    Read,
    /// Change the organisation's working data (later: plans, adoption).
    Edit,
    /// Invite, change roles, remove members.
    ManageMembers,
    /// Change name, logo, colour, MFA requirement.
    ManageSettings,
    /// Read the organisation's audit log.
    ReadAuditLog,
    /// Submit the plan, record the board's approval, replace the plan by an import.
    ApprovePlan,
}

impl OrgAction {
    /// The least role that may perform the action.
    pub fn min_role(self) -> OrgRole {
        match self {
            OrgAction::Read => OrgRole::Viewer,
            OrgAction::Edit => OrgRole::Editor,
            OrgAction::ManageMembers | OrgAction::ManageSettings | OrgAction::ReadAuditLog | OrgAction::ApprovePlan => {
                OrgRole::Admin
            }
        }
    }
}

/// Whether a member with `role` may perform `action` in their organisation.
/// Non-members may do nothing: there is no role to pass.
pub fn org_allows(role: OrgRole, action: OrgAction) -> bool {
    role >= action.min_role()
}

/// Installation-wide actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlatformAction {
    ManageOrganisations,
    ManageAccounts,
    EditContent,
    ReviewContent,
}

pub fn platform_allows(roles: PlatformRoles, action: PlatformAction) -> bool {
    match action {
        PlatformAction::ManageOrganisations | PlatformAction::ManageAccounts => roles.admin,
        PlatformAction::EditContent => roles.taskforce || roles.admin,
        PlatformAction::ReviewContent => roles.reviewer,
    }
}

/// Role changes that would leave an organisation without an administrator are refused.
pub fn can_change_role(current_admins: usize, target_is_admin: bool, new_role: Option<OrgRole>) -> bool {
    let stays_admin = new_role == Some(OrgRole::Admin);
    !(target_is_admin && !stays_admin && current_admins <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_order_and_parse() {
        assert!(OrgRole::Admin > OrgRole::Editor && OrgRole::Editor > OrgRole::Viewer);
        for r in OrgRole::ALL {
            assert_eq!(OrgRole::parse(r.as_str()), Some(r));
        }
        assert_eq!(OrgRole::parse("owner"), None);
    }

    #[test]
    fn org_policy_table() {
        use OrgAction::*;
        let table = [
            (OrgRole::Viewer, [true, false, false, false, false, false]),
            (OrgRole::Editor, [true, true, false, false, false, false]),
            (OrgRole::Admin, [true, true, true, true, true, true]),
        ];
        for (role, expected) in table {
            for (action, exp) in
                [Read, Edit, ManageMembers, ManageSettings, ReadAuditLog, ApprovePlan].into_iter().zip(expected)
            {
                assert_eq!(org_allows(role, action), exp, "{role:?} {action:?}");
            }
        }
    }

    #[test]
    fn platform_policy_table() {
        let none = PlatformRoles::default();
        let admin = PlatformRoles { admin: true, ..none };
        let tf = PlatformRoles { taskforce: true, ..none };
        let rev = PlatformRoles { reviewer: true, ..none };
        use PlatformAction::*;
        for a in [ManageOrganisations, ManageAccounts, EditContent, ReviewContent] {
            assert!(!platform_allows(none, a));
        }
        assert!(platform_allows(admin, ManageOrganisations) && platform_allows(admin, ManageAccounts));
        assert!(platform_allows(admin, EditContent) && !platform_allows(admin, ReviewContent));
        assert!(platform_allows(tf, EditContent) && !platform_allows(tf, ManageAccounts));
        assert!(platform_allows(rev, ReviewContent) && !platform_allows(rev, EditContent));
    }

    #[test]
    fn last_admin_is_kept() {
        assert!(!can_change_role(1, true, Some(OrgRole::Editor)));
        assert!(!can_change_role(1, true, None));
        assert!(can_change_role(1, true, Some(OrgRole::Admin)));
        assert!(can_change_role(2, true, None));
        assert!(can_change_role(1, false, Some(OrgRole::Admin)));
    }
}

/// A person's membership of an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Membership {
    pub org_id: crate::OrgId,
    pub org_name: String,
    pub user_id: crate::UserId,
    pub role: OrgRole,
}

/// A member as listed on the organisation's pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub user_id: crate::UserId,
    pub email: String,
    pub name: String,
    pub role: OrgRole,
    pub disabled: bool,
    pub mfa_enabled: bool,
    pub since: i64,
}
