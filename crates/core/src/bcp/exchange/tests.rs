use serde_json::json;

use super::*;
use crate::bcp::edit::Ctx;
use crate::bcp::model::*;
use crate::bcp::testing::*;

fn check(v: &serde_json::Value) -> Result<Plan, Vec<Problem>> {
    import(v, &Ctx::new(today()), "plan".into(), counter())
}

fn sample() -> Plan {
    let mut p = plan();
    let mut a = activity_with_mtpd("act-1", 24, Some(24));
    a.name = "Aangifte overlijden \"dringend\" <b>".into();
    a.impacts.set(ImpactCategory::Privacy, 5, None);
    p.activities.push(a);
    let mut b = activity_with_mtpd("act-2", 168, None);
    b.position = 1;
    p.activities.push(b);
    add_resource(&mut p, "res-app", ResourceKind::Application).last_restore_test = Some(jiff::civil::date(2026, 3, 1));
    add_resource(&mut p, "res-dir", ResourceKind::Infrastructure);
    p.resource_deps.push(("res-app".into(), "res-dir".into()));
    p.resources[0].name = "Toepassing burgerzaken".into();
    p.resources[1].name = "Directory".into();
    needs(&mut p, "act-1", "res-app");
    needs(&mut p, "act-2", "res-app");
    needs(&mut p, "act-2", "res-dir");
    p.roles.push(CrisisRole {
        id: "role".into(),
        position: 0,
        key: "coordinator".into(),
        name: "Crisiscoördinator".into(),
        tasks: vec!["Leiden".into()],
        primary: Contact {
            name: "An".into(),
            phone: "+32 499 00 00 01".into(),
            private_phone: String::new(),
            email: "an@prive.test".into(),
        },
        deputy: Contact::default(),
        version: 3,
    });
    p.header.approval = Some(Approval {
        body: "College".into(),
        decision_date: jiff::civil::date(2026, 6, 1),
        reference: "CBS/2026/12".into(),
    });
    p
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("new-{n}")
    }
}

#[test]
fn export_import_export_is_identical() {
    let doc = export(&sample());
    let v = serde_json::to_value(&doc).unwrap();
    let again = export(&check(&v).expect("valid"));
    assert_eq!(serde_json::to_string_pretty(&again).unwrap(), serde_json::to_string_pretty(&doc).unwrap());
}

#[test]
fn references_are_positional() {
    let doc = export(&sample());
    assert_eq!(doc.activities[0].reference, "A1");
    assert_eq!(doc.resources.iter().map(|r| r.reference.as_str()).collect::<Vec<_>>(), vec!["R1", "R2"]);
    assert_eq!(doc.resources[0].depends_on, vec!["R2".to_string()]);
    assert_eq!(doc.activities[1].resources, vec!["R1".to_string(), "R2".to_string()]);
    let s = serde_json::to_string(&doc).unwrap();
    assert!(!s.contains("res-app") && !s.contains("act-1"), "database ids are not exported");
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["activities"][1]["rto_hours"] = json!("soon");
    v["activities"][1]["resources"] = json!(["R9"]);
    v["resources"][1]["ref"] = json!("R1");
    v["plan"]["colour"] = json!("blue");
    v["exercises"] = json!("none");
    v["playbooks"] = json!([{"scenario": "alien-invasion"}]);
    let problems = check(&v).unwrap_err();
    let found: Vec<(String, &str)> = problems.iter().map(|p| (p.path.clone(), p.code)).collect();
    for expected in [
        ("$.activities[1].rto_hours", "expected_number"),
        ("$.activities[1].resources[0]", "unknown_ref"),
        ("$.resources[1].ref", "duplicate_ref"),
        ("$.plan.colour", "unknown_field"),
        ("$.exercises", "expected_array"),
        ("$.playbooks[0].title", "missing"),
    ] {
        assert!(found.contains(&(expected.0.to_string(), expected.1)), "{expected:?} not in {found:?}");
    }
}

#[test]
fn the_builders_rules_judge_the_values() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["activities"][0]["impacts"]["service"][2] = json!(7);
    v["activities"][1]["impacts"]["legal"] = json!([1, 2]);
    v["activities"][1]["rto_hours"] = json!(100_000);
    v["activities"][1]["min_staff"] = json!(-1);
    v["resources"][0]["kind"] = json!("robot");
    v["resources"][0]["last_restore_test"] = json!("2026-03-01T10:00:00");
    v["plan"]["next_review"] = json!("31/12/2027");
    v["plan"]["own_domains"] = json!(["localhost"]);
    v["roles"][0]["primary"]["email"] = json!("not an address");
    v["crisis"]["call_tree"] = json!([{"role_key": "nobody", "fallback_role_key": null}]);
    v["playbooks"] = json!([]);
    let problems = check(&v).unwrap_err();
    let found: Vec<(String, &str)> = problems.iter().map(|p| (p.path.clone(), p.code)).collect();
    for expected in [
        ("$.activities[0].impacts", "error-level"),
        ("$.activities[1].impacts", "error-impact-windows"),
        ("$.activities[1].rto_hours", "error-number-max"),
        ("$.activities[1].min_staff", "error-number-negative"),
        ("$.resources[0].kind", "error-choose-option"),
        ("$.resources[0].last_restore_test", "error-date"),
        ("$.plan.next_review", "error-date"),
        ("$.plan.own_domains", "error-domains"),
        ("$.roles[0].primary.email", "error-email-invalid"),
        ("$.crisis.call_tree", "error-unknown-role"),
    ] {
        assert!(found.contains(&(expected.0.to_string(), expected.1)), "{expected:?} not in {found:?}");
    }
    assert_eq!(problems.iter().find(|p| p.code == "error-number-max").unwrap().message_id(), "error-number-max");
    assert_eq!(Problem::shape("$", "unknown_field", "x").message_id(), "import-unknown-field");
}

