//! Awareness end to end over HTTP: the staff list imported from a spreadsheet (preview,
//! confirm, re-import with leavers), personal links that work once and expire, a module
//! and its quiz completed by a learner, figures per department, reminders and erasure on
//! a test clock, and a phishing exercise from draft through the approval gate to
//! sending at its rate through the loopback SMTP sink, stopping, the click rules and the
//! report.

mod common;

use common::TestServer;
use weerbaar_testkit::db_test;
use weerbaar_testkit::http::{Client, Resp};

/// A staff list of `n` people over `depts` departments (name;email;department;language).
fn staff_csv(n: usize, depts: &[&str]) -> String {
    let mut s = String::from("naam;e-mail;dienst;taal\n");
    for i in 0..n {
        s.push_str(&format!("Persoon {i};p{i}@voorbeeld.test;{};nl\n", depts[i % depts.len()]));
    }
    s
}

async fn api_import(c: &Client, org: &str, csv: &str, query: &str) -> Resp {
    let token = c.csrf().await;
    let url = c.url(&format!("/api/v1/organisations/{org}/staff/import{query}"));
    c.send(c.http.post(url).header("x-csrf-token", token).header("content-type", "text/csv").body(csv.to_string()))
        .await
}

async fn page_import(c: &Client, org: &str, csv: &str, leavers: bool) -> Resp {
    let mut form = reqwest::multipart::Form::new().text("_csrf", c.csrf().await);
    if leavers {
        form = form.text("mark_leavers", "on");
    }
    let form = form.part("file", reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("staff.csv"));
    c.send(c.http.post(c.url(&format!("/o/{org}/staff/import"))).multipart(form)).await
}

fn pending_of(body: &str) -> String {
    let i = body.find("name=\"pending\" value=\"").expect("a confirm form") + "name=\"pending\" value=\"".len();
    body[i..].split('"').next().unwrap().to_string()
}

async fn staff_count(s: &TestServer, org: &weerbaar_core::OrgId) -> usize {
    let mut c = s.store().conn().await.unwrap();
    weerbaar_store::awareness::staff::list(&mut c, org).await.unwrap().len()
}

db_test!(a_staff_list_is_imported_previewed_and_reimported, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    let before = staff_count(&s, &org).await;
    let mut csv = staff_csv(6, &["Burgerzaken", "Technische dienst"]);
    csv.push_str("Zonder adres;;Burgerzaken;nl\nDubbel;p1@voorbeeld.test;IT;nl\n");
    // Preview: the problems with their lines, nothing changed yet.
    let r = page_import(&a, org.as_str(), &csv, false).await;
    assert_eq!(r.status, 200, "{}", &r.body[..r.body.len().min(500)]);
    assert!(r.body.contains("Nieuw: 6"), "counts in the preview");
    assert!(r.body.contains("regel 8") && r.body.contains("regel 9"), "problems by line");
    assert_eq!(staff_count(&s, &org).await, before, "a preview changes nothing");
    let r = a.post_form(&format!("/o/{org}/staff/import/confirm"), &[("pending", &pending_of(&r.body))]).await;
    assert_eq!(r.status, 303);
    assert_eq!(staff_count(&s, &org).await, before + 6);
    // A pending preview is used once.
    let r = a.post_form(&format!("/o/{org}/staff/import/confirm"), &[("pending", "x")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(staff_count(&s, &org).await, before + 6);

    // Re-import through the API: one moves, one is missing and marked as left.
    let mut again = staff_csv(5, &["Burgerzaken", "Technische dienst"])
        .replace("Persoon 0;p0@voorbeeld.test;Burgerzaken", "Persoon 0;p0@voorbeeld.test;Sport");
    let dry = api_import(&a, org.as_str(), &again, "?dry_run=true&mark_leavers=true").await;
    assert_eq!(dry.status, 200, "{}", dry.body);
    let j = dry.json();
    assert_eq!((j["created"].as_u64(), j["updated"].as_u64()), (Some(0), Some(1)));
    assert!(j["left"].as_u64().unwrap() >= 1);
    let mut c = s.store().conn().await.unwrap();
    let p0 = weerbaar_store::awareness::staff::list(&mut c, &org)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "p0@voorbeeld.test")
        .unwrap();
    assert_eq!(p0.department, "Burgerzaken", "a dry run changes nothing");
    drop(c);
    again.push_str("Fout;fout;IT;nl\n");
    let r = api_import(&a, org.as_str(), &again, "").await;
    let j = r.json();
    assert_eq!(j["problems"][0]["line"], 7);
    assert!(j["problems"][0]["message"].as_str().unwrap().contains("e-mail"), "{j}");
    assert_eq!(j["updated"], 1);
    // Without mark_leavers no one leaves.
    assert_eq!(j["left"], 0);
    let r = api_import(&a, org.as_str(), "dit is geen lijst", "").await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["code"], "unreadable");
    let r =
        api_import(&a, org.as_str(), &staff_csv(5, &["Burgerzaken", "Technische dienst"]), "?mark_leavers=true").await;
    assert!(r.json()["left"].as_u64().unwrap() >= 1);
    let mut c = s.store().conn().await.unwrap();
    let p5 = weerbaar_store::awareness::staff::list(&mut c, &org)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "p5@voorbeeld.test")
        .unwrap();
    assert!(p5.left_on.is_some(), "marked as left");
});

