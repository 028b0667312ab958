//! A whole Weerbaar server on a free loopback port, with demo data and a loopback SMTP
//! sink, plus an HTTP client that keeps cookies and knows the CSRF token.
#![allow(dead_code, unused_imports)]

use std::net::SocketAddr;

use tokio::sync::watch;
use weerbaar_store::{ConnectOptions, Store};
use weerbaar_testkit::TestDb;
pub use weerbaar_testkit::http::{Client, Resp};
use weerbaar_testkit::smtp::SmtpSink;
use weerbaar_web::{AppState, RouteInfo, WebConfig};

pub const PASSWORD: &str = "weerbaar-demo";

pub struct TestServer {
    pub url: String,
    /// The separate listener of `/metrics`.
    pub metrics_url: String,
    pub state: AppState,
    pub routes: Vec<RouteInfo>,
    pub smtp: SmtpSink,
    pub db: TestDb,
    stop: watch::Sender<bool>,
}

impl TestServer {
    pub async fn start(db: TestDb) -> TestServer {
        let store = weerbaar_store::open(&db.url, &ConnectOptions::default()).await.expect("open store");
        weerbaar_store::demo::seed(&store).await.expect("demo data");
        Self::start_with(db, store).await
    }

    pub async fn start_with(db: TestDb, store: Store) -> TestServer {
        Self::start_configured(db, store, |_| {}).await
    }

    /// With demo data and settings changed by `configure`.
    pub async fn start_with_config(db: TestDb, configure: impl FnOnce(&mut WebConfig)) -> TestServer {
        let store = weerbaar_store::open(&db.url, &ConnectOptions::default()).await.expect("open store");
        weerbaar_store::demo::seed(&store).await.expect("demo data");
        Self::start_configured(db, store, configure).await
    }

    pub async fn start_configured(db: TestDb, store: Store, configure: impl FnOnce(&mut WebConfig)) -> TestServer {
        let smtp = SmtpSink::start().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let url = format!("http://{addr}");
        let mut cfg = WebConfig::for_tests(&url);
        cfg.smtp_url = Some(smtp.url());
        configure(&mut cfg);
        let state = AppState::new(store, cfg).await.expect("state");
        let app = weerbaar_web::app(state.clone());
        let (stop, rx) = watch::channel(false);
        let mut rx2 = rx.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app.router.into_make_service_with_connect_info::<SocketAddr>())
                .with_graceful_shutdown(async move {
                    let _ = rx2.changed().await;
                })
                .await;
        });
        let metrics_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let metrics_url = format!("http://{}", metrics_listener.local_addr().expect("addr"));
        let mut rx3 = rx.clone();
        let metrics = app.metrics;
        tokio::spawn(async move {
            let _ = axum::serve(metrics_listener, metrics.into_make_service())
                .with_graceful_shutdown(async move {
                    let _ = rx3.changed().await;
                })
                .await;
        });
        weerbaar_web::jobs::spawn_worker(state.clone(), rx);
        TestServer { url, metrics_url, state, routes: app.routes, smtp, db, stop }
    }

    pub fn client(&self) -> Client {
        Client::new(&self.url)
    }

    /// A client signed in as a demo user.
    pub async fn login(&self, email: &str) -> Client {
        let c = self.client();
        let r = c.post_form("/login", &[("email", email), ("password", PASSWORD)]).await;
        assert_eq!(r.status, 303, "sign-in of {email} failed: {}", r.body);
        c.signed_in();
        c
    }

    pub fn store(&self) -> &Store {
        &self.state.store
    }

    pub async fn org_id(&self, name: &str) -> weerbaar_core::OrgId {
        let mut c = self.store().conn().await.unwrap();
        weerbaar_store::orgs::find_by_name(&mut c, name).await.unwrap().expect("org").id
    }

    pub async fn user_id(&self, email: &str) -> weerbaar_core::UserId {
        let mut c = self.store().conn().await.unwrap();
        weerbaar_store::users::by_email(&mut c, email).await.unwrap().expect("user").id
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Reads the base32 secret from the set-up page and computes codes like an app would.
pub fn secret_from(page: &str) -> Vec<u8> {
    let i = page.find("<code class=\"token\">").expect("secret shown") + "<code class=\"token\">".len();
    let b32 = page[i..].split('<').next().unwrap();
    totp_secret(b32)
}

pub fn totp_secret(b32: &str) -> Vec<u8> {
    // RFC 4648 base32 without padding.
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut bits: u64 = 0;
    let mut n = 0;
    let mut out = vec![];
    for ch in b32.trim().bytes().filter(|b| *b != b'=') {
        let v = alphabet.iter().position(|a| *a == ch).expect("base32") as u64;
        bits = (bits << 5) | v;
        n += 5;
        if n >= 8 {
            out.push((bits >> (n - 8)) as u8);
            n -= 8;
        }
    }
    out
}

pub fn now_secs() -> u64 {
    (weerbaar_core::now_ms() / 1000) as u64
}

pub fn recovery_codes(page: &str) -> Vec<String> {
    page.split("<li><code>").skip(1).map(|p| p.split('<').next().unwrap().to_string()).collect()
}

/// Runs a command-line tool the document tests read files back with (pdftotext,
/// LibreOffice); `scripts/test-all` installs them.
pub fn tool(cmd: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = std::process::Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd} (scripts/test-all installs it): {e}"));
    assert!(out.status.success(), "{cmd} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}
