//! Store tests, each run against SQLite and PostgreSQL.

use weerbaar_core::audit::{AuditAction, NewAuditEntry};
use weerbaar_core::org::{OrgKind, OrgProfile};
use weerbaar_core::role::{OrgRole, PlatformRoles};
use weerbaar_core::{OrgId, now_ms};
use weerbaar_store::migrate::{self, Migration, MigrationError};
use weerbaar_store::users::NewUser;
use weerbaar_store::*;
use weerbaar_testkit::db_test;

async fn open(db: &weerbaar_testkit::TestDb) -> Store {
    weerbaar_store::open(&db.url, &ConnectOptions::default()).await.expect("open store")
}

fn profile(name: &str) -> OrgProfile {
    OrgProfile {
        name: name.into(),
        kind: OrgKind::Municipality,
        nis_code: None,
        brand_colour: None,
        require_mfa: false,
    }
}

fn new_user(email: &str) -> NewUser {
    NewUser {
        email: email.into(),
        name: "Test".into(),
        password_hash: None,
        locale: None,
        platform: PlatformRoles::default(),
    }
}

db_test!(migrates_from_empty_and_is_idempotent, |db| {
    let store = Store::connect(&db.url, &ConnectOptions::default()).await.unwrap();
    let r = migrate::migrate(&store).await.unwrap();
    assert_eq!(r.from, 0);
    assert_eq!(r.to, migrate::latest_version());
    let again = migrate::migrate(&store).await.unwrap();
    assert!(again.applied.is_empty());
    let mut c = store.conn().await.unwrap();
    assert_eq!(migrate::current_version(&mut c).await.unwrap(), migrate::latest_version());
});

db_test!(failed_migration_changes_nothing, |db| {
    let store = Store::connect(&db.url, &ConnectOptions::default()).await.unwrap();
    let mut ms = migrate::MIGRATIONS.to_vec();
    ms.push(Migration {
        version: 999,
        name: "broken",
        sql: "CREATE TABLE half_done (x TEXT); INSERT INTO no_such_table VALUES (1);",
        sqlite: "",
        postgres: "",
    });
    let err = migrate::migrate_with(&store, &ms, None).await.unwrap_err();
    assert!(matches!(err, MigrationError::Failed { version: 999, .. }), "{err}");
    assert!(err.to_string().contains("broken"));
    // Not even the earlier migrations of the same run were kept.
    let mut c = store.conn().await.unwrap();
    assert_eq!(migrate::current_version(&mut c).await.unwrap(), 0);
    assert!(!migrate::table_exists(&mut c, "half_done").await.unwrap());
    assert!(!migrate::table_exists(&mut c, "users").await.unwrap());
});

