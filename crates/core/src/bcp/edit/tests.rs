use super::*;
use crate::bcp::model::*;
use crate::validation::Num;

fn ctx() -> Ctx {
    Ctx::new("2026-12-07".parse().unwrap())
}

fn code(r: Result<impl std::fmt::Debug, FieldErrors>, field: &str) -> &'static str {
    let e = r.expect_err("expected an error");
    e.for_field(field).unwrap_or_else(|| panic!("no error at {field}: {e:?}")).code
}

#[test]
fn numbers_from_every_entry_point_get_the_same_verdict() {
    // (as typed in a form, as a JSON number, verdict)
    type Verdict = Result<Option<u32>, &'static str>;
    let cases: [(&str, Option<i64>, Verdict); 7] = [
        ("", None, Ok(None)),
        ("24", Some(24), Ok(Some(24))),
        ("8760", Some(8760), Ok(Some(8760))),
        ("8761", Some(8761), Err("error-number-max")),
        ("-5", Some(-5), Err("error-number-negative")),
        ("99999999999", Some(99_999_999_999), Err("error-number-max")),
        ("999999999999999999999999999999999999999999", Some(i64::MAX), Err("error-number-max")),
    ];
    for (text, json, expected) in cases {
        for input in [Num::text(text), Num::from(json)] {
            let got = crate::validation::whole_number("h", &input, HOURS_MAX).map_err(|e| e.code);
            assert_eq!(got, expected, "{input:?}");
        }
    }
    assert_eq!(crate::validation::whole_number("h", &Num::text("1e3"), 10).unwrap_err().code, "error-number");
    assert_eq!(crate::validation::whole_number("h", &Num::text("1.5"), 10).unwrap_err().code, "error-number");
    assert_eq!(crate::validation::whole_number("h", &Num::text("-"), 10).unwrap_err().code, "error-number");
}

#[test]
fn activity_fields() {
    let mut d = activity::Draft { name: " Burgerzaken ".into(), min_staff: Num::text("3"), ..Default::default() };
    let f = activity::check(&d).unwrap();
    assert_eq!((f.name.as_str(), f.min_staff), ("Burgerzaken", Some(3)));
    d.min_staff = Num::Int(20_000);
    assert_eq!(code(activity::check(&d), "min_staff"), "error-number-max");
    d.min_staff = Num::Empty;
    d.name = "  ".into();
    assert_eq!(code(activity::check(&d), "name"), "error-required");
    d.name = "x".repeat(LINE_MAX + 1);
    assert_eq!(code(activity::check(&d), "name"), "error-too-long");
    d.name = "Ok".into();
    d.owner = "Jan\u{202E}nomis".into();
    assert_eq!(code(activity::check(&d), "owner"), "error-invisible-characters");
}

#[test]
fn bia_grid() {
    let six = |v: [Option<i64>; 6]| v.iter().map(|x| Num::from(*x)).collect::<Vec<_>>();
    let mut d = activity::BiaDraft {
        impacts: vec![("service".into(), six([Some(1), Some(2), Some(3), None, Some(4), Some(4)]))],
        rto_hours: Num::text("24"),
        ..Default::default()
    };
    let f = activity::check_bia(&d, 6).unwrap();
    assert_eq!(f.impacts.get(ImpactCategory::Service, 2), Some(3));
    assert_eq!(f.impacts.get(ImpactCategory::Legal, 0), None);
    assert_eq!(f.rto_hours, Some(24));
    assert_eq!(code(activity::check_bia(&d, 5), "impacts"), "error-impact-windows");
    d.impacts[0].1[0] = Num::Int(5);
    assert_eq!(code(activity::check_bia(&d, 6), "impacts"), "error-level");
    d.impacts[0].1[0] = Num::Int(1);
    d.impacts.push(("mood".into(), six([None; 6])));
    assert_eq!(code(activity::check_bia(&d, 6), "impacts"), "error-impact-category");
    d.impacts.pop();
    d.rpo_hours = Num::text("abc");
    assert_eq!(code(activity::check_bia(&d, 6), "rpo_hours"), "error-number");
}

