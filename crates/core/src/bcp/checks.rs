//! The checks: every gap the plan has, as a finding with a severity, the place to fix
//! it and the values a reader needs to understand it. Messages live in the i18n files
//! as `check-<code>`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;
use serde::Serialize;

use super::bia::{self, Assessment};
use super::graph::{Graph, availability_by_index, latest_of};
use super::model::{Activity, Plan, Resource, ResourceKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Plan,
    Activity,
    Resource,
    Crisis,
    CrisisRole,
    Exercises,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub target_kind: TargetKind,
    pub target_id: Option<String>,
    /// Named values for the message (names, hours, dates).
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    fn new(code: &'static str, severity: Severity, kind: TargetKind, id: Option<&str>) -> Finding {
        Finding { code, severity, target_kind: kind, target_id: id.map(str::to_string), args: vec![] }
    }
    fn arg(mut self, k: &'static str, v: impl ToString) -> Finding {
        self.args.push((k, v.to_string()));
        self
    }
}

/// Every check code, for the i18n completeness test and the documentation.
pub const CODES: &[&str] = &[
    "rto_missing",
    "rto_above_mtpd",
    "chain_slower_than_rto",
    "chain_bridged_by_workaround",
    "recovery_time_unknown",
    "backup_slower_than_rpo",
    "no_offline_backup",
    "restore_never_tested",
    "restore_test_old",
    "person_without_deputy",
    "supplier_without_24_7",
    "supplier_sla_above_rto",
    "single_location",
    "no_workaround",
    "crisis_role_unassigned",
    "crisis_role_without_deputy",
    "crisis_role_no_out_of_band",
    "dependency_cycle",
    "review_missing",
    "review_overdue",
    "exercise_overdue",
];

/// The resource kinds each check on a resource concerns. Checks about digital data
/// (back-ups, restore tests) never fire for paper, people, buildings or suppliers.
pub const RESOURCE_CHECKS: &[(&str, &[ResourceKind])] = {
    use ResourceKind::*;
    const DIGITAL_DATA: &[ResourceKind] = ResourceKind::DIGITAL_DATA;
    &[
        ("backup_slower_than_rpo", DIGITAL_DATA),
        ("no_offline_backup", DIGITAL_DATA),
        ("restore_never_tested", DIGITAL_DATA),
        ("restore_test_old", DIGITAL_DATA),
        ("recovery_time_unknown", &[Person, Application, Infrastructure, Data, Supplier, Location]),
        ("person_without_deputy", &[Person]),
        ("supplier_without_24_7", &[Supplier]),
        ("supplier_sla_above_rto", &[Supplier]),
    ]
};

/// Whether the resource check `code` concerns a resource of `kind`.
pub fn applies(code: &str, kind: ResourceKind) -> bool {
    RESOURCE_CHECKS.iter().any(|(c, kinds)| *c == code && kinds.contains(&kind))
}

fn domain_of(email: &str) -> Option<String> {
    email.trim().rsplit_once('@').map(|(_, d)| d.to_lowercase()).filter(|d| !d.is_empty())
}