db_test!(upgrade_from_previous_schema_keeps_data, |db| {
    // Apply all but the newest migration, write data, then upgrade.
    let store = Store::connect(&db.url, &ConnectOptions::default()).await.unwrap();
    let latest = migrate::latest_version();
    migrate::migrate_with(&store, migrate::MIGRATIONS, Some(latest - 1)).await.unwrap();
    if latest > 1 {
        let mut tx = store.begin().await.unwrap();
        orgs::create(&mut tx, &profile("Gemeente Oud")).await.unwrap();
        tx.commit().await.unwrap();
    }
    // Schema 6 kept toolkit files whole; 7 keeps them in chunks.
    let file: Vec<u8> = (0..600_000u32).map(|i| (i % 253) as u8).collect();
    if latest == 7 {
        let mut tx = store.begin().await.unwrap();
        sqlx_exec(
            &mut tx,
            "INSERT INTO cat_resources (id, slug, kind, audiences, topics, level, effort_hours, licence, related, status, \
             version_label, created_at, updated_at) VALUES ('r1', 'oud', 'guide', '[]', '[]', 'basic', 1, 'CC-BY-4.0', '[]', \
             'published', '1.0', 0, 0)",
        )
        .await;
        weerbaar_store::exec!(&mut tx, |c| sqlx::query(
            "INSERT INTO cat_attachments (resource_id, name, data, sha256) VALUES ('r1', 'video.mp4', $1, 'x'), ('r1', 'leeg.txt', $2, 'y')"
        )
        .bind(&file)
        .bind(Vec::<u8>::new())
        .execute(c)
        .await)
        .unwrap();
        tx.commit().await.unwrap();
    }
    // Schema 7 knew no paper kind: the template's paper resources were data.
    let old_org = {
        let mut c = store.conn().await.unwrap();
        orgs::find_by_name(&mut c, "Gemeente Oud").await.unwrap().map(|o| o.id)
    };
    if latest == 8
        && let Some(org) = &old_org
    {
        use weerbaar_core::bcp::model::ResourceKind;
        let t = weerbaar_content::bcp_template().unwrap();
        let mut n = 0;
        let mut p = t.instantiate("nl", OrgKind::Municipality, None, || {
            n += 1;
            format!("id{n}")
        });
        for r in p.resources.iter_mut().filter(|r| r.kind == ResourceKind::Paper) {
            r.kind = ResourceKind::Data;
        }
        let mut tx = store.begin().await.unwrap();
        weerbaar_store::bcp::insert(&mut tx, org, &p).await.unwrap();
        tx.commit().await.unwrap();
    }
    let r = migrate::migrate(&store).await.unwrap();
    assert_eq!(r.to, latest);
    if latest == 8
        && let Some(org) = &old_org
    {
        use weerbaar_core::bcp::model::ResourceKind;
        let mut c = store.conn().await.unwrap();
        let p = weerbaar_store::bcp::load(&mut c, org).await.unwrap().unwrap();
        let kind = |key: &str| p.resources.iter().find(|r| r.template_key.as_deref() == Some(key)).unwrap().kind;
        assert_eq!(kind("paper-registers"), ResourceKind::Paper);
        assert_eq!(kind("contact-lists"), ResourceKind::Paper);
        // The check still holds for anything else.
        let bad =
            weerbaar_store::exec!(&mut c, |c| sqlx::query("UPDATE bcp_resources SET kind = 'paperr'").execute(c).await);
        assert!(bad.is_err(), "an unknown kind is still refused");
    }
    if latest > 1 {
        let mut c = store.conn().await.unwrap();
        assert!(orgs::find_by_name(&mut c, "Gemeente Oud").await.unwrap().is_some());
    }
    // Schema 9 added the findings register: an organisation from before gets engagements
    // and findings, with the default deadlines.
    if latest == 9
        && let Some(org) = &old_org
    {
        use weerbaar_core::engagement::{Details, Kind};
        let mut c = store.conn().await.unwrap();
        let e = weerbaar_store::engagements::create(&mut c, org, "Eerste audit", Kind::Audit, &Details::default())
            .await
            .unwrap();
        let r = weerbaar_store::findings::run_import(
            &mut c,
            org,
            &e.id,
            weerbaar_scan::Format::Csv,
            b"id,title,severity,severity_reason\nA1,Gedeeld account,high,auditor\n",
            false,
            "test",
            weerbaar_core::today(),
        )
        .await
        .unwrap();
        assert_eq!(r.counts.created, 1);
        assert_eq!(weerbaar_store::findings::policy(&mut c, org).await.unwrap().0.high, 30);
    }
    // Schema 10 added self-assessment: an organisation from before assesses itself
    // against the shipped baseline.
    if latest == 10
        && let Some(org) = &old_org
    {
        let mut c = store.conn().await.unwrap();
        let f = weerbaar_content::baseline().unwrap();
        let fid = weerbaar_store::assessments::frameworks::sync_shipped(&mut c, &f).await.unwrap();
        let a = weerbaar_store::assessments::create(&mut c, org, &fid, Some("basis"), "Eerste", None, "test")
            .await
            .unwrap();
        let ans = weerbaar_core::assessment::answer::Answer { documentation: Some(3), ..Default::default() };
        weerbaar_store::assessments::put_answer(&mut c, org, &a.id, "GOV-01", &ans, 0, "test").await.unwrap();
        assert_eq!(weerbaar_store::assessments::answers(&mut c, org, &a.id).await.unwrap().len(), 1);
    }
    // Schema 11 added awareness: an organisation from before imports staff, assigns a
    // module, records progress and drafts a campaign.
    if latest == 11
        && let Some(org) = &old_org
    {
        use weerbaar_core::awareness::staff;
        let mut c = store.conn().await.unwrap();
        let parsed = staff::import(b"naam;e-mail;dienst\nAn;an@oud.test;IT\n").unwrap();
        let plan = staff::plan(&Default::default(), &parsed, false);
        weerbaar_store::awareness::staff::apply(&mut c, org, &plan, "2026-12-07", 1).await.unwrap();
        let list = weerbaar_store::awareness::staff::list(&mut c, org).await.unwrap();
        assert_eq!(list.len(), 1);
        let who =
            weerbaar_store::awareness::training::Who { org: org.as_str(), staff_id: &list[0].id, department: "IT" };
        weerbaar_store::awareness::training::attempt(&mut c, who, "passwords-mfa", "1.0", 90, true, 1).await.unwrap();
        assert_eq!(weerbaar_store::awareness::settings(&mut c, org).await.unwrap().retention_months, 12);
    }
    if latest == 7 {
        use weerbaar_store::attachments;
        let mut c = store.conn().await.unwrap();
        assert_eq!(attachments::info(&mut c, "r1", "video.mp4").await.unwrap().unwrap().size, 600_000);
        assert_eq!(attachments::read(&mut c, "r1", "video.mp4", 0, 599_999).await.unwrap(), file);
        assert_eq!(
            attachments::read(&mut c, "r1", "video.mp4", 262_143, 262_144).await.unwrap(),
            &file[262_143..=262_144]
        );
        assert!(attachments::chunk(&mut c, "r1", "video.mp4", 3).await.unwrap().is_none(), "three chunks");
        assert_eq!(attachments::info(&mut c, "r1", "leeg.txt").await.unwrap().unwrap().size, 0);
    }
});

db_test!(unknown_or_modified_migrations_refuse_start, |db| {
    let store = open(&db).await;
    let mut tx = store.begin().await.unwrap();
    sqlx_exec(
        &mut tx,
        "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (9999, 'from the future', 'x', 0)",
    )
    .await;
    tx.commit().await.unwrap();
    let err = migrate::migrate(&store).await.unwrap_err();
    assert!(matches!(err, MigrationError::Unknown { found: 9999, .. }), "{err}");
    assert!(err.to_string().contains("newer Weerbaar"));

    let mut tx = store.begin().await.unwrap();
    sqlx_exec(&mut tx, "DELETE FROM schema_migrations WHERE version = 9999").await;
    sqlx_exec(&mut tx, "UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1").await;
    tx.commit().await.unwrap();
    let err = migrate::migrate(&store).await.unwrap_err();
    assert!(matches!(err, MigrationError::Modified { version: 1, .. }), "{err}");
});

async fn sqlx_exec(tx: &mut Tx, sql: &'static str) {
    weerbaar_store::exec!(tx, |c| sqlx::query(sql).execute(c).await).unwrap();
}

db_test!(organisations_and_optimistic_versioning, |db| {
    let store = open(&db).await;
    let mut tx = store.begin().await.unwrap();
    let o = orgs::create(&mut tx, &profile("Gemeente Voorbeeld")).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(o.version, 1);

    let mut c = store.conn().await.unwrap();
    let dup = orgs::create(&mut c, &profile("gemeente voorbeeld")).await.unwrap_err();
    assert!(matches!(dup, StoreError::Duplicate("name")));

    let mut p = o.profile.clone();
    p.brand_colour = Some("#1d4e89".into());
    let o2 = orgs::update_profile(&mut c, &o.id, 1, &p).await.unwrap();
    assert_eq!(o2.version, 2);
    // A second editor who started from version 1 gets a conflict, not a silent overwrite.
    let mut p3 = o.profile.clone();
    p3.name = "Gemeente Anders".into();
    assert!(matches!(orgs::update_profile(&mut c, &o.id, 1, &p3).await, Err(StoreError::Conflict)));
    assert!(matches!(orgs::update_profile(&mut c, &OrgId::new(), 1, &p3).await, Err(StoreError::NotFound)));
    let now = orgs::get(&mut c, &o.id).await.unwrap().unwrap();
    assert_eq!(now.profile.brand_colour.as_deref(), Some("#1d4e89"));
    assert_eq!(now.profile.name, "Gemeente Voorbeeld");

    orgs::set_logo(&mut c, &o.id, Some((b"\x89PNG\r\n\x1a\nxx", "image/png"))).await.unwrap();
    let (bytes, kind) = orgs::logo(&mut c, &o.id).await.unwrap().unwrap();
    assert_eq!(kind, "image/png");
    assert_eq!(&bytes[..4], b"\x89PNG");
    assert!(orgs::get(&mut c, &o.id).await.unwrap().unwrap().has_logo);
});

