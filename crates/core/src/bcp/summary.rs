//! What the plan's overview and the dashboard show of a plan, computed once per version
//! of the plan (the store keeps it per content stamp): completeness, every check's
//! finding, the counts, the dates that matter and the plan's fingerprint.

use std::collections::BTreeSet;

use jiff::civil::Date;

use super::checks::{self, Finding, Severity};
use super::completeness::{Completeness, completeness};
use super::model::{Plan, PlanHeader};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub header: PlanHeader,
    pub completeness: Completeness,
    /// Every finding, most serious first.
    pub findings: Vec<Finding>,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub activities: usize,
    pub critical: usize,
    pub resources: usize,
    /// The next planned exercise not yet held, and the last one held.
    pub next_exercise: Option<Date>,
    pub last_exercise: Option<Date>,
    /// SHA-256 of the plan's exchange document: a grab pack is current while it is equal.
    pub fingerprint: String,
    pub crisis_team: BTreeSet<String>,
}

impl Summary {
    pub fn of(p: &Plan, today: Date) -> Summary {
        let findings = checks::run(p, today);
        let (errors, warnings, infos) = checks::summary(&findings);
        let critical = p.activities.iter().filter(|a| super::bia::assess(a, &p.header.scale).critical).count();
        let next_exercise = p.exercises.iter().filter(|e| e.done_on.is_none()).filter_map(|e| e.planned_on).min();
        let last_exercise = p.exercises.iter().filter_map(|e| e.done_on).max();
        Summary {
            header: p.header.clone(),
            completeness: completeness(p),
            findings,
            errors,
            warnings,
            infos,
            activities: p.activities.len(),
            critical,
            resources: p.resources.len(),
            next_exercise,
            last_exercise,
            fingerprint: super::exchange::fingerprint(p),
            crisis_team: p.crisis_team_emails(),
        }
    }

    /// The `n` most serious findings (errors and warnings, no information).
    pub fn top(&self, n: usize) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.severity != Severity::Info).take(n).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bcp::testing::*;

    #[test]
    fn a_summary_says_what_the_overview_shows() {
        let mut p = plan();
        p.activities.push(activity_with_mtpd("a", 24, Some(48)));
        let s = Summary::of(&p, today());
        assert_eq!(s.activities, 1);
        assert!(s.errors >= 1, "RTO above MTPD is an error");
        assert!(s.top(3).iter().all(|f| f.severity != Severity::Info));
        assert_eq!(s.fingerprint, crate::bcp::exchange::fingerprint(&p));
        assert_eq!(s.fingerprint.len(), 64);
    }
}
