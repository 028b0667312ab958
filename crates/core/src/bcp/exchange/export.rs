//! A plan as a document.

use std::collections::BTreeMap;

use super::doc::*;
use super::{FORMAT, FORMAT_VERSION};
use crate::bcp::model::*;

fn date(d: Option<jiff::civil::Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn hours(h: Option<u32>) -> Option<i64> {
    h.map(i64::from)
}

impl From<&Approval> for DocApproval {
    fn from(a: &Approval) -> Self {
        DocApproval { body: a.body.clone(), decision_date: a.decision_date.to_string(), reference: a.reference.clone() }
    }
}

impl From<&Scale> for DocScale {
    fn from(s: &Scale) -> Self {
        DocScale {
            windows_hours: s.windows_hours.iter().map(|w| i64::from(*w)).collect(),
            unacceptable_level: i64::from(s.unacceptable_level),
            descriptions: s.descriptions.iter().map(|(c, d)| (c.as_str().to_string(), d.clone())).collect(),
        }
    }
}

impl From<&PlanHeader> for DocPlan {
    fn from(h: &PlanHeader) -> Self {
        DocPlan {
            status: h.status.as_str().into(),
            language: h.language.clone(),
            version_label: h.version_label.clone(),
            scope: h.scope.clone(),
            objectives: h.objectives.clone(),
            assumptions: h.assumptions.clone(),
            owner_name: h.owner_name.clone(),
            owner_email: h.owner_email.clone(),
            classification: h.classification.clone(),
            approval: h.approval.as_ref().map(DocApproval::from),
            next_review: date(h.next_review),
            own_domains: h.own_domains.clone(),
            scale: DocScale::from(&h.scale),
        }
    }
}

impl From<&Crisis> for DocCrisis {
    fn from(c: &Crisis) -> Self {
        DocCrisis {
            activation_criteria: c.activation_criteria.clone(),
            who_may_activate: c.who_may_activate.clone(),
            call_tree: c.call_tree.clone(),
            meeting_primary: c.meeting_primary.clone(),
            meeting_alternate: c.meeting_alternate.clone(),
            handover_criteria: c.handover_criteria.clone(),
            handover_explanation: c.handover_explanation.clone(),
        }
    }
}

impl From<&CrisisRole> for DocRole {
    fn from(r: &CrisisRole) -> Self {
        DocRole {
            key: r.key.clone(),
            name: r.name.clone(),
            tasks: r.tasks.clone(),
            primary: r.primary.clone(),
            deputy: r.deputy.clone(),
        }
    }
}

impl From<&Playbook> for DocPlaybook {
    fn from(b: &Playbook) -> Self {
        DocPlaybook {
            scenario: b.scenario.clone(),
            title: b.title.clone(),
            summary: b.summary.clone(),
            signals: b.signals.clone(),
            first_hour: b.first_hour.clone(),
            decisions: b.decisions.clone(),
            communication: b.communication.clone(),
            recovery: b.recovery.clone(),
            return_to_normal: b.return_to_normal.clone(),
            clocks: b
                .clocks
                .iter()
                .map(|c| DocClock { name: c.name.clone(), hours: i64::from(c.hours), applies: c.applies.clone() })
                .collect(),
        }
    }
}

impl From<&Stakeholder> for DocStakeholder {
    fn from(s: &Stakeholder) -> Self {
        DocStakeholder { audience: s.audience.clone(), channel: s.channel.clone(), owner: s.owner.clone() }
    }
}

impl From<&Message> for DocMessage {
    fn from(m: &Message) -> Self {
        DocMessage {
            scenario: m.scenario.clone(),
            phase: m.phase.clone(),
            audience: m.audience.clone(),
            channel: m.channel.clone(),
            subject: m.subject.clone(),
            body: m.body.clone(),
        }
    }
}

impl From<&Exercise> for DocExercise {
    fn from(e: &Exercise) -> Self {
        DocExercise {
            kind: e.kind.as_str().into(),
            title: e.title.clone(),
            scenario: e.scenario.clone(),
            planned_on: date(e.planned_on),
            done_on: date(e.done_on),
            participants: e.participants.clone(),
            result: e.result.clone(),
            actions: e.actions.clone(),
        }
    }
}

fn sorted<T>(v: &[T], key: impl Fn(&T) -> i64) -> Vec<&T> {
    let mut out: Vec<&T> = v.iter().collect();
    out.sort_by_key(|x| key(x));
    out
}

pub fn export(p: &Plan) -> Doc {
    let mut acts: Vec<&Activity> = p.activities.iter().collect();
    acts.sort_by_key(|a| (a.position, a.id.clone()));
    let mut res: Vec<&Resource> = p.resources.iter().collect();
    res.sort_by_key(|r| (r.position, r.id.clone()));
    let position: BTreeMap<&str, usize> = res.iter().enumerate().map(|(i, r)| (r.id.as_str(), i + 1)).collect();
    // References in the order of the resources, each once.
    let refs = |ids: &mut dyn Iterator<Item = &String>| -> Vec<String> {
        let mut v: Vec<usize> = ids.filter_map(|id| position.get(id.as_str()).copied()).collect();
        v.sort_unstable();
        v.dedup();
        v.into_iter().map(|n| format!("R{n}")).collect()
    };
    let windows = p.header.scale.windows_hours.len();
    Doc {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        plan: DocPlan::from(&p.header),
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
                impacts: a
                    .impacts
                    .resized(windows)
                    .0
                    .into_iter()
                    .map(|(c, v)| (c.as_str().to_string(), v.into_iter().map(|l| l.map(i64::from)).collect()))
                    .collect(),
                rto_hours: hours(a.rto_hours),
                rpo_hours: hours(a.rpo_hours),
                mbco: a.mbco.clone(),
                min_staff: hours(a.min_staff),
                min_workplaces: hours(a.min_workplaces),
                workaround: a.workaround.clone(),
                alternate_location: a.alternate_location.clone(),
                alternate_supplier: a.alternate_supplier.clone(),
                mutual_aid: a.mutual_aid.clone(),
                paper_backlog: a.paper_backlog.clone(),
                resources: refs(&mut p.activity_resources.iter().filter(|(x, _)| *x == a.id).map(|(_, r)| r)),
            })
            .collect(),
        resources: res
            .iter()
            .map(|r| DocResource {
                reference: format!("R{}", position[r.id.as_str()]),
                template_key: r.template_key.clone(),
                kind: r.kind.as_str().into(),
                name: r.name.clone(),
                description: r.description.clone(),
                deputy: r.deputy.clone(),
                contract_ref: r.contract_ref.clone(),
                sla_hours: hours(r.sla_hours),
                contact_24_7: r.contact_24_7.clone(),
                recovery_hours: hours(r.recovery_hours),
                recovery_basis: r.recovery_basis.as_str().into(),
                backup_interval_hours: hours(r.backup_interval_hours),
                backup_type: r.backup_type.as_str().into(),
                last_restore_test: date(r.last_restore_test),
                depends_on: refs(&mut p.resource_deps.iter().filter(|(x, _)| *x == r.id).map(|(_, d)| d)),
            })
            .collect(),
        crisis: DocCrisis::from(&p.crisis),
        roles: sorted(&p.roles, |r| r.position).into_iter().map(DocRole::from).collect(),
        playbooks: sorted(&p.playbooks, |b| b.position).into_iter().map(DocPlaybook::from).collect(),
        stakeholders: sorted(&p.stakeholders, |s| s.position).into_iter().map(DocStakeholder::from).collect(),
        messages: sorted(&p.messages, |m| m.position).into_iter().map(DocMessage::from).collect(),
        exercises: sorted(&p.exercises, |e| e.position).into_iter().map(DocExercise::from).collect(),
    }
}
