//! The tenant-isolation harness. It walks every route of the router (the list the
//! router itself was built from) as the administrator of Gemeente Anderdorp, with the
//! identifiers of Gemeente Voorbeeld in the path, and checks that nothing of Voorbeeld
//! is shown or changed. A new route joins automatically; a new path parameter needs a
//! fixture here, or the test fails.

mod common;

use common::{PASSWORD, TestServer};
use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::now_ms;
use weerbaar_core::role::OrgRole;
use weerbaar_core::secret::hash_token;
use weerbaar_store::{api_tokens, audit, bcp, links, members, orgs};
use weerbaar_testkit::db_test;

const CANARY: &str = "CANARY-VOORBEELD-7f3a";

/// Voorbeeld's state that must not change.
async fn fingerprint(s: &TestServer, org: &weerbaar_core::OrgId) -> String {
    let mut c = s.store().conn().await.unwrap();
    let o = orgs::get(&mut c, org).await.unwrap().unwrap();
    let ms: Vec<String> =
        members::list(&mut c, org).await.unwrap().iter().map(|m| format!("{}={}", m.email, m.role.as_str())).collect();
    let inv = links::pending_invitations(&mut c, org, now_ms()).await.unwrap().len();
    let (_, log) = audit::list(&mut c, org, &audit::AuditFilter { limit: 1, ..Default::default() }).await.unwrap();
    let admin = s.user_id("admin@voorbeeld.test").await;
    let tokens: Vec<String> = api_tokens::list(&mut c, &admin)
        .await
        .unwrap()
        .iter()
        .map(|t| format!("{}:{:?}", t.name, t.revoked_at))
        .collect();
    let plan = bcp::load(&mut c, org).await.unwrap().expect("Voorbeeld has a plan");
    let versions = bcp::versions(&mut c, org).await.unwrap().len();
    let adoption = weerbaar_store::adoption::list(&mut c, org).await.unwrap();
    let private: Vec<String> = weerbaar_store::catalogue::published(&mut c)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.owner.as_deref() == Some(org.as_str()))
        .map(|p| format!("{p:?}"))
        .collect();
    let engagements = weerbaar_store::engagements::list(&mut c, org).await.unwrap();
    let findings = weerbaar_store::findings::all(&mut c, org, None).await.unwrap();
    let mut guests = Vec::new();
    for e in &engagements {
        guests.push(weerbaar_store::engagements::guests(&mut c, org, &e.id).await.unwrap());
    }
    let mut assessed = Vec::new();
    for a in weerbaar_store::assessments::list(&mut c, org).await.unwrap() {
        let mut answers: Vec<_> =
            weerbaar_store::assessments::answers(&mut c, org, &a.id).await.unwrap().into_iter().collect();
        answers.sort_by(|x, y| x.0.cmp(&y.0));
        let resp = weerbaar_store::assessments::respondents(&mut c, org, &a.id).await.unwrap();
        let acts = weerbaar_store::assessments::actions(&mut c, org, &a.id).await.unwrap();
        let files = weerbaar_store::assessments::files(&mut c, org, &a.id).await.unwrap();
        assessed.push(format!("{a:?}{answers:?}{resp:?}{acts:?}{files:?}"));
    }
    let share = weerbaar_store::assessments::benchmark::share_of(&mut c, org).await.unwrap();
    let aware = {
        use weerbaar_store::awareness::{campaigns, settings, staff, training};
        format!(
            "{:?}{:?}{:?}{:?}{:?}",
            staff::list(&mut c, org).await.unwrap(),
            training::assignments(&mut c, org).await.unwrap(),
            training::progress_of_org(&mut c, org).await.unwrap(),
            campaigns::list(&mut c, org).await.unwrap(),
            settings(&mut c, org).await.unwrap()
        )
    };
    format!(
        "{:?}|{}|{}|{:?}|{inv}|{log}|{tokens:?}|{plan:?}|{versions}|{adoption:?}|{private:?}|{engagements:?}|{findings:?}|{guests:?}|{assessed:?}|{share:?}|{aware}",
        o.profile, o.version, o.has_logo, ms
    )
}

