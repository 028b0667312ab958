//! The dependency graph: activities need resources, resources need other resources.
//! A resource can come back only after everything it needs is back, so the time an
//! activity is available again is the longest chain of recovery times below it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::model::Plan;

/// Resource dependencies. Ids for the callers; dense indexes (in id order) inside, so
/// that a plan of a thousand resources is walked in microseconds.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    ids: Vec<String>,
    index: HashMap<String, usize>,
    /// index → the indexes it depends on, sorted
    adj: Vec<Vec<usize>>,
}

impl Graph {
    pub fn new<'a>(
        nodes: impl IntoIterator<Item = &'a str>,
        edges: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Graph {
        let mut ids: Vec<String> = nodes.into_iter().map(str::to_string).collect();
        ids.sort_unstable();
        ids.dedup();
        let index: HashMap<String, usize> = ids.iter().enumerate().map(|(i, s)| (s.clone(), i)).collect();
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
        for (from, to) in edges {
            if let (Some(&f), Some(&t)) = (index.get(from), index.get(to))
                && !adj[f].contains(&t)
            {
                adj[f].push(t);
            }
        }
        for a in &mut adj {
            a.sort_unstable();
        }
        Graph { ids, index, adj }
    }

    pub fn of_plan(p: &Plan) -> Graph {
        Graph::new(
            p.resources.iter().map(|r| r.id.as_str()),
            p.resource_deps.iter().map(|(a, b)| (a.as_str(), b.as_str())),
        )
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn id(&self, i: usize) -> &str {
        &self.ids[i]
    }

    /// The ids `n` depends on directly.
    pub fn deps_of(&self, n: &str) -> Vec<&str> {
        self.index_of(n).map(|i| self.adj[i].iter().map(|&d| self.ids[d].as_str()).collect()).unwrap_or_default()
    }

    /// All ids, sorted.
    pub fn nodes(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// For every index, everything it needs directly or not, itself included, as bit
    /// sets: one pass in dependency order, then a walk for what cycles block.
    pub fn reach_sets(&self) -> Reach {
        let n = self.len();
        let words = n.div_ceil(64);
        let mut bits = vec![0u64; n * words];
        let blocked = self.blocked_mask();
        for v in self.dependency_order(&blocked) {
            bits[v * words + v / 64] |= 1 << (v % 64);
            for &d in &self.adj[v] {
                for w in 0..words {
                    bits[v * words + w] |= bits[d * words + w];
                }
            }
        }
        for v in (0..n).filter(|&v| blocked[v]) {
            for i in self.reach([v], true) {
                bits[v * words + i / 64] |= 1 << (i % 64);
            }
        }
        Reach { words, bits }
    }

    /// Indexes reachable from `starts` through dependencies, sorted; the starts
    /// themselves are included when `include_starts`, otherwise only if on a cycle.
    pub fn reach(&self, starts: impl IntoIterator<Item = usize>, include_starts: bool) -> Vec<usize> {
        let mut seen = vec![false; self.len()];
        let mut stack: Vec<usize> = Vec::new();
        for s in starts {
            if include_starts {
                seen[s] = true;
            }
            stack.push(s);
        }
        while let Some(n) = stack.pop() {
            for &d in &self.adj[n] {
                if !seen[d] {
                    seen[d] = true;
                    stack.push(d);
                }
            }
        }
        seen.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| i).collect()
    }

    /// Everything `start` needs, directly or not (excluding `start` unless it is on a cycle).
    pub fn closure<'a>(&self, start: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
        let starts: Vec<usize> = start.into_iter().filter_map(|s| self.index_of(s)).collect();
        self.reach(starts, false).into_iter().map(|i| self.ids[i].clone()).collect()
    }

    /// Strongly connected components with more than one node, and self-loops: the
    /// cycles, each sorted, listed in order. (Tarjan's algorithm, iterative.)
    pub fn cycles(&self) -> Vec<Vec<String>> {
        self.cycle_indexes().into_iter().map(|c| c.into_iter().map(|i| self.ids[i].clone()).collect()).collect()
    }

