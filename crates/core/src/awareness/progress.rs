//! Training assignments and what follows from them: who an assignment covers, when a
//! reminder is due, when a leaver's results are erased, and the figures per department
//! (through `groups`, so no figure describes fewer than five people).

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use jiff::{Span, ToSpan};

use super::groups::{self, OTHER};
use crate::validation::{FieldError, FieldErrors, optional_date};

/// A personal link starts a session within this many days, once.
pub const LINK_DAYS: i64 = 14;
/// A learner's session lasts this long after the link was used.
pub const SESSION_DAYS: i64 = 30;
/// At most one reminder per person in this many days.
pub const REMINDER_EVERY_DAYS: i64 = 7;
/// Months after leaving that a person's results are kept, unless the organisation chooses.
pub const RETENTION_MONTHS_DEFAULT: u32 = 12;
pub const RETENTION_MONTHS_MAX: u32 = 120;

/// Who an assignment is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Everyone,
    Departments(BTreeSet<String>),
    /// E-mail addresses.
    People(BTreeSet<String>),
}

impl Scope {
    pub fn kind(&self) -> &'static str {
        match self {
            Scope::Everyone => "everyone",
            Scope::Departments(_) => "departments",
            Scope::People(_) => "people",
        }
    }
    pub fn targets(&self) -> Vec<String> {
        match self {
            Scope::Everyone => vec![],
            Scope::Departments(s) | Scope::People(s) => s.iter().cloned().collect(),
        }
    }
    pub fn from_parts(kind: &str, targets: Vec<String>) -> Option<Scope> {
        let set: BTreeSet<String> =
            targets.into_iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
        match kind {
            "everyone" => Some(Scope::Everyone),
            "departments" => Some(Scope::Departments(set)),
            "people" => Some(Scope::People(set.into_iter().map(|e| e.to_lowercase()).collect())),
            _ => None,
        }
    }
    pub fn covers(&self, email: &str, department: &str) -> bool {
        match self {
            Scope::Everyone => true,
            Scope::Departments(d) => d.contains(department),
            Scope::People(p) => p.contains(email),
        }
    }
}

/// A checked new assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssignment {
    pub module: String,
    pub scope: Scope,
    pub due_on: Date,
}

/// What an assignment may name: the modules, the departments and addresses on the list.
#[derive(Debug, Clone, Copy)]
pub struct Choices<'a> {
    pub modules: &'a [&'a str],
    pub departments: &'a BTreeSet<String>,
    pub people: &'a BTreeSet<String>,
    pub today: Date,
}

/// The one check for a new assignment: a known module, a scope with at least one
/// target (departments or people on the list), a due date from today on.
pub fn check_assignment(
    module: &str,
    kind: &str,
    targets: Vec<String>,
    due_on: &str,
    known: &Choices<'_>,
) -> Result<NewAssignment, FieldErrors> {
    let Choices { modules, departments, people, today } = *known;
    let mut e = FieldErrors::new();
    let module = module.trim();
    if !modules.contains(&module) {
        e.push(FieldError::new("module", "error-choose-option"));
    }
    let scope = Scope::from_parts(kind.trim(), targets);
    match &scope {
        None => e.push(FieldError::new("scope", "error-choose-option")),
        Some(Scope::Departments(d)) if d.is_empty() => e.push(FieldError::new("targets", "assignment-no-targets")),
        Some(Scope::People(p)) if p.is_empty() => e.push(FieldError::new("targets", "assignment-no-targets")),
        Some(Scope::Departments(d)) if !d.is_subset(departments) => {
            let unknown: Vec<&String> = d.difference(departments).collect();
            e.push(FieldError::new("targets", "assignment-unknown-target").arg("name", unknown[0]));
        }
        Some(Scope::People(p)) if !p.is_subset(people) => {
            let unknown: Vec<&String> = p.difference(people).collect();
            e.push(FieldError::new("targets", "assignment-unknown-target").arg("name", unknown[0]));
        }
        Some(_) => {}
    }
    let due = match optional_date("due_on", due_on) {
        Ok(None) => {
            e.push(FieldError::new("due_on", "error-required"));
            None
        }
        Ok(Some(d)) if d < today => {
            e.push(FieldError::new("due_on", "assignment-due-past"));
            None
        }
        Ok(Some(d)) => Some(d),
        Err(err) => {
            e.push(err);
            None
        }
    };
    e.into_result()?;
    match (scope, due) {
        (Some(scope), Some(due_on)) => Ok(NewAssignment { module: module.to_string(), scope, due_on }),
        _ => Err(FieldError::new("module", "error-required").into()),
    }
}

