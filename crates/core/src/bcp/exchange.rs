//! The versioned JSON exchange format of a whole plan (documented in
//! docs/plan-format.md). Import checks everything first and reports every problem
//! with its JSON path; a document with any problem imports nothing.
//! Export → import → export gives the same document: references are positional
//! (A1, A2 … for activities, R1 … for resources), ids are not exported.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::bia;
use super::model::*;

pub const FORMAT: &str = "weerbaar-plan";
pub const FORMAT_VERSION: u64 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocScale {
    pub windows_hours: Vec<u32>,
    pub unacceptable_level: u8,
    pub descriptions: BTreeMap<ImpactCategory, Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocPlan {
    pub status: PlanStatus,
    pub language: String,
    pub version_label: String,
    pub scope: String,
    pub objectives: String,
    pub assumptions: String,
    pub owner_name: String,
    pub owner_email: String,
    pub classification: String,
    pub approval: Option<Approval>,
    pub next_review: Option<Date>,
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
    pub impacts: BTreeMap<ImpactCategory, Vec<Option<u8>>>,
    pub rto_hours: Option<u32>,
    pub rpo_hours: Option<u32>,
    pub mbco: String,
    pub min_staff: Option<u32>,
    pub min_workplaces: Option<u32>,
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
    pub last_restore_test: Option<Date>,
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
    pub clocks: Vec<Clock>,
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
    pub kind: ExerciseKind,
    pub title: String,
    pub scenario: String,
    pub planned_on: Option<Date>,
    pub done_on: Option<Date>,
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

pub fn export(p: &Plan) -> Doc {
    let mut acts: Vec<&Activity> = p.activities.iter().collect();
    acts.sort_by_key(|a| (a.position, a.id.clone()));
    let mut res: Vec<&Resource> = p.resources.iter().collect();
    res.sort_by_key(|r| (r.position, r.id.clone()));
    let rref: BTreeMap<&str, String> =
        res.iter().enumerate().map(|(i, r)| (r.id.as_str(), format!("R{}", i + 1))).collect();
    let refs_in_order = |ids: Vec<&String>| -> Vec<String> {
        let mut v: Vec<(usize, String)> = ids
            .into_iter()
            .filter_map(|id| rref.get(id.as_str()).map(|r| (r[1..].parse::<usize>().unwrap_or(0), r.clone())))
            .collect();
        v.sort();
        v.dedup();
        v.into_iter().map(|(_, r)| r).collect()
    };
    let h = &p.header;
    Doc {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        plan: DocPlan {
            status: h.status,
            language: h.language.clone(),
            version_label: h.version_label.clone(),
            scope: h.scope.clone(),
            objectives: h.objectives.clone(),
            assumptions: h.assumptions.clone(),
            owner_name: h.owner_name.clone(),
            owner_email: h.owner_email.clone(),
            classification: h.classification.clone(),
            approval: h.approval.clone(),
            next_review: h.next_review,
            own_domains: h.own_domains.clone(),
            scale: DocScale {
                windows_hours: h.scale.windows_hours.clone(),
                unacceptable_level: h.scale.unacceptable_level,
                descriptions: h.scale.descriptions.clone(),
            },
        },
        activities: acts
            .iter()
            .enumerate()
            .map(|(i, a)| DocActivity {
                reference: format!("A{}", i + 1),
                template_key: a.template_key.clone(),
                department: a.department.clone(),
                name: a.name.clone(),
                description: a.description.clone(),
                owner: a.owner.clone(),
                deputy: a.deputy.clone(),
                legal_deadlines: a.legal_deadlines.clone(),
                peak_periods: a.peak_periods.clone(),
                impacts: a.impacts.resized(h.scale.windows_hours.len()).0,
                rto_hours: a.rto_hours,
                rpo_hours: a.rpo_hours,
                mbco: a.mbco.clone(),
                min_staff: a.min_staff,
                min_workplaces: a.min_workplaces,
                workaround: a.workaround.clone(),
                alternate_location: a.alternate_location.clone(),
                alternate_supplier: a.alternate_supplier.clone(),
                mutual_aid: a.mutual_aid.clone(),
                paper_backlog: a.paper_backlog.clone(),
                resources: refs_in_order(
                    p.activity_resources.iter().filter(|(x, _)| *x == a.id).map(|(_, r)| r).collect(),
                ),
            })
            .collect(),
        resources: res
            .iter()
            .map(|r| DocResource {
                reference: rref[r.id.as_str()].clone(),
                template_key: r.template_key.clone(),
                kind: r.kind,
                name: r.name.clone(),
                description: r.description.clone(),
                deputy: r.deputy.clone(),
                contract_ref: r.contract_ref.clone(),
                sla_hours: r.sla_hours,
                contact_24_7: r.contact_24_7.clone(),
                recovery_hours: r.recovery_hours,
                recovery_basis: r.recovery_basis,
                backup_interval_hours: r.backup_interval_hours,
                backup_type: r.backup_type,
                last_restore_test: r.last_restore_test,
                depends_on: refs_in_order(p.resource_deps.iter().filter(|(x, _)| *x == r.id).map(|(_, d)| d).collect()),
            })
            .collect(),
        crisis: DocCrisis {
            activation_criteria: p.crisis.activation_criteria.clone(),
            who_may_activate: p.crisis.who_may_activate.clone(),
            call_tree: p.crisis.call_tree.clone(),
            meeting_primary: p.crisis.meeting_primary.clone(),
            meeting_alternate: p.crisis.meeting_alternate.clone(),
            handover_criteria: p.crisis.handover_criteria.clone(),
            handover_explanation: p.crisis.handover_explanation.clone(),
        },
        roles: sorted(&p.roles, |r| r.position)
            .into_iter()
            .map(|r| DocRole {
                key: r.key.clone(),
                name: r.name.clone(),
                tasks: r.tasks.clone(),
                primary: r.primary.clone(),
                deputy: r.deputy.clone(),
            })
            .collect(),
        playbooks: sorted(&p.playbooks, |b| b.position)
            .into_iter()
            .map(|b| DocPlaybook {
                scenario: b.scenario.clone(),
                title: b.title.clone(),
                summary: b.summary.clone(),
                signals: b.signals.clone(),
                first_hour: b.first_hour.clone(),
                decisions: b.decisions.clone(),
                communication: b.communication.clone(),
                recovery: b.recovery.clone(),
                return_to_normal: b.return_to_normal.clone(),
                clocks: b.clocks.clone(),
            })
            .collect(),
        stakeholders: sorted(&p.stakeholders, |s| s.position)
            .into_iter()
            .map(|s| DocStakeholder {
                audience: s.audience.clone(),
                channel: s.channel.clone(),
                owner: s.owner.clone(),
            })
            .collect(),
        messages: sorted(&p.messages, |m| m.position)
            .into_iter()
            .map(|m| DocMessage {
                scenario: m.scenario.clone(),
                phase: m.phase.clone(),
                audience: m.audience.clone(),
                channel: m.channel.clone(),
                subject: m.subject.clone(),
                body: m.body.clone(),
            })
            .collect(),
        exercises: sorted(&p.exercises, |e| e.position)
            .into_iter()
            .map(|e| DocExercise {
                kind: e.kind,
                title: e.title.clone(),
                scenario: e.scenario.clone(),
                planned_on: e.planned_on,
                done_on: e.done_on,
                participants: e.participants.clone(),
                result: e.result.clone(),
                actions: e.actions.clone(),
            })
            .collect(),
    }
}

fn sorted<T>(v: &[T], key: impl Fn(&T) -> i64) -> Vec<&T> {
    let mut out: Vec<&T> = v.iter().collect();
    out.sort_by_key(|x| key(x));
    out
}

/// One problem in an imported document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// JSON path, e.g. `$.activities[3].impacts.service[2]`.
    pub path: String,
    /// i18n id suffix: `import-<code>`.
    pub code: &'static str,
    /// What was expected or found, in words or values.
    pub detail: String,
}

struct Checker {
    problems: Vec<Problem>,
}

const MAX_ITEMS: usize = 5_000;

impl Checker {
    fn add(&mut self, path: &str, code: &'static str, detail: impl Into<String>) {
        if self.problems.len() < 1000 {
            self.problems.push(Problem { path: path.into(), code, detail: detail.into() });
        }
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str, fields: &[&str]) -> Option<&'v Map<String, Value>> {
        let Some(m) = v.as_object() else {
            self.add(path, "expected_object", "");
            return None;
        };
        for k in m.keys() {
            if !fields.contains(&k.as_str()) {
                self.add(&format!("{path}.{k}"), "unknown_field", k);
            }
        }
        for f in fields {
            if !m.contains_key(*f) {
                self.add(&format!("{path}.{f}"), "missing", *f);
            }
        }
        Some(m)
    }

    /// One string value at `p`: a string, at most `max` characters, no control characters.
    fn string(&mut self, p: &str, v: &Value, max: usize) {
        match v {
            Value::String(s) => {
                if s.chars().count() > max {
                    self.add(p, "too_long", max.to_string());
                }
                if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
                    self.add(p, "control_characters", "");
                }
            }
            _ => self.add(p, "expected_string", ""),
        }
    }

    fn text(&mut self, m: &Map<String, Value>, k: &str, path: &str, max: usize) {
        if let Some(v) = m.get(k) {
            self.string(&format!("{path}.{k}"), v, max);
        }
    }

    fn texts(&mut self, m: &Map<String, Value>, k: &str, path: &str, max: usize) {
        let p = format!("{path}.{k}");
        match m.get(k) {
            None => {}
            Some(Value::Array(a)) => {
                if a.len() > LIST_MAX {
                    self.add(&p, "too_many", LIST_MAX.to_string());
                }
                for (i, v) in a.iter().enumerate() {
                    self.string(&format!("{p}[{i}]"), v, max);
                }
            }
            Some(_) => self.add(&p, "expected_array", ""),
        }
    }

    fn hours(&mut self, m: &Map<String, Value>, k: &str, path: &str, nullable: bool) {
        let p = format!("{path}.{k}");
        match m.get(k) {
            None => {}
            Some(Value::Null) if nullable => {}
            Some(v) => match v.as_u64() {
                Some(n) if n <= 100_000 => {}
                Some(_) => self.add(&p, "out_of_range", "0..100000"),
                None => self.add(&p, "expected_number", ""),
            },
        }
    }

    fn choice(&mut self, m: &Map<String, Value>, k: &str, path: &str, allowed: &[&str]) {
        let p = format!("{path}.{k}");
        match m.get(k) {
            None => {}
            Some(Value::String(s)) if allowed.contains(&s.as_str()) => {}
            Some(_) => self.add(&p, "invalid_choice", allowed.join(", ")),
        }
    }

    fn date(&mut self, m: &Map<String, Value>, k: &str, path: &str) {
        let p = format!("{path}.{k}");
        match m.get(k) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.parse::<Date>().is_ok() => {}
            Some(_) => self.add(&p, "invalid_date", "YYYY-MM-DD"),
        }
    }

    /// The template item a part came from: a short string, or absent.
    fn template_key(&mut self, m: &Map<String, Value>, path: &str) {
        match m.get("template_key") {
            None | Some(Value::Null) => {}
            Some(Value::String(_)) => self.text(m, "template_key", path, LINE_MAX),
            Some(_) => self.add(&format!("{path}.template_key"), "expected_string", ""),
        }
    }

    fn array<'v>(&mut self, m: &'v Map<String, Value>, k: &str, path: &str) -> &'v [Value] {
        let p = format!("{path}.{k}");
        match m.get(k) {
            Some(Value::Array(a)) if a.len() <= MAX_ITEMS => a,
            Some(Value::Array(_)) => {
                self.add(&p, "too_many", MAX_ITEMS.to_string());
                &[]
            }
            None => &[],
            Some(_) => {
                self.add(&p, "expected_array", "");
                &[]
            }
        }
    }

    fn contact(&mut self, v: Option<&Value>, path: &str) {
        let Some(v) = v else { return };
        if let Some(m) = self.object(v, path, &["name", "phone", "private_phone", "email"]) {
            for k in ["name", "phone", "private_phone", "email"] {
                self.text(m, k, path, LINE_MAX);
            }
        }
    }
}