db_test!(users_memberships_and_roles, |db| {
    let store = open(&db).await;
    let mut c = store.conn().await.unwrap();
    let a = orgs::create(&mut c, &profile("A")).await.unwrap();
    let b = orgs::create(&mut c, &profile("B")).await.unwrap();
    let u = users::create(&mut c, &new_user("jan@a.test")).await.unwrap();
    assert!(matches!(users::create(&mut c, &new_user("jan@a.test")).await, Err(StoreError::Duplicate("email"))));
    assert!(!u.has_password);
    members::add(&mut c, &a.id, &u.id, OrgRole::Admin).await.unwrap();
    members::add(&mut c, &b.id, &u.id, OrgRole::Viewer).await.unwrap();
    assert!(matches!(members::add(&mut c, &b.id, &u.id, OrgRole::Viewer).await, Err(StoreError::Duplicate("member"))));
    let ms = members::of_user(&mut c, &u.id).await.unwrap();
    assert_eq!(
        ms.iter().map(|m| (m.org_name.as_str(), m.role)).collect::<Vec<_>>(),
        vec![("A", OrgRole::Admin), ("B", OrgRole::Viewer)]
    );
    assert_eq!(members::set_role(&mut c, &b.id, &u.id, OrgRole::Editor).await.unwrap(), OrgRole::Viewer);
    assert_eq!(members::role_of(&mut c, &b.id, &u.id).await.unwrap(), Some(OrgRole::Editor));
    assert_eq!(members::count_admins(&mut c, &a.id).await.unwrap(), 1);
    assert_eq!(members::remove(&mut c, &b.id, &u.id).await.unwrap(), OrgRole::Editor);
    assert_eq!(members::role_of(&mut c, &b.id, &u.id).await.unwrap(), None);
    assert_eq!(members::list(&mut c, &a.id).await.unwrap().len(), 1);
    assert!(members::list(&mut c, &b.id).await.unwrap().is_empty());

    users::set_password(&mut c, &u.id, "$argon2id$fake").await.unwrap();
    let cred = users::credentials(&mut c, "jan@a.test").await.unwrap().unwrap();
    assert_eq!(cred.password_hash.as_deref(), Some("$argon2id$fake"));
    assert!(cred.user.has_password);

    // Second factor: pending, enable, replay protection, recovery codes.
    users::set_pending_totp(&mut c, &u.id, b"12345678901234567890").await.unwrap();
    users::enable_totp(&mut c, &u.id, 100).await.unwrap();
    assert!(users::get(&mut c, &u.id).await.unwrap().unwrap().mfa_enabled);
    assert!(!users::claim_totp_step(&mut c, &u.id, 100).await.unwrap());
    assert!(users::claim_totp_step(&mut c, &u.id, 101).await.unwrap());
    users::replace_recovery_codes(&mut c, &u.id, &["h1".into(), "h2".into()]).await.unwrap();
    assert!(users::use_recovery_code(&mut c, &u.id, "h1").await.unwrap());
    assert!(!users::use_recovery_code(&mut c, &u.id, "h1").await.unwrap());
    assert_eq!(users::recovery_codes_left(&mut c, &u.id).await.unwrap(), 1);
    users::disable_totp(&mut c, &u.id).await.unwrap();
    assert!(!users::get(&mut c, &u.id).await.unwrap().unwrap().mfa_enabled);
    assert_eq!(users::recovery_codes_left(&mut c, &u.id).await.unwrap(), 0);
});

