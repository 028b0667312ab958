use serde_json::json;

use super::*;
use crate::bcp::testing::*;

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
    let checked = check(&v).expect("valid");
    assert_eq!(checked, doc);
    let again = export(&into_plan(&checked, "other".into(), counter()));
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
    v["activities"][0]["impacts"]["service"][2] = json!(7);
    v["activities"][0]["impacts"]["legal"] = json!([1, 2]);
    v["activities"][1]["rto_hours"] = json!("soon");
    v["activities"][1]["resources"] = json!(["R9"]);
    v["resources"][0]["kind"] = json!("robot");
    v["resources"][1]["ref"] = json!("R1");
    v["plan"]["next_review"] = json!("31/12/2027");
    v["plan"]["colour"] = json!("blue");
    v["exercises"] = json!("none");
    v["playbooks"] = json!([{"scenario": "alien-invasion"}]);
    let problems = check(&v).unwrap_err();
    let found: Vec<(String, &str)> = problems.iter().map(|p| (p.path.clone(), p.code)).collect();
    for expected in [
        ("$.activities[0].impacts.service[2]", "out_of_range"),
        ("$.activities[0].impacts.legal", "wrong_length"),
        ("$.activities[1].rto_hours", "expected_number"),
        ("$.activities[1].resources[0]", "unknown_ref"),
        ("$.resources[0].kind", "invalid_choice"),
        ("$.resources[1].ref", "duplicate_ref"),
        ("$.plan.next_review", "invalid_date"),
        ("$.plan.colour", "unknown_field"),
        ("$.exercises", "expected_array"),
        ("$.playbooks[0].scenario", "invalid_choice"),
        ("$.playbooks[0].title", "missing"),
    ] {
        assert!(found.contains(&(expected.0.to_string(), expected.1)), "{expected:?} not in {found:?}");
    }
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
        ("$.plan.approval", "approval_missing", ""),
        ("$.activities[0].template_key", "expected_string", ""),
    ] {
        let e = (expected.0.to_string(), expected.1, expected.2.to_string());
        assert!(found.contains(&e), "{e:?} not in {found:?}");
    }
    // A draft needs no approval; the reference in a message is shown without JSON quotes.
    v["plan"]["status"] = json!("draft");
    v["activities"][1]["resources"] = json!(["R9"]);
    let found = check(&v).unwrap_err();
    assert!(!found.iter().any(|p| p.code == "approval_missing"));
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
    let found: Vec<&str> = check(&v).unwrap_err().iter().map(|p| p.code).collect();
    assert!(found.contains(&"too_long") && found.contains(&"control_characters") && found.contains(&"too_many"));
    let paths: Vec<String> = check(&v).unwrap_err().into_iter().map(|p| p.path).collect();
    assert!(
        paths.contains(&"$.activities[1].workaround[0]".to_string()),
        "control characters in list items: {paths:?}"
    );
}

#[test]
fn windows_change_reshapes_impacts() {
    let mut v = serde_json::to_value(export(&sample())).unwrap();
    v["plan"]["scale"]["windows_hours"] = json!([8, 48]);
    let problems = check(&v).unwrap_err();
    assert!(problems.iter().all(|p| p.code == "wrong_length"), "{problems:?}");
    assert_eq!(problems.len(), 12, "6 categories x 2 activities");
}
