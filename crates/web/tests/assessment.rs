//! Self-assessment end to end over HTTP: the library import (platform administrators
//! only, broken files refused with their place, a newer version keeping answers), an
//! assessment answered section by section with conflicts caught, respondents who see
//! only their part, gaps that become actions in the findings register, and the road to
//! approval with kept versions.

mod common;

use common::{TestServer, tool};
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
    // The action's page names where it came from and the baseline's toolkit links;
    // once closed, it asks to update the measure's score.
    let fpage = a.get(&format!("/o/{org}/findings/{fid}")).await;
    assert!(
        fpage.body.contains("Deze actie komt uit") && fpage.body.contains("/toolkit/backups-that-survive-ransomware")
    );
    assert!(!fpage.body.contains("Klopt de score"));
    let t = format!("/api/v1/findings/{fid}/transitions");
    for to in ["confirmed", "fixed"] {
        assert_eq!(a.post_json(&t, &serde_json::json!({"to": to})).await.status, 200, "{to}");
    }
    let closed = a.post_json(&t, &serde_json::json!({"to": "closed", "reason": "Offline kopie sinds juni"})).await;
    assert_eq!(closed.status, 200);
    let fpage = a.get(&format!("/o/{org}/findings/{fid}")).await;
    assert!(fpage.body.contains("Klopt de score") && fpage.body.contains("/sections/BACKUP#req-"));
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
    // Removing the respondent ends their access.
    let viewer = s.user_id("viewer@voorbeeld.test").await.to_string();
    let o = a.get(&format!("/o/{org}/assessments/{aid}")).await;
    assert!(o.body.contains("respondents/remove") && o.body.contains("Sofie Maes"));
    let r = a
        .post_form(
            &format!("/o/{org}/assessments/{aid}/respondents/remove"),
            &[("section", "AWARE"), ("user", &viewer)],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(v.get(&format!("/o/{org}/assessments/{aid}")).await.status, 404);
});

db_test!(the_council_report_and_the_exports_read_back, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let aid = {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::assessments::list(&mut c, &org).await.unwrap()[0].id.clone()
    };
    let base = format!("/o/{org}/assessments/{aid}/export");
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for f in ["pdf", "docx", "odt"] {
        let r = a.send_bytes(a.http.get(a.url(&format!("{base}/{f}")))).await;
        assert!(r.len() > 1000, "{f}");
        let p = dir.path().join(format!("raad-{f}.{f}"));
        std::fs::write(&p, r).unwrap();
        files.push(p);
    }
    let pdf = tool("pdftotext", &[files[0].as_os_str(), std::ffi::OsStr::new("-")]);
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("lo").display());
    let out = dir.path().join("txt");
    tool(
        "soffice",
        &[
            std::ffi::OsStr::new(&profile),
            "--headless".as_ref(),
            "--norestore".as_ref(),
            "--convert-to".as_ref(),
            "txt:Text (encoded):UTF8".as_ref(),
            "--outdir".as_ref(),
            out.as_os_str(),
            files[1].as_os_str(),
            files[2].as_os_str(),
        ],
    );
    let read =
        |n: &str| std::fs::read_to_string(out.join(n)).unwrap_or_else(|e| panic!("LibreOffice wrote no {n}: {e}"));
    let texts = [pdf, read("raad-docx.txt"), read("raad-odt.txt")];
    for t in &texts {
        for h in [
            "Samenvatting",
            "Maturiteit per thema",
            "Kernmaatregelen die nog niet gehaald zijn",
            "De tien grootste tekorten",
            "Bevindingen van audits en scans",
            "Bedrijfscontinuïteit",
            "Bij de vorige zelfevaluatie",
            "Bestuur en organisatie",
        ] {
            assert!(t.contains(h), "the report lacks {h:?}");
        }
    }
    // The answers as CSV: a header and one row per measure of the level, formula-safe.
    let csv = a.get(&format!("{base}/csv")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("\u{feff}ref_id,name,section,documentation"));
    assert_eq!(csv.body.lines().count(), 1 + 34, "34 basis measures");
    // OSCAL assessment results.
    let o = a.get(&format!("{base}/oscal")).await.json();
    let findings = o["assessment-results"]["results"][0]["findings"].as_array().unwrap();
    assert!(findings.len() > 20);
    assert!(findings.iter().any(|f| f["target"]["status"]["state"] == "not-satisfied"));
    assert_eq!(a.get(&format!("{base}/exe")).await.status, 404);
    // Another organisation's administrator gets nothing.
    let b = s.login("admin@anderdorp.test").await;
    assert_eq!(b.get(&format!("{base}/csv")).await.status, 404);
});

