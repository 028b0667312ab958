//! The standard municipal BCP template (content/bcp/*.toml): parsed, checked for
//! consistency, and turned into a new plan in the organisation's language.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::bcp::bia;
use crate::bcp::graph::Graph;
use crate::bcp::model::*;

mod authority;
mod instantiate;

pub use authority::{BREACH_AUTHORITY, BreachAuthority};

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
}
