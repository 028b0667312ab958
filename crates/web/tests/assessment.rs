//! Self-assessment end to end over HTTP: the library import (platform administrators
//! only, broken files refused with their place, a newer version keeping answers), an
//! assessment answered section by section with conflicts caught, respondents who see
//! only their part, gaps that become actions in the findings register, and the road to
//! approval with kept versions.

mod common;

use common::TestServer;
use weerbaar_testkit::db_test;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn import(c: &weerbaar_testkit::http::Client, format: &str, bytes: Vec<u8>) -> weerbaar_testkit::http::Resp {
    let form = reqwest::multipart::Form::new()
        .text("_csrf", c.csrf().await)
        .text("format", format.to_string())
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name("library.yaml"));
    c.send(c.http.post(c.url("/admin/frameworks")).multipart(form)).await
}

db_test!(a_platform_administrator_imports_frameworks, |db| {
    let s = TestServer::start(db).await;
    let p = s.login("platform@weerbaar.test").await;
    let page = p.get("/admin/frameworks").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Weerbaar"), "the shipped baseline is listed");
    let r = import(&p, "ciso-assistant-yaml", fixture("ciso-small.yaml")).await;
    assert_eq!(r.status, 200, "{}", &r.body[..r.body.len().min(400)]);
    assert!(r.body.contains("Test framework (small)"));
    let r = import(&p, "oscal-catalog", fixture("oscal-small.json")).await;
    assert_eq!(r.status, 200);
    // Broken: the place is named, nothing is added.
    let before = p.get("/admin/frameworks").await.body.matches("<tr>").count();
    let r = import(&p, "ciso-assistant-yaml", b"objects: {framework: {urn: x, requirement_nodes: [".to_vec()).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("regel 2, kolom 1"), "the place of the mistake");
    let r = import(&p, "oscal-catalog", fixture("ciso-small.yaml")).await;
    assert_eq!(r.status, 422);
    assert_eq!(p.get("/admin/frameworks").await.body.matches("<tr>").count(), before);
    // An organisation administrator is not a platform administrator.
    let a = s.login("admin@voorbeeld.test").await;
    assert_eq!(import(&a, "ciso-assistant-yaml", fixture("ciso-small.yaml")).await.status, 403);
    assert_eq!(a.get("/admin/frameworks").await.status, 403);

    // Voorbeeld assesses itself against it at level B, then a newer version arrives.
    let org = s.org_id("Gemeente Voorbeeld").await;
    let fid = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::frameworks::by_urn(&mut c, "urn:weerbaar:risk:framework:test-small")
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let r = a.post_form(&format!("/o/{org}/assessments"), &[("choice", &format!("{fid}|B")), ("title", "Test")]).await;
    assert_eq!(r.status, 303);
    let aid = r.location().rsplit('/').next().unwrap().to_string();
    let sec = format!("/o/{org}/assessments/{aid}/sections/ID.AM");
    let page = a.get(&sec).await;
    assert_eq!(page.status, 200);
    let n = |id: &str| {
        let at = page.body.find(&format!("value=\"{id}\"")).unwrap();
        let name = &page.body[..at];
        let start = name.rfind("name=\"r").unwrap() + 7;
        name[start..].split('_').next().unwrap().to_string()
    };
    let i = n("ID.AM-1");
    let r = a
        .post_form(
            &sec,
            &[
                (&format!("r{i}_id"), "ID.AM-1"),
                (&format!("r{i}_version"), "0"),
                (&format!("r{i}_documentation"), "2"),
                (&format!("r{i}_implementation"), "4"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let v2 = String::from_utf8(fixture("ciso-small-v2.yaml")).unwrap();
    let r = import(&p, "ciso-assistant-yaml", v2.into_bytes()).await;
    assert_eq!(r.status, 200);
    let mut c = s.store().conn().await.unwrap();
    let answers = weerbaar_store::assessments::answers(&mut c, &org, &aid).await.unwrap();
    assert_eq!(answers["ID.AM-1"].answer.documentation, Some(2), "kept across versions");
});

db_test!(an_assessment_is_answered_and_approved, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let list = a.get(&format!("/o/{org}/assessments")).await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Zelfevaluatie basisnormen (vorig jaar)"));
    // Start from the last one's answers.
    let fid = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::frameworks::list(&mut c).await.unwrap().into_iter().find(|f| f.shipped).unwrap().id
    };
    let r = a.post_form(&format!("/o/{org}/assessments"), &[("choice", &format!("{fid}|nowhere"))]).await;
    assert_eq!(r.status, 422, "an unknown level is refused at the field");
    let r = a
        .post_form(&format!("/o/{org}/assessments"), &[("choice", &format!("{fid}|basis")), ("from_last", "on")])
        .await;
    assert_eq!(r.status, 303);
    let aid = r.location().rsplit('/').next().unwrap().to_string();
    let overview = a.get(&format!("/o/{org}/assessments/{aid}")).await;
    assert_eq!(overview.status, 200);
    assert!(overview.body.contains("<svg") && overview.body.contains("h-radar-data"), "radar with its data table");
    assert!(overview.body.contains("h-lines"), "three assessments: a line over time");
    let sec = format!("/o/{org}/assessments/{aid}/sections/BACKUP");
    let page = a.get(&sec).await;
    assert_eq!(page.status, 200);
    let at = page.body.find("value=\"BACKUP-01\"").unwrap();
    let i = {
        let head = &page.body[..at];
        let st = head.rfind("name=\"r").unwrap() + 7;
        head[st..].split('_').next().unwrap().to_string()
    };
    let version = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::answers(&mut c, &org, &aid).await.unwrap()["BACKUP-01"].version.to_string()
    };
    let f = |k: &str| format!("r{i}_{k}");
    // A score outside the scale: 422 at the field, nothing saved.
    let r = a.post_form(&sec, &[(&f("id"), "BACKUP-01"), (&f("version"), &version), (&f("documentation"), "9")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("Kies een score van 1 tot 5"));
    // Not applicable needs a reason.
    let r = a
        .post_form(&sec, &[(&f("id"), "BACKUP-01"), (&f("version"), &version), (&f("verdict"), "not_applicable")])
        .await;
    assert_eq!(r.status, 422);
    let ok = [
        (f("id"), "BACKUP-01".to_string()),
        (f("version"), version.clone()),
        (f("documentation"), "1".into()),
        (f("implementation"), "2".into()),
        (f("comment"), "Geen offline kopie.".into()),
    ];
    let ok: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(a.post_form(&sec, &ok).await.status, 303);
    // The same form again, from the old version, with other values: a conflict.
    let mut stale = ok.clone();
    stale[2] = (stale[2].0, "3");
    assert_eq!(a.post_form(&sec, &stale).await.status, 409);
    // The gap becomes an action in the findings register.
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/actions"),
            &[("requirement", "BACKUP-01"), ("owner_email", "not an address")],
        )
        .await;
    assert_eq!(r.status, 422, "the register's own rule on the owner");
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/actions"),
            &[("requirement", "BACKUP-01"), ("owner_email", "ict@regio.test"), ("due", "2027-06-30")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(300)]);
    let fid = r.location().rsplit('/').next().unwrap().to_string();
    let finding = a.get(&format!("/api/v1/findings/{fid}")).await.json();
    assert_eq!(finding["source"], "assessment");
    assert_eq!(finding["severity"], "high", "a key measure two below target");
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/actions"),
            &[("requirement", "BACKUP-01"), ("owner_email", "ict@regio.test")],
        )
        .await;
    assert_eq!(r.status, 422, "one action per gap");
    // Submit, approve, then an edit makes version 1.1.
    let ver = |c: &weerbaar_store::assessments::Assessment| c.version.to_string();
    let cur = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::get(&mut c, &org, &aid).await.unwrap().unwrap()
    };
    assert_eq!(
        a.post_form(&format!("/o/{org}/assessments/{aid}/status"), &[("action", "submit"), ("version", &ver(&cur))])
            .await
            .status,
        303
    );
    assert_eq!(a.post_form(&sec, &ok).await.status, 409, "locked while submitted");
    let cur = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::get(&mut c, &org, &aid).await.unwrap().unwrap()
    };
    let today = weerbaar_core::today().to_string();
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/status"),
            &[
                ("action", "approve"),
                ("version", &ver(&cur)),
                ("body", ""),
                ("decision_date", &today),
                ("reference", "CBS-1"),
            ],
        )
        .await;
    assert_eq!(r.status, 422, "the approving body is required");
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/status"),
            &[
                ("action", "approve"),
                ("version", &ver(&cur)),
                ("body", "College"),
                ("decision_date", &today),
                ("reference", "CBS-1"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let mut c = s.store().conn().await.unwrap();
    let versions = weerbaar_store::assessments::versions(&mut c, &org, &aid).await.unwrap();
    assert_eq!(versions.len(), 2, "submitted and approved are kept");
    let approved = versions.iter().find(|v| v.status == "approved").unwrap().id.clone();
    drop(c);
    assert_eq!(a.get(&format!("/o/{org}/assessments/{aid}/versions/{approved}")).await.status, 200);
    let fresh = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::answers(&mut c, &org, &aid).await.unwrap()["BACKUP-01"].version.to_string()
    };
    let mut again = ok.clone();
    again[1] = (again[1].0, &fresh);
    again[2] = (again[2].0, "2");
    assert_eq!(a.post_form(&sec, &again).await.status, 303);
    let cur = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::get(&mut c, &org, &aid).await.unwrap().unwrap()
    };
    assert_eq!((cur.status.as_str(), cur.version_label.as_str()), ("draft", "1.1"));
});

