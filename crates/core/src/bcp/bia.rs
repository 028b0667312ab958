//! Business impact analysis: from impact ratings to the maximum tolerable period of
//! disruption (MTPD) and a priority.

use serde::Serialize;

use super::model::{Activity, ImpactCategory, Impacts, Scale};

/// The first window (in hours) in which any category reaches the unacceptable level;
/// None when no rated cell ever does.
pub fn mtpd(impacts: &Impacts, windows: &[u32], unacceptable: u8) -> Option<u32> {
    windows.iter().enumerate().find_map(|(w, hours)| {
        ImpactCategory::ALL.iter().any(|c| impacts.get(*c, w).is_some_and(|l| l >= unacceptable)).then_some(*hours)
    })
}

/// The category or categories that make the MTPD (for the explanation).
pub fn mtpd_causes(impacts: &Impacts, windows: &[u32], unacceptable: u8) -> Vec<ImpactCategory> {
    for w in 0..windows.len() {
        let hit: Vec<ImpactCategory> = ImpactCategory::ALL
            .iter()
            .copied()
            .filter(|c| impacts.get(*c, w).is_some_and(|l| l >= unacceptable))
            .collect();
        if !hit.is_empty() {
            return hit;
        }
    }
    vec![]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Unacceptable within a day: restore first.
    P1,
    /// Unacceptable within a week.
    P2,
    /// Can wait longer than a week.
    P3,
    /// Not yet rated.
    Unrated,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::P1 => "p1",
            Priority::P2 => "p2",
            Priority::P3 => "p3",
            Priority::Unrated => "unrated",
        }
    }
    pub fn label_key(self) -> String {
        format!("priority-{}", self.as_str())
    }
}

/// Suggested priority from the MTPD and whether the analysis is filled in at all.
pub fn priority(mtpd_hours: Option<u32>, rated: bool) -> Priority {
    match (mtpd_hours, rated) {
        (Some(h), _) if h <= 24 => Priority::P1,
        (Some(h), _) if h <= 168 => Priority::P2,
        (_, true) => Priority::P3,
        (None, false) => Priority::Unrated,
        (Some(_), false) => Priority::P3,
    }
}

/// The BIA figures of one activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub mtpd_hours: Option<u32>,
    pub priority: Priority,
    /// P1 or P2: an activity the plan must keep going.
    pub critical: bool,
    pub complete: bool,
}

pub fn assess(a: &Activity, scale: &Scale) -> Assessment {
    let m = mtpd(&a.impacts, &scale.windows_hours, scale.unacceptable_level);
    let p = priority(m, a.impacts.any_rated());
    Assessment {
        mtpd_hours: m,
        priority: p,
        critical: matches!(p, Priority::P1 | Priority::P2),
        complete: a.impacts.complete(scale.windows_hours.len()) && a.rto_hours.is_some(),
    }
}

/// Windows must be positive and strictly increasing, at most twelve.
pub fn valid_windows(w: &[u32]) -> bool {
    !w.is_empty() && w.len() <= 12 && w[0] > 0 && w.windows(2).all(|p| p[0] < p[1])
}

/// A duration in hours as people say it: "4 h", "3 days", "2 weeks", "1 month" (for labels).
pub fn humanise_hours(h: u32) -> Vec<(u32, &'static str)> {
    match h {
        0 => vec![(0, "hour")],
        h if h % 720 == 0 => vec![(h / 720, "month")],
        h if h % 168 == 0 => vec![(h / 168, "week")],
        h if h % 24 == 0 => vec![(h / 24, "day")],
        // From two days on, days and the hours left: 200 h is 8 days 8 hours, not 9 days.
        h if h > 48 => vec![(h / 24, "day"), (h % 24, "hour")],
        h => vec![(h, "hour")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bcp::model::DEFAULT_WINDOWS;

    fn impacts(rows: &[(ImpactCategory, [u8; 6])]) -> Impacts {
        let mut i = Impacts::unrated(6);
        for (c, levels) in rows {
            for (w, l) in levels.iter().enumerate() {
                i.set(*c, w, Some(*l));
            }
        }
        i
    }

    #[test]
    fn mtpd_is_the_first_window_reaching_the_level() {
        let i = impacts(&[(ImpactCategory::Service, [1, 2, 3, 4, 4, 4]), (ImpactCategory::Legal, [0, 3, 3, 3, 3, 3])]);
        assert_eq!(mtpd(&i, &DEFAULT_WINDOWS, 3), Some(24));
        assert_eq!(mtpd_causes(&i, &DEFAULT_WINDOWS, 3), vec![ImpactCategory::Legal]);
        assert_eq!(mtpd(&i, &DEFAULT_WINDOWS, 4), Some(168));
        assert_eq!(mtpd(&i, &DEFAULT_WINDOWS, 5), None);
    }

    #[test]
    fn first_window_and_never() {
        let i = impacts(&[(ImpactCategory::Privacy, [3, 3, 3, 3, 3, 3])]);
        assert_eq!(mtpd(&i, &DEFAULT_WINDOWS, 3), Some(4));
        let calm = impacts(&[(ImpactCategory::Service, [0, 1, 1, 2, 2, 2])]);
        assert_eq!(mtpd(&calm, &DEFAULT_WINDOWS, 3), None);
        assert_eq!(mtpd(&Impacts::unrated(6), &DEFAULT_WINDOWS, 3), None);
        assert!(mtpd_causes(&calm, &DEFAULT_WINDOWS, 3).is_empty());
    }

    #[test]
    fn unrated_cells_are_ignored_and_custom_windows_work() {
        let mut i = Impacts::unrated(3);
        i.set(ImpactCategory::Financial, 2, Some(4));
        assert_eq!(mtpd(&i, &[8, 48, 96], 3), Some(96));
    }

    #[test]
    fn priorities() {
        assert_eq!(priority(Some(4), true), Priority::P1);
        assert_eq!(priority(Some(24), true), Priority::P1);
        assert_eq!(priority(Some(72), true), Priority::P2);
        assert_eq!(priority(Some(168), true), Priority::P2);
        assert_eq!(priority(Some(336), true), Priority::P3);
        assert_eq!(priority(None, true), Priority::P3);
        assert_eq!(priority(None, false), Priority::Unrated);
        assert!(Priority::P1 < Priority::P2 && Priority::P3 < Priority::Unrated);
    }

    #[test]
    fn windows_validation_and_labels() {
        assert!(valid_windows(&DEFAULT_WINDOWS));
        assert!(!valid_windows(&[]));
        assert!(!valid_windows(&[0, 4]));
        assert!(!valid_windows(&[4, 4]));
        assert!(!valid_windows(&[24, 4]));
        assert_eq!(humanise_hours(4), [(4, "hour")]);
        assert_eq!(humanise_hours(72), [(3, "day")]);
        assert_eq!(humanise_hours(336), [(2, "week")]);
        assert_eq!(humanise_hours(720), [(1, "month")]);
        assert_eq!(humanise_hours(0), [(0, "hour")]);
        assert_eq!(humanise_hours(36), [(36, "hour")]);
        assert_eq!(humanise_hours(112), [(4, "day"), (16, "hour")]);
        assert_eq!(humanise_hours(200), [(8, "day"), (8, "hour")]);
    }
}