pub fn run(p: &Plan, today: Date) -> Vec<Finding> {
    let scale = &p.header.scale;
    let year_ago = today.checked_sub(jiff::Span::new().years(1)).unwrap_or(today);
    let g = Graph::of_plan(p);
    let assessed: BTreeMap<&str, Assessment> =
        p.activities.iter().map(|a| (a.id.as_str(), bia::assess(a, scale))).collect();
    let mut out = Vec::new();

    // What each activity needs, directly and through other resources (graph indexes,
    // in id order), and the resources by index.
    let direct = super::recovery::direct_needs(p, &g);
    let reach = g.reach_sets();
    let needs: HashMap<&str, Vec<usize>> = p
        .activities
        .iter()
        .map(|a| (a.id.as_str(), reach.of(direct.get(a.id.as_str()).map(Vec::as_slice).unwrap_or(&[]))))
        .collect();
    let by_id: HashMap<&str, &Resource> = p.resources.iter().map(|r| (r.id.as_str(), r)).collect();
    let node: Vec<Option<&Resource>> = (0..g.len()).map(|i| by_id.get(g.id(i)).copied()).collect();
    let own: Vec<Option<u32>> = node.iter().map(|r| r.and_then(|r| r.recovery_hours)).collect();
    let at = availability_by_index(&g, &own);
    // For each resource: the first critical activity behind it (in plan order) and the
    // tightest RTO among the critical activities behind it.
    let mut behind_critical: Vec<Option<(&Activity, Option<u32>)>> = vec![None; g.len()];
    for a in p.activities.iter().filter(|a| assessed[a.id.as_str()].critical) {
        for &r in &needs[a.id.as_str()] {
            let slot = behind_critical[r].get_or_insert((a, None));
            slot.1 = match (slot.1, a.rto_hours) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
        }
    }

    let mut tightest_rpo: Vec<Option<(u32, &Activity)>> = vec![None; g.len()];
    for a in &p.activities {
        let ass = &assessed[a.id.as_str()];
        let available = latest_of(direct.get(a.id.as_str()).map(Vec::as_slice).unwrap_or(&[]), &at);
        activity_checks(a, ass, available, &mut out);
        // The tightest data loss any activity tolerates, per resource it needs.
        if let Some(rpo) = a.rpo_hours {
            for &r in &needs[a.id.as_str()] {
                if tightest_rpo[r].is_none_or(|(cur, _)| rpo < cur) {
                    tightest_rpo[r] = Some((rpo, a));
                }
            }
        }
    }
    // Back-ups slower than that: one finding per resource, naming the strictest activity.
    for (i, tight) in tightest_rpo.iter().enumerate() {
        if let (Some(r), Some((rpo, a))) = (node[i], tight)
            && applies("backup_slower_than_rpo", r.kind)
            && let Some(iv) = r.backup_interval_hours
            && iv > *rpo
        {
            out.push(
                Finding::new("backup_slower_than_rpo", Severity::Error, TargetKind::Resource, Some(&r.id))
                    .arg("resource", &r.name)
                    .arg("interval", iv)
                    .arg("activity", &a.name)
                    .arg("rpo", *rpo),
            );
        }
    }

    for r in &p.resources {
        let Some((first, tightest_rto)) = g.index_of(&r.id).and_then(|i| behind_critical[i]) else { continue };
        let first = &first.name;
        if r.recovery_hours.is_none() && applies("recovery_time_unknown", r.kind) {
            out.push(
                Finding::new("recovery_time_unknown", Severity::Warning, TargetKind::Resource, Some(&r.id))
                    .arg("resource", &r.name)
                    .arg("activity", first),
            );
        }
        if applies("no_offline_backup", r.kind) && !r.backup_type.survives_ransomware() {
            out.push(
                Finding::new("no_offline_backup", Severity::Error, TargetKind::Resource, Some(&r.id))
                    .arg("resource", &r.name)
                    .arg("activity", first),
            );
        }
        match r.last_restore_test {
            None if applies("restore_never_tested", r.kind) => out.push(
                Finding::new("restore_never_tested", Severity::Warning, TargetKind::Resource, Some(&r.id))
                    .arg("resource", &r.name),
            ),
            Some(d) if d < year_ago && applies("restore_test_old", r.kind) => out.push(
                Finding::new("restore_test_old", Severity::Warning, TargetKind::Resource, Some(&r.id))
                    .arg("resource", &r.name)
                    .arg("date", d),
            ),
            _ => {}
        }
        if applies("person_without_deputy", r.kind) && r.deputy.trim().is_empty() {
            out.push(
                Finding::new("person_without_deputy", Severity::Warning, TargetKind::Resource, Some(&r.id))
                    .arg("resource", &r.name)
                    .arg("activity", first),
            );
        }
        if applies("supplier_without_24_7", r.kind) {
            if r.contact_24_7.trim().is_empty() {
                out.push(
                    Finding::new("supplier_without_24_7", Severity::Warning, TargetKind::Resource, Some(&r.id))
                        .arg("resource", &r.name),
                );
            }
            if let (Some(sla), Some(rto)) = (r.sla_hours, tightest_rto)
                && applies("supplier_sla_above_rto", r.kind)
                && sla > rto
            {
                out.push(
                    Finding::new("supplier_sla_above_rto", Severity::Error, TargetKind::Resource, Some(&r.id))
                        .arg("resource", &r.name)
                        .arg("sla", sla)
                        .arg("rto", rto),
                );
            }
        }
    }

    // One building for everything critical.
    let critical_locations: BTreeSet<&str> = behind_critical
        .iter()
        .enumerate()
        .filter(|(i, behind)| behind.is_some() && node[*i].is_some_and(|r| r.kind == ResourceKind::Location))
        .map(|(i, _)| g.id(i))
        .collect();
    if critical_locations.len() == 1 {
        let only = critical_locations.iter().next().copied().unwrap_or_default();
        let every_critical_there = p.activities.iter().filter(|a| assessed[a.id.as_str()].critical).all(|a| {
            g.index_of(only).is_some_and(|i| needs[a.id.as_str()].binary_search(&i).is_ok())
                && a.alternate_location.trim().is_empty()
        });
        if every_critical_there && let Some(loc) = p.resource(only) {
            out.push(
                Finding::new("single_location", Severity::Warning, TargetKind::Resource, Some(&loc.id))
                    .arg("resource", &loc.name),
            );
        }
    }

    let own: Vec<String> =
        p.header.own_domains.iter().map(|d| d.trim().to_lowercase()).filter(|d| !d.is_empty()).collect();
    for role in &p.roles {
        if !role.primary.is_set() {
            out.push(
                Finding::new("crisis_role_unassigned", Severity::Warning, TargetKind::CrisisRole, Some(&role.id))
                    .arg("role", &role.name),
            );
            continue;
        }
        if !role.deputy.is_set() {
            out.push(
                Finding::new("crisis_role_without_deputy", Severity::Warning, TargetKind::CrisisRole, Some(&role.id))
                    .arg("role", &role.name),
            );
        }
        let outside_mail = domain_of(&role.primary.email).is_some_and(|d| !own.contains(&d));
        if role.primary.private_phone.trim().is_empty() && !outside_mail {
            out.push(
                Finding::new("crisis_role_no_out_of_band", Severity::Warning, TargetKind::CrisisRole, Some(&role.id))
                    .arg("role", &role.name),
            );
        }
    }

    for cycle in g.cycles() {
        let names: Vec<String> = cycle.iter().filter_map(|id| p.resource(id).map(|r| r.name.clone())).collect();
        out.push(
            Finding::new("dependency_cycle", Severity::Error, TargetKind::Resource, cycle.first().map(String::as_str))
                .arg("resources", names.join(" → ")),
        );
    }

    match p.header.next_review {
        None => out.push(Finding::new("review_missing", Severity::Info, TargetKind::Plan, None)),
        Some(d) if d < today => {
            out.push(Finding::new("review_overdue", Severity::Warning, TargetKind::Plan, None).arg("date", d))
        }
        _ => {}
    }
    let recent_exercise = p.exercises.iter().any(|e| e.done_on.is_some_and(|d| d >= year_ago && d <= today));
    if !recent_exercise {
        out.push(Finding::new("exercise_overdue", Severity::Warning, TargetKind::Exercises, None));
    }

    sort_findings(&mut out);
    out
}

