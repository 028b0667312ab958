//! The findings register end to end over HTTP: the API's rules (CVSS, the status flow,
//! retests, accepted risks), imports that re-import cleanly, reports and pages, reopening
//! at expiry with a test clock, and the rule set shared by form and API.

mod common;

use common::TestServer;
use serde_json::json;
use weerbaar_testkit::db_test;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../scan/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

db_test!(a_finding_lives_from_new_to_closed_through_the_api, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let base = format!("/api/v1/organisations/{org}/findings");
    // A vector that does not parse: 422 at the field, nothing stored.
    let r = a.post_json(&base, &json!({"title": "SMBv1", "cvss_vector": "CVSS:3.1/AV:Q/AC:L"})).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "cvss_vector");
    let r = a.post_json(&base, &json!({"title": "Zonder ernst"})).await;
    assert_eq!(r.status, 422);
    let r = a
        .post_json(&base, &json!({"title": "SMBv1 aan", "cvss_vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "owner_email": "editor@voorbeeld.test"}))
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let f = r.json();
    assert_eq!(
        (f["severity"].as_str(), f["cvss"]["score"].as_f64(), f["status"].as_str()),
        (Some("critical"), Some(9.8), Some("new"))
    );
    let id = f["id"].as_str().unwrap().to_string();
    let move_to = |to: &str| json!({"to": to});
    let t = format!("/api/v1/findings/{id}/transitions");
    // Not in the flow: 409.
    let r = a.post_json(&t, &move_to("closed")).await;
    assert_eq!(r.status, 409);
    assert_eq!(r.json()["error"]["code"], "transition_refused");
    let r = a.post_json(&t, &move_to("confirmed")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let due = r.json()["due"].as_str().unwrap().to_string();
    let expected = weerbaar_core::today().saturating_add(jiff::Span::new().days(7)).to_string();
    assert_eq!(due, expected, "critical: seven days from confirmation");
    assert_eq!(a.post_json(&t, &move_to("fixed")).await.status, 200);
    // A failed retest sends it back; a passed one closes it.
    assert_eq!(a.post_json(&t, &move_to("in_remediation")).await.json()["status"], "in_remediation");
    assert_eq!(a.post_json(&t, &move_to("fixed")).await.status, 200);
    let r = a.post_json(&t, &json!({"to": "closed", "reason": "Hertest 7/12: SMBv1 uit"})).await;
    assert_eq!(r.json()["status"], "closed");
    // Its history and the audit log say so.
    let mut c = s.store().conn().await.unwrap();
    let events = weerbaar_store::findings::events(&mut c, &org, &id).await.unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["created", "status", "status", "retest_failed", "status", "retest_passed"]);
    let (_, log) = weerbaar_store::audit::list(&mut c, &org, &Default::default()).await.unwrap();
    assert!(log > 0);
    // A stale version is a conflict with the current one.
    let r = a.post_json(&t, &json!({"to": "confirmed", "version": 1})).await;
    assert_eq!(r.status, 409);
    assert_eq!(r.json()["error"]["code"], "conflict");
});

db_test!(accepted_risks_need_an_administrator_and_an_expiry_and_reopen_by_themselves, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("editor@voorbeeld.test").await;
    let r = a
        .post_json(
            &format!("/api/v1/organisations/{org}/findings"),
            &json!({"title": "Oude server", "severity": "high", "severity_reason": "auditor", "owner_email": "editor@voorbeeld.test"}),
        )
        .await;
    let id = r.json()["id"].as_str().unwrap().to_string();
    let t = format!("/api/v1/findings/{id}/transitions");
    let today = weerbaar_core::today();
    let day = |n: i64| today.saturating_add(jiff::Span::new().days(n)).to_string();
    let accept = |approver: &str, expires: String| json!({"to": "risk_accepted", "reason": "Vervanging in maart", "approver_email": approver, "expires": expires});
    let r = a.post_json(&t, &accept("editor@voorbeeld.test", day(30))).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "approver_email");
    let r = a.post_json(&t, &accept("admin@voorbeeld.test", day(400))).await;
    assert_eq!(r.json()["error"]["fields"][0]["code"], "error-finding-expiry-far");
    let r = a.post_json(&t, &accept("admin@voorbeeld.test", day(10))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    // The test clock: nothing before the day, reopened on it, with e-mails to both.
    let st = &s.state;
    assert_eq!(
        weerbaar_web::findings::jobs::reopen_expired(st, today.saturating_add(jiff::Span::new().days(9)))
            .await
            .unwrap(),
        0
    );
    let reopened = weerbaar_web::findings::jobs::reopen_expired(st, today.saturating_add(jiff::Span::new().days(10)))
        .await
        .unwrap();
    assert!(reopened >= 1);
    let r = a.get(&format!("/api/v1/findings/{id}")).await.json();
    assert_eq!(r["status"], "confirmed");
    weerbaar_web::jobs::drain(st).await.unwrap();
    s.smtp.wait_for("admin@voorbeeld.test", |m| m.text().contains("Oude server")).await;
    s.smtp.wait_for("editor@voorbeeld.test", |m| m.text().contains("Oude server")).await;
});

