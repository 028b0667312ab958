//! A playbook (step 7): the scenario's signals, first hour, decisions, communication,
//! recovery, return to normal and notification clocks.

use super::{choice, done, hours, line, lines, required, text};
use crate::bcp::model::{AUDIENCES, Clock, Communication, Decision, LINE_MAX, LIST_MAX, Playbook, SCENARIOS};
use crate::validation::{FieldError, FieldErrors, Num};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClockDraft {
    pub name: String,
    pub hours: Num,
    pub applies: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// One of [`SCENARIOS`]; fixed once the plan exists.
    pub scenario: String,
    pub title: String,
    pub summary: String,
    pub signals: Vec<String>,
    pub first_hour: Vec<String>,
    pub decisions: Vec<Decision>,
    pub communication: Vec<Communication>,
    pub recovery: Vec<String>,
    pub return_to_normal: Vec<String>,
    pub clocks: Vec<ClockDraft>,
}

impl Draft {
    pub fn of(b: &Playbook) -> Draft {
        Draft {
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
                .map(|c| ClockDraft {
                    name: c.name.clone(),
                    hours: Num::Int(c.hours.into()),
                    applies: c.applies.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
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

impl Fields {
    pub fn apply(self, b: &mut Playbook) {
        b.scenario = self.scenario;
        b.title = self.title;
        b.summary = self.summary;
        b.signals = self.signals;
        b.first_hour = self.first_hour;
        b.decisions = self.decisions;
        b.communication = self.communication;
        b.recovery = self.recovery;
        b.return_to_normal = self.return_to_normal;
        b.clocks = self.clocks;
    }
}

fn too_many(e: &mut FieldErrors, field: &'static str, n: usize) -> bool {
    if n > LIST_MAX {
        e.push(FieldError::new(field, "error-too-many-lines").arg("max", LIST_MAX));
        return true;
    }
    false
}

/// Rows left completely empty (a form's spare rows) are dropped.
pub fn check(d: &Draft) -> Result<Fields, FieldErrors> {
    let mut e = FieldErrors::new();
    let scenario = choice(&mut e, "scenario", &d.scenario, |s| SCENARIOS.contains(&s).then(|| s.to_string()));
    let mut decisions = Vec::new();
    if !too_many(&mut e, "decisions", d.decisions.len()) {
        for x in d.decisions.iter().filter(|x| !(x.question.trim().is_empty() && x.who.trim().is_empty())) {
            let question = if x.question.trim().is_empty() {
                e.push(FieldError::new("decisions", "error-required"));
                String::new()
            } else {
                text(&mut e, "decisions", &x.question)
            };
            decisions.push(Decision { question, who: line(&mut e, "decisions", &x.who, LINE_MAX) });
        }
    }
    let mut communication = Vec::new();
    if !too_many(&mut e, "communication", d.communication.len()) {
        for x in &d.communication {
            // A spare row comes with an audience chosen; it is empty without a text.
            if [&x.when, &x.who, &x.message].iter().all(|s| s.trim().is_empty()) {
                continue;
            }
            let audience =
                choice(&mut e, "communication", &x.audience, |s| AUDIENCES.contains(&s).then(|| s.to_string()));
            communication.push(Communication {
                audience: audience.unwrap_or_default(),
                when: line(&mut e, "communication", &x.when, LINE_MAX),
                who: line(&mut e, "communication", &x.who, LINE_MAX),
                message: text(&mut e, "communication", &x.message),
            });
        }
    }
    let mut clocks = Vec::new();
    if !too_many(&mut e, "clocks", d.clocks.len()) {
        for x in &d.clocks {
            if x.name.trim().is_empty() && x.applies.trim().is_empty() && x.hours.shown().trim().is_empty() {
                continue;
            }
            let name = required(&mut e, "clocks", &x.name, LINE_MAX);
            let h = hours(&mut e, "clocks", &x.hours).unwrap_or(0);
            clocks.push(Clock { name, hours: h, applies: text(&mut e, "clocks", &x.applies) });
        }
    }
    let f = Fields {
        scenario: scenario.unwrap_or_default(),
        title: required(&mut e, "title", &d.title, LINE_MAX),
        summary: text(&mut e, "summary", &d.summary),
        signals: lines(&mut e, "signals", &d.signals),
        first_hour: lines(&mut e, "first_hour", &d.first_hour),
        decisions,
        communication,
        recovery: lines(&mut e, "recovery", &d.recovery),
        return_to_normal: lines(&mut e, "return_to_normal", &d.return_to_normal),
        clocks,
    };
    done(e, f)
}
