//! Exercises (step 9): tabletop, walk-through and restore tests, planned and held.

use super::{Ctx, choice, date, done, line, lines, past_date, required, text};
use crate::bcp::model::{Exercise, ExerciseKind, LINE_MAX, SCENARIOS};
use crate::validation::{FieldError, FieldErrors};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub kind: String,
    pub title: String,
    /// One of [`SCENARIOS`] or empty.
    pub scenario: String,
    pub planned_on: String,
    pub done_on: String,
    pub participants: String,
    pub result: String,
    pub actions: Vec<String>,
}

impl Draft {
    pub fn of(x: &Exercise) -> Draft {
        let d = |v: Option<jiff::civil::Date>| v.map(|d| d.to_string()).unwrap_or_default();
        Draft {
            kind: x.kind.as_str().into(),
            title: x.title.clone(),
            scenario: x.scenario.clone(),
            planned_on: d(x.planned_on),
            done_on: d(x.done_on),
            participants: x.participants.clone(),
            result: x.result.clone(),
            actions: x.actions.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub kind: ExerciseKind,
    pub title: String,
    pub scenario: String,
    pub planned_on: Option<jiff::civil::Date>,
    pub done_on: Option<jiff::civil::Date>,
    pub participants: String,
    pub result: String,
    pub actions: Vec<String>,
}

impl Fields {
    pub fn apply(self, x: &mut Exercise) {
        x.kind = self.kind;
        x.title = self.title;
        x.scenario = self.scenario;
        x.planned_on = self.planned_on;
        x.done_on = self.done_on;
        x.participants = self.participants;
        x.result = self.result;
        x.actions = self.actions;
    }

    /// A new exercise from these fields.
    pub fn into_exercise(self) -> Exercise {
        let mut x = Exercise {
            id: String::new(),
            position: 0,
            kind: self.kind,
            title: String::new(),
            scenario: String::new(),
            planned_on: None,
            done_on: None,
            participants: String::new(),
            result: String::new(),
            actions: vec![],
            version: 1,
        };
        self.apply(&mut x);
        x
    }
}

/// What is saved but worth a second look: an exercise held before the date it was
/// planned for (a typo, or the plan was moved and the date not).
pub fn warnings(planned_on: Option<jiff::civil::Date>, done_on: Option<jiff::civil::Date>) -> FieldErrors {
    let mut w = FieldErrors::new();
    if let (Some(planned), Some(done)) = (planned_on, done_on)
        && done < planned
    {
        w.push(FieldError::new("done_on", "warning-exercise-before-planned"));
    }
    w
}

pub fn check(d: &Draft, ctx: &Ctx) -> Result<Fields, FieldErrors> {
    let mut e = FieldErrors::new();
    let kind = choice(&mut e, "kind", &d.kind, ExerciseKind::parse);
    let scenario =
        choice(&mut e, "scenario", &d.scenario, |s| (s.is_empty() || SCENARIOS.contains(&s)).then(|| s.to_string()));
    let f = Fields {
        kind: kind.unwrap_or(ExerciseKind::Tabletop),
        title: required(&mut e, "title", &d.title, LINE_MAX),
        scenario: scenario.unwrap_or_default(),
        planned_on: date(&mut e, "planned_on", &d.planned_on),
        done_on: past_date(&mut e, "done_on", &d.done_on, ctx),
        participants: line(&mut e, "participants", &d.participants, LINE_MAX),
        result: text(&mut e, "result", &d.result),
        actions: lines(&mut e, "actions", &d.actions),
    };
    done(e, f)
}
