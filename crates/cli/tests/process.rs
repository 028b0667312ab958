//! The binary as an operator uses it: durability under SIGKILL, backups while serving,
//! two servers on one PostgreSQL, graceful shutdown, and the administration commands.

mod common;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Server, login, org_id, run, target_for, text};
use weerbaar_testkit::{TestDb, db_test};

/// Invites `email-N@burst.test` as fast as it can; returns the addresses the server acknowledged.
fn burst(
    c: Arc<common::Client>,
    org: String,
    prefix: String,
    acked: Arc<Mutex<Vec<String>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
) -> Vec<tokio::task::JoinHandle<()>> {
    (0..4)
        .map(|w| {
            let (c, org, prefix, acked, stop) = (c.clone(), org.clone(), prefix.clone(), acked.clone(), stop.clone());
            tokio::spawn(async move {
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    let email = format!("{prefix}-{w}-{i}@burst.test");
                    i += 1;
                    let tok = c.csrf().await;
                    let r = c
                        .http
                        .post(c.url(&format!("/api/v1/organisations/{org}/invitations")))
                        .header("x-csrf-token", tok)
                        .json(&serde_json::json!({"email": email, "role": "viewer"}))
                        .send()
                        .await;
                    match r {
                        Ok(r) if r.status().as_u16() == 201 => acked.lock().unwrap().push(email),
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
            })
        })
        .collect()
}

async fn pending_emails(c: &common::Client, org: &str) -> BTreeSet<String> {
    let list = c.get(&format!("/api/v1/organisations/{org}/invitations")).await.json();
    list.as_array().unwrap().iter().map(|i| i["email"].as_str().unwrap().to_string()).collect()
}

db_test!(sigkill_during_writes_loses_nothing_acknowledged, |db| {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let t = target_for(&db, dir.path());
    let mut s = Server::start(&t, &["--demo"]);
    let c = Arc::new(s.client());
    login(&c, "admin@voorbeeld.test").await;
    let org = org_id(&c, "Gemeente Voorbeeld").await;
    let acked = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let workers = burst(c.clone(), org.clone(), "kill".into(), acked.clone(), stop.clone());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    s.kill9();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for w in workers {
        let _ = w.await;
    }
    let acked: Vec<String> = acked.lock().unwrap().clone();
    assert!(acked.len() > 10, "the burst wrote something ({})", acked.len());

    let s2 = Server::start(&t, &["--demo"]);
    let c2 = s2.client();
    login(&c2, "admin@voorbeeld.test").await;
    let found = pending_emails(&c2, &org).await;
    let missing: Vec<&String> = acked.iter().filter(|e| !found.contains(*e)).collect();
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged writes lost: {:?}",
        missing.len(),
        acked.len(),
        &missing[..missing.len().min(5)]
    );
});