db_test!(sessions_throttle_links_tokens_jobs, |db| {
    let store = open(&db).await;
    let mut c = store.conn().await.unwrap();
    let u = users::create(&mut c, &new_user("s@a.test")).await.unwrap();
    let now = now_ms();
    sessions::create(
        &mut c,
        &sessions::NewSession {
            id_hash: "h1",
            user_id: &u.id,
            now,
            expires_at: now + 1000,
            mfa_pending: false,
            active_org: None,
            ip: Some("127.0.0.1"),
            user_agent: None,
        },
    )
    .await
    .unwrap();
    sessions::create(
        &mut c,
        &sessions::NewSession {
            id_hash: "h2",
            user_id: &u.id,
            now,
            expires_at: now + 1000,
            mfa_pending: true,
            active_org: None,
            ip: None,
            user_agent: None,
        },
    )
    .await
    .unwrap();
    let s = sessions::lookup(&mut c, "h1", now).await.unwrap().unwrap();
    assert_eq!(s.user.email, "s@a.test");
    assert!(sessions::lookup(&mut c, "h1", now + 1000).await.unwrap().is_none(), "past hard expiry");
    assert_eq!(sessions::delete_for_user(&mut c, &u.id, Some("h1")).await.unwrap(), 1);
    assert!(sessions::lookup(&mut c, "h2", now).await.unwrap().is_none());
    assert!(sessions::lookup(&mut c, "h1", now).await.unwrap().is_some());

    let rule = weerbaar_core::throttle::PER_PAIR;
    for _ in 0..5 {
        assert_eq!(throttle::record_failure(&mut c, "account:x", &rule, now).await.unwrap(), 0);
    }
    assert_eq!(throttle::record_failure(&mut c, "account:x", &rule, now).await.unwrap(), now + 2000);
    assert_eq!(throttle::blocked_until(&mut c, "account:x").await.unwrap(), now + 2000);
    // An hour later the count starts over.
    assert_eq!(throttle::record_failure(&mut c, "account:x", &rule, now + 3_700_000).await.unwrap(), 0);
    throttle::clear(&mut c, "account:x").await.unwrap();
    assert_eq!(throttle::blocked_until(&mut c, "account:x").await.unwrap(), 0);

    let org = orgs::create(&mut c, &profile("L")).await.unwrap();
    let l = links::create(
        &mut c,
        &links::NewLink {
            kind: links::LinkKind::Invitation,
            token_hash: "t1",
            email: Some("new@l.test"),
            org_id: Some(&org.id),
            role: Some(OrgRole::Editor),
            user_id: None,
            created_by: Some(&u.id),
            now,
            expires_at: now + 10_000,
        },
    )
    .await
    .unwrap();
    assert!(
        links::find_usable(&mut c, links::LinkKind::PasswordReset, "t1", now).await.unwrap().is_none(),
        "kind must match"
    );
    assert!(
        links::find_usable(&mut c, links::LinkKind::Invitation, "t1", now + 10_000).await.unwrap().is_none(),
        "expired"
    );
    assert_eq!(links::pending_invitations(&mut c, &org.id, now).await.unwrap().len(), 1);
    assert!(links::consume(&mut c, &l.id, now).await.unwrap());
    assert!(!links::consume(&mut c, &l.id, now).await.unwrap(), "single use");
    assert!(links::find_usable(&mut c, links::LinkKind::Invitation, "t1", now).await.unwrap().is_none());

    let t =
        api_tokens::create(&mut c, &u.id, "script", "th", now, None, weerbaar_core::token::Scope::Read).await.unwrap();
    assert_eq!(api_tokens::authenticate(&mut c, "th", now).await.unwrap().unwrap().user.id, u.id);
    let other = users::create(&mut c, &new_user("o@a.test")).await.unwrap();
    assert!(!api_tokens::revoke(&mut c, &other.id, &t.id, now).await.unwrap(), "only the owner revokes");
    assert!(api_tokens::revoke(&mut c, &u.id, &t.id, now).await.unwrap());
    assert!(api_tokens::authenticate(&mut c, "th", now).await.unwrap().is_none());
    // Scopes are kept; revoking all ends every live one of that person only.
    let w = api_tokens::create(&mut c, &u.id, "w", "th2", now, None, weerbaar_core::token::Scope::Write).await.unwrap();
    assert_eq!(
        api_tokens::authenticate(&mut c, "th2", now).await.unwrap().unwrap().scope,
        weerbaar_core::token::Scope::Write
    );
    let o =
        api_tokens::create(&mut c, &other.id, "o", "th3", now, None, weerbaar_core::token::Scope::Read).await.unwrap();
    assert_eq!(api_tokens::revoke_all(&mut c, &u.id, now).await.unwrap(), 1);
    assert!(api_tokens::authenticate(&mut c, "th2", now).await.unwrap().is_none());
    assert!(api_tokens::authenticate(&mut c, "th3", now).await.unwrap().is_some());
    assert_eq!(
        api_tokens::list(&mut c, &u.id).await.unwrap().iter().find(|x| x.id == w.id).unwrap().scope,
        weerbaar_core::token::Scope::Write
    );
    let _ = o;

    let j = jobs::enqueue(&mut c, "mail", &serde_json::json!({"to": "x"}), now).await.unwrap();
    let claimed = jobs::claim(&mut c, "w1", now, 60_000).await.unwrap().unwrap();
    assert_eq!(claimed.id, j);
    assert!(jobs::claim(&mut c, "w2", now, 60_000).await.unwrap().is_none(), "leased");
    jobs::failed(&mut c, &j, "smtp down", Some(now + 5), now).await.unwrap();
    assert!(jobs::claim(&mut c, "w2", now, 60_000).await.unwrap().is_none(), "not due yet");
    let again = jobs::claim(&mut c, "w2", now + 10, 60_000).await.unwrap().unwrap();
    assert_eq!(again.attempts, 2);
    jobs::complete(&mut c, &j, now + 11).await.unwrap();
    assert_eq!(jobs::pending(&mut c).await.unwrap(), 0);
});

db_test!(audit_log_is_append_only_and_filterable, |db| {
    let store = open(&db).await;
    let mut c = store.conn().await.unwrap();
    let org = orgs::create(&mut c, &profile("Audit")).await.unwrap();
    let other = orgs::create(&mut c, &profile("Other")).await.unwrap();
    for (who, action) in [
        ("a@x.test", AuditAction::SignIn),
        ("b@x.test", AuditAction::RoleChanged),
        ("a@x.test", AuditAction::OrgUpdated),
    ] {
        audit::append(
            &mut c,
            &NewAuditEntry::new(action, None, who).org(&org.id).change(None, Some(serde_json::json!({"k": 1}))),
        )
        .await
        .unwrap();
    }
    audit::append(&mut c, &NewAuditEntry::new(AuditAction::SignIn, None, "z@x.test").org(&other.id)).await.unwrap();
    let (all, total) =
        audit::list(&mut c, &org.id, &audit::AuditFilter { limit: 50, ..Default::default() }).await.unwrap();
    assert_eq!(total, 3);
    assert_eq!(all[0].action, "org_updated", "newest first");
    assert_eq!(all[0].after, Some(serde_json::json!({"k": 1})));
    let (mine, n) = audit::list(
        &mut c,
        &org.id,
        &audit::AuditFilter { actor: Some("A@X".into()), limit: 50, ..Default::default() },
    )
    .await
    .unwrap();
    assert_eq!((mine.len(), n), (2, 2));
    let (roles, _) = audit::list(
        &mut c,
        &org.id,
        &audit::AuditFilter { action: Some("role_changed".into()), limit: 50, ..Default::default() },
    )
    .await
    .unwrap();
    assert_eq!(roles.len(), 1);
    let (none, _) =
        audit::list(&mut c, &org.id, &audit::AuditFilter { actor: Some("%".into()), limit: 50, ..Default::default() })
            .await
            .unwrap();
    assert!(none.is_empty(), "wildcards are literal");

    // Neither UPDATE nor DELETE gets through, even with raw SQL.
    let upd = weerbaar_store::exec!(&mut c, |x| sqlx::query("UPDATE audit_log SET actor_label = 'someone else'")
        .execute(x)
        .await);
    assert!(upd.is_err());
    let del = weerbaar_store::exec!(&mut c, |x| sqlx::query("DELETE FROM audit_log").execute(x).await);
    assert!(del.is_err());
    let (still, _) =
        audit::list(&mut c, &org.id, &audit::AuditFilter { limit: 50, ..Default::default() }).await.unwrap();
    assert_eq!(still.len(), 3);
});

