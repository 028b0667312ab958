//! A new plan from the template, in the organisation's language.

use crate::org::OrgKind;
use std::collections::{BTreeMap, BTreeSet};

use super::authority::fill_authority;
use super::*;

impl Template {
    pub(super) fn activity_of(&self, t: &ActivityTpl, lang: &str, id: String, position: i64) -> Activity {
        let mut a = Activity::new(id, position, t.name.get(lang).to_string(), self.scale.windows_hours.len());
        a.template_key = Some(t.key.clone());
        a.department = t.department.get(lang).into();
        a.description = t.description.get(lang).into();
        a.legal_deadlines = t.legal_deadlines.get(lang).into();
        a.peak_periods = t.peak_periods.get(lang).into();
        for (cat, levels) in &t.impact {
            if let Some(c) = ImpactCategory::parse(cat) {
                for (w, l) in levels.iter().enumerate() {
                    a.impacts.set(c, w, Some(*l));
                }
            }
        }
        a.rto_hours = Some(t.rto_hours);
        a.rpo_hours = Some(t.rpo_hours);
        a.mbco = t.mbco.get(lang).into();
        a.min_staff = Some(t.min_staff);
        a.min_workplaces = Some(t.min_workplaces);
        a.workaround = t.workaround.get(lang).to_vec();
        a.paper_backlog = t.paper_backlog.get(lang).into();
        a
    }

    /// The scale in one language.
    pub fn scale_for(&self, lang: &str) -> Scale {
        Scale {
            windows_hours: self.scale.windows_hours.clone(),
            unacceptable_level: self.scale.unacceptable_level,
            descriptions: ImpactCategory::ALL
                .iter()
                .map(|c| {
                    let t = &self.scale.categories[c.as_str()];
                    (
                        *c,
                        [&t.level_1, &t.level_2, &t.level_3, &t.level_4]
                            .iter()
                            .map(|x| x.get(lang).to_string())
                            .collect(),
                    )
                })
                .collect(),
        }
    }

    /// A new plan from the template: the chosen activities (all when `chosen` is None),
    /// the resources they need with their dependencies, the crisis organisation, the
    /// eight playbooks, stakeholders and messages. Recovery times are left for the
    /// organisation to fill in: they must be its own, not the template's.
    ///
    /// The organisation's kind decides who receives a personal data breach notification:
    /// the template writes [`BREACH_AUTHORITY`] where that recipient is named.
    pub fn instantiate(
        &self,
        lang: &str,
        kind: OrgKind,
        chosen: Option<&[String]>,
        new_id: impl FnMut() -> String,
    ) -> Plan {
        let lang = lang.split('-').next().unwrap_or("nl");
        let plan = self.instantiate_texts(lang, chosen, new_id);
        fill_authority(plan, BreachAuthority::for_kind(kind).name(lang))
    }

