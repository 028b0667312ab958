//! The crisis organisation (step 6): activation, call tree, meeting places, hand-over to
//! the emergency plan; and each crisis role with its two contacts.

use super::{done, email, line, lines, required, text};
use crate::bcp::model::{CallStep, Contact, Crisis, CrisisRole, LINE_MAX, LIST_MAX};
use crate::validation::{FieldError, FieldErrors};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub activation_criteria: Vec<String>,
    pub who_may_activate: String,
    /// (role key, fallback role key or empty), in calling order; rows without a role are
    /// left out.
    pub call_tree: Vec<(String, String)>,
    pub meeting_primary: String,
    pub meeting_alternate: String,
    pub handover_criteria: Vec<String>,
    pub handover_explanation: String,
}

impl Draft {
    pub fn of(c: &Crisis) -> Draft {
        Draft {
            activation_criteria: c.activation_criteria.clone(),
            who_may_activate: c.who_may_activate.clone(),
            call_tree: c
                .call_tree
                .iter()
                .map(|s| (s.role_key.clone(), s.fallback_role_key.clone().unwrap_or_default()))
                .collect(),
            meeting_primary: c.meeting_primary.clone(),
            meeting_alternate: c.meeting_alternate.clone(),
            handover_criteria: c.handover_criteria.clone(),
            handover_explanation: c.handover_explanation.clone(),
        }
    }
}

/// `roles`: the keys of the plan's crisis roles; the call tree may name only those.
/// The result carries version 0: the caller sets the version it edits.
pub fn check(d: &Draft, roles: &[&str]) -> Result<Crisis, FieldErrors> {
    let mut e = FieldErrors::new();
    let mut tree = Vec::new();
    if d.call_tree.len() > LIST_MAX {
        e.push(FieldError::new("call_tree", "error-too-many-lines").arg("max", LIST_MAX));
    } else {
        for (role, fallback) in &d.call_tree {
            let (role, fallback) = (role.trim(), fallback.trim());
            let unknown = |k: &str| !k.is_empty() && !roles.contains(&k);
            if unknown(role) || unknown(fallback) {
                e.push(FieldError::new("call_tree", "error-unknown-role"));
                continue;
            }
            if role.is_empty() {
                continue;
            }
            tree.push(CallStep {
                role_key: role.to_string(),
                fallback_role_key: (!fallback.is_empty()).then(|| fallback.to_string()),
            });
        }
    }
    let c = Crisis {
        activation_criteria: lines(&mut e, "activation_criteria", &d.activation_criteria),
        who_may_activate: text(&mut e, "who_may_activate", &d.who_may_activate),
        call_tree: tree,
        meeting_primary: text(&mut e, "meeting_primary", &d.meeting_primary),
        meeting_alternate: text(&mut e, "meeting_alternate", &d.meeting_alternate),
        handover_criteria: lines(&mut e, "handover_criteria", &d.handover_criteria),
        handover_explanation: text(&mut e, "handover_explanation", &d.handover_explanation),
        version: 0,
    };
    done(e, c)
}

/// A crisis role. Its key is fixed once the plan exists (the call tree refers to it);
/// an imported document gives it, checked by [`role_key`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleDraft {
    pub name: String,
    pub tasks: Vec<String>,
    pub primary: Contact,
    pub deputy: Contact,
}

impl RoleDraft {
    pub fn of(r: &CrisisRole) -> RoleDraft {
        RoleDraft { name: r.name.clone(), tasks: r.tasks.clone(), primary: r.primary.clone(), deputy: r.deputy.clone() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFields {
    pub name: String,
    pub tasks: Vec<String>,
    pub primary: Contact,
    pub deputy: Contact,
}

impl RoleFields {
    pub fn apply(self, r: &mut CrisisRole) {
        r.name = self.name;
        r.tasks = self.tasks;
        r.primary = self.primary;
        r.deputy = self.deputy;
    }
}

pub fn check_role(d: &RoleDraft) -> Result<RoleFields, FieldErrors> {
    let mut e = FieldErrors::new();
    let f = RoleFields {
        name: required(&mut e, "name", &d.name, LINE_MAX),
        tasks: lines(&mut e, "tasks", &d.tasks),
        primary: contact(
            &mut e,
            &d.primary,
            ["primary.name", "primary.phone", "primary.private_phone", "primary.email"],
        ),
        deputy: contact(&mut e, &d.deputy, ["deputy.name", "deputy.phone", "deputy.private_phone", "deputy.email"]),
    };
    done(e, f)
}

fn contact(e: &mut FieldErrors, c: &Contact, fields: [&'static str; 4]) -> Contact {
    Contact {
        name: line(e, fields[0], &c.name, LINE_MAX),
        phone: line(e, fields[1], &c.phone, LINE_MAX),
        private_phone: line(e, fields[2], &c.private_phone, LINE_MAX),
        email: email(e, fields[3], &c.email),
    }
}

/// Longest key of a crisis role.
pub const ROLE_KEY_MAX: usize = 40;

/// A role's key: lower-case letters, digits and hyphens, as the template's.
pub fn role_key(field: &'static str, key: &str) -> Result<String, FieldError> {
    let ok = !key.is_empty()
        && key.len() <= ROLE_KEY_MAX
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok { Ok(key.to_string()) } else { Err(FieldError::new(field, "error-role-key")) }
}
