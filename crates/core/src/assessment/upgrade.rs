//! A newer version of a framework replaces the old one. Answers stay on requirements
//! whose id did not change; the rest is listed.

use std::collections::HashSet;

use serde::Serialize;

use super::Framework;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Upgrade {
    /// Requirement ids with answers that the new version still has.
    pub kept: usize,
    /// Requirement ids with answers that the new version no longer has.
    pub orphaned: Vec<String>,
    /// Requirements new in this version.
    pub added: Vec<String>,
    /// Requirements of the old version that are gone.
    pub removed: Vec<String>,
}

/// What replacing `old` by `new` does to answers on `answered` requirement ids.
pub fn plan(old: &Framework, new: &Framework, answered: &[String]) -> Upgrade {
    let ids = |f: &Framework| f.nodes.iter().filter(|n| n.assessable).map(|n| n.id.clone()).collect::<Vec<_>>();
    let (o, n) = (ids(old), ids(new));
    let (os, ns): (HashSet<&String>, HashSet<&String>) = (o.iter().collect(), n.iter().collect());
    let mut orphaned: Vec<String> = answered.iter().filter(|a| !ns.contains(a)).cloned().collect();
    orphaned.sort();
    orphaned.dedup();
    Upgrade {
        kept: answered.iter().filter(|a| ns.contains(a)).count(),
        orphaned,
        added: n.iter().filter(|x| !os.contains(x)).cloned().collect(),
        removed: o.iter().filter(|x| !ns.contains(x)).cloned().collect(),
    }
}

/// Whether `new` may replace `old`: the same framework.
pub fn same_framework(old: &Framework, new: &Framework) -> bool {
    old.urn == new.urn
}