db_test!(imports_preview_then_apply_and_the_same_file_changes_nothing, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let e = a
        .post_json(
            &format!("/api/v1/organisations/{org}/engagements"),
            &json!({"title": "Scan december", "kind": "scan"}),
        )
        .await;
    assert_eq!(e.status, 201, "{}", e.body);
    let eid = e.json()["id"].as_str().unwrap().to_string();
    let token = a.csrf().await;
    let import = |format: &str, dry: bool, body: Vec<u8>| {
        a.http
            .post(a.url(&format!("/api/v1/engagements/{eid}/imports?format={format}&dry_run={dry}")))
            .header("x-csrf-token", token.clone())
            .header("content-type", "application/octet-stream")
            .body(body)
    };
    let file = fixture("greenbone.xml");
    let r = a.send(import("greenbone", true, file.clone())).await;
    assert_eq!((r.status, r.json()["created"].as_i64()), (200, Some(3)), "{}", r.body);
    let count = |s: &TestServer| {
        let org = org.clone();
        let store = s.store().clone();
        async move { weerbaar_store::findings::all(&mut store.conn().await.unwrap(), &org, None).await.unwrap().len() }
    };
    let before = count(&s).await;
    assert_eq!(count(&s).await, before, "the preview changed nothing");
    let r = a.send(import("greenbone", false, file.clone())).await;
    assert_eq!(r.json()["created"], 3);
    let after = count(&s).await;
    assert_eq!(after, before + 3);
    let r = a.send(import("greenbone", false, file.clone())).await.json();
    assert_eq!((r["created"].as_i64(), r["unchanged"].as_i64(), r["reopened"].as_i64()), (Some(0), Some(3), Some(0)));
    assert_eq!(count(&s).await, after);
    // Unusable files: 400 with the problem, nothing changed.
    let r = a.send(import("greenbone", false, fixture("billion-laughs.xml"))).await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("DOCTYPE"), "{}", r.body);
    let r = a.send(import("greenbone", false, fixture("nessus.nessus"))).await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("Nessus"), "the format found is named: {}", r.body);
    let r = a.send(import("nessus", false, file[..file.len() / 2].to_vec())).await;
    assert_eq!(r.status, 400);
    let r = a.send(import("greenbone", false, file[..file.len() / 2].to_vec())).await;
    assert!(r.body.contains("regel"), "where it breaks: {}", r.body);
    assert_eq!(count(&s).await, after);
    // The register's API filters.
    let r = a.get(&format!("/api/v1/organisations/{org}/findings?engagement={eid}&severity=high")).await.json();
    assert_eq!(r["total"], 1);
    assert_eq!(a.get(&format!("/api/v1/organisations/{org}/findings?severity=urgent")).await.status, 422);
});