#[test]
fn repeated_links_and_unapproved_approval_are_problems() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["activities"][1]["resources"] = json!(["R1", "R1"]);
    v["resources"][0]["depends_on"] = json!(["R2", "R2", 5]);
    v["plan"]["status"] = json!("approved");
    v["plan"]["approval"] = json!(null);
    v["activities"][0]["template_key"] = json!(12);
    let found: Vec<(String, &str, String)> =
        check(&v).unwrap_err().into_iter().map(|p| (p.path, p.code, p.detail)).collect();
    for expected in [
        ("$.activities[1].resources[1]", "duplicate_ref", "R1"),
        ("$.resources[0].depends_on[1]", "duplicate_ref", "R2"),
        ("$.resources[0].depends_on[2]", "unknown_ref", "5"),
        ("$.activities[0].template_key", "expected_string", ""),
    ] {
        let e = (expected.0.to_string(), expected.1, expected.2.to_string());
        assert!(found.contains(&e), "{e:?} not in {found:?}");
    }
    // With the shape right, an approved plan without the board's decision is refused;
    // a draft needs none. The reference in a message is shown without JSON quotes.
    v["activities"][1]["resources"] = json!(["R1"]);
    v["resources"][0]["depends_on"] = json!(["R2"]);
    v["activities"][0]["template_key"] = json!(null);
    let found = check(&v).unwrap_err();
    assert!(found.iter().any(|p| p.path == "$.plan.approval" && p.code == "error-approval-missing"), "{found:?}");
    v["plan"]["status"] = json!("draft");
    assert!(check(&v).is_ok());
    v["activities"][1]["resources"] = json!(["R9"]);
    let found = check(&v).unwrap_err();
    assert!(found.iter().any(|p| p.code == "unknown_ref" && p.detail == "R9"));
}

#[test]
fn not_a_plan_at_all() {
    let p = check(&json!([1, 2, 3])).unwrap_err();
    assert_eq!(p[0].path, "$");
    let p = check(&json!({"format": "something-else", "format_version": 99})).unwrap_err();
    assert!(p.iter().any(|x| x.code == "wrong_format"));
    assert!(p.iter().any(|x| x.code == "unsupported_version"));
    assert!(p.iter().any(|x| x.path == "$.activities" && x.code == "missing"));
}

#[test]
fn hostile_text_is_bounded() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["plan"]["scope"] = json!("x".repeat(TEXT_MAX + 1));
    v["activities"][0]["name"] = json!("a\u{0}b");
    v["activities"][0]["workaround"] = json!(vec!["stap"; LIST_MAX + 1]);
    v["activities"][1]["workaround"] = json!(["stap\u{7}één"]);
    let found: Vec<(String, &str)> = check(&v).unwrap_err().into_iter().map(|p| (p.path, p.code)).collect();
    for expected in [
        ("$.plan.scope", "error-too-long"),
        ("$.activities[0].name", "error-control-characters"),
        ("$.activities[0].workaround", "error-too-many-lines"),
        ("$.activities[1].workaround", "error-control-characters"),
    ] {
        assert!(found.contains(&(expected.0.to_string(), expected.1)), "{expected:?} not in {found:?}");
    }
}

#[test]
fn lists_and_links_are_bounded() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["exercises"] = json!(vec![json!({}); MAX_ITEMS + 1]);
    let found = check(&v).unwrap_err();
    assert!(found.iter().any(|p| p.path == "$.exercises" && p.code == "too_many"), "{found:?}");
    // Many resources, each depending on many others: refused before anything is built.
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    let n = 300;
    let refs: Vec<String> = (1..=n).map(|i| format!("R{i}")).collect();
    let template = v["resources"][1].clone();
    v["resources"] = json!(
        (1..=n)
            .map(|i| {
                let mut r = template.clone();
                r["ref"] = json!(format!("R{i}"));
                r["depends_on"] = json!(refs.iter().filter(|x| **x != format!("R{i}")).collect::<Vec<_>>());
                r
            })
            .collect::<Vec<_>>()
    );
    v["activities"] = json!([]);
    let found = check(&v).unwrap_err();
    assert!(found.iter().any(|p| p.path == "$" && p.code == "too_many_links"), "{:?}", &found[..3]);
    // One list longer than the builder allows is refused where it is, unread.
    assert!(
        found.iter().any(|p| p.path == "$.resources[0].depends_on" && p.code == "too_many" && p.detail == "100"),
        "{:?}",
        &found[..3]
    );
    assert!(found.len() <= MAX_PROBLEMS);
}

#[test]
fn windows_change_reshapes_impacts() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["plan"]["scale"]["windows_hours"] = json!([8, 48]);
    let problems = check(&v).unwrap_err();
    assert!(problems.iter().all(|p| p.code == "error-impact-windows"), "{problems:?}");
    assert_eq!(problems.len(), 2, "one per activity");
}
