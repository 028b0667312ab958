//! The document's types. Values are kept as the document wrote them (numbers as any
//! integer, choices and dates as text) so that the builder's own rules judge them, not
//! the parser.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::bcp::model::{CallStep, Communication, Contact, Decision};

/// A JSON integer, saturated to i64: a number too large to store is still judged "too large".
fn saturate(n: &serde_json::Number) -> i64 {
    match (n.as_i64(), n.as_u64(), n.as_f64()) {
        (Some(v), _, _) => v,
        (None, Some(_), _) => i64::MAX,
        (None, None, Some(f)) if f < 0.0 => i64::MIN,
        _ => i64::MAX,
    }
}

fn int<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    serde_json::Number::deserialize(d).map(|n| saturate(&n))
}

fn opt_int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Option::<serde_json::Number>::deserialize(d).map(|n| n.as_ref().map(saturate))
}

fn ints<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
    Vec::<serde_json::Number>::deserialize(d).map(|v| v.iter().map(saturate).collect())
}

fn levels<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Vec<Option<i64>>>, D::Error> {
    BTreeMap::<String, Vec<Option<serde_json::Number>>>::deserialize(d)
        .map(|m| m.into_iter().map(|(k, v)| (k, v.iter().map(|n| n.as_ref().map(saturate)).collect())).collect())
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocScale {
    #[serde(deserialize_with = "ints")]
    pub windows_hours: Vec<i64>,
    #[serde(deserialize_with = "int")]
    pub unacceptable_level: i64,
    pub descriptions: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocApproval {
    pub body: String,
    pub decision_date: String,
    pub reference: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocPlan {
    pub status: String,
    pub language: String,
    pub version_label: String,
    pub scope: String,
    pub objectives: String,
    pub assumptions: String,
    pub owner_name: String,
    pub owner_email: String,
    pub classification: String,
    pub approval: Option<DocApproval>,
    pub next_review: Option<String>,
    pub own_domains: Vec<String>,
    pub scale: DocScale,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocActivity {
    #[serde(rename = "ref")]
    pub reference: String,
    pub template_key: Option<String>,
    pub department: String,
    pub name: String,
    pub description: String,
    pub owner: String,
    pub deputy: String,
    pub legal_deadlines: String,
    pub peak_periods: String,
    #[serde(deserialize_with = "levels")]
    pub impacts: BTreeMap<String, Vec<Option<i64>>>,
    #[serde(deserialize_with = "opt_int")]
    pub rto_hours: Option<i64>,
    #[serde(deserialize_with = "opt_int")]
    pub rpo_hours: Option<i64>,
    pub mbco: String,
    #[serde(deserialize_with = "opt_int")]
    pub min_staff: Option<i64>,
    #[serde(deserialize_with = "opt_int")]
    pub min_workplaces: Option<i64>,
    pub workaround: Vec<String>,
    pub alternate_location: String,
    pub alternate_supplier: String,
    pub mutual_aid: String,
    pub paper_backlog: String,
    /// References of the resources it needs.
    pub resources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocResource {
    #[serde(rename = "ref")]
    pub reference: String,
    pub template_key: Option<String>,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub deputy: String,
    pub contract_ref: String,
    #[serde(deserialize_with = "opt_int")]
    pub sla_hours: Option<i64>,
    pub contact_24_7: String,
    #[serde(deserialize_with = "opt_int")]
    pub recovery_hours: Option<i64>,
    pub recovery_basis: String,
    #[serde(deserialize_with = "opt_int")]
    pub backup_interval_hours: Option<i64>,
    pub backup_type: String,
    pub last_restore_test: Option<String>,
    /// References of the resources it needs.
    pub depends_on: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocRole {
    pub key: String,
    pub name: String,
    pub tasks: Vec<String>,
    pub primary: Contact,
    pub deputy: Contact,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocCrisis {
    pub activation_criteria: Vec<String>,
    pub who_may_activate: String,
    pub call_tree: Vec<CallStep>,
    pub meeting_primary: String,
    pub meeting_alternate: String,
    pub handover_criteria: Vec<String>,
    pub handover_explanation: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocClock {
    pub name: String,
    #[serde(deserialize_with = "int")]
    pub hours: i64,
    pub applies: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocPlaybook {
    pub scenario: String,
    pub title: String,
    pub summary: String,
    pub signals: Vec<String>,
    pub first_hour: Vec<String>,
    pub decisions: Vec<Decision>,
    pub communication: Vec<Communication>,
    pub recovery: Vec<String>,
    pub return_to_normal: Vec<String>,
    pub clocks: Vec<DocClock>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocStakeholder {
    pub audience: String,
    pub channel: String,
    pub owner: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocMessage {
    pub scenario: String,
    pub phase: String,
    pub audience: String,
    pub channel: String,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocExercise {
    pub kind: String,
    pub title: String,
    pub scenario: String,
    pub planned_on: Option<String>,
    pub done_on: Option<String>,
    pub participants: String,
    pub result: String,
    pub actions: Vec<String>,
}

/// The document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Doc {
    pub format: String,
    pub format_version: u64,
    pub plan: DocPlan,
    pub activities: Vec<DocActivity>,
    pub resources: Vec<DocResource>,
    pub crisis: DocCrisis,
    pub roles: Vec<DocRole>,
    pub playbooks: Vec<DocPlaybook>,
    pub stakeholders: Vec<DocStakeholder>,
    pub messages: Vec<DocMessage>,
    pub exercises: Vec<DocExercise>,
}