/// Whether a reminder goes out today: the person has not completed every assigned
/// module, is not in a quiet period, and got no mail about training in the last week.
pub fn reminder_due(today: Date, open: bool, last_mailed: Option<Date>, quiet_until: Option<Date>) -> bool {
    if !open || quiet_until.is_some_and(|q| q >= today) {
        return false;
    }
    match last_mailed {
        None => true,
        Some(d) => today >= d.saturating_add(REMINDER_EVERY_DAYS.days()),
    }
}

/// Whether a leaver's personal results are erased today.
pub fn erase_due(left_on: Date, retention_months: u32, today: Date) -> bool {
    today >= left_on.saturating_add(Span::new().months(i64::from(retention_months)))
}

/// Checks the retention period an organisation sets, in months.
pub fn check_retention(input: &str) -> Result<u32, FieldError> {
    match input.trim().parse::<u32>() {
        Ok(m) if (1..=RETENTION_MONTHS_MAX).contains(&m) => Ok(m),
        _ => Err(FieldError::new("retention_months", "error-number-range")
            .arg("min", 1)
            .arg("max", RETENTION_MONTHS_MAX)),
    }
}

/// Whether a framework measure is about awareness and training (NIST CSF 2.0 PR.AT),
/// so the completion rate is evidence for it.
pub fn is_training_measure(csf: &[String]) -> bool {
    csf.iter().any(|c| c.starts_with("PR.AT"))
}

/// One person's state for one assigned module.
#[derive(Debug, Clone, PartialEq)]
pub struct Learner {
    pub department: String,
    pub person: String,
    pub started: bool,
    pub completed: bool,
    /// The best score, 0–100, once a quiz was passed.
    pub score: Option<u8>,
}

/// Figures of one group.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DepartmentFigure {
    pub department: String,
    /// People with at least one assigned module.
    pub assigned: usize,
    /// People who started at least one.
    pub started: usize,
    /// People who completed every module assigned to them.
    pub completed: usize,
    /// Mean of the best scores of completed modules; None below five scores, where the
    /// mean could be one person's score.
    pub average_score: Option<f64>,
}

/// Figures per department, departments under five people merged into "other" (which
/// comes last); nothing at all when fewer than five people are assigned.
pub fn by_department(rows: &[Learner]) -> Vec<DepartmentFigure> {
    let mut people: BTreeMap<&str, (&str, bool, bool)> = BTreeMap::new();
    let mut scores: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    for r in rows {
        let e = people.entry(&r.person).or_insert((&r.department, false, true));
        e.1 |= r.started || r.completed;
        e.2 &= r.completed;
        if let (true, Some(s)) = (r.completed, r.score) {
            // A person counts in one department: the first one seen.
            scores.entry(e.0).or_default().push(s);
        }
    }
    let mut sizes: BTreeMap<String, usize> = BTreeMap::new();
    for (dept, _, _) in people.values() {
        *sizes.entry(dept.to_string()).or_default() += 1;
    }
    let Some(groups) = groups::merge(&sizes) else { return vec![] };
    let mut out: BTreeMap<String, (DepartmentFigure, Vec<u8>)> = BTreeMap::new();
    for (dept, started, completed) in people.values() {
        let Some(g) = groups.get(*dept) else { continue };
        let f = out.entry(g.clone()).or_insert_with(|| {
            (
                DepartmentFigure { department: g.clone(), assigned: 0, started: 0, completed: 0, average_score: None },
                vec![],
            )
        });
        f.0.assigned += 1;
        f.0.started += usize::from(*started);
        f.0.completed += usize::from(*completed);
    }
    for (dept, s) in scores {
        if let Some(f) = groups.get(dept).and_then(|g| out.get_mut(g)) {
            f.1.extend(s);
        }
    }
    let mut list: Vec<DepartmentFigure> = out
        .into_values()
        .map(|(mut f, s)| {
            if s.len() >= groups::MIN_GROUP {
                f.average_score = Some(s.iter().map(|x| f64::from(*x)).sum::<f64>() / s.len() as f64);
            }
            f
        })
        .collect();
    list.sort_by_key(|f| f.department == OTHER);
    list
}

