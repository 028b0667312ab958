//! The restore sequence: resources in waves, each wave needing only earlier waves;
//! within a wave, what the most urgent activities need comes first. Cycles are reported,
//! never silently broken.

use std::collections::HashMap;

use serde::Serialize;

use super::bia;
use super::graph::{Graph, availability_along, own_times_by_index};
use super::model::Plan;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// 1-based position in the sequence.
    pub order: usize,
    /// Resources in the same wave can be restored in parallel.
    pub wave: usize,
    pub resource_id: String,
    /// The tightest RTO of the activities that need this resource (directly or not).
    pub needed_within_hours: Option<u32>,
    /// When it can be back, given the recovery times below it.
    pub available_hours: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryOrder {
    pub steps: Vec<Step>,
    /// Each cycle of dependencies, as resource ids.
    pub cycles: Vec<Vec<String>>,
    /// Resources that cannot be placed because they are on, or need, a cycle.
    pub blocked: Vec<String>,
}

/// For every resource (by graph index), the tightest RTO (or, without RTO, MTPD) of the
/// activities that need it directly or through other resources.
pub fn needed_within(p: &Plan, g: &Graph) -> Vec<Option<u32>> {
    let mut slots: Vec<Option<u32>> = vec![None; g.len()];
    let direct = direct_needs(p, g);
    let reach = g.reach_sets();
    for a in &p.activities {
        let deadline = a.rto_hours.or_else(|| bia::assess(a, &p.header.scale).mtpd_hours);
        let Some(d) = deadline else { continue };
        for r in reach.of(direct.get(a.id.as_str()).map(Vec::as_slice).unwrap_or(&[])) {
            slots[r] = Some(slots[r].map_or(d, |cur| cur.min(d)));
        }
    }
    slots
}

/// For each activity, the graph indexes of the resources it needs directly.
pub fn direct_needs<'a>(p: &'a Plan, g: &Graph) -> HashMap<&'a str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    for (a, r) in &p.activity_resources {
        if let Some(i) = g.index_of(r) {
            out.entry(a.as_str()).or_default().push(i);
        }
    }
    out
}

pub fn recovery_order(p: &Plan) -> RecoveryOrder {
    let g = Graph::of_plan(p);
    let cycles = g.cycles();
    let blocked = g.blocked_mask();
    let needed = needed_within(p, &g);
    let order = g.dependency_order(&blocked);
    let avail = availability_along(&g, &own_times_by_index(p, &g), &order);
    let mut names = vec![String::new(); g.len()];
    for r in &p.resources {
        if let Some(i) = g.index_of(&r.id) {
            names[i] = r.name.to_lowercase();
        }
    }

    // Wave = length of the longest dependency chain below the resource.
    let mut wave = vec![0usize; g.len()];
    for &v in &order {
        wave[v] = g.adj(v).iter().map(|&d| wave[d] + 1).max().unwrap_or(0);
    }
    let mut placeable = order;
    // Indexes follow id order, so the index breaks ties exactly as the id would.
    placeable.sort_by(|&a, &b| {
        (wave[a], needed[a].unwrap_or(u32::MAX), names[a].as_str(), a).cmp(&(
            wave[b],
            needed[b].unwrap_or(u32::MAX),
            names[b].as_str(),
            b,
        ))
    });
    let steps = placeable
        .into_iter()
        .enumerate()
        .map(|(i, n)| Step {
            order: i + 1,
            wave: wave[n] + 1,
            resource_id: g.id(n).to_string(),
            needed_within_hours: needed[n],
            available_hours: avail[n],
        })
        .collect();
    let blocked = blocked.iter().enumerate().filter(|(_, b)| **b).map(|(i, _)| g.id(i).to_string()).collect();
    RecoveryOrder { steps, cycles, blocked }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bcp::testing::{activity_with_mtpd, plan_with};

    #[test]
    fn dependencies_come_first_and_urgent_first_within_a_wave() {
        let mut p = plan_with(
            &[("net", 4), ("dir", 24), ("payroll", 8), ("library", 8)],
            &[("dir", "net"), ("payroll", "dir"), ("library", "dir")],
        );
        p.activities = vec![activity_with_mtpd("a-pay", 24, Some(24)), activity_with_mtpd("a-lib", 720, Some(336))];
        p.activity_resources = vec![("a-pay".into(), "payroll".into()), ("a-lib".into(), "library".into())];
        let o = recovery_order(&p);
        let ids: Vec<&str> = o.steps.iter().map(|s| s.resource_id.as_str()).collect();
        assert_eq!(ids, vec!["net", "dir", "payroll", "library"]);
        assert_eq!(o.steps[0].wave, 1);
        assert_eq!(o.steps[2].wave, 3);
        assert_eq!(o.steps[2].needed_within_hours, Some(24));
        assert_eq!(o.steps[1].needed_within_hours, Some(24), "the directory inherits the tightest deadline above it");
        assert_eq!(o.steps[2].available_hours, Some(36));
        assert!(o.cycles.is_empty() && o.blocked.is_empty());
    }

    #[test]
    fn cycles_are_reported_and_left_out() {
        let p = plan_with(&[("a", 1), ("b", 1), ("c", 1), ("d", 1)], &[("a", "b"), ("b", "a"), ("c", "a")]);
        let o = recovery_order(&p);
        assert_eq!(o.cycles, vec![vec!["a".to_string(), "b".to_string()]]);
        assert_eq!(o.blocked, vec!["a".to_string(), "b".into(), "c".into()]);
        assert_eq!(o.steps.iter().map(|s| s.resource_id.as_str()).collect::<Vec<_>>(), vec!["d"]);
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::bcp::testing::plan_with;

    proptest! {
        #[test]
        fn every_resource_comes_after_what_it_needs(n in 2usize..30, raw in proptest::collection::vec((0usize..30, 0usize..30), 0..80)) {
            let names: Vec<String> = (0..n).map(|i| format!("r{i:02}")).collect();
            let res: Vec<(&str, u32)> = names.iter().map(|s| (s.as_str(), 4)).collect();
            let deps: Vec<(&str, &str)> = raw.iter().filter(|(a, b)| a < b && *b < n).map(|(a, b)| (names[*a].as_str(), names[*b].as_str())).collect();
            let p = plan_with(&res, &deps);
            let o = recovery_order(&p);
            prop_assert!(o.cycles.is_empty());
            prop_assert_eq!(o.steps.len(), n);
            let pos: std::collections::BTreeMap<&str, usize> = o.steps.iter().map(|s| (s.resource_id.as_str(), s.order)).collect();
            for (a, b) in &deps {
                prop_assert!(pos[b] < pos[a], "{} needs {} so {} comes first", a, b, b);
                let wa = o.steps.iter().find(|s| s.resource_id == *a).map(|s| s.wave);
                let wb = o.steps.iter().find(|s| s.resource_id == *b).map(|s| s.wave);
                prop_assert!(wb < wa);
            }
        }
    }
}