fn refs_of(items: &[Value], prefix: char, path: &str, c: &mut Checker) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for (i, v) in items.iter().enumerate() {
        let Some(r) = v.get("ref").and_then(Value::as_str) else { continue };
        let well_formed = r.starts_with(prefix) && r.len() <= 20;
        if !well_formed {
            c.add(&format!("{path}[{i}].ref"), "invalid_ref", format!("{prefix}…: {r}"));
        } else if !seen.insert(r.to_string()) {
            c.add(&format!("{path}[{i}].ref"), "duplicate_ref", r);
        }
    }
    seen
}

/// A list of references to resources: each must exist, and occur once.
fn check_ref_list(items: &[Value], known: &BTreeSet<String>, path: &str, c: &mut Checker) {
    let mut seen = BTreeSet::new();
    for (j, v) in items.iter().enumerate() {
        match v.as_str() {
            Some(s) if !known.contains(s) => c.add(&format!("{path}[{j}]"), "unknown_ref", s),
            Some(s) if !seen.insert(s) => c.add(&format!("{path}[{j}]"), "duplicate_ref", s),
            Some(_) => {}
            None => c.add(&format!("{path}[{j}]"), "unknown_ref", v.to_string()),
        }
    }
}

/// Checks a document and returns it typed, or every problem found.
pub fn check(v: &Value) -> Result<Doc, Vec<Problem>> {
    let mut c = Checker { problems: vec![] };
    let top = [
        "format",
        "format_version",
        "plan",
        "activities",
        "resources",
        "crisis",
        "roles",
        "playbooks",
        "stakeholders",
        "messages",
        "exercises",
    ];
    let Some(root) = c.object(v, "$", &top) else { return Err(c.problems) };
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        c.add("$.format", "wrong_format", FORMAT);
    }
    if root.get("format_version").and_then(Value::as_u64) != Some(FORMAT_VERSION) {
        c.add("$.format_version", "unsupported_version", FORMAT_VERSION.to_string());
    }

    // The plan's own fields and the scale.
    let mut windows = DEFAULT_WINDOWS.len();
    if let Some(pv) = root.get("plan") {
        let fields = [
            "status",
            "language",
            "version_label",
            "scope",
            "objectives",
            "assumptions",
            "owner_name",
            "owner_email",
            "classification",
            "approval",
            "next_review",
            "own_domains",
            "scale",
        ];
        if let Some(p) = c.object(pv, "$.plan", &fields) {
            c.choice(p, "status", "$.plan", &["draft", "submitted", "approved", "superseded"]);
            c.choice(p, "language", "$.plan", &["nl", "en", "fr"]);
            c.text(p, "version_label", "$.plan", 20);
            for k in ["scope", "objectives", "assumptions"] {
                c.text(p, k, "$.plan", TEXT_MAX);
            }
            for k in ["owner_name", "owner_email", "classification"] {
                c.text(p, k, "$.plan", LINE_MAX);
            }
            c.date(p, "next_review", "$.plan");
            c.texts(p, "own_domains", "$.plan", LINE_MAX);
            let approved = matches!(p.get("status").and_then(Value::as_str), Some("approved" | "superseded"));
            match p.get("approval") {
                // An approved plan names the board's decision, as it does in the builder.
                None | Some(Value::Null) if approved => c.add("$.plan.approval", "approval_missing", ""),
                None | Some(Value::Null) => {}
                Some(a) => {
                    if let Some(am) = c.object(a, "$.plan.approval", &["body", "decision_date", "reference"]) {
                        c.text(am, "body", "$.plan.approval", LINE_MAX);
                        c.text(am, "reference", "$.plan.approval", LINE_MAX);
                        match am.get("decision_date") {
                            Some(Value::String(s)) if s.parse::<Date>().is_ok() => {}
                            Some(_) => c.add("$.plan.approval.decision_date", "invalid_date", "YYYY-MM-DD"),
                            None => {}
                        }
                    }
                }
            }
            if let Some(sv) = p.get("scale")
                && let Some(s) = c.object(sv, "$.plan.scale", &["windows_hours", "unacceptable_level", "descriptions"])
            {
                match s.get("windows_hours").and_then(Value::as_array) {
                    Some(a) => {
                        let w: Vec<u32> =
                            a.iter().filter_map(Value::as_u64).map(|x| x.min(u32::MAX as u64) as u32).collect();
                        if w.len() != a.len() || !bia::valid_windows(&w) {
                            c.add("$.plan.scale.windows_hours", "invalid_windows", "");
                        } else {
                            windows = w.len();
                        }
                    }
                    None => c.add("$.plan.scale.windows_hours", "expected_array", ""),
                }
                match s.get("unacceptable_level").and_then(Value::as_u64) {
                    Some(1..=4) => {}
                    _ => c.add("$.plan.scale.unacceptable_level", "out_of_range", "1..4"),
                }
                if let Some(d) = s.get("descriptions") {
                    let cats: Vec<&str> = ImpactCategory::ALL.iter().map(|x| x.as_str()).collect();
                    if let Some(dm) = c.object(d, "$.plan.scale.descriptions", &cats) {
                        for cat in &cats {
                            let p = format!("$.plan.scale.descriptions.{cat}");
                            match dm.get(*cat).and_then(Value::as_array) {
                                Some(a)
                                    if a.len() == 4
                                        && a.iter()
                                            .all(|x| x.as_str().is_some_and(|s| s.chars().count() <= LINE_MAX * 3)) => {
                                }
                                Some(_) => c.add(&p, "wrong_length", "4"),
                                None if dm.contains_key(*cat) => c.add(&p, "expected_array", ""),
                                None => {}
                            }
                        }
                    }
                }
            }
        }
    }

    // Resources first: activities refer to them.
    let resources = c.array(root, "resources", "$");
    let rrefs = refs_of(resources, 'R', "$.resources", &mut c);
    let kinds: Vec<&str> = ResourceKind::ALL.iter().map(|k| k.as_str()).collect();
    let backups: Vec<&str> = BackupType::ALL.iter().map(|k| k.as_str()).collect();
    let bases: Vec<&str> = Basis::ALL.iter().map(|k| k.as_str()).collect();
    for (i, rv) in resources.iter().enumerate() {
        let path = format!("$.resources[{i}]");
        let fields = [
            "ref",
            "template_key",
            "kind",
            "name",
            "description",
            "deputy",
            "contract_ref",
            "sla_hours",
            "contact_24_7",
            "recovery_hours",
            "recovery_basis",
            "backup_interval_hours",
            "backup_type",
            "last_restore_test",
            "depends_on",
        ];
        let Some(r) = c.object(rv, &path, &fields) else { continue };
        c.choice(r, "kind", &path, &kinds);
        c.choice(r, "backup_type", &path, &backups);
        c.choice(r, "recovery_basis", &path, &bases);
        for k in ["name", "deputy", "contract_ref", "contact_24_7"] {
            c.text(r, k, &path, LINE_MAX);
        }
        if r.get("name").and_then(Value::as_str).is_some_and(|s| s.trim().is_empty()) {
            c.add(&format!("{path}.name"), "empty", "");
        }
        c.text(r, "description", &path, TEXT_MAX);
        c.template_key(r, &path);
        for k in ["sla_hours", "recovery_hours", "backup_interval_hours"] {
            c.hours(r, k, &path, true);
        }
        c.date(r, "last_restore_test", &path);
        let deps = c.array(r, "depends_on", &path);
        check_ref_list(deps, &rrefs, &format!("{path}.depends_on"), &mut c);
    }

    let activities = c.array(root, "activities", "$");
    refs_of(activities, 'A', "$.activities", &mut c);
    for (i, av) in activities.iter().enumerate() {
        let path = format!("$.activities[{i}]");
        let fields = [
            "ref",
            "template_key",
            "department",
            "name",
            "description",
            "owner",
            "deputy",
            "legal_deadlines",
            "peak_periods",
            "impacts",
            "rto_hours",
            "rpo_hours",
            "mbco",
            "min_staff",
            "min_workplaces",
            "workaround",
            "alternate_location",
            "alternate_supplier",
            "mutual_aid",
            "paper_backlog",
            "resources",
        ];
        let Some(a) = c.object(av, &path, &fields) else { continue };
        c.template_key(a, &path);
        for k in ["department", "name", "owner", "deputy", "alternate_location", "alternate_supplier", "mutual_aid"] {
            c.text(a, k, &path, LINE_MAX);
        }
        if a.get("name").and_then(Value::as_str).is_some_and(|s| s.trim().is_empty()) {
            c.add(&format!("{path}.name"), "empty", "");
        }
        for k in ["description", "legal_deadlines", "peak_periods", "mbco", "paper_backlog"] {
            c.text(a, k, &path, TEXT_MAX);
        }
        c.texts(a, "workaround", &path, TEXT_MAX);
        for k in ["rto_hours", "rpo_hours", "min_staff", "min_workplaces"] {
            c.hours(a, k, &path, true);
        }
        if let Some(iv) = a.get("impacts") {
            let cats: Vec<&str> = ImpactCategory::ALL.iter().map(|x| x.as_str()).collect();
            if let Some(im) = c.object(iv, &format!("{path}.impacts"), &cats) {
                for cat in &cats {
                    let p = format!("{path}.impacts.{cat}");
                    match im.get(*cat) {
                        Some(Value::Array(levels)) => {
                            if levels.len() != windows {
                                c.add(&p, "wrong_length", windows.to_string());
                            }
                            for (w, l) in levels.iter().enumerate() {
                                match l {
                                    Value::Null => {}
                                    v if v.as_u64().is_some_and(|x| x <= MAX_LEVEL as u64) => {}
                                    _ => c.add(&format!("{p}[{w}]"), "out_of_range", "0..4 or null"),
                                }
                            }
                        }
                        Some(_) => c.add(&p, "expected_array", ""),
                        None => {}
                    }
                }
            }
        }
        let needs = c.array(a, "resources", &path);
        check_ref_list(needs, &rrefs, &format!("{path}.resources"), &mut c);
    }

    if let Some(cv) = root.get("crisis") {
        let fields = [
            "activation_criteria",
            "who_may_activate",
            "call_tree",
            "meeting_primary",
            "meeting_alternate",
            "handover_criteria",
            "handover_explanation",
        ];
        if let Some(cm) = c.object(cv, "$.crisis", &fields) {
            c.texts(cm, "activation_criteria", "$.crisis", TEXT_MAX);
            c.texts(cm, "handover_criteria", "$.crisis", TEXT_MAX);
            for k in ["who_may_activate", "meeting_primary", "meeting_alternate", "handover_explanation"] {
                c.text(cm, k, "$.crisis", TEXT_MAX);
            }
            for (j, s) in c.array(cm, "call_tree", "$.crisis").iter().enumerate() {
                let p = format!("$.crisis.call_tree[{j}]");
                if let Some(sm) = c.object(s, &p, &["role_key", "fallback_role_key"]) {
                    c.text(sm, "role_key", &p, LINE_MAX);
                    if let Some(f) = sm.get("fallback_role_key").filter(|f| !f.is_null()) {
                        c.string(&format!("{p}.fallback_role_key"), f, LINE_MAX);
                    }
                }
            }
        }
    }
    for (i, rv) in c.array(root, "roles", "$").iter().enumerate() {
        let path = format!("$.roles[{i}]");
        if let Some(r) = c.object(rv, &path, &["key", "name", "tasks", "primary", "deputy"]) {
            c.text(r, "key", &path, LINE_MAX);
            c.text(r, "name", &path, LINE_MAX);
            c.texts(r, "tasks", &path, TEXT_MAX);
            c.contact(r.get("primary"), &format!("{path}.primary"));
            c.contact(r.get("deputy"), &format!("{path}.deputy"));
        }
    }
    for (i, bv) in c.array(root, "playbooks", "$").iter().enumerate() {
        let path = format!("$.playbooks[{i}]");
        let fields = [
            "scenario",
            "title",
            "summary",
            "signals",
            "first_hour",
            "decisions",
            "communication",
            "recovery",
            "return_to_normal",
            "clocks",
        ];
        let Some(b) = c.object(bv, &path, &fields) else { continue };
        c.choice(b, "scenario", &path, &SCENARIOS);
        c.text(b, "title", &path, LINE_MAX);
        c.text(b, "summary", &path, TEXT_MAX);
        for k in ["signals", "first_hour", "recovery", "return_to_normal"] {
            c.texts(b, k, &path, TEXT_MAX);
        }
        for (j, d) in c.array(b, "decisions", &path).iter().enumerate() {
            let p = format!("{path}.decisions[{j}]");
            if let Some(dm) = c.object(d, &p, &["question", "who"]) {
                c.text(dm, "question", &p, TEXT_MAX);
                c.text(dm, "who", &p, LINE_MAX);
            }
        }
        for (j, d) in c.array(b, "communication", &path).iter().enumerate() {
            let p = format!("{path}.communication[{j}]");
            if let Some(dm) = c.object(d, &p, &["audience", "when", "who", "message"]) {
                c.choice(dm, "audience", &p, &AUDIENCES);
                for k in ["when", "who", "message"] {
                    c.text(dm, k, &p, TEXT_MAX);
                }
            }
        }
        for (j, d) in c.array(b, "clocks", &path).iter().enumerate() {
            let p = format!("{path}.clocks[{j}]");
            if let Some(dm) = c.object(d, &p, &["name", "hours", "applies"]) {
                c.text(dm, "name", &p, LINE_MAX);
                c.text(dm, "applies", &p, TEXT_MAX);
                c.hours(dm, "hours", &p, false);
            }
        }
    }
    for (i, sv) in c.array(root, "stakeholders", "$").iter().enumerate() {
        let path = format!("$.stakeholders[{i}]");
        if let Some(s) = c.object(sv, &path, &["audience", "channel", "owner"]) {
            c.choice(s, "audience", &path, &AUDIENCES);
            c.text(s, "channel", &path, LINE_MAX);
            c.text(s, "owner", &path, LINE_MAX);
        }
    }
    let mut scen: Vec<&str> = SCENARIOS.to_vec();
    scen.push("any");
    for (i, mv) in c.array(root, "messages", "$").iter().enumerate() {
        let path = format!("$.messages[{i}]");
        if let Some(m) = c.object(mv, &path, &["scenario", "phase", "audience", "channel", "subject", "body"]) {
            c.choice(m, "scenario", &path, &scen);
            c.choice(m, "phase", &path, &PHASES);
            c.choice(m, "audience", &path, &AUDIENCES);
            c.text(m, "channel", &path, LINE_MAX);
            c.text(m, "subject", &path, LINE_MAX);
            c.text(m, "body", &path, TEXT_MAX);
        }
    }
    let ekinds: Vec<&str> = ExerciseKind::ALL.iter().map(|k| k.as_str()).collect();
    for (i, ev) in c.array(root, "exercises", "$").iter().enumerate() {
        let path = format!("$.exercises[{i}]");
        let fields = ["kind", "title", "scenario", "planned_on", "done_on", "participants", "result", "actions"];
        if let Some(e) = c.object(ev, &path, &fields) {
            c.choice(e, "kind", &path, &ekinds);
            for k in ["title", "scenario", "participants"] {
                c.text(e, k, &path, LINE_MAX);
            }
            c.text(e, "result", &path, TEXT_MAX);
            c.texts(e, "actions", &path, TEXT_MAX);
            c.date(e, "planned_on", &path);
            c.date(e, "done_on", &path);
        }
    }

    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    serde_json::from_value::<Doc>(v.clone())
        .map_err(|e| vec![Problem { path: "$".into(), code: "invalid", detail: e.to_string() }])
}