    fn cycle_indexes(&self) -> Vec<Vec<usize>> {
        let n = self.len();
        let adj = &self.adj;
        let mut index = vec![usize::MAX; n];
        let mut low = vec![0usize; n];
        let mut on_stack = vec![false; n];
        let mut stack: Vec<usize> = Vec::new();
        let mut next = 0usize;
        let mut out: Vec<Vec<usize>> = Vec::new();
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
                            comp.push(w);
                            if w == v {
                                break;
                            }
                        }
                        let self_loop = comp.len() == 1 && adj[v].contains(&v);
                        if comp.len() > 1 || self_loop {
                            comp.sort_unstable();
                            out.push(comp);
                        }
                    }
                }
            }
        }
        // Ids are in index order, so sorting indexes sorts the components by id.
        out.sort();
        out
    }

    /// Per index: on a cycle, or needing one (it can never be fully restored in order).
    pub fn blocked_mask(&self) -> Vec<bool> {
        let mut blocked = vec![false; self.len()];
        let mut rev: Vec<Vec<usize>> = vec![Vec::new(); self.len()];
        for (f, ds) in self.adj.iter().enumerate() {
            for &d in ds {
                rev[d].push(f);
            }
        }
        let mut stack: Vec<usize> = self.cycle_indexes().into_iter().flatten().collect();
        for &s in &stack {
            blocked[s] = true;
        }
        while let Some(n) = stack.pop() {
            for &up in &rev[n] {
                if !blocked[up] {
                    blocked[up] = true;
                    stack.push(up);
                }
            }
        }
        blocked
    }

    /// Nodes on a cycle or needing one (they can never be fully restored in order).
    pub fn blocked_by_cycles(&self) -> BTreeSet<String> {
        self.blocked_mask().iter().enumerate().filter(|(_, b)| **b).map(|(i, _)| self.ids[i].clone()).collect()
    }

    /// The indexes not blocked by a cycle, each after everything it depends on.
    pub fn dependency_order(&self, blocked: &[bool]) -> Vec<usize> {
        let n = self.len();
        let mut done = vec![false; n];
        let mut out = Vec::with_capacity(n);
        for root in 0..n {
            if done[root] || blocked[root] {
                continue;
            }
            let mut work: Vec<(usize, usize)> = vec![(root, 0)];
            while let Some(&mut (v, ref mut pos)) = work.last_mut() {
                if let Some(&w) = self.adj[v].get(*pos) {
                    *pos += 1;
                    // Unblocked nodes form an acyclic graph, so the walk cannot loop.
                    if !done[w] && !blocked[w] {
                        work.push((w, 0));
                    }
                } else {
                    work.pop();
                    if !done[v] {
                        done[v] = true;
                        out.push(v);
                    }
                }
            }
        }
        out
    }

    /// What index `i` depends on directly.
    pub fn adj(&self, i: usize) -> &[usize] {
        &self.adj[i]
    }
}

/// Reachability as one bit set per node (see [`Graph::reach_sets`]).
pub struct Reach {
    words: usize,
    bits: Vec<u64>,
}

impl Reach {
    /// The union of what `starts` need (themselves included), as sorted indexes.
    pub fn of(&self, starts: &[usize]) -> Vec<usize> {
        let mut acc = vec![0u64; self.words];
        for &s in starts {
            for (w, a) in acc.iter_mut().enumerate() {
                *a |= self.bits[s * self.words + w];
            }
        }
        let mut out = Vec::new();
        for (w, mut word) in acc.into_iter().enumerate() {
            while word != 0 {
                out.push(w * 64 + word.trailing_zeros() as usize);
                word &= word - 1;
            }
        }
        out
    }
}

/// When each resource is available again, in hours from the start of the disruption:
/// its own recovery time after the last of its dependencies. None when unknown
/// (its own time or one below it is missing) or when a cycle is involved.
pub fn availability(g: &Graph, own: &BTreeMap<String, Option<u32>>) -> BTreeMap<String, Option<u32>> {
    let own: Vec<Option<u32>> = g.nodes().map(|id| own.get(id).copied().flatten()).collect();
    availability_by_index(g, &own).into_iter().enumerate().map(|(i, v)| (g.id(i).to_string(), v)).collect()
}

/// [`availability`] by graph index, from the own recovery times by graph index.
pub fn availability_by_index(g: &Graph, own: &[Option<u32>]) -> Vec<Option<u32>> {
    availability_along(g, own, &g.dependency_order(&g.blocked_mask()))
}

/// [`availability_by_index`] for a caller that already has the dependency order.
pub fn availability_along(g: &Graph, own: &[Option<u32>], order: &[usize]) -> Vec<Option<u32>> {
    let mut at: Vec<Option<u32>> = vec![None; g.len()];
    for &v in order {
        let mut worst = Some(0u32);
        for &d in g.adj(v) {
            worst = match (worst, at[d]) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
        }
        at[v] = match (worst, own[v]) {
            (Some(w), Some(o)) => Some(w.saturating_add(o)),
            _ => None,
        };
    }
    at
}

/// The recovery times of a plan's resources, by graph index.
pub fn own_times_by_index(p: &Plan, g: &Graph) -> Vec<Option<u32>> {
    let mut own = vec![None; g.len()];
    for r in &p.resources {
        if let Some(i) = g.index_of(&r.id) {
            own[i] = r.recovery_hours;
        }
    }
    own
}

/// The latest of the availabilities of `direct` (graph indexes); None when any is unknown.
pub fn latest_of(direct: &[usize], at: &[Option<u32>]) -> Option<u32> {
    direct.iter().try_fold(0u32, |worst, &d| at[d].map(|x| worst.max(x)))
}

