//! The register in figures: the dashboard tile and the reports use these.

use jiff::civil::Date;
use serde::Serialize;

use super::{Finding, Severity, Status};

/// Accepted risks expiring within this many days are called out.
pub const EXPIRING_DAYS: i64 = 30;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Open findings per severity, most severe first (as [`Severity::ALL`]).
    pub open: [usize; 5],
    pub overdue: usize,
    pub accepted: usize,
    pub expiring: usize,
    /// Per status (as [`Status::ALL`]).
    pub by_status: [usize; 8],
    /// Median days from confirmation to a passed retest, per severity; None without data.
    pub median_days_to_fix: [Option<i64>; 5],
    pub total: usize,
}

impl Summary {
    pub fn open_total(&self) -> usize {
        self.open.iter().sum()
    }
}

fn sev_index(s: Severity) -> usize {
    Severity::ALL.iter().position(|x| *x == s).unwrap_or(4)
}

pub fn summarise<'a>(findings: impl IntoIterator<Item = &'a Finding>, today: Date) -> Summary {
    let mut s = Summary::default();
    let mut fix_days: [Vec<i64>; 5] = Default::default();
    let soon = today.saturating_add(jiff::Span::new().days(EXPIRING_DAYS));
    for f in findings {
        s.total += 1;
        s.by_status[Status::ALL.iter().position(|x| *x == f.status).unwrap_or(0)] += 1;
        if f.status.is_open() {
            s.open[sev_index(f.severity)] += 1;
        }
        if f.is_overdue(today) {
            s.overdue += 1;
        }
        if f.status == Status::RiskAccepted {
            s.accepted += 1;
            if f.acceptance.as_ref().is_some_and(|a| a.until <= soon) {
                s.expiring += 1;
            }
        }
        if let (Status::Closed, Some(from), Some(to)) = (f.status, f.confirmed_on, f.closed_on) {
            let days = (to - from).get_days() as i64;
            fix_days[sev_index(f.severity)].push(days.max(0));
        }
    }
    for (i, mut d) in fix_days.into_iter().enumerate() {
        if d.is_empty() {
            continue;
        }
        d.sort_unstable();
        let n = d.len();
        s.median_days_to_fix[i] = Some(if n % 2 == 1 { d[n / 2] } else { (d[n / 2 - 1] + d[n / 2]) / 2 });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Acceptance;
    use jiff::civil::date;

    fn finding(severity: Severity, status: Status) -> Finding {
        Finding::figure(severity, status)
    }

    #[test]
    fn figures() {
        let today = date(2026, 12, 7);
        let mut late = finding(Severity::High, Status::InRemediation);
        late.due = Some(date(2026, 12, 1));
        let mut closed_a = finding(Severity::High, Status::Closed);
        closed_a.confirmed_on = Some(date(2026, 11, 1));
        closed_a.closed_on = Some(date(2026, 11, 11));
        let mut closed_b = closed_a.clone();
        closed_b.closed_on = Some(date(2026, 11, 21));
        let mut accepted = finding(Severity::Medium, Status::RiskAccepted);
        accepted.acceptance =
            Some(Acceptance { approver_email: "a".into(), reason: "r".into(), until: date(2026, 12, 20) });
        let mut accepted_later = accepted.clone();
        accepted_later.acceptance.as_mut().unwrap().until = date(2027, 6, 1);
        let mut closed_late = finding(Severity::Low, Status::Closed);
        closed_late.due = Some(date(2026, 1, 1));
        let all = [
            finding(Severity::Critical, Status::New),
            late,
            closed_a,
            closed_b,
            accepted,
            accepted_later,
            closed_late,
            finding(Severity::Info, Status::FalsePositive),
        ];
        let s = summarise(&all, today);
        assert_eq!(s.open, [1, 1, 0, 0, 0]);
        assert_eq!(s.overdue, 1, "a closed finding is never overdue");
        assert_eq!((s.accepted, s.expiring), (2, 1));
        assert_eq!(s.median_days_to_fix[1], Some(15));
        assert_eq!(s.median_days_to_fix[0], None);
        assert_eq!(s.total, 8);
        assert_eq!(s.open_total(), 2);
    }
}
