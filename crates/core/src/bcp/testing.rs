//! Small plans for the tests.

use jiff::civil::date;

use super::model::*;

pub fn today() -> jiff::civil::Date {
    date(2026, 11, 27)
}

/// A plan with nothing wrong in it: reviewed in the future, exercised recently.
pub fn plan() -> Plan {
    Plan {
        header: PlanHeader {
            id: "plan".into(),
            status: PlanStatus::Draft,
            language: "nl".into(),
            scope: "Alle diensten".into(),
            objectives: "Doelen".into(),
            assumptions: "Aannames".into(),
            owner_name: "An Peeters".into(),
            owner_email: "an@voorbeeld.test".into(),
            classification: "Vertrouwelijk".into(),
            approval: None,
            next_review: Some(date(2027, 6, 1)),
            own_domains: vec!["voorbeeld.test".into()],
            scale: Scale::default(),
            version_label: "1.0".into(),
            version: 1,
        },
        activities: vec![],
        resources: vec![],
        activity_resources: vec![],
        resource_deps: vec![],
        crisis: Crisis::default(),
        roles: vec![],
        playbooks: vec![],
        stakeholders: vec![],
        messages: vec![],
        exercises: vec![Exercise {
            id: "ex".into(),
            position: 1,
            kind: ExerciseKind::Tabletop,
            title: "Oefening".into(),
            scenario: "ransomware".into(),
            planned_on: Some(date(2026, 9, 1)),
            done_on: Some(date(2026, 9, 1)),
            participants: String::new(),
            result: String::new(),
            actions: vec![],
            version: 1,
        }],
    }
}

/// Infrastructure resources with recovery hours, and dependencies between them.
pub fn plan_with(resources: &[(&str, u32)], deps: &[(&str, &str)]) -> Plan {
    let mut p = plan();
    p.resources = resources
        .iter()
        .enumerate()
        .map(|(i, (id, h))| {
            let mut r = Resource::new(id.to_string(), i as i64, ResourceKind::Infrastructure, id.to_string());
            r.recovery_hours = Some(*h);
            r
        })
        .collect();
    p.resource_deps = deps.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    p
}

/// An activity whose impact becomes serious (level 3) at the window of `mtpd` hours.
pub fn activity_with_mtpd(id: &str, mtpd: u32, rto: Option<u32>) -> Activity {
    let mut a = Activity::new(id.into(), 0, format!("Activiteit {id}"), DEFAULT_WINDOWS.len());
    for c in ImpactCategory::ALL {
        for (w, hours) in DEFAULT_WINDOWS.iter().enumerate() {
            let level = if c == ImpactCategory::Service && *hours >= mtpd { 3 } else { 1 };
            a.impacts.set(c, w, Some(level));
        }
    }
    a.rto_hours = rto;
    a.rpo_hours = Some(24);
    a.workaround = vec!["Werk op papier".into()];
    a
}

pub fn add_resource<'a>(p: &'a mut Plan, id: &str, kind: ResourceKind) -> &'a mut Resource {
    let mut r = Resource::new(id.into(), p.resources.len() as i64, kind, id.into());
    r.recovery_hours = Some(4);
    if kind.holds_data() {
        r.backup_type = BackupType::Immutable;
        r.backup_interval_hours = Some(24);
        r.last_restore_test = Some(date(2026, 10, 1));
    }
    if kind == ResourceKind::Person {
        r.deputy = "Vervanger".into();
    }
    if kind == ResourceKind::Supplier {
        r.contact_24_7 = "+32 499 00 00 99".into();
        r.sla_hours = Some(4);
    }
    p.resources.push(r);
    p.resources.last_mut().expect("just pushed")
}

pub fn needs(p: &mut Plan, activity: &str, resource: &str) {
    p.activity_resources.push((activity.into(), resource.into()));
}
