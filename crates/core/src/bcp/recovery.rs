//! The restore sequence: resources in waves, each wave needing only earlier waves;
//! within a wave, what the most urgent activities need comes first. Cycles are reported,
//! never silently broken.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::bia;
use super::graph::{Graph, availability, own_times};
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

/// For every resource, the tightest RTO (or, without RTO, MTPD) of the activities
/// that need it directly or through other resources.
pub fn needed_within(p: &Plan, g: &Graph) -> BTreeMap<String, Option<u32>> {
    let mut out: BTreeMap<String, Option<u32>> = p.resources.iter().map(|r| (r.id.clone(), None)).collect();
    for a in &p.activities {
        let deadline = a.rto_hours.or_else(|| bia::assess(a, &p.header.scale).mtpd_hours);
        let Some(d) = deadline else { continue };
        let direct: Vec<&str> =
            p.activity_resources.iter().filter(|(x, _)| *x == a.id).map(|(_, r)| r.as_str()).collect();
        let mut all: BTreeSet<String> = g.closure(direct.iter().copied());
        all.extend(direct.iter().map(|s| s.to_string()));
        for r in all {
            if let Some(slot) = out.get_mut(&r) {
                *slot = Some(slot.map_or(d, |cur| cur.min(d)));
            }
        }
    }
    out
}

pub fn recovery_order(p: &Plan) -> RecoveryOrder {
    let g = Graph::of_plan(p);
    let cycles = g.cycles();
    let blocked = g.blocked_by_cycles();
    let needed = needed_within(p, &g);
    let avail = availability(&g, &own_times(p));
    let names: BTreeMap<&str, &str> = p.resources.iter().map(|r| (r.id.as_str(), r.name.as_str())).collect();

    // Wave = length of the longest dependency chain below the resource.
    let mut wave: BTreeMap<String, usize> = BTreeMap::new();
    fn depth(n: &str, g: &Graph, memo: &mut BTreeMap<String, usize>) -> usize {
        if let Some(d) = memo.get(n) {
            return *d;
        }
        let d = g.deps_of(n).iter().map(|x| depth(x, g, memo) + 1).max().unwrap_or(0);
        memo.insert(n.to_string(), d);
        d
    }
    let mut placeable: Vec<&String> = g.nodes.iter().filter(|n| !blocked.contains(*n)).collect();
    for n in &placeable {
        depth(n, &g, &mut wave);
    }
    placeable.sort_by(|a, b| {
        let key = |n: &String| {
            (
                wave[n],
                needed[n].unwrap_or(u32::MAX),
                names.get(n.as_str()).map(|s| s.to_lowercase()).unwrap_or_default(),
                n.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    let steps = placeable
        .into_iter()
        .enumerate()
        .map(|(i, n)| Step {
            order: i + 1,
            wave: wave[n] + 1,
            resource_id: n.clone(),
            needed_within_hours: needed[n],
            available_hours: avail.get(n).copied().flatten(),
        })
        .collect();
    RecoveryOrder { steps, cycles, blocked: blocked.into_iter().collect() }
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