db_test!(a_respondent_sees_only_their_part, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let aid = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::list(&mut c, &org).await.unwrap()[0].id.clone()
    };
    let v = s.login("viewer@voorbeeld.test").await;
    // Without a part, a viewer sees no assessment.
    assert!(!v.get(&format!("/o/{org}/assessments")).await.body.contains(&aid));
    assert_eq!(v.get(&format!("/o/{org}/assessments/{aid}")).await.status, 404);
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/respondents"),
            &[("section", "AWARE"), ("email", "nobody@voorbeeld.test")],
        )
        .await;
    assert_eq!(r.status, 422, "only members");
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/respondents"),
            &[("section", "AWARE"), ("email", "viewer@voorbeeld.test")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(v.get(&format!("/o/{org}/assessments")).await.body.contains(&aid));
    let o = v.get(&format!("/o/{org}/assessments/{aid}")).await;
    assert_eq!(o.status, 200);
    assert!(o.body.contains("sections/AWARE") && !o.body.contains("sections/BACKUP") && !o.body.contains("<svg"));
    assert_eq!(v.get(&format!("/o/{org}/assessments/{aid}/sections/AWARE")).await.status, 200);
    assert_eq!(v.get(&format!("/o/{org}/assessments/{aid}/sections/BACKUP")).await.status, 404);
    assert_eq!(v.post_form(&format!("/o/{org}/assessments/{aid}/sections/BACKUP"), &[]).await.status, 404);
    assert_eq!(
        v.post_form(&format!("/o/{org}/assessments/{aid}/actions"), &[("requirement", "BACKUP-01")]).await.status,
        403
    );
});