/// A canary person on Voorbeeld's staff list and a draft exercise: (staff id, campaign id).
async fn canary_awareness(c: &mut weerbaar_store::Conn, org: &weerbaar_core::OrgId) -> (String, String) {
    use weerbaar_core::awareness::staff::Person;
    use weerbaar_store::awareness::{campaigns, staff};
    let p = Person {
        email: "canary-staff@voorbeeld.test".into(),
        name: CANARY.into(),
        department: "Burgerzaken".into(),
        lang: "nl".into(),
        manager_email: None,
    };
    let id =
        staff::create(c, org, &staff::Edit { person: &p, quiet_until: None, left_on: None }, now_ms()).await.unwrap();
    let body = weerbaar_core::awareness::campaign::Campaign {
        name: CANARY.into(),
        templates: vec!["parcel-notice".into()],
        scope: weerbaar_core::awareness::progress::Scope::Everyone,
        sender_name: "Pakketdienst".into(),
        sender_address: "info@oefen.test".into(),
        window_start: now_ms() + 86_400_000,
        window_end: now_ms() + 2 * 86_400_000,
        per_minute: 10,
        exclusions: Default::default(),
    };
    let campaign = campaigns::create(c, org, &body, "x", now_ms()).await.unwrap();
    (id, campaign)
}