db_test!(form_api_and_import_apply_one_rule_for_a_person, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    // (name, email, department, language, accepted)
    let cases = [
        ("An Peeters", "an.regel@anderdorp.test", "Burgerzaken", "nl", true),
        ("", "leeg.regel@anderdorp.test", "Burgerzaken", "nl", false),
        ("Bram", "geen-adres", "Burgerzaken", "nl", false),
        ("Carla", "carla.regel@anderdorp.test", "", "nl", false),
        ("Dirk", "dirk.regel@anderdorp.test", "IT", "de", false),
        ("Els", "els.regel@anderdorp.test", "IT", "EN", true),
    ];
    for (i, (name, email, dept, lang, ok)) in cases.iter().enumerate() {
        let form = a
            .post_form(
                &format!("/o/{org}/staff"),
                &[("name", name), ("email", email), ("department", dept), ("lang", lang)],
            )
            .await;
        assert_eq!(form.status == 303, *ok, "form, case {i}: {}", form.status);
        let csv = format!("name,email,department,language\n{name},{},{dept},{lang}\n", email.replace("regel", "api"));
        let api = api_import(&a, org.as_str(), &csv, "").await.json();
        let accepted = api["problems"].as_array().unwrap().is_empty();
        assert_eq!(accepted, *ok, "API, case {i}: {api}");
    }
});

/// Assigns a module to everyone on the list, due in two weeks.
async fn assign_everyone(a: &Client, org: &weerbaar_core::OrgId, module: &str) {
    let due = weerbaar_core::today().saturating_add(jiff::ToSpan::days(14)).to_string();
    let r = a
        .post_form(
            &format!("/o/{org}/awareness/assignments"),
            &[("module", module), ("scope", "everyone"), ("due_on", &due)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(400)]);
}

fn link_in(m: &weerbaar_testkit::smtp::Mail) -> String {
    m.link("/t/").expect("a personal link")
}