db_test!(backup_tables_match_schema, |db| {
    let store = open(&db).await;
    let mut c = store.conn().await.unwrap();
    let actual = table_columns(&mut c).await;
    let listed: Vec<(String, Vec<String>)> = backup::TABLES
        .iter()
        .map(|t| (t.name.to_string(), t.cols.iter().map(|(c, _)| c.to_string()).collect()))
        .collect();
    let mut listed_sorted = listed.clone();
    listed_sorted.sort();
    assert_eq!(listed_sorted, actual, "backup::TABLES must list every table and column of the schema");
});

async fn table_columns(c: &mut Conn) -> Vec<(String, Vec<String>)> {
    let sql = match c.backend() {
        Backend::Sqlite => {
            "SELECT m.name, p.name, p.cid FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name <> 'schema_migrations' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid"
        }
        Backend::Postgres => {
            "SELECT table_name::text, column_name::text, ordinal_position::bigint FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position"
        }
    };
    let rows: Vec<(String, String, i64)> = weerbaar_store::run!(c, |x| sqlx::query_as(sql).fetch_all(x).await).unwrap();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (t, col, _) in rows {
        match out.last_mut() {
            Some((name, cols)) if *name == t => cols.push(col),
            _ => out.push((t, vec![col])),
        }
    }
    out
}

/// Fills a store with a bit of everything, including a logo blob and booleans.
async fn fill(store: &Store) {
    let mut tx = store.begin().await.unwrap();
    let o = orgs::create(&mut tx, &profile("Gemeente Back-up")).await.unwrap();
    orgs::set_logo(&mut tx, &o.id, Some((&[0u8, 1, 2, 255, 10, 13], "image/png"))).await.unwrap();
    let mut u = new_user("b@backup.test");
    u.platform.reviewer = true;
    u.name = "Émile \"quote\" O'Brien\n✓".into();
    let u = users::create(&mut tx, &u).await.unwrap();
    members::add(&mut tx, &o.id, &u.id, OrgRole::Admin).await.unwrap();
    audit::append(
        &mut tx,
        &NewAuditEntry::new(AuditAction::OrgCreated, Some(u.id.clone()), "b@backup.test")
            .org(&o.id)
            .change(None, Some(serde_json::json!({"x": [1, 2]}))),
    )
    .await
    .unwrap();
    jobs::enqueue(&mut tx, "mail", &serde_json::json!({"to": "b@backup.test"}), 0).await.unwrap();
    let plan = weerbaar_content::bcp_template().unwrap().instantiate(
        "nl",
        weerbaar_core::org::OrgKind::Municipality,
        None,
        weerbaar_core::id::new_row_id,
    );
    bcp::insert(&mut tx, &o.id, &plan).await.unwrap();
    settings::set(&mut tx, "k", "v").await.unwrap();
    tx.commit().await.unwrap();
}

/// The data lines of a backup, sorted (databases may order text keys differently).
fn data_lines(bytes: &[u8]) -> Vec<String> {
    let s = String::from_utf8(bytes.to_vec()).unwrap();
    let mut lines: Vec<String> = s.lines().skip(1).filter(|l| !l.starts_with("{\"end\"")).map(String::from).collect();
    lines.sort();
    lines
}

async fn backup_bytes(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    backup::backup(store, &mut out, |_| {}).await.unwrap();
    out
}

async fn restore_bytes(store: &Store, bytes: &[u8]) -> backup::Summary {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let path = dir.path().join("b.jsonl");
    std::fs::write(&path, bytes).unwrap();
    backup::restore(store, &path, |_| {}).await.unwrap()
}

db_test!(backup_restores_exactly, |db| {
    let store = open(&db).await;
    fill(&store).await;
    let first = backup_bytes(&store).await;
    let summary = backup::verify(std::io::Cursor::new(&first)).unwrap();
    assert!(summary.total_rows() >= 6);

    let target = weerbaar_testkit::TestDb::sqlite().await;
    let t = Store::connect(&target.url, &ConnectOptions::default()).await.unwrap();
    restore_bytes(&t, &first).await;
    let second = backup_bytes(&t).await;
    assert_eq!(data_lines(&first), data_lines(&second));
    let mut c = t.conn().await.unwrap();
    let o = orgs::find_by_name(&mut c, "Gemeente Back-up").await.unwrap().unwrap();
    assert_eq!(orgs::logo(&mut c, &o.id).await.unwrap().unwrap().0, vec![0u8, 1, 2, 255, 10, 13]);
    assert!(users::by_email(&mut c, "b@backup.test").await.unwrap().unwrap().platform.reviewer);
    assert!(bcp::load(&mut c, &o.id).await.unwrap().unwrap().activities.len() >= 25, "plans come back too");
});