    pub(super) fn instantiate_texts(
        &self,
        lang: &str,
        chosen: Option<&[String]>,
        mut new_id: impl FnMut() -> String,
    ) -> Plan {
        let acts: Vec<&ActivityTpl> =
            self.activities.iter().filter(|a| chosen.is_none_or(|c| c.contains(&a.key))).collect();
        // Resources needed, directly and through dependencies, in template order.
        let mut needed: BTreeSet<&str> = acts.iter().flat_map(|a| a.resources.iter().map(String::as_str)).collect();
        let mut frontier: Vec<&str> = needed.iter().copied().collect();
        while let Some(k) = frontier.pop() {
            if let Some(r) = self.resource(k) {
                for d in &r.depends_on {
                    if needed.insert(d.as_str()) {
                        frontier.push(d.as_str());
                    }
                }
            }
        }
        let mut ids: BTreeMap<&str, String> = BTreeMap::new();
        let resources: Vec<Resource> = self
            .resources
            .iter()
            .filter(|r| needed.contains(r.key.as_str()))
            .enumerate()
            .map(|(i, t)| {
                let id = new_id();
                ids.insert(t.key.as_str(), id.clone());
                let mut r = Resource::new(
                    id,
                    i as i64,
                    ResourceKind::parse(&t.kind).unwrap_or(ResourceKind::Infrastructure),
                    t.name.get(lang).into(),
                );
                r.template_key = Some(t.key.clone());
                r.description = t.description.get(lang).into();
                r
            })
            .collect();
        let resource_deps = self
            .resources
            .iter()
            .filter(|r| ids.contains_key(r.key.as_str()))
            .flat_map(|r| {
                r.depends_on.iter().filter_map(|d| Some((ids[r.key.as_str()].clone(), ids.get(d.as_str())?.clone())))
            })
            .collect();
        let mut activity_resources = Vec::new();
        let activities: Vec<Activity> = acts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let a = self.activity_of(t, lang, new_id(), i as i64);
                for r in &t.resources {
                    if let Some(rid) = ids.get(r.as_str()) {
                        activity_resources.push((a.id.clone(), rid.clone()));
                    }
                }
                a
            })
            .collect();
        let c = &self.crisis;
        let roles: Vec<CrisisRole> = c
            .role
            .iter()
            .enumerate()
            .map(|(i, r)| CrisisRole {
                id: new_id(),
                position: i as i64,
                key: r.key.clone(),
                name: r.name.get(lang).into(),
                tasks: r.tasks.get(lang).to_vec(),
                primary: Contact::default(),
                deputy: Contact::default(),
                version: 1,
            })
            .collect();
        let crisis = Crisis {
            activation_criteria: c.activation.criteria.get(lang).to_vec(),
            who_may_activate: c.activation.who_may_activate.get(lang).into(),
            call_tree: c.role.iter().map(|r| CallStep { role_key: r.key.clone(), fallback_role_key: None }).collect(),
            meeting_primary: c.meeting.primary.get(lang).into(),
            meeting_alternate: c.meeting.alternate.get(lang).into(),
            handover_criteria: c.handover.criteria.get(lang).to_vec(),
            handover_explanation: c.handover.explanation.get(lang).into(),
            version: 1,
        };
        let playbooks = self
            .playbooks
            .iter()
            .enumerate()
            .map(|(i, p)| Playbook {
                id: new_id(),
                position: i as i64,
                scenario: p.scenario.clone(),
                title: p.title.get(lang).into(),
                summary: p.summary.get(lang).into(),
                signals: p.signals.get(lang).to_vec(),
                first_hour: p.first_hour.get(lang).to_vec(),
                decisions: p
                    .decision
                    .iter()
                    .map(|d| Decision { question: d.question.get(lang).into(), who: d.who.get(lang).into() })
                    .collect(),
                communication: p
                    .communication
                    .iter()
                    .map(|c| Communication {
                        audience: c.audience.clone(),
                        when: c.when.get(lang).into(),
                        who: c.who.get(lang).into(),
                        message: c.message.get(lang).into(),
                    })
                    .collect(),
                recovery: p.recovery.get(lang).to_vec(),
                return_to_normal: p.return_to_normal.get(lang).to_vec(),
                clocks: p
                    .clock
                    .iter()
                    .map(|c| Clock {
                        name: c.name.get(lang).into(),
                        hours: c.hours,
                        applies: c.applies.get(lang).into(),
                    })
                    .collect(),
                version: 1,
            })
            .collect();
        let stakeholders = self
            .plan
            .stakeholder
            .iter()
            .enumerate()
            .map(|(i, s)| Stakeholder {
                id: new_id(),
                position: i as i64,
                audience: s.audience.clone(),
                channel: s.channel.get(lang).into(),
                owner: s.owner.get(lang).into(),
                version: 1,
            })
            .collect();
        let messages = self
            .messages
            .iter()
            .enumerate()
            .map(|(i, m)| Message {
                id: new_id(),
                position: i as i64,
                scenario: m.scenario.clone(),
                phase: m.phase.clone(),
                audience: m.audience.clone(),
                channel: m.channel.get(lang).into(),
                subject: m.subject.get(lang).into(),
                body: m.body.get(lang).into(),
                version: 1,
            })
            .collect();
        Plan {
            header: PlanHeader {
                id: new_id(),
                status: PlanStatus::Draft,
                language: lang.into(),
                scope: self.plan.scope.get(lang).into(),
                objectives: self.plan.objectives.get(lang).into(),
                assumptions: self.plan.assumptions.get(lang).into(),
                owner_name: String::new(),
                owner_email: String::new(),
                classification: String::new(),
                approval: None,
                next_review: None,
                own_domains: vec![],
                scale: self.scale_for(lang),
                version_label: "0.1".into(),
                version: 1,
            },
            activities,
            resources,
            activity_resources,
            resource_deps,
            crisis,
            roles,
            playbooks,
            stakeholders,
            messages,
            exercises: vec![],
        }
    }
}
