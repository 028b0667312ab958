//! A resource (step 4): what it is, what it achieves, its back-ups.

use super::{Ctx, choice, done, hours, line, past_date, required, text};
use crate::bcp::model::{BackupType, Basis, LINE_MAX, Resource, ResourceKind};
use crate::validation::{FieldErrors, Num};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub kind: String,
    pub name: String,
    pub description: String,
    pub deputy: String,
    pub contract_ref: String,
    pub sla_hours: Num,
    pub contact_24_7: String,
    pub recovery_hours: Num,
    pub recovery_basis: String,
    pub backup_interval_hours: Num,
    pub backup_type: String,
    /// YYYY-MM-DD or empty.
    pub last_restore_test: String,
}

impl Draft {
    pub fn of(r: &Resource) -> Draft {
        Draft {
            kind: r.kind.as_str().into(),
            name: r.name.clone(),
            description: r.description.clone(),
            deputy: r.deputy.clone(),
            contract_ref: r.contract_ref.clone(),
            sla_hours: r.sla_hours.into(),
            contact_24_7: r.contact_24_7.clone(),
            recovery_hours: r.recovery_hours.into(),
            recovery_basis: r.recovery_basis.as_str().into(),
            backup_interval_hours: r.backup_interval_hours.into(),
            backup_type: r.backup_type.as_str().into(),
            last_restore_test: r.last_restore_test.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub kind: ResourceKind,
    pub name: String,
    pub description: String,
    pub deputy: String,
    pub contract_ref: String,
    pub sla_hours: Option<u32>,
    pub contact_24_7: String,
    pub recovery_hours: Option<u32>,
    pub recovery_basis: Basis,
    pub backup_interval_hours: Option<u32>,
    pub backup_type: BackupType,
    pub last_restore_test: Option<jiff::civil::Date>,
}

impl Fields {
    pub fn apply(self, r: &mut Resource) {
        r.kind = self.kind;
        r.name = self.name;
        r.description = self.description;
        r.deputy = self.deputy;
        r.contract_ref = self.contract_ref;
        r.sla_hours = self.sla_hours;
        r.contact_24_7 = self.contact_24_7;
        r.recovery_hours = self.recovery_hours;
        r.recovery_basis = self.recovery_basis;
        r.backup_interval_hours = self.backup_interval_hours;
        r.backup_type = self.backup_type;
        r.last_restore_test = self.last_restore_test;
    }
}

pub fn check(d: &Draft, ctx: &Ctx) -> Result<Fields, FieldErrors> {
    let mut e = FieldErrors::new();
    let kind = choice(&mut e, "kind", &d.kind, ResourceKind::parse);
    let name = required(&mut e, "name", &d.name, LINE_MAX);
    let recovery_basis = choice(&mut e, "recovery_basis", &d.recovery_basis, Basis::parse);
    let backup_type = choice(&mut e, "backup_type", &d.backup_type, BackupType::parse);
    let f = Fields {
        kind: kind.unwrap_or(ResourceKind::Application),
        name,
        description: text(&mut e, "description", &d.description),
        deputy: line(&mut e, "deputy", &d.deputy, LINE_MAX),
        contract_ref: line(&mut e, "contract_ref", &d.contract_ref, LINE_MAX),
        sla_hours: hours(&mut e, "sla_hours", &d.sla_hours),
        contact_24_7: line(&mut e, "contact_24_7", &d.contact_24_7, LINE_MAX),
        recovery_hours: hours(&mut e, "recovery_hours", &d.recovery_hours),
        recovery_basis: recovery_basis.unwrap_or_default(),
        backup_interval_hours: hours(&mut e, "backup_interval_hours", &d.backup_interval_hours),
        backup_type: backup_type.unwrap_or_default(),
        last_restore_test: past_date(&mut e, "last_restore_test", &d.last_restore_test, ctx),
    };
    done(e, f)
}

/// A new resource needs only a kind and a name.
pub fn check_new(kind: &str, name: &str) -> Result<(ResourceKind, String), FieldErrors> {
    let mut e = FieldErrors::new();
    let k = choice(&mut e, "kind", kind, ResourceKind::parse);
    let n = required(&mut e, "name", name, LINE_MAX);
    done(e, (k.unwrap_or(ResourceKind::Application), n))
}