db_test!(no_route_crosses_organisations, |db| {
    let s = TestServer::start(db).await;
    let voorbeeld = s.org_id("Gemeente Voorbeeld").await;
    let viewer = s.user_id("viewer@voorbeeld.test").await;
    let admin = s.user_id("admin@voorbeeld.test").await;

    // Voorbeeld data the harness will aim at.
    let mut c = s.store().conn().await.unwrap();
    let now = now_ms();
    let invitation = links::create(
        &mut c,
        &links::NewLink {
            kind: links::LinkKind::Invitation,
            token_hash: &hash_token("voorbeeld-invitation-token"),
            email: Some("canary-invitee@voorbeeld.test"),
            org_id: Some(&voorbeeld),
            role: Some(OrgRole::Editor),
            user_id: None,
            created_by: Some(&admin),
            now,
            expires_at: now + 86_400_000,
        },
    )
    .await
    .unwrap();
    let token = api_tokens::create(
        &mut c,
        &admin,
        CANARY,
        &hash_token("wb_voorbeeld"),
        now,
        None,
        weerbaar_core::token::Scope::Write,
    )
    .await
    .unwrap();
    audit::append(
        &mut c,
        &NewAuditEntry::new(AuditAction::OrgUpdated, Some(admin.clone()), "admin@voorbeeld.test")
            .org(&voorbeeld)
            .target(CANARY),
    )
    .await
    .unwrap();
    // The plan, with a canary in it.
    let plan = bcp::load(&mut c, &voorbeeld).await.unwrap().expect("Voorbeeld has a plan");
    let mut act = plan.activities[0].clone();
    act.owner = CANARY.into();
    bcp::update_activity(&mut c, &voorbeeld, &act).await.unwrap();
    let snapshot = bcp::versions(&mut c, &voorbeeld).await.unwrap().first().expect("an approved version").id.clone();
    // A private toolkit resource and an adoption note, both with the canary.
    let private_slug = {
        use weerbaar_core::catalogue::edit::{Form, TextForm, check};
        let mut f = Form {
            kind: "guide".into(),
            audiences: vec!["it".into()],
            topics: vec!["backups".into()],
            level: "starter".into(),
            ..Default::default()
        };
        f.texts.insert(
            weerbaar_core::catalogue::ContentLang::Nl,
            TextForm {
                title: format!("Back-ups {CANARY}"),
                summary: CANARY.into(),
                body: CANARY.into(),
                ..Default::default()
            },
        );
        let checked = check(&f, weerbaar_core::today(), |_| true).unwrap();
        weerbaar_store::editorial::create(&mut c, Some(&voorbeeld), "voorbeeld-eigen", &checked, "x").await.unwrap()
    };
    let shipped = weerbaar_store::editorial::get(&mut c, "backups-that-survive-ransomware").await.unwrap().unwrap();
    let round_id = weerbaar_store::rounds::list(&mut c).await.unwrap().first().expect("the demo round").id.clone();
    let note = weerbaar_core::catalogue::adoption::parse("in_progress", CANARY, "", CANARY).unwrap();
    weerbaar_store::adoption::save(&mut c, &voorbeeld, &shipped.id, &note, 0, CANARY).await.unwrap();
    // An engagement and a finding with the canary.
    let engagement = weerbaar_store::engagements::list(&mut c, &voorbeeld).await.unwrap()[0].id.clone();
    let mut f = weerbaar_store::findings::all(&mut c, &voorbeeld, None).await.unwrap().remove(0);
    f.title = format!("{CANARY} finding");
    weerbaar_store::findings::update(&mut c, &voorbeeld, &f).await.unwrap();
    let finding = f.id.clone();
    // A self-assessment with the canary in an answer.
    let assessment = weerbaar_store::assessments::list(&mut c, &voorbeeld).await.unwrap()[0].id.clone();
    let canary = weerbaar_core::assessment::answer::Answer {
        comment: CANARY.into(),
        documentation: Some(2),
        ..Default::default()
    };
    weerbaar_store::assessments::put_answer(&mut c, &voorbeeld, &assessment, "GOV-02", &canary, 1, "x").await.unwrap();
    // A person on the staff list and a phishing exercise, both with the canary.
    let (staff_id, campaign) = canary_awareness(&mut c, &voorbeeld).await;
    drop(c);
    let before = fingerprint(&s, &voorbeeld).await;

    let attacker = s.login("admin@anderdorp.test").await;
    let secret_markers = [
        // (Voorbeeld's id itself is not a marker: the attacker typed it, and pages echo
        // their own path, e.g. in the language switch.)
        CANARY.to_string(),
        "Gemeente Voorbeeld".to_string(),
        "admin@voorbeeld.test".into(),
        "viewer@voorbeeld.test".into(),
        "editor@voorbeeld.test".into(),
        "canary-invitee@voorbeeld.test".into(),
        "canary-staff@voorbeeld.test".into(),
    ];

    let anderdorp = s.org_id("Gemeente Anderdorp").await;
    let own_plan = {
        let mut c = s.store().conn().await.unwrap();
        bcp::header(&mut c, &anderdorp).await.unwrap().expect("Anderdorp has a plan").id
    };
    // `own`: the attacker's own organisation and plan in the path, with Voorbeeld's
    // identifiers for everything inside them (the classic direct-object reference).
    let fill_as = |path: &str, own: bool| -> Option<(String, bool)> {
        let mut out = String::new();
        let mut tenant = false;
        let mut rest = path;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = rest[start..].find('}')? + start;
            let name = &rest[start + 1..end];
            let value = match name {
                "org" if own => anderdorp.to_string(),
                "plan" if own => own_plan.clone(),
                "org" => {
                    tenant = true;
                    voorbeeld.to_string()
                }
                "user" => {
                    tenant = true;
                    viewer.to_string()
                }
                "invitation" => {
                    tenant = true;
                    invitation.id.to_string()
                }
                "apitoken" => {
                    tenant = true;
                    token.id.to_string()
                }
                // Link tokens are secrets: holding one is the permission. A guess must fail.
                "token" => "not-a-real-token".to_string(),
                "version" => "0.1.0".to_string(),
                "file" => "app.css".to_string(),
                "audience" => "it".to_string(),
                // The toolkit's rounds belong to no organisation; only its people reach them.
                "round" => {
                    tenant = true;
                    round_id.clone()
                }
                "lang" => "nl".to_string(),
                "slug" => {
                    tenant = true;
                    private_slug.clone()
                }
                "name" => "not-a-file.docx".to_string(),
                "format" => "pdf".to_string(),
                "module" => "phishing-recognise-report".to_string(),
                "template" => "parcel-notice".to_string(),
                other => {
                    let id = match other {
                        "plan" => plan.header.id.clone(),
                        "activity" => plan.activities[0].id.clone(),
                        "resource" => plan.resources[0].id.clone(),
                        "role" => plan.roles[0].id.clone(),
                        "playbook" => plan.playbooks[0].id.clone(),
                        "stakeholder" => plan.stakeholders[0].id.clone(),
                        "message" => plan.messages[0].id.clone(),
                        "exercise" => plan.exercises[0].id.clone(),
                        "snapshot" => snapshot.clone(),
                        "engagement" => engagement.clone(),
                        "finding" => finding.clone(),
                        "pending" => "0192f8a4-6f1e-7cc0-9d5e-0123456789ab".to_string(),
                        "assessment" => assessment.clone(),
                        "section" => "GOV".to_string(),
                        "ref_id" => "GOV-02".to_string(),
                        "staff" => staff_id.clone(),
                        "campaign" => campaign.clone(),
                        _ => return None,
                    };
                    tenant = true;
                    id
                }
            };
            out.push_str(&value);
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        Some((out, tenant))
    };
    let fill = |path: &str| fill_as(path, false);

    let mut routes = s.routes.clone();
    // Signing out (everywhere) goes last, so the walk keeps its session.
    routes.sort_by_key(|r| r.path.starts_with("/logout"));
    assert!(routes.len() > 40, "the harness sees the whole router ({} routes)", routes.len());
    let form: Vec<(&str, &str)> = vec![
        ("email", "harness@anderdorp.test"),
        ("role", "admin"),
        ("name", "Harness"),
        ("kind", "municipality"),
        ("version", "1"),
        ("require_mfa", ""),
        ("brand_colour", "#000000"),
        ("password", "een heel lang harness wachtwoord"),
        ("password_confirm", "een heel lang harness wachtwoord"),
        ("current_password", "not-the-current-password"),
        ("platform_admin", "on"),
        ("expires_days", "30"),
        ("lang", "nl-BE"),
        ("back", "/"),
    ];
    let json = serde_json::json!({"email": "harness@anderdorp.test", "role": "admin", "version": 1, "name": "Harness", "kind": "municipality"});
    let mut checked = 0;
    for r in &routes {
        let (path, tenant) = fill(r.path)
            .unwrap_or_else(|| panic!("route {} has a path parameter the harness has no fixture for", r.path));
        // Signing out ends the session: give each such route a session of its own.
        let fresh;
        let attacker = if r.path.starts_with("/logout") {
            fresh = s.login("admin@anderdorp.test").await;
            &fresh
        } else {
            &attacker
        };
        let resp = match r.method.as_str() {
            "GET" => attacker.get(&path).await,
            "POST" if path.starts_with("/api/") => attacker.post_json(&path, &json).await,
            "PUT" if path.starts_with("/api/") => attacker.put_json(&path, &json).await,
            "POST" => attacker.post_form(&path, &form).await,
            "DELETE" => attacker.delete(&path).await,
            m => panic!("method {m} of {} is not covered by the harness", r.path),
        };

        if tenant {
            assert!(
                resp.status == 403 || resp.status == 404,
                "{} {} answered {} to another organisation's administrator: {}",
                r.method,
                path,
                resp.status,
                &resp.body[..resp.body.len().min(300)]
            );
        }
        for m in &secret_markers {
            assert!(!resp.body.contains(m.as_str()), "{} {} shows Voorbeeld data ({m})", r.method, path);
        }
        checked += 1;
    }
    assert_eq!(checked, routes.len());
    assert_eq!(fingerprint(&s, &voorbeeld).await, before, "Voorbeeld's data changed");

    // Own organisation in the path, Voorbeeld's objects inside it.
    let attacker = s.login("admin@anderdorp.test").await;
    let mut mixed = 0;
    for r in routes.iter().filter(|r| !r.path.starts_with("/logout")) {
        let Some((path, tenant)) = fill_as(r.path, true) else { continue };
        if !tenant || !(r.path.contains("{org}") || r.path.contains("{plan}")) {
            continue;
        }
        let resp = match r.method.as_str() {
            "GET" => attacker.get(&path).await,
            "POST" if path.starts_with("/api/") => attacker.post_json(&path, &json).await,
            "PUT" if path.starts_with("/api/") => attacker.put_json(&path, &json).await,
            "POST" => attacker.post_form(&path, &form).await,
            "DELETE" => attacker.delete(&path).await,
            m => panic!("method {m} of {} is not covered by the harness", r.path),
        };
        assert!(
            resp.status == 403 || resp.status == 404,
            "{} {} answered {} for another organisation's object inside the attacker's own: {}",
            r.method,
            path,
            resp.status,
            &resp.body[..resp.body.len().min(300)]
        );
        for m in &secret_markers {
            assert!(!resp.body.contains(m.as_str()), "{} {} shows Voorbeeld data ({m})", r.method, path);
        }
        mixed += 1;
    }
    assert!(mixed >= 20, "the mixed walk covered {mixed} routes");
    assert_eq!(fingerprint(&s, &voorbeeld).await, before, "Voorbeeld's data changed");

    // The same walk with an API token instead of a session, for the API.
    let t2 = s.login("admin@anderdorp.test").await;
    let r = t2
        .post_form(
            "/account/tokens",
            &[("name", "harness"), ("expires_days", "30"), ("scope", "write"), ("current_password", PASSWORD)],
        )
        .await;
    let bearer = r.body.split("<code class=\"token\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    for r in routes.iter().filter(|r| r.path.starts_with("/api/")) {
        let (path, tenant) = fill(r.path).unwrap();
        let rb = match r.method.as_str() {
            "GET" => t2.http.get(t2.url(&path)),
            "POST" => t2.http.post(t2.url(&path)).json(&json),
            "PUT" => t2.http.put(t2.url(&path)).json(&json),
            "DELETE" => t2.http.delete(t2.url(&path)),
            m => panic!("method {m}"),
        };
        let resp = t2.send(rb.bearer_auth(&bearer)).await;
        if tenant {
            assert!(
                resp.status == 403 || resp.status == 404,
                "{} {} answered {} via token",
                r.method,
                path,
                resp.status
            );
        }
        for m in &secret_markers {
            assert!(!resp.body.contains(m.as_str()), "{} {} shows Voorbeeld data via token ({m})", r.method, path);
        }
    }
    assert_eq!(fingerprint(&s, &voorbeeld).await, before, "Voorbeeld's data changed");

    // Search, the API and the feed never find another organisation's private resources.
    let searcher = s.login("admin@anderdorp.test").await;
    for path in [
        format!("/toolkit?q={CANARY}"),
        "/toolkit?q=back-ups".to_string(),
        format!("/api/v1/resources?q={CANARY}"),
        "/toolkit/feed/nl".to_string(),
        format!("/o/{anderdorp}/toolkit"),
        format!("/o/{anderdorp}"),
    ] {
        let r = searcher.get(&path).await;
        assert_eq!(r.status, 200, "{path}");
        // (A search page echoes its own query, so look for the resource, not the word.)
        assert!(!r.body.contains(&private_slug), "{path} shows Voorbeeld's private resource");
        assert!(path.contains("q=") || !r.body.contains(CANARY), "{path} shows Voorbeeld's notes");
    }
    // Its own members do find it.
    let owner = s.login("viewer@voorbeeld.test").await;
    assert!(owner.get(&format!("/toolkit?q={CANARY}")).await.body.contains(&private_slug));
});

