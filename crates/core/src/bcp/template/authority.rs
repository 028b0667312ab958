//! Who receives a personal data breach notification, by the organisation's kind.

use crate::bcp::model::Plan;
use crate::org::OrgKind;

/// Where the template names the body that receives a personal data breach notification.
pub const BREACH_AUTHORITY: &str = "{breach_authority}";

/// Who receives a personal data breach notification (the brief's "Who to call").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreachAuthority {
    /// Flemish local governments: municipalities, OCMWs, intermunicipal and autonomous
    /// municipal companies.
    Vtc,
    /// Police zones.
    Coc,
    /// Other organisations: the federal data protection authority.
    Gba,
}

impl BreachAuthority {
    pub fn for_kind(kind: OrgKind) -> BreachAuthority {
        match kind {
            OrgKind::Municipality | OrgKind::Ocmw | OrgKind::Intermunicipal => BreachAuthority::Vtc,
            OrgKind::PoliceZone => BreachAuthority::Coc,
            OrgKind::Umbrella => BreachAuthority::Gba,
        }
    }

    /// The name as it stands in a sentence, with its article.
    pub fn name(self, lang: &str) -> &'static str {
        match (self, lang) {
            (BreachAuthority::Vtc, "en") => "the Flemish Supervisory Commission (VTC)",
            (BreachAuthority::Vtc, "fr") => "la Commission de contrôle flamande (VTC)",
            (BreachAuthority::Vtc, _) => "de Vlaamse Toezichtcommissie (VTC)",
            (BreachAuthority::Coc, "en") => "the Supervisory Body for Police Information (COC)",
            (BreachAuthority::Coc, "fr") => "l'Organe de contrôle de l'information policière (COC)",
            (BreachAuthority::Coc, _) => "het Controleorgaan op de politionele informatie (COC)",
            (BreachAuthority::Gba, "en") => "the Data Protection Authority (GBA/APD)",
            (BreachAuthority::Gba, "fr") => "l'Autorité de protection des données (APD)",
            (BreachAuthority::Gba, _) => "de Gegevensbeschermingsautoriteit (GBA)",
        }
    }
}

/// Every text of the plan with the breach authority's name in place of the placeholder.
pub(super) fn fill_authority(plan: Plan, name: &str) -> Plan {
    fn walk(v: &mut serde_json::Value, name: &str) {
        match v {
            serde_json::Value::String(s) if s.contains(BREACH_AUTHORITY) => *s = s.replace(BREACH_AUTHORITY, name),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, name)),
            serde_json::Value::Object(o) => o.values_mut().for_each(|x| walk(x, name)),
            _ => {}
        }
    }
    // The plan is plain data: every text is reached through its JSON form.
    let Ok(mut v) = serde_json::to_value(&plan) else { return plan };
    walk(&mut v, name);
    serde_json::from_value(v).unwrap_or(plan)
}