/// Turns a checked document into a plan with fresh ids (positions follow the document).
pub fn into_plan(doc: &Doc, header_id: String, mut new_id: impl FnMut() -> String) -> Plan {
    let windows = doc.plan.scale.windows_hours.len();
    let rids: BTreeMap<&str, String> = doc.resources.iter().map(|r| (r.reference.as_str(), new_id())).collect();
    let resources: Vec<Resource> = doc
        .resources
        .iter()
        .enumerate()
        .map(|(i, r)| Resource {
            id: rids[r.reference.as_str()].clone(),
            position: i as i64,
            template_key: r.template_key.clone(),
            kind: r.kind,
            name: r.name.clone(),
            description: r.description.clone(),
            deputy: r.deputy.clone(),
            contract_ref: r.contract_ref.clone(),
            sla_hours: r.sla_hours,
            contact_24_7: r.contact_24_7.clone(),
            recovery_hours: r.recovery_hours,
            recovery_basis: r.recovery_basis,
            backup_interval_hours: r.backup_interval_hours,
            backup_type: r.backup_type,
            last_restore_test: r.last_restore_test,
            version: 1,
        })
        .collect();
    let resource_deps = doc
        .resources
        .iter()
        .flat_map(|r| r.depends_on.iter().map(|d| (rids[r.reference.as_str()].clone(), rids[d.as_str()].clone())))
        .collect();
    let mut activity_resources = Vec::new();
    let activities = doc
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let id = new_id();
            for r in &a.resources {
                activity_resources.push((id.clone(), rids[r.as_str()].clone()));
            }
            Activity {
                id,
                position: i as i64,
                template_key: a.template_key.clone(),
                department: a.department.clone(),
                name: a.name.clone(),
                description: a.description.clone(),
                owner: a.owner.clone(),
                deputy: a.deputy.clone(),
                legal_deadlines: a.legal_deadlines.clone(),
                peak_periods: a.peak_periods.clone(),
                impacts: Impacts(a.impacts.clone()).resized(windows),
                rto_hours: a.rto_hours,
                rpo_hours: a.rpo_hours,
                mbco: a.mbco.clone(),
                min_staff: a.min_staff,
                min_workplaces: a.min_workplaces,
                workaround: a.workaround.clone(),
                alternate_location: a.alternate_location.clone(),
                alternate_supplier: a.alternate_supplier.clone(),
                mutual_aid: a.mutual_aid.clone(),
                paper_backlog: a.paper_backlog.clone(),
                version: 1,
            }
        })
        .collect();
    let p = &doc.plan;
    Plan {
        header: PlanHeader {
            id: header_id,
            status: p.status,
            language: p.language.clone(),
            scope: p.scope.clone(),
            objectives: p.objectives.clone(),
            assumptions: p.assumptions.clone(),
            owner_name: p.owner_name.clone(),
            owner_email: p.owner_email.clone(),
            classification: p.classification.clone(),
            approval: p.approval.clone(),
            next_review: p.next_review,
            own_domains: p.own_domains.clone(),
            scale: Scale {
                windows_hours: p.scale.windows_hours.clone(),
                unacceptable_level: p.scale.unacceptable_level,
                descriptions: p.scale.descriptions.clone(),
            },
            version_label: p.version_label.clone(),
            version: 1,
        },
        activities,
        resources,
        activity_resources,
        resource_deps,
        crisis: Crisis {
            activation_criteria: doc.crisis.activation_criteria.clone(),
            who_may_activate: doc.crisis.who_may_activate.clone(),
            call_tree: doc.crisis.call_tree.clone(),
            meeting_primary: doc.crisis.meeting_primary.clone(),
            meeting_alternate: doc.crisis.meeting_alternate.clone(),
            handover_criteria: doc.crisis.handover_criteria.clone(),
            handover_explanation: doc.crisis.handover_explanation.clone(),
            version: 1,
        },
        roles: doc
            .roles
            .iter()
            .enumerate()
            .map(|(i, r)| CrisisRole {
                id: new_id(),
                position: i as i64,
                key: r.key.clone(),
                name: r.name.clone(),
                tasks: r.tasks.clone(),
                primary: r.primary.clone(),
                deputy: r.deputy.clone(),
                version: 1,
            })
            .collect(),
        playbooks: doc
            .playbooks
            .iter()
            .enumerate()
            .map(|(i, b)| Playbook {
                id: new_id(),
                position: i as i64,
                scenario: b.scenario.clone(),
                title: b.title.clone(),
                summary: b.summary.clone(),
                signals: b.signals.clone(),
                first_hour: b.first_hour.clone(),
                decisions: b.decisions.clone(),
                communication: b.communication.clone(),
                recovery: b.recovery.clone(),
                return_to_normal: b.return_to_normal.clone(),
                clocks: b.clocks.clone(),
                version: 1,
            })
            .collect(),
        stakeholders: doc
            .stakeholders
            .iter()
            .enumerate()
            .map(|(i, s)| Stakeholder {
                id: new_id(),
                position: i as i64,
                audience: s.audience.clone(),
                channel: s.channel.clone(),
                owner: s.owner.clone(),
                version: 1,
            })
            .collect(),
        messages: doc
            .messages
            .iter()
            .enumerate()
            .map(|(i, m)| Message {
                id: new_id(),
                position: i as i64,
                scenario: m.scenario.clone(),
                phase: m.phase.clone(),
                audience: m.audience.clone(),
                channel: m.channel.clone(),
                subject: m.subject.clone(),
                body: m.body.clone(),
                version: 1,
            })
            .collect(),
        exercises: doc
            .exercises
            .iter()
            .enumerate()
            .map(|(i, e)| Exercise {
                id: new_id(),
                position: i as i64,
                kind: e.kind,
                title: e.title.clone(),
                scenario: e.scenario.clone(),
                planned_on: e.planned_on,
                done_on: e.done_on,
                participants: e.participants.clone(),
                result: e.result.clone(),
                actions: e.actions.clone(),
                version: 1,
            })
            .collect(),
    }
}

#[cfg(test)]
#[path = "exchange_tests.rs"]
mod tests;