// Guests are the third kind of caller: an external tester invited to one engagement
// sees that engagement (and may import and add findings to it), and nothing else of the
// organisation on any route.
db_test!(a_guest_sees_only_their_engagement, |db| {
    use weerbaar_core::engagement::{Details, Kind};
    const GUEST_CANARY: &str = "GUEST-CANARY-91bc";
    let s = TestServer::start(db).await;
    let voorbeeld = s.org_id("Gemeente Voorbeeld").await;
    let mut c = s.store().conn().await.unwrap();
    let hash = weerbaar_core::account::hash_password(PASSWORD).unwrap();
    let guest = weerbaar_store::users::create(
        &mut c,
        &weerbaar_store::users::NewUser {
            email: "guest@tester.test".into(),
            name: "Gast".into(),
            password_hash: Some(hash),
            locale: None,
            platform: Default::default(),
        },
    )
    .await
    .unwrap();
    let mine = weerbaar_store::engagements::list(&mut c, &voorbeeld).await.unwrap()[0].clone();
    weerbaar_store::engagements::add_guest(&mut c, &voorbeeld, &mine.id, &guest.id).await.unwrap();
    let other = weerbaar_store::engagements::create(&mut c, &voorbeeld, GUEST_CANARY, Kind::Audit, &Details::default())
        .await
        .unwrap();
    let mut manual = weerbaar_store::findings::all(&mut c, &voorbeeld, None).await.unwrap().remove(0);
    manual.engagement_id = None;
    manual.fingerprint = None;
    manual.title = format!("{GUEST_CANARY} manual");
    let manual = weerbaar_store::findings::insert(&mut c, &voorbeeld, &manual).await.unwrap();
    let plan = bcp::load(&mut c, &voorbeeld).await.unwrap().unwrap();
    let (staff_id, campaign) = canary_awareness(&mut c, &voorbeeld).await;
    drop(c);
    let before = fingerprint(&s, &voorbeeld).await;
    let markers = [GUEST_CANARY, "admin@voorbeeld.test", "viewer@voorbeeld.test", "editor@voorbeeld.test"];

    let g = s.login("guest@tester.test").await;
    // Their own engagement works, and shows nothing else of the organisation.
    let own = g.get(&format!("/o/{voorbeeld}/engagements/{}", mine.id)).await;
    assert_eq!(own.status, 200);
    for m in markers {
        assert!(!own.body.contains(m), "the guest's engagement page shows {m}");
    }
    assert_eq!(g.get("/").await.status, 303);
    assert!(g.get("/engagements").await.body.contains(&mine.title));

    let json = serde_json::json!({"title": "x", "version": 1, "to": "confirmed"});
    let form: Vec<(&str, &str)> = vec![("title", "Harness"), ("version", "1"), ("email", "x@y.test"), ("to", "closed")];
    for r in s.routes.iter().filter(|r| !r.path.starts_with("/logout")) {
        let mut path = r.path.to_string();
        let mut tenant = false;
        for (name, value) in [
            ("{org}", voorbeeld.to_string()),
            ("{engagement}", other.id.clone()),
            ("{finding}", manual.id.clone()),
            (
                "{assessment}",
                weerbaar_store::assessments::list(&mut s.store().conn().await.unwrap(), &voorbeeld).await.unwrap()[0]
                    .id
                    .clone(),
            ),
            ("{plan}", plan.header.id.clone()),
            ("{activity}", plan.activities[0].id.clone()),
            ("{resource}", plan.resources[0].id.clone()),
            ("{role}", plan.roles[0].id.clone()),
            ("{playbook}", plan.playbooks[0].id.clone()),
            ("{stakeholder}", plan.stakeholders[0].id.clone()),
            ("{message}", plan.messages[0].id.clone()),
            ("{exercise}", plan.exercises[0].id.clone()),
            ("{user}", s.user_id("viewer@voorbeeld.test").await.to_string()),
            ("{staff}", staff_id.clone()),
            ("{campaign}", campaign.clone()),
        ] {
            if path.contains(name) {
                tenant = true;
                path = path.replace(name, &value);
            }
        }
        for (name, value) in [
            ("{token}", "not-a-real-token"),
            ("{version}", "0.1.0"),
            ("{file}", "app.css"),
            ("{audience}", "it"),
            ("{lang}", "nl"),
            ("{slug}", "backups-that-survive-ransomware"),
            ("{name}", "x.docx"),
            ("{format}", "pdf"),
            ("{pending}", "0192f8a4-6f1e-7cc0-9d5e-0123456789ab"),
            ("{invitation}", "0192f8a4-6f1e-7cc0-9d5e-0123456789ab"),
            ("{apitoken}", "0192f8a4-6f1e-7cc0-9d5e-0123456789ab"),
            ("{snapshot}", "0192f8a4-6f1e-7cc0-9d5e-0123456789ab"),
            ("{round}", "0192f8a4-6f1e-7cc0-9d5e-0123456789ab"),
            ("{section}", "GOV"),
            ("{ref_id}", "GOV-02"),
            ("{module}", "phishing-recognise-report"),
            ("{template}", "parcel-notice"),
        ] {
            path = path.replace(name, value);
        }
        assert!(!path.contains('{'), "route {} has a parameter the guest walk does not fill", r.path);
        let resp = match r.method.as_str() {
            "GET" => g.get(&path).await,
            "POST" if path.starts_with("/api/") => g.post_json(&path, &json).await,
            "PUT" if path.starts_with("/api/") => g.put_json(&path, &json).await,
            "POST" => g.post_form(&path, &form).await,
            "DELETE" => g.delete(&path).await,
            m => panic!("method {m}"),
        };
        if tenant {
            assert!(
                resp.status == 403 || resp.status == 404,
                "{} {} answered {} to a guest of another engagement",
                r.method,
                path,
                resp.status
            );
        }
        for m in markers {
            assert!(!resp.body.contains(m), "{} {} shows {m} to a guest", r.method, path);
        }
    }
    // Inside their own engagement, the organisation's other pages stay closed.
    for path in [
        format!("/o/{voorbeeld}/findings/{}", manual.id),
        format!("/o/{voorbeeld}/engagements/{}/letter/pdf", mine.id),
        format!("/o/{voorbeeld}/engagements/{}/report/pdf", mine.id),
        format!("/o/{voorbeeld}/engagements/{}/authorisation", mine.id),
        format!("/o/{voorbeeld}/findings"),
        format!("/api/v1/organisations/{voorbeeld}/findings"),
    ] {
        let r = g.get(&path).await;
        assert!(r.status == 403 || r.status == 404, "{path} answered {}", r.status);
    }
    assert_eq!(fingerprint(&s, &voorbeeld).await, before, "Voorbeeld's data changed");
    // What a guest may do: add a finding to their own engagement.
    let r = g
        .post_form(
            &format!("/o/{voorbeeld}/engagements/{}/findings", mine.id),
            &[("title", "Gevonden door de gast"), ("severity", "low"), ("severity_reason", "inschatting")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", &r.body[..r.body.len().min(400)]);
    let mut c = s.store().conn().await.unwrap();
    let added = weerbaar_store::findings::all(&mut c, &voorbeeld, Some(&mine.id)).await.unwrap();
    assert!(
        added
            .iter()
            .any(|f| f.title == "Gevonden door de gast" && f.engagement_id.as_deref() == Some(mine.id.as_str()))
    );
});
