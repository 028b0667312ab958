//! One failing and one passing case for every check.

use jiff::civil::date;

use super::*;
use crate::bcp::model::*;
use crate::bcp::testing::*;

fn codes(p: &Plan) -> Vec<&'static str> {
    run(p, today()).into_iter().map(|f| f.code).collect()
}

fn has(p: &Plan, code: &str) -> bool {
    codes(p).contains(&code)
}

/// A critical activity needing one application that has everything in order.
fn healthy() -> Plan {
    let mut p = plan();
    p.activities.push(activity_with_mtpd("a", 24, Some(24)));
    add_resource(&mut p, "app", ResourceKind::Application);
    needs(&mut p, "a", "app");
    p
}

#[test]
fn a_healthy_plan_has_no_findings() {
    assert_eq!(codes(&healthy()), Vec::<&str>::new());
    assert_eq!(codes(&plan()), Vec::<&str>::new());
    for c in codes(&healthy()) {
        assert!(CODES.contains(&c));
    }
}

#[test]
fn rto_missing() {
    let mut p = healthy();
    p.activities[0].rto_hours = None;
    assert!(has(&p, "rto_missing"));
    assert!(!has(&healthy(), "rto_missing"));
}

#[test]
fn rto_above_mtpd() {
    let mut p = healthy();
    p.activities[0].rto_hours = Some(48);
    let f = run(&p, today()).into_iter().find(|f| f.code == "rto_above_mtpd").expect("finding");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.target_id.as_deref(), Some("a"));
    assert!(f.args.contains(&("mtpd", "24".into())) && f.args.contains(&("rto", "48".into())));
    let mut ok = healthy();
    ok.activities[0].rto_hours = Some(24);
    assert!(!has(&ok, "rto_above_mtpd"));
}

#[test]
fn chain_slower_than_rto() {
    let mut p = healthy();
    add_resource(&mut p, "dir", ResourceKind::Infrastructure).recovery_hours = Some(24);
    p.resource_deps.push(("app".into(), "dir".into()));
    p.resources[0].recovery_hours = Some(8);
    // With a manual workaround the gap is bridged: a remark, not an error.
    let f = run(&p, today()).into_iter().find(|f| f.code == "chain_bridged_by_workaround").expect("finding");
    assert_eq!(f.severity, Severity::Info);
    assert!(f.args.contains(&("available", "32".into())));
    assert!(!has(&p, "chain_slower_than_rto"));
    p.activities[0].workaround.clear();
    let f = run(&p, today()).into_iter().find(|f| f.code == "chain_slower_than_rto").expect("finding");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.args.contains(&("available", "32".into())) && f.args.contains(&("rto", "24".into())));
    p.resources[1].recovery_hours = Some(8);
    assert!(!has(&p, "chain_slower_than_rto"), "8 + 8 <= 24");
    assert!(!has(&p, "chain_bridged_by_workaround"));
}

#[test]
fn recovery_time_unknown_only_behind_critical_activities() {
    let mut p = healthy();
    p.resources[0].recovery_hours = None;
    assert!(has(&p, "recovery_time_unknown"));
    assert!(!has(&p, "chain_slower_than_rto"), "unknown is not slower");
    p.activities[0] = activity_with_mtpd("a", 720, Some(720));
    assert!(!has(&p, "recovery_time_unknown"), "not critical");
}

#[test]
fn backup_slower_than_rpo() {
    let mut p = healthy();
    p.activities[0].rpo_hours = Some(4);
    assert!(has(&p, "backup_slower_than_rpo"), "24 h back-ups, 4 h tolerated");
    p.resources[0].backup_interval_hours = Some(4);
    assert!(!has(&p, "backup_slower_than_rpo"));
    let mut infra = healthy();
    infra.activities[0].rpo_hours = Some(1);
    infra.resources[0].kind = ResourceKind::Infrastructure;
    assert!(!has(&infra, "backup_slower_than_rpo"), "only data-holding resources");
    // Two activities on the same application: one finding, naming the stricter one.
    let mut two = healthy();
    two.activities[0].rpo_hours = Some(8);
    let mut b = activity_with_mtpd("b", 24, Some(24));
    b.name = "Strenger".into();
    b.rpo_hours = Some(2);
    two.activities.push(b);
    needs(&mut two, "b", "app");
    let f: Vec<Finding> = run(&two, today()).into_iter().filter(|f| f.code == "backup_slower_than_rpo").collect();
    assert_eq!(f.len(), 1);
    assert!(f[0].args.contains(&("activity", "Strenger".into())) && f[0].args.contains(&("rpo", "2".into())));
}