/// The share of assigned people who completed everything, 0–100; None below five people.
pub fn completion_rate(figures: &[DepartmentFigure]) -> Option<f64> {
    let assigned: usize = figures.iter().map(|f| f.assigned).sum();
    let completed: usize = figures.iter().map(|f| f.completed).sum();
    (assigned >= groups::MIN_GROUP).then(|| completed as f64 * 100.0 / assigned as f64)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn reminders_weekly_never_after_completion_or_in_quiet_period() {
        let today = date("2026-12-07");
        assert!(reminder_due(today, true, None, None));
        assert!(!reminder_due(today, false, None, None));
        assert!(!reminder_due(today, true, Some(date("2026-12-01")), None));
        assert!(reminder_due(today, true, Some(date("2026-11-30")), None));
        assert!(!reminder_due(today, true, None, Some(date("2026-12-07"))));
        assert!(reminder_due(today, true, None, Some(date("2026-12-06"))));
    }

    #[test]
    fn training_measures_are_pr_at() {
        assert!(is_training_measure(&["GV.RR-01".into(), "PR.AT-02".into()]));
        assert!(!is_training_measure(&["PR.AA-01".into()]));
        assert!(!is_training_measure(&[]));
    }

    #[test]
    fn erasure_after_the_retention_period() {
        assert!(!erase_due(date("2026-01-31"), 12, date("2027-01-30")));
        assert!(erase_due(date("2026-01-31"), 12, date("2027-01-31")));
        assert!(erase_due(date("2026-01-31"), 1, date("2026-02-28")));
        assert_eq!(check_retention("12"), Ok(12));
        assert!(check_retention("0").is_err() && check_retention("x").is_err() && check_retention("121").is_err());
    }

    #[test]
    fn assignment_check_table() {
        let today = date("2026-12-07");
        let depts: BTreeSet<String> = ["IT".to_string(), "Burgerzaken".to_string()].into();
        let people: BTreeSet<String> = ["an@x.be".to_string()].into();
        let run = |module: &str, kind: &str, targets: &[&str], due: &str| {
            let known = Choices { modules: &["phishing"], departments: &depts, people: &people, today };
            check_assignment(module, kind, targets.iter().map(|s| s.to_string()).collect(), due, &known)
        };
        assert!(run("phishing", "everyone", &[], "2026-12-31").is_ok());
        assert_eq!(run("phishing", "people", &["AN@x.be"], "2026-12-07").unwrap().scope.targets(), ["an@x.be"]);
        let cases: &[(&str, &str, &[&str], &str, &str)] = &[
            ("nope", "everyone", &[], "2026-12-31", "module"),
            ("phishing", "all", &[], "2026-12-31", "scope"),
            ("phishing", "departments", &[], "2026-12-31", "targets"),
            ("phishing", "departments", &["Sport"], "2026-12-31", "targets"),
            ("phishing", "people", &["bo@x.be"], "2026-12-31", "targets"),
            ("phishing", "everyone", &[], "2026-12-06", "due_on"),
            ("phishing", "everyone", &[], "", "due_on"),
            ("phishing", "everyone", &[], "31/12/2026", "due_on"),
        ];
        for (m, k, t, d, field) in cases {
            let e = run(m, k, t, d).unwrap_err();
            assert!(e.for_field(field).is_some(), "{m} {k} {t:?} {d}: {e:?}");
        }
    }

    fn learner(dept: &str, person: &str, started: bool, completed: bool, score: Option<u8>) -> Learner {
        Learner { department: dept.into(), person: person.into(), started, completed, score }
    }

    #[test]
    fn figures_count_people_and_merge_small_departments() {
        let mut rows = vec![];
        for i in 0..6 {
            rows.push(learner("IT", &format!("it{i}"), i < 4, i < 2, (i < 2).then_some(80)));
            // A second module for the same people: completed only if both are.
            rows.push(learner("IT", &format!("it{i}"), false, i == 0, (i == 0).then_some(100)));
        }
        for i in 0..3 {
            rows.push(learner("Sport", &format!("s{i}"), true, true, Some(70)));
            rows.push(learner("Cultuur", &format!("c{i}"), false, false, None));
        }
        let f = by_department(&rows);
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].department.as_str(), f[0].assigned, f[0].started, f[0].completed), ("IT", 6, 4, 1));
        // Three scores: the mean could point at a person, so none is given.
        assert_eq!(f[0].average_score, None);
        assert_eq!((f[1].department.as_str(), f[1].assigned, f[1].completed), (OTHER, 6, 3));
        let many: Vec<Learner> =
            (0..5).map(|i| learner("IT", &format!("x{i}"), true, true, Some(60 + i as u8 * 10))).collect();
        assert_eq!(by_department(&many)[0].average_score, Some(80.0));
        assert_eq!(completion_rate(&f), Some(100.0 * 4.0 / 12.0));
        assert!(by_department(&rows[..4]).is_empty());
    }

    proptest! {
        #[test]
        fn no_figure_describes_fewer_than_five_people(
            rows in proptest::collection::vec((0usize..8, 0usize..40, any::<bool>(), any::<bool>()), 0..120)
        ) {
            let rows: Vec<Learner> = rows
                .iter()
                .map(|(d, p, s, c)| learner(&format!("d{}", (p + d) % 8), &format!("p{p}"), *s, *c, c.then_some(75)))
                .collect();
            for f in by_department(&rows) {
                prop_assert!(f.assigned >= groups::MIN_GROUP, "{f:?}");
            }
        }
    }
}
