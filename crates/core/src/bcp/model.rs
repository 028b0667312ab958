//! The plan and its parts. Every editable part carries a `version` for optimistic
//! concurrency; lists inside a part (steps, tasks) are edited with the part.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Impact categories of the business impact analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImpactCategory {
    Service,
    Legal,
    Financial,
    Reputation,
    HealthSafety,
    Privacy,
}

impl ImpactCategory {
    pub const ALL: [ImpactCategory; 6] = [
        ImpactCategory::Service,
        ImpactCategory::Legal,
        ImpactCategory::Financial,
        ImpactCategory::Reputation,
        ImpactCategory::HealthSafety,
        ImpactCategory::Privacy,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ImpactCategory::Service => "service",
            ImpactCategory::Legal => "legal",
            ImpactCategory::Financial => "financial",
            ImpactCategory::Reputation => "reputation",
            ImpactCategory::HealthSafety => "health_safety",
            ImpactCategory::Privacy => "privacy",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
    pub fn label_key(self) -> &'static str {
        match self {
            ImpactCategory::Service => "impact-service",
            ImpactCategory::Legal => "impact-legal",
            ImpactCategory::Financial => "impact-financial",
            ImpactCategory::Reputation => "impact-reputation",
            ImpactCategory::HealthSafety => "impact-health_safety",
            ImpactCategory::Privacy => "impact-privacy",
        }
    }
}

/// Levels 0 (none) to 4 (very serious).
pub const MAX_LEVEL: u8 = 4;
/// 4 hours, 1 day, 3 days, 1 week, 2 weeks, 1 month.
pub const DEFAULT_WINDOWS: [u32; 6] = [4, 24, 72, 168, 336, 720];
pub const DEFAULT_UNACCEPTABLE: u8 = 3;
/// Longest text field in a plan, in characters.
pub const TEXT_MAX: usize = 10_000;
pub const LINE_MAX: usize = 300;
pub const LIST_MAX: usize = 100;

/// The organisation-wide impact scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    /// Time windows in hours, strictly increasing.
    pub windows_hours: Vec<u32>,
    /// The level from which an impact is unacceptable; its first window is the MTPD.
    pub unacceptable_level: u8,
    /// What levels 1..=4 mean per category (four texts each).
    pub descriptions: BTreeMap<ImpactCategory, Vec<String>>,
}

impl Default for Scale {
    fn default() -> Self {
        Scale {
            windows_hours: DEFAULT_WINDOWS.to_vec(),
            unacceptable_level: DEFAULT_UNACCEPTABLE,
            descriptions: ImpactCategory::ALL.iter().map(|c| (*c, vec![String::new(); 4])).collect(),
        }
    }
}

/// Impact per category per window; `None` = not rated yet.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Impacts(pub BTreeMap<ImpactCategory, Vec<Option<u8>>>);

impl Impacts {
    /// All cells unrated for `n` windows.
    pub fn unrated(n: usize) -> Impacts {
        Impacts(ImpactCategory::ALL.iter().map(|c| (*c, vec![None; n])).collect())
    }
    pub fn get(&self, c: ImpactCategory, window: usize) -> Option<u8> {
        self.0.get(&c).and_then(|v| v.get(window).copied().flatten())
    }
    pub fn set(&mut self, c: ImpactCategory, window: usize, level: Option<u8>) {
        let v = self.0.entry(c).or_default();
        if v.len() <= window {
            v.resize(window + 1, None);
        }
        v[window] = level;
    }
    /// Every category rated in every window.
    pub fn complete(&self, windows: usize) -> bool {
        ImpactCategory::ALL.iter().all(|c| (0..windows).all(|w| self.get(*c, w).is_some()))
    }
    pub fn any_rated(&self) -> bool {
        self.0.values().any(|v| v.iter().any(Option::is_some))
    }
    /// Keeps values by position when the number of windows changes.
    pub fn resized(&self, windows: usize) -> Impacts {
        Impacts(
            ImpactCategory::ALL
                .iter()
                .map(|c| {
                    let mut v = self.0.get(c).cloned().unwrap_or_default();
                    v.resize(windows, None);
                    (*c, v)
                })
                .collect(),
        )
    }
}

/// A service or process the organisation delivers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub id: String,
    pub position: i64,
    pub template_key: Option<String>,
    pub department: String,
    pub name: String,
    pub description: String,
    pub owner: String,
    pub deputy: String,
    pub legal_deadlines: String,
    pub peak_periods: String,
    pub impacts: Impacts,
    pub rto_hours: Option<u32>,
    pub rpo_hours: Option<u32>,
    /// Minimum business continuity objective: the service level kept up during a disruption.
    pub mbco: String,
    pub min_staff: Option<u32>,
    pub min_workplaces: Option<u32>,
    /// Strategies.
    pub workaround: Vec<String>,
    pub alternate_location: String,
    pub alternate_supplier: String,
    pub mutual_aid: String,
    pub paper_backlog: String,
    pub version: i64,
}