db_test!(the_umbrella_sees_only_anonymous_aggregates, |db| {
    let s = TestServer::start(db).await;
    let koepel = s.org_id("Koepel Voorbeeldregio").await;
    let voorbeeld = s.org_id("Gemeente Voorbeeld").await;
    let anderdorp = s.org_id("Gemeente Anderdorp").await;
    let k = s.login("koepel@regio.test").await;
    let page = k.get(&format!("/o/{koepel}/benchmark")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("gegenereerde voorbeeldorganisaties"), "demo peers are marked");
    assert!(page.body.contains("Mediaan") && !page.body.contains("Gemeente Voorbeeld"), "aggregates only");
    let csv = k.get(&format!("/o/{koepel}/benchmark.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("\u{feff}figure,organisations,q1,median,q3,withheld"));
    // Without the demo's peers, one sharing organisation: every figure is withheld.
    {
        let mut c = s.store().conn().await.unwrap();
        weerbaar_store::settings::remove(&mut c, weerbaar_store::settings::DEMO).await.unwrap();
    }
    let csv = k.get(&format!("/o/{koepel}/benchmark.csv")).await;
    for line in csv.body.lines().skip(1) {
        assert!(line.ends_with(",yes"), "withheld: {line}");
    }
    let page = k.get(&format!("/o/{koepel}/benchmark")).await;
    assert!(page.body.contains("minder dan vijf organisaties"));
    // A member chooses; only an administrator, only an umbrella organisation.
    let v = s.login("viewer@voorbeeld.test").await;
    assert_eq!(v.post_form(&format!("/o/{voorbeeld}/benchmark/share"), &[("umbrella", "")]).await.status, 403);
    let b = s.login("admin@anderdorp.test").await;
    let r = b.post_form(&format!("/o/{anderdorp}/benchmark/share"), &[("umbrella", voorbeeld.as_ref())]).await;
    assert_eq!(r.status, 422, "a municipality is not an umbrella organisation");
    let r = b.post_form(&format!("/o/{anderdorp}/benchmark/share"), &[("umbrella", koepel.as_ref())]).await;
    assert_eq!(r.status, 303);
    let mut c = s.store().conn().await.unwrap();
    assert_eq!(weerbaar_store::assessments::benchmark::members(&mut c, &koepel).await.unwrap(), 2);
    drop(c);
    assert_eq!(b.get(&format!("/o/{anderdorp}/benchmark.csv")).await.status, 404, "only the umbrella exports");
    let a = s.login("admin@voorbeeld.test").await;
    let own = a.get(&format!("/o/{voorbeeld}/benchmark")).await;
    assert_eq!(own.status, 200);
    assert!(own.body.contains("Koepel Voorbeeldregio") && own.body.contains("Uw score"));
});

db_test!(the_api_and_the_form_answer_by_the_same_rules, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    let fw = a.get("/api/v1/frameworks").await.json();
    let base = fw.as_array().unwrap().iter().find(|f| f["shipped"] == true).unwrap().clone();
    assert_eq!(base["levels"], serde_json::json!(["basis", "gevorderd"]));
    assert!(base["assessable"].as_i64().unwrap() >= 38);
    // Importing is for platform administrators.
    let upload = |c: &weerbaar_testkit::http::Client, token: String, format: &str, body: Vec<u8>| {
        c.http
            .post(c.url(&format!("/api/v1/frameworks?format={format}")))
            .header("x-csrf-token", token)
            .header("content-type", "application/octet-stream")
            .body(body)
    };
    let r = a.send(upload(&a, a.csrf().await, "ciso-assistant-yaml", fixture("ciso-small.yaml"))).await;
    assert_eq!(r.status, 403);
    let p = s.login("platform@weerbaar.test").await;
    let r = p.send(upload(&p, p.csrf().await, "oscal-catalog", b"{\"catalog\":".to_vec())).await;
    assert_eq!(r.status, 400);
    assert!(r.json()["problems"][0]["where"].as_str().unwrap().starts_with("line 1"));
    let r = p.send(upload(&p, p.csrf().await, "oscal-catalog", fixture("oscal-small.json"))).await;
    assert_eq!(r.status, 201);
    assert_eq!(r.json()["assessable"], 4);
    // Start at a level that does not exist: 422 at the field.
    let start = format!("/api/v1/organisations/{org}/assessments");
    let r = a.post_json(&start, &serde_json::json!({"framework": base["id"], "level": "x"})).await;
    assert_eq!(r.status, 422);
    let r = a.post_json(&start, &serde_json::json!({"framework": base["id"], "level": "basis", "title": "API"})).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let aid = r.json()["id"].as_str().unwrap().to_string();
    // One table of inputs, through the API and through the form: the same answer.
    let rows: Vec<(serde_json::Value, bool)> = vec![
        (serde_json::json!({"documentation": 3, "implementation": 2}), true),
        (serde_json::json!({"documentation": 0}), false),
        (serde_json::json!({"implementation": 6}), false),
        (serde_json::json!({"result": "compliant"}), false),
        (serde_json::json!({"result": "not_applicable"}), false),
        (serde_json::json!({"result": "not_applicable", "reason": "Geen servers"}), true),
        (serde_json::json!({"result": "not_applicable", "reason": "x", "documentation": 2}), false),
        (serde_json::json!({"evidence": ["finding:nope"]}), false),
        (serde_json::json!({"target": 4, "comment": "Doel hoger"}), true),
    ];
    let page = a.get(&format!("/o/{org}/assessments/{aid}/sections/NET")).await;
    let idx = |id: &str| {
        let at = page.body.find(&format!("value=\"{id}\"")).unwrap();
        let head = &page.body[..at];
        let st = head.rfind("name=\"r").unwrap() + 7;
        head[st..].split('_').next().unwrap().to_string()
    };
    for (k, (input, ok)) in rows.iter().enumerate() {
        // The API on NET-01, the form on NET-02, each from its current version.
        let get = a.get(&format!("/api/v1/assessments/{aid}")).await.json();
        let version = |id: &str| {
            get["answers"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["ref_id"] == id)
                .map(|x| x["version"].as_i64().unwrap())
                .unwrap_or(0)
        };
        let mut body = input.clone();
        body["version"] = serde_json::json!(version("NET-01"));
        let r = a.put_json(&format!("/api/v1/assessments/{aid}/answers/NET-01"), &body).await;
        assert_eq!(r.status == 200, *ok, "API row {k}: {} {}", r.status, r.body);
        let i = idx("NET-02");
        let field = |f: &str| format!("r{i}_{f}");
        let val = |f: &str| {
            input.get(f).map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_default()
        };
        let mut form: Vec<(String, String)> =
            vec![(field("id"), "NET-02".into()), (field("version"), version("NET-02").to_string())];
        for (f, api) in [
            ("documentation", "documentation"),
            ("implementation", "implementation"),
            ("verdict", "result"),
            ("reason", "reason"),
            ("comment", "comment"),
            ("target", "target"),
        ] {
            form.push((field(f), val(api)));
        }
        if let Some(e) = input.get("evidence") {
            let ids: Vec<String> = e
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|x| x.as_str()?.strip_prefix("finding:").map(str::to_string))
                .collect();
            form.push((field("findings"), ids.join("\n")));
        }
        let refs: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let r = a.post_form(&format!("/o/{org}/assessments/{aid}/sections/NET"), &refs).await;
        assert_eq!(r.status == 303, *ok, "form row {k}: {}", r.status);
    }
    // A stale version is a conflict; another organisation's assessment is unknown.
    let r = a
        .put_json(
            &format!("/api/v1/assessments/{aid}/answers/NET-01"),
            &serde_json::json!({"version": 0, "documentation": 1}),
        )
        .await;
    assert_eq!(r.status, 409);
    let v = s.login("admin@voorbeeld.test").await;
    assert_eq!(v.get(&format!("/api/v1/assessments/{aid}")).await.status, 404);
    let got = a.get(&format!("/api/v1/assessments/{aid}")).await.json();
    assert!(
        got["total"]["answered"].as_i64() == Some(0) && got["nodes"].as_array().unwrap().len() > 30,
        "comments and targets only"
    );
    // The comparison is for umbrella organisations.
    assert_eq!(a.get(&format!("/api/v1/organisations/{org}/benchmark")).await.status, 404);
    let koepel = s.org_id("Koepel Voorbeeldregio").await;
    let k = s.login("koepel@regio.test").await;
    let b = k
        .get(&format!(
            "/api/v1/organisations/{koepel}/benchmark?framework={}&level=basis",
            base["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(b.status, 200);
    assert_eq!(b.json()["demo_peers"], 12);
    assert!(b.json()["total"]["median"].is_number());
});