#[test]
fn no_offline_backup() {
    let mut p = healthy();
    p.resources[0].backup_type = BackupType::Online;
    assert!(has(&p, "no_offline_backup"));
    p.resources[0].backup_type = BackupType::None;
    assert!(has(&p, "no_offline_backup"));
    p.resources[0].backup_type = BackupType::Offline;
    assert!(!has(&p, "no_offline_backup"));
}

#[test]
fn restore_tests() {
    let mut p = healthy();
    p.resources[0].last_restore_test = None;
    assert!(has(&p, "restore_never_tested"));
    p.resources[0].last_restore_test = Some(date(2025, 10, 1));
    assert!(has(&p, "restore_test_old"));
    p.resources[0].last_restore_test = Some(date(2025, 12, 1));
    assert!(!has(&p, "restore_test_old") && !has(&p, "restore_never_tested"));
}

#[test]
fn person_without_deputy() {
    let mut p = healthy();
    add_resource(&mut p, "clerk", ResourceKind::Person).deputy = String::new();
    needs(&mut p, "a", "clerk");
    assert!(has(&p, "person_without_deputy"));
    p.resources[1].deputy = "Jan".into();
    assert!(!has(&p, "person_without_deputy"));
}

#[test]
fn suppliers() {
    let mut p = healthy();
    add_resource(&mut p, "vendor", ResourceKind::Supplier);
    p.resource_deps.push(("app".into(), "vendor".into()));
    assert!(!has(&p, "supplier_without_24_7") && !has(&p, "supplier_sla_above_rto"));
    p.resources[1].contact_24_7 = " ".into();
    p.resources[1].sla_hours = Some(48);
    assert!(has(&p, "supplier_without_24_7"));
    assert!(has(&p, "supplier_sla_above_rto"), "reached through the application, transitively");
}

#[test]
fn single_location() {
    let mut p = healthy();
    p.activities.push(activity_with_mtpd("b", 72, Some(72)));
    add_resource(&mut p, "town-hall", ResourceKind::Location);
    needs(&mut p, "a", "town-hall");
    needs(&mut p, "b", "town-hall");
    needs(&mut p, "b", "app");
    assert!(has(&p, "single_location"));
    p.activities[1].alternate_location = "Sporthal".into();
    assert!(!has(&p, "single_location"));
    p.activities[1].alternate_location.clear();
    add_resource(&mut p, "library", ResourceKind::Location);
    needs(&mut p, "b", "library");
    assert!(!has(&p, "single_location"), "two locations");
}

#[test]
fn no_workaround() {
    let mut p = healthy();
    p.activities[0].workaround = vec!["  ".into()];
    assert!(has(&p, "no_workaround"));
    let mut calm = healthy();
    calm.activities[0] = activity_with_mtpd("a", 720, Some(720));
    calm.activities[0].workaround.clear();
    assert!(!has(&calm, "no_workaround"), "only critical activities need one");
}

fn role(primary: Contact, deputy: Contact) -> CrisisRole {
    CrisisRole {
        id: "r".into(),
        position: 0,
        key: "coordinator".into(),
        name: "Crisiscoördinator".into(),
        tasks: vec![],
        primary,
        deputy,
        version: 1,
    }
}

fn person(name: &str, email: &str, private: &str) -> Contact {
    Contact { name: name.into(), phone: "+32 499 00 00 01".into(), private_phone: private.into(), email: email.into() }
}

#[test]
fn crisis_roles() {
    let mut p = plan();
    p.roles.push(role(Contact::default(), Contact::default()));
    assert!(has(&p, "crisis_role_unassigned"));
    p.roles[0] = role(person("An", "an@voorbeeld.test", ""), Contact::default());
    assert!(has(&p, "crisis_role_without_deputy"));
    assert!(has(&p, "crisis_role_no_out_of_band"), "own domain and no private phone");
    p.roles[0] = role(person("An", "an.peeters@privemail.test", ""), person("Jan", "", ""));
    assert!(!has(&p, "crisis_role_no_out_of_band") && !has(&p, "crisis_role_without_deputy"));
    p.roles[0] = role(person("An", "an@VOORBEELD.test", "+32 499 00 00 02"), person("Jan", "", ""));
    assert!(!has(&p, "crisis_role_no_out_of_band"), "a private phone is out of band");
}