/// The checks of one activity on its own: RTO against MTPD, the chain below it (when its
/// resources are `available` again), the manual workaround.
fn activity_checks(a: &Activity, ass: &Assessment, available: Option<u32>, out: &mut Vec<Finding>) {
    match (a.rto_hours, ass.mtpd_hours) {
        (None, Some(m)) => out.push(
            Finding::new("rto_missing", Severity::Warning, TargetKind::Activity, Some(&a.id))
                .arg("activity", &a.name)
                .arg("mtpd", m),
        ),
        (Some(rto), Some(m)) if rto > m => out.push(
            Finding::new("rto_above_mtpd", Severity::Error, TargetKind::Activity, Some(&a.id))
                .arg("activity", &a.name)
                .arg("rto", rto)
                .arg("mtpd", m),
        ),
        _ => {}
    }
    if let Some(rto) = a.rto_hours
        && let Some(av) = available
        && av > rto
    {
        // A manual workaround can carry the activity until its systems are back:
        // then the gap is a remark about how long the workaround must hold.
        let (code, severity) = if a.workaround.iter().any(|s| !s.trim().is_empty()) {
            ("chain_bridged_by_workaround", Severity::Info)
        } else {
            ("chain_slower_than_rto", Severity::Error)
        };
        out.push(
            Finding::new(code, severity, TargetKind::Activity, Some(&a.id))
                .arg("activity", &a.name)
                .arg("rto", rto)
                .arg("available", av),
        );
    }
    if ass.critical && a.workaround.iter().all(|s| s.trim().is_empty()) {
        out.push(
            Finding::new("no_workaround", Severity::Error, TargetKind::Activity, Some(&a.id)).arg("activity", &a.name),
        );
    }
}

/// The findings about one activity, as [`run`] gives them, without checking the rest of
/// the plan (for the activity's own pages).
pub fn for_activity(p: &Plan, id: &str) -> Vec<Finding> {
    for_activity_in(p, &super::analysed::Analysis::of(p), id)
}

/// [`for_activity`] with the plan's analysis already at hand.
pub fn for_activity_in(p: &Plan, an: &super::analysed::Analysis, id: &str) -> Vec<Finding> {
    let Some(a) = p.activity(id) else { return Vec::new() };
    let mut out = Vec::new();
    activity_checks(a, &bia::assess(a, &p.header.scale), latest_of(&an.direct(p, id), &an.available), &mut out);
    sort_findings(&mut out);
    out
}

/// Errors first, then by what they are about; stable, so each kind keeps plan order.
fn sort_findings(out: &mut [Finding]) {
    out.sort_by(|a, b| (a.severity, a.target_kind, a.code).cmp(&(b.severity, b.target_kind, b.code)));
}

/// Counts per severity.
pub fn summary(findings: &[Finding]) -> (usize, usize, usize) {
    let n = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;