db_test!(a_learner_opens_a_link_once_and_completes_a_module, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    api_import(&a, org.as_str(), &staff_csv(6, &["Burgerzaken"]), "").await;
    assign_everyone(&a, &org, "passwords-mfa").await;
    let mail = s.smtp.wait_for("p1@voorbeeld.test", |m| m.text().contains("/t/")).await;
    let link = link_in(&mail);
    let path = link.split_once("://").and_then(|(_, r)| r.find('/').map(|i| r[i..].to_string())).unwrap();

    let l = Client::new(&s.url);
    // A mail scanner fetching the link does not use it.
    assert_eq!(l.get(&path).await.status, 200);
    assert_eq!(l.get(&path).await.status, 200);
    let r = l.post_form(&path, &[]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let home = l.get("/learn").await;
    assert!(home.body.contains("Welkom, Persoon"), "{}", &home.body[..home.body.len().min(2000)]);
    assert!(home.body.contains("/learn/passwords-mfa"));
    // Single use.
    let other = Client::new(&s.url);
    assert_eq!(other.post_form(&path, &[]).await.status, 410);
    assert_eq!(other.get(&path).await.status, 410);
    assert_eq!(other.get("/learn/passwords-mfa").await.status, 303, "no session, no module");

    // Pages, then the quiz: wrong first, then right.
    let p1 = l.get("/learn/passwords-mfa").await;
    assert_eq!(p1.status, 200);
    assert!(p1.body.contains("?page=2"));
    let quiz = l.get("/learn/passwords-mfa/quiz").await;
    assert_eq!(quiz.status, 200);
    let lib = weerbaar_content::training_modules().unwrap();
    let m = lib.iter().find(|m| m.slug == "passwords-mfa").unwrap();
    let qs = m.questions("nl");
    let incomplete = l.post_form("/learn/passwords-mfa/quiz", &[]).await;
    assert_eq!(incomplete.status, 422, "every question needs an answer");
    let answers = |right: bool| -> Vec<(String, String)> {
        let mut out = vec![];
        for q in qs {
            for (i, c) in q.answers.iter().enumerate() {
                if c.correct == right || (!right && q.answers.iter().all(|x| x.correct)) {
                    out.push((format!("q-{}", q.id), i.to_string()));
                    if !right {
                        break;
                    }
                }
            }
        }
        out
    };
    let wrong = answers(false);
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let r = l.post_form("/learn/passwords-mfa/quiz", &wrong).await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Nog niet geslaagd"));
    assert_eq!(l.get("/learn/passwords-mfa/certificate").await.status, 404, "no certificate before passing");
    let right = answers(true);
    let right: Vec<(&str, &str)> = right.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let r = l.post_form("/learn/passwords-mfa/quiz", &right).await;
    assert!(r.body.contains("Uw score: 100"), "{}", &r.body[..r.body.len().min(3000)]);
    let pdf = l.send_bytes(l.http.get(l.url("/learn/passwords-mfa/certificate"))).await;
    assert!(pdf.starts_with(b"%PDF"), "a PDF certificate");

    // The figures: six people in one department, one completed; no one named.
    let prog = a.get(&format!("/api/v1/organisations/{org}/training/progress")).await.json();
    let bz = prog.as_array().unwrap().iter().find(|d| d["department"] == "Burgerzaken").expect("Burgerzaken has 6");
    assert_eq!((bz["assigned"].as_u64(), bz["completed"].as_u64()), (Some(6), Some(1)));
    assert!(bz["average_score"].is_null(), "one score would be one person's: {bz}");
    let csv = a.get(&format!("/o/{org}/awareness/progress.csv")).await;
    assert!(csv.body.contains("Burgerzaken,6,1,1,\r\n"), "{}", csv.body);
    assert!(!a.get(&format!("/o/{org}/awareness")).await.body.contains("Persoon 1"));

    // An expired link does not open.
    let mut c = s.store().conn().await.unwrap();
    let p2 = weerbaar_store::awareness::staff::by_email(&mut c, "p2@voorbeeld.test").await.unwrap().remove(0);
    let now = weerbaar_core::now_ms();
    weerbaar_store::awareness::staff::create_link(
        &mut c,
        &p2,
        &weerbaar_core::secret::hash_token("expired-token"),
        now - 20 * 86_400_000,
        now - 1,
    )
    .await
    .unwrap();
    drop(c);
    assert_eq!(Client::new(&s.url).post_form("/t/expired-token", &[]).await.status, 410);

    // Asking for a new link: the same answer for a known and an unknown address.
    let ask = |email: &'static str| {
        let url = s.url.clone();
        async move {
            let c = Client::new(&url);
            let r = c.post_form("/learn/link", &[("email", email)]).await;
            let csrf = weerbaar_testkit::http::csrf_of(&r.body).unwrap_or_default();
            (r.status, r.body.replace(&csrf, ""))
        }
    };
    let known = ask("p3@voorbeeld.test").await;
    let unknown = ask("niemand@nergens.test").await;
    assert_eq!(known, unknown, "the answer does not say whether an address is known");
    s.smtp.wait_for("p3@voorbeeld.test", |m| m.text().contains("/t/")).await;
});

db_test!(a_link_of_one_organisation_never_opens_another, |db| {
    let s = TestServer::start(db).await;
    let anderdorp = s.org_id("Gemeente Anderdorp").await;
    let voorbeeld = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@anderdorp.test").await;
    let v = s.login("admin@voorbeeld.test").await;
    // The same person on both lists, with a different module in each.
    let csv = "name,email,department\nDubbel Persoon,dubbel@beide.test,IT\n";
    api_import(&a, anderdorp.as_str(), csv, "").await;
    api_import(&v, voorbeeld.as_str(), csv, "").await;
    let due = weerbaar_core::today().saturating_add(jiff::ToSpan::days(14)).to_string();
    let people = [
        ("module", "clean-desk-screen-lock"),
        ("scope", "people"),
        ("targets", "dubbel@beide.test"),
        ("due_on", due.as_str()),
    ];
    assert_eq!(a.post_form(&format!("/o/{anderdorp}/awareness/assignments"), &people).await.status, 303);
    let mail = s.smtp.wait_for("dubbel@beide.test", |m| m.text().contains("/t/")).await;
    let link = link_in(&mail);
    let path = &link[link.find("/t/").unwrap()..];
    let l = Client::new(&s.url);
    assert_eq!(l.post_form(path, &[]).await.status, 303);
    let home = l.get("/learn").await;
    assert!(home.body.contains("/learn/clean-desk-screen-lock"));
    // The learner's session opens nothing of either organisation's administration.
    for p in [
        format!("/o/{voorbeeld}/staff"),
        format!("/o/{anderdorp}/staff"),
        format!("/api/v1/organisations/{voorbeeld}/training/progress"),
    ] {
        let r = l.get(&p).await;
        assert!(r.status == 303 || r.status == 401 || r.status == 404, "{p}: {}", r.status);
    }
    // Voorbeeld's progress does not move when the Anderdorp learner works.
    l.get("/learn/clean-desk-screen-lock").await;
    let mut c = s.store().conn().await.unwrap();
    assert!(
        weerbaar_store::awareness::training::progress_of_org(&mut c, &voorbeeld)
            .await
            .unwrap()
            .iter()
            .all(|p| p.module != "clean-desk-screen-lock")
    );
    assert_eq!(weerbaar_store::awareness::training::progress_of_org(&mut c, &anderdorp).await.unwrap().len(), 1);
});

