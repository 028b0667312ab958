//! A plan together with what the builder's pages derive from its resources again and
//! again: the dependency graph and when each resource is back. Computed once per plan
//! revision (on first use) and shared read-only between requests.

use std::ops::Deref;
use std::sync::OnceLock;

use super::graph::{Graph, availability_by_index, own_times_by_index};
use super::model::Plan;

/// The graph and availability of a plan's resources.
#[derive(Debug)]
pub struct Analysis {
    pub graph: Graph,
    /// By graph index: when the resource is back (see [`availability_by_index`]).
    pub available: Vec<Option<u32>>,
}

impl Analysis {
    pub fn of(p: &Plan) -> Analysis {
        let graph = Graph::of_plan(p);
        let available = availability_by_index(&graph, &own_times_by_index(p, &graph));
        Analysis { graph, available }
    }

    /// The graph indexes of what an activity needs directly.
    pub fn direct(&self, p: &Plan, activity: &str) -> Vec<usize> {
        p.activity_resources.iter().filter(|(a, _)| a == activity).filter_map(|(_, r)| self.graph.index_of(r)).collect()
    }
}

/// A plan that is not changed any more, with its [`Analysis`] computed on first use.
#[derive(Debug)]
pub struct Analysed {
    plan: Plan,
    analysis: OnceLock<Analysis>,
}

impl Analysed {
    pub fn new(plan: Plan) -> Analysed {
        Analysed { plan, analysis: OnceLock::new() }
    }

    pub fn analysis(&self) -> &Analysis {
        self.analysis.get_or_init(|| Analysis::of(&self.plan))
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }
}

impl Deref for Analysed {
    type Target = Plan;
    fn deref(&self) -> &Plan {
        &self.plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bcp::testing::plan_with;

    #[test]
    fn analysis_is_computed_once_and_matches_a_fresh_one() {
        let mut p = plan_with(&[("app", 8), ("dir", 24), ("net", 4)], &[("app", "dir"), ("dir", "net")]);
        p.activity_resources = vec![("a".into(), "app".into())];
        let shared = Analysed::new(p.clone());
        let first = shared.analysis() as *const Analysis;
        assert_eq!(first, shared.analysis() as *const Analysis, "computed once");
        let fresh = Analysis::of(&p);
        assert_eq!(shared.analysis().available, fresh.available);
        assert_eq!(shared.analysis().direct(&p, "a"), vec![fresh.graph.index_of("app").unwrap()]);
        assert_eq!(shared.activity_resources.len(), 1, "reads through to the plan");
    }
}
