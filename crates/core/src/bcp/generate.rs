//! Large, varied plans for benchmarks and load tests: deterministic from a seed, with
//! every kind of resource, chains several levels deep, a few cycles and gaps, so that
//! every check and the recovery order have real work to do.

use jiff::civil::Date;

use super::model::*;

/// A small deterministic generator (SplitMix64): no dependency, same plan every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

/// A plan with `activities` activities, `resources` resources and `dependencies` edges in
/// all (five resources per activity, the rest between resources).
pub fn plan(activities: usize, resources: usize, dependencies: usize, seed: u64, today: Date) -> Plan {
    let mut rng = Rng(seed);
    let scale = Scale::default();
    let windows = scale.windows_hours.len();
    let kinds = ResourceKind::ALL;
    let res: Vec<Resource> = (0..resources)
        .map(|i| {
            let kind = kinds[i % kinds.len()];
            let mut r = Resource::new(format!("r{i}"), i as i64, kind, format!("Middel {i}"));
            r.recovery_hours = (rng.below(400) != 0).then(|| rng.pick(&[1, 4, 8, 12, 24, 48, 72]));
            r.recovery_basis = rng.pick(&Basis::ALL);
            if kind.holds_data() {
                r.backup_interval_hours = Some(rng.pick(&[1, 4, 24, 168]));
                r.backup_type = rng.pick(&BackupType::ALL);
                r.last_restore_test = match rng.below(3) {
                    0 => None,
                    1 => today.checked_sub(jiff::Span::new().days(500)).ok(),
                    _ => today.checked_sub(jiff::Span::new().days(30)).ok(),
                };
            }
            if kind == ResourceKind::Person && rng.below(2) == 0 {
                r.deputy = format!("Vervanger {i}");
            }
            if kind == ResourceKind::Supplier {
                r.sla_hours = Some(rng.pick(&[4, 8, 24, 72]));
                if rng.below(2) == 0 {
                    r.contact_24_7 = "+32 9 000 00 00".into();
                }
            }
            r
        })
        .collect();
    let acts: Vec<Activity> = (0..activities)
        .map(|i| {
            let mut a = Activity::new(format!("a{i}"), i as i64, format!("Activiteit {i}"), windows);
            a.department = format!("Dienst {}", i % 12);
            for c in ImpactCategory::ALL {
                let mut level = 0u8;
                for w in 0..windows {
                    level = (level + rng.below(2) as u8).min(MAX_LEVEL);
                    a.impacts.set(c, w, Some(level));
                }
            }
            a.rto_hours = Some(rng.pick(&[4, 8, 24, 72, 168]));
            a.rpo_hours = Some(rng.pick(&[1, 4, 24]));
            if rng.below(3) != 0 {
                a.workaround = vec!["Werk op papier".into()];
            }
            a
        })
        .collect();
    let per_activity = 5.min(resources);
    let mut activity_resources = Vec::with_capacity(activities * per_activity);
    for a in &acts {
        for _ in 0..per_activity {
            let r = &res[rng.below(resources)];
            if !activity_resources.iter().any(|(x, y): &(String, String)| *x == a.id && *y == r.id) {
                activity_resources.push((a.id.clone(), r.id.clone()));
            }
        }
    }
    // Towards lower indices (a deep acyclic graph), plus three small cycles near the top,
    // where a mistake in a real plan would sit (an application and its add-on needing
    // each other), not under everything.
    let between = dependencies.saturating_sub(activity_resources.len());
    let mut resource_deps: Vec<(String, String)> = Vec::with_capacity(between);
    let mut seen = std::collections::HashSet::new();
    let mut edge = |from: usize, to: usize, deps: &mut Vec<(String, String)>| {
        if from != to && seen.insert((from, to)) {
            deps.push((res[from].id.clone(), res[to].id.clone()));
        }
    };
    if resources > 3 {
        for _ in 0..3.min(between / 2) {
            let x = resources - 1 - rng.below((resources / 50).max(1));
            edge(x, x - 1, &mut resource_deps);
            edge(x - 1, x, &mut resource_deps);
        }
    }
    while resource_deps.len() < between && resources > 1 {
        let from = 1 + rng.below(resources - 1);
        let to = rng.below(from);
        edge(from, to, &mut resource_deps);
    }
    let mut p = Plan {
        header: PlanHeader {
            id: "generated".into(),
            status: PlanStatus::Draft,
            language: "nl".into(),
            scope: "Gegenereerd plan".into(),
            objectives: String::new(),
            assumptions: String::new(),
            owner_name: "Eigenaar".into(),
            owner_email: "eigenaar@voorbeeld.test".into(),
            classification: "Vertrouwelijk".into(),
            approval: None,
            next_review: today.checked_sub(jiff::Span::new().days(10)).ok(),
            own_domains: vec!["voorbeeld.test".into()],
            scale,
            version_label: "0.1".into(),
            version: 1,
        },
        activities: acts,
        resources: res,
        activity_resources,
        resource_deps,
        crisis: Crisis::default(),
        roles: vec![],
        playbooks: vec![],
        stakeholders: vec![],
        messages: vec![],
        exercises: vec![],
    };
    p.roles = ["coordinator", "mayor", "it-lead"]
        .iter()
        .enumerate()
        .map(|(i, k)| CrisisRole {
            id: format!("role{i}"),
            position: i as i64,
            key: (*k).into(),
            name: (*k).into(),
            tasks: vec![],
            primary: Contact { name: "Iemand".into(), phone: "+32 9 000 00 01".into(), ..Contact::default() },
            deputy: Contact::default(),
            version: 1,
        })
        .collect();
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bcp::{checks, recovery};

    #[test]
    fn the_generated_plan_has_the_asked_size_and_exercises_the_checks() {
        let p = plan(200, 1000, 5000, 7, jiff::civil::date(2026, 11, 27));
        assert_eq!(p.activities.len(), 200);
        assert_eq!(p.resources.len(), 1000);
        assert_eq!(p.activity_resources.len() + p.resource_deps.len(), 5000);
        assert_eq!(p, plan(200, 1000, 5000, 7, jiff::civil::date(2026, 11, 27)), "deterministic");
        let codes: std::collections::BTreeSet<&str> =
            checks::run(&p, jiff::civil::date(2026, 11, 27)).iter().map(|f| f.code).collect();
        for c in [
            "chain_slower_than_rto",
            "backup_slower_than_rpo",
            "no_offline_backup",
            "restore_test_old",
            "dependency_cycle",
        ] {
            assert!(codes.contains(c), "{c} in {codes:?}");
        }
        let order = recovery::recovery_order(&p);
        assert!(!order.cycles.is_empty());
        assert!(order.steps.len() > 500);
    }
}
