//! The standard municipal BCP template (content/bcp/*.toml): parsed, checked for
//! consistency, and turned into a new plan in the organisation's language.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::bia;
use super::graph::Graph;
use super::model::*;
use crate::org::OrgKind;

/// A text in several languages; French is optional and falls back to English.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
    #[serde(default)]
    pub fr: Option<String>,
}

impl Text {
    pub fn get(&self, lang: &str) -> &str {
        match lang {
            "nl" => &self.nl,
            "fr" => self.fr.as_deref().unwrap_or(&self.en),
            _ => &self.en,
        }
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TextList {
    pub nl: Vec<String>,
    pub en: Vec<String>,
    #[serde(default)]
    pub fr: Option<Vec<String>>,
}

impl TextList {
    pub fn get(&self, lang: &str) -> &[String] {
        match lang {
            "nl" => &self.nl,
            "fr" => self.fr.as_deref().unwrap_or(&self.en),
            _ => &self.en,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelName {
    pub name: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryText {
    pub name: Text,
    pub level_1: Text,
    pub level_2: Text,
    pub level_3: Text,
    pub level_4: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub windows_hours: Vec<u32>,
    pub unacceptable_level: u8,
    pub levels: BTreeMap<String, LevelName>,
    pub categories: BTreeMap<String, CategoryText>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourceTpl {
    pub key: String,
    pub kind: String,
    pub name: Text,
    pub description: Text,
    pub typical_recovery_hours: u32,
    #[serde(default)]
    pub depends_on: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityTpl {
    pub key: String,
    pub department: Text,
    pub name: Text,
    pub description: Text,
    pub legal_deadlines: Text,
    pub peak_periods: Text,
    pub impact: BTreeMap<String, Vec<u8>>,
    pub rto_hours: u32,
    pub rpo_hours: u32,
    pub mbco: Text,
    pub min_staff: u32,
    pub min_workplaces: u32,
    pub resources: Vec<String>,
    pub workaround: TextList,
    pub paper_backlog: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionTpl {
    pub question: Text,
    pub who: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunicationTpl {
    pub audience: String,
    pub when: Text,
    pub who: Text,
    pub message: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClockTpl {
    pub name: Text,
    pub hours: u32,
    pub applies: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaybookTpl {
    pub scenario: String,
    pub title: Text,
    pub summary: Text,
    pub signals: TextList,
    pub first_hour: TextList,
    #[serde(default)]
    pub decision: Vec<DecisionTpl>,
    #[serde(default)]
    pub communication: Vec<CommunicationTpl>,
    pub recovery: TextList,
    pub return_to_normal: TextList,
    #[serde(default)]
    pub clock: Vec<ClockTpl>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleTpl {
    pub key: String,
    pub name: Text,
    pub usually: Text,
    pub tasks: TextList,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivationTpl {
    pub criteria: TextList,
    pub who_may_activate: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandoverTpl {
    pub criteria: TextList,
    pub explanation: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingTpl {
    pub primary: Text,
    pub alternate: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisTpl {
    pub role: Vec<RoleTpl>,
    pub activation: ActivationTpl,
    pub handover: HandoverTpl,
    pub meeting: MeetingTpl,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageTpl {
    pub scenario: String,
    pub phase: String,
    pub audience: String,
    pub channel: Text,
    pub subject: Text,
    pub body: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StakeholderTpl {
    pub audience: String,
    pub channel: Text,
    pub owner: Text,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanTpl {
    pub scope: Text,
    pub objectives: Text,
    pub assumptions: Text,
    pub stakeholder: Vec<StakeholderTpl>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResourcesFile {
    resource: Vec<ResourceTpl>,
}
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivitiesFile {
    activity: Vec<ActivityTpl>,
}
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct MessagesFile {
    message: Vec<MessageTpl>,
}

/// The whole standard template.
#[derive(Debug, Clone)]
pub struct Template {
    pub scale: ScaleFile,
    pub resources: Vec<ResourceTpl>,
    pub activities: Vec<ActivityTpl>,
    pub playbooks: Vec<PlaybookTpl>,
    pub crisis: CrisisTpl,
    pub messages: Vec<MessageTpl>,
    pub plan: PlanTpl,
}

use crate::files::err;
pub use crate::files::{FileError as TemplateError, parse_toml};

impl Template {
    /// Parses the template from (file name relative to `content/bcp/`, text) pairs
    /// and checks it; every file must be present.
    pub fn parse(files: &[(&str, &str)]) -> Result<Template, TemplateError> {
        let get = |name: &str| {
            files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).ok_or_else(|| err(name, "file missing"))
        };
        let scale: ScaleFile = parse_toml("scale.toml", get("scale.toml")?)?;
        let resources: ResourcesFile = parse_toml("resources.toml", get("resources.toml")?)?;
        let activities: ActivitiesFile = parse_toml("activities.toml", get("activities.toml")?)?;
        let crisis: CrisisTpl = parse_toml("crisis.toml", get("crisis.toml")?)?;
        let messages: MessagesFile = parse_toml("messages.toml", get("messages.toml")?)?;
        let plan: PlanTpl = parse_toml("plan.toml", get("plan.toml")?)?;
        let mut playbooks = Vec::new();
        for s in SCENARIOS {
            let name = format!("playbooks/{s}.toml");
            let pb: PlaybookTpl = parse_toml(&name, get(&name)?)?;
            if pb.scenario != s {
                return Err(err(&name, format!("scenario must be {s}")));
            }
            playbooks.push(pb);
        }
        let t = Template {
            scale,
            resources: resources.resource,
            activities: activities.activity,
            playbooks,
            crisis,
            messages: messages.message,
            plan,
        };
        t.validate()?;
        Ok(t)
    }

    /// Cross-file rules: keys exist, no cycles, impacts fit the windows, the suggested
    /// RTO respects the MTPD, translations have as many items as the Dutch.
    pub fn validate(&self) -> Result<(), TemplateError> {
        let w = &self.scale.windows_hours;
        if !bia::valid_windows(w) {
            return Err(err("scale.toml", "windows_hours must be positive and increasing"));
        }
        if self.scale.unacceptable_level == 0 || self.scale.unacceptable_level > MAX_LEVEL {
            return Err(err("scale.toml", "unacceptable_level must be 1..4"));
        }
        for c in ImpactCategory::ALL {
            if !self.scale.categories.contains_key(c.as_str()) {
                return Err(err("scale.toml", format!("category {} missing", c.as_str())));
            }
        }
        let mut keys = BTreeSet::new();
        for r in &self.resources {
            if ResourceKind::parse(&r.kind).is_none() {
                return Err(err("resources.toml", format!("{}: unknown kind {}", r.key, r.kind)));
            }
            if !keys.insert(r.key.as_str()) {
                return Err(err("resources.toml", format!("duplicate key {}", r.key)));
            }
        }
        for r in &self.resources {
            for d in &r.depends_on {
                if !keys.contains(d.as_str()) {
                    return Err(err("resources.toml", format!("{} depends on unknown {}", r.key, d)));
                }
            }
        }
        let g = Graph::new(
            self.resources.iter().map(|r| r.key.as_str()),
            self.resources.iter().flat_map(|r| r.depends_on.iter().map(move |d| (r.key.as_str(), d.as_str()))),
        );
        if let Some(c) = g.cycles().first() {
            return Err(err("resources.toml", format!("dependency cycle: {}", c.join(" → "))));
        }
        let mut akeys = BTreeSet::new();
        for a in &self.activities {
            let f = |m: String| err("activities.toml", format!("{}: {m}", a.key));
            if !akeys.insert(a.key.as_str()) {
                return Err(f("duplicate key".into()));
            }
            for c in ImpactCategory::ALL {
                let v = a.impact.get(c.as_str()).ok_or_else(|| f(format!("impact.{} missing", c.as_str())))?;
                if v.len() != w.len() || v.iter().any(|l| *l > MAX_LEVEL) {
                    return Err(f(format!("impact.{} needs {} levels 0..4", c.as_str(), w.len())));
                }
            }
            if a.impact.keys().any(|k| ImpactCategory::parse(k).is_none()) {
                return Err(f("unknown impact category".into()));
            }
            let act = self.activity_of(a, "nl", "x".into(), 0);
            if let Some(m) = bia::mtpd(&act.impacts, w, self.scale.unacceptable_level)
                && a.rto_hours > m
            {
                return Err(f(format!("rto_hours {} above the MTPD {m}", a.rto_hours)));
            }
            for r in &a.resources {
                if !keys.contains(r.as_str()) {
                    return Err(f(format!("unknown resource {r}")));
                }
            }
            if a.workaround.nl.len() != a.workaround.en.len() {
                return Err(f("workaround: nl and en differ in length".into()));
            }
        }
        for p in &self.playbooks {
            let name = format!("playbooks/{}.toml", p.scenario);
            for (field, l) in [
                ("signals", &p.signals),
                ("first_hour", &p.first_hour),
                ("recovery", &p.recovery),
                ("return_to_normal", &p.return_to_normal),
            ] {
                if l.nl.len() != l.en.len() {
                    return Err(err(&name, format!("{field}: nl and en differ in length")));
                }
            }
            if p.communication.iter().any(|c| !AUDIENCES.contains(&c.audience.as_str())) {
                return Err(err(&name, "unknown audience"));
            }
        }
        for m in &self.messages {
            if !(SCENARIOS.contains(&m.scenario.as_str()) || m.scenario == "any")
                || !PHASES.contains(&m.phase.as_str())
                || !AUDIENCES.contains(&m.audience.as_str())
            {
                return Err(err(
                    "messages.toml",
                    format!("message {}/{}/{}: unknown value", m.scenario, m.phase, m.audience),
                ));
            }
        }
        if self.plan.stakeholder.iter().any(|s| !AUDIENCES.contains(&s.audience.as_str())) {
            return Err(err("plan.toml", "unknown stakeholder audience"));
        }
        Ok(())
    }

    pub fn resource(&self, key: &str) -> Option<&ResourceTpl> {
        self.resources.iter().find(|r| r.key == key)
    }

    fn activity_of(&self, t: &ActivityTpl, lang: &str, id: String, position: i64) -> Activity {
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

    fn instantiate_texts(&self, lang: &str, chosen: Option<&[String]>, mut new_id: impl FnMut() -> String) -> Plan {
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
fn fill_authority(plan: Plan, name: &str) -> Plan {
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