#[test]
fn dependency_cycle() {
    let mut p = healthy();
    add_resource(&mut p, "dir", ResourceKind::Infrastructure);
    p.resource_deps.push(("app".into(), "dir".into()));
    p.resource_deps.push(("dir".into(), "app".into()));
    let f = run(&p, today()).into_iter().find(|f| f.code == "dependency_cycle").expect("finding");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.args[0].1.contains("app") && f.args[0].1.contains("dir"));
    assert!(!has(&healthy(), "dependency_cycle"));
}

#[test]
fn review_dates() {
    let mut p = plan();
    p.header.next_review = None;
    assert!(has(&p, "review_missing"));
    p.header.next_review = Some(date(2026, 11, 26));
    assert!(has(&p, "review_overdue"));
    p.header.next_review = Some(date(2026, 11, 27));
    assert!(!has(&p, "review_overdue") && !has(&p, "review_missing"));
}

#[test]
fn exercises() {
    let mut p = plan();
    p.exercises[0].done_on = None;
    assert!(has(&p, "exercise_overdue"), "planned is not done");
    p.exercises[0].done_on = Some(date(2024, 5, 1));
    assert!(has(&p, "exercise_overdue"));
    p.exercises[0].done_on = Some(date(2025, 11, 27));
    assert!(!has(&p, "exercise_overdue"));
    p.exercises.clear();
    assert!(has(&p, "exercise_overdue"));
}

#[test]
fn findings_are_sorted_errors_first_and_counted() {
    let mut p = healthy();
    p.activities[0].rto_hours = Some(48);
    p.header.next_review = None;
    let f = run(&p, today());
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f.last().map(|x| x.severity), Some(Severity::Info));
    assert_eq!(summary(&f), (1, 0, 1));
}

#[test]
fn one_activity_gets_exactly_its_findings_from_the_whole_run() {
    let mut small = healthy();
    small.activities[0].rto_hours = Some(48);
    small.activities[0].workaround.clear();
    let big = crate::bcp::generate::plan(40, 120, 400, 3, today());
    for p in [small, big] {
        let all = run(&p, today());
        for a in &p.activities {
            let want: Vec<&Finding> = all.iter().filter(|f| f.target_id.as_deref() == Some(a.id.as_str())).collect();
            let got = for_activity(&p, &a.id);
            assert_eq!(got.iter().collect::<Vec<_>>(), want, "{}", a.id);
        }
        assert!(for_activity(&p, "no-such-activity").is_empty());
    }
}

/// Every resource check against every kind: a resource with every gap at once, behind a
/// critical activity, gets exactly the findings whose check applies to its kind.
#[test]
fn resource_checks_fire_only_for_their_kinds() {
    let resource_codes: Vec<&str> = RESOURCE_CHECKS.iter().map(|(c, _)| *c).collect();
    for kind in ResourceKind::ALL {
        let mut p = healthy();
        p.activities[0].rpo_hours = Some(1);
        let r = &mut p.resources[0];
        r.kind = kind;
        r.recovery_hours = None;
        r.backup_interval_hours = Some(24);
        r.backup_type = BackupType::Online;
        r.last_restore_test = None;
        r.deputy = String::new();
        r.contact_24_7 = String::new();
        r.sla_hours = Some(100);
        let found: BTreeSet<&str> = codes(&p).into_iter().filter(|c| resource_codes.contains(c)).collect();
        let expected: BTreeSet<&str> = RESOURCE_CHECKS
            .iter()
            .filter(|(_, kinds)| kinds.contains(&kind))
            .map(|(c, _)| *c)
            .filter(|c| *c != "restore_test_old")
            .collect();
        assert_eq!(found, expected, "{kind:?}");
    }
    for (code, _) in RESOURCE_CHECKS {
        assert!(CODES.contains(code), "{code} is a known check");
    }
}

#[test]
fn paper_is_never_asked_for_a_back_up() {
    let mut p = healthy();
    let paper = add_resource(&mut p, "register", ResourceKind::Paper);
    paper.backup_type = BackupType::None;
    paper.last_restore_test = None;
    paper.recovery_hours = None;
    needs(&mut p, "a", "register");
    assert_eq!(codes(&p), Vec::<&str>::new());
}
