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
