//! Phishing exercises end to end: a draft through the API, launch refused without
//! approval (409), the approval gate on the page, sending through the loopback SMTP
//! sink at the configured rate, the click rules (HEAD, scanners, seconds after
//! delivery, the confirmation button), the landing page, reports by link and by mail,
//! the follow-up module, results without names, and the stop button.

mod common;

use common::TestServer;
use weerbaar_testkit::db_test;
use weerbaar_testkit::http::Client;

async fn import(c: &Client, org: &str, n: usize) {
    let mut csv = String::from("name,email,department\n");
    for i in 0..n {
        csv.push_str(&format!(
            "Medewerker {i},m{i}@anderdorp.test,{}\n",
            if i % 2 == 0 { "Burgerzaken" } else { "Financiën" }
        ));
    }
    let token = c.csrf().await;
    let url = c.url(&format!("/api/v1/organisations/{org}/staff/import"));
    let r = c.send(c.http.post(url).header("x-csrf-token", token).body(csv)).await;
    assert_eq!(r.status, 200, "{}", r.body);
}

fn rfc(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).unwrap().to_string()
}

async fn draft(c: &Client, org: &str, per_minute: i64, window_ms: i64) -> String {
    let now = weerbaar_core::now_ms();
    let body = serde_json::json!({
        "name": "Oefening najaar",
        "templates": ["parcel-notice", "password-expiry"],
        "scope": "everyone",
        "targets": [],
        "sender_name": "Pakketdienst",
        "sender_address": "info@oefen-pakket.test",
        "window_start": rfc(now - 1000),
        "window_end": rfc(now + window_ms),
        "per_minute": per_minute,
        "exclusions": ["m9@anderdorp.test"],
    });
    let r = c.post_json(&format!("/api/v1/organisations/{org}/phishing/campaigns"), &body).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["status"], "draft");
    assert_eq!(r.json()["approved"], false);
    r.json()["id"].as_str().unwrap().to_string()
}