/// One row of an activity's chain picture: a resource, how deep it sits, its own time
/// and when it is available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainRow {
    pub resource_id: String,
    pub name: String,
    pub depth: usize,
    pub own_hours: Option<u32>,
    pub available_hours: Option<u32>,
}

/// The resources below an activity in depth-first order, each once, with their depth.
pub fn chain(p: &Plan, g: &Graph, activity: &str, at: &[Option<u32>]) -> Vec<ChainRow> {
    let mut res: Vec<Option<&super::model::Resource>> = vec![None; g.len()];
    for r in &p.resources {
        if let Some(i) = g.index_of(&r.id) {
            res[i] = Some(r);
        }
    }
    // Slowest first, so the critical path reads from the top.
    let slowest_first = |i: &usize| std::cmp::Reverse(at[*i].unwrap_or(u32::MAX));
    let mut direct: Vec<usize> =
        p.activity_resources.iter().filter(|(a, _)| a == activity).filter_map(|(_, r)| g.index_of(r)).collect();
    direct.sort_by_key(slowest_first);
    let mut rows = Vec::new();
    let mut seen = vec![false; g.len()];
    let mut stack: Vec<(usize, usize)> = direct.into_iter().rev().map(|r| (r, 0)).collect();
    while let Some((r, depth)) = stack.pop() {
        if std::mem::replace(&mut seen[r], true) {
            continue;
        }
        rows.push(ChainRow {
            resource_id: g.id(r).to_string(),
            name: res[r].map(|x| x.name.clone()).unwrap_or_default(),
            depth,
            own_hours: res[r].and_then(|x| x.recovery_hours),
            available_hours: at[r],
        });
        let mut deps = g.adj(r).to_vec();
        deps.sort_by_key(slowest_first);
        stack.extend(deps.into_iter().rev().filter(|d| !seen[*d]).map(|d| (d, depth + 1)));
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
    fn chain_walks_slowest_first_with_depth_and_names() {
        let mut p = crate::bcp::testing::plan_with(
            &[("app", 8), ("dir", 24), ("net", 4), ("srv", 48), ("other", 1)],
            &[("app", "dir"), ("app", "srv"), ("dir", "net"), ("srv", "net")],
        );
        p.activity_resources = vec![("a".into(), "app".into()), ("b".into(), "other".into())];
        let gr = Graph::of_plan(&p);
        let at = availability_by_index(&gr, &own_times_by_index(&p, &gr));
        let rows = chain(&p, &gr, "a", &at);
        let got: Vec<(&str, usize, Option<u32>, Option<u32>)> =
            rows.iter().map(|r| (r.resource_id.as_str(), r.depth, r.own_hours, r.available_hours)).collect();
        assert_eq!(
            got,
            vec![
                ("app", 0, Some(8), Some(60)),
                ("srv", 1, Some(48), Some(52)),
                ("net", 2, Some(4), Some(4)),
                ("dir", 1, Some(24), Some(28)),
            ],
            "each resource once, the slowest branch first"
        );
        assert_eq!(rows[0].name, "app");
        assert!(chain(&p, &gr, "nobody", &at).is_empty());
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

        #[test]
        fn reach_sets_agree_with_walking((n, edges, _t) in graph_strategy(false), picks in proptest::collection::vec(0usize..40, 0..4)) {
            let (g, _) = build(n, &edges);
            let sets = g.reach_sets();
            for v in 0..n {
                prop_assert_eq!(sets.of(&[v]), g.reach([v], true));
            }
            let starts: Vec<usize> = picks.into_iter().map(|p| p % n).collect();
            prop_assert_eq!(sets.of(&starts), g.reach(starts.clone(), true));
        }

        #[test]
        fn blocked_nodes_are_exactly_those_reaching_a_cycle((n, edges, _t) in graph_strategy(false)) {
            let (g, names) = build(n, &edges);
            let on_cycle: std::collections::BTreeSet<String> = g.cycles().into_iter().flatten().collect();
            let blocked = g.blocked_by_cycles();
            for x in &names {
                let needs_cycle = on_cycle.contains(x) || g.closure([x.as_str()]).iter().any(|d| on_cycle.contains(d));
                prop_assert_eq!(blocked.contains(x), needs_cycle);
            }
            // Everything else comes in an order where dependencies are first.
            let mask = g.blocked_mask();
            let order = g.dependency_order(&mask);
            let pos: BTreeMap<usize, usize> = order.iter().enumerate().map(|(i, v)| (*v, i)).collect();
            prop_assert_eq!(order.len(), mask.iter().filter(|b| !**b).count());
            for (a, b) in &edges {
                if let (Some(pa), Some(pb)) = (pos.get(a), pos.get(b)) {
                    prop_assert!(pb < pa || a == b);
                }
            }
        }
    }
}
