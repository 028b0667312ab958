//! The dependency graph: activities need resources, resources need other resources.
//! A resource can come back only after everything it needs is back, so the time an
//! activity is available again is the longest chain of recovery times below it.

use std::collections::{BTreeMap, BTreeSet};

use super::model::Plan;

/// Resource dependencies as adjacency lists (ids).
#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// resource → what it depends on
    pub deps: BTreeMap<String, Vec<String>>,
    pub nodes: BTreeSet<String>,
}

impl Graph {
    pub fn new<'a>(
        nodes: impl IntoIterator<Item = &'a str>,
        edges: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Graph {
        let nodes: BTreeSet<String> = nodes.into_iter().map(str::to_string).collect();
        let mut deps: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (from, to) in edges {
            if nodes.contains(from) && nodes.contains(to) {
                let v = deps.entry(from.to_string()).or_default();
                if !v.iter().any(|x| x == to) {
                    v.push(to.to_string());
                }
            }
        }
        for v in deps.values_mut() {
            v.sort();
        }
        Graph { deps, nodes }
    }

    pub fn of_plan(p: &Plan) -> Graph {
        Graph::new(
            p.resources.iter().map(|r| r.id.as_str()),
            p.resource_deps.iter().map(|(a, b)| (a.as_str(), b.as_str())),
        )
    }

    pub fn deps_of(&self, n: &str) -> &[String] {
        self.deps.get(n).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Everything `start` needs, directly or not (excluding `start` unless it is on a cycle).
    pub fn closure<'a>(&self, start: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<String> = start.into_iter().map(str::to_string).collect();
        while let Some(n) = stack.pop() {
            for d in self.deps_of(&n) {
                if seen.insert(d.clone()) {
                    stack.push(d.clone());
                }
            }
        }
        seen
    }

    /// Strongly connected components with more than one node, and self-loops: the
    /// cycles, each sorted, listed in order. (Tarjan's algorithm, iterative.)
    pub fn cycles(&self) -> Vec<Vec<String>> {
        let ids: Vec<&String> = self.nodes.iter().collect();
        let index_of: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
        let n = ids.len();
        let adj: Vec<Vec<usize>> = ids
            .iter()
            .map(|id| self.deps_of(id).iter().filter_map(|d| index_of.get(d.as_str()).copied()).collect())
            .collect();
        let mut index = vec![usize::MAX; n];
        let mut low = vec![0usize; n];
        let mut on_stack = vec![false; n];
        let mut stack: Vec<usize> = Vec::new();
        let mut next = 0usize;
        let mut out: Vec<Vec<String>> = Vec::new();
        for root in 0..n {
            if index[root] != usize::MAX {
                continue;
            }
            // (node, next child position)
            let mut work: Vec<(usize, usize)> = vec![(root, 0)];
            index[root] = next;
            low[root] = next;
            next += 1;
            stack.push(root);
            on_stack[root] = true;
            while let Some(&mut (v, ref mut pos)) = work.last_mut() {
                if *pos < adj[v].len() {
                    let w = adj[v][*pos];
                    *pos += 1;
                    if index[w] == usize::MAX {
                        index[w] = next;
                        low[w] = next;
                        next += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        work.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                } else {
                    work.pop();
                    if let Some(&(parent, _)) = work.last() {
                        low[parent] = low[parent].min(low[v]);
                    }
                    if low[v] == index[v] {
                        let mut comp = Vec::new();
                        while let Some(w) = stack.pop() {
                            on_stack[w] = false;
                            comp.push(ids[w].clone());
                            if w == v {
                                break;
                            }
                        }
                        let self_loop = comp.len() == 1 && adj[v].contains(&v);
                        if comp.len() > 1 || self_loop {
                            comp.sort();
                            out.push(comp);
                        }
                    }
                }
            }
        }
        out.sort();
        out
    }

    /// Nodes on a cycle or needing one (they can never be fully restored in order).
    pub fn blocked_by_cycles(&self) -> BTreeSet<String> {
        let on_cycle: BTreeSet<String> = self.cycles().into_iter().flatten().collect();
        self.nodes
            .iter()
            .filter(|n| on_cycle.contains(*n) || self.closure([n.as_str()]).iter().any(|d| on_cycle.contains(d)))
            .cloned()
            .collect()
    }
}

/// When each resource is available again, in hours from the start of the disruption:
/// its own recovery time after the last of its dependencies. None when unknown
/// (its own time or one below it is missing) or when a cycle is involved.
pub fn availability(g: &Graph, own: &BTreeMap<String, Option<u32>>) -> BTreeMap<String, Option<u32>> {
    let blocked = g.blocked_by_cycles();
    let mut memo: BTreeMap<String, Option<u32>> = BTreeMap::new();
    fn visit(
        n: &str,
        g: &Graph,
        own: &BTreeMap<String, Option<u32>>,
        blocked: &BTreeSet<String>,
        memo: &mut BTreeMap<String, Option<u32>>,
    ) -> Option<u32> {
        if let Some(v) = memo.get(n) {
            return *v;
        }
        let v = if blocked.contains(n) {
            None
        } else {
            let mut worst = Some(0u32);
            for d in g.deps_of(n) {
                worst = match (worst, visit(d, g, own, blocked, memo)) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
            }
            match (worst, own.get(n).copied().flatten()) {
                (Some(w), Some(o)) => Some(w.saturating_add(o)),
                _ => None,
            }
        };
        memo.insert(n.to_string(), v);
        v
    }
    for n in &g.nodes {
        visit(n, g, own, &blocked, &mut memo);
    }
    memo
}

/// The recovery times of a plan's resources, by id.
pub fn own_times(p: &Plan) -> BTreeMap<String, Option<u32>> {
    p.resources.iter().map(|r| (r.id.clone(), r.recovery_hours)).collect()
}

/// When an activity can work again: the latest availability of what it needs directly.
/// None when any of it is unknown; Some(0) when it needs nothing listed.
pub fn activity_availability(p: &Plan, activity: &str, avail: &BTreeMap<String, Option<u32>>) -> Option<u32> {
    let mut worst = Some(0u32);
    for (_, r) in p.activity_resources.iter().filter(|(a, _)| a == activity) {
        worst = match (worst, avail.get(r).copied().flatten()) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
    }
    worst
}

/// One row of an activity's chain picture: a resource, how deep it sits, its own time
/// and when it is available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainRow {
    pub resource_id: String,
    pub depth: usize,
    pub own_hours: Option<u32>,
    pub available_hours: Option<u32>,
}