async fn approve(c: &Client, org: &str, id: &str) {
    let page = c.get(&format!("/o/{org}/phishing/{id}")).await;
    let version = page.body.split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    // Every part of the gate is needed.
    let r = c
        .post_form(&format!("/o/{org}/phishing/{id}/approve"), &[("version", &version), ("director", "Marie Janssens")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("functionaris voor gegevensbescherming"));
    let today = weerbaar_core::today().to_string();
    let r = c
        .post_form(
            &format!("/o/{org}/phishing/{id}/approve"),
            &[
                ("version", &version),
                ("director", "Marie Janssens"),
                ("approved_on", &today),
                ("dpo_informed", "on"),
                ("representatives", "not_applicable"),
                ("reason", "Geen vakbondsafvaardiging in een bestuur van deze grootte"),
                ("no_sanctions", "on"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(600)]);
}

fn token_of(m: &weerbaar_testkit::smtp::Mail) -> String {
    let link = m.link("/p/c/").expect("the exercise link");
    link.rsplit('/').next().unwrap().to_string()
}

db_test!(an_approved_exercise_is_sent_at_its_rate_and_counts_only_people, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    import(&a, org.as_str(), 12).await;
    // 11 recipients (one excluded) at least 600 ms apart: 100 a minute.
    let id = draft(&a, org.as_str(), 100, 1000).await;
    let r = a.post_json(&format!("/api/v1/phishing/campaigns/{id}/launch"), &serde_json::json!({})).await;
    assert_eq!(r.status, 409, "no launch without approval");
    approve(&a, org.as_str(), &id).await;
    let r = a.post_json(&format!("/api/v1/phishing/campaigns/{id}/launch"), &serde_json::json!({})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["recipients"], 11);
    let again = a.post_form(&format!("/o/{org}/phishing/{id}/launch"), &[]).await;
    assert_eq!(again.status, 409, "launched once");

    for i in (0..12).filter(|i| *i != 9) {
        s.smtp.wait_for(&format!("m{i}@anderdorp.test"), |m| m.link("/p/c/").is_some()).await;
    }
    assert!(!s.smtp.mails().iter().any(|m| m.to.iter().any(|t| t == "m9@anderdorp.test")), "excluded");
    let mail = s.smtp.wait_for("m0@anderdorp.test", |_| true).await;
    assert!(mail.header("from").unwrap().contains("info@oefen-pakket.test"));
    assert!(mail.text().contains("Medewerker") || mail.text().contains("Beste"), "greets by first name");
    assert!(mail.link("/p/r/").is_some(), "a report link in the footer");
    assert!(mail.header("x-report-token").is_some());
    // The rate: consecutive sends at least 600 ms apart (100 a minute).
    // (A mail is marked sent just after the server took it: wait for the last mark.)
    let mut times = vec![];
    for _ in 0..100 {
        let mut c = s.store().conn().await.unwrap();
        times = weerbaar_store::awareness::campaigns::sent_times(&mut c, &id).await.unwrap();
        if times.len() == 11 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(times.len(), 11, "all sent");
    for w in times.windows(2) {
        assert!(w[1] - w[0] >= 550, "sent {} ms apart", w[1] - w[0]);
    }

    // Clicks: HEAD, a scanner and a click within seconds of delivery are filtered, each
    // counted once per mail.
    let tok = |i: usize| {
        let s = &s;
        async move { token_of(&s.smtp.wait_for(&format!("m{i}@anderdorp.test"), |_| true).await) }
    };
    let (t0, t4, t6) = (tok(0).await, tok(4).await, tok(6).await);
    let anon = Client::new(&s.url);
    let head = anon.send(anon.http.head(anon.url(&format!("/p/c/{t0}")))).await;
    assert_eq!(head.status, 200);
    anon.send(anon.http.head(anon.url(&format!("/p/c/{t0}")))).await;
    let scanner = anon
        .send(
            anon.http
                .get(anon.url(&format!("/p/c/{t4}")))
                .header("user-agent", "Mozilla/5.0 (compatible; Barracuda Sentinel)"),
        )
        .await;
    assert_eq!(scanner.status, 200);
    assert!(!scanner.body.contains("Dit was een oefening"), "the page before the button gives nothing away");
    let soon = anon
        .send(anon.http.post(anon.url(&format!("/p/c/{t6}"))).header("user-agent", "Mozilla/5.0 Firefox/128.0"))
        .await;
    assert_eq!(soon.status, 200);
    let res = results(&a, org.as_str(), &id).await;
    assert_eq!((res["clicked"].as_i64(), res["clicks_filtered"].as_i64()), (Some(0), Some(3)), "{res}");
    // A person, a minute after delivery, presses the button: counted once.
    age(&s, &id, 60_000).await;
    let t1 = token_of(&s.smtp.wait_for("m1@anderdorp.test", |_| true).await);
    let browser = |rb: reqwest::RequestBuilder| rb.header("user-agent", "Mozilla/5.0 (Windows NT 10.0) Firefox/128.0");
    assert_eq!(anon.send(browser(anon.http.get(anon.url(&format!("/p/c/{t1}"))))).await.status, 200);
    let landing = anon.send(browser(anon.http.post(anon.url(&format!("/p/c/{t1}"))))).await;
    assert_eq!(landing.status, 200);
    assert!(landing.body.contains("Dit was een oefening"));
    for tag in ["<form", "<input", "<textarea", "<select", "<button"] {
        assert!(!landing.body.contains(tag), "the landing page has {tag}");
    }
    anon.send(browser(anon.http.post(anon.url(&format!("/p/c/{t1}"))))).await;
    // The pixel, and a report by link and one by mail.
    let t2 = token_of(&s.smtp.wait_for("m2@anderdorp.test", |_| true).await);
    let gif = anon.send(anon.http.get(anon.url(&format!("/p/o/{t2}.gif")))).await;
    assert_eq!(gif.header("content-type").as_deref(), Some("image/gif"));
    assert_eq!(anon.send(anon.http.post(anon.url(&format!("/p/r/{t2}")))).await.status, 200);
    let m3 = s.smtp.wait_for("m3@anderdorp.test", |_| true).await;
    let token = a.csrf().await;
    let r = a
        .send(
            a.http
                .post(a.url(&format!("/api/v1/organisations/{org}/phishing/reports")))
                .header("x-csrf-token", token)
                .body(m3.data.clone()),
        )
        .await;
    assert_eq!(r.json()["matched"], true, "{}", r.body);
    let res = results(&a, org.as_str(), &id).await;
    assert_eq!(
        (res["clicked"].as_i64(), res["reported"].as_i64(), res["opened"].as_i64()),
        (Some(1), Some(2), Some(1)),
        "{res}"
    );
    // Results per department, no names.
    let page = a.get(&format!("/o/{org}/phishing/{id}")).await;
    assert!(
        page.body.contains("Burgerzaken")
            && !page.body.contains("m1@anderdorp.test")
            && !page.body.contains("Medewerker 1")
    );
    // The one who clicked got the phishing module, kindly.
    let mut c = s.store().conn().await.unwrap();
    let assigned = weerbaar_store::awareness::training::assignments(&mut c, &org).await.unwrap();
    assert!(assigned.iter().any(|x| x.module == "phishing-recognise-report"
        && x.reason == "phishing"
        && x.scope.covers("m1@anderdorp.test", "")));
    assert!(
        !assigned.iter().any(|x| x.scope.covers("m0@anderdorp.test", "") && x.reason == "phishing"),
        "filtered clicks assign nothing"
    );
    // The follow-up is the person's own: not in the administrators' list or figures.
    let overview = a.get(&format!("/o/{org}/awareness")).await;
    assert!(!overview.body.contains("m1@anderdorp.test"));
    let prog = a.get(&format!("/api/v1/organisations/{org}/training/progress")).await.json();
    assert!(prog.as_array().unwrap().is_empty(), "no assignment but the follow-up: no figures {prog}");
});

async fn results(a: &Client, org: &str, id: &str) -> serde_json::Value {
    let list = a.get(&format!("/api/v1/organisations/{org}/phishing/campaigns")).await.json();
    list.as_array().unwrap().iter().find(|c| c["id"] == id).unwrap().clone()
}

/// Moves the campaign's deliveries `ms` into the past (the scanner window is 30 s).
async fn age(s: &TestServer, campaign: &str, ms: i64) {
    let mut c = s.store().conn().await.unwrap();
    weerbaar_store::awareness::campaigns::backdate(&mut c, campaign, ms).await.unwrap();
}

db_test!(the_stop_button_halts_sending_at_once, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    import(&a, org.as_str(), 10).await;
    // One a second: nine mails would take nine seconds.
    let id = draft(&a, org.as_str(), 60, 1000).await;
    approve(&a, org.as_str(), &id).await;
    assert_eq!(a.post_form(&format!("/o/{org}/phishing/{id}/launch"), &[]).await.status, 303);
    // Wait for the first mail, then stop.
    for _ in 0..200 {
        if s.smtp.mails().iter().any(|m| m.link("/p/c/").is_some()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let r = a.post_form(&format!("/o/{org}/phishing/{id}/stop"), &[]).await;
    assert_eq!(r.status, 303);
    let at_stop = s.smtp.mails().iter().filter(|m| m.link("/p/c/").is_some()).count();
    assert!(at_stop < 9);
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let later = s.smtp.mails().iter().filter(|m| m.link("/p/c/").is_some()).count();
    assert!(later <= at_stop + 1, "at most the mail in flight at the stop went out ({at_stop} → {later})");
    let res = results(&a, org.as_str(), &id).await;
    assert_eq!(res["status"], "stopped");
    assert_eq!(a.post_form(&format!("/o/{org}/phishing/{id}/stop"), &[]).await.status, 409);
});

db_test!(a_campaign_form_refuses_bad_input_and_warns_about_the_own_domain, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let a = s.login("admin@anderdorp.test").await;
    import(&a, org.as_str(), 6).await;
    let r = a
        .post_form(
            &format!("/o/{org}/phishing"),
            &[
                ("name", ""),
                ("scope", "departments"),
                ("targets", "Sport"),
                ("per_minute", "0"),
                ("sender_address", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    for msg in [
        "Kies minstens één oefenbericht",
        "staat niet op de personeelslijst",
        "geheel getal",
        "Vul een datum en een uur in",
    ] {
        assert!(r.body.contains(msg), "{msg}");
    }
    let r = a
        .post_form(
            &format!("/o/{org}/phishing"),
            &[
                ("name", "Eigen domein"),
                ("templates", "hr-bonus"),
                ("scope", "everyone"),
                ("sender_name", "Personeelsdienst"),
                ("sender_address", "hr@anderdorp.test"),
                ("window_start", "2099-01-01T09:00"),
                ("window_end", "2099-01-01T12:00"),
                ("per_minute", "10"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let page = a.follow(r).await;
    assert!(page.body.contains("echte maildomein"), "the own-domain warning");
    let api = a
        .post_json(
            &format!("/api/v1/organisations/{org}/phishing/campaigns"),
            &serde_json::json!({"name": "x", "per_minute": 1.5}),
        )
        .await;
    assert_eq!(api.status, 400);
});