impl Activity {
    pub fn new(id: String, position: i64, name: String, windows: usize) -> Activity {
        Activity {
            id,
            position,
            template_key: None,
            department: String::new(),
            name,
            description: String::new(),
            owner: String::new(),
            deputy: String::new(),
            legal_deadlines: String::new(),
            peak_periods: String::new(),
            impacts: Impacts::unrated(windows),
            rto_hours: None,
            rpo_hours: None,
            mbco: String::new(),
            min_staff: None,
            min_workplaces: None,
            workaround: vec![],
            alternate_location: String::new(),
            alternate_supplier: String::new(),
            mutual_aid: String::new(),
            paper_backlog: String::new(),
            version: 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    Person,
    Application,
    Infrastructure,
    Data,
    Supplier,
    Location,
    /// Registers, forms and printed lists: no back-up, no restore test.
    Paper,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 7] = [
        ResourceKind::Person,
        ResourceKind::Application,
        ResourceKind::Infrastructure,
        ResourceKind::Data,
        ResourceKind::Supplier,
        ResourceKind::Location,
        ResourceKind::Paper,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::Person => "person",
            ResourceKind::Application => "application",
            ResourceKind::Infrastructure => "infrastructure",
            ResourceKind::Data => "data",
            ResourceKind::Supplier => "supplier",
            ResourceKind::Location => "location",
            ResourceKind::Paper => "paper",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
    pub fn label_key(self) -> String {
        format!("resource-kind-{}", self.as_str())
    }
    /// Kinds that hold digital data and so need back-ups and restore tests.
    pub const DIGITAL_DATA: &[ResourceKind] = &[ResourceKind::Application, ResourceKind::Data];

    pub fn holds_data(self) -> bool {
        Self::DIGITAL_DATA.contains(&self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackupType {
    /// No back-up (or not known).
    #[default]
    None,
    /// Reachable from the network: ransomware can encrypt it too.
    Online,
    /// Disconnected copy.
    Offline,
    /// Cannot be changed or deleted for a retention period.
    Immutable,
}

impl BackupType {
    pub const ALL: [BackupType; 4] = [BackupType::None, BackupType::Online, BackupType::Offline, BackupType::Immutable];
    pub fn as_str(self) -> &'static str {
        match self {
            BackupType::None => "none",
            BackupType::Online => "online",
            BackupType::Offline => "offline",
            BackupType::Immutable => "immutable",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
    pub fn survives_ransomware(self) -> bool {
        matches!(self, BackupType::Offline | BackupType::Immutable)
    }
}

/// Where a recovery time comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Shown in a test or a real incident.
    Demonstrated,
    /// Promised in a contract or by the vendor.
    Promised,
    /// Our own estimate.
    #[default]
    Estimated,
}

impl Basis {
    pub const ALL: [Basis; 3] = [Basis::Demonstrated, Basis::Promised, Basis::Estimated];
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Demonstrated => "demonstrated",
            Basis::Promised => "promised",
            Basis::Estimated => "estimated",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Something an activity needs: people, applications, infrastructure, data, suppliers, places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    pub id: String,
    pub position: i64,
    pub template_key: Option<String>,
    pub kind: ResourceKind,
    pub name: String,
    pub description: String,
    /// People: who stands in.
    pub deputy: String,
    /// Suppliers.
    pub contract_ref: String,
    pub sla_hours: Option<u32>,
    pub contact_24_7: String,
    /// Hours to bring this resource back once what it depends on works.
    pub recovery_hours: Option<u32>,
    pub recovery_basis: Basis,
    pub backup_interval_hours: Option<u32>,
    pub backup_type: BackupType,
    pub last_restore_test: Option<Date>,
    pub version: i64,
}

impl Resource {
    pub fn new(id: String, position: i64, kind: ResourceKind, name: String) -> Resource {
        Resource {
            id,
            position,
            template_key: None,
            kind,
            name,
            description: String::new(),
            deputy: String::new(),
            contract_ref: String::new(),
            sla_hours: None,
            contact_24_7: String::new(),
            recovery_hours: None,
            recovery_basis: Basis::Estimated,
            backup_interval_hours: None,
            backup_type: BackupType::None,
            last_restore_test: None,
            version: 1,
        }
    }
}

/// A way to reach someone when the organisation's own mail and phones may be down.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub private_phone: String,
    pub email: String,
}

impl Contact {
    pub fn is_set(&self) -> bool {
        !self.name.trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrisisRole {
    pub id: String,
    pub position: i64,
    pub key: String,
    pub name: String,
    pub tasks: Vec<String>,
    pub primary: Contact,
    pub deputy: Contact,
    pub version: i64,
}

/// One step of the call tree: who calls next, and who if they cannot be reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallStep {
    pub role_key: String,
    pub fallback_role_key: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Crisis {
    pub activation_criteria: Vec<String>,
    pub who_may_activate: String,
    pub call_tree: Vec<CallStep>,
    pub meeting_primary: String,
    pub meeting_alternate: String,
    /// When the mayor declares municipal coordination under the emergency plan (ANIP).
    pub handover_criteria: Vec<String>,
    pub handover_explanation: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub question: String,
    pub who: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Communication {
    pub audience: String,
    pub when: String,
    pub who: String,
    pub message: String,
}

/// A notification deadline; `hours = 0`: no fixed deadline ("as soon as possible").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clock {
    pub name: String,
    pub hours: u32,
    pub applies: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Playbook {
    pub id: String,
    pub position: i64,
    pub scenario: String,
    pub title: String,
    pub summary: String,
    pub signals: Vec<String>,
    pub first_hour: Vec<String>,
    pub decisions: Vec<Decision>,
    pub communication: Vec<Communication>,
    pub recovery: Vec<String>,
    pub return_to_normal: Vec<String>,
    pub clocks: Vec<Clock>,
    pub version: i64,
}

pub const SCENARIOS: [&str; 8] = [
    "ransomware",
    "ddos",
    "account-compromise",
    "supplier-outage",
    "data-breach",
    "building-loss",
    "power-network-outage",
    "key-staff-absence",
];

pub const AUDIENCES: [&str; 8] =
    ["citizens", "staff", "council", "press", "neighbouring_municipalities", "suppliers", "insurer", "authorities"];

pub const PHASES: [&str; 4] = ["first", "update", "recovery", "closed"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stakeholder {
    pub id: String,
    pub position: i64,
    pub audience: String,
    pub channel: String,
    pub owner: String,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub position: i64,
    /// One of [`SCENARIOS`] or "any".
    pub scenario: String,
    pub phase: String,
    pub audience: String,
    pub channel: String,
    pub subject: String,
    pub body: String,
    pub version: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseKind {
    Tabletop,
    WalkThrough,
    RestoreTest,
}

impl ExerciseKind {
    pub const ALL: [ExerciseKind; 3] = [ExerciseKind::Tabletop, ExerciseKind::WalkThrough, ExerciseKind::RestoreTest];
    pub fn as_str(self) -> &'static str {
        match self {
            ExerciseKind::Tabletop => "tabletop",
            ExerciseKind::WalkThrough => "walk_through",
            ExerciseKind::RestoreTest => "restore_test",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    pub position: i64,
    pub kind: ExerciseKind,
    pub title: String,
    pub scenario: String,
    pub planned_on: Option<Date>,
    pub done_on: Option<Date>,
    pub participants: String,
    pub result: String,
    pub actions: Vec<String>,
    pub version: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    Draft,
    Submitted,
    Approved,
    Superseded,
}

impl PlanStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Submitted => "submitted",
            PlanStatus::Approved => "approved",
            PlanStatus::Superseded => "superseded",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        [PlanStatus::Draft, PlanStatus::Submitted, PlanStatus::Approved, PlanStatus::Superseded]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// The board decision that approved a version of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// e.g. the college of mayor and aldermen.
    pub body: String,
    pub decision_date: Date,
    pub reference: String,
}

/// The plan's own fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanHeader {
    pub id: String,
    pub status: PlanStatus,
    pub language: String,
    pub scope: String,
    pub objectives: String,
    pub assumptions: String,
    pub owner_name: String,
    /// For the yearly review reminder.
    pub owner_email: String,
    pub classification: String,
    pub approval: Option<Approval>,
    pub next_review: Option<Date>,
    /// The organisation's own mail domains: an e-mail there is not out-of-band.
    pub own_domains: Vec<String>,
    pub scale: Scale,
    /// Human version number of the document, e.g. "1.2".
    pub version_label: String,
    pub version: i64,
}

/// A whole plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub header: PlanHeader,
    pub activities: Vec<Activity>,
    pub resources: Vec<Resource>,
    /// (activity id, resource id)
    pub activity_resources: Vec<(String, String)>,
    /// (resource id, resource it depends on)
    pub resource_deps: Vec<(String, String)>,
    pub crisis: Crisis,
    pub roles: Vec<CrisisRole>,
    pub playbooks: Vec<Playbook>,
    pub stakeholders: Vec<Stakeholder>,
    pub messages: Vec<Message>,
    pub exercises: Vec<Exercise>,
}

impl Plan {
    /// The e-mail addresses the plan names for its crisis team (each role's person and
    /// deputy) and its owner, in lower case: who should carry the current grab pack.
    pub fn crisis_team_emails(&self) -> std::collections::BTreeSet<String> {
        self.roles
            .iter()
            .flat_map(|r| [&r.primary.email, &r.deputy.email])
            .chain(std::iter::once(&self.header.owner_email))
            .map(|e| e.trim().to_lowercase())
            .filter(|e| e.contains('@'))
            .collect()
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }
    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }
    /// The resources an activity needs directly.
    pub fn resources_of(&self, activity: &str) -> Vec<&Resource> {
        self.activity_resources.iter().filter(|(a, _)| a == activity).filter_map(|(_, r)| self.resource(r)).collect()
    }
}

/// The next version label: "1.0" → "1.1"; approval makes a new major later if wanted.
pub fn next_version_label(current: &str) -> String {
    match current.split_once('.') {
        Some((major, minor)) => match (major.parse::<u32>(), minor.parse::<u32>()) {
            (Ok(ma), Ok(mi)) => format!("{ma}.{}", mi + 1),
            _ => "1.0".into(),
        },
        None => "1.0".into(),
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