db_test!(an_engagement_needs_its_signed_letter_before_testing, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let e = a
        .post_json(&format!("/api/v1/organisations/{org}/engagements"), &json!({"title": "Pentest", "kind": "pentest"}))
        .await
        .json();
    let eid = e["id"].as_str().unwrap();
    let mut put = e.clone();
    put["status"] = json!("authorised");
    let r = a.put_json(&format!("/api/v1/engagements/{eid}"), &put).await;
    assert_eq!(r.status, 409, "{}", r.body);
    // The letter in every format, the upload of the signed copy, then testing may start.
    for f in ["pdf", "docx", "odt"] {
        let r = a.get(&format!("/o/{org}/engagements/{eid}/letter/{f}")).await;
        assert_eq!(r.status, 200, "{f}");
    }
    let token = a.csrf().await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", token.clone())
        .text("signer", "A. Directeur")
        .text("signed_on", weerbaar_core::today().to_string())
        .part("letter", reqwest::multipart::Part::bytes(b"%PDF-1.7 getekend".to_vec()).file_name("brief.pdf"));
    let r = a.send(a.http.post(a.url(&format!("/o/{org}/engagements/{eid}/authorisation"))).multipart(form)).await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(500)]);
    let e = a.get(&format!("/api/v1/engagements/{eid}")).await.json();
    assert_eq!(e["status"], "authorised");
    let mut put = e.clone();
    put["status"] = json!("in_progress");
    assert_eq!(a.put_json(&format!("/api/v1/engagements/{eid}"), &put).await.json()["status"], "in_progress");
    // A file that is not a PDF or image is refused at the field.
    let form = reqwest::multipart::Form::new()
        .text("_csrf", token)
        .text("signer", "A. Directeur")
        .text("signed_on", weerbaar_core::today().to_string())
        .part("letter", reqwest::multipart::Part::bytes(b"MZ\x90\x00".to_vec()).file_name("brief.pdf"));
    let r = a.send(a.http.post(a.url(&format!("/o/{org}/engagements/{eid}/authorisation"))).multipart(form)).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("PDF, PNG of JPEG"));
});

db_test!(pages_reports_and_the_csv_export, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let register = a.get(&format!("/o/{org}/findings")).await;
    assert_eq!(register.status, 200);
    assert!(register.body.contains("Beheerders gebruiken hun gewone account"));
    let overdue = a.get(&format!("/o/{org}/findings?overdue=on")).await;
    assert!(overdue.body.contains("2 bevindingen"), "the demo has two overdue findings");
    let accepted = a.get(&format!("/o/{org}/findings?status=risk_accepted")).await;
    assert!(accepted.body.contains("2 bevindingen"));
    let mut c = s.store().conn().await.unwrap();
    let all = weerbaar_store::findings::all(&mut c, &org, None).await.unwrap();
    let statuses: std::collections::BTreeSet<&str> = all.iter().map(|f| f.status.as_str()).collect();
    assert_eq!(statuses.len(), 8, "the demo has findings in every state: {statuses:?}");
    let e = weerbaar_store::engagements::list(&mut c, &org).await.unwrap().remove(0);
    drop(c);
    for path in [
        format!("/o/{org}/findings/{}", all[0].id),
        format!("/o/{org}/findings/new"),
        format!("/o/{org}/findings/settings"),
        format!("/o/{org}/engagements"),
        format!("/o/{org}/engagements/{}", e.id),
        format!("/o/{org}"),
    ] {
        assert_eq!(a.get(&path).await.status, 200, "{path}");
    }
    for f in ["pdf", "docx", "odt"] {
        let r = a.get(&format!("/o/{org}/findings/report/{f}")).await;
        assert_eq!(r.status, 200, "{f}");
        let r = a.get(&format!("/o/{org}/engagements/{}/report/{f}", e.id)).await;
        assert_eq!(r.status, 200, "{f}");
    }
    assert_eq!(a.get(&format!("/o/{org}/findings/report/exe")).await.status, 404);
    let csv = a.get(&format!("/o/{org}/findings/export.csv")).await;
    assert!(csv.body.starts_with("\u{feff}id,title,severity"));
    // The header, the ethical hack's 25 findings and the 3 actions of the demo's self-assessment.
    assert_eq!(csv.body.lines().count(), 29);
    // The deadlines form: bad input at the field, nothing changed.
    let r = a
        .post_form(
            &format!("/o/{org}/findings/settings"),
            &[("critical", "0"), ("high", "30"), ("medium", "90"), ("low", "veel"), ("version", "0")],
        )
        .await;
    assert_eq!(r.status, 422);
    let r = a
        .post_form(
            &format!("/o/{org}/findings/settings"),
            &[("critical", "3"), ("high", "30"), ("medium", "90"), ("low", "180"), ("version", "0")],
        )
        .await;
    assert_eq!(r.status, 303);
    let mut c = s.store().conn().await.unwrap();
    assert_eq!(weerbaar_store::findings::policy(&mut c, &org).await.unwrap().0.critical, 3);
});

