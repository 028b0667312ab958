//! Who sees and answers which part of an assessment. Editors and administrators work on
//! the whole assessment; a viewer is a respondent: they see and answer only the
//! sections assigned to them (a department head answering the HR measures).

use crate::role::OrgRole;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    /// Only these sections (node ids); empty: nothing.
    Sections(Vec<String>),
}

impl Scope {
    pub fn of(role: OrgRole, assigned: Vec<String>) -> Scope {
        if role >= OrgRole::Editor { Scope::All } else { Scope::Sections(assigned) }
    }
    pub fn sees_all(&self) -> bool {
        matches!(self, Scope::All)
    }
    pub fn sees_anything(&self) -> bool {
        match self {
            Scope::All => true,
            Scope::Sections(s) => !s.is_empty(),
        }
    }
    pub fn sees(&self, section: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Sections(s) => s.iter().any(|x| x == section),
        }
    }
}

/// Whether an answer in `section` may be written: only while the assessment is a draft,
/// and only in a section the caller sees.
pub fn may_answer(scope: &Scope, is_draft: bool, section: &str) -> bool {
    is_draft && scope.sees(section)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let hr = || vec!["HR".to_string()];
        let rows = [
            (OrgRole::Admin, vec![], "HR", true, true),
            (OrgRole::Editor, vec![], "IT", true, true),
            (OrgRole::Viewer, hr(), "HR", true, true),
            (OrgRole::Viewer, hr(), "IT", false, false),
            (OrgRole::Viewer, vec![], "HR", false, false),
        ];
        for (role, assigned, section, sees, answers) in rows {
            let s = Scope::of(role, assigned);
            assert_eq!(s.sees(section), sees, "{role:?} {section}");
            assert_eq!(may_answer(&s, true, section), answers);
            assert!(!may_answer(&s, false, section), "never outside a draft");
        }
        assert!(!Scope::of(OrgRole::Viewer, vec![]).sees_anything());
    }
}