#[test]
fn strategies_and_lists() {
    let d = activity::StrategyDraft {
        workaround: split_lines("  stap 1 \n\n stap 2\r\n"),
        alternate_location: "Gemeentehuis Anderdorp".into(),
        ..Default::default()
    };
    let f = activity::check_strategy(&d).unwrap();
    assert_eq!(f.workaround, vec!["stap 1", "stap 2"]);
    let many = activity::StrategyDraft { workaround: vec!["x".into(); LIST_MAX + 1], ..Default::default() };
    assert_eq!(code(activity::check_strategy(&many), "workaround"), "error-too-many-lines");
}

#[test]
fn resources() {
    let mut d = resource::Draft {
        kind: "application".into(),
        name: "Burgerzaken-app".into(),
        recovery_basis: "estimated".into(),
        backup_type: "offline".into(),
        last_restore_test: "2026-12-07".into(),
        ..Default::default()
    };
    assert_eq!(resource::check(&d, &ctx()).unwrap().backup_type, BackupType::Offline);
    d.last_restore_test = "2026-12-08".into();
    assert_eq!(code(resource::check(&d, &ctx()), "last_restore_test"), "error-date-future");
    d.last_restore_test = "2026-12-01T09:00:00".into();
    assert_eq!(code(resource::check(&d, &ctx()), "last_restore_test"), "error-date");
    d.last_restore_test = String::new();
    d.kind = "robot".into();
    assert_eq!(code(resource::check(&d, &ctx()), "kind"), "error-choose-option");
    d.kind = "data".into();
    d.sla_hours = Num::Int(9000);
    assert_eq!(code(resource::check(&d, &ctx()), "sla_hours"), "error-number-max");
}

#[test]
fn links() {
    let known = |id: &str| ["r1", "r2", "r3"].contains(&id);
    let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(links::needs("resources", &ids(&["r2", "r1"]), known).unwrap(), ids(&["r2", "r1"]));
    assert_eq!(code(links::needs("resources", &ids(&["r9"]), known), "resources"), "error-unknown-resource");
    assert_eq!(code(links::needs("resources", &ids(&["r1", "r1"]), known), "resources"), "error-duplicate-resource");
    assert_eq!(
        code(links::depends_on("depends_on", "r1", &ids(&["r1"]), known), "depends_on"),
        "error-depends-on-itself"
    );
    let many: Vec<String> = (0..=links::LINKS_MAX).map(|i| format!("r{i}")).collect();
    assert_eq!(code(links::needs("resources", &many, |_| true), "resources"), "error-too-many-links");
}

#[test]
fn header_and_domains() {
    let d = header::Draft {
        owner_email: " Jan@Voorbeeld.TEST ".into(),
        own_domains: header::split_domains("@Voorbeeld.be, ocmw-voorbeeld.be;voorbeeld.be"),
        next_review: "2027-01-31".into(),
        ..Default::default()
    };
    let f = header::check(&d).unwrap();
    assert_eq!(f.owner_email, "jan@voorbeeld.test");
    assert_eq!(f.own_domains, vec!["voorbeeld.be", "ocmw-voorbeeld.be"]);
    let bad = header::Draft { own_domains: vec!["localhost".into()], ..Default::default() };
    assert_eq!(code(header::check(&bad), "own_domains"), "error-domains");
    let many = header::Draft { own_domains: (0..21).map(|i| format!("d{i}.be")).collect(), ..Default::default() };
    assert_eq!(code(header::check(&many), "own_domains"), "error-domains-too-many");
    let mail = header::Draft { owner_email: "a@b.test\u{202E}".into(), ..Default::default() };
    assert_eq!(code(header::check(&mail), "owner_email"), "error-invisible-characters");
}

