//! How far each section of the plan is filled in, as a percentage, and overall.

use serde::Serialize;

use super::bia;
use super::model::{AUDIENCES, Plan, PlanStatus, SCENARIOS};

/// The builder's steps, in order.
pub const SECTIONS: [&str; 10] = [
    "scope",
    "activities",
    "bia",
    "resources",
    "strategies",
    "crisis",
    "playbooks",
    "communication",
    "exercises",
    "approval",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub key: &'static str,
    pub done: usize,
    pub total: usize,
}

impl Section {
    pub fn percent(&self) -> u32 {
        (self.done * 100).checked_div(self.total).unwrap_or(0) as u32
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completeness {
    pub sections: Vec<Section>,
}

impl Completeness {
    /// The average of the sections, each weighing the same.
    pub fn overall(&self) -> u32 {
        if self.sections.is_empty() {
            return 0;
        }
        self.sections.iter().map(Section::percent).sum::<u32>() / self.sections.len() as u32
    }
    pub fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }
}

fn filled(s: &str) -> bool {
    !s.trim().is_empty()
}

fn count(items: impl IntoIterator<Item = bool>) -> (usize, usize) {
    items.into_iter().fold((0, 0), |(d, t), ok| (d + usize::from(ok), t + 1))
}

pub fn completeness(p: &Plan) -> Completeness {
    let h = &p.header;
    let scale = &h.scale;
    let critical: Vec<_> = p.activities.iter().filter(|a| bia::assess(a, scale).critical).collect();
    let mut sections = Vec::new();
    let mut push = |key: &'static str, (done, total): (usize, usize)| sections.push(Section { key, done, total });

    push(
        "scope",
        count([
            filled(&h.scope),
            filled(&h.objectives),
            filled(&h.assumptions),
            filled(&h.owner_name),
            h.next_review.is_some(),
        ]),
    );
    // At least one activity, and each with a department and an owner.
    let (d, t) = count(p.activities.iter().map(|a| filled(&a.department) && filled(&a.owner)));
    push("activities", if t == 0 { (0, 1) } else { (d, t) });
    let (d, t) =
        count(p.activities.iter().map(|a| bia::assess(a, scale).complete && a.rpo_hours.is_some() && filled(&a.mbco)));
    push("bia", if t == 0 { (0, 1) } else { (d, t) });
    // Every activity needs something; every resource has a recovery time.
    let with_resources = p.activities.iter().map(|a| p.activity_resources.iter().any(|(x, _)| *x == a.id));
    let timed = p.resources.iter().map(|r| r.recovery_hours.is_some());
    let (d, t) = count(with_resources.chain(timed));
    push("resources", if t == 0 { (0, 1) } else { (d, t) });
    let (d, t) = count(critical.iter().map(|a| a.workaround.iter().any(|s| filled(s)) && filled(&a.paper_backlog)));
    push(
        "strategies",
        if p.activities.is_empty() {
            (0, 1)
        } else if t == 0 {
            (1, 1)
        } else {
            (d, t)
        },
    );
    let c = &p.crisis;
    let crisis_fields = [
        !c.activation_criteria.is_empty(),
        filled(&c.who_may_activate),
        !c.call_tree.is_empty(),
        filled(&c.meeting_primary),
        filled(&c.meeting_alternate),
        !c.handover_criteria.is_empty(),
    ];
    let roles = p.roles.iter().map(|r| r.primary.is_set() && r.deputy.is_set() && filled(&r.primary.phone));
    let (d, t) = count(crisis_fields.into_iter().chain(roles));
    push("crisis", (d, t));
    let (d, t) =
        count(SCENARIOS.iter().map(|s| p.playbooks.iter().any(|b| b.scenario == *s && !b.first_hour.is_empty())));
    push("playbooks", (d, t));
    let stakeholders = AUDIENCES
        .iter()
        .map(|a| p.stakeholders.iter().any(|s| s.audience == *a && filled(&s.channel) && filled(&s.owner)));
    let first_messages = [p.messages.iter().any(|m| m.phase == "first" && m.audience == "citizens")];
    push("communication", count(stakeholders.chain(first_messages)));
    push(
        "exercises",
        count([p.exercises.iter().any(|e| e.planned_on.is_some()), p.exercises.iter().any(|e| e.done_on.is_some())]),
    );
    push("approval", count([matches!(h.status, PlanStatus::Approved), h.approval.is_some()]));
    Completeness { sections }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bcp::model::*;
    use crate::bcp::testing::*;

    #[test]
    fn an_empty_plan_scores_low_but_not_nothing() {
        let mut p = plan();
        p.exercises.clear();
        let c = completeness(&p);
        assert_eq!(c.sections.iter().map(|s| s.key).collect::<Vec<_>>(), SECTIONS.to_vec());
        assert_eq!(c.section("scope").unwrap().percent(), 100);
        assert_eq!(c.section("activities").unwrap().percent(), 0);
        assert_eq!(c.section("playbooks").unwrap().percent(), 0);
        assert_eq!(c.section("approval").unwrap().percent(), 0);
        assert!(c.overall() < 20);
    }

    #[test]
    fn sections_fill_up() {
        let mut p = plan();
        let mut a = activity_with_mtpd("a", 24, Some(24));
        a.department = "Burgerzaken".into();
        a.owner = "Jan".into();
        a.mbco = "Aangiften op papier".into();
        a.paper_backlog = "Achteraf invoeren".into();
        p.activities.push(a);
        add_resource(&mut p, "app", ResourceKind::Application);
        needs(&mut p, "a", "app");
        for s in SCENARIOS {
            p.playbooks.push(Playbook {
                id: s.into(),
                position: 0,
                scenario: s.into(),
                title: s.into(),
                summary: String::new(),
                signals: vec![],
                first_hour: vec!["Bel de IT-verantwoordelijke".into()],
                decisions: vec![],
                communication: vec![],
                recovery: vec![],
                return_to_normal: vec![],
                clocks: vec![],
                version: 1,
            });
        }
        p.header.status = PlanStatus::Approved;
        p.header.approval =
            Some(Approval { body: "College".into(), decision_date: today(), reference: "2026/123".into() });
        let c = completeness(&p);
        for k in ["activities", "bia", "resources", "strategies", "playbooks", "exercises", "approval"] {
            assert_eq!(c.section(k).unwrap().percent(), 100, "{k}");
        }
        assert_eq!(c.section("crisis").unwrap().percent(), 0);
        p.resources[0].recovery_hours = None;
        assert_eq!(completeness(&p).section("resources").unwrap().percent(), 50);
    }
}