db_test!(backup_while_writing_restores_everything_acknowledged_before, |db| {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let t = target_for(&db, dir.path());
    let s = Server::start(&t, &["--demo"]);
    let c = Arc::new(s.client());
    login(&c, "admin@voorbeeld.test").await;
    let org = org_id(&c, "Gemeente Voorbeeld").await;
    let acked = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let workers = burst(c.clone(), org.clone(), "backup".into(), acked.clone(), stop.clone());
    tokio::time::sleep(Duration::from_millis(800)).await;
    let before: Vec<String> = acked.lock().unwrap().clone();
    let file = dir.path().join("backup.jsonl");
    let mut args: Vec<String> = vec!["backup".into(), file.display().to_string()];
    args.extend(t.args());
    let out = tokio::task::spawn_blocking(move || run(&args.iter().map(String::as_str).collect::<Vec<_>>(), &[], None))
        .await
        .unwrap();
    assert!(out.status.success(), "backup failed: {}", text(&out));
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    for w in workers {
        let _ = w.await;
    }
    assert!(before.len() > 5, "writes were going on ({})", before.len());

    // Restore into a new database of the same kind; it must pass the integrity check.
    let fresh = match db.kind {
        weerbaar_testkit::Kind::Sqlite => TestDb::sqlite().await,
        weerbaar_testkit::Kind::Postgres => TestDb::postgres().await,
    };
    let dir2 = weerbaar_testkit::tempfile::tempdir().unwrap();
    let t2 = target_for(&fresh, dir2.path());
    let mut args: Vec<String> = vec!["restore".into(), file.display().to_string()];
    args.extend(t2.args());
    let out = run(&args.iter().map(String::as_str).collect::<Vec<_>>(), &[], None);
    assert!(out.status.success(), "restore failed: {}", text(&out));
    assert!(text(&out).contains("integrity check"), "{}", text(&out));
    let s2 = Server::start(&t2, &["--demo"]);
    let c2 = s2.client();
    login(&c2, "admin@voorbeeld.test").await;
    let found = pending_emails(&c2, &org).await;
    let missing: Vec<&String> = before.iter().filter(|e| !found.contains(*e)).collect();
    assert!(missing.is_empty(), "{} acknowledged-before-backup rows missing", missing.len());
    // Restoring again into a database that now holds data is refused.
    let out = run(&args.iter().map(String::as_str).collect::<Vec<_>>(), &[], None);
    assert!(!out.status.success());
    assert!(text(&out).contains("empty database"), "{}", text(&out));
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: scripts/with-postgres cargo nextest run --run-ignored all"]
async fn two_servers_on_one_postgres_share_sessions() {
    let db = TestDb::postgres().await;
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let t = target_for(&db, dir.path());
    let a = Server::start(&t, &["--demo"]);
    let b = Server::start(&t, &["--demo"]);
    let ca = a.client();
    login(&ca, "admin@voorbeeld.test").await;
    assert_eq!(ca.get("/account").await.status, 200);
    // Sign in on A with a plain client and carry the session cookie to B.
    let session = {
        let raw = {
            weerbaar_testkit::http::install_tls();
            reqwest::Client::builder()
        }
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
        let login_page = raw.get(format!("{}/login", a.url)).send().await.unwrap().text().await.unwrap();
        let tok = weerbaar_testkit::http::csrf_of(&login_page).unwrap();
        let r = raw
            .post(format!("{}/login", a.url))
            .form(&[("_csrf", tok.as_str()), ("email", "editor@voorbeeld.test"), ("password", "weerbaar-demo")])
            .send()
            .await
            .unwrap();
        let sc = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .find(|c| c.starts_with("wb_session="))
            .unwrap();
        sc.split(';').next().unwrap().to_string()
    };
    let on_b = {
        weerbaar_testkit::http::install_tls();
        reqwest::Client::builder()
    }
    .redirect(reqwest::redirect::Policy::none())
    .build()
    .unwrap();
    let r = on_b.get(format!("{}/api/v1/me", b.url)).header("cookie", &session).send().await.unwrap();
    assert_eq!(r.status(), 200, "a session made on A works on B");
    let me: serde_json::Value = r.json().await.unwrap();
    assert_eq!(me["email"], "editor@voorbeeld.test");
    // Signing out on B ends it on A too.
    let page =
        on_b.get(format!("{}/account", b.url)).header("cookie", &session).send().await.unwrap().text().await.unwrap();
    let tok = weerbaar_testkit::http::csrf_of(&page).unwrap();
    let r = on_b
        .post(format!("{}/logout", b.url))
        .header("cookie", &session)
        .form(&[("_csrf", tok.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let on_a = {
        weerbaar_testkit::http::install_tls();
        reqwest::Client::builder()
    }
    .redirect(reqwest::redirect::Policy::none())
    .build()
    .unwrap();
    let r = on_a.get(format!("{}/api/v1/me", a.url)).header("cookie", &session).send().await.unwrap();
    assert_eq!(r.status(), 401);
    // Throttling is shared as well: failures on A block on B.
    let ca2 = a.client();
    for _ in 0..6 {
        ca2.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", "wrong")]).await;
    }
    let cb = b.client();
    let r = cb.post_form("/login", &[("email", "viewer@voorbeeld.test"), ("password", "weerbaar-demo")]).await;
    assert_eq!(r.status, 429);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_requests_in_flight() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let t = common::Target { dir: dir.path().to_path_buf(), database_url: None };
    let mut s = Server::start(&t, &["--demo"]);
    let addr = s.url.trim_start_matches("http://").to_string();
    let mut sock = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let body = "email=a%40b.test&password=x";
    sock.write_all(format!("POST /login HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).as_bytes()).await.unwrap();
    sock.write_all(&body.as_bytes()[..5]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pid = s.child.id().to_string();
    std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    sock.write_all(&body.as_bytes()[5..]).await.unwrap();
    let mut resp = String::new();
    sock.read_to_string(&mut resp).await.unwrap();
    assert!(resp.starts_with("HTTP/1.1 403"), "the request in flight got its answer (no CSRF token, so 403): {resp}");
    let status = s.child.wait().unwrap();
    assert!(status.success(), "clean exit: {status:?}\n{}", s.log_text());
    // New connections are refused after the stop.
    assert!(std::net::TcpStream::connect(&addr).is_err());
}

#[test]
fn help_is_in_english_and_lists_every_command() {
    let out = run(&["--help"], &[], None);
    let t = text(&out);
    for c in
        ["serve", "migrate", "load-content", "org", "user", "backup", "restore", "export", "findings", "frameworks"]
    {
        assert!(t.contains(c), "{c} missing from --help");
    }
    let t = text(&run(&["serve", "--help"], &[], None));
    for f in ["--listen", "--data-dir", "--database-url", "--demo"] {
        assert!(t.contains(f), "{f} missing from serve --help");
    }
    let t = text(&run(&["user", "--help"], &[], None));
    for c in ["add", "list", "set-password", "disable"] {
        assert!(t.contains(c));
    }
}

#[test]
fn administration_commands() {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let env = [("WEERBAAR_DATA_DIR", d.as_str())];
    let out = run(&["migrate"], &env, None);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("applied migration 1"));
    assert!(text(&run(&["migrate"], &env, None)).contains("up to date"));
    let out = run(&["load-content"], &env, None);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("added, 0 updated, 0 unchanged"), "{}", text(&out));
    assert!(
        text(&run(&["load-content"], &env, None)).contains(" 0 added, 0 updated"),
        "the second load changes nothing"
    );

    let out = run(
        &["org", "add", "--name", "Gemeente Testdorp", "--kind", "municipality", "--brand-colour", "#ffff00"],
        &env,
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("brand-colour: This colour is too light"), "{}", text(&out));
    let out = run(
        &["org", "add", "--name", "Gemeente Testdorp", "--kind", "municipality", "--nis-code", "12345"],
        &env,
        None,
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = run(&["org", "add", "--name", "gemeente testdorp"], &env, None);
    assert!(text(&out).contains("already exists"));
    assert!(text(&run(&["org", "list"], &env, None)).contains("Gemeente Testdorp"));

    let out = run(
        &[
            "user",
            "add",
            "--email",
            "an@testdorp.test",
            "--name",
            "An",
            "--org",
            "Gemeente Testdorp",
            "--role",
            "admin",
            "--password-stdin",
        ],
        &env,
        Some("Welkom2020!!!\n"),
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("password: This password is too easy to guess"), "{}", text(&out));
    let out = run(
        &[
            "user",
            "add",
            "--email",
            "An@Testdorp.test",
            "--name",
            "An",
            "--org",
            "Gemeente Testdorp",
            "--role",
            "admin",
            "--password-stdin",
        ],
        &env,
        Some("rustige avond aan de vaart\n"),
    );
    assert!(out.status.success(), "{}", text(&out));
    let out = run(&["user", "add", "--email", "bo@testdorp.test", "--name", "Bo", "--platform-admin"], &env, None);
    assert!(text(&out).contains("/password/reset/"), "a link to choose a password: {}", text(&out));
    let list = text(&run(&["user", "list"], &env, None));
    assert!(list.contains("an@testdorp.test") && list.contains("Gemeente Testdorp=admin"), "{list}");
    assert!(list.contains("platform-admin"));
    assert!(
        run(
            &["user", "set-password", "--email", "an@testdorp.test", "--password-stdin"],
            &env,
            Some("nog een rustige avond aan de vaart\n")
        )
        .status
        .success()
    );
    let out = run(&["user", "disable", "--email", "an@testdorp.test"], &env, None);
    assert!(out.status.success());
    assert!(text(&run(&["user", "list"], &env, None)).contains("(disabled)"));
    assert!(!run(&["user", "disable", "--email", "nobody@testdorp.test"], &env, None).status.success());

    // A database with real data refuses demo mode.
    let port = common::free_port().to_string();
    let out = run(&["serve", "--demo", "--listen", &format!("127.0.0.1:{port}")], &env, None);
    assert!(!out.status.success());
    assert!(text(&out).contains("demo mode needs a new database"), "{}", text(&out));
}

#[test]
fn configuration_errors_are_clear() {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let cfg = dir.path().join("weerbaar.toml");
    std::fs::write(&cfg, "listen = 8080\n").unwrap();
    let c = cfg.display().to_string();
    let out = run(&["--config", &c, "org", "list"], &[], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("configuration file"), "{}", text(&out));
    let out = run(&["serve", "--listen", "nowhere"], &[], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("--listen"));
    // Environment beats the file; the flag beats the environment.
    std::fs::write(&cfg, format!("data_dir = \"{}\"\n", dir.path().join("from-file").display())).unwrap();
    let env_dir = dir.path().join("from-env").display().to_string();
    let flag_dir = dir.path().join("from-flag").display().to_string();
    assert!(run(&["--config", &c, "migrate"], &[], None).status.success());
    assert!(dir.path().join("from-file/weerbaar.db").exists());
    assert!(run(&["--config", &c, "migrate"], &[("WEERBAAR_DATA_DIR", env_dir.as_str())], None).status.success());
    assert!(dir.path().join("from-env/weerbaar.db").exists());
    assert!(
        run(&["--config", &c, "--data-dir", &flag_dir, "migrate"], &[("WEERBAAR_DATA_DIR", env_dir.as_str())], None)
            .status
            .success()
    );
    assert!(dir.path().join("from-flag/weerbaar.db").exists());
}

#[test]
fn an_unknown_schema_version_stops_start_up() {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let env = [("WEERBAAR_DATA_DIR", d.as_str())];
    assert!(run(&["migrate"], &env, None).status.success());
    let db = dir.path().join("weerbaar.db");
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store =
            weerbaar_store::Store::connect(&format!("sqlite://{}", db.display()), &Default::default()).await.unwrap();
        let mut tx = store.begin().await.unwrap();
        weerbaar_store::exec!(&mut tx, |c| sqlx::query(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (99, 'future', 'x', 0)"
        )
        .execute(c)
        .await)
        .unwrap();
        tx.commit().await.unwrap();
        store.close().await;
    });
    let port = common::free_port().to_string();
    let out = run(&["serve", "--listen", &format!("127.0.0.1:{port}")], &env, None);
    assert!(!out.status.success());
    assert!(text(&out).contains("schema version 99"), "{}", text(&out));
}

#[tokio::test]
async fn export_writes_documents_and_the_grab_pack() {
    let dir = weerbaar_testkit::tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("weerbaar.db").display());
    let store = weerbaar_store::open(&url, &weerbaar_store::ConnectOptions::default()).await.unwrap();
    weerbaar_store::demo::seed(&store).await.unwrap();
    drop(store);
    let d = dir.path().display().to_string();
    let out_dir = dir.path().join("out");
    let out = out_dir.display().to_string();
    let env = [("WEERBAAR_DATA_DIR", d.as_str())];

    let r = run(
        &["export", "--org", "Gemeente Voorbeeld", "--format", "md", "--doc", "contacts", "--out", &out],
        &env,
        None,
    );
    assert!(r.status.success(), "{}", text(&r));
    let md = std::fs::read_to_string(out_dir.join("crisiscontacten-en-belboom-gemeente-voorbeeld-1-0.md")).unwrap();
    assert!(md.starts_with("# Crisiscontacten en belboom"));
    let r = run(
        &[
            "export",
            "--org",
            "Gemeente Voorbeeld",
            "--format",
            "pdf",
            "--doc",
            "wallet-card",
            "--lang",
            "en",
            "--out",
            &out,
        ],
        &env,
        None,
    );
    assert!(r.status.success(), "{}", text(&r));
    let pdf = std::fs::read(out_dir.join("crisis-contacts-wallet-card-gemeente-voorbeeld-1-0.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));

    let r = run(&["export", "--org", "Gemeente Anderdorp", "--out", &out], &env, None);
    assert!(r.status.success(), "{}", text(&r));
    let zip = text(&r).trim().to_string();
    assert!(zip.ends_with(".zip") && zip.contains("noodpakket-gemeente-anderdorp"), "{zip}");
    assert!(std::fs::metadata(&zip).unwrap().len() > 10_000);
    assert!(std::fs::read_dir(&out_dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".part")));

    // Mistakes: a clear sentence, a failing exit code, no file.
    for (args, msg) in [
        (vec!["export", "--org", "Gemeente Nergens", "--out", &out], "no organisation with id or name"),
        (vec!["export", "--org", "Gemeente Voorbeeld", "--format", "exe", "--out", &out], "unknown format"),
        (
            vec!["export", "--org", "Gemeente Voorbeeld", "--format", "pdf", "--doc", "x", "--out", &out],
            "unknown document",
        ),
        (vec!["export", "--org", "Gemeente Voorbeeld", "--lang", "de", "--out", &out], "unknown language"),
    ] {
        let r = run(&args, &env, None);
        assert!(!r.status.success(), "{args:?}");
        assert!(text(&r).contains(msg), "{args:?}: {}", text(&r));
    }
}