db_test!(reminders_and_erasure_follow_the_test_clock, |db| {
    use weerbaar_web::awareness::sender::{erase_leavers, training_mails};
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    api_import(&a, org.as_str(), &staff_csv(5, &["Burgerzaken"]), "").await;
    let mut c = s.store().conn().await.unwrap();
    let list = weerbaar_store::awareness::staff::list(&mut c, &org).await.unwrap();
    let p = |e: &str| list.iter().find(|x| x.email == e).unwrap().clone();
    let due: jiff::civil::Date = "2027-02-01".parse().unwrap();
    let na = weerbaar_core::awareness::progress::NewAssignment {
        module: "passwords-mfa".into(),
        scope: weerbaar_core::awareness::progress::Scope::Everyone,
        due_on: due,
    };
    weerbaar_store::awareness::training::assign(&mut c, &org, &na, "assigned", "test", 0).await.unwrap();
    // p4 is on leave until 2027-01-10.
    let p4 = p("p4@voorbeeld.test");
    let edit =
        weerbaar_store::awareness::staff::Edit { person: &p4.person(), quiet_until: Some("2027-01-10"), left_on: None };
    weerbaar_store::awareness::staff::update(&mut c, &org, &p4.id, &edit, p4.version, 0).await.unwrap();
    drop(c);
    let day = |d: &str| d.parse::<jiff::civil::Date>().unwrap();
    assert_eq!(training_mails(&s.state, &org, day("2027-01-04")).await.unwrap(), 4, "everyone but p4");
    assert_eq!(training_mails(&s.state, &org, day("2027-01-05")).await.unwrap(), 0, "at most one a week");
    assert_eq!(training_mails(&s.state, &org, day("2027-01-10")).await.unwrap(), 0, "p4 still away");
    // p0 completes the module: no reminder after that.
    let mut c = s.store().conn().await.unwrap();
    let p0 = p("p0@voorbeeld.test");
    let who =
        weerbaar_store::awareness::training::Who { org: org.as_str(), staff_id: &p0.id, department: &p0.department };
    weerbaar_store::awareness::training::attempt(&mut c, who, "passwords-mfa", "1.0", 100, true, 0).await.unwrap();
    drop(c);
    assert_eq!(training_mails(&s.state, &org, day("2027-01-11")).await.unwrap(), 4, "a week later: p1–p3 and p4");
    s.smtp.wait_for("p1@voorbeeld.test", |m| m.header("subject").is_some_and(|h| h.contains("Herinnering"))).await;

    // p1 leaves on 2027-01-15; with the default of 12 months the results go in 2028.
    let mut c = s.store().conn().await.unwrap();
    let p1 = p("p1@voorbeeld.test");
    let who =
        weerbaar_store::awareness::training::Who { org: org.as_str(), staff_id: &p1.id, department: &p1.department };
    weerbaar_store::awareness::training::attempt(&mut c, who, "passwords-mfa", "1.0", 90, true, 0).await.unwrap();
    let p1 = weerbaar_store::awareness::staff::get(&mut c, &org, &p1.id).await.unwrap().unwrap();
    let edit =
        weerbaar_store::awareness::staff::Edit { person: &p1.person(), quiet_until: None, left_on: Some("2027-01-15") };
    weerbaar_store::awareness::staff::update(&mut c, &org, &p1.id, &edit, p1.version, 0).await.unwrap();
    // An assignment for p1 alone, and one for p1 and p2.
    let only = weerbaar_core::awareness::progress::NewAssignment {
        module: "clean-desk-screen-lock".into(),
        scope: weerbaar_core::awareness::progress::Scope::People(["p1@voorbeeld.test".to_string()].into()),
        due_on: due,
    };
    weerbaar_store::awareness::training::assign(&mut c, &org, &only, "phishing", "test", 0).await.unwrap();
    let both = weerbaar_core::awareness::progress::NewAssignment {
        scope: weerbaar_core::awareness::progress::Scope::People(
            ["p1@voorbeeld.test".to_string(), "p2@voorbeeld.test".to_string()].into(),
        ),
        ..only
    };
    weerbaar_store::awareness::training::assign(&mut c, &org, &both, "assigned", "test", 0).await.unwrap();
    drop(c);
    assert_eq!(erase_leavers(&s.state, day("2028-01-14")).await.unwrap(), 0);
    assert_eq!(erase_leavers(&s.state, day("2028-01-15")).await.unwrap(), 1);
    let mut c = s.store().conn().await.unwrap();
    assert!(weerbaar_store::awareness::staff::get(&mut c, &org, &p1.id).await.unwrap().is_none(), "the person is gone");
    let rows = weerbaar_store::awareness::training::progress_of_org(&mut c, &org).await.unwrap();
    assert_eq!(
        rows.iter().filter(|r| r.staff_id.is_none() && r.completed_at.is_some()).count(),
        1,
        "the row only counts now"
    );
    // The address is gone from the assignments too: the one for p1 alone, and from the other.
    let left = weerbaar_store::awareness::training::assignments(&mut c, &org).await.unwrap();
    assert!(left.iter().all(|a| !a.scope.targets().contains(&"p1@voorbeeld.test".to_string())));
    assert!(left.iter().any(|a| a.scope.targets() == ["p2@voorbeeld.test"]));
});

