//! Figures per department without singling anyone out: a department of fewer than
//! `MIN_GROUP` people is merged into "other"; if "other" is still too small, the
//! smallest departments join it until it is not; fewer than `MIN_GROUP` people in all
//! and nothing is shown.

use std::collections::BTreeMap;

pub const MIN_GROUP: usize = 5;
/// The label of the merged group.
pub const OTHER: &str = "other";

/// For each department (with its number of people), the group its figures are shown
/// in: itself or `OTHER`. None: too few people to show anything.
pub fn merge(sizes: &BTreeMap<String, usize>) -> Option<BTreeMap<String, String>> {
    let total: usize = sizes.values().sum();
    if total < MIN_GROUP {
        return None;
    }
    let mut out: BTreeMap<String, String> = sizes
        .iter()
        .map(|(d, n)| (d.clone(), if *n < MIN_GROUP || d == OTHER { OTHER.to_string() } else { d.clone() }))
        .collect();
    loop {
        let other: usize = sizes.iter().filter(|(d, _)| out[*d] == OTHER).map(|(_, n)| n).sum();
        if other == 0 || other >= MIN_GROUP {
            return Some(out);
        }
        // The smallest department still on its own joins "other".
        let smallest = sizes
            .iter()
            .filter(|(d, _)| out[*d] != OTHER)
            .min_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)))
            .map(|(d, _)| d.clone());
        match smallest {
            Some(d) => {
                out.insert(d, OTHER.to_string());
            }
            None => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn sizes(v: &[(&str, usize)]) -> BTreeMap<String, usize> {
        v.iter().map(|(d, n)| (d.to_string(), *n)).collect()
    }

    #[test]
    fn small_departments_become_other() {
        let m = merge(&sizes(&[("Burgerzaken", 12), ("Financiën", 3), ("Bib", 2), ("Technische dienst", 20)])).unwrap();
        assert_eq!(m["Burgerzaken"], "Burgerzaken");
        assert_eq!(m["Financiën"], OTHER);
        assert_eq!(m["Bib"], OTHER);
        // 3 + 2 = 5: enough on its own.
        assert_eq!(m["Technische dienst"], "Technische dienst");
    }

    #[test]
    fn a_too_small_other_takes_the_smallest_department() {
        let m = merge(&sizes(&[("A", 6), ("B", 9), ("C", 2)])).unwrap();
        assert_eq!((m["A"].as_str(), m["B"].as_str(), m["C"].as_str()), (OTHER, "B", OTHER));
        assert_eq!(merge(&sizes(&[("A", 2), ("B", 2)])), None, "four people: nothing");
        let all = merge(&sizes(&[("A", 3), ("B", 2)])).unwrap();
        assert!(all.values().all(|g| g == OTHER));
    }

    proptest! {
        // Every group shown has at least five people; nothing is shown only when
        // there are fewer than five in all.
        #[test]
        fn no_group_under_five(v in proptest::collection::vec(0usize..12, 0..10)) {
            let s: BTreeMap<String, usize> = v.iter().enumerate().map(|(i, n)| (format!("d{i}"), *n)).collect();
            let total: usize = s.values().sum();
            match merge(&s) {
                None => prop_assert!(total < MIN_GROUP),
                Some(m) => {
                    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
                    for (d, g) in &m {
                        *per.entry(g.as_str()).or_default() += s[d];
                    }
                    for (g, n) in per {
                        prop_assert!(n == 0 || n >= MIN_GROUP, "{} has {}", g, n);
                    }
                }
            }
        }
    }
}
