//! Scores roll up from requirement to category, function and total: the weighted mean
//! of the answered requirements below a node; not applicable is left out; unanswered
//! requirements count for progress only.

use std::collections::HashMap;

use serde::Serialize;

use super::Framework;
use super::answer::Answer;

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    /// The weighted mean of the values below (scale or percentage); None: nothing scored.
    pub value: Option<f64>,
    pub documentation: Option<f64>,
    pub implementation: Option<f64>,
    /// Requirements in the level below this node, answered ones, not applicable ones.
    pub total: usize,
    pub answered: usize,
    pub not_applicable: usize,
    /// Below their target.
    pub gaps: usize,
}

#[derive(Default, Clone, Copy)]
struct Acc {
    v: (f64, f64),
    d: (f64, f64),
    i: (f64, f64),
    total: usize,
    answered: usize,
    na: usize,
    gaps: usize,
}

fn mean(p: (f64, f64)) -> Option<f64> {
    (p.1 > 0.0).then(|| p.0 / p.1)
}

impl Acc {
    fn add(&mut self, a: Option<&Answer>, w: f64, target: Option<u8>) {
        self.total += 1;
        let Some(a) = a else { return };
        if a.answered() {
            self.answered += 1;
        }
        if a.not_applicable() {
            self.na += 1;
            return;
        }
        if a.is_gap(target) {
            self.gaps += 1;
        }
        if let Some(v) = a.value() {
            self.v.0 += v * w;
            self.v.1 += w;
        }
        if let Some(v) = a.documentation {
            self.d.0 += f64::from(v) * w;
            self.d.1 += w;
        }
        if let Some(v) = a.implementation {
            self.i.0 += f64::from(v) * w;
            self.i.1 += w;
        }
    }
    fn score(&self) -> Score {
        Score {
            value: mean(self.v),
            documentation: mean(self.d),
            implementation: mean(self.i),
            total: self.total,
            answered: self.answered,
            not_applicable: self.na,
            gaps: self.gaps,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollUp {
    /// Per node of the framework, by index; nodes outside the level have total 0.
    pub nodes: Vec<Score>,
    pub total: Score,
}

impl RollUp {
    pub fn of(&self, i: usize) -> Score {
        self.nodes.get(i).copied().unwrap_or_default()
    }
}

/// The roll-up of `answers` (by requirement id) at `level`.
pub fn roll_up(f: &Framework, level: Option<&str>, answers: &HashMap<String, Answer>) -> RollUp {
    let mut acc = vec![Acc::default(); f.nodes.len()];
    let mut total = Acc::default();
    for (i, n) in f.requirements(level) {
        let a = answers.get(&n.id);
        let w = f64::from(n.weight.max(1));
        let target = f.target_of(n).map(|t| a.and_then(|a| a.target).unwrap_or(t));
        total.add(a, w, target);
        let mut at = Some(i);
        while let Some(x) = at {
            acc[x].add(a, w, target);
            at = f.nodes[x].parent;
        }
    }
    RollUp { nodes: acc.iter().map(Acc::score).collect(), total: total.score() }
}

/// A requirement below its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub index: usize,
    pub id: String,
    pub key: bool,
    pub value: Option<f64>,
    pub target: Option<u8>,
    /// How far below the target the lower score is (results: 1 partly, 2 not compliant).
    pub shortfall: u8,
}

/// Every gap, the biggest first, key measures before others of the same size.
pub fn gaps(f: &Framework, level: Option<&str>, answers: &HashMap<String, Answer>) -> Vec<Gap> {
    let mut out: Vec<Gap> = f
        .requirements(level)
        .filter_map(|(i, n)| {
            let a = answers.get(&n.id)?;
            let target = f.target_of(n).map(|t| a.target.unwrap_or(t));
            if !a.is_gap(target) {
                return None;
            }
            let shortfall = match (a.verdict, target) {
                (Some(super::answer::Verdict::NotCompliant), _) => 2,
                (Some(_), _) => 1,
                (None, Some(t)) => {
                    let low = [a.documentation, a.implementation].into_iter().flatten().min().unwrap_or(t);
                    t.saturating_sub(low)
                }
                (None, None) => 0,
            };
            Some(Gap { index: i, id: n.id.clone(), key: n.key, value: a.value(), target, shortfall })
        })
        .collect();
    out.sort_by(|a, b| b.shortfall.cmp(&a.shortfall).then(b.key.cmp(&a.key)).then(a.index.cmp(&b.index)));
    out
}

/// Key measures in the level that are not met: a gap, or not answered yet.
pub fn key_not_met(f: &Framework, level: Option<&str>, answers: &HashMap<String, Answer>) -> Vec<usize> {
    f.requirements(level)
        .filter(|(_, n)| n.key)
        .filter(|(_, n)| match answers.get(&n.id) {
            None => true,
            Some(a) => {
                let target = f.target_of(n).map(|t| a.target.unwrap_or(t));
                !a.answered() || a.is_gap(target)
            }
        })
        .map(|(i, _)| i)
        .collect()
}
