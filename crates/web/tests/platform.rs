//! End-to-end tests of the platform over real HTTP, against SQLite and PostgreSQL.

mod common;

use common::{Client, PASSWORD, TestServer, now_secs, recovery_codes, secret_from};
use weerbaar_testkit::db_test;

db_test!(sign_in_dashboard_and_sign_out, |db| {
    let s = TestServer::start(db).await;
    let c = s.client();
    // Not signed in: the dashboard sends you to the sign-in page, remembering where you were.
    let org = s.org_id("Gemeente Voorbeeld").await;
    let r = c.get(&format!("/o/{org}")).await;
    assert_eq!(r.status, 303);
    assert!(r.location().starts_with("/login?next="), "{}", r.location());

    let r = c.post_form("/login", &[("email", "Admin@Voorbeeld.test "), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303);
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"), "{cookie}");
    c.signed_in();
    let home = c.get("/").await;
    assert_eq!(home.location(), format!("/o/{org}"));
    let dash = c.get(&home.location()).await;
    assert_eq!(dash.status, 200);
    assert!(dash.body.contains("<h1>Gemeente Voorbeeld</h1>"));
    assert!(dash.body.contains("editor@voorbeeld.test"), "members are listed");
    assert!(dash.body.contains("Recente activiteit"), "admins see recent audit entries");
    assert!(dash.body.contains("Aangemeld"), "the sign-in itself is in the log");

    let r = c.post_form("/logout", &[]).await;
    assert_eq!(r.status, 303);
    let after = c.get(&format!("/o/{org}")).await;
    assert_eq!(after.status, 303, "the session is gone");
});

db_test!(wrong_passwords_are_refused_and_throttled, |db| {
    let s = TestServer::start(db).await;
    let c = s.client();
    let r = c.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", "wrong")]).await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains("Het e-mailadres of het wachtwoord klopt niet."));
    // An unknown account answers the same way.
    let r = c.post_form("/login", &[("email", "nobody@voorbeeld.test"), ("password", "wrong")]).await;
    assert_eq!(r.status, 401);
    assert!(r.body.contains("Het e-mailadres of het wachtwoord klopt niet."));
    for _ in 0..5 {
        c.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", "wrong")]).await;
    }
    // Now even the right password must wait.
    let r = c.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(r.body.contains("Te veel pogingen"));
    // Other accounts from elsewhere are not affected.
    let other = s.client();
    assert_eq!(
        other.post_form("/login", &[("email", "editor@voorbeeld.test"), ("password", PASSWORD)]).await.status,
        303
    );
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let r = c.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303, "after the wait the right password works");
    // Failed sign-ins are in the organisation's audit log, with the address.
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let log = admin.get(&format!("/o/{org}/audit?action=sign_in_failed")).await;
    assert!(log.body.contains("Mislukte aanmelding") && log.body.contains("viewer@voorbeeld.test"));
});

