//! Regression tests of the security review (issue 17), over real HTTP, against SQLite and
//! PostgreSQL. Each test failed before its fix.

mod common;

use common::{Client, PASSWORD, TestServer, now_secs, secret_from};
use weerbaar_core::throttle::{SECOND_FACTOR, SECOND_FACTOR_LOCK_AT, keys};
use weerbaar_testkit::db_test;

/// Switches on two-step verification for a demo account; returns its secret.
async fn with_second_factor(s: &TestServer, email: &str) -> Vec<u8> {
    let c = s.login(email).await;
    assert_eq!(c.post_form("/account/mfa/start", &[]).await.status, 303);
    let secret = secret_from(&c.get("/account/mfa").await.body);
    let code = weerbaar_core::mfa::code_at(&secret, now_secs()).unwrap();
    assert_eq!(c.post_form("/account/mfa/confirm", &[("code", &code)]).await.status, 200);
    secret
}

/// A client past the password step, at the second factor.
async fn at_second_step(s: &TestServer, email: &str) -> Client {
    let c = s.client();
    let r = c.post_form("/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(r.location().starts_with("/login/mfa"));
    c
}

db_test!(a_known_password_does_not_reset_the_second_factor_count, |db| {
    let s = TestServer::start(db).await;
    let secret = with_second_factor(&s, "editor@voorbeeld.test").await;
    // "Password, then wrong codes", again and again: the count goes on across sign-ins.
    let mut statuses = vec![];
    for _ in 0..3 {
        let c = at_second_step(&s, "editor@voorbeeld.test").await;
        for _ in 0..3 {
            statuses.push(c.post_form("/login/mfa", &[("code", "000000")]).await.status);
            statuses.push(c.post_form("/login/mfa", &[("recovery_code", "aaaa-bbbb-cccc")]).await.status);
        }
    }
    let first_wait = statuses.iter().position(|s| *s == 429).expect("throttled at some point");
    assert!(first_wait <= SECOND_FACTOR.free_failures as usize + 1, "{statuses:?}");
    assert!(statuses[first_wait..].iter().all(|s| *s == 429), "{statuses:?}");
    // While it waits, even the right code is not tried, and the page says how long.
    let c = at_second_step(&s, "editor@voorbeeld.test").await;
    let code = weerbaar_core::mfa::code_at(&secret, now_secs() + 30).unwrap();
    let r = c.post_form("/login/mfa", &[("code", &code)]).await;
    assert_eq!(r.status, 429);
    assert!(r.body.contains("Te veel pogingen"), "{}", r.body);
});

db_test!(too_many_wrong_codes_lock_the_second_factor_and_mail_the_owner, |db| {
    let s = TestServer::start(db).await;
    let secret = with_second_factor(&s, "editor@voorbeeld.test").await;
    let user = s.user_id("editor@voorbeeld.test").await;
    let key = keys::second_factor(user.as_str());
    // Nine wrong codes earlier (their waits over): the tenth locks.
    {
        let mut c = s.store().conn().await.unwrap();
        let now = weerbaar_core::now_ms();
        for _ in 0..SECOND_FACTOR_LOCK_AT - 1 {
            weerbaar_store::throttle::record(&mut c, &key, &SECOND_FACTOR, now).await.unwrap();
        }
        weerbaar_store::throttle::block(&mut c, &key, 0).await.unwrap();
    }
    let c = at_second_step(&s, "editor@voorbeeld.test").await;
    assert_eq!(c.post_form("/login/mfa", &[("code", "000000")]).await.status, 401);
    let mail = s
        .smtp
        .wait_for("editor@voorbeeld.test", |m| m.header("subject").is_some_and(|h| h.contains("wachtwoord")))
        .await;
    assert!(mail.text().contains(&SECOND_FACTOR_LOCK_AT.to_string()), "{}", mail.text());
    assert!(mail.link("/password/forgot").is_some());
    // Locked: the right code does not work now.
    let code = weerbaar_core::mfa::code_at(&secret, now_secs() + 30).unwrap();
    assert_eq!(c.post_form("/login/mfa", &[("code", &code)]).await.status, 429);
    let mut conn = s.store().conn().await.unwrap();
    let until = weerbaar_store::throttle::blocked_until(&mut conn, &key).await.unwrap();
    assert!(until >= weerbaar_core::now_ms() + (SECOND_FACTOR.max_secs - 5) * 1000, "locked for the longest wait");
    // The owner's audit trail says so.
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let log = admin.get(&format!("/o/{org}/audit?action=second_factor_locked")).await;
    assert!(log.body.contains("vergrendeld"), "{}", log.body);
});

db_test!(a_completed_sign_in_clears_the_second_factor_count, |db| {
    let s = TestServer::start(db).await;
    let secret = with_second_factor(&s, "editor@voorbeeld.test").await;
    let c = at_second_step(&s, "editor@voorbeeld.test").await;
    for _ in 0..SECOND_FACTOR.free_failures {
        assert_eq!(c.post_form("/login/mfa", &[("code", "000000")]).await.status, 401);
    }
    let code = weerbaar_core::mfa::code_at(&secret, now_secs() + 30).unwrap();
    assert_eq!(c.post_form("/login/mfa", &[("code", &code)]).await.status, 303);
    let user = s.user_id("editor@voorbeeld.test").await;
    let mut conn = s.store().conn().await.unwrap();
    let key = keys::second_factor(user.as_str());
    assert_eq!(weerbaar_store::throttle::blocked_until(&mut conn, &key).await.unwrap(), 0);
    // Three more wrong codes are free again.
    let d = at_second_step(&s, "editor@voorbeeld.test").await;
    for _ in 0..SECOND_FACTOR.free_failures {
        assert_eq!(d.post_form("/login/mfa", &[("code", "000000")]).await.status, 401);
    }
});

/// A sign-in attempt as it arrives through one reverse proxy that appends the peer's
/// address to whatever X-Forwarded-For the client sent.
async fn sign_in_via_proxy(c: &Client, forwarded: &str, email: &str, password: &str) -> common::Resp {
    let tok = c.csrf().await;
    c.send(c.http.post(c.url("/login")).header("x-forwarded-for", forwarded).form(&[
        ("_csrf", tok.as_str()),
        ("email", email),
        ("password", password),
    ]))
    .await
}

async fn blocked_secs(s: &TestServer, key: &str) -> i64 {
    let mut c = s.store().conn().await.unwrap();
    let until = weerbaar_store::throttle::blocked_until(&mut c, key).await.unwrap();
    (until - weerbaar_core::now_ms()).max(0) / 1000
}

db_test!(the_client_address_is_counted_from_the_right_behind_a_proxy, |db| {
    let s = TestServer::start_with_config(db, |cfg| cfg.proxy_hops = 1).await;
    let c = s.client();
    // The client forges the left-most entry; the proxy appended the real one.
    for i in 0..3 {
        let r = sign_in_via_proxy(&c, &format!("10.9.8.{i}, 203.0.113.7"), "viewer@voorbeeld.test", "wrong").await;
        assert_eq!(r.status, 401);
    }
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let log = admin.get(&format!("/o/{org}/audit?action=sign_in_failed")).await;
    assert!(log.body.contains("203.0.113.7"), "the address the proxy saw");
    assert!(!log.body.contains("10.9.8."), "never the forged one");
    // One address, whatever the forged part: its count went up three times.
    let mut conn = s.store().conn().await.unwrap();
    assert_eq!(weerbaar_store::throttle::failures(&mut conn, &keys::address("203.0.113.7")).await.unwrap(), 3);
});

db_test!(nobody_can_lock_out_a_named_account_or_a_town_hall, |db| {
    let s = TestServer::start_with_config(db, |cfg| cfg.proxy_hops = 1).await;
    let attacker = s.client();
    // Wrong passwords for one account from many addresses, and for many accounts from one.
    for i in 0..40 {
        sign_in_via_proxy(&attacker, &format!("198.51.100.{i}"), "viewer@voorbeeld.test", "wrong").await;
        sign_in_via_proxy(&attacker, "203.0.113.99", &format!("nobody{i}@voorbeeld.test"), "wrong").await;
    }
    assert!(blocked_secs(&s, &keys::account("viewer@voorbeeld.test")).await <= 60);
    assert!(blocked_secs(&s, &keys::address("203.0.113.99")).await <= 60);
    // The owner, from the town hall, with the right password: signed in, or told how long
    // to wait (at most a minute).
    let owner = s.client();
    let r = sign_in_via_proxy(&owner, "192.0.2.10", "viewer@voorbeeld.test", PASSWORD).await;
    if r.status == 429 {
        let secs: i64 = r.body.split("Wacht ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        assert!((1..=60).contains(&secs), "{secs}");
    } else {
        assert_eq!(r.status, 303, "{}", r.body);
    }
    // A colleague behind the same address as the guesser is not held up either.
    let colleague = s.client();
    let r = sign_in_via_proxy(&colleague, "203.0.113.99", "editor@voorbeeld.test", PASSWORD).await;
    assert!(r.status == 303 || blocked_secs(&s, &keys::address("203.0.113.99")).await <= 60);
});

/// Makes a token on the account page; returns the secret.
async fn make_token(c: &Client, scope: &str) -> String {
    let r = c
        .post_form(
            "/account/tokens",
            &[("name", "script"), ("expires_days", "30"), ("scope", scope), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body.split("<code class=\"token\">").nth(1).unwrap().split('<').next().unwrap().to_string()
}

db_test!(tokens_have_scopes_and_work_only_on_the_api, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    // Minting needs the password, not only a session.
    let r = admin.post_form("/account/tokens", &[("name", "x"), ("expires_days", "30"), ("scope", "read")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("f-current_password"), "{}", r.body);
    let read = make_token(&admin, "read").await;
    let write = make_token(&admin, "write").await;
    let anon = s.client();
    let with = |rb: reqwest::RequestBuilder, t: &str| rb.bearer_auth(t.to_string());
    // A read token reads and may not change.
    assert_eq!(anon.send(with(anon.http.get(anon.url("/api/v1/me")), &read)).await.status, 200);
    let invite = serde_json::json!({"email": "scope@voorbeeld.test", "role": "viewer"});
    let url = anon.url(&format!("/api/v1/organisations/{org}/invitations"));
    let r = anon.send(with(anon.http.post(&url).json(&invite), &read)).await;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"]["code"], "token_read_only");
    assert_eq!(anon.send(with(anon.http.post(&url).json(&invite), &write)).await.status, 201);
    // On pages a token counts for nothing: no page, no form without CSRF.
    let r = anon.send(with(anon.http.get(anon.url(&format!("/o/{org}"))), &write)).await;
    assert_eq!(r.status, 303, "sent to sign in");
    assert!(r.location().starts_with("/login"));
    let r = anon
        .send(with(
            anon.http.post(anon.url("/account/tokens")).form(&[("name", "more"), ("expires_days", "30")]),
            &write,
        ))
        .await;
    assert_eq!(r.status, 403, "the CSRF check applies");
    // The list shows scope and last use.
    let page = admin.get("/account").await;
    assert!(page.body.contains("Alleen lezen") || page.body.contains("Lezen"), "{}", page.body);
    assert!(page.body.contains("Nog nooit") || page.body.matches("Laatst gebruikt").count() == 1);
});

db_test!(a_new_password_or_signing_out_everywhere_ends_tokens, |db| {
    let s = TestServer::start(db).await;
    let ed = s.login("editor@voorbeeld.test").await;
    let t1 = make_token(&ed, "read").await;
    let anon = s.client();
    let me = |t: &str| anon.http.get(anon.url("/api/v1/me")).bearer_auth(t.to_string());
    assert_eq!(anon.send(me(&t1)).await.status, 200);
    // Signing out everywhere, keeping tokens: the token still works.
    assert_eq!(ed.post_form("/logout/everywhere", &[("keep_tokens", "on")]).await.status, 303);
    assert_eq!(anon.send(me(&t1)).await.status, 200);
    // By default it ends them.
    let ed = s.login("editor@voorbeeld.test").await;
    assert_eq!(ed.post_form("/logout/everywhere", &[]).await.status, 303);
    assert_eq!(anon.send(me(&t1)).await.status, 401);
    // A new password ends them too.
    let ed = s.login("editor@voorbeeld.test").await;
    let t2 = make_token(&ed, "write").await;
    let new = "een-heel-nieuw-wachtwoord-2026";
    let r = ed
        .post_form("/account/password", &[("current_password", PASSWORD), ("password", new), ("password_confirm", new)])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(anon.send(me(&t2)).await.status, 401);
});

db_test!(current_password_checks_are_throttled, |db| {
    let s = TestServer::start(db).await;
    let ed = s.login("editor@voorbeeld.test").await;
    let mut statuses = vec![];
    for _ in 0..8 {
        let r = ed
            .post_form(
                "/account/password",
                &[("current_password", "raden"), ("password", "x"), ("password_confirm", "x")],
            )
            .await;
        statuses.push(r.status);
    }
    assert_eq!(&statuses[..6], &[422; 6], "five free tries, the sixth counts: {statuses:?}");
    assert!(statuses[6..].iter().all(|s| *s == 429), "{statuses:?}");
    // The same count on the second-factor page and the token form.
    let r = ed.post_form("/account/mfa/disable", &[("current_password", PASSWORD)]).await;
    assert_eq!(r.status, 429, "even the right password waits");
    assert!(r.body.contains("seconden"), "{}", r.body);
    let r = ed
        .post_form(
            "/account/tokens",
            &[("name", "x"), ("expires_days", "30"), ("scope", "read"), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 429);
});

db_test!(only_local_paths_are_followed_after_sign_in, |db| {
    let s = TestServer::start(db).await;
    for next in ["/%09/evil.test", "//evil.test", "/%5Cevil.test", "https://evil.test", "/%0D%0A/evil.test"] {
        let c = s.client();
        let page = c.get(&format!("/login?next={next}")).await;
        assert!(page.body.contains("name=\"next\" value=\"/\""), "{next} is not carried into the form");
        // The hidden field, filled in by hand.
        let decoded = next.replace("%09", "\t").replace("%5C", "\\").replace("%0D%0A", "\r\n");
        let r = c
            .post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", PASSWORD), ("next", &decoded)])
            .await;
        assert_eq!(r.status, 303);
        assert!(!r.location().contains("evil"), "{next} → {}", r.location());
        assert!(r.location().starts_with('/') && !r.location().starts_with("//"), "{}", r.location());
    }
    let c = s.client();
    let org = s.org_id("Gemeente Voorbeeld").await;
    let r = c
        .post_form(
            "/login",
            &[("email", "viewer@voorbeeld.test"), ("password", PASSWORD), ("next", &format!("/o/{org}/plan"))],
        )
        .await;
    assert_eq!(r.location(), format!("/o/{org}/plan"), "a real path is kept");
});

db_test!(a_stale_session_at_sign_in_leaves_one_new_cookie, |db| {
    let s = TestServer::start(db).await;
    weerbaar_testkit::http::install_tls();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = http.get(format!("{}/login", s.url)).header("cookie", "wb_session=stale").send().await.unwrap();
    let anon = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("wb_anon="))
        .map(|v| v.split(';').next().unwrap().to_string())
        .expect("anonymous cookie");
    let body = page.text().await.unwrap();
    let tok = weerbaar_testkit::http::csrf_of(&body).unwrap();
    let r = http
        .post(format!("{}/login", s.url))
        .header("cookie", format!("wb_session=stale; wb_anon={anon}"))
        .form(&[("_csrf", tok.as_str()), ("email", "viewer@voorbeeld.test"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let sessions: Vec<&str> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter(|v| v.starts_with("wb_session="))
        .collect();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    assert!(!sessions[0].starts_with("wb_session=;") && !sessions[0].contains("Max-Age=0"), "{sessions:?}");
});

db_test!(the_origin_check_compares_scheme_host_and_port, |db| {
    let s = TestServer::start(db).await;
    let c = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let tok = c.csrf().await;
    let host = s.url.trim_start_matches("http://").to_string();
    let post = |origin: String| {
        c.http.post(c.url(&format!("/o/{org}/members"))).header("origin", origin).form(&[
            ("_csrf", tok.as_str()),
            ("email", "origin@voorbeeld.test"),
            ("role", "viewer"),
        ])
    };
    // Same host and port, other scheme: refused.
    assert_eq!(c.send(post(format!("https://{host}"))).await.status, 403);
    // Other port: refused.
    let other_port = format!("http://127.0.0.1:{}", host.rsplit(':').next().unwrap().parse::<u16>().unwrap() + 1);
    assert_eq!(c.send(post(other_port)).await.status, 403);
    assert_eq!(c.send(post("null".into())).await.status, 403);
    // Our own origin: accepted.
    assert_eq!(c.send(post(s.url.clone())).await.status, 303);
});

db_test!(draft_files_are_never_cached, |db| {
    let s = TestServer::start(db).await;
    let tf = s.login("taskforce@weerbaar.test").await;
    let page = "/toolkit/edit/password-manager";
    let tok = tf.csrf().await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", tok)
        .part("file", reqwest::multipart::Part::bytes(b"# Concept\n".to_vec()).file_name("concept.md"));
    assert_eq!(tf.send(tf.http.post(tf.url(&format!("{page}/files"))).multipart(form)).await.status, 303);
    let r = tf.get(&format!("{page}/files/concept.md")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("cache-control").as_deref(), Some("private, no-store"));
});

db_test!(invisible_characters_are_refused_in_names_and_addresses, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    // An invitation to an address with a hidden reversal, by form and by API.
    let r = admin.post_form(&format!("/o/{org}/members"), &[("email", "a@b.test\u{202E}"), ("role", "viewer")]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = admin
        .post_json(
            &format!("/api/v1/organisations/{org}/invitations"),
            &serde_json::json!({"email": "a\u{200B}@b.test", "role": "viewer"}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "email");
    // A person's name.
    let r = admin.post_form("/account/profile", &[("name", "Jan\u{202E}nomis")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("onzichtbare") || r.body.contains("aria-invalid"), "{}", r.body);
    // Nothing changed.
    let me = admin.get("/api/v1/me").await.json();
    assert!(!me["name"].as_str().unwrap().contains('\u{202E}'));
    let pending = admin.get(&format!("/api/v1/organisations/{org}/invitations")).await.json();
    assert!(pending.as_array().unwrap().iter().all(|i| !i["email"].as_str().unwrap().contains("@b.test")));
});

db_test!(error_answers_name_the_field_and_the_limit, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let plans = admin.get("/api/v1/plans").await.json();
    let plan_id = plans[0]["id"].as_str().expect("the demo plan").to_string();
    let base = format!("/api/v1/plans/{plan_id}");
    // A resource that depends on an id that does not exist: 422 at the field.
    let made = admin
        .post_json(&format!("{base}/resources"), &serde_json::json!({"kind": "application", "name": "Testtoepassing"}))
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    let mut r = made.json();
    let id = r["id"].as_str().unwrap().to_string();
    r["depends_on"] = serde_json::json!(["nergens"]);
    let resp = admin.put_json(&format!("{base}/resources/{id}"), &r).await;
    assert_eq!(resp.status, 422, "{}", resp.body);
    assert_eq!(resp.json()["error"]["fields"][0]["field"], "depends_on");
    // A body of the wrong shape: 400 naming the field.
    let r = admin
        .post_json(
            &format!("/api/v1/organisations/{org}/invitations"),
            &serde_json::json!({"email": 5, "role": "viewer"}),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "invalid_json");
    assert_eq!(r.json()["error"]["fields"][0]["field"], "email", "{}", r.body);
    let r = admin
        .post_json(&format!("/api/v1/organisations/{org}/invitations"), &serde_json::json!({"role": "viewer"}))
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "email", "a missing field is named: {}", r.body);
    // A body over the limit: 413, not "invalid JSON". Only a little over: the server
    // answers and closes once past the limit, and a client still writing megabytes
    // would see a broken pipe instead of the answer.
    let over = s.state.cfg.max_body_bytes + 4096;
    let big = serde_json::json!({"email": "x".repeat(over), "role": "viewer"});
    let r = admin.post_json(&format!("/api/v1/organisations/{org}/invitations"), &big).await;
    assert_eq!(r.status, 413, "{}", &r.body[..r.body.len().min(300)]);
    assert_eq!(r.json()["error"]["code"], "too_large");
});

db_test!(an_import_over_the_limit_says_so, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let tok = admin.csrf().await;
    let form = reqwest::multipart::Form::new().text("_csrf", tok).part(
        "file",
        reqwest::multipart::Part::bytes(vec![b' '; 16 * 1024 * 1024 + 4096])
            .file_name("plan.json")
            .mime_str("application/json")
            .unwrap(),
    );
    let r = admin.send(admin.http.post(admin.url(&format!("/o/{org}/plan/import"))).multipart(form)).await;
    assert_eq!(r.status, 413, "{}", &r.body[..r.body.len().min(500)]);
    assert!(r.body.contains("hoogstens 16 MB"), "names the limit");
});

db_test!(a_maximal_import_does_not_fail_other_tenants, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let plans = admin.get("/api/v1/plans").await.json();
    let plan_id = plans[0]["id"].as_str().expect("the demo plan").to_string();
    // As large as the format allows: 5,000 activities, 5,000 resources, 50,000 links.
    let p = weerbaar_core::bcp::generate::plan(5_000, 5_000, 50_000, 7, weerbaar_core::today());
    let doc = serde_json::to_value(weerbaar_core::bcp::exchange::export(&p)).unwrap();
    let bytes = serde_json::to_vec(&doc).unwrap();
    println!("document: {} MB", bytes.len() / (1024 * 1024));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let import = {
        let (c, url, done) = (admin, format!("/api/v1/plans/{plan_id}/document"), done.clone());
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            let tok = c.csrf().await;
            let r = c
                .send(
                    c.http
                        .put(c.url(&url))
                        .header("x-csrf-token", tok)
                        .header("content-type", "application/json")
                        .body(bytes),
                )
                .await;
            done.store(true, std::sync::atomic::Ordering::SeqCst);
            (r.status, started.elapsed(), r.body.chars().take(300).collect::<String>())
        })
    };
    // Meanwhile, another organisation signs in and works, again and again.
    let other = s.org_id("Gemeente Anderdorp").await;
    let mut during = 0;
    let mut slowest = std::time::Duration::ZERO;
    while !done.load(std::sync::atomic::Ordering::SeqCst) {
        let t = std::time::Instant::now();
        let c = s.client();
        let r = c.post_form("/login", &[("email", "admin@anderdorp.test"), ("password", PASSWORD)]).await;
        assert_eq!(r.status, 303, "sign-in during the import: {}", r.body);
        c.signed_in();
        let page = c.get(&format!("/o/{other}")).await;
        assert_eq!(page.status, 200, "dashboard during the import");
        let plan = c.get(&format!("/o/{other}/plan")).await;
        assert_eq!(plan.status, 200, "plan page during the import");
        slowest = slowest.max(t.elapsed());
        during += 1;
    }
    let (status, took, body) = import.await.unwrap();
    println!("import took {took:?}; {during} sign-ins and page loads meanwhile, slowest {slowest:?}");
    assert_eq!(status, 200, "{body}");
    assert!(during >= 1, "something happened during the import");
    // And the imported plan is all there.
    let c = s.login("admin@voorbeeld.test").await;
    let back = c.get(&format!("/api/v1/plans/{plan_id}")).await.json();
    assert_eq!(back["document"]["activities"].as_array().unwrap().len(), 5_000);
    assert_eq!(back["document"]["resources"].as_array().unwrap().len(), 5_000);
});