db_test!(restore_refuses_damaged_files_and_full_databases, |db| {
    let store = open(&db).await;
    fill(&store).await;
    let good = backup_bytes(&store).await;
    // Into a database that holds data: refused, nothing changes.
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let path = dir.path().join("b.jsonl");
    std::fs::write(&path, &good).unwrap();
    let err = backup::restore(&store, &path, |_| {}).await.unwrap_err();
    assert!(err.to_string().contains("empty database"), "{err}");

    let fresh = weerbaar_testkit::TestDb::sqlite().await;
    let f = Store::connect(&fresh.url, &ConnectOptions::default()).await.unwrap();
    let text = String::from_utf8(good.clone()).unwrap();
    for (bad, why) in [
        (text.replacen("Gemeente Back-up", "Gemeente Hacked", 1), "checksum"),
        (text.lines().take(3).collect::<Vec<_>>().join("\n") + "\n", "incomplete"),
        ("not json\n".to_string(), "JSON"),
        (String::new(), "empty"),
    ] {
        std::fs::write(&path, bad).unwrap();
        let err = backup::restore(&f, &path, |_| {}).await.unwrap_err();
        assert!(err.to_string().contains(why), "{why}: {err}");
        assert!(backup::is_empty(&f).await.unwrap());
    }
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/with-postgres cargo nextest run --run-ignored all"]
async fn backup_moves_between_sqlite_and_postgres() {
    let pg = weerbaar_testkit::TestDb::postgres().await;
    let lite = weerbaar_testkit::TestDb::sqlite().await;
    let from = open(&lite).await;
    fill(&from).await;
    let a = backup_bytes(&from).await;
    let to = Store::connect(&pg.url, &ConnectOptions::default()).await.unwrap();
    restore_bytes(&to, &a).await;
    let b = backup_bytes(&to).await;
    assert_eq!(data_lines(&a), data_lines(&b));
    let back = weerbaar_testkit::TestDb::sqlite().await;
    let back_store = Store::connect(&back.url, &ConnectOptions::default()).await.unwrap();
    restore_bytes(&back_store, &b).await;
    assert_eq!(data_lines(&a), data_lines(&backup_bytes(&back_store).await));
}

db_test!(demo_seed_is_idempotent_and_refuses_real_data, |db| {
    let store = open(&db).await;
    assert_eq!(demo::seed(&store).await.unwrap(), demo::Seeded::Created);
    assert_eq!(demo::seed(&store).await.unwrap(), demo::Seeded::AlreadyDemo);
    let mut c = store.conn().await.unwrap();
    let ict = users::by_email(&mut c, "ict@regio.test").await.unwrap().unwrap();
    assert_eq!(members::of_user(&mut c, &ict.id).await.unwrap().len(), 2);
    let cred = users::credentials(&mut c, "admin@voorbeeld.test").await.unwrap().unwrap();
    assert!(weerbaar_core::account::verify_password(demo::PASSWORD, cred.password_hash.as_deref().unwrap()));

    let real = weerbaar_testkit::TestDb::sqlite().await;
    let r = open(&real).await;
    let mut c = r.conn().await.unwrap();
    users::create(&mut c, &new_user("real@gemeente.test")).await.unwrap();
    assert!(matches!(demo::seed(&r).await, Err(StoreError::DemoRefused(_))));
});

/// A backup as the schema before the plan's core revision wrote it: bcp_plans rows
/// without their last column, the header claiming `schema_version`, a valid checksum.
fn without_core_rev(bytes: &[u8], schema_version: i64) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let mut lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut end = lines.pop().unwrap();
    lines[0]["schema_version"] = serde_json::json!(schema_version);
    for l in lines.iter_mut().filter(|l| l["table"] == "bcp_plans") {
        l["row"].as_array_mut().unwrap().pop();
    }
    // Before schema 8 paper was kept as data.
    for l in lines.iter_mut().filter(|l| l["table"] == "bcp_resources" && l["row"][5] == "paper") {
        l["row"][5] = serde_json::json!("data");
    }
    let mut out = String::new();
    let mut h = Sha256::new();
    for l in &lines {
        let line = format!("{l}\n");
        h.update(line.as_bytes());
        out.push_str(&line);
    }
    end["end"]["sha256"] = serde_json::json!(hex::encode(h.finalize()));
    out.push_str(&format!("{end}\n"));
    out.into_bytes()
}

db_test!(backup_from_the_previous_schema_restores, |db| {
    let store = open(&db).await;
    fill(&store).await;
    let current = backup_bytes(&store).await;
    let target = weerbaar_testkit::TestDb::sqlite().await;
    let t = Store::connect(&target.url, &ConnectOptions::default()).await.unwrap();
    let summary = restore_bytes(&t, &without_core_rev(&current, 2)).await;
    assert_eq!(summary.schema_version, 2);
    let mut c = t.conn().await.unwrap();
    assert_eq!(migrate::current_version(&mut c).await.unwrap(), migrate::latest_version());
    let o = orgs::find_by_name(&mut c, "Gemeente Back-up").await.unwrap().unwrap();
    let plan = bcp::load(&mut c, &o.id).await.unwrap().unwrap();
    assert!(plan.activities.len() >= 25);
    let register = plan.resources.iter().find(|r| r.template_key.as_deref() == Some("paper-registers")).unwrap();
    assert_eq!(register.kind, weerbaar_core::bcp::model::ResourceKind::Paper, "the upgrade made it paper");

    // The same shortened rows in a backup that claims the current schema are damage.
    let fresh = weerbaar_testkit::TestDb::sqlite().await;
    let f = Store::connect(&fresh.url, &ConnectOptions::default()).await.unwrap();
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let path = dir.path().join("b.jsonl");
    std::fs::write(&path, without_core_rev(&current, migrate::latest_version())).unwrap();
    let err = backup::restore(&f, &path, |_| {}).await.unwrap_err();
    assert!(err.to_string().contains("values for"), "{err}");
    assert!(backup::is_empty(&f).await.unwrap());
});

db_test!(plan_core_read_twice_sees_every_change_from_any_process, |db| {
    let a = open(&db).await;
    fill(&a).await;
    // A second server on the same database.
    let b = Store::connect(&db.url, &ConnectOptions::default()).await.unwrap();
    let mut ca = a.conn().await.unwrap();
    let o = orgs::find_by_name(&mut ca, "Gemeente Back-up").await.unwrap().unwrap();
    let first = bcp::load_core(&mut ca, &o.id).await.unwrap().unwrap();
    let again = bcp::load_core(&mut ca, &o.id).await.unwrap().unwrap();
    assert_eq!(first.activities, again.activities);

    let mut act = first.activities[0].clone();
    act.name = "Renamed elsewhere".into();
    let mut tx = b.begin().await.unwrap();
    bcp::update_activity(&mut tx, &o.id, &act).await.unwrap();
    tx.commit().await.unwrap();
    let after = bcp::load_core(&mut ca, &o.id).await.unwrap().unwrap();
    assert_eq!(after.activities[0].name, "Renamed elsewhere");

    let r = after.resources[0].id.clone();
    let mut tx = b.begin().await.unwrap();
    bcp::set_activity_resources(&mut tx, &o.id, &act.id, std::slice::from_ref(&r)).await.unwrap();
    tx.commit().await.unwrap();
    let after = bcp::load_core(&mut ca, &o.id).await.unwrap().unwrap();
    let linked: Vec<&str> =
        after.activity_resources.iter().filter(|(x, _)| *x == act.id).map(|(_, y)| y.as_str()).collect();
    assert_eq!(linked, vec![r.as_str()]);

    // A header change shows with the cached parts.
    let mut tx = b.begin().await.unwrap();
    bcp::set_status(&mut tx, &o.id, weerbaar_core::bcp::model::PlanStatus::Submitted, None).await.unwrap();
    tx.commit().await.unwrap();
    let shared = bcp::core_plan(&mut ca, &o.id).await.unwrap().unwrap();
    assert_eq!(shared.header.status, weerbaar_core::bcp::model::PlanStatus::Submitted);
    assert_eq!(shared.activities[0].name, "Renamed elsewhere");

    // A change rolled back leaves the cache as it was.
    let mut tx = b.begin().await.unwrap();
    bcp::delete_resource(&mut tx, &o.id, &r).await.unwrap();
    let inside = bcp::load_core(&mut tx, &o.id).await.unwrap().unwrap();
    assert!(inside.resource(&r).is_none());
    tx.rollback().await.unwrap();
    assert!(bcp::load_core(&mut ca, &o.id).await.unwrap().unwrap().resource(&r).is_some());
});

db_test!(shipped_resources_load_once_and_never_overwrite_local_edits, |db| {
    use weerbaar_store::catalogue::{self, ShippedItem};
    let store = open(&db).await;
    let shipped = weerbaar_content::resources().unwrap();
    let files = weerbaar_content::resource_files();
    let sync = |res: Vec<weerbaar_core::catalogue::load::Shipped>| {
        let store = store.clone();
        let files = files.clone();
        async move {
            let list: Vec<ShippedItem<'_>> = res
                .iter()
                .map(|r| ShippedItem { resource: r, attachments: catalogue::attachments_of(&r.slug, &files) })
                .collect();
            let mut tx = store.begin().await.unwrap();
            let r = catalogue::sync_shipped(&mut tx, &list).await.unwrap();
            tx.commit().await.unwrap();
            r
        }
    };
    let first = catalogue::sync_embedded(&store).await.unwrap();
    assert_eq!(first.added, shipped.len());
    let again = sync(shipped.clone()).await;
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, shipped.len()), "idempotent");

    // A new release changes two resources; one of them was edited here.
    let mut next = shipped.clone();
    let lang = weerbaar_core::catalogue::ContentLang::Nl;
    next[0].texts.get_mut(&lang).unwrap().title = "Nieuwe titel".into();
    next[1].texts.get_mut(&lang).unwrap().title = "Ook nieuw".into();
    let mut c = store.conn().await.unwrap();
    assert_eq!(catalogue::mark_edited(&mut c, &shipped[1].slug).await.unwrap(), 1);
    drop(c);
    let r = sync(next).await;
    assert_eq!((r.updated, r.held_back, r.unchanged), (1, 1, shipped.len() - 2));
    let mut c = store.conn().await.unwrap();
    assert_eq!(catalogue::title(&mut c, &shipped[0].slug, "nl").await.unwrap().as_deref(), Some("Nieuwe titel"));
    assert_eq!(
        catalogue::title(&mut c, &shipped[1].slug, "nl").await.unwrap(),
        Some(shipped[1].texts[&lang].title.clone()),
        "a local edit is never overwritten"
    );
    let (published, versions, waiting) = catalogue::counts(&mut c).await.unwrap();
    assert_eq!(published as usize, shipped.len());
    assert_eq!(versions as usize, shipped.len() + 1, "every published version is kept");
    assert_eq!(waiting, 1, "the editor sees an update available");

    // Readers see the release for the first, the local version for the second.
    let title_of = |p: &[weerbaar_core::catalogue::Published], slug: &str| {
        p.iter().find(|x| x.slug == slug).unwrap().texts[&lang].title.clone()
    };
    let public = catalogue::published(&mut c).await.unwrap();
    assert_eq!(public.len(), shipped.len());
    assert_eq!(title_of(&public, &shipped[0].slug), "Nieuwe titel");
    assert_eq!(title_of(&public, &shipped[1].slug), shipped[1].texts[&lang].title);
    // The editor takes the release: it is published as a new version.
    let id = weerbaar_store::editorial::get(&mut c, &shipped[1].slug).await.unwrap().unwrap().id;
    let rev = catalogue::rev(&mut c).await.unwrap();
    assert!(weerbaar_store::editorial::take_update(&mut c, &id, "Tessa Taskforce").await.unwrap());
    assert_ne!(catalogue::rev(&mut c).await.unwrap(), rev, "readers' caches notice");
    let public = catalogue::published(&mut c).await.unwrap();
    assert_eq!(title_of(&public, &shipped[1].slug), "Ook nieuw");
    assert!(!weerbaar_store::editorial::take_update(&mut c, &id, "x").await.unwrap(), "nothing waits any more");
    let w = weerbaar_store::editorial::get(&mut c, &shipped[1].slug).await.unwrap().unwrap();
    assert!(!w.locally_edited);
    assert_eq!(weerbaar_store::editorial::versions(&mut c, &id).await.unwrap().len(), 2);
});