db_test!(login_form_validates_input, |db| {
    let s = TestServer::start(db).await;
    let c = s.client();
    let r = c.post_form("/login", &[("email", "not-an-address"), ("password", "x")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("aria-invalid=\"true\""));
    assert!(r.body.contains("href=\"#f-email\""), "error summary links to the field");
    let r = c.post_form("/login", &[("email", &"a".repeat(5000)), ("password", "x")]).await;
    assert_eq!(r.status, 422);
    // A body that is not a form at all.
    let tok = c.csrf().await;
    let r = c
        .send(
            c.http
                .post(c.url("/login"))
                .header("x-csrf-token", tok)
                .header("content-type", "application/json")
                .body("{"),
        )
        .await;
    assert!((400..500).contains(&r.status), "{}", r.status);
    assert!(r.body.contains("<html"), "a page, not a stack trace");
});

db_test!(csrf_and_origin_are_checked, |db| {
    let s = TestServer::start(db).await;
    let c = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    // No token.
    let r = c
        .send(
            c.http.post(c.url(&format!("/o/{org}/members"))).form(&[("email", "x@voorbeeld.test"), ("role", "admin")]),
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains("Formulier verlopen"));
    // Wrong token.
    let r = c
        .send(c.http.post(c.url(&format!("/o/{org}/members"))).form(&[
            ("_csrf", "0000"),
            ("email", "x@voorbeeld.test"),
            ("role", "admin"),
        ]))
        .await;
    assert_eq!(r.status, 403);
    // Right token from another origin.
    let tok = c.csrf().await;
    let r = c
        .send(
            c.http
                .post(c.url(&format!("/o/{org}/members")))
                .header("origin", "https://evil.test")
                .header("sec-fetch-site", "cross-site")
                .form(&[("_csrf", tok.as_str()), ("email", "x@voorbeeld.test"), ("role", "admin")]),
        )
        .await;
    assert_eq!(r.status, 403);
    // A token of another session does not work either.
    let other = s.login("editor@voorbeeld.test").await;
    let other_tok = other.csrf().await;
    let r = c
        .send(c.http.post(c.url(&format!("/o/{org}/members"))).form(&[
            ("_csrf", other_tok.as_str()),
            ("email", "x@voorbeeld.test"),
            ("role", "admin"),
        ]))
        .await;
    assert_eq!(r.status, 403);
    // Nothing was invited.
    let mut db = s.store().conn().await.unwrap();
    assert!(
        weerbaar_store::links::pending_invitations(&mut db, &org, weerbaar_core::now_ms()).await.unwrap().is_empty()
    );
    assert!(s.smtp.mails().is_empty());
});

db_test!(security_headers_and_error_pages, |db| {
    let s = TestServer::start(db).await;
    let c = s.client();
    let r = c.get("/login").await;
    for h in ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options"] {
        assert!(r.header(h).is_some(), "missing {h}");
    }
    let csp = r.header("content-security-policy").unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'")
    );
    assert!(r.header("strict-transport-security").is_none(), "no HSTS over plain HTTP");
    assert!(!r.body.contains("<script>"), "no inline script");
    assert!(!r.body.contains("style=\""), "no inline style");

    let r = c.get("/no/such/page").await;
    assert_eq!(r.status, 404);
    assert!(r.body.contains("Pagina niet gevonden") && r.body.contains("lang=\"nl-BE\""));
    let r = c.get("/api/v1/no-such").await;
    assert_eq!(r.status, 404);
    assert_eq!(r.json()["error"]["code"], "not_found");
    let r = c.send(c.http.delete(c.url("/login")).header("x-csrf-token", c.csrf().await)).await;
    assert_eq!(r.status, 405);
    assert!(r.body.contains("<html"));
    let r = c.get("/o/not-a-uuid").await;
    assert!(r.status == 303 || r.status == 404);
    let big = "x".repeat(2 * 1024 * 1024);
    let tok = c.csrf().await;
    let r = c.send(c.http.post(c.url("/login")).form(&[("_csrf", tok.as_str()), ("email", big.as_str())])).await;
    assert_eq!(r.status, 413);
});

