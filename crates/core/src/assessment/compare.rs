//! Anonymous comparison for umbrella organisations: distributions over the member
//! organisations that opted in. A figure over fewer than `MIN_GROUP` organisations is
//! withheld, so no figure can be traced to one of a handful of members.

use std::collections::BTreeMap;

use serde::Serialize;

/// The fewest organisations a shown figure may rest on.
pub const MIN_GROUP: usize = 5;

/// Quartiles of a figure over organisations.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Distribution {
    pub organisations: usize,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
}

/// A figure, or withheld because too few organisations are behind it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Figure<T> {
    Shown(T),
    Withheld { withheld: bool, organisations: Option<usize> },
}

impl<T> Figure<T> {
    fn withheld() -> Figure<T> {
        // How many is not said either: "3 of 5" is itself a small-group figure.
        Figure::Withheld { withheld: true, organisations: None }
    }
    pub fn shown(&self) -> Option<&T> {
        match self {
            Figure::Shown(t) => Some(t),
            Figure::Withheld { .. } => None,
        }
    }
}

/// Keeps one value per organisation (the last), whatever the caller passes.
fn per_org<K: Ord + Clone>(values: &[(K, f64)]) -> Vec<f64> {
    let m: BTreeMap<K, f64> = values.iter().filter(|(_, v)| v.is_finite()).cloned().collect();
    m.into_values().collect()
}

/// Linear interpolation between closest ranks (the usual spreadsheet QUARTILE).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

/// The distribution of a figure over organisations, one value per organisation.
pub fn distribution<K: Ord + Clone>(values: &[(K, f64)]) -> Figure<Distribution> {
    let mut v = per_org(values);
    if v.len() < MIN_GROUP {
        return Figure::withheld();
    }
    v.sort_by(f64::total_cmp);
    Figure::Shown(Distribution {
        organisations: v.len(),
        q1: quantile(&v, 0.25),
        median: quantile(&v, 0.5),
        q3: quantile(&v, 0.75),
    })
}

/// A share of organisations (0–1) for which something holds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Share {
    pub organisations: usize,
    pub share: f64,
}

pub fn share<K: Ord + Clone>(values: &[(K, bool)]) -> Figure<Share> {
    let m: BTreeMap<K, bool> = values.iter().cloned().collect();
    if m.len() < MIN_GROUP {
        return Figure::withheld();
    }
    let yes = m.values().filter(|b| **b).count();
    Figure::Shown(Share { organisations: m.len(), share: yes as f64 / m.len() as f64 })
}

/// Where an organisation's own value lies against a distribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    LowestQuarter,
    BelowMedian,
    AboveMedian,
    HighestQuarter,
}

impl Position {
    pub fn as_str(self) -> &'static str {
        match self {
            Position::LowestQuarter => "lowest_quarter",
            Position::BelowMedian => "below_median",
            Position::AboveMedian => "above_median",
            Position::HighestQuarter => "highest_quarter",
        }
    }
}

pub fn position(own: f64, d: &Distribution) -> Position {
    if own < d.q1 {
        Position::LowestQuarter
    } else if own < d.median {
        Position::BelowMedian
    } else if own <= d.q3 {
        Position::AboveMedian
    } else {
        Position::HighestQuarter
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn quartiles_of_known_values() {
        let v: Vec<(u32, f64)> = (1..=5).map(|i| (i, f64::from(i))).collect();
        let d = *distribution(&v).shown().unwrap();
        assert_eq!((d.q1, d.median, d.q3, d.organisations), (2.0, 3.0, 4.0, 5));
        assert_eq!(position(1.5, &d), Position::LowestQuarter);
        assert_eq!(position(2.5, &d), Position::BelowMedian);
        assert_eq!(position(3.5, &d), Position::AboveMedian);
        assert_eq!(position(4.5, &d), Position::HighestQuarter);
    }

    #[test]
    fn four_are_withheld_five_are_shown() {
        let v: Vec<(u32, f64)> = (1..=4).map(|i| (i, 1.0)).collect();
        assert!(distribution(&v).shown().is_none());
        let json = serde_json::to_value(distribution(&v)).unwrap();
        assert_eq!(json, serde_json::json!({"withheld": true, "organisations": null}));
        let b: Vec<(u32, bool)> = (1..=4).map(|i| (i, true)).collect();
        assert!(share(&b).shown().is_none());
        let b: Vec<(u32, bool)> = (1..=5).map(|i| (i, i % 2 == 0)).collect();
        assert_eq!(share(&b).shown().unwrap().share, 0.4);
    }

    #[test]
    fn the_same_organisation_counts_once() {
        let v: Vec<(u32, f64)> = (0..10).map(|i| (i % 3, f64::from(i))).collect();
        assert!(distribution(&v).shown().is_none(), "ten values from three organisations");
    }

    proptest! {
        // No shown figure rests on fewer than five organisations, however the values
        // are spread over them, and the quartiles lie within the values.
        #[test]
        fn no_figure_from_fewer_than_five(values in proptest::collection::vec((0u8..12, 0.0f64..5.0), 0..40)) {
            let orgs: std::collections::BTreeSet<u8> = values.iter().map(|(k, _)| *k).collect();
            match distribution(&values) {
                Figure::Shown(d) => {
                    prop_assert!(orgs.len() >= MIN_GROUP);
                    prop_assert_eq!(d.organisations, orgs.len());
                    let lo = values.iter().map(|v| v.1).fold(f64::INFINITY, f64::min);
                    let hi = values.iter().map(|v| v.1).fold(f64::NEG_INFINITY, f64::max);
                    prop_assert!(lo <= d.q1 && d.q1 <= d.median && d.median <= d.q3 && d.q3 <= hi);
                }
                Figure::Withheld { organisations, .. } => {
                    prop_assert!(orgs.len() < MIN_GROUP);
                    prop_assert!(organisations.is_none());
                }
            }
            let flags: Vec<(u8, bool)> = values.iter().map(|(k, v)| (*k, *v > 2.5)).collect();
            match share(&flags) {
                Figure::Shown(s) => prop_assert!(s.organisations >= MIN_GROUP && s.organisations == orgs.len()),
                Figure::Withheld { .. } => prop_assert!(orgs.len() < MIN_GROUP),
            }
        }
    }
}