db_test!(editorial_drafts_versions_comments_and_adoption, |db| {
    use weerbaar_core::catalogue::adoption::{self, AdoptionStatus};
    use weerbaar_core::catalogue::edit::{Form, TextForm, check};
    use weerbaar_core::catalogue::{ContentLang, Status};
    use weerbaar_store::{adoption as adopt, catalogue, editorial};
    let store = open(&db).await;
    catalogue::sync_embedded(&store).await.unwrap();
    let mut c = store.conn().await.unwrap();
    let mut f = Form {
        kind: "guide".into(),
        audiences: vec!["it".into()],
        topics: vec!["backups".into()],
        level: "starter".into(),
        ..Default::default()
    };
    f.texts.insert(
        ContentLang::Nl,
        TextForm {
            title: "Nieuwe leidraad".into(),
            summary: "Kort.".into(),
            body: "Tekst.".into(),
            ..Default::default()
        },
    );
    let today = weerbaar_core::today();
    let checked = check(&f, today, |_| true).unwrap();
    let slug = editorial::create(&mut c, None, "nieuwe-leidraad", &checked, "Tessa").await.unwrap();
    assert_eq!(slug, "nieuwe-leidraad");
    let again = editorial::create(&mut c, None, "nieuwe-leidraad", &checked, "Tessa").await.unwrap();
    assert_eq!(again, "nieuwe-leidraad-2", "slugs stay unique");
    let published = catalogue::published(&mut c).await.unwrap();
    assert!(published.iter().all(|p| p.slug != slug), "a draft is not public");

    let w = editorial::get(&mut c, &slug).await.unwrap().unwrap();
    assert_eq!((w.status, w.version), (Status::Draft, 1));
    f.texts.get_mut(&ContentLang::Nl).unwrap().title = "Betere titel".into();
    let checked2 = check(&f, today, |_| true).unwrap();
    editorial::update(&mut c, &w, &checked2, 1).await.unwrap();
    assert!(
        matches!(editorial::update(&mut c, &w, &checked, 1).await, Err(weerbaar_store::StoreError::Conflict)),
        "a stale version never overwrites"
    );
    editorial::add_comment(&mut c, &w.id, Status::Draft, (None, "Tessa"), "Klaar voor review").await.unwrap();
    editorial::set_status(&mut c, &w.id, Status::InReview, 2).await.unwrap();
    editorial::set_status(&mut c, &w.id, Status::Evaluation, 3).await.unwrap();
    let label = editorial::snapshot(&mut c, &w.id, "Eerste versie", "Ada Admin").await.unwrap();
    assert_eq!(label, "1.0");
    let p = catalogue::published(&mut c).await.unwrap();
    let mine = p.iter().find(|p| p.slug == slug).expect("published");
    assert_eq!(mine.texts[&ContentLang::Nl].title, "Betere titel");
    assert_eq!(mine.meta.version, "1.0");
    let comments = editorial::comments(&mut c, &w.id).await.unwrap();
    assert_eq!(comments[0].body, "Klaar voor review");

    // A second version; both are kept and readable.
    let w = editorial::get(&mut c, &slug).await.unwrap().unwrap();
    f.texts.get_mut(&ContentLang::Nl).unwrap().body = "Tekst, bijgewerkt.".into();
    editorial::update(&mut c, &w, &check(&f, today, |_| true).unwrap(), w.version).await.unwrap();
    assert_eq!(
        catalogue::published(&mut c).await.unwrap().iter().find(|p| p.slug == slug).unwrap().texts[&ContentLang::Nl]
            .body,
        "Tekst.",
        "editing the working copy leaves the published version alone"
    );
    editorial::snapshot(&mut c, &w.id, "Bijgewerkt", "Ada Admin").await.unwrap();
    let vs = editorial::versions(&mut c, &w.id).await.unwrap();
    assert_eq!(vs.iter().map(|v| v.label.as_str()).collect::<Vec<_>>(), vec!["1.1", "1.0"]);
    assert_eq!(vs[1].document.texts[&ContentLang::Nl].body, "Tekst.");

    // Archived: gone for readers.
    let w = editorial::get(&mut c, &slug).await.unwrap().unwrap();
    editorial::set_status(&mut c, &w.id, Status::Archived, w.version).await.unwrap();
    assert!(catalogue::published(&mut c).await.unwrap().iter().all(|p| p.slug != slug));

    // Adoption, with optimistic versions.
    let org = weerbaar_store::orgs::create(
        &mut c,
        &weerbaar_core::org::OrgProfile {
            name: "Gemeente Test".into(),
            kind: weerbaar_core::org::OrgKind::Municipality,
            nis_code: None,
            brand_colour: None,
            require_mfa: false,
        },
    )
    .await
    .unwrap();
    let a = adoption::parse("in_progress", "IT", "2027-01-31", "Offerte").unwrap();
    let r = adopt::save(&mut c, &org.id, &w.id, &a, 0, "Ada").await.unwrap();
    assert_eq!(r.version, 1);
    assert!(matches!(
        adopt::save(&mut c, &org.id, &w.id, &a, 0, "Bob").await,
        Err(weerbaar_store::StoreError::Conflict)
    ));
    let done = adoption::parse("done", "IT", "", "").unwrap();
    let r = adopt::save(&mut c, &org.id, &w.id, &done, 1, "Ada").await.unwrap();
    assert_eq!((r.version, r.adoption.status), (2, AdoptionStatus::Done));
    assert_eq!(adopt::list(&mut c, &org.id).await.unwrap().len(), 1);

    // Private resources are published at once and deleted only by their organisation.
    let p = editorial::create(&mut c, Some(&org.id), "eigen-afspraken", &checked, "Ada").await.unwrap();
    let public = catalogue::published(&mut c).await.unwrap();
    let mine = public.iter().find(|x| x.slug == p).unwrap();
    assert_eq!(mine.owner.as_deref(), Some(org.id.as_str()));
    let other = weerbaar_core::OrgId::new();
    assert!(!editorial::delete_private(&mut c, &other, &p).await.unwrap());
    assert!(editorial::delete_private(&mut c, &org.id, &p).await.unwrap());
});

db_test!(one_person_taking_a_pack_twice_at_once_is_one_row, |db| {
    let store = open(&db).await;
    fill(&store).await;
    let (org, user) = {
        let mut c = store.conn().await.unwrap();
        let o = orgs::find_by_name(&mut c, "Gemeente Back-up").await.unwrap().unwrap();
        let u = users::by_email(&mut c, "b@backup.test").await.unwrap().unwrap();
        (o.id, u.id)
    };
    // Eight downloads by the same person at the same moment: each records, none fails.
    let mut tasks = Vec::new();
    for i in 0..8i64 {
        let (store, org, user) = (store.clone(), org.clone(), user.clone());
        tasks.push(tokio::spawn(async move {
            let mut tx = store.begin().await?;
            bcp::record_download(&mut tx, &org, &user, "fp", &format!("sha{i}"), 1_000 + i).await?;
            tx.commit().await
        }));
    }
    for t in tasks {
        t.await.unwrap().expect("a concurrent download is recorded, not refused");
    }
    let mut c = store.conn().await.unwrap();
    assert_eq!(bcp::downloads(&mut c, &org).await.unwrap().len(), 1, "the latest only");
});