// The form and the API give the same answer for the same input: one rule set.
db_test!(form_and_api_agree, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let cases: &[(&str, &str, &str, &str, Option<&str>)] = &[
        // title, vector, severity, reason, the field the rule refuses
        ("x", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "", "", None),
        ("", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "", "", Some("title")),
        ("x", "CVSS:2.0/AV:N", "", "", Some("cvss_vector")),
        ("x", "", "high", "", Some("severity_reason")),
        ("x", "", "urgent", "r", Some("severity")),
        ("x", "", "low", "r", None),
    ];
    for (title, vector, sev, reason, refused) in cases {
        let api = a
            .post_json(
                &format!("/api/v1/organisations/{org}/findings"),
                &json!({"title": title, "cvss_vector": vector, "severity": sev, "severity_reason": reason}),
            )
            .await;
        let form = a
            .post_form(
                &format!("/o/{org}/findings"),
                &[("title", title), ("cvss_vector", vector), ("severity", sev), ("severity_reason", reason)],
            )
            .await;
        match refused {
            None => {
                assert_eq!(api.status, 201, "{title}/{vector}/{sev}");
                assert_eq!(form.status, 303);
            }
            Some(field) => {
                assert_eq!(api.status, 422);
                assert_eq!(api.json()["error"]["fields"][0]["field"], *field);
                assert_eq!(form.status, 422);
                assert!(
                    form.body.contains(&format!("f-{field}-error"))
                        || form.body.contains(&format!("id=\"f-{field}\" ")),
                    "{field}"
                );
            }
        }
    }
});

db_test!(owners_get_one_weekly_digest, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let r = a
        .post_json(
            &format!("/api/v1/organisations/{org}/findings"),
            &json!({"title": "Digest-test", "severity": "medium", "severity_reason": "r", "owner_email": "viewer@voorbeeld.test"}),
        )
        .await;
    assert_eq!(r.status, 201);
    let today = weerbaar_core::today();
    let st = &s.state;
    let sent = weerbaar_web::findings::jobs::send_digests(st, today).await.unwrap();
    assert!(sent >= 1);
    weerbaar_web::jobs::drain(st).await.unwrap();
    let mail = s.smtp.wait_for("viewer@voorbeeld.test", |m| m.text().contains("Digest-test")).await;
    assert!(mail.text().contains("Gemeente Voorbeeld"));
    // Not again within the week; again a week later.
    assert_eq!(
        weerbaar_web::findings::jobs::send_digests(st, today.saturating_add(jiff::Span::new().days(6))).await.unwrap(),
        0
    );
    assert!(
        weerbaar_web::findings::jobs::send_digests(st, today.saturating_add(jiff::Span::new().days(7))).await.unwrap()
            >= 1
    );
});