/// The resources below an activity in depth-first order, each once, with their depth.
pub fn chain(p: &Plan, g: &Graph, activity: &str, avail: &BTreeMap<String, Option<u32>>) -> Vec<ChainRow> {
    let own = own_times(p);
    let mut rows = Vec::new();
    let mut seen = BTreeSet::new();
    let mut direct: Vec<&String> = p.activity_resources.iter().filter(|(a, _)| a == activity).map(|(_, r)| r).collect();
    direct.sort_by_key(|r| std::cmp::Reverse(avail.get(*r).copied().flatten().unwrap_or(u32::MAX)));
    let mut stack: Vec<(String, usize)> = direct.into_iter().rev().map(|r| (r.clone(), 0)).collect();
    while let Some((r, depth)) = stack.pop() {
        if !seen.insert(r.clone()) {
            continue;
        }
        rows.push(ChainRow {
            resource_id: r.clone(),
            depth,
            own_hours: own.get(&r).copied().flatten(),
            available_hours: avail.get(&r).copied().flatten(),
        });
        let mut deps: Vec<&String> = g.deps_of(&r).iter().collect();
        deps.sort_by_key(|d| std::cmp::Reverse(avail.get(*d).copied().flatten().unwrap_or(u32::MAX)));
        for d in deps.into_iter().rev() {
            if !seen.contains(d) {
                stack.push((d.clone(), depth + 1));
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(nodes: &[&str], edges: &[(&str, &str)]) -> Graph {
        Graph::new(nodes.iter().copied(), edges.iter().copied())
    }

    #[test]
    fn closure_follows_chains() {
        let gr = g(&["app", "dir", "net", "x"], &[("app", "dir"), ("dir", "net"), ("app", "net")]);
        let c: Vec<String> = gr.closure(["app"]).into_iter().collect();
        assert_eq!(c, vec!["dir".to_string(), "net".to_string()]);
        assert!(gr.closure(["x"]).is_empty());
        assert!(gr.cycles().is_empty());
    }

    #[test]
    fn unknown_edges_are_ignored() {
        let gr = g(&["a"], &[("a", "ghost"), ("ghost", "a")]);
        assert!(gr.deps_of("a").is_empty());
    }

    #[test]
    fn cycles_are_found_not_hidden() {
        let gr = g(&["a", "b", "c", "d", "e"], &[("a", "b"), ("b", "c"), ("c", "a"), ("d", "d"), ("e", "a")]);
        assert_eq!(gr.cycles(), vec![vec!["a".to_string(), "b".into(), "c".into()], vec!["d".to_string()]]);
        let blocked = gr.blocked_by_cycles();
        assert!(blocked.contains("e") && blocked.contains("a") && blocked.contains("d"));
    }

    #[test]
    fn availability_is_the_longest_chain() {
        let gr = g(&["app", "dir", "net", "srv"], &[("app", "dir"), ("app", "srv"), ("dir", "net"), ("srv", "net")]);
        let own: BTreeMap<String, Option<u32>> =
            [("app", Some(8)), ("dir", Some(24)), ("net", Some(4)), ("srv", Some(48))]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
        let av = availability(&gr, &own);
        assert_eq!(av["net"], Some(4));
        assert_eq!(av["dir"], Some(28));
        assert_eq!(av["srv"], Some(52));
        assert_eq!(av["app"], Some(60));
    }

    #[test]
    fn unknown_and_cycles_propagate() {
        let gr = g(&["a", "b", "c", "d"], &[("a", "b"), ("c", "d"), ("d", "c")]);
        let own: BTreeMap<String, Option<u32>> = [("a", Some(1)), ("b", None), ("c", Some(1)), ("d", Some(1))]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let av = availability(&gr, &own);
        assert_eq!(av["b"], None);
        assert_eq!(av["a"], None, "unknown below means unknown");
        assert_eq!(av["c"], None, "a cycle can never be restored in order");
    }
}

#[cfg(test)]
mod properties {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    /// A random graph on `n` nodes; with `dag`, edges only go to higher-numbered nodes.
    fn graph_strategy(dag: bool) -> impl Strategy<Value = (usize, Vec<(usize, usize)>, Vec<u32>)> {
        (2usize..40).prop_flat_map(move |n| {
            let edges = proptest::collection::vec((0..n, 0..n), 0..(n * 3));
            let times = proptest::collection::vec(0u32..200, n);
            (Just(n), edges, times).prop_map(move |(n, e, t)| {
                let e = if dag { e.into_iter().filter(|(a, b)| a < b).collect() } else { e };
                (n, e, t)
            })
        })
    }

    fn build(n: usize, edges: &[(usize, usize)]) -> (Graph, Vec<String>) {
        let names: Vec<String> = (0..n).map(|i| format!("n{i:02}")).collect();
        let g = Graph::new(
            names.iter().map(String::as_str),
            edges.iter().map(|(a, b)| (names[*a].as_str(), names[*b].as_str())),
        );
        (g, names)
    }

    proptest! {
        #[test]
        fn dags_have_no_cycles_and_availability_respects_dependencies((n, edges, times) in graph_strategy(true)) {
            let (g, names) = build(n, &edges);
            prop_assert!(g.cycles().is_empty());
            let own: BTreeMap<String, Option<u32>> = names.iter().cloned().zip(times.iter().map(|t| Some(*t))).collect();
            let av = availability(&g, &own);
            for (a, b) in &edges {
                let (x, y) = (av[&names[*a]].unwrap(), av[&names[*b]].unwrap());
                // A resource is back no earlier than what it needs, plus its own time.
                prop_assert!(x >= y + times[*a]);
            }
        }

        #[test]
        fn a_back_edge_always_makes_a_cycle((n, edges, _t) in graph_strategy(true), extra in 0usize..1000) {
            prop_assume!(!edges.is_empty());
            let (a, b) = edges[extra % edges.len()];
            let mut with_back = edges.clone();
            with_back.push((b, a));
            let (g, names) = build(n, &with_back);
            let cycles = g.cycles();
            prop_assert!(cycles.iter().any(|c| c.contains(&names[a]) && c.contains(&names[b])));
            let blocked = g.blocked_by_cycles();
            prop_assert!(blocked.contains(&names[a]) && blocked.contains(&names[b]));
        }

        #[test]
        fn cycles_are_exactly_mutually_reachable_nodes((n, edges, _t) in graph_strategy(false)) {
            let (g, names) = build(n, &edges);
            let on_cycle: std::collections::BTreeSet<String> = g.cycles().into_iter().flatten().collect();
            for x in &names {
                let reach = g.closure([x.as_str()]);
                prop_assert_eq!(reach.contains(x), on_cycle.contains(x), "{} reaches itself iff it is on a cycle", x);
            }
        }
    }
}