db_test!(the_completion_rate_is_evidence_on_the_awareness_measures, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    let list = a.get(&format!("/api/v1/organisations/{org}/assessments")).await.json();
    let id = list[0]["id"].as_str().unwrap().to_string();
    let page = a.get(&format!("/o/{org}/assessments/{id}/sections/AWARE")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Bewijs uit bewustmaking"), "the awareness section shows the rate");
    let rate = a.get(&format!("/api/v1/organisations/{org}/training/progress")).await.json();
    let assigned: u64 = rate.as_array().unwrap().iter().map(|d| d["assigned"].as_u64().unwrap()).sum();
    assert!(page.body.contains(&format!("van de {assigned} medewerkers")), "{assigned}");
    let other = a.get(&format!("/o/{org}/assessments/{id}/sections/GOV")).await;
    assert!(!other.body.contains("Bewijs uit bewustmaking"));
});

db_test!(managers_see_their_staff_only_when_the_organisation_says_so, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    let mut csv = String::from("name,email,department,manager\nBaas Een,baas@anderdorp.test,IT,\n");
    for i in 0..5 {
        csv.push_str(&format!("Mijn Mens {i},mens{i}@anderdorp.test,IT,baas@anderdorp.test\n"));
    }
    csv.push_str("Andere Mens,ander@anderdorp.test,IT,someone@anderdorp.test\n");
    api_import(&a, org.as_str(), &csv, "").await;
    assign_everyone(&a, &org, "passwords-mfa").await;
    let mail = s.smtp.wait_for("baas@anderdorp.test", |m| m.text().contains("/t/")).await;
    let link = link_in(&mail);
    let boss = Client::new(&s.url);
    assert_eq!(boss.post_form(&link[link.find("/t/").unwrap()..], &[]).await.status, 303);
    assert_eq!(boss.get("/learn/team").await.status, 404, "off unless the organisation turns it on");
    assert!(!boss.get("/learn").await.body.contains("/learn/team"));
    let r = a
        .post_form(
            &format!("/o/{org}/awareness/settings"),
            &[("retention_months", "12"), ("manager_visibility", "on"), ("version", "0")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(400)]);
    // Bad input changes nothing and says where.
    let bad =
        a.post_form(&format!("/o/{org}/awareness/settings"), &[("retention_months", "0"), ("version", "1")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("van 1 tot 120"));
    let team = boss.get("/learn/team").await;
    assert_eq!(team.status, 200);
    assert!(team.body.contains("Mijn Mens 0") && team.body.contains("Mijn Mens 4"));
    assert!(!team.body.contains("Andere Mens"), "only the manager's own staff");
});
