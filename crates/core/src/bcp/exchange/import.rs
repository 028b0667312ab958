//! A checked document as a plan: every part goes through the builder's own rules
//! (`bcp::edit`, `bcp::workflow`), and their field errors are placed on JSON paths.

use std::collections::BTreeMap;

use serde_json::Value;

use super::doc::*;
use super::{MAX_PROBLEMS, Problem, structure};
use crate::bcp::edit::{self, Ctx};
use crate::bcp::model::*;
use crate::bcp::workflow;
use crate::validation::{FieldErrors, Num};

/// Collects the rules' verdicts with the path of the part they judged.
struct Verdicts {
    problems: Vec<Problem>,
}

impl Verdicts {
    fn take<T>(&mut self, path: &str, r: Result<T, FieldErrors>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(errs) => {
                for e in errs.iter() {
                    if self.problems.len() >= MAX_PROBLEMS {
                        break;
                    }
                    self.problems.push(Problem {
                        path: format!("{path}.{}", e.field),
                        code: e.code,
                        detail: String::new(),
                        args: e.args.clone(),
                    });
                }
                None
            }
        }
    }
}

/// Checks a document and returns the plan it describes, with fresh ids (positions
/// follow the document), or every problem found.
pub fn import(
    v: &Value,
    ctx: &Ctx,
    header_id: String,
    mut new_id: impl FnMut() -> String,
) -> Result<Plan, Vec<Problem>> {
    let shape = structure::check(v);
    if !shape.is_empty() {
        return Err(shape);
    }
    let doc: Doc =
        serde_json::from_value(v.clone()).map_err(|e| vec![Problem::shape("$", "invalid", e.to_string())])?;
    let mut out = Verdicts { problems: vec![] };
    let p = &doc.plan;

    // The plan's own fields, its status and the scale.
    let mut header = PlanHeader {
        id: header_id,
        status: PlanStatus::Draft,
        language: "nl".into(),
        scope: String::new(),
        objectives: String::new(),
        assumptions: String::new(),
        owner_name: String::new(),
        owner_email: String::new(),
        classification: String::new(),
        approval: None,
        next_review: None,
        own_domains: vec![],
        scale: Scale::default(),
        version_label: String::new(),
        version: 1,
    };
    let draft = edit::header::Draft {
        scope: p.scope.clone(),
        objectives: p.objectives.clone(),
        assumptions: p.assumptions.clone(),
        owner_name: p.owner_name.clone(),
        owner_email: p.owner_email.clone(),
        classification: p.classification.clone(),
        next_review: p.next_review.clone().unwrap_or_default(),
        own_domains: p.own_domains.clone(),
    };
    if let Some(f) = out.take("$.plan", edit::header::check(&draft)) {
        f.apply(&mut header);
    }
    let approval = p.approval.as_ref().map(|a| workflow::ApprovalDraft {
        body: a.body.clone(),
        decision_date: a.decision_date.clone(),
        reference: a.reference.clone(),
        acknowledged: true,
    });
    if let Some((status, approval)) =
        out.take("$.plan", workflow::check_document_status(&p.status, approval.as_ref(), ctx.today))
    {
        header.status = status;
        header.approval = approval;
    }
    if let Some(l) = out.take("$.plan", edit::header::check_identity(&p.language, &p.version_label)) {
        (header.language, header.version_label) = l;
    }
    let scale = edit::header::ScaleDraft {
        windows_hours: p.scale.windows_hours.iter().map(|w| Num::Int(*w)).collect(),
        unacceptable_level: Num::Int(p.scale.unacceptable_level),
        descriptions: p.scale.descriptions.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
    };
    let scale = out.take("$.plan.scale", edit::header::check_scale(&scale));
    let windows = scale.as_ref().map_or(p.scale.windows_hours.len(), |s| s.windows_hours.len());
    if let Some(s) = scale {
        header.scale = s;
    }

    // Resources, then activities, each by the builder's rules; references become ids.
    let rids: BTreeMap<&str, String> = doc.resources.iter().map(|r| (r.reference.as_str(), new_id())).collect();
    let mut resources = Vec::with_capacity(doc.resources.len());
    let mut resource_deps = Vec::new();
    for (i, r) in doc.resources.iter().enumerate() {
        let path = format!("$.resources[{i}]");
        let draft = edit::resource::Draft {
            kind: r.kind.clone(),
            name: r.name.clone(),
            description: r.description.clone(),
            deputy: r.deputy.clone(),
            contract_ref: r.contract_ref.clone(),
            sla_hours: Num::from(r.sla_hours),
            contact_24_7: r.contact_24_7.clone(),
            recovery_hours: Num::from(r.recovery_hours),
            recovery_basis: r.recovery_basis.clone(),
            backup_interval_hours: Num::from(r.backup_interval_hours),
            backup_type: r.backup_type.clone(),
            last_restore_test: r.last_restore_test.clone().unwrap_or_default(),
        };
        let key = out.take(&path, template_key(r.template_key.as_deref()));
        let fields = out.take(&path, edit::resource::check(&draft, ctx));
        let id = rids[r.reference.as_str()].clone();
        let deps: Vec<String> = r.depends_on.iter().map(|d| rids[d.as_str()].clone()).collect();
        if let Some(deps) = out.take(&path, edit::links::depends_on("depends_on", &id, &deps, |_| true)) {
            resource_deps.extend(deps.into_iter().map(|d| (id.clone(), d)));
        }
        if let (Some(f), Some(key)) = (fields, key) {
            let mut res = Resource::new(id, i as i64, f.kind, String::new());
            f.apply(&mut res);
            res.template_key = key;
            resources.push(res);
        }
    }
    let mut activities = Vec::with_capacity(doc.activities.len());
    let mut activity_resources = Vec::new();
    for (i, a) in doc.activities.iter().enumerate() {
        let path = format!("$.activities[{i}]");
        let draft = edit::activity::Draft {
            department: a.department.clone(),
            name: a.name.clone(),
            description: a.description.clone(),
            owner: a.owner.clone(),
            deputy: a.deputy.clone(),
            legal_deadlines: a.legal_deadlines.clone(),
            peak_periods: a.peak_periods.clone(),
            min_staff: Num::from(a.min_staff),
            min_workplaces: Num::from(a.min_workplaces),
        };
        let bia = edit::activity::BiaDraft {
            impacts: a.impacts.iter().map(|(k, v)| (k.clone(), v.iter().map(|l| Num::from(*l)).collect())).collect(),
            rto_hours: Num::from(a.rto_hours),
            rpo_hours: Num::from(a.rpo_hours),
            mbco: a.mbco.clone(),
        };
        let strategy = edit::activity::StrategyDraft {
            workaround: a.workaround.clone(),
            alternate_location: a.alternate_location.clone(),
            alternate_supplier: a.alternate_supplier.clone(),
            mutual_aid: a.mutual_aid.clone(),
            paper_backlog: a.paper_backlog.clone(),
        };
        let key = out.take(&path, template_key(a.template_key.as_deref()));
        let parts = out.take(&path, edit::activity::check_whole(&draft, &bia, &strategy, windows));
        let id = new_id();
        let needs: Vec<String> = a.resources.iter().map(|r| rids[r.as_str()].clone()).collect();
        if let Some(needs) = out.take(&path, edit::links::needs("resources", &needs, |_| true)) {
            activity_resources.extend(needs.into_iter().map(|r| (id.clone(), r)));
        }
        if let (Some((f, b, s)), Some(key)) = (parts, key) {
            let mut act = Activity::new(id, i as i64, String::new(), windows);
            f.apply(&mut act);
            b.apply(&mut act);
            s.apply(&mut act);
            act.template_key = key;
            activities.push(act);
        }
    }

    // Crisis organisation: roles first, the call tree refers to their keys.
    let mut roles = Vec::with_capacity(doc.roles.len());
    let mut keys: Vec<String> = Vec::new();
    for (i, r) in doc.roles.iter().enumerate() {
        let path = format!("$.roles[{i}]");
        let key = out.take(&path, edit::crisis::role_key("key", r.key.trim()).map_err(FieldErrors::from));
        if let Some(k) = &key {
            if keys.contains(k) {
                out.problems.push(Problem::shape(format!("{path}.key"), "duplicate_ref", k.clone()));
            }
            keys.push(k.clone());
        }
        let draft = edit::crisis::RoleDraft {
            name: r.name.clone(),
            tasks: r.tasks.clone(),
            primary: r.primary.clone(),
            deputy: r.deputy.clone(),
        };
        if let (Some(f), Some(key)) = (out.take(&path, edit::crisis::check_role(&draft)), key) {
            let mut role = CrisisRole {
                id: new_id(),
                position: i as i64,
                key,
                name: String::new(),
                tasks: vec![],
                primary: Contact::default(),
                deputy: Contact::default(),
                version: 1,
            };
            f.apply(&mut role);
            roles.push(role);
        }
    }
    let c = &doc.crisis;
    let draft = edit::crisis::Draft {
        activation_criteria: c.activation_criteria.clone(),
        who_may_activate: c.who_may_activate.clone(),
        call_tree: c
            .call_tree
            .iter()
            .map(|s| (s.role_key.clone(), s.fallback_role_key.clone().unwrap_or_default()))
            .collect(),
        meeting_primary: c.meeting_primary.clone(),
        meeting_alternate: c.meeting_alternate.clone(),
        handover_criteria: c.handover_criteria.clone(),
        handover_explanation: c.handover_explanation.clone(),
    };
    let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let crisis = out.take("$.crisis", edit::crisis::check(&draft, &key_refs)).map(|c| Crisis { version: 1, ..c });

    let mut playbooks = Vec::with_capacity(doc.playbooks.len());
    for (i, b) in doc.playbooks.iter().enumerate() {
        let draft = edit::playbook::Draft {
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
                .map(|c| edit::playbook::ClockDraft {
                    name: c.name.clone(),
                    hours: Num::Int(c.hours),
                    applies: c.applies.clone(),
                })
                .collect(),
        };
        if let Some(f) = out.take(&format!("$.playbooks[{i}]"), edit::playbook::check(&draft)) {
            let mut pb = Playbook {
                id: new_id(),
                position: i as i64,
                scenario: String::new(),
                title: String::new(),
                summary: String::new(),
                signals: vec![],
                first_hour: vec![],
                decisions: vec![],
                communication: vec![],
                recovery: vec![],
                return_to_normal: vec![],
                clocks: vec![],
                version: 1,
            };
            f.apply(&mut pb);
            playbooks.push(pb);
        }
    }
    let mut stakeholders = Vec::with_capacity(doc.stakeholders.len());
    for (i, s) in doc.stakeholders.iter().enumerate() {
        let draft = edit::communication::StakeholderDraft {
            audience: s.audience.clone(),
            channel: s.channel.clone(),
            owner: s.owner.clone(),
        };
        if let Some((audience, channel, owner)) =
            out.take(&format!("$.stakeholders[{i}]"), edit::communication::check_stakeholder(&draft))
        {
            stakeholders.push(Stakeholder { id: new_id(), position: i as i64, audience, channel, owner, version: 1 });
        }
    }
    let mut messages = Vec::with_capacity(doc.messages.len());
    for (i, m) in doc.messages.iter().enumerate() {
        let draft = edit::communication::MessageDraft {
            scenario: m.scenario.clone(),
            phase: m.phase.clone(),
            audience: m.audience.clone(),
            channel: m.channel.clone(),
            subject: m.subject.clone(),
            body: m.body.clone(),
        };
        if let Some(f) = out.take(&format!("$.messages[{i}]"), edit::communication::check_message(&draft)) {
            let mut msg = Message {
                id: new_id(),
                position: i as i64,
                scenario: String::new(),
                phase: String::new(),
                audience: String::new(),
                channel: String::new(),
                subject: String::new(),
                body: String::new(),
                version: 1,
            };
            f.apply(&mut msg);
            messages.push(msg);
        }
    }
    let mut exercises = Vec::with_capacity(doc.exercises.len());
    for (i, e) in doc.exercises.iter().enumerate() {
        let draft = edit::exercise::Draft {
            kind: e.kind.clone(),
            title: e.title.clone(),
            scenario: e.scenario.clone(),
            planned_on: e.planned_on.clone().unwrap_or_default(),
            done_on: e.done_on.clone().unwrap_or_default(),
            participants: e.participants.clone(),
            result: e.result.clone(),
            actions: e.actions.clone(),
        };
        if let Some(f) = out.take(&format!("$.exercises[{i}]"), edit::exercise::check(&draft, ctx)) {
            let mut x = f.into_exercise();
            x.id = new_id();
            x.position = i as i64;
            exercises.push(x);
        }
    }

    match crisis {
        Some(crisis) if out.problems.is_empty() => Ok(Plan {
            header,
            activities,
            resources,
            activity_resources,
            resource_deps,
            crisis,
            roles,
            playbooks,
            stakeholders,
            messages,
            exercises,
        }),
        _ => Err(out.problems),
    }
}

/// The template item a part came from, if any: a short key.
fn template_key(k: Option<&str>) -> Result<Option<String>, FieldErrors> {
    match k {
        None => Ok(None),
        Some(k) => crate::validation::optional_line("template_key", k, LINE_MAX).map_err(FieldErrors::from),
    }
}