db_test!(language_follows_choice_then_browser, |db| {
    let s = TestServer::start(db).await;
    let c = s.client();
    let r = c.send(c.http.get(c.url("/login")).header("accept-language", "en-GB,en;q=0.9")).await;
    assert!(r.body.contains("lang=\"en\"") && r.body.contains("Sign in"));
    let r = c.send(c.http.get(c.url("/login")).header("accept-language", "fr-BE")).await;
    assert!(r.body.contains("lang=\"fr-BE\"") && r.body.contains("Se connecter"));
    // fr-BE is incomplete: missing messages fall back to English, never to a key.
    assert!(r.body.contains("Forgot your password?") || r.body.contains("Mot de passe oublié"));
    let r = c.post_form("/language", &[("lang", "en"), ("back", "/login")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/login");
    let r = c.send(c.http.get(c.url("/login")).header("accept-language", "nl-BE")).await;
    assert!(r.body.contains("lang=\"en\""), "an explicit choice beats the browser");
    // The back link cannot send people to another site.
    let r = c.post_form("/language", &[("lang", "nl"), ("back", "https://evil.test/")]).await;
    assert_eq!(r.location(), "/");
    // Signed in, the choice is stored with the account.
    let a = s.login("editor@voorbeeld.test").await;
    a.post_form("/language", &[("lang", "en"), ("back", "/")]).await;
    let mut db = s.store().conn().await.unwrap();
    let u = weerbaar_store::users::by_email(&mut db, "editor@voorbeeld.test").await.unwrap().unwrap();
    assert_eq!(u.locale.as_deref(), Some("en"));
});

db_test!(invitation_by_mail_creates_an_account, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let r =
        admin.post_form(&format!("/o/{org}/members"), &[("email", "nieuw@voorbeeld.test"), ("role", "editor")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mail = s.smtp.wait_for("nieuw@voorbeeld.test", |_| true).await;
    assert!(mail.header("subject").unwrap_or_default().contains("Gemeente Voorbeeld"), "{:?}", mail.header("subject"));
    let link = mail.link("/invite/").expect("invitation link");
    assert!(link.starts_with(&s.url));

    let guest = s.client();
    let page = guest.get(&link).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Gemeente Voorbeeld") && page.body.contains("Redacteur"));
    // Weak password first: refused with advice, nothing created.
    let r = guest
        .post_form(&link, &[("name", "Nina Nieuw"), ("password", "welkom2020!!"), ("password_confirm", "welkom2020!!")])
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("te makkelijk te raden"), "{}", r.body);
    let r = guest
        .post_form(
            &link,
            &[
                ("name", "Nina Nieuw"),
                ("password", "groene fiets bij de markt"),
                ("password_confirm", "groene fiets bij de markt"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    guest.signed_in();
    assert_eq!(r.location(), format!("/o/{org}"));
    let dash = guest.get(&r.location()).await;
    assert_eq!(dash.status, 200);
    assert!(dash.body.contains("Welkom bij Weerbaar"));
    // The link works once.
    let again = s.client().get(&link).await;
    assert_eq!(again.status, 404);
    // The new member signs in with the chosen password.
    let c = s.client();
    assert_eq!(
        c.post_form("/login", &[("email", "nieuw@voorbeeld.test"), ("password", "groene fiets bij de markt")])
            .await
            .status,
        303
    );
});

db_test!(invitation_for_existing_account_and_wrong_account, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@anderdorp.test").await;
    let org = s.org_id("Gemeente Anderdorp").await;
    let r =
        admin.post_form(&format!("/o/{org}/members"), &[("email", "viewer@voorbeeld.test"), ("role", "viewer")]).await;
    assert_eq!(r.status, 303);
    let link = s.smtp.wait_for("viewer@voorbeeld.test", |_| true).await.link("/invite/").unwrap();
    // Signed in as someone else: told to sign out, cannot accept.
    let other = s.login("editor@voorbeeld.test").await;
    let page = other.get(&link).await;
    assert!(page.body.contains("editor@voorbeeld.test") && page.body.contains("viewer@voorbeeld.test"));
    assert_eq!(other.post_form(&link, &[]).await.status, 403);
    // The invited person signs in and accepts.
    let v = s.login("viewer@voorbeeld.test").await;
    let r = v.post_form(&link, &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), format!("/o/{org}"));
    assert_eq!(v.get(&format!("/o/{org}")).await.status, 200);
    // Inviting an existing member is refused at the field.
    let r =
        admin.post_form(&format!("/o/{org}/members"), &[("email", "viewer@voorbeeld.test"), ("role", "viewer")]).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("al lid"));
});

db_test!(password_reset_by_mail, |db| {
    let s = TestServer::start(db).await;
    let signed = s.login("editor@voorbeeld.test").await;
    let c = s.client();
    let r = c.post_form("/password/forgot", &[("email", "editor@voorbeeld.test")]).await;
    assert_eq!(r.status, 200);
    let unknown = c.post_form("/password/forgot", &[("email", "niemand@voorbeeld.test")]).await;
    assert_eq!(unknown.status, 200);
    assert_eq!(
        r.body.contains("onderweg"),
        unknown.body.contains("onderweg"),
        "the answer does not reveal whether an account exists"
    );
    let mail = s.smtp.wait_for("editor@voorbeeld.test", |_| true).await;
    let link = mail.link("/password/reset/").unwrap();
    let r = c.post_form(&link, &[("password", "kort"), ("password_confirm", "kort")]).await;
    assert_eq!(r.status, 422);
    let r = c
        .post_form(
            &link,
            &[("password", "zeven paarse olifanten dansen"), ("password_confirm", "zeven paarse olifanten dansten")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("niet gelijk"));
    let r = c
        .post_form(
            &link,
            &[("password", "zeven paarse olifanten dansen"), ("password_confirm", "zeven paarse olifanten dansen")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(c.get(&link).await.status, 404, "single use");
    // Every session of the account ended; the old password no longer works.
    assert_eq!(signed.get("/account").await.status, 303);
    let x = s.client();
    assert_eq!(x.post_form("/login", &[("email", "editor@voorbeeld.test"), ("password", PASSWORD)]).await.status, 401);
    assert_eq!(
        x.post_form("/login", &[("email", "editor@voorbeeld.test"), ("password", "zeven paarse olifanten dansen")])
            .await
            .status,
        303
    );
});

db_test!(second_factor_set_up_sign_in_and_recovery, |db| {
    let s = TestServer::start(db).await;
    let c = s.login("editor@voorbeeld.test").await;
    assert_eq!(c.post_form("/account/mfa/start", &[]).await.status, 303);
    let page = c.get("/account/mfa").await;
    assert!(page.body.contains("<svg"), "QR code shown");
    let secret = secret_from(&page.body);
    let r = c.post_form("/account/mfa/confirm", &[("code", "000000")]).await;
    assert_eq!(r.status, 422);
    let code = weerbaar_core::mfa::code_at(&secret, now_secs()).unwrap();
    let r = c.post_form("/account/mfa/confirm", &[("code", &code)]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let codes = recovery_codes(&r.body);
    assert_eq!(codes.len(), 10);

    // Signing in now asks for the second factor; the half-signed-in session can do nothing else.
    let x = s.client();
    let r = x.post_form("/login", &[("email", "editor@voorbeeld.test"), ("password", PASSWORD)]).await;
    assert_eq!(r.status, 303);
    assert!(r.location().starts_with("/login/mfa"));
    assert_eq!(x.get("/account").await.location(), "/login/mfa");
    let org = s.org_id("Gemeente Voorbeeld").await;
    assert_eq!(x.get(&format!("/api/v1/organisations/{org}")).await.status, 401);
    // The code just used to enable it cannot be replayed.
    let r = x.post_form("/login/mfa", &[("code", &code)]).await;
    assert_eq!(r.status, 401);
    // A recovery code works once.
    let r = x.post_form("/login/mfa", &[("recovery_code", &codes[0].to_uppercase())]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    x.signed_in();
    assert_eq!(x.get("/account").await.status, 200);
    let y = s.client();
    y.post_form("/login", &[("email", "editor@voorbeeld.test"), ("password", PASSWORD)]).await;
    assert_eq!(y.post_form("/login/mfa", &[("recovery_code", &codes[0])]).await.status, 401);
});

db_test!(organisation_can_require_second_factor, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let form = admin.get(&format!("/o/{org}/settings")).await;
    let version = form.body.split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    // Without MFA yourself you cannot switch it on (you would lock yourself out).
    let r = admin
        .post_form(
            &format!("/o/{org}/settings"),
            &[("version", &version), ("name", "Gemeente Voorbeeld"), ("kind", "municipality"), ("require_mfa", "on")],
        )
        .await;
    assert_eq!(r.status, 422);
    // Set it up, then require it.
    admin.post_form("/account/mfa/start", &[]).await;
    let secret = secret_from(&admin.get("/account/mfa").await.body);
    let code = weerbaar_core::mfa::code_at(&secret, now_secs()).unwrap();
    assert_eq!(admin.post_form("/account/mfa/confirm", &[("code", &code)]).await.status, 200);
    let r = admin
        .post_form(
            &format!("/o/{org}/settings"),
            &[("version", &version), ("name", "Gemeente Voorbeeld"), ("kind", "municipality"), ("require_mfa", "on")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // A member without a second factor is sent to set one up.
    let v = s.login("viewer@voorbeeld.test").await;
    let r = v.get(&format!("/o/{org}")).await;
    assert_eq!(r.location(), "/account/mfa?required=1");
    assert!(v.get(&r.location()).await.body.contains("verplicht"));
    let api = v.get(&format!("/api/v1/organisations/{org}")).await;
    assert_eq!(api.status, 403);
    assert_eq!(api.json()["error"]["code"], "mfa_required");
});

db_test!(concurrent_settings_edits_conflict_visibly, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let a = s.login("admin@voorbeeld.test").await;
    // A second administrator.
    let mut c = s.store().conn().await.unwrap();
    let ict = s.user_id("ict@regio.test").await;
    weerbaar_store::members::set_role(&mut c, &org, &ict, weerbaar_core::role::OrgRole::Admin).await.unwrap();
    let b = s.login("ict@regio.test").await;
    let page_a = a.get(&format!("/o/{org}/settings")).await;
    let page_b = b.get(&format!("/o/{org}/settings")).await;
    let v = |p: &str| p.split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(v(&page_a.body), v(&page_b.body));
    let r = a
        .post_form(
            &format!("/o/{org}/settings"),
            &[
                ("version", &v(&page_a.body)),
                ("name", "Gemeente Voorbeeld"),
                ("kind", "municipality"),
                ("brand_colour", "#0b3d2e"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    let r = b
        .post_form(
            &format!("/o/{org}/settings"),
            &[
                ("version", &v(&page_b.body)),
                ("name", "Gemeente Voorbeeld-Anders"),
                ("kind", "municipality"),
                ("nis_code", "12345"),
            ],
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(r.body.contains("#0b3d2e"), "their version is shown");
    assert!(r.body.contains("Gemeente Voorbeeld-Anders"), "my version stays in the form");
    let mut c = s.store().conn().await.unwrap();
    let now = weerbaar_store::orgs::get(&mut c, &org).await.unwrap().unwrap();
    assert_eq!(now.profile.name, "Gemeente Voorbeeld");
    assert_eq!(now.profile.brand_colour.as_deref(), Some("#0b3d2e"));
    // Saving again from the conflict page (with the new version) works.
    let r = b
        .post_form(
            &format!("/o/{org}/settings"),
            &[
                ("version", &v(&r.body)),
                ("name", "Gemeente Voorbeeld"),
                ("kind", "municipality"),
                ("nis_code", "12345"),
                ("brand_colour", "#0b3d2e"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    // The brand colour reaches the layout through a stylesheet.
    let css = a.get(&format!("/o/{org}/brand.css")).await;
    assert!(css.body.contains("--brand:#0b3d2e"));
    // Field validation: every problem at its field, nothing saved.
    let page = a.get(&format!("/o/{org}/settings")).await;
    let r = a
        .post_form(
            &format!("/o/{org}/settings"),
            &[
                ("version", &v(&page.body)),
                ("name", ""),
                ("kind", "city"),
                ("nis_code", "12"),
                ("brand_colour", "#ffff00"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    for f in ["f-name-error", "f-kind-error", "f-nis_code-error", "f-brand_colour-error"] {
        assert!(r.body.contains(f), "{f}");
    }
});

db_test!(roles_decide_what_members_may_do, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let viewer = s.login("viewer@voorbeeld.test").await;
    let editor = s.login("editor@voorbeeld.test").await;
    assert_eq!(viewer.get(&format!("/o/{org}")).await.status, 200);
    assert_eq!(viewer.get(&format!("/o/{org}/members")).await.status, 200);
    for c in [&viewer, &editor] {
        assert_eq!(c.get(&format!("/o/{org}/settings")).await.status, 403);
        assert_eq!(c.get(&format!("/o/{org}/audit")).await.status, 403);
        assert_eq!(
            c.post_form(&format!("/o/{org}/members"), &[("email", "x@voorbeeld.test"), ("role", "admin")]).await.status,
            403
        );
        assert_eq!(c.get("/admin/orgs").await.status, 403);
    }
    let members = viewer.get(&format!("/o/{org}/members")).await;
    assert!(!members.body.contains("/remove"), "viewers see no admin actions");
    // The last administrator cannot be demoted or removed.
    let admin = s.login("admin@voorbeeld.test").await;
    let me = s.user_id("admin@voorbeeld.test").await;
    let r = admin.post_form(&format!("/o/{org}/members/{me}/role"), &[("role", "viewer")]).await;
    assert_eq!(r.status, 303);
    let r = admin.follow(r).await;
    assert!(r.body.contains("minstens één beheerder"));
    let mut c = s.store().conn().await.unwrap();
    assert_eq!(
        weerbaar_store::members::role_of(&mut c, &org, &me).await.unwrap(),
        Some(weerbaar_core::role::OrgRole::Admin)
    );
    // Changing a role is audited with before and after.
    let vid = s.user_id("viewer@voorbeeld.test").await;
    admin.post_form(&format!("/o/{org}/members/{vid}/role"), &[("role", "editor")]).await;
    let log = admin.get(&format!("/o/{org}/audit?action=role_changed")).await;
    assert!(log.body.contains("Rol: Lezer → Redacteur"), "in words: {}", log.body);
    let r = admin.post_form(&format!("/o/{org}/members/{vid}/remove"), &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(viewer.get(&format!("/o/{org}")).await.status, 404, "removed members lose access at once");
});

db_test!(audit_log_filters_and_pages, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let admin = s.login("admin@voorbeeld.test").await;
    let all = admin.get(&format!("/o/{org}/audit")).await;
    assert_eq!(all.status, 200);
    assert!(all.body.contains("<td>Lid toegevoegd</td>"));
    let by = admin.get(&format!("/o/{org}/audit?actor=ADMIN%40voorbeeld")).await;
    assert!(by.body.contains("<td>Aangemeld</td>") && !by.body.contains("<td>Lid toegevoegd</td>"));
    let bad = admin.get(&format!("/o/{org}/audit?from=31-02-2026&to=x&page=-4&action=%27%3B")).await;
    assert_eq!(bad.status, 200);
    assert!(bad.body.contains("f-from-error"));
    let future = admin.get(&format!("/o/{org}/audit?from=2099-01-01")).await;
    assert!(future.body.contains("0 gebeurtenissen"));
});

db_test!(logo_upload_checks_type_and_size, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let admin = s.login("admin@voorbeeld.test").await;
    let tok = admin.csrf().await;
    let url = admin.url(&format!("/o/{org}/settings/logo"));
    let png = real_png(2400, 600);
    let form = |name: &str, bytes: Vec<u8>| {
        reqwest::multipart::Form::new()
            .text("_csrf", tok.clone())
            .part("logo", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()))
    };
    let r = admin.send(admin.http.post(&url).multipart(form("x.png", b"<svg onload=alert(1)>".to_vec()))).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("geen PNG"));
    let r = admin
        .send(admin.http.post(&url).multipart(form("big.png", [png.clone(), vec![0u8; 600 * 1024]].concat())))
        .await;
    assert_eq!(r.status, 422);
    // A small file that claims 65,535 × 65,535 pixels is refused before it is decoded.
    let r = admin.send(admin.http.post(&url).multipart(form("bom.png", claimed_png(65_535, 65_535)))).await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("hoogstens 4000 pixels"), "{}", r.body);
    let r = admin.send(admin.http.post(&url).multipart(form("logo.png", png.clone()))).await;
    assert_eq!(r.status, 303);
    let logo = admin.get(&format!("/o/{org}/logo")).await;
    assert_eq!(logo.header("content-type").as_deref(), Some("image/png"));
    // Stored shrunk to 1000 pixels on its longest side.
    let stored = admin.send_bytes(admin.http.get(admin.url(&format!("/o/{org}/logo")))).await;
    let img = image::load_from_memory(&stored).unwrap();
    assert_eq!((img.width(), img.height()), (1000, 250));
    // The token belongs in the form, not in the address (where logs keep it).
    let in_query = admin.url(&format!("/o/{org}/settings/logo?_csrf={tok}"));
    let bare =
        reqwest::multipart::Form::new().part("logo", reqwest::multipart::Part::bytes(png.clone()).file_name("l.png"));
    assert_eq!(admin.send(admin.http.post(&in_query).multipart(bare)).await.status, 403);
    // Nor after the file: only a first field is read.
    let late = reqwest::multipart::Form::new()
        .part("logo", reqwest::multipart::Part::bytes(png).file_name("l.png"))
        .text("_csrf", tok.clone());
    assert_eq!(admin.send(admin.http.post(&url).multipart(late)).await.status, 403);
});

fn real_png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(width, height, image::Rgb([29, 78, 137]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

/// A PNG whose header claims `width` × `height` (with no picture data to match).
fn claimed_png(width: u32, height: u32) -> Vec<u8> {
    let mut p = real_png(1, 1);
    p[16..20].copy_from_slice(&width.to_be_bytes());
    p[20..24].copy_from_slice(&height.to_be_bytes());
    let mut c = 0xffff_ffffu32;
    for b in &p[12..29] {
        c ^= u32::from(*b);
        for _ in 0..8 {
            c = if c & 1 == 1 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    p[29..33].copy_from_slice(&(!c).to_be_bytes());
    p
}

db_test!(api_with_session_and_token, |db| {
    let s = TestServer::start(db).await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let anon = s.client();
    let r = anon.get("/api/v1/me").await;
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"]["code"], "unauthenticated");
    let admin = s.login("admin@voorbeeld.test").await;
    let me = admin.get("/api/v1/me").await.json();
    assert_eq!(me["email"], "admin@voorbeeld.test");
    assert_eq!(me["organisations"][0]["role"], "admin");
    // A personal API token, shown once.
    let r = admin
        .post_form(
            "/account/tokens",
            &[("name", "rapport-script"), ("expires_days", "30"), ("scope", "write"), ("current_password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 200);
    let token = r.body.split("<code class=\"token\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    assert!(token.starts_with("wb_"));
    let bearer = |path: &str| anon.http.get(anon.url(path)).bearer_auth(&token);
    let orgs = anon.send(bearer("/api/v1/organisations")).await.json();
    assert_eq!(orgs.as_array().unwrap().len(), 1);
    assert_eq!(orgs[0]["id"], org.to_string());
    let members = anon.send(bearer(&format!("/api/v1/organisations/{org}/members"))).await.json();
    assert_eq!(members.as_array().unwrap().len(), 4);
    // Writes with a token need no CSRF token; the API validates and versions.
    let one = anon.send(bearer(&format!("/api/v1/organisations/{org}"))).await.json();
    let v = one["version"].as_i64().unwrap();
    let put = |body: serde_json::Value| {
        anon.http.put(anon.url(&format!("/api/v1/organisations/{org}"))).bearer_auth(&token).json(&body)
    };
    let r = anon.send(put(serde_json::json!({"version": v, "name": "Gemeente Voorbeeld", "kind": "municipality", "nis_code": "99999"}))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = anon.send(put(serde_json::json!({"version": v, "name": "Stale", "kind": "municipality"}))).await;
    assert_eq!(r.status, 409);
    assert_eq!(r.json()["error"]["current"]["nis_code"], "99999");
    let r = anon.send(put(serde_json::json!({"version": v + 1, "name": "", "kind": "castle"}))).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["fields"].as_array().unwrap().len(), 2);
    let r = anon
        .send(
            anon.http
                .put(anon.url(&format!("/api/v1/organisations/{org}")))
                .bearer_auth(&token)
                .header("content-type", "application/json")
                .body("{not json"),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"]["code"], "invalid_json");
    let r = anon
        .send(
            anon.http
                .post(anon.url(&format!("/api/v1/organisations/{org}/invitations")))
                .bearer_auth(&token)
                .body("email=x"),
        )
        .await;
    assert!(r.status == 400 || r.status == 415, "{}", r.status);
    assert!(r.json()["error"]["code"].is_string());
    let r = anon
        .send(
            anon.http
                .post(anon.url(&format!("/api/v1/organisations/{org}/invitations")))
                .bearer_auth(&token)
                .json(&serde_json::json!({"email": "api@voorbeeld.test", "role": "viewer"})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    s.smtp.wait_for("api@voorbeeld.test", |_| true).await;
    // A revoked token stops working at once.
    let tokens = admin.get("/account").await;
    let id = tokens.body.split("/account/tokens/").nth(1).unwrap().split('/').next().unwrap().to_string();
    assert_eq!(admin.post_form(&format!("/account/tokens/{id}/revoke"), &[]).await.status, 303);
    assert_eq!(anon.send(bearer("/api/v1/me")).await.status, 401);
    // Session clients must send the CSRF header on writes.
    let r = admin
        .send(
            admin
                .http
                .post(admin.url(&format!("/api/v1/organisations/{org}/invitations")))
                .json(&serde_json::json!({"email": "y@voorbeeld.test", "role": "viewer"})),
        )
        .await;
    assert_eq!(r.status, 403);
    let r = admin
        .post_json(
            &format!("/api/v1/organisations/{org}/invitations"),
            &serde_json::json!({"email": "y@voorbeeld.test", "role": "viewer"}),
        )
        .await;
    assert_eq!(r.status, 201);
    let r = admin
        .post_json(
            &format!("/api/v1/organisations/{org}/invitations"),
            &serde_json::json!({"email": "nope", "role": "king"}),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["fields"][0]["field"], "email");
});

db_test!(openapi_documents_every_api_route, |db| {
    let s = TestServer::start(db).await;
    let doc = s.client().get("/api/v1/openapi.json").await.json();
    let paths = doc["paths"].as_object().unwrap();
    for r in s.routes.iter().filter(|r| r.path.starts_with("/api/v1/") && r.path != "/api/v1/openapi.json") {
        let p = paths.get(r.path).unwrap_or_else(|| panic!("{} is not in the OpenAPI document", r.path));
        assert!(p.get(r.method.as_str().to_lowercase()).is_some(), "{} {} not documented", r.method, r.path);
    }
});

db_test!(operations_endpoints, |db| {
    let s = TestServer::start(db).await;
    let c = s.client();
    assert_eq!(c.get("/healthz").await.body, "ok");
    assert_eq!(c.get("/readyz").await.body, "ready");
    c.get("/login").await;
    // Not on the public listener: route and pool figures are for the operator.
    assert_eq!(c.get("/metrics").await.status, 404);
    let m = Client::new(&s.metrics_url).get("/metrics").await;
    assert!(m.body.contains("http_requests_total"), "{}", m.body);
    assert!(m.body.contains("route=\"/login\""));
    assert!(m.body.contains("http_request_duration_seconds_bucket"));
    assert!(m.body.contains("db_pool_connections"));
    let css = c.get("/static/0.1.0/app.css").await;
    assert!(css.header("cache-control").unwrap().contains("immutable"));
    assert_eq!(c.get("/static/0.1.0/../../etc/passwd").await.status, 404);
});

db_test!(platform_admin_creates_organisations_and_accounts, |db| {
    let s = TestServer::start(db).await;
    let p = s.login("platform@weerbaar.test").await;
    let r = p
        .post_form(
            "/admin/orgs",
            &[
                ("name", "Politiezone Voorbeeld"),
                ("kind", "police_zone"),
                ("nis_code", ""),
                ("admin_email", "korpschef@pz-voorbeeld.test"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mail = s.smtp.wait_for("korpschef@pz-voorbeeld.test", |_| true).await;
    assert!(mail.text().contains("Politiezone Voorbeeld"));
    let dup = p.post_form("/admin/orgs", &[("name", "politiezone voorbeeld"), ("kind", "police_zone")]).await;
    assert_eq!(dup.status, 422);
    let r = p
        .post_form(
            "/admin/users",
            &[("email", "redactie@weerbaar.test"), ("name", "Rita Redactie"), ("taskforce", "on")],
        )
        .await;
    assert_eq!(r.status, 303);
    let mail = s.smtp.wait_for("redactie@weerbaar.test", |_| true).await;
    assert!(mail.link("/password/reset/").is_some());
    let uid = s.user_id("viewer@voorbeeld.test").await;
    assert_eq!(p.post_form(&format!("/admin/users/{uid}/disable"), &[]).await.status, 303);
    let v = s.client();
    assert_eq!(v.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", PASSWORD)]).await.status, 401);
    let me = s.user_id("platform@weerbaar.test").await;
    let r = p.follow(p.post_form(&format!("/admin/users/{me}/roles"), &[]).await).await;
    assert!(r.body.contains("eigen account"), "you cannot remove your own administrator role");
});

db_test!(sign_out_everywhere_ends_all_sessions, |db| {
    let s = TestServer::start(db).await;
    let a = s.login("editor@voorbeeld.test").await;
    let b = s.login("editor@voorbeeld.test").await;
    assert!(a.get("/account").await.body.contains("2 toestellen"));
    assert_eq!(b.post_form("/logout/everywhere", &[]).await.status, 303);
    assert_eq!(a.get("/account").await.status, 303);
    assert_eq!(b.get("/account").await.status, 303);
});

db_test!(first_setup_link_creates_the_platform_administrator, |db| {
    let store = weerbaar_store::open(&db.url, &Default::default()).await.unwrap();
    let path = weerbaar_web::auth::ensure_setup_link(&store).await.unwrap().expect("a link on an empty database");
    let s = TestServer::start_with(db, store).await;
    let c = s.client();
    assert_eq!(c.get(&path).await.status, 200);
    let r = c
        .post_form(
            &path,
            &[
                ("email", "beheer@voorbeeld.test"),
                ("name", "Bea Beheer"),
                ("password", "een lang wachtwoord voor beheer"),
                ("password_confirm", "een lang wachtwoord voor beheer"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), "/admin/orgs");
    assert_eq!(c.get(&path).await.status, 404, "single use");
    assert!(weerbaar_web::auth::ensure_setup_link(s.store()).await.unwrap().is_none());
});

#[allow(dead_code)]
fn _unused(_: Client) {}

db_test!(dashboard_follows_changes_here_at_once_and_from_elsewhere_within_seconds, |db| {
    let s = TestServer::start(db).await;
    let admin = s.login("admin@voorbeeld.test").await;
    let org = s.org_id("Gemeente Voorbeeld").await;
    let page = format!("/o/{org}");
    // The members table, not the audit entries (which also name people).
    let listed = |body: &str| body.contains("<td>viewer@voorbeeld.test</td><td>");
    assert!(listed(&admin.get(&page).await.body));
    // A change through this server shows on the next view.
    let vid = s.user_id("viewer@voorbeeld.test").await;
    assert_eq!(admin.post_form(&format!("/o/{org}/members/{vid}/remove"), &[]).await.status, 303);
    assert!(!listed(&admin.get(&page).await.body), "removed at once");
    // A change written by another process (here: straight into the database) shows within
    // the cache's age limit.
    let mut c = s.store().conn().await.unwrap();
    weerbaar_store::members::add(&mut c, &org, &vid, weerbaar_core::role::OrgRole::Viewer).await.unwrap();
    drop(c);
    let deadline = std::time::Instant::now() + weerbaar_web::org::DashboardCache::MAX_AGE * 2;
    loop {
        if listed(&admin.get(&page).await.body) {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the dashboard never showed the change");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
});