#[test]
fn scale() {
    let d = header::ScaleDraft::of(&Scale::default());
    assert_eq!(header::check_scale(&d).unwrap(), Scale::default());
    let bad = header::ScaleDraft { windows_hours: vec![Num::Int(24), Num::Int(4)], ..d.clone() };
    assert_eq!(code(header::check_scale(&bad), "windows_hours"), "error-windows");
    let big = header::ScaleDraft { windows_hours: vec![Num::Int(4), Num::Int(9000)], ..d.clone() };
    assert_eq!(code(header::check_scale(&big), "windows_hours"), "error-windows");
    let level = header::ScaleDraft { unacceptable_level: Num::Int(0), ..d };
    assert_eq!(code(header::check_scale(&level), "unacceptable_level"), "error-choose-option");
}

#[test]
fn crisis_and_roles() {
    let d = crisis::Draft {
        call_tree: vec![("coordinator".into(), "mayor".into()), ("".into(), "".into())],
        ..Default::default()
    };
    let c = crisis::check(&d, &["coordinator", "mayor"]).unwrap();
    assert_eq!(c.call_tree.len(), 1);
    assert_eq!(c.call_tree[0].fallback_role_key.as_deref(), Some("mayor"));
    assert_eq!(code(crisis::check(&d, &["coordinator"]), "call_tree"), "error-unknown-role");
    let r = crisis::RoleDraft {
        name: "Crisiscoördinator".into(),
        primary: Contact { email: "not-an-address".into(), ..Default::default() },
        ..Default::default()
    };
    assert_eq!(code(crisis::check_role(&r), "primary.email"), "error-email-invalid");
    assert!(crisis::role_key("key", "it-lead").is_ok());
    assert!(crisis::role_key("key", "IT lead").is_err());
}

#[test]
fn playbooks_messages_exercises() {
    let d = playbook::Draft {
        scenario: "ransomware".into(),
        title: "Ransomware".into(),
        decisions: vec![Decision { question: String::new(), who: String::new() }],
        clocks: vec![playbook::ClockDraft { name: "Melding".into(), hours: Num::text("72"), applies: String::new() }],
        ..Default::default()
    };
    let f = playbook::check(&d).unwrap();
    assert!(f.decisions.is_empty(), "empty rows are dropped");
    assert_eq!(f.clocks[0].hours, 72);
    let bad = playbook::Draft { scenario: "meteor".into(), ..d.clone() };
    assert_eq!(code(playbook::check(&bad), "scenario"), "error-choose-option");
    let m = communication::MessageDraft {
        scenario: "any".into(),
        phase: "first".into(),
        audience: "citizens".into(),
        subject: String::new(),
        ..Default::default()
    };
    assert_eq!(code(communication::check_message(&m), "subject"), "error-required");
    let x = exercise::Draft {
        kind: "tabletop".into(),
        title: "Oefening".into(),
        done_on: "2027-01-01".into(),
        ..Default::default()
    };
    assert_eq!(code(exercise::check(&x, &ctx()), "done_on"), "error-date-future");
}

#[test]
fn dates_worth_a_second_look_are_warnings() {
    use jiff::civil::date;
    let today = date(2026, 12, 7);
    assert!(header::warnings(Some(date(2026, 12, 6)), today).for_field("next_review").is_some());
    assert!(header::warnings(Some(today), today).is_empty());
    assert!(header::warnings(None, today).is_empty());
    let w = exercise::warnings(Some(date(2026, 11, 10)), Some(date(2026, 11, 3)));
    assert_eq!(w.for_field("done_on").unwrap().code, "warning-exercise-before-planned");
    assert!(exercise::warnings(Some(date(2026, 11, 3)), Some(date(2026, 11, 3))).is_empty());
    assert!(exercise::warnings(None, Some(date(2026, 11, 3))).is_empty());
    // The plan's warnings carry the document's paths.
    let mut p = crate::bcp::testing::plan();
    p.header.next_review = Some(date(2026, 1, 1));
    let paths: Vec<String> = plan_warnings(&p, today).into_iter().map(|(path, _)| path).collect();
    assert_eq!(paths, ["$.plan.next_review"]);
}
